"""The dashboard: a person's subscriptions with the scan panels that find them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from litestar import Controller, Request, get
from litestar.di import NamedDependency
from litestar.response import Template
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.auth import requires_user
from app.accounts.models import User
from app.config import Settings
from app.jobs.service import JobService
from app.scans.jobs import EMAIL_SCAN, TRANSACTION_SYNC
from app.scans.panels import current_scan
from app.subscriptions.views import subscriptions_context


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
    ) -> Template:
        user = request.user
        context = await subscriptions_context(db_session, user, datetime.now(settings.tz).date())
        context |= {
            "user": user,
            "active_nav": "dashboard",
            "scan": await current_scan(db_session, jobs, EMAIL_SCAN, user.id),
            "bank_scan": await current_scan(db_session, jobs, TRANSACTION_SYNC, user.id),
        }
        return Template("subscriptions/dashboard.html", context=context)
