#!/usr/bin/env python3
"""Test mailbox `chi`: Margaret "Peggy" O'Connell, 71, retired CPS teacher in Beverly, Chicago.

Seeded and deterministic: rerunning writes the same bytes.
Run from /work/main:  .venv/bin/python bench/data/email-files9/chi/make.py
stdlib only.
"""

from __future__ import annotations

import base64
import datetime as _dt
import html as _html
import json
import quopri
import random
import re
from email.header import Header
from email.utils import format_datetime
from html.parser import HTMLParser
from pathlib import Path

SEED = 60643_1955
rng = random.Random(SEED)
HERE = Path(__file__).resolve().parent
TODAY = "2026-12-04"

PEGGY = "Peggy O'Connell"
PEGGY_ADDR = "peggyoc55@sbcglobal.net"
KEVIN = "Kevin O'Connell"
KEVIN_ADDR = "kevoc.chi@gmail.com"
ADDRESS = ["10934 S. Longwood Dr., Unit 3", "Chicago, IL 60643"]
OLD_CARD = "4417"  # Chase Visa, expires 09/26
NEW_CARD = "9023"  # reissued card
CHECKING = "3381"  # BMO checking

# --------------------------------------------------------------------------- dates


def _nth_sunday(year: int, month: int, n: int) -> _dt.date:
    d = _dt.date(year, month, 1)
    d += _dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + _dt.timedelta(weeks=n - 1)


ZONES = {"chi": -6, "ny": -5, "la": -8, "den": -7, "utc": 0}


def when(
    y: int, mo: int, d: int, hh: int = 9, mm: int = 0, zone: str = "chi", ss: int | None = None
) -> _dt.datetime:
    """An aware datetime in a US zone (US DST rules) or UTC."""
    if ss is None:
        ss = rng.randrange(60)
    naive = _dt.datetime(y, mo, d, hh, mm, ss)
    off = ZONES[zone]
    if zone in ("chi", "ny", "la", "den"):
        start = _dt.datetime.combine(_nth_sunday(y, 3, 2), _dt.time(2))
        end = _dt.datetime.combine(_nth_sunday(y, 11, 1), _dt.time(2))
        if start <= naive < end:
            off += 1
    return naive.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=off)))


def long_date(d: _dt.date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def short_date(d: _dt.date) -> str:
    return f"{d:%b} {d.day}, {d.year}"


def us_date(d: _dt.date) -> str:
    return f"{d:%m/%d/%Y}"


def money(x: float) -> str:
    return f"${x:,.2f}"


# --------------------------------------------------------------------------- html -> text


class _Text(HTMLParser):
    BLOCK = {"p", "div", "tr", "br", "h1", "h2", "h3", "h4", "li", "table", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.href: str | None = None

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "head", "title"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")
        if tag == "td":
            self.out.append("  ")
        if tag == "li":
            self.out.append("* ")
        if tag == "a":
            self.href = dict(attrs).get("href")
        if tag == "hr":
            self.out.append("-" * 60 + "\n")

    def handle_endtag(self, tag):
        if tag in ("style", "head", "title"):
            self.skip -= 1
        if tag == "a" and self.href and not self.href.startswith("mailto"):
            self.out.append(f" <{self.href}>")
            self.href = None
        if tag in ("p", "h1", "h2", "h3", "table"):
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(re.sub(r"\s+", " ", data))


def h2t(markup: str) -> str:
    p = _Text()
    p.feed(markup)
    text = "".join(p.out)
    lines = [ln.strip() for ln in text.splitlines()]
    res: list[str] = []
    for ln in lines:
        if ln or (res and res[-1]):
            res.append(ln)
    return "\n".join(res).strip() + "\n"


# --------------------------------------------------------------------------- MIME


def _hdr(value: str) -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr(name: str, mail: str) -> str:
    if not name:
        return mail
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{mail}>"
    if re.search(r"[(),.:;<>@\[\]\"']", name):
        return '"' + name.replace('"', '\\"') + f'" <{mail}>'
    return f"{name} <{mail}>"


def _encode(text: str, charset: str, cte: str) -> str:
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    return raw.decode(charset)  # 7bit / 8bit


def leaf(ctype: str, text: str, charset: str = "utf-8", cte: str = "quoted-printable") -> str:
    if not text.endswith("\n"):
        text += "\n"
    if cte == "7bit":
        try:
            text.encode("ascii")
        except UnicodeEncodeError:
            cte = "quoted-printable"
    if cte == "8bit" and charset == "us-ascii":
        cte = "7bit"
    head = f'Content-Type: {ctype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n'
    body = _encode(text, charset, cte)
    if not body.endswith("\n"):
        body += "\n"
    return head + "\n" + body


def boundary() -> str:
    return "----=_Part_" + "".join(rng.choice("0123456789abcdef") for _ in range(24))


def multipart(sub: str, parts: list[str], bnd: str | None = None) -> str:
    bnd = bnd or boundary()
    out = f'Content-Type: multipart/{sub}; boundary="{bnd}"\n\n'
    if sub != "alternative" or rng.random() < 0.5:
        out += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{bnd}\n{p}\n"
    out += f"--{bnd}--\n"
    return out


MESSAGES: list[dict] = []

# How each sender's mail is built: (adds a text/plain alternative to its HTML, transfer encoding)
STYLE = {
    "billing.comed.com": (False, "quoted-printable"),
    "e.comed.com": (False, "7bit"),
    "peoplesgasdelivery.com": (True, "quoted-printable"),
    "alerts.comcast.net": (False, "base64"),
    "email.xfinity.com": (False, "base64"),
    "message.att-mail.com": (True, "base64"),
    "emailff.att-mail.com": (True, "base64"),
    "email.consumercellular.com": (False, "quoted-printable"),
    "mail.medicare.gov": (True, "quoted-printable"),
    "uhc-notifications.com": (False, "base64"),
    "aarpmedicaresupplement.uhc.com": (False, "quoted-printable"),
    "email.allstate.com": (True, "quoted-printable"),
    "cookcountytreasurer.com": (False, "7bit"),
    "clickpay.com": (False, "quoted-printable"),
    "account.netflix.com": (True, "base64"),
    "mailer.netflix.com": (True, "base64"),
    "email.peacocktv.com": (False, "quoted-printable"),
    "e.chicagotribune.com": (False, "quoted-printable"),
    "newyorker.com": (True, "8bit"),
    "audible.com": (True, "quoted-printable"),
    "email.audible.com": (False, "quoted-printable"),
    "amazon.com": (True, "quoted-printable"),
    "email.apple.com": (True, "quoted-printable"),
    "medicalguardian.com": (False, "quoted-printable"),
    "holliscreekvineyards.com": (False, "quoted-printable"),
    "lyricopera.org": (True, "8bit"),
    "wttw.com": (False, "quoted-printable"),
    "email.aarp.org": (True, "quoted-printable"),
    "chewy.com": (False, "base64"),
    "mail.chewy.com": (False, "base64"),
    "oes.macys.com": (False, "quoted-printable"),
    "chase.com": (True, "quoted-printable"),
    "bmo.com": (False, "7bit"),
    "venmo.com": (True, "quoted-printable"),
    "gmail.com": (True, "quoted-printable"),
    "outlook.com": (False, "7bit"),
    "ravinia.org": (False, "quoted-printable"),
    "email.vikingcruises.com": (False, "base64"),
    "wbez.org": (True, "quoted-printable"),
    "blockclubchi.org": (True, "quoted-printable"),
    "messages.ssa.gov": (False, "7bit"),
    "cookcountyassessor.com": (False, "7bit"),
}


def mid(domain: str) -> str:
    a = "".join(rng.choice("0123456789abcdef") for _ in range(16))
    b = rng.randrange(10**6, 10**7)
    return f"<{a}.{b}@{domain}>"


def add(
    dt: _dt.datetime,
    frm: tuple[str, str],
    subject: str,
    *,
    html: str | None = None,
    text: str | None = None,
    labels: tuple[str, ...] | list[str] = (),
    to: tuple[str, str] = (PEGGY, PEGGY_ADDR),
    slug: str,
    charset: str = "utf-8",
    cte: str | None = None,
    text_cte: str | None = None,
    headers: dict[str, str] | None = None,
    auto_text: bool | None = None,
    msgid_domain: str | None = None,
) -> None:
    """Record one message. html only -> HTML-only unless auto_text; both -> multipart/alternative."""
    style_auto, style_cte = STYLE.get(frm[1].split("@")[1], (True, "quoted-printable"))
    if auto_text is None:
        auto_text = style_auto
    if cte is None:
        cte = style_cte
    if html is not None and text is None and auto_text:
        text = h2t(html)
    if html is not None and text is not None:
        body = multipart(
            "alternative",
            [leaf("text/plain", text, charset, text_cte or cte), leaf("text/html", html, charset, cte)],
        )
    elif html is not None:
        body = leaf("text/html", html, charset, cte)
    else:
        body = leaf("text/plain", text or "", charset, text_cte or cte)
    domain = msgid_domain or frm[1].split("@")[1]
    hdrs = {
        "From": addr(*frm),
        "To": addr(*to),
        "Subject": _hdr(subject),
        "Date": format_datetime(dt),
        "Message-ID": mid(domain),
        "MIME-Version": "1.0",
    }
    for k, v in (headers or {}).items():
        hdrs[k] = v
    MESSAGES.append(
        {
            "dt": dt,
            "from": frm,
            "subject": subject,
            "labels": list(labels),
            "slug": slug,
            "head": hdrs,
            "body": body,
            "seq": len(MESSAGES),
        }
    )


def unsub(url: str, mail: str | None = None) -> dict[str, str]:
    v = f"<{url}>" if not mail else f"<mailto:{mail}>, <{url}>"
    return {"List-Unsubscribe": v, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def fwd_block(orig_from: tuple[str, str], orig_dt: _dt.datetime, subject: str, to: str = KEVIN_ADDR) -> str:
    t = orig_dt
    hh = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    when_s = f"{t:%a}, {t:%b} {t.day}, {t.year} at {hh}:{t:%M} {ampm}"
    return (
        f"---------- Forwarded message ---------\nFrom: {orig_from[0]} <{orig_from[1]}>\n"
        f"Date: {when_s}\nSubject: {subject}\nTo: <{to}>\n\n"
    )


def fwd_block_html(
    orig_from: tuple[str, str], orig_dt: _dt.datetime, subject: str, to: str = KEVIN_ADDR
) -> str:
    t = orig_dt
    hh = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    when_s = f"{t:%a}, {t:%b} {t.day}, {t.year} at {hh}:{t:%M} {ampm}"
    e = _html.escape
    return (
        f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
        f'From: <strong class="gmail_sendername" dir="auto">{e(orig_from[0])}</strong> '
        f'<span dir="auto">&lt;{e(orig_from[1])}&gt;</span><br>Date: {when_s}<br>Subject: {e(subject)}<br>'
        f"To: &lt;{e(to)}&gt;<br></div><br><br>"
    )


TRUTH: list[dict] = []
NEGATIVES: list[str] = []


def truth(name, aliases, amount, cycle, status, next_renewal, kind, currency="USD"):
    TRUTH.append(
        {
            "name": name,
            "aliases": aliases,
            "amount": amount,
            "currency": currency,
            "cycle": cycle,
            "status": status,
            "next_renewal": next_renewal,
            "kind": kind,
        }
    )


# =========================================================================== utilities


def comed() -> None:
    frm = ("ComEd", "noreply@billing.comed.com")
    name = "ComEd"
    bills = [  # issued, amount, due, period start, period end, kWh, previous
        ((2025, 12, 18), 84.37, (2026, 1, 9), "11/14/2025", "12/15/2025", 498, 79.12),
        ((2026, 7, 20), 148.66, (2026, 8, 10), "06/16/2026", "07/16/2026", 902, 102.31),
        ((2026, 8, 19), 163.40, (2026, 9, 9), "07/16/2026", "08/14/2026", 1011, 148.66),
        ((2026, 10, 19), 88.10, (2026, 11, 9), "09/15/2026", "10/15/2026", 455, 121.75),
        ((2026, 11, 19), 71.84, (2026, 12, 10), "10/15/2026", "11/16/2026", 412, 88.10),
    ]
    for i, (iss, amt, due, p0, p1, kwh, prev) in enumerate(bills):
        dd = _dt.date(*due)
        dt = when(*iss, 6, rng.randrange(5, 55))
        html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Your ComEd Bill</title>
<style>body{{margin:0;padding:0;background:#f2f2f2}} .pill{{background:#e31837;color:#fff;border-radius:3px;padding:10px 18px;text-decoration:none}}</style></head>
<body><table role="presentation" width="100%" cellpadding="0" cellspacing="0" bgcolor="#f2f2f2"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,Helvetica,sans-serif;color:#333">
<tr><td style="padding:18px 24px;border-bottom:4px solid #e31837"><img src="https://www.comed.com/-/media/comed/logo.png" alt="ComEd. An Exelon Company" width="160"></td></tr>
<tr><td style="padding:24px"><h2 style="margin:0 0 12px;font-size:22px">Your bill is ready</h2>
<p>Hello {PEGGY.split()[0].upper()},</p>
<p>Your ComEd bill for the service period {p0} - {p1} is now available to view online.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #ddd;font-size:14px">
<tr><td>Account Number</td><td align="right">******5021</td></tr>
<tr><td>Service Address</td><td align="right">10934 S LONGWOOD DR UNIT 3</td></tr>
<tr><td>Previous Balance</td><td align="right">{money(prev)}</td></tr>
<tr><td>Payment Received - Thank You</td><td align="right">-{money(prev)}</td></tr>
<tr><td>Electricity Used</td><td align="right">{kwh} kWh</td></tr>
<tr style="background:#f7f7f7;font-weight:bold"><td>Total Amount Due</td><td align="right">{money(amt)}</td></tr>
<tr style="font-weight:bold"><td>Due Date</td><td align="right">{us_date(dd)}</td></tr>
</table>
<p style="font-size:14px">You are enrolled in AutoPay. The total amount due of {money(amt)} will be deducted from your bank account ending in {CHECKING} on {us_date(dd)}. No action is required.</p>
<p style="text-align:center;margin:26px 0"><a class="pill" href="https://secure.comed.com/MyAccount/MyBillUsage/pages/secure/ViewMyBill.aspx">View My Bill</a></p>
<p style="font-size:12px;color:#666">Questions about your bill? Call us at 1-800-334-7661 (Mon-Fri, 7 a.m. - 7 p.m.). To report an outage, text OUT to 26633.</p>
</td></tr>
<tr><td style="padding:16px 24px;background:#333;color:#bbb;font-size:11px">This email was sent to {PEGGY_ADDR} because you are enrolled in paperless billing.
Please do not reply to this email. &copy; Commonwealth Edison Company, 10 S. Dearborn St., Chicago, IL 60603. <a style="color:#bbb" href="https://www.comed.com/privacy">Privacy Policy</a></td></tr>
</table></td></tr></table></body></html>"""
        add(
            dt,
            frm,
            "Your ComEd bill is ready",
            html=html,
            labels=[name],
            slug="comed-bill",
            headers={"Reply-To": "donotreply@comed.com"},
        )
        if i == 3:
            pd = _dt.date(2026, 11, 9)
            add(
                when(2026, 11, 10, 4, 12),
                ("ComEd", "noreply@billing.comed.com"),
                "We received your payment",
                text=f"""ComEd - An Exelon Company

Thank you, PEGGY.

We received your AutoPay payment.

Account: ******5021
Payment amount: {money(amt)}
Payment date: {us_date(pd)}
Payment method: Bank account ending in {CHECKING}
Confirmation number: {rng.randrange(10**9, 10**10)}

It may take up to 24 hours for this payment to appear in your account.

Manage your account: https://secure.comed.com/MyAccount
Customer Service: 1-800-334-7661

Commonwealth Edison Company | 10 S. Dearborn St. | Chicago, IL 60603
Please do not reply to this message.
""",
                cte="7bit",
                labels=[name],
                slug="comed-payment",
            )
    # program marketing (not a separate subscription)
    add(
        when(2026, 5, 28, 10, 3),
        ("ComEd Energy Efficiency", "energyefficiency@e.comed.com"),
        "Peggy, earn credits on your bill this summer with Peak Time Savings",
        html="""<html><body style="font-family:Arial,sans-serif;color:#222"><table width="600" align="center"><tr><td>
<h1 style="color:#e31837">Save when it matters most</h1>
<p>Peak Time Savings is a free, voluntary program. When ComEd calls a Peak Time Savings Hour, reduce your electricity use and earn a credit of $0.65 for every kWh you save &mdash; with no penalty if you don't.</p>
<p><a href="https://www.comed.com/PTS">Enroll for free</a></p>
<p>Plus: Get up to $100 off a new smart thermostat at the ComEd Marketplace.</p>
<p style="font-size:11px;color:#777">ComEd Energy Efficiency Program is funded in compliance with state law. You are receiving this message because you are a ComEd customer. <a href="https://www.comed.com/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>""",
        slug="comed-pts-offer",
        headers=unsub("https://www.comed.com/unsubscribe"),
    )
    truth(
        "ComEd",
        ["Commonwealth Edison", "ComEd electric", "Commonwealth Edison Company"],
        "71.84",
        "monthly",
        "active",
        "2026-12-10",
        "bill",
    )


def peoples_gas() -> None:
    frm = ("Peoples Gas", "ebill@peoplesgasdelivery.com")
    name = "Peoples Gas"
    bills = [  # issued, budget amount, due, actual current charges, therms, deferred balance
        ((2026, 1, 14), 68.00, (2026, 2, 4), 142.19, 131, 211.40),
        ((2026, 5, 13), 68.00, (2026, 6, 3), 47.80, 33, 251.03),
        ((2026, 10, 14), 74.00, (2026, 11, 4), 39.66, 21, 63.17),
        ((2026, 11, 16), 74.00, (2026, 12, 8), 88.92, 70, 78.09),
    ]
    for iss, bud, due, actual, therms, deferred in bills:
        dd = _dt.date(*due)
        html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#eef3f7"><center>
<table width="640" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#1d2b36">
<tr><td style="background:#00467f;padding:14px 20px;color:#fff;font-size:20px"><b>Peoples Gas</b><span style="font-size:11px"> &nbsp;A WEC Energy Group company</span></td></tr>
<tr><td style="padding:20px">
<p>Dear MARGARET OCONNELL,</p>
<p>Your Peoples Gas bill is now available. Because you are on our <b>Budget Billing</b> plan, the amount due below is your monthly budget amount, not your actual gas charges for the period.</p>
<table cellpadding="5" cellspacing="0" width="100%" style="border-collapse:collapse">
<tr style="border-bottom:1px solid #ccd"><td>Account number</td><td align="right">0500 7714 2289</td></tr>
<tr style="border-bottom:1px solid #ccd"><td>Bill date</td><td align="right">{us_date(_dt.date(*iss))}</td></tr>
<tr style="border-bottom:1px solid #ccd"><td>Gas used this period</td><td align="right">{therms} therms</td></tr>
<tr style="border-bottom:1px solid #ccd"><td>Actual current charges (for your information)</td><td align="right">{money(actual)}</td></tr>
<tr style="border-bottom:1px solid #ccd"><td>Budget Billing deferred balance</td><td align="right">{money(deferred)}</td></tr>
<tr style="font-size:15px"><td><b>Budget Billing amount due</b></td><td align="right"><b>{money(bud)}</b></td></tr>
<tr style="font-size:15px"><td><b>Due date</b></td><td align="right"><b>{dd:%b} {dd.day:02d}, {dd.year}</b></td></tr>
</table>
<p>Your payment of {money(bud)} will be withdrawn automatically through the Automatic Payment Plan on the due date.</p>
<p><a href="https://accel.peoplesgasdelivery.com/account/bills" style="color:#00467f;font-weight:bold">View and print your bill &rsaquo;</a></p>
<p style="font-size:11px;color:#555">Smell gas? Leave the area and call 866-556-6002, 24 hours a day. Customer service: 866-556-6001.</p>
</td></tr>
<tr><td style="padding:12px 20px;background:#f1f1f1;font-size:10px;color:#666">Peoples Gas Light and Coke Company, 200 E. Randolph St., Chicago, IL 60601. This is a service message about your account; you cannot unsubscribe from it while you are enrolled in paperless billing.</td></tr>
</table></center></body></html>"""
        add(
            when(*iss, 5, rng.randrange(0, 59)),
            frm,
            "Your Peoples Gas bill is available",
            html=html,
            labels=[name],
            slug="peoples-gas-bill",
        )
    # annual budget review
    add(
        when(2026, 8, 20, 7, 41),
        frm,
        "Your Budget Billing amount is changing",
        html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#1d2b36">
<table width="640" align="center" cellpadding="16"><tr><td style="background:#00467f;color:#fff"><b>Peoples Gas</b></td></tr><tr><td>
<p>Dear MARGARET OCONNELL,</p>
<p>Each year we review Budget Billing accounts to keep your monthly amount close to what you actually use. Based on your gas use over the past 12 months and current natural gas prices, your Budget Billing amount will change.</p>
<table cellpadding="6" style="border:1px solid #ccd">
<tr><td>Account number</td><td>0500 7714 2289</td></tr>
<tr><td>Current monthly Budget Billing amount</td><td>$68.00</td></tr>
<tr><td><b>New monthly Budget Billing amount</b></td><td><b>$74.00</b></td></tr>
<tr><td>Effective</td><td>Beginning with your September 2026 bill</td></tr>
</table>
<p>You do not need to do anything. Your Automatic Payment Plan will withdraw the new amount. Questions? Call 866-556-6001, Monday - Friday, 7 a.m. - 7 p.m.</p>
<p>Sincerely,<br>Peoples Gas Customer Service</p>
</td></tr></table></body></html>""",
        labels=[name],
        slug="peoples-gas-budget-review",
    )
    truth(
        "Peoples Gas",
        ["Peoples Gas Light and Coke Company", "Peoples Gas budget billing", "WEC Energy Group"],
        "74.00",
        "monthly",
        "active",
        "2026-12-08",
        "bill",
    )


def chicago_water() -> None:
    frm = ("City of Chicago Utility Billing", "utilitybilling@cityofchicago.org")
    name = "City of Chicago Water"
    bills = [  # issued, total, due, gallons (1000s)
        ((2026, 1, 23), 41.06, (2026, 2, 13), 3.4),
        ((2026, 7, 23), 52.77, (2026, 8, 13), 4.4),
        ((2026, 11, 24), 46.18, (2026, 12, 16), 3.8),
    ]
    for iss, total, due, kgal in bills:
        water = round(total * 0.43, 2)
        sewer = round(water * 0.96, 2)
        tax = round(total - water - sewer, 2)
        dd = _dt.date(*due)
        text = f"""CITY OF CHICAGO - DEPARTMENT OF FINANCE
UTILITY BILLING AND CUSTOMER SERVICE
-------------------------------------------------------------

Your City of Chicago Utility Bill is now available online.

  Account Number:       334-0912-7756
  Service Address:      10934 S LONGWOOD DR 3
  Bill Date:            {us_date(_dt.date(*iss))}
  Service Period:       {us_date(_dt.date(*iss) - _dt.timedelta(days=33))} - {us_date(_dt.date(*iss) - _dt.timedelta(days=3))}
  Billing Cycle:        Monthly
  Meter Reading:        Actual
  Consumption:          {kgal:.1f} (1,000 gallons)

  Water                 {money(water):>10}
  Sewer                 {money(sewer):>10}
  Water-Sewer Tax       {money(tax):>10}
                        ----------
  AMOUNT DUE            {money(total):>10}
  DUE DATE              {us_date(dd)}

A late payment penalty may be applied to balances not paid by the
due date.

Pay online at https://pay.cityofchicago.org/utility or by phone at
312.744.4426. To view your bill, log in to your Utility Billing
account.

Seniors 65 and over who own and live in their home may be eligible
for the Senior Citizen Sewer Exemption. Call 312.744.4426.

This is an automated message. Please do not reply.
City of Chicago, Department of Finance, 333 S. State St., Chicago IL 60604
"""
        add(
            when(*iss, 3, rng.randrange(0, 59)),
            frm,
            "City of Chicago Utility Bill - Account 334-0912-7756",
            text=text,
            charset="iso-8859-1",
            cte="7bit",
            labels=[name],
            slug="chicago-water-bill",
        )
    add(
        when(2026, 10, 9, 14, 22),
        ("City of Chicago Payments", "noreply@pay.cityofchicago.org"),
        "Payment Confirmation",
        text=f"""Thank you for your payment to the City of Chicago.

Payment Type:        Water/Sewer Utility Bill
Account Number:      334-0912-7756
Payment Amount:      $49.30
Convenience Fee:     $0.00
Total Charged:       $49.30
Payment Method:      eCheck - BMO Checking ****{CHECKING}
Confirmation #:      CHI{rng.randrange(10**8, 10**9)}
Date:                10/09/2026 02:22 PM CT

Please allow 2 business days for your payment to post to your account.
Please keep this confirmation for your records.

City of Chicago Department of Finance
""",
        cte="7bit",
        labels=[name],
        slug="chicago-water-payment",
    )
    truth(
        name,
        [
            "City of Chicago Utility Billing",
            "City of Chicago Department of Finance",
            "Chicago water",
            "City of Chicago",
        ],
        "46.18",
        "monthly",
        "active",
        "2026-12-16",
        "bill",
    )


# =========================================================================== telecoms


def xfinity() -> None:
    frm = ("Xfinity", "online.communications@alerts.comcast.net")
    name = "Xfinity"
    promo = [
        ("Xfinity Internet + Choice TV (Promotional)", 79.99),
        ("Broadcast TV Fee", 24.95),
        ("TV Box", 9.00),
    ]
    regular = [("Xfinity Internet + Choice TV", 124.99), ("Broadcast TV Fee", 24.95), ("TV Box", 9.00)]
    stmts = [  # issued, lines, taxes, due
        ((2025, 12, 22), promo, 5.87, (2026, 1, 14)),
        ((2026, 9, 22), regular, 6.93, (2026, 10, 14)),
        ((2026, 11, 22), regular, 6.93, (2026, 12, 14)),
    ]
    for iss, lines, tax, due in stmts:
        total = round(sum(a for _, a in lines) + tax, 2)
        dd = _dt.date(*due)
        mon = _dt.date(*iss) + _dt.timedelta(days=14)
        rows = "".join(
            f'<tr><td style="padding:4px 0">{n}</td><td align="right">{money(a)}</td></tr>' for n, a in lines
        )
        html = f"""<!doctype html><html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width">
<title>Your Xfinity bill</title></head><body style="margin:0;background:#ffffff;font-family:'Comcast Sans',Helvetica,Arial,sans-serif">
<div style="display:none;max-height:0;overflow:hidden">Your {mon:%B} bill is {money(total)}. Auto Pay is set up.</div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 0"><img src="https://static.xfinity.com/email/xfinity-logo.png" width="96" alt="Xfinity"></td></tr>
<tr><td style="font-size:28px;font-weight:bold;color:#141417">Hi Peggy, your bill is ready</td></tr>
<tr><td style="padding:16px 0;font-size:15px;color:#333">Account number ending in 8813</td></tr>
<tr><td style="background:#f2f4f5;border-radius:8px;padding:20px">
<table width="100%" style="font-size:15px">
<tr><td><b>Amount due</b></td><td align="right" style="font-size:24px"><b>{money(total)}</b></td></tr>
<tr><td>Due by</td><td align="right">{dd:%a}, {dd:%b} {dd.day}</td></tr>
<tr><td colspan="2" style="padding-top:10px;color:#5a23b9">Auto Pay is scheduled. We'll charge your Visa ending in {OLD_CARD if dd < _dt.date(2026, 9, 20) else NEW_CARD} on {dd:%b} {dd.day}.</td></tr>
</table></td></tr>
<tr><td style="padding:20px 0 6px;font-size:13px;color:#666;text-transform:uppercase">Monthly charges</td></tr>
<tr><td><table width="100%" style="font-size:14px;color:#333">{rows}
<tr><td style="padding:4px 0">Taxes, surcharges &amp; fees</td><td align="right">{money(tax)}</td></tr>
<tr><td style="border-top:1px solid #ccc;padding-top:6px"><b>Total</b></td><td align="right" style="border-top:1px solid #ccc"><b>{money(total)}</b></td></tr></table></td></tr>
<tr><td style="padding:24px 0"><a href="https://customer.xfinity.com/#/billing" style="background:#5a23b9;color:#fff;padding:12px 22px;border-radius:20px;text-decoration:none">View bill details</a></td></tr>
<tr><td style="font-size:11px;color:#888;padding-bottom:30px">Questions? Visit xfinity.com/support or call 1-800-XFINITY. This service email was sent to {PEGGY_ADDR}.
&copy; 2026 Comcast. All rights reserved. Comcast, 1701 JFK Blvd., Philadelphia, PA 19103.</td></tr>
</table></td></tr></table></body></html>"""
        add(
            when(*iss, 9, rng.randrange(0, 59), zone="ny"),
            frm,
            "Your Xfinity bill is ready",
            html=html,
            labels=[name],
            slug="xfinity-bill",
        )
    add(
        when(2026, 8, 10, 11, 15, zone="ny"),
        ("Xfinity", "online.communications@alerts.comcast.net"),
        "Important information about your Xfinity pricing",
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#141417"><table width="560" align="center"><tr><td>
<p style="font-size:22px"><b>Your promotional pricing is ending</b></p>
<p>Hi Peggy,</p>
<p>Thanks for being an Xfinity customer. We want to let you know that the promotional price on your Xfinity Internet + Choice TV package ends soon.</p>
<table cellpadding="6" style="background:#f2f4f5;width:100%">
<tr><td>Account number ending in</td><td>8813</td></tr>
<tr><td>Current promotional price</td><td>$79.99/mo</td></tr>
<tr><td><b>New monthly price</b></td><td><b>$124.99/mo</b></td></tr>
<tr><td>Starting with your bill dated</td><td>September 22, 2026</td></tr></table>
<p>Prices shown do not include the Broadcast TV Fee ($24.95/mo), TV Box ($9.00/mo), taxes and other fees, which will continue to apply.</p>
<p>Want to explore other options? Visit <a href="https://www.xfinity.com/myoffers">xfinity.com/myoffers</a> or call us at 1-800-XFINITY.</p>
<p style="font-size:11px;color:#888">&copy; 2026 Comcast. Pricing subject to change. Comcast, 1701 JFK Blvd., Philadelphia, PA 19103.</p>
</td></tr></table></body></html>""",
        labels=[name],
        slug="xfinity-promo-ending",
    )
    add(
        when(2026, 4, 29, 13, 2, zone="ny"),
        ("Xfinity Mobile", "xfinitymobile@email.xfinity.com"),
        "Peggy, add Xfinity Mobile and save up to $500 a year",
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif"><table width="560" align="center"><tr><td>
<h1>Switch to Xfinity Mobile</h1>
<p>As an Xfinity Internet customer, you can get Unlimited for just $40/mo per line. No annual contract. Bring your own phone.</p>
<p><a href="https://www.xfinity.com/mobile/shop">Shop now</a></p>
<p style="font-size:10px;color:#888">Requires Xfinity Internet. Pricing and offers subject to change. You are receiving this email because you are an Xfinity customer.
<a href="https://www.xfinity.com/unsubscribe">Unsubscribe</a> | <a href="https://www.xfinity.com/privacy">Privacy</a></p></td></tr></table></body></html>""",
        slug="xfinity-mobile-ad",
        headers=unsub("https://www.xfinity.com/unsubscribe"),
    )
    truth(
        name,
        [
            "Comcast",
            "Comcast Xfinity",
            "Xfinity Internet",
            "Xfinity Internet + TV",
            "Xfinity TV",
            "Xfinity Internet + Choice TV",
        ],
        "165.87",
        "monthly",
        "active",
        "2026-12-14",
        "bill",
    )
    NEGATIVES.append("Xfinity Mobile")


def att_landline() -> None:
    frm = ("AT&T", "att@message.att-mail.com")
    name = "AT&T Home Phone"
    bills = [  # issued, base, taxes, autopay date
        ((2026, 3, 26), 44.00, 20.37, (2026, 4, 16)),
        ((2026, 7, 26), 47.00, 20.22, (2026, 8, 17)),
        ((2026, 11, 26), 47.00, 20.41, (2026, 12, 16)),
    ]
    for iss, base, tax, ap in bills:
        total = round(base + tax, 2)
        apd = _dt.date(*ap)
        html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f3f3f3">
<table width="100%" bgcolor="#f3f3f3"><tr><td align="center"><table width="600" bgcolor="#ffffff" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif">
<tr><td style="padding:20px 30px"><img src="https://www.att.com/ecms/dam/att/consumer/global/logos/att_globe_500x500.jpg" width="48" alt="AT&amp;T"></td></tr>
<tr><td style="padding:0 30px;font-size:26px;color:#000">Your bill is ready</td></tr>
<tr><td style="padding:16px 30px;font-size:15px;color:#333">Hi Margaret,<br><br>Your AT&amp;T bill for account <b>773 555-0148 414 2</b> is ready to view.</td></tr>
<tr><td style="padding:0 30px"><table width="100%" cellpadding="8" style="border:1px solid #d2d2d2;font-size:15px">
<tr><td>Total due</td><td align="right"><b>{money(total)}</b></td></tr>
<tr><td>AutoPay date</td><td align="right">{apd:%b} {apd.day}, {apd.year}</td></tr>
<tr><td colspan="2" style="font-size:13px;color:#555">Services on this bill: Home Phone (773) 555-0148</td></tr></table></td></tr>
<tr><td style="padding:16px 30px;font-size:13px;color:#555">We'll automatically charge {money(total)} to your bank account on file on {us_date(apd)}. No need to do anything.</td></tr>
<tr><td style="padding:10px 30px 26px"><a href="https://www.att.com/acctmgmt/billing/mybillingcenter" style="background:#0057b8;color:#fff;padding:12px 28px;border-radius:24px;text-decoration:none;font-weight:bold">View bill</a></td></tr>
<tr><td style="padding:20px 30px;background:#f3f3f3;font-size:11px;color:#666">This is a service email from AT&amp;T about your account. Please don't reply. Need help? Call 800.288.2020.<br>
&copy; 2026 AT&amp;T Intellectual Property. All rights reserved. AT&amp;T, the Globe logo and other marks are trademarks and service marks of AT&amp;T Intellectual Property.<br>AT&amp;T, 208 S. Akard St., Dallas, TX 75202</td></tr>
</table></td></tr></table></body></html>"""
        add(
            when(*iss, 2, rng.randrange(0, 59)),
            frm,
            "Your AT&T bill is ready to view",
            html=html,
            labels=[name],
            slug="att-bill",
        )
    add(
        when(2026, 5, 27, 10, 44),
        frm,
        "Important information about your AT&T Home Phone service",
        text="""AT&T

Dear Valued Customer,

Account number: 773 555-0148 414 2

We're writing to let you know about an upcoming change to your service.

Effective with your bill dated July 26, 2026, the monthly rate for
AT&T Home Phone Unlimited (Local and Long Distance) will increase by
$3.00, from $44.00 to $47.00 per month. Taxes, fees and surcharges
are additional.

If you have questions or would like to discuss other options, including
AT&T Phone - Advanced, please call us at 800.288.2020.

Thank you for choosing AT&T.

AT&T, 208 S. Akard St., Dallas, TX 75202
""",
        cte="7bit",
        labels=[name],
        slug="att-rate-change",
    )
    add(
        when(2026, 2, 11, 16, 5),
        ("AT&T Mail", "attmail@emailff.att-mail.com"),
        "Action needed: keep your sbcglobal.net email secure",
        html=f"""<html><body style="font-family:Arial,sans-serif"><table width="560" align="center"><tr><td>
<h2>Help protect your AT&amp;T Mail account</h2>
<p>Your email address {PEGGY_ADDR} is an AT&amp;T Mail account. To keep it secure, we ask that you review your account recovery options and create a secure mail key for any third-party email apps such as Outlook or Apple Mail.</p>
<p><a href="https://www.att.com/email/security">Review security settings</a></p>
<p style="font-size:11px;color:#666">AT&amp;T will never ask for your password in an email. &copy; 2026 AT&amp;T Intellectual Property.</p></td></tr></table></body></html>""",
        slug="att-mail-security",
    )
    truth(
        name,
        [
            "AT&T",
            "AT&T landline",
            "AT&T Home Phone Unlimited",
            "AT&T Home Phone Unlimited (Local and Long Distance)",
        ],
        "67.41",
        "monthly",
        "active",
        "2026-12-16",
        "bill",
    )


def consumer_cellular() -> None:
    frm = ("Consumer Cellular", "noreply@email.consumercellular.com")
    name = "Consumer Cellular"
    stmts = [  # issued, plan, price, taxes, due
        ((2026, 2, 14), "Unlimited Talk & Text + 1GB Data", 25.00, 3.68, (2026, 3, 9)),
        ((2026, 8, 14), "Unlimited Talk & Text + 5GB Data", 30.00, 3.91, (2026, 9, 9)),
        ((2026, 11, 14), "Unlimited Talk & Text + 5GB Data", 30.00, 3.91, (2026, 12, 9)),
    ]
    for iss, plan, price, tax, due in stmts:
        disc = round(price * 0.05, 2)
        total = round(price - disc + tax, 2)
        dd = _dt.date(*due)
        html = f"""<html><body style="margin:0;font-family:Georgia,'Times New Roman',serif;background:#f7f4ee">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#f26a21;color:#fff;padding:18px 24px;font-size:24px;font-family:Arial,sans-serif">Consumer Cellular<sup>&reg;</sup></td></tr>
<tr><td style="padding:24px;font-size:16px;line-height:1.5">
<p>Dear Margaret,</p>
<p>Your monthly statement is now available. Here is a summary:</p>
<table width="100%" cellpadding="6" style="font-size:15px;border-top:2px solid #f26a21">
<tr><td>Account Number</td><td align="right">51-0047-3318</td></tr>
<tr><td>Statement Date</td><td align="right">{_dt.date(*iss):%B} {iss[2]}, {iss[0]}</td></tr>
<tr><td>{plan.replace("&", "&amp;")}</td><td align="right">{money(price)}</td></tr>
<tr><td>AARP Member Discount (5%)</td><td align="right">-{money(disc)}</td></tr>
<tr><td>Taxes, Fees &amp; Surcharges</td><td align="right">{money(tax)}</td></tr>
<tr><td><b>Total Amount Due</b></td><td align="right"><b>{money(total)}</b></td></tr>
<tr><td>Payment Due Date</td><td align="right">{dd:%B} {dd.day}, {dd.year}</td></tr>
</table>
<p>You're signed up for AutoPay, so your payment will be made automatically on the due date.</p>
<p>Questions? Our U.S.-based customer support team is here 7 days a week at (888) 345-5509.</p>
<p><a href="https://www.consumercellular.com/myaccount" style="color:#f26a21">Log in to My Account</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777;font-family:Arial,sans-serif">Consumer Cellular, Inc. &bull; 12447 SW 69th Ave &bull; Tigard, OR 97223. AARP member benefits are provided by third parties, not by AARP or its affiliates. Providers pay a royalty fee to AARP for the use of its intellectual property.</td></tr>
</table></body></html>"""
        add(
            when(*iss, 6, rng.randrange(0, 59), zone="la"),
            frm,
            "Your Consumer Cellular statement is ready",
            html=html,
            labels=[name],
            slug="consumer-cellular-statement",
        )
    add(
        when(2026, 6, 3, 14, 31, zone="la"),
        frm,
        "Your plan change is confirmed",
        text="""Consumer Cellular

Hi Margaret,

Thanks for calling us today. This confirms the change to your plan.

Account Number: 51-0047-3318
Line: (773) 555-0163

Previous plan:  Unlimited Talk & Text + 1GB Data   $25.00/month
New plan:       Unlimited Talk & Text + 5GB Data   $30.00/month

Your new plan takes effect at the start of your next billing cycle on
June 14, 2026. Your AARP member discount of 5% will continue to apply to
your monthly service. Taxes and fees are extra.

If you have any questions, call us at (888) 345-5509.

Consumer Cellular
12447 SW 69th Ave, Tigard, OR 97223
""",
        cte="7bit",
        labels=[name],
        slug="consumer-cellular-plan-change",
    )
    truth(
        name,
        ["Consumer Cellular Inc.", "Consumer Cellular phone plan"],
        "32.41",
        "monthly",
        "active",
        "2026-12-09",
        "bill",
    )


# =========================================================================== health, insurance, taxes, home


def medicare() -> None:
    frm = ("Medicare", "noreply@mail.medicare.gov")
    name = "Medicare Part B"
    stmts = [  # sent, coverage month, amount, deduction date
        ((2026, 4, 1), "May 2026", 202.90, (2026, 4, 20)),
        ((2026, 8, 3), "September 2026", 202.90, (2026, 8, 20)),
        ((2026, 12, 1), "January 2027", 213.70, (2026, 12, 21)),
    ]
    for sent, month, amt, ded in stmts:
        dd = _dt.date(*ded)
        html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;color:#212121;margin:0">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#0b4778;padding:16px 24px;color:#fff;font-size:22px;font-weight:bold">Medicare.gov</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.5">
<p>Your Medicare Premium Bill is available</p>
<p>Dear MARGARET A OCONNELL,</p>
<p>Your latest Medicare Premium Bill (CMS-500) is ready to view in your secure Medicare.gov account. Here is a summary:</p>
<table cellpadding="6" style="border:1px solid #a6a6a6;border-collapse:collapse;font-size:14px" width="100%">
<tr><td style="border:1px solid #a6a6a6">Medicare Number</td><td style="border:1px solid #a6a6a6">****-***-VK72</td></tr>
<tr><td style="border:1px solid #a6a6a6">Premium for</td><td style="border:1px solid #a6a6a6">Part B &mdash; {month}</td></tr>
<tr><td style="border:1px solid #a6a6a6">Amount</td><td style="border:1px solid #a6a6a6"><b>{money(amt)}</b></td></tr>
<tr><td style="border:1px solid #a6a6a6">Payment</td><td style="border:1px solid #a6a6a6">Medicare Easy Pay will deduct this amount from your bank account on or about {dd:%B} {dd.day}, {dd.year}. <b>This is not a bill. Do not pay.</b></td></tr>
</table>
<p><a href="https://www.medicare.gov/account/login">Log into your Medicare account</a> to view or print your bill.</p>
<p>Questions about your premium? Call 1-800-MEDICARE (1-800-633-4227). TTY users can call 1-877-486-2048.</p>
<p style="font-size:12px;color:#5c5c5c">Medicare will never call you to ask for your Medicare Number or to sell you anything. This email was sent by the Centers for Medicare &amp; Medicaid Services (CMS), 7500 Security Boulevard, Baltimore, MD 21244. Please don't reply.</p>
</td></tr></table></body></html>"""
        add(
            when(*sent, 8, rng.randrange(0, 59), zone="ny"),
            frm,
            "Your Medicare Premium Bill is available",
            html=html,
            labels=[name],
            slug="medicare-premium-bill",
        )
    add(
        when(2026, 11, 13, 10, 30, zone="ny"),
        ("Medicare", "noreply@mail.medicare.gov"),
        "Important: Your 2027 Medicare costs",
        html="""<html><body style="font-family:Arial,sans-serif;color:#212121"><table width="600" align="center" cellpadding="20"><tr><td>
<h2 style="color:#0b4778">Your Medicare costs for 2027</h2>
<p>Each year, Medicare premiums, deductibles, and coinsurance amounts can change. For 2027:</p>
<ul><li>The standard monthly <b>Part B premium is $213.70</b> (up from $202.90 in 2026).</li>
<li>The annual Part B deductible is $297.</li></ul>
<p>If you pay your premium with Medicare Easy Pay, the new amount will be deducted automatically beginning with your premium for January 2027. If your income is above certain limits, you may pay an income-related monthly adjustment amount (IRMAA).</p>
<p>Open Enrollment ends December 7. Compare plans at <a href="https://www.medicare.gov/plan-compare">Medicare.gov/plan-compare</a>.</p>
<p style="font-size:12px;color:#5c5c5c">Paid for by the U.S. Department of Health &amp; Human Services. <a href="https://www.medicare.gov/email-preferences">Manage email preferences</a></p>
</td></tr></table></body></html>""",
        labels=[name],
        slug="medicare-2027-costs",
    )
    truth(
        name,
        [
            "Medicare",
            "Medicare Part B premium",
            "Medicare Easy Pay",
            "Centers for Medicare & Medicaid Services",
            "CMS",
        ],
        "213.70",
        "monthly",
        "active",
        "2026-12-21",
        "bill",
    )


def medigap() -> None:
    frm = ("UnitedHealthcare", "noreply@uhc-notifications.com")
    name = "AARP Medicare Supplement Plan G"
    for sent, amt, month in [((2026, 7, 6), 258.34, "July"), ((2026, 11, 6), 258.34, "November")]:
        d = _dt.date(*sent) - _dt.timedelta(days=1)
        html = f"""<html><body style="font-family:Arial,sans-serif;color:#002677;background:#fff">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:16px 24px;border-bottom:3px solid #002677">
<b style="font-size:18px">AARP</b> Medicare Supplement Insurance Plans <span style="font-size:11px;color:#555">insured by UnitedHealthcare Insurance Company</span></td></tr>
<tr><td style="padding:24px;color:#333;font-size:15px">
<p>Hello Margaret,</p>
<p>We received your premium payment. Thank you!</p>
<table cellpadding="6" width="100%" style="background:#f4f7fb;font-size:14px">
<tr><td>Plan</td><td>AARP Medicare Supplement Plan G</td></tr>
<tr><td>Member ID</td><td>0071 4482 19</td></tr>
<tr><td>Payment amount</td><td><b>{money(amt)}</b></td></tr>
<tr><td>Payment date</td><td>{us_date(d)}</td></tr>
<tr><td>Payment method</td><td>Electronic Funds Transfer (EFT), checking ending {CHECKING}</td></tr>
<tr><td>Coverage month</td><td>{month} 2026</td></tr></table>
<p>Your monthly premium is drafted automatically on the 5th of each month.</p>
<p>Questions? Call Customer Service at 1-800-523-5800 (TTY 711), 7 a.m. - 11 p.m. ET, Monday - Friday.</p>
<p style="font-size:11px;color:#666">AARP Medicare Supplement Insurance Plans are insured by UnitedHealthcare Insurance Company, Horsham, PA (UnitedHealthcare). AARP and its affiliates are not insurers. AARP does not employ or endorse agents, brokers or producers. Not connected with or endorsed by the U.S. Government or the federal Medicare program.</p>
</td></tr></table></body></html>"""
        add(
            when(*sent, 7, rng.randrange(0, 59), zone="ny"),
            frm,
            "We received your premium payment",
            html=html,
            labels=[name],
            slug="uhc-medigap-payment",
        )
    add(
        when(2026, 4, 20, 12, 10, zone="ny"),
        ("AARP Medicare Supplement Plans", "service@aarpmedicaresupplement.uhc.com"),
        "Your 2026 premium rate adjustment",
        html="""<html><body style="font-family:Georgia,serif;color:#222;font-size:15px"><table width="620" align="center" cellpadding="18"><tr><td>
<p style="font-family:Arial;font-size:12px;color:#555">AARP Medicare Supplement Insurance Plans, insured by UnitedHealthcare Insurance Company<br>P.O. Box 130, Montgomeryville, PA 18936-0130</p>
<p>Margaret A O'Connell<br>Member ID: 0071 4482 19</p>
<p>Dear Margaret,</p>
<p>We are writing to tell you about a change in the premium for your AARP Medicare Supplement Plan G. Premiums are reviewed every year and adjusted for rising health care costs and the use of medical services in Illinois.</p>
<table cellpadding="6" border="1" style="border-collapse:collapse;font-family:Arial;font-size:14px">
<tr><td>Current monthly premium</td><td>$241.18</td></tr>
<tr><td><b>New monthly premium, effective June 1, 2026</b></td><td><b>$258.34</b></td></tr></table>
<p>Your benefits are not changing. If you pay by Electronic Funds Transfer, your new premium will be drafted automatically on or about the 5th of the month beginning June 2026.</p>
<p>Sincerely,<br>Customer Service<br>AARP Medicare Supplement Insurance Plans</p>
<p style="font-size:11px;font-family:Arial;color:#666">Insured by UnitedHealthcare Insurance Company. Policy form No. GRP 79171 GPS-1 (G-36000-4). This is a solicitation of insurance. Not connected with or endorsed by the U.S. Government or the federal Medicare program.</p>
</td></tr></table></body></html>""",
        labels=[name],
        slug="uhc-medigap-rate-change",
    )
    truth(
        name,
        [
            "AARP Medicare Supplement",
            "AARP Medicare Supplement Insurance Plans",
            "UnitedHealthcare",
            "UnitedHealthcare Insurance Company",
            "Medigap",
            "Medicare Supplement Plan G",
            "Medigap Plan G",
        ],
        "258.34",
        "monthly",
        "active",
        "2026-12-05",
        "bill",
    )


def allstate() -> None:
    frm = ("Allstate", "allstate@email.allstate.com")
    name = "Allstate Condominium Owners Insurance"
    add(
        when(2026, 4, 8, 9, 12),
        frm,
        "Your Allstate policy renewal is coming up",
        html=f"""<html><body style="margin:0;font-family:Arial,sans-serif;color:#1b1b1b"><table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#0033a0;padding:14px 24px;color:#fff;font-size:20px">Allstate. <span style="font-size:12px">You're in good hands.</span></td></tr>
<tr><td style="padding:24px;font-size:15px">
<p>Hi Margaret,</p>
<p>Your Condominium Owners policy is set to renew soon. Your renewal documents are now available in My Account.</p>
<table width="100%" cellpadding="7" style="border:1px solid #c9d2e8;font-size:14px">
<tr><td>Policy number</td><td align="right">9 87 654321</td></tr>
<tr><td>Property</td><td align="right">10934 S Longwood Dr Unit 3, Chicago, IL</td></tr>
<tr><td>Renewal policy period</td><td align="right">05/18/2026 - 05/18/2027</td></tr>
<tr><td>Current premium</td><td align="right">$668.40</td></tr>
<tr><td><b>Renewal premium (12 months)</b></td><td align="right"><b>$712.38</b></td></tr>
<tr><td>Payment due</td><td align="right">05/18/2026</td></tr></table>
<p>Your premium changed because of increases in the cost to repair and rebuild homes in your area.</p>
<p><a href="https://myaccount.allstate.com/anon/account/login" style="color:#0033a0;font-weight:bold">Review and pay</a></p>
<p>Your agent: Thomas Brennan Agency, 10325 S Western Ave, Chicago, IL 60643 &middot; (773) 555-0192</p>
<p style="font-size:11px;color:#666">Allstate Fire and Casualty Insurance Company, Northbrook, IL. &copy; 2026 Allstate Insurance Company. This email was sent to {PEGGY_ADDR}.</p>
</td></tr></table></body></html>""",
        labels=[name],
        slug="allstate-renewal",
    )
    add(
        when(2026, 5, 12, 19, 48),
        ("Allstate", "allstate@email.allstate.com"),
        "Payment confirmation for policy 9 87 654321",
        text="""Allstate

Thank you for your payment, Margaret.

Policy number:        9 87 654321 (Condominium Owners)
Payment amount:       $712.38
Payment date:         May 12, 2026
Payment method:       Visa ending in 4417
Confirmation number:  AL-5L8K2Q7D

Your policy is paid in full for the policy period 05/18/2026 - 05/18/2027.

Questions? Contact your agent, Thomas Brennan Agency, at (773) 555-0192
or call 1-800-ALLSTATE.

Allstate Fire and Casualty Insurance Company, Northbrook, IL
""",
        cte="7bit",
        labels=[name],
        slug="allstate-payment",
    )
    add(
        when(2026, 9, 15, 11, 5),
        ("Allstate", "offers@email.allstate.com"),
        "Margaret, you could save up to 25% when you bundle",
        html="""<html><body style="font-family:Arial,sans-serif"><table width="600" align="center"><tr><td>
<h2 style="color:#0033a0">Bundle your condo and auto insurance</h2><p>Customers who bundle with Allstate save up to 25% on their auto insurance. Get a quote in minutes.</p>
<p><a href="https://www.allstate.com/bundle">Get a quote</a></p>
<p style="font-size:10px;color:#777">Savings vary. Subject to terms, conditions and availability. <a href="https://www.allstate.com/unsubscribe">Unsubscribe</a></p></td></tr></table></body></html>""",
        slug="allstate-bundle-ad",
        headers=unsub("https://www.allstate.com/unsubscribe"),
    )
    truth(
        name,
        [
            "Allstate",
            "Allstate Insurance",
            "Allstate Fire and Casualty Insurance Company",
            "Allstate condo insurance",
            "Allstate Condominium Owners policy",
        ],
        "712.38",
        "yearly",
        "active",
        "2027-05-18",
        "bill",
    )


def cook_county() -> None:
    frm = ("Cook County Treasurer's Office", "noreply@cookcountytreasurer.com")
    name = "Cook County Property Tax"
    pin = "25-12-317-044-1003"

    def bill(sent, inst, ty, amt, due, slug):
        dd = _dt.date(*due)
        html = f"""<html><body style="font-family:Tahoma,Arial,sans-serif;font-size:14px;color:#222">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ccc">
<tr><td style="background:#1b365d;color:#fff;padding:14px 20px"><b>Cook County Treasurer</b><br><span style="font-size:12px">Maria Pappas, Treasurer</span></td></tr>
<tr><td style="padding:20px">
<p>Your Tax Year {ty} {inst} Installment Property Tax Bill is now available.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#bbb" width="100%">
<tr><td>Property Index Number (PIN)</td><td>{pin}</td></tr>
<tr><td>Property Location</td><td>10934 S LONGWOOD DR 3 CHICAGO IL 60643</td></tr>
<tr><td>Exemptions applied</td><td>Homeowner, Senior, Senior Freeze</td></tr>
<tr><td><b>{inst} Installment Amount</b></td><td><b>{money(amt)}</b></td></tr>
<tr><td>Due Date</td><td>{dd:%B} {dd.day}, {dd.year}</td></tr></table>
<p>Pay online at <a href="https://www.cookcountytreasurer.com">cookcountytreasurer.com</a>, at any Chase bank branch, or by mail. Late payments are subject to interest of 0.75% per month as required by Illinois law.</p>
<p>Receive this email because you signed up for electronic notifications. Cook County Treasurer's Office, 118 N. Clark St., Room 112, Chicago, IL 60602. (312) 443-5100</p>
</td></tr></table></body></html>"""
        add(
            when(*sent, 10, rng.randrange(0, 59)),
            frm,
            f"Tax Year {ty} {inst} Installment Property Tax Bill Available - PIN {pin}",
            html=html,
            labels=[name],
            slug=slug,
        )

    def paid(sent, inst, ty, amt):
        add(
            when(*sent, 15, rng.randrange(0, 59)),
            ("Cook County Treasurer", "payments@cookcountytreasurer.com"),
            "Payment Confirmation - Cook County Treasurer",
            text=f"""COOK COUNTY TREASURER'S OFFICE
Online Payment Receipt

Thank you for your payment.

Confirmation Number:  {rng.randrange(10**11, 10**12)}
PIN:                  {pin}
Tax Year / Install.:  {ty} / {inst}
Amount Paid:          {money(amt)}
Payment Method:       eCheck (BMO ****{CHECKING})
Date:                 {us_date(_dt.date(*sent))}

Please allow 5 business days for your payment to be reflected on
cookcountytreasurer.com.

Cook County Treasurer's Office
118 N. Clark St., Chicago, IL 60602
""",
            cte="7bit",
            labels=[name],
            slug="cook-county-paid",
        )

    paid((2025, 12, 9), "2nd", 2024, 2356.20)
    bill((2026, 1, 30), "First", 2025, 2184.57, (2026, 3, 3), "cook-county-1st-installment")
    paid((2026, 2, 26), "1st", 2025, 2184.57)
    bill((2026, 11, 12), "Second", 2025, 2411.09, (2026, 12, 15), "cook-county-2nd-installment")
    truth(
        name,
        [
            "Cook County Treasurer",
            "Cook County Treasurer's Office",
            "Property tax",
            "Cook County property taxes",
            "Cook County",
        ],
        "2411.09",
        "semiannual",
        "active",
        "2026-12-15",
        "bill",
    )


def condo() -> None:
    name = "Longwood Manor Condominium Association"
    frm = ("ClickPay", "noreply@clickpay.com")
    for y, m in [(2026, 4), (2026, 10), (2026, 12)]:
        conf = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
        html = f"""<html><body style="font-family:'Segoe UI',Arial,sans-serif;color:#333;background:#f5f7fa">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e3e7ee">
<tr><td style="padding:16px 22px;border-bottom:1px solid #e3e7ee"><img src="https://www.clickpay.com/images/logo.png" alt="ClickPay" width="110"></td></tr>
<tr><td style="padding:22px;font-size:14px">
<p>Dear Margaret O'Connell,</p>
<p>Your AutoPay payment to <b>Longwood Manor Townhome Condominium Association</b> has been processed.</p>
<table width="100%" cellpadding="5" style="font-size:14px">
<tr><td style="color:#777">Property</td><td>Longwood Manor Townhome Condominium Association</td></tr>
<tr><td style="color:#777">Unit</td><td>10934-3</td></tr>
<tr><td style="color:#777">Managed by</td><td>Southwest Property Management, Inc.</td></tr>
<tr><td style="color:#777">Payment date</td><td>{m:02d}/01/{y}</td></tr>
<tr><td style="color:#777">Description</td><td>Monthly Assessment</td></tr>
<tr><td style="color:#777">Payment amount</td><td>$365.00</td></tr>
<tr><td style="color:#777">Convenience fee</td><td>$0.00</td></tr>
<tr><td style="color:#777"><b>Total</b></td><td><b>$365.00</b></td></tr>
<tr><td style="color:#777">Account</td><td>Checking ****{CHECKING}</td></tr>
<tr><td style="color:#777">Confirmation #</td><td>{conf}</td></tr></table>
<p style="font-size:12px;color:#777">Please allow 2-3 business days for your payment to post to your association account. Questions about your balance should be directed to your management company.</p>
</td></tr>
<tr><td style="padding:14px 22px;font-size:11px;color:#999;background:#fafbfc">ClickPay Services, Inc. &middot; Hackensack, NJ &middot; This is an automated message.</td></tr>
</table></body></html>"""
        add(
            when(y, m, 1, 6, rng.randrange(0, 40), zone="ny"),
            frm,
            "Payment Confirmation - Longwood Manor Townhome Condominium Association",
            html=html,
            labels=[name],
            slug="clickpay-assessment",
        )
    add(
        when(2026, 11, 10, 16, 20),
        ("Southwest Property Management", "info@swpropertymgmt.com"),
        "Longwood Manor - 2027 Budget and Assessment Notice",
        text="""Dear Longwood Manor Owners,

At its meeting on November 5, 2026, the Board of Directors of the Longwood
Manor Townhome Condominium Association adopted the 2027 operating budget.
A copy of the budget is attached to the owner portal.

Because of higher insurance premiums for the building, snow removal and
landscaping contracts, and a larger contribution to the reserve fund,
monthly assessments will increase by approximately 4.7%.

  Unit 3 (10934 S. Longwood Dr.)
  Current monthly assessment:      $365.00
  2027 monthly assessment:         $382.00
  Effective:                       January 1, 2027

If you pay through ClickPay AutoPay, your payment amount will be
updated automatically. If you pay by check, please adjust your
payment beginning with the January 1, 2027 assessment.

The Annual Owners Meeting will be held Tuesday, January 12, 2027 at
7:00 p.m. at the Ridge Park fieldhouse, 9625 S. Longwood Dr.

Thank you,

Deborah Kowalczyk, CMCA
Community Manager
Southwest Property Management, Inc.
10420 S. Kedzie Ave., Chicago, IL 60655
(773) 555-0171 | info@swpropertymgmt.com
""",
        cte="7bit",
        labels=[name],
        slug="condo-budget-2027",
    )
    truth(
        name,
        [
            "Longwood Manor",
            "Longwood Manor Townhome Condominium Association",
            "Condo assessment",
            "Condo association",
            "Southwest Property Management",
            "HOA assessment",
        ],
        "382.00",
        "monthly",
        "active",
        "2027-01-01",
        "bill",
    )


# =========================================================================== streaming, news, books


def netflix() -> None:
    acct = ("Netflix", "info@account.netflix.com")
    name = "Netflix"

    def shell(inner: str) -> str:
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;background:#ffffff"><table align="center" width="100%" style="max-width:500px;font-family:Netflix Sans,Helvetica,Roboto,Segoe UI,sans-serif;color:#221f1f" cellpadding="0" cellspacing="0">
<tr><td style="padding:30px 40px 10px"><img src="https://assets.nflxext.com/us/email/gem/nflx.png" alt="Netflix" width="24"></td></tr>
<tr><td style="padding:10px 40px;font-size:14px;line-height:20px">{inner}</td></tr>
<tr><td style="padding:30px 40px;font-size:11px;color:#a9a6a6">Questions? Visit the <a href="https://help.netflix.com" style="color:#a9a6a6">Help Center</a>.<br>
Netflix Services, LLC, 121 Albright Way, Los Gatos, CA 95032<br>This account email has been sent to you as part of your Netflix membership.
<a href="https://www.netflix.com/TermsOfUse" style="color:#a9a6a6">Terms of Use</a> &bull; <a href="https://help.netflix.com/legal/privacy" style="color:#a9a6a6">Privacy</a><br>SRC: {rng.randrange(10**7, 10**8)}_en_US</td></tr>
</table></body></html>"""

    add(
        when(2026, 6, 2, 11, 17, zone="la"),
        acct,
        "We're updating your Netflix price",
        html=shell("""
<h1 style="font-size:28px;line-height:34px;margin:0 0 16px">An update on your membership price</h1>
<p>Hi Peggy,</p>
<p>We're writing to let you know that we're updating our prices. Your Standard with ads plan will be <b>$8.99/month</b> starting with your billing date on or after July 17, 2026.</p>
<p>Our goal is to bring you even more great entertainment. If you'd like to change your plan, you can do so anytime in your account settings. And as always, you can cancel online anytime.</p>
<p><a href="https://www.netflix.com/YourAccount" style="display:inline-block;background:#e50914;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Visit your account</a></p>
<p>&mdash;Your friends at Netflix</p>"""),
        labels=[name],
        slug="netflix-price-update",
    )
    add(
        when(2026, 9, 17, 4, 2, zone="la"),
        acct,
        "Your payment was declined",
        html=shell("""
<h1 style="font-size:28px;line-height:34px;margin:0 0 16px">Please update your payment information</h1>
<p>Hi Peggy,</p>
<p>We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.</p>
<p><a href="https://www.netflix.com/simplemember/updatepayment" style="display:inline-block;background:#e50914;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Update payment</a></p>
<p>Need help? We're here if you need it. Visit the Help Center or contact us now.</p>
<p>&mdash;The Netflix team</p>"""),
        labels=[name],
        slug="netflix-payment-declined",
    )
    add(
        when(2026, 9, 18, 18, 41, zone="la"),
        acct,
        "Your payment information has been updated",
        html=shell(f"""
<h1 style="font-size:28px;line-height:34px;margin:0 0 16px">You're all set</h1>
<p>Hi Peggy,</p>
<p>Your payment method was updated successfully, and your membership is active.</p>
<table cellpadding="4" style="font-size:14px"><tr><td style="color:#777">Plan</td><td>Standard with ads</td></tr>
<tr><td style="color:#777">Payment method</td><td>VISA &bull;&bull;&bull;&bull; {NEW_CARD}</td></tr>
<tr><td style="color:#777">Next billing date</td><td>October 17, 2026</td></tr></table>
<p>If you didn't make this change, please visit netflix.com/security right away.</p>"""),
        labels=[name],
        slug="netflix-payment-updated",
    )
    for dt, subj in [
        (when(2026, 11, 3, 14, 0, zone="la"), "Coming in November: your next favorite British mystery")
    ]:
        add(
            dt,
            ("Netflix", "info@mailer.netflix.com"),
            subj,
            html=shell("""
<h1 style="font-size:24px">New on Netflix</h1><p>Fresh picks we think you'll enjoy, including a cozy village mystery, a baking competition, and a new season of your favorite period drama.</p>
<p><a href="https://www.netflix.com/browse">Watch now</a></p>
<p style="font-size:11px"><a href="https://www.netflix.com/unsubscribe">Unsubscribe</a> from these emails.</p>"""),
            slug="netflix-newsletter",
            headers=unsub("https://www.netflix.com/unsubscribe"),
        )
    truth(
        name,
        ["Netflix Standard with ads", "Netflix, Inc."],
        "8.99",
        "monthly",
        "active",
        "2026-12-17",
        "subscription",
    )


def peacock() -> None:
    frm = ("Peacock", "peacock@email.peacocktv.com")
    name = "Peacock"

    def card(title: str, body: str) -> str:
        return f"""<html><body style="margin:0;background:#000;color:#fff;font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#000">
<tr><td style="padding:28px 32px"><img src="https://www.peacocktv.com/static/email/peacock-logo-white.png" width="120" alt="Peacock"></td></tr>
<tr><td style="padding:0 32px 10px;font-size:28px;font-weight:bold">{title}</td></tr>
<tr><td style="padding:0 32px 24px;font-size:15px;line-height:22px;color:#e6e6e6">{body}</td></tr>
<tr><td style="padding:24px 32px;font-size:11px;color:#8c8c8c;border-top:1px solid #333">&copy; 2026 Peacock TV LLC. All rights reserved. 30 Rockefeller Plaza, New York, NY 10112.<br>
<a href="https://www.peacocktv.com/help" style="color:#8c8c8c">Help Center</a> &middot; <a href="https://www.peacocktv.com/privacy" style="color:#8c8c8c">Privacy Policy</a></td></tr></table></body></html>"""

    add(
        when(2026, 2, 1, 19, 33, zone="ny"),
        frm,
        "Welcome to Peacock Premium!",
        html=card(
            "Welcome to Peacock!",
            f"""
Hi Peggy,<br><br>Thanks for joining Peacock Premium. Get ready for every moment of the Milan Cortina 2026 Olympic Winter Games, live and on demand.<br><br>
<table cellpadding="4" style="color:#e6e6e6;font-size:14px"><tr><td>Plan</td><td>Peacock Premium (Monthly)</td></tr>
<tr><td>Price</td><td>$10.99/month</td></tr><tr><td>Billed to</td><td>Visa ending in {OLD_CARD}</td></tr>
<tr><td>Start date</td><td>February 1, 2026</td></tr></table><br>
Your subscription renews automatically each month until you cancel. You can cancel anytime in Account settings.""",
        ),
        labels=[name],
        slug="peacock-welcome",
    )
    for d, nxt in [((2026, 7, 1), "August 1, 2026")]:
        add(
            when(*d, 5, rng.randrange(0, 59), zone="ny"),
            frm,
            "Your Peacock receipt",
            html=card(
                "Thanks for your payment",
                f"""
Hi Peggy,<br><br>Here's your receipt.<br><br>
<table cellpadding="4" style="color:#e6e6e6;font-size:14px"><tr><td>Date</td><td>{_dt.date(*d):%B} 1, 2026</td></tr>
<tr><td>Description</td><td>Peacock Premium - Monthly</td></tr><tr><td>Amount</td><td>$10.99</td></tr>
<tr><td>Payment method</td><td>Visa ending in {OLD_CARD}</td></tr><tr><td>Next billing date</td><td>{nxt}</td></tr></table>""",
            ),
            labels=[name],
            slug="peacock-receipt",
        )
    add(
        when(2026, 10, 1, 6, 12, zone="ny"),
        frm,
        "There was a problem with your payment",
        html=card(
            "We couldn't process your payment",
            f"""
Hi Peggy,<br><br>We tried to charge your Visa ending in {OLD_CARD} for your Peacock Premium subscription ($10.99) but the payment didn't go through.<br><br>
Please update your payment method to keep watching. <a href="https://www.peacocktv.com/account/payment" style="color:#fff">Update payment</a>""",
        ),
        labels=[name],
        slug="peacock-payment-failed",
    )
    add(
        when(2026, 10, 8, 6, 40, zone="ny"),
        frm,
        "Reminder: Update your payment to keep Peacock Premium",
        html=card(
            "Don't lose access",
            """
Hi Peggy,<br><br>We still haven't been able to process your payment of $10.99. If we don't receive a valid payment method by October 15, 2026, your Peacock Premium subscription will be canceled.<br><br>
<a href="https://www.peacocktv.com/account/payment" style="color:#fff">Update payment</a>""",
        ),
        labels=[name],
        slug="peacock-dunning",
    )
    add(
        when(2026, 10, 15, 7, 5, zone="ny"),
        frm,
        "Your Peacock Premium subscription has ended",
        html=card(
            "Your subscription has ended",
            """
Hi Peggy,<br><br>Because we were unable to process your payment, your Peacock Premium subscription has been canceled and you no longer have access to Premium content.<br><br>
You can rejoin anytime at peacocktv.com. We hope to see you again soon.""",
        ),
        labels=[name],
        slug="peacock-ended",
    )
    add(
        when(2026, 11, 19, 12, 0, zone="ny"),
        ("Peacock", "peacock@email.peacocktv.com"),
        "Peggy, come back for $2.99/mo",
        html=card(
            "We miss you!",
            """
For a limited time, come back to Peacock Premium for just <b>$2.99/month for 12 months</b>. Stream the Sunday Night Football, Yellowstone, The Office and thousands of hours of movies and shows.<br><br>
<a href="https://www.peacocktv.com/offer" style="color:#fff">Claim offer</a><br><br>
<span style="font-size:11px;color:#8c8c8c">Offer for eligible former subscribers. After 12 months, then-current price applies. <a href="https://www.peacocktv.com/unsubscribe" style="color:#8c8c8c">Unsubscribe</a></span>""",
        ),
        slug="peacock-winback",
        headers=unsub("https://www.peacocktv.com/unsubscribe"),
    )
    truth(name, ["Peacock Premium", "Peacock TV"], "10.99", "monthly", "inactive", None, "subscription")


def tribune() -> None:
    frm = ("Chicago Tribune", "customerservice@e.chicagotribune.com")
    name = "Chicago Tribune"
    start = _dt.date(2026, 1, 11)
    dates = [start + _dt.timedelta(weeks=4 * i) for i in range(13)]  # Jan 11 ... Dec 13

    def receipt(i: int, amount: float, cardno: str) -> None:
        d = dates[i]
        nxt = dates[i + 1]
        html = f"""<html><body style="margin:0;background:#f4f4f4;font-family:Georgia,'Times New Roman',serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:18px;text-align:center;border-bottom:1px solid #ddd;font-family:'Old English Text MT',Georgia,serif;font-size:34px">Chicago Tribune</td></tr>
<tr><td style="padding:24px;font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Dear Margaret O'Connell,</p><p>Thank you for your payment. Here are the details of your transaction.</p>
<table cellpadding="6" width="100%" style="font-size:14px;border:1px solid #e2e2e2">
<tr><td>Subscription</td><td>Sunday + Digital</td></tr>
<tr><td>Account number</td><td>300418827</td></tr>
<tr><td>Payment date</td><td>{d:%m/%d/%Y}</td></tr>
<tr><td>Amount charged</td><td>{money(amount)}</td></tr>
<tr><td>Billing frequency</td><td>Every 4 weeks</td></tr>
<tr><td>Payment method</td><td>Visa ending in {cardno}</td></tr>
<tr><td>Next payment date</td><td>{nxt:%m/%d/%Y}</td></tr></table>
<p>Manage your subscription at <a href="https://www.chicagotribune.com/account">chicagotribune.com/account</a> or call Customer Service at 1-800-874-2863.</p>
</td></tr><tr><td style="padding:14px 24px;background:#f4f4f4;font-family:Arial;font-size:11px;color:#777">Chicago Tribune, 560 W. Grand Ave., Chicago, IL 60654. &copy; 2026 Chicago Tribune Media Group. Your subscription will continue until you cancel.</td></tr></table></body></html>"""
        add(
            when(d.year, d.month, d.day, 3, rng.randrange(0, 59)),
            frm,
            "Your Chicago Tribune payment receipt",
            html=html,
            labels=[name],
            slug="tribune-receipt",
        )

    add(
        when(2026, 1, 11, 10, 26),
        frm,
        "Welcome to the Chicago Tribune",
        html=f"""<html><body style="font-family:Arial,sans-serif;color:#222"><table width="600" align="center" cellpadding="20"><tr><td>
<p style="font-family:Georgia;font-size:30px;text-align:center">Chicago Tribune</p>
<h2>Welcome, Margaret!</h2>
<p>Thank you for subscribing. Your Sunday + Digital subscription gives you the Sunday print edition delivered to your door, plus unlimited access to chicagotribune.com, the eNewspaper and the Chicago Tribune app.</p>
<table cellpadding="6" style="border:1px solid #ddd;font-size:14px">
<tr><td>Account number</td><td>300418827</td></tr>
<tr><td>Delivery address</td><td>10934 S Longwood Dr Unit 3, Chicago IL 60643</td></tr>
<tr><td>First Sunday delivery</td><td>January 18, 2026</td></tr>
<tr><td>Introductory rate</td><td>$4.99 every 4 weeks for the first 24 weeks</td></tr>
<tr><td>Then</td><td>$29.99 every 4 weeks</td></tr>
<tr><td>Charged today</td><td>$4.99 (Visa ending in {OLD_CARD})</td></tr></table>
<p>Your subscription renews automatically until you cancel. Rates subject to change. To cancel, call 1-800-874-2863 or visit chicagotribune.com/account.</p>
</td></tr></table></body></html>""",
        labels=[name],
        slug="tribune-welcome",
    )
    receipt(2, 4.99, OLD_CARD)  # Mar 8
    add(
        when(2026, 6, 14, 9, 15),
        frm,
        "Your introductory rate is ending soon",
        text=f"""Chicago Tribune

Dear Margaret O'Connell,

Thank you for being a Chicago Tribune subscriber. Your introductory
offer is coming to an end.

Subscription:   Sunday + Digital
Account:        300418827

Beginning June 28, 2026, your subscription will renew at the regular
rate of $29.99 every 4 weeks, charged to your Visa ending in {OLD_CARD}.

No action is needed to continue enjoying your Sunday paper and
unlimited digital access. To make changes to your subscription, visit
chicagotribune.com/account or call 1-800-874-2863.

Chicago Tribune Customer Service
560 W. Grand Ave., Chicago, IL 60654
""",
        cte="7bit",
        labels=[name],
        slug="tribune-intro-ending",
    )
    receipt(6, 29.99, OLD_CARD)  # Jun 28
    receipt(11, 29.99, NEW_CARD)  # Nov 15
    add(
        when(2026, 4, 26, 12, 10),
        ("Chicago Tribune", "customerservice@e.chicagotribune.com"),
        "We received your delivery report",
        text="""Chicago Tribune

We're sorry your Sunday paper didn't arrive on April 26, 2026.

Account:      300418827
Issue:        Missed delivery
Resolution:   Account credit for one Sunday edition

The eNewspaper for today is always available at chicagotribune.com/enewspaper.

Chicago Tribune Customer Service - 1-800-874-2863
""",
        cte="7bit",
        labels=[name],
        slug="tribune-missed-delivery",
    )
    for dt, subj in [
        (when(2026, 10, 7, 5, 30), "Daily Headlines: Cubs playoff hopes, Cook County assessor, and more")
    ]:
        add(
            dt,
            ("Chicago Tribune", "newsletters@e.chicagotribune.com"),
            subj,
            html=f"""<html><body style="font-family:Georgia,serif">
<table width="600" align="center"><tr><td><p style="font-size:26px;text-align:center">Chicago Tribune | Daily Headlines</p>
<h3>{_html.escape(subj.split(": ", 1)[1])}</h3><p>Here are today's top stories from the Chicago Tribune newsroom. Read more at chicagotribune.com.</p>
<p style="font-size:11px;font-family:Arial;color:#777">You are receiving this newsletter because you signed up at chicagotribune.com. <a href="https://www.chicagotribune.com/newsletters/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>""",
            slug="tribune-newsletter",
            headers=unsub("https://www.chicagotribune.com/newsletters/unsubscribe"),
        )
    truth(
        name,
        ["Chicago Tribune Sunday + Digital", "Tribune", "Chicago Tribune Media Group"],
        "29.99",
        "monthly",
        "active",
        "2026-12-13",
        "subscription",
    )


def new_yorker() -> None:
    frm = ("The New Yorker", "customerservice@newyorker.com")
    name = "The New Yorker"
    add(
        when(2026, 1, 12, 10, 2, zone="ny"),
        frm,
        "Your subscription will renew soon",
        html=f"""<html><body style="font-family:'Adobe Caslon Pro',Georgia,serif;color:#000;font-size:16px"><table width="600" align="center" cellpadding="20"><tr><td>
<p style="font-size:32px;text-align:center;font-family:Georgia">THE NEW YORKER</p>
<p>Dear Margaret O'Connell,</p>
<p>Thank you for being a subscriber. This is a reminder that your subscription to <i>The New Yorker</i> is set to renew automatically on <b>February 9, 2026</b>, for <b>$129.99</b> for one year (47 print issues plus unlimited digital access), charged to your Visa ending in {OLD_CARD}.</p>
<p>There's nothing you need to do. If you'd like to make changes or cancel, visit <a href="https://www.newyorker.com/account">newyorker.com/account</a> or call 1-800-825-2510.</p>
<p style="font-size:12px;font-family:Arial;color:#666">Account number: NYK 0318 7702 4<br>&copy; 2026 Condé Nast. All rights reserved. The New Yorker, One World Trade Center, New York, NY 10007.</p>
</td></tr></table></body></html>""",
        labels=[name],
        slug="new-yorker-renewal-notice",
    )
    add(
        when(2026, 2, 9, 8, 44, zone="ny"),
        frm,
        "Thank you for renewing your subscription",
        text=f"""THE NEW YORKER

Dear Margaret O'Connell,

Thank you for renewing your subscription. Here is your receipt.

Order date:        February 9, 2026
Subscription:      The New Yorker - Print + Digital, 1 year (47 issues)
Amount charged:    $129.99
Payment method:    Visa ending in {OLD_CARD}
Renewal date:      February 9, 2027

Your subscription will continue to renew automatically each year at the
then-current rate unless you cancel. Manage your account at
newyorker.com/account.

© 2026 Condé Nast
""",
        labels=[name],
        slug="new-yorker-receipt",
    )
    add(
        when(2026, 5, 18, 6, 0, zone="ny"),
        ("The New Yorker", "newsletters@newyorker.com"),
        "The Daily: The art of the commencement speech",
        html="""<html><body style="font-family:Georgia,serif"><table width="600" align="center"><tr><td><p style="font-size:24px">The New Yorker | The Daily</p>
<p>Today's essential reads, cartoons, and the Crossword.</p><p style="font-size:11px"><a href="https://www.newyorker.com/newsletter/unsubscribe">Unsubscribe</a> &middot; Condé Nast, One World Trade Center, New York, NY 10007</p></td></tr></table></body></html>""",
        slug="new-yorker-daily",
        headers=unsub("https://www.newyorker.com/newsletter/unsubscribe"),
    )
    truth(
        name,
        ["New Yorker", "Condé Nast", "The New Yorker Print + Digital"],
        "129.99",
        "yearly",
        "active",
        "2027-02-09",
        "subscription",
    )


def audible() -> None:
    frm = ("Audible", "donotreply@audible.com")
    name = "Audible"

    def shell(inner: str) -> str:
        return f"""<html><head><meta charset="utf-8"></head><body style="margin:0;font-family:'Audible Sans',Arial,sans-serif;color:#0f1111">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 24px;border-bottom:3px solid #f7991c">
<img src="https://m.media-amazon.com/images/G/01/Audible/en_US/images/email/audible-logo.png" alt="audible, an amazon company" width="140"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px">{inner}</td></tr>
<tr><td style="padding:20px 24px;font-size:11px;color:#6b6b6b;background:#f7f7f7">&copy; 1997-2026 Audible, Inc. 1 Washington Park, Newark, NJ 07102. Audible, Audible.com and the Audible logo are registered trademarks of Audible, Inc. or its affiliates.<br>This email was sent to {PEGGY_ADDR}. Please do not reply to this message.</td></tr>
</table></body></html>"""

    add(
        when(2026, 1, 11, 20, 4, zone="ny"),
        frm,
        "Welcome to Audible! Your free trial has started",
        html=shell("""
<h2 style="margin-top:0">Welcome to Audible Premium Plus</h2>
<p>Hi Margaret, your 30-day free trial has begun. You have 1 credit to use on any title, plus access to thousands of included audiobooks and podcasts.</p>
<table cellpadding="5" style="font-size:14px;background:#fff8ec;width:100%"><tr><td>Trial ends</td><td>February 10, 2026</td></tr>
<tr><td>After your trial</td><td>$14.95/month, billed on the 10th of each month</td></tr></table>
<p>You can cancel anytime before your trial ends and you won't be charged. Any titles you get with your credit are yours to keep.</p>"""),
        labels=[name],
        slug="audible-trial-start",
    )
    add(
        when(2026, 2, 5, 9, 30, zone="ny"),
        frm,
        "Your Audible free trial ends soon",
        html=shell("""
<p>Hi Margaret,</p><p>Just a reminder: your Audible Premium Plus free trial ends on <b>February 10, 2026</b>. Unless you cancel, your membership will continue and you'll be charged <b>$14.95</b> for your first month, then $14.95 every month after.</p>
<p>Don't forget to use your credit &mdash; it's yours to keep.</p>"""),
        labels=[name],
        slug="audible-trial-ending",
    )

    def receipt(d: _dt.date, plan: str, amt: float, cardno: str) -> None:
        order = f"D01-{rng.randrange(10**6, 10**7)}-{rng.randrange(10**6, 10**7)}"
        add(
            when(d.year, d.month, d.day, 7, rng.randrange(0, 59), zone="ny"),
            frm,
            "Your Audible membership receipt",
            html=shell(f"""
<p>Hi Margaret,</p><p>Thank you for your Audible membership. Here is your receipt.</p>
<table cellpadding="6" width="100%" style="font-size:14px;border-top:1px solid #ddd;border-bottom:1px solid #ddd">
<tr><td>Order number</td><td align="right">{order}</td></tr>
<tr><td>Date</td><td align="right">{d:%B} {d.day}, {d.year}</td></tr>
<tr><td>{plan} (Monthly)</td><td align="right">{money(amt)}</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>{money(amt)}</b></td></tr>
<tr><td>Paid with</td><td align="right">Visa ending in {cardno}</td></tr></table>
<p>Your next billing date is {(d.replace(month=d.month % 12 + 1, year=d.year + (d.month == 12))):%B} 10, {d.year + (d.month == 12)}.</p>
<p><a href="https://www.audible.com/account/overview">Manage membership</a></p>"""),
            labels=[name],
            slug="audible-receipt",
        )

    receipt(_dt.date(2026, 2, 10), "Audible Premium Plus", 14.95, OLD_CARD)
    receipt(_dt.date(2026, 8, 10), "Audible Premium Plus", 14.95, OLD_CARD)
    add(
        when(2026, 9, 20, 15, 12, zone="ny"),
        frm,
        "Your membership change is confirmed",
        html=shell("""
<p>Hi Margaret,</p><p>You've switched your membership from Audible Premium Plus to <b>Audible Standard</b>.</p>
<table cellpadding="5" style="font-size:14px;background:#fff8ec;width:100%"><tr><td>New plan</td><td>Audible Standard</td></tr>
<tr><td>New price</td><td>$8.99/month</td></tr><tr><td>Effective</td><td>October 10, 2026</td></tr></table>
<p>With Standard, you can listen to one title a month from our curated Standard Collection, plus podcasts and Originals. You'll keep the 2 unused credits in your account and every audiobook in your library.</p>"""),
        labels=[name],
        slug="audible-downgrade",
    )
    receipt(_dt.date(2026, 11, 10), "Audible Standard", 8.99, NEW_CARD)
    add(
        when(2026, 7, 14, 10, 0, zone="ny"),
        ("Audible", "audible@email.audible.com"),
        "Members-only sale: 2 for 1 credit, this week only",
        html=shell("""<h2>Two audiobooks, one credit</h2><p>Pick any two titles from a special collection of mysteries, biographies and historical fiction, for a single credit. Ends July 20.</p>
<p><a href="https://www.audible.com/ep/2for1">Shop the sale</a></p><p style="font-size:11px"><a href="https://www.audible.com/unsubscribe">Unsubscribe</a></p>"""),
        slug="audible-sale",
        headers=unsub("https://www.audible.com/unsubscribe"),
    )
    truth(
        name,
        ["Audible Standard", "Audible Premium Plus", "Audible, Inc."],
        "8.99",
        "monthly",
        "active",
        "2026-12-10",
        "subscription",
    )


def amazon() -> None:
    prime_frm = ("Amazon Prime", "prime@amazon.com")
    name = "Amazon Prime"
    css = "font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#0f1111"
    add(
        when(2026, 3, 23, 4, 11, zone="la"),
        prime_frm,
        "Your Amazon Prime membership payment",
        html=f"""<html><body style="{css}"><table width="600" align="center" cellpadding="16"><tr><td>
<img src="https://m.media-amazon.com/images/G/01/prime/primeemail/prime-logo.png" alt="prime" width="90">
<p>Hello Margaret,</p><p>Thank you for being a Prime member. We've charged your Visa ending in {OLD_CARD} for your monthly Prime membership.</p>
<table cellpadding="5" style="{css}"><tr><td>Prime Monthly membership fee</td><td align="right">$14.99</td></tr>
<tr><td>Estimated tax</td><td align="right">$1.35</td></tr><tr><td><b>Total</b></td><td align="right"><b>$16.34</b></td></tr>
<tr><td>Next billing date</td><td align="right">April 23, 2026</td></tr></table>
<p>Did you know? You can save over $40 a year by switching to annual billing for $139/year. <a href="https://www.amazon.com/prime/pipeline/membersignup">Manage membership</a></p>
<p style="font-size:11px;color:#565959">Amazon.com Services LLC, 410 Terry Ave N, Seattle, WA 98109</p></td></tr></table></body></html>""",
        labels=[name],
        slug="amazon-prime-monthly",
    )
    add(
        when(2026, 5, 9, 13, 52, zone="la"),
        prime_frm,
        "You've switched to annual Prime membership",
        html=f"""<html><body style="{css}"><table width="600" align="center" cellpadding="16"><tr><td>
<p>Hello Margaret,</p><p>You've switched to an annual Prime membership. Your current monthly membership will continue until <b>May 23, 2026</b>. On that date your membership will switch to annual billing and you'll be charged <b>$139.00</b> plus any applicable taxes.</p>
<p>After that, your membership will renew every year until you cancel. We'll remind you before each renewal.</p>
<p><a href="https://www.amazon.com/mc">Manage your Prime membership</a></p>
<p style="font-size:11px;color:#565959">Amazon.com Services LLC, 410 Terry Ave N, Seattle, WA 98109</p></td></tr></table></body></html>""",
        labels=[name],
        slug="amazon-prime-switch-annual",
    )
    add(
        when(2026, 5, 23, 3, 58, zone="la"),
        prime_frm,
        "Your Amazon Prime membership has been renewed",
        html=f"""<html><body style="{css}"><table width="600" align="center" cellpadding="16"><tr><td>
<p>Hello Margaret,</p><p>Your Prime membership fee has been charged. Thank you for being a member.</p>
<table cellpadding="5" style="{css};border:1px solid #d5d9d9"><tr><td>Membership</td><td>Prime Annual</td></tr>
<tr><td>Membership fee</td><td align="right">$139.00</td></tr><tr><td>Estimated tax</td><td align="right">$12.51</td></tr>
<tr><td><b>Total charged</b></td><td align="right"><b>$151.51</b></td></tr>
<tr><td>Payment method</td><td>Visa ending in {OLD_CARD}</td></tr>
<tr><td>Renewal date</td><td>May 23, 2027</td></tr></table>
<p style="font-size:11px;color:#565959">To turn off auto-renewal, visit Your Prime Membership. Amazon.com Services LLC, 410 Terry Ave N, Seattle, WA 98109</p></td></tr></table></body></html>""",
        labels=[name],
        slug="amazon-prime-annual-charge",
    )
    # one-off orders (not subscriptions)
    ship = ("Amazon.com", "shipment-tracking@amazon.com")
    orders = [
        ((2026, 4, 2), "Hamilton Beach 2-Slice Extra-Wide Slot Toaster, Black", 29.99, 2.40),
        ((2026, 10, 29), "Large Print Word Search Puzzle Book for Adults (2-Pack)", 19.98, 1.99),
    ]
    for (y, m, d), item, price, tax in orders:
        on = f"112-{rng.randrange(10**6, 10**7)}-{rng.randrange(10**6, 10**7)}"
        add(
            when(y, m, d, 15, rng.randrange(0, 59), zone="la"),
            ("Amazon.com", "auto-confirm@amazon.com"),
            f'Your Amazon.com order of "{item[:40]}..."',
            html=f"""<html><body style="{css}"><table width="600" align="center" cellpadding="14"><tr><td>
<p style="font-size:20px">Thanks for your order, Margaret!</p><p>Order # {on}</p>
<table cellpadding="5" style="{css}"><tr><td>{_html.escape(item)}</td><td align="right">{money(price)}</td></tr>
<tr><td>Shipping &amp; Handling</td><td align="right">$0.00</td></tr><tr><td>Estimated tax</td><td align="right">{money(tax)}</td></tr>
<tr><td><b>Order Total</b></td><td align="right"><b>{money(price + tax)}</b></td></tr></table>
<p>Arriving: {_dt.date(y, m, d) + _dt.timedelta(days=2):%A, %B} {(_dt.date(y, m, d) + _dt.timedelta(days=2)).day}</p>
<p>Ship to: Margaret O'Connell, 10934 S LONGWOOD DR UNIT 3, CHICAGO, IL 60643</p>
<p style="font-size:11px;color:#565959">This email was sent from a notification-only address that cannot accept incoming email.</p></td></tr></table></body></html>""",
            slug="amazon-order",
        )
        if m != 4:
            continue  # the second order's shipping notice went to the app only
        dd = _dt.date(y, m, d) + _dt.timedelta(days=1)
        add(
            when(dd.year, dd.month, dd.day, 18, rng.randrange(0, 59), zone="la"),
            ship,
            f'Shipped: "{item[:30]}..."',
            html=f"""<html><body style="{css}"><table width="600" align="center" cellpadding="14"><tr><td>
<p style="font-size:20px">Your package was shipped!</p><p>Order # {on}</p><p>{_html.escape(item)}</p>
<p>Carrier: Amazon Logistics &middot; Tracking ID TBA{rng.randrange(10**11, 10**12)}</p>
<p><a href="https://www.amazon.com/progress-tracker">Track package</a></p></td></tr></table></body></html>""",
            slug="amazon-shipped",
        )
    truth(
        name,
        ["Prime", "Amazon Prime membership", "Prime Annual", "Amazon"],
        "151.51",
        "yearly",
        "active",
        "2027-05-23",
        "subscription",
    )


def apple() -> None:
    frm = ("Apple", "no_reply@email.apple.com")
    name = "iCloud+"

    def receipt(
        d: _dt.date,
        lines: list[tuple[str, str, str, float]],
        tax: float,
        cardno: str,
        section: str,
        slug: str,
        labels,
    ):
        order = "M" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
        doc = rng.randrange(10**11, 10**12)
        sub = sum(a for *_, a in lines)
        rows = "".join(
            f"""<tr><td style="padding:10px 0;border-bottom:1px solid #e5e5e5"><b>{t}</b><br><span style="color:#666">{s}</span><br><span style="color:#666">{r}</span></td>
<td align="right" style="border-bottom:1px solid #e5e5e5">{money(a)}</td></tr>"""
            for t, s, r, a in lines
        )
        html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Apple Receipt</title></head>
<body style="margin:0;font-family:-apple-system,'SF Pro Text','Helvetica Neue',Helvetica,Arial,sans-serif;color:#1d1d1f">
<table width="640" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:30px 20px 10px"><img src="https://www.apple.com/email/images/apple_logo.png" width="22" alt="Apple"></td></tr>
<tr><td style="padding:0 20px;font-size:32px;font-weight:600">Receipt</td></tr>
<tr><td style="padding:20px;font-size:12px;color:#333"><table width="100%"><tr>
<td valign="top">APPLE ACCOUNT<br>{PEGGY_ADDR}</td><td valign="top">DATE<br>{short_date(d)}</td><td valign="top">ORDER ID<br>{order}</td><td valign="top">DOCUMENT NO.<br>{doc}</td></tr>
<tr><td colspan="4" style="padding-top:10px">BILLED TO<br>Visa .... {cardno}<br>Margaret O'Connell<br>10934 S Longwood Dr Unit 3<br>Chicago, IL 60643<br>USA</td></tr></table></td></tr>
<tr><td style="padding:0 20px;font-size:14px"><p style="background:#f5f5f7;padding:6px 8px;font-weight:600">{section}</p><table width="100%" style="font-size:14px">{rows}
<tr><td align="right" style="padding-top:10px">Subtotal</td><td align="right" style="padding-top:10px">{money(sub)}</td></tr>
<tr><td align="right">Tax</td><td align="right">{money(tax)}</td></tr>
<tr><td align="right" style="font-weight:600;padding-top:6px">TOTAL</td><td align="right" style="font-weight:600;padding-top:6px">{money(sub + tax)}</td></tr></table></td></tr>
<tr><td style="padding:24px 20px;font-size:12px;color:#666">You can turn off renewal receipts to stop getting emails each time your subscriptions renew.<br>
Get help with subscriptions and purchases. <a href="https://support.apple.com/billing">Visit Apple Support</a>.<br><br>
Apple Account &bull; <a href="https://www.apple.com/legal/internet-services/itunes/us/terms.html">Terms of Sale</a> &bull; <a href="https://www.apple.com/legal/privacy/">Privacy Policy</a><br>
Copyright &copy; 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014, United States. All rights reserved.</td></tr></table></body></html>"""
        add(
            when(d.year, d.month, d.day, 21, rng.randrange(0, 59), zone="la"),
            frm,
            "Your receipt from Apple.",
            html=html,
            labels=labels,
            slug=slug,
        )

    def icloud(d: _dt.date, plan: str, price: float, tax: float, cardno: str) -> None:
        nxt = d.replace(month=d.month % 12 + 1, year=d.year + (d.month == 12))
        receipt(
            d,
            [(f"iCloud+ with {plan} Storage", "iCloud+ (Monthly)", f"Renews {short_date(nxt)}", price)],
            tax,
            cardno,
            "iCloud",
            "apple-icloud-receipt",
            [name],
        )

    icloud(_dt.date(2026, 1, 19), "50 GB", 0.99, 0.09, OLD_CARD)
    add(
        when(2026, 3, 4, 8, 20, zone="la"),
        ("iCloud", "noreply@email.apple.com"),
        "Your iCloud storage is almost full.",
        html="""<html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;color:#1d1d1f"><table width="600" align="center" cellpadding="20"><tr><td>
<h2>Your iCloud storage is almost full.</h2><p>Dear Margaret,</p><p>You have used 48.6 GB of your 50 GB iCloud+ storage plan. When your storage is full, your photos and videos won't upload to iCloud Photos and your iPhone won't back up.</p>
<p>You can upgrade to 200 GB for $2.99 per month. <a href="https://www.icloud.com/settings">Upgrade storage</a></p>
<p style="font-size:11px;color:#666">Apple Inc., One Apple Park Way, Cupertino, CA 95014</p></td></tr></table></body></html>""",
        labels=[name],
        slug="icloud-storage-full",
    )
    icloud(_dt.date(2026, 3, 6), "200 GB", 2.99, 0.27, OLD_CARD)
    receipt(
        _dt.date(2026, 7, 22),
        [("Wordscapes", "Piggy Bank In-App Purchase", "Peggy's iPhone", 4.99)],
        0.45,
        OLD_CARD,
        "App Store",
        "apple-app-purchase",
        [],
    )
    icloud(_dt.date(2026, 9, 6), "200 GB", 2.99, 0.27, OLD_CARD)
    icloud(_dt.date(2026, 11, 6), "200 GB", 2.99, 0.27, NEW_CARD)
    truth(
        name,
        ["iCloud", "iCloud+ 200 GB", "Apple iCloud", "iCloud storage", "iCloud+ with 200 GB Storage"],
        "3.26",
        "monthly",
        "active",
        "2026-12-06",
        "subscription",
    )
    NEGATIVES.append("Wordscapes")


# =========================================================================== forwarded from Kevin, memberships, clubs


def kevin_forward(
    dt,
    note_lines: list[str],
    orig_from,
    orig_dt,
    orig_subject,
    orig_text: str,
    orig_html: str | None,
    labels,
    slug,
) -> None:
    note = "\n".join(note_lines)
    text = note + "\n\n" + fwd_block(orig_from, orig_dt, orig_subject) + orig_text
    note_html = "".join(f"<div>{_html.escape(x) if x else '<br>'}</div>" for x in note_lines)
    inner = (
        orig_html
        if orig_html is not None
        else '<pre style="font-family:inherit">' + _html.escape(orig_text) + "</pre>"
    )
    html = f'<div dir="ltr">{note_html}<br>{fwd_block_html(orig_from, orig_dt, orig_subject)}{inner}</div></div>\n'
    add(
        dt,
        (KEVIN, KEVIN_ADDR),
        "Fwd: " + orig_subject,
        text=text,
        html=html,
        labels=labels,
        slug=slug,
        msgid_domain="mail.gmail.com",
    )


def medical_guardian() -> None:
    name = "Medical Guardian"
    mg = ("Medical Guardian", "orders@medicalguardian.com")
    odt = when(2026, 2, 18, 12, 40, zone="ny")
    order_html = """<table width="560" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px;color:#222;border:1px solid #e0e0e0">
<tr><td style="background:#1e5aa8;color:#fff;padding:14px 18px;font-size:18px"><b>Medical Guardian</b></td></tr>
<tr><td style="padding:18px"><p>Hi Kevin,</p><p>Thank you for your order! Your Mini Guardian will ship within 1-2 business days.</p>
<table width="100%" cellpadding="5" style="font-size:14px">
<tr><td>Order number</td><td align="right">MG-2602-184417</td></tr>
<tr><td>User</td><td align="right">Margaret O'Connell</td></tr>
<tr><td>Mini Guardian monitoring (monthly)</td><td align="right">$39.95</td></tr>
<tr><td>Fall Detection (monthly)</td><td align="right">$10.00</td></tr>
<tr><td>Equipment &amp; activation</td><td align="right">$0.00</td></tr>
<tr><td>Shipping</td><td align="right">FREE</td></tr>
<tr><td><b>Charged today</b></td><td align="right"><b>$49.95</b></td></tr>
<tr><td>Recurring monthly charge</td><td align="right">$49.95 on the 18th of each month</td></tr>
<tr><td>Payment method</td><td align="right">Mastercard ending 6610</td></tr></table>
<p>Your service is month-to-month. There are no long-term contracts, and you can cancel at any time by calling 1-800-313-1191.</p></td></tr>
<tr><td style="padding:12px 18px;font-size:11px;color:#777">Medical Guardian LLC, 1818 Market Street, Suite 1200, Philadelphia, PA 19103</td></tr></table>"""
    kevin_forward(
        when(2026, 2, 18, 13, 5, zone="den"),
        [
            "Hi Mom,",
            "",
            "This is the alert button we talked about at Christmas. It should come Friday or Saturday. "
            "It's the one you wear like a pendant and it works outside the house too, and it calls them if you fall.",
            "",
            "I put it on my card for now, we can switch it to yours later. Please wear it!!",
            "",
            "Love,",
            "Kev",
        ],
        mg,
        odt,
        "Your Medical Guardian Order Confirmation",
        h2t(order_html),
        order_html,
        [name],
        "fwd-medical-guardian-order",
    )
    add(
        when(2026, 4, 20, 10, 12, zone="ny"),
        ("Medical Guardian", "billing@medicalguardian.com"),
        "Your billing information has been updated",
        text=f"""Medical Guardian

Hello Margaret,

The payment method on your Medical Guardian account has been updated.

Account number:     MGA-0448193
Service:            Mini Guardian + Fall Detection
Monthly amount:     $49.95
New payment method: Visa ending in {OLD_CARD}
Next payment date:  May 18, 2026

If you did not request this change, please call us right away at
1-800-313-1191. We're available 24/7/365.

Medical Guardian LLC
1818 Market Street, Suite 1200, Philadelphia, PA 19103
""",
        cte="7bit",
        labels=[name],
        slug="medical-guardian-billing-update",
    )
    for d, cardno, nxt in [
        ((2026, 8, 18), OLD_CARD, "September 18, 2026"),
        ((2026, 11, 18), NEW_CARD, "December 18, 2026"),
    ]:
        add(
            when(*d, 6, rng.randrange(0, 59), zone="ny"),
            ("Medical Guardian", "billing@medicalguardian.com"),
            "Medical Guardian Payment Receipt",
            html=f"""<html><body style="font-family:Arial,sans-serif;color:#222"><table width="560" align="center" cellpadding="0" style="border:1px solid #e0e0e0">
<tr><td style="background:#1e5aa8;color:#fff;padding:14px 18px;font-size:18px"><b>Medical Guardian</b></td></tr>
<tr><td style="padding:18px;font-size:14px"><p>Hello Margaret,</p><p>Thank you! Your monthly payment has been processed.</p>
<table cellpadding="5" width="100%" style="font-size:14px">
<tr><td>Invoice</td><td align="right">INV-{rng.randrange(10**6, 10**7)}</td></tr>
<tr><td>Account number</td><td align="right">MGA-0448193</td></tr>
<tr><td>Mini Guardian monitoring</td><td align="right">$39.95</td></tr>
<tr><td>Fall Detection</td><td align="right">$10.00</td></tr>
<tr><td><b>Total paid</b></td><td align="right"><b>$49.95</b></td></tr>
<tr><td>Paid with</td><td align="right">Visa ending in {cardno}</td></tr>
<tr><td>Next payment</td><td align="right">{nxt}</td></tr></table>
<p style="font-size:12px;color:#555">Remember to test your device once a month by pressing the help button and telling the operator it's a test.</p></td></tr>
<tr><td style="padding:12px 18px;font-size:11px;color:#777">Medical Guardian LLC &middot; 1818 Market Street, Suite 1200, Philadelphia, PA 19103 &middot; 1-800-313-1191</td></tr></table></body></html>""",
            labels=[name],
            slug="medical-guardian-receipt",
        )
    truth(
        name,
        ["Medical Guardian LLC", "Mini Guardian", "Medical Guardian Mini Guardian"],
        "49.95",
        "monthly",
        "active",
        "2026-12-18",
        "subscription",
    )


def wine_club() -> None:
    name = "Hollis Creek Cellar Club"
    frm = ("Hollis Creek Vineyards", "club@holliscreekvineyards.com")
    shipments = {
        "Holiday 2025": [
            ("2022 Russian River Pinot Noir", 38.00),
            ("2023 Estate Chardonnay", 28.00),
            ("2022 Old Vine Zinfandel", 30.00),
        ],
        "Spring 2026": [
            ("2025 Sauvignon Blanc", 24.00),
            ("2025 Rosé of Pinot Noir", 26.00),
            ("2022 Cabernet Franc", 42.00),
        ],
        "Fall 2026": [
            ("2023 Old Vine Zinfandel", 32.00),
            ("2022 Merlot", 34.00),
            ("2024 Estate Chardonnay", 28.00),
        ],
        "Holiday 2026": [
            ("2022 Reserve Pinot Noir", 48.00),
            ("2024 Estate Chardonnay", 30.00),
            ("2023 Late Harvest Zinfandel", 36.00),
        ],
    }

    def totals(items):
        sub = sum(p for _, p in items)
        disc = round(sub * 0.15, 2)
        tax = round((sub - disc) * 0.1025, 2)
        return sub, disc, 15.00, tax, round(sub - disc + 15.00 + tax, 2)

    def table(items):
        sub, disc, shipc, tax, tot = totals(items)
        rows = "".join(
            f'<tr><td>{_html.escape(n)}</td><td align="right">{money(p)}</td></tr>' for n, p in items
        )
        return (
            f"""<table width="100%" cellpadding="5" style="font-size:14px;border-collapse:collapse">{rows}
<tr><td style="border-top:1px solid #c9b99a">Subtotal</td><td align="right" style="border-top:1px solid #c9b99a">{money(sub)}</td></tr>
<tr><td>Club member discount (15%)</td><td align="right">-{money(disc)}</td></tr>
<tr><td>Shipping (FedEx Ground, adult signature)</td><td align="right">{money(shipc)}</td></tr>
<tr><td>Sales tax (Chicago, IL)</td><td align="right">{money(tax)}</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>{money(tot)}</b></td></tr></table>""",
            tot,
        )

    def wrap(inner):
        return f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f6f1e9;font-family:Georgia,serif;color:#3b2f2f">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:22px;text-align:center;font-size:26px;letter-spacing:3px;color:#6b1f2a">HOLLIS CREEK<br><span style="font-size:12px;letter-spacing:5px">VINEYARDS &middot; SONOMA COUNTY</span></td></tr>
<tr><td style="padding:10px 28px 24px;font-size:15px;line-height:1.5">{inner}</td></tr>
<tr><td style="padding:16px 28px;background:#3b2f2f;color:#d8cbb5;font-size:11px;font-family:Arial">Hollis Creek Vineyards &middot; 4120 Westside Road, Healdsburg, CA 95448 &middot; (707) 555-0148<br>
You are receiving this email as a member of the Hollis Creek Cellar Club. Must be 21+. Please drink responsibly.</td></tr></table></body></html>"""

    t, _ = table(shipments["Holiday 2025"])
    add(
        when(2025, 12, 8, 11, 20, zone="la"),
        frm,
        "Your Holiday Cellar Club shipment has been processed",
        html=wrap(f"""
<p>Dear Margaret,</p><p>Your Holiday 2025 Cellar Club selection has been processed and will ship this week, just in time for the holidays.</p>
<p style="font-size:13px;font-family:Arial">Order #HC-25-7731 &middot; Charged to Visa ending in {OLD_CARD}</p>{t}
<p>Cheers,<br>Elena Hollis, Club Director</p>"""),
        labels=[name],
        slug="wine-club-processed",
    )
    t, tot = table(shipments["Spring 2026"])
    add(
        when(2026, 3, 2, 9, 5, zone="la"),
        frm,
        "Your Spring Cellar Club shipment is coming",
        html=wrap(f"""
<p>Dear Margaret,</p><p>Your Spring 2026 Cellar Club shipment will be processed on <b>March 9, 2026</b>. Here's what's in your box:</p>{t}
<p>Your card on file (Visa ending in {OLD_CARD}) will be charged {money(tot)} on March 9. Need to update your address, skip a shipment or customize? Log in to your club account by March 6.</p>
<p>Cheers,<br>Elena Hollis, Club Director</p>"""),
        labels=[name],
        slug="wine-club-preview",
    )
    add(
        when(2026, 3, 12, 14, 30, zone="la"),
        ("Hollis Creek Vineyards", "orders@holliscreekvineyards.com"),
        "Your Hollis Creek order has shipped",
        text=f"""Your order has shipped!

Order:     HC-26-1140 (Spring 2026 Cellar Club)
Carrier:   FedEx Ground
Tracking:  {rng.randrange(10**11, 10**12)}

An adult 21 or older must sign for this delivery. If no one is home,
FedEx will leave a door tag and try again the next business day.

Hollis Creek Vineyards - Healdsburg, CA
""",
        cte="7bit",
        labels=[name],
        slug="wine-club-shipped",
    )
    t, _ = table(shipments["Fall 2026"])
    add(
        when(2026, 9, 14, 10, 45, zone="la"),
        frm,
        "Your Fall Cellar Club shipment has been processed",
        html=wrap(f"""
<p>Dear Margaret,</p><p>Harvest is in full swing here in Healdsburg, and your Fall 2026 selection is on its way.</p>
<p style="font-size:13px;font-family:Arial">Order #HC-26-2286 &middot; Charged to Visa ending in {OLD_CARD}</p>{t}
<p>Your next club shipment will be our Holiday release in early December.</p>"""),
        labels=[name],
        slug="wine-club-processed",
    )
    t, tot = table(shipments["Holiday 2026"])
    add(
        when(2026, 11, 30, 9, 10, zone="la"),
        frm,
        "Your Holiday Cellar Club shipment is coming",
        html=wrap(f"""
<p>Dear Margaret,</p><p>Our Holiday 2026 release will be processed on <b>December 7, 2026</b>, and arrive well before Christmas.</p>{t}
<p>Your card on file (Visa ending in {NEW_CARD}) will be charged {money(tot)} on December 7. To make changes, log in to your club account by December 4.</p>
<p>Wishing you a joyful season,<br>Elena Hollis, Club Director</p>"""),
        labels=[name],
        slug="wine-club-preview",
    )
    truth(
        name,
        ["Hollis Creek Vineyards", "Hollis Creek", "Cellar Club", "Hollis Creek wine club"],
        f"{tot:.2f}",
        "quarterly",
        "active",
        "2026-12-07",
        "subscription",
    )


def lyric() -> None:
    name = "Lyric Opera of Chicago"
    frm = ("Lyric Opera of Chicago", "tickets@lyricopera.org")
    operas = [
        ("Tosca", "Sat, Oct 3, 2026, 2:00pm"),
        ("The Marriage of Figaro", "Sat, Nov 21, 2026, 2:00pm"),
        ("Aida", "Sat, Jan 30, 2027, 2:00pm"),
        ("Hansel and Gretel", "Sat, Mar 6, 2027, 2:00pm"),
        ("Rusalka", "Sat, Apr 10, 2027, 2:00pm"),
    ]
    rows = "".join(
        f"<tr><td>{o}</td><td>{d}</td><td>Main Floor, Row R, Seat 112</td></tr>" for o, d in operas
    )
    add(
        when(2026, 2, 3, 10, 0),
        frm,
        "Renew your seats for Lyric's 2026/27 season",
        html="""<html><body style="font-family:Georgia,serif;color:#111;background:#0d0d0d"><table width="600" align="center" cellpadding="0" style="background:#fff">
<tr><td style="background:#0d0d0d;color:#c9a45c;padding:22px;font-size:26px;text-align:center">LYRIC OPERA OF CHICAGO</td></tr>
<tr><td style="padding:24px;font-size:15px">
<p>Dear Ms. O'Connell,</p><p>Thank you for being a subscriber for 14 seasons! It's time to renew your subscription for the 2026/27 season and keep your seats.</p>
<table cellpadding="5" width="100%" style="font-size:13px;border:1px solid #ddd">
<tr><td>Patron ID</td><td>2088431</td></tr><tr><td>Series</td><td>Saturday Matinee B (5 operas)</td></tr>
<tr><td>Seat</td><td>Main Floor, Row R, Seat 112</td></tr>
<tr><td>Subscription price</td><td>5 x $86.00 = $430.00</td></tr><tr><td>Handling fee</td><td>$12.00</td></tr>
<tr><td><b>Amount due</b></td><td><b>$442.00</b></td></tr><tr><td>Renew by</td><td>March 6, 2026</td></tr></table>
<p>Renew online at <a href="https://www.lyricopera.org/renew">lyricopera.org/renew</a> or call Audience Services at 312.827.5600. Subscribers enjoy free ticket exchanges, priority seating and the best prices of the season.</p>
<p style="font-size:11px;color:#666">Lyric Opera of Chicago, 20 N. Wacker Drive, Chicago, IL 60606</p></td></tr></table></body></html>""",
        labels=[name],
        slug="lyric-renewal",
    )
    add(
        when(2026, 2, 20, 16, 42),
        frm,
        "Your Lyric Opera 2026/27 Subscription Confirmation",
        html=f"""<html><body style="font-family:Georgia,serif;color:#111"><table width="600" align="center" cellpadding="0" style="border:1px solid #ccc">
<tr><td style="background:#0d0d0d;color:#c9a45c;padding:22px;font-size:24px;text-align:center">LYRIC OPERA OF CHICAGO</td></tr>
<tr><td style="padding:24px;font-size:14px"><p>Dear Margaret O'Connell,</p><p>Thank you for renewing! Your order is confirmed.</p>
<p>Order number: 7302915 &middot; Patron ID: 2088431</p>
<table cellpadding="4" width="100%" style="font-size:13px"><tr style="background:#eee"><td>Opera</td><td>Performance</td><td>Seat</td></tr>{rows}</table>
<table cellpadding="4" style="font-size:14px;margin-top:12px"><tr><td>Subscription (5 performances)</td><td align="right">$430.00</td></tr>
<tr><td>Handling fee</td><td align="right">$12.00</td></tr><tr><td><b>Total paid</b></td><td align="right"><b>$442.00</b></td></tr>
<tr><td>Payment</td><td>Visa ending in {OLD_CARD}</td></tr></table>
<p>Your tickets will be available in your Lyric account and mailed in August.</p>
<p style="font-size:11px;color:#666">Lyric Opera of Chicago is a 501(c)(3) nonprofit. Subscription payments are not tax deductible. 20 N. Wacker Drive, Chicago, IL 60606 &middot; 312.827.5600</p></td></tr></table></body></html>""",
        labels=[name],
        slug="lyric-order-confirmation",
    )
    add(
        when(2026, 6, 9, 11, 30),
        ("Lyric Opera of Chicago", "development@lyricopera.org"),
        "Margaret, your gift keeps the music playing",
        html="""<html><body style="font-family:Georgia,serif"><table width="600" align="center" cellpadding="20"><tr><td>
<p>Dear Margaret,</p><p>Ticket sales cover less than half of what it costs to bring opera to the Lyric stage. Will you make a tax-deductible gift to Lyric's Annual Fund before our fiscal year ends on June 30?</p>
<p><a href="https://www.lyricopera.org/give">Give today</a> &mdash; gifts of $100 or more receive recognition in the program.</p>
<p>With gratitude,<br>Lyric Opera of Chicago Development Office</p>
<p style="font-size:11px;color:#666"><a href="https://www.lyricopera.org/unsubscribe">Unsubscribe</a> from fundraising emails.</p></td></tr></table></body></html>""",
        slug="lyric-annual-fund",
        headers=unsub("https://www.lyricopera.org/unsubscribe"),
    )
    truth(
        name,
        ["Lyric Opera", "Lyric Opera subscription", "Lyric", "Lyric Opera season subscription"],
        "442.00",
        "yearly",
        "active",
        "2027-02-20",
        "subscription",
    )


def wttw() -> None:
    name = "WTTW"
    frm = ("WTTW", "membership@wttw.com")
    for d, nxt in [
        ((2026, 1, 3), "February 3, 2026"),
        ((2026, 6, 3), "July 3, 2026"),
        ((2026, 12, 3), "January 3, 2027"),
    ]:
        dd = _dt.date(*d)
        add(
            when(*d, 7, rng.randrange(0, 59)),
            frm,
            "Thank you for your monthly gift to WTTW",
            html=f"""<html><body style="font-family:Arial,sans-serif;color:#222"><table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#002e5d;color:#fff;padding:16px 22px;font-size:22px"><b>WTTW</b> <span style="font-size:12px">Chicago PBS</span></td></tr>
<tr><td style="padding:22px;font-size:14px"><p>Dear Margaret,</p>
<p>Thank you for being a Sustaining Member of WTTW. Your monthly gift helps bring <i>Chicago Tonight</i>, Geoffrey Baer's specials and the best of PBS to our community.</p>
<table cellpadding="5" style="font-size:14px;background:#f1f5fa;width:100%">
<tr><td>Member number</td><td>1140-88217</td></tr><tr><td>Gift date</td><td>{us_date(dd)}</td></tr>
<tr><td>Monthly gift</td><td>$8.00</td></tr><tr><td>Payment</td><td>Visa ending in {OLD_CARD if dd < _dt.date(2026, 9, 12) else NEW_CARD}</td></tr>
<tr><td>Next gift</td><td>{nxt}</td></tr></table>
<p>As a Sustaining Member you enjoy <b>WTTW Passport</b>, extended on-demand access to PBS and WTTW shows.</p>
<p style="font-size:12px;color:#555">Window to the World Communications, Inc. is a 501(c)(3) organization; EIN 36-2170831. Your gift is tax-deductible to the extent allowed by law; the fair market value of WTTW Passport is $0. 5400 N. Saint Louis Ave., Chicago, IL 60625. To change your monthly gift, call 773.509.1111.</p>
</td></tr></table></body></html>""",
            labels=[name],
            slug="wttw-monthly-gift",
        )
    truth(
        name,
        [
            "WTTW Passport",
            "WTTW sustaining membership",
            "Window to the World Communications",
            "WTTW Chicago PBS",
            "WTTW11",
        ],
        "8.00",
        "monthly",
        "active",
        "2027-01-03",
        "subscription",
    )


def aarp() -> None:
    name = "AARP"
    frm = ("AARP", "member@email.aarp.org")
    add(
        when(2026, 2, 12, 8, 40, zone="ny"),
        frm,
        "Your AARP membership will renew automatically",
        html=f"""<html><body style="font-family:Arial,sans-serif;color:#222"><table width="600" align="center" cellpadding="0">
<tr><td style="padding:16px 22px;border-bottom:3px solid #ec1300;font-size:26px;color:#ec1300;font-weight:bold">AARP</td></tr>
<tr><td style="padding:22px;font-size:15px"><p>Dear Margaret,</p>
<p>Thank you for being a valued AARP member. Because you're enrolled in Automatic Renewal, your membership will renew on <b>March 14, 2026</b>, for <b>$20.00</b> for 1 year, charged to your Visa ending in {OLD_CARD}.</p>
<p>Membership number: 4381 2270 19 &middot; Members: Margaret O'Connell</p>
<p>You don't need to do anything &mdash; your benefits, including AARP The Magazine, the AARP Bulletin and member discounts, will continue uninterrupted.</p>
<p style="font-size:12px;color:#555">To turn off Automatic Renewal or update your payment, visit aarp.org/myaccount or call 1-888-687-2277. AARP, 601 E Street NW, Washington, DC 20049.</p></td></tr></table></body></html>""",
        labels=[name],
        slug="aarp-renewal-notice",
    )
    add(
        when(2026, 3, 14, 9, 12, zone="ny"),
        frm,
        "Thank you for renewing your AARP membership",
        text=f"""AARP

Dear Margaret,

Thank you for renewing! Here is your receipt.

Membership number:     4381 2270 19
Term:                  1 year
Amount charged:        $20.00
Payment method:        Visa ending in {OLD_CARD}
Membership valid thru: 03/2027
Next automatic renewal: March 14, 2027

AARP membership dues are not tax deductible.

AARP, 601 E Street NW, Washington, DC 20049
1-888-OUR-AARP (1-888-687-2277)
""",
        cte="7bit",
        labels=[name],
        slug="aarp-renewal-receipt",
    )
    add(
        when(2026, 8, 6, 6, 0, zone="ny"),
        ("AARP Bulletin", "newsletters@email.aarp.org"),
        "Social Security scams are surging. Here's how to protect yourself",
        html="""<html><body style="font-family:Arial,sans-serif"><table width="600" align="center" cellpadding="16"><tr><td>
<p style="color:#ec1300;font-size:22px"><b>AARP Bulletin</b></p>
<h3>Scammers are posing as tech support and antivirus companies</h3><p>Fake "renewal invoices" for Norton, McAfee and Geek Squad ask you to call a phone number to cancel a charge. Don't call. Here's what to do instead.</p>
<p><a href="https://www.aarp.org/money/scams-fraud/">Read more</a></p>
<p style="font-size:11px;color:#777">AARP Fraud Watch Network Helpline: 877-908-3360. <a href="https://www.aarp.org/unsubscribe">Unsubscribe</a></p></td></tr></table></body></html>""",
        slug="aarp-bulletin",
        headers=unsub("https://www.aarp.org/unsubscribe"),
    )
    truth(
        name,
        ["AARP membership", "AARP Membership Automatic Renewal"],
        "20.00",
        "yearly",
        "active",
        "2027-03-14",
        "subscription",
    )


def public_storage() -> None:
    name = "Public Storage"
    ps = ("Public Storage", "noreply@publicstorage.com")
    r1 = when(2026, 1, 1, 4, 15, zone="la")
    t1 = f"""Public Storage

Payment Receipt

Thank you for your payment, Kevin.

Location:          Public Storage #21877, 11030 S Western Ave, Chicago, IL 60643
Space:             B142 (10' x 10', climate controlled)
Payment date:      01/01/2026
Monthly rent:      $158.00
Amount paid:       $158.00
Payment method:    Visa ending in {OLD_CARD} (AutoPay)
Next due date:     02/01/2026

Manage your account at publicstorage.com or call (800) 567-0759.
"""
    kevin_forward(
        when(2026, 1, 3, 11, 2, zone="den"),
        [
            "Mom - here's the storage receipt. It's on autopay with your card now like we said, "
            "I'll pay you back when the Denver job starts paying.",
            "",
            "Thank you thank you",
            "K",
        ],
        ps,
        r1,
        "Your Public Storage payment receipt",
        t1,
        None,
        [name],
        "fwd-public-storage-receipt",
    )
    r2 = when(2026, 3, 27, 9, 0, zone="la")
    t2 = """Public Storage

Dear Kevin O'Connell,

We're writing to let you know that the monthly rent for your storage
space is changing.

Space:                B142, Public Storage #21877, Chicago, IL
Current monthly rent: $158.00
New monthly rent:     $176.00
Effective:            05/01/2026

Your AutoPay will be updated automatically to the new amount. If you
have questions, please call (800) 567-0759.

Thank you for storing with Public Storage.
"""
    kevin_forward(
        when(2026, 3, 28, 8, 31, zone="den"),
        [
            "ugh they raised it AGAIN. I'm going to get my stuff out by the end of the summer, promise.",
            "",
            "Kev",
        ],
        ps,
        r2,
        "Important information about your rent",
        t2,
        None,
        [name],
        "fwd-public-storage-rent-increase",
    )
    r3 = when(2026, 9, 15, 17, 20, zone="la")
    t3 = """Public Storage

Move-Out Confirmation

Kevin, your move-out has been processed.

Space:           B142, Public Storage #21877, Chicago, IL
Move-out date:   09/15/2026
Final payment:   09/01/2026 ($176.00)
Balance:         $0.00

Your AutoPay has been stopped and no further charges will be made.
Please remember to remove your lock. Thank you for choosing Public
Storage.
"""
    kevin_forward(
        when(2026, 9, 16, 7, 55, zone="den"),
        [
            "All done! Cleared it out Saturday with Danny's truck. No more storage bills on your card.",
            "",
            "Love you, see you at Thanksgiving",
            "K",
        ],
        ps,
        r3,
        "Move-Out Confirmation - Space B142",
        t3,
        None,
        [name],
        "fwd-public-storage-moveout",
    )
    truth(
        name,
        ["Public Storage unit B142", "Public Storage self storage"],
        "176.00",
        "monthly",
        "cancelled",
        None,
        "subscription",
    )


# =========================================================================== not subscriptions


def shops() -> None:
    chewy = ("Chewy", "no-reply@chewy.com")
    for (y, m, d), items, tax in [
        (
            (2026, 2, 17),
            [
                ("Purina Pro Plan Adult Indoor Care Salmon Dry Cat Food, 16-lb bag", 47.98),
                ("Dr. Elsey's Ultra Unscented Clumping Cat Litter, 40-lb", 24.99),
            ],
            7.48,
        ),
        (
            (2026, 8, 5),
            [
                ("Fancy Feast Gravy Lovers Variety Pack Canned Cat Food, 24 count", 25.92),
                ("Frisco Cat Tree with Condo, 52-in", 44.99),
            ],
            7.27,
        ),
    ]:
        on = rng.randrange(10**9, 2 * 10**9)
        sub = sum(p for _, p in items)
        rows = "".join(
            f'<tr><td>{_html.escape(n)}</td><td>Qty 1</td><td align="right">{money(p)}</td></tr>'
            for n, p in items
        )
        add(
            when(y, m, d, 10, rng.randrange(0, 59), zone="ny"),
            chewy,
            f"Thanks for your order! (#{on})",
            html=f"""<html><body style="font-family:Arial,sans-serif;color:#333"><table width="600" align="center" cellpadding="16"><tr><td>
<p style="font-size:28px;color:#1c49c2"><b>chewy</b></p><p>Hi Margaret, thanks for your order! We'll let you know as soon as it ships. Biscuit is going to love it.</p>
<p>Order #{on}</p><table width="100%" cellpadding="5" style="font-size:14px">{rows}
<tr><td colspan="2">Subtotal</td><td align="right">{money(sub)}</td></tr><tr><td colspan="2">Shipping</td><td align="right">FREE</td></tr>
<tr><td colspan="2">Estimated tax</td><td align="right">{money(tax)}</td></tr>
<tr><td colspan="2"><b>Order total</b></td><td align="right"><b>{money(sub + tax)}</b></td></tr></table>
<p>Paid with Visa ending in {OLD_CARD if m < 9 else NEW_CARD}</p>
<p style="background:#fff4e5;padding:10px">Never run out! Set up <b>Autoship</b> on items like these and save 35% on your first Autoship order.</p>
<p style="font-size:11px;color:#777">Chewy, Inc. &middot; 7700 West Sunrise Boulevard, Plantation, FL 33322 &middot; 1-800-672-4399</p></td></tr></table></body></html>""",
            slug="chewy-order",
        )
    add(
        when(2026, 5, 11, 12, 0, zone="ny"),
        ("Chewy", "chewy@mail.chewy.com"),
        "Margaret, save 35% on your first Autoship order",
        html="""<html><body style="font-family:Arial,sans-serif"><table width="600" align="center" cellpadding="16"><tr><td>
<p style="font-size:28px;color:#1c49c2"><b>chewy</b></p><h2>Schedule it. Save on it. Forget about it.</h2>
<p>With Autoship, Biscuit's favorites arrive automatically on your schedule. Save 35% on your first Autoship order, then 5% on every order after. Skip, change or cancel anytime.</p>
<p><a href="https://www.chewy.com/app/content/autoship">Start Autoship</a></p>
<p style="font-size:10px;color:#777">Offer valid for new Autoship customers. Max savings $20. <a href="https://www.chewy.com/unsubscribe">Unsubscribe</a></p></td></tr></table></body></html>""",
        slug="chewy-autoship-ad",
        headers=unsub("https://www.chewy.com/unsubscribe"),
    )
    add(
        when(2025, 12, 10, 13, 22, zone="ny"),
        ("Macy's", "CustomerService@oes.macys.com"),
        "We've received your order!",
        html=f"""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#000"><table width="600" align="center" cellpadding="14"><tr><td>
<p style="font-size:30px;color:#e21a2c">&#9733; macy's</p><p>Thanks for your order, MARGARET.</p><p>Order number: {rng.randrange(10**9, 10**10)}</p>
<table width="100%" cellpadding="4" style="font-size:14px"><tr><td>Frango Milk Chocolate Mint Truffles, 1 lb Box (x3)</td><td align="right">$74.97</td></tr>
<tr><td>Gift wrap</td><td align="right">$6.00</td></tr><tr><td>Shipping</td><td align="right">$0.00</td></tr>
<tr><td>Sales tax</td><td align="right">$8.30</td></tr><tr><td><b>Order total</b></td><td align="right"><b>$89.27</b></td></tr></table>
<p>Estimated delivery: Dec 15 - Dec 17</p><p style="font-size:11px;color:#666">Macy's, 151 West 34th Street, New York, NY 10001</p></td></tr></table></body></html>""",
        slug="macys-order",
    )
    cp = ("Mark Cuban Cost Plus Drug Company", "orders@costplusdrugs.com")
    for y, m, d in [(2026, 3, 16), (2026, 9, 14)]:
        on = rng.randrange(10**6, 10**7)
        add(
            when(y, m, d, 11, rng.randrange(0, 59)),
            cp,
            f"Your Cost Plus Drugs order #{on} has shipped",
            text=f"""Mark Cuban Cost Plus Drug Company

Hi Margaret,

Good news - your order #{on} has shipped via USPS.

  Atorvastatin 20mg tablet, qty 90           $6.30
  Amlodipine 5mg tablet, qty 90              $4.50
  Pharmacy labor                            $10.00
  Shipping                                   $5.00
  -----------------------------------------------
  Total charged                             $25.80

Tracking: 9400 1118 9956 {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(10, 99)}

You will receive a reminder when your prescriptions are eligible to be
refilled. Questions about your medication? Call our pharmacists at
(888) 928-8283.

Cost Plus Drugs, Dallas, TX
""",
            cte="7bit",
            slug="costplus-shipped",
        )
    add(
        when(2026, 6, 20, 21, 14),
        ("Ravinia Festival", "boxoffice@ravinia.org"),
        "Your Ravinia order confirmation",
        html="""<html><body style="font-family:Georgia,serif;color:#222"><table width="600" align="center" cellpadding="16"><tr><td>
<p style="font-size:26px;color:#2f5d3a">RAVINIA</p><p>Thank you for your order!</p>
<table cellpadding="5" style="font-size:14px"><tr><td>Order #</td><td>R26-448102</td></tr>
<tr><td>Event</td><td>Chicago Symphony Orchestra: Beethoven's Ninth &mdash; Sat, July 25, 2026, 7:30pm</td></tr>
<tr><td>Tickets</td><td>2 x Lawn @ $35.00</td></tr><tr><td>Facility fee</td><td>$8.00</td></tr>
<tr><td><b>Total</b></td><td><b>$78.00</b></td></tr></table>
<p>Your mobile tickets are in the Ravinia app. Take the Metra Union Pacific North line directly to the Ravinia gate.</p>
<p style="font-size:11px;color:#666">Ravinia Festival, 418 Sheridan Road, Highland Park, IL 60035</p></td></tr></table></body></html>""",
        slug="ravinia-order",
    )
    add(
        when(2026, 3, 24, 10, 0),
        ("Ravinia Festival", "news@ravinia.org"),
        "Ravinia's 2026 season is here!",
        html="""<html><body style="font-family:Georgia,serif"><table width="600" align="center" cellpadding="16"><tr><td>
<p style="font-size:26px;color:#2f5d3a">RAVINIA</p><h2>Summer starts here</h2><p>The CSO's summer residency, jazz in the Pavilion and 110 concerts under the stars. Lawn tickets for CSO concerts start at $35; kids and students are free on the lawn.</p>
<p><a href="https://www.ravinia.org/calendar">See the calendar</a></p><p style="font-size:11px"><a href="https://www.ravinia.org/unsubscribe">Unsubscribe</a></p></td></tr></table></body></html>""",
        slug="ravinia-season",
        headers=unsub("https://www.ravinia.org/unsubscribe"),
    )
    add(
        when(2026, 10, 20, 9, 0, zone="ny"),
        ("Viking", "viking@email.vikingcruises.com"),
        "Peggy, 2-for-1 cruise fares on the Danube end Friday",
        html="""<html><body style="font-family:Georgia,serif;color:#222"><table width="600" align="center" cellpadding="16"><tr><td>
<p style="letter-spacing:4px">VIKING</p><h2>Romantic Danube &mdash; 8 days, 4 countries</h2><p>Book by Friday for 2-for-1 cruise fares plus free airfare on select 2027 departures.</p>
<p><a href="https://www.vikingrivercruises.com/offers">View offer</a> or call 1-855-707-1238</p>
<p style="font-size:10px;color:#777">Offer terms apply. <a href="https://www.vikingcruises.com/unsubscribe">Unsubscribe</a></p></td></tr></table></body></html>""",
        slug="viking-ad",
        headers=unsub("https://www.vikingcruises.com/unsubscribe"),
    )
    NEGATIVES.extend(
        [
            "Chewy",
            "Macy's",
            "Frango",
            "Cost Plus Drugs",
            "Mark Cuban Cost Plus Drug Company",
            "Ravinia",
            "Ravinia Festival",
            "Viking",
            "Hamilton Beach",
        ]
    )


def money_mail() -> None:
    chase = ("Chase", "no.reply.alerts@chase.com")
    add(
        when(2026, 1, 22, 5, 12, zone="ny"),
        chase,
        "Your credit card statement is ready",
        html=f"""<html><body style="font-family:Arial,sans-serif;color:#333"><table width="600" align="center" cellpadding="0" style="border:1px solid #ddd">
<tr><td style="background:#117aca;color:#fff;padding:14px 20px;font-size:20px">CHASE &#9711;</td></tr>
<tr><td style="padding:20px;font-size:14px"><p>Your statement for your Chase Freedom Unlimited&reg; card ending in {OLD_CARD} is available online.</p>
<table cellpadding="5" width="100%" style="font-size:14px"><tr><td>Statement balance</td><td align="right">$1,284.33</td></tr>
<tr><td>Minimum payment due</td><td align="right">$40.00</td></tr><tr><td>Payment due date</td><td align="right">02/18/2026</td></tr>
<tr><td>AutoPay</td><td align="right">Statement balance from BMO ...{CHECKING}</td></tr></table>
<p><a href="https://secure.chase.com/web/auth/dashboard">See statement</a></p>
<p style="font-size:11px;color:#777">Please don't reply to this automatically generated service email. &copy; 2026 JPMorgan Chase &amp; Co.</p></td></tr></table></body></html>""",
        slug="chase-statement",
    )
    add(
        when(2026, 9, 12, 14, 3, zone="ny"),
        ("Chase", "no.reply.alerts@chase.com"),
        "We're sending you a replacement card",
        text=f"""CHASE

We've closed your card ending in {OLD_CARD} and are sending you a replacement.

Because we detected potentially fraudulent activity on your Chase Freedom
Unlimited card ending in {OLD_CARD}, we've closed that card number. Your new
card, ending in {NEW_CARD}, will arrive in 3-5 business days.

What you need to do:
 - Activate your new card when it arrives.
 - Update the card number with merchants that automatically charge your
   card, such as streaming services, utilities or memberships.

You are not responsible for unauthorized charges. Questions? Call the
number on the back of your card.

JPMorgan Chase Bank, N.A. Member FDIC
""",
        cte="7bit",
        slug="chase-card-replaced",
    )
    add(
        when(2026, 6, 5, 6, 30),
        ("BMO", "alerts@bmo.com"),
        "Your BMO eStatement is available",
        html=f"""<html><body style="font-family:Arial,sans-serif;color:#222"><table width="600" align="center" cellpadding="16" style="border-top:6px solid #0079c1"><tr><td>
<p style="color:#0079c1;font-size:22px"><b>BMO</b></p><p>Dear MARGARET A OCONNELL,</p>
<p>Your eStatement for BMO Relationship Checking ending in {CHECKING} for the period 05/06/2026 - 06/04/2026 is now available in BMO Digital Banking.</p>
<p>For your security, we never include account balances or links that ask for your password in eStatement emails.</p>
<p style="font-size:11px;color:#777">BMO Bank N.A. Member FDIC. 320 S. Canal St., Chicago, IL 60606. Customer Contact Center 1-888-340-2265.</p></td></tr></table></body></html>""",
        slug="bmo-estatement",
    )
    add(
        when(2026, 7, 11, 16, 48),
        ("BMO", "alerts@bmo.com"),
        "You sent money with Zelle",
        text=f"""BMO

You sent $100.00 to BRIDGET DOYLE with Zelle(R).

Memo: Happy birthday Aoife! Love, Gran
From account: Checking ...{CHECKING}
Confirmation: BMO{rng.randrange(10**9, 10**10)}

If you didn't make this payment, call us at 1-888-340-2265 right away.
""",
        cte="7bit",
        slug="zelle-sent",
    )
    add(
        when(2026, 1, 20, 19, 40, zone="ny"),
        ("Venmo", "venmo@venmo.com"),
        "Kevin O'Connell paid you $158.00",
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#2f3033"><table width="500" align="center" cellpadding="16"><tr><td>
<p style="color:#008cff;font-size:26px"><b>venmo</b></p><p><b>Kevin O'Connell</b> paid you <b>$158.00</b></p>
<p style="font-size:18px">storage Jan &#x1F64F; thank you mom</p><p>Transfer Date and Amount: Jan 20, 2026 PST &middot; + $158.00</p>
<p>The money is in your Venmo account. <a href="https://venmo.com/account/transfer">Transfer to bank</a></p>
<p style="font-size:11px;color:#888">Venmo is a service of PayPal, Inc., a licensed provider of money transfer services. 2211 North First Street, San Jose, CA 95131</p></td></tr></table></body></html>""",
        slug="venmo-received",
    )
    add(
        when(2026, 4, 10, 12, 8, zone="ny"),
        ("IRS Direct Pay", "irs.direct.pay@irs.gov"),
        "IRS Direct Pay Payment Confirmation",
        text=f"""Thank you for your payment.

This is your payment confirmation. You'll need it if you want to look
up, change or cancel this payment.

Confirmation number:  {rng.randrange(10**13, 10**14)}
Payment amount:       $1,146.00
Payment date:         04/10/2026
Reason for payment:   Balance Due
Apply payment to:     1040 / Form 1040
Tax period:           2025
Bank account:         ****{CHECKING}

Please do not reply to this email. This mailbox is not monitored.

Internal Revenue Service
""",
        cte="7bit",
        slug="irs-direct-pay",
    )
    add(
        when(2026, 1, 9, 9, 15, zone="ny"),
        ("Social Security Administration", "ssa@messages.ssa.gov"),
        "You have a new message in my Social Security",
        html="""<html><body style="font-family:Arial,sans-serif;color:#212121"><table width="600" align="center" cellpadding="16"><tr><td>
<p style="color:#112e51;font-size:20px"><b>Social Security</b></p>
<p>You have a new message waiting in your my Social Security account. It may be your benefit statement, your cost-of-living adjustment (COLA) notice, or another important notice.</p>
<p>To read it, go to <b>ssa.gov/myaccount</b> and sign in. For your security, we do not include links in this email.</p>
<p style="font-size:11px;color:#666">Social Security Administration, 6401 Security Blvd., Baltimore, MD 21235. Social Security will never threaten you or ask for payment by gift card.</p></td></tr></table></body></html>""",
        slug="ssa-message",
    )
    add(
        when(2026, 1, 27, 8, 0),
        ("Chicago Teachers' Pension Fund", "memberservices@ctpf.org"),
        "Your 2025 Form 1099-R is available",
        text="""CHICAGO TEACHERS' PENSION FUND

Dear Pensioner,

Your 2025 Form 1099-R, which reports the pension benefits paid to you
during 2025, is now available in the CTPF Member Portal. Paper forms
were mailed on January 23, 2026.

Your January 2026 pension payment reflected your annual 3% increase.
Direct deposit payments are made on the first business day of each
month.

Questions? Call Member Services at 312.641.4464.

Chicago Teachers' Pension Fund
425 S. Financial Place, 10th Floor, Chicago, IL 60605
""",
        cte="7bit",
        slug="ctpf-1099r",
    )
    add(
        when(2026, 7, 20, 11, 30),
        ("Cook County Assessor's Office", "noreply@cookcountyassessor.com"),
        "Your 2026 property tax exemptions",
        html="""<html><body style="font-family:Arial,sans-serif"><table width="600" align="center" cellpadding="16"><tr><td>
<p style="color:#1b365d;font-size:20px"><b>Cook County Assessor's Office</b></p>
<p>Good news: the Homeowner and Senior exemptions on PIN 25-12-317-044-1003 have been automatically renewed for tax year 2026. To keep your Senior Freeze exemption, please submit your 2025 household income online by the deadline.</p>
<p><a href="https://www.cookcountyassessor.com/exemptions">Apply or check status</a></p></td></tr></table></body></html>""",
        slug="assessor-exemptions",
    )
    add(
        when(2026, 5, 6, 10, 20),
        ("Ventra", "noreply@ventrachicago.com"),
        "Your Ride Free Ventra Card has been mailed",
        text="""Ventra

Your Ride Free permit has been renewed by the RTA and your new Ride Free
Ventra Card is on its way. Ride Free cards are for seniors enrolled in the
Illinois Benefit Access Program and allow free rides on CTA, Pace and
Metra.

Your card will arrive in 7-10 days. Register your card at
ventrachicago.com to protect your card if it is lost or stolen.

Ventra Customer Service: 1-877-NOW-VENTRA (1-877-669-8368)
""",
        cte="7bit",
        slug="ventra-ride-free",
    )
    NEGATIVES.extend(
        [
            "Chase",
            "Chase Freedom Unlimited",
            "BMO",
            "Zelle",
            "Venmo",
            "IRS",
            "IRS Direct Pay",
            "Social Security Administration",
            "Chicago Teachers' Pension Fund",
            "CTPF",
            "Cook County Assessor's Office",
            "Ventra",
        ]
    )


def scams() -> None:
    add(
        when(2026, 3, 18, 7, 44, zone="utc"),
        ("Norton Billing Dept", "norton.renewal.support2218@gmail.com"),
        "Your Norton 360 Total Protection has been renewed - Invoice #NRT-88231",
        html="""<html><body style="font-family:Arial,sans-serif"><table width="600" align="center" cellpadding="12" style="border:2px solid #ffc700"><tr><td>
<p style="font-size:24px;background:#ffc700;padding:8px"><b>Norton</b>LifeLock</p>
<p>Dear Customer,</p><p>Thank you for your continued business. Your subscription for <b>Norton 360 Total Protection (5 Devices)</b> has been successfully renewed and charged to your account.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><td>Invoice No.</td><td>NRT-88231</td></tr><tr><td>Product</td><td>Norton 360 Total Protection - 3 Years</td></tr>
<tr><td>Amount</td><td>$399.99</td></tr><tr><td>Payment</td><td>Auto-Debit</td></tr><tr><td>Date</td><td>03/18/2026</td></tr></table>
<p>If you did not authorize this renewal or wish to cancel and get a refund, please call our billing department within 24 hours: <b>+1 (808) 555-0137</b></p>
<p>Regards,<br>Billing Department</p></td></tr></table></body></html>""",
        slug="scam-norton",
    )
    add(
        when(2026, 10, 27, 22, 10, zone="utc"),
        ("NortonLifeLock Order", "invoice.dept.4471@outlook.com"),
        "Order Confirmation: Your subscription has been auto-renewed",
        text="""Hello,

Your NortonLifeLock antivirus membership has been auto-renewed today
for another year.

  Order ID      : NLK/2026/99314
  Plan          : Norton Security Deluxe + VPN (1 Year)
  Total charged : $289.90 USD
  Renewal date  : 10/27/2026

The amount will reflect in your bank account within 24 hours. If you
wish to cancel this order, contact our Refund Desk toll free
+1 (888) 555-0119 immediately.

Thanks,
Norton Team
""",
        cte="7bit",
        slug="scam-norton-2",
        to=("Customer", PEGGY_ADDR),
    )
    add(
        when(2026, 7, 9, 14, 2, zone="utc"),
        ("Geek Squad Support", "geeksquad.helpdesk.billing@outlook.com"),
        "Geek Squad Total Tech Support - Annual Renewal Invoice GS-440912",
        html="""<html><body style="font-family:Arial,sans-serif"><table width="600" align="center" cellpadding="12"><tr><td>
<p style="background:#000;color:#ff6b00;font-size:24px;padding:10px"><b>GEEK SQUAD</b></p>
<p>Hello Customer,</p><p>Your membership of <b>Geek Squad Total Tech Support</b> has been renewed for 2 years. The amount of <b>$349.99</b> has been deducted from your account.</p>
<p>Invoice: GS-440912 &middot; Date: 07/09/2026 &middot; Payment mode: Online</p>
<p>If you wish to cancel this subscription and get a full refund, call our support desk: <b>+1 (855) 555-0182</b> (Mon-Sat)</p>
<p style="font-size:10px;color:#999">This is an automatically generated invoice.</p></td></tr></table></body></html>""",
        slug="scam-geek-squad",
    )
    NEGATIVES.extend(
        [
            "Norton",
            "Norton 360",
            "Norton 360 Total Protection",
            "NortonLifeLock",
            "Norton Security Deluxe",
            "Geek Squad",
            "Geek Squad Total Tech Support",
        ]
    )


def giving_and_personal() -> None:
    add(
        when(2026, 1, 6, 8, 0, zone="ny"),
        ("Faith Direct", "donotreply@faithdirect.net"),
        "Your 2025 Contribution Statement for St. Brigid of Kildare Parish",
        text="""Faith Direct

Dear Margaret O'Connell,

Your 2025 Contribution Statement for St. Brigid of Kildare Parish is now
available. Log in at faithdirect.net to download it for your tax records.

  Recurring offertory (monthly)      12 x $60.00      $720.00
  Christmas collection                                 $100.00
  Easter collection                                     $50.00
  Total 2025 contributions                             $870.00

No goods or services were provided in exchange for these contributions.

Thank you for your generosity.
Faith Direct, on behalf of St. Brigid of Kildare Parish, Chicago
""",
        cte="7bit",
        slug="faith-direct-statement",
    )
    add(
        when(2026, 7, 6, 8, 5, zone="ny"),
        ("Faith Direct", "donotreply@faithdirect.net"),
        "Thank you for your gift to St. Brigid of Kildare Parish",
        text="""Faith Direct

Your recurring gift has been processed.

  Parish:        St. Brigid of Kildare Parish, Chicago, IL
  Fund:          Weekly Offertory
  Amount:        $60.00
  Date:          07/05/2026
  Frequency:     Monthly
  Account:       Checking ending 3381

"Each must give as he has decided in his heart." - 2 Corinthians 9:7
""",
        cte="7bit",
        slug="faith-direct-gift",
    )
    add(
        when(2025, 12, 15, 20, 31),
        ("WBEZ Chicago", "members@wbez.org"),
        "Thank you for your gift to WBEZ",
        html="""<html><body style="font-family:Arial,sans-serif;color:#222"><table width="600" align="center" cellpadding="16"><tr><td>
<p style="font-size:22px"><b>WBEZ</b> Chicago</p><p>Dear Margaret,</p><p>Thank you for your year-end gift of <b>$50.00</b> to WBEZ. Your support keeps independent local journalism strong.</p>
<table cellpadding="4"><tr><td>Gift type</td><td>One-time gift</td></tr><tr><td>Date</td><td>12/15/2025</td></tr><tr><td>Amount</td><td>$50.00</td></tr></table>
<p>Want to make an even bigger difference? Become a Sustaining Member with a monthly gift.</p>
<p style="font-size:11px;color:#666">Chicago Public Media, Inc., Navy Pier, 848 E. Grand Ave., Chicago, IL 60611. Tax ID 36-3568998. No goods or services were provided in exchange for this gift.</p></td></tr></table></body></html>""",
        slug="wbez-gift",
    )
    add(
        when(2026, 8, 28, 18, 5, zone="ny"),
        ("GoFundMe", "receipts@gofundme.com"),
        "Thank you for your donation to Help the Nolan Family Rebuild",
        text="""GoFundMe

Thank you for your donation, Margaret!

Fundraiser:     Help the Nolan Family Rebuild After the Fire
Organizer:      Maureen Walsh
Donation:       $75.00
Tip to GoFundMe: $0.00
Total:          $75.00
Date:           Aug 28, 2026

GoFundMe, 797 Bryant St, San Francisco, CA 94107
""",
        cte="7bit",
        slug="gofundme-donation",
    )
    add(
        when(2026, 2, 9, 15, 22),
        ("Siobhán Kelly", "siobhan.kelly48@gmail.com"),
        "Book club Thursday - Demon Copperhead",
        text="""Hi Peggy,

Just a reminder book club is at my place Thursday at 1:00. We're finishing
Demon Copperhead, so bring your tissues. Maureen's bringing the soda bread,
can you do a salad?

Also - did you ever sign up for that Peacock thing for the Olympics? Jim
says the curling is on all day.

Slán,
Siobhán
""",
        slug="friend-book-club",
        cte="quoted-printable",
    )
    add(
        when(2026, 9, 23, 11, 48),
        ("Maureen Walsh", "mowalsh.beverly@yahoo.com"),
        "Re: lunch?",
        text="""Peggy,

Beverly Woods on Wednesday at noon works for me. I'll pick you up at 11:45
so you don't have to take the bus.

Did you get your new Chase card yet? Mine came and now I have to change
it on EVERYTHING, the Tribune, the phone, Netflix... what a pain.

Mo

On Tue, Sep 22, 2026 at 8:12 PM Peggy O'Connell <peggyoc55@sbcglobal.net> wrote:
> Mo, are you free for lunch next week? My treat for driving me to the
> cardiologist.
> P.
""",
        slug="friend-lunch",
        cte="7bit",
    )
    sw = ("Southwest Airlines", "SouthwestAirlines@ifly.southwest.com")
    sdt = when(2026, 10, 20, 21, 5, zone="chi")
    st = """Southwest Airlines

You're going to Chicago (Midway)!

Confirmation #: 5QX7LM
Passenger:     KEVIN O'CONNELL

Wed, Nov 25, 2026   Flight 1842   DEN 12:35PM -> MDW 4:10PM
Sun, Nov 29, 2026   Flight 2271   MDW 6:20PM  -> DEN 8:05PM

Air total: $312.96 (Wanna Get Away)
Payment:   Visa ending 0528

Check in 24 hours before your flight at southwest.com.
"""
    kevin_forward(
        when(2026, 10, 21, 7, 40, zone="den"),
        [
            "Mom, here's my flight for Thanksgiving. Gets into Midway at 4:10 Wednesday - I'll take the Orange Line "
            "and Bridget can grab me at Midway if she's around, don't you drive.",
            "",
            "K",
        ],
        sw,
        sdt,
        "Your trip is booked! Confirmation 5QX7LM",
        st,
        None,
        [],
        "fwd-southwest-itinerary",
    )
    add(
        when(2026, 11, 5, 6, 45),
        ("Block Club Chicago", "newsletter@blockclubchi.org"),
        "Beverly's Irish Fest returns, new Metra station plans and more",
        html="""<html><body style="font-family:Georgia,serif"><table width="600" align="center" cellpadding="16"><tr><td>
<p style="font-size:22px"><b>Block Club Chicago</b> | Far South Side</p><p>Good morning, neighbors. Here's what's happening in Beverly, Morgan Park and Mount Greenwood this week.</p>
<p>Block Club is a nonprofit newsroom. This newsletter is free. <a href="https://blockclubchicago.org/subscribe">Become a member</a> to support our reporting.</p>
<p style="font-size:11px"><a href="https://blockclubchicago.org/unsubscribe">Unsubscribe</a></p></td></tr></table></body></html>""",
        slug="blockclub-newsletter",
        headers=unsub("https://blockclubchicago.org/unsubscribe"),
    )
    NEGATIVES.extend(
        [
            "Faith Direct",
            "St. Brigid of Kildare Parish",
            "WBEZ",
            "WBEZ Chicago",
            "Chicago Public Media",
            "GoFundMe",
            "Siobhán Kelly",
            "Maureen Walsh",
            "Kevin O'Connell",
            "Southwest Airlines",
            "Block Club Chicago",
        ]
    )


# =========================================================================== output

README = """# chi: Margaret "Peggy" O'Connell, Chicago (Beverly), USD, today 2026-12-04

Peggy is 71, a retired Chicago Public Schools teacher (CTPF pension, so Medicare Part B is paid by Medicare Easy Pay rather
than from Social Security), widowed, living in a townhouse condo in Beverly. Her son Kevin (Denver) forwards her a few
things: the medical alert button he bought her, his storage unit that she paid for, his Thanksgiving flight.

Doubts about the labels (where a careful reader could disagree):
- WTTW $8/month "Sustaining Member" gift: a donation in form, but it is a recurring membership that comes with WTTW Passport,
  so it is listed (subscription). The WBEZ one-time year-end gift and the Faith Direct monthly church offertory are not.
- Chicago Tribune bills every 4 weeks; the schema has no 4-weekly cycle, so it is labelled "monthly" (next 2026-12-13,
  28 days after the last receipt).
- Public Storage is Kevin's unit, but it was charged to Peggy's card on autopay (he forwarded the mail, Venmo'd her back once);
  listed as cancelled (he moved out 09/15/2026), kind subscription (storage rental, not rent to a private landlord).
  A reader could call it Kevin's, not hers, and leave it out.
- Medical Guardian was ordered by Kevin on his card; billing moved to Peggy's card in April, so it is hers (active).
- Peacock ended because the card was replaced after fraud and she never updated it: "inactive" (not "cancelled").
  A later win-back offer ($2.99/mo) is marketing, not a restart.
- Peoples Gas is on Budget Billing: the amount is the fixed $74.00 instalment (new since the August review), not the
  "actual current charges" line. ComEd, water, Xfinity, AT&T and Consumer Cellular vary a little; their amount is the last
  bill's amount due and next_renewal its stated due/AutoPay date.
- Medicare Part B: $213.70 is the 2027 premium, deducted on or about 2026-12-21 for January 2027 coverage (the December
  statement says so); "on or about" makes the exact date soft.
- Amazon Prime: switched from monthly to annual in May; $151.51 is the $139.00 fee plus Chicago tax as charged.
- iCloud+: $3.26 is $2.99 + tax as on the Apple receipts.
- Wine club amount is the announced Holiday 2026 charge (varies per shipment); Cook County is the Second Installment due
  2026-12-15 (the two installments of a year differ in amount); Lyric's next_renewal is last payment + 1 year (the renewal
  is invoiced, not auto-charged).
- The AARP membership (yearly, $20) and the AARP Medicare Supplement Plan G (UnitedHealthcare, monthly) share the AARP name.
- Cost Plus Drugs mail-order refills (90-day supplies, same items each time) look recurring but are pharmacy purchases,
  not a subscription; Faith Direct's monthly offertory is a donation; Norton/Geek Squad "renewal invoices" are phishing.
- City of Chicago water: labelled monthly because the bills say so; only some bills were emailed (Jan, Jul, Nov).
"""


def build() -> None:
    for fn in (
        comed,
        peoples_gas,
        chicago_water,
        xfinity,
        att_landline,
        consumer_cellular,
        medicare,
        medigap,
        allstate,
        cook_county,
        condo,
        netflix,
        peacock,
        tribune,
        new_yorker,
        audible,
        amazon,
        apple,
        medical_guardian,
        wine_club,
        lyric,
        wttw,
        aarp,
        public_storage,
        shops,
        money_mail,
        scams,
        giving_and_personal,
    ):
        fn()


def main() -> None:
    build()
    today = _dt.datetime(2026, 12, 4, 23, 59, tzinfo=_dt.timezone(_dt.timedelta(hours=-6)))
    start = _dt.datetime(2025, 12, 4, 0, 0, tzinfo=_dt.timezone(_dt.timedelta(hours=-6)))
    msgs = sorted(MESSAGES, key=lambda m: (m["dt"].astimezone(_dt.UTC), m["seq"]))
    for m in msgs:
        assert start < m["dt"] <= today, (m["slug"], m["dt"])
    names = {t["name"] for t in TRUTH}
    for m in msgs:
        for lab in m["labels"]:
            assert lab in names, lab
    eml_dir = HERE / "eml"
    eml_dir.mkdir(exist_ok=True)
    for old in eml_dir.glob("*.eml"):
        old.unlink()
    mbox_parts: list[str] = []
    index = []
    for i, m in enumerate(msgs, 1):
        fname = f"{i:03d}-{m['dt']:%Y%m%d}-{m['slug']}.eml"
        head = "".join(f"{k}: {v}\n" for k, v in m["head"].items() if v is not None)
        raw = head + m["body"]
        (eml_dir / fname).write_bytes(raw.encode("utf-8"))
        u = m["dt"].astimezone(_dt.UTC)
        from_line = f"From {m['from'][1]} {u:%a %b} {u.day:2d} {u:%H:%M:%S %Y}\n"
        body = re.sub(r"^(>*From )", r">\1", raw, flags=re.M)
        mbox_parts.append(from_line + body + ("" if body.endswith("\n\n") else "\n"))
        index.append({"file": fname, "from": m["from"][0], "subject": m["subject"], "labels": m["labels"]})
    (HERE / "mailbox.mbox").write_bytes("".join(mbox_parts).encode("utf-8"))
    (HERE / "truth.json").write_text(json.dumps(TRUTH, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    negs = list(dict.fromkeys(NEGATIVES))
    (HERE / "meta.json").write_text(
        json.dumps(
            {"today": TODAY, "messages": len(msgs), "hard_negatives": negs}, indent=2, ensure_ascii=False
        )
        + "\n",
        encoding="utf-8",
    )
    (HERE / "messages.json").write_text(
        json.dumps(index, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (HERE / "README.md").write_text(README, encoding="utf-8")
    print(f"{len(msgs)} messages, {len(TRUTH)} truths -> {HERE}")


if __name__ == "__main__":
    main()
