"""The renewal check: a reminder for every subscription that renews within ``days_ahead``.

One reminder per subscription and renewal date, ever: the database's unique
constraint decides (``INSERT … ON CONFLICT DO NOTHING``), so two checks running
at once, or the same check retried, never duplicate one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from app.subscriptions.models import Reminder, Subscription

DEFAULT_DAYS_AHEAD = 30
REMINDED_KINDS = ("subscription", "bill")
"""Money going out; income and transfers renew nothing."""


@dataclass(frozen=True)
class DueRenewal:
    user_id: UUID
    subscription_id: UUID
    name: str
    renewal_date: date
    days_until_renewal: int

    def as_json(self) -> dict[str, Any]:
        return {
            "userId": str(self.user_id),
            "subscriptionId": str(self.subscription_id),
            "name": self.name,
            "daysUntilRenewal": self.days_until_renewal,
        }


@dataclass
class RenewalCheck:
    total_checked: int = 0
    reminders_created: int = 0
    due: list[DueRenewal] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The original's result shape."""
        return {
            "totalChecked": self.total_checked,
            "remindersCreated": self.reminders_created,
            "subscriptionsDue": [item.as_json() for item in self.due],
        }


def remindable_filters(user_id: UUID | None) -> list[ColumnElement[bool]]:
    filters: list[ColumnElement[bool]] = [
        Subscription.merged_into_id.is_(None),
        Subscription.ignored.is_(False),
        Subscription.possible.is_(False),  # unconfirmed findings get no reminder or alert until confirmed
        Subscription.status == "active",
        or_(Subscription.user_status.is_(None), Subscription.user_status == "active"),
        Subscription.kind.in_(REMINDED_KINDS),
    ]
    if user_id is not None:
        filters.append(Subscription.user_id == user_id)
    return filters


async def check_renewals(
    session: AsyncSession, today: date, days_ahead: int = DEFAULT_DAYS_AHEAD, user_id: UUID | None = None
) -> RenewalCheck:
    """Remind of every active subscription renewing from ``today`` to ``today + days_ahead``."""
    subs = list(await session.scalars(select(Subscription).where(*remindable_filters(user_id))))
    result = RenewalCheck(total_checked=len(subs))
    horizon = today + timedelta(days=max(0, days_ahead))
    for sub in sorted(subs, key=lambda s: (s.next_renewal or date.max, s.display_name)):
        if sub.next_renewal is None or not today <= sub.next_renewal <= horizon:
            continue
        days = (sub.next_renewal - today).days
        result.due.append(DueRenewal(sub.user_id, sub.id, sub.display_name, sub.next_renewal, days))
        result.reminders_created += await _remind(session, sub)
    await session.commit()
    return result


async def _remind(session: AsyncSession, sub: Subscription) -> int:
    """Insert the reminder unless it exists; 1 when this call created it."""
    assert sub.next_renewal is not None
    values = {
        "id": uuid4(),
        "user_id": sub.user_id,
        "subscription_id": sub.id,
        "renewal_date": sub.next_renewal,
    }
    insert = postgresql.insert if session.bind.dialect.name == "postgresql" else sqlite.insert
    statement = (
        insert(Reminder)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["subscription_id", "renewal_date"])
    )
    outcome = await session.execute(statement)
    return int(outcome.rowcount or 0)  # type: ignore[attr-defined]
