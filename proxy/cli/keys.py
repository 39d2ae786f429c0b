"""`phi-proxy keys create|list|revoke`: IT manages who may call. A new key is shown once, never stored."""

from __future__ import annotations

import sys

from proxy.store.base import ROLES


def register(sub) -> None:
    p = sub.add_parser("keys", help="create, list and revoke API keys")
    p.add_argument("--db", help="database URL (default: PHI_PROXY_DB)")
    actions = p.add_subparsers(dest="action", required=True)
    create = actions.add_parser("create", help="create a key; it is printed once, on the last line")
    create.add_argument("--user", required=True)
    create.add_argument("--role", required=True, choices=ROLES)
    create.set_defaults(func=run_create)
    actions.add_parser("list", help="list keys (never their secrets)").set_defaults(func=run_list)
    revoke = actions.add_parser("revoke", help="revoke a key by its id")
    revoke.add_argument("key_id")
    revoke.set_defaults(func=run_revoke)


def open_from_args(args):
    from proxy.secret import load_secret
    from proxy.settings import Settings
    from proxy.store import open_store

    settings = Settings.from_env(**({"db_url": args.db} if getattr(args, "db", None) else {}))
    return open_store(settings.db_url, secret=load_secret(settings))


def run_create(args) -> int:
    store = open_from_args(args)
    info, bearer = store.create_key(args.user, args.role)
    print(f"created key {info.key_id} for {info.user} ({info.role}); it is shown only this once:", file=sys.stderr)
    print(bearer)
    return 0


def run_list(args) -> int:
    for key in open_from_args(args).list_keys():
        state = f"revoked {key.revoked_at:%Y-%m-%d %H:%M}" if key.revoked_at else "active"
        print(f"{key.key_id}  {key.user:24} {key.role:8} created {key.created_at:%Y-%m-%d %H:%M}  {state}")
    return 0


def run_revoke(args) -> int:
    if open_from_args(args).revoke_key(args.key_id):
        print(f"revoked {args.key_id}")
        return 0
    print(f"error: no active key with id {args.key_id}", file=sys.stderr)
    return 1
