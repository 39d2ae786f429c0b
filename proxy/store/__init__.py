"""One database for keys and the audit trail: SQLite by default, PostgreSQL by URL."""

from __future__ import annotations

from proxy.store.base import Store


def open_store(url: str, secret: bytes) -> Store:
    """`sqlite:///relative.db`, `sqlite:////absolute.db`, or `postgresql://...`."""
    if url.startswith("sqlite:///"):
        from proxy.store.sqlite import SqliteStore

        return SqliteStore(url[len("sqlite:///"):], secret)
    if url.startswith(("postgresql://", "postgres://")):
        from proxy.store.postgres import PostgresStore

        return PostgresStore(url, secret)
    raise ValueError("PHI_PROXY_DB must start with sqlite:/// or postgresql://")
