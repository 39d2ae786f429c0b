import pytest

from proxy.detection.lexicons.loader import fold, load


def test_fold_matches_census_spelling():
    assert fold("O'Brien") == "obrien" and fold("José") == "jose" and fold("D’Angelo") == "dangelo"


@pytest.mark.parametrize("word", ["okafor", "chinedu", "maria", "nguyen", "patel", "kowalski", "oluwaseun"])
def test_names_of_many_origins_are_strong(word):
    assert load().is_strong_name(word)


@pytest.mark.parametrize("word", ["rose", "will", "king", "young", "hope", "joy", "guy"])
def test_names_that_are_words_need_evidence(word):
    lex = load()
    assert lex.is_name(word) and not lex.is_strong_name(word)


@pytest.mark.parametrize("word", ["lasix", "foley", "eliquis", "metformin", "monday", "hpi", "patient", "dea", "contin"])
def test_clinical_words_are_hard_stops(word):
    assert word in load().hard_stop


@pytest.mark.parametrize("word", ["parkinson", "hodgkin", "crohn", "graves", "murphy", "april", "georgia"])
def test_eponyms_months_states_are_soft(word):
    lex = load()
    assert word in lex.soft_stop and not lex.is_strong_name(word)


def test_places_and_states_load():
    lex = load()
    assert lex.us_places["grand rapids"] > 100000 and "franklin" in lex.us_counties
    assert lex.states["texas"] == "TX" and "IL" in lex.state_codes


def test_loaded_once():
    assert load() is load()
