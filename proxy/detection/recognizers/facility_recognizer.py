"""FacilityRecognizer: reports the facility spans found by place_spans.find_facilities (shared with the name scanner)."""

from __future__ import annotations

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.recognizer import Recognizer, TextView
from proxy.detection.recognizers.place_spans import find_facilities


class FacilityRecognizer(Recognizer):
    ENTITIES = (entities.FACILITY,)
    # Above a name reading (0.85) of the same words: in "Dr Alexei Vasiliev, St. Aurelia's Surgery Center" the
    # facility keeps its words and the name keeps the rest. Below STRONG_SCORE: codes stay protected.
    SCORE = 0.87

    def analyze(self, view: TextView) -> list[Finding]:
        return [Finding(s, e, entities.FACILITY, self.SCORE, self.name) for s, e in find_facilities(view)]
