"""Real SQLite and real PostgreSQL for store and CLI tests. Each PostgreSQL test gets its own schema
(dropped afterwards), so parallel CI runs on one server never share tables."""

import uuid

import psycopg
import pytest

PG_URL = "postgresql://postgres@127.0.0.1:5432/test"
SECRET = b"test-secret-".ljust(32, b"s")


@pytest.fixture()
def pg_url():
    schema = f"t_{uuid.uuid4().hex[:12]}"
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
