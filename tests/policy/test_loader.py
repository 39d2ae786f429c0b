from pathlib import Path

import pytest

from proxy.policy import Action, PolicyError, PolicyNotFound, load_policies, load_policy_file

SHIPPED = Path(__file__).resolve().parents[2] / "policies"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(text)
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(PolicyError) as info:
        load_policy_file(path)
    return info.value.problems


def test_shipped_policies_load_with_their_meaning():
    policies = load_policies(SHIPPED)
    assert {"deidentify", "redact", "block"} <= set(policies.names())
    deid, redact, block = policies.get("deidentify"), policies.get("redact"), policies.get("block")
    assert deid.action_for("PERSON") == Action.PSEUDONYMIZE and deid.reidentify
    assert redact.action_for("MRN") == Action.REDACT and not redact.reidentify
    assert block.action_for("DATE") == Action.BLOCK
    assert all(not p.allows_part(kind) for p in policies for kind in ("image_url", "input_audio", "file"))


def test_full_policy_is_read(tmp_path):
    path = write(tmp_path, "coding", """\
description: coders
default_action: pseudonymize
actions:
  PROVIDER: keep
  SSN: block
thresholds:
  default: 0.6
  PERSON: 0.8
  DATE: 1
allow_phrases: ["Mayo Clinic"]
reidentify: false
scan_responses: false
allow_parts: [image_url]
""")
    p = load_policy_file(path)
    assert p.name == "coding" and p.source == path
    assert p.action_for("PROVIDER") == Action.KEEP and p.action_for("SSN") == Action.BLOCK
    assert p.action_for("EMAIL") == Action.PSEUDONYMIZE
    assert (p.threshold_for("PERSON"), p.threshold_for("DATE"), p.threshold_for("MRN")) == (0.8, 1.0, 0.6)
    assert p.allow_phrases == ("Mayo Clinic",) and not p.reidentify and not p.scan_responses
    assert p.allows_part("image_url") and not p.allows_part("file")


@pytest.mark.parametrize("text, line, reason", [
    ("default_action: block\nactions:\n  PERSON: [keep\n", 3, "invalid YAML"),
    ("default_action: block\nreidentfy: true\n", 2, "unknown key 'reidentfy'"),
    ("default_action: block\nactions:\n  PERSON: keep\n  DATE: obliterate\n", 4, "unknown action 'obliterate'"),
    ("default_action: shred\n", 1, "unknown action 'shred'"),
    ("default_action: block\nactions:\n\n  PATIENT_NAME: redact\n", 4, "unknown entity type 'PATIENT_NAME'"),
    ("default_action: block\nthresholds:\n  SOCIAL: 0.5\n", 3, "unknown entity type 'SOCIAL'"),
    ("default_action: block\nthresholds:\n  PERSON: high\n", 3, "thresholds.PERSON must be a float"),
    ("default_action: block\nthresholds:\n  default: 1.5\n", 3, "must be between 0 and 1"),
    ("default_action: block\nthresholds:\n  default: true\n", 3, "must be a float"),
    ("default_action: block\nreidentify: yes please\n", 2, "reidentify must be a bool"),
    ("default_action: block\nallow_phrases: Mayo\n", 2, "allow_phrases must be a list"),
    ("default_action: block\nallow_phrases: ['']\n", 2, "must not be empty"),
    ("default_action: block\nallow_parts: [video]\n", 2, "unknown part 'video'"),
    ("default_action: block\nname: other\n", 2, "does not match the file name"),
    ("default_action: block\ndefault_action: keep\n", 2, "duplicate key 'default_action'"),
    ("reidentify: true\n", 1, "default_action is required"),
    ("- just\n- a list\n", 1, "policy must be a mapping"),
    ("", 1, "empty policy file"),
])
def test_broken_policy_names_file_line_and_reason(tmp_path, text, line, reason):
    path = write(tmp_path, "broken", text)
    problems = problems_of(path)
    assert any(p.startswith(f"{path}:{line}: ") and reason in p for p in problems), problems


def test_every_problem_in_every_file_is_reported(tmp_path):
    write(tmp_path, "a", "default_action: block\nbogus: 1\nactions:\n  NOPE: keep\n")
    write(tmp_path, "b", "default_action: nuke\n")
    write(tmp_path, "good", "default_action: keep\n")
    with pytest.raises(PolicyError) as info:
        load_policies(tmp_path)
    lines = str(info.value).splitlines()
    assert [l.split(": ", 1)[0] for l in lines] == [f"{tmp_path}/a.yaml:2", f"{tmp_path}/a.yaml:4",
                                                   f"{tmp_path}/b.yaml:1"]


def test_directory_problems(tmp_path):
    with pytest.raises(PolicyError, match="no policy files"):
        load_policies(tmp_path)
    with pytest.raises(PolicyError, match="not a directory"):
        load_policies(tmp_path / "missing")


def test_unknown_policy_is_a_key_error():
    policies = load_policies(SHIPPED)
    with pytest.raises(KeyError) as info:
        policies.get("nonexistent")
    assert isinstance(info.value, PolicyNotFound) and "nonexistent" in str(info.value)
    assert "deidentify" in policies and "nonexistent" not in policies
