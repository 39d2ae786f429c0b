"""The server secret: from the environment, or a private file created once and read thereafter."""

import multiprocessing
import os

import pytest

from proxy.secret import SecretError, load_secret
from proxy.settings import Settings


def test_created_once_with_mode_0600_then_read(tmp_path):
    settings = Settings(secret_key_path=tmp_path / "sub" / "phi-proxy.key")
    first = load_secret(settings)
    assert len(first) == 32 and oct(settings.secret_key_path.stat().st_mode & 0o777) == "0o600"
    assert load_secret(settings) == first
    assert [p.name for p in settings.secret_key_path.parent.iterdir()] == ["phi-proxy.key"]  # no temp left


def test_the_environment_wins_and_must_be_long(tmp_path):
    settings = Settings.from_env({"PHI_PROXY_SECRET_KEY": "z" * 40, "PHI_PROXY_SECRET_KEY_FILE": str(tmp_path / "k")})
    assert load_secret(settings) == b"z" * 40 and not (tmp_path / "k").exists()
    with pytest.raises(SecretError) as info:
        load_secret(Settings(secret_key="short-secret"))
    assert "short-secret" not in str(info.value)


@pytest.mark.parametrize("content", [b"", b"not base64!!", b"c2hvcnQ=\n"])
def test_a_broken_file_is_refused_not_replaced(tmp_path, content):
    path = tmp_path / "k"
    path.write_bytes(content)
    with pytest.raises(SecretError):
        load_secret(Settings(secret_key_path=path))
    assert path.read_bytes() == content


def _load(path, queue):
    queue.put(load_secret(Settings(secret_key_path=path)))


def test_workers_starting_together_agree_on_one_secret(tmp_path):
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_load, args=(tmp_path / "k", queue)) for _ in range(6)]
    for p in procs:
        p.start()
    keys = {queue.get(timeout=30) for _ in procs}
    for p in procs:
        p.join(30)
    assert len(keys) == 1 and os.listdir(tmp_path) == ["k"]
