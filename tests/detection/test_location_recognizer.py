import pytest

from proxy.detection.recognizers.location_recognizer import LocationRecognizer
from tests.detection._lexical_helpers import found

R = LocationRecognizer()


@pytest.mark.parametrize("text, place", [
    ("Springfield, IL 62704", "Springfield"),
    ("moved here from San Antonio, Texas last year", "San Antonio"),
    ("Billings, MT 59181", "Billings"),
    ("Resident of Franklin County.", "Franklin County"),
    ("Lives in Grand Rapids with daughter.", "Grand Rapids"),
    ("lives in Castilloland now", "Castilloland"),
    ("12 Oak St, Mariamouth", "Mariamouth"),
    ("transferred from Binghamton overnight", "Binghamton"),
])
def test_finds_places(text, place):
    assert place in found(R, text)


@pytest.mark.parametrize("text", [
    "Patient in Lyme disease workup; Glasgow Coma Scale 15.",
    "Lives in Texas. Insurance: Medicare.",
    "Sarah Smith, MD reviewed the film.",
    "Seen in clinic for Hodgkin lymphoma.",
])
def test_no_place_in_clinical_text(text):
    assert found(R, text) == []
