"""What a person wants to be told and how, and every delivery made to them.

A ``Delivery`` row is claimed before anything is sent: one per channel and
event (``dedupe_key``: the subscription, renewal date and offset of a reminder,
or the event an alert is about), so no worker, retry or catch-up run sends an
event twice to the same place.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from advanced_alchemy.base import UUIDAuditBase
from advanced_alchemy.types import DateTimeUTC, JsonB
from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.lib.crypto import encrypted_text


class NotificationPreferences(UUIDAuditBase):
    """One row per person; a person without one has the defaults (see ``preferences.DEFAULTS``)."""

    __tablename__ = "notification_preferences"

    user_id: Mapped[UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), unique=True, index=True
    )
    offsets: Mapped[list[int]] = mapped_column(JsonB, default=lambda: [7, 1])
    """Days before a renewal to remind, 0-365."""
    digest: Mapped[bool] = mapped_column(Boolean, default=False)
    """One message a day with everything due, instead of one per reminder."""
    timezone: Mapped[str | None] = mapped_column(String(64), default=None)
    """The person's IANA zone; unset means the server's ``APP_TIMEZONE``."""
    send_hour: Mapped[int] = mapped_column(Integer, default=9)
    """Local hour (0-23) from which the day's reminders go out."""
    alerts: Mapped[dict[str, bool]] = mapped_column(JsonB, default=dict)
    """Switches by message kind; a kind not named is on."""


class NotificationChannel(UUIDAuditBase):
    """Somewhere to send: the account's email address, an Apprise URL, or a signed webhook."""

    __tablename__ = "notification_channel"

    user_id: Mapped[UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    """``email``, ``apprise`` or ``webhook``."""
    label: Mapped[str] = mapped_column(String(200))
    """What the person sees (an Apprise URL's scheme and host, never the URL itself)."""
    target: Mapped[str | None] = mapped_column(encrypted_text(), default=None)
    """The Apprise or webhook URL (tokens live in them); email uses the account's address."""
    secret: Mapped[str | None] = mapped_column(encrypted_text(), default=None)
    """A webhook's signing secret (``whsec_…``)."""
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    muted_kinds: Mapped[list[str]] = mapped_column(JsonB, default=list)
    """Kinds turned off for this channel only (an email's one-click unsubscribe)."""


class SubscriptionNotice(UUIDAuditBase):
    """A subscription's own reminder settings: muted, or its own offsets."""

    __tablename__ = "subscription_notice"

    user_id: Mapped[UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    subscription_id: Mapped[UUID] = mapped_column(
        ForeignKey("subscription.id", ondelete="CASCADE"), unique=True
    )
    muted: Mapped[bool] = mapped_column(Boolean, default=False)
    offsets: Mapped[list[int] | None] = mapped_column(JsonB, default=None)


class Delivery(UUIDAuditBase):
    """One event to one channel. Deliveries sent together (a digest) share a ``message_id``."""

    __tablename__ = "notification_delivery"
    __table_args__ = (UniqueConstraint("channel_id", "dedupe_key"),)

    user_id: Mapped[UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    channel_id: Mapped[UUID] = mapped_column(
        ForeignKey("notification_channel.id", ondelete="CASCADE"), index=True
    )
    subscription_id: Mapped[UUID | None] = mapped_column(
        ForeignKey("subscription.id", ondelete="CASCADE"), default=None
    )
    kind: Mapped[str] = mapped_column(String(30))
    dedupe_key: Mapped[str] = mapped_column(String(200))
    message_id: Mapped[str] = mapped_column(String(64), index=True)
    """Stable across retries: the email's Message-ID and the webhook-id, so receivers can drop repeats."""
    details: Mapped[dict[str, Any]] = mapped_column(JsonB, default=dict)
    """The event as it was when planned (name, amounts, dates), so the message matches it."""
    status: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    """``pending`` → ``sending`` (claimed) → ``sent`` or ``failed``."""
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    interrupted: Mapped[int] = mapped_column(Integer, default=0)
    """Times a send was cut off (worker killed) and taken over; at most once."""
    answer: Mapped[str | None] = mapped_column(Text, default=None)
    """The receiving server's own answer to the last attempt."""
    outbox_path: Mapped[str | None] = mapped_column(String(500), default=None)
    """The ``.eml`` written under ``DATA_DIR/outbox`` when no SMTP server is configured."""
    sent_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True), default=None)
