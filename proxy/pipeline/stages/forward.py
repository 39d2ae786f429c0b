"""Sends the (scanned, de-identified) request to the approved endpoint. The only module that imports litellm.

The upstream call is rebuilt from the allowlist entry and a short list of known-safe parameters: nothing
in the body (api_base, api_key, custom_llm_provider, callbacks, metadata, extra_headers, ...) can change
where a call goes or add a text that was not scanned.
"""

from __future__ import annotations

import functools
import logging
import os
import time

# litellm fetches its model price map from the internet at import unless told not to.
os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
os.environ.setdefault("LITELLM_TELEMETRY", "False")

import litellm  # noqa: E402
try:  # litellm's marker for calls whose success it must not log or bill (pinned in requirements.lock)
    from litellm._internal_context import internal_sub_call  # noqa: E402
except ImportError:  # pragma: no cover - another litellm: only slower
    from contextlib import nullcontext as internal_sub_call  # noqa: E402

from proxy.errors import ProxyError  # noqa: E402
from proxy.pipeline.context import Context  # noqa: E402
from proxy.pipeline.stage import Halt, Stage  # noqa: E402
from proxy.upstream import deid_preview  # noqa: E402


# Parameters that carry no unscanned text and cannot redirect a call. Texts inside `tools`, `stop`
# and `response_format` are collected as slots and scanned like messages.
SAFE_PARAMS = {
    "chat.completions": {"temperature", "top_p", "n", "max_tokens", "max_completion_tokens", "stop",
                         "presence_penalty", "frequency_penalty", "logit_bias", "seed", "response_format",
                         "tools", "tool_choice", "parallel_tool_calls", "logprobs", "top_logprobs"},
    "completions": {"temperature", "top_p", "n", "max_tokens", "stop", "presence_penalty",
                    "frequency_penalty", "logit_bias", "seed", "logprobs", "echo", "best_of", "suffix"},
    "embeddings": {"dimensions", "encoding_format"},
}
log = logging.getLogger("phi_proxy.forward")
PAYLOAD = {"chat.completions": "messages", "completions": "prompt", "embeddings": "input"}


def configure_litellm() -> None:
    """litellm is process-global; this stage owns it, so it sets it once here: quiet, no callbacks."""
    litellm.telemetry = False
    litellm.suppress_debug_info = True
    litellm.drop_params = True
    litellm.callbacks, litellm.success_callback, litellm.failure_callback = [], [], []
    litellm.turn_off_message_logging = True  # no message content kept in litellm's logging objects
    litellm.disable_streaming_logging = True  # per-chunk logging work nobody reads
    litellm.disable_hf_tokenizer_download = True  # token counting must never fetch a tokenizer
    # httpx rather than aiohttp: under 16 concurrent streams the aiohttp transport lost ~2% of calls to
    # stale pooled connections (seen as upstream 500s); httpx did not (bench/gateway.py).
    litellm.disable_aiohttp_transport = True
    # litellm's own loggers can print request details on errors; this stage logs what is needed.
    for name in ("LiteLLM", "LiteLLM Router", "LiteLLM Proxy", "litellm"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


class ForwardStage(Stage):
    name = "forward"

    def __init__(self, services):
        self.timeout = services.settings.upstream_timeout_s
        configure_litellm()

    async def run(self, ctx: Context) -> None:
        endpoint = ctx.endpoint
        started = time.perf_counter()
        try:
            if endpoint.builtin:
                self._builtin(ctx)
            else:
                await self._litellm(ctx)
        finally:
            ctx.upstream_ms = (time.perf_counter() - started) * 1000.0

    def _builtin(self, ctx: Context) -> None:
        ctx.skip_reidentify = True  # the preview shows what would leave; restoring it would hide that
        ctx.upstream_status = 200
        if ctx.stream:
            ctx.stream_iter = deid_preview.stream(ctx.route, ctx.body, ctx.endpoint.name)
        else:
            ctx.response = deid_preview.respond(ctx.route, ctx.body, ctx.endpoint.name)
            ctx.usage = dict(ctx.response.get("usage") or {})

    async def _litellm(self, ctx: Context) -> None:
        kwargs = self._call_kwargs(ctx)
        try:
            # litellm's success logging (cost, payload, redaction copies) feeds callbacks this gateway
            # never registers; run as an "internal" call it is skipped: ~0.5 ms a call (bench/gateway.py).
            with internal_sub_call():
                if ctx.route == "embeddings":
                    result = await litellm.aembedding(**kwargs)
                elif ctx.route == "completions":
                    result = await litellm.atext_completion(**kwargs)
                else:
                    result = await litellm.acompletion(**kwargs)
            if ctx.stream:
                iterator = result.__aiter__()
                first = await iterator.__anext__()  # so a dead upstream is an HTTP error, not a broken stream
                ctx.upstream_status = 200
                ctx.stream_iter = self._relay(ctx, first, iterator)
                return
        except StopAsyncIteration:
            raise self._failed(ctx, 502, "upstream_empty_stream", "The upstream ended the stream without data.")
        except Exception as exc:  # noqa: BLE001 - every upstream failure becomes an OpenAI-shaped error
            raise self._map_error(ctx, exc) from None
        ctx.upstream_status = 200
        ctx.response = _to_dict(result)
        ctx.response["model"] = ctx.endpoint.name
        ctx.usage = dict(ctx.response.get("usage") or {})

    @staticmethod
    @functools.lru_cache(maxsize=256)
    def _allowed_params(model: str, route: str) -> frozenset[str]:
        """SAFE_PARAMS that litellm knows for this provider; asked once per model, not per call."""
        provider = litellm.get_llm_provider(model)[1]
        known = set(litellm.get_supported_openai_params(model=model, custom_llm_provider=provider) or ())
        if route != "chat.completions":
            known |= {"dimensions", "encoding_format", "echo", "best_of", "suffix"}
        return frozenset(SAFE_PARAMS[route] & known)

    def _call_kwargs(self, ctx: Context) -> dict:
        endpoint, body = ctx.endpoint, ctx.body
        allowed = self._allowed_params(endpoint.model, ctx.route)
        kwargs = {k: body[k] for k in allowed if body.get(k) is not None}
        kwargs |= {"model": endpoint.model, PAYLOAD[ctx.route]: body[PAYLOAD[ctx.route]],
                   "timeout": self.timeout, "num_retries": 0,
                   # The gateway bills nothing; a price given skips litellm's price-map search per call.
                   "input_cost_per_token": 0.0, "output_cost_per_token": 0.0}
        if ctx.route != "embeddings":
            kwargs["max_retries"] = 0
        if endpoint.api_base:
            kwargs["api_base"] = endpoint.api_base
        if endpoint.api_version:
            kwargs["api_version"] = endpoint.api_version
        if endpoint.api_key_env:
            key = os.environ.get(endpoint.api_key_env)
            if not key:
                raise Halt(503, "endpoint_not_configured",
                           f"The key for endpoint '{endpoint.name}' is not configured on the server.")
            kwargs["api_key"] = key
        else:
            kwargs["api_key"] = "unused"  # keeps litellm from reading a provider key from the environment
        if ctx.stream:
            kwargs["stream"] = True
            if ctx.route == "chat.completions":
                kwargs["stream_options"] = {"include_usage": True}  # usage for the audit record
        return kwargs

    async def _relay(self, ctx: Context, first, iterator):
        wants_usage = bool((ctx.body.get("stream_options") or {}).get("include_usage"))
        chunk = first
        while True:
            data = _to_dict(chunk)
            data["model"] = ctx.endpoint.name
            if data.get("usage"):
                ctx.usage = dict(data["usage"])
            if data.get("choices") or wants_usage:
                if not wants_usage:
                    data.pop("usage", None)
                yield data
            try:
                chunk = await iterator.__anext__()
            except StopAsyncIteration:
                return
            except Exception as exc:  # noqa: BLE001
                raise self._map_error(ctx, exc) from None

    def _map_error(self, ctx: Context, exc: Exception) -> ProxyError:
        if isinstance(exc, ProxyError):
            return exc
        status = getattr(exc, "status_code", None)
        # The class and status say what failed; the message is not logged, as it may quote the request.
        log.warning("upstream call failed: %s status=%s (request %s)", type(exc).__name__, status, ctx.request_id)
        if isinstance(exc, litellm.Timeout):
            return self._failed(ctx, 504, "upstream_timeout", "The upstream model did not answer in time.")
        if isinstance(exc, litellm.APIConnectionError) or not isinstance(status, int):
            return self._failed(ctx, 502, "upstream_unreachable", "The upstream model could not be reached "
                                "or sent a response that could not be read.")
        if status in (400, 404, 413, 422):
            return self._failed(ctx, 400, "upstream_rejected",
                                f"The upstream model rejected the request (status {status}).", status)
        if status in (401, 403):
            return self._failed(ctx, 502, "upstream_auth_failed",
                                "The server's credentials for this endpoint were refused.", status)
        if status == 429:
            return self._failed(ctx, 429, "upstream_rate_limited", "The upstream model is rate limiting.", status)
        return self._failed(ctx, 502, "upstream_error", f"The upstream model failed (status {status}).", status)

    @staticmethod
    def _failed(ctx: Context, status: int, code: str, message: str, upstream: int | None = None) -> ProxyError:
        # The upstream's own message is not passed on: it may quote the request.
        ctx.decision = "failed_upstream"
        ctx.upstream_status = upstream
        return ProxyError(status, code, message)


def _to_dict(result) -> dict:
    if not isinstance(result, dict):
        dump = getattr(result, "model_dump", None)
        result = dump(exclude_none=False) if dump else dict(result)
    return _clean(result)


def _clean(value):
    """Drops litellm's own additions so clients get OpenAI's shape; in deltas, drops null fields too."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key == "provider_specific_fields":
                continue
            if key == "delta" and isinstance(item, dict):
                item = {k: v for k, v in item.items() if v is not None}
            out[key] = _clean(item)
        return out
    if isinstance(value, list):
        return [_clean(item) for item in value]
    return value
