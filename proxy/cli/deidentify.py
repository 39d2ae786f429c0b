"""`phi-proxy deidentify --policy NAME`: text on stdin, on stdout exactly what the endpoint would receive.

For IT to try a policy before pointing an endpoint at it. Runs the real detection engine and the very
stages the gateway runs (policy, then de-identification), on the text as one user message, or with
--json on a whole request body (chat, completion or embeddings), which is printed back rewritten.
Surrogates derive from the server secret, the user (--user) and the conversation, as in the gateway.
Exit status: 0 sent, 2 the policy refuses the text (the types go to stderr, nothing to stdout), 1 error.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import IO

from proxy.errors import ProxyError
from proxy.pipeline.context import Caller, Context
from proxy.pipeline.stages.deidentify import DeidentifyStage
from proxy.pipeline.stages.policy import PolicyStage
from proxy.pipeline.texts import collect_slots
from proxy.policy import PolicyError, load_policies
from proxy.settings import Settings


def register(sub) -> None:
    p = sub.add_parser("deidentify", help="show what an endpoint would receive under a policy")
    p.add_argument("--policy", required=True, help="policy name (a file in the policies directory)")
    p.add_argument("--policies", help="policies directory (default: PHI_PROXY_POLICIES or ./policies)")
    p.add_argument("--user", default="", help="caller the surrogates are derived for (default: none)")
    p.add_argument("--json", action="store_true", help="stdin is a request body; print it rewritten")
    p.set_defaults(func=run)


def route_of(body: dict) -> str:
    if "messages" in body:
        return "chat.completions"
    return "embeddings" if "input" in body else "completions"


async def deidentify_body(body: dict, route: str, policy, engine, secret: bytes, user: str = "") -> dict:
    """Rewrite a request body in place as the gateway would before forwarding; raise ProxyError if
    the policy refuses it."""
    ctx = Context(route=route, body=body, caller=Caller(key_id="cli", user=user, role="coder"))
    ctx.policy = policy
    ctx.slots = collect_slots(route, body, policy.allows_part)
    ctx.findings = [engine.analyze(slot.text) for slot in ctx.slots]
    services = SimpleNamespace(secret=secret)
    await PolicyStage(services).run(ctx)
    await DeidentifyStage(services).run(ctx)
    return body


def run(args) -> int:
    from proxy.detection.engine import DetectionEngine

    return execute(args, DetectionEngine(), sys.stdin, sys.stdout, sys.stderr)


def execute(args, engine, stdin: IO[str], stdout: IO[str], stderr: IO[str]) -> int:
    from proxy.secret import SecretError, load_secret

    settings = Settings.from_env()
    directory = Path(args.policies) if args.policies else settings.policies_dir
    try:
        policy = load_policies(directory).get(args.policy)
        secret = load_secret(settings)  # the server's own, so surrogates match what the gateway sends
    except (PolicyError, KeyError, SecretError) as error:
        print(f"error: {error}", file=stderr)
        return 1
    raw = stdin.read()
    if args.json:
        try:
            body = json.loads(raw)
        except json.JSONDecodeError as error:
            print(f"error: stdin is not JSON (line {error.lineno}, column {error.colno})", file=stderr)
            return 1
        if not isinstance(body, dict):
            print("error: stdin must be a JSON object (a request body)", file=stderr)
            return 1
    else:
        body = {"messages": [{"role": "user", "content": raw}]}
    try:
        asyncio.run(deidentify_body(body, route_of(body), policy, engine, secret, args.user))
    except ProxyError as error:
        print(f"refused ({error.code}): {error.message}", file=stderr)
        return 2 if error.code == "phi_blocked" else 1
    stdout.write(json.dumps(body, indent=2) + "\n" if args.json else body["messages"][0]["content"])
    stdout.flush()
    return 0
