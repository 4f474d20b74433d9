"""Which payments fall in a span of days: pure functions of a subscription and its evidence.

What was paid is what was seen: bank charges first (the money that left the
account), else receipts from mail, each on its own day and at its own amount.
A listed subscription with neither in the span (added by hand or imported,
or from a mailbox that does not get its receipts) counts at its amount on the
days its cycle puts in the span, from the first day it is known on: marked
``scheduled``, so a report can say how much of a total was seen and how much
was inferred. Days to come are always scheduled, at today's price.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from app.detection.types import CYCLE_MONTHS, add_months
from app.subscriptions.models import Subscription, SubscriptionEvidence
from app.subscriptions.schedule import CYCLE_WEEKS, renewals_between

CHARGED = "charged"
RECEIPT = "receipt"
SCHEDULED = "scheduled"
SOURCE_OF_SIGNAL = {"charge": CHARGED, "receipt": RECEIPT}
"""Evidence that money was paid; a renewal notice or a trial only says it will be."""
SPENDING_KINDS = ("subscription", "bill")


@dataclass(frozen=True)
class Payment:
    subscription_id: str
    name: str
    category: str | None
    cycle: str
    day: date
    amount: Decimal
    currency: str
    source: str
    """``charged`` (bank), ``receipt`` (mail) or ``scheduled`` (its cycle says so)."""


def counts_as_spending(sub: Subscription) -> bool:
    """Listed as the person's: not merged away, ignored or waiting to be confirmed; money going out."""
    return sub.merged_into_id is None and not sub.ignored and not sub.possible and sub.kind in SPENDING_KINDS


def _payment(sub: Subscription, day: date, amount: Decimal, currency: str, source: str) -> Payment:
    return Payment(str(sub.id), sub.display_name, sub.category, sub.cycle, day, amount, currency, source)


def scheduled_days(anchor: date, cycle: str, first: date, last: date) -> list[date]:
    """The cycle's days from ``first`` to ``last``, stepping both ways from ``anchor`` (a known renewal)."""
    if anchor <= first:
        return renewals_between(anchor, cycle, first, last)
    before: list[date] = []
    for day in _backwards(anchor, cycle):
        if day < first:
            break
        if day <= last:
            before.append(day)
    after = renewals_between(anchor, cycle, first, last)
    return sorted(set(before) | set(after))


def _backwards(anchor: date, cycle: str) -> Iterator[date]:
    if cycle in CYCLE_WEEKS:
        step = timedelta(weeks=CYCLE_WEEKS[cycle])
        day = anchor
        while True:
            yield day
            day -= step
    elif cycle in CYCLE_MONTHS:
        for count in range(10_000):
            yield add_months(anchor, -count * CYCLE_MONTHS[cycle], anchor.day)
    else:
        yield anchor


def known_since(sub: Subscription, evidence: Sequence[SubscriptionEvidence]) -> date:
    """The first day the subscription is known to exist: its oldest evidence, else when it was added."""
    days = [e.occurred_on for e in evidence]
    return min([*days, sub.created_at.date()])


def payments_between(
    sub: Subscription, evidence: Sequence[SubscriptionEvidence], first: date, last: date, today: date
) -> list[Payment]:
    """The subscription's payments from ``first`` to ``last`` inclusive (see the module's rules)."""
    seen = [e for e in evidence if first <= e.occurred_on <= last and e.amount is not None]
    for source in (CHARGED, RECEIPT):
        paid = [e for e in seen if SOURCE_OF_SIGNAL.get(e.signal) == source]
        if paid:
            past = [
                _payment(sub, e.occurred_on, Decimal(e.amount or 0), e.currency or sub.currency or "", source)
                for e in paid
                if e.occurred_on <= today
            ]
            return past + _future(sub, max(first, today + timedelta(days=1)), last)
    if sub.amount is None or not sub.currency or sub.next_renewal is None:
        return []
    start = max(first, known_since(sub, evidence))
    if sub.effective_status != "active":
        return []  # a cancelled one paid what was seen, and will pay nothing more
    return [
        _payment(sub, day, sub.amount, sub.currency, SCHEDULED)
        for day in scheduled_days(sub.next_renewal, sub.cycle, start, last)
    ]


def _future(sub: Subscription, first: date, last: date) -> list[Payment]:
    """Renewals still to come in the span (a span reaching past today), at today's price."""
    if first > last or sub.effective_status != "active" or sub.amount is None or not sub.currency:
        return []
    anchor = sub.next_renewal
    if anchor is None:
        return []
    return [
        _payment(sub, day, sub.amount, sub.currency, SCHEDULED)
        for day in scheduled_days(anchor, sub.cycle, first, last)
    ]


def all_payments(
    subs: Iterable[tuple[Subscription, Sequence[SubscriptionEvidence]]], first: date, last: date, today: date
) -> list[Payment]:
    found: list[Payment] = []
    for sub, evidence in subs:
        if counts_as_spending(sub):
            found += payments_between(sub, evidence, first, last, today)
    return sorted(found, key=lambda p: (p.day, p.name.lower()))
