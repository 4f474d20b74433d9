"""The dashboard: a person's subscriptions with the scan panels that find them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from litestar import Controller, Request, get
from litestar.di import NamedDependency
from litestar.params import FromQuery
from litestar.plugins.htmx import HTMXTemplate
from litestar.response import Template
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.auth import requires_user
from app.accounts.models import User
from app.config import Settings
from app.jobs.service import JobService
from app.scans.jobs import EMAIL_SCAN, TRANSACTION_SYNC
from app.scans.panels import current_scan
from app.subscriptions.table import TableView, TableViewError
from app.subscriptions.views import subscriptions_context

TABLES_ID = "subscription-tables"
"""The element the table's search form and sort links swap."""


class DashboardController(Controller):
    guards = [requires_user]
    include_in_schema = False

    @get("/", name="dashboard")
    async def dashboard(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        jobs: NamedDependency[JobService],
        settings: NamedDependency[Settings],
        q: FromQuery[str | None] = None,
        sort: FromQuery[str | None] = None,
        kind: FromQuery[str | None] = None,
        status: FromQuery[str | None] = None,
    ) -> Template:
        """The dashboard; its table searched, filtered and sorted as the address says.

        htmx asking for the tables alone (the search form, a header link) gets just them, and the
        clean address to show; an unknown sort or filter is a 400 with the default view and why."""
        user = request.user
        today = datetime.now(settings.tz).date()
        try:
            view, problem = TableView.parse({"q": q, "sort": sort, "kind": kind, "status": status}), None
        except TableViewError as exc:
            view, problem = TableView(), str(exc)
        context = await subscriptions_context(db_session, user, today, view)
        if request.headers.get("hx-target") == TABLES_ID and problem is None:
            return HTMXTemplate(
                template_name="subscriptions/_tables.html", context=context, push_url=view.url()
            )
        context |= {
            "table_problem": problem,
            "user": user,
            "active_nav": "dashboard",
            "scan": await current_scan(db_session, jobs, EMAIL_SCAN, user.id),
            "bank_scan": await current_scan(db_session, jobs, TRANSACTION_SYNC, user.id),
        }
        return Template("subscriptions/dashboard.html", context=context, status_code=400 if problem else 200)
