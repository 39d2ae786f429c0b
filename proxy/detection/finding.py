"""One detected span of PHI. Offsets only: the value itself is never carried around."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Finding:
    start: int  # offset into the text
    end: int  # exclusive
    entity_type: str  # one of proxy.detection.entities.ALL
    score: float  # 0..1
    recognizer: str = ""  # class name of the recognizer that produced it

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Finding") -> bool:
        return self.start < other.end and other.start < self.end
