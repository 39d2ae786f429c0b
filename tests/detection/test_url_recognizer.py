import pytest

from proxy.detection.engine import DetectionEngine
from proxy.detection.recognizers.url_recognizer import UrlRecognizer

ENGINE = DetectionEngine([UrlRecognizer()])


def found(text, entity="URL"):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.entity_type == entity]


@pytest.mark.parametrize("text,expected", [
    ("see https://mychart.example.org/patient/123?x=1.", "https://mychart.example.org/patient/123?x=1"),
    ("(http://10.0.0.5:8080/pacs)", "http://10.0.0.5:8080/pacs"),
    ("www.janedoe-family.com/photos", "www.janedoe-family.com/photos"),
    ("portal: portal.mercyhealth.org/login", "portal.mercyhealth.org/login"),
    ("blog at johnsmithrecovery.net, ok", "johnsmithrecovery.net"),
    ("ftp://files.example.co.uk/a.pdf", "ftp://files.example.co.uk/a.pdf"),
])
def test_urls_are_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Dr. Smith.MD reviewed",
    "report.pdf attached",
    "e.g. 3.5 mg",
    "i.e. E11.9",
    "jdoe@example.com",
    "St. Louis",
])
def test_non_urls(text):
    assert found(text) == []
