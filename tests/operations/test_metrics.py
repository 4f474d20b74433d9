"""Prometheus metrics at /metrics: operators only; queue depth, job attempts and durations, HTTP latency."""

from __future__ import annotations

import asyncio

from litestar import Litestar
from litestar.testing import AsyncTestClient
from prometheus_client.parser import text_string_to_metric_families

from app.config import Settings
from tests.jobs.conftest import create_person
from tests.support import bearer_for, wait_finished


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


async def test_metrics_are_for_operators_only(client: AsyncTestClient[Litestar], settings: Settings) -> None:
    assert (await client.get("/metrics", follow_redirects=False)).status_code in (302, 303)
    person = await create_person(settings, "someone@example.com")
    assert (await client.get("/metrics", headers=person.headers)).status_code == 403


async def test_metrics_show_queue_depth_job_outcomes_durations_and_http_latency(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None
) -> None:
    operator = await create_person(settings, "ops@example.com", operator=True)
    headers = await bearer_for(settings, "scanner@example.com", demo_data=True)
    started = (await client.post("/api/detection/scan/email", headers=headers, json={})).json()
    await wait_finished(client, started["statusUrl"], headers)
    queue = (("queue", "email-scan"),)
    completed = ("subscout_job_attempts_total", (("outcome", "complete"), *queue))
    # The worker records the attempt in its after-process hook, just after the job shows as finished.
    for _ in range(100):
        response = await client.get("/metrics", headers=operator.headers)
        assert response.status_code == 200
        found = samples(response.text)
        if found.get(completed, 0) >= 1:
            break
        await asyncio.sleep(0.05)
    assert found[("subscout_job_attempts_total", (("outcome", "complete"), *queue))] >= 1
    assert found[("subscout_job_attempts_total", (("outcome", "failed"), *queue))] == 0
    assert found[("subscout_job_duration_seconds_count", queue)] >= 1
    assert found[("subscout_job_duration_seconds_sum", queue)] > 0
    assert found[("subscout_queue_jobs", (*queue, ("state", "queued")))] == 0
    scan_route = ("route", "/api/detection/scan/email")
    latency = [
        k for k in found if k[0] == "subscout_http_request_duration_seconds_count" and scan_route in k[1]
    ]
    assert latency, "the scan request's latency was measured under its route template"
