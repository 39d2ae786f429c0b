"""Probe split 'probe_places4' (coder-facing texts): lowercase chat threads, coder questions about where
a patient lives or was seen, pharmacy and store messages, intake chats with hurried addresses, and
placement queries - written from scratch.

Geography here comes with weak context: a town without its state ("drove 40 miles to Normal"), a town
that is a word or surname, a neighbourhood, a county or parish, a chain store named by its street, a
street typed in chat ("1412 w elm apt 3"), a ZIP on its own. States alone, place-named diseases and
scores, drugs and codes are the hard negatives.
"""

from __future__ import annotations


def geo_chat(x) -> str:
    x.chat = True
    return x.pick((
        "hey - pt {pt:full} says she lives in {btown:lower} now, not {btown:lower}. update the demographics? {icd}\n",
        "fyi he drove 40 miles to {wtown} for the infusion, denied at the door. {hcpcs} never given\n",
        "mom is out past {btown} with no car, can we do telehealth? {cpt} w/ {mod} ok?\n",
        "pt moved here from {state} last spring, now staying with her son in {hood}. new pt visit {cpt}\n",
        "sorry typo - not {wtown}, she's in {wtown} (the one near the river). dx {icd}\n",
        "ok so the wife works at the {btown} store and he gets his {drug} at the {store}\n",
        "he's been going back and forth between {hood:lower} and {btown:lower}, hard to reach. {icd}\n",
        "her new zip is {zip4} - she's in {btown} with her brother. {pscore} was done inpatient\n",
    )) + x.pick(("", "thx\n", "lmk\n", "- {staff:first}\n", "dos {date}\n"))


def coder_geo_query(x) -> str:
    return x.pick((
        "Coder query: the ED note says the injury happened at a job site in {wtown}; place of occurrence "
        "code for a construction site? {icd}, {cpt}.\n",
        "CDI question - patient lives in {county} but the note says {made_county}. Which one for the "
        "county field on the claim? Dx {icd}.\n",
        "Is {peponym} codable here? Pt went camping near {btown} two weeks ago; {icd} vs {icd}?\n",
        "Question: travel to {abroad} last month, now febrile. Provider wrote 'r/o {peponym}'. Code {icd} only?\n",
        "Pt reports he was bitten at his cousin's place in {wtown}. {peponym} suspected; {cpt} drawn. "
        "Note also mentions {pword}.\n",
        "Pt transferred with {pscore} of 2; lives in {wtown}, seen at {fac4}. {icd}\n",
        "Does residence in {area_unit} change the rural health clinic modifier? Seen at {fac4}. {cpt}-{mod}\n",
    )) + x.pick(("", "Thanks, {staff:full}\n", "Acct {acct:l}\n", "{state} Medicaid, DOS {date}.\n"))


def pharmacy_thread(x) -> str:
    x.chat = True
    return x.pick((
        "pharmacy called - rx for {drug} {dose} went to the {store} by mistake, pt wants it at {fac4}\n",
        "pt says the {store} is out of {drug}; try the one in {btown}? she can't drive to {wtown}\n",
        "Refill request from {fac4}, {btown}. {drug} {dose}, last fill {date}.\n",
        "transfer rx from {store} to {fac4} please. pt now lives in {hood}. {ndc}\n",
        "PA for {drug}: pt picks up at the {btown} store? no - the {store}, zip {zip4}. {hcpcs}\n",
    )) + x.pick(("", "{pword} noted.\n", "call back {phone}\n"))


def intake_chat(x) -> str:
    x.chat = True
    return x.pick((
        "new address is {chat_addr} {btown:lower} {zip4}\n",
        "pt gave address as {chat_addr}, zip {zip4}. same town ({btown})\n",
        "we mailed the bill to {chat_addr} but she's at her daughter's in {wtown} now\n",
        "address on file {chat_addr}; ZIP+4 {zip4}. dob {dob}\n",
        "she lives at {chat_addr} in {hood}, buzzer broken, call first\n",
        "return mail - old address {chat_addr}. new one: {chat_addr}, {btown}\n",
        "pt zip is {zip4}, plan says out of network for that area. {cpt}\n",
        "lives in {zip4} now (moved from {btown:lower}), {pscore} on file\n",
        "mailing addr {chat_addr} {wtown} {state} {zip4}\n",
    )) + x.pick(("", "thanks\n", "dx {icd}\n"))


def placement_query(x) -> str:
    return x.pick((
        "Placement: pt {pt:full} accepted at {fac4} in {btown}; family prefers {fac4} closer to {wtown}. "
        "SNF days {dur}.\n",
        "Case mgmt - discharged to {fac4} ({hood}). Needs {device}. {hcpcs}.\n",
        "Referral faxed to {fac4}; bed offer from {facility} in {county}. Pt is from {state} originally.\n",
        "Pt was living at {fac4} on {chat_addr} before admission; returning there. {icd}\n",
        "Auth for SNF at {fac4} in {wtown} denied; appeal with {cpt} documentation. {pword} per PT.\n",
    )) + x.pick(("", "{dr:dr_last} aware.\n", "DOS {date}.\n"))
