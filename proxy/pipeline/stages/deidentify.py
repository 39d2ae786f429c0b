"""Rewrites every text slot so the upstream sees surrogates or placeholders instead of identifiers.

The surrogates derive from the server secret, the caller and the conversation's identity, so the
history a client resends each turn gets the very same surrogates again (see proxy.policy.mapping).
"""

from __future__ import annotations

from proxy.pipeline.context import Context
from proxy.pipeline.stage import Stage
from proxy.policy.mapping import Deidentifier, conversation_key

# Slots whose text identifies the conversation: it is resent unchanged with every turn.
_ANCHOR_KINDS = ("user", "prompt", "input")


def conversation_identity(ctx: Context) -> str:
    """An explicit conversation id if the gateway was given one, else the first user text
    (clients resend the whole history each turn, so it stays the same for the conversation)."""
    explicit = getattr(ctx, "conversation_id", None)
    if explicit:
        return "id:" + str(explicit)
    for slot in ctx.slots:
        if slot.kind in _ANCHOR_KINDS:
            return "text:" + slot.text
    return "text:" + (ctx.slots[0].text if ctx.slots else "")


def build_deidentifier(secret: bytes, ctx: Context) -> Deidentifier:
    user = ctx.caller.user if ctx.caller else ""
    key = conversation_key(secret, user, conversation_identity(ctx))
    return Deidentifier(key, [slot.text for slot in ctx.slots])


class DeidentifyStage(Stage):
    name = "deidentify"

    def __init__(self, services):
        self.secret = services.secret

    async def run(self, ctx: Context) -> None:
        deid = build_deidentifier(self.secret, ctx)
        policy = ctx.policy
        for slot, findings in zip(ctx.slots, ctx.findings):
            if findings:
                slot.set(deid.rewrite(slot.text, [(f, policy.action_for(f.entity_type)) for f in findings]))
        ctx.deidentifier = deid
        ctx.decision = "deidentified" if deid.replaced else "forwarded"
