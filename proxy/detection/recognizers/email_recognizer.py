"""E-mail addresses."""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.recognizer import Pattern, PatternRecognizer


class EmailRecognizer(PatternRecognizer):
    ENTITY = entities.EMAIL
    PATTERNS = (
        Pattern(
            "email",
            r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}\b",
            0.95,
        ),
        # obfuscated forms people type to dodge filters: "jdoe at example dot com", "jdoe[at]example.com"
        Pattern(
            "email_spelled",
            r"\b[A-Za-z0-9._%+-]+\s*(?:\[at\]|\(at\)|\s+at\s+)\s*[A-Za-z0-9-]+(?:\s*(?:\[dot\]|\(dot\)|\s+dot\s+|\.)\s*"
            r"[A-Za-z0-9-]+)*\s*(?:\[dot\]|\(dot\)|\s+dot\s+|\.)\s*(?:com|org|net|edu|gov|us|io|health)\b",
            0.85,
            re.I,
        ),
    )
