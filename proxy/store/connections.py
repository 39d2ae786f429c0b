"""One database connection per thread, started afresh in a forked child, all closable at once."""

from __future__ import annotations

import os
import threading
from typing import Callable, Generic, TypeVar

C = TypeVar("C")


class ThreadConnections(Generic[C]):
    def __init__(self, connect: Callable[[], C], usable: Callable[[C], bool] = lambda conn: True):
        self._connect = connect
        self._usable = usable
        self._local = threading.local()
        self._all: list[C] = []
        self._guard = threading.Lock()
        self._pid = os.getpid()

    def get(self) -> C:
        if os.getpid() != self._pid:  # forked: the parent's connections are not ours to use (or close)
            self._local, self._all, self._pid = threading.local(), [], os.getpid()
        conn = getattr(self._local, "conn", None)
        if conn is None or not self._usable(conn):
            conn = self._connect()
            self._local.conn = conn
            with self._guard:
                self._all.append(conn)
        return conn

    def close_all(self) -> None:
        with self._guard:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()
