"""A person's subscriptions with their evidence, read once and shared by every export format."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.subscriptions.models import Subscription, SubscriptionEvidence
from app.subscriptions.services import SubscriptionService


@dataclass(frozen=True)
class EvidenceRecord:
    day: date
    source: str
    signal: str
    summary: str
    amount: Decimal | None
    currency: str | None


@dataclass(frozen=True)
class SubscriptionRecord:
    id: UUID
    name: str
    amount: Decimal | None
    currency: str | None
    cycle: str
    next_renewal: date | None
    status: str
    kind: str
    sources: tuple[str, ...]
    category: str | None = None
    notes: str | None = None
    payment_method: str | None = None
    evidence: tuple[EvidenceRecord, ...] = field(default=())

    @property
    def active(self) -> bool:
        return self.status == "active"


async def subscription_records(session: AsyncSession, user_id: UUID, today: date) -> list[SubscriptionRecord]:
    """The subscriptions and bills the person's list shows (confirmed, not ignored, merged ones folded in)."""
    subs = await SubscriptionService(session=session).list_for_user(user_id)
    evidence = await _evidence_by_subscription(session, user_id)
    records = [_record(sub, evidence.get(sub.id, []), today) for sub in subs]
    return sorted(records, key=lambda r: (r.name.lower(), str(r.id)))


async def _evidence_by_subscription(session: AsyncSession, user_id: UUID) -> dict[UUID, list[EvidenceRecord]]:
    """Every evidence row of the person's, filed under the subscription it (or its merged source) names."""
    rows = await session.execute(
        select(SubscriptionEvidence, Subscription.id, Subscription.merged_into_id)
        .join(Subscription, SubscriptionEvidence.subscription_id == Subscription.id)
        .where(Subscription.user_id == user_id)
        .order_by(SubscriptionEvidence.occurred_on)
    )
    found: dict[UUID, list[EvidenceRecord]] = {}
    for item, sub_id, merged_into in rows.tuples():
        found.setdefault(merged_into or sub_id, []).append(
            EvidenceRecord(
                item.occurred_on, item.source, item.signal, item.summary, item.amount, item.currency
            )
        )
    return found


def _record(sub: Subscription, evidence: list[EvidenceRecord], today: date) -> SubscriptionRecord:
    return SubscriptionRecord(
        id=sub.id,
        name=sub.display_name,
        amount=sub.amount,
        currency=sub.currency,
        cycle=sub.cycle,
        next_renewal=sub.renews_on(today),
        status=sub.effective_status,
        kind=sub.kind,
        sources=tuple(sub.sources or ()),
        category=sub.category,
        notes=sub.notes,
        payment_method=sub.payment_method,
        evidence=tuple(evidence),
    )
