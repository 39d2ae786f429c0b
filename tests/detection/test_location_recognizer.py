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


@pytest.mark.parametrize("text, place", [
    ("Pt lives in East Heatherside with her daughter.", "East Heatherside"),
    ("He is from Lake Daniellestad and works nights.", "Lake Daniellestad"),
    ("Resident of Port St. Lucie, FL.", "Port St. Lucie"),
    ("Transferred from Wilkes-Barre for higher level of care.", "Wilkes-Barre"),
    ("Returned from a trip to Lake Brianna last week.", "Lake Brianna"),
    ("City: Port Jessicaberg\nState: OH", "Port Jessicaberg"),
    ("Hometown: Millerfield", "Millerfield"),
    ("Address: 12 Oak St\nWest Amandaside, NV 89012", "West Amandaside"),
    ("Mount Pleasantview, Ohio", "Mount Pleasantview"),
    ("Transfer from Eastonville ED.", "Eastonville"),
    ("Seen at Riverside Clinic in North Aaronside.", "North Aaronside"),
    ("pt lives in north jamesville", "north jamesville"),
    ("Lives in Coeur d'Alene, ID 83814.", "Coeur d'Alene"),
    ("9843 S. Aspen Ridge Boulevard Rm 2C, North Jennifer\nPCP: Dr. Lee", "North Jennifer"),
])
def test_finds_unlisted_places_by_cue_and_shape(text, place):
    assert place in found(R, text)


@pytest.mark.parametrize("text", [
    "Born in March at term.",
    "Trip to Europe.",
    "Travelled to Mexico and Canada.",
    "Back to baseline after fluids.",
    "Transferred to ICU for pressors.",
    "Came from Dr. Hamilton's office.",
    "Location: left lower quadrant",
    "Location: ED bay 4",
    "Residence: home with wife",
    "Discharged home on Lasix 40 mg daily.",
    "Placed in Trendelenburg position.",
    "Moved to New York in 2010.",
])
def test_no_place_from_cue_alone(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, place", [
    ("Address: 19460 W King Road, Hagerstown, MD 21736", "Hagerstown"),
    ("Address: PO Box 4389, Lake Stephanie, MD 17087-0186", "Lake Stephanie"),
    ("drive home to Wilkes-Barre, PA 18702.", "Wilkes-Barre"),
])
def test_a_place_with_a_zip_outranks_a_name_reading(text, place):
    """"Hagerstown, MD 21736" reads as "Name, MD": the whole engine must still call it a place."""
    from proxy.detection.engine import DetectionEngine

    findings = DetectionEngine().analyze(text)
    assert ("LOCATION", place) in [(f.entity_type, text[f.start:f.end]) for f in findings]
