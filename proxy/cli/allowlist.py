"""`phi-proxy allowlist check [PATH]`: validate an allowlist file for IT before it goes live."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from proxy.allowlist import AllowlistError, load_allowlist
from proxy.settings import Settings


def register(sub) -> None:
    p = sub.add_parser("allowlist", help="manage the approved endpoint list")
    actions = p.add_subparsers(dest="action", required=True)
    check = actions.add_parser("check", help="validate an allowlist file")
    check.add_argument("path", nargs="?", help="file to check (default: PHI_PROXY_ALLOWLIST or ./allowlist.yaml)")
    check.add_argument("--policies", help="policies directory to check policy names against")
    check.set_defaults(func=run_check)


def run_check(args) -> int:
    from proxy.policy import PolicyError, load_policies
    from proxy.server.services import check_policies

    settings = Settings.from_env()
    path = Path(args.path) if args.path else settings.allowlist_path
    policies_dir = Path(args.policies) if args.policies else settings.policies_dir
    try:
        allowlist = load_allowlist(path)
        if policies_dir.is_dir():
            check_policies(allowlist, load_policies(policies_dir))
    except (AllowlistError, PolicyError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    today = dt.date.today()
    for ep in allowlist.endpoints.values():
        state = "in force" if ep.baa.in_force(today) else "NOT IN FORCE (calls refused)"
        print(f"{ep.name:24} {ep.model:32} policy={ep.policy:12} BAA {ep.baa.reference} {state}")
    print(f"ok: {path}: {len(allowlist.endpoints)} endpoints")
    return 0
