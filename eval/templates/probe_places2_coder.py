"""Probe split 'probe_places2' (coder-facing texts): billing statements, UB-04/CMS-1500 field dumps,
eligibility (271-like) responses, patient portal messages and identity-verification scripts.

Written from scratch, in layouts dev and probe_ids do not use: numbered form locators, segment-like
eligibility lines, masked SSNs, "account ending", towns that are also surnames or words, parishes and
boroughs, towns abroad, and dates in many surface forms.
"""

from __future__ import annotations


def billing_statement(x) -> str:
    return x.pick((
        "STATEMENT OF ACCOUNT\nStatement date {pdate}\n{acctp:l}\nGuarantor: {pt:caps_full}\n{street}\n{word_town} {zip}\n",
        "{facility} - Patient Financial Services\nBill to: {pt:last_first}, {street}, {area_unit}, {state} {zip}\n"
        "{acctp:l}   Statement {pdate}\n",
        "Your bill from {facility}\nAccount holder {pt:full} ({acctp:l})\nMailing city: {word_town:bare}\n",
    )) + x.pick((
        "Date      Description                 Charge\n{pdate}  OFFICE VISIT {cpt}          {money}\n"
        "{pdate}  LAB {loinc}                {money}\n",
        "Svc {pdate:iso}: {cpt}-{mod} {money}; svc {pdate:md}: {hcpcs} {money}. Dx {icd}.\n",
        "Line 1  {pdate}  Rev {rev}  {cpt}  {money}\nLine 2  {pdate}  Rev {rev}  {hcpcs}  {money}\n",
    )) + x.pick((
        "Amount due by {pdate:month_d}. Questions? Reference your account number {acctp:same}.\n",
        "Payment plan set up on {pdate:mon_dth}; account {acctp:same} in good standing.\n",
        "Coder q: is {icd} or {icd} primary for this statement?\n",
    ))


def claim_form(x) -> str:
    return x.pick((
        "UB-04 FIELDS\nFL1 {facility}, {town}, {state}\nFL3a PAT CNTL # {acctp}\nFL3b MED REC # {mrnv}\n"
        "FL6 STATEMENT PERIOD {pdate:mdy2} - {pdate:mdy2}\nFL8 {pt:caps_last_first}\nFL9 {street} {word_town} {zip}\n"
        "FL10 BIRTHDATE {pdob:mdy2}\nFL42 {rev}  FL44 {hcpcs}  FL67 {icdnd}\n",
        "CMS-1500\n2. PATIENT NAME {pt:caps_last_first}\n3. BIRTH DATE {pdob}\n5. ADDRESS {street}\n"
        "   CITY {place}   STATE {state}   ZIP {zip}\n1a. INSURED ID {planv}\n26. PATIENT ACCOUNT NO. {acctp}\n"
        "24A. {pdate:mdY0} 24D. {cpt} {mod} 24E. A 21. A. {icdnd}\n",
        "Box 2: {pt:caps_last_first} | Box 3: {pdob:iso} | Box 5: {street}, {area_unit} | Box 26: {acctp} | "
        "Box 21A: {icdnd} | Box 24D: {cpt}\n",
    )) + x.pick(("", "FL76 ATTENDING {npi} {dr:caps_cred}\n", "Note: pt resides in {area_unit}; rural add-on?\n"))


def eligibility_271(x) -> str:
    return x.pick((
        "ELIGIBILITY RESPONSE\nSUBSCRIBER: {pt:caps_last_first}\nMEMBER ID: {planv}\nDOB: {pdob:ddMONyy}\n"
        "ADDRESS: {street}, {word_town} {zip}\nCOVERAGE ACTIVE {pdate:iso} THRU {pdate:iso}\n",
        "NM1*IL*1*{pt:caps_last_first}~ DMG*D8*{pdob:iso}~ N4*{word_town:bare}*{state}*{zip}~ "
        "EB*1**30~ DTP*346*D8*{pdate:iso}~\n",
        "271 summary: member {pt:full}, ID {planv}, group {groupv}; county of residence {area_unit}; "
        "plan effective {pdate:month_dth_Y}.\n",
    )) + x.pick((
        "Copay {money}. Prior auth needed for {cpt}.\n",
        "Coordination of benefits updated {pdate:mon_dd_yy}. Dx on file {icd}.\n",
        "PCP assigned: {dr:full_cred}, office in {town}.\n",
    ))


def portal_message(x) -> str:
    x.chat = True
    return x.pick((
        "Patient message ({pdate:md}): hi this is {pt:lower_full}, i moved from {word_town:bare} to {place} and "
        "my bill still goes to the old address. acct ending {ssn_last4}?? no wait thats my social. acct is {acctp}\n",
        "Portal msg: {pt:full} writes 'I was born {pdob:dth_of_month} in {far_town}, do you need that for the form?'\n",
        "MyChart message from {pt:first}: we're visiting family in {far_town:bare} until {dday}, can the "
        "{cpt} visit be moved to {pdate:month_d}?\n",
        "patient asks via portal why {icd} is on her statement. she lives in {area_unit} now. dob {pdob:mdy2}\n",
        "Msg rec'd {pdate:mon_dth}: 'my husband {rel:full} picks up meds in {word_town:bare}, pls send rx there'\n",
    ))


def id_verify_script(x) -> str:
    return x.pick((
        "CALL SCRIPT - identity check\nCaller states name {pt:full}, DOB {pdob}. Last 4 of SSN: {ssn_last4}. "
        "Account ending in {acct_last4}. City on file: {word_town:bare}.\n",
        "Verified caller: {pt:last_first}; {ssnp:l}; birth date {pdob:month_dth_Y}; zip {zip}; "
        "account number {acctp}.\n",
        "ID VERIFICATION\n- name: {pt:full}\n- dob: {pdob:mdy2}\n- ssn (last four): {ssn_last4}\n"
        "- billing acct: {acctp}\n- town: {town}\nPassed 4/4.\n",
        "Rep: can I get the last four of your social? Pt: {ssn_last4}. Rep: and the city you live in? "
        "Pt: {word_town:bare}. Rep: thanks, your account {acctp} shows a balance for {cpt}.\n",
    )) + x.pick(("", "Coder: which dx goes with {cpt}? Chart says {icd}.\n", "Call ended {pdate:iso}.\n"))
