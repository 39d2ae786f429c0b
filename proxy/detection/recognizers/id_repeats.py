"""A labelled identifier keeps its type where the same value appears again without its label.

"MRN: 00123456" in the header and "00123456" in a later line are one record number; without this the
second copy is typed by whatever weak recognizer sees a bare number (OTHER_ID, PHONE).
"""

from __future__ import annotations

import re

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
        for m in re.finditer(r"(?<![\w-])" + re.escape(value) + r"(?![\w-])", view.text):
            if m.span() not in seen:
                out.append(Finding(m.start(), m.end(), entity, score, name))
    return out
