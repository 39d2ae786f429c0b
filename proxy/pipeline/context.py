"""The one object a request becomes; every stage reads and writes it, audit records it."""

from __future__ import annotations

import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, AsyncIterator, Callable

from proxy.detection.finding import Finding
from proxy.errors import ProxyError


@dataclass
class Caller:
    key_id: str
    user: str
    role: str  # coder | auditor | admin


@dataclass
class TextSlot:
    """One string the request (or response) carries, and where it lives so it can be rewritten."""

    container: Any  # the dict or list holding the string
    key: Any  # its key or index there
    kind: str  # user | system | assistant | tool | developer | tool_arguments | prompt | input | ...

    @property
    def text(self) -> str:
        return self.container[self.key]

    def set(self, value: str) -> None:
        self.container[self.key] = value


@dataclass
class Context:
    route: str  # chat.completions | completions | embeddings | models
    body: dict = field(default_factory=dict)
    client_addr: str = ""
    authorization: str | None = None
    conversation_id: str | None = None  # X-Conversation-Id: keeps surrogates stable across requests
    body_error: ProxyError | None = None  # malformed, oversized or undecodable body, raised by validate
    request_id: str = field(default_factory=lambda: "req_" + uuid.uuid4().hex)
    received_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    started: float = field(default_factory=time.perf_counter)

    caller: Caller | None = None
    endpoint: Any = None  # proxy.allowlist.Endpoint
    policy: Any = None  # proxy.policy.Policy
    stream: bool = False

    slots: list[TextSlot] = field(default_factory=list)
    findings: list[list[Finding]] = field(default_factory=list)  # parallel to slots
    entity_counts: Counter = field(default_factory=Counter)  # type -> count, prompt side
    response_entity_counts: Counter = field(default_factory=Counter)  # PHI first seen in the answer
    blocked_types: list[str] = field(default_factory=list)
    deidentifier: Any = None  # per-request surrogate mapping; never logged, never stored in the clear

    decision: str = "pending"  # forwarded | deidentified | blocked | refused | failed_upstream | error
    error: ProxyError | None = None
    response: dict | None = None
    stream_iter: AsyncIterator[dict] | None = None
    usage: dict = field(default_factory=dict)
    upstream_status: int | None = None
    upstream_ms: float | None = None
    detection_ms: float | None = None
    prompt_hmac: str | None = None
    skip_reidentify: bool = False  # deid-preview shows what left, so it is not restored
    on_finish: list[Callable[["Context"], Any]] = field(default_factory=list)
    finished: bool = False  # Chain.finish ran: a call is recorded once, whichever path ends it

    @property
    def halted(self) -> bool:
        return self.error is not None

    def elapsed_ms(self) -> float:
        return (time.perf_counter() - self.started) * 1000.0
