"""The shape of one audit record: each field's type, and how a record is normalised before it is hashed.

Normalising first matters: the hash is computed over what is stored, so a value the database would
silently convert (an int in a REAL column, a number in a TEXT column, a local time) must be converted
here, once, or verification would fail later for an honest record.
"""

from __future__ import annotations

import datetime as dt
import json
import math

from proxy.store.base import AUDIT_FIELDS

INT_FIELDS = frozenset({"seq", "prompt_tokens", "completion_tokens", "total_tokens", "upstream_status"})
FLOAT_FIELDS = frozenset({"latency_ms", "detection_ms", "upstream_ms"})
BOOL_FIELDS = frozenset({"stream"})
COUNT_FIELDS = frozenset({"entity_counts", "response_entity_counts"})  # {entity type: count}
LIST_FIELDS = frozenset({"blocked_types"})  # [entity type, ...]
JSON_FIELDS = COUNT_FIELDS | LIST_FIELDS
# Filled in by the store, never by the caller.
CHAIN_FIELDS = frozenset({"seq", "prev_hash", "hash"})
MAX_TEXT = 1000  # no field needs more; a longer value is cut rather than the record lost


class AuditRecordError(ValueError):
    """A record the store refuses. Messages name fields, never values."""


def utc_text(value: dt.datetime | str) -> str:
    """One fixed-width UTC form, so text order is time order on both backends."""
    when = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return when.astimezone(dt.timezone.utc).isoformat(timespec="microseconds")


def _int(name: str, value) -> int:
    if isinstance(value, bool) or (isinstance(value, float) and value.is_integer()):
        return int(value)
    if isinstance(value, int):
        return value
    raise AuditRecordError(f"audit field '{name}' must be an integer")


def _float(name: str, value) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    raise AuditRecordError(f"audit field '{name}' must be a finite number")


def _json(name: str, value) -> str:
    if name in COUNT_FIELDS:
        value = {} if value is None else value
        if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
            raise AuditRecordError(f"audit field '{name}' must map entity types to counts")
        value = {k: _int(name, v) for k, v in value.items()}
    else:
        value = [] if value is None else value
        if not isinstance(value, (list, tuple, set, frozenset)) or not all(isinstance(v, str) for v in value):
            raise AuditRecordError(f"audit field '{name}' must be a list of entity types")
        value = sorted(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def _text(name: str, value) -> str:
    if not isinstance(value, str):
        raise AuditRecordError(f"audit field '{name}' must be text")
    return value[:MAX_TEXT]


def normalize(record: dict) -> dict:
    """The caller's record as it will be stored: every AUDIT_FIELD present (None when absent), JSON
    fields as canonical text, booleans as 0/1, ts in UTC. Unknown fields are refused, not dropped, so
    a record that tries to carry anything else (a prompt, a response) fails loudly in tests."""
    unknown = sorted(set(record) - set(AUDIT_FIELDS))
    if unknown:
        raise AuditRecordError(f"unknown audit fields: {', '.join(unknown)}")
    row: dict = {}
    for name in AUDIT_FIELDS:
        value = None if name in CHAIN_FIELDS else record.get(name)
        if name == "ts":
            try:
                value = utc_text(value if value is not None else dt.datetime.now(dt.timezone.utc))
            except (TypeError, ValueError):
                raise AuditRecordError("audit field 'ts' must be an ISO time") from None
        elif name == "event":
            value = _text(name, value if value is not None else "call")
        elif name in JSON_FIELDS:
            value = _json(name, value)
        elif value is None:
            pass
        elif name in INT_FIELDS or name in BOOL_FIELDS:
            value = _int(name, value)
        elif name in FLOAT_FIELDS:
            value = _float(name, value)
        else:
            value = _text(name, value)
        row[name] = value
    return row


def decode(row: dict) -> dict:
    """A stored row as callers see it: JSON fields parsed, stream as a bool."""
    record = dict(row)
    for name in JSON_FIELDS:
        if isinstance(record.get(name), str):
            record[name] = json.loads(record[name])
    for name in BOOL_FIELDS:
        if record.get(name) is not None:
            record[name] = bool(record[name])
    return record
