"""The long-lived parts a stage may use, built once at start and passed to each stage's constructor."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from proxy.settings import Settings
from proxy.store.base import Store


@dataclass
class Services:
    settings: Settings
    store: Store
    engine: Any  # proxy.detection.engine.DetectionEngine: .analyze(text) -> list[Finding]
    allowlist: Any  # proxy.allowlist.AllowlistSource: .current() -> Allowlist
    policies: Any  # proxy.policy: .get(name) -> Policy
    secret: bytes  # server secret: keyed prompt hash, audit chain, surrogate derivation
    metrics: Any = None  # proxy.server.metrics.Metrics
