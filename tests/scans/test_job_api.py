"""The jobs JSON API (my jobs, cancel) and the operator's API and page, in one web app in-process."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient
from redis.asyncio import Redis
from saq.job import Job, Status

from app.config import Settings
from app.jobs.ids import new_job_id
from app.jobs.service import JobService
from app.jobs.worker import SubscoutWorker
from app.lib.redis import user_events_channel
from app.queues import build_queues
from app.scans.jobs import EMAIL_SCAN, TRANSACTION_SYNC
from tests.jobs.conftest import Person, wait_until

Client = AsyncTestClient[Litestar]


async def test_my_jobs_list_and_cancelling_a_queued_scan(client: Client, alice: Person, bob: Person) -> None:
    first = await client.post("/api/detection/scan/email", json={"maxEmails": 50}, headers=alice.headers)
    assert first.status_code == 202
    again = await client.post("/api/detection/scan/email", json={}, headers=alice.headers)
    assert again.status_code == 202
    job_id = first.json()["jobId"]
    assert again.json()["jobId"] == job_id, "one queued-or-running scan per person per kind"

    mine = (await client.get("/api/detection/jobs", headers=alice.headers)).json()
    assert [(j["id"], j["queue"], j["state"]) for j in mine] == [(job_id, "email-scan", "pending")]
    assert (await client.get("/api/detection/jobs", headers=bob.headers)).json() == []

    url = f"/api/detection/jobs/email-scan/{job_id}"
    assert (await client.delete(url, headers=bob.headers)).status_code == 404
    cancelled = await client.delete(url, headers=alice.headers)
    assert cancelled.status_code == 200
    assert (cancelled.json()["state"], cancelled.json()["failedReason"]) == ("failed", "cancelled")
    assert (await client.delete(url, headers=alice.headers)).status_code == 409

    fresh = await client.post("/api/detection/scan/email", json={}, headers=alice.headers)
    assert fresh.json()["jobId"] != job_id, "the cancelled scan no longer holds the person's slot"
    mine = (await client.get("/api/detection/jobs?limit=5", headers=alice.headers)).json()
    assert [j["id"] for j in mine] == [fresh.json()["jobId"], job_id]
    assert mine[1]["state"] == "failed"
    assert (await client.get("/api/detection/jobs?limit=0", headers=alice.headers)).status_code == 400
    twice = await client.get("/api/detection/jobs?limit=x&limit=5", headers=alice.headers)
    assert twice.status_code == 400
    assert twice.json()["extra"] == [{"key": "limit", "message": "given more than once", "source": "query"}]


async def test_the_polled_job_status_still_runs_its_guard(client: Client, alice: Person) -> None:
    """``@polled_get`` hands guards the handler itself instead of a copy: the guard must still run."""
    started = await client.post("/api/detection/scan/email", json={}, headers=alice.headers)
    url = f"/api/detection/jobs/email-scan/{started.json()['jobId']}"
    assert (await client.get(url)).status_code == 401
    assert (await client.get(url, headers={"Authorization": "Bearer sk_not-a-token"})).status_code == 401
    assert (await client.get(url, headers=alice.headers)).status_code == 200


async def test_cancelling_a_running_job_stops_it_and_tells_the_sockets(
    client: Client,
    settings: Settings,
    redis: Redis,
    alice: Person,
    start_workers: Callable[..., Awaitable[list[SubscoutWorker]]],
) -> None:
    async def sleep_task(ctx: Any, **_: Any) -> None:
        await asyncio.sleep(30)

    await start_workers({"sleep_task": sleep_task})
    jobs = JobService(build_queues(settings, redis), redis, settings)
    job = (await jobs.enqueue_for_user(TRANSACTION_SYNC, sleep_task, alice.id)).job
    pubsub = redis.pubsub()
    await pubsub.subscribe(user_events_channel(settings, alice.id))

    async def running() -> bool:
        await job.refresh()
        return job.status == Status.ACTIVE

    await wait_until(running)
    response = await client.delete(f"/api/detection/jobs/{TRANSACTION_SYNC}/{job.key}", headers=alice.headers)
    assert response.status_code == 200

    async def aborted() -> bool:
        await job.refresh()
        return job.status == Status.ABORTED

    await wait_until(aborted, within=10)
    events: list[dict[str, Any]] = []

    async def told() -> bool:
        message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=0.2)
        if message is not None:
            events.append(json.loads(message["data"]))
        return bool(events) and events[-1]["type"] == "job-failed"

    await wait_until(told, within=10)
    await pubsub.aclose()
    assert events[-1]["type"] == "job-failed"
    assert (events[-1]["jobId"], events[-1]["willRetry"]) == (job.key, False)
    assert await jobs.active_job(TRANSACTION_SYNC, alice.id) is None


async def test_scheduled_jobs_status_for_operators_only(
    client: Client, alice: Person, operator: Person
) -> None:
    assert (await client.get("/api/operator/scheduled-jobs")).status_code == 401
    assert (await client.get("/api/operator/scheduled-jobs", headers=alice.headers)).status_code == 403
    status = (await client.get("/api/operator/scheduled-jobs", headers=operator.headers)).json()
    assert sorted(job["name"] for job in status["jobs"]) == [
        "cleanup_exports",
        "delete_expired_demo_accounts",
        "fetch_rates",
        "monthly_reports_due",
        "notifications_dispatch",
        "renewal_check",
    ]
    assert status["totalScheduled"] == 6
    by_name = {job["name"]: job for job in status["jobs"]}
    cron, dispatch = by_name["renewal_check"], by_name["notifications_dispatch"]
    assert (cron["name"], cron["queue"], cron["cron"], cron["timezone"]) == (
        "renewal_check",
        "renewal-check",
        "0 9 * * *",
        "UTC",
    )
    assert (dispatch["name"], dispatch["queue"], dispatch["cron"]) == (
        "notifications_dispatch",
        "notifications",
        "*/15 * * * *",
    )
    next_run = datetime.fromisoformat(cron["nextRun"])
    assert (next_run.hour, next_run.minute) == (9, 0)
    assert cron["nextRunMillis"] == int(next_run.timestamp() * 1000)


async def test_operator_lists_finished_jobs_and_sees_the_jobs_page(
    client: Client, alice: Person, operator: Person
) -> None:
    started = (await client.post("/api/detection/scan/email", json={}, headers=alice.headers)).json()
    await client.delete(started["statusUrl"], headers=alice.headers)
    failed = (await client.get("/api/operator/jobs?state=failed", headers=operator.headers)).json()
    assert [(j["id"], j["queue"], j["failedReason"]) for j in failed] == [
        (started["jobId"], "email-scan", "cancelled")
    ]
    assert (await client.get("/api/operator/jobs?state=completed", headers=operator.headers)).json() == []
    assert (await client.get("/api/operator/jobs", headers=alice.headers)).status_code == 403
    # An operator may read anyone's job; others still get 404.
    assert (await client.get(started["statusUrl"], headers=operator.headers)).status_code == 200

    page = await client.get("/operator/jobs", headers=operator.headers)
    assert page.status_code == 200
    assert "Scheduled jobs (6)" in page.text
    assert "renewal_check" in page.text
    assert "notifications_dispatch" in page.text
    assert started["jobId"] in page.text
    assert 'href="/operator/jobs"' in page.text
    assert (await client.get("/operator/jobs", headers=alice.headers)).status_code == 403


async def test_job_status_polls_skip_compression_and_other_answers_keep_it(
    client: Client, alice: Person, settings: Settings, redis: Redis
) -> None:
    """A status poll is answered uncompressed even when it is large and the client accepts gzip."""
    queue = build_queues(settings, redis)[EMAIL_SCAN]
    job = Job(function="email_scan", key=new_job_id(EMAIL_SCAN, alice.id), kwargs={"userId": alice.id})
    job.kwargs["note"] = "x" * 4000  # far above the 1 KB from which answers are gzipped
    await queue.enqueue(job)
    gzip = {"Accept-Encoding": "gzip"}

    status = await client.get(f"/api/detection/jobs/{EMAIL_SCAN}/{job.key}", headers=alice.headers | gzip)
    assert status.status_code == 200
    assert "content-encoding" not in status.headers
    assert status.json()["data"]["note"] == "x" * 4000

    document = await client.get("/schema/openapi.json", headers=gzip)
    assert document.headers["content-encoding"] == "gzip", "the rest of the API is still compressed"
