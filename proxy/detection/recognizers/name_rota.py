"""Staff named in the cells of a staffing board or hand-off grid, for the labelled-name recognizer.

A line that carries shift hours ("0700-1900", "7a-7p") or a block of rooms ("401 402 403") and is laid out in cells (tabs, pipes or runs of
spaces) lists who works that shift: "0700-1900  Blessing  room 220", "Wasin | 0645-1915 | bed 18B". A cell
of one to three capitalised words there is a name when every word could be one: no clinical word, and a
listed name or a word no dictionary holds ("Float", "Days", "Open" are words and stay).
"""

from __future__ import annotations

import re

from proxy.detection.lexicons.loader import fold
from proxy.detection.recognizers.name_cues import ROLES
from proxy.detection.recognizers.shift_hours import SHIFT_HOURS

_LINE = re.compile(r"[^\n]+")
# The rooms a nurse covers: "401 402 403", "405-408", "12, 14, 15".
_ROOM_LIST = re.compile(r"\d{2,4}[A-Z]?(?:(?:[ \t]*,[ \t]*|[ \t]+)\d{2,4}[A-Z]?)+|\d{2,4}[ \t]*[-–][ \t]*\d{2,4}")
_GAP = re.compile(r"\t+| {2,}|[ \t]*\|[ \t]*")
_CELL_NAME = re.compile(r"[A-ZÀ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*(?: [A-ZÀ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*){0,2}")


# Board jargon that no dictionary holds: units, assignments and statuses written in cells.
_BOARD = frozenset("tele stepdown obs medsurg med-surg float days nights pto orient orientation preceptor preceptee "
                   "sitter agency travel traveler resource admits huddle lunch break onc neuro cardiac ortho peds "
                   "postpartum l&d nicu picu done complete completed given held pending none yes no ok".split())


def _name_word(lex, word: str, caps_ok: bool = False) -> bool:
    key = fold(word)
    if word.isupper() and len(word) <= 5 and not caps_ok:
        return False  # unit names and acronyms: "MICU", "PACU", "TELE"
    if len(key) < 2 or key in lex.hard_stop or key in ROLES or key in lex.states or key in _BOARD:
        return False
    if key in lex.soft_stop and not lex.is_strong_name(key):
        return False  # "May", "Rich": months and words first, unless only a name
    return lex.is_name(key) or key not in lex.english


def rota_names(text: str, lex) -> list[tuple[int, int]]:
    out = []
    for line in _LINE.finditer(text):
        cells = _GAP.split(line.group())
        rooms = any(_ROOM_LIST.fullmatch(c.strip()) for c in cells)
        if not (SHIFT_HOURS.search(line.group()) or rooms) or len(cells) < 2:
            continue  # a heading with hours in it ("HANDOFF 0700-1900 4/6") is no grid
        pos = line.start()
        for cell in cells:
            start = text.find(cell, pos, line.end()) if cell else -1
            if start < 0:
                continue
            pos = start + len(cell)
            cell_text = cell.strip()
            # beside a block of rooms a surname may be written in capitals: "ERM  401 402 403"
            caps_ok = rooms and len(cell_text) >= 3
            if _CELL_NAME.fullmatch(cell_text) and all(_name_word(lex, w, caps_ok) for w in re.split(r"[ '’-]", cell_text) if w):
                lead = start + len(cell) - len(cell.lstrip())
                out.append((lead, lead + len(cell_text)))
    return out
