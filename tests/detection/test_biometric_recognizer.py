import pytest

from proxy.detection.engine import DetectionEngine
from proxy.detection.recognizers.biometric_recognizer import BiometricIdRecognizer

ENGINE = DetectionEngine([BiometricIdRecognizer()])


def found(text, entity="BIOMETRIC_ID"):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.entity_type == entity]


@pytest.mark.parametrize("text,expected", [
    ("fingerprint ID: FP-2231-8890", "FP-2231-8890"),
    ("retina scan id RS99887766", "RS99887766"),
    ("voiceprint #VP00123", "VP00123"),
    ("Biometric identifier: BIO-7781-22", "BIO-7781-22"),
    ("iris template 44AB9921", "44AB9921"),
])
def test_biometric_ids_are_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "retinal exam normal",
    "fingerprint rash on 2 digits",
    "voice hoarse x3 days",
    "facial droop 2",
])
def test_non_biometric_ids(text):
    assert found(text) == []
