import pytest

from proxy.detection.recognizers.street_address_recognizer import StreetAddressRecognizer
from tests.detection._lexical_helpers import found

R = StreetAddressRecognizer()


@pytest.mark.parametrize("text, address", [
    ("Lives at 1234 N. Oak Hill Rd, Apt 4B, Springfield", "1234 N. Oak Hill Rd, Apt 4B"),
    ("Address: 17959 N Bluebonnet Place Unit 3D, Kenosha, WI", "17959 N Bluebonnet Place Unit 3D"),
    ("she lives at 12 oak st near the park", "12 oak st"),
    ("500 West 5th Avenue Suite 200", "500 West 5th Avenue Suite 200"),
    ("Mail to PO Box 123, Dayton", "PO Box 123"),
    ("RR 2 Box 15, Harlan", "RR 2 Box 15"),
])
def test_finds_addresses(text, address):
    assert address in found(R, text)


@pytest.mark.parametrize("text", [
    "Take 2 tabs po daily for 3 days.",
    "Metoprolol 25 mg po bid; 10 units insulin at bedtime.",
    "Walked 200 feet in the hall. Pain 7/10.",
    "ICD-10 E11.9, CPT 99214.",
])
def test_no_address_in_clinical_text(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text", ["given Humira 13 units per Dr. Ekwueme order", "day 3 with Dr Nur in 27 hours",
                                  "denied as 26 even though Dr. Ruiz documented it", "bill 99213 if Dr. Lee agrees"])
def test_doses_and_days_before_a_title_are_not_addresses(text):
    from proxy.detection.recognizer import TextView
    from proxy.detection.recognizers.street_address_recognizer import StreetAddressRecognizer

    assert StreetAddressRecognizer().analyze(TextView(text)) == []


@pytest.mark.parametrize("text", [
    "ED TRIAGE 10/05/2022\nUnidentified pt registered by clerk",  # "pt" on the next line is no Point
    "Death pronounced 5/27/2020 at Pine Hollow Cancer Institute.",
    "102F female from Pine Hollow Hospice House",
])
def test_no_street_across_lines_or_phrases(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, address", [
    ("Address: 7904 Old Mill Street, East Anthony, FL 49717", "7904 Old Mill Street"),
    ("4701 N Red Fox Pl\nNorth Cassandrahaven, WA 55878", "4701 N Red Fox Pl"),
])
def test_street_ends_at_the_line(text, address):
    assert found(R, text) == [address]


@pytest.mark.parametrize("text", ["Kayexalate 26 units given en route.", "Insulin 10 units given at bedtime Way"])
def test_units_of_a_drug_are_no_street(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, address", [
    ("return mail - old address 6592 W sycamore apt. 6. new one", "6592 W sycamore apt. 6"),
    ("she lives at 6260 bluebonnet apt. 12 in Flatbush", "6260 bluebonnet apt. 12"),
    ("new one: 2457 s old mill bldg 3, Meridian", "2457 s old mill bldg 3"),
    ("address on file 22373 N. second apt 2b; ZIP+4", "22373 N. second apt 2b"),
    ("1412 w elm apt 3", "1412 w elm apt 3"),
])
def test_streets_typed_without_a_street_type_but_with_a_unit(text, address):
    assert address in found(R, text)


@pytest.mark.parametrize("text", [
    "pt in 4 west unit 12", "transfused 2 units prbc", "given 1 dose unit 3", "Pt on 5 north suite 2",
    "take 1 daily apt 3", "room 4 east bldg 2",
])
def test_wards_doses_and_units_are_no_streets(text):
    assert found(R, text) == []
