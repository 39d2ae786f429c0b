"""A given name that is only an English word, recognised by the surname after it (for the labelled-name recognizer).

After a cue ("Daughter", "Caregiver", "Float:"), "Happiness Lo", "Justice Nevado" or "Comfort Obasanjo" are
people even though happiness, justice and comfort are words: a surname that is no English word follows. A cue
followed by two words ("Home Health", "Case Management") stays out, as both are words.
"""

from __future__ import annotations

import re

from proxy.detection.lexicons.loader import fold
from proxy.detection.recognizers.labelled_patterns import ROLE_WORDS
from proxy.detection.recognizers.name_cues import ROLES

_NEXT = re.compile(r" ([A-ZÀ-Þ][^\W\d_'’-]+)(?![\w'’-])")


def word_given(lex, word: str, after: str) -> bool:
    key = fold(word)
    nxt = _NEXT.match(after)
    if not word[:1].isupper() or word.isupper() or len(key) < 3 or key in lex.hard_stop or key in ROLE_WORDS \
            or key in ROLES or not nxt:
        return False
    sur = fold(nxt.group(1))
    return len(sur) >= 2 and sur not in lex.english and sur not in lex.hard_stop and sur not in lex.soft_stop \
        and sur not in ROLE_WORDS and (lex.is_name(sur) or len(sur) >= 4)
