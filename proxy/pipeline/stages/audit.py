"""Writes one PHI-free record for every call, whatever happened. Runs last, always.

Only names the proxy itself chose (codes, entity types, endpoint names), counts, timings and a keyed
hash of the prompt go in; never the prompt, the answer, or an error text from upstream.
"""

from __future__ import annotations

import logging

import anyio

from proxy.pipeline.context import Context
from proxy.pipeline.stage import Stage

log = logging.getLogger("phi_proxy.audit")


def build_record(ctx: Context) -> dict:
    endpoint, caller = ctx.endpoint, ctx.caller
    usage = ctx.usage or {}
    return {
        "ts": ctx.received_at.isoformat(),
        "event": "call",
        "request_id": ctx.request_id,
        "user": caller.user if caller else None,
        "role": caller.role if caller else None,
        "key_id": caller.key_id if caller else None,
        "client_addr": ctx.client_addr,
        "route": ctx.route,
        "model": endpoint.name if endpoint else _requested_model(ctx),
        "endpoint": endpoint.model if endpoint else None,
        "api_base": endpoint.api_base if endpoint else None,
        "baa_vendor": endpoint.baa.vendor if endpoint else None,
        "baa_reference": endpoint.baa.reference if endpoint else None,
        "policy": getattr(ctx.policy, "name", None),
        "decision": ctx.decision,
        "entity_counts": dict(ctx.entity_counts),
        "response_entity_counts": dict(ctx.response_entity_counts),
        "blocked_types": sorted(ctx.blocked_types),
        "prompt_tokens": _count(usage.get("prompt_tokens")),
        "completion_tokens": _count(usage.get("completion_tokens")),
        "total_tokens": _count(usage.get("total_tokens")),
        "upstream_status": ctx.upstream_status,
        "latency_ms": round(ctx.elapsed_ms(), 2),
        "detection_ms": round(ctx.detection_ms, 2) if ctx.detection_ms is not None else None,
        "upstream_ms": round(ctx.upstream_ms, 2) if ctx.upstream_ms is not None else None,
        "stream": ctx.stream,
        "prompt_hmac": ctx.prompt_hmac,
        "error_code": ctx.error.code if ctx.error else None,
        "detail": f"status {ctx.error.status}" if ctx.error else None,
    }


def _count(value) -> int | None:
    # Usage comes from the upstream; a malformed value must not cost the call its audit record.
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _requested_model(ctx: Context) -> str | None:
    # An unapproved name is recorded only if it looks like a model name, never free text.
    name = ctx.body.get("model") if isinstance(ctx.body, dict) else None
    if isinstance(name, str) and len(name) <= 128 and all(c.isalnum() or c in "._:/-" for c in name):
        return name
    return None


class AuditStage(Stage):
    name = "audit"

    def __init__(self, services):
        self.store = services.store
        self.metrics = services.metrics
        self._writing: set[anyio.Event] = set()  # records being written now (see settled())

    async def run(self, ctx: Context) -> None:
        done = anyio.Event()
        self._writing.add(done)  # before the first await, so a reader arriving next waits for it
        try:
            record = build_record(ctx)
            await anyio.to_thread.run_sync(self.store.append_audit, record)
        except Exception as exc:  # noqa: BLE001 - the client's answer must not hinge on the trail...
            # ...but the failure must be visible: logged (no content) and counted for alerting.
            log.error("audit write failed for %s: %s", ctx.request_id, type(exc).__name__)
            if self.metrics:
                self.metrics.audit_failures.inc()
        finally:
            self._writing.discard(done)
            done.set()

    async def settled(self, wait_s: float = 5.0) -> None:
        """Waits for the records already being written. Calls are recorded just after their answer is
        sent, so an auditor reading the trail right after a call must not miss that call's record."""
        with anyio.move_on_after(wait_s):
            for done in list(self._writing):
                await done.wait()
