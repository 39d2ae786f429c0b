"""The store on real SQLite and real PostgreSQL: keys, the audit chain, tampering, export, concurrent writers."""

import datetime as dt
import multiprocessing
import sqlite3
import threading

import psycopg
import pytest

import proxy.store.sql as sql_module
from proxy.store import open_store
from proxy.store.base import AUDIT_FIELDS
from proxy.store.chain import link_hash
from proxy.store.keys import authenticate
from proxy.store.record import AuditRecordError, normalize
from tests.store.backends import SECRET
from tests.store.writer import record, write

UTC = dt.timezone.utc


def raw(url: str, sql: str, args=()) -> None:
    """Direct database access, as someone with write access but without the secret would have."""
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url[len("sqlite:///"):]) as conn:
            conn.execute(sql, args)
        return
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(sql.replace("?", "%s"), args)


def test_keys_create_authenticate_revoke(store):
    info, bearer = store.create_key("coder.alice", "coder", by="it.admin")
    caller = authenticate(store, bearer)
    assert (caller.user, caller.role, caller.key_id) == ("coder.alice", "coder", info.key_id)
    wrong = bearer[:-1] + ("A" if bearer[-1] != "A" else "B")
    assert authenticate(store, wrong) is None
    assert authenticate(store, f"pp-{'0' * 12}-{'x' * 43}") is None  # well-formed, unknown id
    assert authenticate(store, "") is None and authenticate(store, None) is None
    assert authenticate(store, "not a key") is None and authenticate(store, bearer + "x") is None
    secret = bearer.split("-", 2)[2]
    stored = store.get_key(info.key_id)
    assert secret not in repr(stored) and len(stored.secret_hash) == 64  # only a hash is kept
    assert store.revoke_key(info.key_id, by="it.admin") is True
    assert store.revoke_key(info.key_id) is False
    assert store.revoke_key("ffffffffffff") is False
    assert authenticate(store, bearer) is None
    [listed] = store.list_keys()
    assert listed.key_id == info.key_id and listed.revoked_at is not None
    events = [(r["event"], r["key_id"], r["user"], r["detail"]) for r in store.iter_audit()]
    assert events == [("key_created", info.key_id, "coder.alice", "by it.admin"),
                      ("key_revoked", info.key_id, "coder.alice", "by it.admin")]
    assert store.verify_audit().ok


@pytest.mark.parametrize("user,role", [("x", "superuser"), ("", "coder"), ("bad name", "coder"),
                                       ("line\nbreak", "admin")])
def test_bad_user_or_role_is_refused(store, user, role):
    with pytest.raises(ValueError):
        store.create_key(user, role)
    assert store.list_keys() == []


def test_chain_appends_and_verifies(store):
    for i in range(5):
        out = store.append_audit(record(i))
    assert out["seq"] == 5 and len(out["hash"]) == 64
    result = store.verify_audit()
    assert result.ok and result.checked == 5 and result.head_hash == out["hash"]
    rows = list(store.iter_audit())
    assert rows[0]["entity_counts"] == {"DATE": 1, "PERSON": 0} and rows[1]["stream"] is True
    assert [r["prev_hash"] for r in rows[1:]] == [r["hash"] for r in rows[:-1]]
    assert rows[4] == out and store.get_audit(5) == out and store.get_audit(6) is None


def test_values_a_database_would_convert_still_verify(store):
    # An int in a REAL column comes back as a float, a local time would sort wrongly as text:
    # both are normalised before hashing, so honest records always verify.
    out = store.append_audit({"ts": "2026-11-01T07:00:00-05:00", "latency_ms": 3, "upstream_status": 200.0,
                              "stream": True, "blocked_types": ["SSN", "NAME"], "detail": "é ☃ ünïcode"})
    assert out["ts"] == "2026-11-01T12:00:00.000000+00:00" and out["latency_ms"] == 3.0
    assert out["blocked_types"] == ["NAME", "SSN"] and out["event"] == "call"
    assert store.append_audit({})["ts"].endswith("+00:00")  # ts defaults to now, in UTC
    assert store.verify_audit().ok


@pytest.mark.parametrize("bad", [{"prompt": "Patient Jane Roe"}, {"latency_ms": "fast"},
                                 {"entity_counts": {"PERSON": "one"}}, {"entity_counts": ["PERSON"]},
                                 {"user": 5}, {"ts": "yesterday"}, {"latency_ms": float("nan")},
                                 {"blocked_types": "SSN"}])
def test_records_outside_the_schema_are_refused_and_nothing_is_written(store, bad):
    with pytest.raises(AuditRecordError) as info:
        store.append_audit({**record(1), **bad})
    assert "Jane" not in str(info.value) and "fast" not in str(info.value)  # names fields, never values
    assert list(store.iter_audit()) == []


def test_caller_supplied_chain_fields_are_ignored(store):
    out = store.append_audit({**record(1), "seq": 99, "prev_hash": "f" * 64, "hash": "e" * 64})
    assert out["seq"] == 1 and out["hash"] != "e" * 64 and store.verify_audit().ok


def _swap(url, a, b):
    raw(url, "UPDATE audit_log SET seq = -1 WHERE seq = ?", (a,))
    raw(url, "UPDATE audit_log SET seq = ? WHERE seq = ?", (a, b))
    raw(url, "UPDATE audit_log SET seq = ? WHERE seq = -1", (b,))


TAMPERING = {
    "edit a text field": (lambda u: raw(u, 'UPDATE audit_log SET "user" = ? WHERE seq = 3', ("someone.else",)),
                          3, "edited"),
    "edit counts": (lambda u: raw(u, "UPDATE audit_log SET entity_counts = ? WHERE seq = 2", ('{"PERSON":0}',)),
                    2, "edited"),
    "edit a number": (lambda u: raw(u, "UPDATE audit_log SET latency_ms = 0 WHERE seq = 4"), 4, "edited"),
    "rewrite a hash": (lambda u: raw(u, "UPDATE audit_log SET hash = ? WHERE seq = 2", ("0" * 64,)), 2, "edited"),
    "delete the first": (lambda u: raw(u, "DELETE FROM audit_log WHERE seq = 1"), 1, "missing"),
    "delete a middle one": (lambda u: raw(u, "DELETE FROM audit_log WHERE seq = 3"), 3, "missing"),
    "delete the last": (lambda u: raw(u, "DELETE FROM audit_log WHERE seq = 5"), 5, "deleted from the end"),
    "delete everything": (lambda u: raw(u, "DELETE FROM audit_log"), 1, "deleted from the end"),
    "swap two": (lambda u: _swap(u, 2, 4), 2, "reordered"),
    "delete the last and rewind the head": (
        lambda u: [raw(u, "DELETE FROM audit_log WHERE seq = 5"),
                   raw(u, "UPDATE audit_head SET seq = 4, hash = (SELECT hash FROM audit_log WHERE seq = 4)")],
        4, "head was altered"),
}


@pytest.mark.parametrize("name", TAMPERING)
def test_tampering_is_found_and_named(store, db_url, name):
    tamper, bad_seq, reason = TAMPERING[name]
    for i in range(5):
        store.append_audit(record(i))
    tamper(db_url)
    result = store.verify_audit()
    assert not result.ok and result.first_bad_seq == bad_seq and reason in result.reason, result


def test_a_chain_recomputed_without_the_secret_still_fails(store, db_url):
    for i in range(4):
        store.append_audit(record(i))
    # The forger edits record 2 and relinks 2..4 and the head with a key of their own.
    forged_key = b"forger-does-not-have-the-secret!"
    rows = list(store.iter_audit())
    rows[1]["decision"] = "forwarded"
    prev = rows[0]["hash"]
    for row in rows[1:]:
        fixed = {**normalize({k: v for k, v in row.items() if k not in ("seq", "prev_hash", "hash")}),
                 "seq": row["seq"], "prev_hash": prev}
        fixed["hash"] = link_hash(forged_key, fixed)
        raw(db_url, "UPDATE audit_log SET decision = ?, prev_hash = ?, hash = ? WHERE seq = ?",
            (fixed["decision"], prev, fixed["hash"], row["seq"]))
        prev = fixed["hash"]
    raw(db_url, "UPDATE audit_head SET hash = ?", (prev,))
    result = store.verify_audit()
    assert not result.ok and result.first_bad_seq == 2
    assert not open_store(db_url, secret=forged_key).verify_audit().ok  # and their key fails elsewhere


def test_export_filters(store):
    store.append_audit(record(1, "coder.a", "2026-11-01T09:00:00+00:00"))
    store.append_audit(record(2, "coder.b", "2026-11-02T09:00:00+00:00"))
    store.append_audit(record(3, "coder.a", "2026-11-03T09:00:00.5+00:00"))
    seqs = lambda **kw: [r["seq"] for r in store.iter_audit(**kw)]  # noqa: E731
    assert seqs(user="coder.a") == [1, 3] and seqs(user="nobody") == []
    assert seqs(since=dt.datetime(2026, 11, 2, tzinfo=UTC)) == [2, 3]
    assert seqs(until=dt.datetime(2026, 11, 2, 9, tzinfo=UTC)) == [1]  # until is exclusive
    assert seqs(since=dt.datetime(2026, 11, 3, 9)) == [3]  # naive means UTC; fractions sort right
    assert seqs(since=dt.datetime(2026, 11, 2, 5, tzinfo=dt.timezone(dt.timedelta(hours=-5)))) == [3]
    assert seqs(since=dt.datetime(2026, 11, 1, tzinfo=UTC), until=dt.datetime(2026, 11, 3, tzinfo=UTC),
                user="coder.b") == [2]


def test_iteration_pages_through_long_trails(store, monkeypatch):
    monkeypatch.setattr(sql_module, "_BATCH", 3)
    for i in range(8):
        store.append_audit(record(i, "coder.a" if i % 2 else "coder.b"))
    assert [r["seq"] for r in store.iter_audit()] == list(range(1, 9))
    assert [r["seq"] for r in store.iter_audit(user="coder.a")] == [2, 4, 6, 8]


def test_concurrent_processes_keep_one_valid_chain(db_url):
    open_store(db_url, secret=SECRET).close()  # the tables exist before the race (migration is locked too)
    ctx = multiprocessing.get_context("fork")  # separate processes, no re-import cost
    procs = [ctx.Process(target=write, args=(db_url, SECRET, 50, f"w{i}")) for i in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0, 0, 0]
    store = open_store(db_url, secret=SECRET)
    result = store.verify_audit()
    assert result.ok and result.checked == 200
    records = list(store.iter_audit())
    assert [r["seq"] for r in records] == list(range(1, 201))
    assert {r["user"] for r in records} == {"w0", "w1", "w2", "w3"}
    store.close()


def test_concurrent_threads_on_one_store_keep_one_valid_chain(store):
    threads = [threading.Thread(target=lambda n=n: [store.append_audit(record(i, f"t{n}")) for i in range(25)])
               for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    result = store.verify_audit()
    assert result.ok and result.checked == 150


def test_migrations_are_recorded_idempotent_and_match_the_fields(db_url):
    open_store(db_url, secret=SECRET).close()
    store = open_store(db_url, secret=SECRET)
    with store.transaction() as cur:
        cur.execute("SELECT name FROM migrations ORDER BY name")
        assert [r[0] for r in cur.fetchall()] == ["001_keys", "002_audit"]
        cur.execute("SELECT * FROM audit_log WHERE 1 = 0")
        assert tuple(d[0] for d in cur.description) == AUDIT_FIELDS  # a new field needs a new migration
    store.close()


def test_a_short_secret_is_refused(db_url):
    with pytest.raises(ValueError):
        open_store(db_url, secret=b"short")
