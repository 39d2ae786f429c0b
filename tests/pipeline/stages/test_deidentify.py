import copy
import json
import re

from proxy.policy.restore import Restorer
from tests.policy.builders import deidentified

TURN1 = "Principal dx for Mr. Okafor (John Okafor, MRN A1234567), admitted 03/10, discharged 03/14? E11.9, I10."
PHI = {"John Okafor": "PERSON", "Okafor": "PERSON", "A1234567": "MRN", "03/10": "DATE", "03/14": "DATE",
       "Mary Okafor": "PERSON", "Peter Nguyen": "PERSON", "03/16": "DATE"}


def chat(messages):
    return {"model": "m", "messages": copy.deepcopy(messages)}


def test_rewrites_and_records_the_decision():
    body = chat([{"role": "system", "content": "You are a coding assistant."}, {"role": "user", "content": TURN1}])
    ctx = deidentified(body, PHI)
    sent = body["messages"][1]["content"]
    assert ctx.decision == "deidentified" and ctx.deidentifier is not None
    for value in ("Okafor", "John", "A1234567", "03/10", "03/14"):
        assert value not in sent
    assert sent.endswith("? E11.9, I10.") and sent.startswith("Principal dx for Mr. ")
    assert body["messages"][0]["content"] == "You are a coding assistant."
    assert Restorer(ctx.deidentifier.reverse_map()).restore(sent) == TURN1


def test_nothing_to_replace_is_forwarded():
    ctx = deidentified(chat([{"role": "user", "content": "What does E11.9 mean?"}]), PHI)
    assert ctx.decision == "forwarded"


def test_same_surrogates_in_every_turn_of_a_conversation():
    turn1 = [{"role": "user", "content": TURN1}]
    body1 = chat(turn1)
    ctx1 = deidentified(body1, PHI)
    sent1 = body1["messages"][0]["content"]
    # The model answers in surrogates; the coder reads it re-identified and the client resends it.
    answer = "The principal dx is E11.9; Mr. {} stayed 4 days ({} to {}).".format(
        *re.search(r"Mr\. (\w+).*admitted (\S+), discharged (\S+)\?", sent1).groups())
    restored = Restorer(ctx1.deidentifier.reverse_map()).restore(answer)
    assert "Okafor" in restored and "03/10 to 03/14" in restored
    turn2 = turn1 + [{"role": "assistant", "content": restored},
                     {"role": "user", "content": "His wife Mary Okafor and Peter Nguyen visited 03/16."}]
    body2 = chat(turn2)
    deidentified(body2, PHI)
    assert body2["messages"][0]["content"] == sent1  # the first turn is sent exactly as before
    assert body2["messages"][1]["content"] == answer  # the earlier answer goes back as the model wrote it
    new = body2["messages"][2]["content"]
    family = re.search(r"Mr\. (\w+)", sent1).group(1)
    wife, other = re.findall(r"(\w+ \w+) and (\w+ \w+) visited", new)[0]
    assert wife.split()[1] == family and other.split()[1] != family and wife != other
    shifted = re.search(r"discharged (\S+)\?", sent1).group(1)  # 03/14 shifted; 03/16 is 2 days later
    m, d = map(int, re.search(r"visited (\d\d/\d\d)", new).group(1).split("/"))
    sm, sd = map(int, shifted.split("/"))
    from datetime import date
    assert (date(2001, m, d) - date(2001, sm, sd)).days == 2


def test_different_conversations_and_users_differ():
    a = chat([{"role": "user", "content": TURN1}])
    b = chat([{"role": "user", "content": TURN1}])
    c = chat([{"role": "user", "content": TURN1 + " (second case)"}])
    deidentified(a, PHI, user="alice")
    deidentified(b, PHI, user="bob")
    deidentified(c, PHI, user="alice")
    sent = [x["messages"][0]["content"] for x in (a, b, c)]
    assert sent[0] != sent[1] and sent[0] != sent[2].replace(" (second case)", "")


def test_tool_call_arguments_and_tool_results_are_rewritten_as_valid_json():
    args = json.dumps({"patient": "John Okafor", "mrn": "A1234567", "admitted": "03/10"})
    body = chat([
        {"role": "user", "content": TURN1},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "chart", "arguments": args}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "John Okafor: A1C 8.2 on 03/10"},
    ])
    deidentified(body, PHI)
    sent_args = json.loads(body["messages"][1]["tool_calls"][0]["function"]["arguments"])
    user = body["messages"][0]["content"]
    assert sent_args["patient"] in user and sent_args["mrn"] in user and sent_args["admitted"] in user
    tool = body["messages"][2]["content"]
    assert "Okafor" not in tool and "03/10" not in tool and tool.split(":")[0] == sent_args["patient"]


def test_redact_policy_uses_numbered_placeholders_consistently_across_turns():
    turn1 = [{"role": "user", "content": "John Okafor and Peter Nguyen, 03/10"}]
    body1 = chat(turn1)
    deidentified(body1, PHI, policy="redact")
    assert body1["messages"][0]["content"] == "[PERSON-1] and [PERSON-2], [DATE-1]"
    body2 = chat(turn1 + [{"role": "assistant", "content": "Noted [PERSON-1]."},
                          {"role": "user", "content": "Peter Nguyen again; Mary Okafor new."}])
    deidentified(body2, PHI, policy="redact")
    assert body2["messages"][2]["content"] == "[PERSON-2] again; [PERSON-3] new."


def test_completions_prompt_and_embedding_inputs():
    body = {"model": "m", "prompt": ["John Okafor MRN A1234567", "no phi"]}
    deidentified(body, PHI, route="completions")
    assert "Okafor" not in body["prompt"][0] and body["prompt"][1] == "no phi"
    body = {"model": "m", "input": "Mary Okafor 03/16"}
    deidentified(body, PHI, route="embeddings")
    assert "Okafor" not in body["input"] and "03/16" not in body["input"]


def test_a_date_range_moves_whole_and_a_span_with_an_unread_month_is_masked():
    from proxy.policy.dates import shift_dates

    text = "Inpatient Mar 4-6 and again March 2021 and Mar; codes I10."
    body = chat([{"role": "user", "content": text}])
    ctx = deidentified(body, {"Mar 4-6": "DATE", "March 2021 and Mar": "DATE"})
    sent = body["messages"][0]["content"]
    assert sent.startswith("Inpatient " + shift_dates("Mar 4-6", ctx.deidentifier.date_offset) + " and again ")
    assert "March" not in sent and "and Mar;" not in sent  # the span with a month left unshifted is masked
    assert sent.endswith("; codes I10.")
    assert Restorer(ctx.deidentifier.reverse_map()).restore(sent) == text
