import pytest

from proxy.errors import ProxyError
from proxy.pipeline.chain import Chain
from proxy.pipeline.context import Context
from proxy.pipeline.stage import Halt, Stage


class Record(Stage):
    def __init__(self, name, log, action=None):
        self.name, self.log, self.action = name, log, action

    async def run(self, ctx):
        self.log.append(self.name)
        if self.action:
            self.action(ctx)


def halt(ctx):
    raise Halt(403, "model_not_approved", "no")


def crash(ctx):
    raise RuntimeError("Patient Jane Roe")  # an error message that must never reach the client


async def items():
    yield {"a": 1}
    raise ProxyError(502, "upstream_error", "cut")


@pytest.mark.anyio
@pytest.mark.parametrize("action,expect_log,status,decision", [
    (None, ["one", "two", "three", "audit"], None, "forwarded"),
    (halt, ["one", "two", "audit"], 403, "refused"),
    (crash, ["one", "two", "audit"], 500, "error"),
])
async def test_halts_contain_errors_and_always_audit(action, expect_log, status, decision):
    log = []
    chain = Chain([Record("one", log), Record("two", log, action), Record("three", log)], Record("audit", log))
    ctx = Context(route="chat.completions")
    await chain.run(ctx)
    assert log == expect_log[:-1]  # the record is written by finish(), once the client has its answer
    await chain.finish(ctx)
    assert log == expect_log and ctx.decision == decision
    assert (ctx.error.status if ctx.error else None) == status
    if ctx.error:
        assert "Jane" not in ctx.error.message


@pytest.mark.anyio
async def test_stream_audits_after_the_stream_and_reports_a_cut():
    log = []
    chain = Chain([Record("forward", log, lambda ctx: setattr(ctx, "stream_iter", items()))], Record("audit", log))
    ctx = Context(route="chat.completions")
    await chain.run(ctx)
    assert log == ["forward"]  # not yet: the stream has not run
    events = [e async for e in chain.sse(ctx)]
    assert events[0] == 'data: {"a":1}\n\n' and '"upstream_error"' in events[1] and len(events) == 2
    assert log == ["forward", "audit"] and ctx.error.code == "upstream_error"


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.anyio
async def test_deferred_work_runs_before_audit_and_its_failure_never_loses_the_record():
    log = []

    async def counted(ctx):
        log.append("deferred")

    def broken(ctx):
        raise ValueError("Patient Jane Roe")

    chain = Chain([], Record("audit", log))
    ctx = Context(route="chat.completions")
    ctx.on_finish.extend([counted, broken])
    await chain.finish(ctx)
    assert log == ["deferred", "audit"]
