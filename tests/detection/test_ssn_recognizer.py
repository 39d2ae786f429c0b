import pytest

from proxy.detection.engine import DetectionEngine
from proxy.detection.recognizers.ssn_recognizer import SsnRecognizer

ENGINE = DetectionEngine([SsnRecognizer()])


def found(text, entity="SSN"):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.entity_type == entity]


@pytest.mark.parametrize("text,expected", [
    ("SSN 123-45-6789", "123-45-6789"),
    ("ss# 123456789", "123456789"),
    ("Social Security Number: 123 45 6789", "123 45 6789"),
    ("her 123-45-6789 on file", "123-45-6789"),
    ("SSN: xxx-xx-6789", "xxx-xx-6789"),
    ("SSN last 4: 6789", "6789"),
])
def test_ssns_are_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "000-12-3456", "666-12-3456", "123-00-4567", "123456789 units", "NDC 0002-7510-01", "phone 617-555-1234",
])
def test_non_ssns(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("- ssn (last four): 1175", "1175"),
    ("Rep: can I get the last four of your social? Pt: 1955. Rep:", "1955"),
    ("acct ending 5905?? no wait thats my social", "5905"),
    ("Last 4 of SSN: 7424.", "7424"),
])
def test_last_four_in_scripts(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "SSN (last 4) 99214",
    "social work saw pt; 2019 notes, room 4102",
    "last four visits in 2021",
    "ICD-10 Z59.00, CPT 99214",
])
def test_last_four_negatives(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("SSN ends in 6789", "6789"),
    ("social ending 6789", "6789"),
    ("SS # ending 6789", "6789"),
])
def test_ssn_ending(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text, expected", [
    ("Social 123456789", "123456789"),
    ("SS number 123456789", "123456789"),
    ("Sub ID (SSN) 123456789", "123456789"),
    ("Tax ID 123-45-6789", "123-45-6789"),
])
def test_more_ssn_labels(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "social work 4 visits, CPT 99214",
    "social hx: 20 pack-years",
    "social 2019",
    "EIN 12-3456789",
])
def test_more_ssn_label_negatives(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("SSN on file was wrong, correct one is 721700776; MRN stays.", "721700776"),
    ("the 9-digit number on page 2 (059324094) is her social, not the MRN", "059324094"),
    ("Social security number changed; new one is 123-45-6789.", "123-45-6789"),
])
def test_ssn_typed_by_nearby_words(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "SSN and MRN 123456789",
    "SSN verified; account 123456789",
    "social work referral, claim 987654321",
    "SSN on file; NPI 1234567893",
])
def test_ssn_near_other_labels_not_taken(text):
    assert found(text) == []
