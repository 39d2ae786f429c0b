import argparse
import asyncio
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
NOTE = "MRN 00123456, admitted 03/10/2024, discharged 03/14/2024, call (617) 555-0134. Dx E11.9, I10."
VALUES = ("00123456", "03/10/2024", "03/14/2024", "(617) 555-0134")


def cli(*args, stdin="", cwd=ROOT):
    env = {**os.environ, "PHI_PROXY_SECRET_KEY": "cli-test-secret-0123456789abcdefghijklmnop", "PHI_PROXY_POLICIES": str(ROOT / "policies")}
    return subprocess.run([sys.executable, "-m", "proxy.cli.main", "deidentify", *args], cwd=cwd, input=stdin,
                          capture_output=True, text=True, env=env)


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine()


def test_register_adds_the_command():
    parser = argparse.ArgumentParser()
    deid_cli.register(parser.add_subparsers())
    args = parser.parse_args(["deidentify", "--policy", "redact", "--policies", "p", "--json"])
    assert args.func is deid_cli.run and (args.policy, args.policies, args.json) == ("redact", "p", True)


def test_prints_exactly_what_leaves_under_deidentify(tmp_path):
    done = cli("--policy", "deidentify", stdin=NOTE, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert not any(v in out for v in VALUES)
    assert out.endswith("Dx E11.9, I10.")
    m = re.fullmatch(r"MRN (\d{8}), admitted (\d\d/\d\d/\d{4}), discharged (\d\d/\d\d/\d{4}), "
                     r"call \([2-9]\d\d\) 555-01\d\d\. Dx E11\.9, I10\.", out)
    assert m, out
    # deterministic: the same text, secret and user give the same output, as the gateway would
    assert cli("--policy", "deidentify", stdin=NOTE, cwd=tmp_path).stdout == out


def test_redact_and_block(tmp_path):
    done = cli("--policy", "redact", stdin=NOTE, cwd=tmp_path)
    assert done.stdout == "MRN [MRN-1], admitted [DATE-1], discharged [DATE-2], call [PHONE-1]. Dx E11.9, I10."
    done = cli("--policy", "block", stdin=NOTE, cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert "DATE" in done.stderr and "MRN" in done.stderr and not any(v in done.stderr for v in VALUES)


def test_unknown_policy_is_an_error(tmp_path):
    done = cli("--policy", "nope", stdin=NOTE, cwd=tmp_path)
    assert done.returncode == 1 and "nope" in done.stderr and done.stdout == ""


def test_json_request_body_is_rewritten_in_place(engine):
    policies = load_policies(ROOT / "policies")
    body = {"model": "deid-preview", "temperature": 0, "messages": [
        {"role": "system", "content": "You are a coder."},
        {"role": "user", "content": NOTE},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "c", "type": "function", "function": {
            "name": "lookup", "arguments": json.dumps({"mrn": "00123456"})}}]}]}
    asyncio.run(deid_cli.deidentify_body(body, "chat.completions", policies.get("deidentify"), engine, b"k", "u"))
    text = json.dumps(body)
    assert not any(v in text for v in VALUES) and body["temperature"] == 0
    mrn = json.loads(body["messages"][2]["tool_calls"][0]["function"]["arguments"])["mrn"]
    assert f"MRN {mrn}," in body["messages"][1]["content"]
    with pytest.raises(ProxyError):
        asyncio.run(deid_cli.deidentify_body({"prompt": NOTE}, "completions", policies.get("block"), engine, b"k"))
