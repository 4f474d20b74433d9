"""What a person's payments cost per month and per year, in their home currency.

Each subscription keeps its own amount and currency; only the totals are converted, with the ECB
reference rates of the newest day stored (``app.currency``). An amount in a currency the ECB publishes
no rate for is never guessed: it is listed beside the total, in its own currency.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.currency.rates import CENT, Rates
from app.subscriptions.models import Subscription
from app.subscriptions.schedule import MONTHLY_FACTORS

UNCATEGORISED = "Uncategorised"
MONTHS_PER_YEAR = 12


@dataclass
class Sum:
    """A per-month sum in the home currency, plus what could not be converted (per currency)."""

    per_month: Decimal = Decimal(0)
    unconverted: dict[str, Decimal] = field(default_factory=dict)
    count: int = 0

    @property
    def per_year(self) -> Decimal:
        return (self.per_month * MONTHS_PER_YEAR).quantize(CENT)

    @property
    def month(self) -> Decimal:
        return self.per_month.quantize(CENT)

    def unconverted_per_month(self) -> dict[str, Decimal]:
        return {cur: value.quantize(CENT) for cur, value in sorted(self.unconverted.items())}

    def add(self, amount: Decimal, currency: str, home: str, rates: Rates) -> None:
        converted = rates.convert(amount, currency, home)
        if converted is None:
            self.unconverted[currency] = self.unconverted.get(currency, Decimal(0)) + amount
        else:
            self.per_month += converted
        self.count += 1


@dataclass
class Totals:
    currency: str
    """The home currency every converted figure is in."""
    rates_on: date | None
    """The day of the ECB rates used (None: no rates stored yet; only same-currency amounts add up)."""
    active: Sum = field(default_factory=Sum)
    subscriptions: Sum = field(default_factory=Sum)
    bills: Sum = field(default_factory=Sum)
    categories: dict[str, Sum] = field(default_factory=dict)
    stopped: Sum = field(default_factory=Sum)
    """Cancelled and inactive ones: what they would cost had they gone on."""
    without_amount: int = 0
    """Active ones with no amount or no known cycle: not in any total."""

    @property
    def by_category(self) -> list[tuple[str, Sum]]:
        """Categories, dearest first (uncategorised last)."""
        named = sorted(
            ((name, s) for name, s in self.categories.items() if name != UNCATEGORISED),
            key=lambda item: (-item[1].per_month, item[0].lower()),
        )
        rest = [(UNCATEGORISED, self.categories[UNCATEGORISED])] if UNCATEGORISED in self.categories else []
        return named + rest


def monthly_amount(sub: Subscription) -> Decimal | None:
    """What one payment costs in an average month, in its own currency; None without amount or cycle."""
    factor = MONTHLY_FACTORS.get(sub.cycle)
    if sub.amount is None or sub.currency is None or factor is None:
        return None
    return sub.amount * factor


def totals(payments: Iterable[Subscription], home: str, rates: Rates) -> Totals:
    """The totals of the person's listed subscriptions and bills (not ignored, not possible)."""
    result = Totals(currency=home, rates_on=rates.on)
    for sub in payments:
        monthly = monthly_amount(sub)
        active = sub.effective_status == "active"
        if monthly is None:
            result.without_amount += active
            continue
        currency = str(sub.currency)
        if not active:
            result.stopped.add(monthly, currency, home, rates)
            continue
        result.active.add(monthly, currency, home, rates)
        (result.bills if sub.kind == "bill" else result.subscriptions).add(monthly, currency, home, rates)
        category = (sub.category or "").strip() or UNCATEGORISED
        result.categories.setdefault(category, Sum()).add(monthly, currency, home, rates)
    return result
