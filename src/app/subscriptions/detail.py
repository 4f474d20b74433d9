"""A subscription's own page: evidence as a timeline, its price over time as a server-drawn SVG chart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import User
from app.subscriptions.models import Subscription, SubscriptionEvidence
from app.subscriptions.schedule import renewals_between
from app.subscriptions.services import SubscriptionService

CHART_WIDTH = 560
CHART_HEIGHT = 160
CHART_PAD = 28
SIGNAL_LABELS = {
    "receipt": "Receipt",
    "renewal_notice": "Renewal notice",
    "trial_ending": "Trial ending",
    "trial_ended": "Trial ended, no paid plan",
    "price_change": "Price change",
    "payment_failed": "Payment failed",
    "cancellation": "Cancellation",
    "charge": "Bank charge",
}


@dataclass(frozen=True)
class PricePoint:
    day: date
    amount: Decimal
    x: float
    y: float


@dataclass(frozen=True)
class PriceChart:
    """Points placed in the SVG's own coordinates; the template draws them (no script, no inline style)."""

    points: list[PricePoint]
    low: Decimal
    high: Decimal
    currency: str | None

    @property
    def path(self) -> str:
        return " ".join(f"{'M' if i == 0 else 'L'}{p.x:.1f},{p.y:.1f}" for i, p in enumerate(self.points))


def price_points(evidence: list[SubscriptionEvidence], currency: str | None) -> list[tuple[date, Decimal]]:
    """The amounts actually charged or announced, oldest first, in the subscription's own currency."""
    seen: dict[date, Decimal] = {}
    for item in evidence:
        if item.amount is not None and (currency is None or item.currency in (None, currency)):
            seen[item.occurred_on] = item.amount
    return sorted(seen.items())


def price_chart(points: list[tuple[date, Decimal]], currency: str | None) -> PriceChart | None:
    if len(points) < 2:
        return None
    first, last = points[0][0], points[-1][0]
    low, high = min(a for _, a in points), max(a for _, a in points)
    span_days = max((last - first).days, 1)
    span_amount = (high - low) or Decimal(1)
    inner_w, inner_h = CHART_WIDTH - 2 * CHART_PAD, CHART_HEIGHT - 2 * CHART_PAD
    placed = [
        PricePoint(
            day,
            amount,
            CHART_PAD + inner_w * (day - first).days / span_days,
            CHART_PAD + inner_h * float((high - amount) / span_amount) if high != low else CHART_HEIGHT / 2,
        )
        for day, amount in points
    ]
    return PriceChart(placed, low, high, currency)


async def detail_context(
    session: AsyncSession, user: User, subscription_id: UUID, today: date
) -> dict[str, Any]:
    service = SubscriptionService(session=session)
    sub = await service.get_for_user(user.id, subscription_id)
    evidence = await service.evidence_for(sub)
    points = price_points(evidence, sub.currency)
    others: list[Subscription] = [
        s for s in await service.list_for_user(user.id) if s.id != sub.id and sub.merged_into_id is None
    ]
    return {
        "user": user,
        "active_nav": "dashboard",
        "today": today,
        "sub": sub,
        "timeline": evidence,
        "signal_labels": SIGNAL_LABELS,
        "chart": price_chart(points, sub.currency),
        "renewals": renewals_between(sub.next_renewal, sub.cycle, today, today + timedelta(days=365))[:6],
        "edits": await service.edits_for(sub),
        "merged": await service.merged_into(sub),
        "others": others,
        "errors": {},
        "form": {},
    }
