"""Builds the long-lived Services from Settings: secret, store, policies, allowlist, engine, metrics."""

from __future__ import annotations

import datetime as dt
import logging

from proxy.allowlist import Allowlist, AllowlistError
from proxy.allowlist_source import AllowlistSource
from proxy.pipeline.services import Services
from proxy.server.metrics import Metrics
from proxy.settings import Settings

log = logging.getLogger("phi_proxy.server")


def check_policies(allowlist: Allowlist, policies) -> None:
    for endpoint in allowlist.endpoints.values():
        try:
            policy = policies.get(endpoint.policy)
        except KeyError:
            policy = None
        if policy is None:
            raise AllowlistError(allowlist.source, endpoint.line,
                                 f"endpoint '{endpoint.name}' names policy '{endpoint.policy}', "
                                 "which is not in the policies directory")


def lowest_threshold(policies, default: float = 0.5) -> float:
    values = [default]
    for name in policies.names():
        policy = policies.get(name)
        values.append(policy.default_threshold)
        values.extend(policy.thresholds.values())
    return min(values)


def build_engine(settings: Settings, threshold: float = 0.5):
    from proxy.detection.engine import DetectionEngine
    from proxy.detection.registry import default_recognizers

    recognizers = default_recognizers()
    if settings.ner_model:
        from proxy.detection.recognizers.spacy_ner_recognizer import SpacyNerRecognizer

        recognizers.append(SpacyNerRecognizer(settings.ner_model))
        log.info("statistical NER model enabled: %s", settings.ner_model)
    return DetectionEngine(recognizers, threshold=threshold)


def build_services(settings: Settings, engine=None) -> Services:
    from proxy.policy import load_policies
    from proxy.secret import load_secret
    from proxy.store import open_store

    secret = load_secret(settings)
    policies = load_policies(settings.policies_dir)
    store = open_store(settings.db_url, secret=secret)
    metrics = Metrics()

    def on_reload_error(error: AllowlistError) -> None:
        metrics.allowlist_reload_failures.inc()
        try:
            store.append_audit({"ts": dt.datetime.now(dt.timezone.utc).isoformat(),
                                "event": "allowlist_reload_failed", "decision": "rejected",
                                "detail": str(error)})
        except Exception as exc:  # noqa: BLE001
            log.error("could not audit the rejected allowlist edit: %s", type(exc).__name__)

    allowlist = AllowlistSource(settings.allowlist_path, settings.allowlist_check_interval_s,
                                validate=lambda a: check_policies(a, policies), on_reload_error=on_reload_error)
    if engine is None:
        # The engine drops findings below its threshold before any policy sees them, so it must not
        # cut above the lowest threshold a policy asks for.
        engine = build_engine(settings, lowest_threshold(policies))
    return Services(settings=settings, store=store, engine=engine, allowlist=allowlist,
                    policies=policies, secret=secret, metrics=metrics)
