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
from app.jobs.policy import QueuePolicy
from app.jobs.registry import QueueSpec
from app.jobs.service import JobService
from app.notifications.jobs import NOTIFICATIONS, dispatch_job
from app.subscriptions.reminders import DEFAULT_DAYS_AHEAD, check_renewals

RENEWAL_CHECK = "renewal-check"
RENEWAL_TIMEOUT = 10 * 60


async def renewal_check(ctx: Any, **data: Any) -> dict[str, Any]:
    """Remind of renewals within ``daysAhead`` (default 30) days, for one person or everyone, then have
    the notifications queue deliver what has come due."""
    settings = ctx["settings"]
    user_id = UUID(str(data["userId"])) if data.get("userId") else None
    days_ahead = int(data.get("daysAhead") or DEFAULT_DAYS_AHEAD)
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
    kwargs = {"daysAhead": DEFAULT_DAYS_AHEAD}
    daily = CronJob(function=renewal_check, cron=settings.renewal_cron, kwargs=kwargs)
    return QueueSpec(RENEWAL_CHECK, policy, (renewal_check,), cron=(daily,))


async def enqueue_renewal_check(jobs: JobService, user_id: str | None, days_ahead: int) -> Job:
    """A renewal check now, for one person or (``user_id`` None) everyone."""
    job = Job(
        function="renewal_check",
        key=new_job_id(RENEWAL_CHECK, user_id or "all"),
        kwargs={"daysAhead": days_ahead, **({"userId": user_id} if user_id else {})},
    )
    await jobs.queue(RENEWAL_CHECK).enqueue(job)
    return job
