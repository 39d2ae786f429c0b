"""Scores a detector's findings against the annotated corpus. Pure Python, no detector imports.

Definitions (issue 3):
- PHI token: a run of letters/digits (text split on whitespace and punctuation) intersected with a gold
  PHI span. It is covered when every character of that piece lies inside some finding (any type).
- Instance: a gold span. Found (type-blind) when all its tokens are covered; found typed when all its
  tokens are covered by findings whose type maps to the gold type.
- Precision: findings overlapping at least one gold PHI span / all findings.
- Code touched: a hard-negative span (medical code, drug, vital...) overlapped by any finding.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable

TOKEN = re.compile(r"[^\W_]+")
# Systems that are medical codes proper; the rest of "codes" is clinical language and billing context.
CODE_SYSTEMS = frozenset({"ICD10CM", "ICD10PCS", "CPT", "CPT_II", "CPT_III", "CPT_PLA", "HCPCS", "MODIFIER",
                          "NDC", "LOINC", "DRG", "NPI", "REVENUE_CODE", "POS"})


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str  # entity type (or the detector's own label, mapped by type_map)


def _covered(intervals: list[tuple[int, int]], start: int, end: int) -> bool:
    """True if [start, end) lies inside the union of intervals (sorted by start)."""
    pos = start
    for s, e in intervals:
        if s > pos:
            break
        if e > pos:
            pos = e
        if pos >= end:
            return True
    return pos >= end


def _merge(spans: Iterable[Span]) -> list[tuple[int, int]]:
    return sorted((s.start, s.end) for s in spans)


def token_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The PHI tokens of one gold span: alphanumeric runs clipped to the span."""
    pieces = [m.span() for m in TOKEN.finditer(text, start, end)]  # pos/endpos clip tokens to the span
    return pieces or [(start, end)]


@dataclass
class Tally:
    phi_tokens: int = 0
    phi_tokens_covered: int = 0
    instances: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    found_typed: Counter = field(default_factory=Counter)
    findings: int = 0
    findings_on_phi: int = 0
    fp_by_label: Counter = field(default_factory=Counter)
    codes: Counter = field(default_factory=Counter)
    codes_touched: Counter = field(default_factory=Counter)
    missed: list = field(default_factory=list)  # (doc id, type, start, end) for error analysis
    false_positives: list = field(default_factory=list)  # (doc id, label, start, end)

    def add(self, doc: dict, findings: list[Span], type_map: Callable[[str], frozenset]) -> None:
        text = doc["text"]
        gold = [Span(s["start"], s["end"], s["type"]) for s in doc["spans"]]
        union = _merge(findings)
        for g in gold:
            pieces = token_pieces(text, g.start, g.end)
            hits = [_covered(union, s, e) for s, e in pieces]
            self.phi_tokens += len(pieces)
            self.phi_tokens_covered += sum(hits)
            self.instances[g.label] += 1
            if all(hits):
                self.found[g.label] += 1
            else:
                self.missed.append((doc["id"], g.label, g.start, g.end))
            typed = _merge(f for f in findings if g.label in type_map(f.label))
            if all(_covered(typed, s, e) for s, e in pieces):
                self.found_typed[g.label] += 1
        for f in findings:
            self.findings += 1
            if any(f.start < g.end and g.start < f.end for g in gold):
                self.findings_on_phi += 1
            else:
                self.fp_by_label[f.label] += 1
                self.false_positives.append((doc["id"], f.label, f.start, f.end))
        for c in doc["codes"]:
            self.codes[c["system"]] += 1
            if any(f.start < c["end"] and c["start"] < f.end for f in findings):
                self.codes_touched[c["system"]] += 1


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def summarise(t: Tally) -> dict:
    n_inst = sum(t.instances.values())
    med = sum(n for s, n in t.codes.items() if s in CODE_SYSTEMS)
    med_touched = sum(n for s, n in t.codes_touched.items() if s in CODE_SYSTEMS)
    return {
        "token_recall": ratio(t.phi_tokens_covered, t.phi_tokens),
        "phi_tokens": t.phi_tokens,
        "instance_recall": ratio(sum(t.found.values()), n_inst),
        "instances": n_inst,
        "precision": ratio(t.findings_on_phi, t.findings),
        "findings": t.findings,
        "false_positives": t.findings - t.findings_on_phi,
        "per_type": {k: {"n": n, "recall": ratio(t.found[k], n), "typed_recall": ratio(t.found_typed[k], n)}
                     for k, n in sorted(t.instances.items())},
        "medical_codes": med,
        "medical_codes_touched": med_touched,
        "medical_codes_touched_pct": 100 * (ratio(med_touched, med) or 0.0),
        "negatives_touched": {k: {"n": n, "touched": t.codes_touched[k]} for k, n in sorted(t.codes.items())},
        "fp_by_label": dict(t.fp_by_label.most_common()),
    }


def identity_types(label: str) -> frozenset:
    return frozenset((label,))


def score(docs: list[dict], findings: list[list[Span]], type_map=identity_types) -> tuple[dict, Tally]:
    t = Tally()
    for doc, fs in zip(docs, findings, strict=True):
        t.add(doc, fs, type_map)
    return summarise(t), t


def by_kind(docs: list[dict], findings: list[list[Span]], type_map=identity_types) -> dict:
    """Type-blind instance recall and precision per document kind."""
    groups: dict[str, Tally] = defaultdict(Tally)
    for doc, fs in zip(docs, findings, strict=True):
        groups[doc["kind"]].add(doc, fs, type_map)
    return {k: {"instance_recall": ratio(sum(t.found.values()), sum(t.instances.values())),
                "precision": ratio(t.findings_on_phi, t.findings)} for k, t in sorted(groups.items())}
