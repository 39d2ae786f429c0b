"""Lowercase names in coder chat that no cue word announces, for the labelled-name recognizer.

- one word after "for", "about", "to"... closing a question or clause: "and the one for okafor?";
- names alone in brackets: "the patient (li wei) had two visits", "the wife (yesenia) is the poa".

Only names and nothing else qualify (a listed name that is no English word, or one that is mainly a name):
"for telehealth?", "(prn)", "for medicare?" stay, since unknown, clinical and payer words are not names.
"""

from __future__ import annotations

import re

from proxy.detection.lexicons.loader import fold

_AFTER_WORD = re.compile(r"\b(?:for|about|re|to|meant|not|ask|tell|call|with|and)[ \t]+(?P<name>[^\W\d_][^\W\d_'’-]+)"
                         r"(?=[ \t]*(?:[?!,;]|\.(?:\s|$)|$))", re.M)
# Coder shorthand that name lists also hold: "is this phi?", "switch to arb.", "for mac?" (anesthesia).
_SHORTHAND = frozenset("arb mac phi athena epic".split())
_BRACKETED = re.compile(r"\((?P<name>[^\W\d_][^\W\d_'’-]*(?: [^\W\d_][^\W\d_'’-]*){0,2})\)")


def _name_only(lex, word: str) -> bool:
    key = fold(word)
    return lex.is_strong_name(key) or (lex.is_name(key) and key not in lex.english and key not in lex.hard_stop
                                       and key not in lex.soft_stop and len(key) >= 2)


def chat_names(text: str, lex) -> list[tuple[int, int]]:
    out = []
    for m in _AFTER_WORD.finditer(text):
        word = m.group("name")
        if word.islower() and lex.is_strong_name(fold(word)) and fold(word) not in _SHORTHAND:
            out.append((m.start("name"), m.end("name")))
    for m in _BRACKETED.finditer(text):
        words = m.group("name").split()
        if (m.group("name").islower() or all(w[0].isupper() and w[1:].islower() for w in words)) \
                and all(_name_only(lex, w) and fold(w) not in _SHORTHAND for w in words) and any(lex.is_strong_name(fold(w)) for w in words):
            out.append((m.start("name"), m.end("name")))
    return out
