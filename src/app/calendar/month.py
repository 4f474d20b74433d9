"""The month view: weeks of days (Monday first), each with the renewals that fall on it."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.detection.types import add_months
from app.subscriptions.models import Subscription
from app.subscriptions.views import upcoming_renewals


@dataclass
class Day:
    day: date
    in_month: bool
    renewals: list[Subscription] = field(default_factory=list)


@dataclass
class Month:
    first: date
    weeks: list[list[Day]]
    totals: dict[str, Decimal]

    @property
    def previous(self) -> date:
        return add_months(self.first, -1)

    @property
    def next(self) -> date:
        return add_months(self.first, 1)


def parse_month(value: str | None, today: date) -> date:
    """``2026-12`` → 1 Dec 2026; anything else is this month."""
    try:
        year, month = (int(part) for part in (value or "").split("-"))
        return date(year, month, 1)
    except ValueError:
        return today.replace(day=1)


def month_view(subs: list[Subscription], first: date) -> Month:
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
    due = upcoming_renewals(subs, weeks[0][0], weeks[-1][-1])
    by_day: dict[date, list[Subscription]] = {}
    totals: dict[str, Decimal] = {}
    for day, sub in due:
        by_day.setdefault(day, []).append(sub)
        if day.month == first.month and sub.amount is not None and sub.currency:
            totals[sub.currency] = totals.get(sub.currency, Decimal(0)) + sub.amount
    grid = [[Day(d, d.month == first.month, by_day.get(d, [])) for d in week] for week in weeks]
    return Month(first, grid, dict(sorted(totals.items())))
