"""`phi-proxy detect`: JSON lines {"id", "text"} in, {"id", "findings": [...]} out, one line per input.

Offsets are into the text, end exclusive. A malformed input line gets an error line naming only its
line number and the problem (never its text) and the run goes on with the next line. Progress goes to
stderr every --progress-every lines. Exit status is 1 if any line was malformed, else 0.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import IO

_ID_TYPES = (str, int)


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "detect",
        help="find PHI in JSON lines read from stdin",
        description='Read {"id", "text"} JSON lines on stdin; write {"id", "findings"} JSON lines on stdout.',
    )
    p.add_argument("--threshold", type=float, default=0.5, help="minimum finding score (default 0.5)")
    p.add_argument("--progress-every", type=int, default=1000, metavar="N",
                   help="report progress on stderr every N lines (0: never; default 1000)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from proxy.detection.engine import DetectionEngine

    engine = DetectionEngine(threshold=args.threshold)
    return detect_stream(engine, sys.stdin, sys.stdout, sys.stderr, args.progress_every)


def detect_stream(engine, source: IO[str], sink: IO[str], log: IO[str], progress_every: int = 1000) -> int:
    started = time.perf_counter()
    lines = chars = errors = 0
    for lines, raw in enumerate(source, start=1):
        if progress_every and lines % progress_every == 0:
            _progress(log, lines, chars, started)
        if not raw.strip():
            continue
        record, problem = _parse(raw)
        if problem:
            errors += 1
            print(json.dumps({"line": lines, "error": problem}), file=sink, flush=False)
            print(f"detect: line {lines}: {problem}", file=log)
            continue
        text = record["text"]
        chars += len(text)
        findings = [
            {"start": f.start, "end": f.end, "entity_type": f.entity_type, "score": round(f.score, 3)}
            for f in engine.analyze(text)
        ]
        sink.write(json.dumps({"id": record["id"], "findings": findings}) + "\n")
    sink.flush()
    if progress_every and lines >= progress_every:
        _progress(log, lines, chars, started)
    return 1 if errors else 0


def _parse(raw: str) -> tuple[dict, str | None]:
    """The record, or a description of what is wrong with it that does not quote the input."""
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as exc:  # exc.msg is the parser's own wording, never the input
        return {}, f"not valid JSON ({exc.msg} at column {exc.colno})"
    if not isinstance(record, dict):
        return {}, "expected a JSON object"
    if "id" not in record or not isinstance(record["id"], _ID_TYPES) or isinstance(record["id"], bool):
        return {}, 'missing or invalid "id" (string or integer)'
    if not isinstance(record.get("text"), str):
        return {}, 'missing or invalid "text" (string)'
    return record, None


def _progress(log: IO[str], lines: int, chars: int, started: float) -> None:
    elapsed = max(time.perf_counter() - started, 1e-9)
    print(f"detect: {lines} lines, {chars} chars, {chars / elapsed:,.0f} chars/s", file=log, flush=True)
