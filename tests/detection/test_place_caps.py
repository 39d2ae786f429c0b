"""place_caps: listed towns that are English words or surnames, vouched for by their capital letter after
a place preposition; clinical phrases, people and languages after the same prepositions stay out."""

import pytest

from proxy.detection.recognizers.place_caps import capital_towns, clinical_reading, district_names


def towns(text: str) -> list[str]:
    return [text[s:e] for s, e in capital_towns(text)]


@pytest.mark.parametrize("text, town", [
    ("fyi he drove 40 miles to Mobile for the infusion", "Mobile"),
    ("Medic 7 responded to the Mobile rest area; pt in car", "Mobile"),
    ("pt originally presented to the Commerce ER. Dx", "Commerce"),
    ("works at the Tomball store on weekends", "Tomball"),
    ("Outside records from a clinic in Bath reviewed.", "Bath"),
    ("family will drive him to Bishop in the morning.", "Bishop"),
    ("trailer park off Route 9 outside Magnolia. GCS 15", "Magnolia"),
    ("she is in Hope with her sister", "Hope"),
    ("lives in Normal, near the university", "Normal"),
    ("drove 40 miles to Ransom for the infusion", "Ransom"),
    ("she lives in Climax now", "Climax"),
    ("family prefers Willow Creek closer to Mobile. SNF days", "Mobile"),
    ("he was bitten at his cousin's place in Mobile. Lassa fever", "Mobile"),
    ("Auth for SNF at Cedar Ridge Apothecary in Mobile denied", "Mobile"),
])
def test_capitalised_word_towns(text, town):
    assert town in towns(text)


@pytest.mark.parametrize("text", [
    "converted to Normal sinus rhythm",
    "bolus of Normal saline; switched to Normal saline",
    "gave report to Morgan at bedside",
    "a message from Jackson about the bill",
    "speaks in English only",
    "transferred to Mobile Crisis Unit",
    "left in Jackson's room",
    "labs in Normal range",
    "pt moved to Recovery at 1400",
    "moved to Cardiology for monitoring",
    "to Ohio last year",
])
def test_clinical_phrases_people_and_languages_stay_out(text):
    assert towns(text) == []


@pytest.mark.parametrize("text, town", [
    ("She is from Marion originally.", "Marion"),
    ("Drove 40 miles to Normal for the infusion.", "Normal"),
])
def test_is_from_and_clinical_words_ending_a_trip(text, town):
    assert town in towns(text)


@pytest.mark.parametrize("text", ["Work-up is in Progress.", "Result was in Normal range.", "Pt was in Mobile unit."])
def test_clinical_words_in_a_status_phrase(text):
    assert towns(text) == []


@pytest.mark.parametrize("text, hood", [
    ("now staying with her son in Back of the Yards. new pt", "Back of the Yards"),
    ("family en route from Ninth Ward. Plan", "Ninth Ward"),
    ("pt now lives in Hill District. 05519", "Hill District"),
    ("lives in Crown Heights", "Crown Heights"),
])
def test_neighbourhoods_by_their_head_word(text, hood):
    assert [text[s:e] for s, e in district_names(text)] == [hood]


@pytest.mark.parametrize("text", ["transferred from Maternity Ward", "discharged from Burn Ward",
                                  "came from the Medical District", "in Ohio Heights"])
def test_hospital_wards_and_states_are_no_neighbourhoods(text):
    assert district_names(text) == []


def test_stores_are_no_towns_and_a_time_may_follow_a_town():
    assert towns("drove to Kroger for groceries") == []
    assert towns("drove to Mobile today") == ["Mobile"]
    assert towns("drove to Mobile unit") == []


@pytest.mark.parametrize("text, cue, clinical", [
    ("Vitals returned to Normal.", "returned to", True),
    ("Transferred to Mobile ICU.", "Transferred to", True),
    ("12 Oak St, Normal saline given", ",", True),
    ("She returned to Normal, IL.", "returned to", False),
    ("lives in Mobile with wife", "lives in", False),
    ("drove to Hope today", "drove to", False),  # not a clinical word
])
def test_clinical_reading(text, cue, clinical):
    word = next(w for w in ("Normal", "Mobile", "Hope") if w in text)
    start = text.index(word)
    assert clinical_reading(text, (start, start + len(word)), cue) is clinical


@pytest.mark.parametrize("text, town", [
    ("works at the mill in Twin Falls", "Twin Falls"),
    ("transferred from Reading ER", "Reading"),
])
def test_workplaces_and_a_towns_emergency_room(text, town):
    assert town in towns(text)
