"""The small interface every store implements. Synchronous: the server calls it off the event loop."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import datetime
from typing import Iterator

ROLES = ("coder", "auditor", "admin")

# The fields of one audit record, in the order they are hashed and exported. No prompt, no response,
# no PHI value: only counts, names the proxy itself chose, and a keyed hash of the prompt.
AUDIT_FIELDS = (
    "seq", "ts", "event", "request_id", "user", "role", "key_id", "client_addr", "route", "model",
    "endpoint", "api_base", "baa_vendor", "baa_reference", "policy", "decision", "entity_counts",
    "response_entity_counts", "blocked_types", "prompt_tokens", "completion_tokens", "total_tokens",
    "upstream_status", "latency_ms", "detection_ms", "upstream_ms", "stream", "prompt_hmac",
    "error_code", "detail", "prev_hash", "hash",
)


@dataclass
class KeyInfo:
    key_id: str
    user: str
    role: str
    created_at: datetime
    revoked_at: datetime | None = None


@dataclass
class StoredKey(KeyInfo):
    secret_hash: str = ""


@dataclass
class VerifyResult:
    ok: bool
    checked: int
    first_bad_seq: int | None = None
    reason: str = ""
    # Hash of the last record when ok: write it down somewhere else (a ticket, syslog, WORM storage) and a
    # later verify shows the trail still reaches it, which catches a rollback to an old copy of the DB.
    head_hash: str = ""


class Store(ABC):
    # --- keys ---
    @abstractmethod
    def create_key(self, user: str, role: str, *, by: str | None = None) -> tuple[KeyInfo, str]:
        """Create a key; returns its info and the full bearer secret, which is never stored. Also appends
        a 'key_created' audit record (with `by`, who asked) in the same transaction."""

    @abstractmethod
    def get_key(self, key_id: str) -> StoredKey | None: ...

    @abstractmethod
    def list_keys(self) -> list[KeyInfo]: ...

    @abstractmethod
    def revoke_key(self, key_id: str, *, by: str | None = None) -> bool:
        """Revoke an active key (True), else False. Audited as 'key_revoked' in the same transaction."""

    # --- audit ---
    @abstractmethod
    def append_audit(self, record: dict) -> dict:
        """Append one record to the hash chain (atomically, safe across processes); returns it with
        seq, prev_hash and hash filled in. `event` defaults to 'call'; `ts` to now. Fields outside
        AUDIT_FIELDS or of the wrong type raise proxy.store.record.AuditRecordError (a ValueError)."""

    @abstractmethod
    def iter_audit(
        self, since: datetime | None = None, until: datetime | None = None, user: str | None = None
    ) -> Iterator[dict]:
        """Records in seq order; since inclusive, until exclusive (naive times are UTC)."""

    @abstractmethod
    def verify_audit(self) -> VerifyResult:
        """Walks the whole chain in one consistent snapshot; names the first bad record."""

    @abstractmethod
    def close(self) -> None: ...
