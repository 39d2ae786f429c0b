"""The server secret: keys the prompt hash, the audit chain and surrogate derivation.

From PHI_PROXY_SECRET_KEY when set; otherwise 32 random bytes kept (base64) in a file readable by the
owner only, created on first start. Losing it means the audit trail can no longer be verified, and
anyone who has it can rewrite the chain: back it up apart from the database.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
import secrets
from pathlib import Path

from proxy.settings import Settings

log = logging.getLogger("phi_proxy.secret")

MIN_ENV_CHARS = 32


class SecretError(RuntimeError):
    """The secret is missing, too short or unreadable. Never carries the secret itself."""


def load_secret(settings: Settings) -> bytes:
    if settings.secret_key:
        if len(settings.secret_key) < MIN_ENV_CHARS:
            raise SecretError(f"PHI_PROXY_SECRET_KEY must be at least {MIN_ENV_CHARS} characters "
                              "(e.g. `python -c 'import secrets; print(secrets.token_urlsafe(32))'`)")
        return settings.secret_key.encode("utf-8")
    path = Path(settings.secret_key_path)
    if not path.exists():
        _create(path)
    return _read(path)


def _create(path: Path) -> None:
    """Writes a new key so that no reader ever sees a half-written file: a private temp file, then a
    hard link to the final name, which fails if another worker got there first (its key then wins)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(base64.b64encode(secrets.token_bytes(32)) + b"\n")
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, path)
            log.warning("created a new server secret at %s; back it up, the audit trail depends on it", path)
        except FileExistsError:
            pass
    finally:
        tmp.unlink(missing_ok=True)


def _read(path: Path) -> bytes:
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        log.warning("server secret %s is readable by others (mode %o); it should be 0600", path, mode)
    try:
        key = base64.b64decode(path.read_bytes().strip(), validate=True)
    except (binascii.Error, ValueError):
        raise SecretError(f"server secret file {path} is not valid base64") from None
    if len(key) < 32:
        raise SecretError(f"server secret file {path} holds fewer than 32 bytes")
    return key
