"""Normalising a record before it is hashed: every value in the form the database will give back."""

import datetime as dt
import json

import pytest

from proxy.store.base import AUDIT_FIELDS
from proxy.store.record import MAX_TEXT, AuditRecordError, decode, normalize, utc_text


def test_every_field_is_present_and_typed():
    row = normalize({"stream": False, "prompt_tokens": 7.0, "latency_ms": 2, "entity_counts": {"B": 1, "A": 2}})
    assert tuple(row) == AUDIT_FIELDS
    assert row["stream"] == 0 and row["prompt_tokens"] == 7 and isinstance(row["latency_ms"], float)
    assert row["entity_counts"] == '{"A":2,"B":1}' and row["blocked_types"] == "[]"
    assert row["event"] == "call" and row["seq"] is None and row["hash"] is None
    back = decode(row)
    assert back["stream"] is False and back["entity_counts"] == {"A": 2, "B": 1}


def test_times_become_fixed_width_utc_so_text_order_is_time_order():
    assert utc_text("2026-11-01T07:00:00-05:00") == "2026-11-01T12:00:00.000000+00:00"
    assert utc_text(dt.datetime(2026, 11, 1, 12)) == "2026-11-01T12:00:00.000000+00:00"
    early, late = utc_text("2026-11-01T12:00:00+00:00"), utc_text("2026-11-01T12:00:00.5+00:00")
    assert early < late


def test_long_text_is_cut_not_lost():
    assert len(normalize({"detail": "x" * (MAX_TEXT + 50)})["detail"]) == MAX_TEXT


@pytest.mark.parametrize("bad", [{"prompt": "x"}, {"messages": []}, {"stream": "yes"}, {"upstream_status": 2.5},
                                 {"latency_ms": True}, {"response_entity_counts": {1: 2}}, {"blocked_types": [1]}])
def test_wrong_fields_and_types_are_refused(bad):
    with pytest.raises(AuditRecordError):
        normalize(bad)


def test_decode_leaves_absent_values_alone():
    row = normalize({})
    assert decode(row)["stream"] is None and json.loads(row["entity_counts"]) == {}
