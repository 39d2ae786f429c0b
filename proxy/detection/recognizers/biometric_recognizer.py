"""Biometric identifiers, labelled: fingerprint, retina/iris, voiceprint, face and palm template IDs.

A bare "Template ID" or "Enrolment record" is biometric only where the text around it speaks of a
biometric kind (fingerprint, palm vein, iris...); elsewhere a template is a note template.
"""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.recognizer import LABEL_GLUE, SPACED_ID, LabelledRecognizer, TextView

_KIND = (
    r"(?:finger\s?print|thumb\s?print|finger(?:\s?(?:scan|vein))?|thumb|retina(?:l)?(?:\s*scan)?|"
    r"iris(?:\s*(?:scan|code))?|voice\s?print|voice|face|facial(?:\s*(?:recognition|geometry))?|"
    r"palm\s?(?:print|vein|scan)?|vein\s*(?:scan|pattern)|hand\s*geometry|gait|dna|biometric)"
)
_BARE = re.compile(r"\b(?:template|enrol(?:l)?ment)(?:\s*(?:record|ref(?:erence)?))?(?![a-z])" + LABEL_GLUE
                   + r"(?P<value>" + SPACED_ID + r")", re.I)
_CUE = re.compile(r"finger|thumb|retina|iris|voice\s?print|palm|facial|biometric", re.I)
_WINDOW = 240  # characters before (and half as many after) a bare label searched for a biometric word


class BiometricIdRecognizer(LabelledRecognizer):
    ENTITY = entities.BIOMETRIC_ID
    LABELS = (
        _KIND + r"\s*(?:scan\s*|print\s*|enrol(?:l)?ment\s*)?(?:template|hash|sample|record|profile|signature|"
        r"identifier|token|key|code|ref(?:erence)?)?\s*(?:id|#|no\b|number)?(?:\s*on\s+file)?",
        r"biometric",
    )

    def analyze(self, view: TextView) -> list[Finding]:
        out = super().analyze(view)
        if "templat" in view.lower or "enrol" in view.lower:
            seen = {(f.start, f.end) for f in out}
            for m in _BARE.finditer(view.text):
                value = m.group("value")
                if m.span("value") not in seen and self.validate(value) and _CUE.search(view.text, max(0, m.start() - _WINDOW), m.end() + _WINDOW // 2):
                    out.append(Finding(m.start("value"), m.end("value"), self.ENTITY, self.LABEL_SCORE, self.name))
        return out

    def validate(self, value: str) -> bool:
        return sum(c.isdigit() for c in value) >= 2 and len(value) >= 4
