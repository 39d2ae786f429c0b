"""Composition of a corpus file: documents per kind, PHI instances per type and source, codes per system.

    .venv/bin/python -m eval.corpus_stats eval/corpus/dev.jsonl [--show N]   (--show prints N annotated docs)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path


def load(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def composition(docs: list[dict]) -> dict:
    src = Counter(s.get("source", "gen").split(":")[0] + ":" + s.get("source", "gen").split(":")[-1]
                  for d in docs for s in d["spans"] if s["type"] in ("PERSON", "PROVIDER"))
    return {
        "documents": len(docs),
        "characters": sum(len(d["text"]) for d in docs),
        "kinds": dict(sorted(Counter(d["kind"] for d in docs).items())),
        "phi_types": dict(sorted(Counter(s["type"] for d in docs for s in d["spans"]).items())),
        "code_systems": dict(sorted(Counter(c["system"] for d in docs for c in d["codes"]).items())),
        "name_sources": dict(src.most_common()),
    }


def annotate(doc: dict) -> str:
    """The text with [[value|TYPE]] around PHI and <<value|SYSTEM>> around codes, for eyeballing."""
    marks = [(s["start"], s["end"], f"|{s['type']}]]", "[[") for s in doc["spans"]]
    marks += [(c["start"], c["end"], f"|{c['system']}>>", "<<") for c in doc["codes"]]
    out, pos = [], 0
    for start, end, close, open_ in sorted(marks):
        out += [doc["text"][pos:start], open_, doc["text"][start:end], close]
        pos = end
    out.append(doc["text"][pos:])
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    docs = load(args.corpus)
    for doc in docs[:args.show]:
        print(f"--- {doc['id']} ({doc['kind']})\n{annotate(doc)}")
    print(json.dumps(composition(docs), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
