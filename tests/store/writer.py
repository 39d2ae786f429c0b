"""Audit writers for the concurrency tests. Kept free of pytest so spawned processes start quickly."""

from proxy.store import open_store


def record(i: int, user: str = "coder.a", ts: str | None = None) -> dict:
    return {"ts": ts or f"2026-11-{(i % 28) + 1:02d}T10:00:00+00:00", "event": "call", "user": user,
            "role": "coder", "route": "chat.completions", "model": "echo", "decision": "deidentified",
            "entity_counts": {"PERSON": i, "DATE": 1}, "blocked_types": [], "stream": bool(i % 2),
            "latency_ms": 1.25 * i, "prompt_tokens": 10 + i}


def write(url: str, secret: bytes, n: int, name: str) -> None:
    store = open_store(url, secret=secret)
    for i in range(n):
        store.append_audit(record(i, name))
    store.close()
