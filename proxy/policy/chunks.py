"""Where the answer's texts live in OpenAI's response shapes, plain and streamed.

Plain: chat.completion (message content, tool-call and legacy function-call arguments) and
text_completion (choice text). Streamed: the same fields as deltas, restored per choice and per
tool call so a surrogate split across chunks is still found; held-back tails are flushed into the
chunk carrying finish_reason, or into one extra chunk if the stream ends without one.
"""

from __future__ import annotations

from typing import AsyncIterator

from proxy.policy.restore import Restorer, StreamRestorer


def answer_texts(response: dict) -> list[tuple[dict, str, bool]]:
    """(container, key, is_json) for every text in a plain response the coder will read."""
    out = []
    for choice in response.get("choices") or []:
        if not isinstance(choice, dict):
            continue
        if isinstance(choice.get("text"), str):
            out.append((choice, "text", False))
        message = choice.get("message")
        if not isinstance(message, dict):
            continue
        if isinstance(message.get("content"), str):
            out.append((message, "content", False))
        for call in message.get("tool_calls") or []:
            function = call.get("function") if isinstance(call, dict) else None
            if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                out.append((function, "arguments", True))
        legacy = message.get("function_call")
        if isinstance(legacy, dict) and isinstance(legacy.get("arguments"), str):
            out.append((legacy, "arguments", True))
    return out


class StreamRewriter:
    """Restores surrogates in a chunk stream; `seen` collects the text sent per choice (for scanning)."""

    def __init__(self, plain: Restorer | None, json_args: Restorer | None):
        self._plain, self._json = plain, json_args
        self._open: dict[tuple, StreamRestorer] = {}
        self.seen: dict[int, list[str]] = {}

    def _restorer(self, key: tuple, is_json: bool) -> StreamRestorer | None:
        r = self._json if is_json else self._plain
        if not r:
            return None
        if key not in self._open:
            self._open[key] = r.stream()
        return self._open[key]

    def _feed(self, key: tuple, text: str, is_json: bool) -> str:
        r = self._restorer(key, is_json)
        out = r.feed(text) if r else text
        self.seen.setdefault(key[0], []).append(out)
        return out

    def _flush(self, key: tuple) -> str:
        r = self._open.pop(key, None)
        out = r.flush() if r else ""
        if out:
            self.seen.setdefault(key[0], []).append(out)
        return out

    def rewrite(self, chunk: dict) -> dict:
        for choice in chunk.get("choices") or []:
            if not isinstance(choice, dict):
                continue
            idx = choice.get("index", 0)
            if isinstance(choice.get("text"), str):
                choice["text"] = self._feed((idx, "text"), choice["text"], False)
            delta = choice.get("delta")
            if isinstance(delta, dict):
                if isinstance(delta.get("content"), str):
                    delta["content"] = self._feed((idx, "content"), delta["content"], False)
                for call in delta.get("tool_calls") or []:
                    fn = call.get("function") if isinstance(call, dict) else None
                    if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
                        key = (idx, "tool", call.get("index", 0))
                        fn["arguments"] = self._feed(key, fn["arguments"], True)
            if choice.get("finish_reason"):
                self._flush_into(choice, idx)
        return chunk

    def _flush_into(self, choice: dict, idx: int) -> None:
        for key in [k for k in self._open if k[0] == idx]:
            rest = self._flush(key)
            if not rest:
                continue
            if key[1] == "text":
                choice["text"] = (choice.get("text") or "") + rest
                continue
            delta = choice.setdefault("delta", {})
            if key[1] == "content":
                delta["content"] = (delta.get("content") or "") + rest
            else:
                calls = delta.setdefault("tool_calls", [])
                call = next((c for c in calls if c.get("index", 0) == key[2]), None)
                if call is None:
                    calls.append({"index": key[2], "function": {"arguments": rest}})
                else:
                    fn = call.setdefault("function", {})
                    fn["arguments"] = (fn.get("arguments") or "") + rest

    def leftover_chunk(self, last: dict | None) -> dict | None:
        """Whatever is still held when the stream ends without finish_reason, as one more chunk."""
        if not self._open:
            return None
        base = {k: v for k, v in (last or {}).items() if k in ("id", "object", "created", "model")}
        choices = {}
        for key in list(self._open):
            idx = key[0]
            choice = choices.setdefault(idx, {"index": idx, "finish_reason": None})
            if key[1] != "text":
                choice.setdefault("delta", {})
            self._flush_into_one(choice, key)
        return {**base, "choices": list(choices.values())}

    def _flush_into_one(self, choice: dict, key: tuple) -> None:
        rest = self._flush(key)
        if key[1] == "text":
            choice["text"] = (choice.get("text") or "") + rest
        elif key[1] == "content":
            choice["delta"]["content"] = (choice["delta"].get("content") or "") + rest
        else:
            choice["delta"].setdefault("tool_calls", []).append({"index": key[2], "function": {"arguments": rest}})


async def rewrite_stream(source: AsyncIterator[dict], rewriter: StreamRewriter) -> AsyncIterator[dict]:
    last = None
    async for chunk in source:
        last = chunk
        yield rewriter.rewrite(chunk)
    extra = rewriter.leftover_chunk(last)
    if extra is not None:
        yield extra
