"""Licence and certificate numbers: DEA (with its checksum), state and professional licences,
driver's licences and certificates when labelled."""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.recognizer import ID_VALUE, LabelledRecognizer, Pattern

_LABELS = (
    r"(?:state\s+|medical\s+|professional\s+|nursing\s+|rn\s+|lpn\s+|md\s+|pharmacy\s+|provider\s+|"
    r"driver'?s?\s+|drivers\s+|driving\s+|commercial\s+|cdl\s+)?licen[cs]e",
    r"lic\.?",
    r"(?-i:DL|CDL)",  # capitals only: "dL" is a unit
    r"dea(?:\s*registration)?",
    r"(?:birth|death|marriage|board|medical|training)?\s*certificate",
    r"cert\.?",
    r"certification",
    r"registration\s*(?:#|no\b|number)",
    r"permit",
)

DEA = r"[ABCDEFGHJKLMNPRSTUX][A-Z9]\d{7}"


def dea_ok(value: str) -> bool:
    """DEA check: (d1+d3+d5) + 2*(d2+d4+d6), last digit equals d7."""
    if not re.fullmatch(DEA, value):
        return False
    d = [int(c) for c in value[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


class LicenseRecognizer(LabelledRecognizer):
    ENTITY = entities.LICENSE_ID
    LABELS = _LABELS
    # also "G 44881", "392 849 727", "44.679507": licence numbers are written with spaces and dots
    VALUE = r"(?:[A-Za-z]{1,2} \d{4,}|\d{2,4}(?:[ .]\d{2,})+|" + ID_VALUE + r")(?![A-Za-z0-9])"
    PATTERNS = (Pattern("dea", r"\b" + DEA + r"\b", 0.85),)
    CONTEXT = ("dea", "licen", "prescriber")

    def validate_match(self, pattern: Pattern, value: str) -> bool:
        if pattern.name == "dea":  # unlabelled: only a checksum makes it a DEA number
            return dea_ok(value)
        return sum(c.isdigit() for c in value) >= 2
