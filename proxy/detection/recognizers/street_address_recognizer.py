"""StreetAddressRecognizer: reports the address spans found by place_spans.find_addresses (shared with the name scanner)."""

from __future__ import annotations

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.recognizer import Recognizer, TextView
from proxy.detection.recognizers.place_spans import find_addresses


class StreetAddressRecognizer(Recognizer):
    ENTITIES = (entities.STREET_ADDRESS,)
    SCORE = 0.9

    def analyze(self, view: TextView) -> list[Finding]:
        return [Finding(s, e, entities.STREET_ADDRESS, self.SCORE, self.name) for s, e in find_addresses(view)]
