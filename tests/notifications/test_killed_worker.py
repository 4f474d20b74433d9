"""A worker killed in the middle of a send: the message goes out again at most once, with the same id."""

from __future__ import annotations

import asyncio
import subprocess
import sys

from redis.asyncio import Redis

from app.config import PROJECT_ROOT, Settings
from app.lib.database import standalone_session
from app.notifications.jobs import NOTIFICATIONS, dispatch_job
from app.notifications.preferences import email_channel
from app.notifications.service import NotificationService
from app.queues import build_queues
from tests.jobs.conftest import settings_env
from tests.notifications.conftest import create_person, deliveries, eventually
from tests.notifications.servers import SmtpServer, http_receiver
from tests.notifications.smtp_handlers import SLOW_ANSWER

FAST = {
    "WORKER_LIVENESS_TTL": "2",
    "SWEEP_INTERVAL": "1",
    "WORKER_SHUTDOWN_GRACE": "5",
    "ALLOW_PRIVATE_TARGETS": "1",  # the receiver is a local server
}


def _worker(settings: Settings, log: str, env: dict[str, str] = FAST) -> subprocess.Popen[str]:
    out = (settings.data_dir / log).open("a")
    return subprocess.Popen(
        [sys.executable, "-m", "app", "worker", "--queue", NOTIFICATIONS],
        env=settings_env(settings, **env), cwd=PROJECT_ROOT, stdout=out, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


async def test_a_worker_killed_mid_send_gives_one_repeat_with_the_same_webhook_id(
    settings: Settings, redis: Redis
) -> None:
    person = await create_person(settings, "kim@example.com", renews_in=1)
    children: list[subprocess.Popen[str]] = []
    with http_receiver(delay=2.0) as receiver:
        async with standalone_session(settings) as session:
            (await email_channel(session, person.id)).enabled = False
            await NotificationService(session, settings).add_webhook(person.id, receiver.url + "/hook", None)
        try:
            first = _worker(settings, "worker-1.log")
            children.append(first)

            async def arrived(n: int) -> bool:
                return len(receiver.received) >= n

            await eventually(lambda: arrived(1), within=240)  # a loaded machine starts a worker slowly
            first.kill()  # SIGKILL while the receiver has the message and has not answered yet
            first.wait(timeout=10)
            [row] = await deliveries(settings, person.id)
            assert row.status == "sending", "the claim was committed before sending"
            children.append(_worker(settings, "worker-2.log"))

            async def sent() -> bool:
                return (await deliveries(settings, person.id))[0].status == "sent"

            await eventually(sent, within=240)
            await build_queues(settings, redis)[NOTIFICATIONS].enqueue(dispatch_job())
            await asyncio.sleep(3)
        finally:
            for child in children:
                if child.poll() is None:
                    child.terminate()
                    child.wait(timeout=20)
    original, repeat = receiver.received  # exactly one repeat, however often it is planned again
    assert original.headers["webhook-id"] == repeat.headers["webhook-id"] == row.message_id
    assert (
        original.body == repeat.body
        or original.headers["webhook-timestamp"] != repeat.headers["webhook-timestamp"]
    )
    [done] = await deliveries(settings, person.id)
    assert (done.status, done.interrupted) == ("sent", 1)


async def test_a_worker_killed_mid_smtp_send_repeats_once_with_the_same_message_id(
    settings: Settings, redis: Redis, smtp: SmtpServer
) -> None:
    """The SMTP server has stored the message but not answered 250 when the worker dies."""
    person = await create_person(settings, "slow-sam@example.com", renews_in=1)
    env = {**FAST, "SMTP_URL": settings.smtp_url, "PUBLIC_URL": settings.public_url}
    children = [_worker(settings, "smtp-worker-1.log", env)]
    try:
        await eventually(lambda: _stored(smtp, 1), within=240)
        children[0].kill()
        children[0].wait(timeout=10)
        [row] = await deliveries(settings, person.id)
        assert row.status == "sending"
        children.append(_worker(settings, "smtp-worker-2.log", env))

        async def sent() -> bool:
            return (await deliveries(settings, person.id))[0].status == "sent"

        await eventually(sent, within=240)
        await build_queues(settings, redis)[NOTIFICATIONS].enqueue(dispatch_job())
        await asyncio.sleep(SLOW_ANSWER + 2)
    finally:
        for child in children:
            if child.poll() is None:
                child.terminate()
                child.wait(timeout=20)
    original, repeat = smtp.messages()  # one repeat, however often it is planned again
    assert original["Message-ID"] == repeat["Message-ID"]
    assert original["Message-ID"].startswith(f"<{row.message_id}@")
    [done] = await deliveries(settings, person.id)
    assert (done.status, done.interrupted) == ("sent", 1)


async def _stored(smtp: SmtpServer, n: int) -> bool:
    return len(smtp.messages()) >= n
