"""LabelledNameRecognizer: names that a label, a relation, a signature or a credential vouches for.

The lexicon-driven scanner finds names it knows; this recognizer finds the ones it does not ("PATIENT:
NUR, IDIL K", "Family (Thabisile Mangena)", "Thank you,\\nHibaaq Farah", "SEBASTIÁN CABRERA NP"), by taking
the name-shaped words that follow (or precede) strong evidence. A word that is an ordinary English or
clinical word ends the name, so "Patient: seen today" yields nothing.
"""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.lexicons.loader import fold, load
from proxy.detection.recognizer import Recognizer, TextView
from proxy.detection.recognizers.name_chat import chat_names
from proxy.detection.recognizers.name_columns import column_names
from proxy.detection.recognizers.name_rota import rota_names
from proxy.detection.recognizers.name_word_given import word_given
from proxy.detection.recognizers.name_threads import thread_names
from proxy.detection.recognizers.name_cues import CLINICAL_HEADS, NOT_AFTER_TITLE, ROLES, SIGN_OFF_WORDS
from proxy.detection.recognizers.name_cues import CREDENTIAL as DEGREE  # "M.D." right at a word
from proxy.detection.recognizers.labelled_patterns import (
    AT_BEDSIDE, BEFORE, BEFORE_AGE, HERE_INTRO, CAPS_PAIR, CELL, CHAT_WORDS, CLOSING, CONSULT_LETTER, CREDENTIAL, FOLLOW_UP, FOLLOW_UP_ITEM, FOR_DOB, FORM_WORDS, HEADER, LAST_FIRST, LOWER_LAST_FIRST,
    MAX_WORDS, NOT_NAMES, ONE_BEFORE_AGE, PARTICLES, POSSESSIVE, RELATION_AFTER, RESPONDER, ROLE_WORDS, SUBJECT, UNKNOWN_RUN,
    WORD,
    has_lower_line,
)


class LabelledNameRecognizer(Recognizer):
    ENTITIES = (entities.PERSON, entities.PROVIDER)

    def __init__(self) -> None:
        self.lex = load()

    def analyze(self, view: TextView) -> list[Finding]:
        text, found = view.text, []
        for rx, entity, mode in BEFORE:
            for m in rx.finditer(text):
                if mode == "chat" and m.group().strip().isupper():
                    continue  # "PT eval", "PT f/u": physical therapy, and chat writes "pt" in lower case
                span = self._take(text, m.end(), mode)
                if span and (mode == "any" or not self._eponym(text, *span)):  # a title vouches ("Dr. Foley")
                    found.append(Finding(*span, entity, 0.85, self.name))
        for m in FOR_DOB.finditer(text):
            span = self._take(text, m.end(), "title")
            if span:
                found.append(Finding(*span, entities.PERSON, 0.8, self.name))
        for m in CREDENTIAL.finditer(text):
            span = self._take_back(text, m.start())
            if span:
                found.append(Finding(*span, entities.PROVIDER if m.group(1) else entities.PERSON, 0.85, self.name))
        for rx in (HEADER, CAPS_PAIR):
            for m in rx.finditer(text):
                parts = re.split(r"[ ,]+", m.group("name"))
                words = [fold(w) for w in parts if len(w.rstrip(".")) > 1]
                if any(re.fullmatch(NOT_NAMES, p) or (len(p) == 2 and p in self.lex.state_codes) for p in parts) \
                        or fold(parts[0]) in SIGN_OFF_WORDS:  # "Cheers, Laini": a closing, then its writer
                    continue  # "Grethe Krogh, CPC": the credential pass handles it
                if words and all(self._plausible(w, strong=True) for w in words):
                    found.append(Finding(m.start("name"), m.end("name"), entities.PERSON, 0.8, self.name))
        for rx, score in ((BEFORE_AGE, 0.75), (LAST_FIRST, 0.8), (RELATION_AFTER, 0.8), (POSSESSIVE, 0.75), (CELL, 0.6),
                          (AT_BEDSIDE, 0.7), (HERE_INTRO, 0.7)):
            for m in rx.finditer(text):
                if rx is BEFORE_AGE and m.group("name").islower():
                    continue  # "back pain 7-year history": lowercase before an age is prose, not a name
                start = m.start("name")
                if rx is RELATION_AFTER:  # "also grace frost (daughter)": the longest name-like tail
                    while " " in text[start:m.end("name")] and not self._vouched(text[start:m.end("name")], False):
                        start = text.index(" ", start) + 1
                # a lowercase "last, first" only right after a label ("pt: hofer, ueli"), not "thx, got it"
                lower_ok = rx is LAST_FIRST and text[max(0, start - 2):start] == ": "
                if rx is LAST_FIRST and (self._role_after_comma(m.group("name"))
                                         or fold(m.group("name").split(",")[0]) in SIGN_OFF_WORDS):
                    continue  # "Abram Lindner, CDI Specialist": a name then a role, found by the other passes
                if self._vouched(text[start:m.end("name")], shape=rx is LAST_FIRST, lower_ok=lower_ok):
                    found.append(Finding(start, m.end("name"), entities.PERSON, score, self.name))
        for m in ONE_BEFORE_AGE.finditer(text):  # "HPI: Lotte is a 58 y.o.": one word that is a name and nothing else
            key = fold(m.group("name"))
            if self.lex.is_strong_name(key):  # unknown words here are often ethnonyms ("Hispanic 45 yo male")
                found.append(Finding(m.start("name"), m.end("name"), entities.PERSON, 0.7, self.name))
        found += self._clinician_contexts(text)
        for start, end, entity, score in thread_names(text, self.lex):
            found.append(Finding(start, end, entity, score, self.name))
        for start, end, entity in column_names(view, self.lex):
            found.append(Finding(start, end, entity, 0.8, self.name))
        for start, end in rota_names(text, self.lex):
            found.append(Finding(start, end, entities.PROVIDER, 0.75, self.name))
        for start, end in chat_names(text, self.lex):
            found.append(Finding(start, end, entities.PERSON, 0.75, self.name))
        for m in LOWER_LAST_FIRST.finditer(text):
            if all(self._word_ok(w, "chat", strong=True) for p in m.group("name").split(", ") for w in p.split("-")):
                found.append(Finding(m.start("name"), m.end("name"), entities.PERSON, 0.75, self.name))
        for m in UNKNOWN_RUN.finditer(text):
            found.extend(Finding(a, b, entities.PERSON, 0.55, self.name) for a, b in self._unknown_segments(text, m))
        for m in SUBJECT.finditer(text):
            words = m.group("name").split()
            if len(words) == 1 and (len(words[0]) < 4 or not words[0][0].isupper()):
                continue  # "Msg left", "pt states": short or lowercase single words are abbreviations
            if all(self._unknown_name_word(fold(w)) for w in words):
                found.append(Finding(m.start("name"), m.end("name"), entities.PERSON, 0.6, self.name))
        return found  # second mentions: proxy.detection.coreference, for every recognizer's names

    def _clinician_contexts(self, text: str) -> list[Finding]:
        """Names typed as clinicians by where they stand: the signature of a consult or referral letter
        (a clinician writes "Thank you for seeing ..."), and the items of a "Follow-up:" line."""
        out = []
        lower = text.lower()
        if any(k in lower for k in CONSULT_LETTER):
            for m in CLOSING.finditer(text):
                span = self._take(text, m.end(), "title")
                if span:
                    out.append(Finding(*span, entities.PROVIDER, 0.9, self.name))
        for m in FOLLOW_UP.finditer(text):
            for item in FOLLOW_UP_ITEM.finditer(text, m.end(), text.find("\n", m.end()) % (len(text) + 1)):
                span = self._take(text, item.end(), "title")
                if span and not re.match(r"\.?[ \t]*\d", text[span[1]:span[1] + 4]):  # "Jun 26": a date
                    out.append(Finding(*span, entities.PROVIDER, 0.9, self.name))
        for m in RESPONDER.finditer(text):  # a query answered by its physician: "Responded: agree - N. Eze"
            key = fold(m.group("last"))  # an initial vouches for an English-word surname ("A. Tutu")
            if key not in self.lex.hard_stop and (m.group("name") != m.group("last") or self._plausible(key, strong=True)):
                out.append(Finding(m.start("name"), m.end("name"), entities.PROVIDER, 0.9, self.name))
        return out

    def _eponym(self, text: str, start: int, end: int) -> bool:
        """ "CC: Whipple procedure", "cc: Barrett's esophagus": a lone eponym before a clinical head noun."""
        nxt = re.match(r"(?:['’]s)?[ \t]+([^\W\d_]+)", text[end:end + 30])
        return " " not in text[start:end] and fold(text[start:end]) in self.lex.soft_stop and nxt is not None \
            and nxt.group(1).lower() in CLINICAL_HEADS

    def _role_after_comma(self, name: str) -> bool:
        keys = [fold(w) for w in name.split(", ", 1)[1].split() if len(w.rstrip(".")) > 1]
        return any(k in ROLE_WORDS or k in ROLES for k in keys)

    def _unknown_segments(self, text: str, m: re.Match) -> list[tuple[int, int]]:
        """Runs of two or more words no list knows inside a capitalised run: "Seen Kaveh Wriddhish Mar 4" gives
        "Kaveh Wriddhish". Title case only, or all caps for long words in a line with lower case; a suffix
        ("Jr") or a particle may sit inside but not at the edges."""
        caps_line = has_lower_line(text, m.start())
        out, seg = [], []
        for w in re.finditer(r"[^ ]+", m.group("name")):
            word, start = w.group(), m.start("name") + w.start()
            key = fold(word)
            title = word[1:] != word[1:].upper()
            caps = word.isupper() and len(word) >= 4 and caps_line
            if key in PARTICLES and seg:
                seg.append((start, start + len(word), False))
            elif (title or caps) and self._unknown_name_word(key):
                seg.append((start, start + len(word), True))
            else:
                out.append(seg)
                seg = []
        out.append(seg)
        spans = []
        for seg in out:
            while seg and not seg[-1][2]:
                seg.pop()  # a trailing particle
            if sum(1 for x in seg if x[2]) >= 2:
                spans.append((seg[0][0], seg[-1][1]))
        return spans

    def _vouched(self, name: str, shape: bool, lower_ok: bool = False) -> bool:
        """A "Last, First" shape needs only no clinical word; other shapes need name-like words."""
        words = [w for w in re.split(r"[ ,]+", name) if w]
        if not shape and not all(w[0].isupper() or fold(w) in PARTICLES for w in words) and not name.islower():
            return False  # mixed case is prose ("back pain"); all-lowercase is chat and stays possible
        if any(re.fullmatch(NOT_NAMES, w) or (len(w) == 2 and w.isupper() and w in self.lex.state_codes)
               for w in words):
            return False
        keys = [fold(w.rstrip(".")) for w in words if len(w.rstrip(".")) > 1 and fold(w) not in PARTICLES]
        if not keys or any(k in self.lex.hard_stop for k in keys):
            return False
        if shape:
            cases = {w[0].isupper() for w in words if fold(w.rstrip(".")) not in PARTICLES}
            return (cases == {True} or lower_ok and cases == {False}) and any(self.lex.is_name(k) or k not in self.lex.english for k in keys)  # "Hi Joanne, quick q"
        return all(self._plausible(k, strong=True) for k in keys)

    # --- taking words ---
    def _take(self, text: str, pos: int, mode: str) -> tuple[int, int] | None:
        words, end, start, cursor, capital, stop = 0, None, None, None, False, False
        for m in WORD.finditer(text, pos):
            gap = text[(cursor if cursor is not None else pos):m.start()]
            if cursor is not None and gap not in (" ", ", ") or cursor is None and m.start() != pos:
                break
            if stop:
                break  # "Triage RN Ana Ruiz. ESI 2": a full stop after a whole word ends the name
            cursor = m.end()
            word = m.group(0)
            core = word.rstrip(".")
            possessive = len(core) > 3 and core[-2:] in ("'s", "’s")
            core = core[:-2] if possessive else core
            if not words and fold(core) in FORM_WORDS:
                return None  # "Name (Last, First MI):" is a form label
            if len(core) <= 2 and core.isupper() and words and DEGREE.match(text, m.start()):
                break  # "Bence Hegedűs, M.D.": a credential, not an initial
            if len(core) == 1 and core.isupper() and words:  # a middle initial
                end = m.end()
                continue
            if mode == "chat" and not words and start is None and len(core) == 1 and core.islower() and gap == "":
                start = m.start()  # "same pt, j de wolde": a lowercase first initial
                continue
            if fold(core) in PARTICLES and (words or start is not None):
                continue
            if text[m.end():m.end() + 2].lstrip("-/")[:1].isdigit():
                break  # "co-50", "pr-1": a code, not a name
            if mode == "any" and core.islower() and (fold(core) in NOT_AFTER_TITLE or words and fold(core) in self.lex.english
                                                      and not self.lex.is_name(fold(core))):
                break  # "dr will call back": a verb after a lowercase title; "dr kim said": English ends the name
            if capital and core.islower():
                break  # "Miss Strong records": a lowercase word after a capitalised one is prose
            if gap == ", " and words != 1:
                break
            if text.startswith(":", m.start() + len(core)):
                break  # the next label ("Signed: John Smith Date: ...")
            # The cue vouches for every word it reaches: "Dr Danielle Smith" although Smith is also an eponym;
            # after a first name, a capitalised word may be an English one ("Boluwatife T. Salami").
            later_cap = words > 0 and core[0].isupper() and (fold(core) not in self.lex.hard_stop or (
                fold(core) in self.lex.surnames and text[m.end():m.end() + 2] in ("", "\n", " (", ",")))  # "Milka Nurse ("
            if not (later_cap or self._word_ok(core, mode, strong=True)
                    or not words and mode != "chat" and word_given(self.lex, core, text[m.end():m.end() + 40])):
                break
            start = m.start() if start is None else start
            end, words, capital = m.start() + len(core), words + 1, core[0].isupper()
            stop = word.endswith(".") and len(core) > 2 and fold(core) not in PARTICLES and text[m.end():m.end() + 1] == " "
            if words >= MAX_WORDS or possessive:
                break  # a possessive ends the name: "Ms. Mendonca's records show A1c"
        if start is None or not words or self._role_or_phrase(text[start:end], text[end:end + 20]):
            return None
        return start, end

    def _role_or_phrase(self, name: str, after: str) -> bool:
        """ "Attending: Hospitalist", "Spoke with Case Management": roles, services and Title-case phrases."""
        keys = [fold(w.rstrip(".")) for w in name.replace(",", " ").split() if len(w.rstrip(".")) > 1]
        if any(k in ROLE_WORDS or k in ROLES for k in keys):
            return True
        nxt = re.match(r" ([A-Z][a-z]+)\b", after)
        lex = self.lex
        return len(keys) == 1 and keys[0] in lex.english and not lex.is_strong_name(keys[0]) and nxt is not None \
            and fold(nxt.group(1)) in lex.english and not lex.is_name(fold(nxt.group(1)))

    def _take_back(self, text: str, pos: int) -> tuple[int, int] | None:
        """The capitalised words right before a credential ("BOLUWATIFE SALAMI MD", "Wadi Umair, RN"). The
        credential vouches for English-looking words too, as long as one word of the run is name-like."""
        words = list(WORD.finditer(text, max(0, pos - 80), pos))
        start, count, name_like = None, 0, False
        for m in reversed(words):
            after = text[m.end():start if start is not None else pos]
            if after.strip(" ,.") or "\n" in after:
                break
            core = m.group(0).rstrip(".")
            key = fold(core)
            if len(core) == 1 and core.isupper() or key in PARTICLES:
                start = m.start()
                continue
            if (not core[0].isupper() or key in self.lex.hard_stop or key in ROLE_WORDS
                    or re.fullmatch(NOT_NAMES, core)):
                break
            name_like = name_like or self._word_ok(core, "title", strong=True)
            start, count = m.start(), count + 1
            if count >= MAX_WORDS - 1:
                break
        return (start, pos) if count and name_like else None

    def _word_ok(self, word: str, mode: str, strong: bool) -> bool:
        if mode == "title" and not word[0].isupper():
            return False
        if mode == "chat":
            key = fold(word)
            listed = self.lex.is_name(key) and key not in self.lex.english and len(key) >= 3
            # "pt ambulated", "pt repositioned": unknown long -ed/-ing words are verb forms, not names
            unknown = len(key) >= 4 and key not in self.lex.english and not (len(key) >= 7 and key.endswith(("ed", "ing")))
            if not word.islower() or not (listed or unknown) or key in self.lex.hard_stop or key in self.lex.soft_stop \
                    or key in CHAT_WORDS:
                return False
        if len(word) == 2 and word.isupper() and word in self.lex.state_codes:
            return False
        return self._plausible(fold(word), strong=strong)

    def _plausible(self, key: str, strong: bool) -> bool:
        lex = self.lex
        if "-" in key and all(p in lex.english for p in key.split("-")) and not all(lex.is_name(p) for p in key.split("-")):
            return False  # "Self-referred", "Auto-Release": a compound of words
        if len(key) < 2 or key in lex.hard_stop or key in lex.states:
            return False
        if key in lex.soft_stop and not strong:
            return False
        return lex.is_name(key) or key not in lex.english

    def _unknown_name_word(self, key: str) -> bool:
        lex = self.lex
        if "-" in key and all(p in lex.english for p in key.split("-")):
            return False  # "Son-in-law", "Follow-up": compounds of words
        return (len(key) >= 3 and key not in lex.english and key not in lex.hard_stop and key not in lex.soft_stop
                and key.upper() not in lex.state_codes and key not in lex.us_places)
