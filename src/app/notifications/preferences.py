"""A person's notification preferences, with the defaults a person who never opened Settings gets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final
from uuid import UUID, uuid5
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from app.lib.errors import FieldNamedError
from app.notifications.models import NotificationChannel, NotificationPreferences, SubscriptionNotice

RENEWAL: Final = "renewal"
TRIAL_ENDING: Final = "trial-ending"
PRICE_INCREASE: Final = "price-increase"
PAYMENT_FAILED: Final = "payment-failed"
LOOKS_CANCELLED: Final = "looks-cancelled"
MONTHLY_REPORT: Final = "monthly-report"
TEST: Final = "test"
KINDS: Final = (RENEWAL, TRIAL_ENDING, PRICE_INCREASE, PAYMENT_FAILED, LOOKS_CANCELLED, MONTHLY_REPORT)
"""Every kind of message a person can switch on or off (a test is sent only when asked for)."""
OFF_UNLESS_CHOSEN: Final = frozenset({MONTHLY_REPORT})
"""Kinds a person opts in to; every other kind is on until switched off."""
KIND_LABELS: Final = {
    RENEWAL: "Renewal reminders",
    TRIAL_ENDING: "Trial ending",
    PRICE_INCREASE: "Price increase",
    PAYMENT_FAILED: "Payment failed",
    LOOKS_CANCELLED: "Looks cancelled (overdue)",
    MONTHLY_REPORT: "Monthly report (on the 1st)",
    TEST: "Test message",
}

DEFAULT_OFFSETS: Final = (7, 1)
MAX_OFFSET: Final = 365
MAX_OFFSETS: Final = 10
DEFAULT_SEND_HOUR: Final = 9


class PreferenceError(FieldNamedError):
    """A preference that cannot be stored; ``field`` names it for the 400 answer (the notifications
    API's ``{"field": …}`` shape since it shipped)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message, field)


@dataclass(frozen=True)
class Preferences:
    """What planning needs, resolved: defaults filled in, the zone parsed."""

    offsets: tuple[int, ...]
    digest: bool
    timezone: str
    send_hour: int
    alerts: dict[str, bool]

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def wants(self, kind: str) -> bool:
        return kind == TEST or self.alerts.get(kind, kind not in OFF_UNLESS_CHOSEN)


def resolve(row: NotificationPreferences | None, server_timezone: str) -> Preferences:
    if row is None:
        return Preferences(DEFAULT_OFFSETS, False, server_timezone, DEFAULT_SEND_HOUR, {})
    return Preferences(
        offsets=tuple(row.offsets),
        digest=row.digest,
        timezone=row.timezone or server_timezone,
        send_hour=row.send_hour,
        alerts=dict(row.alerts or {}),
    )


def clean_offsets(values: list[int]) -> list[int]:
    """Distinct, largest first; 1 to ``MAX_OFFSETS`` values, each 0-365 days."""
    if not values:
        raise PreferenceError("offsets", "give at least one reminder offset")
    if len(values) > MAX_OFFSETS:
        raise PreferenceError("offsets", f"at most {MAX_OFFSETS} reminder offsets")
    if any(not 0 <= v <= MAX_OFFSET for v in values):
        raise PreferenceError("offsets", f"reminder offsets are days before the renewal, 0-{MAX_OFFSET}")
    return sorted(set(values), reverse=True)


def check_timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        message = f"unknown time zone {name!r} (use an IANA name like Europe/Paris)"
        raise PreferenceError("timezone", message) from None
    return name


def check_send_hour(hour: int) -> int:
    if not 0 <= hour <= 23:
        raise PreferenceError("sendHour", "the send hour is 0-23")
    return hour


def check_kinds(alerts: dict[str, bool]) -> dict[str, bool]:
    unknown = sorted(set(alerts) - set(KINDS))
    if unknown:
        raise PreferenceError("alerts", f"unknown kinds {', '.join(unknown)}; known: {', '.join(KINDS)}")
    return dict(alerts)


async def preferences_row(session: AsyncSession, user_id: UUID) -> NotificationPreferences:
    """The person's row, created with the defaults the first time it is changed."""
    row = await session.scalar(
        select(NotificationPreferences).where(NotificationPreferences.user_id == user_id)
    )
    if row is None:
        row = NotificationPreferences(user_id=user_id, offsets=list(DEFAULT_OFFSETS), alerts={})
        session.add(row)
        await session.flush()
    return row


def insert_for(session: AsyncSession) -> Any:
    """The dialect's INSERT, which has ``on_conflict_do_nothing``."""
    return postgresql.insert if session.bind.dialect.name == "postgresql" else sqlite.insert


EMAIL_CHANNEL_NAMESPACE = UUID("6c1f3a52-3f1e-4a58-9d1e-0b5f4f5b8e21")
EMAIL_LABEL = "Email to my account address"


def email_channel_id(user_id: UUID) -> UUID:
    """Fixed per person, so concurrent planners creating it at once make one row, not two."""
    return uuid5(EMAIL_CHANNEL_NAMESPACE, str(user_id))


async def ensure_email_channels(session: AsyncSession, people: Sequence[UUID]) -> bool:
    """Give these people the account-address email channel (on by default); True if any was missing."""
    if not people:
        return False
    rows = [
        {"id": email_channel_id(p), "user_id": p, "kind": "email", "label": EMAIL_LABEL, "muted_kinds": []}
        for p in people
    ]
    await session.execute(insert_for(session)(NotificationChannel).values(rows).on_conflict_do_nothing())
    return True


async def email_channel(session: AsyncSession, user_id: UUID) -> NotificationChannel:
    await ensure_email_channels(session, [user_id])
    channel = await session.get(NotificationChannel, email_channel_id(user_id))
    assert channel is not None
    return channel


async def subscription_notice(
    session: AsyncSession, user_id: UUID, subscription_id: UUID
) -> SubscriptionNotice:
    notice = await session.scalar(
        select(SubscriptionNotice).where(SubscriptionNotice.subscription_id == subscription_id)
    )
    if notice is None:
        notice = SubscriptionNotice(user_id=user_id, subscription_id=subscription_id)
        session.add(notice)
        await session.flush()
    return notice


async def reminder_offsets(session: AsyncSession, user_id: UUID, server_timezone: str) -> ReminderOffsets:
    """When the person is reminded of each renewal: their offsets, a subscription's own, or none."""
    row = await session.scalar(
        select(NotificationPreferences).where(NotificationPreferences.user_id == user_id)
    )
    prefs = resolve(row, server_timezone)
    notices = await session.scalars(select(SubscriptionNotice).where(SubscriptionNotice.user_id == user_id))
    return ReminderOffsets(
        default=prefs.offsets if prefs.wants(RENEWAL) else (),
        send_hour=prefs.send_hour,
        own={n.subscription_id: () if n.muted else tuple(n.offsets or prefs.offsets) for n in notices},
    )


@dataclass(frozen=True)
class ReminderOffsets:
    """Days before a renewal at which the person is reminded, at ``send_hour`` local time."""

    default: tuple[int, ...]
    send_hour: int
    own: dict[UUID, tuple[int, ...]]

    def for_subscription(self, subscription_id: UUID) -> tuple[int, ...]:
        if not self.default:
            return ()
        return self.own.get(subscription_id, self.default)
