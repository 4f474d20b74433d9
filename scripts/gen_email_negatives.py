# ruff: noqa: RUF001  (typographic dashes are part of realistic mail)
"""Ordinary mail that is not a subscription: the hard negatives of the synthetic mailboxes."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from gen_email_corpus import USER_NAME, Mail, at, day, money, render

FIRST = USER_NAME.split()[0]

SHOPS = [
    ("Amazon.com", "auto-confirm@amazon.com", "USD", "en"),
    ("Amazon.de", "bestellbestaetigung@amazon.de", "EUR", "de"),
    ("Zalando", "info@service-mail.zalando.fr", "EUR", "fr"),
    ("IKEA", "noreply@order.ikea.com", "GBP", "en_GB"),
    ("Etsy", "transaction@etsy.com", "USD", "en"),
    ("Decathlon", "noreply@decathlon.es", "EUR", "es"),
    ("Best Buy", "BestBuyInfo@emailinfo.bestbuy.com", "USD", "en"),
    ("bol.com", "klantenservice@bol.com", "EUR", "nl"),
]
ITEMS = [
    "USB-C charging cable 2m",
    "Stainless steel water bottle",
    "Running socks (3 pack)",
    "Paperback: The Left Hand of Darkness",
    "LED desk lamp",
    "Ceramic coffee mugs, set of 4",
    "Wireless mouse",
    "Yoga mat 6mm",
    "Coffee beans 1kg",
    "Printer ink cartridge",
]
ORDER_WORDS = {
    "en": ("Your order #{n} has been confirmed", "Thanks for your order!", "Order total", "Arriving"),
    "en_GB": ("Order confirmation {n}", "Thank you for shopping with us.", "Order total", "Delivery"),
    "de": ("Ihre Bestellung Nr. {n}", "Vielen Dank für Ihre Bestellung!", "Gesamtsumme", "Lieferung"),
    "fr": ("Confirmation de votre commande n° {n}", "Merci pour votre commande !", "Total", "Livraison"),
    "es": ("Confirmación de tu pedido {n}", "¡Gracias por tu pedido!", "Total", "Entrega"),
    "nl": ("Bevestiging van je bestelling {n}", "Bedankt voor je bestelling!", "Totaal", "Bezorging"),
}


def order(rng: random.Random, d: date) -> Mail:
    shop, addr, cur, lang = rng.choice(SHOPS)
    subj, thanks, total_label, deliv = ORDER_WORDS[lang]
    n = f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}"
    items = rng.sample(ITEMS, rng.randint(1, 3))
    prices = [Decimal(rng.randint(499, 8999)) / 100 for _ in items]
    rows = [(it, money(p, cur, lang, rng)) for it, p in zip(items, prices, strict=True)]
    rows += [(total_label, money(sum(prices, Decimal(0)), cur, lang, rng)), (deliv, day(d, lang, rng))]
    paras = [thanks]
    if rng.random() < 0.4:
        paras.append("Save 15% on future deliveries with Subscribe & Save. Subscribe now and never run out!")
    text, htm = render(rng, subj.format(n=n), paras, rows, f"{shop} · Unsubscribe from marketing emails")
    return Mail(at(d, rng), (shop, addr), subj.format(n=n), text, htm, "order", lang=lang)


def shipping(rng: random.Random, d: date) -> Mail:
    carrier, addr = rng.choice(
        [("UPS", "mcinfo@ups.com"), ("DHL Paket", "noreply@dhl.de"), ("Royal Mail", "no-reply@royalmail.com")]
    )
    tracking = f"1Z{rng.randint(10**9, 10**10 - 1)}"
    subj = rng.choice(
        ["Your package is on its way", "Your parcel has been dispatched", "Out for delivery today"]
    )
    paras = [f"Good news, {FIRST}! Your shipment is on the way.", "Track your parcel online at any time."]
    rows = [("Tracking number", tracking), ("Estimated delivery", day(d, "en", rng))]
    text, htm = render(rng, subj, paras, rows, f"{carrier} · Manage delivery preferences")
    return Mail(at(d, rng), (carrier, addr), subj, text, htm, "shipping")


NEWSLETTERS = [
    ("The Morning Brew", "crew@morningbrew.com"),
    ("Platformer", "casey@platformer.news"),
    ("Python Weekly", "rahul@pythonweekly.com"),
    ("Local Food Co-op", "news@foodcoop.org"),
    ("Hacker Newsletter", "kale@hackernewsletter.com"),
]


def newsletter(rng: random.Random, d: date) -> Mail:
    name, addr = rng.choice(NEWSLETTERS)
    subj = rng.choice(
        [f"{name}: this week's top stories", f"Issue #{rng.randint(100, 600)}", "Don't miss these reads"]
    )
    price = money(Decimal(rng.choice(["5", "8", "10"])), "USD", "en", rng)
    paras = [
        "Here is what happened this week in tech, markets and culture.",
        rng.choice(
            [
                f"Become a paid subscriber for {price}/month and get every issue.",
                "Enjoying this newsletter? Subscribe and share it with a friend!",
                f"Upgrade to a paid subscription: {price} per month or {price}0 per year.",
            ]
        ),
        "You're receiving this because you subscribed to our newsletter. Unsubscribe any time.",
    ]
    text, htm = render(rng, subj, paras, [], f"{name} · Unsubscribe · View in browser")
    return Mail(
        at(d, rng),
        (name, addr),
        subj,
        text,
        htm,
        "newsletter",
        extra_headers={"List-Unsubscribe": f"<mailto:{addr}>"},
    )


PROMO_SENDERS = [
    ("Spotify", "no-reply@spotify.com", "GBP"),
    ("Netflix", "info@mailer.netflix.com", "USD"),
    ("Disney+", "disneyplus@mail.disneyplus.com", "EUR"),
    ("Audible", "newsletter@audible.com", "USD"),
    ("Peloton", "hello@email.onepeloton.com", "USD"),
    ("Headspace", "hello@headspace.com", "USD"),
    ("The Economist", "newsletters@economist.com", "GBP"),
]


def promotion(rng: random.Random, d: date) -> Mail:
    name, addr, cur = rng.choice(PROMO_SENDERS)
    price = money(Decimal(rng.choice(["0.99", "1.99", "4.99", "9.99"])), cur, "en", rng)
    subj = rng.choice(
        [
            f"Get 3 months of {name} for {price}",
            f"We miss you! Come back to {name}",
            f"Limited time: subscribe to {name} Premium for just {price}/month",
            f"Start your free trial of {name} today",
        ]
    )
    paras = [
        "Offer ends soon. Subscribe today and cancel anytime.",
        f"Only {price} per month after your free trial. Terms apply.",
    ]
    text, htm = render(rng, subj, paras, [], f"{name} · Unsubscribe · Privacy")
    return Mail(
        at(d, rng),
        (name, addr),
        subj,
        text,
        htm,
        "promotion",
        extra_headers={"List-Unsubscribe": f"<mailto:{addr}>"},
    )


FRIENDS = [
    ("Sam Patel", "sam.patel@gmail.com"),
    ("Jordan Lee", "jlee88@yahoo.com"),
    ("Mum", "linda.morgan@outlook.com"),
]
CHATS = [
    ("Re: dinner on Friday?", "Sounds great, see you at 7. I'll bring dessert."),
    ("Photos from the trip", "Here are the photos from last weekend. The lake was gorgeous!"),
    (
        "Re: streaming",
        "I finally cancelled my Hulu subscription, it went up to $17.99 a month. Are you still on Netflix?",
    ),
    ("Birthday plans", "What do you think about renting the cabin again? It was £240 for two nights."),
    ("Re: book club", "Next month's pick is 'Piranesi'. The hardback is €22 but the library has it."),
]


def personal(rng: random.Random, d: date) -> Mail:
    (name, addr), (subj, body) = rng.choice(FRIENDS), rng.choice(CHATS)
    text = f"Hi {FIRST},\n\n{body}\n\nCheers,\n{name.split()[0]}\n"
    return Mail(at(d, rng), (name, addr), subj, text, None, "personal")


def invoice(rng: random.Random, d: date) -> Mail:
    vendor, addr = rng.choice(
        [
            ("Smith Plumbing LLC", "billing@smithplumbing.com"),
            ("Dr. Weber Zahnarztpraxis", "praxis@weber-zahn.de"),
            ("Clearview Window Cleaning", "accounts@clearview.co.uk"),
        ]
    )
    cur = {"de": "EUR", "uk": "GBP"}.get(addr.rsplit(".", 1)[-1], "USD")
    amount = Decimal(rng.randint(6000, 48000)) / 100
    n = rng.randint(1000, 9999)
    subj = f"Invoice #{n} from {vendor}"
    paras = [
        f"Dear {USER_NAME},",
        "Please find attached the invoice for the work carried out.",
        "Payment due within 14 days.",
    ]
    rows = [
        ("Invoice number", str(n)),
        ("Amount due", money(amount, cur, "en", rng)),
        ("Due date", day(d, "en", rng)),
    ]
    text, htm = render(rng, subj, paras, rows, vendor)
    return Mail(at(d, rng), (vendor, addr), subj, text, htm, "invoice")


def donation(rng: random.Random, d: date) -> Mail:
    org, addr = rng.choice(
        [
            ("Wikimedia Foundation", "donate@wikimedia.org"),
            ("Doctors Without Borders", "donations@msf.org"),
            ("The Internet Archive", "donations@archive.org"),
        ]
    )
    amount = money(Decimal(rng.choice(["10", "25", "50", "100"])), "USD", "en", rng)
    subj = rng.choice(["Thank you for your donation", f"Your gift to {org}", "Donation receipt"])
    paras = [
        f"Dear {FIRST},",
        f"Thank you for your generous one-time gift of {amount}.",
        "This email serves as your receipt for tax purposes.",
    ]
    text, htm = render(rng, subj, paras, [("Amount", amount), ("Date", day(d, "en", rng))], org)
    return Mail(at(d, rng), (org, addr), subj, text, htm, "donation")


def ride(rng: random.Random, d: date) -> Mail:
    name, addr, cur = rng.choice(
        [
            ("Uber Receipts", "noreply@uber.com", "USD"),
            ("Deliveroo", "noreply@t.deliveroo.co.uk", "GBP"),
            ("Lyft", "no-reply@lyftmail.com", "USD"),
        ]
    )
    amount = money(Decimal(rng.randint(650, 4800)) / 100, cur, "en", rng)
    part = rng.choice(["morning", "afternoon", "evening", "night"])
    subj = f"Your {d.strftime('%A')} {part} {'order' if 'Deliveroo' in name else 'trip'} receipt"
    paras = [f"Thanks for riding, {FIRST}.", "We hope you enjoyed it."]
    text, htm = render(rng, subj, paras, [("Total", amount), ("Payment", "Visa ••••4242")], name)
    return Mail(at(d, rng), (name, addr), subj, text, htm, "ride")


def travel(rng: random.Random, d: date) -> Mail:
    name, addr = rng.choice(
        [("Lufthansa", "online@booking-lufthansa.com"), ("Booking.com", "noreply@booking.com")]
    )
    amount = money(Decimal(rng.randint(8000, 90000)) / 100, "EUR", "de", rng)
    subj = rng.choice(["Your booking confirmation", "Buchungsbestätigung", "Your e-ticket receipt"])
    rows = [
        ("Booking reference", f"{rng.randint(100000, 999999)}"),
        ("Total price", amount),
        ("Check-in", day(d, "en", rng)),
    ]
    text, htm = render(rng, subj, ["Your trip is confirmed."], rows, name)
    return Mail(at(d, rng), (name, addr), subj, text, htm, "travel")


def security(rng: random.Random, d: date) -> Mail:
    name, addr = rng.choice(
        [
            ("Netflix", "info@account.netflix.com"),
            ("Google", "no-reply@accounts.google.com"),
            ("Spotify", "no-reply@spotify.com"),
            ("Dropbox", "no-reply@dropbox.com"),
            ("GitHub", "noreply@github.com"),
        ]
    )
    subj = rng.choice(
        [
            f"New sign-in to your {name} account",
            "Your password was changed",
            "Your storage is almost full",
            f"[{name}] Please verify your device",
        ]
    )
    paras = ["If this was you, you can ignore this message.", "Otherwise, secure your account now."]
    text, htm = render(
        rng, subj, paras, [("Device", "Firefox on Linux"), ("Location", "Berlin, Germany")], name
    )
    return Mail(at(d, rng), (name, addr), subj, text, htm, "account")


def app_purchase(rng: random.Random, d: date) -> Mail:
    app, price = rng.choice(
        [("Procreate", "12.99"), ("Monument Valley 2", "4.99"), ("Things 3", "9.99"), ("Gems (500)", "4.99")]
    )
    amount = money(Decimal(price), "USD", "en", rng)
    if rng.random() < 0.5:
        sender, subj = ("Apple", "no_reply@email.apple.com"), "Your receipt from Apple."
        rows = [
            ("ORDER ID", f"M{rng.randint(10**8, 10**9 - 1)}"),
            ("App Store", f"{app} – In-App Purchase" if "Gems" in app else app),
            ("TOTAL", amount),
        ]
    else:
        sender = ("Google Play", "googleplay-noreply@google.com")
        subj = f"Your Google Play Order Receipt from {d.strftime('%b %-d, %Y')}"
        rows = [("Item", app), ("Price", amount), ("Total", amount)]
    text, htm = render(rng, "Receipt", ["Thank you for your purchase."], rows, sender[0], html_only=0.6)
    return Mail(at(d, rng), sender, subj, text, htm, "one_off_purchase")


def paypal_one_off(rng: random.Random, d: date) -> Mail:
    seller = rng.choice(["vintage_finds_uk", "Bandcamp", "Humble Bundle", "Kickstarter"])
    amount = money(Decimal(rng.randint(500, 12000)) / 100, rng.choice(["USD", "GBP", "EUR"]), "en", rng)
    subj = f"Receipt for your payment to {seller}"
    paras = [f"Hello {USER_NAME},", f"You sent a payment of {amount} to {seller}."]
    text, htm = render(rng, "Payment receipt", paras, [("Merchant", seller), ("Total", amount)], "PayPal")
    return Mail(at(d, rng), ("service@paypal.com", "service@paypal.com"), subj, text, htm, "one_off_purchase")


def tickets(rng: random.Random, d: date) -> Mail:
    event = rng.choice(["Arctic Monkeys – O2 Arena", "Hamilton (Matinee)", "FC Barcelona vs Sevilla"])
    amount = money(Decimal(rng.randint(3000, 25000)) / 100, "GBP", "en_GB", rng)
    subj = f"Your tickets for {event}"
    text, htm = render(
        rng, subj, ["Your tickets are attached."], [("Event", event), ("Order total", amount)], "Ticketmaster"
    )
    return Mail(
        at(d, rng), ("Ticketmaster", "customer_support@email.ticketmaster.co.uk"), subj, text, htm, "tickets"
    )


NEGATIVE_KINDS: list[tuple[Callable[[random.Random, date], Mail], int]] = [
    (order, 14),
    (shipping, 10),
    (newsletter, 16),
    (promotion, 10),
    (personal, 10),
    (invoice, 4),
    (donation, 3),
    (ride, 8),
    (travel, 3),
    (security, 6),
    (app_purchase, 4),
    (paypal_one_off, 3),
    (tickets, 2),
]


def negatives(rng: random.Random, start: date, anchor: date, count: int) -> list[Mail]:
    fns = [f for f, w in NEGATIVE_KINDS for _ in range(w)]
    span = (anchor - start).days
    out = []
    for _ in range(count):
        d = date.fromordinal(start.toordinal() + rng.randint(0, span))
        out.append(rng.choice(fns)(rng, d))
    return out
