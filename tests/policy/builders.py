"""Builds real request contexts for the policy stages, with findings placed on given values.

The findings are input (what the detection engine would report), built by locating each value in
the text, so the stages can be tested on exactly the identifiers a test names.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from types import SimpleNamespace

from proxy.detection.finding import Finding
from proxy.pipeline.context import Caller, Context
from proxy.pipeline.stages.deidentify import DeidentifyStage
from proxy.pipeline.stages.policy import PolicyStage
from proxy.pipeline.texts import collect_slots
from proxy.policy import load_policies
from proxy.settings import Settings

POLICIES = load_policies(Path(__file__).resolve().parents[2] / "policies")
SECRET = b"test-secret-0123456789abcdef"


def services(engine=None, secret: bytes = SECRET):
    return SimpleNamespace(secret=secret, engine=engine, policies=POLICIES, settings=Settings())


def find(text: str, phi: dict[str, str], score: float = 0.9) -> list[Finding]:
    """A finding for every whole-word occurrence of each value (value -> entity type)."""
    out = []
    for value, entity_type in phi.items():
        for m in re.finditer(r"(?<![^\W_])" + re.escape(value) + r"(?![^\W_])", text):
            out.append(Finding(m.start(), m.end(), entity_type, score, "test"))
    return sorted(out, key=lambda f: f.start)


def context(body: dict, phi: dict[str, str], policy: str = "deidentify", user: str = "alice",
            route: str = "chat.completions", score: float = 0.9) -> Context:
    ctx = Context(route=route, body=body, caller=Caller("k1", user, "coder"))
    ctx.policy = POLICIES.get(policy) if isinstance(policy, str) else policy
    ctx.slots = collect_slots(route, body, ctx.policy.allows_part)
    ctx.findings = [find(slot.text, phi, score) for slot in ctx.slots]
    return ctx


def deidentified(body: dict, phi: dict[str, str], policy: str = "deidentify", **kw) -> Context:
    """Run the policy and de-identification stages as the gateway does; the body is rewritten."""
    ctx = context(body, phi, policy, **kw)
    svc = services()
    asyncio.run(PolicyStage(svc).run(ctx))
    asyncio.run(DeidentifyStage(svc).run(ctx))
    return ctx
