"""Every refusal: a clear OpenAI-shaped error, an audit record, and nothing forwarded."""

import httpx
import openai
import pytest

from tests.server.conftest import NOTE, PHI


def post(gateway, path="/chat/completions", key="coder", **kwargs):
    headers = kwargs.pop("headers", {})
    if key:
        headers["Authorization"] = f"Bearer {gateway.keys[key] if key in gateway.keys else key}"
    return httpx.post(f"{gateway.base_url}{path}", headers=headers, timeout=30, **kwargs)


def assert_openai_error(response, status, code):
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code and error["message"] and error["type"]
    return error


CHAT = {"model": "echo", "messages": [{"role": "user", "content": NOTE}]}


@pytest.mark.parametrize("kwargs,status,code", [
    ({"content": b"{not json"}, 400, "invalid_json"),
    ({"content": b""}, 400, "invalid_json"),
    ({"content": b'{"model": "echo", "messages": [{"role": "user", "content": "\xff\xfe"}]}'}, 400, "invalid_encoding"),
    ({"json": {"model": "echo", "messages": []}}, 400, "invalid_request"),
    ({"json": {"model": "echo"}}, 400, "invalid_request"),
    ({"json": {"model": "echo", "messages": "hello"}}, 400, "invalid_request"),
    ({"json": {"model": "echo", "messages": [{"role": "user", "content": "x"}], "temperature": "hot"}}, 400, "invalid_request"),
    ({"json": {"model": "echo", "messages": [{"role": "wizard", "content": "x"}]}}, 400, "invalid_request"),
    ({"json": {"model": "echo", "messages": [{"role": "user", "content": 42}]}}, 400, "invalid_request"),
    ({"json": {"model": "echo", "stream": "yes", "messages": [{"role": "user", "content": "x"}]}}, 400, "invalid_request"),
    ({"json": [1, 2, 3]}, 400, "invalid_request"),
    ({"content": b'{"model": "echo", "messages": [{"role": "user", "content": "' + b"a" * 250_000 + b'"}]}'}, 413, "request_too_large"),
    ({"json": {"model": "echo", "messages": [{"role": "user", "content": [
        {"type": "text", "text": "what is this"}, {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}]}]}},
     400, "unscannable_content"),
    ({"json": {"model": "not-on-the-list", "messages": [{"role": "user", "content": "x"}]}}, 403, "model_not_approved"),
    ({"json": {"model": "expired", "messages": [{"role": "user", "content": "x"}]}}, 403, "baa_not_in_force"),
    ({"json": {"model": "unsigned", "messages": [{"role": "user", "content": "x"}]}}, 403, "baa_not_in_force"),
])
def test_bad_requests_are_refused_audited_and_not_forwarded(gateway, upstream, audit, kwargs, status, code):
    before_up, before_audit = len(upstream.requests), len(audit())
    response = post(gateway, **kwargs)
    assert_openai_error(response, status, code)
    assert len(upstream.requests) == before_up
    records = audit()
    assert len(records) == before_audit + 1
    assert records[-1]["error_code"] == code and records[-1]["decision"] == "refused"
    assert records[-1]["user"] == "coder.alice"


def test_completions_token_arrays_cannot_be_scanned(gateway):
    response = post(gateway, "/completions", json={"model": "echo", "prompt": [[1, 2, 3]]})
    assert_openai_error(response, 400, "unscannable_content")


@pytest.mark.parametrize("key,status,code", [(None, 401, "missing_api_key"), ("pp-nope-nope", 401, "invalid_api_key"),
                                             ("auditor", 403, "role_not_permitted")])
def test_authentication_and_roles(gateway, upstream, audit, key, status, code):
    before = len(upstream.requests)
    response = post(gateway, key=key, json=CHAT)
    assert_openai_error(response, status, code)
    assert len(upstream.requests) == before
    assert audit()[-1]["error_code"] == code


def test_revoked_key_is_refused(gateway):
    key = gateway.key("coder.leaving")
    ok = openai.OpenAI(base_url=gateway.base_url, api_key=key, max_retries=0)
    ok.chat.completions.create(model="deid-preview", messages=[{"role": "user", "content": "hi"}])
    key_id = next(line.split()[0] for line in gateway.cli("keys", "list").stdout.splitlines() if "coder.leaving" in line)
    gateway.cli("keys", "revoke", key_id)
    with pytest.raises(openai.AuthenticationError) as info:
        ok.chat.completions.create(model="deid-preview", messages=[{"role": "user", "content": "hi"}])
    assert info.value.code == "invalid_api_key"


def test_block_policy_names_types_never_values(gateway, upstream, audit):
    before = len(upstream.requests)
    response = post(gateway, json={**CHAT, "model": "block-echo"})
    error = assert_openai_error(response, 400, "phi_blocked")
    assert "PERSON" in error["message"] or "DATE" in error["message"]
    assert all(v not in response.text for v in PHI.values())
    assert len(upstream.requests) == before
    record = audit()[-1]
    assert record["decision"] == "blocked" and record["blocked_types"]


def test_unknown_path_and_method(gateway, audit):
    assert_openai_error(post(gateway, "/nowhere", json={}), 404, "unknown_url")
    assert audit()[-1]["error_code"] == "unknown_url"
    response = httpx.get(f"{gateway.base_url}/chat/completions")
    assert_openai_error(response, 405, "method_not_allowed")


@pytest.mark.parametrize("model,status,code", [
    ("fail500", 502, "upstream_error"), ("fail400", 400, "upstream_rejected"),
    ("slow", 504, "upstream_timeout"), ("reset", 502, "upstream_error")])
def test_upstream_failures_become_openai_errors(gateway, audit, model, status, code):
    response = post(gateway, json={**CHAT, "model": model})
    assert_openai_error(response, status, code)
    record = audit()[-1]
    assert record["decision"] == "failed_upstream" and record["error_code"] == code


def test_upstream_failures_reach_the_sdk_as_errors(client):
    with pytest.raises(openai.APIStatusError) as info:
        client.chat.completions.create(model="fail500", messages=[{"role": "user", "content": "hi"}])
    assert info.value.status_code == 502


def test_broken_upstream_stream_terminates_with_an_error_event(gateway, client, audit):
    response = post(gateway, json={**CHAT, "model": "broken-stream", "stream": True})
    assert response.status_code == 200
    last = [e for e in response.text.split("\n\n") if e][-1]
    assert '"error"' in last and "[DONE]" not in last
    assert audit()[-1]["decision"] == "failed_upstream"
    with pytest.raises(openai.APIError):
        for _ in client.chat.completions.create(model="broken-stream", stream=True,
                                                messages=[{"role": "user", "content": NOTE}]):
            pass
