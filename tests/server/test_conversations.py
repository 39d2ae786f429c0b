"""Multi-turn conversations through the real server with the openai SDK: the upstream sees one stable
surrogate per real value across turns, and never the real value."""

import openai

from tests.server.conftest import NOTE, PHI


def turn(client, messages, **kwargs):
    return client.chat.completions.create(model="echo", messages=messages, **kwargs).choices[0].message.content


def test_surrogates_are_stable_across_turns_and_earlier_answers(client, upstream):
    first = [{"role": "user", "content": NOTE}]
    before = len(upstream.requests)
    answer1 = turn(client, first)
    assert answer1 == NOTE  # restored for the coder
    sent1 = upstream.requests[-1].body["messages"]

    second = first + [{"role": "assistant", "content": answer1},
                      {"role": "user", "content": f"And what did {PHI['name']} have on {PHI['dob']}?"}]
    answer2 = turn(client, second)
    sent2 = upstream.requests[-1].body["messages"]
    assert len(upstream.requests) == before + 2
    # Turn 1 went out byte for byte the same; the coder's resent (restored) answer went out as the model wrote it.
    assert sent2[0] == sent1[0]
    assert sent2[1]["content"] == sent1[0]["content"]
    for value in PHI.values():
        assert all(value not in m["content"] for m in sent1 + sent2)
    assert answer2 == f"And what did {PHI['name']} have on {PHI['dob']}?"


def test_two_people_get_two_surrogates(client, upstream):
    turn(client, [{"role": "user", "content": "Patient Maria Lopez and her daughter Ana Lopez-Reyes were both seen."}])
    sent = upstream.requests[-1].body["messages"][0]["content"]
    assert "Maria" not in sent and "Ana Lopez-Reyes" not in sent


def test_conversation_id_header_keeps_surrogates_across_different_openings(gateway, upstream):
    client = openai.OpenAI(base_url=gateway.base_url, api_key=gateway.keys["coder"], max_retries=0,
                           default_headers={"X-Conversation-Id": "case-7781"})
    turn(client, [{"role": "user", "content": f"Patient {PHI['name']} seen today."}])
    a = upstream.requests[-1].body["messages"][0]["content"]
    turn(client, [{"role": "user", "content": f"Patient {PHI['name']} seen today."}])
    assert upstream.requests[-1].body["messages"][0]["content"] == a
    other = openai.OpenAI(base_url=gateway.base_url, api_key=gateway.keys["coder"], max_retries=0,
                          default_headers={"X-Conversation-Id": "case-9999"})
    turn(other, [{"role": "user", "content": f"Patient {PHI['name']} seen today."}])
    assert upstream.requests[-1].body["messages"][0]["content"] != a


def test_new_phi_in_the_answer_is_counted_in_the_audit(client, upstream, audit):
    upstream.reply_override = "Per the chart, Dr. Margarethe Vollenweider saw the patient on 02/11/2026."
    answer = turn(client, [{"role": "user", "content": "Who saw the patient?"}])
    assert "Vollenweider" not in answer  # invented by the model: handled by the policy, not shown as real
    record = audit()[-1]
    assert sum(record["response_entity_counts"].values()) >= 1
