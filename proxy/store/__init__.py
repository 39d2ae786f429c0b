"""One database for keys and the audit trail: SQLite by default, PostgreSQL by URL."""

from __future__ import annotations

from typing import TYPE_CHECKING

from proxy.store.base import Store

if TYPE_CHECKING:
    from proxy.settings import Settings


def open_store(url: str, secret: bytes) -> Store:
    """`sqlite:///relative/path.db`, `sqlite:////absolute/path.db`, or `postgresql://...`. Applies any
    pending migrations. `secret` keys the audit chain (see proxy.secret.load_secret)."""
    if url.startswith("sqlite:///"):
        from proxy.store.sqlite import SqliteStore

        path = url[len("sqlite:///"):].split("?", 1)[0]
        if not path or path == ":memory:":
            raise ValueError("a SQLite database URL must name a file: sqlite:///path/to/file.db")
        return SqliteStore(path, secret)
    if url.startswith(("postgresql://", "postgres://")):
        from proxy.store.postgres import PostgresStore

        return PostgresStore(url, secret)
    raise ValueError("the database URL must start with sqlite:/// or postgresql://")


def open_configured_store(settings: "Settings") -> Store:
    """The store the settings name, keyed by the server secret: what the server and the CLI both open."""
    from proxy.secret import load_secret

    return open_store(settings.db_url, secret=load_secret(settings))
