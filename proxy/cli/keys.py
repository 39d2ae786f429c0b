"""`phi-proxy keys create|list|revoke`: IT manages who may call. A new key is shown once, never stored."""

from __future__ import annotations

import argparse
import getpass
import sys
from contextlib import contextmanager

from proxy.store.base import ROLES


def db_option() -> argparse.ArgumentParser:
    """`--db` accepted before or after the action (`keys --db URL list` and `keys list --db URL`)."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--db", default=argparse.SUPPRESS, help="database URL (default: PHI_PROXY_DB)")
    return parent


def register(sub) -> None:
    p = sub.add_parser("keys", help="create, list and revoke API keys", parents=[db_option()])
    actions = p.add_subparsers(dest="action", required=True)
    create = actions.add_parser("create", parents=[db_option()],
                                help="create a key; it is printed once, alone on the last line")
    create.add_argument("--user", required=True, help="who the key is for, e.g. coder.alice")
    create.add_argument("--role", required=True, choices=ROLES)
    create.set_defaults(func=run_create)
    actions.add_parser("list", parents=[db_option()], help="list keys (never their secrets)") \
        .set_defaults(func=run_list)
    revoke = actions.add_parser("revoke", parents=[db_option()], help="revoke a key by its id")
    revoke.add_argument("key_id")
    revoke.set_defaults(func=run_revoke)


@contextmanager
def opened_store(args):
    """The configured store (flag over environment), closed afterwards."""
    from proxy.settings import Settings
    from proxy.store import open_configured_store

    try:
        store = open_configured_store(Settings.from_env(db_url=getattr(args, "db", None)))
    except Exception as exc:  # noqa: BLE001 - one clear line for IT instead of a traceback
        # The type and message name the cause (bad URL, refused connection, unreadable secret); the
        # URL itself is not echoed, as it may carry a password.
        print(f"error: cannot open the store: {type(exc).__name__}: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    try:
        yield store
    finally:
        store.close()


def operator() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no passwd entry (containers with an arbitrary uid)
        return "cli"


def run_create(args) -> int:
    with opened_store(args) as store:
        try:
            info, bearer = store.create_key(args.user, args.role, by=operator())
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    # The note goes to stderr, so `KEY=$(phi-proxy keys create ...)` captures the key alone.
    print(f"Created key {info.key_id} for {info.user} ({info.role}). It is shown only this once; "
          "give it to the user over a secure channel:", file=sys.stderr)
    print(bearer)
    return 0


def run_list(args) -> int:
    with opened_store(args) as store:
        keys = store.list_keys()
    # key_id first: scripts take the first column.
    print(f"{'KEY_ID':12}  {'USER':24}  {'ROLE':7}  {'CREATED (UTC)':16}  REVOKED (UTC)")
    for key in keys:
        revoked = f"{key.revoked_at:%Y-%m-%d %H:%M}" if key.revoked_at else "-"
        print(f"{key.key_id:12}  {key.user:24}  {key.role:7}  {key.created_at:%Y-%m-%d %H:%M}  {revoked}")
    return 0


def run_revoke(args) -> int:
    with opened_store(args) as store:
        revoked = store.revoke_key(args.key_id, by=operator())
    if revoked:
        print(f"revoked {args.key_id}")
        return 0
    print(f"error: no active key with id {args.key_id}", file=sys.stderr)
    return 1
