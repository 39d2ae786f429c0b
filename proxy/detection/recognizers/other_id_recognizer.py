"""Any other unique identifying number (Safe Harbor item R): labelled ("ID:", "#", "no.", "case",
"accession", "specimen", "order"...) or an unlabelled long number / letter-digit string.

Unlabelled matches are weak (0.6): the engine drops them where they touch a medical code, and a more
specific recognizer (phone, SSN, date, MRN...) wins an overlap by its higher score.
"""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.recognizer import ID_VALUE, LabelledRecognizer, Pattern, TextView

_LABELS = (
    r"(?:patient|pt|person|resident|client|employee|staff|student|badge|passport|alien|uscis|military|"
    r"service|edipi|dod|va|veteran|tax|taxpayer|study|trial|subject|participant|enrollment|registry|"
    r"transplant|unos|donor|case|file|document|doc|image|imaging|exam|report|ecg|ekg|order|lab|"
    r"specimen|sample|barcode|requisition|req|ticket|tracking|confirmation|reference|ref|control|"
    r"accession|acc|pathology|path|surgical\s*path|cytology|blood\s*bank|transfusion|unit|bed|room)\s*"
    r"(?:id(?:entifier)?|#|no\b\.?|num(?:ber)?|code)",
    r"(?:case|specimen|accession|requisition|confirmation|tracking|passport|tin|ein|itin|a-number|"
    r"edipi|unos|reference|ticket|order|badge|employee|student|voucher|barcode)",
    r"id(?:entifier)?",
    r"i\.d\.",
    r"(?-i:No)\.",
    r"number",
)
_LAB_BEFORE = re.compile(
    r"\b(?:plt|platelets?|wbc|rbc|count|level|titer|titre|copies|viral\s+load|cells|anc|alc|cd4|ldh|ck|cpk|"
    r"bnp|d-dimer|crp|esr|ferritin|glucose|x|times|total|volume|output|intake|urine|steps|kcal|calories|"
    r"about|approximately|over|under|than|\$|usd|cost|charge[sd]?|paid|billed|allowed|balance)\W{0,3}$"
)
# "NURSING NOTE 0700-1900", "shift 1900-0730": two clock times on the quarter hour are a span of hours
_HOURS = re.compile(r"(?:[01]\d|2[0-3])(?:00|15|30|45)[ \t]?-[ \t]?(?:[01]\d|2[0-4])(?:00|15|30|45)")
_NDC_IN_PARENS = re.compile(r"\(\d{11}\)")
_GLUED_LABEL = re.compile(r"(?i)(?:mrn|mr|acct|enc|fin|csn|har|mbi|hicn|id)-")
# "250000/uL" is a count; "00123456 / DOB ..." (a slash between spaced fields) is not
_AFTER_QUANTITY = re.compile(r"\s*(?:/(?![ \t])|copies|cells|iu|units?|kcal|calories|steps|dollars|usd|cfu|x\s?10)", re.I)


def _room_block(value: str) -> bool:
    parts = value.split(" ")
    return len(parts) >= 3 and all(len(p) == 3 and p.isdigit() for p in parts) \
        and all(0 < int(b) - int(a) < 10 for a, b in zip(parts, parts[1:]))


class OtherIdRecognizer(LabelledRecognizer):
    ENTITY = entities.OTHER_ID
    LABELS = _LABELS
    LABEL_SCORE = 0.9  # below the specific recognizers' labels, which win a tie on the same value
    PATTERNS = (
        Pattern("hash", r"(?<![\w#&])#\s?(?P<value>" + ID_VALUE + r")", 0.7),
        Pattern("long_number", r"(?<![\w.,/$-])\d{6,}(?![\w/]|[.,]\d)", 0.6),
        Pattern("dashed_number", r"(?<![\w.,/$-])\d{2,}(?:[- ]\d{2,}){1,4}(?![\w/-]|[.,]\d)", 0.55),
        Pattern(
            "alnum",
            r"(?<![\w-])(?=[A-Za-z0-9-]*[A-Za-z])(?=(?:[A-Za-z-]*\d){4})[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\w-])",
            0.6,
        ),
    )
    CONTEXT = ("id", "identifier", "number", "#", "no.", "case", "accession", "specimen")
    CONTEXT_BOOST = 0.2
    CONTEXT_WHOLE_WORDS = True

    def has_context(self, view: TextView, start: int) -> bool:
        # the "#" that the hash pattern itself matched is no further evidence ("SMITH, ANN  #00123456" is the
        # record number of the name before it, which the MRN recognizer reads)
        end = start - 1 if view.text[start - 1:start] == "#" else start - 2 if view.text[start - 2:start] == "# " else start
        return super().has_context(view, end)

    def validate_match(self, pattern: Pattern, value: str) -> bool:
        digits = sum(c.isdigit() for c in value)
        if pattern.name == "dashed_number":
            if _room_block(value):
                return False  # "ERM  401 402 403": the rooms a nurse covers, counted up
            return digits >= 7 and " " not in value or digits >= 9
        if pattern.name == "alnum":  # form names like "CMS-1500", "UB-04" have fewer digits
            # "MRN-995330-9": the label glued to its value; the ID recognizer reports the value alone
            return len(value) >= 6 and digits >= 5 and not _GLUED_LABEL.match(value)
        if pattern.name == "hash":
            return digits >= 4 or digits >= 2 and any(c.isalpha() for c in value)
        return digits >= 3

    def analyze(self, view: TextView) -> list[Finding]:
        out = []
        for f in super().analyze(view):
            if f.score < self.LABEL_SCORE and view.text[f.start:f.end].replace("-", "").replace(" ", "").isdigit():
                # a count or an amount, not an identifier: "platelets 250000", "250000 copies/mL"
                if _LAB_BEFORE.search(view.lower, max(0, f.start - 24), f.start) or _AFTER_QUANTITY.match(view.text, f.end):
                    continue
                if _HOURS.fullmatch(view.text, f.start, f.end):
                    continue
                if _NDC_IN_PARENS.fullmatch(view.text, max(0, f.start - 1), min(len(view.text), f.end + 1)):
                    continue  # "PA for Remicade (46732829445)": an 11-digit NDC after the drug it codes
            out.append(f)
        return out
