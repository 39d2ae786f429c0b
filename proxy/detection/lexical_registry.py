"""The lexical recognizers (names, places, facilities), for the engine's registry to include.

Each entry is a class instantiated with no arguments. Lexicons load once per process (cached).
"""

from __future__ import annotations

from proxy.detection.recognizers.cue_location_recognizer import CueLocationRecognizer
from proxy.detection.recognizers.facility_recognizer import FacilityRecognizer
from proxy.detection.recognizers.labelled_name_recognizer import LabelledNameRecognizer
from proxy.detection.recognizers.location_recognizer import LocationRecognizer
from proxy.detection.recognizers.person_name_recognizer import PersonNameRecognizer
from proxy.detection.recognizers.provider_name_recognizer import ProviderNameRecognizer
from proxy.detection.recognizers.street_address_recognizer import StreetAddressRecognizer

LEXICAL_RECOGNIZERS = [
    PersonNameRecognizer,
    ProviderNameRecognizer,
    LabelledNameRecognizer,
    StreetAddressRecognizer,
    LocationRecognizer,
    CueLocationRecognizer,
    FacilityRecognizer,
]
