"""The demo in demo mode (issue 12.13): each visitor gets a demo account of their own, which keeps itself
and its sample sources (page and API refuse, saying why) and is deleted by an hourly job after a day."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from markupsafe import escape
from redis.asyncio import Redis
from sqlalchemy import select, update

from app.accounts.models import User
from app.accounts.services import DEMO_KEPT, SAMPLE_SOURCES_KEPT, ApiTokenService, UserService, give_demo_data
from app.config import Settings
from app.erasure.jobs import DEMO_CLEANUP, delete_expired_demo_accounts
from app.lib.database import standalone_session
from app.queues import build_queues, queue_specs
from app.server import create_app
from app.sources.models import BankAccount, MailSource
from tests.detection.test_mailbox_sources import demo_browser

HTMX = {"HX-Request": "true"}


@pytest.fixture
async def app(settings: Settings) -> Litestar:
    """Demo mode (this folder's own ``app`` has Google sign-in instead)."""
    return create_app(settings)


@pytest.fixture
async def visitor(settings: Settings) -> AsyncIterator[AsyncTestClient[Litestar]]:
    """A second browser: another visitor of the same server (its own app: each client has its loop)."""
    async with AsyncTestClient(create_app(settings), base_url="http://testserver.local") as client:
        yield client


async def signed_in_user(settings: Settings, client: AsyncTestClient[Litestar]) -> User:
    page = (await client.get("/settings")).text
    async with standalone_session(settings) as session:
        users = list(await session.scalars(select(User).where(User.is_demo.is_(True))))
    [user] = [u for u in users if f"Signed in as {u.email}" in page]
    return user


async def sample_sources(settings: Settings, user: User) -> tuple[MailSource, BankAccount]:
    async with standalone_session(settings) as session:
        mail = await session.scalar(select(MailSource).where(MailSource.user_id == user.id))
        bank = await session.scalar(select(BankAccount).where(BankAccount.user_id == user.id))
    assert mail is not None
    assert bank is not None
    return mail, bank


async def test_each_visitor_gets_a_demo_account_of_their_own_and_their_edits_stay_theirs(
    client: AsyncTestClient[Litestar], visitor: AsyncTestClient[Litestar], settings: Settings
) -> None:
    csrf = await demo_browser(client)
    added = await client.post(
        "/subscriptions", headers={**HTMX, "X-CSRFToken": csrf}, data={"name": "Visitor Gym", "amount": "9"}
    )
    assert added.status_code == 200
    assert "Visitor Gym" in (await client.get("/")).text

    await demo_browser(visitor)
    assert "Visitor Gym" not in (await visitor.get("/")).text, "another visitor does not see the edit"
    first, second = await signed_in_user(settings, client), await signed_in_user(settings, visitor)
    assert first.id != second.id
    for user in (first, second):
        mail, bank = await sample_sources(settings, user)
        assert (mail.kind, bank.kind) == ("demo", "demo"), "each has the sample mailbox and statement"

    await demo_browser(client)  # the same visitor, "Continue with demo account" again
    assert (await signed_in_user(settings, client)).id == first.id
    assert "Visitor Gym" in (await client.get("/")).text


async def test_a_demo_account_cannot_be_deleted_from_the_page_or_the_api(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    csrf = await demo_browser(client)
    user = await signed_in_user(settings, client)
    settings_page = (await client.get("/settings")).text
    assert "Delete my account</button>" not in settings_page
    assert "deleted by itself" in settings_page

    refused = await client.post("/settings/delete-account", data={"_csrf_token": csrf, "confirm": "yes"})
    assert refused.status_code == 200
    assert str(escape(DEMO_KEPT)) in refused.text
    async with standalone_session(settings) as session:
        _, token = await ApiTokenService(session=session).issue(user.id, "demo tool")
    api = await client.delete("/api/me", headers={"Authorization": f"Bearer {token}"})
    assert api.status_code == 409
    assert api.json()["detail"] == DEMO_KEPT
    assert (await client.get("/api/me", headers={"Authorization": f"Bearer {token}"})).status_code == 200


async def test_its_sample_sources_cannot_be_removed_from_the_page_or_the_api(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    csrf = await demo_browser(client)
    user = await signed_in_user(settings, client)
    mail, bank = await sample_sources(settings, user)
    page = (await client.get("/settings")).text
    assert page.count("Sample data, kept") == 2
    assert f"/settings/sources/mail/{mail.id}/disconnect" not in page

    for path in (f"/settings/sources/mail/{mail.id}/disconnect", f"/settings/sources/bank/{bank.id}/remove"):
        refused = await client.post(path, data={"_csrf_token": csrf})
        assert refused.status_code == 200
        assert str(escape(SAMPLE_SOURCES_KEPT)) in refused.text
    async with standalone_session(settings) as session:
        _, token = await ApiTokenService(session=session).issue(user.id, "demo tool")
    api = await client.delete(f"/api/mailboxes/{mail.id}", headers={"Authorization": f"Bearer {token}"})
    assert api.status_code == 409
    assert api.json()["detail"] == SAMPLE_SOURCES_KEPT
    kept = await sample_sources(settings, user)
    assert (kept[0].id, kept[1].id) == (mail.id, bank.id), "both still there"


async def test_a_person_given_the_sample_data_may_still_remove_it(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    async with standalone_session(settings) as session:
        user = await UserService(session=session).create_user("sampler@example.com")
        await give_demo_data(session, user.id)
        _, token = await ApiTokenService(session=session).issue(user.id, "tool")
    mail, _bank = await sample_sources(settings, user)
    removed = await client.delete(f"/api/mailboxes/{mail.id}", headers={"Authorization": f"Bearer {token}"})
    assert removed.status_code == 204


async def make_user(settings: Settings, email: str, *, demo: bool, age: timedelta) -> User:
    async with standalone_session(settings) as session:
        user = await UserService(session=session).create(User(email=email, is_demo=demo))
        await give_demo_data(session, user.id)
        started = datetime.now(UTC) - age
        await session.execute(update(User).where(User.id == user.id).values(created_at=started))
        await session.commit()
    return user


@pytest.mark.usefixtures("worker")
async def test_demo_accounts_older_than_a_day_are_deleted_by_the_hourly_job(
    settings: Settings, redis: Redis
) -> None:
    expired = await make_user(settings, "old-visitor@demo.subscout.local", demo=True, age=timedelta(hours=25))
    fresh = await make_user(settings, "new-visitor@demo.subscout.local", demo=True, age=timedelta(hours=23))
    person = await make_user(settings, "long-time@example.com", demo=False, age=timedelta(days=30))
    [spec] = [s for s in queue_specs(settings) if s.name == DEMO_CLEANUP]
    assert [cron.function for cron in spec.cron] == [delete_expired_demo_accounts]
    assert spec.cron[0].cron.split()[1:] == ["*", "*", "*", "*"], "hourly"

    result: Any = await build_queues(settings, redis)[DEMO_CLEANUP].apply(
        "delete_expired_demo_accounts", timeout=120
    )
    assert result == {"deleted": 1}
    async with standalone_session(settings) as session:
        left = set(await session.scalars(select(User.email)))
        sources = set(await session.scalars(select(MailSource.user_id)))
    assert left == {fresh.email, person.email}
    assert expired.id not in sources, "its data went with it"
