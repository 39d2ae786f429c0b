import argparse
import io
import json
import subprocess
import sys

import pytest

from proxy.cli import detect
from proxy.detection.engine import DetectionEngine


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine()


def run(engine, lines, every=1000):
    out, err = io.StringIO(), io.StringIO()
    code = detect.detect_stream(engine, io.StringIO("".join(lines)), out, err, every)
    return code, [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_register_adds_the_command():
    parser = argparse.ArgumentParser()
    detect.register(parser.add_subparsers())
    args = parser.parse_args(["detect", "--threshold", "0.7", "--progress-every", "5"])
    assert args.func is detect.run and args.threshold == 0.7 and args.progress_every == 5


def test_one_output_line_per_input_with_offsets(engine):
    text = "MRN 1234567 seen 03/04/2021 for E11.9"
    code, out, _ = run(engine, [json.dumps({"id": "a", "text": text}) + "\n", json.dumps({"id": 7, "text": "CPT 99214"}) + "\n"])
    assert code == 0
    assert out[0]["id"] == "a" and out[1] == {"id": 7, "findings": []}
    spans = {(text[f["start"]:f["end"]], f["entity_type"]) for f in out[0]["findings"]}
    assert spans == {("1234567", "MRN"), ("03/04/2021", "DATE")}
    assert all(set(f) == {"start", "end", "entity_type", "score"} for f in out[0]["findings"])


@pytest.mark.parametrize("bad,problem", [
    ("not json Jane Doe 123-45-6789\n", "not valid JSON"),
    ('["Jane Doe"]\n', "expected a JSON object"),
    ('{"text": "Jane Doe"}\n', '"id"'),
    ('{"id": "x", "text": 5}\n', '"text"'),
])
def test_malformed_line_reports_without_echo_and_continues(engine, bad, problem):
    good = json.dumps({"id": "next", "text": "SSN 123-45-6789"}) + "\n"
    code, out, err = run(engine, [bad, good])
    assert code == 1
    assert out[0]["line"] == 1 and problem in out[0]["error"]
    assert out[1]["id"] == "next" and out[1]["findings"][0]["entity_type"] == "SSN"
    assert "Jane" not in err and "123-45" not in err and "Jane" not in json.dumps(out[0])


def test_progress_on_stderr(engine):
    lines = [json.dumps({"id": i, "text": "seen 03/04/2021"}) + "\n" for i in range(10)]
    code, out, err = run(engine, lines, every=4)
    assert code == 0 and len(out) == 10
    assert "detect: 4 lines" in err and "detect: 8 lines" in err and "chars/s" in err


def test_blank_lines_are_skipped(engine):
    code, out, _ = run(engine, ["\n", json.dumps({"id": 1, "text": ""}) + "\n"])
    assert code == 0 and out == [{"id": 1, "findings": []}]


def test_runs_as_a_process():
    script = (
        "import argparse, sys\nfrom proxy.cli import detect\n"
        "p = argparse.ArgumentParser(); detect.register(p.add_subparsers())\n"
        "a = p.parse_args(['detect']); sys.exit(a.func(a))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], input='{"id": "p", "text": "email jdoe@example.com"}\n',
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["findings"][0]["entity_type"] == "EMAIL"
