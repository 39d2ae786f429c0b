"""Second name probe, clinical side: terse nursing shift notes, ED triage, transcribed dictation with
names spelled out, and SBAR handoffs, written from scratch for probe_names2 (see probe_names2_coder)."""

from __future__ import annotations

from eval.templates.probe_names2_coder import census, chat_followup, coder_query, prior_auth_log, secure_chat

__all__ = ("census", "chat_followup", "coder_query", "prior_auth_log", "secure_chat")


def shift_note(x) -> str:
    return x.pick(("0300 ", "1930 - ", "nocs: ", "{date:md} 2200 ")) + x.pick((
        "called dtr {rel:lower_first} re: meds, vm left. ",
        "pt alert, oriented x3. husband {rel:lower_first} at bs overnight. ",
        "{pt:lower_first} refused {drug}. md ({dr:lower_dr_last}) aware. ",
        "c/o pain 7/10, prn given per {dr:dr_init_last} order. ",
        "sitter {staff:first_last_initial} w/ pt. ",
    )) + x.pick((
        "will cont to monitor. -{rn:first_last_initial}\n",
        "report to {rn2:lower_first} @ 0700\n",
        "{rn:init_last} rn\n",
        "fall precautions. {vitals}.\n",
    ))


def ed_triage(x) -> str:
    return "ED TRIAGE  {date:mdY} " + x.pick(("03:12", "14:40", "22:05")) + "\n" + x.pick((
        "Pt: {pt:caps_last_first}  Age {age}\nCC: {eponym} sx x {dur}\nArrived by EMS, accompanied by "
        "{rel:full} (spouse).\n",
        "{pt:full} BIB daughter {rel:first}, c/o CP. Triage RN {rn:full}. ESI 2.\n",
        "Name: {pt:last_first}\nAKA: {pt:first} {rel:last}\nPCP: {dr:init_last}\n",
    )) + x.pick((
        "Seen by {dr:dr_last} at 0330.\n",
        "Assigned to {pa:full}, PA-C.\n",
        "MSE by {dr2:full_cred}.\n",
    ))


def dictation(x) -> str:
    return x.pick((
        "This is {dr:dr_full} dictating a clinic note on {pt:full}, ",
        "Dictated by {dr:full_cred}. Patient name {pt:last}, ",
        "Hello this is {dr:dr_last} dictating for patient {pt:first} {pt:last}, ",
    )) + x.pick((
        "last name spelled {pt:spelled_last}, date of birth {dob:month_d_Y}. ",
        "that's {pt:spelled_last}. ",
        "medical record number {mrn}. ",
    )) + x.pick((
        "The patient is accompanied by her sister, {rel:full}, who is spelled {rel:spelled_first}. ",
        "History obtained from the patient and her son {rel:first}. ",
        "Patient was referred by {dr2:dr_full}. ",
    )) + "Assessment {eponym}, {icd}. Plan {drug} {dose}. cc {dr2:dr_last}. End of dictation.\n"


def sbar(x) -> str:
    return x.pick(("SBAR\n", "Handoff (SBAR) {date:md}\n")) + (
        "S: {pt:title_last} rm 22, {icd}.\nB: admitted by {dr:dr_last} for {eponym}.\n"
    ) + x.pick((
        "A: {vitals}. Family ({rel:full}) updated.\nR: recheck {lab} in am, call {dr2:dr_init_last} if worse.\n",
        "A: stable. Nephew {rel:lower_full} is HCP.\nR: ortho ({dr2:lower_dr_last}) to see.\n",
    )) + x.pick(("Given by {rn:full} to {rn2:full}\n", "{rn:first} -> {rn2:first}\n"))
