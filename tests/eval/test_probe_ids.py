"""The probe_ids split: reproduced byte for byte, tuned material only (dev's half of every hand list)."""

from eval import generate
from eval.sources import hand_places
from eval.sources.people import split_half


def test_probe_ids_is_reproduced_and_draws_only_on_the_dev_half():
    docs = generate.generate("probe_ids")
    assert generate.serialise(docs) == (generate.CORPUS_DIR / "probe_ids.jsonl").read_text(encoding="utf-8")
    heldout_only = {c[0] for c in split_half(hand_places.CITIES, "heldout")} | set(split_half(hand_places.COUNTIES, "heldout"))
    hand_values = {d["text"][s["start"]:s["end"]] for d in docs for s in d["spans"] if s.get("source", "").startswith("hand:")}
    assert not hand_values & heldout_only
    assert {s["type"] for d in docs for s in d["spans"]} >= {"MRN", "HEALTH_PLAN_ID", "ACCOUNT_ID", "LOCATION"}


def test_probe_splits_share_the_dev_half():
    assert split_half(hand_places.CITIES, "probe_ids") == split_half(hand_places.CITIES, "dev")
