"""Knows every caller: a bearer key, looked up by id and compared in constant time."""

from __future__ import annotations

import anyio

from proxy.pipeline.context import Context
from proxy.pipeline.stage import Halt, Stage

# Which roles may use which routes. Coders call models; auditors read the trail; admins manage keys.
ROUTE_ROLES = {
    "chat.completions": {"coder"}, "completions": {"coder"}, "embeddings": {"coder"},
    "models": {"coder", "auditor", "admin"}, "audit": {"auditor", "admin"},
}


class AuthenticateStage(Stage):
    name = "authenticate"

    def __init__(self, services):
        self.store = services.store

    async def run(self, ctx: Context) -> None:
        from proxy.store.keys import authenticate

        header = ctx.authorization or ""
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Halt(401, "missing_api_key", "Missing bearer API key. Send 'Authorization: Bearer <key>'.")
        caller = await anyio.to_thread.run_sync(authenticate, self.store, token.strip())
        if caller is None:
            raise Halt(401, "invalid_api_key", "Invalid or revoked API key.")
        ctx.caller = caller
        if caller.role not in ROUTE_ROLES.get(ctx.route, set()):
            raise Halt(403, "role_not_permitted", f"The role '{caller.role}' may not use this route.")
