"""`phi-proxy audit verify|export`: for auditors. Verify walks the chain; export writes JSONL or CSV."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys

from proxy.cli.keys import open_from_args
from proxy.store.base import AUDIT_FIELDS


def register(sub) -> None:
    p = sub.add_parser("audit", help="verify and export the audit trail")
    p.add_argument("--db", help="database URL (default: PHI_PROXY_DB)")
    actions = p.add_subparsers(dest="action", required=True)
    actions.add_parser("verify", help="check the hash chain; non-zero exit names the first bad record") \
        .set_defaults(func=run_verify)
    export = actions.add_parser("export", help="write records as JSON lines or CSV")
    export.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    export.add_argument("--since", type=_when, help="ISO date or time (inclusive)")
    export.add_argument("--until", type=_when, help="ISO date or time (exclusive)")
    export.add_argument("--user")
    export.add_argument("--output", help="file to write (default: standard output)")
    export.set_defaults(func=run_export)


def _when(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


def run_verify(args) -> int:
    result = open_from_args(args).verify_audit()
    if result.ok:
        print(f"ok: {result.checked} records, chain intact")
        return 0
    print(f"TAMPERED: record {result.first_bad_seq}: {result.reason} ({result.checked} records verified before it)",
          file=sys.stderr)
    return 1


def run_export(args) -> int:
    records = open_from_args(args).iter_audit(since=args.since, until=args.until, user=args.user)
    out = open(args.output, "w", newline="", encoding="utf-8") if args.output else sys.stdout
    try:
        if args.format == "jsonl":
            for record in records:
                out.write(json.dumps(record, separators=(",", ":")) + "\n")
        else:
            writer = csv.DictWriter(out, fieldnames=AUDIT_FIELDS)
            writer.writeheader()
            for record in records:
                writer.writerow({k: json.dumps(v) if isinstance(v, (dict, list)) else v for k, v in record.items()})
    finally:
        if out is not sys.stdout:
            out.close()
    return 0
