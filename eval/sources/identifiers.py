"""Identifying numbers of every Safe Harbor kind, each with the labels that usually precede it.

Values are random and invented; check digits (VIN, DEA) are computed so that a validating detector is
tested on well-formed values. Labels are text, never part of the PHI span.
"""

from __future__ import annotations

import random
import string

from eval.builder import Seg, phi, txt

D = string.digits
U = string.ascii_uppercase


def _s(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def phone_number(rng: random.Random) -> str:
    a = f"{rng.randint(2, 9)}{_s(rng, D, 2)}"
    b = f"{rng.randint(2, 9)}{_s(rng, D, 2)}"
    c = _s(rng, D, 4)
    return rng.choice((f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"{a}{b}{c}",
                       f"({a}){b}-{c}", f"1-{a}-{b}-{c}", f"{a} {b} {c}", f"+1 ({a}) {b}-{c}"))


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choice((f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"))


def mrn(rng: random.Random) -> str:
    return rng.choice((_s(rng, D, 8), "00" + _s(rng, D, 6), f"{_s(rng, D, 4)}-{_s(rng, D, 4)}",
                       "E" + _s(rng, D, 7), "M" + _s(rng, D, 8), _s(rng, D, 7), _s(rng, D, 10),
                       f"{_s(rng, D, 3)}-{_s(rng, D, 3)}-{_s(rng, D, 3)}", "MR" + _s(rng, D, 6)))


def member_id(rng: random.Random) -> str:
    return rng.choice((_s(rng, U, 3) + _s(rng, D, 9), "W" + _s(rng, D, 9), _s(rng, D, 9) + "-01",
                       "ZGP" + _s(rng, D, 11), "H" + _s(rng, D, 10), _s(rng, U, 2) + _s(rng, D, 7),
                       f"{_s(rng, U, 3)}{_s(rng, D, 6)}{_s(rng, U, 1)}{_s(rng, D, 2)}"))


def mbi(rng: random.Random) -> str:
    alpha = "".join(c for c in U if c not in "SLOIBZ")
    alnum = alpha + D
    v = (str(rng.randint(1, 9)) + rng.choice(alpha) + rng.choice(alnum) + rng.choice(D) + rng.choice(alpha)
         + rng.choice(alnum) + rng.choice(D) + rng.choice(alpha) + rng.choice(alpha) + _s(rng, D, 2))
    return v if rng.random() < 0.6 else f"{v[:4]}-{v[4:7]}-{v[7:]}"


def medicaid(rng: random.Random) -> str:
    return rng.choice((_s(rng, D, 9) + rng.choice(U), _s(rng, U, 2) + _s(rng, D, 5) + rng.choice(U),
                       "9" + _s(rng, D, 7) + rng.choice(U), _s(rng, D, 12), _s(rng, D, 10)))


def account(rng: random.Random) -> str:
    return rng.choice((_s(rng, D, 9), f"{_s(rng, D, 4)}-{_s(rng, D, 3)}-{_s(rng, D, 4)}", _s(rng, D, 7),
                       "A" + _s(rng, D, 10), _s(rng, D, 12)))


def encounter(rng: random.Random) -> str:
    return rng.choice((_s(rng, D, 10), "E" + _s(rng, D, 8), "V" + _s(rng, D, 8), _s(rng, D, 11)))


def claim(rng: random.Random) -> str:
    return rng.choice(("20" + _s(rng, D, 11), _s(rng, D, 14), f"{_s(rng, U, 2)}{_s(rng, D, 10)}",
                       f"{_s(rng, D, 5)}-{_s(rng, D, 6)}-{_s(rng, D, 2)}"))


def dea(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + rng.choice(U) + "".join(map(str, d)) + str(check)


def state_license(rng: random.Random) -> str:
    return rng.choice(("A" + _s(rng, D, 6), "MD" + _s(rng, D, 5), f"G {_s(rng, D, 5)}", _s(rng, D, 8),
                       "RN" + _s(rng, D, 7), f"{_s(rng, D, 2)}.{_s(rng, D, 6)}"))


def drivers_license(rng: random.Random) -> str:
    return rng.choice((f"{rng.choice(U)}{_s(rng, D, 3)}-{_s(rng, D, 4)}-{_s(rng, D, 4)}",
                       rng.choice(U) + _s(rng, D, 7), f"{_s(rng, D, 3)} {_s(rng, D, 3)} {_s(rng, D, 3)}",
                       rng.choice(U) + _s(rng, D, 12)))


def certificate(rng: random.Random) -> str:
    return rng.choice((f"{_s(rng, D, 3)}-{rng.randint(1990, 2025)}-{_s(rng, D, 6)}",
                       f"{rng.randint(1990, 2025)}-{_s(rng, D, 6)}", "C" + _s(rng, D, 8)))


def plate(rng: random.Random) -> str:
    return rng.choice((str(rng.randint(1, 9)) + _s(rng, U, 3) + _s(rng, D, 3), f"{_s(rng, U, 3)}-{_s(rng, D, 4)}",
                       f"{_s(rng, U, 3)} {_s(rng, D, 4)}", _s(rng, D, 3) + _s(rng, U, 3)))


def vin(rng: random.Random) -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    values = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
              **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    chars = [rng.choice(alphabet) for _ in range(17)]
    total = sum(values[c] * w for c, w in zip(chars, weights))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def serial(rng: random.Random) -> str:
    return rng.choice((_s(rng, U, 3) + _s(rng, D, 6) + rng.choice(U), f"{_s(rng, U + D, 4)}-{_s(rng, D, 5)}",
                       f"{_s(rng, U, 3)}-{_s(rng, D, 4)}-{_s(rng, U + D, 3)}", _s(rng, D, 10)))


def udi(rng: random.Random) -> str:
    gtin = "00" + _s(rng, D, 12)
    exp = f"{rng.randint(24, 30)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return rng.choice((f"(01){gtin}(17){exp}(21){_s(rng, U + D, 6)}", f"(01){gtin}(10){_s(rng, U + D, 7)}",
                       f"01{gtin}17{exp}10{_s(rng, U + D, 5)}"))


def ipv4(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return ":".join(f"{rng.randint(0, 65535):x}" for _ in range(8))
    return ".".join(str(x) for x in (rng.choice((10, 24, 68, 73, 98, 172, 192, 203)), rng.randint(0, 255),
                                     rng.randint(0, 255), rng.randint(1, 254)))


def biometric(rng: random.Random) -> str:
    return rng.choice((f"FP-{_s(rng, D, 4)}-{_s(rng, D, 3)}", "RS" + _s(rng, D, 7), f"VP-{_s(rng, D, 5)}",
                       f"{_s(rng, D, 4)}-{_s(rng, D, 4)}", _s(rng, "0123456789abcdef", 16)))


def other(rng: random.Random) -> str:
    return rng.choice((f"STU-{_s(rng, D, 4)}-{_s(rng, D, 3)}", _s(rng, D, 6), f"S{rng.randint(18, 25)}-{_s(rng, D, 5)}",
                       "RX" + _s(rng, D, 7), f"{_s(rng, U, 2)}{_s(rng, D, 6)}", _s(rng, D, 8)))


# Probe-only shapes (dashes, letters, spaces, suffixes) that the dev generators above never make.
def mrn_varied(rng: random.Random) -> str:
    return rng.choice((f"{rng.choice(U)}{_s(rng, D, 2)}-{_s(rng, D, 4)}-{rng.choice(D)}", f"{_s(rng, D, 4)} {_s(rng, D, 4)}",
                       _s(rng, U, 2) + _s(rng, D, 6), f"{_s(rng, D, 2)}-{_s(rng, D, 6)}", f"{_s(rng, D, 6)}-{rng.choice(D)}",
                       _s(rng, D, 8), _s(rng, D, 9), f"{_s(rng, U, 3)}-{_s(rng, D, 7)}", "0" + _s(rng, D, 7)))


def plan_varied(rng: random.Random) -> str:
    return rng.choice((_s(rng, D, 9) + rng.choice(U), f"{_s(rng, D, 3)}-{_s(rng, D, 2)}-{_s(rng, D, 4)}{rng.choice(U)}",
                       f"{_s(rng, U, 3)}{_s(rng, D, 9)} {_s(rng, D, 2)}", f"{rng.choice(U)}{_s(rng, D, 8)}-{_s(rng, D, 2)}",
                       f"{_s(rng, U, 2)}-{_s(rng, D, 7)}", _s(rng, D, 11), f"{_s(rng, U + D, 4)}{_s(rng, D, 6)}",
                       f"{_s(rng, D, 4)} {_s(rng, D, 4)} {_s(rng, D, 3)}"))


def group_varied(rng: random.Random) -> str:
    return rng.choice((_s(rng, D, 5), rng.choice(U) + _s(rng, D, 5), f"{_s(rng, D, 6)}-{_s(rng, D, 3)}",
                       f"{_s(rng, U, 2)}{_s(rng, D, 4)}", _s(rng, D, 7)))


def account_varied(rng: random.Random) -> str:
    return rng.choice((f"{_s(rng, D, 3)}-{_s(rng, D, 7)}", f"V{_s(rng, D, 3)}-{_s(rng, D, 5)}", _s(rng, D, 10),
                       f"{_s(rng, U, 2)}{_s(rng, D, 8)}", f"{_s(rng, D, 2)}-{_s(rng, D, 8)}", _s(rng, D, 8)))


# kind -> (entity type, value generator, labels shown before the value when a label is requested)
KINDS = {
    "phone": ("PHONE", phone_number, ("Phone: ", "Ph ", "tel ", "cell ", "Home: ", "call back # ", "Mobile: ")),
    "fax": ("FAX", phone_number, ("Fax: ", "FAX ", "fax # ", "F: ", "Fax number ")),
    "ssn": ("SSN", ssn, ("SSN: ", "SSN ", "Social Security #: ", "SS# ", "soc sec ")),
    "mrn": ("MRN", mrn, ("MRN: ", "MRN ", "MR# ", "Med Rec #: ", "Medical Record No. ", "mrn ", "Chart #: ")),
    "member": ("HEALTH_PLAN_ID", member_id, ("Member ID: ", "Member #", "Subscriber ID ", "ID# ", "Policy #: ")),
    "mbi": ("HEALTH_PLAN_ID", mbi, ("MBI: ", "MBI ", "Medicare ID: ", "Medicare # ")),
    "medicaid": ("HEALTH_PLAN_ID", medicaid, ("Medicaid ID: ", "Medicaid # ", "MCD ", "Recipient ID: ")),
    "acct": ("ACCOUNT_ID", account, ("Acct #: ", "Account: ", "Acct ", "FIN ", "HAR ", "Patient Acct No. ")),
    "enc": ("ACCOUNT_ID", encounter, ("Encounter: ", "CSN ", "Enc # ", "Visit ID: ", "Visit # ")),
    "claim": ("ACCOUNT_ID", claim, ("Claim #: ", "Claim ", "ICN ", "Claim number ", "DCN ")),
    "dea": ("LICENSE_ID", dea, ("DEA: ", "DEA # ", "DEA ")),
    "lic": ("LICENSE_ID", state_license, ("License #: ", "Lic. ", "State license ", "Lic # ")),
    "dl": ("LICENSE_ID", drivers_license, ("DL# ", "Driver's license: ", "DL ", "driver lic ")),
    "cert": ("LICENSE_ID", certificate, ("Certificate No. ", "Death cert # ", "Birth certificate ")),
    "plate": ("VEHICLE_ID", plate, ("plate ", "License plate: ", "tag # ", "lic plate ")),
    "vin": ("VEHICLE_ID", vin, ("VIN: ", "VIN ", "vehicle VIN ")),
    "serial": ("DEVICE_ID", serial, ("SN: ", "S/N ", "serial # ", "Serial No. ", "serial ")),
    "udi": ("DEVICE_ID", udi, ("UDI: ", "UDI ", "device UDI ")),
    "ip": ("IP_ADDRESS", ipv4, ("IP: ", "from IP ", "IP address ", "client ")),
    "bio": ("BIOMETRIC_ID", biometric, ("fingerprint ID ", "retinal scan ref ", "voiceprint ID ",
                                        "palm vein enrollment ", "biometric template ")),
    "other": ("OTHER_ID", other, ("Study ID: ", "employee ID ", "accession # ", "Rx # ", "badge ",
                                  "case # ", "kit ID ")),
    "mrnv": ("MRN", mrn_varied, ("MRN#", "MRN # ", "Med Rec No. ", "Medical Rec #: ", "Med. Rec. Number ",
                                 "Hosp No. ", "MR No: ", "EMR# ", "Unit No.: ", "MRN-")),
    "planv": ("HEALTH_PLAN_ID", plan_varied, ("HICN: ", "Member ID# ", "Member No. ", "Subscriber # ",
                                              "Subscriber No: ", "Policy No. ", "Ins ID: ", "Insurance ID# ",
                                              "Plan ID ", "Beneficiary ID: ", "Mbr ID ", "Medicaid No. ")),
    "groupv": ("HEALTH_PLAN_ID", group_varied, ("Grp ", "Grp#: ", "Group No. ", "Group # ", "GRP: ")),
    "acctv": ("ACCOUNT_ID", account_varied, ("Acct ", "Acct#", "Enc #", "Enc. No. ", "Visit No: ", "Pt Acct: ",
                                             "Account No. ", "HAR# ", "FIN#: ")),
}


# probe_places2 only: billing/verification/biometric shapes and labels none of the splits above use.
def account_p2(rng: random.Random) -> str:
    return rng.choice((f"{_s(rng, D, 6)}-{_s(rng, D, 2)}", "HB" + _s(rng, D, 9), "00" + _s(rng, D, 8),
                       f"{_s(rng, D, 4)} {_s(rng, D, 4)} {_s(rng, D, 2)}", "G" + _s(rng, D, 7), _s(rng, D, 11),
                       f"PCN{_s(rng, D, 8)}", f"{_s(rng, D, 5)}.{_s(rng, D, 3)}"))


def biometric_p2(rng: random.Random) -> str:
    return rng.choice((f"FPT-{_s(rng, '0123456789ABCDEF', 8)}", f"RET{_s(rng, D, 8)}", f"VPR-{_s(rng, D, 6)}",
                       f"TMPL{_s(rng, D, 6)}-{rng.choice(U)}", _s(rng, "0123456789ABCDEF", 12),
                       f"BIO-{_s(rng, D, 5)}-{rng.choice(D)}", f"IR{_s(rng, U, 2)}{_s(rng, D, 6)}",
                       f"{_s(rng, D, 3)}-{_s(rng, D, 3)}-{_s(rng, D, 3)}"))


P2_KINDS = {
    "acctp": ("ACCOUNT_ID", account_p2, ("Guarantor #: ", "Patient Control No. ", "PCN ", "Billing acct: ",
                                          "Statement Acct ", "Hospital Acct ", "Visit Acct: ", "Acct No ",
                                          "Pt. Acct. # ", "Guar Acct ", "Account Number: ", "Invoice # ")),
    "ssnp": ("SSN", ssn, ("SSN#", "Soc. Sec. No. ", "Social: ", "SS No. ", "TIN/SSN ", "Patient SSN ",
                          "Sub SSN: ", "social security number ")),
    "biop": ("BIOMETRIC_ID", biometric_p2, ("Fingerprint template: ", "Finger scan ID ", "Retina template #",
                                             "Iris code ref ", "Voice print ID: ", "Palm scan ID ",
                                             "Facial geometry ID ", "Biometric enrollment no. ",
                                             "Template ID ", "Enrolment record ")),
}
KINDS.update(P2_KINDS)


def render(kind: str, rng: random.Random, labelled: bool) -> list[Seg]:
    etype, make, labels = KINDS[kind]
    value = phi(make(rng), etype)
    return [txt(rng.choice(labels)), value] if labelled else [value]
