"""Names that the shape of a message or a sentence vouches for, with no label or title before them.

- an email's greeting line: "Reet,", "Liba and Faizan," alone between blank lines;
- a sign-off: "Thanks!\\nMiracle", "Cheers, Laini", "Best regards,\\n\\nAna Ruiz";
- a relation in apposition: "Rose, the patient's daughter, called";
- the writer ending a note: "Next visit 28th of September. Fryderyk";
- the other half of a pair joined by "and", "&" or "or" once one half is a name: "Chinelo and Iosefa",
  "Updated Faith and Chiraz" (people are listed with people; "Parkinson and Alzheimer" never start as names).

The words must still look like names: a listed name, a given name that is also a word, or a word in no list;
clinical words (hard) never qualify; a given name that is also a month, state or eponym (soft: June, Rich) only
in a greeting or an apposition, which only people take.
"""

from __future__ import annotations

import re

from proxy.detection.lexicons.loader import load
from proxy.detection.recognizers.name_context import given_word, namelike
from proxy.detection.recognizers.name_cues import CLINICAL_HEADS, ROLES
from proxy.detection.recognizers.name_tokens import PARTICLES, Tok, index_at

# An email's greeting line with no "Hi": a blank line (or the start), "Reet," or "Liba and Faizan,", a blank line.
_GREETING = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*(?=[A-Z][^\W\d_]+(?:[ \t](?:and[ \t]|&[ \t])?[A-Z][^\W\d_'’-]+){0,3},"
                       r"[ \t]*\n[ \t]*\n)")
# A closing line, then the writer's name on the same line after a comma or alone on the next line(s).
_SIGN_OFF = re.compile(r"(?im)^[ \t]*(?:thanks|thank[ \t]+you|many[ \t]+thanks|cheers|best|(?:best|kind|warm|warmest)[ \t]+"
                       r"regards|regards|sincerely|respectfully|warmly|cordially|v/r|take[ \t]+care)[ \t]*(?:[,!.][ \t]*)?"
                       r"(?:\n[ \t]*(?:\n[ \t]*)?|(?<=,)[ \t]*|(?<=,[ \t])[ \t]*)(?=[A-Z])")
_CONJ = frozenset(("and", "or"))
# A relation in apposition after a name: "Rose, the patient's daughter, called", "Tremaine, her grandson, will".
_APPOSITION = re.compile(r",[ \t]+(?:the[ \t]+)?(?:patient|pt|her|his|their|my|our)(?:['’]s)?[ \t]+(?:[a-z]+[ \t]+)?"
                         r"(?:mother|father|mom|dad|wife|husband|spouse|partner|sons?|daughters?|sisters?|brothers?|"
                         r"aunt|uncle|niece|nephew|cousin|friend|neighbou?r|roommate|caregiver|guardian|grandmother|"
                         r"grandfather|grandson|granddaughter|boyfriend|girlfriend|fianc[eé]e?|poa|hcpoa|guarantor)\b[ \t]*[,.;)]")


class ProseRules:
    """Mixed into the scanner: uses its tokens, found, taken, _add, _free and _gap."""

    def _fits(self, t: Tok) -> bool:
        """A word these rules may call a name by itself."""
        return t.shape in "TU" and not (t.hard or t.soft) and t.key not in ROLES \
            and (namelike(t) or given_word(t) or t.name and not t.english) and t.start not in self.taken \
            and self._free(t)

    def greetings(self) -> None:
        """"Reet,\\n\\n" or "Liba and Faizan,\\n\\n" opening an email body (Thanks, Team and Sepsis stay)."""
        toks = self.toks
        for m in _GREETING.finditer(self.text):
            i = index_at(toks, m.end())
            if i >= len(toks) or toks[i].start != m.end():
                continue
            comma = self.text.index(",", m.end())
            run = [k for k in range(i, index_at(toks, comma)) if toks[k].key not in _CONJ]
            if run and all(self._fits(toks[k]) or self._greeted(toks[k]) for k in run):
                groups, start = [], run[0]
                for a, b in zip(run, run[1:] + [None]):  # "Liba and Faizan": two names; "Ana Ruiz": one
                    if b is None or self._gap(a, b) != " ":
                        groups.append((start, a))
                        start = b
                for a, b in groups:
                    self._add(a, b, False, 0.7)

    def _greeted(self, t: Tok) -> bool:
        """Any given name, even a month or an eponym ("Rich and Haruto,"), when a greeting line holds it."""
        return t.shape == "T" and not t.hard and t.key in load().given and t.start not in self.taken

    def sign_offs(self) -> None:
        """The writer's name after a closing: one to three name-like words ending the line."""
        toks = self.toks
        for m in _SIGN_OFF.finditer(self.text):
            i = index_at(toks, m.end())
            if i >= len(toks) or toks[i].start != m.end():
                continue
            j = i
            while j + 1 < len(toks) and j - i < 2 and self._gap(j, j + 1) == " " and toks[j + 1].shape in "TUI":
                j += 1
            rest = self.text[toks[j].end + toks[j].dot:toks[j].end + toks[j].dot + 3]
            if rest[:1] not in ("", "\n", ",", " ", "|", "(") or rest[:1] == " " and rest[1:2] not in ("|", "(", "-"):
                continue  # "Best wishes for a speedy recovery": a sentence, not a signature
            run = toks[i:j + 1]
            if all(t.shape == "I" or t.name and not t.hard and t.start not in self.taken or self._fits(t) for t in run) \
                    and any(t.shape != "I" for t in run):
                self._add(i, j, False, 0.75)

    def appositions(self) -> None:
        """One to three name-like words opening a sentence or clause, then ", the patient's daughter,"."""
        toks = self.toks
        for m in _APPOSITION.finditer(self._lower()):
            j = index_at(toks, m.start()) - 1
            if j < 0 or toks[j].end + toks[j].dot != m.start():
                continue
            i = j
            while i > j - 2 and i > 0 and self._gap(i - 1, i) == " " and toks[i - 1].shape == toks[j].shape \
                    and not self._sentence_start(i):
                i -= 1
            run = toks[i:j + 1]
            if (self._sentence_start(i) or self._gap(i - 1, i).endswith(", ")) \
                    and all(self._fits(t) or self._greeted(t) for t in run):
                self._add(i, j, False, 0.75)

    def closing_line(self) -> None:
        """One or two name-like words ending a note after a finished sentence: its writer ("...\\nTabish",
        "Next visit 28th of September. Fryderyk")."""
        toks, text = self.toks, self.text
        if not toks or text[toks[-1].end + toks[-1].dot:].strip():
            return
        i = len(toks) - 1
        while i > 1 and self._gap(i - 1, i) == " " and toks[i - 1].key in PARTICLES and len(toks) - i < 3:
            i -= 1  # "Dawn van Houten": particles before the surname
        if i > 0 and self._gap(i - 1, i) == " " and self._fits(toks[i - 1]) and not toks[i - 1].dot:
            i -= 1
        before = text[:toks[i].start]
        if i == 0 or not (before.endswith("\n") or before.endswith(". ")) or before.rstrip()[-1:] not in ".!)" \
                or toks[i - 1].shape == "I":
            return  # "B. Burgdorferi": an initial's dot ends no sentence
        # alone on the last line after a blank one, a signing given name vouches for an eponym surname ("Mosese Marfan")
        signed = re.search(r"\n[ \t]*\n[ \t]*$", before) is not None and self._fits(toks[i]) and len(toks) - i >= 2
        rest = [t for t in toks[i + 1:] if t.key not in PARTICLES]
        if toks[i].shape == "T" and (all(self._fits(t) for t in toks[i:] if t.key not in PARTICLES) or signed and all(
                self._fits(t) or t.soft and not t.hard and t.shape == "T" for t in rest)):
            self._add(i, len(toks) - 1, False, 0.7)

    def _conj_before(self, a: int, b: int) -> bool:
        """Tokens a and b (a < b) are joined by "and", "or" (the token between them) or "&" (in the gap)."""
        toks = self.toks
        if b == a + 2 and toks[a + 1].key in _CONJ:
            return self._gap(a, a + 1) == " " and self._gap(a + 1, b) == " "
        return b == a + 1 and self._gap(a, b).strip() == "&" and "\n" not in self._gap(a, b)

    def conjuncts(self) -> None:
        """ "Chinelo and Iosefa", "Updated Faith and Chiraz": a one- or two-word name joined to a found name."""
        toks = self.toks
        for i, j, provider, _ in list(self.found):
            if any(t.shape == "l" for t in toks[i:j + 1]):
                continue
            for k in (j + 1, j + 2):  # the name after: "X and Ana", "X & Ana Ruiz"
                if k < len(toks) and self._conj_before(j, k):
                    end = k + 1 if k + 1 < len(toks) and self._gap(k, k + 1) == " " \
                        and self._fits(toks[k + 1]) and toks[k + 1].shape == toks[k].shape else k
                    self._conjunct(k, end, toks[i].shape, provider)
            for k in (i - 1, i - 2):  # the name before: "Chinelo and X"
                if k >= 0 and self._conj_before(k, i):
                    start = k - 1 if k > 0 and self._gap(k - 1, k) == " " and self._fits(toks[k - 1]) \
                        and toks[k - 1].shape == toks[k].shape and not self._sentence_start(k) else k
                    self._conjunct(start, k, toks[i].shape, provider)

    def _conjunct(self, a: int, b: int, shape: str, provider: bool) -> None:
        toks = self.toks
        nxt = toks[b + 1].key if b + 1 < len(toks) else ""
        if all(self._fits(t) for t in toks[a:b + 1]) and toks[a].shape == shape and nxt not in CLINICAL_HEADS:
            self._add(a, b, provider, 0.7)
