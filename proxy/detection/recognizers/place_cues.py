"""Towns and cities that the text itself vouches for, listed in a gazetteer or invented.

Unseen places ("East Heatherside", "Lake Daniellestad", "Port St. Lucie", "Wilkes-Barre") are found by
cue plus shape, not by list: a field label ("City:", "Hometown:"), a phrase that expects a place ("lives
in", "resident of", "transferred from", "moved to", "home in"), a line "City, ST 12345" or "City, Ohio",
combined with what a place name looks like (a prefix such as Lake/Port/Mount/Fort/East/New before a
capitalised word, an ending such as -ville/-ton/-burg/-stad/-side, or a GeoNames entry).

Each span comes with a strength: a strong span (a field label, a ZIP after the state, a place-shaped
run after a residence phrase) outranks a name reading of the same words ("Lake Stephanie", "Hagerstown, MD").
"""

from __future__ import annotations

import re

from proxy.detection.lexicons.loader import fold, load
from proxy.detection.recognizer import TextView

Cued = tuple[int, int, bool]  # start, end, strong

PREFIXES = frozenset(
    "lake port mount mt mt. fort ft ft. east west north south new st st. saint san santa el los las la "
    "upper lower glen grand green spring rock falls beach park point cape isle bay palm".split()
)
# Prefix + word pairs that are countries or regions (larger than a state, so not PHI) or common phrases.
NOT_PLACES = frozenset([
    "north korea", "south korea", "south africa", "new zealand", "new guinea", "east timor", "south sudan",
    "north macedonia", "west bank", "new england", "new year", "new years", "west coast", "east coast",
    "north america", "south america", "central america", "new onset", "new patient", "saint lucia",
    "san marino", "el salvador", "cape verde", "north shore", "south side", "west side", "east side",
    "new orleans east", "grand rounds",
]) | frozenset(  # countries and continents: larger than a state, so not PHI ("travelled to Mexico")
    "africa asia europe america antarctica australia oceania mexico canada china india japan korea vietnam "
    "philippines guatemala honduras nicaragua cuba haiti jamaica brazil colombia venezuela peru ecuador "
    "argentina chile bolivia nigeria ghana kenya ethiopia somalia egypt morocco iran iraq syria afghanistan "
    "pakistan bangladesh nepal russia ukraine poland germany france italy spain portugal ireland england "
    "scotland wales britain uk usa israel lebanon turkey greece sweden norway finland denmark netherlands "
    "belgium switzerland austria thailand indonesia malaysia singapore romania hungary serbia croatia albania "
    "armenia laos cambodia myanmar eritrea sudan liberia cameroon congo uganda tanzania rwanda zimbabwe jordan "
    "yemen qatar kuwait".split())
# "speaks in English": a language is no place, though some are listed towns
LANGUAGES = frozenset("english spanish french creole arabic somali russian korean hindi urdu tagalog portuguese "
                       "mandarin cantonese italian haitian ukrainian albanian romanian armenian persian farsi "
                       "vietnamese polish german japanese chinese sign".split())
# Countries as written after a town abroad ("Nowa Sól, Poland"); multi-word ones besides NOT_PLACES' words.
_COUNTRIES = "|".join(sorted({w.title() for w in NOT_PLACES if " " not in w and len(w) > 3} | {
    "UK", "USA", "United Kingdom", "South Africa", "New Zealand", "El Salvador", "Dominican Republic", "Sri Lanka",
    "Saudi Arabia", "South Korea", "Sierra Leone", "Netherlands", "Philippines"}, key=len, reverse=True))
COUNTRY_AFTER = re.compile(r",[ \t]+(?:the[ \t]+)?(?:" + _COUNTRIES + r")\b")
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w'’.\-]*[ \t]+){0,3}[^\W\d_][\w'’.\-]*\Z")
_PREPOSITION = re.compile(r"\b(?:from|in|to|near|at|outside|of)[ \t]+\Z", re.I)
_LINKS = frozenset("am an der de del la las los di da do dos das of upon on sur".split())
ENDING = re.compile(
    r"(?:ville|ton|town|burg|burgh|borough|boro|bury|mouth|haven|land|stad|port|field|view|side|chester|"
    r"ford|wood|dale|berg|shire|fort|furt|mont|polis|stead|wick|worth|ham|ington|sville|ston|brook|"
    r"creek|ridge|springs|falls|heights|hills)$"
)
FACILITY_WORDS = frozenset(
    "hospital hospitals center centre clinic clinics house facility home living group imaging health rehab "
    "hospice care nursing medical surgery surgical pharmacy institute manor infirmary ed er icu or pacu "
    "snf ltac ltach va vamc campus unit ward floor general memorial regional community university".split()
)
TITLES = frozenset("dr dr. mr mr. mrs mrs. ms ms. miss prof prof. doctor nurse".split())

_WORD = r"(?:[A-Z][A-Za-z'’\-]*\.?|[dl]['’][A-Z][a-z]+)"
_RUN = rf"{_WORD}(?:[ \t]+(?:(?:of|de|del|la|los|las|on|upon|the)[ \t]+){{0,2}}{_WORD}){{0,3}}"
_LOW_WORD = r"[a-z][a-z'’\-]+"

LABELLED = re.compile(
    r"(?im)\b(?:city(?:[ \t]*(?:/|,|&|and)[ \t]*state)?|town|township|village|municipality|hometown|home[ \t]+town|"
    r"place[ \t]+of[ \t]+(?:birth|residence)|birthplace|residence|location|county|parish|borough|"
    r"(?:prior|previous|former|home|current)[ \t]+address|home)"
    r"[ \t]*(?::|-|=)[ \t]*(?P<place>" + _RUN.replace("[A-Z][A-Za-z", "[A-Za-z") + r")"
)
# "Springfield, IL 62704" / "East Heatherside, Ohio" at the start of a line (letter headers, face sheets)
CITY_LINE = re.compile(
    r"(?m)^[ \t]*(?P<place>" + _RUN + r"),[ \t]*(?P<state>[A-Z]{2}|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)\.?"
    r"(?P<zip>[ \t]+\d{5}(?:-\d{4})?)?[ \t]*$"
)
_STRONG_CUE = (
    r"lives?|living|lived|resides?|residing|resided|resident|residence|moved|moving|relocated|relocating|born|"
    r"raised|grew[ \t]+up|hometown|native|originally|visiting|visited|transferred|transfer|transported|"
    r"brought|drove|driven|driving|drives|came|comes|coming|home|returned|returning|travel(?:l)?ed|travel(?:l)?ing|trip|"
    r"vacation(?:ing)?|commutes?|stays?|staying|flew|flown|"
    # social, occupational and bereavement histories: "retired to", "winters in", "farmed in", "buried in"
    r"retired|winters|wintering|summers|spent|farm(?:s|ed|ing)?|works|worked|working|employed|stationed|"
    r"deployed|hunting|fishing|camping|buried|burial|held|died|exposed|exposure|"
    r"plant|mill|factory|refinery|mine|yard|warehouse|ranch|farm|dairy|co-op|farmhouse|cabin"  # "the paper mill in Troy"
)
CREDENTIAL_NEXT = re.compile(r",[ \t]*(?:MD|DO|PA|PA-C|RN|NP|DDS|DPM|PhD|MBBS)\b")
_AT_WORK = re.compile(r"(?i)(?:work|employ)\w*[ \t]+at[ \t]+\Z")  # "works at Acme": an employer, not a town
CUE = re.compile(
    rf"\b(?i:(?P<strong>{_STRONG_CUE})(?:[ \t]+[a-z0-9'/]+){{0,3}}?[ \t]+(?:in|to|from|of|near|at|past|by|outside(?:[ \t]+of)?)"
    rf"|(?P<weak>from|in|near|to|at|outside|out[ \t]+of|between|past))[ \t]+(?i:the[ \t]+(?:town|city|village|township)[ \t]+of[ \t]+)?"
    rf"(?P<place>{_RUN}|{_LOW_WORD}(?:[ \t]+{_LOW_WORD})?)"
)

# A place named by what follows it: "a Toledo native", "Duluth-area", "Lubbock-based", "home (Macon)".
PLACE_BEFORE = re.compile(r"(?:\b(?i:a|an|the|lifelong|longtime)[ \t]+)(?P<place>" + _RUN + r")(?:[ \t]+(?:native|resident|"
                          r"fire[ \t]+(?:station|department|hall)|police[ \t]+(?:station|department)|post[ \t]+office)|"
                          r"-(?:based|area))\b|\b(?:home|town|city|village)[ \t]*\([ \t]*(?P<home>" + _RUN + r")[ \t]*\)")

def _key(word: str) -> str:
    return fold(word.rstrip(".,"))


def _is_listed(keys: list[str]) -> bool:
    lex, phrase = load(), " ".join(keys)
    return phrase in lex.us_places or phrase in lex.world_cities


def _bad_word(key: str) -> bool:
    lex = load()
    return key in TITLES or key in FACILITY_WORDS or key in lex.states or (
        key in lex.hard_stop and key not in PREFIXES and key not in lex.us_places)


def _shaped(keys: list[str], weak: bool) -> bool:
    """A run that looks like a place by itself: a listed place, prefix + name, or a place-name ending."""
    lex = load()
    phrase = " ".join(keys)
    if phrase in NOT_PLACES or phrase in LANGUAGES or phrase in lex.states or any(k in lex.states for k in keys if len(keys) == 1):
        return False
    if _is_listed(keys):
        if len(keys) > 1:
            return True
        common = phrase in lex.english or phrase in lex.soft_stop or phrase in lex.hard_stop
        if not common and not (weak and lex.is_name(phrase)):
            return True  # "from Hagerstown"; a weak "to Milton" may be a person
        return not weak and phrase not in lex.soft_stop and lex.us_places.get(phrase, 0) >= 50000
    if len(keys) > 1 and keys[0] in PREFIXES and keys[1] not in lex.english and keys[1] not in lex.soft_stop:
        return True
    if len(keys) == 2 and keys[0] in PREFIXES and lex.is_name(keys[1]) and keys[1] not in lex.hard_stop:
        return True  # "New Heather", "East Dean", "Lake Charles": a prefix before a given name
    last = keys[-1]
    if ENDING.search(last) and len(last) > 5 and last not in lex.english and last not in lex.soft_stop:
        return not (weak and len(keys) == 1 and lex.is_name(last))
    return "-" in phrase and all(p and p not in lex.english for p in phrase.split("-")) and not weak


def _accept(keys: list[str], strong: bool) -> bool:
    lex = load()
    if _shaped(keys, weak=not strong):
        return True
    if not strong or " ".join(keys) in NOT_PLACES:
        return False
    # a strong cue vouches for unknown capitalised words ("lives in Reyesland"), not for English ones;
    # the particles of "Santiago de los Caballeros" are no reason to doubt it
    words = [k for k in keys if len(keys) < 3 or k not in _LINKS]
    # a listed town that is also an eponym or surname ("lives in Lawrence") stands after a strong cue
    return not any(k in lex.english or (k in lex.soft_stop and not _is_listed([k])) or k in lex.states
                   for k in words)


def _trim_run(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of a run up to the first one that cannot be part of a place name."""
    words = []
    for m in re.finditer(r"[^\s,;:()]+", text[start:end]):
        raw = m.group()
        key = _key(raw)
        if (_bad_word(key) and not (words and key in _LINKS)) or (not words and key in _LINKS | {"the"}):
            break  # a particle inside a name stays: "Santiago de los Caballeros"
        words.append((start + m.start(), start + m.start() + len(raw.rstrip(".,")) if key not in
                      ("st", "mt", "ft") else start + m.end(), key))
        if raw.endswith(".") and len(key) > 2 and text[start + m.end():start + m.end() + 1] in " \t":
            break  # a sentence ends: "outside Clinton. GCS 14"
    while words and (words[-1][2] in _LINKS or words[-1][2] == "the"):
        words.pop()
    return words


def _best(text: str, start: int, end: int, strong: bool) -> tuple[int, int] | None:
    """Longest leading run of the words in [start, end) that is accepted as a place."""
    words = _trim_run(text, start, end)
    for k in range(len(words), 0, -1):
        keys = [w[2] for w in words[:k]]
        if keys[-1] in PREFIXES:
            continue
        if _accept(keys, strong):
            return words[0][0], words[k - 1][1]
    return None


def cued_places(view: TextView) -> list[Cued]:
    cached = view.cache.get("cued_places")
    if cached is not None:
        return cached
    from proxy.detection.recognizers.place_caps import clinical_reading  # these import this module
    from proxy.detection.recognizers.place_fields import field_places, residence_before_state

    text, lex, out = view.text, load(), []
    for m in LABELLED.finditer(text):
        span = _best(text, m.start("place"), m.end("place"), strong=True)
        if span:
            out.append((*span, True))
    out.extend(field_places(view))
    for m in CITY_LINE.finditer(text):
        state = m.group("state")
        if fold(state) not in lex.states and state not in lex.state_codes:
            continue
        span = _best(text, m.start("place"), m.end("place"), strong=True)
        if span and (m.group("zip") or _shaped(_keys(text, span), weak=True)):
            out.append((*span, True))
    for m in PLACE_BEFORE.finditer(text):  # "a Toledo native", "Lubbock-based", "at home (Macon)"
        g = "place" if m.group("place") else "home"
        span = _best(text, m.start(g), m.end(g), strong=True)
        # "the Commerce fire station": a listed town stands there even when it is an English word
        station = m.group(0).endswith(("station", "department", "hall", "office"))
        words = _trim_run(text, m.start(g), m.end(g)) if station and not span else []
        if words and not any(w[2] in lex.hard_stop for w in words) and _is_listed([w[2] for w in words]):
            span = words[0][0], words[-1][1]
        # only a listed or place-shaped run, no nationality: "an English resident", "a Haitian native"
        keys = _keys(text, span) if span else []
        if span and span[1] == m.end(g) and (_shaped(keys, weak=False) or station) and not (
                len(keys) == 1 and keys[0].endswith(("ish", "ese", "ian", "can", "ean"))):
            out.append((*span, True))
    for m in COUNTRY_AFTER.finditer(text):
        span = _before_country(text, m.start())
        if span:  # the country stays in the span: a name reading of "Sól, Poland" must not keep it
            out.append((span[0], m.end(), True))
    for m in CUE.finditer(text):
        place = m.group("place")
        strong = m.group("strong") is not None and not _AT_WORK.match(text, m.start(), m.start("place"))
        if place[0].islower():  # chat: "lives in north jamesville" - only place-shaped words
            words = place.split()
            for keys in (words, words[:1]) if len(words) > 1 else (words,):  # "lives in toledo now"
                # after "lives in", a listed town that is no English word stands even if it is also a surname
                listed = _is_listed(keys) and not any(k in lex.english or k in lex.soft_stop for k in keys)
                if (strong or m.group("weak") == "between") and (_shaped(keys, weak=True) or listed) and not any(_bad_word(k) for k in keys):
                    out.append((m.start("place"), m.start("place") + len(" ".join(keys)), False))
                    break
            continue
        span = _best(text, m.start("place"), m.end("place"), strong)
        if span and CREDENTIAL_NEXT.match(text, span[1]) and any(k in lex.soft_stop for k in _keys(text, span)):
            span = None  # "transferred to Jones, MD": a clinician unless a residence cue says town (below)
        if span and clinical_reading(text, span, m.group("strong") or m.group("weak")):
            span = None  # "returned to Normal", "transferred to Mobile ICU"
        if not span:  # "moved from Marshall, MD", "currently in Reading, PA"
            span = residence_before_state(text, m.group("strong") or m.group("weak"), m.start("place"), m.end("place"))
            strong = strong or span is not None
        if span:
            out.append((*span, strong))
    view.cache["cued_places"] = out
    return out


def _keys(text: str, span: tuple[int, int]) -> list[str]:
    return [_key(w) for w in text[span[0]:span[1]].split()]


def _before_country(text: str, comma: int) -> tuple[int, int] | None:
    """The capitalised words right before ", Poland": a town abroad, known or not."""
    m = _WORDS_BEFORE.search(text, max(0, comma - 60), comma)
    if not m:
        return None
    words = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.group())]
    keep: list[tuple[int, int]] = []
    for s, e in reversed(words):  # the run of capitalised words (and "am", "de") ending at the comma
        w = m.group()[s:e]
        if not (w[0].isupper() or (keep and w in _LINKS)):
            break
        keep.insert(0, (s, e))
    lex = load()
    while keep:
        key = _key(m.group()[keep[0][0]:keep[0][1]])
        if key in TITLES:
            return None  # "Dr. Patel, India": a person and a country
        if not (key in _LINKS or _bad_word(key) or key in lex.english):
            break
        if len(keep) == 1 and not _bad_word(key) and _PREPOSITION.search(text, 0, m.start() + keep[0][0]):
            break  # "in Hue, Vietnam", "from Nice, France": a town that is also a word
        keep.pop(0)  # "Visiting Rourkela, India": not part of the town
    if not keep:
        return None
    keys = [_key(m.group()[s:e]) for s, e in keep]
    start = m.start() + keep[0][0]
    if len(keys) == 1 and lex.is_name(keys[0]) and not _is_listed(keys) and not _PREPOSITION.search(text, 0, start):
        return None  # "Ortega, Mexico": more likely a person than a town, unless "from Ortega, Mexico"
    return start, comma


def accept_run(keys: list[str]) -> bool:
    """A run of folded words that place-name shape or a gazetteer vouches for (for callers with a cue)."""
    return _accept(keys, strong=True) and not any(_bad_word(k) for k in keys)


def place_shaped(keys: list[str]) -> bool:
    """A run that looks like a place without a cue: prefix + name ("Lake Gabriela"), a place ending."""
    return _shaped(keys, weak=True) and not any(_bad_word(k) for k in keys)
