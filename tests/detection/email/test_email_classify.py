# ruff: noqa: RUF001  (real receipts write periods with an en dash)
"""Hand-written messages in the style of real senders (not from the generators): signal and service."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from mail_builder import raw

from app.detection.email.aggregate import aggregate
from app.detection.email.classify import classify, subject_says_billing
from app.detection.email.extract import analyse
from app.detection.types import needs_confirmation

POSITIVES = [
    (
        "Netflix <info@account.netflix.com>",
        "Your payment was successful",
        "Hi Alex,\nWe've successfully processed your payment of $15.49 for your Standard plan.\n"
        "Your next billing date is December 5, 2026.",
        ("Netflix", "receipt", "15.49", "USD"),
    ),
    (
        "Apple <no_reply@email.apple.com>",
        "Your receipt from Apple.",
        "<table><tr><td>Disney+</td><td>Disney+ Monthly (Monthly)<br>Renews 5 December 2026</td>"
        "<td>£7.99</td></tr><tr><td>TOTAL</td><td>£7.99</td></tr></table>",
        ("Disney+", "receipt", "7.99", "GBP"),
    ),
    (
        "PayPal <service@paypal.com>",
        "Receipt for your payment to Spotify AB",
        "You sent an automatic payment of €10.99 EUR to Spotify AB.\nMerchant: Spotify AB\n"
        "Description: Spotify Premium - monthly subscription",
        ("Spotify", "receipt", "10.99", "EUR"),
    ),
    (
        "Google Play <googleplay-noreply@google.com>",
        "Your subscription to Headspace is now active",
        "You're subscribed to Headspace: Meditation & Sleep from Google Play.\n"
        "Auto-renewing subscription. Price: $12.99/month. Next payment: Dec 5, 2026.\nThank you for your"
        " payment.",
        ("Headspace", "receipt", "12.99", "USD"),
    ),
    (
        "Amazon.com <auto-confirm@amazon.com>",
        "Your Amazon Prime membership has been renewed",
        "Thank you for being a Prime member. Your membership was renewed on November 5, 2026 and "
        "you were charged $139.00. Your next renewal date is November 5, 2027.",
        ("Amazon Prime", "receipt", "139.00", "USD"),
    ),
    (
        "Calm <hello@calm.com>",
        "Your free trial ends tomorrow",
        "Your 7-day free trial ends tomorrow. After that, your Calm Premium subscription will "
        "automatically renew at $69.99/year unless you cancel.",
        ("Calm", "trial_ending", "69.99", "USD"),
    ),
    (
        "Spotify <no-reply@spotify.com>",
        "An update to your Premium price",
        "From your billing date in January, the price of Premium Individual will change from "
        "£11.99/month to £12.99/month. You don't need to do anything.",
        ("Spotify", "price_change", "12.99", "GBP"),
    ),
    (
        "Adobe <message@adobe.com>",
        "There's a problem with your payment",
        "We were unable to process your payment of US$22.99 for Creative Cloud Photography plan. "
        "Please update your payment method to avoid interruption.",
        ("Adobe Creative Cloud", "payment_failed", "22.99", "USD"),
    ),
    (
        "Hulu <hulu@hulumail.com>",
        "We've cancelled your subscription",
        "We've cancelled your Hulu subscription as requested. You can keep watching until December 1, 2026.",
        ("Hulu", "cancellation", None, None),
    ),
    (
        "Kiosko <cobros@kiosko.example>",
        "Tu suscripción se renovará pronto",
        "Hola Alex, tu suscripción anual a Kiosko se renovará automáticamente el 20 de noviembre de 2026 "
        "por 59,00 €.",
        ("Kiosko", "renewal_notice", "59.00", "EUR"),
    ),
]


POSITIVES += [
    (
        '"Linear Orbit, Inc." <invoice+statements@stripe.com>',
        "Your receipt from Linear Orbit, Inc. #1234-5678",
        "Receipt from Linear Orbit, Inc.\nAmount paid $8.00\nDate paid November 5, 2026\n"
        "Linear Standard (per seat)\nNov 5 – Dec 5, 2026\nTotal $8.00",
        ("Linear Orbit", "receipt", "8.00", "USD"),
    ),
    (
        '"OpenAI, LLC" <invoice+statements@stripe.com>',
        "Your receipt from OpenAI, LLC #2093-1123",
        "Receipt from OpenAI, LLC\nAmount paid $20.00\nDate paid November 5, 2026\nChatGPT Plus"
        " Subscription\n"
        "Nov 5 – Dec 5, 2026 $20.00\nTotal $20.00",
        ("ChatGPT Plus", "receipt", "20.00", "USD"),
    ),
    (
        "Xbox <xbox@engage.xbox.com>",
        "Your Xbox Game Pass Ultimate membership",
        "We charged $16.99 to your account for Xbox Game Pass Ultimate (1 month). Thanks for being a member.",
        ("Xbox Game Pass", "receipt", "16.99", "USD"),
    ),
    (
        "bol.com <klantenservice@bol.com>",
        "Bevestiging van je betaling voor Select",
        "Bedankt! We hebben je betaling van € 12,99 voor je jaarlijkse Select-lidmaatschap ontvangen.",
        ("bol.com", "receipt", "12.99", "EUR"),
    ),
    (
        "YouTube <noreply-purchases@youtube.com>",
        "Welcome to YouTube Premium",
        "Your membership begins today. You'll be charged $13.99/month starting Dec 5, 2026, after your"
        " free trial.",
        ("YouTube Premium", "renewal_notice", "13.99", "USD"),
    ),
    (
        "Crikey <subscriptions@crikey.com.au>",
        "Your Crikey subscription is renewing soon",
        "Your Crikey Annual subscription will automatically renew on 4 December 2026.\n"
        "We'll charge $219 to your card ending 4417 for another 12 months of Crikey.",
        ("Crikey", "renewal_notice", "219.00", "AUD"),
    ),
]


POSITIVES += [
    (
        "Netflix <info@account.netflix.com>",
        "Your account is on hold",
        "We\u2019re having some trouble with your current billing information. We\u2019ll try again, but "
        "in the meantime you may want to update your payment details. Your membership is on hold.",
        ("Netflix", "payment_failed", None, None),
    ),
    (
        "Spotify <no-reply@spotify.com>",
        "You\u2019ve changed your plan",
        "You\u2019ve switched to Premium Family. Your new plan costs \u20ac17.99/month, starting on your"
        " next "
        "billing date, 1 December 2026.",
        ("Spotify", "price_change", "17.99", "EUR"),
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "expected"), POSITIVES, ids=[p[1] for p in POSITIVES])
def test_subscription_mail(
    sender: str, subject: str, body: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    finding = analyse(raw(sender, subject, body, html=body.startswith("<")))
    assert finding is not None
    name, signal, amount, currency = expected
    assert (finding.service.name, finding.signal) == (name, signal)
    assert finding.amount == (Decimal(amount) if amount else None)
    assert finding.currency == currency


@pytest.mark.parametrize(
    ("subject", "body", "cycle"),
    [
        (
            "Your receipt from Linear Orbit, Inc. #1",
            "Receipt\nAmount paid $8.00\nNov 5 – Dec 5, 2026",
            "monthly",
        ),
        (
            "Payment Confirmation - Hulu",
            "Your payment of $17.99 was processed. Next billing date: Dec 5, 2026.",
            "monthly",
        ),
        (
            "Your receipt",
            "Thanks for your payment of $99.00 for your plan. Renews on November 5, 2027.",
            "yearly",
        ),
    ],
)
def test_cycle_from_billing_period_or_next_date(subject: str, body: str, cycle: str) -> None:
    finding = analyse(raw('"Acme" <invoice+statements@stripe.com>', subject, body))
    assert finding is not None
    assert finding.cycle == cycle


@pytest.mark.parametrize(
    ("sender", "subject", "body", "standing"),
    [
        (
            "PayPal <service@paypal.es>",
            "Recibo de su pago a Filmin",
            "Ha enviado un pago automático de 75,00 € EUR a Filmin.\nComerciante\nFilmin",
            True,
        ),
        (
            "PayPal <service@paypal.com>",
            "Receipt for your payment to Spotify AB",
            "You sent an automatic payment of €10.99 EUR to Spotify AB.",
            True,
        ),
        (
            "Stadtwerke <rechnung@stadtwerke-beispiel.de>",
            "Ihre Rechnung für Oktober",
            "Rechnungsbetrag: 39,99 €\nDer Betrag wird per SEPA-Lastschrift von Ihrem Konto eingezogen.",
            True,
        ),
        (
            '"Acme" <invoice+statements@stripe.com>',
            "Your receipt from Acme #1",
            "Receipt\nAmount paid $8.00 for your plan\nPaid with Visa •••• 4242",
            False,
        ),
    ],
)
def test_a_charge_under_a_standing_authority_is_told_from_one_paid_by_hand(
    sender: str, subject: str, body: str, standing: bool
) -> None:
    finding = analyse(raw(sender, subject, body))
    assert finding is not None
    assert finding.standing is standing


def test_trial_ending_tomorrow_points_to_the_next_day() -> None:
    sender, subject, body, _ = POSITIVES[5]
    finding = analyse(raw(sender, subject, body))
    assert finding is not None
    assert finding.next_date == date(2026, 11, 6)
    assert finding.cycle == "yearly"


NEGATIVES = [
    (
        "Spotify <no-reply@spotify.com>",
        "Get Premium Family for €17.99/month",
        "Limited time offer: 3 months for €0. Then €17.99 per month. Subscribe now, cancel anytime.",
    ),
    (
        "Amazon.com <shipment-tracking@amazon.com>",
        "Your Amazon.com order #112-4432-1234 has shipped",
        "Your package is on its way. Order total: $23.47. Track your package. Prime members get free"
        " delivery.",
    ),
    (
        "The Daily Brief <news@dailybrief.example>",
        "Thanks for subscribing!",
        "You're now subscribed to our free daily newsletter. Upgrade to a paid subscription for $5/month.",
    ),
    (
        "Uber Receipts <noreply@uber.com>",
        "Your Thursday morning trip with Uber",
        "Thanks for riding. Total $18.42. Uber One members save on every ride.",
    ),
    (
        "Wikimedia Foundation <donate@wikimedia.org>",
        "Thank you for your monthly donation",
        "Your recurring donation of $5.00 per month helps keep Wikipedia free. This is your receipt.",
    ),
    (
        "Apple <no_reply@email.apple.com>",
        "Your receipt from Apple.",
        "App Store\nProcreate\nTOTAL $12.99\nThank you for your purchase.",
    ),
    (
        "Smith Plumbing <billing@smithplumbing.example>",
        "Invoice #1043 from Smith Plumbing",
        "Please find your invoice for the repair on 2 November. Amount due: $240.00. Due in 14 days.",
    ),
    (
        "Booking.com <noreply@booking.com>",
        "Your booking is confirmed",
        "Hotel Adlon, 2 nights. Total price: €540.00. Free cancellation until 1 December.",
    ),
    (
        "Netflix <info@account.netflix.com>",
        "New sign-in to your account",
        "A new device signed in to your Netflix account. If this was you, you can ignore this email.",
    ),
    (
        "ASOS <orders@asos.com>",
        "Payment declined for your order",
        "We couldn't process your payment for order #83721. Please update your payment details. Order"
        " total £42.00",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), NEGATIVES, ids=[n[1] for n in NEGATIVES])
def test_not_subscription_mail(sender: str, subject: str, body: str) -> None:
    assert analyse(raw(sender, subject, body, unsubscribe="offer" in body)) is None


RENEWED_HOSTING = [
    (
        "Namecheap <support@namecheap.com>",
        "Namecheap Order Summary - Order # 145623987",
        "Thank you for your order.\nORDER SUMMARY\nOrder Number: 145623987\nOrder Date: 11/05/2026\n"
        "Domain Renewal\nexample.com\nPrice: $13.98\nICANN Fee: $0.20\nSUB TOTAL: $14.18\nTOTAL: $14.18\n",
        "14.18",
    ),
    (
        "Hostinger <billing@hostinger.com>",
        "Order summary: Premium Web Hosting renewal",
        "Hi Alex,\nYour order has been completed.\nPremium Web Hosting renewal\nPrice: $35.88\n"
        "Domain privacy: $4.00\nTotal: $39.88\nThank you for choosing Hostinger.",
        "39.88",
    ),
    (
        "IONOS <billing@ionos.de>",
        "Ihre Bestellübersicht",
        "Vielen Dank für Ihre Bestellung.\nDomainverlängerung beispiel.de\nPreis: 12,00 €\n"
        "SSL-Zertifikat: 3,00 €\nGesamtbetrag: 15,00 €",
        "15.00",
    ),
]


@pytest.mark.parametrize(
    ("sender", "subject", "body", "amount"), RENEWED_HOSTING, ids=["Namecheap", "Hostinger", "IONOS"]
)
def test_an_order_that_renews_a_domain_or_hosting_is_a_yearly_charge_of_its_total(
    sender: str, subject: str, body: str, amount: str
) -> None:
    finding = analyse(raw(sender, subject, body))
    assert finding is not None
    assert (finding.signal, finding.cycle, finding.amount) == ("receipt", "yearly", Decimal(amount))


def test_a_shop_order_summary_is_still_an_order() -> None:
    body = "Order Summary\nOrder #114-22\nWireless mouse $24.99\nShipping $4.99\nTotal $29.98\nTrack it."
    assert analyse(raw("Shop <orders@shop.example>", "Your order summary", body)) is None


def test_a_domain_renewal_still_to_come_is_a_notice_not_a_receipt() -> None:
    body = "Your domain renewal is coming up: example.com will automatically renew on December 5, 2026."
    finding = analyse(raw("Namecheap <support@namecheap.com>", "Domain renewal reminder", body))
    assert finding is not None
    assert (finding.signal, finding.cycle) == ("renewal_notice", "yearly")


def test_a_mailing_lists_footer_is_no_sign_of_a_subscription() -> None:
    """ILUG's footer under every post ("… listinfo/ilug for (un)subscription information") made a
    question about an "invoice number" column read as a receipt (SpamAssassin's ham, 2002)."""
    body = (
        "File 2 contains\nDocket Number, Customer, Shipping date, invoice number.\n--\n"
        "Irish Linux Users' Group: ilug@linux.ie\n"
        "http://www.linux.ie/mailman/listinfo/ilug for (un)subscription information.\n"
    )
    assert (
        classify(
            "[ILUG] relating data from 2 ascii files ?", body, known_service=False, personal=False
        ).signal
        is None
    )


ACME = "Acme <billing@acme.example>"


def test_a_card_about_to_expire_is_no_failed_payment() -> None:
    expiring = (
        "The card ending in 4242 that you use for your Acme subscription expires at the end of this "
        "month. Please update your payment method to avoid any interruption."
    )
    assert analyse(raw(ACME, "Your card is expiring soon", expiring)) is None
    declined = (
        "Your card expired, and the charge for your Acme subscription was declined. "
        "Please update your payment method."
    )
    failed = analyse(raw(ACME, "Your card has expired", declined))
    assert failed is not None
    assert failed.signal == "payment_failed"


@pytest.mark.parametrize(
    ("subject", "body", "signal", "amount", "next_date"),
    [
        (
            "Your payment to Acme was unsuccessful",
            "We tried to charge $20.00 to your card for your monthly Acme subscription but it was declined.",
            "payment_failed",
            "20.00",
            None,
        ),
        # "Welcome back" is no "come back" offer; "you were charged" is a charge.
        (
            "Your subscription has been reactivated",
            "Welcome back! Your Acme Pro subscription has been reactivated. You were charged $12.00 today.",
            "receipt",
            "12.00",
            None,
        ),
        (
            "Your Acme subscription has been resumed",
            "Your monthly Acme subscription is active again. You'll be charged $12.00 on January 5, 2027.",
            "renewal_notice",
            "12.00",
            date(2027, 1, 5),
        ),
    ],
)
def test_declines_charges_and_the_day_of_the_next_one(
    subject: str, body: str, signal: str, amount: str, next_date: date | None
) -> None:
    finding = analyse(raw(ACME, subject, body))
    assert finding is not None
    assert (finding.signal, finding.amount, finding.next_date) == (signal, Decimal(amount), next_date)


@pytest.mark.parametrize(
    ("sender", "subject", "body", "amount", "ends"),
    [
        (
            ACME,
            "Welcome to your 14-day free trial",
            "Your free trial of Acme Pro has started and runs until November 19, 2026. After that, "
            "your subscription continues at $20.00 per month.",
            "20.00",
            date(2026, 11, 19),
        ),
        (
            "Spotify <no-reply@spotify.com>",
            "Your Premium trial has started",
            "You're now on a 1-month free trial of Premium Individual. From December 5, 2026 you'll pay "
            "€10.99/month.",
            "10.99",
            date(2026, 12, 5),
        ),
    ],
)
def test_a_trial_begun_is_a_trial_ending_on_the_day_it_names(
    sender: str, subject: str, body: str, amount: str, ends: date
) -> None:
    finding = analyse(raw(sender, subject, body))
    assert finding is not None
    assert (finding.signal, finding.amount, finding.cycle, finding.next_date) == (
        "trial_ending",
        Decimal(amount),
        "monthly",
        ends,
    )


@pytest.mark.parametrize(
    ("subject", "body", "signal", "next_date"),
    [
        (
            "Your subscription is scheduled to be cancelled",
            "Your Acme Pro subscription is scheduled for cancellation at the end of the billing period.",
            "cancellation",
            None,
        ),
        (
            "Cancellation scheduled",
            "Your subscription has been set to cancel at the end of the current billing period.",
            "cancellation",
            None,
        ),
        (
            "Your subscription will end",
            "You turned off auto-renew. Your Acme plan ends on December 31, 2026.",
            "cancellation",
            date(2026, 12, 31),
        ),
        (
            "Your monthly Acme subscription",
            "Your recent payment of €9.99 for your monthly Acme subscription could not be completed.",
            "payment_failed",
            None,
        ),
        # A trial ending into a charge is a subscription beginning, on the day the mail names.
        (
            "Your trial ends today",
            "Your free trial ends today. Your card will be charged $15.00 for your first month of Acme.",
            "trial_ending",
            date(2026, 11, 5),
        ),
    ],
)
def test_cancellations_set_for_later_failed_payments_and_trials_ending_today(
    subject: str, body: str, signal: str, next_date: date | None
) -> None:
    finding = analyse(raw(ACME, subject, body))
    assert finding is not None
    assert (finding.signal, finding.next_date) == (signal, next_date)


@pytest.mark.parametrize(
    ("body", "failed"),
    [
        (
            "We paused your Acme membership as requested. Your membership is on hold until January 15, 2027.",
            False,
        ),
        ("Your Acme membership is on hold because your last payment failed. Please update your card.", True),
        ("Your Acme membership has been put on hold: we could not charge your card.", True),
    ],
)
def test_a_membership_on_hold_is_a_failed_payment_unless_the_member_asked(body: str, failed: bool) -> None:
    verdict = classify("Your membership is on hold", body, known_service=False, personal=False)
    assert (verdict.signal == "payment_failed") is failed


@pytest.mark.parametrize(
    ("body", "signal"),
    [
        (
            "Your current plan ends on December 31, 2026 and will renew automatically for $99.00 a year.",
            "renewal_notice",
        ),
        (
            "Your subscription expires on December 31, 2026 and will be renewed automatically.",
            "renewal_notice",
        ),
        ("Your subscription expires on December 31, 2026 and will not be renewed.", "cancellation"),
        ("Your subscription will end on December 31, 2026.", "cancellation"),
    ],
)
def test_a_period_that_ends_into_a_renewal_is_no_cancellation(body: str, signal: str) -> None:
    assert classify("Your Acme subscription", body, known_service=False, personal=False).signal == signal


@pytest.mark.parametrize(
    ("body", "signal"),
    [
        ("Ihr Abo endet am 12.01. und verlängert sich automatisch um 12 Monate.", "renewal_notice"),
        ("Ihr Abo endet am 12.01. und verlängert sich nicht automatisch.", "cancellation"),
        (
            "Votre abonnement prendra fin le 12 janvier 2027 et se renouvelle automatiquement pour 12 mois.",
            "renewal_notice",
        ),
        ("Votre abonnement prendra fin le 12 janvier 2027 et ne se renouvellera pas.", "cancellation"),
        ("Il tuo abbonamento scadrà il 12 gennaio 2027 e si rinnova automaticamente.", "renewal_notice"),
        ("Il tuo abbonamento scadrà il 12 gennaio 2027 e non si rinnova automaticamente.", "cancellation"),
        (
            "Tu suscripción finalizará el 12 de enero de 2027 y se renovará automáticamente por 12 meses.",
            "renewal_notice",
        ),
        ("Tu suscripción finalizará el 12 de enero de 2027 y no se renovará.", "cancellation"),
        ("Uw abonnement eindigt op 12 januari 2027 en wordt automatisch verlengd.", "renewal_notice"),
        ("Uw abonnement eindigt op 12 januari 2027 en wordt niet automatisch verlengd.", "cancellation"),
        ("Uw abonnement eindigt op 12 januari 2027.", "cancellation"),
        ("Je lidmaatschap loopt af op 12 januari 2027.", "cancellation"),
        ("Sua assinatura terminará em 12 de janeiro de 2027.", "cancellation"),
        (
            "Sua assinatura termina em 12 de janeiro de 2027 e será renovada automaticamente.",
            "renewal_notice",
        ),
        ("Din prenumeration avslutas den 12 januari 2027.", "cancellation"),
        ("Din prenumeration avslutas den 12 januari 2027 och förnyas automatiskt.", "renewal_notice"),
    ],
)
def test_a_period_that_ends_into_a_renewal_is_no_cancellation_in_other_languages(
    body: str, signal: str
) -> None:
    assert classify("Ihr Abonnement", body, known_service=False, personal=False).signal == signal


@pytest.mark.parametrize(
    ("body", "renewal"),
    [
        (
            "Ihr Abo endet am 12.01. und verlängert sich automatisch um 12 Monate zum Preis von 59,88 €.",
            date(2027, 1, 12),
        ),
        (
            "Il tuo abbonamento scadrà il 12 gennaio 2027 e si rinnova automaticamente per 12 mesi "
            "a 59,88 €.",
            date(2027, 1, 12),
        ),
        (
            "Tu suscripción finalizará el 12 de enero de 2027 y se renovará automáticamente "
            "por 59,88 € al año.",
            date(2027, 1, 12),
        ),
    ],
)
def test_the_end_of_a_period_that_renews_is_the_renewal_date(body: str, renewal: date) -> None:
    finding = analyse(raw(ACME, "Ihr Abonnement", body))
    assert finding is not None
    assert (finding.signal, finding.amount, finding.cycle, finding.next_date) == (
        "renewal_notice",
        Decimal("59.88"),
        "yearly",
        renewal,
    )


@pytest.mark.parametrize(
    ("subject", "body", "cycle", "renewal"),
    [
        # No date named: the plan starts on the day of the mail (5 November) and renews a cycle later.
        (
            "Your trial is over",
            "Hi Alex, your trial is over; your plan is now active at $20/month.",
            "monthly",
            date(2026, 12, 5),
        ),
        (
            "Your subscription has started",
            "Your free trial has ended and your subscription has started. You'll be billed $20.00 per month.",
            "monthly",
            date(2026, 12, 5),
        ),
        (
            "Your trial has ended",
            "Your trial has ended and your Acme Pro plan is now active. You'll be billed $20.00 per year.",
            "yearly",
            date(2027, 11, 5),
        ),
        # The trial's end named: the plan started that day.
        (
            "Welcome to Acme Pro",
            "Your trial ended on November 3, 2026. Your Acme Pro subscription has started: $20.00/month.",
            "monthly",
            date(2026, 12, 3),
        ),
        # A start still to come is the first charge.
        (
            "Your trial has ended",
            "Your free trial has ended. Your Acme Pro subscription starts on December 1, 2026 "
            "at $20.00 per month.",
            "monthly",
            date(2026, 12, 1),
        ),
        (
            "Dein Probemonat ist abgelaufen",
            "Dein Probemonat ist abgelaufen. Dein Abo hat begonnen: 20,00 € im Monat.",
            "monthly",
            date(2026, 12, 5),
        ),
    ],
)
def test_a_plan_begun_after_a_trial_renews_a_cycle_after_its_start(
    subject: str, body: str, cycle: str, renewal: date
) -> None:
    finding = analyse(raw(ACME, subject, body))
    assert finding is not None
    assert (finding.signal, finding.amount, finding.cycle, finding.next_date) == (
        "renewal_notice",
        Decimal("20.00"),
        cycle,
        renewal,
    )
    (sub,) = aggregate([finding], date(2026, 11, 29))
    assert (sub.status, sub.next_renewal) == ("active", renewal)


@pytest.mark.parametrize(
    ("sender", "subject", "body", "expected"),
    [
        # A gym's SEPA pre-notification, the verb split around what is collected.
        (
            "Fitclub <leden@fitclub.example>",
            "Aankondiging incasso lidmaatschap",
            "Hoi Sam,\nOp of rond 26-09-2026 schrijven we de contributie voor je lidmaatschap af.\n"
            "Lidmaatschap: All-in (maandelijks opzegbaar)\nBedrag: €44,90",
            ("renewal_notice", "44.90", "monthly"),
        ),
        (
            "Verzekeraar <klant@verzekeraar.example>",
            "Aankondiging premie-incasso",
            "Binnenkort schrijven wij de premie voor uw inboedelverzekering af.\n"
            "Betalingstermijn: per half jaar\nPremie: € 58,20\nIncassodatum: 18-01-2027",
            ("renewal_notice", "58.20", "semiannual"),
        ),
        (
            "Energie <service@energie.example>",
            "Uw termijnbedrag",
            "Uw maandelijkse termijnbedrag voor stroom en gas is € 138,00.\n"
            "Wij schrijven dit bedrag op 24-11-2026 af van uw rekening.",
            ("renewal_notice", "138.00", "monthly"),
        ),
        # A Dutch bill is a "nota", collected by direct debit.
        (
            "Kabel <nota@kabel.example>",
            "Uw Kabel-nota staat klaar",
            "Uw nota van 10-2026 is beschikbaar.\nInternet: € 54,95\nTotaalbedrag: € 54,95 (incl. 21% btw)\n"
            "Het totaalbedrag wordt rond 19-10-2026 automatisch van uw rekening afgeschreven.",
            ("receipt", "54.95", None),
        ),
        (
            "Beheer <huur@beheer.example>",
            "Huurverhoging per 1 juli 2026",
            "Huidige kale huur: € 1.445,00 per maand\n"
            "Nieuwe kale huur per 1 juli 2026: € 1.485,00 per maand\n"
            "De huur wordt op de 3e van de maand via automatische incasso geïnd.",
            ("price_change", "1485.00", "monthly"),
        ),
        # A meal kit's box, paid and on its way, the next one charged before it comes.
        (
            "Boxco <hello@boxco.example>",
            "Week 40: your box is confirmed",
            "Your box for week 40 is paid and on its way for delivery on Tuesday 06 October.\n"
            "Total charged: $62.99\nSkip a week or change your recipes until Wednesday.\n"
            "Your next box will be charged on 08 October.",
            ("receipt", "62.99", "weekly"),
        ),
        (
            "Bloemen <hallo@bloemen.example>",
            "Je bloemen zijn onderweg",
            "Je nieuwe boeket is betaald en komt zaterdag bij je langs.\n"
            "Abonnement: Medium boeket, elke 2 weken\nBedrag: € 29,95",
            ("receipt", "29.95", "biweekly"),
        ),
        # A reseller's receipt says "purchase" and "order" of what the next payment renews.
        (
            "Paddle.com <help@paddle.com>",
            "Your Acme Pro receipt",
            "Thanks for your purchase of Acme Pro. Order #61230412, 22 September 2026\n"
            "Acme Pro Individual Monthly €8.26\nVAT (21%) €1.73\nTotal €9.99\n"
            "Next payment: €9.99 on 22 October 2026.",
            ("receipt", "9.99", "monthly"),
        ),
    ],
)
def test_collections_bills_and_boxes_that_recur(
    sender: str, subject: str, body: str, expected: tuple[str, str, str | None]
) -> None:
    finding = analyse(raw(sender, subject, body))
    assert finding is not None
    assert (finding.signal, str(finding.amount), finding.cycle) == expected


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Nieuwsbrief", "Geen interesse meer? Dan schrijven we je af voor de nieuwsbrief."),
        (
            "Your order is confirmed",
            "Thanks for your purchase. Order #4471. Total $49.99. Your order will be delivered on Tuesday.",
        ),
    ],
)
def test_unsubscribing_and_a_one_off_order_do_not_recur(subject: str, body: str) -> None:
    assert analyse(raw("Shop <hello@shop.example>", subject, body)) is None


@pytest.mark.parametrize(
    ("sender", "subject", "body", "kind"),
    [
        (
            "Verzekeraar <klant@verzekeraar.example>",
            "Verlenging van uw autoverzekering",
            "Uw autoverzekering wordt per 1 april 2026 automatisch met een jaar verlengd.\n"
            "Jaarpremie: € 486,20\nBetaling: automatische incasso per jaar",
            "bill",
        ),
        (
            "Mobiel <factuur@mobiel.example>",
            "Je factuur van augustus staat klaar",
            "Abonnement: Unlimited Sim Only: € 25,00\nTotaal te betalen: € 25,00\n"
            "We schrijven het bedrag over een paar dagen automatisch af van je rekening.",
            "bill",
        ),
        (
            "PowerCo <billing@powerco.example>",
            "Your monthly bill",
            "Your electricity bill for October is ready. Amount due: $84.20, paid by direct debit monthly.",
            "bill",
        ),
        (
            "Streamly <billing@streamly.example>",
            "Your Streamly receipt",
            "Thanks for your payment of $12.99 for Streamly Premium, billed monthly.\n"
            "Watch on your phone, tablet or TV.",
            "subscription",
        ),
    ],
)
def test_insurance_phone_lines_and_energy_are_bills(sender: str, subject: str, body: str, kind: str) -> None:
    finding = analyse(raw(sender, subject, body))
    assert finding is not None
    assert finding.kind == kind


def test_a_collection_notice_names_its_collection_date_and_its_subject_is_billing() -> None:
    finding = analyse(
        raw(
            "Verzekeraar <klant@verzekeraar.example>",
            "Aankondiging premie-incasso",
            "Binnenkort schrijven wij de premie voor uw inboedelverzekering af.\n"
            "Betalingstermijn: per half jaar\nPremie: € 58,20\nIncassodatum: 18-01-2027",
        )
    )
    assert finding is not None
    assert finding.next_date == date(2027, 1, 18)
    assert all(
        subject_says_billing(subject)
        for subject in ("Uw termijnbedrag voor december", "Ihr Beitrag für Januar", "Avis de prélèvement")
    )


@pytest.mark.parametrize(
    ("sender", "subject", "body", "expected"),
    [
        (
            "Diari <subscripcions@diari.example>",
            "Rebut de la teva subscripció",
            "Hola Anna,\nT'hem cobrat 9,90 € per la teva subscripció mensual.\n"
            "La propera renovació serà el 5 de gener de 2027.",
            ("receipt", "9.90", "monthly", date(2027, 1, 5), "subscription"),
        ),
        (
            "Musica <noreply@musica.example>",
            "La tua ricevuta",
            "Ciao Marco,\ngrazie per il pagamento. Premium Individual: 10,99 €/mese.\n"
            "Il prossimo addebito avverrà il 12/01/2027.",
            ("receipt", "10.99", "monthly", date(2027, 1, 12), "subscription"),
        ),
        (
            "Telco <facturas@telco.example>",
            "Tu factura de noviembre ya está disponible",
            "Hola Ana,\nYa tienes disponible tu factura de noviembre.\nImporte: 45,90 €\n"
            "Te lo cargaremos en tu cuenta el 15/12/2026.",
            ("receipt", "45.90", "monthly", None, "subscription"),
        ),
        (
            "Vodafone <rechnung@vodafone.example>",
            "Ihre Vodafone-Rechnung",
            "Ihre Rechnung ist da. Rechnungsbetrag: 39,99 €, monatlich.",
            ("receipt", "39.99", "monthly", None, "bill"),
        ),
        (
            "Sky <noreply@sky.com>",
            "Your Sky receipt",
            "Thank you for your payment. Sky Signature: £31.00 per month.",
            ("receipt", "31.00", "monthly", None, "bill"),  # a TV line, as on the bank side
        ),
    ],
)
def test_catalan_italian_and_monthly_bills(
    sender: str, subject: str, body: str, expected: tuple[str, str, str, date | None, str]
) -> None:
    finding = analyse(raw(sender, subject, body))
    assert finding is not None
    assert (finding.signal, str(finding.amount), finding.cycle, finding.next_date, finding.kind) == expected


def test_a_cancellation_that_names_the_service_between() -> None:
    finding = analyse(
        raw(
            "Streamly <hola@streamly.example>",
            "Tu suscripción a Streamly+ se ha cancelado",
            "Hola Ana, podrás seguir disfrutando hasta el 3 de enero de 2027.",
        )
    )
    assert finding is not None
    assert finding.signal == "cancellation"


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        # The list price before tax is not what is charged.
        (
            "Your Acme 365 subscription has been renewed",
            "Acme 365 Family\nPrice: $99.99/year plus applicable taxes\nTotal charged: $106.24",
            ("receipt", "106.24", "yearly", None),
        ),
        # An order number on a receipt whose next payment is named with its date.
        (
            "Your Acme Premium receipt",
            "Order number: 12345678\nAcme Premium Family\nTotal $19.99\n"
            "Your next payment will be on December 5, 2026.",
            ("receipt", "19.99", "monthly", date(2026, 12, 5)),
        ),
        # A billing period in ISO dates.
        (
            "[Acme] Payment receipt",
            "We received payment for your Acme Pro subscription. Amount: $4.00 USD. "
            "Billing period: 2026-11-05 - 2026-12-04.",
            ("receipt", "4.00", "monthly", date(2026, 12, 5)),
        ),
    ],
)
def test_gross_totals_order_numbers_and_iso_periods(
    subject: str, body: str, expected: tuple[str, str, str, date | None]
) -> None:
    finding = analyse(raw("Acme <billing@acme.example>", subject, body))
    assert finding is not None
    assert (finding.signal, str(finding.amount), finding.cycle, finding.next_date) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Votre abonnement est confirmé.\nMontant : 11,99 € par mois, prélevé le 5 de chaque mois.\n"
        "Prochain prélèvement : 5 décembre 2026.",
        "Your subscription is confirmed: $11.99 a month.\nNext payment: December 5, 2026.",
    ],
)
def test_a_confirmation_naming_the_next_charge_is_a_renewal_notice(body: str) -> None:
    finding = analyse(raw("Journal <abonnements@journal.example>", "Confirmation de votre abonnement", body))
    assert finding is not None
    assert (finding.signal, str(finding.amount), finding.cycle, finding.next_date) == (
        "renewal_notice",
        "11.99",
        "monthly",
        date(2026, 12, 5),
    )


@pytest.mark.parametrize(
    ("sender", "body", "name"),
    [
        ("Spotify <no-reply@spotify.com>", "Hallo Max,\ndein Premium-Abo wurde gekündigt.", "Spotify"),
        ("Netflix <info@mailer.netflix.com>", "Hi Max, your membership has been cancelled.", "Netflix"),
    ],
)
def test_a_reader_greeted_by_a_services_name_is_no_mention_of_it(sender: str, body: str, name: str) -> None:
    finding = analyse(raw(sender, "Kündigungsbestätigung", body))
    assert finding is not None
    assert (finding.service.name, finding.signal) == (name, "cancellation")


@pytest.mark.parametrize(
    ("sender", "subject", "body", "expected"),
    [
        (
            "Kita Sonnenschein <verwaltung@kita.example>",
            "Elternbeitrag Dezember",
            "Liebe Eltern,\nder Elternbeitrag für Dezember in Höhe von 210,00 € "
            "wird am 05.12.2026 abgebucht.",
            ("renewal_notice", "210.00", "monthly", "bill"),
        ),
        (
            "Beitragsservice <service@beitrag.example>",
            "Zahlungsaufforderung",
            "Bitte zahlen Sie den Rundfunkbeitrag für Januar bis März 2027 in Höhe von 55,08 € "
            "bis zum 15.02.2027.",
            ("renewal_notice", "55.08", None, "bill"),
        ),
    ],
)
def test_fees_for_a_month_or_a_span(
    sender: str, subject: str, body: str, expected: tuple[str, str, str | None, str]
) -> None:
    finding = analyse(raw(sender, subject, body))
    assert finding is not None
    assert (finding.signal, str(finding.amount), finding.cycle, finding.kind) == expected


@pytest.mark.parametrize(
    ("sender", "subject", "body", "expected"),
    [
        (
            "Krant <abonnementen@krant.example>",
            "Wijziging abonnementsprijs",
            "Beste lezer,\nPer 1 januari 2027 wordt de prijs van je digitale abonnement € 19,50 per maand "
            "(nu € 18,00).",
            ("price_change", "19.50", "monthly", date(2027, 1, 1)),
        ),
        (
            "Energie <service@energie.example>",
            "Je jaarafrekening",
            "Je jaarafrekening over 2026 staat klaar. Je krijgt € 84,12 terug. "
            "Je nieuwe maandbedrag wordt € 115,00.",
            ("price_change", "115.00", "monthly", None),
        ),
        (
            "Winkel Premium <premium@winkel.example>",
            "Je Premium lidmaatschap is verlengd",
            "Je Premium lidmaatschap is met een jaar verlengd voor € 30,00.",
            ("receipt", "30.00", "yearly", None),
        ),
        (
            "Muziek <no-reply@muziek.example>",
            "Je Premium-kwitantie",
            "Premium Duo\n€ 16,99\nTotaal (incl. btw) € 16,99\nVolgende betaling: 5 december 2026",
            ("receipt", "16.99", "monthly", date(2026, 12, 5)),
        ),
    ],
)
def test_dutch_price_changes_settlements_renewals_and_receipts(
    sender: str, subject: str, body: str, expected: tuple[str, str, str, date | None]
) -> None:
    finding = analyse(raw(sender, subject, body))
    assert finding is not None
    assert (finding.signal, str(finding.amount), finding.cycle, finding.next_date) == expected


@pytest.mark.parametrize(
    ("sender", "subject", "body", "expected"),
    [
        (
            "Mobilfunk <rechnung@mobilfunk.example>",
            "Ihre Mobilfunk-Rechnung ist da",
            "Hallo Tobias,\nIhre Mobilfunk-Rechnung vom 08.09.2026 ist da.\nRechnungsbetrag: 29,99 €\n"
            "Wir buchen den Betrag am 15.09.2026 von Ihrem Konto ab.",
            ("receipt", "29.99", None, "bill"),
        ),
        (
            "Funk <rechnung@funk.example>",
            "Ihre Funk Rechnung September 2026",
            "Ihre Rechnung für die Rufnummer 0176 ***** 812 ist online.\n"
            "Betrag: 9,99 EUR\nAbbuchung ab: 22.09.2026",
            ("receipt", "9.99", "monthly", "subscription"),
        ),
        (
            "Versicherung <service@versicherung.example>",
            "Ihre Beitragsrechnung",
            "Hausratversicherung\nNettobeitrag: 99,33 €\n"
            "Versicherungsteuer 19 %: 18,87 €\nZu zahlen: 118,20 €",
            ("receipt", "118.20", None, "bill"),
        ),
    ],
)
def test_german_bills_announced_debits_and_totals_to_pay(
    sender: str, subject: str, body: str, expected: tuple[str, str, str | None, str]
) -> None:
    finding = analyse(raw(sender, subject, body))
    assert finding is not None
    assert (finding.signal, str(finding.amount), finding.cycle, finding.kind) == expected


def test_a_one_off_invoice_for_a_tax_return_is_no_bill_that_recurs() -> None:
    body = (
        "anbei meine Rechnung für die Erstellung Ihrer Steuererklärung 2025.\nHonorar: 450,00 €\n"
        "zzgl. 19 % USt: 85,50 €\nRechnungsbetrag: 535,50 €\nZahlbar bis 15.12.2026."
    )
    assert analyse(raw("Steuerbüro <kanzlei@steuerbuero.example>", "Rechnung 2026-118", body)) is None


def test_monthly_sepa_pre_notifications_make_a_trusted_monthly_subscription() -> None:
    def notice(sent: str, due: str) -> bytes:
        body = (
            "Hallo Katrin,\nwir kündigen dir hiermit den Einzug deines Mitgliedsbeitrags an.\n"
            f"Betrag: 24,99 €\nFälligkeit: {due}\nMandatsreferenz: FX-309789093"
        )
        return raw("Fitclub <service@fitclub.example>", "Vorabankündigung SEPA-Lastschrift", body, sent=sent)

    findings = [
        analyse(notice("Mon, 28 Sep 2026 08:00:00 +0000", "03.10.2026")),
        analyse(notice("Thu, 29 Oct 2026 08:00:00 +0000", "03.11.2026")),
        analyse(notice("Sat, 28 Nov 2026 08:00:00 +0000", "03.12.2026")),
    ]
    [sub] = aggregate([f for f in findings if f is not None], date(2026, 12, 21))
    assert (sub.cycle, str(sub.amount), sub.next_renewal, sub.status) == (
        "monthly",
        "24.99",
        date(2027, 1, 3),
        "active",
    )
    assert sub.confidence >= 0.7


def test_a_loan_servicers_mail_is_a_bill() -> None:
    finding = analyse(
        raw(
            "MOHELA <noreply@mohela.com>",
            "Your payment was received",
            "We received your payment of $212.40. Your next payment of $212.40 is due on December 22, 2026.",
        )
    )
    assert finding is not None
    assert finding.kind == "bill"


def test_an_instalment_plan_after_a_yearly_statement_runs_on_at_its_new_amount() -> None:
    def mail(sent: str, subject: str, body: str) -> bytes:
        return raw("Stadtwerke <service@stadtwerke.example>", subject, body, sent=sent)

    statement = mail(
        "Tue, 10 Feb 2026 08:00:00 +0100",
        "Ihre Jahresabrechnung Strom 2025",
        "anbei Ihre Jahresabrechnung für den Zeitraum 01.01.2025 bis 31.12.2025.\n"
        "Gesamtbetrag: 1.120,40 EUR\n"
        "Nachzahlung: 112,40 EUR (wird am 24.02.2026 eingezogen)\n"
        "Ihr neuer monatlicher Abschlag ab 15.03.2026: 92,00 EUR (bisher 84,00 EUR).",
    )
    plan = mail(
        "Thu, 12 Feb 2026 08:00:00 +0100",
        "Ihr Abschlagsplan 2026",
        "hier ist Ihr Abschlagsplan für Strom.\nAbschlag monatlich 92,00 EUR\n"
        "Fälligkeit jeweils zum 15. des Monats\nErster Abschlag 15.03.2026\nZahlungsweise SEPA-Lastschrift",
    )
    findings = [f for f in (analyse(statement), analyse(plan)) if f is not None]
    [sub] = aggregate(findings, date(2026, 12, 21))
    assert (sub.status, str(sub.amount), sub.cycle, sub.next_renewal, sub.kind) == (
        "active",
        "92.00",
        "monthly",
        date(2027, 1, 15),
        "bill",
    )


def test_a_monthly_fee_due_on_a_stated_day_renews_on_that_day() -> None:
    finding = analyse(
        raw(
            "Stadt <kita@stadt.example>",
            "Beitragsbescheid Kindertagesstätte",
            "für die Betreuung Ihres Kindes wird ab dem 01.12.2026 ein monatlicher Elternbeitrag "
            "von 245,00 EUR erhoben. Der Beitrag ist jeweils zum 5. eines Monats fällig "
            "und wird per Lastschrift eingezogen.",
        )
    )
    assert finding is not None
    assert (finding.cycle, finding.next_date) == ("monthly", date(2026, 12, 5))


@pytest.mark.parametrize(
    ("sender", "subject", "body", "expected"),
    [
        # Catalan: a renewal still to come, announced with its price and day.
        (
            "Club Lector <avisos@clublector.example>",
            "La teva subscripció es renovarà aviat",
            "Hola Jordi,\nLa teva subscripció anual es renovarà el 14 de gener de 2027.\n"
            "Es cobraran 59,00 € a la teva targeta.",
            ("renewal_notice", "59.00", "yearly", date(2027, 1, 14)),
        ),
        # Korean: the monthly price of a plan is changing.
        (
            "뮤직 <help@music.example.kr>",
            "월 이용 요금 변경 안내",
            "안녕하세요. 2027년 1월 1일부터 월 이용 요금이 10,900원에서 11,900원으로 변경됩니다.",
            ("price_change", "11900", "monthly", date(2027, 1, 1)),  # the day the new price applies
        ),
    ],
)
def test_a_catalan_renewal_and_a_korean_monthly_price_change(
    sender: str, subject: str, body: str, expected: tuple[str, str, str, date | None]
) -> None:
    finding = analyse(raw(sender, subject, body))
    assert finding is not None
    assert (finding.signal, str(finding.amount), finding.cycle, finding.next_date) == expected


def test_a_brazilian_phone_bill_and_its_line_cancelled() -> None:
    bill = analyse(
        raw(
            "Operadora <naoresponda@operadora.com.br>",
            "Sua conta chegou - Dezembro/2025",
            "Olá, Camila!\nSua conta de dezembro já está disponível.\nLinha: (11) 98765-4821\n"
            "Plano: Pós 20GB\nValor total: R$ 114,49\nVencimento: 15/12/2025\n",
        )
    )
    assert bill is not None
    assert (bill.signal, str(bill.amount), bill.currency, bill.kind) == ("receipt", "114.49", "BRL", "bill")
    ended = analyse(
        raw(
            "Operadora <naoresponda@operadora.com.br>",
            "Confirmação de cancelamento - Protocolo 2026040811527394",
            "Confirmamos o cancelamento da sua linha (11) 98765-4821, plano Pós 20GB.\n"
            "Sua última conta, no valor de R$ 109,99, já foi enviada.\n"
            "Depois dela, não haverá novas cobranças.",
        )
    )
    assert ended is not None
    assert ended.signal == "cancellation"


def test_a_mexican_statement_in_dollar_signs_is_in_pesos() -> None:
    finding = analyse(
        raw(
            "Cablera <avisos@cablera.example>",
            "Tu estado de cuenta de noviembre ya está listo",
            "Hola, Camila:\nTu estado de cuenta de noviembre ya está listo.\nPaquete: 150 Megas\n"
            "Periodo: 01/11/2026 al 30/11/2026\nTotal a pagar: $579.00 (IVA incluido)\n"
            "Fecha límite de pago: 23 de noviembre de 2026",
        )
    )
    assert finding is not None
    assert (finding.signal, str(finding.amount), finding.currency, finding.kind) == (
        "receipt",
        "579.00",
        "MXN",
        "bill",
    )


def test_a_canadian_receipt_with_hst_is_in_canadian_dollars_and_dont_is_no_donation() -> None:
    finding = analyse(
        raw(
            "Mobile Co <billing@mobileco.example>",
            "Your bill is ready",
            "Hi Megan,\nYour bill is ready.\nTotal amount due: $56.50 (HST included)\n"
            "Due date: Dec 31, 2025\n"
            "You're on pre-authorized payments, so we'll charge your Visa on your due date.\n"
            "Please don't reply to this email.",
        )
    )
    assert finding is not None
    assert (finding.signal, str(finding.amount), finding.currency) == ("receipt", "56.50", "CAD")


def test_generic_words_inside_a_senders_name_are_kept() -> None:
    finding = analyse(
        raw(
            "National Student Loans Service Centre <noreply@loans.example>",
            "Your repayment schedule",
            "Your repayment schedule is now in effect.\nMonthly payment: $287.43\n"
            "Payment method: Pre-authorized debit\nFirst payment: January 28, 2026",
        )
    )
    assert finding is not None
    assert finding.service.name == "National Student Loans Service Centre"


def test_a_japanese_phone_bill_is_next_charged_on_its_debit_day() -> None:
    def bill(sent: str, month: int, debit: str, amount: str) -> bytes:
        body = (
            f"2026年{month}月ご利用分のご請求金額が確定しましたので、お知らせいたします。\n"
            f"■ご請求金額 {amount}円（税込）\n■ご利用期間 2026年{month}月1日〜{month}月28日\n"
            f"■お支払方法 口座振替\n■口座振替日 {debit}\n株式会社NTTドコモ"
        )
        return raw(
            "ahamo <info@mail.ahamo.com>",
            f"【ahamo】2026年{month}月ご利用分 ご請求金額確定のお知らせ",
            body,
            sent=sent,
        )

    findings = [
        analyse(bill("Mon, 11 Sep 2026 09:00:00 +0900", 8, "2026年9月28日", "2,974")),
        analyse(bill("Sun, 11 Oct 2026 09:00:00 +0900", 9, "2026年10月26日", "3,080")),
        analyse(bill("Wed, 11 Nov 2026 09:00:00 +0900", 10, "2026年11月30日", "3,194")),
    ]
    assert all(f is not None and f.kind == "bill" for f in findings)
    [sub] = aggregate([f for f in findings if f is not None], date(2026, 11, 28))
    assert (sub.name, str(sub.amount), sub.currency, sub.cycle, sub.next_renewal) == (
        "ahamo",
        "3194",
        "JPY",
        "monthly",
        date(2026, 11, 30),
    )


def test_a_wallets_receipt_is_named_after_the_product_it_paid_for() -> None:
    finding = analyse(
        raw(
            "네이버페이 <naverpay_noreply@navercorp.com>",
            "[네이버페이] 네이버플러스 멤버십 정기결제 완료 안내",
            "박서연님, 정기결제가 완료되었습니다.\n결제일시 2026.06.18 07:06\n"
            "상품명 네이버플러스 멤버십 (월간 이용권)\n결제금액 4,900원\n다음 결제일 2026.07.18",
        )
    )
    assert finding is not None
    assert (finding.service.name, str(finding.amount), finding.currency, finding.cycle) == (
        "네이버플러스 멤버십",
        "4900",
        "KRW",
        "monthly",
    )


def test_a_trial_ended_with_nothing_charged_is_no_paid_plan() -> None:
    finding = analyse(
        raw(
            "Storytel <info@storytel.example>",
            "Je proefperiode is beëindigd",
            "Hoi Sanne,\nJe hebt je proefabonnement opgezegd. Je proefperiode eindigt op 3 februari 2026 "
            "en er wordt niets afgeschreven.",
        )
    )
    assert finding is not None
    assert finding.signal == "trial_ended"


def test_receipts_kept_three_months_apart_of_a_plan_billed_per_month_stay_monthly() -> None:
    def receipt(sent: str, day: str) -> bytes:
        body = (
            f"Je ontvangstbewijs\nBetaald bedrag: €19,90 per maand\nBetaaldatum: {day}\n"
            "Betaalmethode: SEPA-incasso"
        )
        return raw("Fietsdienst <receipts@fietsdienst.example>", "Je ontvangstbewijs", body, sent=sent)

    findings = [
        analyse(receipt("Tue, 12 May 2026 08:00:00 +0200", "12 mei 2026")),
        analyse(receipt("Wed, 12 Aug 2026 08:00:00 +0200", "12 aug 2026")),
        analyse(receipt("Thu, 12 Nov 2026 08:00:00 +0100", "12 nov 2026")),
    ]
    [sub] = aggregate([f for f in findings if f is not None], date(2026, 12, 5))
    assert (sub.cycle, sub.status, sub.next_renewal) == ("monthly", "active", date(2026, 12, 12))


def test_a_free_trial_cancelled_before_its_first_charge_is_a_lapsed_trial() -> None:
    finding = analyse(
        raw(
            "Audible.ca <donotreply@audible.ca>",
            "Your membership has been cancelled",
            "As requested, your Audible Premium Plus free trial has been cancelled. You won't be charged.",
        )
    )
    assert finding is not None
    assert (finding.service.name, finding.signal) == ("Audible", "trial_ended")


def test_a_receipt_that_says_it_is_the_last_charge_ends_the_plan_in_canadian_dollars() -> None:
    finding = analyse(
        raw(
            "Club Sportif <recus@clubsportif.example>",
            "Reçu de prélèvement",
            "Voici le reçu de votre prélèvement aux deux semaines.\n"
            "Abonnement Accès Plus (aux 2 semaines) : 27,99 $\nTotal prélevé : 32,18 $\n"
            "Il s'agit de votre dernier prélèvement. Merci d'avoir été membre!",
        )
    )
    assert finding is not None
    assert (finding.signal, str(finding.amount), finding.currency) == ("cancellation", "32.18", "CAD")


def test_bills_whose_mail_was_not_all_kept_are_monthly_by_their_shortest_gap() -> None:
    def bill(sent: str) -> bytes:
        return raw(
            "Mobile Co <billing@mobileco.example>",
            "Your bill is ready",
            "Your bill is ready.\nTotal amount due: $59.89\nYou're on pre-authorized payments.",
            sent=sent,
        )

    sent = [
        "Wed, 10 Dec 2025",
        "Sat, 10 Jan 2026",
        "Fri, 10 Apr 2026",
        "Mon, 10 Aug 2026",
        "Tue, 10 Nov 2026",
    ]
    findings = [analyse(bill(f"{day} 08:00:00 -0500")) for day in sent]
    [sub] = aggregate([f for f in findings if f is not None], date(2026, 11, 30))
    assert (sub.cycle, sub.status) == ("monthly", "active")


def test_an_italian_gym_receipt_in_euro_words_and_a_car_insurance_renewal() -> None:
    gym = analyse(
        raw(
            "A.S.D. Athena Fitness Club <segreteria@athenafitness.example>",
            "Ricevuta n. 2025/1187 - Quota associativa mensile",
            "RICEVUTA N. 2025/1187 DEL 05/11/2025\n"
            "Causale: Quota associativa mensile - abbonamento OPEN SALA\n"
            "Importo: Euro 45,00\nPagamento: addebito SEPA (SDD)",
        )
    )
    assert gym is not None
    assert (gym.signal, str(gym.amount), gym.currency, gym.cycle) == ("receipt", "45.00", "EUR", "monthly")
    policy = analyse(
        raw(
            "Assicurazioni <noreply@assicurazioni.example>",
            "La tua polizza scade il 3 dicembre: ecco il prezzo di rinnovo",
            "la tua polizza RC Auto scade il 3 dicembre 2026.\nPremio di rinnovo: 402,10 € (tasse incluse)\n"
            "Hai scelto il rinnovo automatico: il 3 dicembre 2026 addebiteremo 402,10 € "
            "sul metodo di pagamento salvato "
            "e la nuova polizza sarà valida fino al 3 dicembre 2027.",
        )
    )
    assert policy is not None
    assert (policy.signal, str(policy.amount), policy.kind) == ("renewal_notice", "402.10", "bill")


def test_a_weekly_boxs_orders_are_its_receipts() -> None:
    def box(sent: str, day: str) -> bytes:
        body = (
            f"Hi Derek, your box for Tuesday, {day} is locked in and on its way soon.\n"
            f"Delivery: Tuesday, {day}, 8 AM - 8 PM\n3 meals for 4 people $107.88\nShipping $10.99\n"
            "Order total $118.87\nCharged to Visa ending in 2290."
        )
        return raw(
            "HelloFresh <orders@hellofresh.example>", f"Your order for {day} is confirmed", body, sent=sent
        )

    findings = [
        analyse(box("Wed, 14 Oct 2026 08:00:00 -0500", "October 20")),
        analyse(box("Wed, 21 Oct 2026 08:00:00 -0500", "October 27")),
        analyse(box("Wed, 04 Nov 2026 08:00:00 -0600", "November 10")),
    ]
    assert all(f is not None and f.signal == "receipt" for f in findings)
    [sub] = aggregate([f for f in findings if f is not None], date(2026, 11, 8))
    assert (str(sub.amount), sub.cycle, sub.status) == ("118.87", "weekly", "active")


def test_a_council_tax_bill_is_its_monthly_instalment_from_the_schedule_it_lists() -> None:
    rows = "\n".join(f"01/{m:02d}/2026 £201.00" for m in range(5, 13))
    finding = analyse(
        raw(
            "Manchester City Council <counciltax@manchester.example>",
            "Your Council Tax bill 2026/27",
            "Your Council Tax bill for 2026/27 is shown below.\nPeriod 01/04/2026 to 31/03/2027\n"
            "Total annual charge £2,016.37\nAmount payable for 2026/27 £2,016.37\nYour instalments\n"
            "These amounts will be collected by Direct Debit on or around the dates shown:\n"
            f"Date Amount\n01/04/2026 £207.37\n{rows}",
            sent="Mon, 09 Mar 2026 09:00:00 +0000",
        )
    )
    assert finding is not None
    assert (str(finding.amount), finding.cycle, finding.next_date, finding.kind) == (
        "201.00",
        "monthly",
        date(2026, 4, 1),
        "bill",
    )


def test_a_premium_paid_in_monthly_instalments_is_the_instalment() -> None:
    finding = analyse(
        raw(
            "Aviva <renewals@aviva.example>",
            "Your Home Insurance renewal",
            "Your Home Insurance policy is due for renewal on 1 August 2026. We'll renew it automatically.\n"
            "Last year's premium £234.60\nThis year's premium £256.08\nPayment Monthly by Direct Debit\n"
            "12 monthly payments of £21.34",
        )
    )
    assert finding is not None
    assert (str(finding.amount), finding.cycle) == ("21.34", "monthly")


def test_a_uk_bill_is_next_collected_a_month_after_the_day_it_names() -> None:
    def bill(sent: str, month: str) -> bytes:
        body = (
            f"Your latest bill is ready.\nBill date 3 {month} 2026\nFibre Broadband £55.00\n"
            "Total to pay £55.00\n"
            f"We'll collect this by Direct Debit on or just after 18 {month} 2026."
        )
        return raw(
            "Virgin Media <bills@virginmedia.example>", "Your Virgin Media bill is ready", body, sent=sent
        )

    findings = [
        analyse(bill("Sat, 03 Oct 2026 08:00:00 +0100", "Oct")),
        analyse(bill("Tue, 03 Nov 2026 08:00:00 +0000", "Nov")),
    ]
    [sub] = aggregate([f for f in findings if f is not None], date(2026, 11, 27))
    assert (sub.cycle, sub.next_renewal) == ("monthly", date(2026, 12, 18))


def test_a_price_notice_under_a_contribution_subject_is_trusted() -> None:
    finding = analyse(
        raw(
            "Harmonie Mutuelle <adherents@mutuelle.example>",
            "Votre cotisation 2026",
            "Au 1er janvier 2026, votre cotisation évolue de 131,20 € à 138,64 € par mois.\n"
            "Elle sera prélevée le 10 de chaque mois.",
            sent="Tue, 02 Dec 2025 09:00:00 +0100",
        )
    )
    assert finding is not None
    [sub] = aggregate([finding], date(2026, 11, 26))
    assert (str(sub.amount), sub.cycle, needs_confirmation(sub)) == ("138.64", "monthly", False)


def test_an_instalment_table_whose_rows_open_with_a_label_is_read() -> None:
    rows = "\n".join(f"Termijn {n} 28-{n + 2:02d}-2026 € 78,43" for n in range(1, 9))
    finding = analyse(
        raw(
            "BghU <belastingen@bghu.example>",
            "Bevestiging betaling in termijnen aanslag 2026",
            "U heeft ons gemachtigd om de aanslag gemeentelijke belastingen 2026 in 10 termijnen "
            "automatisch af te schrijven.\nTotaal aanslag € 784,30\n"
            f"Termijn Datum afschrijving Bedrag\n{rows}\n"
            "Het bedrag van elke termijn wordt afgeschreven van uw rekening.",
            sent="Mon, 02 Mar 2026 09:00:00 +0100",
        )
    )
    assert finding is not None
    assert (str(finding.amount), finding.cycle, finding.next_date) == ("78.43", "monthly", date(2026, 3, 28))


def test_a_free_trial_cancelled_before_its_first_charge_is_not_a_cancelled_subscription() -> None:
    ending = analyse(
        raw(
            "NOW <hello@now.example>",
            "Your free trial ends soon",
            "Your NOW Entertainment free trial ends on 10/04/2026. "
            "After that, your membership is £9.99 a month.",
            sent="Fri, 03 Apr 2026 09:00:00 +0100",
        )
    )
    cancelled = analyse(
        raw(
            "NOW <hello@now.example>",
            "Your NOW membership has been cancelled",
            "We're sorry to see you go. Your Entertainment Membership will end on 10/04/2026 "
            "and you won't be charged.",
            sent="Thu, 09 Apr 2026 09:00:00 +0100",
        )
    )
    [sub] = aggregate([f for f in (ending, cancelled) if f is not None], date(2026, 11, 28))
    assert sub.status == "inactive"
    assert needs_confirmation(sub)


def test_a_direct_debit_processors_notice_is_named_after_the_merchant() -> None:
    finding = analyse(
        raw(
            "GoCardless <noreply@gocardless.com>",
            "Flyefit will collect €34.99 from you on 1 February 2026",
            "This is advance notice that Flyefit will collect a payment of €34.99 from your bank account on "
            "1 February 2026.\nDescription: Monthly membership",
            sent="Tue, 27 Jan 2026 09:00:00 +0000",
        )
    )
    assert finding is not None
    assert (finding.service.name, str(finding.amount), finding.cycle) == ("Flyefit", "34.99", "monthly")


def test_a_renewal_reminder_before_tax_keeps_the_gross_the_receipt_charged() -> None:
    receipt = analyse(
        raw(
            "Google Play <googleplay-noreply@google.com>",
            "Your Google Play Order Receipt from Dec 8, 2025",
            "Your subscription from Google on Google Play will automatically renew every year "
            "until you cancel.\n"
            "Item Price\nGoogle One 2 TB (Google One) CA$139.99/year\nAuto-renewing subscription\n"
            "Tax (HST): CA$18.20\nTotal: CA$158.19/year",
            sent="Mon, 08 Dec 2025 10:41:07 -0500",
        )
    )
    reminder = analyse(
        raw(
            "Google One <googleone-noreply@google.com>",
            "Your Google One plan renews soon",
            "Your Google One 2 TB plan renews on December 8, 2026 at CA$139.99/year plus applicable taxes.",
            sent="Tue, 24 Nov 2026 10:00:00 -0500",
        )
    )
    findings = [f for f in (receipt, reminder) if f is not None]
    [sub] = aggregate(findings, date(2026, 11, 30))
    assert (sub.name, str(sub.amount), sub.currency, sub.next_renewal) == (
        "Google One",
        "158.19",
        "CAD",
        date(2026, 12, 8),
    )
