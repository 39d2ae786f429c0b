"""ProviderNameRecognizer: clinicians, named with a title, credential or role cue (see name_scanner).

Kept apart from PERSON so a policy may leave provider names in place.
"""

from __future__ import annotations

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.recognizer import Recognizer, TextView
from proxy.detection.recognizers.name_scanner import scan


class ProviderNameRecognizer(Recognizer):
    ENTITIES = (entities.PROVIDER,)

    def analyze(self, view: TextView) -> list[Finding]:
        return [Finding(n.start, n.end, entities.PROVIDER, n.score, self.name) for n in scan(view) if n.provider]
