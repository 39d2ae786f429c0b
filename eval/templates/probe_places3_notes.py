"""Probe split 'probe_places3' (clinical/operational notes): social histories, occupational notes,
bereavement notes, home-health routing sheets and ambulance run reports, written from scratch."""

from __future__ import annotations


def social_history(x) -> str:
    return x.pick((
        "SOCIAL HISTORY: Grew up in {word_town}. Retired to {town} after 30 years as a machinist. ",
        "Social: pt grew up in {far_town}, moved to {cred_town} in her 20s; winters in {town}. ",
        "SH: lives alone in {township}; daughter in {word_town:bare}. Former smoker. ",
        "Social hx - raised in {cred_town:bare}, now retired to a lake house near {word_town:bare}. ",
        "Pt winters in {place} and spends summers near {cred_town}. ",
    )) + x.pick((
        "Drinks socially. {vitals}.\n",
        "Dx {icd}; no tobacco since {date}.\n",
        "Works part time. {lab}.\n",
    ))


def occupational_note(x) -> str:
    return x.pick((
        "OCCUPATIONAL HEALTH {date}\n{pt:full} works at the poultry plant in {word_town:bare}; "
        "laceration L hand, {icd}.\n",
        "Employee health: {pt:last_first}, works second shift at the tire plant in {cred_town}. "
        "Noise exposure, {icd}.\n",
        "Work injury: pt is a lineman for the co-op out of {town}; fell from bucket truck {date}. {icd}.\n",
        "Occ hx: 20 yrs at the paper mill in {cred_town:bare}, then the rail yard in {word_town:bare}. "
        "Asbestos exposure?\n",
    )) + x.pick(("WC claim {claim:l}.\n", "{cpt}; {dr:full_cred}\n", "Return to work {date}.\n"))


def bereavement_note(x) -> str:
    return x.pick((
        "BEREAVEMENT NOTE\n{pt:full}, age {age90}, of {word_town}, died {date} at home. Born in {far_town}, "
        "{pt:first} farmed in {township} for fifty years.\n",
        "Chaplain: family of {pt:full} gathered; services will be held in {cred_town:bare} where she was born. "
        "Burial in {town}.\n",
        "Condolence call to {rel:full} ({rel:first} lives in {word_town:bare}); pt passed {date}.\n",
    )) + x.pick((
        "Death certificate: immediate cause {icd}.\n",
        "Hospice discharge {date}. {hcpcs}.\n",
        "",
    ))


def home_health_routing(x) -> str:
    return x.pick((
        "HH ROUTING {date}\n1. {pt:last_first} - {street}, {cred_town:bare}\n2. {pt2:last_first} - "
        "{word_town:bare} (rural route)\n3. office\n",
        "Route sheet, {rn}: start {town} -> {word_town:bare} -> {cred_town:bare} -> back to office. 112 mi.\n",
        "Routing: pt {pt:full} moved from {word_town:bare} to {cred_town:bare}; reassign to the north team.\n",
        "Today's visits in {township} and {word_town:bare}; skipped {town} (pt at hospital).\n",
    )) + x.pick(("{device} delivered.\n", "Wound {icd}; {cpt}.\n", "OASIS due {date}.\n"))


def ambulance_run(x) -> str:
    return x.pick((
        "AMBULANCE RUN REPORT {date}\nUnit 12 dispatched 0210 to a farmhouse outside {word_town:bare}. ",
        "Run {date}: called to the {word_town:bare} fire station for a walk-in; ",
        "EMS: pt {pt:full} found at a rest stop between {town} and {cred_town:bare}; ",
        "Medic 3 - MVC on the county road in {township}; ",
    )) + x.pick((
        "{vitals}. {drug} {dose}. ",
        "GCS 14, {vital}. ",
    )) + x.pick((
        "Transported to {facility} in {cred_town}.\n",
        "Drove pt to {word_town:bare} ED, 22 mi. {hcpcs}.\n",
        "Handoff to {rn} at {facility}.\n",
    ))
