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


@pytest.mark.parametrize("text,expected", [
    ("Account ......... 3865032069\nDOB", "3865032069"),  # dot leaders
    ("MRN        | ENC        | NAME\n12345678 | V184-31308 | DOE, JANE\n", "V184-31308"),
    ("| MRN | Patient | DOB | Acct |\n|---|---|---|---|\n| 1234567 | Roe, Ann | 5-21-23 | 065-3903029 |", "065-3903029"),
    ("Enc # 82-31651875\nSame stay as 82-31651875.", "82-31651875"),
    ("0042117889 (acct)", "0042117889"),
])
def test_columns_leaders_and_repeats(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "| Acct | CPT |\n|---|---|\n| pending | 99213 |",
    "Visit 2 of 3 on 03/04/2024",
])
def test_column_negatives(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Acct/MRN: 5566778 / 00123456", {"5566778": "ACCOUNT_ID", "00123456": "MRN"}),
    ("MRN/Acct 00123456/5566778", {"00123456": "MRN", "5566778": "ACCOUNT_ID"}),
    ("MRN / FIN# E1234567/123456789", {"E1234567": "MRN", "123456789": "ACCOUNT_ID"}),
    ("Dx/CPT: E11.9 / 99213", {}),
])
def test_a_pair_of_labels_types_each_value_in_order(text, expected):
    typed = {text[f.start:f.end]: f.entity_type for f in DetectionEngine().analyze(text)}
    assert typed == expected


@pytest.mark.parametrize("text,expected", [
    ("Adm # 1234567890", "1234567890"),
    ("Guarantor # 123456789", "123456789"),
    ("the 3/4 encounter (1234567890) was denied", "1234567890"),
    ("Account [123456789]", "123456789"),
])
def test_more_account_labels(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", ["Visit (2 of 3)", "Claim (CPT 99213)", "Encounter (03/04/2024)"])
def test_a_parenthesis_after_a_label_needs_an_id(text):
    assert found(text) == []


@pytest.mark.parametrize("text", ["Visit Mar-2024", "Encounter (Mar-2024)", "visit 20240304"])
def test_a_date_after_a_visit_label_is_no_account(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("FL3a PAT CNTL # PCN77792496", "PCN77792496"),
    ("Visit Patient Control No. 63288143580.", "63288143580"),
    ("Box 26: G6754812 | Box 21A: S3803XS", "G6754812"),
    ("Account ending in 0636. City on file", "0636"),
    ("acct ending xxxx-4821", "4821"),
    ("Guar Acct 94461.629\nGuarantor", "94461.629"),
    ("Visit Invoice # 95384.948.", "95384.948"),
])
def test_claim_form_and_masked_accounts(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Acct balance 1234.56 due",
    "Box 26: 99213",
    "Box 21A: S3803XS",
    "CPT 99214, ICD-10 E11.9, NDC 0071-0155-23",
    "Account reviewed, K 4.2, BP 120/80",
    "Patient control of glucose improved, A1c 7.2%",
])
def test_claim_form_negatives(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("TCN 4829130123", "4829130123"),
    ("Claim control # 20240311222", "20240311222"),
    ("Payer claim control number 20240311222", "20240311222"),
    ("Remit # 4829130", "4829130"),
    ("EOB # 4829130", "4829130"),
    ("Hospital Account Record 4829130", "4829130"),
])
def test_claim_control_and_remit_numbers(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "EOB shows 99214 denied",
    "tcn 99213",
    "remit to PO Box 4411",
    "the remit 4 lines, HCPCS J1885",
])
def test_claim_control_negatives(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("bo murphy 610304132524 still in dnb?", "610304132524"),  # a number in a billing work queue
    ("uma andreasen 7137-194-0491 still in dnb?", "7137-194-0491"),
    ("E1234567 is stuck on bill hold", "E1234567"),
    ("acct 55512345 still in DNFB", "55512345"),
])
def test_numbers_in_billing_queues_are_accounts(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", ["Metformin 1000 on hold", "heparin 5000 units on hold", "BP 120 on hold",
                                  "tube feeds 1200 on hold", "Rx #27131481 on hold"])
def test_doses_on_hold_are_no_accounts(text):
    assert found(text) == []
