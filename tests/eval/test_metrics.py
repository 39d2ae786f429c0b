"""Metrics on tiny hand-made examples whose right answers were worked out by hand."""

from eval.metrics import Span, score, token_pieces

TEXT = "Pt Maria Lopez seen 03/04/2021 code E11.9 by Dr. Kim."
#       0123456789012345678901234567890123456789012345678901
DOC = {
    "id": "t1", "kind": "note", "text": TEXT,
    "spans": [{"start": 3, "end": 14, "type": "PERSON"}, {"start": 20, "end": 30, "type": "DATE"},
              {"start": 49, "end": 52, "type": "PROVIDER"}],
    "codes": [{"start": 36, "end": 41, "system": "ICD10CM"}],
}


def test_offsets_of_the_example_are_what_the_comments_say():
    assert TEXT[3:14] == "Maria Lopez" and TEXT[20:30] == "03/04/2021" and TEXT[49:52] == "Kim"
    assert TEXT[36:41] == "E11.9"


def test_token_pieces_split_on_punctuation_and_clip_to_the_span():
    assert token_pieces(TEXT, 20, 30) == [(20, 22), (23, 25), (26, 30)]
    assert token_pieces("x92F", 1, 3) == [(1, 3)]  # "92" of the token "92F"


def test_partial_name_date_found_code_touched_and_a_false_positive():
    findings = [Span(3, 8, "PERSON"), Span(20, 30, "DATE"), Span(36, 41, "DATE"), Span(0, 2, "PERSON")]
    s, tally = score([DOC], [findings])
    # PHI tokens: Maria Lopez | 03 04 2021 | Kim = 6; covered: Maria, 03, 04, 2021 = 4
    assert s["phi_tokens"] == 6 and s["token_recall"] == 4 / 6
    # instances: only the date has all its tokens covered
    assert s["instances"] == 3 and s["instance_recall"] == 1 / 3
    assert s["per_type"]["DATE"] == {"n": 1, "recall": 1.0, "typed_recall": 1.0}
    assert s["per_type"]["PERSON"]["recall"] == 0.0
    # 4 findings, 2 overlap PHI (Maria, the date); E11.9 and "Pt" are false positives
    assert s["findings"] == 4 and s["precision"] == 0.5 and s["false_positives"] == 2
    assert s["fp_by_label"] == {"DATE": 1, "PERSON": 1}
    assert s["medical_codes"] == 1 and s["medical_codes_touched"] == 1
    assert s["medical_codes_touched_pct"] == 100.0
    assert ("t1", "PROVIDER", 49, 52) in tally.missed


def test_adjacent_findings_jointly_cover_an_instance_but_a_short_one_does_not():
    joined = [Span(3, 8, "PERSON"), Span(9, 14, "PERSON")]
    assert score([DOC], [joined])[0]["per_type"]["PERSON"]["recall"] == 1.0
    short = [Span(3, 7, "PERSON"), Span(9, 14, "PERSON")]  # "Mari": a character of the token left out
    s = score([DOC], [short])[0]
    assert s["per_type"]["PERSON"]["recall"] == 0.0 and s["token_recall"] == 1 / 6


def test_typed_recall_needs_the_right_type_and_type_map_widens_it():
    findings = [Span(49, 52, "PERSON")]
    s = score([DOC], [findings])[0]
    assert s["per_type"]["PROVIDER"] == {"n": 1, "recall": 1.0, "typed_recall": 0.0}
    both = lambda label: frozenset({"PERSON", "PROVIDER"})  # noqa: E731
    assert score([DOC], [findings], both)[0]["per_type"]["PROVIDER"]["typed_recall"] == 1.0


def test_no_findings_gives_zero_recall_and_undefined_precision():
    s = score([DOC], [[]])[0]
    assert s["token_recall"] == 0.0 and s["instance_recall"] == 0.0
    assert s["precision"] is None and s["medical_codes_touched"] == 0


def test_non_code_negatives_are_counted_separately_from_medical_codes():
    doc = {**DOC, "codes": [{"start": 36, "end": 41, "system": "DRUG"}]}
    s = score([doc], [[Span(36, 41, "PERSON")]])[0]
    assert s["medical_codes"] == 0 and s["negatives_touched"]["DRUG"] == {"n": 1, "touched": 1}
