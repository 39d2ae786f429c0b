"""LabelledNameRecognizer: names that a label, a relation, a signature or a credential vouches for.

The lexicon-driven scanner finds names it knows; this recognizer finds the ones it does not ("PATIENT:
NUR, IDIL K", "Family (Thabisile Mangena)", "Thank you,\\nHibaaq Farah", "SEBASTIÁN CABRERA NP"), by taking
the name-shaped words that follow (or precede) strong evidence. A word that is an ordinary English or
clinical word ends the name, so "Patient: seen today" yields nothing.
"""

from __future__ import annotations

import re

from proxy.detection import entities
from proxy.detection.finding import Finding
from proxy.detection.lexicons.loader import fold, load
from proxy.detection.recognizer import Recognizer, TextView
from proxy.detection.recognizers.name_chat import chat_names
from proxy.detection.recognizers.name_cues import FORM_VALUES, NOT_AFTER_TITLE, ROLES
from proxy.detection.recognizers.name_tokens import PARTICLES as NAME_PARTICLES

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*\.?")
# Words for roles and services, which stand before credentials as often as names do ("Hospitalist MD").
ROLE_WORDS = frozenset("hospitalist intensivist resident fellow attending surgeon physician provider care primary "
                       "urgent covering consulting consult oncology cardiology neurology radiology pathology "
                       "psychiatry ortho orthopedic surgical medical medicine nursing staff charge night day "
                       "on-call oncall team service unit floor clinic hospice home health the a an per".split())
PARTICLES = NAME_PARTICLES | {"mac"}

# Evidence before a name: (regex, entity, case mode). "title" takes Capitalised or ALL CAPS words;
# "any" also lowercase ones (chat: "pt is maria lopez").
_BEFORE = [
    (r"\b(?:patient|pt|resident|client|member|insured|subscriber|guarantor|nok|next of kin|emergency contact|"
     r"caregiver|guardian|family|patient name|pt name|name|re|policy holder)[ \t]*(?:[:(#]|-\s|\.{2,}[ \t]*:?)[ \t]*",
     entities.PERSON, "title"),
    (r"\b(?:mother|father|mom|dad|spouse|wife|husband|son|daughter|sister|brother|neighbou?r|friend|grandson|"
     r"granddaughter|grandmother|grandfather|niece|nephew|aunt|uncle|partner|roommate|fianc[eé]e?)"
     r"(?:[ \t]*[:,(][ \t]*|[ \t]+(?:is[ \t]+|was[ \t]+)?)", entities.PERSON, "title"),
    (r"\b(?:pt|patient|resident)[ \t]+(?:is|named|name is)[ \t]+", entities.PERSON, "any"),
    (r"\bidentified as[ \t]+", entities.PERSON, "title"),
    (r"\b(?:patient|pt|dear|spoke with|spoke to|speaking with|discussed with|called|informed|contacted|"
     r"accompanied by|brought in by|visited by|contact)[ \t]+(?=[A-Z])", entities.PERSON, "title"),
    (r"\b(?:pt|patient)(?:[ \t]+|[ \t]*=[ \t]*)(?=[a-z])", entities.PERSON, "chat"),
    (r"\b(?:mr|mrs|ms|miss|mx)\.?[ \t]+", entities.PERSON, "any"),
    (r"(?:thank you|thanks|regards|sincerely|respectfully|cordially|best)[ \t]*,?(?:[ \t]*\n){1,2}[ \t]*", entities.PERSON, "title"),
    (r"\b(?:thanks|thank you|thx|ty|regards|cheers)[ \t]*,[ \t]*(?=[^\W\d_]+(?:\.? [^\W\d_]+\.?){0,3}[ \t]*$)", entities.PERSON,
     "title"),  # "thanks, Upkaar W. Bawa" ending a line
    # chat: "he says susan fell", "talked to sylwia von sokolov", "same pt, j de wolde, dob ..."
    (r"\b(?:says|said|talked to|talked with|spoke with|spoke to)[ \t]+(?=[a-z])", entities.PERSON, "chat"),
    (r"\b(?:same|new|next|another|this|that|other)[ \t]+(?:pt|patient)[ \t]*[,:][ \t]*(?=[a-z])", entities.PERSON, "chat"),
    (r"(?:^|(?<=\n))[ \t]*(?:hi|hey|hello)[ \t]+(?=[a-z])", entities.PERSON, "chat"),  # greetings: "hey sarah can u"
    (r"(?:^|(?<=\n))[ \t]*(?:hi|hey|hello|good morning)[ \t]+(?=[A-Z])", entities.PERSON, "title"),
    (r"\b(?:dr|doctor)\.?[ \t]+", entities.PROVIDER, "any"),
    (r"\b(?:surgeon|assistant|assistant surgeon|attending|attending physician|anesthesiologist|pcp|"
     r"referring(?: physician| provider)?|ordering(?: physician| provider)?|physician|provider|dictated by|"
     r"(?:electronically )?signed(?: by)?|co-?signed by|seen by|reviewed by|interpreted by|read by|radiologist|"
     r"pathologist|consultant|consulting|primary nurse|nurse|cc)[ \t]*:?[ \t]*(?:(?:dr|doctor)\.?[ \t]+)?",
     entities.PROVIDER, "title"),
]
_BEFORE = [(re.compile(rx, re.I), entity, mode) for rx, entity, mode in _BEFORE]
# "note for Daghfal Yafir (DOB ...": a name right before an identifying parenthesis.
# "Maria Lopez, a 67-year-old" / "Maria Lopez (DOB ...": a name right before an age or an identifier.
_BEFORE_AGE = re.compile(r"(?:^|(?<=[\s(]))(?P<name>[^\W\d_](?:[^\W\d_]|['’-])+(?: (?!is )[^\W\d_](?:[^\W\d_]|['’.-])*){1,3})"
                         r"(?:,? (?:is )?(?:a |an )?\d{1,3}[- ]?(?:year|yo\b|y/o|y\.o\.|yr)|[ \t]*\((?:dob|DOB|MRN|mrn)\b)")
_ONE_BEFORE_AGE = re.compile(r"(?:^|(?<=[\s(]))(?P<name>[A-ZÀ-Þ][^\W\d_'’-]+)(?=,? (?:is )?(?:a |an )?\d{1,3}[- ]?"
                             r"(?:year|yo\b|y/o|y\.o\.|yr))")
_FOR_DOB = re.compile(r"\b(?:for|of|re)[ \t]+(?=[^\W\d_]+(?:[ \t]+[^\W\d_.]+){0,3}[ \t]*(?:\((?:dob|mrn|age|\d)|,[ \t]*(?:age|dob|mrn)\b))", re.I)
RELATIONS = r"daughter|son|wife|husband|mother|father|sister|brother|spouse|partner|niece|nephew|friend|neighbou?r|caregiver"
# "grace frost (daughter)": a relation in parentheses vouches for the words before it, in any case.
_RELATION_PAREN = re.compile(rf" \((?:{RELATIONS})\)", re.I)
# the words before the bracket, found from the bracket backwards (scanning every word start forwards was slow)
_NAME_TAIL = re.compile(r"(?P<name>[^\W\d_](?:[^\W\d_]|['’-])*(?: [^\W\d_](?:[^\W\d_]|['’-])*){0,2})$")


class _RelationAfter:
    """finditer() over names right before a relation in brackets, like a compiled pattern would give."""

    @staticmethod
    def finditer(text: str):
        for p in _RELATION_PAREN.finditer(text):
            m = _NAME_TAIL.search(text, max(0, p.start() - 80), p.start())
            if m:
                yield m


_RELATION_AFTER = _RelationAfter()
# "do kebede's note": a possessive on a record noun.
_POSSESSIVE = re.compile(r"\b(?P<name>[^\W\d_](?:[^\W\d_]|['’-])+)['’]s (?:note|notes|chart|visit|claim|labs|record|records|"
                         r"case|encounter|denial|discharge|admission|bill|account|results|op note|h&p)\b", re.I)
# "LAST, FIRST M." after a line start, a dash, a label or a title line: one of the strongest shapes there is.
_LAST_FIRST = re.compile(r"(?:^|(?<= - )|(?<=: )|(?<=patient )|(?<=Patient )|(?<=\| )|(?<=  )|(?<=\t))(?P<name>(?:(?:van|von|de|del|della|di|da|le|la|st\.?|[^\W\d_](?:[^\W\d_]|['’-])*) )*"
                         r"[^\W\d_](?:[^\W\d_]|['’-])+, (?:[^\W\d_](?:[^\W\d_]|['’-])+(?: [^\W\d_](?:[^\W\d_]|['’-])+)?(?: [^\W\d_]\.?)?"
                         r"|[A-Z](?=\.)))"
                         r"(?=\.?(?:[ \t]{2,}|[ \t]*\(|[ \t]*\n|[ \t]*$|, \d|[ \t]+(?:DOB|MRN|Age|Acct)\b|[ \t]+\|))", re.M)
# A name alone in a table cell: two or more spaces on each side ("E07278223  Yusuke Yoshida  Feb. 11").
_PARTICLE_RX = r"(?:van|von|de|del|della|der|den|da|di|dos|du|la|le|bin|ibn|al|el|ten|ter|mac|dela)"
# A cell may also hold "Surname I" ("Domzal M") or start with a particle ("ten Yilmaz W"); "| Grace Sang |" too.
_CELL = re.compile(rf"(?:(?<=\S {{2}})|(?<=\S {{3}})|(?<=\S {{4}})|(?<=\| ))(?P<name>(?:{_PARTICLE_RX} ){{0,2}}"
                   r"[^\W\d_](?:[^\W\d_]|['’-])+(?:(?: [^\W\d_](?:[^\W\d_]|['’-])+){1,2}(?: [A-Z]\.?)?| [A-Z]\.?))"
                   r"(?= {2,}\S| \|)")
CLINICIAN = r"MD|M\.D\.|DO|NP|PA-C|PA|RN|CRNA|CNM|DPM|DDS|FNP-BC|FNP|APRN|LPN|MBBS|PharmD|PhD|DNP|ARNP"
CODER = r"CPC|CCS|CCS-P|RHIT|RHIA|CDIP|CRC|COC|CMA|RMA"  # coders and medical assistants: PERSON
STAFF = r"CST|EMT|RRT|PCT|CNA|LNA|STNA|MA|CWOCN|WOCN"  # technicians and aides: credentials, never names
NOT_NAMES = rf"{CLINICIAN}|{CODER}|{STAFF}|DEA|NPI|MRN|DOB|SSN|ID|MR|FIN|CSN|HAR|NOK|PCP|ICD|CPT|DRG"
_CREDENTIAL = re.compile(rf",?[ \t]+(?:({CLINICIAN})|({CODER}))\b")
# A "LAST, FIRST [M]" header at the start of a line, followed by a gap, a date or the line's end.
_HEADER = re.compile(r"(?m)^[ \t]*(?P<name>[^\W\d_](?:[^\W\d_]|['’-])+(?: [^\W\d_](?:[^\W\d_]|['’-])+)?, [^\W\d_](?:[^\W\d_]|['’-])+"
                     r"(?: [^\W\d_]\.?)?)(?= {2,}|\t|\s+\d| -|\s*$)")
_CAPS_PAIR = re.compile(r"\b(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’-]+, [A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?: [A-Z]\.?)?)\b")
# Verbs only people take: "Troponin was 0.04" and "Lipase has been held" must not make a name.
_VERBS = ("underwent", "tolerated", "reports", "reported", "denies", "denied",
          "presented", "presents", "states", "stated", "remains", "remained", "developed", "received",
          "returned", "arrived", "ambulated", "complains", "complained",
          "connected", "called", "consented", "agreed", "declined", "refused", "requested", "verbalized",
          "voiced", "expressed", "understands", "understood", "appears", "appeared", "continues", "feels",
          "resting", "slept", "ate", "walked", "left")
_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>[^\W\d_](?:[^\W\d_]|['’-])+(?: [^\W\d_](?:[^\W\d_]|['’-])+){0,2})"
                      r"(?= (?:" + "|".join(_VERBS) + r")\b)", re.M)
# Two or three capitalised words that no dictionary, clinical list or gazetteer knows: "Thabisile Mangena".
_UNKNOWN_RUN = re.compile(rf"(?<![\w'’-])(?P<name>[A-ZÀ-Þ](?:[^\W\d_]|['’-])+(?: (?:{_PARTICLE_RX} ){{0,2}}[A-ZÀ-Þ](?:[^\W\d_]|['’-])+){{1,2}})"
                          r"(?![\w'’-])")
# chat: "nvm found it - pineda-salas, francisco was seen": a lowercase "last, first" as a subject
_LOWER_LAST_FIRST = re.compile(r"(?:^|(?<=- )|(?<=\n))(?P<name>[a-z]{2,}(?:-[a-z]{2,})?, [a-z]{2,})(?= (?:was|is|has|had|got)\b)")
_MAX_WORDS = 4
# Words of a form's name label ("Name (Last, First MI):"), never a name right after the label.
FORM_WORDS = frozenset("last first middle mi given family surname full legal preferred".split()) | FORM_VALUES
# Chat shorthand that name lists also hold ("Ok", "Ty"): never a lowercase name in chat.
CHAT_WORDS = frozenset("ok okay thx ty pls plz np lol idk btw fyi asap tbh imo nvm yep yup nope hmm".split())


SUFFIXES = frozenset("Jr Sr II III IV".split())


def _has_lower_line(text: str, pos: int) -> bool:
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    return any(c.islower() for c in text[start:end if end >= 0 else len(text)])


class LabelledNameRecognizer(Recognizer):
    ENTITIES = (entities.PERSON, entities.PROVIDER)

    def __init__(self) -> None:
        self.lex = load()

    def analyze(self, view: TextView) -> list[Finding]:
        text, found = view.text, []
        for rx, entity, mode in _BEFORE:
            for m in rx.finditer(text):
                span = self._take(text, m.end(), mode)
                if span:
                    found.append(Finding(*span, entity, 0.85, self.name))
        for m in _FOR_DOB.finditer(text):
            span = self._take(text, m.end(), "title")
            if span:
                found.append(Finding(*span, entities.PERSON, 0.8, self.name))
        for m in _CREDENTIAL.finditer(text):
            span = self._take_back(text, m.start())
            if span:
                found.append(Finding(*span, entities.PROVIDER if m.group(1) else entities.PERSON, 0.85, self.name))
        for rx in (_HEADER, _CAPS_PAIR):
            for m in rx.finditer(text):
                parts = re.split(r"[ ,]+", m.group("name"))
                words = [fold(w) for w in parts if len(w.rstrip(".")) > 1]
                if any(re.fullmatch(NOT_NAMES, p) or (len(p) == 2 and p in self.lex.state_codes) for p in parts):
                    continue  # "Grethe Krogh, CPC": the credential pass handles it
                if words and all(self._plausible(w, strong=True) for w in words):
                    found.append(Finding(m.start("name"), m.end("name"), entities.PERSON, 0.8, self.name))
        for rx, score in ((_BEFORE_AGE, 0.75), (_LAST_FIRST, 0.8), (_RELATION_AFTER, 0.8), (_POSSESSIVE, 0.75), (_CELL, 0.6)):
            for m in rx.finditer(text):
                if rx is _BEFORE_AGE and m.group("name").islower():
                    continue  # "back pain 7-year history": lowercase before an age is prose, not a name
                start = m.start("name")
                if rx is _RELATION_AFTER:  # "also grace frost (daughter)": the longest name-like tail
                    while " " in text[start:m.end("name")] and not self._vouched(text[start:m.end("name")], False):
                        start = text.index(" ", start) + 1
                # a lowercase "last, first" only right after a label ("pt: hofer, ueli"), not "thx, got it"
                lower_ok = rx is _LAST_FIRST and text[max(0, start - 2):start] == ": "
                if self._vouched(text[start:m.end("name")], shape=rx is _LAST_FIRST, lower_ok=lower_ok):
                    found.append(Finding(start, m.end("name"), entities.PERSON, score, self.name))
        for m in _ONE_BEFORE_AGE.finditer(text):  # "HPI: Lotte is a 58 y.o.": one word that is a name and nothing else
            key = fold(m.group("name"))
            if self.lex.is_strong_name(key):  # unknown words here are often ethnonyms ("Hispanic 45 yo male")
                found.append(Finding(m.start("name"), m.end("name"), entities.PERSON, 0.7, self.name))
        for start, end in chat_names(text, self.lex):
            found.append(Finding(start, end, entities.PERSON, 0.75, self.name))
        for m in _LOWER_LAST_FIRST.finditer(text):
            if all(self._word_ok(w, "chat", strong=True) for p in m.group("name").split(", ") for w in p.split("-")):
                found.append(Finding(m.start("name"), m.end("name"), entities.PERSON, 0.75, self.name))
        for m in _UNKNOWN_RUN.finditer(text):
            found.extend(Finding(a, b, entities.PERSON, 0.55, self.name) for a, b in self._unknown_segments(text, m))
        for m in _SUBJECT.finditer(text):
            words = m.group("name").split()
            if len(words) == 1 and (len(words[0]) < 4 or not words[0][0].isupper()):
                continue  # "Msg left", "pt states": short or lowercase single words are abbreviations
            if all(self._unknown_name_word(fold(w)) for w in words):
                found.append(Finding(m.start("name"), m.end("name"), entities.PERSON, 0.6, self.name))
        return found  # second mentions: proxy.detection.coreference, for every recognizer's names

    def _unknown_segments(self, text: str, m: re.Match) -> list[tuple[int, int]]:
        """Runs of two or more words no list knows inside a capitalised run: "Seen Kaveh Wriddhish Mar 4" gives
        "Kaveh Wriddhish". Title case only, or all caps for long words in a line with lower case; a suffix
        ("Jr") or a particle may sit inside but not at the edges."""
        caps_line = _has_lower_line(text, m.start())
        out, seg = [], []
        for w in re.finditer(r"[^ ]+", m.group("name")):
            word, start = w.group(), m.start("name") + w.start()
            key = fold(word)
            title = word[1:] != word[1:].upper()
            caps = word.isupper() and len(word) >= 4 and caps_line
            if key in PARTICLES and seg:
                seg.append((start, start + len(word), False))
            elif (title or caps) and self._unknown_name_word(key):
                seg.append((start, start + len(word), True))
            else:
                out.append(seg)
                seg = []
        out.append(seg)
        spans = []
        for seg in out:
            while seg and not seg[-1][2]:
                seg.pop()  # a trailing particle
            if sum(1 for x in seg if x[2]) >= 2:
                spans.append((seg[0][0], seg[-1][1]))
        return spans

    def _vouched(self, name: str, shape: bool, lower_ok: bool = False) -> bool:
        """A "Last, First" shape needs only no clinical word; other shapes need name-like words."""
        words = [w for w in re.split(r"[ ,]+", name) if w]
        if not shape and not all(w[0].isupper() or fold(w) in PARTICLES for w in words) and not name.islower():
            return False  # mixed case is prose ("back pain"); all-lowercase is chat and stays possible
        if any(re.fullmatch(NOT_NAMES, w) or (len(w) == 2 and w.isupper() and w in self.lex.state_codes)
               for w in words):
            return False
        keys = [fold(w.rstrip(".")) for w in words if len(w.rstrip(".")) > 1 and fold(w) not in PARTICLES]
        if not keys or any(k in self.lex.hard_stop for k in keys):
            return False
        if shape:
            cases = {w[0].isupper() for w in words if fold(w.rstrip(".")) not in PARTICLES}
            return (cases == {True} or lower_ok and cases == {False}) and any(self.lex.is_name(k) or k not in self.lex.english for k in keys)  # "Hi Joanne, quick q"
        return all(self._plausible(k, strong=True) for k in keys)

    # --- taking words ---
    def _take(self, text: str, pos: int, mode: str) -> tuple[int, int] | None:
        words, end, start, cursor, capital = 0, None, None, None, False
        for m in _WORD.finditer(text, pos):
            gap = text[(cursor if cursor is not None else pos):m.start()]
            if cursor is not None and gap not in (" ", ", ") or cursor is None and m.start() != pos:
                break
            cursor = m.end()
            word = m.group(0)
            core = word.rstrip(".")
            possessive = len(core) > 3 and core[-2:] in ("'s", "’s")
            core = core[:-2] if possessive else core
            if not words and fold(core) in FORM_WORDS:
                return None  # "Name (Last, First MI):" is a form label
            if len(core) == 1 and core.isupper() and words:  # a middle initial
                end = m.end()
                continue
            if mode == "chat" and not words and start is None and len(core) == 1 and core.islower() and gap == "":
                start = m.start()  # "same pt, j de wolde": a lowercase first initial
                continue
            if fold(core) in PARTICLES and (words or start is not None):
                continue
            if text[m.end():m.end() + 2].lstrip("-/")[:1].isdigit():
                break  # "co-50", "pr-1": a code, not a name
            if mode == "any" and core.islower() and (fold(core) in NOT_AFTER_TITLE or words and fold(core) in self.lex.english
                                                      and not self.lex.is_name(fold(core))):
                break  # "dr will call back": a verb after a lowercase title; "dr kim said": English ends the name
            if capital and core.islower():
                break  # "Miss Strong records": a lowercase word after a capitalised one is prose
            if gap == ", " and words != 1:
                break
            if text.startswith(":", m.start() + len(core)):
                break  # the next label ("Signed: John Smith Date: ...")
            # The cue vouches for every word it reaches: "Dr Danielle Smith" although Smith is also an eponym;
            # after a first name, a capitalised word may be an English one ("Boluwatife T. Salami").
            later_cap = words > 0 and core[0].isupper() and fold(core) not in self.lex.hard_stop
            if not (later_cap or self._word_ok(core, mode, strong=True)):
                break
            start = m.start() if start is None else start
            end, words, capital = m.start() + len(core), words + 1, core[0].isupper()
            if words >= _MAX_WORDS or possessive:
                break  # a possessive ends the name: "Ms. Mendonca's records show A1c"
        if start is None or not words or self._role_or_phrase(text[start:end], text[end:end + 20]):
            return None
        return start, end

    def _role_or_phrase(self, name: str, after: str) -> bool:
        """ "Attending: Hospitalist", "Spoke with Case Management": roles, services and Title-case phrases."""
        keys = [fold(w.rstrip(".")) for w in name.replace(",", " ").split() if len(w.rstrip(".")) > 1]
        if any(k in ROLE_WORDS or k in ROLES for k in keys):
            return True
        nxt = re.match(r" ([A-Z][a-z]+)\b", after)
        lex = self.lex
        return len(keys) == 1 and keys[0] in lex.english and not lex.is_strong_name(keys[0]) and nxt is not None \
            and fold(nxt.group(1)) in lex.english and not lex.is_name(fold(nxt.group(1)))

    def _take_back(self, text: str, pos: int) -> tuple[int, int] | None:
        """The capitalised words right before a credential ("BOLUWATIFE SALAMI MD", "Wadi Umair, RN"). The
        credential vouches for English-looking words too, as long as one word of the run is name-like."""
        words = list(_WORD.finditer(text, max(0, pos - 80), pos))
        start, count, name_like = None, 0, False
        for m in reversed(words):
            after = text[m.end():start if start is not None else pos]
            if after.strip(" ,.") or "\n" in after:
                break
            core = m.group(0).rstrip(".")
            key = fold(core)
            if len(core) == 1 and core.isupper() or key in PARTICLES:
                start = m.start()
                continue
            if (not core[0].isupper() or key in self.lex.hard_stop or key in ROLE_WORDS
                    or re.fullmatch(NOT_NAMES, core)):
                break
            name_like = name_like or self._word_ok(core, "title", strong=True)
            start, count = m.start(), count + 1
            if count >= _MAX_WORDS - 1:
                break
        return (start, pos) if count and name_like else None

    def _word_ok(self, word: str, mode: str, strong: bool) -> bool:
        if mode == "title" and not word[0].isupper():
            return False
        if mode == "chat":
            key = fold(word)
            listed = self.lex.is_name(key) and key not in self.lex.english and len(key) >= 3
            # "pt ambulated", "pt repositioned": unknown long -ed/-ing words are verb forms, not names
            unknown = len(key) >= 4 and key not in self.lex.english and not (len(key) >= 7 and key.endswith(("ed", "ing")))
            if not word.islower() or not (listed or unknown) or key in self.lex.hard_stop or key in self.lex.soft_stop \
                    or key in CHAT_WORDS:
                return False
        if len(word) == 2 and word.isupper() and word in self.lex.state_codes:
            return False
        return self._plausible(fold(word), strong=strong)

    def _plausible(self, key: str, strong: bool) -> bool:
        lex = self.lex
        if "-" in key and all(p in lex.english for p in key.split("-")) and not all(lex.is_name(p) for p in key.split("-")):
            return False  # "Self-referred", "Auto-Release": a compound of words
        if len(key) < 2 or key in lex.hard_stop or key in lex.states:
            return False
        if key in lex.soft_stop and not strong:
            return False
        return lex.is_name(key) or key not in lex.english

    def _unknown_name_word(self, key: str) -> bool:
        lex = self.lex
        if "-" in key and all(p in lex.english for p in key.split("-")):
            return False  # "Son-in-law", "Follow-up": compounds of words
        return (len(key) >= 3 and key not in lex.english and key not in lex.hard_stop and key not in lex.soft_stop
                and key.upper() not in lex.state_codes and key not in lex.us_places)
