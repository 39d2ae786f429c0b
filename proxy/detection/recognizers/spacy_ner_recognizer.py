"""Optional: a statistical NER model IT installs themselves, as one more recognizer beside the rules.

Off by default (the rules are faster and were measured better on clinical text). Enabled with
PHI_PROXY_NER_MODEL=<installed spaCy package name>, e.g. `en_core_web_lg`. The model is loaded from the
installed package only, never downloaded. Its PERSON / place / facility spans pass the same clinical
stop-vocabulary as the rules, so eponyms, drugs and states stay untouched.
"""

from __future__ import annotations

import importlib
import re

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.lexicons.loader import fold, load
from proxy.detection.recognizer import Recognizer, TextView

LABELS = {"PERSON": entities.PERSON, "GPE": entities.LOCATION, "LOC": entities.LOCATION,
          "FAC": entities.FACILITY}
FACILITY_WORDS = ("hospital", "clinic", "medical center", "health", "nursing", "hospice", "rehab", "care")
SCORE = 0.6
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")  # letters, apostrophes, hyphens: no numbers


def load_model(name: str):
    """Import the installed model package by name; no spacy.load() name lookup that could fetch."""
    module = importlib.import_module(name.replace("-", "_"))
    return module.load(exclude=["parser", "lemmatizer", "attribute_ruler", "tagger"])


class SpacyNerRecognizer(Recognizer):
    ENTITIES = (entities.PERSON, entities.LOCATION, entities.FACILITY)

    def __init__(self, model_name: str, nlp=None):
        self.model_name = model_name
        self.nlp = nlp if nlp is not None else load_model(model_name)
        self.lex = load()

    def analyze(self, view: TextView) -> list[Finding]:
        out = []
        for ent in self.nlp(view.text).ents:
            entity = LABELS.get(ent.label_)
            if ent.label_ == "ORG" and any(w in ent.text.lower() for w in FACILITY_WORDS):
                entity = entities.FACILITY
            if entity is None or not self._plausible(ent.text, entity):
                continue
            out.append(Finding(ent.start_char, ent.end_char, entity, SCORE, self.name))
        return out

    def _plausible(self, text: str, entity: str) -> bool:
        words = [fold(w) for w in text.replace(",", " ").split()]
        if not words:
            return False
        if entity == entities.LOCATION and " ".join(words) in self.lex.states:
            return False  # a state alone is not PHI
        # At least one word must be name-like: a listed name or a word from no dictionary, and not clinical
        # vocabulary (Parkinson, Lasix, Foley) — "Started Lasix" is the model's guess, not a person.
        lex = self.lex
        return any(_WORD.fullmatch(w) and (lex.is_name(w) or w not in lex.english)
                   and w not in lex.hard_stop and w not in lex.soft_stop and w not in lex.state_codes
                   for w in words)
