"""Finds person names once per text; the PERSON and PROVIDER recognizers report their share.

Evidence, strongest first: a cue before the name (label, title, relation, "seen by"), a credential
after it (", MD"), the "Last, First" shape, then capitalised runs holding a name that is nothing but
a name (Okafor, Chinedu). Words that are also names and ordinary words (Rose, Will, King) count only
beside such evidence. Once found, a name's words are marked wherever else they occur in the text.
"""

from __future__ import annotations

from dataclasses import dataclass

from proxy.detection.recognizer import TextView
from proxy.detection.recognizers.name_context import ContextRules, unknown
from proxy.detection.recognizers.name_prose import ProseRules
from proxy.detection.recognizers.name_shapes import ShapeRules
from proxy.detection.recognizers.name_cues import (CLINICAL_HEADS, CREDENTIAL, FORM_VALUES, HANDOFF_CUE, NOT_AFTER_TITLE,
                                                  SIGN_OFF_WORDS, SIGNATURE, SIGNATURE_ROLE, TITLES, cue_matches)
from proxy.detection.recognizers.name_tokens import PARTICLES, TITLE_ABBREV, Tok, index_at, tokens
from proxy.detection.recognizers.name_tokens import sep as _sep
from proxy.detection.recognizers.place_spans import protected_spans

MAX_RUN = 4


@dataclass(slots=True)
class NameSpan:
    start: int
    end: int
    provider: bool
    score: float


def _acceptable(t: Tok, after_cue: bool) -> bool:
    if t.shape == "I":
        return t.dot or t.key not in ("a", "i")  # "John A. Smith", not the article "A"
    if t.hard:
        return False
    if t.shape == "l":
        return after_cue and t.name and (t.strong or not t.english)
    if t.shape == "U" and len(t.key) <= 3 and not t.name:
        return False  # acronym
    return t.name or t.soft or not t.english


class _Scanner(ContextRules, ShapeRules, ProseRules):
    def __init__(self, view: TextView) -> None:
        self.text = view.text
        self.lower = view.lower
        self.toks = tokens(view)
        self.blocked: set[int] = set()  # starts of tokens inside a place, address or facility
        self.lone_places: set[int] = set()  # a place that is one word, a given name too ("to Anna Smith")
        for s, e in protected_spans(view):
            k = index_at(self.toks, s)
            if k < len(self.toks) and self.toks[k].start == s and self.toks[k].end == e:
                self.lone_places.add(s)
            while k < len(self.toks) and self.toks[k].start < e:
                self.blocked.add(self.toks[k].start)
                k += 1
        self.taken: set[int] = set()
        self.found: list[tuple[int, int, bool, float]] = []  # token index range, provider, score

    def _free(self, t: Tok) -> bool:
        return t.start not in self.blocked

    def _header_tail(self, i: int) -> bool:
        """After token i comes an initial, a line end, a wide gap or a digit: a name field, not prose."""
        rest = self.text[self.toks[i].end:self.toks[i].end + 4]
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
        return (nxt is not None and nxt.shape == "I" and nxt.start - self.toks[i].end <= 2) \
            or rest[:1] in ("", "\n", "(") or rest.startswith("  ") or rest[1:2].isdigit()

    def _sentence_start(self, i: int) -> bool:
        if i == 0:
            return True
        prev = self.toks[i - 1]
        gap = self.text[prev.end:self.toks[i].start]
        return "\n" in gap or any(c in gap for c in ".!?:;") or (prev.dot and prev.key not in TITLE_ABBREV) \
            or gap.rstrip().endswith(('"', "\u201c"))  # an opening quote starts a sentence: says, "Hibaaq hasn't

    def _head_follows(self, i: int) -> bool:
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
        return nxt is not None and nxt.key in CLINICAL_HEADS

    def _extend(self, i: int, after_cue: bool, allow_comma: bool) -> int:
        """Last index of the name run starting at token i, or -1."""
        toks, j = self.toks, i
        if not _acceptable(toks[i], after_cue) or toks[i].start in self.taken or not self._free(toks[i]):
            return -1
        words = 1
        while j + 1 < len(toks) and words < MAX_RUN:
            sep = _sep(self.text, toks[j], toks[j + 1])
            nxt = toks[j + 1]
            if sep == "," and not (allow_comma and j == i and nxt.shape in "TU" and (nxt.name or not nxt.english)):
                break
            if not sep or nxt.start in self.taken or not self._free(nxt):
                break
            k = self._past_particles(j + 1) if sep == " " else j + 1
            if k > j + 1:  # "Caraka van den Qureshi", "Gemma Di Griffiths", "DE LA": particles inside a surname
                if _acceptable(toks[k], after_cue) and toks[k].start not in self.taken and self._free(toks[k]):
                    j, words = k, words + 1
                    continue
                break
            if not _acceptable(nxt, after_cue and toks[i].shape == "l") or (toks[i].shape != "l" and nxt.shape == "l"):
                break
            j, words = j + 1, words + 1
        while j >= i and (toks[j].soft and self._head_follows(j)):
            j -= 1
        return j

    def _add(self, i: int, j: int, provider: bool, score: float) -> None:
        if j < i:
            return
        if all(t.shape == "I" for t in self.toks[i:j + 1]):
            return
        for t in self.toks[i:j + 1]:
            self.taken.add(t.start)
        self.found.append((i, j, provider, score))

    def cues(self) -> None:
        for m in cue_matches(self.text, self.lower):
            i = index_at(self.toks, m.end())
            if i >= len(self.toks) or self.toks[i].start != m.end():
                continue
            provider = bool(m.group("vl") or m.group("vp"))
            if HANDOFF_CUE.search(m.group(0)) and self.toks[i].start in self.lone_places:
                self.blocked.discard(self.toks[i].start)  # "Report to Solomon at 0700": a nurse, not the town
            self._after_title_or_cue(i, provider, 0.85)
        for m in SIGNATURE.finditer(self.text):  # "- Ejaz Waahid" closing a note
            i = index_at(self.toks, m.end())
            j = self._extend(i, False, False) if i < len(self.toks) else -1
            rest = self.text[self.toks[j].end:self.toks[j].end + 16] if j >= i else ""
            if j >= i and (rest[:2].strip(" .") in ("", "\n", ",") or SIGNATURE_ROLE.match(rest)):
                self._add(i, j, True, 0.7)

    def _after_title_or_cue(self, i: int, provider: bool, score: float) -> None:
        t = self.toks[i]
        if t.key in FORM_VALUES:
            return
        titled = t.key in TITLES and (t.dot or i + 1 < len(self.toks) and _sep(self.text, t, self.toks[i + 1]) == " ")
        if titled and t.shape == "U" and not t.dot and not (self.toks[i + 1].shape == "U" and self.toks[i + 1].strong):
            titled = False  # "MS Contin", "MR moderate": multiple sclerosis, mitral regurgitation; "MR SMITH" stays
        if titled:
            provider = provider or TITLES[t.key]
            i += 1
            if i >= len(self.toks) or _sep(self.text, t, self.toks[i]) != " ":
                return
            i = self._past_particles(i)  # "Mr. bin Talal", "DR. le Mathebula": spans() adds the particles back
            nxt = self.toks[i]
            if nxt.hard and nxt.shape in "TU" and len(nxt.key) > 2 and nxt.key not in TITLES:
                nxt.hard = False  # "Dr. Foley": an explicit title outranks the stop list
            if nxt.shape == "T" and (t.dot or t.shape == "T") and t.key in TITLE_ABBREV and nxt.key not in TITLES \
                    and not nxt.hard and len(nxt.key) > 1 and self._extend(i, True, True) < i:
                self._add(i, i, provider, score)  # "Mr. Canals", "Mrs. Seven": Mr./Dr. vouch for an English word
                return
            if nxt.shape == "l" and nxt.key in NOT_AFTER_TITLE:
                return
            if nxt.shape == "l" and not nxt.hard and (nxt.name or not nxt.english):
                self._add(i, i, provider, score)  # "dr smith", "dr kiplagat" in chat
                return
            if nxt.shape == "l" and nxt.hard and nxt.name and len(nxt.key) > 2 and nxt.key not in NOT_AFTER_TITLE:
                self._add(i, i, provider, score)  # "dr cross", "mrs foley": a title vouches for a listed surname
                return
        if not titled:
            i = self._past_particles(i)
        j = self._extend(i, True, True)
        if j >= i and not titled and self._role_or_phrase(i, j):
            return
        if j >= i and (titled or any(t.strong or not t.english or (t.name and not t.soft) for t in self.toks[i:j + 1])):
            self._add(i, j, provider, score)

    def titles(self) -> None:
        for i, t in enumerate(self.toks):
            if t.key in TITLES and (t.shape != "l" or t.key in TITLE_ABBREV) and t.start not in self.taken and i + 1 < len(self.toks):
                self._after_title_or_cue(i, False, 0.85)

    def credentials(self) -> None:
        for i, t in enumerate(self.toks):
            if t.shape not in "TUI" or t.start in self.taken or not CREDENTIAL.match(self.text, t.end + t.dot):
                continue
            j = i
            while j > 0 and i - j < MAX_RUN - 1 and _acceptable(self.toks[j - 1], False) \
                    and _sep(self.text, self.toks[j - 1], self.toks[j]) in (" ", ",") and self.toks[j - 1].shape != "l":
                j -= 1
            run = self.toks[j:i + 1]
            if _acceptable(t, False) and any(x.name or not x.english for x in run):
                self._add(j, i, True, 0.85)

    def last_first(self) -> None:
        toks = self.toks
        for i in range(len(toks) - 1):
            a, b = toks[i], toks[i + 1]
            if a.shape not in "TU" or b.shape not in "TU" or a.hard or b.hard or _sep(self.text, a, b) != "," \
                    or a.key in SIGN_OFF_WORDS:  # "Cheers, Laini": a closing and its writer
                continue
            listed = a.key in _lex().surnames and b.key in _lex().given and (a.strong or b.strong)
            # unlisted names in a header: "SADEED, JABBAAR R." / "Cha, Youa  DOB" - neither is a word
            unlisted = not (a.english or b.english or a.soft or b.soft) and len(a.key) > 1 and len(b.key) > 1 \
                and (a.shape == b.shape == "U" or self._header_tail(i + 1))
            # mid-sentence "Okoro, Nonso states", "Gautier, Hunter": both name-like, one a name and nothing else
            # (or a word no list knows), not both English words ("Walker, Miracle" needs more evidence)
            loose = not (a.soft or b.soft or a.english and b.english) and (a.name or unknown(a)) \
                and (b.name or unknown(b)) and (a.strong or b.strong or unknown(a) or unknown(b)) and a.shape == b.shape \
                and not self._head_follows(i + 1)  # "Dejerine-Sottas, Barany test": a list of eponyms
            if listed or unlisted or loose:
                j = self._extend(i, False, True)
                if j > i:
                    self._add(i, j, False, 0.8)

    def bare(self) -> None:
        toks = self.toks
        for i, t in enumerate(toks):
            if not t.strong or t.shape not in "TU" or t.start in self.taken or not self._free(t):
                continue
            k = i  # walk left over name-like capitalised words
            while k > 0 and toks[k - 1].shape in "TUI" and _acceptable(toks[k - 1], False) \
                    and toks[k - 1].start not in self.taken and _sep(self.text, toks[k - 1], toks[k]) == " " \
                    and self._free(toks[k - 1]) \
                    and (toks[k - 1].name or toks[k - 1].shape == "I") and i - k < MAX_RUN - 1:
                k -= 1
            if k == i and i > 0 and toks[i - 1].shape == t.shape and unknown(toks[i - 1]) and not toks[i - 1].dot \
                    and toks[i - 1].start not in self.taken and self._free(toks[i - 1]) \
                    and _sep(self.text, toks[i - 1], t) == " ":
                k -= 1  # "Balveer Mishra", "Jianguo Liu": a given name no list knows before a listed surname
            score = 0.7
            if k == i and i > 0 and toks[i - 1].start in self.lone_places and toks[i - 1].shape == t.shape \
                    and toks[i - 1].key in _lex().given and _sep(self.text, toks[i - 1], t) == " " \
                    and toks[i - 1].start not in self.taken:
                k, score = k - 1, 0.82  # "call to ESTHER OKONKWO": a given name before a surname outranks the town
                self.blocked.discard(toks[k].start)
            j = self._extend(k, False, False)
            if j == k and t.shape == "U" and len(t.key) <= 3:
                continue  # "Acuity ESI 2", "LEE" alone: a short capitalised word alone is an acronym first
            if j == k and t.key in TITLES:
                continue  # "Dona maria da silva": a courtesy title alone names no one
            if j > k or (j == k and (t.key in _lex().given or len(t.key) >= 4)):
                self._add(k, j, False, score if j > k else 0.5)

    def propagate(self) -> None:
        kinds: dict[str, bool] = {}
        for i, j, provider, _ in self.found:
            for t in self.toks[i:j + 1]:
                if t.shape != "I" and len(t.key) > 1 and t.key not in PARTICLES and not t.hard:
                    kinds[t.key] = kinds.get(t.key, True) and provider
        for i, t in enumerate(self.toks):
            if t.key in kinds and t.start not in self.taken and (t.shape in "TU" or t.strong) \
                    and self._free(t) and not (t.soft and self._head_follows(i)) \
                    and (t.strong or not self._sentence_start(i)):
                self._add(i, i, kinds[t.key], 0.75)

    def spans(self) -> list[NameSpan]:
        out, toks = [], self.toks
        for i, j, provider, score in self.found:
            # particles right before a surname belong to it: "da Sasaki, Amado", "DE LA KOBAYASHI", "bin Talal"
            while i < j and toks[i].key in TITLES and _sep(self.text, toks[i], toks[i + 1]) == " ":
                i += 1  # a courtesy title stays outside the name: "Dona Maria da Silva"
            head, first = toks[i].shape, i
            while i > 0 and toks[i - 1].key in PARTICLES and (not toks[i - 1].dot or toks[i - 1].key == "st") \
                    and head in "TU" and first - i < 2 \
                    and toks[i - 1].start not in self.taken and _sep(self.text, toks[i - 1], toks[i]) == " " \
                    and (toks[i - 1].shape != "U" or head == "U"):
                i -= 1
            end = self.toks[j]
            # a credential after the name makes it a clinician, whatever cue came before
            provider = provider or bool(CREDENTIAL.match(self.text, end.end + end.dot))
            out.append(NameSpan(self.toks[i].start, end.end, provider, score))
        return out


def _lex():
    from proxy.detection.lexicons.loader import load
    return load()


# Strongest evidence first: a rule skips tokens an earlier rule took; propagate runs last over all of them.
_RULES = ("cues", "titles", "credentials", "last_first", "middle_initials", "word_given_unknown", "given_word_surname",
          "place_given_names", "caps_pairs", "dotted_initials", "initial_surname", "lists", "list_items", "relations",
          "age_sex", "greetings", "sign_offs", "appositions", "closing_line", "id_lines", "dob_headers", "bare", "subjects", "diacritic_words",
          "possessives", "lowercase", "chat_pairs", "clinical_surnames", "past_middle_initial", "conjuncts", "propagate")


def scan(view: TextView) -> list[NameSpan]:
    cached = view.cache.get("names")
    if cached is None:
        s = _Scanner(view)
        for rule in _RULES:
            getattr(s, rule)()
        cached = view.cache["names"] = s.spans()
    return cached
