"""Realistic surrogates that keep the shape of what they replace, derived deterministically.

Every choice comes from an HMAC of the conversation key and the normalised real value, so the same
value gets the same surrogate in every message and every turn without anything being stored, and no
one without the server secret can go from a surrogate back to the value. `attempt` moves to the next
candidate when the first one collides with a real value or with another value's surrogate.
"""

from __future__ import annotations

import hashlib
import hmac
import random
import re
import string

from proxy.detection import entities as E
from proxy.policy import wordlists as W

_SUFFIXES = frozenset(
    "st street ave avenue rd road blvd boulevard dr drive ln lane ct court way pl place pkwy parkway "
    "hwy highway cir circle ter terrace trl trail sq square apt apartment suite ste unit bldg fl floor "
    "n s e w ne nw se sw north south east west po box rr no".split()
)
_ALL_CHARACTERS_IDENTIFY = frozenset({E.VEHICLE_ID, E.DEVICE_ID, E.LICENSE_ID, E.BIOMETRIC_ID})
NAME_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def same_case(template: str, word: str) -> str:
    """Give `word` the capitalisation style of `template` (OKAFOR -> BRENNAN, okafor -> brennan)."""
    if len(template) > 1 and template.isupper():
        return word.upper()
    if template.islower():
        return word.lower()
    return word


def normalize(entity_type: str, value: str) -> str:
    """What makes two spellings the same value: digits for numbers, case-folded words otherwise."""
    if entity_type in (E.PHONE, E.FAX, E.SSN, E.ZIP_CODE):
        digits = re.sub(r"\D", "", value)
        return digits[1:] if entity_type in (E.PHONE, E.FAX) and len(digits) == 11 and digits[0] == "1" else digits
    return " ".join(value.casefold().split())


class SurrogateFactory:
    def __init__(self, key: bytes):
        self._key = key

    def rng(self, kind: str, value: str, attempt: int = 0) -> random.Random:
        digest = hmac.new(self._key, f"{kind}\x1f{attempt}\x1f{value}".encode(), hashlib.sha256).digest()
        return random.Random(int.from_bytes(digest, "big"))

    def date_offset(self) -> int:
        """One shift per conversation: 14..180 days either way, never 0."""
        rng = self.rng("date-offset", "")
        return rng.choice((-1, 1)) * rng.randint(14, 180)

    def name_token(self, token: str, attempt: int) -> str:
        norm = token.casefold()
        rng = self.rng("name", norm, attempt)
        pool = W.SURROGATE_GIVEN if norm in W.COMMON_GIVEN else W.SURROGATE_SURNAMES
        if attempt < 40:
            return same_case(token, rng.choice(pool))
        # Lists exhausted (very long texts): hyphenate two surnames, still a plausible name.
        return same_case(token, f"{rng.choice(W.SURROGATE_SURNAMES)}-{rng.choice(W.SURROGATE_SURNAMES)}")

    def initial(self, letter: str) -> str:
        return same_case(letter, self.rng("initial", letter.casefold()).choice(string.ascii_uppercase))

    def value(self, entity_type: str, value: str, attempt: int) -> str:
        """A surrogate for a non-name, non-date, non-age value of the given type."""
        rng = self.rng(entity_type, normalize(entity_type, value), attempt)
        if entity_type in (E.PHONE, E.FAX):
            return _phone(value, rng)
        if entity_type == E.SSN:
            return _fill_digits(value, ["9"] + _digits(rng, 8))  # 9xx: never issued
        if entity_type == E.EMAIL:
            return _email(value, rng)
        if entity_type == E.URL:
            return _url(value, rng)
        if entity_type == E.IP_ADDRESS:
            if ":" in value:
                return "2001:db8::" + format(rng.randrange(1, 0xFFFF), "x")
            return rng.choice(W.IPV4_PREFIXES) + str(rng.randint(1, 254))
        if entity_type == E.LOCATION:
            city, sep, rest = value.partition(",")  # "Springfield, IL": the state may stay
            return same_case(city, rng.choice(W.CITIES)) + sep + rest
        if entity_type == E.FACILITY:
            return same_case(value, rng.choice(W.FACILITIES))
        if entity_type == E.STREET_ADDRESS:
            return _street(value, rng)
        # a plate's, a serial's or a licence's letters are part of what identifies it (an Illinois
        # licence starts with the holder's initial): none of them stays
        return shape_of(value, rng, keep_prefix=entity_type not in _ALL_CHARACTERS_IDENTIFY)


def _digits(rng: random.Random, n: int) -> list[str]:
    return [str(rng.randint(0, 9)) for _ in range(n)]


def _fill_digits(template: str, digits: list[str]) -> str:
    it = iter(digits)
    return "".join(next(it, "0") if c.isdigit() else c for c in template)


def shape_of(value: str, rng: random.Random, keep_prefix: bool = True) -> str:
    """Same length, same character classes, same punctuation; a leading letter prefix (MRN-, MR, A)
    stays, since it names the issuer's format rather than the person (unless keep_prefix is off)."""
    prefix = re.match(r"[A-Za-z]+[-#: ]*(?=\d)", value) if keep_prefix else None
    keep = prefix.end() if prefix else 0
    out = [value[:keep]]
    for i, c in enumerate(value[keep:]):
        if c.isdigit():
            out.append(str(rng.randint(1 if i == 0 and c != "0" else 0, 9)))
        elif c.isalpha() and c.isascii():
            letter = rng.choice(string.ascii_uppercase)
            out.append(letter if c.isupper() else letter.lower())
        else:
            out.append(c)
    return "".join(out)


def _phone(value: str, rng: random.Random) -> str:
    digits = re.sub(r"\D", "", value)
    if len(digits) in (10, 11):
        # 555-01xx numbers are reserved for fiction; the area code varies so it still looks real.
        new = [str(rng.randint(2, 9))] + _digits(rng, 2) + list("5550") + ["1"] + _digits(rng, 2)
        if len(digits) == 11:
            new = [digits[0]] + new
        return _fill_digits(value, new)
    return shape_of(value, rng)


def _email(value: str, rng: random.Random) -> str:
    local, _, _ = value.partition("@")
    given = rng.choice(W.SURROGATE_GIVEN).lower()
    surname = rng.choice(W.SURROGATE_SURNAMES).lower()
    name = f"{given[0]}{surname}" if len(local) <= 8 else f"{given}.{surname}"
    if any(c.isdigit() for c in local):
        name += str(rng.randint(10, 99))
    return same_case(local, name) + "@" + rng.choice(W.EMAIL_DOMAINS)


def _url(value: str, rng: random.Random) -> str:
    m = re.match(r"(?i)(https?://)?([^/\s]+)(.*)", value)
    scheme, _, path = m.groups() if m else ("", value, "")
    return (scheme or "") + rng.choice(W.URL_HOSTS) + (shape_of(path, rng) if path else "")


def _street(value: str, rng: random.Random) -> str:
    street = same_case(value, rng.choice(W.STREETS))
    used = False
    out, pos = [], 0
    for m in re.finditer(r"\d+|[^\W\d_]+", value):
        out.append(value[pos:m.start()])
        tok = m.group()
        if tok.isdigit():
            out.append(shape_of(tok, rng))
        elif tok.casefold() in _SUFFIXES:
            out.append(tok)
        elif not used:
            out.append(street)
            used = True
        # further name words of the same street are dropped: "Martin Luther King Jr Blvd" -> "Linden Blvd"
        pos = m.end()
    out.append(value[pos:])
    return re.sub(r"  +", " ", "".join(out))
