import pytest

from proxy.detection.engine import DetectionEngine
from proxy.detection.recognizers.date_recognizer import DateRecognizer

ENGINE = DetectionEngine([DateRecognizer()])


def found(text):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.entity_type == "DATE"]


@pytest.mark.parametrize("text,expected", [
    ("DOB 03/04/1961.", "03/04/1961"),
    ("born 3-4-61 in", "3-4-61"),
    ("admitted 3.4.1961", "3.4.1961"),
    ("seen 3/4 for f/u", "3/4"),
    ("on 12/25 she fell", "12/25"),
    ("surgery March 4th", "March 4th"),
    ("surgery march 4th", "march 4th"),
    ("on 4 Mar 2021 pt", "4 Mar 2021"),
    ("DOS 2021-03-04", "2021-03-04"),
    ("ts 2021-03-04T14:30:00Z end", "2021-03-04T14:30:00Z"),
    ("seen Mar. 4 by", "Mar. 4"),
    ("seen Mar. 4, 2021 by", "Mar. 4, 2021"),
    ("returns on the 14th.", "on the 14th"),
    ("Monday, March 4 visit", "Monday, March 4"),
    ("at 03/04/2021 14:30 pt", "03/04/2021 14:30"),
    ("on 03/04/2021 at 2:30 PM he", "03/04/2021 at 2:30 PM"),
    ("3/4/21 1430 pt seen", "3/4/21 1430"),
    ("the 4th of March", "the 4th of March"),
    ("04-MAR-2021 labs", "04-MAR-2021"),
    ("since March 2021", "March 2021"),
    ("dx in 11/2019 at", "11/2019"),
    ("DOB: 19610304", "19610304"),
    ("seen May 4th", "May 4th"),
    ("Jan 5, '21 visit", "Jan 5, '21"),
    ("died 25th December 2020", "25th December 2020"),
])
def test_dates_are_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "diagnosed in 2019 with",
    "for 3 days",
    "metoprolol 25 mg twice daily",
    "3/4 strength",
    "BP 120/80",
    "GCS 3/15",
    "pain 7/10",
    "motor 5/5 bilaterally",
    "take 1/2 tab",
    "CPT 99214 billed",
    "99214",
    "the 5th percentile",
    "the 4th ventricle",
    "for the 3rd time",
    "Dx E11.9, I10",
    "may be 4 hours",
    "dec 3 cm in size",
    "LOINC 4548-4",
])
def test_non_dates_are_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("DOS 02/03/24-02/05/24 inpatient", ["02/03/24", "02/05/24"]),
    ("admitted 01-02-2024 @ 0300 via ED", ["01-02-2024 @ 0300"]),
    ("signed out on May. 8", ["May. 8"]),
    ("Date of service: 2/2", ["2/2"]),
    ("Death pronounced 1/15 at bedside", ["1/15"]),
])
def test_ranges_times_and_cues(text, expected):
    assert found(text) == expected


def test_ambiguous_ratio_without_a_cue_is_not_a_date():
    assert found("blood cultures 2/2 positive") == []


@pytest.mark.parametrize("text,expected", [
    ("Signed: TADEUSZ DROBOT PA-C  4/4\n", "4/4"),
    ("Electronically signed by Ana Ruiz, MD on 5/5", "5/5"),
])
def test_signature_line_dates(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Signed consent; strength 4/4 bilaterally",
    "signed. pain 5/5",
])
def test_signature_cue_does_not_override_scores(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Counselled Mar-15-19.", "Mar-15-19"),
    ("3. BIRTH DATE Jan-16-76", "Jan-16-76"),
    ("seen MAR-03-2024 in clinic", "MAR-03-2024"),
    ("Next visit 16th of December. Denise Parker, LPN", "16th of December"),
    ("born on the 3rd of May, 1950", "3rd of May, 1950"),
    ("Seen on the 22nd of May.", "22nd of May"),  # the sentence's full stop stays outside
    ("inpatient Mar 4-6, then SNF", "Mar 4-6"),  # a range in one month is one date
    ("Mrs. Cruz, seen Mar 4-6.", "Mar 4-6"),
    ("stay June 3rd-5th, 2025 at Mercy", "June 3rd-5th, 2025"),
    ("DOS 3/4-3/6/2021 billed as one claim", "3/4"),  # a month/day opening a range to a full date
    ("Surgery POD#2 (s/p 11/10).", "11/10"),
    ("statement Mar-2024 attached", "Mar-2024"),
    ("Visits on the 13th and the 8th; pt stable", "the 8th"),
    ("Patient message (5/5): hi", "5/5"),
    ("filled 5/6. Pt picks up", "5/6"),
])
def test_probe_places2_date_forms(text, expected):
    assert any(expected in f for f in found(text))


@pytest.mark.parametrize("text", [
    "the 4th and the 5th ribs are fractured",
    "the 2nd and 3rd toes",
    "strength 5/5 bilaterally",
    "CPT 99214-25, ICD-10 M54.5",
    "NDC 0071-0155-23",
    "LOINC 2345-7",
    "dose 5 mg on day 3",
    "strength 3/5-4/5 in the legs",
    "Shift: 1/2 done, 3/4 complete by noon",
])
def test_date_forms_leave_ordinals_scores_and_codes(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("HANDOFF 0645-1915 2/10\nroom 212 - Mr Evans", "2/10"),  # after shift hours heading a hand-off
    ("Assignments 12/15\nCharge (7a-7p): Vasana", "12/15"),  # a staffing board's heading
    ("HH visit for Mrs. van Dijk, ep 2/4-3/11", "3/11"),  # the second date of an episode range
    ("HH visit for Mrs. van Dijk, ep 2/4-3/11", "2/4"),
    ("PA CALL LOG\n3/4 10:42 called the plan", "3/4"),  # a clock time after it
])
def test_month_day_on_boards_ranges_and_call_logs(text, expected):
    assert any(expected in f for f in found(text))


@pytest.mark.parametrize("text", [
    "strength 4/5 in the shift",
    "pain 7/10 at 10:42",  # a score stays a score, even with a time after it
    "GCS 13/15 after 0700-1900 shift",
    "Assignments 5/5 complete",  # a heading word, but the fraction does not end the heading line
])
def test_scores_near_shift_hours_stay_scores(text):
    assert found(text) == []
