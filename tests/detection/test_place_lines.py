"""Comma-less address last lines ("Barre VT 05641"): the town before the state code and ZIP, never the
street's last word, a label, the state or the ZIP; and sentences that end in a full stop keep it."""

import pytest

from proxy.detection.engine import DetectionEngine
from proxy.detection.recognizer import TextView
from proxy.detection.recognizers.place_lines import city_state_zip
from proxy.detection.recognizers.place_spans import find_addresses

ENGINE = DetectionEngine()


def towns(text: str) -> list[str]:
    view = TextView(text)
    ends = {e for _, e in find_addresses(view)}
    return [text[s:e] for s, e in city_state_zip(view, ends)]


@pytest.mark.parametrize("text, town", [
    ("Mailing address: 12 Elm St, Barre VT 05641", "Barre"),
    ("Address on file: 410 W. 3rd Ave\nOgden UT 84401", "Ogden"),
    ("PT ADDRESS 2231 KINGS HWY BROOKLYN NY 11229", "BROOKLYN"),
    ("City/State/ZIP: Twin Falls ID 83301-1234", "Twin Falls"),
    ("Quillmere Falls OR 97401\nPhone on file", "Quillmere Falls"),  # unlisted, but it starts the line
    ("Saw Quillmere Falls OR 97401 on the form", "Quillmere Falls"),
    ("sent the statement to Grand Rapids MI 49503 last week", "Grand Rapids"),  # listed: no anchor needed
])
def test_the_town_of_a_commaless_last_line(text, town):
    assert towns(text) == [town]


@pytest.mark.parametrize("text", [
    "Pt seen for chest pain, ok per Dr Wells MD 20110 note",  # MD then a number that is no ZIP line
    "Dx I10. BP 142/88 NY 10001",  # nothing capitalised before the code
    "we mailed it to Quillmere Falls OR 97401",  # unlisted and mid-sentence: not enough
    "Ref: ABC 12345 and XY 99999",  # not state codes
    "Address: 12 Elm St NY 10001",  # the street's last word is not a town
    "Per Dr Wells PA 20110 on file",  # a credential before a number: not an address line
])
def test_no_town_without_an_address_line(text):
    assert towns(text) == []


@pytest.mark.parametrize("text, place", [
    ("He was transferred from Scranton. Labs pending.", "Scranton"),
    ("Seen at Mercy Hospital in Des Moines. Follow-up next week.", "Des Moines"),
    ("Lives in Ste. Genevieve with her son.", "Ste. Genevieve"),
    ("Drove to 3973 W Rose Place, Joditown. SpO2 97%", "Joditown"),  # after a street: the run stops too
    ("Moved from St. Louis to Mt. Vernon.", "St. Louis"),
    ("Pt is a 58 y/o woman from Twin Falls who works nights.", "Twin Falls"),  # a big city with a clinical word
])
def test_towns_in_running_text_leave_the_sentence_stop_outside(text, place):
    assert place in [text[f.start:f.end] for f in ENGINE.analyze(text) if f.entity_type == "LOCATION"]
