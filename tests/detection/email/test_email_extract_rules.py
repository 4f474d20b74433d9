# ruff: noqa: RUF001  (real receipts write periods with an en dash)
"""Cycle and date rules of one message, written in invented wording in several languages."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage

import pytest

from app.detection.email.extract import analyse


def raw(sender: str, subject: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "alex@example.net"
    msg["Subject"] = subject
    msg["Date"] = "Thu, 05 Nov 2026 08:30:00 +0000"
    msg["Message-ID"] = f"<{abs(hash(subject + body))}@test>"
    msg.set_content(body)
    return msg.as_bytes()


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
