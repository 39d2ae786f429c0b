"""Second name probe, coder side: secure-chat threads, coder queries to physicians, prior-auth phone logs
and multi-patient census lists, written from scratch for probe_names2.

The dev and probe_names templates already cover letters, worklists and single chat lines; these add
threads with user handles, terse lowercase shorthand, initials before surnames, spelled-out surnames and
rows of several patients, so tuning sees name contexts neither earlier split has.
"""

from __future__ import annotations


def secure_chat(x) -> str:
    x.chat = True
    a, b = x.pick(("0812", "0915", "1342", "1607")), x.pick(("0814", "0920", "1350", "1611"))
    return (
        "[" + a + "] {staff:full}: " + x.pick((
            "hey do u have a sec? {pt:lower_first} in 4b again",
            "got a query back on {pt:lower_last}, {dr:lower_dr_last} says sepsis ruled out",
            "is {pt:init_last} the one w/ the {eponym}?",
            "pls look at {pt:caps_last_first}, acct {acct}",
            "{rel:lower_first} (the daughter) keeps calling the billing line",
        )) + "\n[" + b + "] {staff2:first}: " + x.pick((
            "yep, i'll ping {dr:lower_dr_last} later",
            "ok. {pt:lower_first_last_initial} right? dob {dob:mdY}",
            "no thats {pt2:lower_full}, different pt",
            "{dr2:dr_init_last} signed it this am, use {icd}",
            "ask {rn:lower_first} on nights, she charted it",
            "code it as {cpt}, {dr:dr_last} agreed",
        )) + "\n[" + b + "] {staff:first}: " + x.pick(("thx!!", "k", "will do", "👍 thanks {staff2:lower_first}"))
    ) + "\n"


def coder_query(x) -> str:
    return x.pick((
        "PHYSICIAN QUERY\nTo: {dr:dr_full}\nFrom: {staff:full}, CDI Specialist\n",
        "Query #{acct} for {dr:caps_last}, {dr:caps_first}\nRe: {pt:caps_last_first}\n",
        "Dr. {dr:last} -\n",
    )) + x.pick((
        "Patient {pt:init_last} (DOS {date:mdY}) has {lab} documented; please clarify whether this "
        "represents {icd} or is clinically insignificant.\n",
        "In the H&P you noted '{eponym}'. {pt:title_last} also received {drug} {dose}. Can the "
        "diagnosis be further specified?\n",
        "Per nursing ({rn:first_last_initial}, RN), the wound was stage 3. Please document stage "
        "in your progress note for {pt:full}.\n",
        "The op note for {pt:last_first_mi} lists {cpt}; the brief op note by {dr2:initials_last} lists {cpt}. "
        "Which is correct?\n",
    )) + x.pick((
        "Reply in the chart. Thank you, {staff:first}\n",
        "Responded: agree - {dr:init_last}\n",
        "Response ({date:mon_d}): {dr:last_comma_init} - yes, acute on chronic.\n",
        "{staff:full}\nHIM Coding | ext 4417\n",
    ))


def prior_auth_log(x) -> str:
    return "PRIOR AUTH CALL LOG - {pt:caps_last_first}\n" + x.pick((
        "{date:mdY} 10:42 called payer, spoke w/ rep {staff2:first} (ref {acct}). Needs clinicals from "
        "{dr:dr_last}. -{staff:first}\n",
        "{date:mdY} 2:15p rep {staff2:full} said auth pending for {cpt}. Pt's husband {rel:lower_first} "
        "called asking status, told 3-5 days.\n",
        "{date:mdY} spoke to {staff2:first_last_initial} at the plan; peer to peer set with {dr:dr_full} "
        "for {date:mon_d}.\n",
    )) + x.pick((
        "{date:mdY} faxed notes to UM nurse {rn:full}. Pending.\n",
        "{date:mdY} denied - med necessity. Notified {pt:title_last} and {dr:dr_init_last}.\n",
        "{date:mdY} approved, auth # {claim}. Left vm for {rel:first} (son).\n",
    ))


def census(x) -> str:
    rows = x.pick((
        "{pt:caps_last_init}  {age}M  {icd}  {dr:caps_last}\n"
        "{pt2:caps_last_init}  {age}F  {icd}  {dr2:caps_last}\n",
        "rm 12 - {pt:lower_last} - chf - {dr:lower_last}\nrm 14 - {pt2:lower_last} - pna - {dr2:lower_last}\n",
        "1) {pt:last_init}  {age}yo  {eponym}\n2) {pt2:init_nodot_last}  {age}yo  s/p {cpt}\n",
        "{pt:full}\t{dob:mdY}\t{dr:last_first}\n{pt2:full_mi}\t{dob:mdY}\t{dr2:last_first}\n",
    ))
    return x.pick(("CENSUS {date:mdY} 4 WEST\n", "Team B list (am)\n", "Rounding list - {dr3:dr_last}\n")) + rows


def chat_followup(x) -> str:
    x.chat = True
    return x.pick((
        "sorry one more - {pt:lower_first}'s son {rel:lower_first} wants the itemized bill",
        "{pt:init_nodot_last} dob {dob:mdY}, can u check eligibility",
        "did {dr:lower_last} ever sign {pt:lower_last}'s op note?",
        "per {staff2:first} the claim for {pt:first} went out yesterday",
        "re {pt:caps_last} - the name on the card is {pt:full_mi}, hyphen dropped?",
        "{dr2:first} (hospitalist) said ok to bill {cpt}",
        "the pt spelled it for me: {pt:spelled_last}",
    ))
