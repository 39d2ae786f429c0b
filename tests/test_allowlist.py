import datetime as dt

import pytest

from proxy.allowlist import AllowlistError, load_allowlist, parse_allowlist

GOOD = """\
endpoints:
  - name: gpt-4o
    model: azure/gpt-4o
    api_base: https://example-resource.openai.azure.com
    api_key_env: AZURE_KEY
    policy: deidentify
    baa: {vendor: Microsoft, reference: BAA-1, signed: 2026-01-01, expires: 2027-01-01}
"""


def test_parses_a_good_file():
    allowlist = parse_allowlist(GOOD, "a.yaml")
    ep = allowlist.get("gpt-4o")
    assert ep.model == "azure/gpt-4o" and ep.api_key_env == "AZURE_KEY" and ep.policy == "deidentify"
    assert ep.baa.reference == "BAA-1" and ep.baa.expires == dt.date(2027, 1, 1)
    assert ep.line == 2 and ep.roles == ("coder",)
    assert allowlist.get("other") is None


@pytest.mark.parametrize("today,in_force", [
    (dt.date(2025, 12, 31), False), (dt.date(2026, 1, 1), True), (dt.date(2027, 1, 1), True),
    (dt.date(2027, 1, 2), False)])
def test_baa_in_force_only_between_signed_and_expires(today, in_force):
    assert parse_allowlist(GOOD).get("gpt-4o").baa.in_force(today) is in_force


def test_unsigned_baa_is_listed_but_never_in_force():
    text = GOOD.replace("signed: 2026-01-01", "signed: null")
    assert parse_allowlist(text).get("gpt-4o").baa.in_force(dt.date(2026, 6, 1)) is False


@pytest.mark.parametrize("edit,line,reason", [
    (lambda t: t.replace("    policy: deidentify\n", ""), 2, "missing 'policy'"),
    (lambda t: t.replace("api_key_env: AZURE_KEY", "api_key_env: sk-live-abc123"), 5, "names an environment variable"),
    (lambda t: t.replace("model: azure/gpt-4o", "model: gpt4o"), 3, "litellm model string"),
    (lambda t: t.replace("expires: 2027-01-01", "expires: next year"), 7, "baa.expires"),
    (lambda t: t.replace("reference: BAA-1, ", ""), 7, "missing 'reference'"),
    (lambda t: t + "    colour: blue\n", 8, "unknown key 'colour'"),
    (lambda t: t.replace("  - name: gpt-4o", "  - name: gpt-4o\n    name: again"), 3, "duplicate key"),
    (lambda t: t + t.replace("endpoints:\n", ""), 8, "duplicate endpoint name"),
    (lambda t: t.replace("api_base: https://", "api_base: ftp://"), 4, "http(s) URL"),
    (lambda t: t.replace("    baa:", "  baa:"), None, "invalid YAML"),
    (lambda t: "- just a list\n", 1, "top level"),
])
def test_broken_files_are_refused_with_file_line_and_reason(edit, line, reason):
    with pytest.raises(AllowlistError) as info:
        parse_allowlist(edit(GOOD), "allow.yaml")
    error = info.value
    assert error.path == "allow.yaml" and reason in error.reason
    if line is not None:
        assert error.line == line
    assert str(error).startswith(f"allow.yaml:{error.line}: ")


def test_openai_compatible_endpoint_needs_api_base():
    text = GOOD.replace("model: azure/gpt-4o", "model: openai/local").replace(
        "    api_base: https://example-resource.openai.azure.com\n", "")
    with pytest.raises(AllowlistError, match="needs 'api_base'"):
        parse_allowlist(text)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(AllowlistError, match="cannot read file"):
        load_allowlist(tmp_path / "nope.yaml")


def test_the_shipped_allowlist_is_valid():
    from pathlib import Path
    allowlist = load_allowlist(Path(__file__).parents[1] / "allowlist.yaml")
    assert allowlist.get("deid-preview").builtin
