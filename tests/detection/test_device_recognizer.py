import pytest

from proxy.detection.engine import DetectionEngine
from proxy.detection.recognizers.device_recognizer import DeviceIdRecognizer

ENGINE = DetectionEngine([DeviceIdRecognizer()])


def found(text, entity="DEVICE_ID"):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.entity_type == entity]


@pytest.mark.parametrize("text,expected", [
    ("pacemaker serial # PJN123456", "PJN123456"),
    ("S/N: 4455AB99", "4455AB99"),
    ("SN 12345678", "12345678"),
    ("Device ID: DX-2231-77", "DX-2231-77"),
    ("(01)00884521062813(17)240101(10)A123(21)SN9988",
     "(01)00884521062813(17)240101(10)A123(21)SN9988"),
    ("UDI (01)00864538442967(17)280126(21)B7UGNZ. Next line", "(01)00864538442967(17)280126(21)B7UGNZ"),
    ("Pump MAC 00:1A:2B:3C:4D:5E on the guest network", "00:1A:2B:3C:4D:5E"),
    ("monitor hw addr 3c-22-fb-19-a0-07", "3c-22-fb-19-a0-07"),
    ("UDI 01008845210628131724010110A123 noted", "01008845210628131724010110A123"),
    ("label +H123PARTNO1/$$3231231BC3", "+H123PARTNO1/$$3231231BC3"),
    ("implant lot 55123 serial 778899", "55123"),
])
def test_device_ids_are_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "serial imaging showed",
    "serial troponins 0.01",
    "lot of pain",
    "device removed in 2020",
    "+2 edema",
    "IPv6 2001:db8:85a3::8a2e:370:7334",  # an address, not a hardware address
    "times 10:30:45 and 11:15:00",
])
def test_non_device_ids(text):
    assert found(text) == []


def test_labelled_serial_wins_over_a_phone_shape():
    from proxy.detection.registry import default_recognizers

    engine = DetectionEngine(default_recognizers())
    text = "Device serial number 3015925953; dual chamber"
    assert [(text[f.start:f.end], f.entity_type) for f in engine.analyze(text)] == [("3015925953", "DEVICE_ID")]
