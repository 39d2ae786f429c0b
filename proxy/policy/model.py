"""What a policy says: per entity type an action and a score threshold, plus what may pass unscanned."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Mapping

# Request parts that cannot be scanned for PHI; each passes only if the policy names it.
PART_KINDS = ("image_url", "input_audio", "file")


class Action(str, Enum):
    BLOCK = "block"  # refuse the request, naming the entity types found
    REDACT = "redact"  # typed placeholder, e.g. [PERSON-1]
    PSEUDONYMIZE = "pseudonymize"  # realistic surrogate of the same shape
    KEEP = "keep"  # send as is (still counted in the audit)


@dataclass(frozen=True)
class Policy:
    name: str
    default_action: Action = Action.PSEUDONYMIZE
    actions: Mapping[str, Action] = field(default_factory=dict)
    default_threshold: float = 0.5
    thresholds: Mapping[str, float] = field(default_factory=dict)
    allow_phrases: tuple[str, ...] = ()
    reidentify: bool = True
    scan_responses: bool = True
    allowed_parts: frozenset[str] = frozenset()
    description: str = ""
    source: Path | None = None

    def action_for(self, entity_type: str) -> Action:
        return self.actions.get(entity_type, self.default_action)

    def threshold_for(self, entity_type: str) -> float:
        return self.thresholds.get(entity_type, self.default_threshold)

    def allows_part(self, kind: str) -> bool:
        return kind in self.allowed_parts


class PolicyNotFound(KeyError):
    """Asked for a policy no file defines. Subclasses KeyError so `name in set`-style callers work."""

    def __str__(self) -> str:  # KeyError would repr() its argument
        return str(self.args[0]) if self.args else "policy not found"


class PolicySet:
    """The policies loaded from one directory, by name (the file stem)."""

    def __init__(self, policies: Mapping[str, Policy], directory: Path | None = None):
        self._policies = dict(policies)
        self.directory = directory

    def get(self, name: str) -> Policy:
        try:
            return self._policies[name]
        except KeyError:
            raise PolicyNotFound(f"no policy named {name!r} in {self.directory or 'the policy set'}") from None

    def names(self) -> list[str]:
        return sorted(self._policies)

    def __contains__(self, name: object) -> bool:
        return name in self._policies

    def __iter__(self):
        return iter(self._policies.values())

    def __len__(self) -> int:
        return len(self._policies)
