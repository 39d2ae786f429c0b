"""Mixed probe 5, coder side: coder-to-physician queries, pharmacy and prior-auth phone logs, portal
messages written by patients and relatives, billing dispute letters, EHR tables pasted with pipes and tabs,
and one-line coder chat, written from scratch for probe_mixed5.

Names here are the hard shapes: lowercase surnames with particles ("mrs. de la cruz"), surnames that are
clinical or English words ("nicolas cross"), two- and three-letter given names, hyphenated given names,
word given names ("Comfort"), and an initial before an eponym surname ("M. Parkinson"). Identifiers come
with and without labels, so the type has to be read from the words around them.
"""

from __future__ import annotations

from eval.sources import hand_names
from eval.sources.people import Person, split_half

# Typed for this split. Any entry that is in the held-out half of the shared hand lists is dropped below,
# so held-out keeps its unseen names.
PARTICLE_FAMILY = ("de la Cruz", "van den Berg", "da Silva", "dos Santos", "van der Meer", "de Jesus",
                   "del Rio", "di Stefano", "le Roux", "de Souza", "van Dijk", "de los Reyes", "da Costa",
                   "von Ahn", "ter Horst", "de Oliveira", "dela Pena", "van Houten")
WORD_FAMILY5 = ("Nurse", "Cross", "Bright", "Payne", "Hart", "Blood", "Bone", "Hurt", "Heal", "Doctor",
                "Ward", "Coffin", "Pill", "Sickles", "Marrow", "Temple", "Pulse", "Gall", "Chest", "Vein")
SHORT_GIVEN = ("Afa", "Lou", "Ama", "Rut", "Ola", "Eli", "Ida", "Ike", "Ivo", "Uma", "Bea", "Ugo", "Efe",
               "Aba", "Ari", "Oki", "Tui", "Nia")
HYPHEN_GIVEN = ("Lee-Ann", "Mary-Jo", "Jean-Pierre", "Anne-Sophie", "Kim-Ly", "Marie-Claire", "Sue-Ellen",
                "Bobbie-Jo", "Ruth-Ann", "Jean-Baptiste", "Ana-Lucia", "Paul-Henri")
WORD_GIVEN5 = ("Comfort", "Blessing", "Precious", "Gift", "Patience", "Charity", "Mercy", "Prosper",
               "Goodluck", "Favour", "Innocent", "Godswill", "Memory", "Justice", "Treasure", "Sunday",
               "Faith", "Lovely", "Happiness", "Marvel")
EPONYM_FAMILY = ("Parkinson", "Graves", "Bell", "Addison", "Cushing", "Wilson", "Murphy", "Paget", "Barrett",
                 "Hodgkin", "Whipple", "Crohn", "Hashimoto", "Marfan", "Kaposi", "Osler")


def _dev_only(names):
    held = set()
    for g, f in hand_names.ORIGINS.values():
        held |= set(split_half(g, "heldout")) | set(split_half(f, "heldout"))
    held |= set(split_half(hand_names.WORD_GIVEN, "heldout")) | set(split_half(hand_names.WORD_FAMILY, "heldout"))
    dev = set(split_half(hand_names.WORD_GIVEN, "dev")) | set(split_half(hand_names.WORD_FAMILY, "dev"))
    held -= dev
    return tuple(n for n in names if not any(w in held for w in n.replace("-", " ").split()))  # "von Ahn" too


def hard_name(x, role: str) -> None:
    """Casts role with one of the hard shapes above, keeping a Faker part for the other half of the name."""
    base = x.persons.person()
    r = x.rng.random()
    if r < 0.2:
        p = Person(base.first, "", x.pick(_dev_only(PARTICLE_FAMILY)), base.female, "hand:mixed5_particle")
    elif r < 0.38:
        p = Person(base.first, base.middle, x.pick(_dev_only(WORD_FAMILY5)), base.female, "hand:mixed5_word")
    elif r < 0.54:
        p = Person(x.pick(_dev_only(SHORT_GIVEN)), "", base.last, base.female, "hand:mixed5_short")
    elif r < 0.68:
        p = Person(x.pick(_dev_only(HYPHEN_GIVEN)), "", base.last, base.female, "hand:mixed5_hyphen")
    elif r < 0.86:
        p = Person(x.pick(_dev_only(WORD_GIVEN5)), "", base.last, base.female, "hand:mixed5_word")
    else:
        p = Person(base.first, base.middle, x.pick(_dev_only(EPONYM_FAMILY)), base.female, "hand:mixed5_eponym")
    x.cast[role] = p


def coder_query_md(x) -> str:
    """A coder's documentation query to a physician: names in salutation, body and the reply line."""
    hard_name(x, x.pick(("pt", "dr")))
    return x.pick((
        "CDI QUERY  {date:mdY}\nTo: {dr:dr_full}\nRe: {pt:caps_last_first}  MRN {mrn}  Acct {acct}\n\n",
        "Query for {dr:dr_last} re {pt:full} ({mrnv:l}), admit {date:mdY}\n\n",
        "Dr. {dr:last},\nPatient: {pt:last_first}   DOB {dob:mdY}   {acct:l}\n\n",
    )) + x.pick((
        "Documentation lists {eponym} and {lab}. Please clarify whether {icd} or {icd} best fits. ",
        "The H&P notes {drug} {dose} for {icd}; the discharge summary omits it. Is it still active? ",
        "{vitals} on arrival. Can sepsis be ruled in or out? ",
        "Pt in {room} on {date:md} had {lab}; is this acute blood loss anemia ({icd})? ",
    )) + x.pick((
        "\nReply by {date:md} to {staff:full}, ext 4417, or fax {fax}.\n",
        "\nThanks, {staff:first} {staff:last}, CCS | {staff:email}\n",
        "\n-- {dr:init_last} replied {date:mdY}: agree with {icd}.\n",
        "\nQueried by {staff:init_last}; pager {phone}.\n",
    ))


def pa_phone_log(x) -> str:
    """Pharmacy and prior-auth call logs: rep names, reference numbers, call-back numbers, member IDs."""
    hard_name(x, x.pick(("pt", "staff2")))
    return x.pick(("PA CALL LOG\n", "Pharmacy phone note {date:mdY}\n", "")) + x.pick((
        "{date:md} 10:42 called {pt:last_first}'s plan re {drug}; rep {staff2:first} said member id {member} "
        "is inactive. ",
        "Outbound to pt {pt:full} at {phone}; no answer, left vm. ",
        "Spoke w/ {staff2:full} at the PBM. Sub ID {planv}, group {groupv}. Ref #{other}. ",
        "pt's daughter {rel:lower_full} called from {phone} asking about {drug} {dose}; verified dob {dob:mdY}. ",
        "PA for {drug} ({ndc}) submitted for {pt:full}, {mbi:l}. Claim # {claim}. ",
        "Medicaid recip {medicaid} for {pt:title_last}; plan says call back {phone:l}. ",
    )) + x.pick((
        "Fax clinicals to {fax}. -{staff:init_last}\n",
        "Approved thru {date:mdY}. {staff:first}\n",
        "Rx #{other} on hold. Called {rel:first} back at {phone}.\n",
        "\n",
    ))


def portal_relative(x) -> str:
    """Patient-portal messages in the writer's own words: relatives, nicknames, lowercase, no labels."""
    hard_name(x, x.pick(("pt", "rel")))
    return x.pick((
        "hi its {rel:lower_full}, {pt:lower_first}'s sister. ",
        "Hello, this is {rel:full} writing for my mother {pt:full}. ",
        "Dear {dr:dr_last}, my name is {pt:full} (dob {dob:mdY}). ",
        "to whoever reads this - im {pt:lower_full} and ",
        "Good morning, {rn:first}! {rel:first} here, ",
    )) + x.pick((
        "Mom fell again on {date:month_dth} and the {drug} makes her dizzy. ",
        "the bill for {date:mdY} says {money} but insurance paid. my member # is {member}. ",
        "can someone call me at {phone}? my email is {rel:email}. ",
        "The pharmacy at {phone} said the refill needs a new prior auth. ",
        "i uploaded the photos to {url} like you asked. ",
        "the pump serial is {serial} and it keeps alarming. see {url}. ",
        "My husband {rel2:first} can bring her on {date:md}. ",
    )) + x.pick((
        "Thank you, {rel:first}\n",
        "thx\n{pt:lower_first}\n",
        "God bless, {rel:full}\n",
        "-- sent from my phone\n",
    ))


def billing_dispute(x) -> str:
    """Billing dispute letters from patients or guarantors: account, claim and member numbers in prose."""
    hard_name(x, x.pick(("pt", "rel")))
    return x.pick((
        "{date:month_d_Y}\n\nBilling Department\nRe: Account {acctp} / Claim {claim}\n\n",
        "Date: {date:mdY}\nFrom: {rel:full}, guarantor\nPatient: {pt:full}\n\n",
        "To Patient Financial Services,\n\n",
    )) + x.pick((
        "I am writing to dispute the charge of {money} for {cpt} on {date:mdY}. ",
        "My son {pt:first} was seen on {date:mdY} and I was billed twice under account {acctv}. ",
        "Your statement lists {pt:full} but our member ID is {member}, not the one on the bill. ",
        "The claim ({claim:l}) was denied as {mod} even though {dr:dr_full} ordered it. ",
    )) + x.pick((
        "Please call me at {phone} or write to {rel:email}.\n\nSincerely,\n{rel:full}\n",
        "My Medicare number is {mbi}.\n\nRegards,\n{pt:full}\n",
        "For verification my SSN is {ssn} and my license is {dl}.\n\n{rel:full}\n",
        "You can reach my daughter {rel2:full} at {phone}.\n\n{pt:full}\n",
        "\n\nRespectfully, {rel:full}\n{rel:email}\n",
    ))


def ehr_table(x) -> str:
    """Pasted EHR grids with pipes or tabs: the column header is the only label an identifier gets."""
    hard_name(x, "pt")
    hard_name(x, "pt2")
    sep = x.pick((" | ", "\t", " |"))
    head = sep.join(x.pick((("Name", "MRN", "DOB", "Room"), ("Patient", "MRN", "Admit", "Bed"),
                            ("PATIENT", "MR#", "DOB", "LOC")))) + "\n"
    rows = "".join(sep.join((f"{{{r}:{s}}}", "{mrn}", "{dob:mdY}", "{room}")) + "\n"
                   for r, s in (("pt", "caps_last_first"), ("pt2", "last_first")))
    alt = x.pick((
        sep.join(("Acct", "Payer ID", "Svc date", "CPT")) + "\n" + sep.join(("{acct}", "{member}", "{date:mdY}",
                                                                             "{cpt}")) + "\n",
        sep.join(("Enc", "Provider", "Dx")) + "\n" + sep.join(("{enc}", "{dr:full}", "{icd}")) + "\n",
        "",
    ))
    return head + rows + alt


def one_line_chat(x) -> str:
    """One-line coder chat: lowercase, no punctuation to speak of, names and numbers typed in passing."""
    hard_name(x, "pt")
    return x.pick((
        "{pt:lower_full} {acct} still in dnb?\n",
        "who has {pt:lower_title_last} from {room}\n",
        "{pt:init_last} needs {mod} on {cpt}\n",
        "mrn {mrn} is {pt:lower_full} not {pt2:lower_full}\n",
        "pls merge {mrn} into {mrn} ({pt:lower_last})\n",
        "{pt:lower_first} called again lol, {phone}\n",
        "{pt:first} {pt:last} dos {date:md} {icd}\n",
        "is {pt:lower_full} the {eponym} one\n",
        "member {member} = {pt:lower_full}?\n",
        "done w/ {pt:lower_last} {pt:lower_first}, {drg}\n",
    ))
