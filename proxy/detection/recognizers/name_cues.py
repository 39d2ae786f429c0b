"""Cue words and patterns that make a nearby word a person's name (shared by the name recognizers)."""

from __future__ import annotations

import re

# Titles directly before a name. Value: True when the title marks a clinician.
TITLES = {
    "mr": False, "mrs": False, "ms": False, "miss": False, "mx": False, "master": False,
    "dr": True, "doctor": True, "prof": True, "professor": True, "nurse": True,
    "fr": False, "reverend": False, "pastor": False, "rabbi": False, "imam": False,
    "chaplain": False, "deacon": False,
    "dona": False, "doña": False, "sra": False, "senora": False, "señora": False,  # Portuguese/Spanish courtesy titles
}

# Values a form puts where a name would go ("Guarantor: Self", "Attending: See below"): never a name after a cue.
FORM_VALUES = frozenset("self see same none unknown pending declined refused patient spouse other".split())

# Roles and services written where a name would go ("Attending: Hospitalist", "Provider: Ortho Service").
ROLES = frozenset("hospitalist hospitalists intensivist resident fellow attending surgeon physician provider service "
                  "team clinic ortho cardiology neurology radiology pathology oncology nephrology psychiatry urology "
                  "on-call oncall covering triage pharmacy nursing staff department dept unit".split())

# Words after a lowercase "dr"/"mrs" that say it was no title before a name ("dr will call", "dr note").
NOT_AFTER_TITLE = frozenset("will may can did does has had was is said says wants note notes visit office appt orders "
                            "and the for to".split())

# Credentials after a name ("Jane Doe, MD", "Smith RN", "J. Smith, PA-C") mark a clinician.
CREDENTIAL = re.compile(
    r",?\s{0,2}(?:M\.?D|D\.?O|N\.?P|R\.?N|P\.?A(?:-C)?|APRN|FNP(?:-[BC]{1,2})?|AGNP|ACNP|ANP|PNP|DNP|CNM"
    r"|CRNA|CNS|LPN|LVN|Ph\.?D|MBBS|DDS|DMD|DPM|O\.?D|PharmD|RPh|DPT|PT|OTR(?:/L)?|OT|SLP|CCC-SLP"
    r"|LCSW|LICSW|MSW|RD|RDN|RRT|CNA|FACS|FACP|FACC|MPH|MSN|BSN|NP-C|CWOCN|CWON|WOCN|CST)\b(?![-/]\w)"
)

# Hand-off cues give a shift to a person: one word after them is no destination ("transferred to Solomon").
HANDOFF_CUE = re.compile(r"(?i)\b(?:report|hand-?off|handed|handing)\b")

# Closing words before a signature: "Cheers, Laini" is a closing and its writer, not "Last, First".
SIGN_OFF_WORDS = frozenset("thanks thank cheers regards best sincerely respectfully warmly cordially".split())

# Words after a name that say the "name" is really an eponym (Graves disease, Bell's palsy).
CLINICAL_HEADS = frozenset(
    "disease diseases syndrome syndromes sign signs palsy lymphoma test tests score scale scales "
    "classification criteria procedure operation fundoplication maneuver manoeuvre reflex reflexes "
    "catheter tube tubes fracture fractures phenomenon law ulcer ulcers node nodes tumor tumour "
    "esophagus virus disorder anomaly type stage grade triad point position hernia method protocol "
    "cyst cysts ganglion gland glands canal duct cell cells body bodies line lines block incision "
    "injury lesion deformity dystrophy anemia ataxia chorea dementia thyroiditis encephalopathy "
    "neuralgia neuroma sarcoma contracture shunt pouch bag stitch suture forceps retractor clamp "
    "needle drain mask coma diet purpura granulomatosis arteritis tenosynovitis encephalitis myopathy neuropathy "
    "atrophy keratosis ring rings membrane valve".split()
)

# Labels and phrases after which a name is expected. Group "who" decides the type:
# clinician cues -> PROVIDER, everyone else -> PERSON. All matched case-insensitively.
_PERSON_CUES = (
    r"patient(?:'s)?\s+name", r"pt\.?\s+name", r"(?:legal|full|preferred|first|last)\s+name", r"name",
    r"patient", r"pt", r"resident", r"member(?:\s+name)?", r"subscriber(?:\s+name)?", r"insured",
    r"beneficiary", r"guarantor", r"claimant", r"client", r"re", r"emergency\s+contact", r"contact",
    r"next\s+of\s+kin", r"nok", r"poa", r"hcp", r"health\s*care\s+proxy", r"dear",
    r"bed\s*#?\s*\d{1,3}[a-z]?", r"(?:rm|room)\s*#?\s*\d{1,4}[a-z]?",  # census and sign-out lists: "Bed 7: ..."
    r"from",  # an e-mail's sender: "From: Vineta Āboliņa <...>" ("To:" often holds a team)
)
_PERSON_PHRASES = (
    r"(?:pt|patient)\s+(?:is|was|named)", r"(?:name|named|called|goes\s+by|known\s+as|aka)(?:\s+is)?",
    r"accompanied\s+by", r"brought\s+in\s+by", r"(?:lives|living|resides|stays|staying|stayed)\s+(?:overnight\s+)?with",
    r"per", r"guarantor", r"subscriber", r"(?:son|daughter|brother|sister|mother|father)-in-law",
    # staff who touched the record: "Registered by: Reka L.", "msg from Ana Ruiz", "escalating to ..."
    r"(?:registered|taken|entered|completed|prepared|submitted|witnessed|scheduled|received)\s+by",
    r"(?:message|msg|call|voicemail|vm|email|reply|note)\s+from", r"talked\s+(?:to|with)", r"spoke\s+w/",
    r"escalat(?:ed|ing)\s+to", r"(?:forwarded|routed|reassigned)\s+to", r"caller",
    # prose around a person: "Telephone call to X", "the family of X", "reviewed with X", "outlined by X"
    r"(?:telephone\s+call|phone\s+call|call|letter|message|instructions\s+given|education\s+provided)\s+to",
    r"(?:family|wife|husband|son|daughter|mother|father|relatives?|chart|records?)\s+of",
    r"(?:reviewed|met|updated|counsell?ed)\s+with", r"outlined\s+by",
    r"(?:his|her|their|pt's|patient's|the)\s+(?:\w+\s+)?(?:mother|father|mom|dad|wife|husband|spouse|partner|"
    r"son|daughter|sister|brother|aunt|uncle|niece|nephew|cousin|grandmother|grandfather|grandson|"
    r"granddaughter|grandma|grandpa|friend|neighbor|neighbour|roommate|boyfriend|girlfriend|fianc[eé]e?|"
    r"caregiver|guardian|sponsor|child|stepmother|stepfather|stepson|stepdaughter)",
    r"(?:mother|father|mom|dad|wife|husband|spouse|partner|son|daughter|sister|brother|aunt|uncle|niece|"
    r"nephew|cousin|grandmother|grandfather|grandson|granddaughter|caregiver|guardian)",
    r"(?:the\s+)?(?:pt|patient)", r"discussed\s+with", r"spoke\s+(?:with|to)", r"(?:family\s+)?(?:member|visitor)",
    # verbs whose object in a note is a person: "Updated Faith and Chiraz", "Gave Dawn her Bactrim", "Tell Wisly"
    r"(?:updated|informed|notified|reassured|instructed|reminded|thanked|consoled|comforted|encouraged|texted|"
    r"gave|tell|ask|remind|thank)",
    # people in roles around a patient who are not clinicians: "seen with interpreter Ahmed", "Chaplain Odalys"
    r"(?:interpreter|translator|chaplain|volunteer|caseworker|case\s+worker|landlord|pastor|priest|rabbi|imam)",
)
_PROVIDER_CUES = (
    r"attending(?:\s+(?:physician|provider|surgeon|md))?", r"surgeon", r"assistant(?:\s+surgeon)?",
    r"co-?surgeon", r"anesthesiologist", r"anesthesia", r"crna", r"pcp", r"primary\s+care(?:\s+(?:physician|provider))?",
    r"(?:referring|ordering|treating|rendering|consulting|admitting|discharging)(?:\s+(?:physician|provider|doctor|md|prov))?",
    r"provider", r"physician", r"cc", r"consultant", r"radiologist", r"pathologist", r"author",
    r"(?:case\s+manager|social\s+worker|therapist|midwife|hospitalist|intensivist|dictating\s+physician)",
)
_PROVIDER_PHRASES = (
    r"(?:seen|evaluated|examined|signed|cosigned|co-signed|dictated|transcribed|reviewed|interpreted|read|"
    r"performed|ordered|referred|authenticated|verified|attested|approved|consulted|followed|managed|"
    r"supervised|staffed|admitted|discharged)\s+by",
    r"electronically\s+signed(?:\s+by)?", r"consulted", r"paged", r"called",
    r"d/w", r"care\s+of", r"c/o\s+dr", r"(?:my|our|your|the|charge|primary)\s+nurse",
    r"report\s+(?:given\s+)?to", r"(?:hand-?off|handed\s+off|handing\s+off)\s+to",  # a nurse's shift handoff
)


def _alt(items: tuple[str, ...]) -> str:
    return "|".join(items)


# Label form: "Patient: ", "ATTENDING -", "cc: ", dot leaders "Guarantor ......". Phrase form: "seen by ", "daughter ".
CUE = re.compile(
    rf"\b(?:(?P<pl>{_alt(_PERSON_CUES)})|(?P<vl>{_alt(_PROVIDER_CUES)}))(?:\s*(?::|-{{1,2}}|#)|[ \t]*\.{{2,}}[ \t]*:?)\s*"
    rf"|\b(?:(?P<pp>{_alt(_PERSON_PHRASES)})|(?P<vp>{_alt(_PROVIDER_PHRASES)}))\s*[,:]?\s+"
)  # matched against the lower-cased text (much faster than IGNORECASE); see cue_matches()


def cue_matches(text: str, lower: str):
    """CUE matches; lower-case text is used when lower-casing kept every offset (it nearly always does)."""
    return CUE.finditer(lower if len(lower) == len(text) else text.lower())

# A signature line: "- Ejaz Waahid" or "— J. Smith" alone at the end of a note.
SIGNATURE = re.compile(r"(?m)^[ \t]*(?:[-–—~]|--)[ \t]*(?=[A-Z])")
# ... or followed by a short role in brackets at the line end: "-Sevla (SW)", "- Ana Ruiz (Chaplain)"
SIGNATURE_ROLE = re.compile(r"[ \t]+\((?:[A-Z]{2,5}|[A-Z][a-z]{2,11})\)[ \t]*(?:\n|$)")

# --- sentence-level evidence (see name_context) ---
# Verbs that only a person takes as subject in a note: "Wriddhish tolerated diet", "Hunter denies pain".
# ("returned", "noted", "continues" are left out: "Troponin returned elevated", "Rales noted".)
PERSON_VERB = re.compile(
    r"[ \t]+(?:tolerated|tolerates|denies|denied|endorses|endorsed|reports|reported|complains|complained|"
    r"ambulated|ambulates|states|stated|verbalized|verbalizes|verbalised|voiced|agreed|agrees|consented|"
    r"declined|declines|refused|refuses|underwent|presented|presents|arrived|slept|voided|walked|"
    r"understands|understood|wishes|wants|wanted|prefers|lives|smokes|asked|expressed|requested|requests|says|said|"
    r"watched|visited|hasn't|doesn't|isn't|wasn't|"
    r"admits|describes|described|participated|received|connected|called\s+(?:about|asking|re\b|regarding|to\s+ask)|"
    r"matched\s+by|checked\s+in\s+(?:at|for|via|by)|"
    r"(?:was|is|has\s+been|had\s+been)\s+(?:extubated|intubated|admitted|discharged|transferred|seen|examined|"
    r"alert|awake|oriented|sleeping|resting|ambulating|tearful|anxious|agitated|confused|pleasant|cooperative|"
    r"counseled|counselled|educated|instructed|informed|updated|afebrile|comfortable|lethargic|somnolent|born|"
    r"married|widowed|agreeable|(?:a|an)\s+\d{1,3}[- ]?(?:year|yo\b|y/?o\b)))\b"
)
# Verbs any subject takes ("Troponin was 0.04"): a subject only when it is a listed name and nothing else.
WEAK_VERB = re.compile(r"[ \t]+(?:was|is|has|had|will|remains|continues|returned|came|became|needs|did)\b")
# A relation in brackets after one or more names: "Rungo and Birte (parents)", "Ana Ruiz (daughter)".
RELATION_PARENS = re.compile(
    r"[ \t]*\((?:the\s+|her\s+|his\s+|pt'?s\s+)?(?:parents?|mother|father|mom|dad|wife|husband|spouse|partner|sons?|"
    r"daughters?|sisters?|brothers?|children|kids|grandparents|aunt|uncle|niece|nephew|cousin|friend|"
    r"neighbou?r|roommate|caregiver|guardian|grandmother|grandfather|grandson|granddaughter|fianc[eé]e?|"
    r"stepmother|stepfather|boyfriend|girlfriend|poa|hcp|hcpoa|dpoa|surrogate|nok|emergency\s+contact)\b[^)\n]{0,20}\)")
# A role only a person holds, after "as" or "is": "Pt identifies Ana Ruiz as surrogate decision maker",
# "Comfort Obasanjo is emergency contact", "Iris Juma is the legal guardian".
SURROGATE_AS = re.compile(r"[ \t]+(?:as|is|remains)[ \t]+(?:(?:her|his|their|the|pt'?s|patient'?s)[ \t]+)?(?:legal[ \t]+)?"
                          r"(?:surrogate|hcpoa|dpoa|poa|health\s*care\s+(?:proxy|agent)|medical\s+decision|decision\s+maker|"
                          r"emergency\s+contact|guardian|guarantor|next\s+of\s+kin)\b")
# Nouns a person's name owns in coder text: "thibaut's stay", "Wriddhish's labs".
RECORD_NOUNS = re.compile(
    r"(?<=[^\W\d_])['’]s[ \t]+(?:note|notes|chart|claim|claims|stay|visit|visits|labs|lab|record|records|case|"
    r"encounter|denial|discharge|admission|bill|account|results|result|h&p|appointment|appt|file|meds|"
    r"medications|insurance|eob|auth|authorization|surgery|procedure|mri|ct|biopsy|pathology|dx|diagnosis|"
    r"codes|dos|referral|appeal|dob|mrn|wife|husband|son|daughter|mother|father|mom|dad|family)\b")
# The three patterns above and below are matched against the lower-cased text.
# Cues that open a list of people: every name-like run up to the line end is a name. Group "cc": clinicians.
LIST_CUE = re.compile(
    r"(?:\b(?:family(?:\s+members?)?|nok|next\s+of\s+kin|emergency\s+contacts?|contacts?|visitors?|relatives|"
    r"parents|children|siblings|at\s+bedside|(?P<cc>cc|copies\s+to|care\s+team))[ \t]*(?::|-{1,2}|\()[ \t]*)")
