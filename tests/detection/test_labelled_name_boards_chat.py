"""Labelled-name recognizer on the text kinds of probe_mixed5: staffing boards and hand-offs, pasted tables,
portal messages and one-line coder chat (split from test_labelled_name_recognizer to keep files short)."""

import pytest

from proxy.detection.recognizer import TextView
from proxy.detection.recognizers.labelled_name_recognizer import LabelledNameRecognizer

RECOGNIZER = LabelledNameRecognizer()


def spans(text):
    return {(text[f.start:f.end], f.entity_type) for f in RECOGNIZER.analyze(TextView(text))}


@pytest.mark.parametrize("text,name", [
    ("is karl dos santos the Tourette syndrome one", "karl dos santos"),  # particles inside a lowercase pair
    ("mrn 99991704 is dieuseul van den berg not wisly mesidor", "dieuseul van den berg"),
    ("dawn murphy 847736273 still in dnb?", "dawn murphy"),  # a pair opening the line before a number
    ("member 590060911-01 = treasure pereira?", "treasure pereira"),  # after "="
    ("to whoever reads this - im eilidh da costa and the bill", "eilidh da costa"),  # the writer's "im"
    ("hi its emeka olawale, kenji's sister. the pump", "kenji"),  # a word owning a relative
    ("Goodluck's mom called twice", "Goodluck"),
    ("babajide called again lol, 803.289.7017", "babajide"),  # a first name opening a chat line before a verb
    ("the bill is wrong. thx\nniamh\n", "niamh"),  # the writer alone after the closing
])
def test_chat_pairs_with_particles_numbers_and_relatives(text, name):
    assert name in {n for n, _ in spans(text)}


@pytest.mark.parametrize("text", [
    "blood culture 123456 pending",  # two words, but no name, before a number
    "chest pain 1234567 noted",
    "the patient's sister called",  # owners that are no names
    "my mom's brother has the same",
    "pharmacy called again lol",
    "billing called again about the denial",  # a department opening the line
    "the doc's wife called",
    "someone called about the bill",
    "thx\nok\n",
    "why is x ray 1234567 not billed",  # a number after a pair mid-line names nothing
])
def test_chat_pairs_jargon_and_owners_are_not_names(text):
    assert spans(text) == set()


@pytest.mark.parametrize("text,name,entity", [
    ("0700-1900  Blessing  room 220", "Blessing", "PROVIDER"),  # a staffing-board cell beside shift hours
    ("Wasin | 0645-1915 | bed 18B", "Wasin", "PROVIDER"),
    ("Tayyibe\t7a-7p\tbed 33A", "Tayyibe", "PROVIDER"),
    ("Charge (7a-7p): Vasana x5521", "Vasana", "PROVIDER"),  # staffing roles as labels
    ("Float: Obinna Adebayo", "Obinna Adebayo", "PROVIDER"),
    ("Call-outs: Kurnia. Pager 555-0100.", "Kurnia", "PROVIDER"),
    ("Oncoming: Kia Chang, LPN. Charge Heloisa.", "Heloisa", "PROVIDER"),
    ("RN Ziad Farouk 2300-0730; CNA Sione 0700-1900", "Sione", "PERSON"),  # an aide is no clinician
    ("Dona maria da silva lives with son Eli.", "maria da silva", "PERSON"),  # a courtesy title before a name
])
def test_staffing_boards_and_courtesy_titles(text, name, entity):
    assert (name, entity) in spans(text)


@pytest.mark.parametrize("text", [
    "Float pool | 0700-1900 | Open",  # board words, not staff
    "Days  0700-1900  Nights  1900-0700",
    "HANDOFF 0700-1900 4/6 Stable overnight",  # hours in a heading, no cells
    "Charge capture: Level 4 visit",
    "Charge: Level 3",  # a level, not a nurse
    "Med pass  0900-1000  Done",  # a status in a cell
    "Charge: $120.00 for 99213",
    "Sepsis | 0700-1900 | Lasix",  # clinical words and drugs in cells
    "0700-1900  MICU  4W\n1900-0700 | PACU | TELE",  # unit acronyms
])
def test_staffing_board_words_are_not_names(text):
    assert not {n for n, e in spans(text) if e in ("PERSON", "PROVIDER")}


@pytest.mark.parametrize("text,name", [
    ("Caregiver Happiness Papp present.", "Happiness Papp"),  # a word given name before a surname, after a cue
    ("Daughter Justice Nevado called back.", "Justice Nevado"),
    ("Pt Obinna (bed 28B) on Coumadin; Adetoun at bedside til 2100.", "Adetoun"),  # one word before "at bedside"
    ("Patient |MR# |DOB\nde los Reyes, Haruna |MR331535 |01/24/1943", "de los Reyes, Haruna"),  # "los" is a particle
    ("hunter moore in room 842, npo after midnight", "hunter moore"),  # a pair before the room it is in
    ("treasure thompson 0947-751-6872 still in dnb?", "treasure thompson"),  # ... or before a phone number
])
def test_word_given_names_bedside_and_particle_surnames(text, name):
    assert name in {n for n, _ in spans(text)}


@pytest.mark.parametrize("text", [
    "Spoke with Home Health about it",  # two words after a cue: no surname that is no word
    "Called Social Work today",
    "Spoke with Case Management Services",
    "Family at bedside. Wife at bedside. Daughter at the bedside.",  # relations, not names, at the bedside
    "Caregiver present.",
    "chest pain in room 4 resolved",  # no name before the room
])
def test_cue_phrases_and_bedside_relations_are_not_names(text):
    assert not {n for n, e in spans(text) if e == "PERSON"}


@pytest.mark.parametrize("text,name,entity", [
    ("Patient |MRN |Admit |Bed\nMarfan, Arnold |9609271 |09/05/2004 |rm 415-B", "Marfan, Arnold", "PERSON"),  # name column
    ("Name\tMRN\tDOB\nLE, PROSPER\t713-174-824\t02/20/2006", "LE, PROSPER", "PERSON"),
    ("Enc | Provider | Dx\n1152009142 | Dr Siyabonga Shazi | S50.312A", "Siyabonga Shazi", "PROVIDER"),  # title left out
    ("Good morning, Tesfaye! Doyinsola here, the pump alarms", "Doyinsola", "PERSON"),  # the writer naming themself
    ("Good morning, Kourosh! can someone call me", "Kourosh", "PERSON"),  # a greeting with a comma
    ("karol bell in Bay 8, npo after midnight, K 4.7.", "karol bell", "PERSON"),  # a pair before its room
    ("mrn M50072056 is kia doctor not primitiva nevado", "primitiva nevado", "PERSON"),  # after "not"
])
def test_name_columns_greetings_and_writers(text, name, entity):
    assert (name, entity) in spans(text)


@pytest.mark.parametrize("text", [
    "Name | Status\nVacant | pending\nTransfer | pending",  # statuses in the name column
    "Provider | Dx\nDr | S50.312A",
    "Anyway. Nobody here, it seems.",
    "chest pain in Bay 4 now; small bowel in room 4",
    "is it covered or not prior auth",
])
def test_statuses_and_words_are_not_column_names(text):
    assert not {n for n, e in spans(text) if e in ("PERSON", "PROVIDER")}


@pytest.mark.parametrize("text,name", [
    ("HANDOFF 1500-2330 3/4\nmaximo wise in 5W-08, npo after midnight. Report to Ama at 1500.", "maximo wise"),
    ("kia van houten in Rm 668, npo after midnight, Cr 1.2. Daughter Ana called.", "kia van houten"),
])
def test_hand_off_line_is_judged_by_its_first_sentence(text, name):
    assert name in {n for n, _ in spans(text)}


def test_capitalised_hand_off_sentence_stays():
    assert not {n for n, _ in spans("Chest Pain in room 4. Daughter called.") if n.lower() == "chest pain"}


def test_drugs_and_panels_in_a_name_column_stay():
    text = "Name | Dose | Route\nInsulin Glargine | 10 units | SC\nBasic Metabolic Panel | 1 | -\n"
    assert not {n for n, e in spans(text) if e in ("PERSON", "PROVIDER")}


@pytest.mark.parametrize("text,name", [
    ("hi its rene pla, jean-pierre's sister. The pharmacy", "jean-pierre"),  # hyphenated given names in chat
    ("refill needs a new prior auth. thx\njean-pierre\n", "jean-pierre"),
    ("ruth-ann called again lol, 779-884-6906", "ruth-ann"),
])
def test_hyphenated_lowercase_given_names(text, name):
    assert name in {n for n, _ in spans(text)}


@pytest.mark.parametrize("text", ["the x-ray's sister", "follow-up called again", "thx\nfollow-up\n"])
def test_hyphenated_words_are_not_given_names(text):
    assert spans(text) == set()


@pytest.mark.parametrize("text,name", [
    ("is haruto nurse the one with the Remicade denial", "haruto nurse"),  # a listed surname that is a clinical word
    ("quick q on nicolas cross: Osgood-Schlatter disease vs X39.0", "nicolas cross"),
    ("fyi zihan nurse dob 06/09/1958 is a dup", "zihan nurse"),
    ("Abiola, Becca - 64483; guarantor Nacho Hutasoit.", "Nacho Hutasoit"),  # a payer without a colon
])
def test_clinical_word_surnames_in_chat_and_payers(text, name):
    assert name in {n for n, _ in spans(text)}


@pytest.mark.parametrize("text", [
    "is the nurse the one", "is pt cross the one", "for labs cross cover?", "code the wound nurse note",
    "Guarantor Self", "Mom said Pain is worse",
])
def test_clinical_words_in_chat_stay(text):
    assert not {n for n, e in spans(text) if e == "PERSON"}


@pytest.mark.parametrize("text,name,entity", [
    ("ASSIGNMENTS 03/12/2025 DAYS\nERM  401 402 403\nASAMOA  404 405 406", "ERM", "PROVIDER"),  # beside a room block
    ("Rm 401-404: Patrick L.\nRm 405-408: Toluwanimi\n", "Toluwanimi", "PERSON"),  # a room range heading a row
    ("Float - Kia Moua\nSitter (rm 12) - Kavitha\n", "Kavitha", "PERSON"),
    ("Call-outs: Ruby - replaced by Timo", "Timo", "PROVIDER"),
])
def test_room_blocks_ranges_sitters_and_cover(text, name, entity):
    assert (name, entity) in spans(text)


@pytest.mark.parametrize("text", [
    "TELE  401 402 403\nICU  404 405\nFloat  406 407",  # units and board words beside rooms
    "BP  120 80 90\nHR  88 90 92",
    "Dressing replaced by Wound Care", "Pt covered by Medicare",
])
def test_units_and_services_beside_rooms_stay(text):
    assert not {n for n, e in spans(text) if e in ("PERSON", "PROVIDER")}


@pytest.mark.parametrize("text,name", [
    ("A: stable. Nephew angela reinprecht is HCP.", "angela reinprecht"),  # a relative before a lowercase name
    ("got it. no thats kamila szklarek, different pt", "kamila szklarek"),  # after "thats"
])
def test_lowercase_relatives_and_corrections(text, name):
    assert name in {n for n, _ in spans(text)}


@pytest.mark.parametrize("text", ["wife at bedside", "son in law visiting", "daughter states pain better",
                                  "husband reports fever", "mom called"])
def test_relatives_before_words_stay(text):
    assert not {n for n, e in spans(text) if e == "PERSON"}
