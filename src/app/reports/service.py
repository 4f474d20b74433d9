"""What the report and analytics routes read and start, scoped to the person asking."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import UUID

from litestar.di import NamedDependency
from saq.job import Job
from sqlalchemy.ext.asyncio import AsyncSession

from app.jobs.service import JobService
from app.reports import analytics, monthly, months
from app.reports.jobs import ON_DEMAND, REPORTS, analytics_job, report_job
from app.reports.schemas import Analytics, MonthlyReport, ReportSummary


@dataclass
class ReportService:
    session: AsyncSession
    jobs: JobService

    async def report(self, user_id: UUID, month: str) -> MonthlyReport:
        """``ReportNotFound`` (404) when none is built; ``MonthError`` for a malformed month."""
        return await monthly.stored(self.session, user_id, month)

    async def maybe_report(self, user_id: UUID, month: str) -> MonthlyReport | None:
        try:
            return await self.report(user_id, month)
        except monthly.ReportNotFound:
            return None

    async def summaries(self, user_id: UUID) -> list[ReportSummary]:
        return await monthly.summaries(self.session, user_id)

    async def analytics(self, user_id: UUID) -> Analytics:
        return await analytics.cached(self.session, user_id)

    async def maybe_analytics(self, user_id: UUID) -> Analytics | None:
        try:
            return await self.analytics(user_id)
        except analytics.AnalyticsNotReady:
            return None

    async def build_report(self, user_id: UUID, month: str | None) -> Job:
        """Build ``month``'s report now (default: last month) on the reports queue; nothing is emailed."""
        chosen = month or last_month()
        months.first_day(chosen)  # a malformed month is refused before anything is enqueued
        if chosen > months.month_of(datetime.now(UTC).date()):
            raise months.MonthError(f"{chosen} has not begun: a report is on a month that has")
        job = report_job(user_id, chosen, ON_DEMAND)
        await self.jobs.queue(REPORTS).enqueue(job)
        return job

    async def refresh_analytics(self, user_id: UUID) -> Job:
        job = analytics_job(user_id)
        await self.jobs.queue(REPORTS).enqueue(job)
        return job


def last_month() -> str:
    return months.shift(months.month_of(datetime.now(UTC).date()), -1)


def provide_reports(
    db_session: NamedDependency[AsyncSession], jobs: NamedDependency[JobService]
) -> ReportService:
    return ReportService(db_session, jobs)
