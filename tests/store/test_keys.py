"""Key format, hashing and parsing (authentication against a real store is in test_sql)."""

import pytest

from proxy.store.keys import check_user_and_role, generate_key, hash_secret, parse_key


def test_generated_keys_parse_back_and_are_unique():
    made = [generate_key() for _ in range(200)]
    for key_id, secret, bearer in made[:5]:
        assert bearer == f"pp-{key_id}-{secret}" and parse_key(bearer) == (key_id, secret)
        assert len(secret) == 43  # 256 bits
    assert len({b for _, _, b in made}) == 200 and len({k for k, _, _ in made}) == 200


@pytest.mark.parametrize("bearer", ["", "pp-", "pp-nope-nope", "sk-abc", "pp-ABCDEF012345-" + "x" * 43,
                                    "pp-0123456789ab-" + "x" * 42, "pp-0123456789ab-" + "x" * 43 + "\n",
                                    "pp-0123456789ab-" + "x" * 42 + "!", "x" * 10_000])
def test_malformed_keys_do_not_parse(bearer):
    assert parse_key(bearer) is None


def test_the_hash_is_of_the_secret_and_not_the_secret():
    assert hash_secret("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


@pytest.mark.parametrize("user,role,ok", [("coder.alice", "coder", True), ("a@b.org", "admin", True),
                                          ("x", "auditor", True), ("", "coder", False), (" lead", "coder", False),
                                          ("a" * 129, "coder", False), ("ok", "root", False)])
def test_user_and_role_checks(user, role, ok):
    if ok:
        check_user_and_role(user, role)
    else:
        with pytest.raises(ValueError):
            check_user_and_role(user, role)
