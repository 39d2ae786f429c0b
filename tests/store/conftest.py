import uuid

import psycopg
import pytest

from proxy.store import open_store

PG_URL = "postgresql://postgres@127.0.0.1:5432/test"
SECRET = b"s" * 32


@pytest.fixture()
def pg_url():
    """A fresh schema per test, so parallel runs never share tables."""
    schema = f"t_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/store.db"
    return request.getfixturevalue("pg_url")


@pytest.fixture()
def store(db_url):
    s = open_store(db_url, secret=SECRET)
    yield s
    s.close()
