import pytest

from proxy.detection.engine import DetectionEngine
from proxy.detection.recognizers.mrn_recognizer import MrnRecognizer

ENGINE = DetectionEngine([MrnRecognizer()])


def found(text, entity="MRN"):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.entity_type == entity]


@pytest.mark.parametrize("text,expected", [
    ("MRN: 00123456", "00123456"),
    ("MRN 1234567", "1234567"),
    ("MR# 7654321", "7654321"),
    ("MR #: A1234567", "A1234567"),
    ("Med Rec No. 555123", "555123"),
    ("medical record number 99887766", "99887766"),
    ("Medical Record #: 12-345-678", "12-345-678"),
    ("chart # 4455667", "4455667"),
    ("mrn is 3344556", "3344556"),
    ("MRN for this patient is 00987654", "00987654"),
    ("MRN: 99214", "99214"),  # a strong label wins over the CPT shape
])
def test_mrns_are_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "MRN: pending",
    "medical record reviewed",
    "CPT 99214 billed",
    "Dx E11.9",
    "chart reviewed on 3 visits",
    "the medical record shows E11.65",
])
def test_non_mrns(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("DOE, JANE  03/04/1961  00123456\nArrived", "00123456"),
    ("NEGASH, YOHANNES T  July 11, 1978  MR067009\n", "MR067009"),
])
def test_header_column_after_date_of_birth(text, expected):
    assert expected in found(text)


def test_single_space_after_a_date_is_not_a_header_column():
    assert found("seen 03/04/2021 1430 hrs") == []


@pytest.mark.parametrize("text,expected", [
    ("GUMA, THALENTE  28DEC1950  7156858527\nArrival", "7156858527"),
    ("MAZIYA, NOKULUNGA  20115663  DOS: 08/16/2023", "20115663"),
    ("OTIENO, MARGARET  E6039946  DOS: 03/03/2018", "E6039946"),
    ("Acct/MRN: 4455667", "4455667"),
    ("Hosp # 8877665", "8877665"),
    ("EMPI 55667788", "55667788"),
    ("MRN: 00123456\nLab drawn. Specimen labelled 00123456.", "00123456"),
])
def test_more_mrn_forms(text, expected):
    assert expected in found(text)


def test_a_repeated_labelled_mrn_is_an_mrn_every_time():
    text = "MRN: 00123456\nLab drawn. Specimen labelled 00123456."
    assert found(text) == ["00123456", "00123456"]


@pytest.mark.parametrize("text", [
    "DOE, JANE  03/04/1961\nArrived",  # a date of birth in the column is a date
    "SMITH, JOHN  MD  room 4",
    "Potassium, serum  4.1",
])
def test_header_column_negatives(text):
    assert found(text) == []


def test_labelled_mrn_beats_other_readings_in_the_engine():
    from proxy.detection.engine import DetectionEngine

    text = "Discharged home. MRN 7156858527\nMAZIYA, NOKULUNGA  20115663  DOS: 08/16/2023"
    typed = {text[f.start:f.end]: f.entity_type for f in DetectionEngine().analyze(text)}
    assert typed["7156858527"] == "MRN" and typed["20115663"] == "MRN"


@pytest.mark.parametrize("text,expected", [
    ("MRN ............. 04369030\nAccount ......... 178", "04369030"),  # dot leaders
    ("Med Rec No.: 6289 5593\nEnc #: 1", "6289 5593"),  # digit groups after single spaces
    ("ID: 556051479 (MRN)   SZABO, ANNA", "556051479"),  # the label after the value
    ("Patient ID: 0793 8368 (MRN)", "0793 8368"),
    ("Medical Record Number\n6108 0902\nPatient", "6108 0902"),  # the label on the line above
    ("| MRN | Patient | DOB |\n|---|---|---|\n| 18-707552 | Oshodi, Samuel | 5-21-23 |", "18-707552"),
    ("Med Rec No.\tAccount\tPatient\n67-515883\t134-9223887\tSezgin, Destiny", "67-515883"),
    ("pls code - | MRN | Patient |\n|---|---|\n| 592451-4 | Subramanian, Ananya |", "592451-4"),
    # a header may name a code set with its digits ("ICD-10"); the rows under it are still data
    ("| Date | Patient | MRN | CPT | ICD-10 |\n|---|---|---|---|---|\n| 10/02/25 | Alvarez, J | 004418273 | 99213 | E11.65 |",
     "004418273"),
    ("the mrn is 04633681 not 04-092632, sorry", "04-092632"),
    ("duplicate chart merged into 443469-6.", "443469-6"),
    ("M.R.N. 00123456", "00123456"),
    ("Patient identifier: 00123456", "00123456"),
    ("MR: 0012345", "0012345"),
    ("Hosp. No. 1234567", "1234567"),
    ("Name: Maria Lopez   ID: 00123456   DOB 03/04/1961", "00123456"),
    ("Maria Lopez (00123456) seen today", "00123456"),
    ("LOPEZ, MARIA - E1234567", "E1234567"),
    ("Jane Doe | DOB 03/04/1961 | 00123456", "00123456"),
    ("Smith, John | 00123456 | 03/04/1961", "00123456"),
    ("00123456 - DOE, JANE", "00123456"),
])
def test_layouts_beyond_label_and_value(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "MR 2+ with trace TR",  # mitral regurgitation
    "chart review for 2024",  # a chart cue wants a longer number
    "Hospital Course (2019-2020)",
    "Daughter Ann Roe (5824980958) updated",  # a phone number after a relative's name
    "Doe, Jane 2019 visit",
    "Smith, John 03/04/1961",
    "Member: Maria Lopez  ID: W123456789",  # a member's ID field is no record number
    "Pt: SOUZA, CAIO  DOB 05/19/1971  ID# W770119971\nRendering NPI 1234567893",
    "Study ID: 12345678 for pt",
    "| Code | Units |\n|---|---|\n| 99213 | 1 |",
])
def test_layout_negatives(text):
    assert found(text) == []


def test_spaced_groups_stop_before_years_doses_and_codes():
    assert found("MRN 12345678 2019 admit") == ["12345678"]
    assert found("MRN 12345678 10 mg") == ["12345678"]
    assert found("MRN 12345678 99213") == ["12345678"]


@pytest.mark.parametrize("text", [
    "DOE, JANE 19610304", "Jane Doe, 19610304, seen", "19610304 - DOE, JANE",
    "Name: Jane Doe  ID: 19610304  DOB 03/04/1961", "the mrn is 00123456 not 19610304",
])
def test_a_compact_date_beside_a_name_is_no_record_number(text):
    assert "19610304" not in found(text)


@pytest.mark.parametrize("text,expected", [
    ("Maria Lopez / 00123456 / DOB 03/04/1961", "00123456"),
    ("Patient: Maria Lopez\n00123456\nDOB 03/04/1961", "00123456"),
    ("Lopez, Maria [00123456]", "00123456"),
])
def test_record_number_beside_or_under_the_name(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", ["Tylenol Extra Strength (50580045101)", "Lipitor Tablets (0071-0155-23)"])
def test_an_ndc_after_a_drug_name_is_no_record_number(text):
    assert found(text) == []


@pytest.mark.parametrize("text", ["Maria Lopez, 123-45-6789", "DOE, JANE  123-45-6789", "Name: Jane Doe  ID: 123-45-6789"])
def test_an_ssn_shape_beside_a_name_is_left_to_the_ssn_recognizer(text):
    assert found(text) == []


def test_a_year_after_a_labelled_number_is_no_second_number():
    assert found("MRN 00123456, 2019 admit") == ["00123456"]


def test_a_label_glued_in_parentheses_leaves_no_label_behind():
    assert found("SW note - Nadeau, Michel (MRN-995330-9)") == ["995330-9"]


@pytest.mark.parametrize("text, expected", [
    ("HRN: 00482913", "00482913"),
    ("UR number 4829130", "4829130"),
    ("U.R. No. 4482913", "4482913"),
    ("Enterprise ID: E4829130", "E4829130"),
])
def test_record_numbers_under_other_names(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "UR 2 weeks, CPT 99214",
    "hrn 99214",
    "Enterprise plan, ICD-10 E11.9, NDC 0071-0155-23",
])
def test_record_number_label_negatives(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Pt Maria Lopez - E1234567 - seen 3/4/21", "E1234567"),
    ("H&P: LOPEZ, MARIA A  M12345678", "M12345678"),
])
def test_record_number_beside_the_name(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Dx: Smith, John  99214",
    "CPT: Jones, Ann  G0444",
    "Plan: Metformin, Lisinopril  20 mg",
])
def test_labelled_name_columns_leave_codes(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("H&P  LOPEZ, MARIA  00123456  03/04/1961", "00123456"),
    ("H&P  LOPEZ, MARIA  MR482913  03/04/1961", "MR482913"),
])
def test_record_number_after_a_titled_name_column(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Meds  Metformin, Lisinopril  2000",
    "Vitals  Temp, Pulse  98.6",
])
def test_titled_columns_without_record_numbers(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("Merge request: duplicate charts 07840053 and 6010252321 for the patient", "6010252321"),
    ("duplicate charts M56253984 and 32649602 merged", "32649602"),
])
def test_second_chart_number_is_an_mrn(text, value):
    from proxy.detection.engine import DetectionEngine
    assert value in [text[f.start:f.end] for f in DetectionEngine().analyze(text) if f.entity_type == "MRN"]


@pytest.mark.parametrize("text, entity", [
    ("Pt: LOPEZ, MARIA 6017252321 DOS 3/4/2024", "MRN"),
    ("pt Maria Lopez 6017252321 needs auth", "MRN"),
    ("Patient Maria Lopez 6017252321 called back", "PHONE"),  # a phone word nearby keeps the phone reading
    ("daughter Maria Lopez 6015551234 is the contact", "PHONE"),
    ("Pt Maria Lopez 123-45-6789", "SSN"),
])
def test_number_after_patient_name(text, entity):
    from proxy.detection.engine import DetectionEngine
    assert entity in [f.entity_type for f in DetectionEngine().analyze(text) if text[f.start:f.end][0].isdigit()]


@pytest.mark.parametrize("text", [
    "STAFFING 05/11/2024\n2300-0730  Julie Petersen, CNA  bed 31B\n",  # shift hours before a name column
    "0700-1900  Okafor, Blessing  room 220",
    "1900-0730 - Ruiz, Ana  Pod A",
])
def test_shift_hours_before_a_name_are_no_record_number(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("00481923  Okafor, Blessing  DOB 04/05/1961", "00481923"),  # a record number still opens such a row
])
def test_record_number_before_a_name_column_stays(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text,expected", [
    ("pls merge 6361-0398 into E1520112 (gall)", ["6361-0398", "E1520112"]),  # a chart merge names two MRNs
    ("merge MRN 00590355 with 9365740390", ["00590355", "9365740390"]),
])
def test_chart_merge_names_two_record_numbers(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "merge 2 into 1 bag",  # no record-number shape
    "merge 99213 with 99214?",  # codes
    "merged the claim lines into one",
])
def test_merges_without_record_numbers(text):
    assert found(text) == []


def test_a_second_header_row_starts_a_new_table():
    text = ("Name | MRN | DOB | Room\nSMITH, JOHN | 00123456 | 01/02/1950 | bed 1A\n"
            "Acct | Payer ID | Svc date | CPT\n418801554613 | W332957720 | 03/20/2018 | 47562\n")
    assert found(text) == ["00123456"]  # the payer ID under the second header is no MRN


def test_a_data_row_of_words_keeps_the_first_header():
    text = "MRN | Name | Unit\nMR123456 | Ruiz, Ana | ICU\nMR654321 | Okafor, Ike | Ward B\n"
    assert found(text) == ["MR123456", "MR654321"]
