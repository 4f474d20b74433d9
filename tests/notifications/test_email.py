"""Email reminders through the whole path: a renewal check, the notifications queue, a real SMTP server."""

from __future__ import annotations

import dataclasses
import re
from email.message import EmailMessage
from pathlib import Path
from uuid import UUID

from litestar import Litestar
from litestar.testing import AsyncTestClient
from redis.asyncio import Redis
from saq.job import Job
from sqlalchemy import func, select, update

from app.accounts.models import User
from app.config import Settings
from app.lib.database import standalone_session
from app.notifications.jobs import NOTIFICATIONS, dispatch_job
from app.notifications.models import NotificationChannel
from app.notifications.preferences import email_channel
from app.queues import build_queues
from app.renewals.jobs import RENEWAL_CHECK
from app.subscriptions.models import Reminder
from tests.notifications.conftest import BASE_URL, create_person, deliveries, eventually
from tests.notifications.servers import SmtpServer


def _part(message: EmailMessage, subtype: str) -> str:
    part = message.get_body(preferencelist=(subtype,))
    assert part is not None
    assert part.get_content_subtype() == subtype
    return str(part.get_content())


async def test_a_renewal_check_creates_the_reminder_and_emails_it(
    settings: Settings, redis: Redis, smtp: SmtpServer, worker: None
) -> None:
    person = await create_person(settings, "ada@example.com", renews_in=7)
    await build_queues(settings, redis)[RENEWAL_CHECK].enqueue(
        Job(function="renewal_check", kwargs={"daysAhead": 30})
    )

    async def mailed() -> bool:
        return len(smtp.messages()) == 1

    await eventually(mailed)
    async with standalone_session(settings) as session:
        assert await session.scalar(select(func.count()).select_from(Reminder)) == 1
    [message] = smtp.messages()
    assert message["To"] == "ada@example.com"
    assert message["From"] == "Subscout <notify@example.org>"
    assert message["Subject"].startswith("Netflix renews in 7 days (")
    assert "15.49 EUR" in message["Subject"]
    [row] = await deliveries(settings, person.id)
    assert row.status == "sent"
    assert row.kind == "renewal"
    assert row.details["daysBefore"] == 7
    assert message["Message-ID"] == f"<{row.message_id}@example.org>"
    assert "OK" in (row.answer or ""), "the SMTP server's own answer is kept"
    text, html = _part(message, "plain"), _part(message, "html")
    assert "Netflix renews in 7 days" in text
    assert "Netflix renews in 7 days" in html
    assert f"{BASE_URL}/settings#notifications" in text
    assert f'href="{BASE_URL}/"' in html
    assert f'href="{BASE_URL}/settings#notifications"' in html
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = re.fullmatch(r"<(.+)>", message["List-Unsubscribe"])
    assert link is not None
    assert link.group(1).startswith(f"{BASE_URL}/notifications/unsubscribe/")
    assert link.group(1) in text
    assert link.group(1) in html


async def test_planning_again_sends_nothing_twice(
    settings: Settings, redis: Redis, smtp: SmtpServer, worker: None
) -> None:
    person = await create_person(settings, "bo@example.com", renews_in=1)
    queue = build_queues(settings, redis)[NOTIFICATIONS]
    for _ in range(3):
        await queue.enqueue(dispatch_job(person.id))

    async def sent() -> bool:
        rows = await deliveries(settings, person.id)
        return bool(rows) and all(r.status == "sent" for r in rows)

    await eventually(sent)
    await queue.enqueue(dispatch_job())
    await eventually(sent)
    assert len(smtp.messages()) == 1
    [row] = await deliveries(settings, person.id)
    assert row.details["daysBefore"] == 1


async def test_without_smtp_url_the_message_is_written_to_the_outbox(
    settings: Settings, redis: Redis, tmp_path: Path, smtp: SmtpServer
) -> None:
    import asyncio

    from app.jobs.worker import run_workers
    from app.queues import build_workers

    outbox_settings = dataclasses.replace(settings, smtp_url="")
    person = await create_person(outbox_settings, "cy@example.com", renews_in=0)
    stop = asyncio.Event()
    task = asyncio.create_task(run_workers(build_workers(outbox_settings), stop))
    try:
        await build_queues(outbox_settings, redis)[NOTIFICATIONS].enqueue(dispatch_job(person.id))

        async def written() -> bool:
            rows = await deliveries(outbox_settings, person.id)
            return bool(rows) and rows[0].status == "sent"

        await eventually(written)
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)
    [row] = await deliveries(outbox_settings, person.id)
    assert row.outbox_path == f"outbox/{row.message_id}.eml"
    eml = (tmp_path / row.outbox_path).read_bytes()
    assert b"Subject: Netflix renews today" in eml
    assert smtp.messages() == []


async def test_a_muted_email_channel_gets_nothing(
    settings: Settings, redis: Redis, smtp: SmtpServer, worker: None
) -> None:
    person = await create_person(settings, "di@example.com", renews_in=1, email_muted=True)
    result = await build_queues(settings, redis)[NOTIFICATIONS].enqueue(dispatch_job(person.id))
    assert result is not None
    await result.refresh(until_complete=20)
    assert result.result["planned"] == 0
    assert await deliveries(settings, person.id) == []


async def test_the_one_click_unsubscribe_link_turns_that_kind_off_without_signing_in(
    settings: Settings, redis: Redis, smtp: SmtpServer, worker: None, client: AsyncTestClient[Litestar]
) -> None:
    person = await create_person(settings, "ed@example.com", renews_in=7)
    queue = build_queues(settings, redis)[NOTIFICATIONS]
    await queue.enqueue(dispatch_job(person.id))

    async def mailed() -> bool:
        return len(smtp.messages()) == 1

    await eventually(mailed)
    [message] = smtp.messages()
    link = message["List-Unsubscribe"].strip("<>")
    path = link.removeprefix(BASE_URL)
    shown = await client.get(path)
    assert shown.status_code == 200
    assert "Unsubscribe" in shown.text
    channel = await _email_channel(settings, person.id)
    assert channel.muted_kinds == [], "following the link (a GET, as link scanners do) changes nothing"
    forged = await client.post(path[:-3] + "xyz", data={"List-Unsubscribe": "One-Click"})
    assert forged.status_code == 404
    done = await client.post(path, data={"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200
    assert "no longer gets Renewal reminders" in done.text
    assert (await _email_channel(settings, person.id)).muted_kinds == ["renewal"]
    prefs = await client.get("/api/notifications/channels", headers=person.headers)
    assert [c["mutedKinds"] for c in prefs.json()] == [["renewal"]]


async def _email_channel(settings: Settings, user_id: UUID) -> NotificationChannel:
    async with standalone_session(settings) as session:
        return await email_channel(session, user_id)


async def test_send_test_says_sent_only_once_the_server_accepted(
    settings: Settings, smtp: SmtpServer, worker: None, client: AsyncTestClient[Litestar]
) -> None:
    person = await create_person(settings, "fa@example.com")
    started = await client.post("/api/notifications/test", json={"channel": "email"}, headers=person.headers)
    assert started.status_code == 202, started.text
    [delivery_id] = started.json()["deliveries"]
    url = f"/api/notifications/deliveries/{delivery_id}"

    async def sent() -> bool:
        return (await client.get(url, headers=person.headers)).json()["status"] == "sent"

    await eventually(sent)
    [message] = smtp.messages()
    assert message["Subject"] == "Test message from Subscout: this channel works"
    log = (await client.get("/api/notifications/deliveries", headers=person.headers)).json()
    assert [(d["kind"], d["status"], d["channelKind"]) for d in log] == [("test", "sent", "email")]
    assert "250" in log[0]["answer"]


async def test_a_refusing_smtp_server_is_reported_with_its_answer(
    settings: Settings, smtp: SmtpServer, client: AsyncTestClient[Litestar], worker: None
) -> None:
    person = await create_person(settings, "gi@example.com")
    async with standalone_session(settings) as session:
        await session.execute(update(User).where(User.id == person.id).values(email="refused@example.com"))
    started = await client.post("/api/notifications/test", json={"channel": "email"}, headers=person.headers)
    [delivery_id] = started.json()["deliveries"]
    url = f"/api/notifications/deliveries/{delivery_id}"

    async def failed() -> bool:
        return (await client.get(url, headers=person.headers)).json()["status"] == "failed"

    await eventually(failed)
    body = (await client.get(url, headers=person.headers)).json()
    assert body["answer"] == "550 5.1.1 <refused@example.com>: mailbox unavailable"
    assert body["attempts"] == 1, "a permanent refusal is not retried"
    assert smtp.messages() == []


async def test_bad_preferences_answer_400_naming_the_field_and_change_nothing(
    settings: Settings, client: AsyncTestClient[Litestar]
) -> None:
    person = await create_person(settings, "ho@example.com")
    for body, field in (
        ({"offsets": [400]}, "offsets"),
        ({"offsets": []}, "offsets"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"sendHour": 24}, "sendHour"),
        ({"alerts": {"weather": True}}, "alerts"),
        ({"unknown": 1}, "unknown"),
    ):
        response = await client.put("/api/notifications/preferences", json=body, headers=person.headers)
        assert response.status_code == 400, (body, response.text)
        assert field in response.text
    stored = (await client.get("/api/notifications/preferences", headers=person.headers)).json()
    assert stored["offsets"] == [7, 1]
    assert stored["timezone"] == "UTC"
    changed = await client.put(
        "/api/notifications/preferences",
        json={"offsets": [1, 30, 7, 30], "digest": True, "timezone": "Europe/Paris", "sendHour": 8,
              "alerts": {"price-increase": False}},
        headers=person.headers,
    )  # fmt: skip
    assert changed.status_code == 200, changed.text
    assert changed.json() == {
        "offsets": [30, 7, 1], "digest": True, "timezone": "Europe/Paris", "sendHour": 8,
        "alerts": {"renewal": True, "trial-ending": True, "price-increase": False, "payment-failed": True,
                   "looks-cancelled": True, "monthly-report": False},
    }  # fmt: skip
