"""Dates more specific than a year, in every format coders paste, with an attached time of day.

Matched: 03/04/1961, 3-4-61, 3.4.1961, 2021-03-04(T14:30), 19610304, 03/2021, 3/4 (when it reads as a
date), March 4th, Mar. 4, 2021, 4 Mar 2021, 4th of March, 04-MAR-2021, 04MAR21, March 2021, Mar '21,
"the 14th", "Monday, March 4", and a time right after any of them ("3/4/21 14:30", "at 2:30 pm", "1430").
Not matched: a year alone, durations, doses, fractions and scores ("3/4 strength", "GCS 3/15", "pain
7/10", "5/5 bilaterally"), blood pressures (120/80), CPT codes (99214).
"""

from __future__ import annotations

import re
from typing import Callable

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.recognizer import Recognizer, TextView
from proxy.detection.recognizers.shift_hours import SHIFT_HOURS

_MONTH = (
    r"(?:(?i:january|february|march|april|june|july|august|september|october|november|december)|(?:May|MAY)(?:\.(?=[ \t]*\d))?|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.?)"
)
_WEEKDAY = r"(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+(?:the\s+)?)"
_ORD = r"(?i:st|nd|rd|th)"
_YEAR = r"(?:'\d{2}|(?:1[89]|20)\d{2})"
_TIME = (
    r"(?:(?:,?\s*(?i:at|@)?\s*)(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\.\d+)?(?:\s*(?i:[ap]\.?m\.?))?"
    r"(?:\s*(?:[ECMP][SD]T|UTC|Z))?"
    r"|T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?"
    r"|,?\s*(?i:at|@)\s*(?:[01]?\d|2[0-3])(?:[0-5]\d)?\s*(?i:[ap]\.?m\.?|h(?:rs?|ours)?)(?![a-z])"
    r"|,?\s*(?i:at|@)?\s*(?:[01]?\d)\s*(?i:[ap]\.?m\.?)(?![a-z])"
    r"|\s*(?:(?i:at|@)\s*|\s)(?:[01]\d|2[0-3])[0-5]\d(?:\s?(?i:h(?:rs?|ours)?))?(?![\w/:.-]|\s*(?i:mg|ml|units?|cc)))?"
)
_L = r"(?<![\w/.:])"
_R = r"(?![\w/]|-(?!\d{1,4}[/-]\d)|[.:]\d)"  # a "-" may only lead on to a second date (a range)

_DATE_CUE = re.compile(
    r"\b(?:on|since|from|to|until|thru|through|dated?|dos|doa|dod|dob|d\.o\.b|born|admit\w*|adm|discharg\w*|"
    r"d/c|dc|seen|visit\w*|f/u|follow\w*|returned|presented|surgery|sx|performed|scheduled|appt|appointment|"
    r"between|last|next|effective|expires?|deceased|died|expired|signed|mon|tues?|wed|thu|fri|sat|sun|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|date|of|by|after|before|due|service|"
    r"message|msg|rec'?d|received|sent|filled|refilled|statement|svc|check-?in|enrolled|incident)\W{0,3}$"
    r"|\b(?:dos|dob|f/u|follow[- ]?up|seen|visit|appt|admitted|discharged|on|pronounced|died|expired)\b[^.;\n]{0,18}$"
)
# A signature line dates its note: "Signed: TADEUSZ DROBOT PA-C  4/4", "Electronically signed by ... on 3/4".
_SIGNED_BEFORE = re.compile(r"\b(?:signed|dictated|transcribed|authenticated|cosigned|co-signed)\b[^\n;]{0,48}$")
# "3/4-3/6/2021": a month/day that opens a range ending in a full date
_RANGE_TO_DATE = re.compile(r"[ \t]?[-–][ \t]?\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?!\d)")
# Board and hand-off headings date their lines ("HANDOFF 0645-1915 2/10", "Assignments 12/15", "ep 2/4-3/11"),
# as does the first date of a range for the second.
_HEADING_BEFORE = re.compile(r"(?:\b(?:assignments?|hand-?off|handover|staffing|census|ep|episode|"
                             r"cert(?:ification)?\s+period)|" + SHIFT_HOURS.pattern + r"|(?<![\w/])\d{1,2}/\d{1,2}[ \t]*[-–])"
                             r"\W{0,3}$", re.I)
_LINE_END_AFTER = re.compile(r"(?:[ \t]*[-–][ \t]*\d{1,2}/\d{1,2})?[ \t]*(?:\n|$)")  # the heading ends with its date
_SCORE_BEFORE = re.compile(
    r"\b(?:gcs|pain|score|scored|strength|motor|power|apgars?|rated|grade|murmur|ratio|reflexes|dtrs?|x|sats?|"
    r"bp|b/p|fev1?|mmse|moca|nihss|iop|vision|visual|acuity|va|hearing|ef|edss|ps|ecog|lesions?|nodes?|"
    r"positive|cores?|ln|lns|taking|take|takes|tab|tabs|teaspoon|cup|out of)\W{0,3}$"
)
_AFTER_NOT_DATE = re.compile(
    r"\s*(?:strength|tabs?|tablets?|caps?|dose|cups?|of|pain|power|motor|bilat\w*|throughout|in\b|score|"
    r"mm\s?hg|ratio|lymph|nodes?|cores?|positive|negative|ns|nss|dilution|majority|th|murmur|systolic|"
    r"diastolic|holosystolic|sem|ejection|rub|gallop|ou|od|os|vision|ph|"
    r"done|complete|completed|finished|full|empty|way)\b",  # "1/2 done", "3/4 full": a share of a task
    re.I,
)
_ORDINAL_NOT_DATE = re.compile(
    r"\s+(?:percentile|ventricle|rib|ribs|digit|toe|finger|metacarpal|metatarsal|intercostal|cranial|nerve|"
    r"time|times|dose|doses|day|week|weeks|month|trimester|cycle|generation|grade|degree|space|lumbar|"
    r"cervical|thoracic|sacral|floor|street|st|avenue|ave|round|attempt|line|toes?|fingers?|decade|"
    r"birthday|visit|admission|episode|percent|place|century|edition|vertebra|layer|branch|heart sound|"
    r"and|or|to|through|-)\b",
    re.I,
)

_OF_MONTH = re.compile(r"\d(?:st|nd|rd|th)\s+of\s+[A-Za-z]", re.I)
# "on the 13th and the 8th": a second day follows the conjunction, and nothing after it makes them ribs or toes
_NEXT_DAY = re.compile(r"\s+(?:and|or|to|through|-)\s+the\s+\d{1,2}(?:st|nd|rd|th)\b(?!"
                       + _ORDINAL_NOT_DATE.pattern + r")", re.I)


def _md_ok(m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= 31


def _numeric(g: re.Match) -> bool:  # MM/DD/YY(YY) or DD/MM/YY(YY)
    a, b = int(g.group("a")), int(g.group("b"))
    return _md_ok(a, b) or _md_ok(b, a)


def _iso(g: re.Match) -> bool:
    return _md_ok(int(g.group("m")), int(g.group("d")))


def _day(g: re.Match) -> bool:
    return 1 <= int(g.group("d")) <= 31


def _always(g: re.Match) -> bool:
    return True


# (name, regex, score, validator); compiled once per recognizer instance
_PATTERNS: tuple[tuple[str, str, float, Callable[[re.Match], bool]], ...] = (
    ("numeric", _L + _WEEKDAY + r"?(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?:\d{4}|\d{2})" + _TIME + _R, 0.85, _numeric),
    ("iso", _L + r"(?:1[89]|20)\d{2}(?P<s>[/.-])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})" + _TIME + _R, 0.9, _iso),
    ("compact_ymd", r"(?<![\w-])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\w-])", 0.6, _always),
    ("compact_mdy", r"(?<![\w-])(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:19|20)\d{2}(?![\w-])", 0.55, _always),
    ("month_year_num", _L + r"(?:0?[1-9]|1[0-2])[/-](?:19|20)\d{2}" + _R, 0.75, _always),
    ("year_month_num", _L + r"(?:19|20)\d{2}-(?:0[1-9]|1[0-2])" + _R, 0.6, _always),
    # also "Mar-03-24", "MAR-03-2024": month, day and year joined by dashes
    ("month_day", r"\b" + _WEEKDAY + r"?" + _MONTH + r"(?:\s{0,2}|-(?=\d{1,2}-\d))(?P<d>\d{1,2})" + _ORD
     + r"?(?!\d|:\d|\s*(?i:mg|ml|units?|%|cm|mm))(?:,?\s*" + _YEAR + r"(?!\d)|-(?:\d{4}|\d{2})(?![\w-]))?" + _TIME
     + r"\b", 0.85, _day),
    ("day_month", r"\b" + _WEEKDAY + r"?(?:(?i:the)\s+)?(?P<d>\d{1,2})" + _ORD + r"?(?:\s+(?i:of)\s+|[\s-]?)" + _MONTH
     + r"(?:[\s,-]*" + _YEAR + r"|[\s,-]*\d{2}(?!\d))?" + _TIME + r"(?![a-z])", 0.85, _day),
    # a range within one month: "Mar 4-6", "June 3rd-5th, 2025" (the whole range is the date)
    ("month_day_range", r"\b" + _MONTH + r"\s{0,2}(?P<d>\d{1,2})" + _ORD + r"?[ \t]?[-–][ \t]?(?:[0-3]?\d)" + _ORD
     + r"?(?![\d/:]|\.\d|\s*(?i:mg|ml|units?|%|cm|mm|days?|weeks?|wks?|times|x\b))(?:,?\s*" + _YEAR + r"(?!\d))?", 0.85, _day),
    ("month_year", r"\b" + _MONTH + r"(?:,?\s+(?:of\s+)?|-)" + _YEAR + r"\b", 0.8, _always),
    ("lower_may", r"\bmay\s+(?P<d>\d{1,2})" + _ORD + r"(?:,?\s*" + _YEAR + r")?\b", 0.8, _day),
    ("the_nth", r"\b(?:(?i:on|by|since|until|from|before|after)\s+)?(?i:the)\s+(?P<d>\d{1,2})" + _ORD + r"\b", 0.6, _day),
    ("weekday_nth", r"\b" + _WEEKDAY + r"(?P<d>\d{1,2})" + _ORD + r"\b", 0.8, _day),
)


class DateRecognizer(Recognizer):
    ENTITIES = (entities.DATE,)

    def __init__(self) -> None:
        self._compiled = [(name, re.compile(rx), score, ok) for name, rx, score, ok in _PATTERNS]
        self._month_day = re.compile(_L + r"(?P<a>\d{1,2})/(?P<b>\d{1,2})" + _TIME + r"(?![\w/]|[.:]\d)")

    def analyze(self, view: TextView) -> list[Finding]:
        text, lower = view.text, view.lower
        out: list[Finding] = []
        for name, rx, score, ok in self._compiled:
            for m in rx.finditer(text):
                if not ok(m):
                    continue
                if name == "the_nth":
                    if _ORDINAL_NOT_DATE.match(text, m.end()) and not _NEXT_DAY.match(text, m.end()):
                        continue
                    if m.group(0)[:1].lower() != "t":  # "on the 14th"
                        score = 0.85
                if name == "day_month" and _OF_MONTH.search(m.group(0)):
                    score = 0.9  # "16th of December": nothing but a date, above a name reading from the month
                out.append(Finding(m.start(), m.end(), entities.DATE, score, self.name))
        out.extend(self._month_day_only(text, lower))
        return out

    def _month_day_only(self, text: str, lower: str) -> list[Finding]:
        """"3/4", "12/25": a date only when nothing says it is a score, fraction or pressure."""
        out = []
        for m in self._month_day.finditer(text):
            a, b = int(m.group("a")), int(m.group("b"))
            if not (_md_ok(a, b) or _md_ok(b, a)):
                continue
            before = lower[max(0, m.start() - 20):m.start()]
            if _SCORE_BEFORE.search(before) or _AFTER_NOT_DATE.match(text, m.end(), m.end() + 20):
                continue
            if _DATE_CUE.search(before) or _SIGNED_BEFORE.search(lower, max(0, m.start() - 60), m.start()) \
                    or _HEADING_BEFORE.search(before) and _LINE_END_AFTER.match(text, m.end()) \
                    or _RANGE_TO_DATE.match(text, m.end()):
                score = 0.85
            elif m.end() > m.end("b") and ":" in text[m.end("b"):m.end()]:
                score = 0.85  # a clock time after it: "3/4 10:42 called the plan"
            elif b in (4, 5, 10, 15) and a <= b or a == b:
                score = 0.4  # reads as a score (4/5, 7/10, 13/15) or a ratio (2/2)
            else:
                score = 0.65
            out.append(Finding(m.start(), m.end(), entities.DATE, score, self.name))
        return out
