"""A known account whose monthly report and analytics are worked out by hand in the tests.

As of 2026-12-01, home currency EUR, ECB rates USD 1.10 and GBP 0.85 per euro:

- Netflix (Streaming): bank charges 15.49 on 2026-10-05 and 17.99 on 2026-11-05 (a price increase).
- Spotify (Music): a 10.99 USD receipt on 2026-11-12, found that day (new in November).
- Gym (Health, a bill): 30.00 EUR monthly, no evidence, added 2026-09-01, renews on the 20th.
- Adobe: 239.88 EUR yearly, added 2026-01-01, renews 2027-02-10 (a big yearly one).
- Corner shop (no category): a 5.00 GBP charge on 2026-11-03.
- A possible (unconfirmed) finding with a November charge and an ignored one: never counted.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from app.accounts.services import UserService
from app.config import Settings
from app.currency.models import ExchangeRate, HomeCurrency
from app.lib.database import standalone_session
from app.subscriptions.models import Subscription, SubscriptionEvidence

TODAY = date(2026, 12, 1)
RATES_DAY = date(2026, 11, 30)


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def _charge(day: str, amount: str, currency: str, signal: str = "charge") -> SubscriptionEvidence:
    return SubscriptionEvidence(
        source="bank" if signal == "charge" else "email",
        ref=f"{signal}-{day}",
        occurred_on=date.fromisoformat(day),
        summary=signal,
        signal=signal,
        amount=Decimal(amount),
        currency=currency,
    )


def _sub(user_id: UUID, key: str, added: date, **fields: Any) -> Subscription:
    evidence = fields.pop("evidence", [])
    sub = Subscription(
        user_id=user_id, key=key, name=key.title(), created_at=_at(added), sources=["bank"], **fields
    )
    sub.evidence = evidence
    return sub


async def create_known_account(settings: Settings, email: str = "known@example.com") -> UUID:
    async with standalone_session(settings) as session:
        user = await UserService(session=session).create_user(email)
        session.add(HomeCurrency(user_id=user.id, currency="EUR"))
        session.add_all(
            [
                _sub(user.id, "netflix", TODAY, amount=Decimal("17.99"), currency="EUR", cycle="monthly",
                     next_renewal=date(2026, 12, 5), category="Streaming",
                     price_history=[["2026-10-05", "15.49"], ["2026-11-05", "17.99"]],
                     evidence=[_charge("2026-10-05", "15.49", "EUR"), _charge("2026-11-05", "17.99", "EUR")]),
                _sub(user.id, "spotify", date(2026, 11, 12), amount=Decimal("10.99"), currency="USD",
                     cycle="monthly", next_renewal=date(2026, 12, 12), category="Music",
                     evidence=[_charge("2026-11-12", "10.99", "USD", signal="receipt")]),
                _sub(user.id, "gym", date(2026, 9, 1), amount=Decimal("30.00"), currency="EUR",
                     cycle="monthly", next_renewal=date(2026, 12, 20), category="Health", kind="bill"),
                _sub(user.id, "adobe", date(2026, 1, 1), amount=Decimal("239.88"), currency="EUR",
                     cycle="yearly", next_renewal=date(2027, 2, 10), category="Software"),
                _sub(user.id, "corner shop", TODAY, amount=Decimal("5.00"), currency="GBP", cycle="monthly",
                     next_renewal=date(2026, 12, 3), evidence=[_charge("2026-11-03", "5.00", "GBP")]),
                _sub(user.id, "maybe", TODAY, amount=Decimal("99.00"), currency="EUR", cycle="monthly",
                     next_renewal=date(2026, 12, 8), possible=True,
                     evidence=[_charge("2026-11-08", "99.00", "EUR")]),
                _sub(user.id, "ignored", TODAY, amount=Decimal("50.00"), currency="EUR", cycle="monthly",
                     next_renewal=date(2026, 12, 9), ignored=True,
                     evidence=[_charge("2026-11-09", "50.00", "EUR")]),
            ]
        )  # fmt: skip
        await session.flush()
        return user.id


async def store_rates(settings: Settings) -> None:
    """Rates are shared by everyone: stored once per database."""
    async with standalone_session(settings) as session:
        session.add_all(
            ExchangeRate(on_date=RATES_DAY, currency=currency, per_euro=Decimal(rate))
            for currency, rate in (("USD", "1.10"), ("GBP", "0.85"))
        )
