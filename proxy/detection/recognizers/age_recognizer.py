"""Ages over 89 (Safe Harbor: only these are identifiers), in digits or words.

"92 y/o", "92yo", "92-year-old", "92 years old", "aged 94", "age: 95", "92M", "a 91 y F",
"ninety-two year old", "aged one hundred and one". Ages 89 and under are not matched.
"""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.lexicons.loader import fold, load
from proxy.detection.recognizer import Pattern, PatternRecognizer, TextView

_N = r"(?:9\d|1[0-2]\d)"  # 90..129
_UNIT = (
    r"(?:\s?-?\s?(?:years?\s+of\s+age|y/o|y\.o\.?|yo|yoa|y\.?r?s?\.?\s?old|yrs?\.?(?:\s?old)?|years?(?:[\s-]old)?|year-old|"
    r"yr-old|y(?=\s*[mfMF]\b))(?![a-z]))"
)
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_WORDS = r"(?:ninety(?:[\s-]" + _ONES + r")?|(?:one\s+)?hundred(?:\s+(?:and\s+)?(?:" + _ONES + r"|ten|eleven|twelve|\w+teen|twenty(?:[\s-]" + _ONES + r")?))?)"

# a person (the patient or a relative), a verb of being or turning, then the number
_PERSON_IS = (r"\b(?:s?he|pt|patient|mom|dad|mother|father|grandm\w*|grandf\w*|husband|wife|spouse|"
              r"partner|aunt|uncle|sister|brother)(?:'s|’s|\s+is|\s+was|\s+turned|\s+turns|\s+will\s+be)\s+"
              r"(?:now\s+|only\s+|almost\s+|nearly\s+|just\s+)?")
_AFTER_NAME = re.compile(r"(?P<word>[^\W\d_][^\W\d_'’-]*[^\W\d_]),[ \t](?P<value>" + _N + r")(?=[ \t]*(?:[,;)]|$|\n|"
                         r"[ \t](?:and|with|who|was|is|presents?|presented|seen|here|admitted|came|male|female|man|"
                         r"woman|[mf]\b)))", re.M)
_VITAL_BEFORE = re.compile(
    r"\b(?:t|temp|tmax|temperature|hr|pulse|p|rr|sats?|spo2|o2|wt|weight|bp|glucose|bs)\b\W{0,3}$"
    r"|\b(?:temp|temperature|tmax|febrile|afebrile|fever|hypotherm\w*|hr|heart rate|pulse)\b[^.;\n]{0,12}$"
)


class AgeRecognizer(PatternRecognizer):
    ENTITY = entities.AGE
    PATTERNS = (
        Pattern("digits_unit", r"(?<![\w./-])" + _N + _UNIT, 0.9, re.I),
        Pattern("aged", r"\b(?:aged?|age:|age\s+is|age\s+of)\s*(?P<value>" + _N + r")(?![\d/]|[.,]\d|\s*(?:%|mg|kg|lbs?|cm))", 0.9, re.I),
        Pattern("sex_suffix", r"(?<![\w./-])(?P<value>" + _N + r"\s?(?:M|F|yM|yF|y\s?[MF]))(?![\w%°])", 0.9),
        Pattern("words_unit", r"\b" + _WORDS + r"(?:[\s-]+years?(?:[\s-]+old)?|[\s-]+year-old|[\s-]+y/?o)\b", 0.9, re.I),
        Pattern("aged_words", r"\b(?:aged?|age\s+(?:is|of))\s+(?P<value>" + _WORDS + r")\b", 0.9, re.I),
        # Chat: "she's 93", "pt is 101 and lives alone": a person, then the bare number. Not "she's 93%
        # on RA", "he is 95 kg", "pt is 92/60" or "sat is 94".
        Pattern("person_is", _PERSON_IS + r"(?P<value>" + _N + r")(?![\w/%°:-]|[.,]\d|\s*(?:%|mg|kg|lbs?|cm|in\b|"
                r"bpm|beats|breaths|on\b|ra\b|percent|degrees|units?|over\b|mmhg))", 0.85, re.I),
        # "her husband is ninety-two", "pt turned one hundred": a number in words says an age by itself
        Pattern("person_is_words", _PERSON_IS + r"(?P<value>" + _WORDS + r")\b(?![\s-]*(?:percent|%|degrees|pounds|"
                r"lbs|kg|kilos|mg|minutes|mins|seconds|over|beats|breaths|units))", 0.85, re.I),
        Pattern("in_nineties", r"\b(?:in\s+(?:his|her|their)\s+)(?P<value>(?:early\s+|mid\s+|late\s+)?(?:90s|nineties|100s))", 0.6, re.I),
        Pattern("nonagenarian", r"\b(?:nonagenarian|centenarian|supercentenarian)\b", 0.6, re.I),
    )

    def analyze(self, view: TextView) -> list[Finding]:
        # "T 98 F" and "HR 92" are vitals, not a 98-year-old woman
        out = [f for f in super().analyze(view) if not _VITAL_BEFORE.search(view.lower, max(0, f.start - 14), f.start)]
        return out + self._after_name(view)

    def _after_name(self, view: TextView) -> list[Finding]:
        """ "Mrs. de la Cruz, 92, seen ...": a bare number set off by commas right after a name is its age.
        The word before must be a name (listed, or capitalised and no English word): "glucose, 95," is no age."""
        if ", 9" not in view.text and ", 1" not in view.text:
            return []
        lex, out = load(), []
        for m in _AFTER_NAME.finditer(view.text):
            word = m.group("word")
            key = fold(word)
            if key in lex.hard_stop or key in lex.soft_stop or not (lex.is_name(key) or (
                    word[0].isupper() and key not in lex.english)):
                continue
            out.append(Finding(m.start("value"), m.end("value"), self.ENTITY, 0.8, self.name))
        return out
