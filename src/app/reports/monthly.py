"""The monthly report: last month's spend against the month before, by category and by currency in the
home currency, subscriptions found, price increases, next month's renewals and big yearly ones coming."""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

import msgspec
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.lib.errors import NotFoundError
from app.reports import months
from app.reports.figures import Holdings, Money, holdings, money
from app.reports.models import MonthlyReportRow
from app.reports.schemas import (
    CurrencySpend,
    Line,
    MonthlyReport,
    NewSubscription,
    PriceIncrease,
    ReportSummary,
    Share,
    Upcoming,
)
from app.reports.spending import SCHEDULED, Payment, all_payments, counts_as_spending, scheduled_days
from app.subscriptions.totals import UNCATEGORISED

BIG_YEARLY_CYCLES = ("yearly", "semiannual")
BIG_YEARLY_MONTHS = 3
"""How far past next month the report looks for yearly renewals (money to set aside)."""
BIG_YEARLY_SHOWN = 5


class ReportNotFound(NotFoundError):
    """No report on that month yet (or not this person's)."""


def _line(payment: Payment, cash: Money) -> Line:
    converted = cash.convert(payment.amount, payment.currency)
    return Line(payment.name, payment.day, payment.amount, payment.currency, converted, payment.source)


def _by_category(now: list[Payment], before: list[Payment], cash: Money) -> list[Share]:
    sums: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for index, payments in enumerate((now, before)):
        for p in payments:
            name = (p.category or "").strip() or UNCATEGORISED
            sums[name][index] += cash.convert(p.amount, p.currency) or Decimal(0)
    largest = max((max(amounts) for amounts in sums.values()), default=Decimal(0))

    def bar(value: Decimal) -> int:
        return int(value * 100 / largest) if largest else 0

    rows = [Share(name, now_, before_, bar(now_), bar(before_)) for name, (now_, before_) in sums.items()]
    return sorted(rows, key=lambda s: (s.name == UNCATEGORISED, -s.amount, -s.previous, s.name.lower()))


def _by_currency(payments: list[Payment], cash: Money) -> list[CurrencySpend]:
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for p in payments:
        totals[p.currency] += p.amount
    return [
        CurrencySpend(currency, amount, cash.convert(amount, currency))
        for currency, amount in sorted(totals.items(), key=lambda item: -item[1])
    ]


def _found_in(held: Holdings, first: date, last: date) -> list[NewSubscription]:
    found = [
        NewSubscription(sub.display_name, sub.created_at.date(), sub.amount, sub.currency, sub.cycle)
        for sub, _ in held
        if counts_as_spending(sub) and first <= sub.created_at.date() <= last
    ]
    return sorted(found, key=lambda n: (n.found_on, n.name.lower()))


def _increases(held: Holdings, first: date, last: date) -> list[PriceIncrease]:
    """A price above the one before it, from a day in the month (a notice, or a charge above the last)."""
    found = []
    for sub, _ in held:
        if not counts_as_spending(sub):
            continue
        history = sorted((e for e in sub.price_history or [] if len(e) == 2), key=lambda e: e[0])
        for (_, before), (since, after) in itertools.pairwise(history):
            day = date.fromisoformat(since)
            if first <= day <= last and Decimal(after) > Decimal(before):
                found.append(
                    PriceIncrease(sub.display_name, day, Decimal(before), Decimal(after), sub.currency)
                )
    return sorted(found, key=lambda p: (p.since, p.name.lower()))


def _renewals(
    held: Holdings, first: date, last: date, cycles: tuple[str, ...] | None = None
) -> list[Payment]:
    """Active subscriptions' renewals in the span, at today's price."""
    found = []
    for sub, _ in held:
        if not counts_as_spending(sub) or sub.effective_status != "active":
            continue
        if sub.amount is None or not sub.currency or sub.next_renewal is None:
            continue
        if cycles is not None and sub.cycle not in cycles:
            continue
        found += [
            Payment(
                str(sub.id),
                sub.display_name,
                sub.category,
                sub.cycle,
                day,
                sub.amount,
                sub.currency,
                SCHEDULED,
            )
            for day in scheduled_days(sub.next_renewal, sub.cycle, first, last)
        ]
    return sorted(found, key=lambda p: (p.day, p.name.lower()))


def _percent(change: Decimal, before: Decimal) -> int | None:
    return int((change * 100 / before).to_integral_value()) if before else None


def build(held: Holdings, cash: Money, month: str, today: date) -> MonthlyReport:
    """The report on ``month`` as known ``today`` (a pure function: the tests give it a known account)."""
    first, last = months.first_day(month), months.last_day(month)
    before = months.shift(month, -1)
    now_paid = all_payments(held, first, last, today)
    before_paid = all_payments(held, months.first_day(before), months.last_day(before), today)
    total, previous = cash.total(now_paid), cash.total(before_paid)
    seen = cash.total(p for p in now_paid if p.source != SCHEDULED)
    coming = months.shift(month, 1)
    upcoming = _renewals(held, months.first_day(coming), months.last_day(coming))
    yearly_from, yearly_to = months.shift(month, 2), months.shift(month, 1 + BIG_YEARLY_MONTHS)
    yearly = _renewals(held, months.first_day(yearly_from), months.last_day(yearly_to), BIG_YEARLY_CYCLES)
    yearly_lines = sorted((_line(p, cash) for p in yearly), key=lambda line: -(line.converted or line.amount))
    return MonthlyReport(
        month=month,
        label=months.label(month),
        previous_month=before,
        previous_label=months.label(before),
        currency=cash.home,
        rates_on=cash.rates.on,
        total=total,
        previous_total=previous,
        change=total - previous,
        change_percent=_percent(total - previous, previous),
        seen=seen,
        scheduled=total - seen,
        by_category=_by_category(now_paid, before_paid, cash),
        by_currency=_by_currency(now_paid, cash),
        payments=[_line(p, cash) for p in now_paid],
        new_subscriptions=_found_in(held, first, last),
        price_increases=_increases(held, first, last),
        next_month=Upcoming(
            coming, months.label(coming), cash.total(upcoming), [_line(p, cash) for p in upcoming]
        ),
        big_yearly=yearly_lines[:BIG_YEARLY_SHOWN],
        generated_at=datetime.now(UTC),
    )


async def build_and_store(session: AsyncSession, user_id: UUID, month: str, today: date) -> MonthlyReport:
    """Build the person's report on ``month`` (replacing an earlier one) and keep it; commits."""
    held = await holdings(session, user_id)
    cash = await money(session, user_id, held, min(today, months.last_day(month)))
    report = build(held, cash, month, today)
    data = msgspec.to_builtins(report)
    row = await session.scalar(
        select(MonthlyReportRow).where(MonthlyReportRow.user_id == user_id, MonthlyReportRow.month == month)
    )
    if row is None:
        session.add(MonthlyReportRow(user_id=user_id, month=month, data=data))
    else:
        row.data = data
    await session.commit()
    return report


async def stored_data(session: AsyncSession, user_id: UUID, month: str) -> dict[str, Any]:
    """The stored report as JSON (what the report email is rendered from)."""
    row = await session.scalar(
        select(MonthlyReportRow).where(MonthlyReportRow.user_id == user_id, MonthlyReportRow.month == month)
    )
    if row is None:
        raise ReportNotFound(f"no report on {month} yet")
    return dict(row.data)


def _read(row: MonthlyReportRow) -> MonthlyReport:
    return msgspec.convert(row.data, MonthlyReport)


async def stored(session: AsyncSession, user_id: UUID, month: str) -> MonthlyReport:
    months.first_day(month)  # a malformed month is a 400, not a 404
    row = await session.scalar(
        select(MonthlyReportRow).where(MonthlyReportRow.user_id == user_id, MonthlyReportRow.month == month)
    )
    if row is None:
        raise ReportNotFound(f"no report on {month} yet")
    return _read(row)


async def summaries(session: AsyncSession, user_id: UUID) -> list[ReportSummary]:
    rows = await session.scalars(
        select(MonthlyReportRow)
        .where(MonthlyReportRow.user_id == user_id)
        .order_by(MonthlyReportRow.month.desc())
    )
    found = []
    for row in rows:
        report = _read(row)
        found.append(
            ReportSummary(report.month, report.label, report.total, report.currency, report.generated_at)
        )
    return found


async def has_report(session: AsyncSession, user_id: UUID, month: str) -> bool:
    found = await session.scalar(
        select(MonthlyReportRow.id).where(
            MonthlyReportRow.user_id == user_id, MonthlyReportRow.month == month
        )
    )
    return found is not None
