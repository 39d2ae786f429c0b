"""Development-corpus coder texts: prompts with pasted notes, appeals, chat follow-ups, claim snippets."""

from __future__ import annotations

from eval.templates import dev_notes

NOTE_BODIES = (dev_notes.ed_note, dev_notes.op_note, dev_notes.nursing_note, dev_notes.radiology_report)


def prompt_note(x) -> str:
    ask = x.pick((
        "code this: ", "Code this note please:\n", "can you give me the ICD-10 and CPT for this?\n\n",
        "What E/M level would this support? Pasting the note:\n", "need dx codes for the following\n---\n",
        "Is {icd} or {icd} more specific here?\n", "pls review for HCC capture:\n",
    ))
    body = x.pick((
        "{pt:full} {dob} seen {date} by {dr:dr_last} for {eponym} f/u, on {drug} {dose}. {vitals}. "
        "A1c {lab}. Plan: continue meds, labs ({cpt}, {cpt}) in {dur}.",
        "Pt: {pt:last_first} MRN {mrn}\nDOS {date}\nS: {age}yo with {eponym}, {dur} of cough.\n"
        "O: {vitals}\nA/P: {icd} - start {drug}. RTC prn.",
        "{pt:caps_last_first}  {mrn}  DOS: {date:mdY}\nProvider: {dr:full_cred}\n"
        "Procedure: {cpt}-{mod}, {hcpcs} x1. Dx: {icd}, {icd}.",
        "Telehealth visit {date} (POS {pos}, modifier {mod}). {pt:full} connected from {ip:l} at home in "
        "{city}; identity verified by {bio:l}. Dx {icd}. Time 25 min ({cpt}).",
        "{age90}, resident of {facility} seen for wound check. {pt:title_last} has stage 3 pressure "
        "ulcer ({icd}). Debridement {cpt}. Wound VAC changed.",
    ))
    if x.rng.random() < 0.35:
        body = x.pick(NOTE_BODIES)(x)
    tail = x.pick(("", "\nthanks!", "\nInsurance is Medicare, {mbi:l}", "\npayer denied last time, see {claim:l}"))
    return ask + body + tail


def denial_appeal(x) -> str:
    return x.pick((
        "{facility}\n{addr:ml}\nPhone {phone}  Fax {fax}\n\n{date:month_d_Y}\n\n",
        "{date:mdY}\n\nAppeals Department\n{street}\n{citystate} {zip}\n\n",
    )) + "RE: Request for reconsideration\nPatient: {pt:full}\nDOB: {dob}\n" + x.pick(("", "SSN: {ssn}\n", "{ssn:l}\n")) + x.pick((
        "Member ID: {member}\nClaim #: {claim}\nDate of Service: {date}\n\n",
        "{mbi:l}\n{claim:l}\nDOS: {date:mdY} - {date:mdY}\n\n",
        "{medicaid:l}\n{acct:l}\nAdmission: {date}\n\n",
    )) + x.pick((
        "To whom it may concern:\n\nWe are writing to appeal the denial of CPT {cpt} billed with "
        "modifier {mod} for {pt:title_last}. The patient is a {age}-year-old with {eponym} ({icd}) and "
        "{icd}. Medical necessity is documented in the note of {date:month_dth}, in which {dr:dr_full} "
        "describes failure of {drug} {dose} {dur}. NCCI edits do not apply because the E/M ({cpt}) was "
        "significant and separately identifiable.\n",
        "Dear Medical Director,\n\nThe inpatient admission under MS-DRG {drg} for {pt:full} was denied as "
        "not meeting criteria. On arrival {pt:first} had {vitals} and {lab}, meeting sepsis criteria "
        "({icd}). {pt:poss_title_last} course included ICU care ({cpt}). Please see attached records "
        "from {year}.\n",
        "Dear Reviewer,\n\nPlease reconsider claim line 2 ({hcpcs}, NDC {ndc}, {dose}) for {pt:full}, "
        "{age90}, a resident of {facility}. The drug was administered on {date} per {dr:dr_last}.\n",
    )) + x.pick((
        "\nSincerely,\n\n{dr:full_cred}\nNPI {npi}\n{facility}\n",
        "\nRegards,\n{staff:full}, CPC\nCoding Compliance, {facility}\n{staff:email}\n",
        "\nThank you,\n{staff:full}\nRevenue Integrity | direct {phone}\n",
    ))


def chat_followup(x) -> str:
    x.chat = True
    return x.pick((
        "what about {pt:lower_poss} {date:md} visit?",
        "and for {pt:lower_full}, the one with {eponym}?",
        "same question for {pt:lower_title_last} dob {dob:mdy}",
        "ok now do {pt:lower_poss} note from {date:mon_d}",
        "does {icd} work for {pt:lower_first} or do i need {icd}?",
        "pt is {pt:lower_full}, {age90}, mrn {mrn}",
        "her number is {phone}, can u format the letter to {dr:lower_dr_last}",
        "can you redo it with {cpt} instead of {cpt}? it's for {pt:title_last} on {dday}",
        "thx. what if {dr:dr_last} documented {dur} instead",
        "{pt:lower_first} {pt:lower_last}? never mind, use acct {acct}",
        "is {hcpcs} billable with {cpt}-{mod} on {date:md}",
        "what's the dx code for {eponym}",
        "send it to {pt:email} pls",
        "family posted about it at {pt:url} - is that a problem?",
        "the portal link was {url}",
        "log shows access from {ip} on {date:md}, was that her?",
        "he lives at {street} in {city} if that matters for the ABN",
        "member id {member}, group 44102 - can you check the {year} policy?",
        "the claim {claim} for {pt:lower_poss} stay at {facility} got denied",
        "also {rel:lower_full} (daughter) wants a copy, what can we send",
        "will {drug} {dose} change the code? {pt:lower_title_last} is on it since {year}",
        "mrs {pt:lower_last} came back {date:mon_dot_d}, same dx?",
        "pt {pt:first} was {age90}, does that change anything",
    ))


def claim_snippet(x) -> str:
    return x.pick((
        "CLAIM {claim}\nPt: {pt:caps_last_first}  DOB {dob}  {member:l}\nRendering NPI {npi}  Billing NPI {npi}\n",
        "837P line detail - Patient {pt:last_first}  Acct {acct}  {mbi:l}\n",
        "UB-04 extract\nPATIENT: {pt:caps_full}  MRN {mrn}  ADMIT {date:mdY}  DISCH {date:mdY}\n"
        "FL42 rev {rev}  FL44 {hcpcs}  TOB 111  MS-DRG {drg}\n",
        "Remit {enc:l}  {pt:full}  {date}\n",
    )) + x.pick((
        "Line 1: DOS {date:mdY} CPT {cpt}-{mod} Dx {icdnd},{icdnd} POS {pos} Units 1 Charge {money}\n"
        "Line 2: DOS {date:mdY} CPT {cpt} Dx {icdnd} POS {pos} Units 2 Charge {money}\n",
        "1  {date:mdY}  {cpt}  {mod}  {icd}  {money}\n2  {date:mdY}  {hcpcs}  NDC {ndc}  {dose}  {money}\n"
        "3  {date:mdY}  {cpt2}  {icd}  $0.00\n",
        "Dx: {icd}, {icd}, {icd}\nProc: {cpt}, {cpt3}, {pla}\nLOINC {loinc} {lab}\nPaid {money}, "
        "CO-97 adj.\n",
    )) + x.pick(("", "Subscriber: {rel:last_first}  rel: spouse\n", "Service facility: {facility}, {addr}\n",
                 "Referring: {dr:last_first_cred}  NPI {npi}\n"))


def face_sheet(x) -> str:
    return x.pick((
        "FACE SHEET  {facility}\nPatient: {pt:caps_last_first}   DOB: {dob}   Age: {age}\n",
        "Registration - {pt:last_first_mi}\nDOB {dob}  {age90}\n",
    )) + "Address: {addr}\nHome {phone}  Cell {phone}\nEmail: {pt:email}\n" + x.pick((
        "SSN: {ssn}   {dl:l}\n", "{ssn:l}\n", "Soc Sec: ***-**-{ssn_last4}\n",
    )) + "{mrn:l}   {acct:l}   {enc:l}\n" + x.pick((
        "Primary: Medicare  {mbi:l}\nSecondary: {medicaid:l}\n",
        "Primary ins: Blue Cross  {member:l}  Group 88120\nGuarantor: {rel:last_first}  {phone}\n",
    )) + x.pick((
        "Emergency contact: {rel:full} ({phone})\n", "NOK: {rel2:full}, {street}, {city}\n",
    )) + x.pick((
        "Attending: {dr}  NPI {npi}\n", "PCP: {dr:dr_full}, {facility}\n",
    )) + x.pick(("Portal: {pt:url}\n", "Last portal login from {ip}\n", "Biometric enrollment: {bio}\n",
                 "Implant card: {udi:l}\n", "Vehicle on file: {plate:l}\n",
                 "Photo ID: {dl:l}; {bio:l}\n", "Parking: {vin:l}\n", "Fax records to {fax}\n"))
