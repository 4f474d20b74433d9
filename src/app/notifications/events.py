"""What is due to be told to a person on their local date: renewal reminders and alerts.

Pure functions of a subscription and the person's preferences, so the rules are
tested without a database. Each ``Event`` has a ``dedupe_key`` naming exactly
what it is about; a delivery is unique per channel and key.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any
from uuid import UUID

from app.notifications.preferences import (
    LOOKS_CANCELLED,
    PAYMENT_FAILED,
    PRICE_INCREASE,
    RENEWAL,
    TRIAL_ENDING,
)
from app.subscriptions.models import Subscription

RECENT = timedelta(days=30)
"""An alert about a price change or failed payment older than this is history, not news."""
OVERDUE_GRACE = {
    "weekly": 3,
    "biweekly": 5,
    "monthly": 7,
    "quarterly": 14,
    "semiannual": 21,
    "yearly": 30,
}
"""Days past its expected renewal, by cadence, after which a subscription looks cancelled."""
OVERDUE_WINDOW = timedelta(days=60)
"""Past grace by more than this, it was noticed long ago (or never will be): no alert."""


@dataclass(frozen=True)
class Event:
    kind: str
    subscription_id: UUID
    dedupe_key: str
    details: dict[str, Any]


def _money(sub: Subscription) -> dict[str, Any]:
    return {"amount": None if sub.amount is None else str(sub.amount), "currency": sub.currency}


def _base(sub: Subscription) -> dict[str, Any]:
    return {"subscriptionId": str(sub.id), "name": sub.display_name, "cycle": sub.cycle, **_money(sub)}


def due_offset(renewal: date, today: date, offsets: tuple[int, ...]) -> int | None:
    """The nearest offset that has come due for this renewal, or None.

    Offsets whose day passed while no worker ran are caught up only through the
    nearest one, so a person back from an outage gets one reminder, not several;
    a renewal that has passed gets none.
    """
    if renewal < today:
        return None
    come_due = [o for o in offsets if renewal - timedelta(days=o) <= today]
    return min(come_due) if come_due else None


def renewal_event(sub: Subscription, today: date, offsets: tuple[int, ...]) -> Event | None:
    if sub.next_renewal is None:
        return None
    offset = due_offset(sub.next_renewal, today, offsets)
    if offset is None:
        return None
    details = {
        **_base(sub),
        "renewalDate": sub.next_renewal.isoformat(),
        "daysBefore": offset,
        "daysUntil": (sub.next_renewal - today).days,
    }
    key = f"{RENEWAL}:{sub.id}:{sub.next_renewal.isoformat()}:{offset}"
    return Event(RENEWAL, sub.id, key, details)


def trial_event(sub: Subscription, today: date, lead_days: int) -> Event | None:
    """The trial ends within the person's longest reminder offset: its date and the price it turns into."""
    ends = sub.trial_ends_on
    if ends is None or not today <= ends <= today + timedelta(days=lead_days):
        return None
    details = {**_base(sub), "trialEndsOn": ends.isoformat(), "daysUntil": (ends - today).days}
    return Event(TRIAL_ENDING, sub.id, f"{TRIAL_ENDING}:{sub.id}:{ends.isoformat()}", details)


def _decimal(raw: str) -> Decimal | None:
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None


def price_event(sub: Subscription, today: date) -> Event | None:
    """The latest known price is above the one before it, and changed recently."""
    history = sorted((entry for entry in sub.price_history or [] if len(entry) == 2), key=lambda e: e[0])
    if len(history) < 2:
        return None
    (_, before), (since, after) = history[-2], history[-1]
    old, new = _decimal(before), _decimal(after)
    if old is None or new is None or new <= old or date.fromisoformat(since) < today - RECENT:
        return None
    details = {**_base(sub), "oldAmount": str(old), "newAmount": str(new), "since": since}
    return Event(PRICE_INCREASE, sub.id, f"{PRICE_INCREASE}:{sub.id}:{since}:{new}", details)


def payment_failed_event(sub: Subscription, failed_on: date, summary: str, today: date) -> Event | None:
    if failed_on < today - RECENT or failed_on > today:
        return None
    details = {**_base(sub), "failedOn": failed_on.isoformat(), "summary": summary}
    return Event(PAYMENT_FAILED, sub.id, f"{PAYMENT_FAILED}:{sub.id}:{failed_on.isoformat()}", details)


def overdue_event(sub: Subscription, today: date) -> Event | None:
    """Still 'active', but its expected renewal is past by more than its cadence allows."""
    grace = OVERDUE_GRACE.get(sub.cycle)
    if grace is None or sub.next_renewal is None:
        return None
    late = today - sub.next_renewal
    if not timedelta(days=grace) < late <= timedelta(days=grace) + OVERDUE_WINDOW:
        return None
    details = {**_base(sub), "expectedOn": sub.next_renewal.isoformat(), "daysLate": late.days}
    key = f"{LOOKS_CANCELLED}:{sub.id}:{sub.next_renewal.isoformat()}"
    return Event(LOOKS_CANCELLED, sub.id, key, details)
