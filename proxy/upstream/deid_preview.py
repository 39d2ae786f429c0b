"""The built-in `deid-preview` endpoint: answers with exactly the text an upstream would have received.

Nothing leaves the machine, so a first run does something real with no keys, and IT and coders can
see what a policy lets out.
"""

from __future__ import annotations

import time
import uuid

from proxy.errors import ProxyError

CHUNK_CHARS = 24


def render(route: str, body: dict) -> str:
    if route == "completions":
        prompt = body.get("prompt")
        return prompt if isinstance(prompt, str) else "\n\n".join(prompt)
    messages = body.get("messages", [])
    if len(messages) == 1 and isinstance(messages[0].get("content"), str) and not messages[0].get("tool_calls"):
        return messages[0]["content"]
    return "\n\n".join(_render_message(m) for m in messages)


def _render_message(message: dict) -> str:
    content = message.get("content")
    if isinstance(content, list):
        content = "\n".join(p.get("text", f"<{p.get('type')}>") for p in content)
    lines = [f"[{message.get('role')}] {content or ''}".rstrip()]
    for call in message.get("tool_calls") or []:
        function = call.get("function") or {}
        lines.append(f"[tool call {function.get('name')}] {function.get('arguments', '')}")
    return "\n".join(lines)


def respond(route: str, body: dict, model: str) -> dict:
    if route == "embeddings":
        raise ProxyError(400, "unsupported_by_endpoint", "deid-preview does not produce embeddings; "
                         "use it with chat or completions to see what would leave.")
    text = render(route, body)
    usage = {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
    base = {"id": _id(route), "created": int(time.time()), "model": model, "usage": usage}
    if route == "completions":
        return base | {"object": "text_completion",
                       "choices": [{"index": 0, "text": text, "finish_reason": "stop", "logprobs": None}]}
    return base | {"object": "chat.completion", "choices": [{
        "index": 0, "finish_reason": "stop",
        "message": {"role": "assistant", "content": text}}]}


async def stream(route: str, body: dict, model: str):
    if route == "embeddings":
        respond(route, body, model)
    text = render(route, body)
    rid, created = _id(route), int(time.time())
    pieces = [text[i:i + CHUNK_CHARS] for i in range(0, len(text), CHUNK_CHARS)] or [""]
    for i, piece in enumerate(pieces):
        last = i == len(pieces) - 1
        if route == "completions":
            choice = {"index": 0, "text": piece, "finish_reason": "stop" if last else None, "logprobs": None}
            yield {"id": rid, "object": "text_completion", "created": created, "model": model, "choices": [choice]}
        else:
            delta = {"content": piece} | ({"role": "assistant"} if i == 0 else {})
            choice = {"index": 0, "delta": delta, "finish_reason": "stop" if last else None}
            yield {"id": rid, "object": "chat.completion.chunk", "created": created, "model": model,
                   "choices": [choice]}


def _id(route: str) -> str:
    return ("cmpl-" if route == "completions" else "chatcmpl-") + uuid.uuid4().hex[:24]
