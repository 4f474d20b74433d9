"""A service an app store bills is one subscription whether its receipt or the store's charge is seen.

Bank detection names a charge at a price several of the store's services share after the store
("Apple"); the receipt in the mail names the product. The findings come from the real detectors.
"""

from __future__ import annotations

import zlib
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any
from uuid import UUID

from litestar import Litestar
from litestar.testing import AsyncTestClient

from app.config import Settings
from app.detection.bank.recurring import detect_recurring
from app.detection.bank.transactions import Transaction
from app.detection.email.aggregate import aggregate
from app.detection.email.extract import analyse_all
from app.detection.types import DetectedSubscription, add_months
from app.lib.database import standalone_session
from app.subscriptions.services import SubscriptionService
from tests.subscriptions.test_edits import user_id_of
from tests.support import bearer_for

TODAY = date(2026, 12, 2)
MONTHS = range(6, 0, -1)


def _mail(sender: str, subject: str, day: date, body: str) -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, "alex@example.net", subject
    message["Date"] = format_datetime(datetime(day.year, day.month, day.day, 9, tzinfo=UTC))
    message["Message-ID"] = f"<{zlib.crc32(body.encode())}.{day}@mail.example>"
    message.set_content(body)
    return message.as_bytes()


def apple_receipts(item: str, price: str, day: int) -> list[DetectedSubscription]:
    findings = []
    for back in MONTHS:
        sent = add_months(TODAY, -back, day)
        body = (
            f"Receipt\n\nApple ID: alex@example.net\nDATE: {sent:%b %d, %Y}\nORDER ID: M{sent:%Y%m%d}\n"
            f"App Store: {item} (Monthly)\nRenews {add_months(sent, 1):%B %d, %Y}\nTOTAL: ${price}\n"
        )
        findings += analyse_all(
            _mail("Apple <no_reply@email.apple.com>", "Your receipt from Apple", sent, body)
        )
    return aggregate(findings, TODAY)


def google_play_receipts(item: str, price: str, day: int) -> list[DetectedSubscription]:
    findings = []
    for back in MONTHS:
        sent = add_months(TODAY, -back, day)
        body = (
            "Google Play\n\nThank you.\n\n"
            f"You've made a purchase from the Google Play Store on {sent:%b %d, %Y}.\n"
            "Auto-renewing subscription.\n\n"
            f"Order number: GPA.{sent:%Y%m%d}\nItem: {item}\n"
            f"Price: ${price}/month\nNext payment: {add_months(sent, 1):%b %d, %Y}\nTotal: ${price}\n"
        )
        subject = f"Your Google Play Order Receipt from {sent:%b %d, %Y}"
        findings += analyse_all(_mail("Google Play <googleplay-noreply@google.com>", subject, sent, body))
    return aggregate(findings, TODAY)


def charges(description: str, price: str, day: int) -> list[DetectedSubscription]:
    posted = [add_months(TODAY, -back, day) for back in MONTHS]
    txns = [Transaction(f"t-{d}-{price}", "acct", d, -Decimal(price), "USD", description) for d in posted]
    return detect_recurring(txns, today=TODAY)


APPLE_BILL = "APPLE.COM/BILL 866-712-7753 CA"


async def scan(settings: Settings, user_id: UUID, found: list[DetectedSubscription]) -> None:
    async with standalone_session(settings) as session:
        await SubscriptionService(session=session).apply_detections(user_id, found, today=TODAY)


async def listed(client: AsyncTestClient[Litestar], headers: dict[str, str]) -> list[tuple[Any, ...]]:
    rows = (await client.get("/api/subscriptions", headers=headers)).json()
    return sorted((r["name"], r["amount"], r["cycle"], tuple(r["sources"])) for r in rows)


async def test_an_apple_charge_and_the_receipt_it_pays_are_one_subscription(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    mail = apple_receipts("iCloud+: iCloud+ with 2 TB", "9.99", 5)
    bank = charges(APPLE_BILL, "9.99", 7)
    assert [f.name for f in bank] == ["Apple"], "9.99 is iCloud+ and Apple TV+ alike: the bill's name"
    one = [("iCloud+", "9.99", "monthly", ("bank", "email"))]
    for first, second in ((mail, bank), (bank, mail)):
        headers = await bearer_for(settings, f"store-{len(first)}-{first[0].name}@example.com")
        user_id = await user_id_of(client, headers)
        await scan(settings, user_id, first)
        await scan(settings, user_id, second)
        assert await listed(client, headers) == one
        await scan(settings, user_id, bank)  # the next statement
        await scan(settings, user_id, mail)  # and the next mail scan
        assert await listed(client, headers) == one


async def test_a_google_play_charge_is_the_app_its_receipt_names(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "store-google@example.com")
    user_id = await user_id_of(client, headers)
    bank = charges("GOOGLE *PIXELHAUS g.co/helppay#", "4.99", 23)
    assert [f.name for f in bank] == ["Google Play"]
    await scan(settings, user_id, bank)
    await scan(settings, user_id, google_play_receipts("Snapfix GOLD (Pixelhaus)", "4.99", 22))
    [(name, amount, _cycle, sources)] = await listed(client, headers)
    assert (amount, sources) == ("4.99", ("bank", "email"))
    assert name != "Google Play"


async def test_two_products_at_the_charges_price_stay_apart_from_it(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "store-two@example.com")
    user_id = await user_id_of(client, headers)
    await scan(settings, user_id, apple_receipts("iCloud+: iCloud+ with 2 TB", "9.99", 5))
    await scan(settings, user_id, apple_receipts("Apple TV+: Apple TV+ (Monthly Plan)", "9.99", 6))
    await scan(settings, user_id, charges(APPLE_BILL, "9.99", 7))
    names = [name for name, *_ in await listed(client, headers)]
    assert names == ["Apple", "Apple TV+", "iCloud+"], "either could be the charge: no guess"


async def test_a_product_at_another_price_or_day_is_not_the_charge(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "store-other@example.com")
    user_id = await user_id_of(client, headers)
    await scan(settings, user_id, apple_receipts("Apple TV+: Apple TV+ (Monthly Plan)", "12.99", 5))
    await scan(settings, user_id, apple_receipts("iCloud+: iCloud+ with 2 TB", "9.99", 20))
    await scan(settings, user_id, charges(APPLE_BILL, "9.99", 7))
    names = [name for name, *_ in await listed(client, headers)]
    assert names == ["Apple", "Apple TV+", "iCloud+"]


async def test_rows_kept_apart_before_are_merged_by_the_next_mail_scan(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "store-legacy@example.com")
    user_id = await user_id_of(client, headers)
    mail = apple_receipts("iCloud+: iCloud+ with 2 TB", "9.99", 5)
    await scan(settings, user_id, [replace(f, billed_by=None) for f in mail])  # stored before stores were
    await scan(settings, user_id, charges(APPLE_BILL, "9.99", 7))
    assert [name for name, *_ in await listed(client, headers)] == ["Apple", "iCloud+"]
    await scan(settings, user_id, mail)
    assert await listed(client, headers) == [("iCloud+", "9.99", "monthly", ("bank", "email"))]
