"""The ``renewal-check`` queue: its policy, its task body, the daily cron job, and starting one now.

A renewal check writes reminders (``subscriptions/reminders.py``), then has the
notifications queue deliver what has come due.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

import msgspec
from litestar_saq import CronJob
from saq.job import Job

from app.config import Settings
from app.jobs.ids import new_job_id
from app.jobs.payload import JobData, task_name
from app.jobs.policy import QueuePolicy
from app.jobs.service import JobService
from app.jobs.spec import QueueSpec
from app.notifications.jobs import NOTIFICATIONS, dispatch_job
from app.subscriptions.reminders import DEFAULT_DAYS_AHEAD, check_renewals

RENEWAL_CHECK = "renewal-check"
RENEWAL_TIMEOUT = 10 * 60


class RenewalCheckData(JobData, omit_defaults=False):
    """For one person (``userId``) or, without it, everyone.

    ``daysAhead`` is always written (the BullMQ design's job data always names it) and read with
    its default when a job leaves it out; ``userId`` is written only for one person's check."""

    days_ahead: int = DEFAULT_DAYS_AHEAD
    user_id: UUID | msgspec.UnsetType | None = msgspec.UNSET


async def renewal_check(ctx: Any, **kwargs: Any) -> dict[str, Any]:
    """Remind of renewals within ``daysAhead`` (default 30) days, for one person or everyone, then have
    the notifications queue deliver what has come due."""
    settings = ctx["settings"]
    data = RenewalCheckData.from_kwargs(kwargs)
    user_id = data.user_id if isinstance(data.user_id, UUID) else None
    days_ahead = data.days_ahead or DEFAULT_DAYS_AHEAD
    async with ctx["db"].get_session() as session:
        today = datetime.now(settings.tz).date()
        outcome = await check_renewals(session, today, days_ahead, user_id)
    await ctx["queues"][NOTIFICATIONS].enqueue(dispatch_job(user_id))
    return outcome.as_json()


def renewal_queue(settings: Settings) -> QueueSpec:
    policy = QueuePolicy(
        timeout=RENEWAL_TIMEOUT,
        heartbeat=settings.job_heartbeat,
        concurrency=1,
        retry_base_delay=settings.retry_base_delay,
    )
    kwargs = RenewalCheckData(days_ahead=DEFAULT_DAYS_AHEAD).to_kwargs()
    daily = CronJob(function=renewal_check, cron=settings.renewal_cron, kwargs=kwargs)
    return QueueSpec(RENEWAL_CHECK, policy, (renewal_check,), cron=(daily,))


async def enqueue_renewal_check(jobs: JobService, user_id: str | None, days_ahead: int) -> Job:
    """A renewal check now, for one person or (``user_id`` None) everyone."""
    data = RenewalCheckData(days_ahead=days_ahead, user_id=UUID(user_id) if user_id else msgspec.UNSET)
    key = new_job_id(RENEWAL_CHECK, user_id or "all")
    job = Job(function=task_name(renewal_check), key=key, kwargs=data.to_kwargs())
    await jobs.queue(RENEWAL_CHECK).enqueue(job)
    return job
