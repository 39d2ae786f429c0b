"""The per-request mapping between real values and what the upstream sees instead.

Why nothing is stored: every surrogate is derived from an HMAC of the server secret, the caller and
the conversation's identity (see conversation_key), so when the client resends the history next
turn, each value derives the same surrogate again and the same date offset applies. The mapping
therefore lives only in this object, in memory, for one request; it is never logged, audited or
written anywhere, and there is no cross-request store to encrypt or expire.

Consistency holds as long as a conversation keeps its identity and its history is resent in order:
collisions are resolved first come first served, and earlier turns come first.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections import Counter
from typing import Iterable

from proxy.detection import entities as E
from proxy.detection.finding import Finding
from proxy.policy import wordlists as W
from proxy.policy.dates import date_keys, shift_dates
from proxy.policy.model import Action
from proxy.policy.surrogates import NAME_WORD, SurrogateFactory, normalize, same_case

_MAX_ATTEMPTS = 60
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_YEARS_AFTER = re.compile(r"^[\s-]*(?:y\b|yo\b|y/o|yr|year)", re.I)


def conversation_key(secret: bytes, user: str, conversation: str) -> bytes:
    """The key all of one conversation's surrogates derive from. Different users never share it."""
    message = b"phi-proxy surrogates v1\x00" + user.encode() + b"\x00" + conversation.encode()
    return hmac.new(secret, message, hashlib.sha256).digest()


class Deidentifier:
    """Rewrites texts for one request and remembers, in memory only, how to undo it."""

    def __init__(self, key: bytes, texts: Iterable[str]):
        self._factory = SurrogateFactory(key)
        self.date_offset = self._factory.date_offset()
        self._raw = "\n".join(texts).casefold()  # what the prompt really said: collisions, known PHI
        self._raw_words = set(_WORDS.findall(self._raw))
        self._forward: dict[tuple[str, str], str] = {}  # (type, exact real) -> replacement
        self._reverse: dict[str, str] = {}  # replacement as issued -> real
        self._tokens: dict[str, str] = {}  # casefolded real name token -> surrogate token
        self._token_reverse: dict[str, str] = {}  # surrogate token as issued -> real token
        self._issued: dict[str, str] = {}  # casefolded replacement or token -> real (collisions)
        self._placeholders: dict[tuple[str, str], str] = {}
        self._placeholder_counts: Counter = Counter()
        self.replaced = 0  # how many spans were rewritten in this request

    # ---- rewriting -------------------------------------------------------------------------------

    def rewrite(self, text: str, findings: list[tuple[Finding, Action]]) -> str:
        """Replace each (non-overlapping) finding according to its action."""
        out, pos = [], 0
        for finding, action in sorted(findings, key=lambda fa: fa[0].start):
            if finding.start < pos or action in (Action.KEEP, Action.BLOCK):
                continue
            value = text[finding.start:finding.end]
            after = text[finding.end:finding.end + 12]
            new = self.replacement(finding.entity_type, value, action, after)
            out.append(text[pos:finding.start])
            out.append(new)
            pos = finding.end
            self.replaced += new != value
        out.append(text[pos:])
        return "".join(out)

    def replacement(self, entity_type: str, value: str, action: Action, after: str = "") -> str:
        if action == Action.REDACT:
            return self._placeholder(entity_type, value)
        if entity_type == E.AGE:
            return _generalized_age(value, after)
        cached = self._forward.get((entity_type, value))
        if cached is not None:
            return cached
        if entity_type == E.DATE:
            new = shift_dates(value, self.date_offset)
            if new is None:  # a date we cannot read is not sent as is: fail closed
                return self._placeholder(entity_type, value)
        elif entity_type in (E.PERSON, E.PROVIDER):
            new = NAME_WORD.sub(lambda m: self._name_token(m.group()), value)
        else:
            new = self._unique_value(entity_type, value)
        self._remember(entity_type, value, new)
        return new

    def _remember(self, entity_type: str, real: str, new: str) -> None:
        self._forward[(entity_type, real)] = new
        self._reverse.setdefault(new, real)
        self._issued.setdefault(new.casefold(), real)

    def _collides(self, candidate: str, real: str) -> bool:
        folded = candidate.casefold()
        owner = self._issued.get(folded)
        return folded in self._raw or (owner is not None and owner.casefold() != real.casefold())

    def _unique_value(self, entity_type: str, value: str) -> str:
        for attempt in range(_MAX_ATTEMPTS):
            candidate = self._factory.value(entity_type, value, attempt)
            if not self._collides(candidate, value):
                return candidate
        return self._placeholder(entity_type, value)

    def _name_token(self, token: str) -> str:
        possessive = re.search(r"['’][sS]$", token)
        if possessive and len(token) > 3:  # "Okafor's" is Okafor: same surrogate, same suffix
            return self._name_token(token[:possessive.start()]) + possessive.group()
        folded = token.casefold()
        if folded in W.NAME_AFFIXES:
            return token
        if len(token) == 1:
            return self._factory.initial(token)
        known = self._tokens.get(folded)
        if known is None:
            for attempt in range(_MAX_ATTEMPTS):
                known = _canonical(self._factory.name_token(token, attempt))
                k = known.casefold()
                if k not in self._raw_words and k not in self._issued and k != folded:
                    break
            # Stored in title case and re-cased per occurrence, so OKAFOR and Okafor agree.
            self._tokens[folded] = known
            self._token_reverse[known] = _canonical(token)
            self._issued[known.casefold()] = token
        return same_case(token, known)

    def _placeholder(self, entity_type: str, value: str) -> str:
        key = (entity_type, _placeholder_key(entity_type, value))
        if key not in self._placeholders:
            self._placeholder_counts[entity_type] += 1
            self._placeholders[key] = f"[{entity_type}-{self._placeholder_counts[entity_type]}]"
            self._reverse.setdefault(self._placeholders[key], value)
            self._issued.setdefault(self._placeholders[key].casefold(), value)
        return self._placeholders[key]

    # ---- undoing ---------------------------------------------------------------------------------

    def reverse_map(self) -> dict[str, str]:
        """Replacement as issued -> real value, whole spans and single name words."""
        merged = dict(self._token_reverse)
        merged.update(self._reverse)
        return merged

    def real_date(self, text: str) -> str | None:
        """A date in the answer written differently from the prompt ("March 24" for "03/24"):
        restored only if it un-shifts onto a day the prompt really had, so dates the model worked
        out itself are never moved."""
        back = shift_dates(text, -self.date_offset)
        if back is None:
            return None
        real = set()
        for entity_type, value in self._forward:
            if entity_type == E.DATE:
                for year, month, day in date_keys(value):
                    real |= {(year, month, day), (None, month, day)}  # the answer may drop the year
        wanted = date_keys(back)
        return back if wanted and wanted <= real else None

    def is_known(self, value: str) -> bool:
        """Was this answer span in the prompt, or one of our own replacements?"""
        folded = " ".join(value.casefold().split())
        if not folded or folded in self._issued:
            return True
        if re.search(r"(?<![^\W_])" + re.escape(folded) + r"(?![^\W_])", self._raw):
            return True
        words = _WORDS.findall(folded)
        return bool(words) and all(
            w in self._issued or w in W.NAME_AFFIXES or w in self._raw_words for w in words
        )


def _canonical(word: str) -> str:
    return word.title() if word.isupper() or word.islower() else word


def _placeholder_key(entity_type: str, value: str) -> str:
    if entity_type in (E.PERSON, E.PROVIDER):  # "Okafor, John" and "John Okafor" are one person
        words = sorted(w for w in _WORDS.findall(value.casefold()) if w not in W.NAME_AFFIXES)
        return " ".join(words)
    return normalize(entity_type, value)


def _generalized_age(value: str, after: str) -> str:
    """Ages over 89 become "90 or older" (Safe Harbor); younger ages are clinical content, kept."""
    m = re.search(r"\d+", value)
    if m is None:
        return "90 or older"
    if int(m.group()) < 90:
        return value
    rest = value[m.end():]
    compact = rest.strip() != "" or _YEARS_AFTER.match(after)
    return value[:m.start()] + ("90+" if compact else "90 or older") + rest
