"""The Store over a DB-API connection. SQLite and PostgreSQL differ only in how they connect, lock the
chain and take a consistent snapshot; everything else (SQL, chain, keys) lives here once."""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from typing import Callable, Iterator

from proxy.store.base import AUDIT_FIELDS, KeyInfo, StoredKey, Store, VerifyResult
from proxy.store.chain import GENESIS, Head, head_mac, link_hash, walk
from proxy.store.keys import check_user_and_role, generate_key, hash_secret
from proxy.store.migrations import apply
from proxy.store.record import decode, normalize, utc_text

_COLUMNS = ", ".join(f'"{f}"' for f in AUDIT_FIELDS)
_BATCH = 1000  # rows per read transaction when iterating, so no reader holds a transaction open for long

Stream = Callable[..., Iterator[dict]]


def _now() -> str:
    return utc_text(dt.datetime.now(dt.timezone.utc))


def _time(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def dicts(cur) -> Iterator[dict]:
    names = [d[0] for d in cur.description]
    for row in cur:
        yield dict(zip(names, row))


class SqlStore(Store):
    placeholder = "?"

    def __init__(self, secret: bytes):
        if not isinstance(secret, bytes) or len(secret) < 16:
            raise ValueError("the server secret must be at least 16 bytes")
        self.secret = secret
        with self.transaction(lock_chain=True) as cur:  # one migrator at a time, across processes
            apply(cur, self.placeholder)

    # --- what a backend provides ---
    @contextmanager
    def transaction(self, lock_chain: bool = False) -> Iterator:  # pragma: no cover - interface
        """A cursor in one transaction; lock_chain serialises it against every other chain writer."""
        raise NotImplementedError
        yield

    @contextmanager
    def snapshot(self) -> Iterator[Stream]:  # pragma: no cover - interface
        """A read-only transaction on one consistent snapshot; yields stream(sql, args) -> dict rows,
        fetched lazily so a long trail is never held in memory."""
        raise NotImplementedError
        yield

    def _sql(self, sql: str) -> str:
        return sql.replace("?", self.placeholder)

    def _one(self, cur, sql: str, args=()) -> dict | None:
        cur.execute(self._sql(sql), args)
        return next(dicts(cur), None)

    # --- keys ---
    def create_key(self, user: str, role: str, *, by: str | None = None) -> tuple[KeyInfo, str]:
        check_user_and_role(user, role)
        key_id, secret, bearer = generate_key()
        created = _now()
        with self.transaction(lock_chain=True) as cur:
            cur.execute(self._sql("INSERT INTO api_keys (key_id, user_name, role, secret_hash, created_at) "
                                  "VALUES (?, ?, ?, ?, ?)"), (key_id, user, role, hash_secret(secret), created))
            self._append(cur, self._key_event("key_created", key_id, user, role, by))
        return KeyInfo(key_id, user, role, _time(created)), bearer

    def get_key(self, key_id: str) -> StoredKey | None:
        with self.transaction() as cur:
            r = self._one(cur, "SELECT * FROM api_keys WHERE key_id = ?", (key_id,))
        if r is None:
            return None
        return StoredKey(r["key_id"], r["user_name"], r["role"], _time(r["created_at"]), _time(r["revoked_at"]),
                         secret_hash=r["secret_hash"])

    def list_keys(self) -> list[KeyInfo]:
        with self.transaction() as cur:
            cur.execute("SELECT key_id, user_name, role, created_at, revoked_at FROM api_keys "
                        "ORDER BY created_at, key_id")
            rows = list(dicts(cur))
        return [KeyInfo(r["key_id"], r["user_name"], r["role"], _time(r["created_at"]), _time(r["revoked_at"]))
                for r in rows]

    def revoke_key(self, key_id: str, *, by: str | None = None) -> bool:
        with self.transaction(lock_chain=True) as cur:
            key = self._one(cur, "SELECT user_name, role FROM api_keys WHERE key_id = ? AND revoked_at IS NULL",
                            (key_id,))
            if key is None:
                return False
            cur.execute(self._sql("UPDATE api_keys SET revoked_at = ? WHERE key_id = ?"), (_now(), key_id))
            self._append(cur, self._key_event("key_revoked", key_id, key["user_name"], key["role"], by))
        return True

    @staticmethod
    def _key_event(event: str, key_id: str, user: str, role: str, by: str | None) -> dict:
        return normalize({"event": event, "key_id": key_id, "user": user, "role": role,
                          "decision": event.split("_")[1], "detail": f"by {by}" if by else None})

    # --- audit ---
    def append_audit(self, record: dict) -> dict:
        row = normalize(record)  # outside the lock: validation and encoding cost no one else time
        with self.transaction(lock_chain=True) as cur:
            row = self._append(cur, row)
        return decode(row)

    def _append(self, cur, row: dict) -> dict:
        """Links one normalised row to the head and moves the head; the caller holds the chain lock."""
        head = self._one(cur, "SELECT seq, hash FROM audit_head WHERE id = 1")
        seq, prev = (head["seq"] + 1, head["hash"]) if head else (1, GENESIS)
        row = {**row, "seq": seq, "prev_hash": prev}
        row["hash"] = link_hash(self.secret, row)
        marks = ", ".join("?" for _ in AUDIT_FIELDS)
        cur.execute(self._sql(f"INSERT INTO audit_log ({_COLUMNS}) VALUES ({marks})"), [row[f] for f in AUDIT_FIELDS])
        cur.execute(self._sql("INSERT INTO audit_head (id, seq, hash, mac) VALUES (1, ?, ?, ?) ON CONFLICT (id) "
                              "DO UPDATE SET seq = excluded.seq, hash = excluded.hash, mac = excluded.mac"),
                    (seq, row["hash"], head_mac(self.secret, seq, row["hash"])))
        return row

    def iter_audit(self, since: dt.datetime | None = None, until: dt.datetime | None = None,
                   user: str | None = None) -> Iterator[dict]:
        filters = [('"ts" >= ?', since and utc_text(since)), ('"ts" < ?', until and utc_text(until)),
                   ('"user" = ?', user)]
        filters = [(sql, value) for sql, value in filters if value is not None]
        after = 0
        while True:  # keyset pages, each its own short transaction: a slow consumer holds no lock
            where = " AND ".join(['"seq" > ?'] + [sql for sql, _ in filters])
            with self.transaction() as cur:
                cur.execute(self._sql(f"SELECT {_COLUMNS} FROM audit_log WHERE {where} ORDER BY seq LIMIT {_BATCH}"),
                            [after] + [value for _, value in filters])
                rows = list(dicts(cur))
            for row in rows:
                yield decode(row)
            if len(rows) < _BATCH:
                return
            after = rows[-1]["seq"]

    def get_audit(self, seq: int) -> dict | None:
        """One record by its seq, as stored (used to check an anchored head hash)."""
        with self.transaction() as cur:
            row = self._one(cur, f"SELECT {_COLUMNS} FROM audit_log WHERE seq = ?", (seq,))
        return decode(row) if row else None

    def verify_audit(self) -> VerifyResult:
        with self.snapshot() as stream:
            head = next(stream("SELECT seq, hash, mac FROM audit_head WHERE id = 1"), None)
            rows = stream(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq")
            return walk(self.secret, rows, Head(**head) if head else None)
