"""The base of every stage: one job, a name for logs and metrics, an error that halts the chain."""

from __future__ import annotations

from proxy.errors import ProxyError
from proxy.pipeline.context import Context


class Halt(ProxyError):
    """Raised by a stage to refuse the request; the chain stops and audit still runs."""


class Stage:
    name = "stage"

    async def run(self, ctx: Context) -> None:  # pragma: no cover - interface
        raise NotImplementedError
