"""The probe_places4 split: reproduced byte for byte, dev's half of its probe-only hand lists only."""

from eval import generate
from eval.sources import hand_places4 as H
from eval.sources.people import split_half

_LISTS = {"hand:bare_towns": H.BARE_TOWNS, "hand:word_towns4": H.WORD_TOWNS, "hand:neighborhoods": H.NEIGHBORHOODS,
          "hand:abroad": H.ABROAD}


def test_probe_places4_is_reproduced_and_draws_only_on_the_dev_half():
    docs = generate.generate("probe_places4")
    assert generate.serialise(docs) == (generate.CORPUS_DIR / "probe_places4.jsonl").read_text(encoding="utf-8")
    for source, items in _LISTS.items():
        values = {d["text"][s["start"]:s["end"]].lower() for d in docs for s in d["spans"] if s.get("source") == source}
        assert values and values <= {v.lower() for v in split_half(items, "dev")}, source


def test_probe_places4_has_weak_context_places_and_place_negatives():
    docs = generate.generate("probe_places4")
    types = {s["type"] for d in docs for s in d["spans"]}
    assert types >= {"LOCATION", "FACILITY", "STREET_ADDRESS", "ZIP_CODE"}
    systems = {c["system"] for d in docs for c in d["codes"]}
    assert systems >= {"STATE", "EPONYM", "WORD", "DRUG", "ICD10CM", "CPT"}
