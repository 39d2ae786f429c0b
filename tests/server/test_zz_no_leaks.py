"""Runs after the other gateway tests in this session (zz): nothing PHI-bearing in logs or the audit trail,
and no connection anywhere but the loopback stand-in."""

import json

from tests.server.conftest import NOTE, PHI


def test_no_phi_in_logs_or_audit(gateway, client):
    client.chat.completions.create(model="echo", messages=[{"role": "user", "content": NOTE}])
    gateway.cli("audit", "export", "--format", "csv", "--output", str(gateway.dir / "audit.csv"))
    outputs = {"server log": gateway.log_text(), "audit jsonl": gateway.audit_export(),
               "audit csv": (gateway.dir / "audit.csv").read_text()}
    assert outputs["audit jsonl"].count("\n") > 10  # the suite above wrote plenty
    for where, text in outputs.items():
        for kind, value in PHI.items():
            assert value not in text, f"{kind} leaked into the {where}"
    for line in outputs["audit jsonl"].splitlines():
        assert "content" not in json.loads(line)


def test_no_egress_but_the_allowlisted_stand_in(gateway, upstream, client):
    client.chat.completions.create(model="echo", messages=[{"role": "user", "content": NOTE}])
    client.chat.completions.create(model="deid-preview", messages=[{"role": "user", "content": NOTE}])
    events = gateway.egress()
    connects = {target for kind, target in events if kind == "connect" and ":" in target}
    assert f"127.0.0.1:{upstream.port}" in connects  # the guard really sees connections
    assert connects <= {f"127.0.0.1:{upstream.port}"}, connects
    resolved = {target for kind, target in events if kind == "resolve"}
    assert resolved <= {"127.0.0.1", "localhost"}, resolved
    # The gateway runs with FASTAPI_OTEL_AUTO_CONFIGURE and an OTLP endpoint set (conftest): not even tried.
    assert "telemetry" not in gateway.log_text().lower()


def test_audit_chain_verifies(gateway):
    result = gateway.cli("audit", "verify")
    assert result.returncode == 0
