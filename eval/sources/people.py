"""Invented people: drawn from Faker locales and the hand lists, rendered in the forms coders paste.

A rendered name is a list of segments; titles, credentials, suffixes and possessive 's stay outside the
PHI span (they identify no one), everything else of the name is inside it.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from faker import Faker

from eval.builder import Seg, phi, txt
from eval.sources import hand_names

# Latin-script locales whose Faker person data looked right (checked by hand; several others fall back
# to en_US data or use non-Latin scripts). A few are kept for one split only.
SHARED_LOCALES = ("en_US", "en_GB", "en_IE", "en_IN", "en_NG", "en_PK", "en_KE", "es_MX", "es_ES",
                  "es_CO", "pt_BR", "fr_FR", "fr_CA", "de_DE", "it_IT", "pl_PL", "nl_NL", "tr_TR",
                  "yo_NG", "zu_ZA", "ig_NG", "ha_NG", "tw_GH", "id_ID", "sv_SE", "ga_IE", "en_TH")
SPLIT_LOCALES = {"dev": ("cs_CZ", "hu_HU", "ro_RO", "fi_FI", "da_DK", "es_AR"),
                 "heldout": ("hr_HR", "lt_LT", "sk_SK", "no_NO", "pt_PT", "sl_SI", "uz_UZ"),
                 # probe: locales neither dev nor held-out uses, so the probe tests unseen name forms
                 "probe_names": ("cs_CZ", "hu_HU", "et_EE", "lv_LV", "de_AT", "de_CH", "fr_CH", "es_CL",
                                 "nl_BE", "fr_BE", "az_AZ", "sw"),
                 "probe_names2": ("cs_CZ", "hu_HU", "et_EE", "lv_LV", "de_AT", "es_CL", "fr_BE", "sw"),
                 "probe_names3": ("cs_CZ", "hu_HU", "et_EE", "lv_LV", "de_CH", "fr_CH", "nl_BE", "sw"),
                 # probe_names4 adds four locales no other split draws (Icelandic, Catalan, Algerian French, NZ)
                 "probe_names4": ("cs_CZ", "hu_HU", "et_EE", "lv_LV", "is_IS", "es_CA", "fr_DZ", "en_NZ", "sw")}

PROVIDER_CREDENTIALS = ("MD", "M.D.", "DO", "NP", "PA-C", "APRN", "CRNA", "DPM", "MD, PhD", "FNP-C")
NURSE_CREDENTIALS = ("RN", "LPN", "BSN, RN", "CNA", "RN, CWOCN")
SUFFIXES = ("Jr.", "Sr.", "II", "III", "IV", "Jr")


@dataclass(frozen=True)
class Person:
    first: str
    middle: str
    last: str
    female: bool
    source: str


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def split_half(items, split: str):
    """Even-indexed entries for dev and the probe splits (tuning material), odd ones for held-out only."""
    return tuple(items[i] for i in range(len(items)) if (i % 2 == 0) == (split != "heldout"))


class PersonSource:
    def __init__(self, rng: random.Random, split: str, seed: int) -> None:
        self.rng = rng
        self.locales = SHARED_LOCALES + SPLIT_LOCALES.get(split, SPLIT_LOCALES["dev"])  # probes: dev's
        self.fakers = {}
        for i, loc in enumerate(self.locales):
            f = Faker(loc)
            f.seed_instance(seed * 1000 + i)
            self.fakers[loc] = f
        self.origins = {k: (split_half(g, split), split_half(f, split))
                        for k, (g, f) in hand_names.ORIGINS.items()}
        self.word_given = split_half(hand_names.WORD_GIVEN, split)
        self.word_family = split_half(hand_names.WORD_FAMILY, split)

    def _faker(self) -> tuple[str, str, str, bool]:
        loc = self.rng.choice(self.locales)
        f = self.fakers[loc]
        female = self.rng.random() < 0.5
        first = f.first_name_female() if female else f.first_name_male()
        last = f.last_name()
        if self.rng.random() < 0.3:  # many source systems strip diacritics
            first, last = _fold(first), _fold(last)
        return first, last, f"faker:{loc}", female

    def person(self) -> Person:
        r = self.rng.random()
        female = self.rng.random() < 0.5
        if r < 0.55:
            first, last, source, female = self._faker()
        elif r < 0.88:
            origin = self.rng.choice(sorted(self.origins))
            given, family = self.origins[origin]
            first, last, source = self.rng.choice(given), self.rng.choice(family), f"hand:{origin}"
        else:  # names that are also common words
            other_first, other_last, _, _ = self._faker()
            if self.rng.random() < 0.5:
                first, last = self.rng.choice(self.word_given), other_last
            else:
                first, last = other_first, self.rng.choice(self.word_family)
            source = "hand:word_names"
        middle = ""
        if self.rng.random() < 0.4:
            middle = self.rng.choice("ABCDEFGHJKLMNPRSTVW")
        return Person(first, middle, last, female, source)


PATIENT_STYLES = ("full", "full_mi", "last_first", "last_first_mi", "caps_last_first", "caps_full",
                  "title_last", "poss_title_last", "first", "init_last", "full_suffix", "poss_full",
                  "first_last_initial", "lower_full")
CHAT_STYLES = ("lower_full", "lower_first", "lower_title_last", "lower_poss", "title_last",
               "poss_title_last", "full", "lower_last")
PROVIDER_STYLES = ("dr_full", "dr_last", "full_cred", "full_mi_cred", "last_first_cred", "caps_cred",
                   "dr_init_last", "lower_dr_last")
NURSE_STYLES = ("full_rn", "first", "first_last_initial", "full")


def render(p: Person, style: str, etype: str, rng: random.Random) -> list[Seg]:
    first, last, mi = p.first, p.last, p.middle
    initial = mi or rng.choice("ABCDEFGHJKLMNPRSTW")  # styles that always show a middle initial
    title = rng.choice(("Mrs.", "Ms.", "Ms", "Miss")) if p.female else rng.choice(("Mr.", "Mr"))
    cred = rng.choice(PROVIDER_CREDENTIALS)
    src = p.source
    one = lambda s: [phi(s, etype, src)]  # noqa: E731
    if style == "full":
        return one(f"{first} {last}")
    if style == "full_mi":
        return one(f"{first} {initial}. {last}")
    if style == "last_first":
        return one(f"{last}, {first}")
    if style == "last_first_mi":
        return [phi(f"{last}, {first} {initial}", etype, src), txt(".")]
    if style == "caps_last_first":
        return one(f"{last}, {first}".upper() + (f" {mi}" if mi else ""))
    if style == "caps_full":
        return one(f"{first} {last}".upper())
    if style == "lower_full":
        return one(f"{first} {last}".lower())
    if style == "lower_first":
        return one(first.lower())
    if style == "lower_last":
        return one(last.lower())
    if style == "first":
        return one(first)
    if style == "last":
        return one(last)
    if style == "title_last":
        return [txt(title + " "), phi(last, etype, src)]
    if style == "lower_title_last":
        return [txt(title.lower().rstrip(".") + " "), phi(last.lower(), etype, src)]
    if style == "poss_title_last":
        return [txt(title + " "), phi(last, etype, src), txt("'s")]
    if style == "lower_poss":
        if rng.random() < 0.5:
            return [txt(title.lower().rstrip(".") + " "), phi(last.lower(), etype, src), txt("'s")]
        return [phi(first.lower(), etype, src), txt("'s")]
    if style == "poss_full":
        return [phi(f"{first} {last}", etype, src), txt("'s" if not last.endswith("s") else "'")]
    if style == "init_last":
        return one(f"{first[0]}. {last}")
    if style == "full_suffix":
        return [phi(f"{first} {last}", etype, src), txt(" " + rng.choice(SUFFIXES))]
    if style == "first_last_initial":
        return [phi(f"{first} {last[0]}", etype, src), txt(".")]
    if style == "dr_full":
        return [txt(rng.choice(("Dr. ", "Dr ", "Doctor "))), phi(f"{first} {last}", etype, src)]
    if style == "dr_last":
        return [txt(rng.choice(("Dr. ", "Dr ", "DR. "))), phi(last, etype, src)]
    if style == "lower_dr_last":
        return [txt("dr "), phi(last.lower(), etype, src)]
    if style == "dr_init_last":
        return [txt("Dr. "), phi(f"{first[0]}. {last}", etype, src)]
    if style == "full_cred":
        return [phi(f"{first} {last}", etype, src), txt(f", {cred}")]
    if style == "full_mi_cred":
        return [phi(f"{first} {initial}. {last}", etype, src), txt(f", {cred}")]
    if style == "last_first_cred":
        return [phi(f"{last}, {first}", etype, src), txt(f" {cred}")]
    if style == "caps_cred":
        return [phi(f"{first} {last}".upper(), etype, src), txt(f" {cred.upper()}")]
    # forms used by the probe splits only
    if style == "caps_last":
        return one(last.upper())
    if style == "caps_full_mi":
        return one(f"{first} {initial} {last}".upper())
    if style == "initials_last":
        return one(f"{first[0]}.{initial}. {last}")
    if style == "last_init":
        return one(f"{last} {first[0]}")
    if style == "last_comma_init":
        return [phi(f"{last}, {first[0]}", etype, src), txt(".")]
    if style == "lower_last_first":
        return one(f"{last}, {first}".lower())
    if style == "lower_init_last":
        return one(f"{first[0]} {last}".lower())
    if style == "title_full":
        return [txt(title + " "), phi(f"{first} {last}", etype, src)]
    if style == "lower_dr_full":
        return [txt("dr "), phi(f"{first} {last}".lower(), etype, src)]
    if style == "caps_first":
        return one(first.upper())
    if style == "full_rn":
        return [phi(f"{first} {last}", etype, src), txt(", " + rng.choice(NURSE_CREDENTIALS))]
    # forms used by probe_names2 only
    if style == "caps_last_init":
        return one(f"{last}, {first[0]}".upper())
    if style == "lower_first_last_initial":
        return one(f"{first} {last[0]}".lower())
    if style == "init_nodot_last":
        return one(f"{first[0]} {last}")
    if style in ("spelled_last", "spelled_first"):  # dictation spells names letter by letter
        word = _fold(last if style == "spelled_last" else first)
        return one("-".join(c.upper() for c in word if c.isalpha()))
    raise ValueError(f"unknown name style {style}")
