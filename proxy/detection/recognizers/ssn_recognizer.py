"""US Social Security numbers: dashed or spaced anywhere, bare 9 digits or last four only when labelled."""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.recognizer import LabelledRecognizer, Pattern, TextView

_SSN_LABELS = (
    r"(?:ssn|ss\s?#|social(?:\s*security)?(?:\s*(?:#|no\.?|number))?)\s*(?:last\s*(?:4|four)(?:\s*digits)?|"
    r"(?:ending|ends)(?:\s*(?:in|with))?)",
    r"(?:ssn|social\s*security(?:\s*(?:#|no\.?|number))?)\s*\(\s*last\s*(?:4|four)(?:\s*digits)?\s*\)",
    r"ssn", r"ss\s?#", r"ss\s?no", r"ss\s*num(?:ber)?", r"soc(?:ial)?\.?\s*sec(?:urity)?", r"ssa",
    r"ssn\s*\)",  # "Sub ID (SSN) 123456789"
    r"social(?=[ \t]*[:#]?[ \t]*\d{3}[- ]?\d{2}[- ]?\d{4}(?!\d))")  # "Social 123456789", not "social work 4"
# "the last four of your social? Pt: 1955": a question answered on the next turn of a call script
_LAST_FOUR = (r"(?i:\blast\s*(?:4|four)(?:\s*digits)?\s+of\s+(?:your|the|his|her|their|pt'?s|patient'?s)?\s*"
              r"(?:ssn|social(?:\s*security)?(?:\s*(?:#|no\.?|number))?)\b[?.,:]?\s*"
              r"(?:(?:pt|patient|caller|member|mbr|answer|a)\s*:\s*|is\s+|was\s+)?)(?P<value>\d{4})(?!\d)")


def _plausible(digits: str) -> bool:
    """Area 000/666, group 00 and serial 0000 are never issued."""
    return digits[:3] not in ("000", "666") and digits[3:5] != "00" and digits[5:] != "0000"


class SsnRecognizer(LabelledRecognizer):
    ENTITY = entities.SSN
    LABELS = _SSN_LABELS
    VALUE = r"(?:\d{3}[- .]?\d{2}[- .]?\d{4}|(?:xxx|\*{3})[- ]?(?:xx|\*{2})[- ]?\d{4}|\d{4})(?!\d)"
    PATTERNS = (
        Pattern("ssn_dashed", r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", 0.8),
        Pattern("ssn_spaced", r"(?<![\d-])\d{3} \d{2} \d{4}(?![\d-])", 0.6),
        Pattern("ssn_masked", r"(?<![\w-])(?:xxx|XXX|\*{3})-(?:xx|XX|\*{2})-\d{4}(?![\d-])", 0.85),
    )
    CONTEXT = ("ssn", "social", "ss#", "security", "tax id", "taxpayer", "tin")  # an individual's TIN is the SSN
    # "acct ending 5905?? no wait that's my social": the speaker's own correction outranks the account label
    _SAID = re.compile(r"(?<![\w-])(?P<value>\d{4}|\d{3}-?\d{2}-?\d{4})(?![\d-])(?=\W{0,6}(?i:(?:no,?\s+)?(?:wait,?\s+)?"
                       r"(?:that'?s|that\s+is|thats|it'?s|is)\s+(?:my|his|her|the)\s+(?:social|ssn)\b))")
    _LAST = re.compile(_LAST_FOUR)
    # "SSN on file was wrong, correct one is 721700776": a full number a few words after the word, in the
    # same clause, with no other identifier's label in between
    _NEAR = re.compile(r"(?i)\b(?:ssn|social\s+security|soc\.?\s*sec)\b(?:(?!mrn|med|chart|record|acct|account|member|"
                       r"policy|claim|phone|fax|npi|id\b)[^\n.;\d]){0,40}(?<![\w-])(?P<value>\d{3}-?\d{2}-?\d{4})(?![\d-])")

    def analyze(self, view: TextView) -> list[Finding]:
        out = super().analyze(view)
        if "social" in view.lower or "ssn" in view.lower:  # both need one of the words; most texts have neither
            out += [Finding(m.start("value"), m.end("value"), self.ENTITY, score, self.name)
                    for rx, score in ((self._LAST, 0.95), (self._SAID, 0.97), (self._NEAR, 0.9))
                    for m in rx.finditer(view.text) if rx is not self._NEAR or self.validate(m.group("value"))]
        return out

    def validate(self, value: str) -> bool:
        digits = re.sub(r"\D", "", value)
        return len(digits) != 9 or _plausible(digits)
