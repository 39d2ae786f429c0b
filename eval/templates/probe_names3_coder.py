"""Third name probe, coder side: case-management emails, appeal letters written by family members,
pharmacy call notes and staffing boards, written from scratch for probe_names3.

Earlier splits have chat threads, queries, census rows and clinician-written appeals; these add prose by
relatives ("my mother, ..."), email headers and sign-offs, pharmacist call logs and assignment boards.
Some people carry names that are also English words (the dev half of the hand lists plus a few words
no other split uses), placed where only the context says they are people.
"""

from __future__ import annotations

from eval.sources.people import Person

# word names no other split draws; the rest come from the dev half of the hand lists
EXTRA_GIVEN = ("Art", "Grant", "Sonny", "Goldie")
EXTRA_FAMILY = ("Moon", "Grant", "Marsh", "Hunter", "Read", "Pike")


def word_person(x, role: str, family_word: bool | None = None) -> None:
    """Casts role as someone whose given or family name is an ordinary English word."""
    base = x.persons.person()
    if family_word is None:
        family_word = x.rng.random() < 0.5
    if family_word:
        last = x.pick(x.persons.word_family + EXTRA_FAMILY)
        x.cast[role] = Person(base.first, base.middle, last, base.female, "hand:word_names")
    else:
        first = x.pick(x.persons.word_given + EXTRA_GIVEN)
        x.cast[role] = Person(first, base.middle, base.last, base.female, "hand:word_names")


def cm_email(x) -> str:
    if x.rng.random() < 0.4:
        word_person(x, "rel")
    return x.pick((
        "From: {staff:full} <{staff:email}>\nTo: UR Team\nSubject: {pt:last_first} - LOS review\n\n",
        "Subject: RE: dc plan for {pt:caps_last_first}\n\n{staff2:first},\n\n",
        "Hi team,\n\n",
    )) + x.pick((
        "Met with the patient and her son {rel:full} today. He prefers SNF close to home; {dr:dr_last} "
        "agrees pt is medically ready. Auth requested under {icd}.\n",
        "Family meeting held with {rel:full} (HCPOA) and {dr:dr_full}. Goals of care discussed; "
        "{pt:title_last} wants to go home with services.\n",
        "{pt:full} remains inpatient pending {cpt}. Spoke with wife, {rel:first}, who will bring the "
        "insurance card tomorrow.\n",
        "Per {rel:first} {rel:last}, the patient's niece, the apartment has 3 flights of stairs. "
        "PT ({staff2:first_last_initial}) recommends rehab.\n",
    )) + x.pick((
        "\nThanks,\n{staff:first}\nRN Case Manager, 5 East\n",
        "\n-- \n{staff:full}, LCSW\nCare Coordination | x5521\n",
        "\nBest, {staff:init_last}\n",
    ))


def family_appeal(x) -> str:
    if x.rng.random() < 0.5:
        word_person(x, "pt")
    return x.pick((
        "To whom it may concern,\n\n",
        "Dear Appeals Unit,\n\n",
    )) + x.pick((
        "I am writing on behalf of my mother, {pt:full}, whose claim for {cpt} on {date:month_d_Y} was denied. "
        "Her doctor, {dr:dr_full}, ordered it because of {eponym}.\n",
        "My father {pt:full_mi} (member ID {member}) was told the stay was not covered. {dr:dr_last} "
        "said he could not go home safely.\n",
        "My husband, {pt:first}, has been a member for twelve years. When {pt:first} fell on "
        "{date:mdY}, {dr:dr_full} admitted him.\n",
        "This letter concerns my sister {pt:first} {pt:last}. {pt:first} needs {drug} and the plan "
        "refused it on {date:mdY}.\n",
    )) + x.pick((
        "Please reconsider. I can be reached at {phone}.\n\nSincerely,\n{rel:full}\n",
        "Thank you for your time.\n\n{rel:full}\n(daughter and POA)\n",
        "Respectfully,\n{rel:first} {pt:last}\nson of the member\n",
    ))


def pharmacy_call(x) -> str:
    if x.rng.random() < 0.35:
        word_person(x, "rel")
    return "PHARMACY CALL NOTE  {date:mdY}\n" + x.pick((
        "Caller: {rel:full} (daughter) re: {pt:title_last}'s {drug} refill. Copay {money}.\n",
        "Spoke with pt {pt:full}, verified DOB {dob:mdY}. Insurance rejected {ndc}, PA needed.\n",
        "Called prescriber office, talked to {staff2:first} (MA) for {dr:dr_last}. Dose change to {dose}.\n",
        "Pt's caregiver {rel:first} picked up; counseled on {drug}.\n",
    )) + x.pick((
        "RPh: {staff:full}, PharmD\n",
        "-{staff:first_last_initial}, CPhT\n",
        "Documented by {staff:init_last}.\n",
    ))


def staffing_board(x) -> str:
    return "ASSIGNMENTS {date:mdY} " + x.pick(("DAYS", "NIGHTS", "0700-1930")) + "\n" + x.pick((
        "Charge: {rn:full}\nRm 401-404: {rn2:first_last_initial}\nRm 405-408: {staff:first}\n",
        "Charge RN - {rn:first}\nFloat - {rn2:full}\nSitter (rm 12) - {staff:first}\n",
        "{rn:caps_last}  401 402 403\n{rn2:caps_last}  404 405 406\nCNA {staff:first}  all\n",
    )) + x.pick((
        "Hospitalist: {dr:dr_last} (pager 2241)\n",
        "Attending on call: {dr:full_cred}\n",
        "Rapid response: {dr2:dr_init_last}\n",
    )) + "Call-outs: {staff2:first} - replaced by {rn2:first}\n"


def word_names(x) -> str:
    """Names that are words, in contexts only a person fits."""
    word_person(x, "rel")
    word_person(x, "pt")
    return x.pick((
        "{rel:full} called about her husband; he is still waiting on the {cpt} bill.\n",
        "Spoke w/ daughter {rel:lower_first} re: the denial. {word} next week.\n",
        "Family ({rel:full}) requests itemized bill. Account holder {rel:full}.\n",
        "Guarantor: {rel:caps_last_first}\nPatient: {pt:caps_last_first}\n",
        "Per {rel:first} (wife), {pt:first} has been confused since {date:mdY}. {word} with PCP.\n",
        "Message left for {rel:title_last} regarding {pt:first}'s appointment. BP {vital}.\n",
        "{pt:full}, {age}F, seen with her son {rel:first}. {word}.\n",
        "Emergency contact: {rel:full} (brother) {phone}\n",
    )) + x.pick(("", "{staff:first} in billing will call back.\n", "Reviewed by {staff:init_last}.\n"))
