import pytest

from proxy.store import open_store
from tests.store.backends import SECRET, db_url, pg_url  # noqa: F401 - fixtures


@pytest.fixture()
def store(db_url):  # noqa: F811
    s = open_store(db_url, secret=SECRET)
    yield s
    s.close()
