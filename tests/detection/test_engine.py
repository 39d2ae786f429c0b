from concurrent.futures import ThreadPoolExecutor

import pytest

from proxy.detection import entities
from proxy.detection.engine import DetectionEngine
from proxy.detection.finding import Finding
from proxy.detection.recognizer import Recognizer
from proxy.detection.registry import PATTERN_RECOGNIZERS, default_recognizers

NOTE = (
    "Pt seen 03/04/2021, MRN: 00123456, DOB 3/4/1931 (92 y/o). Dx E11.9, F41.1; CPT 99214-25, 93000, "
    "J1100. NPI 1234567893. Member ID: W123456789, MBI 1EG4-TE5-MK73. Call (617) 555-1234, "
    "Fax: 617-555-9876, jdoe@example.com, SSN 123-45-6789. Boston, MA 02115. BP 120/80, GCS 3/15."
)


class Fixed(Recognizer):
    """Returns the findings it is given: lets a test set up exact overlaps."""

    ENTITIES = (entities.OTHER_ID, entities.DATE, entities.PERSON)

    def __init__(self, *findings):
        self.findings = list(findings)

    def analyze(self, view):
        return list(self.findings)


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine()


def typed(engine, text):
    return {(text[f.start:f.end], f.entity_type) for f in engine.analyze(text)}


def test_default_recognizers_include_pattern_and_lexical():
    names = {type(r).__name__ for r in default_recognizers()}
    assert {cls.__name__ for cls in PATTERN_RECOGNIZERS} <= names
    assert "PersonNameRecognizer" in names


def test_findings_are_sorted_non_overlapping_and_over_threshold(engine):
    found = engine.analyze(NOTE)
    assert found == sorted(found, key=lambda f: f.start)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    assert all(f.score >= engine.threshold and f.entity_type in entities.ALL for f in found)


def test_every_identifier_in_the_note_is_found(engine):
    found = typed(engine, NOTE)
    for expected in [
        ("03/04/2021", "DATE"), ("00123456", "MRN"), ("3/4/1931", "DATE"), ("92 y/o", "AGE"),
        ("W123456789", "HEALTH_PLAN_ID"), ("1EG4-TE5-MK73", "HEALTH_PLAN_ID"), ("(617) 555-1234", "PHONE"),
        ("617-555-9876", "FAX"), ("jdoe@example.com", "EMAIL"), ("123-45-6789", "SSN"), ("02115", "ZIP_CODE"),
    ]:
        assert expected in found


@pytest.mark.parametrize("code", ["E11.9", "F41.1", "99214-25", "93000", "J1100", "1234567893", "120/80", "3/15"])
def test_medical_codes_are_untouched(engine, code):
    start = NOTE.index(code)
    assert not [f for f in engine.analyze(NOTE) if f.start < start + len(code) and start < f.end]


def test_strong_label_overrides_code_shape(engine):
    assert ("99214", "HEALTH_PLAN_ID") in typed(engine, "Member ID: 99214")
    assert typed(engine, "CPT 99214") == set()


def test_weak_finding_inside_a_code_is_dropped():
    text = "billed 99214 today"
    weak = Finding(7, 12, entities.DATE, 0.6)
    assert DetectionEngine([Fixed(weak)]).analyze(text) == []
    # A code span stands even against a labelled finding: the guard already let real ID labels through.
    strong = Finding(7, 12, entities.OTHER_ID, 0.95)
    assert DetectionEngine([Fixed(strong)]).analyze(text) == []


def test_strong_finding_overrides_a_clinical_span_but_weak_does_not():
    text = "dose 250 mg daily"
    strong, weak = Finding(5, 8, entities.OTHER_ID, 0.95), Finding(5, 8, entities.OTHER_ID, 0.6)
    assert DetectionEngine([Fixed(strong)]).analyze(text) == [strong]
    assert DetectionEngine([Fixed(weak)]).analyze(text) == []


def test_weak_finding_touching_a_code_is_dropped():
    text = "code 99214-XY1234 today"
    assert DetectionEngine([Fixed(Finding(5, 17, entities.OTHER_ID, 0.6))]).analyze(text) == []


def test_threshold_applies():
    text = "abcdefghij"
    low, high = Finding(0, 3, entities.OTHER_ID, 0.4), Finding(5, 8, entities.OTHER_ID, 0.7)
    assert DetectionEngine([Fixed(low, high)]).analyze(text) == [high]
    assert DetectionEngine([Fixed(low, high)], threshold=0.3).analyze(text) == [low, high]


def test_overlap_higher_score_wins_then_longer():
    text = "x" * 40
    a, b = Finding(0, 10, entities.DATE, 0.9), Finding(0, 10, entities.OTHER_ID, 0.6)
    assert DetectionEngine([Fixed(b, a)]).analyze(text) == [a]
    short, long_ = Finding(0, 5, entities.DATE, 0.8), Finding(0, 12, entities.OTHER_ID, 0.8)
    assert DetectionEngine([Fixed(short, long_)]).analyze(text) == [long_]


def test_partly_covered_loser_keeps_its_remainder():
    text = "12 Main Street, Salem, MA 02115 here"
    zip_ = Finding(26, 31, entities.ZIP_CODE, 0.95)
    street = Finding(0, 31, entities.STREET_ADDRESS, 0.8)
    engine = DetectionEngine([Fixed(zip_, street)])
    engine.recognizers[0].ENTITIES = (entities.ZIP_CODE, entities.STREET_ADDRESS)
    assert [(text[f.start:f.end], f.entity_type) for f in engine.analyze(text)] == [
        ("12 Main Street, Salem, MA", entities.STREET_ADDRESS), ("02115", entities.ZIP_CODE),
    ]


def test_unknown_entity_type_is_rejected():
    class Bad(Recognizer):
        ENTITIES = ("NOT_A_TYPE",)

    with pytest.raises(ValueError):
        DetectionEngine([Bad()])


def test_empty_text(engine):
    assert engine.analyze("") == []


def test_thread_safe(engine):
    texts = [NOTE.replace("00123456", f"00{i:06d}") for i in range(40)]
    serial = [engine.analyze(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(engine.analyze, texts)) == serial


@pytest.mark.parametrize("text,code", [
    ("Pt seen for office visit 99214 today.", "99214"),
    ("claim 99213 denied for lack of documentation", "99213"),
    ("order 71046 placed for cough", "71046"),
    ("encounter 99285 in the ED", "99285"),
    ("Dx E11.9 and I10, CPT 93000", "E11.9"),
])
def test_codes_after_nouns_that_also_label_ids_stay_codes(text, code):
    start = text.index(code)
    findings = DetectionEngine().analyze(text)
    assert not [f for f in findings if f.start < start + len(code) and start < f.end]


def test_a_state_left_over_from_a_name_reading_is_dropped():
    # the place wins "North Michaelfort"; the rest of the name reading is a state, which is no PHI
    text = "Subscriber #: 613222935S\nPrior address: North Michaelfort, Kansas\n"
    found = [(f.entity_type, text[f.start:f.end]) for f in DetectionEngine().analyze(text)]
    assert ("LOCATION", "North Michaelfort") in found
    assert not any("Kansas" in value for _, value in found)


@pytest.mark.parametrize("text, value, entity", [
    ("LOPEZ, MARIA  #00123456  DOB 03/04/1961", "00123456", "MRN"),
    ("FL3a PAT CNTL # PCN77792496", "PCN77792496", "ACCOUNT_ID"),
    ("Visit Patient Control No. 63288143580.", "63288143580", "ACCOUNT_ID"),
    ("Finger scan ID RET69791177 retired.", "RET69791177", "BIOMETRIC_ID"),
    ("thumbprint verified, ref 1234-5678", "1234-5678", "BIOMETRIC_ID"),
    ("acct ending 5905?? no wait thats my social", "5905", "SSN"),
    ("N4*Troy*New York*12180~", "Troy", "LOCATION"),
    ("Mileage log: Davidville -> Marshall -> office.", "Marshall", "LOCATION"),
    ("Transferred from a pharmacy in Hue, Vietnam; meds", "Hue, Vietnam", "LOCATION"),
    ("Next visit 16th of December. Denise Parker, LPN", "16th of December", "DATE"),
    ("PHARMACY NOTE 01APR19", "01APR19", "DATE"),
])
def test_values_get_the_specific_type(engine, text, value, entity):
    assert (value, entity) in typed(engine, text)


@pytest.mark.parametrize("text, code", [
    ("ICD-10-PCS 03JUN72", "03JUN72"),
    ("Box 26: 99213", "99213"),
    ("N4 segment missing; CPT 99214", "99214"),
])
def test_new_rules_leave_codes(engine, text, code):
    assert not any(code in t or t in code for t, _ in typed(engine, text))
