import pytest

from proxy.detection.medical_codes import (
    CODE,
    MedicalCodeGuard,
    id_label_before,
    is_icd10cm,
    is_npi,
    loinc_ok,
)
from proxy.detection.recognizer import TextView

GUARD = MedicalCodeGuard()


def protected(text):
    return [text[s.start:s.end] for s in GUARD.spans(TextView(text)) if s.kind == CODE]


@pytest.mark.parametrize("code,ok", [
    ("E11.9", True), ("E119", True), ("e11.9", True), ("E11", True), ("F41.1", True), ("S72.001A", True),
    ("Z99.89", True), ("E11.99999", False), ("U99", False), ("99214", False), ("1", False), ("A00-A09", False),
])
def test_icd10cm_uses_the_official_code_set(code, ok):
    assert is_icd10cm(code) is ok


@pytest.mark.parametrize("npi,ok", [("1234567893", True), ("1234567890", False), ("6175551234", False), ("123456789", False)])
def test_npi_luhn_over_80840(npi, ok):
    assert is_npi(npi) is ok


@pytest.mark.parametrize("code,ok", [
    ("4548-4", True), ("2345-7", True), ("718-7", True), ("2160-0", True), ("17861-6", True), ("4548-5", False),
])
def test_loinc_check_digit(code, ok):
    assert loinc_ok(code) is ok


@pytest.mark.parametrize("text,code", [
    ("Dx E11.9 and F41.1", "E11.9"),
    ("Dx E11.9 and F41.1", "F41.1"),
    ("coded E119", "E119"),
    ("PCS 0DTJ4ZZ", "0DTJ4ZZ"),
    ("procedure 0210093", "0210093"),
    ("CPT 99214-25", "99214-25"),
    ("93000", "93000"),
    ("3074F", "3074F"),
    ("0042T", "0042T"),
    ("0001U", "0001U"),
    ("HCPCS J1100 and G0008", "J1100"),
    ("99213 -59", "99213 -59"),
    ("modifier 59 and LT", "modifier 59 and LT"),
    ("NDC 0002-7510-01", "0002-7510-01"),
    ("12345-678-90", "12345-678-90"),
    ("50090-4321-1", "50090-4321-1"),
    ("NDC 00002751001", "NDC 00002751001"),
    ("LOINC 4548-4", "4548-4"),
    ("MS-DRG 470", "MS-DRG 470"),
    ("NPI 1234567893", "NPI 1234567893"),
    ("rendering 1234567893", "1234567893"),
    ("Taxonomy 207Q00000X", "207Q00000X"),  # a provider type, a plan's processor, a lab: no patient's
    ("billed under taxonomy 363LF0000X", "363LF0000X"),
    ("Rx BIN 004336 PCN ADV", "Rx BIN 004336"),
    ("CLIA 05D0642827", "CLIA 05D0642827"),
    ("office visit 99214", "99214"),  # a record noun before a CPT shape stays a code...
    ("claim 99213 denied", "99213"),
    ("dispensed 0002-7510-01 per order", "0002-7510-01"),
    ("PHARMACY CALL NOTE\nInsurance rejected 79547705901, PA needed.\nRPh: on file", "79547705901"),
    ("pt at 12 Oak St for 99213", "99213"),
    ("12 Oak St Suite 4 billed 99213", "99213"),
])
def test_codes_are_protected(text, code):
    assert code in protected(text)


@pytest.mark.parametrize("text,value", [
    ("Member ID: 99214", "99214"),
    ("MRN 12345", "12345"),
    ("Boston, MA 02115", "02115"),
    ("zip 93000", "93000"),
    ("ZIP+4 52589. dob", "52589"),
    ("1412 w elm apt 3, Fresno 93701", "93701"),
    ("11657 n church dr lot 8 gadsden 80109", "80109"),
    ("she lives in 97201 now", "97201"),
    ("phone 2345678903", "2345678903"),
    ("claim # E1100", "E1100"),
    ("4548-5", "4548-5"),  # wrong LOINC check digit
    ("B123456", "B123456"),  # all digits after the section letter: not a PCS shape we trust
    ("Member ID: 123A45678X", "123A45678X"),  # a label makes a taxonomy shape an ID
    ("| Member ID |\n| 62D3749092 |", "62D3749092"),  # without its label a CLIA shape is anyone's ID
    ("| ID |\n| 207Q00000X |", "207Q00000X"),
    ("Encounter 4471-0093-22 | Guarantor", "4471-0093-22"),  # ...but before an NDC's 4-4-2 it names an ID
    ("visit 12345-678-90 closed", "12345-678-90"),
    ("claim 00093714656 paid", "00093714656"),
])
def test_labelled_or_invalid_values_are_not_protected(text, value):
    assert value not in " ".join(protected(text))


@pytest.mark.parametrize("left,labelled", [
    ("Member ID: ", True), ("MRN ", True), ("Acct #", True), ("ref no. ", True),
    ("CPT ", False), ("Dx: ", False), ("codes ", False), ("billed ", False), ("", False),
])
def test_id_label_before(left, labelled):
    text = (left + "99214").lower()
    assert id_label_before(text, len(left)) is labelled


@pytest.mark.parametrize("text,span", [
    ("metoprolol 25 mg", "25 mg"),
    ("BP 120/80", "BP 120/80"),
    ("GCS 3/15", "GCS 3/15"),
    ("3/4 strength", "3/4 strength"),
    ("for 3 days", "3 days"),
    ("in 2019", "2019"),
    ("lives in Texas", "Texas"),
])
def test_clinical_quantities_are_protected(text, span):
    assert span in [text[s.start:s.end] for s in GUARD.spans(TextView(text))]


def test_a_slash_word_is_no_vital_label():
    text = "Surgery POD#2 (s/p 11/10). P 88"
    spans = [text[s.start:s.end] for s in GUARD.spans(TextView(text))]
    assert "P 88" in spans and not any("11/10" in s for s in spans)


def test_age_is_not_a_duration():
    text = "92 years old"
    assert [text[s.start:s.end] for s in GUARD.spans(TextView(text))] == []


def test_spans_are_cached_on_the_view():
    view = TextView("CPT 99214")
    assert GUARD.spans(view) is GUARD.spans(view)


def test_shipped_icd10cm_list_is_the_official_package_set():
    import warnings

    from proxy.detection.medical_codes import _icd10cm_codes

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import simple_icd_10_cm as cm
    official = {c for c in cm.get_all_codes(with_dots=False) if "-" not in c and len(c) >= 3}
    assert _icd10cm_codes() == official and len(official) > 90_000


@pytest.mark.parametrize("text", ["Patient: GAYNARD, KIRSTIN   DOB: 10/14/04", "PATIENT: BRANDHG, LUCY"])
def test_seven_capital_letters_are_not_a_pcs_code(text):
    from proxy.detection.recognizer import TextView

    assert [s for s in MedicalCodeGuard().spans(TextView(text)) if s.kind == "code"] == []
