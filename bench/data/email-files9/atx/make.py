#!/usr/bin/env python3
"""Writes the `atx` half of bench/data/email-files9: Diego and Lauren Ramírez, Austin, Texas.

Seeded and deterministic (stdlib only): rerunning writes the same bytes.
    .venv/bin/python bench/data/email-files9/atx/make.py
Writes eml/NNN-YYYYMMDD-slug.eml, mailbox.mbox, truth.json, meta.json and messages.json
beside this file. Each company's templates live in their own function.
"""

from __future__ import annotations

import base64
import calendar
import json
import quopri
import random
import re
from datetime import UTC, date, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 30)
RNG = random.Random(92049)

DIEGO = ("Diego Ramírez", "diego.ramirez.atx@gmail.com")
LAUREN = ("Lauren Ramírez", "lauren.ramirez.tx@gmail.com")
ADDRESS = ("8112 Copano Dr", "Austin, TX 78749")

# ---------------------------------------------------------------- time

ZONES = {"CT": (-6, -5), "ET": (-5, -4), "PT": (-8, -7), "MT": (-7, -6), "UTC": (0, 0)}


def _dst(d: date) -> bool:
    return date(2025, 3, 9) <= d < date(2025, 11, 2) or date(2026, 3, 8) <= d < date(2026, 11, 1)


def at(y: int, m: int, d: int, hh: int, mm: int, zone: str) -> datetime:
    std, dst = ZONES[zone]
    off = dst if _dst(date(y, m, d)) else std
    return datetime(y, m, d, hh, mm, RNG.randrange(60), tzinfo=timezone(timedelta(hours=off)))


def austin_date(dt: datetime) -> date:
    utc = dt.astimezone(UTC)
    off = -5 if _dst((utc - timedelta(hours=6)).date()) else -6
    return (utc + timedelta(hours=off)).date()


def usd(x: float) -> str:
    return f"${x:,.2f}"


def mdy(d: date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def short_date(d: date) -> str:
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    last = calendar.monthrange(d.year + y, m + 1)[1]
    return date(d.year + y, m + 1, min(d.day, last))


# ---------------------------------------------------------------- MIME


def hexid(n: int) -> str:
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def digits(n: int) -> str:
    return "".join(RNG.choice("0123456789") for _ in range(n))


def alnum(n: int, upper: bool = True) -> str:
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789" if upper else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(RNG.choice(chars) for _ in range(n))


def boundary(style: str) -> str:
    if style == "java":
        return f"----=_Part_{digits(8)}_{digits(9)}.{digits(13)}"
    if style == "google":
        return "000000000000" + hexid(8)
    if style == "rails":
        return f"--==_mimepart_{hexid(13)}_{digits(2)}"
    if style == "sendgrid":
        return hexid(48)
    if style == "outlook":
        return f"_000_{alnum(20)}_"
    return f"=_{hexid(24)}"


def leaf(
    text: str,
    subtype: str = "plain",
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    cs_quote: bool = True,
) -> tuple[list[str], str]:
    raw = text.encode(charset)
    if cte.lower() == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte.lower() == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    else:
        body = text
        if cte == "7bit":
            raw.decode("ascii")
    cs = f'"{charset}"' if cs_quote else charset
    return [f"Content-Type: text/{subtype}; charset={cs}", f"Content-Transfer-Encoding: {cte}"], body


def attachment(name: str, data: bytes, ctype: str = "application/pdf") -> tuple[list[str], str]:
    return [
        f'Content-Type: {ctype}; name="{name}"',
        f'Content-Disposition: attachment; filename="{name}"',
        "Content-Transfer-Encoding: base64",
    ], base64.encodebytes(data).decode("ascii")


def fake_pdf(lines: list[str]) -> bytes:
    text = " ".join(f"({ln}) Tj T*" for ln in lines)
    stream = f"BT /F1 10 Tf 12 TL 50 750 Td {text} ET"
    return (
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
        "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
        f"4 0 obj<</Length {len(stream)}>>stream\n{stream}\nendstream endobj\n"
        "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
        "trailer<</Root 1 0 R>>\n%%EOF\n"
    ).encode("latin-1")


def multi(subtype: str, parts: list[tuple[list[str], str]], style: str = "generic") -> tuple[list[str], str]:
    b = boundary(style)
    chunks = []
    if subtype == "mixed" or style == "outlook":
        chunks.append("This is a multi-part message in MIME format.\n\n")
    for hdrs, body in parts:
        chunks.append(f"--{b}\n" + "\n".join(hdrs) + "\n\n" + body.rstrip("\n") + "\n")
    chunks.append(f"--{b}--\n")
    return [f'Content-Type: multipart/{subtype};\n boundary="{b}"'], "".join(chunks)


def alt(
    plain: str,
    html: str,
    style: str = "generic",
    charset: str = "utf-8",
    cte_plain: str = "quoted-printable",
    cte_html: str = "quoted-printable",
) -> tuple[list[str], str]:
    return multi(
        "alternative",
        [leaf(plain, "plain", charset, cte_plain), leaf(html, "html", charset, cte_html)],
        style,
    )


def html_only(html: str, cte: str = "quoted-printable", charset: str = "utf-8") -> tuple[list[str], str]:
    return leaf(html, "html", charset, cte)


def plain_only(text: str, cte: str = "quoted-printable", charset: str = "utf-8") -> tuple[list[str], str]:
    return leaf(text, "plain", charset, cte)


def addr(pair: tuple[str, str]) -> str:
    name, email_addr = pair
    return formataddr((name, email_addr), charset="utf-8")


def subject_header(s: str) -> str:
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


MESSAGES: list[dict] = []


def mail(
    dt: datetime,
    sender: tuple[str, str],
    subject: str,
    content: tuple[list[str], str],
    labels: list[str],
    slug: str,
    to: tuple[str, str] = DIEGO,
    msgid: str | None = None,
    extra: list[str] | None = None,
    cc: tuple[str, str] | None = None,
) -> None:
    domain = sender[1].split("@", 1)[1]
    if msgid is None:
        msgid = f"<{hexid(16)}.{digits(6)}@{domain}>"
    head = [
        f"Delivered-To: {DIEGO[1]}",
        f"Return-Path: <{sender[1]}>"
        if domain in ("gmail.com", "yahoo.com")
        else f"Return-Path: <bounce-{hexid(10)}@{domain}>",
        f"Date: {format_datetime(dt)}",
        f"From: {addr(sender)}",
        f"To: {addr(to)}",
    ]
    if cc:
        head.append(f"Cc: {addr(cc)}")
    head += [f"Subject: {subject_header(subject)}", f"Message-ID: {msgid}", "MIME-Version: 1.0"]
    head += extra or []
    hdrs, body = content
    text = "\n".join(head + hdrs) + "\n\n" + body.rstrip("\n") + "\n"
    MESSAGES.append(
        {"dt": dt, "sender": sender, "subject": subject, "text": text, "labels": labels, "slug": slug}
    )


def unsub(url: str, mailto: str | None = None) -> list[str]:
    val = f"<{url}>" if mailto is None else f"<mailto:{mailto}>, <{url}>"
    return [f"List-Unsubscribe: {val}", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]


def trs(rows: list[tuple[str, str]], bold_last: bool = False, style: str = "padding:6px 0;") -> str:
    out = []
    for i, (k, v) in enumerate(rows):
        b1, b2 = ("<b>", "</b>") if bold_last and i == len(rows) - 1 else ("", "")
        out.append(
            f'<tr><td style="{style}color:#555;">{b1}{k}{b2}</td>'
            f'<td style="{style}text-align:right;">{b1}{v}{b2}</td></tr>'
        )
    return "\n".join(out)


def cols(rows: list[tuple[str, str]], width: int = 58) -> str:
    return "\n".join(f"{k}{' ' * max(2, width - len(k) - len(v))}{v}" for k, v in rows)


def shell(
    inner: str,
    color: str = "#333",
    font: str = "Arial, Helvetica, sans-serif",
    width: int = 600,
    pre: str = "",
) -> str:
    hidden = (
        (
            f'<div style="display:none;max-height:0;overflow:hidden;">{pre}'
            + "&#847;&zwnj;&nbsp;" * 12
            + "</div>\n"
        )
        if pre
        else ""
    )
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n</head>\n'
        f'<body style="margin:0;padding:0;background:#f2f2f2;font-family:{font};color:{color};">\n{hidden}'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2">'
        f'<tr><td align="center">\n<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" '
        f'border="0" bgcolor="#ffffff" style="max-width:{width}px;">\n{inner}\n</table>\n</td></tr></table>\n'
        "</body>\n</html>\n"
    )


# ================================================================ bills: utilities and telecoms


def city_of_austin() -> None:
    """City of Austin Utilities: electric + water + wastewater + trash on one bill, AutoPay from checking."""
    sender = ("City of Austin Utilities", "noreply@coautilities.com")
    acct = "9102836475"
    fixed = [
        ("Austin Resource Recovery (96-gal cart)", 28.85),
        ("Clean Community Fee", 9.85),
        ("Transportation User Fee", 14.70),
        ("Drainage Charge (Watershed Protection)", 11.20),
    ]
    bills = [  # bill date, total, water, kWh, due
        (date(2025, 12, 19), 248.14, 41.20, 812, date(2026, 1, 9)),
        (date(2026, 4, 20), 231.77, 44.85, 655, date(2026, 5, 11)),
        (date(2026, 7, 20), 402.66, 71.30, 1688, date(2026, 8, 10)),
        (date(2026, 8, 19), 436.05, 78.65, 1874, date(2026, 9, 9)),
        (date(2026, 10, 19), 318.48, 56.10, 1190, date(2026, 11, 9)),
        (date(2026, 11, 18), 262.92, 45.35, 904, date(2026, 12, 9)),
    ]
    wastewater = 48.30
    for bill_date, total, water, kwh, due in bills:
        electric = round(total - water - wastewater - sum(v for _, v in fixed), 2)
        lines = [
            (f"Austin Energy &ndash; Electric ({kwh:,} kWh)", electric),
            ("Austin Water &ndash; Water", water),
            ("Austin Water &ndash; Wastewater", wastewater),
            *fixed,
        ]
        period_end = bill_date - timedelta(days=3)
        period_start = add_months(period_end, -1)
        inner = f"""<tr><td style="background:#00305e;padding:18px 24px;">
<img src="https://coautilities.com/wps/wcm/connect/occ/logo-coa-utilities-white.png" alt="City of Austin Utilities" width="210" style="display:block;border:0;">
</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:20px;">
<p>Dear DIEGO RAMIREZ,</p>
<p>Your City of Austin Utilities bill is ready. You can view your bill online by signing in to your account.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;border-top:1px solid #ddd;border-bottom:1px solid #ddd;">
{
            trs(
                [
                    ("Account Number", acct),
                    ("Service Address", "8112 COPANO DR"),
                    ("Bill Date", mdy(bill_date)),
                    ("Service Period", f"{mdy(period_start)} - {mdy(period_end)}"),
                    ("Amount Due", f"<b>{usd(total)}</b>"),
                    ("Due Date", f"<b>{mdy(due)}</b>"),
                ]
            )
        }
</table>
<p style="background:#eef5fb;padding:10px;">You are enrolled in AutoPay. Your payment of <b>{
            usd(total)
        }</b> will be drafted from
your bank account ending in 2290 on <b>{mdy(due)}</b>. No action is needed.</p>
<p style="font-weight:bold;margin-bottom:4px;">Summary of current charges</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:13px;">
{
            trs(
                [(k, usd(v)) for k, v in lines] + [("Total Current Charges", usd(total))],
                bold_last=True,
                style="padding:3px 0;",
            )
        }
</table>
<p><a href="https://coautilities.com/wps/portal/occ/myaccount" style="background:#0072bc;color:#fff;padding:10px 18px;text-decoration:none;">View My Bill</a></p>
<p style="font-size:12px;color:#666;">Questions about your bill? Call Customer Care at 512-494-9400, Monday through Friday,
7 a.m. to 7 p.m. For power outages call 512-322-9100.</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;background:#f7f7f7;">
This email was sent to you because you are enrolled in eBill. Please do not reply to this email; this mailbox is not monitored.<br>
City of Austin Utilities &middot; P.O. Box 2267 &middot; Austin, TX 78783-2267<br>
Austin Energy &middot; Austin Water &middot; Austin Resource Recovery &middot; Watershed Protection &middot; Transportation and Public Works
</td></tr>"""
        mail(
            at(bill_date.year, bill_date.month, bill_date.day, 5, RNG.randrange(10, 50), "CT"),
            sender,
            "Your City of Austin Utilities bill is ready",
            html_only(shell(inner, pre=f"Amount due {usd(total)}")),
            ["City of Austin Utilities"],
            "coa-utilities-bill",
        )
        if bill_date == date(2026, 8, 19):
            conf = f"{digits(10)}"
            text = f"""Thank you for your payment.

Your AutoPay payment to City of Austin Utilities has been processed.

  Account Number:       {acct}
  Payment Amount:       {usd(total)}
  Payment Date:         {mdy(due)}
  Payment Method:       Checking ****2290
  Confirmation Number:  {conf}

Please allow up to 2 business days for the payment to appear on your account.
If you have questions, call 512-494-9400.

City of Austin Utilities
coautilities.com

This is an automated message. Please do not reply.
"""
            mail(
                at(due.year, due.month, due.day, 9, RNG.randrange(60), "CT"),
                sender,
                "City of Austin Utilities - Payment Confirmation",
                plain_only(text, "7bit", "us-ascii"),
                ["City of Austin Utilities"],
                "coa-utilities-payment",
            )


def texas_gas_service() -> None:
    """Texas Gas Service (a division of ONE Gas): eBill, paid by hand online."""
    sender = ("Texas Gas Service", "customerservice@texasgasservice.com")
    acct = "210 4837 1956 01"
    for bill_date, total, ccf, due in [
        (date(2026, 1, 8), 94.17, 71, date(2026, 1, 29)),
        (date(2026, 7, 8), 33.72, 9, date(2026, 7, 29)),
        (date(2026, 11, 17), 54.86, 28, date(2026, 12, 8)),
    ]:
        customer_charge = 23.45
        gas = round(total - customer_charge - round(total * 0.0199, 2), 2)
        fees = round(total - customer_charge - gas, 2)
        plain = f"""Your Texas Gas Service bill is ready.

Hello DIEGO RAMIREZ,

Your new bill is available. Here's a quick summary:

Account Number: {acct}
Bill Date: {mdy(bill_date)}
Usage: {ccf} CCF
Amount Due: {usd(total)}
Due Date: {mdy(due)}

View and pay your bill: https://www.texasgasservice.com/myaccount

Customer Charge ........ {usd(customer_charge)}
Gas Charges ............ {usd(gas)}
Fees & Taxes ........... {usd(fees)}

Questions? Call us at 1-800-700-2443, Monday - Friday, 7 a.m. - 7 p.m.
Smell gas? Leave the area and call 1-800-959-5325.

Texas Gas Service, a division of ONE Gas, Inc.
P.O. Box 219913, Kansas City, MO 64121-9913

To update your paperless billing preferences, sign in to your account.
"""
        html = shell(
            f"""<tr><td style="padding:20px 28px;border-bottom:4px solid #f5a800;">
<img src="https://www.texasgasservice.com/images/tgs-logo.png" alt="Texas Gas Service" width="180"></td></tr>
<tr><td style="padding:24px 28px;font-size:15px;">
<h2 style="color:#004b87;font-weight:normal;">Your bill is ready.</h2>
<p>Hello DIEGO RAMIREZ,</p><p>Your new bill is available. Here's a quick summary:</p>
<table width="100%" cellpadding="0" cellspacing="0">
{
                trs(
                    [
                        ("Account Number", acct),
                        ("Bill Date", mdy(bill_date)),
                        ("Usage", f"{ccf} CCF"),
                        ("Amount Due", f"<b>{usd(total)}</b>"),
                        ("Due Date", mdy(due)),
                    ]
                )
            }
</table>
<p style="margin-top:20px;"><a href="https://www.texasgasservice.com/myaccount" style="background:#004b87;color:#ffffff;padding:12px 22px;text-decoration:none;border-radius:3px;">View &amp; Pay Bill</a></p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:13px;margin-top:16px;">
{
                trs(
                    [
                        ("Customer Charge", usd(customer_charge)),
                        ("Gas Charges", usd(gas)),
                        ("Fees &amp; Taxes", usd(fees)),
                    ],
                    style="padding:3px 0;",
                )
            }
</table>
<p style="font-size:13px;">Questions? Call us at 1-800-700-2443, Monday &ndash; Friday, 7 a.m. &ndash; 7 p.m.<br>
Smell gas? Leave the area and call 1-800-959-5325.</p></td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#777;">Texas Gas Service, a division of ONE Gas, Inc. &middot; P.O. Box 219913, Kansas City, MO 64121-9913<br>
To update your paperless billing preferences, sign in to your account.</td></tr>""",
            color="#222",
        )
        mail(
            at(bill_date.year, bill_date.month, bill_date.day, 6, RNG.randrange(60), "CT"),
            sender,
            "Your Texas Gas Service bill is ready",
            alt(plain, html, "java"),
            ["Texas Gas Service"],
            "texas-gas-bill",
        )
        if bill_date == date(2026, 1, 8):
            pay = date(2026, 1, 27)
            conf = f"TGS{digits(9)}"
            plain = f"""Thank you for your payment!

We received your one-time payment. Please keep this email for your records.

Account Number: {acct}
Payment Amount: {usd(total)}
Payment Date: {mdy(pay)}
Payment Method: VISA ending in 4417
Confirmation Number: {conf}

Want to make paying easier? Enroll in AutoPay at texasgasservice.com/autopay.

Texas Gas Service | 1-800-700-2443
"""
            html = shell(f"""<tr><td style="padding:20px 28px;border-bottom:4px solid #f5a800;">
<img src="https://www.texasgasservice.com/images/tgs-logo.png" alt="Texas Gas Service" width="180"></td></tr>
<tr><td style="padding:24px 28px;font-size:15px;"><h2 style="color:#004b87;font-weight:normal;">Thank you for your payment!</h2>
<p>We received your one-time payment. Please keep this email for your records.</p>
<table width="100%">{
                trs(
                    [
                        ("Account Number", acct),
                        ("Payment Amount", usd(total)),
                        ("Payment Date", mdy(pay)),
                        ("Payment Method", "VISA ending in 4417"),
                        ("Confirmation Number", conf),
                    ]
                )
            }</table>
<p>Want to make paying easier? Enroll in AutoPay at <a href="https://www.texasgasservice.com/autopay">texasgasservice.com/autopay</a>.</p>
</td></tr><tr><td style="padding:14px 28px;font-size:11px;color:#777;">Texas Gas Service | 1-800-700-2443</td></tr>""")
            mail(
                at(2026, 1, 27, 20, RNG.randrange(60), "CT"),
                sender,
                "Payment Confirmation - Texas Gas Service",
                alt(plain, html, "java"),
                ["Texas Gas Service"],
                "texas-gas-payment",
            )


def google_fiber() -> None:
    """Google Fiber 1 Gig, $70 a month, charged automatically on the 3rd."""
    sender = ("Google Fiber", "fiber-noreply@google.com")
    for sent, charge in [
        (date(2025, 12, 27), date(2026, 1, 3)),
        (date(2026, 4, 26), date(2026, 5, 3)),
        (date(2026, 8, 27), date(2026, 9, 3)),
        (date(2026, 11, 26), date(2026, 12, 3)),
    ]:
        period_end = add_months(charge, 1) - timedelta(days=1)
        month = charge.strftime("%B")
        plain = f"""Google Fiber

Your {month} bill is ready

Hi Diego,

Your bill for {short_date(charge)} - {short_date(period_end)} is $70.00. We'll
automatically charge your Visa ending in 4417 on {short_date(charge)}.

Account number: 4827-1153-09

1 Gig                              $70.00
Taxes and fees                      $0.00
Total                              $70.00

View bill details: https://fiber.google.com/account/billing/

Questions? Visit fiber.google.com/support or call us at 1-866-777-7550.

(c) 2026 Google Fiber Inc., 1600 Amphitheatre Parkway, Mountain View, CA 94043
You received this mandatory service announcement to update you about important
changes to your Google Fiber account.
"""
        inner = f"""<tr><td style="padding:28px 32px 8px 32px;"><img src="https://www.gstatic.com/fiber/email/logo_fiber_2x.png" alt="Google Fiber" width="140"></td></tr>
<tr><td style="padding:8px 32px;font-family:Roboto,Arial,sans-serif;">
<h1 style="font-size:24px;font-weight:400;color:#202124;">Your {month} bill is ready</h1>
<p style="font-size:14px;color:#3c4043;">Hi Diego,</p>
<p style="font-size:14px;color:#3c4043;">Your bill for {short_date(charge)} &ndash; {short_date(period_end)} is <b>$70.00</b>.
We'll automatically charge your Visa ending in 4417 on {short_date(charge)}.</p>
<p style="font-size:12px;color:#5f6368;">Account number: 4827-1153-09</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;color:#3c4043;border-top:1px solid #dadce0;">
{trs([("1 Gig", "$70.00"), ("Taxes and fees", "$0.00"), ("Total", "$70.00")], bold_last=True, style="padding:8px 0;")}
</table>
<p><a href="https://fiber.google.com/account/billing/" style="color:#1a73e8;text-decoration:none;">View bill details</a></p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#80868b;font-family:Roboto,Arial,sans-serif;">
Questions? Visit fiber.google.com/support or call us at 1-866-777-7550.<br><br>
&copy; 2026 Google Fiber Inc., 1600 Amphitheatre Parkway, Mountain View, CA 94043<br>
You received this mandatory service announcement to update you about important changes to your Google Fiber account.</td></tr>"""
        mail(
            at(sent.year, sent.month, sent.day, 4, RNG.randrange(60), "PT"),
            sender,
            f"Your Google Fiber bill for {month} is ready",
            alt(plain, shell(inner, width=560), "google", cte_html="base64"),
            ["Google Fiber"],
            "google-fiber-bill",
            msgid=f"<{hexid(20)}-{digits(5)}@google.com>",
        )


def t_mobile() -> None:
    """T-Mobile Magenta, 2 voice lines + Apple Watch line; AutoPay; a $5/line price increase from April."""
    sender = ("T-Mobile", "customercare@notifications.t-mobile.com")
    lines = [("Diego", "(512) 555-0134"), ("Lauren", "(512) 555-0178"), ("Apple Watch", "(512) 555-0191")]
    foot = """<tr><td style="padding:18px 30px;background:#f8f8f8;font-size:11px;color:#6a6a6a;">
Please do not reply to this email. Questions? Dial 611 from your T-Mobile phone or call 1-800-937-8997.<br>
T-Mobile, the T logo, Magenta and the magenta color are registered trademarks of Deutsche Telekom AG.<br>
&copy; 2026 T-Mobile USA, Inc. 12920 SE 38th St, Bellevue, WA 98006 &middot;
<a href="https://www.t-mobile.com/privacy-center" style="color:#6a6a6a;">Privacy Policy</a></td></tr>"""
    for sent, total, voice, tax, autopay in [
        (date(2025, 12, 15), 158.42, 70.00, 18.42, date(2026, 1, 5)),
        (date(2026, 5, 15), 169.05, 75.00, 19.05, date(2026, 6, 5)),
        (date(2026, 11, 15), 169.07, 75.00, 19.07, date(2026, 12, 5)),
    ]:
        cycle_start = sent - timedelta(days=0)
        items = [
            (f"Magenta &ndash; {lines[0][0]} {lines[0][1]}", usd(voice)),
            (f"Magenta &ndash; {lines[1][0]} {lines[1][1]}", usd(voice)),
            ("AutoPay discount", "-$10.00"),
            (f"Wearable &ndash; {lines[2][0]} {lines[2][1]}", "$10.00"),
            ("Taxes &amp; fees", usd(tax)),
        ]
        inner = f"""<tr><td style="background:#e20074;padding:20px 30px;"><img src="https://www.t-mobile.com/content/dam/digx/tmobile/us/en/non-authorable/images/t-mobile-logo-white.png" width="40" alt="T-Mobile"></td></tr>
<tr><td style="padding:30px;font-size:15px;line-height:22px;">
<h1 style="font-size:28px;margin:0 0 12px 0;">Hi Diego, your bill is ready.</h1>
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f7f7f7;">
<tr><td style="padding:18px;">Amount due<br><span style="font-size:34px;font-weight:bold;">{usd(total)}</span></td>
<td style="padding:18px;text-align:right;">AutoPay scheduled<br><b>{short_date(autopay)}</b></td></tr></table>
<p>Account: 9•••••812 &nbsp;|&nbsp; Bill cycle: {short_date(cycle_start)} &ndash; {short_date(add_months(cycle_start, 1) - timedelta(days=1))}</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;">
{trs(items + [("Total", usd(total))], bold_last=True)}
</table>
<p>Your payment will be made automatically from your Visa ending in 4417. No need to do anything.</p>
<p><a href="https://account.t-mobile.com/billing" style="background:#e20074;color:#fff;padding:12px 26px;border-radius:24px;text-decoration:none;">View bill</a></p>
</td></tr>{foot}"""
        mail(
            at(sent.year, sent.month, sent.day, 3, RNG.randrange(60), "PT"),
            sender,
            "Your T-Mobile bill is ready",
            html_only(
                shell(inner, pre=f"Amount due {usd(total)}. AutoPay is scheduled for {short_date(autopay)}.")
            ),
            ["T-Mobile"],
            "t-mobile-bill",
            extra=["X-Mailer: TMO-Notify 4.2"],
        )
    # price change notice
    plain = """T-Mobile

An update about your plan

Hi Diego,

We're writing to let you know about an upcoming change to your Magenta plan.

Beginning with your bill cycle that starts on or after March 15, 2026, the
monthly price of each voice line on your plan will go up by $5.00. Your
account has 2 voice lines, so your monthly plan price will increase by $10.00.
Your AutoPay discount, wearable line and other add-ons aren't changing.

You'll see the new price on your April 2026 bill. Taxes and fees may vary.

You can keep your plan, or see if another plan is a better fit for you at
t-mobile.com/plans. If you'd prefer to cancel, you may be charged for any
remaining device balances.

Thank you for being with T-Mobile.

Account: 9*****812
Questions? Dial 611 or call 1-800-937-8997.
(c) 2026 T-Mobile USA, Inc.
"""
    inner = f"""<tr><td style="background:#e20074;padding:20px 30px;"><img src="https://www.t-mobile.com/content/dam/digx/tmobile/us/en/non-authorable/images/t-mobile-logo-white.png" width="40" alt="T-Mobile"></td></tr>
<tr><td style="padding:30px;font-size:15px;line-height:22px;">
<h1 style="font-size:26px;">An update about your plan</h1>
<p>Hi Diego,</p>
<p>We're writing to let you know about an upcoming change to your Magenta plan.</p>
<p>Beginning with your bill cycle that starts on or after <b>March 15, 2026</b>, the monthly price of each voice line on your plan
will go up by <b>$5.00</b>. Your account has 2 voice lines, so your monthly plan price will increase by <b>$10.00</b>.
Your AutoPay discount, wearable line and other add-ons aren't changing.</p>
<p>You'll see the new price on your April 2026 bill. Taxes and fees may vary.</p>
<p>You can keep your plan, or see if another plan is a better fit for you at <a href="https://www.t-mobile.com/plans">t-mobile.com/plans</a>.
If you'd prefer to cancel, you may be charged for any remaining device balances.</p>
<p>Thank you for being with T-Mobile.</p><p style="font-size:12px;">Account: 9•••••812</p></td></tr>{foot}"""
    mail(
        at(2026, 2, 10, 10, 12, "PT"),
        sender,
        "Important information about your T-Mobile plan price",
        alt(plain, shell(inner), "java"),
        ["T-Mobile"],
        "t-mobile-price-change",
    )
    conf = digits(12)
    inner = f"""<tr><td style="background:#e20074;padding:20px 30px;"><img src="https://www.t-mobile.com/content/dam/digx/tmobile/us/en/non-authorable/images/t-mobile-logo-white.png" width="40" alt="T-Mobile"></td></tr>
<tr><td style="padding:30px;font-size:15px;line-height:22px;">
<h1 style="font-size:26px;">Thanks! We got your payment.</h1>
<table width="100%" cellpadding="0" cellspacing="0">
{
        trs(
            [
                ("Payment amount", "$169.05"),
                ("Payment date", "Sep 5, 2026"),
                ("Payment method", "AutoPay &ndash; Visa ****4417"),
                ("Confirmation number", conf),
                ("Account", "9•••••812"),
            ]
        )
    }
</table>
<p>Your next bill will be available on Sep 15, 2026.</p></td></tr>{foot}"""
    mail(
        at(2026, 9, 5, 6, 40, "PT"),
        sender,
        "We received your payment",
        html_only(shell(inner), "base64"),
        ["T-Mobile"],
        "t-mobile-payment",
    )


# ================================================================ bills: insurance, mortgage, HOA, loan


def geico() -> None:
    """GEICO auto, 6-month policy paid in 6 monthly EFT payments; each term renews at a new premium."""
    sender = ("GEICO", "geico@email.geico.com")
    policy = "4528-71-34-60"
    legal = (
        "GEICO County Mutual Insurance Company. Government Employees Insurance Company &middot; GEICO General "
        "Insurance Company &middot; GEICO Indemnity Company &middot; GEICO Casualty Company. These companies are "
        "subsidiaries of Berkshire Hathaway Inc. GEICO Gecko image &copy; 1999-2026."
    )
    foot = f"""<tr><td style="padding:18px 28px;font-size:11px;color:#666;background:#f4f4f4;">
Questions? Call (800) 841-3000 or visit geico.com. Please do not reply to this email.<br>{legal}<br>
GEICO, 5260 Western Avenue, Chevy Chase, MD 20815</td></tr>"""
    head = """<tr><td style="padding:18px 28px;background:#154273;"><img src="https://www.geico.com/public/images/geico-logo-white.png" alt="GEICO" width="120"></td></tr>"""

    def paid(day: date, amount: float, nxt: date, nxt_amount: float) -> None:
        conf = digits(11)
        inner = f"""{head}<tr><td style="padding:26px 28px;font-size:15px;line-height:22px;">
<p>Hi Diego,</p><p>Thank you! Your payment has been processed.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #ddd;">
{
            trs(
                [
                    ("Policy Number", policy),
                    ("Payment Amount", usd(amount)),
                    ("Payment Date", mdy(day)),
                    ("Payment Method", "Automatic EFT &ndash; Checking ****2290"),
                    ("Confirmation Number", conf),
                ],
                style="padding:8px 12px;",
            )
        }
</table>
<p>Your next scheduled automatic payment of <b>{usd(nxt_amount)}</b> will be deducted on <b>{
            mdy(nxt)
        }</b>.</p>
<p>View your policy and billing details anytime in the GEICO Mobile app.</p></td></tr>{foot}"""
        mail(
            at(day.year, day.month, day.day, 7, RNG.randrange(60), "ET"),
            sender,
            "Your GEICO payment has been processed",
            html_only(shell(inner)),
            ["GEICO"],
            "geico-payment",
        )

    def renewal(sent: date, start: date, premium: float, inst: float) -> None:
        end = add_months(start, 6)
        plain = f"""GEICO - Your policy renewal

Hi Diego,

Your GEICO auto policy {policy} will renew on {mdy(start)}.

Policy period:        {mdy(start)} - {mdy(end)}
Vehicles:             2024 TESLA MODEL Y, 2019 HONDA CR-V
6-month premium:      {usd(premium)}

Your payment plan: 6 monthly payments of {usd(inst)}. Your first payment of
{usd(inst)} will be deducted automatically from checking ****2290 on {mdy(start)}.

Your rate changed because of factors including increased repair costs in your
area. Review your coverages or look for discounts at geico.com/my-account.

Your renewal documents, including your Texas ID cards, are available online.

Questions? Call (800) 841-3000.

GEICO County Mutual Insurance Company
"""
        inner = f"""{head}<tr><td style="padding:26px 28px;font-size:15px;line-height:22px;">
<h2 style="color:#154273;">Your policy renewal</h2>
<p>Hi Diego,</p><p>Your GEICO auto policy <b>{policy}</b> will renew on <b>{mdy(start)}</b>.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #ddd;">
{
            trs(
                [
                    ("Policy period", f"{mdy(start)} &ndash; {mdy(end)}"),
                    ("Vehicles", "2024 TESLA MODEL Y<br>2019 HONDA CR-V"),
                    ("6-month premium", usd(premium)),
                    ("Payment plan", f"6 monthly payments of {usd(inst)}"),
                    ("First payment", f"{usd(inst)} on {mdy(start)}"),
                ],
                style="padding:8px 12px;",
            )
        }
</table>
<p>Your payments will be deducted automatically from checking ****2290.</p>
<p>Your rate changed because of factors including increased repair costs in your area. Review your coverages or look for
discounts at <a href="https://www.geico.com/my-account/">geico.com/my-account</a>.</p>
<p>Your renewal documents, including your Texas ID cards, are available online.</p></td></tr>{foot}"""
        mail(
            at(sent.year, sent.month, sent.day, 11, RNG.randrange(60), "ET"),
            sender,
            "Your GEICO auto policy renewal is ready",
            alt(plain, shell(inner), "java"),
            ["GEICO"],
            "geico-renewal",
        )

    paid(date(2026, 1, 18), 192.10, date(2026, 2, 18), 192.10)
    renewal(date(2026, 5, 4), date(2026, 6, 18), 1190.22, 198.37)
    renewal(date(2026, 11, 2), date(2026, 12, 18), 1271.34, 211.89)
    paid(date(2026, 11, 18), 198.37, date(2026, 12, 18), 211.89)


def mr_cooper() -> None:
    """Mr. Cooper mortgage: P&I + escrow (Travis County taxes, homeowners insurance); escrow analysis in October."""
    sender = ("Mr. Cooper", "mrcooper@email.mrcooper.com")
    legal = (
        "Nationstar Mortgage LLC d/b/a Mr. Cooper is a debt collector. This is an attempt to collect a debt and any "
        "information obtained will be used for that purpose. NMLS #2119. 8950 Cypress Waters Blvd, Coppell, TX 75019. "
        "Mr. Cooper&reg; is a registered service mark of Nationstar Mortgage LLC. Texas Consumers: complaints regarding "
        "the servicing of your mortgage should be sent to the Department of Savings and Mortgage Lending, "
        "2601 N. Lamar, Suite 201, Austin, TX 78705."
    )
    head = """<tr><td style="padding:20px 30px;"><img src="https://www.mrcooper.com/static/images/mrcooper-logo.png" alt="Mr. Cooper" width="150"></td></tr>"""
    foot = f"""<tr><td style="padding:18px 30px;font-size:10px;color:#777;background:#f6f6f6;line-height:14px;">
Customer Service: 888-480-2432, Mon&ndash;Thu 7 a.m.&ndash;8 p.m., Fri 7 a.m.&ndash;7 p.m., Sat 8 a.m.&ndash;12 p.m. CT<br>{legal}</td></tr>"""

    def statement(sent: date, due: date, principal: float, interest: float, escrow: float) -> None:
        total = round(principal + interest + escrow, 2)
        late = round((principal + interest) * 0.04, 2)
        plain = f"""Your mortgage statement is ready

Hi Diego,

Your monthly mortgage statement for loan ending in 5789 is now available.

Payment Due Date:      {mdy(due)}
Amount Due:            {usd(total)}

  Principal            {usd(principal)}
  Interest             {usd(interest)}
  Escrow (Taxes and Insurance)  {usd(escrow)}

AutoPay is on. Your payment of {usd(total)} will be drafted from your account
ending in 2290 on {mdy(due)}.

If payment is received after {mdy(due + timedelta(days=15))}, a late fee of {usd(late)} will be charged.

View your statement: https://www.mrcooper.com/dashboard

Customer Service: 888-480-2432
Nationstar Mortgage LLC d/b/a Mr. Cooper, 8950 Cypress Waters Blvd, Coppell, TX 75019. NMLS #2119.
This is an attempt to collect a debt and any information obtained will be used for that purpose.
"""
        inner = f"""{head}<tr><td style="padding:8px 30px 24px 30px;font-size:15px;line-height:22px;">
<h2 style="font-weight:600;">Your mortgage statement is ready</h2>
<p>Hi Diego,</p><p>Your monthly mortgage statement for loan ending in <b>5789</b> is now available.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="border-top:2px solid #f26b21;">
{
            trs(
                [
                    ("Payment Due Date", mdy(due)),
                    ("Amount Due", f"<b>{usd(total)}</b>"),
                    ("&nbsp;&nbsp;Principal", usd(principal)),
                    ("&nbsp;&nbsp;Interest", usd(interest)),
                    ("&nbsp;&nbsp;Escrow (Taxes and Insurance)", usd(escrow)),
                ],
                style="padding:6px 0;",
            )
        }
</table>
<p>AutoPay is on. Your payment of {usd(total)} will be drafted from your account ending in 2290 on {
            mdy(due)
        }.</p>
<p style="font-size:13px;">If payment is received after {mdy(due + timedelta(days=15))}, a late fee of {
            usd(late)
        } will be charged.</p>
<p><a href="https://www.mrcooper.com/dashboard" style="background:#f26b21;color:#fff;padding:11px 22px;text-decoration:none;border-radius:4px;">View statement</a></p>
</td></tr>{foot}"""
        mail(
            at(sent.year, sent.month, sent.day, 8, RNG.randrange(60), "CT"),
            sender,
            "Your mortgage statement is ready",
            alt(plain, shell(inner), "java"),
            ["Mr. Cooper"],
            "mr-cooper-statement",
        )

    statement(date(2025, 12, 17), date(2026, 1, 1), 702.11, 1512.56, 912.40)
    statement(date(2026, 6, 16), date(2026, 7, 1), 720.84, 1493.83, 912.40)
    # escrow analysis
    plain = """Annual Escrow Account Disclosure Statement

Hi Diego,

We've completed the annual review of your escrow account for loan ending in
5789. Your escrow account pays your property taxes and homeowners insurance.

                                  Current       New
Principal & Interest            $2,214.67   $2,214.67
Escrow Payment                    $912.40     $948.01
Shortage Spread (12 months)         $0.00      $30.72
Total Monthly Payment           $3,127.07   $3,193.40

New payment effective: 12/01/2026

Why did my payment change?
  Travis County property taxes      $7,611.38  ->  $7,964.16
  Homeowners insurance (State Farm) $3,337.42  ->  $3,412.00

Your escrow account has a shortage of $368.64. We've spread it over 12 months,
or you may pay it in full to keep your payment lower. If you're on AutoPay,
your draft amount will update automatically.

View the full statement at mrcooper.com/dashboard.

Customer Service: 888-480-2432
Nationstar Mortgage LLC d/b/a Mr. Cooper. NMLS #2119.
"""
    inner = f"""{head}<tr><td style="padding:8px 30px 24px 30px;font-size:15px;line-height:22px;">
<h2 style="font-weight:600;">Annual Escrow Account Disclosure Statement</h2>
<p>Hi Diego,</p><p>We've completed the annual review of your escrow account for loan ending in <b>5789</b>. Your escrow account
pays your property taxes and homeowners insurance.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="font-size:14px;border:1px solid #ddd;">
<tr style="background:#f6f6f6;"><th align="left"></th><th align="right">Current</th><th align="right">New</th></tr>
<tr><td>Principal &amp; Interest</td><td align="right">$2,214.67</td><td align="right">$2,214.67</td></tr>
<tr><td>Escrow Payment</td><td align="right">$912.40</td><td align="right">$948.01</td></tr>
<tr><td>Shortage Spread (12 months)</td><td align="right">$0.00</td><td align="right">$30.72</td></tr>
<tr><td><b>Total Monthly Payment</b></td><td align="right"><b>$3,127.07</b></td><td align="right"><b>$3,193.40</b></td></tr>
</table>
<p><b>New payment effective: 12/01/2026</b></p>
<p><b>Why did my payment change?</b><br>Travis County property taxes: $7,611.38 &rarr; $7,964.16<br>
Homeowners insurance (State Farm): $3,337.42 &rarr; $3,412.00</p>
<p>Your escrow account has a shortage of $368.64. We've spread it over 12 months, or you may pay it in full to keep your payment
lower. If you're on AutoPay, your draft amount will update automatically.</p></td></tr>{foot}"""
    mail(
        at(2026, 10, 14, 9, 5, "CT"),
        sender,
        "Your escrow analysis is ready: your monthly payment is changing",
        alt(plain, shell(inner), "java"),
        ["Mr. Cooper"],
        "mr-cooper-escrow",
    )
    statement(date(2026, 11, 16), date(2026, 12, 1), 734.02, 1480.65, 978.73)


def state_farm_forward() -> None:
    """Lauren forwards the homeowners renewal: premium is paid from escrow, nothing due from them."""
    body = """Do we need to pay this or does Mr. Cooper take care of it? It says $0 due but
the premium went up again.
-L

---------- Forwarded message ---------
From: State Farm <statefarm@statefarmnotifications.com>
Date: Thu, Aug 20, 2026 at 10:14 AM
Subject: Your State Farm Homeowners Policy renewal
To: <lauren.ramirez.tx@gmail.com>


State Farm(R)

Your Homeowners Policy is renewing

Policy number:       83-BX-4471-2
Named insured:       Diego & Lauren Ramirez
Location:            8112 Copano Dr, Austin TX 78749
Renewal effective:   09/12/2026 - 09/12/2027

Annual premium:      $3,412.00
Amount due from you: $0.00

This premium is billed to your mortgagee:
NATIONSTAR MORTGAGE LLC DBA MR. COOPER ISAOA/ATIMA
Loan number ending 5789

Your renewal declarations page is available at statefarm.com. Your agent:
Kayla Nguyen, 4301 W William Cannon Dr, Austin TX 78749, (512) 555-0102.

State Farm Lloyds, Dallas, TX
"""
    mail(
        at(2026, 8, 20, 12, 31, "CT"),
        LAUREN,
        "Fwd: Your State Farm Homeowners Policy renewal",
        plain_only(body, "quoted-printable"),
        [],
        "fwd-state-farm",
        msgid=f"<CAK{alnum(30, False)}@mail.gmail.com>",
    )


def hoa() -> None:
    """Brodie Springs HOA: quarterly assessment through the TownSq portal; 2027 budget raises it."""
    sender = ("Brodie Springs HOA via TownSq", "no-reply@townsq.io")
    foot = """<tr><td style="padding:16px 28px;font-size:11px;color:#888;">Brodie Springs Homeowners Association, Inc. is managed by
Goodwin Management, Inc. &middot; 11149 Research Blvd, Suite 100, Austin, TX 78759 &middot; (512) 502-7509<br>
You are receiving this because you are a homeowner in Brodie Springs. Manage notification settings in the TownSq app.</td></tr>"""
    inner = f"""<tr><td style="padding:22px 28px;background:#2b3a55;color:#fff;font-size:18px;">TownSq</td></tr>
<tr><td style="padding:24px 28px;font-size:14px;line-height:21px;">
<p>Hello Diego Ramirez,</p>
<p>A new statement is available for your account at <b>Brodie Springs Homeowners Association</b>.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #e3e3e3;">
{
        trs(
            [
                ("Account #", "BSH-0412"),
                ("Property", "8112 Copano Dr"),
                ("Statement Date", "12/10/2025"),
                ("Q1 2026 Assessment", "$210.00"),
                ("Previous Balance", "$0.00"),
                ("Total Due", "<b>$210.00</b>"),
                ("Due Date", "01/01/2026"),
            ],
            style="padding:7px 12px;",
        )
    }
</table>
<p>A late charge of $25.00 will be applied to balances not received by 01/31/2026.</p>
<p>Pay online in TownSq by eCheck (no fee) or credit card (2.95% convenience fee).</p>
<p><a href="https://app.townsq.io/payments" style="background:#f15a29;color:#fff;padding:10px 20px;text-decoration:none;">Pay now</a></p>
</td></tr>{foot}"""
    mail(
        at(2025, 12, 10, 14, 2, "UTC"),
        sender,
        "New statement available - Brodie Springs Homeowners Association",
        html_only(shell(inner)),
        ["Brodie Springs HOA"],
        "hoa-statement",
    )
    for day, quarter in [(date(2026, 1, 2), "Q1 2026"), (date(2026, 10, 1), "Q4 2026")]:
        ref = f"TSQ-{digits(8)}"
        plain = f"""Payment confirmation

Hello Diego Ramirez,

Your payment to Brodie Springs Homeowners Association has been received.

Amount paid:       $210.00
Applied to:        {quarter} Assessment
Payment method:    eCheck ending 2290
Payment date:      {mdy(day)}
Reference number:  {ref}
Remaining balance: $0.00

Thank you!
TownSq | Brodie Springs Homeowners Association
Managed by Goodwin Management, Inc. (512) 502-7509
"""
        inner = f"""<tr><td style="padding:22px 28px;background:#2b3a55;color:#fff;font-size:18px;">TownSq</td></tr>
<tr><td style="padding:24px 28px;font-size:14px;line-height:21px;"><h3>Payment confirmation</h3><p>Hello Diego Ramirez,</p>
<p>Your payment to Brodie Springs Homeowners Association has been received.</p>
<table width="100%" cellpadding="0" cellspacing="0">{
            trs(
                [
                    ("Amount paid", "$210.00"),
                    ("Applied to", f"{quarter} Assessment"),
                    ("Payment method", "eCheck ending 2290"),
                    ("Payment date", mdy(day)),
                    ("Reference number", ref),
                    ("Remaining balance", "$0.00"),
                ]
            )
        }</table><p>Thank you!</p></td></tr>{foot}"""
        mail(
            at(day.year, day.month, day.day, 15, RNG.randrange(60), "UTC"),
            sender,
            "Payment confirmation - Brodie Springs Homeowners Association",
            alt(plain, shell(inner), "sendgrid"),
            ["Brodie Springs HOA"],
            "hoa-payment",
        )
    body = """FYI - HOA dues going up again next year. Can you update the bill pay thing?

---------- Forwarded message ---------
From: Brodie Springs HOA Board <board@brodiespringshoa.org>
Date: Wed, Nov 11, 2026 at 6:02 PM
Subject: Brodie Springs HOA - 2027 Budget Adopted / Assessment Notice
To: Brodie Springs Homeowners <homeowners@brodiespringshoa.org>


Dear Brodie Springs Homeowners,

At its regular meeting on November 10, 2026, the Board of Directors adopted
the 2027 operating budget. Because of higher landscaping, insurance and pool
maintenance costs, and to keep the reserve fund on track with the 2025 reserve
study, the regular assessment will increase.

  2026 quarterly assessment:   $210.00
  2027 quarterly assessment:   $228.00

The new amount applies beginning with the Q1 2027 assessment, due January 1,
2027. Statements will be posted to TownSq in December. If you pay through
your bank's bill pay, please update the amount.

The approved budget and the minutes are in the TownSq documents library.

On behalf of the Board,
Renee Castillo, Treasurer
Brodie Springs Homeowners Association, Inc.
c/o Goodwin Management, Inc., 11149 Research Blvd, Suite 100, Austin, TX 78759
"""
    mail(
        at(2026, 11, 12, 7, 48, "CT"),
        LAUREN,
        "Fwd: Brodie Springs HOA - 2027 Budget Adopted / Assessment Notice",
        plain_only(body, "quoted-printable"),
        ["Brodie Springs HOA"],
        "fwd-hoa-2027",
        msgid=f"<CAK{alnum(30, False)}@mail.gmail.com>",
    )


def ufcu_loan() -> None:
    """UFCU auto loan for the Model Y: $612.48 on the 15th by scheduled transfer."""
    sender = ("UFCU", "alerts@ufcu.org")
    foot = (
        "\n\nUniversity Federal Credit Union | P.O. Box 9350, Austin, TX 78766 | (512) 467-8080 | ufcu.org\n"
        "Federally insured by NCUA. Equal Housing Opportunity.\n"
        "This is an automated alert. Please do not reply. To change your alert settings, sign in to Digital Banking.\n"
    )
    for day, nxt, bal in [
        (date(2026, 2, 15), date(2026, 3, 15), 33391.18),
        (date(2026, 11, 15), date(2026, 12, 15), 28114.70),
    ]:
        text = (
            f"Hi DIEGO,\n\nWe received a payment on your loan.\n\n"
            f"Loan:                 AUTO LOAN ****3301\nPayment amount:       {usd(612.48)}\n"
            f"Date received:        {mdy(day)}\nFrom:                 CHECKING ****2290\n"
            f"Remaining principal:  {usd(bal)}\nNext payment due:     {usd(612.48)} on {mdy(nxt)}\n" + foot
        )
        mail(
            at(day.year, day.month, day.day, 6, RNG.randrange(60), "CT"),
            sender,
            "UFCU Alert: Loan payment received",
            plain_only(text, "7bit", "us-ascii"),
            ["UFCU Auto Loan"],
            "ufcu-payment",
        )
    text = (
        "Hi DIEGO,\n\nThis is a reminder that a payment is coming due on your loan.\n\n"
        "Loan:               AUTO LOAN ****3301\nPayment due:        $612.48\nDue date:           07/15/2026\n\n"
        "You have a scheduled transfer of $612.48 from CHECKING ****2290 on 07/15/2026. No action is needed.\n"
        + foot
    )
    mail(
        at(2026, 7, 10, 6, 30, "CT"),
        sender,
        "UFCU Alert: Loan payment due soon",
        plain_only(text, "7bit", "us-ascii"),
        ["UFCU Auto Loan"],
        "ufcu-reminder",
    )


# ================================================================ memberships and shops


def costco() -> None:
    """Costco Executive Membership, auto-renews yearly on the Costco Anywhere Visa; plus one costco.com order."""
    sender = ("Costco Wholesale", "costco@online.costco.com")
    foot = """<tr><td style="padding:16px 26px;font-size:11px;color:#777;">Costco Wholesale Corporation &middot; 999 Lake Drive &middot; Issaquah, WA 98027<br>
Please do not reply to this email. For help, visit customerservice.costco.com or call 1-800-774-2678.<br>
<a href="https://www.costco.com/privacy-policy.html">Privacy Policy</a> &middot; <a href="https://www.costco.com/unsubscribe">Unsubscribe</a> from promotional email</td></tr>"""
    head = """<tr><td style="padding:16px 26px;border-bottom:3px solid #e31837;"><img src="https://www.costco.com/wcsstore/CostcoGLOBALSAS/images/Costco_Logo-1.png" alt="Costco Wholesale" width="160"></td></tr>"""
    inner = f"""{head}<tr><td style="padding:22px 26px;font-size:14px;line-height:21px;">
<p>Dear Diego Ramirez,</p>
<p>Thank you for being an Executive Member. Your membership is set to auto-renew.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f5f7fa;">
{
        trs(
            [
                ("Membership Number", "111 2223 3344"),
                ("Membership Type", "Executive Membership"),
                ("Auto-Renewal Date", "03/01/2026"),
                ("Renewal Fee", "$130.00"),
                ("Payment Method", "Costco Anywhere Visa&reg; Card ending in 8821"),
            ],
            style="padding:7px 12px;",
        )
    }
</table>
<p>Your household card for Lauren Ramirez will renew at no additional cost. No action is needed to keep enjoying your benefits,
including your annual 2% Reward on qualified Costco purchases.</p>
<p>To make changes to your membership, sign in to costco.com or visit the membership counter at any warehouse.</p></td></tr>{
        foot
    }"""
    mail(
        at(2026, 2, 14, 9, 10, "PT"),
        sender,
        "Your Costco membership will auto-renew soon",
        html_only(shell(inner)),
        ["Costco Executive Membership"],
        "costco-renewal-reminder",
    )
    plain = """Costco Wholesale

Thank you for renewing your membership!

Dear Diego Ramirez,

Your Executive Membership has been renewed.

Membership Number:   111 2223 3344
Renewal Date:        03/01/2026
Amount Charged:      $130.00
Card:                Visa ending in 8821
Valid Through:       02/28/2027

Your next auto-renewal charge will be on or around 03/01/2027. You can turn
off auto-renewal at any time in your costco.com account.

Costco Wholesale Corporation, 999 Lake Drive, Issaquah, WA 98027
"""
    inner = f"""{head}<tr><td style="padding:22px 26px;font-size:14px;line-height:21px;">
<h2 style="color:#005dab;">Thank you for renewing your membership!</h2><p>Dear Diego Ramirez,</p>
<p>Your Executive Membership has been renewed.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f5f7fa;">
{
        trs(
            [
                ("Membership Number", "111 2223 3344"),
                ("Renewal Date", "03/01/2026"),
                ("Amount Charged", "$130.00"),
                ("Card", "Visa ending in 8821"),
                ("Valid Through", "02/28/2027"),
            ],
            style="padding:7px 12px;",
        )
    }</table>
<p>Your next auto-renewal charge will be on or around 03/01/2027. You can turn off auto-renewal at any time in your costco.com account.</p>
</td></tr>{foot}"""
    mail(
        at(2026, 3, 1, 6, 22, "PT"),
        sender,
        "Thank you for renewing your Costco membership",
        alt(plain, shell(inner), "java"),
        ["Costco Executive Membership"],
        "costco-renewed",
    )
    inner = f"""{head}<tr><td style="padding:22px 26px;font-size:14px;line-height:21px;">
<h2>Your 2% Reward is here</h2><p>Dear Diego Ramirez,</p>
<p>Your Executive Member 2% Reward of <b>$84.37</b> is ready to use. Find it in your Costco App under Digital Membership, or print it
from costco.com. Redeem it in any U.S. warehouse or on costco.com by 12/31/2026.</p>
<p style="font-size:12px;">2% Reward is earned on qualified purchases made between 03/01/2025 and 02/28/2026.</p></td></tr>{foot}"""
    mail(
        at(2026, 3, 18, 10, 2, "PT"),
        sender,
        "Your Executive Member 2% Reward is ready",
        html_only(shell(inner)),
        [],
        "costco-reward",
        extra=unsub("https://www.costco.com/unsubscribe?e=d.ramirez"),
    )
    order = "1204773918"
    inner = f"""{head}<tr><td style="padding:22px 26px;font-size:14px;line-height:21px;">
<h2>Thank you for your order!</h2><p>Order Number: <b>{order}</b><br>Order Date: 08/06/2026</p>
<table width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #ddd;">
<tr><td style="padding:8px 0;">Traeger Pro 780 Wi-Fi Pellet Grill<br><span style="color:#777;">Item 1587432 &middot; Qty 1</span></td><td align="right">$699.99</td></tr>
{trs([("Subtotal", "$699.99"), ("Shipping &amp; Handling", "$0.00"), ("Tax", "$57.75"), ("Order Total", "$757.74")], bold_last=True)}
</table>
<p>Ship to: Diego Ramirez, 8112 Copano Dr, Austin, TX 78749<br>Payment: Visa ending in 8821</p>
<p>Estimated delivery: 08/12/2026 &ndash; 08/15/2026. We'll send you an email when your order ships.</p></td></tr>{foot}"""
    mail(
        at(2026, 8, 6, 19, 41, "PT"),
        sender,
        f"Your Costco.com Order Number {order} Has Been Received",
        html_only(shell(inner)),
        [],
        "costco-order",
    )


def amazon() -> None:
    """Amazon Prime, annual $139 in June; one-off orders."""
    foot = """<tr><td style="padding:16px 20px;font-size:11px;color:#666;">&copy;2026 Amazon.com, Inc. or its affiliates. Amazon and all related marks
are trademarks of Amazon.com, Inc. or its affiliates. Amazon.com, 410 Terry Avenue N., Seattle, WA 98109-5210.<br>
This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.</td></tr>"""
    head = """<tr><td style="padding:14px 20px;"><img src="https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_US.png" alt="amazon" width="100"></td></tr>"""
    order = "112-4471093-8826551"
    plain = f"""Amazon.com

Ordered: "Kasa Smart Plug Mini 15A, Smart Home Wi-Fi Outlet..."

Hello Diego,
Thank you for shopping with us. We'll send a confirmation when your item ships.

Order #{order}
Arriving: Friday, January 16

Kasa Smart Plug Mini 15A, Smart Home Wi-Fi Outlet Works with Alexa, 4-Pack
Quantity: 1
$25.99

Item(s) Subtotal: $25.99
Shipping & Handling: $0.00
Estimated tax to be collected: $2.14
Grand Total: $28.13

View or manage order: https://www.amazon.com/your-orders/order-details?orderID={order}
"""
    inner = f"""{head}<tr><td style="padding:10px 20px;font-size:14px;">
<h2 style="font-weight:normal;">Ordered: "Kasa Smart Plug Mini 15A, Smart Home Wi-Fi Outlet..."</h2>
<p>Hello Diego,<br>Thank you for shopping with us. We'll send a confirmation when your item ships.</p>
<p>Order #{order}<br><b>Arriving: Friday, January 16</b></p>
<table width="100%">{
        trs(
            [
                (
                    "Kasa Smart Plug Mini 15A, Smart Home Wi-Fi Outlet Works with Alexa, 4-Pack &times; 1",
                    "$25.99",
                ),
                ("Item(s) Subtotal", "$25.99"),
                ("Shipping &amp; Handling", "$0.00"),
                ("Estimated tax to be collected", "$2.14"),
                ("Grand Total", "$28.13"),
            ],
            bold_last=True,
        )
    }</table></td></tr>{foot}"""
    mail(
        at(2026, 1, 14, 2, 17, "UTC"),
        ("Amazon.com", "auto-confirm@amazon.com"),
        'Your Amazon.com order of "Kasa Smart Plug Mini 15A, Smart..."',
        alt(plain, shell(inner), "java"),
        [],
        "amazon-order",
        msgid=f"<01000{hexid(11)}-{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(12)}-000000@email.amazonses.com>",
    )
    plain = """Amazon Prime

Hello Diego,

Thank you for being a Prime member. This is a reminder that your annual
Prime membership will renew on June 12, 2026.

Your Visa ending in 4417 will be charged $139.00 (plus any applicable taxes)
on that date. If you would like to make changes, visit Your Prime Membership
at amazon.com/prime before your renewal date.

In the past year your Prime membership saved you $318.66 on delivery.

Manage membership: https://www.amazon.com/gp/primecentral

Sincerely,
The Amazon Prime Team
"""
    inner = f"""{head}<tr><td style="padding:10px 20px;font-size:14px;line-height:20px;">
<p style="color:#00a8e1;font-size:20px;font-weight:bold;">prime</p><p>Hello Diego,</p>
<p>Thank you for being a Prime member. This is a reminder that your annual Prime membership will renew on <b>June 12, 2026</b>.</p>
<p>Your Visa ending in 4417 will be charged <b>$139.00</b> (plus any applicable taxes) on that date. If you would like to make changes,
visit <a href="https://www.amazon.com/gp/primecentral">Your Prime Membership</a> before your renewal date.</p>
<p>In the past year your Prime membership saved you $318.66 on delivery.</p><p>Sincerely,<br>The Amazon Prime Team</p></td></tr>{foot}"""
    mail(
        at(2026, 5, 29, 15, 3, "UTC"),
        ("Amazon Prime", "prime@amazon.com"),
        "Your Amazon Prime membership renews on June 12",
        alt(plain, shell(inner), "java"),
        ["Amazon Prime"],
        "amazon-prime-reminder",
    )
    inner = f"""{head}<tr><td style="padding:10px 20px;font-size:14px;line-height:20px;">
<p style="color:#00a8e1;font-size:20px;font-weight:bold;">prime</p><p>Hello Diego,</p>
<p>Thanks for continuing your Prime membership. We charged your Visa ending in 4417 <b>$139.00</b> on June 12, 2026 for your annual
membership fee.</p>
<table width="100%">{
        trs(
            [
                ("Plan", "Prime (Annual)"),
                ("Membership fee", "$139.00"),
                ("Tax", "$0.00"),
                ("Total", "$139.00"),
                ("Next renewal", "June 12, 2027"),
            ]
        )
    }</table>
<p>Keep enjoying fast, free delivery, Prime Video, Amazon Music Prime, Prime Gaming and more.</p></td></tr>{
        foot
    }"""
    mail(
        at(2026, 6, 12, 11, 48, "UTC"),
        ("Amazon Prime", "prime@amazon.com"),
        "Your Prime membership has been renewed",
        html_only(shell(inner)),
        ["Amazon Prime"],
        "amazon-prime-renewed",
    )
    order = "114-0983312-5561027"
    inner = f"""{head}<tr><td style="padding:10px 20px;font-size:14px;">
<h2 style="font-weight:normal;">Shipped: "LEGO Technic Ford Mustang Shelby..."</h2><p>Hi Diego, your package is on the way.</p>
<p>Order #{order}<br><b>Arriving tomorrow by 10 PM</b></p>
<table width="100%">{
        trs(
            [
                ("LEGO Technic Ford Mustang Shelby GT500 42138", "$44.99"),
                ("Ordered by", "Lauren"),
                ("Order Total", "$48.70"),
            ]
        )
    }</table>
<p><a href="https://www.amazon.com/gp/your-account/ship-track?orderId={
        order
    }">Track package</a></p></td></tr>{foot}"""
    mail(
        at(2026, 11, 24, 17, 9, "UTC"),
        ("Amazon.com", "shipment-tracking@amazon.com"),
        'Shipped: "LEGO Technic Ford Mustang Shelby..."',
        html_only(shell(inner)),
        [],
        "amazon-shipped",
        msgid=f"<01000{hexid(11)}-{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(12)}-000000@email.amazonses.com>",
    )


# ================================================================ streaming and music


def netflix() -> None:
    """Netflix: payment declined and fixed in March; upgraded Standard -> Premium from Oct 23."""
    sender = ("Netflix", "info@account.netflix.com")
    foot = """<tr><td style="padding:20px 40px;font-size:11px;color:#a9a9a9;">Questions? Call 1-866-579-7172<br>
This account email has been sent to you as part of your Netflix membership.<br>
Netflix, Inc. &middot; 121 Albright Way &middot; Los Gatos, CA 95032 USA<br>
<a href="https://www.netflix.com/termsofuse" style="color:#a9a9a9;">Terms of Use</a> &middot;
<a href="https://help.netflix.com/legal/privacy" style="color:#a9a9a9;">Privacy</a> &middot;
<a href="https://help.netflix.com" style="color:#a9a9a9;">Help Center</a></td></tr>"""
    head = """<tr><td style="padding:30px 40px 0 40px;"><img src="https://assets.nflxext.com/us/email/gem/nflx.png" alt="Netflix" width="90"></td></tr>"""
    inner = f"""{head}<tr><td style="padding:20px 40px;font-family:Helvetica,Arial,sans-serif;font-size:16px;line-height:22px;color:#221f1f;">
<h1 style="font-size:30px;">Please update your payment information</h1>
<p>Hi Diego,</p>
<p>We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update
your payment details.</p>
<table cellpadding="0" cellspacing="0" style="font-size:14px;">
{trs([("Plan", "Standard"), ("Monthly price", "$17.99"), ("Payment method", "Visa &bull;&bull;&bull;&bull; 4417")], style="padding:4px 24px 4px 0;")}
</table>
<p><a href="https://www.netflix.com/simplemember/editpayment" style="background:#e50914;color:#fff;padding:14px 30px;text-decoration:none;border-radius:4px;display:inline-block;">Update Account</a></p>
<p>Need help? We're here if you need it. Visit the Help Center or contact us now.</p><p>&mdash;Your friends at Netflix</p></td></tr>{foot}"""
    mail(
        at(2026, 3, 24, 5, 14, "UTC"),
        sender,
        "Please update your payment information",
        html_only(shell(inner)),
        ["Netflix"],
        "netflix-declined",
    )
    inner = f"""{
        head
    }<tr><td style="padding:20px 40px;font-family:Helvetica,Arial,sans-serif;font-size:16px;line-height:22px;color:#221f1f;">
<h1 style="font-size:30px;">Your payment method has been updated</h1><p>Hi Diego,</p>
<p>Thanks for updating your payment information. We successfully charged your new card, so your membership continues without
interruption.</p>
<table cellpadding="0" cellspacing="0" style="font-size:14px;">
{
        trs(
            [
                ("Plan", "Standard"),
                ("Amount charged", "$17.99"),
                ("Payment method", "Visa &bull;&bull;&bull;&bull; 0275"),
                ("Next billing date", "April 23, 2026"),
            ],
            style="padding:4px 24px 4px 0;",
        )
    }
</table><p>&mdash;Your friends at Netflix</p></td></tr>{foot}"""
    mail(
        at(2026, 3, 25, 1, 52, "UTC"),
        sender,
        "Your payment method has been updated",
        html_only(shell(inner)),
        ["Netflix"],
        "netflix-updated",
    )
    plain = """Netflix

You changed your plan

Hi Diego,

You've successfully changed your plan to Premium. You can now watch in Ultra
HD on up to 4 devices at the same time.

New plan:            Premium
New price:           $24.99/month
Starts:              October 23, 2026 (your next billing date)

You'll continue to enjoy your current plan until then. Prices may include
applicable taxes.

Questions? Visit the Help Center: https://help.netflix.com

-Your friends at Netflix

Netflix, Inc., 121 Albright Way, Los Gatos, CA 95032 USA
"""
    inner = f"""{head}<tr><td style="padding:20px 40px;font-family:Helvetica,Arial,sans-serif;font-size:16px;line-height:22px;color:#221f1f;">
<h1 style="font-size:30px;">You changed your plan</h1><p>Hi Diego,</p>
<p>You've successfully changed your plan to <b>Premium</b>. You can now watch in Ultra HD on up to 4 devices at the same time.</p>
<table cellpadding="0" cellspacing="0" style="font-size:14px;">
{trs([("New plan", "Premium"), ("New price", "$24.99/month"), ("Starts", "October 23, 2026 (your next billing date)")], style="padding:4px 24px 4px 0;")}
</table>
<p>You'll continue to enjoy your current plan until then. Prices may include applicable taxes.</p><p>&mdash;Your friends at Netflix</p></td></tr>{foot}"""
    mail(
        at(2026, 9, 30, 3, 26, "UTC"),
        sender,
        "Your plan has changed",
        alt(plain, shell(inner), "java"),
        ["Netflix"],
        "netflix-plan-change",
    )
    inner = f"""{head}<tr><td style="padding:20px 40px;font-family:Helvetica,Arial,sans-serif;font-size:16px;line-height:22px;color:#221f1f;">
<h1 style="font-size:28px;">New on Netflix this week</h1>
<p>Diego, here's what's new and trending in the US today.</p>
<p><b>Stranger Things: Tales From '85</b> &middot; <b>The Diplomat</b> Season 4 &middot; <b>Squid Game: America</b></p>
<p><a href="https://www.netflix.com/browse" style="background:#e50914;color:#fff;padding:12px 26px;text-decoration:none;">Watch Now</a></p></td></tr>
<tr><td style="padding:20px 40px;font-size:11px;color:#a9a9a9;">You are receiving this email because you opted in to new and
trending notifications. <a href="https://www.netflix.com/unsubscribe?t=nt" style="color:#a9a9a9;">Unsubscribe</a> &middot;
Netflix, Inc. &middot; 121 Albright Way &middot; Los Gatos, CA 95032 USA</td></tr>"""
    mail(
        at(2026, 11, 10, 19, 3, "UTC"),
        ("Netflix", "info@members.netflix.com"),
        "Diego, new on Netflix this week",
        html_only(shell(inner)),
        [],
        "netflix-marketing",
        extra=unsub("https://www.netflix.com/unsubscribe?t=nt"),
    )


def hbo_max() -> None:
    """HBO Max Standard monthly; card expired in July, subscription ended (inactive)."""
    sender = ("HBO Max", "hbomax@mail.hbomax.com")
    foot = """<tr><td style="padding:20px 30px;font-size:11px;color:#8c8c8c;background:#000;">Need help? Visit help.hbomax.com.<br>
&copy; 2026 WarnerMedia Direct, LLC. All rights reserved. HBO Max is used under license.<br>
WarnerMedia Direct, LLC &middot; 230 Park Avenue South &middot; New York, NY 10003</td></tr>"""
    head = """<tr><td style="padding:24px 30px;background:#000;"><img src="https://www.hbomax.com/img/email/hbomax-logo-white.png" alt="HBO Max" width="120"></td></tr>"""
    inner = f"""{
        head
    }<tr><td style="padding:26px 30px;background:#0d0d1a;color:#fff;font-size:15px;line-height:22px;">
<h2>Thanks for your payment</h2><p>Hi Diego,</p><p>Here's your receipt for your HBO Max subscription.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="color:#fff;">
{
        trs(
            [
                ("Plan", "HBO Max Standard (Monthly)"),
                ("Billing date", "January 9, 2026"),
                ("Amount", "$18.49"),
                ("Payment method", "Mastercard ending in 5530"),
                ("Next billing date", "February 9, 2026"),
                ("Order ID", f"HMX-{digits(10)}"),
            ],
            style="padding:6px 0;",
        )
    }
</table><p style="font-size:12px;">Prices include applicable taxes. Cancel anytime in Settings &gt; Subscription.</p></td></tr>{
        foot
    }"""
    mail(
        at(2026, 1, 9, 9, 31, "ET"),
        sender,
        "Your HBO Max receipt",
        html_only(shell(inner, color="#fff")),
        ["HBO Max"],
        "hbo-max-receipt",
    )
    inner = f"""{head}<tr><td style="padding:26px 30px;background:#0d0d1a;color:#fff;font-size:15px;line-height:22px;">
<h2>There's a problem with your payment</h2><p>Hi Diego,</p>
<p>We couldn't process your payment of <b>$18.49</b> for HBO Max Standard because the Mastercard ending in 5530 has expired.</p>
<p>Update your payment method by July 16, 2026 to keep watching.</p>
<p><a href="https://auth.hbomax.com/account/payment" style="background:#5822b4;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px;">Update payment method</a></p></td></tr>{foot}"""
    mail(
        at(2026, 7, 9, 10, 4, "ET"),
        sender,
        "Action needed: update your payment method",
        html_only(shell(inner, color="#fff")),
        ["HBO Max"],
        "hbo-max-failed",
    )
    plain = """HBO Max

Your subscription has ended

Hi Diego,

We weren't able to process your payment, so your HBO Max Standard
subscription ended on July 16, 2026. You won't be charged again.

Miss us already? You can restart anytime with the same profiles and watch
history at hbomax.com/subscribe.

Need help? Visit help.hbomax.com.
(c) 2026 WarnerMedia Direct, LLC.
"""
    inner = f"""{head}<tr><td style="padding:26px 30px;background:#0d0d1a;color:#fff;font-size:15px;line-height:22px;">
<h2>Your subscription has ended</h2><p>Hi Diego,</p>
<p>We weren't able to process your payment, so your HBO Max Standard subscription ended on July 16, 2026. You won't be charged again.</p>
<p>Miss us already? You can restart anytime with the same profiles and watch history.</p>
<p><a href="https://www.hbomax.com/subscribe" style="background:#5822b4;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px;">Restart subscription</a></p></td></tr>{foot}"""
    mail(
        at(2026, 7, 16, 11, 20, "ET"),
        sender,
        "Your HBO Max subscription has ended",
        alt(plain, shell(inner, color="#fff"), "java"),
        ["HBO Max"],
        "hbo-max-ended",
    )
    inner = f"""{head}<tr><td style="padding:26px 30px;background:#0d0d1a;color:#fff;font-size:15px;line-height:22px;">
<h2>Come back for $9.99/month</h2><p>The new season of <b>The Last of Us</b> and <b>House of the Dragon</b> are streaming now.</p>
<p>Restart HBO Max Basic With Ads for $9.99/month for 3 months. Then $10.99/month. Offer ends Sept 30.</p>
<p><a href="https://www.hbomax.com/offer" style="background:#5822b4;color:#fff;padding:12px 24px;text-decoration:none;">Get offer</a></p></td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#8c8c8c;background:#000;">You are receiving this email because you are a former
HBO Max subscriber. <a href="https://www.hbomax.com/unsubscribe" style="color:#8c8c8c;">Unsubscribe</a><br>
WarnerMedia Direct, LLC &middot; 230 Park Avenue South &middot; New York, NY 10003</td></tr>"""
    mail(
        at(2026, 9, 1, 12, 0, "ET"),
        ("HBO Max", "hbomax@marketing.hbomax.com"),
        "Diego, come back to HBO Max",
        html_only(shell(inner, color="#fff")),
        [],
        "hbo-max-winback",
        extra=unsub("https://www.hbomax.com/unsubscribe"),
    )


def paramount_plus() -> None:
    """Paramount+ Premium annual plan, $119.99 on Feb 14."""
    sender = ("Paramount+", "paramountplus@paramountplus.com")
    foot = """<tr><td style="padding:16px 30px;font-size:11px;color:#8a8a8a;">&copy; 2026 Paramount. All rights reserved.
Paramount+, 1515 Broadway, New York, NY 10036. <a href="https://www.paramountplus.com/account/">Manage account</a> &middot;
<a href="https://legal.paramount.com/us/en/pplus/terms-of-use">Terms of Use</a></td></tr>"""
    head = """<tr><td style="padding:22px 30px;background:#0064ff;"><img src="https://www.paramountplus.com/assets/email/pplus_logo_white.png" alt="Paramount+" width="130"></td></tr>"""
    plain = """Paramount+

Your annual plan renews soon

Hi Diego,

Just a heads up: your Paramount+ Premium annual plan will automatically renew
on February 14, 2026. You'll be charged $119.99 plus applicable tax on your
card ending in 4417.

No need to do anything if you want to keep streaming. To make changes, go
to paramountplus.com/account before your renewal date.

Paramount+, 1515 Broadway, New York, NY 10036
"""
    inner = f"""{head}<tr><td style="padding:24px 30px;font-size:15px;line-height:22px;">
<h2>Your annual plan renews soon</h2><p>Hi Diego,</p>
<p>Just a heads up: your <b>Paramount+ Premium</b> annual plan will automatically renew on <b>February 14, 2026</b>. You'll be charged
<b>$119.99</b> plus applicable tax on your card ending in 4417.</p>
<p>No need to do anything if you want to keep streaming. To make changes, go to Account before your renewal date.</p></td></tr>{foot}"""
    mail(
        at(2026, 1, 30, 13, 15, "ET"),
        sender,
        "Your Paramount+ annual plan renews soon",
        alt(plain, shell(inner), "java"),
        ["Paramount+"],
        "paramount-reminder",
    )
    inner = f"""{head}<tr><td style="padding:24px 30px;font-size:15px;line-height:22px;">
<h2>Thanks for renewing!</h2><p>Hi Diego, here's your receipt.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #ddd;">
{
        trs(
            [
                ("Invoice #", f"PP-{digits(9)}"),
                ("Date", "02/14/2026"),
                ("Plan", "Paramount+ Premium &ndash; Annual"),
                ("Subtotal", "$119.99"),
                ("Tax", "$0.00"),
                ("Total charged", "$119.99"),
                ("Card", "Visa ending 4417"),
                ("Next billing date", "02/14/2027"),
            ]
        )
    }
</table></td></tr>{foot}"""
    mail(
        at(2026, 2, 14, 8, 40, "ET"),
        sender,
        "Your Paramount+ receipt",
        html_only(shell(inner)),
        ["Paramount+"],
        "paramount-receipt",
    )
    inner = f"""{head}<tr><td style="padding:24px 30px;font-size:15px;line-height:22px;">
<h2>Football is back on Paramount+</h2><p>Stream NFL on CBS live every Sunday, plus Tulsa King, Landman and more.</p>
<p><a href="https://www.paramountplus.com/live-tv/">Watch live</a></p></td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#8a8a8a;"><a href="https://www.paramountplus.com/unsubscribe/">Unsubscribe</a> &middot;
Paramount+, 1515 Broadway, New York, NY 10036</td></tr>"""
    mail(
        at(2026, 9, 5, 10, 0, "ET"),
        ("Paramount+", "news@mail.paramountplus.com"),
        "Football is back. Stream it live on Paramount+",
        html_only(shell(inner)),
        [],
        "paramount-marketing",
        extra=unsub("https://www.paramountplus.com/unsubscribe/"),
    )


def hulu() -> None:
    """Hulu (With Ads), cancelled in August; win-back offer in October."""
    sender = ("Hulu", "hulu@hulumail.com")
    foot = """<tr><td style="padding:18px 30px;font-size:11px;color:#8b8b8b;">This email was sent to diego.ramirez.atx@gmail.com.
Hulu, LLC &middot; 2500 Broadway, Santa Monica, CA 90404<br><a href="https://help.hulu.com">Help Center</a> &middot;
<a href="https://www.hulu.com/privacy">Privacy Policy</a></td></tr>"""
    head = """<tr><td style="padding:22px 30px;"><img src="https://assetshuluimcom-a.akamaihd.net/email/hulu-logo-green.png" alt="hulu" width="90"></td></tr>"""
    inner = f"""{head}<tr><td style="padding:10px 30px 24px 30px;font-size:15px;line-height:22px;">
<h2>Your Hulu receipt</h2><p>Hi Diego,</p><p>Thanks for being a Hulu subscriber. Your monthly payment was processed.</p>
<table width="100%" cellpadding="0" cellspacing="0">
{
        trs(
            [
                ("Hulu (With Ads)", "$11.99"),
                ("Billing period", "Jan 3, 2026 &ndash; Feb 2, 2026"),
                ("Charged to", "Visa ending in 4417"),
                ("Total", "$11.99"),
            ],
            bold_last=True,
        )
    }
</table></td></tr>{foot}"""
    mail(
        at(2026, 1, 3, 7, 11, "PT"),
        sender,
        "Your Hulu receipt",
        html_only(shell(inner)),
        ["Hulu"],
        "hulu-receipt",
    )
    plain = """Hulu

Your subscription has been canceled

Hi Diego,

We're sorry to see you go. Your Hulu (With Ads) subscription has been
canceled and you won't be charged again.

You can keep watching until September 2, 2026, the end of your current
billing period.

Changed your mind? Restart anytime at hulu.com/account.

Hulu, LLC, 2500 Broadway, Santa Monica, CA 90404
"""
    inner = f"""{head}<tr><td style="padding:10px 30px 24px 30px;font-size:15px;line-height:22px;">
<h2>Your subscription has been canceled</h2><p>Hi Diego,</p>
<p>We're sorry to see you go. Your Hulu (With Ads) subscription has been canceled and you won't be charged again.</p>
<p>You can keep watching until <b>September 2, 2026</b>, the end of your current billing period.</p>
<p>Changed your mind? <a href="https://secure.hulu.com/account">Restart anytime</a>.</p></td></tr>{foot}"""
    mail(
        at(2026, 8, 20, 21, 37, "PT"),
        sender,
        "Your Hulu subscription has been canceled",
        alt(plain, shell(inner), "java"),
        ["Hulu"],
        "hulu-cancelled",
    )
    inner = f"""{head}<tr><td style="padding:10px 30px 24px 30px;font-size:15px;line-height:22px;">
<h2>We saved your spot</h2><p>Come back to Hulu (With Ads) for just <b>$2.99/month for 3 months</b>. Offer for returning subscribers
only; ends October 31, 2026. Then $11.99/month unless you cancel.</p>
<p><a href="https://signup.hulu.com/go/winback" style="background:#1ce783;color:#000;padding:12px 26px;text-decoration:none;">Get This Offer</a></p></td></tr>
<tr><td style="padding:18px 30px;font-size:11px;color:#8b8b8b;"><a href="https://www.hulu.com/unsubscribe">Unsubscribe</a> &middot; Hulu, LLC &middot; 2500 Broadway, Santa Monica, CA 90404</td></tr>"""
    mail(
        at(2026, 10, 15, 9, 30, "PT"),
        ("Hulu", "hulu@mail.hulu.com"),
        "Diego, come back to Hulu for $2.99/month",
        html_only(shell(inner)),
        [],
        "hulu-winback",
        extra=unsub("https://www.hulu.com/unsubscribe"),
    )


def spotify() -> None:
    """Spotify Premium Family, billed on the 4th; price rises to $21.99 from June."""
    sender = ("Spotify", "no-reply@spotify.com")
    foot = """<tr><td style="padding:20px 30px;font-size:11px;color:#888;">Get Spotify for: iPhone &middot; iPad &middot; Android &middot; Other<br>
This message was sent to diego.ramirez.atx@gmail.com. If you have questions or complaints, please contact us.<br>
<a href="https://www.spotify.com/us/legal/">Terms of Use</a> &middot; <a href="https://www.spotify.com/us/legal/privacy-policy/">Privacy Policy</a><br>
Spotify USA Inc., 150 Greenwich Street, 62nd Floor, New York, NY 10007, USA</td></tr>"""
    head = """<tr><td style="padding:24px 30px;"><img src="https://message-editor.scdn.co/spotify_logo_black.png" alt="Spotify" width="110"></td></tr>"""
    for day, price in [(date(2026, 1, 4), 19.99), (date(2026, 7, 4), 21.99), (date(2026, 10, 4), 21.99)]:
        nxt = add_months(day, 1)
        order = f"{digits(8)}{alnum(4)}"
        plain = f"""Spotify

Your receipt

Thanks for your purchase! Here's your receipt.

Order ID: {order}
Date: {mdy(day)}

Premium Family                    {usd(price)}
Period: {short_date(day)} - {short_date(nxt - timedelta(days=1))}

Total                             {usd(price)}
Paid with: Visa ending in 4417

Your next payment of {usd(price)} is due on {long_date(nxt)}.

Manage your plan: https://www.spotify.com/account/subscription/

Spotify USA Inc., 150 Greenwich Street, 62nd Floor, New York, NY 10007, USA
"""
        inner = f"""{head}<tr><td style="padding:10px 30px 24px 30px;font-size:15px;line-height:22px;">
<h1 style="font-size:30px;">Your receipt</h1><p>Thanks for your purchase! Here's your receipt.</p>
<p style="font-size:13px;color:#666;">Order ID: {order}<br>Date: {mdy(day)}</p>
<table width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #eee;">
{
            trs(
                [
                    (
                        "Premium Family<br><span style='color:#888;font-size:12px;'>Period: "
                        + short_date(day)
                        + " &ndash; "
                        + short_date(nxt - timedelta(days=1))
                        + "</span>",
                        usd(price),
                    ),
                    ("Total", usd(price)),
                ],
                bold_last=True,
                style="padding:10px 0;",
            )
        }
</table>
<p style="font-size:13px;">Paid with: Visa ending in 4417<br>Your next payment of {usd(price)} is due on {
            long_date(nxt)
        }.</p></td></tr>{foot}"""
        mail(
            at(day.year, day.month, day.day, 13, RNG.randrange(60), "UTC"),
            sender,
            "Your Spotify Premium receipt",
            alt(plain, shell(inner, font="Helvetica, Arial, sans-serif"), "google"),
            ["Spotify Premium Family"],
            "spotify-receipt",
        )
    plain = """Spotify

An update on your Premium Family plan

Hi Diego,

We update our prices from time to time so that we can continue to offer a
great experience and benefit artists. Your Premium Family price will change
from $19.99/month to $21.99/month.

The new price will apply from your billing date on June 4, 2026. You don't
need to do anything to keep listening. If you'd like to change or cancel
your plan, visit your account page.

Thank you for being part of Spotify.

Spotify USA Inc., 150 Greenwich Street, 62nd Floor, New York, NY 10007, USA
"""
    inner = f"""{head}<tr><td style="padding:10px 30px 24px 30px;font-size:15px;line-height:22px;">
<h1 style="font-size:28px;">An update on your Premium Family plan</h1><p>Hi Diego,</p>
<p>We update our prices from time to time so that we can continue to offer a great experience and benefit artists. Your Premium
Family price will change from <b>$19.99/month</b> to <b>$21.99/month</b>.</p>
<p>The new price will apply from your billing date on <b>June 4, 2026</b>. You don't need to do anything to keep listening. If you'd
like to change or cancel your plan, visit your account page.</p><p>Thank you for being part of Spotify.</p></td></tr>{foot}"""
    mail(
        at(2026, 4, 21, 14, 5, "UTC"),
        sender,
        "An update on your Premium Family plan price",
        alt(plain, shell(inner), "google"),
        ["Spotify Premium Family"],
        "spotify-price-change",
    )


def google_play() -> None:
    """YouTube Premium bought through Google Play (7th of the month), plus a one-off game."""
    sender = ("Google Play", "googleplay-noreply@google.com")

    def receipt(day: date, item: str, seller: str, price: float, recurring: bool) -> None:
        tax = round(price * 0.0825 + 1e-9, 2)
        order = f"GPA.{digits(4)}-{digits(4)}-{digits(4)}-{digits(5)}" + (
            f"..{RNG.randrange(1, 12)}" if recurring else ""
        )
        per = "/month" if recurring else ""
        plain = f"""Google Play

Thank you.

You've made a purchase from {seller} on the Google Play Store. This purchase was made
using diego.ramirez.atx@gmail.com.

Order number: {order}
Order date: {short_date(day)} {RNG.randrange(1, 12)}:{RNG.randrange(10, 59)}:{RNG.randrange(10, 59)} AM {"CDT" if _dst(day) else "CST"}

Item                                   Price
{item} ({seller})    {usd(price)}{per}
{"Auto-renewing subscription" if recurring else ""}
Tax: {usd(tax)}
Total: {usd(price + tax)}{per}

Payment method: Visa-4417

{"You can cancel your subscription at any time from Subscriptions in Google Play." if recurring else ""}
Learn more about the Google Play refund policy: https://support.google.com/googleplay/answer/2479637

(c) 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory email service announcement to update you about important changes to your
Google Play product or account.
"""
        inner = f"""<tr><td style="padding:24px 32px;"><img src="https://www.gstatic.com/android/market_images/email/logo_googleplay.png" alt="Google Play" width="140"></td></tr>
<tr><td style="padding:0 32px 20px 32px;font-family:Roboto,Arial,sans-serif;font-size:14px;color:#202124;">
<h2 style="font-weight:400;">Thank you.</h2>
<p>You've made a purchase from <b>{seller}</b> on the Google Play Store. This purchase was made using diego.ramirez.atx@gmail.com.</p>
<p style="color:#5f6368;font-size:12px;">Order number: {order}<br>Order date: {short_date(day)}</p>
<table width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #dadce0;">
<tr><td style="padding:10px 0;"><b>{item}</b> ({seller})<br><span style="color:#5f6368;font-size:12px;">{"Auto-renewing subscription" if recurring else "Game"}</span></td>
<td style="padding:10px 0;text-align:right;">{usd(price)}{per}</td></tr>
{trs([("Tax", usd(tax)), ("Total", f"{usd(price + tax)}{per}")], bold_last=True)}
</table>
<p style="font-size:12px;">Payment method: Visa-4417</p>
{'<p style="font-size:12px;">You can cancel your subscription at any time from <a href="https://play.google.com/store/account/subscriptions">Subscriptions</a> in Google Play.</p>' if recurring else ""}
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#80868b;">&copy; 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043<br>
You have received this mandatory email service announcement to update you about important changes to your Google Play product or account.</td></tr>"""
        mail(
            at(day.year, day.month, day.day, 7, RNG.randrange(60), "PT"),
            sender,
            f"Your Google Play Order Receipt from {short_date(day)}",
            alt(plain, shell(inner, width=560), "google", cte_html="base64"),
            ["YouTube Premium"] if recurring else [],
            "google-play-receipt",
            msgid=f"<{hexid(16)}.{digits(10)}.{hexid(8)}@google.com>",
        )

    receipt(date(2025, 12, 7), "YouTube Premium", "YouTube", 13.99, True)
    receipt(date(2026, 4, 7), "YouTube Premium", "YouTube", 13.99, True)
    receipt(date(2026, 6, 22), "Stardew Valley", "ConcernedApe", 4.99, False)
    receipt(date(2026, 9, 7), "YouTube Premium", "YouTube", 13.99, True)


# ================================================================ apps and software


def apple() -> None:
    """Apple: Apple One Family (19th) and Peloton App One on Diego's iPad (trial, then same day), a one-off app."""
    sender = ("Apple", "no_reply@email.apple.com")
    legal_txt = (
        "Apple respects your privacy.\nInformation regarding your personal information can be viewed at "
        "https://www.apple.com/legal/privacy/.\n\n\nTerms of Sale: https://www.apple.com/legal/itunes/us/sales.html\n"
        "Apple Account Summary: https://buy.itunes.apple.com/WebObjects/MZFinance.woa/wa/accountSummary?mt=8\n"
    )
    legal_html = """<tr><td style="padding:20px 0;font-size:10px;color:#888;font-family:-apple-system,Helvetica,Arial;">
Get help with subscriptions and purchases. <a href="https://support.apple.com/billing">Visit Apple Support</a>.<br><br>
Apple respects your privacy. Information regarding your personal information can be viewed at
<a href="https://www.apple.com/legal/privacy/">https://www.apple.com/legal/privacy/</a>.<br><br>
<a href="https://www.apple.com/legal/itunes/us/sales.html">Terms of Sale</a> &middot; <a href="https://www.apple.com/legal/privacy/">Privacy Policy</a><br>
Copyright &copy; 2026 Apple Distribution International Ltd. All rights reserved.</td></tr>"""

    def receipt(day: date, items: list[tuple[str, str, str, float, str]], charset: str = "utf-8") -> None:
        sub = round(sum(i[3] for i in items), 2)
        tax = round(sub * 0.0825 + 1e-9, 2)
        order, doc = alnum(10), digits(12)
        renew = add_months(day, 1)
        blocks = []
        html_rows = []
        for section, title, plan, price, device in items:
            dev = f"\n{device}" if device else ""
            ren = f"\nRenews {short_date(renew)}" if "(Monthly)" in plan else ""
            blocks.append(f"{section}\n{'-' * 80}\n\n{title:<60}{usd(price):>20}\n{plan}{ren}{dev}\n")
            html_rows.append(f"""<tr><td colspan="2" style="padding:14px 0 4px 0;font-size:13px;font-weight:600;background:#fafafa;">{section}</td></tr>
<tr><td style="padding:8px 0;font-size:12px;"><b>{title}</b><br>{plan}{"<br>Renews " + short_date(renew) if ren else ""}{"<br>" + device if device else ""}</td>
<td style="padding:8px 0;font-size:12px;text-align:right;vertical-align:top;"><b>{usd(price)}</b></td></tr>""")
        plain = f"""Apple Receipt
-----------------------------------------------------------

APPLE ACCOUNT
diego.ramirez.atx@gmail.com

BILLED TO
Visa .... 4417
Diego Ramirez
8112 Copano Dr
Austin, TX 78749
USA

ORDER ID:              {order}
DOCUMENT NO.:        {doc}
DATE:                {short_date(day)}
TOTAL:                      {usd(sub + tax)}


{chr(10).join(blocks)}
{"-" * 80}
{"Subtotal":>70}{usd(sub):>10}
{"Tax":>70}{usd(tax):>10}
{"-" * 80}

{"TOTAL":>70}{usd(sub + tax):>10}

Get help with subscriptions and purchases. Visit Apple Support.
Learn how to manage your password preferences for App Store purchases.


{legal_txt}"""
        html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Your receipt from Apple.</title></head>
<body style="margin:0;padding:0;font-family:-apple-system,'Helvetica Neue',Helvetica,Arial,sans-serif;">
<table width="640" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:24px 0;"><img src="https://www.apple.com/ac/globalnav/7/en_US/images/be15095f-5a20-57d0-ad14-cf4c638e223a/globalnav_apple_image__b5er5ngrzxqq_large.svg" width="26" alt="Apple"></td>
<td align="right" style="font-size:26px;color:#888;">Receipt</td></tr>
<tr><td colspan="2"><table width="100%" cellpadding="6" cellspacing="0" style="background:#fafafa;font-size:10px;border-radius:3px;">
<tr><td><span style="color:#666;">APPLE ACCOUNT</span><br>diego.ramirez.atx@gmail.com</td><td><span style="color:#666;">DATE</span><br>{short_date(day)}</td>
<td rowspan="2"><span style="color:#666;">BILLED TO</span><br>Visa .... 4417<br>Diego Ramirez<br>8112 Copano Dr<br>Austin, TX 78749<br>USA</td></tr>
<tr><td><span style="color:#666;">ORDER ID</span><br><a href="https://reportaproblem.apple.com/?s=6&amp;p={order}">{order}</a></td>
<td><span style="color:#666;">DOCUMENT NO.</span><br>{doc}</td></tr></table></td></tr>
{"".join(html_rows)}
<tr><td style="padding:12px 0 0 0;font-size:10px;color:#666;text-align:right;">Subtotal<br>Tax</td>
<td style="padding:12px 0 0 0;font-size:12px;text-align:right;">{usd(sub)}<br>{usd(tax)}</td></tr>
<tr><td style="padding:10px 0;font-size:10px;color:#666;text-align:right;border-top:1px solid #eee;">TOTAL</td>
<td style="padding:10px 0;font-size:16px;font-weight:600;text-align:right;border-top:1px solid #eee;">{usd(sub + tax)}</td></tr>
{legal_html}</table></body></html>
"""
        labels = []
        for _, title, _, _, _ in items:
            labels.append(
                "Apple One"
                if title.startswith("Apple One")
                else "Peloton App One"
                if title.startswith("Peloton")
                else None
            )
        mail(
            at(day.year, day.month, day.day, 8, RNG.randrange(60), "UTC"),
            sender,
            "Your receipt from Apple.",
            multi(
                "alternative",
                [
                    leaf(plain, "plain", charset, "QUOTED-PRINTABLE"),
                    leaf(html, "html", "utf-8", "QUOTED-PRINTABLE"),
                ],
                "java",
            ),
            [x for x in labels if x],
            "apple-receipt",
            msgid=f"<{digits(10)}.{digits(8)}.{digits(13)}@email.apple.com>",
        )

    apple_one = ("Apple Services", "Apple One", "Family (Monthly)", 25.95, "")
    peloton = ("App Store", "Peloton: Fitness & Workouts", "App One (Monthly)", 12.99, "Diego's iPad")
    receipt(date(2026, 1, 19), [apple_one], "iso-8859-1")
    # subscription confirmation for the Peloton trial
    plain = """Subscription Confirmation
-----------------------------------------------------------

Dear Diego,

You've subscribed to the following:

App                   Peloton: Fitness & Workouts
Subscription          App One (Monthly)
Content Provider      Peloton Interactive, Inc.
Date of Purchase      Jan 19, 2026
Trial Period          1 month free
Renewal Price         $12.99 per month
Renews                Feb 19, 2026

Your subscription will continue automatically for $12.99 per month (plus
applicable tax) after the free trial unless you cancel at least one day
before the trial ends. To learn more or cancel, review your subscriptions.

Manage Subscription: https://apps.apple.com/account/subscriptions

Regards,
Apple

"""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;">
<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 0;font-size:26px;">Subscription Confirmation</td></tr>
<tr><td style="font-size:14px;line-height:20px;"><p>Dear Diego,</p><p>You've subscribed to the following:</p>
<table cellpadding="4" cellspacing="0" style="font-size:13px;">
{
        trs(
            [
                ("App", "Peloton: Fitness &amp; Workouts"),
                ("Subscription", "App One (Monthly)"),
                ("Content Provider", "Peloton Interactive, Inc."),
                ("Date of Purchase", "Jan 19, 2026"),
                ("Trial Period", "1 month free"),
                ("Renewal Price", "$12.99 per month"),
                ("Renews", "Feb 19, 2026"),
            ],
            style="padding:4px 20px 4px 0;",
        )
    }
</table>
<p>Your subscription will continue automatically for $12.99 per month (plus applicable tax) after the free trial unless you cancel at least
one day before the trial ends. To learn more or cancel, <a href="https://apps.apple.com/account/subscriptions">review your subscriptions</a>.</p>
<p>Regards,<br>Apple</p></td></tr>{legal_html}</table></body></html>
"""
    mail(
        at(2026, 1, 20, 0, 41, "UTC"),
        sender,
        "Your Subscription Confirmation",
        multi(
            "alternative",
            [
                leaf(plain + legal_txt, "plain", "utf-8", "QUOTED-PRINTABLE"),
                leaf(html, "html", "utf-8", "QUOTED-PRINTABLE"),
            ],
            "java",
        ),
        ["Peloton App One"],
        "apple-subscription-confirmation",
        msgid=f"<{digits(10)}.{digits(8)}.{digits(13)}@email.apple.com>",
    )
    receipt(date(2026, 2, 19), [apple_one, peloton])
    receipt(
        date(2026, 8, 3),
        [("App Store", "Procreate Pocket", "Drawing app", 5.99, "Lauren's iPhone")],
        "iso-8859-1",
    )
    receipt(date(2026, 10, 19), [apple_one, peloton])


def github() -> None:
    """GitHub Copilot Pro after a free trial: $10.00 + Texas sales tax $0.66, on the 2nd."""
    sender = ("GitHub", "noreply@github.com")
    text = """Hey @dramirez-atx,

Your free trial of GitHub Copilot Pro ends on January 2, 2026. After that,
you'll be billed $10.00/month plus applicable taxes to your Visa ending in
4417, starting January 2, 2026.

You don't need to do anything to keep using Copilot. If you don't want to
continue, you can cancel your trial before it ends:
https://github.com/settings/copilot

Thanks,
The GitHub Team

---
You're receiving this email because you started a GitHub Copilot Pro trial.
GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107
"""
    mail(
        at(2025, 12, 30, 9, 2, "PT"),
        sender,
        "Your GitHub Copilot Pro trial ends in 3 days",
        plain_only(text, "7bit", "UTF-8"),
        ["GitHub Copilot Pro"],
        "github-trial-ending",
        msgid=f"<dramirez-atx/copilot/trial/{hexid(10)}@github.com>",
    )
    for day in [date(2026, 1, 2), date(2026, 6, 2), date(2026, 11, 2)]:
        through = add_months(day, 1) - timedelta(days=1)
        text = f"""We received payment for your GitHub Copilot Pro subscription. Thanks for your business!

Questions? Visit https://github.com/contact

------------------------------------
GITHUB RECEIPT - PERSONAL SUBSCRIPTION - dramirez-atx

Date: {day.isoformat()} {RNG.randrange(1, 11):02d}:{RNG.randrange(60):02d}AM {"PDT" if _dst(day) else "PST"}

Account billed: dramirez-atx (diego.ramirez.atx@gmail.com)
Total: $10.66 USD

Charged to: Visa (4XXXXXXXXXXX4417)
Transaction ID: ch_{alnum(24, False)}
For service through: {through.isoformat()}

GitHub Copilot Pro (monthly): $10.00 USD
Sales Tax: $0.66 USD

Diego Ramirez
8112 Copano Dr
Austin, TX 78749
United States

GitHub, Inc.
88 Colin P. Kelly Jr. Street
San Francisco, CA 94107
------------------------------------
"""
        mail(
            at(day.year, day.month, day.day, 8, RNG.randrange(60), "PT"),
            sender,
            "[GitHub] Payment Receipt for dramirez-atx",
            plain_only(text, "7bit", "UTF-8"),
            ["GitHub Copilot Pro"],
            "github-receipt",
            msgid=f"<dramirez-atx/billing/receipt/{hexid(12)}@github.com>",
        )


def openai() -> None:
    """ChatGPT Plus via Stripe: $20.00 + Texas tax on 80% ($1.32); a failed charge in March."""
    sender = ("OpenAI", "invoice+statements@tm1.openai.com")

    def receipt(paid: date, start: date) -> None:
        end = add_months(start, 1)
        rec = f"{digits(4)}-{digits(4)}"
        inv = f"{alnum(8)}-{RNG.randrange(1, 20):04d}"
        card = "4417" if paid < date(2026, 3, 12) else "0275"
        plain = f"""OpenAI, LLC

Receipt from OpenAI, LLC
$21.32
Paid {long_date(paid)}

Receipt number {rec}
Invoice number {inv}
Payment method Visa - {card}

Receipt #{rec}

{short_date(start).rsplit(",", 1)[0]} - {short_date(end)}

ChatGPT Plus Subscription    Qty 1    $20.00
Subtotal                              $20.00
Total excluding tax                   $20.00
Sales Tax - Texas (8.25% on $16.00)    $1.32
Total                                 $21.32
Amount paid                           $21.32

Questions? Visit our support site at https://help.openai.com/, contact us at
ar@openai.com, or call us at +1 415-728-8443.

Something wrong with the email? View it in your browser.

You're receiving this email because you made a purchase at OpenAI, LLC,
which partners with Stripe to provide invoicing and payment processing.
"""
        inner = f"""<tr><td style="padding:28px 36px;font-family:-apple-system,'SF Pro Display','Segoe UI',Roboto,sans-serif;color:#414552;">
<p style="font-size:16px;color:#687385;">Receipt from OpenAI, LLC</p>
<p style="font-size:36px;font-weight:600;color:#1a1b25;margin:0;">$21.32</p>
<p style="font-size:14px;color:#687385;">Paid {long_date(paid)}</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;">
{
            trs(
                [
                    ("Receipt number", rec),
                    ("Invoice number", inv),
                    ("Payment method", f"Visa &ndash; {card}"),
                ],
                style="padding:4px 0;",
            )
        }
</table>
<p style="font-size:13px;color:#687385;margin-top:24px;">{short_date(start).rsplit(",", 1)[0]} &ndash; {
            short_date(end)
        }</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;">
<tr><td style="padding:6px 0;">ChatGPT Plus Subscription<br><span style="color:#687385;">Qty 1</span></td><td style="text-align:right;">$20.00</td></tr>
{
            trs(
                [
                    ("Subtotal", "$20.00"),
                    ("Total excluding tax", "$20.00"),
                    ("Sales Tax - Texas (8.25% on $16.00)", "$1.32"),
                    ("Total", "$21.32"),
                    ("Amount paid", "$21.32"),
                ],
                bold_last=True,
                style="padding:6px 0;border-top:1px solid #ebeef1;",
            )
        }
</table>
<p style="font-size:12px;color:#687385;margin-top:28px;">Questions? Visit our support site at help.openai.com, contact us at
ar@openai.com, or call us at +1 415-728-8443.</p>
<p style="font-size:12px;color:#687385;">You're receiving this email because you made a purchase at OpenAI, LLC, which partners with
<a href="https://stripe.com">Stripe</a> to provide invoicing and payment processing.</p></td></tr>"""
        mail(
            at(paid.year, paid.month, paid.day, 18, RNG.randrange(60), "UTC"),
            sender,
            f"Your receipt from OpenAI, LLC #{rec}",
            alt(plain, shell(inner, width=560), "sendgrid"),
            ["ChatGPT Plus"],
            "openai-receipt",
            msgid=f"<{hexid(24)}@stripe.com>",
        )

    receipt(date(2025, 12, 11), date(2025, 12, 11))
    plain = """ChatGPT

Your payment failed

Hi Diego,

We couldn't process the payment of $21.32 for your ChatGPT Plus
subscription. Your card ending in 4417 was declined.

We'll try again on March 14, 2026. To keep your Plus features, please update
your payment method: https://chatgpt.com/#settings/Account

If we can't collect the payment, your account will be moved to the Free
plan.

- The OpenAI team

OpenAI, 1455 3rd Street, San Francisco, CA 94158
"""
    inner = """<tr><td style="padding:30px 36px;font-family:'Segoe UI',Roboto,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#202123;">
<h2>Your payment failed</h2><p>Hi Diego,</p>
<p>We couldn't process the payment of <b>$21.32</b> for your ChatGPT Plus subscription. Your card ending in 4417 was declined.</p>
<p>We'll try again on March 14, 2026. To keep your Plus features, please update your payment method.</p>
<p><a href="https://chatgpt.com/#settings/Account" style="background:#10a37f;color:#fff;padding:11px 20px;text-decoration:none;border-radius:4px;">Update payment method</a></p>
<p>If we can't collect the payment, your account will be moved to the Free plan.</p><p>&ndash; The OpenAI team</p></td></tr>
<tr><td style="padding:16px 36px;font-size:11px;color:#999;">OpenAI, 1455 3rd Street, San Francisco, CA 94158</td></tr>"""
    mail(
        at(2026, 3, 11, 18, 7, "UTC"),
        ("OpenAI", "noreply@tm.openai.com"),
        "Action needed: your ChatGPT Plus payment failed",
        alt(plain, shell(inner), "sendgrid"),
        ["ChatGPT Plus"],
        "openai-payment-failed",
    )
    receipt(date(2026, 3, 12), date(2026, 3, 11))
    receipt(date(2026, 11, 11), date(2026, 11, 11))


def onepassword() -> None:
    """1Password Families, yearly $59.88 + Texas tax $3.95 on March 9."""
    sender = ("1Password", "billing@1password.com")
    plain = """1Password

Your 1Password Families membership renews soon

Hi Diego,

Your 1Password Families membership for the "Ramirez Family" account will renew
automatically on March 9, 2026.

Plan:      1Password Families (annual)
Price:     $59.88 USD per year, plus applicable taxes
Card:      Visa ending in 4417

You don't need to do anything. To change your billing details, sign in to
ramirezfamily.1password.com and open Billing.

Thanks for protecting your family with 1Password.

AgileBits Inc. dba 1Password | 4711 Yonge St, 10th Floor, Toronto ON M2N 6K8, Canada
"""
    mail(
        at(2026, 3, 2, 10, 40, "ET"),
        sender,
        "Your 1Password Families membership renews on March 9",
        plain_only(plain, "quoted-printable"),
        ["1Password Families"],
        "1password-reminder",
    )
    plain = """1Password

Receipt

Account:         Ramirez Family (ramirezfamily.1password.com)
Invoice number:  1P-2026-0309-83114
Date paid:       March 9, 2026

1Password Families - annual subscription
Mar 9, 2026 - Mar 9, 2027                       $59.88
Texas sales tax                                  $3.95
Total paid                                      $63.83 USD

Paid with Visa ending in 4417.
Your membership will renew on March 9, 2027.

AgileBits Inc. dba 1Password | 4711 Yonge St, 10th Floor, Toronto ON M2N 6K8, Canada
"""
    inner = f"""<tr><td style="padding:24px 32px;"><img src="https://1password.com/img/email/1password-logo.png" alt="1Password" width="130"></td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:14px;line-height:21px;color:#1a1a1a;">
<h2>Receipt</h2>
<p>Account: Ramirez Family (ramirezfamily.1password.com)<br>Invoice number: 1P-2026-0309-83114<br>Date paid: March 9, 2026</p>
<table width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #e6e6e6;">
{
        trs(
            [
                (
                    "1Password Families &ndash; annual subscription<br><span style='color:#777;'>Mar 9, 2026 &ndash; Mar 9, 2027</span>",
                    "$59.88",
                ),
                ("Texas sales tax", "$3.95"),
                ("Total paid", "$63.83 USD"),
            ],
            bold_last=True,
            style="padding:8px 0;",
        )
    }
</table>
<p>Paid with Visa ending in 4417.<br>Your membership will renew on March 9, 2027.</p></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#888;">AgileBits Inc. dba 1Password &middot; 4711 Yonge St, 10th Floor, Toronto ON M2N 6K8, Canada</td></tr>"""
    mail(
        at(2026, 3, 9, 11, 3, "ET"),
        sender,
        "Your 1Password receipt",
        alt(plain, shell(inner), "rails"),
        ["1Password Families"],
        "1password-receipt",
    )
    inner = """<tr><td style="padding:24px 32px;"><img src="https://1password.com/img/email/1password-logo.png" alt="1Password" width="130"></td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:15px;line-height:22px;">
<h2>What's new in 1Password: passkeys everywhere</h2><p>Save and sign in with passkeys on every device, share items with anyone,
and try the new Travel Mode controls for families.</p><p><a href="https://1password.com/blog">Read the blog</a></p></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#888;">You're receiving this because you subscribed to 1Password product news.
<a href="https://1password.com/unsubscribe">Unsubscribe</a>. AgileBits Inc. dba 1Password, Toronto, Canada</td></tr>"""
    mail(
        at(2026, 8, 12, 12, 0, "ET"),
        ("1Password", "news@1password.com"),
        "What's new in 1Password: passkeys everywhere",
        html_only(shell(inner)),
        [],
        "1password-news",
        extra=unsub("https://1password.com/unsubscribe"),
    )


def tonal() -> None:
    """Tonal membership, $59.95 on the 27th; one failed charge in June retried two days later."""
    sender = ("Tonal", "billing@tonal.com")
    head = """<tr><td style="padding:22px 30px;background:#111;"><img src="https://www.tonal.com/email/tonal-wordmark-white.png" alt="TONAL" width="110"></td></tr>"""
    foot = """<tr><td style="padding:16px 30px;font-size:11px;color:#888;">Tonal Systems, Inc. &middot; 617 Bryant Street, San Francisco, CA 94107<br>
Questions? Contact Member Services at support@tonal.com or (855) 698-6625.</td></tr>"""

    def receipt(paid: date, nxt: date) -> None:
        inv = f"TNL-{digits(7)}"
        inner = f"""{head}<tr><td style="padding:24px 30px;font-size:15px;line-height:22px;">
<h2>Your Tonal Membership receipt</h2><p>Hi Diego, thanks for training with Tonal.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #ddd;">
{
            trs(
                [
                    ("Invoice", inv),
                    ("Date", mdy(paid)),
                    ("Tonal Membership (monthly)", "$59.95"),
                    ("Tax", "$0.00"),
                    ("Total", "$59.95"),
                    ("Payment method", "Amex ending 1009"),
                    ("Next billing date", mdy(nxt)),
                ]
            )
        }
</table></td></tr>{foot}"""
        mail(
            at(paid.year, paid.month, paid.day, 6, RNG.randrange(60), "PT"),
            sender,
            "Your Tonal Membership receipt",
            html_only(shell(inner)),
            ["Tonal Membership"],
            "tonal-receipt",
        )

    receipt(date(2026, 1, 27), date(2026, 2, 27))
    inner = f"""{head}<tr><td style="padding:24px 30px;font-size:15px;line-height:22px;">
<h2>We couldn't process your payment</h2><p>Hi Diego,</p>
<p>Your payment of <b>$59.95</b> for your Tonal Membership on 06/27/2026 was declined. We'll retry your Amex ending 1009 in 2 days.
Update your payment method in the Tonal app (Settings &gt; Membership) to avoid losing access to workouts, programs and Smart
Flex features.</p></td></tr>{foot}"""
    mail(
        at(2026, 6, 27, 6, 14, "PT"),
        sender,
        "Action required: update your payment method",
        html_only(shell(inner)),
        ["Tonal Membership"],
        "tonal-failed",
    )
    receipt(date(2026, 6, 29), date(2026, 7, 27))
    receipt(date(2026, 10, 27), date(2026, 11, 27))


# ================================================================ dog, home, delivery


def chewy() -> None:
    """Chewy Autoship for the dog's food: every 6 weeks with two skips, then every 4 weeks from August."""
    sender = ("Chewy", "no-reply@chewy.com")
    foot = """<tr><td style="padding:18px 28px;font-size:11px;color:#777;background:#f5f5f5;">Questions? We're here 24/7: 1-800-672-4399 &middot; chewy.com/help<br>
Chewy, Inc. &middot; 7700 West Sunrise Blvd &middot; Plantation, FL 33322<br>
<a href="https://www.chewy.com/app/account/autoship">Manage Autoship</a> &middot; <a href="https://www.chewy.com/app/content/privacy">Privacy Policy</a></td></tr>"""
    head = """<tr><td style="padding:16px 28px;background:#1c49c2;"><img src="https://img.chewy.com/is/image/catalog/email/chewy-logo-white.png" alt="Chewy" width="110"></td></tr>"""
    food = "Purina Pro Plan Adult Large Breed Chicken &amp; Rice Formula Dry Dog Food, 34-lb bag"
    food_txt = "Purina Pro Plan Adult Large Breed Chicken & Rice Formula Dry Dog Food, 34-lb bag"

    def shipped(day: date, price: float, nxt: date, freq: str, zone_hour: int = 13) -> None:
        auto = round(price * 0.95 + 1e-9, 2)
        tax = round(auto * 0.0825 + 1e-9, 2)
        order = digits(10)
        plain = f"""Chewy

Your order has shipped!

Hi Diego,
Good news: your Autoship order is on its way to Bishop.

Order #{order}
Ship to: Diego Ramirez, 8112 Copano Dr, Austin, TX 78749
Estimated delivery: {short_date(day + timedelta(days=2))}

{food_txt}
Qty: 1    {usd(price)}   Autoship price: {usd(auto)}

Merchandise Subtotal: {usd(auto)}
Shipping: FREE
Estimated Tax: {usd(tax)}
Order Total: {usd(auto + tax)}
Paid with Visa ending in 4417

Autoship: {freq}. Your next Autoship order will ship on {long_date(nxt)}.

Track your package: https://www.chewy.com/app/account/orderhistory
Questions? We're here 24/7: 1-800-672-4399
Chewy, Inc., 7700 West Sunrise Blvd, Plantation, FL 33322
"""
        inner = f"""{head}<tr><td style="padding:22px 28px;font-size:14px;line-height:21px;">
<h2 style="color:#1c49c2;">Your order has shipped!</h2><p>Hi Diego,<br>Good news: your Autoship order is on its way to Bishop.</p>
<p>Order #{order}<br>Estimated delivery: <b>{short_date(day + timedelta(days=2))}</b></p>
<table width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #ddd;">
<tr><td style="padding:8px 0;">{food}<br><span style="color:#777;">Qty: 1 &middot; <s>{usd(price)}</s></span></td><td align="right">{usd(auto)}</td></tr>
{trs([("Merchandise Subtotal", usd(auto)), ("Shipping", "FREE"), ("Estimated Tax", usd(tax)), ("Order Total", usd(auto + tax))], bold_last=True)}
</table>
<p style="font-size:13px;">Paid with Visa ending in 4417</p>
<p style="background:#eef3ff;padding:10px;">Autoship: <b>{freq}</b>. Your next Autoship order will ship on <b>{long_date(nxt)}</b>.</p>
</td></tr>{foot}"""
        mail(
            at(day.year, day.month, day.day, zone_hour, RNG.randrange(60), "ET"),
            sender,
            "Your Chewy order has shipped!",
            alt(plain, shell(inner), "sendgrid"),
            ["Chewy Autoship"],
            "chewy-shipped",
        )

    def skipped(day: date, skipped_on: date, nxt: date) -> None:
        inner = f"""{head}<tr><td style="padding:22px 28px;font-size:14px;line-height:21px;">
<h2>You skipped your next Autoship</h2><p>Hi Diego,</p>
<p>No problem! We've skipped the Autoship order that was scheduled to ship on {long_date(skipped_on)}.</p>
<table width="100%" cellpadding="0" cellspacing="0">{
            trs(
                [
                    ("Autoship", "Bishop's food"),
                    ("Frequency", "Every 6 weeks"),
                    ("Next ship date", long_date(nxt)),
                ]
            )
        }</table>
<p>Need it sooner? You can ship your Autoship now from your account.</p></td></tr>{foot}"""
        mail(
            at(day.year, day.month, day.day, 21, RNG.randrange(60), "ET"),
            sender,
            "You skipped your next Autoship",
            html_only(shell(inner)),
            ["Chewy Autoship"],
            "chewy-skipped",
        )

    shipped(date(2025, 12, 10), 76.98, date(2026, 1, 21), "Every 6 weeks")
    skipped(date(2026, 1, 18), date(2026, 1, 21), date(2026, 3, 4))
    skipped(date(2026, 5, 24), date(2026, 5, 27), date(2026, 7, 8))
    plain = f"""Chewy

Your Autoship has been updated

Hi Diego,

We've updated your Autoship. Here are your new details:

Autoship:        Bishop's food
Frequency:       Every 4 weeks (was: Every 6 weeks)
Next ship date:  August 19, 2026

{food_txt}
Qty: 1    Autoship price: $73.13

You'll always get an email reminder before each Autoship ships. You can
change, skip or cancel anytime at chewy.com/app/account/autoship.

Chewy, Inc., 7700 West Sunrise Blvd, Plantation, FL 33322
"""
    inner = f"""{head}<tr><td style="padding:22px 28px;font-size:14px;line-height:21px;">
<h2>Your Autoship has been updated</h2><p>Hi Diego,</p><p>We've updated your Autoship. Here are your new details:</p>
<table width="100%" cellpadding="0" cellspacing="0">{
        trs(
            [
                ("Autoship", "Bishop's food"),
                ("Frequency", "Every 4 weeks <span style='color:#777;'>(was: Every 6 weeks)</span>"),
                ("Next ship date", "August 19, 2026"),
                (food + " &times; 1", "Autoship price: $73.13"),
            ]
        )
    }</table>
<p>You'll always get an email reminder before each Autoship ships. You can change, skip or cancel anytime.</p></td></tr>{
        foot
    }"""
    mail(
        at(2026, 8, 3, 20, 15, "ET"),
        sender,
        "Your Autoship has been updated",
        alt(plain, shell(inner), "sendgrid"),
        ["Chewy Autoship"],
        "chewy-autoship-updated",
    )
    order = digits(10)
    inner = f"""{head}<tr><td style="padding:22px 28px;font-size:14px;line-height:21px;">
<h2 style="color:#1c49c2;">Thanks for your order, Diego!</h2><p>Order #{order} &middot; placed {long_date(date(2026, 10, 20))}</p>
<table width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #ddd;">
<tr><td style="padding:8px 0;">Frisco Orthopedic Dog Bed, Gray, Large<br><span style="color:#777;">Qty: 1</span></td><td align="right">$59.99</td></tr>
{trs([("Merchandise Subtotal", "$59.99"), ("Shipping", "FREE"), ("Estimated Tax", "$4.95"), ("Order Total", "$64.94")], bold_last=True)}
</table><p style="font-size:13px;">This is a one-time order. Want it on repeat? Add it to Autoship and save 5%.</p></td></tr>{foot}"""
    mail(
        at(2026, 10, 20, 22, 4, "ET"),
        sender,
        "Thanks for your Chewy order!",
        html_only(shell(inner)),
        [],
        "chewy-order",
    )
    shipped(date(2026, 11, 11), 78.99, date(2026, 12, 9), "Every 4 weeks")


def barkbox() -> None:
    """BarkBox 6-month plan billed monthly: $29 + tax, on the 15th."""
    sender = ("BarkBox", "hello@barkbox.com")
    foot = """<tr><td style="padding:16px 28px;font-size:11px;color:#888;">BARK &middot; 120 Broadway, Floor 12, New York, NY 10271<br>
Questions? Our Happy Team is here: (855) 501-2275 &middot; <a href="https://www.barkbox.com/help">barkbox.com/help</a></td></tr>"""
    head = """<tr><td style="padding:18px 28px;background:#0f3bd9;"><img src="https://www.barkbox.com/assets/email/barkbox-logo-white.png" alt="BarkBox" width="130"></td></tr>"""
    for day in [date(2026, 2, 15), date(2026, 9, 15)]:
        inner = f"""{head}<tr><td style="padding:22px 28px;font-size:15px;line-height:22px;">
<h2>Woof! Here's your receipt.</h2><p>Hi Diego, thanks for treating Bishop to another BarkBox.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #ddd;">
{
            trs(
                [
                    ("Order #", f"BB{digits(9)}"),
                    ("Plan", "BarkBox &ndash; 6-Month Plan (billed monthly)"),
                    ("Dog", "Bishop (Large, 50+ lbs)"),
                    ("Box", f"{day.strftime('%B')} {day.year} Theme Box"),
                    ("Subtotal", "$29.00"),
                    ("Shipping", "FREE"),
                    ("Tax", "$2.39"),
                    ("Total", "$31.39"),
                ],
                bold_last=True,
            )
        }
</table>
<p style="font-size:13px;">Charged to Visa ending in 4417 on {
            long_date(day)
        }. Your plan renews automatically each month; your next
charge will be on {long_date(add_months(day, 1))}.</p></td></tr>{foot}"""
        mail(
            at(day.year, day.month, day.day, 9, RNG.randrange(60), "ET"),
            sender,
            "Your BarkBox receipt",
            html_only(shell(inner)),
            ["BarkBox"],
            "barkbox-receipt",
        )
    inner = f"""{head}<tr><td style="padding:22px 28px;font-size:15px;line-height:22px;">
<h2>Your May box is on its way!</h2><p>Bishop's "Backyard BBQ" BarkBox shipped today via UPS. Tracking: 1Z{alnum(16)}</p>
<p>Inside: 2 toys, 2 bags of all-natural treats and a chew. Don't tell Bishop.</p></td></tr>{foot}"""
    mail(
        at(2026, 5, 18, 16, 20, "ET"),
        sender,
        "Your May BarkBox has shipped!",
        html_only(shell(inner)),
        [],
        "barkbox-shipped",
    )
    inner = f"""{head}<tr><td style="padding:22px 28px;font-size:15px;line-height:22px;">
<h2>Is Bishop a Super Chewer?</h2><p>Upgrade to Super Chewer for tougher toys built for power chewers. Add a Super Chewer box to
your next order for $10 extra.</p><p><a href="https://www.barkbox.com/super-chewer">Upgrade now</a></p></td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#888;"><a href="https://www.barkbox.com/unsubscribe">Unsubscribe</a> from
marketing emails &middot; BARK &middot; 120 Broadway, Floor 12, New York, NY 10271</td></tr>"""
    mail(
        at(2026, 11, 3, 11, 0, "ET"),
        ("BARK", "hello@email.barkbox.com"),
        "Bishop deserves tougher toys",
        html_only(shell(inner)),
        [],
        "barkbox-marketing",
        extra=unsub("https://www.barkbox.com/unsubscribe"),
    )


def ring() -> None:
    """Ring Home Standard, yearly $99.99 + tax on Jan 8."""
    sender = ("Ring", "no-reply@ring.com")
    foot = """<tr><td style="padding:16px 28px;font-size:11px;color:#888;">&copy; 2026 Ring LLC or its affiliates. Ring LLC, 12515 Cerise Ave,
Hawthorne, CA 90250. <a href="https://ring.com/privacy-notice">Privacy Notice</a> &middot; <a href="https://ring.com/terms">Terms of Service</a></td></tr>"""
    head = """<tr><td style="padding:20px 28px;"><img src="https://ring.com/email/ring-logo.png" alt="ring" width="80"></td></tr>"""
    plain = """Ring

Your Ring Home Standard plan renews soon

Hi Diego,

Your annual Ring Home Standard plan for "Copano Dr" will automatically renew
on January 8, 2026 for $99.99 plus applicable taxes, charged to your Visa
ending in 4417.

Your plan covers all Ring devices at this location: video history for 180
days, Package Alerts, 24/7 Snapshot Capture and extended warranty.

To change or cancel your plan, go to account.ring.com/account/plans.

Ring LLC, 12515 Cerise Ave, Hawthorne, CA 90250
"""
    inner = f"""{head}<tr><td style="padding:10px 28px 22px 28px;font-size:15px;line-height:22px;">
<h2>Your Ring Home Standard plan renews soon</h2><p>Hi Diego,</p>
<p>Your annual Ring Home Standard plan for "Copano Dr" will automatically renew on <b>January 8, 2026</b> for <b>$99.99</b> plus applicable
taxes, charged to your Visa ending in 4417.</p>
<p>Your plan covers all Ring devices at this location: video history for 180 days, Package Alerts, 24/7 Snapshot Capture and extended warranty.</p>
<p><a href="https://account.ring.com/account/plans">Manage plan</a></p></td></tr>{foot}"""
    mail(
        at(2025, 12, 9, 10, 30, "PT"),
        sender,
        "Your Ring Home Standard plan renews soon",
        alt(plain, shell(inner), "java"),
        ["Ring Home Standard"],
        "ring-reminder",
    )
    inner = f"""{head}<tr><td style="padding:10px 28px 22px 28px;font-size:15px;line-height:22px;">
<h2>Thanks for your purchase</h2><p>Hi Diego, here is your receipt.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #ddd;">
{
        trs(
            [
                ("Order number", f"R{digits(9)}"),
                ("Date", "01/08/2026"),
                ("Ring Home Standard &ndash; Annual (Copano Dr)", "$99.99"),
                ("Tax", "$8.25"),
                ("Total", "$108.24"),
                ("Payment", "Visa ending in 4417"),
                ("Renews on", "01/08/2027"),
            ]
        )
    }
</table></td></tr>{foot}"""
    mail(
        at(2026, 1, 8, 4, 12, "PT"),
        sender,
        "Your Ring receipt",
        html_only(shell(inner)),
        ["Ring Home Standard"],
        "ring-receipt",
    )


def doordash() -> None:
    """DashPass: 30-day trial in January, $9.99 from Feb 9, cancelled in May; one order receipt."""
    sender = ("DoorDash", "no-reply@doordash.com")
    foot = """<tr><td style="padding:16px 28px;font-size:11px;color:#888;">DoorDash, Inc. &middot; 303 2nd Street, South Tower, 8th Floor, San Francisco, CA 94107<br>
<a href="https://help.doordash.com">Help</a> &middot; <a href="https://www.doordash.com/terms/">Terms</a> &middot; <a href="https://www.doordash.com/privacy/">Privacy</a></td></tr>"""
    head = """<tr><td style="padding:20px 28px;"><img src="https://cdn.doordash.com/static/img/email/doordash-logo-red.png" alt="DoorDash" width="130"></td></tr>"""
    inner = f"""{head}<tr><td style="padding:10px 28px 22px 28px;font-size:15px;line-height:22px;">
<h2>Welcome to DashPass!</h2><p>Hi Diego, your free trial has started.</p>
<p>Enjoy $0 delivery fees and reduced service fees on eligible orders over $12.</p>
<table width="100%" cellpadding="0" cellspacing="0">{
        trs(
            [
                ("Free trial", "30 days, ends Feb 8, 2026"),
                ("Then", "$9.99/month + applicable taxes"),
                ("First charge", "Feb 9, 2026"),
                ("Payment", "Visa ending in 4417"),
            ]
        )
    }</table>
<p style="font-size:12px;color:#666;">Your membership renews automatically each month until you cancel. Cancel anytime in Account &gt; DashPass
before your trial ends to avoid being charged.</p></td></tr>{foot}"""
    mail(
        at(2026, 1, 10, 18, 22, "PT"),
        sender,
        "Welcome to DashPass! Your free trial has started",
        html_only(shell(inner)),
        ["DashPass"],
        "dashpass-trial",
    )
    plain = """DoorDash

Order Confirmation for Diego from Torchy's Tacos

Order #9f41c2
Delivered to 8112 Copano Dr, Austin, TX 78749

1x Trailer Park (Trashy)           $6.75
2x Democrat                        $11.50
1x Green Chile Queso & Chips       $10.25
1x Mexican Coke                     $3.25

Subtotal                           $31.75
Delivery Fee (DashPass)             $0.00
Service Fee                         $1.59
Estimated Tax                       $2.75
Dasher Tip                          $5.00
Total Charged                      $41.09

Paid with Visa ending in 4417
"""
    mail(
        at(2026, 1, 24, 19, 48, "PT"),
        sender,
        "Order Confirmation for Diego from Torchy's Tacos",
        plain_only(plain, "quoted-printable"),
        [],
        "doordash-order",
    )
    inner = f"""{head}<tr><td style="padding:10px 28px 22px 28px;font-size:15px;line-height:22px;">
<h2>Your DashPass receipt</h2><p>Hi Diego, thanks for being a DashPass member.</p>
<table width="100%" cellpadding="0" cellspacing="0">{
        trs(
            [
                ("DashPass monthly membership", "$9.99"),
                ("Date", "Feb 9, 2026"),
                ("Payment", "Visa ending in 4417"),
                ("Next renewal", "Mar 9, 2026"),
                ("Total", "$9.99"),
            ],
            bold_last=True,
        )
    }</table></td></tr>{foot}"""
    mail(
        at(2026, 2, 9, 4, 3, "PT"),
        sender,
        "Your DashPass receipt",
        html_only(shell(inner)),
        ["DashPass"],
        "dashpass-receipt",
    )
    inner = f"""{head}<tr><td style="padding:10px 28px 22px 28px;font-size:15px;line-height:22px;">
<h2>Your DashPass membership has been canceled</h2><p>Hi Diego,</p>
<p>We've canceled your DashPass membership as you requested. You'll keep your benefits until <b>June 8, 2026</b> and you won't be charged again.</p>
<p>Changed your mind? You can rejoin anytime from Account &gt; DashPass.</p></td></tr>{foot}"""
    mail(
        at(2026, 5, 20, 20, 11, "PT"),
        sender,
        "Your DashPass membership has been canceled",
        html_only(shell(inner)),
        ["DashPass"],
        "dashpass-cancelled",
    )


def uber() -> None:
    """Uber One annual ($96) from June; one-off rides."""
    sender = ("Uber Receipts", "noreply@uber.com")

    def trip(day: date, hour: int, total: float, frm: str, to: str, driver: str) -> None:
        fare = round(total - 2.65, 2)
        inner = f"""<tr><td style="padding:22px 30px;background:#000;"><span style="color:#fff;font-size:24px;font-weight:bold;">Uber</span></td></tr>
<tr><td style="padding:24px 30px;font-family:'UberMove','Helvetica Neue',Arial;font-size:15px;line-height:22px;">
<p style="color:#757575;">{long_date(day)}</p><h1 style="font-size:32px;">Thanks for riding, Diego</h1>
<p>We hope you enjoyed your ride this {["morning", "afternoon", "evening"][0 if hour < 12 else 1 if hour < 17 else 2]}.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #eee;">
{trs([("Trip fare", usd(fare)), ("Booking Fee", "$2.65"), ("Total", usd(total))], bold_last=True, style="padding:8px 0;")}
</table>
<p style="font-size:13px;">Payments: Visa &bull;&bull;&bull;&bull;4417 &nbsp; {usd(total)}</p>
<p style="font-size:13px;">You rode with {driver} &middot; UberX<br>{frm}<br>{to}</p></td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#999;">Uber Technologies, Inc. &middot; 1725 3rd Street, San Francisco, CA 94158</td></tr>"""
        wd = day.strftime("%A")
        mail(
            at(day.year, day.month, day.day, hour, RNG.randrange(60), "CT").astimezone(UTC),
            sender,
            f"Your {wd} {['morning', 'afternoon', 'evening'][0 if hour < 12 else 1 if hour < 17 else 2]} trip with Uber",
            html_only(shell(inner)),
            [],
            "uber-trip",
        )

    trip(
        date(2026, 3, 14),
        5,
        34.87,
        "8112 Copano Dr, Austin, TX",
        "Austin-Bergstrom International Airport (AUS)",
        "Ricardo",
    )
    plain = """Uber One

Welcome to Uber One, Diego

You're now a member. Here's a summary of your membership:

Plan:            Uber One - annual
Price:           $96.00/year
Charged today:   $96.00 to Visa ending in 4417
Renews:          June 2, 2027

Member benefits: $0 Delivery Fee on eligible Uber Eats orders, up to 10% off
eligible deliveries, 6% Uber Cash on eligible rides.

Your membership renews automatically each year until you cancel. Manage your
membership in the Uber app: Account > Uber One.

Uber Technologies, Inc., 1725 3rd Street, San Francisco, CA 94158
"""
    inner = (
        """<tr><td style="padding:22px 30px;background:#000;"><span style="color:#fff;font-size:24px;font-weight:bold;">Uber One</span></td></tr>
<tr><td style="padding:24px 30px;font-size:15px;line-height:22px;"><h1 style="font-size:30px;">Welcome to Uber One, Diego</h1>
<p>You're now a member. Here's a summary of your membership:</p>
<table width="100%" cellpadding="0" cellspacing="0">"""
        + trs(
            [
                ("Plan", "Uber One &ndash; annual"),
                ("Price", "$96.00/year"),
                ("Charged today", "$96.00 to Visa ending in 4417"),
                ("Renews", "June 2, 2027"),
            ]
        )
        + """</table>
<p>Member benefits: $0 Delivery Fee on eligible Uber Eats orders, up to 10% off eligible deliveries, 6% Uber Cash on eligible rides.</p>
<p style="font-size:12px;color:#666;">Your membership renews automatically each year until you cancel. Manage your membership in the Uber app:
Account &gt; Uber One.</p></td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#999;">Uber Technologies, Inc. &middot; 1725 3rd Street, San Francisco, CA 94158</td></tr>"""
    )
    mail(
        at(2026, 6, 2, 19, 26, "UTC"),
        ("Uber", "uber@uber.com"),
        "Welcome to Uber One",
        alt(plain, shell(inner), "sendgrid"),
        ["Uber One"],
        "uber-one-welcome",
    )
    inner = (
        """<tr><td style="padding:22px 30px;background:#000;"><span style="color:#fff;font-size:24px;font-weight:bold;">Uber One</span></td></tr>
<tr><td style="padding:24px 30px;font-size:15px;line-height:22px;"><h1 style="font-size:28px;">You saved $31.40 in September</h1>
<p>Diego, here's what your Uber One membership did for you last month:</p>
<table width="100%" cellpadding="0" cellspacing="0">"""
        + trs(
            [
                ("Delivery fees saved (4 orders)", "$19.96"),
                ("Member discounts", "$7.18"),
                ("Uber Cash earned on rides", "$4.26"),
                ("Total savings", "$31.40"),
            ],
            bold_last=True,
        )
        + """</table>
<p>Total saved since you joined: $112.85. That's more than your $96.00 annual membership.</p>
<p style="font-size:12px;color:#666;">Your annual membership renews on June 2, 2027.</p></td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#999;">Uber Technologies, Inc. &middot; 1725 3rd Street, San Francisco, CA 94158 &middot;
<a href="https://www.uber.com/unsubscribe">Unsubscribe</a></td></tr>"""
    )
    mail(
        at(2026, 10, 3, 16, 45, "UTC"),
        ("Uber", "uber@uber.com"),
        "Your Uber One savings for September",
        html_only(shell(inner)),
        ["Uber One"],
        "uber-one-savings",
        extra=unsub("https://www.uber.com/unsubscribe"),
    )
    trip(
        date(2026, 10, 10),
        15,
        22.16,
        "8112 Copano Dr, Austin, TX",
        "Zilker Park, 2100 Barton Springs Rd, Austin, TX",
        "Aisha",
    )


# ================================================================ not subscriptions: people, banks, shops, travel, government


def personal() -> None:
    mom = ("Sofía Ramírez", "sofia.ramirez.sa@yahoo.com")
    text = """Mijo,

¿Vienen para Navidad? Tu tía Carmen llega el 22 y queremos hacer tamales el 23
como siempre. Dile a Lauren que no traiga nada, solo a Bishop (tu papá ya le
compró un juguete, no le digas que te dije).

Si vienen manejando avísame a qué hora salen de Austin, el tráfico en la 35
está horrible.

Te quiero mucho,
Mamá
"""
    mail(
        at(2025, 12, 3, 19, 44, "CT"),
        mom,
        "¿Vienen para Navidad? 🎄",
        plain_only(text, "8bit"),
        [],
        "mama-navidad",
        msgid=f"<{digits(10)}.{digits(7)}.{digits(13)}@mail.yahoo.com>",
        extra=["X-Mailer: WebService/1.1.24000 YMailNorrin"],
    )
    marcus = ("Marcus Chen", "marcus.chen512@gmail.com")
    text = """Yo! Weekend 2 plan for ACL:

- Friday: meet at our place at 2, Uber over together (parking at Zilker is a joke)
- Saturday we're doing Hozier at 7:45 on the Honda stage, non-negotiable
- Sunday TBD, Priya wants to leave early

Also Priya says she owes you for her shuttle wristband ($42.50), she'll Venmo
you. And bring the Yeti.

M
"""
    mail(
        at(2026, 9, 22, 12, 7, "CT"),
        marcus,
        "ACL weekend 2 plan",
        plain_only(text, "7bit", "UTF-8"),
        [],
        "marcus-acl",
        msgid=f"<CAH{alnum(30, False)}@mail.gmail.com>",
    )


def venmo() -> None:
    sender = ("Venmo", "venmo@venmo.com")
    foot = """<tr><td style="padding:16px 28px;font-size:11px;color:#888;">Venmo is a service of PayPal, Inc., a licensed provider of money
transfer services (NMLS ID: 910457). All money transmission is provided by PayPal, Inc. pursuant to PayPal, Inc.'s licenses.<br>
PayPal, Inc. &middot; 2211 North First Street, San Jose, CA 95131<br>For any issues, including the recipient not receiving funds,
please contact us at help.venmo.com or 1-855-812-4430.</td></tr>"""
    for day, hour, subj, who, amount, note, paid_by_me in [
        (date(2026, 2, 21), 23, "You paid Marcus Chen $60.00", "Marcus Chen", 60.00, "poker night 🃏", True),
        (
            date(2026, 7, 4),
            14,
            "Jake Alvarez requests $35.00",
            "Jake Alvarez",
            35.00,
            "fireworks + ice 🎆",
            None,
        ),
        (
            date(2026, 10, 6),
            8,
            "Priya Shah paid you $42.50",
            "Priya Shah",
            42.50,
            "ACL shuttle wristband",
            False,
        ),
    ]:
        if paid_by_me is True:
            line = f"You paid <b>{who}</b>"
        elif paid_by_me is False:
            line = f"<b>{who}</b> paid you"
        else:
            line = f"<b>{who}</b> requests"
        inner = f"""<tr><td style="padding:20px 28px;background:#008cff;"><span style="color:#fff;font-size:22px;font-weight:bold;">venmo</span></td></tr>
<tr><td style="padding:22px 28px;font-size:15px;line-height:22px;">
<p>{line}</p><p style="font-size:28px;font-weight:bold;">{usd(amount)}</p><p>{note}</p>
<p style="font-size:12px;color:#777;">Transaction ID {digits(19)} &middot; {short_date(day)}<br>
{"Money credited to your Venmo balance." if paid_by_me is False else "Payment method: Venmo balance" if paid_by_me else "Pay or decline this request in the Venmo app."}</p></td></tr>{foot}"""
        mail(
            at(day.year, day.month, day.day, hour, RNG.randrange(60), "UTC"),
            sender,
            subj,
            html_only(shell(inner)),
            [],
            "venmo",
        )


def chase() -> None:
    sender = ("Chase", "no.reply.alerts@chase.com")
    text = f"""Chase

You sent money with Zelle(R)

You sent $500.00 to Sofia Ramirez (sofia.ramirez.sa@yahoo.com).

Amount:          $500.00
Memo:            Feliz Dia de las Madres
Transaction #:   {digits(10)}
Sent from:       TOTAL CHECKING (...6612)
Sent on:         May 9, 2026

Money is usually available in minutes if the recipient is already enrolled
with Zelle.

Not you? Call us at 1-877-242-7372.

Securely access your accounts at chase.com.
JPMorgan Chase Bank, N.A. Member FDIC
This is a service email from Chase. Please note that you may receive service
emails in accordance with your Chase account agreements.
"""
    mail(
        at(2026, 5, 9, 10, 17, "ET"),
        sender,
        "You sent $500.00 to Sofia Ramirez",
        plain_only(text, "7bit", "us-ascii"),
        [],
        "chase-zelle",
    )
    inner = f"""<tr><td style="padding:18px 28px;background:#117aca;"><span style="color:#fff;font-size:20px;font-weight:bold;">CHASE</span></td></tr>
<tr><td style="padding:22px 28px;font-size:14px;line-height:21px;">
<h2 style="font-weight:normal;">Your credit card statement is ready</h2>
<p>Your Chase Sapphire Preferred&reg; (...7730) statement is now available.</p>
<table width="100%" cellpadding="0" cellspacing="0">{
        trs(
            [
                ("Statement balance", "$3,318.44"),
                ("Minimum payment due", "$40.00"),
                ("Payment due date", "12/22/2026"),
                ("AutoPay", "Statement balance on 12/22/2026 from TOTAL CHECKING (...6612)"),
            ]
        )
    }</table>
<p>You don't need to do anything: your AutoPay payment of $3,318.44 is scheduled for 12/22/2026.</p>
<p style="font-size:11px;color:#777;">Securely access your accounts at chase.com. JPMorgan Chase Bank, N.A. Member FDIC.
This service email was sent to diego.ramirez.atx@gmail.com. Please don't reply to this automatically-generated email.</p></td></tr>"""
    mail(
        at(2026, 11, 25, 7, 2, "ET"),
        ("Chase", "no.reply.statements@chase.com"),
        "Your credit card statement is ready",
        html_only(shell(inner)),
        [],
        "chase-statement",
    )


def investing() -> None:
    text = """Robinhood

Your recurring investment was completed

Hi Diego,

Your weekly recurring investment in Vanguard S&P 500 ETF (VOO) was executed.

Amount:       $100.00
Shares:       0.172811
Average price: $578.67
Date:         March 9, 2026
Funded by:    UFCU Checking ••2290

Investing involves risk, including loss of principal. Securities are offered
through Robinhood Financial LLC, member SIPC. Clearing services through
Robinhood Securities, LLC, member SIPC.

Robinhood, 85 Willow Rd, Menlo Park, CA 94025
"""
    mail(
        at(2026, 3, 9, 9, 41, "PT"),
        ("Robinhood", "notifications@robinhood.com"),
        "Your recurring investment was completed",
        plain_only(text, "quoted-printable"),
        [],
        "robinhood-recurring",
    )
    text = """Fidelity Investments

Confirmation: Your automatic contribution was received

Account:        Roth IRA (...4471)
Contribution:   $583.33
Tax year:       2026
Trade date:     01/15/2026
Source:         Electronic funds transfer from UFCU ****2290
Invested in:    Fidelity ZERO Total Market Index Fund (FZROX)

Your automatic investment plan will continue each month on the 15th.
Log in to Fidelity.com to view your account.

Fidelity Brokerage Services LLC, Member NYSE, SIPC. 900 Salem Street, Smithfield, RI 02917
"""
    mail(
        at(2026, 1, 15, 16, 12, "ET"),
        ("Fidelity Investments", "fidelity.alerts@alert.fidelity.com"),
        "Confirmation: Your contribution was received",
        plain_only(text, "7bit", "us-ascii"),
        [],
        "fidelity-contribution",
    )
    inner = """<tr><td style="padding:18px 28px;background:#368727;"><span style="color:#fff;font-size:20px;">Fidelity</span></td></tr>
<tr><td style="padding:22px 28px;font-size:14px;line-height:21px;"><h2 style="font-weight:normal;">Your quarterly statement is ready</h2>
<p>Your statement for the period ending June 30, 2026 is available for your Roth IRA (...4471) and Individual (...9920) accounts.</p>
<p><a href="https://digital.fidelity.com/ftgw/digital/portfolio/documents">View statements</a></p>
<p style="font-size:11px;color:#777;">Fidelity Brokerage Services LLC, Member NYSE, SIPC. This email was sent to diego.ramirez.atx@gmail.com.</p></td></tr>"""
    mail(
        at(2026, 7, 10, 18, 30, "ET"),
        ("Fidelity Investments", "fidelity.investments@mail.fidelity.com"),
        "Your quarterly statement is ready",
        html_only(shell(inner)),
        [],
        "fidelity-statement",
    )


def shops() -> None:
    heb = ("H-E-B", "heb@email.heb.com")
    inner = (
        """<tr><td style="padding:18px 28px;background:#dc291e;"><span style="color:#fff;font-size:22px;font-weight:bold;">H-E-B</span></td></tr>
<tr><td style="padding:22px 28px;font-size:14px;line-height:21px;"><h2>Your Curbside order is confirmed</h2>
<p>Order #HEB-77120934 &middot; Pickup: Sat, Feb 7, 2026, 10:00&ndash;11:00 AM<br>Store: H-E-B Slaughter &amp; Manchaca, 1000 E Slaughter Ln, Austin, TX 78744</p>
<table width="100%">"""
        + trs(
            [
                ("Estimated subtotal (41 items)", "$137.48"),
                ("Curbside fee", "$0.00"),
                ("Estimated tax", "$5.74"),
                ("Estimated total", "$143.22"),
            ],
            bold_last=True,
        )
        + """</table>
<p style="font-size:12px;">Final total may vary based on weighted items and substitutions.</p></td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#777;">H-E-B, 646 S. Flores St, San Antonio, TX 78204</td></tr>"""
    )
    mail(
        at(2026, 2, 6, 20, 3, "CT"),
        heb,
        "Your H-E-B Curbside order is confirmed",
        html_only(shell(inner)),
        [],
        "heb-order",
    )
    inner = (
        """<tr><td style="padding:18px 28px;background:#dc291e;"><span style="color:#fff;font-size:22px;font-weight:bold;">H-E-B</span></td></tr>
<tr><td style="padding:22px 28px;font-size:14px;line-height:21px;"><h2>Thanks for shopping with H-E-B!</h2>
<p>Here's your receipt for Curbside order #HEB-81554210, picked up Sep 26, 2026.</p>
<table width="100%">"""
        + trs(
            [
                ("Items (47)", "$158.92"),
                ("Tax", "$8.59"),
                ("Total charged", "$167.51"),
                ("Visa ending 4417", "$167.51"),
            ]
        )
        + """</table>
<p style="font-size:12px;">You saved $14.30 with digital coupons.</p></td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#777;">H-E-B, 646 S. Flores St, San Antonio, TX 78204</td></tr>"""
    )
    mail(at(2026, 9, 26, 13, 40, "CT"), heb, "Your H-E-B receipt", html_only(shell(inner)), [], "heb-receipt")
    inner = (
        """<tr><td style="padding:18px 28px;"><span style="color:#cc0000;font-size:26px;font-weight:bold;">&#9673; Target</span></td></tr>
<tr><td style="padding:10px 28px 22px 28px;font-size:14px;line-height:21px;"><h2>Thanks for your order!</h2>
<p>Order #902001784415 &middot; placed April 12, 2026</p>
<table width="100%">"""
        + trs(
            [
                ("Threshold Outdoor Patio Cushion, 2pk", "$45.00"),
                ("Up&amp;Up Paper Towels, 12 rolls", "$19.99"),
                ("Good &amp; Gather Medium Roast Ground Coffee, 2 lb", "$14.99"),
                ("Subtotal", "$79.98"),
                ("Estimated tax", "$5.36"),
                ("Total", "$85.34"),
            ],
            bold_last=True,
        )
        + """</table>
<p>Order pickup at Target Sunset Valley. We'll email you when it's ready.</p></td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#777;">Target Corporation, 1000 Nicollet Mall, Minneapolis, MN 55403</td></tr>"""
    )
    mail(
        at(2026, 4, 12, 16, 22, "CT"),
        ("Target", "orders@oe.target.com"),
        "Thanks for your order! #902001784415",
        html_only(shell(inner)),
        [],
        "target-order",
    )
    inner = (
        f"""<tr><td style="padding:18px 28px;background:#171a20;"><span style="color:#fff;font-size:20px;letter-spacing:6px;">TESLA</span></td></tr>
<tr><td style="padding:22px 28px;font-size:14px;line-height:21px;"><h2>Supercharging invoice</h2>
<p>Invoice {digits(8)} &middot; May 16, 2026<br>Location: Luling, TX &ndash; Buc-ee's<br>Vehicle: Model Y (...4410)</p>
<table width="100%">"""
        + trs(
            [
                ("Energy used", "48 kWh"),
                ("Rate", "$0.38/kWh"),
                ("Subtotal", "$18.24"),
                ("Tax", "$0.00"),
                ("Total", "$18.24"),
            ],
            bold_last=True,
        )
        + """</table>
<p style="font-size:12px;">Charged to the payment method in your Tesla Account.</p></td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#777;">Tesla, Inc. &middot; 1 Tesla Road, Austin, TX 78725</td></tr>"""
    )
    mail(
        at(2026, 5, 16, 15, 58, "CT"),
        ("Tesla", "no-reply@tesla.com"),
        "Your Supercharging Invoice",
        html_only(shell(inner)),
        [],
        "tesla-supercharging",
    )


def travel_and_events() -> None:
    sw = ("Southwest Airlines", "SouthwestAirlines@ifly.southwest.com")
    plain = """Southwest Airlines

You're going to San Diego!

Confirmation # K7WQ2P

Thu, May 14   AUS 7:05 AM -> SAN 8:20 AM   Flight 1842  Nonstop
Sun, May 17   SAN 5:40 PM -> AUS 10:35 PM  Flight 2291  Nonstop

Passengers: DIEGO RAMIREZ (RR# 60233418817), LAUREN RAMIREZ (RR# 60233418825)
Fare: Choice

Air - K7WQ2P
Base Fare                     $392.56
U.S. Transportation Tax        $29.44
U.S. 9/11 Security Fee         $22.40
U.S. Flight Segment Tax        $21.60
Passenger Facility Charge      $21.96
Total                         $487.96

Payment: Visa ending in 4417    $487.96

Southwest Airlines, P.O. Box 36647, Dallas, TX 75235
"""
    mail(
        at(2026, 3, 20, 21, 14, "CT"),
        sw,
        "Your trip is booked! (K7WQ2P) | 05/14 | AUS-SAN",
        alt(
            plain,
            shell(
                "<tr><td style='padding:20px;white-space:pre-wrap;font-family:Arial;font-size:14px;'>"
                + plain.replace("&", "&amp;").replace("->", "&rarr;").replace("\n", "<br>\n")
                + "</td></tr>"
            ),
            "java",
        ),
        [],
        "southwest-booked",
    )
    text = """Southwest Airlines

It's time to check in for your flight to San Diego.

Confirmation # K7WQ2P
Thu, May 14  AUS 7:05 AM -> SAN 8:20 AM  Flight 1842

Check in now: https://www.southwest.com/air/check-in/
Don't forget: 2 checked bags fly free.
"""
    mail(
        at(2026, 5, 13, 7, 5, "CT"),
        sw,
        "Check in for your flight to San Diego",
        plain_only(text, "7bit", "us-ascii"),
        [],
        "southwest-checkin",
    )
    fg = ("ACL Music Festival", "tickets@frontgatetickets.com")
    inner = (
        """<tr><td style="padding:18px 28px;background:#1a1a1a;"><span style="color:#ffcc00;font-size:22px;font-weight:bold;">ACL FEST 2026</span></td></tr>
<tr><td style="padding:22px 28px;font-size:14px;line-height:21px;"><h2>Order Confirmation</h2>
<p>Order #ACL26-4871330 &middot; Weekend Two, October 9&ndash;11, 2026 &middot; Zilker Park, Austin TX</p>
<table width="100%">"""
        + trs(
            [
                ("2 &times; 3-Day GA Ticket &ndash; Weekend Two", "$690.00"),
                ("Service fees", "$110.52"),
                ("Order total", "$800.52"),
                ("Payment plan", "4 payments of $200.13"),
                ("Paid today (payment 1 of 4)", "$200.13"),
            ],
            bold_last=True,
        )
        + """</table>
<p>Your remaining 3 payments of $200.13 will be charged on 05/28/2026, 06/28/2026 and 07/28/2026. Wristbands ship in September.</p></td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#777;">Tickets sold by Front Gate Tickets, a Live Nation company, 2700 Via Fortuna, Austin, TX 78746.</td></tr>"""
    )
    mail(
        at(2026, 4, 28, 10, 3, "CT"),
        fg,
        "Your ACL Fest 2026 Order Confirmation",
        html_only(shell(inner)),
        [],
        "acl-order",
    )
    for day, n, note in [
        (date(2026, 6, 28), 3, "1 payment remaining: $200.13 on 07/28/2026."),
        (date(2026, 7, 28), 4, "Your order is paid in full. Wristbands ship in September."),
    ]:
        text = f"""ACL Music Festival 2026 - Payment Plan

Payment {n} of 4 for order #ACL26-4871330 was successful.

Amount charged: $200.13
Card: Visa ending 4417
Date: {mdy(day)}

{note}

Front Gate Tickets | 2700 Via Fortuna, Austin, TX 78746
"""
        mail(
            at(day.year, day.month, day.day, 9, RNG.randrange(60), "CT"),
            fg,
            f"ACL Fest 2026: Payment {n} of 4 processed",
            plain_only(text, "7bit", "us-ascii"),
            [],
            "acl-installment",
        )


def church_and_dentist() -> None:
    pushpay = ("Southwest Hills Community Church", "receipts@pushpay.com")
    inner = f"""<tr><td style="padding:22px 28px;font-size:14px;line-height:21px;"><h2>Thank you for your gift</h2>
<p>Hi Diego, your recurring gift to <b>Southwest Hills Community Church</b> was processed.</p>
<table width="100%">{
        trs(
            [
                ("Amount", "$250.00"),
                ("Fund", "General Fund (Tithe)"),
                ("Frequency", "Monthly on the 1st"),
                ("Date", "01/01/2026"),
                ("Payment", "UFCU Checking ****2290"),
                ("Reference", f"PP{digits(9)}"),
            ]
        )
    }</table>
<p style="font-size:12px;color:#777;">No goods or services were provided in exchange for this contribution. Southwest Hills Community
Church is a 501(c)(3) organization. Powered by Pushpay.</p></td></tr>"""
    mail(
        at(2026, 1, 1, 6, 4, "PT"),
        pushpay,
        "Thank you for your gift to Southwest Hills Community Church",
        html_only(shell(inner)),
        [],
        "church-gift",
    )
    text = """Dear Diego and Lauren Ramirez,

Thank you for your faithful generosity in 2025! Your giving statement is
attached for your tax records.

Total contributions January 1 - December 31, 2025: $3,000.00

No goods or services were provided in exchange for these contributions.

Grace and peace,
Southwest Hills Community Church
6800 W Gate Blvd, Austin, TX 78745
"""
    mail(
        at(2026, 1, 20, 14, 30, "CT"),
        ("SWHCC Finance", "finance@swhillschurch.org"),
        "Your 2025 Giving Statement",
        multi(
            "mixed",
            [
                leaf(text, "plain", "utf-8", "7bit"),
                attachment(
                    "2025-Giving-Statement-Ramirez.pdf",
                    fake_pdf(
                        [
                            "Southwest Hills Community Church",
                            "2025 Giving Statement",
                            "Diego and Lauren Ramirez",
                            "Total: $3,000.00",
                        ]
                    ),
                ),
            ],
            "outlook",
        ),
        [],
        "church-statement",
        msgid=f"<{alnum(12)}@swhillschurch.org>",
    )
    dentist = ("Manchaca Family Dental", "appointments@manchacafamilydental.com")
    text = """Hi Diego,

This is a friendly reminder of your upcoming appointment at Manchaca Family Dental:

  Date: Tuesday, April 14, 2026
  Time: 8:30 AM
  With: Dr. Priya Raman - Hygiene cleaning & exam

Reply C to confirm or call (512) 555-0147 to reschedule. Please arrive 10
minutes early and bring your Delta Dental card.

Manchaca Family Dental
9001 Manchaca Rd, Suite 200, Austin, TX 78748
"""
    mail(
        at(2026, 4, 6, 10, 0, "CT"),
        dentist,
        "Appointment reminder: Tue Apr 14 at 8:30 AM",
        plain_only(text, "7bit", "us-ascii"),
        [],
        "dentist-reminder",
    )
    inner = f"""<tr><td style="padding:22px 28px;font-size:14px;line-height:21px;"><h2>Your statement from Manchaca Family Dental</h2>
<p>Patient: Diego Ramirez &middot; Account #MFD-20418</p>
<table width="100%">{
        trs(
            [
                ("04/14/2026 Periodic oral evaluation, prophylaxis, bitewings", "$286.00"),
                ("Delta Dental PPO payment", "-$200.00"),
                ("Patient balance due", "$86.00"),
                ("Due by", "05/15/2026"),
            ],
            bold_last=False,
        )
    }</table>
<p>Pay online at <a href="https://pay.manchacafamilydental.com">pay.manchacafamilydental.com</a> or call (512) 555-0147.</p></td></tr>"""
    mail(
        at(2026, 4, 29, 11, 15, "CT"),
        ("Manchaca Family Dental", "billing@manchacafamilydental.com"),
        "Your statement from Manchaca Family Dental",
        html_only(shell(inner)),
        [],
        "dentist-statement",
    )


def government() -> None:
    text = """TRAVIS CENTRAL APPRAISAL DISTRICT
850 East Anderson Lane, Austin, TX 78752 | (512) 834-9317

NOTICE OF APPRAISED VALUE - 2026

Owner:            RAMIREZ DIEGO & LAUREN
Property ID:      504117
Situs:            8112 COPANO DR, AUSTIN TX 78749

                          2025            2026 (proposed)
Market value         $612,400           $598,750
Homestead cap value  $561,380           $598,750
Exemptions           HS                 HS

The deadline to file a protest with the Appraisal Review Board is May 15,
2026, or 30 days after this notice was delivered, whichever is later.
File online at traviscad.org/portal.

This notice is not a tax bill.
"""
    mail(
        at(2026, 4, 15, 8, 0, "CT"),
        ("Travis Central Appraisal District", "noreply@traviscad.org"),
        "Your 2026 Notice of Appraised Value is available",
        plain_only(text, "7bit", "us-ascii"),
        [],
        "tcad-notice",
    )
    inner = (
        """<tr><td style="padding:22px 28px;font-size:14px;line-height:21px;"><h2>Your 2026 property tax statement</h2>
<p>Bruce Elfant, Travis County Tax Assessor-Collector</p>
<table width="100%">"""
        + trs(
            [
                ("Account", "0423150612 &ndash; 8112 COPANO DR"),
                ("2026 taxes", "$7,964.16"),
                ("Due by", "01/31/2027"),
                ("Paid by", "Mortgage company: NATIONSTAR MORTGAGE LLC DBA MR COOPER"),
            ]
        )
        + """</table>
<p>Our records show your taxes are paid by your mortgage company. You do not need to pay this bill; a copy has been sent to them.</p></td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#777;">Travis County Tax Office &middot; 5501 Airport Blvd, Austin, TX 78751 &middot; (512) 854-9473</td></tr>"""
    )
    mail(
        at(2026, 10, 20, 9, 12, "CT"),
        ("Travis County Tax Office", "taxoffice@traviscountytx.gov"),
        "Your 2026 Travis County property tax statement",
        html_only(shell(inner)),
        [],
        "travis-tax",
    )


def newsletters_and_marketing() -> None:
    inner = """<tr><td style="padding:18px 28px;background:#000;"><span style="color:#fff;font-size:24px;font-weight:bold;">Do512</span></td></tr>
<tr><td style="padding:22px 28px;font-size:14px;line-height:21px;"><h2>This weekend in Austin</h2>
<p>&bull; Blues on the Green at Zilker (free)<br>&bull; Juneteenth Central Texas parade<br>&bull; Free Week hangover shows on Red River</p></td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#777;">You're getting this because you signed up at do512.com.
<a href="https://do512.com/unsubscribe">Unsubscribe</a></td></tr>"""
    mail(
        at(2026, 6, 12, 11, 0, "CT"),
        ("Do512", "weekend@do512.com"),
        "Do512 Weekend: Blues on the Green, Juneteenth and more",
        html_only(shell(inner)),
        [],
        "do512",
        extra=unsub("https://do512.com/unsubscribe"),
    )
    text = """TLDR 2026-10-27

Big Tech & Startups
- Anthropic, OpenAI and Google ship new agent APIs (4 minute read)

Programming, Design & Data Science
- Postgres 19 beta: what's new (6 minute read)
- The hidden cost of feature flags (5 minute read)

Quick Links
- Austin's new AI hub opens downtown

Love TLDR? Tell your friends and get rewards! Want to advertise in TLDR?
Unsubscribe: https://tldr.tech/unsubscribe
"""
    mail(
        at(2026, 10, 27, 6, 14, "PT"),
        ("TLDR", "dan@tldrnewsletter.com"),
        "Agent APIs 🤖, Postgres 19 🐘, feature flags 🚩",
        plain_only(text, "quoted-printable"),
        [],
        "tldr",
        extra=unsub("https://tldr.tech/unsubscribe"),
    )
    inner = """<tr><td style="padding:22px 28px;font-size:15px;line-height:22px;"><h2>Fast internet. No contracts. $30/mo.</h2>
<p>Switch to Spectrum Internet&reg; 500 Mbps for $30/mo for 12 months when bundled with Spectrum Mobile. No data caps, no modem fees.</p>
<p><a href="https://www.spectrum.com/offers">Check availability at 8112 Copano Dr</a></p></td></tr>
<tr><td style="padding:16px 28px;font-size:10px;color:#777;">Limited-time offer; subject to change; valid to qualified residential customers who have not subscribed
to any services within the previous 30 days. Taxes and fees extra. <a href="https://www.spectrum.com/unsubscribe">Unsubscribe</a>.
Charter Communications, 400 Washington Blvd, Stamford, CT 06902</td></tr>"""
    mail(
        at(2026, 2, 26, 12, 30, "ET"),
        ("Spectrum", "spectrum@exchange.spectrum.com"),
        "Diego, get Spectrum Internet for $30/mo",
        html_only(shell(inner)),
        [],
        "spectrum-marketing",
        extra=unsub("https://www.spectrum.com/unsubscribe"),
    )
    inner = """<tr><td style="padding:22px 28px;font-size:15px;line-height:22px;background:#0e0b3d;color:#fff;"><h2>Disney+, Hulu, HBO Max. One bundle.</h2>
<p>Get all three for $16.99/month with ads. Subscribe today.</p><p><a href="https://www.disneyplus.com/bundle" style="color:#7cc7ff;">Get the bundle</a></p></td></tr>
<tr><td style="padding:16px 28px;font-size:10px;color:#777;">Terms apply. You are receiving this email because you created a Disney account.
<a href="https://www.disneyplus.com/unsubscribe">Unsubscribe</a>. Disney Entertainment Distribution, 500 S Buena Vista St, Burbank, CA 91521</td></tr>"""
    mail(
        at(2026, 5, 5, 9, 0, "PT"),
        ("Disney+", "disneyplus@mail.disneyplus.com"),
        "One bundle. Three streaming services.",
        html_only(shell(inner)),
        [],
        "disney-marketing",
        extra=unsub("https://www.disneyplus.com/unsubscribe"),
    )
    inner = """<tr><td style="padding:22px 28px;font-size:15px;line-height:22px;"><h2>Summer is better with Peacock</h2>
<p>Stream Sunday Night Football, The Office and new Peacock Originals. Peacock Premium just $7.99/month.</p>
<p><a href="https://www.peacocktv.com/plans">Sign up</a></p></td></tr>
<tr><td style="padding:16px 28px;font-size:10px;color:#777;"><a href="https://www.peacocktv.com/unsubscribe">Unsubscribe</a>.
Peacock TV LLC, 30 Rockefeller Plaza, New York, NY 10112</td></tr>"""
    mail(
        at(2026, 7, 20, 15, 0, "ET"),
        ("Peacock", "peacock@email.peacocktv.com"),
        "Summer is better with Peacock",
        html_only(shell(inner)),
        [],
        "peacock-marketing",
        extra=unsub("https://www.peacocktv.com/unsubscribe"),
    )


# ================================================================ truth


def truth() -> list[dict]:
    def t(name, aliases, amount, cycle, status, nxt, kind):
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

    return [
        t(
            "City of Austin Utilities",
            ["Austin Energy", "City of Austin Utilities Customer Care", "Austin Water", "COA Utilities"],
            "262.92",
            "monthly",
            "active",
            "2026-12-09",
            "bill",
        ),
        t("Texas Gas Service", ["ONE Gas", "Texas Gas"], "54.86", "monthly", "active", "2026-12-08", "bill"),
        t(
            "Google Fiber",
            ["Google Fiber 1 Gig", "Google Fiber Inc."],
            "70.00",
            "monthly",
            "active",
            "2026-12-03",
            "bill",
        ),
        t(
            "T-Mobile",
            ["T-Mobile Magenta", "T-Mobile USA", "Magenta"],
            "169.07",
            "monthly",
            "active",
            "2026-12-05",
            "bill",
        ),
        t(
            "GEICO",
            ["GEICO Auto Insurance", "GEICO County Mutual Insurance Company", "GEICO auto policy"],
            "211.89",
            "monthly",
            "active",
            "2026-12-18",
            "bill",
        ),
        t(
            "Mr. Cooper",
            ["Mr. Cooper mortgage", "Nationstar Mortgage", "Nationstar Mortgage LLC", "mortgage"],
            "3193.40",
            "monthly",
            "active",
            "2026-12-01",
            "bill",
        ),
        t(
            "Brodie Springs HOA",
            [
                "Brodie Springs Homeowners Association",
                "Brodie Springs HOA assessment",
                "Goodwin Management",
                "HOA dues",
            ],
            "228.00",
            "quarterly",
            "active",
            "2027-01-01",
            "bill",
        ),
        t(
            "UFCU Auto Loan",
            ["UFCU", "University Federal Credit Union", "UFCU loan"],
            "612.48",
            "monthly",
            "active",
            "2026-12-15",
            "bill",
        ),
        t(
            "Costco Executive Membership",
            ["Costco", "Costco Wholesale", "Costco Executive"],
            "130.00",
            "yearly",
            "active",
            "2027-03-01",
            "subscription",
        ),
        t(
            "Amazon Prime",
            ["Prime", "Amazon Prime Membership"],
            "139.00",
            "yearly",
            "active",
            "2027-06-12",
            "subscription",
        ),
        t("Netflix", ["Netflix Premium"], "24.99", "monthly", "active", "2026-12-23", "subscription"),
        t("HBO Max", ["Max", "HBO Max Standard"], "18.49", "monthly", "inactive", None, "subscription"),
        t(
            "Paramount+",
            ["Paramount Plus", "Paramount+ Premium"],
            "119.99",
            "yearly",
            "active",
            "2027-02-14",
            "subscription",
        ),
        t("Hulu", ["Hulu (With Ads)"], "11.99", "monthly", "cancelled", None, "subscription"),
        t(
            "Spotify Premium Family",
            ["Spotify", "Spotify Family", "Spotify Premium"],
            "21.99",
            "monthly",
            "active",
            "2026-12-04",
            "subscription",
        ),
        t("YouTube Premium", ["YouTube"], "15.14", "monthly", "active", "2026-12-07", "subscription"),
        t("Apple One", ["Apple One Family"], "28.09", "monthly", "active", "2026-12-19", "subscription"),
        t(
            "Peloton App One",
            ["Peloton", "Peloton App", "Peloton: Fitness & Workouts"],
            "14.06",
            "monthly",
            "active",
            "2026-12-19",
            "subscription",
        ),
        t(
            "GitHub Copilot Pro",
            ["GitHub Copilot", "GitHub", "Copilot Pro"],
            "10.66",
            "monthly",
            "active",
            "2026-12-02",
            "subscription",
        ),
        t("ChatGPT Plus", ["ChatGPT", "OpenAI"], "21.32", "monthly", "active", "2026-12-11", "subscription"),
        t("1Password Families", ["1Password"], "63.83", "yearly", "active", "2027-03-09", "subscription"),
        t("Tonal Membership", ["Tonal"], "59.95", "monthly", "active", "2026-12-27", "subscription"),
        t(
            "Chewy Autoship",
            ["Chewy", "Chewy.com Autoship"],
            "81.23",
            "monthly",
            "active",
            "2026-12-09",
            "subscription",
        ),
        t("BarkBox", ["BARK", "Bark Box"], "31.39", "monthly", "active", "2026-12-15", "subscription"),
        t(
            "Ring Home Standard",
            ["Ring", "Ring Home", "Ring Protect"],
            "108.24",
            "yearly",
            "active",
            "2027-01-08",
            "subscription",
        ),
        t(
            "DashPass",
            ["DoorDash DashPass", "DoorDash"],
            "9.99",
            "monthly",
            "cancelled",
            None,
            "subscription",
        ),
        t("Uber One", ["Uber One membership"], "96.00", "yearly", "active", "2027-06-02", "subscription"),
    ]


HARD_NEGATIVES = [
    "Venmo",
    "Marcus Chen",
    "Jake Alvarez",
    "Priya Shah",
    "Sofía Ramírez",
    "Chase",
    "Zelle",
    "Chase Sapphire Preferred",
    "Robinhood",
    "Fidelity Investments",
    "H-E-B",
    "Target",
    "Tesla Supercharging",
    "Southwest Airlines",
    "ACL Music Festival",
    "Front Gate Tickets",
    "Southwest Hills Community Church",
    "Pushpay",
    "Manchaca Family Dental",
    "Delta Dental",
    "Travis Central Appraisal District",
    "Travis County Tax Office",
    "Do512",
    "TLDR",
    "Spectrum",
    "Disney+",
    "Peacock",
    "Torchy's Tacos",
    "Stardew Valley",
    "Procreate Pocket",
    "Traeger Pro 780",
    "Frisco Orthopedic Dog Bed",
    "Kasa Smart Plug",
    "LEGO Technic",
    "Uber trip",
]


# ================================================================ writing


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:48]


def from_line(sender_addr: str, dt: datetime) -> str:
    u = dt.astimezone(UTC)
    return (
        f"From {sender_addr} {u.strftime('%a')} {u.strftime('%b')} {u.day:2d} "
        f"{u.strftime('%H:%M:%S')} {u.year}"
    )


def main() -> None:
    for company in (
        city_of_austin,
        texas_gas_service,
        google_fiber,
        t_mobile,
        geico,
        mr_cooper,
        state_farm_forward,
        hoa,
        ufcu_loan,
        costco,
        amazon,
        netflix,
        hbo_max,
        paramount_plus,
        hulu,
        spotify,
        google_play,
        apple,
        github,
        openai,
        onepassword,
        tonal,
        chewy,
        barkbox,
        ring,
        doordash,
        uber,
        personal,
        venmo,
        chase,
        investing,
        shops,
        travel_and_events,
        church_and_dentist,
        government,
        newsletters_and_marketing,
    ):
        company()
    msgs = sorted(MESSAGES, key=lambda m: m["dt"].astimezone(UTC))
    first, last = austin_date(msgs[0]["dt"]), austin_date(msgs[-1]["dt"])
    assert date(2025, 11, 25) <= first and last < TODAY, (first, last)
    eml_dir = HERE / "eml"
    eml_dir.mkdir(exist_ok=True)
    for old in eml_dir.glob("*.eml"):
        old.unlink()
    names = {t["name"] for t in truth()}
    index, mbox = [], []
    for n, m in enumerate(msgs, 1):
        fname = f"{n:03d}-{austin_date(m['dt']).strftime('%Y%m%d')}-{slugify(m['slug'])}.eml"
        (eml_dir / fname).write_bytes(m["text"].encode("utf-8"))
        assert set(m["labels"]) <= names, m["labels"]
        index.append({"file": fname, "from": m["sender"][0], "subject": m["subject"], "labels": m["labels"]})
        body = re.sub(r"^(>*From )", r">\1", m["text"], flags=re.M)
        mbox.append(from_line(m["sender"][1], m["dt"]) + "\n" + body + "\n")
    (HERE / "mailbox.mbox").write_bytes("".join(mbox).encode("utf-8"))

    def dump(name: str, obj: object) -> None:
        (HERE / name).write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    dump("truth.json", truth())
    dump("meta.json", {"today": TODAY.isoformat(), "messages": len(msgs), "hard_negatives": HARD_NEGATIVES})
    dump("messages.json", index)
    print(f"{len(msgs)} messages, {len(truth())} truths, {first} .. {last}")


if __name__ == "__main__":
    main()
