"""The detection engine: every recognizer over one shared TextView, then codes, overlaps and threshold.

Pure computation: no I/O, no network, no mutable state after construction, so one engine is shared by
all request threads. The gateway and `phi-proxy detect` both use it.
"""

from __future__ import annotations

from bisect import bisect_left

from proxy.detection.coreference import SCORE, propagate_names
from proxy.detection.entities import ALL
from proxy.detection.finding import Finding
from proxy.detection.medical_codes import CODE, MedicalCodeGuard, inside, touches_code
from proxy.detection.recognizer import STRONG_SCORE, Recognizer, TextView


class DetectionEngine:
    def __init__(self, recognizers: list[Recognizer] | None = None, threshold: float = 0.5) -> None:
        if recognizers is None:
            from proxy.detection.registry import default_recognizers

            recognizers = default_recognizers()
        unknown = {e for r in recognizers for e in r.ENTITIES} - set(ALL)
        if unknown:
            raise ValueError(f"recognizers declare unknown entity types: {sorted(unknown)}")
        self.recognizers = tuple(recognizers)
        self.threshold = threshold
        self._guard = MedicalCodeGuard()

    @property
    def entities(self) -> tuple[str, ...]:
        return tuple(sorted({e for r in self.recognizers for e in r.ENTITIES}))

    def analyze(self, text: str) -> list[Finding]:
        """Findings sorted by start, non-overlapping, each at or above the threshold."""
        if not text:
            return []
        view = TextView(text)
        found: list[Finding] = []
        for recognizer in self.recognizers:
            found.extend(recognizer.analyze(view))
        found = [f for f in found if f.score >= self.threshold and f.end > f.start]
        if SCORE >= self.threshold:
            found += propagate_names(text, found)
        found = self._drop_protected(view, found)
        return _resolve_overlaps(text, found)

    def _drop_protected(self, view: TextView, found: list[Finding]) -> list[Finding]:
        """Medical codes and clinical quantities stay; a labelled (strong) finding overrides a code shape."""
        spans = self._guard.spans(view)
        if not spans:
            return found
        kept = []
        for f in found:
            strong = f.score >= STRONG_SCORE
            span = inside(spans, f.start, f.end)
            # The guard already let identifier labels ("Member ID:", "Visit #") turn a code shape into an
            # ID, so a code span stands even against a labelled finding; clinical spans yield to labels.
            if span is not None and (span.kind == CODE or not strong):
                continue
            if not strong and touches_code(spans, f.start, f.end):
                continue
            kept.append(f)
        return kept


def _resolve_overlaps(text: str, found: list[Finding]) -> list[Finding]:
    """Higher score wins, then the longer span. A partly covered loser keeps its uncovered remainder,
    so an address that overlaps a ZIP finding still masks the street."""
    found.sort(key=lambda f: (-f.score, -(f.end - f.start), f.start))
    starts: list[int] = []
    taken: list[tuple[int, int]] = []
    out: list[Finding] = []
    for f in found:
        for start, end in _uncovered(taken, starts, f.start, f.end):
            if (start, end) != (f.start, f.end):
                start, end = _trim(text, start, end)
                if end - start < 2 or not any(c.isalnum() for c in text[start:end]) or _is_state(text[start:end]):
                    continue  # "North Michaelfort, Kansas" read as a name: the place won, the state is no PHI
            piece = f if (start, end) == (f.start, f.end) else Finding(start, end, f.entity_type, f.score, f.recognizer)
            out.append(piece)
            i = bisect_left(starts, start)
            starts.insert(i, start)
            taken.insert(i, (start, end))
    out.sort(key=lambda f: f.start)
    return out


def _uncovered(taken: list[tuple[int, int]], starts: list[int], start: int, end: int) -> list[tuple[int, int]]:
    """The parts of [start, end) not covered by the sorted, disjoint intervals in taken."""
    i = max(0, bisect_left(starts, start) - 1)
    pieces, cursor = [], start
    while i < len(taken) and taken[i][0] < end:
        s, e = taken[i]
        if e > cursor:
            if s > cursor:
                pieces.append((cursor, s))
            cursor = max(cursor, e)
        i += 1
    if cursor < end:
        pieces.append((cursor, end))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def _is_state(piece: str) -> bool:
    from proxy.detection.lexicons.loader import fold, load

    return fold(piece) in load().states
