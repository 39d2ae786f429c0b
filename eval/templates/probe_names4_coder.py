"""Fourth name probe, coder side: lowercase chat with no cue word, coder worklog lines with initials and
surnames ("per J. Okafor"), e-mail headers, quoted replies and signatures, and names that are words,
written from scratch for probe_names4.

The weak spots the earlier probes left: a name with no title or label in running text, lowercase names in
chat, given names that are English words with only a weak cue ("Will has been confused"), surnames that are
words, nicknames, hyphen and apostrophe names. Hard negatives put the same words to ordinary use ({word4}).
"""

from __future__ import annotations

from eval.sources.people import Person

# Word names no other split draws; the rest come from the dev half of the hand lists.
EXTRA_GIVEN = ("Dusty", "Holly", "Penny", "Sandy", "Rusty", "Cliff", "Olive", "Ginger", "Misty", "Crystal",
               "Heather", "Clay", "Dale", "Glen", "Honey", "Patience", "Violet", "Willow", "Jewel", "Melody")
EXTRA_FAMILY = ("Rich", "Best", "Hale", "Gold", "Wolf", "Shepherd", "Mills", "Banks", "Golden", "Reed",
                "Lord", "Ball", "Story", "Bond", "Noble", "Savage", "Sparks", "Bright", "Steel", "Mann")
# Nicknames and short forms, and given names written with a hyphen or an apostrophe (typed for this split).
NICKNAMES = ("Bobby", "Lizzie", "Tommy", "Becca", "Manny", "Chuy", "Lupita", "Nacho", "Kiki", "Dre", "Tito",
             "Mimi", "Jojo", "Benny", "Trish", "Deb", "Mickey", "Nate", "Gabby", "Ronnie", "Fernie", "Toto")
MARKED_GIVEN = ("Mary-Kate", "Jean-Luc", "Anne-Marie", "Ja'Marcus", "De'Andre", "Sha'Nya", "D'Angelo",
                "La'Toya", "Ke'Shawn", "Mary-Beth", "Jo-Ann", "Ry'Lee", "Tre'Von", "Lee-Ann")


def word_given(x, role: str) -> None:
    """Casts role with a given name that is an ordinary English word (Will, Rose, Dusty)."""
    base = x.persons.person()
    first = x.pick(x.persons.word_given + EXTRA_GIVEN)
    x.cast[role] = Person(first, base.middle, base.last, base.female, "hand:word_names")


def word_family(x, role: str) -> None:
    """Casts role with a family name that is an ordinary English word (King, Baker, Rich)."""
    base = x.persons.person()
    last = x.pick(x.persons.word_family + EXTRA_FAMILY)
    x.cast[role] = Person(base.first, base.middle, last, base.female, "hand:word_names")


def marked(x, role: str) -> None:
    """Casts role with a nickname, a hyphen/apostrophe given name, or a double-barrelled surname."""
    base, other = x.persons.person(), x.persons.person()
    r = x.rng.random()
    if r < 0.35:
        x.cast[role] = Person(x.pick(NICKNAMES), "", base.last, base.female, "hand:nicknames")
    elif r < 0.65:
        x.cast[role] = Person(x.pick(MARKED_GIVEN), base.middle, base.last, base.female, "hand:marked_given")
    else:
        last = f"{base.last}-{other.last}" if " " not in base.last + other.last else base.last
        x.cast[role] = Person(base.first, base.middle, last, base.female, base.source)


def lower_chat(x) -> str:
    """Lowercase coder chat: the name has no title, label or capital to announce it."""
    if x.rng.random() < 0.3:
        word_family(x, "pt")
    return x.pick((
        "can you code this for {pt:lower_full}, seen {date:md}? dx {icd}\n",
        "{pt:lower_full} came back with {icd} on the path, do i still add {cpt}?\n",
        "is {pt:lower_full} the one with the {drug} denial or was that {pt2:lower_full}\n",
        "ok {pt:lower_first}'s claim got kicked back again, {word4}\n",
        "did anyone finish {pt:lower_full} yet? i have {pt2:lower_full} and two more from monday\n",
        "need mod {mod} on {cpt} for {pt:lower_full} - {word4}\n",
        "fyi {pt:lower_full} dob {dob:mdY} is a dup of acct {acct}\n",
        "quick q on {pt:lower_full}: {eponym} vs {icd}?\n",
    )) + x.pick((
        "",
        "thx\n",
        "lmk - {staff:lower_first}\n",
        "{word4}, will check w/ {staff:lower_first} tmrw\n",
        "sent from phone sorry for typos\n",
    ))


def worklog(x) -> str:
    """Coder worklog lines: initials and surnames, no title ("per J. Okafor", "abstracted JK Mensah")."""
    if x.rng.random() < 0.35:
        word_family(x, x.pick(("dr", "staff")))
    return x.pick(("WORKLOG {date:mdY}\n", "Acct {acct} - audit trail\n", "")) + x.pick((
        "Per {dr:init_last}, {eponym} ruled out; removed {icd}.\n",
        "Query to {dr:init_last} re: {icd} vs {icd}; response pending.\n",
        "Abstracted by {staff:init_last}. 2nd review {staff2:initials_last} - agree {cpt}-{mod}.\n",
        "{staff:init_last} reassigned to {staff2:init_last} ({date:md}).\n",
        "Clarified w/ {dr:init_last}: {drug} was for {icd}, not prophylaxis.\n",
        "Op note signed by {dr:init_last} on {date:mdY}; {pcs} confirmed.\n",
        "Denial {date:mdY}; appeal drafted by {staff:init_last}, approved {staff2:first_last_initial}.\n",
    )) + x.pick((
        "",
        "Hold until {date:md}. -{staff:init_last}\n",
        "DRG {drg} -> {drg}. {word4}.\n",
        "Routed to {staff2:full} for QA.\n",
    ))


def email_thread(x) -> str:
    """Headers, a quoted reply line and signatures: names sit in fields and sign-offs, not sentences."""
    if x.rng.random() < 0.3:
        word_given(x, x.pick(("staff", "staff2")))
    head = x.pick((
        "From: {staff:full} <{staff:email}>\nSent: Tuesday, {date:month_d_Y} 9:14 AM\nTo: {staff2:full}\n"
        "Cc: {dr:full}\nSubject: RE: {pt:last_first} - {cpt} denial\n\n",
        "From: {staff:last_first}\nTo: Coding Team; {staff2:full}\nSubject: FW: query for {pt:full}\n\n",
        "On {date:month_d_Y} at 3:02 PM, {staff2:full} wrote:\n> can you look at {pt:full}?\n\n",
        "Subject: {pt:caps_last_first} / {icd}\n\n",
    ))
    body = x.pick((
        "{staff2:first},\n\nI pulled the chart. {dr:dr_last} documented {eponym}, so {icd} stands. ",
        "Hi {staff2:first} -\n\nThe {drug} line was billed twice. {word4}. ",
        "Hello all,\n\n{pt:full} was readmitted on {date:mdY}. ",
        "{staff2:first} and {rel2:first},\n\nSee below re: {pt:title_last}. ",
    ))
    sig = x.pick((
        "\n\nThanks!\n{staff:first}\n",
        "\n\n--\n{staff:full} | Coding Quality\nx4471\n",
        "\n\nBest regards,\n\n{staff:full}\nCPC, CCS\n",
        "\n\nv/r\n{staff:first_last_initial}.\n",
        "\n\nCheers, {staff:first}\n",
        "\n\n{staff:full}\nRevenue Integrity Analyst\n{phone}\n",
    ))
    return head + body + sig


def word_given_coder(x) -> str:
    """A given name that is a word, with only a weak cue, beside the same word used as a word."""
    word_given(x, "pt")
    return x.pick((
        "{pt:first} has been confused since {date:mdY}; {word4}.\n",
        "{pt:first} declined the {drug} refill. Billing {cpt} only.\n",
        "Spoke with {pt:first} about the balance. {word4}.\n",
        "Called {pt:first} back re: EOB, no answer. {word4}.\n",
        "{pt:first}'s daughter says the {icd} claim was paid twice.\n",
        "Account is under {pt:first} {pt:last}; {word4}.\n",
        "Pt {pt:first} asked for an itemized bill; {pt:first} will pay by {date:md}.\n",
    ))


def word_family_coder(x) -> str:
    """Surnames that are words (Baker, King, Rich) in coder text, next to ordinary uses of words."""
    word_family(x, "pt")
    if x.rng.random() < 0.5:
        word_family(x, "rel")
    return x.pick((
        "{pt:full} - {cpt} x2, {word4}.\n",
        "Appeal for {pt:last_first}: {eponym} documented by {dr:dr_last}.\n",
        "{rel:first} {pt:last} (guarantor) disputes the {money} charge.\n",
        "Member {pt:full} switched plans {date:mdY}; {rel:full} is the subscriber.\n",
        "Left VM for {rel:full} about {pt:first}'s {drug} PA.\n",
        "{pt:caps_full} {dob:mdY} - need op note for {pcs}\n",
    ))
