"""Prometheus metrics in a registry owned by the app (no process-global state). Labels carry no PHI."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest

_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("phi_proxy_requests", "Calls by route, endpoint and decision",
                                ["route", "endpoint", "decision", "code"], registry=self.registry)
        self.latency = Histogram("phi_proxy_request_seconds", "Time to answer (request side)",
                                 ["route"], buckets=_BUCKETS, registry=self.registry)
        self.detection = Histogram("phi_proxy_detection_seconds", "PHI detection time per request",
                                   buckets=_BUCKETS, registry=self.registry)
        self.entities = Counter("phi_proxy_entities", "PHI entities found, by type", ["entity_type"],
                                registry=self.registry)
        self.audit_failures = Counter("phi_proxy_audit_write_failures", "Audit records that failed to write",
                                      registry=self.registry)
        self.allowlist_reload_failures = Counter("phi_proxy_allowlist_reload_failures",
                                                 "Rejected allowlist edits", registry=self.registry)

    def observe(self, ctx) -> None:
        endpoint = ctx.endpoint.name if ctx.endpoint else ""
        code = ctx.error.code if ctx.error else ""
        self.requests.labels(ctx.route, endpoint, ctx.decision, code).inc()
        self.latency.labels(ctx.route).observe(ctx.elapsed_ms() / 1000.0)
        if ctx.detection_ms is not None:
            self.detection.observe(ctx.detection_ms / 1000.0)
        for entity_type, count in ctx.entity_counts.items():
            self.entities.labels(entity_type).inc(count)

    def render(self) -> bytes:
        return generate_latest(self.registry)
