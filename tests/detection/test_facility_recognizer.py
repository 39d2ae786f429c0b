import pytest

from proxy.detection.recognizers.facility_recognizer import FacilityRecognizer
from tests.detection._lexical_helpers import found

R = FacilityRecognizer()


@pytest.mark.parametrize("text, facility", [
    ("Transferred from Mercy Hospital.", "Mercy Hospital"),
    ("Seen at St. Mary's Medical Center today.", "St. Mary's Medical Center"),
    ("FACE SHEET  PINE HOLLOW URGENT CARE", "PINE HOLLOW URGENT CARE"),
    ("Discharged to Sunrise Nursing Home.", "Sunrise Nursing Home"),
    ("Refilled at CVS Pharmacy on Main.", "CVS Pharmacy"),
    ("admitted from mercy hospital overnight", "mercy hospital"),
    ("Hospital of the University of Pennsylvania", "Hospital of the University of Pennsylvania"),
])
def test_finds_facilities(text, facility):
    assert facility in found(R, text)


@pytest.mark.parametrize("text", [
    "Brief Hospital Course: uneventful.",
    "Returned to the hospital; outside hospital records reviewed.",
    "HOSPITAL COURSE: stable.",
    "Follow up in clinic in 2 weeks.",
])
def test_generic_places_are_not_facilities(text):
    assert found(R, text) == []


def test_facility_wins_over_a_last_first_name_reading():
    from proxy.detection.engine import DetectionEngine

    text = "PCP: Dr Alexei Vasiliev, St. Aurelia's Surgery Center\n"
    typed = [(f.entity_type, text[f.start:f.end]) for f in DetectionEngine().analyze(text)]
    assert ("FACILITY", "St. Aurelia's Surgery Center") in typed
