"""Placeholders of the probe_places4 split: places with weak context, addresses typed in chat, ZIPs alone.

Kept apart from places.PlaceSource so the other splits' generators (and their bytes) stay untouched;
everything here draws on the tuning half of hand_places4 and hand_places, or on Faker.
"""

from __future__ import annotations

from eval.builder import Seg, code, phi
from eval.sources import hand_places, hand_places4 as H
from eval.sources.people import split_half
from eval.sources.places import PlaceSource

PLACEHOLDERS = frozenset(("btown", "wtown", "hood", "fac4", "store", "chat_addr", "zip4", "abroad",
                          "peponym", "pscore", "pword"))
_DIRS = ("", "", "", "w ", "n ", "e ", "s ", "W ", "N. ", "S ")
_SUFFIXES = ("", "", "", " st", " ave", " rd", " dr", " ln", " St", " Ave", " ct", " blvd")
_UNITS = ("", "", " apt {n}", " apt. {n}", " #{n}", " unit {n}", " lot {n}", " Apt {n}", " trlr {n}", " bldg {n}")


def render(places: PlaceSource, name: str, arg: str | None) -> list[Seg]:
    rng, split = places.rng, places.split
    pick = lambda items: rng.choice(split_half(items, split))  # noqa: E731
    if name == "btown":  # a real town or, one time in four, an invented one
        segs = [phi(pick(H.BARE_TOWNS), "LOCATION", "hand:bare_towns")] if rng.random() < 0.75 else places.town()
    elif name == "wtown":
        segs = [phi(pick(H.WORD_TOWNS), "LOCATION", "hand:word_towns4")]
    elif name == "hood":
        segs = [phi(pick(H.NEIGHBORHOODS), "LOCATION", "hand:neighborhoods")]
    elif name == "abroad":
        segs = [phi(pick(H.ABROAD), "LOCATION", "hand:abroad")]
    elif name == "fac4":
        segs = [phi(f"{pick(H.FACILITY_NAMES)} {rng.choice(H.FACILITY_KINDS)}", "FACILITY", "hand:facilities4")]
    elif name == "store":  # "Walgreens on Main": the chain alone is no place, the street makes it one
        segs = [phi(f"{rng.choice(H.CHAINS)} on {rng.choice(H.STORE_STREETS)}", "FACILITY", "hand:stores")]
    elif name == "chat_addr":
        segs = [phi(_chat_street(places), "STREET_ADDRESS")]
    elif name == "zip4":
        z = f"{rng.randint(100, 999):03d}{rng.randint(1, 99):02d}"
        segs = [phi(z + (f"-{rng.randint(1, 9999):04d}" if rng.random() < 0.4 else ""), "ZIP_CODE")]
    elif name == "peponym":
        segs = [code(rng.choice(H.PLACE_DISEASES), "EPONYM")]
    elif name == "pscore":
        segs = [code(rng.choice(H.PLACE_SCORES), "EPONYM")]
    elif name == "pword":
        segs = [code(rng.choice(H.PLACE_WORDS), "WORD")]
    else:
        raise KeyError(name)
    return [Seg(s.text.lower(), s.kind, s.label, s.source) for s in segs] if arg == "lower" else segs


def _chat_street(places: PlaceSource) -> str:
    """A street as typed in a chat or a hurried note: "1412 w elm apt 3", "88 n cardinal st #2"."""
    rng = places.rng
    street = rng.choice(split_half(hand_places.STREET_NAMES, places.split))
    suffix = rng.choice(_SUFFIXES)
    unit = rng.choice(_UNITS)
    if not suffix and not unit:  # a bare "1412 w elm" needs something to end it; keep it a unit
        unit = " apt {n}"
    n = rng.choice((str(rng.randint(1, 40)), f"{rng.randint(1, 9)}{rng.choice('abcd')}"))
    s = f"{rng.randint(1, 29999)} {rng.choice(_DIRS)}{street.lower()}{suffix}{unit.format(n=n)}"
    return s
