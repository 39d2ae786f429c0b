import pytest

from proxy.detection.recognizers.location_recognizer import LocationRecognizer
from tests.detection._lexical_helpers import found

R = LocationRecognizer()


@pytest.mark.parametrize("text, place", [
    ("Springfield, IL 62704", "Springfield"),
    ("moved here from San Antonio, Texas last year", "San Antonio"),
    ("Billings, MT 59181", "Billings"),
    ("Resident of Franklin County.", "Franklin County"),
    ("Lives in Grand Rapids with daughter.", "Grand Rapids"),
    ("lives in Castilloland now", "Castilloland"),
    ("12 Oak St, Mariamouth", "Mariamouth"),
    ("transferred from Binghamton overnight", "Binghamton"),
])
def test_finds_places(text, place):
    assert place in found(R, text)


@pytest.mark.parametrize("text", [
    "Patient in Lyme disease workup; Glasgow Coma Scale 15.",
    "Lives in Texas. Insurance: Medicare.",
    "Sarah Smith, MD reviewed the film.",
    "Seen in clinic for Hodgkin lymphoma.",
])
def test_no_place_in_clinical_text(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, place", [
    ("Pt lives in East Heatherside with her daughter.", "East Heatherside"),
    ("He is from Lake Daniellestad and works nights.", "Lake Daniellestad"),
    ("Resident of Port St. Lucie, FL.", "Port St. Lucie"),
    ("Transferred from Wilkes-Barre for higher level of care.", "Wilkes-Barre"),
    ("Returned from a trip to Lake Brianna last week.", "Lake Brianna"),
    ("City: Port Jessicaberg\nState: OH", "Port Jessicaberg"),
    ("Hometown: Millerfield", "Millerfield"),
    ("Address: 12 Oak St\nWest Amandaside, NV 89012", "West Amandaside"),
    ("Mount Pleasantview, Ohio", "Mount Pleasantview"),
    ("Transfer from Eastonville ED.", "Eastonville"),
    ("Seen at Riverside Clinic in North Aaronside.", "North Aaronside"),
    ("pt lives in north jamesville", "north jamesville"),
    ("Lives in Coeur d'Alene, ID 83814.", "Coeur d'Alene"),
    ("9843 S. Aspen Ridge Boulevard Rm 2C, North Jennifer\nPCP: Dr. Lee", "North Jennifer"),
])
def test_finds_unlisted_places_by_cue_and_shape(text, place):
    assert place in found(R, text)


@pytest.mark.parametrize("text", [
    "Born in March at term.",
    "Trip to Europe.",
    "Travelled to Mexico and Canada.",
    "Back to baseline after fluids.",
    "Transferred to ICU for pressors.",
    "Came from Dr. Hamilton's office.",
    "Location: left lower quadrant",
    "Location: ED bay 4",
    "Residence: home with wife",
    "Discharged home on Lasix 40 mg daily.",
    "Placed in Trendelenburg position.",
    "Moved to New York in 2010.",
])
def test_no_place_from_cue_alone(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, place", [
    ("Address: 19460 W King Road, Hagerstown, MD 21736", "Hagerstown"),
    ("Address: PO Box 4389, Lake Stephanie, MD 17087-0186", "Lake Stephanie"),
    ("drive home to Wilkes-Barre, PA 18702.", "Wilkes-Barre"),
])
def test_a_place_with_a_zip_outranks_a_name_reading(text, place):
    """"Hagerstown, MD 21736" reads as "Name, MD": the whole engine must still call it a place."""
    from proxy.detection.engine import DetectionEngine

    findings = DetectionEngine().analyze(text)
    assert ("LOCATION", place) in [(f.entity_type, text[f.start:f.end]) for f in findings]


@pytest.mark.parametrize("text, place", [
    ("The patient recently moved here from Nowa Sól, Poland. Records pending.", "Nowa Sól, Poland"),
    ("family in Karnal, India unable to assist", "Karnal, India"),
    ("Birthplace: Álava, Spain\n", "Álava, Spain"),
    ("Moved from Neustadt am Rübenberge, Germany.", "Neustadt am Rübenberge, Germany"),
    ("Preferred pharmacy: Summit Medical Center, Flint\n", "Flint"),
    ("pharmacy: Hillcrest Hospice House, Lake Brady\n", "Lake Brady"),
    ("Transferred from Mercy Hospital, Toledo. Dx I10.", "Toledo"),
    ("MRN        | ENC        | CITY\n12345678 | 1234567 | North Troy\n", "North Troy"),
    ("Prior address: East Yvonnemouth, Michigan\n", "East Yvonnemouth"),
    ("she lives in toledo now", "toledo"),
])
def test_towns_abroad_after_facilities_and_in_columns(text, place):
    """A town abroad keeps its country in the span, so no name reading of the country survives."""
    from proxy.detection.engine import DetectionEngine

    findings = DetectionEngine().analyze(text)
    assert ("LOCATION", place) in [(f.entity_type, text[f.start:f.end]) for f in findings]


@pytest.mark.parametrize("text", [
    "Dr. Patel, India trip planned",  # a title: a person, then a country
    "Ortega, Mexico",  # a surname alone before a country
    "Mercy Hospital, Labor and Delivery.",  # a department after a facility
    "Mercy Hospital, Emergency Department\n",
    "Mercy Hospital, Ohio.",  # a state is no town
    "| CITY | STATE |\n|---|---|\n| Texas | TX |",
    "lives in pain",
    "moved to florida",
])
def test_no_town_in_these(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, place", [
    ("Pt is a Toledo native.", "Toledo"),
    ("A Lubbock-based cardiologist", "Lubbock"),
    ("Found down at home (Macon).", "Macon"),
    ("Home: Savannah", "Savannah"),
    ("Wayne Co. resident", "Wayne Co."),
    ("a lifelong Pearsonborough resident", "Pearsonborough"),
])
def test_places_named_by_what_follows(text, place):
    assert place in found(R, text)


@pytest.mark.parametrize("text", [
    "a Spanish native speaker", "an English resident physician", "the ICU resident", "a PGY-2 resident",
    "Smith & Co. invoice", "Home: with wife",
])
def test_no_place_named_by_what_follows(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, place", [
    ("   CITY West Melissaton   STATE Florida   ZIP 33333", "West Melissaton"),
    ("Account ending in 0636. City on file: Normal.", "Normal"),
    ("Mailing city: Liberty\nLine 1", "Liberty"),
    ("City: St. Cloud  State: MN", "St. Cloud"),
    ("N4*Sandy*Oregon*48998-6357~", "Sandy"),
    ("Mileage log: Davidville -> Marshall -> office.", "Marshall"),
    ("Visit Sep 25th: travel Boyleport -> Clinton, 18 mi.", "Clinton"),
    ("Rep: and the city you live in? Pt: Lincoln. Rep: thanks", "Lincoln"),
    ("visiting family in Santiago de los Caballeros until June", "Santiago de los Caballeros"),
    ("Transferred from a pharmacy in Hue, Vietnam; meds", "Hue, Vietnam"),
    ("moved here from Marshall, MD last year", "Marshall"),
    ("FL1 Summit Health Center, Lake Gabriela, Utah", "Lake Gabriela"),
])
def test_town_fields_routes_and_word_towns(text, place):
    assert place in found(R, text)


@pytest.mark.parametrize("text", [
    "Care transferred to Jones, MD at 0700",
    "ED -> ICU -> OR, CPT 99291",
    "Note by Kim Marshall, MD, PhD",
    "Location: ICU bed 4",
    "Site: left deltoid, 0.5 mL",
    "Dr. Patel, India",
    "ICD-10 S72.001A, HCPCS J1885, NPI 1234567893",
])
def test_town_field_negatives(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, place", [
    ("from Prince George's County, MD", "Prince George's County"),
    ("Patient currently in Reading, PA", "Reading"),
    ("Pt lives in Caddo Parish.", "Caddo Parish"),
])
def test_counties_and_towns_before_credential_like_states(text, place):
    assert place in found(R, text)


@pytest.mark.parametrize("text", [
    "Discussed in detail with Smith, PA",
    "seen in clinic by Jones, PA today",
    "in Smith, PA-C note",
])
def test_clinicians_with_credentials_are_no_towns(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, place", [
    ("retired teacher, lives alone out past Port Jonathonport; daughter nearby", "Port Jonathonport"),
    ("mom is out past Lompoc with no car", "Lompoc"),
    ("fyi he drove 40 miles to Mobile for the infusion", "Mobile"),
    ("Medic 7 responded to the Mobile rest area", "Mobile"),
])
def test_places_past_a_turn_and_capitalised_word_towns(text, place):
    assert place in found(R, text)


@pytest.mark.parametrize("text", [
    "San Francisco syncope rule negative",
    "Pt transferred with Philadelphia collar in place",
    "Los Angeles grade B esophagitis on EGD",
    "Kansas City Cardiomyopathy Questionnaire score 62",
    "Vancouver Scar Scale of 4",
    "Bethesda category IV nodule",
    "speaks in English only",
    "converted to Normal sinus rhythm",
])
def test_places_that_name_a_score_disease_or_language_are_not_locations(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, town", [
    ("new address is 1890 S old mill ln bldg 8b north michael 75767", "north michael"),
    ("address is 11657 n church dr lot 8 gadsden 80109", "gadsden"),
    ("mailing addr 14887 n king St bldg 1 Eagle California 47941", "Eagle"),
    ("7 elm st apt 2 West Fargo North Dakota 58078", "West Fargo"),
])
def test_town_between_a_street_and_its_zip(text, town):
    assert town in found(R, text)


@pytest.mark.parametrize("text, town", [
    ("zip 67314-3714. same town (Lake Toddbury)\nthanks", "Lake Toddbury"),
    ("going back and forth between mattapan and ypsilanti, hard to reach", "mattapan"),
])
def test_town_in_parentheses_and_lowercase_between(text, town):
    assert town in found(R, text)


def test_a_zip_label_is_no_town():
    assert found(R, "gave address as 21218 N. elm dr unit 18, zip 92320. same") == []


def test_a_listed_town_that_is_a_clinical_word_after_a_street():
    assert "Energy" in found(R, "Discharged home to 268 cottonwood rd lot 8b, Energy with Foley catheter.")
