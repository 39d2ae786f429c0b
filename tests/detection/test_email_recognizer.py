import pytest

from proxy.detection.engine import DetectionEngine
from proxy.detection.recognizers.email_recognizer import EmailRecognizer

ENGINE = DetectionEngine([EmailRecognizer()])


def found(text, entity="EMAIL"):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.entity_type == entity]


@pytest.mark.parametrize("text,expected", [
    ("email jdoe@example.com.", "jdoe@example.com"),
    ("<mary.o'neil+pt@mail.health-system.org>", "neil+pt@mail.health-system.org"),
    ("J.Smith_22@Hospital.ORG", "J.Smith_22@Hospital.ORG"),
    ("reach me at jdoe at example dot com", "jdoe at example dot com"),
])
def test_emails_are_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", ["@mention in chat", "a@b", "look at example", "E11.9 @ 10 mg"])
def test_non_emails(text):
    assert found(text) == []
