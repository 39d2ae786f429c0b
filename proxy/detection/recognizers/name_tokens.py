"""Word tokens with the features the name scanner needs, computed once per text (cached on the view)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from proxy.detection.lexicons.loader import fold, load
from proxy.detection.recognizer import TextView

# Letters (any script), inner apostrophes/hyphens (O'Brien, Smith-Jones), optional trailing period.
# Letters glued to digits ("AX1508893", "2L", "E11") are identifiers or units, never a name: the
# possessive quantifiers stop the regex from backtracking into a shorter word ("A" of "AX1").
_WORD = re.compile(r"(?<![^\W_])[^\W\d_]++(?:['’\-][^\W\d_]++)*+(?!\d)\.?")
PARTICLES = frozenset("de del della der den da di dos das du la le los las van von bin binti bint ibn al el ben st y dela ten ter mac "
                      "o ni nic"  # Irish: "T. Ó Gairbhia", "Aoife Ní Bhriain"
                      .split())
TITLE_ABBREV = frozenset("mr mrs ms dr st mx prof jr sr".split())
# Clinical abbreviations that are also given names: stop words in caps or lower case (PA, ED, TIA; "went
# to ed"), a possible name in Title case ("Vang, Pa", "Ed", "Tia").
# "Le" is LE (lower extremity) in caps and a common Vietnamese surname in Title case ("Hieu Le").
_TITLE_CASE_NAMES = frozenset("pa ed tia le".split())
# Endings of clinical words and verb forms missing from every list (nephrology, procalcitonin is not one:
# it stays unknown; ferritin neither): a word in no name list with such an ending is never a name.
_CLINICAL_ENDING = re.compile(
    r"(?:ology|ologist|ologic|itis|emia|aemia|osis|ectomy|otomy|ostomy|plasty|scopy|graphy|gram|algia|pathy|"
    r"plegia|penia|cytosis|ase|mab|nib|pril|olol|sartan|statin|azole|mycin|cillin|floxacin|tidine|prazole|"
    r"dipine|parin|xaban|gliptin|gliflozin|glutide|vir|tropin|sone|pam|done|phine|caine|ated|ized|ised|ssed)$")


# An inner capital not after a name prefix (Mc, Mac, O', De, Di, La, Le, Van, St...) or a hyphen marks a brand.
_CAMEL = re.compile(r"^(?!(?:Mc|Mac|O|D|De|Di|Da|Du|La|Le|Van|Von|St|Fitz|Al|El|Ben|Bin|Abu|Ibn|Del|Dos)[A-Z'’])"
                    r"[A-Z][a-z]+[A-Z]")


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


@lru_cache(maxsize=1 << 17)  # words repeat across texts; the lexicons never change
def _features(word: str) -> tuple:
    """Everything about a word except its offset: (core length, key, shape, dot, name, strong, hard, soft, english)."""
    lex = load()
    dot = word.endswith(".")
    core = word[:-1] if dot else word
    if len(core) > 2 and core[-2:] in ("'s", "’s", "'S", "’S"):
        core = core[:-2]
    key = fold(core)
    parts = key.split("-") if "-" in key else (key,)
    name = lex.is_name(key) or all(lex.is_name(p) for p in parts)
    strong = lex.is_strong_name(key) or (len(parts) > 1 and (any(lex.is_strong_name(p) for p in parts) or name)
                                         and not any(p in lex.soft_stop or p in lex.hard_stop for p in parts))
    hard = key in lex.hard_stop or (len(parts) > 1 and all(p in lex.hard_stop for p in parts))
    if core[0].isupper():
        shape = "I" if len(core) == 1 else ("U" if core.isupper() else "T")
    else:
        shape = "l"
    english = key in lex.english
    if len(parts) > 1 and all(p in lex.english for p in parts) and (shape == "l" or not all(lex.is_name(p) for p in parts)):
        strong, english = False, True  # "cross-cover", "Self-referred": a compound of words is a word ("Wise-Cross" is not)
    if shape == "T" and _CAMEL.search(core):
        hard = True  # "InterQual", "UpToDate", "MyChart": product names; "McAllister", "DeShawn" stay names
    if key.endswith("-in-law") or key.startswith(("step-", "half-", "great-")):
        hard = True  # "Son-in-law Kofi", "Half-sister Ana": a relation, not part of the name
    if shape == "T" and key in _TITLE_CASE_NAMES:
        hard = False
    elif not name and key not in lex.english and _CLINICAL_ENDING.search(key):
        hard = True
    return len(core), key, shape, dot, name, strong, hard, key in lex.soft_stop, english


def tokens(view: TextView) -> list[Tok]:
    cached = view.cache.get("name_tokens")
    if cached is not None:
        return cached
    features = _features
    out = []
    append = out.append
    for m in _WORD.finditer(view.text):
        start = m.start()
        size, *rest = features(m.group())
        append(Tok(start, start + size, *rest))
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


def sep(text: str, a: Tok, b: Tok) -> str:
    """How two neighbouring tokens are joined: ' ', ',', or '' (anything else breaks a name)."""
    gap = text[a.end + (1 if a.dot else 0):b.start]
    if a.dot and a.shape not in "I" and a.key not in TITLE_ABBREV:
        return ""  # sentence ended
    stripped = gap.strip(" \t")
    if stripped == "" and (gap == " " or len(gap) <= 3 and "  " not in gap):
        return " "  # two spaces separate fields ("Miranda, Miriam K.  Age: 49"), not words of a name
    if stripped == "," and "\n" not in gap:
        return ","
    return ""


CLINICAL_ENDING = _CLINICAL_ENDING  # for rules that see words without tokens (name_chat)

__all__ = ["Tok", "tokens", "index_at", "sep", "PARTICLES", "TITLE_ABBREV", "CLINICAL_ENDING"]
