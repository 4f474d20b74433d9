"""One subscription for a service an app store bills, whether mail or bank saw it.

The store's receipt names the product ("iCloud+"); the bank statement names only the store
(``APPLE.COM/BILL``), and at a price several of its services share bank detection calls the
charge after the store ("Apple"). When exactly one of that store's products in the mail costs
what the charge costs, in the same currency and cycle, and renews on the charge's days, the
charge is that product's. Two products at that price stay apart from the charge: no guess.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.detection.types import CYCLE_MONTHS, DetectedSubscription, add_months
from app.subscriptions.models import Subscription

_WEEKS = {"weekly": 7, "biweekly": 14}
_SLACK_DAYS = 5
"""A card charge posts a few days after the store's receipt is sent."""
_WEEKLY_SLACK_DAYS = 2


@dataclass(frozen=True, slots=True)
class Sighting:
    """What one source says a store-billed subscription costs and when it was last seen."""

    key: str
    name: str
    store: str
    amount: Decimal
    currency: str
    cycle: str
    on: date

    @property
    def generic(self) -> bool:
        """Named after the store alone ("Apple"), not a product."""
        return self.key == self.store


def from_finding(finding: DetectedSubscription) -> Sighting | None:
    """The finding as a sighting, when a store billed it and it says a price and a cycle."""
    dated = [e.occurred_on for e in finding.evidence if e.amount is not None]
    if not (finding.billed_by and finding.amount and finding.currency and dated):
        return None
    return Sighting(
        finding.key,
        finding.name,
        finding.billed_by,
        finding.amount,
        finding.currency,
        finding.cycle,
        max(dated),
    )


def from_row(row: Subscription, source: str) -> Sighting | None:
    """What the row's figure from ``source`` (``bank``, ``email``) says, when a store billed it."""
    figure = (row.figures or {}).get(source) or {}
    store, amount, currency, on = (figure.get(f) for f in ("billed_by", "amount", "currency", "on"))
    if not (store and amount and currency and on):
        return None
    cycle = figure.get("cycle") or "unknown"
    return Sighting(row.key, row.name, store, Decimal(amount), currency, cycle, date.fromisoformat(on))


def products(rows: Iterable[Subscription], findings: Iterable[Sighting]) -> list[Sighting]:
    """The store-billed products the person's mail shows: in rows already kept, and in this scan."""
    by_key = {s.key: s for row in rows if (s := from_row(row, "email")) is not None and not s.generic}
    by_key.update({s.key: s for s in findings if not s.generic})
    return list(by_key.values())


def product_for(charge: Sighting, known: Iterable[Sighting]) -> Sighting | None:
    """The one product of the charge's store at its price, currency and cycle, when its days fit."""
    if charge.cycle not in CYCLE_MONTHS and charge.cycle not in _WEEKS:
        return None
    alike = [
        p
        for p in known
        if (p.store, p.amount, p.currency, p.cycle)
        == (charge.store, charge.amount, charge.currency, charge.cycle)
    ]
    if len(alike) != 1:
        return None  # none, or several products at one price: the charge could be any of them
    return alike[0] if in_step(alike[0].on, charge.on, charge.cycle) else None


def in_step(first: date, second: date, cycle: str) -> bool:
    """Whether two days fall on the same day of the cycle, give or take a charge's posting delay."""
    early, late = sorted((first, second))
    if cycle in _WEEKS:
        offset = (late - early).days % _WEEKS[cycle]
        return min(offset, _WEEKS[cycle] - offset) <= _WEEKLY_SLACK_DAYS
    step = CYCLE_MONTHS[cycle]
    periods = ((late.year - early.year) * 12 + late.month - early.month) // step
    nearest = min(
        abs((add_months(early, n * step) - late).days) for n in (periods - 1, periods, periods + 1) if n >= 0
    )
    return nearest <= _SLACK_DAYS
