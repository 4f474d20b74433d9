"""The calendar page, the secret ICS feed, and the Settings buttons that rotate or revoke it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from advanced_alchemy.extensions.litestar.providers import create_service_provider
from litestar import Controller, Request, Response, get, post
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, FromQuery
from litestar.plugins.htmx import HTMXTemplate
from litestar.response import Redirect, Template
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.auth import requires_user
from app.accounts.models import User
from app.calendar.feeds import build_feed, feed_owner, revoke_feed, rotate_feed
from app.calendar.month import month_view, parse_month
from app.config import Settings
from app.subscriptions.services import SubscriptionService


class CalendarController(Controller):
    guards = [requires_user]
    include_in_schema = False
    dependencies = {"subscriptions": Provide(create_service_provider(SubscriptionService))}

    @get("/calendar", name="calendar")
    async def month(
        self,
        request: Request[User, Any, Any],
        subscriptions: NamedDependency[SubscriptionService],
        settings: NamedDependency[Settings],
        month: FromQuery[str | None] = None,
    ) -> Template:
        """A month of renewals; htmx swaps only the grid when the person steps to another month."""
        today = datetime.now(settings.tz).date()
        subs = await subscriptions.list_for_user(request.user.id)
        context = {
            "user": request.user,
            "active_nav": "calendar",
            "today": today,
            "month": month_view(subs, parse_month(month, today)),
        }
        if request.headers.get("hx-request") == "true":
            return HTMXTemplate(template_name="calendar/_month.html", context=context)
        return Template("calendar/month.html", context=context)

    @post("/settings/calendar-feed", status_code=200)
    async def rotate(
        self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Redirect:
        """A new secret feed address (the old one stops working)."""
        await rotate_feed(db_session, request.user.id)
        return Redirect("/settings#calendar-feed")

    @post("/settings/calendar-feed/revoke", status_code=200)
    async def revoke(
        self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Redirect:
        await revoke_feed(db_session, request.user.id)
        return Redirect("/settings#calendar-feed")


@get("/calendar/feed/{token:str}", include_in_schema=False, name="calendar-feed")
async def calendar_feed(
    db_session: NamedDependency[AsyncSession], settings: NamedDependency[Settings], token: FromPath[str]
) -> Response[bytes]:
    """The ICS feed; the secret in the address is the only key (calendar apps send no cookie)."""
    owner = await feed_owner(db_session, token.removesuffix(".ics"))
    body = await build_feed(db_session, owner, datetime.now(settings.tz).date(), settings.timezone)
    return Response(
        body, media_type="text/calendar; charset=utf-8", headers={"Cache-Control": "private, max-age=300"}
    )
