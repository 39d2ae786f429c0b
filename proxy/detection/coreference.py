"""Second mentions: once any recognizer has found a name, its other occurrences in the text are names too.

"PATIENT: NUR, IDIL K ... Idil was extubated": the header vouches for "Idil" everywhere in the note. Only
words that are not ordinary English or clinical vocabulary are carried over ("Rose", "Will" are not), and
an occurrence must have the case it had where it was found (lowercase only in lowercase chat).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.lexicons.loader import fold, load
from proxy.detection.recognizers.name_tokens import PARTICLES

NAME_TYPES = (entities.PERSON, entities.PROVIDER)
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")
SCORE = 0.7


def propagate_names(text: str, found: list[Finding]) -> list[Finding]:
    lex = load()
    keys: dict[str, tuple[str, bool]] = {}  # lower-cased word -> (entity type, seen in lowercase)
    for f in found:
        if f.entity_type not in NAME_TYPES:
            continue
        for w in _WORD.findall(text[f.start:f.end]):
            key = fold(w)
            if (len(w) >= 3 and key not in PARTICLES and key not in lex.english and key not in lex.hard_stop and key not in lex.soft_stop
                    and key not in lex.states and w.upper() not in lex.state_codes):
                lower = w.islower()
                previous = keys.get(w.lower())
                keys[w.lower()] = (f.entity_type, lower and (previous is None or previous[1]))
    if not keys:
        return []
    spans = sorted((f.start, f.end) for f in found if f.entity_type in NAME_TYPES)
    rx = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)) + r")\b", re.I)
    out = []
    for m in rx.finditer(text):
        entity, lowercase_ok = keys[m.group(0).lower()]
        if _inside(spans, m.start(), m.end()):
            continue  # already part of a name: a shorter copy would win the overlap and cut the rest off
        if m.group(0)[0].isupper() or lowercase_ok:
            out.append(Finding(m.start(), m.end(), entity, SCORE, "NameCoreference"))
    return out


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(spans, (start, 1 << 62)) - 1
    while i >= 0 and spans[i][0] <= start:
        if spans[i][1] >= end:
            return True
        i -= 1
    return False
