"""FacilityRecognizer: reports the facility spans found by place_spans.find_facilities (shared with the name scanner)."""

from __future__ import annotations

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.recognizer import Recognizer, TextView
from proxy.detection.recognizers.place_spans import find_facilities


class FacilityRecognizer(Recognizer):
    ENTITIES = (entities.FACILITY,)
    SCORE = 0.85

    def analyze(self, view: TextView) -> list[Finding]:
        return [Finding(s, e, entities.FACILITY, self.SCORE, self.name) for s, e in find_facilities(view)]
