#!/usr/bin/env python3
"""Generate the `oh` mailbox: the Whitfield family of Columbus, Ohio (USD), today 2026-12-01.

Mailbox owner: Marcus Whitfield <marcus.whitfield@gmail.com>; his wife Dana forwards some mail.
Seeded and deterministic: rerunning writes the same bytes. stdlib only.
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import json
import quopri
import random
import re
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = "2026-12-01"
RNG = random.Random(20261201)
ME = ("Marcus Whitfield", "marcus.whitfield@gmail.com")
DANA = ("Dana Whitfield", "dana.whitfield@gmail.com")
TAX = 0.075  # the brief's Ohio sales tax

MESSAGES: list[dict] = []


# ---------------------------------------------------------------- time zones
def _us_dst(y: int, m: int, d: int) -> bool:
    """US DST 2025/2026: second Sunday of March to first Sunday of November."""
    day = _dt.date(y, m, d)
    start = {2025: _dt.date(2025, 3, 9), 2026: _dt.date(2026, 3, 8)}[y]
    end = {2025: _dt.date(2025, 11, 2), 2026: _dt.date(2026, 11, 1)}[y]
    return start <= day < end


def when(y, m, d, hh=9, mm=0, zone="et", ss=None):
    std = {"et": -5, "ct": -6, "mt": -7, "pt": -8, "utc": 0}[zone]
    off = std + (1 if zone != "utc" and _us_dst(y, m, d) else 0)
    if ss is None:
        ss = RNG.randrange(60)
    return _dt.datetime(y, m, d, hh, mm, ss, tzinfo=_dt.timezone(_dt.timedelta(hours=off)))


def money(x: float) -> str:
    return f"{x:,.2f}"


def taxed(x: float) -> tuple[float, float]:
    t = round(x * TAX + 1e-9, 2)
    return t, round(x + t, 2)


def long_date(d: _dt.date) -> str:
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")


def us_date(d: _dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def D(y, m, d) -> _dt.date:
    return _dt.date(y, m, d)


# ---------------------------------------------------------------- MIME parts
def _leaf(subtype: str, body: str, charset: str = "utf-8", cte: str = "quoted-printable"):
    maintype, sub = subtype.split("/")
    part = MIMENonMultipart(maintype, sub, charset=charset)
    raw = body.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        b = base64.b64encode(raw).decode("ascii")
        enc = "\n".join(b[i : i + 76] for i in range(0, len(b), 76)) + "\n"
    elif cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")  # 7bit parts must be pure ASCII
        enc = raw.decode("ascii", "surrogateescape")  # BytesGenerator writes the raw 8-bit bytes back
    else:
        raise ValueError(cte)
    part.set_payload(enc)
    part["Content-Transfer-Encoding"] = cte
    return part


def _boundary(seed: str) -> str:
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"----=_Part_{int(h[:8], 16) % 900000 + 100000}_{int(h[8:16], 16)}.{int(h[16:26], 16)}"


def _addr(name_addr) -> str:
    name, addr = name_addr
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset="utf-8")


def add(
    date,
    sender,
    subject,
    *,
    text=None,
    html=None,
    labels=(),
    slug=None,
    to=ME,
    charset="utf-8",
    text_cte="quoted-printable",
    html_cte="quoted-printable",
    headers=None,
    msgid_domain=None,
    reply_to=None,
    cc=None,
    attach=None,
):
    """Build one message and record it."""
    name, addr = sender
    dom = msgid_domain or addr.split("@")[1]
    seed = f"{date.isoformat()}|{addr}|{subject}"
    h = hashlib.sha256(seed.encode()).hexdigest()
    parts = []
    if text is not None:
        parts.append(_leaf("text/plain", text, charset, text_cte))
    if html is not None:
        parts.append(_leaf("text/html", html, charset, html_cte))
    if len(parts) == 1 and not attach:
        msg = parts[0]
    else:
        if len(parts) == 1:
            body = parts[0]
        else:
            body = MIMEMultipart("alternative", boundary=_boundary(seed + "alt"))
            for p in parts:
                body.attach(p)
        if attach:
            msg = MIMEMultipart("mixed", boundary=_boundary(seed + "mix"))
            msg.attach(body)
            for fname, ctype, data in attach:
                mt, st = ctype.split("/")
                a = MIMENonMultipart(mt, st, name=fname)
                b = base64.b64encode(data).decode("ascii")
                a.set_payload("\n".join(b[i : i + 76] for i in range(0, len(b), 76)) + "\n")
                a["Content-Transfer-Encoding"] = "base64"
                a["Content-Disposition"] = f'attachment; filename="{fname}"'
                msg.attach(a)
        else:
            msg = body
    # headers, in the order real MTAs show them
    top = [
        ("Return-Path", f"<bounce-{h[:10]}@{dom}>"),
        (
            "Received",
            f"from mta{int(h[10:12], 16) % 40 + 1}.{dom} (mta{int(h[10:12], 16) % 40 + 1}.{dom}. "
            f"[{int(h[12:14], 16)}.{int(h[14:16], 16)}.{int(h[16:18], 16)}.{int(h[18:20], 16)}])\n"
            f"        by mx.google.com with ESMTPS id {h[20:32]}\n"
            f"        for <{to[1]}>; {format_datetime(date)}",
        ),
        ("Date", format_datetime(date)),
        ("From", _addr(sender)),
        ("To", _addr(to)),
    ]
    if cc:
        top.append(("Cc", _addr(cc)))
    if reply_to:
        top.append(("Reply-To", _addr(reply_to)))
    try:
        subject.encode("ascii")
        subj = subject
    except UnicodeEncodeError:
        subj = Header(subject, "utf-8", header_name="Subject")
    top += [("Subject", subj), ("Message-ID", f"<{h[:24]}.{h[24:32]}@{dom}>"), ("MIME-Version", "1.0")]
    for k, v in (headers or {}).items():
        top.append((k, v))
    existing = [(k, v) for k, v in msg.items() if k != "MIME-Version"]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in top + existing:
        msg[k] = v
    MESSAGES.append(
        {
            "date": date,
            "from_name": name,
            "from_addr": addr,
            "subject": subject,
            "labels": list(labels),
            "slug": slug or _slugify(name),
            "msg": msg,
        }
    )
    return msg


def _slugify(s: str) -> str:
    s = s.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:40] or "mail"


def unsub(dom: str, h: str = "u") -> dict:
    return {
        "List-Unsubscribe": f"<https://{dom}/unsubscribe?u={hashlib.md5((dom + h).encode()).hexdigest()[:16]}>, "
        f"<mailto:unsubscribe@{dom}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def html_doc(title: str, inner: str, *, color="#1a1a1a", logo="", footer="", preheader="") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{title}</title>
<style type="text/css">body{{margin:0;padding:0;}} table td{{border-collapse:collapse;}} @media only screen and (max-width:600px){{.container{{width:100% !important;}}}}</style>
</head>
<body style="margin:0;padding:0;background-color:#f2f3f5;">
<div style="display:none;max-height:0;overflow:hidden;">{preheader}</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f3f5"><tr><td align="center" style="padding:20px 10px;">
<table class="container" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Arial,Helvetica,sans-serif;color:#333333;font-size:14px;line-height:20px;">
<tr><td style="background-color:{color};padding:18px 24px;color:#ffffff;font-size:20px;font-weight:bold;">{logo}</td></tr>
<tr><td style="padding:24px;">
{inner}
</td></tr>
<tr><td style="padding:16px 24px;background-color:#fafafa;color:#777777;font-size:11px;line-height:15px;">{footer}</td></tr>
</table>
</td></tr></table>
</body>
</html>
"""


def rows(pairs, *, bold_last=False, width="100%") -> str:
    out = [
        f'<table width="{width}" cellpadding="6" cellspacing="0" border="0" style="border-top:1px solid #e5e5e5;">'
    ]
    for i, (k, v) in enumerate(pairs):
        b = "font-weight:bold;" if bold_last and i == len(pairs) - 1 else ""
        out.append(
            f'<tr><td style="border-bottom:1px solid #e5e5e5;{b}">{k}</td>'
            f'<td align="right" style="border-bottom:1px solid #e5e5e5;{b}">{v}</td></tr>'
        )
    out.append("</table>")
    return "\n".join(out)


def text_rows(pairs, w=44) -> str:
    return "\n".join(f"{k + ':':<{w}}{v:>12}" for k, v in pairs)


# ================================================================ HOUSING & UTILITIES
def mr_cooper():
    S = ("Mr. Cooper", "noreply@mail.mrcooper.com")
    loan = "****5678"
    foot = (
        "Mr. Cooper is a brand name for Nationstar Mortgage LLC. Nationstar Mortgage LLC d/b/a Mr. Cooper, "
        "NMLS #2119, 8950 Cypress Waters Blvd., Coppell, TX 75019. This communication is from a debt collector "
        "attempting to collect a debt; any information obtained will be used for that purpose. "
        "Equal Housing Lender. &copy; 2026 Mr. Cooper. All rights reserved."
    )
    lbl = ["Mr. Cooper Mortgage"]
    stmts = [  # (sent, due, amount or None)
        (when(2025, 12, 16, 6, 12), D(2026, 1, 1), 1842.17),
        (when(2026, 4, 16, 6, 20), D(2026, 5, 1), None),
        (when(2026, 11, 16, 6, 2), D(2026, 12, 1), 1896.40),
    ]
    for sent, due, amt in stmts:
        if amt:
            inner = (
                f"<p>Hi Marcus,</p><p>Your monthly mortgage statement for loan {loan} is now available in your account.</p>"
                + rows(
                    [
                        ("Amount due", f"${money(amt)}"),
                        ("Payment due date", us_date(due)),
                        ("AutoPay", f"Scheduled for {us_date(due)}"),
                    ]
                )
                + "<p>Because you're enrolled in AutoPay, there's nothing you need to do. We'll draft your payment on the scheduled date.</p>"
                '<p><a href="https://www.mrcooper.com/signin" style="background:#0c2340;color:#fff;padding:10px 18px;text-decoration:none;">View statement</a></p>'
            )
            txt = (
                f"Hi Marcus,\n\nYour monthly mortgage statement for loan {loan} is now available.\n\n"
                f"Amount due: ${money(amt)}\nPayment due date: {us_date(due)}\nAutoPay: Scheduled for {us_date(due)}\n\n"
                "Because you're enrolled in AutoPay, there's nothing you need to do.\n\nView statement: https://www.mrcooper.com/signin\n\n"
                + re.sub("&copy;", "(c)", foot)
            )
        else:
            inner = (
                f"<p>Hi Marcus,</p><p>Your mortgage statement for loan {loan} is ready. Sign in to view or download your statement (PDF).</p>"
                '<p><a href="https://www.mrcooper.com/signin" style="background:#0c2340;color:#fff;padding:10px 18px;text-decoration:none;">Sign in</a></p>'
                "<p>Questions? Call us at 888-480-2432, Monday&ndash;Thursday 7 a.m. to 8 p.m. CT.</p>"
            )
            txt = None
        add(
            sent,
            S,
            "Your mortgage statement is ready",
            text=txt,
            html=html_doc("Mr. Cooper", inner, color="#0c2340", logo="Mr. Cooper", footer=foot),
            labels=lbl,
            slug="mr-cooper-statement",
        )
    # AutoPay drafted confirmations
    for d in (D(2026, 6, 1),):
        inner = (
            "<p>Hi Marcus,</p><p>We received your AutoPay payment. Thank you!</p>"
            + rows(
                [
                    ("Loan number", loan),
                    ("Payment amount", "$1,842.17"),
                    ("Payment date", us_date(d)),
                    ("Confirmation #", f"AP{RNG.randrange(10**9, 10**10)}"),
                ]
            )
            + "<p>It may take 1&ndash;2 business days for this payment to appear in your payment history.</p>"
        )
        add(
            when(d.year, d.month, d.day, 14, 40),
            S,
            "We received your payment",
            html=html_doc("Payment received", inner, color="#0c2340", logo="Mr. Cooper", footer=foot),
            labels=lbl,
            slug="mr-cooper-payment",
        )
    # escrow analysis
    inner = (
        "<p>Hi Marcus,</p><p>We completed the annual review of your escrow account for loan " + loan + ". "
        "Your property taxes (Franklin County) and homeowners insurance premium went up this year, which creates a shortage.</p>"
        + rows(
            [
                ("Current monthly payment", "$1,842.17"),
                ("Principal &amp; interest", "$1,311.52"),
                ("New escrow payment", "$584.88"),
                ("New monthly payment", "$1,896.40"),
                ("Effective date", "12/01/2026"),
            ],
            bold_last=False,
        )
        + "<p>Your new payment of <b>$1,896.40</b> begins with your <b>December 1, 2026</b> payment. "
        "Your AutoPay will be updated automatically to the new amount. Your escrow shortage of $312.14 has been spread over the next 12 payments.</p>"
        "<p>You can view the full Annual Escrow Account Disclosure Statement in your account.</p>"
    )
    add(
        when(2026, 10, 20, 7, 15),
        S,
        "Your annual escrow analysis is ready",
        html=html_doc("Escrow analysis", inner, color="#0c2340", logo="Mr. Cooper", footer=foot),
        labels=lbl,
        slug="mr-cooper-escrow",
    )


def aep_ohio():
    S = ("AEP Ohio", "aepohio@info.aep.com")
    acct = "110 123 456 7"
    foot = (
        "AEP Ohio | P.O. Box 24002, Canton, OH 44701-4002 | Customer Service 1-800-672-2231 | "
        "Report outages 1-800-672-2231 or text OUT to 24070.<br>You are receiving this email because you enrolled in paperless billing. "
        '<a href="https://www.aepohio.com/account/paperless">Manage preferences</a> | <a href="https://www.aep.com/privacy">Privacy</a>'
    )
    lbl = ["AEP Ohio"]
    bills = [  # (sent, kWh, actual charges, budget amt, due)
        (when(2025, 12, 12, 5, 48), 1104, 151.87, 164.00, D(2026, 1, 5)),
        (when(2026, 10, 13, 5, 46), 1012, 146.21, 171.00, D(2026, 11, 3)),
        (when(2026, 11, 12, 5, 50), 977, 139.84, 171.00, D(2026, 12, 3)),
    ]
    for i, (sent, kwh, actual, budget, due) in enumerate(bills):
        inner = (
            f"<p style='font-size:18px;'>Your AEP Ohio bill is ready</p><p>Account number: {acct}<br>Service address: 1487 Kenwick Rd, Columbus OH 43209</p>"
            + rows(
                [
                    ("Budget Billing amount due", f"${money(budget)}"),
                    ("Due date", us_date(due)),
                    ("This month's actual usage", f"{kwh} kWh"),
                    ("Actual charges this period", f"${money(actual)}"),
                ]
            )
            + f"<p>You're enrolled in <b>AutoPay</b>. ${money(budget)} will be deducted from your bank account on {us_date(due)}.</p>"
            "<p>Questions about your bill? Call 1-800-672-2231.</p>"
        )
        txt = None
        if i % 2 == 0:
            txt = (
                f"Your AEP Ohio bill is ready\n\nAccount number: {acct}\n\nBudget Billing amount due: ${money(budget)}\n"
                f"Due date: {us_date(due)}\nUsage this period: {kwh} kWh (actual charges ${money(actual)})\n\n"
                f"You're enrolled in AutoPay. ${money(budget)} will be deducted on {us_date(due)}.\n\n"
                "View your bill: https://www.aepohio.com/account/bills\n\nAEP Ohio | Customer Service 1-800-672-2231"
            )
        add(
            sent,
            S,
            "Your AEP Ohio bill is ready",
            text=txt,
            html=html_doc("AEP Ohio", inner, color="#d4202a", logo="AEP Ohio", footer=foot),
            labels=lbl,
            slug="aep-ohio-bill",
        )
    inner = (
        "<p>Dear Marcus Whitfield,</p><p>Each year we review Budget Billing accounts to make sure your monthly amount keeps up with your actual usage. "
        f"Based on your last 12 months of usage at account {acct}, your Budget Billing amount will change.</p>"
        + rows(
            [
                ("Current Budget Billing amount", "$164.00"),
                ("New Budget Billing amount", "$171.00"),
                ("Starting with", "Your October 2026 bill"),
            ]
        )
        + "<p>Your account balance after the annual settle-up is $0.00. No action is needed; AutoPay will draft the new amount.</p>"
    )
    add(
        when(2026, 9, 14, 10, 2),
        S,
        "Important: Your Budget Billing amount is changing",
        html=html_doc("AEP Ohio", inner, color="#d4202a", logo="AEP Ohio", footer=foot),
        labels=lbl,
        slug="aep-budget-review",
    )
    inner = (
        "<p>Summer storms are here. Be prepared: sign up for outage alerts, keep a flashlight handy and stay 30 feet away from downed lines.</p>"
        "<p>Plus: save up to $100 with our smart thermostat rebate. Limited time.</p>"
    )
    add(
        when(2026, 6, 2, 11, 30),
        ("AEP Ohio", "aepohio@news.aep.com"),
        "Get ready for storm season + thermostat rebates",
        html=html_doc("AEP Ohio", inner, color="#d4202a", logo="AEP Ohio", footer=foot),
        headers=unsub("news.aep.com"),
        slug="aep-ohio-news",
    )


def columbia_gas():
    S = ("Columbia Gas of Ohio", "noreply@columbiagasohio.com")
    acct = "18 452 913 001 0002"
    foot = (
        "Columbia Gas of Ohio, a NiSource company | 290 W. Nationwide Blvd, Columbus, OH 43215 | 1-800-344-4077<br>"
        "Smell gas? Act fast! Leave the area and call 1-800-344-4077."
    )
    lbl = ["Columbia Gas of Ohio"]
    for sent, due, amt in [
        (when(2025, 12, 22, 4, 30), D(2026, 1, 14), 89.00),
        (when(2026, 6, 22, 4, 35), D(2026, 7, 14), None),
        (when(2026, 11, 23, 4, 30), D(2026, 12, 15), 89.00),
    ]:
        if amt:
            body = (
                "<p>Hello MARCUS WHITFIELD,</p><p>Your Columbia Gas of Ohio eBill for account ending in 0002 is ready.</p>"
                + rows(
                    [
                        ("Budget Plan amount", f"${money(amt)}"),
                        ("Amount due", f"${money(amt)}"),
                        ("Due date", long_date(due)),
                    ]
                )
                + f"<p>Your Automatic Payment of ${money(amt)} will be made on {long_date(due)}.</p>"
            )
        else:
            body = (
                "<p>Hello MARCUS WHITFIELD,</p><p>Your Columbia Gas of Ohio eBill for account ending in 0002 is ready to view. "
                "Log in to My Account to see your bill and payment details.</p>"
                f"<p>Payment due date: {long_date(due)}</p>"
            )
        add(
            sent,
            S,
            "Your Columbia Gas of Ohio eBill is ready",
            html=html_doc(
                "Columbia Gas of Ohio",
                body + '<p><a href="https://myaccount.columbiagasohio.com">View my bill</a></p>',
                color="#00539b",
                logo="Columbia Gas of Ohio",
                footer=foot,
            ),
            labels=lbl,
            slug="columbia-gas-ebill",
        )
    add(
        when(2026, 2, 12, 9, 4),
        S,
        "Payment confirmation",
        text=(
            "Thank you for your payment.\n\nAccount: "
            + acct
            + "\nPayment amount: $89.00\nPayment date: 02/12/2026\n"
            "Payment method: Automatic Payment - checking ****3310\nConfirmation number: CGO"
            + str(RNG.randrange(10**8, 10**9))
            + "\n\nColumbia Gas of Ohio\n1-800-344-4077\n"
        ),
        text_cte="7bit",
        labels=lbl,
        slug="columbia-gas-payment",
    )


def columbus_water():
    S = ("City of Columbus Utilities", "noreply@columbus.gov")
    P = ("City of Columbus - Department of Public Utilities", "customerservice@paymentus.com")
    acct = "2014-567891-03"
    lbl = ["City of Columbus Water & Sewer"]
    bills = [
        (when(2026, 1, 14, 7, 10), "10/08/2025 - 01/07/2026", 28, 201.33, D(2026, 2, 4)),
        (when(2026, 7, 15, 7, 8), "04/08/2026 - 07/08/2026", 36, 248.91, D(2026, 8, 5)),
        (when(2026, 10, 14, 7, 9), "07/08/2026 - 10/07/2026", 31, 223.57, D(2026, 11, 4)),
    ]
    for sent, period, ccf, amt, due in bills:
        water = round(amt * 0.38, 2)
        sewer = round(amt * 0.52, 2)
        storm = round(amt - water - sewer - 0.0, 2)
        txt = (
            f"CITY OF COLUMBUS - DEPARTMENT OF PUBLIC UTILITIES\nUtility Billing Services\n\n"
            f"Your quarterly utility bill is now available.\n\nAccount Number: {acct}\nService Address: 1487 KENWICK RD\n"
            f"Billing Period: {period}\nUsage: {ccf} CCF\n\n"
            f"Water                      ${money(water)}\nSanitary Sewer             ${money(sewer)}\n"
            f"Stormwater                 ${money(storm)}\n---------------------------------------\n"
            f"Total Amount Due           ${money(amt)}\nDue Date                   {us_date(due)}\n\n"
            "Your account is set up for automatic payment. The total will be drafted on the due date.\n\n"
            "Questions? Call Customer Service at (614) 645-8276, Mon-Fri 7:30 a.m. - 5:00 p.m.\n"
            "Pay or view online: https://utilitybill.columbus.gov\n"
        )
        add(
            sent,
            S,
            f"Your City of Columbus utility bill is available - Account {acct}",
            text=txt,
            text_cte="7bit",
            labels=lbl,
            slug="columbus-utilities-bill",
        )
    inner = (
        "<p>Thank you for your payment to City of Columbus - Department of Public Utilities.</p>"
        + rows(
            [
                ("Account number", "******1-03"),
                ("Payment amount", "$248.91"),
                ("Convenience fee", "$0.00"),
                ("Total", "$248.91"),
                ("Payment date", "08/05/2026"),
                ("Confirmation", "PMT-" + str(RNG.randrange(10**7, 10**8))),
            ]
        )
        + "<p>This payment was processed by Paymentus Corporation on behalf of the City of Columbus.</p>"
    )
    add(
        when(2026, 8, 5, 6, 2),
        P,
        "Payment Confirmation - City of Columbus Utilities",
        html=html_doc(
            "Payment Confirmation",
            inner,
            color="#004b87",
            logo="City of Columbus",
            footer="Paymentus Corporation, 18390 NE 68th St, Redmond, WA 98052. Please do not reply to this email.",
        ),
        labels=lbl,
        slug="paymentus-columbus",
    )


# ================================================================ TELECOMS, INSURANCE, LOAN
def att_fiber():
    S = ("AT&T", "att-services.cn.12345@emailff.att-mail.com")
    foot = (
        "&copy; 2026 AT&amp;T Intellectual Property. All rights reserved. AT&amp;T, the Globe logo and other marks are trademarks "
        "and service marks of AT&amp;T Intellectual Property.<br>This is a service message from AT&amp;T, 208 S. Akard St., Dallas, TX 75202. "
        '<a href="https://www.att.com/privacy">Privacy Center</a>'
    )
    lbl = ["AT&T Fiber"]
    acct = "Account ending in 7721"
    for sent, amt, ap in [
        (when(2025, 12, 17, 3, 12), 70.00, D(2026, 1, 8)),
        (when(2026, 6, 17, 3, 10), 75.00, D(2026, 7, 8)),
        (when(2026, 11, 17, 3, 9), 75.00, D(2026, 12, 8)),
    ]:
        inner = (
            f"<p>Hi Marcus,</p><p style='font-size:18px;'>Your AT&amp;T bill is ready to view.</p><p>{acct}</p>"
            + rows(
                [
                    ("Total due", f"${money(amt)}"),
                    ("AutoPay date", ap.strftime("%b ") + str(ap.day) + ap.strftime(", %Y")),
                ]
            )
            + "<p>Services on this bill: AT&amp;T Fiber Internet 500</p>"
            "<p>You're all set. We'll automatically charge your payment method on file on your AutoPay date.</p>"
            '<p><a href="https://www.att.com/acctmgmt/billing">View bill</a></p>'
        )
        add(
            sent,
            S,
            "Your AT&T bill is ready to view",
            html=html_doc("AT&T", inner, color="#009fdb", logo="AT&amp;T", footer=foot),
            labels=lbl,
            slug="att-bill",
        )
    inner = (
        "<p>Hi Marcus,</p><p>We're writing to let you know about an upcoming change to your AT&amp;T Fiber service.</p>"
        "<p>Beginning with your bill dated <b>March 17, 2026</b>, the monthly price for AT&amp;T Fiber Internet 500 will increase by $5.00, "
        "from $70.00/mo to <b>$75.00/mo</b> (with AutoPay &amp; paperless bill discount). Your speeds and equipment stay the same.</p>"
        "<p>If you have questions, visit att.com/pricechange or call 800.288.2020.</p>"
    )
    add(
        when(2026, 1, 27, 13, 1),
        S,
        "Important information about your AT&T Fiber price",
        html=html_doc("AT&T", inner, color="#009fdb", logo="AT&amp;T", footer=foot),
        labels=lbl,
        slug="att-price-change",
    )


def verizon():
    S = ("Verizon", "VZWMail@ecrmemail.verizonwireless.com")
    foot = (
        "Verizon Wireless | One Verizon Way, Basking Ridge, NJ 07920.<br>This email was sent to marcus.whitfield@gmail.com. "
        "This is a mandatory service email; you cannot opt out of these messages. &copy; 2026 Verizon."
    )
    lbl = ["Verizon"]
    for sent, amt, due in [
        (when(2025, 12, 20, 5, 2), 238.21, D(2026, 1, 14)),
        (when(2026, 9, 20, 5, 6), 210.44, D(2026, 10, 14)),
        (when(2026, 11, 20, 5, 3), 211.02, D(2026, 12, 14)),
    ]:
        inner = (
            "<p>Hi Marcus,</p><p style='font-size:20px;font-weight:bold;'>Your bill is ready.</p>"
            + rows(
                [
                    ("Account number", "512345678-00001"),
                    ("Amount due", f"${money(amt)}"),
                    ("Due date", us_date(due)),
                ]
            )
            + f"<p>Thanks for using Auto Pay. Your payment will be automatically charged to your account on {due.strftime('%m/%d')}.</p>"
            "<p>Your plan: Unlimited Welcome &mdash; 4 lines. Device payments included where applicable.</p>"
            '<p><a href="https://www.verizon.com/digital/nsa/secure/ui/bill/viewbill/">View my bill</a></p>'
        )
        add(
            sent,
            S,
            "Your Verizon bill is ready",
            html=html_doc("Verizon", inner, color="#000000", logo="verizon&#10003;", footer=foot),
            labels=lbl,
            slug="verizon-bill",
        )
    inner = (
        "<p>Hi Marcus,</p><p>Congrats! The device payment agreement for <b>iPhone 15 (614) 555-0188</b> is paid in full. "
        "Your final installment of $27.77 was included on your August bill.</p>"
        "<p>Your monthly bill will be lower starting next cycle. Ready for something new? Check out the latest phones.</p>"
    )
    add(
        when(2026, 8, 21, 10, 14),
        ("Verizon", "verizonwireless@ecrmemail.verizonwireless.com"),
        "Your device is paid off",
        html=html_doc("Verizon", inner, color="#000000", logo="verizon&#10003;", footer=foot),
        labels=lbl,
        slug="verizon-paid-off",
    )
    inner = (
        "<p>The new iPhone 17 is here. Trade in any phone, any condition, and get up to $1,000 off with Unlimited Ultimate.</p>"
        "<p>Offer ends 10/15. Terms apply.</p>"
    )
    add(
        when(2026, 9, 19, 12, 0),
        ("Verizon", "verizon@em.verizonwireless.com"),
        "Marcus, your upgrade is waiting: iPhone 17 on us*",
        html=html_doc(
            "Verizon",
            inner,
            color="#000000",
            logo="verizon&#10003;",
            footer=foot + ' <a href="https://www.verizon.com/unsubscribe">Unsubscribe</a>',
        ),
        headers=unsub("em.verizonwireless.com"),
        slug="verizon-promo",
    )


def state_farm():
    S = ("State Farm", "statefarm@email.statefarm.com")
    foot = (
        "State Farm Mutual Automobile Insurance Company, State Farm Fire and Casualty Company, Bloomington, IL. "
        "Agent: Kevin Dorsey Insurance Agency, 2660 E Main St, Bexley, OH 43209, (614) 555-0142.<br>"
        "Please do not reply to this email. &copy; State Farm Mutual Automobile Insurance Company 2026"
    )
    auto, home = ["State Farm Auto Insurance"], ["State Farm Homeowners Insurance"]
    sfpp = "SFPP No. 1221-3348-07"
    for sent, a, h, wd in [
        (when(2025, 12, 24, 2, 10), 138.40, 88.75, D(2026, 1, 5)),
        (when(2026, 3, 24, 2, 12), 138.40, 94.25, D(2026, 4, 6)),
        (when(2026, 11, 23, 2, 11), 145.50, 94.25, D(2026, 12, 7)),
    ]:
        tot = round(a + h, 2)
        inner = (
            "<p>MARCUS WHITFIELD,</p><p>Your State Farm Payment Plan&reg; bill is available.</p>"
            + rows(
                [
                    (sfpp, ""),
                    ("Auto policy 418 2297-D22-35 &mdash; 2023 Honda Odyssey", f"${money(a)}"),
                    ("Homeowners policy 35-CJ-8812-4", f"${money(h)}"),
                    ("Total amount due", f"${money(tot)}"),
                ],
                bold_last=True,
            )
            + f"<p>Payment will be withdrawn from your account ending 3310 on or after <b>{us_date(wd)}</b>. No action is needed.</p>"
        )
        add(
            sent,
            S,
            "Your State Farm bill is available",
            html=html_doc("State Farm", inner, color="#d62311", logo="StateFarm", footer=foot),
            labels=auto + home,
            slug="state-farm-sfpp",
        )
    inner = (
        "<p>MARCUS WHITFIELD,</p><p>Your Homeowners Policy 35-CJ-8812-4 renews on <b>02/10/2026</b>. Your renewal documents, "
        "including your declarations page, are ready to view.</p>"
        + rows(
            [
                ("Policy period", "02/10/2026 - 02/10/2027"),
                ("Annual premium", "$1,131.00"),
                ("Payment method", "State Farm Payment Plan (monthly)"),
                ("Monthly amount", "$94.25"),
            ]
        )
        + "<p>Your premium changed due to increased costs to repair and rebuild homes in your area.</p>"
    )
    add(
        when(2026, 1, 9, 3, 30),
        S,
        "Your homeowners policy renewal is ready",
        html=html_doc("State Farm", inner, color="#d62311", logo="StateFarm", footer=foot),
        labels=home,
        slug="state-farm-home-renewal",
    )
    inner = (
        "<p>MARCUS WHITFIELD,</p><p>Your Auto Policy 418 2297-D22-35 renews on <b>10/22/2026</b> for another 6 months.</p>"
        + rows(
            [
                ("Policy period", "10/22/2026 - 04/22/2027"),
                ("Vehicles", "2023 Honda Odyssey, 2018 Toyota Camry"),
                ("6-month premium", "$873.00"),
                ("Monthly State Farm Payment Plan amount", "$145.50"),
            ]
        )
        + "<p>New ID cards are available in the State Farm app. Drive Safe &amp; Save&trade; discount applied: 11%.</p>"
    )
    add(
        when(2026, 9, 22, 3, 25),
        S,
        "Your auto policy renewal and ID cards",
        html=html_doc("State Farm", inner, color="#d62311", logo="StateFarm", footer=foot),
        labels=auto,
        slug="state-farm-auto-renewal",
    )


def honda_finance():
    S = ("Honda Financial Services", "HFS@email.hondafinancialservices.com")
    foot = (
        "American Honda Finance Corporation, P.O. Box 7829, Philadelphia, PA 19101-7829. Honda Financial Services is a registered "
        "trade name of American Honda Finance Corporation. 1-800-708-6555. Please do not reply to this email."
    )
    lbl = ["Honda Financial Services"]
    for d in (D(2026, 10, 18),):
        inner = (
            "<p>Dear Marcus Whitfield,</p><p>Thank you! Your Auto Pay payment has been processed.</p>"
            + rows(
                [
                    ("Account", "****4821 &mdash; 2023 Honda Odyssey EX-L"),
                    ("Payment amount", "$512.37"),
                    ("Payment date", us_date(d)),
                    ("Next payment due", us_date(D(d.year + (d.month == 12), d.month % 12 + 1, 18))),
                ]
            )
        )
        add(
            when(d.year, d.month, d.day, 8, 20),
            S,
            "Your payment has been received",
            html=html_doc(
                "Honda Financial Services",
                inner,
                color="#cc0000",
                logo="HONDA Financial Services",
                footer=foot,
            ),
            html_cte="base64",
            labels=lbl,
            slug="honda-payment",
        )
    inner = (
        "<p>Dear Marcus Whitfield,</p><p>Your monthly statement for account ****4821 is now available.</p>"
        + rows(
            [
                ("Amount due", "$512.37"),
                ("Due date", "12/18/2026"),
                ("Remaining payments", "26 of 60"),
                ("Auto Pay", "On &mdash; scheduled 12/18/2026"),
            ]
        )
    )
    add(
        when(2026, 11, 25, 9, 5),
        S,
        "Your Honda Financial Services statement is available",
        html=html_doc(
            "Honda Financial Services", inner, color="#cc0000", logo="HONDA Financial Services", footer=foot
        ),
        html_cte="base64",
        labels=lbl,
        slug="honda-statement",
    )


# ================================================================ KIDS
def swim_club():
    S = ("Capital City Aquatics", "noreply@teamunify.com")
    lbl = ["Capital City Aquatics"]
    for sent, amt, month in [
        (when(2026, 1, 1, 0, 15), 145.00, "January 2026"),
        (when(2026, 9, 1, 0, 15), 155.00, "September 2026"),
        (when(2026, 11, 1, 0, 15), 155.00, "November 2026"),
    ]:
        num = RNG.randrange(40000, 49999)
        txt = (
            f"Capital City Aquatics\nInvoice #{num}\n\nAccount: Whitfield, Marcus (Swimmer: Ava Whitfield - Age Group Silver)\n\n"
            f"Description                                  Amount\n"
            f"Monthly Dues - {month:<30}${money(amt)}\n"
            f"-----------------------------------------------------\n"
            f"Total                                        ${money(amt)}\n\n"
            f"This invoice will be charged automatically to your card on file (Visa ending 4417) on the 5th.\n\n"
            "View your account: https://www.gomotionapp.com/team/ohcca/page/home\n\n"
            "Capital City Aquatics | 3100 E Broad St, Columbus, OH 43209 | billing@capcityaquatics.org\n"
            "Powered by TeamUnify / SportsEngine\n"
        )
        add(
            sent,
            S,
            f"Capital City Aquatics - Invoice #{num}",
            text=txt,
            text_cte="7bit",
            reply_to=("CCA Billing", "billing@capcityaquatics.org"),
            labels=lbl,
            slug="cca-invoice",
        )
    txt = (
        "Hi CCA families,\n\nWelcome to the 2026-27 short course season! A few reminders:\n\n"
        "- Monthly dues for Silver and Gold groups are now $155.00 (was $145.00), starting with the September invoice, "
        "charged on the 5th of each month.\n- Meet entry fees are billed separately after each meet.\n"
        "- Team suits are available through SwimOutlet with our team code.\n\n"
        "Thanks,\nJen Álvarez\nCCA Board Treasurer\n"
    )
    add(
        when(2026, 8, 18, 19, 41),
        ("Jen Álvarez (CCA Treasurer)", "treasurer@capcityaquatics.org"),
        "CCA 2026-27 season: dues and calendar",
        text=txt,
        text_cte="8bit",
        labels=lbl,
        slug="cca-season",
    )
    txt = (
        "Capital City Aquatics\nInvoice #48812\n\nMeet Entry - Winter Buckeye Invitational (Dec 2026)\n"
        "  Ava Whitfield - 4 events x $7.00                $28.00\n  Facility surcharge                              $8.00\n"
        "Total                                            $36.00\n\nThis invoice will be charged to your card on file.\n\n"
        "Powered by TeamUnify / SportsEngine\n"
    )
    add(
        when(2026, 11, 19, 16, 2),
        S,
        "Capital City Aquatics - Invoice #48812",
        text=txt,
        text_cte="7bit",
        slug="cca-meet-fee",
    )


def daycare():
    S = ("Little Buckeyes Early Learning via brightwheel", "no-reply@mybrightwheel.com")
    lbl = ["Little Buckeyes Early Learning"]
    base = D(2025, 12, 5)
    picks = [0, 10, 17, 25]
    for k in picks:
        d = base + _dt.timedelta(days=14 * k)
        amt = 438.00 if d < D(2026, 8, 20) else 456.00
        per_from = d + _dt.timedelta(days=3)
        per_to = per_from + _dt.timedelta(days=11)
        inner = (
            "<p>Hi Marcus,</p><p>Little Buckeyes Early Learning has sent you an invoice.</p>"
            + rows(
                [
                    ("Student", "Leo Whitfield"),
                    (
                        "Description",
                        f"Tuition &mdash; Preschool Full Time ({per_from.strftime('%b %-d')} &ndash; {per_to.strftime('%b %-d')})",
                    ),
                    ("Amount", f"${money(amt)}"),
                    ("Due", long_date(d)),
                ]
            )
            + f"<p>AutoPay is on. ${money(amt)} will be charged to your bank account ending in 3310 on {long_date(d)}.</p>"
            '<p><a href="https://schools.mybrightwheel.com/billing">View invoice</a></p>'
        )
        add(
            when(d.year, d.month, d.day - 3 if d.day > 3 else d.day, 7, 0),
            S,
            "You have a new invoice from Little Buckeyes Early Learning",
            html=html_doc(
                "brightwheel",
                inner,
                color="#5463d6",
                logo="brightwheel",
                footer="Little Buckeyes Early Learning &middot; 2250 E Livingston Ave, Columbus, OH 43209 &middot; (614) 555-0190<br>Sent via brightwheel, 1 Letterman Dr, San Francisco, CA.",
            ),
            labels=lbl,
            slug="brightwheel-invoice",
        )
    txt = (
        "Dear Little Buckeyes families,\n\nThank you for another wonderful year! As we start the 2026-27 school year, "
        "tuition for our full-time preschool room will be $456.00 per two-week billing period (from $438.00), "
        "effective with the August 28 invoice. AutoPay will continue every other Friday.\n\n"
        "Warmly,\nMs. Tonya Reed, Director\nLittle Buckeyes Early Learning\n"
    )
    add(
        when(2026, 7, 30, 15, 20),
        ("Little Buckeyes Early Learning", "director@littlebuckeyeselc.com"),
        "Tuition for the 2026-27 school year",
        text=txt,
        text_cte="7bit",
        labels=lbl,
        slug="little-buckeyes-tuition",
    )


# ================================================================ MEMBERSHIPS
def costco():
    S = ("Costco Wholesale", "costco@online.costco.com")
    foot = (
        "Costco Wholesale Corporation, 999 Lake Drive, Issaquah, WA 98027. Please do not reply to this email. "
        '<a href="https://www.costco.com/privacy">Privacy Policy</a> | <a href="https://www.costco.com/unsubscribe">Unsubscribe</a>'
    )
    lbl = ["Costco Membership"]
    inner = (
        "<p>Hello Marcus,</p><p>Your Executive Membership is set to auto-renew on <b>03/31/2026</b>. "
        "Your Visa card on file ending in 4417 will be charged the annual fee of <b>$130.00</b>. "
        "Your household card for Dana Whitfield is included at no extra cost.</p>"
        + rows(
            [
                ("Membership number", "111 8842 7730 3"),
                ("Membership type", "Executive"),
                ("Annual fee", "$130.00"),
                ("Renewal date", "03/31/2026"),
            ]
        )
        + "<p>Your 2% Annual Reward will be issued on your renewal date.</p>"
    )
    add(
        when(2026, 3, 1, 10, 5, "pt"),
        S,
        "Your Costco membership will renew soon",
        html=html_doc("Costco", inner, color="#005daa", logo="COSTCO WHOLESALE", footer=foot),
        labels=lbl,
        slug="costco-renewal",
    )
    inner = (
        "<p>Hello Marcus,</p><p>Thank you for renewing! Your Executive Membership is now valid through <b>03/31/2027</b>.</p>"
        + rows(
            [
                ("Membership renewal &mdash; Executive", "$130.00"),
                ("Sales tax", "$0.00"),
                ("Total charged", "$130.00"),
            ],
            bold_last=True,
        )
        + "<p>Your 2% Reward of $184.62 is available on your Costco app and can be redeemed in warehouse.</p>"
    )
    add(
        when(2026, 3, 31, 6, 40, "pt"),
        S,
        "Thank you for renewing your Costco membership",
        html=html_doc("Costco", inner, color="#005daa", logo="COSTCO WHOLESALE", footer=foot),
        labels=lbl,
        slug="costco-renewed",
    )
    inner = (
        "<p>Holiday savings are here! Shop member-only deals on TVs, toys, and more through 12/24.</p>"
        "<p>Kirkland Signature 20-lb Turkey Brine Kit $19.99 &bull; LEGO sets from $29.99</p>"
    )


def amazon():
    S = ("Amazon.com", "auto-confirm@amazon.com")
    P = ("Amazon Prime", "prime@amazon.com")
    foot = (
        "&copy;2026 Amazon.com, Inc. or its affiliates. Amazon and all related marks are trademarks of Amazon.com, Inc. "
        "or its affiliates. Amazon.com, 410 Terry Avenue N., Seattle, WA 98109-5210."
    )
    inner = (
        "<p>Hello Marcus,</p><p>Thank you for being a Prime member. Your membership will automatically renew on "
        "<b>February 14, 2026</b> and your Visa ending in 4417 will be charged <b>$139.00</b> plus any applicable taxes.</p>"
        "<p>Last year you saved $412.80 on shipping with Prime.</p>"
        '<p>If you do not want to renew, you can <a href="https://www.amazon.com/mc">end your membership</a>.</p>'
    )
    add(
        when(2026, 1, 31, 12, 14, "pt"),
        P,
        "Your Amazon Prime membership will renew on February 14, 2026",
        html=html_doc("Amazon Prime", inner, color="#232f3e", logo="prime", footer=foot),
        labels=["Amazon Prime"],
        slug="amazon-prime-renewal",
    )
    orders = [
        (
            when(2025, 12, 8, 19, 22, "pt"),
            "112-4480917-2291843",
            [
                ("LEGO Friends Heartlake City Pet Center", 1, 44.99),
                ("Crayola Inspiration Art Case", 1, 24.97),
            ],
        ),
        (
            when(2026, 8, 9, 21, 40, "pt"),
            "112-3302181-0446671",
            [("Amazon Basics Kids Backpack", 1, 22.49), ("Ticonderoga Pencils 72 ct", 1, 12.98)],
        ),
        (when(2026, 10, 27, 18, 3, "pt"), "112-9055128-7713012", [("Ninja AF101 Air Fryer", 1, 89.99)]),
    ]
    for sent, oid, items in orders:
        sub = round(sum(q * p for _, q, p in items), 2)
        t, tot = taxed(sub)
        lines = [(f"{n} &times; {q}", f"${money(q * p)}") for n, q, p in items]
        inner = (
            f"<p>Hello Marcus,</p><p>Thank you for shopping with us. We'll send a confirmation when your items ship.</p>"
            f"<p>Order #{oid}<br>Arriving: {long_date((sent + _dt.timedelta(days=2)).date())}<br>Ship to: Marcus Whitfield, COLUMBUS, OH</p>"
            + rows(
                lines
                + [
                    ("Item(s) Subtotal", f"${money(sub)}"),
                    ("Shipping &amp; Handling", "$0.00"),
                    ("Estimated tax to be collected", f"${money(t)}"),
                    ("Order Total", f"${money(tot)}"),
                ],
                bold_last=True,
            )
        )
        add(
            sent,
            S,
            f"Your Amazon.com order #{oid}",
            html=html_doc("Amazon.com", inner, color="#232f3e", logo="amazon", footer=foot),
            slug="amazon-order",
        )
    inner = (
        "<p>Hello Marcus,</p><p>We've processed your refund for order #112-9055128-7713012.</p>"
        + rows(
            [("Ninja AF101 Air Fryer", "$89.99"), ("Tax refund", "$6.75"), ("Total refund", "$96.74")],
            bold_last=True,
        )
        + "<p>Refund will appear on your Visa ending 4417 in 3&ndash;5 business days.</p>"
    )
    add(
        when(2026, 11, 6, 11, 12, "pt"),
        ("Amazon.com", "return@amazon.com"),
        "Your refund for Ninja AF101 Air Fryer",
        html=html_doc("Amazon.com", inner, color="#232f3e", logo="amazon", footer=foot),
        slug="amazon-refund",
    )


def walmart_plus():
    S = ("Walmart+", "help@walmart.com")
    foot = (
        "Walmart Inc., 702 SW 8th St, Bentonville, AR 72716. &copy; 2026 Walmart. All rights reserved.<br>"
        "Walmart+ membership terms apply. Cancel anytime in Account &gt; Walmart+."
    )
    lbl = ["Walmart+"]
    inner = (
        "<p>Hi Marcus,</p><p>Welcome to Walmart+! Your <b>30-day free trial</b> started today.</p>"
        "<p>Enjoy free delivery from your store on orders $35+, member prices on fuel, and Paramount+ Essential on us.</p>"
        "<p>Your trial ends on <b>January 9, 2026</b>. After that, your monthly membership will automatically renew at "
        "<b>$12.95/month plus applicable taxes</b> unless you cancel.</p>"
    )
    add(
        when(2025, 12, 10, 16, 33, "ct"),
        S,
        "Welcome to Walmart+! Your free trial has started",
        html=html_doc("Walmart+", inner, color="#0071dc", logo="Walmart+", footer=foot),
        labels=lbl,
        slug="walmart-plus-trial",
    )
    inner = (
        "<p>Hi Marcus,</p><p>Just a reminder: your Walmart+ free trial ends on <b>January 9, 2026</b>. "
        "We'll charge $12.95 plus tax to your Visa ending 4417 then, and every month after until you cancel.</p>"
    )
    t, tot = taxed(12.95)
    for d in (D(2026, 1, 9), D(2026, 4, 9)):
        inner = "<p>Hi Marcus,</p><p>Thanks for being a Walmart+ member. Here's your receipt.</p>" + rows(
            [
                ("Walmart+ Monthly membership", "$12.95"),
                ("Tax", f"${money(t)}"),
                ("Total", f"${money(tot)}"),
                ("Next billing date", long_date(D(d.year, d.month + 1, 9))),
            ],
            bold_last=False,
        )
        add(
            when(d.year, d.month, d.day, 3, 12, "ct"),
            S,
            "Your Walmart+ membership payment",
            html=html_doc("Walmart+", inner, color="#0071dc", logo="Walmart+", footer=foot),
            labels=lbl,
            slug="walmart-plus-receipt",
        )
    t2, tot2 = taxed(98.00)
    inner = (
        "<p>Hi Marcus,</p><p>You switched to an <b>annual</b> Walmart+ membership. Nice choice &mdash; you're saving $57.40 a year.</p>"
        + rows(
            [
                ("Walmart+ Annual membership", "$98.00"),
                ("Tax", f"${money(t2)}"),
                ("Total charged", f"${money(tot2)}"),
                ("Membership renews", "July 9, 2027"),
            ]
        )
        + "<p>Your membership will renew automatically each year at the then-current annual price plus tax.</p>"
    )
    add(
        when(2026, 7, 9, 8, 55, "ct"),
        S,
        "You've switched to an annual Walmart+ membership",
        html=html_doc("Walmart+", inner, color="#0071dc", logo="Walmart+", footer=foot),
        labels=lbl,
        slug="walmart-plus-annual",
    )
    inner = (
        "<p>Hi Marcus,</p><p>Thanks for your order #200012-48871930. Pickup at Walmart Supercenter, 3657 E Main St, Columbus.</p>"
        + rows(
            [
                ("Great Value Whole Milk 1 gal x2", "$6.48"),
                ("Bananas 2 lb", "$1.04"),
                ("Pampers Pull-Ups 4T", "$27.97"),
                ("Subtotal", "$35.49"),
                ("Tax", "$2.10"),
                ("Total", "$37.59"),
            ],
            bold_last=True,
        )
    )
    add(
        when(2026, 9, 13, 9, 21, "ct"),
        ("Walmart.com", "help@walmart.com"),
        "Your order is ready for pickup",
        html=html_doc("Walmart", inner, color="#0071dc", logo="Walmart", footer=foot),
        slug="walmart-order",
    )


# ================================================================ STREAMING & MUSIC
def netflix():
    S = ("Netflix", "info@account.netflix.com")
    foot = (
        "Questions? Call 1-866-579-7172<br>Netflix International B.V. / Netflix, Inc., 121 Albright Way, Los Gatos, CA 95032, USA<br>"
        "This account email has been sent to you as part of your Netflix membership."
    )
    lbl = ["Netflix"]
    for d in (D(2026, 1, 9), D(2026, 8, 10), D(2026, 11, 10)):
        nxt = D(d.year + (d.month == 12), d.month % 12 + 1, d.day)
        inner = (
            "<p>Hi Marcus,</p><p>Thanks for staying with us. Here are the details of your most recent payment.</p>"
            + rows(
                [
                    ("Plan", "Standard"),
                    ("Payment date", long_date(d)),
                    ("Amount", "$17.99"),
                    ("Payment method", "Visa &bull;&bull;&bull;&bull; 4417"),
                    ("Next billing date", long_date(nxt)),
                ]
            )
        )
        add(
            when(d.year, d.month, d.day, 4, 10, "pt"),
            S,
            "Your Netflix payment receipt" if d.month != 1 else "Netflix: your payment was successful",
            html=html_doc(
                "Netflix",
                inner,
                color="#000000",
                logo="<span style='color:#e50914'>NETFLIX</span>",
                footer=foot,
            ),
            labels=lbl,
            slug="netflix-receipt",
        )
    inner = (
        "<p>Hi Marcus,</p><p>We're having some trouble with your current billing information. We'll try again, "
        "but in the meantime you may want to update your payment details.</p><p>Your Visa ending in 4417 was declined for "
        "your Standard plan payment of $17.99 on April 9, 2026.</p>"
        '<p><a href="https://www.netflix.com/YourAccountPayment" style="background:#e50914;color:#fff;padding:10px 18px;">Update Account Now</a></p>'
    )
    add(
        when(2026, 4, 9, 5, 2, "pt"),
        S,
        "Your account is on hold: update your payment details",
        html=html_doc(
            "Netflix", inner, color="#000000", logo="<span style='color:#e50914'>NETFLIX</span>", footer=foot
        ),
        labels=lbl,
        slug="netflix-declined",
    )
    inner = (
        "<p>Hi Marcus,</p><p>Your payment method was updated and your account is active again.</p>"
        + rows(
            [
                ("Plan", "Standard"),
                ("Amount charged", "$17.99"),
                ("Payment method", "Mastercard &bull;&bull;&bull;&bull; 9034"),
                ("Next billing date", "May 10, 2026"),
            ]
        )
    )
    add(
        when(2026, 4, 10, 19, 44, "pt"),
        S,
        "Your payment information has been updated",
        html=html_doc(
            "Netflix", inner, color="#000000", logo="<span style='color:#e50914'>NETFLIX</span>", footer=foot
        ),
        labels=lbl,
        slug="netflix-updated",
    )
    inner = "<p>New this week: Stranger Things: Tales From '85, a new season of Wednesday, and the Netflix Cup live.</p>"
    add(
        when(2026, 11, 14, 9, 0, "pt"),
        ("Netflix", "info@mailer.netflix.com"),
        "Marcus, new on Netflix this week",
        html=html_doc(
            "Netflix", inner, color="#000000", logo="<span style='color:#e50914'>NETFLIX</span>", footer=foot
        ),
        headers=unsub("mailer.netflix.com"),
        slug="netflix-new",
    )


def disney():
    S = ("Disney+", "disneyplus@trx.mail2.disneyplus.com")
    foot = (
        "Disney Streaming Services LLC, 500 S. Buena Vista Street, Burbank, CA 91521. &copy; 2026 Disney and its related entities.<br>"
        "You received this transactional email as part of your subscription."
    )
    lbl = ["Disney+ Hulu Bundle"]
    for d, amt in ((D(2026, 1, 21), 10.99), (D(2026, 10, 21), 12.99)):
        inner = (
            "<p>Hi Marcus,</p><p>Thanks for subscribing. Here's your receipt.</p>"
            + rows(
                [
                    ("Disney+, Hulu Bundle Basic (With Ads) &mdash; monthly", f"${money(amt)}"),
                    ("Tax", "$0.00"),
                    ("Total", f"${money(amt)}"),
                    ("Billing date", us_date(d)),
                    ("Order ID", f"{RNG.randrange(10**15, 10**16)}"),
                ],
                bold_last=False,
            )
            + "<p>Your subscription renews automatically each month until you cancel.</p>"
        )
        add(
            when(d.year, d.month, d.day, 6, 3, "pt"),
            S,
            "Your Disney+ receipt",
            html=html_doc("Disney+", inner, color="#0e1b4d", logo="Disney+", footer=foot),
            labels=lbl,
            slug="disney-receipt",
        )
    inner = (
        "<p>Hi Marcus,</p><p>We're writing to let you know that the price of your <b>Disney+, Hulu Bundle Basic</b> subscription "
        "will increase from $10.99/month to <b>$12.99/month</b> (plus applicable tax), starting with your first billing date on or after "
        "<b>October 21, 2026</b>.</p><p>No action is needed to keep your subscription. You can change or cancel your plan any time in Account.</p>"
    )
    add(
        when(2026, 9, 10, 14, 0, "pt"),
        S,
        "An update on your Disney+ subscription price",
        html=html_doc("Disney+", inner, color="#0e1b4d", logo="Disney+", footer=foot),
        labels=lbl,
        slug="disney-price",
    )
    inner = "<p>Stream the holidays: new family movies, Marvel and the complete Bluey collection.</p>"
    add(
        when(2026, 11, 21, 10, 0, "pt"),
        ("Disney+", "disneyplus@mail.disneyplus.com"),
        "Your holiday watchlist is here ✨",
        html=html_doc("Disney+", inner, color="#0e1b4d", logo="Disney+", footer=foot),
        headers=unsub("mail.disneyplus.com"),
        slug="disney-promo",
    )


def youtube_tv():
    S = ("YouTube TV", "youtube-noreply@google.com")
    foot = "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043.<br>You received this email to inform you about important changes to your YouTube TV membership."
    lbl = ["YouTube TV"]
    for d in (D(2025, 12, 18), D(2026, 6, 18), D(2026, 11, 18)):
        nxt = D(d.year + (d.month == 12), d.month % 12 + 1, 18)
        inner = (
            "<p>Google Play / YouTube order receipt</p>"
            + rows(
                [
                    (
                        "Order number",
                        f"GPA.{RNG.randrange(1000, 9999)}-{RNG.randrange(1000, 9999)}-{RNG.randrange(1000, 9999)}-{RNG.randrange(10000, 99999)}",
                    ),
                    ("Order date", long_date(d)),
                    ("Item", "YouTube TV Base Plan (YouTube TV)"),
                    ("Auto-renewing subscription", "Monthly"),
                    ("Price", "$82.99/month"),
                    ("Tax", "$0.00"),
                    ("Total", "$82.99/month"),
                    ("Next charge", long_date(nxt)),
                ]
            )
            + "<p>Payment method: Visa-4417</p>"
        )
        add(
            when(d.year, d.month, d.day, 2, 33, "pt"),
            ("Google Payments", "payments-noreply@google.com"),
            f"Your YouTube TV receipt from {d.strftime('%b')} {d.day}, {d.year}",
            html=html_doc(
                "Google",
                inner,
                color="#ffffff",
                logo="<span style='color:#5f6368'>Google</span>",
                footer=foot,
            ),
            labels=lbl,
            slug="google-youtube-tv",
        )
    inner = (
        "<p>Hi Marcus,</p><p>Thanks for being a YouTube TV member. We're writing to let you know the price of the YouTube TV Base Plan "
        "is increasing from $82.99 to <b>$89.99 per month</b>, effective with your next billing cycle on <b>December 18, 2026</b>.</p>"
        "<p>This reflects the rising cost of content. You'll continue to get 100+ channels, unlimited DVR space and 6 accounts per household.</p>"
        "<p>You can pause or cancel your membership at any time at tv.youtube.com/settings.</p>"
    )
    add(
        when(2026, 11, 3, 12, 5, "pt"),
        S,
        "Upcoming changes to your YouTube TV membership",
        html=html_doc("YouTube TV", inner, color="#ff0000", logo="YouTube TV", footer=foot),
        labels=lbl,
        slug="youtube-tv-price",
    )


def peacock():
    S = ("Peacock", "peacock@mail.peacocktv.com")
    foot = (
        "&copy; 2026 Peacock TV LLC. All Rights Reserved. 30 Rockefeller Plaza, New York, NY 10112.<br>"
        '<a href="https://www.peacocktv.com/privacy">Privacy Policy</a>'
    )
    lbl = ["Peacock Premium"]
    inner = (
        "<p>Hi Marcus,</p><p>Your <b>Peacock Premium Annual</b> plan will automatically renew on <b>April 3, 2026</b> for "
        "<b>$79.99</b> (plus applicable taxes) for another year.</p><p>No action needed. To make changes, visit Account &gt; Plans &amp; Payment.</p>"
    )
    add(
        when(2026, 3, 4, 11, 0),
        S,
        "Your Peacock plan renews soon",
        html=html_doc("Peacock", inner, color="#000000", logo="peacock", footer=foot),
        labels=lbl,
        slug="peacock-reminder",
    )
    inner = "<p>Thanks for renewing, Marcus!</p>" + rows(
        [
            ("Plan", "Peacock Premium &mdash; Annual"),
            ("Amount", "$79.99"),
            ("Tax", "$0.00"),
            ("Total", "$79.99"),
            ("Date", "04/03/2026"),
            ("Renews", "04/03/2027"),
        ]
    )
    add(
        when(2026, 4, 3, 4, 22),
        S,
        "Your Peacock receipt",
        html=html_doc("Peacock", inner, color="#000000", logo="peacock", footer=foot),
        labels=lbl,
        slug="peacock-receipt",
    )
    inner = (
        "<p>Sunday Night Football is on Peacock. Plus the new season of The Office: Superfan Episodes.</p>"
    )


def spotify():
    S = ("Spotify", "no-reply@spotify.com")
    foot = "Spotify USA Inc., 150 Greenwich Street, 62nd Floor, New York, NY 10007, USA"
    lbl = ["Spotify Premium Family"]
    for d in (D(2026, 2, 23), D(2026, 7, 23), D(2026, 11, 23)):
        txt = (
            f"Spotify\n\nYour receipt\n\nHi Marcus,\n\nThanks for your payment.\n\nDate: {long_date(d)}\nOrder ID: {RNG.randrange(10**13, 10**14)}\n\n"
            "Premium Family                 $19.99\nTax                             $0.00\nTotal                          $19.99\n\n"
            "Paid with Mastercard ending 9034\n\nYour plan renews monthly. Manage your plan: https://www.spotify.com/account\n\n"
            + foot
            + "\n"
        )
        inner = (
            "<p>Hi Marcus,</p><p>Thanks for your payment.</p>"
            + rows([("Premium Family", "$19.99"), ("Tax", "$0.00"), ("Total", "$19.99")], bold_last=True)
            + f"<p>Date: {long_date(d)}<br>Your plan renews monthly.</p>"
        )
        add(
            when(d.year, d.month, d.day, 8, 1, "utc"),
            S,
            "Your Spotify Premium receipt",
            text=txt,
            html=html_doc(
                "Spotify",
                inner,
                color="#191414",
                logo="<span style='color:#1db954'>Spotify</span>",
                footer=foot,
            ),
            labels=lbl,
            slug="spotify-receipt",
        )
    inner = "<p>Your 2025 Wrapped is here. See your top artists, songs and the genres you couldn't stop playing.</p>"
    add(
        when(2025, 12, 3, 13, 0, "utc"),
        ("Spotify", "no-reply@email.spotify.com"),
        "Your 2025 Wrapped is ready 🎉",
        html=html_doc("Spotify", inner, color="#191414", logo="Spotify", footer=foot),
        headers=unsub("email.spotify.com"),
        slug="spotify-wrapped",
    )


# ================================================================ APPLE, MICROSOFT
def _apple_receipt(d, item, sub, amt, apple_id, order, doc, renews, who="Marcus Whitfield"):
    foot = (
        "Apple Media Services Terms and Conditions | Privacy Policy<br>Copyright &copy; 2026 Apple Inc. One Apple Park Way, "
        "Cupertino, CA 95014, United States. All rights reserved."
    )
    inner = (
        "<p style='font-size:22px;'>Receipt</p>"
        + rows(
            [
                ("APPLE ACCOUNT", apple_id),
                ("DATE", d.strftime("%b ") + str(d.day) + d.strftime(", %Y")),
                ("ORDER ID", order),
                ("DOCUMENT NO.", doc),
                ("BILLED TO", f"Visa .... 4417<br>{who}<br>1487 Kenwick Rd<br>Columbus, OH 43209<br>USA"),
            ]
        )
        + "<p style='font-weight:bold;margin-top:16px;'>App Store</p>"
        + rows(
            [
                (f"{item}<br><span style='color:#888'>{sub}<br>Renews {renews}</span>", f"${money(amt)}"),
                ("Subtotal", f"${money(amt)}"),
                ("Tax", "$0.00"),
                ("TOTAL", f"${money(amt)}"),
            ],
            bold_last=True,
        )
        + '<p>Manage: <a href="https://apps.apple.com/account/subscriptions">Subscriptions</a> &bull; '
        '<a href="https://reportaproblem.apple.com">Report a Problem</a></p>'
    )
    return html_doc(
        "Your receipt from Apple.",
        inner,
        color="#ffffff",
        logo="<span style='color:#000'>&#63743;</span>",
        footer=foot,
    )


def apple():
    S = ("Apple", "no_reply@email.apple.com")
    oid = lambda: "M" + "".join(RNG.choice("ABCDEFGHJKLMNPQRSTVWXYZ0123456789") for _ in range(9))
    doc = lambda: str(RNG.randrange(10**11, 10**12))
    # iCloud+: 200 GB shared with family, upgraded to 2 TB in May
    for d, amt, plan in (
        (D(2025, 12, 27), 2.99, "iCloud+ with 200 GB (Monthly)"),
        (D(2026, 5, 12), 9.99, "iCloud+ with 2 TB (Monthly)"),
        (D(2026, 11, 12), 9.99, "iCloud+ with 2 TB (Monthly)"),
    ):
        nxt = D(d.year + (d.month == 12), d.month % 12 + 1, d.day)
        add(
            when(d.year, d.month, d.day, 7, 41, "utc"),
            S,
            "Your receipt from Apple.",
            html=_apple_receipt(
                d, "iCloud+", plan, amt, "marcus.whitfield@gmail.com", oid(), doc(), us_date(nxt)
            ),
            labels=["iCloud+"],
            slug="apple-receipt-icloud",
            html_cte="quoted-printable",
        )
    inner = (
        "<p>Dear Marcus,</p><p>You've upgraded to iCloud+ with 2 TB of storage. You'll be charged $9.99 per month, starting today. "
        "Your storage plan is shared with your Family Sharing group.</p>"
        "<p>Your 200 GB plan will be refunded on a pro-rated basis. Your subscription will automatically renew each month unless you "
        "change or cancel it at least 24 hours before the renewal date.</p><p>The iCloud Team</p>"
    )
    add(
        when(2026, 5, 12, 7, 38, "utc"),
        ("iCloud", "noreply@email.apple.com"),
        "Your iCloud storage upgrade",
        html=html_doc(
            "iCloud",
            inner,
            color="#ffffff",
            logo="<span style='color:#000'>iCloud</span>",
            footer="Apple Inc. One Apple Park Way, Cupertino, CA 95014",
        ),
        labels=["iCloud+"],
        slug="icloud-upgrade",
    )
    # Roblox Premium bought by Ava through Family Sharing (Ask to Buy); receipts go to the organizer
    inner = (
        "<p>Dear Marcus,</p><p>You've approved a subscription request from <b>Ava Whitfield</b>.</p>"
        + rows(
            [
                ("Subscription", "Roblox Premium 1000"),
                ("App", "Roblox"),
                ("Price", "$9.99 per month"),
                ("Content provider", "Roblox Corporation"),
                ("Renews", "01/03/2026"),
            ]
        )
        + "<p>This subscription will automatically renew until cancelled. To manage, go to Settings &gt; [Ava] &gt; Subscriptions.</p>"
    )
    add(
        when(2025, 12, 3, 23, 18, "utc"),
        S,
        "Subscription Confirmation",
        html=html_doc(
            "Apple",
            inner,
            color="#ffffff",
            logo="<span style='color:#000'>&#63743;</span>",
            footer="Apple Inc. One Apple Park Way, Cupertino, CA 95014",
        ),
        labels=["Roblox Premium"],
        slug="apple-sub-confirm-roblox",
    )
    for d in (D(2026, 2, 3), D(2026, 9, 3), D(2026, 11, 3)):
        nxt = D(d.year + (d.month == 12), d.month % 12 + 1, 3)
        add(
            when(d.year, d.month, d.day, 9, 12, "utc"),
            S,
            "Your receipt from Apple.",
            html=_apple_receipt(
                d,
                "Roblox",
                "Roblox Premium 1000 (Monthly)",
                9.99,
                "ava.whitfield@icloud.com",
                oid(),
                doc(),
                us_date(nxt),
            ),
            labels=["Roblox Premium"],
            slug="apple-receipt-roblox",
        )
    # a one-off app purchase
    d = D(2026, 7, 2)
    add(
        when(2026, 7, 2, 18, 5, "utc"),
        S,
        "Your receipt from Apple.",
        html=_apple_receipt(
            d,
            "Toca Boca World",
            "Toca Life: Neighborhood (In-App Purchase)",
            3.99,
            "ava.whitfield@icloud.com",
            oid(),
            doc(),
            "&mdash;",
        ).replace("Renews &mdash;", "One-time purchase"),
        slug="apple-receipt-toca",
    )


def xbox():
    S = ("Microsoft", "microsoft-noreply@microsoft.com")
    foot = (
        "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA<br>"
        '<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a>'
    )
    lbl = ["Xbox Game Pass"]
    inner = (
        "<p>Hi Marcus,</p><p>Thanks for your purchase. Here's your receipt.</p>"
        + rows(
            [
                ("Order number", "9" + str(RNG.randrange(10**15, 10**16))),
                ("Order date", "12/14/2025"),
                ("Xbox Game Pass Ultimate &mdash; 1 month (renewing)", "$29.99"),
                ("Tax", "$0.00"),
                ("Total", "$29.99"),
            ]
        )
        + "<p>Billed to PayPal (marcus.whitfield@gmail.com). Microsoft account: ava.gamer.whitfield@outlook.com (family member)</p>"
    )
    add(
        when(2025, 12, 14, 1, 10, "pt"),
        S,
        "Your purchase of Xbox Game Pass Ultimate has been processed",
        html=html_doc("Microsoft", inner, color="#107c10", logo="Microsoft", footer=foot),
        html_cte="base64",
        labels=lbl,
        slug="microsoft-gamepass",
    )
    inner = (
        "<p>Hi Marcus,</p><p>Your subscription has been changed.</p>"
        + rows(
            [
                ("Previous plan", "Xbox Game Pass Ultimate ($29.99/month)"),
                ("New plan", "Xbox Game Pass Premium"),
                ("New price", "$14.99/month"),
                ("Starting", "March 14, 2026"),
            ]
        )
        + "<p>You'll keep your Ultimate benefits until the end of the current billing period.</p>"
    )
    add(
        when(2026, 2, 20, 16, 40, "pt"),
        S,
        "Your Xbox subscription has changed",
        html=html_doc("Microsoft", inner, color="#107c10", logo="Microsoft", footer=foot),
        html_cte="base64",
        labels=lbl,
        slug="microsoft-gamepass-change",
    )
    for d in (D(2026, 3, 14), D(2026, 11, 14)):
        inner = "<p>Hi Marcus,</p><p>Your Xbox Game Pass Premium subscription has renewed.</p>" + rows(
            [
                ("Order number", "9" + str(RNG.randrange(10**15, 10**16))),
                ("Order date", us_date(d)),
                ("Xbox Game Pass Premium &mdash; 1 month", "$14.99"),
                ("Tax", "$0.00"),
                ("Total", "$14.99"),
                ("Next renewal", us_date(D(d.year + (d.month == 12), d.month % 12 + 1, 14))),
            ]
        )
        add(
            when(d.year, d.month, d.day, 1, 3, "pt"),
            S,
            "Your Microsoft order has been processed",
            html=html_doc("Microsoft", inner, color="#107c10", logo="Microsoft", footer=foot),
            html_cte="base64",
            labels=lbl,
            slug="microsoft-order",
        )
    inner = "<p>New to Game Pass this month: Minecraft Legends, Forza Horizon 6 and more. Download now.</p>"
    add(
        when(2026, 10, 7, 10, 0, "pt"),
        ("Xbox", "xbox@engage.xbox.com"),
        "Coming soon to Xbox Game Pass",
        html=html_doc("Xbox", inner, color="#107c10", logo="XBOX", footer=foot),
        headers=unsub("engage.xbox.com"),
        slug="xbox-news",
    )


# ================================================================ HOME SERVICES, MEAL KIT
def lawn_care():
    S = ("Buckeye Turf & Lawn", "messenger@squareup.com")
    lbl = ["Buckeye Turf & Lawn"]
    t, tot = taxed(58.00)
    txt = (
        "Hi Marcus & Dana,\n\nThanks for signing up again for our 6-Step Lawn Program for 2026! Here's how billing works:\n\n"
        f"- $58.00 per month + 7.5% sales tax (${money(t)}) = ${money(tot)}, April through October (7 payments)\n"
        "- Charged automatically to your card on file on the 15th of each month during the season\n"
        "- Includes fertilization, crabgrass pre-emergent, broadleaf weed control and grub prevention\n\n"
        "Your first application is scheduled for the week of April 6.\n\n"
        "Thanks,\nRick Baumann\nBuckeye Turf & Lawn LLC\n(614) 555-0175\n"
    )
    add(
        when(2026, 3, 10, 17, 22),
        ("Rick Baumann", "rick@buckeyeturflawn.com"),
        "Your 2026 lawn program",
        text=txt,
        text_cte="7bit",
        labels=lbl,
        slug="buckeye-turf-program",
    )
    for d in (D(2026, 4, 15), D(2026, 7, 15), D(2026, 10, 15)):
        inner = (
            f"<p style='font-size:18px;'>$ {money(tot)}</p><p>Paid to Buckeye Turf &amp; Lawn on {long_date(d)}</p>"
            + rows(
                [
                    ("Monthly Lawn Program (6-Step)", "$58.00"),
                    ("Sales Tax (7.5%)", f"${money(t)}"),
                    ("Total", f"${money(tot)}"),
                ],
                bold_last=True,
            )
            + f"<p>Visa 4417 &middot; Auth code {RNG.randrange(100000, 999999)}</p>"
            "<p>Buckeye Turf &amp; Lawn LLC &middot; 5150 Refugee Rd, Columbus, OH 43232 &middot; (614) 555-0175</p>"
        )
        add(
            when(d.year, d.month, d.day, 8, 0),
            S,
            "Receipt from Buckeye Turf & Lawn",
            html=html_doc(
                "Square",
                inner,
                color="#ffffff",
                logo="<span style='color:#000'>Buckeye Turf &amp; Lawn</span>",
                footer="Square, Inc. 1455 Market Street, Suite 600, San Francisco, CA 94103. Not your receipt? Contact the seller.",
            ),
            labels=lbl,
            slug="square-buckeye-turf",
        )
    txt = (
        "Hi Marcus & Dana,\n\nThat's a wrap on the 2026 season - the final winterizer went down this week and your October payment "
        "was the last one for the year.\n\nUnless you tell us otherwise, you're automatically renewed for the 2027 program at the "
        f"same price (${money(tot)}/mo incl. tax, April-October). Your first 2027 payment will be charged on April 15, 2027.\n\n"
        "Want aeration and overseeding this fall? Reply and we'll get you on the schedule ($145 + tax, one time).\n\n"
        "Rick\nBuckeye Turf & Lawn LLC\n(614) 555-0175\n"
    )
    add(
        when(2026, 10, 30, 16, 5),
        ("Rick Baumann", "rick@buckeyeturflawn.com"),
        "Season wrap-up + your 2027 program",
        text=txt,
        text_cte="7bit",
        labels=lbl,
        slug="buckeye-turf-wrapup",
    )


def orkin():
    S = ("Orkin", "donotreply@orkin.com")
    foot = (
        "Orkin, LLC. 2170 Piedmont Rd NE, Atlanta, GA 30324. Orkin Columbus branch: 1550 Westbelt Dr, Columbus, OH 43228, (614) 555-0123.<br>"
        "You are receiving this email because you are an Orkin customer."
    )
    lbl = ["Orkin Pest Control"]
    t, tot = taxed(129.00)
    visits = [
        (D(2026, 1, 20), D(2026, 4, 21)),
        (D(2026, 4, 21), D(2026, 7, 21)),
        (D(2026, 7, 21), D(2026, 10, 20)),
        (D(2026, 10, 20), D(2027, 1, 19)),
    ]
    for i, (d, nxt) in enumerate(visits):
        inv = f"{RNG.randrange(10**8, 10**9)}"
        inner = (
            "<p>Hello Marcus Whitfield,</p><p>Thank you for choosing Orkin. Your technician, Derek S., completed your service today.</p>"
            + rows(
                [
                    ("Account #", "47-2209815"),
                    ("Invoice #", inv),
                    ("Service", "Pest Protection Plus &mdash; Quarterly Service"),
                    ("Service date", us_date(d)),
                    ("Service charge", f"${money(129.00)}"),
                    ("Sales tax", f"${money(t)}"),
                    ("Total", f"${money(tot)}"),
                    ("Paid", "AutoPay &mdash; card ending 4417"),
                ]
            )
            + f"<p>Your next service is scheduled for <b>{long_date(nxt)}</b>.</p>"
        )
        html = html_doc("Orkin", inner, color="#d71920", logo="ORKIN", footer=foot)
        if i == 1:
            continue
        if i == 2:
            fwd = (
                f"<div>FYI, pest guy came. Should we ask about the wasps by the garage?</div><br><div>---------- Forwarded message ---------<br>"
                f"From: Orkin &lt;donotreply@orkin.com&gt;<br>Date: {d.strftime('%a, %b ')}{d.day}, {d.year} at 2:14 PM<br>"
                f"Subject: Your Orkin service invoice<br>To: &lt;dana.whitfield@gmail.com&gt;</div><br>"
            )
            add(
                when(d.year, d.month, d.day, 18, 52),
                DANA,
                "Fwd: Your Orkin service invoice",
                text=(
                    "FYI, pest guy came. Should we ask about the wasps by the garage?\n\n---------- Forwarded message ---------\n"
                    f"From: Orkin <donotreply@orkin.com>\nDate: {d.strftime('%a, %b ')}{d.day}, {d.year} at 2:14 PM\n"
                    "Subject: Your Orkin service invoice\nTo: <dana.whitfield@gmail.com>\n\n"
                    f"Hello Marcus Whitfield,\nThank you for choosing Orkin. Your technician completed your service today.\n"
                    f"Account #: 47-2209815\nInvoice #: {inv}\nService: Pest Protection Plus - Quarterly Service\n"
                    f"Service charge: ${money(129.00)}\nSales tax: ${money(t)}\nTotal: ${money(tot)}\n"
                    f"Your next service is scheduled for {long_date(nxt)}.\n"
                ),
                html=fwd + html.split("<body", 1)[1].split(">", 1)[1].rsplit("</body>", 1)[0],
                labels=lbl,
                slug="fwd-orkin",
                msgid_domain="mail.gmail.com",
            )
        else:
            add(
                when(d.year, d.month, d.day, 14, 14),
                S,
                "Your Orkin service invoice",
                html=html,
                labels=lbl,
                slug="orkin-invoice",
            )
    inner = (
        f"<p>Hello Marcus,</p><p>This is a reminder that your quarterly Orkin service is scheduled for <b>{long_date(D(2026, 10, 20))}</b> "
        "between 8:00 AM and 12:00 PM. No need to be home for exterior-only service.</p>"
    )
    add(
        when(2026, 10, 18, 9, 0),
        S,
        "Reminder: Your Orkin service is coming up",
        html=html_doc("Orkin", inner, color="#d71920", logo="ORKIN", footer=foot),
        labels=lbl,
        slug="orkin-reminder",
    )


def simplisafe():
    S = ("SimpliSafe", "billing@simplisafe.com")
    foot = (
        "SimpliSafe, Inc. 100 Summer Street, Suite 300, Boston, MA 02110. Monitoring provided by SimpliSafe. "
        "Ohio License #: 53-89-1489.<br>Questions? Call (888) 957-4675."
    )
    lbl = ["SimpliSafe"]
    t, tot = taxed(31.99)
    for d in (D(2026, 2, 26), D(2026, 7, 26), D(2026, 10, 26)):
        inner = (
            "<p>Hi Marcus,</p><p>Thanks for protecting your home with SimpliSafe. Your monthly monitoring payment was successful.</p>"
            + rows(
                [
                    ("Fast Protect&trade; Monitoring", "$31.99"),
                    ("Sales tax", f"${money(t)}"),
                    ("Total", f"${money(tot)}"),
                    ("Billing date", us_date(d)),
                    ("Next billing date", us_date(D(d.year, d.month + 1, 26))),
                ],
                bold_last=False,
            )
            + "<p>Card on file: Visa ending 4417.</p>"
        )
        add(
            when(d.year, d.month, d.day, 6, 30),
            S,
            "Your SimpliSafe receipt",
            html=html_doc("SimpliSafe", inner, color="#171c32", logo="SimpliSafe", footer=foot),
            labels=lbl,
            slug="simplisafe-receipt",
        )
    t2, tot2 = taxed(139.99)
    inner = "<p>Hi Marcus,</p><p>Thanks for your order! We'll email you when it ships.</p>" + rows(
        [
            ("Order #", "SS-2261904"),
            ("Outdoor Security Camera (white)", "$139.99"),
            ("Shipping", "FREE"),
            ("Tax", f"${money(t2)}"),
            ("Order total", f"${money(tot2)}"),
        ],
        bold_last=True,
    )
    add(
        when(2026, 5, 30, 20, 11),
        ("SimpliSafe", "orders@simplisafe.com"),
        "We got your order! #SS-2261904",
        html=html_doc("SimpliSafe", inner, color="#171c32", logo="SimpliSafe", footer=foot),
        slug="simplisafe-order",
    )


def hellofresh():
    S = ("HelloFresh", "hello@hellofresh.com")
    foot = (
        "HelloFresh, 28 Liberty St, 10th Floor, New York, NY 10005.<br>"
        '<a href="https://www.hellofresh.com/account-settings">Manage your plan</a> | <a href="https://www.hellofresh.com/unsubscribe">Unsubscribe</a>'
    )
    lbl = ["HelloFresh"]
    inner = (
        "<p>Welcome to HelloFresh, Marcus!</p><p>Your first box is on its way. Your plan: <b>3 meals for 4 people per week</b>.</p>"
        + rows(
            [
                ("First box (3 recipes x 4 servings)", "$107.88"),
                ("Intro discount (60%)", "-$64.73"),
                ("Shipping", "$10.99"),
                ("Total charged", "$54.14"),
            ],
            bold_last=True,
        )
        + "<p>From your second box on, your weekly price is $107.88 + $10.99 shipping = <b>$118.87</b>. "
        "We'll charge you each Wednesday for the following week's delivery. Skip a week or cancel anytime before the weekly cutoff.</p>"
    )
    add(
        when(2026, 1, 7, 13, 20),
        S,
        "Welcome to HelloFresh! Your first box is coming",
        html=html_doc("HelloFresh", inner, color="#067a46", logo="HelloFresh", footer=foot),
        labels=lbl,
        slug="hellofresh-welcome",
    )
    for d in (D(2026, 1, 14), D(2026, 2, 18)):
        inner = (
            "<p>Hi Marcus,</p><p>Your box for next week is confirmed and your payment has been processed.</p>"
            + rows(
                [
                    ("3 meals for 4 people", "$107.88"),
                    ("Shipping", "$10.99"),
                    ("Total", "$118.87"),
                    ("Delivery", long_date(d + _dt.timedelta(days=6))),
                ],
                bold_last=False,
            )
        )
        add(
            when(d.year, d.month, d.day, 22, 5),
            S,
            "We've charged you for your upcoming delivery",
            html=html_doc("HelloFresh", inner, color="#067a46", logo="HelloFresh", footer=foot),
            labels=lbl,
            slug="hellofresh-charge",
        )
    inner = (
        "<p>Hi Marcus,</p><p>We're sorry about the missing Sweet Potato Chili kit in your February 10 box. "
        "We've issued a refund of <b>$29.72</b> to your original payment method.</p>"
    )
    add(
        when(2026, 2, 11, 12, 40),
        ("HelloFresh Customer Care", "care@hellofresh.com"),
        "Your refund is on its way",
        html=html_doc("HelloFresh", inner, color="#067a46", logo="HelloFresh", footer=foot),
        labels=lbl,
        slug="hellofresh-refund",
    )
    inner = (
        "<p>Hi Marcus,</p><p>Your HelloFresh plan has been cancelled. We're sad to see you go!</p>"
        "<p>Your last delivery was on March 3, 2026. You won't be charged again. You can reactivate anytime in your account.</p>"
    )
    add(
        when(2026, 3, 8, 15, 2),
        S,
        "Your HelloFresh plan has been cancelled",
        html=html_doc("HelloFresh", inner, color="#067a46", logo="HelloFresh", footer=foot),
        labels=lbl,
        slug="hellofresh-cancelled",
    )
    inner = "<p>We miss you, Marcus! Come back and get <b>10 FREE meals</b> + free shipping on your first box.</p>"
    add(
        when(2026, 6, 16, 11, 0),
        ("HelloFresh", "hello@news.hellofresh.com"),
        "10 free meals are waiting for you",
        html=html_doc("HelloFresh", inner, color="#067a46", logo="HelloFresh", footer=foot),
        headers=unsub("news.hellofresh.com"),
        slug="hellofresh-winback",
    )


# ================================================================ NOT SUBSCRIPTIONS
def distractors():
    # credit cards
    for d, bal, mn, due in (
        (D(2026, 1, 6), 2841.19, 40.00, D(2026, 2, 2)),
        (D(2026, 10, 6), 2197.55, 35.00, D(2026, 11, 2)),
    ):
        inner = (
            "<p>Your Chase Freedom Unlimited&reg; statement is available</p>"
            + rows(
                [
                    ("Account ending in", "4417"),
                    ("Statement balance", f"${money(bal)}"),
                    ("Minimum payment due", f"${money(mn)}"),
                    ("Payment due date", us_date(due)),
                ]
            )
            + "<p>You have AutoPay set up to pay your statement balance from checking account ending 3310.</p>"
        )
        add(
            when(d.year, d.month, d.day, 7, 11),
            ("Chase", "no.reply.alerts@chase.com"),
            "Your credit card statement is available",
            html=html_doc(
                "Chase",
                inner,
                color="#117aca",
                logo="CHASE",
                footer="JPMorgan Chase Bank, N.A. Member FDIC. Please don't reply to this automated message.",
            ),
            slug="chase-statement",
        )
    # bank
    add(
        when(2026, 8, 28, 15, 44),
        ("Huntington Bank", "HuntingtonAlerts@email.huntington.com"),
        "Alert: Low balance in checking ending 3310",
        text="Your available balance in checking account ending 3310 is $412.63, below your alert threshold of $500.00.\n\n"
        "If you have questions, call (800) 480-2265.\n\nThe Huntington National Bank, Member FDIC.\n",
        text_cte="7bit",
        slug="huntington-alert",
    )
    # retirement / HSA
    add(
        when(2026, 4, 9, 17, 5),
        ("Fidelity Investments", "Fidelity.Investments@mail.fidelity.com"),
        "Your quarterly 401(k) statement is available",
        html=html_doc(
            "Fidelity",
            "<p>Your Nationwide 401(k) Savings Plan statement for the period 01/01/2026 - 03/31/2026 is available on NetBenefits. "
            "Your contributions this quarter: $3,412.50. Employer match: $1,365.00.</p>",
            color="#368727",
            logo="Fidelity",
            footer="Fidelity Brokerage Services LLC, Member NYSE, SIPC, 900 Salem Street, Smithfield, RI 02917",
        ),
        slug="fidelity-401k",
    )
    # church giving (recurring donation - not a subscription)
    for d in (D(2026, 1, 4), D(2026, 11, 1)):
        inner = (
            "<p>Thank you for your generosity!</p>"
            + rows(
                [
                    ("Recipient", "Northside Community Church"),
                    ("Fund", "General Fund"),
                    ("Amount", "$100.00"),
                    ("Frequency", "Recurring - every month"),
                    ("Date", us_date(d)),
                    ("Payment", "Checking ****3310"),
                ]
            )
            + "<p>No goods or services were provided in exchange for this contribution.</p>"
        )
        add(
            when(d.year, d.month, d.day, 6, 1, "mt"),
            ("Pushpay", "receipts@pushpay.com"),
            "Your gift to Northside Community Church",
            html=html_doc(
                "Pushpay",
                inner,
                color="#2a2f3a",
                logo="Northside Community Church",
                footer="Pushpay USA Inc, Redmond, WA",
            ),
            slug="pushpay-church",
        )
    # Venmo / PayPal between people
    for d, subj, body in (
        (
            D(2026, 2, 8),
            "You paid Jenna Kowalski $45.00",
            'You paid Jenna Kowalski\n$45.00\n"swim carpool gas Jan 🚗"\n',
        ),
        (
            D(2026, 5, 17),
            "Rob Whitfield paid you $120.00",
            'Rob Whitfield paid you\n$120.00\n"Mom\'s bday dinner split"\n',
        ),
        (
            D(2026, 9, 20),
            "You paid Zoë Martínez $60.00",
            'You paid Zoë Martínez\n$60.00\n"Leo\'s bday party gift pool"\n',
        ),
    ):
        add(
            when(d.year, d.month, d.day, 19, 30),
            ("Venmo", "venmo@venmo.com"),
            subj,
            text=body
            + "\nTransaction ID: "
            + str(RNG.randrange(10**18, 10**19))
            + "\nSent from your Venmo account.\n\n"
            "Venmo is a service of PayPal, Inc., a licensed provider of money transfer services. NMLS ID: 910457.\n",
            slug="venmo",
        )
    add(
        when(2026, 7, 24, 12, 17),
        ("PayPal", "service@paypal.com"),
        "Receipt for your payment to Buckeye Vintage Games",
        html=html_doc(
            "PayPal",
            "<p>You sent a payment of $38.50 USD to Buckeye Vintage Games (eBay).</p>"
            + rows(
                [("Pokemon Stadium N64 cartridge", "$32.00"), ("Shipping", "$6.50"), ("Total", "$38.50 USD")],
                bold_last=True,
            )
            + "<p>Transaction ID 7HX21448KD190832S</p>",
            color="#003087",
            logo="PayPal",
            footer="PayPal, Inc. 2211 N First St, San Jose, CA 95131. Please do not reply.",
        ),
        slug="paypal-ebay",
    )
    # school fundraiser, PTO, district
    add(
        when(2026, 10, 2, 20, 12),
        ("Cherrybrook Elementary PTO", "orders@ptoshop.org"),
        "Order confirmation - Fall cookie dough fundraiser",
        html=html_doc(
            "PTO",
            "<p>Thank you for supporting Cherrybrook Elementary PTO!</p>"
            + rows(
                [
                    ("Chocolate Chip Cookie Dough 3lb x2", "$36.00"),
                    ("Snickerdoodle 3lb x1", "$18.00"),
                    ("Total", "$54.00"),
                ],
                bold_last=True,
            )
            + "<p>Seller: Ava Whitfield (Grade 5, Ms. Patel). Pickup at school on Nov 14.</p>",
            color="#7b2d8b",
            logo="Cherrybrook PTO",
            footer="Cherrybrook Elementary PTO is a 501(c)(3) organization.",
        ),
        slug="pto-fundraiser",
    )
    add(
        when(2026, 11, 24, 16, 0),
        ("Bexley City Schools", "news@bexleyschools.org"),
        "Bexley Schools Weekly: Thanksgiving break, winter concerts",
        html=html_doc(
            "Bexley City Schools",
            "<p>No school Nov 25-27. Winter concert schedule is posted. Reminder: free and reduced lunch forms are due Dec 5.</p>",
            color="#8b0000",
            logo="Bexley City Schools",
            footer="348 S Cassingham Rd, Bexley, OH 43209",
        ),
        headers=unsub("bexleyschools.org"),
        slug="school-news",
    )
    # Target
    for d, oid, items in (
        (
            D(2026, 3, 21),
            "912001847733214",
            [("Cat & Jack Kids' Rain Jacket", 30.00), ("up&up Kids Sunscreen", 8.49)],
        ),
        (
            D(2026, 11, 28),
            "912004471900862",
            [("Nintendo Switch 2 Mario Kart World Bundle", 499.99), ("LEGO Star Wars X-Wing", 59.99)],
        ),
    ):
        sub = round(sum(p for _, p in items), 2)
        t, tot = taxed(sub)
        inner = (
            f"<p>Thanks for your order, Marcus!</p><p>Order #{oid}</p>"
            + rows(
                [(n, f"${money(p)}") for n, p in items]
                + [
                    ("Subtotal", f"${money(sub)}"),
                    ("Estimated tax", f"${money(t)}"),
                    ("Total", f"${money(tot)}"),
                ],
                bold_last=True,
            )
            + "<p>Order Pickup at Target Columbus East, 3955 E Broad St.</p>"
        )
        add(
            when(d.year, d.month, d.day, 10, 14, "ct"),
            ("Target", "orders@oe.target.com"),
            f"Thanks for your order #{oid}",
            html=html_doc(
                "Target",
                inner,
                color="#cc0000",
                logo="Target",
                footer="Target Corporation, 1000 Nicollet Mall, Minneapolis, MN 55403",
            ),
            slug="target-order",
        )
    add(
        when(2026, 11, 28, 15, 2, "ct"),
        ("Target", "orders@oe.target.com"),
        "Your order is ready for pickup",
        text="Hi Marcus, your order #912004471900862 is ready at Target Columbus East. Bring your ID. Pickup by Dec 4.\n",
        slug="target-pickup",
    )
    # Costco.com one-off
    t, tot = taxed(1299.99)
    add(
        when(2026, 6, 20, 9, 3, "pt"),
        ("Costco.com", "orders@costco.com"),
        "Your Costco.com Order Number 1208891733 Has Been Received",
        html=html_doc(
            "Costco",
            "<p>Thank you for your order.</p>"
            + rows(
                [
                    ("Yardistry 12' x 16' Cedar Pavilion", "$1,299.99"),
                    ("Shipping", "Included"),
                    ("Tax", f"${money(t)}"),
                    ("Order total", f"${money(tot)}"),
                ],
                bold_last=True,
            ),
            color="#005daa",
            logo="COSTCO.COM",
            footer="Costco Wholesale Corporation, 999 Lake Drive, Issaquah, WA 98027",
        ),
        slug="costco-com-order",
    )
    # Ticketmaster
    add(
        when(2026, 2, 2, 21, 10),
        ("Ticketmaster", "customer_support@email.ticketmaster.com"),
        "You Got Tickets To Columbus Blue Jackets vs. Detroit Red Wings",
        html=html_doc(
            "Ticketmaster",
            "<p>Order #42-11873/CLB</p>"
            + rows(
                [
                    ("Sec 105, Row K, Seats 7-10", "4 x $68.00"),
                    ("Service fees", "$58.40"),
                    ("Order processing fee", "$6.95"),
                    ("Total", "$337.35"),
                ],
                bold_last=True,
            )
            + "<p>Nationwide Arena &mdash; Sat, Mar 14, 2026 7:00 PM</p>",
            color="#026cdf",
            logo="ticketmaster",
            footer="Ticketmaster L.L.C., 9348 Civic Center Drive, Beverly Hills, CA 90210",
        ),
        slug="ticketmaster",
    )
    # marketing from services not used
    add(
        when(2026, 4, 14, 12, 30),
        ("Spectrum", "spectrum@exchange.spectrum.com"),
        "Marcus, get Spectrum Internet® for $30/mo for 12 months",
        html=html_doc(
            "Spectrum",
            "<p>Fast, reliable internet at 1487 Kenwick Rd. Spectrum Internet Premier for $30/mo for 12 mos when bundled with Spectrum Mobile. "
            "No contracts. Call 1-855-860-9068.</p>",
            color="#0099d8",
            logo="Spectrum",
            footer="Charter Communications, 400 Washington Blvd, Stamford, CT 06902. Offer valid for new residential customers only.",
        ),
        headers=unsub("exchange.spectrum.com"),
        slug="spectrum-promo",
    )
    add(
        when(2026, 5, 5, 9, 0, "ct"),
        ("Sam's Club", "samsclub@email.samsclub.com"),
        "Join Sam's Club for just $25 - 50% off membership",
        html=html_doc(
            "Sam's Club",
            "<p>Become a member for $25 (reg. $50). Offer for new members only. Ends 5/12.</p>",
            color="#0067a0",
            logo="Sam's Club",
            footer="Sam's West, Inc., 2101 SE Simple Savings Dr, Bentonville, AR 72712",
        ),
        headers=unsub("email.samsclub.com"),
        slug="sams-club-promo",
    )
    add(
        when(2026, 6, 24, 8, 15),
        ("Kroger", "kroger@email.kroger.com"),
        "Try Boost by Kroger Plus free for 30 days",
        html=html_doc(
            "Kroger",
            "<p>Free delivery, 2X fuel points and $10 monthly reward. Start your free trial today. Plans from $59/year.</p>",
            color="#134a9c",
            logo="Kroger",
            footer="The Kroger Co., 1014 Vine St, Cincinnati, OH 45202",
        ),
        headers=unsub("email.kroger.com"),
        slug="kroger-boost-promo",
    )
    # newsletters
    for d, subj in ((D(2026, 2, 19), "Columbus Underground: 12 new restaurants opening this spring"),):
        add(
            when(d.year, d.month, d.day, 6, 30),
            ("Columbus Underground", "newsletter@columbusunderground.com"),
            subj,
            html=html_doc(
                "Columbus Underground",
                "<p>The week's news, food and events in Columbus. Free newsletter — thanks for reading.</p>",
                color="#222222",
                logo="Columbus Underground",
                footer="You signed up at columbusunderground.com.",
            ),
            headers=unsub("columbusunderground.com"),
            slug="columbus-underground",
        )
    add(
        when(2026, 10, 4, 7, 0),
        ("Nextdoor", "no-reply@rs.email.nextdoor.com"),
        "Driving Park: Lost dog near Kenwick Rd and more",
        html=html_doc(
            "Nextdoor",
            "<p>Top posts near you this week.</p>",
            color="#00b246",
            logo="Nextdoor",
            footer="Nextdoor, 420 Taylor St, San Francisco, CA",
        ),
        headers=unsub("rs.email.nextdoor.com"),
        slug="nextdoor",
    )
    # airline, government, personal
    add(
        when(2026, 5, 28, 22, 3, "ct"),
        ("Southwest Airlines", "SouthwestAirlines@luv.southwest.com"),
        "You're going to Orlando (CMH-MCO)! Confirmation #K4T9QZ",
        html=html_doc(
            "Southwest",
            "<p>Confirmation #K4T9QZ &mdash; 4 passengers</p>"
            + rows(
                [("Air total", "$1,072.36"), ("Taxes &amp; fees", "$127.64"), ("Total", "$1,200.00")],
                bold_last=True,
            )
            + "<p>Departs CMH Jul 11, 2026 6:05 AM</p>",
            color="#304cb2",
            logo="Southwest",
            footer="Southwest Airlines Co., P.O. Box 36647, Dallas, TX 75235",
        ),
        slug="southwest",
    )
    add(
        when(2026, 3, 30, 10, 2),
        ("Ohio Department of Taxation", "noreply@tax.ohio.gov"),
        "Your Ohio income tax refund has been issued",
        text="Your 2025 Ohio IT 1040 refund of $318.00 was issued by direct deposit on 03/30/2026.\n\n"
        "Ohio Department of Taxation, 4485 Northland Ridge Blvd, Columbus, OH 43229\n",
        slug="ohio-tax",
    )
    add(
        when(2026, 11, 9, 20, 14),
        ("Linda Whitfield", "lindaw1956@yahoo.com"),
        "Thanksgiving plans",
        text="Hi honey,\n\nWe'll drive down from Toledo on Wednesday. I'm bringing the sweet potato casserole and the pies. "
        "Does Ava still want to go see the lights at the zoo? Dad says he'll pay for everyone this year, don't argue.\n\nLove, Mom\n",
        to=(ME[0], ME[1]),
        cc=DANA,
        slug="mom",
    )
    add(
        when(2026, 6, 9, 21, 30),
        DANA,
        "Fwd: YMCA Summer Day Camp registration confirmation",
        text="Camp is booked for Leo, weeks 2-4. We still need to pack sunscreen.\n\n---------- Forwarded message ---------\n"
        "From: YMCA of Central Ohio <noreply@ymcacolumbus.org>\nDate: Tue, Jun 9, 2026 at 3:12 PM\n"
        "Subject: Registration confirmation\nTo: <dana.whitfield@gmail.com>\n\n"
        "Thank you for registering!\nParticipant: Leo Whitfield\nProgram: Summer Day Camp - Eastside Y (Weeks 2, 3, 4)\n"
        "Total: $615.00 (paid in full, Visa ending 2290)\nReceipt #: 3318840\n",
        slug="fwd-ymca-camp",
    )


# ================================================================ TRUTH
def T(name, aliases, amount, cycle, status, nxt, kind):
    return {
        "name": name,
        "aliases": aliases,
        "amount": amount,
        "currency": "USD",
        "cycle": cycle,
        "status": status,
        "next_renewal": nxt,
        "kind": kind,
    }


TRUTH = [
    T(
        "Mr. Cooper Mortgage",
        ["Mr. Cooper", "Nationstar Mortgage", "Nationstar Mortgage LLC", "mortgage"],
        "1896.40",
        "monthly",
        "active",
        "2026-12-01",
        "bill",
    ),
    T(
        "AEP Ohio",
        ["AEP", "American Electric Power", "AEP Ohio Budget Billing"],
        "171.00",
        "monthly",
        "active",
        "2026-12-03",
        "bill",
    ),
    T(
        "Columbia Gas of Ohio",
        ["Columbia Gas", "NiSource"],
        "89.00",
        "monthly",
        "active",
        "2026-12-15",
        "bill",
    ),
    T(
        "City of Columbus Water & Sewer",
        [
            "City of Columbus Utilities",
            "City of Columbus Department of Public Utilities",
            "City of Columbus",
            "Columbus Department of Public Utilities",
        ],
        "223.57",
        "quarterly",
        "active",
        "2027-02-04",
        "bill",
    ),
    T(
        "AT&T Fiber",
        ["AT&T", "AT&T Internet", "AT&T Fiber Internet 500"],
        "75.00",
        "monthly",
        "active",
        "2026-12-08",
        "bill",
    ),
    T(
        "Verizon",
        ["Verizon Wireless", "Verizon Unlimited Welcome", "Verizon family plan"],
        "211.02",
        "monthly",
        "active",
        "2026-12-14",
        "bill",
    ),
    T(
        "State Farm Auto Insurance",
        ["State Farm Auto", "State Farm auto policy"],
        "145.50",
        "monthly",
        "active",
        "2026-12-07",
        "bill",
    ),
    T(
        "State Farm Homeowners Insurance",
        ["State Farm Homeowners", "State Farm home insurance", "State Farm Fire and Casualty"],
        "94.25",
        "monthly",
        "active",
        "2026-12-07",
        "bill",
    ),
    T(
        "Honda Financial Services",
        [
            "American Honda Finance",
            "American Honda Finance Corporation",
            "Honda auto loan",
            "Honda Odyssey loan",
        ],
        "512.37",
        "monthly",
        "active",
        "2026-12-18",
        "bill",
    ),
    T(
        "Capital City Aquatics",
        ["CCA", "Capital City Aquatics swim club", "TeamUnify"],
        "155.00",
        "monthly",
        "active",
        "2026-12-05",
        "subscription",
    ),
    T(
        "Little Buckeyes Early Learning",
        ["Little Buckeyes", "Little Buckeyes Early Learning Center", "brightwheel"],
        "456.00",
        "biweekly",
        "active",
        "2026-12-04",
        "bill",
    ),
    T(
        "Costco Membership",
        ["Costco", "Costco Wholesale", "Costco Executive Membership"],
        "130.00",
        "yearly",
        "active",
        "2027-03-31",
        "subscription",
    ),
    T(
        "Amazon Prime",
        ["Prime", "Amazon Prime membership"],
        "139.00",
        "yearly",
        "active",
        "2027-02-14",
        "subscription",
    ),
    T(
        "Walmart+",
        ["Walmart Plus", "Walmart+ Annual"],
        "105.35",
        "yearly",
        "active",
        "2027-07-09",
        "subscription",
    ),
    T("Netflix", ["Netflix Standard"], "17.99", "monthly", "active", "2026-12-10", "subscription"),
    T(
        "Disney+ Hulu Bundle",
        ["Disney+", "Disney Plus", "Disney+, Hulu Bundle Basic", "Hulu", "Disney Bundle"],
        "12.99",
        "monthly",
        "active",
        "2026-12-21",
        "subscription",
    ),
    T("YouTube TV", ["YouTube TV Base Plan"], "89.99", "monthly", "active", "2026-12-18", "subscription"),
    T(
        "Peacock Premium",
        ["Peacock", "Peacock TV", "Peacock Premium Annual"],
        "79.99",
        "yearly",
        "active",
        "2027-04-03",
        "subscription",
    ),
    T(
        "Spotify Premium Family",
        ["Spotify", "Spotify Premium"],
        "19.99",
        "monthly",
        "active",
        "2026-12-23",
        "subscription",
    ),
    T(
        "iCloud+",
        ["iCloud", "iCloud+ 2 TB", "Apple iCloud", "iCloud storage"],
        "9.99",
        "monthly",
        "active",
        "2026-12-12",
        "subscription",
    ),
    T(
        "Roblox Premium",
        ["Roblox", "Roblox Premium 1000"],
        "9.99",
        "monthly",
        "active",
        "2026-12-03",
        "subscription",
    ),
    T(
        "Xbox Game Pass",
        ["Xbox Game Pass Premium", "Game Pass", "Microsoft Xbox Game Pass"],
        "14.99",
        "monthly",
        "active",
        "2026-12-14",
        "subscription",
    ),
    T(
        "Buckeye Turf & Lawn",
        ["Buckeye Turf and Lawn", "Buckeye Turf & Lawn LLC", "lawn program"],
        "62.35",
        "monthly",
        "active",
        "2027-04-15",
        "subscription",
    ),
    T(
        "Orkin Pest Control",
        ["Orkin", "Orkin Pest Protection Plus"],
        "138.68",
        "quarterly",
        "active",
        "2027-01-19",
        "subscription",
    ),
    T(
        "SimpliSafe",
        ["SimpliSafe Fast Protect", "SimpliSafe monitoring"],
        "34.39",
        "monthly",
        "active",
        "2026-12-26",
        "subscription",
    ),
    T("HelloFresh", ["Hello Fresh"], "118.87", "weekly", "cancelled", None, "subscription"),
]

HARD_NEGATIVES = [
    "Chase",
    "Chase Freedom Unlimited",
    "Huntington Bank",
    "Fidelity Investments",
    "HealthEquity",
    "Pushpay",
    "Northside Community Church",
    "Venmo",
    "PayPal",
    "Buckeye Vintage Games",
    "Jenna Kowalski",
    "Rob Whitfield",
    "Zoë Martínez",
    "Cherrybrook Elementary PTO",
    "Bexley City Schools",
    "Target",
    "Amazon.com",
    "Ninja AF101 Air Fryer",
    "Costco.com",
    "Yardistry Cedar Pavilion",
    "Ticketmaster",
    "Spectrum",
    "Sam's Club",
    "Kroger",
    "Boost by Kroger Plus",
    "Columbus Underground",
    "Nextdoor",
    "Southwest Airlines",
    "Ohio Department of Taxation",
    "Linda Whitfield",
    "YMCA of Central Ohio",
    "YMCA Summer Day Camp",
    "Home Depot",
    "Walmart.com",
    "SimpliSafe Outdoor Security Camera",
    "Toca Boca World",
    "Capital City Aquatics meet entry",
]

README = """# email-files8 / oh — the Whitfields, Columbus, Ohio (today 2026-12-01, USD)

Marcus Whitfield's Gmail (Dana, his wife, forwards some mail); two kids, Ava (11, swim club, Roblox, Xbox) and Leo (4, preschool).
Mortgage with escrow, AEP Ohio and Columbia Gas on budget billing, quarterly city water, AT&T Fiber, Verizon, State Farm auto+home on one
monthly State Farm Payment Plan draft, a Honda minivan loan, streaming and memberships, seasonal lawn care, quarterly Orkin, SimpliSafe.

Doubts about labels:
- State Farm: auto and home are drafted together as one State Farm Payment Plan bill ($239.75); a reader might list one "State Farm" item
  at the combined amount rather than two policies at their monthly shares ($145.50 auto after the Oct renewal, $94.25 home).
- Mr. Cooper: next draft is today (2026-12-01) at the new escrow-adjusted $1,896.40; older mails all say $1,842.17.
- Little Buckeyes (preschool tuition) is labelled `bill` as the brief asks, though the kind rules' list would call it a subscription.
- Buckeye Turf & Lawn is seasonal (April-October); next_renewal is the stated April 15, 2027 first payment, not one month after October.
- City water is a variable quarterly bill; the amount is the last bill ($223.57) and next_renewal the last due date + one quarter.
- Amazon Prime / Peacock say "plus applicable taxes"; no tax is shown, so the amount is the base price. Walmart+ shows tax (7.5%), so its
  amount is the gross annual $105.35 after the July switch from monthly.
- Netflix moved its billing day from the 9th to the 10th after the April payment failure (the recovery mail says so); later receipts are on the 10th.
- Pushpay church giving ($100/month to Northside Community Church) recurs but is a donation, so it is not listed.
- Roblox Premium is bought by Ava through Apple Family Sharing (receipts to Marcus) and Xbox Game Pass is billed via PayPal; both are named
  after the service, not Apple/Microsoft. The Game Pass amount is the downgraded Premium price ($14.99), not the $29.99 Ultimate.
- HelloFresh (weekly, cancelled in March) has a partial refund and a later win-back ad; the win-back is not evidence and is unlabelled.
"""


# ================================================================ OUTPUT
def _from_line(m) -> str:
    u = m["date"].astimezone(_dt.UTC)
    return f"From {m['from_addr']} {u.strftime('%a %b')} {u.day:>2} {u.strftime('%H:%M:%S %Y')}"


def _bytes(msg) -> bytes:
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg)
    data = buf.getvalue().replace(b"\r\n", b"\n")
    return data if data.endswith(b"\n") else data + b"\n"


def main():
    for fn in (
        mr_cooper,
        aep_ohio,
        columbia_gas,
        columbus_water,
        att_fiber,
        verizon,
        state_farm,
        honda_finance,
        swim_club,
        daycare,
        costco,
        amazon,
        walmart_plus,
        netflix,
        disney,
        youtube_tv,
        peacock,
        spotify,
        apple,
        xbox,
        lawn_care,
        orkin,
        simplisafe,
        hellofresh,
        distractors,
    ):
        fn()
    names = {t["name"] for t in TRUTH}
    for m in MESSAGES:
        for lb in m["labels"]:
            assert lb in names, lb
    MESSAGES.sort(key=lambda m: (m["date"].astimezone(_dt.UTC), m["from_addr"], m["subject"]))
    eml = HERE / "eml"
    eml.mkdir(exist_ok=True)
    for old in eml.glob("*.eml"):
        old.unlink()
    mbox = bytearray()
    index = []
    for i, m in enumerate(MESSAGES, 1):
        fname = f"{i:03d}-{m['date'].strftime('%Y%m%d')}-{m['slug']}.eml"
        data = _bytes(m["msg"])
        (eml / fname).write_bytes(data)
        mbox += _from_line(m).encode() + b"\n"
        for line in data.split(b"\n")[:-1]:
            if re.match(rb"^>*From ", line):
                line = b">" + line
            mbox += line + b"\n"
        mbox += b"\n"
        index.append({"file": fname, "from": m["from_name"], "subject": m["subject"], "labels": m["labels"]})
    (HERE / "mailbox.mbox").write_bytes(bytes(mbox))
    dump = lambda obj: json.dumps(obj, indent=2, ensure_ascii=False) + "\n"
    (HERE / "messages.json").write_text(dump(index), encoding="utf-8")
    (HERE / "truth.json").write_text(dump(TRUTH), encoding="utf-8")
    (HERE / "meta.json").write_text(
        dump({"today": TODAY, "messages": len(index), "hard_negatives": HARD_NEGATIVES}), encoding="utf-8"
    )
    (HERE / "README.md").write_text(README, encoding="utf-8")
    print(f"{len(index)} messages, {len(TRUTH)} truths")


if __name__ == "__main__":
    main()
