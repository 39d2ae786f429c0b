"""Builds one annotated document: text plus PHI spans and hard-negative code spans, offsets end-exclusive.

Templates are strings with {placeholders}; each placeholder expands to segments whose annotation is known
exactly, so the gold spans are correct by construction rather than found afterwards by searching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)(?::([A-Za-z0-9_]+))?\}")


@dataclass(frozen=True)
class Seg:
    """A piece of text; kind is 'phi' (label = entity type), 'code' (label = code system) or 'text'."""

    text: str
    kind: str = "text"
    label: str = ""
    source: str = ""


def phi(text: str, entity_type: str, source: str = "gen") -> Seg:
    return Seg(text, "phi", entity_type, source)


def code(text: str, system: str) -> Seg:
    return Seg(text, "code", system)


def txt(text: str) -> Seg:
    return Seg(text)


@dataclass
class Doc:
    parts: list[str] = field(default_factory=list)
    spans: list[dict] = field(default_factory=list)
    codes: list[dict] = field(default_factory=list)
    pos: int = 0

    def add(self, seg: Seg) -> None:
        start, end = self.pos, self.pos + len(seg.text)
        if seg.kind == "phi":
            if seg.text != seg.text.strip() or not seg.text:
                raise ValueError("PHI segments must not carry surrounding whitespace")
            span = {"start": start, "end": end, "type": seg.label}
            if seg.source:
                span["source"] = seg.source
            self.spans.append(span)
        elif seg.kind == "code":
            self.codes.append({"start": start, "end": end, "system": seg.label})
        self.parts.append(seg.text)
        self.pos = end

    def extend(self, segs: list[Seg]) -> None:
        for seg in segs:
            self.add(seg)

    def fill(self, template: str, expand) -> None:
        """Append a template; expand(name, arg) returns the segments for one placeholder."""
        last = 0
        for m in _PLACEHOLDER.finditer(template):
            if m.start() > last:
                self.add(txt(template[last:m.start()]))
            self.extend(expand(m.group(1), m.group(2)))
            last = m.end()
        if last < len(template):
            self.add(txt(template[last:]))
        if "{" in self.text or "}" in self.text:  # a malformed placeholder would leave unannotated text
            raise ValueError("unexpanded placeholder in template")

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def record(self, doc_id: str, kind: str) -> dict:
        return {"id": doc_id, "kind": kind, "text": self.text, "spans": self.spans, "codes": self.codes}
