"""The entity types policies can name: every HIPAA Safe Harbor identifier (45 CFR 164.514(b)(2))."""

PERSON = "PERSON"  # patients, relatives, anyone who is not a provider
PROVIDER = "PROVIDER"  # clinicians named as such, separable so a policy may keep them
DATE = "DATE"  # any date more specific than a year
AGE = "AGE"  # ages over 89 only
STREET_ADDRESS = "STREET_ADDRESS"
LOCATION = "LOCATION"  # city, county, other geography smaller than a state
ZIP_CODE = "ZIP_CODE"
FACILITY = "FACILITY"  # hospitals, clinics, nursing homes
PHONE = "PHONE"
FAX = "FAX"
EMAIL = "EMAIL"
SSN = "SSN"
MRN = "MRN"
HEALTH_PLAN_ID = "HEALTH_PLAN_ID"  # member IDs, Medicare MBI, Medicaid IDs
ACCOUNT_ID = "ACCOUNT_ID"  # account, encounter, claim numbers
LICENSE_ID = "LICENSE_ID"  # certificate and licence numbers (DEA, state licence, driver's licence)
VEHICLE_ID = "VEHICLE_ID"  # plates, VINs
DEVICE_ID = "DEVICE_ID"  # device identifiers and serials, UDI
URL = "URL"
IP_ADDRESS = "IP_ADDRESS"
BIOMETRIC_ID = "BIOMETRIC_ID"
OTHER_ID = "OTHER_ID"  # any other unique identifying number, labelled or not

ALL = (
    PERSON, PROVIDER, DATE, AGE, STREET_ADDRESS, LOCATION, ZIP_CODE, FACILITY, PHONE, FAX, EMAIL,
    SSN, MRN, HEALTH_PLAN_ID, ACCOUNT_ID, LICENSE_ID, VEHICLE_ID, DEVICE_ID, URL, IP_ADDRESS,
    BIOMETRIC_ID, OTHER_ID,
)
