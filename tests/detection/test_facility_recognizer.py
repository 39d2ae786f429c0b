import pytest

from proxy.detection.recognizers.facility_recognizer import FacilityRecognizer
from tests.detection._lexical_helpers import found

R = FacilityRecognizer()


@pytest.mark.parametrize("text, facility", [
    ("Transferred from Mercy Hospital.", "Mercy Hospital"),
    ("Seen at St. Mary's Medical Center today.", "St. Mary's Medical Center"),
    ("FACE SHEET  PINE HOLLOW URGENT CARE", "PINE HOLLOW URGENT CARE"),
    ("Discharged to Sunrise Nursing Home.", "Sunrise Nursing Home"),
    ("Refilled at CVS Pharmacy on Main.", "CVS Pharmacy on Main"),
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


@pytest.mark.parametrize("text, facility", [
    ("Auth for SNF at Sunrise Terrace Retirement Village in Conway denied", "Sunrise Terrace Retirement Village"),
    ("accepted at Green Acres Adult Day Center in Brianport", "Green Acres Adult Day Center"),
    ("Home health from Maple Grove Drug Store to follow.", "Maple Grove Drug Store"),
    ("Seen at Cedar Ridge Apothecary. 36556-LT", "Cedar Ridge Apothecary"),
    ("discharged to Green Acres Medical Plaza (Hyde Park).", "Green Acres Medical Plaza"),
    ("pt says the Kroger on Airline Hwy is out of Norco", "Kroger on Airline Hwy"),
    ("prescriptions sent to the Publix on 5th. Follow up", "Publix on 5th"),
    ("the H-E-B on Dixie Highway", "H-E-B on Dixie Highway"),
    ("went to the Costco on Route 9 by mistake", "Costco on Route 9"),
    ("Oak Pharmacy on Elm Street is closed", "Oak Pharmacy on Elm Street"),
    ("Brooks Rehabilitation Hospital called", "Brooks Rehabilitation Hospital"),
    ("Mercy Hospital called.", "Mercy Hospital"),
])
def test_small_facilities_and_stores_by_their_street(text, facility):
    assert facility in found(R, text)


@pytest.mark.parametrize("text", [
    "picked up at CVS on Monday",
    "Walgreens on Medicare Part D",
    "Recreational Drugs: denies",
    "started adult day care last month",
    "Attends Adult Day Center 3x/week.",
    "Uses Retirement Village shuttle",
])
def test_stores_without_a_street_and_drug_history_are_not_facilities(text):
    assert found(R, text) == []
