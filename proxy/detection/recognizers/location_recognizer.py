"""LocationRecognizer: reports the location spans found by place_spans.find_locations (shared with the name scanner)."""

from __future__ import annotations

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.recognizer import Recognizer, TextView
from proxy.detection.recognizers.place_spans import find_locations


class LocationRecognizer(Recognizer):
    ENTITIES = (entities.LOCATION,)
    SCORE = 0.8

    def analyze(self, view: TextView) -> list[Finding]:
        return [Finding(s, e, entities.LOCATION, self.SCORE, self.name) for s, e in find_locations(view)]
