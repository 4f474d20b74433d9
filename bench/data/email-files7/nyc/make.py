#!/usr/bin/env python3
"""Test mailbox generator: Priya Raman, a young professional in Brooklyn, New York (USD).

Seeded and deterministic (stdlib only): rerunning writes the same bytes.
Run from /work/main:  .venv/bin/python bench/data/email-files7/nyc/make.py
Writes eml/, mailbox.mbox, truth.json, meta.json and messages.json next to this file.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import quopri
import random
import re
import shutil
from decimal import ROUND_HALF_UP, Decimal
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 12, 3)
SEED = 7_2026_1203
rng = random.Random(SEED)

ME_NAME = "Priya Raman"
ME = "priya@priyaraman.com"
ME_TO = formataddr((ME_NAME, ME))
WORK = "priya.raman@brightlane.io"
ADDRESS = ["1184 Bergen St Apt 3R", "Brooklyn, NY 11216"]
NYC_TAX = Decimal("0.08875")


# ----------------------------------------------------------------------------- money
def D(x) -> Decimal:
    return Decimal(str(x)).quantize(Decimal("0.01"))


def tax(x) -> Decimal:
    return (D(x) * NYC_TAX).quantize(Decimal("0.01"), ROUND_HALF_UP)


def usd(x) -> str:
    return f"${D(x):,.2f}"


# ----------------------------------------------------------------------------- time zones
def _nth_sunday(y: int, m: int, n: int) -> dt.date:
    d = dt.date(y, m, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)


def _last_sunday(y: int, m: int) -> dt.date:
    d = dt.date(y, m + 1, 1) - dt.timedelta(days=1) if m < 12 else dt.date(y, 12, 31)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def _us_dst(local: dt.datetime) -> bool:
    start = dt.datetime.combine(_nth_sunday(local.year, 3, 2), dt.time(2))
    end = dt.datetime.combine(_nth_sunday(local.year, 11, 1), dt.time(2))
    return start <= local < end


def _eu_dst(local: dt.datetime) -> bool:
    start = dt.datetime.combine(_last_sunday(local.year, 3), dt.time(1))
    end = dt.datetime.combine(_last_sunday(local.year, 10), dt.time(1))
    return start <= local < end


def _au_dst(local: dt.datetime) -> bool:  # Melbourne: DST from 1st Sunday Oct to 1st Sunday Apr
    end = dt.datetime.combine(_nth_sunday(local.year, 4, 1), dt.time(3))
    start = dt.datetime.combine(_nth_sunday(local.year, 10, 1), dt.time(2))
    return local < end or local >= start


def offset_minutes(zone: str, local: dt.datetime) -> int:
    if zone == "utc":
        return 0
    if zone == "ny":
        return -240 if _us_dst(local) else -300
    if zone == "chi":
        return -300 if _us_dst(local) else -360
    if zone == "den":
        return -360 if _us_dst(local) else -420
    if zone == "la":
        return -420 if _us_dst(local) else -480
    if zone == "lon":
        return 60 if _eu_dst(local) else 0
    if zone == "mel":
        return 660 if _au_dst(local) else 600
    raise ValueError(zone)


def aware(local: dt.datetime, zone: str) -> dt.datetime:
    return local.replace(tzinfo=dt.timezone(dt.timedelta(minutes=offset_minutes(zone, local))))


def long_date(d: dt.date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def short_date(d: dt.date) -> str:
    return f"{d:%b} {d.day}, {d.year}"


def mdy(d: dt.date, year2: bool = False) -> str:
    return f"{d:%m/%d/%y}" if year2 else f"{d:%m/%d/%Y}"


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


# ----------------------------------------------------------------------------- random ids
def digits(n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def alnum(n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# ----------------------------------------------------------------------------- MIME building
def encode_body(text: str, cte: str, charset: str) -> str:
    raw = text.encode(charset)
    if cte == "quoted-printable":
        out = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        out = base64.encodebytes(raw).decode("ascii")
    elif cte in ("7bit", "8bit"):
        out = text
    else:
        raise ValueError(cte)
    return out if out.endswith("\n") else out + "\n"


class Part:
    """A leaf text part or a multipart container."""

    def __init__(
        self,
        ctype: str,
        body: str = "",
        cte: str = "quoted-printable",
        charset: str = "utf-8",
        children: list[Part] | None = None,
        boundary: str | None = None,
        extra: list[tuple[str, str]] | None = None,
    ):
        self.ctype, self.body, self.cte, self.charset = ctype, body, cte, charset
        self.children, self.boundary, self.extra = children, boundary, extra or []

    def headers(self) -> list[tuple[str, str]]:
        if self.children is not None:
            return [("Content-Type", f'{self.ctype}; boundary="{self.boundary}"'), *self.extra]
        return [
            ("Content-Type", f'{self.ctype}; charset="{self.charset}"'),
            ("Content-Transfer-Encoding", self.cte),
            *self.extra,
        ]

    def payload(self) -> str:
        if self.children is None:
            return encode_body(self.body, self.cte, self.charset)
        out = []
        if self.ctype.startswith("multipart/"):
            out.append("This is a multi-part message in MIME format.\n\n")
        for c in self.children:
            out.append(f"--{self.boundary}\n")
            for k, v in c.headers():
                out.append(f"{k}: {v}\n")
            out.append("\n")
            out.append(c.payload())
        out.append(f"--{self.boundary}--\n")
        return "".join(out)


def plain(text: str, cte: str = "7bit", charset: str = "utf-8") -> Part:
    if cte == "7bit" and not text.isascii():
        cte = "quoted-printable"
    return Part("text/plain", text, cte, charset)


def html(text: str, cte: str = "quoted-printable", charset: str = "utf-8") -> Part:
    return Part("text/html", text, cte, charset)


BSTYLE = {
    "apple": lambda: f"----=_Part_{digits(8)}_{digits(9)}.{digits(13)}",
    "gmail": lambda: f"000000000000{hexs(12)}",
    "stripe": lambda: f"--==_mimepart_{hexs(13)}_{digits(2)}",
    "java": lambda: f"----=_Part_{digits(6)}_{digits(8)}.{digits(13)}",
    "sfmc": lambda: f"----msg_border_{alnum(10, 'abcdefghijklmnopqrstuvwxyz0123456789')}",
    "mailgun": lambda: f"{hexs(32)}",
    "perl": lambda: f"_----------=_{digits(18)}",
    "outlook": lambda: f"_000_{alnum(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}namprd{digits(2)}prodo_",
}


def alt(text: Part | str, htm: Part | str, style: str = "java") -> Part:
    t = text if isinstance(text, Part) else plain(text, "quoted-printable")
    h = htm if isinstance(htm, Part) else html(htm)
    return Part("multipart/alternative", children=[t, h], boundary=BSTYLE[style]())


def enc_header(value: str) -> str:
    return value if value.isascii() else Header(value, "utf-8").encode()


MESSAGES: list[dict] = []


def add(
    when: tuple,
    zone: str,
    from_name: str,
    from_addr: str,
    subject: str,
    body: Part,
    *,
    labels: list[str] | None = None,
    slug: str,
    to: str = ME_TO,
    extra: list[tuple[str, str]] | None = None,
    msgid_domain: str | None = None,
    msgid: str | None = None,
    date_comment: str = "",
) -> None:
    if len(when) == 5:
        when = (*when, rng.randrange(60))
    local = dt.datetime(*when)
    stamp = aware(local, zone)
    domain = msgid_domain or from_addr.split("@", 1)[1]
    if msgid is None:
        msgid = f"<{hexs(8)}.{digits(6)}.{digits(13)}@{domain}>"
    MESSAGES.append(
        {
            "local": local,
            "stamp": stamp,
            "from_name": from_name,
            "from_addr": from_addr,
            "subject": subject,
            "body": body,
            "labels": labels or [],
            "slug": slug,
            "to": to,
            "extra": extra or [],
            "msgid": msgid,
            "date_comment": date_comment,
        }
    )


def render(m: dict) -> str:
    frm = formataddr((m["from_name"], m["from_addr"]), charset="utf-8") if m["from_name"] else m["from_addr"]
    date = format_datetime(m["stamp"]) + (f" ({m['date_comment']})" if m["date_comment"] else "")
    heads = [
        ("From", frm),
        ("To", m["to"]),
        ("Subject", enc_header(m["subject"])),
        ("Date", date),
        ("Message-ID", m["msgid"]),
        *m["extra"],
        ("MIME-Version", "1.0"),
        *m["body"].headers(),
    ]
    out = "".join(f"{k}: {v}\n" for k, v in heads) + "\n" + m["body"].payload()
    return out


# ----------------------------------------------------------------------------- HTML helpers
def page(
    inner: str,
    title: str = "",
    *,
    bg: str = "#f4f4f4",
    font: str = "Helvetica, Arial, sans-serif",
    preheader: str = "",
    width: int = 600,
) -> str:
    pre = (
        (
            f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{preheader}'
            "&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>\n"
        )
        if preheader
        else ""
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{title}</title>
<style type="text/css">
body {{ margin:0; padding:0; -webkit-text-size-adjust:100%; }}
table {{ border-collapse:collapse; }}
img {{ border:0; outline:none; text-decoration:none; }}
@media only screen and (max-width:620px) {{ .container {{ width:100% !important; }} }}
</style>
</head>
<body style="margin:0;padding:0;background-color:{bg};font-family:{font};">
{pre}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="{bg}">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" class="container" width="{width}" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="width:{width}px;">
{inner}
</table>
</td></tr>
</table>
</body>
</html>
"""


def tr(*cells: str, style: str = "padding:6px 24px;font-size:14px;color:#333333;") -> str:
    tds = []
    for i, c in enumerate(cells):
        align = ' align="right"' if i == len(cells) - 1 and len(cells) > 1 else ""
        tds.append(f'<td{align} style="{style}">{c}</td>')
    return "<tr>" + "".join(tds) + "</tr>"


def para(
    text: str,
    style: str = "padding:8px 24px;font-size:15px;line-height:22px;color:#333333;",
    colspan: int = 2,
) -> str:
    return f'<tr><td colspan="{colspan}" style="{style}">{text}</td></tr>'


def button(label: str, href: str, color: str = "#111111", colspan: int = 2) -> str:
    return (
        f'<tr><td colspan="{colspan}" align="center" style="padding:18px 24px;">'
        f'<a href="{href}" style="background-color:{color};color:#ffffff;text-decoration:none;'
        f'padding:12px 28px;border-radius:4px;font-weight:bold;display:inline-block;">{label}</a></td></tr>'
    )


def unsub(domain: str) -> list[tuple[str, str]]:
    token = hexs(24)
    return [
        (
            "List-Unsubscribe",
            f"<https://{domain}/unsubscribe?u={token}>, <mailto:unsubscribe@{domain}?subject={token}>",
        ),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ]


VISA = "Visa ending in 4417"
VISA_DOTS = "Visa •••• 4417"
APPLE_CARD = "Apple Card •••• 2291"


# ============================================================================= 1. VITAL (climbing gym, Mindbody)
VITAL = "VITAL Climbing Gym"
VITAL_DUES = D("165.00")


def vital_receipt(day: dt.date, item: str, amount: Decimal, next_line: bool) -> None:
    sale = digits(7)
    period_end = add_months(day, 1) - dt.timedelta(days=1)
    rows = "".join(
        [
            '<tr style="background:#f0f0f0;font-weight:bold;">'
            + "".join(
                f'<td style="padding:6px 10px;font-size:12px;">{h}</td>'
                for h in ("Item", "Qty", "Price", "Disc.", "Total")
            )
            + "</tr>",
            "<tr>"
            + "".join(
                f'<td style="padding:6px 10px;font-size:13px;">{c}</td>'
                for c in (
                    f'{item}<br/><span style="color:#777">{mdy(day)} - {mdy(period_end)}</span>',
                    "1",
                    usd(amount),
                    "$0.00",
                    usd(amount),
                )
            )
            + "</tr>",
        ]
    )
    nxt = (
        (
            f'<p style="font-size:13px;color:#555;">Autopay: {usd(VITAL_DUES)} Monthly &middot; Next payment '
            f"{mdy(add_months(day, 1))}</p>"
        )
        if next_line
        else ""
    )
    inner = f"""<tr><td style="padding:20px 24px;border-bottom:3px solid #e4032e;">
<img src="https://clients.mindbodyonline.com/studios/VITALBrooklyn/logo_mobile.png" alt="VITAL Brooklyn" width="140" /></td></tr>
<tr><td style="padding:16px 24px;font-size:14px;color:#222;">
<p>Thank you for your purchase, Priya!</p>
<p><b>VITAL Brooklyn</b><br/>221 N 14th St, Brooklyn, NY 11249<br/>(718) 387-0221 &middot; brooklyn@vitalclimbinggym.com</p>
<p>Sale Date: {mdy(day)}<br/>Sale ID: {sale}<br/>Client: Priya Raman<br/>Location: VITAL Brooklyn</p>
<table width="100%" cellpadding="0" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#dddddd;">{rows}</table>
<table width="100%" style="margin-top:10px;font-size:13px;">
<tr><td align="right">Subtotal:</td><td align="right" width="90">{usd(amount)}</td></tr>
<tr><td align="right">Tax:</td><td align="right">$0.00</td></tr>
<tr><td align="right"><b>Total:</b></td><td align="right"><b>{usd(amount)}</b></td></tr>
<tr><td align="right">Visa xxxx4417:</td><td align="right">{usd(amount)}</td></tr>
</table>
{nxt}
<p style="font-size:12px;color:#888;">Autopay payments are processed on the 1st of each month. Membership changes require 30 days notice.
Questions about your account? Reply to this email or visit the front desk.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#999;background:#fafafa;">This receipt was sent by VITAL Brooklyn via Mindbody.
&copy; 2026 Mindbody, Inc. 4051 Broad Street, Suite 220, San Luis Obispo, CA 93401.
<a href="https://www.mindbodyonline.com/privacy-policy">Privacy Policy</a></td></tr>"""
    add(
        (day.year, day.month, day.day, rng.choice([3, 4, 5]), rng.randrange(60)),
        "la",
        "VITAL Brooklyn",
        "no-reply@mindbodyonline.com",
        "Your receipt from VITAL Brooklyn",
        html(page(inner, "Receipt", bg="#ffffff")),
        labels=[VITAL],
        slug="vital-receipt",
        extra=[("Reply-To", "brooklyn@vitalclimbinggym.com")],
    )


def vital_all() -> None:
    for d, nl in [((2026, 1, 1), True), ((2026, 8, 1), True), ((2026, 10, 1), False), ((2026, 12, 1), True)]:
        vital_receipt(dt.date(*d), "Monthly Membership - Autopay", VITAL_DUES, nl)
    vital_receipt(dt.date(2026, 7, 1), "Membership Freeze Fee", D("15.00"), False)
    # freeze confirmation, received at work and forwarded home (Outlook)
    fw = f"""Forwarding to my personal email so I have it.

Priya Raman | Account Executive, Brightlane
priya.raman@brightlane.io

________________________________
From: VITAL Brooklyn Member Services <members@vitalclimbinggym.com>
Sent: Friday, June 12, 2026 10:14 AM
To: Priya Raman <{WORK}>
Subject: RE: Membership freeze for July

Hi Priya,

Thanks for reaching out! Your membership freeze request has been processed.

  Member: Priya Raman (ID 2004118)
  Home gym: VITAL Brooklyn
  Freeze period: July 1, 2026 - July 31, 2026
  Freeze fee: $15.00, billed July 1, 2026 in place of your monthly dues

Your regular dues of $165.00/month will resume automatically on August 1, 2026.
You won't be able to check in during the freeze. If you come back early, just
let the front desk know and we'll reactivate you (dues are then prorated).

Have a great trip and see you on the wall!

Marisol
Member Services | VITAL Brooklyn
221 N 14th St, Brooklyn, NY 11249

-----Original Message-----
From: Priya Raman <{WORK}>
Sent: Thursday, June 11, 2026 4:52 PM
To: members@vitalclimbinggym.com
Subject: Membership freeze for July

Hi, I'd like to freeze my membership for the month of July, I'm traveling for work
most of the month. Is it still $15? Thanks! Priya
"""
    fw_html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        + '<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">'
        + fw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
        + "</div></body></html>\n"
    )
    add(
        (2026, 6, 12, 10, 31),
        "ny",
        ME_NAME,
        WORK,
        "Fwd: Membership freeze for July",
        alt(plain(fw, "quoted-printable", "us-ascii"), html(fw_html), "outlook"),
        labels=[VITAL],
        slug="fwd-vital-freeze",
        msgid=f"<BN8PR{digits(2)}MB{digits(4)}{alnum(6)}@BN8PR{digits(2)}MB{digits(4)}.namprd{digits(2)}.prod.outlook.com>",
    )
    # newsletter (marketing, not evidence)
    inner = """<tr><td><img src="https://vitalclimbinggym.com/wp-content/uploads/email/fall-comp-header.jpg" width="600" alt="VITAL Fall Bouldering Comp"/></td></tr>"""
    inner += para('<h2 style="margin:0">Fall Send Fest is back &#129495;</h2>')
    inner += para(
        "Saturday, October 10 at VITAL Brooklyn. Open to all levels, 40 new problems set for the comp, "
        "DJ from 7pm and free pizza for competitors. Registration is <b>$25 for members</b>, $45 for non-members."
    )
    inner += para(
        "Also this month: the Williamsburg yoga room gets a new schedule, and our Intro to Lead course "
        "starts Sept 29 (four sessions, $180)."
    )
    inner += button("Register now", "https://vitalclimbinggym.com/events/send-fest", "#e4032e")
    inner += para(
        "VITAL Climbing Gym &middot; 221 N 14th St, Brooklyn, NY 11249<br/>"
        "You are receiving this because you are a VITAL member. "
        '<a href="https://vitalclimbinggym.us10.list-manage.com/unsubscribe">Unsubscribe</a>',
        "padding:16px 24px;font-size:11px;color:#999;",
    )
    add(
        (2026, 9, 18, 11, 0),
        "ny",
        "VITAL Climbing Gym",
        "hello@vitalclimbinggym.com",
        "Send Fest is back + new lead course 🧗",
        html(page(inner, "VITAL"), "quoted-printable"),
        slug="vital-newsletter",
        extra=unsub("vitalclimbinggym.us10.list-manage.com"),
    )


# ============================================================================= 2. ClassPass (credits plan)
CLASSPASS = "ClassPass"


def classpass_receipt(day: dt.date, credits: int, price: Decimal) -> None:
    t = tax(price)
    total = price + t
    nxt = add_months(day, 1)
    txn = alnum(8, "abcdefghijkmnpqrstuvwxyz23456789")
    text = f"""ClassPass

Thanks for being a ClassPass member, Priya.

Here's your receipt for this month's membership.

Receipt date: {long_date(day)}
Transaction ID: {txn}

Plan: {credits} credits / month
Billing period: {short_date(day)} - {short_date(nxt - dt.timedelta(days=1))}

Membership        {usd(price)}
Sales tax         {usd(t)}
Total charged     {usd(total)}

Payment method: {VISA_DOTS}

Your next billing date is {long_date(nxt)}. Unused credits (up to your plan's rollover limit)
carry over to next cycle.

Manage your plan: https://classpass.com/account/plan

ClassPass Inc., 275 7th Ave, 11th Floor, New York, NY 10001
Terms: https://classpass.com/terms  Privacy: https://classpass.com/privacy
"""
    inner = f"""<tr><td colspan="2" style="padding:24px;background:#0055ff;"><img src="https://static.classpass.com/email/logo-white.png" alt="ClassPass" width="130"/></td></tr>
{para('<b style="font-size:20px">Your receipt</b><br/>Thanks for being a ClassPass member, Priya.')}
{tr("Receipt date", long_date(day))}
{tr("Transaction ID", txn)}
{tr("Plan", f"{credits} credits / month")}
{tr("Billing period", f"{short_date(day)} &ndash; {short_date(nxt - dt.timedelta(days=1))}")}
<tr><td colspan="2" style="padding:0 24px;"><hr style="border:none;border-top:1px solid #e5e5e5;"/></td></tr>
{tr("Membership", usd(price))}
{tr("Sales tax", usd(t))}
{tr("<b>Total charged</b>", f"<b>{usd(total)}</b>")}
{tr("Payment method", VISA_DOTS)}
{para(f"Your next billing date is <b>{long_date(nxt)}</b>. Unused credits (up to your plan&#39;s rollover limit) carry over to next cycle.")}
{button("Manage plan", "https://classpass.com/account/plan", "#0055ff")}
{para('ClassPass Inc., 275 7th Ave, 11th Floor, New York, NY 10001<br/><a href="https://classpass.com/terms">Terms</a> &middot; <a href="https://classpass.com/privacy">Privacy</a>', "padding:16px 24px;font-size:11px;color:#999;")}"""
    add(
        (day.year, day.month, day.day, 6, rng.randrange(10, 50)),
        "utc",
        "ClassPass",
        "no-reply@classpass.com",
        "Your ClassPass receipt",
        alt(text, page(inner, "Your ClassPass receipt"), "sfmc"),
        labels=[CLASSPASS],
        slug="classpass-receipt",
    )


def classpass_all() -> None:
    classpass_receipt(dt.date(2026, 1, 14), 45, D("79.00"))
    classpass_receipt(dt.date(2026, 4, 14), 45, D("79.00"))
    classpass_receipt(dt.date(2026, 9, 14), 27, D("49.00"))
    classpass_receipt(dt.date(2026, 11, 14), 27, D("49.00"))
    # booking (usage, not billing)
    inner = (
        para('<b style="font-size:20px">You&#39;re booked!</b>')
        + tr("Class", "Slow Flow 60")
        + tr("Studio", "Sky Ting Yoga &ndash; Chinatown")
        + tr("When", "Thu, May 21 &middot; 7:30 PM")
        + tr("Credits", "6")
        + para(
            "Cancel at least 12 hours before class to get your credits back. Late cancels and no-shows "
            "are charged a fee."
        )
        + button("Add to calendar", "https://classpass.com/a/cal/9921", "#0055ff")
    )
    add(
        (2026, 5, 19, 13, 2),
        "utc",
        "ClassPass",
        "no-reply@classpass.com",
        "You're booked: Slow Flow 60 at Sky Ting Yoga",
        html(page(inner, "Booking confirmed")),
        slug="classpass-booking",
    )
    # plan change (downgrade takes effect next billing date)
    text = """Hi Priya,

Your plan change is confirmed.

Current plan: 45 credits / month ($79.00 + tax)
New plan: 27 credits / month ($49.00 + tax)
Starts: September 14, 2026 (your next billing date)

Until then you can keep booking with your current credits. Up to 10 unused credits
will roll over into your new plan.

Changed your mind? You can update your plan any time before September 14 at
https://classpass.com/account/plan

The ClassPass Team
"""
    inner = (
        para('<b style="font-size:20px">Your plan change is confirmed</b>')
        + tr("Current plan", "45 credits / month ($79.00 + tax)")
        + tr("New plan", "<b>27 credits / month ($49.00 + tax)</b>")
        + tr("Starts", "September 14, 2026 (your next billing date)")
        + para(
            "Until then you can keep booking with your current credits. Up to 10 unused credits will roll over into your new plan."
        )
        + button("Review plan", "https://classpass.com/account/plan", "#0055ff")
    )
    add(
        (2026, 8, 22, 21, 47),
        "utc",
        "ClassPass",
        "no-reply@classpass.com",
        "Your plan change is confirmed",
        alt(text, page(inner, "Plan change")),
        labels=[CLASSPASS],
        slug="classpass-plan-change",
    )
    inner = (
        para('<h2 style="margin:0">New studios near Prospect Heights</h2>')
        + para(
            "14 studios just joined ClassPass in your neighborhood &ndash; from reformer Pilates on Vanderbilt Ave to "
            "sauna + cold plunge at Bathhouse. Your credits are waiting."
        )
        + button("Explore studios", "https://classpass.com/search?near=prospect-heights", "#0055ff")
        + para(
            "You&#39;re receiving this email because you&#39;re a ClassPass member. "
            '<a href="https://classpass.com/email-preferences">Email preferences</a> &middot; '
            '<a href="https://classpass.com/unsubscribe">Unsubscribe</a><br/>ClassPass Inc., 275 7th Ave, New York, NY 10001',
            "padding:16px 24px;font-size:11px;color:#999;",
        )
    )
    add(
        (2026, 10, 5, 15, 30),
        "utc",
        "ClassPass",
        "hello@email.classpass.com",
        "Priya, 14 new studios just dropped near you",
        html(page(inner, "ClassPass")),
        slug="classpass-marketing",
        extra=unsub("email.classpass.com"),
    )


# ============================================================================= 3. Citi Bike (annual membership, Lyft)
CITIBIKE = "Citi Bike"
CB_PRICE = D("219.99")


def citibike_all() -> None:
    text = f"""Hi Priya,

Thanks for riding with Citi Bike this year.

Your Annual Membership will automatically renew on April 18, 2026. We'll charge
{usd(CB_PRICE)} plus applicable tax to the Visa ending in 4417 on file.

Your membership includes unlimited 45-minute classic rides and member pricing on
e-bikes. No action is needed to keep riding.

If you'd like to turn off auto-renew or update your payment method, open the
Citi Bike app or Lyft app and go to Account > Membership.

Happy riding,
Citi Bike

Citi Bike is operated by Lyft Bikes and Scooters, LLC, 185 Berry St, Suite 400,
San Francisco, CA 94107. Citi Bike and the Citi Bike logo are registered service
marks of Citigroup Inc.
"""
    add(
        (2026, 3, 19, 14, 5),
        "la",
        "Citi Bike",
        "no-reply@citibikenyc.com",
        "Your Citi Bike membership renews soon",
        plain(text),
        labels=[CITIBIKE],
        slug="citibike-renewal-reminder",
    )
    t = tax(CB_PRICE)
    inner = f"""<tr><td colspan="2" style="padding:22px 24px;background:#0a3a78;color:#fff;font-size:22px;font-weight:bold;">citi bike<span style="color:#e42d2d">&#9679;</span></td></tr>
{para('<b style="font-size:20px">Thanks, Priya! Your membership has renewed.</b>')}
{tr("Annual Membership", usd(CB_PRICE))}
{tr("NYC sales tax", usd(t))}
{tr("<b>Total</b>", f"<b>{usd(CB_PRICE + t)}</b>")}
{tr("Payment", "Visa **4417")}
{tr("Date", "Apr 18, 2026")}
{tr("Membership valid through", "Apr 18, 2027")}
{para("Your membership renews automatically each year. You can manage auto-renew in the app under Account &rsaquo; Membership.")}
{para('Lyft Bikes and Scooters, LLC &middot; 185 Berry St, Suite 400, San Francisco, CA 94107<br/>Questions? <a href="https://help.citibikenyc.com">help.citibikenyc.com</a>', "padding:16px 24px;font-size:11px;color:#888;")}"""
    add(
        (2026, 4, 18, 9, 12),
        "utc",
        "Citi Bike",
        "no-reply@citibikenyc.com",
        "Your Citi Bike receipt",
        html(page(inner, "Receipt", bg="#eef2f7")),
        labels=[CITIBIKE],
        slug="citibike-annual-receipt",
    )
    for (y, m, d, h, mi), start, end, mins in [
        ((2026, 6, 7, 8, 41), "Bergen St & Nostrand Ave", "Broadway & W 24 St", 31),
    ]:
        fare = D("0.27") * mins
        t = tax(fare)
        inner = f"""<tr><td colspan="2" style="padding:22px 24px;background:#0a3a78;color:#fff;font-size:22px;font-weight:bold;">citi bike<span style="color:#e42d2d">&#9679;</span></td></tr>
{para(f'<b style="font-size:18px">Thanks for riding, Priya</b><br/>{dt.date(y, m, d):%A, %B} {d}')}
{tr("Start", f'{start}<br/><span style="color:#777">{h}:{mi:02d} AM</span>' if h < 12 else f'{start}<br/><span style="color:#777">{h - 12}:{mi:02d} PM</span>')}
{tr("End", end)}
{tr("Ride type", "E-bike &middot; " + str(mins) + " min")}
{tr("Member e-bike rate ($0.27/min)", usd(fare))}
{tr("Sales tax", usd(t))}
{tr("<b>Total</b>", f"<b>{usd(fare + t)}</b>")}
{tr("Visa **4417", usd(fare + t))}
{para("Members ride classic bikes free for 45 minutes. E-bike rides are billed per minute.", "padding:12px 24px;font-size:12px;color:#777;")}"""
        fin = dt.datetime(y, m, d, h, mi) + dt.timedelta(minutes=mins + 2)
        add(
            (fin.year, fin.month, fin.day, fin.hour, fin.minute),
            "ny",
            "Citi Bike",
            "no-reply@citibikenyc.com",
            "Your Citi Bike ride receipt",
            html(page(inner, "Ride receipt", bg="#eef2f7")),
            slug="citibike-ride",
        )
    inner = (
        para('<h2 style="margin:0">May is Bike Month NYC &#128690;</h2>')
        + para(
            "Group rides in all five boroughs, free bike-fit clinics and double Bike Angel points all month. "
            "Invite a friend and they get their first month of membership for $10."
        )
        + button("See events", "https://citibikenyc.com/bikemonth", "#0a3a78")
        + para(
            '<a href="https://citibikenyc.com/unsubscribe">Unsubscribe</a> &middot; Citi Bike, operated by Lyft',
            "padding:16px 24px;font-size:11px;color:#888;",
        )
    )
    add(
        (2026, 5, 5, 12, 0),
        "ny",
        "Citi Bike",
        "news@email.citibikenyc.com",
        "Bike Month is here 🚲 Free group rides all May",
        html(page(inner, "Bike Month")),
        slug="citibike-marketing",
        extra=unsub("email.citibikenyc.com"),
    )


# ============================================================================= 4. Con Edison (electric + gas, AutoPay)
CONED = "Con Edison"


def coned_bill(sent: tuple, period: tuple, amount: str, due: dt.date, kwh: int, therms: int) -> None:
    a, b = dt.date(*period[0]), dt.date(*period[1])
    inner = f"""<tr><td colspan="2" style="padding:18px 24px;border-bottom:4px solid #0078cf;"><img src="https://www.coned.com/-/media/images/email/conedison-logo.png" alt="conEdison" width="150"/></td></tr>
{para('<span style="font-size:20px;color:#0078cf;font-weight:bold;">Your bill is ready</span>')}
{para("Hi PRIYA RAMAN,<br/>Your Con Edison bill for the account ending in <b>0047-5</b> is now available to view online.")}
<tr><td colspan="2" style="padding:8px 24px;"><table width="100%" cellpadding="8" style="background:#f2f7fb;font-size:14px;">
<tr><td>Service address</td><td align="right">1184 BERGEN ST APT 3R, BROOKLYN</td></tr>
<tr><td>Billing period</td><td align="right">{short_date(a)} &ndash; {short_date(b)} ({(b - a).days} days)</td></tr>
<tr><td>Electricity used</td><td align="right">{kwh} kWh</td></tr>
<tr><td>Gas used</td><td align="right">{therms} therms</td></tr>
<tr><td><b>Amount due</b></td><td align="right"><b style="font-size:18px">{usd(amount)}</b></td></tr>
<tr><td>Due date</td><td align="right">{long_date(due)}</td></tr>
</table></td></tr>
{para(f"<b>You&#39;re enrolled in AutoPay.</b> We will deduct {usd(amount)} from your checking account ending in 6610 on {long_date(due)}. No action is needed.")}
{button("View My Bill", "https://www.coned.com/en/accounts-billing/my-account/billing-payment-history", "#0078cf")}
{para('Please do not reply to this email. This mailbox is not monitored. To contact us, visit coned.com or call 1-800-75-CONED (1-800-752-6633).<br/><br/>Consolidated Edison Company of New York, Inc. &middot; 4 Irving Place, New York, NY 10003<br/><a href="https://www.coned.com/en/privacy-statement">Privacy</a> &middot; <a href="https://www.coned.com/en/email-preferences">Manage email preferences</a>', "padding:16px 24px;font-size:11px;color:#777;")}"""
    add(
        sent,
        "ny",
        "Con Edison",
        "conedison@emails.coned.com",
        "Your Con Edison bill is ready to view",
        html(page(inner, "Your bill is ready", bg="#e9eef2", font="Arial, sans-serif")),
        labels=[CONED],
        slug="coned-bill",
    )


def coned_all() -> None:
    coned_bill((2025, 12, 18, 7, 12), ((2025, 11, 15), (2025, 12, 16)), "96.27", dt.date(2026, 1, 9), 301, 11)
    coned_bill((2026, 1, 20, 7, 40), ((2025, 12, 16), (2026, 1, 16)), "112.80", dt.date(2026, 2, 10), 352, 14)
    coned_bill((2026, 4, 17, 6, 55), ((2026, 3, 17), (2026, 4, 15)), "78.91", dt.date(2026, 5, 8), 248, 9)
    coned_bill((2026, 7, 20, 7, 18), ((2026, 6, 16), (2026, 7, 16)), "163.02", dt.date(2026, 8, 10), 541, 5)
    coned_bill((2026, 8, 19, 6, 48), ((2026, 7, 16), (2026, 8, 17)), "171.48", dt.date(2026, 9, 10), 566, 5)
    coned_bill(
        (2026, 11, 18, 7, 21), ((2026, 10, 16), (2026, 11, 16)), "88.63", dt.date(2026, 12, 10), 279, 10
    )


# ============================================================================= 5. Spectrum (internet, promo ending)
SPECTRUM = "Spectrum Internet"
SPECTRUM_ACCT = "8347 10 002 0491823"


def spectrum_bill(sent: tuple, amount: str, due: dt.date) -> None:
    inner = f"""<tr><td colspan="2" style="padding:16px 24px;background:#003057;"><img src="https://www.spectrum.net/content/dam/spectrum/email/spectrum-logo-white.png" alt="Spectrum" width="140"/></td></tr>
{para('<span style="font-size:22px;font-weight:bold;color:#003057;">Your Bill Is Ready</span>')}
{para("Hello Priya,<br/>Your latest Spectrum bill is now available in My Spectrum.")}
{tr("Account Number", "&bull;&bull;&bull;&bull;1823")}
{tr("Amount Due", f"<b>{usd(amount)}</b>")}
{tr("Due By", mdy(due, True))}
{para(f"<b>Auto Pay is on.</b> Your payment of {usd(amount)} will be automatically processed on {mdy(due, True)}.")}
{button("View Bill", "https://www.spectrum.net/billing", "#0073d1")}
{para('Please do not reply to this email. For questions, visit <a href="https://www.spectrum.net/support">Spectrum.net/support</a> or call 1-833-267-6094.<br/><br/>&copy;2026 Charter Communications. All rights reserved. Spectrum, 400 Washington Blvd, Stamford, CT 06902.<br/><a href="https://www.spectrum.com/policies/privacy-policy">Privacy Policy</a>', "padding:16px 24px;font-size:11px;color:#666;")}"""
    add(
        sent,
        "ny",
        "Spectrum",
        "Spectrum@exchange.spectrum.net",
        "Your Spectrum Bill Is Ready",
        html(page(inner, "Your Spectrum Bill", bg="#f1f1f1"), "base64"),
        labels=[SPECTRUM],
        slug="spectrum-bill",
    )


def spectrum_all() -> None:
    spectrum_bill((2026, 1, 24, 9, 2), "49.99", dt.date(2026, 2, 14))
    spectrum_bill((2026, 5, 24, 9, 10), "49.99", dt.date(2026, 6, 14))
    spectrum_bill((2026, 8, 24, 8, 57), "49.99", dt.date(2026, 9, 14))
    text = """Important information about your Spectrum Internet price

Hello Priya,

Thank you for being a Spectrum customer. We're writing to let you know that the
12-month promotional price on your Spectrum Internet service is ending.

Account number ending in: 1823
Service: Spectrum Internet Premier (500 Mbps)

Current promotional price:  $49.99/mo
Promotion ends:             11/23/2026
New monthly price:          $79.99/mo

Starting with your next bill, your monthly price for Spectrum Internet Premier
will be $79.99. Your Auto Pay will continue and no action is needed to keep
your service.

Want to explore other options? Visit Spectrum.net/upgrade or call 1-855-860-9068.

Taxes, fees and surcharges are extra and subject to change. Equipment and
services may vary by area. Spectrum Internet is provided by Charter
Communications.

(c) 2026 Charter Communications. 400 Washington Blvd, Stamford, CT 06902.
"""
    inner = (
        para(
            '<span style="font-size:20px;font-weight:bold;color:#003057;">Important information about your Spectrum Internet price</span>'
        )
        + para(
            "Hello Priya,<br/>Thank you for being a Spectrum customer. We&#39;re writing to let you know that the "
            "12-month promotional price on your Spectrum Internet service is ending."
        )
        + tr("Account number ending in", "1823")
        + tr("Service", "Spectrum Internet Premier (500 Mbps)")
        + tr("Current promotional price", "$49.99/mo")
        + tr("Promotion ends", "11/23/2026")
        + tr("<b>New monthly price</b>", "<b>$79.99/mo</b>")
        + para(
            "Starting with your next bill, your monthly price for Spectrum Internet Premier will be <b>$79.99</b>. "
            "Your Auto Pay will continue and no action is needed to keep your service."
        )
        + para(
            "Taxes, fees and surcharges are extra and subject to change. &copy; 2026 Charter Communications.",
            "padding:16px 24px;font-size:11px;color:#666;",
        )
    )
    add(
        (2026, 10, 28, 11, 44),
        "ny",
        "Spectrum",
        "Spectrum@exchange.spectrum.net",
        "Important information about your Spectrum Internet price",
        alt(text, page(inner, "Spectrum")),
        labels=[SPECTRUM],
        slug="spectrum-promo-ending",
    )
    spectrum_bill((2026, 11, 24, 9, 6), "79.99", dt.date(2026, 12, 14))
    inner = (
        para(
            '<span style="font-size:24px;font-weight:bold;color:#003057;">Get a FREE Unlimited Mobile line for a year</span>'
        )
        + para(
            "Add Spectrum Mobile to your Internet and save. Bring your number, keep your phone, and get up to $500 "
            "back when you switch. Offer for new mobile customers, limited time."
        )
        + button("Shop Spectrum Mobile", "https://www.spectrum.com/mobile", "#0073d1")
        + para(
            "Offer requires Spectrum Internet and Auto Pay. After 12 months, standard rates apply ($30/mo per line for "
            'Unlimited). <a href="https://www.spectrum.com/unsubscribe">Unsubscribe</a>',
            "padding:16px 24px;font-size:11px;color:#666;",
        )
    )
    add(
        (2026, 3, 10, 13, 15),
        "ny",
        "Spectrum",
        "spectrum@marketing.spectrum.com",
        "Priya, your Internet qualifies for a FREE mobile line",
        html(page(inner, "Spectrum Mobile")),
        slug="spectrum-marketing",
        extra=unsub("marketing.spectrum.com"),
    )


# ============================================================================= 6. Lemonade (renters insurance, monthly)
LEMONADE = "Lemonade Renters Insurance"


def lemonade_all() -> None:
    text = """Hey Priya,

Maya here, Lemonade's AI. Your renters policy is up for renewal soon, so here's
what's coming up.

Policy: LP4F2C91A7 (Renters, 1184 Bergen St Apt 3R, Brooklyn NY 11216)
Renewal date: March 2, 2026
New monthly price: $13.58 (was $12.67)

Your coverage stays the same: $30,000 personal property, $100,000 personal
liability, $500 deductible. The price change reflects updated rates filed in
New York.

No need to do anything - your policy will renew automatically and we'll keep
charging the card on file each month.

Want to make changes? Open the app or visit lemonade.com/account

Stay awesome,
Maya
Lemonade Insurance Company, 5 Crosby St, 3rd Floor, New York, NY 10013
"""
    add(
        (2026, 2, 2, 10, 17),
        "ny",
        "Lemonade",
        "help@lemonade.com",
        "Your policy is renewing soon 🏠",
        plain(text),
        labels=[LEMONADE],
        slug="lemonade-renewal-notice",
    )

    def receipt(day: dt.date, amount: str, renewed: bool) -> None:
        head = "Your policy renewed!" if renewed else "Payment received"
        inner = f"""<tr><td colspan="2" style="padding:24px;"><img src="https://www.lemonade.com/assets/email/lemonade-logo.png" alt="Lemonade" width="120"/></td></tr>
{para(f'<span style="font-size:22px;font-weight:bold;color:#ff0083;">{head}</span>')}
{para("Hi Priya, we charged your card for your monthly renters insurance premium. Here are the details:")}
{tr("Policy", "LP4F2C91A7 &middot; Renters")}
{tr("Date", long_date(day))}
{tr("Period", f"{short_date(day)} &ndash; {short_date(add_months(day, 1) - dt.timedelta(days=1))}")}
{tr("Amount", f"<b>{usd(amount)}</b>")}
{tr("Card", "Visa ending 4417")}
{para("Thanks for being part of Lemonade. Part of what&#39;s left after claims goes to the charity you picked: <b>Rainforest Alliance</b>.")}
{para("Lemonade Insurance Company &middot; 5 Crosby St, 3rd Floor, New York, NY 10013<br/>Questions? Just reply to this email.", "padding:16px 24px;font-size:11px;color:#999;")}"""
        txt = f"""{head}

Hi Priya, we charged your card for your monthly renters insurance premium.

Policy: LP4F2C91A7 - Renters
Date: {long_date(day)}
Period: {short_date(day)} - {short_date(add_months(day, 1) - dt.timedelta(days=1))}
Amount: {usd(amount)}
Card: Visa ending 4417

Lemonade Insurance Company, 5 Crosby St, 3rd Floor, New York, NY 10013
"""
        add(
            (day.year, day.month, day.day, 8, rng.randrange(60)),
            "ny",
            "Lemonade",
            "help@lemonade.com",
            "Your Lemonade policy has renewed" if renewed else "Your Lemonade payment receipt",
            alt(txt, page(inner, head, bg="#fff5fa")),
            labels=[LEMONADE],
            slug="lemonade-receipt",
        )

    receipt(dt.date(2026, 3, 2), "13.58", True)
    receipt(dt.date(2026, 6, 2), "13.58", False)
    receipt(dt.date(2026, 11, 2), "13.58", False)


# ============================================================================= 7. Visible (prepaid wireless, monthly)
VISIBLE = "Visible"


def visible_ok(day: dt.date, card: str, nxt: dt.date, after_retry: bool = False) -> None:
    conf = digits(10)
    lead = (
        "Good news - we were able to process your payment and your service is all set."
        if after_retry
        else "Thanks for your payment. Your service is good to go for another month."
    )
    text = f"""Visible

Payment confirmed

{lead}

Plan: Visible
Amount paid: $25.00 (taxes and fees included)
Payment date: {mdy(day)}
Payment method: {card}
Confirmation #: {conf}
Next payment: {long_date(nxt)}

Manage your account in the Visible app.

Visible Service LLC, PO Box 1075, Lakeland, FL 33802
Visible is a Verizon company. Unsubscribe from marketing emails at visible.com/preferences.
"""
    inner = f"""<tr><td colspan="2" style="padding:28px 24px;background:#1800ff;color:#fff;font-size:28px;font-weight:800;">Visible</td></tr>
{para('<b style="font-size:22px">Payment confirmed</b>')}
{para(lead)}
{tr("Plan", "Visible")}
{tr("Amount paid", '$25.00 <span style="color:#777">(taxes and fees included)</span>')}
{tr("Payment date", mdy(day))}
{tr("Payment method", card)}
{tr("Confirmation #", conf)}
{tr("Next payment", long_date(nxt))}
{para("Visible Service LLC, PO Box 1075, Lakeland, FL 33802. Visible is a Verizon company.", "padding:16px 24px;font-size:11px;color:#888;")}"""
    add(
        (day.year, day.month, day.day, 4 if not after_retry else 13, rng.randrange(60)),
        "den",
        "Visible",
        "noreply@mail.visible.com",
        "Your Visible payment was successful",
        alt(text, page(inner, "Visible")),
        labels=[VISIBLE],
        slug="visible-payment",
    )


def visible_all() -> None:
    visible_ok(dt.date(2026, 1, 19), "Visa ••••4417", dt.date(2026, 2, 19))
    visible_ok(dt.date(2026, 4, 19), "Visa ••••4417", dt.date(2026, 5, 19))
    text = """Uh oh, your payment didn't go through

Hi Priya,

We weren't able to process your payment of $25.00 for your Visible plan using the
Visa ending in 4417. Your bank declined the charge.

Don't worry, your service is still active for now. We'll try your card again in
24 hours. To avoid an interruption, update your payment method in the Visible app
(Account > Payment).

If we still can't process your payment, your service will be suspended on 07/22/2026.

Visible Service LLC, PO Box 1075, Lakeland, FL 33802
"""
    add(
        (2026, 7, 19, 4, 12),
        "den",
        "Visible",
        "noreply@mail.visible.com",
        "Action needed: your payment didn't go through",
        plain(text),
        labels=[VISIBLE],
        slug="visible-payment-failed",
    )
    visible_ok(dt.date(2026, 7, 20), "Mastercard ••••9082", dt.date(2026, 8, 19), after_retry=True)
    visible_ok(dt.date(2026, 10, 19), "Mastercard ••••9082", dt.date(2026, 11, 19))


# ============================================================================= 8-12. Apple App Store
ICLOUD, BEAR, STRAVA, HINGE, FLIGHTY = "iCloud+", "Bear Pro", "Strava", "Hinge+", "Flighty Pro"
APPLE_FOOT_TXT = """Privacy: We use a Subscriber ID to provide reports to developers.

Get help with subscriptions and purchases: https://support.apple.com/billing
Manage Subscriptions: https://apps.apple.com/account/subscriptions

Apple respects your privacy. Information regarding your personal information can be viewed at
https://www.apple.com/legal/privacy/.

TM and (c) 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014, United States
All Rights Reserved | Privacy Policy | Terms of Sale
"""
APPLE_FOOT_HTML = """<tr><td colspan="3" style="padding:24px 20px 8px;font-size:12px;color:#666;line-height:18px;">
You can view your receipts in App Store settings &rsaquo; Purchase History, or turn on renewal receipts to get emails like this each time your subscriptions renew.<br/>
<a href="https://apps.apple.com/account/subscriptions" style="color:#0070c9">Manage Subscriptions &rsaquo;</a> &nbsp;
<a href="https://reportaproblem.apple.com" style="color:#0070c9">Report a Problem &rsaquo;</a> &nbsp;
<a href="https://support.apple.com/billing" style="color:#0070c9">Visit Apple Support &rsaquo;</a></td></tr>
<tr><td colspan="3" style="padding:8px 20px 24px;font-size:11px;color:#888;line-height:16px;">
Privacy: We use a Subscriber ID to provide reports to developers.<br/>
Apple Card is issued by Goldman Sachs Bank USA, Salt Lake City Branch. Apple Payments Services LLC, a subsidiary of Apple Inc., is a service provider of Goldman Sachs Bank USA for Apple Card and Savings accounts. Neither Apple Inc. nor Apple Payments Services LLC is a bank.<br/><br/>
TM and &copy; 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014, United States<br/>
<a href="https://www.apple.com/legal/privacy/" style="color:#888">Privacy Policy</a> | <a href="https://www.apple.com/legal/internet-services/itunes/us/terms.html" style="color:#888">Terms of Sale</a></td></tr>"""


def apple_msgid() -> str:
    return f"<{digits(9)}.{digits(9)}.{digits(13)}@email.apple.com>"


def apple_receipt(day: dt.date, hour: int, items: list[tuple], labels: list[str]) -> None:
    """items: (app title, subscription/product line, renews date or None, price)."""
    order = alnum(10)
    doc = digits(12)
    sub = sum((D(p) for *_, p in items), Decimal("0"))
    t = tax(sub)
    total = sub + t
    lines_t, lines_h = [], []
    for app, product, renews, price in items:
        ren = f"\nRenews {long_date(renews)}" if renews else ""
        lines_t.append(f"{app}\n{product}{ren}\nReport a Problem\n{alnum(10)}    {usd(price)}\n")
        ren_h = f'<br/><span style="color:#666">Renews {long_date(renews)}</span>' if renews else ""
        lines_h.append(f"""<tr><td width="64" style="padding:12px 0 12px 20px;"><img src="https://is1-ssl.mzstatic.com/image/thumb/Purple/{hexs(8)}/64x64bb.png" width="48" height="48" style="border-radius:11px" alt=""/></td>
<td style="padding:12px 8px;font-size:14px;line-height:19px;"><b>{app}</b><br/>{product}{ren_h}<br/><a href="https://reportaproblem.apple.com" style="color:#0070c9;font-size:12px">Report a Problem</a></td>
<td align="right" style="padding:12px 20px 12px 0;font-size:14px;font-weight:bold;">{usd(price)}</td></tr>""")
    text = f"""Receipt

{long_date(day)}
Order ID: {order}
Document: {doc}
Apple Account: {ME}

App Store
{chr(10).join(lines_t)}
Billing and Payment
Priya Raman
{ADDRESS[0]}
{ADDRESS[1]}
United States

Subtotal {usd(sub)}
Tax {usd(t)}
{APPLE_CARD} {usd(total)}

{APPLE_FOOT_TXT}"""
    inner = f"""<tr><td colspan="3" style="padding:28px 20px 4px;"><img src="https://www.apple.com/email/images/apple_logo.png" width="22" alt="Apple"/></td></tr>
<tr><td colspan="3" style="padding:4px 20px 12px;font-size:32px;font-weight:600;color:#1d1d1f;">Receipt</td></tr>
<tr><td colspan="3" style="padding:0 20px 16px;font-size:13px;color:#333;line-height:20px;">{long_date(day)}<br/>Order ID: <a href="https://reportaproblem.apple.com" style="color:#0070c9">{order}</a><br/>Document: {doc}<br/>Apple Account: {ME}</td></tr>
<tr><td colspan="3" style="padding:8px 20px;font-size:15px;font-weight:600;border-top:1px solid #d2d2d7;">App Store</td></tr>
{"".join(lines_h)}
<tr><td colspan="3" style="padding:16px 20px;border-top:1px solid #d2d2d7;font-size:13px;line-height:19px;"><b>Billing and Payment</b><br/>Priya Raman<br/>{ADDRESS[0]}<br/>{ADDRESS[1]}<br/>United States</td></tr>
<tr><td colspan="2" style="padding:4px 20px;font-size:13px;">Subtotal</td><td align="right" style="padding:4px 20px;font-size:13px;">{usd(sub)}</td></tr>
<tr><td colspan="2" style="padding:4px 20px;font-size:13px;">Tax</td><td align="right" style="padding:4px 20px;font-size:13px;">{usd(t)}</td></tr>
<tr><td colspan="2" style="padding:8px 20px;font-size:14px;border-top:1px solid #d2d2d7;">{APPLE_CARD}</td><td align="right" style="padding:8px 20px;font-size:14px;font-weight:bold;border-top:1px solid #d2d2d7;">{usd(total)}</td></tr>
{APPLE_FOOT_HTML}"""
    add(
        (day.year, day.month, day.day, hour, rng.randrange(60)),
        "utc",
        "Apple",
        "no_reply@email.apple.com",
        "Your receipt from Apple.",
        alt(
            text,
            page(
                inner,
                "Receipt",
                bg="#ffffff",
                font="-apple-system, 'Helvetica Neue', Helvetica, Arial, sans-serif",
            ),
            "apple",
        ),
        labels=labels,
        slug="apple-receipt",
        msgid=apple_msgid(),
    )


def apple_notice(
    day: dt.date,
    hour: int,
    subject: str,
    title: str,
    body_lines: list[str],
    detail: list[tuple[str, str]],
    labels: list[str],
    slug: str,
) -> None:
    det_t = "\n".join(f"{k}: {v}" if k else v for k, v in detail)
    text = f"""{title}
-----------------------------------------------------------

{det_t}

Dear Priya,

{chr(10).join(body_lines)}

Regards,
Apple

{APPLE_FOOT_TXT}"""
    det_h = "".join(
        f'<tr><td style="padding:3px 20px;font-size:14px;color:#666;" width="170">{k}</td><td style="padding:3px 20px 3px 0;font-size:14px;">{v}</td></tr>'
        if k
        else f'<tr><td colspan="2" style="padding:3px 20px;font-size:15px;font-weight:600;">{v}</td></tr>'
        for k, v in detail
    )
    body_h = "".join(
        f'<tr><td colspan="2" style="padding:6px 20px;font-size:14px;line-height:21px;">{b}</td></tr>'
        for b in body_lines
    )
    inner = f"""<tr><td colspan="2" style="padding:28px 20px 4px;"><img src="https://www.apple.com/email/images/apple_logo.png" width="22" alt="Apple"/></td></tr>
<tr><td colspan="2" style="padding:4px 20px 16px;font-size:26px;font-weight:600;color:#1d1d1f;">{title}</td></tr>
{det_h}
<tr><td colspan="2" style="padding:16px 20px 6px;font-size:14px;">Dear Priya,</td></tr>
{body_h}
<tr><td colspan="2" style="padding:6px 20px 16px;font-size:14px;">Regards,<br/>Apple</td></tr>
<tr><td colspan="2" style="padding:8px 20px 24px;font-size:11px;color:#888;">Apple respects your privacy. Information regarding your personal information can be viewed at <a href="https://www.apple.com/legal/privacy/">https://www.apple.com/legal/privacy/</a>.<br/>TM and &copy; 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014.</td></tr>"""
    add(
        (day.year, day.month, day.day, hour, rng.randrange(60)),
        "utc",
        "Apple",
        "no_reply@email.apple.com",
        subject,
        alt(
            text,
            page(inner, title, bg="#ffffff", font="-apple-system, Helvetica, Arial, sans-serif"),
            "apple",
        ),
        labels=labels,
        slug=slug,
        msgid=apple_msgid(),
    )


ICLOUD_ITEM = ("iCloud+", "iCloud+ with 200 GB storage (Monthly)", None, "2.99")
BEAR_APP = "Bear Markdown Notes"


def apple_all() -> None:
    def both(day: dt.date, hour: int, bear_price: str = "2.99") -> None:
        nxt = add_months(day, 1)
        apple_receipt(
            day,
            hour,
            [
                ("iCloud+", "iCloud+ with 200 GB storage (Monthly)", nxt, "2.99"),
                (BEAR_APP, "Bear Pro (Monthly)", nxt, bear_price),
            ],
            [ICLOUD, BEAR],
        )

    both(dt.date(2025, 12, 9), 11)
    both(dt.date(2026, 4, 9), 10)
    both(dt.date(2026, 8, 9), 12)
    both(dt.date(2026, 11, 9), 11)
    # Hinge+ 3 months: confirmation + receipt, renewal, cancellation
    apple_notice(
        dt.date(2026, 3, 11),
        2,
        "Your Subscription Confirmation",
        "Subscription Confirmation",
        [
            "Thank you for subscribing to Hinge+. Your subscription will automatically renew every 3 months "
            "for $74.99 (plus applicable tax) until you cancel. You can cancel at any time at least 24 hours "
            "before the renewal date."
        ],
        [
            ("", "Hinge Dating App: Match & Date"),
            ("Subscription", "Hinge+ (3 Months)"),
            ("Content Provider", "Hinge, Inc."),
            ("Date of Purchase", "Mar 11, 2026"),
            ("Renewal Price", "$74.99 per 3 months"),
            ("Renews", "Jun 11, 2026"),
        ],
        [HINGE],
        "apple-subscription-confirmation",
    )
    apple_receipt(
        dt.date(2026, 3, 11),
        2,
        [("Hinge Dating App: Match & Date", "Hinge+ (3 Months)", dt.date(2026, 6, 11), "74.99")],
        [HINGE],
    )
    apple_receipt(
        dt.date(2026, 6, 11),
        7,
        [("Hinge Dating App: Match & Date", "Hinge+ (3 Months)", dt.date(2026, 9, 11), "74.99")],
        [HINGE],
    )
    apple_notice(
        dt.date(2026, 8, 2),
        23,
        "Your Subscription Cancellation",
        "Subscription Cancellation",
        [
            "This email confirms that you have canceled your subscription to Hinge+. You can continue to "
            "use it until the date below. You will not be charged again for this subscription."
        ],
        [
            ("", "Hinge Dating App: Match & Date"),
            ("Subscription", "Hinge+ (3 Months)"),
            ("Content Provider", "Hinge, Inc."),
            ("Expires", "Sep 11, 2026"),
        ],
        [HINGE],
        "apple-subscription-cancellation",
    )
    # Strava yearly renewal
    apple_receipt(
        dt.date(2026, 5, 21),
        9,
        [("Strava: Run, Bike, Hike", "Strava Subscription (Annual)", dt.date(2027, 5, 21), "79.99")],
        [STRAVA],
    )
    # Flighty free trial, canceled before the first charge
    apple_notice(
        dt.date(2026, 7, 24),
        15,
        "Your Subscription Confirmation",
        "Subscription Confirmation",
        [
            "Your free trial has started. When the trial ends your subscription will automatically renew "
            "for $59.99 per year (plus applicable tax) unless you cancel at least 24 hours before the end of the trial."
        ],
        [
            ("", "Flighty – Live Flight Tracker"),
            ("Subscription", "Flighty Pro (Annual)"),
            ("Content Provider", "Flighty LLC"),
            ("Date of Purchase", "Jul 24, 2026"),
            ("Free Trial", "1 week"),
            ("Renewal Price", "$59.99 per year starting Jul 31, 2026"),
        ],
        [FLIGHTY],
        "apple-trial-confirmation",
    )
    apple_notice(
        dt.date(2026, 7, 29),
        1,
        "Your Subscription Cancellation",
        "Subscription Cancellation",
        [
            "This email confirms that you have canceled your free trial of Flighty Pro. You can continue to "
            "use it until the date below. You will not be charged."
        ],
        [
            ("", "Flighty – Live Flight Tracker"),
            ("Subscription", "Flighty Pro (Annual)"),
            ("Content Provider", "Flighty LLC"),
            ("Expires", "Jul 31, 2026"),
        ],
        [FLIGHTY],
        "apple-trial-cancellation",
    )
    # one-off paid app (not a subscription)
    apple_receipt(dt.date(2026, 10, 3), 18, [("Procreate Pocket", "Procreate Pocket", None, "5.99")], [])
    # price increase for Bear Pro (next renewal Dec 9)
    apple_notice(
        dt.date(2026, 11, 6),
        17,
        "Your Subscription Price Increase",
        "Apple Subscription Price Increase",
        [
            "Thank you for subscribing to Bear Pro. We wanted to let you know about an upcoming change to this subscription.",
            "The developer is raising the price of this subscription from $2.99 per month to $3.49 per month. "
            "Your subscription will automatically renew for $3.49 per month starting December 9, 2026 unless you "
            "cancel at least a day before. To learn more or cancel, review your subscription.",
        ],
        [
            ("", "Bear Markdown Notes"),
            ("Subscription", "Bear Pro (1 month)"),
            ("New", "$3.49"),
            ("Old", "$2.99"),
            ("Starting", "December 9, 2026"),
        ],
        [BEAR],
        "apple-price-increase",
    )


# ============================================================================= 13. Google One via Google Play
GOOGLE_ONE = "Google One"


def google_all() -> None:
    day = dt.date(2026, 8, 27)
    price = D("19.99")
    t = tax(price)
    order = f"GPA.{digits(4)}-{digits(4)}-{digits(4)}-{digits(5)}"
    text = f"""Google Play

Thank you.
You've made a purchase from Google Play.

Order number: {order}
Order date: {short_date(day)} 3:14:07 AM PDT
Your account: {ME}

Item                                        Price
Google One 100 GB (Google One)              {usd(price)}/year
Auto-renewing subscription

Tax: {usd(t)}
Total: {usd(price + t)}/year

Payment method: Visa-4417

You will be charged {usd(price)}/year plus tax until you cancel. You can cancel
at any time at https://play.google.com/store/account/subscriptions. Learn more
about cancellation at https://support.google.com/googleplay/answer/7018481

(c) 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service email to update you about important
changes to your Google Play product or account.
"""
    inner = f"""<tr><td colspan="2" style="padding:24px;"><img src="https://www.gstatic.com/android/market_images/email/play_logo_x2.png" width="130" alt="Google Play"/></td></tr>
{para('<span style="font-size:24px;color:#202124">Thank you.</span><br/>You&#39;ve made a purchase from Google Play.')}
{tr("Order number:", order)}
{tr("Order date:", f"{short_date(day)} 3:14:07 AM PDT")}
{tr("Your account:", ME)}
<tr><td colspan="2" style="padding:8px 24px;"><table width="100%" style="font-size:14px;border-top:1px solid #dadce0;border-bottom:1px solid #dadce0;">
<tr><td style="padding:10px 0;color:#5f6368;">Item</td><td align="right" style="color:#5f6368;">Price</td></tr>
<tr><td style="padding:10px 0;">Google One 100 GB (Google One)<br/><span style="color:#5f6368;font-size:12px">Auto-renewing subscription</span></td><td align="right">{usd(price)}/year</td></tr>
<tr><td style="padding:6px 0;">Tax:</td><td align="right">{usd(t)}</td></tr>
<tr><td style="padding:6px 0;"><b>Total:</b></td><td align="right"><b>{usd(price + t)}/year</b></td></tr></table></td></tr>
{tr("Payment method:", "Visa-4417")}
{para(f'You will be charged {usd(price)}/year plus tax until you cancel. You can <a href="https://play.google.com/store/account/subscriptions">cancel</a> at any time.', "padding:12px 24px;font-size:12px;color:#5f6368;")}
{para("&copy; 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043<br/>You have received this mandatory service email to update you about important changes to your Google Play product or account.", "padding:12px 24px;font-size:11px;color:#9aa0a6;")}"""
    add(
        (day.year, day.month, day.day, 3, 14, 9),
        "la",
        "Google Play",
        "googleplay-noreply@google.com",
        f"Your Google Play Order Receipt from {short_date(day)}",
        alt(
            text, page(inner, "Google Play receipt", bg="#ffffff", font="Roboto, Arial, sans-serif"), "gmail"
        ),
        labels=[GOOGLE_ONE],
        slug="google-play-receipt",
        msgid=f"<{hexs(16)}.{digits(5)}@google.com>",
    )
    text = """Google One

Your Google One plan renews soon

Hi Priya,

Your Google One 100 GB plan will automatically renew on August 27, 2026 for
$19.99/year plus tax. You're currently using 61.4 GB of 100 GB across Google
Photos, Gmail and Drive.

Nothing to do if you'd like to keep your plan. To change or cancel, go to
one.google.com/storage.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
This email was sent to you because you have a Google One membership.
"""
    add(
        (2026, 8, 13, 10, 2),
        "la",
        "Google One",
        "googleone-noreply@google.com",
        "Your Google One plan renews soon",
        plain(text),
        labels=[GOOGLE_ONE],
        slug="google-one-reminder",
        msgid=f"<{hexs(16)}.{digits(5)}@google.com>",
    )


# ============================================================================= 14. The Wall Street Journal (intro rate, then standard)
WSJ = "The Wall Street Journal"


def wsj_receipt(day: dt.date, amount: str, intro: bool) -> None:
    inv = f"INV{digits(8)}"
    period_end = add_months(day, 1) - dt.timedelta(days=1)
    rate = "Introductory rate: $4.00/month for 12 months" if intro else "Standard rate"
    text = f"""THE WALL STREET JOURNAL.

Payment Confirmation

Dear Priya Raman,

Thank you for your payment. This email confirms that we have received payment
for your subscription.

Subscription: WSJ Digital
Account Number: A00918273
Invoice Number: {inv}
Invoice Date: {mdy(day)}
Service Period: {mdy(day)} - {mdy(period_end)}
{rate}
Amount Paid: {usd(amount)}
Payment Method: Visa ending in 4417

Your subscription will continue automatically. You'll be charged on the {day.day}th of
each month until you cancel.

To manage your subscription, visit https://customercenter.wsj.com or call
1-800-JOURNAL (1-800-568-7625).

Dow Jones & Company, Inc., 1211 Avenue of the Americas, New York, NY 10036
Copyright 2026 Dow Jones & Company, Inc. All Rights Reserved.
"""
    inner = f"""<tr><td colspan="2" align="center" style="padding:22px 24px;border-bottom:1px solid #111;font-family:Georgia,serif;font-size:26px;font-weight:bold;letter-spacing:1px;">THE WALL STREET JOURNAL.</td></tr>
{para('<span style="font-family:Georgia,serif;font-size:22px;">Payment Confirmation</span>')}
{para("Dear Priya Raman,<br/>Thank you for your payment. This email confirms that we have received payment for your subscription.")}
{tr("Subscription", "WSJ Digital")}
{tr("Account Number", "A00918273")}
{tr("Invoice Number", inv)}
{tr("Invoice Date", mdy(day))}
{tr("Service Period", f"{mdy(day)} &ndash; {mdy(period_end)}")}
{tr("Rate", rate)}
{tr("<b>Amount Paid</b>", f"<b>{usd(amount)}</b>")}
{tr("Payment Method", "Visa ending in 4417")}
{para('Your subscription will continue automatically until you cancel. To manage your subscription, visit the <a href="https://customercenter.wsj.com">Customer Center</a> or call 1-800-JOURNAL (1-800-568-7625).')}
{para("Dow Jones &amp; Company, Inc., 1211 Avenue of the Americas, New York, NY 10036<br/>Copyright &copy; 2026 Dow Jones &amp; Company, Inc. All Rights Reserved.", "padding:16px 24px;font-size:11px;color:#777;")}"""
    add(
        (day.year, day.month, day.day, 5, rng.randrange(60)),
        "ny",
        "The Wall Street Journal",
        "customercenter@wsj.com",
        "Your WSJ payment confirmation",
        alt(text, page(inner, "Payment Confirmation", font="Georgia, 'Times New Roman', serif"), "java"),
        labels=[WSJ],
        slug="wsj-payment",
    )


def wsj_all() -> None:
    wsj_receipt(dt.date(2025, 12, 20), "4.00", True)
    wsj_receipt(dt.date(2026, 3, 20), "4.00", True)
    wsj_receipt(dt.date(2026, 7, 20), "4.00", True)
    text = """Dear Priya Raman,

Thank you for reading The Wall Street Journal. We're writing to remind you that
your introductory offer is coming to an end.

Your introductory rate of $4.00 per month ends on November 19, 2026. Beginning
November 20, 2026, your WSJ Digital subscription will automatically renew at the
then-current standard rate, currently $38.99 per month, charged to your Visa
ending in 4417 each month until you cancel.

Account Number: A00918273

You don't need to do anything to continue your subscription. If you'd like to
explore other options, visit https://customercenter.wsj.com or call
1-800-JOURNAL (1-800-568-7625).

Sincerely,
Customer Service
The Wall Street Journal

Dow Jones & Company, Inc., 1211 Avenue of the Americas, New York, NY 10036
"""
    add(
        (2026, 10, 21, 6, 30),
        "ny",
        "The Wall Street Journal",
        "customercenter@wsj.com",
        "Important information about your WSJ subscription",
        plain(text),
        labels=[WSJ],
        slug="wsj-intro-ending",
    )
    wsj_receipt(dt.date(2026, 11, 20), "38.99", False)
    inner = (
        para(
            '<span style="font-family:Georgia,serif;font-size:24px;">The 10-Point</span><br/><span style="color:#666">A guide to the day&#39;s news from the Editor in Chief</span>'
        )
        + para(
            "Good morning. The Federal Reserve meets this week with markets betting on a pause; retailers brace for a "
            "shorter holiday shopping season; and the surprising economics of the $9 Manhattan latte."
        )
        + para(
            "<b>1. Fed officials signal patience.</b> Policy makers are leaning toward holding rates steady ..."
        )
        + para("<b>2. Holiday spending.</b> Early data from card networks show shoppers trading down ...")
        + para(
            'You are receiving this newsletter as a WSJ subscriber. <a href="https://www.wsj.com/newsletters">Manage newsletters</a> &middot; '
            '<a href="https://www.wsj.com/unsubscribe">Unsubscribe</a><br/>Dow Jones &amp; Company, Inc., 1211 Avenue of the Americas, New York, NY 10036',
            "padding:16px 24px;font-size:11px;color:#777;",
        )
    )
    add(
        (2026, 9, 15, 6, 2),
        "ny",
        "The 10-Point | WSJ",
        "access@interactive.wsj.com",
        "The 10-Point: Fed Watch, Holiday Spending, Latte Math",
        html(page(inner, "The 10-Point", font="Georgia, serif")),
        slug="wsj-newsletter",
        extra=unsub("interactive.wsj.com"),
    )


# ============================================================================= 15. The Sales Floor (Substack, paid, after 7-day trial)
SALESFLOOR = "The Sales Floor"


def stripe_receipt(
    day: dt.date,
    merchant: str,
    merchant_email: str,
    acct: str,
    items: list[tuple[str, str]],
    tax_amt: Decimal | None,
    labels: list[str],
    slug: str,
    card: str = "Visa - 4417",
    footer: str = "",
    zone: str = "utc",
    hour: int | None = None,
) -> None:
    rcpt = f"{digits(4)}-{digits(4)}"
    inv = f"{alnum(8)}-{digits(4)}"
    sub = sum((D(a) for _, a in items), Decimal("0"))
    total = sub + (tax_amt or Decimal("0"))
    footer_t = footer.replace("&middot;", "-").replace("<br/>", "\n")
    rows_t = "\n".join(f"{d:<44}{usd(a)}" for d, a in items)
    tax_t = f"\n{'Sales tax (8.875%)':<44}{usd(tax_amt)}" if tax_amt is not None else ""
    text = f"""{merchant}

Receipt from {merchant}
{usd(total)}
Paid {short_date(day)}

Receipt number     {rcpt}
Invoice number     {inv}
Payment method     {card}

{short_date(day)} - {short_date(add_months(day, 1))}
{rows_t}{tax_t}
{"Amount paid":<44}{usd(total)}

If you have any questions, contact us at {merchant_email}.
{footer_t}
Something wrong with the email? View it in your browser: https://pay.stripe.com/receipts/{acct}/{hexs(24)}

You're receiving this email because you made a purchase at {merchant}, which partners with Stripe to provide invoicing and payment processing.
"""
    rows_h = "".join(
        f'<tr><td style="padding:6px 0;font-size:14px;color:#414552">{d}</td><td align="right" style="font-size:14px;color:#414552">{usd(a)}</td></tr>'
        for d, a in items
    )
    if tax_amt is not None:
        rows_h += f'<tr><td style="padding:6px 0;font-size:14px;color:#414552">Sales tax (8.875%)</td><td align="right" style="font-size:14px;color:#414552">{usd(tax_amt)}</td></tr>'
    inner = f"""<tr><td colspan="2" style="padding:32px 32px 8px;font-size:16px;color:#8898aa;">{merchant}</td></tr>
<tr><td colspan="2" style="padding:0 32px;font-size:14px;color:#8898aa;">Receipt from {merchant}</td></tr>
<tr><td colspan="2" style="padding:4px 32px;font-size:32px;font-weight:600;color:#32325d;">{usd(total)}</td></tr>
<tr><td colspan="2" style="padding:0 32px 20px;font-size:14px;color:#8898aa;">Paid {short_date(day)}</td></tr>
<tr><td style="padding:4px 32px;font-size:13px;color:#8898aa;">Receipt number</td><td align="right" style="padding:4px 32px;font-size:13px;color:#414552">{rcpt}</td></tr>
<tr><td style="padding:4px 32px;font-size:13px;color:#8898aa;">Invoice number</td><td align="right" style="padding:4px 32px;font-size:13px;color:#414552">{inv}</td></tr>
<tr><td style="padding:4px 32px;font-size:13px;color:#8898aa;">Payment method</td><td align="right" style="padding:4px 32px;font-size:13px;color:#414552">{card}</td></tr>
<tr><td colspan="2" style="padding:20px 32px;"><table width="100%" style="background:#f6f9fc;padding:12px;border-radius:6px;">
<tr><td colspan="2" style="font-size:12px;color:#8898aa;text-transform:uppercase;padding-bottom:6px">{short_date(day).upper()} &ndash; {short_date(add_months(day, 1)).upper()}</td></tr>
{rows_h}
<tr><td style="padding:8px 0;font-size:14px;font-weight:600;border-top:1px solid #e6ebf1">Amount paid</td><td align="right" style="font-size:14px;font-weight:600;border-top:1px solid #e6ebf1">{usd(total)}</td></tr>
</table></td></tr>
<tr><td colspan="2" style="padding:8px 32px;font-size:13px;color:#414552;">If you have any questions, contact us at <a href="mailto:{merchant_email}">{merchant_email}</a>.</td></tr>
<tr><td colspan="2" style="padding:16px 32px 32px;font-size:12px;color:#8898aa;border-top:1px solid #e6ebf1;">{footer}<br/>You&#39;re receiving this email because you made a purchase at {merchant}, which partners with <a href="https://stripe.com">Stripe</a> to provide invoicing and payment processing.</td></tr>"""
    add(
        (day.year, day.month, day.day, hour if hour is not None else rng.randrange(8, 20), rng.randrange(60)),
        zone,
        merchant,
        f"invoice+statements+{acct}@stripe.com",
        f"Your receipt from {merchant} #{rcpt}",
        alt(text, page(inner, f"Receipt from {merchant}", bg="#f6f9fc"), "stripe"),
        labels=labels,
        slug=slug,
        msgid=f"<{hexs(24)}@stripe.com>",
    )


def salesfloor_all() -> None:
    sub_from = ("The Sales Floor", "thesalesfloor@substack.com")
    text = """You've started your free trial of The Sales Floor

Hi Priya,

Thanks for upgrading! Your 7-day free trial of The Sales Floor has started.

Plan: Monthly, $8/month
Trial ends: February 13, 2026
First charge: $8.00 on February 13, 2026, then every month until you cancel

As a paid subscriber you get the full archive, the Thursday deal-review threads
and the monthly comp teardown. You can manage or cancel your subscription any
time at https://thesalesfloor.substack.com/account

- Dana Whitcomb

(c) 2026 Dana Whitcomb, 548 Market Street PMB 72296, San Francisco, CA 94104
Unsubscribe https://thesalesfloor.substack.com/action/disable_email
"""
    add(
        (2026, 2, 6, 20, 41),
        "utc",
        *sub_from,
        "Your free trial of The Sales Floor has started",
        plain(text),
        labels=[SALESFLOOR],
        slug="substack-trial-started",
        msgid=f"<{hexs(20)}@substack.com>",
    )
    for d in [(2026, 4, 13), (2026, 8, 13), (2026, 11, 13)]:
        stripe_receipt(
            dt.date(*d),
            "The Sales Floor",
            "thesalesfloor@substack.com",
            "acct_1OqZ8sB2xPrT4w",
            [("The Sales Floor Monthly Subscription x 1", "8.00")],
            None,
            [SALESFLOOR],
            "stripe-receipt-salesfloor",
            footer="Substack Inc. processes payments on behalf of The Sales Floor.",
            hour=14,
        )
    inner = (
        para(
            '<h1 style="font-family:Georgia,serif;font-size:28px;margin:0">Q4 is a marathon: how I plan pipeline in October</h1>'
            '<span style="color:#777">Dana Whitcomb &middot; Oct 1</span>'
        )
        + para(
            "Every year around this time my inbox fills with the same question: is it too late to build pipeline for Q4? "
            "Short answer: no, but you have to stop prospecting like it&#39;s March..."
        )
        + para("<i>This post is for paid subscribers. Thanks for being one.</i>")
        + button("Read in app", "https://thesalesfloor.substack.com/p/q4-is-a-marathon", "#ff6719")
        + para(
            "&copy; 2026 Dana Whitcomb &middot; 548 Market Street PMB 72296, San Francisco, CA 94104<br/>"
            '<a href="https://thesalesfloor.substack.com/action/disable_email">Unsubscribe</a> &middot; '
            '<a href="https://substack.com/signup">Start writing</a>',
            "padding:16px 24px;font-size:11px;color:#999;",
        )
    )
    add(
        (2026, 10, 1, 12, 3),
        "utc",
        *sub_from,
        "Q4 is a marathon: how I plan pipeline in October",
        html(page(inner, "The Sales Floor", font="Georgia, serif")),
        slug="substack-post",
        msgid=f"<{hexs(20)}@substack.com>",
        extra=unsub("thesalesfloor.substack.com"),
    )


# ============================================================================= 16. Patreon (ended after declined payments)
PATREON = "Shelf Life Pod"


def patreon_all() -> None:
    def receipt(day: dt.date) -> None:
        price = D("7.00")
        t = tax(price)
        text = f"""Patreon

Thanks for your support, Priya!

Here's your receipt for {day:%B %Y}.

Shelf Life Pod
Library Card tier                       {usd(price)}
Sales tax                               {usd(t)}
Total                                   {usd(price + t)}

Charged on {long_date(day)} to Visa ending in 4417.
Payment ID: {digits(10)}

Memberships are charged on the 1st of every month. You can edit or cancel your
membership at any time: https://www.patreon.com/settings/memberships

Patreon, Inc., 600 Townsend Street, Suite 500, San Francisco, CA 94103
"""
        inner = (
            para('<span style="font-size:22px;font-weight:bold">Thanks for your support, Priya!</span>')
            + para(f"Here&#39;s your receipt for {day:%B %Y}.")
            + tr("<b>Shelf Life Pod</b><br/>Library Card tier", usd(price))
            + tr("Sales tax", usd(t))
            + tr("<b>Total</b>", f"<b>{usd(price + t)}</b>")
            + para(
                f"Charged on {long_date(day)} to Visa ending in 4417.<br/>Memberships are charged on the 1st of every month."
            )
            + button("Manage memberships", "https://www.patreon.com/settings/memberships", "#ff424d")
            + para(
                "Patreon, Inc., 600 Townsend Street, Suite 500, San Francisco, CA 94103",
                "padding:16px 24px;font-size:11px;color:#999;",
            )
        )
        add(
            (day.year, day.month, day.day, 9, rng.randrange(60)),
            "utc",
            "Patreon",
            "no-reply@patreon.com",
            "Your Patreon receipt",
            alt(text, page(inner, "Patreon receipt")),
            labels=[PATREON],
            slug="patreon-receipt",
            msgid=f"<{hexs(32)}@patreon.com>",
        )

    receipt(dt.date(2026, 1, 1))
    receipt(dt.date(2026, 4, 1))
    inner = (
        para("<b>Shelf Life Pod</b> shared a new post")
        + para(
            '<span style="font-size:20px;font-weight:bold">Bonus ep 112: We read the 900-page fantasy so you don&#39;t have to</span>'
        )
        + para("For Library Card members and up. Runtime 1:12:40.")
        + button("Listen now", "https://www.patreon.com/posts/10448721", "#ff424d")
        + para(
            '<a href="https://www.patreon.com/settings/email">Email settings</a>',
            "padding:16px 24px;font-size:11px;color:#999;",
        )
    )
    add(
        (2026, 6, 14, 17, 20),
        "utc",
        "Shelf Life Pod",
        "bingo@patreon.com",
        "Shelf Life Pod just shared a post: Bonus ep 112",
        html(page(inner, "New post")),
        slug="patreon-post",
        msgid=f"<{hexs(32)}@patreon.com>",
        extra=unsub("patreon.com"),
    )
    text = """Hi Priya,

We tried to process your payment of $7.62 to Shelf Life Pod on September 1, 2026,
but your card (Visa ending in 4417) was declined.

We'll automatically retry your payment over the next few days. To keep your
membership and benefits, please update your payment method:
https://www.patreon.com/settings/billing

If we can't collect payment, your membership will end.

The Patreon Team
Patreon, Inc., 600 Townsend Street, Suite 500, San Francisco, CA 94103
"""
    add(
        (2026, 9, 1, 9, 40),
        "utc",
        "Patreon",
        "no-reply@patreon.com",
        "Your payment to Shelf Life Pod was declined",
        plain(text),
        labels=[PATREON],
        slug="patreon-declined",
        msgid=f"<{hexs(32)}@patreon.com>",
    )
    text = """Hi Priya,

We weren't able to collect your payment to Shelf Life Pod after several attempts,
so your membership has ended. You no longer have access to member-only posts and
benefits.

If you'd like to support Shelf Life Pod again, you can rejoin any time:
https://www.patreon.com/shelflifepod/membership

The Patreon Team
"""
    add(
        (2026, 9, 8, 9, 41),
        "utc",
        "Patreon",
        "no-reply@patreon.com",
        "Your membership to Shelf Life Pod has ended",
        plain(text),
        labels=[PATREON],
        slug="patreon-membership-ended",
        msgid=f"<{hexs(32)}@patreon.com>",
    )


# ============================================================================= 17. ChatGPT Plus (OpenAI via Stripe)
CHATGPT = "ChatGPT Plus"


def chatgpt_all() -> None:
    text = """Welcome to ChatGPT Plus

Hi Priya,

Thanks for subscribing to ChatGPT Plus. You now have access to our most capable
models, higher message limits, deep research, voice with video and more.

Your plan: ChatGPT Plus, $20/month (plus applicable tax)
Billing date: the 15th of each month

Manage your subscription at any time in Settings > Subscription.

- The OpenAI team

OpenAI, 1455 3rd Street, San Francisco, CA 94158
"""
    add(
        (2026, 2, 15, 21, 6),
        "utc",
        "OpenAI",
        "noreply@tm.openai.com",
        "Welcome to ChatGPT Plus",
        plain(text),
        labels=[CHATGPT],
        slug="openai-welcome",
        msgid=f"<{hexs(24)}@tm.openai.com>",
    )
    for d in [(2026, 3, 15), (2026, 6, 15), (2026, 9, 15), (2026, 11, 15)]:
        stripe_receipt(
            dt.date(*d),
            "OpenAI, LLC",
            "ar@openai.com",
            "acct_1HOrSwC6h1nxGoI3",
            [("ChatGPT Plus Subscription x 1", "20.00")],
            tax(D("20.00")),
            [CHATGPT],
            "stripe-receipt-openai",
            footer="OpenAI, LLC &middot; 1455 3rd Street, San Francisco, CA 94158",
            hour=21,
        )


# ============================================================================= 18. 1Password (trial converted, yearly)
ONEPW = "1Password"


def onepassword_all() -> None:
    text = """Welcome to 1Password!

Hi Priya,

Your 14-day free trial of 1Password Individual has started. Install the apps on
all your devices and import your passwords from Chrome or another password
manager to get started.

Your trial ends on February 10, 2026. After that, your subscription will begin
automatically at $35.88 USD per year (plus applicable taxes), billed annually.

Your Secret Key is in your Emergency Kit. Print it or save it somewhere safe.

Sign in: https://my.1password.com
Account email: priya@priyaraman.com

The 1Password Team
AgileBits Inc. dba 1Password, 4711 Yonge St, 10th Floor, Toronto, Ontario M2N 6K8, Canada
"""
    add(
        (2026, 1, 27, 18, 33),
        "utc",
        "1Password",
        "hello@1password.com",
        "Welcome to 1Password",
        plain(text),
        labels=[ONEPW],
        slug="1password-welcome-trial",
    )
    text = """Hi Priya,

Your 1Password free trial ends in 3 days.

On February 10, 2026 we'll charge your Visa ending in 4417 $35.88 USD plus
applicable taxes for one year of 1Password Individual. No action is needed to
keep your account.

Not for you? You can cancel any time before then from your account's Billing page:
https://my.1password.com/billing

The 1Password Team
"""
    add(
        (2026, 2, 7, 18, 35),
        "utc",
        "1Password",
        "billing@1password.com",
        "Your free trial ends in 3 days",
        plain(text),
        labels=[ONEPW],
        slug="1password-trial-ending",
    )
    price = D("35.88")
    t = tax(price)
    inv = f"1P-{digits(7)}"
    text = f"""1Password

Receipt for your 1Password subscription

Invoice number: {inv}
Invoice date: February 10, 2026
Billed to: Priya Raman, {ME}

Description                                 Amount
1Password Individual - 1 year               {usd(price)}
  Feb 10, 2026 - Feb 10, 2027
Tax (New York, 8.875%)                      {usd(t)}
Total paid (USD)                            {usd(price + t)}

Paid with Visa ending in 4417.

Your subscription renews automatically on February 10, 2027. You can view your
invoices and update billing details at https://my.1password.com/billing

AgileBits Inc. dba 1Password, 4711 Yonge St, 10th Floor, Toronto, Ontario M2N 6K8, Canada
"""
    inner = f"""<tr><td colspan="2" style="padding:24px;background:#0572ec;color:#fff;font-size:22px;font-weight:bold;">1Password</td></tr>
{para('<b style="font-size:20px">Receipt for your 1Password subscription</b>')}
{tr("Invoice number", inv)}
{tr("Invoice date", "February 10, 2026")}
{tr("Billed to", f"Priya Raman, {ME}")}
<tr><td colspan="2" style="padding:6px 24px;"><hr style="border:none;border-top:1px solid #ddd"/></td></tr>
{tr('1Password Individual &ndash; 1 year<br/><span style="color:#777;font-size:12px">Feb 10, 2026 &ndash; Feb 10, 2027</span>', usd(price))}
{tr("Tax (New York, 8.875%)", usd(t))}
{tr("<b>Total paid (USD)</b>", f"<b>{usd(price + t)}</b>")}
{para("Paid with Visa ending in 4417. Your subscription renews automatically on <b>February 10, 2027</b>.")}
{para("AgileBits Inc. dba 1Password, 4711 Yonge St, 10th Floor, Toronto, Ontario M2N 6K8, Canada<br/>Billing powered by Chargebee", "padding:16px 24px;font-size:11px;color:#999;")}"""
    add(
        (2026, 2, 10, 18, 40),
        "utc",
        "1Password",
        "billing@1password.com",
        f"Your 1Password receipt [{inv}]",
        alt(text, page(inner, "1Password receipt"), "mailgun"),
        labels=[ONEPW],
        slug="1password-receipt",
    )


# ============================================================================= 19. Squarespace Domains (priyaraman.com)
SQSP = "Squarespace Domains"


def squarespace_all() -> None:
    text = """Hi Priya,

Your domain priyaraman.com is set to auto-renew on September 14, 2026.

Domain: priyaraman.com
Renewal term: 1 year
Renewal price: $20.00 USD
Payment method: Visa ending in 4417

You don't need to do anything. If you'd like to turn off auto-renew, go to
Domains > priyaraman.com > Billing in your Squarespace account before the renewal date.

Thank you,
Squarespace

Squarespace, Inc., 225 Varick Street, 12th Floor, New York, NY 10014
"""
    add(
        (2026, 8, 15, 14, 22),
        "ny",
        "Squarespace Domains",
        "no-reply@squarespace.info",
        "Upcoming renewal: priyaraman.com",
        plain(text),
        labels=[SQSP],
        slug="squarespace-renewal-notice",
    )
    order = digits(8)
    inner = f"""<tr><td colspan="2" style="padding:28px 24px;font-size:20px;letter-spacing:2px;font-weight:bold;">SQUARESPACE</td></tr>
{para('<b style="font-size:22px">Your domain has been renewed</b>')}
{para("Thanks, Priya. priyaraman.com has been renewed for another year.")}
{tr("Order", "#" + order)}
{tr("Date", "September 14, 2026")}
{tr("priyaraman.com &ndash; Domain Renewal (1 year)", "$20.00")}
{tr("Tax", "$0.00")}
{tr("<b>Total</b>", "<b>$20.00 USD</b>")}
{tr("Payment", "Visa ending in 4417")}
{tr("Expires", "September 14, 2027")}
{para("Squarespace, Inc. &middot; 225 Varick Street, 12th Floor, New York, NY 10014", "padding:16px 24px;font-size:11px;color:#999;")}"""
    add(
        (2026, 9, 14, 3, 10),
        "ny",
        "Squarespace Domains",
        "no-reply@squarespace.info",
        f"Your Squarespace Order #{order}",
        html(page(inner, "Squarespace order", bg="#ffffff")),
        labels=[SQSP],
        slug="squarespace-renewal-receipt",
    )


# ============================================================================= 20. Fastmail (email hosting, yearly)
FASTMAIL = "Fastmail"


def fastmail_all() -> None:
    text = """Hi Priya,

This is a reminder that your Fastmail subscription will renew soon.

Account: priya@priyaraman.com
Plan: Individual (yearly)
Renewal date: 3 March 2026
Amount: US$60.00

We'll charge the card on file (Visa ending 4417). If you want to change plans or
update your payment details, go to Settings -> Billing & plan.

Thanks for using Fastmail!

The Fastmail team
Fastmail Pty Ltd, Level 2, 114 William Street, Melbourne VIC 3000, Australia
"""
    add(
        (2026, 2, 25, 9, 12),
        "mel",
        "Fastmail",
        "billing@fastmail.com",
        "Your Fastmail subscription renews soon",
        plain(text),
        labels=[FASTMAIL],
        slug="fastmail-renewal-reminder",
    )
    inv = f"FM{digits(9)}"
    text = f"""Fastmail payment receipt

Invoice: {inv}
Date: 3 March 2026
Account: priya@priyaraman.com

Individual plan, 12 months (3 Mar 2026 - 3 Mar 2027)     US$60.00
Total charged                                             US$60.00

Charged to Visa ending 4417.

Your next renewal is on 3 March 2027.

Fastmail Pty Ltd, ABN 51 109 226 599
Level 2, 114 William Street, Melbourne VIC 3000, Australia
"""
    add(
        (2026, 3, 4, 2, 5),
        "mel",
        "Fastmail",
        "billing@fastmail.com",
        "Fastmail payment receipt",
        plain(text),
        labels=[FASTMAIL],
        slug="fastmail-receipt",
    )


# ============================================================================= 21. HelloFresh (weekly meal kit: skips, then paused)
HELLOFRESH = "HelloFresh"
HF_FOOT = (
    "HelloFresh &middot; Grocery Delivery E-Services USA Inc. &middot; 28 Liberty St, New York, NY 10005<br/>"
    '<a href="https://www.hellofresh.com/account-settings">Account settings</a> &middot; '
    '<a href="https://www.hellofresh.com/about/privacy-notice">Privacy notice</a>'
)


def hf_box(charged: dt.date, delivery: dt.date, recipes: list[str], addon: tuple[str, str] | None) -> None:
    meals = D("68.94")
    ship = D("10.99")
    total = meals + ship + (D(addon[1]) if addon else Decimal("0"))
    rec_t = "\n".join(f"  - {r}" for r in recipes)
    add_t = f"\nAdd-on: {addon[0]:<30}{usd(addon[1])}" if addon else ""
    text = f"""Your HelloFresh box is on its way!

Hi Priya,

Good news: your box for {delivery:%A, %B} {delivery.day} has been packed and is headed your way.

This week's recipes:
{rec_t}

Order summary
3 recipes x 2 servings ($11.49/serving)   {usd(meals)}{add_t}
Shipping                                  {usd(ship)}
Total charged on {mdy(charged)}           {usd(total)}
Payment: Visa ending in 4417

Delivery window: 8 AM - 8 PM. Track your box in the app.

HelloFresh, Grocery Delivery E-Services USA Inc., 28 Liberty St, New York, NY 10005
"""
    rec_h = "".join(
        f'<tr><td colspan="2" style="padding:4px 24px;font-size:14px;">&#127869; {r}</td></tr>'
        for r in recipes
    )
    add_h = tr(f"Add-on: {addon[0]}", usd(addon[1])) if addon else ""
    inner = f"""<tr><td colspan="2" style="padding:20px 24px;background:#067a46;"><img src="https://img.hellofresh.com/email/hf-logo-white.png" width="150" alt="HelloFresh"/></td></tr>
{para(f'<b style="font-size:22px;color:#067a46">Your box is on its way!</b><br/>Arriving {delivery:%A, %B} {delivery.day}, 8 AM &ndash; 8 PM')}
{rec_h}
<tr><td colspan="2" style="padding:12px 24px 4px;font-weight:bold;">Order summary</td></tr>
{tr("3 recipes &times; 2 servings ($11.49/serving)", usd(meals))}
{add_h}
{tr("Shipping", usd(ship))}
{tr(f"<b>Total charged on {mdy(charged)}</b>", f"<b>{usd(total)}</b>")}
{tr("Payment", "Visa ending in 4417")}
{button("Track my box", "https://www.hellofresh.com/my-deliveries", "#067a46")}
{para(HF_FOOT, "padding:16px 24px;font-size:11px;color:#999;")}"""
    add(
        (delivery.year, delivery.month, delivery.day - 1 if delivery.day > 1 else 1, 16, rng.randrange(60)),
        "ny",
        "HelloFresh",
        "hello@hellofresh.com",
        "Your HelloFresh box is on its way! 🚚",
        alt(text, page(inner, "HelloFresh")),
        labels=[HELLOFRESH],
        slug="hellofresh-shipped",
    )


def hellofresh_all() -> None:
    text = """Welcome to HelloFresh, Priya!

We're so excited to start cooking with you.

Your plan: 3 recipes per week for 2 people
Delivery day: Tuesday
First delivery: Tuesday, January 13

First box
3 recipes x 2 servings         $68.94
Intro discount (65% off)      -$44.81
Shipping                        FREE
Total charged today            $24.13

Starting with your second box, you'll be charged $79.93 per week ($11.49 per serving
plus $10.99 shipping) on the Wednesday before each delivery, unless you skip
that week by 11:59 PM PT the Wednesday before.

Skip weeks, change recipes or pause anytime in your account.

HelloFresh, Grocery Delivery E-Services USA Inc., 28 Liberty St, New York, NY 10005
"""
    add(
        (2026, 1, 7, 19, 25),
        "ny",
        "HelloFresh",
        "hello@hellofresh.com",
        "Welcome to HelloFresh, Priya! 🎉",
        plain(text),
        labels=[HELLOFRESH],
        slug="hellofresh-welcome",
    )
    hf_box(
        dt.date(2026, 2, 11),
        dt.date(2026, 2, 17),
        [
            "Firecracker Meatballs with Jasmine Rice",
            "One-Pan Tuscan Chicken Orzo",
            "Sweet Chili Shrimp Tacos",
        ],
        None,
    )
    text = """Hi Priya,

You've skipped your delivery for Tuesday, March 10. You won't be charged for this
week.

Your next delivery is scheduled for Tuesday, March 17. You can choose recipes
until 11:59 PM PT on Wednesday, March 11.

HelloFresh
"""
    add(
        (2026, 3, 3, 21, 14),
        "ny",
        "HelloFresh",
        "hello@hellofresh.com",
        "Your delivery for Mar 10 has been skipped",
        plain(text),
        labels=[HELLOFRESH],
        slug="hellofresh-skip",
    )
    hf_box(
        dt.date(2026, 4, 8),
        dt.date(2026, 4, 14),
        ["Black Bean & Corn Quesadillas", "Pork Bulgogi Bowls", "Creamy Dijon Chicken"],
        ("Cheesy Garlic Bread", "5.99"),
    )
    inner = (
        para('<b style="font-size:22px;color:#067a46">Last chance to pick your meals!</b>')
        + para(
            "Your box for <b>Tuesday, May 19</b> is almost locked in. Choose your recipes by 11:59 PM PT tonight, "
            "or we&#39;ll pick our chef&#39;s choice for you."
        )
        + tr("Box", "3 recipes &times; 2 servings")
        + tr("You&#39;ll be charged", "$79.93")
        + button("Choose my meals", "https://www.hellofresh.com/my-deliveries/menu", "#067a46")
        + para(
            "Not this week? You can still skip until the deadline.<br/><br/>" + HF_FOOT,
            "padding:16px 24px;font-size:11px;color:#999;",
        )
    )
    add(
        (2026, 5, 13, 10, 0),
        "ny",
        "HelloFresh",
        "hello@hellofresh.com",
        "⏰ Last chance to pick your meals for May 19",
        html(page(inner, "HelloFresh")),
        labels=[HELLOFRESH],
        slug="hellofresh-reminder",
    )
    text = """Hi Priya,

Sorry about the missing ingredient in your May 19 box! We've issued a refund of
$11.49 to your Visa ending in 4417. Please allow 5-10 business days for it to
appear on your statement.

Case number: 08817264

Thanks for letting us know,
Kiara, HelloFresh Customer Care
"""
    add(
        (2026, 5, 20, 14, 51),
        "ny",
        "HelloFresh",
        "support@hellofresh.com",
        "Your refund is on its way",
        plain(text),
        labels=[HELLOFRESH],
        slug="hellofresh-refund",
    )
    text = """Hi Priya,

You've skipped the following deliveries:
  - Tuesday, June 9
  - Tuesday, June 16

You won't be charged for these weeks. Your next delivery is Tuesday, June 23.

HelloFresh
"""
    add(
        (2026, 6, 2, 22, 3),
        "ny",
        "HelloFresh",
        "hello@hellofresh.com",
        "Your deliveries for Jun 9 and Jun 16 have been skipped",
        plain(text),
        labels=[HELLOFRESH],
        slug="hellofresh-skip",
    )
    hf_box(
        dt.date(2026, 7, 8),
        dt.date(2026, 7, 14),
        ["Honey Garlic Salmon", "Cheesy Beef Enchiladas", "Chickpea Tikka Masala"],
        None,
    )
    text = """Hi Priya,

Your HelloFresh plan has been paused.

You won't receive any more boxes and you won't be charged until you reactivate
your plan. Your recipes, preferences and saved favorites will be waiting for you.

Paused on: August 5, 2026
Last delivery: Tuesday, August 4, 2026

Ready to cook again? Reactivate anytime at
https://www.hellofresh.com/account-settings/plan-settings

We hope to see you back in the kitchen soon!
HelloFresh
"""
    add(
        (2026, 8, 5, 12, 28),
        "ny",
        "HelloFresh",
        "hello@hellofresh.com",
        "Your plan has been paused",
        plain(text),
        labels=[HELLOFRESH],
        slug="hellofresh-paused",
    )
    inner = (
        para('<b style="font-size:26px;color:#067a46">We miss you, Priya! Come back for 60% off</b>')
        + para(
            "Fall recipes are here: butternut squash risotto, apple cider pork chops and more. Reactivate your plan and "
            "get 60% off your next box + free shipping."
        )
        + button("Reactivate & save", "https://www.hellofresh.com/reactivate", "#067a46")
        + para(
            "Offer valid for reactivated accounts through 11/1/2026.<br/><br/>" + HF_FOOT + " &middot; "
            '<a href="https://www.hellofresh.com/unsubscribe">Unsubscribe</a>',
            "padding:16px 24px;font-size:11px;color:#999;",
        )
    )
    add(
        (2026, 10, 12, 11, 30),
        "ny",
        "HelloFresh",
        "hello@news.hellofresh.com",
        "We miss you! Come back for 60% off 🍂",
        html(page(inner, "HelloFresh")),
        slug="hellofresh-winback",
        extra=unsub("news.hellofresh.com"),
    )


# ============================================================================= 22. Disney+, Hulu, Max bundle
DISNEY = "Disney+, Hulu, Max Bundle"


def disney_receipt(day: dt.date, price: str) -> None:
    order = digits(16)
    text = f"""Disney+

Thanks for your payment

Hi Priya,

Here's your receipt for your subscription.

Subscription: Disney+, Hulu, Max Bundle Basic (With Ads) - Monthly
Billing date: {short_date(day)}
Order ID: {order}
Amount: {usd(price)}
Payment method: Visa ending 4417
Next billing date: {short_date(add_months(day, 1))}

To manage your subscription, go to Account > Subscription on the web.

Disney Platform Distribution, Inc., 500 S. Buena Vista Street, Burbank, CA 91521
(c) 2026 Disney and its related entities.
"""
    inner = f"""<tr><td colspan="2" style="padding:24px;background:#0e1d40;" align="center"><img src="https://cnbl-cdn.bamgrid.com/assets/email/disneyplus-logo.png" width="110" alt="Disney+"/></td></tr>
{para('<b style="font-size:20px">Thanks for your payment</b><br/>Hi Priya, here&#39;s your receipt for your subscription.')}
{tr("Subscription", "Disney+, Hulu, Max Bundle Basic (With Ads) &ndash; Monthly")}
{tr("Billing date", short_date(day))}
{tr("Order ID", order)}
{tr("<b>Amount</b>", f"<b>{usd(price)}</b>")}
{tr("Payment method", "Visa ending 4417")}
{tr("Next billing date", short_date(add_months(day, 1)))}
{para("Disney Platform Distribution, Inc., 500 S. Buena Vista Street, Burbank, CA 91521<br/>&copy; 2026 Disney and its related entities.", "padding:16px 24px;font-size:11px;color:#888;")}"""
    add(
        (day.year, day.month, day.day, 2, rng.randrange(60)),
        "la",
        "Disney+",
        "disneyplus@mail.disneyplus.com",
        "Your Disney+ payment receipt",
        alt(plain(text, "base64"), html(page(inner, "Disney+", bg="#040714"), "base64"), "sfmc"),
        labels=[DISNEY],
        slug="disneyplus-receipt",
    )


def disney_all() -> None:
    disney_receipt(dt.date(2026, 1, 21), "16.99")
    disney_receipt(dt.date(2026, 6, 21), "16.99")
    text = """Hi Priya,

We're writing to let you know about an upcoming change to the price of your
subscription.

Beginning October 21, 2026, the monthly price of Disney+, Hulu, Max Bundle Basic
(With Ads) will increase from $16.99 to $18.99. The new price will take effect on
your next billing date on or after October 21, 2026.

You don't need to do anything to continue enjoying your subscription. If you'd
like to change or cancel your plan, visit Account > Subscription at
disneyplus.com before your next billing date.

Thank you for being a subscriber.
The Disney+ Team

Disney Platform Distribution, Inc., 500 S. Buena Vista Street, Burbank, CA 91521
"""
    add(
        (2026, 9, 10, 13, 2),
        "la",
        "Disney+",
        "disneyplus@mail.disneyplus.com",
        "An update on your subscription price",
        plain(text),
        labels=[DISNEY],
        slug="disneyplus-price-change",
    )
    disney_receipt(dt.date(2026, 11, 21), "18.99")


# ============================================================================= 23. MOHELA (federal student loan, Auto Debit)
MOHELA = "MOHELA"


def mohela_statement(sent: tuple, amount: str, due: dt.date) -> None:
    text = f"""Dear PRIYA RAMAN,

A new statement is available for your student loan account. Please log in to
your account at mohela.com to view your statement.

Account Number: *****4410
Current Amount Due: {usd(amount)}
Due Date: {mdy(due)}

You are enrolled in Auto Debit. Your payment will be automatically withdrawn
from your bank account ending in 6610 on your due date. Please do not send a
separate payment.

If you have questions, please call us at 888.866.4352, Monday through Friday,
7 a.m. to 9 p.m. Central Time.

Sincerely,
MOHELA

This email was sent from an unmonitored mailbox. Please do not reply. MOHELA is
a servicer of federal student loans on behalf of the U.S. Department of
Education. 633 Spirit Drive, Chesterfield, MO 63005.
"""
    add(
        sent,
        "chi",
        "MOHELA",
        "noreply@mohela.com",
        "Your MOHELA Statement is Available",
        plain(text, "7bit", "us-ascii"),
        labels=[MOHELA],
        slug="mohela-statement",
    )


def mohela_all() -> None:
    mohela_statement((2025, 12, 1, 3, 15), "312.47", dt.date(2025, 12, 21))
    mohela_statement((2026, 3, 1, 3, 9), "312.47", dt.date(2026, 3, 21))
    text = """Dear PRIYA RAMAN,

We have processed your request for an Income-Driven Repayment (IDR) plan.

Repayment plan: Income-Based Repayment (IBR)
New monthly payment amount: $287.15
Effective: beginning with your payment due 09/21/2026
Next recertification date: 08/2027

Your Auto Debit will continue and will draft the new amount on your due date.
A letter with the details of your repayment schedule is available in your inbox
at mohela.com.

Sincerely,
MOHELA
633 Spirit Drive, Chesterfield, MO 63005
"""
    add(
        (2026, 8, 12, 15, 40),
        "chi",
        "MOHELA",
        "noreply@mohela.com",
        "Important Information About Your Repayment Plan",
        plain(text),
        labels=[MOHELA],
        slug="mohela-idr-approved",
    )
    mohela_statement((2026, 9, 1, 3, 12), "287.15", dt.date(2026, 9, 21))
    mohela_statement((2026, 12, 1, 3, 18), "287.15", dt.date(2026, 12, 21))


# ============================================================================= 24. Rent via ClickPay (management company)
RENT = "Coronet Residential Management"


def clickpay(day: dt.date, amount: str, note: str = "") -> None:
    conf = f"CP{digits(9)}"
    text = f"""ClickPay Payment Confirmation

Dear Priya Raman,

Thank you for your payment. This confirms that your payment has been submitted.

Property:        1184 Bergen Street
Unit:            3R
Management:      Coronet Residential Management LLC
Payment Date:    {mdy(day)}
Payment Amount:  {usd(amount)}
Service Fee:     $0.00
Total:           {usd(amount)}
Payment Method:  eCheck - Checking ****6610
Confirmation #:  {conf}
AutoPay:         Monthly on the 1st
{note}
Please allow 2-3 business days for the payment to be reflected on your resident
ledger. If you have questions about your balance, contact your management office.

ClickPay Services Inc., 104 Sussex Street, Hackensack, NJ 07601
This is an automated message, please do not reply.
"""
    add(
        (day.year, day.month, day.day, 6, rng.randrange(60)),
        "ny",
        "ClickPay",
        "noreply@clickpay.com",
        f"Payment Confirmation - 1184 Bergen Street #3R - {usd(amount)}",
        plain(text),
        labels=[RENT],
        slug="clickpay-rent",
    )


def rent_all() -> None:
    clickpay(dt.date(2026, 1, 1), "2650.00")
    text = """Dear Priya Raman,

Your current lease for 1184 Bergen Street, Apartment 3R expires on July 31, 2026.
We are pleased to offer you a renewal on the following terms:

  12-month renewal: August 1, 2026 - July 31, 2027
  Monthly rent: $2,756.00 (current rent: $2,650.00)

  24-month renewal: August 1, 2026 - July 31, 2028
  Monthly rent: $2,809.00

Please sign your renewal through the resident portal by May 31, 2026. If you
are enrolled in AutoPay on ClickPay, your AutoPay amount will be updated to the
new rent automatically beginning with the August 1, 2026 payment.

Thank you for being a resident.

Leasing Office
Coronet Residential Management LLC
350 Flatbush Ave, Suite 2, Brooklyn, NY 11238
(718) 555-0143
"""
    add(
        (2026, 4, 28, 14, 12),
        "ny",
        "Coronet Residential",
        "leasing@coronetresidential.com",
        "Lease Renewal Offer - 1184 Bergen St, Apt 3R",
        plain(text, "quoted-printable"),
        labels=[RENT],
        slug="rent-lease-renewal",
    )
    clickpay(dt.date(2026, 7, 1), "2650.00")
    clickpay(
        dt.date(2026, 8, 1),
        "2756.00",
        "\nNote: Your AutoPay amount was updated to $2,756.00 per your lease renewal.\n",
    )
    clickpay(dt.date(2026, 12, 1), "2756.00")


# ============================================================================= distractors: banks, payments, shops, rides, tickets
def gmail_personal(
    when: tuple,
    name: str,
    addr: str,
    subject: str,
    text: str,
    *,
    slug: str,
    zone: str = "ny",
    to: str = ME_TO,
) -> None:
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    htm = '<div dir="ltr">' + "<br>".join(esc.split("\n")) + "</div>\n"
    add(
        when,
        zone,
        name,
        addr,
        subject,
        alt(plain(text, "quoted-printable"), html(htm), "gmail"),
        slug=slug,
        to=to,
        msgid=f"<CA{alnum(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}+{alnum(30, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}@mail.gmail.com>",
    )


def chase_all() -> None:
    def chase_html(title: str, rows: list[tuple[str, str]], note: str) -> str:
        inner = f"""<tr><td colspan="2" style="padding:18px 24px;background:#117aca;"><img src="https://www.chase.com/content/dam/email/chase-logo-white.png" width="110" alt="Chase"/></td></tr>
{para(f'<b style="font-size:20px">{title}</b>')}
{"".join(tr(k, v) for k, v in rows)}
{para(note)}
{para("Please don&#39;t reply to this automated message. To contact us, sign in to chase.com or call the number on the back of your card.<br/><br/>JPMorgan Chase Bank, N.A. Member FDIC &copy;2026 JPMorgan Chase &amp; Co.<br/>Chase Sapphire Preferred&reg; card account ending in 4417.", "padding:16px 24px;font-size:11px;color:#717171;")}"""
        return html(page(inner, title, bg="#f3f3f3", font="Arial, sans-serif"), "base64")

    add(
        (2026, 1, 7, 6, 12),
        "ny",
        "Chase",
        "no.reply.alerts@chase.com",
        "Your credit card statement is ready",
        (
            chase_html(
                "Your statement is ready",
                [
                    ("Account", "CHASE SAPPHIRE PREFERRED (...4417)"),
                    ("Statement balance", "$2,184.62"),
                    ("Minimum payment due", "$40.00"),
                    ("Payment due date", "02/01/2026"),
                ],
                "You&#39;re enrolled in AutoPay for the statement balance. We&#39;ll pay it on the due date from your account ending in 6610.",
            )
        ),
        slug="chase-statement",
    )
    add(
        (2026, 10, 22, 9, 30),
        "ny",
        "Chase",
        "no.reply.alerts@chase.com",
        "Your credit card payment is due in 10 days",
        (
            chase_html(
                "Payment due soon",
                [
                    ("Account", "CHASE SAPPHIRE PREFERRED (...4417)"),
                    ("Statement balance", "$2,318.44"),
                    ("Minimum payment due", "$40.00"),
                    ("Payment due date", "11/01/2026"),
                ],
                "Your AutoPay is scheduled. If you&#39;ve already paid, thank you! You can ignore this message.",
            )
        ),
        slug="chase-payment-due",
    )
    add(
        (2026, 3, 14, 12, 41),
        "ny",
        "Chase",
        "no.reply.alerts@chase.com",
        "You sent $150.00 to Ananya Raman",
        (
            chase_html(
                "You sent money with Zelle&reg;",
                [
                    ("Recipient", "Ananya Raman"),
                    ("Amount", "$150.00"),
                    ("Memo", "mom's bday gift - my half"),
                    ("Sent on", "Mar 14, 2026"),
                    ("Transaction number", digits(11)),
                ],
                "Money sent with Zelle&reg; typically arrives in minutes when the recipient is already enrolled.",
            )
        ),
        slug="chase-zelle",
    )


def venmo(when: tuple, subject: str, who: str, amount: str, note: str, direction: str) -> None:
    story = f"{who} paid you" if direction == "in" else f"You paid {who}"
    tid = digits(19)
    text = f"""{story}
{amount}
{note}

Transaction ID {tid}
{when[1]:02d}/{when[2]:02d}/{when[0]}

{"Money credited to your Venmo account." if direction == "in" else "Payment method: Venmo balance"}

Venmo is a service of PayPal, Inc., a licensed provider of money transfer services.
2211 North First Street, San Jose, CA 95131
"""
    inner = f"""<tr><td colspan="2" style="padding:20px 24px;"><img src="https://s3.amazonaws.com/venmo/venmo-logo-email.png" width="90" alt="venmo"/></td></tr>
{para(f'<b>{story}</b><br/><span style="font-size:28px;font-weight:bold;color:{"#2c9f3a" if direction == "in" else "#222"}">{"+ " if direction == "in" else "- "}{amount}</span>')}
{para(note)}
{tr("Transaction ID", tid)}
{tr("Date", f"{when[1]:02d}/{when[2]:02d}/{when[0]}")}
{para("Venmo is a service of PayPal, Inc., a licensed provider of money transfer services. 2211 North First Street, San Jose, CA 95131", "padding:16px 24px;font-size:11px;color:#999;")}"""
    add(when, "la", "Venmo", "venmo@venmo.com", subject, alt(text, page(inner, "Venmo")), slug="venmo")


def payments_people() -> None:
    venmo(
        (2026, 2, 22, 21, 3),
        "Tasha Okafor paid you $42.00",
        "Tasha Okafor",
        "$42.00",
        "🍜 ramen + drinks at Ivan's",
        "in",
    )
    venmo(
        (2026, 5, 9, 17, 48),
        "You paid Dev Mehta $18.50",
        "Dev Mehta",
        "$18.50",
        "🚕 cab home from the wedding",
        "out",
    )
    venmo(
        (2026, 9, 3, 19, 11), "You paid Tasha Okafor $8.99", "Tasha Okafor", "$8.99", "📺 netflix sept", "out"
    )
    fw = """ok you're officially on my netflix as an extra member lol. it's 8.99 a month on my card, just venmo me whenever
(no rush). password is the usual

---------- Forwarded message ---------
From: Netflix <info@account.netflix.com>
Date: Thu, Apr 30, 2026 at 8:02 PM
Subject: An extra member has joined your account
To: <tasha.okafor@gmail.com>

Hi Tasha,

Priya Raman accepted your invitation and is now an extra member on your Netflix
account.

Extra member: Priya Raman
Price: $8.99/month (with ads: $6.99/month), billed to you along with your Standard plan
Your next billing date: May 12, 2026

You can manage extra members in Account > Extra members.

-The Netflix team
"""
    gmail_personal(
        (2026, 4, 30, 20, 15),
        "Tasha Okafor",
        "tasha.okafor@gmail.com",
        "Fwd: An extra member has joined your account",
        fw,
        slug="fwd-netflix-extra-member",
    )


def amazon_all() -> None:
    order = f"112-{digits(7)}-{digits(7)}"
    text = f"""Amazon.com

Hello Priya Raman,

Thank you for shopping with us. We'll send a confirmation when your item ships.

Order #{order}
Placed on Tuesday, February 3, 2026

Arriving: Thursday, February 5
Ship to: Priya Raman, BROOKLYN, NY

Anker Nano Power Bank (10K, 30W) - Black
Quantity: 1
$39.99

Item Subtotal: $39.99
Shipping & Handling: $0.00
Estimated tax to be collected: $3.55
Order Total: $43.54

Payment method: Visa ending in 4417

Join Prime and get FREE delivery on millions of items, Prime Video and more.
Start your 30-day free trial: https://www.amazon.com/prime

By placing your order, you agree to Amazon.com's Conditions of Use and Privacy Notice.
This email was sent from a notification-only address that cannot accept incoming email.
"""
    add(
        (2026, 2, 3, 23, 14),
        "utc",
        "Amazon.com",
        "auto-confirm@amazon.com",
        f"Your Amazon.com order #{order}",
        alt(text, html(page(para(text.replace("\n", "<br/>\n")), "Amazon.com"))),
        slug="amazon-order",
        msgid=f"<0100{hexs(12)}-{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(12)}-000000@email.amazonses.com>",
    )
    order = f"113-{digits(7)}-{digits(7)}"
    text = f"""Hi Priya, your package has shipped!

Arriving Thursday, July 2

Order #{order}
Hydro Flask 32 oz Wide Mouth Bottle - Indigo
Quantity: 1

Shipped with: Amazon Logistics, tracking TBA{digits(12)}
Ship to: Priya Raman, BROOKLYN, NY

Track package: https://www.amazon.com/progress-tracker/package/ref=pe_{digits(7)}
"""
    add(
        (2026, 6, 30, 16, 52),
        "utc",
        "Amazon.com",
        "shipment-tracking@amazon.com",
        'Shipped: "Hydro Flask 32 oz Wide..."',
        plain(text),
        slug="amazon-shipped",
        msgid=f"<0100{hexs(12)}-{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(12)}-000000@email.amazonses.com>",
    )
    inner = (
        para('<span style="font-size:26px;font-weight:bold;color:#232f3e">Black Friday deals are live</span>')
        + para(
            "Priya, start your 30-day free Prime trial today and unlock FREE same-day delivery in Brooklyn, Prime Video, "
            "and early access to Lightning Deals. After your trial, Prime is just $14.99/month. Cancel anytime."
        )
        + button("Start your free trial", "https://www.amazon.com/prime", "#ff9900")
        + para(
            'Amazon.com, 410 Terry Avenue N., Seattle, WA 98109. <a href="https://www.amazon.com/gp/gss/o">Unsubscribe</a>',
            "padding:16px 24px;font-size:11px;color:#999;",
        )
    )
    add(
        (2026, 11, 24, 15, 0),
        "utc",
        "Amazon Prime",
        "store-news@amazon.com",
        "Priya, try Prime free for 30 days 🎁",
        html(page(inner, "Prime")),
        slug="amazon-prime-marketing",
        extra=unsub("amazon.com"),
    )


def rides_food() -> None:
    inner = f"""<tr><td colspan="2" style="padding:24px;background:#000;color:#fff;font-size:24px;font-weight:bold;">Uber</td></tr>
{para('<span style="color:#666">Jan 17, 2026 &middot; 11:48 PM</span><br/><b style="font-size:22px">Thanks for riding, Priya</b><br/>We hope you enjoyed your ride this evening.')}
{tr("<b>Total</b>", "<b>$31.42</b>")}
{tr("Trip fare", "$24.61")}
{tr("MTA Congestion Surcharge (Below 60th St)", "$2.75")}
{tr("NY State Black Car Fund", "$0.64")}
{tr("New York State Benefits Surcharge", "$0.28")}
{tr("Sales Tax", "$2.24")}
{tr("Congestion Relief Zone Toll", "$0.90")}
{tr("Payments", "Visa &bull;&bull;&bull;&bull;4417 &nbsp; $31.42")}
{para("UberX &middot; 5.02 miles, 21 min<br/>11:27 PM &nbsp; Lucien, 14 1st Ave, New York, NY 10009<br/>11:48 PM &nbsp; 1184 Bergen St, Brooklyn, NY 11216")}
{para("You rode with Mamadou &#9733; 4.96<br/>FHV License Number: 5801813 &middot; Affiliated with UBER USA, LLC (B03404)", "padding:8px 24px;font-size:12px;color:#666;")}
{para('Uber Technologies, 1725 3rd Street, San Francisco, CA 94158 &middot; <a href="https://help.uber.com">Help</a> &middot; <a href="https://www.uber.com/legal/privacy">Privacy</a>', "padding:16px 24px;font-size:11px;color:#999;")}"""
    add(
        (2026, 1, 18, 4, 55),
        "utc",
        "Uber Receipts",
        "noreply@uber.com",
        "Your Saturday evening trip with Uber",
        html(page(inner, "Uber receipt", bg="#ffffff")),
        slug="uber-trip",
    )
    text = """DoorDash

Order Confirmation for Priya from Xi'an Famous Foods

Estimated arrival: 7:40 PM - 7:50 PM

1x Spicy Cumin Lamb Hand-Ripped Noodles     $15.95
1x Stewed Pork Burger                       $6.95
1x Liang Pi Cold-Skin Noodles               $10.95

Subtotal                                    $33.85
Delivery Fee                                $3.99
Service Fee                                 $5.08
Estimated Tax                               $3.00
Dasher Tip                                  $6.00
Total                                       $51.92

Paid with Visa ....4417

Save on delivery fees: try DashPass free for 30 days.

DoorDash, 303 2nd Street, South Tower, Suite 800, San Francisco, CA 94107
"""
    add(
        (2026, 3, 28, 23, 8),
        "utc",
        "DoorDash",
        "no-reply@doordash.com",
        "Order Confirmation for Priya from Xi'an Famous Foods",
        alt(text, html(page(para(text.replace("\n", "<br/>\n")), "DoorDash"))),
        slug="doordash-order",
    )


def tickets_travel() -> None:
    text = """You Got Tickets To Japanese Breakfast

Hi Priya,

Get ready - you're going to Japanese Breakfast!

Japanese Breakfast: Melody Tour
Brooklyn Steel, Brooklyn, NY
Fri, Apr 17, 2026 - 8:00 PM

Order # 41-18293/NY1
2 x General Admission                    $48.50 ea
Service Fee                              $11.42 x 2
Facility Charge                          $3.00 x 2
Order Processing Fee                     $4.95
Total                                    $130.79

Your tickets are mobile-only. Open the Ticketmaster app and tap My Events to view
your tickets. Screenshots won't get you in.

Ticketmaster, 9348 Civic Center Drive, Beverly Hills, CA 90210
"""
    add(
        (2026, 3, 2, 15, 4),
        "utc",
        "Ticketmaster",
        "customer_support@email.ticketmaster.com",
        "You Got Tickets To Japanese Breakfast",
        alt(text, html(page(para(text.replace("\n", "<br/>\n")), "Ticketmaster"))),
        slug="ticketmaster-order",
    )
    text = """Your tickets are ready 🎟

Jessie Ware
Brooklyn Paramount
Sat 19 Sep, doors 7:00pm

2 x General Admission Standing
Total paid: $117.60 (no fees at checkout)

Your tickets are locked to this phone in the DICE app and unlock closer to the
show. Can't go? Return them through the waiting list, no resale markups.

DICE FM Inc., 1 Dock Street, Brooklyn, NY 11201
"""
    add(
        (2026, 8, 20, 13, 33),
        "lon",
        "DICE",
        "tickets@dice.fm",
        "Your tickets for Jessie Ware",
        plain(text),
        slug="dice-tickets",
    )
    text = """JetBlue

Your booking is confirmed!

Confirmation code: KRTQZB

Depart: Thu, Jun 18, 2026  JFK 7:15 AM -> SJU 11:12 AM  Flight 1603  Blue
Return: Mon, Jun 22, 2026  SJU 12:40 PM -> JFK 4:28 PM  Flight 1604  Blue

Traveler: PRIYA RAMAN  TrueBlue # 3987214405

Base fare          $338.60
Taxes and fees      $73.80
Total              $412.40 (Visa ending 4417)

Check in on jetblue.com or the JetBlue app starting 24 hours before departure.

JetBlue Airways Corporation, 27-01 Queens Plaza North, Long Island City, NY 11101
"""
    add(
        (2026, 5, 28, 21, 47),
        "ny",
        "JetBlue Airways",
        "jetblueairways@email.jetblue.com",
        "Your JetBlue booking confirmation: KRTQZB",
        alt(text, html(page(para(text.replace("\n", "<br/>\n")), "JetBlue"))),
        slug="jetblue-booking",
    )


def shops_misc() -> None:
    price = D("29.00")
    t = tax(price)
    text = f"""Thanks for your order!

Order #{digits(8)}-{digits(7)}
Date: 22 June 2026

CleanShot X - Basic license (1 Mac, includes 1 year of updates)    US${price}
Sales Tax (8.875%)                                                 US${t}
Total                                                              US${price + t}

Charged to Visa ending in 4417. Your license key:
CSX-{alnum(5)}-{alnum(5)}-{alnum(5)}-{alnum(5)}

This is a one-time purchase: the app is yours to keep. Updates after 1 year are
optional and can be bought separately.

Your purchase was processed by Paddle.com, our online reseller and Merchant of
Record. It will appear on your statement as PADDLE.NET* CLEANSHOT.

Paddle.com Market Ltd, Judd House, 18-29 Mora Street, London EC1V 8BT
"""
    add(
        (2026, 6, 22, 16, 20),
        "lon",
        "Paddle",
        "help@paddle.com",
        "Your CleanShot X order",
        plain(text),
        slug="paddle-cleanshot",
    )
    order = f"BB{digits(7)}"
    inner = (
        para(f'<b style="font-size:22px">Thanks for your order, Priya.</b><br/>Order {order}')
        + tr("Bella Donovan, Whole Bean, 12 oz &times; 2", "$44.00")
        + tr("Hayes Valley Espresso, 12 oz &times; 1", "$22.00")
        + tr("Black Friday 20% off", "-$13.20")
        + tr("Shipping", "FREE")
        + tr("Tax", "$0.00")
        + tr("<b>Total</b>", "<b>$52.80</b>")
        + para(
            "Never run out: start a coffee subscription and save 10% on every delivery, skip or cancel anytime."
        )
        + button("Explore subscriptions", "https://bluebottlecoffee.com/us/eng/subscriptions", "#00a9e0")
        + para(
            "Blue Bottle Coffee, Inc. &middot; 476 9th Street, Oakland, CA 94607",
            "padding:16px 24px;font-size:11px;color:#999;",
        )
    )
    add(
        (2026, 11, 27, 10, 48),
        "la",
        "Blue Bottle Coffee",
        "orders@bluebottlecoffee.com",
        f"Order {order} confirmed",
        html(page(inner, "Blue Bottle Coffee", bg="#ffffff")),
        slug="bluebottle-order",
    )
    text = """Dear Priya,

Thank you for your gift of $60.00 to WNYC. Your support keeps independent, fact-based
journalism free for everyone in New York.

Gift date: December 31, 2025
Gift type: One-time
Amount: $60.00
Payment: Visa ending 4417

New York Public Radio is a 501(c)(3) nonprofit organization (EIN 13-3765437).
No goods or services were provided in exchange for this contribution; the full
amount is tax-deductible to the extent allowed by law. Please keep this email as
your receipt.

Want to make a bigger impact? Become a Sustaining Member with a monthly gift.

With gratitude,
WNYC Membership
New York Public Radio, 160 Varick Street, New York, NY 10013
"""
    add(
        (2025, 12, 31, 22, 57),
        "ny",
        "WNYC",
        "membership@nypublicradio.org",
        "Thank you for your gift to WNYC",
        plain(text),
        slug="wnyc-donation",
    )
    text = """UNIQLO

Thank you for your order!

Order number: 1026112848731
Order date: 11/28/2026

HEATTECH Ultra Warm Crew Neck T-Shirt (Women) - Black, M    1   $29.90
Souffle Yarn Crew Neck Sweater (Women) - Natural, M          1   $39.90

Subtotal     $69.80
Shipping     FREE
Sales tax    $6.19
Total        $75.99

Payment: Visa ****4417
Estimated delivery: 12/02/2026 - 12/04/2026

UNIQLO USA LLC, 546 Broadway, New York, NY 10012
"""
    add(
        (2026, 11, 28, 20, 31),
        "ny",
        "UNIQLO USA",
        "info@mail.uniqlo-usa.com",
        "Thank you for your order #1026112848731",
        plain(text),
        slug="uniqlo-order",
    )


def newsletters_marketing() -> None:
    inner = (
        para('<b style="font-size:26px">☕ Morning Brew</b>')
        + para(
            "Good morning. If you felt the floor shake yesterday, that was the Nasdaq. Also: the great egg price comeback, "
            "and why every brand suddenly wants to sell you a Stanley-style cup."
        )
        + para(
            "<b>MARKETS</b> &middot; Nasdaq 19,412 (+1.8%) &middot; S&amp;P 6,114 (+0.9%) &middot; 10-yr 4.12%"
        )
        + para(
            '<a href="https://www.morningbrew.com/daily/unsubscribe">Unsubscribe</a> &middot; Morning Brew Inc., 22 W 19th St, 4th Floor, New York, NY 10011',
            "padding:16px 24px;font-size:11px;color:#999;",
        )
    )
    add(
        (2026, 1, 14, 6, 1),
        "ny",
        "Morning Brew",
        "crew@morningbrew.com",
        "☕ Shake it off",
        html(page(inner, "Morning Brew")),
        slug="morningbrew-newsletter",
        extra=unsub("morningbrew.com"),
    )
    inner = (
        para('<b style="font-size:24px;color:#e60000">Eater New York</b>')
        + para(
            "<b>The 38 essential restaurants in New York, spring 2026 edition.</b> Plus: a Sichuan spot in Sunset Park "
            "that&#39;s worth the trek, and the new bagel war on Franklin Avenue."
        )
        + para(
            'You&#39;re receiving this because you signed up for Eater NY. <a href="https://ny.eater.com/newsletters/unsubscribe">Unsubscribe</a><br/>Vox Media, LLC, 1201 Connecticut Ave. NW, Washington, DC 20036',
            "padding:16px 24px;font-size:11px;color:#999;",
        )
    )
    add(
        (2026, 4, 22, 16, 0),
        "ny",
        "Eater NY",
        "newsletter@ny.eater.com",
        "The 38 essential NYC restaurants, spring edition",
        html(page(inner, "Eater NY")),
        slug="eater-newsletter",
        extra=unsub("ny.eater.com"),
    )
    text = """HELL GATE

Good morning, Hell Gate readers.

The City Council's budget hearing ran until 2 a.m., the G train is (once again)
not running on weekends this month, and we went to every dollar-slice joint on
Nostrand Avenue so you don't have to.

This newsletter is free. Hell Gate is a worker-owned news site funded by our
readers. If you like what we do, become a subscriber for $6.99/month or
$69.99/year: https://hellgatenyc.com/subscribe

Unsubscribe: https://hellgatenyc.com/unsubscribe
Hell Gate, 1178 Broadway, 3rd Floor #1212, New York, NY 10001
"""
    add(
        (2026, 9, 30, 7, 30),
        "ny",
        "Hell Gate",
        "newsletter@hellgatenyc.com",
        "The G train is doing the thing again",
        plain(text),
        slug="hellgate-newsletter",
        extra=unsub("hellgatenyc.com"),
    )
    inner = (
        para('<b style="font-size:24px;letter-spacing:3px">EQUINOX</b>')
        + para(
            "Priya, your complimentary 3-day pass to Equinox Brooklyn Heights is waiting. Experience our classes, "
            "spa and recovery amenities, on us."
        )
        + para("Memberships from $285/month. Initiation fee waived when you join by March 31.")
        + button("Claim your pass", "https://www.equinox.com/guest-pass", "#000000")
        + para(
            '<a href="https://www.equinox.com/unsubscribe">Unsubscribe</a> &middot; Equinox Holdings, Inc., 31 Hudson Yards, New York, NY 10001',
            "padding:16px 24px;font-size:11px;color:#999;",
        )
    )
    add(
        (2026, 3, 17, 12, 15),
        "ny",
        "Equinox",
        "equinox@email.equinox.com",
        "Your complimentary guest pass is waiting",
        html(page(inner, "Equinox", bg="#000000")),
        slug="equinox-marketing",
        extra=unsub("email.equinox.com"),
    )
    inner = (
        para('<b style="font-size:24px;color:#eb1700">$0 delivery fees for 30 days</b>')
        + para(
            "Try DashPass free: $0 delivery fees and lower service fees on eligible orders. After your trial, "
            "DashPass is $9.99/month. Cancel anytime."
        )
        + button("Start free trial", "https://www.doordash.com/dashpass", "#eb1700")
        + para(
            '<a href="https://www.doordash.com/unsubscribe">Unsubscribe</a> &middot; DoorDash, 303 2nd Street, South Tower, Suite 800, San Francisco, CA 94107',
            "padding:16px 24px;font-size:11px;color:#999;",
        )
    )
    add(
        (2026, 6, 10, 19, 2),
        "la",
        "DoorDash",
        "no-reply@doordash.com",
        "Priya, your DashPass free trial is waiting",
        html(page(inner, "DashPass")),
        slug="doordash-dashpass-marketing",
        extra=unsub("doordash.com"),
    )
    inner = (
        para('<b style="font-size:24px">New year. New you. 60 days free.</b>')
        + para(
            "Get unlimited access to thousands of classes with the Peloton App: strength, yoga, running and more. "
            "Try it free for 60 days, then $12.99/month."
        )
        + button("Start free trial", "https://www.onepeloton.com/app", "#df1c2f")
        + para(
            '<a href="https://www.onepeloton.com/unsubscribe">Unsubscribe</a> &middot; Peloton Interactive, Inc., 441 Ninth Avenue, New York, NY 10001',
            "padding:16px 24px;font-size:11px;color:#999;",
        )
    )
    add(
        (2026, 1, 5, 14, 0),
        "ny",
        "Peloton",
        "hello@e.onepeloton.com",
        "60 days free. Starting now.",
        html(page(inner, "Peloton")),
        slug="peloton-marketing",
        extra=unsub("e.onepeloton.com"),
    )


def government_finance_personal() -> None:
    text = """This is an automated message from the New York State Department of Taxation
and Finance. Please do not reply.

You have a new message in your Online Services account.

Subject: Your 2025 New York State refund has been issued

To view it, log in at www.tax.ny.gov and select Messages from the menu.

Refund amount: $412.00
Method: Direct deposit to account ending 6610

Important: We will never ask for personal or financial information by email.
"""
    add(
        (2026, 4, 21, 9, 2),
        "ny",
        "NYS Department of Taxation and Finance",
        "noreply@tax.ny.gov",
        "New message in your Online Services account",
        plain(text),
        slug="nys-tax-refund",
    )
    text = """Dear PRIYA RAMAN,

This is a reminder that you have been summoned for jury service in the
Supreme Court of the State of New York, Kings County.

Report date: Monday, November 9, 2026, 8:30 AM
Location: 360 Adams Street, Brooklyn, NY 11201
Juror ID: 0026118407

Please complete your online qualification questionnaire at
https://www.nyjuror.gov if you have not already done so. You may postpone your
service once online.

New York State Unified Court System, Office of Jury Management
"""
    add(
        (2026, 10, 6, 10, 0),
        "ny",
        "NY Courts eJuror",
        "ejuror@nycourts.gov",
        "Jury Service Reminder - Kings County",
        plain(text),
        slug="nycourts-jury",
    )
    text = """Fidelity Investments

Your automatic investment has been processed.

Account: Roth IRA ***-**7715
Transaction: Recurring contribution
Amount: $500.00
From: Chase checking ****6610
Invested in: FIDELITY FREEDOM 2060 FUND (FDKVX)
Trade date: 02/17/2026

You can change or stop your automatic investments any time in Accounts &
Trade > Automatic Investments.

Fidelity Brokerage Services LLC, Member NYSE, SIPC. 900 Salem Street, Smithfield, RI 02917
"""
    add(
        (2026, 2, 17, 18, 5),
        "ny",
        "Fidelity Investments",
        "Fidelity.Alerts@fidelity.com",
        "Your automatic investment has been processed",
        plain(text),
        slug="fidelity-auto-invest",
    )
    text = """Hi Priya,

Your transfer is complete.

Amount: $1,000.00
From: Chase Checking ****6610
To: Online Savings ****3928
Date: August 3, 2026

Your current Online Savings rate is 3.65% APY.

Marcus by Goldman Sachs
Goldman Sachs Bank USA, Salt Lake City Branch. Member FDIC.
"""
    add(
        (2026, 8, 3, 11, 26),
        "ny",
        "Marcus by Goldman Sachs",
        "no-reply@marcus.com",
        "Your transfer is complete",
        plain(text),
        slug="marcus-transfer",
    )
    gmail_personal(
        (2026, 10, 15, 21, 44),
        "Lakshmi Raman",
        "lakshmi.raman61@yahoo.com",
        "Diwali plans??",
        """Hi kanna,

Are you coming to Edison for Diwali? It's Sunday Nov 8 this year. Ananya is bringing
the kids Saturday. Appa wants to know if you want him to pick you up from the
train or you will take the NJ Transit.

Also bring the Tupperware back!!

Love,
Amma

Sent from my iPhone""",
        slug="mom-diwali",
    )
    gmail_personal(
        (2026, 7, 9, 13, 2),
        "Zoë Lindqvist",
        "zoe.lindqvist@gmail.com",
        "bday dinner sat? 🎂",
        """hiii so for my birthday I booked Café Mado for 8pm Saturday, 8 of us. prix fixe
is $65 pp + wine, I'll put it on my card and send venmo requests after so don't
worry about bringing cash.

lmk if you're coming + if Dev is coming!!

z""",
        slug="friend-birthday-dinner",
    )
    text = """UNIQLO

Good news! Your order has shipped.

Order number: 1026112848731
Carrier: UPS  Tracking: 1Z9W4V730342218817
Estimated delivery: 12/04/2026

HEATTECH Ultra Warm Crew Neck T-Shirt (Women) - Black, M  x1
Souffle Yarn Crew Neck Sweater (Women) - Natural, M  x1

UNIQLO USA LLC, 546 Broadway, New York, NY 10012
"""
    add(
        (2026, 12, 2, 15, 12),
        "ny",
        "UNIQLO USA",
        "info@mail.uniqlo-usa.com",
        "Your UNIQLO order has shipped",
        plain(text),
        slug="uniqlo-shipped",
    )


# ============================================================================= truth / meta
def gross(price: str) -> str:
    return str(D(price) + tax(price))


def T(name, aliases, amount, cycle, status, nxt, kind):
    return {
        "name": name,
        "aliases": aliases,
        "amount": str(D(amount)),
        "currency": "USD",
        "cycle": cycle,
        "status": status,
        "next_renewal": nxt,
        "kind": kind,
    }


TRUTH = [
    T(
        VITAL,
        ["VITAL", "VITAL Brooklyn", "Vital Climbing", "VITAL membership"],
        "165.00",
        "monthly",
        "active",
        "2027-01-01",
        "subscription",
    ),
    T(
        CLASSPASS,
        ["ClassPass Inc.", "ClassPass 27 credits"],
        gross("49.00"),
        "monthly",
        "active",
        "2026-12-14",
        "subscription",
    ),
    T(
        CITIBIKE,
        ["Citi Bike Annual Membership", "Citibike", "Lyft Bikes and Scooters"],
        gross("219.99"),
        "yearly",
        "active",
        "2027-04-18",
        "subscription",
    ),
    T(
        CONED,
        ["Con Ed", "ConEd", "Consolidated Edison", "Consolidated Edison Company of New York"],
        "88.63",
        "monthly",
        "active",
        "2026-12-10",
        "bill",
    ),
    T(
        SPECTRUM,
        ["Spectrum", "Spectrum Internet Premier", "Charter Communications", "Charter Spectrum"],
        "79.99",
        "monthly",
        "active",
        "2026-12-14",
        "bill",
    ),
    T(
        LEMONADE,
        ["Lemonade", "Lemonade Insurance Company", "Lemonade Renters"],
        "13.58",
        "monthly",
        "active",
        "2027-01-02",
        "bill",
    ),
    T(
        VISIBLE,
        ["Visible Wireless", "Visible by Verizon", "Visible Service LLC"],
        "25.00",
        "monthly",
        "active",
        "2026-12-19",
        "bill",
    ),
    T(
        ICLOUD,
        ["iCloud", "iCloud+ with 200 GB storage", "iCloud+ 200 GB", "Apple iCloud"],
        gross("2.99"),
        "monthly",
        "active",
        "2026-12-09",
        "subscription",
    ),
    T(
        BEAR,
        ["Bear", "Bear Markdown Notes", "Bear Pro (Monthly)"],
        gross("3.49"),
        "monthly",
        "active",
        "2026-12-09",
        "subscription",
    ),
    T(
        STRAVA,
        ["Strava Subscription", "Strava: Run, Bike, Hike", "Strava Subscription (Annual)"],
        gross("79.99"),
        "yearly",
        "active",
        "2027-05-21",
        "subscription",
    ),
    T(
        HINGE,
        ["Hinge", "Hinge+ (3 Months)", "Hinge Dating App"],
        gross("74.99"),
        "quarterly",
        "cancelled",
        None,
        "subscription",
    ),
    T(
        FLIGHTY,
        ["Flighty", "Flighty Pro (Annual)", "Flighty – Live Flight Tracker"],
        gross("59.99"),
        "yearly",
        "cancelled",
        None,
        "subscription",
    ),
    T(
        GOOGLE_ONE,
        ["Google One 100 GB", "Google One 100 GB (Google One)"],
        gross("19.99"),
        "yearly",
        "active",
        "2027-08-27",
        "subscription",
    ),
    T(
        WSJ,
        ["WSJ", "Wall Street Journal", "WSJ Digital", "Dow Jones"],
        "38.99",
        "monthly",
        "active",
        "2026-12-20",
        "subscription",
    ),
    T(
        SALESFLOOR,
        ["The Sales Floor (Substack)", "thesalesfloor.substack.com", "The Sales Floor Monthly Subscription"],
        "8.00",
        "monthly",
        "active",
        "2026-12-13",
        "subscription",
    ),
    T(
        PATREON,
        ["Shelf Life Pod on Patreon", "Patreon", "Shelf Life Pod Library Card"],
        gross("7.00"),
        "monthly",
        "inactive",
        None,
        "subscription",
    ),
    T(
        CHATGPT,
        ["ChatGPT", "OpenAI", "OpenAI, LLC", "ChatGPT Plus Subscription"],
        gross("20.00"),
        "monthly",
        "active",
        "2026-12-15",
        "subscription",
    ),
    T(
        ONEPW,
        ["1Password Individual", "AgileBits", "AgileBits Inc."],
        gross("35.88"),
        "yearly",
        "active",
        "2027-02-10",
        "subscription",
    ),
    T(
        SQSP,
        ["Squarespace", "priyaraman.com", "priyaraman.com domain"],
        "20.00",
        "yearly",
        "active",
        "2027-09-14",
        "subscription",
    ),
    T(
        FASTMAIL,
        ["Fastmail Pty Ltd", "Fastmail Individual"],
        "60.00",
        "yearly",
        "active",
        "2027-03-03",
        "subscription",
    ),
    T(
        HELLOFRESH,
        ["Hello Fresh", "HelloFresh US", "Grocery Delivery E-Services USA Inc."],
        "79.93",
        "weekly",
        "cancelled",
        None,
        "subscription",
    ),
    T(
        DISNEY,
        [
            "Disney+",
            "Disney Plus",
            "Disney Bundle",
            "Disney+ Hulu Max Bundle",
            "Disney+, Hulu, Max Bundle Basic",
        ],
        "18.99",
        "monthly",
        "active",
        "2026-12-21",
        "subscription",
    ),
    T(
        MOHELA,
        ["MOHELA student loan", "Missouri Higher Education Loan Authority", "Student loan"],
        "287.15",
        "monthly",
        "active",
        "2026-12-21",
        "bill",
    ),
    T(
        RENT,
        ["Coronet Residential", "Rent", "ClickPay", "1184 Bergen Street rent"],
        "2756.00",
        "monthly",
        "active",
        "2027-01-01",
        "bill",
    ),
]

HARD_NEGATIVES = [
    "Chase",
    "Chase Sapphire Preferred",
    "Zelle",
    "Venmo",
    "Tasha Okafor",
    "Dev Mehta",
    "Ananya Raman",
    "Netflix",
    "Amazon",
    "Amazon.com",
    "Amazon Prime",
    "Uber",
    "DoorDash",
    "DashPass",
    "Xi'an Famous Foods",
    "Ticketmaster",
    "Japanese Breakfast",
    "DICE",
    "JetBlue",
    "Paddle",
    "CleanShot X",
    "Procreate Pocket",
    "Blue Bottle Coffee",
    "WNYC",
    "UNIQLO",
    "Morning Brew",
    "Eater NY",
    "Hell Gate",
    "Equinox",
    "Peloton",
    "NYS Department of Taxation and Finance",
    "NY Courts eJuror",
    "Fidelity Investments",
    "Marcus by Goldman Sachs",
    "Lakshmi Raman",
    "Zoë Lindqvist",
]


def build() -> None:
    vital_all()
    classpass_all()
    citibike_all()
    coned_all()
    spectrum_all()
    lemonade_all()
    visible_all()
    apple_all()
    google_all()
    wsj_all()
    salesfloor_all()
    patreon_all()
    chatgpt_all()
    onepassword_all()
    squarespace_all()
    fastmail_all()
    hellofresh_all()
    disney_all()
    mohela_all()
    rent_all()
    chase_all()
    payments_people()
    amazon_all()
    rides_food()
    tickets_travel()
    shops_misc()
    newsletters_marketing()
    government_finance_personal()


def main() -> None:
    build()
    names = {t["name"] for t in TRUTH}
    msgs = sorted(MESSAGES, key=lambda m: m["stamp"].astimezone(dt.UTC))
    eml_dir = HERE / "eml"
    if eml_dir.exists():
        shutil.rmtree(eml_dir)
    eml_dir.mkdir()
    mbox, index = [], []
    for i, m in enumerate(msgs, 1):
        for lab in m["labels"]:
            assert lab in names, lab
        assert m["stamp"].date() <= TODAY, m["subject"]
        text = render(m)
        assert text.isascii(), m["subject"]
        assert not re.search(r"^From ", text.split("\n\n", 1)[1], re.M), m["subject"]
        ny = m["stamp"].astimezone(dt.UTC).replace(tzinfo=None)
        ny = ny + dt.timedelta(minutes=offset_minutes("ny", ny - dt.timedelta(hours=5)))
        fname = f"{i:03d}-{ny:%Y%m%d}-{m['slug']}.eml"  # date as seen in New York
        (eml_dir / fname).write_bytes(text.encode("ascii"))
        u = m["stamp"].astimezone(dt.UTC)
        mbox.append(f"From {m['from_addr']} {u:%a %b} {u.day:2d} {u:%H:%M:%S %Y}\n{text}\n")
        index.append({"file": fname, "from": m["from_name"], "subject": m["subject"], "labels": m["labels"]})
    (HERE / "mailbox.mbox").write_bytes("".join(mbox).encode("ascii"))
    dump = lambda obj: json.dumps(obj, indent=2, ensure_ascii=False) + "\n"
    (HERE / "truth.json").write_text(dump(TRUTH), encoding="utf-8")
    (HERE / "messages.json").write_text(dump(index), encoding="utf-8")
    (HERE / "meta.json").write_text(
        dump({"today": TODAY.isoformat(), "messages": len(msgs), "hard_negatives": HARD_NEGATIVES}),
        encoding="utf-8",
    )
    print(f"{len(msgs)} messages, {len(TRUTH)} truths")


if __name__ == "__main__":
    main()
