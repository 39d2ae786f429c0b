import pytest

from proxy.detection.engine import DetectionEngine
from proxy.detection.recognizers.age_recognizer import AgeRecognizer

ENGINE = DetectionEngine([AgeRecognizer()])


def found(text, entity="AGE"):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.entity_type == entity]


@pytest.mark.parametrize("text,expected", [
    ("a 92 y/o male", "92 y/o"),
    ("92yo F with CHF", "92yo"),
    ("aged 94, lives alone", "94"),
    ("95-year-old woman", "95-year-old"),
    ("is 101 years old", "101 years old"),
    ("Age: 97", "97"),
    ("ninety-two year old man", "ninety-two year old"),
    ("aged ninety-two", "ninety-two"),
    ("92M presents with", "92M"),
    ("patient is 90 years of age", "90 years of age"),
    ("she's 93 and lives in a SNF", "93"),
    ("pt is 101, family at bedside", "101"),
    ("Mom turned 96 last month", "96"),
    ("Her husband is ninety-two and drives", "ninety-two"),  # a relative, a number in words
    ("pt turned one hundred in May", "one hundred"),
    ("his wife is 94, lives with him", "94"),
    ("Mrs. de la Cruz, 92, seen Mar 4-6.", "92"),  # a bare number set off by commas after a name
    ("Patients: Okafor, 94; Lindqvist, 101 and Smith, 45.", "101"),
    ("Zenobia Saltonstall, 93 presents with CP", "93"),
])
def test_ages_over_89_are_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "a 45 y/o male",
    "89-year-old woman",
    "aged 72",
    "T 98 F, HR 92",
    "HR 95 bpm",
    "for 92 days",
    "sat 94% on RA",
    "92 mg daily",
    "she's 93% on room air",
    "he is 95 kg",
    "pt is 92/60 after the bolus",
    "she was 94 on RA",
    "pt was 98.6 this am",
    "he's 90 beats per minute",
    "she is 91 over 60",
    "her husband is ninety percent sure",
    "she was ninety pounds at discharge",
    "her husband is 88",
    "glucose, 95, stable. HR, 92, BP 120/80",  # after a lab or a vital, not a name
    "Room 12, 92, bed 3",
    "Vitals, 98, 97, 96 trending",
])
def test_other_numbers_are_not_ages(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [("HOSPITAL COURSE: 92F female from", "92F"), ("Pt: Smith, 92 M\n", "92 M")])
def test_age_with_sex_letter(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", ["temp was 98F this am", "afebrile, 97F", "Tmax 99F"])
def test_temperatures_are_not_ages(text):
    assert found(text) == []
