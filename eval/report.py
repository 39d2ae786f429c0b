"""Formats the side-by-side evaluation results as a plain-text table."""

from __future__ import annotations


def _pct(v, digits: int = 1) -> str:
    return "-" if v is None else f"{100 * v:.{digits}f}%"


def _row(label: str, cells: list[str], width: int = 14) -> str:
    return f"{label:<30}" + "".join(f"{c:>{width}}" for c in cells)


def render(results: dict) -> str:
    names = list(results["systems"])
    sysres = [results["systems"][n] for n in names]
    out = [f"corpus {results['corpus']}: {results['documents']} documents, {results['characters']} characters, "
           f"{sysres[0]['scores']['instances']} PHI instances, {sysres[0]['scores']['phi_tokens']} PHI tokens", ""]
    out.append(_row("", names))
    rows = [
        ("token recall (type-blind)", lambda s: _pct(s["scores"]["token_recall"], 2)),
        ("instance recall (type-blind)", lambda s: _pct(s["scores"]["instance_recall"], 2)),
        ("precision", lambda s: _pct(s["scores"]["precision"], 2)),
        ("findings / false positives", lambda s: f"{s['scores']['findings']}/{s['scores']['false_positives']}"),
        ("medical codes touched", lambda s: f"{s['scores']['medical_codes_touched']}/{s['scores']['medical_codes']}"
                                            f" ({s['scores']['medical_codes_touched_pct']:.1f}%)"),
        ("chars/second (median)", lambda s: f"{s['speed']['chars_per_second']:,.0f}"),
        ("load time (s)", lambda s: f"{s['speed']['load_seconds']:.2f}"),
        ("RSS delta after load (MB)", lambda s: "-" if not s.get("memory") else f"{s['memory']['rss_delta'] / 2**20:.1f}"),
    ]
    for label, fn in rows:
        out.append(_row(label, [fn(s) for s in sysres], width=20))
    if len(sysres) == 2:
        a, b = (s["speed"]["chars_per_second"] for s in sysres)
        out.append(f"throughput ratio {names[0]}/{names[1]}: {a / b:.1f}x")

    out += ["", "instance recall per entity type: type-blind (typed)", _row("type", ["n"] + names, width=18)]
    for etype, cell in sysres[0]["scores"]["per_type"].items():
        cells = [str(cell["n"])]
        for s in sysres:
            c = s["scores"]["per_type"][etype]
            cells.append(f"{_pct(c['recall'])} ({_pct(c['typed_recall'])})")
        out.append(_row(etype, cells, width=18))

    out += ["", "hard negatives touched (any finding overlapping)", _row("system", ["n"] + names, width=12)]
    for system, cell in sysres[0]["scores"]["negatives_touched"].items():
        out.append(_row(system, [str(cell["n"])] + [str(s["scores"]["negatives_touched"][system]["touched"])
                                                    for s in sysres], width=12))

    out += ["", "per document kind: instance recall / precision", _row("kind", names, width=18)]
    for kind in sysres[0]["by_kind"]:
        out.append(_row(kind, [f"{_pct(s['by_kind'][kind]['instance_recall'])} / "
                               f"{_pct(s['by_kind'][kind]['precision'])}" for s in sysres], width=18))
    for n, s in zip(names, sysres):
        fps = ", ".join(f"{k} {v}" for k, v in list(s["scores"]["fp_by_label"].items())[:8])
        out.append(f"{n} false positives by label: {fps or 'none'}")
    return "\n".join(out)
