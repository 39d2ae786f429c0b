import pytest

from proxy.detection.engine import DetectionEngine
from proxy.detection.recognizers.ip_recognizer import IpAddressRecognizer

ENGINE = DetectionEngine([IpAddressRecognizer()])


def found(text, entity="IP_ADDRESS"):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.entity_type == entity]


@pytest.mark.parametrize("text,expected", [
    ("logged in from 192.168.1.20.", "192.168.1.20"),
    ("IP 10.2.3.4/24 blocked", "10.2.3.4/24"),
    ("host 2001:db8:85a3::8a2e:370:7334", "2001:db8:85a3::8a2e:370:7334"),
    ("addr fe80::1ff:fe23:4567:890a%eth0", "fe80::1ff:fe23:4567:890a%eth0"),
    ("2001:0db8:0000:0000:0000:ff00:0042:8329", "2001:0db8:0000:0000:0000:ff00:0042:8329"),
])
def test_ips_are_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "at 12:30:45 today",
    "999.1.1.1",
    "version 1.2.3",
    "NDC 0002-7510-01",
    "ratio 1:1:1",
])
def test_non_ips(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("IP: 10.0.0.5:8080", "10.0.0.5:8080"),
    ("ip:198.51.100.7, blocked", "198.51.100.7"),
    ("IP 10.0.0.5: blocked", "10.0.0.5"),
    ("addr [2001:db8::1]:443", "[2001:db8::1]:443"),
    ("mapped ::ffff:192.0.2.128", "::ffff:192.0.2.128"),
    ("remote 2001:db8:0:0:1::1", "2001:db8:0:0:1::1"),
    ("src=fd12:3456:789a:1::1", "fd12:3456:789a:1::1"),
    ("(IP 203.0.113.45)", "203.0.113.45"),
])
def test_ip_forms(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", [
    "version 2.0.1 released",
    "ratio 3::1",
    "time 10:30",
    "BP 120/80 HR 72",
    "E11.9 and 99214",
    "lab 1.2.3",
])
def test_more_non_ips(text):
    assert found(text) == []
