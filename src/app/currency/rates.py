"""Converting amounts between currencies with the stored ECB reference rates.

Other domains use ``rates_on(session, day)`` once, then ``Rates.convert`` (or ``convert``) per amount.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.currency.ecb import DailyRates
from app.currency.models import ExchangeRate

EURO = "EUR"
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Rates:
    """One day's reference rates: units of each currency per euro (the euro itself is 1)."""

    on: date | None = None
    """The day the ECB published them; None when no rates are stored yet."""
    per_euro: Mapping[str, Decimal] = field(default_factory=dict)

    @property
    def currencies(self) -> list[str]:
        return sorted({EURO, *self.per_euro})

    def knows(self, currency: str) -> bool:
        return currency == EURO or currency in self.per_euro

    def convert(self, amount: Decimal, from_currency: str, to_currency: str) -> Decimal | None:
        """``amount`` in ``to_currency`` through the euro cross rate, unrounded; None when either currency
        has no rate (an amount in its own currency needs none)."""
        if from_currency == to_currency:
            return amount
        if not (self.knows(from_currency) and self.knows(to_currency)):
            return None
        return amount / self._per_euro(from_currency) * self._per_euro(to_currency)

    def _per_euro(self, currency: str) -> Decimal:
        return Decimal(1) if currency == EURO else self.per_euro[currency]


def convert(amount: Decimal, from_currency: str, to_currency: str, rates: Rates) -> Decimal | None:
    """``amount`` converted and rounded to cents, or None when a currency has no reference rate."""
    value = rates.convert(amount, from_currency, to_currency)
    return None if value is None else value.quantize(CENT)


async def rates_on(session: AsyncSession, day: date) -> Rates:
    """The newest rates published on or before ``day`` (the oldest stored when all are later)."""
    on = await session.scalar(select(func.max(ExchangeRate.on_date)).where(ExchangeRate.on_date <= day))
    on = on or await session.scalar(select(func.min(ExchangeRate.on_date)))
    if on is None:
        return Rates()
    rows = await session.scalars(select(ExchangeRate).where(ExchangeRate.on_date == on))
    return Rates(on=on, per_euro={row.currency: row.per_euro for row in rows})


async def newest_rates_day(session: AsyncSession) -> date | None:
    return await session.scalar(select(func.max(ExchangeRate.on_date)))


async def store_rates(session: AsyncSession, days: DailyRates) -> int:
    """Keep the days not stored yet (a published day never changes); the number of days added."""
    known = set(
        await session.scalars(select(ExchangeRate.on_date).where(ExchangeRate.on_date.in_(list(days))))
    )
    added = 0
    for day, rates in sorted(days.items()):
        if day in known or not rates:
            continue
        session.add_all(ExchangeRate(on_date=day, currency=cur, per_euro=rate) for cur, rate in rates.items())
        added += 1
    await session.flush()
    return added
