from proxy.allowlist import AllowlistError
from proxy.allowlist_source import AllowlistSource

BASE = """endpoints:
  - name: {name}
    model: azure/gpt-4o
    policy: deidentify
    baa: {{vendor: V, reference: R, signed: 2026-01-01, expires: 2099-01-01}}
"""


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_edits_are_picked_up_and_bad_edits_keep_the_last_good_list(tmp_path):
    path = tmp_path / "allowlist.yaml"
    path.write_text(BASE.format(name="first"))
    errors: list[AllowlistError] = []
    clock = Clock()
    source = AllowlistSource(path, check_interval_s=1.0, on_reload_error=errors.append, clock=clock)
    assert list(source.current().endpoints) == ["first"]

    path.write_text(BASE.format(name="second-endpoint"))
    assert list(source.current().endpoints) == ["first"]  # not re-checked before the interval
    clock.now = 2
    assert list(source.current().endpoints) == ["second-endpoint"]

    path.write_text("endpoints: [oops")
    clock.now = 4
    assert list(source.current().endpoints) == ["second-endpoint"]
    assert len(errors) == 1 and "invalid YAML" in errors[0].reason
    clock.now = 6
    source.current()
    assert len(errors) == 1  # the same bad version is reported once

    path.write_text(BASE.format(name="third"))
    clock.now = 8
    assert list(source.current().endpoints) == ["third"]


def test_validation_failure_on_reload_keeps_last_good(tmp_path):
    path = tmp_path / "allowlist.yaml"
    path.write_text(BASE.format(name="ok"))
    clock = Clock()
    errors = []

    def validate(allowlist):
        if "bad" in allowlist.endpoints:
            raise AllowlistError(path, 2, "names an unknown policy")

    source = AllowlistSource(path, 1.0, validate=validate, on_reload_error=errors.append, clock=clock)
    path.write_text(BASE.format(name="bad"))
    clock.now = 5
    assert list(source.current().endpoints) == ["ok"]
    assert errors and "unknown policy" in str(errors[0])
