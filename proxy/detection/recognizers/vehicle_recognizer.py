"""Vehicle identifiers: licence plates when labelled, VINs (17 characters, check digit)."""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.recognizer import LabelledRecognizer, Pattern

_VIN = r"[A-HJ-NPR-Z0-9]{17}"
_TRANSLIT = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
             **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_ok(vin: str) -> bool:
    """North American VIN check digit (position 9): weighted sum mod 11, 10 written as X."""
    vin = vin.upper()
    if not re.fullmatch(_VIN, vin):
        return False
    total = sum(_TRANSLIT[c] * w for c, w in zip(vin, _WEIGHTS))
    check = "X" if total % 11 == 10 else str(total % 11)
    return vin[8] == check


class VehicleRecognizer(LabelledRecognizer):
    ENTITY = entities.VEHICLE_ID
    LABELS = (
        r"(?:licen[cs]e\s+)?plates?",
        r"(?:license|lic\.?|tag)\s*plate",
        r"tag\s*(?:#|no\b|number)",
        r"vin",
        r"vehicle\s*(?:id(?:entification)?|#|no\b|number|reg(?:istration)?)",
        r"registration\s*plate",
    )
    # plates: 2-8 letters/digits, optionally split by one dash or space ("7ABC123", "ABC-1234", "ABC 1234")
    VALUE = r"[A-HJ-NPR-Za-hj-npr-z0-9]{17}(?![A-Za-z0-9])|(?=[A-Za-z0-9 -]*\d)[A-Za-z0-9]{1,8}(?:[- ][A-Za-z0-9]{1,8})?(?![A-Za-z0-9])"
    PATTERNS = (Pattern("vin", r"\b" + _VIN + r"\b", 0.9, re.I),)
    CONTEXT = ("vin", "vehicle", "car", "truck", "mva", "mvc")

    def validate_match(self, pattern: Pattern, value: str) -> bool:
        if pattern.name == "vin":
            return vin_ok(value)
        compact = value.replace("-", "").replace(" ", "")
        return 2 <= len(compact) <= 17
