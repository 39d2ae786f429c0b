"""Expands template placeholders into annotated segments; one Expander per corpus split.

Placeholders: people by role ({pt}, {pt:last_first}, {dr:dr_last}, {rel}, {rn}...), {date[:style]},
{dob[:style]}, {age90}, identifiers ({mrn} bare or {mrn:l} labelled, see sources.identifiers.KINDS),
{email}, {url}, geography ({street} {city} {citystate} {county} {zip} {facility} {addr} {addr:ml}),
hard negatives (see sources.negatives.SIMPLE, plus {vitals}). A role keeps the same person for the whole
document, so "Mrs. Lopez" and "LOPEZ, MARIA" refer to one invented patient.
"""

from __future__ import annotations

import random
import re

from eval.builder import Seg, phi, txt
from eval.sources import dates, identifiers, negatives, people, places4
from eval.sources.people import Person, PersonSource, _fold
from eval.sources.places import PlaceSource

PATIENT_ROLES = ("pt", "pt2", "rel", "rel2", "staff", "staff2")  # staff: coders, clerks (not clinicians)
PROVIDER_ROLES = {"dr": people.PROVIDER_STYLES, "dr2": people.PROVIDER_STYLES, "dr3": people.PROVIDER_STYLES,
                  "rn": people.NURSE_STYLES, "rn2": people.NURSE_STYLES, "pa": people.PROVIDER_STYLES}
MAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com", "hotmail.com",
                "protonmail.com", "att.net")


class Expander:
    def __init__(self, split: str, seed: int) -> None:
        self.split = split
        self.rng = random.Random(seed)
        self.persons = PersonSource(self.rng, split, seed)
        self.places = PlaceSource(self.rng, split, seed)
        self.date_styles = dates.styles(split)
        self.dob_styles = dates.styles(split, need_year=True)
        self.chat = False
        self.cast: dict[str, Person] = {}
        self.last_ids: dict[str, str] = {}

    def new_doc(self, chat: bool = False) -> None:
        self.cast = {}
        self.chat = chat
        self.last_ids = {}

    def pick(self, options):
        return self.rng.choice(options)

    def person(self, role: str) -> Person:
        if role not in self.cast:
            self.cast[role] = self.persons.person()
        return self.cast[role]

    def _email(self, p: Person) -> str:
        first, last = (re.sub(r"[^a-z]", "", _fold(x).lower()) for x in (p.first, p.last))
        local = self.rng.choice((f"{first}.{last}", f"{first[0]}{last}{self.rng.randint(1, 99)}",
                                 f"{last}{first[0]}", f"{first}_{last}{self.rng.randint(50, 2005)}"))
        return f"{local}@{self.rng.choice(MAIL_DOMAINS)}"

    def _url(self, p: Person) -> str:
        first, last = (re.sub(r"[^a-z]", "", _fold(x).lower()) for x in (p.first, p.last))
        n = self.rng.randint(10000, 99999999)
        return self.rng.choice((f"https://www.facebook.com/{first}.{last}.{n % 1000}",
                                f"https://portal.stbrigidhealth.org/patient/{n}",
                                f"www.caringbridge.org/visit/{first}{last}",
                                f"http://{last}family.net/photos",
                                f"https://www.gofundme.com/f/help-{first}-{last}",
                                f"https://mychart.valleymed.org/MyChart/Billing?acct={n}",
                                f"instagram.com/{first}_{last}{n % 100}"))

    def expand(self, name: str, arg: str | None) -> list[Seg]:
        rng = self.rng
        if name in PATIENT_ROLES or name in PROVIDER_ROLES:
            p = self.person(name)
            if arg == "email":
                return [phi(self._email(p), "EMAIL")]
            if arg == "url":
                return [phi(self._url(p), "URL")]
            if name in PROVIDER_ROLES:
                etype, styles = "PROVIDER", PROVIDER_ROLES[name]
            else:
                etype, styles = "PERSON", people.CHAT_STYLES if self.chat else people.PATIENT_STYLES
            return people.render(p, arg or rng.choice(styles), etype, rng)
        if name == "date":
            return dates.render(dates.random_date(rng, 2018, 2025), arg or rng.choice(self.date_styles))
        if name == "dob":
            return dates.render(dates.random_date(rng, 1921, 2008), arg or rng.choice(self.dob_styles))
        if name == "dday":  # a bare ordinal day, "on the 14th"
            return dates.render(dates.random_date(rng, 2018, 2025), "the_dth")
        if name == "age90":
            return dates.age_over_89(rng, self.split)
        if name == "ssn_last4":
            return [phi(f"{rng.randint(1, 9999):04d}", "SSN")]
        if name == "acct_last4":  # "account ending in 4821" (probe_places2)
            return [phi(f"{rng.randint(1, 9999):04d}", "ACCOUNT_ID")]
        if name in identifiers.KINDS:
            if arg == "same":  # the value last drawn for this kind, repeated later without its label
                return [phi(self.last_ids[name], identifiers.KINDS[name][0])]
            segs = identifiers.render(name, rng, labelled=arg == "l")
            self.last_ids[name] = segs[-1].text
            return segs
        if name == "email":
            return [phi(self._email(self.persons.person()), "EMAIL")]
        if name == "url":
            return [phi(self._url(self.persons.person()), "URL")]
        if name == "street":
            return [phi(self.places.street(), "STREET_ADDRESS")]
        if name == "city":
            return self.places.city_segs()
        if name == "citystate":
            return self.places.city_state()
        if name == "county":
            return self.places.county()
        if name in ("town", "made_county", "world_city", "place"):  # used by the probe splits only
            segs = getattr(self.places, name)()
            return [Seg(s.text.lower(), s.kind, s.label, s.source) for s in segs] if arg == "lower" else segs
        if name in ("word_town", "area_unit", "far_town", "cred_town", "township"):  # probe_places2/3 only
            segs = getattr(self.places, name)()
            return segs[:1] if arg == "bare" else segs
        if name in places4.PLACEHOLDERS:  # probe_places4 only
            return places4.render(self.places, name, arg)
        if name in ("pdate", "pdob"):  # probe_places2 only: its own date forms
            lo, hi = (2018, 2025) if name == "pdate" else (1921, 2008)
            return dates.render_probe(rng, dates.random_date(rng, lo, hi), arg, need_year=name == "pdob")
        if name == "zip":
            return [phi(self.places.zip_code(rng.choice(self.places.cities)[2]), "ZIP_CODE")]
        if name == "facility":
            return self.places.facility()
        if name == "addr":
            return self.places.address(one_line=arg != "ml")
        if name == "vitals":
            return negatives.vitals_line(rng)
        if name in negatives.SIMPLE:
            return negatives.render(name, rng)
        raise KeyError(f"unknown placeholder {name}")


def plain(text: str) -> list[Seg]:
    return [txt(text)]
