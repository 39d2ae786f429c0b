import json

import pytest

from proxy.policy.restore import Restorer

REVERSE = {"Brennan": "Okafor", "Anselm": "John", "Anselm Brennan": "John Okafor", "03/24": "03/10",
           "03/24/2024": "03/10/2024", "A2282813": "A1234567", "[PERSON-1]": "Mary Okafor"}
ANSWER = "Mr. Brennan (MRN A2282813) was admitted 03/24/2024; Anselm Brennan left 03/24. Ask [PERSON-1]."
REAL = "Mr. Okafor (MRN A1234567) was admitted 03/10/2024; John Okafor left 03/10. Ask Mary Okafor."


def streamed(restorer: Restorer, chunks: list[str]) -> tuple[str, list[str]]:
    s = restorer.stream()
    sent = [s.feed(c) for c in chunks] + [s.flush()]
    return "".join(sent), sent


def test_restores_whole_words_only_and_carries_case_over():
    r = Restorer(REVERSE)
    assert r.restore(ANSWER) == REAL
    assert r.restore("BRENNAN, ANSELM") == "OKAFOR, JOHN"
    assert r.restore("Brennanville and Anselms and xA2282813") == "Brennanville and Anselms and xA2282813"


def test_json_escaping_inside_tool_arguments():
    r = Restorer({"Brennan": 'O"Kafor\\'}, json_escape=True)
    args = r.restore('{"patient": "Brennan"}')
    assert json.loads(args) == {"patient": 'O"Kafor\\'}


@pytest.mark.parametrize("split", range(1, len(ANSWER)))
def test_surrogate_split_at_every_boundary_in_two(split):
    out, _ = streamed(Restorer(REVERSE), [ANSWER[:split], ANSWER[split:]])
    assert out == REAL


@pytest.mark.parametrize("split", range(1, len("Anselm Brennan") + 1))
def test_every_three_way_split_around_a_full_name(split):
    text = "Hi Anselm Brennan."
    for second in range(split + 1, len(text)):
        chunks = [text[: split + 2], text[split + 2: second + 2], text[second + 2:]]
        assert streamed(Restorer(REVERSE), chunks)[0] == "Hi John Okafor."


def test_one_character_chunks():
    out, _ = streamed(Restorer(REVERSE), list(ANSWER))
    assert out == REAL


def test_text_that_cannot_start_a_surrogate_goes_out_at_once():
    s = Restorer(REVERSE).stream()
    assert s.feed("The principal diagnosis is ") == "The principal diagnosis is "
    assert s.feed("E11.9 for Mr. Bre") == "E11.9 for Mr. "  # only the possible surrogate start waits
    assert s.feed("nnan") == ""  # complete, but "Brennan-" or "Brennanx" would still change it
    assert s.feed(" today") == "Okafor today"
    assert s.flush() == ""


def test_a_held_tail_that_turns_out_not_to_be_a_surrogate_is_released():
    s = Restorer(REVERSE).stream()
    assert s.feed("Brenn") == ""
    assert s.feed("er said") == "Brenner said"
    assert s.feed(" 03/2") == " "
    assert s.flush() == "03/2"


def test_no_mapping_passes_everything():
    s = Restorer({}).stream()
    assert s.feed("Brennan") == "Brennan" and s.flush() == ""


def test_the_json_twin_escapes_like_a_json_restorer_and_leaves_the_plain_one_plain():
    reverse = {"Brennan": 'O"Kafor\\', "01/02/2000": "03/04/1961"}
    plain = Restorer(reverse)
    twin = plain.for_json()
    text = "Mr. BRENNAN seen 01/02/2000; brennan's chart"
    assert twin.restore(text) == Restorer(reverse, json_escape=True).restore(text)
    assert plain.restore(text) == 'Mr. O"KAFOR\\ seen 03/04/1961; O"Kafor\\\'s chart'  # no name shape: as issued



@pytest.mark.parametrize("reverse, answer, restored", [
    ({"BRENNAN": "MACHÁČKOVÁ"}, "Ms. Brennan was seen", "Ms. Macháčková was seen"),  # first seen in capitals
    ({"Brennan": "Okafor"}, "brennan called back", "okafor called back"),  # a chat answer in lower case
    ({"Brennan": "Okafor"}, "BRENNAN, J", "OKAFOR, J"),
    ({"XQ8812": "AB1234"}, "member xq8812", "member AB1234"),  # an ID keeps its letters' case
    ({"CASTELLANO DABROWSKI": "PAVLA MACHÁČKOVÁ", "Castellano Dabrowski": "Pavla Macháčková"},
     "Castellano Dabrowski and CASTELLANO DABROWSKI", "Pavla Macháčková and PAVLA MACHÁČKOVÁ"),  # each as issued
])
def test_the_answers_capitalisation_carries_over_to_names(reverse, answer, restored):
    assert Restorer(reverse).restore(answer) == restored
