"""Each person's home currency: the one their totals are converted into."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.currency.models import HomeCurrency
from app.currency.rates import EURO, Rates
from app.lib.errors import InvalidInputError

ECB_CURRENCIES = (
    *("AUD", "BRL", "CAD", "CHF", "CNY", "CZK", "DKK", "EUR", "GBP", "HKD", "HUF", "IDR", "ILS", "INR"),
    *("ISK", "JPY", "KRW", "MXN", "MYR", "NOK", "NZD", "PHP", "PLN", "RON", "SEK", "SGD", "THB", "TRY"),
    *("USD", "ZAR"),
)
"""The currencies the ECB publishes rates for (late 2026), offered before any rates are stored."""


class UnknownCurrencyError(InvalidInputError):
    """A currency with no reference rate: totals could not be converted into it (400 at the web edge)."""

    field = "homeCurrency"

    def __init__(self, code: str) -> None:
        super().__init__(f"{code} has no ECB reference rate")
        self.code = code


def offered_currencies(rates: Rates) -> list[str]:
    """What a person can pick: every currency the stored rates convert (the ECB's list before any are)."""
    return rates.currencies if rates.per_euro else list(ECB_CURRENCIES)


async def home_currency(session: AsyncSession, user_id: UUID) -> str | None:
    """The currency the person chose, or None when they have not chosen one."""
    chosen = await session.scalar(select(HomeCurrency.currency).where(HomeCurrency.user_id == user_id))
    return None if chosen is None else str(chosen)


async def set_home_currency(session: AsyncSession, user_id: UUID, currency: str, rates: Rates) -> str:
    """Choose ``currency`` (an ISO 4217 code the rates know); ``UnknownCurrencyError`` otherwise."""
    code = currency.strip().upper()
    if code not in offered_currencies(rates):
        raise UnknownCurrencyError(code)
    row = await session.scalar(select(HomeCurrency).where(HomeCurrency.user_id == user_id))
    if row is None:
        session.add(HomeCurrency(user_id=user_id, currency=code))
    else:
        row.currency = code
    await session.flush()
    return code


def currency_for_totals(chosen: str | None, amounts_in: Iterable[str | None]) -> str:
    """The chosen home currency; until there is one, the currency most of the person's payments are in."""
    if chosen:
        return chosen
    counts = Counter(cur for cur in amounts_in if cur)
    return counts.most_common(1)[0][0] if counts else EURO
