"""PostgreSQL specifics: a connection the server dropped is replaced, and the chain stays whole."""

import psycopg

from proxy.store import open_store
from tests.store.backends import PG_URL, SECRET
from tests.store.writer import record


def test_a_dropped_connection_is_replaced(pg_url):
    store = open_store(pg_url, secret=SECRET)
    store.append_audit(record(1))
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        pid = store._conn().info.backend_pid
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    try:
        store.append_audit(record(2))  # may fail once: the server closed the connection under it
    except psycopg.OperationalError:
        pass
    store.append_audit(record(3))
    result = store.verify_audit()
    assert result.ok and result.checked in (2, 3)
    store.close()

