"""Answers that finish their call (metrics, audit record) once they have been sent.

The record is written whether sending succeeded, failed or was cancelled: the finish runs in a
`finally`, and Chain.finish shields the write from cancellation. A stream normally finishes in
Chain.sse(); its response finishes too, for a client gone before the stream began (finish runs once).
"""

from __future__ import annotations

from typing import Any, Awaitable, Callable

from starlette.responses import JSONResponse, StreamingResponse
from starlette.types import Receive, Scope, Send


class _Finishing:
    """Mixed in before a starlette response: runs finish(ctx) after the response has been sent."""

    def __init__(self, content: Any, finish: Callable[[Any], Awaitable[None]], ctx: Any, **kwargs):
        super().__init__(content, **kwargs)
        self._finish, self._ctx = finish, ctx

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            await self._finish(self._ctx)


class FinishingJSONResponse(_Finishing, JSONResponse):
    pass


class FinishingStreamingResponse(_Finishing, StreamingResponse):
    pass
