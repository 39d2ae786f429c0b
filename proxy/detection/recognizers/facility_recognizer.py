"""Work in progress (lexical helper): interface in place so the engine can import it."""

from __future__ import annotations

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.recognizer import Recognizer, TextView


class FacilityRecognizer(Recognizer):
    ENTITIES = (entities.FACILITY,)

    def analyze(self, view: TextView) -> list[Finding]:
        return []
