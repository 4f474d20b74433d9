"""Sparse evidence end to end (issue 11.3, 11.2): real MIME through the mail detector, bank
transactions through the recurring detector, both applied to one person's subscriptions and read
back through the API. Few receipts, or none, never make a running service "inactive"."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from email.message import EmailMessage
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from tests.subscriptions.test_edits import rescan, user_id_of
from tests.support import bearer_for

from app.config import Settings
from app.detection.bank.recurring import detect_recurring
from app.detection.bank.transactions import Transaction
from app.detection.email.aggregate import aggregate
from app.detection.email.extract import analyse
from app.detection.types import DetectedSubscription, needs_confirmation

TODAY = date(2026, 11, 29)


def mail(sender: str, subject: str, body: str, sent: date) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "alex@example.net"
    msg["Subject"] = subject
    msg["Date"] = sent.strftime("%a, %d %b %Y 09:00:00 +0000")
    msg["Message-ID"] = f"<{sent.isoformat()}.{abs(hash(subject))}@test>"
    msg.set_content(body)
    return msg.as_bytes()


def from_mail(*raws: bytes) -> list[DetectedSubscription]:
    findings = [finding for raw in raws if (finding := analyse(raw)) is not None]
    return aggregate(findings, TODAY)


def from_bank(*charges: tuple[date, str, str]) -> list[DetectedSubscription]:
    groceries = [
        Transaction(
            f"tesco-{k}",
            "acct",
            date(2025, 11, 1) + timedelta(days=3 * k),
            Decimal("-41.20"),
            "GBP",
            "TESCO STORES 2231",
        )
        for k in range(130)
    ]
    txns = [Transaction(f"{d}-{desc}", "acct", d, Decimal(a), "GBP", desc) for d, a, desc in charges]
    return [s for s in detect_recurring(txns + groceries, today=TODAY) if s.kind == "subscription"]


def only(subs: list[DetectedSubscription]) -> DetectedSubscription:
    assert len(subs) == 1, [s.name for s in subs]
    return subs[0]


async def listed(client: AsyncTestClient[Litestar], headers: dict[str, str]) -> dict[str, Any]:
    [sub] = (await client.get("/api/subscriptions", headers=headers)).json()
    return dict(sub)


def gym_welcome(year: int) -> str:
    return (
        "Hi Alex,\n\nWelcome to PureGym! Your membership at PureGym Leeds is now active.\n\n"
        "Membership: Core, £24.99 per month\n"
        f"Your first Direct Debit of £24.99 will be collected on 1 October {year} and monthly after that.\n\n"
        "See you at the gym!\n"
    )


def test_a_gym_known_only_from_its_joining_email_is_active_monthly() -> None:
    welcome = mail("PureGym <hello@puregym.com>", "Welcome to PureGym", gym_welcome(2026), date(2026, 9, 20))
    gym = only(from_mail(welcome))
    assert (gym.name, gym.amount, gym.currency, gym.cycle) == ("PureGym", Decimal("24.99"), "GBP", "monthly")
    assert (gym.status, gym.next_renewal) == ("active", date(2026, 12, 1))
    assert from_bank((date(2026, 10, 1), "-24.99", "DIRECT DEBIT PUREGYM LTD 88213")) == []


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "FitX <service@fitx.de>",
            "Willkommen bei FitX",
            "Hallo Alex,\n\nwillkommen bei FitX! Deine Mitgliedschaft ist ab sofort aktiv.\n"
            "Monatsbeitrag: 24,99 €\nDer erste Beitrag wird am 1. Oktober 2026 per Lastschrift eingezogen.\n",
        ),
        (
            "Basic-Fit <service@basic-fit.com>",
            "Bienvenue chez Basic-Fit",
            "Bonjour Alex,\n\nBienvenue chez Basic-Fit ! Votre abonnement est actif.\n"
            "Formule Comfort : 24,99 € par mois\n"
            "Votre premier prélèvement de 24,99 € sera effectué le 1er octobre 2026.\n",
        ),
        (
            "Altafit <socios@altafit.es>",
            "Bienvenido a Altafit",
            "Hola Alex:\n\n¡Bienvenido a Altafit! Tu membresía ya está activa.\n"
            "Cuota: 24,99 € al mes\nEl primer cargo de 24,99 € se realizará el 1 de octubre de 2026.\n",
        ),
        (
            "McFit <service@mcfit.com>",
            "Willkommen bei McFit",
            "Hallo Alex,\n\nschön, dass du dabei bist! Deine Mitgliedschaft beginnt am 20.09.2026.\n"
            "Monatsbeitrag: 24,99 €\nDer Beitrag wird am 1. Oktober 2026 von deinem Konto abgebucht.\n",
        ),
        (
            "Keep Cool <bonjour@keepcool.fr>",
            "Bienvenue chez Keep Cool",
            "Bonjour Alex,\n\nVotre adhésion est active.\nCotisation : 24,99 € par mois\n"
            "Le montant de 24,99 € sera prélevé le 1er octobre 2026 sur votre compte.\n",
        ),
        (
            "SportCity <welkom@sportcity.nl>",
            "Welkom bij SportCity",
            "Hoi Alex,\n\nJe lidmaatschap is actief.\nMaandelijks: € 24,99\n"
            "Het bedrag wordt op 1 oktober 2026 van je rekening afgeschreven.\n",
        ),
    ],
)
def test_a_gyms_joining_email_in_other_languages_is_active_monthly(
    sender: str, subject: str, body: str
) -> None:
    welcome = mail(sender, subject, body, date(2026, 9, 20))
    finding = analyse(welcome)
    assert finding is not None
    assert (finding.signal, finding.next_date) == ("renewal_notice", date(2026, 10, 1)), (
        "a charge it announces is not one it was paid"
    )
    gym = only(from_mail(welcome))
    assert (gym.amount, gym.currency, gym.cycle) == (Decimal("24.99"), "EUR", "monthly")
    assert (gym.status, gym.next_renewal) == ("active", date(2026, 12, 1))
    assert not needs_confirmation(gym), "a welcome says what the mail is about, in any language"


def test_a_joining_email_a_year_and_more_ago_with_nothing_since_is_inactive() -> None:
    welcome = mail("PureGym <hello@puregym.com>", "Welcome to PureGym", gym_welcome(2026), date(2026, 9, 20))
    [gym] = aggregate([f for f in [analyse(welcome)] if f], date(2027, 11, 1))
    assert gym.status == "inactive"


async def test_gym_mail_and_its_direct_debits_are_one_active_subscription(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "gym@example.com")
    user_id = await user_id_of(client, headers)
    welcome = mail("PureGym <hello@puregym.com>", "Welcome to PureGym", gym_welcome(2025), date(2025, 9, 20))
    mailed = only(from_mail(welcome))
    assert mailed.status == "inactive", "the joining mail alone, 14 months on, says nothing more"
    debits = [(date(2025, 10, 1) + timedelta(days=0), "-24.99", "DIRECT DEBIT PUREGYM LTD 88213")]
    debits += [
        (date(y, m, 1), "-24.99", "DIRECT DEBIT PUREGYM LTD 88213") for y, m in [(2025, 11), (2025, 12)]
    ]
    debits += [(date(2026, m, 1), "-24.99", "DIRECT DEBIT PUREGYM LTD 88213") for m in range(1, 12)]
    banked = only(from_bank(*debits))
    assert banked.status == "active"
    for found in ([mailed], [banked], [mailed]):  # the mail re-scanned after the statement
        await rescan(settings, user_id, found)
    sub = await listed(client, headers)
    assert (sub["name"], sub["status"], sub["cycle"], sub["amount"]) == (
        "PureGym",
        "active",
        "monthly",
        "24.99",
    )
    assert sorted(sub["sources"]) == ["bank", "email"]


def test_a_domain_renewed_by_one_email_is_yearly_and_active() -> None:
    renewed = mail(
        "Gandi <noreply@gandi.net>",
        "Your domain example.org has been renewed",
        "Hello,\n\nYour domain example.org has been renewed for 1 year.\n"
        "Amount charged: 15.50 EUR\nNew expiry date: 10 March 2027\n",
        date(2026, 3, 10),
    )
    domain = only(from_mail(renewed))
    assert (domain.cycle, domain.status, domain.next_renewal) == ("yearly", "active", date(2027, 3, 10))
    assert (domain.amount, domain.currency) == (Decimal("15.50"), "EUR")


def test_a_domain_renewal_reminder_alone_points_to_its_renewal() -> None:
    reminder = mail(
        "Namecheap <support@namecheap.com>",
        "Your domain example.org will auto-renew soon",
        "Hi Alex,\n\nYour domain example.org will automatically renew on March 10, 2027.\n"
        "Renewal price: $15.98/year, charged to your card on file.\n",
        date(2026, 11, 20),
    )
    domain = only(from_mail(reminder))
    assert (domain.cycle, domain.status, domain.next_renewal) == ("yearly", "active", date(2027, 3, 10))
    assert domain.amount == Decimal("15.98")


def meal_kit_receipt(day: date) -> bytes:
    return mail(
        "HelloFresh <orders@hellofresh.com>",
        "Your HelloFresh box is on its way",
        "Hi Alex,\n\nWe've charged your card for this week's delivery.\n"
        "Weekly plan: 3 meals for 2 people\nTotal charged: $59.99\n"
        f"Next delivery: {(day + timedelta(weeks=1)).strftime('%B %d, %Y')}\n",
        day,
    )


def test_a_weekly_meal_kit_with_skipped_weeks_is_weekly_and_active_in_mail_and_bank() -> None:
    weeks = [
        k for k in range(16) if k not in {3, 4, 9, 10, 14, 15}
    ]  # two weeks skipped at a time, the last two too
    days = [date(2026, 8, 13) + timedelta(weeks=k) for k in weeks]
    kit = only(from_mail(*(meal_kit_receipt(day) for day in days)))
    assert (kit.name, kit.cycle, kit.status, kit.amount) == (
        "HelloFresh",
        "weekly",
        "active",
        Decimal("59.99"),
    )
    banked = only(from_bank(*((day, "-59.99", "HELLOFRESH UK LONDON") for day in days)))
    assert (banked.cycle, banked.status) == ("weekly", "active")


def test_a_meal_kit_silent_far_longer_than_any_skip_stopped() -> None:
    days = [date(2026, 3, 5) + timedelta(weeks=k) for k in range(12) if k not in {3, 7}]
    assert only(from_mail(*(meal_kit_receipt(day) for day in days))).status == "inactive"
    assert only(from_bank(*((day, "-59.99", "HELLOFRESH UK LONDON") for day in days))).status == "inactive"


async def test_a_monthly_service_whose_receipts_stopped_coming_by_mail_stays_active_from_the_bank(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "bankonly@example.com")
    user_id = await user_id_of(client, headers)
    receipt = (
        "Hi Alex,\n\nThanks for your payment.\nSpotify Premium Individual (monthly)\nAmount paid: £11.99\n"
    )
    mailed = only(
        from_mail(
            *(
                mail("Spotify <no-reply@spotify.com>", "Your Spotify receipt", receipt, date(2026, m, 8))
                for m in (1, 2, 3)
            )
        )
    )
    assert mailed.status == "inactive", "the mail alone stops in March"
    banked = only(from_bank(*((date(2026, m, 8), "-11.99", "SPOTIFY P2F8A1C3") for m in range(1, 12))))
    assert (banked.status, banked.next_renewal) == ("active", date(2026, 12, 8))
    for found in ([banked], [mailed]):
        await rescan(settings, user_id, found)
    sub = await listed(client, headers)
    assert (sub["status"], sub["amount"], sub["nextRenewal"] >= "2026-12-08") == ("active", "11.99", True)


async def test_bank_only_monthly_service_is_active_and_a_mail_scan_leaves_it(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "nomail@example.com")
    user_id = await user_id_of(client, headers)
    banked = only(from_bank(*((date(2026, m, 14), "-7.99", "PADDLE.NET* NOTEPLAN") for m in range(4, 12))))
    await rescan(settings, user_id, [banked])
    await rescan(settings, user_id, from_mail())  # a mailbox with nothing about it
    sub = await listed(client, headers)
    assert (sub["status"], sub["cycle"], sub["amount"], sub["possible"]) == (
        "active",
        "monthly",
        "7.99",
        False,
    )


async def test_a_cancellation_after_the_last_charge_wins_over_the_banks_running_series(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "cancelled@example.com")
    user_id = await user_id_of(client, headers)
    cancelled = mail(
        "Spotify <no-reply@spotify.com>",
        "Your Spotify Premium subscription has been cancelled",
        "Hi Alex,\n\nYour subscription has been cancelled. You won't be charged again.\n",
        date(2026, 11, 20),
    )
    receipt = "Thanks for your payment.\nSpotify Premium Individual (monthly)\nAmount paid: £11.99\n"
    receipts = [
        mail("Spotify <no-reply@spotify.com>", "Your Spotify receipt", receipt, date(2026, m, 8))
        for m in (9, 10, 11)
    ]
    mailed = only(from_mail(*receipts, cancelled))
    banked = only(from_bank(*((date(2026, m, 8), "-11.99", "SPOTIFY P2F8A1C3") for m in range(1, 12))))
    for found in ([mailed], [banked]):
        await rescan(settings, user_id, found)
    assert (await listed(client, headers))["status"] == "cancelled"


PRICE_NOTICE = (
    "Hi Alex,\n\nWe're updating the price of your Spotify Premium Individual plan.\n"
    "From your billing date on 8 December 2026, your new price will be £12.99/month.\n"
)


async def test_a_price_notice_sets_the_next_charge_until_a_charge_says_otherwise(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "newprice@example.com")
    user_id = await user_id_of(client, headers)
    notice = mail(
        "Spotify <no-reply@spotify.com>", "An update to your Premium price", PRICE_NOTICE, date(2026, 11, 2)
    )
    mailed = only(from_mail(notice))
    assert (mailed.amount, mailed.price_since) == (Decimal("12.99"), date(2026, 12, 8))
    old_price = [(date(2026, m, 8), "-11.99", "SPOTIFY P2F8A1C3") for m in range(1, 12)]
    await rescan(settings, user_id, [only(from_bank(*old_price))])
    await rescan(settings, user_id, [mailed])
    sub = await listed(client, headers)
    assert (sub["amount"], sub["currency"], sub["nextRenewal"]) == ("12.99", "GBP", "2026-12-08")
    await rescan(settings, user_id, [only(from_bank(*old_price))])  # the same statement again
    assert (await listed(client, headers))["amount"] == "12.99", "a charge before the new price says nothing"
    charged = [*old_price, (date(2026, 12, 8), "-13.49", "SPOTIFY P2F8A1C3")]
    banked = detect_recurring(
        [Transaction(f"{d}", "acct", d, Decimal(a), "GBP", desc) for d, a, desc in charged],
        today=date(2026, 12, 10),
    )
    await rescan(settings, user_id, banked)
    assert (await listed(client, headers))["amount"] == "13.49", "the charge at the new date says otherwise"
