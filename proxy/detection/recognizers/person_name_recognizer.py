"""PersonNameRecognizer: patients, relatives and anyone not named as a clinician (see name_scanner)."""

from __future__ import annotations

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.recognizer import Recognizer, TextView
from proxy.detection.recognizers.name_scanner import scan


class PersonNameRecognizer(Recognizer):
    ENTITIES = (entities.PERSON,)

    def analyze(self, view: TextView) -> list[Finding]:
        return [Finding(n.start, n.end, entities.PERSON, n.score, self.name) for n in scan(view) if not n.provider]
