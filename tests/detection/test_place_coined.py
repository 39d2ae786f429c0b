"""place_coined: a name plus a place-name suffix is a town wherever it stands; names and words are not."""

import pytest

from proxy.detection.recognizers.place_coined import coined_towns


def towns(text: str) -> list[str]:
    return [text[s:e] for s, e in coined_towns(text)]


@pytest.mark.parametrize("text, town", [
    ("Today's visits in Troy; skipped Michellefort (pt at hospital).", "Michellefort"),
    ("route: Rogerstown, then office", "Rogerstown"),
    ("family lives up in North Wilsonmouth", "North Wilsonmouth"),
    ("she drove over from Edwardsville", "Edwardsville"),
])
def test_coined_towns(text, town):
    assert town in towns(text)


@pytest.mark.parametrize("text", [
    "Seen by Dr. Stanton today.",  # a surname with a place ending
    "Carlton called back.",
    "Wellington boots at the bedside",
    "Johnston's daughter visited",
    "Hashimoto thyroiditis, on Synthroid",
])
def test_names_and_words_are_not_coined_towns(text):
    assert towns(text) == []
