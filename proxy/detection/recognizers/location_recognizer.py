"""LocationRecognizer: reports the location spans found by place_spans.find_locations (shared with the name scanner).

A span with structural evidence (a ZIP after its state, a field label, the line after a street) scores
above a name reading of the same words."""

from __future__ import annotations

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.recognizer import Recognizer, TextView
from proxy.detection.recognizers.place_spans import find_locations, strong_locations


class LocationRecognizer(Recognizer):
    ENTITIES = (entities.LOCATION,)
    SCORE = 0.8
    # Above a name reading (0.85: "Hagerstown, MD 21740" is no doctor) yet below the engine's STRONG_SCORE,
    # so a location never overrides medical-code protection.
    VOUCHED_SCORE = 0.88

    def analyze(self, view: TextView) -> list[Finding]:
        strong = strong_locations(view)
        return [Finding(s, e, entities.LOCATION,
                        self.VOUCHED_SCORE if any(a < e and s < b for a, b in strong) else self.SCORE, self.name)
                for s, e in find_locations(view)]
