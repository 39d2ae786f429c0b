"""Probe split 'probe_ids' (clinical notes): identifier headers and residence/transfer phrasing written
separately from dev and held-out."""

from __future__ import annotations


def transfer_note(x) -> str:
    return x.pick((
        "INTERFACILITY TRANSFER\nPatient: {pt:caps_last_first}\nMedical Record #\n{mrnv}\nVisit No: {acctv}\n",
        "TRANSFER SUMMARY  |  {pt:last_first}  |  MRN {mrnv}  |  Enc {acctv}\n",
        "Transfer record for {pt:full} - hospital no. {mrnv}\n",
    )) + x.pick((
        "Pt was transferred from {facility} in {place}, {state} for higher level of care. ",
        "Accepted in transfer from a critical access hospital in {town}. ",
        "Arrived by air from {made_county} after a rollover MVC. ",
        "Transferred from {place} ({facility}) on {date}. ",
    )) + "Dx {icd}; {vitals}. {drug} {dose} given en route.\n" + x.pick((
        "Sending MRN differs; our record {mrnv:same} is authoritative.\n",
        "Family will drive down from {place} tomorrow.\n",
        "Return transport to {town} once stable.\n",
    )) + "{dr:full_cred}\n"


def social_work_note(x) -> str:
    return x.pick((
        "SOCIAL WORK ASSESSMENT  {date}\n{pt:full}  MR No: {mrnv}\n\n",
        "SW note - {pt:last_first} ({mrnv:l})\n",
    )) + x.pick((
        "Pt resides at {street} in {place} with adult son. ",
        "Lives alone in a trailer outside {town}; nearest pharmacy 30 miles. ",
        "Pt is originally from {world_city} and moved to {place} in {year}. ",
        "Patient's home in {made_county} has no running water. ",
        "Pt was living in {town} until eviction; now staying with sister in {place}. ",
    )) + x.pick((
        "Insurance: Medicaid ID {planv}. ",
        "Uninsured; Medicaid application started, pending number. ",
        "Medicare {mbi:l}; supplemental Subscriber No: {planv}. ",
    )) + "Plan: home health referral, {device} ordered. {rel:full} is emergency contact ({phone}).\n"


def registration_log(x) -> str:
    rows = x.pick((
        "MRN        | ENC        | NAME                 | CITY\n{mrnv} | {acctv} | {pt:caps_last_first} | {place}\n"
        "{mrnv} | {acctv} | {pt2:caps_last_first} | {town}\n",
        "Med Rec No.\tAccount\tPatient\n{mrnv}\t{acctv}\t{pt:last_first}\n{mrnv}\t{acctv}\t{pt2:last_first}\n",
        "Patient ID: {mrnv} (MRN)\nPatient ID: {mrnv} (MRN)\nBoth registered {date:mdY}.\n",
    ))
    return "ADT LOG {date:mdY}\n" + rows + x.pick((
        "Note: duplicate chart merged into {mrnv}.\n", "Audit: viewed by {staff:full}.\n",
        "Insurance verified: Mbr ID {planv}, Grp {groupv}.\n",
    ))


def home_health_note(x) -> str:
    return x.pick((
        "HOME HEALTH VISIT  {date}\nClient: {pt:full}   Chart {mrnv}\n",
        "Skilled nursing visit - {pt:last_first}, MRN#{mrnv}\n",
    )) + x.pick((
        "Visit made to pt's home in {town}, {state}. ",
        "Drove to patient's residence, {street}, {place}. ",
        "Pt lives on a farm in rural {made_county}. ",
        "Pt home in {place}; daughter present. ",
    )) + "{vitals}. Wound care per orders ({icd}). {drug} {dose}.\n" + x.pick((
        "Payer: Medicare A, HICN/MBI {mbi}\n", "Payer: Molina, member # {planv}\n",
        "Payer: VA; {rn} to call {phone}\n",
    )) + "{rn}\n"


def case_mgmt_note(x) -> str:
    return x.pick((
        "CASE MANAGEMENT\nMRN:\n{mrnv}\nInsurance ID:\n{planv}\n",
        "CM note for {pt:full}\nAcct {acctv} / MRN {mrnv}\n",
        "UR review  {pt:caps_last_first}  Med. Rec. Number {mrnv}  Policy No. {planv}\n",
    )) + x.pick((
        "Discharge plan: SNF in {place} vs home to {town}. ",
        "Pt wants to return home to {made_county}; family in {world_city} unable to assist. ",
        "Pt from {place}, {state}; accepted at {facility}. ",
        "Lives with spouse in {town}. Transport arranged. ",
    )) + "Auth for {cpt} obtained; DRG {drg}. LOS {dur}.\n" + x.pick((
        "", "Payer ref {planv} confirmed by phone.\n", "Record {mrnv:same} updated.\n",
    ))
