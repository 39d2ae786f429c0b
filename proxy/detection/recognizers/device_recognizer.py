"""Device identifiers and serial numbers: labelled serials, lot numbers in device context, and UDIs
in GS1 ((01) GTIN with application identifiers) and HIBCC ("+" labeler code) form."""

from __future__ import annotations


from proxy.detection import entities
from proxy.detection.recognizer import LabelledRecognizer, Pattern

_LABELS = (
    r"serial",
    r"ser\.?\s*(?:#|no\b)",
    r"s/n",
    r"(?-i:SN)",
    r"udi(?:-?di|-?pi)?",
    r"(?:device|implant|pacemaker|icd|defibrillator|pump|generator|lead|stimulator|prosthesis|catheter)\s*"
    r"(?:id(?:entifier)?|#|serial|s/n|sn|no\b|number|lot)",
    r"(?:lot|batch)\s*(?:#|no\b|number)?(?=[^\n]{0,80}\b(?:serial|s/n|device|implant|udi)\b)",
    r"(?:serial|device)[^\n]{0,40}\blot",
    r"model\s*/\s*serial",
    r"gtin",
    r"(?:ref|catalog)\s*/\s*sn",
)

# GS1 UDI in human-readable form: (01)14-digit GTIN, then (11)/(17) dates, (10) lot, (21) serial
_GS1 = r"\(01\)\s?\d{14}(?:\s?\((?:10|11|17|21|240|30)\)\s?[A-Za-z0-9\-./]{0,19}[A-Za-z0-9])*"  # no full stop after
# GS1 UDI without parentheses: 01 + GTIN, optional 17/11 date, then 10 lot or 21 serial
_GS1_FLAT = r"\b01\d{14}(?:1[17]\d{6})?(?:10|21)[A-Za-z0-9]{1,20}\b"
# HIBCC: "+", labeler code (letter + 3 alnum), product, unit of measure, check char; "/" data after
_HIBCC = r"(?<![\w+])\+[A-Z][A-Z0-9]{3}[A-Z0-9]{1,18}(?:/[A-Z0-9$+%]{2,30})*"


class DeviceIdRecognizer(LabelledRecognizer):
    ENTITY = entities.DEVICE_ID
    LABELS = _LABELS
    PATTERNS = (
        Pattern("gs1", _GS1, 0.95),
        Pattern("gs1_flat", _GS1_FLAT, 0.85),
        Pattern("hibcc", _HIBCC, 0.85),
        # a network card's hardware address names one device (a pump, a monitor, a phone)
        Pattern("mac", r"(?<![\w:-])(?:[0-9A-Fa-f]{2}([:-]))(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![\w:-])", 0.85),
    )
    CONTEXT = ("serial", "device", "implant", "udi", "pacemaker", "lot")

    def validate_match(self, pattern: Pattern, value: str) -> bool:
        if pattern.name == "hibcc":
            return sum(c.isdigit() for c in value) >= 3
        if pattern.name == "labelled":
            return sum(c.isdigit() for c in value) >= 2 and len(value) >= 4
        return True
