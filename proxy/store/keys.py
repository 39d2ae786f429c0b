"""API keys: `pp-<key_id>-<secret>`. Only a hash of the secret is stored; lookups go by key_id and the
hash is compared in constant time, so timing says nothing about a key."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

from proxy.pipeline.context import Caller

_KEY = re.compile(r"^pp-([0-9a-f]{12})-([A-Za-z0-9_-]{32,64})$")


def generate_key() -> tuple[str, str, str]:
    """Returns (key_id, secret, bearer) for a new key."""
    key_id, secret = secrets.token_hex(6), secrets.token_urlsafe(32)
    return key_id, secret, f"pp-{key_id}-{secret}"


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def parse_key(bearer: str) -> tuple[str, str] | None:
    match = _KEY.match(bearer or "")
    return (match.group(1), match.group(2)) if match else None


def authenticate(store, bearer: str) -> Caller | None:
    parsed = parse_key(bearer)
    # Unknown and malformed keys still cost one hash and one comparison.
    key_id, secret = parsed or ("", bearer or "")
    stored = store.get_key(key_id) if parsed else None
    expected = stored.secret_hash if stored else "0" * 64
    matches = hmac.compare_digest(expected, hash_secret(secret))
    if not (parsed and stored and matches) or stored.revoked_at is not None:
        return None
    return Caller(key_id=stored.key_id, user=stored.user, role=stored.role)
