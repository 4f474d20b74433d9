"""The renewal check: reminders within ``daysAhead``, never duplicated; its triggers and where they show."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from redis.asyncio import Redis
from sqlalchemy import func, select

from app.accounts.models import User
from app.config import PROJECT_ROOT, Settings
from app.jobs.worker import SubscoutWorker
from app.lib.database import standalone_session
from app.queues import build_queues
from app.renewals.jobs import RENEWAL_CHECK
from app.subscriptions.models import Reminder, Subscription
from app.subscriptions.reminders import check_renewals
from tests.jobs.conftest import Person, settings_env, wait_until
from tests.test_spine import demo_sign_in

TODAY = date(2026, 12, 1)


async def add_subscription(
    settings: Settings, user_id: str, name: str, days: int | None, **extra: Any
) -> UUID:
    renewal = None if days is None else TODAY + timedelta(days=days)
    async with standalone_session(settings) as session:
        fields = {"next_renewal": renewal, **extra}
        sub = Subscription(
            user_id=UUID(user_id),
            key=name.lower(),
            name=name,
            amount=Decimal("9.99"),
            currency="EUR",
            cycle="monthly",
            **fields,
        )
        session.add(sub)
        await session.flush()
        return sub.id


async def reminder_count(settings: Settings) -> int:
    async with standalone_session(settings) as session:
        return int(await session.scalar(select(func.count()).select_from(Reminder)) or 0)


async def test_reminders_for_renewals_within_days_ahead_never_duplicated(
    settings: Settings, alice: Person, bob: Person
) -> None:
    soon = await add_subscription(settings, alice.id, "Netflix", 3)
    await add_subscription(settings, alice.id, "Spotify", 30)
    await add_subscription(settings, alice.id, "Yearly VPN", 31)
    await add_subscription(settings, alice.id, "Unknown date", None)
    await add_subscription(settings, alice.id, "Gym", 5, user_status="cancelled")
    await add_subscription(settings, alice.id, "Old thing", 6, ignored=True)
    await add_subscription(settings, bob.id, "Disney+", 10)

    async with standalone_session(settings) as session:
        first = (await check_renewals(session, TODAY, 30, UUID(alice.id))).as_json()
    assert first["totalChecked"] == 4
    assert first["remindersCreated"] == 2
    assert first["subscriptionsDue"][0] == {
        "userId": alice.id,
        "subscriptionId": str(soon),
        "name": "Netflix",
        "daysUntilRenewal": 3,
    }
    assert [d["daysUntilRenewal"] for d in first["subscriptionsDue"]] == [3, 30]

    async with standalone_session(settings) as session:
        again = (await check_renewals(session, TODAY, 30)).as_json()
    assert again["remindersCreated"] == 1, "only Bob's is new; Alice's exist"
    assert len(again["subscriptionsDue"]) == 3
    assert await reminder_count(settings) == 3


async def test_concurrent_checks_create_each_reminder_once(settings: Settings, alice: Person) -> None:
    for n in range(5):
        await add_subscription(settings, alice.id, f"Service {n}", n)

    async def check() -> int:
        async with standalone_session(settings) as session:
            return (await check_renewals(session, TODAY, 30)).reminders_created

    created = await asyncio.gather(*(check() for _ in range(4)))
    assert sum(created) == 5
    assert await reminder_count(settings) == 5


async def test_operator_triggers_a_check_that_a_worker_runs(
    client: AsyncTestClient[Litestar],
    settings: Settings,
    alice: Person,
    operator: Person,
    start_workers: Callable[..., Awaitable[list[SubscoutWorker]]],
) -> None:
    await add_subscription(settings, alice.id, "Netflix", 0, next_renewal=date.today())
    await start_workers()
    refused = await client.post("/api/renewals/check", json={}, headers=alice.headers)
    assert refused.status_code == 403
    bad = await client.post("/api/renewals/check", json={"daysAhead": -1}, headers=operator.headers)
    assert bad.status_code == 400
    unknown = await client.post(
        "/api/renewals/check", json={"userId": operator.id[:-4] + "0000"}, headers=operator.headers
    )
    assert unknown.status_code == 400

    started = await client.post(
        "/api/renewals/check", json={"userId": alice.id, "daysAhead": 7}, headers=operator.headers
    )
    assert started.status_code == 202
    body = started.json()
    assert body["queue"] == RENEWAL_CHECK
    assert body["jobId"].startswith(f"renewal-check-{alice.id}-")

    async def done() -> bool:
        status = await client.get(body["statusUrl"], headers=operator.headers)
        return bool(status.json()["state"] == "completed")

    await wait_until(done, within=20)
    status = (await client.get(body["statusUrl"], headers=operator.headers)).json()
    assert status["returnvalue"]["remindersCreated"] == 1
    assert status["returnvalue"]["subscriptionsDue"][0]["name"] == "Netflix"
    assert status["data"] == {"userId": alice.id, "daysAhead": 7}


async def test_cli_job_is_queued_with_its_data(settings: Settings, alice: Person, redis: Redis) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "app",
        "renewals",
        "check",
        "--days-ahead",
        "14",
        "--user",
        alice.email,
        env=settings_env(settings),
        cwd=PROJECT_ROOT,
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await process.communicate()
    assert process.returncode == 0
    job_id = out.decode().strip().splitlines()[-1]
    job = await build_queues(settings, redis)[RENEWAL_CHECK].job(job_id)
    assert job is not None
    assert job.kwargs == {"daysAhead": 14, "userId": alice.id}


async def test_dashboard_shows_reminders(client: AsyncTestClient[Litestar], settings: Settings) -> None:
    await demo_sign_in(client)
    async with standalone_session(settings) as session:
        demo = await session.scalar(select(User.id).where(User.is_demo.is_(True)))
    assert demo is not None
    await add_subscription(
        settings, str(demo), "Reminded Service", 0, next_renewal=date.today() + timedelta(days=2)
    )
    async with standalone_session(settings) as session:
        await check_renewals(session, date.today(), 30, demo)
    page = await client.get("/")
    assert "Renewing soon" in page.text
    assert "Reminded Service" in page.text


def test_the_renewal_cron_comes_from_the_environment_and_a_malformed_one_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.setenv("RENEWAL_CRON", "30 7 * * 1")
    assert Settings.from_env().renewal_cron == "30 7 * * 1"
    monkeypatch.setenv("RENEWAL_CRON", "every morning")
    with pytest.raises(ValueError, match="RENEWAL_CRON='every morning' is not a cron expression"):
        Settings.from_env()
