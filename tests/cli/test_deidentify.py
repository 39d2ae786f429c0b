import argparse
import asyncio
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from proxy.cli import deidentify as deid_cli
from proxy.detection.engine import DetectionEngine
from proxy.errors import ProxyError
from proxy.policy import load_policies

ROOT = Path(__file__).resolve().parents[2]
SECRET = "cli-test-secret-0123456789abcdefghijklmnop"
NOTE = "MRN 00123456, admitted 03/10/2024, discharged 03/14/2024, call (617) 555-0134. Dx E11.9, I10."
VALUES = ("00123456", "03/10/2024", "03/14/2024", "(617) 555-0134")


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine()


@pytest.fixture(autouse=True)
def environment(monkeypatch):
    monkeypatch.setenv("PHI_PROXY_SECRET_KEY", SECRET)
    monkeypatch.setenv("PHI_PROXY_POLICIES", str(ROOT / "policies"))


def execute(engine, *argv, stdin=NOTE):
    parser = argparse.ArgumentParser()
    deid_cli.register(parser.add_subparsers())
    args = parser.parse_args(["deidentify", *argv])
    out, err = io.StringIO(), io.StringIO()
    code = deid_cli.execute(args, engine, io.StringIO(stdin), out, err)
    return code, out.getvalue(), err.getvalue()


def test_the_installed_command_prints_exactly_what_leaves(tmp_path):
    env = {**os.environ, "PHI_PROXY_SECRET_KEY": SECRET, "PHI_PROXY_POLICIES": str(ROOT / "policies")}
    done = subprocess.run([sys.executable, "-m", "proxy.cli.main", "deidentify", "--policy", "deidentify"],
                          cwd=tmp_path, input=NOTE, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert not any(v in out for v in VALUES)
    assert re.fullmatch(r"MRN (\d{8}), admitted (\d\d/\d\d/\d{4}), discharged (\d\d/\d\d/\d{4}), "
                        r"call \([2-9]\d\d\) 555-01\d\d\. Dx E11\.9, I10\.", out), out


def test_deterministic_and_intervals_kept(engine):
    code, out, _ = execute(engine, "--policy", "deidentify", "--user", "alice")
    assert code == 0 and execute(engine, "--policy", "deidentify", "--user", "alice")[1] == out
    assert execute(engine, "--policy", "deidentify", "--user", "bob")[1] != out
    from datetime import datetime
    a, d = (datetime.strptime(x, "%m/%d/%Y") for x in re.findall(r"\d\d/\d\d/\d{4}", out))
    assert (d - a).days == 4


def test_redact_and_block(engine):
    assert execute(engine, "--policy", "redact")[1] == \
        "MRN [MRN-1], admitted [DATE-1], discharged [DATE-2], call [PHONE-1]. Dx E11.9, I10."
    code, out, err = execute(engine, "--policy", "block")
    assert code == 2 and out == ""
    assert "DATE" in err and "MRN" in err and not any(v in err for v in VALUES)


def test_errors(engine, tmp_path):
    code, out, err = execute(engine, "--policy", "nope")
    assert code == 1 and "nope" in err and out == ""
    (tmp_path / "bad.yaml").write_text("default_action: zap\n")
    code, _, err = execute(engine, "--policy", "bad", "--policies", str(tmp_path))
    assert code == 1 and f"{tmp_path}/bad.yaml:1:" in err
    code, _, err = execute(engine, "--policy", "redact", "--json", stdin="{not json")
    assert code == 1 and "not JSON" in err


def test_json_request_body_is_rewritten_in_place(engine):
    body = {"model": "deid-preview", "temperature": 0, "messages": [
        {"role": "system", "content": "You are a coder."},
        {"role": "user", "content": NOTE},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "c", "type": "function", "function": {
            "name": "lookup", "arguments": json.dumps({"mrn": "00123456"})}}]}]}
    code, out, _ = execute(engine, "--policy", "deidentify", "--json", stdin=json.dumps(body))
    sent = json.loads(out)
    assert code == 0 and not any(v in out for v in VALUES) and sent["temperature"] == 0
    mrn = json.loads(sent["messages"][2]["tool_calls"][0]["function"]["arguments"])["mrn"]
    assert f"MRN {mrn}," in sent["messages"][1]["content"]
    policies = load_policies(ROOT / "policies")
    with pytest.raises(ProxyError):
        asyncio.run(deid_cli.deidentify_body({"prompt": NOTE}, "completions", policies.get("block"), engine, b"k"))
