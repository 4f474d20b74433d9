"""A worker across a Redis outage (issue 10.4), in-process against its own real redis-server.

The server is killed with SIGKILL and started again on the same data (append-only
file), as a crashed Redis restarted by its supervisor would be.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from redis.asyncio import Redis
from saq.job import Job, Status

from app.jobs.policy import QueuePolicy
from app.jobs.queue import SubscoutQueue
from app.jobs.worker import SubscoutWorker, run_workers
from app.lib.redis_server import EmbeddedRedis, free_port
from tests.jobs.conftest import wait_until

RETRY_DELAY = 60.0
"""The policy's retry delay: a job back within seconds was requeued at once, not retried by policy."""


async def sleeps(ctx: Any, seconds: float) -> dict[str, float]:
    await asyncio.sleep(seconds)
    return {"slept": seconds}


async def reports_progress(ctx: Any, steps: int) -> dict[str, int]:
    """Touches Redis every 0.2 s, as a scan reporting progress does."""
    job: Job = ctx["job"]
    for step in range(steps):
        await job.update(progress=step / steps)
        await asyncio.sleep(0.2)
    return {"steps": steps, "attempt": job.attempts}


class Running:
    def __init__(self, server: EmbeddedRedis, queue: SubscoutQueue) -> None:
        self.server, self.queue = server, queue

    async def kill_redis(self) -> None:
        assert self.server.process is not None
        self.server.process.send_signal(signal.SIGKILL)
        await asyncio.to_thread(self.server.process.wait)

    async def restart_redis(self) -> None:
        await asyncio.to_thread(self.server.start)

    async def job(self, key: str, *statuses: Status, within: float) -> Job:
        found: list[Job] = []

        async def reached() -> bool:
            try:
                job = await self.queue.job(key)
            except OSError:
                return False
            found[:] = [job] if job is not None else []
            return job is not None and job.status in statuses

        await wait_until(reached, within=within, every=0.1)
        return found[0]


@pytest.fixture(params=[0], ids=["no-heartbeat"])
async def running(tmp_path: Path, request: pytest.FixtureRequest) -> AsyncIterator[Running]:
    server = EmbeddedRedis(tmp_path / "redis", port=free_port())
    server.start()
    redis = Redis.from_url(server.url)
    policy = QueuePolicy(timeout=60, heartbeat=request.param, concurrency=2, retry_base_delay=RETRY_DELAY)
    queue = SubscoutQueue(redis, "outage", policy=policy, namespace="outage", liveness_ttl=45)
    timers = {"sweep": 1, "worker_info": 2, "schedule": 1, "abort": 1}
    worker = SubscoutWorker(queue, [sleeps, reports_progress], concurrency=2, timers=timers)
    stop = asyncio.Event()
    task = asyncio.create_task(run_workers([worker], stop))
    yield Running(server, queue)
    stop.set()
    await asyncio.wait_for(task, timeout=30)
    server.stop()


async def test_a_job_that_finishes_during_the_outage_keeps_its_result(
    running: Running, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="subscout")
    await running.queue.enqueue(Job("sleeps", key="quiet", kwargs={"seconds": 3}))
    await running.job("quiet", Status.ACTIVE, within=10)
    await running.kill_redis()
    await asyncio.sleep(5)  # the job finishes meanwhile; nothing can be written
    await running.restart_redis()
    done = await running.job("quiet", Status.COMPLETE, within=20)
    assert done.result == {"slept": 3}
    assert done.attempts == 1, "not run again"
    outage_log(caplog)


async def test_a_job_interrupted_by_the_outage_is_requeued_as_soon_as_redis_is_back(
    running: Running, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="subscout")
    await running.queue.enqueue(Job("reports_progress", key="busy", kwargs={"steps": 20}))
    await running.job("busy", Status.ACTIVE, within=10)
    await running.kill_redis()
    await asyncio.sleep(3)
    await running.restart_redis()
    back = time.monotonic()
    done = await running.job("busy", Status.COMPLETE, within=30)
    assert done.result == {"steps": 20, "attempt": 2}, "re-run from the start, once"
    assert time.monotonic() - back < RETRY_DELAY / 2, "requeued at once, not after the retry delay"
    outage_log(caplog)


@pytest.mark.parametrize("running", [2], ids=["heartbeat-2s"], indirect=True)
async def test_a_job_running_through_an_outage_longer_than_its_heartbeat_is_not_swept(
    running: Running, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="subscout")
    await running.queue.enqueue(Job("sleeps", key="long", kwargs={"seconds": 8}))
    await running.job("long", Status.ACTIVE, within=10)
    await running.kill_redis()
    await asyncio.sleep(4)  # twice the heartbeat: its last touch looks stale when Redis returns
    await running.restart_redis()
    done = await running.job("long", Status.COMPLETE, within=30)
    assert done.attempts == 1, "touched before the sweep resumed, so never taken for stuck"
    assert not [r for r in caplog.records if r.getMessage().startswith("Sweeping job")]
    outage_log(caplog)


def outage_log(caplog: pytest.LogCaptureFixture) -> None:
    """One warning when Redis goes, one when it is back, and no traceback in between."""
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert sum(m.startswith("Redis unreachable") for m in warnings) == 1, warnings
    assert sum(m.startswith("Redis reachable again") for m in warnings) == 1, warnings
    tracebacks = [r.getMessage() for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    assert tracebacks == []


async def test_a_worker_stopped_during_the_outage_exits_promptly(tmp_path: Path) -> None:
    server = EmbeddedRedis(tmp_path / "redis", port=free_port())
    server.start()
    queue = SubscoutQueue(
        Redis.from_url(server.url), "stop", policy=QueuePolicy(timeout=60), namespace="stop", liveness_ttl=45
    )
    worker = SubscoutWorker(queue, [sleeps], concurrency=2, shutdown_grace=60)
    stop = asyncio.Event()
    task = asyncio.create_task(run_workers([worker], stop))
    await asyncio.sleep(1)
    assert server.process is not None
    server.process.send_signal(signal.SIGKILL)
    await asyncio.to_thread(server.process.wait)
    await asyncio.sleep(2)  # every loop is waiting for Redis now
    asked = time.monotonic()
    stop.set()
    await asyncio.wait_for(task, timeout=30)
    assert time.monotonic() - asked < 10, "idle job slots waiting for Redis are not running jobs"
