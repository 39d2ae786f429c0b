import pytest

from proxy.detection.engine import DetectionEngine
from proxy.detection.recognizers.x12_name_recognizer import X12NameRecognizer

ENGINE = DetectionEngine([X12NameRecognizer()])


def found(text):
    return [(text[f.start:f.end], f.entity_type) for f in ENGINE.analyze(text)]


@pytest.mark.parametrize("text,expected", [
    ("NM1*IL*1*DOE*JANE*M***MI*W123456789~", [("DOE", "PERSON"), ("JANE", "PERSON"), ("M", "PERSON")]),
    ("NM1*QC*1*Ó HINNÉIRGHE, FEARGAL~DMG*D8*19800413", [("Ó HINNÉIRGHE, FEARGAL", "PERSON")]),
    ("NM1*82*1*OKAFOR*CHIDI****XX*1234567893~", [("OKAFOR", "PROVIDER"), ("CHIDI", "PROVIDER")]),
    ("NM1|DN|1|VAN DER BERG|ANNA~", [("VAN DER BERG", "PROVIDER"), ("ANNA", "PROVIDER")]),
])
def test_people_in_name_segments_are_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "NM1*85*2*MERCY GENERAL HOSPITAL*****XX*1234567893~",  # an organisation (type 2)
    "NM1*PR*2*AETNA*****PI*60054~",  # the payer
    "HI*ABK:E119*ABF:I10~SV1*HC:99214*125*UN*1***1~",  # codes only
    "NM1*IL*1***~",  # empty elements
    "the NM1 segment holds the subscriber",
])
def test_no_person_elsewhere(text):
    assert found(text) == []
