"""Doc assembles text and annotations with exact offsets."""

import pytest

from eval.builder import Doc, code, phi, txt


def test_fill_records_offsets_of_each_placeholder():
    d = Doc()
    table = {"pt": [txt("Mrs. "), phi("Lopez", "PERSON", "hand:x")], "icd": [code("E11.9", "ICD10CM")]}
    d.fill("Seen {pt} for {icd}.", lambda name, arg: table[name])
    assert d.text == "Seen Mrs. Lopez for E11.9."
    assert d.spans == [{"start": 10, "end": 15, "type": "PERSON", "source": "hand:x"}]
    assert d.codes == [{"start": 20, "end": 25, "system": "ICD10CM"}]
    assert d.record("a", "note")["text"][10:15] == "Lopez"


def test_placeholder_arguments_reach_the_expander():
    seen = []
    Doc().fill("{date:mdY}", lambda name, arg: seen.append((name, arg)) or [txt("x")])
    assert seen == [("date", "mdY")]


def test_phi_with_surrounding_whitespace_is_rejected():
    with pytest.raises(ValueError):
        Doc().add(phi(" Lopez", "PERSON"))


def test_malformed_placeholder_is_an_error_not_silent_text():
    with pytest.raises(ValueError):
        Doc().fill("Seen {Pt} today", lambda name, arg: [txt("x")])
