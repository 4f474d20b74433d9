"""Figures a person can trust: one stable amount per merged subscription, renewals never in the past."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select

from app.accounts.models import User
from app.config import Settings
from app.detection.types import DetectedSubscription, Evidence, add_months
from app.lib.database import standalone_session
from app.subscriptions.schedule import next_renewal_on_or_after, renewals_between
from tests.subscriptions.test_edits import rescan, user_id_of
from tests.support import bearer_for
from tests.test_spine import demo_sign_in

TODAY = date(2026, 12, 2)


def gym(source: str, amount: str, currency: str, seen: date, renews: date) -> DetectedSubscription:
    signal = "charge" if source == "bank" else "receipt"
    return DetectedSubscription(
        name="PureGym",
        key="puregym",
        amount=Decimal(amount),
        currency=currency,
        cycle="monthly",
        next_renewal=renews,
        status="active",
        confidence=0.95,
        sources=frozenset({source}),  # type: ignore[arg-type]
        evidence=[Evidence(source, f"{source}-{seen}", seen, "PureGym", signal, Decimal(amount), currency)],  # type: ignore[arg-type]
    )


def test_a_past_renewal_rolls_forward_by_its_cycle() -> None:
    assert next_renewal_on_or_after(date(2026, 11, 30), "monthly", TODAY) == date(2026, 12, 30)
    assert next_renewal_on_or_after(date(2026, 1, 31), "monthly", TODAY) == date(2026, 12, 31)
    assert next_renewal_on_or_after(date(2026, 11, 25), "weekly", TODAY) == date(2026, 12, 2)
    assert next_renewal_on_or_after(date(2025, 12, 1), "yearly", TODAY) == date(2026, 12, 1).replace(
        year=2027
    )
    assert next_renewal_on_or_after(date(2026, 11, 30), "unknown", TODAY) == date(2026, 11, 30), "overdue"
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)


def test_renewals_between_lists_each_charge_in_the_window() -> None:
    weekly = renewals_between(date(2026, 11, 4), "weekly", date(2026, 12, 1), date(2026, 12, 31))
    assert weekly == [date(2026, 12, d) for d in (2, 9, 16, 23, 30)]
    assert renewals_between(date(2026, 6, 15), "quarterly", date(2026, 12, 1), date(2026, 12, 31)) == [
        date(2026, 12, 15)
    ]
    assert renewals_between(date(2026, 11, 1), "unknown", date(2026, 12, 1), date(2026, 12, 31)) == []


async def test_bank_charge_beats_email_and_stays_across_scans(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "figures@example.com")
    user_id = await user_id_of(client, headers)
    email = gym("email", "24.99", "GBP", date(2026, 11, 1), date(2026, 12, 1))
    bank = gym("bank", "24.99", "USD", date(2026, 11, 3), date(2026, 11, 30))
    await rescan(settings, user_id, [email])
    first = (await client.get("/api/subscriptions", headers=headers)).json()
    assert (first[0]["amount"], first[0]["currency"]) == ("24.99", "GBP")
    for found in ([bank], [email], [bank], [email]):
        await rescan(settings, user_id, found)
        [sub] = (await client.get("/api/subscriptions", headers=headers)).json()
        assert (sub["amount"], sub["currency"]) == ("24.99", "USD"), "the charge itself wins, every time"
    assert sub["figures"]["email"]["currency"] == "GBP"
    assert sub["figures"]["bank"]["currency"] == "USD"
    assert sub["nextRenewal"] >= date.today().isoformat()


async def test_an_older_statement_does_not_replace_a_newer_charge(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "older@example.com")
    user_id = await user_id_of(client, headers)
    await rescan(settings, user_id, [gym("bank", "29.99", "GBP", date(2026, 11, 3), date(2026, 12, 3))])
    await rescan(settings, user_id, [gym("bank", "24.99", "GBP", date(2026, 5, 3), date(2026, 6, 3))])
    [sub] = (await client.get("/api/subscriptions", headers=headers)).json()
    assert sub["amount"] == "29.99"


async def test_renewing_soon_shows_without_a_renewal_check(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    await demo_sign_in(client)
    async with standalone_session(settings) as session:
        demo = await session.scalar(select(User.id).where(User.is_demo.is_(True)))
    assert demo is not None
    soon = date.today()
    await rescan(settings, demo, [gym("email", "24.99", "GBP", soon, soon)])
    page = (await client.get("/")).text
    assert "Renewing soon" in page
    assert f'datetime="{soon.isoformat()}"' in page


async def test_summary_names_the_next_renewal_even_beyond_30_days(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    await demo_sign_in(client)
    async with standalone_session(settings) as session:
        demo = await session.scalar(select(User.id).where(User.is_demo.is_(True)))
    assert demo is not None
    later = add_months(date.today(), 2)
    await rescan(settings, demo, [gym("email", "24.99", "GBP", date.today(), later)])
    summary = (await client.get("/")).text.split('id="summary"')[1].split("</section>")[0]
    assert "PureGym" in summary
