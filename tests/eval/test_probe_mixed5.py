"""The probe_mixed5 split: reproduced byte for byte, none of the held-out half of the hand name lists, and its
hard negatives include the room numbers and shift hours that fill nursing boards."""

from eval import generate
from eval.templates import probe_mixed5_coder as probe
from tests.eval._halves import heldout_only_names


def test_probe_mixed5_is_reproduced_and_draws_only_on_the_dev_half():
    docs = generate.generate("probe_mixed5")
    assert generate.serialise(docs) == (generate.CORPUS_DIR / "probe_mixed5.jsonl").read_text(encoding="utf-8")
    heldout_only = heldout_only_names()
    hand_values = {d["text"][s["start"]:s["end"]] for d in docs for s in d["spans"]
                   if s["source"].startswith("hand:") and not s["source"].startswith(("hand:mixed5", "hand:word_names"))}
    # (those two mix a Faker given or family name into the hand-typed one)
    assert not {w for v in hand_values for w in v.replace(",", " ").split()} & heldout_only
    typed = (probe.PARTICLE_FAMILY, probe.WORD_FAMILY5, probe.SHORT_GIVEN, probe.HYPHEN_GIVEN, probe.WORD_GIVEN5,
             probe.EPONYM_FAMILY)  # the split's own lists, as drawn
    drawn = {w for names in typed for n in probe._dev_only(names) for w in n.replace("-", " ").split()}
    assert not drawn & heldout_only
    assert {s["type"] for d in docs for s in d["spans"]} >= {"PERSON", "PROVIDER", "MRN", "ACCOUNT_ID", "HEALTH_PLAN_ID",
                                                              "PHONE", "FAX", "EMAIL", "URL", "DATE", "SSN"}
    assert {c["system"] for d in docs for c in d["codes"]} >= {"ROOM", "SHIFT_TIME", "VITAL", "DOSE", "LAB_VALUE",
                                                                "DRUG", "EPONYM", "ICD10CM", "CPT"}
