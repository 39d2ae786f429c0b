"""Starts the real gateway (`phi-proxy serve`) in a subprocess on loopback, with its own files and keys."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]
GUARD = Path(__file__).with_name("egress_guard.py")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_cli(args: list[str], env: dict, input: str | None = None, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "proxy.cli.main", *args], env=env, input=input,
                            capture_output=True, text=True, cwd=REPO, timeout=120)
    if check and result.returncode != 0:
        raise AssertionError(f"phi-proxy {args[0]} failed: {result.stderr[-2000:]}")
    return result


class Gateway:
    """A running gateway. `allowlist` is YAML text; policies are the repo's plus any extra files given."""

    def __init__(self, workdir: Path, allowlist: str, db_url: str | None = None,
                 extra_policies: dict[str, str] | None = None, env: dict | None = None):
        self.dir = workdir
        self.allowlist_path = workdir / "allowlist.yaml"
        self.allowlist_path.write_text(allowlist)
        self.policies = workdir / "policies"
        shutil.copytree(REPO / "policies", self.policies, dirs_exist_ok=True)
        for name, text in (extra_policies or {}).items():
            (self.policies / f"{name}.yaml").write_text(text)
        self.log_path = workdir / "server.log"
        self.egress_path = workdir / "egress.log"
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        self.env = {**os.environ, "PHI_PROXY_DB": db_url or f"sqlite:///{workdir}/phi-proxy.db",
                    "PHI_PROXY_ALLOWLIST": str(self.allowlist_path), "PHI_PROXY_POLICIES": str(self.policies),
                    "PHI_PROXY_SECRET_KEY_FILE": str(workdir / "secret.key"), "PYTHONPATH": str(REPO),
                    "UPSTREAM_KEY": "sk-test-upstream", **(env or {})}
        self.proc: subprocess.Popen | None = None

    def key(self, user: str, role: str = "coder") -> str:
        out = run_cli(["keys", "create", "--user", user, "--role", role], self.env)
        return out.stdout.strip().splitlines()[-1]

    def cli(self, *args: str, input: str | None = None, check: bool = True) -> subprocess.CompletedProcess:
        return run_cli(list(args), self.env, input=input, check=check)

    def start(self, *extra: str) -> "Gateway":
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, str(GUARD), str(self.egress_path), "serve", "--port", str(self.port), *extra],
            env=self.env, cwd=self.dir, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"gateway exited: {self.log_path.read_text()[-3000:]}")
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.2)
        raise AssertionError("gateway did not start")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def egress(self) -> list[tuple[str, str]]:
        if not self.egress_path.exists():
            return []
        return [tuple(line.split("\t", 1)) for line in self.egress_path.read_text().splitlines() if "\t" in line]

    def audit_export(self) -> str:
        return self.cli("audit", "export", "--format", "jsonl").stdout


def standin_allowlist(upstream_base: str, policy: str = "deidentify") -> str:
    """Endpoints for every stand-in behaviour, plus the built-in preview and two with bad BAAs."""
    baa = "    baa: {vendor: Stand-in Inc, reference: BAA-TEST-1, signed: 2026-01-01, expires: 2099-12-31}\n"
    lines = ["endpoints:\n",
             "  - name: deid-preview\n    model: builtin/deid-preview\n    policy: deidentify\n" + baa]
    for name in ("echo", "tool-echo", "fail500", "fail400", "slow", "reset", "broken-stream"):
        lines.append(f"  - name: {name}\n    model: openai/{name}\n    api_base: {upstream_base}\n"
                     f"    api_key_env: UPSTREAM_KEY\n    policy: {policy}\n" + baa)
    for name, p in (("redact-echo", "redact"), ("block-echo", "block")):
        lines.append(f"  - name: {name}\n    model: openai/echo\n    api_base: {upstream_base}\n"
                     f"    api_key_env: UPSTREAM_KEY\n    policy: {p}\n" + baa)
    lines.append(f"  - name: expired\n    model: openai/echo\n    api_base: {upstream_base}\n    policy: {policy}\n"
                 "    baa: {vendor: Old Co, reference: BAA-OLD, signed: 2020-01-01, expires: 2021-01-01}\n")
    lines.append(f"  - name: unsigned\n    model: openai/echo\n    api_base: {upstream_base}\n    policy: {policy}\n"
                 "    baa: {vendor: New Co, reference: BAA-NEW, signed: null, expires: 2099-01-01}\n")
    return "".join(lines)
