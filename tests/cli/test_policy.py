import argparse
import os
import subprocess
import sys
from pathlib import Path

from proxy.cli import policy as policy_cli

ROOT = Path(__file__).resolve().parents[2]


def cli(*args, cwd=ROOT, env=None):
    return subprocess.run([sys.executable, "-m", "proxy.cli.main", "policy", *args], cwd=cwd,
                          capture_output=True, text=True, env={**os.environ, **(env or {})})


def test_register_adds_check():
    parser = argparse.ArgumentParser()
    policy_cli.register(parser.add_subparsers())
    args = parser.parse_args(["policy", "check", "x"])
    assert args.func is policy_cli.run_check and args.path == "x"


def test_shipped_policies_pass():
    done = cli("check", str(ROOT / "policies"))
    assert done.returncode == 0, done.stderr
    assert "ok:" in done.stdout and "3 policies" in done.stdout
    for name in ("deidentify", "redact", "block"):
        assert name in done.stdout


def test_default_directory_comes_from_the_environment(tmp_path):
    (tmp_path / "only.yaml").write_text("default_action: keep\n")
    done = cli("check", env={"PHI_PROXY_POLICIES": str(tmp_path)})
    assert done.returncode == 0 and "1 policy" in done.stdout


def test_broken_files_are_reported_with_file_line_and_reason(tmp_path):
    (tmp_path / "good.yaml").write_text("default_action: redact\n")
    (tmp_path / "bad.yaml").write_text("default_action: redact\nactions:\n  PERSON: erase\n  PATIENT: keep\n")
    (tmp_path / "broken.yaml").write_text("default_action: [redact\n")
    done = cli("check", str(tmp_path))
    assert done.returncode == 1 and done.stdout == ""
    lines = done.stderr.splitlines()
    assert f"error: {tmp_path}/bad.yaml:3: actions.PERSON: unknown action 'erase'" in lines[0]
    assert lines[1].startswith(f"error: {tmp_path}/bad.yaml:4: actions: unknown entity type 'PATIENT'")
    assert lines[2].startswith(f"error: {tmp_path}/broken.yaml:1: invalid YAML")


def test_a_single_file_can_be_checked(tmp_path):
    path = tmp_path / "one.yaml"
    path.write_text("default_action: block\nreidentify: maybe\n")
    done = cli("check", str(path))
    assert done.returncode == 1 and f"{path}:2: reidentify must be a bool" in done.stderr
