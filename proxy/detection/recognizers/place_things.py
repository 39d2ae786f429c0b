"""Place names that head a disease, score, rule or device ("West Nile virus", "Kansas City Cardiomyopathy
Questionnaire", "Philadelphia collar", "Hong Kong flu", "Paris System"): no PHI, and no person either.

place_spans drops them from the locations and still hands them to the name scanner as protected words.
"""

from __future__ import annotations

import re

from proxy.detection.lexicons.loader import fold, load
from proxy.detection.recognizers.name_cues import CLINICAL_HEADS

Span = tuple[int, int]

# What a place name heads when it names a thing, not a place:
# "San Francisco syncope rule", "Los Angeles grade B".
THING_HEADS = CLINICAL_HEADS | frozenset("fever flu influenza collar rule rules system questionnaire category model "
                                          "esophagitis brace splint boot cohort study trial".split())
_NEXT_WORDS = re.compile(r"(?: [A-Za-z][A-Za-z-]*){1,3}")
_CAP_WORD = re.compile(r"\b[A-Z][a-z]+\b")
_CAP_WORDS = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}")


def _listed_before_head(text: str, start: int) -> Span | None:
    """A listed place of up to three words at start, followed by a clinical head ("Hong Kong flu", "Paris
    System"): kept from the name scanner, since it is neither PHI nor a person."""
    m = _CAP_WORDS.match(text, start)
    words, lex = m.group().split(), load()
    for k in range(len(words), 0, -1):
        end = start + len(" ".join(words[:k]))
        key = " ".join(fold(w) for w in words[:k])
        if (key in lex.us_places or key in lex.world_cities) and names_a_thing(text, end, strict=True):
            return start, end
    return None


def names_a_thing(text: str, end: int, strict: bool = False) -> bool:
    """True if one of the (up to three) words right after a place is a clinical head word; strict: the
    words before the head are capitalised too ("Kansas City Cardiomyopathy Questionnaire")."""
    m = _NEXT_WORDS.match(text, end)
    for w in m.group().split() if m else ():
        if w.lower() in THING_HEADS:
            return True
        if load().is_name(fold(w)) or (strict and w[0].islower()):
            return False  # "Hunter tolerated diet": a verb goes on, no head is near  # "Nguyen Van Minh tolerated diet": a name goes on, no head is near
    return False


def place_things(text: str, candidates: list[Span]) -> list[Span]:
    """The candidate place spans that head a clinical word, and any listed place before one."""
    return [sp for sp in candidates if names_a_thing(text, sp[1])] + [
        sp for m in _CAP_WORD.finditer(text) if (sp := _listed_before_head(text, m.start()))]
