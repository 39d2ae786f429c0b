"""The approved list IT keeps: which model endpoints may receive data, under which BAA and policy.

Parsed from YAML with line numbers, so a broken file is refused with file, line and reason.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

BUILTIN_PREFIX = "builtin/"
BUILTIN_MODELS = ("builtin/deid-preview",)
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$")
_ENV = re.compile(r"^[A-Z_][A-Z0-9_]*$")
_ENDPOINT_KEYS = {"name", "model", "api_base", "api_key_env", "api_version", "baa", "policy", "roles",
                  "description"}
_BAA_KEYS = {"vendor", "reference", "signed", "expires"}


class AllowlistError(Exception):
    """A problem with the file, phrased as `file:line: reason` for IT."""

    def __init__(self, path: Path | str, line: int | None, reason: str):
        self.path, self.line, self.reason = str(path), line, reason
        super().__init__(f"{path}:{line if line is not None else '?'}: {reason}")


@dataclass(frozen=True)
class Baa:
    vendor: str
    reference: str
    signed: dt.date | None
    expires: dt.date | None

    def in_force(self, today: dt.date) -> bool:
        return self.signed is not None and self.signed <= today and (
            self.expires is None or today <= self.expires)


@dataclass(frozen=True)
class Endpoint:
    name: str
    model: str
    baa: Baa
    policy: str
    api_base: str | None = None
    api_key_env: str | None = None
    api_version: str | None = None
    roles: tuple[str, ...] = ("coder",)
    description: str = ""
    line: int = field(default=0, compare=False)  # where it starts in the file, for IT's error messages

    @property
    def builtin(self) -> bool:
        return self.model.startswith(BUILTIN_PREFIX)


@dataclass(frozen=True)
class Allowlist:
    endpoints: dict[str, Endpoint] = field(default_factory=dict)
    source: str = ""

    def get(self, name: str) -> Endpoint | None:
        return self.endpoints.get(name)


def load_allowlist(path: Path | str) -> Allowlist:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise AllowlistError(path, None, f"cannot read file ({exc.strerror})") from None
    return parse_allowlist(text, path)


def parse_allowlist(text: str, path: Path | str = "<allowlist>") -> Allowlist:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise AllowlistError(path, line, f"invalid YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(root, yaml.MappingNode):
        raise AllowlistError(path, 1, "top level must be a mapping with an 'endpoints' list")
    top = _mapping(root, path)
    unknown = set(top) - {"endpoints"}
    if unknown:
        key = sorted(unknown)[0]
        raise AllowlistError(path, top[key][0].start_mark.line + 1, f"unknown key '{key}'")
    if "endpoints" not in top:
        raise AllowlistError(path, 1, "missing 'endpoints' list")
    node = top["endpoints"][1]
    if not isinstance(node, yaml.SequenceNode):
        raise AllowlistError(path, _line(node), "'endpoints' must be a list")
    endpoints: dict[str, Endpoint] = {}
    for item in node.value:
        ep = _endpoint(item, path)
        if ep.name in endpoints:
            raise AllowlistError(path, _line(item), f"duplicate endpoint name '{ep.name}'")
        endpoints[ep.name] = ep
    return Allowlist(endpoints, str(path))


def _known_fields(node, path, allowed: set[str], shape: str, prefix: str = "") -> dict:
    """The node's fields, after checking it is a mapping whose keys are all known."""
    if not isinstance(node, yaml.MappingNode):
        raise AllowlistError(path, _line(node), shape)
    fields = _mapping(node, path)
    for key in fields:
        if key not in allowed:
            raise AllowlistError(path, _line(fields[key][0]), f"unknown key '{prefix}{key}'")
    return fields


def _endpoint(node, path) -> Endpoint:
    fields = _known_fields(node, path, _ENDPOINT_KEYS, "each endpoint must be a mapping")
    where = _line(node)

    def scalar(key: str, required: bool = True) -> str | None:
        if key not in fields:
            if required:
                raise AllowlistError(path, where, f"endpoint is missing '{key}'")
            return None
        value = fields[key][1]
        if not isinstance(value, yaml.ScalarNode) or not str(value.value).strip():
            raise AllowlistError(path, _line(value), f"'{key}' must be a non-empty string")
        return str(value.value).strip()

    name = scalar("name")
    if not _NAME.match(name):
        raise AllowlistError(path, _line(fields["name"][1]), f"invalid endpoint name '{name}'")
    model = scalar("model")
    if "/" not in model:
        raise AllowlistError(path, _line(fields["model"][1]),
                             "'model' must be a litellm model string with a provider, e.g. azure/gpt-4o")
    if model.startswith(BUILTIN_PREFIX) and model not in BUILTIN_MODELS:
        raise AllowlistError(path, _line(fields["model"][1]), f"unknown built-in model '{model}'")
    api_base = scalar("api_base", required=False)
    if api_base and not re.match(r"^https?://[^\s/]+", api_base):
        raise AllowlistError(path, _line(fields["api_base"][1]), "'api_base' must be an http(s) URL")
    if model.startswith("openai/") and not api_base:
        raise AllowlistError(path, where, "an 'openai/' endpoint needs 'api_base'")
    api_key_env = scalar("api_key_env", required=False)
    if api_key_env and not _ENV.match(api_key_env):
        raise AllowlistError(path, _line(fields["api_key_env"][1]),
                             "'api_key_env' names an environment variable (A-Z, 0-9, _), not a key")
    if "baa" not in fields:
        raise AllowlistError(path, where, f"endpoint '{name}' is missing 'baa'")
    roles = ("coder",)
    if "roles" in fields:
        rnode = fields["roles"][1]
        if not isinstance(rnode, yaml.SequenceNode) or not all(
                isinstance(r, yaml.ScalarNode) and r.value in ("coder", "auditor", "admin") for r in rnode.value):
            raise AllowlistError(path, _line(rnode), "'roles' must be a list of coder, auditor, admin")
        roles = tuple(r.value for r in rnode.value)
    return Endpoint(
        name=name, model=model, baa=_baa(fields["baa"][1], path), policy=scalar("policy"),
        api_base=api_base, api_key_env=api_key_env, api_version=scalar("api_version", required=False),
        roles=roles, description=scalar("description", required=False) or "", line=where,
    )


def _baa(node, path) -> Baa:
    fields = _known_fields(node, path, _BAA_KEYS, "'baa' must be a mapping with vendor, reference, signed, expires",
                           prefix="baa.")
    for key in _BAA_KEYS:
        if key not in fields:
            raise AllowlistError(path, _line(node), f"'baa' is missing '{key}'")
    text = {k: str(v.value).strip() for k, (_, v) in fields.items()}
    for key in ("vendor", "reference"):
        if not text[key]:
            raise AllowlistError(path, _line(fields[key][1]), f"'baa.{key}' must not be empty")
    return Baa(text["vendor"], text["reference"], _date(fields["signed"][1], "signed", path),
               _date(fields["expires"][1], "expires", path))


def _date(node, key, path) -> dt.date | None:
    value = str(node.value).strip() if isinstance(node, yaml.ScalarNode) else None
    if value in ("", "null", "~", None) and key == "signed":
        return None  # not yet signed: listed, but refused until it is
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise AllowlistError(path, _line(node), f"'baa.{key}' must be a date YYYY-MM-DD") from None


def _mapping(node, path) -> dict:
    out = {}
    for key_node, value_node in node.value:
        key = str(key_node.value)
        if key in out:
            raise AllowlistError(path, _line(key_node), f"duplicate key '{key}'")
        out[key] = (key_node, value_node)
    return out


def _line(node) -> int:
    return node.start_mark.line + 1
