"""Evaluation command of issue 3: phi-proxy's DetectionEngine and vanilla presidio-analyzer, side by side.

    .venv/bin/python bench/evaluate.py [--corpus eval/corpus/heldout.jsonl] [--no-presidio] [--json out.json]
                                       [--limit N] [--passes 3] [--show-errors N]

Both detectors run in this one process on the same documents, offline (sockets refused). Speed is warm
characters per second, the median of --passes full passes. Resident memory of each detector is measured
in a fresh interpreter per detector (RSS delta from before import to after loading and one analysis).
Metric definitions: eval/metrics.py. Exit status 0 unless a detector fails to load or run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python bench/evaluate.py` puts bench/ on the path, not the repo root
    sys.path.insert(0, str(ROOT))

from eval import metrics, report, systems  # noqa: E402
from eval.corpus_stats import load  # noqa: E402


def measure_memory(system: str) -> dict:
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--memory-probe", system],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    if proc.returncode != 0:
        raise RuntimeError(f"memory probe for {system} failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run_system(key: str, docs: list[dict], passes: int, memory: bool) -> dict:
    t0 = time.perf_counter()
    detector = systems.SYSTEMS[key]()
    load_seconds = time.perf_counter() - t0
    detector.analyze(docs[0]["text"])  # warm-up (lazy caches, first-call costs)
    findings, times = None, []
    for _ in range(max(1, passes)):
        t0 = time.perf_counter()
        out = [detector.analyze(d["text"]) for d in docs]
        times.append(time.perf_counter() - t0)
        findings = findings or out
    chars = sum(len(d["text"]) for d in docs)
    scores, tally = metrics.score(docs, findings, detector.type_map)
    return {
        "scores": scores,
        "by_kind": metrics.by_kind(docs, findings, detector.type_map),
        "speed": {"chars_per_second": chars / statistics.median(times), "pass_seconds": times,
                  "load_seconds": load_seconds},
        "memory": measure_memory(key) if memory else None,
        "missed": tally.missed,
        "false_positives": tally.false_positives,
    }


def show_errors(name: str, result: dict, docs: dict[str, dict], n: int) -> str:
    """A few misses and false positives with context (the corpus is invented, so printing it is fine)."""
    lines = [f"\n{name}: first {n} missed instances"]
    for doc_id, label, start, end in result["missed"][:n]:
        t = docs[doc_id]["text"]
        lines.append(f"  {doc_id} {label:<15} {t[start:end]!r:<32} ...{t[max(0, start - 30):end + 20]!r}")
    lines.append(f"{name}: first {n} false positives")
    for doc_id, label, start, end in result["false_positives"][:n]:
        t = docs[doc_id]["text"]
        lines.append(f"  {doc_id} {label:<15} {t[start:end]!r:<32} ...{t[max(0, start - 30):end + 20]!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="phi-proxy vs vanilla presidio on an annotated corpus")
    ap.add_argument("--corpus", default=str(ROOT / "eval" / "corpus" / "dev.jsonl"))
    ap.add_argument("--no-presidio", action="store_true", help="run phi-proxy's engine only")
    ap.add_argument("--json", help="also write all results (scores, misses, false positives) here")
    ap.add_argument("--limit", type=int, help="only the first N documents (quick CI run)")
    ap.add_argument("--passes", type=int, default=3, help="timed passes; speed is their median (default 3)")
    ap.add_argument("--no-memory", action="store_true", help="skip the per-detector memory subprocesses")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N", help="print N misses and false positives")
    ap.add_argument("--memory-probe", choices=sorted(systems.SYSTEMS), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.memory_probe:
        print(json.dumps(systems.memory_probe(args.memory_probe)))
        return 0
    docs = load(args.corpus)[: args.limit]
    keys = ["ours"] + ([] if args.no_presidio else ["presidio"])
    results = {"corpus": args.corpus, "documents": len(docs), "characters": sum(len(d["text"]) for d in docs),
               "systems": {}}
    for key in keys:
        results["systems"][systems.SYSTEMS[key].name] = run_system(key, docs, args.passes, not args.no_memory)
    if args.json:  # before printing, so a closed stdout (| head) still leaves the results
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(report.render(results))
    if args.show_errors:
        by_id = {d["id"]: d for d in docs}
        for name, res in results["systems"].items():
            print(show_errors(name, res, by_id, args.show_errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
