"""Biometric identifiers, labelled: fingerprint, retina/iris, voiceprint, face and palm template IDs.

A bare "Template ID" or "Enrolment record" is biometric only where the text around it speaks of a
biometric kind (fingerprint, palm vein, iris...); elsewhere a template is a note template.
"""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.recognizer import DATE_LIKE, ID_VALUE, LABEL_GLUE, SPACED_ID, LabelledRecognizer, TextView

_KIND = (
    r"(?:finger\s?print|thumb\s?print|finger(?:\s?(?:scan|vein))?|thumb|retina(?:l)?(?:\s*scan)?|"
    r"iris(?:\s*(?:scan|code))?|voice\s?print|voice|face|facial(?:\s*(?:recognition|geometry))?|"
    r"palm\s?(?:print|vein|scan)?|vein\s*(?:scan|pattern)|hand\s*geometry|gait|dna|biometric)"
)
_BARE = re.compile(r"\b(?:template|enrol(?:l)?ment)(?:\s*(?:record|ref(?:erence)?))?(?![a-z])" + LABEL_GLUE
                   + r"(?P<value>" + SPACED_ID + r")", re.I)
_CUE = re.compile(r"finger|thumb|retina|iris|voice\s?print|palm|facial|biometric", re.I)
# "fingerprint match FP-1234-567", "thumbprint verified, ref 1234-5678": an ID a few words after a kind
# that is nothing but biometric (not "retinal", "iris" or "face" alone, which are anatomy)
_NEAR = re.compile(r"(?i:\b(?:finger\s?print|thumb\s?print|finger\s?scan|retina(?:l)?\s+scan|iris\s+scan|"
                   r"voice\s?print|palm\s?(?:vein|print|scan)|facial\s+recognition|face\s+scan|biometrics?)\b)"
                   r"(?:[ \t]*,?[ \t]+[a-z]+(?![\w-])){0,3}[ \t]*[:,(#]?[ \t]*(?<![\w-])(?P<value>" + ID_VALUE + r")")
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
        if any(k in view.lower for k in ("print", "scan", "vein", "recognition", "biometric")):
            out += self._near(view, {(f.start, f.end) for f in out})
        if "templat" in view.lower or "enrol" in view.lower:
            seen = {(f.start, f.end) for f in out}
            for m in _BARE.finditer(view.text):
                value = m.group("value")
                if m.span("value") not in seen and self.validate(value) and _CUE.search(view.text, max(0, m.start() - _WINDOW), m.end() + _WINDOW // 2):
                    out.append(Finding(m.start("value"), m.end("value"), self.ENTITY, self.LABEL_SCORE, self.name))
        return out

    NEAR_SCORE = 0.91  # above OTHER_ID's "ref"/"#" reading of the same value, below a specific label

    def _near(self, view: TextView, seen: set) -> list[Finding]:
        out = []
        for m in _NEAR.finditer(view.text):
            value = m.group("value")
            if m.span("value") not in seen and len(value) >= 5 and sum(c.isdigit() for c in value) >= 3 \
                    and not DATE_LIKE.fullmatch(value):
                out.append(Finding(m.start("value"), m.end("value"), self.ENTITY, self.NEAR_SCORE, self.name))
        return out

    def validate(self, value: str) -> bool:  # "retinal scan 2019 normal": a year is no template ID
        return sum(c.isdigit() for c in value) >= 2 and len(value) >= 4 and not re.fullmatch(r"(?:19|20)\d\d", value)
