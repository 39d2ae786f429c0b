"""Start-up checks, hot reload, PostgreSQL, several workers: each on its own gateway."""

import json
import ssl
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import openai

from tests.store.backends import pg_url  # noqa: F401 - the fixture: a fresh schema per test
from tests.support.gateway import Gateway, run_cli, standin_allowlist



def test_broken_allowlist_is_refused_at_start_with_file_and_line(tmp_path):
    gw = Gateway(tmp_path, "endpoints:\n  - name: x\n    model: azure/x\n    policy: deidentify\n")
    result = run_cli(["serve", "--port", "1"], gw.env, check=False)
    assert result.returncode == 2
    assert f"{gw.allowlist_path}:2: " in result.stderr and "missing 'baa'" in result.stderr


def test_unknown_policy_is_refused_at_start(tmp_path, upstream):
    gw = Gateway(tmp_path, standin_allowlist(upstream.base_url, policy="nonexistent"))
    result = run_cli(["serve", "--port", "1"], gw.env, check=False)
    assert result.returncode == 2 and "policy 'nonexistent'" in result.stderr


def test_allowlist_check_command(tmp_path, upstream):
    gw = Gateway(tmp_path, standin_allowlist(upstream.base_url))
    ok = gw.cli("allowlist", "check", str(gw.allowlist_path))
    assert "ok:" in ok.stdout and "NOT IN FORCE" in ok.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text("endpoints:\n  - name: x\n    model: nope\n")
    result = gw.cli("allowlist", "check", str(bad), check=False)
    assert result.returncode == 1 and f"{bad}:3:" in result.stderr


def test_allowlist_edits_apply_without_restart_and_bad_edits_are_audited(tmp_path, upstream):
    gw = Gateway(tmp_path, standin_allowlist(upstream.base_url))
    key = gw.key("coder.dana")
    gw.start()
    try:
        client = openai.OpenAI(base_url=gw.base_url, api_key=key, max_retries=0)
        assert "echo-two" not in {m.id for m in client.models.list()}
        text = gw.allowlist_path.read_text()
        gw.allowlist_path.write_text(text + (
            f"  - name: echo-two\n    model: openai/echo\n    api_base: {upstream.base_url}\n"
            "    api_key_env: UPSTREAM_KEY\n    policy: deidentify\n"
            "    baa: {vendor: V, reference: BAA-2, signed: 2026-01-01, expires: 2099-01-01}\n"))
        deadline = time.monotonic() + 10
        while "echo-two" not in {m.id for m in client.models.list()}:
            assert time.monotonic() < deadline, "edit was not picked up"
            time.sleep(0.3)
        gw.allowlist_path.write_text(gw.allowlist_path.read_text() + "  - name: [broken\n")
        time.sleep(1.5)
        assert "echo-two" in {m.id for m in client.models.list()}  # last good list keeps serving
        client.chat.completions.create(model="echo-two", messages=[{"role": "user", "content": "hi"}])
        records = [json.loads(line) for line in gw.audit_export().splitlines()]
        assert any(r["event"] == "allowlist_reload_failed" for r in records)
        assert "allowlist edit rejected" in gw.log_text()
    finally:
        gw.stop()


def test_postgres_with_two_workers_keeps_one_valid_chain(tmp_path, upstream, pg_url):  # noqa: F811
    gw = Gateway(tmp_path, standin_allowlist(upstream.base_url), db_url=pg_url)
    key = gw.key("coder.erin")
    gw.start("--workers", "2")
    try:
        client = openai.OpenAI(base_url=gw.base_url, api_key=key, max_retries=0, timeout=60)

        def call(i):
            return client.chat.completions.create(
                model="echo", messages=[{"role": "user", "content": f"Patient Jane Doe visit {i}"}])

        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(call, range(24)))
        assert all(a.choices[0].message.content.startswith("Patient Jane Doe") for a in answers)
        verify = gw.cli("audit", "verify")
        assert verify.returncode == 0
        records = [json.loads(line) for line in gw.audit_export().splitlines()]
        assert len([r for r in records if r["route"] == "chat.completions"]) == 24
    finally:
        gw.stop()


def test_tls_serving(tmp_path, upstream):
    import subprocess
    cert, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key_file),
                    "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
    gw = Gateway(tmp_path, standin_allowlist(upstream.base_url))
    key = gw.key("coder.fay")
    gw.base_url = gw.base_url.replace("http://", "https://")
    # healthz polling in start() is plain http; poll https here instead.
    gw_proc_args = ["--tls-cert", str(cert), "--tls-key", str(key_file)]
    import sys
    from tests.support.gateway import GUARD
    log = open(gw.log_path, "ab")
    gw.proc = subprocess.Popen([sys.executable, str(GUARD), str(gw.egress_path), "serve", "--port", str(gw.port),
                                *gw_proc_args], env=gw.env, cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT)
    tls = ssl.create_default_context(cafile=str(cert))
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                httpx.get(f"https://127.0.0.1:{gw.port}/healthz", verify=tls, timeout=1)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline and gw.proc.poll() is None, gw.log_text()
                time.sleep(0.3)
        client = openai.OpenAI(base_url=gw.base_url, api_key=key, max_retries=0,
                               http_client=httpx.Client(verify=tls))
        assert client.chat.completions.create(model="deid-preview", messages=[{"role": "user", "content": "hi"}])
    finally:
        gw.stop()


def test_broken_policy_is_refused_at_start_with_file_and_line(tmp_path, upstream):
    gw = Gateway(tmp_path, standin_allowlist(upstream.base_url),
                 extra_policies={"deidentify": "default_action: pseudonymize\nactions:\n  PERSON: shred\n"})
    result = run_cli(["serve", "--port", "1"], gw.env, check=False)
    assert result.returncode == 2
    assert f"{gw.policies / 'deidentify.yaml'}:3" in result.stderr and "shred" in result.stderr
