# ruff: noqa: RUF001  (Pay's own subject line writes an en dash)
"""The mail real billing systems send (../shared/data/real-mail/templates), read for what it says.

Kill Bill's notification plugin renders its templates in its own tests; each rendered file starts
with its subject in a comment. Their wording is nobody's here, so they check the cues themselves.
"""

from __future__ import annotations

import re
from email.message import EmailMessage
from pathlib import Path

import pytest

from app.detection.email.classify import classify
from app.detection.email.extract import analyse

TEMPLATES = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "real-mail" / "templates"
KILL_BILL = TEMPLATES / "killbill_killbill-email-notifications-plugin" / "rendered_from_tests"
PAY = TEMPLATES / "pay-rails_pay" / "app" / "views" / "pay" / "user_mailer"
POSTMARK = TEMPLATES / "ActiveCampaign_postmark-templates" / "templates-inlined"
OPEN_COLLECTIVE = TEMPLATES / "opencollective_opencollective-api" / "templates" / "emails"


def mail(subject: str, body: str, *, html: bool = False) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Acme Corporation <billing@acme.example>"
    msg["To"] = "sylvie@example.net"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 06 Apr 2015 08:30:00 +0000"
    msg["Message-ID"] = f"<{abs(hash(subject))}@templates.test>"
    msg.set_content(body, subtype="html" if html else "plain")
    return msg.as_bytes()


def kill_bill_mail(name: str) -> bytes:
    if not KILL_BILL.is_dir():
        pytest.skip(f"{KILL_BILL} is not here")
    html = (KILL_BILL / f"{name}.html").read_text(encoding="utf-8")
    subject = re.match(r"<!-- Subject: (.*?) -->", html)
    assert subject is not None, name
    return mail(subject.group(1), html, html=True)


@pytest.mark.parametrize(
    ("template", "signal"),
    [
        # "We were not able to process your payment!" under the subject "Your recent payment".
        ("testFailedPayment", "payment_failed"),
        # "Your upcoming invoice": "a preview of your upcoming invoice", a charge still to come.
        ("testUpComingInvoice", "renewal_notice"),
        # "Your subscription will be cancelled": a cancellation requested, effective at the end date.
        ("testSubscriptionCancellationRequested", "cancellation"),
        ("testSubscriptionCancellationEffective", "cancellation"),
        ("testSuccessfulPaymentUSD", "receipt"),
        ("testSuccessfulPaymentGBP", "receipt"),
    ],
)
def test_kill_bill_notifications_carry_the_signal_they_were_sent_for(template: str, signal: str) -> None:
    finding = analyse(kill_bill_mail(template))
    assert finding is not None, template
    assert finding.signal == signal


@pytest.mark.parametrize(
    ("subject", "body", "signal"),
    [
        ("Votre abonnement", "Nous n'avons pas pu débiter votre carte.", "payment_failed"),
        ("Il tuo abbonamento", "Non siamo riusciti ad addebitare il pagamento.", "payment_failed"),
        ("Je abonnement", "We konden je betaling voor je abonnement niet verwerken.", "payment_failed"),
        ("Sua assinatura", "Não foi possível processar o pagamento da sua assinatura.", "payment_failed"),
        ("Ihre bevorstehende Rechnung", "Ihr Abonnement verlängert sich am 1. Mai.", "renewal_notice"),
        ("Votre prochaine facture", "Votre abonnement mensuel : 9,99 €.", "renewal_notice"),
        ("Tu próxima factura", "Tu suscripción mensual: 9,99 €.", "renewal_notice"),
        ("Ihr Abonnement", "Ihr Abonnement wird zum 31. Mai gekündigt.", "cancellation"),
        ("Votre abonnement", "Votre abonnement sera annulé à la fin de la période.", "cancellation"),
        ("Your plan", "Your Pro plan will be cancelled at the end of the billing period.", "cancellation"),
    ],
)
def test_the_same_cues_in_other_languages(subject: str, body: str, signal: str) -> None:
    verdict = classify(subject, body, known_service=False, personal=False)
    assert verdict.signal == signal


@pytest.mark.parametrize(
    ("template", "subject", "signal"),
    [
        # The subjects are Pay's own (config/locales/en.yml), the application's name put in.
        ("payment_action_required", "[Acme] Confirm your payment", "payment_failed"),
        ("payment_failed", "[Acme] Action Required – Your payment failed", "payment_failed"),
        ("receipt", "[Acme] Payment receipt", "receipt"),
        ("subscription_renewing", "[Acme] Your upcoming subscription renewal", "renewal_notice"),
        # Stripe ends a trial into the paid plan unless it is cancelled: "ending soon" is a trial ending.
        ("subscription_trial_will_end", "[Acme] Your trial is ending soon", "trial_ending"),
        # "Your trial has ended" and no word of a charge: nothing says a paid plan followed.
        ("subscription_trial_ended", "[Acme] Your trial has ended", "trial_ended"),
    ],
)
def test_pay_gem_mail_carries_the_signal_it_was_sent_for(template: str, subject: str, signal: str) -> None:
    if not PAY.is_dir():
        pytest.skip(f"{PAY} is not here")
    body = (
        (PAY / f"{template}.text.erb")
        .read_text(encoding="utf-8")
        .replace("<%= Pay.application_name %>", "Acme")
    )
    finding = analyse(mail(subject, body))
    assert finding is not None, template
    assert finding.signal == signal


def postmark_mail(layout: str, template: str, suffix: str) -> bytes:
    """A Postmark starter template with its product named; its headline (the text version's
    starred heading) is the subject, as the senders who use them write it."""
    folder = POSTMARK / layout / template
    if not folder.is_dir():
        pytest.skip(f"{folder} is not here")
    text = (folder / "content.txt").read_text(encoding="utf-8").replace("[Product Name]", "Acme")
    headline = re.search(r"^\*+\n(.+)\n\*+$", text, re.M)
    assert headline is not None, template
    body = (folder / f"content.{suffix}").read_text(encoding="utf-8").replace("[Product Name]", "Acme")
    return mail(headline.group(1), body, html=suffix == "html")


@pytest.mark.parametrize("layout", ["basic", "plain"])
@pytest.mark.parametrize("suffix", ["txt", "html"])
@pytest.mark.parametrize(
    "template",
    [
        # "Your Acme trial expired … Upgrade your account": over, and nothing paid follows.
        "trial-expired",
        # "Your Acme trial ends in 3 days … If you're not ready to upgrade to a paying account":
        # the trial only goes on if the person upgrades, so its end is the end.
        "trial-expiring",
    ],
)
def test_postmark_trials_that_ask_for_an_upgrade_end_with_no_paid_plan(
    layout: str, suffix: str, template: str
) -> None:
    finding = analyse(postmark_mail(layout, template, suffix))
    assert finding is not None
    assert (finding.signal, finding.amount) == ("trial_ended", None)


@pytest.mark.parametrize(
    ("subject", "body", "signal"),
    [
        # A trial over whose mail names the charge has turned into the paid plan.
        (
            "Your trial has ended",
            "We've charged $12.00 to your card for your first month of Acme Pro.",
            "receipt",
        ),
        (
            "Your free trial has ended",
            "Your Acme Pro plan has started: you'll be billed $12/month.",
            "renewal_notice",
        ),
        ("Your trial has ended", "Upgrade your account to keep your projects.", "trial_ended"),
        ("Dein Probeabo ist abgelaufen", "Wähle einen Tarif, um weiterzumachen.", "trial_ended"),
        ("Votre période d'essai est terminée", "Choisissez un forfait pour continuer.", "trial_ended"),
        ("Tu período de prueba ha terminado", "Elige un plan para seguir.", "trial_ended"),
        ("Je proefperiode is verlopen", "Kies een abonnement om verder te gaan.", "trial_ended"),
        # A trial to be followed by signing up, or nothing.
        (
            "Your free trial ends in 3 days",
            "Your four-week free trial of Media Unspun is coming to an end. Please visit"
            " http://www.mediaunspun.com/subscribe.html and sign up via credit card or check.",
            "trial_ended",
        ),
        # Media Unspun (SpamAssassin's ham, 2002), in every issue: a line to whichever readers are
        # on trial, no news of this reader's trial.
        (
            "Bush Covers the Waterfront",
            "An annual subscription costs $50. If your four-week free\ntrial is coming to an end soon,"
            " please visit http://www.mediaunspun.com/subscribe.html and sign up via credit card or check.",
            None,
        ),
        (
            "Your trial ends soon",
            "If you do not cancel before your trial ends on December 2, your Acme subscription will renew"
            " at $9.99/month.",
            "trial_ending",
        ),
        # A free first month is a trial by another name.
        (
            "Your free month is almost over",
            "We'll charge $15.49 for the Standard plan, monthly.",
            "trial_ending",
        ),
        # A trial that turns into the plan by itself still ends into it, whatever else it offers.
        (
            "Your trial ends in 3 days",
            "Your Acme subscription will renew at $9.99/month. Upgrade now to a yearly plan and save.",
            "trial_ending",
        ),
    ],
)
def test_what_follows_a_trial(subject: str, body: str, signal: str | None) -> None:
    verdict = classify(subject, body, known_service=False, personal=False)
    assert verdict.signal == signal


@pytest.mark.parametrize(
    "text",
    [
        "The trial ended on Friday with a hung jury; the retrial starts in May.",
        "The clinical trial has ended early after the interim results.",
    ],
)
def test_a_court_or_clinical_trial_is_no_subscription_trial(text: str) -> None:
    assert classify("News digest", text, known_service=False, personal=False).signal is None


@pytest.mark.parametrize(
    ("template", "signal"),
    [
        # "Your recurring contribution … for $10/month has been cancelled. No further charges will be made."
        ("subscription.canceled", "cancellation"),
        # "Your Open Collective platform subscription payment is past due"
        ("platform.billing.overdue.reminder", "payment_failed"),
        # "Your Open Collective subscription is due for payment … Pay Now": a bill still to pay.
        ("platform.billing.new.expense", "renewal_notice"),
        ("platform.billing.payment.confirmation", "receipt"),
    ],
)
def test_open_collective_mail_carries_the_signal_it_was_sent_for(template: str, signal: str) -> None:
    """Open Collective's Handlebars templates as they are, placeholders and all (its subject is the
    template's own "Subject:" line)."""
    path = OPEN_COLLECTIVE / f"{template}.hbs"
    if not path.is_file():
        pytest.skip(f"{path} is not here")
    hbs = path.read_text(encoding="utf-8")
    subject = re.search(r"Subject: (.*)", hbs)
    assert subject is not None, template
    finding = analyse(mail(subject.group(1), hbs, html=True))
    assert finding is not None, template
    assert finding.signal == signal


@pytest.mark.parametrize(
    ("subject", "body", "signal"),
    [
        ("Your Acme subscription", "Your next invoice will be sent on 1 May 2026.", "renewal_notice"),
        ("Your Acme subscription", "The invoice will be sent on 1 May 2026 for your plan.", "renewal_notice"),
        (
            "Your Acme plan",
            "You have switched to the Business tier, effective 1 May.",
            "price_change",
        ),
        ("Your Acme subscription", "Your subscription payment is past due.", "payment_failed"),
        ("Acme membership", "Your recurring payment to Acme has been cancelled.", "cancellation"),
    ],
)
def test_invoices_to_come_plan_moves_overdue_and_stopped_payments(
    subject: str, body: str, signal: str
) -> None:
    verdict = classify(subject, body, known_service=False, personal=False)
    assert verdict.signal == signal
