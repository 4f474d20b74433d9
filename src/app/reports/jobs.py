"""The ``reports`` queue: monthly reports (on the 1st at each person's send hour, and on demand) and the
analytics cache (after every scan and import, and on demand).

Job data holds only ids and a month; everything else is read by the worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, Final, Literal
from uuid import UUID

from litestar_saq import CronJob
from saq.job import Job, Status
from saq.queue.base import Queue
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import User
from app.config import Settings
from app.jobs.ids import new_job_id
from app.jobs.payload import JobData, task_name
from app.jobs.policy import QueuePolicy
from app.jobs.spec import QueueSpec
from app.jobs.view import job_user_id
from app.notifications.jobs import NOTIFICATIONS, enqueue_sends
from app.notifications.models import NotificationPreferences
from app.notifications.planning import failed_messages, plan_message
from app.notifications.preferences import MONTHLY_REPORT, resolve
from app.reports import analytics, monthly, months
from app.reports.models import MonthlyReportRow

REPORTS = "reports"
REPORTS_TIMEOUT = 5 * 60
DUE_CRON = "*/15 * * * *"
"""Every quarter hour, like the reminders: each person's send hour on the 1st comes round in their zone."""
CATCH_UP_DAYS = 7
"""A report missed while no worker ran still goes out up to the 7th, then that month is skipped."""
PEOPLE_BATCH = 500
RESEND_BELOW = 12
"""A scheduled report whose email failed is built and sent again on the next tick (up to the 7th) while
its delivery has had fewer attempts than this: three rounds of the queue's four retries, or twelve
ticks of a server that refuses at once."""
Origin = Literal["scheduled", "on-demand"]
SCHEDULED: Final = "scheduled"
"""On the 1st, emailed when the person opted in."""
ON_DEMAND: Final = "on-demand"


class ReportData(JobData):
    user_id: UUID
    month: str
    """``YYYY-MM``."""
    origin: Origin


class AnalyticsData(JobData):
    user_id: UUID


def report_job(user_id: UUID | str, month: str, origin: Origin) -> Job:
    """Keyed by person and month: the scheduled run for a month is enqueued once however often it is due."""
    key = f"{REPORTS}-monthly-{user_id}-{month}" if origin == SCHEDULED else new_job_id(REPORTS, str(user_id))
    data = ReportData(user_id=UUID(str(user_id)), month=month, origin=origin)
    return Job(function=task_name(monthly_report), key=key, kwargs=data.to_kwargs())


def analytics_job(user_id: UUID | str, after: str | None = None) -> Job:
    """Keyed by what it follows (a finished scan or import's id): a job already running when a second
    import finishes must not swallow the refresh that import needs."""
    key = f"{REPORTS}-analytics-after-{after}" if after else new_job_id(REPORTS, str(user_id))
    data = AnalyticsData(user_id=UUID(str(user_id)))
    return Job(function=task_name(refresh_analytics), key=key, kwargs=data.to_kwargs())


async def monthly_report(ctx: Any, **kwargs: Any) -> dict[str, Any]:
    """Build (or build again) a person's report on ``month``; on schedule, email it when they opted in."""
    data = ReportData.from_kwargs(kwargs)
    user_id, month = data.user_id, data.month
    async with ctx["db"].get_session() as session:
        report = await monthly.build_and_store(session, user_id, month, datetime.now(UTC).date())
        enqueued = 0
        if data.origin == SCHEDULED:
            enqueued = await _send_report(ctx, session, user_id, month)
    return {"month": month, "total": str(report.total), "currency": report.currency, "messages": enqueued}


async def _send_report(ctx: Any, session: AsyncSession, user_id: UUID, month: str) -> int:
    await session.execute(
        update(MonthlyReportRow)
        .where(MonthlyReportRow.user_id == user_id, MonthlyReportRow.month == month)
        .values(scheduled=True)
    )
    row = await session.scalar(
        select(NotificationPreferences).where(NotificationPreferences.user_id == user_id)
    )
    messages = []
    if resolve(row, ctx["settings"].timezone).wants(MONTHLY_REPORT):
        report = await monthly.stored_data(session, user_id, month)
        messages = await plan_message(
            session, user_id, MONTHLY_REPORT, report_key(month), report, resend_below=RESEND_BELOW
        )
    await session.commit()
    return await enqueue_sends(ctx["queues"][NOTIFICATIONS], messages)


def report_key(month: str) -> str:
    """The delivery ``dedupe_key`` of a month's report email: one per channel and month."""
    return f"{MONTHLY_REPORT}:{month}"


def due_month(now: datetime, zone: Any, send_hour: int) -> str | None:
    """Last month, when the person's local date is the 1st (up to the 7th, catching up) and their send
    hour has come; None otherwise."""
    local = now.astimezone(zone)
    if local.day > CATCH_UP_DAYS or (local.day == 1 and local.hour < send_hour):
        return None
    return months.shift(months.month_of(local.date()), -1)


def could_be_due(now: datetime) -> bool:
    """Some time zone (UTC-12 to UTC+14) is in the first days of a month: otherwise skip all queries."""
    earliest, latest = now - timedelta(hours=12), now + timedelta(hours=14)
    return earliest.day <= CATCH_UP_DAYS or latest.day <= CATCH_UP_DAYS


async def monthly_reports_due(ctx: Any, **_data: Any) -> dict[str, Any]:
    """Enqueue the report of everyone whose 1st-of-the-month send hour has come and who has none yet,
    or whose report email failed."""
    async with ctx["db"].get_session() as session:
        enqueued = await enqueue_due(session, ctx["job"].get_queue(), ctx["settings"], datetime.now(UTC))
    return {"enqueued": enqueued}


async def enqueue_due(session: AsyncSession, queue: Queue, settings: Settings, now: datetime) -> int:
    if not could_be_due(now):
        return 0
    enqueued = 0
    people = list(await session.scalars(select(User.id).order_by(User.id)))
    for start in range(0, len(people), PEOPLE_BATCH):
        for user_id, month in await _due(session, people[start : start + PEOPLE_BATCH], now, settings):
            enqueued += await queue.enqueue(report_job(user_id, month, SCHEDULED)) is not None
    return enqueued


async def _due(
    session: AsyncSession, people: Sequence[UUID], now: datetime, settings: Settings
) -> list[tuple[UUID, str]]:
    prefs = {
        row.user_id: row
        for row in await session.scalars(
            select(NotificationPreferences).where(NotificationPreferences.user_id.in_(people))
        )
    }
    done = set(
        (await session.execute(
            select(MonthlyReportRow.user_id, MonthlyReportRow.month).where(
                MonthlyReportRow.user_id.in_(people), MonthlyReportRow.scheduled.is_(True)
            )
        )).tuples()
    )  # fmt: skip
    failed = await failed_messages(session, people, MONTHLY_REPORT, RESEND_BELOW)
    due = []
    for person in people:
        resolved = resolve(prefs.get(person), settings.timezone)
        month = due_month(now, resolved.zone, resolved.send_hour)
        if month is not None and ((person, month) not in done or (person, report_key(month)) in failed):
            due.append((person, month))
    return due


async def refresh_analytics(ctx: Any, **kwargs: Any) -> dict[str, Any]:
    """Compute the person's 12 months of spend and 12 of forecast and keep them."""
    user_id = AnalyticsData.from_kwargs(kwargs).user_id
    async with ctx["db"].get_session() as session:
        result = await analytics.compute_and_store(session, user_id, datetime.now(UTC).date())
    return {"historyTotal": str(result.history_total), "forecastTotal": str(result.forecast_total)}


async def refresh_analytics_after(ctx: Any) -> None:
    """After-process hook for the queues whose jobs change a person's subscriptions (scans, imports)."""
    job: Job = ctx["job"]
    user_id = job_user_id(job)
    if job.status == Status.COMPLETE and user_id:
        await ctx["queues"][REPORTS].enqueue(analytics_job(user_id, after=job.key))


def reports_queue(settings: Settings) -> QueueSpec:
    policy = QueuePolicy(timeout=REPORTS_TIMEOUT, concurrency=2, retry_base_delay=settings.retry_base_delay)
    return QueueSpec(
        REPORTS,
        policy,
        (monthly_report, monthly_reports_due, refresh_analytics),
        cron=(CronJob(function=monthly_reports_due, cron=DUE_CRON),),
    )
