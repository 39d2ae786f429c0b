import pytest

from proxy.detection.engine import DetectionEngine
from proxy.detection.recognizers.other_id_recognizer import OtherIdRecognizer

ENGINE = DetectionEngine([OtherIdRecognizer()])


def found(text, entity="OTHER_ID"):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.entity_type == entity]


@pytest.mark.parametrize("text,expected", [
    ("ID: 4455667", "4455667"),
    ("Patient ID AB-99812", "AB-99812"),
    ("Accession S21-12345", "S21-12345"),
    ("specimen # SP-21-00456", "SP-21-00456"),
    ("order #88771234", "88771234"),
    ("ref 7788990011", "7788990011"),
    ("Case No. 2021-4455", "2021-4455"),
    ("Case No. 0700-1900", "0700-1900"),  # time-shaped, but a label says it is a number
    ("unlabelled 8877665544332 here", "8877665544332"),
    ("token X7K9P2Q48 here", "X7K9P2Q48"),
    ("passport number 556677889", "556677889"),
])
def test_other_ids_are_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "CPT 99214",
    "Dx E11.9, S72.001A",
    "PCS 0DTJ4ZZ",
    "NPI 1234567893",
    "platelets 250000",
    "viral load 150000 copies/mL",
    "HbA1c 7.2%",
    "COVID-19 and SARS-CoV-2",
    "1000mg daily",
    "dispense #30",
    "NDC 00002751001",
    "LOINC 4548-4",
    "in 2021",
    "NURSING NOTE 0700-1900: pt resting",  # a shift, not a number
    "night shift 1900 - 0730",
])
def test_non_ids(text):
    assert found(text) == []


def test_icd_codes_in_a_comma_list_without_spaces_are_untouched():
    from proxy.detection.registry import default_recognizers

    engine = DetectionEngine(default_recognizers())
    text = "CPT 71046-95 Dx S42412K,M84332K POS 22"
    assert engine.analyze(text) == []


def test_form_names_are_not_ids():
    assert found("CMS-1500 box 21, UB-04 FL 67") == []


def test_a_label_glued_to_its_value_is_left_to_the_id_recognizer():
    # "MRN-995330-9": OTHER_ID must not read the whole token, or "MRN" alone survives as an ID
    assert found("SW note (MRN-995330-9)") == []


def test_an_area_code_in_parentheses_is_no_labelled_number():
    assert "730" not in found("her number is (730) 674-4169")


@pytest.mark.parametrize("text,expected", [
    ("Maria Lopez / 00123456 / DOB 03/04/1961", ["00123456"]),  # spaced slashes separate fields
    ("platelets 250000/uL", []),  # a count per volume
])
def test_slash_after_a_number(text, expected):
    assert found(text) == expected


def test_hash_is_no_context_for_itself():
    from proxy.detection.recognizer import TextView
    r = OtherIdRecognizer()
    scores = [f.score for f in r.analyze(TextView("SMITH, ANN  #00123456"))]
    assert scores and max(scores) < 0.9  # below a name-column MRN reading; "case #00123456" keeps its boost
    assert max(f.score for f in r.analyze(TextView("case #00123456"))) >= 0.9


@pytest.mark.parametrize("text", [
    "PA for Remicade (46732829445) submitted",  # an 11-digit NDC in brackets after its drug
    "Norco (02855809009) x30",
])
def test_bracketed_ndc_is_no_identifier(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Ref 46732829445 for the call", "46732829445"),  # the same digits unbracketed stay an identifier
    ("Rx #(4673282944) on hold", "4673282944"),
])
def test_eleven_digits_outside_brackets_stay(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", ["ERM  401 402 403", "Nurse B  404 405 406 407"])
def test_a_block_of_rooms_is_no_identifier(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [("Ref 401 555 903 on file", "401 555 903"), ("ID 123 456 789", "123 456 789")])
def test_spaced_numbers_that_do_not_count_up_stay(text, expected):
    assert expected in found(text)
