import pytest

from proxy.errors import ProxyError
from proxy.pipeline.texts import collect_slots


def test_chat_collects_every_text_that_would_leave():
    body = {"messages": [
        {"role": "system", "content": "sys"},
        {"role": "user", "name": "maria", "content": [{"type": "text", "text": "part one"}, {"type": "text", "text": "two"}]},
        {"role": "assistant", "content": None, "tool_calls": [{"function": {"name": "f", "arguments": '{"a": "x"}'}}]},
        {"role": "tool", "content": "result"},
    ], "tools": [{"type": "function", "function": {"name": "f", "description": "desc", "parameters": {
        "type": "object", "properties": {"who": {"type": "string", "description": "e.g. Maria Lopez"}}}}}],
        "response_format": {"type": "json_schema", "json_schema": {"name": "s", "schema": {"description": "for Ana"}}},
        "stop": ["END"]}
    slots = collect_slots("chat.completions", body)
    assert [(s.kind, s.text) for s in slots] == [
        ("system", "sys"), ("user", "part one"), ("user", "two"), ("user", "maria"),
        ("tool_arguments", '{"a": "x"}'), ("tool", "result"),
        ("tool_definition", "function"), ("tool_definition", "f"), ("tool_definition", "desc"),
        ("tool_definition", "object"), ("tool_definition", "string"), ("tool_definition", "e.g. Maria Lopez"),
        ("response_format", "json_schema"), ("response_format", "s"), ("response_format", "for Ana"),
        ("stop", "END")]
    slots[1].set("rewritten")
    assert body["messages"][1]["content"][0]["text"] == "rewritten"


def test_binary_parts_need_the_policy():
    body = {"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}]}
    with pytest.raises(ProxyError) as info:
        collect_slots("chat.completions", body)
    assert info.value.code == "unscannable_content"
    assert collect_slots("chat.completions", body, allows_part=lambda kind: kind == "image_url") == []


def test_unknown_part_type_is_refused():
    with pytest.raises(ProxyError, match="Unsupported"):
        collect_slots("chat.completions", {"messages": [{"role": "user", "content": [{"type": "hologram"}]}]})


@pytest.mark.parametrize("route,key", [("completions", "prompt"), ("embeddings", "input")])
def test_prompts_and_inputs(route, key):
    assert [s.text for s in collect_slots(route, {key: "one"})] == ["one"]
    assert [s.text for s in collect_slots(route, {key: ["a", "b"]})] == ["a", "b"]
    with pytest.raises(ProxyError, match="token arrays"):
        collect_slots(route, {key: [1, 2, 3]})
