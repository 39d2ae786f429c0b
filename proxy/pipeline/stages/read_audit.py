"""GET /v1/audit/records and /v1/audit/verify: the trail, for auditors and admins, over HTTP."""

from __future__ import annotations

import datetime as dt
import itertools

import anyio

from proxy.pipeline.context import Context
from proxy.pipeline.stage import Halt, Stage

MAX_RECORDS = 10_000


def _when(value: str | None, name: str) -> dt.datetime | None:
    if not value:
        return None
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        raise Halt(400, "invalid_request", f"'{name}' must be an ISO date or time.", param=name) from None
    return when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)


class ReadAuditStage(Stage):
    name = "read_audit"

    def __init__(self, services, audit=None):
        self.store = services.store
        self.audit = audit  # the AuditStage whose writes in flight a read waits for

    async def run(self, ctx: Context) -> None:
        query = ctx.body  # the query string, as a dict
        if self.audit is not None:
            await self.audit.settled()
        if query.get("action") == "verify":
            result = await anyio.to_thread.run_sync(self.store.verify_audit)
            ctx.response = {"ok": result.ok, "checked": result.checked, "first_bad_seq": result.first_bad_seq,
                            "reason": result.reason}
        else:
            since, until = _when(query.get("since"), "since"), _when(query.get("until"), "until")
            try:
                limit = min(int(query.get("limit", 1000)), MAX_RECORDS)
            except ValueError:
                raise Halt(400, "invalid_request", "'limit' must be a number.", param="limit") from None

            def read():
                rows = self.store.iter_audit(since=since, until=until, user=query.get("user"))
                return list(itertools.islice(rows, limit))

            ctx.response = {"object": "list", "data": await anyio.to_thread.run_sync(read)}
        ctx.decision = "answered"
