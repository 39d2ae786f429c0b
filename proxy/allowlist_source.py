"""Serves the current allowlist and picks up IT's edits without a restart.

An invalid edit never takes effect: the last good list keeps serving and the failure is reported
(log and audit) once per distinct bad version of the file.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path
from typing import Callable

from proxy.allowlist import Allowlist, AllowlistError, load_allowlist

log = logging.getLogger("phi_proxy.allowlist")


class AllowlistSource:
    def __init__(
        self,
        path: Path,
        check_interval_s: float = 1.0,
        validate: Callable[[Allowlist], None] | None = None,
        on_reload_error: Callable[[AllowlistError], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.path = Path(path)
        self._interval = check_interval_s
        self._validate = validate or (lambda allowlist: None)
        self._on_error = on_reload_error or (lambda error: None)
        self._clock = clock
        self._lock = threading.Lock()
        self._stamp = self._file_stamp()
        self._current = self._load()  # at start a broken list is fatal: raise to the caller
        self._last_check = clock()
        self._bad_stamp = None

    def current(self) -> Allowlist:
        now = self._clock()
        if now - self._last_check >= self._interval:
            with self._lock:
                if now - self._last_check >= self._interval:
                    self._last_check = now
                    self._maybe_reload()
        return self._current

    def _maybe_reload(self) -> None:
        stamp = self._file_stamp()
        if stamp == self._stamp or stamp == self._bad_stamp:
            return
        try:
            fresh = self._load()
        except AllowlistError as error:
            self._bad_stamp = stamp
            log.error("allowlist edit rejected, last good list keeps serving: %s", error)
            self._on_error(error)
            return
        self._current, self._stamp, self._bad_stamp = fresh, stamp, None
        log.info("allowlist reloaded: %d endpoints", len(fresh.endpoints))

    def _load(self) -> Allowlist:
        allowlist = load_allowlist(self.path)
        self._validate(allowlist)
        return allowlist

    def _file_stamp(self):
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)
