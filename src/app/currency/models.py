"""Reference rates kept per day, and each person's home currency."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from uuid import UUID

from advanced_alchemy.base import UUIDAuditBase
from sqlalchemy import Date, ForeignKey, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column


class ExchangeRate(UUIDAuditBase):
    """How many units of ``currency`` one euro bought on ``on_date`` (an ECB euro foreign exchange
    reference rate; the ECB publishes one set per TARGET working day)."""

    __tablename__ = "exchange_rate"
    __table_args__ = (UniqueConstraint("on_date", "currency"),)

    on_date: Mapped[date] = mapped_column(Date, index=True)
    currency: Mapped[str] = mapped_column(String(3))
    per_euro: Mapped[Decimal] = mapped_column(Numeric(18, 6))


class HomeCurrency(UUIDAuditBase):
    """The currency a person's totals are shown in (one row per person who chose one)."""

    __tablename__ = "home_currency"

    user_id: Mapped[UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), unique=True, index=True
    )
    currency: Mapped[str] = mapped_column(String(3))
