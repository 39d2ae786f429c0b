"""PostgreSQL (psycopg 3): one connection per thread. Chain writers serialise on a transaction-scoped
advisory lock keyed by the schema, taken before the head is read, so concurrent workers keep one chain;
two deployments in different schemas of one database do not wait on each other."""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager

import psycopg

from proxy.store.sql import SqlStore, dicts

# Any fixed number: the first half of the advisory lock key, shared by every phi-proxy process.
CHAIN_LOCK = 0x5048_4950


class PostgresStore(SqlStore):
    placeholder = "%s"

    def __init__(self, url: str, secret: bytes):
        self.url = url
        self._local = threading.local()
        self._all: list[psycopg.Connection] = []
        self._guard = threading.Lock()
        self._pid = os.getpid()
        super().__init__(secret)

    def _conn(self) -> psycopg.Connection:
        if os.getpid() != self._pid:  # forked: the parent's sockets are not ours to use (or close)
            self._local, self._all, self._pid = threading.local(), [], os.getpid()
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.closed or conn.broken:
            # autocommit: conn.transaction() below then issues BEGIN/COMMIT itself, and no connection
            # is ever left idle in a transaction between calls.
            conn = psycopg.connect(self.url, autocommit=True, connect_timeout=10)
            self._local.conn = conn
            with self._guard:
                self._all.append(conn)
        return conn

    @contextmanager
    def transaction(self, lock_chain: bool = False):
        conn = self._conn()
        with conn.transaction(), conn.cursor() as cur:
            if lock_chain:
                cur.execute("SELECT pg_advisory_xact_lock(%s::integer, hashtext(current_schema()))", (CHAIN_LOCK,))
            yield cur

    @contextmanager
    def snapshot(self):
        conn = self._conn()
        with conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            cursors = []

            def stream(sql: str, args=()):
                # A server-side cursor: rows arrive in batches, never the whole trail at once.
                cur = conn.cursor(name=f"phi_proxy_read_{len(cursors)}")
                cur.itersize = 2000
                cursors.append(cur)
                cur.execute(sql, args)
                return dicts(cur)

            try:
                yield stream
            finally:
                for cur in cursors:
                    cur.close()

    def close(self) -> None:
        with self._guard:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()
