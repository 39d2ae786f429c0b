"""Spans that are never PHI: billing/clinical codes and clinical quantities, found once per text.

The engine drops any finding that lies inside one of these spans, and any weak (unlabelled) finding
that touches a code, so a coder's codes always reach the model intact. Only ambiguous, unlabelled
values are protected: when an identifier label sits right before the value ("Member ID: 99214",
"MRN 12345", "ZIP 02115", "MA 02115") the value is not protected and the recognizers decide.

Code sets: ICD-10-CM is checked against the official April 2026 code list (simple-icd-10-cm, loaded
once, offline). The others are checked by shape (and check digits where the standard defines them):
ICD-10-PCS (7 characters), CPT Category I (5 digits), II/III/PLA (4 digits + F/T/U), HCPCS Level II
(letter + 4 digits), modifiers, NDC (4-4-2, 5-3-2, 5-4-1, 5-4-2, 11 digits near "NDC"), LOINC
(mod-10 check digit), MS-DRG, and provider NPIs (Luhn over the 80840 prefix; an NPI is not PHI).
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from proxy.detection.recognizer import TextView
from proxy.detection.recognizers.place_patterns import street_before_town_zip

ICD10CM_CODES = Path(__file__).parent / "lexicons" / "icd10cm_codes.txt.gz"

CODE = "code"  # a billing or terminology code: never touched, even partly, by a weak finding
CLINICAL = "clinical"  # a dose, vital, score, duration, lone year or US state


@dataclass(frozen=True, slots=True)
class ProtectedSpan:
    start: int
    end: int
    kind: str


@cache
def _icd10cm_codes() -> frozenset[str]:
    """All ICD-10-CM codes without dots: the official April 2026 set, extracted from simple-icd-10-cm 1.5.0
    into a small file (tests/detection/test_medical_codes.py checks it equals the package's list).
    Importing the package itself would cost ~180 MB of memory and a second at start."""
    with gzip.open(ICD10CM_CODES, "rt", encoding="ascii") as handle:
        return frozenset(line.strip() for line in handle if line.strip())


def is_icd10cm(code: str) -> bool:
    """True if code (with or without the dot, any case) is an ICD-10-CM category or code."""
    code = code.upper().replace(".", "")
    return len(code) >= 3 and code[0].isalpha() and code in _icd10cm_codes()


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def is_npi(digits: str) -> bool:
    """An NPI: 10 digits starting 1 or 2, Luhn-valid over the card-issuer prefix 80840."""
    return len(digits) == 10 and digits[0] in "12" and digits.isdigit() and luhn_ok("80840" + digits)


def loinc_ok(code: str) -> bool:
    """LOINC "NNNNN-C": C is the mod-10 check digit of the number part."""
    number, _, check = code.partition("-")
    if not (number.isdigit() and check.isdigit() and len(check) == 1):
        return False
    digits = number.zfill(5)
    odd = int("".join(digits[i] for i in (4, 2, 0))) * 2  # positions 1,3,5 from the right, doubled
    even = [int(digits[i]) for i in (3, 1)]
    total = sum(int(c) for c in str(odd)) + sum(even)
    return (10 - total % 10) % 10 == int(check)


_MODS = r"(?:\s?-\s?(?:\d{2}|[A-Z]{2}|[A-Z]\d|\d[A-Z])(?![A-Za-z0-9]))*"
_NUM_L = r"(?<![\w.,/$-])"  # not inside a longer number, a decimal, a date or an amount
_NUM_R = r"(?![\w/]|[.,]\d|-\d{3})"  # "60614-2231" is a ZIP+4, not CPT 60614

# (regex, kind, needs validation by name). One pass each, compiled once.
# "lives in 60614", "moved to 46202": a number where a place is expected is a ZIP, not a code
_RESIDENCE_BEFORE = re.compile(r"\b(?:lives|living|resides|residing|moved|relocated)[ \t]+(?:in|to)[ \t]+$")
_N4_BEFORE = re.compile(r"\bN4\*[^*~\n]{1,40}\*[A-Za-z ]{0,20}\*$")
_PHARMACY = re.compile(r"\b(?:pharmacy|pharmacist|rph|pharmd|dispens\w*|refill\w*|formulary|rejected|"
                       r"rx\s+(?:claim|reject\w*))\b")
_DAY_MON_YY = re.compile(r"(?:0[1-9]|[12]\d|3[01])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d\d")

_CODE_PATTERNS: tuple[tuple[str, str, int], ...] = (
    ("icd", r"(?<![\w.])[A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4}|[0-9A-Z]{1,4})?" + _NUM_R, re.I),
    ("pcs", r"\b[0-9BCDFGHX][0-9A-HJ-NP-Z]{6}\b", 0),
    ("cpt", _NUM_L + r"\d{5}" + _MODS + _NUM_R, 0),
    ("cpt_ii", r"\b\d{4}[FTU]" + _MODS + r"\b", 0),
    ("hcpcs", r"\b[A-V]\d{4}" + _MODS + r"\b", 0),
    ("modifier", r"\bmod(?:ifier)?s?\s*[:#]?\s*-?[0-9A-Z]{2}\b(?:\s*(?:,|and|&|/)\s*-?[0-9A-Z]{2}\b)*", re.I),
    ("ndc", r"(?<![\d-])(?:\d{4}-\d{4}-\d{2}|\d{5}-\d{3}-\d{2}|\d{5}-\d{4}-\d{1,2})(?![\d-])", 0),
    ("ndc_plain", r"\bNDC\b[\s:#]*(?:\d{10,11}|\d{4,5}[-\s]\d{3,4}[-\s]\d{1,2})\b", re.I),
    ("ndc11", r"(?<![\d-])\d{11}(?![\d-])", 0),
    ("loinc", r"(?<![\d./-])\d{3,5}-\d(?![\d/-])", 0),
    ("drg", r"\b(?:MS-?)?DRGs?\s*(?:#|no\.?|code)?\s*:?\s*\d{3}\b", re.I),
    ("npi", r"(?<![\d-])\d{10}(?![\d-])", 0),
    # codes that name a plan, a provider type or a lab, never a patient: NUCC provider taxonomy
    # ("207Q00000X"), a pharmacy claim's BIN and a lab's CLIA number ("05D0642827") after their labels
    ("taxonomy", r"\b\d{3}[A-Z][A-Z0-9]{5}X\b", 0),
    ("bin_labelled", r"\b(?:Rx\s*)?BIN\s*(?:#|no\.?)?\s*:?\s*\d{6}\b", re.I),
    ("clia_labelled", r"\bCLIA\s*(?:#|no\.?|number|id)?\s*:?\s*\d{2}D\d{7}\b", re.I),
    ("npi_labelled", r"\bNPI\s*(?:#|no\.?|number)?\s*:?\s*\d{10}\b", re.I),
)

_UNITS = (
    r"mg|mcg|µg|ug|g|kg|lbs?|oz|ml|cc|l|units?|u|iu|meq|mmol|mg/kg|mg/dl|mg/l|g/dl|ng/ml|pg/ml|mmol/l|"
    r"meq/l|k/ul|/ul|x10\^?\d*/?[lu]?l?|%|mmhg|bpm|breaths/min|/min|cm|mm|in|ft|tabs?|caps?|puffs?|drops?|"
    r"gtts?|sprays?|patch(?:es)?|doses?|meq|mg/m2|mg/hr|mcg/hr|mcg/kg/min|ml/hr|l/min|°[cf]?|deg|degrees|f|c"
)
_CLINICAL_PATTERNS: tuple[tuple[str, int], ...] = (
    # doses, lab values and measurements with a unit
    (r"(?<![\w/])\d+(?:[.,]\d+)*\s?(?:-\s?\d+(?:[.,]\d+)?\s?)?(?:" + _UNITS + r")(?![a-z0-9])", re.I),
    # blood pressure and other vitals, labelled (a label after a slash is none: the p of "s/p 11/10")
    (r"(?<![\w/])(?:BP|B/P|blood pressure|HR|RR|P|pulse|SpO2|O2 sat|sats?|T|temp|Tmax|wt|weight|ht|height|BMI|MAP|CVP|FiO2|"
     r"PEEP|GCS|NIHSS|MMSE|MoCA|Apgars?|pain(?: score)?|strength|motor|power|score|grade)\b\s*(?:of|is|was|:|=)?\s*"
     r"\d{1,3}(?:\.\d+)?(?:\s*/\s*\d{1,3}(?:\.\d+)?)*", re.I),
    (r"\b\d{2,3}/\d{2,3}\s*(?:mm\s?hg)?(?=\s*(?:mm\s?hg|,?\s*(?:HR|P|pulse|RR)\b))", re.I),
    # fractions and scores: "3/4 strength", "1/2 tab", "5/5 bilaterally", "7/10 pain"
    (r"\b\d{1,2}\s*/\s*\d{1,2}\s+(?:strength|tabs?|tablets?|caps?|dose|cup|of|pain|power|motor|bilat\w*|"
     r"throughout|in all|score|on the)\b", re.I),
    # durations
    (r"\b\d+(?:\.\d+)?(?:\s?(?:-|to)\s?\d+(?:\.\d+)?)?\s?-?\s?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|"
     r"weeks?|wks?|months?|mos?|years?|yrs?)\b(?![\s-]*(?:old|of age))", re.I),
    # a year on its own
    (r"(?<![\w/.-])(?:19|20)\d{2}(?![\w/-]|\.\d)", 0),
    # US states by name, and two-letter postal codes in capitals
    (r"\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|"
     r"Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
     r"Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
     r"North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
     r"South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)\b", 0),
)

STATE_ABBREVIATIONS = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC "
    "ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP PW FM MH AA AE AP".split()
)

# The label (if any) right before a value: "Member ID: ", "MRN #", "CPT ", "zip code".
_LABEL_BEFORE = re.compile(
    r"\b(?P<word>[a-z][a-z'/]*)(?:\+4)?\.?\s*(?P<suffix>#|no\.?|num(?:ber)?\.?|id\b|code\b)?\s*[:#=]?\s*(?:is\s+|was\s+)?$"
)
_CODE_LABELS = frozenset(
    "cpt hcpcs icd icd-10 icd10 icd-10-cm icd-10-pcs pcs dx dxs diagnosis diagnoses code codes drg ndc loinc npi "
    "modifier modifiers mod procedure procedures proc px billed bill coded and or with plus also cm".split()
)
_ID_LABELS = frozenset(
    "mrn mr rec record records chart member subscriber policy group grp plan insurance medicaid medicare mbi "
    "hicn beneficiary account acct a/c fin invoice csn har serial s/n sn lot udi "
    "device license licence lic dea plate vin zip zipcode postal ssn social security id identifier "
    "phone tel ph cell mobile fax pager accession specimen reference ref ticket "
    "certificate cert badge employee passport".split()
)
# Nouns that precede billing codes as often as identifiers ("office visit 99214", "claim 99213 denied",
# "order 71046"): alone they do not make a code an identifier; with "#", "no." or "ID" they do.
# Before a long shape (an NDC's 4-4-2, an NPI's ten digits) they do: nobody writes "encounter <NDC>".
_RECORD_NOUNS = frozenset("encounter enc visit claim clm case episode admission adm order".split())


def id_label_before(text_lower: str, start: int, long_shape: bool = False) -> bool:
    """True if an identifier label (not a code label) sits right before offset start; for a long shape
    (long_shape: an NDC's or an NPI's) a record noun counts as one too."""
    m = _LABEL_BEFORE.search(text_lower, max(0, start - 32), start)
    if not m:
        return False
    word = m.group("word")
    if word in _CODE_LABELS:
        return False
    return word in _ID_LABELS or (m.group("suffix") or "").startswith(("#", "no", "num", "id")) \
        or long_shape and word in _RECORD_NOUNS


def _after_state(text: str, start: int) -> bool:
    """True if a 5-digit value follows a US state ("Boston, MA 02115", "Ohio 43210")."""
    return STATE_BEFORE_ZIP.search(text, max(0, start - 40), start) is not None


_STATE_TAILS = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana",
    "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana",
    "Nebraska", "Nevada", "Hampshire", "Jersey", "Mexico", "York", "Carolina", "Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Island", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
    "Wisconsin", "Wyoming",
)


# Postal abbreviations that are also clinical abbreviations ("Head CT 70450", "OR 93000", "PA 99213"):
# before a 5-digit number they mean a state only after "City," .
CLINICAL_LOOKALIKE_STATES = frozenset(
    "CT OR MD PA MA MS DC GA LA VA SC IN ME OK HI AS ID MI DE CO AL MO NE ND SD PR GU VI MP AA AE AP".split()
)
_UNAMBIGUOUS_STATES = "|".join(sorted(STATE_ABBREVIATIONS - CLINICAL_LOOKALIKE_STATES))
_ALL_STATES = "|".join(sorted(STATE_ABBREVIATIONS))
_STATE_NAMES = r"(?:New |North |South |West |Rhode )?(?:" + "|".join(_STATE_TAILS) + ")"
# "City, ST", "City ST" (unambiguous ST only), or a state name; then the ZIP
STATE_BEFORE_ZIP_REGEX = (
    r"(?:(?:\b[A-Za-z.]+,\s*(?:" + _ALL_STATES + r")|\b[A-Z][A-Za-z]+\s+(?:" + _UNAMBIGUOUS_STATES + r")|\b"
    + _STATE_NAMES + r")\.?,?\s{1,3}"
    r"|\^(?:" + _ALL_STATES + r")\^)"  # an HL7 address: "...^Scranton^PA^18503"
)
STATE_BEFORE_ZIP = re.compile(STATE_BEFORE_ZIP_REGEX + "$")


class MedicalCodeGuard:
    """Finds the protected spans of a text. Stateless after construction, so safe to share across threads."""

    def __init__(self) -> None:
        self._codes = [(name, re.compile(rx, flags)) for name, rx, flags in _CODE_PATTERNS]
        self._clinical = [re.compile(rx, flags) for rx, flags in _CLINICAL_PATTERNS]
        _icd10cm_codes()  # load the code set now, not during the first request

    def spans(self, view: TextView) -> list[ProtectedSpan]:
        cached = view.cache.get("protected")
        if cached is None:
            cached = view.cache["protected"] = self._find(view)
        return cached

    def _find(self, view: TextView) -> list[ProtectedSpan]:
        text, lower = view.text, view.lower
        out: list[ProtectedSpan] = []
        for name, rx in self._codes:
            for m in rx.finditer(text):
                if self._is_code(name, m.group(0), text, lower, m.start()):
                    out.append(ProtectedSpan(m.start(), m.end(), CODE))
        for rx in self._clinical:
            out.extend(ProtectedSpan(m.start(), m.end(), CLINICAL) for m in rx.finditer(text))
        out.sort(key=lambda s: (s.start, -s.end))
        return out

    @staticmethod
    def _is_code(name: str, value: str, text: str, lower: str, start: int) -> bool:
        if name in ("modifier", "drg", "ndc_plain", "npi_labelled", "bin_labelled", "clia_labelled"):
            return True  # the code label is part of the match
        if id_label_before(lower, start, long_shape=name in ("ndc", "ndc11", "npi")):
            return False
        core = re.split(r"\s?-\s?", value, maxsplit=1)[0] if name in ("cpt", "cpt_ii", "hcpcs") else value
        if name == "icd":
            return is_icd10cm(core)
        if name == "pcs":
            # all-digit 7-character strings are PCS only when a procedure label is near
            # an all-letter word ("GAYNARD") is a name in capitals, not a code: real PCS codes carry digits
            mixed = any(c.isalpha() for c in core[1:]) and any(c.isdigit() for c in core)
            labelled = bool(re.search(r"pcs|procedure|icd", lower[max(0, start - 40):start]))
            # "03JUN72" (day, month, 2-digit year) is a date unless a PCS label says otherwise
            return labelled or (mixed and not _DAY_MON_YY.fullmatch(core))
        if name == "cpt":  # "Ohio 43210", the X12 segment "N4*Troy*OH*12180", "12 elm apt 3, Troy 12180"
            return not _after_state(text, start) and not _N4_BEFORE.search(text, max(0, start - 80), start) \
                and not street_before_town_zip(text, start) and not _RESIDENCE_BEFORE.search(lower, max(0, start - 30), start)
        if name == "taxonomy":  # the shape alone could be a member ID: the word must be near
            return bool(re.search(r"taxonomy|specialty", lower[max(0, start - 60):start]))
        if name == "ndc11":  # a bare 11-digit NDC only near the word NDC, or in a pharmacy's words
            return "ndc" in lower[max(0, start - 80):start] or bool(_PHARMACY.search(lower, max(0, start - 150), start + 150))
        if name == "loinc":
            return loinc_ok(value)
        if name == "npi":
            return is_npi(value) and not re.search(r"(?:phone|tel|cell|call|fax|ph)\W{0,3}$", lower[max(0, start - 12):start])
        return True


def inside(spans: list[ProtectedSpan], start: int, end: int) -> ProtectedSpan | None:
    """The protected span containing [start, end), if any; a code span before a clinical one."""
    found = None
    for s in spans:  # sorted by start; a text holds few spans
        if s.start > start:
            break
        if end <= s.end and (found is None or s.kind == CODE):
            found = s
    return found


def touches_code(spans: list[ProtectedSpan], start: int, end: int) -> bool:
    """True if [start, end) overlaps any CODE span."""
    return any(s.kind == CODE and s.start < end and start < s.end for s in spans)
