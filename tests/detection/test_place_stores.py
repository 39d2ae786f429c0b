"""place_stores: a chain store made one place by its street; days, months, drugs and plans are no street."""

import pytest

from proxy.detection.recognizers.place_stores import on_street, store_spans


@pytest.mark.parametrize("text, store", [
    ("the Walgreens on Main", "Walgreens on Main"),
    ("the Rite Aid on MLK", "Rite Aid on MLK"),
    ("CVS Pharmacy on 3rd Street, then home", "CVS Pharmacy on 3rd Street"),
    ("the Winn-Dixie on State Street. x", "Winn-Dixie on State Street"),
    ("the Safeway on Highway 61", "Safeway on Highway 61"),
])
def test_store_on_a_street(text, store):
    assert [text[s:e] for s, e in store_spans(text)] == [store]


@pytest.mark.parametrize("text", [
    "went to CVS on Monday", "Walgreens on Eliquis refills", "CVS on May 3", "the Target on Medicare",
    "Walgreens in Decatur",
])
def test_no_street_no_store(text):
    assert store_spans(text) == []


def test_on_street_extends_a_facility_name():
    text = "Oak Pharmacy on Elm Street is closed"
    assert text[:on_street(text, len("Oak Pharmacy"))] == "Oak Pharmacy on Elm Street"
    assert on_street("Oak Pharmacy on Tuesday", len("Oak Pharmacy")) is None
