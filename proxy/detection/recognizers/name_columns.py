"""Names in the name column of a pasted table, for the labelled-name recognizer.

"Name | MRN | DOB | Room" then "Negash, Ama | 3825108852 | ...": the header says the first cell is a person,
so "LE, PROSPER", "CHEST, NIMCO" or "Marfan, Arnold" are names there although each word alone could be a word
or an eponym. A cell must be words only (letters, commas, periods, hyphens, apostrophes), one to five of them.
"""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.lexicons.loader import fold
from proxy.detection.recognizer import TextView
from proxy.detection.recognizers.id_columns import table_columns
from proxy.detection.recognizers.name_cues import CREDENTIAL, FORM_VALUES

_TITLE = re.compile(r"(?i:dr|doctor|mr|mrs|ms|miss)\.?[ \t]+")
_BOARD_WORDS = frozenset("vacant blocked closed empty open tbd n/a na cleaning dirty isolation".split())
_PERSON_HEADER = re.compile(r"(?i)(?:patient|pt|member|guarantor|subscriber|insured|client|resident)(?:[ \t]+name)?|name|"
                            r"(?:last|full)[ \t]*,?[ \t]*(?:first[ \t]+)?name|last,[ \t]*first")
_PROVIDER_HEADER = re.compile(r"(?i)provider|attending|physician|surgeon|rn|nurse|ordering|referring|pcp")
_CELL = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:,? [^\W\d_][^\W\d_'’.-]*){0,4}|[^\W\d_][^\W\d_'’.-]*, [^\W\d_][^\W\d_'’.-]*"
                   r"(?: [^\W\d_][^\W\d_'’.-]*){0,3}")


def column_names(view: TextView, lex) -> list[tuple[int, int, str]]:
    out = []
    for header, _, start, end in table_columns(view):
        entity = entities.PERSON if _PERSON_HEADER.fullmatch(header.rstrip(" :#")) else \
            entities.PROVIDER if _PROVIDER_HEADER.fullmatch(header.rstrip(" :#")) else None
        raw = view.text[start:end]
        lead = start + len(raw) - len(raw.lstrip())
        cell = raw.strip()
        title = _TITLE.match(cell)  # "Dr Rojas", "Pauline Delhez, NP": the name without title or credential
        if title:
            cell, lead = cell[title.end():], lead + title.end()
        cred = next((m for m in CREDENTIAL.finditer(cell) if m.end() == len(cell) and m.start() > 0), None)
        cell = cell[:cred.start()] if cred else cell
        if entity is None or not _CELL.fullmatch(cell):
            continue
        keys = [fold(w.strip(".,")) for w in cell.replace(",", " ").split()]
        clinical = any(k in lex.hard_stop and not lex.is_name(k) for k in keys) and "," not in cell
        if clinical or all(not lex.is_name(k) and (k in lex.english or k in lex.hard_stop) for k in keys) \
                or any(k in FORM_VALUES or k in _BOARD_WORDS for k in keys):
            continue  # "Transfer", "Vacant", "Insulin Glargine": a status or a drug in a "Name" column, not a person;
            # "CHEST, NIMCO" in the "Last, First" shape stays a name
        out.append((lead, lead + len(cell), entity))
    return out
