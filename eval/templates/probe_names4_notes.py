"""Fourth name probe, clinical side: nursing narrative where names run through sentences with no title,
patients' quoted speech, family lists at the bedside, nicknames and hyphen/apostrophe names, and notes
thick with eponyms, drugs and codes (see probe_names4_coder for the coder-side kinds)."""

from __future__ import annotations

from eval.templates.probe_names4_coder import (email_thread, lower_chat, marked, word_family, word_family_coder,
                                               word_given, word_given_coder, worklog)

__all__ = ("email_thread", "lower_chat", "word_family_coder", "word_given_coder", "worklog")


def narrative(x) -> str:
    """Names in running text, first names mostly, with no label before them."""
    if x.rng.random() < 0.3:
        word_given(x, x.pick(("pt", "rel")))
    return x.pick(("NURSING NOTE {date:mdY} 1900\n", "Progress note\n", "")) + x.pick((
        "Spoke with {rel:first} about discharge; she will bring clothes tomorrow. ",
        "{pt:first}'s mom called at 1400 asking about the {device}. ",
        "{pt:first} was tearful this morning and asked for her sister {rel:first}. ",
        "Updated {rel:first} and {rel2:first} at the bedside. ",
        "{rel:first} {rel:last} is staying overnight with {pt:first}. ",
        "Gave {pt:first} her {drug} at 2100, {word4}. ",
        "{pt:first} and {rel:first} watched the teaching video on {device} care. ",
    )) + x.pick((
        "Report given to {rn:first}.\n",
        "{vitals}. Plan per {dr:dr_last}.\n",
        "{rel:first} will call the unit after {date:md}. {word4}.\n",
        "Will continue to monitor.\n",
        "Hand-off to {rn:full_rn} at 1900.\n",
    ))


def quoted_speech(x) -> str:
    """Names inside what the patient or family said, in quotation marks."""
    return x.pick(("SUBJECTIVE: ", "S: ", "Pt states: ", "")) + x.pick((
        "\"My son {rel:first} does my pills, I don't know the names.\" ",
        "\"{rel:first} drove me here,\" pt said, \"she's my neighbor.\" ",
        "Pt asked, \"Can you call {rel:full}? She's my sister.\" ",
        "\"Tell {rel:first} I'm okay,\" per patient. ",
        "Wife reports, \"{pt:first} hasn't been himself since {date:month_dth}.\" ",
        "\"Ask {rel:first} {rel:last}, she knows my history,\" pt stated. ",
        "Daughter: \"Mom keeps calling me {rel2:first}, that's my aunt's name.\" ",
    )) + x.pick((
        "Hx of {eponym}. On {drug} {dose}.\n",
        "{vitals}.\n",
        "{word4}. Denies pain.\n",
    ))


def bedside(x) -> str:
    """Lists of relatives after "family at bedside:" and similar openers."""
    if x.rng.random() < 0.4:
        marked(x, "rel2")
    return x.pick((
        "Family at bedside: {rel:full}, {rel2:first}.\n",
        "Family at bedside: daughter {rel:first}, son-in-law {rel2:first}, grandson {pt2:first}.\n",
        "Present for meeting: {rel:first} (wife), {rel2:full} (son), {dr:dr_full}.\n",
        "Visitors today: {rel:full}; {rel2:full}.\n",
        "At bedside - {rel:first} and {rel2:first} ({pt:first}'s kids).\n",
        "Family present: {rel:first} {rel:last} & {rel2:first}\n",
    )) + x.pick((
        "Updated on plan of care. {word4}.\n",
        "{pt:first} resting comfortably on {drug}.\n",
        "Questions answered by {dr:dr_last}.\n",
    ))


def marked_names(x) -> str:
    """Nicknames, double-barrelled surnames and apostrophe given names, in the forms they are written."""
    marked(x, "pt")
    marked(x, "rel")
    return x.pick((
        "Pt {pt:full} (prefers \"{pt:first}\") admitted for {icd}.\n",
        "{pt:full}, {age}M, here with his cousin {rel:first}.\n",
        "Pt is {pt:full}. {rel:first} is at work until 5.\n",
        "{pt:last_first} - {cpt}; guarantor {rel:full}.\n",
        "{rel:first} says {pt:first} has not eaten since {date:md}.\n",
        "Pt's girlfriend {rel:first} at bedside; {pt:first} consents to {pcs}.\n",
    )) + x.pick(("", "{word4}.\n", "Seen by {dr:dr_full}.\n"))


def dense_note(x) -> str:
    """Eponyms, drugs, devices and codes around a name with a word surname: only the person may be flagged."""
    word_family(x, "pt")
    return x.pick((
        "A/P: {pt:title_last} with {eponym} and {icd}. Continue {drug} {dose}; {device} in place. ",
        "{pt:full} s/p {pcs} ({cpt}). {eponym} noted. {word4}. ",
        "Consult: {eponym} vs {eponym}. Pt {pt:last}, {age}F, on {drug}. ",
        "{pt:first} {pt:last} tolerated {drug}. {vitals}. ",
    )) + x.pick((
        "Discussed with {rel:first}. -{dr:init_last}\n",
        "{lab}; {word4}.\n",
        "NDC {ndc}, {hcpcs} x1.\n",
    ))
