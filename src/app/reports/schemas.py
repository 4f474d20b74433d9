"""The monthly report and the analytics as the API returns them; the same structures are stored as JSON
and rendered by the pages and the report email."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import msgspec

from app.jobs.schemas import JobAccepted


class Line(msgspec.Struct, rename="camel"):
    """One payment or renewal: in its own currency, and converted (None: no rate for its currency)."""

    name: str
    day: date
    amount: Decimal
    currency: str
    converted: Decimal | None
    source: str = "scheduled"
    """``charged`` (bank), ``receipt`` (mail) or ``scheduled`` (its cycle puts it there)."""


class Share(msgspec.Struct, rename="camel"):
    """A category's spend in the month and the month before; each as a ``percent`` of the largest of
    either month, the length of its bar."""

    name: str
    amount: Decimal
    previous: Decimal
    percent: int
    previous_percent: int


class CurrencySpend(msgspec.Struct, rename="camel"):
    currency: str
    amount: Decimal
    """In that currency."""
    converted: Decimal | None
    """In the home currency; None when the ECB publishes no rate for it (then not in the total)."""


class NewSubscription(msgspec.Struct, rename="camel"):
    name: str
    found_on: date
    amount: Decimal | None
    currency: str | None
    cycle: str


class PriceIncrease(msgspec.Struct, rename="camel"):
    name: str
    since: date
    old_amount: Decimal
    new_amount: Decimal
    currency: str | None


class Upcoming(msgspec.Struct, rename="camel"):
    month: str
    label: str
    total: Decimal
    lines: list[Line]


class MonthlyReport(msgspec.Struct, rename="camel"):
    month: str
    label: str
    previous_month: str
    previous_label: str
    currency: str
    """The home currency every total is in."""
    rates_on: date | None
    total: Decimal
    previous_total: Decimal
    change: Decimal
    change_percent: int | None
    """None when nothing was spent the month before."""
    seen: Decimal
    """Of ``total``: bank charges and receipts."""
    scheduled: Decimal
    """Of ``total``: renewals the subscriptions' cycles put in the month, with no payment seen."""
    by_category: list[Share]
    by_currency: list[CurrencySpend]
    payments: list[Line]
    new_subscriptions: list[NewSubscription]
    price_increases: list[PriceIncrease]
    next_month: Upcoming
    big_yearly: list[Line]
    """Yearly and half-yearly renewals in the three months after next, dearest first."""
    generated_at: datetime


class ReportSummary(msgspec.Struct, rename="camel"):
    month: str
    label: str
    total: Decimal
    currency: str
    generated_at: datetime


class MonthPoint(msgspec.Struct, rename="camel"):
    month: str
    label: str
    total: Decimal
    seen: Decimal
    """Bank charges and receipts (history); 0 in the forecast."""
    scheduled: Decimal


class Analytics(msgspec.Struct, rename="camel"):
    currency: str
    rates_on: date | None
    computed_on: date
    computed_at: datetime
    history: list[MonthPoint]
    """The 12 months before the current one, oldest first."""
    forecast: list[MonthPoint]
    """The current month and the 11 after it: renewals at today's prices."""
    history_total: Decimal
    forecast_total: Decimal
    unconverted: list[CurrencySpend]
    """Amounts in currencies with no rate, left out of every figure."""


class ReportRequest(msgspec.Struct, rename="camel", forbid_unknown_fields=True, frozen=True):
    month: str | None = None
    """``YYYY-MM``; default: last month."""


LAST_MONTH = ReportRequest()
"""The body left out (an instance, never ``None``: see ``app.lib.openapi.make_exact``)."""


class JobStarted(JobAccepted):
    """202: a report or the analytics being built; read them when the job has finished."""
