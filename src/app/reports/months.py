"""Calendar months as ``YYYY-MM`` strings, the way reports are named and asked for."""

from __future__ import annotations

import calendar
from datetime import date

from app.detection.types import add_months
from app.lib.errors import InvalidInputError


class MonthError(InvalidInputError):
    """Not a month in ``YYYY-MM`` form (400 at the web edge)."""

    field = "month"


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def first_day(month: str) -> date:
    try:
        year, number = (int(part) for part in month.split("-"))
        return date(year, number, 1)
    except ValueError:
        raise MonthError(f"{month!r} is not a month like 2026-11") from None


def last_day(month: str) -> date:
    first = first_day(month)
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def shift(month: str, months: int) -> str:
    return month_of(add_months(first_day(month), months))


def label(month: str) -> str:
    return f"{first_day(month):%B %Y}"
