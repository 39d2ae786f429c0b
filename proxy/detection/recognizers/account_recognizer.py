"""Account, encounter, visit, claim, FIN, invoice and billing numbers (labelled)."""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.recognizer import LabelledRecognizer

_DATE_SHAPE = re.compile(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{2}|\d{4})")

_LABELS = (
    r"(?:patient\s+|billing\s+|hospital\s+|guarantor\s+)?account",
    r"acct?\.?",
    r"a/c",
    r"encounter",
    r"enc\.?",
    r"visit",
    r"admission\s*(?:#|no\b|number|id)",
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
)


class AccountIdRecognizer(LabelledRecognizer):
    ENTITY = entities.ACCOUNT_ID
    LABELS = _LABELS

    def validate(self, value: str) -> bool:
        # "visit 2024-08-12" is a date after the word visit, not a visit number
        return sum(c.isdigit() for c in value) >= 3 and not _DATE_SHAPE.fullmatch(value)
