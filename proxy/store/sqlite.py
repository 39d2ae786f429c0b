"""SQLite: the embedded default. WAL for concurrent readers; BEGIN IMMEDIATE serialises chain writers
across processes, so several workers keep one valid chain."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path

from proxy.store.sql import SqlStore


class SqliteStore(SqlStore):
    placeholder = "?"

    def __init__(self, path: str | Path, secret: bytes):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        super().__init__(secret)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA busy_timeout=30000")
        return conn

    @contextmanager
    def transaction(self, lock_chain: bool = False):
        # A connection per transaction: cheap for SQLite, and safe from any thread.
        conn = self._connect()
        try:
            conn.execute("BEGIN IMMEDIATE" if lock_chain else "BEGIN")
            cur = conn.cursor()
            try:
                yield cur
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        finally:
            conn.close()

    def close(self) -> None:
        pass
