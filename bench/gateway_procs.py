"""Processes and readings for bench/gateway.py: the fast upstream stand-in, the gateway started as
deployed, percentiles, and CPU and memory read from /proc."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.support.gateway import Gateway

CHUNK_CHARS = 7  # the same streaming granularity as tests/support/upstream.py


class BenchError(RuntimeError):
    pass


def pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile (p99 of 200 samples is the 2nd largest)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)] if ordered else float("nan")


def summary(ms: list[float]) -> dict:
    return {"p50": pct(ms, 0.50), "p99": pct(ms, 0.99), "n": len(ms)}


def serve_fast_standin(port: int) -> None:
    """A uvicorn/starlette upstream answering exactly like the stand-in's `echo`, without its thread-per-request
    HTTP/1.0-style server, so the direct baseline is not the bottleneck. Runs in its own process."""
    import uvicorn
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse, PlainTextResponse, StreamingResponse
    from starlette.routing import Route

    usage = {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}

    async def chat(request):
        body = await request.json()
        users = [m for m in body.get("messages", []) if m.get("role") == "user"]
        text, model = (users[-1].get("content") if users else "") or "", body.get("model", "")
        if model == "novel":  # an answer of new text: every line quoted, so none is a copy of the prompt
            text = "\n".join("> " + line for line in text.splitlines())
        head = {"id": "chatcmpl-1", "created": 1, "model": model}
        if not body.get("stream"):
            return JSONResponse(head | {"object": "chat.completion", "usage": usage, "choices": [
                {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}]})

        def event(choices: list, **extra) -> str:
            return "data: " + json.dumps(head | {"object": "chat.completion.chunk", "choices": choices} | extra) + "\n\n"

        async def events():
            for i in range(0, max(len(text), 1), CHUNK_CHARS):
                delta = {"content": text[i:i + CHUNK_CHARS]} | ({"role": "assistant"} if i == 0 else {})
                yield event([{"index": 0, "delta": delta, "finish_reason": None}])
            yield event([{"index": 0, "delta": {}, "finish_reason": "stop"}])
            if (body.get("stream_options") or {}).get("include_usage"):
                yield event([], usage=usage)
            yield "data: [DONE]\n\n"
        return StreamingResponse(events(), media_type="text/event-stream")

    async def health(request):
        return PlainTextResponse("ok")

    app = Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"]), Route("/health", health)])
    uvicorn.run(app, host="127.0.0.1", port=port, access_log=False, log_level="warning")


def wait_ready(url: str, proc: subprocess.Popen, what: str, log: Path | None = None) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise BenchError(f"{what} exited: {log.read_text()[-3000:] if log else proc.returncode}")
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise BenchError(f"{what} did not start within 60 s")


class BenchGateway(Gateway):
    """The tests' Gateway, but started as plain `phi-proxy serve` (as deployed): the tests' egress audit
    hook runs on every Python audit event, so it is used only with --egress-guard."""

    def __init__(self, *args, guard: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.guard = guard

    def start(self, *extra: str) -> "BenchGateway":
        if self.guard:
            return super().start(*extra)
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "proxy.cli.main", "serve", "--port", str(self.port),
                                      *extra], env=self.env, cwd=self.dir, stdout=log, stderr=subprocess.STDOUT)
        wait_ready(f"http://127.0.0.1:{self.port}/healthz", self.proc, "gateway", self.log_path)
        return self


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def memory_mb(pid: int) -> dict:
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0]) / 1024
    return out
