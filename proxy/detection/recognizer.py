"""Base classes for recognizers, in presidio's style: declarative PATTERNS and CONTEXT, one per file.

The engine builds one TextView per text and hands it to every recognizer, so shared work
(lower-casing, tokenising) happens once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from proxy.detection.finding import Finding

_TOKEN = re.compile(r"\S+")


@dataclass
class TextView:
    text: str
    cache: dict = field(default_factory=dict)  # recognizers may memoise shared derived data here

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    @cached_property
    def tokens(self) -> list[tuple[int, int]]:
        return [m.span() for m in _TOKEN.finditer(self.text)]


def _find_all(haystack: str, needle: str):
    i = haystack.find(needle)
    while i >= 0:
        yield i
        i = haystack.find(needle, i + 1)


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: str
    score: float
    flags: int = 0


class Recognizer:
    """Produces findings of one or more entity types from a text."""

    ENTITIES: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return type(self).__name__

    def analyze(self, view: TextView) -> list[Finding]:  # pragma: no cover - interface
        raise NotImplementedError


class PatternRecognizer(Recognizer):
    """Regex patterns, optionally raised by CONTEXT words near the match and checked by validate()."""

    ENTITY: str = ""
    PATTERNS: tuple[Pattern, ...] = ()
    CONTEXT: tuple[str, ...] = ()  # lower-case words that make a match more likely PHI
    CONTEXT_WINDOW = 40  # characters before the match searched for context words
    CONTEXT_BOOST = 0.35
    CONTEXT_WHOLE_WORDS = False  # True: a context word must start a word ("id" not inside "guidelines")
    # Group to report, when the regex captures a label around the value (e.g. r"MRN:?\s*(\d+)").
    GROUP = 0

    def __init__(self) -> None:
        self.ENTITIES = (self.ENTITY,)
        self._compiled = [(p, re.compile(p.regex, p.flags)) for p in self.PATTERNS]

    def validate(self, value: str) -> bool:
        """Return False to drop a match (checksums, known non-PHI shapes)."""
        return True

    def validate_match(self, pattern: Pattern, value: str) -> bool:
        """Per-pattern check; defaults to validate(). Override to check only some patterns."""
        return self.validate(value)

    def has_context(self, view: TextView, start: int) -> bool:
        if not self.CONTEXT:
            return False
        window = view.lower[max(0, start - self.CONTEXT_WINDOW):start]
        if self.CONTEXT_WHOLE_WORDS:
            return any(window.startswith(word, i) and (i == 0 or not window[i - 1].isalnum())
                       for word in self.CONTEXT for i in _find_all(window, word))
        return any(word in window for word in self.CONTEXT)

    def analyze(self, view: TextView) -> list[Finding]:
        out: list[Finding] = []
        for pattern, rx in self._compiled:
            for m in rx.finditer(view.text):
                if "value" in rx.groupindex:  # a named group marks the value after a label
                    # alternatives may name theirs value_*: the one that took part in the match
                    group = next((g for g in rx.groupindex if g.startswith("value") and m.start(g) >= 0), "value")
                else:
                    group = self.GROUP if m.lastindex and self.GROUP <= m.lastindex else 0
                start, end = m.span(group)
                if start == end or not self.validate_match(pattern, view.text[start:end]):
                    continue
                score = pattern.score
                # a labelled value already scores LABEL_SCORE: boosting it would break the tie order
                if pattern.name != "labelled" and self.has_context(view, start):
                    score = min(1.0, score + self.CONTEXT_BOOST)
                out.append(Finding(start, end, self.ENTITY, score, self.name))
        return out


# An identifier-shaped value: 3-40 letters/digits with at least one digit, dashes/dots only inside,
# never a plain decimal number (a lab value).
ID_VALUE = r"(?!\d+\.\d+(?![A-Za-z0-9]))(?=[A-Za-z0-9-]*\d)[A-Za-z0-9](?:[A-Za-z0-9]|[-.](?=[A-Za-z0-9])){2,39}(?![A-Za-z0-9])"

# A date written without separators, with dots or a month (19610304, 03.04.1961, Mar-2024, 28DEC1950):
# never an unlabelled ID, nor an account or plan number after its label.
_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
DATE_LIKE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})"
                       r"|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}|(?:\d{1,2}-?)?" + _MON + r"-?(?:19|20)?\d\d", re.I)

# An ID as labels print it: ID_VALUE plus up to two short digit groups after single spaces ("8632 3308",
# "4122 0494 237", "TSZ528293400 52"). A group never looks like a year, a 5-digit code, a dose or a time.
SPACED_ID = (ID_VALUE + r"(?:[ ](?!(?:19|20)\d\d(?!\d))\d{2,4}(?![\w/:-]|[.,]\d)"
             r"(?![ \t]*(?:%|mg|mcg|ml|g\b|kg|units?\b|x\b|y/?o\b|years?\b|yrs?\b|am\b|pm\b|hours?\b|hrs?\b|min)))"
             r"{0,2}")

# What may sit between a label and its value: "#", "no.", "number", "ID", ":", "is", "was", and dot
# leaders of registration printouts ("MRN ............. 04369030").
LABEL_GLUE = (r"\.?(?:\s*(?:#|no\.?|nbr\.?|num(?:ber)?\.?|id(?:entifier)?\.?)(?![a-z]))?(?:\s*(?:[:#=]|is|was|-))?"
              r"(?:[ \t]*[._\u00b7]{3,}[ \t]*:?)?\s*(?:[(\[][ \t]*(?!\d{3}\)))?")  # "Encounter (1234567890)", not "(730) 674-4169"


def labelled_regex(labels: tuple[str, ...], value: str = ID_VALUE) -> str:
    """A regex for LABEL [glue] VALUE with the value in the named group "value"."""
    return r"\b(?:" + "|".join(labels) + r")(?![a-z])" + LABEL_GLUE + r"(?P<value>" + value + r")"


def label_after_regex(labels: tuple[str, ...]) -> str:
    """"(LABEL)" after a value: "ID: 556051479 (MRN)", "0042117 (acct)"; the value is matched backwards."""
    return r"[ \t]*\((?:" + "|".join(labels) + r")(?![a-z])(?:[ \t]*(?:#|no\.?|num(?:ber)?|id))?[ \t]*\)"


class LabelledRecognizer(PatternRecognizer):
    """A PatternRecognizer whose main pattern is a label ("MRN:", "Member ID #") followed by a value.

    LABELS are regex alternatives matched case-insensitively; the value is reported without the label.
    A labelled value is strong evidence (score LABEL_SCORE >= engine's STRONG_SCORE): it wins over the
    medical-code protection, so "Member ID: 99214" is an ID even though 99214 looks like a CPT code.
    """

    LABELS: tuple[str, ...] = ()
    VALUE: str = SPACED_ID
    LABEL_SCORE = 0.95
    CONTEXT_WHOLE_WORDS = True

    def __init__(self) -> None:
        patterns = list(self.PATTERNS)
        if self.LABELS:
            patterns.append(Pattern("labelled", labelled_regex(self.LABELS, self.VALUE), self.LABEL_SCORE, re.I))
        self.PATTERNS = tuple(patterns)
        super().__init__()
        # the label after the value is searched for first (rare), then the value right before it
        self._after = re.compile(label_after_regex(self.LABELS), re.I) if self.LABELS else None
        self._before = re.compile(r"(?<![\w-])(?P<value>" + self.VALUE + r")\Z")

    def analyze(self, view: TextView) -> list[Finding]:
        out = super().analyze(view)
        if self._after is None or "(" not in view.text:
            return out
        for m in self._after.finditer(view.text):
            v = self._before.search(view.text, max(0, m.start() - 60), m.start())
            if v and self.validate(v.group("value")):
                out.append(Finding(v.start("value"), v.end("value"), self.ENTITY, self.LABEL_SCORE, self.name))
        return out


# A finding at or above this score carries its own evidence (a label, a checksum): the engine keeps it
# even where it touches a medical code.
STRONG_SCORE = 0.9
