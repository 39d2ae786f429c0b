import pytest

from proxy.detection.engine import DetectionEngine
from proxy.detection.recognizers.license_recognizer import LicenseRecognizer

ENGINE = DetectionEngine([LicenseRecognizer()])


def found(text, entity="LICENSE_ID"):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.entity_type == entity]


@pytest.mark.parametrize("text,expected", [
    ("DEA AB1234563", "AB1234563"),
    ("prescriber BJ6125341 signed", "BJ6125341"),
    ("DEA # AB1234560", "AB1234560"),  # labelled: checksum not required
    ("License #: MD123456", "MD123456"),
    ("state licence no. 0101234567", "0101234567"),
    ("Driver's license: D1234-5678-9012", "D1234-5678-9012"),
    ("DL S530-4417-8812", "S530-4417-8812"),
    ("RN license 9876543", "9876543"),
    ("death certificate no. 2021-001234", "2021-001234"),
    ("Lic# E11", "E11"),
])
def test_licences_are_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "E11 without complications",
    "Dx E11.9, F41.1",
    "AB1234560 unlabelled bad checksum",
    "glucose 5.5 mmol/L 12 dL",
    "licensed practical nurse",
    "cert reviewed",
])
def test_non_licences(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Photo ID: DL 392 849 727 on file", "392 849 727"),
    ("DEA MZ6176982, Lic. G 44881", "G 44881"),
    ("Lic # 44.679507", "44.679507"),
])
def test_spaced_and_dotted_licence_numbers(text, expected):
    assert expected in found(text)
