"""Shifts every date in a span by a number of days, keeping its exact written format.

One offset per conversation keeps lengths of stay and intervals intact: "admitted 03/10, discharged
03/14" becomes "03/24 ... 03/28", "March 4th" becomes "March 18th", "Mon 3/4/24" keeps a correct
weekday. Dates without a year are shifted inside a reference year (2001, or 2000 for Feb 29).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_RX = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
            r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_WD_RX = r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|" \
         r"sat(?:urday)?|sun(?:day)?)"
_WD = rf"(?:(?P<wd>{_WD_RX})(?P<wds>\.?,?\s+))?"
_YEAR = r"(?:(?P<ys>,?\s+)(?P<y>\d{4}))?"
_ORD = r"(?P<ord>st|nd|rd|th)?"

# Tried in order; later patterns only fill text the earlier ones did not match.
_PATTERNS = [
    # a range in one month first, or its days would be read as a numeric date: "Mar 4-6", "June 3rd-5th"
    ("range", re.compile(rf"{_WD}(?P<mon>{_MONTH_RX})(?P<dot>\.)?(?P<ms>\s+)(?P<d>\d{{1,2}}){_ORD}"
                         rf"(?P<rs>\s?[-–]\s?)(?P<d2>\d{{1,2}})(?P<ord2>st|nd|rd|th)?(?![\d/]){_YEAR}", re.I)),
    ("iso", re.compile(r"(?<!\d)(?P<y>\d{4})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?!\d)")),
    ("num", re.compile(rf"{_WD}(?<!\d)(?P<m>\d{{1,2}})(?P<s>[-/.])(?P<d>\d{{1,2}})"
                       r"(?:(?P=s)(?P<y>\d{4}|\d{2}))?(?![\d/])", re.I)),
    ("compact", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")),
    ("mdy", re.compile(rf"{_WD}(?P<mon>{_MONTH_RX})(?P<dot>\.)?(?P<ms>\s+)(?P<d>\d{{1,2}}){_ORD}(?!\d){_YEAR}",
                       re.I)),
    ("dmy", re.compile(rf"{_WD}(?<!\d)(?P<d>\d{{1,2}}){_ORD}(?P<of>\s+of)?(?P<ms>\s+)(?P<mon>{_MONTH_RX})"
                       rf"\b(?P<dot>\.)?{_YEAR}", re.I)),
    ("my", re.compile(rf"\b(?P<mon>{_MONTH_RX})\b(?P<dot>\.)?(?P<ys>,?\s+)(?P<y>\d{{4}})", re.I)),
]


def shift_dates(text: str, days: int) -> str | None:
    """Return text with every date moved by `days`, or None if it holds no date we can read."""
    taken: list[tuple[int, int, str]] = []
    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e, _ in taken):
                continue
            shifted = _shift_match(kind, m, days)
            if shifted is not None:
                taken.append((m.start(), m.end(), shifted))
    if not taken or _LEFT_MONTH.search(_outside(text, taken)):
        return None  # a month left as written would tell the real date: the caller masks the span instead
    out, pos = [], 0
    for s, e, new in sorted(taken):
        out.append(text[pos:s])
        out.append(new)
        pos = e
    out.append(text[pos:])
    return "".join(out)


_LEFT_MONTH = re.compile(rf"\b{_MONTH_RX}\b", re.I)


def _outside(text: str, taken: list[tuple[int, int, str]]) -> str:
    """The text no date match covered, with a break where each match was."""
    out, pos = [], 0
    for s, e, _ in sorted(taken):
        out.append(text[pos:s])
        pos = e
    out.append(text[pos:])
    return " | ".join(out)


def date_keys(text: str) -> set[tuple[int | None, int, int]]:
    """The (year or None, month, day) of every date in text, whatever its format."""
    keys = set()
    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            year, month, day = _parts(kind, m)
            if 1 <= month <= 12 and 1 <= day <= 31:
                keys.add((year if m.groupdict().get("y") else None, month, day))
    return keys


def _parts(kind: str, m: re.Match) -> tuple[int, int, int]:
    g = m.groupdict()
    if kind in ("mdy", "dmy", "my", "range"):
        month = _month_index(g["mon"])
        day = int(g["d"]) if g.get("d") else 15  # month-year only: shift from mid-month
    else:
        month, day = int(g["m"]), int(g["d"])
        if kind == "num" and month > 12 and day <= 12:  # day-first writing, e.g. 24/03
            month, day = day, month
    year_text = g.get("y")
    year = _full_year(year_text) if year_text else (2000 if (month, day) == (2, 29) else 2001)
    return year, month, day


def _shift_match(kind: str, m: re.Match, days: int) -> str | None:
    g = m.groupdict()
    year_text = g.get("y")
    year, month, day = _parts(kind, m)
    try:
        new = date(year, month, day) + timedelta(days=days)
    except ValueError:
        return None
    parts = []
    if g.get("wd"):
        parts.append(_weekday_like(g["wd"], days) + g["wds"])
    if kind == "iso":
        pad = len(g["m"]) == 2 or len(g["d"]) == 2
        parts.append(f"{new.year:04d}{g['s']}{_num(new.month, pad)}{g['s']}{_num(new.day, pad)}")
    elif kind == "compact":
        parts.append(f"{new.year:04d}{new.month:02d}{new.day:02d}")
    elif kind == "num":
        pad = len(g["m"]) == 2 and len(g["d"]) == 2
        first, second = (new.month, new.day) if int(g["m"]) <= 12 else (new.day, new.month)
        parts.append(f"{_num(first, pad)}{g['s']}{_num(second, pad)}")
        if year_text:
            parts.append(g["s"] + (f"{new.year % 100:02d}" if len(year_text) == 2 else f"{new.year:04d}"))
    elif kind == "range":
        try:
            end = date(year, month, int(g["d2"])) + timedelta(days=days)
        except ValueError:
            return None
        day_text = _num(new.day, g["d"].startswith("0")) + (_ordinal(new.day, g["ord"]) if g.get("ord") else "")
        end_text = _num(end.day, g["d2"].startswith("0")) + (_ordinal(end.day, g["ord2"]) if g.get("ord2") else "")
        if end.month != new.month:  # the shift carried the range over a month's end: name both months
            end_text = _month_like(g["mon"], end.month) + (g["dot"] or "") + g["ms"] + end_text
        parts.append(_month_like(g["mon"], new.month) + (g["dot"] or "") + g["ms"] + day_text + g["rs"] + end_text)
        if year_text:
            parts.append(g["ys"] + f"{new.year:04d}")
    else:
        mon = _month_like(g["mon"], new.month) + (g["dot"] or "")
        day_text = _num(new.day, g["d"] is not None and g["d"].startswith("0")) if g.get("d") else ""
        if g.get("ord"):
            day_text += _ordinal(new.day, g["ord"])
        if kind == "mdy":
            parts.append(mon + g["ms"] + day_text)
        elif kind == "dmy":
            parts.append(day_text + (g["of"] or "") + g["ms"] + mon)
        else:
            parts.append(mon)
        if year_text:
            parts.append(g["ys"] + f"{new.year:04d}")
    return "".join(parts)


def _full_year(text: str) -> int:
    if len(text) == 4:
        return int(text)
    value = int(text)
    return 2000 + value if value <= 69 else 1900 + value


def _num(value: int, pad: bool) -> str:
    return f"{value:02d}" if pad else str(value)


def _month_index(name: str) -> int:
    low = name.lower()
    return next(i for i, full in enumerate(_MONTHS, 1) if full.startswith(low[:3]))


def _same_case(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template.islower():
        return word.lower()
    return word.capitalize()


def _month_like(template: str, month: int) -> str:
    full = _MONTHS[month - 1]
    if len(template) > 3 and template.lower() == _MONTHS[_month_index(template) - 1]:
        word = full
    elif template.lower() == "sept" and month == 9:
        word = "sept"
    else:
        word = full[:3]
    return _same_case(template, word)


def _weekday_like(template: str, days: int) -> str:
    low = template.lower()
    index = next(i for i, full in enumerate(_WEEKDAYS) if full.startswith(low[:3]))
    new = _WEEKDAYS[(index + days) % 7]
    word = new if low == _WEEKDAYS[index] else new[: len(template)]
    return _same_case(template, word)


def _ordinal(day: int, template: str) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return suffix.upper() if template.isupper() else suffix
