"""The probe_names4 split: reproduced byte for byte, dev's half of the hand name lists only, and its word
negatives are ordinary uses of the same words its people are named with."""

from eval import generate
from tests.eval._halves import heldout_only_names


def test_probe_names4_is_reproduced_and_draws_only_on_the_dev_half():
    docs = generate.generate("probe_names4")
    assert generate.serialise(docs) == (generate.CORPUS_DIR / "probe_names4.jsonl").read_text(encoding="utf-8")
    heldout_only = heldout_only_names()
    hand_values = {d["text"][s["start"]:s["end"]] for d in docs for s in d["spans"]
                   if s["source"].startswith("hand:") and s["source"] not in ("hand:word_names", "hand:nicknames",
                                                                               "hand:marked_given")}  # these mix in Faker
    assert not {w for v in hand_values for w in v.replace(",", " ").split()} & heldout_only
    assert {s["type"] for d in docs for s in d["spans"]} >= {"PERSON", "PROVIDER"}
    assert {c["system"] for d in docs for c in d["codes"]} >= {"WORD", "EPONYM", "DRUG", "ICD10CM", "CPT"}
