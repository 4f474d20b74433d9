"""The dashboard page and the subscriptions API."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get
from litestar.response import Template
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.auth import requires_user
from app.accounts.models import User
from app.jobs.names import EMAIL_SCAN, TRANSACTION_SYNC
from app.jobs.panels import current_scan
from app.jobs.service import JobService
from app.subscriptions.services import SubscriptionService, subscription_json
from app.subscriptions.views import subscriptions_context


class DashboardController(Controller):
    guards = [requires_user]

    @get("/", name="dashboard")
    async def dashboard(
        self, request: Request[User, Any, Any], db_session: AsyncSession, jobs: JobService
    ) -> Template:
        user = request.user
        context = await subscriptions_context(db_session, user)
        context |= {
            "user": user,
            "active_nav": "dashboard",
            "scan": await current_scan(db_session, jobs, EMAIL_SCAN, user.id),
            "bank_scan": await current_scan(db_session, jobs, TRANSACTION_SYNC, user.id),
        }
        return Template("subscriptions/dashboard.html", context=context)


class SubscriptionApiController(Controller):
    path = "/api/subscriptions"
    guards = [requires_user]
    tags = ["subscriptions"]

    @get("/")
    async def list_subscriptions(
        self, request: Request[User, Any, Any], db_session: AsyncSession
    ) -> list[dict[str, Any]]:
        """The caller's subscriptions, active first, soonest renewal first."""
        subs = await SubscriptionService(session=db_session).list_for_user(request.user.id)
        return [subscription_json(s) for s in subs]
