"""The openai SDK against the real gateway on loopback, with a recording upstream stand-in."""

import json

import httpx
import openai
import pytest

from tests.server.conftest import NOTE, PHI


def sent_since(upstream, before: int) -> str:
    return "\n".join(r.text for r in upstream.requests[before:])


def test_first_call_to_deid_preview_shows_what_would_leave(client, upstream):
    before = len(upstream.requests)
    answer = client.chat.completions.create(model="deid-preview", messages=[{"role": "user", "content": NOTE}])
    text = answer.choices[0].message.content
    assert answer.model == "deid-preview"
    for value in PHI.values():
        assert value not in text
    assert "E11.9" in text and "99214" in text  # codes untouched
    assert len(upstream.requests) == before  # the preview never calls out


def test_chat_is_deidentified_on_the_way_out_and_restored_on_the_way_back(client, upstream, audit):
    before = len(upstream.requests)
    answer = client.chat.completions.create(model="echo", messages=[
        {"role": "system", "content": "You are a coding assistant."},
        {"role": "user", "content": NOTE}])
    sent = sent_since(upstream, before)
    assert len(upstream.requests) == before + 1
    for value in PHI.values():
        assert value not in sent
    assert "E11.9" in sent and "99214" in sent
    # The stand-in echoes what it received; the coder reads the real values again.
    assert answer.choices[0].message.content == NOTE
    assert upstream.requests[-1].headers.get("authorization") == "Bearer sk-test-upstream"
    record = audit()[-1]
    assert record["decision"] == "deidentified" and record["model"] == "echo"
    assert record["entity_counts"].get("PERSON", 0) >= 1 and record["entity_counts"].get("MRN", 0) == 1
    assert record["total_tokens"] == 18 and record["upstream_status"] == 200
    assert record["baa_reference"] == "BAA-TEST-1" and record["user"] == "coder.alice"


def test_streaming_end_to_end_restores_values_and_ends_with_done(gateway, client, upstream):
    before = len(upstream.requests)
    stream = client.chat.completions.create(model="echo", stream=True,
                                            messages=[{"role": "user", "content": NOTE}])
    text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert text == NOTE
    assert all(v not in sent_since(upstream, before) for v in PHI.values())
    # The raw wire format, as OpenAI sends it.
    raw = httpx.post(f"{gateway.base_url}/chat/completions", timeout=30,
                     headers={"Authorization": f"Bearer {gateway.keys['coder']}"},
                     json={"model": "echo", "stream": True, "messages": [{"role": "user", "content": "hello there"}]})
    assert raw.headers["content-type"].startswith("text/event-stream")
    events = [e for e in raw.text.split("\n\n") if e]
    assert events[-1] == "data: [DONE]"
    assert all(e.startswith("data: ") for e in events)
    chunks = [json.loads(e[6:]) for e in events[:-1]]
    assert all(c["object"] == "chat.completion.chunk" and c["model"] == "echo" for c in chunks)
    assert "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"]) == "hello there"


def test_completions_and_embeddings_are_scanned(client, upstream):
    before = len(upstream.requests)
    done = client.completions.create(model="echo", prompt=NOTE)
    assert done.choices[0].text == NOTE
    emb = client.embeddings.create(model="echo", input=[NOTE, "no phi here"])
    assert len(emb.data) == 2
    sent = sent_since(upstream, before)
    assert len(upstream.requests) == before + 2
    for value in PHI.values():
        assert value not in sent


def test_tool_calls_are_scanned_out_and_restored_back(client, upstream):
    before = len(upstream.requests)
    messages = [
        {"role": "user", "content": "Record the visit."},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function", "function": {
            "name": "lookup", "arguments": json.dumps({"patient": PHI["name"], "mrn": f"MRN {PHI['mrn']}"})}}]},
        {"role": "tool", "tool_call_id": "c1", "content": f"{PHI['name']} DOB {PHI['dob']}"},
        {"role": "user", "content": NOTE},
    ]
    answer = client.chat.completions.create(model="tool-echo", messages=messages)
    sent = sent_since(upstream, before)
    for value in PHI.values():
        assert value not in sent
    args = json.loads(answer.choices[0].message.tool_calls[0].function.arguments)
    assert args["text"] == NOTE


def test_streamed_tool_call_arguments_are_restored(client):
    stream = client.chat.completions.create(model="tool-echo", stream=True,
                                            messages=[{"role": "user", "content": NOTE}])
    parts = []
    for chunk in stream:
        for choice in chunk.choices:
            for call in choice.delta.tool_calls or []:
                parts.append(call.function.arguments or "")
    assert json.loads("".join(parts))["text"] == NOTE


def test_body_fields_cannot_redirect_the_call(client, upstream):
    from tests.support.upstream import UpstreamStandIn

    with UpstreamStandIn() as elsewhere:
        before = len(upstream.requests)
        client.chat.completions.create(model="echo", messages=[{"role": "user", "content": "hi"}], extra_body={
            "api_base": elsewhere.base_url, "base_url": elsewhere.base_url, "api_key": "sk-attacker",
            "custom_llm_provider": "openai", "metadata": {"x": 1}, "callbacks": ["webhook"],
            "extra_headers": {"X-Leak": "1"}, "user": "someone"})
        assert elsewhere.requests == []
    assert len(upstream.requests) == before + 1
    received = upstream.requests[-1]
    for key in ("api_base", "base_url", "api_key", "custom_llm_provider", "metadata", "callbacks", "user"):
        assert key not in received.body
    assert received.headers.get("authorization") == "Bearer sk-test-upstream"
    assert "x-leak" not in received.headers


def test_safe_sampling_parameters_pass_through(client, upstream):
    client.chat.completions.create(model="echo", temperature=0.2, max_tokens=50, seed=7,
                                   messages=[{"role": "user", "content": "hi"}])
    body = upstream.requests[-1].body
    assert body["temperature"] == 0.2 and body["max_tokens"] == 50 and body["seed"] == 7
    # What the gateway tells litellm for itself (no retries, zero price) is not sent upstream.
    assert set(body) == {"model", "messages", "temperature", "max_tokens", "seed"}


def test_models_lists_only_approved_current_endpoints(client, gateway):
    ids = {m.id for m in client.models.list()}
    assert {"deid-preview", "echo", "tool-echo"} <= ids
    assert "expired" not in ids and "unsigned" not in ids
    auditor = openai.OpenAI(base_url=gateway.base_url, api_key=gateway.keys["auditor"], max_retries=0)
    assert [m.id for m in auditor.models.list()] == []  # endpoints are for coders


def test_health_and_metrics(gateway, client):
    client.chat.completions.create(model="deid-preview", messages=[{"role": "user", "content": "hi"}])
    assert httpx.get(f"http://127.0.0.1:{gateway.port}/healthz").json()["status"] == "ok"
    metrics = httpx.get(f"http://127.0.0.1:{gateway.port}/metrics").text
    assert "phi_proxy_requests_total" in metrics and 'route="chat.completions"' in metrics


@pytest.mark.parametrize("policy_model", ["redact-echo"])
def test_redact_policy_uses_typed_placeholders_without_restoring(client, upstream, policy_model):
    answer = client.chat.completions.create(model=policy_model, messages=[{"role": "user", "content": NOTE}])
    text = answer.choices[0].message.content
    assert PHI["mrn"] not in text and PHI["name"] not in text
    assert "[" in text and "E11.9" in text


def test_tool_schemas_and_response_formats_are_scanned_too(client, upstream):
    tools = [{"type": "function", "function": {"name": "record_visit", "description": "Record a visit", "parameters": {
        "type": "object", "properties": {"patient": {"type": "string",
                                                     "description": f"Example: {PHI['name']}, MRN {PHI['mrn']}"}}}}}]
    client.chat.completions.create(model="echo", tools=tools, messages=[{"role": "user", "content": "hi"}])
    sent = upstream.requests[-1].text
    assert PHI["name"] not in sent and PHI["mrn"] not in sent
    assert upstream.requests[-1].body["tools"][0]["function"]["name"] == "record_visit"
