"""Runs `phi-proxy keys|audit` in-process through their register() functions, as main.py wires them."""

import argparse

from proxy.cli import audit, keys


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="phi-proxy")
    sub = parser.add_subparsers(dest="command", required=True)
    keys.register(sub)
    audit.register(sub)
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)
