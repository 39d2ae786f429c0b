"""Regexes for addresses, places and facility names (compiled once at import; no state)."""

from __future__ import annotations

import re

_CAP = r"[A-Z][A-Za-z'’\.\-]*"
_SUFFIX = (
    r"Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Terrace|Ter|"
    r"Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Trl|Loop|Square|Sq|Pike|Row|Alley|Aly|Path|Crossing|Xing|"
    r"Point|Pt|Ridge|Plaza|Plz|Walk|Route|Rte|Expressway|Expy|Freeway|Fwy|Turnpike|Tpke|Heights|Hts|Cove|Cv|"
    r"Hollow|Landing|Mews|Commons|Estates"
)
_DIR = r"(?:[NSEW]\.?|N\.?[EW]\.?|S\.?[EW]\.?|North|South|East|West|Northeast|Northwest|Southeast|Southwest)"
_UNIT = r"(?:,?[ \t]*(?:(?:Apt|Apartment|Unit|Suite|Ste|Room|Rm|Bldg|Building|Lot|Fl|Floor|Trlr)\b|#)\.?[ \t]*#?[ \t]*[A-Za-z0-9][A-Za-z0-9\-]{0,5})"
_STREET_WORD = r"(?:[A-Za-z][A-Za-z'’\-]+|Jr\.|\d{1,3}(?:st|nd|rd|th))"

# "1234 N. Oak Hill Rd, Apt 4B", "12 oak st" (chat), "500 West 5th Avenue Suite 200".
# Spaces only within the line: a street never runs on into the next line ("ED TRIAGE 10/05/2022\nUnidentified pt").
STREET = re.compile(
    rf"\b\d{{1,6}}[A-Za-z]?(?:-\d{{1,4}})?[ \t]+(?:{_DIR}[ \t]+)?(?:{_STREET_WORD}[ \t]+){{0,4}}{_STREET_WORD}[ \t]+"
    rf"(?:{_SUFFIX})\b\.?(?:[ \t]+{_DIR}\b\.?)?{_UNIT}?",
    re.IGNORECASE,
)
# Typed in a hurry, with no street type but a unit after it: "1412 w elm apt 3", "27901 church apt 5",
# "2457 s old mill bldg 3". The unit marker vouches for the address; rooms and lots are left out
# (hospital rooms, vaccine lots).
STREET_UNIT_ONLY = re.compile(
    rf"\b\d{{1,6}}[A-Za-z]?[ \t]+(?:{_DIR}[ \t]+)?(?P<words>(?:{_STREET_WORD}[ \t]+){{0,2}}{_STREET_WORD}),?[ \t]+"
    r"(?:Apt|Apartment|Unit|Trlr|Trailer|Bldg|Building|Suite|Ste)\b\.?[ \t]*#?[ \t]*[A-Za-z0-9][A-Za-z0-9\-]{0,5}\b",
    re.IGNORECASE,
)
PO_BOX = re.compile(
    r"\b(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box|(?:RR|Rural\s+Route|HC)\s*\d+,?\s*Box)\s*#?\s*\d+", re.IGNORECASE
)
# Doses and counts that look like "number + word + suffix-word" ("2 tabs po daily", "3 times per day").
STREET_VETO = re.compile(
    r"\b(?:mg|mcg|ml|given|tabs?|tablets?|caps?|times|x|days?|weeks?|months?|years?|hours?|hrs?|mins?|"
    r"minutes|puffs?|drops?|sprays?|patients?|pts|beds?|flights?|per|with|by|of|and|or|to|at|from|in|on|"
    r"female|male|yo|y/o|year-old|am|pm|"
    # words of a sentence, never of a street name: "denied as 26 even though Dr. Ruiz", "99213 if Dr. Lee"
    r"though|although|even|if|but|because|since|when|unless|than|that|which|who|was|were|is|are|as)\b",
    re.IGNORECASE,
)

# "Springfield, IL 62704", "San Antonio, Texas": a state after a comma, then the city words before it.
STATE_AFTER = re.compile(r",[ \t]*([A-Z]{2}|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)\b(?=(\s+\d{5})?)")
CITY_BEFORE = re.compile(rf"((?:{_CAP}[ \t]+){{0,2}}{_CAP})\Z")
# Made-up or small towns: a capitalised word with a typical English place-name ending.
PLACE_ENDING = re.compile(r"[A-Z][a-z]+(?:ville|ton|town|burg|burgh|borough|boro|bury|mouth|haven|land|stad|port|field|view|side|chester|ford|wood|dale|berg|shire|fort|mont|polis|stead|wick|worth|ham)\b")
COUNTY = re.compile(rf"\b((?:{_CAP}[ \t]+){{0,2}}{_CAP})[ \t]+(?:County|Parish|Borough|Township|Twp)\b|\b({_CAP})[ \t]+Co\.(?=[ \t]+[a-z]|[ \t]*$|[,;)])|\bCounty[ \t]+of[ \t]+{_CAP}(?:[ \t]+{_CAP})?")
# Phrases after which a place is expected; "strong" ones accept a place missing from the gazetteer.
PLACE_CUE = re.compile(
    r"\b(?:(?P<strong>lives|living|resides|residing|reside|moved|relocated|born|raised|grew\s+up|hometown|"
    r"native\s+of|originally\s+from|visiting\s+from|address|city|town)(?:\s+(?:in|to|at|near|from|of|is))?"
    r"|(?P<weak>from|in|to|near|at|visiting|visited|traveled\s+to|travelled\s+to|trip\s+to))\s*:?\s+",
    re.IGNORECASE,
)
# a run of capitalised words; only a short abbreviation keeps its full stop ("St. Louis", "Ste. Genevieve"),
# so "Joditown. SpO2" ends at the town and never takes the sentence's stop or the next sentence's word
_CAP_RUN = r"(?:[A-Z][A-Za-z'’\-]{0,2}\.|[A-Z][A-Za-z'’\-]*)"
PLACE_RUN = re.compile(rf"{_CAP_RUN}(?:[ \t]+{_CAP_RUN}){{0,2}}")

_FAC_HEAD = (
    r"Hospital|Hospitals|Medical\s+Center|Medical\s+Centre|Med\s+Ctr|Health\s+Center|Health\s+Centre|Clinic|"
    r"Clinics|Health\s+System|Health\s+Systems|Healthcare|Health\s+Care|Nursing\s+Home|Nursing\s+Center|"
    r"Nursing\s+Facility|Nursing\s+and\s+Rehabilitation(?:\s+Center)?|Skilled\s+Nursing(?:\s+Facility)?|"
    r"Rehabilitation\s+(?:Center|Hospital|Institute)|Rehab(?:ilitation)?|Hospice(?:\s+House)?|Urgent\s+Care|Pharmacy|"
    r"Surgery\s+Center|Surgical\s+(?:Center|Hospital)|Care\s+Center|Assisted\s+Living|Senior\s+Living|"
    r"Living\s+Center|Memory\s+Care|Infirmary|Sanatorium|Sanitarium|Cancer\s+(?:Center|Institute)|Institute|"
    r"Medical\s+Group|Physicians|Family\s+(?:Practice|Medicine)|Dialysis(?:\s+Center)?|Imaging(?:\s+Center)?|"
    r"Laboratory|Laboratories|Labs|Behavioral\s+Health|Psychiatric\s+(?:Center|Hospital)|Mental\s+Health\s+Center|"
    r"Manor|Convalescent(?:\s+(?:Center|Home))?|Retirement\s+(?:Home|Community)|Home\s+Health|"
    r"Medical\s+Associates|Birth(?:ing)?\s+Center|VA\s+Medical\s+Center|VAMC|Pediatrics|Orthopedics|"
    r"Cardiology|Women's\s+Center|"
    # small residential and retail places of care: "Autumn Leaves Retirement Village", "Oak Drug Store"
    r"Retirement\s+(?:Village|Center|Centre|Residence)|Adult\s+Day(?:\s+(?:Center|Care|Health|Program))?|"
    r"Day\s+Center|Medical\s+(?:Plaza|Park|Building|Arts\s+Building|Pavilion)|Drug\s+Store|Drugstore|"
    r"Apothecary|Group\s+Home|Personal\s+Care\s+Home|Residential\s+Care|Adult\s+Family\s+Home"
)
_FAC_WORD = r"(?:[A-Z][A-Za-z'’\-]*|S[Tt]\.|M[Tt]\.|F[Tt]\.|&)"
FACILITY = re.compile(
    rf"\b((?:{_FAC_WORD}\s+(?:(?:of|the|and|for|de|del|la|OF|THE|AND|FOR)\s+)?){{1,5}})(?=[A-Z])(?i:{_FAC_HEAD})\b"
    rf"(?:\s+(?:of|at|for)\s+(?:the\s+)?[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+){{0,3}})?"
    rf"|\b(?:Hospital|Clinic|Medical\s+Center|Infirmary)\s+(?:of|at|for)\s+(?:the\s+)?[A-Z][A-Za-z'’\-]+(?:\s+(?:of\s+)?[A-Z][A-Za-z'’\-]+){{0,3}}"
)
FACILITY_LOWER = re.compile(
    r"\b(?:at|from|to|in)\s+((?:[a-z][a-z'’\.\-]+\s+){1,3}(?:hospital|medical center|clinic|nursing home|hospice|"
    r"urgent care|pharmacy|rehab|health center))\b"
)

# "1412 w elm apt 3, Fresno 93701", "11657 n church dr lot 8 gadsden 80109": a town and a ZIP right after a
# street, with no state between (chat, hurried notes). TOWN_ZIP matches from the end of the street.
TOWN_ZIP = re.compile(r"(?:,[ \t]*|[ \t]+)(?P<town>[A-Za-z][A-Za-z.'’\-]*(?:[ \t]+[A-Za-z][A-Za-z.'’\-]*){0,2}),?[ \t]+"
                      r"(?P<zip>\d{5}(?:-\d{4})?)(?![\w-])")


NOT_TOWN = re.compile(r"(?i)\b(?:for|and|or|with|at|on|to|in|of|the|a|an|cpt|hcpcs|dx|icd|code|codes|billed|bill|x|"
                       r"per|was|is|are|then|plus|visit|visits|claim|dos|mg|ml|units?|qty|rev|drg|mod|modifier|"
                       r"zip|zipcode|postal|code|city|state|phone|ph|tel|dob)\b")


def street_before_town_zip(text: str, zip_start: int) -> bool:
    """True if the ZIP at zip_start follows "<street>[,] <town>[,] " on its line."""
    line = text.rfind("\n", 0, zip_start) + 1
    head = text[max(line, zip_start - 140):zip_start]
    for rx in (STREET, STREET_UNIT_ONLY, PO_BOX):
        for m in rx.finditer(head):
            t = TOWN_ZIP.match(head + text[zip_start:zip_start + 10], m.end())
            if t and t.start("zip") == len(head) and not NOT_TOWN.search(t.group("town")):
                return True
    return False
