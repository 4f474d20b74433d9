"""Turning what is due into claimed delivery rows, for one person or everyone, in batches.

Runs from the ``notifications`` queue's dispatch job (every quarter hour, after
each renewal check, and when a worker starts). For each person whose local time
has reached their send hour, today's events become ``Delivery`` rows, inserted
with ``ON CONFLICT DO NOTHING``: a row that exists was planned before, so
overlapping runs, retries and catch-up runs plan nothing twice. Only the rows
this run inserted are grouped into messages (one per channel for a digest, one
per event otherwise) and handed back to be enqueued.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import Select, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.jobs.payload import JobData
from app.notifications import events
from app.notifications.events import Event
from app.notifications.models import (
    Delivery,
    NotificationChannel,
    NotificationPreferences,
    SubscriptionNotice,
)
from app.notifications.preferences import Preferences, ensure_email_channels, insert_for, resolve
from app.subscriptions.models import Subscription, SubscriptionEvidence
from app.subscriptions.reminders import remindable_filters

BATCH = 500
"""People planned per round of queries (keeps memory flat for any number of people)."""
INSERT_CHUNK = 1000
"""Rows per INSERT: SQLite caps the bound parameters of one statement."""
OPEN = ("pending", "sending")


class Message(JobData):
    """Deliveries to send together: the send job's whole data (no addresses, no secrets)."""

    user_id: UUID
    message_id: str


@dataclass
class Plan:
    planned: int = 0
    messages: list[Message] = field(default_factory=list)


async def _people_with_subscriptions(session: AsyncSession, user_id: UUID | None) -> list[UUID]:
    query: Select[tuple[UUID]] = select(Subscription.user_id).where(*remindable_filters(user_id)).distinct()
    return sorted(await session.scalars(query))


async def plan(
    session: AsyncSession, now: datetime, server_timezone: str, user_id: UUID | None = None
) -> Plan:
    """Plan everyone's (or one person's) due deliveries as of ``now`` (aware); commits per batch."""
    result = Plan()
    people = await _people_with_subscriptions(session, user_id)
    for start in range(0, len(people), BATCH):
        batch = people[start : start + BATCH]
        rows = await _plan_batch(session, batch, now, server_timezone)
        result.planned += len(rows)
        result.messages += _messages(rows)
        await session.commit()
    return result


async def _plan_batch(
    session: AsyncSession, people: Sequence[UUID], now: datetime, server_timezone: str
) -> list[tuple[UUID, str]]:
    prefs = {
        row.user_id: row
        for row in await session.scalars(
            select(NotificationPreferences).where(NotificationPreferences.user_id.in_(people))
        )
    }
    channels = await _channels(session, people)
    notices = {
        n.subscription_id: n
        for n in await session.scalars(
            select(SubscriptionNotice).where(SubscriptionNotice.user_id.in_(people))
        )
    }
    subs: dict[UUID, list[Subscription]] = defaultdict(list)
    for sub in await session.scalars(
        select(Subscription).where(*remindable_filters(None), Subscription.user_id.in_(people))
    ):
        subs[sub.user_id].append(sub)
    failures = await _failed_payments(session, people, now.date())
    values: list[dict[str, Any]] = []
    for person in people:
        preferences = resolve(prefs.get(person), server_timezone)
        local = now.astimezone(preferences.zone)
        if local.hour < preferences.send_hour:
            continue
        found = list(_events(subs[person], notices, failures, preferences, local.date()))
        values += _rows(person, found, channels.get(person, []), preferences)
    inserted: list[tuple[UUID, str]] = []
    for start in range(0, len(values), INSERT_CHUNK):
        statement = (
            insert_for(session)(Delivery)
            .values(values[start : start + INSERT_CHUNK])
            .on_conflict_do_nothing(index_elements=["channel_id", "dedupe_key"])
            .returning(Delivery.user_id, Delivery.message_id)
        )
        inserted += [(row[0], row[1]) for row in await session.execute(statement)]
    return inserted


async def _channels(session: AsyncSession, people: Sequence[UUID]) -> dict[UUID, list[NotificationChannel]]:
    """Each person's enabled channels; the account-address email channel is made where missing."""
    existing = list(
        await session.scalars(select(NotificationChannel).where(NotificationChannel.user_id.in_(people)))
    )
    with_email = {c.user_id for c in existing if c.kind == "email"}
    if await ensure_email_channels(session, [p for p in people if p not in with_email]):
        existing = list(
            await session.scalars(select(NotificationChannel).where(NotificationChannel.user_id.in_(people)))
        )
    by_person: dict[UUID, list[NotificationChannel]] = defaultdict(list)
    for channel in existing:
        if channel.enabled:
            by_person[channel.user_id].append(channel)
    return by_person


async def _failed_payments(
    session: AsyncSession, people: Sequence[UUID], today: date
) -> dict[UUID, list[tuple[date, str]]]:
    since = today - events.RECENT - timedelta(days=1)
    query = (
        select(
            SubscriptionEvidence.subscription_id,
            SubscriptionEvidence.occurred_on,
            SubscriptionEvidence.summary,
        )
        .join(Subscription, Subscription.id == SubscriptionEvidence.subscription_id)
        .where(
            Subscription.user_id.in_(people),
            SubscriptionEvidence.signal == "payment_failed",
            SubscriptionEvidence.occurred_on >= since,
        )
    )
    found: dict[UUID, list[tuple[date, str]]] = defaultdict(list)
    for sub_id, occurred_on, summary in await session.execute(query):
        found[sub_id].append((occurred_on, summary))
    return found


def _events(
    subs: Iterable[Subscription],
    notices: dict[UUID, SubscriptionNotice],
    failures: dict[UUID, list[tuple[date, str]]],
    prefs: Preferences,
    today: date,
) -> Iterable[Event]:
    for sub in subs:
        notice = notices.get(sub.id)
        if notice is not None and notice.muted:
            continue
        offsets = tuple(notice.offsets) if notice is not None and notice.offsets else prefs.offsets
        candidates = [
            events.renewal_event(sub, today, offsets),
            events.trial_event(sub, today, max(offsets)),
            events.price_event(sub, today),
            events.overdue_event(sub, today),
            *(
                events.payment_failed_event(sub, day, summary, today)
                for day, summary in failures.get(sub.id, [])
            ),
        ]
        yield from (e for e in candidates if e is not None and prefs.wants(e.kind))


def _rows(
    person: UUID, found: list[Event], channels: list[NotificationChannel], prefs: Preferences
) -> list[dict[str, Any]]:
    rows = []
    for channel in channels:
        wanted = [e for e in found if e.kind not in (channel.muted_kinds or [])]
        digest_id = uuid4().hex
        for event in wanted:
            rows.append(
                {
                    "id": uuid4(),
                    "user_id": person,
                    "channel_id": channel.id,
                    "subscription_id": event.subscription_id,
                    "kind": event.kind,
                    "dedupe_key": event.dedupe_key,
                    "message_id": digest_id if prefs.digest else uuid4().hex,
                    "details": event.details,
                    "status": "pending",
                    "attempts": 0,
                    "interrupted": 0,
                }
            )
    return rows


def _messages(rows: Iterable[tuple[UUID, str]]) -> list[Message]:
    return [Message(user, message_id) for user, message_id in dict.fromkeys(rows)]


async def unfinished_messages(session: AsyncSession, user_id: UUID | None = None) -> list[Message]:
    """Messages planned but not yet sent: enqueued again so a lost job (or a crash before it was
    enqueued) still goes out; a job already queued under the same key makes this a no-op."""
    query = select(Delivery.user_id, Delivery.message_id).where(Delivery.status.in_(OPEN)).distinct()
    if user_id is not None:
        query = query.where(Delivery.user_id == user_id)
    return [Message(user, message_id) for user, message_id in await session.execute(query)]


async def failed_messages(
    session: AsyncSession, people: Sequence[UUID], kind: str, below: int
) -> set[tuple[UUID, str]]:
    """(person, dedupe key) of the ``kind`` deliveries that failed after fewer than ``below`` attempts."""
    query = select(Delivery.user_id, Delivery.dedupe_key).where(
        Delivery.user_id.in_(people),
        Delivery.kind == kind,
        Delivery.status == "failed",
        Delivery.attempts < below,
    )
    return set((await session.execute(query)).tuples())


async def plan_message(
    session: AsyncSession,
    user_id: UUID,
    kind: str,
    dedupe_key: str,
    details: dict[str, Any],
    resend_below: int = 0,
) -> list[Message]:
    """One message about ``dedupe_key`` to each of the person's enabled channels that takes ``kind``
    (a monthly report); a channel that got it before gets nothing, unless its delivery failed after
    fewer than ``resend_below`` attempts: that one is sent again, same message id, with ``details``.
    Returns the messages to enqueue."""
    channels = [
        channel
        for channel in (await _channels(session, [user_id])).get(user_id, [])
        if kind not in (channel.muted_kinds or [])
    ]
    again = await session.execute(
        update(Delivery)
        .where(
            Delivery.channel_id.in_([channel.id for channel in channels]),
            Delivery.dedupe_key == dedupe_key,
            Delivery.status == "failed",
            Delivery.attempts < resend_below,
        )
        .values(status="pending", interrupted=0, details=details)
        .returning(Delivery.user_id, Delivery.message_id)
    )
    resent = [(row[0], row[1]) for row in again]
    rows = [
        {
            "id": uuid4(),
            "user_id": user_id,
            "channel_id": channel.id,
            "subscription_id": None,
            "kind": kind,
            "dedupe_key": dedupe_key,
            "message_id": uuid4().hex,
            "details": details,
            "status": "pending",
            "attempts": 0,
            "interrupted": 0,
        }
        for channel in channels
    ]
    if not rows:
        return _messages(resent)
    statement = (
        insert_for(session)(Delivery)
        .values(rows)
        .on_conflict_do_nothing(index_elements=["channel_id", "dedupe_key"])
        .returning(Delivery.user_id, Delivery.message_id)
    )
    return _messages([*resent, *((row[0], row[1]) for row in await session.execute(statement))])
