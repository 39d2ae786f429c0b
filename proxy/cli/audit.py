"""`phi-proxy audit verify|export`: for auditors. Verify walks the chain; export writes JSONL or CSV."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import re
import sys

from proxy.cli.keys import db_option, opened_store
from proxy.store.base import AUDIT_FIELDS

_ANCHOR = re.compile(r"(\d+):([0-9a-f]{64})")


def register(sub) -> None:
    p = sub.add_parser("audit", help="verify and export the audit trail", parents=[db_option()])
    actions = p.add_subparsers(dest="action", required=True)
    verify = actions.add_parser("verify", parents=[db_option()],
                                help="check the hash chain; a non-zero exit names the first bad record")
    verify.add_argument("--anchor", type=_anchor, metavar="SEQ:HASH",
                        help="a head printed by an earlier verify and kept elsewhere; fails if the trail "
                             "no longer contains it (rolled back or rewritten)")
    verify.set_defaults(func=run_verify)
    export = actions.add_parser("export", parents=[db_option()], help="write records as JSON lines or CSV")
    export.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    export.add_argument("--since", type=_when, help="ISO date or time, inclusive (UTC unless an offset is given)")
    export.add_argument("--until", type=_when, help="ISO date or time, exclusive")
    export.add_argument("--user", help="only this user's records")
    export.add_argument("--output", help="file to write (default: standard output)")
    export.set_defaults(func=run_export)


def _when(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date or time: {text!r}") from None
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


def _anchor(text: str) -> tuple[int, str]:
    match = _ANCHOR.fullmatch(text.strip())
    if not match:
        raise argparse.ArgumentTypeError("expected SEQ:HASH, e.g. 1042:3fa1... (64 hex digits)")
    return int(match.group(1)), match.group(2)


def run_verify(args) -> int:
    with opened_store(args) as store:
        result = store.verify_audit()
        anchored = store.get_audit(args.anchor[0]) if result.ok and args.anchor else None
    if not result.ok:
        print(f"FAILED: record {result.first_bad_seq}: {result.reason} "
              f"({result.checked} records verified before it)", file=sys.stderr)
        return 1
    if args.anchor and (anchored is None or anchored["hash"] != args.anchor[1]):
        print(f"FAILED: record {args.anchor[0]}: does not match the anchored hash "
              "(the trail was rolled back or rewritten)", file=sys.stderr)
        return 1
    print(f"ok: {result.checked} records, chain intact")
    print(f"head: {result.checked}:{result.head_hash}  (keep this elsewhere; check later with --anchor)")
    return 0


def _csv_cell(value):
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True, separators=(",", ":"))
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value  # a spreadsheet must not run a cell as a formula
    return value


def run_export(args) -> int:
    out = sys.stdout
    if args.output:
        # Owner-only, like the database it comes from.
        fd = os.open(args.output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        out = open(fd, "w", newline="", encoding="utf-8")
    count = 0
    try:
        with opened_store(args) as store:
            records = store.iter_audit(since=args.since, until=args.until, user=args.user)
            if args.format == "jsonl":
                for record in records:
                    out.write(json.dumps(record, separators=(",", ":")) + "\n")
                    count += 1
            else:
                writer = csv.DictWriter(out, fieldnames=AUDIT_FIELDS, lineterminator="\n")
                writer.writeheader()
                for record in records:
                    writer.writerow({k: _csv_cell(v) for k, v in record.items()})
                    count += 1
    finally:
        if out is not sys.stdout:
            out.close()
    if args.output:
        print(f"wrote {count} records to {args.output}", file=sys.stderr)
    return 0
