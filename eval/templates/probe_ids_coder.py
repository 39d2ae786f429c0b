"""Probe split 'probe_ids' (coder texts): identifiers and places in layouts the dev templates never use.

Written separately from dev and held-out: tables and pipes, labels on the line above, IDs repeated later
without their label, places in residence/transfer phrases, counties, towns abroad, lowercase chat.
"""

from __future__ import annotations


def prompt_note(x) -> str:
    ask = x.pick(("pls code - ", "Which dx codes fit? note below\n", "Abstract this encounter:\n\n",
                  "Query: is {icd} supported?\n>>>\n", "HCC review needed\n"))
    return ask + x.pick((
        "| MRN | Patient | DOB | Acct |\n|---|---|---|---|\n| {mrnv} | {pt:last_first} | {dob} | {acctv} |\n\n"
        "{age}F, {eponym}, seen in clinic. Dx {icd}. Proc {cpt}.",
        "Medical Record Number\n{mrnv}\nPatient\n{pt:full}\nLives in {town} with her husband; drives in for dialysis.\n"
        "Dx {icd}, {icd}. HCPCS {hcpcs}.",
        "ID: {mrnv} (MRN)   {pt:caps_last_first}\nTransferred from {facility} in {place} on {date}.\n"
        "Dx {icd}; {drug} {dose}.",
        "Pt {pt:full}, MRN# {mrnv}... wait wrong chart. Correct one is {mrnv:l}.\n{vitals}. {lab}.",
        "{pt:full} ({mrnv:l}) resides at {street}\n{place}, {state} {zip}\nSeen {date} for {eponym} ({icd}).",
        "Encounter summary - Enc # {acctv}\n{pt:last_first}, home in {made_county}, {dur} of dyspnea. "
        "CPT {cpt}-{mod}.",
    )) + x.pick(("", "\nthx", "\nPrimary payer ID {planv} (Medicare HMO)", "\n(MRN {mrnv} per the face sheet)"))


def chat_followup(x) -> str:
    x.chat = True
    return x.pick((
        "she lives in {place:lower} now, does that change the POS?",
        "pt transferred from {town:lower} by ambulance, is {hcpcs} right",
        "mrn# {mrnv} - can you redo the dx list",
        "his med rec no. is {mrnv}, dob {dob:mdy}",
        "same pt, acct {acctv}, different dos",
        "member id {planv} shows inactive, what do i bill",
        "subscriber # is {planv}, group {groupv}",
        "the mrn is {mrnv} not {mrnv}, sorry",
        "they're from {world_city} visiting family, self-pay",
        "home in {made_county}, rural, no PCP - does Z59 apply?",
        "hicn {planv} is old, new mbi is {mbi}",
        "pt moved to {place} last month, update the address?",
        "patient from {place}, {state} — out of network?",
        "enc {acctv} and enc {acctv} are the same stay",
        "policy no. {planv}; does {cpt} need auth",
    ))


def claim_snippet(x) -> str:
    return x.pick((
        "Patient | MRN | Member ID | DOS\n{pt:caps_last_first} | {mrnv} | {planv} | {date:mdY}\n",
        "PT NAME: {pt:caps_full}\nMED REC NO. {mrnv}\nINS ID {planv}   GRP {groupv}\nACCT {acctv}\n",
        "Subscriber: {pt:last_first}\nSubscriber #\n{planv}\nPolicy No. {planv}\n",
        "{pt:last_first}  Acct# {acctv}  MRN {mrnv}  Mbr ID {planv}\n",
        "Claim header: {claim:l} / Enc # {acctv}\nInsured ID {planv}, Grp# {groupv}\n",
    )) + x.pick((
        "SVC {date:mdY} {cpt} {mod} DX {icdnd} UNITS 1 {money}\n",
        "{date:mdY} | {cpt} | {icd} | {money}\n{date:mdY} | {hcpcs} | NDC {ndc} | {money}\n",
        "Rev {rev} HCPCS {hcpcs} POS {pos} NPI {npi}\n",
    )) + x.pick(("", "Pt address: {street}, {place}, {state} {zip}\n", "Facility: {facility} ({city})\n"))


def face_sheet(x) -> str:
    return x.pick((
        "PATIENT REGISTRATION\nName ............ {pt:caps_last_first}\nMRN ............. {mrnv}\n"
        "Account ......... {acctv}\nDOB ............. {dob}\n",
        "Registration\nPatient Name: {pt:full}\nMed Rec No.: {mrnv}\nEnc #: {acctv}\nDOB: {dob}\n",
    )) + x.pick((
        "Street: {street}\nCity: {place}\nState: {state}   Zip: {zip}\nCounty: {made_county}\n",
        "Home address\n{street}\n{place}, {state} {zip}\n",
        "Address: {street}, {town}, {state} {zip}   County: {county}\n",
    )) + x.pick((
        "Primary Insurance: Medicare\n  HICN/MBI: {mbi}\n  Secondary: Medicaid No. {planv}\n",
        "Insurance 1: Aetna PPO\n  Member ID: {planv}\n  Group: {groupv}\n  Subscriber #: {planv}\n",
        "Ins: BCBS\nPolicy No. {planv}   Grp {groupv}\n",
        "Payer  | ID | Group\nHumana | {planv} | {groupv}\n",
    )) + x.pick(("Birthplace: {world_city}\n", "Employer: self\n", "Prior address: {town}, {state}\n",
                 "Preferred pharmacy: {facility}, {place}\n"))


def referral_letter(x) -> str:
    return x.pick((
        "{date:month_d_Y}\n\nRe: {pt:full}\nMRN {mrnv}\n\n",
        "Referral\nTo: {dr:dr_full}\nRe: {pt:full}, DOB {dob}, Med Rec No. {mrnv}\n\n",
    )) + x.pick((
        "Thank you for seeing this {age}-year-old who lives in {town} near the county line. "
        "{pt:title_last} was transferred from {facility} in {place} after a fall ({icd}). "
        "Please quote record {mrnv:same} on your reply.\n",
        "{pt:first} resides in {made_county} and travels from {town} for care. History of {eponym}. "
        "Current meds {drug} {dose}.\n",
        "The patient recently moved here from {world_city}. Records are pending. Dx {icd}.\n",
    )) + "Sincerely,\n{dr2:full_cred}\n"


def denial_appeal(x) -> str:
    return x.pick((
        "APPEAL\nMember: {pt:full}\nMember ID# {planv}\nGroup No. {groupv}\nClaim #: {claim}\n\n",
        "Re: {pt:full}\nSubscriber No: {planv}\nPatient Acct: {acctv}\nMRN: {mrnv}\n\n",
    )) + x.pick((
        "The denial of {cpt} for services on {date} is disputed. The member lives in {town}, {state}, "
        "over 60 miles from an in-network provider.\n",
        "{pt:title_last} was transported from {place} to our facility. The plan's ID on file, {planv:same}, "
        "was active on the date of service.\n",
    )) + "Regards,\n{staff:full}\n"
