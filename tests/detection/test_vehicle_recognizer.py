import pytest

from proxy.detection.engine import DetectionEngine
from proxy.detection.recognizers.vehicle_recognizer import VehicleRecognizer

ENGINE = DetectionEngine([VehicleRecognizer()])


def found(text, entity="VEHICLE_ID"):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.entity_type == entity]


@pytest.mark.parametrize("text,expected", [
    ("VIN 1M8GDM9AXKP042788", "1M8GDM9AXKP042788"),
    ("car 1HGCM82633A004352 towed", "1HGCM82633A004352"),
    ("license plate 7ABC123", "7ABC123"),
    ("plate: ABC-1234", "ABC-1234"),
    ("tag # XYZ 789", "XYZ 789"),
    ("VIN: 1HGCM82633A004353", "1HGCM82633A004353"),  # labelled: check digit not required
])
def test_vehicle_ids_are_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "1HGCM82633A004353 unlabelled, bad check digit",
    "platelets 250",
    "plate reader",
    "MVC at 40 mph",
])
def test_non_vehicle_ids(text):
    assert found(text) == []
