"""Health plan identifiers: member/subscriber/group/policy numbers, Medicare MBI and HICN, Medicaid IDs."""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.recognizer import DATE_LIKE, SPACED_ID, LabelledRecognizer, Pattern, TextView
from proxy.detection.recognizers.id_columns import header_regex, id_fields, label_pairs, table_columns
from proxy.detection.recognizers.id_repeats import repeated

# MBI character classes (CMS spec): letters exclude S, L, O, I, B, Z.
_A = "[AC-HJKMNP-RT-Y]"
_AN = "[AC-HJKMNP-RT-Y0-9]"
MBI = rf"[1-9]{_A}{_AN}\d-?{_A}{_AN}\d-?{_A}{_A}\d\d"

# Payers whose name, earlier on the line, makes a bare "ID#" a member ID ("Primary ins: Blue Cross  ID# ...").
_PAYERS = (
    r"ins\.?|insurance|insurer|payer|payor|carrier|coverage|health\s+plan|plan|primary|secondary|tertiary|"
    r"blue\s+cross|blue\s+shield|bcbs\w*|anthem|aetna|cigna|humana|united\s*health\s*care|uhc|kaiser|tricare|"
    r"medicare|medicaid|medi-cal|molina|centene|ambetter|wellcare|highmark|premera|regence|carefirst|amerigroup|"
    r"caresource|oscar|emblem\s*health|oxford|harvard\s+pilgrim|tufts|geisinger|optum|champva"
)
# Payers by name (not the generic "plan", "primary"): a number right after one is its member number.
_PAYER_NAMES = _PAYERS.split("|plan|", 1)[1].replace("primary|secondary|tertiary|", "")

_LABELS = (
    r"member",
    r"(?:mem|mbr)\.?\s*(?:id|#|no\b)",
    r"subscriber",
    r"sub\.?\s*(?:id|#)",
    r"policy(?:holder)?",
    r"pol\.?\s*#",
    r"group(?![ \t]*\n)",  # "...Medical Group\n9778 East Sycamore St": a facility name, not a label
    r"grp",
    r"plan\s*(?:id|#|no\b)",
    r"(?:insurance|ins\.?|insurer|insured|payer|payor|carrier)\s*(?:id|#|no\b|number|member|ref(?:erence)?)",
    r"health\s*plan(?:\s*(?:beneficiary|member))?",
    r"beneficiary",
    r"medicare(?:\s*(?:beneficiary|card))?",
    r"mbi",
    r"hicn?",
    r"medicaid(?:\s*(?:recipient|recip\.?|card|client))?",  # "Medicaid recip 90906469T"
    r"medi-cal",
    r"(?-i:MCD|MCR)",
    r"recipient",
    r"(?:bcbs|uhc|aetna|cigna|humana|tricare|kaiser)\s*(?:id|#|member)",
)

_MEMBER_LINE = re.compile(r"\b(?:member|subscriber|insured|insurance|payer|payor|policy|beneficiary|claim|npi|billing|"
                          r"rendering|remit|(?:" + _PAYERS + r"))\b")


class HealthPlanIdRecognizer(LabelledRecognizer):
    ENTITY = entities.HEALTH_PLAN_ID
    LABELS = _LABELS
    PATTERNS = (
        Pattern("mbi", r"(?<![\w-])" + MBI + r"(?![\w-])", 0.85),
        Pattern("mbi_lower", r"(?<![\w-])" + MBI.lower() + r"(?![\w-])", 0.6),
        # legacy HICN: 9 digits and a letter suffix; the suffix makes it more than an SSN (0.8)
        Pattern("hicn", r"(?<![\w-])\d{3}-?\d{2}-?\d{4}[A-Z]\d?(?![\w-])", 0.85),
        # "Primary ins: Blue Cross  ID# H8562091962": a generic ID label on a payer's line (named "labelled"
        # so it keeps LABEL_SCORE, above OTHER_ID's reading of the bare "ID#")
        Pattern("labelled", r"(?i:\b(?:" + _PAYERS + r")\b)[^\n]{0,40}?\b(?i:id|i\.d\.)(?![a-z])[ \t]*(?:#|no\.?)?[ \t]*[:#]?"
                r"[ \t]*(?P<value>" + SPACED_ID + r")", 0.95),
        # "Insurance: Aetna W123456789", "Medicaid 123456789A": a number right after the payer's name
        # (the plan's own name may come between: "Blue Cross Blue Shield of Texas PPO W123456789")
        Pattern("payer_value", r"(?i:\b(?:" + _PAYER_NAMES + r")\b)(?:[ \t]+(?:of[ \t]+)?(?:[A-Z][A-Za-z]+|\([A-Z]{2,4}\))){0,4}"
                r"[ \t]*(?:[:#,-]|card|no\.?)?[ \t]*(?<![\w-])"
                r"(?P<value>" + SPACED_ID + r")", 0.9),
    )
    CONTEXT = ("medicare", "medicaid", "member", "insurance", "plan", "subscriber", "beneficiary", "mbi")

    PAIR_SCORE = 0.96
    COLUMN_SCORE = 0.92  # a cell under a "Member ID" header: above OTHER_ID's label (0.9)
    REPEAT_SCORE = 0.85  # a later bare copy of a labelled ID: above OTHER_ID (0.6 + context)
    _HEADER = header_regex(_LABELS)
    _PAYER_HEADER = re.compile(r"(?:" + _PAYERS + r")(?:\s*name)?", re.I)
    _CELL = re.compile(SPACED_ID)

    def validate(self, value: str) -> bool:
        return sum(c.isdigit() for c in value) >= 3 and not re.fullmatch(r"(?:19|20)\d\d", value) \
            and not DATE_LIKE.fullmatch(value)

    def validate_match(self, pattern: Pattern, value: str) -> bool:
        if pattern.name == "payer_value":  # "Medicare 2024", "Aetna 100%": a member number is longer
            digits = sum(c.isdigit() for c in value)
            return (digits >= 6 or digits >= 5 and any(c.isalpha() for c in value)) and self.validate(value) \
                and not DATE_LIKE.fullmatch(value)
        return self.validate(value)

    def analyze(self, view: TextView) -> list[Finding]:
        found = super().analyze(view)
        for head, heads, s, e in table_columns(view):
            # "Payer | ID | Group": a bare "ID" column is the member ID when the table names the payer
            plan_id = head in ("id", "id#", "id #") and any(self._PAYER_HEADER.fullmatch(h) for h in heads)
            if (plan_id or self._HEADER.fullmatch(head)) and self._CELL.fullmatch(view.text, s, e) \
                    and self.validate(view.text[s:e]) and not DATE_LIKE.fullmatch(view.text, s, e):
                found.append(Finding(s, e, self.ENTITY, self.COLUMN_SCORE, self.name))
        # "Member: Maria Lopez  ID: W123456789": a bare "ID" field in a member, payer or claim block
        found += [Finding(s, e, self.ENTITY, self.COLUMN_SCORE, self.name) for s, e, line in id_fields(view)
                  if _MEMBER_LINE.search(line) and self.validate(view.text[s:e]) and not DATE_LIKE.fullmatch(view.text, s, e)]
        # a pair of labels outranks a single one: in "Acct/MRN: 5566778 / 00123456" the first is the account
        found += [Finding(s, e, self.ENTITY, self.PAIR_SCORE, self.name) for h, s, e in label_pairs(view)
                  if self._HEADER.fullmatch(h) and self.validate(view.text[s:e])]
        strong = [f for f in found if f.score >= self.COLUMN_SCORE]
        return found + repeated(view, strong, self.ENTITY, self.REPEAT_SCORE, self.name)
