"""Finds every string a request carries that would leave the building, as rewritable TextSlots.

Whatever is not collected here is not forwarded (the forward stage rebuilds the upstream call from
known fields), so a text the scanner never saw cannot slip out.
"""

from __future__ import annotations

from proxy.errors import ProxyError
from proxy.pipeline.context import TextSlot

# Non-text content parts: they cannot be scanned, so they pass only where the policy allows them.
BINARY_PARTS = {"image_url": "image_url", "input_image": "image_url", "input_audio": "input_audio",
                "audio": "input_audio", "file": "file", "input_file": "file"}


def collect_slots(route: str, body: dict, allows_part=lambda kind: False) -> list[TextSlot]:
    if route == "chat.completions":
        return _chat(body, allows_part)
    if route == "completions":
        return _strings_or_refuse(body, "prompt", "prompt") + _optional(body, "suffix", "prompt")
    if route == "embeddings":
        return _strings_or_refuse(body, "input", "input")
    return []


def _chat(body: dict, allows_part) -> list[TextSlot]:
    slots: list[TextSlot] = []
    for message in body["messages"]:
        role = message.get("role", "user")
        content = message.get("content")
        if isinstance(content, str):
            slots.append(TextSlot(message, "content", role))
        elif isinstance(content, list):
            for part in content:
                kind = part.get("type")
                if kind == "text" and isinstance(part.get("text"), str):
                    slots.append(TextSlot(part, "text", role))
                elif kind in BINARY_PARTS:
                    if not allows_part(BINARY_PARTS[kind]):
                        raise ProxyError(400, "unscannable_content",
                                         f"Content parts of type '{kind}' cannot be scanned for PHI and "
                                         "this endpoint's policy does not allow them.")
                else:
                    raise ProxyError(400, "unsupported_content",
                                     f"Unsupported content part type '{kind}'.")
        for key in ("name", "refusal", "reasoning_content"):
            if isinstance(message.get(key), str):
                slots.append(TextSlot(message, key, role))
        for call in message.get("tool_calls") or []:
            function = call.get("function") or {}
            if isinstance(function.get("arguments"), str):
                slots.append(TextSlot(function, "arguments", "tool_arguments"))
        legacy = message.get("function_call")
        if isinstance(legacy, dict) and isinstance(legacy.get("arguments"), str):
            slots.append(TextSlot(legacy, "arguments", "tool_arguments"))
    # Tool definitions and response schemas leave too (descriptions, enums, examples): every string in them.
    for key, kind in (("tools", "tool_definition"), ("response_format", "response_format")):
        if isinstance(body.get(key), (dict, list)):
            slots.extend(_strings_within(body[key], kind))
    stop = body.get("stop")
    if isinstance(stop, str):
        slots.append(TextSlot(body, "stop", "stop"))
    elif isinstance(stop, list):
        slots.extend(TextSlot(stop, i, "stop") for i, s in enumerate(stop) if isinstance(s, str))
    return slots


def _strings_within(value, kind: str) -> list[TextSlot]:
    """Every string value (not key) nested in a JSON value, as slots. Nesting is bounded by the JSON parser."""
    items = value.items() if isinstance(value, dict) else enumerate(value)
    slots: list[TextSlot] = []
    for key, item in items:
        if isinstance(item, str):
            slots.append(TextSlot(value, key, kind))
        elif isinstance(item, (dict, list)):
            slots.extend(_strings_within(item, kind))
    return slots


def _strings_or_refuse(body: dict, key: str, kind: str) -> list[TextSlot]:
    value = body.get(key)
    if isinstance(value, str):
        return [TextSlot(body, key, kind)]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [TextSlot(value, i, kind) for i in range(len(value))]
    # Token arrays cannot be read back into text reliably, so they cannot be scanned.
    raise ProxyError(400, "unscannable_content",
                     f"'{key}' must be a string or a list of strings; token arrays cannot be scanned for PHI.")


def _optional(body: dict, key: str, kind: str) -> list[TextSlot]:
    return [TextSlot(body, key, kind)] if isinstance(body.get(key), str) else []
