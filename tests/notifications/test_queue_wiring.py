"""The notifications queue sits on the same machinery as the others: listed once, same retries and
retention, its cron in the scheduled-jobs status, its counts and deliveries on the operator pages."""

from __future__ import annotations

import dataclasses

from litestar import Litestar
from litestar.testing import AsyncTestClient

from app.config import Settings
from app.notifications.jobs import DISPATCH_CRON, NOTIFICATIONS
from app.queues import queue_specs
from tests.jobs.conftest import create_person as create_account

Client = AsyncTestClient[Litestar]


def test_the_queue_is_listed_with_the_shared_retry_and_retention_policy(settings: Settings) -> None:
    specs = {spec.name: spec for spec in queue_specs(dataclasses.replace(settings, retry_base_delay=5))}
    notifications, scans = specs[NOTIFICATIONS].policy, specs["email-scan"].policy
    assert [notifications.retry_delay(n) for n in (1, 2, 3)] == [5, 25, 125]
    assert notifications.attempts == 4
    retention = ("completed_ttl", "completed_keep", "failed_ttl")
    assert [getattr(notifications, f) for f in retention] == [getattr(scans, f) for f in retention]
    assert [(c.function.__name__, c.cron) for c in specs[NOTIFICATIONS].cron] == [  # type: ignore[union-attr]
        ("notifications_dispatch", DISPATCH_CRON)
    ]


async def test_operators_see_the_queue_and_its_deliveries_and_the_nav_leads_there(
    settings: Settings, client: Client
) -> None:
    operator = await create_account(settings, "ops@example.com", operator=True)
    person = await create_account(settings, "pat@example.com")
    status = (await client.get("/api/operator/scheduled-jobs", headers=operator.headers)).json()
    assert {(j["name"], j["queue"]) for j in status["jobs"]} >= {("notifications_dispatch", NOTIFICATIONS)}

    jobs_page = await client.get("/operator/jobs", headers=operator.headers)
    assert NOTIFICATIONS in jobs_page.text
    assert 'href="/operator/notifications"' in jobs_page.text, "the operator nav links the deliveries page"
    deliveries_page = await client.get("/operator/notifications", headers=operator.headers)
    assert deliveries_page.status_code == 200
    assert 'href="/operator/notifications" aria-current="page"' in deliveries_page.text

    mine = await client.get("/", headers=person.headers)
    assert 'href="/notifications"' in mine.text, "everyone's nav links their delivery log"
    assert 'href="/operator/notifications"' not in mine.text
    assert (await client.get("/operator/notifications", headers=person.headers)).status_code == 403
