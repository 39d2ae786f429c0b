"""The audit hash chain.

Each record's hash is HMAC-SHA256(secret, prev_hash || "\\n" || canonical JSON of the record without its
hash). Keyed by the server secret, so someone with write access to the database but not the secret
cannot recompute the chain after an edit. A separate head row (last seq, its hash, and a MAC over both)
moves in the same transaction as every append, so deleting records from the end is detected too.

The canonical JSON leaves out fields that are None: a column added by a later migration (NULL in old
rows) then leaves old hashes valid.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Iterable

from proxy.store.base import VerifyResult

GENESIS = "0" * 64
_HEAD_DOMAIN = b"phi-proxy audit head\x00"


def canonical(row: dict) -> bytes:
    body = {k: v for k, v in row.items() if k != "hash" and v is not None}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True,
                      allow_nan=False).encode("ascii")


def link_hash(secret: bytes, row: dict) -> str:
    message = (row.get("prev_hash") or "").encode("ascii") + b"\n" + canonical(row)
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def head_mac(secret: bytes, seq: int, hash_: str) -> str:
    return hmac.new(secret, _HEAD_DOMAIN + f"{seq}:{hash_}".encode("ascii"), hashlib.sha256).hexdigest()


@dataclass
class Head:
    seq: int
    hash: str
    mac: str | None


def walk(secret: bytes, rows: Iterable[dict], head: Head | None) -> VerifyResult:
    """Checks rows (in seq order) link up from the genesis to the head. Reports the first bad record:
    a gap in seq (deleted), a prev_hash that is not the hash before (reordered or relinked), a hash
    that does not match the contents (edited), or a head that the last record does not reach."""
    prev, expected = GENESIS, 1
    for row in rows:
        seq = row["seq"]
        checked = expected - 1
        if head is not None and seq > head.seq:
            return VerifyResult(False, checked, seq, f"record {seq} lies beyond the chain head ({head.seq})")
        if seq != expected:
            return VerifyResult(False, checked, expected, f"record {expected} is missing (deleted; next is {seq})")
        if row["prev_hash"] != prev:
            return VerifyResult(False, checked, seq, "does not follow the record before it (reordered or relinked)")
        if not hmac.compare_digest(link_hash(secret, row), row["hash"] or ""):
            return VerifyResult(False, checked, seq, "contents do not match its hash (edited)")
        prev, expected = row["hash"], expected + 1
    last = expected - 1
    if head is None:
        if last:
            return VerifyResult(False, last, last, "the chain head is missing")
        return VerifyResult(True, 0, head_hash=GENESIS)
    if not hmac.compare_digest(head_mac(secret, head.seq, head.hash), head.mac or ""):
        return VerifyResult(False, last, head.seq, "the chain head was altered")
    if head.seq != last:
        return VerifyResult(False, last, last + 1,
                            f"records {last + 1}..{head.seq} were deleted from the end (head says {head.seq})")
    if not hmac.compare_digest(head.hash, prev):
        return VerifyResult(False, last, last, "the last record does not match the chain head")
    return VerifyResult(True, last, head_hash=prev)
