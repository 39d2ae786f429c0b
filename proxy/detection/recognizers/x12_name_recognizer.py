"""Names in X12 EDI segments (837 claims, 270/271 eligibility), which coders paste from clearinghouses.

`NM1*IL*1*DOE*JANE*M~`: entity code, 1 (a person), last name, first name, middle name, each between `*`.
IL/QC/QD/03 are the subscriber, patient, responsible party and dependent (PERSON); 82/85/DN/DK/DQ/71/72/77/P3
are rendering, billing, referring, ordering, supervising, attending, operating, service-location and
primary-care clinicians (PROVIDER). Entity type 2 (an organisation) is left to the facility recognizer.
"""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.recognizer import Recognizer, TextView

_PEOPLE = {"IL", "QC", "QD", "03"}
_CLINICIANS = {"82", "85", "DN", "DK", "DQ", "71", "72", "77", "P3"}
# Elements may be separated by '*' (the usual) or another single non-alphanumeric separator ('|', '^').
_SEGMENT = re.compile(r"\bNM1(?P<sep>[*|^])(?P<code>IL|QC|QD|03|82|85|DN|DK|DQ|71|72|77|P3)(?P=sep)1(?P=sep)"
                      r"(?P<last>[^*|^~\n]*)(?:(?P=sep)(?P<first>[^*|^~\n]*))?(?:(?P=sep)(?P<middle>[^*|^~\n]*))?")


class X12NameRecognizer(Recognizer):
    ENTITIES = (entities.PERSON, entities.PROVIDER)
    SCORE = 0.9

    def analyze(self, view: TextView) -> list[Finding]:
        if "NM1" not in view.text:
            return []
        out = []
        for m in _SEGMENT.finditer(view.text):
            entity = entities.PERSON if m.group("code") in _PEOPLE else entities.PROVIDER
            for part in ("last", "first", "middle"):
                start, end = m.span(part)
                value = m.group(part) or ""
                stripped = value.strip()
                if stripped and any(c.isalpha() for c in stripped):
                    lead = len(value) - len(value.lstrip())
                    out.append(Finding(start + lead, start + lead + len(stripped), entity, self.SCORE, self.name))
        return out
