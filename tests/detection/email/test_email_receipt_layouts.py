# ruff: noqa: RUF001, RUF002  (CJK receipts write full-width colons and brackets)
"""Receipt layouts and wordings of mail nobody on the team wrote (issue 11): what a person
would read off the receipt is what the finding says."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from mail_builder import raw

from app.detection.email.aggregate import aggregate
from app.detection.email.extract import Finding, analyse_all
from app.detection.types import shown_findings


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


def test_a_google_play_receipt_names_the_subscription_not_the_store() -> None:
    """Google Play's item line: the subscription, its app in brackets, the price per period."""
    body = (
        "Thank you.\nYou've made a purchase from Google Play.\nOrder number: GPA.1111-2222-3333-44444\n"
        "Item                                 Price\n"
        "Duolingo Super (Duolingo: Language Lessons)    $6.99/month\nAuto-renewing subscription\n"
        "Total: $6.99/month (includes tax of $0.52)\n"
    )
    found = analyse_all(
        raw("Google Play <googleplay-noreply@google.com>", "Your Google Play Order Receipt", body)
    )
    assert seen(found) == [("Duolingo", Decimal("6.99"), "USD", "monthly")]
    french = (
        "Merci.\nVous avez effectué un achat sur Google Play.\n"
        "Numéro de commande : GPA.1111-2222-3333-44445\n"
        "Article                              Prix\n"
        "Sleep Cycle Premium (Sleep Cycle: suivi du sommeil)    39,99 €/an\n"
        "Abonnement renouvelé automatiquement\nTotal : 39,99 €/an (TVA de 6,67 € incluse)\n"
    )
    subject = "Votre reçu de commande Google Play du 5 nov. 2026"
    found = analyse_all(raw("Google Play <googleplay-noreply@google.com>", subject, french))
    assert seen(found) == [("Sleep Cycle Premium", Decimal("39.99"), "EUR", "yearly")]


def test_a_price_change_said_of_the_readers_price_gives_the_new_price() -> None:
    """ "Your price will change from X to Y", not "the price of …": the notice is the new price."""
    english = (
        "We're writing to let you know about an update to your Family plan price.\n"
        "Starting with your next billing date, 14 December 2026, your price will change from "
        "£10.99 to £11.99 a month.\n"
    )
    found = analyse_all(raw("Deezer <no-reply@deezer.com>", "An update to your Deezer membership", english))
    assert [(f.signal, f.amount, f.next_date) for f in found] == [
        ("price_change", Decimal("11.99"), date(2026, 12, 14))
    ]
    spanish = (
        "Te escribimos sobre tu plan Estándar. A partir del 14 de diciembre de 2026, "
        "tu precio pasará de 8,99 € a 9,99 € al mes. No tienes que hacer nada.\n"
    )
    found = analyse_all(raw("Filmin <hola@filmin.es>", "Novedades sobre tu suscripción", spanish))
    assert [(f.signal, f.amount, f.next_date) for f in found] == [
        ("price_change", Decimal("9.99"), date(2026, 12, 14))
    ]


def test_a_plan_priced_per_month_but_billed_annually_is_its_yearly_charge() -> None:
    body = (
        "Thanks for upgrading!\nPlan: Pro\nPrice: $8 per month, billed annually\n"
        "Amount charged: $96.00 USD\nCharged on: November 5, 2026\nRenews on: November 5, 2027\n"
    )
    found = analyse_all(raw("Bear <billing@bear.app>", "Your Bear Pro receipt", body))
    assert [(f.amount, f.cycle) for f in found] == [(Decimal("96.00"), "yearly")]
    # Only the per-month figure is written: the charge is twelve of it.
    german = "Danke für Ihre Zahlung.\nTarif: Team\nPreis: 5,00 € pro Monat, jährlich abgerechnet\n"
    found = analyse_all(raw("Notia <billing@notia.de>", "Ihre Quittung", german))
    assert [(f.amount, f.currency, f.cycle) for f in found] == [(Decimal("60.00"), "EUR", "yearly")]


def _listed(sender: str, subject: str, body: str) -> list[tuple[str, Decimal | None, str | None, str]]:
    """What ``subscout detect emails`` lists (trusted findings only) for one receipt."""
    found = analyse_all(raw(sender, subject, body))
    subs = aggregate(found, date(2026, 11, 10))
    return [(s.name, s.amount, s.currency, s.cycle) for s in shown_findings(subs)]


def test_japanese_korean_and_chinese_renewal_receipts_are_listed() -> None:
    japanese = (
        "いつもご利用いただきありがとうございます。\n月額プランのお支払いが完了しました。\n"
        "ご請求金額：¥990（税込）\n決済日：2026年11月5日\n次回更新日：2026年12月5日\n"
    )
    assert _listed("アニメ放題 <info@animehodai.jp>", "【アニメ放題】お支払い完了のお知らせ", japanese) == [
        ("アニメ放題", Decimal("990"), "JPY", "monthly")
    ]
    korean = (
        "정기결제가 완료되었습니다.\n상품명: 프리미엄 (정기결제)\n결제금액: 7,900원\n"
        "다음 결제일: 2026.12.05\n"
    )
    assert _listed("지니뮤직 <help@genie.co.kr>", "[지니] 정기결제 안내", korean) == [
        ("지니뮤직", Decimal("7900"), "KRW", "monthly")
    ]
    chinese = "您的会员连续包月已于2026年11月5日自动续费。\n支付金额：¥25.00\n下次续费时间：2026-12-05\n"
    assert _listed("爱奇艺 <vip@iqiyi.com>", "【爱奇艺】会员自动续费成功", chinese) == [
        ("爱奇艺", Decimal("25.00"), "CNY", "monthly")
    ]


def test_a_discussion_notification_quoting_a_charge_is_no_subscription() -> None:
    """An issue comment or a merge request that talks about a charge is people's words, quoted."""
    issue = (
        "My yearly plan was charged $99.00 on March 3 and renews on March 3, 2027,\n"
        "but the app shows monthly.\n"
        "—\nReply to this email directly, view it on GitHub:\nhttps://github.com/acme/app/issues/7\n"
        "You are receiving this because you are subscribed to this thread.\n"
    )
    assert analyse_all(raw("Someone <notifications@github.com>", "[acme/app] Yearly plan (#7)", issue)) == []
    gitlab = (
        "Alex commented:\n> Your subscription has been renewed. Amount charged: €20.00 per month.\n"
        "Reply to this email directly or view it on GitLab.\n"
        "You're receiving this email because of your account.\n"
    )
    assert analyse_all(raw("GitLab <gitlab@gitlab.example.org>", "Re: billing | Issue #3", gitlab)) == []
    receipt = (
        "We received payment for your GitHub Pro subscription. Thanks for your business!\n"
        "Amount charged: $4.00 USD\nBilling period: monthly\nNext billing date: December 5, 2026\n"
    )
    found = analyse_all(raw("GitHub <noreply@github.com>", "[GitHub] Payment Receipt for maya-v", receipt))
    assert [(f.signal, f.amount, f.cycle) for f in found] == [("receipt", Decimal("4.00"), "monthly")]


def test_services_named_in_other_scripts_are_each_their_own_subscription() -> None:
    """멜론 and 哔哩哔哩 (or Кинопоиск) have no Latin letters to key them by: each keeps its own."""
    korean = "정기결제가 완료되었습니다.\n결제금액: 10,900원\n다음 결제일: 2026.12.05\n"
    chinese = "您的大会员连续包月已于2026年11月5日自动续费。\n支付金额：¥15.00\n下次续费时间：2026-12-05\n"
    found = analyse_all(raw("멜론 <melon@melon.example>", "[멜론] 정기결제 완료 안내", korean))
    found += analyse_all(raw("哔哩哔哩 <noreply@bili.example>", "【哔哩哔哩】大会员自动续费成功", chinese))
    subs = aggregate(found, date(2026, 11, 10))
    assert sorted((s.name, s.amount, s.currency) for s in subs) == [
        ("哔哩哔哩", Decimal("15.00"), "CNY"),
        ("멜론", Decimal("10900"), "KRW"),
    ]


def test_items_of_a_receipt_that_adds_sales_tax_cost_their_share_of_it() -> None:
    """US receipts add the tax to the items' sum: each renews at its price plus its share."""
    body = (
        "Receipt\nAPPLE ACCOUNT alex@example.net\nDATE Nov 5, 2026\nORDER ID MQ99ZZ11\n"
        "Bear\nBear Pro (Monthly)\nRenews Dec 5, 2026 $2.99\n"
        "Overcast\nOvercast Premium (Yearly)\nRenews Nov 5, 2027 $9.99\n"
        "Subtotal $12.98\nTax $1.04\nTOTAL $14.02\n"
    )
    found = analyse_all(raw("Apple <no_reply@email.apple.com>", "Your receipt from Apple.", body))
    assert seen(found) == [
        ("Bear", Decimal("3.23"), "USD", "monthly"),
        ("Overcast", Decimal("10.79"), "USD", "yearly"),
    ]


def test_an_invoice_for_a_billing_period_renews_the_day_after_it_ends() -> None:
    """ "Amount due $0.00" on the line above does not make the period's last day the next charge."""
    body = (
        "Thanks for your payment. Here's the invoice for your subscription.\nInvoice date Nov 5, 2026\n"
        "Pro plan - 2 seats x $8.00 $16.00\nTotal $16.00\nAmount paid $16.00\nAmount due $0.00\n"
        "Billing period: Nov 5, 2026 to Dec 4, 2026\n"
    )
    found = analyse_all(
        raw("Tickly <billing@tickly.io>", "Invoice TK-1001 for your Tickly subscription", body)
    )
    assert [(f.amount, f.cycle, f.next_date) for f in found] == [
        (Decimal("16.00"), "monthly", date(2026, 12, 5))
    ]


def test_a_free_trial_that_lapsed_unpaid_is_not_listed_as_a_subscription() -> None:
    started = "Welcome to Lumen Pro! Your 7-day free trial is active. After the trial, Pro is $15.00/month."
    ended = (
        "Your trial has ended and your account is back on Lumen Free. You weren't charged. Upgrade anytime."
    )
    found = analyse_all(raw("Lumen <info@lumen.app>", "Your Lumen Pro trial has started", started))
    found += analyse_all(raw("Lumen <info@lumen.app>", "Your Pro trial has ended", ended))
    assert [s.status for s in aggregate(found, date(2026, 12, 1))] == ["inactive"]
    assert shown_findings(aggregate(found, date(2026, 12, 1))) == []
    # Paid before (a year earlier, then a new trial of a higher tier lapsed): listed, inactive.
    paid = raw(
        "Lumen <billing@lumen.app>",
        "Your Lumen receipt",
        "Thanks for your payment. Amount charged: $15.00. Your Pro plan renews monthly.",
    )
    found += analyse_all(paid.replace(b"05 Nov 2026", b"05 Nov 2025"))
    assert [s.status for s in shown_findings(aggregate(found, date(2026, 12, 1)))] == ["inactive"]


def test_more_cjk_payment_confirmations_are_receipts_of_a_plan() -> None:
    """ "お支払いのご確認" (payment confirmation) and "扣费成功" (charge taken) say a charge was
    taken, not that one is to come; "이용권 자동결제" with "월 10,900원" is a pass paid
    automatically, per month."""
    japanese = "月額プランのお支払い金額：¥1,490（税込）\n次回のお支払い日：2026年12月5日\n"
    found = analyse_all(raw("ストリーム <info@stream.example.jp>", "お支払いのご確認", japanese))
    assert [(f.signal, f.amount, f.cycle) for f in found] == [("receipt", Decimal("1490"), "monthly")]
    chinese = "尊敬的会员，您的连续包月会员已扣费成功，本次扣款金额 ¥25.00，下次扣款日期 2026-12-05。"
    found = analyse_all(raw("视频 <vip@video.example.cn>", "会员扣费成功", chinese))
    assert [(f.signal, f.amount, f.cycle) for f in found] == [("receipt", Decimal("25.00"), "monthly")]
    korean = "이용권 자동결제가 완료되었습니다. 결제금액 월 10,900원."
    assert _listed("웨이브 <help@wave.example.kr>", "[웨이브] 이용권 결제 완료", korean) == [
        ("웨이브", Decimal("10900"), "KRW", "monthly")
    ]


def test_an_apple_receipt_in_german_lists_each_item_with_its_period() -> None:
    body = (
        "Rechnung\nAPPLE-ACCOUNT\nalex@example.net DATUM\n5. Nov. 2026 BESTELLNUMMER\nMQ12AB34CD\n"
        "Bear\nBear Pro (Monatlich)\nVerlängert sich am 5. Dez. 2026 2,99 €\n"
        "Overcast\nOvercast Premium (Jährlich)\nVerlängert sich am 5. Nov. 2027 9,99 €\n"
        "MwSt. 19 % 2,07 €\nGESAMT 12,98 €\n"
    )
    found = analyse_all(raw("Apple <no_reply@email.apple.com>", "Deine Rechnung von Apple", body))
    assert [(f.service.name, f.amount, f.cycle, f.next_date) for f in found] == [
        ("Bear", Decimal("2.99"), "monthly", date(2026, 12, 5)),
        ("Overcast", Decimal("9.99"), "yearly", date(2027, 11, 5)),
    ]


def test_german_and_dutch_google_play_receipts_are_receipts() -> None:
    """ "Bestellbeleg" and "bestelbewijs" (order receipt) are what Google Play calls its receipt."""
    german = (
        "Vielen Dank.\nBestellnummer: GPA.2222-3333-4444-55555\nArtikel                 Preis\n"
        "Strava Premium (Strava: Laufen & Radfahren)   59,99 €/Jahr\nAbo mit automatischer Verlängerung\n"
        "Gesamt: 59,99 €/Jahr\n"
    )
    subject = "Ihr Google Play-Bestellbeleg vom 05.11.2026"
    found = analyse_all(raw("Google Play <googleplay-noreply@google.com>", subject, german))
    assert seen(found) == [("Strava", Decimal("59.99"), "EUR", "yearly")]
    dutch = (
        "Bedankt.\nBestelnummer: GPA.2222-3333-4444-55556\nItem                 Prijs\n"
        "Strava Premium (Strava)   € 59,99/jaar\nAutomatisch verlengend abonnement\nTotaal: € 59,99/jaar\n"
    )
    subject = "Je bestelbewijs van Google Play van 5 nov. 2026"
    found = analyse_all(raw("Google Play <googleplay-noreply@google.com>", subject, dutch))
    assert seen(found) == [("Strava", Decimal("59.99"), "EUR", "yearly")]


def test_a_charge_restated_per_month_in_brackets_after_other_words_is_the_charge() -> None:
    body = "Thanks! We charged $29.97 for 3 months of Lumen Pro ($9.99/month). Next charge: Feb 5, 2027."
    found = analyse_all(raw("Lumen <billing@lumen.app>", "Your Lumen receipt", body))
    assert [(f.amount, f.cycle) for f in found] == [(Decimal("29.97"), "quarterly")]
    # Per seat and month, billed yearly: the charge is for a year, whatever the seats.
    seats = (
        "Plan: Lumen Team - $8 per seat per month, billed yearly (3 seats)\n"
        "Amount charged: $288.00\nRenews on: Nov 5, 2027\n"
    )
    found = analyse_all(raw("Lumen <billing@lumen.app>", "Your Lumen receipt", seats))
    assert [(f.amount, f.cycle) for f in found] == [(Decimal("288.00"), "yearly")]


def test_a_cjk_or_arrow_price_change_gives_the_new_price_from_its_date() -> None:
    """Japanese writes the old price before "から" (from) and the date before "より"; Chinese
    "由¥25.00调整为¥30.00" and "自…起"; anyone "$15.99 → $17.99"."""
    cases = [
        (
            "【ミュージック】料金改定のお知らせ",
            "2027年1月1日より、月額プランの料金を¥980から¥1,180に改定いたします。",
            Decimal("1180"),
        ),
        ("会员价格调整通知", "自2027年1月1日起，连续包月价格由¥25.00调整为¥30.00。", Decimal("30.00")),
        (
            "Price change",
            "Starting Jan 1, 2027, your Premium plan price changes: $15.99 → $17.99 a month.",
            Decimal("17.99"),
        ),
    ]
    for subject, body, new in cases:
        found = analyse_all(raw("Lumen <info@lumen.example>", subject, body))
        assert [(f.signal, f.amount, f.next_date) for f in found] == [("price_change", new, date(2027, 1, 1))]


def test_a_chat_or_forum_notification_quoting_a_charge_is_no_subscription() -> None:
    chat = (
        "Maya: the family plan was charged €17.99 today, next renewal 5 December\nReply in Slack\n"
        "You're receiving this email because you have notifications turned on.\n"
    )
    assert analyse_all(raw("Slack <notification@slack.com>", "New message from Maya in #home", chat)) == []
    forum = (
        '"My subscription was charged $15.49 this month, the plan renews on the 5th"\nReply\n'
        "You're receiving this because you have email notifications turned on.\n"
    )
    subject = "u/someone replied to your comment in r/personalfinance"
    assert analyse_all(raw("Reddit <noreply@redditmail.com>", subject, forum)) == []
    receipt = (
        "Thanks for your payment.\nSlack Pro, monthly plan\nAmount charged: $8.75\nNext payment: Dec 5, 2026"
    )
    found = analyse_all(raw("Slack <feedback@slack.com>", "Your Slack receipt", receipt))
    assert [(f.signal, f.amount, f.cycle) for f in found] == [("receipt", Decimal("8.75"), "monthly")]


def test_apple_receipts_in_japanese_and_korean_list_each_item() -> None:
    """ "（月額）", "(연간)" in brackets, "更新日：", "갱신일:" before the renewal date and price."""
    japanese = (
        "領収書\nAPPLE ACCOUNT\nalex@example.jp 日付\n2026年11月5日 注文番号\nMQ12AB34CD\n"
        "Bear\nBear Pro（月額）\n更新日：2026年12月5日 ¥300\n"
        "Overcast\nOvercast Premium（年額）\n更新日：2027年11月5日 ¥1,500\n合計 ¥1,800\n"
    )
    found = analyse_all(raw("Apple <no_reply@email.apple.com>", "Appleからの領収書です。", japanese))
    assert [(f.service.name, f.amount, f.currency, f.cycle, f.next_date) for f in found] == [
        ("Bear", Decimal("300"), "JPY", "monthly", date(2026, 12, 5)),
        ("Overcast", Decimal("1500"), "JPY", "yearly", date(2027, 11, 5)),
    ]
    korean = (
        "영수증\nAPPLE 계정\nalex@example.kr 날짜\n2026년 11월 5일 주문 번호\nMQ12AB34CD\n"
        "Bear\nBear Pro (월간)\n갱신일: 2026년 12월 5일 ₩3,300\n"
        "Overcast\nOvercast Premium (연간)\n갱신일: 2027년 11월 5일 ₩15,000\n합계 ₩18,300\n"
    )
    found = analyse_all(raw("Apple <no_reply@email.apple.com>", "Apple 영수증", korean))
    assert [(f.service.name, f.amount, f.currency, f.cycle) for f in found] == [
        ("Bear", Decimal("3300"), "KRW", "monthly"),
        ("Overcast", Decimal("15000"), "KRW", "yearly"),
    ]


def test_every_other_week_is_biweekly_in_several_languages() -> None:
    bodies = [
        "Payment received: $30.00\nPlan: Veggie Box, every other week\nNext charge: Nov 19, 2026",
        "Zahlung erhalten: 30,00 €\nIhr Abo: Gemüsekiste, jede zweite Woche\nNächste Zahlung: 19.11.2026",
        "お支払い完了：¥3,000\n定期便（隔週）\n次回のお支払い日：2026年11月19日",
    ]
    for body in bodies:
        found = analyse_all(raw("Veggie <billing@veggie.example>", "Your receipt", body))
        assert [(f.cycle, f.next_date) for f in found] == [("biweekly", date(2026, 11, 19))]


def test_an_apple_subscription_confirmation_names_the_app_not_its_field_label() -> None:
    body = (
        "Subscription Confirmation\nApp\nSleepy: Sleep Sounds\nSubscription\nSleepy Premium (Monthly)\n"
        "Price\n€4.99 per month\nRenews on 5 December 2026\n"
    )
    found = analyse_all(raw("Apple <no_reply@email.apple.com>", "Subscription Confirmation", body))
    assert [(f.service.name, f.amount, f.cycle) for f in found] == [("Sleepy", Decimal("4.99"), "monthly")]
