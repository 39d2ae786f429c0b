"""Development-corpus clinical notes. Each function returns a template string for one document."""

from __future__ import annotations


def discharge_summary(x) -> str:
    hdr = x.pick((
        "DISCHARGE SUMMARY\nPatient: {pt:caps_last_first}    MRN: {mrn}    DOB: {dob}\n",
        "DISCHARGE SUMMARY\n{pt:last_first}  {ssn:l}  {dob}\nAddress: {addr}\n",
        "Discharge Summary - {facility}\nName: {pt:last_first_mi}  {mrn:l}  {acct:l}\nDOB {dob}  Sex: F\n",
        "{facility}\n{addr}\nDISCHARGE SUMMARY\nPATIENT NAME: {pt:caps_full}\nMED REC NO: {mrn}  FIN: {acct}\n",
    ))
    return hdr + x.pick((
        "Admission Date: {date}\nDischarge Date: {date}\nAttending: {dr}\nPCP: {dr2}\n\n",
        "Admitted {date} - discharged {date:month_dth}. Attending physician {dr:dr_full}.\n\n",
    )) + x.pick((
        "HOSPITAL COURSE: {pt:title_last} is a {age}-year-old with {eponym} and T2DM ({icd}) admitted for "
        "CHF exacerbation ({icd}). Diuresed with {drug} {dose} IV. {vitals}. Labs notable for {lab}, {lab}. "
        "Echo showed EF 35%. {pt:first} tolerated diet by {dday}. {word} with {dr2:dr_last} in {dur}.\n",
        "HOSPITAL COURSE: {age90} female from {facility} with history of {eponym}, admitted for sepsis "
        "({icd}) secondary to UTI. {device} placed on admission. Started on {drug} then narrowed to {drug}. "
        "Daughter {rel:full} ({phone}) updated at bedside. Discharged back to SNF on {date:mon_dot_d}.\n",
        "HOSPITAL COURSE: {pt:full} underwent {eponym} workup. Procedure codes {pcs}, {pcs}. "
        "Post-op {device} removed {dur}. Discharge labs {lab}. Wife {rel:first} will drive home to "
        "{citystate}.\n",
    )) + x.pick((
        "\nDISCHARGE MEDICATIONS: {drug} {dose}, {drug} {dose}, {drug} {dose}.\n",
        "\nMeds: continue {drug} {dose} daily; stop {drug}.\n",
    )) + x.pick((
        "FOLLOW-UP: {dr2:dr_full} at {facility} on {date} at 10:30. Call {phone:l} with questions.\n",
        "Follow up with PCP {dr2:full_cred} in 1 week. Home health via {facility}, fax {fax}.\n",
        "Return precautions reviewed. Next appt {date:md} with cardiology. Portal: {pt:url}\n",
    )) + "Electronically signed by {dr:full_cred} on {date:mdY} 16:42\n"


def op_note(x) -> str:
    return x.pick((
        "OPERATIVE REPORT\nPATIENT: {pt:caps_last_first}   MR#: {mrn}   ACCT: {acct}\nDATE OF SURGERY: {date}\n",
        "Op Note - {pt:last_first_mi}  ({mrn:l})\nDate of service: {date}\nLocation: {facility}, OR 4\n",
    )) + "SURGEON: {dr}\nASSISTANT: {dr2}\nANESTHESIA: General, {dr3:dr_full}\n" + x.pick((
        "PREOPERATIVE DIAGNOSIS: Acute cholecystitis ({icd})\nPROCEDURE: Laparoscopic cholecystectomy "
        "(CPT {cpt}; ICD-10-PCS {pcs})\nFINDINGS: {eponym} positive. Gallbladder with stones.\n",
        "PREOPERATIVE DIAGNOSIS: Right knee osteoarthritis ({icd})\nPROCEDURE: Right total knee arthroplasty, "
        "{cpt}-{mod}. Implant: {udi:l}, serial {serial}.\n",
        "PROCEDURE: Dual-chamber pacemaker insertion ({cpt}). Device serial number {serial}; {udi:l}. "
        "Patient in {eponym}. {device} placed.\n",
    )) + "EBL: 50 mL. Specimens: sent to pathology, {other:l}.\n" + x.pick((
        "The patient, {pt:title_last}, tolerated the procedure well and went to PACU in stable condition. "
        "{vitals}.\n",
        "{pt:first} was extubated and taken to recovery. Family ({rel:full}) notified by phone {phone}.\n",
    )) + x.pick(("Dictated by: {dr:full_cred}  {date:mdY}  NPI {npi}\n", "Surgeon: {dr:full_cred}, {dea:l}, {lic:l}\n", "{dr:caps_cred}  NPI {npi}  {lic:l}  {date}\n"))


def ed_note(x) -> str:
    return x.pick((
        "ED PROVIDER NOTE  {facility}\n{pt:caps_last_first}  {dob}  {mrn}\nArrival: {date:mdY} 02:14 by EMS\n",
        "Emergency Department Note\nPt: {pt:last_first}, {age90}\nCSN: {enc}  Arrived {date}\n",
        "ED note for {pt:full} (DOB {dob}), MRN {mrn}, seen {date:month_dth}\n",
        "ED TRIAGE {date:mdY}\nUnidentified pt registered by {bio:l}; later identified as {pt:caps_full}\n",
    )) + x.pick((
        "CC: chest pain x2h. HPI: {age}-year-old male with {eponym} presents after syncope at home "
        "({street}, {city}). {vitals}. Troponin {lab}. EKG ({cpt}) NSR. Given {drug} {dose}.\n",
        "CC: fall. HPI: pt lives alone at {addr}. Found down by neighbor {rel:full} who called 911. "
        "Hip xray ({cpt}) with {eponym}. {vitals}.\n",
        "CC: MVC. Restrained driver, vehicle {plate:l}, {vin:l}. ID checked ({dl:l}). Police report {other:l}. "
        "CT head {cpt} negative. {lab}. {dur} of neck pain.\n",
        "CC: SOB. Hx COPD, on home O2 (supplier {facility}). {vitals}. Started {device}. "
        "ABG pH 7.28. Dx {icd}, {icd}.\n",
    )) + x.pick((
        "Dispo: admit to {dr2:dr_full}, hospitalist.\n",
        "Dispo: discharged home with {rel:title_last}; f/u {dr2:dr_last} {date:md}.\n",
        "Dispo: transfer to {facility} via {other:l}.\n",
    )) + "{dr:full_cred}, Emergency Medicine  {date:mdY}\n"


def radiology_report(x) -> str:
    return x.pick((
        "RADIOLOGY REPORT\nPatient: {pt:caps_last_first}  DOB: {dob}  MRN: {mrn}\nAccession: {other}\n",
        "{facility} Imaging\nName: {pt:last_first}   Exam date: {date}   {acct:l}\n",
    )) + "Ordering: {dr}\n" + x.pick((
        "EXAM: CT abdomen/pelvis with contrast ({cpt})\nCLINICAL HISTORY: {eponym}; RLQ pain ({icd}).\n"
        "FINDINGS: Appendix dilated to 11 mm. No free air. Small bowel normal.\n"
        "IMPRESSION: Acute appendicitis.\n",
        "EXAM: Chest 2 views ({cpt})\nCOMPARISON: {date:iso}\nFINDINGS: {device} tip in SVC. "
        "Mild cardiomegaly. No effusion.\nIMPRESSION: No acute process.\n",
        "EXAM: MRI L-spine without contrast ({cpt})\nHISTORY: {age90}, back pain {dur}.\n"
        "FINDINGS: L4-5 disc bulge. {eponym} not seen.\n",
    )) + x.pick((
        "Critical result called to {dr:dr_last} at 14:05 on {date:mdY_loose} by {dr2:full_cred}.\n",
        "Read by {dr2:full_cred} ({facility}). Workstation {ip:l}.\n",
        "Images: {url}\nRead by {dr2:full_cred}; report faxed to {fax}.\n",
        "Signed: {dr2:caps_cred}  {date}\n",
    ))


def pathology_report(x) -> str:
    return x.pick((
        "SURGICAL PATHOLOGY REPORT\nCase: {other}\nPatient: {pt:caps_last_first}  MRN: {mrn}  DOB: {dob}\n",
        "Pathology - {facility}\n{pt:last_first_mi}  Age: {age}  Collected: {date}\n",
    )) + "Submitting physician: {dr}\n" + x.pick((
        "SPECIMEN: Colon, sigmoid, biopsy (CPT {cpt} x2)\nDIAGNOSIS: Tubular adenoma. Negative for "
        "high-grade dysplasia. Code {icd}.\n",
        "SPECIMEN: Prostate needle biopsies (12 cores)\nDIAGNOSIS: Adenocarcinoma, Gleason 3+4=7; hx {eponym}. "
        "Immunostains ({cpt}) performed. Received {date:d_mon_Y}.\n",
        "AUTOPSY, {cert:l}. Death pronounced {date} at {facility}.\nSPECIMEN: Lymph node, left axillary\nDIAGNOSIS: {eponym}, nodular sclerosis type. "
        "Flow cytometry sent to {facility} ({city}).\n",
    )) + "Electronically signed out by {dr2:full_cred} on {date}.\n"


def nursing_note(x) -> str:
    return x.pick((
        "NURSING NOTE {date:mdY} 0300\n",
        "RN Progress Note - {pt:caps_last_first} - Rm 412B\n",
        "Shift note, {date:mon_d}, night shift\n",
    )) + x.pick((
        "Pt {pt:first} resting, A&O x3. {vitals}. {device} draining clear yellow urine. "
        "Pain 6/10, given {drug} {dose} per {dr:dr_last} order. {word}. Daughter {rel:first} "
        "called at 22:10 asking for update, phone {phone}.\n",
        "{age90}, F, {pt:title_last}, confused overnight. Bed alarm on. {lab} this AM, "
        "{dr:dr_full} notified. Son {rel:full} at bedside, lives in {city}. Dressing (Mepilex) c/d/i.\n",
        "Identity confirmed by palm scan ({bio:l}). Received pt from {facility} at 19:00. Belongings: glasses, phone, car keys ({plate:l}). Wristband checked against "
        "{mrn:l}. Skin intact except {eponym}. {vitals}.\n",
    )) + "- {rn}\n"
