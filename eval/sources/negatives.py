"""Renders hard negatives (annotated in "codes", never PHI): medical codes and clinical language."""

from __future__ import annotations

import random

from eval.builder import Seg, code, txt
from eval.sources import hand_codes as hc


def npi(rng: random.Random) -> str:
    body = str(rng.choice((1, 2))) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    digits = [int(c) for c in "80840" + body]
    total = 0
    for i, d in enumerate(reversed(digits)):  # Luhn over the prefixed number, check digit appended
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return body + str((10 - total % 10) % 10)


def ndc(rng: random.Random) -> str:
    r = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    return rng.choice((f"{r(4)}-{r(4)}-{r(2)}", f"{r(5)}-{r(3)}-{r(2)}", f"{r(5)}-{r(4)}-{r(1)}", r(11)))


def icd(rng: random.Random, dotted: bool = True) -> str:
    c = rng.choice(hc.icd10cm_codes())
    return c if dotted else c.replace(".", "")


def _vital(rng: random.Random) -> str:
    return rng.choice((f"BP {rng.randint(88, 198)}/{rng.randint(48, 112)}", f"HR {rng.randint(48, 140)}",
                       f"T {rng.choice((36.4, 37.1, 38.2, 38.9, 99.1, 101.3))}", f"SpO2 {rng.randint(84, 100)}%",
                       f"RR {rng.randint(12, 32)}", f"Wt {rng.randint(45, 140)}.{rng.randint(0, 9)} kg",
                       f"BMI {rng.randint(17, 48)}.{rng.randint(0, 9)}", f"{rng.randint(90, 180)}/{rng.randint(50, 100)}"))


def _dose(rng: random.Random) -> str:
    return rng.choice((f"{rng.choice((5, 10, 20, 25, 40, 80, 500))} mg", "0.5 mg/kg", "1 g IV q8h",
                       f"{rng.randint(2, 40)} units", f"{rng.choice((250, 500, 1000))} mL", "2.5 mg BID",
                       "325 mg daily", "4 mg IV push", "1 tab PO q6h PRN", "100 mcg"))


def _lab(rng: random.Random) -> str:
    return rng.choice((f"Na {rng.randint(124, 148)}", f"K {rng.randint(28, 62) / 10}", f"Cr {rng.randint(6, 48) / 10}",
                       f"WBC {rng.randint(20, 260) / 10}", f"Hgb {rng.randint(60, 170) / 10}",
                       f"A1c {rng.randint(52, 130) / 10}%", f"INR {rng.randint(9, 45) / 10}",
                       f"troponin {rng.randint(1, 90) / 100}", f"lactate {rng.randint(8, 60) / 10}",
                       f"BNP {rng.randint(40, 3200)}", f"plt {rng.randint(30, 450)}", f"glucose {rng.randint(60, 480)}"))


def _dur(rng: random.Random) -> str:
    return rng.choice((f"x{rng.randint(2, 10)} days", f"for {rng.randint(2, 6)} weeks", f"POD #{rng.randint(1, 9)}",
                       f"{rng.randint(2, 11)} months", f"{rng.randint(2, 48)} hours", "x 3 days",
                       f"{rng.randint(2, 30)}-year history", "q4h"))


SIMPLE = {
    "pcs": ("ICD10PCS", lambda r: r.choice(hc.ICD10PCS)), "cpt": ("CPT", lambda r: r.choice(hc.CPT)),
    "cpt2": ("CPT_II", lambda r: r.choice(hc.CPT2)), "cpt3": ("CPT_III", lambda r: r.choice(hc.CPT3)),
    "pla": ("CPT_PLA", lambda r: r.choice(hc.PLA)), "hcpcs": ("HCPCS", lambda r: r.choice(hc.HCPCS)),
    "mod": ("MODIFIER", lambda r: r.choice(hc.MODIFIERS)), "loinc": ("LOINC", lambda r: r.choice(hc.LOINC)),
    "drg": ("DRG", lambda r: r.choice(hc.DRG)), "rev": ("REVENUE_CODE", lambda r: r.choice(hc.REVENUE)),
    "pos": ("POS", lambda r: r.choice(hc.POS)), "npi": ("NPI", npi), "ndc": ("NDC", ndc),
    "icd": ("ICD10CM", icd), "icdnd": ("ICD10CM", lambda r: icd(r, dotted=False)),
    "eponym": ("EPONYM", lambda r: r.choice(hc.EPONYMS)), "drug": ("DRUG", lambda r: r.choice(hc.DRUGS)),
    "device": ("DEVICE", lambda r: r.choice(hc.DEVICES)), "state": ("STATE", lambda r: r.choice(hc.STATES)),
    "vital": ("VITAL", _vital), "dose": ("DOSE", _dose), "lab": ("LAB_VALUE", _lab), "dur": ("DURATION", _dur),
    "year": ("YEAR", lambda r: str(r.randint(1975, 2025))), "word": ("WORD", lambda r: r.choice(hc.WORD_USES)),
    "money": ("AMOUNT", lambda r: f"${r.randint(20, 48000):,}.{r.randint(0, 99):02d}"),
    "age": ("AGE_UNDER_90", lambda r: f"{r.randint(1, 89)}"),
    "word4": ("WORD", lambda r: r.choice(hc.WORD_USES4)),  # probe_names4 only
}


def render(kind: str, rng: random.Random) -> list[Seg]:
    system, make = SIMPLE[kind]
    return [code(make(rng), system)]


def vitals_line(rng: random.Random) -> list[Seg]:
    segs: list[Seg] = []
    for i, kind in enumerate(rng.sample(["BP", "HR", "T", "SpO2", "RR"], k=rng.randint(3, 5))):
        v = {"BP": f"BP {rng.randint(88, 198)}/{rng.randint(48, 112)}", "HR": f"HR {rng.randint(48, 140)}",
             "T": f"T {rng.choice((36.6, 37.8, 38.4, 98.6, 100.9))}", "SpO2": f"SpO2 {rng.randint(84, 100)}%",
             "RR": f"RR {rng.randint(12, 30)}"}[kind]
        if i:
            segs.append(txt(rng.choice((", ", "  ", " | "))))
        segs.append(code(v, "VITAL"))
    return segs


# probe_mixed5 only: ward furniture and rota times, which look like identifiers and dates but name no one.
def _room(rng: random.Random) -> str:
    return rng.choice((f"Rm {rng.randint(101, 989)}", f"room {rng.randint(2, 9)}{rng.randint(10, 40)}",
                       f"bed {rng.randint(1, 36)}{rng.choice('AB')}", f"{rng.randint(2, 9)}W-{rng.randint(1, 40):02d}",
                       f"Bay {rng.randint(1, 12)}", f"rm {rng.randint(300, 780)}-{rng.choice('AB')}",
                       f"Pod {rng.choice('ABCD')}{rng.randint(1, 9)}"))


def _shift(rng: random.Random) -> str:
    return rng.choice(("0700-1900", "1900-0700", "0700–1530", "1500-2330", "2300-0730", "7a-7p", "7p-7a",
                       "07:00-19:30", "11p-7a", "0645-1915"))


SIMPLE.update({"room": ("ROOM", _room), "shift": ("SHIFT_TIME", _shift)})
