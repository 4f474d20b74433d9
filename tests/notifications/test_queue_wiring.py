"""The notifications queue sits on the same machinery as the others: listed once, same retries and
retention, its cron in the scheduled-jobs status, its counts and deliveries on the operator pages."""

from __future__ import annotations

import dataclasses
from uuid import UUID, uuid4

from litestar import Litestar
from litestar.testing import AsyncTestClient

from app.config import Settings
from app.lib.database import standalone_session
from app.notifications.jobs import DISPATCH_CRON, NOTIFICATIONS
from app.notifications.models import Delivery
from app.notifications.preferences import email_channel
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


async def _delivery(settings: Settings, user_id: str, status: str, answer: str) -> str:
    async with standalone_session(settings) as session:
        channel = await email_channel(session, UUID(user_id))
        row = Delivery(
            user_id=UUID(user_id), channel_id=channel.id, kind="test", dedupe_key=f"test:{answer}",
            message_id=uuid4().hex, details={}, status=status, answer=answer, attempts=1,
        )  # fmt: skip
        session.add(row)
        await session.flush()
        return str(row.id)


async def test_operators_get_every_persons_deliveries_and_failures_through_the_api(
    settings: Settings, client: Client
) -> None:
    operator = await create_account(settings, "ops2@example.com", operator=True)
    ann = await create_account(settings, "ann@example.com")
    bo = await create_account(settings, "bo@example.com")
    sent = await _delivery(settings, ann.id, "sent", "250 2.0.0 Ok: queued")
    failed = await _delivery(settings, bo.id, "failed", "550 5.1.1 <bo@example.com>: mailbox unavailable")
    url = "/api/operator/notifications/deliveries"

    everyone = (await client.get(url, headers=operator.headers)).json()
    assert {(d["id"], d["userId"], d["status"]) for d in everyone} == {
        (sent, ann.id, "sent"),
        (failed, bo.id, "failed"),
    }
    failures = (await client.get(f"{url}?status=failed", headers=operator.headers)).json()
    assert [(d["id"], d["answer"]) for d in failures] == [
        (failed, "550 5.1.1 <bo@example.com>: mailbox unavailable")
    ]
    page = await client.get("/operator/notifications", headers=operator.headers)
    assert "550 5.1.1 &lt;bo@example.com&gt;: mailbox unavailable" in page.text
    assert (await client.get(f"{url}?status=lost", headers=operator.headers)).status_code == 400
    assert (await client.get(url, headers=ann.headers)).status_code == 403
