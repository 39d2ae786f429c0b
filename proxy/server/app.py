"""The ASGI app: OpenAI's routes, each a thin handler that builds a Context and runs a chain."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse, PlainTextResponse, Response

from proxy.errors import ProxyError
from proxy.pipeline.chain import Chain
from proxy.pipeline.context import Context
from proxy.pipeline.services import Services
from proxy.pipeline.stages.approve import ApproveStage
from proxy.pipeline.stages.audit import AuditStage
from proxy.pipeline.stages.authenticate import AuthenticateStage
from proxy.pipeline.stages.deidentify import DeidentifyStage
from proxy.pipeline.stages.detect import DetectStage
from proxy.pipeline.stages.forward import ForwardStage
from proxy.pipeline.stages.list_models import ListModelsStage
from proxy.pipeline.stages.policy import PolicyStage
from proxy.pipeline.stages.read_audit import ReadAuditStage
from proxy.pipeline.stages.reidentify import ReidentifyStage
from proxy.pipeline.stages.validate import ValidateStage
from proxy.server.body import read_json
from proxy.server.responses import FinishingJSONResponse, FinishingStreamingResponse
from proxy.settings import Settings

MODEL_ROUTES = {"/v1/chat/completions": "chat.completions", "/v1/completions": "completions",
                "/v1/embeddings": "embeddings"}


def build_chains(services: Services) -> dict[str, Chain]:
    audit = AuditStage(services)
    call = Chain([AuthenticateStage(services), ValidateStage(services), ApproveStage(services),
                  DetectStage(services), PolicyStage(services), DeidentifyStage(services),
                  ForwardStage(services), ReidentifyStage(services)], audit, services.metrics)
    models = Chain([AuthenticateStage(services), ListModelsStage(services)], audit, services.metrics)
    trail = Chain([AuthenticateStage(services), ReadAuditStage(services, audit)], audit, services.metrics)
    refuse = Chain([], audit, services.metrics)  # unknown paths: nothing to run but the record
    return {"call": call, "models": models, "audit": trail, "refuse": refuse}


def create_app(settings: Settings | None = None, services: Services | None = None) -> FastAPI:
    if services is None:
        from proxy.server.services import build_services

        services = build_services(settings or Settings.from_env())
    chains = build_chains(services)
    limit = services.settings.max_body_bytes
    # FastAPI's own OpenTelemetry (spans can carry bodies and exception text) stays off, whatever the
    # environment says: the audit trail is the record, and nothing leaves but to allowlisted endpoints.
    app = FastAPI(title="phi-proxy", docs_url=None, redoc_url=None, openapi_url=None,
                  telemetry={"tracing": False, "metrics": False, "logs": False, "operation_spans": False,
                             "auto_configure": False})
    app.state.services = services

    def new_context(request: Request, route: str) -> Context:
        return Context(route=route, client_addr=request.client.host if request.client else "",
                       authorization=request.headers.get("authorization"),
                       conversation_id=request.headers.get("x-conversation-id") or None)

    async def respond(ctx: Context, chain: Chain) -> Response:
        """The answer; the chain finishes (audit) after it is sent, or at the end of a stream."""
        headers = {"x-request-id": ctx.request_id}
        try:
            if ctx.error is None and ctx.stream_iter is not None:
                headers |= {"cache-control": "no-cache", "x-accel-buffering": "no"}
                return FinishingStreamingResponse(chain.sse(ctx), chain.finish, ctx, media_type="text/event-stream",
                                                  headers=headers)
            if ctx.error is not None:
                return FinishingJSONResponse(ctx.error.body(), chain.finish, ctx, status_code=ctx.error.status,
                                             headers=headers)
            return FinishingJSONResponse(ctx.response, chain.finish, ctx, headers=headers)
        except Exception:
            await chain.finish(ctx)  # an answer that cannot be rendered still gets its record
            raise

    async def model_call(request: Request) -> Response:
        ctx = new_context(request, MODEL_ROUTES[request.url.path])
        ctx.body, ctx.body_error = await read_json(request, limit)
        await chains["call"].run(ctx)
        return await respond(ctx, chains["call"])

    for path in MODEL_ROUTES:
        app.add_api_route(path, model_call, methods=["POST"])

    @app.get("/v1/models")
    async def list_models(request: Request) -> Response:
        ctx = new_context(request, "models")
        await chains["models"].run(ctx)
        return await respond(ctx, chains["models"])

    @app.get("/v1/audit/records")
    @app.get("/v1/audit/verify")
    async def read_audit(request: Request) -> Response:
        ctx = new_context(request, "audit")
        ctx.body = dict(request.query_params) | {"action": request.url.path.rsplit("/", 1)[-1]}
        await chains["audit"].run(ctx)
        return await respond(ctx, chains["audit"])

    @app.get("/healthz")
    async def healthz() -> Response:
        return JSONResponse({"status": "ok", "endpoints": len(services.allowlist.current().endpoints)})

    @app.get("/metrics")
    async def metrics() -> Response:
        return PlainTextResponse(services.metrics.render(), media_type="text/plain; version=0.0.4")

    async def refuse(request: Request, status: int, code: str, message: str) -> Response:
        ctx = new_context(request, "unknown")
        ctx.error, ctx.decision = ProxyError(status, code, message), "refused"
        return await respond(ctx, chains["refuse"])

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if exc.status_code == 405:
            return await refuse(request, 405, "method_not_allowed", "This method is not allowed on this path.")
        return await refuse(request, 404, "unknown_url", "Unknown API path. Supported: /v1/chat/completions, "
                            "/v1/completions, /v1/embeddings, /v1/models.")

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        return await refuse(request, 400, "invalid_request", "The request could not be read.")

    return app


def create_app_from_env() -> FastAPI:
    """Factory for uvicorn workers: settings come from PHI_PROXY_* variables set by `phi-proxy serve`."""
    return create_app(Settings.from_env())
