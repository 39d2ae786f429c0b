"""IPv4 and IPv6 addresses: with a port ("10.2.3.4:8443"), a prefix length, a zone id ("fe80::1%eth0"),
compressed ("2001:db8::1"), IPv4-mapped ("::ffff:192.0.2.7"), bracketed with a port ("[2001:db8::1]:443"),
or after an "IP:" label. Versions ("2.0.1"), times ("12:30:45") and ratios never match."""

from __future__ import annotations

import ipaddress
import re

from proxy.detection import entities
from proxy.detection.recognizer import Pattern, PatternRecognizer

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_V4 = _OCTET + r"(?:\." + _OCTET + r"){3}"
_H = r"[0-9A-Fa-f]{1,4}"
_V6 = (
    r"(?:(?:" + _H + r":){7}" + _H
    + r"|(?:" + _H + r":){1,6}:" + _V4 + r"|::(?:[Ff]{4}:(?:0{1,4}:)?)?" + _V4
    + r"|(?:" + _H + r":){0,6}" + _H + r"?::(?:" + _H + r":){0,6}" + _H + r"?)"
)
_PORT = r"(?::\d{1,5}(?!\d))?"
_ZONE = r"(?:%[\w.-]+)?"


class IpAddressRecognizer(PatternRecognizer):
    ENTITY = entities.IP_ADDRESS
    PATTERNS = (
        # not the tail of an IPv6 address ("::ffff:1.2.3.4" is matched whole below), but "ip:1.2.3.4" is fine
        Pattern("ipv4", r"(?<![\w.])(?<![0-9A-Fa-f]:)" + _V4 + r"(?:/\d{1,2}(?!\d))?" + _PORT + r"(?!\w|\.\d|:\d)", 0.8),
        # full 8 groups, or a "::"-compressed form; plain times like 12:30:45 never match
        Pattern("ipv6", r"(?<![\w:.])" + _V6 + _ZONE + r"(?:/\d{1,3}(?!\d))?(?![\w:])", 0.8),
        Pattern("ipv6_port", r"\[" + _V6 + _ZONE + r"\](?::\d{1,5}(?!\d))?", 0.85),
    )
    CONTEXT = ("ip", "ipv4", "ipv6", "address", "host", "server", "login", "logged", "from", "remote", "client",
               "source", "src", "device", "workstation", "vpn")
    CONTEXT_WHOLE_WORDS = True

    def validate(self, value: str) -> bool:
        core = value.strip("[]") if value.startswith("[") else value
        if core.startswith("[") or "]" in core:
            core = core[1:core.index("]")]
        elif core.count(":") == 1 and "." in core:  # IPv4 with a port
            core = core.split(":")[0]
        try:
            ipaddress.ip_interface(core.split("%")[0])
        except ValueError:
            return False
        # an IPv6 address needs some substance: "a::" or "1::2" are more likely typos than addresses
        return ":" not in core or len(re.sub(r"[^0-9A-Fa-f]", "", core.split("%")[0])) >= 4
