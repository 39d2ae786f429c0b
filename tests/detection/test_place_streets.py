"""place_streets: street names written without a type, and the town between a street and its ZIP."""

import pytest

from proxy.detection.recognizers import place_patterns as P
from proxy.detection.recognizers.place_streets import bare_street, town_before_zip


@pytest.mark.parametrize("words, ok", [
    ("elm", True), ("old mill", True), ("second", True), ("W sycamore", True),
    ("west", False), ("units", False), ("prbc", False), ("daily", False),
])
def test_bare_street(words, ok):
    assert bare_street(words) is ok


@pytest.mark.parametrize("text, street_end, town", [
    ("12 elm apt 3 north michael 75767", 12, "north michael"),
    ("14887 n king St bldg 1 Eagle California 47941", 22, "Eagle"),
    ("12 Oak St Toledo OH 43604", 9, "Toledo"),
    ("12 Oak St, zip 43604", 9, None),
])
def test_town_before_zip(text, street_end, town):
    t = P.TOWN_ZIP.match(text, street_end)
    span = town_before_zip(text, t)
    assert (text[span[0]:span[1]] if span else None) == town
