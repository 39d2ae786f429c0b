"""Chain stores and pharmacies made a single place by their street: "the Walgreens on Main", "CVS on
Route 9", "Kroger on Airline Hwy". The chain alone is a company, not PHI; "on <street>" names one store,
which locates the patient as precisely as a street does. A facility already found ("Oak Pharmacy") is
extended the same way by the caller.
"""

from __future__ import annotations

import re

from proxy.detection.lexicons.loader import fold, load

# National and regional chains that fill prescriptions or run clinics (names as they are written).
CHAINS = (
    "Walgreens", "Walgreen's", "CVS", "Rite Aid", "Rite-Aid", "Walmart", "Wal-Mart", "Kroger", "Publix", "Costco",
    "Safeway", "H-E-B", "HEB", "Dollar General", "Family Dollar", "Target", "Meijer", "Hy-Vee", "Winn-Dixie",
    "Albertsons", "Giant Eagle", "Wegmans", "ShopRite", "Stop & Shop", "Food Lion", "Harris Teeter", "Ralphs",
    "Vons", "Fred Meyer", "King Soopers", "Duane Reade", "Sam's Club", "Jewel-Osco", "Osco", "Hannaford",
    "Weis", "Bartell", "Schnucks", "Dillons", "Fry's", "QFC", "Brookshire's", "Tom Thumb", "Randalls",
    "Shaw's", "Piggly Wiggly", "Ingles", "Smith's", "Marc's", "Giant", "Acme", "Discount Drug Mart",
    "Medicine Shoppe", "Health Mart", "MinuteClinic", "Walmart Neighborhood Market",
)
_CHAIN = "|".join(re.escape(c) for c in sorted(CHAINS, key=len, reverse=True))
_NUMBERED = r"(?:Route|Rte\.?|Rt\.?|Highway|Hwy\.?|US|SR|State\s+Route|County\s+Road|CR|Interstate|I-)[ \t-]?\d{1,4}"
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)(?:[ \t]+(?:St|Street|Ave|Avenue)\b\.?)?"
_NAMED = r"(?:MLK|[A-Z][A-Za-z'’-]+)(?:[ \t]+[A-Z][A-Za-z'’-]+\.?){0,2}"
STORE = re.compile(rf"\b(?:{_CHAIN})(?:[ \t]+(?:Pharmacy|Drug|Drugs|Store|Supercenter|Market))?"
                   rf"[ \t]+on[ \t]+(?P<street>{_NUMBERED}|{_ORDINAL}|{_NAMED})")
ON_STREET = re.compile(rf"[ \t]+on[ \t]+(?P<street>{_NUMBERED}|{_ORDINAL}|{_NAMED})")


def store_spans(text: str) -> list[tuple[int, int]]:
    """"Walgreens on Main Street": the chain and its street, when the street is no day, month or drug."""
    return [(m.start(), end) for m in STORE.finditer(text) if (end := _street_end(text, m.start("street"), m.end()))]


def on_street(text: str, end: int) -> int | None:
    """The end of "on Elm" right after a facility name (offset end), if a street follows."""
    m = ON_STREET.match(text, end)
    return _street_end(text, m.start("street"), m.end()) if m else None


def _street_end(text: str, start: int, end: int) -> int | None:
    """Drop words that are no street ("on Monday", "on Eliquis", "on Medicare"); None if nothing is left."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if _not_street(fold(words[0].group().rstrip(".")), first=True):
        return None  # a weekday, month, drug, insurance or state
    keep = [words[0]]
    for w in words[1:]:
        if _not_street(fold(w.group().rstrip(".")), first=False):
            break
        keep.append(w)
    return start + keep[-1].end() - (1 if keep[-1].group().endswith(".") and len(keep[-1].group()) > 4 else 0)


def _not_street(key: str, first: bool) -> bool:
    lex = load()
    if key in _STREET_TYPES and not first or key in _ROADS:
        return False  # "Dixie Highway", "Market Street", "Highway 61"
    return key in lex.hard_stop or key in lex.states or key in _NOT_STREETS


_STREET_TYPES = frozenset("street st avenue ave road rd highway hwy boulevard blvd drive dr lane ln way pike "
                          "parkway pkwy plaza square circle court ct place pl".split())
_ROADS = frozenset("route rte rt highway hwy us sr county interstate i-".split())
_NOT_STREETS = frozenset("monday tuesday wednesday thursday friday saturday sunday today tomorrow the file call "
                         "hold medicare medicaid tricare i it january february march april may june july august "
                         "september october november december".split())
