"""The ICS feed: one event per renewing subscription, repeating by its cycle, with alarms before it."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, date, datetime, timedelta
from uuid import UUID

from icalendar import Alarm, Calendar, Event, vRecur
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.calendar.models import CalendarFeed
from app.lib.errors import NotFoundError
from app.lib.templating import money
from app.notifications.preferences import reminder_offsets
from app.subscriptions.models import Subscription
from app.subscriptions.services import SubscriptionService

FEED_PREFIX = "/calendar/feed/"
RRULES: dict[str, dict[str, int | str]] = {
    "weekly": {"FREQ": "WEEKLY"},
    "biweekly": {"FREQ": "WEEKLY", "INTERVAL": 2},
    "monthly": {"FREQ": "MONTHLY"},
    "quarterly": {"FREQ": "MONTHLY", "INTERVAL": 3},
    "semiannual": {"FREQ": "MONTHLY", "INTERVAL": 6},
    "yearly": {"FREQ": "YEARLY"},
}


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def feed_path(session: AsyncSession, user_id: UUID) -> str | None:
    """The person's feed address (path), or None when they have none."""
    feed = await session.scalar(select(CalendarFeed).where(CalendarFeed.user_id == user_id))
    return None if feed is None else f"{FEED_PREFIX}{feed.token}.ics"


async def rotate_feed(session: AsyncSession, user_id: UUID) -> str:
    """A new secret address; the old one stops working at once."""
    await revoke_feed(session, user_id)
    token = secrets.token_urlsafe(24)
    session.add(CalendarFeed(user_id=user_id, token=token, token_hash=_hash(token)))
    await session.flush()
    return f"{FEED_PREFIX}{token}.ics"


async def revoke_feed(session: AsyncSession, user_id: UUID) -> None:
    await session.execute(delete(CalendarFeed).where(CalendarFeed.user_id == user_id))
    await session.flush()


class FeedNotFoundError(NotFoundError):
    """No feed has this secret (never made, rotated or revoked): 404 at the web edge."""


async def feed_owner(session: AsyncSession, token: str) -> UUID:
    owner: UUID | None = await session.scalar(
        select(CalendarFeed.user_id).where(CalendarFeed.token_hash == _hash(token))
    )
    if owner is None:
        raise FeedNotFoundError("no such calendar feed")
    return owner


def renewal_event(sub: Subscription, start: date, offsets: tuple[int, ...], send_hour: int) -> Event:
    """An all-day event repeating by the cycle, with an alarm at each of the person's reminder offsets."""
    event = Event()
    # Stable per subscription, so calendar apps update the event rather than add another.
    event.add("uid", f"subscription-{sub.id}@subscout")
    price = f" · {money(sub.amount, sub.currency)}" if sub.amount is not None else ""
    event.add("summary", f"{sub.display_name} renews{price}")
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(days=1))
    event.add("dtstamp", (sub.updated_at or datetime.now(UTC)).astimezone(UTC))
    event.add("transp", "TRANSPARENT")
    if sub.cycle in RRULES:
        event.add("rrule", vRecur(RRULES[sub.cycle]))
    for days in offsets:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        when = {0: "today", 1: "tomorrow"}.get(days, f"in {days} days")
        alarm.add("description", f"{sub.display_name} renews {when}")
        # Relative to the day's start (midnight): at the person's send hour, like the emails.
        alarm.add("trigger", timedelta(days=-days, hours=send_hour))
        event.add_component(alarm)
    return event


async def build_feed(session: AsyncSession, user_id: UUID, today: date, server_timezone: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Subscout//Renewals//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Subscout renewals")
    reminders = await reminder_offsets(session, user_id, server_timezone)
    for sub in await SubscriptionService(session=session).list_for_user(user_id):
        start = sub.renews_on(today)
        if sub.effective_status == "active" and start is not None and start >= today:
            offsets = reminders.for_subscription(sub.id)
            calendar.add_component(renewal_event(sub, start, offsets, reminders.send_hour))
    return bytes(calendar.to_ical())
