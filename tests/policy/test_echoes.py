import pytest

from proxy.detection.finding import Finding
from proxy.policy.echoes import SentLines

SENT = ["Pt: Harlan Veech, DOB 01/02/1950\nDx: E11.9 type 2 diabetes\n\nPlan: insulin"]


def spans(novel, text, found):
    return [text[f.start:f.end] for f in novel.to_original(found)]


def test_lines_sent_verbatim_are_left_out():
    answer = "Dx: E11.9 type 2 diabetes\nCall Mirela Osk at 555-0100.\n  Plan: insulin  \nDone"
    novel = SentLines(SENT).novel(answer)
    assert novel.text == "Call Mirela Osk at 555-0100.\n\nDone"
    assert novel.skipped == len("Dx: E11.9 type 2 diabetes\n") + len("  Plan: insulin  \n")


@pytest.mark.parametrize("value", ["Mirela Osk", "555-0100", "Done"])
def test_findings_map_back_to_the_answer(value):
    answer = "Dx: E11.9 type 2 diabetes\nCall Mirela Osk at 555-0100.\n  Plan: insulin  \nDone"
    novel = SentLines(SENT).novel(answer)
    start = novel.text.index(value)
    found = [Finding(start, start + len(value), "PERSON", 0.9)]
    assert spans(novel, answer, found) == [value]


def test_a_partly_quoted_line_is_scanned_whole():
    answer = "Pt: Harlan Veech, DOB 01/02/1950 and his wife Ona Veech"
    novel = SentLines(SENT).novel(answer)
    assert novel.text == answer and novel.skipped == 0


def test_a_span_never_reaches_into_a_skipped_line():
    answer = "Ask Bea\nDx: E11.9 type 2 diabetes\nTorvik"
    novel = SentLines(SENT).novel(answer)
    assert novel.text == "Ask Bea\n\nTorvik"
    found = [Finding(4, len(novel.text), "PERSON", 0.9)]  # "Bea\n\nTorvik" as one span
    assert spans(novel, answer, found) == ["Bea\n"]


def test_nothing_sent_keeps_everything():
    novel = SentLines([]).novel("a\nb")
    assert novel.text == "a\nb" and novel.skipped == 0
