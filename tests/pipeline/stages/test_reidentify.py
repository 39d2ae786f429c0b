import asyncio
import copy
import json
import re
from dataclasses import replace

import pytest

from proxy.detection.engine import DetectionEngine
from proxy.pipeline.stage import Halt
from proxy.pipeline.stages.reidentify import ReidentifyStage
from tests.policy.builders import POLICIES, deidentified, services

NOTE = "Mr. Okafor (MRN A1234567) admitted 03/10/2024, discharged 03/14/2024. Code E11.9."
PHI = {"Okafor": "PERSON", "A1234567": "MRN", "03/10/2024": "DATE", "03/14/2024": "DATE"}
NO_SCAN = replace(POLICIES.get("deidentify"), scan_responses=False)


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine()


def request(policy=NO_SCAN):
    body = {"model": "m", "messages": [{"role": "user", "content": NOTE}]}
    ctx = deidentified(body, PHI, policy=policy)
    name, mrn, admitted, discharged = re.search(
        r"Mr\. (\w+) \(MRN (\w+)\) admitted (\S+), discharged (\S+)\.", body["messages"][0]["content"]).groups()
    return ctx, {"name": name, "mrn": mrn, "admitted": admitted, "discharged": discharged}


def run(ctx, engine=None):
    asyncio.run(ReidentifyStage(services(engine)).run(ctx))
    return ctx


def chat_response(content, arguments=None):
    message = {"role": "assistant", "content": content}
    if arguments is not None:
        message["tool_calls"] = [{"id": "c1", "type": "function",
                                  "function": {"name": "code", "arguments": arguments}}]
    return {"id": "x", "object": "chat.completion", "choices": [{"index": 0, "message": message,
                                                                  "finish_reason": "stop"}]}


def test_plain_answer_and_tool_arguments_are_restored():
    ctx, s = request()
    args = json.dumps({"patient": f"Mr. {s['name']}", "mrn": s["mrn"], "from": s["admitted"]})
    ctx.response = chat_response(f"Mr. {s['name']} ({s['mrn']}) stayed {s['admitted']} to {s['discharged']}.", args)
    run(ctx)
    message = ctx.response["choices"][0]["message"]
    assert message["content"] == "Mr. Okafor (A1234567) stayed 03/10/2024 to 03/14/2024."
    assert json.loads(message["tool_calls"][0]["function"]["arguments"]) == {
        "patient": "Mr. Okafor", "mrn": "A1234567", "from": "03/10/2024"}


def test_completion_text_is_restored():
    ctx, s = request()
    ctx.response = {"object": "text_completion", "choices": [{"index": 0, "text": f"{s['name']} coded."}]}
    run(ctx)
    assert ctx.response["choices"][0]["text"] == "Okafor coded."


def test_not_restored_for_preview_or_when_the_policy_says_no(engine):
    ctx, s = request()
    ctx.skip_reidentify = True
    ctx.response = chat_response(f"Mr. {s['name']}")
    run(ctx)
    assert ctx.response["choices"][0]["message"]["content"] == f"Mr. {s['name']}"
    body = {"model": "m", "messages": [{"role": "user", "content": "Okafor"}]}
    ctx = deidentified(body, PHI, policy="redact")
    ctx.response = chat_response("About [PERSON-1].")
    run(ctx, engine)
    assert ctx.response["choices"][0]["message"]["content"] == "About [PERSON-1]."


def test_answer_phi_not_in_the_prompt_is_redacted_and_counted(engine):
    ctx, s = request(policy=POLICIES.get("deidentify"))
    ctx.response = chat_response(f"{s['mrn']} matches MRN 99887766, call (617) 555-0199. "
                                 f"Admitted {s['admitted']}.")
    run(ctx, engine)
    content = ctx.response["choices"][0]["message"]["content"]
    assert content == "A1234567 matches MRN [MRN], call [PHONE]. Admitted 03/10/2024."
    assert ctx.response_entity_counts == {"MRN": 1, "PHONE": 1}


def test_a_prompt_date_in_another_format_is_restored(engine):
    ctx, s = request(policy=POLICIES.get("deidentify"))
    from proxy.policy.dates import shift_dates
    reformatted = shift_dates("March 10, 2024", ctx.deidentifier.date_offset)
    ctx.response = chat_response(f"Admitted {reformatted}.")
    run(ctx, engine)
    assert ctx.response["choices"][0]["message"]["content"] == "Admitted March 10, 2024."
    assert not ctx.response_entity_counts


def test_block_policy_withholds_an_answer_carrying_new_phi(engine):
    body = {"model": "m", "messages": [{"role": "user", "content": "What is E11.9?"}]}
    ctx = deidentified(body, {}, policy="block")
    ctx.response = chat_response("Patient MRN 99887766 had it.")
    with pytest.raises(Halt) as info:
        run(ctx, engine)
    assert (info.value.status, info.value.code) == (502, "phi_in_response")
    assert "99887766" not in info.value.message and "MRN" in info.value.message
    assert ctx.response is None and ctx.response_entity_counts == {"MRN": 1}


def test_an_answer_that_cannot_be_scanned_is_withheld():
    class Broken:
        def analyze(self, text):
            raise RuntimeError("Okafor")  # even an error carrying a value must not surface

    ctx, s = request(policy=POLICIES.get("deidentify"))
    ctx.response = chat_response(f"Mr. {s['name']}")
    with pytest.raises(Halt) as info:
        run(ctx, Broken())
    assert info.value.code == "response_scan_failed" and "Okafor" not in str(info.value)
    assert ctx.response is None


# ---- streams ---------------------------------------------------------------------------------------

def chunk(delta=None, finish=None, text=None):
    choice = {"index": 0, "finish_reason": finish}
    if text is not None:
        choice["text"] = text
    else:
        choice["delta"] = delta or {}
    return {"id": "s", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": [choice]}


async def source(chunks):
    for c in chunks:
        yield copy.deepcopy(c)


def collect(ctx):
    """Drain the stream, then run what the stage deferred to the end (as Chain.finish does)."""
    async def drain():
        chunks = [c async for c in ctx.stream_iter]
        for callback in ctx.on_finish:
            await callback(ctx)
        return chunks
    return asyncio.run(drain())


def content_of(chunks):
    return "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])


def answer_for(s):
    return f"Mr. {s['name']} (MRN {s['mrn']}) was admitted {s['admitted']}."


REAL = "Mr. Okafor (MRN A1234567) was admitted 03/10/2024."


def test_stream_every_split_point_restores_exactly():
    ctx0, s = request()
    answer = answer_for(s)
    for split in range(1, len(answer)):
        ctx, _ = request()
        ctx.stream_iter = source([chunk({"role": "assistant", "content": answer[:split]}),
                                  chunk({"content": answer[split:]}), chunk(finish="stop")])
        run(ctx)
        out = collect(ctx)
        assert content_of(out) == REAL, split
        assert out[-1]["choices"][0]["finish_reason"] == "stop"


def test_stream_first_token_is_not_held_and_ends_flushed_without_finish_reason():
    ctx, s = request()
    ctx.stream_iter = source([chunk({"content": "The patient "}), chunk({"content": f"Mr. {s['name'][:3]}"})])
    run(ctx)
    out = collect(ctx)
    assert out[0]["choices"][0]["delta"]["content"] == "The patient "
    assert content_of(out) == "The patient Mr. " + s["name"][:3]
    assert len(out) == 3  # the held tail came out in one extra chunk at the end


def test_stream_tool_call_arguments_split_at_every_point():
    ctx0, s = request()
    args = json.dumps({"patient": s["name"], "mrn": s["mrn"]})
    for split in range(1, len(args)):
        ctx, _ = request()
        ctx.stream_iter = source([
            chunk({"role": "assistant", "tool_calls": [{"index": 0, "id": "c1", "type": "function",
                                                        "function": {"name": "code", "arguments": args[:split]}}]}),
            chunk({"tool_calls": [{"index": 0, "function": {"arguments": args[split:]}}]}),
            chunk(finish="tool_calls"),
        ])
        run(ctx)
        text = "".join(tc["function"].get("arguments", "") for c in collect(ctx)
                       for tc in c["choices"][0]["delta"].get("tool_calls", []))
        assert json.loads(text) == {"patient": "Okafor", "mrn": "A1234567"}, split


def test_stream_completion_text_and_counting_new_phi_at_the_end(engine):
    ctx, s = request(policy=POLICIES.get("deidentify"))
    answer = f"{s['name']} and MRN 99887766"
    ctx.stream_iter = source([chunk(text=answer[:2]), chunk(text=answer[2:]), chunk(text="", finish="stop")])
    run(ctx, engine)
    out = collect(ctx)
    assert "".join(c["choices"][0]["text"] for c in out) == "Okafor and MRN 99887766"
    assert ctx.response_entity_counts == {"MRN": 1}


def test_real_detection_end_to_end_with_an_invented_name_in_the_answer(engine):
    from tests.policy.builders import context, services as svc
    from proxy.pipeline.stages.deidentify import DeidentifyStage
    from proxy.pipeline.stages.policy import PolicyStage

    note = "Patient John Okafor, MRN A1234567, admitted 03/10/2024. Principal dx?"
    body = {"model": "m", "messages": [{"role": "user", "content": note}]}
    ctx = context(body, {})
    ctx.findings = [engine.analyze(slot.text) for slot in ctx.slots]
    asyncio.run(PolicyStage(svc()).run(ctx))
    asyncio.run(DeidentifyStage(svc()).run(ctx))
    sent = body["messages"][0]["content"]
    assert not any(v in sent for v in ("John", "Okafor", "A1234567", "03/10/2024"))
    name = re.search(r"Patient (\w+ \w+),", sent).group(1)
    ctx.response = chat_response(f"{name} should see Dr. Helga Brandtner about E11.9.")
    run(ctx, engine)
    assert ctx.response["choices"][0]["message"]["content"] == "John Okafor should see Dr. [PROVIDER] about E11.9."
    assert ctx.response_entity_counts == {"PROVIDER": 1}


def test_lines_quoted_from_the_prompt_are_not_scanned_again_but_new_lines_are():
    seen = []

    class Recording:
        def __init__(self, engine):
            self.engine = engine

        def analyze(self, text):
            seen.append(text)
            return self.engine.analyze(text)

    ctx, s = request(policy=POLICIES.get("deidentify"))
    quoted = ctx.slots[0].text
    ctx.response = chat_response(f"{quoted}\nAlso call MRN 99887766.")
    asyncio.run(ReidentifyStage(services(Recording(DetectionEngine()))).run(ctx))
    assert seen == ["Also call MRN 99887766."]
    assert ctx.response_entity_counts == {"MRN": 1}
    content = ctx.response["choices"][0]["message"]["content"]
    assert content == f"{NOTE}\nAlso call MRN [MRN]."
