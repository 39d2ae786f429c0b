import pytest

from proxy.detection.recognizers.provider_name_recognizer import ProviderNameRecognizer
from tests.detection._lexical_helpers import found

R = ProviderNameRecognizer()


@pytest.mark.parametrize("text, name", [
    ("Seen by Dr. Nguyen Thi Minh today.", "Nguyen Thi Minh"),
    ("Electronically signed by Sarah O'Brien, MD", "Sarah O'Brien"),
    ("Discussed with J. Smith-Jones, PA-C", "J. Smith-Jones"),
    ("Rose King, RN administered the dose.", "Rose King"),
    ("ATTENDING: Okonkwo, Oluwaseun", "Okonkwo, Oluwaseun"),
    ("can u format the letter to dr kiplagat", "kiplagat"),
    ("Dr. Murphy consulted.", "Murphy"),
    ("cc: Priya Subramanian", "Priya Subramanian"),
    ("Wound looks clean.\n- Ejaz Waahid\n", "Ejaz Waahid"),
])
def test_finds_clinicians(text, name):
    assert name in found(R, text)


@pytest.mark.parametrize("text", [
    "ANESTHESIA: General, endotracheal.",
    "Murphy's sign positive; Dr. was paged.",
    "Plan discussed with patient. Follow up with PCP.",
    "PATIENT: OKAFOR, CHINEDU",
])
def test_no_clinician_without_evidence(text):
    assert found(R, text) == []
