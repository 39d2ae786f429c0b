"""Loads the shipped lexicons once per process into frozensets (read-only, safe to share).

Keys are normalised by `fold()`: lower case, accents stripped, apostrophes removed
(O'Brien -> obrien, which is how the census lists spell it).
"""

from __future__ import annotations

import gzip
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent
_APOSTROPHES = str.maketrans("", "", "'’`")


def fold(word: str) -> str:
    word = word.lower().translate(_APOSTROPHES)
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return word


def _read(name: str) -> list[str]:
    path = HERE / name
    raw = gzip.decompress(path.read_bytes()).decode("utf-8") if name.endswith(".gz") else path.read_text("utf-8")
    out: list[str] = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def _words(name: str) -> frozenset[str]:
    return frozenset(fold(w) for line in _read(name) for w in line.split())


@dataclass(frozen=True)
class Lexicons:
    given: frozenset[str]  # given names (census 1990 + hand-compiled names of many origins)
    surnames: frozenset[str]
    english: frozenset[str]  # common dictionary words (lower-case SCOWL entries)
    hard_stop: frozenset[str]  # never a name: drugs, devices, abbreviations, headers, function words
    soft_stop: frozenset[str]  # eponyms, months, state words: a name only next to strong evidence
    name_dominant: frozenset[str]  # dictionary words that are still mainly names when capitalised
    us_places: dict  # folded place name -> population (US, GeoNames)
    us_counties: frozenset[str]  # folded county names without "County"
    world_cities: frozenset[str]
    states: dict  # folded state name -> postal code
    state_codes: frozenset[str]

    def is_name(self, key: str) -> bool:
        return key in self.given or key in self.surnames

    def is_strong_name(self, key: str) -> bool:
        """A name token that is evidence by itself: a listed name and nothing else."""
        if len(key) < 3 or key in self.hard_stop or key in self.soft_stop:
            return False
        if key not in self.given and key not in self.surnames:
            return False
        return key not in self.english or key in self.name_dominant


@cache
def load() -> Lexicons:
    given = _words("census_given_names.txt.gz") | _words("given_names_extra.txt")
    surnames = _words("census_surnames.txt.gz") | _words("surnames_extra.txt")
    names = given | surnames
    icd = _words("icd10cm_words.txt.gz")
    hard = _words("clinical_terms.txt") | (icd - names)
    states = {}
    for line in _read("us_states.txt"):
        state, code = line.split("\t")
        states[fold(state)] = code
    state_words = frozenset(w for s in states for w in s.split() if len(w) > 2) - {"new", "north", "south", "west"}
    soft = _words("eponyms.txt") | _words("soft_terms.txt") | state_words | (icd & names)
    places: dict[str, int] = {}
    for line in _read("us_places.tsv.gz"):
        place, pop = line.rsplit("\t", 1)
        key = fold(place)
        places[key] = max(places.get(key, 0), int(pop))
    return Lexicons(
        given=given,
        surnames=surnames,
        english=_words("english_words.txt.gz"),
        hard_stop=hard - _words("name_dominant.txt"),
        soft_stop=soft - hard,
        name_dominant=_words("name_dominant.txt"),
        us_places=places,
        us_counties=frozenset(fold(c) for c in _read("us_counties.txt.gz")),
        world_cities=frozenset(fold(c) for c in _read("world_cities.txt.gz")),
        states=states,
        state_codes=frozenset(states.values()),
    )
