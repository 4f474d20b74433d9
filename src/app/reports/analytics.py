"""Spend over the last 12 months and a forecast for the next 12, in the home currency, cached per person.

Computed by the ``reports`` queue after each scan, statement import and data
import (and on demand), so the page and ``GET /api/analytics`` only read.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from uuid import UUID

import msgspec
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.lib.errors import NotFoundError
from app.reports import months
from app.reports.figures import Holdings, Money, holdings, money
from app.reports.models import AnalyticsCache
from app.reports.schemas import Analytics, CurrencySpend, MonthPoint
from app.reports.spending import SCHEDULED, Payment, all_payments

HISTORY_MONTHS = 12
FORECAST_MONTHS = 12


class AnalyticsNotReady(NotFoundError):
    """Not computed yet for this person (no scan or import finished since they joined)."""


def _point(month: str, payments: list[Payment], cash: Money) -> MonthPoint:
    total = cash.total(payments)
    seen = cash.total(p for p in payments if p.source != SCHEDULED)
    return MonthPoint(month, f"{months.first_day(month):%b %Y}", total, seen, total - seen)


def compute(held: Holdings, cash: Money, today: date) -> Analytics:
    """A pure function of the account (the tests give it a known one)."""
    current = months.month_of(today)
    points: list[MonthPoint] = []
    left: list[Payment] = []
    for offset in range(-HISTORY_MONTHS, FORECAST_MONTHS):
        month = months.shift(current, offset)
        paid = all_payments(held, months.first_day(month), months.last_day(month), today)
        points.append(_point(month, paid, cash))
        left += [p for p in paid if cash.convert(p.amount, p.currency) is None]
    history, forecast = points[:HISTORY_MONTHS], points[HISTORY_MONTHS:]
    unconverted = [CurrencySpend(cur, amount, None) for cur, amount in cash.unconverted(left).items()]
    return Analytics(
        currency=cash.home,
        rates_on=cash.rates.on,
        computed_on=today,
        computed_at=datetime.now(UTC),
        history=history,
        forecast=forecast,
        history_total=sum((p.total for p in history), Decimal(0)),
        forecast_total=sum((p.total for p in forecast), Decimal(0)),
        unconverted=unconverted,
    )


async def compute_and_store(session: AsyncSession, user_id: UUID, today: date) -> Analytics:
    held = await holdings(session, user_id)
    analytics = compute(held, await money(session, user_id, held, today), today)
    data = msgspec.to_builtins(analytics)
    row = await session.scalar(select(AnalyticsCache).where(AnalyticsCache.user_id == user_id))
    if row is None:
        session.add(AnalyticsCache(user_id=user_id, data=data))
    else:
        row.data = data
    await session.commit()
    return analytics


async def cached(session: AsyncSession, user_id: UUID) -> Analytics:
    row = await session.scalar(select(AnalyticsCache).where(AnalyticsCache.user_id == user_id))
    if row is None:
        raise AnalyticsNotReady("analytics are computed after a scan or an import: none has finished yet")
    return msgspec.convert(row.data, Analytics)
