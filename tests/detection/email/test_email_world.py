# ruff: noqa: RUF001, E501  (East Asian receipts write full-width brackets and colons; receipts are long lines)
"""More of the world's mail, sent as real MIME (the charsets those senders use): Japanese,
Chinese and Korean receipts, forwarded receipts, bills restating their price per month, a
company's second service, ISP bills from a freemail domain."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from email.message import EmailMessage

import pytest

from app.detection.email.aggregate import aggregate
from app.detection.email.extract import Finding, analyse, analyse_all, find_cycle
from app.detection.email.service_naming import looks_like_person


def mime(
    sender: str,
    subject: str,
    body: str,
    *,
    charset: str = "utf-8",
    cte: str | None = None,
    html: str | None = None,
    date_header: str = "Thu, 05 Nov 2026 08:30:00 +0900",
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "alex@example.net"
    msg["Subject"] = subject
    msg["Date"] = date_header
    msg["Message-ID"] = f"<{abs(hash(subject + body))}@test>"
    msg.set_content(body, charset=charset, cte=cte)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def found(raw: bytes) -> Finding:
    finding = analyse(raw)
    assert finding is not None
    return finding


def test_japanese_receipt_in_iso_2022_jp() -> None:
    body = (
        "いつもご利用いただきありがとうございます。\n"
        "お支払いが完了しました。\n"
        "プラン：プレミアム（月額）\n"
        "お支払い金額：¥1,280（税込）\n"
        "次回更新日：2026年12月5日\n"
    )
    f = found(
        mime(
            "ミュージックストア <billing@tunebox.jp>",
            "【TuneBox】領収書",
            body,
            charset="iso-2022-jp",
            cte="7bit",
        )
    )
    assert (f.signal, f.amount, f.currency, f.cycle) == ("receipt", Decimal("1280"), "JPY", "monthly")
    assert f.next_date == date(2026, 12, 5)


def test_japanese_yearly_plan_with_yen_after_the_number() -> None:
    body = (
        "ご購入ありがとうございます。\n年額プラン\n合計 6,000円\n自動更新されます。次回更新日：2027/11/05\n"
    )
    f = found(
        mime("NoteCloud <no-reply@notecloud.co.jp>", "ご購入の確認", body, charset="iso-2022-jp", cte="7bit")
    )
    assert (f.amount, f.currency, f.cycle, f.next_date) == (
        Decimal("6000"),
        "JPY",
        "yearly",
        date(2027, 11, 5),
    )


def test_chinese_receipt_in_gb2312_reads_yuan_with_decimals() -> None:
    body = (
        "您好！\n您的会员已自动续费，支付成功。\n连续包月会员\n实付金额：￥25.00\n下次扣款日期：2026-12-05\n"
    )
    f = found(mime("视频会员 <vip@vidbox.cn>", "支付成功通知", body, charset="gb2312", cte="base64"))
    assert (f.signal, f.amount, f.currency, f.cycle) == ("receipt", Decimal("25.00"), "CNY", "monthly")
    assert f.next_date == date(2026, 12, 5)


def test_chinese_yuan_sign_after_the_number_and_a_yearly_plan() -> None:
    body = "感谢您的订阅。\n年度会员 每年自动续费\n金额：198元\n"
    f = found(mime("云盘 <service@cloudpan.com>", "订阅收据", body, charset="gb2312", cte="base64"))
    assert (f.amount, f.currency, f.cycle) == (Decimal("198.00"), "CNY", "yearly")


def test_korean_receipt_in_euc_kr_has_no_decimals() -> None:
    body = "결제가 완료되었습니다.\n상품: 프리미엄 멤버십 (매월 자동 갱신)\n결제 금액: 10,900원\n다음 결제일: 2026년 12월 5일\n"
    f = found(
        mime(
            "뮤직 <billing@musicon.co.kr>", "[MusicOn] 영수증", body, charset="euc-kr", cte="quoted-printable"
        )
    )
    assert (f.signal, f.amount, f.currency, f.cycle) == ("receipt", Decimal("10900"), "KRW", "monthly")
    assert f.next_date == date(2026, 12, 5)


@pytest.mark.parametrize(("sign", "charset"), [("₩", "utf-8"), ("￦", "euc-kr")])
def test_korean_won_sign_before_the_number(sign: str, charset: str) -> None:
    body = f"구독이 갱신되었습니다. 영수증\n요금제: 연간 구독\n합계 {sign}99,000\n"
    f = found(mime("Webtoonia <noreply@webtoonia.kr>", "영수증", body, charset=charset, cte="base64"))
    assert (f.amount, f.currency, f.cycle) == (Decimal("99000"), "KRW", "yearly")


def test_a_korean_date_is_not_a_yearly_cycle() -> None:
    body = "결제가 완료되었습니다. 매월 결제\n결제 금액: 4,900원\n결제일: 2021년 11월 5일\n"
    f = found(mime("Cloudy <billing@cloudy.kr>", "영수증", body, charset="euc-kr", cte="base64"))
    assert f.cycle == "monthly"


@pytest.mark.parametrize(
    ("paid", "following"),
    [("2026.03.05", "2026.04.05"), ("2026.03.05.", "2026.04.05."), ("2026. 3. 5.", "2026. 4. 5.")],
)
def test_korean_dotted_dates_are_year_month_day(paid: str, following: str) -> None:
    body = f"결제가 완료되었습니다.\n상품: 프리미엄 멤버십\n결제 금액: 10,900원\n결제일: {paid}\n다음 결제일: {following}\n"
    f = found(
        mime(
            "뮤직 <billing@musicon.co.kr>",
            "[MusicOn] 영수증",
            body,
            charset="euc-kr",
            date_header="Thu, 05 Mar 2026 10:00:00 +0900",
        )
    )
    assert (f.amount, f.currency, f.next_date, f.cycle) == (
        Decimal("10900"),
        "KRW",
        date(2026, 4, 5),
        "monthly",
    )


def test_a_korean_dotted_period_with_a_tilde_gives_the_cycle_and_the_renewal() -> None:
    body = "구독 결제 영수증\n결제 금액: 4,900원\n이용 기간: 2026.03.05 ~ 2026.04.04\n"
    f = found(
        mime(
            "Cloudy <billing@cloudy.kr>",
            "영수증",
            body,
            charset="euc-kr",
            date_header="Thu, 05 Mar 2026 10:00:00 +0900",
        )
    )
    assert (f.cycle, f.next_date) == ("monthly", date(2026, 4, 5))


def test_a_version_number_is_no_korean_date() -> None:
    from app.detection.email.dates import find_dates

    assert find_dates("app v1.2026.03.05.1 released", ref=date(2026, 3, 1)) == []


GMAIL_FORWARD = """Here's the receipt for the shared account.

---------- Forwarded message ---------
From: Streamwave <billing@streamwave.tv>
Date: Tue, Nov 3, 2026 at 9:12 AM
Subject: Your Streamwave receipt
To: <alex@example.net>


Thanks for your payment.
Plan: Family (monthly)
Amount charged: $17.99
Next billing date: December 3, 2026
"""
APPLE_MAIL_FORWARD = """Sent from my iPhone

Begin forwarded message:

> From: Streamwave <billing@streamwave.tv>
> Date: 3 November 2026 at 09:12:00 GMT
> Subject: Your Streamwave receipt
> To: alex@example.net
>
> Thanks for your payment.
> Plan: Family (monthly)
> Amount charged: $17.99
> Next billing date: December 3, 2026
"""
OUTLOOK_FORWARD = """FYI

-----Original Message-----
From: Streamwave <billing@streamwave.tv>
Sent: Tuesday, November 3, 2026 9:12 AM
To: Alex <alex@example.net>
Subject: Your Streamwave receipt

Thanks for your payment.
Plan: Family (monthly)
Amount charged: $17.99
Next billing date: December 3, 2026
"""


OUTLOOK_RULE_FORWARD = """For the accounts

________________________________
From: Streamwave <billing@streamwave.tv>
Sent: Tuesday, November 3, 2026 9:12 AM
To: Alex <alex@example.net>
Subject: Your Streamwave receipt

Thanks for your payment.
Plan: Family (monthly)
Amount charged: $17.99
Next billing date: December 3, 2026
"""


@pytest.mark.parametrize("body", [GMAIL_FORWARD, APPLE_MAIL_FORWARD, OUTLOOK_FORWARD, OUTLOOK_RULE_FORWARD])
def test_a_forwarded_receipt_is_the_original_senders(body: str) -> None:
    raw = mime("Jamie Doe <jamie.doe@gmail.com>", "Fwd: Your Streamwave receipt", body)
    f = found(raw)
    assert f.service.name == "Streamwave"
    assert not f.service.person
    assert (f.amount, f.cycle, f.next_date) == (Decimal("17.99"), "monthly", date(2026, 12, 3))
    assert f.occurred_on == date(2026, 11, 3)


def test_a_price_restated_per_month_is_not_what_is_billed() -> None:
    body = (
        "Votre période d'essai gratuite se termine le 5 décembre 2026. Ensuite, votre abonnement de 3 mois "
        "sera facturé 29,97 € (9,99 € par mois) et renouvelé automatiquement."
    )
    f = found(mime("Lingua <kundenservice@lingua.example>", "Votre période d'essai se termine bientôt", body))
    assert (f.amount, f.currency, f.cycle) == (Decimal("29.97"), "EUR", "quarterly")


def test_an_annual_plan_is_billed_its_annual_amount() -> None:
    body = "Thanks for your payment.\nAnnual plan: $119.88 ($9.99/mo)\nYour plan renews on November 5, 2027."
    f = found(mime("Notely <billing@notely.example>", "Your Notely receipt", body))
    assert (f.amount, f.cycle) == (Decimal("119.88"), "yearly")


def test_a_companys_other_service_named_in_its_order_mail() -> None:
    body = (
        "Thank you for your order.\nXbox Game Pass Ultimate – 1 month\nRecurring billing: monthly\n"
        "Total: $16.99\nOrder number: 6631-2291\nYour subscription renews on 12/9/2026."
    )
    f = found(
        mime("Microsoft <microsoft-noreply@microsoft.com>", "Your Microsoft order has been processed", body)
    )
    assert f.service.name == "Xbox Game Pass"


def test_an_isp_bill_from_its_own_freemail_domain() -> None:
    body = (
        "Votre facture est disponible\nBonjour,\nVotre facture Orange est disponible dans votre Espace Client.\n"
        "Offre Livebox Fibre\nMontant 32,99 €\nPrélevé le 21/11/2026\n"
    )
    f = found(mime("Orange <facture@orange.fr>", "Votre facture Orange de novembre est disponible", body))
    assert (f.service.name, f.amount, f.currency) == ("Orange", Decimal("32.99"), "EUR")


def test_a_delivery_day_after_people_is_not_a_renewal() -> None:
    body = (
        "Thanks! We've taken payment for your upcoming box.\nBox: 4 recipes for 2 people\nTotal charged: £39.99\n"
        "Delivery day: 28 November 2026\nYour subscription delivers every week."
    )
    f = found(mime("Boxfresh <hello@boxfresh.example>", "Payment confirmation", body))
    assert f.next_date is None


@pytest.mark.parametrize(
    ("name", "addr", "person"),
    [
        ("Declan Grady", "declan@example.net", True),
        ("Salmon", "salmon@example.net", True),
        ("EL PAÍS", "suscripciones@elpais.es", False),
        ("EL PAÍS", "news@elpais.es", False),
        ("Süddeutsche Zeitung", "service@sz.de", False),
        ("Verizon", "verizonwireless@vzwpix.com", False),
    ],
)
def test_organisations_are_not_people(name: str, addr: str, person: bool) -> None:
    assert looks_like_person(name, addr) is person


RENT_BODY = (
    "Hi Alex,\nThank you! Your rent payment has been received.\nProperty: 12 Elm Street, Apt 4\n"
    "Amount paid: $1,850.00\nPayment date: November 1, 2026\nYour next rent is due on December 1, 2026.\n"
)


def test_rent_paid_through_a_portal_is_a_bill_named_after_the_property_manager() -> None:
    raw = mime(
        "Oakwood Property Management <donotreply@appfolio.com>",
        "Payment Received",
        RENT_BODY,
        date_header="Sun, 01 Nov 2026 14:02:00 -0500",
    )
    f = found(raw)
    assert (f.service.name, f.kind) == ("Oakwood Property Management", "bill")
    assert (f.amount, f.cycle, f.next_date) == (Decimal("1850.00"), "monthly", date(2026, 12, 1))


def test_rent_from_a_landlords_own_domain_is_a_bill() -> None:
    body = (
        "Guten Tag,\nwir bestätigen den Eingang Ihrer Mietzahlung für Dezember.\nBetrag: 950,00 €\n"
        "Die Miete wird monatlich per Lastschrift eingezogen.\n"
    )
    f = found(mime("Hausverwaltung Becker <buchhaltung@hv-becker.de>", "Zahlungseingang Miete", body))
    assert (f.kind, f.amount, f.currency, f.cycle) == ("bill", Decimal("950.00"), "EUR", "monthly")


def test_a_film_rental_mentioned_below_a_receipt_is_no_bill() -> None:
    body = (
        "Thanks for your payment.\nPlan: Premium (monthly)\nAmount charged: $9.99\n"
        + "\n" * 5
        + ("Tip: you can also rent or buy films in the app. " * 10)
    )
    f = found(mime("Streamwave <billing@streamwave.tv>", "Your Streamwave receipt", body))
    assert f.kind == "subscription"


INVOICE_JSON_LD = """<html><head><script type="application/ld+json">
{"@context": "http://schema.org", "@type": "Invoice", "accountId": "xxxx-xxxx-xxxx-1234",
 "provider": {"@type": "Organization", "name": "Brightline Energy"},
 "totalPaymentDue": {"@type": "PriceSpecification", "price": "€64.20"},
 "minimumPaymentDue": {"@type": "PriceSpecification", "price": "€20.00"},
 "paymentDueDate": "2026-11-20", "billingPeriod": "P1M", "paymentStatus": "http://schema.org/PaymentDue"}
</script></head><body><p>Hello Alex, your statement is ready: account ending 1234, 2026-10-15 to 2026-11-14,
reference 88123, call 0800 123 456.</p></body></html>"""


def test_invoice_json_ld_states_amount_currency_biller_and_period() -> None:
    raw = mime(
        "Notifications <noreply@billing-mailer.example>",
        "Your statement is ready",
        "Your statement is ready.",
        html=INVOICE_JSON_LD,
    )
    f = found(raw)
    assert (f.service.name, f.amount, f.currency, f.cycle) == (
        "Brightline Energy",
        Decimal("64.20"),
        "EUR",
        "monthly",
    )


ORDER_MICRODATA = """<html><body><div itemscope itemtype="http://schema.org/Order">
<div itemprop="merchant" itemscope itemtype="http://schema.org/Organization"><span itemprop="name">Quillpad</span></div>
<div itemprop="acceptedOffer" itemscope itemtype="http://schema.org/Offer">
<meta itemprop="price" content="49.00"><meta itemprop="priceCurrency" content="GBP">
<div itemprop="priceSpecification" itemscope itemtype="http://schema.org/UnitPriceSpecification">
<meta itemprop="billingDuration" content="P1Y"></div></div>
<p>Order 2026-7781. Thank you for your purchase, questions? Call +44 20 7946 0958.</p></div></body></html>"""


def test_order_microdata_with_a_billing_duration_is_a_yearly_charge() -> None:
    raw = mime(
        "Quillpad <orders@quillpad.example>", "Order 2026-7781", "See the HTML part.", html=ORDER_MICRODATA
    )
    f = found(raw)
    assert (f.service.name, f.amount, f.currency, f.cycle) == ("Quillpad", Decimal("49.00"), "GBP", "yearly")


PAID_INVOICE_JSON_LD = """<html><head><script type="application/ld+json">
{"@context": "http://schema.org", "@type": "Invoice", "provider": {"@type": "Organization", "name": "Hulu"},
 "totalPaymentDue": {"@type": "PriceSpecification", "price": "18.99", "priceCurrency": "USD"},
 "paymentStatus": "http://schema.org/PaymentComplete"}
</script></head><body><p>Thanks, Alex! That's all sorted.</p></body></html>"""


def test_a_known_services_marked_up_invoice_is_its_charge_without_any_billing_words() -> None:
    f = found(
        mime(
            "Hulu <hulu@hulu.com>",
            "Thanks, Alex",
            "Thanks, Alex! That's all sorted.",
            html=PAID_INVOICE_JSON_LD,
        )
    )
    assert (f.service.name, f.signal, f.amount, f.currency) == ("Hulu", "receipt", Decimal("18.99"), "USD")


def test_a_bill_that_has_been_paid_is_a_receipt() -> None:
    f = found(
        mime("Hulu <hulu@hulu.com>", "Your Hulu bill", "Your Hulu + Live TV bill of $18.99 has been paid.")
    )
    assert (f.signal, f.amount) == ("receipt", Decimal("18.99"))


def test_newsletter_markup_alone_makes_no_finding() -> None:
    article = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Prices rise"}</script><p>News</p>'
    assert (
        analyse(mime("Daily <news@daily.example>", "Today's news", "Today's news, no bills.", html=article))
        is None
    )


def test_a_phone_companys_bill_is_a_bill_though_it_names_no_period() -> None:
    body = (
        "Hi Jessica,\nYour Telstra bill is ready.\nAccount: 2000 4471 832\nAmount due: $120.00\n"
        "Due date: 5 Jan 2026\nWe'll automatically debit this from your account ending in 082 on the due date."
    )
    bill = found(mime("Telstra <noreply@online.telstra.com>", "Your Telstra bill is ready", body))
    assert (bill.signal, bill.kind, bill.amount, bill.standing) == (
        "receipt",
        "bill",
        Decimal("120.00"),
        True,
    )


def test_an_insurers_claim_payment_is_no_premium() -> None:
    body = (
        "We've processed your claim.\nClaim number: CL-2209-118\nAmount claimed: €135.00\n"
        "Amount paid: €135.00 (paid directly to the provider)"
    )
    raw = mime("Vhi Healthcare <noreply@vhi.ie>", "We've processed your claim", body)
    assert analyse(raw) is None


def test_a_us_sellers_dollar_is_the_us_one_wherever_the_buyer_is() -> None:
    body = (
        "Receipt from OpenAI, LLC\n$23.20\nPaid July 15, 2026\nChatGPT Plus Subscription Qty 1 $20.00\n"
        "IVA - Mexico (16% on $20.00) $3.20\nTotal $23.20\n"
        "OpenAI, LLC, 1455 3rd Street, San Francisco, CA 94158, United States"
    )
    receipt = found(mime("OpenAI <invoice@tm1.openai.com>", "Your receipt from OpenAI", body))
    assert (receipt.currency, receipt.currency_assumed) == ("USD", False)


def test_a_clients_payment_to_the_person_is_no_charge() -> None:
    body = (
        "You received a payment of $3,400.00 from Lumen Coffee Roasters.\nInvoice OS-2025-044\n"
        "Amount $3,400.00\nStripe fee -$98.90\nPayment method: ACH Direct Debit"
    )
    assert analyse(mime("Stripe <notifications@stripe.com>", "Payment of $3,400.00 from Lumen", body)) is None


def test_a_code_after_a_dollar_says_which_dollar() -> None:
    body = (
        "Your bill for Okafor Prints\nBilling period: Nov 18, 2026 - Dec 17, 2026\nBasic plan subscription $39.00\n"
        "Total $39.00 USD\nShopify Inc., 151 O'Connor Street, Ottawa, ON K2P 2L8, Canada"
    )
    bill = found(mime("Shopify <billing@shopify.com>", "Your Shopify bill", body))
    assert (bill.amount, bill.currency) == (Decimal("39.00"), "USD")


def test_a_receipts_next_charge_of_another_amount_is_the_price_from_its_date() -> None:
    body = (
        "Receipt from Figma, Inc.\n$34.67\nPaid November 9, 2026\nNov 9 – Dec 5, 2026\n"
        "Remaining time on 3 × Professional team (Full seat)\nTotal $34.67\nAmount paid $34.67\n"
        "Your next invoice of $60.00 for 3 Full seats will be charged on December 5, 2026."
    )
    receipt = found(
        mime(
            "Figma <receipts@stripe.com>",
            "Your receipt from Figma, Inc. #2384-1288",
            body,
            date_header="Mon, 09 Nov 2026 10:00:00 -0800",
        )
    )
    assert (receipt.amount, receipt.next_amount, receipt.next_date) == (
        Decimal("34.67"),
        Decimal("60.00"),
        date(2026, 12, 5),
    )
    (sub,) = aggregate([receipt], date(2026, 11, 24))
    assert (sub.amount, sub.next_renewal) == (Decimal("60.00"), date(2026, 12, 5))


def test_a_price_per_user_is_no_charge_when_the_total_is_given() -> None:
    body = (
        "Your Google Workspace subscription for okafor.studio has changed.\n"
        "Subscription: Google Workspace Business Standard (Flexible Plan)\n"
        "Price: US$16.80 per user per month\nEstimated monthly charge: US$33.60, plus applicable taxes\n"
        "Charges for the new user are prorated from January 12, 2026 and appear on your next monthly invoice."
    )
    subject = "Your Google Workspace subscription has changed"
    change = found(mime("Google Workspace <workspace-noreply@google.com>", subject, body))
    assert (change.service.name, change.amount) == ("Google Workspace", Decimal("33.60"))


def test_german_and_austrian_bills_for_a_numbered_month_and_direct_debits_announced() -> None:
    a1 = found(
        mime(
            "A1 Rechnung <rechnung@a1.net>",
            "Ihre A1 Rechnung 05/2026",
            "Ihre Rechnung 05/2026 ist ab sofort in Mein A1 verfügbar.\nGrundentgelt A1 Internet 150 € 39,90\n"
            "Rechnungsbetrag € 39,90\nDer Betrag wird am 13.05.2026 von Ihrem Konto eingezogen.",
            date_header="Tue, 05 May 2026 08:00:00 +0200",
        )
    )
    assert (a1.signal, a1.kind, a1.amount, a1.cycle) == ("receipt", "bill", Decimal("39.90"), "monthly")
    club = found(
        mime(
            "Alpenverein <service@alpenverein-muenchen-oberland.de>",
            "Vorabinformation: Einzug Mitgliedsbeitrag 2026",
            "Gemäß unserer Beitragsordnung ziehen wir den Mitgliedsbeitrag für das Jahr 2026\n"
            "per SEPA-Lastschrift ein:\nJahresbeitrag 2026: 96,00 EUR\nEinzug am: 05.01.2026",
            date_header="Wed, 10 Dec 2025 08:00:00 +0100",
        )
    )
    assert (club.signal, club.amount, club.next_date) == (
        "renewal_notice",
        Decimal("96.00"),
        date(2026, 1, 5),
    )
    gym = found(
        mime(
            "FITINN <noreply@fitinn.at>",
            "Willkommen bei FITINN – deine Mitgliedschaft",
            "Mitgliedsbeitrag: € 24,90 monatlich\nVertragsbeginn: 20.04.2026, Mindestlaufzeit 12 Monate\n"
            "Abbuchung: jeweils am 15. des Monats per SEPA-Lastschrift, erstmals am 15.05.2026",
            date_header="Mon, 20 Apr 2026 08:00:00 +0200",
        )
    )
    assert (gym.signal, gym.amount, gym.cycle) == ("renewal_notice", Decimal("24.90"), "monthly")


def test_a_fee_per_home_deregistered_is_cancelled_at_what_it_last_took() -> None:
    body = (
        "Ihre Wohnung Tulbeckstraße 21, 80339 München haben wir zum 31.03.2026 abgemeldet.\n"
        "Die Rundfunkbeiträge für den Zeitraum 01.01.2026 bis 31.03.2026 in Höhe von\n"
        "55,08 Euro (3 x 18,36 Euro) haben wir am 16.02.2026 per SEPA-Lastschrift\neingezogen.\n"
        "Weitere Abbuchungen erfolgen nicht."
    )
    notice = found(
        mime(
            "ARD ZDF Deutschlandradio Beitragsservice <noreply@rundfunkbeitrag.de>",
            "Bestätigung der Abmeldung",
            body,
            date_header="Tue, 14 Apr 2026 08:00:00 +0200",
        )
    )
    (sub,) = aggregate([notice], date(2026, 12, 1))
    assert (sub.status, sub.amount, sub.currency) == ("cancelled", Decimal("55.08"), "EUR")


def test_a_customer_portal_names_its_company_and_a_titled_landlord_is_a_person() -> None:
    portal = found(
        mime(
            "myUNIQA <noreply@uniqa.at>",
            "Vorabinformation zur SEPA-Lastschrift",
            "Die Jahresprämie von € 214,68 buchen wir am 01.04.2026 von Ihrem Konto ab.",
            date_header="Fri, 27 Mar 2026 08:00:00 +0100",
        )
    )
    assert portal.service.name == "UNIQA"
    assert looks_like_person("Mag. Gerhard Pichler", "g.pichler@aon.at")
    assert not looks_like_person("MyFitnessPal", "no-reply@myfitnesspal.com")
    assert not looks_like_person("Council Tax", "ctax.ebilling@edinburgh.gov.uk")


def test_an_insurance_renewal_takes_this_years_premium_for_a_year() -> None:
    notice = found(
        mime(
            "John Lewis Home Insurance <homeinsurance@email.johnlewisfinance.com>",
            "Your John Lewis Home Insurance renewal",
            "Renewal date: 18 March 2026\nLast year's premium: £389.16\nThis year's premium: £421.73\n"
            "Your policy will renew automatically on 18 March 2026.",
            date_header="Mon, 16 Feb 2026 09:00:00 +0000",
        )
    )
    assert (notice.amount, notice.cycle, notice.next_date) == (Decimal("421.73"), "yearly", date(2026, 3, 18))
    renewed = found(
        mime(
            "RAC <noreply@email.rac.co.uk>",
            "You're covered for another year",
            "Good news - your RAC Breakdown Cover has renewed and you're covered for another year.\n"
            "Covered from: 3 May 2026 to 2 May 2027\nPrice: £139.00 (collected by Direct Debit)",
            date_header="Sun, 03 May 2026 09:00:00 +0100",
        )
    )
    assert (renewed.signal, renewed.amount, renewed.cycle) == ("receipt", Decimal("139.00"), "yearly")


def test_a_channel_bought_through_a_store_is_named_after_the_channel() -> None:
    order = found(
        mime(
            "Amazon.co.uk <digital-no-reply@amazon.co.uk>",
            "Your Amazon.co.uk order of Acorn TV",
            "Thank you for your order, Moira.\nOrder #: D01-3343370-2220077\nItem: Acorn TV - monthly subscription\n"
            "Item subtotal: £4.99\nVAT: £1.00\nOrder total: £5.99\nYour subscription renews monthly.",
        )
    )
    assert (order.service.name, order.signal, order.amount) == ("Acorn TV", "receipt", Decimal("5.99"))


def test_a_bulletin_and_an_annuity_are_no_bills_and_premium_finance_names_the_insurance() -> None:
    bulletin = mime(
        "City of Edinburgh Council <edinburgh@public.govdelivery.com>",
        "Council Tax 2026/27 – what it pays for",
        "A Band D property will pay £1,753.64 a year in Council Tax.\nYour new instalments will be collected"
        " automatically from April.\n----------\nYou are subscribed to Council news for The City of Edinburgh Council.",
    )
    assert analyse(bulletin) is None
    annuity = mime(
        "Aviva <noreply@aviva.co.uk>",
        "Your annuity payments for 2026/27",
        "From your April 2026 payment, your gross monthly annuity payment will be £612.83 (previously £594.98).",
    )
    assert analyse(annuity) is None
    schedule = found(
        mime(
            "Premium Credit <customerservices@premiumcredit.co.uk>",
            "Your Premium Credit agreement and payment schedule",
            "Insurance: Saga Car Insurance, policy SMC3767677\nInstalment amount: £46.87\n"
            "Advance notice of your Direct Debit collections.\n19/08/2026 £46.87\n19/09/2026 £46.87\n19/10/2026 £46.87",
            date_header="Sat, 08 Aug 2026 09:00:00 +0100",
        )
    )
    assert (schedule.service.name, schedule.amount, schedule.cycle) == (
        "Saga Car Insurance",
        Decimal("46.87"),
        "monthly",
    )


def test_store_items_share_a_tax_line_that_their_card_total_includes() -> None:
    body = (
        "Receipt\nDecember 9, 2025\nApp Store\niCloud+\niCloud+ with 200 GB storage (Monthly)\nRenews January 9, 2026\n"
        "Report a Problem\n5M784G4YNF $2.99\nBear Markdown Notes\nBear Pro (Monthly)\nRenews January 9, 2026\n"
        "Report a Problem\nUQW797XLCD $2.99\nBilling and Payment\nSubtotal $5.98\nTax $0.53\nApple Card •••• 2291 $6.51"
    )
    items = analyse_all(mime("Apple <no_reply@email.apple.com>", "Your receipt from Apple.", body))
    assert [(i.service.name, i.amount) for i in items] == [
        ("iCloud+", Decimal("3.26")),
        ("Bear Markdown Notes", Decimal("3.26")),
    ]


def test_a_store_cancellation_names_the_app_and_its_term() -> None:
    body = (
        "Subscription Cancellation\nHinge Dating App: Match & Date\nSubscription: Hinge+ (3 Months)\n"
        "Expires: Sep 11, 2026\nThis email confirms that you have canceled your subscription to Hinge+."
    )
    (ended,) = analyse_all(mime("Apple <no_reply@email.apple.com>", "Your Subscription Cancellation", body))
    assert (ended.service.name, ended.signal, ended.cycle) == (
        "Hinge Dating App",
        "cancellation",
        "quarterly",
    )
    body = (
        "Your subscription to Crave has been cancelled.\nSubscription: Crave Standard with Ads (Monthly)\n"
        "Expires: May 3, 2026"
    )
    (crave,) = analyse_all(
        mime("Apple <no_reply@email.apple.com>", "Your subscription has been cancelled", body)
    )
    assert crave.service.name == "Crave"


def test_a_payment_gateways_receipt_names_the_merchant_and_its_total_with_gst() -> None:
    body = (
        "cult.fit\nCurefit Healthcare Pvt Ltd\n₹ 7,499.00\nPayment successful\nMethod Card (Visa xxxx 4417) – Recurring\n"
        "Description cultpass PRO – 6 months (auto-renewal). Base ₹6,355.08 + CGST 9% ₹571.96 + SGST 9% ₹571.96\n"
        "This payment was processed by Razorpay on behalf of cult.fit. For any queries, contact cult.fit directly."
    )
    receipt = found(mime("Razorpay <no-reply@razorpay.com>", "Payment successful for cult.fit", body))
    assert (receipt.service.name, receipt.amount, receipt.currency) == ("cult.fit", Decimal("7499.00"), "INR")


def test_a_membership_that_has_ended_is_its_end() -> None:
    body = (
        "Because we couldn't take payment, your Worldwide Membership has ended and your account is now a\n"
        "free registered account."
    )
    ended = found(
        mime("Ancestry <ancestry@email.ancestry.co.uk>", "Your Ancestry membership has ended", body)
    )
    assert ended.signal == "cancellation"


def test_a_processors_notice_joins_the_merchants_own_mail_by_the_address_it_gives() -> None:
    body = (
        "This is advance notice that The Depot Climbing Centres Ltd will collect a payment from your bank account"
        " by Direct Debit.\nAmount: £55.00\nCollection date: on or shortly after 1 December 2026\n"
        "If you have questions about this payment, contact The Depot Climbing Centres Ltd at leeds@depotclimbing.co.uk."
    )
    notice = found(
        mime(
            "GoCardless <help@gocardless.com>",
            "Advance notice of payment to The Depot Climbing Centres Ltd",
            body,
        )
    )
    assert (notice.service.name, notice.service.group) == (
        "The Depot Climbing Centres",
        "domain:depotclimbing.co.uk",
    )


def test_a_charitys_monthly_gift_is_a_donation() -> None:
    body = (
        "Thank you for giving £15 every month by Direct Debit. Because you've added Gift Aid, each gift is worth"
        " £18.75.\nYour next gift will be collected on or around 1 January.\nRegistered charity 1026588."
    )
    raw = mime(
        "Médecins Sans Frontières UK <supportercare@london.msf.org>", "Thank you for your monthly gift", body
    )
    assert analyse(raw) is None


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        (
            "Your subscription is based on your gross annual salary band (£50,001 - £60,000).\n"
            "Your monthly subscription until December 2025: £22.10\n"
            "Your new monthly subscription from January 2026: £22.84\n"
            "Your Direct Debit will be collected on or around the 1st of each month.",
            Decimal("22.84"),
        ),
        (
            "Votre cotisation évolue de 312,40 € à 329,80 € (+5,6 %).\nLe prélèvement sera effectué le 5 janvier.",
            Decimal("329.80"),
        ),
    ],
)
def test_the_next_charge_is_neither_a_bound_nor_the_price_it_replaces(body: str, amount: Decimal) -> None:
    notice = found(mime("Union <membership@union.example>", "Your subscription from 1 January 2026", body))
    assert notice.amount == amount


def test_a_rule_of_underscores_is_a_forward_only_when_a_sender_follows_it() -> None:
    body = (
        "Montant : 24,99 € TTC\n________________________\nRetrouvez nos offres sur canalplus.com\n"
        "________________________________\nDe : CANAL+ <facturation@canalplus.com>\n"
        "Envoyé : mercredi 3 juin 2026 06:10\nObjet : Votre facture CANAL+ est disponible\n\n"
        "Votre facture CANAL+ du mois de juin 2026 est disponible.\nMontant : 24,99 € TTC\n"
        "Date de prélèvement : 08/06/2026"
    )
    bill = found(
        mime("Yanis Haddad <yanis.haddad@outlook.fr>", "TR: Votre facture CANAL+ est disponible", body)
    )
    assert (bill.service.name, bill.amount, bill.currency) == ("Canal+", Decimal("24.99"), "EUR")


def test_a_french_receipt_of_a_renewed_plan_despite_its_order_words() -> None:
    body = (
        "Merci pour votre achat\nVotre abonnement Spotify Premium Duo est renouvelé.\n"
        "Date de commande 23/12/2025\nN° de commande 97331564572795\nPremium Duo 17,99 €\n"
        "dont TVA (20 %) 3,00 €\nTotal 17,99 €\nVotre prochain paiement aura lieu le 23/01/2026."
    )
    receipt = found(
        mime(
            "Spotify <no-reply@spotify.com>",
            "Votre reçu Spotify",
            body,
            date_header="Tue, 23 Dec 2025 09:00:00 +0100",
        )
    )
    assert (receipt.signal, receipt.amount, receipt.cycle) == ("receipt", Decimal("17.99"), "monthly")


def test_a_french_renewal_confirmation_for_a_year() -> None:
    notice = (
        "Votre abonnement à Télérama arrive à échéance le 11/01/2026. Il sera renouvelé automatiquement le "
        "12/01/2026 pour une année, au tarif de 119,00 € TTC, prélevé sur la carte bancaire enregistrée."
    )
    confirmed = (
        "Nous vous confirmons le renouvellement de votre abonnement Télérama.\n"
        "Période : du 12/01/2026 au 11/01/2027\nMontant réglé : 119,00 € TTC (TVA 2,1 % incluse)"
    )
    sender = "Télérama Abonnements <abonnements@telerama.fr>"
    ahead = found(mime(sender, "Votre abonnement Télérama sera renouvelé le 12/01/2026", notice))
    done = found(mime(sender, "Confirmation du renouvellement de votre abonnement", confirmed))
    assert (ahead.signal, ahead.cycle) == ("renewal_notice", "yearly")
    assert (done.signal, done.amount, done.cycle) == ("receipt", Decimal("119.00"), "yearly")


def test_a_health_insurer_under_the_code_des_assurances_is_a_bill() -> None:
    body = (
        "Votre cotisation de janvier est prélevée aujourd'hui.\nMontant prélevé 62,10 €\n"
        "Prochain prélèvement : 01/02/2026.\nAlan SA, 117 quai de Valmy, 75010 Paris. "
        "Entreprise régie par le Code des assurances."
    )
    assert found(mime("Alan <noreply@alan.com>", "Votre cotisation de janvier 2026", body)).kind == "bill"


def test_a_coffee_plans_dispatch_and_its_next_charge() -> None:
    shipped = (
        "Your coffee's been roasted and is on its way.\nBag: 250g Bourbon Cream, Brazil\nCharged: £9.50\n"
        "Delivery: Free, Royal Mail 1st class\nNext delivery: Tuesday 16 December 2025.\nManage your plan"
    )
    ahead = "Your next bag roasts on Tuesday 1 December 2026 and we'll charge £9.95 when it ships."
    sender = "Pact Coffee <hello@pactcoffee.com>"
    receipt = found(
        mime(sender, "Your coffee is on its way", shipped, date_header="Tue, 02 Dec 2025 08:00:00 +0000")
    )
    notice = found(mime(sender, "Your next Pact delivery", ahead))
    assert (receipt.signal, receipt.amount, receipt.cycle) == ("receipt", Decimal("9.50"), "biweekly")
    assert (notice.signal, notice.amount, notice.next_date) == (
        "renewal_notice",
        Decimal("9.95"),
        date(2026, 12, 1),
    )


def test_a_years_water_bill_collected_monthly_is_its_instalment() -> None:
    body = (
        "Your annual bill for 1 April 2026 to 31 March 2027 is ready to view in your online account.\n"
        "Water supply: £246.12\nWastewater: £335.28\nTotal for the year: £581.40\nYour new monthly payment\n"
        "You pay by Direct Debit, so there's nothing else you need to do. From April we'll collect\n"
        "£48.45 on the 18th of each month (12 payments)."
    )
    bill = found(
        mime(
            "Yorkshire Water <noreply@yorkshirewater.com>",
            "Your bill is ready",
            body,
            date_header="Tue, 17 Mar 2026 09:00:00 +0000",
        )
    )
    assert (bill.amount, bill.cycle, bill.kind) == (Decimal("48.45"), "monthly", "bill")
    assert bill.next_date is None, "the year's end is not when the next part is taken"


def test_a_sender_mailing_via_a_platform_is_named_after_itself() -> None:
    body = (
        "Little Buckeyes Early Learning has sent you an invoice.\nAmount $456.00\nDue November 20, 2026\n"
        "AutoPay is on. $456.00 will be charged to your bank account ending in 3310 on November 20, 2026."
    )
    raw = mime(
        "Little Buckeyes Early Learning via brightwheel <no-reply@mybrightwheel.com>",
        "You have a new invoice from Little Buckeyes Early Learning",
        body,
    )
    assert found(raw).service.name == "Little Buckeyes Early Learning"


def test_tuition_per_two_week_billing_period_is_biweekly() -> None:
    body = (
        "Tuition for our full-time preschool room will be $456.00 per two-week billing period (from $438.00),"
        " effective with the August 28 invoice. AutoPay will continue every other Friday."
    )
    notice = found(
        mime("Little Buckeyes <director@littlebuckeyeselc.com>", "Tuition for the 2026-27 year", body)
    )
    assert notice.cycle == "biweekly"


def test_a_bills_due_date_is_its_debit_not_a_renewal() -> None:
    body = (
        "Your Columbia Gas of Ohio eBill for account ending in 0002 is ready.\nBudget Plan amount $89.00\n"
        "Amount due $89.00\nDue date January 14, 2026\nView my bill"
    )
    bill = found(
        mime(
            "Columbia Gas of Ohio <noreply@columbiagasohio.com>",
            "Your eBill is ready",
            body,
            date_header="Mon, 22 Dec 2025 09:00:00 -0500",
        )
    )
    assert (bill.debited_on, bill.next_date) == (date(2026, 1, 14), None)


def test_a_price_that_is_increasing_is_a_price_change() -> None:
    body = (
        "We're writing to let you know the price of the YouTube TV Base Plan is increasing from $82.99 to"
        " $89.99 per month, effective with your next billing cycle on December 18, 2026."
    )
    notice = found(
        mime("YouTube TV <youtube-noreply@google.com>", "Upcoming changes to your membership", body)
    )
    assert (notice.signal, notice.amount) == ("price_change", Decimal("89.99"))


def test_a_company_named_as_its_domain_is_not_the_catalog_service_in_its_name() -> None:
    body = "Thank you for your payment.\nMini Guardian monitoring (monthly) $49.95\nTotal charged $49.95"
    receipt = found(
        mime("Medical Guardian <billing@medicalguardian.com>", "Medical Guardian Payment Receipt", body)
    )
    assert receipt.service.name == "Medical Guardian"


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        (
            "NortonLifeLock Order <invoice.dept.4471@outlook.com>",
            "Your NortonLifeLock antivirus membership has been auto-renewed today\nfor another year.\n"
            "Total charged : $289.90 USD\nIf you\nwish to cancel this order, contact our Refund Desk toll free\n"
            "+1 (888) 555-0119 immediately.",
        ),
        (
            "Geek Squad Support <geeksquad.helpdesk.billing@outlook.com>",
            "Your membership of Geek Squad Total Tech Support has been renewed for 2 years. The amount of $349.99"
            " has been deducted from your account.\nIf you wish to cancel this subscription and get a full refund,"
            " call our support desk: +1 (855) 555-0182 (Mon-Sat)",
        ),
    ],
)
def test_a_renewal_from_a_free_mailbox_that_asks_to_be_phoned_is_a_scam(sender: str, body: str) -> None:
    assert analyse(mime(sender, "Order Confirmation: Your subscription has been auto-renewed", body)) is None


def test_a_property_platforms_payment_is_named_after_the_association() -> None:
    body = (
        "Your AutoPay payment to Longwood Manor Townhome Condominium Association has been processed.\n"
        "Property Longwood Manor Townhome Condominium Association\nDescription Monthly Assessment\n"
        "Payment amount $365.00\nTotal $365.00"
    )
    receipt = found(mime("ClickPay <noreply@clickpay.com>", "Payment Confirmation", body))
    assert (receipt.service.name, receipt.kind, receipt.amount) == (
        "Longwood Manor Townhome Condominium Association",
        "bill",
        Decimal("365.00"),
    )


def test_a_total_that_says_its_vat_in_brackets_is_the_charge() -> None:
    body = (
        "Thanks for your payment\nPlan Premium Duo\nTotal (includes VAT £3.00) £17.99\n"
        "Your subscription will renew automatically on 9 September 2026."
    )
    assert found(
        mime("Spotify <no-reply@spotify.com>", "Your Spotify Premium receipt", body)
    ).amount == Decimal("17.99")


def test_a_gas_bill_and_an_owners_association_are_bills() -> None:
    gas = "Your new bill is available.\nUsage: 71 CCF\nAmount Due: $94.17\nDue Date: 01/29/2026"
    dues = (
        "Your payment to Brodie Springs Homeowners Association has been received.\nAmount paid: $210.00\n"
        "Applied to: Q1 2026 Assessment"
    )
    bill = found(mime("Texas Gas Service <customerservice@texasgasservice.com>", "Your bill is ready", gas))
    paid = found(mime("Brodie Springs HOA via TownSq <no-reply@townsq.io>", "Payment confirmation", dues))
    assert (bill.kind, bill.amount) == ("bill", Decimal("94.17"))
    assert (paid.kind, paid.cycle) == ("bill", "quarterly")


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        (
            "Total for the year £596.40\nHow you pay: 12 monthly Direct Debit payments of £49.70 , collected on the"
            " 15th of each\nmonth from 15 April 2026 to 15 March 2027.",
            Decimal("49.70"),
        ),
        (
            "Smooth Pay payments received – thank you -$504.00\nCharges this bill (incl. GST) $321.69\n"
            "Your Smooth Pay of $168.00 will keep being paid by direct debit every fortnight.",
            Decimal("168.00"),
        ),
        (
            "Charges this period (inc. 5% VAT): £164.90\nPayments received: £142.00\n"
            "Your next Direct Debit of £156.00 will be collected on or around 5 December 2026.",
            Decimal("156.00"),
        ),
    ],
)
def test_a_bill_paid_in_fixed_parts_is_charged_its_part(body: str, amount: Decimal) -> None:
    bill = found(
        mime(
            "Energy Co <bills@energy-co.example>", "Your bill is ready", "Your energy bill is ready.\n" + body
        )
    )
    assert bill.amount == amount


def test_a_membership_fee_that_will_change_is_a_price_change() -> None:
    body = (
        "From 2 February 2026 , your fortnightly membership fee will change from $67.80 to $71.80 (incl. GST)."
        "\nPayment Fortnightly direct debit, Mondays"
    )
    notice = found(
        mime("Les Mills Auckland <members@lesmills.co.nz>", "An update to your membership fees", body)
    )
    assert (notice.signal, notice.amount, notice.cycle) == ("price_change", Decimal("71.80"), "biweekly")


@pytest.mark.parametrize(
    ("sender", "subject", "body", "signal", "amount", "cycle"),
    [
        (
            "Podme <no-reply@podme.com>",
            "Ditt kvitto från Podme",
            "Kvitto\nProdukt: Podme Premium, 1 månad\nBelopp: 109,00 kr (inkl. moms 6 %: 6,17 kr)\n"
            "Nästa betalning: 2026-02-09",
            "receipt",
            Decimal("109.00"),
            "monthly",
        ),
        (
            "SATS <noreply@sats.se>",
            "Välkommen till SATS – ditt avtal",
            "Medlemskap: Base\nBindningstid: 12 månader, till och med 2026-12-31\nMånadsavgift: 549 kr\n"
            "Från februari dras 549 kr via autogiro den 1:a varje månad.",
            "renewal_notice",
            Decimal("549.00"),
            "monthly",
        ),
        (
            "Unionen <medlem@unionen.se>",
            "Din medlemsavgift 2026",
            "Din avgift: 318 kr/månad\nBetalning: Autogiro, beloppet dras den 27:e varje månad.",
            "renewal_notice",
            Decimal("318.00"),
            "monthly",
        ),
    ],
)
def test_swedish_receipts_and_notices(
    sender: str, subject: str, body: str, signal: str, amount: Decimal, cycle: str
) -> None:
    finding = found(mime(sender, subject, body, date_header="Fri, 09 Jan 2026 08:00:00 +0100"))
    assert (finding.signal, finding.amount, finding.currency, finding.cycle) == (signal, amount, "SEK", cycle)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Bekräftelse på uppsägning",
            "Vi bekräftar att du har sagt upp ditt abonnemang Viaplay Film & Serier. Du har fortfarande tillgång"
            " till Viaplay till och med 2026-04-17.",
        ),
        (
            "Confirmación de baja de tus servicios Movistar",
            "Te confirmamos que hemos tramitado la baja de tus servicios miMovistar (Fibra y línea móvil) por"
            " portabilidad a otro operador con fecha 16/02/2026.\nConfirmación de baja",
        ),
        (
            "Your recurring goodybag has been cancelled",
            "As requested, we've cancelled the recurring £10 goodybag. Your current goodybag stays active until it"
            " runs out on 5 May 2026 and we won't take any more payments.",
        ),
    ],
)
def test_a_cancellation_in_swedish_spanish_and_a_phone_networks_words(subject: str, body: str) -> None:
    assert found(mime("Provider <noreply@provider.example>", subject, body)).signal == "cancellation"


def test_a_last_bill_is_the_end() -> None:
    body = (
        "Tu última factura de Movistar ya está disponible.\nPeriodo 01/02/2026 - 16/02/2026\n"
        "Importe total 41,22 €\nNo tienes más facturas pendientes."
    )
    assert found(mime("Movistar <facturas@movistar.es>", "Tu última factura", body)).signal == "cancellation"


def test_a_trips_dates_are_no_billing_period() -> None:
    body = (
        "Kom ihåg att slutbetalningen för din resa ska vara betald senast 2026-06-06.\nAtt betala: 22 980 kr\n"
        "Resa: 2026-07-04 – 2026-07-11, Chania"
    )
    assert analyse(mime("Ving <bokning@ving.se>", "Påminnelse om slutbetalning", body)) is None


def test_a_water_bill_in_catalan_is_a_bill() -> None:
    body = (
        "Ja tens disponible la teva factura d'aigua del període octubre - desembre 2025.\nConsum 14 m³\n"
        "Import total 71,38 €\nData de càrrec 22/01/2026"
    )
    bill = found(
        mime(
            "Aigües de Barcelona <factura@aiguesdebarcelona.cat>", "Ja tens disponible la teva factura", body
        )
    )
    assert (bill.kind, bill.amount) == ("bill", Decimal("71.38"))


def test_a_discount_offer_in_spanish_is_marketing() -> None:
    body = (
        "¿Y si tu tejado pagara parte de tu factura? Como clienta de luz, tienes un 10% de descuento en la"
        " instalación hasta el 30 de junio."
    )
    assert analyse(mime("Iberdrola <ofertas@iberdrola.es>", "Ahorra con el sol este verano", body)) is None


def test_twice_a_year_is_semiannual_and_a_rate_per_month_no_cycle() -> None:
    water = "Total amount due £185.24\nWe read your meter twice a year, so your next bill will be in about six months."
    tax = (
        "Your Tax Year 2025 Second Installment Property Tax Bill is now available.\nSecond Installment Amount"
        " $2,411.09\nDue Date December 15, 2026\nLate payments are subject to interest of 0.75% per month."
    )
    assert (
        found(mime("United Utilities <noreply@unitedutilities.com>", "Your bill is ready", water)).cycle
        == "semiannual"
    )
    assert (
        found(
            mime("Cook County Treasurer <noreply@cookcountytreasurer.com>", "Tax Bill Available", tax)
        ).cycle
        is None
    )


def test_an_annual_plan_billed_monthly_is_monthly() -> None:
    body = "Thanks for your payment.\nPlan Creative Cloud Photography plan (20GB)\nAnnual, billed monthly\nTotal £11.98"
    assert (
        found(mime("Adobe <message@adobe.com>", "Your Adobe invoice is now available", body)).cycle
        == "monthly"
    )


def test_a_medicare_premium_for_a_month_is_a_monthly_bill() -> None:
    body = (
        "Your latest Medicare Premium Bill (CMS-500) is ready to view.\nPremium for Part B — May 2026\n"
        "Amount $202.90\nMedicare Easy Pay will deduct this amount from your bank account on or about April 20, 2026."
    )
    bill = found(
        mime("Medicare <noreply@mail.medicare.gov>", "Your Medicare Premium Bill is available", body)
    )
    assert (bill.kind, bill.amount) == ("bill", Decimal("202.90"))


def test_a_one_off_purchase_that_wont_renew_is_no_cancellation() -> None:
    body = (
        "Thanks for your payment.\nItem Sports Day Membership\nAmount (inc. VAT) £14.99\n"
        "This is a one-off purchase and won't renew."
    )
    assert analyse(mime("NOW <noreply@nowtv.com>", "Thanks for your NOW payment", body)) is None


def test_a_comparison_sites_renewal_reminder_is_marketing() -> None:
    body = (
        "Your car insurance is due for renewal around 14 March. Compare quotes from over 100 providers in"
        " minutes.\nAverage saving £429*"
    )
    raw = mime("Compare the Market <hello@email.comparethemarket.com>", "Your car insurance renewal", body)
    assert analyse(raw) is None


def test_a_car_finance_statement_is_its_monthly_payment_not_the_settlement() -> None:
    body = (
        "Your annual statement for your Personal Contract Purchase agreement is now available.\n"
        "Monthly payment: £289.47\nPayments remaining: 19\nNext payment: £289.47 on 10 February 2026\n"
        "Optional final payment: £10,860.00 due 10 August 2027\nAmount to settle today*: £15,942.18"
    )
    statement = found(
        mime("Black Horse <noreply@blackhorse.co.uk>", "Your annual statement is ready to view", body)
    )
    assert (statement.amount, statement.cycle, statement.kind) == (Decimal("289.47"), "monthly", "bill")


def test_the_group_a_footer_names_is_not_the_service() -> None:
    body = (
        "Thanks for your payment.\nItem Entertainment Membership\nAmount (inc. VAT) £9.99\n"
        "Your Membership will renew automatically on 17 January 2026 for £9.99 unless you cancel.\n"
        "NOW is operated by Sky UK Limited. Registered in England and Wales No. 2906991."
    )
    assert (
        found(mime("NOW <noreply@nowtv.com>", "Thanks for your NOW payment", body)).service.name == "NOW TV"
    )


def test_a_welcome_that_charged_today_is_a_receipt_despite_its_benefits_offer() -> None:
    body = (
        "You're now a member.\nPlan: Uber One - annual\nPrice: $96.00/year\nCharged today: $96.00 to Visa ending"
        " in 4417\nRenews: June 2, 2027\nMember benefits: $0 Delivery Fee, up to 10% off eligible deliveries."
    )
    welcome = found(mime("Uber <uber@uber.com>", "Welcome to Uber One", body))
    assert (welcome.signal, welcome.amount, welcome.cycle) == ("receipt", Decimal("96.00"), "yearly")


def test_a_seasons_subscription_renews_yearly() -> None:
    body = (
        "It's time to renew your subscription for the 2026/27 season and keep your seats.\n"
        "Subscription price 5 x $86.00 = $430.00\nHandling fee $12.00\nAmount due $442.00\nRenew by March 6, 2026"
    )
    notice = found(mime("Lyric Opera of Chicago <tickets@lyricopera.org>", "Renew your seats", body))
    assert (notice.amount, notice.cycle) == (Decimal("442.00"), "yearly")


def test_a_citys_services_on_one_domain_stay_apart() -> None:
    light = found(
        mime(
            "Seattle City Light <ebill@seattle.gov>",
            "Your Seattle City Light bill is ready",
            "Your bill is ready.\nAmount due: $100.94\nAutoPay will pay it on November 5, 2026.",
        )
    )
    water = found(
        mime(
            "Seattle Public Utilities <spu_ebill@seattle.gov>",
            "Your Seattle Public Utilities bill is ready",
            "Your bill is ready.\nWater (7 CCF) $81.34\nTotal Amount Due $365.61\nPayment Due Date: 01/29/2026",
        )
    )
    assert light.service.group != water.service.group
    shop = [
        found(mime(f"{name} <billing@shop.example>", "Your receipt", "Receipt\nMonthly plan $9.99 per month"))
        for name in ("Shop", "Shop Billing")
    ]
    assert shop[0].service.group == shop[1].service.group  # a company's own domain stays one service


def test_a_payment_schedule_is_not_read_across_its_dates() -> None:
    body = (
        "Votre calendrier de paiements\nDate du prélèvement Montant\n22 mai 2026 111,52 $\n"
        "22 juin 2026 111,52 $\n22 juillet 2026 111,52 $\nTPS/TVQ incluses."
    )
    schedule = found(mime("belairdirect <service@belairdirect.com>", "Votre calendrier de paiements", body))
    assert schedule.amount == Decimal("111.52")


def test_a_sum_insured_is_no_new_price_and_a_german_tax_line_no_charge() -> None:
    change = (
        "Hausratversicherung Comfort bisher ab 01.07.2026\nVersicherungssumme 55.700 € 58.650 €\n"
        "Jahresbeitrag inkl. 19 % Versicherungsteuer 89,47 € 94,18 €\nDie Beitragsanpassung gilt ab 01.07.2026."
    )
    notice = found(
        mime("CosmosDirekt <service@cosmosdirekt.de>", "Information zur Beitragsanpassung", change)
    )
    assert (notice.signal, notice.amount) == ("price_change", Decimal("94.18"))
    bill = (
        "Ihre Beitragsrechnung\nBeitrag netto 79,14 €\nVersicherungsteuer 19 % 15,04 €\nJahresbeitrag 94,18 €\n"
        "Wir buchen den Beitrag per SEPA-Lastschrift ab."
    )
    invoice = found(mime("CosmosDirekt <service@cosmosdirekt.de>", "Ihre Beitragsrechnung", bill))
    assert invoice.amount == Decimal("94.18")


def test_an_annual_energy_bill_sets_the_new_instalment() -> None:
    body = (
        "Ihre Jahresabrechnung Erdgas\nSumme netto 908,92 €\nUmsatzsteuer 19 % 172,69 €\n"
        "Gesamtbetrag brutto 1.081,61 €\nIhr Guthaben 130,39 €\n"
        "Ihr neuer Abschlag: 94,00 € monatlich, erstmals fällig am 28.06.2026."
    )
    bill = found(mime("GASAG <service@gasag.de>", "Ihre Jahresabrechnung Erdgas 2025/2026", body))
    assert (bill.amount, bill.cycle) == (Decimal("94.00"), "monthly")


def test_a_net_amount_payable_is_the_bill() -> None:
    body = (
        "Your electricity bill for the month of Nov-2026 is generated.\nEnergy Charges (165 Units @ Rs.5.90) : 973.50\n"
        "Tax @ 9% : 87.62\nNET AMOUNT PAYABLE : Rs. 1,701.00\nDUE DATE : 08/12/2026"
    )
    bill = found(mime("BESCOM <ebill@bescom.co.in>", "BESCOM Electricity Bill - Nov-2026", body))
    assert (bill.amount, bill.currency) == (Decimal("1701.00"), "INR")


def test_a_timeshares_week_number_is_no_weekly_cycle() -> None:
    text = "Unit / Week 2-bedroom villa 4306 / Week 32 (float)\n2027 Maintenance fee $1,341.00\nTotal due $1,462.18"
    assert find_cycle(text, None) is None
    assert find_cycle("Plan price: $4.50 / week", None) == "weekly"


def test_a_plan_change_that_ends_the_old_plan_is_no_cancellation() -> None:
    body = (
        "Here are the details of the change you made to your subscription today.\n"
        "New plan: Music & Entertainment - Monthly\nPlan price: $8.00/mo\nNext bill date: April 4, 2026\n"
        "Your subscription will renew automatically every month.\n"
        "Your previous All Access plan has been cancelled effective today."
    )
    change = found(mime("SiriusXM <noreply@siriusxm.com>", "Your SiriusXM Subscription Confirmation", body))
    assert change.signal != "cancellation"


def test_a_premium_that_will_continue_to_be_withdrawn_is_announced() -> None:
    body = (
        "Cost 2026 (this year) 2027 (next year)\nMonthly plan premium $38.00 $38.00\n"
        "Your premium will continue to be withdrawn from your bank account each month."
    )
    notice = found(mime("Humana <humana@email.humana.com>", "Your 2027 Annual Notice of Change", body))
    assert (notice.signal, notice.amount) == ("renewal_notice", Decimal("38.00"))


def test_a_channel_bought_in_the_stores_app_is_the_channels() -> None:
    body = (
        "Thank you for your order\nParamount+ Essential (Prime Video Channels)\n"
        "Monthly subscription · Sold by Amazon Digital Services LLC $8.99\nGrand Total: $8.99\n"
        "Your subscription renews on April 10, 2026."
    )
    order = found(
        mime("Amazon.com <digital-no-reply@amazon.com>", "Amazon.com order of Paramount+ Essential.", body)
    )
    assert order.service.name == "Paramount+"


def test_a_pharmacys_automatic_refill_is_a_repeat_order() -> None:
    body = (
        "Your order has shipped\nEliquis 5 mg tablet 180 / 90 $47.00\nOrder total $47.00\n"
        "Order #8104417 · Charged to Visa ending 4417\nUSPS tracking: 9400 1000 0000 5963 5221 11\n"
        "Automatic refills are on. Your next refill is scheduled to ship around 01/08/2027."
    )
    refill = found(
        mime("CenterWell Pharmacy <noreply@centerwellpharmacy.com>", "Your order has shipped", body)
    )
    assert (refill.signal, refill.amount) == ("receipt", Decimal("47.00"))


def test_a_merchant_of_records_receipt_is_the_sellers() -> None:
    body = (
        "Thanks for your purchase from CleanShot!\nOrder ID: 13455107-53190\nCleanShot Cloud Pro (Monthly) $8.00\n"
        "Sales Tax (10.35%) $0.83\nTotal $8.83\nNext payment: $8.83 on February 22, 2026\n"
        "Paddle.com Market Ltd is the authorized reseller and Merchant of Record for this order."
    )
    receipt = found(mime("Paddle <help@paddle.com>", "Your CleanShot receipt [13455107-53190]", body))
    assert (receipt.service.name, receipt.amount) == ("CleanShot", Decimal("8.83"))


def test_a_box_whose_next_one_comes_the_following_week_is_weekly() -> None:
    text = (
        "Regular Veggie Box $39.75\nTotal charged $39.75\nNext box: the following Tuesday, unless you skip."
    )
    assert find_cycle(text, None) == "weekly"


def test_a_gateways_confirmation_is_the_items_and_a_receipt_naming_its_next_date_runs_on() -> None:
    body = (
        "You have successfully made a payment to Siyavula Education (Pty) Ltd.\nPayment ID: 4588782\n"
        "Item: Siyavula Practice - Family (2 learners)\nAmount: R 237.00\nSubscription details\n"
        "Frequency: Every 3 months (quarterly)\nNext run date: 2027-01-04\nCycles: Until cancelled"
    )
    confirmation = found(
        mime(
            "Payfast by Network <noreply@payfast.io>",
            "Payfast Payment Confirmation: Siyavula Education",
            body,
        )
    )
    assert (confirmation.service.name, confirmation.amount, confirmation.currency, confirmation.cycle) == (
        "Siyavula Practice",
        Decimal("237.00"),
        "ZAR",
        "quarterly",
    )


def test_a_monthly_plan_whose_receipts_name_the_next_billing_date_stays_active_between_them() -> None:
    def receipt(sent: str, next_date: str) -> Finding:
        body = (
            "Thanks for being a Takealot More member. We've received your payment.\n"
            f"Membership Takealot More - Monthly\nAmount R99.00 (incl. VAT)\nNext billing date {next_date}"
        )
        raw = mime(
            "Takealot.com <noreply@takealot.com>",
            "Your Takealot More payment receipt",
            body,
            date_header=sent,
        )
        return found(raw)

    march = receipt("Thu, 12 Mar 2026 08:00:00 +0200", "12 April 2026")
    august = receipt("Wed, 12 Aug 2026 08:00:00 +0200", "12 September 2026")
    (sub,) = aggregate([march, august], date(2026, 11, 28))
    assert sub.status == "active"


def test_a_statement_senders_e_statement_is_the_company() -> None:
    body = "Your DStv statement\nAmount due: R549.00\nPayment method: debit order\n1 Dec 2026 - 31 Dec 2026 R549.00"
    statement = found(mime("DStv eStatement <estatement@multichoice.co.za>", "Your DStv eStatement", body))
    assert statement.service.name == "DStv"


def test_a_cellphone_contract_is_a_bill() -> None:
    body = (
        "Your Vodacom bill for November 2026 is ready.\nCellphone number 082 555 0147\nAmount due R699.00\n"
        "Payment method Debit order\nContract period: 01/07/2025 - 30/06/2027 (month 17 of 24)."
    )
    bill = found(mime("Vodacom <ebill@vodacom.co.za>", "Your Vodacom bill is ready", body))
    assert bill.kind == "bill"


def test_a_weekly_basket_billed_in_french_is_a_receipt() -> None:
    body = (
        "Votre commande pour la livraison du jeudi 26 novembre est maintenant fermée et a été facturée.\n"
        "Panier hebdomadaire de base – 35,00 $\nTotal facturé 35,00 $\nFacturé à Visa •••• 8802 · Commande n° 51651170\n"
        "Vous pouvez sauter une semaine ou modifier votre panier jusqu'au lundi minuit précédant chaque livraison.\n"
        "TPS 83019 2271 RT0001 · TVQ 1218893457 TQ0001"
    )
    basket = found(
        mime(
            "Fermes Lufa <commandes@lufa.com>", "Votre commande Lufa du jeudi 26 novembre est confirmée", body
        )
    )
    assert (basket.signal, basket.amount, basket.currency, basket.cycle) == (
        "receipt",
        Decimal("35.00"),
        "CAD",
        "weekly",
    )


def test_a_subscription_that_came_to_an_end_in_french_is_ended_and_a_monthly_gift_a_donation() -> None:
    ended = "Faute de paiement, votre abonnement à l'EXTRA a pris fin le 23 août 2026."
    assert found(
        mime("ICI TOU.TV <extra@tou.tv>", "Votre abonnement à l'EXTRA a pris fin", ended)
    ).signal == ("cancellation")
    gift = "Merci pour votre don mensuel de 25,00 $. Prochain prélèvement : 15 juillet 2026."
    assert analyse(mime("Centraide <dons@centraide.org>", "Votre don mensuel en action", gift)) is None


def test_german_renewals_with_a_date_between_and_a_pass_extended_by_a_month() -> None:
    prime = (
        "Ihre Amazon Prime-Mitgliedschaft (jährliche Zahlung) wird am 12. März 2026 automatisch verlängert.\n"
        "Mitgliedsgebühr 89,90 € (inkl. MwSt.)\nVerlängerungsdatum 12.03.2026"
    )
    notice = found(
        mime("Amazon Prime <prime@amazon.de>", "Ihre Amazon Prime-Mitgliedschaft wird verlängert", prime)
    )
    assert (notice.signal, notice.amount, notice.cycle) == ("renewal_notice", Decimal("89.90"), "yearly")
    pass_ = (
        "dein MILES Pass Silver wurde um einen Monat verlängert. Hier ist deine Rechnung:\n"
        "MILES Pass Silver 6,99 €\nGesamt 6,99 €\nDein Pass verlängert sich automatisch jeden Monat. Ride on!"
    )
    receipt = found(
        mime("MILES Mobility <invoice@miles-mobility.com>", "Deine Rechnung MP-2026-762449", pass_)
    )
    assert (receipt.signal, receipt.amount, receipt.cycle) == ("receipt", Decimal("6.99"), "monthly")


def test_a_meal_kit_box_for_a_calendar_week_is_a_weekly_receipt() -> None:
    body = (
        "deine Box für KW 48 ist bestätigt und wird am Mittwoch, 25. November 2026 geliefert.\n"
        "Family Box · 3 Rezepte für 4 Personen 71,88 €\nVersandkosten 5,99 €\nGesamtbetrag 77,87 €\n"
        "Wir haben den Betrag heute per Lastschrift von deinem Konto abgebucht. Bestellnummer: 445780141"
    )
    box = found(mime("HelloFresh <hallo@hellofresh.de>", "Deine Bestellung für KW 48 ist bestätigt", body))
    assert (box.signal, box.amount, box.cycle) == ("receipt", Decimal("77.87"), "weekly")


def test_a_credit_agreements_instalments_are_the_charge() -> None:
    body = (
        "Thank you for choosing to pay monthly for your Hastings Direct car insurance.\nCash price: £598.44\n"
        "Total payable: £656.52\nInstalments: 12 x £54.71\nFirst instalment: 28/09/2026\n"
        "Then: 28th of each month until 28/08/2027\nPaid by Direct Debit from account ending 5510"
    )
    schedule = found(
        mime(
            "Close Brothers Premium Finance <noreply@closepremiumfinance.co.uk>",
            "Your credit agreement",
            body,
        )
    )
    assert (schedule.amount, schedule.cycle) == (Decimal("54.71"), "monthly")


def test_a_final_bill_for_a_closed_line_ends_it_and_its_short_period_is_no_cycle() -> None:
    body = (
        "Your Vodafone Business bill is ready.\nBill date: 18/03/2026\nCharges (ex VAT): £7.53\nVAT @ 20%: £1.51\n"
        "Total: £9.04\nFinal bill: charges from 18/02/2026 to 04/03/2026. Your line has now been closed.\n"
        "Paid by Direct Debit on or after 01/04/2026."
    )
    bill = found(
        mime(
            "Vodafone Business <billing@business.vodafone.co.uk>",
            "Your Vodafone Business bill is ready",
            body,
        )
    )
    assert (bill.signal, bill.cycle) == ("cancellation", None)


def test_a_welsh_water_companys_bilingual_plan_is_a_bill() -> None:
    body = (
        "Cadarnhad o'ch cynllun talu / Confirmation of your payment plan\n"
        "Diolch am dalu drwy Ddebyd Uniongyrchol. / Thank you for paying by Direct Debit.\n"
        "Swm / Amount: £51.04 monthly\nDyddiad / Date: 15th of each month\nTaliad cyntaf / First payment: 15/04/2026\n"
        "Taliad olaf / Last payment: 15/03/2027\nCyfanswm / Total: £612.48"
    )
    plan = found(
        mime(
            "Dŵr Cymru Welsh Water <ebilling@dwrcymru.com>",
            "Cadarnhad Debyd Uniongyrchol / Direct Debit confirmation",
            body,
        )
    )
    assert (plan.amount, plan.kind) == (Decimal("51.04"), "bill")


def test_a_gym_named_energy_is_no_energy_bill() -> None:
    body = "Reçu de paiement\nAbonnement mensuel Énergie Cardio 64,33 $\nPrélèvement automatique le 2 février 2026."
    receipt = found(
        mime("Énergie Cardio <facturation@energiecardio.com>", "Reçu de paiement 02-01-2026", body)
    )
    assert receipt.kind == "subscription"


def test_a_resellers_receipt_joins_the_merchant_its_card_descriptor_names() -> None:
    notice = found(
        mime(
            "Tower <hello@git-tower.com>",
            "Your Tower subscription renews soon",
            "Your Tower Pro subscription will renew on September 3, 2026 for $99.00 plus tax.",
        )
    )
    receipt = found(
        mime(
            "fournova Software GmbH via FastSpring <noreply@fastspring.com>",
            "Your fournova Software GmbH order receipt (FOU260903-6443-63244)",
            "Thank you for your order!\nTower Pro - Annual Subscription (Renewal) x1 US$99.00\nTax US$10.25\n"
            "Total Paid US$109.25\nSubscription: renews automatically every year.\n"
            "Your card statement will show: FS *git-tower.com",
        )
    )
    assert receipt.service.group == notice.service.group


@pytest.mark.parametrize(
    ("sender", "kept"),
    [
        ("DStv <billing@dstv-za-billing.info>", False),
        ("TV Licensing <renewals@tvl-account-verify.com>", False),
        ("Vodafone <rechnung@e-billing.vodafone.de>", True),  # a company's own subdomain
    ],
)
def test_a_domain_dressed_as_a_billing_desk_is_phishing(sender: str, kept: bool) -> None:
    body = (
        "Dear Customer,\nWe were unable to process your last payment of R549.00 for your DStv subscription.\n"
        "Your services will be SUSPENDED within 24 hours unless you update your payment details.\n"
        "Update here: http://dstv-za-billing.info/myaccount/verify?id=83456721\nThank you,\nDStv Billing Department"
    )
    subject = "Final Notice: Your DStv Subscription Will Be Suspended"
    assert (analyse(mime(sender, subject, body)) is not None) is kept
