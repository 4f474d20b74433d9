"""Parsing the shapes real mail comes in, and reading prices and dates in many locales."""

from __future__ import annotations

import base64
import quopri
from datetime import date
from decimal import Decimal

import pytest

from app.detection.email.dates import find_dates
from app.detection.email.extract import analyse, find_cycle
from app.detection.email.money import find_prices
from app.detection.email.parse import parse_message


def _headers(subject: str = "Test", sender: str = "Shop <billing@shop.example>", extra: str = "") -> str:
    return (
        f"From: {sender}\r\nTo: alex@example.net\r\nSubject: {subject}\r\n"
        "Date: Tue, 03 Nov 2026 10:00:00 +0100\r\nMessage-ID: <abc@shop.example>\r\nMIME-Version: 1.0\r\n"
        f"{extra}"
    )


def test_rfc2047_subject_and_sender_are_decoded() -> None:
    raw = _headers(
        subject="=?utf-8?b?RGVpbmUgWmFobHVuZ3NiZXN0w6R0aWd1bmc=?= =?iso-8859-1?q?_f=FCr_Abo?=",
        sender="=?utf-8?q?M=C3=BCller_GmbH?= <rechnung@mueller.example>",
    )
    raw += "Content-Type: text/plain; charset=utf-8\r\n\r\nHallo\r\n"
    mail = parse_message(raw.encode())
    assert mail.subject == "Deine Zahlungsbestätigung für Abo"
    assert mail.sender_name == "Müller GmbH"
    assert mail.sender_domain == "mueller.example"


def test_quoted_printable_latin1_body_keeps_euro_sign() -> None:
    body = quopri.encodestring("Betrag: 9,99 \x80 monatlich\n".encode("latin-1")).decode()
    raw = (
        _headers()
        + "Content-Type: text/plain; charset=iso-8859-1\r\n"
        + "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
    )
    mail = parse_message((raw + body).encode())
    assert "9,99 € monatlich" in mail.text  # latin-1 labelled mail read as windows-1252


def test_html_only_base64_with_table_and_entities() -> None:
    html = (
        "<html><head><style>.x{color:red}</style></head><body><div style='display:none'>preheader junk</div>"
        "<table><tr><td>Plan</td><td>Premium&nbsp;Family</td></tr><tr><td>Total</td><td>&pound;17.99</td></tr>"
        "</table><script>var a=1;</script></body></html>"
    )
    raw = _headers() + "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    raw += base64.encodebytes(html.encode()).decode()
    mail = parse_message(raw.encode())
    assert "Plan Premium Family" in mail.text
    assert "Total £17.99" in mail.text
    assert "preheader" not in mail.text
    assert "var a" not in mail.text


def test_nested_multipart_with_attachment_prefers_the_body() -> None:
    raw = _headers() + (
        'Content-Type: multipart/mixed; boundary="outer"\r\n\r\n'
        '--outer\r\nContent-Type: multipart/related; boundary="rel"\r\n\r\n'
        '--rel\r\nContent-Type: multipart/alternative; boundary="alt"\r\n\r\n'
        "--alt\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nYour subscription receipt. Total $4.00"
        " per month, "
        "thanks for being a member.\r\n"
        "--alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Your subscription"
        " receipt</p>\r\n--alt--\r\n"
        "--rel\r\nContent-Type: image/png\r\nContent-Transfer-Encoding:"
        " base64\r\n\r\niVBORw0KGgo=\r\n--rel--\r\n"
        "--outer\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=terms.txt\r\n\r\n"
        "Attachment text that is not the body\r\n--outer--\r\n"
    )
    mail = parse_message(raw.encode())
    assert mail.text.startswith("Your subscription receipt. Total $4.00")
    assert "Attachment text" not in mail.text


@pytest.mark.parametrize(
    "marker",
    [
        "---------- Forwarded message ---------",
        "Begin forwarded message:",
        "-------- Weitergeleitete Nachricht --------",
    ],
)
def test_forwarded_receipt_is_attributed_to_the_original_sender(marker: str) -> None:
    body = (
        "FYI, for the budget.\n\n"
        f"{marker}\n"
        "From: Spotify <no-reply@spotify.com>\n"
        "Date: Mon, Oct 5, 2026 at 9:12 AM\n"
        "Subject: Your Spotify Premium receipt\n"
        "To: Sam <sam.patel@gmail.com>\n\n"
        "Thanks for your payment. Your Premium Individual subscription renews on 5 November 2026.\n"
        "Total: £11.99\n"
    )
    raw = _headers(subject="Fwd: Your Spotify Premium receipt", sender="Sam Patel <sam.patel@gmail.com>")
    raw += "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body
    finding = analyse(raw.encode())
    assert finding is not None
    assert finding.service.name == "Spotify"
    assert finding.occurred_on == date(2026, 10, 5)
    assert (finding.amount, finding.currency) == (Decimal("11.99"), "GBP")
    assert finding.next_date == date(2026, 11, 5)


def test_personal_mail_mentioning_a_subscription_is_ignored() -> None:
    raw = _headers(subject="Re: streaming", sender="Sam Patel <sam.patel@gmail.com>")
    raw += "Content-Type: text/plain\r\n\r\n"
    raw += "I cancelled my Hulu subscription, it was $17.99 per month. Receipt attached!\r\n"
    assert analyse(raw.encode()) is None


def test_json_ld_invoice_price_wins_over_text() -> None:
    html = (
        "<html><body><p>Thanks for your payment, your subscription renews monthly.</p><p>Was $99.00</p>"
        '<script type="application/ld+json">{"@context":"http://schema.org","@type":"Invoice",'
        '"provider":{"@type":"Organization","name":"Acme Cloud"},'
        '"totalPaymentDue":{"@type":"PriceSpecification","price":"12.50","priceCurrency":"EUR"}}</script>'
        "</body></html>"
    )
    raw = _headers(subject="Your Acme Cloud receipt", sender="Acme Cloud <billing@acmecloud.example>")
    raw += "Content-Type: text/html; charset=utf-8\r\n\r\n" + html
    mail = parse_message(raw.encode())
    assert mail.structured[0]["@type"] == "Invoice"
    finding = analyse(raw.encode())
    assert finding is not None
    assert (finding.amount, finding.currency) == (Decimal("12.50"), "EUR")
    assert finding.service.name == "Acme Cloud"


def test_microdata_order_is_read() -> None:
    html = (
        '<div itemscope itemtype="http://schema.org/Order"><div itemprop="merchant" itemscope '
        'itemtype="http://schema.org/Organization"><span itemprop="name">Acme</span></div>'
        '<meta itemprop="price" content="7.00"><meta itemprop="priceCurrency" content="USD"></div>'
    )
    raw = _headers() + "Content-Type: text/html\r\n\r\n" + html
    (item,) = parse_message(raw.encode()).structured
    assert item == {
        "@type": "Order",
        "merchant": {"@type": "Organization", "name": "Acme"},
        "price": "7.00",
        "priceCurrency": "USD",
    }


def test_broken_headers_do_not_raise() -> None:
    raw = b"From: \xff\xfe broken\r\nDate: not a date\r\nSubject: =?bogus?q?x?=\r\n\r\nbody"
    mail = parse_message(raw, fallback_id="mbox:42")
    assert mail.message_id == "mbox:42"
    assert mail.sent_at is None
    assert analyse(raw) is None


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Total €1.234,56", "1234.56", "EUR"),
        ("Montant : 1 234,56 €", "1234.56", "EUR"),
        ("Montant : 1\u202f234,56\u00a0€", "1234.56", "EUR"),
        ("Amount £9.99", "9.99", "GBP"),
        ("合計 ¥1,200", "1200", "JPY"),
        ("Price US$ 12.00", "12.00", "USD"),
        ("Price CA$14.99/month", "14.99", "CAD"),
        ("Total ₹499", "499.00", "INR"),
        ("Total 9.99 USD", "9.99", "USD"),
        ("Valor R$ 34,90", "34.90", "BRL"),
        ("Preis CHF 12.50", "12.50", "CHF"),
        ("Pris 179 kr per månad", "179.00", "SEK"),
        ("EUR 9,99 pro Monat", "9.99", "EUR"),
    ],
)
def test_prices_in_many_locales(text: str, amount: str, currency: str) -> None:
    (price,) = find_prices(text.replace("\u202f", " ").replace("\u00a0", " "))
    assert (price.amount, price.currency) == (Decimal(amount), currency)


def test_dollar_sign_follows_the_country_the_text_names() -> None:
    (price,) = find_prices("Total $16.99 (all prices in CAD)")
    assert price.currency == "CAD"
    (price,) = find_prices("Total $16.99", domain="shop.com.au")
    assert price.currency == "AUD"


@pytest.mark.parametrize(
    ("text", "domain", "expected"),
    [
        ("TOTAL: R 49,99", "email.apple.com", "49.99"),
        ("Monthly instalment R16 482,55", "absa.co.za", "16482.55"),
        ("Amount due: R929.00", "multichoice.co.za", "929.00"),
        ("Your Standard plan will be R179/month", "account.netflix.com", "179.00"),
        ("We'll charge R1 299,00 (incl. VAT)", "microsoft.com", "1299.00"),
        ("We've charged R179 to your card. Netflix South Africa", "account.netflix.com", "179.00"),
        ("Amount due R699", "vodacom.co.za", "699.00"),
    ],
)
def test_the_rand_is_read_before_its_number(text: str, domain: str, expected: str) -> None:
    (price,) = find_prices(text, domain=domain)
    assert (price.amount, price.currency) == (Decimal(expected), "ZAR")


@pytest.mark.parametrize(
    "text",
    ["IBM ThinkPad R32 for sale", "forthcoming R300-based cards", "id g7R98Zfw023197", "R2D2", "2026 R 5"],
)
def test_an_r_that_names_a_model_is_no_rand(text: str) -> None:
    assert find_prices(text, domain="example.com") == []


def test_the_rand_sign_leaves_the_real_to_brazil() -> None:
    prices = find_prices("Renovação em 14 de jan. de 2026 R$ 16,90")
    assert [(p.amount, p.currency) for p in prices] == [(Decimal("16.90"), "BRL")]


def test_numbers_without_currency_are_not_prices() -> None:
    assert find_prices("Order 123 456, 2 x 3.99, call 0800 123 456") == []


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("renews on December 26, 2026", "en", date(2026, 12, 26)),
        ("verlängert sich am 5. März 2027", "en", date(2027, 3, 5)),
        ("le 5 mars 2027", "en", date(2027, 3, 5)),
        ("el 5 de marzo de 2027", "en", date(2027, 3, 5)),
        ("il 5 marzo 2027", "en", date(2027, 3, 5)),
        ("op 12 mrt. 2027", "en", date(2027, 3, 12)),
        ("em 5 de mar. de 2027", "en", date(2027, 3, 5)),
        ("next: 03/05/2027", "en", date(2027, 3, 5)),
        ("next: 03/05/2027", "intl", date(2027, 5, 3)),
        ("am 05.03.2027", "en", date(2027, 3, 5)),
        # German leaves out the year of a date soon to come: the next 12 January.
        ("Ihr Abo endet am 12.01. und verlängert sich", "en", date(2027, 1, 12)),
        ("on 2027-03-05", "en", date(2027, 3, 5)),
        ("Renews Jan 3", "en", date(2027, 1, 3)),
    ],
)
def test_dates_in_many_formats(text: str, hint: str, expected: date) -> None:
    found = find_dates(text, lang_hint=hint, ref=date(2026, 11, 29))
    assert [d for _, d in found] == [expected]


def test_a_number_with_dots_is_no_yearless_date_without_a_preposition_of_time() -> None:
    assert find_dates("Gutschrift 12.01. EUR, Version 3.2.", lang_hint="en", ref=date(2026, 11, 29)) == []


@pytest.mark.parametrize(
    ("text", "cycle"),
    [
        ("€9.99/month", "monthly"),
        ("£79.99 per year", "yearly"),
        ("billed every 3 months", "quarterly"),
        ("Jahresabo Digital", "yearly"),
        ("abonnement mensuel", "monthly"),
        ("plan anual", "yearly"),
        ("HelloFresh box, weekly delivery", "weekly"),
        ("$9.99/mo, save with annual billing, annual plan", "monthly"),
    ],
)
def test_cycle_wording(text: str, cycle: str) -> None:
    prices = find_prices(text)
    assert find_cycle(text, prices[0].end if prices else None) == cycle


def test_an_encoded_display_name_with_a_comma_stays_one_name() -> None:
    raw = (
        b"From: =?iso-8859-1?q?Stadt_Leipzig=2C_Amt_f=FCr_Jugend_und_Familie?=\n <kita@leipzig.example>\n"
        b"To: a@example.org\nSubject: Beitragsbescheid\nDate: Wed, 14 Jan 2026 09:00:00 +0100\n\nText\n"
    )
    mail = parse_message(raw, "x")
    assert (mail.sender_name, mail.sender_addr) == (
        "Stadt Leipzig, Amt für Jugend und Familie",
        "kita@leipzig.example",
    )


def test_des_before_monats_is_an_article_not_norwegian_december() -> None:
    assert find_dates("Fälligkeit jeweils zum 15. des Monats", lang_hint="de", ref=date(2026, 2, 1)) == []
    assert find_dates("forfall 15. des. 2026", lang_hint="en", ref=date(2026, 2, 1)) == [
        (8, date(2026, 12, 15))
    ]


def test_a_japanese_ranges_end_takes_the_year_of_its_start() -> None:
    found = [d for _, d in find_dates("ご利用期間 2026年10月1日〜10月31日", ref=date(2026, 11, 11))]
    assert found == [date(2026, 10, 1), date(2026, 10, 31)]
    across = [d for _, d in find_dates("対象期間 2026年12月1日\uff5e1月31日", ref=date(2026, 11, 11))]
    assert across == [date(2026, 12, 1), date(2027, 1, 31)]
