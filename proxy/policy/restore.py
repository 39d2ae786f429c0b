"""Puts real values back in place of surrogates, in whole texts and in streams split anywhere.

The stream restorer holds back only the shortest tail that could still be the start of a surrogate
(or a complete one that a following letter might turn into a different word); everything before it
goes out at once, so the first token is not delayed unless it may be the start of a surrogate.
"""

from __future__ import annotations

import copy
import json
import re

_ALNUM = re.compile(r"[^\W_]")
_WORDS_ONLY = re.compile(r"[^\W\d_]+(?:[ '’.-]+[^\W\d_]+)*\.?")  # a name or a place, no digits


def _restored(matched: str, issued: str, real: str) -> str:
    """Carry the answer's capitalisation over: a model writing BRENNAN gets OKAFOR."""
    if matched == issued:
        return real
    if len(matched) > 1 and matched.isupper() and not real.isupper():
        return real.upper()
    if matched[:1].isupper() and real.islower():
        return real.capitalize()
    if not _WORDS_ONLY.fullmatch(real):
        return real  # an ID or a date keeps its own letters' case
    if matched[:1].isupper() and matched[1:].islower() and real.isupper() and len(real) > 1:
        return real.title()  # first seen in a capitals header ("MACHÁČKOVÁ, PAVLA"), written here as a name
    if matched.islower() and not real.islower():
        return real.lower()  # a chat answer in lower case ("okafor called")
    return real


class Restorer:
    def __init__(self, reverse: dict[str, str], json_escape: bool = False):
        """reverse: replacement as issued -> real value. json_escape for text inside JSON strings
        (tool-call arguments), where a quote or backslash in a real value must stay valid JSON."""
        self._reverse: dict[str, tuple[str, str]] = {}
        self._exact: dict[str, str] = {}  # each spelling as issued ("Castellano" and "CASTELLANO")
        for issued, real in reverse.items():
            if issued:
                self._reverse.setdefault(issued.casefold(), (issued, real))
                self._exact.setdefault(issued, real)
        self._json = json_escape
        keys = sorted(self._reverse, key=len, reverse=True)  # longest first: "03/24/2024" before "03/24"
        self._rx = (
            re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, keys)) + r")(?![^\W_])", re.I)
            if keys else None
        )
        self._prefix_set: set[str] | None = None
        self._longest = max(map(len, self._reverse), default=0)

    @property
    def _prefixes(self) -> set[str]:
        """Every start of a surrogate; built on first use, since only streams need it."""
        if self._prefix_set is None:
            self._prefix_set = {k[:i] for k in self._reverse for i in range(1, len(k) + 1)}
        return self._prefix_set

    def for_json(self) -> "Restorer":
        """The same restorer for text inside JSON strings, sharing the compiled pattern."""
        twin = copy.copy(self)
        twin._json = True
        return twin

    def __bool__(self) -> bool:
        return self._rx is not None

    def _sub(self, m: re.Match) -> str:
        exact = self._exact.get(m.group())
        real = exact if exact is not None else _restored(m.group(), *self._reverse[m.group().casefold()])
        return json.dumps(real, ensure_ascii=False)[1:-1] if self._json else real

    def restore(self, text: str) -> str:
        return self._rx.sub(self._sub, text) if self._rx else text

    def stream(self) -> "StreamRestorer":
        return StreamRestorer(self)


class StreamRestorer:
    """Feed chunks in order; each call returns what may be sent now; flush() returns the rest."""

    def __init__(self, restorer: Restorer):
        self._r = restorer
        self._buf = " "  # index 0 is the last character already sent, for the word-boundary check

    def feed(self, chunk: str) -> str:
        if not chunk:
            return ""
        self._buf += chunk
        return self._drain(final=False)

    def flush(self) -> str:
        return self._drain(final=True)

    def _hold_from(self, start: int) -> int | None:
        """Earliest position whose tail could still grow into (or end as) a surrogate."""
        buf = self._buf
        for p in range(max(start, len(buf) - self._r._longest), len(buf)):
            if _ALNUM.match(buf[p - 1]):
                continue
            if buf[p:].casefold() in self._r._prefixes:
                return p
        return None

    def _drain(self, final: bool) -> str:
        buf, out, i = self._buf, [], 1
        rx = self._r._rx
        while True:
            m = rx.search(buf, i) if rx else None
            hold = None if final else self._hold_from(i)
            if m and (hold is None or m.start() < hold):
                out.append(buf[i:m.start()])
                out.append(self._r._sub(m))
                i = m.end()
                continue
            end = len(buf) if hold is None else hold
            out.append(buf[i:end])
            sent = "".join(out)
            # keep the last character sent (or the boundary before the held tail) as context
            self._buf = buf[end - 1:] if end >= 1 else buf
            return sent
