"""Alerts beyond renewals (trial ending, price increase, payment failed, looks cancelled): each planned
once per event, each switchable, and none of them (nor a reminder) for an unconfirmed finding."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from app.config import Settings
from app.lib.database import standalone_session
from app.notifications import planning
from app.notifications.messages import Item, headline
from app.notifications.models import Delivery
from app.notifications.preferences import (
    LOOKS_CANCELLED,
    PAYMENT_FAILED,
    PRICE_INCREASE,
    RENEWAL,
    TRIAL_ENDING,
    preferences_row,
)
from app.subscriptions.models import Subscription, SubscriptionEvidence
from app.subscriptions.reminders import check_renewals
from tests.notifications.conftest import create_person, deliveries

TODAY = date.today()
FAR = 40
"""Days to the next renewal: past every default offset (7, 1), so no renewal reminder is due."""


def _days(n: int) -> date:
    return TODAY + timedelta(days=n)


async def _change(settings: Settings, person_id: Any, **fields: Any) -> None:
    async with standalone_session(settings) as session:
        row = await session.scalar(select(Subscription).where(Subscription.user_id == person_id))
        assert row is not None
        for name, value in fields.items():
            setattr(row, name, value)


async def _payment_failed(settings: Settings, subscription_id: Any, on: date) -> None:
    async with standalone_session(settings) as session:
        session.add(
            SubscriptionEvidence(
                subscription_id=subscription_id, source="email", ref=f"failed-{on}", occurred_on=on,
                summary="Your payment could not be processed", signal="payment_failed",
            )
        )  # fmt: skip


async def _plan(settings: Settings, person_id: Any) -> list[Delivery]:
    async with standalone_session(settings) as session:
        await planning.plan(session, datetime.now(UTC), "UTC", person_id)
    return await deliveries(settings, person_id)


async def _switch_off(settings: Settings, person_id: Any, kind: str) -> None:
    async with standalone_session(settings) as session:
        (await preferences_row(session, person_id)).alerts = {kind: False}


Setup = Callable[[Settings, Any], Any]


async def _price_increase(settings: Settings, person: Any) -> None:
    history = [[_days(-40).isoformat(), "12.99"], [_days(-3).isoformat(), "15.49"]]
    await _change(settings, person.id, price_history=history)


async def _trial(settings: Settings, person: Any) -> None:
    await _change(settings, person.id, trial_ends_on=_days(5))


async def _failed(settings: Settings, person: Any) -> None:
    await _payment_failed(settings, person.subscription_id, _days(-1))


async def _overdue(settings: Settings, person: Any) -> None:
    await _change(settings, person.id, next_renewal=_days(-10))  # monthly: grace is 7 days


CASES = {
    PRICE_INCREASE: (_price_increase, {"oldAmount": "12.99", "newAmount": "15.49"}, "now costs 15.49 EUR"),
    TRIAL_ENDING: (_trial, {"trialEndsOn": _days(5).isoformat(), "amount": "15.49"}, "then 15.49 EUR"),
    PAYMENT_FAILED: (_failed, {"failedOn": _days(-1).isoformat()}, "a payment failed"),
    LOOKS_CANCELLED: (_overdue, {"expectedOn": _days(-10).isoformat(), "daysLate": 10}, "looks cancelled"),
}


@pytest.mark.parametrize("kind", list(CASES))
async def test_each_alert_is_planned_once_per_event_with_what_it_is_about(
    settings: Settings, kind: str
) -> None:
    setup, details, words = CASES[kind]
    person = await create_person(settings, f"{kind}@example.com", renews_in=FAR)
    assert await _plan(settings, person.id) == [], "nothing is due before the event"
    await setup(settings, person)
    [row] = await _plan(settings, person.id)
    assert row.kind == kind
    assert details.items() <= row.details.items()
    assert words in headline(Item(row.kind, row.details))
    assert len(await _plan(settings, person.id)) == 1, "planning again (next quarter hour) adds nothing"


@pytest.mark.parametrize("kind", list(CASES))
async def test_each_alert_can_be_switched_off(settings: Settings, kind: str) -> None:
    setup, _, _ = CASES[kind]
    person = await create_person(settings, f"off-{kind}@example.com", renews_in=FAR)
    await _switch_off(settings, person.id, kind)
    await setup(settings, person)
    assert await _plan(settings, person.id) == []


async def test_a_new_event_of_the_same_kind_is_a_new_alert(settings: Settings) -> None:
    person = await create_person(settings, "again@example.com", renews_in=FAR)
    await _failed(settings, person)
    await _plan(settings, person.id)
    await _payment_failed(settings, person.subscription_id, TODAY)
    rows = await _plan(settings, person.id)
    assert sorted(r.details["failedOn"] for r in rows) == [_days(-1).isoformat(), TODAY.isoformat()]


async def test_old_news_and_lower_prices_are_not_alerts(settings: Settings) -> None:
    person = await create_person(settings, "old@example.com", renews_in=FAR)
    await _payment_failed(settings, person.subscription_id, _days(-45))
    history = [[_days(-40).isoformat(), "15.49"], [_days(-3).isoformat(), "12.99"]]
    await _change(settings, person.id, price_history=history, trial_ends_on=_days(30))
    assert await _plan(settings, person.id) == [], "a failure 45 days ago, a cut, a trial ending in 30 days"
    await _change(settings, person.id, next_renewal=_days(-5))
    assert await _plan(settings, person.id) == [], "5 days late is within a monthly cadence's grace"


async def test_an_unconfirmed_finding_gets_no_reminder_and_no_alert(settings: Settings) -> None:
    person = await create_person(settings, "unsure@example.com", renews_in=1)
    await _change(settings, person.id, possible=True, trial_ends_on=_days(1))
    await _price_increase(settings, person)
    await _failed(settings, person)
    assert await _plan(settings, person.id) == []
    async with standalone_session(settings) as session:
        check = await check_renewals(session, TODAY, user_id=person.id)
    assert check.reminders_created == 0
    assert check.total_checked == 0
    await _change(settings, person.id, possible=False)  # confirmed: now it is the person's
    kinds = {row.kind for row in await _plan(settings, person.id)}
    assert kinds == {RENEWAL, TRIAL_ENDING, PRICE_INCREASE, PAYMENT_FAILED}


async def test_the_trial_alert_names_the_price_it_turns_into_by_cycle(settings: Settings) -> None:
    person = await create_person(settings, "yearly@example.com", renews_in=FAR)
    await _change(settings, person.id, trial_ends_on=_days(2), amount=Decimal("99.00"), cycle="yearly")
    [row] = await _plan(settings, person.id)
    day = _days(2)
    expected = f"ends in 2 days ({day:%A} {day.day} {day:%B %Y}), then 99.00 EUR a year"
    assert headline(Item(row.kind, row.details)).endswith(expected)
