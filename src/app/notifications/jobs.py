"""The ``notifications`` queue's job bodies and how other code asks for them.

Job data holds only ids (a person, a message): addresses, URLs and secrets are
read from the database, encrypted at rest, by the worker.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from litestar_saq import CronJob
from saq.job import Job
from saq.queue.base import Queue

from app.config import Settings
from app.jobs.payload import JobData, task_name
from app.jobs.policy import QueuePolicy
from app.jobs.spec import QueueSpec
from app.notifications import planning
from app.notifications.delivery import deliver
from app.notifications.planning import Message

NOTIFICATIONS = "notifications"
DISPATCH_CRON = "*/15 * * * *"
"""Every quarter hour: each person's send hour comes round in their own zone (some are :30 or :45 off UTC)."""
NOTIFICATION_TIMEOUT = 5 * 60
"""A send takes seconds (SMTP and HTTP calls time out sooner); planning everyone takes longer."""
NOTIFICATION_CONCURRENCY = 8
"""Sends wait on other servers, not on this CPU."""


class DispatchData(JobData):
    """What has come due for one person (``userId``) or, without it, for everyone."""

    user_id: UUID | None = None


def send_job(message: Message) -> Job:
    """Keyed by the message: enqueueing it again while it is queued, retried or running does nothing."""
    return Job(
        function=task_name(notification_send),
        key=f"{NOTIFICATIONS}-{message.user_id}-{message.message_id}",
        kwargs=message.to_kwargs(),
    )


async def enqueue_sends(queue: Queue, messages: Iterable[Message]) -> int:
    enqueued = 0
    for message in messages:
        enqueued += await queue.enqueue(send_job(message)) is not None
    return enqueued


def dispatch_job(user_id: UUID | None = None) -> Job:
    stamp = int(datetime.now(UTC).timestamp() * 1000)
    key = f"{NOTIFICATIONS}-dispatch-{user_id or 'all'}-{stamp}"
    return Job(
        function=task_name(notifications_dispatch), key=key, kwargs=DispatchData(user_id=user_id).to_kwargs()
    )


async def notifications_dispatch(ctx: Any, **kwargs: Any) -> dict[str, Any]:
    """Plan what has come due (one person or everyone) and enqueue its sending, plus anything left unsent."""
    settings = ctx["settings"]
    user_id = DispatchData.from_kwargs(kwargs).user_id
    async with ctx["db"].get_session() as session:
        plan = await planning.plan(session, datetime.now(UTC), settings.timezone, user_id)
        leftovers = await planning.unfinished_messages(session, user_id)
    new = {m.message_id for m in plan.messages}
    queue = ctx["job"].get_queue()
    enqueued = await enqueue_sends(
        queue, [*plan.messages, *(m for m in leftovers if m.message_id not in new)]
    )
    return {"planned": plan.planned, "messages": len(plan.messages), "enqueued": enqueued}


async def notification_send(ctx: Any, **kwargs: Any) -> dict[str, Any]:
    """Send one message (its deliveries), at most once; a refusal is retried after 5 s, 25 s, 125 s."""
    job: Job = ctx["job"]
    message_id = Message.from_kwargs(kwargs).message_id
    async with ctx["db"].get_session() as session:
        outcome = await deliver(session, ctx["settings"], message_id, job.attempts >= job.retries)
    return {"status": outcome.status, "answer": outcome.answer}


async def catch_up(ctx: Any) -> None:
    """When a worker starts: plan what came due while no worker ran (duplicates are impossible)."""
    await ctx["worker"].queue.enqueue(dispatch_job())


def notifications_queue(settings: Settings) -> QueueSpec:
    policy = QueuePolicy(
        timeout=NOTIFICATION_TIMEOUT,
        concurrency=NOTIFICATION_CONCURRENCY,
        retry_base_delay=settings.retry_base_delay,
    )
    return QueueSpec(
        NOTIFICATIONS,
        policy,
        (notifications_dispatch, notification_send),
        cron=(CronJob(function=notifications_dispatch, cron=DISPATCH_CRON),),
        on_startup=(catch_up,),
    )
