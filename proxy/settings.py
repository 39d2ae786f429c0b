"""All settings in one object, built once from flags and environment and passed down explicitly."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    db_url: str = "sqlite:///./data/phi-proxy.db"
    allowlist_path: Path = Path("./allowlist.yaml")
    policies_dir: Path = Path("./policies")
    host: str = "127.0.0.1"
    port: int = 8080
    tls_cert: Path | None = None
    tls_key: Path | None = None
    max_body_bytes: int = 1_000_000
    # Secret for the keyed prompt hash in the audit and for surrogate derivation. When unset a
    # random one is created beside the SQLite file (or in ./data) on first start.
    secret_key: str | None = None
    secret_key_path: Path = Path("./data/phi-proxy.key")
    detection_timeout_s: float = 10.0
    upstream_timeout_s: float = 60.0
    allowlist_check_interval_s: float = 1.0
    log_level: str = "info"
    ner_model: str | None = None  # an installed spaCy model package IT chose, added to the rules

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides) -> "Settings":
        env = os.environ if env is None else env
        base = cls()
        values = {
            "db_url": env.get("PHI_PROXY_DB", base.db_url),
            "allowlist_path": Path(env.get("PHI_PROXY_ALLOWLIST", str(base.allowlist_path))),
            "policies_dir": Path(env.get("PHI_PROXY_POLICIES", str(base.policies_dir))),
            "max_body_bytes": int(env.get("PHI_PROXY_MAX_BODY_BYTES", base.max_body_bytes)),
            "secret_key": env.get("PHI_PROXY_SECRET_KEY") or None,
            "secret_key_path": Path(env.get("PHI_PROXY_SECRET_KEY_FILE", str(base.secret_key_path))),
            "detection_timeout_s": float(env.get("PHI_PROXY_DETECTION_TIMEOUT", base.detection_timeout_s)),
            "upstream_timeout_s": float(env.get("PHI_PROXY_UPSTREAM_TIMEOUT", base.upstream_timeout_s)),
            "log_level": env.get("PHI_PROXY_LOG_LEVEL", base.log_level),
            "ner_model": env.get("PHI_PROXY_NER_MODEL") or None,
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(base, **values)
