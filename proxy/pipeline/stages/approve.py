"""Sends nothing anywhere that IT has not approved: the model must be on the allowlist, its BAA in force."""

from __future__ import annotations

import datetime as dt

from proxy.pipeline.context import Context
from proxy.pipeline.stage import Halt, Stage


class ApproveStage(Stage):
    name = "allowlist"

    def __init__(self, services, today=dt.date.today):
        self.allowlist = services.allowlist
        self.policies = services.policies
        self.today = today

    async def run(self, ctx: Context) -> None:
        name = ctx.body.get("model")
        endpoint = self.allowlist.current().get(name) if isinstance(name, str) else None
        if endpoint is None:
            raise Halt(403, "model_not_approved",
                       "This model is not on the approved list. GET /v1/models lists the approved ones.")
        ctx.endpoint = endpoint
        if not endpoint.baa.in_force(self.today()):
            raise Halt(403, "baa_not_in_force",
                       f"The Business Associate Agreement for '{endpoint.name}' is not in force.")
        if ctx.caller and ctx.caller.role not in endpoint.roles:
            raise Halt(403, "role_not_permitted", f"Your role may not use '{endpoint.name}'.")
        try:
            ctx.policy = self.policies.get(endpoint.policy)
        except KeyError:
            ctx.policy = None
        if ctx.policy is None:  # fail closed: no policy, no forwarding
            raise Halt(500, "policy_missing", f"The policy for '{endpoint.name}' is not loaded.")
