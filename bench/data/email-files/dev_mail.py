"""The dev half: Maya Verhoeven, Amsterdam, October 2025 to November 2026.

One function per sender, each writing in its own house style; `build` lists the truth a careful
reader of this mailbox would write down (README.md gives the rules).
"""

# ruff: noqa: RUF001, E501

from __future__ import annotations

from datetime import date, timedelta

from mailkit import Clock, Half, Mail, add_months, every, jsonld, monthly, page, paras, rows, truth

ME = ("Maya Verhoeven", "maya.verhoeven@mailbox.example")
TODAY = date(2026, 12, 2)
C = Clock(20261202)
NL_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def nl_date(day: date) -> str:
    return f"{NL_DAYS[day.weekday()]} {day.day} {NL_MONTHS[day.month - 1]}"


def nl_money(amount: str) -> str:
    """12.50 -> 12,50 and 1485.00 -> 1.485,00, as Dutch and German mail writes euros."""
    whole, cents = amount.split(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{grouped},{cents}"


# --- streaming ---------------------------------------------------------------------------


def netflix() -> list[Mail]:
    sender = ("Netflix", "info@account.netflix.com")
    out = []
    for day in monthly(date(2026, 8, 8), 4):
        html = page(
            "NETFLIX",
            "#e50914",
            paras(f"""Hi Maya,

Thanks for being a member. We've received your payment for your Standard plan.

Amount: €15.99
Payment method: Mastercard •••• 4417
Billing date: {day.day} {day:%B %Y}

Your next billing date is {add_months(day, 1).day} {add_months(day, 1):%B %Y}.

Questions? Visit the Help Center or call 0800 022 9647."""),
            footer="Netflix International B.V., Karperstraat 8-10, 1075 KZ Amsterdam. SRC: 21340_en_NL",
        )
        out.append(Mail(C.at(day), sender, "Your payment was successful", html=html, label="Netflix"))
    notice = page(
        "NETFLIX",
        "#e50914",
        paras("""Hi Maya,

We're writing to let you know about an update to your Standard plan price.

Starting with your next billing date, 8 December 2026, your price will change from €15.99 to €17.99 a month.

We're always working to add more value to Netflix — more series, films and games. If you'd like to change
your plan, you can do so at any time in your Account settings.

— Your friends at Netflix"""),
        footer="This account email has been sent to you as part of your Netflix membership.",
    )
    out.append(
        Mail(
            C.at(date(2026, 11, 13)),
            sender,
            "An update to your Netflix membership",
            html=notice,
            label="Netflix",
        )
    )
    promo = page(
        "NETFLIX",
        "#000000",
        paras("""New on Netflix this week

Wednesday: Season 2 — now streaming.
The Diplomat: new episodes 30 October.
Plus 12 new films picked for you.

Watch now"""),
        footer="You're receiving this email because you're a Netflix member. Unsubscribe from these emails.",
    )
    out.append(
        Mail(
            C.at(date(2026, 10, 20)),
            ("Netflix", "info@mailer.netflix.com"),
            "Maya, new arrivals picked for you",
            html=promo,
            label=None,
        )
    )
    return out


def spotify() -> list[Mail]:
    sender = ("Spotify", "no-reply@spotify.com")

    def receipt(day: date) -> Mail:
        text = f"""Spotify

Receipt

Thanks for your payment, Maya. Here's your receipt for Spotify Premium.

Date: {day:%d/%m/%Y}
Order ID: 1284{day:%m%d}773
Spotify Premium Individual    €11.99
Total (incl. VAT 21%)         €11.99
Paid with Visa ending 0288

Your Premium plan renews automatically each month. You can cancel anytime in your account.

Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden"""
        html = page(
            "Spotify",
            "#1db954",
            paras(text.split("\n", 2)[2]),
            rows(
                [("Spotify Premium Individual", "€11.99"), ("Total (incl. VAT 21%)", "€11.99")],
                bold_last=True,
            ),
            footer="Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden",
        )
        return Mail(
            C.at(day, 2), sender, "Your Spotify Premium receipt", text=text, html=html, label="Spotify"
        )

    out = [receipt(d) for d in (date(2026, 6, 17), date(2026, 10, 17), date(2026, 11, 17))]
    failed = """Hi Maya,

We couldn't process your payment of €11.99 for Spotify Premium.

Please update your payment details so you don't lose access to ad-free music. We'll try again in a few days.

Update payment details: https://www.spotify.com/account/subscription/

The Spotify team"""
    out.append(
        Mail(
            C.at(date(2026, 7, 17), 2),
            sender,
            "Your payment didn't go through",
            text=failed,
            html=page("Spotify", "#1db954", paras(failed)),
            label="Spotify",
        )
    )
    late = receipt(date(2026, 7, 20))
    out.append(late)
    promo = """Bring the whole household to Premium.

Premium Family: up to 6 Premium accounts for €17.99/month. Try 1 month for €0.

Individual plan only. €0 for 1 month, then €17.99/month after. Offer ends 31 October 2026. Terms apply."""
    out.append(
        Mail(
            C.at(date(2026, 9, 30), 2),
            ("Spotify", "no-reply@business.spotify.com"),
            "Maya, make it a Family plan",
            html=page("Spotify", "#191414", paras(promo)),
            label=None,
        )
    )
    return out


def disney() -> list[Mail]:
    sender = ("Disney+", "disneyplus@mail.disneyplus.com")
    out = []
    for day in monthly(date(2026, 5, 14), 3):
        text = f"""Disney+

Thanks for your payment

Subscription: Disney+ Standard (monthly)
Amount charged: €10.99
Date: {day:%B %d, %Y}
Transaction ID: DP-{day:%y%m%d}-88120

Manage your subscription at disneyplus.com/account."""
        out.append(
            Mail(
                C.at(day),
                sender,
                "Disney+ payment confirmation",
                text=text,
                html=page("Disney+", "#113ccf", paras(text)),
                label="Disney+",
            )
        )
    cancel = """Hi Maya,

We're sorry to see you go. This email confirms that your Disney+ subscription has been cancelled.

You can keep watching until 14 August 2026, the end of your current billing period. You won't be charged again.

Changed your mind? You can restart your subscription at any time."""
    out.append(
        Mail(
            C.at(date(2026, 7, 29)),
            sender,
            "Your Disney+ subscription has been cancelled",
            text=cancel,
            html=page("Disney+", "#113ccf", paras(cancel)),
            label="Disney+",
        )
    )
    winback = """We miss you, Maya

Come back to Disney+ and get your first month for just €1.99. Then €10.99/month. Cancel anytime.

Restart now — offer ends 15 October 2026."""
    out.append(
        Mail(
            C.at(date(2026, 10, 2)),
            ("Disney+", "disneyplus@mail.disneyplus.com"),
            "Come back for €1.99",
            html=page("Disney+", "#113ccf", paras(winback)),
            label=None,
        )
    )
    return out


def google_play() -> list[Mail]:
    sender = ("Google Play", "googleplay-noreply@google.com")
    out = []
    for n, day in enumerate(monthly(date(2026, 9, 6), 3)):
        body = f"""Thank you.

You've made a purchase from Google Play.

Order number: GPA.3312-4471-2290-{18832 + n}
Order date: {day:%b %d, %Y} 10:14:07 CET
Your account: maya.verhoeven@mailbox.example

Item                                        Price
YouTube Premium (YouTube)                   €12.99/month
Auto-renewing subscription

Total: €12.99/month (includes VAT of €2.25)
Payment method: Mastercard-4417

You can cancel at any time in Google Play subscriptions."""
        order = jsonld(
            {
                "@context": "http://schema.org",
                "@type": "Order",
                "merchant": {"@type": "Organization", "name": "Google Play"},
                "orderNumber": f"GPA.3312-4471-2290-{18832 + n}",
                "priceCurrency": "EUR",
                "price": "12.99",
                "acceptedOffer": {
                    "@type": "Offer",
                    "itemOffered": {"@type": "Product", "name": "YouTube Premium"},
                    "price": "12.99",
                    "priceCurrency": "EUR",
                },
            }
        )
        html = order + page(
            "Google Play",
            "#01875f",
            paras(body),
            footer="Google Commerce Limited, Gordon House, Barrow Street, Dublin 4, Ireland",
        )
        out.append(
            Mail(
                C.at(day),
                sender,
                f"Your Google Play Order Receipt from {day:%b %-d, %Y}",
                text=body,
                html=html,
                label="YouTube Premium",
            )
        )
    return out


def unext() -> list[Mail]:
    sender = ("U-NEXT", "info@unext.jp")
    out = []
    for day in monthly(date(2026, 9, 15), 3):
        nxt = add_months(day, 1)
        text = f"""Maya Verhoeven 様

いつもU-NEXTをご利用いただき、誠にありがとうございます。
月額プランのお支払いが完了しましたのでお知らせいたします。

■ご利用内容
プラン名：月額プラン
ご請求金額：¥2,189（税込）
お支払い方法：クレジットカード
決済日：{day.year}年{day.month}月{day.day}日
次回更新日：{nxt.year}年{nxt.month}月{nxt.day}日

※本メールは送信専用です。
株式会社U-NEXT　カスタマーセンター　0120-285-600"""
        out.append(
            Mail(
                C.at(day, 9),
                sender,
                "【U-NEXT】お支払い完了のお知らせ",
                text=text,
                charset="iso-2022-jp",
                cte="7bit",
                label="U-NEXT",
            )
        )
    return out


# --- music, storage, software -------------------------------------------------------------


def apple() -> list[Mail]:
    sender = ("Apple", "no_reply@email.apple.com")

    def item(title: str, sub: str, renew: str, price: str) -> str:
        return (
            f'<tr><td style="padding:8px"><b>{title}</b><br><span style="color:#666">{sub}</span><br>'
            f'<span style="color:#666">{renew}</span></td><td align="right" style="padding:8px">{price}</td></tr>'
        )

    def receipt(day: date, items: list[str], total: str, vat: str, doc: int) -> Mail:
        html = f"""<html><body style="font-family:-apple-system,Helvetica"><table width="640" align="center">
<tr><td><img alt="Apple" src="https://www.apple.com/ac/logo.png"><h1 style="font-weight:500">Receipt</h1></td></tr>
<tr><td><table width="100%" style="background:#fafafa;font-size:12px"><tr>
<td>APPLE ACCOUNT<br>maya.verhoeven@mailbox.example</td><td>DATE<br>{day.day} {day:%b %Y}</td>
<td>ORDER ID<br>MT4XK{doc % 97:02d}P2LQ</td><td>DOCUMENT NO.<br>1730{doc}</td></tr></table></td></tr>
<tr><td><table width="100%">{"".join(items)}</table></td></tr>
<tr><td align="right" style="font-size:12px">VAT charged at 21%&nbsp;&nbsp;{vat}</td></tr>
<tr><td align="right"><b>TOTAL&nbsp;&nbsp;{total}</b></td></tr>
<tr><td style="font-size:11px;color:#888">Billed to Mastercard •••• 4417. Apple Distribution International Ltd.,
Hollyhill Industrial Estate, Cork, Ireland. VAT No. IE9700053D.
<a href="https://apps.apple.com/account/subscriptions">Manage subscriptions</a></td></tr>
</table></body></html>"""
        return Mail(C.at(day), sender, "Your receipt from Apple.", html=html, cte="base64")

    icloud = item("iCloud+", "iCloud+ with 200 GB storage (Monthly)", "Renews {renew}", "€2.99")
    out = []
    for n, day in enumerate(monthly(date(2026, 9, 11), 3)):
        items = [icloud.format(renew=f"{add_months(day, 1).day} {add_months(day, 1):%b %Y}")]
        total, vat = "€2.99", "€0.52"
        also: tuple[str, ...] = ()
        if n == 0:
            items.append(
                item(
                    "Headspace: Meditation &amp; Sleep",
                    "Headspace Annual (Yearly)",
                    "Renews 11 Sep 2027",
                    "€57.99",
                )
            )
            total, vat = "€60.98", "€10.58"
            also = ("Headspace",)
        mail = receipt(day, items, total, vat, 293847561 + n)
        mail.label, mail.also = "iCloud+", also
        out.append(mail)
    game = item("Monument Valley 3", "Ustwo Games", "", "€4.99")
    one_off = receipt(date(2026, 4, 3), [game], "€4.99", "€0.87", 291100452)
    out.append(one_off)
    # The Headspace line rides on the first iCloud+ receipt: label it by a twin entry pointing there.
    out.append(
        Mail(
            C.at(date(2026, 9, 12)),
            ("Headspace", "hello@headspace.com"),
            "Welcome to Headspace Annual",
            text="""Hi Maya,

Welcome to Headspace. Your annual membership (billed through the App Store) is now active.

Start with the Basics course today: 10 minutes a day is all it takes.

The Headspace team
Headspace Inc., 2415 Michigan Ave, Santa Monica, CA 90404""",
            label="Headspace",
        )
    )
    return out


def dropbox() -> list[Mail]:
    sender = ("Dropbox", "no-reply@dropbox.com")
    reminder = """Hi Maya,

Your Dropbox Plus plan will renew automatically on February 14, 2026.

Plan: Dropbox Plus (2 TB)
Price: $119.88 billed yearly
Payment method: Visa ending in 0288

No action is needed. To change your plan, visit your account page.

- The Dropbox team"""
    out = [
        Mail(
            C.at(date(2026, 1, 31), -5),
            sender,
            "Your Dropbox Plus plan renews soon",
            text=reminder,
            html=page("Dropbox", "#0061fe", paras(reminder)),
            label="Dropbox",
        )
    ]
    invoice = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "Invoice",
            "accountId": "dbid:AAB2x9",
            "provider": {"@type": "Organization", "name": "Dropbox"},
            "totalPaymentDue": {"@type": "PriceSpecification", "price": "119.88", "priceCurrency": "USD"},
            "paymentStatus": "https://schema.org/PaymentComplete",
            "referencesOrder": {
                "@type": "Order",
                "orderedItem": {"@type": "Service", "name": "Dropbox Plus, annual"},
            },
        }
    )
    body = """Thanks for your payment

Invoice date: February 14, 2026
Invoice #: 2026021408813
Dropbox Plus - Annual plan (Feb 14, 2026 - Feb 13, 2027)    $119.88
Total charged: $119.88 USD

Your plan renews on February 14, 2027."""
    out.append(
        Mail(
            C.at(date(2026, 2, 14), -5),
            sender,
            "Your Dropbox receipt",
            text=body,
            html=invoice + page("Dropbox", "#0061fe", paras(body)),
            label="Dropbox",
        )
    )
    return out


def notion() -> list[Mail]:
    """Stripe-hosted receipts: subtotal, VAT, total, amount paid."""
    sender = ("Notion Labs, Inc.", "invoice+statements@mail.notion.so")
    out = []
    for n, day in enumerate(monthly(date(2026, 9, 3), 3)):
        end = add_months(day, 1) - timedelta(days=1)
        text = f"""Receipt from Notion Labs, Inc.
Receipt #2412-3318-{n + 7:04d}

Amount paid         $12.10
Date paid           {day:%b %-d, %Y}
Payment method      Visa - 0288

SUMMARY
Notion Plus (per member)
{day:%b %-d} – {end:%b %-d, %Y}
Qty 1                          $10.00
Subtotal                       $10.00
VAT - Netherlands (21% on $10.00)   $2.10
Total                          $12.10
Amount paid                    $12.10

If you have any questions, contact us at team@makenotion.com.
Something wrong with the email? View it in your browser.
You're receiving this email because you made a purchase at Notion Labs, Inc., which partners with Stripe to
provide invoicing and payment processing."""
        html = page(
            "Notion Labs, Inc.",
            "#525f7f",
            f'<p style="color:#8898aa">Receipt from Notion Labs, Inc.</p><h2>$12.10</h2><p>Paid {day:%B %-d, %Y}</p>',
            rows([("Receipt number", f"2412-3318-{n + 7:04d}"), ("Payment method", "Visa - 0288")]),
            "<h4>SUMMARY</h4>",
            rows(
                [
                    ("Notion Plus (per member) × 1", "$10.00"),
                    ("Subtotal", "$10.00"),
                    ("VAT - Netherlands (21% on $10.00)", "$2.10"),
                    ("Total", "$12.10"),
                    ("Amount paid", "$12.10"),
                ],
                bold_last=True,
            ),
            footer="Powered by Stripe. You're receiving this email because you made a purchase at Notion Labs, Inc.",
        )
        out.append(
            Mail(
                C.at(day, -5),
                sender,
                f"Your receipt from Notion Labs, Inc. #2412-3318-{n + 7:04d}",
                text=text,
                html=html,
                label="Notion",
            )
        )
    return out


def setapp() -> list[Mail]:
    """Paddle as merchant of record: the mail comes from Paddle, the product is Setapp."""
    sender = ("Paddle.com", "help@paddle.com")
    out = []
    for n, day in enumerate(monthly(date(2026, 9, 22), 3)):
        html = page(
            "Setapp",
            "#2c2c2c",
            f"<p>Hi Maya,</p><p>Thanks for your purchase of <b>Setapp</b>. Paddle.com is the online reseller and "
            f"Merchant of Record for this order.</p><p>Order #{61230412 + n * 3117}, {day:%d %B %Y}</p>",
            rows(
                [
                    ("Setapp Individual Monthly", "€8.26"),
                    ("Subtotal", "€8.26"),
                    ("VAT (21%)", "€1.73"),
                    ("Total", "€9.99"),
                ],
                bold_last=True,
            ),
            f"<p>Next payment: €9.99 on {add_months(day, 1):%d %B %Y}.</p>"
            "<p>You'll see PADDLE.NET* SETAPP on your bank statement.</p>",
            footer="Paddle.com Market Ltd, Judd House, 18-29 Mora Street, London EC1V 8BT. Need help? paddle.net",
        )
        out.append(Mail(C.at(day, 0), sender, "Your Setapp receipt", html=html, label="Setapp"))
    return out


def fastmail() -> list[Mail]:
    """Chargebee-style invoice: Sub Total, tax line, Total, Amount Paid, Amount Due."""
    sender = ("Fastmail Billing", "billing@fastmail.example")
    heads_up = """Hello,

This is a reminder that your Fastmail Standard subscription will renew in 14 days, on 9 May 2026.

Renewal amount: $72.60 (12 months, incl. VAT)
Card on file: Visa ending 0288

If you want to make changes, visit Settings → Billing.

Fastmail Pty Ltd, Level 2, 114 William St, Melbourne VIC 3000, Australia"""
    out = [
        Mail(
            C.at(date(2026, 4, 25), 9),
            sender,
            "Your subscription renews in 14 days",
            text=heads_up,
            label="Fastmail",
        )
    ]
    invoice = """INVOICE #FM-208113
Invoice Date: 09-May-2026        Billing Period: 09-May-2026 to 08-May-2027

Description                          Units   Unit Price    Amount
Fastmail Standard - Yearly              1       $60.00    $60.00

                                   Sub Total           $60.00
                                   Tax (VAT 21%)       $12.60
                                   Total               $72.60
                                   Payments            ($72.60)
                                   Amount Due           $0.00

Payment of $72.60 received on 09-May-2026 by card ending 0288. Thank you for your business!
ABN 83 104 936 434"""
    html = page(
        "Fastmail",
        "#0067b9",
        "<p>Invoice <b>#FM-208113</b> &middot; 09-May-2026 &middot; Billing Period 09-May-2026 to 08-May-2027</p>",
        rows(
            [
                ("Fastmail Standard - Yearly (1 × $60.00)", "$60.00"),
                ("Sub Total", "$60.00"),
                ("Tax (VAT 21%)", "$12.60"),
                ("Total", "$72.60"),
                ("Payments", "($72.60)"),
                ("Amount Due", "$0.00"),
            ]
        ),
        footer="Fastmail Pty Ltd · ABN 83 104 936 434 · Powered by Chargebee",
    )
    out.append(
        Mail(
            C.at(date(2026, 5, 9), 9),
            sender,
            "Invoice #FM-208113 for Fastmail Standard",
            text=invoice,
            html=html,
            label="Fastmail",
        )
    )
    return out


def namecheap() -> list[Mail]:
    sender = ("Namecheap", "support@namecheap.com")
    remind = """Dear Maya Verhoeven,

This is a courtesy notice: the domain below is scheduled to expire soon.

Domain: maya-verhoeven.com
Expiration date: June 19, 2026
Auto-Renew: ON

Since auto-renew is enabled, we will attempt to renew the domain for 1 year on June 19, 2026 using your
default payment method. Renewal price: $15.16 (includes ICANN fee).

Regards,
Namecheap Team
Phone: +1.661.310.2107"""
    out = [
        Mail(
            C.at(date(2026, 5, 20), -5),
            sender,
            "Domain Expiration Notice: maya-verhoeven.com",
            text=remind,
            label="Namecheap",
        )
    ]
    order = """Thank you for your order!

Order Number: 161822094
Order Date: 6/19/2026 3:22:10 AM
Transaction ID: 204455871

Domain Renewal
maya-verhoeven.com  1 year   $14.98
ICANN fee                      $0.18
Sub Total:                    $15.16
Total:                        $15.16

Your domain is now renewed until 6/19/2027. Auto-renew remains ON."""
    out.append(
        Mail(
            C.at(date(2026, 6, 19), -5),
            sender,
            "Namecheap Order Summary (Order# 161822094)",
            text=order,
            html=page("namecheap", "#de3723", paras(order)),
            label="Namecheap",
        )
    )
    return out


def blinkist() -> list[Mail]:
    sender = ("Blinkist", "hello@blinkist.com")
    start = """Welcome to Blinkist Premium, Maya!

Your 14-day free trial has started. Enjoy unlimited access to 7,500+ titles in 15 minutes.

Your trial ends on December 5, 2026. After that, your Blinkist Premium yearly plan starts at €79.99/year
unless you cancel before then."""
    ending = """Hi Maya,

Just a heads-up: your free trial ends in 5 days, on December 5, 2026.

After your trial, you'll be charged €79.99 for 12 months of Blinkist Premium. No action is needed to keep
learning. If Blinkist isn't for you, cancel anytime before December 5 in your account settings."""
    return [
        Mail(
            C.at(date(2026, 11, 21)),
            sender,
            "Your free trial has started",
            text=start,
            html=page("Blinkist", "#2ce080", paras(start)),
            label="Blinkist",
        ),
        Mail(
            C.at(date(2026, 11, 30)),
            sender,
            "Your trial ends in 5 days",
            text=ending,
            html=page("Blinkist", "#2ce080", paras(ending)),
            label="Blinkist",
        ),
    ]


# --- news ----------------------------------------------------------------------------------


def nrc() -> list[Mail]:
    sender = ("NRC Abonnementen", "abonnementen@nrc.nl")
    out = []
    for day in (date(2025, 12, 5), date(2026, 6, 5), date(2026, 11, 5)):
        text = f"""Beste mevrouw Verhoeven,

Bedankt voor uw betaling. Hieronder vindt u de gegevens van uw abonnement.

Abonnement: NRC Digitaal (maandelijks)
Abonneenummer: 40318825
Bedrag: € 21,50
Afgeschreven op: {day:%d-%m-%Y}

Uw abonnement wordt iedere maand automatisch verlengd. Wijzigen of opzeggen kan via nrc.nl/service
of telefonisch via 088 572 0 572 (werkdagen 8.00-17.00 uur).

Met vriendelijke groet,
Klantenservice NRC"""
        out.append(
            Mail(
                C.at(day),
                sender,
                "Betalingsbevestiging NRC Digitaal",
                text=text,
                charset="iso-8859-15",
                html=page("NRC", "#121212", paras(text), lang="nl"),
                label="NRC",
            )
        )
    digest = """NRC Vandaag — het belangrijkste nieuws van vandaag

Kabinet presenteert plannen voor woningbouw tot 2030
Analyse: wat betekent de renteverlaging van de ECB voor uw hypotheek?
Recensie: vijf sterren voor de nieuwe voorstelling van Toneelgroep Amsterdam

Nog geen abonnee? Lees 3 maanden NRC voor € 1 per week."""
    out.append(
        Mail(
            C.at(date(2026, 10, 14)),
            ("NRC", "nieuwsbrief@nrc.nl"),
            "NRC Vandaag: woningbouw tot 2030",
            html=page("NRC", "#121212", paras(digest), lang="nl"),
            label=None,
        )
    )
    return out


def spiegel() -> list[Mail]:
    sender = ("DER SPIEGEL", "aboservice@spiegel.de")
    out = []
    for day in monthly(date(2026, 9, 19), 3):
        nxt = add_months(day, 1)
        text = f"""Guten Tag Frau Verhoeven,

vielen Dank für Ihre Zahlung. Hiermit bestätigen wir den Eingang für Ihr Abonnement SPIEGEL+.

Produkt:            SPIEGEL+ Digital-Abo (monatlich kündbar)
Kundennummer:       7712 0981
Zahlungsbetrag:     19,99 € (inkl. 7 % MwSt.)
Zahlungsdatum:      {day:%d.%m.%Y}
Nächste Abbuchung:  {nxt:%d.%m.%Y}

Ihr Abonnement verlängert sich automatisch um einen weiteren Monat.

Mit freundlichen Grüßen
Ihr SPIEGEL-Aboservice
SPIEGEL-Verlag Rudolf Augstein GmbH & Co. KG, Ericusspitze 1, 20457 Hamburg"""
        out.append(
            Mail(
                C.at(day),
                sender,
                "Ihre Zahlung für SPIEGEL+ ist eingegangen",
                text=text,
                charset="windows-1252",
                cte="quoted-printable",
                label="SPIEGEL+",
            )
        )
    return out


def le_monde() -> list[Mail]:
    sender = ("Le Monde", "abonnements@lemonde.fr")
    out = []
    for day in monthly(date(2026, 2, 9), 4, step=3):
        nxt = add_months(day, 3)
        text = f"""Bonjour Maya,

Nous vous confirmons le renouvellement de votre abonnement numérique Le Monde.

Formule : Abonnement numérique — paiement trimestriel
Montant TTC : 29,97 €
dont TVA (2,1 %) : 0,62 €
Date du prélèvement : {day:%d/%m/%Y}
Prochaine échéance : {nxt:%d/%m/%Y}

Merci de votre fidélité.
Le service Abonnés du Monde — 03 28 25 71 71 (du lundi au vendredi, de 8h à 18h)"""
        html = page(
            "Le Monde",
            "#1a1a1a",
            paras(text),
            lang="fr",
            footer="Société éditrice du Monde, 67-69 avenue Pierre-Mendès-France, 75013 Paris",
        )
        out.append(
            Mail(
                C.at(day),
                sender,
                "Votre abonnement Le Monde a été renouvelé",
                text=text,
                html=html,
                charset="windows-1252",
                cte="base64",
                label="Le Monde",
            )
        )
    return out


# --- gym, bills, home ----------------------------------------------------------------------


def sportcity() -> list[Mail]:
    sender = ("SportCity", "ledenservice@sportcity.nl")
    out = []
    for day in monthly(date(2026, 9, 21), 3):
        debit = day + timedelta(days=5)
        text = f"""Hoi Maya,

Op of rond {debit:%d-%m-%Y} schrijven we de contributie voor je lidmaatschap af.

Lidmaatschap: SportCity All-in (maandelijks opzegbaar)
Lidnummer: 1029384
Bedrag: €{nl_money("44.90")}
IBAN: NL** INGB **** **** 21
Incassant-ID: NL98ZZZ342134980000

Sportieve groet,
Team SportCity"""
        out.append(
            Mail(
                C.at(day),
                sender,
                "Aankondiging incasso lidmaatschap",
                text=text,
                html=page("SportCity", "#ff6a13", paras(text), lang="nl"),
                label="SportCity",
            )
        )
    return out


def odido() -> list[Mail]:
    sender = ("Odido", "factuur@odido.nl")
    out = []
    for day, amount in (
        (date(2026, 8, 20), "31.45"),
        (date(2026, 9, 20), "25.00"),
        (date(2026, 10, 20), "25.00"),
        (date(2026, 11, 20), "25.00"),
    ):
        extra = "\nBuitenbundel (roaming Verenigd Koninkrijk): € 6,45" if amount != "25.00" else ""
        text = f"""Hoi Maya,

Je nieuwe factuur staat voor je klaar in Mijn Odido.

Factuurnummer: 9012{day:%m}8871
Klantnummer: 1.2239.4410
Abonnement: Odido Unlimited Sim Only: € 25,00{extra}
Totaal te betalen: € {nl_money(amount)}

We schrijven het bedrag over een paar dagen automatisch af van je rekening.
Vragen? Bel 1200 (gratis met je Odido mobiel).

Groetjes,
Odido"""
        out.append(
            Mail(
                C.at(day),
                sender,
                f"Je factuur van {NL_MONTHS[day.month - 1]} staat klaar",
                text=text,
                html=page("Odido", "#2a0a5c", paras(text), lang="nl"),
                label="Odido",
            )
        )
    return out


def ziggo() -> list[Mail]:
    sender = ("Ziggo", "noreply@ziggo.nl")
    out = []
    for day in monthly(date(2026, 10, 12), 2):
        text = f"""Beste klant,

Uw nota van {day:%m-%Y} is beschikbaar.

Klantnummer: 4412 3390
Notanummer: 2026{day:%m}104412
Notadatum: {day:%d-%m-%Y}
Internet 1 Gbit + TV Start: € 54,95
Totaalbedrag: € 54,95 (incl. 21% btw)

Het totaalbedrag wordt rond {day + timedelta(days=7):%d-%m-%Y} automatisch van uw rekening afgeschreven.
Klantenservice: 0900 - 1884."""
        out.append(
            Mail(
                C.at(day),
                sender,
                "Uw Ziggo-nota staat klaar",
                text=text,
                charset="iso-8859-15",
                cte="base64",
                label="Ziggo",
            )
        )
    return out


def centraal_beheer() -> list[Mail]:
    sender = ("Centraal Beheer", "service@centraalbeheer.nl")
    renew = """Geachte mevrouw Verhoeven,

Uw autoverzekering wordt per 1 april 2026 automatisch met een jaar verlengd.

Polisnummer: 55-201.338.7
Kenteken: K-420-XP
Jaarpremie (incl. assurantiebelasting): € 486,20
Betaling: automatische incasso per jaar

Wilt u iets wijzigen? Log in op Mijn Centraal Beheer of bel 055 579 80 00.

Met vriendelijke groet,
Centraal Beheer"""
    paid = """Geachte mevrouw Verhoeven,

Wij hebben de jaarpremie van € 486,20 voor uw autoverzekering (polis 55-201.338.7) ontvangen.

Uw verzekering loopt van 1 april 2026 tot 1 april 2027 en wordt daarna weer automatisch verlengd."""
    return [
        Mail(
            C.at(date(2026, 3, 2)),
            sender,
            "Verlenging van uw autoverzekering",
            text=renew,
            html=page("Centraal Beheer", "#00529b", paras(renew), lang="nl"),
            label="Centraal Beheer",
        ),
        Mail(C.at(date(2026, 4, 1)), sender, "Betaling ontvangen", text=paid, label="Centraal Beheer"),
    ]


def rent() -> list[Mail]:
    sender = ("Van der Berg Vastgoedbeheer", "huur@vdberg-vastgoed.nl")
    index = """Geachte mevrouw Verhoeven,

Per 1 juli 2026 wordt de huur van uw woning aan de Jan Evertsenstraat 118-2 jaarlijks aangepast.

Huidige kale huur: € 1.445,00 per maand
Nieuwe kale huur per 1 juli 2026: € 1.485,00 per maand (indexatie 2,8%)

De huur wordt zoals gebruikelijk op de 3e van de maand via automatische incasso geïnd."""
    out = [
        Mail(
            C.at(date(2026, 5, 15)),
            sender,
            "Huurverhoging per 1 juli 2026",
            text=index,
            label="Van der Berg Vastgoed",
        )
    ]
    for day in (date(2026, 9, 26), date(2026, 10, 27), date(2026, 11, 26)):
        due = add_months(day.replace(day=3), 1)
        text = f"""Geachte mevrouw Verhoeven,

Hierbij ontvangt u de huurnota voor {NL_MONTHS[due.month - 1]} {due.year}.

Object: Jan Evertsenstraat 118-2, 1056 EK Amsterdam
Huurnummer: 2018-0447
Kale huur: € 1.485,00
Servicekosten: € 0,00
Totaal: € 1.485,00

Dit bedrag wordt op {due:%d-%m-%Y} van uw rekening NL** RABO **** **** 77 geïncasseerd.
Bij vragen: 020 - 615 22 90."""
        out.append(
            Mail(
                C.at(day),
                sender,
                f"Huurnota {due:%m-%Y}",
                text=text,
                charset="iso-8859-15",
                label="Van der Berg Vastgoed",
            )
        )
    return out


def vattenfall_forwarded() -> list[Mail]:
    sender = ("Jeroen de Wit", "jeroen.dewit@mailbox.example")
    out = []
    for day, note in (
        (date(2026, 6, 20), "Zie hieronder, dit is de energie. Gaat elke maand van de gezamenlijke."),
        (date(2026, 11, 19), "Ter info, termijnbedrag blijft gelijk."),
    ):
        original = day - timedelta(days=1)
        text = f"""{note}

x J

---------- Forwarded message ---------
From: Vattenfall <klantenservice@vattenfall.nl>
Date: {original:%a, %d %b %Y} at 09:12
Subject: Uw termijnbedrag voor {NL_MONTHS[add_months(original, 1).month - 1]}
To: <jeroen.dewit@mailbox.example>


Beste heer De Wit,

Uw maandelijkse termijnbedrag voor stroom en gas is € 138,00.
Wij schrijven dit bedrag op {original.replace(day=24):%d-%m-%Y} af van uw rekening.

Klantnummer: 2003 4481 92
Leveringsadres: Jan Evertsenstraat 118-2, Amsterdam

Met vriendelijke groet,
Vattenfall Klantenservice"""
        out.append(
            Mail(
                C.at(day),
                sender,
                f"Fwd: Uw termijnbedrag voor {NL_MONTHS[add_months(original, 1).month - 1]}",
                text=text,
                label="Vattenfall",
            )
        )
    return out


def hellofresh() -> list[Mail]:
    sender = ("HelloFresh", "hello@hellofresh.nl")
    out = []
    for day in every(date(2026, 10, 1), 7, date(2026, 11, 29)):
        week = day.isocalendar()[1]
        text = f"""Hi Maya,

Your box for week {week} is paid and on its way for delivery on {day + timedelta(days=5):%A %d %B}.

Plan: 3 recipes for 2 people
Box price: €62.99
Shipping: €0.00
Total charged: €62.99

Skip a week or change your recipes until Wednesday 23:59 before each delivery.
Your next box will be charged on {day + timedelta(days=7):%d %B}."""
        out.append(
            Mail(
                C.at(day),
                sender,
                f"Week {week}: your HelloFresh box is confirmed",
                text=text,
                html=page("HelloFresh", "#91c11e", paras(text)),
                label="HelloFresh",
            )
        )
    return out


# --- hard negatives ------------------------------------------------------------------------


def shop_orders() -> list[Mail]:
    out = []
    amazon = ("Amazon.nl", "bestellingen@amazon.nl")
    for day, item, price in (
        (date(2025, 11, 28), "Philips Hue White Ambiance E27 (2 stuks)", "54,99"),
        (date(2026, 2, 3), "Moleskine Classic Notebook, Large", "21,95"),
        (date(2026, 5, 11), "Anker PowerCore 20000 mAh", "39,99"),
        (date(2026, 9, 24), "LEGO Icons Bonsai Tree 10281", "42,49"),
    ):
        order = f"402-{day:%m%d}113-{day.day * 7919 % 10000000:07d}"
        text = f"""Hallo Maya,

Bedankt voor je bestelling. We laten je weten wanneer je artikel is verzonden.

Bestelnummer #{order}
{item}
Verkocht door: Amazon EU S.à r.l.
Totaal bestelling: € {price}

Verwachte levering: {nl_date(day + timedelta(days=2))}"""
        out.append(
            Mail(
                C.at(day),
                amazon,
                f"Je Amazon.nl-bestelling #{order}",
                text=text,
                html=page("amazon.nl", "#232f3e", paras(text), lang="nl"),
            )
        )
        ship = f"""Je pakket met {item} is verzonden en wordt {day + timedelta(days=2):%d-%m} bezorgd door PostNL.
Track & Trace: 3SAMZ{day:%y%m%d}4471

Bestelnummer #{order}"""
        out.append(
            Mail(
                C.at(day + timedelta(days=1)),
                ("Amazon.nl", "verzending@amazon.nl"),
                "Je pakket is verzonden",
                text=ship,
            )
        )
    prime = """Probeer Prime 30 dagen gratis

Gratis verzending op miljoenen artikelen, Prime Video en meer. Daarna € 4,99 per maand. Op elk moment opzegbaar.

Start je gratis proefperiode"""
    out.append(
        Mail(
            C.at(date(2026, 6, 2)),
            ("Amazon.nl", "prime@amazon.nl"),
            "Maya, probeer Prime gratis",
            html=page("amazon prime", "#00a8e1", paras(prime), lang="nl"),
        )
    )
    for day, item, price in (
        (date(2026, 3, 14), "Samsonite koffer 69 cm", "189,00"),
        (date(2026, 8, 2), "De Bosatlas van Nederland", "64,99"),
    ):
        text = f"""Bedankt voor je bestelling bij bol!

Bestelnummer: 4912{day:%y%m%d}
{item} - € {price}
Verzendkosten: gratis
Totaal: € {price}

We bezorgen je pakket op {nl_date(day + timedelta(days=1))}. Klantenservice: 030 310 49 99."""
        out.append(
            Mail(C.at(day), ("bol", "klantenservice@bol.com"), "Bedankt voor je bestelling", text=text)
        )
    cool = """Bedankt voor je bestelling, Maya!

Ordernummer: 2026-71140
Sony WH-1000XM5 Zwart    € 299,00
Coolblue Protect 2 jaar  €  39,00
Totaal                   € 338,00

Morgen in huis. Vragen? Bel 010 798 8999."""
    out.append(
        Mail(
            C.at(date(2026, 7, 7)),
            ("Coolblue", "bestelling@coolblue.nl"),
            "Je bestelling 2026-71140",
            text=cool,
            html=page("coolblue", "#0090e3", paras(cool), lang="nl"),
        )
    )
    return out


def rides_and_travel() -> list[Mail]:
    out = []
    uber = ("Uber Receipts", "noreply@uber.com")
    for day, total, where in (
        (date(2025, 10, 24), "14,23", "Amsterdam Centraal"),
        (date(2026, 1, 17), "22,80", "Schiphol Airport"),
        (date(2026, 4, 9), "11,05", "Vondelpark"),
        (date(2026, 6, 26), "18,40", "Ziggo Dome"),
        (date(2026, 11, 6), "9,75", "De Pijp"),
    ):
        text = f"""Thanks for riding, Maya

Total €{total}
{day:%A, %B %-d, %Y}

Trip fare €{total}
Uber Comfort · 6.4 km · 18 min
Pickup: Jan Evertsenstraat 118
Dropoff: {where}

Paid with Mastercard ••••4417. Switch payment method in the app."""
        out.append(
            Mail(
                C.at(day),
                uber,
                f"Your {day:%A} trip with Uber",
                text=text,
                html=page("Uber", "#000000", paras(text)),
            )
        )
    klm = """Dear Ms Verhoeven,

Thank you for booking with KLM. Your booking code is K7TQ2M.

Flight KL1007 Amsterdam (AMS) - London Heathrow (LHR), Thursday 12 March 2026, 07:05 - 07:25
Flight KL1018 London Heathrow (LHR) - Amsterdam (AMS), Sunday 15 March 2026, 19:40 - 22:00

Total price: EUR 246.38 (incl. taxes and surcharges)
Paid by Visa on 14 February 2026. E-ticket 074 2412 883 0192."""
    out.append(
        Mail(
            C.at(date(2026, 2, 14)),
            ("KLM Royal Dutch Airlines", "noreply@klm.com"),
            "Your booking confirmation K7TQ2M",
            text=klm,
            html=page("KLM", "#00a1de", paras(klm)),
        )
    )
    checkin = """Check in now for your flight KL1007 to London on 12 March 2026. Booking code K7TQ2M.
Online check-in opens 30 hours before departure."""
    out.append(
        Mail(
            C.at(date(2026, 3, 11)),
            ("KLM Royal Dutch Airlines", "noreply@klm.com"),
            "Check in for your flight to London",
            text=checkin,
        )
    )
    ns = """Bedankt voor je aankoop bij NS.

E-ticket enkele reis 2e klas
Amsterdam Centraal - Utrecht Centraal, geldig op 22-10-2026
Prijs: € 9,20
Bestelnummer 88120033471"""
    out.append(
        Mail(C.at(date(2026, 10, 21)), ("NS", "noreply@ns.nl"), "Je e-ticket voor 22 oktober", text=ns)
    )
    booking = """Your booking in Antwerp is confirmed.

Hotel Julien, Korte Nieuwstraat 24
Check-in: Friday 8 May 2026 (from 15:00)   Check-out: Sunday 10 May 2026 (until 11:00)
Total price: € 312 (you'll pay at the property)
Confirmation number: 4127.339.018  PIN: 2290"""
    out.append(
        Mail(
            C.at(date(2026, 4, 2)),
            ("Booking.com", "noreply@booking.com"),
            "Your booking is confirmed at Hotel Julien",
            text=booking,
            html=page("Booking.com", "#003580", paras(booking)),
        )
    )
    return out


def newsletters() -> list[Mail]:
    out = []
    for day in every(date(2026, 8, 2), 14, date(2026, 11, 29)):
        text = f"""De Correspondent — je wekelijkse overzicht

Deze week: waarom huren steeds duurder wordt, een interview over de energierekening, en een essay over
abonnementen die je vergeet op te zeggen.

Wil je De Correspondent steunen? Word lid voor € 8 per maand — of geef wat je wilt.

Je ontvangt deze mail omdat je je hebt aangemeld voor de nieuwsbrief. Afmelden? {day:%d-%m}"""
        out.append(
            Mail(
                C.at(day),
                ("De Correspondent", "nieuwsbrief@decorrespondent.nl"),
                "Je wekelijkse overzicht",
                html=page("De Correspondent", "#e0202a", paras(text), lang="nl"),
                headers={"List-Unsubscribe": "<https://decorrespondent.nl/afmelden>"},
            )
        )
    for day in (date(2026, 3, 1), date(2026, 6, 7), date(2026, 9, 6), date(2026, 11, 22)):
        text = f"""Your weekly digest from Substack

Top posts from the publications you follow:
• "How I cut my streaming bill in half" — Money Diaries
• "The price of everything, week {day.isocalendar()[1]}" — Price Watch
• "Annual plans are a trap (sometimes)" — The Frugal Dev

You're on the free list for these publications. Upgrade to paid for $5/month or $50/year."""
        out.append(
            Mail(
                C.at(day, -5),
                ("Substack", "no-reply@substack.com"),
                "Your weekly digest",
                text=text,
                headers={"List-Unsubscribe": "<https://substack.com/unsubscribe>"},
            )
        )
    nyt = """Subscribe now and save 20%.

Get unlimited access to The New York Times for €2 a week for your first year. Cancel anytime.
Then €25 every 4 weeks. Offer for new subscribers only. Ends 30 November 2026."""
    for day in (date(2026, 4, 20), date(2026, 11, 24)):
        out.append(
            Mail(
                C.at(day, -5),
                ("The New York Times", "nytimes@e.newyorktimes.com"),
                "Limited time: save 20% on The Times",
                html=page("The New York Times", "#000000", paras(nyt)),
            )
        )
    return out


def accounts() -> list[Mail]:
    out = []
    reset = """Hey maya-v!

We received a request to reset the password for your GitHub account. Use the link below within 3 hours:
https://github.com/password_reset/8f1c2a

If you didn't request a password reset, you can ignore this email."""
    out.append(
        Mail(
            C.at(date(2026, 2, 22)),
            ("GitHub", "noreply@github.com"),
            "[GitHub] Please reset your password",
            text=reset,
        )
    )
    ziggo_reset = """Beste klant,

U heeft gevraagd om uw wachtwoord voor Mijn Ziggo te wijzigen. Klik op de link hieronder (24 uur geldig).
Heeft u dit niet aangevraagd? Neem dan contact op via 0900 - 1884."""
    out.append(
        Mail(
            C.at(date(2026, 5, 30)), ("Ziggo", "mijnziggo@ziggo.nl"), "Wachtwoord wijzigen", text=ziggo_reset
        )
    )
    for day, device in ((date(2026, 1, 9), "Pixel 8, Amsterdam"), (date(2026, 8, 14), "Windows, Berlin")):
        alert = f"""A new sign-in on {device.split(",")[0]}

maya.verhoeven@mailbox.example
We noticed a new sign-in to your Google Account on a {device} device. If this was you, you don't need to do
anything. If not, we'll help you secure your account.

Check activity"""
        out.append(
            Mail(
                C.at(day),
                ("Google", "no-reply@accounts.google.com"),
                "Security alert",
                text=alert,
                html=page("Google", "#4285f4", paras(alert)),
            )
        )
    apple_id = """Your Apple Account was used to sign in to iCloud via a web browser.
Date and Time: 3 October 2026, 21:14 CEST
If the information above looks familiar, you can ignore this message."""
    out.append(
        Mail(
            C.at(date(2026, 10, 3)),
            ("Apple", "appleid@id.apple.com"),
            "Your Apple Account was used to sign in to iCloud via a web browser",
            text=apple_id,
        )
    )
    return out


def bank() -> list[Mail]:
    out = []
    for day in monthly(date(2025, 11, 4), 13):
        text = f"""Beste M. Verhoeven,

Je rekeningafschrift van {NL_MONTHS[add_months(day, -1).month - 1]} {add_months(day, -1).year} staat klaar in Mijn ING.

Rekening: NL** INGB **** **** 21
Saldo per {day:%d-%m-%Y}: € {nl_money(f"{2100 + day.month * 137}.{day.day * 3:02d}")}

Je kunt je afschrift bekijken en downloaden in de ING App."""
        out.append(Mail(C.at(day), ("ING", "noreply@ing.nl"), "Je rekeningafschrift staat klaar", text=text))
    for day in monthly(date(2026, 6, 22), 6):
        cc = f"""Uw creditcardoverzicht van {NL_MONTHS[day.month - 1]} staat klaar.

Te betalen: € {nl_money(f"{300 + day.month * 23}.{day.month * 7:02d}")}
Wordt automatisch afgeschreven op: {day + timedelta(days=6):%d-%m-%Y}
Creditcardnummer: **** **** **** 4417"""
        out.append(
            Mail(C.at(day), ("ICS Cards", "service@icscards.nl"), "Uw nieuwe creditcardoverzicht", text=cc)
        )
    return out


def ical(uid: str, summary: str, start: str, rule: str = "") -> str:
    rrule = f"RRULE:{rule}\r\n" if rule else ""
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
        f"METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:{uid}\r\nDTSTART:{start}\r\nDTEND:{start[:-3]}000Z\r\n"
        f"{rrule}SUMMARY:{summary}\r\nORGANIZER:mailto:sanne.bakker@mailbox.example\r\nEND:VEVENT\r\n"
        f"END:VCALENDAR\r\n"
    )


def personal() -> list[Mail]:
    out = []
    sanne = ("Sanne Bakker", "sanne.bakker@mailbox.example")
    invites = (
        (
            date(2026, 1, 12),
            "Invitation: Tennis @ Weekly on Monday 19:00",
            "Tennis",
            "20260119T180000Z",
            "FREQ=WEEKLY;BYDAY=MO",
        ),
        (
            date(2026, 5, 4),
            "Invitation: Dinner at Rijsel @ Fri 15 May 2026 19:30",
            "Dinner at Rijsel",
            "20260515T173000Z",
            "",
        ),
        (
            date(2026, 10, 19),
            "Invitation: Split the cabin bill @ Mon 2 Nov 2026",
            "Split the cabin bill",
            "20261102T190000Z",
            "",
        ),
    )
    for day, subject, summary, start, rule in invites:
        text = f"{summary}\nWhen: {start[:8]}\nJoining: maya.verhoeven@mailbox.example\nView your event in Google Calendar"
        out.append(
            Mail(C.at(day), sanne, subject, text=text, ical=ical(f"{start}@google.com", summary, start, rule))
        )
    notes = (
        (
            date(2025, 12, 2),
            sanne,
            "Ardennen huisje",
            "Hoi Maya!\n\nIk heb het huisje geboekt voor 13-16 februari, € 480,00 in totaal. Wil je me € 120,00 "
            "tikkien voor 1 januari? Elke maand zo'n weekend zou top zijn haha.\n\nX Sanne",
        ),
        (
            date(2026, 3, 28),
            ("Mam", "els.verhoeven@mailbox.example"),
            "Verjaardag opa",
            "Lieverd,\n\nOpa wordt 14 april 85! We geven samen een cadeau van ongeveer 150 euro, dus 50 per persoon.\n"
            "Bel je me? 06-12345678\n\nLiefs, mam",
        ),
        (
            date(2026, 9, 9),
            ("Jeroen de Wit", "jeroen.dewit@mailbox.example"),
            "Spotify family?",
            "Zullen we overstappen op Spotify Family? Dat is €17,99 per maand voor ons allebei, scheelt elk jaar "
            "zo'n 70 euro. Ik heb nu ook Premium los.",
        ),
        (
            date(2026, 11, 27),
            sanne,
            "Re: Split the cabin bill",
            "Top, dan is het €87,50 elk. Voor 2027 wil ik weer boeken, zelfde week, budget €500.",
        ),
    )
    for day, who, subject, text in notes:
        out.append(Mail(C.at(day), who, subject, text=text))
    tikkie = """Sanne Bakker heeft je een Tikkie gestuurd.

€ 120,00 voor: Ardennen huisje
Betaal vóór 01-01-2026 via de link."""
    out.append(
        Mail(
            C.at(date(2025, 12, 2)),
            ("Tikkie", "noreply@tikkie.me"),
            "Sanne Bakker vraagt € 120,00",
            text=tikkie,
        )
    )
    paypal = """You sent €35.00 EUR to Jeroen de Wit

Note: concert tickets
Transaction ID: 7KD21933YB4401522
Transaction date: 15 June 2026"""
    out.append(
        Mail(C.at(date(2026, 6, 15)), ("PayPal", "service@paypal.nl"), "You sent a payment", text=paypal)
    )
    charity = """Lieve Maya,

Hartelijk dank voor je eenmalige gift van € 50,00 aan Artsen zonder Grenzen.
Met jouw steun kunnen wij medische hulp bieden waar dat het hardst nodig is.

Transactienummer: AZG-2026-118344
Wil je ons vaker steunen? Word maandelijkse donateur vanaf € 10 per maand."""
    out.append(
        Mail(
            C.at(date(2026, 12, 1) - timedelta(days=40)),
            ("Artsen zonder Grenzen", "donateurs@artsenzondergrenzen.nl"),
            "Bedankt voor je gift!",
            text=charity,
        )
    )
    return out


def github() -> list[Mail]:
    out = []
    notes = (
        (
            date(2026, 2, 11),
            "Next renewal shows 2026-03-31 for a plan billed on the 31st (#412)",
            "The monthly plan was charged $12.00 on Jan 31; the app shows the next charge on 2026-03-31 instead of Feb 28.",
        ),
        (
            date(2026, 4, 22),
            "Support yearly plans billed at $119.88 (#433)",
            "@maya-v merged 3 commits into main. Yearly price $119.88 should show as $9.99/mo in the summary.",
        ),
        (
            date(2026, 7, 30),
            "Release v2.4.0",
            "Subscout v2.4.0: weekly cycle, price-change notices, 31 bug fixes.",
        ),
        (
            date(2026, 9, 17),
            "CI failed on main: test_renewal_dates",
            "Run #1842 failed in 4m 12s. See the logs.",
        ),
        (
            date(2026, 11, 12),
            "Dependabot: bump stripe from 11.1.0 to 11.2.0 (#501)",
            "Bumps stripe from 11.1.0 to 11.2.0. Release notes: invoice.upcoming webhook, subscription schedules.",
        ),
    )
    for day, subject, body in notes:
        text = f"""{body}

—
Reply to this email directly, view it on GitHub:
https://github.com/maya-v/subscout-fork/issues
You are receiving this because you are subscribed to this thread."""
        out.append(
            Mail(
                C.at(day, 0),
                ("GitHub", "notifications@github.com"),
                f"[maya-v/subscout-fork] {subject}",
                text=text,
                headers={"List-ID": "maya-v/subscout-fork <subscout-fork.maya-v.github.com>"},
            )
        )
    return out


def food() -> list[Mail]:
    out = []
    for day, shop, total in (
        (date(2026, 1, 30), "Sushi Time Oost", "38,50"),
        (date(2026, 5, 22), "Pizza Fratelli", "27,90"),
        (date(2026, 10, 9), "Dumplings Deluxe", "31,20"),
    ):
        text = f"""Bedankt voor je bestelling bij {shop}!

Bestelnummer: TB{day:%y%m%d}X
Subtotaal: € {total}
Bezorgkosten: € 2,49
Totaal: € {nl_money(f"{float(total.replace(',', '.')) + 2.49:.2f}")}

Verwachte bezorgtijd: 19:25 - 19:45"""
        out.append(
            Mail(
                C.at(day),
                ("Thuisbezorgd.nl", "noreply@thuisbezorgd.nl"),
                f"Je bestelling bij {shop}",
                text=text,
                html=page("Thuisbezorgd.nl", "#ff8000", paras(text), lang="nl"),
            )
        )
    ticket = """Je bestelling is bevestigd!

Ordernummer: 2026-88431
2x Staanplaats - Ziggo Dome, zaterdag 14 maart 2027, 20:00
Prijs per ticket: € 44,75
Servicekosten: € 3,50
Totaal: € 93,00

Vragen? Bel +31 20 123 4567 (ma-vr 9-17 uur)."""
    out.append(
        Mail(
            C.at(date(2026, 10, 30)),
            ("Ticketmaster", "customer_support@ticketmaster.nl"),
            "Je Ticketmaster bestelling 2026-88431",
            text=ticket,
        )
    )
    return out


# --- added in the second pass: billed-annually wording, CJK, semiannual, biweekly, lapsed ----


def todoist() -> list[Mail]:
    text = """Thanks for going Pro, Maya!

Plan: Todoist Pro
Price: $4 per month, billed annually
Amount charged: $48.00 USD
Charged on: March 10, 2026
Renews on: March 10, 2027

Doist Inc. · You can manage your plan under Settings > Subscription."""
    return [
        Mail(
            C.at(date(2026, 3, 10), -5),
            ("Todoist", "billing@todoist.com"),
            "Your Todoist Pro receipt",
            text=text,
            html=page("todoist", "#e44332", paras(text)),
            label="Todoist",
        )
    ]


def melon() -> list[Mail]:
    out = []
    for day in monthly(date(2026, 10, 18), 2):
        nxt = add_months(day, 1)
        text = f"""[멜론] 정기결제가 완료되었습니다.

상품명: 스트리밍클럽 (정기결제)
결제금액: 10,900원 (부가세 포함)
결제일시: {day:%Y.%m.%d} 14:02
다음 결제일: {nxt:%Y.%m.%d}

이용해 주셔서 감사합니다. 카카오엔터테인먼트"""
        out.append(
            Mail(
                C.at(day, 9),
                ("멜론", "melon@kakaoent.com"),
                "[멜론] 정기결제 완료 안내",
                text=text,
                html=page("Melon", "#00cd3c", paras(text), lang="ko"),
                label="Melon",
            )
        )
    return out


def bilibili() -> list[Mail]:
    out = []
    for day in monthly(date(2026, 10, 27), 2):
        nxt = add_months(day, 1)
        text = f"""亲爱的用户，您好：

您的大会员连续包月已于{day.year}年{day.month}月{day.day}日自动续费。
支付金额：¥15.00
下次续费时间：{nxt.year}-{nxt.month:02d}-{nxt.day:02d}

感谢您对哔哩哔哩的支持！"""
        out.append(
            Mail(
                C.at(day, 8),
                ("哔哩哔哩", "noreply@bilibili.com"),
                "【哔哩哔哩】大会员自动续费成功",
                text=text,
                cte="base64",
                label="bilibili",
            )
        )
    return out


def ohra() -> list[Mail]:
    out = []
    for day in (date(2026, 1, 12), date(2026, 7, 12)):
        debit = day.replace(day=18)
        text = f"""Geachte mevrouw Verhoeven,

Binnenkort schrijven wij de premie voor uw inboedelverzekering af.

Polisnummer: 3308-221-45
Betalingstermijn: per half jaar
Premie: € 58,20
Incassodatum: {debit:%d-%m-%Y}

Met vriendelijke groet,
OHRA Verzekeringen"""
        out.append(
            Mail(
                C.at(day),
                ("OHRA", "klantenservice@ohra.nl"),
                "Aankondiging premie-incasso",
                text=text,
                label="OHRA",
            )
        )
    return out


def bloomon() -> list[Mail]:
    out = []
    for day in every(date(2026, 10, 8), 14, date(2026, 11, 29)):
        text = f"""Hi Maya,

Je nieuwe boeket is betaald en komt {nl_date(day + timedelta(days=2))} bij je langs.

Abonnement: Medium boeket, elke 2 weken
Bedrag: € 29,95
Volgende levering over twee weken. Overslaan kan tot 3 dagen van tevoren."""
        out.append(
            Mail(
                C.at(day),
                ("Bloomon", "hello@bloomon.nl"),
                "Je bloemen zijn onderweg",
                text=text,
                html=page("bloomon", "#f7c6c7", paras(text), lang="nl"),
                label="Bloomon",
            )
        )
    return out


def calm() -> list[Mail]:
    out = []
    for day in monthly(date(2025, 11, 23), 4):
        text = f"""Calm Premium — receipt

Monthly subscription: €14.99
Date: {day:%d %b %Y}
Thank you for taking a moment for yourself."""
        out.append(
            Mail(C.at(day, -5), ("Calm", "hello@calm.com"), "Your Calm receipt", text=text, label="Calm")
        )
    return out


def picnic() -> list[Mail]:
    out = []
    for day, total in (
        (date(2026, 8, 6), "64.12"),
        (date(2026, 8, 27), "41.80"),
        (date(2026, 9, 17), "77.35"),
        (date(2026, 10, 15), "52.09"),
        (date(2026, 11, 12), "58.64"),
    ):
        text = f"""Je boodschappen zijn bezorgd!

Bestelling {day:%y%m%d}-PC
Totaal: € {nl_money(total)}
Statiegeld retour: € 0,75
Tot de volgende keer! Plan je volgende bezorging in de app."""
        out.append(Mail(C.at(day), ("Picnic", "bezorging@picnic.app"), "Je bestelling is bezorgd", text=text))
    return out


def build() -> Half:
    mails: list[Mail] = []
    for writer in (
        todoist,
        melon,
        bilibili,
        ohra,
        bloomon,
        calm,
        picnic,
        netflix,
        spotify,
        disney,
        google_play,
        unext,
        apple,
        dropbox,
        notion,
        setapp,
        fastmail,
        namecheap,
        blinkist,
        nrc,
        spiegel,
        le_monde,
        sportcity,
        odido,
        ziggo,
        centraal_beheer,
        rent,
        vattenfall_forwarded,
        hellofresh,
        shop_orders,
        rides_and_travel,
        newsletters,
        accounts,
        bank,
        personal,
        github,
        food,
    ):
        mails.extend(writer())
    last_box = max(m.when.date() for m in mails if m.label == "HelloFresh")
    last_bouquet = max(m.when.date() for m in mails if m.label == "Bloomon")
    items = [
        truth("Netflix", "17.99", "EUR", "monthly", date(2026, 12, 8)),
        truth("Spotify", "11.99", "EUR", "monthly", date(2026, 12, 17), aliases=("Spotify Premium",)),
        truth("Disney+", "10.99", "EUR", "monthly", None, status="cancelled", aliases=("Disney Plus",)),
        truth("YouTube Premium", "12.99", "EUR", "monthly", date(2026, 12, 6), aliases=("YouTube",)),
        truth("U-NEXT", "2189", "JPY", "monthly", date(2026, 12, 15), aliases=("UNEXT",)),
        truth("iCloud+", "2.99", "EUR", "monthly", date(2026, 12, 11), aliases=("iCloud", "iCloud+ 200 GB")),
        truth("Headspace", "57.99", "EUR", "yearly", date(2027, 9, 11), aliases=("Headspace Annual",)),
        truth("Dropbox", "119.88", "USD", "yearly", date(2027, 2, 14), aliases=("Dropbox Plus",)),
        truth("Notion", "12.10", "USD", "monthly", date(2026, 12, 3), aliases=("Notion Labs", "Notion Plus")),
        truth("Setapp", "9.99", "EUR", "monthly", date(2026, 12, 22)),
        truth("Fastmail", "72.60", "USD", "yearly", date(2027, 5, 9), aliases=("Fastmail Standard",)),
        truth("Namecheap", "15.16", "USD", "yearly", date(2027, 6, 19), aliases=("maya-verhoeven.com",)),
        truth("Blinkist", "79.99", "EUR", "yearly", date(2026, 12, 5), aliases=("Blinkist Premium",)),
        truth("NRC", "21.50", "EUR", "monthly", date(2026, 12, 5), aliases=("NRC Digitaal",)),
        truth("SPIEGEL+", "19.99", "EUR", "monthly", date(2026, 12, 19), aliases=("DER SPIEGEL", "Spiegel")),
        truth("Le Monde", "29.97", "EUR", "quarterly", date(2027, 2, 9)),
        truth("SportCity", "44.90", "EUR", "monthly", date(2026, 12, 26), aliases=("SportCity All-in",)),
        truth("Odido", "25.00", "EUR", "monthly", date(2026, 12, 20), kind="bill"),
        truth("Ziggo", "54.95", "EUR", "monthly", date(2026, 12, 12), kind="bill"),
        truth("Centraal Beheer", "486.20", "EUR", "yearly", date(2027, 4, 1), kind="bill"),
        truth(
            "Van der Berg Vastgoed",
            "1485.00",
            "EUR",
            "monthly",
            date(2026, 12, 3),
            kind="bill",
            aliases=("Van der Berg Vastgoedbeheer", "Rent"),
        ),
        truth("Vattenfall", "138.00", "EUR", "monthly", date(2026, 12, 24), kind="bill"),
        truth("HelloFresh", "62.99", "EUR", "weekly", last_box + timedelta(days=7)),
        truth("Todoist", "48.00", "USD", "yearly", date(2027, 3, 10), aliases=("Todoist Pro",)),
        truth("Melon", "10900", "KRW", "monthly", date(2026, 12, 18), aliases=("멜론", "멜론 스트리밍클럽")),
        truth(
            "bilibili",
            "15.00",
            "CNY",
            "monthly",
            date(2026, 12, 27),
            aliases=("哔哩哔哩", "大会员", "bilibili 大会员"),
        ),
        truth("OHRA", "58.20", "EUR", "semiannual", date(2027, 1, 18), kind="bill"),
        truth("Bloomon", "29.95", "EUR", "biweekly", last_bouquet + timedelta(days=14)),
        truth("Calm", "14.99", "EUR", "monthly", None, status="inactive", aliases=("Calm Premium",)),
    ]
    negatives = [
        "Amazon.nl",
        "bol",
        "Coolblue",
        "Uber",
        "KLM",
        "NS",
        "Booking.com",
        "De Correspondent",
        "Substack",
        "The New York Times",
        "GitHub",
        "Google Account",
        "ING",
        "ICS Cards",
        "Sanne Bakker",
        "Picnic",
        "Mam",
        "Tikkie",
        "PayPal",
        "Artsen zonder Grenzen",
        "Thuisbezorgd.nl",
        "Ticketmaster",
        "Monument Valley 3",
    ]
    return Half(ME, TODAY, mails, items, negatives)
