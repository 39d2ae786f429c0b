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
