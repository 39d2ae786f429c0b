"""Mixed probe 5, clinical side: nursing shift hand-offs, staffing boards and home-health visit notes,
where room numbers, bed labels and shift hours (0700-1900) sit beside the names and must stay unflagged
(see probe_mixed5_coder for the coder-side kinds and the name shapes)."""

from __future__ import annotations

from eval.templates.probe_mixed5_coder import (billing_dispute, coder_query_md, ehr_table, hard_name,
                                               one_line_chat, pa_phone_log, portal_relative)

__all__ = ("billing_dispute", "coder_query_md", "ehr_table", "one_line_chat", "pa_phone_log", "portal_relative")


def shift_handoff(x) -> str:
    """Bedside hand-off between nurses: room, name, a clinical line, then who takes over."""
    hard_name(x, x.pick(("pt", "rn", "rel")))
    return x.pick(("HANDOFF {shift} {date:md}\n", "Shift report {date:mdY} ({shift})\n", "")) + x.pick((
        "{room} - {pt:title_last}, {age}F, {icd}. {vitals}. ",
        "{room}: {pt:full} POD2 {pcs}; {drug} {dose} q6h. ",
        "{pt:lower_full} in {room}, npo after midnight, {lab}. ",
        "{room} {pt:caps_last_first} - fall risk, {device} in place. ",
        "Pt {pt:first} ({room}) on {drug}; {rel:first} at bedside til 2100. ",
        "{pt:init_last} {room} - {eponym}, {vitals}. ",
    )) + x.pick((
        "Report to {rn:first} at {shift}.\n",
        "Daughter {rel:full} ({phone}) wants a call if any change.\n",
        "Oncoming: {rn:full_rn}. Charge {rn2:first}.\n",
        "Paged {dr:dr_last} at {phone}; awaiting callback.\n",
        "\n",
    ))


def staffing_grid(x) -> str:
    """Unit staffing board: nurse names against shift hours and room blocks, with one patient note."""
    hard_name(x, x.pick(("rn", "rn2")))
    return x.pick(("STAFFING {date:mdY}\n", "4 WEST BOARD  {date:d_mon_Y}\n", "Assignments {date:md}\n")) + x.pick((
        "{shift}  {rn:full_rn}  {room}-{room}\n{shift}  {rn2:first}  {room}\n",
        "Charge ({shift}): {rn:first} x5521\nFloat: {rn2:full}\n",
        "{rn:first} | {shift} | {room}\n{rn2:first} | {shift} | {room}\n",
        "RN {rn:full} {shift}; CNA {staff:first} {shift}\n",
    )) + x.pick((
        "Sitter for {pt:title_last} in {room}.\n",
        "Call-outs: {rn2:first}. Pager {phone}.\n",
        "{pt:lower_full} to {room} after {pcs}.\n",
        "\n",
    ))


def home_health_visit(x) -> str:
    """Home-health skilled-nursing visit: caregiver names, phone numbers, the agency's IDs and the clinical part."""
    hard_name(x, x.pick(("pt", "rel")))
    return x.pick((
        "SN VISIT {date:mdY} 0930-1030\nPt: {pt:full}  MRN {mrnv}  Medicare {mbi}\n",
        "Home health visit note - {pt:last_first} - {date:month_d_Y}\n",
        "HH visit #{enc} for {pt:title_last}, ep {date:md}-{date:md}\n",
    )) + x.pick((
        "Caregiver {rel:full} present. {vitals}. Wound to L heel 2x3 cm, {device} changed. ",
        "{pt:first} reports taking {drug} {dose} as ordered; {lab} per lab. ",
        "Dona {pt:lower_full} lives with son {rel:first}; {eponym}, stable. ",
        "{pt:caps_full} ambulating with walker; {vital}. Grandson {rel2:first} manages meds. ",
    )) + x.pick((
        "Next visit {date:md}. Call {rel:first} at {phone} before arriving.\n",
        "Orders faxed to {dr:dr_full} at {fax}.\n",
        "Supervisory visit by {rn:full_rn}.\n",
        "Concentrator {serial:l} swapped; vendor portal {url}.\n",
        "Agency line {phone}; on-call pager {phone}.\n",
    ))
