"""Receipt layouts and wordings of mail nobody on the team wrote (issue 11): what a person
would read off the receipt is what the finding says."""

from __future__ import annotations

from decimal import Decimal
from email.message import EmailMessage

from app.detection.email.extract import Finding, analyse_all


def raw(sender: str, subject: str, body: str, *, charset: str = "utf-8") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "alex@example.net"
    msg["Subject"] = subject
    msg["Date"] = "Thu, 05 Nov 2026 08:30:00 +0000"
    msg["Message-ID"] = f"<{abs(hash(subject + body))}@test>"
    msg.set_content(body, charset=charset)
    return msg.as_bytes()


def seen(found: list[Finding]) -> list[tuple[str, Decimal | None, str | None, str | None]]:
    return [(f.service.name, f.amount, f.currency, f.cycle) for f in found]


def test_an_apple_item_costs_the_price_on_its_renews_line_not_the_vat() -> None:
    """Apple's receipt read row by row: "Renews <date> <price>", then the VAT and the total."""
    body = (
        "Receipt\nAPPLE ACCOUNT\nalex@example.net DATE\n5 Nov 2026 ORDER ID\nMQ12AB34CD\n"
        "Bear\nBear Pro (Monthly)\nRenews 5 Dec 2026 £2.99\n"
        "Overcast\nOvercast Premium (Yearly)\nRenews 5 Nov 2027 £9.99\n"
        "VAT charged at 20% £2.16\nTOTAL £12.98\n"
    )
    found = analyse_all(raw("Apple <no_reply@email.apple.com>", "Your receipt from Apple.", body))
    assert seen(found) == [
        ("Bear", Decimal("2.99"), "GBP", "monthly"),
        ("Overcast", Decimal("9.99"), "GBP", "yearly"),
    ]
    one = body.replace("Overcast\nOvercast Premium (Yearly)\nRenews 5 Nov 2027 £9.99\n", "").replace(
        "VAT charged at 20% £2.16\nTOTAL £12.98", "VAT charged at 20% £0.50\nTOTAL £2.99"
    )
    found = analyse_all(raw("Apple <no_reply@email.apple.com>", "Your receipt from Apple.", one))
    assert seen(found) == [("Bear", Decimal("2.99"), "GBP", "monthly")]
