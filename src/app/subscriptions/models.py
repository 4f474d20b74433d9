"""The subscriptions a person has, the evidence for each, and renewal reminders."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from uuid import UUID

from advanced_alchemy.base import UUIDAuditBase
from advanced_alchemy.types import DateTimeUTC, JsonB
from sqlalchemy import Boolean, Date, Float, ForeignKey, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.subscriptions.schedule import next_renewal_on_or_after


class Subscription(UUIDAuditBase):
    __tablename__ = "subscription"
    __table_args__ = (UniqueConstraint("user_id", "key"),)

    user_id: Mapped[UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(120))
    """Normalised service key; detection finds the row again by it on every re-scan."""
    name: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), default=None)
    currency: Mapped[str | None] = mapped_column(String(3), default=None)
    cycle: Mapped[str] = mapped_column(String(20), default="unknown")
    next_renewal: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default="active")
    kind: Mapped[str] = mapped_column(String(20), default="subscription")
    sources: Mapped[list[str]] = mapped_column(JsonB, default=list)
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    trial_ends_on: Mapped[date | None] = mapped_column(Date, default=None)
    price_history: Mapped[list[list[str]]] = mapped_column(JsonB, default=list)
    user_name: Mapped[str | None] = mapped_column(String(200), default=None)
    """A name the person chose; detection never overwrites it."""
    user_status: Mapped[str | None] = mapped_column(String(20), default=None)
    """``cancelled`` when the person marked it so; wins over the detected status."""
    ignored: Mapped[bool] = mapped_column(Boolean, default=False)
    merged_into_id: Mapped[UUID | None] = mapped_column(
        ForeignKey("subscription.id", ondelete="SET NULL"), default=None
    )
    figures: Mapped[dict[str, dict[str, str | None]]] = mapped_column(JsonB, default=dict)
    """Each source's own figure, ``{"bank": {"amount", "currency", "on"…}, "email": {…}}``.

    The shown amount is chosen from them by ``services.pick_figure``."""
    pinned: Mapped[list[str]] = mapped_column(JsonB, default=list)
    """Fields the person set by hand (``amount``, ``cycle``…); detection leaves them as they are."""
    possible: Mapped[bool] = mapped_column(Boolean, default=False)
    """Too unsure to list as active (no amount, no cycle, low confidence) until the person confirms it."""
    category: Mapped[str | None] = mapped_column(String(60), default=None)
    notes: Mapped[str | None] = mapped_column(String(2000), default=None)
    payment_method: Mapped[str | None] = mapped_column(String(100), default=None)
    cancel_by: Mapped[date | None] = mapped_column(Date, default=None)
    """The contract's end, or the last day to cancel before it renews."""

    evidence: Mapped[list[SubscriptionEvidence]] = relationship(
        back_populates="subscription", cascade="all, delete-orphan", lazy="noload"
    )

    @property
    def display_name(self) -> str:
        return self.user_name or self.name

    @property
    def effective_status(self) -> str:
        return self.user_status or self.status

    def renews_on(self, today: date) -> date | None:
        """The next renewal as of ``today``: rolled forward by the cycle, or a past date when overdue."""
        return next_renewal_on_or_after(self.next_renewal, self.cycle, today)


class SubscriptionEvidence(UUIDAuditBase):
    __tablename__ = "subscription_evidence"
    __table_args__ = (UniqueConstraint("subscription_id", "source", "ref"),)

    subscription_id: Mapped[UUID] = mapped_column(
        ForeignKey("subscription.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[str] = mapped_column(String(10))
    ref: Mapped[str] = mapped_column(String(500))
    occurred_on: Mapped[date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(String(500))
    signal: Mapped[str] = mapped_column(String(30))
    amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), default=None)
    currency: Mapped[str | None] = mapped_column(String(3), default=None)

    subscription: Mapped[Subscription] = relationship(back_populates="evidence", lazy="noload")


class Reminder(UUIDAuditBase):
    """A note that a subscription renews soon; one per subscription and renewal date."""

    __tablename__ = "reminder"
    __table_args__ = (UniqueConstraint("subscription_id", "renewal_date"),)

    user_id: Mapped[UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    subscription_id: Mapped[UUID] = mapped_column(
        ForeignKey("subscription.id", ondelete="CASCADE"), index=True
    )
    renewal_date: Mapped[date] = mapped_column(Date)
    dismissed_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True), default=None)


class DismissedService(UUIDAuditBase):
    """A service the person said is not theirs: detection never lists it for them again."""

    __tablename__ = "dismissed_service"
    __table_args__ = (UniqueConstraint("user_id", "key"),)

    user_id: Mapped[UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(120))
    name: Mapped[str] = mapped_column(String(200))


class SubscriptionEdit(UUIDAuditBase):
    """One change a person made by hand, shown on the subscription's page (``created_at`` is when)."""

    __tablename__ = "subscription_edit"

    user_id: Mapped[UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    subscription_id: Mapped[UUID] = mapped_column(
        ForeignKey("subscription.id", ondelete="CASCADE"), index=True
    )
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(String(2000), default=None)
    new_value: Mapped[str | None] = mapped_column(String(2000), default=None)
