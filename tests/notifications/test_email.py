"""Email reminders through the whole path: a renewal check, the notifications queue, a real SMTP server."""

from __future__ import annotations

import dataclasses
import re
from email.message import EmailMessage
from pathlib import Path

from redis.asyncio import Redis
from saq.job import Job
from sqlalchemy import func, select

from app.config import Settings
from app.db.config import standalone_session
from app.jobs.names import NOTIFICATIONS, RENEWAL_CHECK
from app.jobs.queues import build_queues
from app.notifications.jobs import dispatch_job
from app.notifications.models import NotificationChannel
from app.subscriptions.models import Reminder
from tests.notifications.conftest import BASE_URL, create_person, deliveries, eventually
from tests.notifications.servers import SmtpServer


def _part(message: EmailMessage, subtype: str) -> str:
    part = message.get_body(preferencelist=(subtype,))
    assert part is not None and part.get_content_subtype() == subtype
    return str(part.get_content())


async def test_a_renewal_check_creates_the_reminder_and_emails_it(
    settings: Settings, redis: Redis, smtp: SmtpServer, worker: None
) -> None:
    person = await create_person(settings, "ada@example.com", renews_in=7)
    await build_queues(settings, redis)[RENEWAL_CHECK].enqueue(Job(function="renewal_check"))

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
    assert row.status == "sent" and row.kind == "renewal" and row.details["daysBefore"] == 7
    assert message["Message-ID"] == f"<{row.message_id}@example.org>"
    assert row.answer and "OK" in row.answer, "the SMTP server's own answer is kept"
    text, html = _part(message, "plain"), _part(message, "html")
    assert "Netflix renews in 7 days" in text and "Netflix renews in 7 days" in html
    assert f"{BASE_URL}/settings#notifications" in text
    assert f'href="{BASE_URL}/"' in html and f'href="{BASE_URL}/settings#notifications"' in html
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = re.fullmatch(r"<(.+)>", message["List-Unsubscribe"])
    assert link is not None and link.group(1).startswith(f"{BASE_URL}/notifications/unsubscribe/")
    assert link.group(1) in text and link.group(1) in html


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

    from app.jobs.worker import build_workers, run_workers

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
    person = await create_person(settings, "di@example.com", renews_in=1)
    async with standalone_session(settings) as session:
        from app.notifications.preferences import email_channel

        channel: NotificationChannel = await email_channel(session, person.id)
        channel.enabled = False
    result = await build_queues(settings, redis)[NOTIFICATIONS].enqueue(dispatch_job(person.id))
    assert result is not None
    await result.refresh(until_complete=20)
    assert result.result["planned"] == 0
    assert await deliveries(settings, person.id) == []
