import pytest

from proxy.detection import entities
from proxy.detection.coreference import propagate_names
from proxy.detection.finding import Finding


def marked(text, found):
    return [(text[f.start:f.end], f.entity_type) for f in propagate_names(text, found)]


def test_a_found_name_is_marked_where_it_appears_again():
    text = "PATIENT: NUR, IDIL K\nIdil was extubated. Mrs. Nur tolerated diet."
    found = [Finding(9, 20, entities.PERSON, 0.85)]
    assert ("Idil", "PERSON") in marked(text, found) and ("Nur", "PERSON") in marked(text, found)


def test_provider_names_keep_their_type():
    text = "Attending: Dr. Okonkwo-Eze. Discussed with Okonkwo-Eze today."
    start = text.index("Okonkwo-Eze")
    assert ("Okonkwo-Eze", "PROVIDER") in marked(text, [Finding(start, start + 11, entities.PROVIDER, 0.85)])


@pytest.mark.parametrize("text,name", [
    ("Patient: Rose Parkinson\nRose from chair. Parkinson disease noted.", "Rose Parkinson"),
    ("Patient: Will Young\nWill follow up. Young adult.", "Will Young"),
])
def test_ordinary_and_clinical_words_are_not_carried_over(text, name):
    start = text.index(name)
    found = [Finding(start, start + len(name), entities.PERSON, 0.85)]
    assert marked(text, found) == []


def test_lowercase_echoes_only_in_chat():
    chat = "pt is zihan okoro. what did okoro have?"
    assert ("okoro", "PERSON") in marked(chat, [Finding(6, 17, entities.PERSON, 0.85)])
    note = "Patient: Zihan Okoro. okoro appears in a url"
    assert ("okoro", "PERSON") not in marked(note, [Finding(9, 20, entities.PERSON, 0.85)])


def test_no_shorter_copy_inside_a_found_name():
    text = "01  Domzal M    33533"
    assert marked(text, [Finding(4, 12, entities.PERSON, 0.6)]) == []


def test_particles_are_not_carried_over():
    text = "Lumir mac Sapolu called. The mac and cheese"
    found = marked(text, [Finding(0, 16, entities.PERSON, 0.85)])
    assert ("mac", "PERSON") not in found


@pytest.mark.parametrize("text,name,again", [
    ("This letter concerns my sister May Solana. May needs Flagyl.", "May Solana", "May"),
    ("Met with partner Bill Marti. Pt lives alone; Bill visits daily.", "Bill Marti", "Bill"),
    ("My husband, Art Jones, is a member. When Art fell on 12/12/2022 he was admitted.", "Art Jones", "Art"),
    ("Caller: Rose Okafor (daughter). Rose's number is on file.", "Rose Okafor", "Rose"),
])
def test_a_word_name_is_carried_over_where_only_a_person_fits(text, name, again):
    start = text.index(name)
    found = [Finding(start, start + len(name), entities.PERSON, 0.85)]
    assert (again, "PERSON") in marked(text, found)


@pytest.mark.parametrize("text,name", [
    ("Guarantor: Bill Marti. Bill is pending; the Bill said paid.", "Bill Marti"),
    ("Family: Will Young. We will follow up. Will call back.", "Will Young"),
    ("Wife: Rose Price. BP rose to 140. Price of the drug went up.", "Rose Price"),
    ("Contact: Grant Hill. Per Grant requested funds; a Grant said no.", "Grant Hill"),
    ("Daughter May Cross. may need cross-cover. May 3 visit.", "May Cross"),
])
def test_a_word_name_is_not_carried_over_where_the_word_fits(text, name):
    start = text.index(name)
    found = [Finding(start, start + len(name), entities.PERSON, 0.85)]
    assert [m for m in marked(text, found) if m[0] in name.split()] == []


def test_a_word_name_found_by_a_cue_is_marked_before_will_and_a_verb():
    text = "Pt Miracle asked for an itemized bill; Miracle will pay by 7/5. The miracle will not last."
    found = [Finding(3, 10, entities.PERSON, 0.85)]
    assert marked(text, found) == [("Miracle", "PERSON")]
