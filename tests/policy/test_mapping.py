import re

import pytest

from proxy.policy.mapping import Deidentifier, conversation_key
from proxy.policy.model import Action
from proxy.policy.restore import Restorer
from proxy.policy.surrogates import SurrogateFactory
from tests.policy.builders import find

KEY = conversation_key(b"secret", "alice", "text:first message")


def rewrite(text, phi, action=Action.PSEUDONYMIZE, key=KEY, texts=None):
    deid = Deidentifier(key, texts or [text])
    return deid.rewrite(text, [(f, action) for f in find(text, phi)]), deid


def test_same_value_same_surrogate_and_two_people_two_surrogates():
    text = "John Okafor saw Mary Okafor. John Okafor again. Also Peter Nguyen."
    out, _ = rewrite(text, {"John Okafor": "PERSON", "Mary Okafor": "PERSON", "Peter Nguyen": "PERSON"})
    names = re.findall(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b", out)
    assert names[0] == names[2] != names[1]  # the same person twice, a different one in between
    assert len(set(names)) == 3
    assert names[0].split()[1] == names[1].split()[1]  # the family name is shared, as in the text
    assert not {"John", "Mary", "Okafor", "Peter", "Nguyen"} & set(re.findall(r"\w+", out))


def test_name_shape_order_and_case_are_kept():
    text = "Pt John Okafor. OKAFOR, JOHN signed. Mr. Okafor called. okafor, john."
    out, _ = rewrite(text, {"John Okafor": "PERSON", "OKAFOR, JOHN": "PERSON", "Okafor": "PERSON",
                            "okafor, john": "PERSON"})
    m = re.fullmatch(r"Pt ([A-Z][a-z]+) ([A-Z][a-z]+)\. ([A-Z]+), ([A-Z]+) signed\. Mr\. ([A-Z][a-z]+) "
                     r"called\. ([a-z]+), ([a-z]+)\.", out)
    assert m, out
    given, family = m.group(1), m.group(2)
    assert (m.group(3), m.group(4)) == (family.upper(), given.upper())
    assert m.group(5) == family and (m.group(6), m.group(7)) == (family.lower(), given.lower())


@pytest.mark.parametrize("entity_type, value, shape", [
    ("MRN", "MRN-00123456", r"MRN-\d{8}"),
    ("MRN", "A1234567", r"A\d{7}"),
    ("PHONE", "(617) 555-0134", r"\([2-9]\d\d\) 555-01\d\d"),
    ("PHONE", "617.555.0134", r"[2-9]\d\d\.555\.01\d\d"),
    ("FAX", "+1 617 555 0134", r"\+1 [2-9]\d\d 555 01\d\d"),
    ("SSN", "123-45-6789", r"9\d\d-\d\d-\d{4}"),
    ("EMAIL", "john.okafor@gmail.com", r"[a-z]+\.[a-z]+@example\.(com|org|net)"),
    ("IP_ADDRESS", "10.1.2.3", r"(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+"),
    ("ZIP_CODE", "02114", r"\d{5}"),
    ("HEALTH_PLAN_ID", "1EG4-TE5-MK73", r"\d[A-Z]{2}\d-[A-Z]{2}\d-[A-Z]{2}\d\d"),
    ("STREET_ADDRESS", "12 Main St", r"\d\d [A-Z][a-z]+ St"),
])
def test_surrogates_keep_the_shape(entity_type, value, shape):
    out, _ = rewrite(f"value {value} end", {value: entity_type})
    surrogate = out[len("value "):-len(" end")]
    assert surrogate != value and re.fullmatch(shape, surrogate), surrogate


def test_dates_shift_by_one_offset_and_ages_over_89_are_generalised():
    text = "admitted 03/10, discharged 03/14; 93-year-old; age 93; 45 year old sibling"
    deid = Deidentifier(KEY, [text])
    findings = find(text, {"03/10": "DATE", "03/14": "DATE", "93": "AGE", "45": "AGE"})
    out = deid.rewrite(text, [(f, Action.PSEUDONYMIZE) for f in findings])
    a, d = re.findall(r"\d\d/\d\d", out)
    assert deid.date_offset != 0 and 14 <= abs(deid.date_offset) <= 180
    assert out.endswith("90+-year-old; age 90 or older; 45 year old sibling")
    from proxy.policy.dates import shift_dates
    assert (a, d) == (shift_dates("03/10", deid.date_offset), shift_dates("03/14", deid.date_offset))


def test_only_the_spans_change_codes_and_clinical_text_stay():
    text = "Okafor: E11.9 type 2 diabetes, CPT 99214, HbA1c 8.2%."
    out, _ = rewrite(text, {"Okafor": "PERSON"})
    assert out.split(":", 1)[1] == text.split(":", 1)[1]


def test_surrogate_never_collides_with_a_real_value_in_the_text():
    first, _ = rewrite("MRN A1234567", {"A1234567": "MRN"})
    taken = first.split()[1]
    # The same request, now also mentioning (undetected) the value the surrogate would have been.
    text = f"MRN A1234567; old chart {taken}"
    out, _ = rewrite(text, {"A1234567": "MRN"})
    assert out.split()[1].rstrip(";") not in (taken, "A1234567")
    # Names: a surname the patient's surrogate would take, present in the text, is not used.
    factory = SurrogateFactory(KEY)
    would_be = factory.name_token("Okafor", 0)
    out, _ = rewrite(f"Okafor met Dr. {would_be}", {"Okafor": "PERSON"})
    assert out.split()[0] not in (would_be, "Okafor")


def test_different_callers_or_conversations_get_different_surrogates():
    text = "John Okafor MRN A1234567"
    phi = {"John Okafor": "PERSON", "A1234567": "MRN"}
    base, _ = rewrite(text, phi)
    other_user, _ = rewrite(text, phi, key=conversation_key(b"secret", "bob", "text:first message"))
    other_conv, _ = rewrite(text, phi, key=conversation_key(b"secret", "alice", "text:another"))
    assert base != other_user and base != other_conv


def test_redaction_numbers_each_value_once():
    text = "John Okafor and Okafor, John and Mary Okafor on 03/10"
    out, _ = rewrite(text, {"John Okafor": "PERSON", "Okafor, John": "PERSON", "Mary Okafor": "PERSON",
                            "03/10": "DATE"}, action=Action.REDACT)
    assert out == "[PERSON-1] and [PERSON-1] and [PERSON-2] on [DATE-1]"


def test_unreadable_date_is_not_sent_as_is():
    out, _ = rewrite("seen the day before yesterday", {"the day before yesterday": "DATE"})
    assert out == "seen [DATE-1]"


def test_reverse_map_restores_everything_replaced():
    text = "John Okafor, MRN A1234567, seen 03/10/2024 at Mercy Hospital, (617) 555-0134."
    phi = {"John Okafor": "PERSON", "A1234567": "MRN", "03/10/2024": "DATE", "Mercy Hospital": "FACILITY",
           "(617) 555-0134": "PHONE"}
    out, deid = rewrite(text, phi)
    assert out != text
    assert Restorer(deid.reverse_map()).restore(out) == text
    assert deid.is_known("John Okafor") and deid.is_known(out.split(",")[0])
    assert not deid.is_known("Peter Nguyen")
    assert not deid.is_known("Oka")  # part of a word in the prompt is not a value the prompt had


def test_possessive_and_hyphenated_names_reuse_the_same_surrogates():
    text = "Okafor's chart; Okafor-Nguyen; Nguyen; Okafor"
    out, _ = rewrite(text, {"Okafor's": "PERSON", "Okafor-Nguyen": "PERSON", "Nguyen": "PERSON", "Okafor": "PERSON"})
    m = re.fullmatch(r"(\w+)'s chart; (\w+)-(\w+); (\w+); (\w+)", out)
    assert m, out
    assert m.group(1) == m.group(2) == m.group(5) != "Okafor" and m.group(3) == m.group(4) != "Nguyen"
