"""Probe split 'probe_places2' (clinical/operational notes): EMS run sheets and transfers, home-health
visit logs with travel, pharmacy notes and biometric enrolment logs, written from scratch."""

from __future__ import annotations


def ems_run_sheet(x) -> str:
    return x.pick((
        "EMS RUN SHEET  Incident {pdate:iso} 0312\nPt: {pt:caps_last_first}  DOB {pdob:mdy2}\n",
        "PCR / run report - {pdate:MON_d_Y}\nPatient {pt:full}, {age}M, {acctp:l}\n",
        "Medic 7 run {pdate:d_mon_yy}: {pt:last_first} (dob {pdob:dotted2})\n",
    )) + x.pick((
        "Dispatched to {street}, {word_town:bare}, for fall. ",
        "Responded to a residence in {area_unit}; pt found on floor. ",
        "Scene: roadside near {town}, {state}. MVC, restrained driver. ",
        "Picked up at {facility} in {word_town} for transfer to tertiary care. ",
    )) + "{vitals}. Impression {icd}. {drug} {dose} given.\n" + x.pick((
        "Transported to {facility}; care transferred to {rn} at 0405.\n",
        "Transport from {place} to {city}, 47 mi, {hcpcs} + mileage.\n",
        "Pt refused transport; signed AMA. Unit returned to {word_town:bare} station.\n",
    ))


def home_health_log(x) -> str:
    return x.pick((
        "HOME HEALTH VISIT LOG  week of {pdate:month_d}\nClient {pt:full}  chart {mrnv}\n",
        "HH visit record - {pt:last_first}, {mrnv:l}, SOC {pdate:mdy2}\n",
    )) + x.pick((
        "Mon {pdate:md}: drove from office to {word_town:bare} (32 mi). {vitals}.\n"
        "Wed {pdate:md}: visit in {town}; pt at daughter's. Wound {icd} improving.\n",
        "Visit {pdate:mon_dth}: travel {town} -> {word_town:bare}, 18 mi. Pt home alone. {lab}.\n",
        "Visits on {dday} and {dday}; pt's home is on a ranch in {area_unit}. {device} checked.\n",
        "{pdate:iso}: pt staying with son in {far_town} until next month; visits on hold.\n",
    )) + x.pick((
        "Mileage log: {place} -> {word_town:bare} -> office.\n",
        "Next visit {pdate:dth_of_month}. {rn}\n",
        "Payer Medicare A {mbi}; HCPCS {hcpcs}.\n",
    ))


def pharmacy_note(x) -> str:
    return x.pick((
        "PHARMACY NOTE {pdate:ddMONyy}\nPt: {pt:full}  DOB {pdob}  Rx #{other}\n",
        "Rx clarification - {pt:last_first}, dob {pdob:mdy2}, {mrnv:l}\n",
        "Refill request rec'd {pdate:month_d}: {pt:caps_full}\n",
    )) + x.pick((
        "{drug} {dose}, NDC {ndc}, filled {pdate:md}. Pt picks up at the {word_town:bare} store.\n",
        "Transferred from an outside pharmacy in {far_town}; {drug} {dose} not available there.\n",
        "Delivery address {street}, {place}, {state} {zip}. Copay {money}.\n",
        "Prior auth for {drug}; dx {icd}; pt's plan ID {planv}.\n",
    )) + x.pick(("Verified by {staff:full}, CPhT.\n", "Counselled {pdate:mon_dd_yy}.\n", "RPh note: dose {dose}.\n"))


def biometric_log(x) -> str:
    return x.pick((
        "BIOMETRIC ENROLLMENT LOG\nPatient: {pt:caps_last_first}   {mrnv:l}\n{biop:l}\nEnrolled {pdate:iso} at {facility}\n",
        "Palm-vein registration ({pdate:mdy2}) for {pt:full}: {biop:l}; prior template {biop:l} retired.\n",
        "Kiosk check-in {pdate:md}: {pt:first} matched by {biop:l}. Visit {acctp:l}.\n",
        "Enrollment audit\n{pdate:iso_slash} | {pt:last_first} | {biop:l} | site {word_town:bare}\n",
    )) + x.pick((
        "Consent on file. Dx {icd}; {cpt}.\n",
        "Re-enroll due {pdate:dth_of_month}. Reader serial {serial}.\n",
        "",
    ))
