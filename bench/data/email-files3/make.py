"""Writes bench/data/email-files3: two mailboxes (uk/, fr_es/) written without reading the detector.

    python bench/data/email-files3/make.py

Seeded and deterministic: the same files every run. Each half gets eml/ (one file per message),
mailbox.mbox (the same messages), truth.json, meta.json and messages.json (per file: sender, subject
and the truth names it is evidence for). Labelling rules are in README.md beside this file.
"""

# The mail bodies are data: long literal lines and one function per mailbox, written as its story,
# read better whole than split.
# ruff: noqa: E501, C901, RUF001

from __future__ import annotations

import json
import mailbox
import random
import shutil
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email import charset as cs
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SEED = 20261204


def _charset(name: str, enc: str) -> cs.Charset:
    c = cs.Charset(name)
    c.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": None}[enc]
    c.header_encoding = cs.QP if name.startswith("iso") else cs.BASE64
    return c


def _part(body: str, subtype: str, charset: str, enc: str) -> MIMEText:
    if charset == "iso-8859-1" and "€" in body:
        charset = "iso-8859-15"  # Latin-1 has no euro sign; senders that need one use Latin-9
    try:
        body.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    part = MIMEText("", subtype, "utf-8")
    del part["Content-Transfer-Encoding"]
    part.set_payload(body, _charset(charset, enc))
    return part


@dataclass
class Mail:
    sender: str
    addr: str
    subject: str
    when: datetime
    text: str | None = None
    html: str | None = None
    charset: str = "utf-8"
    enc: str = "qp"
    labels: list[str] = field(default_factory=list)


@dataclass
class Box:
    name: str
    owner: tuple[str, str]
    rng: random.Random
    mails: list[Mail] = field(default_factory=list)

    def add(self, mail: Mail) -> None:
        self.mails.append(mail)

    def build(self, mail: Mail, n: int) -> Message:
        if mail.text is not None and mail.html is not None:
            msg: Message = MIMEMultipart("alternative")
            msg.attach(_part(mail.text, "plain", mail.charset, mail.enc))
            msg.attach(_part(mail.html, "html", mail.charset, mail.enc))
            msg.set_boundary(f"----=_Part_{self.rng.getrandbits(48):012x}")  # seeded, not the email module's
        elif mail.html is not None:
            msg = _part(mail.html, "html", mail.charset, mail.enc)
        else:
            msg = _part(mail.text or "", "plain", mail.charset, mail.enc)
        if mail.sender.isascii():
            msg["From"] = formataddr((mail.sender, mail.addr))
        else:
            msg["From"] = formataddr((mail.sender, mail.addr), charset="utf-8")
        msg["To"] = formataddr(self.owner)
        msg["Subject"] = mail.subject if mail.subject.isascii() else Header(mail.subject, "utf-8")
        msg["Date"] = format_datetime(mail.when)
        domain = mail.addr.split("@", 1)[1]
        msg["Message-ID"] = f"<{self.rng.getrandbits(64):016x}.{n}@{domain}>"
        return msg

    def write(self, truth: list[dict[str, Any]], today: str, negatives: list[str]) -> None:
        base = HERE / self.name
        if base.exists():
            shutil.rmtree(base)
        (base / "eml").mkdir(parents=True)
        box = mailbox.mbox(str(base / "mailbox.mbox"))
        index = []
        for n, mail in enumerate(sorted(self.mails, key=lambda m: m.when), 1):
            msg = self.build(mail, n)
            file = f"{n:03d}.eml"
            (base / "eml" / file).write_bytes(msg.as_bytes())
            boxed = mailbox.mboxMessage(msg)
            boxed.set_from(mail.addr, mail.when.astimezone(UTC).timetuple())
            box.add(boxed)
            index.append({"file": file, "from": mail.sender, "subject": mail.subject, "labels": mail.labels})
        box.flush()
        box.close()
        dump = {"truth.json": truth, "messages.json": index}
        dump["meta.json"] = {"today": today, "messages": len(index), "hard_negatives": negatives}
        for file, data in dump.items():
            (base / file).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def at(d: date, hour: int, rng: random.Random, tz: int = 0) -> datetime:
    zone = timezone(timedelta(hours=tz))
    return datetime(d.year, d.month, d.day, hour, rng.randrange(60), rng.randrange(60), tzinfo=zone)


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, min(d.day, 28) if d.day > 28 else d.day)


def T(
    name: str,
    amount: str,
    cur: str,
    cycle: str,
    status: str,
    nxt: date | None,
    kind: str,
    aliases: list[str] | None = None,
) -> dict[str, Any]:
    return {
        "name": name,
        "aliases": aliases or [],
        "amount": amount,
        "currency": cur,
        "cycle": cycle,
        "status": status,
        "next_renewal": nxt.isoformat() if nxt else None,
        "kind": kind,
    }


# ---------------------------------------------------------------- British English
UK_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def uk(d: date) -> str:
    return f"{d.day} {UK_MONTHS[d.month - 1]} {d.year}"


def uks(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def table(rows: list[tuple[str, str]], brand: str, colour: str, intro: str, outro: str = "") -> str:
    cells = "".join(
        f'<tr><td style="padding:6px 0;color:#555">{k}</td>'
        f'<td style="padding:6px 0;text-align:right"><b>{v}</b></td></tr>'
        for k, v in rows
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>'
        f'{brand}</title></head><body style="margin:0;background:#f4f4f4">'
        f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
        f'<table width="600" style="background:#fff;font-family:Arial,sans-serif">'
        f'<tr><td style="background:{colour};color:#fff;padding:18px;font-size:22px">{brand}</td></tr>'
        f'<tr><td style="padding:20px"><p>{intro}</p>'
        f'<table width="100%" style="border-top:1px solid #ddd">{cells}</table>'
        f"<p>{outro}</p></td></tr>"
        f'<tr><td style="padding:14px;font-size:11px;color:#999">You are receiving this email '
        f"because you have an account with {brand}. Unsubscribe | Privacy</td></tr>"
        "</table></td></tr></table></body></html>"
    )


def plain(rows: list[tuple[str, str]]) -> str:
    return "\n".join(f"{k}: {v}" for k, v in rows)


def make_uk() -> None:
    rng = random.Random(SEED)
    b = Box("uk", ("Hannah Okafor", "hannah.okafor@btinternet.com"), rng)
    start = date(2025, 12, 1)
    today = date(2026, 11, 25)
    truth: list[dict[str, Any]] = []

    def months(day: int, first: date = start, last: date = today) -> list[date]:
        out, d = [], date(first.year, first.month, day)
        while d <= last:
            if d >= first:
                out.append(d)
            d = add_months(d, 1)
        return out

    # Netflix: monthly receipts on the 14th, Standard plan
    for d in months(14)[-4:]:
        b.add(
            Mail(
                "Netflix",
                "info@account.netflix.com",
                "Your Netflix payment receipt",
                at(d, 7, rng),
                text=f"Hi Hannah,\n\nThanks for your payment. Here are the details.\n\nPlan: Standard\n"
                f"Amount: £12.99 (incl. VAT)\nPayment date: {uk(d)}\nNext billing date: {uk(add_months(d, 1))}\n"
                "Payment method: Visa ••••4821\n\nQuestions? Visit the Help Centre.\n-The Netflix team",
                html=table(
                    [
                        ("Plan", "Standard"),
                        ("Amount", "£12.99"),
                        ("Payment date", uk(d)),
                        ("Next billing date", uk(add_months(d, 1))),
                    ],
                    "NETFLIX",
                    "#e50914",
                    "Hi Hannah, thanks for your payment.",
                    "VAT included where applicable.",
                ),
                labels=["Netflix"],
            )
        )
    truth.append(T("Netflix", "12.99", "GBP", "monthly", "active", date(2026, 12, 14), "subscription"))

    # Spotify Premium Duo: receipts on the 8th, then a price rise
    for d in months(8)[-5:]:
        b.add(
            Mail(
                "Spotify",
                "no-reply@spotify.com",
                "Your Spotify Premium receipt",
                at(d, 5, rng),
                text=f"Spotify\n\nReceipt\nDate: {uks(d)}\nPremium Duo  £16.99\nTotal (incl. VAT): £16.99\n"
                f"Your next payment of £16.99 is due on {uks(add_months(d, 1))}.\n\nSpotify AB, Regeringsgatan 19, Stockholm",
                html=table(
                    [("Premium Duo", "£16.99"), ("Total (incl. VAT)", "£16.99"), ("Date", uks(d))],
                    "Spotify",
                    "#1db954",
                    "Thanks for your payment.",
                    f"Your next payment is due on {uks(add_months(d, 1))}.",
                ),
                enc="b64",
                labels=["Spotify"],
            )
        )
    b.add(
        Mail(
            "Spotify",
            "no-reply@spotify.com",
            "An update to your Premium price",
            at(date(2026, 11, 2), 10, rng),
            text="Hi Hannah,\n\nWe occasionally update our prices so we can keep innovating. Your Premium Duo "
            "price will go from £16.99/month to £17.99/month, starting from your billing date in December "
            "(8 December 2026).\n\nYou don't need to do anything. If you'd rather not continue, you can "
            "cancel any time in your account page.\n\nThe Spotify team",
            html='<html><body style="font-family:Helvetica"><h2>An update to your Premium price</h2><p>Hi Hannah,'
            "</p><p>Your Premium Duo price will go from <b>£16.99/month</b> to <b>£17.99/month</b>, starting "
            "from your billing date in December (8 December 2026).</p><p>You don't need to do anything.</p>"
            "</body></html>",
            labels=["Spotify"],
        )
    )
    truth.append(
        T(
            "Spotify",
            "17.99",
            "GBP",
            "monthly",
            "active",
            date(2026, 12, 8),
            "subscription",
            ["Spotify Premium", "Spotify Premium Duo"],
        )
    )

    # Disney+: annual plan paid in March
    d = date(2026, 3, 3)
    b.add(
        Mail(
            "Disney+",
            "disneyplus@mail.disneyplus.com",
            "Your Disney+ subscription has renewed",
            at(d, 9, rng),
            html=table(
                [
                    ("Subscription", "Disney+ Standard (Annual)"),
                    ("Amount charged", "£89.90"),
                    ("Billing period", f"{uk(d)} – {uk(date(2027, 3, 2))}"),
                    ("Renews on", uk(date(2027, 3, 3))),
                ],
                "Disney+",
                "#0b1f5c",
                "Hi Hannah, your annual subscription has renewed.",
                "Prices include VAT. Manage your subscription at disneyplus.com/account.",
            ),
            labels=["Disney+"],
        )
    )
    truth.append(
        T("Disney+", "89.90", "GBP", "yearly", "active", date(2027, 3, 3), "subscription", ["Disney Plus"])
    )

    # NOW Entertainment: monthly, then cancelled
    for d in months(19, date(2025, 12, 1), date(2026, 5, 31)):
        b.add(
            Mail(
                "NOW",
                "noreply@nowtv.com",
                "Your NOW payment confirmation",
                at(d, 6, rng),
                text=f"Hi Hannah,\n\nWe've taken your monthly payment for your NOW Entertainment Membership.\n\n"
                f"Amount: £9.99\nDate: {uk(d)}\nNext payment: {uk(add_months(d, 1))}\n\nNOW",
                labels=["NOW"],
            )
        )
    b.add(
        Mail(
            "NOW",
            "noreply@nowtv.com",
            "Sorry to see you go",
            at(date(2026, 6, 10), 20, rng),
            text="Hi Hannah,\n\nWe've cancelled your NOW Entertainment Membership as requested. You can "
            "keep watching until 18 June 2026. You won't be charged again.\n\nChanged your mind? "
            "Rejoin any time from £9.99 a month.\n\nNOW",
            labels=["NOW"],
        )
    )
    truth.append(
        T(
            "NOW",
            "9.99",
            "GBP",
            "monthly",
            "cancelled",
            None,
            "subscription",
            ["NOW Entertainment", "NOW TV", "NOW Entertainment Membership"],
        )
    )

    # Amazon Prime: annual renewal in January, plus orders (not subscriptions)
    d = date(2026, 1, 19)
    b.add(
        Mail(
            "Amazon.co.uk",
            "prime@amazon.co.uk",
            "Your Amazon Prime membership has been renewed",
            at(d, 4, rng),
            text=f"Hello Hannah,\n\nThank you for being a Prime member. Your annual Amazon Prime membership "
            f"was renewed on {uk(d)} and we charged £95.00 (VAT included) to your Mastercard ending in 1187.\n\n"
            f"Your next renewal date is {uk(date(2027, 1, 19))}.\n\nTo manage your membership, go to Your Prime Membership.",
            html=table(
                [
                    ("Membership", "Amazon Prime (annual)"),
                    ("Amount", "£95.00"),
                    ("Renewal date", uk(d)),
                    ("Next renewal", uk(date(2027, 1, 19))),
                ],
                "amazon prime",
                "#232f3e",
                "Hello Hannah, thank you for being a Prime member.",
            ),
            labels=["Amazon Prime"],
        )
    )
    truth.append(T("Amazon Prime", "95.00", "GBP", "yearly", "active", date(2027, 1, 19), "subscription"))
    orders = [
        ("Anker USB-C charger", "£19.99"),
        ("Joseph Joseph chopping boards", "£24.00"),
        ("Kindle Paperwhite", "£149.99"),
        ("Pampers Baby-Dry size 4 x 2", "£27.50"),
    ]
    for i, (item, price) in enumerate(orders):
        d = date(2026, 2 + i * 2, 6 + i)
        b.add(
            Mail(
                "Amazon.co.uk",
                "auto-confirm@amazon.co.uk",
                f'Your Amazon.co.uk order of "{item}"',
                at(d, 13, rng),
                html=table(
                    [("Item", item), ("Order total", price), ("Arriving", uk(d + timedelta(days=2)))],
                    "amazon.co.uk",
                    "#232f3e",
                    "Thanks for your order, Hannah.",
                ),
                labels=[],
            )
        )
        b.add(
            Mail(
                "Amazon.co.uk",
                "shipment-tracking@amazon.co.uk",
                f"Dispatched: {item}",
                at(d + timedelta(days=1), 8, rng),
                text=f"Your package with {item} has been dispatched.\nOrder total: {price}\nTrack your package.",
                labels=[],
            )
        )

    # The Guardian: monthly Supporter Plus by Direct Debit
    d = date(2026, 4, 2)
    b.add(
        Mail(
            "The Guardian",
            "support@theguardian.com",
            "Thank you for supporting the Guardian",
            at(d - timedelta(days=3), 18, rng),
            text="Dear Hannah,\n\nThank you for becoming an All-access digital supporter. Your details:\n\n"
            "Supporter Plus: £12 per month\nPayment method: Direct Debit\nFirst payment date: 2 April 2026\n"
            "Payments will then be collected on the 2nd of each month.\n\nKatharine Viner\nEditor-in-chief",
            html="<html><body><p>Dear Hannah,</p><p>Thank you for becoming an All-access digital supporter.</p>"
            "<table><tr><td>Supporter Plus</td><td>£12 per month</td></tr><tr><td>Payment method</td>"
            "<td>Direct Debit</td></tr><tr><td>First payment date</td><td>2 April 2026</td></tr></table>"
            "<p>Payments will then be collected on the 2nd of each month.</p></body></html>",
            labels=["The Guardian"],
        )
    )
    truth.append(
        T(
            "The Guardian",
            "12.00",
            "GBP",
            "monthly",
            "active",
            date(2026, 12, 2),
            "subscription",
            ["Guardian", "Guardian Supporter Plus", "Supporter Plus"],
        )
    )
    b.add(
        Mail(
            "The Guardian",
            "newsletters@theguardian.com",
            "First Edition: Monday's top stories",
            at(date(2026, 9, 14), 6, rng),
            text="Good morning. Today's top stories... Subscribe to the print edition from £4.99 a week.",
            labels=[],
        )
    )

    # PureGym: monthly Direct Debit on the 1st, one failed payment in October
    b.add(
        Mail(
            "PureGym",
            "hello@puregym.com",
            "Welcome to PureGym London Bermondsey",
            at(date(2026, 1, 4), 12, rng),
            text="Hi Hannah,\n\nWelcome to PureGym! Your Core membership is £24.99 a month, collected by "
            "Direct Debit on the 1st of each month. Your joining fee of £10.00 has been paid today.\n"
            "Your first monthly payment will be taken on 1 February 2026.\n\nPIN for the gym: 448120\n\nTeam PureGym",
            labels=["PureGym"],
        )
    )
    b.add(
        Mail(
            "PureGym",
            "hello@puregym.com",
            "We couldn't take your payment",
            at(date(2026, 10, 2), 9, rng),
            text="Hi Hannah,\n\nWe tried to collect your monthly membership payment of £24.99 on 1 October 2026 "
            "but your bank returned it. We'll try again on 6 October 2026. Please make sure there are funds in "
            "your account, or your membership may be frozen.\n\nTeam PureGym",
            labels=["PureGym"],
        )
    )
    b.add(
        Mail(
            "PureGym",
            "hello@puregym.com",
            "Payment received - thank you",
            at(date(2026, 10, 6), 14, rng),
            text="Hi Hannah,\n\nThanks, we've now received your payment of £24.99. Your next Direct Debit of "
            "£24.99 will be collected on 1 November 2026.\n\nTeam PureGym",
            labels=["PureGym"],
        )
    )
    truth.append(T("PureGym", "24.99", "GBP", "monthly", "active", date(2026, 12, 1), "subscription"))

    # Deliveroo Plus and Deliveroo orders
    for d in months(22)[-3:]:
        b.add(
            Mail(
                "Deliveroo",
                "noreply@t.deliveroo.co.uk",
                "Your Deliveroo Plus receipt",
                at(d, 3, rng),
                html=table(
                    [
                        ("Deliveroo Plus Silver", "£3.49"),
                        ("Billing date", uk(d)),
                        ("Next billing date", uk(add_months(d, 1))),
                    ],
                    "deliveroo",
                    "#00ccbc",
                    "Thanks for being a Plus member, Hannah.",
                    "Includes VAT.",
                ),
                labels=["Deliveroo Plus"],
            )
        )
    truth.append(T("Deliveroo Plus", "3.49", "GBP", "monthly", "active", date(2026, 12, 22), "subscription"))
    for d, shop, total in [
        (date(2026, 3, 13), "Dishoom", "£38.40"),
        (date(2026, 7, 4), "Honest Burgers", "£27.15"),
        (date(2026, 10, 30), "Franco Manca", "£22.80"),
    ]:
        b.add(
            Mail(
                "Deliveroo",
                "noreply@t.deliveroo.co.uk",
                f"Your order from {shop}",
                at(d, 19, rng, 1 if 3 < d.month < 11 else 0),
                html=table(
                    [("Restaurant", shop), ("Total", total), ("Rider tip", "£1.00")],
                    "deliveroo",
                    "#00ccbc",
                    "Your order's been placed.",
                ),
                labels=[],
            )
        )

    # Apple (iCloud+) and Google Play (YouTube Premium) receipts
    for d in months(17)[-3:]:
        b.add(
            Mail(
                "Apple",
                "no_reply@email.apple.com",
                "Your receipt from Apple.",
                at(d, 2, rng),
                html=table(
                    [
                        ("APPLE ACCOUNT", "hannah.okafor@btinternet.com"),
                        ("DATE", f"{d.day} {UK_MONTHS[d.month - 1][:3]} {d.year}"),
                        ("iCloud+", "iCloud+ with 200 GB storage (Monthly)"),
                        (
                            "Renews",
                            f"{d.day} {UK_MONTHS[add_months(d, 1).month - 1][:3]} {add_months(d, 1).year}",
                        ),
                        ("TOTAL", "£2.99"),
                    ],
                    "Apple",
                    "#000",
                    "Receipt",
                    "VAT of £0.50 is included. Apple Distribution International Ltd.",
                ),
                labels=["iCloud+"],
            )
        )
    truth.append(
        T(
            "iCloud+",
            "2.99",
            "GBP",
            "monthly",
            "active",
            date(2026, 12, 17),
            "subscription",
            ["iCloud", "iCloud+ 200GB", "iCloud+ with 200 GB storage"],
        )
    )
    for d in months(9)[-3:]:
        b.add(
            Mail(
                "Google Play",
                "googleplay-noreply@google.com",
                f"Your Google Play Order Receipt from {uk(d)}",
                at(d, 11, rng),
                text=f"Thank you.\nYou've made a purchase from Google Play.\n\nOrder number: GPA.3381-2207-{rng.randrange(1000, 9999)}\n"
                f"Order date: {uk(d)}\nItem: YouTube Premium (YouTube)  £12.99/month\nAuto-renewing subscription\n"
                "Total: £12.99 (includes VAT of £2.17)\n\nYou can manage subscriptions in Google Play.",
                html=table(
                    [("Item", "YouTube Premium (YouTube)"), ("Price", "£12.99/month"), ("Total", "£12.99")],
                    "Google Play",
                    "#01875f",
                    "Thank you. You've made a purchase from Google Play.",
                    "Auto-renewing subscription. Includes VAT.",
                ),
                labels=["YouTube Premium"],
            )
        )
    truth.append(T("YouTube Premium", "12.99", "GBP", "monthly", "active", date(2026, 12, 9), "subscription"))

    # Audible: monthly on the 27th
    for d in months(27)[-3:]:
        b.add(
            Mail(
                "Audible",
                "donotreply@audible.co.uk",
                "Your Audible membership receipt",
                at(d, 8, rng),
                text=f"Hi Hannah,\n\nThis is a receipt for your Audible Premium Plus membership.\n\nBilling date: {uks(d)}\n"
                f"Monthly membership: £7.99\nCredits added: 1\n\nYour next billing date is {uks(add_months(d, 1))}.\n\nAudible Ltd",
                charset="iso-8859-1",
                labels=["Audible"],
            )
        )
    truth.append(
        T(
            "Audible",
            "7.99",
            "GBP",
            "monthly",
            "active",
            date(2026, 11, 27),
            "subscription",
            ["Audible Premium Plus"],
        )
    )

    # Ocado: Smart Pass and grocery orders
    b.add(
        Mail(
            "Ocado",
            "customerservices@ocado.com",
            "Your Smart Pass is confirmed",
            at(date(2026, 5, 11), 21, rng, 1),
            html=table(
                [
                    ("Plan", "Smart Pass Anytime"),
                    ("Price", "£7.99 a month"),
                    ("Start date", uk(date(2026, 5, 11))),
                    ("Next payment", uk(date(2026, 6, 11))),
                ],
                "ocado",
                "#4d1f5c",
                "Thanks for joining Smart Pass, Hannah. Enjoy free deliveries.",
                "Cancel any time in My Account.",
            ),
            labels=["Ocado Smart Pass"],
        )
    )
    b.add(
        Mail(
            "Ocado",
            "customerservices@ocado.com",
            "Smart Pass payment taken",
            at(date(2026, 11, 11), 6, rng),
            text="Hello Hannah,\n\nWe've taken your Smart Pass Anytime payment of £7.99 for 11 November - 10 December "
            "2026. Your next payment date is 11 December 2026.\n\nOcado",
            labels=["Ocado Smart Pass"],
        )
    )
    truth.append(
        T(
            "Ocado Smart Pass",
            "7.99",
            "GBP",
            "monthly",
            "active",
            date(2026, 12, 11),
            "subscription",
            ["Smart Pass", "Ocado Smart Pass Anytime"],
        )
    )
    for d, tot in [
        (date(2026, 6, 20), "£86.42"),
        (date(2026, 8, 15), "£112.07"),
        (date(2026, 10, 24), "£74.19"),
    ]:
        b.add(
            Mail(
                "Ocado",
                "customerservices@ocado.com",
                f"Your Ocado order for {uk(d)}",
                at(d - timedelta(days=2), 20, rng, 1),
                html=table(
                    [
                        ("Delivery", f"{uk(d)}, 7am-8am"),
                        ("Estimated total", tot),
                        ("Delivery charge", "£0.00 (Smart Pass)"),
                    ],
                    "ocado",
                    "#4d1f5c",
                    "Your order is confirmed.",
                ),
                labels=[],
            )
        )

    # Council tax: annual bill, 10 monthly Direct Debit instalments April-January
    b.add(
        Mail(
            "London Borough of Lewisham",
            "counciltax@lewisham.gov.uk",
            "Your Council Tax bill for 2026/27",
            at(date(2026, 3, 9), 10, rng),
            text="Council Tax Account 40118832\nProperty: Flat 3, 22 Tyrwhitt Road, London SE4\nBand C\n\n"
            "Your Council Tax for 1 April 2026 to 31 March 2027 is £1,843.20.\n\n"
            "Instalments by Direct Debit:\n1 April 2026 £184.32\n1 May 2026 to 1 January 2027: 9 further monthly "
            "instalments of £184.32 on the 1st of each month\n\nNo payments are due in February and March 2027.\n\n"
            "Lewisham Council Revenues Service",
            charset="iso-8859-1",
            labels=["Council Tax"],
        )
    )
    truth.append(
        T(
            "Council Tax",
            "184.32",
            "GBP",
            "monthly",
            "active",
            date(2026, 12, 1),
            "bill",
            ["Lewisham Council Tax", "London Borough of Lewisham", "Lewisham Council"],
        )
    )

    # TV Licence: annual Direct Debit
    b.add(
        Mail(
            "TV Licensing",
            "donotreply@tvlicensing.co.uk",
            "Your TV Licence payment plan",
            at(date(2026, 5, 18), 9, rng),
            text="Dear Ms H Okafor,\n\nThank you for renewing your TV Licence. Licence number: 1109 4427 8831\n\n"
            "Payment method: Annual Direct Debit\nAmount: £174.50\nPayment date: 1 June 2026\n"
            "Your licence is valid until 31 May 2027. Your next annual payment of £174.50 will be collected on "
            "1 June 2027.\n\nTV Licensing",
            labels=["TV Licence"],
        )
    )
    truth.append(
        T("TV Licence", "174.50", "GBP", "yearly", "active", date(2027, 6, 1), "bill", ["TV Licensing"])
    )

    # BT broadband: monthly bills, price rise from April
    b.add(
        Mail(
            "BT",
            "noreply@bt.com",
            "Important: your BT price is changing",
            at(date(2026, 2, 3), 10, rng),
            text="Dear Hannah,\n\nFrom 1 April 2026 the monthly price of your Full Fibre 100 broadband will go up "
            "by £3.00 a month, from £36.99 to £39.99, as set out in your contract.\n\nBT",
            labels=["BT"],
        )
    )
    for d in months(12)[-5:]:
        amt = "£39.99"
        b.add(
            Mail(
                "BT",
                "noreply@bt.com",
                "Your BT bill is ready",
                at(d, 9, rng),
                html=table(
                    [
                        ("Account number", "GP45 8812 3301"),
                        ("Bill date", uk(d)),
                        ("Total to pay", amt),
                        ("Direct Debit date", uk(d + timedelta(days=14))),
                    ],
                    "BT",
                    "#5514b4",
                    "Hi Hannah, your latest bill for BT Full Fibre 100 is ready.",
                    "All prices include VAT.",
                ),
                enc="b64",
                labels=["BT"],
            )
        )
    truth.append(
        T(
            "BT",
            "39.99",
            "GBP",
            "monthly",
            "active",
            date(2026, 11, 26),
            "bill",
            ["BT Broadband", "BT Full Fibre", "BT Full Fibre 100"],
        )
    )

    # EE mobile (Hannah) and Three (Tom, on the same mailbox's shared address)
    for d in months(5)[-3:]:
        b.add(
            Mail(
                "EE",
                "ee@ee.co.uk",
                "Your EE bill is ready to view",
                at(d, 7, rng),
                text=f"Hi Hannah\n\nYour EE bill for 07700 900 482 is ready.\nBill date: {uk(d)}\nAmount: £22.00\n"
                f"We'll take this by Direct Debit on or after {uk(d + timedelta(days=10))}.\n\nEE Limited",
                labels=["EE"],
            )
        )
    truth.append(T("EE", "22.00", "GBP", "monthly", "active", date(2026, 12, 15), "bill", ["EE mobile"]))
    for d in months(20)[-3:]:
        b.add(
            Mail(
                "Three",
                "noreply@three.co.uk",
                "Your Three bill",
                at(d, 16, rng),
                html=table(
                    [
                        ("Number", "07700 900 911"),
                        ("Bill period", f"{uk(d)} to {uk(add_months(d, 1) - timedelta(days=1))}"),
                        ("Amount due", "£14.00"),
                        ("Direct Debit on", uk(d + timedelta(days=7))),
                    ],
                    "Three",
                    "#000",
                    "Hi Tom, here's your latest bill.",
                ),
                labels=["Three"],
            )
        )
    truth.append(
        T(
            "Three",
            "14.00",
            "GBP",
            "monthly",
            "active",
            date(2026, 11, 27),
            "bill",
            ["Three mobile", "Three UK"],
        )
    )

    # Sky TV
    for d in months(25)[-3:]:
        b.add(
            Mail(
                "Sky",
                "statements@sky.uk",
                "Your Sky bill",
                at(d, 7, rng),
                text=f"Hello Hannah,\n\nYour Sky bill is ready.\nSky Stream: Sky Signature + Netflix Standard with ads\n"
                f"Amount: £28.00\nPayment date: {uk(d + timedelta(days=3))} by Direct Debit\n\nSky UK Limited",
                labels=["Sky"],
            )
        )
    truth.append(
        T("Sky", "28.00", "GBP", "monthly", "active", date(2026, 11, 28), "bill", ["Sky TV", "Sky Stream"])
    )

    # Energy: British Gas until March (final bill), then Octopus
    for d in [date(2025, 12, 15), date(2026, 1, 15), date(2026, 2, 15)]:
        b.add(
            Mail(
                "British Gas",
                "noreply@britishgas.co.uk",
                "Your energy statement",
                at(d, 8, rng),
                html=table(
                    [
                        ("Account", "8500 1123 4476"),
                        ("Monthly Direct Debit", "£105.00"),
                        ("Payment date", uk(d)),
                    ],
                    "British Gas",
                    "#00a3e0",
                    "Hello Hannah, here's your latest statement.",
                ),
                labels=["British Gas"],
            )
        )
    b.add(
        Mail(
            "British Gas",
            "noreply@britishgas.co.uk",
            "Your final bill",
            at(date(2026, 3, 20), 8, rng),
            text="Hello Hannah,\n\nAs you've switched supplier, here is your final bill. Your account is now closed and "
            "your Direct Debit has been cancelled. We owe you £31.42, which we'll refund within 10 working days.\n\nBritish Gas",
            labels=["British Gas"],
        )
    )
    truth.append(T("British Gas", "105.00", "GBP", "monthly", "inactive", None, "bill"))
    b.add(
        Mail(
            "Octopus Energy",
            "hello@octopus.energy",
            "Welcome to Octopus Energy!",
            at(date(2026, 2, 24), 12, rng),
            text="Hi Hannah,\n\nWelcome aboard. Your switch date is 8 March 2026. Your monthly Direct Debit will be "
            "£112.00, taken on the 15th of each month starting 15 March 2026.\n\nLove and power,\nOctopus Energy",
            labels=["Octopus Energy"],
        )
    )
    for d in months(3, date(2026, 5, 1))[-4:]:
        b.add(
            Mail(
                "Octopus Energy",
                "hello@octopus.energy",
                "Your latest Octopus Energy statement",
                at(d, 5, rng),
                html=table(
                    [
                        ("Account", "A-3F22B91C"),
                        ("Balance", f"£{rng.randrange(20, 90)}.{rng.randrange(10, 99)} in credit"),
                        ("Direct Debit", "£112.00 on the 15th"),
                    ],
                    "octopus energy",
                    "#100030",
                    "Hi Hannah, your new statement is ready.",
                ),
                labels=["Octopus Energy"],
            )
        )
    b.add(
        Mail(
            "Octopus Energy",
            "hello@octopus.energy",
            "We're changing your Direct Debit",
            at(date(2026, 11, 19), 10, rng),
            text="Hi Hannah,\n\nGood news: you're building up credit, so we're lowering your monthly Direct Debit "
            "from £112.00 to £98.00. The new amount will be taken from 15 December 2026.\n\nOctopus Energy",
            labels=["Octopus Energy"],
        )
    )
    truth.append(
        T("Octopus Energy", "98.00", "GBP", "monthly", "active", date(2026, 12, 15), "bill", ["Octopus"])
    )

    negatives = uk_negatives(b, rng)
    b.write(truth, today.isoformat(), negatives)


def uk_negatives(b: Box, rng: random.Random) -> list[str]:
    for d, route, price in [
        (date(2026, 1, 9), "London Euston to Manchester Piccadilly", "£67.40"),
        (date(2026, 4, 2), "London Kings Cross to York", "£54.10"),
        (date(2026, 7, 17), "London Paddington to Bath Spa", "£43.80"),
        (date(2026, 10, 9), "London Bridge to Brighton", "£19.60"),
    ]:
        b.add(
            Mail(
                "Trainline",
                "auto-confirm@info.thetrainline.com",
                "Your booking confirmation",
                at(d, 8, rng),
                html=table(
                    [
                        ("Journey", route),
                        ("Travel date", uk(d + timedelta(days=5))),
                        ("Total paid", price),
                        ("Railcard", "Two Together"),
                    ],
                    "Trainline",
                    "#01c3a7",
                    "Your tickets are ready.",
                ),
                labels=[],
            )
        )
    for d, fare in [
        (date(2026, 1, 24), "£14.62"),
        (date(2026, 5, 2), "£23.10"),
        (date(2026, 8, 29), "£9.85"),
        (date(2026, 11, 14), "£31.47"),
    ]:
        b.add(
            Mail(
                "Uber Receipts",
                "noreply@uber.com",
                "Your Saturday evening trip with Uber",
                at(d, 23, rng),
                html=table(
                    [("Trip fare", fare), ("Booking fee", "£1.20"), ("Total", fare)],
                    "Uber",
                    "#000",
                    "Thanks for riding, Hannah.",
                ),
                labels=[],
            )
        )
    for d in [date(2026, 2, 10), date(2026, 6, 23), date(2026, 9, 8)]:
        b.add(
            Mail(
                "Royal Mail",
                "no-reply@royalmail.com",
                "Your item has been delivered",
                at(d, 12, rng),
                text="Your item with tracking number JD 8837 1120 4GB was delivered today and signed for by OKAFOR.",
                labels=[],
            )
        )
    b.add(
        Mail(
            "Royal Mail",
            "no-reply@royalmail.com",
            "Fee to pay: your parcel is waiting",
            at(date(2026, 3, 30), 9, rng),
            text="A fee of £8.00 (customs charge) is due before we can deliver your parcel. Pay online.",
            labels=[],
        )
    )
    for d in [date(2026, 3, 5), date(2026, 8, 11)]:
        b.add(
            Mail(
                "Evri",
                "noreply@evri.com",
                "Your parcel is on its way",
                at(d, 10, rng),
                text="Your parcel from ASOS is out for delivery today between 10:15 and 12:15.",
                labels=[],
            )
        )
    for d, tot in [(date(2026, 3, 4), "£58.00"), (date(2026, 8, 10), "£41.50")]:
        b.add(
            Mail(
                "ASOS",
                "order_confirmation@asos.com",
                "Thanks for your order!",
                at(d, 21, rng),
                html=table(
                    [
                        ("Order no.", f"{rng.randrange(10**9, 10**10)}"),
                        ("Total", tot),
                        ("Delivery", "ASOS Standard"),
                    ],
                    "ASOS",
                    "#2d2d2d",
                    "We've got your order.",
                ),
                labels=[],
            )
        )
    for d, amt, payee in [
        (date(2026, 1, 31), "£4.20", "Pret A Manger"),
        (date(2026, 4, 18), "£62.00", "Sainsbury's"),
        (date(2026, 7, 25), "£120.00", "Tom Okafor"),
        (date(2026, 10, 3), "£35.99", "Boots"),
    ]:
        b.add(
            Mail(
                "Monzo",
                "help@monzo.com",
                f"You spent {amt} at {payee}",
                at(d, 14, rng),
                text=f"You spent {amt} at {payee}. Your balance is now £{rng.randrange(200, 1900)}.{rng.randrange(10, 99)}.",
                labels=[],
            )
        )
    for d in [date(2026, 2, 1), date(2026, 6, 1), date(2026, 10, 1)]:
        b.add(
            Mail(
                "Barclays",
                "noreply@email.barclays.co.uk",
                "Your statement is ready to view",
                at(d, 7, rng),
                text="Your Barclays current account statement is ready to view in the app. Log in to see your balance, "
                "Direct Debits and standing orders.",
                labels=[],
            )
        )
    b.add(
        Mail(
            "HMRC",
            "noreply@confirmation.tax.service.gov.uk",
            "Self Assessment: payment reminder",
            at(date(2026, 1, 12), 9, rng),
            text="Dear customer,\n\nThis is a reminder that your Self Assessment balancing payment of £1,286.40 and first "
            "payment on account of £643.20 are due by 31 January 2026.\n\nHM Revenue and Customs",
            labels=[],
        )
    )
    b.add(
        Mail(
            "HMRC",
            "noreply@confirmation.tax.service.gov.uk",
            "Your tax code has changed",
            at(date(2026, 4, 20), 9, rng),
            text="Your tax code for the 2026 to 2027 tax year has changed. Sign in to your personal tax account.",
            labels=[],
        )
    )
    b.add(
        Mail(
            "Tom Okafor",
            "tom.okafor@gmail.com",
            "Re: splitting the Cornwall cottage",
            at(date(2026, 6, 3), 20, rng, 1),
            text="Hi love,\n\nI've paid the £640 deposit for the cottage, Priya and Dev owe us £320 each. Could you send "
            "them the link? Balance of £960 due 4 weeks before.\n\nTom x",
            labels=[],
        )
    )
    b.add(
        Mail(
            "Priya Shah",
            "priya.shah@outlook.com",
            "Money for the cottage",
            at(date(2026, 6, 5), 18, rng, 1),
            text="Hey Hannah! Just sent you £320 for Cornwall. Also we still owe you £12 for the pizza lol. "
            "Every month we say we'll do a supper club, let's actually do it. P x",
            labels=[],
        )
    )
    for d, title in [
        (date(2026, 2, 19), "The best new restaurants in London"),
        (date(2026, 5, 14), "50 things to do this summer"),
        (date(2026, 9, 24), "Autumn theatre: tickets from £15"),
    ]:
        b.add(
            Mail(
                "Time Out London",
                "newsletter@timeout.com",
                title,
                at(d, 11, rng),
                html=f"<html><body><h1>{title}</h1><p>Plus: Time Out Market offers, 2-for-1 cocktails and a membership "
                "that costs £0.</p></body></html>",
                labels=[],
            )
        )
    for d, offer in [
        (date(2026, 3, 18), "Gig1 fibre for £25 a month for 18 months"),
        (date(2026, 9, 2), "Broadband from £23.99/month + £100 bill credit"),
    ]:
        b.add(
            Mail(
                "Virgin Media",
                "offers@virginmedia.com",
                f"Hannah, {offer}",
                at(d, 10, rng),
                html=table(
                    [("Offer", offer), ("Set-up fee", "£35"), ("Contract", "18 months")],
                    "Virgin Media",
                    "#c00",
                    "Switch and save. Offer ends soon.",
                    "Prices rise each April by £4 a month.",
                ),
                labels=[],
            )
        )
    for d, deal in [
        (date(2026, 4, 24), "3 for 2 on all paperbacks"),
        (date(2026, 11, 20), "Black Friday: Kindle from £69.99"),
    ]:
        b.add(
            Mail(
                "Waterstones",
                "news@waterstones.com",
                deal,
                at(d, 9, rng),
                html=f"<html><body><h2>{deal}</h2><p>Waterstones Plus members earn a stamp for every £10 spent.</p></body></html>",
                labels=[],
            )
        )
    b.add(
        Mail(
            "Shelter",
            "supportercare@shelter.org.uk",
            "Thank you for your donation",
            at(date(2026, 12 - 1, 2), 15, rng),
            text="Dear Hannah,\n\nThank you for your one-off donation of £25.00. Could you help again by giving £5 a month?\n\nShelter",
            labels=[],
        )
    )
    for d, flight, tot in [
        (date(2026, 2, 27), "London Heathrow - Lagos", "£842.60"),
        (date(2026, 7, 2), "London Gatwick - Lisbon", "£276.18"),
    ]:
        b.add(
            Mail(
                "British Airways",
                "ba@email.ba.com",
                f"Your booking confirmation: {flight}",
                at(d, 17, rng),
                html=table(
                    [("Flight", flight), ("Passengers", "2 adults"), ("Total paid", tot)],
                    "British Airways",
                    "#075aaa",
                    "Thank you for booking with British Airways.",
                ),
                labels=[],
            )
        )
    b.add(
        Mail(
            "Airbnb",
            "automated@airbnb.com",
            "Reservation confirmed for Lisbon",
            at(date(2026, 7, 3), 12, rng),
            text="You're going to Lisbon! 4 nights, total £512.44 (GBP). Your host is Rita.",
            labels=[],
        )
    )
    b.add(
        Mail(
            "Eventbrite",
            "orders@eventbrite.com",
            "Your tickets for Hackney Christmas Market",
            at(date(2026, 11, 8), 19, rng),
            text="Order #9931028811\n2 x General Admission £6.50\nTotal £13.00",
            labels=[],
        )
    )
    b.add(
        Mail(
            "John Lewis",
            "orders@johnlewis.co.uk",
            "Order confirmation 88213407",
            at(date(2026, 9, 19), 13, rng),
            html=table(
                [("Item", "KitchenAid Artisan mixer"), ("Total", "£449.00"), ("Delivery", "Free")],
                "John Lewis",
                "#000",
                "Thank you for your order.",
            ),
            labels=[],
        )
    )
    b.add(
        Mail(
            "Thames Water",
            "noreply@thameswater.co.uk",
            "Your water meter reading is due",
            at(date(2026, 6, 27), 10, rng),
            text="Submit a meter reading so your next bill is accurate. This is not a bill.",
            labels=[],
        )
    )
    for d, shop in [(date(2026, 4, 14), "Boots"), (date(2026, 10, 20), "Argos")]:
        b.add(
            Mail(
                "DPD",
                "noreply@dpd.co.uk",
                f"Your {shop} parcel is on its way",
                at(d, 7, rng),
                text=f"Good news! Your {shop} parcel will be delivered today between 11:05 and 12:05.",
                labels=[],
            )
        )
    b.add(
        Mail(
            "Tesco",
            "clubcard@email.tesco.com",
            "Your Clubcard vouchers are here",
            at(date(2026, 5, 27), 9, rng),
            text="You've got £7.50 in Clubcard vouchers. Or try Clubcard Plus for £7.99 a month.",
            labels=[],
        )
    )
    b.add(
        Mail(
            "Lime",
            "no-reply@li.me",
            "Your Lime ride receipt",
            at(date(2026, 8, 1), 18, rng),
            text="Ride on an e-bike, 14 min. Unlock £1.00, ride £3.22. Total £4.22.",
            labels=[],
        )
    )
    b.add(
        Mail(
            "Vodafone",
            "offers@vodafone.co.uk",
            "Unlimited data SIM only: £18/month",
            at(date(2026, 6, 16), 10, rng),
            html=table(
                [("Plan", "Unlimited SIM only"), ("Price", "£18 a month"), ("Contract", "24 months")],
                "Vodafone",
                "#e60000",
                "Hannah, switch and keep your number.",
            ),
            labels=[],
        )
    )
    b.add(
        Mail(
            "Just Eat",
            "orders@just-eat.co.uk",
            "Order confirmed: Mangal 2",
            at(date(2026, 9, 12), 20, rng),
            html=table(
                [("Restaurant", "Mangal 2"), ("Total", "£31.90")],
                "Just Eat",
                "#ff8000",
                "Thanks for your order!",
            ),
            labels=[],
        )
    )
    return [
        "DPD",
        "Tesco",
        "Lime",
        "Vodafone",
        "Just Eat",
        "Trainline",
        "Uber",
        "Royal Mail",
        "Evri",
        "ASOS",
        "Monzo",
        "Barclays",
        "HMRC",
        "Tom Okafor",
        "Priya Shah",
        "Time Out",
        "Virgin Media",
        "Waterstones",
        "Shelter",
        "British Airways",
        "Airbnb",
        "Eventbrite",
        "John Lewis",
        "Amazon.co.uk",
        "Thames Water",
    ]


# ---------------------------------------------------------------- French and Spanish
FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
ES_MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


def fr(d: date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}"


def es(d: date) -> str:
    return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"


def num(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def make_fr_es() -> None:
    rng = random.Random(SEED + 1)
    b = Box("fr_es", ("Camille Martín", "camille.martin@free.fr"), rng)
    today = date(2026, 10, 15)
    truth: list[dict[str, Any]] = []

    def months(day: int, first: date, last: date = today) -> list[date]:
        out, d = [], date(first.year, first.month, day)
        while d <= last:
            if d >= first:
                out.append(d)
            d = add_months(d, 1)
        return out

    # Freebox: monthly facture
    for d in months(4, date(2026, 6, 1)):
        b.add(
            Mail(
                "Free",
                "freebox@free.fr",
                "Votre facture Freebox est disponible",
                at(d, 3, rng, 2),
                text=f"Bonjour,\n\nVotre facture Freebox Pop du mois de {FR_MONTHS[d.month - 1]} {d.year} est disponible "
                f"dans votre Espace Abonné.\n\nMontant TTC : 29,99 €\nDate de prélèvement : {num(d + timedelta(days=6))}\n\n"
                "Free - L'équipe Freebox",
                charset="iso-8859-15",
                labels=["Freebox"],
            )
        )
    truth.append(
        T("Freebox", "29.99", "EUR", "monthly", "active", date(2026, 11, 10), "bill", ["Free", "Freebox Pop"])
    )

    # Orange mobile
    for d in months(12, date(2026, 7, 1)):
        b.add(
            Mail(
                "Orange",
                "facture@orange.fr",
                "Votre facture mobile Orange",
                at(d, 6, rng, 2),
                html=table(
                    [
                        ("Offre", "Forfait mobile 100 Go 5G"),
                        ("Période", f"du {num(d)} au {num(add_months(d, 1) - timedelta(days=1))}"),
                        ("Montant TTC", "19,99 €"),
                        ("Prélevé le", num(d + timedelta(days=8))),
                    ],
                    "orange",
                    "#ff7900",
                    "Bonjour Camille, votre facture est disponible.",
                    "TVA 20 % incluse.",
                ),
                charset="iso-8859-1",
                labels=["Orange"],
            )
        )
    truth.append(
        T("Orange", "19.99", "EUR", "monthly", "active", date(2026, 10, 20), "bill", ["Orange mobile"])
    )
    b.add(
        Mail(
            "Orange",
            "offres@orange.fr",
            "La Livebox Fibre à 22,99 €/mois pendant 1 an",
            at(date(2026, 9, 3), 10, rng, 2),
            html="<html><body><h1>Passez à la Fibre Orange</h1><p>Livebox Fibre à <b>22,99 €/mois</b> pendant 1 an puis "
            "42,99 €/mois. Offre soumise à conditions.</p></body></html>",
            labels=[],
        )
    )

    # SFR: box cancelled in February
    for d in [date(2025, 11, 25), date(2025, 12, 25)]:
        b.add(
            Mail(
                "SFR",
                "noreply@sfr.fr",
                "Votre facture SFR",
                at(d, 8, rng, 1),
                text=f"Madame Martín,\n\nVotre facture SFR Box Fibre du {num(d)} s'élève à 34,99 € TTC.\n"
                "Elle sera prélevée sur votre compte sous 10 jours.\n\nSFR",
                charset="iso-8859-1",
                labels=["SFR"],
            )
        )
    b.add(
        Mail(
            "SFR",
            "noreply@sfr.fr",
            "Confirmation de résiliation de votre ligne",
            at(date(2026, 1, 14), 8, rng, 1),
            text="Madame Martín,\n\nNous confirmons la résiliation de votre offre SFR Box Fibre, effective le 31/01/2026. "
            "Votre dernière facture sera prélevée en février. Merci de nous retourner votre box.\n\nSFR",
            charset="iso-8859-1",
            labels=["SFR"],
        )
    )
    truth.append(T("SFR", "34.99", "EUR", "monthly", "cancelled", None, "bill", ["SFR Box", "SFR Box Fibre"]))

    # EDF échéancier
    b.add(
        Mail(
            "EDF",
            "nepasrepondre@edf.fr",
            "Votre nouvel échéancier de paiement",
            at(date(2026, 1, 22), 9, rng, 1),
            html=table(
                [
                    ("Contrat", "Tarif Bleu - Option Base 6 kVA"),
                    ("Mensualité", "78,00 €"),
                    ("Date de prélèvement", "le 5 de chaque mois"),
                    ("Première échéance", "05/02/2026"),
                    ("Nombre d'échéances", "11"),
                ],
                "EDF",
                "#001a70",
                "Bonjour Camille, voici votre échéancier de mensualisation pour l'année 2026.",
                "La facture annuelle de régularisation vous sera adressée en janvier 2027.",
            ),
            labels=["EDF"],
        )
    )
    truth.append(T("EDF", "78.00", "EUR", "monthly", "active", date(2026, 11, 5), "bill", ["EDF Tarif Bleu"]))

    # Canal+: monthly, HTML-only
    for d in months(21, date(2026, 7, 1), date(2026, 9, 30)):
        b.add(
            Mail(
                "CANAL+",
                "service.client@canal-plus.com",
                "Votre facture CANAL+",
                at(d, 2, rng, 2),
                html=table(
                    [
                        ("Offre", "CANAL+ La Chaîne + Ciné Séries"),
                        ("Montant", "27,99 € TTC"),
                        ("Date", num(d)),
                        ("Prochaine échéance", num(add_months(d, 1))),
                    ],
                    "CANAL+",
                    "#000",
                    "Bonjour, votre facture mensuelle est disponible.",
                ),
                charset="iso-8859-15",
                labels=["Canal+"],
            )
        )
    truth.append(
        T(
            "Canal+",
            "27.99",
            "EUR",
            "monthly",
            "active",
            date(2026, 10, 21),
            "subscription",
            ["Canal Plus", "CANAL+ Ciné Séries"],
        )
    )

    # Deezer: monthly, price rise in November
    for d in months(3, date(2026, 7, 1)):
        b.add(
            Mail(
                "Deezer",
                "noreply@deezer.com",
                "Votre reçu Deezer Premium",
                at(d, 4, rng, 2),
                text=f"Bonjour Camille,\n\nMerci pour votre paiement.\nDeezer Premium - 11,99 €\nDate : {num(d)}\n"
                f"Prochain paiement : {num(add_months(d, 1))}\n\nDeezer SA",
                enc="b64",
                labels=["Deezer"],
            )
        )
    b.add(
        Mail(
            "Deezer",
            "noreply@deezer.com",
            "Évolution du prix de votre abonnement",
            at(date(2026, 10, 1), 10, rng, 2),
            text="Bonjour Camille,\n\nÀ partir du 3 novembre 2026, le prix de votre abonnement Deezer Premium passera de "
            "11,99 € à 12,99 € par mois. Vous pouvez résilier à tout moment depuis votre compte.\n\nL'équipe Deezer",
            labels=["Deezer"],
        )
    )
    truth.append(
        T(
            "Deezer",
            "12.99",
            "EUR",
            "monthly",
            "active",
            date(2026, 11, 3),
            "subscription",
            ["Deezer Premium"],
        )
    )

    # Le Monde: yearly digital subscription
    b.add(
        Mail(
            "Le Monde",
            "abonnements@lemonde.fr",
            "Confirmation du renouvellement de votre abonnement",
            at(date(2026, 2, 20), 7, rng, 1),
            text="Chère abonnée,\n\nVotre abonnement Le Monde numérique (formule annuelle) a été renouvelé le 20/02/2026 "
            "pour un montant de 119,00 € TTC. Il sera reconduit le 20/02/2027.\n\nLe service abonnés du Monde",
            charset="iso-8859-1",
            labels=["Le Monde"],
        )
    )
    for d in [date(2026, 5, 4), date(2026, 9, 7)]:
        b.add(
            Mail(
                "Le Monde",
                "newsletters@lemonde.fr",
                "La Matinale du Monde",
                at(d, 5, rng, 2),
                html="<html><body><h1>La Matinale</h1><p>Les informations à retenir ce matin. Offrez Le Monde : 1 € le premier mois.</p></body></html>",
                labels=[],
            )
        )
    truth.append(T("Le Monde", "119.00", "EUR", "yearly", "active", date(2027, 2, 20), "subscription"))

    # Navigo: monthly prélèvement
    for d in months(6, date(2026, 7, 1)):
        b.add(
            Mail(
                "Île-de-France Mobilités",
                "navigo@iledefrance-mobilites.fr",
                "Prélèvement de votre forfait Navigo",
                at(d - timedelta(days=4), 9, rng, 2),
                text=f"Bonjour,\n\nLe prélèvement mensuel de votre forfait Navigo Annuel, d'un montant de 88,80 €, sera effectué "
                f"le {num(d)}.\n\nÎle-de-France Mobilités - Agence Navigo",
                charset="iso-8859-15",
                labels=["Navigo"],
            )
        )
    truth.append(
        T(
            "Navigo",
            "88.80",
            "EUR",
            "monthly",
            "active",
            date(2026, 11, 6),
            "subscription",
            ["Navigo Annuel", "Île-de-France Mobilités", "Forfait Navigo"],
        )
    )

    # Movistar: monthly factura
    for d in months(1, date(2026, 6, 1)):
        b.add(
            Mail(
                "Movistar",
                "facturaelectronica@movistar.es",
                "Tu factura de Movistar ya está disponible",
                at(d, 7, rng, 2),
                html=table(
                    [
                        ("Servicio", "miMovistar Fibra 600Mb + Móvil"),
                        ("Periodo", f"{num(d)} - {num(add_months(d, 1) - timedelta(days=1))}"),
                        ("Importe total (IVA incluido)", "60,00 €"),
                        ("Fecha de cargo", num(d + timedelta(days=9))),
                    ],
                    "movistar",
                    "#019df4",
                    "Hola Camille, ya puedes consultar tu factura.",
                ),
                labels=["Movistar"],
            )
        )
    truth.append(
        T("Movistar", "60.00", "EUR", "monthly", "active", date(2026, 11, 10), "bill", ["miMovistar"])
    )

    # Iberdrola: fixed monthly cuota
    b.add(
        Mail(
            "Iberdrola",
            "clientes@iberdrola.es",
            "Bienvenido a tu Plan Estable",
            at(date(2026, 3, 9), 11, rng, 1),
            text="Hola Camille,\n\nHas contratado el Plan Estable de Iberdrola para tu vivienda de Valencia. Pagarás una "
            "cuota fija mensual de 45,00 € (IVA incluido), que se cargará el día 20 de cada mes a partir del 20 de abril "
            "de 2026. Al final del año regularizaremos tu consumo real.\n\nIberdrola Clientes",
            labels=["Iberdrola"],
        )
    )
    for d in [date(2026, 8, 17), date(2026, 9, 17)]:
        b.add(
            Mail(
                "Iberdrola",
                "clientes@iberdrola.es",
                "Tu factura de luz",
                at(d, 11, rng, 2),
                text=f"Hola Camille,\n\nTu factura del Plan Estable está disponible.\nImporte: 45,00 €\nFecha de cargo: {num(d + timedelta(days=3))}\n\nIberdrola",
                charset="iso-8859-1",
                labels=["Iberdrola"],
            )
        )
    truth.append(
        T(
            "Iberdrola",
            "45.00",
            "EUR",
            "monthly",
            "active",
            date(2026, 10, 20),
            "bill",
            ["Iberdrola Plan Estable"],
        )
    )

    # Filmin: annual
    b.add(
        Mail(
            "Filmin",
            "hola@filmin.es",
            "Tu suscripción anual a Filmin se ha renovado",
            at(date(2026, 5, 12), 8, rng, 2),
            html=table(
                [
                    ("Plan", "Filmin Anual"),
                    ("Importe", "79,00 €"),
                    ("Fecha", "12/05/2026"),
                    ("Próxima renovación", "12/05/2027"),
                ],
                "filmin",
                "#ff3c00",
                "¡Gracias por seguir con nosotros!",
            ),
            labels=["Filmin"],
        )
    )
    truth.append(T("Filmin", "79.00", "EUR", "yearly", "active", date(2027, 5, 12), "subscription"))

    # Spotify in Spanish
    for d in months(26, date(2026, 7, 1), date(2026, 9, 30)):
        b.add(
            Mail(
                "Spotify",
                "no-reply@spotify.com",
                "Tu recibo de Spotify",
                at(d, 5, rng, 2),
                html=table(
                    [("Premium Individual", "11,99 €"), ("Total (IVA incl.)", "11,99 €"), ("Fecha", num(d))],
                    "Spotify",
                    "#1db954",
                    "Gracias por tu pago.",
                    f"Tu próximo pago será el {num(add_months(d, 1))}.",
                ),
                enc="b64",
                labels=["Spotify"],
            )
        )
    truth.append(
        T(
            "Spotify",
            "11.99",
            "EUR",
            "monthly",
            "active",
            date(2026, 10, 26),
            "subscription",
            ["Spotify Premium"],
        )
    )

    # Gym cuota
    b.add(
        Mail(
            "Altafit Valencia",
            "socios@altafit.es",
            "Confirmación de alta",
            at(date(2026, 4, 28), 19, rng, 2),
            text="Hola Camille,\n\nYa eres socia de Altafit Valencia Ruzafa. Tu cuota mensual es de 29,90 € y se cargará "
            "por domiciliación bancaria el día 1 de cada mes. Matrícula: 0,00 €.\n\nAltafit",
            labels=["Altafit"],
        )
    )
    for d in [date(2026, 9, 1), date(2026, 10, 1)]:
        b.add(
            Mail(
                "Altafit Valencia",
                "socios@altafit.es",
                f"Recibo de tu cuota de {ES_MONTHS[d.month - 1]}",
                at(d, 7, rng, 2),
                text=f"Hola Camille,\n\nHemos cargado tu cuota de {ES_MONTHS[d.month - 1]}: 29,90 €.\nPróximo cargo: {es(add_months(d, 1))}.\n\nAltafit",
                charset="iso-8859-1",
                labels=["Altafit"],
            )
        )
    truth.append(
        T(
            "Altafit",
            "29.90",
            "EUR",
            "monthly",
            "active",
            date(2026, 11, 1),
            "subscription",
            ["Altafit Valencia"],
        )
    )

    # Seguro de hogar anual
    b.add(
        Mail(
            "MAPFRE",
            "comunicaciones@mapfre.com",
            "Renovación de tu seguro de hogar",
            at(date(2026, 10, 1), 10, rng, 2),
            html=table(
                [
                    ("Póliza", "Hogar Integral nº 061-2231-88410"),
                    ("Fecha de renovación", "01/12/2026"),
                    ("Prima anual", "186,40 €"),
                    ("Forma de pago", "Anual, domiciliado"),
                ],
                "MAPFRE",
                "#d81e05",
                "Estimada Camille: te informamos de que tu póliza se renovará automáticamente.",
                "La prima incluye impuestos y recargos legales.",
            ),
            charset="iso-8859-1",
            labels=["MAPFRE"],
        )
    )
    truth.append(
        T(
            "MAPFRE",
            "186.40",
            "EUR",
            "yearly",
            "active",
            date(2026, 12, 1),
            "bill",
            ["MAPFRE Hogar", "Seguro de hogar", "Mapfre Hogar Integral"],
        )
    )

    negatives = fr_es_negatives(b, rng)
    b.write(truth, today.isoformat(), negatives)


def fr_es_negatives(b: Box, rng: random.Random) -> list[str]:
    for d, who, amt in [
        (date(2026, 2, 14), "Lucía", "25,00"),
        (date(2026, 6, 6), "Javi", "12,50"),
        (date(2026, 9, 20), "Marta", "40,00"),
    ]:
        b.add(
            Mail(
                "BBVA",
                "bbva@comunicaciones.bbva.es",
                f"Has recibido un Bizum de {who}",
                at(d, 22, rng, 1),
                text=f"Has recibido {amt} € de {who} mediante Bizum. Concepto: cena sábado.\nSaldo disponible en tu cuenta.",
                charset="iso-8859-1",
                labels=[],
            )
        )
    for d, amt, shop in [(date(2026, 3, 2), "54,20", "Mercadona"), (date(2026, 8, 4), "19,90", "Zara")]:
        b.add(
            Mail(
                "BBVA",
                "bbva@comunicaciones.bbva.es",
                "Cargo en tu tarjeta",
                at(d, 13, rng, 1),
                text=f"Se ha realizado un cargo de {amt} € en {shop} con tu tarjeta terminada en 4410.",
                labels=[],
            )
        )
    for d, who, amt in [
        (date(2026, 1, 18), "Théo", "15,00"),
        (date(2026, 5, 23), "Inès", "32,00"),
        (date(2026, 7, 11), "Hugo", "8,50"),
    ]:
        b.add(
            Mail(
                "Lydia",
                "noreply@lydia-app.com",
                f"{who} vous a envoyé {amt} €",
                at(d, 21, rng, 2),
                html=f"<html><body><p><b>{who}</b> vous a envoyé <b>{amt} €</b> : « apéro »</p></body></html>",
                labels=[],
            )
        )
    for d, trip, amt in [
        (date(2026, 1, 6), "Paris Gare de Lyon → Marseille", "89,00"),
        (date(2026, 4, 15), "Paris Montparnasse → Bordeaux", "64,00"),
        (date(2026, 8, 20), "Paris Gare de Lyon → Barcelona Sants", "129,00"),
    ]:
        b.add(
            Mail(
                "SNCF Connect",
                "confirmation@sncf-connect.com",
                "Confirmation de votre commande",
                at(d, 12, rng, 2),
                html=table(
                    [("Trajet", trip), ("Date", num(d + timedelta(days=9))), ("Total payé", f"{amt} €")],
                    "SNCF Connect",
                    "#0c131f",
                    "Merci pour votre commande. Vos e-billets sont prêts.",
                ),
                labels=[],
            )
        )
    for d, trip, amt in [
        (date(2026, 3, 27), "Valencia - Madrid", "37,60"),
        (date(2026, 7, 30), "Valencia - Barcelona", "28,95"),
    ]:
        b.add(
            Mail(
                "Renfe",
                "venta@renfe.es",
                "Confirmación de compra",
                at(d, 10, rng, 2),
                text=f"Billete: {trip}\nFecha de viaje: {num(d + timedelta(days=3))}\nImporte total: {amt} €\nLocalizador: {rng.randrange(10**5, 10**6)}",
                charset="iso-8859-1",
                labels=[],
            )
        )
    for d, item, amt in [
        (date(2026, 2, 9), "Cafetera Bialetti", "32,99"),
        (date(2026, 6, 17), "Auriculares Sony", "89,00"),
    ]:
        b.add(
            Mail(
                "Amazon.es",
                "confirmar-envio@amazon.es",
                f'Tu pedido de Amazon.es de "{item}"',
                at(d, 16, rng, 2),
                html=table(
                    [("Artículo", item), ("Total del pedido", f"{amt} €")],
                    "amazon.es",
                    "#232f3e",
                    "Gracias por tu pedido.",
                ),
                labels=[],
            )
        )
    for d, item, amt in [
        (date(2026, 4, 3), "Livre « Le Consentement »", "8,90"),
        (date(2026, 9, 28), "Lampe de bureau", "27,49"),
    ]:
        b.add(
            Mail(
                "Amazon.fr",
                "confirmation-commande@amazon.fr",
                "Votre commande Amazon.fr",
                at(d, 16, rng, 2),
                html=table(
                    [("Article", item), ("Total de la commande", f"{amt} €")],
                    "amazon.fr",
                    "#232f3e",
                    "Merci pour votre commande.",
                ),
                labels=[],
            )
        )
    for d, amt in [(date(2026, 3, 19), "18,00"), (date(2026, 8, 14), "45,50")]:
        b.add(
            Mail(
                "Vinted",
                "no-reply@vinted.fr",
                "Ton article a été vendu !",
                at(d, 18, rng, 2),
                text=f"Bonne nouvelle ! Ton article a été vendu {amt} €. Envoie-le sous 5 jours.",
                labels=[],
            )
        )
    for d in [date(2026, 4, 6), date(2026, 9, 30)]:
        b.add(
            Mail(
                "Colissimo",
                "noreply@notif-colissimo-laposte.info",
                "Votre colis est livré",
                at(d, 11, rng, 2),
                text="Votre colis n° 6A2345678901 a été livré dans votre boîte aux lettres.",
                labels=[],
            )
        )
    for d in [date(2026, 6, 19), date(2026, 7, 22)]:
        b.add(
            Mail(
                "Correos",
                "notificaciones@correos.es",
                "Tu envío está en camino",
                at(d, 9, rng, 2),
                text="Tu envío PQ4F2A0711223340146001V está en reparto.",
                labels=[],
            )
        )
    for d, offer in [
        (date(2026, 5, 8), "Fête des mères : -20 % sur les liseuses, dès 99,99 €"),
        (date(2026, 9, 15), "Rentrée : la carte Fnac+ à 14,99 €/an offerte 3 mois"),
    ]:
        b.add(
            Mail(
                "Fnac",
                "fnac@info.fnac.com",
                offer,
                at(d, 9, rng, 2),
                html=f"<html><body><h1>{offer}</h1><p>Offre valable jusqu'au dimanche.</p></body></html>",
                charset="iso-8859-15",
                labels=[],
            )
        )
    for d, offer in [
        (date(2026, 1, 7), "Rebajas: hasta -50%"),
        (date(2026, 7, 1), "Vuelven las Rebajas de verano desde 9,99 €"),
    ]:
        b.add(
            Mail(
                "El Corte Inglés",
                "info@elcorteingles.es",
                offer,
                at(d, 9, rng, 1),
                html=f"<html><body><h1>{offer}</h1><p>Y con Envío Premium por 19,90 € al año, envíos gratis todo el año.</p></body></html>",
                labels=[],
            )
        )
    for d, amt in [(date(2026, 3, 11), "64,95"), (date(2026, 9, 9), "39,95")]:
        b.add(
            Mail(
                "Zalando",
                "info@service-mail.zalando.fr",
                "Merci pour votre commande",
                at(d, 20, rng, 2),
                html=table(
                    [("Commande", f"{rng.randrange(10**8, 10**9)}"), ("Total", f"{amt} €")],
                    "Zalando",
                    "#ff6900",
                    "Nous préparons votre colis.",
                ),
                labels=[],
            )
        )
    b.add(
        Mail(
            "Doctolib",
            "no-reply@doctolib.fr",
            "Votre rendez-vous est confirmé",
            at(date(2026, 5, 29), 8, rng, 2),
            text="Rendez-vous le mardi 2 juin 2026 à 10h30 avec Dr Lefèvre. Tarif : 30,00 €.",
            labels=[],
        )
    )
    b.add(
        Mail(
            "impots.gouv.fr",
            "ne-pas-repondre@dgfip.finances.gouv.fr",
            "Votre avis d'impôt est disponible",
            at(date(2026, 8, 1), 6, rng, 2),
            text="Votre avis d'impôt sur les revenus 2025 est disponible dans votre espace particulier. Solde à payer : 412 €, prélevé le 25/09/2026.",
            charset="iso-8859-15",
            labels=[],
        )
    )
    for d, amt in [(date(2026, 2, 28), "23,00"), (date(2026, 8, 28), "31,00")]:
        b.add(
            Mail(
                "BlaBlaCar",
                "noreply@blablacar.com",
                "Votre réservation est confirmée",
                at(d, 17, rng, 2),
                text=f"Paris → Lyon, place réservée. Montant : {amt} €.",
                labels=[],
            )
        )
    for d, amt in [(date(2026, 6, 27), "21,40"), (date(2026, 8, 9), "17,85")]:
        b.add(
            Mail(
                "Glovo",
                "noreply@glovoapp.com",
                "Tu pedido ha sido entregado",
                at(d, 22, rng, 2),
                html=table(
                    [("Restaurante", "La Pepica"), ("Total", f"{amt} €")],
                    "Glovo",
                    "#ffc244",
                    "¡Que aproveche!",
                ),
                labels=[],
            )
        )
    b.add(
        Mail(
            "Cabify",
            "no-reply@cabify.com",
            "Tu viaje con Cabify",
            at(date(2026, 7, 18), 1, rng, 2),
            text="Gracias por viajar con Cabify. Importe: 14,30 €. Aeropuerto de Valencia - Ruzafa.",
            labels=[],
        )
    )
    for d, amt in [(date(2026, 3, 31), "650,00"), (date(2026, 9, 30), "650,00")]:
        b.add(
            Mail(
                "Boursorama Banque",
                "noreply@boursorama.fr",
                "Vous avez reçu un virement",
                at(d, 9, rng, 2),
                text=f"Un virement de {amt} € de M. DUPONT Julien (loyer) a été crédité sur votre compte.",
                labels=[],
            )
        )
    b.add(
        Mail(
            "Julien Dupont",
            "julien.dupont@gmail.com",
            "Re: le loyer de septembre",
            at(date(2026, 9, 29), 19, rng, 2),
            text="Salut Camille,\n\nJe te fais le virement de 650 € demain comme chaque mois, et je te rembourse les 24 € "
            "d'internet. Bises,\nJulien",
            labels=[],
        )
    )
    b.add(
        Mail(
            "Lucía Ferrer",
            "lucia.ferrer@gmail.com",
            "Cena del sábado",
            at(date(2026, 2, 13), 11, rng, 1),
            text="¡Hola guapa! Salimos a 25 € por cabeza, te hago un Bizum luego. ¿Repetimos el mes que viene? Besos",
            labels=[],
        )
    )
    b.add(
        Mail(
            "Ryanair",
            "itinerary@ryanair.com",
            "Your Ryanair booking confirmation",
            at(date(2026, 6, 2), 14, rng, 1),
            text="Reservation ABC12D\nParis Beauvais - Valencia\nTotal paid: 74,98 EUR",
            labels=[],
        )
    )
    b.add(
        Mail(
            "Leboncoin",
            "ne-pas-repondre@leboncoin.fr",
            "Paiement sécurisé reçu",
            at(date(2026, 4, 25), 12, rng, 2),
            text="Votre acheteur a payé 60,00 € pour « Vélo de ville ». Expédiez l'article.",
            labels=[],
        )
    )
    extra = [
        (
            "Lydia",
            "noreply@lydia-app.com",
            "Chloé vous a envoyé 20,00 €",
            "Chloé vous a envoyé 20,00 € : « cadeau Léa »",
        ),
        (
            "SNCF Connect",
            "confirmation@sncf-connect.com",
            "Votre e-billet",
            "Paris → Lille, 45,00 €, voiture 12 place 64.",
        ),
        (
            "Uber Eats",
            "noreply@uber.com",
            "Votre commande Uber Eats",
            "Total : 24,60 €. Merci d'avoir commandé chez Big Fernand.",
        ),
        (
            "Decathlon",
            "commande@decathlon.fr",
            "Confirmation de commande",
            "Tapis de yoga 19,99 €. Livraison en point relais.",
        ),
        (
            "Booking.com",
            "noreply@booking.com",
            "Tu reserva en Granada está confirmada",
            "2 noches, total 168,00 €.",
        ),
        ("Airbnb", "automated@airbnb.com", "Réservation confirmée à Lisbonne", "3 nuits, total 312,40 €."),
        (
            "CaixaBank",
            "avisos@caixabank.com",
            "Aviso de movimiento",
            "Transferencia emitida de 300,00 € a Camille Martín.",
        ),
        (
            "Carrefour",
            "carrefour@newsletter.carrefour.fr",
            "Vos promos de la semaine",
            "Le lot de 6 yaourts à 1,99 €, la carte Carrefour Pass 0 €/mois.",
        ),
        ("Mango", "info@mango.com", "Nueva colección", "Descubre la nueva colección desde 19,99 €."),
        (
            "idealista",
            "noticias@idealista.com",
            "Pisos en alquiler en Ruzafa",
            "Piso de 2 habitaciones, 1.150 €/mes.",
        ),
        (
            "OUIGO",
            "ne-pas-repondre@ouigo.com",
            "Votre voyage OUIGO",
            "Paris → Montpellier, 39,00 €, bagage cabine inclus.",
        ),
        (
            "Wallapop",
            "noreply@wallapop.com",
            "Has vendido un producto",
            "Has vendido «Silla Ikea» por 25,00 €.",
        ),
        (
            "Bouygues Telecom",
            "offres@bouyguestelecom.fr",
            "B&You 130 Go à 9,99 €/mois",
            "Sans engagement, 9,99 €/mois pendant 1 an puis 19,99 €/mois.",
        ),
    ]
    for i, (who, addr, subject, body) in enumerate(extra):
        b.add(
            Mail(
                who,
                addr,
                subject,
                at(date(2026, 1 + i % 9, 3 + 2 * i), 10 + i % 8, rng, 2),
                text=f"Bonjour / Hola Camille,\n\n{body}\n\n{who}",
                charset="iso-8859-15" if i % 2 else "utf-8",
                labels=[],
            )
        )
    return [
        "Uber Eats",
        "Decathlon",
        "Booking.com",
        "Airbnb",
        "CaixaBank",
        "Carrefour",
        "Mango",
        "idealista",
        "OUIGO",
        "Wallapop",
        "Bouygues Telecom",
        "BBVA",
        "Bizum",
        "Lydia",
        "SNCF Connect",
        "Renfe",
        "Amazon.es",
        "Amazon.fr",
        "Vinted",
        "Colissimo",
        "Correos",
        "Fnac",
        "El Corte Inglés",
        "Zalando",
        "Doctolib",
        "impots.gouv.fr",
        "BlaBlaCar",
        "Glovo",
        "Cabify",
        "Boursorama",
        "Julien Dupont",
        "Lucía Ferrer",
        "Ryanair",
        "Leboncoin",
    ]


if __name__ == "__main__":
    make_uk()
    make_fr_es()
