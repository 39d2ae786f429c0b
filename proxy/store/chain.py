"""The audit hash chain: each record's hash is an HMAC, keyed by the server secret, over the previous
hash and the record's canonical encoding. Without the secret a forger cannot recompute the chain."""

from __future__ import annotations

import hashlib
import hmac
import json

from proxy.store.base import AUDIT_FIELDS

GENESIS = "0" * 64
JSON_FIELDS = ("entity_counts", "response_entity_counts", "blocked_types")
HASHED_FIELDS = tuple(f for f in AUDIT_FIELDS if f != "hash")


def to_row(record: dict) -> dict:
    """The record as stored: JSON fields as text, booleans as integers, unknown keys dropped."""
    row = {}
    for field in AUDIT_FIELDS:
        value = record.get(field)
        if field in JSON_FIELDS:
            value = json.dumps(value if value is not None else ({} if field != "blocked_types" else []),
                               sort_keys=True, separators=(",", ":"))
        elif isinstance(value, bool):
            value = int(value)
        row[field] = value
    return row


def from_row(row: dict) -> dict:
    record = dict(row)
    for field in JSON_FIELDS:
        if isinstance(record.get(field), str):
            record[field] = json.loads(record[field])
    if record.get("stream") is not None:
        record["stream"] = bool(record["stream"])
    return record


def link_hash(secret: bytes, row: dict) -> str:
    canonical = json.dumps([row.get(f) for f in HASHED_FIELDS], separators=(",", ":"), ensure_ascii=False)
    return hmac.new(secret, canonical.encode("utf-8"), hashlib.sha256).hexdigest()
