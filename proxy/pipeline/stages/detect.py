"""Finds PHI in every text the request carries. Any failure or timeout refuses the call: fail closed."""

from __future__ import annotations

import hashlib
import hmac
import logging
import time

import anyio

from proxy.pipeline.context import Context
from proxy.pipeline.stage import Halt, Stage
from proxy.pipeline.texts import collect_slots

log = logging.getLogger("phi_proxy.detect")


class DetectStage(Stage):
    name = "detect"

    def __init__(self, services):
        self.engine = services.engine
        self.secret = services.secret
        self.timeout = services.settings.detection_timeout_s

    async def run(self, ctx: Context) -> None:
        allows = ctx.policy.allows_part if ctx.policy is not None else (lambda kind: False)
        ctx.slots = collect_slots(ctx.route, ctx.body, allows)
        texts = [slot.text for slot in ctx.slots]
        ctx.prompt_hmac = _keyed_hash(self.secret, texts)
        started = time.perf_counter()
        try:
            with anyio.fail_after(self.timeout):
                ctx.findings = await anyio.to_thread.run_sync(self._analyze_all, texts, abandon_on_cancel=True)
        except TimeoutError:
            raise Halt(503, "phi_scan_timeout", "PHI scanning timed out; nothing was forwarded.") from None
        except Exception as exc:  # noqa: BLE001 - never forward what could not be scanned
            log.error("PHI scan failed (%s); request refused", type(exc).__name__)
            raise Halt(503, "phi_scan_failed", "PHI scanning failed; nothing was forwarded.") from None
        finally:
            ctx.detection_ms = (time.perf_counter() - started) * 1000.0

    def _analyze_all(self, texts: list[str]) -> list:
        seen: dict[str, list] = {}  # clients resend the whole history each turn: scan each text once
        out = []
        for text in texts:
            if text not in seen:
                seen[text] = self.engine.analyze(text)
            out.append(list(seen[text]))
        return out


def _keyed_hash(secret: bytes, texts: list[str]) -> str:
    mac = hmac.new(secret, digestmod=hashlib.sha256)
    for text in texts:
        mac.update(text.encode("utf-8", "surrogatepass"))
        mac.update(b"\x1e")
    return mac.hexdigest()
