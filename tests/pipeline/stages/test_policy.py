import asyncio
from dataclasses import replace

import pytest

from proxy.pipeline.stage import Halt
from proxy.pipeline.stages.policy import PolicyStage
from proxy.policy.model import Action
from tests.policy.builders import POLICIES, context, services

NOTE = "John Okafor, MRN A1234567, seen 03/10 at Mayo Clinic by Dr. Grey for E11.9."
PHI = {"John Okafor": "PERSON", "A1234567": "MRN", "03/10": "DATE", "Mayo Clinic": "FACILITY", "Grey": "PROVIDER"}


def chat(*messages):
    return {"model": "m", "messages": [{"role": r, "content": c} for r, c in messages]}


def run(ctx):
    asyncio.run(PolicyStage(services()).run(ctx))
    return ctx


def kept_values(ctx):
    return [[slot.text[f.start:f.end] for f in fs] for slot, fs in zip(ctx.slots, ctx.findings)]


def test_every_identifier_counted_and_kept_for_replacement():
    ctx = run(context(chat(("system", "You code."), ("user", NOTE)), PHI))
    assert ctx.entity_counts == {"PERSON": 1, "MRN": 1, "DATE": 1, "FACILITY": 1, "PROVIDER": 1}
    assert kept_values(ctx) == [[], ["John Okafor", "A1234567", "03/10", "Mayo Clinic", "Grey"]]


def test_threshold_allow_phrase_and_keep():
    policy = replace(POLICIES.get("deidentify"), thresholds={"MRN": 0.95},
                     allow_phrases=("mayo clinic",), actions={"PROVIDER": Action.KEEP})
    ctx = run(context(chat(("user", NOTE)), PHI, policy=policy))
    assert kept_values(ctx) == [["John Okafor", "03/10"]]
    # kept identifiers still left the building, so they are counted; below-threshold and allowed are not
    assert ctx.entity_counts == {"PERSON": 1, "DATE": 1, "PROVIDER": 1}


def test_block_names_policy_and_types_never_values():
    ctx = context(chat(("user", NOTE)), PHI, policy="block")
    with pytest.raises(Halt) as info:
        run(ctx)
    err = info.value
    assert (err.status, err.code) == (400, "phi_blocked")
    assert "'block'" in err.message
    for entity_type in ("DATE", "FACILITY", "MRN", "PERSON", "PROVIDER"):
        assert entity_type in err.message
    for value in PHI:
        assert value not in err.message and value not in str(err)
    assert ctx.blocked_types == ["DATE", "FACILITY", "MRN", "PERSON", "PROVIDER"]
    assert ctx.decision == "blocked"


def test_block_only_for_the_types_the_policy_blocks():
    policy = replace(POLICIES.get("deidentify"), actions={"MRN": Action.BLOCK})
    ctx = run(context(chat(("user", "John Okafor only")), PHI, policy=policy))
    assert ctx.decision == "pending" and ctx.blocked_types == []
    with pytest.raises(Halt) as info:
        run(context(chat(("user", "MRN A1234567 only")), PHI, policy=policy))
    assert "MRN" in info.value.message and "A1234567" not in info.value.message


def test_block_sees_tool_arguments_and_tool_results():
    body = {"model": "m", "messages": [
        {"role": "user", "content": "look this up"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "lookup", "arguments": '{"mrn": "A1234567"}'}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "no chart"},
    ]}
    with pytest.raises(Halt) as info:
        run(context(body, PHI, policy="block"))
    assert "MRN" in info.value.message


def test_overlapping_findings_resolve_to_the_longest():
    ctx = context(chat(("user", "Dr. Grey Okafor")), {"Grey Okafor": "PERSON", "Grey": "PROVIDER"})
    run(ctx)
    assert kept_values(ctx) == [["Grey Okafor"]]


def test_fails_closed_without_policy_or_with_unscanned_slots():
    ctx = context(chat(("user", NOTE)), PHI)
    ctx.findings = ctx.findings[:-1]
    with pytest.raises(Halt) as info:
        run(ctx)
    assert info.value.code == "phi_scan_incomplete"
    ctx = context(chat(("user", NOTE)), PHI)
    ctx.policy = None
    with pytest.raises(Halt):
        run(ctx)
