"""Columns of pasted tables: a header row of labels, the values in the rows below it.

"MRN | ENC | NAME | CITY", "Med Rec No.<TAB>Account<TAB>Patient", markdown pipes: a value in the MRN
column of a later row is an MRN although no label sits beside it. Cells are split on pipes, tabs or runs of
2+ spaces; a header has 2+ cells without digits, and a data row must have as many cells as its header.
"""

from __future__ import annotations

import re

from proxy.detection.recognizer import SPACED_ID, TextView

_SEP = re.compile(r"[ \t]*\|[ \t]*|[ \t]*\t[ \t]*|[ \t]{2,}")
_RULE = re.compile(r"[\s|:+=-]*")  # "|---|:---|" or "-----" under a header
Cell = tuple[int, int]


def _cells(text: str, start: int, end: int) -> list[Cell]:
    out, pos = [], start
    for m in _SEP.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    # leading/trailing pipes of markdown rows leave empty edge cells
    return [c for i, c in enumerate(out) if c[1] > c[0] or 0 < i < len(out) - 1]


def _label_like(cell: str) -> bool:
    """A header cell: words, with at most two digits ("ICD-10", "Phone 2"), never a value."""
    return sum(ch.isdigit() for ch in cell) <= 2 and (not cell.strip() or any(ch.isalpha() for ch in cell))


def _is_header(text: str, cells: list[Cell]) -> bool:
    return len(cells) >= 2 and all(
        e > s and _label_like(text[s:e]) and len(text[s:e].split()) <= 4 for s, e in cells[1:]) \
        and _label_like(text[cells[0][0]:cells[0][1]])


# Words only a header cell holds; a second header row of as many cells ("Acct | Payer ID | Svc date | CPT" under
# "Name | MRN | DOB | Room") starts a new table instead of being read as data under the first.
_HEADER_WORD = re.compile(r"(?i)(?:\b(?:id|no|acct|account|mrn|mr|member|payer|plan|claim|enc|encounter|dob|date|name|"
                          r"patient|phone|fax|ssn|policy|group|visit|fin|csn|har)\b|#)")


def _new_header(text: str, cells: list[Cell]) -> bool:
    return _is_header(text, cells) and not any(ch.isdigit() for s, e in cells for ch in text[s:e]) \
        and any(_HEADER_WORD.search(text, s, e) for s, e in cells)


def table_columns(view: TextView) -> list[tuple[str, tuple[str, ...], int, int]]:
    """(header of the cell's column, all headers of its table, start, end) for every data cell."""
    cached = view.cache.get("table_columns")
    if cached is not None:
        return cached
    text, out = view.text, []
    if "|" in text or "\t" in text or "   " in text:  # cheap exit for prose
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        headers: list[str] | None = None
        header_line = ""
        for start, end in lines:
            if headers is not None and _RULE.fullmatch(text, start, end):
                continue
            cells = _cells(text, start, end)
            if headers is not None and len(cells) == len(headers) - 1 and text[start:end].lstrip().startswith("|") \
                    and not header_line.lstrip().startswith("|"):
                headers = headers[1:]  # "pls code - | MRN | Patient |": words before the first pipe are no column
            if headers is not None and len(cells) == len(headers) and not _new_header(text, cells):
                out.extend((headers[i], tuple(headers), s, e) for i, (s, e) in enumerate(cells) if e > s)
                continue
            headers = [text[s:e].strip().lower() for s, e in cells] if _is_header(text, cells) else None
            header_line = text[start:end]
    view.cache["table_columns"] = out
    return out


def column_values(view: TextView, header: re.Pattern, value: re.Pattern) -> list[Cell]:
    """Data cells under a header that header.fullmatch()es and whose text value.fullmatch()es."""
    return [(s, e) for h, _, s, e in table_columns(view) if header.fullmatch(h) and value.fullmatch(view.text, s, e)]


def header_regex(labels: tuple[str, ...]) -> re.Pattern:
    """A header cell that is one of the labels, with its usual "#", "No.", "ID" or colon."""
    return re.compile(r"(?:" + "|".join(labels) + r")(?![a-z])\.?(?:\s*(?:#|no\.?|num(?:ber)?|id))?\s*[:#]?", re.I)


# a field "ID:" opening a line or after a field gap, or "Patient ID" / "Pt ID" (checked on the line below)
_ID_FIELD = re.compile(r"\b(?:id|i\.d\.)(?![a-z])[ \t]*(?:#|no\.?)?[ \t]*[:#]?[ \t]*(?P<value>" + SPACED_ID + r")", re.I)
_FIELD_START = re.compile(r"(?:^|\n|[ \t]{2}|[|,;\t(\[][ \t]?|\b(?:patient|pt)[ \t])\Z", re.I)


def id_fields(view: TextView) -> list[tuple[int, int, str]]:
    """(start, end, lower-cased lines around) of each value after a bare "ID" field label; the caller
    types it by those lines (a patient's header: MRN; a member's or a claim's: health plan ID)."""
    cached = view.cache.get("id_fields")
    if cached is None:
        cached = []
        for m in _ID_FIELD.finditer(view.text):
            if not _FIELD_START.search(view.text, max(0, m.start() - 9), m.start()):
                continue  # "Study ID", "Member ID": a qualified label belongs to its own recognizer
            # the field's line with its neighbours: a claim block names its payer or NPI a line away
            start = view.text.rfind("\n", 0, max(0, view.text.rfind("\n", 0, m.start()))) + 1
            end = view.text.find("\n", view.text.find("\n", m.end()) + 1)
            cached.append((*m.span("value"), view.lower[start:end if end >= 0 and view.text.find("\n", m.end()) >= 0
                                                        else len(view.text)]))
        view.cache["id_fields"] = cached
    return cached


# "MRN/Acct: 00123456 / 5566778", "Acct / MRN# 5566778/00123456": two labels, then two values in that order
_PAIR = re.compile(r"\b(?P<h1>[A-Za-z][A-Za-z.]{1,14}(?:[ \t]?(?:#|no\.?|id|number))?)[ \t]*/[ \t]*"
                   r"(?P<h2>[A-Za-z][A-Za-z.]{1,14}(?:[ \t]?(?:#|no\.?|id|number))?)[ \t]*[:#]?[ \t]*"
                   r"(?P<v1>" + SPACED_ID + r")[ \t]*/[ \t]*(?P<v2>" + SPACED_ID + r")", re.I)


_LABEL_SLASH = re.compile(r"(?<=[A-Za-z.#])[ \t]*/[ \t]*(?=[A-Za-z])")


def label_pairs(view: TextView) -> list[tuple[str, int, int]]:
    """(label, start, end) for both values after a pair of labels; each recognizer matches its own label."""
    cached = view.cache.get("label_pairs")
    if cached is None:
        cached = []
        for slash in _LABEL_SLASH.finditer(view.text):  # anchored on "MRN/Acct" slashes: cheap on prose
            m = _PAIR.search(view.text, max(0, slash.start() - 20), slash.end() + 80)
            if m and m.start("h2") <= slash.end() and (not cached or m.start("v1") > cached[-1][1]):
                cached += [(m.group("h1").lower(), *m.span("v1")), (m.group("h2").lower(), *m.span("v2"))]
        view.cache["label_pairs"] = cached
    return cached
