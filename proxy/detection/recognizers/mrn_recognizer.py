"""Medical record numbers: labelled in any common way, or an id-shaped token in an EHR header row.

Labels: MRN, MR#, Med Rec, Medical Record No., Chart #, Acct/MRN, Hosp #, EMPI, Unit No. ... A value
a few words after such a cue, the id column of a header row ("DOE, JANE  03/04/1961  00123456",
"MAZIYA, NOKULUNGA  20115663  DOS: ..."), and later unlabelled copies of a labelled MRN are MRNs too;
they score above a bare number's OTHER_ID/PHONE reading so the record number keeps its type.
"""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.recognizer import DATE_LIKE, ID_VALUE, SPACED_ID, LabelledRecognizer, Pattern, TextView
from proxy.detection.recognizers.id_columns import column_values, header_regex, id_fields, label_pairs
from proxy.detection.recognizers.id_repeats import repeated
from proxy.detection.recognizers.shift_hours import SHIFT_HOURS

_LABELS = (
    r"mrn",
    r"m\.r\.n\.?",
    r"mr\s?#",
    r"mr(?=[ \t]*:|[ \t]+[A-Z]?\d{5})",  # "MR: 0012345", "MR 0012345"; not "MR 2+" (regurgitation)
    r"emr|ehr",
    r"mr\s?(?:no|num(?:ber)?)\b",
    r"med(?:ical)?\.?\s*rec(?:ord)?s?\.?(?:\s*(?:no|num(?:ber)?|#|id)\b\.?)?",
    r"(?:hospital|hosp|patient|pt|unit|chart|emr|ehr|epic|cerner|meditech|registration|reg)\.?\s*(?:#|no\b\.?|num(?:ber)?|id(?:entifier)?)",
    r"chart",
    # health/unit record numbers and the enterprise (EMPI) number under other names
    r"hrn",
    r"u\.?r\.?\s*(?:#|no\b\.?|num(?:ber)?)",
    r"enterprise\s*(?:id|#|no\b\.?|num(?:ber)?)",
    r"record\s*(?:#|no\b\.?|num(?:ber)?)",
    r"e?mpi(?:\s*id)?",
    r"(?:acct|account|enc|encounter|fin|csn)\s*/\s*mrn",
)
# A date of birth as header rows print it: 03/04/1961, July 11, 1978, 11 Jul 1978, 28DEC1950, 1950-12-28.
_DOB = (r"(?:\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}"
        r"|\d{1,2}-?[A-Za-z]{3}-?\d{2,4}|(?:19|20)\d{2}-\d{2}-\d{2})")
# "DOE, JANE", "O'NEIL-PARK, MARY ANN B", "Doe, Jane": a name in Last, First order at the start of a line
_HEADER_NAME = r"[A-Z][A-Za-z'’\-]+(?: [A-Z][A-Za-z'’\-]+)?, [A-Z][A-Za-z'’\-]+(?: [A-Z][A-Za-z'’\-]*\.?)?"
_SSN_SHAPE = re.compile(r"\d{3}([- ]?)\d{2}\1\d{4}")
_PATIENT_LINE = re.compile(r"\b(?:patient|pt|name|dob|d\.o\.b|birth|sex|gender|age)\b")
_PAYER_LINE = re.compile(r"\b(?:member|subscriber|insurance|insured|payer|payor|plan|policy|group|medicare|medicaid|"
                         r"claim|npi|billing|rendering|remit|cpt|"
                         r"employee|badge|study|student|tax|license|photo|driver)\b")
# "Pt: LOPEZ, MARIA 6017252321 DOS ...": a number right after the patient's own name, even one shaped like a
# phone number; a relative's number follows "daughter", and phone words nearby veto it
_AFTER_PATIENT = re.compile(r"(?<![\w-])(?i:patient|pt|re|member|name)\b[ \t]*[:.-]?[ \t]*[A-Z][\w'’\-]+"
                            r"(?:,? ?[A-Z][\w'’.\-]*){1,3}[ \t]*(?:[(\[][ \t]*#?|#[ \t]?|[-,|/][ \t]*|[ \t])(?P<value>"
                            + ID_VALUE + r")(?=[ \t]*$|[ \t]*[,;|/)\]]|[ \t]+[A-Za-z])", re.M)
_PHONE_WORDS = re.compile(r"(?i)\b(?:phone|call(?:ed|s)?|cell|tel|mobile|contact|reach|text|ph|home|work|"
                          r"daughter|son|wife|husband|mother|father|sister|brother|spouse|caregiver|guardian)\b")
_COLUMN_END = r"(?=[ \t]*$|[ \t]{2,}|[ \t]*[|;,])"
# between header fields: 2+ spaces or a tab, a pipe, or a comma/semicolon ("Doe, Jane | DOB 03/04/1961 | 00123456")
_FIELD_GAP = r"(?:[ \t]{2,}|[ \t]*[|;,][ \t]*)"


class MrnRecognizer(LabelledRecognizer):
    ENTITY = entities.MRN
    LABELS = _LABELS
    PATTERNS = (
        # EHR header rows: "DOE, JANE  03/04/1961  00123456" - the id column after the date of birth
        Pattern("after_dob_column", _DOB + _FIELD_GAP + r"(?P<value>" + ID_VALUE + r")" + _COLUMN_END, 0.85, re.M),
        # "MAZIYA, NOKULUNGA  20115663  DOS: 08/16/2023": the id column right after the patient's name
        Pattern("after_name_column", r"^[ \t]*(?:[A-Za-z&/]{1,12}(?::[ \t]*|[ \t]{2,}))?" + _HEADER_NAME + r"(?:" + _FIELD_GAP + r"|[ \t])(?P<value>" + ID_VALUE
                + r")" + _COLUMN_END, 0.85, re.M),
        # "00123456 - DOE, JANE": a worklist row that starts with the record number
        Pattern("before_name_column", r"^[ \t]*(?P<value>" + ID_VALUE + r")[ \t]*(?:[-|:,][ \t]*|[ \t])" + _HEADER_NAME
                + r"\b", 0.85, re.M),
        # a second number after a labelled one, or a value a few words after the cue:
        # "MRN 1234567 / 7654321", "medical record for this patient is 00123456"
        Pattern(
            "near_cue",
            r"\b(?:mrn|mr#|medical record|med rec)\b[^\n.;]{0,40}?(?<![\w-])(?P<value>" + ID_VALUE + r")",
            0.85,
            re.I,
        ),
        # the second of two record numbers: "the mrn is 04633681 not 04-092632", "MRN 1234567 / 7654321"
        Pattern("second", r"\b(?:mrn|mr#|medical record|med rec|(?:duplicate\s+)?charts)\b[^\n.;]{0,40}?(?<![\w-])" + ID_VALUE
                + r"[ \t]*(?:/|&|,|\bor|\bnot|\band|\bvs\.?)[ \t]*(?P<value>" + ID_VALUE + r")", 0.85, re.I),
        # "Maria Lopez (00123456)", "LOPEZ, MARIA - 00123456", "Maria Lopez #E1234567": a bare number right
        # after a patient's name is the record number that identifies them
        Pattern("after_name", r"\b[A-Z][\w'’\-]+(?:,? ?[A-Z][\w'’.\-]*){1,3}[ \t]*(?:[(\[][ \t]*#?(?P<value>" + ID_VALUE
                + r")[ \t]*[)\]]|#[ \t]?(?P<value_hash>" + ID_VALUE + r")|(?:-[ \t]+|[,|/][ \t]*)#?(?P<value_field>" + ID_VALUE
                + r")(?=[ \t]*$|[ \t]*[,;|/]|[ \t]{2,}|[ \t]+-[ \t]))", 0.8, re.M),
        # "Patient: Maria Lopez\n00123456": the record number alone on the line under the patient's name
        Pattern("under_name", r"^[ \t]*(?i:patient(?:[ \t]+name)?|pt|name|re)[ \t]*[:-][^\n]*\n[ \t]*(?P<value>" + ID_VALUE
                + r")[ \t]*$", 0.8, re.M),
        # "duplicate chart merged into 06-956825": a chart cue needs a longer number than "chart 2024"
        Pattern("near_chart", r"\bcharts?\b[^\n.;]{0,30}?(?<![\w-])(?P<value>" + SPACED_ID + r")", 0.85, re.I),
        # a chart merge names two record numbers: "pls merge 6361-0398 into E1520112"
        Pattern("merge_from", r"\bmerge[ \t]+(?:mrn[ \t]*#?[ \t]*)?(?P<value>" + ID_VALUE + r")(?=[ \t]+(?:into|with)[ \t])",
                0.85, re.I),
        Pattern("merge_into", r"\bmerge[ \t]+(?:mrn[ \t]*#?[ \t]*)?" + ID_VALUE + r"[ \t]+(?:into|with)[ \t]+(?:mrn[ \t]*#?[ \t]*)?"
                r"(?P<value>" + ID_VALUE + r")", 0.85, re.I),
    )
    REPEAT_SCORE = 0.85  # above a bare number's OTHER_ID (0.6 + context) or PHONE reading
    PAIR_SCORE = 0.96
    COLUMN_SCORE = 0.92  # a table cell under an "MRN" header: above OTHER_ID's label (0.9)
    _HEADER = header_regex(_LABELS)
    _CELL = re.compile(SPACED_ID)

    def validate_match(self, pattern: Pattern, value: str) -> bool:
        # an MRN has several digits; "MRN: pending" or "record of 2 visits" are not one
        digits = sum(c.isdigit() for c in value)
        if pattern.name != "labelled" and (DATE_LIKE.fullmatch(value) or _SSN_SHAPE.fullmatch(value)
                                           or SHIFT_HOURS.fullmatch(value)):
            return False  # "DOE, JANE 19610304", "Lopez, Maria (123-45-6789)", "0700-1900  Ana Ruiz": no record
        if pattern.name == "after_name" and re.match(r"(?i)(?:mrn|mr|acct|enc|fin|csn|id)-", value):
            return False  # "(MRN-995330-9)": the label glued to the value; the labelled reading takes the value
        if pattern.name == "after_name":  # "Hospital Course (2019-2020)": a range of years is no record number
            # nor is a bare 10-digit phone number ("Daughter Ann Roe (5824980958)")
            # nor an NDC after a drug's name ("Tylenol Extra Strength (50580045101)")
            return digits >= 6 and not re.fullmatch(r"(?:19|20)\d\d\W+(?:19|20)\d\d|[2-9]\d\d[2-9]\d{6}|\d{11}|"
                                                    r"\d{4,5}-\d{3,4}-\d{1,2}|" + _DOB, value)
        if pattern.name in ("near_chart", "second", "merge_from", "merge_into"):  # "chart 2024", "MRN 00123456, 2019": a year, not a number
            return digits >= 5 and not re.fullmatch(_DOB, value)
        if pattern.name in ("after_name_column", "before_name_column"):  # a date of birth there is a date
            return digits >= 5 and not re.fullmatch(_DOB, value)
        return digits >= 4

    def validate(self, value: str) -> bool:
        return sum(c.isdigit() for c in value) >= 4

    def analyze(self, view: TextView) -> list[Finding]:
        found = super().analyze(view) + self._after_patient(view)
        found += self._id_fields(view)
        found += [Finding(s, e, self.ENTITY, self.COLUMN_SCORE, self.name)
                  for s, e in column_values(view, self._HEADER, self._CELL) if self.validate(view.text[s:e])
                  and not DATE_LIKE.fullmatch(view.text, s, e)]
        # a pair of labels outranks a single one: in "Acct/MRN: 5566778 / 00123456" the first is the account
        found += [Finding(s, e, self.ENTITY, self.PAIR_SCORE, self.name) for h, s, e in label_pairs(view)
                  if self._HEADER.fullmatch(h) and self.validate(view.text[s:e])]
        labelled = [f for f in found if f.score >= self.COLUMN_SCORE]
        return found + repeated(view, labelled, self.ENTITY, self.REPEAT_SCORE, self.name)

    def _id_fields(self, view: TextView) -> list[Finding]:
        """"Name: Maria Lopez   ID: 00123456   DOB ...": a bare "ID" field on the patient's header line."""
        return [Finding(s, e, self.ENTITY, self.COLUMN_SCORE, self.name) for s, e, line in id_fields(view)
                if _PATIENT_LINE.search(line) and not _PAYER_LINE.search(line) and self.validate(view.text[s:e])
                and not DATE_LIKE.fullmatch(view.text, s, e) and not _SSN_SHAPE.fullmatch(view.text, s, e)]

    def _after_patient(self, view: TextView) -> list[Finding]:
        text, out = view.text, []
        for m in _AFTER_PATIENT.finditer(text):
            s, e = m.span("value")
            value = m.group("value")
            if sum(c.isdigit() for c in value) < 7 or DATE_LIKE.fullmatch(value) or _SSN_SHAPE.fullmatch(value) \
                    or re.fullmatch(r"\d{11}|\d{4,5}-\d{3,4}-\d{1,2}|" + _DOB, value):
                continue  # a date, an SSN, an NDC or a short code is no record number
            if not _PHONE_WORDS.search(text, max(0, m.start() - 30), min(len(text), e + 25)):
                out.append(Finding(s, e, self.ENTITY, 0.86, self.name))
        return out
