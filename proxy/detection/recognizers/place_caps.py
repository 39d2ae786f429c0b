"""Listed towns that are ordinary words or surnames ("Normal", "Mobile", "Hope", "Jackson", "Bath"),
vouched for by their capital letter where a lowercase place preposition comes right before them.

"drove 40 miles to Normal", "a clinic in Bath", "outside Mobile", "at the Decatur store": written in
running text, an English word would be lowercase, so a capitalised one after "in", "near", "outside",
"past" (or "to"/"from" after a verb of travel or residence) is a proper noun, and a gazetteer entry says
which kind. What follows must not make it a clinical phrase ("to Normal saline", "in Jackson's room",
"to Mobile Crisis Unit"), and words that are clinical first (Normal, Mobile) need a travel verb or a
purely spatial preposition. Neighbourhoods are found the same way, by a capitalised head word
("in Hill District", "from Ninth Ward").
"""

from __future__ import annotations

import re

from proxy.detection.lexicons.loader import fold, load
from proxy.detection.recognizers.name_cues import CLINICAL_HEADS
from proxy.detection.recognizers.place_cues import CREDENTIAL_NEXT, FACILITY_WORDS, LANGUAGES, NOT_PLACES, PREFIXES, TITLES
from proxy.detection.recognizers.place_stores import CHAINS

_WORD = r"[A-Z][a-z'’-]+"
_CUE = re.compile(rf"(?<![\w-])(?P<cue>in|to|near|outside(?:[ \t]+of)?|past|from|between)[ \t]+"
                  rf"(?P<place>{_WORD}(?:[ \t]+{_WORD})?)(?P<poss>['’]s\b)?")
# "at the Decatur store", "the Mobile rest area", "the Commerce ER": a listed town before a local landmark
_LANDMARK = re.compile(rf"(?<![\w-])the[ \t]+(?P<place>{_WORD}(?:[ \t]+{_WORD})?)[ \t]+(?=(?:store|stores|rest[ \t]+"
                       rf"(?:area|stop)|exit|ER|ED|emergency[ \t]+room|fire[ \t]+hall|truck[ \t]+stop|plant|mill|"
                       rf"branch|location|depot|bus[ \t]+station|airport|jail|library|courthouse)\b)")
# a verb of travel or residence shortly before "to"/"from": "drove 40 miles to", "moved here from"
_MOTION = re.compile(r"(?i)\b(?:liv(?:e|es|ed|ing)|resid\w*|mov(?:e|es|ed|ing)|relocat\w*|drov?e|drives?|driving|"
                     r"driven|went|go|goes|going|head(?:s|ed|ing)|flew|fly|flown|commut\w*|miles?|trip|visit\w*|"
                     r"stay\w*|came|comes?|coming|born|raised|grew[ \t]+up|originally|family|ride|bus|"
                     # "closer to Bishop", "his cousin's place in Mobile", "the clinic in Bath", "SNF in Energy"
                     r"closer|nearer|place|house|home|farm|ranch|site|job|trailer|apartment|church|daycare|school|"
                     r"hospital|clinic|center|care|pharmacy|apothecary|village|manor|facility|snf|er|ed|"
                     r"plant|mill|factory|refinery|mine|yard|warehouse|dairy|works|worked|working)\b"
                     r"[^.;:\n]{0,24}\Z")
_IS = re.compile(r"\b(?:is|are|was|were|'s)[ \t]+\Z")
_SPATIAL = frozenset(("near", "outside", "outside of", "past"))

def capital_towns(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _CUE.finditer(text):
        if m.group("poss"):
            continue  # "to Jackson's room": a person
        span = _town(text, m.start("place"), m.end("place"), m.group("cue").split()[0], m.start())
        if span:
            out.append(span)
    for m in _LANDMARK.finditer(text):
        keys = [fold(w) for w in m.group("place").split()]
        if _listed(keys) and not _vetoed(keys):
            out.append((m.start("place"), m.end("place")))
    return out


# Neighbourhoods named by their head word: "in Hill District", "from Ninth Ward", "in Back of the Yards",
# "near Crown Heights". A ward needs its ordinal ("Ninth Ward"): "Maternity Ward" is in the hospital.
_DISTRICT = re.compile(rf"(?<![\w-])(?:in|from|near|outside|past|of)[ \t]+(?:the[ \t]+)?(?P<place>(?:{_WORD}[ \t]+"
                       rf"(?:(?:of|the)[ \t]+){{0,2}}){{1,2}}(?:District|Heights|Yards|Square|Gardens|Flats|Bottoms|"
                       rf"Quarter|Estates|Acres|Ward))\b")
_ORDINAL_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                           "thirteenth fourteenth fifteenth sixteenth seventeenth".split())


def district_names(text: str) -> list[tuple[int, int]]:
    lex, out = load(), []
    for m in _DISTRICT.finditer(text):
        keys = [fold(w) for w in m.group("place").split()]
        names = [k for k in keys[:-1] if k not in ("of", "the")]
        if keys[-1] == "ward" and not (len(names) == 1 and names[0] in _ORDINAL_WORDS):
            continue  # "Maternity Ward", "Burn Ward": hospital wards
        if any(k in lex.hard_stop and k not in _ORDINAL_WORDS or k in FACILITY_WORDS or k in lex.states for k in names):
            continue  # "Medical District"; no state word ("Ohio Heights")
        out.append(m.span("place"))
    return out


def _town(text: str, start: int, end: int, cue: str, cue_start: int) -> tuple[int, int] | None:
    lex = load()
    words = text[start:end].split()
    keys = [fold(w) for w in words]
    if len(keys) == 2 and not _listed(keys):
        return None  # "to Mobile Crisis", "in Jackson Memorial": a title-case phrase, not a town
    if _vetoed(keys) or not (_listed(keys) or _unlisted_word_town(text, keys, end, cue_start)):
        return None
    clinical_word = len(keys) == 1 and keys[0] in lex.hard_stop  # "Twin Falls" is specific enough
    nxt = re.match(r"[ \t]*([A-Za-z]+)", text[end:end + 30])
    after = nxt.group(1) if nxt else ""
    if after and (after.lower() in CLINICAL_HEADS or (after[0].isupper() and after not in _TOWN_ER) or (
            clinical_word and after.lower() in lex.hard_stop and after.lower() not in _GLUE)):
        return None  # "to Normal saline", "in Jackson Pratt", "Bath Salts"
    if CREDENTIAL_NEXT.match(text, end):
        return None  # "in Smith, PA-C note": a clinician
    motion = bool(_MOTION.search(text, max(0, cue_start - 40), cue_start)) or (
        cue == "from" and bool(_IS.search(text, max(0, cue_start - 12), cue_start)))  # "she is from Marion"
    motion = motion or after in _TOWN_ER  # "presented to the Commerce ER", "transferred from Reading ER"
    if cue in ("to", "from") and not motion:
        return None  # "report to Morgan", "a message from Jackson": people, unless travel or residence
    if clinical_word and not (motion or cue in _SPATIAL or cue == "outside"):
        return None  # "in Normal range", "in Mobile unit"
    return start, end


# verbs that say where someone lives or drives to; not "transferred to", which names units as often as towns
_TRAVEL = re.compile(r"(?i)\b(?:liv(?:e|es|ed|ing)|resid\w*|mov(?:e|es|ed|ing)|relocat\w*|drov?e|drives?|driving|"
                     r"miles?|commut\w*|born|raised|grew[ \t]+up)\b[^.;:\n]{0,24}\Z")
_PLACES_OF_CARE = frozenset("recovery holding shelter housing jail prison care home respite rehab hospice work school "
                            "church college court camp daycare treatment detox".split())


def _unlisted_word_town(text: str, keys: list[str], end: int, cue_start: int) -> bool:
    """"drove 40 miles to Ransom", "lives in Climax": a capitalised word no list knows, after a travel verb,
    ending the clause; clinical and institutional words never ("moved to Recovery", "lives in Shelter")."""
    lex = load()
    if len(keys) != 1 or keys[0] in lex.hard_stop or keys[0] in lex.soft_stop or keys[0] in _PLACES_OF_CARE:
        return False
    if keys[0].endswith(("ology", "ery", "ics", "iatry", "ing")) or not _TRAVEL.search(text, max(0, cue_start - 40), cue_start):
        return False
    return bool(re.match(r"[ \t]*(?:$|[\n,;.)(]|(?:for|and|with|now|on|since|until|but|in|to|where)\b)", text[end:]))


_TOWN_ER = frozenset(("ER", "ED"))  # "from Reading ER": the town's emergency room
_STATE_NEXT = re.compile(r",[ \t]*[A-Z]{2}\b")


def clinical_reading(text: str, span: tuple[int, int], cue: str) -> bool:
    """A one-word place that is first a clinical word, read clinically: "returned to Normal", "to Mobile
    ICU", "Normal saline". A state after it ("Normal, IL") keeps it a town."""
    lex, key = load(), fold(text[span[0]:span[1]])
    if " " in key or key not in lex.hard_stop or _STATE_NEXT.match(text, span[1]):
        return False
    nxt = re.match(r"[ \t]*([A-Za-z]+)", text[span[1]:span[1] + 30])
    after = nxt.group(1) if nxt else ""
    return cue.lower().startswith("return") or (after.isupper() and after not in _TOWN_ER) or after.lower() in CLINICAL_HEADS or (
        after.lower() in lex.hard_stop and after.lower() not in _GLUE)


def _listed(keys: list[str]) -> bool:
    lex = load()
    return " ".join(keys) in lex.us_places


def _vetoed(keys: list[str]) -> bool:
    lex, phrase = load(), " ".join(keys)
    return (phrase in lex.states or phrase in NOT_PLACES or phrase in PREFIXES or phrase in LANGUAGES
            or phrase in _CHAIN_KEYS or any(k in TITLES or k in FACILITY_WORDS or k in lex.states for k in keys))


_CHAIN_KEYS = frozenset(fold(c) for c in CHAINS)  # "drove to Kroger": a store, not a town
# function words that may follow a town ("to Normal for the infusion") though some are in the stop lists
_GLUE = frozenset("for and or with now on at since until where but by then so the a in to of from because today "
                  "yesterday tonight tomorrow weekly monthly every last next this".split())
