"""API keys: `pp-<key_id>-<secret>`, 12 hex digits of id and 256 random bits of secret.

Only SHA-256 of the secret is stored (keys are high-entropy, so a slow hash adds nothing). Lookups go by
key_id and the hash is compared in constant time; malformed and unknown keys cost the same hash and
comparison, so timing says nothing about how close a guess was.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

from proxy.pipeline.context import Caller
from proxy.store.base import ROLES

PREFIX = "pp"
_KEY = re.compile(r"pp-([0-9a-f]{12})-([A-Za-z0-9_-]{43})")
_USER = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@+-]{0,127}")
_NO_MATCH = "0" * 64


def generate_key() -> tuple[str, str, str]:
    """Returns (key_id, secret, bearer) for a new key."""
    key_id, secret = secrets.token_hex(6), secrets.token_urlsafe(32)
    return key_id, secret, f"{PREFIX}-{key_id}-{secret}"


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def parse_key(bearer: str) -> tuple[str, str] | None:
    """(key_id, secret) of a well-formed key, else None."""
    if not isinstance(bearer, str) or len(bearer) > 64:
        return None
    match = _KEY.fullmatch(bearer)
    return (match.group(1), match.group(2)) if match else None


def check_user_and_role(user: str, role: str) -> None:
    """User names go into every audit record: IT-chosen identifiers only, no free text."""
    if role not in ROLES:
        raise ValueError(f"role must be one of: {', '.join(ROLES)}")
    if not isinstance(user, str) or not _USER.fullmatch(user):
        raise ValueError("user must be 1-128 characters: letters, digits and . _ @ + - (starting with a "
                         "letter or digit)")


def authenticate(store, bearer: str | None) -> Caller | None:
    """The caller a bearer key belongs to, or None if it is missing, malformed, unknown or revoked."""
    parsed = parse_key(bearer) if bearer else None
    key_id, secret = parsed or ("", bearer if isinstance(bearer, str) else "")
    stored = store.get_key(key_id) if parsed else None
    matches = hmac.compare_digest(stored.secret_hash if stored else _NO_MATCH, hash_secret(secret[:64]))
    if parsed is None or stored is None or not matches or stored.revoked_at is not None:
        return None
    return Caller(key_id=stored.key_id, user=stored.user, role=stored.role)
