"""Word tokens with the features the name scanner needs, computed once per text (cached on the view)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from proxy.detection.lexicons.loader import fold, load
from proxy.detection.recognizer import TextView

# Letters (any script), inner apostrophes/hyphens (O'Brien, Smith-Jones), optional trailing period.
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?")
PARTICLES = frozenset("de del della der den da di dos das du la le van von bin ibn al el ben st y".split())
TITLE_ABBREV = frozenset("mr mrs ms dr st mx prof jr sr".split())


@dataclass(slots=True)
class Tok:
    start: int
    end: int  # end of the word itself: no trailing period, no possessive 's
    key: str  # folded form for lexicon look-ups
    shape: str  # I initial, U upper, T capitalised, l lower
    dot: bool  # followed by a period that is part of the token
    name: bool  # in a given-name or surname list
    strong: bool  # a name and nothing else (see Lexicons.is_strong_name)
    hard: bool  # clinical stop-vocabulary: never a name
    soft: bool  # eponym, month, state: a name only with other evidence
    english: bool


@lru_cache(maxsize=1 << 16)  # words repeat across texts; the lexicons never change
def _features(core: str) -> tuple[str, bool, bool, bool, bool, bool]:
    lex = load()
    key = fold(core)
    parts = key.split("-") if "-" in key else (key,)
    name = lex.is_name(key) or all(lex.is_name(p) for p in parts)
    strong = lex.is_strong_name(key) or (len(parts) > 1 and (any(lex.is_strong_name(p) for p in parts) or name)
                                         and not any(p in lex.soft_stop or p in lex.hard_stop for p in parts))
    hard = key in lex.hard_stop or (len(parts) > 1 and all(p in lex.hard_stop for p in parts))
    return key, name, strong, hard, key in lex.soft_stop, key in lex.english


def tokens(view: TextView) -> list[Tok]:
    cached = view.cache.get("name_tokens")
    if cached is not None:
        return cached
    out: list[Tok] = []
    for m in _WORD.finditer(view.text):
        start, end = m.span()
        word = m.group()
        dot = word.endswith(".")
        core = word[:-1] if dot else word
        if len(core) > 2 and core[-2:] in ("'s", "’s", "'S", "’S"):
            core = core[:-2]
        feats = _features(core)
        if core[0].isupper():
            shape = "I" if len(core) == 1 else ("U" if core.isupper() else "T")
        else:
            shape = "l"
        out.append(Tok(start, start + len(core), *feats[:1], shape, dot, *feats[1:]))
    view.cache["name_tokens"] = out
    return out


def index_at(toks: list[Tok], pos: int) -> int:
    """Index of the first token starting at or after pos."""
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


__all__ = ["Tok", "tokens", "index_at", "PARTICLES", "TITLE_ABBREV"]
