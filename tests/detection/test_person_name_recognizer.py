import pytest

from proxy.detection.recognizers.person_name_recognizer import PersonNameRecognizer
from tests.detection._lexical_helpers import found

R = PersonNameRecognizer()


@pytest.mark.parametrize("text, name", [
    ("PATIENT: OKAFOR, CHINEDU  DOB: 03/04/1961", "OKAFOR, CHINEDU"),
    ("Name: Smith, John A.  MRN 123", "Smith, John A"),
    ("pt is maria lopez, 67yo", "maria lopez"),
    ("Mr. O'Brien's wife called.", "O'Brien"),
    ("Accompanied by daughter Ana.", "Ana"),
    ("Patient Rose Young was seen today.", "Rose Young"),
    ("Mrs. Joy Guy called the clinic.", "Joy Guy"),
    ("Priya Raghavan presented with chest pain.", "Priya Raghavan"),
    ("Jose D'Angelo (son) at bedside.", "Jose D'Angelo"),
    ("Nguyen Van Minh tolerated diet.", "Nguyen Van Minh"),
    ("Emergency contact: Fatima Haddad", "Fatima Haddad"),
    ("Resident: Kowalski, Agnieszka", "Kowalski, Agnieszka"),
    ("Op Note - SADEED, JABBAAR R.  (MRN 5705)", "SADEED, JABBAAR R"),
    ("Mr. Foley was admitted.", "Foley"),
])
def test_finds_names(text, name):
    assert name in found(R, text)


def test_second_mentions_are_found():
    text = "PATIENT: OKAFOR, CHINEDU\nMr. Okafor reports pain. Chinedu ambulated. Okafor's wife present."
    spans = found(R, text)
    assert spans.count("Okafor") == 2 and "Chinedu" in spans


@pytest.mark.parametrize("text", [
    "History of Parkinson disease and Hodgkin lymphoma.",
    "Crohn's disease, Graves disease, Bell's palsy, Down syndrome.",
    "Started Lasix and Eliquis; metformin held. Foley placed.",
    "Murphy's sign negative. Whipple procedure 2019. Nissen fundoplication.",
    "Glasgow Coma Scale 15. Apgar 9 and 9. Babinski negative.",
    "Will follow up in 2 weeks. Hope this helps.",
    "BP rose to 160/90. King size bed. Young adult male.",
    "Seen on Monday, March 4. Lives in Texas.",
    "Wolff-Parkinson-White pattern on EKG; Mallory-Weiss tear; Osgood-Schlatter disease.",
    "ANESTHESIA: General. ASSESSMENT: Stable.",
])
def test_clinical_words_are_not_names(text):
    assert found(R, text) == []


def test_clinicians_are_left_to_the_provider_recognizer():
    assert found(R, "Seen by Dr. Nguyen. Signed: Sarah O'Brien, MD") == []
