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


@pytest.mark.parametrize("text, expected", [
    ("Iris code ref BIO-04435-4", "BIO-04435-4"),
    ("Finger scan ID RET69791177 retired.", "RET69791177"),
    ("Palm-vein registration: Template ID IRJS156033", "IRJS156033"),
    ("BIOMETRIC ENROLLMENT LOG\nEnrolment record BIO-99248-1", "BIO-99248-1"),
    ("Biometric enrollment no. AD08D0D50DB2 | site", "AD08D0D50DB2"),
])
def test_biometric_template_labels(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Note template ID 44821 used for the visit",
    "Enrollment record 2024-001 for the study",
    "fingerprint rash, CPT 11102, ICD-10 L30.9",
])
def test_templates_without_biometric_words(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("vein scan ID 4471221", "4471221"),
    ("fingerprint on file: FP-77123", "FP-77123"),
    ("right thumb template 4471-AB", "4471-AB"),
])
def test_more_biometric_kinds(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text, expected", [
    ("verified by fingerprint match FP-1234-567", "FP-1234-567"),
    ("thumbprint verified, ref 1234-5678", "1234-5678"),
    ("biometric login 3f9a8b7c6d5e4f30", "3f9a8b7c6d5e4f30"),
])
def test_ids_a_few_words_after_a_biometric_kind(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "retinal scan 2019 normal",
    "iris scan shows 12345 lesions",
    "fingerprint scan of ICD-10 Z01.89, CPT 92250",
    "retinal exam, NDC 0071-0155-23, LOINC 2345-7",
])
def test_biometric_words_without_ids(text):
    assert found(text) == []
