"""Choosing a home currency: the Settings card's form and ``/api/settings/currency``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from litestar import Controller, Request, get, post, put
from litestar.di import NamedDependency
from litestar.params import JSONBody, URLEncodedBody
from litestar.plugins.htmx import HTMXTemplate
from litestar.response import Redirect, Template
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.auth import requires_user
from app.accounts.models import User
from app.config import Settings
from app.currency.preference import UnknownCurrencyError, home_currency, offered_currencies, set_home_currency
from app.currency.rates import rates_on
from app.currency.schemas import HomeCurrencyBody, HomeCurrencyView


@dataclass
class CurrencyForm:
    currency: str = ""


async def currency_context(session: AsyncSession, settings: Settings, user_id: UUID) -> dict[str, Any]:
    """What the Settings card shows: the choice, what may be chosen, the day of the rates."""
    rates = await rates_on(session, datetime.now(settings.tz).date())
    return {
        "home_currency": await home_currency(session, user_id),
        "currencies": offered_currencies(rates),
        "rates_on": rates.on,
    }


class CurrencySettingsController(Controller):
    guards = [requires_user]
    include_in_schema = False

    @post("/settings/currency", status_code=200)
    async def choose(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        settings: NamedDependency[Settings],
        data: URLEncodedBody[CurrencyForm],
    ) -> Template | Redirect:
        """Save the choice; htmx gets the card back (saved, or what was wrong), a plain form a redirect."""
        rates = await rates_on(db_session, datetime.now(settings.tz).date())
        try:
            await set_home_currency(db_session, request.user.id, data.currency, rates)
            message: dict[str, str] = {"currency_notice": "Saved: totals are now shown in this currency."}
        except UnknownCurrencyError:
            message = {"currency_error": f"{data.currency.strip()[:10] or 'That'} has no reference rate."}
        if request.headers.get("hx-request") != "true":
            query = "notice=currency-saved" if "currency_notice" in message else "error=currency"
            return Redirect(f"/settings?{query}#home-currency")
        context = await currency_context(db_session, settings, request.user.id) | message
        return HTMXTemplate(template_name="currency/_settings.html", context=context)


class CurrencyApiController(Controller):
    path = "/api/settings/currency"
    guards = [requires_user]
    tags = ["account"]

    @get("/")
    async def show(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        settings: NamedDependency[Settings],
    ) -> HomeCurrencyView:
        """The caller's home currency and the currencies they may choose."""
        return await self._view(db_session, settings, request.user.id)

    @put("/")
    async def choose(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        settings: NamedDependency[Settings],
        data: JSONBody[HomeCurrencyBody],
    ) -> HomeCurrencyView:
        """Choose the currency totals are converted into (400 for one without a reference rate)."""
        rates = await rates_on(db_session, datetime.now(settings.tz).date())
        await set_home_currency(db_session, request.user.id, data.home_currency, rates)
        return await self._view(db_session, settings, request.user.id)

    async def _view(self, session: AsyncSession, settings: Settings, user_id: UUID) -> HomeCurrencyView:
        context = await currency_context(session, settings, user_id)
        on = context["rates_on"]
        return HomeCurrencyView(
            home_currency=context["home_currency"],
            currencies=context["currencies"],
            rates_on=on.isoformat() if on else None,
        )
