"""Which parts of an answer are new text, and which the model copied from what it was sent.

Models quote the prompt back (the note, the lines they code from). A line the upstream received
verbatim was scanned before it left and carries only our surrogates, so scanning it again in the
answer finds nothing new and doubles the gateway's detection work. The answer scan therefore runs on
the novel lines only; findings are mapped back to the answer's offsets.
"""

from __future__ import annotations

from dataclasses import replace

from proxy.detection.finding import Finding


class SentLines:
    """The lines of every text the upstream was sent (after de-identification)."""

    def __init__(self, texts: list[str]):
        self._lines = {line.strip() for text in texts for line in text.splitlines()} - {""}

    def novel(self, text: str) -> "NovelText":
        pieces: list[tuple[int, int]] = []  # (start, end) in the answer of each kept line
        pos = 0
        for line in text.splitlines(keepends=True):
            if line.strip() not in self._lines:
                if pieces and pieces[-1][1] == pos:  # consecutive kept lines stay one piece
                    pieces[-1] = (pieces[-1][0], pos + len(line))
                else:
                    pieces.append((pos, pos + len(line)))
            pos += len(line)
        return NovelText(text, pieces)


class NovelText:
    """The kept pieces joined by newlines (so no two pieces run into one token), with the way back."""

    def __init__(self, original: str, pieces: list[tuple[int, int]]):
        self.original = original
        self._map: list[tuple[int, int, int]] = []  # (compact start, answer start, length)
        parts, at = [], 0
        for start, end in pieces:
            self._map.append((at, start, end - start))
            parts.append(original[start:end])
            at += end - start + 1
        self.text = "\n".join(parts)
        self.skipped = len(original) - sum(length for _, _, length in self._map)

    def to_original(self, findings: list[Finding]) -> list[Finding]:
        if not self.skipped:
            return list(findings)
        out = []
        for f in findings:
            for compact, start, length in self._map:
                if compact <= f.start < compact + length:
                    shift = start - compact
                    end = min(f.end, compact + length)  # a span never reaches into a skipped line
                    out.append(replace(f, start=f.start + shift, end=end + shift))
                    break
        return out
