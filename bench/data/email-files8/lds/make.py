#!/usr/bin/env python3
"""Mailbox generator: Hannah Okoye (university lecturer) and Tom Brennan, Leeds, England.

Seeded and deterministic: rerunning writes the same bytes. stdlib only.
Run from /work/main:  .venv/bin/python bench/data/email-files8/lds/make.py
"""

from __future__ import annotations

import json
import random
import shutil
from datetime import UTC, date, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(20261127)
TODAY = date(2026, 11, 27)
START = date(2025, 11, 28)

HANNAH = ("Hannah Okoye", "hannah.okoye@gmail.com")
TOM = ("Tom Brennan", "tombrennan.leeds@gmail.com")
ADDRESS = "27 Ash Grove, Headingley, Leeds LS6 1AX"

MSGS: list[dict] = []


# ---------------------------------------------------------------- time zones
def _last_sunday(year: int, month: int) -> date:
    d = date(year, month, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def _second_sunday(year: int, month: int) -> date:
    d = date(year, month, 1)
    while d.weekday() != 6:
        d += timedelta(days=1)
    return d + timedelta(days=7)


def _first_sunday(year: int, month: int) -> date:
    d = date(year, month, 1)
    while d.weekday() != 6:
        d += timedelta(days=1)
    return d


def offset_hours(tz: str, d: date) -> int:
    if tz == "uk":
        return 1 if _last_sunday(d.year, 3) <= d < _last_sunday(d.year, 10) else 0
    if tz == "cet":
        return 2 if _last_sunday(d.year, 3) <= d < _last_sunday(d.year, 10) else 1
    if tz == "pt":
        return -7 if _second_sunday(d.year, 3) <= d < _first_sunday(d.year, 11) else -8
    if tz == "et":
        return -4 if _second_sunday(d.year, 3) <= d < _first_sunday(d.year, 11) else -5
    return 0  # utc


# ---------------------------------------------------------------- helpers
def money(x: float) -> str:
    return f"£{x:,.2f}"


def d_long(d: date) -> str:  # 1 December 2026
    return f"{d.day} {d.strftime('%B %Y')}"


def d_wlong(d: date) -> str:  # Tuesday 1 December 2026
    return f"{d.strftime('%A')} {d.day} {d.strftime('%B %Y')}"


def d_short(d: date) -> str:  # 01/12/2026
    return d.strftime("%d/%m/%Y")


def d_abbr(d: date) -> str:  # 1 Dec 2026
    return f"{d.day} {d.strftime('%b %Y')}"


def D(s: str) -> date:
    return date.fromisoformat(s)


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return date(y, m, day)


def digits(n: int) -> str:
    return "".join(RNG.choice("0123456789") for _ in range(n))


def hexid(n: int) -> str:
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def alnum(n: int) -> str:
    return "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def mail(
    day,
    sender,
    subject,
    *,
    plain=None,
    html=None,
    labels=(),
    tz="uk",
    at=None,
    to=HANNAH,
    cte="quoted-printable",
    charset="utf-8",
    headers=None,
    slug=None,
    msgid_domain=None,
    cc=None,
    attach=None,
):
    """Register one message. day: 'YYYY-MM-DD' (sender's local date), at: 'HH:MM' local."""
    d = D(day) if isinstance(day, str) else day
    if at is None:
        at = f"{RNG.randint(6, 22):02d}:{RNG.randint(0, 59):02d}"
    hh, mm = (int(x) for x in at.split(":"))
    ss = RNG.randint(0, 59)
    off = offset_hours(tz, d)
    local = datetime(d.year, d.month, d.day, hh, mm, ss, tzinfo=timezone(timedelta(hours=off)))
    MSGS.append(
        dict(
            dt=local,
            sender=sender,
            subject=subject,
            plain=plain,
            html=html,
            labels=list(labels),
            to=to,
            cte=cte,
            charset=charset,
            headers=headers or {},
            slug=slug,
            msgid_domain=msgid_domain,
            cc=cc,
            attach=attach,
            rand=hexid(24),
        )
    )


def unsub(domain: str) -> dict:
    tok = hexid(16)
    return {
        "List-Unsubscribe": f"<https://{domain}/unsubscribe?u={tok}>, <mailto:unsubscribe@{domain}?subject={tok}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def page(brand: str, colour: str, inner: str, footer: str, preheader: str = "") -> str:
    """A typical table-layout marketing/transactional HTML email."""
    return f"""<!DOCTYPE html>
<html lang="en-GB" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{brand}</title>
<style type="text/css">
body{{margin:0;padding:0;background:#f2f2f2;}} table{{border-collapse:collapse;}}
td{{font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#222222;}}
.small td, td.small{{font-size:12px;line-height:17px;color:#6b6b6b;}}
@media only screen and (max-width:600px){{ .container{{width:100% !important;}} }}
</style>
</head>
<body style="margin:0;padding:0;background:#f2f2f2;">
<div style="display:none;max-height:0;overflow:hidden;">{preheader}&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" class="container" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td style="background:{colour};padding:18px 28px;color:#ffffff;font-size:22px;font-weight:bold;">{brand}</td></tr>
<tr><td style="padding:28px;">
{inner}
</td></tr>
<tr><td class="small" style="padding:20px 28px;background:#fafafa;font-size:12px;line-height:17px;color:#6b6b6b;">
{footer}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""


def rows(pairs, bold_last=False) -> str:
    """An HTML table of label/value rows."""
    out = [
        '<table role="presentation" width="100%" cellpadding="6" cellspacing="0" border="0" style="border-top:1px solid #dddddd;">'
    ]
    for i, (k, v) in enumerate(pairs):
        w = "bold" if bold_last and i == len(pairs) - 1 else "normal"
        out.append(
            f'<tr><td style="border-bottom:1px solid #dddddd;font-weight:{w};">{k}</td>'
            f'<td align="right" style="border-bottom:1px solid #dddddd;font-weight:{w};">{v}</td></tr>'
        )
    out.append("</table>")
    return "\n".join(out)


def p(*paras: str) -> str:
    return "\n".join(f'<p style="margin:0 0 14px 0;">{x}</p>' for x in paras)


def button(text: str, url: str, colour: str = "#222222") -> str:
    return (
        f'<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>'
        f'<td style="background:{colour};border-radius:4px;padding:12px 22px;">'
        f'<a href="{url}" style="color:#ffffff;text-decoration:none;font-weight:bold;">{text}</a></td></tr></table>'
    )


def fwd(orig_from, orig_date: datetime, orig_subject: str, orig_to, body: str) -> str:
    """Gmail-style inline forward block."""
    return (
        "---------- Forwarded message ---------\n"
        f"From: {orig_from[0]} <{orig_from[1]}>\n"
        f"Date: {orig_date.strftime('%a')}, {orig_date.day} {orig_date.strftime('%b %Y')} at {orig_date.strftime('%H:%M')}\n"
        f"Subject: {orig_subject}\n"
        f"To: <{orig_to[1]}>\n\n\n" + body
    )


TRUTH: list[dict] = []


def truth(name, aliases, amount, cycle, status, next_renewal, kind):
    TRUTH.append(
        {
            "name": name,
            "aliases": aliases,
            "amount": amount,
            "currency": "GBP",
            "cycle": cycle,
            "status": status,
            "next_renewal": next_renewal,
            "kind": kind,
        }
    )


# ================================================================ bills
def council_tax():
    name = "Leeds City Council Council Tax"
    truth(
        name,
        ["Council Tax", "Leeds City Council", "Leeds Council Tax"],
        "205.78",
        "monthly",
        "active",
        "2026-12-01",
        "bill",
    )
    s = ("Leeds City Council", "noreply.counciltax@leeds.gov.uk")
    acct = "3012" + digits(5)
    mail(
        "2025-12-03",
        s,
        "You have registered for Council Tax e-billing",
        at="10:14",
        charset="iso-8859-1",
        cte="7bit",
        labels=[name],
        plain=f"""Dear Hannah Okoye

Council Tax account reference: {acct}
Property: {ADDRESS}

Thank you for registering for Council Tax e-billing. From now on we will email you when a new
bill or notice is ready instead of sending it by post.

Your current instalments continue to be collected by Direct Debit on the 1st of each month.

You can view your bills, change your instalment date or report a change of circumstances at
https://www.leeds.gov.uk/council-tax

Please do not reply to this email, this mailbox is not monitored.

Leeds City Council
Revenues and Benefits
PO Box 1, Leeds LS1 1UR
""",
    )
    total, first, inst = 2057.82, 205.80, 205.78
    sched = "\n".join(
        f"  {d_long(add_months(D('2026-04-01'), i)):<20} {money(first if i == 0 else inst):>10}"
        for i in range(10)
    )
    mail(
        "2026-03-09",
        s,
        f"Your Council Tax bill 2026/27 - account {acct}",
        at="07:02",
        charset="iso-8859-1",
        cte="quoted-printable",
        labels=[name],
        plain=f"""Dear Hannah Okoye

Your Council Tax bill for 2026/27 is now ready. A copy is attached to your online account.

Account reference:   {acct}
Liable persons:      Hannah Okoye, Thomas Brennan
Property:            {ADDRESS}
Valuation band:      C
Period:              1 April 2026 to 31 March 2027

Leeds City Council        £1,616.71
West Yorkshire Police       £221.35
West Yorkshire Fire         £ 93.08
Adult social care precept £126.68
                          ---------
Amount due 2026/27        £{total:,.2f}

Your Direct Debit Instruction
Your payments will be collected from your bank account ending 08 in 10 monthly instalments:

{sched}

If the amounts or dates shown are wrong, please contact us straight away. You are entitled to
a refund of any payment taken in error under the Direct Debit Guarantee.

Want to pay over 12 months instead? You can ask for this at any time at
https://www.leeds.gov.uk/council-tax/pay-over-12-months

Leeds City Council, Revenues and Benefits, PO Box 1, Leeds LS1 1UR
""",
    )


def yorkshire_water():
    name = "Yorkshire Water"
    truth(name, ["Yorkshire Water Services"], "48.45", "monthly", "active", "2026-12-18", "bill")
    s = ("Yorkshire Water", "noreply@yorkshirewater.com")
    acct = digits(10)
    foot = (
        "Yorkshire Water Services Limited. Registered in England and Wales No. 2366682. "
        "Registered office: Western House, Halifax Road, Bradford BD6 2SZ.<br>"
        "This is an automated email, please don't reply to it."
    )
    inner = (
        p(
            "Hi Hannah,",
            "Your annual bill for <b>1 April 2026 to 31 March 2027</b> is ready to view in your online account.",
        )
        + rows(
            [
                ("Account number", acct),
                ("Water supply", money(246.12)),
                ("Wastewater", money(335.28)),
                ("Total for the year", money(581.40)),
            ],
            bold_last=True,
        )
        + p(
            "",
            "<b>Your new monthly payment</b>",
            f"You pay by Direct Debit, so there's nothing else you need to do. From April we'll collect "
            f"<b>{money(48.45)}</b> on the 18th of each month (12 payments). Your first payment at the new "
            f"amount will be taken on or just after 18 April 2026.",
        )
        + button("View my bill", "https://www.yorkshirewater.com/myaccount", "#0a6ebd")
    )
    mail(
        "2026-03-17",
        s,
        "Your bill is ready",
        at="06:41",
        labels=[name],
        html=page("Yorkshire Water", "#0a6ebd", inner, foot, "Your new bill for 2026/27 is ready"),
        plain=f"""Hi Hannah,

Your annual bill for 1 April 2026 to 31 March 2027 is ready to view in your online account.

Account number: {acct}
Water supply: £246.12
Wastewater: £335.28
Total for the year: £581.40

Your new monthly payment
You pay by Direct Debit, so there's nothing else you need to do. From April we'll collect
£48.45 on the 18th of each month (12 payments).

View my bill: https://www.yorkshirewater.com/myaccount

Yorkshire Water Services Limited. Registered in England and Wales No. 2366682.
""",
    )
    inner = p(
        "Hi Hannah,",
        "We'll be working on the water main on <b>Ash Grove, LS6</b> from 14 to 18 September. "
        "You may notice low pressure or discoloured water for a short time. Run your cold kitchen tap until it runs clear.",
        "Sorry for any inconvenience. You don't need to do anything else.",
    )
    mail(
        "2026-09-08",
        s,
        "Planned work in your area",
        at="12:20",
        labels=[],
        html=page("Yorkshire Water", "#0a6ebd", inner, foot, "Planned work on Ash Grove"),
    )


def octopus():
    name = "Octopus Energy"
    truth(name, ["Octopus"], "156.00", "monthly", "active", "2026-12-05", "bill")
    s = ("Octopus Energy", "hello@octopus.energy")
    acct = "A-" + alnum(8)
    foot = (
        "Octopus Energy Ltd is a company registered in England and Wales. Registered number: 09263424. "
        "Registered office: UK House, 5th floor, 164-182 Oxford Street, London W1D 1NN."
    )

    def statement(day, bal, dd, next_dd, kwh_e, kwh_g):
        inner = (
            p("Hi Hannah,", f"Your latest statement for account <b>{acct}</b> is ready. Here's a summary:")
            + rows(
                [
                    ("Electricity used", f"{kwh_e} kWh"),
                    ("Gas used", f"{kwh_g} kWh"),
                    ("Charges this period (inc. 5% VAT)", money(bal[0])),
                    ("Payments received", money(bal[1])),
                    ("Account balance", (money(abs(bal[2])) + (" credit" if bal[2] >= 0 else " debit"))),
                ]
            )
            + p(
                "",
                f"Your next Direct Debit of <b>{money(dd)}</b> will be collected on or around <b>{d_long(next_dd)}</b>.",
                "Have a great week,<br>The Octopus Energy team",
            )
            + button("View statement", "https://octopus.energy/dashboard/", "#5840ff")
        )
        mail(
            day,
            s,
            f"Your Octopus Energy statement for {acct}",
            at="09:%02d" % RNG.randint(0, 59),
            labels=[name],
            html=page("octopus energy", "#100030", inner, foot, "Your latest bill is here"),
        )

    statement("2025-12-09", (158.47, 142.00, -61.20), 142.00, D("2026-01-05"), 242, 1106)
    inner = (
        p(
            "Hi Hannah,",
            "Your fixed tariff <b>Octopus 12M Fixed January 2025 v1</b> ends on <b>28 February 2026</b>.",
            "You don't have to do anything. If you don't choose a new tariff, we'll move you to "
            "<b>Flexible Octopus</b>, our variable tariff, with no exit fees. Or you can lock in a new fixed price today:",
        )
        + rows(
            [
                (
                    "Octopus 12M Fixed February 2026 v2 - electricity",
                    "24.12p/kWh, standing charge 49.93p/day",
                ),
                ("Octopus 12M Fixed February 2026 v2 - gas", "5.98p/kWh, standing charge 31.65p/day"),
                ("Estimated annual cost", "£1,812"),
            ]
        )
        + p("", "All prices include VAT at 5%.")
        + button("Choose my tariff", "https://octopus.energy/tariffs/", "#5840ff")
    )
    mail(
        "2026-01-21",
        s,
        "Your fixed tariff is ending soon",
        at="11:32",
        labels=[name],
        html=page("octopus energy", "#100030", inner, foot, "Pick a new tariff"),
    )
    inner = p(
        "Hi Hannah,",
        "Good news, your switch to <b>Octopus 12M Fixed February 2026 v2</b> is confirmed and starts on "
        "<b>1 March 2026</b>. Your prices are fixed until 28 February 2027.",
        "Your Direct Debit stays at "
        f"<b>{money(142.00)}</b> a month for now. We'll review it regularly to keep it right for your usage.",
    ) + p("Your Principal Terms and tariff details are attached to your online account.")
    mail(
        "2026-02-06",
        s,
        "You're all set on your new tariff",
        at="15:04",
        labels=[name],
        html=page("octopus energy", "#100030", inner, foot, "Tariff change confirmed"),
    )
    inner = (
        p(
            "Hi Hannah,",
            "We've reviewed your Direct Debit to make sure it covers the energy you'll use over the "
            "next 12 months, including the colder months ahead.",
        )
        + rows(
            [
                ("Current monthly payment", money(142.00)),
                ("Your new monthly payment", money(156.00)),
                ("Starts from", d_long(D("2026-10-05"))),
            ],
            bold_last=True,
        )
        + p(
            "",
            "We base this on your last 12 months of usage and your current balance of "
            "£21.40 credit. If you'd like to pay a different amount, you can change it in your account.",
            "Thanks,<br>Octopus Energy",
        )
    )
    mail(
        "2026-09-16",
        s,
        "We've reviewed your Direct Debit",
        at="08:55",
        labels=[name],
        html=page("octopus energy", "#100030", inner, foot, "Your new monthly payment"),
    )
    statement("2026-11-10", (164.90, 156.00, -132.55), 156.00, D("2026-12-05"), 236, 1042)


def virgin_media():
    name = "Virgin Media"
    truth(
        name,
        ["Virgin Media O2", "Virgin Media broadband", "Virgin Media broadband and TV"],
        "72.50",
        "monthly",
        "active",
        "2026-12-03",
        "bill",
    )
    vm = ("Virgin Media", "virginmedia@email.virginmedia.com")
    acct = digits(9)
    t_addr = ("", TOM[1])

    def orig_dt(day, hm):
        d = D(day)
        return datetime(d.year, d.month, d.day, *map(int, hm.split(":")))

    body = f"""Hi Tom,

Important information about your Virgin Media prices

Account number: {acct}

From 1 April 2026 the price of your broadband and TV services will go up by £4.00 a month, as set
out in your contract when you joined. This is a fixed amount in pounds and pence and does not
depend on inflation.

Your current monthly price:   £68.50
Your new monthly price:       £72.50 (from your first bill after 1 April 2026)

Your services: M250 Fibre Broadband, Bigger TV bundle, Virgin Media Talk Anytime

You can't leave your contract without paying early termination charges because of this change,
as it was set out in your contract. Find out more at virginmedia.com/prices

Virgin Media
Virgin Media Limited, registered in England, no. 2591237. 500 Brook Drive, Reading RG2 6UU.
"""
    mail(
        "2026-02-11",
        TOM,
        "Fwd: Important information about your Virgin Media prices",
        at="19:48",
        labels=[name],
        plain="Another £4 a month from April. Shall we ring them and threaten to leave? T x\n\n"
        + fwd(
            vm,
            orig_dt("2026-02-10", "10:03"),
            "Important information about your Virgin Media prices",
            t_addr,
            body,
        ),
        cte="7bit",
    )

    def bill(day, amt, collect, extra=""):
        return f"""Hi Tom,

Your latest Virgin Media bill is ready

Account number: {acct}
Bill date: {d_long(D(day))}
Amount: £{amt:.2f}
{extra}
We'll collect this by Direct Debit on or after {d_long(collect)}. You don't need to do anything.

See your bill: https://www.virginmedia.com/my-virgin-media

Thanks,
Virgin Media
"""

    mail(
        "2026-05-20",
        TOM,
        "Fwd: Your Virgin Media bill is ready",
        at="21:15",
        labels=[name],
        plain="This includes the film we rented, that's why it's more. Fine though.\n\n"
        + fwd(
            vm,
            orig_dt("2026-05-19", "07:30"),
            "Your Virgin Media bill is ready",
            t_addr,
            bill(
                "2026-05-19",
                76.49,
                D("2026-06-03"),
                "This bill includes: Virgin Movies rental 'Conclave' £3.99\n",
            ),
        ),
        cte="7bit",
    )
    mail(
        "2026-11-21",
        TOM,
        "Fwd: Your Virgin Media bill is ready",
        at="10:02",
        labels=[name],
        plain="Moved the DD to the joint account, this is the first one that comes out of it.\n\n"
        + fwd(
            vm,
            orig_dt("2026-11-19", "07:31"),
            "Your Virgin Media bill is ready",
            t_addr,
            bill("2026-11-19", 72.50, D("2026-12-03")),
        ),
        cte="7bit",
    )
    inner = p(
        "Hi Hannah,",
        "Get <b>O2 SIM-only plans from £10 a month</b> and save with Volt when you add "
        "Virgin Media broadband. Double your data, at no extra cost.",
        "Already with us? Check if you're eligible.",
    )
    mail(
        "2026-06-12",
        ("Virgin Media O2", "offers@email.virginmediao2.co.uk"),
        "Hannah, double data with Volt",
        at="13:30",
        labels=[],
        headers=unsub("email.virginmediao2.co.uk"),
        html=page(
            "Virgin Media O2",
            "#e10a0a",
            inner,
            "Virgin Media O2. You're receiving this because you signed up for offers. Unsubscribe any time.",
            "SIM-only from £10",
        ),
    )


def ee():
    name = "EE"
    truth(
        name,
        ["EE Limited", "EE mobile", "EE Pay Monthly"],
        "38.00",
        "monthly",
        "active",
        "2026-12-02",
        "bill",
    )
    s = ("EE", "ee@ee.co.uk")
    acct = digits(10)
    num = "07700 900" + digits(3)
    foot = (
        "EE Limited, Registered in England &amp; Wales, Company number 02382161. Registered office: "
        "1 Braham Street, London E1 8EE. Please don't reply to this email."
    )

    def bill(day, amt, collect, extras=()):
        lines = [
            ("Account number", acct),
            ("Mobile number", num),
            ("Bill date", d_long(D(day))),
            ("Plan: 100GB Essentials + Apple iPhone 15 (device plan)", money(38.00 if amt >= 38 else 36.20)),
        ]
        lines += list(extras)
        lines.append(("Total including VAT", money(amt)))
        inner = (
            p("Hi Hannah,", "Your bill is ready.")
            + rows(lines, bold_last=True)
            + p(
                "",
                f"We'll take <b>{money(amt)}</b> by Direct Debit on or after <b>{d_long(collect)}</b>.",
                "View your full bill in the My EE app.",
            )
            + button("View my bill", "https://ee.co.uk/myee", "#007b85")
        )
        mail(
            day,
            s,
            "Your EE bill is ready",
            at="05:%02d" % RNG.randint(10, 59),
            labels=[name],
            html=page("EE", "#007b85", inner, foot, f"Your bill for {money(amt)}"),
        )

    bill("2025-12-18", 36.20, D("2026-01-02"))
    inner = (
        p(
            "Hi Hannah,",
            "<b>Your annual price change</b>",
            f"Each year on 31 March, the price of your monthly plan for {num} goes up by a set amount in pounds and pence, "
            "as set out in your contract. This year your airtime plan will go up by <b>£1.80 a month</b>.",
        )
        + rows(
            [("Your plan now", money(36.20) + " a month"), ("From 31 March 2026", money(38.00) + " a month")]
        )
        + p("", "Your device plan price won't change.")
    )
    mail(
        "2026-01-27",
        s,
        "Important information about your EE plan",
        at="09:12",
        labels=[name],
        html=page("EE", "#007b85", inner, foot, "Your annual price change"),
    )
    bill("2026-04-20", 38.00, D("2026-05-01"))
    bill(
        "2026-07-20", 56.13, D("2026-08-03"), [("Roam Abroad Pass, Portugal (7 days x £2.59)", money(18.13))]
    )
    bill("2026-11-18", 38.00, D("2026-12-02"))
    inner = p(
        "Hi Hannah,",
        "Black Friday is here. Get the new <b>iPhone 17</b> with up to <b>£200 off</b> "
        "when you trade in, and 6 months of Apple Music on us.",
        "Offer ends 1 December.",
    )
    mail(
        "2026-11-24",
        ("EE", "offers@ee.co.uk"),
        "Hannah, our Black Friday deals are live",
        at="08:00",
        labels=[],
        headers=unsub("ee.co.uk"),
        html=page("EE", "#007b85", inner, foot, "Up to £200 off"),
    )


def smarty():
    name = "SMARTY"
    truth(name, ["SMARTY Mobile", "SMARTY SIM"], "15.00", "monthly", "active", "2026-12-14", "bill")
    s = ("SMARTY", "noreply@smarty.co.uk")
    num = "07700 900" + digits(3)
    foot = (
        "SMARTY is a trading name of Hutchison 3G UK Limited, registered in England and Wales No. 03885486. "
        "Registered office: 450 Longwater Avenue, Green Park, Reading RG2 6GF."
    )

    def receipt(day, plan, amt):
        vat = round(amt / 6, 2)
        inner = (
            p("Hi Hannah,", f"Thanks, we've taken payment for your SMARTY plan on <b>{num}</b>.")
            + rows(
                [
                    ("Plan", plan),
                    ("Payment date", d_long(D(day))),
                    ("Net", money(amt - vat)),
                    ("VAT (20%)", money(vat)),
                    ("Total paid", money(amt)),
                ],
                bold_last=True,
            )
            + p(
                "",
                f"Your plan renews automatically on the 14th of each month. Next payment: {d_long(add_months(D(day), 1))}.",
            )
        )
        mail(
            day,
            s,
            "Your SMARTY payment receipt",
            at="04:%02d" % RNG.randint(0, 59),
            labels=[name],
            html=page("SMARTY", "#1a1a1a", inner, foot, "Payment received"),
        )

    receipt("2025-12-14", "30GB Data Plan", 8.00)
    receipt("2026-06-14", "30GB Data Plan", 8.00)
    inner = (
        p("Hi Hannah,", f"You've changed the plan on <b>{num}</b>.")
        + rows(
            [
                ("Old plan", "30GB Data Plan - £8.00 a month"),
                ("New plan", "Unlimited Data Plan - £15.00 a month"),
                ("Starts", d_long(D("2026-08-14")) + " (your next renewal)"),
            ]
        )
        + p("", "Until then you'll keep your current allowance. No contract, cancel any time.")
    )
    mail(
        "2026-08-02",
        s,
        "Your plan change is confirmed",
        at="20:41",
        labels=[name],
        html=page("SMARTY", "#1a1a1a", inner, foot, "Plan change confirmed"),
    )
    receipt("2026-08-14", "Unlimited Data Plan", 15.00)
    receipt("2026-11-14", "Unlimited Data Plan", 15.00)
    mail(
        "2026-08-02",
        TOM,
        "phone",
        at="21:03",
        labels=[name],
        cte="7bit",
        plain="Ta for sorting the SMARTY thing, I'll transfer you the extra £7 a month. Unlimited at last!\n\nT\n",
    )


def black_horse():
    name = "Black Horse"
    truth(
        name,
        ["Black Horse Finance", "Black Horse PCP", "Black Horse Limited", "Kia Niro PCP"],
        "289.47",
        "monthly",
        "active",
        "2026-12-10",
        "bill",
    )
    s = ("Black Horse", "noreply@blackhorse.co.uk")
    ag = "…" + digits(4)
    foot = (
        "Black Horse Limited. Registered office: 25 Gresham Street, London EC2V 7HN. Registered in England and "
        "Wales no. 661204. Authorised and regulated by the Financial Conduct Authority under register number 304190. "
        "We will never ask you for your password or security details by email."
    )
    inner = (
        p(
            "Dear Ms Okoye,",
            "Your annual statement for your Personal Contract Purchase agreement is now available "
            "to view in your online account.",
        )
        + rows(
            [
                ("Agreement number ending", ag[1:]),
                ("Vehicle", "Kia Niro 1.6 GDi HEV 3 (YH23 ***)"),
                ("Monthly payment", money(289.47)),
                ("Payments made", "29 of 48"),
                ("Payments remaining", "19"),
                ("Next payment", f"{money(289.47)} on {d_long(D('2026-02-10'))}"),
                ("Optional final payment", f"{money(10860.00)} due {d_long(D('2027-08-10'))}"),
                ("Amount to settle today*", money(15942.18)),
            ]
        )
        + p(
            "",
            "*Settlement figure valid for 28 days. Interest is charged at a fixed rate of 6.9% APR representative.",
        )
        + button("Log in to view", "https://www.blackhorse.co.uk/login", "#006a4d")
    )
    mail(
        "2026-01-14",
        s,
        "Your annual statement is ready to view",
        at="10:40",
        labels=[name],
        html=page("Black Horse", "#006a4d", inner, foot, "Your annual statement"),
    )
    inner = (
        p(
            "Dear Ms Okoye,",
            "We've received a new Direct Debit Instruction for your agreement ending "
            f"{ag[1:]}. Your payments will now be collected from account ending 5512.",
        )
        + rows(
            [
                ("Payment amount", money(289.47)),
                ("Collection date", "10th of each month"),
                ("First collection from the new account", d_long(D("2026-07-10"))),
            ]
        )
        + p("", "If you didn't make this change, please call us on 0344 824 8888.")
    )
    mail(
        "2026-06-23",
        s,
        "Changes to your Direct Debit",
        at="14:18",
        labels=[name],
        html=page("Black Horse", "#006a4d", inner, foot, "Your Direct Debit has been updated"),
    )
    inner = p(
        "Dear Ms Okoye,",
        "Your agreement ends in around 9 months. It's a good time to think about what you'd "
        "like to do next: pay the optional final payment and keep your Kia, part exchange it, or hand it back.",
        "Your dealer, <b>Stoneacre Kia Leeds</b>, will be in touch with options, or you can get a quote online.",
    )
    mail(
        "2026-11-12",
        s,
        "Your agreement ends soon - what's next?",
        at="11:05",
        labels=[name],
        html=page("Black Horse", "#006a4d", inner, foot, "Your options at the end of your agreement"),
    )


def admiral():
    name = "Admiral"
    truth(
        name,
        ["Admiral car insurance", "Admiral Insurance", "EUI Limited"],
        "574.18",
        "yearly",
        "active",
        "2027-03-14",
        "bill",
    )
    s = ("Admiral", "renewals@admiral.com")
    pol = "P" + digits(8)
    foot = (
        "Admiral is a trading name of EUI Limited, Registered in England and Wales No. 02686904. Registered office: "
        "Ty Admiral, David Street, Cardiff CF10 2EH. Authorised and regulated by the Financial Conduct Authority, "
        "number 309378."
    )
    inner = (
        p(
            "Dear Hannah,",
            "Your car insurance renewal is ready. Your policy will renew automatically on "
            "<b>14/03/2026</b> unless you tell us otherwise.",
        )
        + rows(
            [
                ("Policy number", pol),
                ("Vehicle", "Kia Niro (YH23 ***)"),
                ("Cover", "Comprehensive"),
                ("Last year's premium", money(548.77)),
                ("This year's premium", money(612.40)),
                ("Insurance Premium Tax (included)", money(65.61)),
                ("Payment", "We'll take the full amount from your card ending 4471 on 14/03/2026"),
            ],
            bold_last=False,
        )
        + p(
            "",
            "Your premium has changed because of changes in claims costs and your risk details. "
            "We encourage you to check your renewal and shop around to make sure you're getting the right cover.",
        )
        + button("Review my renewal", "https://www.admiral.com/myaccount", "#005eb8")
    )
    mail(
        "2026-02-10",
        s,
        f"Your Admiral car insurance renewal - {pol}",
        at="07:45",
        labels=[name],
        html=page("Admiral", "#005eb8", inner, foot, "Your renewal is ready"),
    )
    inner = (
        p(
            "Dear Hannah,",
            "Thanks for calling us today. As discussed, we've updated your renewal quote after "
            "adding your 5 years' no claims discount proof and changing your annual mileage to 6,000.",
        )
        + rows(
            [
                ("Policy number", pol),
                ("Previous renewal price", money(612.40)),
                ("Your new renewal price", money(574.18)),
                ("Renewal date", "14/03/2026"),
            ],
            bold_last=False,
        )
        + p(
            "",
            "You don't need to do anything else. We'll renew your policy automatically and take "
            f"{money(574.18)} from your card ending 4471.",
        )
    )
    mail(
        "2026-02-19",
        s,
        "Your updated renewal quote",
        at="16:22",
        labels=[name],
        html=page("Admiral", "#005eb8", inner, foot, "Your updated quote"),
    )
    inner = (
        p(
            "Dear Hannah,",
            f"Your car insurance has renewed. Policy <b>{pol}</b> now runs from 14/03/2026 to 13/03/2027.",
        )
        + rows([("Premium paid", money(574.18)), ("Paid by", "Visa debit ending 4471")])
        + p("", "Your new certificate of motor insurance and policy schedule are in your online account.")
    )
    mail(
        "2026-03-14",
        s,
        "Your policy documents",
        at="02:10",
        labels=[name],
        html=page("Admiral", "#005eb8", inner, foot, "You're covered for another year"),
    )
    mail(
        "2026-02-09",
        ("Compare the Market", "hello@email.comparethemarket.com"),
        "Hannah, your car insurance renewal is coming up",
        at="18:00",
        labels=[],
        headers=unsub("email.comparethemarket.com"),
        html=page(
            "comparethemarket.com",
            "#0c2d48",
            p(
                "Hi Hannah,",
                "Your car insurance is due for renewal around "
                "14 March. Compare quotes from over 100 providers in minutes and get a year of Meerkat Meals.",
                "<b>Average saving £429*</b>",
            ),
            "*51% of consumers could save. Compare the Market Limited, "
            "Pegasus House, Bakewell Road, Peterborough PE2 6YS.",
            "Time to compare",
        ),
    )


def petplan():
    name = "Petplan"
    truth(
        name,
        ["Petplan pet insurance", "Allianz Insurance"],
        "38.12",
        "monthly",
        "active",
        "2026-12-20",
        "bill",
    )
    s = ("Petplan", "noreply@petplan.co.uk")
    pol = "PP" + digits(8)
    foot = (
        "Petplan is a trading name of Pet Plan Limited (Registered in England No. 1282939) and Allianz Insurance "
        "plc (Registered in England No. 84638). Registered office: 57 Ladymead, Guildford, Surrey GU1 1DB."
    )
    inner = p("Hi Hannah,", "Good news, we've settled your claim for <b>Biscuit</b>.") + rows(
        [
            ("Claim reference", "C" + digits(7)),
            ("Condition", "Cystitis"),
            ("Amount claimed", money(286.40)),
            ("Excess", money(100.00)),
            ("Paid to Headingley Vets", money(186.40)),
        ]
    )
    mail(
        "2026-04-22",
        s,
        "We've settled your claim",
        at="13:12",
        labels=[],
        html=page("Petplan", "#642f6c", inner, foot, "Your claim has been paid"),
    )
    inner = (
        p(
            "Hi Hannah,",
            f"It's nearly time to renew Biscuit's Covered for Life® policy ({pol}). Your cover will "
            "continue automatically from <b>20 July 2026</b>.",
        )
        + rows(
            [
                ("Monthly premium last year", money(31.84)),
                ("Your new monthly premium", money(38.12)),
                ("Total for the year", money(457.44)),
                ("Payment", "Direct Debit on the 20th of each month"),
            ]
        )
        + p(
            "",
            "Why has my premium changed? Your premium reflects Biscuit's age, where you live, and the rising "
            "cost of veterinary treatment, including the claim you made this year. Insurance Premium Tax is included.",
        )
    )
    mail(
        "2026-06-15",
        s,
        "Your Petplan renewal documents",
        at="09:30",
        labels=[name],
        html=page("Petplan", "#642f6c", inner, foot, "Biscuit's cover renews on 20 July"),
    )
    inner = p(
        "Hi Hannah,",
        "Biscuit's policy has renewed and your new policy schedule is ready to download.",
        f"Your first payment of <b>{money(38.12)}</b> will be collected on or shortly after 20 July 2026.",
    )
    mail(
        "2026-07-20",
        s,
        "Biscuit's policy has renewed",
        at="06:05",
        labels=[name],
        html=page("Petplan", "#642f6c", inner, foot, "Your policy has renewed"),
    )
    mail(
        "2026-04-08",
        ("Headingley Veterinary Centre", "reception@headingleyvets.co.uk"),
        "Invoice for Biscuit",
        at="17:40",
        labels=[],
        cte="7bit",
        plain="""Dear Hannah,

Please find below the invoice for Biscuit's consultation on 7 April.

Consultation                 £52.00
Urinalysis                   £48.00
Medication (Metacam)         £31.40
Prescription diet x2         £55.00
Ultrasound scan              £100.00
Total (inc VAT)              £286.40

As discussed we'll claim directly from Petplan; the excess of £100.00 was paid at the desk.

Kind regards,
Headingley Veterinary Centre
""",
    )


# ================================================================ memberships
def puregym():
    name = "PureGym"
    truth(
        name,
        ["PureGym Leeds Kirkstall", "Pure Gym"],
        "24.99",
        "monthly",
        "active",
        "2026-12-01",
        "subscription",
    )
    s = ("PureGym", "no-reply@puregym.com")
    mem = digits(8)
    foot = (
        "PureGym Limited, Town Centre House, The Merrion Centre, Leeds LS2 8LY. Registered in England No. 06670604. "
        "You're receiving this email because you're a PureGym member."
    )
    inner = (
        p(
            "Welcome to PureGym, Hannah!",
            "You're now a member at <b>PureGym Leeds Kirkstall</b>. "
            "Your PIN code for the entrance pod is in the app.",
        )
        + rows(
            [
                ("Membership number", mem),
                ("Membership", "Core"),
                ("Joining fee", money(15.00)),
                ("First payment (5 Jan to 31 Jan, pro rata)", money(21.77)),
                ("Paid today", money(36.77)),
                ("Monthly membership from 1 February 2026", money(24.99)),
            ]
        )
        + p(
            "",
            "Your monthly payments will be collected by Direct Debit on the 1st of each month. "
            "No contract, cancel or freeze any time in the app.",
        )
    )
    mail(
        "2026-01-05",
        s,
        "Welcome to PureGym",
        at="18:22",
        labels=[name],
        html=page("PUREGYM", "#00a19b", inner, foot, "Your PIN and membership details"),
    )
    inner = (
        p("Hi Hannah,", "Your membership is frozen from <b>1 August 2026</b> to <b>31 August 2026</b>.")
        + rows(
            [
                ("Freeze fee (taken 1 August)", money(4.99)),
                ("Membership restarts", d_long(D("2026-09-01"))),
                ("Next full payment", f"{money(24.99)} on 1 September 2026"),
            ]
        )
        + p("", "You won't be able to use the gym while your membership is frozen.")
    )
    mail(
        "2026-07-22",
        s,
        "Your membership freeze is confirmed",
        at="21:47",
        labels=[name],
        html=page("PUREGYM", "#00a19b", inner, foot, "Freeze confirmed"),
    )
    inner = p(
        "Hi Hannah,",
        "Welcome back! Your membership is active again and your PIN works as normal.",
        f"Your monthly payment of {money(24.99)} will be collected on 1 September 2026 and on the 1st of each month after that.",
    )
    mail(
        "2026-09-01",
        s,
        "Your membership is active again",
        at="06:02",
        labels=[name],
        html=page("PUREGYM", "#00a19b", inner, foot, "Welcome back"),
    )
    inner = p(
        "Hi Hannah,",
        "New <b>Reformer Pilates</b> and <b>HIIT</b> classes are now on the timetable at Leeds "
        "Kirkstall. Book up to 7 days ahead in the app.",
        "See you soon,<br>Team PureGym",
    )
    mail(
        "2026-10-13",
        ("PureGym", "news@puregym.com"),
        "New classes at Leeds Kirkstall",
        at="12:00",
        labels=[],
        headers=unsub("puregym.com"),
        html=page("PUREGYM", "#00a19b", inner, foot, "New classes"),
    )


def depot():
    name = "The Depot Climbing"
    truth(
        name,
        ["The Depot Climbing Centres", "The Depot Leeds", "Depot Climbing Leeds", "The Depot"],
        "55.00",
        "monthly",
        "active",
        "2026-12-01",
        "subscription",
    )
    gc = ("GoCardless", "help@gocardless.com")
    merchant = "The Depot Climbing Centres Ltd"
    ref = "DEPOTCLIMB-" + alnum(6)
    gfoot = (
        "GoCardless Ltd, Sutton Yard, 65 Goswell Road, London EC1V 7EN. GoCardless is authorised by the Financial "
        "Conduct Authority under the Payment Services Regulations 2017 (FRN 597190) for the provision of payment services."
    )
    inner = (
        p("Dear Hannah Okoye,", f"Your Direct Debit Instruction to <b>{merchant}</b> has been set up.")
        + rows(
            [
                ("Reference", ref),
                ("Account holder", "Hannah Okoye"),
                ("Sort code", "40-47-**"),
                ("Account number ending", "**0508"),
                ("Payment", "£52.00 monthly, on the 1st"),
                ("First payment", "£52.00 on or shortly after 1 April 2026"),
            ]
        )
        + p(
            "",
            "The name that will appear on your bank statement is <b>GC re THE DEPOT CLIMB</b>.",
            "Your payments are protected by the Direct Debit Guarantee.",
        )
    )
    mail(
        "2026-03-24",
        gc,
        f"Your Direct Debit Instruction to {merchant}",
        at="19:11",
        labels=[name],
        html=page("GoCardless", "#1c1b18", inner, gfoot, "Direct Debit set up"),
    )
    inner = p(
        "Hi Hannah,",
        "Welcome to The Depot Leeds! Your <b>Monthly Unlimited</b> membership starts on 1 April. "
        "Bring your induction card to reception the first time you visit.",
        "Peak hours are 5-9pm weekdays. Bouldering resets every Tuesday.",
        "See you on the wall,<br>The Depot Leeds",
    )
    mail(
        "2026-03-24",
        ("The Depot Leeds", "leeds@depotclimbing.co.uk"),
        "Welcome to The Depot!",
        at="19:15",
        labels=[name],
        html=page(
            "THE DEPOT",
            "#f26522",
            inner,
            "The Depot Climbing Centres Ltd, Unit 1, Pool Road, Leeds LS12 2XX",
            "Your membership starts 1 April",
        ),
    )

    def notice(day, amt, due):
        inner = (
            p(
                "Dear Hannah Okoye,",
                f"This is advance notice that <b>{merchant}</b> will collect a payment "
                "from your bank account by Direct Debit.",
            )
            + rows(
                [
                    ("Amount", money(amt)),
                    ("Collection date", f"on or shortly after {d_long(due)}"),
                    ("Reference", ref),
                    ("Account number ending", "**0508"),
                ]
            )
            + p(
                "",
                "You don't need to do anything. If you have questions about this payment, contact "
                f"{merchant} at leeds@depotclimbing.co.uk.",
            )
        )
        mail(
            day,
            gc,
            f"Advance notice of payment to {merchant}",
            at="10:%02d" % RNG.randint(0, 59),
            labels=[name],
            html=page("GoCardless", "#1c1b18", inner, gfoot, f"{money(amt)} will be collected"),
        )

    notice("2026-03-27", 52.00, D("2026-04-01"))
    inner = p(
        "Hi Hannah,",
        "From <b>1 October 2026</b>, the price of Monthly Unlimited membership is going up from "
        "£52.00 to <b>£55.00</b> a month. This is our first price rise in two years and helps us cover rising "
        "energy costs and new holds.",
        "Your Direct Debit will update automatically; GoCardless will let you "
        "know before each payment. If you'd like to cancel, please tell us by 20 September.",
        "Thanks for climbing with us,<br>The Depot",
    )
    mail(
        "2026-09-01",
        ("The Depot Leeds", "leeds@depotclimbing.co.uk"),
        "A change to your membership price",
        at="11:00",
        labels=[name],
        html=page(
            "THE DEPOT", "#f26522", inner, "The Depot Climbing Centres Ltd", "New price from 1 October"
        ),
    )
    notice("2026-09-28", 55.00, D("2026-10-01"))
    notice("2026-11-26", 55.00, D("2026-12-01"))


def ucu():
    name = "UCU"
    truth(
        name,
        ["University and College Union", "UCU membership"],
        "22.84",
        "monthly",
        "active",
        "2026-12-01",
        "subscription",
    )
    s = ("UCU", "membership@ucu.org.uk")
    mem = "M" + digits(7)
    mail(
        "2025-12-10",
        s,
        "Your UCU subscription from 1 January 2026",
        at="14:00",
        labels=[name],
        cte="quoted-printable",
        plain=f"""Dear Hannah Okoye

Membership number: {mem}
Branch: University of Leeds

At Congress, members agreed new subscription rates, which start on 1 January 2026. Your
subscription is based on your gross annual salary band (£50,001 - £60,000).

Your monthly subscription until December 2025:   £22.10
Your new monthly subscription from January 2026: £22.84

Your Direct Debit will be collected on or around the 1st of each month. You don't need to do
anything. If your salary has changed, please update your details at https://my.ucu.org.uk so
that you pay the right rate.

In solidarity,

UCU Membership Team
University and College Union, Carlow Street, London NW1 7LH
""",
    )
    for day, subj, body in [
        (
            "2026-02-03",
            "HE pay ballot: vote now",
            "The ballot on the 2025-26 pay offer is open until 3 March. "
            "Your ballot paper is on its way to your home address. Every vote counts.",
        ),
    ]:
        mail(
            day,
            ("UCU Leeds", "ucu@leeds.ac.uk"),
            subj,
            at="12:%02d" % RNG.randint(0, 59),
            labels=[],
            cte="7bit",
            plain=f"Dear member,\n\n{body}\n\nIn solidarity,\nUCU Leeds branch committee\n\nTo stop receiving branch "
            "emails reply with 'unsubscribe'.\n",
            headers={"List-Id": "UCU Leeds members <members.ucu.leeds.ac.uk>"},
        )


# ================================================================ streaming and media
def spotify():
    name = "Spotify Premium Family"
    truth(
        name,
        ["Spotify", "Spotify Family", "Spotify Premium"],
        "21.99",
        "monthly",
        "active",
        "2026-12-09",
        "subscription",
    )
    s = ("Spotify", "no-reply@spotify.com")
    foot = (
        "Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden. "
        '<a href="https://www.spotify.com/uk/legal/">Terms of use</a> · <a href="https://www.spotify.com/uk/legal/privacy-policy/">Privacy</a>'
    )

    def receipt(day, amt):
        vat = round(amt / 6, 2)
        order = "P" + digits(11)
        inner = (
            p("Your receipt", f"Order ID: {order}<br>Date: {d_abbr(D(day))}")
            + rows(
                [
                    ("Premium Family", money(amt)),
                    ("Period", f"{d_short(D(day))} - {d_short(add_months(D(day), 1) - timedelta(days=1))}"),
                    ("Includes VAT (20%)", money(vat)),
                    ("Total", money(amt)),
                ],
                bold_last=True,
            )
            + p(
                "",
                "Payment method: Mastercard ····2209",
                f"Your next payment will be {money(amt)} on {d_abbr(add_months(D(day), 1))}.",
            )
        )
        mail(
            day,
            s,
            "Your Spotify Premium receipt",
            tz="cet",
            at="0%d:%02d" % (RNG.randint(3, 8), RNG.randint(0, 59)),
            labels=[name],
            html=page("Spotify", "#191414", inner, foot, "Thanks for your payment"),
        )

    for day in ["2025-12-09", "2026-04-09"]:
        receipt(day, 19.99)
    inner = p(
        "Hi Hannah,",
        "We're updating the price of Premium Family. From your billing date in <b>July 2026</b> "
        "your plan will cost <b>£21.99/month</b>.",
        "This change helps us keep innovating and bringing new features to you. "
        "You can cancel or change your plan at any time in your account.",
        "Thanks for being part of Spotify.",
    )
    mail(
        "2026-06-02",
        s,
        "An update to your Premium Family price",
        tz="cet",
        at="16:00",
        labels=[name],
        html=page("Spotify", "#191414", inner, foot, "Your new price from July"),
    )
    for day in ["2026-07-09", "2026-10-09", "2026-11-09"]:
        receipt(day, 21.99)
    inner = p(
        "Hannah, your 2026 Wrapped is here.",
        "You listened to 41,822 minutes this year. Your top artist was "
        "<b>Little Simz</b>. See the rest of your year in the app.",
    )
    mail(
        "2026-11-25",
        ("Spotify", "no-reply@spotify.com"),
        "Your 2026 Wrapped is ready",
        tz="cet",
        at="15:00",
        labels=[],
        headers=unsub("spotify.com"),
        html=page("Spotify", "#1db954", inner, foot, "Your Wrapped is ready"),
    )


def netflix():
    name = "Netflix"
    truth(name, ["Netflix Standard"], "12.99", "monthly", "active", "2026-12-23", "subscription")
    s = ("Netflix", "info@account.netflix.com")
    foot = (
        "Netflix International B.V. · Karperstraat 8-10, 1075 KZ Amsterdam, the Netherlands. "
        "This account email has been sent to you as part of your Netflix membership."
    )
    inner = (
        p(
            "Hi Hannah,",
            "We're having some trouble with your current billing information. We'll try again, "
            "but in the meantime you may want to update your payment details.",
            "Your Visa ending in 9013 has expired.",
        )
        + button("UPDATE ACCOUNT", "https://www.netflix.com/YourAccountPayment", "#e50914")
        + p("", "Need help? We're here if you need it. Visit the Help Centre or contact us.")
    )
    mail(
        "2026-02-23",
        s,
        "Your payment was declined",
        tz="pt",
        at="22:14",
        labels=[name],
        html=page("NETFLIX", "#000000", inner, foot, "Update your payment details"),
    )
    inner = p(
        "Hi Hannah,",
        "Thanks for updating your payment information. Your membership continues as normal, "
        "and your next payment will be charged on your usual billing date.",
    )
    mail(
        "2026-02-24",
        s,
        "Your payment information has been updated",
        tz="pt",
        at="11:40",
        labels=[name],
        html=page("NETFLIX", "#000000", inner, foot, "Payment updated"),
    )
    inner = (
        p("Hi Hannah,", "You've changed your plan.")
        + rows(
            [
                ("New plan", "Standard"),
                ("Monthly price", "£12.99"),
                ("Starting", d_long(D("2026-06-23"))),
                ("Previous plan", "Standard with adverts, £5.99"),
            ]
        )
        + p("", "Enjoy watching without adverts on 2 devices at the same time.")
    )
    mail(
        "2026-06-04",
        s,
        "Your plan has been changed",
        tz="pt",
        at="13:07",
        labels=[name],
        html=page("NETFLIX", "#000000", inner, foot, "Plan change confirmation"),
    )
    for day, title in [("2026-10-30", "Hannah, we think you'll love this")]:
        mail(
            day,
            ("Netflix", "info@mailer.netflix.com"),
            title,
            tz="pt",
            at="09:00",
            labels=[],
            headers=unsub("mailer.netflix.com"),
            html=page(
                "NETFLIX",
                "#000000",
                p("Hi Hannah,", "Here's what's new this week, picked for you.", "Watch now on any device."),
                foot,
                "New this week",
            ),
        )


def disney():
    name = "Disney+"
    truth(name, ["Disney Plus", "Disney+ Standard"], "9.99", "monthly", "cancelled", None, "subscription")
    s = ("Disney+", "disneyplus@mail.disneyplus.com")
    foot = (
        "Disney Entertainment Operations LLC · 2300 W. Riverside Drive, Burbank, CA 91506, USA. "
        "© 2026 Disney and its related entities."
    )
    inner = p("Hi Hannah,", "Thanks for your payment. Here are the details:") + rows(
        [
            ("Subscription", "Disney+ Standard (monthly)"),
            ("Billing period", "14 Jan 2026 - 13 Feb 2026"),
            ("Total (inc. VAT)", "£9.99"),
            ("Payment method", "Mastercard ending 2209"),
        ],
        bold_last=False,
    )
    mail(
        "2026-01-14",
        s,
        "Your Disney+ payment confirmation",
        tz="pt",
        at="16:03",
        labels=[name],
        html=page("Disney+", "#0e1a4f", inner, foot, "Payment confirmation"),
    )
    inner = p(
        "Hi Hannah,",
        "We're sorry to see you go. Your Disney+ Standard subscription has been cancelled.",
        "You'll still be able to watch until <b>13 June 2026</b>. After that you won't be charged again.",
        "Changed your mind? You can restart your subscription at any time.",
    )
    mail(
        "2026-05-28",
        s,
        "Your subscription has been cancelled",
        tz="pt",
        at="12:51",
        labels=[name],
        html=page("Disney+", "#0e1a4f", inner, foot, "Cancellation confirmed"),
    )
    inner = p(
        "Hannah, we miss you!",
        "Come back to Disney+ for just <b>£4.99 a month for 3 months</b>. "
        "New Marvel, Pixar and Star Wars are waiting.",
        "Offer ends 30 September.",
    )
    mail(
        "2026-09-03",
        ("Disney+", "news@mail.disneyplus.com"),
        "Come back for £4.99 a month",
        tz="pt",
        at="07:00",
        labels=[],
        headers=unsub("mail.disneyplus.com"),
        html=page("Disney+", "#0e1a4f", inner, foot, "A special offer"),
    )


def now_tv():
    name = "NOW Entertainment"
    truth(
        name,
        ["NOW", "NOW TV", "NOW Entertainment Membership"],
        "9.99",
        "monthly",
        "active",
        "2026-12-17",
        "subscription",
    )
    s = ("NOW", "noreply@nowtv.com")
    foot = (
        "NOW is operated by Sky UK Limited. Registered in England and Wales No. 2906991. Registered office: "
        "Grant Way, Isleworth, Middlesex TW7 5QD."
    )

    def receipt(day, item, amt, recurring=True):
        extra = (
            (
                f"Your Membership will renew automatically on {d_long(add_months(D(day), 1))} for {money(amt)} "
                "unless you cancel."
            )
            if recurring
            else "This is a one-off purchase and won't renew."
        )
        inner = (
            p("Hi Hannah,", "Thanks for your payment.")
            + rows(
                [
                    ("Item", item),
                    ("Date", d_short(D(day))),
                    ("Amount (inc. VAT)", money(amt)),
                    ("Payment card", "Mastercard ****2209"),
                ]
            )
            + p("", extra)
        )
        mail(
            day,
            s,
            "Thanks for your NOW payment",
            at="0%d:%02d" % (RNG.randint(1, 7), RNG.randint(0, 59)),
            labels=[name] if recurring else [],
            html=page("NOW", "#1d1d1b", inner, foot, "Payment confirmation"),
        )

    receipt("2025-12-17", "Entertainment Membership", 9.99)
    receipt("2026-02-14", "Sports Day Membership", 14.99, recurring=False)
    receipt("2026-08-17", "Entertainment Membership", 9.99)
    mail(
        "2026-10-02",
        ("NOW", "news@email.nowtv.com"),
        "Add Cinema to your Membership for £9.99",
        at="18:30",
        labels=[],
        headers=unsub("email.nowtv.com"),
        html=page(
            "NOW",
            "#1d1d1b",
            p(
                "Hi Hannah,",
                "Big blockbusters every week. Add a Cinema Membership for £9.99 a month, no contract.",
            ),
            foot,
            "Add Cinema",
        ),
    )


def audible():
    name = "Audible"
    truth(
        name,
        ["Audible Premium Plus", "Audible membership"],
        "7.99",
        "monthly",
        "active",
        "2026-12-02",
        "subscription",
    )
    s = ("Audible", "donotreply@audible.co.uk")
    foot = (
        "Audible Ltd, Exchange Tower, 1 Harbour Exchange Square, London E14 9GE. VAT number GB 741 5930 57. "
        "Please note: this email was sent from an address that cannot accept incoming email."
    )

    def invoice(day, item, amt, note):
        vat = round(amt / 6, 2)
        inner = (
            p("Hi Hannah,", "Thank you for your order. Here are the details:")
            + rows(
                [
                    ("Order number", f"D01-{digits(7)}-{digits(7)}"),
                    ("Order date", d_abbr(D(day))),
                    (item, money(amt)),
                    ("VAT (20%)", money(vat)),
                    ("Total charged to Visa ending 5520", money(amt)),
                ],
                bold_last=True,
            )
            + p("", note)
        )
        mail(
            day,
            s,
            "Your Audible order summary" if "Premium" not in item else "Your Audible membership invoice",
            at="0%d:%02d" % (RNG.randint(2, 8), RNG.randint(0, 59)),
            labels=[name] if "Premium" in item else [],
            html=page("audible", "#f7991c", inner, foot, "Order summary"),
        )

    note = "Your membership will renew on the 2nd of next month. You'll receive 1 credit each month."
    invoice("2025-12-02", "Audible Premium Plus - Monthly", 7.99, note)
    invoice("2026-05-11", "Intermezzo (Unabridged) - Sally Rooney", 14.99, "Happy listening!")
    invoice("2026-08-02", "Audible Premium Plus - Monthly", 7.99, note)
    invoice("2026-11-02", "Audible Premium Plus - Monthly", 7.99, note)


def guardian():
    name = "The Guardian"
    truth(
        name,
        ["Guardian", "Guardian All-access digital", "Guardian digital subscription", "Guardian News & Media"],
        "119.00",
        "yearly",
        "active",
        "2027-09-18",
        "subscription",
    )
    s = ("The Guardian", "support@theguardian.com")
    foot = (
        "Guardian News &amp; Media Limited, Kings Place, 90 York Way, London N1 9GU. Registered in England and "
        "Wales No. 908396."
    )
    inner = (
        p(
            "Dear Hannah,",
            "Thank you for supporting independent journalism. We're writing to let you know that "
            "your <b>All-access digital</b> subscription will renew soon.",
        )
        + rows(
            [
                ("Subscription ID", "A-S" + digits(8)),
                ("Renewal date", d_long(D("2026-09-18"))),
                ("Annual price", "£119.00"),
                ("Payment method", "Direct Debit"),
            ]
        )
        + p("", "You don't need to do anything. If you'd like to change or cancel, visit Manage my account.")
    )
    mail(
        "2026-08-19",
        s,
        "Your subscription will renew soon",
        at="10:30",
        labels=[name],
        html=page("The Guardian", "#052962", inner, foot, "Your renewal details"),
    )
    inner = p("Dear Hannah,", "We've received your payment. Thank you.") + rows(
        [
            ("Product", "All-access digital - annual"),
            ("Amount", "£119.00"),
            ("Period", "18 September 2026 - 17 September 2027"),
        ]
    )
    mail(
        "2026-09-21",
        s,
        "Payment confirmation",
        at="08:12",
        labels=[name],
        html=page("The Guardian", "#052962", inner, foot, "Thanks for your payment"),
    )
    for day in ["2026-10-21"]:
        mail(
            day,
            ("The Guardian", "newsletters@theguardian.com"),
            "First Edition: "
            + RNG.choice(
                ["Budget fallout", "What the polls say", "A winter of strikes?", "The week in climate"]
            ),
            at="06:00",
            labels=[],
            headers=unsub("theguardian.com"),
            html=page(
                "First Edition",
                "#052962",
                p("Good morning.", "Today's top stories, explained. Read online for the full briefing."),
                "You are receiving this newsletter because you signed up. Guardian News &amp; Media Ltd.",
                "Your morning briefing",
            ),
        )


def telegraph():
    name = "The Telegraph"
    truth(
        name,
        ["Telegraph", "Telegraph Digital Subscription", "Telegraph Media Group"],
        "12.00",
        "monthly",
        "inactive",
        None,
        "subscription",
    )
    s = ("The Telegraph", "subscriptions@telegraph.co.uk")
    foot = (
        "Telegraph Media Group Limited, 111 Buckingham Palace Road, London SW1W 0DT. Registered in England "
        "and Wales No. 451593."
    )
    inner = (
        p("Dear Hannah,", "Welcome to The Telegraph. Your Digital Subscription has started.")
        + rows(
            [
                ("Subscription number", "TEL" + digits(7)),
                ("Offer", "£1 a month for 3 months"),
                ("Then", "£12 every month, from 16 May 2026"),
                ("Payment", "Visa ending 9013"),
            ]
        )
        + p("", "You can cancel at any time. Enjoy unlimited access to telegraph.co.uk and the app.")
    )
    mail(
        "2026-02-16",
        s,
        "Welcome to your Telegraph subscription",
        at="20:33",
        labels=[name],
        html=page("The Telegraph", "#000000", inner, foot, "Welcome"),
    )
    inner = p(
        "Dear Hannah,",
        "Your introductory offer ends on <b>15 May 2026</b>. From 16 May you'll pay the "
        "standard price of <b>£12 every month</b>.",
        "You don't need to do anything to keep your subscription.",
    )
    mail(
        "2026-05-01",
        s,
        "Your introductory offer is ending",
        at="09:00",
        labels=[name],
        html=page("The Telegraph", "#000000", inner, foot, "Offer ending"),
    )
    inner = p(
        "Dear Hannah,",
        "We were unable to take your payment of <b>£12.00</b> on 16 May 2026. The card we "
        "have on file (Visa ending 9013) may have expired.",
        "Please update your payment details to keep reading. We'll try again in a few days.",
    )
    mail(
        "2026-05-16",
        s,
        "We couldn't take your payment",
        at="07:10",
        labels=[name],
        html=page("The Telegraph", "#000000", inner, foot, "Payment problem"),
    )
    inner = p(
        "Dear Hannah,",
        "We've tried to take your payment of £12.00 several times without success, so your "
        "subscription has now ended.",
        "You can resubscribe at any time at telegraph.co.uk/subscribe.",
    )
    mail(
        "2026-05-30",
        s,
        "Your subscription has ended",
        at="07:10",
        labels=[name],
        html=page("The Telegraph", "#000000", inner, foot, "Subscription ended"),
    )


def rough_trade():
    name = "Rough Trade Club"
    truth(
        name,
        ["Rough Trade", "Rough Trade Album of the Month Club", "Album of the Month Club"],
        "26.99",
        "monthly",
        "cancelled",
        None,
        "subscription",
    )
    s = ("Rough Trade", "shop@roughtrade.com")
    foot = "Rough Trade Retail Ltd, 130 Talbot Road, London W11 1JA. VAT reg. GB 882 6533 07."
    inner = (
        p(
            "Hi Hannah,",
            "Welcome to the <b>Rough Trade Club</b>. Each month our shop staff pick the one album "
            "you need to hear, on exclusive vinyl, with a signed print where we can.",
        )
        + rows(
            [
                ("Subscription", "Album of the Month - LP (monthly)"),
                ("Price per month, UK delivery included", "£26.99"),
                ("First payment", "£26.99 taken today"),
                ("Billing date", "22nd of each month"),
            ]
        )
        + p(
            "",
            "Records are dispatched at the start of each month. Cancel any time before your next billing date.",
        )
    )
    mail(
        "2026-03-22",
        s,
        "Welcome to the Rough Trade Club",
        at="15:45",
        labels=[name],
        html=page("ROUGH TRADE", "#111111", inner, foot, "You're in"),
    )
    for day, rec in [
        ("2026-04-03", "Fontaines D.C. - Romance (Rough Trade exclusive orange vinyl)"),
    ]:
        mail(
            day,
            s,
            "Your Album of the Month is on its way",
            at="13:%02d" % RNG.randint(0, 59),
            labels=[name],
            html=page(
                "ROUGH TRADE",
                "#111111",
                p(
                    "Hi Hannah,",
                    f"This month's Club record is on its way: <b>{rec}</b>.",
                    f"Royal Mail tracking: {alnum(2)}{digits(9)}GB",
                ),
                foot,
                "Dispatched",
            ),
        )
    inner = p("Hi Hannah,", "Thanks for your order.") + rows(
        [
            ("Order", "#RT" + digits(6)),
            ("Nick Cave &amp; The Bad Seeds - Wild God (LP)", "£29.99"),
            ("Rough Trade tote bag", "£8.00"),
            ("UK delivery", "£4.50"),
            ("Total (inc. VAT)", "£42.49"),
        ],
        bold_last=True,
    )
    mail(
        "2026-07-12",
        s,
        "Order confirmation #RT - thank you",
        at="21:09",
        labels=[],
        html=page("ROUGH TRADE", "#111111", inner, foot, "Thanks for your order"),
    )
    inner = p(
        "Hi Hannah,",
        "Your Rough Trade Club subscription has been cancelled as requested. You won't be "
        "charged again. Your last record (October) has already been sent.",
        "Thanks for being a member.",
    )
    mail(
        "2026-10-08",
        s,
        "Your Club subscription has been cancelled",
        at="10:20",
        labels=[name],
        html=page("ROUGH TRADE", "#111111", inner, foot, "Cancellation confirmed"),
    )


def pact():
    name = "Pact Coffee"
    truth(name, ["Pact"], "9.95", "biweekly", "active", "2026-12-01", "subscription")
    s = ("Pact Coffee", "hello@pactcoffee.com")
    foot = (
        "Pact Coffee Ltd, Unit 2, Ravensbury Terrace, London SW18 4RL. Registered in England No. 07830735. "
        '<a href="https://www.pactcoffee.com/account">Manage your plan</a>'
    )
    coffees = [
        "Finca El Paraíso, Colombia",
        "Bourbon Cream, Brazil",
        "Kilimanjaro AA, Tanzania",
        "Café Señorita, Perú",
        "Gakuyuni, Kenya",
        "House Espresso",
    ]
    base = D("2025-12-02")
    dates = [base + timedelta(days=14 * i) for i in range(27)]
    skipped = {D("2026-08-04"), D("2026-08-18")}
    sent = [0, 15, 25]  # dispatches that got an email here

    def dispatch(d, price):
        c = RNG.choice(coffees)
        inner = (
            p(
                "Hey Hannah,",
                f"Your coffee's been roasted and is on its way. This time it's <b>{c}</b>, ground for Aeropress.",
            )
            + rows(
                [("Bag", f"250g {c}"), ("Charged", money(price)), ("Delivery", "Free, Royal Mail 1st class")]
            )
            + p(
                "",
                f"Next delivery: {d_wlong(d + timedelta(days=14))}. Want it sooner or later? Change it in your account.",
            )
        )
        mail(
            d,
            s,
            "Your coffee is on its way ☕",
            at="15:%02d" % RNG.randint(0, 59),
            labels=[name],
            html=page("PACT", "#2a2a2a", inner, foot, f"{c} is on its way"),
        )

    for i in sent:
        d = dates[i]
        if d in skipped:
            continue
        dispatch(d, 9.50 if d < D("2026-04-01") else 9.95)
    inner = p(
        "Hey Hannah,",
        "A quick heads-up: from <b>1 April 2026</b> a 250g bag on your plan will cost "
        "<b>£9.95</b> (from £9.50). Green coffee prices have hit record highs and we want to keep paying our "
        "farmers fairly.",
        "Thanks for sticking with us.",
    )
    mail(
        "2026-03-10",
        s,
        "A change to our prices",
        at="11:30",
        labels=[name],
        html=page("PACT", "#2a2a2a", inner, foot, "New prices from 1 April"),
    )
    for d in sorted(skipped):
        mail(
            d - timedelta(days=5),
            s,
            "Delivery skipped",
            at="20:%02d" % RNG.randint(0, 59),
            labels=[name],
            html=page(
                "PACT",
                "#2a2a2a",
                p(
                    "Hey Hannah,",
                    f"No problem, we've skipped your delivery on {d_wlong(d)}. You won't be charged for it.",
                    f"Your next delivery is {d_wlong(d + timedelta(days=14))}.",
                ),
                foot,
                "Skipped",
            ),
        )
    inner = p(
        "Hey Hannah,",
        f"Your next bag roasts on <b>{d_wlong(D('2026-12-01'))}</b> and we'll charge {money(9.95)} "
        "when it ships.",
        "Fancy trying something different? Swap your coffee by Monday night.",
    )
    mail(
        "2026-11-26",
        s,
        "Your next Pact delivery",
        at="09:15",
        labels=[name],
        html=page("PACT", "#2a2a2a", inner, foot, "Roasting on Tuesday"),
    )


# ================================================================ shopping and tech
def ocado():
    name = "Ocado Smart Pass"
    truth(
        name,
        ["Smart Pass", "Ocado Smart Pass Anytime", "Ocado"],
        "7.99",
        "monthly",
        "active",
        "2026-12-11",
        "subscription",
    )
    s = ("Ocado", "customerservices@ocado.com")
    foot = (
        "Ocado Retail Limited, Apollo Court, 2 Bishop Square, Hatfield Business Park, Hatfield AL10 9EX. "
        "Registered in England No. 07098618."
    )

    def sp(day):
        inner = (
            p("Dear Hannah,", "Your Smart Pass has renewed.")
            + rows(
                [
                    ("Plan", "Smart Pass Anytime - monthly"),
                    ("Amount", money(7.99)),
                    ("Renewal date", d_long(D(day))),
                    ("Next renewal", d_long(add_months(D(day), 1))),
                ]
            )
            + p(
                "",
                "Enjoy free deliveries on orders over £40, any day of the week, plus exclusive Smart Pass savings.",
            )
        )
        mail(
            day,
            s,
            "Your Smart Pass has been renewed",
            at="03:%02d" % RNG.randint(0, 59),
            labels=[name],
            html=page("ocado", "#4d216d", inner, foot, "Smart Pass renewed"),
        )

    def order(day, total, slot):
        inner = (
            p("Dear Hannah,", "Thank you for your order. We'll deliver it:", f"<b>{slot}</b>")
            + rows(
                [
                    ("Order number", digits(10)),
                    ("Items", str(RNG.randint(28, 52))),
                    ("Estimated total", money(total)),
                    ("Delivery", "£0.00 (Smart Pass)"),
                ]
            )
            + p("", "You can edit your order until 23:45 the night before delivery.")
        )
        mail(
            day,
            s,
            "Your Ocado order confirmation",
            at="20:%02d" % RNG.randint(0, 59),
            labels=[],
            html=page("ocado", "#4d216d", inner, foot, "We've got your order"),
        )

    sp("2025-12-11")
    order("2025-12-19", 126.42, "Tuesday 23 December, 18:00-19:00")
    sp("2026-02-11")
    sp("2026-09-11")
    order("2026-11-19", 102.33, "Saturday 21 November, 09:00-10:00")


def amazon():
    name = "Amazon Prime"
    truth(
        name, ["Prime", "Amazon Prime membership"], "95.00", "yearly", "active", "2027-02-08", "subscription"
    )
    s = ("Amazon.co.uk", "auto-confirm@amazon.co.uk")
    foot = (
        "Amazon EU S.à r.l., UK Branch, 1 Principal Place, Worship Street, London EC2A 2FA. "
        "This email was sent from a notification-only address that cannot accept incoming email."
    )
    inner = (
        p(
            "Dear Hannah,",
            "This is a reminder that your Amazon Prime membership will automatically renew on "
            "<b>8 February 2026</b>.",
        )
        + rows(
            [
                ("Membership", "Amazon Prime (annual)"),
                ("Price", "£95.00 (inc. VAT)"),
                ("Payment method", "Visa Debit ending in 4471"),
            ]
        )
        + p(
            "",
            "Thanks to Prime, you saved £63.96 on delivery this year. If you don't want to renew, you can end "
            "your membership in Your Account.",
        )
    )
    mail(
        "2026-01-25",
        ("Amazon Prime", "prime@amazon.co.uk"),
        "Your Amazon Prime membership renews soon",
        tz="utc",
        at="12:40",
        labels=[name],
        html=page("amazon prime", "#232f3e", inner, foot, "Renewal reminder"),
    )
    for day, item, amt in [
        ("2025-12-04", "Joseph Joseph Nest 9 Plus Nesting Bowl Set", 39.99),
        ("2026-04-12", "Purina ONE Adult Dry Cat Food 3kg x2", 31.50),
        ("2026-10-19", "Kindle Paperwhite (16 GB)", 149.99),
    ]:
        ordno = f"20{digits(1)}-{digits(7)}-{digits(7)}"
        inner = (
            p(
                "Hello Hannah,",
                "Thank you for shopping with us. We'll send a confirmation when your item ships.",
            )
            + rows(
                [
                    ("Order #", ordno),
                    (item, money(amt)),
                    ("Delivery", "FREE Prime Delivery"),
                    ("Order Total", money(amt)),
                ],
                bold_last=True,
            )
            + p(
                "",
                f"Arriving: {d_wlong(D(day) + timedelta(days=1))}",
                "Delivering to: Hannah Okoye, " + ADDRESS,
            )
        )
        mail(
            day,
            s,
            f"Your Amazon.co.uk order #{ordno}",
            tz="utc",
            labels=[],
            html=page("amazon", "#232f3e", inner, foot, "Order confirmation"),
        )
    mail(
        "2026-10-20",
        ("Amazon.co.uk", "shipment-tracking@amazon.co.uk"),
        'Your Amazon.co.uk order of "Kindle Paperwhite (16 GB)" has been dispatched',
        tz="utc",
        at="08:12",
        labels=[],
        html=page(
            "amazon",
            "#232f3e",
            p(
                "Hello Hannah,",
                "Your package is on its way with Amazon Logistics.",
                "Track your package in Your Orders.",
            ),
            foot,
            "Dispatched",
        ),
    )
    inner = p(
        "Hi Hannah,",
        "Add <b>Discovery+</b> to Prime Video for £3.99/month. Start a 7-day free trial. Cancel anytime.",
    )
    mail(
        "2026-03-06",
        ("Prime Video", "store-news@amazon.co.uk"),
        "New on Prime Video Channels",
        tz="utc",
        at="17:30",
        labels=[],
        headers=unsub("amazon.co.uk"),
        html=page("prime video", "#00a8e1", inner, foot, "Try a channel"),
    )


def apple():
    name = "Apple One"
    truth(name, ["Apple One Individual", "Apple"], "18.95", "monthly", "active", "2026-12-26", "subscription")
    s = ("Apple", "no_reply@email.apple.com")
    foot = (
        "Apple Distribution International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, Republic of Ireland. "
        'VAT number: GB 117 0426 23. <a href="https://support.apple.com/billing">Report a problem</a>'
    )

    def receipt(day, item, sub, amt, renew=None):
        vat = round(amt / 6, 2)
        lines = [
            ("APPLE ID", HANNAH[1]),
            ("DATE", d_abbr(D(day))),
            ("ORDER ID", "M" + alnum(9)),
            ("DOCUMENT NO.", digits(12)),
            (f"{item}<br><span style='color:#888'>{sub}</span>", money(amt)),
            ("Subtotal", money(amt - vat)),
            ("VAT charged at 20%", money(vat)),
            ("TOTAL", money(amt)),
        ]
        inner = p("<b>Receipt</b>") + rows(lines, bold_last=True)
        if renew:
            inner += p("", f"Renews {d_abbr(renew)}")
        plain = (
            f"Receipt\n\nAPPLE ID {HANNAH[1]}\nDATE {d_abbr(D(day))}\n\n{item}\n{sub}\n{money(amt)}\n"
            + (f"Renews {d_abbr(renew)}\n" if renew else "")
            + f"\nSubtotal {money(amt - vat)}\n"
            f"VAT charged at 20% {money(vat)}\nTOTAL {money(amt)}\n\nApple Distribution International Ltd.\n"
        )
        mail(
            day,
            s,
            "Your receipt from Apple.",
            tz="pt",
            labels=[name] if "Apple One" in item else [],
            html=page("Apple", "#ffffff;color:#000000", inner, foot, "Receipt"),
            plain=plain,
        )

    for day in ["2025-12-26", "2026-07-26", "2026-10-26"]:
        receipt(day, "Apple One", "Individual (Monthly)", 18.95, add_months(D(day), 1))
    receipt("2026-03-03", "Procreate Pocket", "Savage Interactive Pty Ltd", 5.99)
    inner = p(
        "Dear Hannah,",
        "Your Apple One Individual subscription will renew on 26 November 2026 for £18.95 "
        "a month. Your Visa Debit card ending 4471 expires in 11/2026, please update it to avoid an interruption.",
    )
    mail(
        "2026-11-20",
        ("Apple", "no_reply@email.apple.com"),
        "Update your payment information",
        tz="pt",
        at="02:14",
        labels=[name],
        html=page("Apple", "#ffffff;color:#000000", inner, foot, "Update payment"),
    )


def google_one():
    name = "Google One"
    truth(
        name,
        ["Google One 2 TB", "Google One 100 GB"],
        "7.99",
        "monthly",
        "active",
        "2026-12-20",
        "subscription",
    )
    s = ("Google Play", "googleplay-noreply@google.com")
    foot = (
        "Google Commerce Limited, Gordon House, Barrow Street, Dublin 4, Ireland. "
        "You received this email to let you know about important changes to your Google Play account and services."
    )

    def receipt(day, item, amt):
        ordno = f"GPA.{digits(4)}-{digits(4)}-{digits(4)}-{digits(5)}"
        vat = round(amt / 6, 2)
        inner = (
            p(
                "Thank you.",
                "You've made a purchase from Google Play.",
                f"Order number: {ordno}<br>Order date: "
                f"{d_abbr(D(day))} {RNG.randint(8, 20)}:{RNG.randint(10, 59)}:{RNG.randint(10, 59)} GMT",
            )
            + rows(
                [
                    ("Item", "Price"),
                    (f"{item} (Google One)<br>Auto-renewing subscription", f"{money(amt)}/month"),
                    ("VAT (included)", money(vat)),
                    ("Total", f"{money(amt)}/month"),
                ],
                bold_last=True,
            )
            + p("", "Payment method: Mastercard-2209", "You can manage your subscriptions in Google Play.")
        )
        mail(
            day,
            s,
            f"Your Google Play Order Receipt from {d_abbr(D(day))}",
            tz="pt",
            labels=[name],
            html=page("Google Play", "#01875f", inner, foot, "Your receipt"),
        )

    receipt("2025-12-04", "100 GB", 1.59)
    inner = p(
        "Hi Hannah,",
        "You're now a Google One member with <b>2 TB</b> of storage, shared with up to 5 others.",
    ) + rows(
        [
            ("Plan", "2 TB"),
            ("Price", "£7.99/month"),
            ("Billed via", "Google Play"),
            ("Starts", "20 June 2026"),
        ]
    )
    mail(
        "2026-06-20",
        ("Google One", "googleone-noreply@google.com"),
        "Welcome to Google One 2 TB",
        tz="pt",
        at="09:11",
        labels=[name],
        html=page(
            "Google One",
            "#1a73e8",
            inner,
            "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA",
            "Your new plan",
        ),
    )
    receipt("2026-06-20", "2 TB", 7.99)
    receipt("2026-07-20", "2 TB", 7.99)
    receipt("2026-10-20", "2 TB", 7.99)


def microsoft():
    name = "Microsoft 365 Family"
    truth(name, ["Microsoft 365", "Office 365"], "104.99", "yearly", "active", "2027-01-19", "subscription")
    s = ("Microsoft", "microsoft-noreply@microsoft.com")
    foot = (
        "Microsoft Ireland Operations Limited, One Microsoft Place, South County Business Park, Leopardstown, "
        'Dublin 18, Ireland. <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a>'
    )
    inner = (
        p(
            "Hi Hannah,",
            "We're making Microsoft 365 Family even better with Copilot, and the price is changing.",
        )
        + rows(
            [
                ("Your current price", "£79.99/year"),
                ("New price, from your next renewal on 19 January 2026", "£104.99/year"),
                ("Payment method", "Visa ending 4471"),
            ]
        )
        + p(
            "",
            "Prefer to keep your current price without Copilot? You can switch to Microsoft 365 Family Classic "
            "in your account before your renewal date.",
        )
    )
    mail(
        "2025-12-05",
        s,
        "Changes to your Microsoft 365 Family subscription",
        tz="pt",
        at="15:10",
        labels=[name],
        html=page("Microsoft", "#0067b8", inner, foot, "Your price is changing"),
    )
    inner = (
        p("Thanks for your order, Hannah.")
        + rows(
            [
                ("Order number", digits(10)),
                ("Microsoft 365 Family (annual)", "£87.49"),
                ("VAT", "£17.50"),
                ("Total", "£104.99"),
            ],
            bold_last=True,
        )
        + p(
            "",
            "Your subscription renews on 19 January 2027. You can turn off recurring billing at account.microsoft.com.",
        )
    )
    mail(
        "2026-01-19",
        ("Microsoft", "microsoft-noreply@microsoft.com"),
        "Your Microsoft order has been processed",
        tz="pt",
        at="00:24",
        labels=[name],
        html=page("Microsoft", "#0067b8", inner, foot, "Order processed"),
    )


# ================================================================ not subscriptions
NEGATIVES = [
    "University of Leeds",
    "USS",
    "Universities Superannuation Scheme",
    "HMRC",
    "first direct",
    "Moneybox",
    "Médecins Sans Frontières",
    "MSF UK",
    "Rightmove",
    "Argos",
    "LNER",
    "Trainline",
    "Two Together Railcard",
    "Railcard",
    "Deliveroo",
    "Deliveroo Plus",
    "Jet2holidays",
    "Booking.com",
    "HelloFresh",
    "Sky",
    "Headingley Veterinary Centre",
    "Compare the Market",
    "Amazon.co.uk",
    "Kindle Paperwhite",
    "Procreate Pocket",
    "NOW Sports Day Membership",
    "Sally Rooney Intermezzo",
    "Zoë Fairbrother",
    "Chidi Okoye",
    "Siobhán Brennan",
    "Tom Brennan",
    "D Hirst",
    "Stoneacre Kia Leeds",
    "Eventbrite",
    "Leeds Grand Theatre",
]


def others():
    uol = ("University of Leeds Payroll", "payroll@leeds.ac.uk")
    for day, month in [("2026-01-27", "January 2026"), ("2026-06-25", "June 2026")]:
        mail(
            day,
            uol,
            f"Your payslip for {month} is available",
            at="08:30",
            labels=[],
            cte="7bit",
            plain=f"Dear Dr Okoye\n\nYour payslip for {month} is now available to view in MyHR "
            "(https://myhr.leeds.ac.uk). Payment will be made to your bank account on the last working day of "
            "the month.\n\nPlease do not reply to this email.\n\nPayroll Office, University of Leeds, Leeds LS2 9JT\n",
        )
    mail(
        "2026-07-14",
        ("USS", "noreply@uss.co.uk"),
        "Your annual benefit statement is ready",
        at="10:05",
        labels=[],
        html=page(
            "USS",
            "#4b2e83",
            p(
                "Dear Dr Okoye,",
                "Your 2026 annual benefit statement is now available in My USS. "
                "It shows the pension you've built up in the Retirement Income Builder and your Investment Builder "
                "balance of £18,204.55 as at 31 March 2026.",
                "Contributions: 6.1% of salary, paid by your employer through payroll.",
            ),
            "Universities Superannuation Scheme Ltd, Royal Liver Building, Liverpool L3 1PY.",
            "Your statement is ready",
        ),
    )
    mail(
        "2026-01-06",
        ("HMRC", "noreply@confirmation.tax.service.gov.uk"),
        "Self Assessment: tax return deadline 31 January",
        tz="utc",
        at="11:00",
        labels=[],
        cte="7bit",
        plain="Dear Hannah Okoye\n\nThis is a reminder that the deadline for filing your 2024 to 2025 Self Assessment "
        "tax return online is 31 January 2026. Any tax you owe must also be paid by then.\n\nSign in to your HMRC "
        "online account at GOV.UK to file your return.\n\nFrom HM Revenue and Customs\n\nThis email is not a phishing "
        "email. HMRC will never ask for your personal or payment information by email.\n",
    )
    fd = ("first direct", "noreply@alerts.firstdirect.com")
    fdfoot = "first direct is a division of HSBC UK Bank plc. Registered in England No. 9928412. 1 Centenary Square, Birmingham B1 1HQ."
    mail(
        "2026-08-03",
        fd,
        "A new standing order has been set up",
        at="12:44",
        labels=[],
        html=page(
            "first direct",
            "#000000",
            p("Dear Ms Okoye,", "A standing order has been set up on your 1st Account ending 0508.")
            + rows(
                [
                    ("Payee", "D HIRST"),
                    ("Reference", "27 ASH GROVE RENT"),
                    ("Amount", "£1,150.00"),
                    ("Frequency", "Monthly on the 1st"),
                    ("First payment", "1 September 2026"),
                ]
            )
            + p("", "If you didn't set this up, call us on 03 456 100 100."),
            fdfoot,
            "Standing order set up",
        ),
    )
    mail(
        "2026-10-06",
        fd,
        "Your statement is ready to view",
        at="05:30",
        labels=[],
        html=page(
            "first direct",
            "#000000",
            p(
                "Dear Ms Okoye,",
                "Your statement for your 1st Account ending 0508 is now available in online banking.",
            ),
            fdfoot,
            "New statement",
        ),
    )
    mail(
        "2026-05-05",
        ("Moneybox", "hello@moneyboxapp.com"),
        "Your monthly deposit has been collected",
        at="09:10",
        labels=[],
        html=page(
            "moneybox",
            "#1a1a5e",
            p(
                "Hi Hannah,",
                "We've collected your monthly deposit of "
                "<b>£100.00</b> into your Cash ISA. Your balance is now £4,312.87.",
                "Capital at risk for investment products. Cash ISA interest 4.35% AER (variable).",
            ),
            "Money Box Limited, 35 Kingsland Road, London E2 8AA.",
            "Deposit collected",
        ),
    )
    mail(
        "2025-12-12",
        ("Médecins Sans Frontières UK", "supportercare@london.msf.org"),
        "Thank you for your monthly gift, Hannah",
        at="10:00",
        labels=[],
        html=page(
            "MÉDECINS SANS FRONTIÈRES",
            "#ee0000",
            p(
                "Dear Hannah,",
                "Thank you for giving £15 every month by Direct "
                "Debit. Because you've added Gift Aid, each gift is worth £18.75 to our teams in Sudan, Gaza and beyond.",
                "Your next gift will be collected on or around 1 January.",
            ),
            "Médecins Sans Frontières UK, Registered charity 1026588.",
            "Thank you",
        ),
    )
    ra = ("Rightmove", "alerts@rightmove.co.uk")
    for day, n in [("2026-04-19", 4), ("2026-10-11", 7)]:
        mail(
            day,
            ra,
            f"{n} new properties for sale in Headingley, Leeds",
            at="07:%02d" % RNG.randint(0, 59),
            labels=[],
            headers=unsub("rightmove.co.uk"),
            html=page(
                "rightmove",
                "#00deb6",
                p(
                    "Hi Hannah,",
                    f"We've found {n} new properties matching your alert "
                    "'3 bed houses, Headingley &amp; Kirkstall, up to £375,000'.",
                    "3 bedroom terraced house for sale, Ash Road, LS6 - £335,000",
                    "3 bedroom semi-detached house, Broad Lane, LS5 - £365,000",
                ),
                "Rightmove Group Ltd, 2 Caldecotte Lake Business Park, Milton Keynes MK7 8LE.",
                "New homes for you",
            ),
        )
    mail(
        "2026-02-28",
        ("Argos", "argos@argos.co.uk"),
        "Your order is ready to collect",
        at="13:20",
        labels=[],
        html=page(
            "Argos",
            "#e31e24",
            p(
                "Hi Hannah,",
                "Your order is ready to collect from <b>Argos Leeds Kirkstall in Sainsbury's</b>.",
            )
            + rows(
                [
                    ("Order number", digits(9)),
                    ("Russell Hobbs Luna 1.7L Kettle", "£34.99"),
                    ("Dualit 2-slice toaster", "£59.99"),
                    ("Total paid", "£94.98"),
                ],
                bold_last=True,
            )
            + p("", "Please bring your order number and a payment card or photo ID."),
            "Argos Limited, 489-499 Avebury Boulevard, Milton Keynes MK9 2NW.",
            "Ready to collect",
        ),
    )
    mail(
        "2026-03-12",
        ("LNER", "tickets@lner.co.uk"),
        "Your LNER booking confirmation - Leeds to London Kings Cross",
        at="22:05",
        labels=[],
        html=page(
            "LNER",
            "#ce0e2d",
            p("Hi Hannah,", "Thanks for booking with LNER.")
            + rows(
                [
                    ("Booking reference", alnum(8)),
                    ("Outward", "Thu 19 March 2026, 07:15 Leeds - 09:28 London Kings Cross"),
                    ("Return", "Fri 20 March 2026, 17:33 London Kings Cross - 19:48 Leeds"),
                    ("Tickets", "1 Adult, Advance Single x2, Two Together Railcard"),
                    ("Total paid", "£61.40"),
                ],
                bold_last=True,
            )
            + p("", "Your eTickets are attached and in the LNER app."),
            "London North Eastern Railway Limited. Registered in England No. 04659712.",
            "Booking confirmed",
        ),
    )
    mail(
        "2026-09-30",
        ("Trainline", "auto-confirm@info.thetrainline.com"),
        "Your booking confirmation: Leeds to Edinburgh",
        tz="utc",
        at="19:40",
        labels=[],
        html=page(
            "trainline",
            "#01c3a7",
            p("Hi Hannah,", "Here's your booking confirmation.")
            + rows(
                [
                    ("Transaction ID", digits(6) + "-" + digits(6)),
                    ("Journey", "Leeds to Edinburgh, Fri 16 Oct 2026"),
                    ("Passengers", "2 adults, Two Together Railcard"),
                    ("Tickets", "£78.60"),
                    ("Booking fee", "£1.75"),
                    ("Total", "£80.35"),
                ],
                bold_last=True,
            ),
            "Trainline.com Limited, 3rd Floor, 120 Holborn, London EC1N 2TD.",
            "Booking confirmed",
        ),
    )
    mail(
        "2026-02-02",
        ("Railcard", "noreply@railcard.co.uk"),
        "Your Two Together Railcard is ready",
        at="21:12",
        labels=[],
        html=page(
            "Railcard",
            "#005eb8",
            p(
                "Hi Hannah,",
                "Thanks for buying a Two Together Railcard for "
                "Hannah Okoye and Thomas Brennan. It's valid for 1 year, from 2 February 2026 to 1 February 2027.",
            )
            + rows([("Railcard", "Two Together Railcard (1 year)"), ("Paid", "£35.00")])
            + p("", "We'll remind you before it expires. Railcards don't renew automatically."),
            "Rail Delivery Group, 1 Puddle Dock, London EC4V 3DS.",
            "Your Railcard",
        ),
    )
    dv = ("Deliveroo", "noreply@t.deliveroo.com")
    for day, rest, sub, tot in [
        ("2026-01-23", "Bundobust Leeds", "£27.97", "£31.45"),
        ("2026-11-06", "Tharavadu", "£38.67", "£42.15"),
    ]:
        mail(
            day,
            dv,
            f"Your order from {rest}",
            at="19:%02d" % RNG.randint(0, 59),
            labels=[],
            html=page(
                "deliveroo",
                "#00ccbc",
                p("Hi Hannah,", f"Thanks for ordering from <b>{rest}</b>. Your rider is on the way.")
                + rows(
                    [("Subtotal", sub), ("Delivery fee", "£2.49"), ("Service fee", "£0.99"), ("Total", tot)],
                    bold_last=True,
                ),
                "Roofoods Ltd, The River Building, 1 Cousin Lane, London EC4R 3TE.",
                "Order confirmed",
            ),
        )
    mail(
        "2026-03-18",
        ("Deliveroo", "marketing@t.deliveroo.com"),
        "Try Plus free for 30 days",
        at="12:00",
        labels=[],
        headers=unsub("t.deliveroo.com"),
        html=page(
            "deliveroo",
            "#00ccbc",
            p(
                "Hi Hannah,",
                "Free delivery on orders "
                "over £15 with Deliveroo Plus Silver. Try it free for 30 days, then £3.49/month. Cancel anytime.",
            ),
            "Roofoods Ltd.",
            "Free delivery",
        ),
    )
    mail(
        "2026-01-31",
        ("Jet2holidays", "noreply@jet2holidays.com"),
        "Your Jet2holidays booking confirmation",
        at="15:20",
        labels=[],
        html=page(
            "Jet2holidays",
            "#203a72",
            p("Hi Hannah,", "Thanks for booking with Jet2holidays!")
            + rows(
                [
                    ("Booking reference", digits(7)),
                    ("Holiday", "Albufeira, Algarve - Hotel Baía Grande, 7 nights, half board"),
                    ("Flights", "Leeds Bradford LBA - Faro FAO, Sat 11 July 2026"),
                    ("Total holiday price", "£2,184.00"),
                    ("Deposit paid today", "£120.00"),
                    ("Balance due by 30 May 2026", "£2,064.00"),
                ]
            )
            + p("", "Protected by ATOL 11153."),
            "Jet2holidays Ltd, Low Fare Finder House, Leeds Bradford Airport LS19 7TU.",
            "Booking confirmed",
        ),
    )
    mail(
        "2026-09-27",
        ("Booking.com", "noreply@booking.com"),
        "Booking confirmed: Motel One Edinburgh-Royal",
        tz="cet",
        at="21:30",
        labels=[],
        html=page(
            "Booking.com",
            "#003580",
            p("Hannah, your booking is confirmed.")
            + rows(
                [
                    ("Confirmation number", digits(10)),
                    ("Check-in", "Fri 16 Oct 2026"),
                    ("Check-out", "Sun 18 Oct 2026"),
                    ("Price", "£238.00 (pay at the property)"),
                ]
            ),
            "Booking.com B.V., Herengracht 597, 1017 CE Amsterdam, Netherlands.",
            "Your booking",
        ),
    )
    mail(
        "2026-05-01",
        ("Eventbrite", "noreply@order.eventbrite.com"),
        "Your tickets for Leeds Grand Theatre: An Inspector Calls",
        tz="utc",
        at="13:02",
        labels=[],
        html=page(
            "eventbrite",
            "#f05537",
            p(
                "Hi Hannah,",
                "Order #" + digits(10) + " - 2 x Stalls £32.50, fees £4.00, "
                "total £69.00. Tue 19 May 2026, 19:30.",
            ),
            "Eventbrite, Inc.",
            "Your tickets",
        ),
    )
    mail(
        "2026-04-02",
        ("HelloFresh", "hello@news.hellofresh.co.uk"),
        "Hannah, 60% off your first box",
        at="17:45",
        labels=[],
        headers=unsub("news.hellofresh.co.uk"),
        html=page(
            "HelloFresh",
            "#067a46",
            p(
                "Hi Hannah,",
                "Get 60% off your first box and free desserts for a year. Skip or cancel anytime.",
            ),
            "HelloFresh UK, 60 Worship Street, London EC2A 2EZ.",
            "60% off",
        ),
    )
    mail(
        "2026-08-27",
        ("Sky", "sky@email.sky.com"),
        "Get Sky Stream for £15 a month",
        at="18:15",
        labels=[],
        headers=unsub("email.sky.com"),
        html=page(
            "Sky",
            "#0072c9",
            p(
                "Hi Hannah,",
                "Sky Stream - all the TV you love, no dish needed. "
                "Sky Signature from £15 a month on an 18-month contract. Prices may change during your contract.",
            ),
            "Sky UK Limited, Grant Way, Isleworth TW7 5QD.",
            "Sky Stream",
        ),
    )


def personal():
    zoe = ("Zoë Fairbrother", "zoe.fairbrother@outlook.com")
    mail(
        "2026-01-10",
        zoe,
        "Sat?",
        at="11:24",
        labels=[],
        cte="quoted-printable",
        plain="Hiya!\n\nAre you two free Saturday night? We're thinking Bundobust then the Brudenell, there's a "
        "folk thing on. Bring Tom obvs.\n\nAlso I'm going climbing at the Depot on Weds if you fancy it, I've got "
        "a guest pass going spare.\n\nZoë x\n",
    )
    chidi = ("Chidi Okoye", "chidi.okoye@yahoo.co.uk")
    mail(
        "2026-04-26",
        chidi,
        "Mum's 60th - money for the restaurant",
        at="20:05",
        labels=[],
        cte="7bit",
        plain="Hi sis,\n\nBooked Tattu for the 16th May, 12 of us. It's £45 a head with the set menu. Can you send "
        "me £90 for you and Tom? Same account as before (Monzo, 04-00-04, 1234 5678, ref MUM60).\n\n"
        "Also can you sort the cake, you're better at that.\n\nC\n",
    )
    mail(
        "2026-04-27",
        TOM,
        "Re: Mum's 60th",
        at="07:41",
        labels=[],
        cte="7bit",
        plain="Sent Chidi the £90 from the joint account. Tattu, fancy.\n\nT\n\nOn Sun, 26 Apr 2026 at 20:05, "
        "Chidi Okoye <chidi.okoye@yahoo.co.uk> wrote:\n> Booked Tattu for the 16th May, 12 of us.\n",
    )
    sib = ("Siobhán Brennan", "siobhan.brennan@eircom.net")
    mail(
        "2026-11-15",
        sib,
        "Christmas in Galway 🎄",
        at="21:12",
        tz="utc",
        labels=[],
        cte="base64",
        plain="Hi Hannah,\n\nMam says are ye definitely coming for Christmas? She wants to know numbers for the "
        "turkey. Ryanair have LBA–Knock flights on the 22nd, about €140 each return.\n\nTell Tom he owes me a "
        "pint.\n\nSiobhán x\n",
    )
    mail(
        "2026-07-30",
        TOM,
        "bins",
        at="08:02",
        labels=[],
        cte="7bit",
        plain="Green bin tomorrow not black. Also the Jet2 transfer times are in the app, we get picked up at 14:10.\n",
    )


ALL = [
    council_tax,
    yorkshire_water,
    octopus,
    virgin_media,
    ee,
    smarty,
    black_horse,
    admiral,
    petplan,
    puregym,
    depot,
    ucu,
    spotify,
    netflix,
    disney,
    now_tv,
    audible,
    guardian,
    telegraph,
    rough_trade,
    pact,
    ocado,
    amazon,
    apple,
    google_one,
    microsoft,
    others,
    personal,
]

BASE64_HTML = ("google.com", "email.apple.com", "microsoft.com", "account.netflix.com", "mailer.netflix.com")


MULTIPART = (
    "octopus.energy",
    "amazon.co.uk",
    "spotify.com",
    "ocado.com",
    "gocardless.com",
    "admiral.com",
    "blackhorse.co.uk",
    "puregym.com",
    "smarty.co.uk",
    "petplan.co.uk",
    "theguardian.com",
    "audible.co.uk",
    "firstdirect.com",
    "ee.co.uk",
    "lner.co.uk",
    "thetrainline.com",
    "booking.com",
    "deliveroo.com",
    "jet2holidays.com",
    "telegraph.co.uk",
    "roughtrade.com",
    "pactcoffee.com",
    "uss.co.uk",
    "google.com",
)


def html_to_text(html: str) -> str:
    """Roughly what senders' plain-text alternatives look like (generated from the HTML)."""
    import html as htmllib
    import re

    t = re.sub(r"(?is)<(head|style)[^>]*>.*?</\1>", "", html)
    t = re.sub(r'(?is)<div style="display:none[^>]*>.*?</div>', "", t)
    t = re.sub(r'(?is)<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', r"\2 [\1]", t)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|tr|table|h\d)>", "\n", t)
    t = re.sub(r"(?i)</td>\s*<td[^>]*>", ": ", t)
    t = re.sub(r"(?s)<[^>]+>", "", t)
    t = htmllib.unescape(t).replace("\u200c", "").replace("\xa0", " ")
    lines = [" ".join(x.split()) for x in t.split("\n")]
    out, blank = [], False
    for x in lines:
        if not x:
            if not blank and out:
                out.append("")
            blank = True
            continue
        out.append(x)
        blank = False
    return "\n".join(out).strip() + "\n"


def slugify(text: str) -> str:
    import unicodedata

    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    out = "".join(c if c.isalnum() else "-" for c in t)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:40].strip("-")


def build(m: dict) -> EmailMessage:
    msg = EmailMessage()
    name, addr = m["sender"]
    domain = addr.split("@")[1]
    msg["From"] = formataddr((name, addr)) if name else addr
    msg["To"] = formataddr(m["to"])
    if m["cc"]:
        msg["Cc"] = formataddr(m["cc"])
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["dt"])
    r = m["rand"]
    if domain.endswith("gmail.com"):
        mid = f"<CA{r[:20].upper()}+{r[20:]}@mail.gmail.com>"
    elif domain.endswith(("outlook.com", "yahoo.co.uk")):
        mid = f"<{r[:8]}.{r[8:16]}.{r[16:]}@{domain}>"
    else:
        mid = f"<{r[:12]}.{r[12:]}@{m['msgid_domain'] or domain}>"
    msg["Message-ID"] = mid
    for k, v in m["headers"].items():
        msg[k] = v

    def cte_for(text: str, want: str) -> str:
        if want in ("7bit", "8bit") and not text.isascii():
            return "quoted-printable"
        return want

    plain, html = m["plain"], m["html"]
    if plain is None and html is not None and domain.endswith(MULTIPART):
        plain = html_to_text(html)
    html_cte = "base64" if domain.endswith(BASE64_HTML) else "quoted-printable"
    if plain is not None and html is not None:
        msg.set_content(plain, charset=m["charset"], cte=cte_for(plain, m["cte"]))
        msg.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        msg.set_content(html, subtype="html", cte=html_cte)
    else:
        msg.set_content(plain, charset=m["charset"], cte=cte_for(plain, m["cte"]))
    if msg.is_multipart():
        msg.set_boundary(f"----=_Part_{r[:6]}_{int(r[6:14], 16)}.{int(r[14:24], 16)}")
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg


def from_line(addr: str, dt: datetime) -> str:
    u = dt.astimezone(UTC)
    return f"From {addr} {u.strftime('%a %b')} {u.day:2d} {u.strftime('%H:%M:%S %Y')}"


def main():
    for fn in ALL:
        fn()
    MSGS.sort(key=lambda m: (m["dt"].astimezone(UTC), m["subject"]))
    for m in MSGS:
        u = m["dt"].astimezone(UTC).date()
        assert m["dt"].date() >= START and u <= TODAY, (m["subject"], m["dt"])
    eml_dir = HERE / "eml"
    if eml_dir.exists():
        shutil.rmtree(eml_dir)
    eml_dir.mkdir()
    index, mbox = [], []
    names = {t["name"] for t in TRUTH}
    for i, m in enumerate(MSGS, 1):
        for lab in m["labels"]:
            assert lab in names, lab
        msg = build(m)
        data = msg.as_bytes(policy=policy.default.clone(max_line_length=120))
        slug = m["slug"] or slugify(m["sender"][0] or m["sender"][1].split("@")[0])
        fname = f"{i:03d}-{m['dt'].strftime('%Y%m%d')}-{slug}.eml"
        (eml_dir / fname).write_bytes(data)
        lines = []
        for line in data.split(b"\n"):
            stripped = line.lstrip(b">")
            lines.append(b">" + line if stripped.startswith(b"From ") else line)
        body = b"\n".join(lines)
        if not body.endswith(b"\n"):
            body += b"\n"
        mbox.append(from_line(m["sender"][1], m["dt"]).encode() + b"\n" + body + b"\n")
        index.append(
            {
                "file": fname,
                "from": m["sender"][0] or m["sender"][1],
                "subject": m["subject"],
                "labels": m["labels"],
            }
        )
    (HERE / "mailbox.mbox").write_bytes(b"".join(mbox))
    dump = lambda obj: json.dumps(obj, indent=2, ensure_ascii=False) + "\n"
    (HERE / "truth.json").write_text(dump(TRUTH), encoding="utf-8")
    (HERE / "messages.json").write_text(dump(index), encoding="utf-8")
    (HERE / "meta.json").write_text(
        dump({"today": TODAY.isoformat(), "messages": len(MSGS), "hard_negatives": NEGATIVES}),
        encoding="utf-8",
    )
    print(f"{len(MSGS)} messages, {len(TRUTH)} truths")


if __name__ == "__main__":
    main()
