"""Telephone and fax numbers. A number is a FAX when the nearest label before it says fax ("Fax:",
"F:", "fx") or "(fax)" follows it; otherwise PHONE."""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.medical_codes import is_npi
from proxy.detection.recognizer import Pattern, PatternRecognizer, TextView

_EXT = r"(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?"
_NANP = r"(?:\+?1[\s.-]?)?(?:\(\s*[2-9]\d{2}\s*\)|[2-9]\d{2})[\s.-]?[2-9]\d{2}[\s.-]?\d{4}"

_LABEL = re.compile(
    r"(?P<fax>\bfax|\bfx|\bfacsimile|\bf\s*:|\(f\))|(?P<phone>\bphone|\bph\b|\btel\b|\btelephone|\bcell|"
    r"\bmobile|\bhome|\bwork|\bcall|\bpager|\bpgr|\bcontact|\b[hmwcpo]\s*:|\btext)",
    re.I,
)


# "Orders faxed to Doctor Kelechi Bello at 555-...": the number where something was faxed, past a long name.
_FAXED_TO_AT = re.compile(r"\bfax(?:ed|ing)?[ \t]+(?:back[ \t]+)?to\b[^\n;]{0,60}?\bat[ \t]*$")


# An identifier label right before a 10-digit value makes it that identifier, not a phone ("MRN 7156858527").
_ID_LABEL_BEFORE = re.compile(
    r"\b(?:mrn|mr|med\s*rec|record|chart|member|subscriber|policy|group|grp|account|acct|a/c|fin|csn|har|claim|"
    r"encounter|enc|visit|id|ssn|medicaid|medicare|mbi|hicn|invoice|serial|s/n|lot|license|licence|lic|dea|"
    r"accession|specimen|case|order|ref|reference|confirmation|auth|authorization|empi)"
    r"\W{0,3}(?:#|no\.?|num(?:ber)?|id)?\W{0,3}$"
)


class PhoneRecognizer(PatternRecognizer):
    ENTITY = entities.PHONE
    PATTERNS = (
        Pattern("nanp_formatted", r"(?<![\w+-])" + r"(?:\+?1[\s.-]?)?\(\s*[2-9]\d{2}\s*\)\s?[2-9]\d{2}[\s.-]?\d{4}" + _EXT + r"(?![\w-])", 0.85),
        Pattern("nanp_separated", r"(?<![\w+-])(?:\+?1[\s.-])?[2-9]\d{2}([\s.-])[2-9]\d{2}\1\d{4}" + _EXT + r"(?![\w-])", 0.8),
        Pattern("nanp_plain", r"(?<![\w+-])(?:\+?1)?[2-9]\d{2}[2-9]\d{6}" + _EXT + r"(?![\w-])", 0.65),
        Pattern("international", r"(?<![\w+])\+(?!1\b)[2-9]\d{0,2}[\s.-]?(?:\(?\d{1,4}\)?[\s.-]?){2,4}\d{2,4}(?![\w-])", 0.75),
        Pattern("local", r"(?<![\w-])[2-9]\d{2}-\d{4}" + _EXT + r"(?![\w-])", 0.4),
        Pattern("vanity", r"(?<![\w-])1-8(?:00|88|77|66|55|44|33)-[A-Z0-9]{3}-?[A-Z0-9]{4}(?![\w-])", 0.8),
    )
    CONTEXT = ("phone", "tel", "call", "cell", "mobile", "fax", "contact", "reach", "pager", "ph:", "home", "work",
               "h:", "w:", "c:", "m:")
    CONTEXT_WHOLE_WORDS = True

    def __init__(self) -> None:
        super().__init__()
        self.ENTITIES = (entities.PHONE, entities.FAX)

    def validate_match(self, pattern: Pattern, value: str) -> bool:
        digits = re.sub(r"\D", "", value)
        if pattern.name == "nanp_plain":
            return not is_npi(digits[-10:])  # provider NPIs are not PHI
        return True

    def analyze(self, view: TextView) -> list[Finding]:
        out = []
        for f in super().analyze(view):
            if _ID_LABEL_BEFORE.search(view.lower, max(0, f.start - 24), f.start):
                continue
            if self._is_fax(view, f.start, f.end):
                f = Finding(f.start, f.end, entities.FAX, max(f.score, 0.85), self.name)
            out.append(f)
        return out

    @staticmethod
    def _is_fax(view: TextView, start: int, end: int) -> bool:
        if re.match(r"\s*\(?(?:fax|f)\)", view.lower[end:end + 8]):
            return True
        labels = list(_LABEL.finditer(view.text, max(0, start - 30), start))
        if labels:
            return labels[-1].group("fax") is not None
        return bool(_FAXED_TO_AT.search(view.lower, max(0, start - 80), start))
