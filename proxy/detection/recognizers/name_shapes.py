"""Name shapes that need no cue word: what the layout of the words says by itself.

- a given name that is also a word before a word in no list ("Hope Samatar");
- a middle initial between two name-like words ("Thandazile R. Nxele", "Miracle B. Baleegh-Mabuyakhulu");
- dotted initials before a surname ("Q.P. Isaxanli-Moser", "A.S. Zorlu");
- a header line of two to five capitalised words right above a date of birth ("SIONE M KEALOHA\\n06/22/1968");
- a list item that opens with a surname and an initial ("- Cafarchia G: stable", "2. Nusslin J - rm 4").

Clinical words never qualify (they are "hard"), and English words only as the first name of a middle-initial
shape, where "Vitamin D. Levels" still fails on the clinical word.
"""

from __future__ import annotations

import re

from proxy.detection.lexicons.loader import load
from proxy.detection.recognizers.name_context import given_word, namelike, unknown
from proxy.detection.recognizers.name_cues import CLINICAL_HEADS, ROLES
from proxy.detection.recognizers.name_tokens import PARTICLES, Tok, index_at, sep

# Latin species endings: "E. Faecalis", "C. Albicans", "P. Jirovecii" are organisms, not "J. Vincze".
_SPECIES = ("ae", "ii", "um", "ensis", "ans", "ens", "idis", "alis", "oides", "ella", "icum", "ica", "ilis", "us",
            "ium", "ia", "eri", "atis")
_DATE_LINE = re.compile(r"[ \t]*\n[ \t]*(?:DOB:?[ \t]*)?\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b")
_ITEM = re.compile(r"(?m)^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+(?=[^\W\d_])")


def _surname(t: Tok) -> bool:
    """A word that can end a name: a listed name (not only an English word) or a word in no list."""
    return t.shape in "TU" and not (t.hard or t.soft) and (namelike(t) or (t.name and not t.english))


def _given(t: Tok) -> bool:
    """A word that can start a name: any listed name, even an English word (Miracle, Bill), or a word in no list."""
    return t.shape in "TU" and not (t.hard or t.soft) and (namelike(t) or given_word(t) or t.name)


class ShapeRules:
    """Mixed into the scanner: uses its tokens, _add, _free, taken and text."""

    def _past_particles(self, k: int) -> int:
        """Index of the capitalised word after up to two surname particles starting at k (k if none)."""
        toks, n = self.toks, k
        while n < len(toks) and n - k < 2 and toks[n].key in PARTICLES and (not toks[n].dot or toks[n].key == "st") \
                and n + 1 < len(toks) and sep(self.text, toks[n], toks[n + 1]) == " ":
            n += 1
        if n > k and toks[n].shape in "TU" and not toks[n].hard:
            return n
        if n - 1 > k and toks[n - 1].shape in "TU" and not toks[n - 1].hard:
            return n - 1  # "Dr. de Le for approval": the last particle-like word is the surname
        return k

    def _role_or_phrase(self, i: int, j: int) -> bool:
        """ "Attending: Hospitalist Service", "Spoke with Case Management": a role, or an English word that
        starts a Title-case phrase, is not a name."""
        toks = self.toks
        if any(t.key in ROLES for t in toks[i:j + 1]):
            return True
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if nxt is not None and nxt.key in ROLES and sep(self.text, toks[j], nxt) == " ":
            return True  # "From: UR Team", "Spoke with Ortho Service": the run names a team
        return i == j and toks[i].english and not toks[i].strong and nxt is not None and nxt.shape == "T" \
            and nxt.english and not nxt.name and sep(self.text, toks[j], nxt) == " "

    def _open(self, t: Tok) -> bool:
        return t.start not in self.taken and self._free(t)

    def _joined(self, a: int, b: int) -> bool:
        gap = self.text[self.toks[a].end + self.toks[a].dot:self.toks[b].start]
        return gap == " " or (gap == "" and self.toks[a].dot)

    def middle_initials(self) -> None:
        toks = self.toks
        for i in range(len(toks) - 2):
            a, m = toks[i], toks[i + 1]
            if m.shape != "I" or not m.dot or not self._joined(i, i + 1) or not self._joined(i + 1, i + 2):
                continue
            e = self._past_particles(i + 2)  # "Pannawich L. mac Yusifoglu"
            b = toks[e]
            soft_given = a.soft and a.name and not a.hard and a.shape in "TU" and (b.strong or unknown(b))
            # "Yago P. Cross", "Jun W. Ma": after a given name that is no word, any listed surname will do
            word_surname = (a.strong or unknown(a) and len(a.key) >= 4) and b.name and b.shape in "TU" and not b.soft
            if not ((_given(a) or soft_given) and (_surname(b) or word_surname)) or a.dot \
                    or not (self._open(a) and self._open(b)):
                continue  # "Georgia A. Otiwa": a state or month that is a given name, before a surname
            if not (a.name or b.name) and min(len(a.key), len(b.key)) < 4:
                continue  # "Vit D. Troponin": two unknown words need some length to be a name
            k = i  # "Mele Renata A. Fifita": one more given name before
            if k > 0 and self._joined(k - 1, k) and _given(toks[k - 1]) and self._open(toks[k - 1]) \
                    and not toks[k - 1].dot:
                k -= 1
            self._add(k, e, False, 0.8)

    def word_given_unknown(self) -> None:
        """ "Hope Samatar", "Summer Hirsi": a given name that is also a word, then a word no list knows."""
        toks = self.toks
        for i in range(len(toks) - 1):
            a, b = toks[i], toks[i + 1]
            if a.shape == "T" and b.shape == "T" and given_word(a) and unknown(b) and len(b.key) >= 4 \
                    and not a.dot and self._joined(i, i + 1) and self._open(a) and self._open(b) \
                    and not self._head_follows(i + 1):
                self._add(i, i + 1, False, 0.6)

    def given_word_surname(self) -> None:
        """ "Maaike Wise", "Yaqub Story", "Kateřina Parkinson": a given name that is nothing but a name (or a word in no
        list) before a surname that is also a word, unless a clinical noun follows ("Ólafur Lord", not "Graves disease")."""
        toks, lex = self.toks, load()
        for i in range(len(toks) - 1):
            a, b = toks[i], toks[i + 1]
            if a.shape != b.shape or a.shape not in "TU" or a.dot or not self._joined(i, i + 1) \
                    or not (self._open(a) and self._open(b)) or b.hard or b.key not in lex.surnames or b.key in PARTICLES:
                continue  # "Aoife Ní Bhriain": a particle starts the surname, other rules take it whole
            marked = not self.text[a.start:a.end].isascii()  # letters English words do not use
            given = a.strong and a.key in lex.given or unknown(a) and (len(a.key) >= 4 or marked)
            if given and (b.english or b.soft) and (not b.soft or a.strong or marked) and not self._head_follows(i + 1) \
                    and (a.shape == "T" or a.strong):
                self._add(i, i + 1, False, 0.7)

    def place_given_names(self) -> None:
        """ "escalating to Anton Aslund": a town that is also a given name, before a surname no list knows."""
        toks = self.toks
        for i in range(len(toks) - 1):
            a, b = toks[i], toks[i + 1]
            if a.start in self.lone_places and a.key in load().given and a.shape == b.shape and a.shape in "TU" \
                    and unknown(b) and len(b.key) >= 4 and self._joined(i, i + 1) and self._open(b) \
                    and a.start not in self.taken and not self._head_follows(i + 1):
                self.blocked.discard(a.start)
                self._add(i, i + 1, False, 0.82)

    def diacritic_words(self) -> None:
        """ "need help w/ Łukasz": a capitalised word in no list, written with letters English words do not use."""
        for i, t in enumerate(self.toks):
            if t.shape == "T" and unknown(t) and len(t.key) >= 4 and self._open(t) \
                    and not self.text[t.start:t.end].isascii() and not self._head_follows(i):
                self._add(i, i, False, 0.55)

    def past_middle_initial(self) -> None:
        """A name that stops at a middle initial takes the surname after it: "reviewed with Yago P. Cross"."""
        toks = self.toks
        for n, (i, j, provider, score) in enumerate(self.found):
            k = j + 1
            if toks[j].shape == "I" and toks[j].dot and j > i and k < len(toks) and self._joined(j, k) \
                    and toks[k].shape == toks[i].shape and toks[k].name and not toks[k].soft and self._open(toks[k]):
                self.taken.add(toks[k].start)
                self.found[n] = (i, k, provider, score)
                j = k
            # ...and a name that starts at one takes the given name before it: "My father Mats K. Janssen"
            h = i - 1
            if toks[i].shape == "I" and toks[i].dot and j > i and h >= 0 and self._joined(h, i) \
                    and toks[h].shape == toks[j].shape and toks[h].key in load().given \
                    and not (toks[h].hard or toks[h].soft) and self._open(toks[h]):
                self.taken.add(toks[h].start)
                self.found[n] = (h, j, provider, score)

    def caps_pairs(self) -> None:
        """ "for AUTUMN VINCZE, thx": two capitalised names in a line written in lower case, neither a clinical word."""
        toks = self.toks
        for i in range(len(toks) - 1):
            a, b = toks[i], toks[i + 1]
            if a.shape != "U" or b.shape != "U" or not self._joined(i, i + 1) or not (self._open(a) and self._open(b)):
                continue
            if (i > 0 and toks[i - 1].shape == "U" and self._joined(i - 1, i)) \
                    or (i + 2 < len(toks) and toks[i + 2].shape == "U" and self._joined(i + 1, i + 2)):
                continue  # part of a longer caps run: a header, not a name in prose
            ok = all(not (t.hard or t.soft) and (t.name or unknown(t) and len(t.key) >= 4) for t in (a, b)) \
                and not (a.english and b.english) and any(t.strong or unknown(t) for t in (a, b))
            line_start, line_end = self.text.rfind("\n", 0, a.start) + 1, self.text.find("\n", b.end)
            line = self.text[line_start:line_end if line_end >= 0 else len(self.text)]
            if ok and any(c.islower() for c in line):
                self._add(i, i + 1, False, 0.6)

    def dotted_initials(self) -> None:
        """Two dotted initials glued together, then a surname: "A.S. Zorlu". One initial ("J. Smith") is
        left to the other rules: "S. aureus", "E. Coli" have that shape too."""
        toks = self.toks
        for i in range(len(toks) - 2):
            a, b, c = toks[i], toks[i + 1], toks[i + 2]
            if a.shape == b.shape == "I" and a.dot and b.dot and b.start == a.end + 1 \
                    and self.text[b.end + 1:c.start] in (" ", "") and _surname(c) and c.shape == "T" \
                    and self._open(c) and (c.name or len(c.key) >= 4):
                self._add(i, i + 2, False, 0.8)

    def initial_surname(self) -> None:
        """ "J. Vincze", "Maria L." (an initial and a name): the other word must be a name and nothing else or,
        after an initial, a word no list knows that does not end like a Latin species ("E. Faecalis")."""
        toks = self.toks
        for i in range(len(toks) - 1):
            a, b = toks[i], toks[i + 1]
            if not self._joined(i, i + 1) or not (self._open(a) and self._open(b)):
                continue
            e = self._past_particles(i + 1) if a.shape == "I" else i + 1  # "N. van de Greef"
            b = toks[e]
            # an unknown or English-word surname needs a clause start that is no sentence start and no word before
            # the initial: "Vit D. Troponin", "examined. S. Price" stay out, "given to J. Overeem" is a name
            # a Latin-looking ending is no species after a particle ("T. Ó Gairbhia")
            prose = not self.text[:a.start].rstrip(" ").endswith((".", "!", "?")) \
                and not (i > 0 and toks[i - 1].shape in "TU" and self._joined(i - 1, i))
            if a.shape == "I" and a.dot and b.shape == "T" and not (b.hard or b.soft) and self._open(b) \
                    and (b.strong or b.name and not b.english or prose and b.name
                         or prose and unknown(b) and len(b.key) >= 4
                         and (e > i + 1 or not b.key.endswith(_SPECIES))) \
                    and (i == 0 or toks[i - 1].shape != "I" or not self._joined(i - 1, i)):
                self._add(i, e, False, 0.65)
            elif a.shape == "I" and a.dot and b.shape == "T" and not b.hard and (b.soft or b.name) and self._open(b) \
                    and self._line_head(a, b):
                self._add(i, e, False, 0.6)  # "M. Parkinson needs 50 on 12001", "K. Bell rm 648-A": a person opening a line
            elif a.shape == "T" and b.shape == "I" and b.dot and (a.key in load().given or unknown(a)) \
                    and not (a.hard or a.soft) and not self.text[:a.start].endswith(", ") \
                    and (i + 2 >= len(toks) or toks[i + 2].shape not in "TUI" or not self._joined(i + 1, i + 2)):
                self._add(i, i + 1, False, 0.65)

    def _line_head(self, a: Tok, b: Tok) -> bool:
        """An initial opening its line (or after a signing dash) and a surname no clinical word or 's follows."""
        before = self.text[self.text.rfind("\n", 0, a.start) + 1:a.start].strip(" \t")
        after = self.text[b.end:b.end + 30]
        head = re.match(r"[ \t]+([A-Za-z]+)", after)
        return before in ("", "-", "--", "–", "—") and not after.startswith(("'", "’")) \
            and not (head and head.group(1).lower() in CLINICAL_HEADS)

    def dob_headers(self) -> None:
        """A line of capitalised words, nothing else on it, right above a date: a record header."""
        toks = self.toks
        for m in _DATE_LINE.finditer(self.text):
            j = index_at(toks, m.start()) - 1
            if j < 1 or toks[j].end + toks[j].dot != m.start():
                continue
            i = j
            while i > 0 and j - i < 5 and self._joined(i - 1, i) and toks[i - 1].shape in "TUI":
                i -= 1
            line_start = self.text.rfind("\n", 0, toks[i].start) + 1
            if i == j or self.text[line_start:toks[i].start].strip():
                continue
            run = [t for t in toks[i:j + 1] if t.shape != "I" and t.key not in PARTICLES]
            if len(run) >= 2 and all(t.shape == run[0].shape for t in run) and all(_given(t) for t in run) \
                    and any(namelike(t) for t in run) and all(self._open(t) for t in toks[i:j + 1]):
                self._add(i, j, False, 0.75)

    def list_items(self) -> None:
        """ "- Cafarchia G: stable": a surname and an initial opening a list item, then ':' or ' - '."""
        toks = self.toks
        for m in _ITEM.finditer(self.text):
            i = index_at(toks, m.end())
            if i + 1 >= len(toks) or toks[i].start != m.end():
                continue
            i = self._past_particles(i)  # "- dos Murphy F:"; spans() takes the particle back in
            a = toks[i]
            if i + 1 >= len(toks) or not self._open(a) or not self._joined(i, i + 1) or a.hard or a.shape not in "TU":
                continue
            b = toks[i + 1]
            if b.shape == "I":  # "Murphy F": with an initial, even an eponym is a surname
                ok = a.name or unknown(a)
            else:  # "Frank Wibowo": two words, one a name and nothing else, or a given name and an unknown word
                ok = _surname(b) and b.shape == a.shape and self._open(b) \
                    and ((_given(a) and (a.strong or b.strong)) or (a.name and unknown(b) and len(b.key) >= 5))
            rest = self.text[b.end + b.dot:b.end + b.dot + 3]
            if ok and (rest.startswith(":") or rest.startswith(" - ") or rest.startswith(",")):
                self._add(i, i + 1, False, 0.75)
