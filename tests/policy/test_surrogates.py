import re

from proxy.policy.surrogates import SurrogateFactory, normalize, same_case, shape_of

FACTORY = SurrogateFactory(b"k" * 32)


def test_same_value_in_any_spelling_derives_the_same_surrogate():
    assert FACTORY.value("PHONE", "(617) 555-0134", 0)[-4:] == FACTORY.value("PHONE", "617-555-0134", 0)[-4:]
    assert normalize("PHONE", "+1 (617) 555-0134") == normalize("PHONE", "617.555.0134") == "6175550134"
    assert FACTORY.value("MRN", "a1234567", 0) != FACTORY.value("MRN", "a1234567", 1)
    assert FACTORY.name_token("Okafor", 0) == FACTORY.name_token("OKAFOR", 0).title()


def test_other_keys_derive_other_surrogates():
    other = SurrogateFactory(b"j" * 32)
    values = [("MRN", "A1234567"), ("SSN", "123-45-6789"), ("EMAIL", "a@b.org")]
    assert [FACTORY.value(t, v, 0) for t, v in values] != [other.value(t, v, 0) for t, v in values]
    assert FACTORY.date_offset() != 0 and 14 <= abs(FACTORY.date_offset()) <= 180


def test_given_names_get_given_name_surrogates_wherever_they_stand():
    from proxy.policy.wordlists import SURROGATE_GIVEN, SURROGATE_SURNAMES
    assert FACTORY.name_token("John", 0) in SURROGATE_GIVEN
    assert FACTORY.name_token("Okafor", 0) in SURROGATE_SURNAMES


def test_shape_of_keeps_prefix_length_and_classes():
    import random
    out = shape_of("MRN#00123-ab", random.Random(1))
    assert re.fullmatch(r"MRN#\d{5}-[a-z]{2}", out) and out != "MRN#00123-ab"


def test_same_case():
    assert (same_case("OKAFOR", "Brennan"), same_case("okafor", "Brennan"), same_case("Okafor", "Brennan")) == \
        ("BRENNAN", "brennan", "Brennan")


def test_location_keeps_the_state_and_street_keeps_number_shape_and_suffix():
    assert re.fullmatch(r"[A-Z][\w ]+, MA", FACTORY.value("LOCATION", "Boston, MA", 0))
    assert re.fullmatch(r"\d{4} [A-Z][a-z]+ Blvd\.? Apt \d", FACTORY.value("STREET_ADDRESS", "1600 Martin Luther King Blvd Apt 4", 0))


def test_a_plates_serials_and_licences_letters_are_replaced_too():
    factory = SurrogateFactory(b"k" * 32)
    for entity_type, value in (("VEHICLE_ID", "AKN 6235"), ("DEVICE_ID", "DOO-7881-LBP"),
                               ("LICENSE_ID", "D1234-56789-01234"), ("BIOMETRIC_ID", "FP-99320-A")):
        out = factory.value(entity_type, value, 0)
        assert len(out) == len(value) and out.split()[0].split("-")[0] != value.split()[0].split("-")[0], out
    assert factory.value("MRN", "MRN-995330", 0).startswith("MRN-")  # an issuer's prefix still stays
