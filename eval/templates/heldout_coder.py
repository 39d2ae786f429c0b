"""HELD-OUT coder texts, written separately from dev_coder.py. Detector authors must not read this file."""

from __future__ import annotations

from eval.templates import heldout_notes

PASTED = (heldout_notes.ed_note, heldout_notes.discharge_summary, heldout_notes.h_and_p,
          heldout_notes.pathology_report)


def prompt_note(x) -> str:
    ask = x.pick((
        "Please assign ICD-10-CM and CPT codes:\n", "help me code the visit below\n\n", "```\n",
        "Which modifier applies here ({mod} or {mod})?\n", "Summarize for the query to the physician:\n",
        "Check my codes: {icd}, {icd}, {cpt}\n\n", "abstract this inpatient stay for DRG\n",
    ))
    body = x.pick((
        "Visit {date} - {pt:last_first} - seen by {dr:dr_full}\nReason: {eponym}. Also reports {dur} of "
        "fatigue. {vitals}. Ordered {cpt} and {loinc}. Refilled {drug}.",
        "NAME: {pt:caps_full}\nDOS: {date:d_MON_Y_dash}\nINS: {member}\nAssessment: {icd} ({eponym}); "
        "injection {hcpcs} {dose} given.",
        "{pt:poss_full} wound clinic visit on {date:mon_d}. {age90}. Lives at {facility}. Selective "
        "debridement {cpt}, {hcpcs} applied.",
        "Teleconsult, patient at home in {city}. Connection from IP {ip}. {pt:first} reports {dur} of "
        "headache. Dx {icd}. 99442-equivalent time.",
    ))
    if x.rng.random() < 0.35:
        body = x.pick(PASTED)(x)
    return ask + body + x.pick(("", "\n```", "\nThe payer is Medicaid ({medicaid})", "\nprior auth {claim}"))


def denial_appeal(x) -> str:
    return x.pick((
        "{date:month_dth_Y}\n\n{facility}\nAttn: Utilization Review\n{street}\n{citystate}  {zip}\n\n",
        "VIA FAX {fax}\n{date}\n\n",
    )) + x.pick((
        "Re: {pt:last_first} | DOB {dob} | ID {member} | Claim {claim}\n\n",
        "Beneficiary: {pt:full}\nMedicare number: {mbi}\nICN: {claim}\nService dates: {date} to {date}\n\n",
    )) + x.pick((
        "This letter is a formal second-level appeal. The denial states that {cpt} is bundled into {cpt}; "
        "however modifier {mod} was appended because the procedures were performed at separate sessions "
        "on {date:month_dth}. {pt:title_last} has {eponym} ({icd}), documented by {dr:dr_full}.\n",
        "We disagree with the determination that the stay should have been observation. {pt:first} "
        "presented with {lab} and {vitals}; {dr:dr_last} documented expected two-midnight stay. "
        "MS-DRG {drg} is supported by {icd} and {icd}.\n",
        "The ordering physician, {dr:full_cred} (NPI {npi}), prescribed {drug} (NDC {ndc}) after failure "
        "of {drug}. Step therapy was completed in {year}. Patient's SSN on file: {ssn}.\n",
    )) + x.pick((
        "\nRespectfully,\n{staff:full_mi}, RHIT\nHIM Department | {staff:email} | {phone}\n",
        "\nSubmitted by {staff:full} on behalf of {dr:dr_full}\n",
    ))


def chat_followup(x) -> str:
    x.chat = True
    return x.pick((
        "and the {date:mon_dot_d} one for {pt:lower_full}?",
        "wait, {pt:lower_poss} dos was {date:mdy} not {date:md}",
        "redo with mr {pt:lower_last}'s info, dob {dob:mdY}",
        "{pt:lower_first} again - {icd} or {icd}",
        "she turned {age90} last month, does hcc change",
        "can u write the query to {dr:lower_dr_last} about {eponym}",
        "her son {rel:lower_full} keeps calling, {phone}",
        "ok what about the {dday}, same patient",
        "{pt:title_last} had {cpt} and {cpt} same day, need {mod}?",
        "try again, acct is {acct} and mrn {mrn}",
        "email from {email} says the appeal went out",
        "she lives in {city}, {county} - which MAC?",
        "pt {pt:lower_full} ssn {ssn} - can u check eligibility text",
        "the device rep sent serial {serial}, do i code the implant",
        "is {hcpcs} ok with {cpt} for {pt:lower_title_last}",
        "what about {pt:lower_poss} visit with {dr:dr_last} on {date:mon_d}",
        "his license is {dl}, do I need it on the form?",
        "thanks. {pt:lower_first} is {age} now so not medicare yet right",
        "link {url} has the scanned records",
        "audit flagged a login from {ip} to {pt:lower_poss} chart",
        "the pump is {udi}, which HCPCS?",
        "ok, next one: {pt:lower_full} {date:md} {icd}",
    ))


def claim_snippet(x) -> str:
    return x.pick((
        "ERA/835  Payer claim control {claim}\nPatient {pt:caps_last_first}  Member {member}\n",
        "CMS-1500  Box 2: {pt:caps_last_first}  Box 3: {dob:mdY}  Box 1a: {mbi}\nBox 5: {street}, {city}\n",
        "Charge review - {pt:full} - Enc {enc} - {facility}\n",
    )) + x.pick((
        "{date:mdY}  {cpt}:{mod}  dx {icd}  POS {pos}  {money}\n{date:mdY}  {cpt}  dx {icd}  {money}\n",
        "Rev {rev}  HCPCS {hcpcs}  units 3  {money}\nRev {rev}  {cpt}  {money}\nDRG {drg}\n",
        "Line 1 {cpt3} denied CO-50; Line 2 {pla} paid {money}; Line 3 {cpt2} informational\n",
    )) + x.pick(("", "Rendering: {dr:last_first} NPI {npi}\n", "Pay-to: {facility}, {addr}\n"))


def referral_letter(x) -> str:
    return ("{date:month_d_Y}\n\nDear {dr:dr_last},\n\nThank you for seeing " + x.pick((
        "{pt:full} (DOB {dob}), a {age}-year-old with {eponym}",
        "my patient {pt:full_mi}, {age90}, who lives at {addr}",
    )) + ". " + x.pick((
        "I have started {drug} {dose}. Recent {lab}. Her daughter {rel:full} can be reached at {phone}.",
        "Imaging ({cpt}) done {date:mon_d}. Insurance: {member:l}. Records to follow by fax from {fax}.",
    )) + "\n\nWarm regards,\n{dr2:full_cred}\n{facility}\n{dr2:email}\n")


EXTRAS = ("Portal user email {pt:email}\n", "Device on file: {udi}\n", "Fingerprint template {bio}\n",
          "Employer badge {other}\n", "Auto: {plate:l}, {vin:l}\n", "Social media: {pt:url}\n",
          "Portal last login {date:mdY} from {ip}\n", "Pacemaker {serial:l}\n", "Driver license {dl}\n")


def face_sheet(x) -> str:
    return ("PATIENT DEMOGRAPHICS\n" + x.pick((
        "{pt:caps_last_first}    Born {dob:month_d_Y}\n", "Legal name: {pt:full_mi}   DOB: {dob:iso}\n",
    )) + "Street: {street}\nCity/State/ZIP: {citystate} {zip}\nCounty: {county}\nPhone(s): {phone} / {phone}\n"
        + x.pick(("SSN {ssn}\n", "SS# xxx-xx-{ssn_last4}\n")) + "MRN {mrn}   Encounter {enc}\n" + x.pick((
            "Medicare {mbi}   Medicaid {medicaid}\n", "Plan member {member}\n",
        )) + "".join(x.rng.sample(EXTRAS, 3))
        + "Guarantor: {rel:last_first}   Relationship: spouse\n")
