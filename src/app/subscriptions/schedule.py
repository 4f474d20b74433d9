"""When a subscription renews: a detected date rolled forward by its cycle, never into the past."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

from app.detection.types import CYCLE_MONTHS, add_months

CYCLE_WEEKS = {"weekly": 1, "biweekly": 2}
MONTHLY_FACTORS = {
    "weekly": Decimal(52) / 12,
    "biweekly": Decimal(26) / 12,
    "monthly": Decimal(1),
    "quarterly": Decimal(1) / 3,
    "semiannual": Decimal(1) / 6,
    "yearly": Decimal(1) / 12,
}
"""How many charges of each cycle fall in an average month."""


def renewals(start: date, cycle: str) -> Iterator[date]:
    """``start`` and every renewal after it; only ``start`` for a cycle we cannot step."""
    if cycle in CYCLE_WEEKS:
        step = timedelta(weeks=CYCLE_WEEKS[cycle])
        day = start
        while True:
            yield day
            day += step
    elif cycle in CYCLE_MONTHS:
        for count in range(10_000):
            yield add_months(start, count * CYCLE_MONTHS[cycle], start.day)
    else:
        yield start


def next_renewal_on_or_after(detected: date | None, cycle: str, today: date) -> date | None:
    """The first renewal on or after ``today``; a past date of an unknown cycle stays as it is (overdue)."""
    if detected is None or detected >= today:
        return detected
    for day in renewals(detected, cycle):
        if day >= today:
            return day
    return detected


def renewals_between(detected: date | None, cycle: str, first: date, last: date) -> list[date]:
    """Every renewal from ``first`` to ``last`` inclusive (a calendar month, the next 30 days)."""
    if detected is None:
        return []
    days: list[date] = []
    for day in renewals(detected, cycle):
        if day > last:
            break
        if day >= first:
            days.append(day)
    return days
