"""The reports queue's job bodies through a real worker: the scheduled report emailed (HTML bars, text,
unsubscribe) once and only when asked for, built and sent again on the next tick when it failed, reports
and analytics on demand through the API, and the analytics computed again after an import."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from redis.asyncio import Redis

from app.accounts.services import ApiTokenService
from app.config import Settings
from app.lib.database import standalone_session
from app.notifications.models import Delivery
from app.notifications.preferences import MONTHLY_REPORT, preferences_row
from app.queues import build_queues
from app.reports import monthly
from app.reports.jobs import REPORTS, SCHEDULED, enqueue_due, report_job
from tests.notifications.conftest import deliveries, eventually
from tests.notifications.servers import SmtpServer, smtp_server
from tests.reports.known_account import create_known_account, store_rates
from tests.support import bearer_for, wait_finished

Client = AsyncTestClient[Litestar]


@pytest.fixture
def smtp(tmp_path: Path) -> Iterator[SmtpServer]:
    with smtp_server(tmp_path) as server:
        yield server


@pytest.fixture
def settings(settings: Settings, smtp: SmtpServer) -> Settings:
    return dataclasses.replace(settings, smtp_url=smtp.url, public_url="http://testserver.local")


async def _opt_in(settings: Settings, user_id: UUID, on: bool = True) -> None:
    async with standalone_session(settings) as session:
        (await preferences_row(session, user_id)).alerts = {MONTHLY_REPORT: on}


async def report_deliveries(settings: Settings, user_id: UUID) -> list[Delivery]:
    """The person's monthly-report deliveries: the known account's subscriptions renew on fixed
    dates, so the reminders the worker's dispatch sends for them depend on the day the suite runs."""
    return [d for d in await deliveries(settings, user_id) if d.kind == MONTHLY_REPORT]


def report_mails(smtp: SmtpServer) -> list[EmailMessage]:
    return [m for m in smtp.messages() if "report" in str(m["Subject"])]


def _part(message: EmailMessage, subtype: str) -> str:
    part = message.get_body(preferencelist=(subtype,))
    assert part is not None
    return str(part.get_content())


async def _run_scheduled(settings: Settings, redis: Redis, user_id: UUID) -> None:
    queue = build_queues(settings, redis)[REPORTS]
    job = report_job(user_id, "2026-11", SCHEDULED)
    await queue.enqueue(job)

    async def done() -> bool:
        found = await queue.job(job.key)
        return found is not None and found.status in ("complete", "failed")

    await eventually(done, within=60)


async def test_the_scheduled_report_is_emailed_once_to_who_asked_for_it(
    settings: Settings, smtp: SmtpServer, redis: Redis, worker: None
) -> None:
    asked = await create_known_account(settings, "asked@example.com")
    await store_rates(settings)
    not_asked = await create_known_account(settings, "quiet@example.com")
    await _opt_in(settings, asked)
    for person in (asked, not_asked):
        await _run_scheduled(settings, redis, person)

    async def sent() -> bool:
        return [d.status for d in await report_deliveries(settings, asked)] == ["sent"]

    await eventually(sent, within=60)
    [message] = report_mails(smtp)
    assert message["To"] == "asked@example.com"
    assert " ".join(str(message["Subject"]).split()) == (
        "Your November 2026 report: 63.86 EUR spent, 40% more than in October 2026"
    )
    html, text = _part(message, "html"), _part(message, "plain")
    assert "<svg" not in html, "email clients do not show SVG"
    assert 'width="100%"' in html, "Health's bar as a table width"
    assert 'width="59%"' in html, "Streaming's"
    assert "Netflix: 15.49 → <strong>17.99</strong>" in html
    assert "http://testserver.local/reports/2026-11" in html
    assert "http://testserver.local/reports/2026-11" in text
    assert "- Streaming: 17.99 / 15.49" in text
    assert "Adobe: 239.88 EUR" in text
    assert message["List-Unsubscribe"].startswith("<http://testserver.local/notifications/unsubscribe/")
    assert await report_deliveries(settings, not_asked) == [], "the monthly email is opt-in"

    await _run_scheduled(settings, redis, asked)  # the same month again (a retry, a second worker)
    await _opt_in(settings, asked)
    assert len(await report_deliveries(settings, asked)) == 1
    assert len(report_mails(smtp)) == 1


TICK = datetime(2026, 12, 2, 12, tzinfo=UTC)
"""A quarter-hour tick on the 2nd: November's report is due in every zone, send hour or not."""


async def _tick(settings: Settings, redis: Redis, now: datetime) -> int:
    """What the reports cron does at ``now``: the reports enqueued."""
    async with standalone_session(settings) as session:
        return await enqueue_due(session, build_queues(settings, redis)[REPORTS], settings, now)


async def _job_status(settings: Settings, redis: Redis, user_id: UUID, *statuses: str) -> None:
    queue = build_queues(settings, redis)[REPORTS]
    key = report_job(user_id, "2026-11", SCHEDULED).key

    async def finished() -> bool:
        found = await queue.job(key)
        return found is not None and found.status in statuses

    await eventually(finished, within=60)


async def test_a_scheduled_report_whose_job_failed_is_built_on_the_next_tick(
    settings: Settings, smtp: SmtpServer, redis: Redis, worker: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = await create_known_account(settings, "again@example.com")
    await store_rates(settings)
    await _opt_in(settings, person)
    build = monthly.build_and_store

    async def database_gone(*_args: Any) -> None:
        raise ConnectionError("the database went away")

    monkeypatch.setattr(monthly, "build_and_store", database_gone)
    assert await _tick(settings, redis, TICK) == 1
    await _job_status(settings, redis, person, "failed")
    assert await report_deliveries(settings, person) == []

    monkeypatch.setattr(monthly, "build_and_store", build)
    assert await _tick(settings, redis, TICK + timedelta(minutes=15)) == 1
    await _job_status(settings, redis, person, "complete")

    async def sent() -> bool:
        return [d.status for d in await report_deliveries(settings, person)] == ["sent"]

    await eventually(sent, within=60)
    assert await _tick(settings, redis, TICK + timedelta(minutes=30)) == 0, "handled: not again"
    assert len(report_mails(smtp)) == 1


async def test_a_report_email_that_failed_is_sent_on_the_next_tick(
    settings: Settings, smtp: SmtpServer, redis: Redis, worker: None
) -> None:
    person = await create_known_account(settings, "outage@example.com")
    await store_rates(settings)
    await _opt_in(settings, person)
    smtp.stop()  # the mail server is down for the 1st's run and its retries
    assert await _tick(settings, redis, TICK) == 1

    async def failed() -> bool:
        return [d.status for d in await report_deliveries(settings, person)] == ["failed"]

    await eventually(failed, within=60)
    [delivery] = await report_deliveries(settings, person)
    assert "could not reach" in str(delivery.answer)

    smtp.start()  # back, on the same address
    assert await _tick(settings, redis, TICK + timedelta(minutes=15)) == 1

    async def sent() -> bool:
        return [(d.status, d.message_id) for d in await report_deliveries(settings, person)] == [
            ("sent", delivery.message_id)
        ]

    await eventually(sent, within=60)
    [message] = report_mails(smtp)
    assert "Your November 2026 report" in " ".join(str(message["Subject"]).split())
    assert await _tick(settings, redis, TICK + timedelta(minutes=30)) == 0, "sent: not again"


async def test_reports_and_analytics_on_demand_through_the_api(
    settings: Settings, client: Client, worker: None
) -> None:
    user_id = await create_known_account(settings)
    await store_rates(settings)
    async with standalone_session(settings) as session:
        _, token = await ApiTokenService(session=session).issue(user_id, "test")
    headers = {"Authorization": f"Bearer {token}"}
    assert (await client.get("/api/reports/monthly/2026-11", headers=headers)).status_code == 404
    assert (await client.get("/api/analytics", headers=headers)).status_code == 404
    for body in ({"month": "2026-13"}, {"month": "2999-01"}, {"month": "soon"}):
        refused = await client.post("/api/reports/monthly", json=body, headers=headers)
        assert refused.status_code == 400, body
        assert refused.json()["extra"][0]["key"] == "month"
    assert (await client.post("/api/reports/monthly", json={"nope": 1}, headers=headers)).status_code == 400

    started = await client.post("/api/reports/monthly", json={"month": "2026-11"}, headers=headers)
    assert started.status_code == 202
    assert (await wait_finished(client, started.json()["statusUrl"], headers))["state"] == "completed"
    report = (await client.get("/api/reports/monthly/2026-11", headers=headers)).json()
    assert report["total"] == "63.86"
    assert report["byCategory"][0]["name"] == "Health"
    listed = (await client.get("/api/reports/monthly", headers=headers)).json()
    assert [r["month"] for r in listed] == ["2026-11"]
    page = await client.get("/reports/2026-11", headers=headers)
    assert page.status_code == 200
    assert "63.86" in page.text
    assert 'class="share-bars"' in page.text

    started = await client.post("/api/analytics", headers=headers)
    assert started.status_code == 202
    assert (await wait_finished(client, started.json()["statusUrl"], headers))["state"] == "completed"
    found = (await client.get("/api/analytics", headers=headers)).json()
    assert len(found["history"]) == 12
    assert len(found["forecast"]) == 12
    page = await client.get("/analytics", headers=headers)
    assert '<svg class="spend-chart"' in page.text
    assert '<title id="spend-title">' in page.text
    assert "<table>" in page.text, "a table fallback with every figure"


async def test_an_import_computes_the_analytics_again(
    settings: Settings, client: Client, worker: None
) -> None:
    headers = await bearer_for(settings, "importer@example.com")
    # Renewing today: each of the 12 forecast months, this one included, holds one 4.00 renewal whatever
    # the day the suite runs (a fixed renewal day would, later in a month, fall before the import: 44.00).
    today = datetime.now(UTC).date()
    line = f"New Tool,4.00,EUR,monthly,{today},Work"
    csv = f"name,amount,currency,cycle,next_renewal,category\n{line}\n".encode()
    started = await client.post("/api/imports", headers=headers, files={"data": ("x.csv", csv, "text/csv")})
    preview = await wait_finished(client, started.json()["statusUrl"], headers)
    confirm = await client.post(f"/api/imports/{preview['returnvalue']['uploadId']}/confirm", headers=headers)
    await wait_finished(client, confirm.json()["statusUrl"], headers)

    async def computed_with_the_import() -> bool:
        response = await client.get("/api/analytics", headers=headers)
        return response.status_code == 200 and response.json()["forecastTotal"] == "48.00"

    try:
        await eventually(computed_with_the_import, within=30)
    except AssertionError:
        raise AssertionError((await client.get("/api/analytics", headers=headers)).text) from None
