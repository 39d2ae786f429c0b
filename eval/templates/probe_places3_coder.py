"""Probe split 'probe_places3' (coder-facing texts): transfer-center logs, coder questions about travel
and exposure histories, and identifier lines where only the words around a number say what it is.

Written from scratch, in styles the other splits do not use: towns before a state code that reads like a
credential ("Frederick, MD"), towns that are words or surnames in plain place contexts, townships,
and MRN / account / SSN values typed by nearby words rather than by a label right before them.
"""

from __future__ import annotations


def transfer_center_log(x) -> str:
    return x.pick((
        "TRANSFER CENTER LOG {date}\nCaller: {rn}, {facility}, {cred_town}\nPatient {pt:last_first}, {mrn:l}\n",
        "Transfer request {date} 0240 from a critical access hospital in {cred_town:bare}; "
        "accepting {dr:dr_last}. Pt {pt:full}, dob {dob}.\n",
        "Xfer ctr: {pt:full} ({age}F) coming from {word_town} by ground; sending MD {dr:full_cred}.\n",
    )) + x.pick((
        "Reason: {icd}, needs {cpt}. ETA 50 min from {town}.\n",
        "Bed assigned 4W. Family driving up from {cred_town}. Dx {icd}.\n",
        "Declined at first (no beds), re-called from {word_town:bare} at 0415; accepted.\n",
        "Air transport {hcpcs} from {township}; {vitals}.\n",
    ))


def coder_travel_query(x) -> str:
    x.chat = True
    return x.pick((
        "does travel history change the dx? pt just got back from {far_town} and has {icd}. i have {cpt} on the claim\n",
        "Coder question: note says exposure at a lake near {word_town:bare} ({state}) last month - "
        "is {icd} or {icd} right for the rash?\n",
        "q for cdi - pt {pt:full} went hunting in {township} and came back with a tick bite; coding {icd}?\n",
        "pt spent two weeks in {far_town:bare} visiting family, now febrile. {cpt} + {icd} ok?\n",
        "Query: patient reports working on a farm outside {cred_town} until {date}; is {icd} supported?\n",
    )) + x.pick(("", "thanks!\n", "ref {acct:l}\n", "dob {dob} if you need it\n"))


def id_context_line(x) -> str:
    return x.pick((
        "pls check {pt:full} - chart number {mrn}, billing account {acct}, social {ssn}\n",
        "Registration fix: SSN on file was wrong, correct one is {ssn}; the medical record number {mrn} stays, "
        "the visit account {acct} gets rebilled.\n",
        "{pt:last_first} / {mrn:l} / {acct:l} / {ssn:l} / lives in {cred_town}\n",
        "coder note: the 9-digit number on page 2 ({ssn}) is her social, not the MRN; MRN is {mrn}.\n",
        "Merge request: duplicate charts {mrn} and {mrn} for {pt:full}; hospital account {acct}.\n",
        "Pt {pt:full} from {word_town}; med rec {mrn}; soc sec {ssn}; guarantor account {acct}.\n",
    )) + x.pick(("", "Dx {icd}, {cpt}.\n", "DOS {date}. {hcpcs}.\n"))
