from datetime import date

import pytest

from proxy.policy.dates import date_keys, shift_dates


@pytest.mark.parametrize("text, shifted", [
    ("03/10", "03/24"),
    ("3/4", "3/18"),
    ("03/10/2024", "03/24/2024"),
    ("12/25/23", "01/08/24"),
    ("2024-03-10", "2024-03-24"),
    ("20240310", "20240324"),
    ("March 4th", "March 18th"),
    ("MARCH 4TH", "MARCH 18TH"),
    ("march 21st", "april 4th"),
    ("Mar. 4, 2024", "Mar. 18, 2024"),
    ("4 March 2024", "18 March 2024"),
    ("4th of March", "18th of March"),
    ("Dec 25", "Jan 8"),
    ("31/12/2024", "14/01/2025"),
    ("admitted 03/10, discharged 03/14", "admitted 03/24, discharged 03/28"),
    ("Mar 4-6", "Mar 18-20"),  # a range in one month moves whole
    ("June 3rd-5th, 2025", "June 17th-19th, 2025"),
    ("Mar 20-22", "Apr 3-5"),
])
def test_shift_keeps_the_exact_format(text, shifted):
    assert shift_dates(text, 14) == shifted
    assert shift_dates(shifted, -14) == text


def test_weekday_moves_with_the_date():
    # 2024-03-04 was a Monday; 10 days later is a Thursday.
    assert shift_dates("Monday, March 4, 2024", 10) == "Thursday, March 14, 2024"
    assert shift_dates("Mon 3/4/2024", 10) == "Thu 3/14/2024"


@pytest.mark.parametrize("offset", [-180, -31, -14, 14, 45, 180])
def test_intervals_survive_any_offset(offset):
    admitted, discharged = "02/26/2024", "03/02/2024"  # across a leap day: 5 days
    a, d = shift_dates(admitted, offset), shift_dates(discharged, offset)
    as_date = lambda s: date(int(s[6:]), int(s[:2]), int(s[3:5]))
    assert (as_date(d) - as_date(a)).days == 5
    assert (as_date(a) - as_date(admitted)).days == offset


def test_month_and_year_only_moves_by_the_offset_from_mid_month():
    assert shift_dates("March 2024", 20) == "April 2024"
    assert shift_dates("March 2024", 10) == "March 2024"


def test_text_without_a_readable_date_is_none():
    assert shift_dates("the morning after", 14) is None
    assert shift_dates("13/13/2024", 14) is None


def test_a_range_shifted_over_a_months_end_names_both_months():
    assert shift_dates("Mar 26-30", 5) == "Mar 31-Apr 4"


def test_a_month_left_unshifted_makes_the_whole_span_unreadable():
    # "March 2021 and Mar": the second month would go out as written, telling the real month
    assert shift_dates("March 2021 and Mar", 78) is None
    assert shift_dates("Nov 18th at 7:30", 14) == "Dec 2nd at 7:30"  # a time left as written is fine


def test_date_keys_read_any_format():
    assert date_keys("03/10/2024 and March 4th") == {(2024, 3, 10), (None, 3, 4)}
