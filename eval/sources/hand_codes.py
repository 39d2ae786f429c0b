"""Hard negatives: medical codes and clinical language that must never be treated as PHI.

ICD-10-CM codes come from the official code set (simple_icd_10_cm); the rest are typed by hand.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def icd10cm_codes() -> tuple[str, ...]:
    import simple_icd_10_cm as cm

    return tuple(sorted(c for c in cm.get_all_codes(with_dots=True) if cm.is_leaf(c)))


ICD10PCS = ("0DTJ4ZZ", "0FT44ZZ", "02703ZZ", "0SR9019", "0SRC0J9", "3E033VJ", "5A1955Z", "0DB68ZX",
            "0W9G3ZZ", "30233N1", "027034Z", "0JH60DZ", "0QS704Z", "0HQ9XZZ", "10E0XZZ", "0UT90ZZ",
            "4A023N7", "B2111ZZ", "0BH17EZ", "02HV33Z")
CPT = ("99213", "99214", "99215", "99203", "99204", "99223", "99232", "99233", "99238", "99285",
       "99284", "99291", "93000", "36415", "71046", "71045", "80053", "85025", "45378", "43239",
       "47562", "27447", "29881", "66984", "10060", "12001", "20610", "76700", "74177", "70450",
       "96372", "90471", "90686", "99396", "81002", "82947", "83036", "84443", "93306", "33533",
       "64483", "11042", "97110", "97140", "59400", "31500", "92928", "44970", "49505", "88305",
       "88307", "88342", "73721", "72148", "78452", "93458", "36556", "51702", "94640", "99497")
CPT2 = ("3074F", "3078F", "1036F", "4040F", "3044F", "2022F", "1160F", "1159F", "3008F", "4004F")
CPT3 = ("0042T", "0075T", "0596T", "0402T", "0694T", "0101T")
PLA = ("0001U", "0037U", "0022U", "0239U", "0242U")
HCPCS = ("J1885", "G0439", "J3420", "A4253", "E0601", "J0696", "G0008", "Q4101", "L3908", "J1100",
         "J2270", "G0444", "A0428", "K0001", "E1390", "J9271", "G2211", "J7050", "A9270", "Q5101",
         "G0378", "J1644", "J2405", "A6216")
MODIFIERS = ("25", "59", "LT", "RT", "76", "91", "XU", "50", "26", "TC", "GT", "95", "GA", "KX", "JW")
LOINC = ("4548-4", "2345-7", "718-7", "2160-0", "33914-3", "14647-2", "2093-3", "6690-2", "777-3",
         "1742-6", "2951-2", "2823-3", "6301-6", "10839-9", "30934-4", "1920-8")
DRG = ("291", "292", "470", "871", "872", "193", "194", "690", "392", "683", "189", "312", "065")
REVENUE = ("0450", "0250", "0300", "0320", "0360", "0510", "0636", "0981", "0730", "0120")
POS = ("11", "21", "22", "23", "31", "02", "10", "19")

EPONYMS = ("Parkinson's disease", "Hodgkin lymphoma", "Crohn's disease", "Alzheimer's dementia",
           "Bell's palsy", "Cushing syndrome", "Addison's disease", "Graves' disease",
           "Hashimoto's thyroiditis", "Down syndrome", "Guillain-Barre syndrome", "Babinski sign",
           "Murphy's sign", "McBurney's point", "Whipple procedure", "Nissen fundoplication",
           "Colles fracture", "Barrett's esophagus", "Kaposi sarcoma", "Wilms tumor",
           "Meckel's diverticulum", "Baker's cyst", "Dupuytren's contracture", "Raynaud phenomenon",
           "Sjogren's syndrome", "Roux-en-Y gastric bypass", "Glasgow Coma Scale", "Apgar score",
           "Wolff-Parkinson-White", "Osgood-Schlatter disease", "Hirschsprung disease",
           "Kawasaki disease", "Lyme disease", "Ewing sarcoma", "Paget's disease", "Huntington disease",
           "Tinel's sign", "Phalen's test", "Homans sign", "Kernig sign", "Trendelenburg position",
           "Hartmann's procedure", "Non-Hodgkin lymphoma", "Stevens-Johnson syndrome", "Bence Jones protein",
           "Charcot foot", "Tourette syndrome", "Marfan syndrome", "Ehlers-Danlos syndrome",
           "Fowler's position", "Mallory-Weiss tear", "Zenker diverticulum", "Lisfranc injury",
           "Bankart lesion", "Gleason score", "Breslow depth", "Clark level", "Mohs surgery")
DRUGS = ("Lasix", "Eliquis", "metformin", "lisinopril", "Xarelto", "Keppra", "Zosyn", "vancomycin",
         "Norco", "Toradol", "Zofran", "heparin", "Coumadin", "Plavix", "Lipitor", "Lantus", "Humalog",
         "Ozempic", "Jardiance", "Entresto", "Protonix", "Dilaudid", "Ativan", "Haldol", "Seroquel",
         "Decadron", "Solu-Medrol", "Rocephin", "Augmentin", "Cipro", "Flagyl", "Bactrim", "Narcan",
         "Tylenol", "Motrin", "Percocet", "prednisone", "Synthroid", "Kayexalate", "Brilinta",
         "Trulicity", "Farxiga", "Humira", "Keytruda", "Neulasta", "Remicade", "Levaquin", "Eliquis")
DEVICES = ("Foley catheter", "PICC line", "Jackson-Pratt drain", "Pleur-evac", "BiPAP", "CPAP",
           "Hemovac", "Penrose drain", "Dobhoff tube", "Port-a-Cath", "Swan-Ganz catheter", "Impella",
           "wound VAC", "Hickman catheter", "Mepilex dressing", "Steri-Strips", "Ioban drape",
           "Bovie", "Yankauer", "Kerlix", "Coban wrap", "Foley")
STATES = ("Ohio", "Texas", "California", "Florida", "New York", "Illinois", "Georgia", "Michigan",
          "Arizona", "Minnesota", "Louisiana", "Oregon", "Kansas", "Iowa", "Utah", "Maine")
# Ordinary uses of words that are also names (see hand_names.WORD_GIVEN / WORD_FAMILY).
WORD_USES = ("BP rose to", "we hope to", "will follow up", "young adult", "the patient will",
             "pain rose to", "hope for recovery", "king-size bed", "long-term care", "grace period",
             "in good faith", "joy in activities", "may return", "will need", "white count",
             "brown urine", "green sputum", "little appetite", "small bowel", "stone burden",
             "sharp pain", "strong pulses", "wise to repeat", "day 3", "sweet tea", "cross-cover",
             "mark the site", "frank blood", "price transparency", "cash pay", "rich in potassium")
# probe_names4 only: more ordinary uses of words that are also names, typed for that split.
WORD_USES4 = ("will call back", "we hope so", "BP rose overnight", "young for her age", "king-size pillow",
              "rich in fiber", "moody and irritable", "frank pus", "mark the site", "will power", "may need",
              "dawn phenomenon", "brown stool", "major depression", "faith-based support", "a baker by trade",
              "long-standing", "hope for the best", "will not return", "grace period", "summer camp",
              "christian faith", "rose from 1.2", "young children at home", "bill the payer", "rich diet",
              "ruby-red drainage", "iris coloboma", "frank blood", "the will was signed")
