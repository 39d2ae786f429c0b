"""Medical record numbers: labelled in any common way, or an id-shaped token right after such a cue."""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.recognizer import ID_VALUE, LabelledRecognizer, Pattern

_LABELS = (
    r"mrn",
    r"mr\s?#",
    r"mr\s?(?:no|num(?:ber)?)\b",
    r"med(?:ical)?\.?\s*rec(?:ord)?s?\.?(?:\s*(?:no|num(?:ber)?|#|id)\b\.?)?",
    r"(?:hospital|patient|pt|unit|chart|emr|ehr|epic|cerner)\s*(?:#|no\b\.?|num(?:ber)?|id)",
    r"chart",
    r"record\s*(?:#|no\b\.?|num(?:ber)?)",
)


class MrnRecognizer(LabelledRecognizer):
    ENTITY = entities.MRN
    LABELS = _LABELS
    PATTERNS = (
        # a second number after a labelled one, or a value a few words after the cue:
        # "MRN 1234567 / 7654321", "medical record for this patient is 00123456"
        Pattern(
            "near_cue",
            r"\b(?:mrn|mr#|medical record|med rec)\b[^\n.;]{0,40}?(?<![\w-])(?P<value>" + ID_VALUE + r")",
            0.75,
            re.I,
        ),
    )

    def validate(self, value: str) -> bool:
        # an MRN has several digits; "MRN: pending" or "record of 2 visits" are not one
        return sum(c.isdigit() for c in value) >= 4
