"""Names that the layout of a message or a dictation vouches for, for the labelled-name recognizer.

- the speaker of a chat-thread line: "[0814] Bo: k" (a bracketed time, then who wrote, then a colon);
- a name spelled letter by letter: "last name spelled N-G-U-Y-E-N", "that's P-L-A-Z-A" (only when a cue
  says so, or the letters spell a word of the same text);
- an initial and a surname where a name is expected: "by H.C. Park", "agree - A. Tutu", "S. Price called";
- a lowercase name after a family word or a nursing handoff: "called dtr maria", "report to wilner @ 0700".
"""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.lexicons.loader import fold
from proxy.detection.recognizers.labelled_patterns import CHAT_WORDS
from proxy.detection.recognizers.name_cues import CLINICAL_HEADS, ROLES

_NAME_WORD = r"[A-ZÀ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*"
# "[0814] Bo:", "[09:15 AM] Ana Ruiz:", "[3/4 10:02] jsmith:" would be a handle, not taken (lowercase)
_SPEAKER = re.compile(rf"(?m)^[ \t]*\[[\d/ ]*\d{{1,2}}:?\d{{2}}(?:[ \t]*[AaPp]\.?[Mm]\.?)?\][ \t]*"
                      rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}\.?){{0,2}}):[ \t]")
# Three or more single capitals joined by hyphens: "G-R-E-E-N" (not "A-V", a common two-letter shorthand).
_SPELLED = re.compile(r"(?<![\w-])(?P<name>[A-Z](?:-[A-Z]){2,})(?![\w-])")
_SPELL_CUE = re.compile(r"(?:spell(?:s|ed|ing)?|that['’]s|that is|as in)[ \t:,]*$", re.I)
# An initial (or two) then a capitalised surname, after a line start, a dash, a colon, a sentence end or a
# word that introduces a person; "hepatitis B. Patient" has a content word before the capital, so it stays.
_INIT_LAST = re.compile(r"(?<![\w.'’-])(?P<name>[A-Z]\.(?: ?[A-Z]\.)? ?" + _NAME_WORD + r"|[A-Z] " + _NAME_WORD
                        + r"(?=,? (?i:dob|d\.o\.b\.?)\b))(?![\w'’-])")  # "Z Eraslan dob 12/19/1952" has no dot
_INIT_PREFIX = re.compile(r"(?:[:(\-–—,;] |[.!?] |\b(?:by|is|to|per|from|with|and|or|cc|saw|see|ask|call|page|paged|"
                          r"notified|sent|via|w/|Per|By|Cc) )$")  # searched in the few characters before the initial
_PERSON_WORD = re.compile(r"\b(?i:by|per|to|from|with|cc|w/) $")
# Family words and nurse handoffs before a lowercase name in terse notes and chat ("dtr" is nursing shorthand).
_LOWER_CUE = re.compile(
    r"\b(?:(?P<rel>dtr|daughter|son|wife|husband|mother|father|mom|dad|sister|brother|sis|bro|niece|nephew|"
    r"grandson|granddaughter|spouse|partner|aunt|uncle|cousin|friend|neighbou?r|sitter|rep)"
    r"|(?P<rn>report(?: given)? to|handed off to|handoff to))[ \t]+(?P<name>[a-zà-ÿ][^\W\d_'’-]+(?:-[a-zà-ÿ]+)?)(?P<second> (?!(?:re|at|called|is|wants|said|states)\b)[a-zà-ÿ][^\W\d_'’-]+)?"
    r"(?=[ \t]*(?:[@,.;:!?)]|\(|$|\bre\b|\bat\b|\bcalled\b|\bw/|\bis\b|\bwants\b|\bsaid\b|\bstates\b))", re.M)


# A lowercase name opening a terse note line before a verb only a person takes: "nocs: nathan refused Keppra".
_LOWER_SUBJECT = re.compile(r"(?m)(?:^|[:\-] )[ \t]*(?P<name>[a-zà-ÿ][^\W\d_'’-]+(?:-[a-zà-ÿ]+)?)[ \t]+"
                            r"(?:refused|declined|denies|denied|reports|states|c/o|tolerated|ambulated|verbalized)\b")
# A handoff line between two people: "Bernt -> Danuja" (nurse to nurse, so clinicians).
_HANDOFF = re.compile(rf"(?m)^[ \t]*(?P<a>{_NAME_WORD}(?: {_NAME_WORD})?)[ \t]*(?:->|→|=>)[ \t]*(?P<b>{_NAME_WORD}(?: {_NAME_WORD})?)[ \t]*$")
# The last cell of a census row that opens with "LAST, F": the attending ("OKEKE, O  26M  S42.2  HOVHANNISYAN").
_ROW_END = re.compile(r"(?m)^[ \t]*[A-ZÀ-Þ][^\W\d_'’-]+(?:['’-][^\W\d_]+)?, [A-ZÀ-Þ][^\n]*?[ \t]{2,}(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’-]+)[ \t]*$")

# Chat shorthand in a lowercase clause: the words, and a speaker prefix that may precede them.
_LOWER_WORD = re.compile(r"(?<![\w'’@/.#-])(?P<name>[a-zà-ÿ][a-zà-ÿ'’-]{3,})(?![\w'’@/#-])"
                         r"(?=(?P<next> [a-zà-ÿ][a-zà-ÿ'’-]*)?(?![\w'’@/#-]))")
_SPEAKER_PREFIX = re.compile(r"^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?(?:[^\W\d_][^:\n]{0,40}:[ \t])?")
# A role in brackets after a name: "Chizoba (hospitalist) said ok", "Ana Ruiz (charge nurse)".
_ROLE_PAREN = re.compile(r"[ \t]*\((?:the[ \t]+)?(?:hospitalist|attending|resident|intern|fellow|surgeon|anesthesiologist|"
                         r"intensivist|on-call|covering|charge nurse|nurse|rn|np|pa|pa-c|md|cardiology|nephrology|oncology|"
                         r"neurology|ortho|gi|pulm|id)\)", re.I)
_NAME_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>{_NAME_WORD}(?: {_NAME_WORD})?)$")  # searched back from the bracket
# Single letters that are English words, never a last initial after a lowercase name.
_NOT_INITIAL = frozenset("a i".split())


_MODALS = frozenset("will may can shall must might would could should".split())


def _lower_names(text: str, lex) -> list[tuple[int, int, str, float]]:
    """A listed name and nothing else ("paola", "takeshi") inside an all-lowercase chat clause; a following
    last name or last initial joins it ("gabriella rice", "ravi r")."""
    out, pos = [], 0
    for line in text.split("\n"):
        body_start = pos + _SPEAKER_PREFIX.match(line).end()
        body = text[body_start:pos + len(line)]
        pos += len(line) + 1
        if body.lower() != body or body.count(" ") < 2:
            continue
        for m in _LOWER_WORD.finditer(body):
            key = fold(m.group("name"))
            if not lex.is_strong_name(key) or key in CHAT_WORDS:
                continue
            end, score = m.end("name"), 0.6
            nxt = m.group("next") and m.group("next").strip()
            if nxt and (len(nxt) == 1 and nxt not in _NOT_INITIAL
                        or len(nxt) > 1 and lex.is_name(fold(nxt)) and _lower_name(lex, fold(nxt))):
                end, score = m.end("next"), 0.78  # the pair beats a shorter reading ("thats gabriella", a lone "valeria")
            out.append((body_start + m.start("name"), body_start + end, entities.PERSON, score))
    return out


def _lower_name(lex, key: str, min_unknown: int = 3) -> bool:
    return key not in lex.hard_stop and key not in CHAT_WORDS and len(key) >= 2 \
        and (lex.is_name(key) or key not in lex.english and len(key) >= min_unknown)


def thread_names(text: str, lex) -> list[tuple[int, int, str, float]]:
    """(start, end, entity, score) of the names above."""
    out = []
    for m in _SPEAKER.finditer(text):
        keys = [fold(w.rstrip(".")) for w in m.group("name").split()]
        if not any(k in ROLES or k in lex.hard_stop for k in keys):
            out.append((m.start("name"), m.end("name"), entities.PERSON, 0.8))
    for m in _SPELLED.finditer(text):
        letters = m.group("name").replace("-", "")
        cued = _SPELL_CUE.search(text, max(0, m.start() - 24), m.start())
        if cued or re.search(rf"\b{letters}\b", fold(text).upper()):
            out.append((m.start("name"), m.end("name"), entities.PERSON, 0.8))
    for m in _INIT_LAST.finditer(text):
        if m.start() and text[m.start() - 1] != "\n" and not _INIT_PREFIX.search(text, max(0, m.start() - 10), m.start()):
            continue
        initials, surname = m.group("name").rsplit(".", 1) if "." in m.group("name") else m.group("name").split(" ", 1)
        key = fold(surname.strip())
        # two initials vouch for an eponym-like "H.C. Park", and so does a word that introduces a person ("per B. Baker")
        soft = key in lex.soft_stop and "." not in initials and not _PERSON_WORD.search(text, max(0, m.start() - 6), m.start())
        nxt = re.match(r"(?:['’]s)?[ \t]+([a-z]+)", text[m.end():m.end() + 20])
        if (len(key) < 2 or key in lex.hard_stop or soft or key in ROLES or text[m.end():m.end() + 1] == ":"
                or nxt and nxt.group(1) in CLINICAL_HEADS or not (lex.is_name(key) or key not in lex.english)):
            continue  # "A. Plan:", "B. Cereus", "E. Coli infection"
        cred = re.match(r",?[ \t]+(?i:rn|lpn|md|do|np|pa-c)\b", text[m.end():m.end() + 8])  # "R. Lukk rn"
        out.append((m.start("name"), m.end("name"), entities.PROVIDER if cred else entities.PERSON, 0.86 if cred else 0.7))
    lower = text.lower()
    for m in _LOWER_CUE.finditer(lower if len(lower) == len(text) else text):  # names stay lowercase in the text
        if not text[m.start("name"):m.end()].islower():
            continue
        if fold(m.group("name")) in _MODALS and re.match(r"[ \t]+[a-z]", text[m.end("name"):m.end("name") + 3]):
            continue  # "his son will visit": a modal verb before its verb, not Will
        if _lower_name(lex, fold(m.group("name"))):
            entity = entities.PROVIDER if m.group("rn") else entities.PERSON
            second = m.group("second") and fold(m.group("second").strip())
            pair = second and _lower_name(lex, second) and (lex.is_name(second) or second not in lex.english)
            end = m.end("second") if pair else m.end("name")  # "nephew krists fisher"
            out.append((m.start("name"), end, entity, 0.6))
    for m in _LOWER_SUBJECT.finditer(text):
        key = fold(m.group("name"))
        if key not in lex.soft_stop and _lower_name(lex, key, 4) and not (key in lex.english and not lex.is_strong_name(key)):
            out.append((m.start("name"), m.end("name"), entities.PERSON, 0.7))
    for m in _HANDOFF.finditer(text):
        keys = [fold(w) for g in ("a", "b") for w in m.group(g).split()]
        if not any(k in lex.hard_stop or k in ROLES for k in keys) and any(lex.is_name(k) or k not in lex.english for k in keys):
            out += [(m.start(g), m.end(g), entities.PROVIDER, 0.7) for g in ("a", "b")]
    for m in _ROW_END.finditer(text):
        key = fold(m.group("name"))
        if key not in lex.hard_stop and key.upper() not in lex.state_codes and (lex.is_name(key) or key not in lex.english):
            out.append((m.start("name"), m.end("name"), entities.PROVIDER, 0.65))
    for p in _ROLE_PAREN.finditer(text):
        m = _NAME_BEFORE.search(text, max(0, p.start() - 60), p.start())
        if not m:
            continue
        keys = [fold(w) for w in m.group("name").split()]
        if not any(k in lex.hard_stop or k in ROLES for k in keys) and all(lex.is_name(k) or k not in lex.english for k in keys):
            out.append((m.start("name"), m.end("name"), entities.PROVIDER, 0.7))
    return out + _lower_names(text, lex)
