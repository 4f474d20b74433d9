"""PlaidProvider against a local server following Plaid's /transactions/sync contract."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from fake_plaid import (
    ACCESS_TOKEN,
    CLIENT_ID,
    PUBLIC_TOKEN,
    SECRET,
    FakePlaid,
    item_login_required,
    plaid_txn,
    serve,
)

from app.detection.bank.providers.base import BankProvider, ProviderError
from app.detection.bank.providers.plaid import PlaidProvider

TODAY = date(2026, 11, 29)


@pytest.fixture
def fake() -> FakePlaid:
    fake = FakePlaid()
    fake.page(
        "",
        "c1",
        has_more=True,
        added=[
            plaid_txn("t1", "2026-10-08", 17.99, "NETFLIX.COM"),
            plaid_txn("t2", "2026-10-15", -2450.0, "ACME PAYROLL"),
            plaid_txn("t-old", "2024-01-01", 9.99, "OLD CHARGE"),
        ],
    )
    fake.page(
        "c1",
        "c2",
        has_more=True,
        added=[
            plaid_txn(
                "t3", "2026-11-08", 17.99, "Netflix", original_description="NETFLIX.COM 866-579-7172 CA"
            ),
            plaid_txn("t4", "2026-11-27", 4.5, "Starbucks", pending=True),
            plaid_txn("t5", "2026-11-08", 80.0, "Savings", account_id="acc-savings"),
        ],
    )
    fake.page(
        "c2",
        "c3",
        has_more=False,
        modified=[plaid_txn("t2", "2026-10-15", -2500.0, "ACME PAYROLL")],
        removed=[{"transaction_id": "t-pending-1", "account_id": "acc-checking"}],
    )
    return fake


@pytest.fixture
def base_url(fake: FakePlaid) -> Iterator[str]:
    with serve(fake) as url:
        yield url


def provider(base_url: str) -> PlaidProvider:
    return PlaidProvider(CLIENT_ID, SECRET, base_url=base_url)


async def test_first_sync_walks_every_page(fake: FakePlaid, base_url: str) -> None:
    result = await provider(base_url).sync(
        ACCESS_TOKEN, cursor=None, days_back=365, account_ids=["acc-checking"], today=TODAY
    )
    assert [(t.id, t.amount, t.description) for t in result.added] == [
        ("t1", Decimal("-17.99"), "NETFLIX.COM"),
        ("t2", Decimal("2450.00"), "ACME PAYROLL"),
        ("t3", Decimal("-17.99"), "NETFLIX.COM 866-579-7172 CA"),
    ]
    assert [(t.id, t.amount) for t in result.modified] == [("t2", Decimal("2500.00"))]
    assert (result.removed, result.next_cursor) == (["t-pending-1"], "c3")
    assert [r.get("cursor") for r in fake.requests] == [None, "c1", "c2"]
    assert fake.requests[0]["options"]["days_requested"] == 365
    assert {r["count"] for r in fake.requests} == {500}


async def test_next_sync_starts_from_the_stored_cursor(fake: FakePlaid, base_url: str) -> None:
    result = await provider(base_url).sync(ACCESS_TOKEN, cursor="c2", today=TODAY)
    assert (len(result.added), len(result.modified), result.next_cursor) == (0, 1, "c3")
    assert [r.get("cursor") for r in fake.requests] == ["c2"]


async def test_mutation_during_pagination_restarts_from_the_first_cursor(
    fake: FakePlaid, base_url: str
) -> None:
    fake.mutate_once_at.add("c2")
    result = await provider(base_url).sync(ACCESS_TOKEN, cursor=None, today=TODAY)
    assert [r.get("cursor") for r in fake.requests] == [None, "c1", "c2", None, "c1", "c2"]
    assert sorted(t.id for t in result.added) == ["t1", "t2", "t3", "t5"]
    assert result.next_cursor == "c3"


async def test_login_required_asks_for_reconnection(fake: FakePlaid, base_url: str) -> None:
    fake.error = item_login_required()
    with pytest.raises(ProviderError, match="reconnect your bank") as caught:
        await provider(base_url).sync(ACCESS_TOKEN, cursor=None)
    assert (caught.value.code, caught.value.needs_reauth, caught.value.retryable) == (
        "ITEM_LOGIN_REQUIRED",
        True,
        False,
    )


async def test_bad_credentials_and_unreachable_server(base_url: str) -> None:
    with pytest.raises(ProviderError, match="INVALID_ACCESS_TOKEN") as caught:
        await provider(base_url).sync("wrong-token", cursor=None)
    assert caught.value.needs_reauth
    with pytest.raises(ProviderError, match="could not reach Plaid") as unreachable:
        await PlaidProvider(CLIENT_ID, SECRET, base_url="http://127.0.0.1:9").sync(ACCESS_TOKEN, cursor=None)
    assert unreachable.value.retryable


def test_plaid_provider_satisfies_the_protocol() -> None:
    chosen: BankProvider = PlaidProvider(CLIENT_ID, SECRET)
    assert chosen.name == "plaid"


async def test_connecting_an_account(base_url: str) -> None:
    plaid = provider(base_url)
    assert await plaid.create_link_token("user-1") == "link-sandbox-af1a"
    assert await plaid.exchange_public_token(PUBLIC_TOKEN) == (ACCESS_TOKEN, "item-42")
    [account] = await plaid.accounts(ACCESS_TOKEN)
    assert (account.id, account.mask, account.type, account.currency) == (
        "acc-checking",
        "0000",
        "checking",
        "USD",
    )
    with pytest.raises(ProviderError, match="INVALID_PUBLIC_TOKEN"):
        await plaid.exchange_public_token("public-expired")
