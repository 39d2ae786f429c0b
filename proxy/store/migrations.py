"""Named migrations, applied in order and recorded, so a database says which shape it has.

The SQL is the subset SQLite and PostgreSQL share. Append new migrations; never edit an applied one.
"""

from __future__ import annotations

from proxy.store.base import AUDIT_FIELDS

_AUDIT_TYPES = {"seq": "BIGINT PRIMARY KEY", "stream": "INTEGER", "prompt_tokens": "BIGINT",
                "completion_tokens": "BIGINT", "total_tokens": "BIGINT", "upstream_status": "INTEGER",
                "latency_ms": "DOUBLE PRECISION", "detection_ms": "DOUBLE PRECISION",
                "upstream_ms": "DOUBLE PRECISION"}

MIGRATIONS: list[tuple[str, list[str]]] = [
    ("001_keys", [
        """CREATE TABLE api_keys (
            key_id TEXT PRIMARY KEY, user_name TEXT NOT NULL, role TEXT NOT NULL,
            secret_hash TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT)""",
    ]),
    ("002_audit", [
        # Identifiers are quoted: "user" is reserved in PostgreSQL.
        "CREATE TABLE audit_log (" + ", ".join(f'"{f}" {_AUDIT_TYPES.get(f, "TEXT")}' for f in AUDIT_FIELDS) + ")",
        'CREATE INDEX audit_log_ts ON audit_log ("ts")',
        'CREATE INDEX audit_log_user ON audit_log ("user")',
        # The head row moves with every append, so deleting records from the end is detected too.
        "CREATE TABLE audit_head (id INTEGER PRIMARY KEY, seq BIGINT NOT NULL, hash TEXT NOT NULL)",
    ]),
]


def pending(applied: set[str]) -> list[tuple[str, list[str]]]:
    return [(name, sql) for name, sql in MIGRATIONS if name not in applied]
