"""Policies (what to do with each kind of PHI), surrogates, and restoring them in the answer."""

from proxy.policy.loader import PolicyError, load_policies, load_policy_file
from proxy.policy.model import PART_KINDS, Action, Policy, PolicyNotFound, PolicySet

__all__ = [
    "PART_KINDS", "Action", "Policy", "PolicyError", "PolicyNotFound", "PolicySet",
    "load_policies", "load_policy_file",
]
