"""Plaid end to end: connect through the API against a local Plaid server, sync in a real worker."""

from __future__ import annotations

import asyncio
import dataclasses
import re
from collections.abc import AsyncIterator, Iterator
from datetime import date, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select, text
from tests.detection.bank.fake_plaid import (
    ACCESS_TOKEN,
    CLIENT_ID,
    PUBLIC_TOKEN,
    SECRET,
    FakePlaid,
    item_login_required,
    plaid_txn,
    serve,
)
from tests.support import bearer_for, wait_finished

from app.config import Settings
from app.jobs.worker import run_workers
from app.lib.database import standalone_session
from app.queues import build_workers
from app.server import create_app
from app.sources.models import BankAccount, BankTransaction

TODAY = date.today()
CSRF_INPUT = re.compile(r'name="_csrf_token" value="([^"]+)"')


def day(days_ago: int) -> str:
    return (TODAY - timedelta(days=days_ago)).isoformat()


@pytest.fixture
def fake() -> FakePlaid:
    """Six months of Netflix, a coffee; then a new Netflix charge, the coffee corrected, one withdrawn."""
    fake = FakePlaid()
    netflix = [plaid_txn(f"nf-{k}", day(30 * k), 17.99, "NETFLIX.COM") for k in range(1, 7)]
    fake.page(
        "",
        "c1",
        has_more=True,
        added=[*netflix[:3], plaid_txn("coffee", day(3), 4.5, "STARBUCKS 123")],
    )
    fake.page(
        "c1",
        "c2",
        has_more=False,
        added=[
            *netflix[3:],
            plaid_txn("gone", day(2), 12.0, "PENDING THING"),
            plaid_txn("sv", day(5), 80.0, "X", account_id="acc-savings"),
        ],
    )
    fake.page(
        "c2",
        "c3",
        has_more=False,
        added=[plaid_txn("nf-0", day(0), 17.99, "NETFLIX.COM")],
        modified=[plaid_txn("coffee", day(3), 5.25, "STARBUCKS STORE 123")],
        removed=[{"transaction_id": "gone", "account_id": "acc-checking"}],
    )
    fake.page("c3", "c3", has_more=False)
    return fake


@pytest.fixture
def plaid_settings(settings: Settings, fake: FakePlaid) -> Iterator[Settings]:
    with serve(fake) as url:
        yield dataclasses.replace(
            settings, plaid_client_id=CLIENT_ID, plaid_secret=SECRET, plaid_base_url=url
        )


@pytest.fixture
async def client(plaid_settings: Settings) -> AsyncIterator[AsyncTestClient[Litestar]]:
    async with AsyncTestClient(create_app(plaid_settings), base_url="http://testserver.local") as client:
        yield client


@pytest.fixture
async def worker(plaid_settings: Settings) -> AsyncIterator[None]:
    stop = asyncio.Event()
    task = asyncio.create_task(run_workers(build_workers(plaid_settings), stop))
    yield
    stop.set()
    await asyncio.wait_for(task, timeout=30)


async def connect(client: AsyncTestClient[Litestar], headers: dict[str, str]) -> dict[str, Any]:
    response = await client.post(
        "/api/bank/plaid/connect", json={"publicToken": PUBLIC_TOKEN}, headers=headers
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


async def sync(client: AsyncTestClient[Litestar], headers: dict[str, str]) -> dict[str, Any]:
    response = await client.post("/api/detection/scan/bank", json={}, headers=headers)
    assert response.status_code == 202, response.text
    return await wait_finished(client, response.json()["statusUrl"], headers)


async def stored(settings: Settings, account_id: str) -> dict[str, tuple[Decimal, str]]:
    async with standalone_session(settings) as session:
        rows = await session.scalars(
            select(BankTransaction).where(BankTransaction.account_id == UUID(account_id))
        )
        return {row.external_id: (row.amount, row.description) for row in rows}


async def account_row(settings: Settings, account_id: str) -> BankAccount:
    async with standalone_session(settings) as session:
        row = await session.get(BankAccount, UUID(account_id))
        assert row is not None
        return row


async def test_connect_then_sync_with_the_cursor(
    client: AsyncTestClient[Litestar], plaid_settings: Settings, fake: FakePlaid, worker: None
) -> None:
    headers = await bearer_for(plaid_settings, "plaid@example.com")
    link = await client.post("/api/bank/plaid/link-token", headers=headers)
    assert link.status_code == 200
    assert link.json() == {"linkToken": "link-sandbox-af1a"}
    me = (await client.get("/api/me", headers=headers)).json()
    assert ("/link/token/create", me["id"]) in [
        (p, b.get("user", {}).get("client_user_id")) for p, b in fake.calls
    ]

    connected = await connect(client, headers)
    [account] = connected["accounts"]
    assert account["name"] == "Plaid Gold Standard 0% Interest Checking ••0000"
    assert account["institution"] == "First Platypus Bank"
    assert connected["jobId"].startswith("transaction-sync-")

    first = await wait_finished(client, connected["statusUrl"], headers)
    assert first["state"] == "completed", first
    assert first["returnvalue"]["transactionsSynced"] == 8, "both pages, the savings account left out"
    assert first["returnvalue"]["patternsDetected"] >= 1
    names = [s["name"] for s in (await client.get("/api/subscriptions", headers=headers)).json()]
    assert "Netflix" in names
    rows = await stored(plaid_settings, account["id"])
    assert len(rows) == 8
    assert rows["acc-checking:coffee"] == (Decimal("-4.50"), "STARBUCKS 123")
    assert (await account_row(plaid_settings, account["id"])).cursor == "c2"

    second = await sync(client, headers)
    assert second["state"] == "completed", second
    assert fake.requests[-1]["cursor"] == "c2", "the second sync starts from the stored cursor"
    assert second["returnvalue"]["transactionsSynced"] == 2
    rows = await stored(plaid_settings, account["id"])
    assert len(rows) == 8, "one added, one removed"
    assert "acc-checking:nf-0" in rows
    assert "acc-checking:gone" not in rows
    assert rows["acc-checking:coffee"] == (Decimal("-5.25"), "STARBUCKS STORE 123"), (
        "modified updates the row"
    )
    assert (await account_row(plaid_settings, account["id"])).cursor == "c3"

    third = await sync(client, headers)
    assert third["returnvalue"]["transactionsSynced"] == 0
    assert len(await stored(plaid_settings, account["id"])) == 8


async def test_the_access_token_is_encrypted_at_rest(
    client: AsyncTestClient[Litestar], plaid_settings: Settings
) -> None:
    headers = await bearer_for(plaid_settings, "secret@example.com")
    [account] = (await connect(client, headers))["accounts"]
    async with standalone_session(plaid_settings) as session:
        raw = await session.scalar(text("select access_token from bank_account where kind = 'plaid'"))
        assert raw
        assert ACCESS_TOKEN not in raw
    row = await account_row(plaid_settings, account["id"])
    assert (row.access_token, row.external_id, row.kind) == (ACCESS_TOKEN, "acc-checking", "plaid")


async def test_an_expired_login_fails_at_once_asking_to_reconnect(
    client: AsyncTestClient[Litestar], plaid_settings: Settings, fake: FakePlaid, worker: None
) -> None:
    headers = await bearer_for(plaid_settings, "expired@example.com")
    fake.error = item_login_required()
    connected = await connect(client, headers)
    status = await wait_finished(client, connected["statusUrl"], headers)
    assert status["state"] == "failed"
    assert status["attemptsMade"] == 1, "no retry: only the person can fix it"
    reason = status["failedReason"]
    assert reason.startswith("Plaid Gold Standard 0% Interest Checking ••0000 needs reconnecting")
    assert "ITEM_LOGIN_REQUIRED" in reason
    assert "Traceback" not in reason
    assert (await account_row(plaid_settings, connected["accounts"][0]["id"])).cursor is None


async def test_a_rate_limited_sync_is_retried(
    client: AsyncTestClient[Litestar], plaid_settings: Settings, fake: FakePlaid, worker: None
) -> None:
    headers = await bearer_for(plaid_settings, "busy@example.com")
    fake.error = {
        "error_type": "RATE_LIMIT_EXCEEDED",
        "error_code": "TRANSACTIONS_SYNC_LIMIT",
        "error_message": "slow down",
    }
    fake.error_times = 1
    connected = await connect(client, headers)
    status = await wait_finished(client, connected["statusUrl"], headers)
    assert status["state"] == "completed", status
    assert status["attemptsMade"] == 2
    assert status["returnvalue"]["transactionsSynced"] == 8


async def test_another_person_cannot_sync_my_account(
    client: AsyncTestClient[Litestar], plaid_settings: Settings
) -> None:
    mine = await bearer_for(plaid_settings, "owner@example.com")
    theirs = await bearer_for(plaid_settings, "other@example.com")
    [account] = (await connect(client, mine))["accounts"]
    response = await client.post(
        "/api/detection/scan/bank", json={"connectedAccountId": account["id"]}, headers=theirs
    )
    assert response.status_code == 400
    assert response.json()["extra"][0]["key"] == "connectedAccountId"
    own = await client.post(
        "/api/detection/scan/bank", json={"connectedAccountId": account["id"]}, headers=mine
    )
    assert own.status_code == 202


async def test_bad_public_token_and_unconfigured_plaid_are_clear_400s(
    client: AsyncTestClient[Litestar], plaid_settings: Settings, settings: Settings
) -> None:
    headers = await bearer_for(plaid_settings, "bad@example.com")
    response = await client.post(
        "/api/bank/plaid/connect", json={"publicToken": "public-nope"}, headers=headers
    )
    assert response.status_code == 400
    assert response.json()["extra"][0]["key"] == "publicToken"
    assert "INVALID_PUBLIC_TOKEN" in response.json()["detail"]
    assert (await client.post("/api/bank/plaid/connect", json={}, headers=headers)).status_code == 400
    async with AsyncTestClient(create_app(settings), base_url="http://testserver.local") as plain:
        for path, body in (("link-token", None), ("connect", {"publicToken": PUBLIC_TOKEN})):
            response = await plain.post(f"/api/bank/plaid/{path}", json=body, headers=headers)
            assert response.status_code == 400
            assert "PLAID_CLIENT_ID" in response.json()["detail"]


async def demo_sign_in(client: AsyncTestClient[Litestar]) -> str:
    page = await client.get("/signin")
    match = CSRF_INPUT.search(page.text)
    assert match is not None
    response = await client.post("/signin/demo", data={"_csrf_token": match.group(1)}, follow_redirects=False)
    assert response.status_code in (302, 303)
    return match.group(1)


async def test_the_browser_connects_with_csrf_and_removing_ends_the_item_at_plaid(
    client: AsyncTestClient[Litestar], plaid_settings: Settings, fake: FakePlaid
) -> None:
    csrf = await demo_sign_in(client)
    assert (await client.post("/bank/plaid/link-token")).status_code == 403, "CSRF token required"
    link = await client.post("/bank/plaid/link-token", headers={"X-CSRFToken": csrf})
    assert link.json() == {"linkToken": "link-sandbox-af1a"}
    body = {"publicToken": PUBLIC_TOKEN}
    assert (await client.post("/bank/plaid/connect", json=body)).status_code == 403
    connected = await client.post("/bank/plaid/connect", json=body, headers={"X-CSRFToken": csrf})
    assert connected.status_code == 201, connected.text
    [account] = connected.json()["accounts"]
    assert "First Platypus Bank" in (await client.get("/settings")).text

    removed = await client.post(
        f"/settings/sources/bank/{account['id']}/remove", data={"_csrf_token": csrf}, follow_redirects=False
    )
    assert removed.status_code in (302, 303)
    assert fake.removed_items == [ACCESS_TOKEN]
    async with standalone_session(plaid_settings) as session:
        assert await session.get(BankAccount, UUID(account["id"])) is None


async def test_deleting_my_account_ends_the_item_at_plaid_whatever_plaid_answers(
    client: AsyncTestClient[Litestar], plaid_settings: Settings, fake: FakePlaid
) -> None:
    headers = await bearer_for(plaid_settings, "leaving@example.com")
    await connect(client, headers)
    assert (await client.delete("/api/me", headers=headers)).status_code == 204
    assert fake.removed_items == [ACCESS_TOKEN]

    fake.removed_items.clear()
    headers = await bearer_for(plaid_settings, "gone-already@example.com")
    await connect(client, headers)
    fake.removed_items.append(ACCESS_TOKEN)  # ended at Plaid already: /item/remove now answers an error
    assert (await client.delete("/api/me", headers=headers)).status_code == 204
    async with standalone_session(plaid_settings) as session:
        assert await session.scalar(text("select count(*) from bank_account")) == 0
