"""Applies the endpoint's policy to the raw findings: thresholds, allow-phrases, keep, and block.

After this stage ctx.findings holds only what must be replaced, overlaps resolved, and
ctx.entity_counts counts every identifier the request carried (kept ones too: they left).
"""

from __future__ import annotations

import re
from collections import Counter

from proxy.detection.finding import Finding
from proxy.pipeline.context import Context
from proxy.pipeline.stage import Halt, Stage
from proxy.policy.model import Action, Policy


def allowed_spans(text: str, phrases: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the policy's allow-phrases occur in text, as whole words, any case."""
    spans = []
    for phrase in phrases:
        rx = re.compile(r"(?<![^\W_])" + re.escape(phrase.strip()) + r"(?![^\W_])", re.I)
        spans.extend(m.span() for m in rx.finditer(text))
    return spans


def applicable(policy: Policy, text: str, findings: list[Finding]) -> list[Finding]:
    """Findings at or above their type's threshold that are not inside an allow-phrase."""
    allowed = allowed_spans(text, policy.allow_phrases) if policy.allow_phrases else []
    return [
        f for f in findings
        if f.score >= policy.threshold_for(f.entity_type)
        and not any(s <= f.start and f.end <= e for s, e in allowed)
    ]


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """One finding per stretch of text: the longest, then the most confident, wins."""
    chosen: list[Finding] = []
    for f in sorted(findings, key=lambda f: (-(f.end - f.start), -f.score, f.start)):
        if not any(f.overlaps(c) for c in chosen):
            chosen.append(f)
    return sorted(chosen, key=lambda f: f.start)


def blocked_message(policy: Policy, types: list[str]) -> str:
    return (f"Policy '{policy.name}' does not allow these identifiers to leave: {', '.join(types)}. "
            "Nothing was forwarded; remove them or ask IT which endpoint may receive them.")


class PolicyStage(Stage):
    name = "policy"

    def __init__(self, services=None):
        pass

    async def run(self, ctx: Context) -> None:
        policy: Policy | None = ctx.policy
        if policy is None:  # fail closed: no policy, nothing leaves
            raise Halt(500, "policy_missing", "No policy applies to this request; nothing was forwarded.")
        if len(ctx.findings) != len(ctx.slots):
            raise Halt(500, "phi_scan_incomplete", "Not every text was scanned; nothing was forwarded.")
        counts: Counter = Counter()
        blocked: set[str] = set()
        to_replace: list[list[Finding]] = []
        for slot, raw in zip(ctx.slots, ctx.findings):
            kept = applicable(policy, slot.text, raw)
            counts.update(f.entity_type for f in resolve_overlaps(kept))
            blocked.update(f.entity_type for f in kept if policy.action_for(f.entity_type) == Action.BLOCK)
            to_replace.append(resolve_overlaps(
                [f for f in kept if policy.action_for(f.entity_type) in (Action.REDACT, Action.PSEUDONYMIZE)]
            ))
        ctx.entity_counts = counts
        if blocked:
            ctx.blocked_types = sorted(blocked)
            ctx.decision = "blocked"
            raise Halt(400, "phi_blocked", blocked_message(policy, ctx.blocked_types))
        ctx.findings = to_replace
