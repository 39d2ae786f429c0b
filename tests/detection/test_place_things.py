"""place_things: place names heading a disease, score, rule or device are neither places nor people."""

import pytest

from proxy.detection.engine import DetectionEngine
from proxy.detection.recognizers.place_things import names_a_thing, place_things

ENGINE = DetectionEngine()


@pytest.mark.parametrize("text", [
    "moved from oxnard), Paris System on file",
    "Pt transferred with Philadelphia collar in place",
    "Kansas City Cardiomyopathy Questionnaire score 62",
    "Vancouver Scar Scale of 4",
    "Bethesda category IV nodule",
])
def test_place_named_things_are_not_phi(text):
    flagged = [text[f.start:f.end] for f in ENGINE.analyze(text)]
    assert not any(w in " ".join(flagged) for w in ("Paris", "Philadelphia", "Kansas", "Vancouver", "Bethesda"))


@pytest.mark.parametrize("text, end, expected", [
    ("Hong Kong flu", 9, True),
    ("San Francisco syncope rule", 13, True),
    ("Hunter tolerated diet", 6, False),
    ("Nguyen Van Minh tolerated diet", 10, False),
    ("Toledo and has diabetes", 6, False),
])
def test_names_a_thing(text, end, expected):
    assert names_a_thing(text, end) is expected or (not expected and not names_a_thing(text, end, strict=True))


def test_listed_place_before_a_head_is_protected_but_a_name_before_a_verb_is_not():
    assert (3, 12) in place_things("Is Hong Kong flu codable?", [])
    assert place_things("Hunter tolerated diet by the 13th.", []) == []
