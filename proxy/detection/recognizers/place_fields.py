"""Places named by a field that holds nothing but a town, or by a route: the value is a place even when
it is an English word or a surname ("City on file: Liberty", "CITY Port Brandonside   STATE Ohio", the
X12 segment "N4*Sandy*OR*97055~", "travel Boyleport -> Clinton", "moved here from Marshall, MD").

Split from place_cues (which calls in here) to keep each module short; C is that module.
"""

from __future__ import annotations

import re

from proxy.detection.lexicons.loader import load
from proxy.detection.recognizer import TextView
from proxy.detection.recognizers import place_cues as C

# A field that can hold nothing but a town ("City on file: Liberty", "CITY Port Brandonside   STATE Ohio",
# the X12 address segment "N4*Sandy*OR*97055~"): its value is a place even when it is an English word.
TOWN_FIELD = re.compile(
    r"(?im)\b(?:(?:mailing|home|billing|residence|patient)[ \t]+)?(?:city|town|township|village|municipality|hometown|"
    r"parish|borough)(?:[ \t]+(?:on[ \t]+file|of[ \t]+residence))?[ \t]*(?::|=)[ \t]*(?P<place>" + C._RUN + r")(?=[ \t]*(?:$|[.;,|(]|[ \t]{2}))"
    r"|(?-i:\b(?:CITY|TOWN)[ \t]+(?P<caps>" + C._RUN + r")(?=[ \t]{2,}|[ \t]*$))"
    r"|\bN4\*(?P<n4>[A-Za-z][A-Za-z .'’-]{0,40})\*"
    # a call script: "and the city you live in? Pt: Lincoln."
    r"|(?i:\b(?:city|town)\s+(?:you|they|he|she)\s+(?:live|lives|reside)\s+in\?\s*(?:pt|patient|caller|member)\s*:)\s*(?P<said>" + C._RUN + r")"
)
# "travel Boyleport -> Clinton", "Mileage log: Davidville -> Marshall -> office": the stops of a route
ROUTE = re.compile(r"(?i:travel\w*|mileage|miles|route|drove|driving|trip|itinerary)[^\n]{0,80}?(?:->|=>|→)")
_STOP = re.compile(r"(?:(?<=->)|(?<==>)|(?<=→)|(?<=:)|(?<=travel)|(?<=\bstart)|(?<=^))[ \t]*(?P<place>" + C._RUN + r")[ \t]*(?=->|=>|→|,|\(|[ \t]*$)", re.M)
_STATE_NEXT = re.compile(r",[ \t]*([A-Z]{2})(?![\w-])(?![ \t]*,[ \t]*[A-Z][A-Za-z])")  # not "Kim, MD, PhD"
# cues after which "Town, MD" is a place, not a clinician: residence and travel, and a bare "in"/"near"
# ("currently in Reading, PA"); not "transferred to", which may hand care over to "Jones, MD"
_RESIDENCE = re.compile(r"(?i)liv|resid|mov|relocat|born|raised|grew|hometown|native|originally|visit|vacation|"
                        r"trip|drove|driv|flew|flown|commute|stay|retir|winter|summer|spent|farm|work|employ|station|deploy|"
                        r"hunt|fish|camp|buri|held|died|expos|plant|mill|factory|refinery|mine|yard|ranch|dairy|"
                        r"(?:in|near|outside)$")
_ROUTE_GENERIC = frozenset("office home clinic work school agency base station hq pt patient start end".split())
_ARROW_LINE = re.compile(r"[^\n]*(?:->|=>|→)[^\n]*")


def field_places(view: TextView) -> list[tuple[int, int, bool]]:
    """(start, end, strong) of town-field values and route stops; all strong (they outrank a name)."""
    text, lower, out = view.text, view.lower, []
    if "city" in lower or "town" in lower or "N4*" in text or "parish" in lower or "borough" in lower:
        for m in TOWN_FIELD.finditer(text):
            g = next(k for k in ("place", "caps", "n4", "said") if m.group(k))
            span = _field_place(text, m.start(g), m.end(g))
            if span:
                out.append((*span, True))
    if "->" in text or "=>" in text or "→" in text:
        out.extend(_route_stops(text))
    return out


def residence_before_state(text: str, cue: str, start: int, end: int) -> tuple[int, int] | None:
    """"moved here from Marshall, MD": a residence cue, then a town and its state."""
    if not _RESIDENCE.match(cue):
        return None
    span = _field_place(text, start, end)
    st = _STATE_NEXT.match(text, span[1]) if span else None
    return span if st and st.group(1) in load().state_codes else None


def _field_place(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The value of a town field: its capitalised words up to a state, facility word or title."""
    # a field ends at a wide gap ("CITY Troy   STATE NY") or a sentence end ("Pt: Lincoln. Rep: ...")
    gap = re.search(r"[ \t]{2}|\t|(?<!\b[SMF]t)\.(?=\s)", text[start:end])
    words = [w for w in C._trim_run(text, start, start + gap.start() if gap else end) if w[2] not in _ROUTE_GENERIC]
    lex = load()
    keys = [w[2] for w in words]
    if not words or " ".join(keys) in C.NOT_PLACES or any(k in lex.states for k in keys) or keys[-1] in C.PREFIXES:
        return None
    return words[0][0], words[-1][1]


def _route_stops(text: str) -> list[tuple[int, int, bool]]:
    """Capitalised stops between arrows on a line that speaks of travel ("office", "home" are no towns)."""
    out: list[tuple[int, int, bool]] = []
    for line in _ARROW_LINE.finditer(text):
        if not ROUTE.search(line.group()):
            continue
        for m in _STOP.finditer(text, line.start(), line.end()):
            span = _field_place(text, m.start("place"), m.end("place"))
            if span:
                out.append((*span, True))
    return out


# "in Hamilton Township and Friendship", "from Marshall to Flint", "between Jackbury and Butler": a run
# joined to a place found by a cue is read as a place too (a listed town may be an English word here).
_CLOSED = re.compile(r"[ \t]*(?:$|[,;.)(\n]|->|→|[ \t](?:and|or|to|then|for|area|ED|ER)\b)")
_JOINED = re.compile(r"[ \t]*,?[ \t]*(?:and|or|to|then(?:[ \t]+to)?|&|->|→|(?:now[ \t]*,?[ \t]*)?not)[ \t]+(?P<place>" + C._RUN + r")")
_JOINED_LOW = re.compile(r"[ \t]*,?[ \t]*(?:and|or|to|then(?:[ \t]+to)?|&|(?:now[ \t]*,?[ \t]*)?not)[ \t]+"
                         r"(?P<place>[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+)?)")


def _lower_place(m: re.Match) -> tuple[int, int] | None:
    """A lowercase word joined to a lowercase place: a listed town that is no English word, or place-shaped."""
    lex, words = load(), m.group("place").split()
    for keys in (words, words[:1]) if len(words) > 1 else (words,):
        if any((k in lex.hard_stop or k in lex.soft_stop) and k not in C.PREFIXES or k in lex.states for k in keys):
            continue
        listed = C._is_listed(keys) and not any(k in lex.english for k in keys)
        # a shaped run must end in a name or a place ending: "north kimberly", "oneillville", not "new meds"
        named = lex.is_name(keys[-1]) or bool(C.ENDING.search(keys[-1]))
        if listed or (C.place_shaped(keys) and named):
            return m.start("place"), m.start("place") + len(" ".join(keys))
    return None


def joined_places(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    lex, out, todo = load(), [], sorted(set(spans))
    for _ in range(3):  # a chain "A, B and C" is followed a few links at most
        found = []
        for _, e in todo:
            m = _JOINED.match(text, e)
            if not m:
                low = _JOINED_LOW.match(text, e)
                span = _lower_place(low) if low and text[e - 1].islower() else None
                if span:  # chat: "between mattapan and ypsilanti", "lives in denton now, not oshkosh"
                    found.append(span)
                continue
            span = C._best(text, m.start("place"), m.end("place"), strong=True)
            if not span:
                words = C._trim_run(text, m.start("place"), m.end("place"))
                keys = [w[2] for w in words]
                if keys and C._is_listed(keys) and not any(k in lex.hard_stop or k in lex.states for k in keys):
                    span = words[0][0], words[-1][1]
            keys = [C._key(w) for w in text[span[0]:span[1]].split()] if span else []
            if span and len(keys) == 1 and lex.is_name(keys[0]) and not _CLOSED.match(text, span[1]):
                continue  # "lives in Toledo and Jones is her PCP": a surname going on with a sentence
            if span:
                found.append(span)
        out.extend(found)
        todo = found
        if not found:
            break
    return out
