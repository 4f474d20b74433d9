# ruff: noqa: E501, RUF001, C901  (real mail: long lines, typographic dashes)
"""Write the held-out email evaluation set: bench/data/email-heldout/{heldout.mbox, truth, labels}.

    uv run python scripts/gen_email_heldout.py

Written independently of the main evaluation generator (scripts/gen_email_eval.py) and of
its templates, to judge how the detector does on mail it was not tuned on: the styles of
real senders (app stores, payment processors, newspapers, telecoms, gyms, ...), seven
languages, many currencies and locale formats, plain/HTML-only/multipart bodies in
8bit, base64 and quoted-printable, and at least as many hard negatives as positives.
Deterministic: the same output on every run. "Today" for the truth is 2026-11-29.
"""

from __future__ import annotations

import base64
import calendar
import hashlib
import json
import quopri
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "bench" / "data" / "email-heldout"
TODAY = date(2026, 11, 29)

# ---------------------------------------------------------------- formatting helpers

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}


def month(lang: str, d: date) -> str:
    return MONTHS[lang].split()[d.month - 1]


def fd(d: date, style: str) -> str:
    """A date the way a sender in that locale writes it."""
    if style == "us":
        return f"{month('en', d)} {d.day}, {d.year}"
    if style == "us_short":
        return f"{month('en', d)[:3]} {d.day}, {d.year}"
    if style == "uk":
        return f"{d.day} {month('en', d)} {d.year}"
    if style == "uk_short":
        return f"{d.day} {month('en', d)[:3]} {d.year}"
    if style == "us_num":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "de_long":
        return f"{d.day}. {month('de', d)} {d.year}"
    if style in ("fr", "it", "nl"):
        return f"{d.day} {month(style, d)} {d.year}"
    if style == "num":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style in ("es", "pt"):
        return f"{d.day} de {month(style, d)} de {d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def money(amount: str, style: str) -> str:
    """A price the way a sender in that locale writes it (``amount`` like ``"1234.50"``)."""
    whole, _, cents = amount.partition(".")
    cents = cents or "00"

    def grouped(sep: str) -> str:
        digits = whole
        parts = []
        while len(digits) > 3:
            parts.insert(0, digits[-3:])
            digits = digits[:-3]
        parts.insert(0, digits)
        return sep.join(parts)

    us = f"{grouped(',')}.{cents}"
    eu = f"{grouped('.')},{cents}"
    table = {
        "usd": f"${us}",
        "usd_code": f"${us} USD",
        "gbp": f"£{us}",
        "eur_en": f"€{us}",
        "eur_de": f"{eu}\u00a0€",
        "eur_fr": f"{grouped(' ')},{cents}\u00a0€",
        "eur_es": f"{eu} €",
        "eur_nl": f"€ {eu}",
        "eur_it": f"€ {eu}",
        "eur_pt": f"{eu} €",
        "eur_code": f"{eu} EUR",
        "brl": f"R$ {eu}",
        "chf": f"CHF {us}",
        "cad": f"CA${us}",
        "aud": f"A${us}",
        "sek": f"{eu} kr",
        "pln": f"{eu} zł",
        "jpy": f"¥{grouped(',')}",
        "inr": f"₹{us}",
    }
    return table[style]


def add_months(d: date, n: int) -> date:
    index = d.month - 1 + n
    y, m = d.year + index // 12, index % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


STEP = {"monthly": 1, "quarterly": 3, "semiannual": 6, "yearly": 12}


def next_after(last: date, cycle: str) -> date:
    """The first renewal on or after today, stepping from the last charge."""
    k = 1
    while True:
        d = last + timedelta(days=7 * k) if cycle == "weekly" else add_months(last, STEP[cycle] * k)
        if d >= TODAY:
            return d
        k += 1


# ---------------------------------------------------------------- messages


@dataclass
class Mail:
    sender: tuple[str, str]
    subject: str
    sent: datetime
    text: str = ""
    html: str = ""
    label: str = "receipt"
    service: str | None = None
    charset: str = "utf-8"
    cte: str = "8bit"
    extra: dict[str, str] = field(default_factory=dict)


MAILS: list[Mail] = []
TRUTH: list[dict[str, str]] = []


def at(d: date, hour: int = 9, minute: int = 12) -> datetime:
    return datetime(d.year, d.month, d.day, hour, minute, 3, tzinfo=timezone(timedelta(hours=0)))


def add(mail: Mail) -> None:
    MAILS.append(mail)


def truth(name: str, amount: str, currency: str, cycle: str, status: str, nxt: date | None = None) -> None:
    row = {"name": name, "amount": amount, "currency": currency, "cycle": cycle, "status": status}
    if nxt is not None and status == "active":
        row["next_renewal"] = nxt.isoformat()
    TRUTH.append(row)


def table(rows: list[tuple[str, str]], *, bold_last: bool = False) -> str:
    cells = []
    for i, (k, v) in enumerate(rows):
        weight = "font-weight:bold;" if bold_last and i == len(rows) - 1 else ""
        cells.append(
            f'<tr><td style="padding:4px 0;color:#666;{weight}">{k}</td>'
            f'<td align="right" style="padding:4px 0;{weight}">{v}</td></tr>'
        )
    return (
        '<table width="100%" cellpadding="0" cellspacing="0" role="presentation">'
        + "".join(cells)
        + "</table>"
    )


def page(title: str, inner: str, *, preheader: str = "", footer: str = "") -> str:
    pre = f'<div style="display:none;max-height:0;overflow:hidden">{preheader}</div>' if preheader else ""
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>td{font-family:Arial}</style>"
        f"<title>{title}</title></head><body style='margin:0'>{pre}"
        '<table width="600" align="center"><tr><td>'
        f"<h1 style='font-size:22px'>{title}</h1>{inner}"
        f"<p style='font-size:11px;color:#999'>{footer}</p></td></tr></table></body></html>"
    )


def paras(*lines: str) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


# ================================================================ positives (subscriptions)

# ---- Apple App Store --------------------------------------------------------------

APPLE = ("Apple", "no_reply@email.apple.com")


def apple_receipt(
    d: date, app: str, plan: str, price: str, style: str, lang: str, renews: date | None, service: str | None
) -> None:
    order = "M" + hashlib.sha1(f"{app}{d}".encode()).hexdigest()[:9].upper()
    words = {
        "en": (
            "Your receipt from Apple.",
            "Receipt",
            "APPLE ACCOUNT",
            "DATE",
            "ORDER ID",
            "Renews",
            "TOTAL",
            "Billed to Visa .... 4410",
            "Write a Review | Report a Problem",
        ),
        "de": (
            "Deine Rechnung von Apple",
            "Rechnung",
            "APPLE-ACCOUNT",
            "DATUM",
            "BESTELLNUMMER",
            "Verlängerung am",
            "GESAMT",
            "Abgerechnet über Mastercard .... 2231",
            "Bewertung schreiben | Problem melden",
        ),
        "fr": (
            "Votre reçu Apple",
            "Reçu",
            "COMPTE APPLE",
            "DATE",
            "N° DE COMMANDE",
            "Renouvellement le",
            "TOTAL",
            "Facturé sur Visa .... 9012",
            "Rédiger un avis | Signaler un problème",
        ),
        "es": (
            "Tu recibo de Apple",
            "Recibo",
            "CUENTA DE APPLE",
            "FECHA",
            "N.º DE PEDIDO",
            "Se renueva el",
            "TOTAL",
            "Facturado a Visa .... 3321",
            "Escribir una reseña | Notificar un problema",
        ),
    }[lang]
    dstyle = {"en": "uk_short" if style == "gbp" else "us_short", "de": "de_long", "fr": "fr", "es": "es"}[
        lang
    ]
    item = f"<b>{app}</b><br>{plan}"
    if renews:
        item += f"<br>{words[5]} {fd(renews, dstyle)}"
    inner = (
        table([(words[2], "j.doe@icloud.com"), (words[3], fd(d, dstyle)), (words[4], order)])
        + "<p style='color:#888'>App Store</p>"
        + table([(item, money(price, style))])
        + f"<p>{words[7]}</p>"
        + table([(words[6], money(price, style))], bold_last=True)
        + f"<p>{words[8]}</p>"
    )
    add(
        Mail(
            APPLE,
            words[0],
            at(d, 7, 41),
            html=page(
                words[1], inner, footer="Apple Distribution International Ltd., Hollyhill, Cork, Ireland"
            ),
            label="receipt" if service else "one_off_purchase",
            service=service,
            cte="quoted-printable",
        )
    )


def apple_subs() -> None:
    # monthly app, three renewals
    for m in (9, 10, 11):
        d = date(2026, m, 5)
        apple_receipt(
            d, "Bear – Markdown Notes", "Bear Pro (Monthly)", "2.99", "usd", "en", add_months(d, 1), "Bear"
        )
    truth("Bear", "2.99", "USD", "monthly", "active", date(2026, 12, 5))
    # yearly, one renewal
    d = date(2026, 3, 14)
    apple_receipt(
        d,
        "Day One Journal: Private Diary",
        "Day One Premium (Yearly)",
        "34.99",
        "usd",
        "en",
        date(2027, 3, 14),
        "Day One",
    )
    truth("Day One", "34.99", "USD", "yearly", "active", date(2027, 3, 14))
    # German, yearly
    d = date(2026, 6, 20)
    apple_receipt(
        d,
        "Flighty – Live Flight Tracker",
        "Flighty Pro (Jährlich)",
        "59.99",
        "eur_de",
        "de",
        date(2027, 6, 20),
        "Flighty",
    )
    truth("Flighty", "59.99", "EUR", "yearly", "active", date(2027, 6, 20))
    # French, monthly
    for m in (10, 11):
        d = date(2026, m, 18)
        apple_receipt(
            d,
            "CARROT Weather",
            "Premium Ultra (Mensuel)",
            "4.99",
            "eur_fr",
            "fr",
            add_months(d, 1),
            "CARROT Weather",
        )
    truth("CARROT Weather", "4.99", "EUR", "monthly", "active", date(2026, 12, 18))
    # Spanish, monthly, GBP-free: EUR
    for m in (8, 9, 10, 11):
        d = date(2026, m, 2)
        apple_receipt(
            d,
            "Tiimo: Visual Planner",
            "Tiimo Premium (mensual)",
            "9.99",
            "eur_es",
            "es",
            add_months(d, 1),
            "Tiimo",
        )
    truth("Tiimo", "9.99", "EUR", "monthly", "active", date(2026, 12, 2))
    # UK, monthly, then a price increase notice
    for m in (9, 10, 11):
        apple_receipt(
            date(2026, m, 10),
            "Strava: Run, Bike, Hike",
            "Strava Subscription (Monthly)",
            "7.99",
            "gbp",
            "en",
            date(2026, m + 1, 10),
            "Strava",
        )
    add(
        Mail(
            APPLE,
            "Your subscription price is increasing",
            at(date(2026, 11, 12), 18, 2),
            html=page(
                "Price Increase",
                paras(
                    "Dear Customer,",
                    "The developer of <b>Strava: Run, Bike, Hike</b> is increasing the price of your "
                    "subscription <b>Strava Subscription (Monthly)</b> from £7.99/month to <b>£8.99/month</b>.",
                    "Your subscription will automatically renew at the new price starting "
                    "10 December 2026, unless you cancel it at least 24 hours before.",
                    "To view or cancel your subscriptions, go to Settings &gt; Apple Account &gt; Subscriptions.",
                    "Apple",
                ),
            ),
            label="price_change",
            service="Strava",
        )
    )
    truth("Strava", "8.99", "GBP", "monthly", "active", date(2026, 12, 10))
    # subscription confirmation
    add(
        Mail(
            APPLE,
            "Subscription Confirmation",
            at(date(2026, 11, 2), 21, 15),
            html=page(
                "Subscription Confirmation",
                paras(
                    "Dear Jane,",
                    "You've subscribed to the following:",
                )
                + table(
                    [
                        ("App", "Pixelmator Pro"),
                        ("Subscription", "Pixelmator Pro Annual"),
                        ("Content Provider", "Pixelmator Team"),
                        ("Price", "$49.99 per year"),
                        ("Starting", "November 2, 2026"),
                        ("Renewal Date", "November 2, 2027"),
                    ]
                )
                + paras(
                    "Your subscription will automatically renew unless it is cancelled at least 24 hours "
                    "before the end of the current period."
                ),
            ),
            label="receipt",
            service="Pixelmator Pro",
        )
    )
    truth("Pixelmator Pro", "49.99", "USD", "yearly", "active", date(2027, 11, 2))
    # expiring (cancelled) subscription
    for m in (9, 10):
        apple_receipt(
            date(2026, m, 8),
            "Fantastical – Calendar",
            "Flexibits Premium (Monthly)",
            "4.75",
            "usd",
            "en",
            date(2026, m + 1, 8),
            "Fantastical",
        )
    add(
        Mail(
            APPLE,
            "Your subscription is expiring",
            at(date(2026, 10, 21), 14, 0),
            text=(
                "Dear Jane,\n\nYou recently cancelled your subscription to Flexibits Premium (Monthly) in "
                "Fantastical – Calendar. Your subscription will expire on November 8, 2026 and you will "
                "not be charged again.\n\nIf you change your mind, you can resubscribe in Settings.\n\nApple"
            ),
            label="cancellation",
            service="Fantastical",
        )
    )
    truth("Fantastical", "4.75", "USD", "monthly", "cancelled")


# ---- Google Play ------------------------------------------------------------------

PLAY = ("Google Play", "googleplay-noreply@google.com")


def play_receipt(
    d: date,
    app: str,
    dev: str,
    price: str,
    style: str,
    per: str,
    lang: str,
    service: str | None,
    sub: bool = True,
) -> None:
    order = (
        "GPA."
        + hashlib.sha1(f"{app}{d}".encode()).hexdigest()[:4]
        + "-"
        + str(d.toordinal())[:4]
        + "-9912-33104"
    )
    if lang == "en":
        subject = f"Your Google Play Order Receipt from {fd(d, 'us_short')}"
        rows = [("Order number:", order), ("Order date:", fd(d, "us_short") + " 9:14:22 AM GMT")]
        body = paras("Thank you.", "You've made a purchase from the Google Play Store.")
        item = f"{app} ({dev})" + ("<br><i>Auto-renewing subscription</i>" if sub else "")
        price_cell = money(price, style) + (f"/{per}" if sub else "")
        tail = (
            paras(
                "You can manage your subscription in Google Play at any time. "
                "Subscriptions renew automatically until you cancel."
            )
            if sub
            else ""
        )
        inner = (
            table(rows)
            + body
            + table([("Item", "Price"), (item, price_cell)])
            + table([("Tax:", money("0.00", style)), ("Total:", price_cell)], bold_last=True)
            + tail
        )
    else:
        subject = f"Recibo de tu pedido de Google Play del {d.day} {month('es', d)[:3]}. {d.year}"
        rows = [("Número de pedido:", order), ("Fecha del pedido:", fd(d, "es"))]
        body = paras("Gracias.", "Has realizado una compra en Google Play Store.")
        item = f"{app} ({dev})" + ("<br><i>Suscripción con renovación automática</i>" if sub else "")
        price_cell = money(price, style) + (f"/{per}" if sub else "")
        inner = (
            table(rows)
            + body
            + table([("Artículo", "Precio"), (item, price_cell)])
            + table([("IVA (incluido):", money("1.74", style)), ("Total:", price_cell)], bold_last=True)
        )
    add(
        Mail(
            PLAY,
            subject,
            at(d, 9, 14),
            html=page("Google Play", inner, footer="Google LLC, 1600 Amphitheatre Pkwy"),
            label="receipt" if service else "one_off_purchase",
            service=service,
            cte="base64",
        )
    )


def play_subs() -> None:
    for m in (9, 10, 11):
        play_receipt(
            date(2026, m, 22),
            "Headway: Book Summaries Daily",
            "Headway Inc",
            "12.99",
            "usd",
            "month",
            "en",
            "Headway",
        )
    truth("Headway", "12.99", "USD", "monthly", "active", date(2026, 12, 22))
    play_receipt(
        date(2026, 5, 2), "Flo Calendario Menstrual", "Flo Health", "39.99", "eur_es", "año", "es", "Flo"
    )
    truth("Flo", "39.99", "EUR", "yearly", "active", date(2027, 5, 2))
    for m in (9, 10):
        play_receipt(
            date(2026, m, 1),
            "Reface: Face Swap AI Photo",
            "Neocortext",
            "5.99",
            "usd",
            "week" if False else "month",
            "en",
            "Reface",
        )
    add(
        Mail(
            PLAY,
            "Your subscription to Reface: Face Swap AI Photo on Google Play has been canceled",
            at(date(2026, 10, 14), 16, 40),
            html=page(
                "Subscription canceled",
                paras(
                    "Hi Jane,",
                    "You have canceled your subscription to <b>Reface PRO</b> from Neocortext on Google Play.",
                    "You can keep using your subscription until <b>November 1, 2026</b>. "
                    "After that, you won't be charged again.",
                    "To resubscribe, open the Play Store app and go to Payments &amp; subscriptions.",
                ),
            ),
            label="cancellation",
            service="Reface",
        )
    )
    truth("Reface", "5.99", "USD", "monthly", "cancelled")


# ---- Google One / other Google ---------------------------------------------------


def google_one() -> None:
    for m in (9, 10, 11):
        d = date(2026, m, 14)
        add(
            Mail(
                ("Google Payments", "payments-noreply@google.com"),
                "Your Google One payment receipt",
                at(d, 3, 20),
                text=(
                    f"Google One\n\nThanks for being a Google One member.\n\n"
                    f"You've been charged £1.59 for Google One 100 GB (Monthly) on {fd(d, 'uk')}.\n\n"
                    f"Order number: SOP.3321-5521-{m:02d}77\nPayment method: Mastercard •••• 4410\n"
                    f"Next payment: {fd(add_months(d, 1), 'uk')}\n\n"
                    "Your membership renews automatically each month until you cancel. Manage your "
                    "membership at one.google.com.\n\nGoogle Commerce Limited, Gordon House, Dublin"
                ),
                service="Google One",
            )
        )
    truth("Google One", "1.59", "GBP", "monthly", "active", date(2026, 12, 14))


# ---- PayPal -----------------------------------------------------------------------


def paypal_auto(d: date, merchant: str, amount: str, style: str, code: str, lang: str, service: str) -> None:
    tx = hashlib.sha1(f"{merchant}{d}".encode()).hexdigest()[:17].upper()
    if lang == "de":
        subject = f"Ihre Zahlung an {merchant}"
        text = (
            f"Guten Tag Jana Doe,\n\nSie haben eine automatische Zahlung in Höhe von {money(amount, style)} {code} "
            f'an {merchant} gesendet.\n\nDie Zahlung wird auf Ihrem Kontoauszug als "PAYPAL *{merchant.split()[0].upper()}" '
            f"angezeigt.\n\nHändler\n{merchant}\n\nTransaktionscode\n{tx}\n\nTransaktionsdatum\n{fd(d, 'de_long')}\n\n"
            f"Gesendeter Betrag\n{money(amount, style)} {code}\n\nZahlungsquelle\nSparkasse Girokonto x-4411\n\n"
            "Sie können Ihre automatischen Zahlungen in Ihrem PayPal-Konto unter Einstellungen > Zahlungen verwalten.\n\n"
            "PayPal (Europe) S.à r.l. et Cie, S.C.A."
        )
    elif lang == "fr":
        subject = f"Reçu de votre paiement à {merchant}"
        text = (
            f"Bonjour Jeanne Dupont,\n\nVous avez envoyé un paiement automatique de {money(amount, style)} {code} "
            f"à {merchant}.\n\nMarchand\n{merchant}\n\nNuméro de transaction\n{tx}\n\nDate de la transaction\n"
            f"{fd(d, 'fr')}\n\nMontant envoyé\n{money(amount, style)} {code}\n\n"
            "Vous pouvez gérer vos paiements automatiques depuis votre compte PayPal.\n\n"
            "PayPal (Europe) S.à r.l. et Cie, S.C.A."
        )
    elif lang == "es":
        subject = f"Recibo de su pago a {merchant}"
        text = (
            f"Hola, Juana Pérez:\n\nHa enviado un pago automático de {money(amount, style)} {code} a {merchant}.\n\n"
            f"Comerciante\n{merchant}\n\nId. de transacción\n{tx}\n\nFecha de la transacción\n{fd(d, 'es')}\n\n"
            f"Importe enviado\n{money(amount, style)} {code}\n\n"
            "Puede gestionar sus pagos automáticos desde su cuenta PayPal."
        )
    else:
        subject = f"Receipt for your payment to {merchant}"
        text = (
            f"Hello Jane Doe,\n\nYou sent an automatic payment of {money(amount, style)} {code} to {merchant}.\n\n"
            f"It may take a few moments for this transaction to appear in your account.\n\nMerchant\n{merchant}\n"
            f"janedoe@example.com\n\nTransaction ID\n{tx}\n\nTransaction date\n{fd(d, 'us_short')}\n\n"
            f"Amount sent\n{money(amount, style)} {code}\n\nFunding source\nVisa x-4410\n\n"
            "You can manage automatic payments in your PayPal account Settings > Payments.\n\nPayPal"
        )
    add(
        Mail(
            ("service@paypal.com", "service@paypal.com") if lang == "en" else ("PayPal", "service@paypal.de"),
            subject,
            at(d, 6, 2),
            text=text,
            service=service,
            charset="windows-1252" if lang != "en" else "utf-8",
            cte="quoted-printable",
        )
    )


def paypal_subs() -> None:
    for m in (9, 10, 11):
        paypal_auto(date(2026, m, 27), "Spotify AB", "10.99", "eur_de", "EUR", "de", "Spotify")
    truth("Spotify", "10.99", "EUR", "monthly", "active", date(2026, 12, 27))
    for m in (8, 9, 10, 11):
        paypal_auto(date(2026, m, 4), "Hetzner Online GmbH", "4.51", "eur_en", "EUR", "en", "Hetzner")
    truth("Hetzner", "4.51", "EUR", "monthly", "active", date(2026, 12, 4))
    for m in (10, 11):
        paypal_auto(date(2026, m, 16), "Mediapart", "11.00", "eur_fr", "EUR", "fr", "Mediapart")
    truth("Mediapart", "11.00", "EUR", "monthly", "active", date(2026, 12, 16))
    paypal_auto(date(2026, 2, 19), "Filmin", "75.00", "eur_es", "EUR", "es", "Filmin")
    truth("Filmin", "75.00", "EUR", "yearly", "active", date(2027, 2, 19))


# ---- Stripe / Paddle / FastSpring / Chargebee -----------------------------------


def stripe_receipt(
    d: date,
    merchant: str,
    addr: str,
    amount: str,
    style: str,
    line: str,
    period_end: date,
    service: str,
    dstyle: str = "us_short",
) -> None:
    no = f"{hashlib.sha1((merchant + str(d)).encode()).hexdigest()[:4].upper()}-{d.month:04d}"
    inner = (
        paras(f"Receipt from {merchant}", f"Receipt #{no}")
        + table(
            [
                ("AMOUNT PAID", money(amount, style)),
                ("DATE PAID", fd(d, dstyle)),
                ("PAYMENT METHOD", "Visa – 4242"),
            ]
        )
        + "<p><b>SUMMARY</b></p>"
        + table(
            [
                (f"{line}<br>{fd(d, dstyle)} – {fd(period_end, dstyle)}", money(amount, style)),
                ("Amount paid", money(amount, style)),
            ],
            bold_last=True,
        )
        + paras(f"If you have any questions, contact us at {addr.replace('receipts+acct', 'support')}.")
    )
    add(
        Mail(
            (merchant, f"receipts+acct_1N{len(merchant)}xQ@stripe.com"),
            f"Your receipt from {merchant} #{no}",
            at(d, 15, 30),
            html=page(f"Receipt from {merchant}", inner, footer="Powered by stripe"),
            service=service,
            cte="quoted-printable",
        )
    )


def processors() -> None:
    for m in (9, 10, 11):
        d = date(2026, m, 3)
        stripe_receipt(
            d, "Linear", "x", "8.00", "usd", "Linear Standard × 1 seat", add_months(d, 1), "Linear"
        )
    truth("Linear", "8.00", "USD", "monthly", "active", date(2026, 12, 3))
    d = date(2026, 2, 11)
    stripe_receipt(
        d,
        "Plausible Insights OÜ",
        "x",
        "90.00",
        "eur_en",
        "Growth plan (yearly)",
        add_months(d, 12),
        "Plausible",
        "uk_short",
    )
    truth("Plausible", "90.00", "EUR", "yearly", "active", date(2027, 2, 11))
    # Raycast: a declined charge, then the retry succeeds
    stripe_receipt(
        date(2026, 10, 15),
        "Raycast",
        "x",
        "8.00",
        "usd",
        "Raycast Pro (Monthly)",
        date(2026, 11, 15),
        "Raycast",
    )
    add(
        Mail(
            ("Raycast", "billing@raycast.com"),
            "Action required: your payment for Raycast Pro failed",
            at(date(2026, 11, 15), 15, 31),
            text=(
                "Hi Jane,\n\nWe tried to charge your card ending in 4242 for your Raycast Pro subscription "
                "($8.00), but the payment was declined by your bank.\n\nPlease update your payment method "
                "to keep your Pro features. We'll retry the charge in 2 days.\n\nUpdate payment method: "
                "https://raycast.com/billing\n\n— The Raycast Team"
            ),
            label="payment_failed",
            service="Raycast",
        )
    )
    stripe_receipt(
        date(2026, 11, 17),
        "Raycast",
        "x",
        "8.00",
        "usd",
        "Raycast Pro (Monthly)",
        date(2026, 12, 17),
        "Raycast",
    )
    truth("Raycast", "8.00", "USD", "monthly", "active", date(2026, 12, 17))

    # Paddle (merchant of record): sender is Paddle, product named in the body
    for d, product, vendor, amount, cyc, svc, nxt in (
        (
            date(2026, 9, 25),
            "Tower Pro – Yearly",
            "fournova Software GmbH",
            "69.00",
            "yearly",
            "Tower",
            date(2027, 9, 25),
        ),
        (
            date(2026, 11, 7),
            "CleanShot Cloud Pro (monthly)",
            "MTW Sp. z o.o.",
            "8.00",
            "monthly",
            "CleanShot",
            date(2026, 12, 7),
        ),
    ):
        add(
            Mail(
                ("Paddle", "help@paddle.com"),
                f"Your receipt for {product.split(' –')[0].split(' (')[0]}",
                at(d, 11, 5),
                html=page(
                    "Thanks for your order",
                    paras(
                        f"Paddle.com Market Ltd is the authorised reseller and merchant of record for {vendor}.",
                        "Here is your receipt.",
                    )
                    + table(
                        [
                            ("Product", product),
                            ("Order ID", f"{d.toordinal()}-77812"),
                            (
                                "Billing period",
                                f"{fd(d, 'uk_short')} to "
                                f"{fd(add_months(d, 12 if cyc == 'yearly' else 1), 'uk_short')}",
                            ),
                            ("Amount charged", money(amount, "usd")),
                            ("Next payment", f"{money(amount, 'usd')} on {fd(nxt, 'uk_short')}"),
                        ]
                    )
                    + paras("To manage or cancel your subscription, use the link in this email."),
                    footer="Paddle.com Market Ltd, Judd House, London",
                ),
                service=svc,
            )
        )
        truth(svc, amount, "USD", cyc, "active", nxt)
    # FastSpring
    for m in (10, 11):
        d = date(2026, m, 12)
        add(
            Mail(
                ("Mylio", "noreply@fastspring.com"),
                f"Your Mylio order receipt (MYL2610{m}-4471-22105)",
                at(d, 20, 45),
                text=(
                    "Thank you for your payment!\n\nThis is your receipt for the subscription renewal of "
                    "Mylio Photos+.\n\nOrder: MYL2610-4471-22105\n"
                    f"Date: {fd(d, 'us')}\n\nProduct                     Qty   Price\nMylio Photos+ Monthly"
                    f"        1     $9.99\n\nSubtotal: $9.99\nTax: $0.00\nTotal: $9.99 USD\n\n"
                    f"Your subscription will renew on {fd(add_months(d, 1), 'us')}.\n\n"
                    "FastSpring is the authorized reseller for Mylio, LLC."
                ),
                service="Mylio",
            )
        )
    truth("Mylio", "9.99", "USD", "monthly", "active", date(2026, 12, 12))
    # Chargebee (merchant's own name)
    for m in (10, 11):
        d = date(2026, m, 20)
        add(
            Mail(
                ("Tidio Billing", "billing@tidio.chargebee.com"),
                f"Invoice INV-{20260 + m} for your Tidio subscription",
                at(d, 8, 0),
                html=page(
                    "Invoice paid",
                    paras("Hi Jane,", "Thank you for your payment. Your invoice is attached.")
                    + table(
                        [
                            ("Invoice number", f"INV-{20260 + m}"),
                            ("Invoice date", fd(d, "uk")),
                            ("Plan", "Tidio Growth – Monthly"),
                            ("Billing period", f"{fd(d, 'uk')} - {fd(add_months(d, 1), 'uk')}"),
                            ("Subtotal", "€24.39"),
                            ("VAT (23%)", "€5.61"),
                            ("Total", "€30.00"),
                        ],
                        bold_last=True,
                    ),
                ),
                service="Tidio",
            )
        )
    truth("Tidio", "30.00", "EUR", "monthly", "active", date(2026, 12, 20))


# ---- Patreon, Substack, news -------------------------------------------------------


def creators_and_news() -> None:
    for m in (10, 11):
        d = date(2026, m, 1)
        add(
            Mail(
                ("Patreon", "no-reply@patreon.com"),
                "Your Patreon receipt",
                at(d, 10, 0),
                html=page(
                    "Thanks for your support!",
                    paras("Here's your receipt for your memberships this month.")
                    + table(
                        [
                            ("Kurzgesagt – In a Nutshell · Tier: Birb", "$5.00"),
                            ("Sales tax", "$0.00"),
                            ("Total charged", "$5.00"),
                        ],
                        bold_last=True,
                    )
                    + paras(
                        f"Charged on {fd(d, 'us')} to Visa ending 4410.",
                        "You're billed monthly on the 1st. Manage your memberships on patreon.com.",
                    ),
                ),
                service="Patreon",
            )
        )
    truth("Patreon", "5.00", "USD", "monthly", "active", date(2026, 12, 1))
    d = date(2026, 4, 9)
    add(
        Mail(
            ("The Pragmatic Engineer", "pragmaticengineer+billing@substack.com"),
            "Your receipt from The Pragmatic Engineer",
            at(d, 13, 13),
            html=page(
                "Receipt",
                paras("Thanks for subscribing to The Pragmatic Engineer!")
                + table([("Annual subscription", "$150.00"), ("Total", "$150.00")], bold_last=True)
                + paras(
                    f"Paid {fd(d, 'us')}. Your subscription renews on {fd(add_months(d, 12), 'us')}.",
                    "Substack Inc., 548 Market Street, San Francisco",
                ),
            ),
            service="The Pragmatic Engineer",
        )
    )
    truth("The Pragmatic Engineer", "150.00", "USD", "yearly", "active", date(2027, 4, 9))
    for m in (9, 10, 11):
        d = date(2026, m, 24)
        add(
            Mail(
                ("The New York Times", "nytimes@e.newyorktimes.com"),
                "Your New York Times payment receipt",
                at(d, 12, 0),
                text=(
                    "Thank you for your payment.\n\nSubscription: All Access Digital\n"
                    f"Amount charged: $25.00\nPayment date: {fd(d, 'us_num')}\n"
                    f"Next bill date: {fd(add_months(d, 1), 'us_num')}\n"
                    "Billing frequency: Monthly\n\nQuestions? Visit help.nytimes.com.\n"
                    "The New York Times Company, 620 Eighth Avenue, New York, NY"
                ),
                service="The New York Times",
                cte="base64",
            )
        )
    truth("The New York Times", "25.00", "USD", "monthly", "active", date(2026, 12, 24))
    for m in (10, 11):
        d = date(2026, m, 6)
        add(
            Mail(
                ("Le Monde", "abonnements@lemonde.fr"),
                "Votre facture Le Monde est disponible",
                at(d, 5, 30),
                html=page(
                    "Votre facture",
                    paras(
                        "Chère abonnée, cher abonné,",
                        f"Votre facture du {fd(d, 'fr')} pour votre abonnement <b>Le Monde Numérique</b> "
                        "est disponible dans votre espace abonné.",
                    )
                    + table(
                        [
                            ("Formule", "Numérique – mensuelle"),
                            ("Montant TTC", money("11.99", "eur_fr")),
                            ("Mode de paiement", "Prélèvement SEPA"),
                            ("Date de prélèvement", fd(d + timedelta(days=2), "num")),
                        ]
                    )
                    + paras("Merci de votre fidélité."),
                ),
                service="Le Monde",
                charset="windows-1252",
                cte="quoted-printable",
            )
        )
    truth("Le Monde", "11.99", "EUR", "monthly", "active", date(2026, 12, 6))
    for m in (9, 10, 11):
        d = date(2026, m, 28)
        add(
            Mail(
                ("Süddeutsche Zeitung", "leserservice@sz.de"),
                f"Ihre Rechnung für SZ Plus – {month('de', d)} {d.year}",
                at(d, 4, 0),
                text=(
                    "Sehr geehrte Frau Doe,\n\nvielen Dank, dass Sie die Süddeutsche Zeitung lesen. Anbei erhalten "
                    f"Sie Ihre Rechnung für Ihr Abonnement SZ Plus.\n\nRechnungsdatum: {fd(d, 'de')}\n"
                    f"Leistungszeitraum: {fd(d, 'de')} - {fd(add_months(d, 1) - timedelta(days=1), 'de')}\n"
                    f"Rechnungsbetrag: {money('14.99', 'eur_de')} (inkl. 7 % MwSt.)\n\nDer Betrag wird in den "
                    "nächsten Tagen per SEPA-Lastschrift von Ihrem Konto abgebucht.\n\nMit freundlichen Grüßen\n"
                    "Ihr SZ-Leserservice\nSüddeutsche Zeitung GmbH, Hultschiner Straße 8, 81677 München"
                ),
                service="Süddeutsche Zeitung",
                charset="windows-1252",
                cte="quoted-printable",
            )
        )
    truth("Süddeutsche Zeitung", "14.99", "EUR", "monthly", "active", date(2026, 12, 28))
    add(
        Mail(
            ("EL PAÍS", "suscripciones@elpais.es"),
            "Actualización del precio de tu suscripción",
            at(date(2026, 11, 2), 9, 0),
            html=page(
                "Actualización de precio",
                paras(
                    "Hola, Juana:",
                    "Gracias por formar parte de la comunidad de suscriptores de EL PAÍS.",
                    "Te escribimos para informarte de que, a partir del <b>1 de diciembre de 2026</b>, el precio "
                    "de tu suscripción digital pasará de 10,00 € a <b>12,00 € al mes</b>.",
                    "No tienes que hacer nada: el nuevo importe se cobrará automáticamente en tu próxima "
                    "renovación. Si lo deseas, puedes darte de baja en cualquier momento desde Mi cuenta.",
                    "Un saludo,<br>El equipo de EL PAÍS",
                ),
            ),
            label="price_change",
            service="El País",
        )
    )
    add(
        Mail(
            ("EL PAÍS", "suscripciones@elpais.es"),
            "Confirmación de pago de tu suscripción",
            at(date(2026, 11, 1), 7, 0),
            text=(
                "Hola, Juana:\n\nHemos cobrado 10,00 € correspondientes a tu suscripción digital mensual a "
                "EL PAÍS.\n\nFecha de cobro: 01/11/2026\nPróximo cobro: 01/12/2026\n\nGracias por apoyar el "
                "periodismo de calidad."
            ),
            service="El País",
        )
    )
    truth("El País", "12.00", "EUR", "monthly", "active", date(2026, 12, 1))
    add(
        Mail(
            ("Corriere della Sera", "abbonamenti@corriere.it"),
            "Il tuo abbonamento Corriere Digital Edition si rinnoverà a breve",
            at(date(2026, 11, 20), 8, 30),
            html=page(
                "Rinnovo del tuo abbonamento",
                paras(
                    "Gentile lettrice, gentile lettore,",
                    "ti ricordiamo che il tuo abbonamento annuale <b>Corriere Digital Edition</b> si rinnoverà "
                    "automaticamente il <b>4 dicembre 2026</b>.",
                    f"Importo del rinnovo: <b>{money('49.99', 'eur_it')}</b> (IVA inclusa), addebitato sul metodo "
                    "di pagamento registrato.",
                    "Puoi gestire o disdire il rinnovo dalla tua area personale.",
                ),
            ),
            label="renewal_notice",
            service="Corriere della Sera",
            cte="quoted-printable",
        )
    )
    truth("Corriere della Sera", "49.99", "EUR", "yearly", "active", date(2026, 12, 4))
    for m in (10, 11):
        d = date(2026, m, 9)
        add(
            Mail(
                ("de Volkskrant", "klantenservice@volkskrant.nl"),
                "Je betaling is ontvangen",
                at(d, 7, 7),
                text=(
                    "Beste lezer,\n\nBedankt! We hebben je betaling voor je abonnement op de Volkskrant ontvangen."
                    f"\n\nAbonnement: Volkskrant Digitaal\nBedrag: {money('19.50', 'eur_nl')}\n"
                    f"Betaaldatum: {fd(d, 'nl')}\nVolgende betaling: {fd(add_months(d, 1), 'nl')}\n"
                    "Je betaalt per maand via automatische incasso.\n\nMet vriendelijke groet,\nKlantenservice "
                    "de Volkskrant"
                ),
                service="de Volkskrant",
            )
        )
    truth("de Volkskrant", "19.50", "EUR", "monthly", "active", date(2026, 12, 9))
    d = date(2026, 11, 13)
    add(
        Mail(
            ("PÚBLICO", "assinaturas@publico.pt"),
            "A sua assinatura PÚBLICO foi renovada",
            at(d, 10, 10),
            text=(
                "Olá,\n\nA sua assinatura digital do PÚBLICO foi renovada com sucesso.\n\n"
                f"Plano: Digital Mensal\nValor cobrado: {money('7.99', 'eur_pt')}\nData: {fd(d, 'pt')}\n"
                f"Próxima renovação: {fd(add_months(d, 1), 'pt')}\n\nObrigado por apoiar o jornalismo "
                "independente.\nEquipa PÚBLICO"
            ),
            service="Público",
            cte="base64",
        )
    )
    truth("Público", "7.99", "EUR", "monthly", "active", date(2026, 12, 13))


# ---- software & services billing directly ------------------------------------------


def saas() -> None:
    for m in (9, 10, 11):
        d = date(2026, m, 19)
        add(
            Mail(
                ("Notion", "team@makenotion.com"),
                f"Your receipt from Notion Labs, Inc. #{2210 + m}-3341",
                at(d, 17, 2),
                html=page(
                    "Receipt from Notion Labs, Inc.",
                    table(
                        [
                            ("Amount paid", "$10.00"),
                            ("Date paid", fd(d, "us_short")),
                            ("Payment method", "Mastercard – 8812"),
                        ]
                    )
                    + table(
                        [
                            (
                                f"Plus plan (monthly) · 1 member<br>{fd(d, 'us_short')} – "
                                f"{fd(add_months(d, 1), 'us_short')}",
                                "$10.00",
                            ),
                            ("Total", "$10.00"),
                        ],
                        bold_last=True,
                    ),
                ),
                service="Notion",
            )
        )
    truth("Notion", "10.00", "USD", "monthly", "active", date(2026, 12, 19))
    d = date(2026, 7, 2)
    add(
        Mail(
            ("Slack", "feedback@slack.com"),
            "Your Slack receipt for Acme Studio",
            at(d, 1, 1),
            text=(
                "Thanks for your payment!\n\nWorkspace: Acme Studio (acme-studio.slack.com)\n"
                f"Date: {fd(d, 'us')}\nPlan: Pro, billed annually\nActive members: 1\n\n"
                "Pro plan – 1 member × $87.50 / year ........ $87.50\nTotal charged to Visa ending 4410: $87.50\n\n"
                f"Your next bill will be on {fd(add_months(d, 12), 'us')}.\n\nSlack Technologies, LLC"
            ),
            service="Slack",
        )
    )
    truth("Slack", "87.50", "USD", "yearly", "active", date(2027, 7, 2))
    add(
        Mail(
            ("Figma", "billing@figma.com"),
            "Your Figma Professional plan renews soon",
            at(date(2026, 11, 22), 16, 0),
            html=page(
                "Upcoming renewal",
                paras(
                    "Hi Jane,",
                    "This is a reminder that your <b>Professional</b> plan for the team <b>Jane's team</b> "
                    "will automatically renew on <b>December 15, 2026</b>.",
                    "You'll be charged <b>$144.00</b> (1 Full seat × $144/year) to the card on file.",
                    "No action is needed. To make changes, visit your team's billing settings.",
                ),
            ),
            label="renewal_notice",
            service="Figma",
        )
    )
    truth("Figma", "144.00", "USD", "yearly", "active", date(2026, 12, 15))
    d = date(2026, 8, 30)
    add(
        Mail(
            ("1Password", "billing@1password.com"),
            "Your 1Password Families receipt",
            at(d, 22, 10),
            text=(
                "Thanks for using 1Password Families!\n\nAccount: doe-family.1password.com\n"
                f"Invoice date: {fd(d, 'iso')}\nBilling period: {fd(d, 'iso')} to {fd(add_months(d, 12), 'iso')}\n\n"
                "1Password Families (annual)    CA$79.92\nGST/HST                        CA$0.00\n"
                "Total                          CA$79.92\n\nCharged to Visa ending in 4410.\n\n"
                "AgileBits Inc. dba 1Password, Toronto, Canada"
            ),
            service="1Password",
        )
    )
    truth("1Password", "79.92", "CAD", "yearly", "active", date(2027, 8, 30))
    d = date(2026, 3, 3)
    add(
        Mail(
            ("JetBrains Sales", "sales@jetbrains.com"),
            "JetBrains Order A7731204 – Subscription Renewal",
            at(d, 9, 45),
            text=(
                "Dear Jane Doe,\n\nThank you for renewing your JetBrains subscription.\n\n"
                "Order reference: A7731204\nProduct: All Products Pack – Personal annual subscription\n"
                f"Subscription period: {fd(d, 'uk')} – {fd(add_months(d, 12) - timedelta(days=1), 'uk')}\n"
                "Amount: €208.00 (incl. VAT)\nPaid by: Visa ****4410\n\nThe invoice is attached to this e-mail.\n"
                "Your subscription will renew automatically; you can turn off automatic renewal in your "
                "JetBrains Account.\n\nJetBrains s.r.o., Prague"
            ),
            service="JetBrains",
        )
    )
    truth("JetBrains", "208.00", "EUR", "yearly", "active", date(2027, 3, 3))
    d = date(2026, 10, 12)
    add(
        Mail(
            ("Microsoft", "microsoft-noreply@microsoft.com"),
            "Ihr Microsoft 365 Family-Abonnement wurde verlängert",
            at(d, 2, 30),
            html=page(
                "Vielen Dank für Ihr Abonnement",
                paras(
                    "Hallo Jana,", "Ihr Abonnement <b>Microsoft 365 Family</b> wurde erfolgreich verlängert."
                )
                + table(
                    [
                        ("Bestellnummer", "7712-4410-9931"),
                        ("Datum", fd(d, "de")),
                        ("Abonnement", "Microsoft 365 Family (jährlich)"),
                        ("Gesamtbetrag", money("129.00", "eur_de")),
                        ("Nächste Verlängerung", fd(add_months(d, 12), "de")),
                    ]
                )
                + paras(
                    "Sie können die wiederkehrende Abrechnung jederzeit unter account.microsoft.com deaktivieren."
                ),
            ),
            service="Microsoft 365",
            cte="base64",
        )
    )
    truth("Microsoft 365", "129.00", "EUR", "yearly", "active", date(2027, 10, 12))
    add(
        Mail(
            ("Amazon.fr", "prime@amazon.fr"),
            "Votre abonnement Amazon Prime sera bientôt renouvelé",
            at(date(2026, 11, 25), 6, 6),
            html=page(
                "Rappel de renouvellement",
                paras(
                    "Bonjour Jeanne,",
                    "Votre abonnement annuel Amazon Prime sera renouvelé automatiquement le "
                    "<b>12 décembre 2026</b> au prix de <b>69,90 €</b>.",
                    "Aucune action n'est requise de votre part. Vous pouvez gérer votre abonnement Prime "
                    "dans Votre compte.",
                ),
            ),
            label="renewal_notice",
            service="Amazon Prime",
        )
    )
    truth("Amazon Prime", "69.90", "EUR", "yearly", "active", date(2026, 12, 12))
    for m in (9, 10, 11):
        d = date(2026, m, 19)
        add(
            Mail(
                ("Audible", "donotreply@audible.co.uk"),
                "Your Audible membership receipt",
                at(d, 10, 15),
                text=(
                    f"Hi Jane,\n\nThank you for being an Audible member. Your Premium Plus membership renewed "
                    f"on {fd(d, 'uk')} and 1 credit has been added to your account.\n\nMembership: Audible "
                    "Premium Plus (monthly)\nAmount: £7.99 (incl. VAT)\n"
                    f"Next billing date: {fd(add_months(d, 1), 'uk')}\n\nHappy listening,\nAudible"
                ),
                service="Audible",
            )
        )
    truth("Audible", "7.99", "GBP", "monthly", "active", date(2026, 12, 19))
    add(
        Mail(
            ("Xbox", "xbox@engage.xbox.com"),
            "Changes to your Xbox Game Pass Ultimate price",
            at(date(2026, 10, 20), 19, 0),
            html=page(
                "An update on your membership",
                paras(
                    "Hi Jane,",
                    "We're writing to let you know that the price of your Xbox Game Pass Ultimate membership "
                    "is changing from $16.99 to <b>$19.99 per month</b>.",
                    "The new price will apply starting with your next billing date on or after "
                    "<b>December 9, 2026</b>. You don't need to do anything to keep your membership.",
                    "To cancel recurring billing, visit account.microsoft.com/services.",
                ),
            ),
            label="price_change",
            service="Xbox Game Pass",
        )
    )
    add(
        Mail(
            ("Microsoft", "microsoft-noreply@microsoft.com"),
            "Your Microsoft order has been processed",
            at(date(2026, 11, 9), 3, 3),
            text=(
                "Thank you for your order.\n\nXbox Game Pass Ultimate – 1 month\nRecurring billing: monthly\n"
                "Total: $16.99\nCharged to: PayPal\nOrder number: 6631-2291\n\nYour subscription renews on "
                "12/9/2026.\n\nMicrosoft Corporation, One Microsoft Way, Redmond"
            ),
            service="Xbox Game Pass",
        )
    )
    truth("Xbox Game Pass", "19.99", "USD", "monthly", "active", date(2026, 12, 9))
    add(
        Mail(
            ("PlayStation", "reply@txn-email.playstation.com"),
            "Tu suscripción a PlayStation Plus se renovará pronto",
            at(date(2026, 11, 28), 11, 11),
            html=page(
                "Renovación automática",
                paras(
                    "Hola, jugador:",
                    "Tu suscripción de 12 meses a <b>PlayStation Plus Essential</b> se renovará "
                    "automáticamente el <b>5 de diciembre de 2026</b>.",
                    "Importe: <b>71,99 €</b>. Se cargará en el método de pago asociado a tu cuenta.",
                    "Puedes desactivar la renovación automática en Configuración &gt; Usuarios y cuentas.",
                ),
            ),
            label="renewal_notice",
            service="PlayStation Plus",
        )
    )
    truth("PlayStation Plus", "71.99", "EUR", "yearly", "active", date(2026, 12, 5))
    d = date(2026, 7, 23)
    add(
        Mail(
            ("Nintendo", "no-reply@accounts.nintendo.com"),
            "Merci pour votre achat",
            at(d, 20, 20),
            text=(
                "Merci d'avoir effectué un achat sur le Nintendo eShop.\n\n"
                "Article : Nintendo Switch Online – Abonnement individuel (12 mois)\n"
                f"Date : {fd(d, 'num')}\nPrix : 19,99 €\nSolde restant : 0,00 €\n\n"
                "Renouvellement automatique : activé. Votre abonnement sera renouvelé le "
                f"{fd(add_months(d, 12), 'num')}.\n\nNintendo of Europe SE"
            ),
            service="Nintendo Switch Online",
            charset="windows-1252",
        )
    )
    truth("Nintendo Switch Online", "19.99", "EUR", "yearly", "active", date(2027, 7, 23))


# ---- telecom & utilities ---------------------------------------------------------


def bills() -> None:
    for m, amt in ((10, "39.99"), (11, "42.49")):
        d = date(2026, m, 3)
        add(
            Mail(
                ("Vodafone", "rechnung@kabel.vodafone.de"),
                f"Ihre Vodafone-Rechnung für {month('de', d)} {d.year}",
                at(d, 3, 0),
                text=(
                    "Hallo Frau Doe,\n\nIhre neue Rechnung ist da. Sie finden sie als PDF im Anhang und in MeinVodafone."
                    f"\n\nKundennummer: 112233445\nRechnungsnummer: 2026{m}0031\nRechnungsbetrag: {money(amt, 'eur_de')}"
                    f"\nAbbuchung am: {fd(d + timedelta(days=7), 'de')}\n\nDer Betrag wird von Ihrem Konto "
                    "DE89 **** 4411 abgebucht.\n\nIhr Vodafone-Team"
                ),
                service="Vodafone",
                charset="windows-1252",
                cte="quoted-printable",
            )
        )
    truth("Vodafone", "42.49", "EUR", "monthly", "active", date(2026, 12, 3))
    for m, amt in ((9, "32.99"), (10, "32.99"), (11, "35.98")):
        d = date(2026, m, 11)
        add(
            Mail(
                ("Orange", "facture@orange.fr"),
                f"Votre facture Orange de {month('fr', d)} est disponible",
                at(d, 6, 0),
                html=page(
                    "Votre facture est disponible",
                    paras("Bonjour,", "Votre facture Orange est disponible dans votre Espace Client.")
                    + table(
                        [
                            ("Offre", "Livebox Fibre"),
                            ("Montant", money(amt, "eur_fr")),
                            ("Prélevé le", fd(d + timedelta(days=10), "num")),
                            ("Référence client", "0412 33 1009"),
                        ]
                    )
                    + paras("Merci de votre confiance."),
                ),
                service="Orange",
                cte="base64",
            )
        )
    truth("Orange", "35.98", "EUR", "monthly", "active", date(2026, 12, 11))
    for m, amt in ((10, "85.00"), (11, "85.00")):
        d = date(2026, m, 7)
        add(
            Mail(
                ("Verizon", "verizonwireless@vzwpix.com"),
                "Your Verizon bill is ready",
                at(d, 12, 40),
                text=(
                    "Hi Jane,\n\nYour bill for account ending in 0001-1 is ready to view.\n\n"
                    f"Amount due: ${amt}\nAutoPay scheduled: {fd(d + timedelta(days=14), 'us_num')}\n\n"
                    "Since you're enrolled in AutoPay, your payment will be made automatically. "
                    "View your bill in the My Verizon app.\n\nVerizon"
                ),
                service="Verizon",
            )
        )
    truth("Verizon", "85.00", "USD", "monthly", "active", date(2026, 12, 7))
    for m, amt in ((9, "71.20"), (10, "78.32"), (11, "92.10")):
        d = date(2026, m, 26)
        add(
            Mail(
                ("Octopus Energy", "hello@octopus.energy"),
                "Your latest Octopus Energy bill",
                at(d, 8, 8),
                text=(
                    "Hello Jane,\n\nYour new statement is ready. Here's a quick summary:\n\n"
                    f"Statement period: {fd(add_months(d, -1), 'uk')} to {fd(d, 'uk')}\n"
                    f"Electricity: £{amt}\nYour Direct Debit of £{amt} will be collected on or just after "
                    f"{fd(d + timedelta(days=5), 'uk')}.\n\nThanks for being an Octopus customer!"
                ),
                service="Octopus Energy",
            )
        )
    truth("Octopus Energy", "92.10", "GBP", "monthly", "active", date(2026, 12, 26))
    for m in (10, 11):
        d = date(2026, m, 21)
        add(
            Mail(
                ("KPN", "noreply@kpn.com"),
                "Je nieuwe factuur van KPN staat klaar",
                at(d, 5, 5),
                html=page(
                    "Je factuur staat klaar",
                    paras(
                        "Beste klant,",
                        "Je nieuwe factuur voor KPN Internet + TV staat voor je klaar in MijnKPN.",
                    )
                    + table(
                        [
                            ("Factuurbedrag", money("45.00", "eur_nl")),
                            ("Factuurdatum", fd(d, "nl")),
                            ("Wordt afgeschreven rond", fd(d + timedelta(days=7), "nl")),
                        ]
                    )
                    + paras("Je betaalt maandelijks via automatische incasso."),
                ),
                service="KPN",
                cte="quoted-printable",
            )
        )
    truth("KPN", "45.00", "EUR", "monthly", "active", date(2026, 12, 21))
    for m, amt in ((10, "58.90"), (11, "58.90")):
        d = date(2026, m, 1)
        add(
            Mail(
                ("Movistar", "facturaelectronica@movistar.es"),
                "Tu factura de Movistar ya está disponible",
                at(d, 9, 9),
                text=(
                    "Hola:\n\nYa tienes disponible tu factura de Movistar en Mi Movistar.\n\n"
                    f"Periodo de facturación: {fd(add_months(d, -1), 'num')} - {fd(d - timedelta(days=1), 'num')}\n"
                    f"Importe total: {money(amt, 'eur_es')}\nFecha de cargo en cuenta: {fd(d + timedelta(days=5), 'num')}"
                    "\n\nGracias por confiar en Movistar."
                ),
                service="Movistar",
            )
        )
    truth("Movistar", "58.90", "EUR", "monthly", "active", date(2026, 12, 1))
    d = date(2026, 11, 16)
    add(
        Mail(
            ("TIM", "comunicazioni@tim.it"),
            "La tua fattura TIM è disponibile",
            at(d, 7, 30),
            text=(
                "Gentile cliente,\n\nla fattura della tua linea fissa TIM è disponibile nell'area MyTIM.\n\n"
                f"Numero fattura: RH0112233\nData emissione: {fd(d, 'num')}\nImporto: {money('29.90', 'eur_it')}\n"
                f"Scadenza: {fd(d + timedelta(days=20), 'num')}\nModalità di pagamento: addebito su conto corrente\n\n"
                "Il canone mensile è addebitato automaticamente.\n\nTIM S.p.A."
            ),
            service="TIM",
        )
    )
    truth("TIM", "29.90", "EUR", "monthly", "active", date(2026, 12, 16))


# ---- gyms, meal kits, VPNs ---------------------------------------------------------


def lifestyle() -> None:
    for m in (9, 10, 11):
        d = date(2026, m, 1)
        add(
            Mail(
                ("PureGym", "noreply@puregym.com"),
                "Your PureGym membership payment",
                at(d, 7, 0),
                text=(
                    f"Hi Jane,\n\nWe've taken your monthly membership payment of £24.99 by Direct Debit on "
                    f"{fd(d, 'uk')}.\n\nHome gym: London Holborn\nMembership: Core\n"
                    f"Next payment date: {fd(add_months(d, 1), 'uk')}\n\nSee you at the gym!\nPureGym"
                ),
                service="PureGym",
            )
        )
    truth("PureGym", "24.99", "GBP", "monthly", "active", date(2026, 12, 1))
    for m in (10, 11):
        d = date(2026, m, 14)
        add(
            Mail(
                ("Basic-Fit", "noreply@basic-fit.com"),
                "Bevestiging van je betaling",
                at(d, 9, 30),
                text=(
                    f"Hoi Jana,\n\nWe hebben je betaling van {money('29.99', 'eur_nl')} voor je Basic-Fit "
                    f"lidmaatschap (Premium) ontvangen op {fd(d, 'nl')}.\n\nVolgende incasso: "
                    f"{fd(add_months(d, 1), 'nl')}\n\nSportieve groet,\nTeam Basic-Fit"
                ),
                service="Basic-Fit",
            )
        )
    truth("Basic-Fit", "29.99", "EUR", "monthly", "active", date(2026, 12, 14))
    d = date(2026, 9, 15)
    add(
        Mail(
            ("McFIT", "service@mcfit.com"),
            "Deine Beitragsrechnung September",
            at(d, 6, 0),
            text=(
                f"Hallo Jana,\n\nanbei deine Rechnung für deine McFIT Mitgliedschaft.\n\nMonatsbeitrag: "
                f"{money('24.90', 'eur_de')}\nAbbuchung: {fd(d, 'de')}\n\nDein McFIT Team"
            ),
            service="McFIT",
        )
    )
    add(
        Mail(
            ("McFIT", "service@mcfit.com"),
            "Kündigungsbestätigung deiner Mitgliedschaft",
            at(date(2026, 9, 30), 10, 0),
            text=(
                "Hallo Jana,\n\nhiermit bestätigen wir den Eingang deiner Kündigung. Deine Mitgliedschaft im "
                "Studio Berlin-Mitte endet zum 31.10.2026. Bis dahin kannst du weiterhin trainieren.\n\n"
                "Schade, dass du gehst!\nDein McFIT Team"
            ),
            label="cancellation",
            service="McFIT",
        )
    )
    truth("McFIT", "24.90", "EUR", "monthly", "cancelled")
    for wk in range(5):
        d = date(2026, 10, 28) + timedelta(days=7 * wk)
        add(
            Mail(
                ("Gousto", "hello@gousto.co.uk"),
                f"Payment confirmation for your box delivering {fd(d + timedelta(days=3), 'uk_short')}",
                at(d, 11, 0),
                text=(
                    "Hi Jane,\n\nThanks! We've taken payment for your upcoming box.\n\n"
                    "Box: 4 recipes for 2 people\nTotal charged: £39.99\n"
                    f"Delivery day: {fd(d + timedelta(days=3), 'uk')}\n\nYour subscription delivers every week. "
                    "You can skip or pause any box in the app.\n\nGousto"
                ),
                service="Gousto",
            )
        )
    truth("Gousto", "39.99", "GBP", "weekly", "active", date(2026, 12, 2))
    add(
        Mail(
            ("NordVPN", "support@nordaccount.com"),
            "Your NordVPN subscription renews in 7 days",
            at(date(2026, 11, 26), 14, 14),
            html=page(
                "Auto-renewal reminder",
                paras(
                    "Hello,",
                    "Your NordVPN Standard plan will renew automatically on <b>December 3, 2026</b>.",
                    "Renewal price: <b>$99.00</b> for 1 year (plus applicable taxes).",
                    "If you'd like to cancel automatic renewal, you can do so in Nord Account.",
                ),
            ),
            label="renewal_notice",
            service="NordVPN",
        )
    )
    truth("NordVPN", "99.00", "USD", "yearly", "active", date(2026, 12, 3))
    for m in (10, 11):
        d = date(2026, m, 29)
        add(
            Mail(
                ("Proton", "no-reply@proton.me"),
                "Proton – Payment confirmation",
                at(d, 0, 5),
                text=(
                    f"Dear user,\n\nThank you for your payment for VPN Plus.\n\nAmount: 9,99 €\nDate: "
                    f"{fd(d, 'iso')}\nBilling cycle: 1 month\nNext billing date: {fd(add_months(d, 1), 'iso')}\n\n"
                    "Proton AG, Route de la Galaise 32, Geneva"
                ),
                service="Proton",
            )
        )
    truth("Proton", "9.99", "EUR", "monthly", "active", date(2026, 12, 29))
    d = date(2026, 1, 8)
    add(
        Mail(
            ("Surfshark", "billing@surfshark.com"),
            "Surfshark payment receipt",
            at(d, 13, 0),
            text=(
                f"Thank you for choosing Surfshark!\n\nPlan: Surfshark Starter – 1 year\nAmount paid: $47.88\n"
                f"Date: {fd(d, 'us')}\nYour plan renews on {fd(add_months(d, 12), 'us')}.\n\nSurfshark B.V."
            ),
            service="Surfshark",
        )
    )
    add(
        Mail(
            ("Surfshark", "billing@surfshark.com"),
            "Your Surfshark auto-renewal has been turned off",
            at(date(2026, 11, 5), 13, 0),
            text=(
                "Hi,\n\nAs requested, automatic renewal for your Surfshark subscription has been turned off. "
                "Your plan stays active until January 8, 2027 and will not renew.\n\nSurfshark Support"
            ),
            label="cancellation",
            service="Surfshark",
        )
    )
    truth("Surfshark", "47.88", "USD", "yearly", "cancelled")


# ---- trials, price changes, failures, cancellations, lapsed -------------------------


def notices() -> None:
    add(
        Mail(
            ("Canva", "no-reply@canva.com"),
            "Your Canva Pro free trial ends in 3 days",
            at(date(2026, 11, 27), 10, 0),
            html=page(
                "Your trial is ending soon",
                paras(
                    "Hi Jane,",
                    "Just a heads up: your Canva Pro free trial ends on <b>November 30, 2026</b>.",
                    "After that, you'll be charged <b>$119.99/year</b> unless you cancel before the trial ends.",
                    "Keep designing with premium templates, Brand Kit and Magic Studio.",
                ),
            ),
            label="trial_ending",
            service="Canva",
        )
    )
    truth("Canva", "119.99", "USD", "yearly", "active", date(2026, 11, 30))
    add(
        Mail(
            ("Babbel", "kundenservice@babbel.com"),
            "Votre période d'essai se termine bientôt",
            at(date(2026, 11, 28), 9, 0),
            text=(
                "Bonjour,\n\nVotre période d'essai gratuite de Babbel se termine le 5 décembre 2026. "
                "Ensuite, votre abonnement de 3 mois sera facturé 29,97 € (9,99 € par mois) et renouvelé "
                "automatiquement.\n\nVous pouvez annuler à tout moment dans les paramètres de votre compte.\n\n"
                "L'équipe Babbel"
            ),
            label="trial_ending",
            service="Babbel",
        )
    )
    truth("Babbel", "29.97", "EUR", "quarterly", "active", date(2026, 12, 5))
    add(
        Mail(
            ("Readwise", "hello@readwise.io"),
            "Your Readwise trial is ending",
            at(date(2026, 11, 26), 18, 0),
            text=(
                "Hey Jane,\n\nYour 30-day free trial of Readwise Full ends on Sun, Dec 6, 2026. On that date "
                "your card will be charged $9.99 and your subscription will continue month to month.\n\n"
                "Cheers,\nTristan & Dan"
            ),
            label="trial_ending",
            service="Readwise",
        )
    )
    truth("Readwise", "9.99", "USD", "monthly", "active", date(2026, 12, 6))
    add(
        Mail(
            ("Netflix", "info@account.netflix.com"),
            "Änderung deines Netflix-Preises",
            at(date(2026, 11, 18), 15, 0),
            html=page(
                "Wir aktualisieren deinen Preis",
                paras(
                    "Hallo Jana,",
                    "wir ändern den Preis deines Abos. Ab deiner nächsten Zahlung am <b>18. Dezember 2026</b> "
                    "kostet dein Standard-Abo <b>15,99 € pro Monat</b> (bisher 13,99 €).",
                    "Du kannst dein Abo jederzeit online ändern oder kündigen.",
                    "Dein Netflix-Team",
                ),
            ),
            label="price_change",
            service="Netflix",
        )
    )
    truth("Netflix", "15.99", "EUR", "monthly", "active", date(2026, 12, 18))
    add(
        Mail(
            ("Disney+", "disneyplus@mail.disneyplus.com"),
            "Évolution du prix de votre abonnement Disney+",
            at(date(2026, 11, 1), 16, 0),
            text=(
                "Bonjour,\n\nÀ partir du 15 décembre 2026, le prix de votre abonnement Disney+ Standard avec "
                "pub passera de 5,99 € à 6,99 € par mois. Ce nouveau tarif s'appliquera à votre prochaine "
                "date de facturation à compter de cette date.\n\nVous pouvez modifier ou résilier votre "
                "abonnement à tout moment.\n\nL'équipe Disney+"
            ),
            label="price_change",
            service="Disney+",
            cte="quoted-printable",
        )
    )
    truth("Disney+", "6.99", "EUR", "monthly", "active", date(2026, 12, 15))
    for m in (9, 10):
        d = date(2026, m, 12)
        add(
            Mail(
                ("Crunchyroll", "no-reply@crunchyroll.com"),
                "Crunchyroll Premium – Payment Received",
                at(d, 4, 4),
                text=(
                    f"Thanks for your payment!\n\nMembership: Fan (monthly)\nAmount: $7.99\nDate: "
                    f"{fd(d, 'us')}\nNext billing date: {fd(add_months(d, 1), 'us')}\n\nCrunchyroll, LLC"
                ),
                service="Crunchyroll",
            )
        )
    add(
        Mail(
            ("Crunchyroll", "no-reply@crunchyroll.com"),
            "We couldn't process your payment",
            at(date(2026, 11, 12), 4, 4),
            text=(
                "Hi,\n\nWe weren't able to process your payment of $7.99 for your Crunchyroll Fan membership. "
                "Please update your payment information to keep watching.\n\nCrunchyroll"
            ),
            label="payment_failed",
            service="Crunchyroll",
        )
    )
    add(
        Mail(
            ("Crunchyroll", "no-reply@crunchyroll.com"),
            "Crunchyroll Premium – Payment Received",
            at(date(2026, 11, 14), 4, 4),
            text=(
                "Thanks for your payment!\n\nMembership: Fan (monthly)\nAmount: $7.99\nDate: November 14, 2026"
                "\nNext billing date: December 14, 2026\n\nCrunchyroll, LLC"
            ),
            service="Crunchyroll",
        )
    )
    truth("Crunchyroll", "7.99", "USD", "monthly", "active", date(2026, 12, 14))
    for m in (7, 8, 9):
        d = date(2026, m, 3)
        add(
            Mail(
                ("Headspace", "help@headspace.com"),
                "Your Headspace receipt",
                at(d, 8, 0),
                html=page(
                    "Receipt",
                    table([("Headspace Monthly Subscription", "$12.99"), ("Total", "$12.99")], bold_last=True)
                    + paras(f"Charged on {fd(d, 'us')}."),
                ),
                service="Headspace",
            )
        )
    add(
        Mail(
            ("Headspace", "help@headspace.com"),
            "We've canceled your subscription",
            at(date(2026, 9, 20), 8, 0),
            text=(
                "Hi Jane,\n\nYour Headspace subscription has been canceled. You'll have access until "
                "October 3, 2026.\n\nWe hope to see you again.\nHeadspace"
            ),
            label="cancellation",
            service="Headspace",
        )
    )
    truth("Headspace", "12.99", "USD", "monthly", "cancelled")
    for m in (8, 9):
        d = date(2026, m, 25)
        add(
            Mail(
                ("Deezer", "noreply@deezer.com"),
                "Conferma di pagamento Deezer Premium",
                at(d, 8, 0),
                text=(
                    f"Ciao,\n\ngrazie per il pagamento del tuo abbonamento mensile Deezer Premium.\n\n"
                    f"Importo: {money('11.99', 'eur_it')}\nData: {fd(d, 'it')}\n\nIl team Deezer"
                ),
                service="Deezer",
            )
        )
    add(
        Mail(
            ("Deezer", "noreply@deezer.com"),
            "Il tuo abbonamento è stato annullato",
            at(date(2026, 10, 2), 8, 0),
            text=(
                "Ciao,\n\nti confermiamo che il tuo abbonamento Deezer Premium è stato annullato. Potrai "
                "continuare ad ascoltare fino al 25 ottobre 2026.\n\nIl team Deezer"
            ),
            label="cancellation",
            service="Deezer",
        )
    )
    truth("Deezer", "11.99", "EUR", "monthly", "cancelled")
    add(
        Mail(
            ("Blinkist", "no-reply@blinkist.com"),
            "A sua assinatura Blinkist foi cancelada",
            at(date(2026, 11, 3), 12, 0),
            text=(
                "Olá,\n\nConfirmamos que a sua assinatura anual Blinkist Premium foi cancelada. Não serão "
                "efetuadas novas cobranças. Pode continuar a usar o Premium até 14 de janeiro de 2027.\n\n"
                "Equipa Blinkist"
            ),
            label="cancellation",
            service="Blinkist",
        )
    )
    add(
        Mail(
            ("Blinkist", "no-reply@blinkist.com"),
            "Recibo da sua assinatura Blinkist Premium",
            at(date(2026, 1, 14), 12, 0),
            text=(
                "Olá,\n\nObrigado pelo pagamento.\n\nPlano: Blinkist Premium anual\nValor: 79,99 €\n"
                "Data: 14/01/2026\nPróxima renovação: 14/01/2027\n\nEquipa Blinkist"
            ),
            service="Blinkist",
        )
    )
    truth("Blinkist", "79.99", "EUR", "yearly", "cancelled")
    for m in (2, 3, 4):
        d = date(2026, m, 17)
        add(
            Mail(
                ("Paramount+", "paramountplus@mail.paramountplus.com"),
                "Your Paramount+ receipt",
                at(d, 8, 0),
                text=(
                    f"Thanks for subscribing!\n\nPlan: Paramount+ Essential (monthly)\nAmount charged: $7.99\n"
                    f"Billing date: {fd(d, 'us')}\n\nParamount Streaming"
                ),
                service="Paramount+",
            )
        )
    truth("Paramount+", "7.99", "USD", "monthly", "inactive")
    for m in (10, 11):
        d = date(2026, m, 23)
        add(
            Mail(
                ("Kagi", "billing@kagi.com"),
                "Kagi payment receipt",
                at(d, 1, 0),
                text=(
                    f"Thank you for your payment.\n\nKagi Search – Professional plan\nAmount: CHF 10.00\n"
                    f"Billing period: {fd(d, 'iso')} – {fd(add_months(d, 1), 'iso')}\n\nKagi Inc."
                ),
                service="Kagi",
            )
        )
    truth("Kagi", "10.00", "CHF", "monthly", "active", date(2026, 12, 23))
    for m in (9, 10, 11):
        d = date(2026, m, 8)
        add(
            Mail(
                ("Storytel", "no-reply@storytel.com"),
                "Kvitto för din Storytel-prenumeration",
                at(d, 8, 0),
                text=(
                    f"Hej!\n\nTack för din betalning.\n\nAbonnemang: Storytel Unlimited\nBelopp: 229,00 kr\n"
                    f"Datum: {fd(d, 'iso')}\nNästa betalning: {fd(add_months(d, 1), 'iso')}\n\nStorytel AB"
                ),
                service="Storytel",
            )
        )
    truth("Storytel", "229.00", "SEK", "monthly", "active", date(2026, 12, 8))
    for m in (10, 11):
        d = date(2026, m, 5)
        add(
            Mail(
                ("Globoplay", "nao-responda@globo.com"),
                "Pagamento confirmado – Globoplay",
                at(d, 8, 0),
                text=(
                    f"Olá!\n\nRecebemos o pagamento da sua assinatura Globoplay Premium.\n\nValor: "
                    f"{money('29.90', 'brl')}\nData: {fd(d, 'num')}\nPróxima cobrança: "
                    f"{fd(add_months(d, 1), 'num')}\n\nEquipe Globoplay"
                ),
                service="Globoplay",
            )
        )
    truth("Globoplay", "29.90", "BRL", "monthly", "active", date(2026, 12, 5))


# ================================================================ hard negatives


def neg(
    sender: tuple[str, str],
    subject: str,
    d: date,
    label: str,
    *,
    text: str = "",
    html: str = "",
    charset: str = "utf-8",
    cte: str = "8bit",
) -> None:
    add(
        Mail(
            sender,
            subject,
            at(d, 13, 37),
            text=text,
            html=html,
            label=label,
            service=None,
            charset=charset,
            cte=cte,
        )
    )


def negatives_commerce() -> None:
    items = [
        ("Anker 735 USB-C Charger (65W)", "35.99"),
        ("Kindle Paperwhite Leather Cover", "29.99"),
        ("LEGO Botanical Collection Orchid", "49.99"),
    ]
    for i, (item, price) in enumerate(items):
        d = date(2026, 9 + i, 3 + i)
        neg(
            ("Amazon.com", "auto-confirm@amazon.com"),
            f'Your Amazon.com order of "{item[:30]}..."',
            d,
            "order",
            html=page(
                "Thanks for your order, Jane!",
                paras(f"Order #113-{4410231 + i}-55{i}1212", "Arriving Thursday")
                + table(
                    [(item, "$" + price), ("Shipping & Handling", "$0.00"), ("Order Total", "$" + price)],
                    bold_last=True,
                )
                + paras("Prime members get FREE delivery. You can view or manage your order in Your Orders."),
            ),
        )
        neg(
            ("Amazon.com", "shipment-tracking@amazon.com"),
            f'Shipped: "{item[:30]}..."',
            d + timedelta(days=1),
            "shipping",
            text=f"Your package is on the way.\n\n{item}\nTrack package: https://amazon.com/t/{i}\n"
            f"Order # 113-{4410231 + i}-55{i}1212\nArriving {fd(d + timedelta(days=3), 'us')}",
        )
    neg(
        ("Amazon.de", "bestellbestaetigung@amazon.de"),
        'Ihre Amazon.de Bestellung von "Brita Wasserfilter..."',
        date(2026, 10, 20),
        "order",
        text="Hallo Jana,\n\nvielen Dank für Ihre Bestellung. Wir senden Ihnen eine Nachricht, sobald Ihr Artikel "
        "versandt wurde.\n\nBestellnr. 302-1122334-5566778\nBrita Wasserfilter Marella 2,4 l\nGesamtsumme: 24,99 €"
        "\nVoraussichtliche Zustellung: Mittwoch, 22. Oktober\n\nAls Prime-Mitglied erhalten Sie kostenlosen Premiumversand.",
    )
    neg(
        ("Amazon.co.uk", "digital-no-reply@amazon.co.uk"),
        "Your Prime Video order: Dune: Part Two",
        date(2026, 11, 8),
        "one_off_purchase",
        text="Thank you for shopping with us.\n\nYou rented: Dune: Part Two (HD)\nPrice: £3.49\n"
        "Rental period: 30 days to start watching, 48 hours to finish once started.\nOrder #D01-2231190-3341\n\n"
        "This purchase is not part of your Prime membership.",
    )
    for i, (item, amt) in enumerate((("Sneaker Nike Air Max 90", "139,95"), ("Wollmantel", "189,00"))):
        d = date(2026, 10, 2 + 9 * i)
        neg(
            ("Zalando", "info@service-mail.zalando.de"),
            "Danke für deine Bestellung",
            d,
            "order",
            html=page(
                "Wir haben deine Bestellung erhalten",
                paras("Hallo Jana,")
                + table(
                    [(item, f"{amt} €"), ("Versand", "0,00 €"), ("Gesamtsumme", f"{amt} €")], bold_last=True
                )
                + paras(f"Bestellnummer: 1011122{i}33", "Lieferung voraussichtlich in 2–4 Werktagen."),
            ),
        )
        neg(
            ("DHL Paket", "noreply@dhl.de"),
            "Ihre DHL Sendung kommt heute",
            d + timedelta(days=2),
            "shipping",
            text=f"Guten Tag,\n\nIhre Sendung 00340434{i}12 von Zalando wird heute zwischen 10:15 und 12:15 Uhr "
            "zugestellt.\n\nSendungsverfolgung: dhl.de/sendungsverfolgung\n\nIhr DHL Team",
        )
    neg(
        ("Zalando", "info@service-mail.zalando.de"),
        "Deine Erstattung wurde veranlasst",
        date(2026, 10, 30),
        "refund",
        text="Hallo Jana,\n\nwir haben deine Rücksendung erhalten und eine Erstattung in Höhe von 189,00 € "
        "veranlasst. Je nach Zahlungsart kann es einige Tage dauern.\n\nBestellnummer: 1011122133",
    )
    neg(
        ("UPS", "mcinfo@ups.com"),
        "UPS Update: Package Scheduled for Delivery Tomorrow",
        date(2026, 11, 4),
        "shipping",
        text="Your package is scheduled for delivery tomorrow.\nTracking Number: 1Z999AA10123456784\n"
        "Shipper: B&H Photo Video\nScheduled Delivery: Wednesday, 11/05/2026 by 7:00 PM",
    )
    neg(
        ("IKEA France", "noreply@ikea.fr"),
        "Confirmation de votre commande n° 1234998871",
        date(2026, 9, 12),
        "order",
        html=page(
            "Merci pour votre commande !",
            table(
                [("KALLAX étagère, blanc", "59,99 €"), ("Livraison", "29,00 €"), ("Total TTC", "88,99 €")],
                bold_last=True,
            )
            + paras("Livraison prévue le 18 septembre 2026 entre 8h et 13h."),
        ),
    )
    neg(
        ("El Corte Inglés", "pedidos@elcorteingles.es"),
        "Confirmación de tu pedido 7789912",
        date(2026, 11, 21),
        "order",
        text="Hola, Juana:\n\nHemos recibido tu pedido.\n\nCafetera Nespresso Vertuo ........ 129,00 €\n"
        "Gastos de envío ........ 0,00 €\nTotal ........ 129,00 €\n\nRecibirás tu pedido en 48-72 horas.",
    )
    neg(
        ("bol.com", "klantenservice@bol.com"),
        "Bevestiging van je bestelling",
        date(2026, 11, 15),
        "order",
        text="Hoi Jana,\n\nBedankt voor je bestelling bij bol.com!\n\nPhilips Airfryer XL  € 119,00\nTotaal: € 119,00"
        "\nBetaald met iDEAL\n\nWe bezorgen je bestelling morgen.",
    )
    neg(
        ("Etsy", "transaction@etsy.com"),
        "Your Etsy Purchase from LinenAndWool (2996311041)",
        date(2026, 10, 8),
        "order",
        text="Thanks for your order!\n\nHandwoven linen throw – natural\nItem total: $68.00\nShipping: $12.00\n"
        "Order total: $80.00\n\nThe shop will ship it within 3-5 business days.",
    )
    neg(
        ("Steam", "noreply@steampowered.com"),
        "Thank you for your Steam purchase!",
        date(2026, 11, 24),
        "one_off_purchase",
        text="Hello jane_doe,\n\nThank you for your recent transaction on Steam.\n\n"
        "Baldur's Gate 3 ......... 59,99€\nTotal: 59,99€\nPayment method: PayPal\n\nInvoice: 2210339911123",
    )
    neg(
        ("PlayStation", "reply@txn-email.playstation.com"),
        "Thank you for your purchase",
        date(2026, 10, 17),
        "one_off_purchase",
        html=page(
            "Thank you for your purchase",
            table([("Astro Bot (PS5)", "£49.99"), ("Total", "£49.99")], bold_last=True)
            + paras("Transaction number: 3311229901", "Your content is ready to download."),
        ),
    )
    neg(
        ("Nintendo", "no-reply@accounts.nintendo.com"),
        "Thank you for your purchase",
        date(2026, 8, 4),
        "one_off_purchase",
        text="Thank you for purchasing from Nintendo eShop.\n\nItem: Mario Kart 8 Deluxe – Booster "
        "Course Pass\nPrice: $24.99\nRemaining balance: $0.00\n\nNintendo of America",
    )
    neg(
        ("Microsoft", "microsoft-noreply@microsoft.com"),
        "Your Microsoft order has been processed",
        date(2026, 9, 9),
        "one_off_purchase",
        text="Thank you for your order.\n\nForza Horizon 5 Premium Edition\n"
        "Total: $99.99\nOrder number: 2219-1190\n\nThis is a one-time purchase.",
    )
    neg(
        ("Audible", "donotreply@audible.co.uk"),
        "Your Audible purchase: Project Hail Mary",
        date(2026, 10, 11),
        "one_off_purchase",
        text="Thanks for your purchase!\n\nProject Hail Mary by Andy Weir\nPrice: £19.99\n"
        "Order number: D01-5533102\n\nStart listening in the Audible app.",
    )
    neg(
        ("Udemy", "no-reply@e.udemymail.com"),
        "Thank you for your purchase!",
        date(2026, 11, 25),
        "one_off_purchase",
        text="Hi Jane,\n\nThanks for your purchase on Udemy.\n\nThe Complete Python Bootcamp — $12.99\n"
        "Total paid: $12.99\nOrder #22133191\n\nYou have lifetime access to this course.",
    )


def negatives_stores() -> None:
    # one-off app purchases on the stores that also bill subscriptions
    for d, app, price, style, lang in (
        (date(2026, 7, 14), "Procreate", "12.99", "usd", "en"),
        (date(2026, 9, 30), "Monument Valley 2", "4.99", "usd", "en"),
        (date(2026, 10, 27), "Things 3", "9.99", "eur_de", "de"),
        (date(2026, 11, 19), "Pixelmator Photo – 500 stickers pack", "2.99", "eur_fr", "fr"),
    ):
        apple_receipt(d, app, "In-App Purchase" if "pack" in app else "App", price, style, lang, None, None)
    for d, app, dev, price, lang in (
        (date(2026, 8, 21), "Stardew Valley", "ConcernedApe", "4.99", "en"),
        (date(2026, 10, 3), "Clash Royale – 500 Gems", "Supercell", "4.99", "en"),
        (date(2026, 11, 11), "Minecraft", "Mojang", "6.99", "es"),
    ):
        play_receipt(d, app, dev, price, "usd" if lang == "en" else "eur_es", "", lang, None, sub=False)
    neg(
        APPLE,
        "Your Apple Gift Card has been sent",
        date(2026, 11, 26),
        "gift_card",
        html=page(
            "Gift sent",
            paras(
                "Your Apple Gift Card for $50.00 was sent to Tom on Nov 26, 2026.",
                "Order ID: W1122334455",
                "Total: $50.00",
            ),
        ),
    )
    neg(
        APPLE,
        "Your refund request",
        date(2026, 8, 2),
        "refund",
        text="Dear Jane,\n\nWe have processed your refund for Monument Valley 2 ($4.99). The refund will be "
        "returned to your original payment method within 5-10 business days.\n\nApple Support",
    )
    neg(
        ("Google Play", "googleplay-noreply@google.com"),
        "You received a Google Play gift card",
        date(2026, 6, 1),
        "gift_card",
        text="Tom sent you a $25.00 Google Play gift code. Redeem it in the Play Store.\n\n"
        "Code: ABCD-EFGH-IJKL",
    )
    neg(
        ("Amazon.de", "gutschein@amazon.de"),
        "Ihr Amazon.de Geschenkgutschein wurde versendet",
        date(2026, 11, 27),
        "gift_card",
        text="Ihr Geschenkgutschein über 50,00 € wurde an mama@example.de versendet.\n"
        "Bestellnummer: 303-5566778-1122334\nBetrag: 50,00 €",
    )
    neg(
        ("Steam", "noreply@steampowered.com"),
        "You've received a gift on Steam!",
        date(2026, 11, 28),
        "gift_card",
        text="Your friend sent you a gift: Hades II\n\nTo accept it, log in to Steam.",
    )
    neg(
        ("Fnac", "service@fnac.com"),
        "Votre carte cadeau Fnac",
        date(2026, 10, 12),
        "gift_card",
        text="Bonjour,\n\nVoici votre carte cadeau d'un montant de 30,00 €, valable 1 an.\n\nCode : 5566 7788 9900",
    )


def negatives_payments() -> None:
    # processors and PayPal for one-off payments and invoices
    d = date(2026, 11, 6)
    neg(
        ("Studio Hanna Design", "invoice+statements@stripe.com"),
        "Invoice #HD-0231 from Studio Hanna Design",
        d,
        "invoice",
        html=page(
            "Invoice from Studio Hanna Design",
            table(
                [
                    ("Invoice number", "HD-0231"),
                    ("Date due", fd(d + timedelta(days=14), "uk")),
                    ("Logo design and brand guide (one-time project)", "€450.00"),
                    ("Amount due", "€450.00"),
                ],
                bold_last=True,
            )
            + paras("Pay this invoice online. Questions? Contact hanna@hanna.design"),
        ),
    )
    neg(
        ("Studio Hanna Design", "receipts+acct_1NxHanna@stripe.com"),
        "Your receipt from Studio Hanna Design #2231-0091",
        d + timedelta(days=3),
        "invoice",
        html=page(
            "Receipt from Studio Hanna Design",
            table(
                [
                    ("Amount paid", "€450.00"),
                    ("Date paid", fd(d + timedelta(days=3), "uk_short")),
                    ("Invoice HD-0231 – Logo design and brand guide", "€450.00"),
                ]
            ),
        ),
    )
    neg(
        ("PyCon Berlin", "receipts+acct_1PyCon@stripe.com"),
        "Your receipt from PyCon Berlin #1990-3321",
        date(2026, 3, 2),
        "tickets",
        html=page(
            "Receipt from PyCon Berlin",
            table(
                [
                    ("Amount paid", "€249.00"),
                    ("Date paid", "Mar 2, 2026"),
                    ("Conference ticket – Early bird × 1", "€249.00"),
                ]
            )
            + paras("See you in Berlin on April 14–16, 2026!"),
        ),
    )
    for i, (seller, amt) in enumerate(
        (("Vintage Finds", "34.00"), ("jan.k", "120.00"), ("Bike Parts Co", "18.50"))
    ):
        dd = date(2026, 9 + i, 12)
        neg(
            ("service@paypal.com", "service@paypal.com"),
            f"Receipt for your payment to {seller}",
            dd,
            "one_off_purchase",
            text=f"Hello Jane Doe,\n\nYou sent a payment of ${amt} USD to {seller}.\n\n"
            f"Transaction ID\n7YH1{i}2233K\n\nTransaction date\n{fd(dd, 'us_short')}\n\nPurchase details\n"
            "Order: 1 item\nShipping address: 12 Oak St\n\nAmount sent\n$" + amt + " USD\n\nPayPal",
        )
    neg(
        ("PayPal", "service@paypal.de"),
        "Sie haben eine Rechnung von Marco Rossi erhalten",
        date(2026, 10, 4),
        "invoice",
        text="Guten Tag Jana Doe,\n\nMarco Rossi hat Ihnen eine Rechnung über 380,00 € EUR gesendet.\n\n"
        "Rechnungsnummer: 0007\nFällig am: 18.10.2026\nBeschreibung: Übersetzung Website (einmalig)\n\n"
        "Rechnung anzeigen und bezahlen",
    )
    neg(
        ("PayPal", "service@paypal.de"),
        "Sie haben Geld erhalten",
        date(2026, 10, 21),
        "account",
        text="Jonas Becker hat Ihnen 12,50 € EUR gesendet.\n\nMitteilung: Pizza gestern\n\nTransaktionscode: 3JH12",
    )
    neg(
        ("Paddle", "help@paddle.com"),
        "Your receipt for Affinity Photo 2",
        date(2026, 5, 5),
        "one_off_purchase",
        html=page(
            "Thanks for your order",
            table(
                [
                    ("Product", "Affinity Photo 2 (perpetual licence)"),
                    ("Amount charged", "$69.99"),
                    ("Order ID", "7712-55"),
                ]
            )
            + paras("This is a one-time purchase. Your licence key is below."),
        ),
    )
    neg(
        ("Chase", "no.reply.alerts@chase.com"),
        "Your statement is ready",
        date(2026, 11, 5),
        "bank",
        text="Your Chase Freedom statement is ready. Statement balance: $1,244.18. Minimum payment due: $40.00 "
        "on 12/02/2026.\n\nSign in to view your statement.",
    )
    neg(
        ("Chase", "no.reply.alerts@chase.com"),
        "You made a $54.20 transaction with WHOLE FOODS",
        date(2026, 11, 20),
        "bank",
        text="A $54.20 charge was made on your credit card ending in 1234 at WHOLE FOODS MARKET on "
        "Nov 20, 2026 at 6:41 PM ET.",
    )
    neg(
        ("Sparkasse", "noreply@sparkasse.de"),
        "Neuer Kontoauszug verfügbar",
        date(2026, 11, 2),
        "bank",
        text="Guten Tag Frau Doe,\n\nin Ihrem elektronischen Postfach liegt ein neuer Kontoauszug für Ihr "
        "Girokonto bereit.\n\nIhre Sparkasse",
    )
    neg(
        ("BNP Paribas", "noreply@bnpparibas.com"),
        "Votre relevé de compte est disponible",
        date(2026, 11, 3),
        "bank",
        text="Bonjour,\n\nVotre relevé de compte d'octobre 2026 est disponible dans votre espace client.\n\n"
        "BNP Paribas",
    )
    neg(
        ("ING", "noreply@ing.nl"),
        "Je jaaroverzicht staat klaar",
        date(2026, 2, 3),
        "bank",
        text="Beste Jana,\n\nJe jaaroverzicht 2025 staat klaar in Mijn ING.\n\nGroet, ING",
    )
    neg(
        ("Revolut", "no-reply@revolut.com"),
        "Your monthly statement",
        date(2026, 11, 1),
        "bank",
        text="Hi Jane, your October statement is ready. You spent €1.234,56 this month. Top category: groceries.",
    )
    neg(
        ("Wise", "noreply@wise.com"),
        "You sent 200 EUR to Maria",
        date(2026, 10, 30),
        "bank",
        text="Your transfer of 200.00 EUR to Maria Lopez is complete. Fee: 0.62 EUR.",
    )


def negatives_charity_news() -> None:
    neg(
        ("Wikimedia Foundation", "donate@wikimedia.org"),
        "Thank you for your gift to Wikipedia",
        date(2026, 11, 3),
        "donation",
        text="Dear Jane,\n\nThank you for your monthly donation of $3.00 to the Wikimedia Foundation. "
        "Your next recurring gift will be processed on December 3, 2026.\n\nThis letter may serve as a record "
        "of your donation. No goods or services were provided.",
    )
    neg(
        ("Deutsches Rotes Kreuz", "spenden@drk.de"),
        "Vielen Dank für Ihre Spende",
        date(2026, 10, 15),
        "donation",
        text="Liebe Frau Doe,\n\nherzlichen Dank für Ihre monatliche Spende von 10,00 €. Ihre Spendenquittung "
        "erhalten Sie im Februar.\n\nIhr DRK",
    )
    neg(
        ("Médecins Sans Frontières", "dons@msf.fr"),
        "Merci pour votre don mensuel",
        date(2026, 11, 10),
        "donation",
        text="Chère donatrice,\n\nNous vous remercions pour votre soutien régulier de 15,00 € par mois. Votre "
        "reçu fiscal vous sera envoyé en début d'année.\n\nMSF",
    )
    neg(
        ("UNICEF España", "socios@unicef.es"),
        "Gracias por tu aportación",
        date(2026, 9, 20),
        "donation",
        text="Hola, Juana:\n\nGracias por tu aportación mensual de 12 € como socia de UNICEF. Tu cuota se cobrará "
        "el día 5 de cada mes.\n\nUNICEF España",
    )
    neg(
        ("GoFundMe", "no-reply@gofundme.com"),
        "Thank you for your donation to Help Rebuild Maple Street Library",
        date(2026, 8, 8),
        "donation",
        text="Your $25.00 donation was received. Thank you for supporting this fundraiser!",
    )
    neg(
        ("Kickstarter", "no-reply@kickstarter.com"),
        "You're a backer of Pebble Round 3!",
        date(2026, 6, 6),
        "one_off_purchase",
        text="Thanks for backing! Your pledge of $149 will be charged when the project ends on July 1, 2026.",
    )
    neg(
        ("Morning Brew", "crew@morningbrew.com"),
        "Confirm your subscription",
        date(2026, 7, 7),
        "newsletter",
        text="Hey!\n\nPlease confirm your subscription to Morning Brew by clicking the link below. It's free, "
        "and you'll get the daily newsletter every morning.\n\nConfirm subscription",
    )
    neg(
        ("The Hustle", "news@thehustle.co"),
        "You're subscribed! Welcome to The Hustle",
        date(2026, 7, 8),
        "newsletter",
        text="Welcome aboard. Your free subscription is now active. Expect our daily email every "
        "weekday morning. Unsubscribe any time.",
    )
    neg(
        ("Lenny's Newsletter", "lenny@substack.com"),
        "You're now subscribed to Lenny's Newsletter (free)",
        date(2026, 9, 1),
        "newsletter",
        text="Thanks for subscribing to Lenny's Newsletter. You've signed up for "
        "the free plan. Upgrade to a paid subscription for $15/month or $150/year to get every post.\n\n"
        "Upgrade to paid",
    )
    neg(
        ("The Pragmatic Engineer", "pragmaticengineer@substack.com"),
        "The Pulse #112: AI coding agents in practice",
        date(2026, 11, 20),
        "newsletter",
        text="This is the free version of The Pulse. Subscribe for $15/month to "
        "read the full issue.\n\nIn this issue: ...\n\nUnsubscribe",
    )
    neg(
        ("Le Monde", "newsletters@lemonde.fr"),
        "La Matinale du Monde",
        date(2026, 11, 27),
        "newsletter",
        text="Bonjour, voici les informations essentielles du jour.\n\nAbonnez-vous : 1 € le premier mois, puis "
        "11,99 € par mois. Sans engagement.\n\nSe désinscrire",
    )
    neg(
        ("The New York Times", "nytdirect@nytimes.com"),
        "The Morning: What to know today",
        date(2026, 11, 28),
        "newsletter",
        text="Good morning. Here's what you need to know.\n\nSubscribe to The Times for $1/week for "
        "your first year. Cancel anytime.\n\nUnsubscribe",
    )
    neg(
        ("Spiegel", "newsletter@spiegel.de"),
        "Die Lage am Morgen",
        date(2026, 11, 26),
        "newsletter",
        text="Guten Morgen,\n\nheute geht es um ...\n\nJetzt SPIEGEL+ testen: 4 Wochen für 1 €, danach 4,99 € pro "
        "Woche.\n\nNewsletter abbestellen",
    )
    neg(
        ("Medium Daily Digest", "noreply@medium.com"),
        "Stories for you from Medium",
        date(2026, 11, 23),
        "newsletter",
        text="Today's highlights: 10 Python tricks...\n\nBecome a member for $5/month to read "
        "unlimited stories.",
    )


def negatives_marketing() -> None:
    neg(
        ("Spotify", "no-reply@spotify.com"),
        "Get 3 months of Premium for €0",
        date(2026, 11, 20),
        "promotion",
        html=page(
            "Try 3 months for €0",
            paras(
                "Ad-free music, offline listening and more.",
                "Only €10.99/month after. Offer ends December 31. Cancel anytime.",
                "Individual plan only. Terms apply.",
            ),
        ),
    )
    neg(
        ("Disney+", "disneyplus@mail.disneyplus.com"),
        "Black Friday : Disney+ à 1,99 € par mois pendant 3 mois",
        date(2026, 11, 24),
        "promotion",
        text="Offre limitée ! Profitez de Disney+ Standard avec pub à 1,99 € "
        "par mois pendant 3 mois, puis 5,99 € par mois. Abonnez-vous avant le 1er décembre.",
    )
    neg(
        ("Audible", "newsletter@audible.de"),
        "Jetzt 3 Monate Audible für 0 €",
        date(2026, 11, 14),
        "promotion",
        text="Nur für kurze Zeit: Teste Audible 3 Monate kostenlos. Danach 9,95 € monatlich. Jederzeit kündbar.",
    )
    neg(
        ("NordVPN", "news@nordvpn.com"),
        "Cyber Monday: 74% off + 3 extra months",
        date(2026, 11, 30 - 1),
        "promotion",
        text="Get NordVPN for just $3.09/month on the 2-year plan. That's $80.34 billed every 2 years."
        " Offer ends soon.",
    )
    neg(
        ("LinkedIn", "messages-noreply@linkedin.com"),
        "Jane, try Premium for free",
        date(2026, 10, 10),
        "promotion",
        text="Get 1 month of LinkedIn Premium for free. After your trial, it's $39.99/month. Cancel anytime.\n\n"
        "Start my free trial",
    )
    neg(
        ("HelloFresh", "hello@hellofresh.de"),
        "Bis zu 60 % Rabatt auf deine erste Box",
        date(2026, 9, 22),
        "promotion",
        text="Hol dir jetzt bis zu 60 % Rabatt auf deine erste Box und kostenlosen Versand. "
        "Ab 4,29 € pro Portion. Jederzeit pausieren oder kündigen.",
    )
    neg(
        ("Basic-Fit", "news@basic-fit.com"),
        "Word nu lid vanaf € 19,99 per 4 weken",
        date(2026, 9, 1),
        "promotion",
        text="Alleen deze week: geen inschrijfkosten! Word lid van Basic-Fit vanaf € 19,99 per 4 weken. "
        "Schrijf je nu in.",
    )
    neg(
        ("Vodafone", "angebote@vodafone.de"),
        "Neuer Tarif: 40 GB für nur 19,99 € monatlich",
        date(2026, 10, 25),
        "promotion",
        text="Nur für kurze Zeit: GigaMobil M mit 40 GB für 19,99 € monatlich in den ersten 12 "
        "Monaten, danach 39,99 €/Monat. 24 Monate Mindestlaufzeit.",
    )
    neg(
        ("Canal+", "offres@canalplus.com"),
        "Offre spéciale : CANAL+ à 19,99 €/mois",
        date(2026, 11, 12),
        "promotion",
        text="Offre spéciale réservée aux nouveaux abonnés : CANAL+ à 19,99 €/mois pendant 12 mois. "
        "Engagement 24 mois.",
    )
    neg(
        ("Movistar", "ofertas@movistar.es"),
        "Oferta especial: fibra + móvil por 45 €/mes",
        date(2026, 10, 5),
        "promotion",
        text="Oferta limitada: contrata miFibra 600 Mb + móvil por 45 €/mes durante 6 meses.",
    )
    neg(
        ("Headspace", "hello@headspace.com"),
        "We miss you, Jane",
        date(2026, 11, 10),
        "promotion",
        text="Come back to Headspace and get 40% off an annual subscription: $41.99/year instead of $69.99.",
    )
    neg(
        ("Duolingo", "hello@duolingo.com"),
        "🦉 Your streak is in danger!",
        date(2026, 11, 28),
        "account",
        text="You haven't practiced today. Keep your 120 day streak alive! Try Super Duolingo free for 14 days.",
    )
    neg(
        ("IKEA", "news@ikea.com"),
        "Neu im Sortiment: ab 9,99 €",
        date(2026, 11, 9),
        "promotion",
        text="Entdecke unsere neuen Produkte für den Winter – schon ab 9,99 €. Jetzt online bestellen.",
    )
    neg(
        ("Gousto", "hello@gousto.co.uk"),
        "Your box is on its way!",
        date(2026, 11, 21),
        "shipping",
        text="Hi Jane, your Gousto box is out for delivery today with DPD. Track it here: dpd.co.uk/12345. "
        "Enjoy cooking!",
    )


def negatives_account_travel() -> None:
    neg(
        ("Netflix", "info@account.netflix.com"),
        "Reset your password",
        date(2026, 10, 1),
        "account",
        text="Hi Jana,\n\nLet's reset your password so you can get back to watching.\n\nReset Password\n\n"
        "If you didn't ask to reset your password, you can ignore this email.",
    )
    neg(
        ("Spotify", "no-reply@spotify.com"),
        "Reset your password",
        date(2026, 9, 9),
        "account",
        text="Hello,\n\nSomeone asked for a password reset for your Spotify account. Click below to reset it.",
    )
    neg(
        ("Apple", "appleid@id.apple.com"),
        "Your Apple Account was used to sign in to iCloud via a web browser",
        date(2026, 11, 4),
        "account",
        text="Dear Jane,\n\nYour Apple Account (j.doe@icloud.com) was used to sign in "
        "to iCloud via a web browser.\n\nDate and Time: November 4, 2026, 9:41 AM GMT",
    )
    neg(
        ("Google", "no-reply@accounts.google.com"),
        "Security alert",
        date(2026, 10, 14),
        "account",
        text="New sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything.",
    )
    neg(
        ("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
        "Microsoft account security code",
        date(2026, 11, 11),
        "account",
        text="Please use the following security code for the Microsoft account ja***@outlook.com.\n\nSecurity code: 331907",
    )
    neg(
        ("Figma", "no-reply@figma.com"),
        "Welcome to Figma!",
        date(2026, 1, 10),
        "account",
        text="Welcome to Figma, Jane! You're on the free Starter plan. Upgrade to Professional anytime for "
        "$16/month per editor.",
    )
    neg(
        ("Dropbox", "no-reply@dropbox.com"),
        "Your Dropbox is full",
        date(2026, 11, 17),
        "promotion",
        text="Your Dropbox Basic account is out of space. Upgrade to Dropbox Plus for €11.99/month to get 2 TB.",
    )
    neg(
        ("Slack", "feedback@slack.com"),
        "Jane invited you to join Acme Studio on Slack",
        date(2026, 4, 2),
        "account",
        text="Join your team on Slack. Acme Studio uses Slack to communicate. Accept invite.",
    )
    neg(
        ("JetBrains Account", "account@jetbrains.com"),
        "Confirm your email address",
        date(2026, 3, 1),
        "account",
        text="Please confirm your email to finish creating your JetBrains Account.",
    )
    neg(
        ("Uber Receipts", "noreply@uber.com"),
        "Your Friday evening trip with Uber",
        date(2026, 11, 13),
        "ride",
        html=page(
            "Thanks for riding, Jane",
            table([("Trip fare", "$18.40"), ("Booking fee", "$2.85"), ("Total", "$21.25")], bold_last=True)
            + paras("You rode with Ahmed. 4.3 mi | 17 min"),
        ),
    )
    neg(
        ("Bolt", "receipts@bolt.eu"),
        "Dein Fahrtbeleg",
        date(2026, 10, 22),
        "ride",
        text="Danke, dass du mit Bolt gefahren bist.\n\nFahrpreis: 14,20 €\nZahlungsart: Visa ••4410",
    )
    neg(
        ("Deliveroo", "noreply@t.deliveroo.co.uk"),
        "Your order's been confirmed",
        date(2026, 11, 6),
        "order",
        text="Thanks Jane! Franco Manca is preparing your order.\n\n1x Margherita £8.50\nDelivery fee £2.49\n"
        "Total £10.99",
    )
    neg(
        ("Lieferando", "noreply@lieferando.de"),
        "Deine Bestellung bei Pizzeria Roma",
        date(2026, 11, 14),
        "order",
        text="Danke für deine Bestellung!\n\n1x Pizza Diavola 11,50 €\nLiefergebühr 1,99 €\nGesamt 13,49 €\n\n"
        "Voraussichtliche Lieferzeit: 19:35",
    )
    neg(
        ("Deutsche Bahn", "buchungsbestaetigung@bahn.de"),
        "Buchungsbestätigung (Auftrag 771122)",
        date(2026, 10, 18),
        "travel",
        text="Ihre Fahrkarte Berlin Hbf → München Hbf am 24.10.2026, ICE 1001.\n\nPreis: 59,90 €\n"
        "Ihr Online-Ticket finden Sie im Anhang.",
    )
    neg(
        ("Ryanair", "itinerary@ryanair.com"),
        "Your Ryanair booking confirmation – JQ7X2P",
        date(2026, 9, 3),
        "travel",
        text="Booking reference JQ7X2P\nDublin → Lisbon, 12 Oct 2026\nTotal paid: €89.98",
    )
    neg(
        ("Airbnb", "automated@airbnb.com"),
        "Reservation confirmed for Porto",
        date(2026, 8, 19),
        "travel",
        text="Pack your bags! Your reservation in Porto is confirmed.\nCheck-in: Sep 12, 2026\nCheckout: Sep 15, 2026\n"
        "Total (EUR): €312.40",
    )
    neg(
        ("Booking.com", "noreply@booking.com"),
        "Votre réservation est confirmée : Hôtel du Parc",
        date(2026, 7, 1),
        "travel",
        text="Merci ! Votre réservation à Lyon est confirmée.\nArrivée : 14 juillet 2026\n"
        "Départ : 16 juillet 2026\nPrix total : 240,00 €",
    )
    neg(
        ("Ticketmaster", "customer_support@email.ticketmaster.com"),
        "You got the tickets!",
        date(2026, 5, 5),
        "tickets",
        text="Order #31-77120/UK\nColdplay – Wembley Stadium – 22 Aug 2026\n2 tickets\nTotal: £231.50",
    )
    neg(
        ("Eventim", "tickets@eventim.de"),
        "Ihre Tickets für Die Ärzte",
        date(2026, 6, 10),
        "tickets",
        text="Vielen Dank für Ihre Bestellung.\nDie Ärzte – Waldbühne Berlin – 12.09.2026\n2 Tickets, "
        "Gesamtpreis 158,00 €",
    )
    neg(
        ("Marie Doe", "marie.doe@gmail.com"),
        "Netflix",
        date(2026, 11, 12),
        "personal",
        text="Hi Jane, can you send me your half of Netflix for this month? It's 7,99 € each. Thanks!",
    )
    neg(
        ("Tom", "tom.b@outlook.com"),
        "Fwd: gym",
        date(2026, 10, 3),
        "personal",
        text="Hey, I just joined the gym, it's only £24.99 a month. Want to come?",
    )
    neg(
        ("Octopus Energy", "hello@octopus.energy"),
        "Please send us a meter reading",
        date(2026, 11, 1),
        "account",
        text="Hi Jane, it's time for a meter reading. Submitting regularly helps keep your bills accurate.",
    )
    neg(
        ("Verizon", "verizonwireless@vzwpix.com"),
        "Your order has shipped",
        date(2026, 7, 20),
        "shipping",
        text="Your new iPhone 17 is on its way. Tracking number: 1Z22331. Order number: MV1122.",
    )
    neg(
        ("KPN", "noreply@kpn.com"),
        "Storing opgelost",
        date(2026, 10, 9),
        "account",
        text="Beste klant, de storing in jouw regio is opgelost. Excuses voor het ongemak.",
    )
    neg(
        ("Orange", "service@orange.fr"),
        "Votre rendez-vous technicien",
        date(2026, 8, 8),
        "account",
        text="Bonjour, votre rendez-vous pour l'installation de la fibre est confirmé le 12 août 2026 entre 8h et 12h.",
    )
    neg(
        ("PureGym", "noreply@puregym.com"),
        "Your PureGym PIN",
        date(2026, 6, 30),
        "account",
        text="Your gym access PIN is 44102211. Keep it safe.",
    )
    neg(
        ("Patreon", "no-reply@patreon.com"),
        "New post from Kurzgesagt – In a Nutshell",
        date(2026, 11, 21),
        "newsletter",
        text="Kurzgesagt just shared a new post: Behind the scenes of our next video.",
    )
    neg(
        ("Patreon", "no-reply@patreon.com"),
        "Your one-time purchase",
        date(2026, 10, 5),
        "one_off_purchase",
        text="Thanks for your purchase from Jacob Collier: Sheet music bundle (PDF). Total: $12.00. "
        "This is not a membership.",
    )


def negatives_more() -> None:
    """More everyday non-subscription mail, in the other languages too."""
    for i, (shop, subj, body) in enumerate(
        (
            (
                "Zara",
                "Conferma dell'ordine n. 55102",
                "Grazie per il tuo ordine!\n\nCappotto lana ........ 119,00 €\n"
                "Spedizione ........ 0,00 €\nTotale ........ 119,00 €\n\nRiceverai un'email quando il pacco sarà spedito.",
            ),
            (
                "Worten",
                "Confirmação da sua encomenda 998123",
                "Olá,\n\nObrigado pela sua encomenda.\n\nAuriculares Sony "
                "WH-1000XM5 ........ 329,99 €\nTotal: 329,99 €\n\nEntrega prevista: 3 a 5 dias úteis.",
            ),
            (
                "Coolblue",
                "Je bestelling is onderweg",
                "Goed nieuws! Je bestelling 9912231 is onderweg en wordt morgen "
                "bezorgd door Coolblue.\n\nSamsung Galaxy Tab S9 – € 749,00",
            ),
            (
                "Decathlon",
                "Votre commande a été expédiée",
                "Bonjour,\n\nVotre commande n° 77120 a été expédiée. "
                "Numéro de suivi : 6A1122334455.\nTente 2 personnes – 49,99 €",
            ),
            (
                "MediaMarkt",
                "Deine Bestellung ist abholbereit",
                "Hallo Jana,\n\ndeine Bestellung 1122009 (Apple AirPods Pro,"
                " 249,00 €) liegt im Markt Berlin-Alexanderplatz zur Abholung bereit.",
            ),
            (
                "AliExpress",
                "Order 8100223344 has been shipped",
                "Your order has been shipped!\nPhone case x2 – US $4.58\nTracking: LP00112233",
            ),
            (
                "Apple Store",
                "We're processing your order W1234567",
                "Thanks for your order.\n\niPhone 17 Case with MagSafe"
                " – $49.00\nOrder Total: $53.41\nDelivers: Wed, Dec 2",
            ),
            (
                "Thalia",
                "Bestellbestätigung Nr. 4412",
                "Vielen Dank für Ihren Einkauf!\n\nDer Schwarm (Taschenbuch) – 13,00 €"
                "\nVersandkostenfrei\nGesamtbetrag: 13,00 €",
            ),
            (
                "SHEIN",
                "Tu pedido ha sido enviado",
                "¡Tu pedido GSH112233 está en camino! Total pagado: 38,40 €.",
            ),
            (
                "Vinted",
                "Recibo de tu compra",
                "Has comprado «Chaqueta vaquera» por 15,00 € + 2,99 € de envío. Gracias por usar Vinted.",
            ),
        )
    ):
        d = date(2026, 6 + i % 6, 5 + 2 * i)
        domain = shop.lower().replace(" ", "") + (".com" if i % 2 else ".eu")
        neg(
            (shop, f"noreply@{domain}"),
            subj,
            d,
            "order",
            text=body,
            cte="quoted-printable" if i % 2 else "8bit",
        )
    for i, (svc, addr, subj, body) in enumerate(
        (
            (
                "Notion",
                "team@makenotion.com",
                "Jane shared “Q4 planning” with you",
                "Jane Doe invited you to edit a page.",
            ),
            (
                "1Password",
                "hello@1password.com",
                "New sign-in to your 1Password account",
                "A new device signed in to doe-family.1password.com from Berlin, Germany.",
            ),
            (
                "Proton",
                "no-reply@proton.me",
                "Proton Mail: storage almost full",
                "You are using 95% of your storage. Upgrade to Mail Plus from €4.99/month for 15 GB.",
            ),
            (
                "Amazon.com",
                "store-news@amazon.com",
                "Prime Day is coming",
                "Save up to 40% on Kindle devices. "
                "Not a Prime member? Join for $14.99/month and get early access.",
            ),
            (
                "Google",
                "googleplay-noreply@google.com",
                "Your family group has a new member",
                "Tom joined your Google family group. Family members can share purchases and Google One storage.",
            ),
            (
                "Canva",
                "no-reply@canva.com",
                "Your design is ready to download",
                "Your design “Birthday invite” is ready.",
            ),
            (
                "Microsoft",
                "microsoft-noreply@microsoft.com",
                "Ihr Microsoft-Konto: Neue App verbunden",
                "Die App Outlook für iOS hat Zugriff auf Ihr Konto erhalten.",
            ),
            (
                "Xbox",
                "xbox@engage.xbox.com",
                "This week's deals",
                "Save up to 67% on top games this week. Deals end 12/1.",
            ),
            (
                "Strava",
                "no-reply@strava.com",
                "Your October stats",
                "You ran 84 km in October. Subscribers get advanced analysis – join for $11.99/month.",
            ),
            (
                "Audible",
                "donotreply@audible.co.uk",
                "A new title from your wish list is on sale",
                "The Midnight Library is now £3.99 for a limited time.",
            ),
            (
                "PlayStation",
                "reply@txn-email.playstation.com",
                "Your PlayStation wallet was topped up",
                "You added £20.00 to your wallet. Funds are non-refundable.",
            ),
            (
                "Nintendo",
                "no-reply@accounts.nintendo.com",
                "Nintendo Account: Sign-in notification",
                "Your Nintendo Account was signed in to from a new device.",
            ),
        )
    ):
        d = date(2026, 5 + i % 7, 3 + i)
        neg(
            (svc, addr),
            subj,
            d,
            "account" if "sign" in subj.lower() or "member" in subj else "promotion",
            text=body,
        )
    for i, (bank, subj, body, _lang) in enumerate(
        (
            (
                "Intesa Sanpaolo",
                "Estratto conto disponibile",
                "Gentile cliente, il tuo estratto conto di ottobre è disponibile nell'app.",
                "it",
            ),
            (
                "Millennium bcp",
                "Aviso de movimento",
                "Foi efetuado um pagamento de 23,40 € com o seu cartão em CONTINENTE LISBOA.",
                "pt",
            ),
            (
                "N26",
                "Zahlung gesendet",
                "Du hast 45,00 € an Lisa Maier gesendet. Verwendungszweck: Konzertkarten",
                "de",
            ),
            (
                "Rabobank",
                "Je rekeningoverzicht van oktober",
                "Je maandoverzicht staat klaar in de Rabo App.",
                "nl",
            ),
            (
                "CaixaBank",
                "Aviso de cargo con tarjeta",
                "Se ha realizado un cargo de 62,15 € en MERCADONA con tu tarjeta terminada en 4410.",
                "es",
            ),
            (
                "American Express",
                "Your payment was received",
                "Thank you. We received your payment of $1,244.18 on your Card ending 1009.",
                "en",
            ),
        )
    ):
        d = date(2026, 10, 4 + 3 * i)
        neg((bank, f"alerts@{bank.split()[0].lower()}.example"), subj, d, "bank", text=body)
    for i, (who, subj, body) in enumerate(
        (
            (
                "Finanzamt",
                "Ihr Steuerbescheid ist abrufbar",
                "Ihr Einkommensteuerbescheid 2025 steht in ELSTER bereit.",
            ),
            ("DocuSign", "Please sign: rental agreement", "Maria sent you a document to review and sign."),
            (
                "Zoom",
                "Meeting invitation: Design review",
                "You are invited to a Zoom meeting on Dec 3, 2026 at 15:00.",
            ),
            ("GitHub", "[GitHub] A new SSH key was added", "A new public key was added to your account."),
            (
                "Doctolib",
                "Confirmation de votre rendez-vous",
                "Votre rendez-vous avec Dr Martin est confirmé le "
                "3 décembre 2026 à 10h30. Honoraires : 30,00 €.",
            ),
            (
                "Trenitalia",
                "Biglietto acquistato",
                "Grazie per aver acquistato il biglietto Roma – Firenze del "
                "12/12/2026. Importo: 29,90 €. Codice PNR: XK22Q1",
            ),
            (
                "CP Comboios",
                "Bilhete eletrónico",
                "O seu bilhete Lisboa – Porto para 20/12/2026. Total: 31,20 €.",
            ),
            ("NS", "Je e-ticket voor vandaag", "Je e-ticket Amsterdam Centraal – Utrecht Centraal, € 9,20."),
            (
                "Renfe",
                "Confirmación de compra de billete",
                "Madrid – Sevilla, 15/12/2026. Importe: 47,30 €. Localizador: Q7X22",
            ),
            (
                "Freelancer Tax Advisor",
                "Rechnung 2026-118",
                "Sehr geehrte Frau Doe,\n\nanbei meine Rechnung für die "
                "Erstellung Ihrer Steuererklärung 2025.\n\nHonorar: 450,00 €\nzzgl. 19 % USt: 85,50 €\n"
                "Rechnungsbetrag: 535,50 €\nZahlbar bis 15.12.2026.",
            ),
            (
                "Plumbing & Heating Ltd",
                "Invoice 4471 – boiler repair",
                "Dear Ms Doe,\n\nPlease find our invoice for "
                "the boiler repair on 14 November 2026.\n\nLabour: £120.00\nParts: £45.50\nTotal due: £165.50\n"
                "Payment due within 14 days.",
            ),
            (
                "Cabinet Dupont",
                "Facture n° 2026-331",
                "Madame,\n\nVeuillez trouver ci-joint notre facture pour la "
                "consultation du 2 novembre 2026.\n\nMontant TTC : 180,00 €\n\nCordialement",
            ),
        )
    ):
        d = date(2026, 11, 1 + 2 * i)
        addr = "noreply@" + "".join(ch for ch in who.lower() if ch.isalnum())[:14] + ".example"
        label = (
            "invoice"
            if ("nvoice" in subj or "Rechnung" in subj or "Facture" in subj)
            else ("travel" if i in (5, 6, 7, 8) else "account")
        )
        neg(
            (who, addr),
            subj,
            d,
            label,
            text=body,
            charset="windows-1252" if i % 4 == 0 else "utf-8",
            cte="quoted-printable" if i % 3 == 0 else "8bit",
        )


# ================================================================ writing


def _encode(text: str, charset: str, cte: str) -> tuple[str, bytes]:
    data = text.encode(charset, errors="replace")
    if cte == "base64":
        return "base64", base64.encodebytes(data)
    if cte == "quoted-printable":
        return "quoted-printable", quopri.encodestring(data)
    return "8bit", data.replace(b"\r\n", b"\n")


def _leaf(subtype: str, text: str, charset: str, cte: str) -> bytes:
    enc, body = _encode(text, charset, cte)
    head = f'Content-Type: text/{subtype}; charset="{charset}"\nContent-Transfer-Encoding: {enc}\n\n'
    return head.encode("ascii") + body.rstrip(b"\n") + b"\n"


def _header(value: str) -> str:
    return value if value.isascii() else Header(value, "utf-8").encode()


def render(mail: Mail, index: int) -> tuple[str, bytes]:
    name, addr = mail.sender
    domain = addr.rpartition("@")[2]
    mid = f"<{hashlib.sha1(f'heldout-{index}-{mail.subject}'.encode()).hexdigest()[:20]}@{domain}>"
    sender = formataddr((name, addr), charset="utf-8") if name != addr else addr
    headers = [
        f"From: {sender}",
        "To: Jane Doe <jane.doe@example.com>",
        f"Subject: {_header(mail.subject)}",
        f"Date: {format_datetime(mail.sent)}",
        f"Message-ID: {mid}",
        "MIME-Version: 1.0",
    ]
    if mail.label in ("newsletter", "promotion"):
        headers.append(f"List-Unsubscribe: <https://{domain}/unsubscribe?u={index}>")
    if mail.html and not mail.text and index % 3 != 0:  # HTML-only
        headers_b = "\n".join(headers).encode("ascii") + b"\n"
        return mid, headers_b + _leaf("html", mail.html, mail.charset, mail.cte)
    if mail.html:
        boundary = f"=_heldout_{index:04d}"
        plain = mail.text or _plain_of(mail.html)
        parts = (
            f"--{boundary}\n".encode()
            + _leaf("plain", plain, mail.charset, mail.cte)
            + f"--{boundary}\n".encode()
            + _leaf("html", mail.html, mail.charset, mail.cte)
            + f"--{boundary}--\n".encode()
        )
        headers.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
        return mid, "\n".join(headers).encode(
            "ascii"
        ) + b"\n\nThis is a multi-part message in MIME format.\n\n" + parts
    return mid, "\n".join(headers).encode("ascii") + b"\n" + _leaf("plain", mail.text, mail.charset, mail.cte)


def _plain_of(markup: str) -> str:
    """A rough text/plain alternative, as many senders generate one."""
    import html as htmlmod
    import re

    text = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h1>", "\n", markup)
    text = re.sub(r"(?i)</td>", "  ", text)
    text = re.sub(r"(?s)<(style|title)[^>]*>.*?</\1>", "", text)
    text = re.sub(r'<div style="display:none[^>]*>.*?</div>', "", text)
    return htmlmod.unescape(re.sub(r"<[^>]+>", "", text)).strip()


def main() -> None:
    MAILS.clear()
    TRUTH.clear()
    for section in (
        apple_subs,
        play_subs,
        google_one,
        paypal_subs,
        processors,
        creators_and_news,
        saas,
        bills,
        lifestyle,
        notices,
        negatives_commerce,
        negatives_stores,
        negatives_payments,
        negatives_charity_news,
        negatives_marketing,
        negatives_account_travel,
        negatives_more,
    ):
        section()
    OUT.mkdir(parents=True, exist_ok=True)
    labels = []
    chunks = []
    order = sorted(range(len(MAILS)), key=lambda i: (MAILS[i].sent, i))
    for n, i in enumerate(order):
        mail = MAILS[i]
        mid, raw = render(mail, n)
        stamp = mail.sent.strftime("%a %b %d %H:%M:%S %Y")
        escaped = b"\n".join(b">" + ln if ln.startswith(b"From ") else ln for ln in raw.split(b"\n"))
        chunks.append(f"From heldout@example.com {stamp}\n".encode() + escaped.rstrip(b"\n") + b"\n\n")
        labels.append({"message_id": mid, "label": mail.label, "service": mail.service})
    (OUT / "heldout.mbox").write_bytes(b"".join(chunks))
    (OUT / "heldout.truth.json").write_text(
        json.dumps(sorted(TRUTH, key=lambda t: t["name"].lower()), indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    (OUT / "heldout.labels.json").write_text(
        json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    positives = sum(1 for lab in labels if lab["service"])
    print(
        f"{len(labels)} messages ({positives} subscription mail, {len(labels) - positives} negatives), "
        f"{len(TRUTH)} subscriptions → {OUT}"
    )


if __name__ == "__main__":
    main()
