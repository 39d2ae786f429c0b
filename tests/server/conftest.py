import json

import openai
import pytest

from tests.support.gateway import Gateway, standin_allowlist
from tests.support.upstream import UpstreamStandIn

# Invented PHI used across the gateway tests; the leak tests grep every output for these.
PHI = {
    "name": "Chinedu Okafor",
    "surname": "Okafor",
    "dob": "03/04/1961",
    "mrn": "4471823",
    "phone": "(614) 555-0187",
}
NOTE = (f"Patient {PHI['name']}, DOB {PHI['dob']}, MRN: {PHI['mrn']}, phone {PHI['phone']}. "
        "Seen for E11.9 type 2 diabetes; office visit 99214. Mr. Okafor reports polyuria.")


@pytest.fixture(scope="session")
def upstream():
    with UpstreamStandIn() as server:
        yield server


@pytest.fixture(scope="session")
def gateway(tmp_path_factory, upstream):
    workdir = tmp_path_factory.mktemp("gateway")
    gw = Gateway(workdir, standin_allowlist(upstream.base_url),
                 env={"PHI_PROXY_UPSTREAM_TIMEOUT": "2", "PHI_PROXY_MAX_BODY_BYTES": "200000",
                      # An observability setup a hospital may have in the environment: the gateway must
                      # not start exporting spans (with request data) to it (test_zz_no_leaks).
                      "FASTAPI_OTEL_AUTO_CONFIGURE": "true", "OTEL_EXPORTER_OTLP_ENDPOINT": "http://192.0.2.1:4318",
                      "LITELLM_TELEMETRY": "True"})
    gw.keys = {"coder": gw.key("coder.alice"), "auditor": gw.key("auditor.bob", "auditor"),
               "admin": gw.key("admin.carol", "admin")}
    gw.start()
    yield gw
    gw.stop()


@pytest.fixture()
def client(gateway):
    return openai.OpenAI(base_url=gateway.base_url, api_key=gateway.keys["coder"], max_retries=0, timeout=30)


@pytest.fixture()
def audit(gateway):
    def records() -> list[dict]:
        return [json.loads(line) for line in gateway.audit_export().splitlines() if line.strip()]
    return records


@pytest.fixture(autouse=True)
def _reset_upstream(upstream):
    upstream.reply_override = None
    yield
