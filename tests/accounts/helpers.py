"""Signing people in through the real provider, and giving them data to protect."""

from __future__ import annotations

import asyncio
import re
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from urllib.parse import urlsplit
from uuid import UUID

from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import ApiToken, User
from app.accounts.services import ApiTokenService, UserService
from app.config import Settings
from app.currency.models import HomeCurrency
from app.lib.database import standalone_session
from app.notifications.models import Delivery, NotificationChannel, SubscriptionNotice
from app.notifications.preferences import email_channel, preferences_row
from app.scans.models import Scan
from app.sources.models import BankAccount, BankTransaction, MailSource
from app.subscriptions.models import Reminder, Subscription, SubscriptionEvidence
from tests.accounts.provider import Provider

CSRF_INPUT = re.compile(r'name="_csrf_token" value="([^"]+)"')
BASE_URL = "http://testserver.local"


def csrf_from(html: str) -> str:
    match = CSRF_INPUT.search(html)
    assert match is not None, "no CSRF token on the page"
    return match.group(1)


async def google_sign_in(client: AsyncTestClient[Litestar], provider: Provider, sub: str) -> str:
    """The whole browser round trip; returns the CSRF token of the page signed in to."""
    start = await client.get("/auth/google", follow_redirects=False)
    assert start.status_code in (302, 303), start.text
    back = await provider.authorize(start.headers["location"], sub)
    callback = urlsplit(back)
    done = await client.get(f"{callback.path}?{callback.query}", follow_redirects=False)
    assert done.status_code in (302, 303), done.text
    assert done.headers["location"] == "/", done.headers["location"]
    page = await client.get("/settings")
    assert page.status_code == 200
    return csrf_from(page.text)


@dataclass
class Owner:
    """A person with one of everything Subscout stores, and the ids to aim at."""

    user_id: UUID
    email: str
    api_token: str
    token_id: UUID
    subscription_id: UUID
    reminder_id: UUID
    mail_source_id: UUID
    bank_account_id: UUID
    scan_job_id: str
    webhook_id: UUID
    delivery_id: UUID
    """A sent email whose ``.eml`` is in the outbox."""
    webhook_delivery_id: UUID


async def give_everything(settings: Settings, email: str) -> Owner:
    """Create (or reuse) the user and give them a row in every table that holds user data."""
    async with standalone_session(settings) as session:
        users = UserService(session=session)
        user = await users.get_by_email(email) or await users.create_user(email)
        token_row, token = await ApiTokenService(session=session).issue(user.id, "isolation")
        sub = Subscription(
            user_id=user.id, key=f"svc-{email}", name=f"Service of {email}", amount=Decimal("9.99"),
            currency="EUR", cycle="monthly", next_renewal=date.today() + timedelta(days=5),
            sources=["email"],
        )  # fmt: skip
        session.add(sub)
        mail = MailSource(user_id=user.id, kind="mbox", label=f"Mailbox of {email}", secret="imap-password")
        bank = BankAccount(user_id=user.id, kind="plaid", name=f"Bank of {email}", access_token="bank-secret")
        session.add_all([mail, bank, HomeCurrency(user_id=user.id, currency="GBP")])
        await session.flush()
        session.add(SubscriptionEvidence(
            subscription_id=sub.id, source="email", ref=f"<{email}>", occurred_on=date.today(),
            summary="receipt", signal="receipt",
        ))  # fmt: skip
        reminder = Reminder(user_id=user.id, subscription_id=sub.id, renewal_date=sub.next_renewal)
        job_id = f"email-scan-{user.id}-{int(datetime.now(UTC).timestamp() * 1000)}"
        session.add_all([
            reminder,
            Scan(user_id=user.id, queue="email-scan", job_id=job_id, state="completed", progress=100),
            BankTransaction(
                user_id=user.id, account_id=bank.id, external_id="t1", posted_on=date.today(),
                amount=Decimal("-9.99"), currency="EUR", description=f"Charge of {email}",
            ),
        ])  # fmt: skip
        await session.flush()
        webhook, delivery, webhook_delivery = await _give_notifications(
            session, settings, user.id, sub.id, email
        )
        return Owner(
            user_id=user.id, email=email, api_token=token, token_id=token_row.id,
            subscription_id=sub.id, reminder_id=reminder.id, mail_source_id=mail.id,
            bank_account_id=bank.id, scan_job_id=job_id, webhook_id=webhook,
            delivery_id=delivery, webhook_delivery_id=webhook_delivery,
        )  # fmt: skip


async def _give_notifications(
    session: AsyncSession, settings: Settings, user_id: UUID, sub_id: UUID, email: str
) -> tuple[UUID, UUID, UUID]:
    """Preferences, a webhook (its URL and secret), an emailed reminder in the outbox, a webhook delivery."""
    prefs = await preferences_row(session, user_id)
    prefs.offsets = [3]
    session.add(SubscriptionNotice(user_id=user_id, subscription_id=sub_id, muted=True))
    mail = await email_channel(session, user_id)
    webhook = NotificationChannel(
        user_id=user_id, kind="webhook", label=f"Hook of {email}", target=f"https://hooks.example/{email}",
        secret="whsec_" + "A" * 32,
    )  # fmt: skip
    session.add(webhook)
    await session.flush()
    outbox = settings.outbox_dir / f"{user_id.hex}.eml"
    outbox.parent.mkdir(parents=True, exist_ok=True)
    outbox.write_text(f"To: {email}\nSubject: Service of {email} renews\n\nhello\n")
    details = {"name": f"Service of {email}", "renewalDate": "2030-01-01", "daysUntil": 3, "amount": "9.99",
               "currency": "EUR"}  # fmt: skip
    delivery = Delivery(
        user_id=user_id, channel_id=mail.id, subscription_id=sub_id, kind="renewal",
        dedupe_key=f"renewal:{sub_id}:x", message_id=user_id.hex, details=details, status="sent",
        attempts=1, answer="250 OK", outbox_path=str(outbox.relative_to(settings.data_dir)),
    )  # fmt: skip
    hooked = Delivery(
        user_id=user_id, channel_id=webhook.id, subscription_id=sub_id, kind="renewal",
        dedupe_key=f"renewal:{sub_id}:x", message_id=f"{user_id.hex}-hook", details=details, status="failed",
        attempts=4, answer="500 Internal Server Error",
    )  # fmt: skip
    session.add_all([delivery, hooked])
    await session.flush()
    return webhook.id, delivery.id, hooked.id


async def user_by_email(settings: Settings, email: str) -> User | None:
    async with standalone_session(settings) as session:
        user: User | None = await session.scalar(select(User).where(User.email == email))
        return user


NEW_TOKEN = re.compile(r'id="new-token">([^<]+)<')
WAIT_SECONDS = 10.0


async def token_row_once_used(settings: Settings, name: str) -> ApiToken:
    """The token's row, once the background write of ``last_used_at`` has landed."""
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        async with standalone_session(settings) as session:
            row = await session.scalar(select(ApiToken).where(ApiToken.name == name))
        assert row is not None
        if row.last_used_at is not None or time.monotonic() > deadline:
            assert row.last_used_at is not None, "last_used_at was never written"
            return row
        await asyncio.sleep(0.05)
