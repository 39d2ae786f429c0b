import pytest

from proxy.detection.engine import DetectionEngine
from proxy.detection.recognizers.account_recognizer import AccountIdRecognizer

ENGINE = DetectionEngine([AccountIdRecognizer()])


def found(text, entity="ACCOUNT_ID"):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.entity_type == entity]


@pytest.mark.parametrize("text,expected", [
    ("Acct # 987654321", "987654321"),
    ("Account number: 44-5566-77", "44-5566-77"),
    ("Encounter ID: E20210304001", "E20210304001"),
    ("Visit # V123456", "V123456"),
    ("Claim no. 2021030400123", "2021030400123"),
    ("FIN 55667788", "55667788"),
    ("Invoice #INV-00234", "INV-00234"),
    ("CSN: 123456789", "123456789"),
    ("prior auth # PA123456", "PA123456"),
    ("Claim #: 99214 was denied", "99214"),
])
def test_accounts_are_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "account for E11.9",
    "visit 2 of 3",
    "claim denied for CPT 99214",
    "encounter for screening Z13.1",
    "taking into account 10 mg",
])
def test_non_accounts(text):
    assert found(text) == []


def test_a_date_after_the_word_visit_is_not_an_account():
    assert found("Telehealth visit 2024-08-12 for follow-up") == []
