"""Identifier generators produce well-formed values (check digits included)."""

import random
import re

from eval.sources import identifiers
from eval.sources.people import Person, render


def test_vin_check_digit_is_valid():
    values = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
              **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    rng = random.Random(1)
    for _ in range(50):
        v = identifiers.vin(rng)
        assert len(v) == 17 and not set(v) & set("IOQ")
        check = sum(values[c] * w for c, w in zip(v, weights)) % 11
        assert v[8] == ("X" if check == 10 else str(check))


def test_dea_checksum_and_mbi_shape():
    rng = random.Random(2)
    for _ in range(50):
        d = identifiers.dea(rng)
        n = [int(c) for c in d[2:]]
        assert (n[0] + n[2] + n[4] + 2 * (n[1] + n[3] + n[5])) % 10 == n[6]
        m = identifiers.mbi(rng).replace("-", "")
        assert re.fullmatch(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d"
                            r"[AC-HJKMNP-RT-Y]{2}\d\d", m), m


def test_ssn_never_uses_invalid_areas():
    rng = random.Random(3)
    for _ in range(200):
        area = re.sub(r"\D", "", identifiers.ssn(rng))[:3]
        assert area not in ("000", "666") and not area.startswith("9")


def test_labels_stay_outside_the_span():
    segs = identifiers.render("mrn", random.Random(4), labelled=True)
    assert segs[0].kind == "text" and segs[1].kind == "phi" and segs[1].label == "MRN"


def test_titles_credentials_and_possessives_stay_outside_name_spans():
    p = Person("Maria", "A", "O'Neill", True, "test")
    rng = random.Random(5)
    assert [s.text for s in render(p, "poss_title_last", "PERSON", rng) if s.kind == "phi"] == ["O'Neill"]
    assert [s.text for s in render(p, "full_cred", "PROVIDER", rng) if s.kind == "phi"] == ["Maria O'Neill"]
    assert [s.text for s in render(p, "last_first_mi", "PERSON", rng) if s.kind == "phi"] == ["O'Neill, Maria A"]
