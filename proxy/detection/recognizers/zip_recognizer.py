"""ZIP codes: 5 or 9 digits after a US state (name or postal abbreviation) or with a zip/postal label;
Canadian and British postal codes too.

A lone 5-digit number is a CPT code, not a ZIP; ZIP+4 (12345-6789) is distinctive on its own.
"""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.medical_codes import STATE_BEFORE_ZIP_REGEX
from proxy.detection.finding import Finding
from proxy.detection.recognizer import LabelledRecognizer, Pattern, TextView
from proxy.detection.recognizers.place_patterns import street_before_town_zip

_ZIP = r"\d{5}(?:[- ]\d{4})?"
_BARE_ZIP = re.compile(r"(?<![\w-])\d{5}(?:-\d{4})?(?![\w-])")


class ZipCodeRecognizer(LabelledRecognizer):
    ENTITY = entities.ZIP_CODE
    LABELS = (r"zip(?:\s*code)?", r"postal\s*code", r"zip\+4", r"zipcode")
    VALUE = _ZIP + r"(?!\d)"
    PATTERNS = (
        Pattern("after_state", STATE_BEFORE_ZIP_REGEX + r"(?P<value>" + _ZIP + r")(?![\d-])", 0.9),
        Pattern("zip_plus_four", r"(?<![\d-])\d{5}-\d{4}(?![\d-])", 0.7),
        # "lives in 60614": a number where a residence phrase expects a place
        # postal codes abroad name areas as small as a ZIP: Canada's "M5H 1K5" (a shape no code has),
        # the UK's "LS1 4AP" only after a postcode label or a British place word
        Pattern("canada", r"(?<![\w-])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ ]?\d[ABCEGHJ-NPRSTV-Z]\d(?![\w-])", 0.85),
        Pattern("uk", r"(?i:\b(?:post\s?code|uk|england|scotland|wales|london)\b)[^\n]{0,24}?\b"
                r"(?P<value>[A-Z]{1,2}\d[A-Z\d]?[ ]\d[ABD-HJLNP-UW-Z]{2})\b", 0.85),
        Pattern("after_residence", r"(?i:\b(?:lives|living|resides|residing|moved|relocated)[ \t]+(?:in|to)[ \t]+)"
                r"(?P<value>" + _ZIP + r")(?![\d-])", 0.85),
    )
    CONTEXT = ("zip", "postal", "address", "lives", "resides")

    # X12 address segment: N4*city*state*ZIP
    _N4 = re.compile(r"\bN4\*[^*~\n]{1,40}\*[A-Za-z ]{0,20}\*(?P<value>" + _ZIP + r")(?![\d-])")

    def analyze(self, view: TextView) -> list[Finding]:
        out = super().analyze(view)
        # "1412 w elm apt 3, Fresno 93701": a street and its town, then the ZIP with no state between
        for m in _BARE_ZIP.finditer(view.text):
            if street_before_town_zip(view.text, m.start()):
                out.append(Finding(m.start(), m.end(), self.ENTITY, 0.9, self.name))
        if "N4*" in view.text:
            out += [Finding(m.start("value"), m.end("value"), self.ENTITY, 0.95, self.name) for m in self._N4.finditer(view.text)]
        return out

    def validate(self, value: str) -> bool:
        return not re.fullmatch(r"0{5}(?:[- ]?0{4})?", value)
