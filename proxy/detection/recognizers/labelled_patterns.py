"""Patterns and word sets of the labelled-name recognizer (kept apart so the recognizer reads as logic).

Each pattern says in its comment which kind of evidence it is; all are matched against the original text.
"""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.recognizers.name_cues import FORM_VALUES
from proxy.detection.recognizers.name_tokens import PARTICLES as NAME_PARTICLES

WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*\.?")
# Words for roles and services, which stand before credentials as often as names do ("Hospitalist MD").
ROLE_WORDS = frozenset("hospitalist intensivist resident fellow attending surgeon physician provider care primary "
                       "urgent covering consulting consult oncology cardiology neurology radiology pathology "
                       "psychiatry ortho orthopedic surgical medical medicine nursing staff charge night day "
                       "on-call oncall team service unit floor clinic hospice home health the a an per query queries specialist".split())
PARTICLES = NAME_PARTICLES | {"mac"}

ROOM_ROW = r"(?:^|(?<=\n))[ \t]*(?:rm|room|bed)s?[ \t]*#?[ \t]*\d{1,4}[a-z]?(?:[ \t]*[-–][ \t]*\d{1,4}[a-z]?)?[ \t]*[-–:][ \t]*"
# Evidence before a name: (regex, entity, case mode). "title" takes Capitalised or ALL CAPS words;
# "any" also lowercase ones (chat: "pt is maria lopez").
BEFORE = [
    (r"\b(?:patient|pt|resident|client|member|insured|subscriber|guarantor|nok|next of kin|emergency contact|"
     r"caregiver|guardian|family|patient name|pt name|name|re|policy holder)[ \t]*(?:[:(#]|-\s|\.{2,}[ \t]*:?)[ \t]*",
     entities.PERSON, "title"),
    (r"\b(?:mother|father|mom|dad|spouse|wife|husband|son|daughter|sister|brother|neighbou?r|friend|grandson|caregiver|"
     r"granddaughter|grandmother|grandfather|niece|nephew|aunt|uncle|partner|roommate|fianc[eé]e?)"
     r"(?:[ \t]*[:,(][ \t]*|[ \t]+(?:is[ \t]+|was[ \t]+)?)", entities.PERSON, "title"),
    # the same relatives before a lowercase name in chat and terse notes: "Nephew angela reinprecht is HCP"
    (r"\b(?:mother|father|mom|dad|spouse|wife|husband|son|daughter|sister|brother|grandson|granddaughter|niece|nephew|"
     r"aunt|uncle|caregiver)[ \t]+(?=[a-z])", entities.PERSON, "chat"),
    (r"\b(?:pt|patient|resident)[ \t]+(?:is|named|name is)[ \t]+", entities.PERSON, "any"),
    # billing and registration headings that name the patient or payer of the bill
    (r"\b(?:account holder|bill to|responsible party|cardholder|enrollee|beneficiary|client)[ \t]*:?[ \t]+(?=[A-Z])",
     entities.PERSON, "title"),
    # a message that introduces its writer: "hi this is fenne muijs", "Hello, it's Ana Ruiz"
    (r"(?:^|(?<=\n)|(?<=: ))[ \t]*(?:hi|hello|hey|good morning)[ \t]*,?[ \t]+(?:this is|it'?s|its|i am|i'm|im|my name is)[ \t]+",
     entities.PERSON, "any"),
    (r"\bidentified as[ \t]+", entities.PERSON, "title"),
    (r"(?<=[.!?] )[-–—~](?=[A-Z][^\W\d_]*(?: [A-Z]\.?)?[ \t]*(?:\n|$))", entities.PERSON, "title"),  # "... in chart. -Olgierd"
    (r"\bgiven by [^\n]{1,40}? to[ \t]+(?=[A-Z])", entities.PROVIDER, "title"),  # "Given by A. Ruiz to Bo Lee"
    (r"\bgiven by[ \t]+(?=[A-Z][^\n]{1,40}? to [A-Z])", entities.PROVIDER, "title"),
    # "Triage RN Ana Ruiz"; not a job title after the credential ("RN Case Manager, 5 East")
    (r"\b(?:rn|lpn|crna)[ \t]+(?:-[ \t]+)?(?=[A-Z])(?!(?i:case|care|charge|clinical|unit|nurse|manager|coordinator|navigator|"
     r"educator|supervisor|liaison|team|quality|utilization)\b)", entities.PROVIDER, "title"),
    (r"\b(?:sitter|rep|representative)(?:[ \t]*\([^()\n]{1,15}\))?[ \t]*(?:[-–:][ \t]*)?[ \t]+(?=[A-Z])", entities.PERSON,
     "title"),  # "Sitter (rm 12) - Yahvi"
    (r"\b(?:replaced|relieved|covered)[ \t]+by[ \t]+(?=[A-Z])", entities.PROVIDER, "title"),  # "Ruby - replaced by Timo"
    # "guarantor Nacho Hutasoit": the payer of the bill without a colon
    (r"\b(?:guarantor|subscriber|policy ?holder)[ \t]+(?=[A-Z][^\W\d_])", entities.PERSON, "title"),
    # staffing boards and hand-offs: "Charge (7a-7p): Vasana", "Float: Obinna Adebayo", "Call-outs: Kurnia",
    # "Oncoming: Kia Chang"; "Charge Nafees." ends a hand-off line. Aides are no clinicians: "CNA Adekola".
    (r"\b(?:charge|float|relief|oncoming|off-?going)(?:[ \t]+(?:rn|nurse))?[ \t]*(?:\([^()\n]{1,15}\))?[ \t]*:[ \t]*"
     r"(?=[A-Z][^\W\d_]+(?![^\W\d_])(?![ \t]*\d))",
     entities.PROVIDER, "title"),
    (r"\bcall-?outs?[ \t]*:[ \t]*(?=[A-Z])", entities.PROVIDER, "title"),
    (r"(?<=[.;] )charge(?:[ \t]+(?:rn|nurse))?[ \t]+(?=[A-Z][^\W\d_]+[ \t]*(?:[.;]|\n|$))", entities.PROVIDER, "title"),
    (r"\b(?-i:CNA|PCT|LNA|STNA)[ \t]+(?=[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+)?(?:[ \t]{2,}|[ \t]*[,;|]|[ \t]+\d|[ \t]*\n|$))",
     entities.PERSON, "title"),
    # clergy and chaplains by title: "Fr. Tadeusz stopped by", "Rabbi Feldman", "Pastor Ruth"
    # ("Rev" alone is billing's revenue: "Rev code 0450")
    (r"\b(?:(?:fr|rev|revd)\.|reverend|pastor|rabbi|imam|chaplain|deacon)[ \t]+(?=[A-Z])", entities.PERSON, "title"),
    # a room board row names its patient first: "rm 12 - asfaw - chf", "Bed 4: Okafor"
    (ROOM_ROW, entities.PERSON, "chat"),
    (ROOM_ROW, entities.PERSON, "title"),
    (r"\b(?:thanks|thank you|thx|ty)[ \t]+(?=[a-z][^\W\d_]+[ \t]*[!.]*[ \t]*(?:\n|$))", entities.PERSON, "chat"),
    (r"\b(?:patient|pt|dear|spoke with|spoke to|speaking with|discussed with|called|informed|contacted|"
     r"accompanied by|brought in by|visited by|contact)[ \t]+(?=[A-Z])", entities.PERSON, "title"),
    (r"\b(?:pt|patient)(?:[ \t]+|[ \t]*=[ \t]*)(?=[a-z])", entities.PERSON, "chat"),
    (r"\b(?:mr|mrs|ms|miss|mx|dona|doña|sra|señora|senora|señor|senor)\.?[ \t]+", entities.PERSON, "any"),
    (r"(?:thank you|thanks|regards|sincerely|respectfully|cordially|best)[ \t]*,?(?:[ \t]*\n){1,2}[ \t]*", entities.PERSON, "title"),
    (r"\b(?:thanks|thank you|thx|ty|regards|cheers)[ \t]*,[ \t]*(?=[^\W\d_]+(?:\.? [^\W\d_]+\.?){0,3}[ \t]*$)", entities.PERSON,
     "title"),  # "thanks, Upkaar W. Bawa" ending a line
    # chat: "he says susan fell", "talked to sylwia von sokolov", "same pt, j de wolde, dob ..."
    (r"\b(?:says|said|talked to|talked with|spoke with|spoke to)[ \t]+(?=[a-z])", entities.PERSON, "chat"),
    (r"\b(?:same|new|next|another|this|that|other)[ \t]+(?:pt|patient)[ \t]*[,:][ \t]*(?=[a-z])", entities.PERSON, "chat"),
    (r"(?:^|(?<=\n))[ \t]*(?:hi|hey|hello)[ \t]+(?=[a-z])", entities.PERSON, "chat"),  # greetings: "hey sarah can u"
    (r"(?:^|(?<=\n))[ \t]*(?:hi|hey|hello|good (?:morning|afternoon|evening))[ \t]*,?[ \t]+(?=[A-Z])", entities.PERSON,
     "title"),  # "Good morning, Kourosh!"
    (r"\b(?:dr|doctor)\.?[ \t]+", entities.PROVIDER, "any"),
    (r"\b(?:surgeon|assistant|assistant surgeon|attending|attending physician|anesthesiologist|pcp|"
     r"referring(?: physician| provider)?|ordering(?: physician| provider)?|physician|provider|dictated by|"
     r"(?:electronically )?signed(?: by)?|co-?signed by|seen by|reviewed by|interpreted by|read by|radiologist|"
     r"pathologist|consultant|consulting|primary nurse|nurse|cc)[ \t]*:?[ \t]*(?:(?:dr|doctor)\.?[ \t]+)?",
     entities.PROVIDER, "title"),
]
BEFORE = [(re.compile(rx, re.I), entity, mode) for rx, entity, mode in BEFORE]
# A consult or referral letter, whose writer is a clinician, and the closing before its signature.
CONSULT_LETTER = ("thank you for seeing", "thank you for referring", "thank you for the referral", "in consultation",
                  "i have followed", "mutual patient")  # looked for in the lower-cased text
CLOSING = re.compile(r"^[ \t]*(?:thank you|thanks|warm regards|kind regards|best regards|regards|sincerely|respectfully|"
                     r"cordially|best)[ \t]*,?[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:(?:dr|doctor)\.?[ \t]+)?", re.I | re.M)
# "Follow-up: Dr. Ruiz in 1 wk; Ana Ruiz, May 2": each item names a clinician.
FOLLOW_UP = re.compile(r"^[ \t]*(?:follow[- ]?up(?: with)?|f/u(?: with)?)[ \t]*:[ \t]*", re.I | re.M)
FOLLOW_UP_ITEM = re.compile(r"(?:^|(?<=:)|(?<=;)|(?<=\band))[ \t]*(?:(?:dr|doctor)\.?[ \t]+)?", re.I)
# A physician's answer to a query, signed at the line end: "Responded: agree - N. Eze", "Response: yes - A. Tutu".
RESPONDER = re.compile(r"\b(?:[Rr]esponded|[Rr]esponse|RESPONSE)\b[^\n]{0,40}?[ \t][-–—][ \t]*(?:(?:Dr|DR)\.?[ \t]+)?"
                       r"(?P<name>(?:[A-Z]\.[ \t]?)?(?P<last>[A-Z][^\W\d_]+(?:['’-][A-Z][^\W\d_]+)?))\.?[ \t]*(?=\n|$)")
# "note for Daghfal Yafir (DOB ...": a name right before an identifying parenthesis.
# "Maria Lopez, a 67-year-old" / "Maria Lopez (DOB ...": a name right before an age or an identifier.
BEFORE_AGE = re.compile(r"(?:^|(?<=[\s(]))(?P<name>[^\W\d_](?:[^\W\d_]|['’-])+(?: (?!is )[^\W\d_](?:[^\W\d_]|['’.-])*){1,3})"
                         r"(?:,? (?:is )?(?:a |an )?\d{1,3}[- ]?(?:year|yo\b|y/o|y\.o\.|yr)|[ \t]*\((?:dob|DOB|MRN|mrn)\b)")
ONE_BEFORE_AGE = re.compile(r"(?:^|(?<=[\s(]))(?P<name>[A-ZÀ-Þ][^\W\d_'’-]+)(?=,? (?:is )?(?:a |an )?\d{1,3}[- ]?"
                             r"(?:year|yo\b|y/o|y\.o\.|yr))")
FOR_DOB = re.compile(r"\b(?:for|of|re)[ \t]+(?=[^\W\d_]+(?:[ \t]+[^\W\d_.]+){0,3}[ \t]*(?:\((?:dob|mrn|age|\d)|,[ \t]*(?:age|dob|mrn)\b))", re.I)
RELATIONS = r"daughter|son|wife|husband|mother|father|sister|brother|spouse|partner|niece|nephew|friend|neighbou?r|caregiver"
# "grace frost (daughter)": a relation in parentheses vouches for the words before it, in any case.
RELATION_PAREN = re.compile(rf" \((?:(?:the|her|his|pt'?s) )?(?:{RELATIONS})\)", re.I)
# the words before the bracket, found from the bracket backwards (scanning every word start forwards was slow)
NAME_TAIL = re.compile(r"(?P<name>[^\W\d_](?:[^\W\d_]|['’-])*(?: [^\W\d_](?:[^\W\d_]|['’-])*){0,2})$")


class RelationAfter:
    """finditer() over names right before a relation in brackets, like a compiled pattern would give."""

    @staticmethod
    def finditer(text: str):
        for p in RELATION_PAREN.finditer(text):
            m = NAME_TAIL.search(text, max(0, p.start() - 80), p.start())
            if m:
                yield m


RELATION_AFTER = RelationAfter()
# "Good morning, Tesfaye! Doyinsola here, the pump ...": the writer of a message naming themself.
HERE_INTRO = re.compile(r"(?:^|(?<=[!.?] )|(?<=\n))(?P<name>[A-ZÀ-Þ][^\W\d_'’-]+(?:-[A-Z][^\W\d_'’]+)?)(?= here[,.!:])")
# "Pt Obinna (bed 28B) on Coumadin; Adetoun at bedside til 2100": one word right before "at bedside".
AT_BEDSIDE = re.compile(r"(?:^|(?<=[;,.(] )|(?<=\n))(?P<name>[A-ZÀ-Þ][^\W\d_'’-]+(?:-[A-Z][^\W\d_'’]+)?)"
                        r"(?= (?:is |was |remains |stayed |stays )?at (?:the )?bedside\b)")
# "do kebede's note": a possessive on a record noun.
POSSESSIVE = re.compile(r"\b(?P<name>[^\W\d_](?:[^\W\d_]|['’-])+)['’]s (?:note|notes|chart|visit|claim|labs|record|records|"
                         r"case|encounter|denial|discharge|admission|bill|account|results|op note|h&p)\b", re.I)
# "LAST, FIRST M." after a line start, a dash, a label or a title line: one of the strongest shapes there is.
LAST_FIRST = re.compile(r"(?:^|(?<= - )|(?<=: )|(?<=patient )|(?<=Patient )|(?<=\| )|(?<=  )|(?<=\t))(?P<name>(?:(?:(?i:van|von|de|del|della|der|den|di|da|dos|das|do|du|los|las|le|la|ter|ten|dela)|st\.?|[^\W\d_](?:[^\W\d_]|['’-])*) )*"
                         r"[^\W\d_](?:[^\W\d_]|['’-])+, (?:[^\W\d_](?:[^\W\d_]|['’-])+(?: [^\W\d_](?:[^\W\d_]|['’-])+)?(?: [^\W\d_]\.?)?"
                         r"|[A-Z](?=\.|[ \t]{2,}|\t)))"
                         r"(?=\.?(?:[ \t]{2,}|[ \t]+[-–][ \t]|[ \t]*\(|[ \t]*\n|[ \t]*$|, \d|[ \t]+(?:DOB|MRN|Age|Acct)\b|[ \t]+\||"
                         r",[ \t]*(?:dob|DOB|MRN|MR No|MR#|Age|age|Acct|acct)\b))", re.M)
# A name alone in a table cell: two or more spaces on each side ("E07278223  Yusuke Yoshida  Feb. 11").
PARTICLE_RX = r"(?:van|von|de|del|della|der|den|da|di|dos|du|la|le|bin|ibn|al|el|ten|ter|mac|dela)"
# A cell may also hold "Surname I" ("Domzal M") or start with a particle ("ten Yilmaz W"); "| Grace Sang |" too.
CELL = re.compile(rf"(?:(?<=\S {{2}})|(?<=\S {{3}})|(?<=\S {{4}})|(?<=\| ))(?P<name>(?:{PARTICLE_RX} ){{0,2}}"
                   r"[^\W\d_](?:[^\W\d_]|['’-])+(?:(?: [^\W\d_](?:[^\W\d_]|['’-])+){1,2}(?: [A-Z]\.?)?| [A-Z]\.?))"
                   r"(?= {2,}\S| \|)")
CLINICIAN = r"MD|M\.D\.|DO|NP|PA-C|PA|RN|CRNA|CNM|DPM|DDS|FNP-BC|FNP|APRN|LPN|MBBS|PharmD|PhD|DNP|ARNP"
CODER = r"CPC|CCS|CCS-P|RHIT|RHIA|CDIP|CRC|COC|CMA|RMA"  # coders and medical assistants: PERSON
STAFF = r"CST|EMT|RRT|PCT|CNA|LNA|STNA|MA|CWOCN|WOCN"  # technicians and aides: credentials, never names
NOT_NAMES = rf"{CLINICIAN}|{CODER}|{STAFF}|DEA|NPI|MRN|DOB|SSN|ID|MR|FIN|CSN|HAR|NOK|PCP|ICD|CPT|DRG|AMA|CNTL|PCN|TCN|ICN|EOB"
CREDENTIAL = re.compile(rf",?[ \t]+(?:({CLINICIAN})|({CODER}))\b")
# A "LAST, FIRST [M]" header at the start of a line, followed by a gap, a date or the line's end.
HEADER = re.compile(r"(?m)^[ \t]*(?P<name>[^\W\d_](?:[^\W\d_]|['’-])+(?: [^\W\d_](?:[^\W\d_]|['’-])+)?, [^\W\d_](?:[^\W\d_]|['’-])+"
                     r"(?: [^\W\d_]\.?)?)(?= {2,}|\t|\s+\d| -|\s*$)")
CAPS_PAIR = re.compile(r"\b(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’-]+, [A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?: [A-Z]\.?)?)\b")
# Verbs only people take: "Troponin was 0.04" and "Lipase has been held" must not make a name.
VERBS = ("underwent", "tolerated", "reports", "reported", "denies", "denied",
          "presented", "presents", "states", "stated", "remains", "remained", "developed", "received",
          "returned", "arrived", "ambulated", "complains", "complained",
          "connected", "called", "consented", "agreed", "declined", "refused", "requested", "verbalized",
          "voiced", "expressed", "understands", "understood", "appears", "appeared", "continues", "feels",
          "resting", "slept", "ate", "walked", "left")
SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>[^\W\d_](?:[^\W\d_]|['’-])+(?: [^\W\d_](?:[^\W\d_]|['’-])+){0,2})"
                      r"(?= (?:" + "|".join(VERBS) + r")\b)", re.M)
# Two or three capitalised words that no dictionary, clinical list or gazetteer knows: "Thabisile Mangena".
UNKNOWN_RUN = re.compile(rf"(?<![\w'’-])(?P<name>[A-ZÀ-Þ](?:[^\W\d_]|['’-])+(?: (?:{PARTICLE_RX} ){{0,2}}[A-ZÀ-Þ](?:[^\W\d_]|['’-])+){{1,2}})"
                          r"(?![\w'’-])")
# chat: "nvm found it - pineda-salas, francisco was seen": a lowercase "last, first" as a subject
LOWER_LAST_FIRST = re.compile(r"(?:^|(?<=- )|(?<=\n))(?P<name>[a-z]{2,}(?:-[a-z]{2,})?, [a-z]{2,})(?= (?:was|is|has|had|got)\b)")
MAX_WORDS = 4
# Words of a form's name label ("Name (Last, First MI):"), never a name right after the label.
FORM_WORDS = frozenset("last first middle mi given family surname full legal preferred".split()) | FORM_VALUES
# Chat shorthand that name lists also hold ("Ok", "Ty"): never a lowercase name in chat.
# (with clinical shorthand in no dictionary: "PT eval", "pt recs", "dispo")
CHAT_WORDS = frozenset("ok okay thx ty pls plz np lol idk btw fyi asap tbh imo nvm yep yup nope hmm auth precert "
                       "eval evals reeval recs dispo".split())




def has_lower_line(text: str, pos: int) -> bool:
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    return any(c.islower() for c in text[start:end if end >= 0 else len(text)])
