"""The default recognizer set: pattern recognizers (here) plus the lexical ones (names, places)."""

from __future__ import annotations

from proxy.detection.lexical_registry import LEXICAL_RECOGNIZERS
from proxy.detection.recognizer import Recognizer
from proxy.detection.recognizers.account_recognizer import AccountIdRecognizer
from proxy.detection.recognizers.age_recognizer import AgeRecognizer
from proxy.detection.recognizers.biometric_recognizer import BiometricIdRecognizer
from proxy.detection.recognizers.date_recognizer import DateRecognizer
from proxy.detection.recognizers.device_recognizer import DeviceIdRecognizer
from proxy.detection.recognizers.email_recognizer import EmailRecognizer
from proxy.detection.recognizers.health_plan_recognizer import HealthPlanIdRecognizer
from proxy.detection.recognizers.ip_recognizer import IpAddressRecognizer
from proxy.detection.recognizers.license_recognizer import LicenseRecognizer
from proxy.detection.recognizers.mrn_recognizer import MrnRecognizer
from proxy.detection.recognizers.other_id_recognizer import OtherIdRecognizer
from proxy.detection.recognizers.phone_recognizer import PhoneRecognizer
from proxy.detection.recognizers.ssn_recognizer import SsnRecognizer
from proxy.detection.recognizers.url_recognizer import UrlRecognizer
from proxy.detection.recognizers.vehicle_recognizer import VehicleRecognizer
from proxy.detection.recognizers.x12_name_recognizer import X12NameRecognizer
from proxy.detection.recognizers.zip_recognizer import ZipCodeRecognizer


PATTERN_RECOGNIZERS = (
    DateRecognizer, AgeRecognizer, PhoneRecognizer, EmailRecognizer, SsnRecognizer, MrnRecognizer,
    HealthPlanIdRecognizer, AccountIdRecognizer, LicenseRecognizer, VehicleRecognizer, DeviceIdRecognizer,
    UrlRecognizer, IpAddressRecognizer, BiometricIdRecognizer, ZipCodeRecognizer, OtherIdRecognizer,
    X12NameRecognizer,
)


def default_recognizers() -> list[Recognizer]:
    """Fresh instances of every recognizer the gateway runs by default."""
    return [cls() for cls in (*PATTERN_RECOGNIZERS, *LEXICAL_RECOGNIZERS)]
