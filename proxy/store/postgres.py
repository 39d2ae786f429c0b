"""PostgreSQL (psycopg 3): one connection per thread. Chain writers serialise on a transaction-scoped
advisory lock keyed by the schema, taken before the head is read, so concurrent workers keep one chain;
two deployments in different schemas of one database do not wait on each other."""

from __future__ import annotations

from contextlib import contextmanager

import psycopg

from proxy.store.connections import ThreadConnections
from proxy.store.sql import SqlStore, dicts

# Any fixed number: the first half of the advisory lock key, shared by every phi-proxy process.
CHAIN_LOCK = 0x5048_4950


class PostgresStore(SqlStore):
    placeholder = "%s"

    def __init__(self, url: str, secret: bytes):
        self.url = url
        # autocommit: conn.transaction() below then issues BEGIN/COMMIT itself, and no connection is ever
        # left idle in a transaction between calls. A dropped connection is replaced.
        self._conns = ThreadConnections(lambda: psycopg.connect(self.url, autocommit=True, connect_timeout=10),
                                        usable=lambda conn: not (conn.closed or conn.broken))
        super().__init__(secret)

    def _conn(self) -> psycopg.Connection:
        return self._conns.get()

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
        self._conns.close_all()
