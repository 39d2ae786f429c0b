"""The probe_names2 split: reproduced byte for byte, dev's half of the hand name lists only."""

from eval import generate
from tests.eval._halves import heldout_only_names


def test_probe_names2_is_reproduced_and_draws_only_on_the_dev_half():
    docs = generate.generate("probe_names2")
    assert generate.serialise(docs) == (generate.CORPUS_DIR / "probe_names2.jsonl").read_text(encoding="utf-8")
    heldout_only = heldout_only_names(word_lists=False)
    hand_values = {d["text"][s["start"]:s["end"]] for d in docs for s in d["spans"] if s["source"].startswith("hand:") and s["source"] != "hand:word_names"}  # word_names mix in Faker
    assert not {w for v in hand_values for w in v.replace(",", " ").split()} & heldout_only
    assert {s["type"] for d in docs for s in d["spans"]} >= {"PERSON", "PROVIDER"}
