"""bench/evaluate.py end to end on a few documents: our engine (must import) and vanilla presidio, offline."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(tmp_path, *args):
    out = tmp_path / "out.json"
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "evaluate.py"), "--passes", "1", "--json", str(out),
                           *args], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout, json.loads(out.read_text())


def test_short_run_of_our_engine_reports_every_metric(tmp_path):
    stdout, res = _run(tmp_path, "--limit", "5", "--no-presidio")
    assert res["documents"] == 5 and list(res["systems"]) == ["phi-proxy"]
    ours = res["systems"]["phi-proxy"]
    s = ours["scores"]
    for key in ("token_recall", "instance_recall", "precision"):
        assert 0.0 <= s[key] <= 1.0
    assert s["instances"] > 0 and s["medical_codes"] > 0 and s["per_type"]
    assert ours["speed"]["chars_per_second"] > 0
    assert ours["memory"]["rss_delta"] > 0
    assert "token recall" in stdout and "medical codes touched" in stdout


def test_vanilla_presidio_runs_offline_side_by_side(tmp_path):
    stdout, res = _run(tmp_path, "--limit", "3", "--no-memory")
    assert list(res["systems"]) == ["phi-proxy", "presidio"]
    assert res["systems"]["presidio"]["scores"]["findings"] > 0
    assert "throughput ratio" in stdout
