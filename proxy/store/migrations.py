"""Named schema migrations, applied in order and recorded in `migrations`, so a database says which
shape it has. The SQL is the subset SQLite and PostgreSQL share, written out literally: append new
migrations to the list, never edit one that may have been applied (a later ALTER TABLE must find the
shape the earlier ones made).
"""

from __future__ import annotations

import datetime as dt

MIGRATIONS: list[tuple[str, list[str]]] = [
    ("001_keys", [
        """CREATE TABLE api_keys (
            key_id TEXT PRIMARY KEY,
            user_name TEXT NOT NULL,
            role TEXT NOT NULL,
            secret_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            revoked_at TEXT)""",
    ]),
    ("002_audit", [
        # Identifiers are quoted: "user" is reserved in PostgreSQL. Times are fixed-width UTC text so
        # that the hashed value and the stored value are the same on both backends.
        """CREATE TABLE audit_log (
            "seq" BIGINT PRIMARY KEY, "ts" TEXT NOT NULL, "event" TEXT NOT NULL, "request_id" TEXT,
            "user" TEXT, "role" TEXT, "key_id" TEXT, "client_addr" TEXT, "route" TEXT, "model" TEXT,
            "endpoint" TEXT, "api_base" TEXT, "baa_vendor" TEXT, "baa_reference" TEXT, "policy" TEXT,
            "decision" TEXT, "entity_counts" TEXT, "response_entity_counts" TEXT, "blocked_types" TEXT,
            "prompt_tokens" BIGINT, "completion_tokens" BIGINT, "total_tokens" BIGINT,
            "upstream_status" INTEGER, "latency_ms" DOUBLE PRECISION, "detection_ms" DOUBLE PRECISION,
            "upstream_ms" DOUBLE PRECISION, "stream" INTEGER, "prompt_hmac" TEXT, "error_code" TEXT,
            "detail" TEXT, "prev_hash" TEXT NOT NULL, "hash" TEXT NOT NULL)""",
        'CREATE INDEX audit_log_ts ON audit_log ("ts")',
        'CREATE INDEX audit_log_user ON audit_log ("user")',
        # One row (id = 1): the last seq, its hash, and a MAC over both. Moves with every append.
        "CREATE TABLE audit_head (id INTEGER PRIMARY KEY, seq BIGINT NOT NULL, hash TEXT NOT NULL, mac TEXT NOT NULL)",
    ]),
]

CREATE_TABLE = "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"


def apply(cur, placeholder: str) -> list[str]:
    """Applies what is missing, inside the caller's (locked) transaction; returns the names applied."""
    cur.execute(CREATE_TABLE)
    cur.execute("SELECT name FROM migrations")
    applied = {row[0] for row in cur.fetchall()}
    done = []
    for name, statements in MIGRATIONS:
        if name in applied:
            continue
        for statement in statements:
            cur.execute(statement)
        cur.execute(f"INSERT INTO migrations (name, applied_at) VALUES ({placeholder}, {placeholder})",
                    (name, dt.datetime.now(dt.timezone.utc).isoformat()))
        done.append(name)
    return done
