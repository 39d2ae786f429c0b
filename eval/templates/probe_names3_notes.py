"""Third name probe, clinical side: physician dictation, hospice and bereavement notes and social-work
notes, written from scratch for probe_names3 (see probe_names3_coder for the coder-side kinds)."""

from __future__ import annotations

from eval.templates.probe_names3_coder import (cm_email, family_appeal, pharmacy_call, staffing_board,
                                               word_names, word_person)

__all__ = ("cm_email", "family_appeal", "pharmacy_call", "staffing_board", "word_names")


def md_dictation(x) -> str:
    return x.pick((
        "This is {dr:dr_full} dictating a consult on {pt:full}, date of birth {dob:month_d_Y}. ",
        "Dictated by {dr:full_cred} for patient {pt:last_first}, MRN {mrn}. ",
    )) + x.pick((
        "The patient was referred by {dr2:dr_full} for {eponym}. She is accompanied by her daughter "
        "{rel:first}. ",
        "{pt:title_last} is a {age}-year-old seen at the request of {dr2:dr_last}. History obtained from "
        "the patient and his wife {rel:full}. ",
        "Mr. or Mrs., I'm sorry, it's {pt:title_last}, presents with {dur} of symptoms. ",
    )) + x.pick((
        "Plan discussed with {dr2:dr_last}. cc: {dr3:dr_full}. End of dictation.\n",
        "Copy to {dr3:full_cred}. Transcribed by {staff:init_last} on {date:mdY}.\n",
        "I will see her back in {dur}. Thank you, {dr2:dr_last}, for this referral.\n",
    ))


def hospice_note(x) -> str:
    if x.rng.random() < 0.4:
        word_person(x, "rel")
    return x.pick(("HOSPICE VISIT NOTE\n", "BEREAVEMENT FOLLOW-UP\n", "Chaplain note {date:mdY}\n")) + x.pick((
        "Visited {pt:full} at home. Pt comfortable on {drug}. Wife {rel:first} tearful, support given.\n",
        "Call to {rel:full}, surviving spouse of {pt:full} (d. {date:mdY}). {rel:first} is sleeping "
        "poorly; mailed grief packet.\n",
        "Bereavement: {rel:first} {rel:last} (daughter) attended support group. Mother {pt:first} died "
        "on {date:month_d_Y}.\n",
        "Pt's grandson {rel2:first} visiting from out of state. {pt:title_last} asked for chaplain "
        "{staff:full}.\n",
    )) + x.pick((
        "IDT reviewed with {dr:dr_last} (hospice medical director). -{rn:first_last_initial}, RN\n",
        "{staff:full}, MDiv\n",
        "Next visit per RN {rn:first}.\n",
    ))


def social_work(x) -> str:
    if x.rng.random() < 0.4:
        word_person(x, "rel")
    return "SOCIAL WORK NOTE - " + x.pick(("{date:mdY}", "{pt:caps_last_first}")) + "\n" + x.pick((
        "SW met with pt and partner {rel:full}. Pt lives alone; {rel:first} visits daily.\n",
        "Collateral from sister {rel:first} {rel:last}: pt has not paid rent since {date:mon_d}.\n",
        "APS referral made; caseworker {staff2:full} assigned. Pt's son {rel:lower_first} disagrees.\n",
        "Pt identifies {rel:full} as surrogate decision maker. Advance directive on file.\n",
    )) + x.pick((
        "Will f/u {date:md}. {staff:full}, MSW\n",
        "-{staff:first} (SW)\n",
        "Discussed with {dr:dr_last} and charge RN {rn:first_last_initial}.\n",
    ))
