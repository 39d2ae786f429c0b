import pytest

from proxy.detection.engine import DetectionEngine
from proxy.detection.recognizers.zip_recognizer import ZipCodeRecognizer

ENGINE = DetectionEngine([ZipCodeRecognizer()])


def found(text, entity="ZIP_CODE"):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.entity_type == entity]


@pytest.mark.parametrize("text,expected", [
    ("Boston, MA 02115", "02115"),
    ("Address: 221 King St W, Toronto, ON M5H 1K5", "M5H 1K5"),
    ("visiting her son in Leeds, UK (postcode LS1 4AP).", "LS1 4AP"),
    ("PID|1||7734120^^^MRN^MR||DOE^JANE||19481102|F|||212 Pine St^^Scranton^PA^18503||", "18503"),  # HL7 address
    ("Columbus, Ohio 43210", "43210"),
    ("Austin TX 78701-1234", "78701-1234"),
    ("ZIP: 99214", "99214"),  # labelled: a ZIP even though it is shaped like a CPT code
    ("zip code 10001", "10001"),
    ("mail to 60614-2231", "60614-2231"),
    ("New York, NY 10001", "10001"),
])
def test_zips_are_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "CPT 99214",
    "billed 93000 and 99213",
    "E/M 99214-25",
    "NDC 12345-6789-01",
    "in 2021",
    "OR 93000 time",
    "PCS 0SR9019 and 02703DZ, HCPCS A4253",  # codes are not Canadian postal codes
    "Dx L03.115, E11 9A, CPT 10060",
    "LS1 4AP",  # a UK shape without a postcode or British word stays
])
def test_non_zips(text):
    assert found(text) == []


@pytest.mark.parametrize("text", ["Head CT 70450 ordered", "PA 99213 visit", "MD 99214"])
def test_clinical_lookalike_state_abbreviations_need_a_city(text):
    assert found(text) == []


def test_lookalike_state_after_a_city_is_a_zip():
    assert found("Portland, OR 97201") == ["97201"]


@pytest.mark.parametrize("text, expected", [
    ("N4*Lincoln*Ohio*04481~ EB*1**30~", "04481"),
    ("N4*Kent*WA*98032-1234~", "98032-1234"),
])
def test_x12_address_segment(text, expected):
    assert expected in found(text)


def test_x12_without_n4_is_no_zip():
    assert found("SV1*HC:99214*125*UN*1~") == []


@pytest.mark.parametrize("text, expected", [
    ("new address is 1890 S old mill ln bldg 8b north michael 75767", "75767"),
    ("Mail to 3921 e juniper trlr 30, Coxmouth 35148. NYHA", "35148"),
    ("il to 18816 second Ave apt. 3a, Passaic 77141. Next", "77141"),
    ("address on file 25411 aspen ridge st unit 8a; ZIP+4 52589. dob", "52589"),
    ("she lives in 97201 now", "97201"),
    ("mail to PO Box 44, Springfield 17096", "17096"),
])
def test_zip_after_a_street_and_town_or_a_residence_phrase(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", ["pt at 12 Oak St for 99213", "PO Box 12, billed 99213", "12 Oak St Suite 4 billed 99213", "lives with 2 kids, 99213"])
def test_codes_after_a_street_stay_codes(text):
    assert found(text) == []
