"""Reads a request body within the size limit and decodes it as strict UTF-8 JSON.

Errors name a position, never the content, so nothing from the body reaches a log or a client error.
"""

from __future__ import annotations

import json

from starlette.requests import Request

from proxy.errors import ProxyError


async def read_json(request: Request, limit: int) -> tuple[object, ProxyError | None]:
    too_large = ProxyError(413, "request_too_large", f"The request body is larger than {limit} bytes.")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return None, too_large
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None, too_large
        chunks.append(chunk)
    try:
        text = b"".join(chunks).decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, ProxyError(400, "invalid_encoding", f"The request body is not valid UTF-8 (byte {exc.start}).")
    if not text.strip():
        return None, ProxyError(400, "invalid_json", "The request body is empty; send a JSON object.")
    try:
        return json.loads(text), None
    except json.JSONDecodeError as exc:
        return None, ProxyError(400, "invalid_json",
                                f"The request body is not valid JSON (line {exc.lineno}, column {exc.colno}).")
    except RecursionError:
        return None, ProxyError(400, "invalid_json", "The request body is nested too deeply.")
