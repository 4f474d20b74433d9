"""A person's subscriptions with their evidence, read once and shared by every export format."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.subscriptions.models import Subscription, SubscriptionEvidence
from app.subscriptions.services import PAYMENT_KINDS


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
    """Filled once subscriptions carry a category (issue 12); exports write it, imports read it."""
    evidence: tuple[EvidenceRecord, ...] = field(default=())

    @property
    def active(self) -> bool:
        return self.status == "active"


async def subscription_records(session: AsyncSession, user_id: UUID) -> list[SubscriptionRecord]:
    """The person's listed subscriptions and bills (not ignored, merged ones folded in), by name."""
    subs = list(
        await session.scalars(
            select(Subscription).where(
                Subscription.user_id == user_id,
                Subscription.merged_into_id.is_(None),
                Subscription.ignored.is_(False),
                Subscription.kind.in_(PAYMENT_KINDS),
            )
        )
    )
    evidence = await _evidence_by_subscription(session, user_id)
    records = [_record(sub, evidence.get(sub.id, [])) for sub in subs]
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


def _record(sub: Subscription, evidence: list[EvidenceRecord]) -> SubscriptionRecord:
    return SubscriptionRecord(
        id=sub.id,
        name=sub.display_name,
        amount=sub.amount,
        currency=sub.currency,
        cycle=sub.cycle,
        next_renewal=sub.next_renewal,
        status=sub.effective_status,
        kind=sub.kind,
        sources=tuple(sub.sources or ()),
        category=category_of(sub),
        evidence=tuple(evidence),
    )


def category_of(sub: Subscription) -> str | None:
    """The subscription's category name. Seam for issue 12 (categories, ui helper): None until
    subscriptions carry one; then this reads it and every format and the import use it."""
    return None
