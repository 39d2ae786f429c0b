import pytest

from proxy.detection.engine import DetectionEngine
from proxy.detection.recognizers.mrn_recognizer import MrnRecognizer

ENGINE = DetectionEngine([MrnRecognizer()])


def found(text, entity="MRN"):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.entity_type == entity]


@pytest.mark.parametrize("text,expected", [
    ("MRN: 00123456", "00123456"),
    ("MRN 1234567", "1234567"),
    ("MR# 7654321", "7654321"),
    ("MR #: A1234567", "A1234567"),
    ("Med Rec No. 555123", "555123"),
    ("medical record number 99887766", "99887766"),
    ("Medical Record #: 12-345-678", "12-345-678"),
    ("chart # 4455667", "4455667"),
    ("mrn is 3344556", "3344556"),
    ("MRN for this patient is 00987654", "00987654"),
    ("MRN: 99214", "99214"),  # a strong label wins over the CPT shape
])
def test_mrns_are_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "MRN: pending",
    "medical record reviewed",
    "CPT 99214 billed",
    "Dx E11.9",
    "chart reviewed on 3 visits",
    "the medical record shows E11.65",
])
def test_non_mrns(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("DOE, JANE  03/04/1961  00123456\nArrived", "00123456"),
    ("NEGASH, YOHANNES T  July 11, 1978  MR067009\n", "MR067009"),
])
def test_header_column_after_date_of_birth(text, expected):
    assert expected in found(text)


def test_single_space_after_a_date_is_not_a_header_column():
    assert found("seen 03/04/2021 1430 hrs") == []


@pytest.mark.parametrize("text,expected", [
    ("GUMA, THALENTE  28DEC1950  7156858527\nArrival", "7156858527"),
    ("MAZIYA, NOKULUNGA  20115663  DOS: 08/16/2023", "20115663"),
    ("OTIENO, MARGARET  E6039946  DOS: 03/03/2018", "E6039946"),
    ("Acct/MRN: 4455667", "4455667"),
    ("Hosp # 8877665", "8877665"),
    ("EMPI 55667788", "55667788"),
    ("MRN: 00123456\nLab drawn. Specimen labelled 00123456.", "00123456"),
])
def test_more_mrn_forms(text, expected):
    assert expected in found(text)


def test_a_repeated_labelled_mrn_is_an_mrn_every_time():
    text = "MRN: 00123456\nLab drawn. Specimen labelled 00123456."
    assert found(text) == ["00123456", "00123456"]


@pytest.mark.parametrize("text", [
    "DOE, JANE  03/04/1961\nArrived",  # a date of birth in the column is a date
    "SMITH, JOHN  MD  room 4",
    "Potassium, serum  4.1",
])
def test_header_column_negatives(text):
    assert found(text) == []


def test_labelled_mrn_beats_other_readings_in_the_engine():
    from proxy.detection.engine import DetectionEngine

    text = "Discharged home. MRN 7156858527\nMAZIYA, NOKULUNGA  20115663  DOS: 08/16/2023"
    typed = {text[f.start:f.end]: f.entity_type for f in DetectionEngine().analyze(text)}
    assert typed["7156858527"] == "MRN" and typed["20115663"] == "MRN"
