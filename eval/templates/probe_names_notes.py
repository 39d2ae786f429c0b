"""Name probe, clinical side: nursing, phone, sign-out and progress notes written fresh for probe_names.

See probe_names_coder for why: unseen phrasings and layouts around names, not unseen names alone.
"""

from __future__ import annotations

from eval.templates.probe_names_coder import cast


def nursing_note(x) -> str:
    cast(x)
    return x.pick((
        "0700 report received from {rn:full}, RN. ",
        "Shift note {date:md} 1900-0700. ",
        "NURSING PROGRESS NOTE\nPATIENT: {pt:caps_last_first}\n",
    )) + x.pick((
        "{pt:first} resting in bed, {vitals}. Daughter {rel:full} at bedside, asked about discharge plan. "
        "Notified {dr:dr_last} of {lab}; new order for {drug} {dose}.\n",
        "Pt's wife, {rel:first}, reports he has not eaten since {dday}. Paged {dr:dr_full} at 0215, "
        "no callback; escalated to charge nurse {rn:first}.\n",
        "Assisted to chair x2. {pt:title_last} c/o {eponym}-type pain 6/10. Spoke with {pa:full}, PA-C, "
        "who ordered {drug}.\n",
        "Pt's son {rel:full} called for update; verified by password. Per {dr:dr_init_last}, continue "
        "{drug} {dose}.\n",
    )) + x.pick((
        "-- {rn:init_last}, RN\n",
        "Signed: {rn:full}, BSN, RN {date:mdY} 06:55\n",
        "{rn:last_first}, LPN\n",
        "Report given to {rn:first_last_initial}, RN\n",
    ))


def phone_encounter(x) -> str:
    cast(x)
    return x.pick((
        "TELEPHONE ENCOUNTER {date:mdY}\nCaller: {rel:full} (daughter)\nRe: {pt:full_mi}\n",
        "Phone note - {pt:last_first}\nSpoke with pt's husband {rel:full}.\n",
        "Call from {rel:first} {rel:last}, {pt:poss_title_last} neighbor, re: missed dose.\n",
    )) + x.pick((
        "States pt has had {dur} of dizziness. Advised ED. Routed to {dr:dr_full}.\n",
        "Refill request for {drug} {dose}; sent to {dr:dr_last} for approval. Call back {phone}.\n",
        "Msg left for {pt:first}. Per {dr2:full}, labs ({loinc}) due before visit.\n",
    )) + x.pick((
        "Taken by {staff:full}, MA\n",
        "{staff:last_first}, CMA  {date:mdY}\n",
        "-- {staff:first}\n",
    ))


def signout(x) -> str:
    cast(x)
    return x.pick((
        "SIGNOUT {date:md} night team\n",
        "Handoff from {dr:dr_last} to {dr2:dr_last}\n",
    )) + x.pick((
        "1. {pt:caps_last}, {pt:caps_first} - rm 412 - {eponym}, on {drug}. F/u {lab}. Family: {rel:full} "
        "wants call if worse.\n2. {pt2:last_first_mi} - CHF, diuresing. Cards ({dr3:dr_last}) following.\n",
        "Bed 7: {pt:full}, {age}F, {icd}. Seen by {dr3:full_cred} today.\nBed 9: {pt2:init_last}, "
        "s/p {cpt}. {rel:first} (wife) staying overnight.\n",
        "- {pt:last_init}: stable. Oncology ({dr3:dr_full}) to see in AM.\n- {pt2:full}: NPO after "
        "midnight for {cpt}.\n",
    ))


def progress_note(x) -> str:
    cast(x)
    return x.pick((
        "PROGRESS NOTE   {date:mdY}\nPatient Name: {pt:full_mi}   {mrn:l}\nAuthor: {dr:full_cred}\n\n",
        "Hospitalist Progress Note\n{pt:caps_last_first}  {dob}\n\n",
        "Progress note for {pt:full} written {date:month_dth}\n\n",
    )) + x.pick((
        "S: {pt:first} feels better today. Discussed plan with patient and her brother {rel:first}.\n",
        "S: Overnight events per cross-cover {dr2:dr_full}: none. {pt:title_last} slept well.\n",
        "S: Pt's granddaughter {rel:full} (HCP) updated by phone. Pt denies CP.\n",
    )) + "O: {vitals}. {lab}.\nA/P: {eponym} ({icd}) - continue {drug} {dose}.\n" + x.pick((
        "Discussed with attending {dr2:full}.\n",
        "Case reviewed with {dr2:dr_full} and {pa:full}, PA.\n",
        "I have seen and examined the patient with Dr. {dr3:full} and agree with the plan.\n",
        "",
    )) + x.pick((
        "Electronically signed by {dr:full_mi} on {date:mdY} at 17:20\n",
        "{dr:full}, MD\nInternal Medicine\n",
        "Attested: {dr:last_first}, M.D.\n",
    ))


def discharge_summary(x) -> str:
    cast(x)
    return (
        "DISCHARGE SUMMARY\nPT: {pt:caps_last_first}   ADM {date:mdY}   DC {date:mdY}\n"
        "Admitting: {dr:dr_full}    Discharging: {dr2:full_cred}\n\n"
    ) + x.pick((
        "{pt:full} is a {age} y/o admitted with {eponym} ({icd}). She was evaluated by nephrology "
        "({dr3:dr_last}) and underwent {cpt}. Her partner {rel:full} will assist at home.\n",
        "Brief course: {pt:title_last} was treated for {icd} with {drug}. PT/OT saw {pt:first} daily. "
        "Disposition discussed with case manager {staff:full}.\n",
    )) + "Follow-up: {dr:dr_last} in 1 wk; {dr2:full_mi}, {date:mon_d}.\n"
