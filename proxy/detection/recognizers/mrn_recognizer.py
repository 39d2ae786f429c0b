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
        # EHR header rows: "DOE, JANE  03/04/1961  00123456" - the id column after the date of birth
        Pattern(
            "after_dob_column",
            r"(?:\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})"
            r"[ \t]{2,}(?P<value>" + ID_VALUE + r")(?=[ \t]*$|[ \t]{2,})",
            0.8,
            re.M,
        ),
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
