"""The store on real SQLite and real PostgreSQL: keys, the audit chain, tampering, concurrent writers."""

import datetime as dt
import multiprocessing

import pytest

from proxy.store import open_store
from proxy.store.keys import authenticate
from tests.store.conftest import SECRET


def record(i: int, user: str = "coder.a", ts: str | None = None) -> dict:
    return {"ts": ts or f"2026-11-{(i % 28) + 1:02d}T10:00:00+00:00", "event": "call", "user": user,
            "role": "coder", "route": "chat.completions", "model": "echo", "decision": "deidentified",
            "entity_counts": {"PERSON": i}, "stream": bool(i % 2), "latency_ms": 1.25 * i}


def test_keys_create_authenticate_revoke(store):
    info, bearer = store.create_key("coder.alice", "coder")
    caller = authenticate(store, bearer)
    assert caller.user == "coder.alice" and caller.role == "coder" and caller.key_id == info.key_id
    assert authenticate(store, bearer[:-1] + ("A" if bearer[-1] != "A" else "B")) is None
    assert authenticate(store, "pp-000000000000-" + "x" * 43) is None
    assert authenticate(store, "") is None and authenticate(store, "not a key") is None
    secret = bearer.split("-", 2)[2]
    assert len(secret) >= 32 and secret not in str(store.get_key(info.key_id))  # only the hash is stored
    assert store.revoke_key(info.key_id) is True
    assert store.revoke_key(info.key_id) is False
    assert authenticate(store, bearer) is None
    assert [k.revoked_at is not None for k in store.list_keys()] == [True]


def test_bad_role_is_refused(store):
    with pytest.raises(ValueError):
        store.create_key("x", "superuser")


def test_chain_appends_and_verifies(store):
    for i in range(5):
        out = store.append_audit(record(i))
    assert out["seq"] == 5 and len(out["hash"]) == 64
    result = store.verify_audit()
    assert result.ok and result.checked == 5
    rows = list(store.iter_audit())
    assert rows[0]["entity_counts"] == {"PERSON": 0} and rows[1]["stream"] is True
    assert [r["prev_hash"] for r in rows[1:]] == [r["hash"] for r in rows[:-1]]


def test_unknown_fields_are_not_stored(store):
    store.append_audit({**record(1), "prompt": "Patient Jane Roe"})
    assert "prompt" not in next(store.iter_audit())


def _raw(store, sql, args=()):
    with store.transaction() as cur:
        cur.execute(store._sql(sql), args)


@pytest.mark.parametrize("tamper,bad_seq,reason", [
    (lambda s: _raw(s, 'UPDATE audit_log SET "user" = ? WHERE seq = 3', ("someone.else",)), 3, "edited"),
    (lambda s: _raw(s, "UPDATE audit_log SET entity_counts = ? WHERE seq = 2", ('{"PERSON":0}',)), 2, "edited"),
    (lambda s: _raw(s, "DELETE FROM audit_log WHERE seq = 3"), 3, "missing"),
    (lambda s: _raw(s, "DELETE FROM audit_log WHERE seq = 5"), 5, "deleted"),
    (lambda s: [_raw(s, "UPDATE audit_log SET seq = 99 WHERE seq = 2"), _raw(s, "UPDATE audit_log SET seq = 2 WHERE seq = 4"),
                _raw(s, "UPDATE audit_log SET seq = 4 WHERE seq = 99")], 2, "reordered"),
])
def test_tampering_is_found_and_named(store, tamper, bad_seq, reason):
    for i in range(5):
        store.append_audit(record(i))
    tamper(store)
    result = store.verify_audit()
    assert not result.ok and result.first_bad_seq == bad_seq and reason in result.reason


def test_a_recomputed_chain_without_the_secret_still_fails(db_url):
    store = open_store(db_url, secret=SECRET)
    for i in range(3):
        store.append_audit(record(i))
    forger = open_store(db_url, secret=b"not the secret" * 3)
    assert not forger.verify_audit().ok


def test_export_filters(store):
    store.append_audit(record(1, "coder.a", "2026-11-01T09:00:00+00:00"))
    store.append_audit(record(2, "coder.b", "2026-11-02T09:00:00+00:00"))
    store.append_audit(record(3, "coder.a", "2026-11-03T09:00:00+00:00"))
    utc = dt.timezone.utc
    assert [r["seq"] for r in store.iter_audit(user="coder.a")] == [1, 3]
    assert [r["seq"] for r in store.iter_audit(since=dt.datetime(2026, 11, 2, tzinfo=utc))] == [2, 3]
    assert [r["seq"] for r in store.iter_audit(until=dt.datetime(2026, 11, 2, tzinfo=utc))] == [1]


def _writer(url: str, n: int, name: str) -> None:
    store = open_store(url, secret=SECRET)
    for i in range(n):
        store.append_audit(record(i, name))
    store.close()


def test_concurrent_writers_keep_one_valid_chain(db_url):
    open_store(db_url, secret=SECRET).close()  # migrate once before the race
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(db_url, 40, f"w{i}")) for i in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    store = open_store(db_url, secret=SECRET)
    result = store.verify_audit()
    assert result.ok and result.checked == 160
    assert [r["seq"] for r in store.iter_audit()] == list(range(1, 161))


def test_migrations_are_recorded_and_idempotent(db_url):
    open_store(db_url, secret=SECRET).close()
    store = open_store(db_url, secret=SECRET)
    with store.transaction() as cur:
        cur.execute("SELECT name FROM migrations ORDER BY name")
        assert [r[0] for r in cur.fetchall()] == ["001_keys", "002_audit"]
