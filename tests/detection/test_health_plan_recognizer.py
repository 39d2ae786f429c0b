import pytest

from proxy.detection.engine import DetectionEngine
from proxy.detection.recognizers.health_plan_recognizer import HealthPlanIdRecognizer

ENGINE = DetectionEngine([HealthPlanIdRecognizer()])


def found(text, entity="HEALTH_PLAN_ID"):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.entity_type == entity]


@pytest.mark.parametrize("text,expected", [
    ("Member ID: W123456789", "W123456789"),
    ("member # XJH4455667", "XJH4455667"),
    ("Subscriber ID 889900112", "889900112"),
    ("Group #: 0012345", "0012345"),
    ("Policy number: PX-7788-991", "PX-7788-991"),
    ("MBI 1EG4-TE5-MK73", "1EG4-TE5-MK73"),
    ("Medicare 1EG4TE5MK73 active", "1EG4TE5MK73"),
    ("Medicaid ID: 12345678A", "12345678A"),
    ("Medicaid # 0987654321", "0987654321"),
    ("Member ID: 99214", "99214"),
    ("insurance ID BCX1234567", "BCX1234567"),
])
def test_plan_ids_are_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "member of the care team",
    "group therapy 2x/week",
    "Group B strep negative",
    "policy reviewed in 2021",
    "CPT 99214, HCPCS J1100",
    "1SG4-TE5-MK73",  # S is never used in an MBI
    "Medicare covers E11.9",
])
def test_non_plan_ids(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [("MCD 96400092Y", "96400092Y"), ("Recipient ID: 7293977316", "7293977316")])
def test_medicaid_abbreviations(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text,expected", [
    ("Primary ins: Blue Cross  ID# H8562091962  Group 88120", "H8562091962"),
    ("Insurance: Aetna ID: W123456789", "W123456789"),
    ("Secondary: Medicaid  ID 288599798-01", "288599798-01"),
])
def test_id_on_a_payer_line(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Wilkes-Barre General Medical Group\n9778 East Sycamore St",  # "Group" ends a facility name
    "Plan: follow up in ID clinic in 2 weeks",
    "Insurance verified; CPT 99214 billed",
])
def test_payer_and_group_negatives(text):
    assert found(text) == []


def test_payer_line_id_is_typed_health_plan_in_the_engine():
    from proxy.detection.engine import DetectionEngine

    text = "Primary ins: Blue Cross  ID# SS2199812  Group 88120\n"
    typed = {text[f.start:f.end]: f.entity_type for f in DetectionEngine().analyze(text)}
    assert typed["SS2199812"] == "HEALTH_PLAN_ID"


@pytest.mark.parametrize("text,expected", [
    ("Member ID# TSZ528293400 52\nGroup No. Z36504", "TSZ528293400 52"),  # a suffix after a space
    ("Policy No. 4122 0494 237\nDischarge plan", "4122 0494 237"),
    ("Subscriber #\nDQX290888869 25\n", "DQX290888869 25"),  # label on the line above
    ("Mbr ID YEM657077739 08, Grp 00033.", "YEM657077739 08"),
    ("Payer ref 244-16-4491S confirmed", "244-16-4491S"),  # HICN: an SSN shape with a letter
    ("Patient | MRN | Member ID | DOS\nDOE, JANE | 12345678 | W123456789 | 01/02/2020", "W123456789"),
    ("Payer  | ID | Group\nHumana | 104782527G | F66222\n", "104782527G"),  # "ID" in a payer table
    ("Member: Maria Lopez  ID: W123456789", "W123456789"),
    ("Pt: SOUZA, CAIO  DOB 05/19/1971  ID# W770119971\nRendering NPI 1234567893", "W770119971"),
    ("Insurance: Aetna W123456789", "W123456789"),
    ("Medicaid 123456789A", "123456789A"),
    ("Member ID# VLH711263761 36\nThe plan's ID on file, VLH711263761 36, was active", "VLH711263761 36"),
])
def test_layouts_beyond_label_and_value(text, expected):
    assert expected in found(text)


def test_a_repeated_labelled_member_id_keeps_its_type():
    text = "Member ID# VLH7112637\nThe plan's ID on file, VLH7112637, was active"
    assert found(text) == ["VLH7112637", "VLH7112637"]


@pytest.mark.parametrize("text", [
    "Medicare 2024 rules",
    "Humana 99213 billed",  # a CPT code after a payer's name stays a code
    "Aetna 100% covered",
    "Name: Maria Lopez   ID: 00123456   DOB 03/04/1961",  # a patient's ID field is the record number
    "Medicaid pending, E11.9 and I10",
])
def test_layout_negatives(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Blue Cross Blue Shield of Texas PPO W123456789", "W123456789"),
    ("Humana Gold Plus (HMO) XYZ123456789", "XYZ123456789"),
])
def test_a_plan_name_between_payer_and_number(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", ["Medicare Part B 2024", "Medicare Advantage Plan H1036 pays 80%",
                                  "Aetna Better Health 2023 policy"])
def test_plan_names_without_a_member_number(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Medicaid recip 90906469T for Mr. Farah", "90906469T"),  # the abbreviated recipient label
    ("Medicaid recip. DQ83706S; plan says call back", "DQ83706S"),
])
def test_medicaid_recip_label(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "recip 90906469T",  # "recip" alone, with no payer, labels nothing
])
def test_recip_alone_is_no_label(text):
    assert found(text) == []
