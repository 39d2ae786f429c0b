"""Geography smaller than a state: streets, cities, counties, ZIPs, facilities. States are not PHI and
are annotated as hard negatives (system STATE)."""

from __future__ import annotations

import random

from faker import Faker

from eval.builder import Seg, code, phi, txt
from eval.sources import hand_places
from eval.sources.people import split_half


class PlaceSource:
    def __init__(self, rng: random.Random, split: str, seed: int) -> None:
        self.rng = rng
        self.cities = split_half(hand_places.CITIES, split)
        self.counties = split_half(hand_places.COUNTIES, split)
        self.streets = split_half(hand_places.STREET_NAMES, split)
        self.heads = split_half(hand_places.FACILITY_HEADS, split)
        self.faker = Faker("en_US")  # invented US city names ("Lake Jennifer") besides the real ones
        self.faker.seed_instance(seed * 7 + 3)
        self.split = split

    def city(self) -> tuple[str, str, str, str]:
        """(city, state, zip prefix, source)"""
        if self.rng.random() < 0.75:
            c, st, z = self.rng.choice(self.cities)
            return c, st, z, "hand:us_cities"
        return self.faker.city(), self.faker.state_abbr(include_territories=False), \
            f"{self.rng.randint(10, 99)}{self.rng.randint(0, 9)}", "faker:en_US"

    def zip_code(self, prefix: str) -> str:
        z = prefix + f"{self.rng.randint(1, 99):02d}"
        return z + f"-{self.rng.randint(1, 9999):04d}" if self.rng.random() < 0.25 else z

    def street(self) -> str:
        r = self.rng.random()
        if r < 0.1:
            return f"PO Box {self.rng.randint(10, 9999)}"
        num = str(self.rng.randint(1, 29999))
        pre = self.rng.choice(("", "", "", "N ", "S. ", "East ", "W "))
        s = f"{num} {pre}{self.rng.choice(self.streets)} {self.rng.choice(hand_places.STREET_TYPES)}"
        if r < 0.35:
            s += " " + self.rng.choice(hand_places.UNIT_FORMS).format(n=self.rng.choice(
                (str(self.rng.randint(1, 40)), f"{self.rng.randint(1, 9)}{self.rng.choice('ABCD')}")))
        return s

    def facility(self) -> list[Seg]:
        head = self.rng.choice(self.heads)
        if self.rng.random() < 0.3:
            head = self.rng.choice(self.cities)[0] + " " + self.rng.choice(("", "General ", "Regional "))
            head = head.strip()
        name = f"{head} {self.rng.choice(hand_places.FACILITY_TAILS)}"
        if self.rng.random() < 0.15:
            name = name.upper()
        return [phi(name, "FACILITY", "hand:facilities")]

    def county(self) -> list[Seg]:
        return [phi(self.rng.choice(self.counties), "LOCATION", "hand:us_counties")]

    def city_segs(self) -> list[Seg]:
        c, _, _, src = self.city()
        return [phi(c, "LOCATION", src)]

    def city_state(self) -> list[Seg]:
        c, st, _, src = self.city()
        return [phi(c, "LOCATION", src), txt(", "), code(st, "STATE")]

    def address(self, one_line: bool) -> list[Seg]:
        c, st, z, src = self.city()
        sep = ", " if one_line else "\n"
        segs = [phi(self.street(), "STREET_ADDRESS", "gen"), txt(sep), phi(c, "LOCATION", src), txt(", "),
                code(st, "STATE"), txt(" " if self.rng.random() < 0.8 else "  "), phi(self.zip_code(z), "ZIP_CODE")]
        return segs

    # Probe-only geography (no dev/held-out template uses these, so those corpora are unchanged).
    WORLD_LOCALES = (("de_DE", "Germany"), ("es_ES", "Spain"), ("en_IN", "India"), ("pl_PL", "Poland"),
                     ("nl_NL", "the Netherlands"), ("pt_PT", "Portugal"))  # it_IT city() is not seed-stable

    def town(self) -> list[Seg]:
        """An invented small US town ("Port Janetchester", "Adamsbury"): in no gazetteer."""
        return [phi(self._probe_faker("en_US").city(), "LOCATION", "faker:en_US")]

    def made_county(self) -> list[Seg]:
        """A county named after a Faker surname ("Pearson County"), most of them invented."""
        name = self._probe_faker("en_US").last_name() + self.rng.choice((" County", " County", " Parish"))
        return [phi(name, "LOCATION", "faker:en_US")]

    def world_city(self) -> list[Seg]:
        """A real city abroad from a Faker locale, followed by its country (countries are not PHI)."""
        loc, country = self.rng.choice(self.WORLD_LOCALES)
        return [phi(self._probe_faker(loc).city(), "LOCATION", f"faker:{loc}"), txt(", " + country)]

    def place(self) -> list[Seg]:
        return self.city_segs() if self.rng.random() < 0.5 else self.town()

    def _probe_faker(self, loc: str) -> Faker:
        fakers = self.__dict__.setdefault("_probe_fakers", {})
        if loc not in fakers:
            fakers[loc] = Faker(loc)
            fakers[loc].seed_instance(self.rng.randint(0, 10**9))
        return fakers[loc]

    # probe_places2 only: towns that are also surnames or words, parish/borough units, hand towns abroad.
    def word_town(self) -> list[Seg]:
        town, st = self.rng.choice(split_half(hand_places.WORD_TOWNS, self.split))
        return [phi(town, "LOCATION", "hand:word_towns"), txt(", "), code(st, "STATE")]

    def area_unit(self) -> list[Seg]:
        return [phi(self.rng.choice(split_half(hand_places.AREA_UNITS, self.split)), "LOCATION", "hand:area_units")]

    def far_town(self) -> list[Seg]:
        town, country = self.rng.choice(split_half(hand_places.WORLD_TOWNS, self.split))
        return [phi(town, "LOCATION", "hand:world_towns"), txt(", " + country)]

    # probe_places3 only: towns before a credential-like state code; townships and county-level units.
    def cred_town(self) -> list[Seg]:
        town, st = self.rng.choice(split_half(hand_places.CRED_TOWNS, self.split))
        return [phi(town, "LOCATION", "hand:cred_towns"), txt(", "), code(st, "STATE")]

    def township(self) -> list[Seg]:
        return [phi(self.rng.choice(split_half(hand_places.TOWNSHIPS, self.split)), "LOCATION", "hand:townships")]
