"""Biometric identifiers, labelled: fingerprint, retina/iris, voiceprint, face and palm template IDs."""

from __future__ import annotations

from proxy.detection import entities
from proxy.detection.recognizer import LabelledRecognizer

_KIND = (
    r"(?:finger\s?print|thumb\s?print|retina(?:l)?(?:\s*scan)?|iris(?:\s*scan)?|voice\s?print|voice|"
    r"face|facial(?:\s*(?:recognition|geometry))?|palm\s?(?:print|vein)?|hand\s*geometry|gait|dna|biometric)"
)


class BiometricIdRecognizer(LabelledRecognizer):
    ENTITY = entities.BIOMETRIC_ID
    LABELS = (
        _KIND + r"\s*(?:scan\s*|print\s*|enrol(?:l)?ment\s*)?(?:template|hash|sample|record|profile|signature|"
        r"identifier|token|key|ref(?:erence)?)?\s*(?:id|#|no\b|number)?",
        r"biometric",
    )

    def validate(self, value: str) -> bool:
        return sum(c.isdigit() for c in value) >= 2 and len(value) >= 4
