"""`phi-proxy keys` as IT runs it: a real process against a real SQLite file."""

from tests.support.gateway import run_cli


def env_for(tmp_path):
    import os
    return {**os.environ, "PHI_PROXY_DB": f"sqlite:///{tmp_path}/p.db",
            "PHI_PROXY_SECRET_KEY_FILE": str(tmp_path / "secret.key")}


def test_create_prints_the_key_alone_on_the_last_line_once(tmp_path):
    env = env_for(tmp_path)
    out = run_cli(["keys", "create", "--user", "coder.zoe", "--role", "coder"], env)
    key = out.stdout.strip().splitlines()[-1]
    assert key.startswith("pp-") and " " not in key
    listing = run_cli(["keys", "list"], env).stdout
    assert "coder.zoe" in listing and key.split("-", 2)[2] not in listing
    assert oct((tmp_path / "secret.key").stat().st_mode & 0o777) == "0o600"


def test_revoke_and_bad_role(tmp_path):
    env = env_for(tmp_path)
    key = run_cli(["keys", "create", "--user", "u", "--role", "auditor"], env).stdout.strip().splitlines()[-1]
    key_id = key.split("-")[1]
    assert run_cli(["keys", "revoke", key_id], env).returncode == 0
    assert "revoked" in run_cli(["keys", "list"], env).stdout
    assert run_cli(["keys", "revoke", key_id], env, check=False).returncode == 1
    assert run_cli(["keys", "create", "--user", "u", "--role", "root"], env, check=False).returncode != 0
