"""The ``renewal-check`` queue: its policy, its task body, the daily cron job, and starting one now.

A renewal check writes reminders (``subscriptions/reminders.py``), then has the
notifications queue deliver what has come due.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from litestar_saq import CronJob
from saq.job import Job

from app.config import Settings
from app.jobs.ids import new_job_id
from app.jobs.payload import JobData, task_name
from app.jobs.policy import QueuePolicy
from app.jobs.registry import QueueSpec
from app.jobs.service import JobService
from app.notifications.jobs import NOTIFICATIONS, dispatch_job
from app.subscriptions.reminders import DEFAULT_DAYS_AHEAD, check_renewals

RENEWAL_CHECK = "renewal-check"
RENEWAL_TIMEOUT = 10 * 60


class RenewalCheckData(JobData):
    """For one person (``userId``) or, without it, everyone."""

    days_ahead: int
    """Always written (no default): the BullMQ design's job data always names ``daysAhead``."""
    user_id: UUID | None = None


async def renewal_check(ctx: Any, **kwargs: Any) -> dict[str, Any]:
    """Remind of renewals within ``daysAhead`` (default 30) days, for one person or everyone, then have
    the notifications queue deliver what has come due."""
    settings = ctx["settings"]
    data = RenewalCheckData.from_kwargs(kwargs)
    user_id, days_ahead = data.user_id, data.days_ahead
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
    data = RenewalCheckData(days_ahead=days_ahead, user_id=UUID(user_id) if user_id else None)
    key = new_job_id(RENEWAL_CHECK, user_id or "all")
    job = Job(function=task_name(renewal_check), key=key, kwargs=data.to_kwargs())
    await jobs.queue(RENEWAL_CHECK).enqueue(job)
    return job
