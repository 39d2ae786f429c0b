"""`phi-proxy policy check [DIR|FILE]`: validate policies for IT; each problem as file:line: reason."""

from __future__ import annotations

import sys
from pathlib import Path

from proxy.policy import PolicyError, load_policies, load_policy_file
from proxy.settings import Settings


def register(sub) -> None:
    p = sub.add_parser("policy", help="manage de-identification policies")
    actions = p.add_subparsers(dest="action", required=True)
    check = actions.add_parser("check", help="validate a policy directory or a single policy file")
    check.add_argument("path", nargs="?", help="directory or file (default: PHI_PROXY_POLICIES or ./policies)")
    check.set_defaults(func=run_check)


def run_check(args) -> int:
    path = Path(args.path) if args.path else Settings.from_env().policies_dir
    try:
        policies = [load_policy_file(path)] if path.is_file() else list(load_policies(path))
    except PolicyError as error:
        for problem in error.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 1
    for policy in sorted(policies, key=lambda p: p.name):
        overrides = ", ".join(f"{t}={a.value}" for t, a in sorted(policy.actions.items())) or "none"
        parts = ", ".join(sorted(policy.allowed_parts)) or "none"
        print(f"{policy.name:16} default={policy.default_action.value:12} overrides: {overrides}; "
              f"reidentify={'yes' if policy.reidentify else 'no'} scan_responses="
              f"{'yes' if policy.scan_responses else 'no'} unscanned parts allowed: {parts}")
    print(f"ok: {path}: {len(policies)} {'policy' if len(policies) == 1 else 'policies'}")
    return 0
