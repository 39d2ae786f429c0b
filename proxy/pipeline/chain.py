"""Runs a Context through the ordered stages. A Halt stops the chain; audit runs whatever happened.

run() is the request side; finish() settles the decision, counts the call and writes its audit record.
The caller finishes once the client has its answer (server/responses.py), or when a stream ends (sse()),
so the client never waits for the trail's fsync. Nothing is forwarded after run() returns, so the record
still follows everything that left.

A stage's unexpected error is contained: it becomes a 500 for the client (no detail) and a record in
the audit trail, and nothing after it runs, so an error in detection can never lead to forwarding.
"""

from __future__ import annotations

import json
import logging

import anyio

from proxy.errors import ProxyError
from proxy.pipeline.context import Context
from proxy.pipeline.stage import Stage

log = logging.getLogger("phi_proxy.chain")


def decision_for(error: ProxyError, current: str) -> str:
    if current not in ("pending", "forwarded", "deidentified"):
        return current  # a stage already named it (blocked, failed_upstream)
    return "error" if error.status >= 500 and error.code == "internal_error" else "refused"


class Chain:
    def __init__(self, stages: list[Stage], audit: Stage, metrics=None):
        self.stages = stages
        self.audit = audit
        self.metrics = metrics

    async def run(self, ctx: Context) -> None:
        """Request side. The caller must then finish(ctx): after answering, or through sse()."""
        for stage in self.stages:
            try:
                await stage.run(ctx)
            except ProxyError as error:
                self._fail(ctx, error)
                break
            except Exception as exc:  # noqa: BLE001
                log.error("stage %s failed: %s (request %s)", stage.name, type(exc).__name__, ctx.request_id)
                self._fail(ctx, ProxyError(500, "internal_error", "Internal error; nothing was forwarded "
                                           "unless the audit record says so."))
                break

    async def finish(self, ctx: Context) -> None:
        if ctx.finished:
            return
        ctx.finished = True
        if ctx.error is None and ctx.decision == "pending":
            ctx.decision = "forwarded"
        with anyio.CancelScope(shield=True):  # a client hanging up must not lose the record
            for callback in ctx.on_finish:  # work a stage deferred until the client had its answer
                try:
                    result = callback(ctx)
                    if hasattr(result, "__await__"):
                        await result
                except Exception as exc:  # noqa: BLE001 - the record must still be written
                    log.error("deferred work failed: %s (request %s)", type(exc).__name__, ctx.request_id)
            if self.metrics:  # before the write's first await: a scrape after the answer sees this call
                try:
                    self.metrics.observe(ctx)
                except Exception as exc:  # noqa: BLE001 - a counter must never cost the record
                    log.error("metrics failed: %s (request %s)", type(exc).__name__, ctx.request_id)
            await self.audit.run(ctx)

    async def sse(self, ctx: Context):
        """The stream as OpenAI sends it: `data: {chunk}` events, then `data: [DONE]`."""
        try:
            async for chunk in ctx.stream_iter:
                yield f"data: {json.dumps(chunk, separators=(',', ':'))}\n\n"
            yield "data: [DONE]\n\n"
        except ProxyError as error:
            self._fail(ctx, error)
            yield f"data: {json.dumps(error.body())}\n\n"
        except Exception as exc:  # noqa: BLE001
            log.error("stream failed: %s (request %s)", type(exc).__name__, ctx.request_id)
            error = ProxyError(502, "stream_failed", "The response stream failed and was cut off.")
            self._fail(ctx, error)
            yield f"data: {json.dumps(error.body())}\n\n"
        finally:
            await self.finish(ctx)

    @staticmethod
    def _fail(ctx: Context, error: ProxyError) -> None:
        ctx.error = error
        ctx.decision = decision_for(error, ctx.decision)
