"""Second mentions: once any recognizer has found a name, its other occurrences in the text are names too.

"PATIENT: NUR, IDIL K ... Idil was extubated": the header vouches for "Idil" everywhere in the note. Only
words that are not ordinary English or clinical vocabulary are carried over, and an occurrence must have the
case it had where it was found (lowercase only in lowercase chat). A name that is also a word ("May Solana",
"Bill Marti") is carried over only where the word reading does not fit: capitalised, not after a determiner,
and owning something or followed by a verb a person takes ("May needs Flagyl", "When Art fell").
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
# After a word-name: a possessive or a finite verb that the word reading never takes ("Will has been").
_PERSON_NEXT = re.compile(
    r"(?:['’]s\b|[ \t]+(?:needs|needed|wants|wanted|visits|visited|fell|said|says|called|lives|"
    r"lived|reports|reported|states|stated|died|passed|agrees|agreed|declined|refused|came|went|asked|feels|"
    r"felt|knows|brought|took|picked|prefers|requested|signed|watched|hasn't|doesn't|isn't|wasn't|"
    r"will\s+(?!not\b)[a-z]{3,}))\b")  # "Miracle will pay", once "Pt Miracle" made Miracle a name here
_DETERMINER = re.compile(r"(?:\b(?:the|a|an|this|that|your|our|their|his|her|its|per|each|no|any|of|to|in|on)"
                         r"|\d)[ \t]*$", re.I)


def propagate_names(text: str, found: list[Finding]) -> list[Finding]:
    lex = load()
    keys: dict[str, tuple[str, bool]] = {}  # lower-cased word -> (entity type, seen in lowercase)
    wordy: dict[str, str] = {}  # names that are also words, found capitalised in a full name or by a strong cue
    for f in found:
        if f.entity_type not in NAME_TYPES:
            continue
        words = _WORD.findall(text[f.start:f.end])
        for w in words:
            key = fold(w)
            if len(w) < 3 or key in PARTICLES or key in lex.hard_stop or key in lex.states \
                    or w.upper() in lex.state_codes:
                continue
            if key not in lex.english and key not in lex.soft_stop:
                lower = w.islower()
                previous = keys.get(w.lower())
                keys[w.lower()] = (f.entity_type, lower and (previous is None or previous[1]))
            elif (len(words) >= 2 or f.score >= 0.75) and w[0].isupper() and not w.isupper():
                wordy[w.lower()] = f.entity_type
    out = _word_names(text, found, wordy) if wordy else []
    if not keys:
        return out
    spans = sorted((f.start, f.end) for f in found if f.entity_type in NAME_TYPES)
    rx = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)) + r")\b", re.I)
    for m in rx.finditer(text):
        entity, lowercase_ok = keys[m.group(0).lower()]
        if _inside(spans, m.start(), m.end()):
            continue  # already part of a name: a shorter copy would win the overlap and cut the rest off
        if m.group(0)[0].isupper() or lowercase_ok:
            out.append(Finding(m.start(), m.end(), entity, SCORE, "NameCoreference"))
    return out


def _word_names(text: str, found: list[Finding], wordy: dict[str, str]) -> list[Finding]:
    spans = sorted((f.start, f.end) for f in found if f.entity_type in NAME_TYPES)
    alternatives = "|".join(re.escape(k.capitalize()) for k in sorted(wordy, key=len, reverse=True))
    rx = re.compile(r"\b(?:" + alternatives + r")\b")
    out = []
    for m in rx.finditer(text):
        if _inside(spans, m.start(), m.end()) or not _PERSON_NEXT.match(text, m.end()):
            continue
        if _DETERMINER.search(text, max(0, m.start() - 12), m.start()):
            continue
        out.append(Finding(m.start(), m.end(), wordy[m.group(0).lower()], SCORE, "NameCoreference"))
    return out


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(spans, (start, 1 << 62)) - 1
    while i >= 0 and spans[i][0] <= start:
        if spans[i][1] >= end:
            return True
        i -= 1
    return False
