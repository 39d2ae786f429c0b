"""URLs: with a scheme, starting www., or a bare domain under a known top-level domain.

Own suffix list on purpose: tldextract would download the public suffix list at run time. Ambiguous
two-letter suffixes that are also words or clinical abbreviations (.md, .do, .me, .in, .is ...) are
left out of the bare-domain form; with a scheme or www. any suffix is accepted.
"""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.recognizer import Pattern, PatternRecognizer

_TLDS = (
    "com|org|net|edu|gov|mil|int|info|biz|io|us|uk|ca|au|de|fr|es|nl|ch|se|no|eu|jp|cn|ru|br|mx|nz|ie|"
    "health|healthcare|care|clinic|hospital|doctor|dental|med|app|dev|ai|cloud|online|site|tech|xyz|ly|tv|gl|ws"
)
_TAIL = r"(?:[/?#][^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]}])?"


class UrlRecognizer(PatternRecognizer):
    ENTITY = entities.URL
    PATTERNS = (
        Pattern("scheme", r"\b(?:https?|ftps?|sftp|file|smb)://[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]}]", 0.95, re.I),
        Pattern("www", r"\bwww\d?\.[a-z0-9-]+(?:\.[a-z0-9-]+)+" + _TAIL, 0.9, re.I),
        Pattern(
            "bare_domain",
            r"(?<![@\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:" + _TLDS + r")(?![\w@-]|\.\w)" + _TAIL,
            0.75,
            re.I,
        ),
    )
    CONTEXT = ("portal", "website", "site", "link", "url", "page", "visit", "login")
    CONTEXT_WHOLE_WORDS = True
