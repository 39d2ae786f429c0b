"""The town in an address's last line written without a comma: "Barre VT 05641", "BROOKLYN NY 11229".

A USPS state code followed by a ZIP is an address's last line, so the capitalised words before the code
on that line are the town: at most three, only spaces between, never the street's last word. A town
not in the gazetteer counts only where the line is plainly an address line: the words start the line
or follow a label's colon or the street.
"""

from __future__ import annotations

import re

from proxy.detection.lexicons.loader import fold, load
from proxy.detection.recognizer import TextView

Span = tuple[int, int]

# a space (not a comma), a two-letter code, a ZIP: the comma form is place_spans' STATE_AFTER
_CODE_ZIP = re.compile(r"(?<=[A-Za-z.])[ \t]+([A-Z]{2})[ \t]+\d{5}(?:-\d{4})?\b")
_CREDENTIALS = frozenset({"MD", "PA", "DO"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.\-]*")


def city_state_zip(view: TextView, address_ends: set[int]) -> list[Span]:
    """Town spans of comma-less "Town ST 12345" lines."""
    text, lex, out = view.text, load(), []
    for m in _CODE_ZIP.finditer(text):
        if m.group(1) not in lex.state_codes:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        run: list[re.Match] = []  # capitalised words right before the code, only spaces between
        for w in reversed(list(_WORD.finditer(text, line_start, m.start()))[-3:]):
            gap = text[w.end():run[0].start() if run else m.start()]
            if not w.group()[0].isupper() or gap.strip(" \t") or w.end() in address_ends:
                break  # a lowercase word, punctuation, or the street's last word ends the town
            run.insert(0, w)
        keys = [fold(w.group().strip(".")) for w in run]
        line_anchor = run[0].start() if run else 0  # where the words began, before any is dropped
        while keys and " ".join(keys) not in lex.us_places and (keys[0] in lex.hard_stop or keys[0] in lex.states):
            run, keys = run[1:], keys[1:]
        while len(keys) > 1 and " ".join(keys) not in lex.us_places and keys[0] in lex.english:
            run, keys = run[1:], keys[1:]  # "Saw Quillmere Falls OR 97401": the verb opened the sentence
        known = " ".join(keys) in lex.us_places
        if not run or (not known and any(k in lex.hard_stop for k in keys)):
            continue
        start, end = run[0].start(), run[-1].end()
        before = text[line_start:line_anchor].rstrip(" \t,")
        anchored = not before or before.endswith(":") or line_start + len(before) in address_ends
        # "Dr Wells MD 20110 note": a credential can look like a state; only an address line says town
        if m.group(1) in _CREDENTIALS:
            anchored = anchored and start == line_anchor  # nothing before the town was dropped ("Dr")
            known = False
        if anchored or known:
            out.append((start, end))
    return out
