"""The Store over any DB-API connection; SQLite and PostgreSQL differ only in how they connect and lock."""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from typing import Iterator

from proxy.store.base import AUDIT_FIELDS, ROLES, KeyInfo, StoredKey, Store, VerifyResult
from proxy.store.chain import GENESIS, from_row, link_hash, to_row
from proxy.store.keys import generate_key, hash_secret
from proxy.store.migrations import pending

_COLUMNS = ", ".join(f'"{f}"' for f in AUDIT_FIELDS)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat()


def _parse_ts(value):
    return dt.datetime.fromisoformat(value) if value else None


class SqlStore(Store):
    placeholder = "?"

    def __init__(self, secret: bytes):
        self.secret = secret
        self.migrate()

    # --- what a backend provides ---
    @contextmanager
    def transaction(self, lock_chain: bool = False):  # pragma: no cover - interface
        raise NotImplementedError

    def _sql(self, sql: str) -> str:
        return sql.replace("?", self.placeholder)

    def _rows(self, cur) -> list[dict]:
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    # --- schema ---
    def migrate(self) -> None:
        with self.transaction(lock_chain=True) as cur:
            cur.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            cur.execute("SELECT name FROM migrations")
            applied = {row[0] for row in cur.fetchall()}
            for name, statements in pending(applied):
                for statement in statements:
                    cur.execute(statement)
                cur.execute(self._sql("INSERT INTO migrations (name, applied_at) VALUES (?, ?)"), (name, _now()))

    # --- keys ---
    def create_key(self, user: str, role: str) -> tuple[KeyInfo, str]:
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        if not user or not user.strip():
            raise ValueError("user must not be empty")
        key_id, secret, bearer = generate_key()
        created = _now()
        with self.transaction() as cur:
            cur.execute(self._sql("INSERT INTO api_keys (key_id, user_name, role, secret_hash, created_at) "
                                  "VALUES (?, ?, ?, ?, ?)"), (key_id, user.strip(), role, hash_secret(secret), created))
        return KeyInfo(key_id, user.strip(), role, _parse_ts(created)), bearer

    def get_key(self, key_id: str) -> StoredKey | None:
        with self.transaction() as cur:
            cur.execute(self._sql("SELECT * FROM api_keys WHERE key_id = ?"), (key_id,))
            rows = self._rows(cur)
        if not rows:
            return None
        r = rows[0]
        return StoredKey(r["key_id"], r["user_name"], r["role"], _parse_ts(r["created_at"]),
                         _parse_ts(r["revoked_at"]), secret_hash=r["secret_hash"])

    def list_keys(self) -> list[KeyInfo]:
        with self.transaction() as cur:
            cur.execute("SELECT key_id, user_name, role, created_at, revoked_at FROM api_keys ORDER BY created_at")
            rows = self._rows(cur)
        return [KeyInfo(r["key_id"], r["user_name"], r["role"], _parse_ts(r["created_at"]),
                        _parse_ts(r["revoked_at"])) for r in rows]

    def revoke_key(self, key_id: str) -> bool:
        with self.transaction() as cur:
            cur.execute(self._sql("UPDATE api_keys SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL"),
                        (_now(), key_id))
            return cur.rowcount == 1

    # --- audit ---
    def append_audit(self, record: dict) -> dict:
        with self.transaction(lock_chain=True) as cur:  # one writer at a time across processes
            cur.execute("SELECT seq, hash FROM audit_head WHERE id = 1")
            head = cur.fetchone()
            seq, prev = (head[0] + 1, head[1]) if head else (1, GENESIS)
            row = to_row({**record, "seq": seq, "prev_hash": prev})
            row["hash"] = link_hash(self.secret, row)
            marks = ", ".join("?" for _ in AUDIT_FIELDS)
            cur.execute(self._sql(f"INSERT INTO audit_log ({_COLUMNS}) VALUES ({marks})"),
                        [row[f] for f in AUDIT_FIELDS])
            if head:
                cur.execute(self._sql("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"), (seq, row["hash"]))
            else:
                cur.execute(self._sql("INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?)"), (seq, row["hash"]))
        return from_row(row)

    def iter_audit(self, since=None, until=None, user=None) -> Iterator[dict]:
        filters = [('"ts" >= ?', since and since.isoformat()), ('"ts" < ?', until and until.isoformat()),
                   ('"user" = ?', user)]
        filters = [(sql, value) for sql, value in filters if value is not None]
        clause = (" WHERE " + " AND ".join(sql for sql, _ in filters)) if filters else ""
        args = [value for _, value in filters]
        with self.transaction() as cur:
            cur.execute(self._sql(f"SELECT {_COLUMNS} FROM audit_log{clause} ORDER BY seq"), args)
            rows = self._rows(cur)
        for row in rows:
            yield from_row(row)

    def verify_audit(self) -> VerifyResult:
        with self.transaction() as cur:
            cur.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq")
            rows = self._rows(cur)
            cur.execute("SELECT seq, hash FROM audit_head WHERE id = 1")
            head = cur.fetchone()
        prev, expected = GENESIS, 1
        for row in rows:
            seq = row["seq"]
            if seq != expected:
                return VerifyResult(False, expected - 1, expected, f"record {expected} is missing (next is {seq})")
            if row["prev_hash"] != prev:
                return VerifyResult(False, expected - 1, seq, "does not follow the record before it (reordered or altered)")
            if link_hash(self.secret, row) != row["hash"]:
                return VerifyResult(False, expected - 1, seq, "contents do not match its hash (edited)")
            prev, expected = row["hash"], expected + 1
        last = expected - 1
        if head is None and rows:
            return VerifyResult(False, last, last, "the chain head is missing")
        if head is not None and (head[0] != last or head[1] != prev):
            return VerifyResult(False, last, last + 1, f"records after {last} were deleted (head says {head[0]})")
        return VerifyResult(True, last)
