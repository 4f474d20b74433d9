"""The dashboard's scan panels read the scan's lasting record, and the job while that record lags."""

from __future__ import annotations

from collections.abc import Callable

from litestar import Litestar
from litestar.testing import AsyncTestClient
from saq.job import Status

from app.config import Settings
from app.jobs.queue import SubscoutQueue
from app.lib.database import standalone_session
from app.scans.hooks import record_scan
from app.scans.jobs import EMAIL_SCAN
from tests.jobs.conftest import Person


async def test_a_scan_finished_in_redis_before_its_record_is_written_shows_as_finished(
    client: AsyncTestClient[Litestar],
    settings: Settings,
    alice: Person,
    make_queue: Callable[..., SubscoutQueue],
) -> None:
    started = await client.post("/api/detection/scan/email", json={}, headers=alice.headers)
    assert started.status_code == 202
    job = await make_queue(EMAIL_SCAN).job(started.json()["jobId"])
    assert job is not None
    async with standalone_session(settings) as session:  # as the worker's before-process hook does
        await record_scan(session, job)
        await session.commit()
    failures = [{"source": "old-archive.mbox", "reason": "unknown format"}]
    result = {"processed": 7, "detected": 0, "failedSources": failures}
    # As a worker does: the outcome goes to Redis first; its after-process hook writes the record later.
    await job.finish(Status.COMPLETE, result=result)
    status = await client.get(started.json()["statusUrl"], headers=alice.headers)
    assert status.json()["state"] == "completed"

    dashboard = (await client.get("/", headers=alice.headers)).text
    assert "Scan finished: 7 emails read." in dashboard
    assert "This mailbox could not be read" in dashboard
    assert "old-archive.mbox: unknown format" in dashboard
