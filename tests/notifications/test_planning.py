"""Planning against the database at a fixed moment: the person's send hour in their own zone, catching up
after an outage through the nearest offset only, digests, and a subscription's own mute and offsets."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from uuid import UUID

from sqlalchemy import update

from app.config import Settings
from app.lib.database import standalone_session
from app.notifications.planning import Plan, plan
from app.notifications.preferences import subscription_notice
from app.subscriptions.models import Subscription
from tests.notifications.conftest import create_person, deliveries

NOW = datetime(2026, 12, 3, 23, 30, tzinfo=UTC)
"""08:30 on 4 December in Tokyo: half an hour before a 09:00 send hour there."""
TOKYO_TODAY = date(2026, 12, 4)


async def _plan(settings: Settings, user_id: UUID, now: datetime = NOW) -> Plan:
    async with standalone_session(settings) as session:
        return await plan(session, now, "UTC", user_id)


async def _renews(settings: Settings, subscription_id: UUID, on: date) -> None:
    async with standalone_session(settings) as session:
        await session.execute(
            update(Subscription).where(Subscription.id == subscription_id).values(next_renewal=on)
        )


async def _second_subscription(settings: Settings, user_id: UUID, renews: date) -> UUID:
    async with standalone_session(settings) as session:
        sub = Subscription(
            user_id=user_id, key="gym", name="Gym", amount=Decimal("30"), currency="EUR",
            cycle="monthly", next_renewal=renews, sources=["email"],
        )  # fmt: skip
        session.add(sub)
        await session.flush()
        return sub.id


async def test_reminders_go_out_from_the_send_hour_in_the_persons_zone_once(settings: Settings) -> None:
    person = await create_person(settings, "tokyo@example.com", send_hour=9, timezone="Asia/Tokyo")
    await _renews(settings, person.subscription_id, TOKYO_TODAY + timedelta(days=7))
    assert (await _plan(settings, person.id)).planned == 0, "08:30 in Tokyo: not yet (the server is on UTC)"
    at_nine = await _plan(settings, person.id, NOW + timedelta(minutes=30))
    assert (at_nine.planned, len(at_nine.messages)) == (1, 1)
    [row] = await deliveries(settings, person.id)
    assert (row.kind, row.details["daysBefore"], row.dedupe_key.rsplit(":", 1)[1]) == ("renewal", 7, "7")
    assert (await _plan(settings, person.id, NOW + timedelta(hours=3))).planned == 0, "planned once"


async def test_after_an_outage_only_the_nearest_offset_and_no_passed_renewal(settings: Settings) -> None:
    person = await create_person(settings, "back@example.com", send_hour=9, timezone="Asia/Tokyo")
    # Offsets 7 and 1: the 7-day reminder's day passed while no worker ran, the 1-day one is today.
    await _renews(settings, person.subscription_id, TOKYO_TODAY + timedelta(days=1))
    await _second_subscription(settings, person.id, TOKYO_TODAY - timedelta(days=1))  # renewed yesterday
    found = await _plan(settings, person.id, NOW + timedelta(hours=1))
    assert found.planned == 1
    [row] = await deliveries(settings, person.id)
    assert (row.details["name"], row.details["daysBefore"]) == ("Netflix", 1)


async def test_a_digest_is_one_message_per_channel(settings: Settings) -> None:
    person = await create_person(settings, "digest@example.com", send_hour=0, timezone="UTC", digest=True)
    today = NOW.date()
    await _renews(settings, person.subscription_id, today + timedelta(days=1))
    await _second_subscription(settings, person.id, today + timedelta(days=7))
    found = await _plan(settings, person.id)
    assert (found.planned, len(found.messages)) == (2, 1)
    assert len({row.message_id for row in await deliveries(settings, person.id)}) == 1

    apart = await create_person(settings, "apart@example.com", send_hour=0, timezone="UTC")
    await _renews(settings, apart.subscription_id, today + timedelta(days=1))
    await _second_subscription(settings, apart.id, today + timedelta(days=7))
    assert len((await _plan(settings, apart.id)).messages) == 2, "without a digest: one message each"


async def test_a_subscription_muted_or_with_its_own_offsets(settings: Settings) -> None:
    person = await create_person(settings, "own@example.com", send_hour=0, timezone="UTC")
    today = NOW.date()
    await _renews(settings, person.subscription_id, today + timedelta(days=7))
    gym = await _second_subscription(settings, person.id, today + timedelta(days=7))
    async with standalone_session(settings) as session:
        (await subscription_notice(session, person.id, person.subscription_id)).muted = True
        (await subscription_notice(session, person.id, gym)).offsets = [3]
    assert (await _plan(settings, person.id)).planned == 0, "Netflix muted, Gym only 3 days before"
    await _renews(settings, gym, today + timedelta(days=3))
    assert (await _plan(settings, person.id)).planned == 1
    [row] = await deliveries(settings, person.id)
    assert (row.details["name"], row.details["daysBefore"]) == ("Gym", 3)
