"""name_prose: greetings, sign-offs and names joined by "and" to a found name (through PersonNameRecognizer)."""

import pytest

from proxy.detection.recognizers.person_name_recognizer import PersonNameRecognizer
from tests.detection._lexical_helpers import found

R = PersonNameRecognizer()


@pytest.mark.parametrize("text, name", [
    ("Liba and Faizan,\n\nSee below re: the denial.", "Liba"),  # a greeting line to two people
    ("Liba and Faizan,\n\nSee below re: the denial.", "Faizan"),
    ("Subject: query\n\nMark and Felix,\n\nPlease review.", "Mark"),  # a word given name in a greeting
    ("The op note is attached.\n\nThanks!\nMiracle\n", "Miracle"),  # a sign-off, then the writer alone
    ("See below.\n\nBest regards,\n\nTemitope Adeyinka\nCPC, CCS\n", "Temitope Adeyinka"),
    ("Chart pulled.\n\nCheers, Laini\n", "Laini"),
    ("Fixed it.\n\nv/r\nKaveh S.\n", "Kaveh S"),
    ("Chinelo and Iosefa watched the teaching video.", "Chinelo"),  # the subject's partner before "and"
    ("Chinelo and Iosefa watched the teaching video.", "Iosefa"),
    ("Updated Faith and Chiraz at the bedside.", "Chiraz"),  # the object's partner after "and"
    ("Spoke with Ana Okafor and Luis Mwangi today.", "Luis Mwangi"),
    ("Family present: Zhiwei Xu & Sahra", "Sahra"),
    ("Subject: R78.6\n\nRich and Haruto,\n\nSee below.", "Rich"),
    ("Rose, the patient's daughter, called about the bill.", "Rose"),  # a relation in apposition
    ("Next visit 28th of September. Tabish\n", "Tabish"),  # the writer ending a log
    ("Visits on hold.\nKourosh Amini\n", "Kourosh Amini"),
    ("Will, pt's son, visited at noon.", "Will"),
    ("Spoke with the family. Tremaine Okafor, her grandson, will pick her up.", "Tremaine Okafor"),  # a greeting vouches for an eponym-like given name
])
def test_greetings_sign_offs_and_pairs_find_names(text, name):
    assert name in found(R, text)


@pytest.mark.parametrize("text", [
    "Hello all,\n\nThe claim was paid.\n\nCheers, Laini\n",  # the closing word is no surname
    "Thanks,\nThe Coding Team\n",
    "Thanks!\nBilling Office\n",
    "Best wishes for a speedy recovery.\n",
    "Thanks,\n\nSepsis,\n\nx",
    "Hx of Parkinson and Alzheimer disease. Crohn and Colitis Foundation.",
    "Updated plan of care and MAR. Gave Tylenol and Zofran.",
    "Pain and Anxiety noted. Hope and Faith in recovery.",
    "Pain, her main complaint, improved. Nausea, the patient's chief complaint, resolved.",
    "Lasix, her diuretic, was held. Friday, her usual dialysis day, was missed.",
    "Wound healing well.\nSepsis\n",  # a last line that is a clinical word, a closing or a phrase
    "Plan reviewed.\nThanks\n",
    "Pt stable. Discharged Home\n",
    "Cultures: S. Aureus, C. Albicans, B. Burgdorferi.",
])
def test_closings_and_clinical_pairs_stay(text):
    assert [n for n in found(R, text) if n != "Laini"] == []


@pytest.mark.parametrize("text, name", [
    ("You can reach my daughter at the number above.\n\nDawn van Houten\n", "Dawn van Houten"),  # particles
    ("Please call me back.\n\nAna Graves\n", "Ana Graves"),  # a given name signing vouches for an eponym surname
])
def test_letters_signed_on_their_last_line(text, name):
    assert name in found(R, text)


@pytest.mark.parametrize("text", [
    "Please review.\n\nCoding Team\n",
    "Assessment reviewed.\n\nParkinson Disease\n",
    "Plan: continue meds.\n\nGraves Disease\n",
    "Seen today.\n\nBell Palsy\n",
])
def test_last_lines_that_are_teams_or_eponyms_stay(text):
    assert found(R, text) == []
