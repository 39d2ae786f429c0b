"""GET /v1/models: the approved, current endpoints this caller may use, in OpenAI's list shape."""

from __future__ import annotations

import datetime as dt

from proxy.pipeline.context import Context
from proxy.pipeline.stage import Stage


class ListModelsStage(Stage):
    name = "list_models"

    def __init__(self, services, today=dt.date.today):
        self.allowlist = services.allowlist
        self.today = today

    async def run(self, ctx: Context) -> None:
        today = self.today()
        role = ctx.caller.role if ctx.caller else None
        data = [
            {"id": ep.name, "object": "model", "created": 0, "owned_by": ep.baa.vendor}
            for ep in self.allowlist.current().endpoints.values()
            if ep.baa.in_force(today) and role in ep.roles
        ]
        ctx.response = {"object": "list", "data": data}
        ctx.decision = "answered"
