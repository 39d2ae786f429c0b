"""Checks the request body's shape, so later stages can trust it and clients get OpenAI-style errors."""

from __future__ import annotations

from proxy.errors import ProxyError
from proxy.pipeline.context import Context
from proxy.pipeline.stage import Stage

ROLES = {"system", "user", "assistant", "tool", "developer", "function"}
_NUMBER = (int, float)
# Field -> accepted Python types, checked when present. bool is excluded from numbers explicitly.
FIELD_TYPES = {
    "model": (str,), "stream": (bool,), "temperature": _NUMBER, "top_p": _NUMBER, "n": (int,),
    "max_tokens": (int,), "max_completion_tokens": (int,), "seed": (int,), "presence_penalty": _NUMBER,
    "frequency_penalty": _NUMBER, "stop": (str, list), "tools": (list,), "tool_choice": (str, dict),
    "response_format": (dict,), "logprobs": (bool, int), "top_logprobs": (int,), "user": (str,),
    "stream_options": (dict,), "parallel_tool_calls": (bool,), "dimensions": (int,),
    "encoding_format": (str,), "messages": (list,), "logit_bias": (dict,),
}
REQUIRED = {"chat.completions": ("model", "messages"), "completions": ("model", "prompt"),
            "embeddings": ("model", "input")}


def _bad(message: str, param: str | None = None) -> ProxyError:
    return ProxyError(400, "invalid_request", message, param=param)


class ValidateStage(Stage):
    name = "validate"

    def __init__(self, services=None):
        pass

    async def run(self, ctx: Context) -> None:
        if ctx.body_error is not None:
            raise ctx.body_error
        body = ctx.body
        if not isinstance(body, dict):
            raise _bad("The request body must be a JSON object.")
        for key in REQUIRED.get(ctx.route, ()):
            if key not in body:
                raise _bad(f"Missing required parameter: '{key}'.", key)
        for key, types in FIELD_TYPES.items():
            if key in body and body[key] is not None:
                value = body[key]
                wrong_bool = isinstance(value, bool) and bool not in types
                if wrong_bool or not isinstance(value, types):
                    raise _bad(f"Invalid type for '{key}'.", key)
        if not str(body.get("model", "x")).strip():
            raise _bad("'model' must not be empty.", "model")
        ctx.stream = bool(body.get("stream", False))
        if ctx.route == "chat.completions":
            self._messages(body["messages"])

    @staticmethod
    def _messages(messages: list) -> None:
        if not messages:
            raise _bad("'messages' must contain at least one message.", "messages")
        for i, message in enumerate(messages):
            if not isinstance(message, dict):
                raise _bad(f"'messages[{i}]' must be an object.", f"messages[{i}]")
            if message.get("role") not in ROLES:
                raise _bad(f"'messages[{i}].role' must be one of {sorted(ROLES)}.", f"messages[{i}].role")
            content = message.get("content")
            if content is not None and not isinstance(content, (str, list)):
                raise _bad(f"Invalid type for 'messages[{i}].content'.", f"messages[{i}].content")
            if isinstance(content, list) and not all(isinstance(p, dict) for p in content):
                raise _bad(f"'messages[{i}].content' parts must be objects.", f"messages[{i}].content")
            calls = message.get("tool_calls")
            if calls is not None and not (isinstance(calls, list) and all(isinstance(c, dict) for c in calls)):
                raise _bad(f"Invalid type for 'messages[{i}].tool_calls'.", f"messages[{i}].tool_calls")
