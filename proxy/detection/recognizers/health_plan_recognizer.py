"""Health plan identifiers: member/subscriber/group/policy numbers, Medicare MBI and HICN, Medicaid IDs."""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.recognizer import LabelledRecognizer, Pattern

# MBI character classes (CMS spec): letters exclude S, L, O, I, B, Z.
_A = "[AC-HJKMNP-RT-Y]"
_AN = "[AC-HJKMNP-RT-Y0-9]"
MBI = rf"[1-9]{_A}{_AN}\d-?{_A}{_AN}\d-?{_A}{_A}\d\d"

_LABELS = (
    r"member",
    r"mem\.?\s*(?:id|#)",
    r"subscriber",
    r"sub\.?\s*(?:id|#)",
    r"policy(?:holder)?",
    r"pol\.?\s*#",
    r"group",
    r"grp",
    r"plan\s*(?:id|#|no\b)",
    r"(?:insurance|ins\.?|insurer|payer|carrier)\s*(?:id|#|no\b|number|member)",
    r"health\s*plan(?:\s*(?:beneficiary|member))?",
    r"beneficiary",
    r"medicare(?:\s*(?:beneficiary|card))?",
    r"mbi",
    r"hicn?",
    r"medicaid(?:\s*(?:recipient|card|client))?",
    r"medi-cal",
    r"(?-i:MCD|MCR)",
    r"recipient",
    r"(?:bcbs|uhc|aetna|cigna|humana|tricare|kaiser)\s*(?:id|#|member)",
)


class HealthPlanIdRecognizer(LabelledRecognizer):
    ENTITY = entities.HEALTH_PLAN_ID
    LABELS = _LABELS
    PATTERNS = (
        Pattern("mbi", r"(?<![\w-])" + MBI + r"(?![\w-])", 0.85),
        Pattern("mbi_lower", r"(?<![\w-])" + MBI.lower() + r"(?![\w-])", 0.6),
        # legacy HICN: 9 digits and a letter suffix
        Pattern("hicn", r"(?<![\w-])\d{3}-?\d{2}-?\d{4}[A-Z]\d?(?![\w-])", 0.7),
    )
    CONTEXT = ("medicare", "medicaid", "member", "insurance", "plan", "subscriber", "beneficiary", "mbi")

    def validate(self, value: str) -> bool:
        return sum(c.isdigit() for c in value) >= 3 and not re.fullmatch(r"(?:19|20)\d\d", value)
