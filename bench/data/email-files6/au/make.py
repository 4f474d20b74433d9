#!/usr/bin/env python3
"""Mailbox "au" of bench/data/email-files6: Jess Whitfield and Sam Tran, Paddington (Brisbane) QLD.

Seeded and deterministic, stdlib only. Run from /work/main:

    .venv/bin/python bench/data/email-files6/au/make.py

Writes eml/, mailbox.mbox, truth.json, meta.json and messages.json next to this file.
Mail runs from December 2025 to November 2026; "today" is 2026-11-25.
"""

from __future__ import annotations

import datetime as _dt
import json
import mailbox
import os
import random
import re
import shutil
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = "2026-11-25"
RNG = random.Random(20261125)

JESS = ("Jess Whitfield", "jess.whitfield@outlook.com.au")
SAM = ("Sam Tran", "sam.tran.88@gmail.com")
ADDR1 = "31 Wren Street"
ADDR2 = "PADDINGTON QLD 4064"

BNE = _dt.timezone(_dt.timedelta(hours=10))
UTC = _dt.UTC


def syd_tz(d: _dt.datetime) -> _dt.timezone:
    """AEDT (+11) from the first Sunday of October to the first Sunday of April, else AEST."""

    def first_sunday(y, m):
        x = _dt.date(y, m, 1)
        return x + _dt.timedelta(days=(6 - x.weekday()) % 7)

    day = d.date()
    y = day.year
    if first_sunday(y, 4) <= day < first_sunday(y, 10):
        return _dt.timezone(_dt.timedelta(hours=10))
    return _dt.timezone(_dt.timedelta(hours=11))


def us_pac(d: _dt.datetime) -> _dt.timezone:
    # PDT from the second Sunday of March to the first Sunday of November
    def nth_sunday(y, m, n):
        x = _dt.date(y, m, 1)
        x += _dt.timedelta(days=(6 - x.weekday()) % 7)
        return x + _dt.timedelta(weeks=n - 1)

    day = d.date()
    if nth_sunday(day.year, 3, 2) <= day < nth_sunday(day.year, 11, 1):
        return _dt.timezone(_dt.timedelta(hours=-7))
    return _dt.timezone(_dt.timedelta(hours=-8))


def europe_cet(d: _dt.datetime) -> _dt.timezone:
    # rough CEST: last Sunday of March .. last Sunday of October
    def last_sunday(y, m):
        x = _dt.date(y, m + 1, 1) - _dt.timedelta(days=1)
        return x - _dt.timedelta(days=(x.weekday() + 1) % 7)

    day = d.date()
    if last_sunday(day.year, 3) <= day < last_sunday(day.year, 10):
        return _dt.timezone(_dt.timedelta(hours=2))
    return _dt.timezone(_dt.timedelta(hours=1))


ZONES = {
    "bne": lambda d: BNE,
    "syd": syd_tz,
    "utc": lambda d: UTC,
    "pac": us_pac,
    "cet": europe_cet,
    "jst": lambda d: _dt.timezone(_dt.timedelta(hours=9)),
}

MSGS: list[dict] = []


def D(s: str) -> _dt.date:
    return _dt.date.fromisoformat(s)


def long_date(d: _dt.date) -> str:  # 8 December 2026
    return f"{d.day} {d.strftime('%B')} {d.year}"


def med_date(d: _dt.date) -> str:  # 8 Dec 2026
    return f"{d.day} {d.strftime('%b')} {d.year}"


def dmy(d: _dt.date) -> str:  # 08/12/2026
    return d.strftime("%d/%m/%Y")


def wday_long(d: _dt.date) -> str:  # Friday 16 October 2026
    return f"{d.strftime('%A')} {long_date(d)}"


def money(x: float) -> str:
    return f"{x:,.2f}"


def add_months(d: _dt.date, n: int) -> _dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar

    return _dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def hexid(n: int) -> str:
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def alnum(n: int, upper=True) -> str:
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789" if upper else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(RNG.choice(chars) for _ in range(n))


def add(
    when: str,
    sender: tuple,
    subject: str,
    *,
    text: str | None = None,
    html: str | None = None,
    labels=(),
    slug: str,
    tz: str = "bne",
    to=JESS,
    cc=None,
    text_cte="quoted-printable",
    html_cte="quoted-printable",
    msgid_dom: str | None = None,
    headers=None,
    raw_builder=None,
):
    dt = _dt.datetime.fromisoformat(when)
    dt = dt.replace(tzinfo=ZONES[tz](dt))
    MSGS.append(
        dict(
            dt=dt,
            sender=sender,
            subject=subject,
            text=text,
            html=html,
            labels=list(labels),
            slug=slug,
            to=to,
            cc=cc,
            text_cte=text_cte,
            html_cte=html_cte,
            msgid_dom=msgid_dom or sender[1].split("@")[1],
            headers=headers or {},
            raw_builder=raw_builder,
            rid=hexid(16),
        )
    )


def table_html(
    title: str, rows, *, brand="#333", intro="", outro="", font="Arial, Helvetica, sans-serif", footer=""
):
    trs = []
    for r in rows:
        if r is None:
            trs.append('<tr><td colspan="2" style="border-top:1px solid #ddd;height:1px"></td></tr>')
            continue
        k, v = r
        bold = k.startswith("*")
        k = k.lstrip("*")
        st = "font-weight:bold;" if bold else ""
        trs.append(
            f'<tr><td style="padding:6px 12px;{st}">{k}</td>'
            f'<td align="right" style="padding:6px 12px;{st}">{v}</td></tr>'
        )
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>'
        f'<body style="margin:0;background:#f4f4f4">\n'
        f'<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f4"><tr><td align="center">\n'
        f'<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" '
        f'style="font-family:{font};font-size:14px;color:#222">\n'
        f'<tr><td style="background:{brand};color:#fff;padding:18px 24px;font-size:20px">{title}</td></tr>\n'
        f'<tr><td style="padding:20px 24px">{intro}</td></tr>\n'
        f'<tr><td style="padding:0 12px"><table width="100%" cellpadding="0" cellspacing="0" border="0">\n'
        + "\n".join(trs)
        + f'\n</table></td></tr>\n<tr><td style="padding:20px 24px">{outro}</td></tr>\n'
        f'<tr><td style="padding:16px 24px;font-size:11px;color:#777">{footer}</td></tr>\n'
        f"</table></td></tr></table></body></html>\n"
    )


def p(*paras):
    return "".join(f"<p>{x}</p>" for x in paras)


# ----------------------------------------------------------------------------------------------
# Subscriptions and bills
# ----------------------------------------------------------------------------------------------

# --- Origin Energy: quarterly electricity, direct debit on the due date ----------------------
ORIGIN = ("Origin Energy", "noreply@bills.originenergy.com.au")
origin_bills = [
    # issued, period from, period to, usage kWh, total, due
    ("2026-02-18", "2025-11-14", "2026-02-12", 2291, 642.15, "2026-03-11"),
    ("2026-05-19", "2026-02-13", "2026-05-13", 1804, 498.70, "2026-06-09"),
    ("2026-08-18", "2026-05-14", "2026-08-12", 1422, 401.22, "2026-09-08"),
    ("2026-11-17", "2026-08-13", "2026-11-11", 2063, 587.30, "2026-12-08"),
]
for i, (iss, pf, pt, kwh, total, due) in enumerate(origin_bills):
    iss_d, due_d = D(iss), D(due)
    days = (D(pt) - D(pf)).days + 1
    supply = round(days * 1.1242, 2)  # ex GST
    feed_in = round(-RNG.uniform(38, 95), 2)  # GST-free credit
    usage = round((total - feed_in) / 1.1 - supply, 2)  # ex GST
    gst = round(total - feed_in - usage - supply, 2)
    acct = "4000 7718 2206"
    text = (
        f"Hi Jessica,\n\n"
        f"Your Origin electricity bill is ready.\n\n"
        f"Account number: {acct}\n"
        f"Supply address: {ADDR1}, Paddington QLD 4064\n"
        f"Billing period: {med_date(D(pf))} – {med_date(D(pt))} ({days} days)\n\n"
        f"Amount due: ${money(total)}\n"
        f"Due date: {long_date(due_d)}\n\n"
        f"You're on direct debit, so there's nothing you need to do. We'll debit ${money(total)} from your "
        f"nominated bank account on {long_date(due_d)}.\n\n"
        f"Your average daily usage this bill was {kwh / days:.1f} kWh.\n\n"
        f"View your bill and usage in the Origin app or at originenergy.com.au/my-account\n\n"
        f"Thanks,\nThe Origin team\n\n"
        f"Origin Energy Electricity Limited ABN 33 071 052 287. Amounts include GST.\n"
    )
    html = table_html(
        "Your electricity bill is ready",
        [
            ("Account number", acct),
            ("Billing period", f"{med_date(D(pf))} – {med_date(D(pt))}"),
            (f"Usage charges ({kwh:,} kWh)", f"${money(usage)}"),
            (f"Supply charges ({days} days)", f"${money(supply)}"),
            ("Solar feed-in credit", f"–${money(-feed_in)}"),
            ("GST", f"${money(gst)}"),
            None,
            ("*Amount due", f"${money(total)}"),
            ("*Direct debit on", long_date(due_d)),
        ],
        brand="#e2211c",
        intro=p("Hi Jessica,", "Your latest Origin electricity bill is ready to view."),
        outro=p(
            f"As you’re on direct debit, we’ll take ${money(total)} from your nominated account on the due "
            f"date. Please make sure funds are available."
        ),
        footer="Origin Energy Electricity Limited ABN 33 071 052 287 · GPO Box 5376 Sydney NSW 2001",
    )
    add(
        f"{iss}T07:12:00",
        ORIGIN,
        "Your Origin electricity bill is ready",
        text=text,
        html=html,
        labels=["Origin Energy"],
        slug="origin-bill",
        tz="syd",
        msgid_dom="originenergy.com.au",
    )

# --- Urban Utilities: quarterly water, direct debit, water is GST-free ----------------------
UU = ("Urban Utilities", "bills@urbanutilities.com.au")
uu_bills = [
    ("2026-02-03", "2025-10-28", "2026-01-27", 61, 301.44, "2026-03-03"),
    ("2026-05-04", "2026-01-28", "2026-04-27", 57, 296.18, "2026-06-01"),
    ("2026-08-03", "2026-04-28", "2026-07-27", 49, 322.07, "2026-09-01"),
    ("2026-11-03", "2026-07-28", "2026-10-26", 55, 318.62, "2026-12-01"),
]
for iss, pf, pt, kl, total, dd in uu_bills:
    fixed = 79.56 if iss < "2026-07-01" else 86.71  # sewerage + water access change from 1 July
    usage_rate = 3.581 if iss < "2026-07-01" else 3.742
    bulk = round(kl * usage_rate * 0.62, 2)
    dist = round(total - fixed * 2 - bulk, 2)
    rows = [
        ("Account number", "1 0483 2291 07"),
        ("Property", f"{ADDR1}, PADDINGTON"),
        ("Billing period", f"{dmy(D(pf))} to {dmy(D(pt))}"),
        ("Water access charge", f"${money(fixed)}"),
        ("Sewerage access charge", f"${money(fixed)}"),
        (f"Water usage ({kl} kL) – distribution/retail", f"${money(dist)}"),
        ("State bulk water charge", f"${money(bulk)}"),
        ("GST", "$0.00"),
        None,
        ("*Total amount due", f"${money(total)}"),
        ("*Direct debit date", dmy(D(dd))),
    ]
    html = table_html(
        "Your Urban Utilities bill",
        rows,
        brand="#00577d",
        intro=p(
            "Dear J WHITFIELD & S TRAN,",
            "Your latest water and sewerage bill is now available. "
            "A summary is below and your full bill is attached to your online account.",
        ),
        outro=p(
            f"You’re set up to pay by direct debit. The total amount due will be debited from your nominated "
            f"account on {dmy(D(dd))}. No further action is required.",
            "Water charges are not subject to GST.",
        ),
        footer="Urban Utilities (Central SEQ Distributor-Retailer Authority) ABN 86 673 835 011 · "
        "GPO Box 2765 Brisbane QLD 4001 · 13 26 57",
    )
    add(
        f"{iss}T05:40:00",
        UU,
        "Your Urban Utilities bill is now available",
        html=html,
        html_cte="base64",
        labels=["Urban Utilities"],
        slug="urbanutilities-bill",
        msgid_dom="urbanutilities.com.au",
    )

# --- Brisbane City Council: quarterly rates notices, BPAY ---------------------------------------
BCC = ("Brisbane City Council", "ratesenotices@brisbane.qld.gov.au")
bcc = [
    ("2026-01-27", "1 January 2026 to 31 March 2026", "2026-03-02", 498.60),
    ("2026-04-27", "1 April 2026 to 30 June 2026", "2026-06-01", 498.60),
    ("2026-07-27", "1 July 2026 to 30 September 2026", "2026-08-31", 521.85),
    ("2026-10-26", "1 October 2026 to 31 December 2026", "2026-11-30", 521.85),
]
for iss, period, due, amt in bcc:
    if amt == 498.60:
        parts = [
            ("General rates - Residential Owner Occupied", 361.32),
            ("Bushland Preservation Levy", 17.40),
            ("Refuse utility charge (240L)", 84.76),
            ("Emergency Management Levy (State Govt)", 35.12),
        ]
    else:
        parts = [
            ("General rates - Residential Owner Occupied", 378.12),
            ("Bushland Preservation Levy", 18.20),
            ("Refuse utility charge (240L)", 88.91),
            ("Emergency Management Levy (State Govt)", 36.62),
        ]
    assert abs(sum(x for _, x in parts) - amt) < 0.005, (iss, sum(x for _, x in parts))
    lines = "\n".join(f"  {k:<48}{'$' + money(v):>10}" for k, v in parts)
    text = (
        f"Dear Ms J Whitfield & Mr S Tran\n\n"
        f"Your rates notice for the period {period} is now available.\n\n"
        f"Property: {ADDR1.upper()} {ADDR2}\n"
        f"Property number: 5172093\n\n"
        f"{lines}\n"
        f"  {'':<48}{'----------':>10}\n"
        f"  {'Amount payable':<48}{'$' + money(amt):>10}\n\n"
        f"Due date: {long_date(D(due))}\n\n"
        f"How to pay\n"
        f"  BPAY: Biller code 6551  Ref 5172 0930 0012 8\n"
        f"  Online: brisbane.qld.gov.au/payrates\n"
        f"  Phone: 1300 722 911 (credit card, fees apply)\n\n"
        f"Council rates and charges are not subject to GST.\n\n"
        f"Your notice is attached in PDF format. To stop receiving notices by email, update your "
        f"preferences in Council's eNotices portal.\n\n"
        f"Brisbane City Council\nDedicated to a better Brisbane\n"
    )
    subj = f"Rates notice - {ADDR1.upper()} PADDINGTON - due {dmy(D(due))}"
    add(
        f"{iss}T09:15:00",
        BCC,
        subj,
        text=text,
        text_cte="7bit",
        labels=["Brisbane City Council rates"],
        slug="bcc-rates-notice",
        msgid_dom="brisbane.qld.gov.au",
    )

# --- Aussie Broadband: NBN, monthly invoice charged on the invoice date ---------------------
ABB = ("Aussie Broadband", "billing@aussiebroadband.com.au")
abb_months = [
    "2025-12-14",
    "2026-01-14",
    "2026-03-14",
    "2026-05-14",
    "2026-08-14",
    "2026-09-14",
    "2026-10-14",
    "2026-11-14",
]
for inv_date in abb_months:
    d = D(inv_date)
    price = 99.00 if d < D("2026-09-01") else 105.00
    end = add_months(d, 1) - _dt.timedelta(days=1)
    invno = f"{RNG.randint(31000000, 39999999)}"
    text = (
        f"Hey Jess,\n\n"
        f"Your Aussie Broadband invoice is attached.\n\n"
        f"Invoice number: {invno}\n"
        f"Customer number: 8102274\n"
        f"Service: NBN 100/20 (Home Fast) – {ADDR1}\n"
        f"Period: {med_date(d)} – {med_date(end)}\n\n"
        f"Total: ${money(price)} (incl. GST ${money(price / 11)})\n\n"
        f"This amount will be charged to your Visa ending 4417 on {dmy(d)}. You don't need to do anything.\n\n"
        f"Got a question? Our Aussie-based team is here 7 days: 1300 880 905 or via MyAussie.\n\n"
        f"Cheers,\nAussie Broadband\n\nAussie Broadband Limited ABN 29 132 090 192\n"
    )
    html = (
        '<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1c1c1c">'
        f"<p>Hey Jess,</p><p>Your Aussie Broadband invoice is attached.</p>"
        f'<table cellpadding="4" style="border-collapse:collapse">'
        f"<tr><td>Invoice number</td><td><b>{invno}</b></td></tr>"
        f"<tr><td>Service</td><td>NBN 100/20 (Home Fast)</td></tr>"
        f"<tr><td>Period</td><td>{med_date(d)} &ndash; {med_date(end)}</td></tr>"
        f"<tr><td>Total (incl. GST)</td><td><b>${money(price)}</b></td></tr></table>"
        f"<p>This amount will be charged to your Visa ending 4417 on {dmy(d)}.</p>"
        f"<p>Cheers,<br>Aussie Broadband</p></body></html>"
    )
    add(
        f"{inv_date}T03:05:00",
        ABB,
        f"Your Aussie Broadband invoice {invno}",
        text=text,
        html=html,
        labels=["Aussie Broadband"],
        slug="aussiebb-invoice",
        tz="syd",
        text_cte="8bit",
    )

add(
    "2026-07-24T10:30:00",
    ("Aussie Broadband", "noreply@aussiebroadband.com.au"),
    "Changes to your NBN plan pricing",
    text=(
        "Hi Jess,\n\n"
        "We're writing to let you know about an upcoming change to the price of your NBN plan.\n\n"
        "From 1 September 2026, NBN Co's wholesale prices are going up, and we're passing on part of that "
        "increase. Your plan will change as follows:\n\n"
        "  Plan:            NBN 100/20 (Home Fast)\n"
        "  Current price:   $99/month\n"
        "  New price:       $105/month (from your first bill on or after 1 September 2026)\n\n"
        "Your speeds, data and contract terms aren't changing. If you'd like to look at other plans, "
        "you can switch anytime in MyAussie with no fees.\n\n"
        "Thanks for being with us.\n\n"
        "Phillip Britt\nManaging Director, Aussie Broadband\n"
    ),
    labels=["Aussie Broadband"],
    slug="aussiebb-price-change",
    tz="syd",
)

# --- Telstra: two mobile services on one postpaid bill, direct debit -------------------------
TEL = ("Telstra", "noreply@online.telstra.com")
tel = [
    ("2025-12-20", "2026-01-05", 120.00, None),
    ("2026-02-20", "2026-03-06", 120.00, None),
    ("2026-05-20", "2026-06-04", 120.00, None),
    ("2026-08-20", "2026-09-04", 120.00, None),
    ("2026-10-20", "2026-11-04", 150.00, "International Day Pass (Japan) 3 x $10.00"),
    ("2026-11-20", "2026-12-05", 120.00, None),
]
for iss, due, total, extra in tel:
    rows = [
        ("Account number", "2000 4471 832"),
        ("Bill date", med_date(D(iss))),
        ("Upfront Mobile Plan M – 04xx xxx 318", "$62.00"),
        ("Upfront Mobile Plan S – 04xx xxx 905", "$58.00"),
    ]
    if extra:
        rows.append((extra, "$30.00"))
    rows += [
        None,
        ("GST included in total", f"${money(total / 11)}"),
        ("*Amount due", f"${money(total)}"),
        ("*Due date", med_date(D(due))),
    ]
    html = table_html(
        "Your bill is ready",
        rows,
        brand="#0099f8",
        intro=p("Hi Jessica,", "Your latest Telstra bill is now available in the My Telstra app."),
        outro=p(
            f"We’ll automatically debit ${money(total)} from your account ending in 082 on "
            f"{med_date(D(due))}. You don’t need to do anything."
        ),
        footer="Telstra Limited ABN 64 086 174 781. ™ and ® are trade marks of Telstra Limited.",
    )
    text = (
        f"Hi Jessica,\n\nYour Telstra bill is ready.\n\nAccount: 2000 4471 832\n"
        f"Amount due: ${money(total)}\nDue date: {med_date(D(due))}\n\n"
        f"We'll automatically debit this from your account ending in 082 on the due date.\n\n"
        f"View your bill in the My Telstra app: telstra.com/mytelstra\n\nThanks,\nTelstra\n"
    )
    add(
        f"{iss}T18:22:00",
        TEL,
        "Your Telstra bill is ready – account ending 832",
        text=text,
        html=html,
        labels=["Telstra"],
        slug="telstra-bill",
        tz="syd",
        msgid_dom="telstra.com",
    )

# --- Queensland TMR: car registration incl. CTP, 12 months ----------------------------------
TMR = ("Transport and Main Roads", "noreply@tmr.qld.gov.au")
reg = [("Registration fee", 401.15), ("Traffic improvement fee", 52.55), ("CTP insurance (Suncorp)", 384.35)]
reg_total = round(sum(x for _, x in reg), 2)
six = round(reg_total / 2 + 9.35, 2)
three = round(reg_total / 4 + 14.70, 2)
notice_text = (
    "Queensland Government\nDepartment of Transport and Main Roads\n\n"
    "REGISTRATION RENEWAL NOTICE\n\n"
    "Registered operator: SAMUEL TRAN\n"
    "Plate: 487 XQB     Vehicle: 2019 MAZDA CX-5 WAGON\n"
    "Registration expiry: 14/03/2026\n"
    "CTP insurer: Suncorp\n\n"
    "Renewal options (fees include compulsory third party (CTP) insurance):\n"
    f"   12 months  ${money(reg_total)}\n"
    f"    6 months  ${money(six)}\n"
    f"    3 months  ${money(three)}\n\n"
    "12 month breakdown:\n"
    + "\n".join(f"   {k:<28}${money(v)}" for k, v in reg)
    + "\n\nPay by the expiry date to keep your vehicle registered. Driving an unregistered and uninsured\n"
    "vehicle carries heavy penalties.\n\n"
    "Pay online at qld.gov.au/rego using your plate number and customer reference 3104 8822 17,\n"
    "or BPAY biller code 9191, reference 3104882217.\n"
)
fwd = (
    "Can you pay this one from the joint account? The 12 months is cheapest per quarter. Ta x\n\n"
    "---------- Forwarded message ---------\n"
    "From: Transport and Main Roads <noreply@tmr.qld.gov.au>\n"
    "Date: Thu, 12 Feb 2026 at 9:02 am\n"
    "Subject: Registration renewal notice - 487 XQB\n"
    "To: <sam.tran.88@gmail.com>\n\n" + notice_text
)
add(
    "2026-02-13T20:47:00",
    SAM,
    "Fwd: Registration renewal notice - 487 XQB",
    text=fwd,
    text_cte="7bit",
    labels=["Queensland vehicle registration"],
    slug="sam-fwd-rego",
    msgid_dom="mail.gmail.com",
)
receipt_no = "QGOV" + "".join(RNG.choice("0123456789") for _ in range(10))
add(
    "2026-03-14T12:31:00",
    TMR,
    "Payment receipt - registration renewal 487 XQB",
    text=(
        "Thank you for your payment.\n\n"
        f"Receipt number: {receipt_no}\n"
        "Date paid: 14/03/2026\n"
        "Paid by: JESSICA WHITFIELD (Visa ****4417)\n\n"
        "Plate: 487 XQB   2019 MAZDA CX-5\n"
        "Renewal period: 12 months\n"
        f"Amount paid: ${money(reg_total)} (includes CTP insurance ${money(reg[2][1])})\n"
        "New registration expiry: 14/03/2027\n\n"
        "You will not receive a registration label. Registration status can be checked at "
        "qld.gov.au/rego.\n\nQueensland Government - Transport and Main Roads\n"
    ),
    text_cte="7bit",
    labels=["Queensland vehicle registration"],
    slug="tmr-rego-receipt",
    msgid_dom="tmr.qld.gov.au",
)

# --- Medibank: private health insurance, fortnightly direct debit, 1 April increase -----------
MED = ("Medibank", "noreply@email.medibank.com.au")
html = table_html(
    "Your premium is changing on 1 April 2026",
    [
        ("Policy", "Gold Hospital with Top Extras (Couple)"),
        ("Membership number", "M 7320 1184"),
        ("Payment frequency", "Fortnightly direct debit"),
        ("Current premium (after rebate)", "$186.40 per fortnight"),
        ("*New premium from 1 April 2026", "$193.25 per fortnight"),
        ("Australian Government Rebate applied", "24.288%"),
    ],
    brand="#003c71",
    intro=p(
        "Hi Jessica,",
        "Each year private health insurers apply to the Government to change premiums. "
        "The average premium increase across Medibank products this year is 3.73%.",
    ),
    outro=p(
        "Your first direct debit at the new premium will be on Friday 3 April 2026. If you pay in advance "
        "before 1 April, you can lock in the current rate for up to 12 months.",
        "You don’t need to do anything to keep your cover.",
    ),
    footer="Medibank Private Limited ABN 47 080 890 259 · Locked Bag 9999 Sydney NSW 2001",
)
add(
    "2026-02-24T11:00:00",
    MED,
    "Important information about your Medibank premium",
    html=html,
    html_cte="quoted-printable",
    labels=["Medibank"],
    slug="medibank-premium-change",
    tz="syd",
    msgid_dom="email.medibank.com.au",
)
add(
    "2026-07-14T09:30:00",
    MED,
    "Your 2025–26 private health insurance tax statement is ready",
    text=(
        "Hi Jessica,\n\nYour private health insurance statement for 1 July 2025 – 30 June 2026 is now "
        "available in My Medibank.\n\nMost people don't need it: we send your details to the ATO and they "
        "appear automatically in your myTax return.\n\nMembership number: M 7320 1184\n"
        "Premiums paid in 2025–26: $4,918.35\n\nMedibank\n"
    ),
    html=(
        "<html><body style='font-family:Arial'><p>Hi Jessica,</p><p>Your private health insurance statement "
        "for 1 July 2025 &ndash; 30 June 2026 is now available in <a href='https://my.medibank.com.au'>"
        "My Medibank</a>.</p><p>Most people don&rsquo;t need it: we send your details to the ATO and they "
        "appear automatically in your myTax return.</p><p>Membership number: M 7320 1184<br>Premiums paid "
        "in 2025&ndash;26: $4,918.35</p><p>Medibank</p></body></html>"
    ),
    labels=["Medibank"],
    slug="medibank-tax-statement",
    tz="syd",
    msgid_dom="email.medibank.com.au",
)
add(
    "2026-10-09T14:12:00",
    MED,
    "We've updated your payment details",
    text=(
        "Hi Jessica,\n\nThanks for updating your direct debit details. From now on your premiums will be "
        "debited from your account ending 082 (BSB 064-xxx).\n\n"
        "Your next payment of $193.25 will be deducted on Friday 16 October 2026, and every fortnight "
        "after that.\n\nIf you didn't make this change, call us on 132 331.\n\nMedibank\n"
    ),
    labels=["Medibank"],
    slug="medibank-payment-details",
    tz="syd",
    msgid_dom="email.medibank.com.au",
)

# --- RACQ: home and contents insurance, annual ----------------------------------------------
RACQ = ("RACQ Insurance", "insurance@racq.com.au")
base = 2375.50
gst = round(base * 0.10, 2)
sduty = round((base + gst) * 0.09, 2)
racq_total = round(base + gst + sduty, 2)
add(
    "2026-07-10T08:45:00",
    RACQ,
    "Your RACQ Home and Contents Insurance renewal",
    text=(
        "Dear Jessica\n\n"
        "Your RACQ Home and Contents Insurance policy is due for renewal. Your renewal notice and updated "
        "Product Disclosure Statement are attached.\n\n"
        "Policy number: HCP0488217760\n"
        "Insured address: 31 Wren Street, Paddington QLD 4064\n"
        "Period of insurance: 4:00pm 09/08/2026 to 4:00pm 09/08/2027\n"
        "Building sum insured: $985,000   Contents sum insured: $142,000\n\n"
        f"Base premium            ${money(base)}\n"
        f"GST                     ${money(gst)}\n"
        f"Stamp duty              ${money(sduty)}\n"
        f"Total annual premium    ${money(racq_total)}\n\n"
        "You pay annually by direct debit. If you'd like your policy to continue, you don't need to do "
        f"anything - we'll deduct ${money(racq_total)} from your nominated account on 9 August 2026.\n\n"
        "Your premium has increased since last year, mainly due to the rising cost of claims from severe "
        "weather in South East Queensland. Last year's premium was $2,611.04.\n\n"
        "Please check your details are correct. Call us on 13 1905.\n\n"
        "Kind regards\nRACQ Insurance\n\n"
        "RACQ Insurance Limited ABN 50 009 704 152 AFSL 233082\n"
    ),
    labels=["RACQ Home and Contents Insurance"],
    slug="racq-home-renewal",
    text_cte="quoted-printable",
)
add(
    "2026-08-09T16:20:00",
    RACQ,
    "Your policy has renewed - HCP0488217760",
    text=(
        "Dear Jessica\n\nThank you for renewing with RACQ. We've received your payment of "
        f"${money(racq_total)} and your Home and Contents Insurance is current until 09/08/2027.\n\n"
        "Your Certificate of Insurance is attached.\n\nKind regards\nRACQ Insurance\n"
    ),
    labels=["RACQ Home and Contents Insurance"],
    slug="racq-home-renewed",
)

# --- Stan: monthly on the 7th, Standard -> Premium --------------------------------------------
STAN = ("Stan", "noreply@stan.com.au")
for d, plan, price in [
    ("2025-12-07", "Standard", 19.00),
    ("2026-03-07", "Standard", 19.00),
    ("2026-06-07", "Standard", 19.00),
    ("2026-07-07", "Premium", 25.00),
    ("2026-11-07", "Premium", 25.00),
]:
    dd = D(d)
    nxt = add_months(dd, 1)
    text = (
        f"Hi Jess,\n\nThanks for being a Stan member. Here's your tax invoice.\n\n"
        f"TAX INVOICE\nStan Entertainment Pty Ltd ABN 57 161 263 896\n\n"
        f"Invoice date: {long_date(dd)}\n"
        f"Plan: Stan {plan} (monthly)\n"
        f"Amount: ${money(price)} (incl. GST ${money(price / 11)})\n"
        f"Payment method: Mastercard ending 2290\n\n"
        f"Your next billing date is {long_date(nxt)}.\n\nHappy streaming,\nThe Stan Team\n"
    )
    html = table_html(
        "Tax Invoice",
        [
            ("Invoice date", long_date(dd)),
            ("Plan", f"Stan {plan}"),
            ("GST", f"${money(price / 11)}"),
            ("*Total", f"${money(price)}"),
            ("Next billing date", long_date(nxt)),
        ],
        brand="#0d1b2a",
        intro=p("Hi Jess,", "Thanks for being a Stan member."),
        footer="Stan Entertainment Pty Ltd ABN 57 161 263 896",
    )
    add(
        f"{d}T01:03:00",
        STAN,
        "Your Stan tax invoice",
        text=text,
        html=html,
        labels=["Stan"],
        slug="stan-invoice",
        tz="syd",
        msgid_dom="stan.com.au",
    )
add(
    "2026-06-20T21:14:00",
    STAN,
    "You've changed your Stan plan",
    text=(
        "Hi Jess,\n\nYou're now on Stan Premium: 4 screens at once, Ultra HD and Dolby Atmos on selected "
        "titles.\n\nYou can start enjoying your new plan straight away. From your next billing date, "
        "7 July 2026, you'll be charged $25.00 per month.\n\nThe Stan Team\n"
    ),
    labels=["Stan"],
    slug="stan-plan-change",
    tz="syd",
    msgid_dom="stan.com.au",
)

# --- Binge: monthly on the 23rd, cancelled in March ----------------------------------------
BINGE = ("BINGE", "noreply@binge.com.au")
for d in ["2025-12-23", "2026-01-23", "2026-02-23"]:
    dd = D(d)
    add(
        f"{d}T04:30:00",
        BINGE,
        "Binge | Tax Invoice",
        html=table_html(
            "Thanks for your payment",
            [
                ("Invoice no.", f"BNG-{RNG.randint(10000000, 99999999)}"),
                ("Date", dmy(dd)),
                ("Binge Standard – monthly", "$19.00"),
                ("GST included", "$1.73"),
                ("*Total paid", "AUD $19.00"),
                ("Next payment", dmy(add_months(dd, 1))),
            ],
            brand="#6e16d9",
            intro=p("Hi Jess,", "Here’s your receipt for this month’s Binge."),
            footer="Streamotion Pty Ltd ABN 99 624 140 935",
        ),
        text=(
            f"Hi Jess,\n\nHere's your receipt for this month's Binge.\n\nBinge Standard - monthly   $19.00\n"
            f"GST included   $1.73\nTotal paid   AUD $19.00\nDate {dmy(dd)}\n"
            f"Next payment {dmy(add_months(dd, 1))}\n\nStreamotion Pty Ltd ABN 99 624 140 935\n"
        ),
        labels=["Binge"],
        slug="binge-invoice",
        tz="syd",
        html_cte="base64",
        text_cte="base64",
    )
add(
    "2026-03-10T19:55:00",
    BINGE,
    "We're sorry to see you go",
    text=(
        "Hi Jess,\n\nWe've cancelled your Binge subscription as requested.\n\n"
        "You can keep bingeing until the end of your current billing period on 23/03/2026. After that "
        "you won't be charged again.\n\nChanged your mind? Reactivate anytime at binge.com.au/account.\n\n"
        "The Binge Team\n"
    ),
    labels=["Binge"],
    slug="binge-cancelled",
    tz="syd",
)

# --- Apple: iCloud+ 200 GB monthly on the 2nd (HTML-only receipts) --------------------------
APPLE = ("Apple", "no_reply@email.apple.com")


def apple_receipt(d: str, items):
    dd = D(d)
    order = alnum(10)
    doc = str(RNG.randint(100000000000, 199999999999))
    total = sum(x[2] for x in items)
    rows = []
    for name, sub, price in items:
        rows.append((f"<b>{name}</b><br><span style='color:#666'>{sub}</span>", f"A${money(price)}"))
    rows += [None, ("GST included", f"A${money(total / 11)}"), ("*TOTAL", f"A${money(total)}")]
    html = table_html(
        "Receipt",
        rows,
        brand="#ffffff",
        intro=(
            f"<table width='100%'><tr><td>APPLE ID<br>jess.whitfield@outlook.com.au</td>"
            f"<td>BILLED TO<br>Visa .... 4417<br>Jess Whitfield<br>{ADDR1}<br>Paddington QLD 4064</td>"
            f"<td>DATE<br>{med_date(dd)}<br>ORDER ID<br>{order}<br>DOCUMENT NO.<br>{doc}</td></tr></table>"
        ),
        outro=p("Apple Pty Limited ABN 46 002 510 054"),
        font="-apple-system, Helvetica Neue, Helvetica, Arial, sans-serif",
        footer="Privacy Policy · Terms of Sale · Copyright © 2026 Apple Pty Limited. All rights reserved.",
    )
    html = html.replace(
        'color:#fff;padding:18px 24px;font-size:20px">Receipt',
        'color:#111;padding:18px 24px;font-size:28px">Receipt',
    )
    return html


icloud_sub = "iCloud+ with 200 GB storage (Monthly)"
for d in ["2026-01-02", "2026-07-02", "2026-10-02", "2026-11-02"]:
    nxt = add_months(D(d), 1)
    add(
        f"{d}T14:08:00",
        APPLE,
        "Your receipt from Apple.",
        html=apple_receipt(d, [("iCloud+", f"{icloud_sub}<br>Renews {med_date(nxt)}", 4.49)]),
        html_cte="base64",
        labels=["iCloud+"],
        slug="apple-receipt",
        tz="utc",
        msgid_dom="email.apple.com",
    )
add(
    "2026-04-02T14:11:00",
    APPLE,
    "Your receipt from Apple.",
    html=apple_receipt(
        "2026-04-02",
        [
            ("iCloud+", f"{icloud_sub}<br>Renews {med_date(D('2026-05-02'))}", 4.49),
            ("Procreate Pocket", "Savage Interactive Pty Ltd<br>App", 8.99),
        ],
    ),
    html_cte="base64",
    labels=["iCloud+"],
    slug="apple-receipt",
    tz="utc",
    msgid_dom="email.apple.com",
)

# --- Spotify Premium Duo, paid through PayPal on the 11th ----------------------------------------
PAYPAL = ("PayPal", "service@paypal.com.au")
for d, price in [
    ("2025-12-11", 21.99),
    ("2026-02-11", 21.99),
    ("2026-03-11", 23.99),
    ("2026-06-11", 23.99),
    ("2026-09-11", 23.99),
    ("2026-11-11", 23.99),
]:
    dd = D(d)
    txn = alnum(17)
    text = (
        f"Hello Jessica Whitfield,\n\n"
        f"You sent an automatic payment of ${money(price)} AUD to Spotify AB\n\n"
        f"It may take a few moments for this transaction to appear in your account.\n\n"
        f"Merchant\nSpotify AB\nbilling@spotify.com\n\n"
        f"Instructions to merchant\nYou haven't entered any instructions.\n\n"
        f"Transaction ID\n{txn}\n\n"
        f"Transaction date\n{med_date(dd)}\n\n"
        f"Description: Spotify Premium Duo\n"
        f"Amount: ${money(price)} AUD\n"
        f"Total: ${money(price)} AUD\n\n"
        f"Payment\n${money(price)} AUD\nFunding source: Visa Credit Card x-4417\n\n"
        f"Automatic payment\nYou can manage your automatic payments in your PayPal account settings.\n\n"
        f"Help & Contact | Security | Apps\n\n"
        f"PayPal Australia Pty Limited ABN 93 111 195 389 (AFSL 304962).\n"
    )
    html = table_html(
        "You sent an automatic payment",
        [
            ("Merchant", "Spotify AB<br>billing@spotify.com"),
            ("Transaction ID", txn),
            ("Transaction date", med_date(dd)),
            ("Spotify Premium Duo", f"${money(price)} AUD"),
            ("*Total", f"${money(price)} AUD"),
            ("Funding source", "Visa Credit Card x-4417"),
        ],
        brand="#003087",
        intro=p(
            "Hello Jessica Whitfield,", f"You sent an automatic payment of ${money(price)} AUD to Spotify AB"
        ),
        footer="PayPal Australia Pty Limited ABN 93 111 195 389 (AFSL 304962).",
    )
    add(
        f"{d}T02:14:00",
        PAYPAL,
        "Receipt for your payment to Spotify AB",
        text=text,
        html=html,
        labels=["Spotify Premium"],
        slug="paypal-spotify",
        tz="pac",
        msgid_dom="paypal.com",
    )
add(
    "2026-01-20T09:00:00",
    ("Spotify", "no-reply@spotify.com"),
    "An update to your Premium Duo price",
    text=(
        "Hi Jess,\n\nWe're writing to let you know that the price of Premium Duo in Australia is changing.\n\n"
        "Your new price will be A$23.99/month, up from A$21.99/month, starting on your billing date in "
        "March 2026.\n\nWe continue to invest in new features and experiences so Spotify stays the best "
        "place to listen. If you'd like to cancel, you can do so anytime from your account page.\n\n"
        "Thank you for being a Premium member.\n\nThe Spotify Team\n\n"
        "Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden\n"
    ),
    html=(
        "<html><body style='font-family:Circular,Helvetica,Arial,sans-serif;background:#121212;color:#fff'>"
        "<table width='600' align='center'><tr><td><h2>An update to your Premium Duo price</h2>"
        "<p>Hi Jess,</p><p>We’re writing to let you know that the price of Premium Duo in Australia is "
        "changing.</p><p>Your new price will be <b>A$23.99/month</b>, up from A$21.99/month, starting on your "
        "billing date in March 2026.</p><p>Thank you for being a Premium member.</p><p>The Spotify Team</p>"
        "<p style='font-size:11px;color:#aaa'>Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden</p>"
        "</td></tr></table></body></html>"
    ),
    labels=["Spotify Premium"],
    slug="spotify-price-change",
    tz="cet",
    text_cte="base64",
    html_cte="base64",
)

# --- Anytime Fitness via Ezypay: fortnightly, a failed payment then collected ---------------
AF = ("Anytime Fitness Paddington", "paddington@anytimefitness.com.au")
EZY = ("Ezypay", "noreply@ezypay.com")
add(
    "2026-01-03T10:12:00",
    AF,
    "Welcome to Anytime Fitness Paddington!",
    text=(
        "Hi Jess,\n\nWelcome to the club! Your 24/7 key fob is ready to pick up from reception.\n\n"
        "Membership summary\n"
        "  Membership: 12 month Anytime Access\n"
        "  Start date: 05/01/2026\n"
        "  Joining fee: $49.00 (paid today)\n"
        "  Membership fee: $33.90 per fortnight\n"
        "  First direct debit: Monday 05/01/2026\n\n"
        "Your fortnightly payments are processed by our payment partner Ezypay, so you'll see 'EZY*ANYTIME "
        "FITNESS' on your statement.\n\nSee you on the floor,\nMel & the Paddington team\n"
    ),
    labels=["Anytime Fitness"],
    slug="anytimefitness-welcome",
)


def ezy_receipt(d: str, amount: float, note: str = ""):
    dd = D(d)
    nxt = dd + _dt.timedelta(days=14)
    if dd.weekday() != 0:  # a retried payment: next run stays on the Monday schedule
        nxt = dd + _dt.timedelta(days=(7 - dd.weekday()) % 7 + 7)
    rows = [
        ("Business", "Anytime Fitness Paddington"),
        ("Customer reference", "EZ-3384102"),
        ("Payment date", dmy(dd)),
        ("Payment method", "Visa xxxx-4417"),
    ]
    if note:
        rows.append(("Includes", note))
    rows += [
        ("*Amount paid", f"AUD {money(amount)}"),
        None,
        ("Next scheduled payment", f"AUD 33.90 on {dmy(nxt)}"),
    ]
    html = table_html(
        "Payment receipt",
        rows,
        brand="#5f259f",
        intro=p("Hi Jessica,", "Thank you, your payment has been processed successfully."),
        outro=p("Questions about your membership? Please contact Anytime Fitness Paddington directly."),
        footer="Ezypay Pty Ltd ABN 33 096 574 895 · Payments made easy",
    )
    add(
        f"{d}T06:02:00",
        EZY,
        "Payment receipt - Anytime Fitness Paddington",
        html=html,
        html_cte="base64",
        labels=["Anytime Fitness"],
        slug="ezypay-receipt",
        tz="syd",
        msgid_dom="ezypay.com",
    )


ezy_receipt("2026-01-05", 33.90)
ezy_receipt("2026-06-22", 33.90)
add(
    "2026-09-14T06:05:00",
    EZY,
    "Failed payment notification - Anytime Fitness Paddington",
    html=table_html(
        "We couldn't process your payment",
        [
            ("Business", "Anytime Fitness Paddington"),
            ("Scheduled payment", "AUD 33.90"),
            ("Scheduled date", "14/09/2026"),
            ("Reason", "Insufficient funds"),
            ("Failed payment fee", "AUD 9.90"),
            ("*Next attempt", "17/09/2026 for AUD 43.80"),
        ],
        brand="#5f259f",
        intro=p("Hi Jessica,", "Your scheduled payment to Anytime Fitness Paddington was unsuccessful."),
        outro=p("Please make sure funds are available. We will automatically try again on 17/09/2026."),
        footer="Ezypay Pty Ltd ABN 33 096 574 895",
    ),
    html_cte="base64",
    labels=["Anytime Fitness"],
    slug="ezypay-failed",
    tz="syd",
    msgid_dom="ezypay.com",
)
ezy_receipt("2026-09-17", 43.80, "Failed payment fee AUD 9.90")
ezy_receipt("2026-11-23", 33.90)

# --- Crikey: annual, bought Dec 2025, renewal reminder at a new price ------------------------
CRK = ("Crikey", "subscriptions@crikey.com.au")
add(
    "2025-12-04T13:26:00",
    CRK,
    "Welcome to Crikey",
    text=(
        "Hi Jess,\n\nThanks for subscribing to Crikey - independent journalism that holds the powerful to "
        "account.\n\nYour subscription\n  Crikey Annual\n  $199.00 (incl. GST) for 12 months\n"
        "  Start date: 4 December 2025\n\nYour subscription will automatically renew each year unless you "
        "turn off auto-renew in My Account.\n\nYou'll get the Worm in your inbox every weekday morning.\n\n"
        "Cheers,\nThe Crikey team\nPrivate Media Pty Ltd ABN 99 086 194 171\n"
    ),
    labels=["Crikey"],
    slug="crikey-welcome",
    tz="syd",
)
add(
    "2026-11-06T10:00:00",
    CRK,
    "Your Crikey subscription is renewing soon",
    text=(
        "Hi Jess,\n\nJust a heads up - your Crikey Annual subscription will automatically renew on "
        "4 December 2026.\n\nWe'll charge $219 to your card ending 4417 for another 12 months of Crikey. "
        "That's our first price change in three years.\n\nNo action needed to keep reading. To change or "
        "cancel, visit My Account before your renewal date.\n\nThe Crikey team\n"
    ),
    html=(
        "<html><body style='font-family:Georgia,serif'><p>Hi Jess,</p><p>Just a heads up &mdash; your "
        "<b>Crikey Annual</b> subscription will automatically renew on <b>4 December 2026</b>.</p>"
        "<p>We&rsquo;ll charge <b>$219</b> to your card ending 4417 for another 12 months of Crikey.</p>"
        "<p>No action needed to keep reading.</p><p>The Crikey team</p></body></html>"
    ),
    labels=["Crikey"],
    slug="crikey-renewal-reminder",
    tz="syd",
)

# --- Amazon Prime: annual $79 ---------------------------------------------------------------
AMZ_PRIME = ("Amazon.com.au", "prime@amazon.com.au")
add(
    "2026-02-12T23:40:00",
    AMZ_PRIME,
    "Your Amazon Prime membership will renew soon",
    text=(
        "Hello Jess,\n\nThis is a reminder that your Amazon Prime membership will automatically renew on "
        "19 February 2026.\n\nMembership plan: Annual\nRenewal price: A$79.00 (incl. GST)\n"
        "Payment method: Visa ending in 4417\n\nTo see your membership details or make changes, visit "
        "Your Prime Membership.\n\nThanks for being a Prime member,\nAmazon.com.au\n"
    ),
    labels=["Amazon Prime"],
    slug="amazon-prime-reminder",
    tz="utc",
    text_cte="quoted-printable",
)
add(
    "2026-02-19T04:10:00",
    AMZ_PRIME,
    "Thank you for renewing your Amazon Prime membership",
    text=(
        "Hello Jess,\n\nThank you for continuing your Amazon Prime membership. We charged A$79.00 to your "
        "Visa ending in 4417 on 19 February 2026.\n\nYour membership now runs until 19 February 2027.\n\n"
        "Amazon Commercial Services Pty Ltd ABN 30 616 935 623\n"
    ),
    labels=["Amazon Prime"],
    slug="amazon-prime-renewed",
    tz="utc",
)

# --- Microsoft 365 Family: yearly ------------------------------------------------------------
MS = ("Microsoft", "microsoft-noreply@microsoft.com")
add(
    "2026-02-16T10:44:00",
    MS,
    "Your Microsoft 365 Family subscription will renew soon",
    text=(
        "Microsoft account\n\nYour subscription will renew soon\n\n"
        "Hi Jess,\n\nYour Microsoft 365 Family subscription will automatically renew on 18/03/2026. "
        "We'll charge AU$159.00/year (tax included) to your Visa **4417.\n\n"
        "If you don't want to renew, turn off recurring billing before 18/03/2026 at "
        "account.microsoft.com/services.\n\nThanks,\nThe Microsoft account team\n\n"
        "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052\n"
    ),
    labels=["Microsoft 365 Family"],
    slug="microsoft-renewal-notice",
    tz="pac",
    text_cte="base64",
)
add(
    "2026-03-18T02:03:00",
    MS,
    "Your Microsoft order on 18/03/2026",
    html=table_html(
        "Thank you for your order",
        [
            ("Order number", str(RNG.randint(1000000000, 9999999999))),
            ("Order date", "18/03/2026"),
            ("Microsoft 365 Family — 1 year", "AU$159.00"),
            ("Renews", "18/03/2027"),
            ("Tax", "AU$14.45"),
            ("*Total", "AU$159.00"),
            ("Payment", "Visa **4417"),
        ],
        brand="#2f2f2f",
        intro=p("Hi Jess,", "Your subscription has renewed."),
        footer="Microsoft Regional Sales Pte Ltd · Microsoft Pty Ltd ABN 29 002 589 460",
    ),
    html_cte="base64",
    labels=["Microsoft 365 Family"],
    slug="microsoft-order",
    tz="pac",
)

# --- VentraIP: .com.au domain, yearly auto-renew -----------------------------------------------
VIP = ("VentraIP Australia", "billing@ventraip.com.au")
add(
    "2026-05-04T08:00:00",
    VIP,
    "Domain Renewal Notice - whitfieldphoto.com.au",
    text=(
        "Dear Jessica Whitfield,\n\nThis is a reminder that the following domain name is due to expire "
        "in 30 days:\n\n  Domain: whitfieldphoto.com.au\n  Expiry date: 03/06/2026\n  Auto-renew: ON\n\n"
        "As auto-renew is enabled, we will attempt to renew this domain for 1 year on the expiry date and "
        "charge $24.95 AUD (GST incl.) to your stored credit card.\n\n"
        "Regards,\nVentraIP Australia\nhttps://vip.ventraip.com.au\n"
    ),
    labels=["whitfieldphoto.com.au domain"],
    slug="ventraip-renewal-notice",
    tz="syd",
    text_cte="7bit",
)
add(
    "2026-06-03T00:12:00",
    VIP,
    "Invoice Payment Confirmation - #2931187",
    text=(
        "Dear Jessica Whitfield,\n\nThis is a payment receipt for Invoice #2931187 sent on 03/06/2026.\n\n"
        "Invoice #2931187\n"
        "Domain Renewal - whitfieldphoto.com.au - 1 Year/s (03/06/2026 - 02/06/2027)   $22.68 AUD\n"
        "------------------------------------------------------\n"
        "Sub Total: $22.68 AUD\n10.00% GST: $2.27 AUD\nCredit: $0.00 AUD\nTotal: $24.95 AUD\n\n"
        "Amount Paid: $24.95 AUD\nTransaction #: ch_" + alnum(14, upper=False) + "\n"
        "Total Paid: $24.95 AUD\nRemaining Balance: $0.00 AUD\nStatus: Paid\n\n"
        "You may review your invoice history at any time by logging in to VIPcontrol.\n\n"
        "VentraIP Australia Pty Ltd ABN 91 149 461 256\n"
    ),
    labels=["whitfieldphoto.com.au domain"],
    slug="ventraip-invoice-paid",
    tz="syd",
    text_cte="7bit",
)

# --- Adobe Photography plan: monthly on the 26th, net + GST ---------------------------------
ADB = ("Adobe", "message@adobe.com")
for d in ["2025-12-26", "2026-03-26", "2026-07-26", "2026-10-26"]:
    dd = D(d)
    invno = "AU" + str(RNG.randint(5000000000, 5999999999))
    ds = dd.strftime("%d-%b-%Y")
    text = (
        f"Hi Jess,\n\nThank you for your payment. Your invoice is attached.\n\n"
        f"Invoice number: {invno}\nInvoice date: {ds}\n"
        f"Creative Cloud Photography plan (20GB) - Monthly\n\n"
        f"  Subtotal         AUD 14.99\n  GST (10%)        AUD  1.50\n  Total            AUD 16.49\n\n"
        f"Payment method: Visa ending in 4417\n"
        f"Next billing date: {add_months(dd, 1).strftime('%d-%b-%Y')}\n\n"
        f"Adobe Systems Pty Ltd, Level 27, 1 Denison Street, North Sydney NSW 2060. ABN 72 054 247 834\n"
    )
    html = table_html(
        "Thanks for your payment",
        [
            ("Invoice number", invno),
            ("Invoice date", ds),
            ("Creative Cloud Photography plan (20GB)", "AUD 14.99"),
            ("GST (10%)", "AUD 1.50"),
            ("*Total", "AUD 16.49"),
            ("Next billing date", add_months(dd, 1).strftime("%d-%b-%Y")),
        ],
        brand="#eb1000",
        intro=p("Hi Jess,", "Thank you for your payment. Your invoice is attached."),
        footer="Adobe Systems Pty Ltd ABN 72 054 247 834",
    )
    add(
        f"{d}T13:30:00",
        ADB,
        "Your Adobe invoice",
        text=text,
        html=html,
        labels=["Adobe Photography plan"],
        slug="adobe-invoice",
        tz="pac",
        msgid_dom="adobe.com",
    )

# --- HelloFresh: weekly box from late September, charged on Thursdays --------------------------
HF = ("HelloFresh", "hello@news.hellofresh.com.au")
add(
    "2026-09-24T18:05:00",
    HF,
    "Welcome to HelloFresh! Your first box is confirmed 🎉",
    text=(
        "Hi Jess,\n\nWelcome to the HelloFresh family! Your first box is confirmed.\n\n"
        "Plan: 3 recipes for 2 people, weekly\nDelivery: Saturday 26 September, 8am–6pm\n\n"
        "Box price: $86.94\nIntroductory discount (50%): –$43.47\nShipping: $10.99\n"
        "Total charged today: $54.46\n\n"
        "After this your box will arrive every week. We'll charge your card each Thursday for that "
        "Saturday's delivery, at the regular price of $97.93 (box $86.94 + shipping $10.99). "
        "Skip a week or pause any time before Wednesday 11:59pm AEST.\n\nHappy cooking!\nThe HelloFresh team\n"
    ),
    labels=["HelloFresh"],
    slug="hellofresh-welcome",
)


def hf_charge(d: str):
    dd = D(d)
    sat = dd + _dt.timedelta(days=2)
    nxt = dd + _dt.timedelta(days=7)
    text = (
        f"Hi Jess,\n\nGood news - your box for {sat.strftime('%A')}, {sat.day} {sat.strftime('%B')} is being "
        f"packed!\n\nWe've charged $97.93 to your Visa ending 4417.\n\n"
        f"  3 recipes for 2 people     $86.94\n  Shipping                   $10.99\n"
        f"  Total                      $97.93 (incl. GST)\n\n"
        f"Your next box: we'll charge your card on {nxt.strftime('%A')}, {nxt.day} {nxt.strftime('%B')}. "
        f"Want to skip it? Make changes before {(nxt - _dt.timedelta(days=1)).strftime('%A')} 11:59pm.\n\n"
        f"The HelloFresh team\n"
    )
    add(
        f"{d}T07:45:00",
        HF,
        f"Your HelloFresh box for {sat.strftime('%a')} {sat.day} {sat.strftime('%b')} is confirmed",
        text=text,
        labels=["HelloFresh"],
        slug="hellofresh-charge",
        text_cte="quoted-printable",
    )


hf_charge("2026-10-08")
add(
    "2026-10-13T12:20:00",
    HF,
    "You've skipped your delivery",
    text=(
        "Hi Jess,\n\nNo worries - we've skipped your delivery for Saturday 17 October and you won't be "
        "charged for that week.\n\nYour next box arrives Saturday 24 October.\n\nThe HelloFresh team\n"
    ),
    labels=["HelloFresh"],
    slug="hellofresh-skipped",
)
hf_charge("2026-10-29")
hf_charge("2026-11-12")
hf_charge("2026-11-19")

# --- Paramount+: monthly on the 15th, lapsed after failed payments (inactive) -----------------
PPLUS = ("Paramount+", "noreply@paramountplus.com")
for d in ["2026-01-15", "2026-04-15"]:
    add(
        f"{d}T05:00:00",
        PPLUS,
        "Your Paramount+ receipt",
        text=(
            f"Hi Jess,\n\nThanks for your payment.\n\nParamount+ Standard (Monthly)\n"
            f"Date: {long_date(D(d))}\nAmount: A$13.99 (incl. GST)\nPayment method: Mastercard ending 2290\n\n"
            f"Your subscription will renew on {long_date(add_months(D(d), 1))}.\n\n"
            f"Paramount+ | Network Ten Pty Limited ABN 91 052 515 250\n"
        ),
        labels=["Paramount+"],
        slug="paramountplus-receipt",
        tz="syd",
    )
add(
    "2026-05-15T05:10:00",
    PPLUS,
    "There's a problem with your payment",
    text=(
        "Hi Jess,\n\nWe couldn't process your payment of A$13.99 for Paramount+ on 15 May 2026. Your "
        "Mastercard ending 2290 may have expired.\n\nPlease update your payment details within 14 days to keep "
        "streaming.\n\nParamount+\n"
    ),
    labels=["Paramount+"],
    slug="paramountplus-payment-failed",
    tz="syd",
)
add(
    "2026-05-29T05:10:00",
    PPLUS,
    "Your Paramount+ subscription has ended",
    text=(
        "Hi Jess,\n\nBecause we were unable to process your payment, your Paramount+ subscription has "
        "ended and you no longer have access.\n\nYou can come back any time - just sign in and add a "
        "valid payment method.\n\nParamount+\n"
    ),
    labels=["Paramount+"],
    slug="paramountplus-ended",
    tz="syd",
)

# ----------------------------------------------------------------------------------------------
# Mail that is evidence for nothing
# ----------------------------------------------------------------------------------------------
AMZ = ("Amazon.com.au", "auto-confirm@amazon.com.au")
add(
    "2025-12-08T21:15:00",
    AMZ,
    'Your Amazon.com.au order of "Kindle Paperwhite (16 GB)..."',
    html=table_html(
        "Thanks for your order, Jess!",
        [
            ("Order #", "249-7712093-4410263"),
            ("Kindle Paperwhite (16 GB) – Black", "A$239.00"),
            ("Postage & packing", "A$0.00"),
            ("*Order Total (incl. GST)", "A$239.00"),
            ("Arriving", "Thursday, 11 December"),
        ],
        brand="#232f3e",
        intro=p("Hello Jess,", "We’ll let you know when your item has dispatched."),
        footer="Amazon Commercial Services Pty Ltd ABN 30 616 935 623",
    ),
    labels=[],
    slug="amazon-order",
    tz="utc",
    html_cte="quoted-printable",
)
add(
    "2025-12-09T22:40:00",
    ("Amazon.com.au", "shipment-tracking@amazon.com.au"),
    "Your Amazon.com.au order has dispatched",
    text=(
        "Hello Jess,\n\nYour package with Kindle Paperwhite (16 GB) – Black has dispatched and is on its way "
        "with Australia Post.\n\nArriving: Thursday, 11 December\nOrder # 249-7712093-4410263\n\n"
        "Track your package in Your Orders.\n"
    ),
    labels=[],
    slug="amazon-dispatched",
    tz="utc",
)
add(
    "2026-07-09T02:05:00",
    AMZ,
    'Your Amazon.com.au order of "Breville the Barista Express..."',
    html=table_html(
        "Thanks for your order, Jess!",
        [
            ("Order #", "250-1184470-9023316"),
            ("Breville the Barista Express BES870BSS", "A$599.00"),
            ("Prime Day deal", "–A$150.00"),
            ("Postage & packing", "A$0.00"),
            ("*Order Total (incl. GST)", "A$449.00"),
            ("Arriving", "Saturday, 11 July"),
        ],
        brand="#232f3e",
        intro=p("Hello Jess,", "We’ll let you know when your item has dispatched."),
        footer="Amazon Commercial Services Pty Ltd ABN 30 616 935 623",
    ),
    labels=[],
    slug="amazon-order",
    tz="utc",
)
add(
    "2026-07-01T20:00:00",
    ("Amazon Prime", "store-news@amazon.com.au"),
    "Prime Day is back: 7–10 July",
    text=(
        "Hello Jess,\n\nGet ready: Prime Day is coming 7–10 July, with deals on thousands of products for "
        "Prime members only.\n\nShop early deals now at amazon.com.au/primeday\n\n"
        "Not a member? Try Prime free for 30 days, then A$9.99/month.\n"
    ),
    labels=[],
    slug="amazon-primeday",
    tz="utc",
)
add(
    "2025-12-19T23:10:00",
    ("Uber Receipts", "noreply@uber.com"),
    "Your Friday evening trip with Uber",
    html=table_html(
        "Thanks for riding, Jess",
        [
            ("Trip fare", "$27.41"),
            ("Booking fee", "$3.55"),
            ("Airport surcharge", "$5.00"),
            ("*Total", "A$35.96"),
            ("Includes GST", "$3.27"),
            ("Visa ••••4417", "A$35.96"),
        ],
        brand="#000000",
        intro=p("Brisbane Airport (BNE) → 31 Wren St, Paddington QLD"),
        footer="Uber Australia Pty Ltd ABN 46 160 299 865",
    ),
    labels=[],
    slug="uber-trip",
    html_cte="base64",
)
add(
    "2026-10-11T11:48:00",
    ("Uber Receipts", "noreply@uber.com"),
    "Your Sunday evening trip with Uber",
    text=(
        "Thanks for riding, Jess\n\nTotal ¥3,870\n\nTrip fare ¥3,450\nBooking fee ¥420\n\n"
        "Shinjuku Station West Exit → Hotel Gracery Shinjuku\n\nCharged to Visa ••••4417 as A$38.62\n"
    ),
    labels=[],
    slug="uber-trip",
    tz="jst",
    text_cte="quoted-printable",
)
add(
    "2026-03-27T19:32:00",
    ("Uber Eats", "noreply@uber.com"),
    "Your Uber Eats order from Gelato Messina",
    text=(
        "Thanks for ordering, Jess\n\nGelato Messina (Paddington)\n\n1 x 1 Litre tub   $28.50\n"
        "Delivery fee   $4.99\nService fee   $2.85\n\nTotal   $36.34\n\nVisa ••••4417\n"
    ),
    labels=[],
    slug="ubereats-order",
    text_cte="8bit",
)
add(
    "2026-08-15T18:50:00",
    ("Uber Eats", "noreply@uber.com"),
    "Your Uber Eats order from Bánh Mì Bros",
    text=(
        "Thanks for ordering, Jess\n\nBánh Mì Bros – Rosalie\n\n2 x Crispy pork bánh mì   $25.00\n"
        "1 x Vietnamese iced coffee   $6.50\nDelivery fee   $2.99\n\nTotal   $34.49\n"
    ),
    labels=[],
    slug="ubereats-order",
    text_cte="quoted-printable",
)
add(
    "2026-06-06T19:05:00",
    ("Menulog", "orders@menulog.com.au"),
    "Your order with Sultan's Kitchen is confirmed",
    text=(
        "Hi Jess,\n\nThanks for your order! Sultan's Kitchen is preparing it now.\n\nOrder no. 88120437\n"
        "Estimated delivery: 7:45pm\n\n1 x Mixed kebab plate  $26.90\n1 x Garlic dip  $4.50\nDelivery  $5.99\n"
        "Total paid  $37.39\n"
    ),
    labels=[],
    slug="menulog-order",
)
add(
    "2026-08-03T13:22:00",
    ("Qantas", "bookings@qantas.com.au"),
    "Your booking confirmation – Brisbane to Tokyo (Narita)",
    html=table_html(
        "Booking confirmation",
        [
            ("Booking reference", "8QKZ4M"),
            ("QF61 BNE → NRT", "Wed 7 Oct 2026 10:55"),
            ("QF62 NRT → BNE", "Thu 15 Oct 2026 19:15"),
            ("Passengers", "MS JESSICA WHITFIELD, MR SAMUEL TRAN"),
            ("Fare (2 adults)", "AUD 1,642.00"),
            ("Taxes, fees and charges", "AUD 200.60"),
            ("*Total", "AUD 1,842.60"),
        ],
        brand="#e40000",
        intro=p("G’day Jessica,", "Thanks for booking with Qantas."),
        footer="Qantas Airways Limited ABN 16 009 661 901",
    ),
    labels=[],
    slug="qantas-booking",
    tz="syd",
)
add(
    "2026-04-18T09:40:00",
    ("Jetstar", "noreply@jetstar.com"),
    "Your Jetstar itinerary – Booking ref: Q7BHTN",
    text=(
        "Hi Jess,\n\nYou're going to Melbourne!\n\nBooking reference: Q7BHTN\nJQ567 Brisbane (BNE) to Melbourne "
        "(MEL)  Fri 22 May 2026  06:00\nJQ574 Melbourne (MEL) to Brisbane (BNE)  Sun 24 May 2026  19:40\n\n"
        "Fares  $238.00\nStarter bundle  $0.00\nBooking and Service Fee  $9.00\nTotal  $247.00 AUD\n"
    ),
    labels=[],
    slug="jetstar-itinerary",
    tz="syd",
)


def jp_hotel():
    body = (
        "ホイットフィールド ジェシカ 様\n\n"
        "この度はホテルグレイスリー新宿をご予約いただき、誠にありがとうございます。\n"
        "以下の内容でご予約を承りました。\n\n"
        "予約番号：HG-2610-55812\n"
        "チェックイン：2026年10月7日（水）15:00以降\n"
        "チェックアウト：2026年10月11日（日）11:00まで\n"
        "客室：スタンダードダブル（禁煙）1室・2名\n"
        "宿泊料金合計：¥98,400（税・サービス料込）\n"
        "お支払い：現地払い\n\n"
        "皆様のお越しを心よりお待ちしております。\n"
        "ホテルグレイスリー新宿\n"
    )
    m = MIMEText(body, "plain", "iso-2022-jp")
    m["Subject"] = Header("【ホテルグレイスリー新宿】ご予約確認 HG-2610-55812", "iso-2022-jp")
    m["From"] = f"{Header('ホテルグレイスリー新宿', 'iso-2022-jp').encode()} <reserve@gracery.example.jp>"
    return m


add(
    "2026-08-04T10:05:00",
    ("ホテルグレイスリー新宿", "reserve@gracery.example.jp"),
    "【ホテルグレイスリー新宿】ご予約確認 HG-2610-55812",
    labels=[],
    slug="gracery-booking",
    tz="jst",
    raw_builder=jp_hotel,
)
add(
    "2026-01-06T15:30:00",
    ("Airbnb", "automated@airbnb.com"),
    "Reservation confirmed for Byron Bay",
    text=(
        "Pack your bags, Jess!\n\nYour reservation is confirmed. You're going to Byron Bay.\n\n"
        "Beach shack 5 min walk to Wategos\nCheck-in Fri, 23 Jan 2026 3:00 pm\nCheckout Mon, 26 Jan 2026 10:00 am\n"
        "Guests: 6\n\n$412.00 AUD x 3 nights   $1,236.00\nCleaning fee   $150.00\nAirbnb service fee   $196.52\n"
        "Total (AUD)   $1,582.52\n"
    ),
    labels=[],
    slug="airbnb-reservation",
    tz="utc",
)
add(
    "2026-01-10T10:02:00",
    ("Zoë Papadakis", "zoe.papadakis@icloud.com"),
    "Byron money 🏖️",
    text=(
        "Hey lovelies!\n\nBooked the Byron place, total was $1,582.52 so it's $263.75 each (6 of us). "
        "Can you and Sam send me $527.50 whenever? BSB 484-799 acc 1122 3344 or PayID my mobile.\n\n"
        "Also I'll grab food for the Friday night, we can square up after.\n\nZo xx\n"
    ),
    labels=[],
    slug="zoe-byron-money",
    text_cte="quoted-printable",
)
add(
    "2026-01-28T16:44:00",
    ("Zoë Papadakis", "zoe.papadakis@icloud.com"),
    "Re: Byron money 🏖️",
    text=("Got it, thanks! Sam paid me back for the groceries too so we're all square 🙌\n\nZo\n"),
    labels=[],
    slug="zoe-byron-money",
    text_cte="base64",
)
add(
    "2025-12-15T19:20:00",
    ("Leanne Whitfield", "leanne.whitfield@bigpond.com"),
    "Christmas lunch & Nan's present",
    text=(
        "Hi darling,\n\nChristmas lunch at ours as usual, 12 for 12:30. Can you bring the pav?\n\n"
        "Your brother and I are getting Nan the iPad for her 90th — it's $549 so if you and Sam could "
        "chuck in $140 that would be lovely. No rush.\n\nLove Mum xx\n"
    ),
    labels=[],
    slug="mum-christmas",
    text_cte="8bit",
)
add(
    "2025-12-17T08:03:00",
    ("PayPal", "service@paypal.com.au"),
    "You've got money",
    text=(
        'Hello Jessica Whitfield,\n\nZoë Papadakis sent you $40.00 AUD.\n\nNote from Zoë: "Secret Santa '
        'kitty 🎅"\n\nTransaction ID: ' + alnum(17) + "\n\nPayPal Australia Pty Limited\n"
    ),
    labels=[],
    slug="paypal-money-received",
    tz="pac",
    text_cte="quoted-printable",
)
add(
    "2026-02-02T06:10:00",
    ("Woolworths Online", "orders@woolworths.com.au"),
    "Your Woolworths order is confirmed",
    html=table_html(
        "Order confirmed",
        [
            ("Order number", "172004455"),
            ("Delivery window", "Tue 3 Feb, 5pm–7pm"),
            ("Items (38)", "$214.63"),
            ("Delivery fee", "$9.00"),
            ("Everyday Rewards saving", "–$12.40"),
            ("*Total", "$211.23"),
        ],
        brand="#125430",
        intro=p("Hi Jess,", "Thanks for shopping with Woolworths Online."),
        footer="Woolworths Group Limited ABN 88 000 014 675",
    ),
    labels=[],
    slug="woolworths-order",
    html_cte="quoted-printable",
)
add(
    "2026-09-05T11:32:00",
    ("Bunnings Warehouse", "noreply@bunnings.com.au"),
    "Your Bunnings e-receipt",
    text=(
        "Thanks for shopping at Bunnings Newstead.\n\nTAX INVOICE   ABN 26 008 672 179\n\n"
        "OZITO 18V CORDLESS HEDGE TRIMMER    $89.00\nPOTTING MIX PREMIUM 25L x2        $19.96\n"
        "SAUSAGE SIZZLE DONATION            $3.50\n\nTOTAL                            $112.46\n"
        "GST INCLUDED                       $10.22\n\nEFTPOS Visa ****4417\n"
    ),
    labels=[],
    slug="bunnings-receipt",
    text_cte="7bit",
)
add(
    "2026-01-09T07:00:00",
    ("CommBank", "NetBankNotification@cba.com.au"),
    "Your statement is ready to view",
    text=(
        "Hi Jessica,\n\nYour Smart Access statement for the period ending 31 December 2025 is now available in "
        "the CommBank app and NetBank.\n\nFor your security, we'll never ask for your NetCode or password by "
        "email.\n\nCommonwealth Bank of Australia ABN 48 123 123 124 AFSL and Australian credit licence 234945\n"
    ),
    labels=[],
    slug="commbank-statement",
    tz="syd",
)
add(
    "2026-05-28T12:14:00",
    ("CommBank", "NetBankNotification@cba.com.au"),
    "You've received a payment",
    text=(
        "Hi Jessica,\n\nYou've received $140.00 from S TRAN via PayID.\nDescription: nan ipad + pav ingredients\n\n"
        "CommBank\n"
    ),
    labels=[],
    slug="commbank-payment-received",
    tz="syd",
)
add(
    "2026-07-31T09:00:00",
    ("ING", "donotreply@ing.com.au"),
    "Congratulations, you've earned bonus interest",
    text=(
        "Hi Jessica,\n\nYou met the conditions this month, so you've earned the bonus rate on your Savings "
        "Maximiser.\n\nInterest paid for July: $61.27\nRate: 5.00% p.a. (variable)\n\nING\n"
    ),
    labels=[],
    slug="ing-interest",
    tz="syd",
)
add(
    "2026-08-12T16:30:00",
    ("myGov", "noreply@my.gov.au"),
    "You have a new message in your myGov inbox",
    text=(
        "You have a new message in your myGov inbox from the Australian Taxation Office.\n\n"
        "Sign in to myGov to read it: my.gov.au\n\nmyGov will never send you a link to sign in.\n"
    ),
    labels=[],
    slug="mygov-inbox",
    tz="syd",
)
add(
    "2026-08-12T16:05:00",
    ("Etax", "support@etax.com.au"),
    "Your tax return has been lodged",
    text=(
        "Hi Jessica,\n\nGood news! Your 2026 tax return has been lodged with the ATO.\n\n"
        "Estimated refund: $1,384.20\nEtax fee: $89.00 (deducted from your refund)\n\n"
        "The ATO usually issues refunds within 2 weeks.\n\nEtax Accountants Pty Ltd\n"
    ),
    labels=[],
    slug="etax-lodged",
    tz="syd",
)
add(
    "2026-08-26T10:00:00",
    ("Payroll – Brisbane North PHN", "payroll@bnphn.example.org.au"),
    "Your payslip for the period ending 23/08/2026",
    text=(
        "Hi Jessica,\n\nYour payslip is now available in Employee Self Service.\n\n"
        "Pay date: 26/08/2026\nNet pay: $3,418.72\nSuper (12%): $548.10\n\nPayroll Team\n"
    ),
    labels=[],
    slug="payslip",
    text_cte="quoted-printable",
)
add(
    "2026-02-20T14:00:00",
    ("Australian Red Cross", "donations@redcross.org.au"),
    "Thank you for your donation",
    text=(
        "Dear Jessica,\n\nThank you for your generous donation of $100.00 to the Queensland Floods Appeal on "
        "20 February 2026.\n\nReceipt number: RC-2026-3381920\nDonations of $2 or more are tax deductible.\n\n"
        "Australian Red Cross Society ABN 50 169 561 394\n"
    ),
    labels=[],
    slug="redcross-donation",
    tz="syd",
)
add(
    "2026-06-14T20:33:00",
    ("GoFundMe", "noreply@gofundme.com"),
    "Thank you for donating to Help Tom get home",
    text=(
        'Hi Jess,\n\nThank you for your $50.00 donation to "Help Tom get home" organised by Kate Lawson.\n\n'
        "GoFundMe Platform fee: $0.00\nTip to GoFundMe: $5.00\nTotal charged: $55.00 AUD\n"
    ),
    labels=[],
    slug="gofundme-donation",
    tz="pac",
)
add(
    "2026-03-03T08:12:00",
    ("Canva", "no-reply@canva.com"),
    "Reset your Canva password",
    text=(
        "Hi Jess,\n\nWe received a request to reset your password. Click the link below to choose a new one:\n"
        "https://www.canva.com/reset-password/"
        + alnum(24, upper=False)
        + "\n\nIf you didn't ask, ignore this email.\n\n"
        "Try Canva Pro free for 30 days – then A$179.99/year.\n"
    ),
    labels=[],
    slug="canva-password-reset",
    tz="syd",
)
KAYO = ("Kayo Sports", "noreply@kayosports.com.au")
add(
    "2026-03-05T19:40:00",
    KAYO,
    "Welcome to Kayo – your free trial has started",
    text=(
        "Hi Jess,\n\nYour 7-day free trial of Kayo Basic has started. Stream the NRL, AFL, cricket and more.\n\n"
        "Trial ends: 12/03/2026\nAfter your trial: $25.00/month unless you cancel before 12/03/2026.\n\n"
        "Team Kayo\nStreamotion Pty Ltd\n"
    ),
    labels=[],
    slug="kayo-trial-start",
    tz="syd",
)
add(
    "2026-03-12T10:15:00",
    KAYO,
    "Your Kayo free trial has ended",
    text=(
        "Hi Jess,\n\nYour free trial has ended and we weren't able to start your subscription, so you no longer "
        "have access to Kayo.\n\nYou haven't been charged. To keep watching, add a payment method and choose a "
        "plan from $25.00/month.\n\nTeam Kayo\n"
    ),
    labels=[],
    slug="kayo-trial-ended",
    tz="syd",
)
add(
    "2026-04-22T17:00:00",
    ("Foxtel", "offers@foxtel.com.au"),
    "Jess, get Foxtel from $49/month 📺",
    html=table_html(
        "Foxtel. Now it’s easy.",
        [
            ("Foxtel Essentials", "$49/mth"),
            ("+ Sport", "$37/mth"),
            ("+ Movies", "$15/mth"),
            ("*First month", "FREE"),
        ],
        brand="#131313",
        intro=p("Hi Jess,", "All your favourites in one place with the new iQ5."),
        footer="Foxtel Management Pty Ltd ABN 65 068 671 938. Unsubscribe",
    ),
    labels=[],
    slug="foxtel-offer",
    tz="syd",
)
add(
    "2026-06-03T12:00:00",
    ("Optus", "offers@optus.com.au"),
    "Switch to Optus 5G Home Internet – $79/mth for 6 months",
    text=(
        "Hi Jess,\n\nTired of waiting for the NBN tech? Plug in and go with Optus 5G Home Internet.\n\n"
        "$79/mth for the first 6 months, then $99/mth. No lock-in contract.\n\nCheck your address at optus.com.au/5g\n\n"
        "Optus. Unsubscribe\n"
    ),
    labels=[],
    slug="optus-offer",
    tz="syd",
)
add(
    "2026-09-29T11:00:00",
    ("AGL", "hello@agl.com.au"),
    "Jess, you could save on your energy bills",
    text=(
        "Hi Jess,\n\nSwitch your electricity to AGL Value Saver and you could save up to $320 a year.\n\n"
        "Plan: Value Saver (Energex distribution area)\nSupply charge: 125.40c/day\nUsage: 28.05c/kWh\n\n"
        "It only takes 5 minutes to switch. Offer ends 31 October.\n\nAGL Sales (Queensland Electricity) Pty Limited\n"
    ),
    labels=[],
    slug="agl-offer",
    tz="syd",
)
add(
    "2026-05-07T15:45:00",
    ("Budget Direct", "quotes@budgetdirect.com.au"),
    "Your car insurance quote Q-77210834",
    text=(
        "Hi Jessica,\n\nThanks for getting a quote with Budget Direct.\n\nVehicle: 2019 Mazda CX-5\n"
        "Comprehensive Car Insurance\nAnnual premium: $1,043.20\nor $95.63/month\n\n"
        "Your quote is valid for 30 days. Buy online and save 15% in the first year.\n\nBudget Direct\n"
    ),
    labels=[],
    slug="budgetdirect-quote",
    tz="syd",
)
add(
    "2026-10-30T09:00:00",
    ("Disney+", "disneyplus@mail.disneyplus.com"),
    "Disney+ is better together 💙",
    text=(
        "Hi Jess,\n\nStream Disney, Pixar, Marvel, Star Wars and more. Plans start at $13.99/month for Standard "
        "with Ads, or save with an annual plan at $139.99/year.\n\nSign up today.\n\nDisney+ Unsubscribe\n"
    ),
    labels=[],
    slug="disneyplus-promo",
    tz="pac",
)
GUA = ("Guardian Australia", "morningmail@theguardian.com")
add(
    "2026-02-10T05:45:00",
    GUA,
    "Morning Mail: Reserve Bank decision looms; Queensland flood clean-up",
    text=(
        "Good morning. The Reserve Bank board meets today amid pressure to hold rates...\n\n"
        "Australia\n- Flood clean-up continues across south-east Queensland\n- Energy bills to rise in July, "
        "regulator says\n\nGuardian Australia\n"
    ),
    labels=[],
    slug="guardian-morning-mail",
    tz="syd",
)
add(
    "2026-09-02T05:45:00",
    GUA,
    "Morning Mail: Brisbane 2032 venues; power bills; Matildas",
    text=(
        "Good morning. The state government has released a revised venue plan for the 2032 Games...\n\n"
        "Guardian Australia is funded by readers. Support us from just $5 a month.\n"
    ),
    labels=[],
    slug="guardian-morning-mail",
    tz="syd",
)
add(
    "2026-05-21T12:00:00",
    ("Broadsheet Brisbane", "newsletter@broadsheet.com.au"),
    "The best new bars in Brisbane right now",
    html=(
        "<html><body><table width='600'><tr><td><h1>Broadsheet Brisbane</h1>"
        "<p>Eleven new openings, from a James Street wine bar to a Fortitude Valley listening room.</p>"
        "<p>Broadsheet Access members get 2-for-1 deals at selected venues &ndash; join for $10/month.</p>"
        "</td></tr></table></body></html>"
    ),
    labels=[],
    slug="broadsheet-newsletter",
    tz="syd",
)
add(
    "2026-03-18T06:00:00",
    ("Crikey Worm", "worm@crikey.com.au"),
    "Crikey Worm: Hands across the water",
    text=(
        "Good morning, early birds.\n\nThe Coalition has released its energy plan... and the Worm turns.\n\n"
        "Crikey\n"
    ),
    labels=[],
    slug="crikey-worm",
    tz="syd",
)
add(
    "2026-06-15T08:00:00",
    ("RACQ", "theroadahead@racq.com.au"),
    "The Road Ahead: winter road trips & fuel prices",
    text=(
        "Your June edition of The Road Ahead is here.\n\n- Brisbane fuel price cycle: when to fill up\n"
        "- 5 winter road trips from Brisbane\n- Is your car ready for a long weekend?\n\nRACQ\n"
    ),
    labels=[],
    slug="racq-road-ahead",
)
add(
    "2026-08-28T17:00:00",
    ("Stan", "hello@stan.com.au"),
    "New on Stan this September",
    text=(
        "Hi Jess,\n\nHere's what's coming to Stan in September: new Stan Originals, blockbuster movies and "
        "more.\n\nAdd Stan Sport for $15/month and watch the Rugby Championship live.\n\nThe Stan Team\n"
    ),
    labels=[],
    slug="stan-whats-new",
    tz="syd",
)
add(
    "2026-08-11T09:00:00",
    ("Origin Energy", "offers@originenergy.com.au"),
    "Make the most of your solar with a battery",
    text=(
        "Hi Jessica,\n\nWith the Cheaper Home Batteries program you could save up to 30% on a home battery.\n\n"
        "Origin Solar Battery packages from $8,990 installed (after discount), or from $22/week with Origin "
        "Solar Loan.\n\nBook a free consultation.\n\nOrigin\n"
    ),
    labels=[],
    slug="origin-battery-offer",
    tz="syd",
)
add(
    "2026-04-14T13:00:00",
    ("Ticketek", "noreply@ticketek.com.au"),
    "Your Ticketek order confirmation",
    text=(
        "Hi Jessica,\n\nYou're going to Queensland Maroons v NSW Blues – State of Origin Game 2!\n\n"
        "Suncorp Stadium, Wednesday 17 June 2026, 8:05pm\nOrder number: 58813022\n2 x Adult Category B   $358.00\n"
        "Handling fee   $9.50\nTotal   $367.50\n\nTicketek\n"
    ),
    labels=[],
    slug="ticketek-order",
    tz="syd",
)
add(
    "2026-05-12T21:05:00",
    ("eBay", "ebay@ebay.com.au"),
    "Order confirmed: Vintage Pentax K1000 35mm film camera",
    text=(
        "Hi jessw_photo,\n\nYour order is confirmed.\n\nVintage Pentax K1000 35mm film camera + 50mm lens\n"
        "Item price: AU $185.00\nPostage: AU $12.50\nTotal: AU $197.50\n\nEstimated delivery: Tue, 19 May\n"
    ),
    labels=[],
    slug="ebay-order",
    tz="syd",
)
add(
    "2026-10-24T15:40:00",
    ("Afterpay", "noreply@afterpay.com"),
    "Your order with The Good Guys is approved",
    text=(
        "Hi Jess,\n\nYour order with The Good Guys has been approved.\n\nOrder total: $499.00\n"
        "4 payments of $124.75\n\nPayment 1: $124.75 paid today\nPayment 2: $124.75 due 7 Nov\n"
        "Payment 3: $124.75 due 21 Nov\nPayment 4: $124.75 due 5 Dec\n\nAfterpay\n"
    ),
    labels=[],
    slug="afterpay-order",
    tz="syd",
)
add(
    "2026-03-23T16:00:00",
    ("Medicare", "noreply@servicesaustralia.gov.au"),
    "Your Medicare claim has been processed",
    text=(
        "Your Medicare claim for a service on 20/03/2026 has been processed.\n\nBenefit paid: $42.85\n"
        "Paid to account ending 082.\n\nServices Australia\n"
    ),
    labels=[],
    slug="medicare-claim",
    tz="syd",
)
add(
    "2026-09-30T08:40:00",
    ("Apple", "appleid@id.apple.com"),
    "Your Apple Account was used to sign in to iCloud on a Mac",
    text=(
        "Dear Jess,\n\nYour Apple Account (jess.whitfield@outlook.com.au) was used to sign in to iCloud via a web "
        "browser.\n\nDate and time: 30 September 2026, 8:39 am AEST\n\nIf this was you, you can ignore this "
        "email.\n\nApple Support\n"
    ),
    labels=[],
    slug="apple-signin-alert",
    tz="utc",
)
add(
    "2025-12-10T09:30:00",
    ("Australia Post", "noreply@notifications.auspost.com.au"),
    "Your delivery is on its way",
    text=(
        "Hi Jess,\n\nYour parcel from Amazon is on its way and is expected to arrive Thursday 11 December.\n\n"
        "Tracking number: 33QKV5012345\n\nAustralia Post\n"
    ),
    labels=[],
    slug="auspost-tracking",
    tz="syd",
)
add(
    "2026-07-21T17:10:00",
    ("Paddington Vet Clinic", "reception@paddingtonvet.example.com.au"),
    "Invoice #10442 – Biscuit",
    text=(
        "Hi Jess,\n\nThanks for bringing Biscuit in today. Please find your invoice below.\n\n"
        "Consultation  $95.00\nC5 vaccination  $118.00\nNexGard Spectra 3 pack  $79.95\n\nTotal (inc GST)  $292.95\n"
        "Paid  $292.95  EFTPOS\n\nBiscuit's next vaccination is due in July 2027.\n\nPaddington Vet Clinic\n"
    ),
    labels=[],
    slug="vet-invoice",
)
add(
    "2026-03-20T12:05:00",
    ("Latrobe Terrace Dental", "hello@ltdental.example.com.au"),
    "Your receipt from Latrobe Terrace Dental",
    text=(
        "Hi Jessica,\n\nThank you for visiting us today.\n\nExam, scale & clean (011, 114, 121)  $285.00\n"
        "Medibank HICAPS claim  –$201.50\nGap paid  $83.50\n\nSee you in 6 months!\n"
    ),
    labels=[],
    slug="dentist-receipt",
)
add(
    "2026-01-18T09:00:00",
    ("Anytime Fitness Paddington", "paddington@anytimefitness.com.au"),
    "New year, new you: 6-week challenge starts Monday",
    text=(
        "Hi Jess,\n\nOur 6-week body transformation challenge kicks off Monday. $69 entry for members, "
        "includes weekly coach check-ins and a prize pool.\n\nSign up at reception.\n\nMel\n"
    ),
    labels=[],
    slug="anytimefitness-challenge",
)
add(
    "2026-08-20T18:00:00",
    ("HelloFresh", "hello@news.hellofresh.com.au"),
    "Jess, get up to 60% off your first box",
    text=(
        "Hi Jess,\n\nDinner sorted. Get up to 60% off your first box plus free dessert for life.\n\n"
        "Plans from $8.99 per serve.\n\nHelloFresh\n"
    ),
    labels=[],
    slug="hellofresh-promo",
)
add(
    "2026-10-17T20:14:00",
    SAM,
    "japan photos + what we spent",
    text=(
        "Shared the album with you. Also did a rough tally of the trip: flights $1,842.60, hotel ¥98,400 "
        "(about A$985), JR passes, food... call it $4.2k all up. Worth it.\n\nxx\n"
    ),
    labels=[],
    slug="sam-japan-tally",
    text_cte="quoted-printable",
    msgid_dom="mail.gmail.com",
)
add(
    "2026-11-22T09:30:00",
    ("Booking.com", "noreply@booking.com"),
    "Your booking at Noosa Heads Beach Resort is confirmed",
    text=(
        "Thanks, Jessica! Your booking is confirmed.\n\nNoosa Heads Beach Resort\nCheck-in: Fri 19 Dec 2026\n"
        "Check-out: Sun 21 Dec 2026\nTotal price: AUD 688\nYou'll pay at the property.\n\nBooking.com\n"
    ),
    labels=[],
    slug="booking-noosa",
    tz="cet",
)


# ----------------------------------------------------------------------------------------------
# Truth
# ----------------------------------------------------------------------------------------------
def fortnight_after(start: str, today: str) -> str:
    d, t = D(start), D(today)
    while d <= t:
        d += _dt.timedelta(days=14)
    return d.isoformat()


TRUTH = [
    dict(
        name="Origin Energy",
        aliases=["Origin", "Origin electricity", "Origin Energy Electricity Limited"],
        amount="587.30",
        currency="AUD",
        cycle="quarterly",
        status="active",
        next_renewal="2026-12-08",
        kind="bill",
    ),
    dict(
        name="Urban Utilities",
        aliases=["Queensland Urban Utilities", "Urban Utilities water"],
        amount="318.62",
        currency="AUD",
        cycle="quarterly",
        status="active",
        next_renewal="2026-12-01",
        kind="bill",
    ),
    dict(
        name="Brisbane City Council rates",
        aliases=["Brisbane City Council", "council rates", "BCC rates"],
        amount="521.85",
        currency="AUD",
        cycle="quarterly",
        status="active",
        next_renewal="2026-11-30",
        kind="bill",
    ),
    dict(
        name="Aussie Broadband",
        aliases=["Aussie Broadband NBN", "NBN 100/20", "Home Fast"],
        amount="105.00",
        currency="AUD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-14",
        kind="bill",
    ),
    dict(
        name="Telstra",
        aliases=["Telstra mobile", "Upfront Mobile Plan", "My Telstra"],
        amount="120.00",
        currency="AUD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-05",
        kind="bill",
    ),
    dict(
        name="Queensland vehicle registration",
        aliases=[
            "Transport and Main Roads",
            "TMR",
            "car registration",
            "registration renewal 487 XQB",
            "CTP",
        ],
        amount=money(reg_total),
        currency="AUD",
        cycle="yearly",
        status="active",
        next_renewal="2027-03-14",
        kind="bill",
    ),
    dict(
        name="Medibank",
        aliases=["Medibank Private", "Gold Hospital with Top Extras"],
        amount="193.25",
        currency="AUD",
        cycle="biweekly",
        status="active",
        next_renewal=fortnight_after("2026-10-16", TODAY),
        kind="bill",
    ),
    dict(
        name="RACQ Home and Contents Insurance",
        aliases=["RACQ", "RACQ Insurance", "RACQ Home & Contents"],
        amount=f"{racq_total:.2f}",
        currency="AUD",
        cycle="yearly",
        status="active",
        next_renewal="2027-08-09",
        kind="bill",
    ),
    dict(
        name="Stan",
        aliases=["Stan Premium", "Stan Entertainment"],
        amount="25.00",
        currency="AUD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-07",
        kind="subscription",
    ),
    dict(
        name="Binge",
        aliases=["Binge Standard", "Streamotion"],
        amount="19.00",
        currency="AUD",
        cycle="monthly",
        status="cancelled",
        next_renewal=None,
        kind="subscription",
    ),
    dict(
        name="iCloud+",
        aliases=["iCloud", "iCloud+ 200 GB", "Apple iCloud"],
        amount="4.49",
        currency="AUD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-02",
        kind="subscription",
    ),
    dict(
        name="Spotify Premium",
        aliases=["Spotify", "Spotify Premium Duo", "Spotify AB"],
        amount="23.99",
        currency="AUD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-11",
        kind="subscription",
    ),
    dict(
        name="Anytime Fitness",
        aliases=["Anytime Fitness Paddington", "EZY*ANYTIME FITNESS"],
        amount="33.90",
        currency="AUD",
        cycle="biweekly",
        status="active",
        next_renewal="2026-12-07",
        kind="subscription",
    ),
    dict(
        name="Crikey",
        aliases=["Crikey Annual", "Private Media"],
        amount="219.00",
        currency="AUD",
        cycle="yearly",
        status="active",
        next_renewal="2026-12-04",
        kind="subscription",
    ),
    dict(
        name="Amazon Prime",
        aliases=["Prime", "Amazon Prime membership"],
        amount="79.00",
        currency="AUD",
        cycle="yearly",
        status="active",
        next_renewal="2027-02-19",
        kind="subscription",
    ),
    dict(
        name="Microsoft 365 Family",
        aliases=["Microsoft 365", "Office 365"],
        amount="159.00",
        currency="AUD",
        cycle="yearly",
        status="active",
        next_renewal="2027-03-18",
        kind="subscription",
    ),
    dict(
        name="whitfieldphoto.com.au domain",
        aliases=["whitfieldphoto.com.au", "VentraIP", "VentraIP Australia"],
        amount="24.95",
        currency="AUD",
        cycle="yearly",
        status="active",
        next_renewal="2027-06-03",
        kind="subscription",
    ),
    dict(
        name="Adobe Photography plan",
        aliases=["Adobe", "Creative Cloud Photography plan", "Adobe Creative Cloud"],
        amount="16.49",
        currency="AUD",
        cycle="monthly",
        status="active",
        next_renewal="2026-11-26",
        kind="subscription",
    ),
    dict(
        name="HelloFresh",
        aliases=["Hello Fresh", "HelloFresh meal kit"],
        amount="97.93",
        currency="AUD",
        cycle="weekly",
        status="active",
        next_renewal="2026-11-26",
        kind="subscription",
    ),
    dict(
        name="Paramount+",
        aliases=["Paramount Plus", "Paramount+ Standard"],
        amount="13.99",
        currency="AUD",
        cycle="monthly",
        status="inactive",
        next_renewal=None,
        kind="subscription",
    ),
]

HARD_NEGATIVES = [
    "Amazon.com.au",
    "Kindle Paperwhite",
    "Breville the Barista Express",
    "Uber",
    "Uber Eats",
    "Menulog",
    "Qantas",
    "Jetstar",
    "Hotel Gracery Shinjuku",
    "Airbnb",
    "Booking.com",
    "Zoë Papadakis",
    "Leanne Whitfield",
    "Woolworths Online",
    "Bunnings Warehouse",
    "CommBank",
    "ING",
    "myGov",
    "Etax",
    "Medicare",
    "Australian Red Cross",
    "GoFundMe",
    "Canva",
    "Kayo Sports",
    "Foxtel",
    "Optus",
    "AGL",
    "Budget Direct",
    "Disney+",
    "Guardian Australia",
    "Broadsheet Brisbane",
    "Ticketek",
    "eBay",
    "Afterpay",
    "The Good Guys",
    "Australia Post",
    "Paddington Vet Clinic",
    "Latrobe Terrace Dental",
    "Procreate Pocket",
    "Brisbane North PHN",
]


# ----------------------------------------------------------------------------------------------
# Writing
# ----------------------------------------------------------------------------------------------
def build(i: int, m: dict):
    if m["raw_builder"]:
        msg = m["raw_builder"]()
        msg["To"] = formataddr(m["to"])
        msg["Date"] = format_datetime(m["dt"])
        msg["Message-ID"] = f"<{m['rid']}.{m['dt'].strftime('%Y%m%d%H%M%S')}@{m['msgid_dom']}>"
        return msg.as_bytes()
    msg = EmailMessage(policy=policy.default)
    msg["From"] = formataddr(m["sender"])
    msg["To"] = formataddr(m["to"])
    if m["cc"]:
        msg["Cc"] = formataddr(m["cc"])
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["dt"])
    msg["Message-ID"] = f"<{m['rid']}.{m['dt'].strftime('%Y%m%d%H%M%S')}@{m['msgid_dom']}>"
    msg["MIME-Version"] = "1.0"
    for k, v in m["headers"].items():
        msg[k] = v
    text, html = m["text"], m["html"]
    if text is not None:
        msg.set_content(text, charset="utf-8", cte=m["text_cte"])
        if html is not None:
            msg.add_alternative(html, subtype="html", charset="utf-8", cte=m["html_cte"])
            msg.set_boundary(f"----=_Part_{i:03d}_{m['rid'][:10]}")
    else:
        msg.set_content(html, subtype="html", charset="utf-8", cte=m["html_cte"])
    # EmailMessage adds MIME-Version to sub-parts made by add_alternative; drop those copies.
    if msg.is_multipart():
        for part in msg.iter_parts():
            del part["MIME-Version"]
    return msg.as_bytes(policy=policy.default)


def slugify(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def main():
    MSGS.sort(key=lambda m: (m["dt"].astimezone(UTC), m["slug"]))
    eml_dir = os.path.join(HERE, "eml")
    if os.path.isdir(eml_dir):
        shutil.rmtree(eml_dir)
    os.makedirs(eml_dir)
    mbox_path = os.path.join(HERE, "mailbox.mbox")
    for suffix in ("", ".lock"):
        if os.path.exists(mbox_path + suffix):
            os.remove(mbox_path + suffix)
    mb = mailbox.mbox(mbox_path, create=True)
    mb.lock()
    index = []
    for i, m in enumerate(MSGS, 1):
        data = build(i, m)
        local = m["dt"]
        fname = f"{i:03d}-{local.strftime('%Y%m%d')}-{slugify(m['slug'])}.eml"
        with open(os.path.join(eml_dir, fname), "wb") as f:
            f.write(data)
        mm = mailbox.mboxMessage(data)
        mm.set_from(m["sender"][1], m["dt"].astimezone(UTC).timetuple())
        mb.add(mm)
        index.append({"file": fname, "from": m["sender"][0], "subject": m["subject"], "labels": m["labels"]})
    mb.flush()
    mb.unlock()
    mb.close()

    def dump(name, obj):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, indent=2, ensure_ascii=False)
            f.write("\n")

    dump("truth.json", TRUTH)
    dump("meta.json", {"today": TODAY, "messages": len(MSGS), "hard_negatives": HARD_NEGATIVES})
    dump("messages.json", index)


if __name__ == "__main__":
    main()
