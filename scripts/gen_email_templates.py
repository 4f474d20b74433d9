# ruff: noqa: RUF001  (typographic dashes are part of realistic mail)
"""Wordings of subscription mail (receipts, notices) in several languages and billing channels."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from gen_email_corpus import USER_NAME, Mail, Plan, at, cyc, day, money, render

FIRST = USER_NAME.split()[0]

# Each wording: (subject, paragraphs, rows). Placeholders: {service} {plan} {amount} {cycle}
# {date} {next} {old} {new} {first} {card} {inv}
Wording = tuple[str, list[str], list[tuple[str, str]]]

RECEIPT: dict[str, list[Wording]] = {
    "en": [
        (
            "Your {service} receipt",
            ["Hi {first},", "Thanks for your payment. Your {plan} subscription has been renewed."],
            [
                ("Plan", "{plan}"),
                ("Billing", "{cycle}"),
                ("Amount paid", "{amount}"),
                ("Next billing date", "{next}"),
            ],
        ),
        (
            "Payment confirmation for your {service} membership",
            ["Hello {first},", "We've charged {amount} to your card ending in {card} for {service} {plan}."],
            [("Invoice", "{inv}"), ("Date", "{date}"), ("Total", "{amount}"), ("Renews", "{next}")],
        ),
        (
            "[{service}] Payment receipt",
            ["This is a receipt for your {service} subscription. No further action is needed."],
            [("Description", "{service} {plan} – {cycle}"), ("Charged on", "{date}"), ("Amount", "{amount}")],
        ),
        (
            "Your invoice from {service} is available",
            ["Your recurring payment was successful.", "Your plan renews automatically on {next}."],
            [
                ("Invoice number", "{inv}"),
                ("Subscription", "{plan} ({cycle})"),
                ("Total charged", "{amount}"),
            ],
        ),
        (
            "Thanks for renewing {service}",
            ["Your {plan} membership was renewed on {date} for {amount} {cycle}."],
            [("Payment method", "Visa •••• {card}"), ("Next payment", "{next}")],
        ),
    ],
    "de": [
        (
            "Deine Zahlungsbestätigung von {service}",
            ["Hallo {first},", "vielen Dank für deine Zahlung. Dein Abo {plan} wurde verlängert."],
            [("Betrag", "{amount}"), ("Abrechnung", "{cycle}"), ("Nächste Zahlung", "{next}")],
        ),
        (
            "Ihre Rechnung für {service}",
            ["Guten Tag,", "anbei erhalten Sie Ihre Rechnung für Ihr Abonnement {service} {plan}."],
            [("Rechnungsnummer", "{inv}"), ("Rechnungsdatum", "{date}"), ("Gesamtbetrag", "{amount}")],
        ),
    ],
    "fr": [
        (
            "Votre reçu {service}",
            ["Bonjour {first},", "Merci pour votre paiement. Votre abonnement {plan} a été renouvelé."],
            [("Montant", "{amount}"), ("Formule", "{plan} ({cycle})"), ("Prochain prélèvement", "{next}")],
        ),
        (
            "Confirmation de paiement – {service}",
            ["Nous avons bien reçu votre paiement de {amount} pour votre abonnement {cycle}."],
            [("Facture", "{inv}"), ("Date", "{date}"), ("Total TTC", "{amount}")],
        ),
    ],
    "es": [
        (
            "Tu recibo de {service}",
            ["Hola {first},", "Gracias por tu pago. Tu suscripción {plan} se ha renovado."],
            [("Importe", "{amount}"), ("Plan", "{plan} ({cycle})"), ("Próximo cobro", "{next}")],
        ),
    ],
    "it": [
        (
            "La tua ricevuta {service}",
            ["Ciao {first},", "grazie per il pagamento. Il tuo abbonamento {plan} è stato rinnovato."],
            [("Importo", "{amount}"), ("Piano", "{plan} ({cycle})"), ("Prossimo addebito", "{next}")],
        ),
    ],
    "nl": [
        (
            "Je betaalbewijs van {service}",
            ["Hoi {first},", "bedankt voor je betaling. Je abonnement {plan} is verlengd."],
            [("Bedrag", "{amount}"), ("Abonnement", "{plan} ({cycle})"), ("Volgende betaling", "{next}")],
        ),
    ],
    "pt": [
        (
            "Seu recibo da {service}",
            ["Olá {first},", "obrigado pelo pagamento. Sua assinatura {plan} foi renovada."],
            [("Valor", "{amount}"), ("Plano", "{plan} ({cycle})"), ("Próxima cobrança", "{next}")],
        ),
    ],
}

RENEWAL: dict[str, list[Wording]] = {
    "en": [
        (
            "Your {service} subscription renews soon",
            ["Hi {first},", "Just a heads-up: your {plan} plan will automatically renew on {next}."],
            [("Renewal amount", "{amount}"), ("Billing", "{cycle}")],
        ),
        (
            "Reminder: upcoming renewal of {service}",
            [
                "Your subscription will renew on {next} and your card ending in {card} will be charged"
                " {amount}."
            ],
            [("Plan", "{plan}"), ("Renewal date", "{next}")],
        ),
    ],
    "de": [
        (
            "Dein {service}-Abo wird bald verlängert",
            ["Hallo {first},", "dein Abonnement {plan} verlängert sich automatisch am {next}."],
            [("Betrag", "{amount}"), ("Laufzeit", "{cycle}")],
        ),
    ],
    "fr": [
        (
            "Votre abonnement {service} sera bientôt renouvelé",
            ["Votre abonnement {plan} sera renouvelé automatiquement le {next} pour {amount}."],
            [("Formule", "{plan}")],
        ),
    ],
}

TRIAL: dict[str, list[Wording]] = {
    "en": [
        (
            "Your free trial of {service} ends in 3 days",
            [
                "Hi {first},",
                "Your free trial ends on {next}. After that, you'll be charged {amount} {cycle} "
                "unless you cancel.",
            ],
            [("Plan", "{plan}"), ("First payment", "{next}")],
        ),
        (
            "Your {service} trial is ending soon",
            [
                "We hope you're enjoying {service}! Your trial ends {next} and your {plan} subscription"
                " begins."
            ],
            [("Price after trial", "{amount} ({cycle})")],
        ),
    ],
    "de": [
        (
            "Dein kostenloser Testzeitraum für {service} endet bald",
            ["Dein Probeabo endet am {next}. Danach kostet {plan} {amount} {cycle}."],
            [("Erste Zahlung", "{next}")],
        ),
    ],
}

PRICE: dict[str, list[Wording]] = {
    "en": [
        (
            "An update to your {service} membership price",
            [
                "Hi {first},",
                "We're updating our prices. Starting {next}, your {plan} plan will cost {new} {cycle} "
                "(previously {old}).",
            ],
            [("New price", "{new}"), ("Effective", "{next}")],
        ),
        (
            "Important: changes to your {service} subscription",
            ["From your billing date on or after {next}, the price of {plan} changes from {old} to {new}."],
            [],
        ),
    ],
    "de": [
        (
            "Preisänderung für dein {service}-Abo",
            ["Ab dem {next} kostet dein Abo {plan} {new} statt bisher {old}."],
            [("Neuer Preis", "{new}")],
        ),
    ],
}

FAILED: dict[str, list[Wording]] = {
    "en": [
        (
            "Your {service} payment failed",
            [
                "Hi {first},",
                "We couldn't process your payment of {amount} for {plan}. Please update your payment "
                "method to keep your subscription.",
            ],
            [("Amount due", "{amount}")],
        ),
        (
            "Action required: update your payment details for {service}",
            ["Your card ending in {card} was declined. We'll retry the charge in a few days."],
            [("Plan", "{plan}"), ("Amount", "{amount}")],
        ),
    ],
}

CANCEL: dict[str, list[Wording]] = {
    "en": [
        (
            "Your {service} subscription has been cancelled",
            [
                "Hi {first},",
                "We're sorry to see you go. Your {plan} membership has been cancelled. You can keep "
                "watching until {next}.",
            ],
            [("Cancellation date", "{date}")],
        ),
        (
            "Cancellation confirmed – {service}",
            ["This confirms that your subscription was canceled on {date}. You won't be charged again."],
            [("Plan", "{plan}")],
        ),
    ],
    "de": [
        (
            "Kündigungsbestätigung für {service}",
            ["Wir bestätigen die Kündigung deines Abos {plan}. Du kannst es bis zum {next} nutzen."],
            [],
        ),
    ],
    "fr": [
        (
            "Confirmation de résiliation de votre abonnement {service}",
            ["Votre abonnement {plan} a été résilié. Vous y aurez accès jusqu'au {next}."],
            [],
        ),
    ],
}

KINDS = {
    "receipt": RECEIPT,
    "renewal_notice": RENEWAL,
    "trial_ending": TRIAL,
    "price_change": PRICE,
    "payment_failed": FAILED,
    "cancellation": CANCEL,
}


def _fill(s: str, values: dict[str, str]) -> str:
    return s.format(**values)


def direct_mail(plan: Plan, kind: str, d: date, nxt: date, rng: random.Random, **extra: Decimal) -> Mail:
    """A message sent by the service itself."""
    lang = plan.lang
    table = KINDS[kind]
    wordings = table.get(lang) or table.get(lang[:2]) or table["en"]
    mlang = lang if (lang in table or lang[:2] in table) else "en"
    subject, paras, rows = rng.choice(wordings)
    amount = extra.get("amount", plan.price_on(d))
    values = {
        "service": plan.name,
        "plan": plan.plan_label or plan.name,
        "amount": money(amount, plan.currency, mlang, rng),
        "cycle": cyc(plan.cycle, mlang, rng),
        "date": day(d, mlang, rng),
        "next": day(nxt, mlang, rng),
        "old": money(extra.get("old", plan.amount), plan.currency, mlang, rng),
        "new": money(extra.get("new", plan.amount), plan.currency, mlang, rng),
        "first": FIRST,
        "card": rng.choice(["4242", "1881", "0005", "7310"]),
        "inv": f"INV-{rng.randint(100000, 999999)}",
    }
    footer = f"{plan.name} · You are receiving this email because you have an account with us."
    text, htm = render(
        rng,
        _fill(subject, values),
        [_fill(p, values) for p in paras],
        [(k, _fill(v, values)) for k, v in rows],
        footer,
    )
    return Mail(at(d, rng), plan.sender, _fill(subject, values), text, htm, kind, plan.name, lang=mlang)


def apple_receipt(plan: Plan, d: date, nxt: date, rng: random.Random) -> Mail:
    lang = "de" if plan.lang == "de" else "en"
    amount = money(plan.price_on(d), plan.currency, lang, rng)
    cycle_label = {"monthly": "Monthly", "yearly": "Yearly", "quarterly": "3 Months"}.get(plan.cycle, "")
    if lang == "de":
        cycle_label = {"monthly": "Monatlich", "yearly": "Jährlich"}.get(plan.cycle, cycle_label)
        subject, title, renews = "Deine Rechnung von Apple", "Rechnung", "Verlängert sich am"
        head = [("Apple-ID", "alex.morgan@example.net"), ("DATUM", day(d, "de", rng))]
    else:
        subject, title, renews = "Your receipt from Apple.", "Receipt", "Renews"
        head = [("APPLE ID", "alex.morgan@example.net"), ("DATE", day(d, "en", rng))]
    head.append(("ORDER ID", f"M{rng.randint(10**8, 10**9 - 1)}"))
    rows = [
        *head,
        ("App Store", f"{plan.name}: {plan.plan_label or plan.name} ({cycle_label})"),
        (renews, day(nxt, lang, rng)),
        ("TOTAL" if lang == "en" else "GESAMT", amount),
    ]
    footer = "Apple Distribution International Ltd. · Privacy Policy"
    text, htm = render(rng, title, [], rows, footer, html_only=0.7)
    return Mail(at(d, rng), ("Apple", "no_reply@email.apple.com"), subject, text, htm, "receipt", plan.name)


def google_receipt(plan: Plan, d: date, nxt: date, rng: random.Random) -> Mail:
    amount = money(plan.price_on(d), plan.currency, "en", rng)
    per = {"monthly": "/month", "yearly": "/year", "quarterly": "/3 months"}.get(plan.cycle, "")
    subject = f"Your Google Play Order Receipt from {d.strftime('%b %-d, %Y')}"
    paras = [
        "Thank you.",
        "You've made a purchase from the Google Play Store on {}. Auto-renewing subscription.".format(
            d.strftime("%b %-d, %Y")
        ),
    ]
    rows = [
        (
            "Order number",
            f"GPA.{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        ),
        ("Item", f"{plan.plan_label or plan.name} ({plan.merchant or plan.name})"),
        ("Price", f"{amount}{per}"),
        ("Next payment", day(nxt, "en", rng)),
        ("Total", amount),
    ]
    text, htm = render(rng, "Google Play", paras, rows, "Google LLC, 1600 Amphitheatre Parkway")
    return Mail(
        at(d, rng), ("Google Play", "googleplay-noreply@google.com"), subject, text, htm, "receipt", plan.name
    )


def paypal_receipt(plan: Plan, d: date, nxt: date, rng: random.Random) -> Mail:
    amount = money(plan.price_on(d), plan.currency, "en", rng)
    merchant = plan.merchant or plan.name
    subject = rng.choice([f"Receipt for your payment to {merchant}", "You've sent an automatic payment"])
    paras = [
        f"Hello {USER_NAME},",
        f"You sent an automatic payment of {amount} to {merchant}.",
        "It may take a few moments for this transaction to appear in your account.",
    ]
    rows = [
        ("Merchant", merchant),
        ("Description", f"{plan.plan_label or plan.name} {cyc(plan.cycle, 'en', rng)} subscription"),
        ("Transaction ID", f"{rng.randint(10**16, 10**17 - 1):X}"),
        ("Total", amount),
    ]
    text, htm = render(rng, "Automatic payment receipt", paras, rows, "PayPal Pte. Ltd.")
    return Mail(
        at(d, rng), ("service@paypal.com", "service@paypal.com"), subject, text, htm, "receipt", plan.name
    )


VIA = {"apple": apple_receipt, "google": google_receipt, "paypal": paypal_receipt}


def plan_mails(plan: Plan, anchor: date, rng: random.Random) -> list[Mail]:
    """Every message a subscription produces up to ``anchor``."""
    mails: list[Mail] = []
    charges = plan.charge_dates(anchor)
    first = plan.start + timedelta(days=plan.trial_days)
    if plan.trial_days:
        notice = first - timedelta(days=3)
        if notice <= anchor:
            mails.append(direct_mail(plan, "trial_ending", notice, first, rng))
    for i, d in enumerate(charges):
        nxt = plan.nth(i + 1)
        if plan.failed_on == d:
            mails.append(direct_mail(plan, "payment_failed", d, nxt, rng))
            d = d + timedelta(days=2)
        maker = VIA.get(plan.via or "")
        mails.append(maker(plan, d, nxt, rng) if maker else direct_mail(plan, "receipt", d, nxt, rng))
    mails += _notices(plan, anchor, rng, charges)
    return [m for m in mails if m.when.date() <= anchor]


def _notices(plan: Plan, anchor: date, rng: random.Random, charges: list[date]) -> list[Mail]:
    out: list[Mail] = []
    if plan.renewal_notices and plan.cancelled_on is None and plan.stopped_on is None:
        upcoming = plan.nth(len(charges))
        for due in [*charges[1:], upcoming]:
            if (sent := due - timedelta(days=14)) <= anchor:
                out.append(direct_mail(plan, "renewal_notice", sent, due, rng, amount=plan.price_on(due)))
    if plan.price_change:
        eff, new = plan.price_change
        out.append(
            direct_mail(plan, "price_change", eff - timedelta(days=30), eff, rng, old=plan.amount, new=new)
        )
    if plan.cancelled_on:
        until = plan.nth(len(charges)) if charges else plan.cancelled_on
        out.append(direct_mail(plan, "cancellation", plan.cancelled_on, until, rng))
    return out
