"""Lowercase names in coder chat that no cue word announces, for the labelled-name recognizer.

- one word after "for", "about", "to"... closing a question or clause: "and the one for okafor?";
- a lowercase pair of name-like words where a person is spoken of: "what about kamila szklarek?";
- names alone in brackets: "the patient (li wei) had two visits", "the wife (yesenia) is the poa".

Only names and nothing else qualify (a listed name that is no English word, or one that is mainly a name):
"for telehealth?", "(prn)", "for medicare?" stay, since unknown, clinical and payer words are not names.
"""

from __future__ import annotations

import re

from proxy.detection.lexicons.loader import fold
from proxy.detection.recognizers.name_tokens import CLINICAL_ENDING

_AFTER_WORD = re.compile(r"\b(?:for|about|re|to|meant|not|ask|tell|call|with|and)[ \t]+(?P<name>[^\W\d_][^\W\d_'’-]+)"
                         r"(?=[ \t]*(?:[?!,;]|\.(?:\s|$)|$))", re.M)
# Coder shorthand that name lists also hold: "is this phi?", "switch to arb.", "for mac?" (anesthesia).
_SHORTHAND = frozenset("arb mac phi athena epic".split())
_JARGON_PREFIXES = ("re", "pre", "un", "non", "tele", "sub", "post", "inter", "trans", "dis", "over", "under", "anti",
                    "auto", "multi", "hosp", "med", "bill", "cod", "auth", "cert")
_CHAT_WORDS = frozenset("ok okay thx ty pls plz np lol idk btw fyi asap tbh imo nvm yep yup nope hmm same next".split())
_BRACKETED = re.compile(r"\((?P<name>[^\W\d_][^\W\d_'’-]*(?: [^\W\d_][^\W\d_'’-]*){0,2})\)")


# A lowercase pair in a lowercase chat line, with a person's place around it: "what about kamila szklarek?",
# "kajetan skomra had a fall", "i meant vesa kukkonen not the other one".
# Surname particles may sit between the two: "is karl dos santos the one", "ziad von ahn 6988693".
_PARTICLE = r"(?:de|del|della|der|den|da|di|dos|das|du|la|le|los|van|von|ten|ter|bin|dela)"
# A pair may also open the line before an account, record or phone number ("dawn murphy 847736273 still in dnb?")
# before the room a hand-off puts the patient in ("rut ho in Bay 5, npo", "umar cross to Rm 116 after"),
# follow "=" ("member 5180-01 = innocent troisi?") or the writer's "im"/"its" ("im eilidh da costa and").
_PAIR = re.compile(r"(?:^|=[ \t]*|\b(?:about|for|re|is|meant|check|and|also|pt|patient|redo|ask|tell|call|from|of|to|with|fyi|have|"
                   r"finish|finished|did|code|coded|bill|billed|review|reviewed|w/|that|thats|that['’]s|on|im|i['’]m|its|it['’]s|not)[ \t]+)"
                   rf"(?P<name>[^\W\d_][^\W\d_'’-]+ (?:{_PARTICLE} ){{0,2}}[^\W\d_][^\W\d_'’-]+)"
                   r"(?=[ \t]*(?:[?,:;.!]|$|['’]s\b|-[ \t])|[ \t]+(?:had|has|was|is|again|called|needs|need|can|got|(?P<id>dob|mrn)|not|"
                   r"wants|came|went|yet|too|also|the|and)\b|[ \t]+(?P<num>[a-z]{0,3}\d[\d-]{5,}\d|\+?1?[ (]*\d{3}\)?[ .-]?\d{3}[ .-]\d{4})\b"
                   r"|[ \t]+(?P<room>(?:in|to|from)[ \t]+(?:(?i:rm|room|bed|bay|pod)\b|\d{1,2}[A-Z]{1,2}-\d)))", re.M)
# One word where chat puts a colleague: "will check w/ babajide tmrw", "lmk - pierpaolo" signing a line.
_WITH_ONE = re.compile(r"\b(?:w/|with)[ \t]+(?P<name>[^\W\d_][^\W\d_'’-]{2,})(?=[ \t]+(?:tmrw|tomorrow|today|tonight|later|"
                       r"asap|again|first|re|about|when)\b|[ \t]*(?:[?!,;]|\.(?:\s|$)|$))", re.M)
_SIGNED = re.compile(r"(?:^|[ \t])[-–—~][ \t]*(?P<name>[^\W\d_][^\W\d_'’-]{2,})[ \t]*$", re.M)
# "kenji's sister", "jean-pierre's mom": a word owning a relative is a person, whatever else the word may mean.
_KIN = (r"sister|brother|mom|mother|dad|father|wife|husband|son|daughter|aunt|uncle|niece|nephew|cousin|grandson|"
        r"granddaughter|grandma|grandpa|grandmother|grandfather|girlfriend|boyfriend|fianc[eé]e?|caregiver")
_KIN_OWNER = re.compile(rf"(?<![\w'’-])(?P<name>[^\W\d_][^\W\d_'’-]+(?:-[^\W\d_]+)?)['’]s[ \t]+(?:{_KIN})\b")
_NOT_OWNERS = frozenset(("patient pt pts member caller client resident subscriber other another everyone someone "
                         "nobody anyone each one today yesterday tomorrow mom dad mother father wife husband son "
                         "daughter sister brother aunt uncle cousin friend neighbor neighbour baby child kid her his "
                         "their my our your doc dr doctor nurse md np provider physician surgeon staff team").split())
# A first name opening a chat line before what people do: "jun called again lol", "prosper says he paid".
_LEAD_ONE = re.compile(r"^[ \t]*(?P<name>[a-z][^\W\d_'’-]+(?:-[a-z][^\W\d_'’-]+)?)(?=[ \t]+(?:called|calls|texted|emailed|messaged|says|said|"
                       r"wants|asked|came|paid|refused|declined)\b)", re.M)
# The writer alone on the line after a chat closing: "thx\nniamh".
_AFTER_THX = re.compile(r"(?:^[ \t]*|(?<=[.!?,] ))(?:thx|thanks|thank you|ty|tia)[ \t]*[!.,]*[ \t]*\n[ \t]*(?P<name>[a-z][^\W\d_'’-]+(?:-[a-z][^\W\d_'’-]+)?)[ \t]*(?=\n|$)",
                        re.M | re.I)
# Codes, drug and eponym names and short acronyms keep their capitals in an otherwise lowercase chat line.
# A room and a one-letter lab keep their capitals too: "rut ho in Bay 5", "to Rm 116", "K 4.7".
_KEEPS_CAPS = re.compile(r"\S*\d\S*|[A-Z]{2,4}\b|(?:Rm|Room|Bed|Bay|Pod)\.?[ \t]+#?\w*\d\w*|\b[A-Z](?=[ \t]+\d)")


def _pair_word(lex, word: str, soft_ok: bool = False) -> bool:
    key = fold(word)
    if soft_ok and key in lex.hard_stop and key in lex.surnames and lex.is_name(key):
        return True  # "is haruto nurse the one", "zihan nurse dob ...": a listed surname after a name that is only one
    if key in lex.hard_stop or key in lex.soft_stop and not soft_ok or key in _SHORTHAND or len(key) < 2:
        return False
    return lex.is_name(key) or (key not in lex.english and len(key) >= 4)


def _name_only(lex, word: str) -> bool:
    key = fold(word)
    return lex.is_strong_name(key) or (lex.is_name(key) and key not in lex.english and key not in lex.hard_stop
                                       and key not in lex.soft_stop and len(key) >= 2)


def _lowercase_line(lex, line: str) -> bool:
    """A chat line in lower case, but for codes, acronyms and drug or eponym names ("is ana ruiz the Zosyn one?")."""
    for word in _KEEPS_CAPS.sub(" ", line).split():
        if word != word.lower():
            keys = [fold(w) for w in re.findall(r"[^\W\d_]+", word)]
            if not keys or not all(k in lex.hard_stop or k in lex.soft_stop for k in keys):
                return False
    return True


def _one_word(lex, word: str) -> bool:
    """A lowercase word alone that is a given name and no English word, or a longer word no list or jargon knows."""
    key = fold(word)
    if key in lex.hard_stop or key in lex.soft_stop or key in _SHORTHAND or key in _CHAT_WORDS or not word.islower():
        return False
    if lex.is_name(key):
        return lex.is_strong_name(key) or key in lex.given and key not in lex.english
    return key not in lex.english and len(key) >= 5 and not key.startswith(_JARGON_PREFIXES) \
        and not CLINICAL_ENDING.search(key)  # "w/ polypectomy"


def _person_word(lex, word: str) -> bool:
    """A word where only a person fits: not clinical, not chat shorthand, a name or a word no dictionary holds."""
    key = fold(word)
    return len(key) >= 2 and key not in lex.hard_stop and key not in _SHORTHAND and key not in _CHAT_WORDS \
        and key not in _NOT_OWNERS and (lex.is_name(key) or key not in lex.english)


def _cued_names(text: str, lex) -> list[tuple[int, int]]:
    out = []
    for m in _KIN_OWNER.finditer(text):  # the relation vouches even for a word: "sunday's sister"
        key = fold(m.group("name"))
        if key not in _NOT_OWNERS and key not in lex.hard_stop and len(key) >= 2:
            out.append(m.span("name"))
    for rx in (_LEAD_ONE, _AFTER_THX):
        for m in rx.finditer(text):  # a name alone needs more than no dictionary: "billing called again" stays
            word = m.group("name")
            if _person_word(lex, word) and (_one_word(lex, word) or "-" in word):
                out.append(m.span("name"))
    return out


def chat_names(text: str, lex) -> list[tuple[int, int]]:
    out = _cued_names(text, lex)
    for rx in (_WITH_ONE, _SIGNED):
        for m in rx.finditer(text):
            line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
            if _one_word(lex, m.group("name")) and _lowercase_line(lex, text[line_start:line_end if line_end >= 0 else None]):
                out.append((m.start("name"), m.end("name")))
    for m in _AFTER_WORD.finditer(text):
        word = m.group("name")
        if word.islower() and lex.is_strong_name(fold(word)) and fold(word) not in _SHORTHAND:
            out.append((m.start("name"), m.end("name")))
    for m in _PAIR.finditer(text):
        line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if m.group("room") or m.group("num"):  # a hand-off line: its first sentence is what must be lowercase
            stop = re.search(r"[.!?](?:\s|$)", line[m.end() - line_start:])
            line = line[:m.end() - line_start + stop.start()] if stop else line
        words = m.group("name").split()
        words = [words[0], words[-1]]  # particles between them ("dos", "van den") are no evidence either way
        if m.group("num") and m.start("name") != line_start:
            continue  # only a pair opening the line names the owner of the number after it
        listed = any(lex.is_name(fold(w)) for w in words)
        # two unlisted words: longer ones without the prefixes of coder jargon ("precert reauth", "hosp appt")
        jargon = not listed and any(len(w) < 5 or w.startswith(_JARGON_PREFIXES) for w in words) \
            and not (m.group("id") or m.group("num") or m.group("room"))
        # a surname that is also an eponym or a word ("small", "cross") after a given name that is only a name,
        # or right before "dob": "is kenneth small the one", "fyi ruairi small dob ..."
        soft_ok = bool(m.group("id") or m.group("num") or m.group("room")) or lex.is_strong_name(fold(words[0]))
        if _lowercase_line(lex, line) and _pair_word(lex, words[0]) and _pair_word(lex, words[1], soft_ok) and not jargon \
                and not all(fold(w) in lex.english for w in words) and not any(w in _CHAT_WORDS for w in words):
            out.append((m.start("name"), m.end("name")))
    for m in _BRACKETED.finditer(text):
        words = m.group("name").split()
        if (m.group("name").islower() or all(w[0].isupper() and w[1:].islower() for w in words)) \
                and all(_name_only(lex, w) and fold(w) not in _SHORTHAND for w in words) and any(lex.is_strong_name(fold(w)) for w in words):
            out.append((m.start("name"), m.end("name")))
    return out
