import threading
from types import SimpleNamespace

import anyio
import pytest

from proxy.pipeline.context import Context
from proxy.pipeline.stages.audit import AuditStage


class SlowStore:
    """Holds each write until released, like a trail waiting on its fsync."""

    def __init__(self):
        self.release, self.records = threading.Event(), []

    def append_audit(self, record):
        assert self.release.wait(5)
        self.records.append(record)


class BrokenStore:
    def append_audit(self, record):
        raise OSError("disk full")


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.anyio
async def test_a_reader_waits_for_the_records_being_written():
    store = SlowStore()
    stage = AuditStage(SimpleNamespace(store=store, metrics=None))
    seen = []
    async with anyio.create_task_group() as tg:
        tg.start_soon(stage.run, Context(route="chat.completions"))
        await anyio.sleep(0)  # the write has started and is held
        await anyio.sleep(0.05)
        assert store.records == []

        async def reader():
            await stage.settled()
            seen.append(len(store.records))
        tg.start_soon(reader)
        await anyio.sleep(0.05)
        assert seen == []  # still waiting
        store.release.set()
    assert seen == [1]


@pytest.mark.anyio
async def test_settled_returns_at_once_with_nothing_in_flight_and_gives_up_after_its_wait():
    store = SlowStore()
    stage = AuditStage(SimpleNamespace(store=store, metrics=None))
    with anyio.fail_after(1):
        await stage.settled()
    async with anyio.create_task_group() as tg:
        tg.start_soon(stage.run, Context(route="chat.completions"))
        await anyio.sleep(0.01)
        with anyio.fail_after(2):
            await stage.settled(wait_s=0.1)  # a stuck write must not hang a reader for ever
        store.release.set()


@pytest.mark.anyio
async def test_a_failed_write_is_counted_not_raised_and_leaves_nothing_in_flight():
    failures = SimpleNamespace(n=0, inc=lambda: setattr(failures, "n", failures.n + 1))
    stage = AuditStage(SimpleNamespace(store=BrokenStore(), metrics=SimpleNamespace(audit_failures=failures)))
    await stage.run(Context(route="chat.completions"))
    assert failures.n == 1 and not stage._writing
