"""Sentence-level evidence for names no list knows: what the words around a run say about it.

- a subject followed by a verb only people do ("Wriddhish was extubated", "Kostolzin, Arnulf presented");
- names joined by "and" before a relation in brackets ("Rungo and Birte (parents)");
- further names in a list after a list cue ("Family: Ana Ruiz (son), Luis Ruiz (husband)");
- a lowercase first + last pair in chat ("is henrieta ďurišová covered", "pt is maria lopez");
- a possessive on a record noun ("thibaut's stay", "Wriddhish's labs");
- a name line right before or after an identifier label ("IOANNIS JOHANN\\nDOB 02/02/1950");
- a run opening a sentence before an age and sex ("May Nyathi, 67F, seen with her son").
(Greetings, sign-offs and names joined by "and": name_prose.)

Each rule asks the words to look like a name (a listed name, or no dictionary, clinical or eponym word)
and the context to be one that clinical words do not take: "Troponin was 0.04" stays, since an unknown
word needs a person-only verb, and words with clinical endings (-ology, -itis, -mab) are never subjects.
"""

from __future__ import annotations

import re

from proxy.detection.lexicons.loader import load
from proxy.detection.recognizers.labelled_patterns import CHAT_WORDS
from proxy.detection.recognizers.name_cues import (CREDENTIAL, LIST_CUE, PERSON_VERB, RECORD_NOUNS, RELATION_PARENS,
                                                  SURROGATE_AS, WEAK_VERB)
from proxy.detection.recognizers.name_tokens import Tok, index_at, sep

# Matched against the lower-cased text (see _lower): case-insensitive regexes are several times slower.
_ID_LABEL = re.compile(r"\b(?:dob|d\.o\.b|mrn|mr#|age|sex|dos|acct|account|member\s+id)\b")
# Nothing or a clock time before a lowercase subject at the start of a note line ("0300 ", "1930 - ").
_LINE_OPEN = re.compile(r"[ \t]*(?:\d{3,4}|\d{1,2}:\d{2})?[ \t]*[-:]?[ \t]*")
_HYPHENED = re.compile(r"[^\W\d_]{3,}-[^\W\d_]{3,}")  # "kyung-soo", not "iv-abx"
# ", 67F", " 45 y/o M", ", 80yo": age and sex written right after a patient's name.
_AGE_SEX = re.compile(r"(?:,[ \t]*|[ \t]+)\d{1,3}[ \t]?(?:[MF]|y/?o[ \t]?[MF]?|yo[ \t]?[MF]?|-year-old)\b")
_LIST_SEP = re.compile(r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:,|;|&|\band\b)[ \t]*")
# Words after which a new clause, and so a new subject, begins: "Mickey says Lee-Ann has not eaten".
_CLAUSE_OPEN = frozenset("and but says said states stated reports reported thinks thought that when because".split())
RELATION_WORDS = frozenset("mom dad mother father sister brother son daughter wife husband aunt uncle baby nanny nurse "
                           "grandma grandpa sonny sis bud buddy honey sugar doc".split())


def unknown(t: Tok) -> bool:
    """A word in no list: neither a name, a dictionary word, nor clinical or eponym vocabulary."""
    return not (t.name or t.english or t.hard or t.soft) and len(t.key) >= 3


def namelike(t: Tok) -> bool:
    """Evidence by itself: a listed name that is no other word (Okafor), or a word in no list (Wriddhish)."""
    return t.strong or unknown(t)


def given_word(t: Tok) -> bool:
    """A given name that is also a word (Destiny, Hunter, Rose), never a relation or clinical word."""
    return t.shape == "T" and not (t.hard or t.soft) and t.key in load().given and t.key not in RELATION_WORDS


def _soft_given(t: Tok) -> bool:
    """A given name that is also a month, a state or an eponym (June, Georgia, Rich), in Title case."""
    return t.shape == "T" and t.soft and not t.hard and t.key in load().given


class ContextRules:
    """Mixed into the scanner: uses its tokens, _add, _extend, _sentence_start, taken and blocked."""

    def _lower(self) -> str:
        return self.lower if len(self.lower) == len(self.text) else self.text.lower()

    def _gap(self, a: int, b: int) -> str:
        return self.text[self.toks[a].end:self.toks[b].start]

    def subjects(self) -> None:
        for m in PERSON_VERB.finditer(self.text):
            self._subject_before(m.start(), strong_only=False)
        for m in WEAK_VERB.finditer(self.text):  # "was", "is", "has": only a listed name is a subject
            self._subject_before(m.start(), strong_only=True)

    def _subject_before(self, pos: int, strong_only: bool) -> None:
        toks = self.toks
        j = index_at(toks, pos) - 1
        if j < 0 or toks[j].end != pos or toks[j].dot:
            return
        if toks[j].shape == "l":  # terse lowercase notes: "0300 kyung-soo refused Flagyl"
            if not strong_only and self._lower_subject(toks[j]):
                self._add(j, j, False, 0.6)
            return
        if toks[j].shape not in "TU":
            return
        i = j
        while i > 0 and j - i < 2 and self._gap(i - 1, i) == " " and toks[i - 1].shape in "TU" and not toks[i - 1].dot \
                and (toks[i - 1].name or unknown(toks[i - 1])) and not toks[i - 1].hard:
            i -= 1
        # "Kostolzin, Arnulf presented": a "Last, First" subject
        if i > 0 and self._gap(i - 1, i) == ", " and toks[i - 1].shape in "TU" and namelike(toks[i - 1]) \
                and self._sentence_start(i - 1):
            i -= 1
        # the run begins a sentence or a clause ("and", "says"...); words before it are not part of it
        while i <= j and not (self._sentence_start(i) or self._gap(i - 1, i).endswith(", ") or toks[i - 1].key in _CLAUSE_OPEN):
            i += 1
        run = toks[i:j + 1]
        if not run or any(t.hard or t.start in self.taken or t.start in self.blocked for t in run):
            return
        if not all(t.name or unknown(t) for t in run):
            return
        if strong_only:
            ok = any(t.strong for t in run)
        else:  # "June Price called about": a given name and a surname, both also words, may be the subject
            ok = any(namelike(t) for t in run) or (len(run) == 1 and given_word(run[0])) \
                or (len(run) == 2 and run[0].key in load().given and run[1].key in load().surnames
                    and run[0].shape == run[1].shape == "T" and run[0].key not in RELATION_WORDS)
        if ok:
            self._add(i, j, False, 0.7)

    def _lower_subject(self, t: Tok) -> bool:
        """A lowercase word opening a note line (after a clock time) that is a listed name, or a hyphened
        word of no dictionary ("kyung-soo", not "non-rebreather")."""
        line = self.text[self.text.rfind("\n", 0, t.start) + 1:t.start]
        if not _LINE_OPEN.fullmatch(line) or not self._free(t) or t.start in self.taken:
            return False
        return t.strong or unknown(t) and bool(_HYPHENED.fullmatch(t.key)) \
            and not any(p in load().english for p in t.key.split("-"))

    def relations(self) -> None:
        """Names joined by "and" before a relation in brackets: "Rungo and Birte (parents)", or before a role
        after "as": "identifies June Kitumaini as surrogate"."""
        toks = self.toks
        for m in (*RELATION_PARENS.finditer(self._lower()), *SURROGATE_AS.finditer(self._lower())):
            j = index_at(toks, m.start()) - 1
            if j < 0 or toks[j].end != m.start():
                continue
            for _ in range(4):
                i = j
                while i > 0 and j - i < 2 and self._gap(i - 1, i) == " " and self._family_word(toks[i - 1]):
                    i -= 1
                if not all(self._family_word(t) for t in toks[i:j + 1]):
                    break
                if not any(t.start in self.taken for t in toks[i:j + 1]):
                    self._add(i, j, False, 0.75)
                # "Rungo and Birte": step over the "and" (a token) or a comma to the name before
                if i >= 2 and toks[i - 1].key in ("and", "und", "y") and self._gap(i - 2, i - 1) == " ":
                    j = i - 2
                elif i >= 1 and self._gap(i - 1, i).strip() in (",", "&"):
                    j = i - 1
                else:
                    break

    def age_sex(self) -> None:
        """"May Nyathi, 67F": one to three capitalised words opening a line or sentence before an age and sex.
        Word names qualify (May, Wood); a clinical word ("Sepsis, 67F") or a plain English word does not."""
        toks, lex = self.toks, load()
        for m in _AGE_SEX.finditer(self.text):
            k = j = index_at(toks, m.start()) - 1
            if j < 0 or toks[j].end + toks[j].dot != m.start():
                continue
            if toks[j].shape == "I" and j > 0 and self._gap(j - 1, j) in (" ", ", "):
                j -= 1  # "CROSS, N  42F", "Grigoryan D  78yo": a surname and an initial
            if toks[j].shape not in "TU":
                continue
            i = j
            while i > 0 and j - i < 2 and self._gap(i - 1, i) == " " and toks[i - 1].shape == toks[j].shape:
                i -= 1
            if i == k or not self._sentence_start(i):
                continue  # one word alone ("Patient, 67F") is too little
            run = toks[i:j + 1]
            last_ok = run[-1].key in lex.surnames and not run[-1].soft  # "Kara Nurse, 9F", "CROSS, N 42F"
            if any(t.start in self.taken or t.start in self.blocked for t in run) \
                    or not all(t.name and not t.hard or unknown(t) for t in run[:-1]) \
                    or not (run[-1].name and not run[-1].hard or unknown(run[-1]) or last_ok):
                continue
            if any(namelike(t) for t in run) or k == j and any(given_word(t) for t in run) \
                    or k > j and last_ok and run[-1].hard and self._gap(j, k) == ", ":  # not "Plan B 45F"
                self._add(i, k, False, 0.75)

    def _family_word(self, t: Tok) -> bool:
        if t.shape in "TU":
            return namelike(t) or given_word(t) or (t.name and not t.hard and not t.english)
        return t.shape == "l" and t.strong

    def lists(self) -> None:
        """After a list cue, every name-like run to the line end: "Family: Ana Ruiz (son), Luis Ruiz"."""
        toks = self.toks
        for cue in LIST_CUE.finditer(self._lower()):
            pos, line_end = cue.end(), self.text.find("\n", cue.end())
            line_end = len(self.text) if line_end < 0 else line_end
            for _ in range(6):
                i = index_at(toks, pos)
                if i >= len(toks) or toks[i].start != pos or toks[i].start >= line_end:
                    break
                if toks[i].start in self.taken:
                    j = next((b for a, b, _, _ in self.found if a <= i <= b), i)
                else:
                    j = self._extend(i, True, False)
                    if j < i or toks[i].shape == "l" or not any(namelike(t) or given_word(t) for t in toks[i:j + 1]):
                        break
                    self._add(i, j, cue.group("cc") is not None, 0.8)
                sep = _LIST_SEP.match(self.text, toks[j].end + toks[j].dot)
                if not sep:
                    break
                pos = sep.end()

    def chat_pairs(self) -> None:
        """A lowercase first + last name in chat: both name-like, one a listed name or written with diacritics."""
        toks = self.toks
        for i in range(len(toks) - 1):
            a, b = toks[i], toks[i + 1]
            if a.shape != "l" or b.shape != "l" or a.dot or self.text[a.end:b.start] != " ":
                continue
            # one listed name, or letters English clinical words never have ("henrieta ďurišová")
            if not (a.strong or b.strong or not self.text[a.start:b.end].isascii()):
                continue
            if namelike(a) and namelike(b) and not (a.english or b.english) and a.key not in CHAT_WORDS \
                    and a.start not in self.taken and b.start not in self.taken and a.start not in self.blocked:
                self._add(i, i + 1, False, 0.6)

    def lowercase(self) -> None:
        toks = self.toks
        for i in range(len(toks) - 1):
            a, b = toks[i], toks[i + 1]
            if a.shape == "l" and b.shape == "l" and a.key in load().given and b.key in load().surnames \
                    and a.strong and (b.strong or not b.english) and not b.hard and sep(self.text, a, b) == " " \
                    and a.start not in self.taken and self._free(a):
                self._add(i, i + 1, False, 0.6)

    def possessives(self) -> None:
        """"thibaut's stay", "Wriddhish's labs": a name-like word owning a record noun."""
        toks = self.toks
        for m in RECORD_NOUNS.finditer(self._lower()):
            j = index_at(toks, m.start()) - 1
            kin = m.group().rsplit(None, 1)[-1] in RELATION_WORDS  # "June's mom": a month has no mother
            if j < 0 or toks[j].end != m.start() or toks[j].start in self.taken \
                    or not (namelike(toks[j]) or (given_word(toks[j]) or kin and _soft_given(toks[j])) and self._free(toks[j])):
                continue  # "regarding Dawn's appointment": a given name owns the record noun too
            i = j
            if j > 0 and self._gap(j - 1, j) == " " and toks[j - 1].shape == toks[j].shape and namelike(toks[j - 1]) \
                    and toks[j - 1].start not in self.taken:
                i = j - 1
            self._add(i, j, False, 0.7)

    def id_lines(self) -> None:
        """A line of two to four name-like words right before an identifier label ("IOANNIS JOHANN\\nDOB ...")."""
        toks = self.toks
        for m in _ID_LABEL.finditer(self._lower()):
            j = index_at(toks, m.start()) - 1
            gap = self.text[toks[j].end:m.start()] if j >= 1 else "x"
            if gap.strip(" \t.\n") or gap.count("\n") > 1 or not self.text[m.start()].isupper():
                continue
            i = j
            while i > 0 and j - i < 3 and self._gap(i - 1, i) == " " and toks[i - 1].shape in "TU":
                i -= 1
            line_start = self.text.rfind("\n", 0, toks[i].start) + 1
            if i == j or self.text[line_start:toks[i].start].strip():
                continue
            run = toks[i:j + 1]
            if all(namelike(t) for t in run) and not any(t.start in self.taken or t.start in self.blocked for t in run):
                self._add(i, j, False, 0.75)

    def clinical_surnames(self) -> None:
        """A surname that is also a clinical word ends or starts a name another word vouches for: "Doctor Rhavi
        Cross" at a line end, "IFEANYI NURSE DO", "Nurse, Bandile P." heading a record line; a word given name
        starts a name whose surname is evidence ("Rich Pouliot")."""
        toks, lex = self.toks, load()
        for n, (i, j, provider, score) in enumerate(self.found):
            k = j + 1
            if k < len(toks) and self._gap(j, k) == " " and toks[k].shape == toks[j].shape and toks[k].shape in "TU" \
                    and toks[k].key in lex.surnames and not toks[k].soft and toks[k].start not in self.taken \
                    and self._field_end(k):
                self.taken.add(toks[k].start)
                self.found[n] = (i, k, provider, score)
        for n, (i, j, provider, score) in enumerate(self.found):  # "Rich Pouliot", "Frank Ivanov": a word given name
            h = i - 1
            if h >= 0 and toks[i].strong and toks[h].shape == "T" and toks[h].key in lex.given \
                    and not toks[h].hard and toks[h].key not in RELATION_WORDS and self._gap(h, i) == " " \
                    and toks[h].start not in self.taken:
                self.taken.add(toks[h].start)
                self.found[n] = (h, j, provider, score)
        for i in range(len(toks) - 1):
            a, b = toks[i], toks[i + 1]
            if a.hard and a.key in lex.surnames and a.shape in "TU" and b.shape == a.shape and namelike(b) \
                    and self._gap(i, i + 1) == ", " and self._sentence_start(i) and self._field_end(i + 1) \
                    and a.start not in self.taken and b.start not in self.taken:
                self._add(i, i + 1, False, 0.75)

    def _field_end(self, k: int) -> bool:
        """Token k ends a field: a line end, a wide gap, a middle initial or a credential follows."""
        rest = self.text[self.toks[k].end + self.toks[k].dot:self.toks[k].end + 12]
        return rest[:1] in ("", "\n", ")") or rest.startswith(("  ", " (")) or bool(re.match(r",[ \t]*\d", rest)) \
            or bool(re.match(r" [A-Z]\.?(?:\s|$)", rest)) \
            or bool(CREDENTIAL.match(rest)) or bool(_AGE_SEX.match(rest)) \
            or bool(RELATION_PARENS.match(self._lower(), self.toks[k].end))  # "Mele Nurse (daughter)"
