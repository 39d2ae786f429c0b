"""Streets written the hurried way and the town that follows them: "1412 w elm apt 3" (no street type,
a unit instead), "... bldg 1 Eagle California 47941" (town, state and ZIP with no commas).

Helpers of place_spans.find_addresses / find_locations, kept apart to keep each module short.
"""

from __future__ import annotations

import re

from proxy.detection.lexicons.loader import fold, load
from proxy.detection.recognizers import place_patterns as P

Span = tuple[int, int]


def town_before_zip(text: str, t: re.Match) -> Span | None:
    """The town of "<street> <town> [state] <zip>", without a state written after it ("Eagle California")."""
    lex = load()
    words = [(m.start() + t.start("town"), m.end() + t.start("town"), fold(m.group().rstrip(".,")))
             for m in re.finditer(r"\S+", t.group("town"))]
    while words and (words[-1][2] in lex.states or words[-1][2].upper() in lex.state_codes
                     or " ".join(w[2] for w in words[-2:]) in lex.states):
        words = words[:-2] if " ".join(w[2] for w in words[-2:]) in lex.states and len(words) > 1 else words[:-1]
    keys = [w[2] for w in words]
    # the ZIP vouches for a listed town that is also a clinical word ("7 Oak St, Mobile 36601")
    listed = " ".join(keys) in lex.us_places
    if not words or P.NOT_TOWN.search(" ".join(keys)) or any(
            (k in lex.hard_stop and not listed) or k in lex.states for k in keys):
        return None
    return words[0][0], words[-1][1]


_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
_DIRECTIONS = frozenset("n s e w ne nw se sw north south east west northeast northwest southeast southwest".split())


def bare_street(words: str) -> bool:
    """The name of a street written without its type: not directions alone, no clinical word or dose."""
    keys = [fold(w.strip(".")) for w in words.split()]
    lex = load()
    return not all(k in _DIRECTIONS for k in keys) and not any(k in _UNIT_WORDS for k in keys) and (
        keys[-1] not in lex.hard_stop or keys[-1] in _ORDINALS)


_UNIT_WORDS = frozenset("dose doses vial vials bag bags unit units prbc ffp plt cryo bed beds room floor".split())
