"""Notification tests: real SMTP (aiosmtpd) and HTTP receivers, people with subscriptions coming due."""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from sqlalchemy import select

from app.accounts.services import ApiTokenService, UserService
from app.config import Settings
from app.lib.database import standalone_session
from app.notifications.models import Delivery
from app.notifications.preferences import email_channel, preferences_row
from app.subscriptions.models import Subscription
from tests.notifications.servers import SmtpServer, smtp_server

BASE_URL = "http://testserver.local"


@pytest.fixture
def smtp(tmp_path: Path) -> Iterator[SmtpServer]:
    with smtp_server(tmp_path) as server:
        yield server


@pytest.fixture
def settings(settings: Settings, smtp: SmtpServer) -> Settings:
    return dataclasses.replace(
        settings,
        smtp_url=smtp.url,
        public_url=BASE_URL,
        mail_from="Subscout <notify@example.org>",
        allow_private_targets=True,  # the receivers are local servers
    )


@dataclass
class Person:
    id: UUID
    email: str
    token: str
    subscription_id: UUID

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


NOT_DUE = 60
"""Days to a renewal no reminder is due for yet: a test that counts what one channel receives must not
also get the renewal reminder the worker's start-up dispatch plans (whenever it runs)."""


async def create_person(
    settings: Settings,
    email: str,
    renews_in: int = 7,
    send_hour: int = 0,
    *,
    email_muted: bool = False,
    **prefs: Any,
) -> Person:
    """A person with one monthly subscription renewing in ``renews_in`` days, sent from ``send_hour``;
    ``email_muted``: with the email channel off from the start (in the same commit, so no dispatch
    the worker runs meanwhile sees it on)."""
    async with standalone_session(settings) as session:
        user = await UserService(session=session).create_user(email)
        _, token = await ApiTokenService(session=session).issue(user.id, "test")
        sub = Subscription(
            user_id=user.id, key="netflix", name="Netflix", amount=Decimal("15.49"), currency="EUR",
            cycle="monthly", next_renewal=date.today() + timedelta(days=renews_in), sources=["email"],
        )  # fmt: skip
        session.add(sub)
        row = await preferences_row(session, user.id)
        row.send_hour = send_hour
        row.timezone = "UTC"
        for name, value in prefs.items():
            setattr(row, name, value)
        if email_muted:
            (await email_channel(session, user.id)).enabled = False
        await session.flush()
        return Person(user.id, email, token, sub.id)


async def deliveries(settings: Settings, user_id: UUID) -> list[Delivery]:
    async with standalone_session(settings) as session:
        rows = await session.scalars(
            select(Delivery).where(Delivery.user_id == user_id).order_by(Delivery.created_at)
        )
        return list(rows)


async def eventually(check: Callable[[], Awaitable[bool]], within: float = 20) -> None:
    import asyncio
    import time

    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if await check():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("condition not met in time")
