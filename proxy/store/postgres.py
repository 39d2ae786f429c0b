"""PostgreSQL: one connection per thread; chain writers serialise on a transaction-scoped advisory lock."""

from __future__ import annotations

import threading
from contextlib import contextmanager

import psycopg

from proxy.store.sql import SqlStore

CHAIN_LOCK = 0x5048_4950  # any fixed number; every phi-proxy process uses the same one


class PostgresStore(SqlStore):
    placeholder = "%s"

    def __init__(self, url: str, secret: bytes):
        self.url = url
        self._local = threading.local()
        self._all: list[psycopg.Connection] = []
        self._lock = threading.Lock()
        super().__init__(secret)

    def _conn(self) -> psycopg.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.closed or conn.broken:
            conn = psycopg.connect(self.url)
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    @contextmanager
    def transaction(self, lock_chain: bool = False):
        conn = self._conn()
        with conn.transaction():
            with conn.cursor() as cur:
                if lock_chain:
                    cur.execute("SELECT pg_advisory_xact_lock(%s)", (CHAIN_LOCK,))
                yield cur

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
