"""SQLite specifics: an owner-only file, WAL, and a working store after fork."""

import os
import sqlite3

from proxy.store import open_store
from tests.store.backends import SECRET
from tests.store.writer import record


def test_the_database_is_owner_only_and_in_wal_mode(tmp_path):
    path = tmp_path / "deep" / "dir" / "p.db"
    store = open_store(f"sqlite:///{path}", secret=SECRET)
    store.append_audit(record(1))
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()


def test_a_forked_child_uses_its_own_connection(tmp_path):
    store = open_store(f"sqlite:///{tmp_path}/p.db", secret=SECRET)
    store.append_audit(record(1))  # the parent now holds a connection
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        try:
            store.append_audit(record(2))
            os._exit(0 if store.verify_audit().ok else 1)
        except BaseException:
            os._exit(2)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    store.append_audit(record(3))
    assert store.verify_audit().checked == 3
    store.close()
