import pytest

from proxy.detection.engine import DetectionEngine
from proxy.detection.recognizers.phone_recognizer import PhoneRecognizer

ENGINE = DetectionEngine([PhoneRecognizer()])


def found(text, entity="PHONE"):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.entity_type == entity]


@pytest.mark.parametrize("text,expected", [
    ("call (617) 555-1234 today", "(617) 555-1234"),
    ("cell 617-555-1234", "617-555-1234"),
    ("ph 617.555.1234 x204", "617.555.1234 x204"),
    ("+1 617 555 1234", "+1 617 555 1234"),
    ("phone: 6175551234", "6175551234"),
    ("tel +44 20 7946 0958", "+44 20 7946 0958"),
    ("home phone 555-1234", "555-1234"),
])
def test_phones_are_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text,expected", [
    ("Fax: 617-555-9876", "617-555-9876"),
    ("F: (617) 555-9876", "(617) 555-9876"),
    ("P: 617-555-1111 F: 617-555-2222", "617-555-2222"),
    ("send to 617-555-9876 (fax)", "617-555-9876"),
])
def test_fax_by_context(text, expected):
    assert expected in found(text, "FAX")


def test_phone_before_fax_stays_phone():
    text = "P: 617-555-1111 F: 617-555-2222"
    assert found(text) == ["617-555-1111"]


@pytest.mark.parametrize("text", [
    "NPI 1234567893",
    "billed 1234567893 as NPI",
    "CPT 99214",
    "glucose 120 mg/dL",
    "Dx E11.9",
    "MRN 12345678",
])
def test_non_phones(text):
    assert found(text) == [] and found(text, "FAX") == []


@pytest.mark.parametrize("text,expected", [
    ("Home 4755492259  Cell (519) 677-5372", "4755492259"),
    ("W: 617-555-1234", "617-555-1234"),
])
def test_home_and_work_labels(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "MRN 7156858527",
    "Acct # 617-555-1234",
    "Member ID: 6175551234",
])
def test_identifier_label_is_not_a_phone(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Orders faxed to Doctor Kelechi Bello at +1 (633) 376-3741.", "+1 (633) 376-3741"),  # past a long name
    ("Faxed to Dr. Chen at 4297304560.", "4297304560"),
])
def test_faxed_to_someone_at_a_number(text, expected):
    assert expected in found(text, "FAX")


@pytest.mark.parametrize("text,expected", [
    ("Records faxed to Dr. Smith's office; call her at 555-201-3344", "555-201-3344"),  # a new clause, a phone
    ("Faxed yesterday. Reach the daughter at 555-201-3344", "555-201-3344"),
])
def test_numbers_after_a_fax_clause_stay_phones(text, expected):
    assert expected in found(text)
