"""A person's home currency as the Settings card and ``/api/settings/currency`` read and change it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import Settings
from app.currency.preference import home_currency, offered_currencies, set_home_currency
from app.currency.rates import Rates, rates_on
from app.currency.schemas import HomeCurrencyView


async def currency_context(session: AsyncSession, settings: Settings, user_id: UUID) -> dict[str, Any]:
    """What the Settings card shows: the choice, what may be chosen, the day of the rates."""
    rates = await rates_on(session, datetime.now(settings.tz).date())
    return {
        "home_currency": await home_currency(session, user_id),
        "currencies": offered_currencies(rates),
        "rates_on": rates.on,
    }


@dataclass
class CurrencyService:
    session: AsyncSession
    settings: Settings

    async def _rates(self) -> Rates:
        return await rates_on(self.session, datetime.now(self.settings.tz).date())

    async def context(self, user_id: UUID) -> dict[str, Any]:
        return await currency_context(self.session, self.settings, user_id)

    async def choose(self, user_id: UUID, currency: str) -> str:
        """``UnknownCurrencyError`` (400 at the edge) for a currency with no reference rate."""
        return await set_home_currency(self.session, user_id, currency, await self._rates())

    async def view(self, user_id: UUID) -> HomeCurrencyView:
        context = await self.context(user_id)
        on = context["rates_on"]
        return HomeCurrencyView(
            home_currency=context["home_currency"],
            currencies=context["currencies"],
            rates_on=on.isoformat() if on else None,
        )


def provide_currency(
    db_session: NamedDependency[AsyncSession], settings: NamedDependency[Settings]
) -> CurrencyService:
    return CurrencyService(db_session, settings)
