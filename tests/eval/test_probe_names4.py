"""The probe_names4 split: reproduced byte for byte, dev's half of the hand name lists only, and its word
negatives are ordinary uses of the same words its people are named with."""

from eval import generate
from eval.sources import hand_names
from eval.sources.people import split_half


def test_probe_names4_is_reproduced_and_draws_only_on_the_dev_half():
    docs = generate.generate("probe_names4")
    assert generate.serialise(docs) == (generate.CORPUS_DIR / "probe_names4.jsonl").read_text(encoding="utf-8")
    heldout_only = {n for g, f in hand_names.ORIGINS.values() for n in split_half(g, "heldout") + split_half(f, "heldout")}
    heldout_only |= set(split_half(hand_names.WORD_GIVEN, "heldout")) | set(split_half(hand_names.WORD_FAMILY, "heldout"))
    dev_half = {n for g, f in hand_names.ORIGINS.values() for n in split_half(g, "dev") + split_half(f, "dev")}
    dev_half |= set(split_half(hand_names.WORD_GIVEN, "dev")) | set(split_half(hand_names.WORD_FAMILY, "dev"))
    heldout_only -= dev_half
    hand_values = {d["text"][s["start"]:s["end"]] for d in docs for s in d["spans"]
                   if s["source"].startswith("hand:") and s["source"] not in ("hand:word_names", "hand:nicknames",
                                                                               "hand:marked_given")}  # these mix in Faker
    assert not {w for v in hand_values for w in v.replace(",", " ").split()} & heldout_only
    assert {s["type"] for d in docs for s in d["spans"]} >= {"PERSON", "PROVIDER"}
    assert {c["system"] for d in docs for c in d["codes"]} >= {"WORD", "EPONYM", "DRUG", "ICD10CM", "CPT"}
