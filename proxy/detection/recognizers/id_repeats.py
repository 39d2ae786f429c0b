"""A labelled identifier keeps its type where the same value appears again without its label.

"MRN: 00123456" in the header and "00123456" in a later line are one record number; without this the
second copy is typed by whatever weak recognizer sees a bare number (OTHER_ID, PHONE).
"""

from __future__ import annotations

from proxy.detection.finding import Finding
from proxy.detection.recognizer import TextView

MIN_LENGTH = 5  # shorter values repeat by chance ("1234" in a dose list)


def repeated(view: TextView, labelled: list[Finding], entity: str, score: float, name: str) -> list[Finding]:
    """Findings for every other whole-token occurrence of a labelled value."""
    out: list[Finding] = []
    seen = {(f.start, f.end) for f in labelled}
    for value in {view.text[f.start:f.end] for f in labelled}:
        if len(value) < MIN_LENGTH or sum(c.isdigit() for c in value) < 4:
            continue
        text, i = view.text, view.text.find(value)
        while i >= 0:  # str.find, not a regex per value: compiling one per value evicts re's cache
            end = i + len(value)
            whole = (i == 0 or not _joins(text[i - 1])) and (end == len(text) or not _joins(text[end]))
            if whole and (i, end) not in seen:
                out.append(Finding(i, end, entity, score, name))
            i = text.find(value, i + 1)
    return out


def _joins(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"
