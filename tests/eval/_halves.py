"""The hand-typed names that only the held-out split may draw (the test of each name probe checks them)."""

from eval.sources import hand_names
from eval.sources.people import split_half


def heldout_only_names(word_lists: bool = True) -> set[str]:
    """Held-out's half of the origin lists (and of the word-name lists) less anything dev's half also has."""
    lists = [x for pair in hand_names.ORIGINS.values() for x in pair]
    if word_lists:
        lists += [hand_names.WORD_GIVEN, hand_names.WORD_FAMILY]
    return {n for names in lists for n in split_half(names, "heldout")} - \
        {n for names in lists for n in split_half(names, "dev")}
