"""`phi-proxy audit verify|export` as an auditor runs them."""

import csv
import io
import json
import sqlite3

from proxy.secret import load_secret
from proxy.settings import Settings
from proxy.store import open_store
from tests.cli.test_keys import env_for
from tests.support.gateway import run_cli


def seeded(tmp_path):
    env = env_for(tmp_path)
    settings = Settings.from_env(env)
    store = open_store(settings.db_url, secret=load_secret(settings))
    for i, user in enumerate(["coder.a", "coder.b", "coder.a"]):
        store.append_audit({"ts": f"2026-11-0{i + 1}T12:00:00+00:00", "event": "call", "user": user,
                            "decision": "deidentified", "entity_counts": {"DATE": i}})
    return env


def test_verify_ok_then_tampered(tmp_path):
    env = seeded(tmp_path)
    ok = run_cli(["audit", "verify"], env)
    assert ok.returncode == 0 and "3 records" in ok.stdout
    with sqlite3.connect(tmp_path / "p.db") as conn:
        conn.execute("UPDATE audit_log SET decision = 'forwarded' WHERE seq = 2")
    bad = run_cli(["audit", "verify"], env, check=False)
    assert bad.returncode == 1 and "record 2" in bad.stderr


def test_export_jsonl_and_csv_with_filters(tmp_path):
    env = seeded(tmp_path)
    lines = run_cli(["audit", "export", "--format", "jsonl", "--user", "coder.a"], env).stdout.splitlines()
    assert [json.loads(line)["seq"] for line in lines] == [1, 3]
    since = run_cli(["audit", "export", "--since", "2026-11-02", "--until", "2026-11-03"], env).stdout.splitlines()
    assert [json.loads(line)["seq"] for line in since] == [2]
    out = tmp_path / "a.csv"
    run_cli(["audit", "export", "--format", "csv", "--output", str(out)], env)
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert len(rows) == 3 and json.loads(rows[2]["entity_counts"]) == {"DATE": 2}
