# ruff: noqa: RUF001  (typographic dashes and non-ASCII are part of realistic mail)
"""Generate the labelled evaluation mailbox for ``bench/detection_quality.py``.

    uv run python scripts/gen_email_eval.py --anchor 2026-11-29

Writes ``bench/data/email/eval.mbox``, ``eval.truth.json`` (subscriptions a correct detector
reports on the anchor date) and ``eval.labels.json`` (per message: kind and service).
It has more services, languages, currencies and billing channels than the demo mailbox,
wordings the demo mailbox does not use, and a majority of hard negatives.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path

import click

sys.path.insert(0, str(Path(__file__).parent))

import gen_email_templates as T
from gen_email_corpus import USER_NAME, Mail, Plan, at, day, money, render, write_mbox, write_truth
from gen_email_negatives import negatives

OUT = Path(__file__).resolve().parent.parent / "bench" / "data" / "email"
FIRST = USER_NAME.split()[0]

# Wordings the demo mailbox never uses (the detector must not depend on the demo's phrasing).
EXTRA = {
    "receipt": {
        "en": [
            (
                "We received your payment",
                ["Hi {first}, this email confirms your recent payment for {service}."],
                [
                    ("Subtotal", "{amount}"),
                    ("Tax", "$0.00"),
                    ("Total", "{amount}"),
                    ("Plan", "{plan}, billed {cycle}"),
                ],
            ),
            (
                "{service} – invoice {inv}",
                ["Your {cycle} subscription fee has been processed successfully."],
                [("Invoice date", "{date}"), ("Amount", "{amount}"), ("Next invoice", "{next}")],
            ),
            (
                "Your {service} membership: payment successful",
                ["Thank you! We charged {amount} on {date}. Your membership continues until {next}."],
                [],
            ),
        ],
        "de": [
            (
                "Ihre Abrechnung von {service}",
                [
                    "Sehr geehrte Kundin, sehr geehrter Kunde,",
                    "der Betrag von {amount} wurde von Ihrem Konto abgebucht.",
                ],
                [("Leistungszeitraum", "{date} – {next}"), ("Tarif", "{plan} ({cycle})")],
            ),
        ],
        "fr": [
            (
                "Votre facture {service} est disponible",
                ["Bonjour, votre facture d'un montant de {amount} a été réglée."],
                [("Abonnement", "{plan} – {cycle}"), ("Prochaine facture", "{next}")],
            ),
        ],
        "es": [
            (
                "Factura de tu suscripción a {service}",
                ["Hemos cobrado {amount} por tu suscripción {cycle}."],
                [("Fecha", "{date}"), ("Próximo cobro", "{next}")],
            ),
        ],
        "it": [
            (
                "Conferma di pagamento {service}",
                ["Abbiamo ricevuto il tuo pagamento di {amount} per l'abbonamento {plan}."],
                [("Rinnovo", "{next}"), ("Fatturazione", "{cycle}")],
            ),
        ],
        "nl": [
            (
                "Factuur voor je {service}-abonnement",
                ["We hebben {amount} afgeschreven voor je abonnement {plan}."],
                [("Periode", "{cycle}"), ("Volgende betaling", "{next}")],
            ),
        ],
        "pt": [
            (
                "Pagamento confirmado – {service}",
                ["Recebemos o pagamento de {amount} da sua assinatura {cycle}."],
                [("Próxima cobrança", "{next}")],
            ),
        ],
    },
    "renewal_notice": {
        "en": [
            (
                "Heads up: {service} renews in 7 days",
                ["Your annual plan is set to renew on {next} for {amount}. No action is needed to keep it."],
                [],
            ),
        ],
        "es": [
            ("Tu suscripción a {service} se renovará pronto", ["Se renovará el {next} por {amount}."], [])
        ],
    },
    "trial_ending": {
        "en": [
            (
                "{service}: 2 days left in your trial",
                ["Your trial ends on {next}. Your subscription will then start at {amount} {cycle}."],
                [],
            ),
        ],
        "fr": [
            (
                "Votre essai gratuit {service} se termine bientôt",
                ["Votre période d'essai se termine le {next}. Ensuite, {amount} {cycle}."],
                [],
            ),
        ],
    },
    "price_change": {
        "en": [
            (
                "We're changing the price of {plan}",
                ["The price of your subscription is going up from {old} to {new} {cycle}, starting {next}."],
                [],
            ),
        ],
        "fr": [
            (
                "Évolution du tarif de votre abonnement {service}",
                ["À partir du {next}, le prix passera de {old} à {new}."],
                [],
            ),
        ],
    },
    "payment_failed": {
        "de": [
            (
                "Zahlung fehlgeschlagen: {service}",
                ["Wir konnten {amount} nicht von deiner Karte abbuchen."],
                [],
            ),
        ],
        "en": [
            (
                "Payment declined",
                ["We couldn't charge your card for your {service} subscription ({amount})."],
                [],
            )
        ],
    },
    "cancellation": {
        "en": [
            (
                "Sorry to see you go",
                ["Your {service} subscription has been canceled. You'll have access until {next}."],
                [],
            ),
        ],
        "es": [("Has cancelado tu suscripción a {service}", ["Tu suscripción ha sido cancelada."], [])],
        "it": [("Disdetta confermata – {service}", ["Il tuo abbonamento è stato disdetto."], [])],
    },
}


def _extend_templates() -> None:
    for kind, by_lang in EXTRA.items():
        table = T.KINDS[kind]
        for lang, wordings in by_lang.items():
            table.setdefault(lang, []).extend(wordings)


def _p(name: str, sender: str, addr: str, cur: str, amount: str, cycle: str, **kw: object) -> Plan:
    return Plan(name, (sender, addr), cur, D(amount), cycle, date(2000, 1, 1), **kw)  # type: ignore[arg-type]


def eval_plans() -> list[Plan]:
    """Forty-odd services; ``start`` and status are set per anchor in ``_place``."""
    return [
        _p(
            "Netflix", "Netflix", "info@account.netflix.com", "USD", "15.49", "monthly", plan_label="Standard"
        ),
        _p(
            "Spotify",
            "Spotify",
            "no-reply@spotify.com",
            "EUR",
            "10.99",
            "monthly",
            lang="de",
            plan_label="Premium",
        ),
        _p("Disney+", "Disney+", "disneyplus@mail.disneyplus.com", "GBP", "7.99", "monthly", lang="en_GB"),
        _p("Hulu", "Hulu", "hulu@hulumail.com", "USD", "17.99", "monthly", plan_label="Hulu (No Ads)"),
        _p("Max", "Max", "max@service.max.com", "USD", "16.99", "monthly", plan_label="Max Ad-Free"),
        _p(
            "Paramount+",
            "Apple",
            "no_reply@email.apple.com",
            "USD",
            "7.99",
            "monthly",
            via="apple",
            plan_label="Paramount+ Essential",
        ),
        _p(
            "Apple Music",
            "Apple",
            "no_reply@email.apple.com",
            "INR",
            "99",
            "monthly",
            via="apple",
            plan_label="Apple Music Individual",
        ),
        _p(
            "YouTube Premium",
            "Google Play",
            "googleplay-noreply@google.com",
            "EUR",
            "12.99",
            "monthly",
            via="google",
            plan_label="YouTube Premium",
            merchant="YouTube",
        ),
        _p(
            "Google One",
            "Google Play",
            "googleplay-noreply@google.com",
            "USD",
            "1.99",
            "monthly",
            via="google",
            plan_label="Google One 100 GB",
            merchant="Google",
        ),
        _p(
            "Amazon Prime",
            "Amazon.de",
            "prime@amazon.de",
            "EUR",
            "89.90",
            "yearly",
            lang="de",
            plan_label="Amazon Prime Jahresmitgliedschaft",
            renewal_notices=True,
        ),
        _p(
            "Audible",
            "Audible",
            "donotreply@audible.co.uk",
            "GBP",
            "7.99",
            "monthly",
            lang="en_GB",
            plan_label="Audible Premium Plus",
        ),
        _p(
            "Kindle Unlimited",
            "Amazon.com",
            "digital-no-reply@amazon.com",
            "USD",
            "11.99",
            "monthly",
            plan_label="Kindle Unlimited",
        ),
        _p(
            "Dropbox",
            "Dropbox",
            "no-reply@dropbox.com",
            "EUR",
            "119.88",
            "yearly",
            lang="fr",
            plan_label="Dropbox Plus",
            renewal_notices=True,
        ),
        _p(
            "Microsoft 365",
            "Microsoft",
            "microsoft-noreply@microsoft.com",
            "USD",
            "99.99",
            "yearly",
            plan_label="Microsoft 365 Family",
            renewal_notices=True,
        ),
        _p(
            "Xbox Game Pass",
            "Xbox",
            "xbox@engage.xbox.com",
            "CAD",
            "16.99",
            "monthly",
            plan_label="Xbox Game Pass Ultimate",
        ),
        _p(
            "PlayStation Plus",
            "PlayStation",
            "reply@txn-email.playstation.com",
            "EUR",
            "71.99",
            "yearly",
            lang="es",
            plan_label="PlayStation Plus Essential",
        ),
        _p(
            "Nintendo Switch Online",
            "Nintendo",
            "no-reply@accounts.nintendo.com",
            "JPY",
            "2400",
            "yearly",
            plan_label="Nintendo Switch Online 12 months",
        ),
        _p(
            "Adobe Creative Cloud",
            "Adobe",
            "mail@mail.adobe.com",
            "EUR",
            "24.19",
            "monthly",
            lang="it",
            plan_label="Creative Cloud Fotografia",
        ),
        _p(
            "GitHub",
            "GitHub",
            "noreply@github.com",
            "USD",
            "10.00",
            "monthly",
            plan_label="GitHub Copilot Pro",
        ),
        _p(
            "ChatGPT Plus",
            "OpenAI",
            "noreply@tm.openai.com",
            "USD",
            "20.00",
            "monthly",
            plan_label="ChatGPT Plus",
        ),
        _p("Notion", "Notion", "team@makenotion.com", "USD", "96.00", "yearly", plan_label="Notion Plus"),
        _p(
            "1Password",
            "1Password",
            "billing@1password.com",
            "USD",
            "35.88",
            "yearly",
            plan_label="1Password Individual",
        ),
        _p(
            "Grammarly",
            "Grammarly",
            "info@grammarly.com",
            "USD",
            "144.00",
            "yearly",
            plan_label="Grammarly Pro",
        ),
        _p(
            "Canva",
            "Canva",
            "no-reply@canva.com",
            "EUR",
            "109.99",
            "yearly",
            lang="nl",
            plan_label="Canva Pro",
        ),
        _p(
            "ExpressVPN",
            "service@paypal.com",
            "service@paypal.com",
            "USD",
            "12.95",
            "monthly",
            via="paypal",
            plan_label="ExpressVPN",
            merchant="ExpressVPN",
        ),
        _p(
            "Proton",
            "Proton",
            "noreply@proton.me",
            "CHF",
            "47.88",
            "yearly",
            lang="de",
            plan_label="Proton Mail Plus",
        ),
        _p(
            "The Economist",
            "The Economist",
            "subscriptions@economist.com",
            "GBP",
            "179.00",
            "yearly",
            lang="en_GB",
            plan_label="Digital subscription",
        ),
        _p(
            "The Guardian",
            "The Guardian",
            "support@theguardian.com",
            "GBP",
            "12.00",
            "monthly",
            lang="en_GB",
            plan_label="All-access digital",
        ),
        _p(
            "Le Monde",
            "Le Monde",
            "abonnement@lemonde.fr",
            "EUR",
            "11.99",
            "monthly",
            lang="fr",
            plan_label="Le Monde Numérique",
        ),
        _p(
            "Der Spiegel",
            "DER SPIEGEL",
            "kundenservice@spiegel.de",
            "EUR",
            "19.99",
            "monthly",
            lang="de",
            plan_label="SPIEGEL+",
        ),
        _p(
            "El País",
            "El País",
            "suscripciones@elpais.com",
            "EUR",
            "10.00",
            "monthly",
            lang="es",
            plan_label="Suscripción digital",
        ),
        _p(
            "Medium", "Medium", "noreply@medium.com", "USD", "5.00", "monthly", plan_label="Medium membership"
        ),
        _p(
            "Peloton",
            "Peloton",
            "support@onepeloton.com",
            "USD",
            "44.00",
            "monthly",
            plan_label="All-Access Membership",
        ),
        _p(
            "Strava",
            "Strava",
            "no-reply@strava.com",
            "EUR",
            "59.99",
            "yearly",
            lang="it",
            plan_label="Strava annuale",
        ),
        _p(
            "Calm",
            "Calm",
            "hello@calm.com",
            "USD",
            "69.99",
            "yearly",
            plan_label="Calm Premium",
            trial_days=7,
        ),
        _p(
            "Duolingo",
            "Duolingo",
            "no-reply@duolingo.com",
            "BRL",
            "179.90",
            "yearly",
            lang="pt",
            plan_label="Super Duolingo",
        ),
        _p(
            "Babbel",
            "Babbel",
            "no-reply@babbel.com",
            "EUR",
            "44.70",
            "semiannual",
            lang="de",
            plan_label="Babbel 6 Monate",
        ),
        _p(
            "HelloFresh",
            "HelloFresh",
            "kundenservice@hellofresh.de",
            "EUR",
            "59.96",
            "weekly",
            lang="de",
            plan_label="HelloFresh Box (3 Rezepte)",
        ),
        _p("Uber One", "Uber", "uberone@uber.com", "USD", "9.99", "monthly", plan_label="Uber One"),
        _p(
            "LinkedIn Premium",
            "LinkedIn",
            "billing@linkedin.com",
            "USD",
            "39.99",
            "monthly",
            plan_label="Premium Career",
        ),
        _p("Tinder", "Tinder", "noreply@gotinder.com", "SEK", "179", "monthly", plan_label="Tinder Gold"),
        _p(
            "iCloud+",
            "Apple",
            "no_reply@email.apple.com",
            "USD",
            "0.99",
            "monthly",
            via="apple",
            plan_label="iCloud+ with 50 GB",
        ),
        _p(
            "Deezer",
            "Deezer",
            "noreply@deezer.com",
            "EUR",
            "11.99",
            "monthly",
            lang="fr",
            plan_label="Deezer Premium",
        ),
        # Services no catalog knows: named from the sender or the body.
        _p(
            "Streamwave",
            "Streamwave",
            "billing@streamwave.tv",
            "USD",
            "8.99",
            "monthly",
            plan_label="Streamwave Plus",
        ),
        _p(
            "Kiosko Digital",
            "Kiosko Digital",
            "cobros@kioskodigital.es",
            "EUR",
            "6.99",
            "monthly",
            lang="es",
            plan_label="Kiosko Ilimitado",
        ),
        _p(
            "Fernweh Magazin",
            "Fernweh Magazin",
            "abo@fernweh-magazin.de",
            "EUR",
            "39.00",
            "yearly",
            lang="de",
            plan_label="Jahresabo Digital",
        ),
        _p(
            "CloudNest",
            "CloudNest Billing",
            "billing@cloudnest.io",
            "USD",
            "4.99",
            "monthly",
            plan_label="CloudNest Backup 1 TB",
        ),
        _p(
            "Crate Club",
            "Crate Club",
            "orders@crateclub.co",
            "USD",
            "45.00",
            "quarterly",
            plan_label="Quarterly Crate",
        ),
        _p(
            "Yogaflow Studio",
            "service@paypal.com",
            "service@paypal.com",
            "GBP",
            "30.00",
            "monthly",
            via="paypal",
            plan_label="Unlimited classes",
            merchant="Yogaflow Studio Ltd",
        ),
    ]


def _place(plans: list[Plan], anchor: date, rng: random.Random) -> None:
    """Start dates, statuses and events, drawn per plan."""
    for p in plans:
        span = {"yearly": 500, "semiannual": 420, "quarterly": 420, "weekly": 120}.get(p.cycle, 400)
        p.start = anchor - timedelta(days=rng.randint(span // 2, span))
        _draw_status(p, anchor, rng)
        _draw_events(p, anchor, rng)
        if p.cancelled_on and p.cancelled_on <= p.start + timedelta(days=p.trial_days):
            p.cancelled_on = p.start + timedelta(days=p.trial_days + 5)


def _draw_status(p: Plan, anchor: date, rng: random.Random) -> None:
    roll = rng.random()
    if roll < 0.22:
        p.cancelled_on = anchor - timedelta(days=rng.randint(10, 120))
    elif roll < 0.32 and p.cycle in {"monthly", "weekly"}:
        p.stopped_on = anchor - timedelta(days=rng.randint(90, 150))


def _draw_events(p: Plan, anchor: date, rng: random.Random) -> None:
    active = not p.cancelled_on and not p.stopped_on
    if rng.random() < 0.18 and p.cycle == "monthly" and active:
        p.price_change = (
            anchor - timedelta(days=rng.randint(20, 120)),
            (p.amount * D("1.15")).quantize(D("0.01")),
        )
    if p.cycle == "monthly" and rng.random() < 0.2:
        charges = p.charge_dates(anchor)
        if len(charges) > 3:
            p.failed_on = charges[rng.randint(1, len(charges) - 2)]
    if p.cycle == "yearly":
        p.renewal_notices = p.renewal_notices or rng.random() < 0.5
    if p.trial_days == 0 and rng.random() < 0.1:
        p.trial_days = 14


# ---------------------------------------------------------------- extra hard negatives


def otp(rng: random.Random, d: date) -> Mail:
    name, addr = rng.choice(
        [
            ("Netflix", "info@account.netflix.com"),
            ("PayPal", "service@paypal.com"),
            ("Spotify", "no-reply@spotify.com"),
            ("Microsoft", "account-security-noreply@microsoft.com"),
        ]
    )
    subj = rng.choice(
        ["Your verification code", "Your one-time passcode", f"{name}: confirm your email address"]
    )
    text, htm = render(
        rng, subj, [f"Your code is {rng.randint(100000, 999999)}. It expires in 10 minutes."], [], name
    )
    return Mail(at(d, rng), (name, addr), subj, text, htm, "account")


def prime_order(rng: random.Random, d: date) -> Mail:
    """An Amazon order: same domain as Amazon Prime, Prime mentioned, not a subscription charge."""
    amount = money(D(rng.randint(900, 9000)) / 100, "EUR", "de", rng)
    item = rng.choice(["Kaffeebohnen", "Bluetooth-Lautsprecher", "Taschenlampe"])
    subj = f"Ihre Amazon.de Bestellung von „{item}“"
    paras = [
        "Vielen Dank für Ihre Bestellung. Als Prime-Mitglied erhalten Sie kostenlosen Versand.",
        "Voraussichtliche Lieferung: " + day(d + timedelta(days=2), "de", rng),
    ]
    text, htm = render(
        rng,
        subj,
        paras,
        [("Bestellsumme", amount), ("Bestellnummer", f"302-{rng.randint(10**6, 10**7)}")],
        "Amazon.de",
    )
    return Mail(
        at(d, rng), ("Amazon.de", "bestellbestaetigung@amazon.de"), subj, text, htm, "order", lang="de"
    )


def uber_trip(rng: random.Random, d: date) -> Mail:
    """A ride receipt from the domain that also bills Uber One."""
    amount = money(D(rng.randint(700, 5200)) / 100, "USD", "en", rng)
    subj = f"Your {d.strftime('%A')} trip with Uber"
    paras = ["Thanks for riding, " + FIRST + ".", "Uber One members save 6% on eligible rides."]
    text, htm = render(rng, subj, paras, [("Total", amount), ("Trip fare", amount)], "Uber Technologies")
    return Mail(at(d, rng), ("Uber Receipts", "noreply@uber.com"), subj, text, htm, "ride")


def price_drop(rng: random.Random, d: date) -> Mail:
    shop = rng.choice(
        [("Best Buy", "BestBuyInfo@emailinfo.bestbuy.com"), ("Zalando", "info@service-mail.zalando.de")]
    )
    price = money(D(rng.randint(1500, 30000)) / 100, "USD" if "bestbuy" in shop[1] else "EUR", "en", rng)
    subj = "Price drop on an item in your wish list"
    text, htm = render(
        rng, subj, [f"Good news! The new price is {price}. Order today while stocks last."], [], shop[0]
    )
    return Mail(
        at(d, rng), shop, subj, text, htm, "promotion", extra_headers={"List-Unsubscribe": "<mailto:u@x>"}
    )


def declined_order(rng: random.Random, d: date) -> Mail:
    subj = "Payment declined for your order"
    amount = money(D(rng.randint(1500, 9000)) / 100, "GBP", "en_GB", rng)
    paras = [
        "We couldn't process your payment for order #" + str(rng.randint(10**5, 10**6)) + ".",
        "Please update your payment details within 48 hours or the order will be cancelled.",
    ]
    text, htm = render(rng, subj, paras, [("Order total", amount)], "ASOS")
    return Mail(at(d, rng), ("ASOS", "orders@asos.com"), subj, text, htm, "order")


def newsletter_confirm(rng: random.Random, d: date) -> Mail:
    name, addr = rng.choice(
        [("Morning Brew", "crew@morningbrew.com"), ("Le Monde Newsletters", "newsletters@lemonde.fr")]
    )
    subj = rng.choice(["Your subscription is confirmed", "You're subscribed!", "Confirm your subscription"])
    text, htm = render(
        rng,
        subj,
        ["Thanks for subscribing to our free daily newsletter.", "You can unsubscribe at any time."],
        [],
        name,
    )
    return Mail(at(d, rng), (name, addr), subj, text, htm, "newsletter")


def paypal_friend(rng: random.Random, d: date) -> Mail:
    amount = money(D(rng.randint(1000, 8000)) / 100, "EUR", "en", rng)
    subj = f"You sent {amount} to Sam Patel"
    text, htm = render(
        rng, subj, [f"You sent {amount} to Sam Patel.", "Note: pizza night 🍕"], [("Total", amount)], "PayPal"
    )
    return Mail(at(d, rng), ("PayPal", "service@paypal.com"), subj, text, htm, "personal")


def sports_ticket(rng: random.Random, d: date) -> Mail:
    amount = money(D(rng.randint(2500, 12000)) / 100, "EUR", "es", rng)
    subj = "Confirmación de tu compra de entradas"
    text, htm = render(
        rng,
        subj,
        ["Gracias por tu compra. Presenta este correo en la entrada."],
        [("Total", amount)],
        "Ticketmaster España",
    )
    return Mail(
        at(d, rng), ("Ticketmaster", "noreply@ticketmaster.es"), subj, text, htm, "tickets", lang="es"
    )


def fwd_promo(rng: random.Random, d: date) -> Mail:
    subj = "Fwd: Get 3 months of Premium for €0"
    text = (
        "should we get this?\n\n---------- Forwarded message ---------\nFrom: Spotify"
        " <no-reply@spotify.com>\n"
        f"Date: {d.isoformat()}\nSubject: Get 3 months of Premium for €0\n\n"
        "Limited time offer. Try Premium free for 3 months, then €10.99/month. Cancel anytime.\n"
    )
    return Mail(at(d, rng), ("Jordan Lee", "jlee88@yahoo.com"), subj, text, None, "promotion")


EXTRA_NEGATIVES = [
    otp,
    prime_order,
    uber_trip,
    price_drop,
    declined_order,
    newsletter_confirm,
    paypal_friend,
    sports_ticket,
    fwd_promo,
]


def build(anchor: date, seed: int, negatives_count: int) -> tuple[list[Mail], list[Plan]]:
    _extend_templates()
    rng = random.Random(seed)
    plans = eval_plans()
    _place(plans, anchor, rng)
    mails = [m for p in plans for m in T.plan_mails(p, anchor, rng)]
    start = anchor - timedelta(days=500)
    n_base = negatives_count * 2 // 3
    mails += negatives(rng, start, anchor, n_base)
    for _ in range(negatives_count - n_base):
        mails.append(
            rng.choice(EXTRA_NEGATIVES)(rng, date.fromordinal(start.toordinal() + rng.randint(0, 500)))
        )
    return mails, plans


@click.command()
@click.option("--anchor", type=click.DateTime(["%Y-%m-%d"]), default="2026-11-29", show_default=True)
@click.option("--seed", type=int, default=424242, show_default=True)
@click.option("--negatives", "negatives_count", type=int, default=900, show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=OUT, show_default=True)
def main(anchor: object, seed: int, negatives_count: int, out: Path) -> None:
    import json

    day_ = anchor.date() if hasattr(anchor, "date") else date.today()
    out.mkdir(parents=True, exist_ok=True)
    mails, plans = build(day_, seed, negatives_count)
    labels = write_mbox(mails, seed, out / "eval.mbox")
    write_truth(out / "eval.truth.json", plans, day_)
    (out / "eval.labels.json").write_text(
        json.dumps(labels, indent=0, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    positives = sum(1 for lab in labels if lab["service"])
    click.echo(f"wrote {len(labels)} messages, {positives} subscription mail, {len(plans)} services to {out}")


if __name__ == "__main__":
    main()
