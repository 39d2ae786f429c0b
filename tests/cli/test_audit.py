"""`phi-proxy audit verify|export` as an auditor runs them, on real SQLite and PostgreSQL."""

import csv
import io
import json

import pytest

from proxy.secret import load_secret
from proxy.settings import Settings
from proxy.store import open_store
from tests.cli.cli_support import run
from tests.cli.test_keys import env  # noqa: F401 - fixture
from tests.store.backends import db_url, pg_url  # noqa: F401 - fixtures
from tests.store.test_sql import raw


@pytest.fixture()
def seeded(env, db_url):  # noqa: F811
    store = open_store(db_url, secret=load_secret(Settings.from_env()))
    for i, user in enumerate(["coder.a", "coder.b", "coder.a"]):
        store.append_audit({"ts": f"2026-11-0{i + 1}T12:00:00+00:00", "user": user, "decision": "deidentified",
                            "entity_counts": {"DATE": i}, "model": "=cmd|' /C calc'!A0" if i == 1 else "echo"})
    store.close()
    return db_url


def test_verify_ok_then_tampered(seeded, capsys):
    assert run(["audit", "verify", "--db", seeded]) == 0
    out = capsys.readouterr().out
    assert "ok: 3 records" in out
    anchor = out.split("head: ")[1].split()[0]
    assert run(["audit", "verify", "--db", seeded, "--anchor", anchor]) == 0
    raw(seeded, "UPDATE audit_log SET decision = 'forwarded' WHERE seq = 2")
    assert run(["audit", "verify", "--db", seeded]) == 1
    assert "record 2" in capsys.readouterr().err


def test_verify_catches_a_rollback_with_the_anchor(seeded, capsys):
    run(["audit", "verify", "--db", seeded])
    anchor = capsys.readouterr().out.split("head: ")[1].split()[0]
    seq = int(anchor.split(":")[0])
    raw(seeded, "UPDATE audit_log SET hash = ? WHERE seq = ?", ("0" * 64, seq))  # stands in for any rewrite
    assert run(["audit", "verify", "--db", seeded, "--anchor", anchor]) == 1
    with pytest.raises(SystemExit):
        run(["audit", "verify", "--db", seeded, "--anchor", "not-an-anchor"])


def test_export_jsonl_and_csv_with_filters(seeded, env, capsys):  # noqa: F811
    run(["audit", "export", "--db", seeded, "--format", "jsonl", "--user", "coder.a"])
    assert [json.loads(line)["seq"] for line in capsys.readouterr().out.splitlines()] == [1, 3]
    run(["audit", "export", "--db", seeded, "--since", "2026-11-02", "--until", "2026-11-03"])
    [only] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert only["seq"] == 2 and only["entity_counts"] == {"DATE": 1}
    out = env / "a.csv"
    assert run(["audit", "export", "--db", seeded, "--format", "csv", "--output", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [r["seq"] for r in rows] == ["1", "2", "3"] and json.loads(rows[2]["entity_counts"]) == {"DATE": 2}
    assert rows[1]["model"].startswith("'=")  # no formula runs when the auditor opens it
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    with pytest.raises(SystemExit):
        run(["audit", "export", "--db", seeded, "--since", "last tuesday"])
