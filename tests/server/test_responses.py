import pytest

from proxy.server.responses import FinishingJSONResponse


@pytest.fixture
def anyio_backend():
    return "asyncio"


async def receive():
    return {"type": "http.request", "body": b"", "more_body": False}


@pytest.mark.anyio
async def test_the_call_is_finished_after_the_answer_is_sent():
    events = []

    async def send(message):
        events.append(message["type"])

    async def finish(ctx):
        events.append(f"finish {ctx}")

    await FinishingJSONResponse({"ok": True}, finish, "ctx-1")({"type": "http"}, receive, send)
    assert events == ["http.response.start", "http.response.body", "finish ctx-1"]


@pytest.mark.anyio
async def test_the_call_is_finished_even_when_sending_fails():
    finished = []

    async def send(message):
        raise OSError("client went away")

    async def finish(ctx):
        finished.append(ctx)

    with pytest.raises(OSError):
        await FinishingJSONResponse({"ok": True}, finish, "ctx-2")({"type": "http"}, receive, send)
    assert finished == ["ctx-2"]


@pytest.mark.anyio
async def test_a_stream_the_client_left_before_it_began_is_still_finished_once():
    from proxy.pipeline.chain import Chain
    from proxy.pipeline.context import Context
    from proxy.server.responses import FinishingStreamingResponse

    records = []

    class Audit:
        async def run(self, ctx):
            records.append(ctx.decision)

    chain, ctx = Chain([], Audit()), Context(route="chat.completions")

    async def never_started():
        yield "data: {}\n\n"

    async def send(message):
        raise OSError("client went away")

    async def receive_disconnect():
        return {"type": "http.disconnect"}

    response = FinishingStreamingResponse(never_started(), chain.finish, ctx, media_type="text/event-stream")
    with pytest.raises((OSError, BaseExceptionGroup)):
        await response({"type": "http", "asgi": {"spec_version": "2.3"}}, receive_disconnect, send)
    await chain.finish(ctx)  # the stream's own finish, had it run, changes nothing
    assert records == ["forwarded"]
