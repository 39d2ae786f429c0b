"""Account, encounter, visit, claim, FIN, invoice and billing numbers (labelled)."""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.recognizer import DATE_LIKE, SPACED_ID, LabelledRecognizer, TextView
from proxy.detection.recognizers.id_columns import column_values, header_regex, label_pairs
from proxy.detection.recognizers.id_repeats import repeated

_DATE_SHAPE = re.compile(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{2}|\d{4})")

_LABELS = (
    r"(?:patient\s+|billing\s+|hospital\s+|guarantor\s+)?account",
    r"acct?\.?",
    r"a/c",
    r"encounter",
    r"enc\.?",
    r"visit",
    r"(?:admission|admit|adm|episode|guarantor)\.?\s*(?:#|no\b|number|id)",
    r"claim",
    r"clm\.?",
    r"icn",
    r"dcn",
    r"fin",
    r"financial\s*(?:#|no\b|number)",
    r"invoice",
    r"inv\.?\s*#",
    r"bill(?:ing)?\s*(?:#|no\b|number|id)",
    r"statement\s*(?:#|no\b|number|id)",
    r"csn",
    r"har",
    r"remittance\s*(?:#|no\b|number|id)",
    r"(?:prior\s*)?auth(?:orization)?\s*(?:#|no\b|number|id|code)",
    r"pa\s*#",
    r"reference\s*(?:#|no\b|number)\s*(?:for\s+(?:the\s+)?claim)?",
    # the claim forms' patient control number: UB-04 locator 3a, CMS-1500 box 26
    r"(?:patient|pat|pt)\.?\s*(?:control|cntl|ctrl)\.?(?:\s*(?:#|no\b|number))?",
    r"pcn",
    # claim control numbers (Medicaid TCN, payer claim control), remittance and EOB references
    r"tcn",
    r"(?:payer\s+)?claim\s*control(?:\s*(?:#|no\b|number))?",
    r"remit",
    r"eob",
    r"hospital\s+account\s+record",
    r"fl\s?3a(?:\s*(?:pat(?:ient)?\.?\s*)?(?:control|cntl|ctrl)\.?)?",
    r"box\s*26",
)
# "account ending in 4821": the last digits of an account, said aloud or printed masked
_ENDING = (r"(?i:\b(?:account|acct|a/c)\.?(?:\s*(?:#|no\.?|number))?\s+(?:ending|ends)(?:\s+(?:in|with))?"
           r"\s*:?\s*(?:[x*]+[- ]?)?)(?P<value>\d{4})(?!\d)")


# A number sitting in a billing work queue is an account: DNB/DNFB (discharged, not final billed), bill hold.
_IN_BILLING_QUEUE = re.compile(r"(?<![\w-])(?P<value>" + SPACED_ID + r")(?=[ \t]+(?:(?:is|still|sitting|stuck)[ \t]+)*"
                               r"(?:in|on)[ \t]+(?:the[ \t]+)?(?i:dnb|dnfb|bill(?:ing)?[ \t]+hold)\b)")


class AccountIdRecognizer(LabelledRecognizer):
    ENTITY = entities.ACCOUNT_ID
    LABELS = _LABELS
    # after an account label a dotted number is the account ("Guar Acct 94461.629"), not a lab value; an
    # amount has two decimals
    VALUE = r"(?:\d{4,}\.\d{3,}(?!\w|\.\d)|" + SPACED_ID + r")"
    _ENDING = re.compile(_ENDING)
    PAIR_SCORE = 0.96
    COLUMN_SCORE = 0.92  # a cell under an "Acct"/"ENC" header: above OTHER_ID's label (0.9)
    REPEAT_SCORE = 0.85  # a later bare copy of a labelled number: above OTHER_ID (0.6 + context)
    _HEADER = header_regex(_LABELS)
    _CELL = re.compile(SPACED_ID)

    def analyze(self, view: TextView) -> list[Finding]:
        found = super().analyze(view)
        if "end" in view.lower:  # "account ending in 4821"
            found += [Finding(m.start("value"), m.end("value"), self.ENTITY, self.LABEL_SCORE, self.name)
                      for m in self._ENDING.finditer(view.text)]
        if "dnb" in view.lower or "dnfb" in view.lower or "hold" in view.lower:  # ("Rx #27131481 on hold" is no account)  # "610304132524 still in dnb?"
            found += [Finding(m.start("value"), m.end("value"), self.ENTITY, 0.85, self.name)
                      for m in _IN_BILLING_QUEUE.finditer(view.text)
                      if self.validate(m.group("value")) and sum(c.isdigit() for c in m.group("value")) >= 6]
        found += [Finding(s, e, self.ENTITY, self.COLUMN_SCORE, self.name)
                  for s, e in column_values(view, self._HEADER, self._CELL) if self.validate(view.text[s:e])]
        # a pair of labels outranks a single one: in "Acct/MRN: 5566778 / 00123456" the first is the account
        found += [Finding(s, e, self.ENTITY, self.PAIR_SCORE, self.name) for h, s, e in label_pairs(view)
                  if self._HEADER.fullmatch(h) and self.validate(view.text[s:e])]
        strong = [f for f in found if f.score >= self.COLUMN_SCORE]
        return found + repeated(view, strong, self.ENTITY, self.REPEAT_SCORE, self.name)

    def validate(self, value: str) -> bool:
        # "visit 2024-08-12" is a date after the word visit, not a visit number
        return sum(c.isdigit() for c in value) >= 3 and not _DATE_SHAPE.fullmatch(value) and not DATE_LIKE.fullmatch(value)
