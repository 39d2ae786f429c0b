"""Entry point: `phi-proxy <command>`. Each command module exposes register(subparsers)."""

from __future__ import annotations

import argparse
import importlib
import sys

# Module names under proxy.cli, in the order they appear in --help.
COMMANDS = ("serve", "keys", "audit", "allowlist", "policy", "detect", "deidentify")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="phi-proxy", description="PHI-safe OpenAI-compatible gateway")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        importlib.import_module(f"proxy.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    code = args.func(args)
    return int(code or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
