"""Towns coined from a name and a place-name suffix, anywhere in the text: "Michellefort", "Rogerstown",
"North Wilsonmouth", "Edwardsville".

Invented and small towns are in no gazetteer, and in a route sheet or a list ("skipped Benjaminchester")
no cue announces them. Their shape does: a given name or surname followed by -ville, -town, -fort,
-mouth, -chester, -burgh... is almost never anything but a place. A word that is itself a name
("Stanton", "Carlton") or an English word ("Wellington") is left to the other rules.
"""

from __future__ import annotations

import re

from proxy.detection.lexicons.loader import fold, load
from proxy.detection.recognizers.place_cues import PREFIXES

_SUFFIX = re.compile(r"(?:ville|town|ton|land|berg|burg|burgh|borough|boro|bury|view|port|mouth|stad|furt|chester|"
                     r"fort|haven|side|shire|field|ford|dale|wood|mont)$")
_WORD = re.compile(r"(?:\b(?P<prefix>[A-Z][a-z]+)[ \t]+)?\b(?P<town>[A-Z][a-z]{6,})\b(?!['’]s\b)")


def coined_towns(text: str) -> list[tuple[int, int]]:
    lex, out = load(), []
    for m in _WORD.finditer(text):
        key = fold(m.group("town"))
        suffix = _SUFFIX.search(key)
        base = key[:suffix.start()] if suffix else ""
        if len(base) < 3 or not lex.is_name(base) or lex.is_name(key) or key in lex.english \
                or key in lex.hard_stop or key in lex.soft_stop:
            continue
        prefix = m.group("prefix")
        start = m.start("prefix") if prefix and fold(prefix) in PREFIXES else m.start("town")
        out.append((start, m.end("town")))
    return out
