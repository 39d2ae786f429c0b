"""The committed corpora are reproduced exactly, are well-formed, cover every entity type, keep held-out
templates separate from dev's, and are built without the detector's lexicons."""

import ast
import functools
import json
from collections import Counter
from pathlib import Path

import faker
import pytest

from eval import generate
from proxy.detection import entities

EVAL_DIR = Path(generate.__file__).resolve().parent


@functools.lru_cache(maxsize=None)
def corpus(split: str) -> list[dict]:
    return generate.generate(split)


@pytest.fixture(scope="module", params=["dev", "heldout"])
def split_docs(request):
    return request.param, corpus(request.param)


def test_committed_corpus_is_reproduced_byte_for_byte(split_docs):
    split, docs = split_docs
    assert faker.VERSION == generate.FAKER_VERSION, "Faker changed: regenerate and re-measure the corpus"
    committed = (generate.CORPUS_DIR / f"{split}.jsonl").read_text(encoding="utf-8")
    assert generate.serialise(docs) == committed


def test_sizes_and_kinds(split_docs):
    split, docs = split_docs
    assert len(docs) >= (320 if split == "dev" else 200)
    assert set(Counter(d["kind"] for d in docs)) == set(generate.SPLITS[split]["kinds"])


def test_spans_are_exact_stripped_disjoint_and_typed(split_docs):
    _, docs = split_docs
    for d in docs:
        marks = sorted([(s["start"], s["end"]) for s in d["spans"]] + [(c["start"], c["end"]) for c in d["codes"]])
        for (s1, e1), (s2, _) in zip(marks, marks[1:]):
            assert e1 <= s2, f"overlapping annotations in {d['id']}"
        for s in d["spans"]:
            value = d["text"][s["start"]:s["end"]]
            assert value and value == value.strip() and s["type"] in entities.ALL
        assert "{" not in d["text"]


def test_every_entity_type_occurs_many_times(split_docs):
    split, docs = split_docs
    counts = Counter(s["type"] for d in docs for s in d["spans"])
    assert set(counts) == set(entities.ALL)
    assert min(counts.values()) >= 10, counts


def test_hard_negatives_include_every_code_system(split_docs):
    _, docs = split_docs
    systems = {c["system"] for d in docs for c in d["codes"]}
    assert {"ICD10CM", "ICD10PCS", "CPT", "CPT_II", "CPT_III", "HCPCS", "MODIFIER", "NDC", "LOINC", "DRG", "NPI",
            "EPONYM", "DRUG", "DEVICE", "VITAL", "DOSE", "LAB_VALUE", "DURATION", "YEAR", "STATE"} <= systems


def test_icd_negatives_are_real_codes_and_npis_pass_luhn():
    import simple_icd_10_cm as cm

    for d in corpus("dev"):
        for c in d["codes"]:
            value = d["text"][c["start"]:c["end"]]
            if c["system"] == "ICD10CM":
                assert cm.is_valid_item(value), value
            if c["system"] == "NPI":
                digits = [int(x) for x in "80840" + value]
                total = sum(x if i % 2 == 0 else (2 * x - 9 if 2 * x > 9 else 2 * x)
                            for i, x in enumerate(reversed(digits)))
                assert total % 10 == 0, value


def _string_literals(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            and len(n.value) >= 25}


def test_heldout_templates_share_no_phrasing_with_dev():
    dev = _string_literals(EVAL_DIR / "templates/dev_notes.py") | _string_literals(EVAL_DIR / "templates/dev_coder.py")
    held = (_string_literals(EVAL_DIR / "templates/heldout_notes.py")
            | _string_literals(EVAL_DIR / "templates/heldout_coder.py"))
    assert not dev & held


def test_heldout_names_are_unseen_in_dev():
    dev, held = corpus("dev"), corpus("heldout")
    names = lambda docs: {d["text"][s["start"]:s["end"]] for d in docs  # noqa: E731
                          for s in d["spans"] if s.get("source", "").startswith("hand:") and s["type"] == "PERSON"}
    shared = names(dev) & names(held)
    assert len(shared) <= 0.02 * len(names(held)), sorted(shared)[:20]


def test_corpus_is_built_without_the_detector_or_its_lexicons():
    # Only eval/systems.py (which runs the detectors) may import proxy; nothing may touch the lexicons.
    for path in EVAL_DIR.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                mods = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
                assert not any("lexicon" in m for m in mods), f"{path} imports {mods}"
                if path.name != "systems.py":
                    assert not any(m.startswith("proxy") for m in mods), f"{path} imports {mods}"
        assert "lexicons" not in source.replace("proxy/detection/lexicons/", ""), path


def test_corpus_lines_are_plain_json_with_the_documented_keys():
    line = (generate.CORPUS_DIR / "dev.jsonl").read_text(encoding="utf-8").splitlines()[0]
    doc = json.loads(line)
    assert list(doc) == ["id", "kind", "text", "spans", "codes"]
