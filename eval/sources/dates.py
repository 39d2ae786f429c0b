"""Dates more specific than a year, in the surface forms found in notes, headers and chat.

Only the identifying part is annotated: in "the 14th" the span is "14th"; a weekday or time next to a
date stays outside the span. Some forms appear only in the held-out split so that it tests formats the
detector was not tuned on.
"""

from __future__ import annotations

import datetime as dt
import random

from eval.builder import Seg, phi, txt

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _forms(d: dt.date) -> dict[str, str]:
    m, day, y = d.month, d.day, d.year
    return {
        "mdY": f"{m:02d}/{day:02d}/{y}",
        "mdY_loose": f"{m}/{day}/{y}",
        "mdy": f"{m}/{day}/{y % 100:02d}",
        "mdy_dash": f"{m}-{day}-{y % 100:02d}",
        "mdY_dash": f"{m:02d}-{day:02d}-{y}",
        "month_dth": f"{MONTHS[m - 1]} {ordinal(day)}",
        "month_d_Y": f"{MONTHS[m - 1]} {day}, {y}",
        "d_mon_Y": f"{day} {ABBR[m - 1]} {y}",
        "iso": f"{y}-{m:02d}-{day:02d}",
        "mon_dot_d": f"{ABBR[m - 1]}. {day}",
        "mon_d": f"{ABBR[m - 1]} {day}",
        "md": f"{m}/{day}",
        "month_Y": f"{MONTHS[m - 1]} {y}",
        "dMONY": f"{day:02d}{ABBR[m - 1].upper()}{y}",
        "d_MON_Y_dash": f"{day:02d}-{ABBR[m - 1].upper()}-{y}",
        "d_month": f"{day} {MONTHS[m - 1]}",
        # held-out only
        "dth_of_month": f"{ordinal(day)} of {MONTHS[m - 1]}",
        "dotted": f"{m:02d}.{day:02d}.{y}",
        "mon_d_apos_y": f"{ABBR[m - 1]} {day} '{y % 100:02d}",
        "compact": f"{y}{m:02d}{day:02d}",
        "month_dth_Y": f"{MONTHS[m - 1]} {ordinal(day)}, {y}",
        "mon_Y_dash": f"{ABBR[m - 1]}-{y}",
    }


HELDOUT_ONLY = ("dth_of_month", "dotted", "mon_d_apos_y", "compact", "month_dth_Y", "mon_Y_dash")
FULL_YEAR = ("mdY", "mdY_loose", "mdy", "mdy_dash", "mdY_dash", "month_d_Y", "d_mon_Y", "iso", "dMONY",
             "d_MON_Y_dash", "dotted", "mon_d_apos_y", "compact", "month_dth_Y")


def styles(split: str, need_year: bool = False) -> tuple[str, ...]:
    names = [s for s in _forms(dt.date(2000, 1, 1)) if split == "heldout" or s not in HELDOUT_ONLY]
    if need_year:
        names = [s for s in names if s in FULL_YEAR]
    return tuple(names)


def random_date(rng: random.Random, first_year: int, last_year: int) -> dt.date:
    start = dt.date(first_year, 1, 1).toordinal()
    end = dt.date(last_year, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def render(d: dt.date, style: str, source: str = "gen") -> list[Seg]:
    if style == "the_dth":
        return [txt("the "), phi(ordinal(d.day), "DATE", source)]
    return [phi(_forms(d)[style], "DATE", source)]


def age_over_89(rng: random.Random, split: str) -> list[Seg]:
    n = str(rng.choice((90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104, 107)))
    forms = [("", "-year-old"), ("", " y/o"), ("", "yo"), ("", " yo"), ("age ", ""), ("aged ", ""),
             ("", " years old"), ("Age: ", ""), ("", " year old"), ("", "F"), ("", " M")]
    if split == "heldout":
        forms += [("", "-yr-old"), ("", " yr old"), ("age: ", " yrs"), ("", "-y.o.")]
    before, after = rng.choice(forms)
    return [txt(before), phi(n, "AGE"), txt(after)] if before else [phi(n, "AGE"), txt(after)]


# probe_places2 only: forms written for that probe (some overlap held-out's in spirit, none in code path).
def probe_forms(d: dt.date) -> dict[str, str]:
    m, day, y = d.month, d.day, d.year
    return {
        "iso": f"{y}-{m:02d}-{day:02d}", "iso_slash": f"{y}/{m:02d}/{day:02d}",
        "mdy2": f"{m}/{day}/{y % 100:02d}", "md": f"{m}/{day}",
        "dth_of_month": f"{ordinal(day)} of {MONTHS[m - 1]}", "mon_dd_yy": f"{ABBR[m - 1]}-{day:02d}-{y % 100:02d}",
        "month_dth_Y": f"{MONTHS[m - 1]} {ordinal(day)}, {y}", "d_mon_yy": f"{day}-{ABBR[m - 1]}-{y % 100:02d}",
        "ddMONyy": f"{day:02d}{ABBR[m - 1].upper()}{y % 100:02d}", "dotted2": f"{m}.{day}.{y % 100:02d}",
        "mon_dth": f"{ABBR[m - 1]} {ordinal(day)}", "MON_d_Y": f"{ABBR[m - 1].upper()} {day} {y}",
        "mdY0": f"{m:02d}/{day:02d}/{y}", "month_d": f"{MONTHS[m - 1]} {day}",
    }


PROBE_FULL_YEAR = ("iso", "iso_slash", "mdy2", "mon_dd_yy", "month_dth_Y", "d_mon_yy", "ddMONyy", "dotted2",
                   "MON_d_Y", "mdY0")


def render_probe(rng: random.Random, d: dt.date, style: str | None, need_year: bool) -> list[Seg]:
    forms = probe_forms(d)
    names = [s for s in forms if not need_year or s in PROBE_FULL_YEAR]
    return [phi(forms[style or rng.choice(names)], "DATE")]
