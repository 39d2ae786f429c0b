import pytest

from proxy.detection.recognizer import TextView
from proxy.detection.recognizers.cue_location_recognizer import CueLocationRecognizer

RECOGNIZER = CueLocationRecognizer()


def places(text):
    return {text[f.start:f.end] for f in RECOGNIZER.analyze(TextView(text))}


@pytest.mark.parametrize("text,place", [
    ("Husband at bedside, lives in Port Bruceland. Dressing changed.", "Port Bruceland"),
    ("7825 N Juniper Ave. Ste 2D, Castilloland\nPCP: Dr Lee", "Castilloland"),
    ("Flow cytometry sent to BILLINGS GENERAL HOSPICE HOUSE (Port Danny).", "Port Danny"),
    ("9778 East Sycamore St\nNew Josephburgh, SD 23470-3264", "New Josephburgh"),
    ("Elizabeth will drive home to East Heatherside, DC.", "East Heatherside"),
    ("She was transferred from Wilkes-Barre yesterday.", "Wilkes-Barre"),
    ("Sent to Duluth, MN 55802 for review.", "Duluth"),
])
def test_places_vouched_for_by_their_context(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text", [
    "Read by Stephan Kristensen, MD",
    "Transferred from ICU to floor.",
    "Lives in a nursing home with her daughter.",
    "Moved to Ohio last year.",
    "Signed: Robin Poulsen, PA",
    "Given 40 mg per Dr. Lee.",
])
def test_no_place_where_the_context_names_none(text):
    assert places(text) == set()


@pytest.mark.parametrize("text", ["Travelled to South Korea in May.", "Moved from Mexico last year.",
                                  "Transferred to Labor and Delivery.", "Transferred to Step Down unit.",
                                  "Returned to Floor after CT.", "Born in March 1950."])
def test_countries_months_and_hospital_areas_are_not_towns(text):
    assert places(text) == set()


@pytest.mark.parametrize("text", ["Vitals returned to Normal.", "Transferred to Mobile ICU.", "12 Oak St, Normal saline given"])
def test_clinical_words_that_are_towns_read_clinically(text):
    assert places(text) == set()


def test_a_town_that_is_a_clinical_word_keeps_its_state():
    assert "Normal" in places("She moved to Normal, IL last year.")
