"""HELD-OUT clinical notes, written separately from dev_notes.py with different layouts and phrasing.
Detector authors must not read this file."""

from __future__ import annotations


def discharge_summary(x) -> str:
    return x.pick((
        "{facility} -- Inpatient Discharge\n{pt:last_first}   (MR {mrn})   born {dob}\n",
        "PT NAME: {pt:caps_last_first}\nDATE OF BIRTH: {dob}\nHOSP ACCT: {acct}\n",
        "Summary of hospitalization for {pt:full_mi}, {age90}, MRN# {mrn}\n",
    )) + x.pick((
        "Admitted: {date}   Discharged: {date}   LOS 4d\nDischarging provider: {dr}\n",
        "Dates of stay {date:mdY} through {date:mdY}. Primary team: {dr:dr_full} / {dr2:dr_full}.\n",
    )) + x.pick((
        "\nBRIEF HPI / COURSE\n{pt:title_last} came in from home ({street}, {city}) with worsening dyspnea. "
        "Treated for {eponym} flare with {drug} {dose} and {drug}. {vitals} at discharge. Final dx "
        "{icd}; secondary {icd}. Her granddaughter {rel:full} ({rel:email}) is the contact.\n",
        "\nCOURSE: Elderly man ({age90}) with {eponym}, {device} in place since {date:month_Y}. Hospital day 2 "
        "he developed AKI ({lab}). Nephrology ({dr2:dr_last}) consulted. {word} on {dday}.\n",
        "\nCOURSE: Admitted after fall at {facility}; hip fracture ({icd}) repaired ({pcs}). Pain controlled "
        "on {drug} {dose}. PT/OT cleared. Brother {rel:first} {rel:last} to pick up; his cell {phone}.\n",
    )) + x.pick((
        "Disposition: home w/ services. Home health agency fax: {fax}.\n",
        "Dispo: SNF - {facility}, {citystate} {zip}.\n",
        "Appointments: {dr2:dr_last} clinic {date:dth_of_month}; labs {date:mon_d}.\n",
    )) + "-- {dr:caps_cred} (e-signed {date})\n"


def op_note(x) -> str:
    return x.pick((
        "BRIEF OP NOTE {date}\nPt {pt:last_first_mi} | {mrn:l} | {enc:l}\n",
        "Procedure Note\n{pt:caps_full}   DOB {dob}   Surgery date {date:month_dth_Y}\n",
    )) + "Primary surgeon: {dr}   First assist: {pa}\n" + x.pick((
        "Procedure performed: Laparoscopic appendectomy ({cpt}; PCS {pcs}). Indication: {icd}.\n"
        "Drains: {device}. Blood loss minimal.\n",
        "Procedure: Revision of {eponym}, with hardware removal ({cpt}-{mod}). Explanted device {serial:l}, "
        "replaced with {udi}.\n",
        "Procedure: Cardioversion ({cpt}) for AF. Pre {vitals}. Post {vitals}. Pt has {eponym}.\n",
    )) + x.pick((
        "Patient left the OR awake; spoke with husband {rel:full_mi} afterwards.\n",
        "Specimen {other:l} to path. {pt:first} stable.\n",
    )) + x.pick(("{dr:full_cred} / DEA {dea} / NPI {npi}\n", "Attested: {dr:last_first_cred} {date:d_month}\n"))


def ed_note(x) -> str:
    return x.pick((
        "EMERGENCY MEDICINE NOTE\n{pt:full}  Age {age90}  MR {mrn}\n",
        "ED Course - {facility}\nPatient name: {pt:last_first}\nArrived {date:compact} 23:40 via private vehicle\n",
        "Triage: {pt:caps_last_first} ({dob}) brought by daughter {rel:full}\n",
    )) + x.pick((
        "Presenting complaint: abdominal pain {dur}. Exam: {eponym} positive. {vitals}. Labs: {lab}. "
        "CT ({cpt}) ordered.\n",
        "Presenting complaint: dog bite at neighbor's home, {street}. Tdap given ({cpt}, {cpt}). Animal control "
        "case {other}. Wound closure {cpt}.\n",
        "Presenting complaint: overdose. {drug} {dose} given. Pt's car ({vin:l}) found at {county} rest stop. "
        "Poison control notified.\n",
        "Presenting complaint: syncope while driving; plate {plate} per EMS. {vitals}. Hx {eponym}.\n",
    )) + x.pick((
        "Impression: {icd}. Discharged, f/u with {dr2:dr_last} in 2-3 days.\n",
        "Admit to hospitalist {dr2:full_cred}. Bed request placed {date:md}.\n",
    )) + "Signed {dr:dr_full}\n"


def radiology_report(x) -> str:
    return x.pick((
        "IMAGING REPORT  {facility}\n{pt:caps_last_first}  {mrn}  {dob}\n",
        "Exam for: {pt:full} | MRN {mrn} | ordered by {dr:dr_last}\n",
    )) + x.pick((
        "Procedure: US abdomen complete ({cpt}). Indication: elevated LFTs, {icd}. Findings: gallstones, "
        "positive sonographic {eponym}. No ductal dilation.\n",
        "Procedure: CTA chest ({cpt}). Prior: {date:dotted}. Findings: no PE. {device} in right IJ.\n",
        "Procedure: DEXA ({cpt}). {age90} F. T-score -2.9. Prior study outside at {facility} {date:month_Y}.\n",
    )) + x.pick((
        "Results discussed with {dr2:dr_full} by phone at 09:12 on {date}.\n",
        "Interpreting radiologist: {dr2:full_cred}. PACS: {url}\n",
        "Remote read by {dr2:full_cred} (VPN {ip}). Viewer: {url}\n",
        "Report faxed to {fax:l} on {date:mon_d_apos_y}.\n",
    ))


def pathology_report(x) -> str:
    return x.pick((
        "PATHOLOGY CONSULTATION\nAccession {other}   Received {date}\nName {pt:last_first}   Record {mrn}\n",
        "Cytology - {pt:caps_last_first} - {dob}\nSubmitted from {facility}, {city}\n",
    )) + x.pick((
        "Clinical info: {eponym}, r/o recurrence. Specimen: skin, left forearm, shave ({cpt}).\n"
        "Final diagnosis: Basal cell carcinoma, margins clear. {icd}.\n",
        "Clinical info: breast mass. Specimen: core biopsy x3 ({cpt}, {cpt}). Final: Invasive ductal carcinoma. "
        "ER/PR positive ({cpt}).\n",
        "Clinical info: {age90} with ascites. Fluid cytology: negative for malignancy. Cell block ({cpt}).\n",
    )) + "Pathologist: {dr2:full_cred}   Date signed: {date:mdY}\n"


def nursing_note(x) -> str:
    return x.pick((
        "Nursing narrative {date:mon_d} 1400:\n",
        "RN note ({facility}, 3 West) - {pt:last_first}\n",
    )) + x.pick((
        "Patient ambulated in hall with walker. {vitals}. Tolerating diet. Husband {rel:first} visited, "
        "asked that updates go to his cell {phone}. {device} care done.\n",
        "{pt:title_last} c/o nausea; {drug} {dose} given. Repeat {lab}. Paged {dr:dr_last} x2. Pt's car {plate:l} moved by security. "
        "Meds scanned after fingerprint check {bio}.\n",
        "Admission database: lives at {addr}, with son {rel:full}. Advance directive on file, {cert:l}.\n",
    )) + x.pick(("{rn}\n", "Signed {rn:full_rn}\n"))


def h_and_p(x) -> str:
    return ("HISTORY AND PHYSICAL\n" + x.pick((
        "{pt:full} is a {age}-year-old seen {date:dth_of_month} at {facility}.\n",
        "Patient: {pt:last_first_mi} / {mrn} / DOB {dob:dotted}\n",
    )) + "PMH: {eponym}, HTN, T2DM ({icd}). Meds: {drug} {dose}, {drug} {dose}.\n"
        "Social: lives in {city} ({county}), former smoker, quit {year}. Works as a driver, {dl:l}.\n"
        + x.pick(("Exam: {vitals}. {eponym} negative.\n", "Exam: {vitals}. Lungs clear.\n"))
        + "Plan: admit, {drug}, consult {dr2:dr_full}.\n{dr:full_cred}\n")
