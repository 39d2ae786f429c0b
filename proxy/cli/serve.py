"""`phi-proxy serve`: validate everything, then run the gateway under uvicorn."""

from __future__ import annotations

import logging
import os
import sys

from proxy.allowlist import AllowlistError
from proxy.settings import Settings


def register(sub) -> None:
    p = sub.add_parser("serve", help="run the gateway")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=int(os.environ.get("PHI_PROXY_PORT") or 8080),
                   help="port (env PHI_PROXY_PORT; default 8080)")
    p.add_argument("--db", help="database URL (env PHI_PROXY_DB; default sqlite:///./data/phi-proxy.db)")
    p.add_argument("--allowlist", help="allowlist file (env PHI_PROXY_ALLOWLIST; default ./allowlist.yaml)")
    p.add_argument("--policies", help="policies directory (env PHI_PROXY_POLICIES; default ./policies)")
    p.add_argument("--tls-cert", help="TLS certificate (PEM), for deployments without a TLS load balancer")
    p.add_argument("--tls-key", help="TLS private key (PEM)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (they share one audit chain)")
    p.add_argument("--max-body-bytes", type=int, help="largest request body accepted (default 1000000)")
    p.set_defaults(func=run)


def _export(args) -> None:
    # Workers build their own settings from the environment, so flags travel as PHI_PROXY_* variables.
    for flag, var in (("db", "PHI_PROXY_DB"), ("allowlist", "PHI_PROXY_ALLOWLIST"),
                      ("policies", "PHI_PROXY_POLICIES"), ("max_body_bytes", "PHI_PROXY_MAX_BODY_BYTES")):
        value = getattr(args, flag)
        if value is not None:
            os.environ[var] = str(value)


def run(args) -> int:
    import uvicorn

    from proxy.policy import PolicyError
    from proxy.server.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    if bool(args.tls_cert) != bool(args.tls_key):
        print("error: --tls-cert and --tls-key go together", file=sys.stderr)
        return 2
    _export(args)
    settings = Settings.from_env()
    try:
        app = create_app(settings)  # refuses a broken allowlist or policy before listening
    except (AllowlistError, PolicyError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - store or secret: one clear line for IT, not a traceback
        print(f"error: cannot start: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    tls = {"ssl_certfile": args.tls_cert, "ssl_keyfile": args.tls_key} if args.tls_cert else {}
    common = {"host": args.host, "port": args.port, "access_log": False, "log_level": settings.log_level,
              "timeout_graceful_shutdown": 10, **tls,
              # httptools parses requests in C (~1 ms a call less than h11). The loop stays asyncio's:
              # uvloop's sockets bypass Python's audit events, which the egress tests rely on.
              "loop": "asyncio", "http": "httptools"}
    scheme = "https" if tls else "http"
    print(f"phi-proxy serving on {scheme}://{args.host}:{args.port}/v1", file=sys.stderr, flush=True)
    if args.workers > 1:
        uvicorn.run("proxy.server.app:create_app_from_env", factory=True, workers=args.workers, **common)
    else:
        uvicorn.run(app, **common)
    return 0
