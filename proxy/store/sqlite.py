"""SQLite: the embedded default. WAL so readers never block the writer; BEGIN IMMEDIATE takes the one
write lock up front, which serialises chain writers across threads and processes so several workers keep
one valid chain. A busy timeout makes a writer wait its turn rather than fail."""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path

from proxy.store.connections import ThreadConnections
from proxy.store.sql import SqlStore, dicts

BUSY_TIMEOUT_S = 30.0


class SqliteStore(SqlStore):
    placeholder = "?"

    def __init__(self, path: str | Path, secret: bytes):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not self.path.exists():
            # Key hashes and the audit trail: readable by the service account only. SQLite gives its
            # -wal and -shm files the same permissions as the database file.
            os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600))
        self._conns = ThreadConnections(self._connect)
        super().__init__(secret)

    def _conn(self) -> sqlite3.Connection:
        return self._conns.get()

    def _connect(self) -> sqlite3.Connection:
        # Autocommit mode, so the BEGIN/COMMIT below are the only transactions.
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")  # an audit record survives power loss once written
        return conn

    @contextmanager
    def _begin(self, statement: str):
        conn = self._conn()
        conn.execute(statement)
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    @contextmanager
    def transaction(self, lock_chain: bool = False):
        with self._begin("BEGIN IMMEDIATE" if lock_chain else "BEGIN") as conn:
            yield conn.cursor()

    @contextmanager
    def snapshot(self):
        # A deferred transaction reads one WAL snapshot from its first SELECT to COMMIT.
        with self._begin("BEGIN") as conn:
            def stream(sql: str, args=()):
                return dicts(conn.execute(sql, args))
            yield stream

    def close(self) -> None:
        self._conns.close_all()
