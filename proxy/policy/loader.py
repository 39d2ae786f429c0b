"""Reads policies/*.yaml into a PolicySet, refusing anything doubtful with `file:line: reason`.

We compose the YAML into nodes first (instead of yaml.safe_load) so every value keeps the line it
came from; a security officer editing a policy needs to know exactly which line was refused.
Every problem in every file is reported, not only the first.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from proxy.detection import entities
from proxy.policy.model import PART_KINDS, Action, Policy, PolicySet

TOP_KEYS = {
    "name", "description", "default_action", "actions", "thresholds", "allow_phrases",
    "reidentify", "scan_responses", "allow_parts",
}
ACTIONS = ", ".join(a.value for a in Action)


class PolicyError(Exception):
    """One or more problems, each `file:line: reason`. Never carries request content."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class _File:
    """Collects the problems of one file while it is being read."""

    def __init__(self, path: Path):
        self.path = path
        self.problems: list[str] = []
        self._constructor = SafeConstructor()

    def fail(self, node: Node | None, reason: str) -> None:
        line = node.start_mark.line + 1 if node is not None else 1
        self.problems.append(f"{self.path}:{line}: {reason}")

    def scalar(self, node: Node):
        return self._constructor.construct_object(node, deep=True)

    def mapping(self, node: Node, what: str) -> list[tuple[Node, Node, object]]:
        if not isinstance(node, MappingNode):
            self.fail(node, f"{what} must be a mapping")
            return []
        seen: set = set()
        out = []
        for key_node, value_node in node.value:
            key = self.scalar(key_node) if isinstance(key_node, ScalarNode) else None
            if not isinstance(key, str):
                self.fail(key_node, f"{what}: keys must be strings")
                continue
            if key in seen:
                self.fail(key_node, f"{what}: duplicate key {key!r}")
                continue
            seen.add(key)
            out.append((key_node, value_node, key))
        return out

    def typed(self, node: Node, kind: type, what: str):
        value = self.scalar(node) if isinstance(node, ScalarNode) else None
        # bool is an int in Python; a threshold of `true` is a mistake, not 1.0.
        ok = isinstance(value, kind) and not (kind is not bool and isinstance(value, bool))
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value, ok = float(value), True
        if not ok:
            self.fail(node, f"{what} must be a {kind.__name__}")
            return None
        return value

    def action(self, node: Node, what: str) -> Action | None:
        value = self.typed(node, str, what)
        if value is None:
            return None
        try:
            return Action(value)
        except ValueError:
            self.fail(node, f"{what}: unknown action {value!r} (expected one of: {ACTIONS})")
            return None

    def entity_type(self, key_node: Node, key: str, what: str) -> bool:
        if key not in entities.ALL:
            self.fail(key_node, f"{what}: unknown entity type {key!r}")
            return False
        return True

    def threshold(self, node: Node, what: str) -> float | None:
        value = self.typed(node, float, what)
        if value is not None and not 0.0 <= value <= 1.0:
            self.fail(node, f"{what} must be between 0 and 1")
            return None
        return value


def load_policy_file(path: Path) -> Policy:
    """Read one policy file; raise PolicyError listing every problem in it."""
    f = _File(path)
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as e:
        # Where the unfinished construct began is more useful than where the parser gave up (often EOF).
        mark = e.context_mark or e.problem_mark
        line = mark.line + 1 if mark else 1
        reason = ", ".join(x for x in (e.context, e.problem) if x)
        if e.context_mark and e.problem_mark and e.problem_mark.line != e.context_mark.line:
            reason += f" (noticed on line {e.problem_mark.line + 1})"
        raise PolicyError([f"{path}:{line}: invalid YAML: {reason}"]) from None
    except (OSError, UnicodeDecodeError) as e:
        raise PolicyError([f"{path}:1: cannot read: {type(e).__name__}"]) from None
    if root is None:
        raise PolicyError([f"{path}:1: empty policy file"])

    fields: dict = {"name": path.stem, "source": path}
    for key_node, value_node, key in f.mapping(root, "policy"):
        if key not in TOP_KEYS:
            f.fail(key_node, f"unknown key {key!r} (expected one of: {', '.join(sorted(TOP_KEYS))})")
        elif key == "name":
            name = f.typed(value_node, str, "name")
            if name is not None and name != path.stem:
                f.fail(value_node, f"name {name!r} does not match the file name {path.stem!r}")
        elif key == "description":
            fields["description"] = f.typed(value_node, str, "description") or ""
        elif key == "default_action":
            fields["default_action"] = f.action(value_node, "default_action")
        elif key in ("reidentify", "scan_responses"):
            fields[key] = f.typed(value_node, bool, key)
        elif key == "actions":
            actions = {}
            for k_node, v_node, etype in f.mapping(value_node, "actions"):
                if f.entity_type(k_node, etype, "actions"):
                    actions[etype] = f.action(v_node, f"actions.{etype}")
            fields["actions"] = actions
        elif key == "thresholds":
            thresholds = {}
            for k_node, v_node, etype in f.mapping(value_node, "thresholds"):
                if etype == "default":
                    fields["default_threshold"] = f.threshold(v_node, "thresholds.default")
                elif f.entity_type(k_node, etype, "thresholds"):
                    thresholds[etype] = f.threshold(v_node, f"thresholds.{etype}")
            fields["thresholds"] = thresholds
        elif key == "allow_phrases":
            fields["allow_phrases"] = tuple(_strings(f, value_node, "allow_phrases", allow_empty=False))
        elif key == "allow_parts":
            parts = _strings(f, value_node, "allow_parts")
            for node, part in zip(_items(value_node), parts):
                if part not in PART_KINDS:
                    f.fail(node, f"allow_parts: unknown part {part!r} (expected: {', '.join(PART_KINDS)})")
            fields["allowed_parts"] = frozenset(p for p in parts if p in PART_KINDS)
    if f.problems:
        raise PolicyError(f.problems)
    if "default_action" not in fields:
        raise PolicyError([f"{path}:1: default_action is required (one of: {ACTIONS})"])
    return Policy(**fields)


def _items(node: Node) -> list[Node]:
    return list(node.value) if isinstance(node, SequenceNode) else []


def _strings(f: _File, node: Node, what: str, allow_empty: bool = True) -> list[str]:
    if not isinstance(node, SequenceNode):
        f.fail(node, f"{what} must be a list")
        return []
    out = []
    for item in node.value:
        value = f.typed(item, str, f"{what} entries")
        if value is not None and not allow_empty and not value.strip():
            f.fail(item, f"{what} entries must not be empty")
        elif value is not None:
            out.append(value)
    return out


def load_policies(directory: Path) -> PolicySet:
    """Load every *.yaml in directory; raise PolicyError naming every broken file, line and reason."""
    directory = Path(directory)
    if not directory.is_dir():
        raise PolicyError([f"{directory}: not a directory of policy files"])
    paths = sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    if not paths:
        raise PolicyError([f"{directory}: no policy files (*.yaml)"])
    policies, problems = {}, []
    for path in paths:
        try:
            policy = load_policy_file(path)
        except PolicyError as e:
            problems.extend(e.problems)
            continue
        if policy.name in policies:
            problems.append(f"{path}:1: policy {policy.name!r} is defined twice")
        policies[policy.name] = policy
    if problems:
        raise PolicyError(problems)
    return PolicySet(policies, directory)
