import pytest

from proxy.detection.recognizers.provider_name_recognizer import ProviderNameRecognizer
from tests.detection._lexical_helpers import found

R = ProviderNameRecognizer()


@pytest.mark.parametrize("text, name", [
    ("Seen by Dr. Nguyen Thi Minh today.", "Nguyen Thi Minh"),
    ("Electronically signed by Sarah O'Brien, MD", "Sarah O'Brien"),
    ("Discussed with J. Smith-Jones, PA-C", "J. Smith-Jones"),
    ("Rose King, RN administered the dose.", "Rose King"),
    ("ATTENDING: Okonkwo, Oluwaseun", "Okonkwo, Oluwaseun"),
    ("can u format the letter to dr kiplagat", "kiplagat"),
    ("Dr. Murphy consulted.", "Murphy"),
    ("cc: Priya Subramanian", "Priya Subramanian"),
    ("Wound looks clean.\n- Ejaz Waahid\n", "Ejaz Waahid"),
    ("Will continue to monitor. Report given to Dawn.", "Dawn"),  # a nurse's shift handoff
    ("Hand-off to Nasiru at 1900.", "Nasiru"),
])
def test_finds_clinicians(text, name):
    assert name in found(R, text)


@pytest.mark.parametrize("text", [
    "ANESTHESIA: General, endotracheal.",
    "Murphy's sign positive; Dr. was paged.",
    "Plan discussed with patient. Follow up with PCP.",
    "PATIENT: OKAFOR, CHINEDU",
])
def test_no_clinician_without_evidence(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, name", [
    ("ANESTHESIA: General, Doctor Rhavi Cross\nPREOP DX: knee OA", "Rhavi Cross"),  # clinical-word surname at line end
    ("Signed: IFEANYI NURSE DO  08-17-2020", "IFEANYI NURSE"),
    ("cc: Thandiwe Nkosi, MD; Joaquín Ibáñez, NP", "Joaquín Ibáñez"),
    ("Dr. Cross called back.", "Cross"),
    ("Dr Kowalczyk-Ó Briain reviewed the films.", "Kowalczyk-Ó Briain"),
])
def test_finds_clinicians_with_unlisted_or_clinical_surnames(text, name):
    assert name in found(R, text)


@pytest.mark.parametrize("text", [
    "Dr. Smith Cardiology clinic",  # the service after a name is no surname  -> only "Smith"
])
def test_service_after_clinician_is_not_part_of_name(text):
    assert found(R, text) == ["Smith"]


@pytest.mark.parametrize("text", [
    "Blue Cross denied the claim. Nurse to call patient.",
    "MS Contin 30 mg; MR severe; DR proliferative.",
    "cc: chest pain x 2 days",
])
def test_clinical_caps_and_payers_are_not_clinicians(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, name", [
    ("Attending MD.....: KOUROSH SARGSYAN\nDx.....: T24.2", "KOUROSH SARGSYAN"),  # dot leaders
    ("Rendering: SEO, MIN-JUN-KARIM  NPI 1741327773", "SEO, MIN-JUN-KARIM"),
    ("Admitting: Doctor Ahmed Onyango    Discharging: Ahmad-Madison Suleiman, NP", "Ahmad-Madison Suleiman"),
    ("Please call my nurse, Lidia Kursa, with questions.", "Lidia Kursa"),
    ("Dear DR. le Mathebula,\n", "le Mathebula"),  # particle right after the title
    ("sent to Dr. de Le for approval", "de Le"),
    ("Per Dr. O. St. Geisler, continue insulin.", "O. St. Geisler"),
    ("S: Overnight events per cross-cover Dr. Caraka van den Qureshi: none.", "Caraka van den Qureshi"),
])
def test_finds_clinicians_after_leaders_particles_and_nurse_cues(text, name):
    assert name in found(R, text)


def test_saint_facility_after_a_clinician_stays_out():
    assert found(R, "Dr. Smith at St. Mary Hospital") == ["Smith"]


@pytest.mark.parametrize("text, name", [
    ("Attending: dr cross  NPI 2814714905", "cross"),  # a title vouches for a listed surname that is a clinical word
    ("can you ask dr foley", "foley"),
    ("I reviewed it with Dr. Hope Samatar yesterday.", "Hope Samatar"),
])
def test_lowercase_titles_vouch_for_listed_surnames(text, name):
    assert name in found(R, text)


@pytest.mark.parametrize("text", ["dr will call back", "the dr note says", "dr said ok", "dr may want a tte"])
def test_lowercase_title_before_a_verb_is_no_name(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, name", [
    ("Will f/u 3/4.\n-Sevla (SW)", "Sevla"),  # a signature with a role in brackets
    ("Next visit per RN.\n- Ana Ruiz (Chaplain)", "Ana Ruiz"),
])
def test_signature_with_a_role_in_brackets(text, name):
    assert name in found(R, text)


@pytest.mark.parametrize("text, name", [
    ("Vitals stable. Report to Solomon at 0700.", "Solomon"),  # a hand-off names a nurse, though Solomon is a town
    ("Report given to Charles at 7p-7a.", "Charles"),
    ("Hand-off to Ngozi at 1900.", "Ngozi"),
])
def test_hand_off_cue_outranks_a_one_word_place(text, name):
    assert name in found(R, text)


@pytest.mark.parametrize("text", [
    "Transferred to Solomon at 0700.",  # a transfer goes to a place
    "Moved to Charleston for rehab.",
])
def test_transfers_still_go_to_places(text):
    assert found(R, text) == []
