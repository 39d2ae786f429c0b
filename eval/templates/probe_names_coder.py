"""Name probe, coder side: chat, queries, worklists and letters written fresh for the probe_names split.

Phrasing and layout differ from the dev templates on purpose (lowercase chat, names after verbs, tables,
"Last, First M" rows, particle and hyphenated surnames), so the probe measures generalisation of the name
recognizers while the detector is being tuned. Names come from Faker and the dev half of the hand lists.
"""

from __future__ import annotations

from dataclasses import replace

PARTICLES = ("van der", "van den", "de la", "del", "da", "dos", "de", "van", "von", "di", "le", "ten", "bin",
             "al", "st.", "dela", "mac")


def cast(x) -> None:
    """Gives some roles compound names: hyphenated or particle surnames, double given names."""
    for role in ("pt", "rel", "dr", "rn", "staff", "dr2"):
        r = x.rng.random()
        if r > 0.45:
            continue
        p = x.person(role)
        other = x.persons.person()
        if r < 0.15:
            p = replace(p, last=f"{p.last}-{other.last}")
        elif r < 0.3:
            particle = x.pick(PARTICLES)
            if x.rng.random() < 0.5 and particle not in ("bin", "st.", "mac"):
                particle = particle.title()
            elif particle == "st.":
                particle = "St."
            p = replace(p, last=f"{particle} {other.last}")
        else:
            p = replace(p, first=f"{p.first}{x.pick((' ', '-'))}{other.first}")
        x.cast[role] = p


def prompt_note(x) -> str:
    cast(x)
    return x.pick((
        "hi! quick one - {pt:lower_full} had a colonoscopy w/ polypectomy, is it {cpt} or {cpt}? "
        "{dr:lower_dr_last} wrote 'snare' in the note\n",
        "Coding question re: {pt:last_first_mi}. Documentation from {dr:dr_full} says {eponym}; "
        "the query went to {staff:full} on {date:mon_d}. Thoughts on {icd}?\n",
        "Per {dr:dr_last}, pt {pt:full} has {eponym} ({icd}). I spoke with {staff:full} in CDI and "
        "she agrees. Can you confirm the HCC?\n",
        "Below is the note. {pt:poss_full} wife {rel:first} was the historian.\n---\n"
        "CC: fall. {age} yo on {drug} {dose}. {vitals}. Seen with {pa:full_cred}.\n---\nwhat's the dx?\n",
        "attached is the op note for {pt:caps_last_first}; surgeon {dr:caps_full} {dr:caps_last}? not sure "
        "which one signed. CPT {cpt}-{mod}\n",
        "{staff:first} here from HIM. Working {pt:poss_title_last} account, DOS {date}. "
        "Attending was {dr:full_mi_cred}; consult by {dr2:dr_init_last}. Need {icd} vs {icd}.\n",
        "Reviewing a chart for {pt:init_last} ({mrn:l}). Nurse {rn:full} charted the wound; "
        "{dr:last_first_cred} debrided it ({cpt}). Which ICD for the ulcer?\n",
        "can u help w/ this one\npt: {pt:lower_last_first}\ndob {dob:mdy}\nprovider: {dr:lower_dr_full}\n"
        "dx {icd}, {eponym}\n",
    )) + x.pick(("", "\nty!", "\n- {staff:first}", "\nthanks, {staff:full_mi}\n", "\ncc: {dr2:full}"))


def chat_followup(x) -> str:
    x.chat = True
    cast(x)
    return x.pick((
        "pt's daughter {rel:full} called again about the bill, can i tell her the codes?",
        "{rel:lower_full} is the guardian, does she sign the ABN?",
        "spoke with {rel:first} (pt's son) - he says {pt:lower_first} fell at home on {date:mon_d}",
        "i think {dr:lower_dr_last} meant {icd}, not {icd}",
        "ok so {pt:lower_full} again, the {eponym} one. {dr2:lower_dr_full} saw her {date:md}",
        "who is {dr:full}? their name is on the op note but not the claim",
        "same pt, {pt:lower_init_last}, dob {dob:mdy}",
        "message from {staff:full}: 'please hold {pt:poss_title_last} claim until {dr:dr_last} signs'",
        "nvm found it - {pt:lower_last_first} was seen in clinic, not ED",
        "{pt:lower_first} {pt:lower_last} -> {icd}? or should i query",
        "for {pt:title_full}, would {cpt} cover the injection?",
        "got a reply from {dr:dr_full}: documentation addended. thx",
        "can you check if {rel:full} is listed as POA for {pt:full}",
        "dr {dr:lower_last} and dr {dr2:lower_last} both billed {cpt} on {date:md}, which one is primary?",
        "talked to {staff:lower_full} from billing, she said resubmit",
        "escalating to {staff:full} since {dr:dr_last} hasn't answered",
    ))


def claim_snippet(x) -> str:
    cast(x)
    return x.pick((
        "WORKLIST  {date:mdY}\nAcct       Patient                 Provider\n{acct}   {pt:last_first_mi}    "
        "{dr:last_first}\n{acct}   {pt2:last_first}    {dr2:last_comma_init}\n",
        "Claim status - {pt:caps_full}  {claim:l}\nRendering: {dr:caps_last}, {dr:caps_first}  NPI {npi}\n"
        "Billed {cpt} x1 {money}; denied CO-16.\n",
        "| Patient | DOS | Provider | CPT |\n| {pt:last_first} | {date:mdY} | {dr:full_cred} | {cpt} |\n"
        "| {pt2:full} | {date:mdY} | {dr2:dr_last} | {cpt} |\n",
        "Pt Name..........: {pt:caps_last_first}\nPolicy Holder....: {rel:caps_full}\nAttending MD.....: "
        "{dr:caps_full}\nDx...............: {icd}\n",
        "Line  DOS         Rend Prov             Code\n01    {date:mdY}  {dr:last_init}            {cpt}\n"
        "02    {date:mdY}  {dr2:initials_last}      {hcpcs}\nPatient: {pt:full_mi}  {member:l}\n",
    ))


def denial_appeal(x) -> str:
    cast(x)
    return x.pick((
        "{date:month_d_Y}\n\nAttn: Utilization Review\nRe: {pt:full}, {member:l}\n\n",
        "APPEAL - SECOND LEVEL\nMember: {pt:caps_last_first}\nTreating physician: {dr:full_cred}\n\n",
    )) + x.pick((
        "This letter concerns services rendered by {dr:dr_full} to our patient, {pt:title_last}. "
        "{pt:first} presented with {eponym} and was treated per protocol ({cpt}). The reviewer, "
        "{staff:full}, cited insufficient documentation; we disagree.\n",
        "On {date:month_dth} {pt:full} was admitted under {dr:dr_last}. Her husband {rel:full} "
        "was present for the consent. The denial for {drg} ignores the sepsis criteria ({icd}).\n",
        "We ask that the peer-to-peer with {dr2:dr_full} be scheduled. {pt:poss_title_last} records "
        "show {lab} and {vitals}.\n",
    )) + x.pick((
        "\nRespectfully,\n{staff:full_mi}\nDenials Management\n",
        "\n-- {dr:init_last}, MD\n",
        "\nElectronically signed by: {dr:full_mi}, DO  {date:mdY}\n",
        "\nSubmitted by {staff:full}, RHIT, on behalf of {dr:dr_full}\n",
    ))


def face_sheet(x) -> str:
    cast(x)
    return x.pick((
        "PATIENT: {pt:caps_last_first}\nDOB: {dob}   SEX: F   {mrn:l}\n",
        "{pt:caps_full_mi}\n{dob:mdY}\n{mrn:l}\n",
        "Name (Last, First MI): {pt:last_first_mi}\nDate of birth {dob}\n",
    )) + x.pick((
        "Guarantor ......... {rel:last_first}\nRelationship ...... Spouse\n",
        "Emergency Contact 1: {rel:full} (sister)  {phone}\nEmergency Contact 2: {rel2:full} (friend)\n",
        "Mother's name: {rel:full_mi}\n",
    )) + x.pick((
        "Primary Care: {dr:last_first_cred}\nReferring: {dr2:full}, NP\n",
        "PCP {dr:initials_last}, MD   Ph {phone}\n",
        "Attending Physician ..... {dr:caps_last_first}\n",
    )) + "Registered by: {staff:first_last_initial}\n"


def referral_letter(x) -> str:
    cast(x)
    return x.pick((
        "Dear {dr:dr_last},\n\nThank you for seeing {pt:full} ({dob:mdY}) in consultation. ",
        "To: {dr:dr_full}, Cardiology\nFrom: {dr2:full_cred}\nRe: {pt:last_first}\n\n",
    )) + x.pick((
        "I have followed {pt:title_last} since {year} for {eponym}. Her son {rel:first} manages her "
        "medications. Please call my nurse, {rn:full}, with questions.\n",
        "{pt:first} is a pleasant {age}-year-old whose niece {rel:full} accompanies her to visits. "
        "Current meds: {drug} {dose}.\n",
    )) + x.pick((
        "\nWarm regards,\n\n{dr2:full}\n",
        "\nSincerely,\n{dr2:full_mi}, MD, FACC\n",
        "\nThanks,\n{dr2:first} {dr2:last}\n",
    ))
