"""IPv4 and IPv6 addresses."""

from __future__ import annotations

import ipaddress

from proxy.detection import entities
from proxy.detection.recognizer import Pattern, PatternRecognizer

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_H = r"[0-9A-Fa-f]{1,4}"


class IpAddressRecognizer(PatternRecognizer):
    ENTITY = entities.IP_ADDRESS
    PATTERNS = (
        Pattern("ipv4", r"(?<![\w.])" + _OCTET + r"(?:\." + _OCTET + r"){3}(?:/\d{1,2})?(?!\w|\.\d)", 0.8),
        # full 8 groups, or a "::"-compressed form; plain times like 12:30:45 never match
        Pattern(
            "ipv6",
            r"(?<![\w:])(?:(?:" + _H + r":){7}" + _H + r"|(?:" + _H + r":){0,6}" + _H + r"?::(?:" + _H + r":){0,6}"
            + _H + r"?)(?:%\w+)?(?:/\d{1,3})?(?![\w:])",
            0.8,
        ),
    )
    CONTEXT = ("ip", "address", "host", "server", "login", "logged", "from")
    CONTEXT_WHOLE_WORDS = True

    def validate(self, value: str) -> bool:
        try:
            ipaddress.ip_interface(value.split("%")[0])
        except ValueError:
            return False
        # an IPv6 address needs some substance: "a::" or "1::2" are more likely typos than addresses
        return ":" not in value or len(value.replace(":", "")) >= 4
