"""Choosing a home currency: the Settings card's form and ``/api/settings/currency``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from litestar import Controller, Request, get, post, put
from litestar.di import NamedDependency, Provide
from litestar.params import JSONBody, URLEncodedBody
from litestar.plugins.htmx import HTMXTemplate
from litestar.response import Redirect, Template

from app.accounts.auth import requires_user
from app.accounts.models import User
from app.currency.preference import UnknownCurrencyError
from app.currency.schemas import HomeCurrencyBody, HomeCurrencyView
from app.currency.service import CurrencyService, provide_currency

SERVICES = {"currency": Provide(provide_currency, sync_to_thread=False)}


@dataclass
class CurrencyForm:
    currency: str = ""


class CurrencySettingsController(Controller):
    guards = [requires_user]
    include_in_schema = False
    dependencies = SERVICES

    @post("/settings/currency", status_code=200)
    async def choose(
        self,
        request: Request[User, Any, Any],
        currency: NamedDependency[CurrencyService],
        data: URLEncodedBody[CurrencyForm],
    ) -> Template | Redirect:
        """Save the choice; htmx gets the card back (saved, or what was wrong), a plain form a redirect."""
        try:
            await currency.choose(request.user.id, data.currency)
            message: dict[str, str] = {"currency_notice": "Saved: totals are now shown in this currency."}
        except UnknownCurrencyError:
            message = {"currency_error": f"{data.currency.strip()[:10] or 'That'} has no reference rate."}
        if request.headers.get("hx-request") != "true":
            query = "notice=currency-saved" if "currency_notice" in message else "error=currency"
            return Redirect(f"/settings?{query}#home-currency")
        context = await currency.context(request.user.id) | message
        return HTMXTemplate(template_name="currency/_settings.html", context=context)


class CurrencyApiController(Controller):
    path = "/api/settings/currency"
    guards = [requires_user]
    tags = ["account"]
    dependencies = SERVICES

    @get("/")
    async def show(
        self, request: Request[User, Any, Any], currency: NamedDependency[CurrencyService]
    ) -> HomeCurrencyView:
        """The caller's home currency and the currencies they may choose."""
        return await currency.view(request.user.id)

    @put("/")
    async def choose(
        self,
        request: Request[User, Any, Any],
        currency: NamedDependency[CurrencyService],
        data: JSONBody[HomeCurrencyBody],
    ) -> HomeCurrencyView:
        """Choose the currency totals are converted into (400 for one without a reference rate)."""
        await currency.choose(request.user.id, data.home_currency)
        return await currency.view(request.user.id)
