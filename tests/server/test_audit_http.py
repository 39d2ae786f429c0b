"""Auditors read the trail over HTTP; coders may not."""

import httpx


def get(gateway, path, role, **params):
    return httpx.get(f"{gateway.base_url}/audit/{path}", params=params, timeout=30,
                     headers={"Authorization": f"Bearer {gateway.keys[role]}"})


def test_auditor_reads_and_verifies_the_trail(gateway, client):
    client.chat.completions.create(model="deid-preview", messages=[{"role": "user", "content": "hello"}])
    records = get(gateway, "records", "auditor", user="coder.alice", limit=500).json()["data"]
    assert records and all(r["user"] == "coder.alice" for r in records)
    assert any(r["model"] == "deid-preview" for r in records)
    assert get(gateway, "verify", "auditor").json()["ok"] is True
    assert get(gateway, "records", "admin").status_code == 200


def test_coders_cannot_read_the_trail(gateway):
    response = get(gateway, "records", "coder")
    assert response.status_code == 403 and response.json()["error"]["code"] == "role_not_permitted"


def test_bad_filter_is_a_clear_error(gateway):
    response = get(gateway, "records", "auditor", since="last tuesday")
    assert response.status_code == 400 and response.json()["error"]["param"] == "since"
