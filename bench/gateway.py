"""What the gateway adds over calling an upstream directly (issues 2 and 4). A benchmark, not a test.

One run measures, side by side on this machine: sequential latency for a ~2 KB clinical note (plain),
time to first token (streaming), requests per second with 16 concurrent clients (plain and streaming),
detection time alone in-process, and the gateway's resident memory. Loopback only; every loop is
bounded in count and time. Usage and how to read the numbers: bench/README-gateway.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from tests.support.gateway import Gateway, free_port, standin_allowlist  # noqa: E402
from tests.support.upstream import UpstreamStandIn  # noqa: E402
from bench.gateway_procs import (CHUNK_CHARS, BenchError, BenchGateway, cpu_seconds, memory_mb,  # noqa: E402
                                 serve_fast_standin, summary, wait_ready)

# An invented discharge summary (no real person): names, dates, MRN, phone, address, IDs, plus the
# ICD-10-CM/CPT codes and clinical content that must pass untouched. ~2 KB, one user message.
NOTE = """DISCHARGE SUMMARY - please suggest the principal and secondary ICD-10-CM codes and the CPT codes.

Patient: Marcus T. Okafor    DOB: 04/17/1958    MRN: 00482913    Acct: 7730215548
Phone: (617) 555-0143    Address: 42 Larchmont Road, Brookline, MA 02446
Admitted: 03/10/2025    Discharged: 03/14/2025    Attending: Dr. Helen Vasquez, MD
PCP: Dr. Samuel Whitfield    Insurance member ID: BCX884120337

HPI: Mr. Okafor is a 66-year-old man with type 2 diabetes with diabetic CKD stage 3b (E11.22, N18.32),
hypertension and known HFrEF (EF 30% on echo from 11/2024) who presented to the ED on 03/10/2025 with
three days of progressive dyspnea, orthopnea and 4 kg weight gain. His wife, Grace Okafor, reports he ran
out of furosemide a week earlier. BNP 2,340 pg/mL, creatinine 2.1 mg/dL (baseline 1.4), troponin flat.

Hospital course: Treated for acute on chronic systolic (congestive) heart failure, I50.23, with IV
furosemide 40 mg BID and net negative 5.2 L by day 3. Acute kidney injury (N17.9) on CKD improved with
diuresis, creatinine 1.6 at discharge. Transthoracic echo on 03/11/2025 (CPT 93306) showed EF 25-30%,
moderate functional MR. A right internal jugular central line was placed on 03/10/2025 under ultrasound
guidance (CPT 36556, 76937) for difficult access. Hypokalemia (E87.6) repleted. Hyperlipidemia (E78.5)
on atorvastatin. Long-term insulin use, Z79.4. Initial hospital care was high complexity (CPT 99223);
discharge management over 30 minutes (CPT 99239). No inpatient procedures on 03/12 or 03/13/2025.

Disposition: Home with home health (Bayview Home Care). Follow-up with Dr. Vasquez at Beacon Cardiology
on 03/21/2025; call (617) 555-0198 for questions. Labs (BMP) in one week at the Brookline clinic. Case
reviewed by coder J. Ramirez on 03/15/2025; email jramirez@stelizabeth-example.org with queries.

Question: is I50.23 correct as principal dx given the AKI, and should N17.9 be sequenced before N18.32?
Also, does 36556 with 76937 need a modifier here, and is 99239 supported by the documented time?
"""
# Values whose presence in what the upstream received means de-identification missed them.
PROBES = {"patient surname": "Okafor", "MRN": "00482913", "phone": "(617) 555-0143", "DOB": "04/17/1958"}
UPSTREAM_KEY = "sk-test-upstream"


class Target:
    """One place to send the note: a stand-in directly, or the gateway in front of it."""

    def __init__(self, name: str, base_url: str, key: str, model: str):
        self.name, self.url = name, base_url.rstrip("/") + "/chat/completions"
        self.headers = {"authorization": f"Bearer {key}", "content-type": "application/json"}
        body = {"model": model, "messages": [{"role": "user", "content": NOTE}]}
        self.plain = json.dumps(body).encode()  # encoded once: client-side JSON cost stays out of the timing
        self.stream = json.dumps(body | {"stream": True}).encode()


def plain_once(client: httpx.Client, t: Target) -> tuple[float, str | None]:
    started = time.perf_counter()
    r = client.post(t.url, content=t.plain, headers=t.headers)
    ms = (time.perf_counter() - started) * 1000
    if r.status_code != 200:
        raise BenchError(f"{t.name}: HTTP {r.status_code}: {r.text[:300]}")
    return ms, r.headers.get("x-request-id")


def _has_content(buf: bytes) -> bool:
    for event in buf.split(b"\n\n")[:-1]:  # complete events only
        if event.startswith(b"data: {"):
            choices = json.loads(event[6:]).get("choices") or [{}]
            if (choices[0].get("delta") or {}).get("content"):
                return True
    return False


def stream_once(client: httpx.Client, t: Target) -> tuple[float, float]:
    """(time to the first event carrying content, time to the end of the stream), in ms."""
    started, first, buf, tail = time.perf_counter(), None, b"", b""
    with client.stream("POST", t.url, content=t.stream, headers=t.headers) as r:
        if r.status_code != 200:
            raise BenchError(f"{t.name}: HTTP {r.status_code}: {r.read()[:300]!r}")
        for raw in r.iter_raw():
            if first is None:
                buf += raw
                if _has_content(buf):
                    first = time.perf_counter()
            tail = (tail + raw)[-64:]
    ended = time.perf_counter()
    if first is None or b"data: [DONE]" not in tail:
        raise BenchError(f"{t.name}: stream carried no content or did not end with [DONE]")
    return (first - started) * 1000, (ended - started) * 1000


def interleaved(steps: dict, n: int, warmup: int) -> dict[str, list]:
    """Runs the steps in turn, one each per round, so the machine's noise falls on all alike."""
    out: dict[str, list] = {name: [] for name in steps}
    for i in range(warmup + n):
        for name, step in steps.items():
            value = step()
            if i >= warmup:
                out[name].append(value)
    return out


async def throughput(t: Target, stream: bool, clients: int, total: int, seconds: float, pid: int | None) -> dict:
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=120, limits=limits) as client:
        async def one() -> str | None:
            """None when the answer arrived whole, else why not (status, error code, exception)."""
            try:
                if not stream:
                    r = await client.post(t.url, content=t.plain, headers=t.headers)
                    return None if r.status_code == 200 else f"HTTP {r.status_code}"
                tail = b""
                async with client.stream("POST", t.url, content=t.stream, headers=t.headers) as r:
                    async for raw in r.aiter_raw():
                        tail = (tail + raw)[-512:]
                code = re.search(rb'"code":\s*"(\w+)"', tail)
                return None if r.status_code == 200 and tail.endswith(b"data: [DONE]\n\n") else \
                    f"HTTP {r.status_code} " + (code.group(1).decode() if code else "no [DONE]")
            except httpx.HTTPError as exc:
                return type(exc).__name__

        await asyncio.gather(*(one() for _ in range(clients)))  # warm-up: fills the connection pool
        tickets, stop, done, errors = iter(range(total)), time.monotonic() + seconds, 0, Counter()

        async def worker() -> None:
            nonlocal done
            for _ in tickets:
                if time.monotonic() > stop:
                    return
                why = await one()
                done += 1
                errors.update([why] if why else [])

        cpu0, started = (cpu_seconds(pid) if pid else 0.0), time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        elapsed = time.perf_counter() - started
        cpu_ms = (cpu_seconds(pid) - cpu0) * 1000 / max(done, 1) if pid else None
    return {"rps": done / elapsed, "requests": done, "errors": dict(errors), "seconds": elapsed, "gateway_cpu_ms_per_req": cpu_ms}


def detection_alone(engine, n: int, warmup: int) -> dict:
    for _ in range(warmup):
        engine.analyze(NOTE)
    times, found = [], []
    for _ in range(n):
        started = time.perf_counter()
        found = engine.analyze(NOTE)
        times.append((time.perf_counter() - started) * 1000)
    types = sorted({f.entity_type for f in found})
    return summary(times) | {"findings": len(found), "entity_types": types}  # types only, never values


def sanity(client: httpx.Client, gw: Target, standin: UpstreamStandIn) -> dict:
    """Proves the measured path is the real one: PHI replaced on the way out, restored on the way back."""
    standin.requests.clear()
    r = client.post(gw.url, content=gw.plain, headers=gw.headers)
    answer = r.json()["choices"][0]["message"]["content"] if r.status_code == 200 else ""
    sent = standin.requests[-1].text if standin.requests else ""
    return {"status": r.status_code, "left_unmasked": [k for k, v in PROBES.items() if v in sent],
            "restored_in_answer": [k for k, v in PROBES.items() if v in answer]}


def audit_breakdown(gateway: Gateway, request_ids: set[str]) -> dict:
    """The gateway's own view of the latency phase, from its audit records (no PHI in them by design)."""
    cols: dict[str, list[float]] = {"latency_ms": [], "detection_ms": [], "upstream_ms": []}
    for line in gateway.audit_export().splitlines():
        record = json.loads(line)
        if record.get("request_id") in request_ids:
            for key, values in cols.items():
                if isinstance(record.get(key), (int, float)):
                    values.append(float(record[key]))
    return {key: summary(values) for key, values in cols.items()}


def bench_standin(direct: Target, gw: Target, gateway: Gateway, engine, args, novel: Target | None = None) -> dict:
    pid = gateway.proc.pid

    def detect() -> float:
        started = time.perf_counter()
        engine.analyze(NOTE)
        return (time.perf_counter() - started) * 1000

    with httpx.Client(timeout=120) as c:
        steps = {"direct": lambda: plain_once(c, direct), "gateway": lambda: plain_once(c, gw), "detection": detect}
        if novel is not None:  # the answer scan's worst case: a 2 KB answer that quotes nothing verbatim
            steps[novel.name] = lambda: plain_once(c, novel)
        plain = interleaved(steps, args.n, args.warmup)
        streams = interleaved({"direct": lambda: stream_once(c, direct), "gateway": lambda: stream_once(c, gw)},
                              args.n, args.warmup)
    res: dict = {"latency": {}, "ttft": {}, "stream_total": {}, "rps_plain": {}, "rps_stream": {},
                 "detection": summary(plain["detection"])}
    for t in (direct, gw):
        res["latency"][t.name] = summary([ms for ms, _ in plain[t.name]])
        res["ttft"][t.name] = summary([ttft for ttft, _ in streams[t.name]])
        res["stream_total"][t.name] = summary([total for _, total in streams[t.name]])
    if novel is not None:
        res["latency"][novel.name] = summary([ms for ms, _ in plain[novel.name]])
    res["audit"] = audit_breakdown(gateway, {rid for _, rid in plain[gw.name] if rid})
    for key, stream in (("rps_plain", False), ("rps_stream", True)):
        for t in (direct, gw):
            res[key][t.name] = asyncio.run(throughput(t, stream, args.clients, args.rps_requests,
                                                      args.rps_seconds, pid if t is gw else None))
    return res


def fmt(x) -> str:
    return "n/a" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.1f}" if x >= 10 else f"{x:.2f}"


def report(res: dict, det: dict, mem: dict, meta: dict) -> str:
    lines = [f"## phi-proxy gateway benchmark ({meta['when']})", "",
             f"{meta['cpus']} CPUs, load avg {meta['load_before']} -> {meta['load_after']}, Python {meta['python']}, "
             f"prompt {meta['prompt_bytes']} bytes, N={meta['n']} sequential (+{meta['warmup']} warm-up), "
             f"{meta['clients']} concurrent clients x up to {meta['rps_requests']} requests, db {meta['db']}", "",
             f"Detection alone (in-process `DetectionEngine().analyze`, {det['n']} runs, before the HTTP phases): p50 {fmt(det['p50'])} ms, "
             f"p99 {fmt(det['p99'])} ms; {det['findings']} findings: {', '.join(det['entity_types'])}", ""]
    for label, r in res.items():
        d, g = "direct", "gateway"
        lines += [f"### Upstream: {label}", "", "| metric | direct | gateway | added | gateway / direct |",
                  "|---|---:|---:|---:|---:|"]
        for key, name in (("latency", "latency, plain"), ("ttft", "time to first token, stream"),
                          ("stream_total", "full stream")):
            for q in ("p50", "p99"):
                a, b = r[key][d][q], r[key][g][q]
                lines.append(f"| {name} {q} (ms) | {fmt(a)} | {fmt(b)} | {fmt(b - a)} | {b / a:.2f}x |")
        for key, name in (("rps_plain", "plain"), ("rps_stream", "stream")):
            a, b = r[key][d], r[key][g]
            errs = "".join(f" ({k} failed: {e})" for k, e in (("direct", a["errors"]), ("gateway", b["errors"])) if e)
            lines.append(f"| req/s, {meta['clients']} clients, {name}{errs} | {fmt(a['rps'])} | {fmt(b['rps'])} | "
                         f"| {b['rps'] / a['rps']:.2f}x |")
        added, dr, au = r["latency"][g]["p50"] - r["latency"][d]["p50"], r["detection"], r["audit"]
        lines += ["", f"- detection alone, timed in the same rounds as the requests above: p50 {fmt(dr['p50'])} ms, "
                  f"p99 {fmt(dr['p99'])} ms",
                  f"- added p50 / detection-alone p50 = {fmt(added)} / {fmt(dr['p50'])} = "
                  f"**{added / dr['p50']:.2f}x** (target <= 1.5x)",
                  *([f"- the same with an answer of new text (each echoed line quoted, so the whole 2 KB answer is "
                     f"scanned): gateway p50 {fmt(r['latency']['gateway-novel']['p50'])} ms, added / detection = "
                     f"{(r['latency']['gateway-novel']['p50'] - r['latency'][d]['p50']) / dr['p50']:.2f}x"]
                    if "gateway-novel" in r["latency"] else []),
                  f"- gateway CPU per request at {meta['clients']} clients: plain {fmt(r['rps_plain'][g]['gateway_cpu_ms_per_req'])} ms, "
                  f"stream {fmt(r['rps_stream'][g]['gateway_cpu_ms_per_req'])} ms",
                  f"- gateway's own audit timings, latency phase p50: total {fmt(au['latency_ms']['p50'])} ms, "
                  f"prompt detection {fmt(au['detection_ms']['p50'])} ms, upstream call {fmt(au['upstream_ms']['p50'])} ms", ""]
        if r["rps_plain"][g]["rps"] > 0.7 * r["rps_plain"][d]["rps"]:
            lines += [f"- note: gateway reached {r['rps_plain'][g]['rps'] / r['rps_plain'][d]['rps']:.0%} of the direct "
                      "rate; the direct baseline (stand-in or client) may be the limit here, not the gateway", ""]
    lines.append(f"Gateway memory after the run: VmRSS {fmt(mem['end'].get('VmRSS'))} MB (after warm-up "
                 f"{fmt(mem['start'].get('VmRSS'))} MB), peak VmHWM {fmt(mem['end'].get('VmHWM'))} MB")
    return "\n".join(lines)


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="~30 sequential requests and a short throughput phase")
    p.add_argument("-n", type=int, help="sequential requests per target after warm-up (default 200; quick 30)")
    p.add_argument("--clients", type=int, default=16)
    p.add_argument("--standin", choices=("threaded", "fast", "both"), default="both",
                   help="threaded: tests/support/upstream.py in-process; fast: uvicorn app in a subprocess")
    p.add_argument("--db", help="gateway database URL (default: SQLite in the temp dir)")
    p.add_argument("--egress-guard", action="store_true", help="start the gateway under the tests' egress hook")
    p.add_argument("--json", help="also write all results to this file")
    p.add_argument("--serve-standin", type=int, help=argparse.SUPPRESS)  # internal: the fast stand-in process
    args = p.parse_args(argv)
    args.n = args.n or (30 if args.quick else 200)
    args.warmup = 5 if args.quick else 20
    args.rps_requests, args.rps_seconds = (96, 20.0) if args.quick else (400, 60.0)
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.serve_standin:
        serve_fast_standin(args.serve_standin)
        return 0
    meta = {"when": time.strftime("%Y-%m-%d %H:%M"), "cpus": os.cpu_count(), "python": platform.python_version(),
            "prompt_bytes": len(NOTE.encode()), "n": args.n, "warmup": args.warmup, "clients": args.clients,
            "rps_requests": args.rps_requests, "db": "postgresql" if args.db else "sqlite",
            "load_before": " ".join(f"{x:.1f}" for x in os.getloadavg())}
    fast_port = free_port()
    fast = subprocess.Popen([sys.executable, __file__, "--serve-standin", str(fast_port)])
    fast_url = f"http://127.0.0.1:{fast_port}/v1"
    try:
        with tempfile.TemporaryDirectory(prefix="phi-bench-") as tmp, UpstreamStandIn(chunk_chars=CHUNK_CHARS) as threaded:
            wait_ready(f"http://127.0.0.1:{fast_port}/health", fast, "fast stand-in")
            allowlist = standin_allowlist(threaded.base_url) + (
                f"  - name: echo-fast\n    model: openai/echo\n    api_base: {fast_url}\n    api_key_env: UPSTREAM_KEY\n"
                "    policy: deidentify\n    baa: {vendor: Stand-in Inc, reference: BAA-TEST-1, signed: 2026-01-01, "
                "expires: 2099-12-31}\n"
                f"  - name: novel-fast\n    model: openai/novel\n    api_base: {fast_url}\n    api_key_env: UPSTREAM_KEY\n"
                "    policy: deidentify\n    baa: {vendor: Stand-in Inc, reference: BAA-TEST-1, signed: 2026-01-01, "
                "expires: 2099-12-31}\n")
            gateway = BenchGateway(Path(tmp), allowlist, db_url=args.db, guard=args.egress_guard)
            key = gateway.key("bench")
            gateway.start()
            try:
                from proxy.detection.engine import DetectionEngine

                engine = DetectionEngine()
                det = detection_alone(engine, args.n, args.warmup)
                pairs = {"threaded": (Target("direct", threaded.base_url, UPSTREAM_KEY, "echo"),
                                      Target("gateway", gateway.base_url, key, "echo")),
                         "fast": (Target("direct", fast_url, UPSTREAM_KEY, "echo"),
                                  Target("gateway", gateway.base_url, key, "echo-fast"))}
                with httpx.Client(timeout=120) as client:
                    meta["sanity"] = sanity(client, pairs["threaded"][1], threaded)
                mem = {"start": memory_mb(gateway.proc.pid)}
                labels = {"threaded": "tests/support/upstream.py (ThreadingHTTPServer, in-process)",
                          "fast": "uvicorn/starlette echo (subprocess)"}
                res = {}
                for kind in (("threaded", "fast") if args.standin == "both" else (args.standin,)):
                    novel = Target("gateway-novel", gateway.base_url, key, "novel-fast") if kind == "fast" else None
                    res[labels[kind]] = bench_standin(*pairs[kind], gateway, engine, args, novel)
                    threaded.requests.clear()
                mem["end"] = memory_mb(gateway.proc.pid)
            except BaseException:
                print(f"gateway log tail:\n{gateway.log_text()[-3000:]}", file=sys.stderr)
                raise
            finally:
                gateway.stop()
    finally:
        fast.terminate()
        fast.wait(timeout=15)
    meta["load_after"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(report(res, det, mem, meta))
    s = meta["sanity"]
    print(f"\nSanity (one gateway call): HTTP {s['status']}; left the gateway unmasked: "
          f"{', '.join(s['left_unmasked']) or 'none'}; restored in the answer: {', '.join(s['restored_in_answer']) or 'none'}")
    if args.json:
        Path(args.json).write_text(json.dumps({"meta": meta, "detection": det, "memory_mb": mem, "results": res}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
