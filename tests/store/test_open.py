"""Database URLs: relative and absolute SQLite paths, PostgreSQL, and what is refused."""

import pytest

from proxy.store import open_configured_store, open_store
from proxy.store.postgres import PostgresStore
from proxy.store.sqlite import SqliteStore
from proxy.settings import Settings
from tests.store.backends import SECRET


def test_relative_sqlite_path_is_under_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    store = open_store("sqlite:///./data/phi-proxy.db", secret=SECRET)
    assert isinstance(store, SqliteStore) and (tmp_path / "data" / "phi-proxy.db").exists()
    store.close()


def test_absolute_sqlite_path(tmp_path):
    store = open_store(f"sqlite:///{tmp_path}/abs/p.db", secret=SECRET)  # sqlite:////tmp/...
    assert (tmp_path / "abs" / "p.db").exists()
    store.close()


def test_postgresql_url(pg_url):
    store = open_store(pg_url, secret=SECRET)
    assert isinstance(store, PostgresStore)
    store.close()


@pytest.mark.parametrize("url", ["mysql://x", "sqlite://", "sqlite:///", "sqlite:///:memory:", "p.db"])
def test_other_urls_are_refused_without_echoing_them(url):
    with pytest.raises(ValueError) as info:
        open_store(url, secret=SECRET)
    assert url not in str(info.value) or url in ("sqlite://", "sqlite:///")


def test_the_configured_store_uses_the_settings_secret(tmp_path):
    settings = Settings(db_url=f"sqlite:///{tmp_path}/p.db", secret_key_path=tmp_path / "k")
    store = open_configured_store(settings)
    store.append_audit({})
    assert (tmp_path / "k").exists() and store.verify_audit().ok
    store.close()
