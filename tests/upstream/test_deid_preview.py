import pytest

from proxy.errors import ProxyError
from proxy.upstream import deid_preview


def test_single_message_is_returned_verbatim():
    body = {"messages": [{"role": "user", "content": "exactly this"}]}
    answer = deid_preview.respond("chat.completions", body, "deid-preview")
    assert answer["choices"][0]["message"]["content"] == "exactly this" and answer["model"] == "deid-preview"


def test_conversation_is_rendered_by_role_with_tool_calls():
    body = {"messages": [{"role": "system", "content": "s"}, {"role": "user", "content": "u"},
                         {"role": "assistant", "content": None,
                          "tool_calls": [{"function": {"name": "f", "arguments": "{}"}}]}]}
    text = deid_preview.render("chat.completions", body)
    assert text == "[system] s\n\n[user] u\n\n[assistant]\n[tool call f] {}"


@pytest.mark.anyio
async def test_stream_reassembles_to_the_same_text():
    body = {"messages": [{"role": "user", "content": "x" * 100}]}
    chunks = [c async for c in deid_preview.stream("chat.completions", body, "deid-preview")]
    assert "".join(c["choices"][0]["delta"]["content"] for c in chunks) == "x" * 100
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"


def test_embeddings_are_refused_clearly():
    with pytest.raises(ProxyError) as info:
        deid_preview.respond("embeddings", {"input": "x"}, "deid-preview")
    assert info.value.code == "unsupported_by_endpoint"


@pytest.fixture
def anyio_backend():
    return "asyncio"
