# ruff: noqa: RUF001  (real receipts write periods with an en dash)
"""Cycle and date rules of one message, written in invented wording in several languages."""

from __future__ import annotations

from datetime import date

import pytest
from mail_builder import raw

from app.detection.email.extract import analyse


@pytest.mark.parametrize(
    ("body", "renewal"),
    [
        (
            "Thank you for your payment of €59.00.\nService period: 5 November 2026 – 4 November 2027",
            date(2027, 11, 5),
        ),
        (
            "Vielen Dank für Ihre Zahlung.\nBetrag: 12,50 €\nZeitraum: 05.11.2026 - 04.12.2026",
            date(2026, 12, 5),
        ),
        (
            "Merci pour votre paiement de 8,00 €.\nPériode : du 1 novembre 2026 au 30 novembre 2026",
            date(2026, 12, 1),
        ),
        (
            "Thank you for your payment of $20.00.\nBilling period: Nov 5, 2026 to Dec 5, 2026",
            date(2026, 12, 5),
        ),
    ],
)
def test_inclusive_period_end_renews_the_day_after(body: str, renewal: date) -> None:
    found = analyse(raw("Cloudly <billing@cloudly.example>", "Your receipt", body))
    assert found is not None
    assert found.signal == "receipt"
    assert found.next_date == renewal


@pytest.mark.parametrize(
    ("body", "cycle"),
    [
        ("Your 12-month Pro plan will renew automatically on 20 November 2026. Amount: €49.00", "yearly"),
        ("Votre abonnement Premium (12 mois) sera renouvelé le 20/11/2026. Prix : 30,00 €", "yearly"),
        ("Ihr Abo (12 Monate) wird am 20.11.2026 automatisch verlängert. Betrag: 30,00 €", "yearly"),
        ("Tu plan de 12 meses se renovará el 20 de noviembre de 2026. Importe: 30,00 €", "yearly"),
        ("Il tuo abbonamento di 12 mesi verrà rinnovato il 20/11/2026. Importo: 30,00 €", "yearly"),
        ("On 20 November 2026 you will be charged $7.00 and your plan continues month to month.", "monthly"),
    ],
)
def test_plan_length_phrasing_is_a_cycle(body: str, cycle: str) -> None:
    found = analyse(raw("Cloudly <billing@cloudly.example>", "Renewal reminder", body))
    assert found is not None
    assert found.cycle == cycle


def test_promotional_duration_is_not_a_cycle() -> None:
    body = (
        "Your subscription will renew on 20 November 2026 at 9,99 € par mois.\n"
        "Offre : 4,99 € pendant 12 mois pour les nouveaux abonnés."
    )
    found = analyse(raw("Cloudly <billing@cloudly.example>", "Renewal reminder", body))
    assert found is not None
    assert found.cycle == "monthly"


@pytest.mark.parametrize(
    "body",
    [
        "Your bill is ready.\nAmount due: $64.00\nAutoPay scheduled: 11/19/2026\nThanks!",
        "Ihre neue Rechnung ist da.\nRechnungsbetrag: 24,99 €\nAbbuchung am: 12.11.2026\nIhr Team",
        "Votre facture est disponible.\nMontant : 24,99 €\nDate de prélèvement : 12/11/2026\nL'équipe",
        "Your invoice is ready.\nTotal: £30.00\nPayment due: 19 November 2026",
    ],
)
def test_a_bills_own_due_date_is_neither_a_renewal_nor_a_cycle(body: str) -> None:
    found = analyse(raw("Telco <billing@telco.example>", "Your monthly statement", body))
    assert found is not None
    assert found.signal == "receipt"
    assert found.next_date is None
    assert found.cycle not in ("weekly", "biweekly")


def test_a_next_payment_date_on_a_receipt_is_still_the_renewal() -> None:
    body = "Thanks for your payment of $9.00.\nYour next payment is due on 5 December 2026."
    found = analyse(raw("Cloudly <billing@cloudly.example>", "Payment received", body))
    assert found is not None
    assert found.next_date == date(2026, 12, 5)
    assert found.cycle == "monthly"


@pytest.mark.parametrize(
    ("sender", "subject", "body", "name"),
    [
        (
            "Apple <no_reply@email.apple.com>",
            "Your subscription is expiring",
            "You recently cancelled your subscription to Zenly Plus (Annual) in Mindspring – Meditation. "
            "Your subscription will expire on 3 December 2026 and you will not be charged again.",
            "Mindspring",
        ),
        (
            "Apple <no_reply@email.apple.com>",
            "Dein Abonnement läuft ab",
            "Dein Abonnement für Mindspring Plus läuft am 3. Dezember 2026 ab und wird nicht verlängert.",
            None,
        ),
        (
            "Google Play <googleplay-noreply@google.com>",
            "Your subscription to Snapfix: Photo Editor on Google Play has been canceled",
            "You have canceled your subscription to Snapfix GOLD from Pixelhaus on Google Play.\n"
            "You can keep using it until 3 December 2026.",
            "Snapfix",
        ),
        (
            "Google Play <googleplay-noreply@google.com>",
            "Votre abonnement à Snapfix : Photo Editor",
            "Votre abonnement à Snapfix prendra fin le 3 décembre 2026. Il ne sera pas renouvelé.",
            None,
        ),
        (
            "Google Play <googleplay-noreply@google.com>",
            "Tu suscripción a Snapfix",
            "Tu suscripción a Snapfix finalizará el 3 de diciembre de 2026 y no se renovará.",
            None,
        ),
    ],
)
def test_app_store_expiry_notice_is_a_cancellation_of_the_app(
    sender: str, subject: str, body: str, name: str | None
) -> None:
    found = analyse(raw(sender, subject, body))
    assert found is not None
    assert found.signal == "cancellation"
    if name is not None:
        assert found.service.name == name


@pytest.mark.parametrize(
    ("line", "cycle"),
    [
        ("Paying monthly: 12 instalments of EUR 38.17 (total EUR 458.04)", "monthly"),
        ("Fraccionado: 4 cuotas de 103,09 €", "quarterly"),
        ("Or pay in 2 instalments of £240.00", "semiannual"),
    ],
)
def test_an_instalment_of_a_yearly_premium_is_taken_each_period_of_it(line: str, cycle: str) -> None:
    body = f"Your home insurance is due for renewal on 28 June 2026.\nAnnual premium: 441,00\n{line}"
    found = analyse(raw("Insurer <renewals@insurer.example>", "Your renewal invitation", body))
    assert found is not None
    assert found.cycle == cycle


@pytest.mark.parametrize(
    "period",
    [
        "Billing period: November 1 – 30, 2026",
        "Période : 1–30 novembre 2026",
        "Zeitraum: 1.-30. November 2026",
    ],
)
def test_a_period_within_one_month_written_once_is_monthly(period: str) -> None:
    body = f"Your invoice is now available.\n{period}\nYour card will be charged automatically."
    found = analyse(raw("Cloudly <billing@cloudly.example>", "Your Cloudly invoice", body))
    assert found is not None
    assert (found.cycle, found.next_date) == ("monthly", date(2026, 12, 1))
