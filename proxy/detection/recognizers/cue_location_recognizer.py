"""CueLocationRecognizer: towns and cities that context vouches for, listed or not.

Invented or small places ("Port Bruceland", "East Heatherside", "Castilloland") are in no gazetteer. They
are found where the text itself says a place follows: the city part of an address, "lives in", "moved
from", a facility's "(City)", "City, ST". A word that is clinical vocabulary or an ordinary English word
(unless it is a known place or a place prefix like Port, Lake, East) ends the span.
"""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.lexicons.loader import fold, load
from proxy.detection.recognizer import Recognizer, TextView
from proxy.detection.recognizers.place_caps import clinical_reading
from proxy.detection.recognizers.place_cues import NOT_PLACES

# Places inside a hospital, which "transferred to" and "moved to" name as often as towns.
HOSPITAL_AREAS = frozenset("labor delivery floor step down unit ward room icu micu sicu ccu pacu ed er or "
                           "rehab tele telemetry bay bed suite hall wing tower pod".split())

_PLACE = r"[^\W\d_](?:[^\W\d_]|['’.-])*(?: [^\W\d_](?:[^\W\d_]|['’.-])*){0,3}"
PREFIXES = frozenset("port lake mount mt fort ft east west north south new st saint san santa el los las la "
                     "upper lower glen grand green spring rock falls beach park city village".split())
FACILITY_WORDS = frozenset("hospital center centre clinic house facility home living group imaging health rehab "
                           "hospice care nursing medical surgery pharmacy institute".split())
CREDENTIAL_LOOKALIKES = frozenset("MD PA DO RN NP OR CT MA MS DC ME IN OK HI ID DE CO AL MO".split())
_STREET = (r"(?:Ave|Avenue|St|Street|Rd|Road|Dr|Drive|Ln|Lane|Blvd|Boulevard|Ct|Court|Way|Pkwy|Parkway|Pl|Place|"
           r"Ter|Terrace|Cir|Circle|Hwy|Highway|Trl|Trail|Loop|Row|Sq|Square)")
_CUES = [
    # the city after a street address: "7825 N Juniper Ave. Ste 2D, Castilloland"
    re.compile(rf"\d+[ \t]+[^\n,]{{2,40}}?\b{_STREET}\.?(?:,?[ \t]+(?:Ste|Suite|Apt|Unit|#)\.?[ \t]*[\w-]+)?,[ \t]+(?P<place>{_PLACE})"
               r"(?=[ \t]*(?:\n|$|,|;|\.(?:\s|$)|\())", re.M),
    re.compile(rf"\b(?:lives|living|resides|residing|resident|home|moved|relocated|transferred|visiting|born|"
               rf"originally|returned|traveled|travelled|drive home|driving home|discharged home)"
               rf"(?:[ \t]+(?:in|to|from|of|at|near))+[ \t]+(?P<place>{_PLACE})", re.I),
    re.compile(rf"\b(?:from|near|in the town of|in the city of)[ \t]+(?P<place>{_PLACE})(?=,[ \t]*[A-Z]{{2}}\b)"),
    re.compile(rf"\b(?:Hospital|Center|Centre|Clinic|House|Facility|Home|Living|Group|Imaging|Health|Rehab|Hospice|"
               rf"Care|HOSPITAL|CENTER|CLINIC|HOUSE|FACILITY|HOME|LIVING|GROUP|HEALTH|HOSPICE)[ \t]*\((?P<place>{_PLACE})\)"),
    re.compile(r"(?:^|(?<=[\s(]))(?P<place>" + _PLACE + r"),[ \t]*(?P<state>[A-Z]{2})(?=[ \t]+\d{5}|[ \t]*(?:\n|$|[.;)]))",
               re.M),
]


class CueLocationRecognizer(Recognizer):
    ENTITIES = (entities.LOCATION,)
    SCORE = 0.8

    def __init__(self) -> None:
        self.lex = load()

    def analyze(self, view: TextView) -> list[Finding]:
        text, out = view.text, []
        for rx in _CUES:
            for m in rx.finditer(text):
                if "state" in m.groupdict() and not self._state_here(text, m):
                    continue
                start = m.start("place")
                if "state" in m.groupdict():  # "Sent to Duluth, MN": the place is the run right before the comma
                    while " " in text[start:m.end("place")] and self._trim(text, start, m.end("place")) != (
                            start, m.end("place")):
                        start = text.index(" ", start) + 1
                span = self._trim(text, start, m.end("place"))
                if span and clinical_reading(text, span, text[m.start():m.start("place")].strip()):
                    continue  # "returned to Normal", "Transferred to Mobile ICU", "12 Oak St, Normal saline"
                if span:
                    out.append(Finding(*span, entities.LOCATION, self.SCORE, self.name))
        return out

    def _state_here(self, text: str, m: re.Match) -> bool:
        """"City, ST": a postal code that is also a credential ("Kristensen, MD") needs a ZIP after it."""
        code = m.group("state")
        if code not in self.lex.state_codes:
            return False
        return code not in CREDENTIAL_LOOKALIKES or bool(re.match(r"[ \t]+\d{5}", text[m.end():]))

    def _trim(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Keep the leading run of place-like words; None if the first word is not one."""
        kept_end, first = None, True
        for m in re.finditer(r"[^\W\d_](?:[^\W\d_]|['’.-])*", text[start:end]):
            word = m.group(0).rstrip(".")
            key = fold(word)
            if not word[0].isupper() or key in FACILITY_WORDS or not self._place_word(key, first):
                break
            kept_end, first = start + m.start() + len(word), False
            if m.group(0).endswith(".") and len(word) > 2 and text[start + m.end():start + m.end() + 1] in " \t":
                break  # a sentence ends: "home to West Kevinstad. Auth for 66984"
        if kept_end is None:
            return None
        phrase = " ".join(fold(w) for w in text[start:kept_end].split())
        if phrase.rstrip(".") in PREFIXES or phrase in NOT_PLACES or any(w in NOT_PLACES for w in phrase.split()):
            return None  # a prefix alone ("Port"), or a country ("South Korea", "Mexico"): not PHI
        return start, kept_end

    def _place_word(self, key: str, first: bool) -> bool:
        lex = self.lex
        if key in HOSPITAL_AREAS or (first and key in lex.soft_stop and key not in PREFIXES):
            return False  # "to Labor and Delivery", "Step Down"; months and eponyms do not start a place
        if key in PREFIXES or key in lex.us_places or key in lex.world_cities:
            return True  # before the stop lists: "Port", "New" are also clinical or function words
        if key in lex.hard_stop or key in lex.states or (len(key) == 2 and key.upper() in lex.state_codes):
            return False
        if key in lex.english and not lex.is_name(key):
            return not first  # "Port Danny", "East Heatherside": after the first word, English words may stand
        return True
