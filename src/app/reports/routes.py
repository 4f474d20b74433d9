"""The monthly report and analytics pages and their API twins (``/api/reports/…``, ``/api/analytics``)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from litestar import Controller, Request, get, post
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, FromQuery, JSONBody
from litestar.plugins.htmx import HTMXTemplate
from litestar.response import Template
from litestar.status_codes import HTTP_202_ACCEPTED

from app.accounts.auth import requires_user
from app.accounts.models import User
from app.lib.openapi import REFUSES
from app.reports import charts, months
from app.reports.schemas import (
    LAST_MONTH,
    Analytics,
    JobStarted,
    MonthlyReport,
    ReportRequest,
    ReportSummary,
)
from app.reports.service import ReportService, last_month, provide_reports

SERVICES = {"reports": Provide(provide_reports, sync_to_thread=False)}


def _stamp(moment: datetime | None) -> str:
    return moment.isoformat() if moment else ""


def _fresh(moment: datetime | None, after: str | None) -> bool:
    """Built after the person asked (``after``: when they clicked), or no rebuild was asked for."""
    if not after:
        return moment is not None
    return moment is not None and moment.isoformat() > after


class ReportApiController(Controller):
    path = "/api"
    guards = [requires_user]
    tags = ["reports"]
    dependencies = SERVICES

    @get("/reports/monthly")
    async def list_reports(
        self, request: Request[User, Any, Any], reports: NamedDependency[ReportService]
    ) -> list[ReportSummary]:
        """The months I have a report on, newest first."""
        return await reports.summaries(request.user.id)

    @get("/reports/monthly/{month:str}")
    async def get_report(
        self, request: Request[User, Any, Any], reports: NamedDependency[ReportService], month: FromPath[str]
    ) -> MonthlyReport:
        """One month's report (``YYYY-MM``): spend against the month before by category and currency in the
        home currency, subscriptions found, price increases, next month's renewals, big yearly ones."""
        return await reports.report(request.user.id, month)

    @post("/reports/monthly", status_code=HTTP_202_ACCEPTED)
    async def build_report(
        self,
        request: Request[User, Any, Any],
        reports: NamedDependency[ReportService],
        data: JSONBody[ReportRequest] = LAST_MONTH,
    ) -> JobStarted:
        """Build a month's report now (default: last month); read it at ``/api/reports/monthly/{month}``."""
        job = await reports.build_report(request.user.id, data.month)
        return JobStarted.for_job(job, "Report being built")

    @get("/analytics", opt={REFUSES: ("404",)})
    async def get_analytics(
        self, request: Request[User, Any, Any], reports: NamedDependency[ReportService]
    ) -> Analytics:
        """Spend in each of the last 12 months and the forecast for the next 12, in the home currency
        (computed after each scan and import; 404 until one has finished)."""
        return await reports.analytics(request.user.id)

    @post("/analytics", status_code=HTTP_202_ACCEPTED)
    async def refresh_analytics(
        self, request: Request[User, Any, Any], reports: NamedDependency[ReportService]
    ) -> JobStarted:
        """Compute the analytics again now."""
        return JobStarted.for_job(
            await reports.refresh_analytics(request.user.id), "Analytics being computed"
        )


class ReportPageController(Controller):
    guards = [requires_user]
    include_in_schema = False
    dependencies = SERVICES

    async def _report_context(
        self, reports: ReportService, user: User, month: str, after: str | None
    ) -> dict[str, Any]:
        report = await reports.maybe_report(user.id, month)
        return {
            "user": user,
            "active_nav": "reports",
            "month": month,
            "month_label": months.label(month),
            "report": report,
            "building": after is not None and not _fresh(report.generated_at if report else None, after),
            "after": after,
            "summaries": await reports.summaries(user.id),
        }

    @get("/reports", name="reports")
    async def latest(
        self, request: Request[User, Any, Any], reports: NamedDependency[ReportService]
    ) -> Template:
        """Last month's report (or the button that builds it) and the months reported on."""
        context = await self._report_context(reports, request.user, last_month(), None)
        return Template("reports/monthly.html", context=context)

    @get("/reports/{month:str}")
    async def month_page(
        self,
        request: Request[User, Any, Any],
        reports: NamedDependency[ReportService],
        month: FromPath[str],
        after: FromQuery[str | None] = None,
    ) -> Template:
        """A month's report; htmx polls the panel alone (``after``: when a rebuild was asked for)."""
        context = await self._report_context(reports, request.user, month, after)
        if request.headers.get("hx-request") == "true":
            return HTMXTemplate(template_name="reports/_report.html", context=context)
        return Template("reports/monthly.html", context=context)

    @post("/reports/{month:str}", status_code=200)
    async def build(
        self, request: Request[User, Any, Any], reports: NamedDependency[ReportService], month: FromPath[str]
    ) -> Template:
        asked = _stamp(datetime.now(UTC))
        await reports.build_report(request.user.id, month)
        context = await self._report_context(reports, request.user, month, asked)
        return HTMXTemplate(template_name="reports/_report.html", context=context)

    async def _analytics_context(
        self, reports: ReportService, user: User, after: str | None
    ) -> dict[str, Any]:
        found = await reports.maybe_analytics(user.id)
        chart = None
        if found is not None:
            chart = charts.bar_chart([("history", found.history), ("forecast", found.forecast)])
        return {
            "user": user,
            "active_nav": "analytics",
            "analytics": found,
            "chart": chart,
            "after": after,
            "building": after is not None and not _fresh(found.computed_at if found else None, after),
        }

    @get("/analytics", name="analytics")
    async def analytics_page(
        self,
        request: Request[User, Any, Any],
        reports: NamedDependency[ReportService],
        after: FromQuery[str | None] = None,
    ) -> Template:
        context = await self._analytics_context(reports, request.user, after)
        if request.headers.get("hx-request") == "true":
            return HTMXTemplate(template_name="reports/_analytics.html", context=context)
        return Template("reports/analytics.html", context=context)

    @post("/analytics", status_code=200)
    async def refresh(
        self, request: Request[User, Any, Any], reports: NamedDependency[ReportService]
    ) -> Template:
        asked = _stamp(datetime.now(UTC))
        await reports.refresh_analytics(request.user.id)
        context = await self._analytics_context(reports, request.user, asked)
        return HTMXTemplate(template_name="reports/_analytics.html", context=context)
