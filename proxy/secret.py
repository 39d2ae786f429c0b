"""The server secret: keys the prompt hash, the audit chain and surrogate derivation.

From PHI_PROXY_SECRET_KEY when set; otherwise a random key kept in a file readable by the owner only,
created on first start. Losing it breaks audit verification, so back it up with the database.
"""

from __future__ import annotations

import base64
import os
import secrets

from proxy.settings import Settings


def load_secret(settings: Settings) -> bytes:
    if settings.secret_key:
        return settings.secret_key.encode("utf-8")
    path = settings.secret_key_path
    if path.exists():
        return base64.b64decode(path.read_bytes().strip())
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another worker won the race: use its key
        return base64.b64decode(path.read_bytes().strip())
    with os.fdopen(fd, "wb") as handle:
        handle.write(base64.b64encode(key) + b"\n")
    return key
