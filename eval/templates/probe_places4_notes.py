"""Probe split 'probe_places4' (clinical/operational notes): EMS narratives, brief social histories,
public-health exposure calls, transfer notes and discharge placements, written from scratch; places
without their state, word and surname towns, neighbourhoods, parishes, small facilities."""

from __future__ import annotations


def ems_narrative(x) -> str:
    return x.pick((
        "EMS NARRATIVE: Dispatched {date} to a residence on the north side of {btown} for a fall. ",
        "Medic 7 responded to the {wtown} rest area; pt found in vehicle. ",
        "Called to {chat_addr} ({hood}) for SOB. ",
        "Crew staged at the {btown} fire hall, then to a trailer park off Route 9 outside {wtown}. ",
        "Intercept with {county} EMS at the {btown} exit. ",
    )) + x.pick((
        "{vitals}. {drug} {dose} given. ",
        "GCS 15, {vital}. {pword}. ",
        "{vital}; IV fluids: {pword}. ",
    )) + x.pick((
        "Transported to {fac4}, 18 mi.\n",
        "Diverted from {facility} to {btown} Regional due to bypass. {hcpcs}.\n",
        "Pt refused transport; family will drive him to {wtown} in the morning.\n",
        "Handoff at {fac4} in {wtown}. {hcpcs}\n",
    ))


def social_hx_brief(x) -> str:
    return x.pick((
        "SH: from {abroad}, came to {btown} in {year}; lives with niece in {hood}. ",
        "Social: retired teacher, lives alone out past {btown}; daughter in {wtown}. ",
        "Lives in a group home in {wtown}. Grew up in {state}. ",
        "Social history - originally from {abroad}, then {btown}; now in {county}. ",
        "SH: commutes daily from {wtown} to the plant in {btown}. ",
        "Pt is a {btown} native, moved to {hood} after her divorce. ",
    )) + x.pick((
        "No tobacco. {pword}.\n",
        "EtOH socially. Dx {icd}.\n",
        "Works nights. Comment: {pword}.\n",
        "",
    ))


def public_health_call(x) -> str:
    return x.pick((
        "Health dept call {date}: case of {peponym} reported from {made_county}; pt had visited {abroad}. ",
        "Exposure follow-up: pt works at a dairy near {wtown}; {peponym} titers drawn. ",
        "Reportable: {peponym}, pt resides in {area_unit}, onset {date}. ",
        "Contact tracing - cluster linked to a church in {hood} and a daycare in {btown}. ",
    )) + x.pick((
        "Not {peponym}. Dx {icd}.\n",
        "{cpt}, {lab}.\n",
        "Notified {rn}.\n",
    ))


def transfer_note(x) -> str:
    return x.pick((
        "TRANSFER NOTE: accepted from {fac4} in {btown}; pt originally presented to the {wtown} ER. ",
        "Pt transferred from {facility} ({btown}) for higher level of care. ",
        "Outside records from a clinic in {wtown} reviewed. ",
        "Flown from {btown} by helicopter; family en route from {hood}. ",
    )) + x.pick((
        "Dx {icd}. {eponym} ruled out. ",
        "{pscore} documented. ",
        "{drug} held. {vitals}. ",
        "",
    )) + x.pick(("Accepting {dr:dr_last}.\n", "Plan {cpt}.\n", "Bed 5E.\n"))


def discharge_placement(x) -> str:
    return x.pick((
        "DISPOSITION: discharged to {fac4}, {btown}. Home health from {fac4} to follow. ",
        "Discharged home to {chat_addr}, {wtown} with {device}. ",
        "Dispo: SNF at {fac4}; if no bed, {fac4} near her sister in {hood}. ",
        "D/c to son's home in {btown}; prescriptions sent to the {store}. ",
    )) + x.pick((
        "Follow up in 1 wk. {pword}.\n",
        "Mail to {chat_addr}, {btown} {zip4}. {pscore} reviewed.\n",
        "{drug} {dose}. {icd}.\n",
        "{pword} discussed.\n",
    ))
