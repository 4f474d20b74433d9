"""What the reports read: a person's subscriptions with their evidence, and money in the home currency."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.currency.preference import currency_for_totals, home_currency
from app.currency.rates import CENT, Rates, rates_on
from app.reports.spending import Payment
from app.subscriptions.models import Subscription, SubscriptionEvidence

Holdings = list[tuple[Subscription, list[SubscriptionEvidence]]]


async def holdings(session: AsyncSession, user_id: UUID) -> Holdings:
    """Every subscription of the person with its evidence (two queries, whatever the count)."""
    subs = list(await session.scalars(select(Subscription).where(Subscription.user_id == user_id)))
    evidence: dict[UUID, list[SubscriptionEvidence]] = defaultdict(list)
    rows = await session.scalars(
        select(SubscriptionEvidence)
        .join(Subscription, Subscription.id == SubscriptionEvidence.subscription_id)
        .where(Subscription.user_id == user_id)
    )
    for row in rows:
        evidence[row.subscription_id].append(row)
    return [(sub, evidence[sub.id]) for sub in subs]


@dataclass(frozen=True)
class Money:
    """Converting into the person's home currency with one day's ECB reference rates."""

    home: str
    rates: Rates

    def convert(self, amount: Decimal, currency: str) -> Decimal | None:
        value = self.rates.convert(amount, currency, self.home)
        return None if value is None else value.quantize(CENT)

    def total(self, payments: Iterable[Payment]) -> Decimal:
        """The sum of what converts (see ``unconverted`` for the rest)."""
        return sum((self.convert(p.amount, p.currency) or Decimal(0) for p in payments), Decimal(0))

    def unconverted(self, payments: Iterable[Payment]) -> dict[str, Decimal]:
        left: dict[str, Decimal] = {}
        for p in payments:
            if self.convert(p.amount, p.currency) is None:
                left[p.currency] = left.get(p.currency, Decimal(0)) + p.amount
        return dict(sorted(left.items()))


async def money(session: AsyncSession, user_id: UUID, held: Holdings, day: date) -> Money:
    """The home currency (chosen, else the one most payments are in) and the rates of ``day``."""
    chosen = await home_currency(session, user_id)
    return Money(currency_for_totals(chosen, (s.currency for s, _ in held)), await rates_on(session, day))
