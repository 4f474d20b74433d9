#!/usr/bin/env python3
"""Mailbox "ca": Megan Tremblay and Arjun Mehta, a couple renting a house in Toronto, Ontario.

Mostly English mail, some Canadian-French mail (Québec senders, Megan grew up in Montréal),
CAD with HST 13 %, a Montréal gym charging GST + QST. Mail from Nov 2025 to Nov 2026,
today 2026-11-30. Written without reading the detector.

Deterministic: run from the repository root,
    .venv/bin/python bench/data/email-files4/ca/make.py
and it rewrites eml/, mailbox.mbox, truth.json, meta.json and messages.json byte for byte.
Standard library only.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import mailbox
import os
import quopri
import random
import shutil
from decimal import ROUND_HALF_UP, Decimal
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = "2026-11-30"
RNG = random.Random(20261130)

MEGAN = ("Megan Tremblay", "megan@tremblaymehta.ca")
ARJUN = ("Arjun Mehta", "arjun@tremblaymehta.ca")
ADDRESS = "412 Glenholme Ave, Toronto ON  M6E 3C7"

# ----------------------------------------------------------------------------------------------
# money and dates


def D(x) -> Decimal:
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def tax(net, rate) -> Decimal:
    return (D(net) * Decimal(str(rate))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def en(x, sym="$") -> str:
    return f"{sym}{D(x):,.2f}"


def fr(x, nbsp=True) -> str:
    s = f"{D(x):,.2f}".replace(",", " ").replace(".", ",")
    sp = "\u00a0" if nbsp else " "
    return s.replace(" ", sp) + sp + "$"


MONTHS_EN = [
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
MONTHS_FR = [
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
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def d(s) -> dt.date:
    return s if isinstance(s, dt.date) else dt.date.fromisoformat(s)


def long_en(x: dt.date) -> str:  # November 5, 2026
    return f"{MONTHS_EN[x.month - 1]} {x.day}, {x.year}"


def short_en(x: dt.date) -> str:  # Nov 5, 2026
    return f"{MONTHS_EN[x.month - 1][:3]} {x.day}, {x.year}"


def dow_en(x: dt.date) -> str:  # Thursday, November 5, 2026
    return f"{DAYS_EN[x.weekday()]}, {long_en(x)}"


def long_fr(x: dt.date) -> str:  # 5 novembre 2026
    return f"{'1er' if x.day == 1 else x.day} {MONTHS_FR[x.month - 1]} {x.year}"


def ddmmmyyyy(x: dt.date) -> str:  # 07-Dec-2026
    return f"{x.day:02d}-{MONTHS_EN[x.month - 1][:3]}-{x.year}"


def add_months(x: dt.date, n: int) -> dt.date:
    m = x.month - 1 + n
    y = x.year + m // 12
    m = m % 12 + 1
    import calendar

    return dt.date(y, m, min(x.day, calendar.monthrange(y, m)[1]))


def toronto_offset(day: dt.date) -> int:
    # DST: 2025-03-09 .. 2025-11-02, 2026-03-08 .. 2026-11-01
    if d("2025-03-09") <= day < d("2025-11-02") or d("2026-03-08") <= day < d("2026-11-01"):
        return -4
    return -5


def pacific_offset(day: dt.date) -> int:
    return toronto_offset(day) - 3


# ----------------------------------------------------------------------------------------------
# MIME assembly (raw text, so each sender keeps its own shape)


def encode_body(text: str, charset: str, cte: str) -> str:
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte in ("7bit",):
        raw.decode("ascii")
        return text if text.endswith("\n") else text + "\n"
    raise ValueError(cte)


def leaf(subtype: str, text: str, charset="utf-8", cte="quoted-printable", cte_label=None) -> str:
    return (
        f'Content-Type: text/{subtype}; charset="{charset}"\n'
        f"Content-Transfer-Encoding: {cte_label or cte}\n\n" + encode_body(text, charset, cte)
    )


def boundary(tag: str) -> str:
    return f"----=_Part_{RNG.randrange(10**8, 10**9)}_{tag}.{RNG.randrange(10**12, 10**13)}"


def multipart(kind: str, parts: list[str], tag: str) -> tuple[str, str]:
    b = boundary(tag)
    body = "".join(f"--{b}\n{p}\n" for p in parts) + f"--{b}--\n"
    return f'multipart/{kind};\n\tboundary="{b}"', body


def hdr(value: str, charset="utf-8") -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76)


def addr(name: str, email: str, charset="utf-8") -> str:
    return formataddr((name, email), charset=charset)


# ----------------------------------------------------------------------------------------------
# HTML helpers


def html_page(inner: str, title="", font="Helvetica,Arial,sans-serif", bg="#f4f4f4") -> str:
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>' + title + "</title></head>\n"
        f'<body style="margin:0;padding:0;background:{bg};font-family:{font};">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">'
        '<tr><td align="center">\n<table role="presentation" width="600" cellpadding="0" '
        'cellspacing="0" border="0" style="background:#ffffff;">\n'
        + inner
        + "\n</table>\n</td></tr></table>\n</body></html>\n"
    )


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(text: str, title="", accent="#222222", font="Helvetica,Arial,sans-serif") -> str:
    """Paragraphs become <p>; a block of 'Label: value' lines becomes a two-column table."""
    rows = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        kv = [ln for ln in lines if ": " in ln and len(ln.split(": ", 1)[0]) < 40]
        if len(lines) >= 2 and len(kv) == len(lines):
            cells = "".join(
                f'<tr><td style="padding:4px 0;color:#666666;">{esc(k)}</td>'
                f'<td align="right" style="padding:4px 0;color:#111111;">{esc(v)}</td></tr>'
                for k, v in (ln.split(": ", 1) for ln in lines)
            )
            rows.append(
                '<tr><td style="padding:8px 32px;"><table width="100%" cellpadding="0" '
                f'cellspacing="0" style="font-size:14px;border-top:1px solid #dddddd;">{cells}</table></td></tr>'
            )
        else:
            rows.append(
                '<tr><td style="padding:8px 32px;font-size:14px;line-height:20px;color:#333333;">'
                + "<br>\n".join(esc(ln) for ln in lines)
                + "</td></tr>"
            )
    head = (
        f'<tr><td style="padding:24px 32px;background:{accent};color:#ffffff;font-size:20px;'
        f'font-weight:bold;">{esc(title)}</td></tr>'
    )
    return html_page(head + "\n" + "\n".join(rows), title=esc(title), font=font)


# ----------------------------------------------------------------------------------------------
# message registry

MESSAGES: list[dict] = []


def add(
    when: str,
    clock: str,
    tz: int,
    sender: tuple[str, str],
    subject: str,
    *,
    labels=(),
    text: str | None = None,
    html: str | None = None,
    charset="utf-8",
    text_cte="quoted-printable",
    html_cte="quoted-printable",
    to=MEGAN,
    cc=None,
    extra_headers=(),
    header_charset="utf-8",
    slug: str | None = None,
    msgid_domain: str | None = None,
):
    day = d(when)
    hh, mm, ss = (int(x) for x in clock.split(":"))
    tzinfo = dt.timezone(dt.timedelta(hours=tz))
    stamp = dt.datetime(day.year, day.month, day.day, hh, mm, ss, tzinfo=tzinfo)
    MESSAGES.append(
        dict(
            stamp=stamp,
            sender=sender,
            subject=subject,
            labels=list(labels),
            text=text,
            html=html,
            charset=charset,
            text_cte=text_cte,
            html_cte=html_cte,
            to=to,
            cc=cc,
            extra=list(extra_headers),
            hcs=header_charset,
            slug=slug,
            msgid_domain=msgid_domain or sender[1].split("@")[1],
        )
    )


def clock() -> str:
    return f"{RNG.randrange(6, 23):02d}:{RNG.randrange(60):02d}:{RNG.randrange(60):02d}"


def render(m: dict, n: int) -> bytes:
    tag = f"{n:03d}"
    if m["text"] is not None and m["html"] is not None:
        ctype, body = multipart(
            "alternative",
            [
                leaf("plain", m["text"], m["charset"], m["text_cte"]),
                leaf("html", m["html"], m["charset"], m["html_cte"]),
            ],
            tag,
        )
        top = f"Content-Type: {ctype}\n\n{body}"
    elif m["html"] is not None:
        top = leaf("html", m["html"], m["charset"], m["html_cte"])
    else:
        top = leaf("plain", m["text"], m["charset"], m["text_cte"])
    name, email = m["sender"]
    local = hashlib.sha1(f"{n}-{m['subject']}-{m['stamp'].isoformat()}".encode()).hexdigest()
    lines = [
        f"Date: {format_datetime(m['stamp'])}",
        f"From: {addr(name, email, m['hcs'])}",
        f"To: {addr(*m['to'])}",
    ]
    if m["cc"]:
        lines.append(f"Cc: {addr(*m['cc'])}")
    lines += [
        f"Subject: {hdr(m['subject'], m['hcs'])}",
        f"Message-ID: <{local[:24]}.{local[24:32]}@{m['msgid_domain']}>",
        "MIME-Version: 1.0",
    ]
    lines += list(m["extra"])
    return ("\n".join(lines) + "\n" + top).encode("ascii")


# ==============================================================================================
# SUBSCRIPTIONS AND BILLS
# ==============================================================================================

TRUTH: list[dict] = []


def truth(name, aliases, amount, cycle, status, next_renewal, kind, currency="CAD"):
    TRUTH.append(
        dict(
            name=name,
            aliases=aliases,
            amount=f"{D(amount):.2f}",
            currency=currency,
            cycle=cycle,
            status=status,
            next_renewal=next_renewal,
            kind=kind,
        )
    )


HST = "0.13"

# --- Netflix (Standard plan; price change in April; one failed payment in June) ---------------
NETFLIX = ("Netflix", "info@account.netflix.com")
nf_old, nf_new = D("18.99"), D("20.99")
nf_new_gross = nf_new + tax(nf_new, HST)
truth(
    "Netflix",
    ["Netflix Standard", "Netflix.com"],
    nf_new_gross,
    "monthly",
    "active",
    "2026-12-12",
    "subscription",
)

add(
    "2026-03-10",
    "17:02:41",
    0,
    NETFLIX,
    "An update to your Netflix membership",
    labels=["Netflix"],
    text=f"""Hi Megan,

We're writing to let you know that we're updating the price of your Standard plan.

Your new price will be {en(nf_new)}/month (plus applicable taxes), starting with your next billing date on or after April 12, 2026.

We're always working to make Netflix better with more of the shows and movies you love. If you'd like to change your plan or cancel, you can do so anytime by visiting your Account page.

We're here to help if you need it. Visit the Help Center for more info or contact us.

-Your friends at Netflix

Questions? Call 1-844-505-2993
Netflix Entertainment Services Canada Inc.
This message was mailed to [megan@tremblaymehta.ca] by Netflix as part of your Netflix membership.
""",
    html=text_to_html(
        f"""Hi Megan,

We're writing to let you know that we're updating the price of your Standard plan.

Your new price will be {en(nf_new)}/month (plus applicable taxes), starting with your next billing date on or after April 12, 2026.

We're always working to make Netflix better with more of the shows and movies you love. If you'd like to change your plan or cancel, you can do so anytime by visiting your Account page.

-Your friends at Netflix""",
        "NETFLIX",
        accent="#e50914",
    ),
)

add(
    "2026-06-12",
    "09:14:03",
    0,
    NETFLIX,
    "Your account is on hold",
    labels=["Netflix"],
    text="""Hi Megan,

We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.

UPDATE ACCOUNT  https://www.netflix.com/YourAccount

Need help? We're here if you need it. Visit the Help Center or contact us now.

-Your friends at Netflix
""",
    html=text_to_html(
        """Hi Megan,

We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.

UPDATE ACCOUNT

-Your friends at Netflix""",
        "NETFLIX",
        accent="#e50914",
    ),
)

add(
    "2026-06-13",
    "20:41:55",
    0,
    NETFLIX,
    "Thanks for updating your payment info",
    labels=["Netflix"],
    text=f"""Hi Megan,

You're all set. We successfully charged your Visa ending in 4417 and your membership is active again.

Standard plan: {en(nf_new)}
HST: {en(tax(nf_new, HST))}
Total: CA{en(nf_new_gross)}

Your next billing date is July 12, 2026.

-Your friends at Netflix
""",
    html=text_to_html(
        f"""Hi Megan,

You're all set. We successfully charged your Visa ending in 4417 and your membership is active again.

Standard plan: {en(nf_new)}
HST: {en(tax(nf_new, HST))}
Total: CA{en(nf_new_gross)}

Your next billing date is July 12, 2026.

-Your friends at Netflix""",
        "NETFLIX",
        accent="#e50914",
    ),
    text_cte="7bit",
)

# --- Spotify (Individual -> Duo upgrade in February) -----------------------------------------
SPOTIFY = ("Spotify", "no-reply@spotify.com")
sp_ind, sp_duo = D("11.99"), D("16.99")
truth(
    "Spotify Premium Duo",
    ["Spotify", "Spotify Premium", "Spotify Duo"],
    sp_duo + tax(sp_duo, HST),
    "monthly",
    "active",
    "2026-12-21",
    "subscription",
)


def spotify_receipt(when, plan, net, order):
    t = tax(net, HST)
    nxt = add_months(d(when), 1)
    text = f"""Spotify

Thanks for your purchase. Here's your receipt.

Order ID: {order}
Date: {d(when).strftime("%d/%m/%Y")}
Product: {plan}
Payment method: Visa ****4417

{plan}    CA{en(net)}
HST 13%    CA{en(t)}
Total    CA{en(net + t)}

Your next payment will be on {d(nxt).strftime("%d/%m/%Y")}.

Manage your account at spotify.com/account.

Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden
"""
    html = html_page(
        '<tr><td style="padding:28px 40px;background:#121212;color:#1ed760;font-size:24px;font-weight:bold;">Spotify</td></tr>'
        '<tr><td style="padding:24px 40px 8px;font-size:22px;color:#000000;">Thanks for your purchase.</td></tr>'
        '<tr><td style="padding:0 40px 16px;font-size:14px;color:#535353;">Here\'s your receipt.</td></tr>'
        '<tr><td style="padding:0 40px;"><table width="100%" style="font-size:14px;color:#535353;">'
        f'<tr><td>Order ID</td><td align="right">{order}</td></tr>'
        f'<tr><td>Date</td><td align="right">{d(when).strftime("%d/%m/%Y")}</td></tr>'
        '<tr><td>Payment method</td><td align="right">Visa ****4417</td></tr></table></td></tr>'
        '<tr><td style="padding:16px 40px;"><table width="100%" style="font-size:15px;border-top:1px solid #e5e5e5;">'
        f'<tr><td style="padding:8px 0;">{plan}</td><td align="right">CA{en(net)}</td></tr>'
        f'<tr><td style="padding:8px 0;color:#777777;">HST 13%</td><td align="right" style="color:#777777;">CA{en(t)}</td></tr>'
        f'<tr><td style="padding:8px 0;font-weight:bold;border-top:1px solid #e5e5e5;">Total</td><td align="right" style="font-weight:bold;border-top:1px solid #e5e5e5;">CA{en(net + t)}</td></tr>'
        "</table></td></tr>"
        f'<tr><td style="padding:8px 40px 32px;font-size:13px;color:#535353;">Your next payment will be on {d(nxt).strftime("%d/%m/%Y")}.</td></tr>',
        title="Spotify receipt",
    )
    add(
        when,
        clock(),
        0,
        SPOTIFY,
        "Your Spotify receipt",
        labels=["Spotify Premium Duo"],
        text=text,
        html=html,
    )


spotify_receipt("2025-11-21", "Premium Individual", sp_ind, "37412290571")
spotify_receipt("2026-01-21", "Premium Individual", sp_ind, "38190427733")
add(
    "2026-02-03",
    "21:17:09",
    0,
    SPOTIFY,
    "You're now on Premium Duo",
    labels=["Spotify Premium Duo"],
    text=f"""Hi Megan,

Welcome to Premium Duo. You and Arjun now each have your own Premium account, plus Duo Mix, a regularly updated playlist for the two of you.

Your plan changed today. From your next billing date, February 21, 2026, you'll pay CA{en(sp_duo)} + tax (CA{en(sp_duo + tax(sp_duo, HST))}) per month.

Invite your Duo member: open the Spotify app and go to Premium Duo in your account.

Enjoy the music,
The Spotify Team
""",
    html=text_to_html(
        f"""Hi Megan,

Welcome to Premium Duo. You and Arjun now each have your own Premium account, plus Duo Mix, a regularly updated playlist for the two of you.

Your plan changed today. From your next billing date, February 21, 2026, you'll pay CA{en(sp_duo)} + tax (CA{en(sp_duo + tax(sp_duo, HST))}) per month.

Enjoy the music,
The Spotify Team""",
        "Premium Duo",
        accent="#1db954",
    ),
)
spotify_receipt("2026-05-21", "Premium Duo", sp_duo, "40877310942")
spotify_receipt("2026-11-21", "Premium Duo", sp_duo, "44309128861")

# --- Apple: iCloud+ and Crave (two items on one receipt; Crave cancelled in April) ------------
APPLE = ("Apple", "no_reply@email.apple.com")
icl, crave = D("3.99"), D("14.99")
truth(
    "iCloud+",
    ["iCloud", "iCloud+ 200 GB", "iCloud+ with 200 GB", "Apple iCloud"],
    icl + tax(icl, HST),
    "monthly",
    "active",
    "2026-12-03",
    "subscription",
)
truth(
    "Crave",
    ["Crave Standard with Ads", "Crave (Bell Media)"],
    crave + tax(crave, HST),
    "monthly",
    "cancelled",
    None,
    "subscription",
)


def apple_receipt(when, items, order, doc, labels, seq):
    """items: (title, subtitle, detail, net)"""
    sub = sum((i[3] for i in items), D(0))
    t = tax(sub, HST)
    rows = ""
    for title, subtitle, detail, net in items:
        rows += (
            '<tr><td style="padding:10px 0;border-bottom:1px solid #eeeeee;">'
            f'<span style="font-size:14px;font-weight:600;">{esc(title)}</span><br>'
            f'<span style="font-size:12px;color:#666666;">{esc(subtitle)}</span><br>'
            f'<span style="font-size:12px;color:#666666;">{esc(detail)}</span></td>'
            f'<td align="right" valign="top" style="padding:10px 0;font-size:14px;font-weight:600;">{en(net)}</td></tr>\n'
        )
    html = html_page(
        '<tr><td style="padding:24px 20px;"><table width="100%"><tr>'
        '<td style="font-size:28px;color:#333333;">Receipt</td>'
        '<td align="right" style="font-size:28px;">&#63743;</td></tr></table></td></tr>\n'
        '<tr><td style="padding:0 20px;"><table width="100%" style="font-size:10px;color:#666666;background:#fafafa;">'
        '<tr><td style="padding:6px;">APPLE ACCOUNT<br><span style="font-size:12px;color:#333333;">megan@tremblaymehta.ca</span></td>'
        f'<td style="padding:6px;">DATE<br><span style="font-size:12px;color:#333333;">{short_en(d(when))}</span></td>'
        '<td rowspan="2" style="padding:6px;">BILLED TO<br><span style="font-size:12px;color:#333333;">'
        "Visa .... 4417<br>Megan Tremblay<br>412 Glenholme Ave<br>Toronto ON M6E 3C7<br>CAN</span></td></tr>"
        f'<tr><td style="padding:6px;">ORDER ID<br><span style="font-size:12px;color:#0070c9;">{order}</span></td>'
        f'<td style="padding:6px;">DOCUMENT NO.<br><span style="font-size:12px;color:#333333;">{doc}</span></td></tr>'
        "</table></td></tr>\n"
        '<tr><td style="padding:16px 20px 0;font-size:14px;font-weight:600;background:#ffffff;">App Store</td></tr>\n'
        '<tr><td style="padding:0 20px;"><table width="100%" cellpadding="0" cellspacing="0">\n'
        + rows
        + f'<tr><td align="right" style="padding:8px 0;font-size:12px;color:#666666;">Subtotal</td><td align="right" style="font-size:12px;">{en(sub)}</td></tr>\n'
        f'<tr><td align="right" style="padding:4px 0;font-size:12px;color:#666666;">HST</td><td align="right" style="font-size:12px;">{en(t)}</td></tr>\n'
        f'<tr><td align="right" style="padding:8px 0;font-size:12px;font-weight:600;border-top:1px solid #dddddd;">TOTAL</td>'
        f'<td align="right" style="font-size:16px;font-weight:600;border-top:1px solid #dddddd;">{en(sub + t)}</td></tr>\n'
        "</table></td></tr>\n"
        '<tr><td style="padding:24px 20px;font-size:11px;color:#888888;">Apple Canada Inc., 120 Bremner Boulevard, Suite 1600, '
        "Toronto ON M5J 0A8. GST/HST No. 12345 8762 RT0001.<br>Get help with subscriptions and purchases. "
        "Learn how to manage your password preferences for iTunes, Apple Books, and App Store purchases.</td></tr>",
        title="Your receipt from Apple.",
        font="-apple-system,Helvetica,Arial,sans-serif",
        bg="#ffffff",
    )
    add(
        when,
        f"{3 + seq % 4:02d}:{RNG.randrange(60):02d}:{RNG.randrange(60):02d}",
        pacific_offset(d(when)),
        APPLE,
        "Your receipt from Apple.",
        labels=labels,
        html=html,
        html_cte="quoted-printable",
    )


def icl_item(when):
    return (
        "iCloud+",
        "iCloud+ with 200 GB of storage (Monthly)",
        f"Renews {short_en(add_months(d(when), 1))}",
        icl,
    )


def crave_item(when):
    return ("Crave", "Crave Standard with Ads (Monthly)", f"Renews {short_en(add_months(d(when), 1))}", crave)


for i, w in enumerate(["2025-12-03", "2026-01-03", "2026-02-03", "2026-03-03", "2026-04-03"]):
    apple_receipt(
        w,
        [crave_item(w), icl_item(w)],
        f"MT{RNG.randrange(10**7, 10**8):X}"[:12],
        str(RNG.randrange(10**11, 10**12)),
        ["Crave", "iCloud+"],
        i,
    )

add(
    "2026-04-19",
    "14:08:22",
    pacific_offset(d("2026-04-19")),
    APPLE,
    "Your subscription has been cancelled",
    labels=["Crave"],
    text="""Dear Megan,

Your subscription to Crave has been cancelled.

Subscription: Crave Standard with Ads (Monthly)
Expires: May 3, 2026

You can continue to use this subscription until it expires. If you change your mind, you can resubscribe from Settings on your iPhone or iPad.

Manage your subscriptions: https://apps.apple.com/account/subscriptions

Apple
""",
    html=text_to_html(
        """Dear Megan,

Your subscription to Crave has been cancelled.

Subscription: Crave Standard with Ads (Monthly)
Expires: May 3, 2026

You can continue to use this subscription until it expires. If you change your mind, you can resubscribe from Settings on your iPhone or iPad.

Apple""",
        "Subscription Cancelled",
        accent="#000000",
    ),
    text_cte="7bit",
)

for i, w in enumerate(["2026-05-03", "2026-09-03", "2026-11-03"]):
    apple_receipt(
        w,
        [icl_item(w)],
        f"MT{RNG.randrange(10**7, 10**8):X}"[:12],
        str(RNG.randrange(10**11, 10**12)),
        ["iCloud+"],
        i + 2,
    )

# --- Google One 2 TB, annual, through Google Play --------------------------------------------
GPLAY = ("Google Play", "googleplay-noreply@google.com")
g1 = D("139.99")
g1_gross = g1 + tax(g1, HST)
truth(
    "Google One",
    ["Google One 2 TB", "Google One (2 TB)"],
    g1_gross,
    "yearly",
    "active",
    "2026-12-08",
    "subscription",
)
g1_text = f"""Google Play

Thank you.
You've made a purchase from Google Play.

Your subscription from Google on Google Play will automatically renew every year until you cancel.

Order number: GPA.3371-4402-8817-55102
Order date: Dec 8, 2025 10:41:07 a.m. EST
Your account: megan@tremblaymehta.ca

Item                                   Price
Google One 2 TB (Google One)           CA{en(g1)}/year
Auto-renewing subscription

Tax (HST):                             CA{en(tax(g1, HST))}
Total:                                 CA{en(g1_gross)}/year

Payment method: Visa-4417

You'll be charged CA{en(g1_gross)} every year starting Dec 8, 2025 until you cancel. Learn how to cancel at https://support.google.com/googleplay/answer/7018481

(c) 2025 Google | All rights reserved.
Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA
"""
add(
    "2025-12-08",
    "07:41:09",
    pacific_offset(d("2025-12-08")),
    GPLAY,
    "Your Google Play Order Receipt from Dec 8, 2025",
    labels=["Google One"],
    text=g1_text,
    html=text_to_html(
        g1_text.replace("Google Play\n\n", "", 1),
        "Google Play",
        accent="#01875f",
        font="Roboto,Arial,sans-serif",
    ),
)
add(
    "2026-11-24",
    "11:03:27",
    pacific_offset(d("2026-11-24")),
    ("Google One", "googleone-noreply@google.com"),
    "Your Google One plan renews on December 8",
    labels=["Google One"],
    text=f"""Hi Megan,

This is a reminder that your Google One 2 TB plan will automatically renew on December 8, 2026.

Plan: 2 TB (yearly)
Price: CA{en(g1)}/year + applicable tax
Payment method: Visa ••••4417

Your 2 TB of storage is shared with up to 5 family members and covers Google Drive, Gmail and Google Photos.
You don't need to do anything to keep your plan. To change or cancel, go to one.google.com/storage/management.

The Google One team
""",
    html=text_to_html(
        f"""Hi Megan,

This is a reminder that your Google One 2 TB plan will automatically renew on December 8, 2026.

Plan: 2 TB (yearly)
Price: CA{en(g1)}/year + applicable tax
Payment method: Visa ••••4417

You don't need to do anything to keep your plan. To change or cancel, go to one.google.com/storage/management.

The Google One team""",
        "Google One",
        accent="#1a73e8",
    ),
    text_cte="base64",
    html_cte="base64",
)

# --- ICI TOU.TV EXTRA (Radio-Canada), French; ended after an expired card ---------------------
TOUTV = ("ICI TOU.TV", "ne-pas-repondre@tou.tv")
tv = D("7.99")
tv_gross = tv + tax(tv, HST)
truth(
    "ICI TOU.TV EXTRA",
    ["TOU.TV EXTRA", "ICI TOU.TV", "Tou.tv Extra", "Radio-Canada"],
    tv_gross,
    "monthly",
    "inactive",
    None,
    "subscription",
)


def toutv(when, subject, body, labels=("ICI TOU.TV EXTRA",)):
    html = html_page(
        '<tr><td style="padding:20px 32px;background:#000000;color:#ffffff;font-size:22px;font-weight:bold;">ICI TOU.TV <span style="color:#f6c700;">EXTRA</span></td></tr>\n'
        + "".join(
            f'<tr><td style="padding:6px 32px;font-size:15px;line-height:22px;color:#1a1a1a;">{esc(p).replace(chr(10), "<br>")}</td></tr>\n'
            for p in body.strip().split("\n\n")
        )
        + '<tr><td style="padding:24px 32px;font-size:11px;color:#777777;">Société Radio-Canada, 1400, boul. René-Lévesque Est, Montréal (Québec) H2L 2M2</td></tr>',
        title=subject,
    )
    add(
        when,
        clock(),
        toronto_offset(d(when)),
        TOUTV,
        subject,
        labels=labels,
        text=body,
        html=html,
        text_cte="base64",
        html_cte="base64",
    )


toutv(
    "2025-12-02",
    "Bienvenue dans l'EXTRA d'ICI TOU.TV!",
    f"""Bonjour Megan,

Merci de vous être abonnée à l'EXTRA d'ICI TOU.TV! Vous avez maintenant accès à des centaines de séries, films et documentaires, sans publicité.

Récapitulatif de votre abonnement
Forfait : EXTRA mensuel
Prix : {fr(tv)} par mois
TVH (13 %) : {fr(tax(tv, HST))}
Total facturé aujourd'hui : {fr(tv_gross)}
Mode de paiement : Visa se terminant par 4417
Date de renouvellement : 2 janvier 2026

Votre abonnement se renouvelle automatiquement chaque mois. Vous pouvez l'annuler en tout temps dans la section Mon compte.

Bon visionnement!
L'équipe d'ICI TOU.TV""",
)
toutv(
    "2026-01-02",
    "Votre reçu ICI TOU.TV EXTRA",
    f"""Bonjour Megan,

Voici le reçu de votre paiement mensuel pour l'EXTRA d'ICI TOU.TV.

No de transaction : TTV-2601-884213
Date : 2026-01-02
EXTRA mensuel : {fr(tv)}
TVH (13 %) : {fr(tax(tv, HST))}
Total : {fr(tv_gross)}

Prochain paiement : 2 février 2026

L'équipe d'ICI TOU.TV""",
)
toutv(
    "2026-02-02",
    "Échec de votre paiement – action requise",
    f"""Bonjour Megan,

Nous n'avons pas pu traiter le paiement de {fr(tv_gross)} pour votre abonnement à l'EXTRA d'ICI TOU.TV. La carte Visa se terminant par 4417 est expirée.

Pour continuer à profiter de l'EXTRA, veuillez mettre à jour votre mode de paiement d'ici le 9 février 2026 dans la section Mon compte. Sans mise à jour, votre abonnement prendra fin à cette date.

L'équipe d'ICI TOU.TV""",
)
toutv(
    "2026-02-09",
    "Votre abonnement à l'EXTRA a pris fin",
    """Bonjour Megan,

Comme nous n'avons pas pu traiter votre paiement, votre abonnement à l'EXTRA d'ICI TOU.TV a pris fin le 9 février 2026. Aucun autre montant ne sera prélevé.

Vous pouvez toujours regarder gratuitement le contenu d'ICI TOU.TV. Pour retrouver l'EXTRA, il suffit de vous réabonner dans la section Mon compte.

À bientôt!
L'équipe d'ICI TOU.TV""",
)

# --- Setapp through Paddle (USD) --------------------------------------------------------------
PADDLE = ("Paddle", "help@paddle.com")
st = D("9.99")
st_gross = st + tax(st, HST)
truth(
    "Setapp",
    ["Setapp Individual", "MacPaw Setapp"],
    st_gross,
    "monthly",
    "active",
    "2026-12-27",
    "subscription",
    currency="USD",
)


def setapp(when, order):
    w = d(when)
    text = f"""Hi Megan,

Thanks for your order. Paddle.com is the authorized reseller and merchant of record for this order; the charge will appear on your statement as PADDLE.NET* SETAPP.

Order number: {order}
Order date: {w.isoformat()}

---------------------------------------------------------
Product                              Qty        Amount
Setapp Individual (Monthly)            1     US$9.99
---------------------------------------------------------
Subtotal                                     US$9.99
GST/HST 13% (Ontario)                        US${tax(st, HST)}
Total paid                                   US${st_gross}
---------------------------------------------------------

Payment method: Visa ending 4417
Next payment: {add_months(w, 1).isoformat()} (US${st_gross})

Your subscription will renew automatically. To cancel or change your plan, use the link in your Setapp account or visit paddle.net.

Paddle.com Market Ltd, Judd House, 18-29 Mora Street, London EC1V 8BT
GST/HST registration number: 790000000 RT0001
"""
    add(
        when,
        clock(),
        0,
        PADDLE,
        f"Your Setapp receipt [{order}]",
        labels=["Setapp"],
        text=text,
        text_cte="7bit",
    )


setapp("2025-11-27", "72884013-4417771")
setapp("2026-03-27", "81430277-1170354")
setapp("2026-07-27", "90021664-3008812")
setapp("2026-11-27", "98765120-2291046")

# --- Le Devoir numérique (French, ISO-8859-1) ------------------------------------------------
DEVOIR = ("Le Devoir", "abonnements@ledevoir.com")
ld = D("19.99")
ld_gross = ld + tax(ld, HST)
truth(
    "Le Devoir",
    ["Le Devoir numérique", "Abonnement numérique intégral", "ledevoir.com"],
    ld_gross,
    "monthly",
    "active",
    "2026-12-05",
    "subscription",
)


def devoir(when, inv):
    w = d(when)
    text = f"""LE DEVOIR

Bonjour Megan Tremblay,

Nous vous remercions de votre abonnement au Devoir. Voici votre reçu.

Numéro de facture : {inv}
Date : {long_fr(w)}
Abonnement : Numérique intégral - mensuel
Période : du {long_fr(w)} au {long_fr(add_months(w, 1) - dt.timedelta(days=1))}

Montant : {fr(ld, False)}
TPS/TVH (13 %) : {fr(tax(ld, HST), False)}
Total : {fr(ld_gross, False)}

Payé par : Mastercard ****2290
Prochain prélèvement : {long_fr(add_months(w, 1))}

Pour toute question : 514 985-3355 ou 1 800 463-7559, du lundi au vendredi.

Le Devoir inc., 1265, rue Berri, 8e étage, Montréal (Québec) H2L 4X4
No TPS : 119 013 045 RT0001 - No TVQ : 1000 164 578 TQ0001
"""
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
        '<body style="font-family:Georgia,serif;background:#ffffff;">\n<table width="580" align="center" cellpadding="0" cellspacing="0">\n'
        '<tr><td style="font-size:34px;font-weight:bold;padding:18px 0;border-bottom:3px solid #000000;">LE DEVOIR</td></tr>\n'
        '<tr><td style="padding:16px 0;font-size:15px;">Bonjour Megan Tremblay,<br><br>Nous vous remercions de votre abonnement au Devoir. Voici votre reçu.</td></tr>\n'
        '<tr><td><table width="100%" cellpadding="4" style="font-size:14px;border:1px solid #cccccc;">\n'
        f"<tr><td>Numéro de facture</td><td>{inv}</td></tr>\n<tr><td>Date</td><td>{long_fr(w)}</td></tr>\n"
        "<tr><td>Abonnement</td><td>Numérique intégral - mensuel</td></tr>\n"
        f'<tr><td>Montant</td><td align="right">{fr(ld, False)}</td></tr>\n'
        f'<tr><td>TPS/TVH (13 %)</td><td align="right">{fr(tax(ld, HST), False)}</td></tr>\n'
        f'<tr><td><b>Total</b></td><td align="right"><b>{fr(ld_gross, False)}</b></td></tr>\n'
        "</table></td></tr>\n"
        f'<tr><td style="padding:12px 0;font-size:14px;">Payé par : Mastercard ****2290<br>Prochain prélèvement : {long_fr(add_months(w, 1))}</td></tr>\n'
        '<tr><td style="font-size:11px;color:#666666;padding-top:20px;">Le Devoir inc., 1265, rue Berri, 8e étage, Montréal (Québec) H2L 4X4<br>'
        "No TPS : 119 013 045 RT0001 - No TVQ : 1000 164 578 TQ0001</td></tr>\n</table></body></html>\n"
    )
    add(
        when,
        clock(),
        toronto_offset(w),
        DEVOIR,
        "Votre reçu - Abonnement Le Devoir",
        labels=["Le Devoir"],
        text=text,
        html=html,
        charset="iso-8859-1",
        header_charset="iso-8859-1",
    )


devoir("2025-12-05", "LD-2025-1205-77812")
devoir("2026-03-05", "LD-2026-0305-80233")
devoir("2026-07-05", "LD-2026-0705-84101")
devoir("2026-11-05", "LD-2026-1105-88460")

# --- Costco membership (Gold Star, upgraded to Executive) -------------------------------------
COSTCO = ("Costco Wholesale Canada", "costco@online.costco.ca")
cg, ce = D("65.00"), D("130.00")
truth(
    "Costco Membership",
    ["Costco", "Costco Executive Membership", "Costco Wholesale"],
    ce + tax(ce, HST),
    "yearly",
    "active",
    "2026-12-07",
    "subscription",
)


def costco_table(title, intro, rows, outro):
    trs = "".join(
        f'<tr><td style="padding:8px 12px;border-bottom:1px solid #e0e0e0;font-size:14px;">{esc(a)}</td>'
        f'<td align="right" style="padding:8px 12px;border-bottom:1px solid #e0e0e0;font-size:14px;">{esc(b)}</td></tr>\n'
        for a, b in rows
    )
    return html_page(
        '<tr><td style="background:#005daa;padding:16px 24px;"><span style="color:#ffffff;font-size:26px;font-weight:bold;">COSTCO</span>'
        '<span style="color:#e31837;font-size:12px;"> WHOLESALE</span></td></tr>\n'
        f'<tr><td style="padding:24px 24px 8px;font-size:20px;color:#333333;">{esc(title)}</td></tr>\n'
        f'<tr><td style="padding:0 24px 16px;font-size:14px;color:#333333;">{intro}</td></tr>\n'
        f'<tr><td style="padding:0 24px;"><table width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #e0e0e0;">\n{trs}</table></td></tr>\n'
        f'<tr><td style="padding:16px 24px 32px;font-size:13px;color:#555555;">{outro}</td></tr>\n'
        '<tr><td style="padding:12px 24px;background:#f2f2f2;font-size:11px;color:#777777;">Costco Wholesale Canada Ltd., 415 West Hunt Club Road, Ottawa, ON K2E 1C5. '
        "GST/HST Registration No. 10381 3925 RT0001</td></tr>",
        title=title,
    )


add(
    "2025-12-07",
    "13:22:40",
    toronto_offset(d("2025-12-07")),
    COSTCO,
    "Welcome to Costco! Your membership receipt",
    labels=["Costco Membership"],
    html=costco_table(
        "Thank you for joining Costco",
        "Hi Megan, welcome to Costco. Your Gold Star Membership is active and includes one free Household Card (Arjun Mehta).",
        [
            ("Membership number", "111 8847 2290 3"),
            ("Membership type", "Gold Star Membership"),
            ("Membership fee", en(cg)),
            ("HST 13%", en(tax(cg, HST))),
            ("Total paid", en(cg + tax(cg, HST))),
            ("Payment", "Mastercard ****2290"),
            ("Member since", "12/07/2025"),
            ("Renewal date", "12/07/2026"),
        ],
        "Your membership is valid for 12 months. Please bring your membership card on every visit.",
    ),
)
add(
    "2026-06-14",
    "15:48:02",
    toronto_offset(d("2026-06-14")),
    COSTCO,
    "Your Executive Membership upgrade is complete",
    labels=["Costco Membership"],
    html=costco_table(
        "You're now an Executive Member",
        "Hi Megan, thanks for upgrading. You'll now earn a 2% annual reward on qualifying purchases at Costco and Costco.ca, up to $1,250 a year.",
        [
            ("Membership number", "111 8847 2290 3"),
            ("New membership type", "Executive Membership"),
            ("Upgrade fee", en(ce - cg)),
            ("HST 13%", en(tax(ce - cg, HST))),
            ("Total paid", en(ce - cg + tax(ce - cg, HST))),
            ("Annual fee from renewal", f"{en(ce)} + applicable taxes"),
            ("Renewal date", "12/07/2026"),
        ],
        "Your renewal date does not change. Your 2% Reward is issued annually with your renewal.",
    ),
)
add(
    "2026-11-09",
    "08:05:13",
    toronto_offset(d("2026-11-09")),
    COSTCO,
    "Your Costco membership renews soon",
    labels=["Costco Membership"],
    html=costco_table(
        "Your membership renews on December 7, 2026",
        "Hi Megan, your Executive Membership is set to auto-renew, so there is nothing you need to do.",
        [
            ("Membership number", "111 8847 2290 3"),
            ("Membership type", "Executive Membership"),
            ("Renewal date", "12/07/2026"),
            ("Annual fee", en(ce)),
            ("HST 13%", en(tax(ce, HST))),
            ("Amount to be charged", en(ce + tax(ce, HST))),
            ("Card on file", "Mastercard ****2290"),
        ],
        "Your 2% Reward for the past year ($41.18) will be issued with your renewal. To turn off auto renewal, visit Costco.ca/membership.",
    ),
)

# --- Amazon Prime (annual) -------------------------------------------------------------------
AMZ_PRIME = ("Amazon.ca", "prime@amazon.ca")
pr = D("99.00")
truth(
    "Amazon Prime",
    ["Prime", "Amazon Prime Canada"],
    pr + tax(pr, HST),
    "yearly",
    "active",
    "2027-07-14",
    "subscription",
)
add(
    "2026-07-07",
    "10:12:55",
    -7,
    AMZ_PRIME,
    "Your Amazon Prime membership will renew on July 14, 2026",
    labels=["Amazon Prime"],
    text=f"""Hello Megan,

Thank you for being a Prime member. Your annual membership will automatically renew on July 14, 2026 and you will be charged {en(pr)} plus applicable taxes to your Mastercard ending in 2290.

Over the last year you saved {en("187.40")} with FREE Same-Day and One-Day Delivery, and enjoyed Prime Video and Prime Gaming.

If you do not wish to continue, you can end your membership at any time from Your Prime Membership.

Sincerely,
The Amazon Prime Team
Amazon.com.ca, ULC | 40 King Street W, 47th Floor | Toronto, Ontario M5H 3Y2
""",
    html=text_to_html(
        f"""Hello Megan,

Thank you for being a Prime member. Your annual membership will automatically renew on July 14, 2026 and you will be charged {en(pr)} plus applicable taxes to your Mastercard ending in 2290.

If you do not wish to continue, you can end your membership at any time from Your Prime Membership.

Sincerely,
The Amazon Prime Team""",
        "amazon.ca prime",
        accent="#232f3e",
    ),
)
add(
    "2026-07-14",
    "04:31:18",
    -7,
    AMZ_PRIME,
    "Thank you for renewing your Prime membership",
    labels=["Amazon Prime"],
    text=f"""Hello Megan,

Your Amazon Prime membership has been renewed.

Membership: Prime Annual
Renewal date: July 14, 2026
Membership fee: {en(pr)}
HST: {en(tax(pr, HST))}
Order total: {en(pr + tax(pr, HST))}
Next renewal: July 14, 2027

Sincerely,
The Amazon Prime Team
""",
    html=text_to_html(
        f"""Hello Megan,

Your Amazon Prime membership has been renewed.

Membership: Prime Annual
Renewal date: July 14, 2026
Membership fee: {en(pr)}
HST: {en(tax(pr, HST))}
Order total: {en(pr + tax(pr, HST))}
Next renewal: July 14, 2027

Sincerely,
The Amazon Prime Team""",
        "amazon.ca prime",
        accent="#232f3e",
    ),
)

# --- GoodLife Fitness (bi-weekly dues from January) --------------------------------------------
GOODLIFE = ("GoodLife Fitness", "members@goodlifefitness.com")
gl = D("29.99")
gl_gross = gl + tax(gl, HST)
gl_first = d("2026-01-09")
gl_dates = [gl_first + dt.timedelta(days=14 * k) for k in range(30)]
gl_next = next(x for x in gl_dates if x > d(TODAY))
truth(
    "GoodLife Fitness",
    ["GoodLife", "GoodLife Essential Membership"],
    gl_gross,
    "biweekly",
    "active",
    gl_next.isoformat(),
    "subscription",
)
add(
    "2026-01-05",
    "18:40:12",
    -5,
    GOODLIFE,
    "Welcome to GoodLife, Megan!",
    labels=["GoodLife Fitness"],
    text=f"""Welcome to GoodLife Fitness!

Hi Megan,

Thanks for joining us at GoodLife Toronto Dufferin Mall. Here's a summary of your membership agreement.

Member ID: 40718822
Membership: Essential (Single Club)
Start date: January 5, 2026
Bi-weekly dues: {en(gl)} + HST ({en(gl_gross)})
Payment method: Pre-authorized debit, Tangerine ****0913
First bi-weekly payment: Friday, January 9, 2026

Your dues are withdrawn every second Friday. Your membership continues until you give us 30 days' written notice.

Book your complimentary Coaching Session in the GoodLife app.

See you at the club!
GoodLife Fitness Centres Inc., 710 Proudfoot Lane, London, ON N6H 5G5
""",
    html=text_to_html(
        f"""Hi Megan,

Thanks for joining us at GoodLife Toronto Dufferin Mall. Here's a summary of your membership agreement.

Member ID: 40718822
Membership: Essential (Single Club)
Start date: January 5, 2026
Bi-weekly dues: {en(gl)} + HST ({en(gl_gross)})
Payment method: Pre-authorized debit, Tangerine ****0913
First bi-weekly payment: Friday, January 9, 2026

Your dues are withdrawn every second Friday. Your membership continues until you give us 30 days' written notice.

See you at the club!""",
        "Welcome to GoodLife Fitness",
        accent="#d6001c",
    ),
)


def goodlife_receipt(day: dt.date):
    text = f"""GoodLife Fitness - Payment Receipt

Member: Megan Tremblay (40718822)
Club: Toronto Dufferin Mall

Date          Description                 Amount
{day.strftime("%Y/%m/%d")}    Bi-Weekly Dues              {en(gl)}
              HST #10503 4411 RT0001       {en(tax(gl, HST))}
              Total                        {en(gl_gross)}

Paid by pre-authorized debit (Tangerine ****0913).

Thank you for being a GoodLife Member.
"""
    add(
        day.isoformat(),
        "06:12:44",
        toronto_offset(day),
        GOODLIFE,
        "Your GoodLife payment receipt",
        labels=["GoodLife Fitness"],
        text=text,
        text_cte="7bit",
    )


goodlife_receipt(gl_dates[7])
goodlife_receipt(gl_dates[-1] if gl_dates[-1] <= d(TODAY) else max(x for x in gl_dates if x <= d(TODAY)))

# --- Nautilus Plus, Montréal (bi-weekly, GST + QST), cancelled after the move --------------------
NAUT = ("Nautilus Plus", "service@nautilusplus.com")
na = D("27.99")
na_tps, na_tvq = tax(na, "0.05"), tax(na, "0.09975")
na_gross = na + na_tps + na_tvq
truth(
    "Nautilus Plus",
    ["Nautilus Plus Montréal", "Nautilus"],
    na_gross,
    "biweekly",
    "cancelled",
    None,
    "subscription",
)


def nautilus(day: dt.date, note: str):
    text = f"""Nautilus Plus - Reçu de prélèvement

Bonjour Megan,

Voici le reçu de votre prélèvement aux deux semaines.

No de membre : NP-0388125
Centre : Montréal - Plateau Mont-Royal
Date du prélèvement : {day.strftime("%Y-%m-%d")}

Abonnement Accès Plus (aux 2 semaines) : {fr(na)}
TPS (5 %) : {fr(na_tps)}
TVQ (9,975 %) : {fr(na_tvq)}
Total prélevé : {fr(na_gross)}

{note}

Nautilus Plus inc. - TPS 104 511 210 RT0001 - TVQ 1006 221 402 TQ0001
"""
    add(
        day.isoformat(),
        "05:30:11",
        -5,
        NAUT,
        "Reçu de prélèvement – Nautilus Plus",
        labels=["Nautilus Plus"],
        text=text,
        html=text_to_html(text.split("\n", 2)[2], "Nautilus Plus", accent="#00a0df"),
        text_cte="quoted-printable",
        html_cte="base64",
    )


nautilus(d("2025-11-06"), "Prochain prélèvement : 2025-11-20.")
add(
    "2025-11-24",
    "16:55:30",
    -5,
    NAUT,
    "Confirmation de résiliation de votre abonnement",
    labels=["Nautilus Plus"],
    text=f"""Bonjour Megan,

Nous avons bien reçu votre demande de résiliation et nous confirmons la fin de votre abonnement Accès Plus.

No de membre : NP-0388125
Date de la demande : 24 novembre 2025
Dernier prélèvement : 4 décembre 2025 ({fr(na_gross)})
Fin de l'abonnement : 17 décembre 2025

Aucun prélèvement ne sera effectué après le 4 décembre 2025. Conformément à la Loi sur la protection du consommateur, aucuns frais de résiliation ne s'appliquent.

Nous vous souhaitons bonne chance à Toronto et espérons vous revoir bientôt!

L'équipe Nautilus Plus
""",
    html=text_to_html(
        f"""Bonjour Megan,

Nous avons bien reçu votre demande de résiliation et nous confirmons la fin de votre abonnement Accès Plus.

No de membre : NP-0388125
Date de la demande : 24 novembre 2025
Dernier prélèvement : 4 décembre 2025 ({fr(na_gross)})
Fin de l'abonnement : 17 décembre 2025

Aucun prélèvement ne sera effectué après le 4 décembre 2025.

L'équipe Nautilus Plus""",
        "Nautilus Plus",
        accent="#00a0df",
    ),
    text_cte="quoted-printable",
    html_cte="base64",
)
nautilus(d("2025-12-04"), "Il s'agit de votre dernier prélèvement. Merci d'avoir été membre!")

# --- Goodfood (weekly meal kit, Montréal), cancelled in June ------------------------------------
GOODFOOD = ("Goodfood", "hello@makegoodfood.ca")
gf_old, gf_new = D("74.94"), D("77.94")
truth(
    "Goodfood",
    ["Goodfood Market", "Goodfood meal kit", "makegoodfood.ca"],
    gf_new,
    "weekly",
    "cancelled",
    None,
    "subscription",
)


def goodfood(charge: dt.date, meals, price):
    delivery = charge + dt.timedelta(days=6)
    lines = "\n".join(f"  - {m}" for m in meals)
    text = f"""Your Goodfood order is confirmed!

Hi Megan,

We've charged your card for this week's basket. Our chefs are already prepping.

Order #GF-{charge.strftime("%y%m%d")}-3318
Delivery: {dow_en(delivery)}, between 2pm and 10pm
Address: {ADDRESS}

Your recipes (3 recipes, 2 portions each):
{lines}

Subtotal: {en(price)}
Delivery: FREE
Taxes: {en(0)}
Total charged: {en(price)}

Want to skip a week or change recipes? Make changes before Wednesday 11:59pm for the following week.

Goodfood Market Corp., 4600 Hickmore St, Montréal, QC H4T 1K2
"""
    add(
        charge.isoformat(),
        clock(),
        toronto_offset(charge),
        GOODFOOD,
        "Your Goodfood order is confirmed! 🥕",
        labels=["Goodfood"],
        text=text,
        html=text_to_html(text.split("\n", 2)[2], "goodfood", accent="#2e7d32"),
        text_cte="quoted-printable",
        html_cte="quoted-printable",
    )


goodfood(
    d("2025-11-14"), ["Crispy Gochujang Chicken Bowls", "Creamy Tuscan Gnocchi", "Maple-Dijon Salmon"], gf_old
)
goodfood(
    d("2025-12-05"), ["Beef Bulgogi Tacos", "Butternut Squash Risotto", "Honey-Garlic Pork Chops"], gf_old
)
goodfood(
    d("2026-02-27"), ["Chickpea Tikka Masala", "Miso-Glazed Cod", "Smash Burgers with Garlic Fries"], gf_new
)
goodfood(d("2026-04-17"), ["Lemon-Herb Chicken Souvlaki", "Pad See Ew", "Mushroom Stroganoff"], gf_new)
add(
    "2026-06-02",
    "19:26:47",
    -4,
    GOODFOOD,
    "Your Goodfood subscription has been cancelled",
    labels=["Goodfood"],
    text="""Hi Megan,

We're sorry to see you go! As requested, your Goodfood subscription has been cancelled. You won't receive or be charged for any more weekly baskets.

Your last delivery was on Thursday, May 28, 2026.

Changed your mind? You can reactivate your account anytime at makegoodfood.ca and pick up right where you left off.

Thanks for cooking with us,
The Goodfood Team
""",
    html=text_to_html(
        """Hi Megan,

We're sorry to see you go! As requested, your Goodfood subscription has been cancelled. You won't receive or be charged for any more weekly baskets.

Your last delivery was on Thursday, May 28, 2026.

Thanks for cooking with us,
The Goodfood Team""",
        "goodfood",
        accent="#2e7d32",
    ),
)

# --- PRESTO Autorenew: TTC Adult Monthly Pass -------------------------------------------------
PRESTO = ("PRESTO", "noreply@prestocard.ca")
pm = D("156.00")
truth(
    "TTC Monthly Pass",
    ["PRESTO", "TTC Adult Monthly Pass", "PRESTO Autorenew", "TTC"],
    pm,
    "monthly",
    "active",
    "2026-12-20",
    "subscription",
)


def presto(day: dt.date):
    month = add_months(day.replace(day=1), 1)
    text = f"""PRESTO

Autorenew payment confirmation

Hello Megan,

Your Autorenew payment was successful. Your TTC Adult Monthly Pass for {MONTHS_EN[month.month - 1]} {month.year} will be available on your card on {long_en(month)}.

Card number: 3124 **** **** 8812
Product: TTC Adult Monthly Pass - {MONTHS_EN[month.month - 1]} {month.year}
Payment date: {day.isoformat()}
Payment method: Visa ending 4417
Amount: {en(pm)}

Autorenew will continue to buy your pass every month on the 20th. To make changes, sign in to your account at prestocard.ca.

This is an automated message. Please do not reply.
PRESTO, a division of Metrolinx, 97 Front Street West, Toronto ON M5J 1E6
"""
    add(
        day.isoformat(),
        "02:15:00",
        toronto_offset(day),
        PRESTO,
        "PRESTO Autorenew payment confirmation",
        labels=["TTC Monthly Pass"],
        text=text,
        html=text_to_html(text.split("\n", 2)[2], "PRESTO", accent="#6cb33f"),
        text_cte="base64",
        html_cte="base64",
    )


for w in ["2025-11-20", "2026-03-20", "2026-07-20", "2026-11-20"]:
    presto(d(w))

# --- Webnames.ca domain ----------------------------------------------------------------------
WEBN = ("Webnames.ca", "billing@webnames.ca")
wn = D("18.99")
wn_gross = wn + tax(wn, HST)
truth(
    "Webnames.ca",
    ["tremblaymehta.ca", "Webnames", "tremblaymehta.ca domain"],
    wn_gross,
    "yearly",
    "active",
    "2026-12-07",
    "subscription",
)
add(
    "2025-12-07",
    "01:02:33",
    -8,
    WEBN,
    "Webnames.ca Invoice #WN-6610482 - PAID",
    labels=["Webnames.ca"],
    text=f"""Webnames.ca Inc.
Invoice #WN-6610482
Date: {ddmmmyyyy(d("2025-12-07"))}
Account: megan@tremblaymehta.ca

Bill to:
Megan Tremblay
{ADDRESS}

Description                                        Term      Amount
.CA Domain Renewal: tremblaymehta.ca               1 year    CAD ${wn}
   (expires {ddmmmyyyy(d("2026-12-14"))})
                                                  Subtotal   CAD ${wn}
                                                  HST (ON) 13%  CAD ${tax(wn, HST)}
                                                  Total      CAD ${wn_gross}

Payment: Visa ****4417 (auto-renew)  Status: PAID

Thank you for choosing a Canadian registrar.
Webnames.ca Inc., Vancouver, BC | GST/HST 86740 2311 RT0001 | CIRA Certified Registrar
""",
    text_cte="7bit",
)
add(
    "2026-11-16",
    "01:04:51",
    -8,
    WEBN,
    "Renewal Notice: tremblaymehta.ca expires on 14-Dec-2026",
    labels=["Webnames.ca"],
    text=f"""Dear Megan Tremblay,

This is a courtesy reminder that the following domain registered in your Webnames.ca account will expire soon.

Domain: tremblaymehta.ca
Expiry date: {ddmmmyyyy(d("2026-12-14"))}
Auto-renew: ON
Renewal term: 1 year
Renewal price: CAD ${wn} + HST = CAD ${wn_gross}

Because auto-renew is enabled, your Visa ending in 4417 will be charged CAD ${wn_gross} on {ddmmmyyyy(d("2026-12-07"))}. No action is required.

To change your renewal settings, log in at https://www.webnames.ca/account.

Regards,
Webnames.ca Billing
""",
    html=text_to_html(
        f"""Dear Megan Tremblay,

This is a courtesy reminder that the following domain registered in your Webnames.ca account will expire soon.

Domain: tremblaymehta.ca
Expiry date: {ddmmmyyyy(d("2026-12-14"))}
Auto-renew: ON
Renewal price: CAD ${wn} + HST = CAD ${wn_gross}

Because auto-renew is enabled, your Visa ending in 4417 will be charged CAD ${wn_gross} on {ddmmmyyyy(d("2026-12-07"))}. No action is required.

Regards,
Webnames.ca Billing""",
        "webnames.ca",
        accent="#c8102e",
    ),
)

# --- Fido mobile (bill) ---------------------------------------------------------------------
FIDO = ("Fido", "fido@notifications.fido.ca")
fido_bills = [
    ("2025-12-10", "56.50", "2025-12-31"),
    ("2026-01-10", "84.24", "2026-01-31"),
    ("2026-04-10", "56.50", "2026-05-01"),
    ("2026-08-10", "59.89", "2026-08-31"),
    ("2026-11-10", "59.89", "2026-12-01"),
]
truth(
    "Fido",
    ["Fido Mobile", "Fido Solutions"],
    fido_bills[-1][1],
    "monthly",
    "active",
    fido_bills[-1][2],
    "bill",
)


def fido(bill, amount, due):
    b, u = d(bill), d(due)
    text = f"""Hi Megan,

Your Fido bill is ready.

Account number: 8•••••4421
Bill date: {short_en(b)}
Total amount due: {en(amount)}
Due date: {short_en(u)}

You're on pre-authorized payments, so we'll charge your Visa ending in 4417 on your due date. There's nothing else you need to do.

View your bill in the Fido My Account app or at fido.ca/myaccount.

Thanks for being with Fido.

Fido Solutions Inc. 800 rue de la Gauchetière Ouest, Bureau 4000, Montréal (QC) H5A 1K3
Please don't reply to this email, it was sent from an unmonitored address.
"""
    html = html_page(
        '<tr><td style="padding:20px 30px;background:#ffd400;font-size:30px;font-weight:bold;color:#000000;">fido</td></tr>\n'
        '<tr><td style="padding:24px 30px 6px;font-size:22px;">Your Fido bill is ready.</td></tr>\n'
        '<tr><td style="padding:0 30px;"><table width="100%" cellpadding="6" style="font-size:15px;background:#f7f7f7;">'
        f'<tr><td>Account number</td><td align="right">8&bull;&bull;&bull;&bull;&bull;4421</td></tr>'
        f'<tr><td>Bill date</td><td align="right">{short_en(b)}</td></tr>'
        f'<tr><td><b>Total amount due</b></td><td align="right"><b>{en(amount)}</b></td></tr>'
        f'<tr><td>Due date</td><td align="right">{short_en(u)}</td></tr></table></td></tr>\n'
        "<tr><td style=\"padding:16px 30px;font-size:14px;\">You're on pre-authorized payments, so we'll charge your Visa ending in 4417 on your due date. There's nothing else you need to do.</td></tr>\n"
        '<tr><td style="padding:16px 30px;font-size:11px;color:#777777;">Fido Solutions Inc. 800 rue de la Gauchetière Ouest, Bureau 4000, Montréal (QC) H5A 1K3</td></tr>',
        title="Your Fido bill is ready",
    )
    add(
        bill,
        clock(),
        toronto_offset(b),
        FIDO,
        "Your Fido bill is ready",
        labels=["Fido"],
        text=text,
        html=html,
    )


for row in fido_bills:
    fido(*row)

# --- TekSavvy internet (bill; price change forwarded by Arjun) ------------------------------------
TEK = ("TekSavvy Billing", "billing@teksavvy.com")
tk_old, tk_new = D("69.95"), D("74.95")
truth(
    "TekSavvy",
    ["TekSavvy Internet", "TekSavvy Solutions", "Cable 75 Unlimited"],
    tk_new + tax(tk_new, HST),
    "monthly",
    "active",
    "2026-12-01",
    "bill",
)


def teksavvy(day: dt.date, inv: str, net):
    t = tax(net, HST)
    text = f"""TekSavvy Solutions Inc.
800 Richmond St, Chatham, ON N7M 5J5
HST# 87629 1020 RT0001

INVOICE {inv}
Invoice date: {day.isoformat()}
Account: 556677 (Arjun Mehta)
Service address: {ADDRESS}

Billing period: {day.isoformat()} to {(add_months(day, 1) - dt.timedelta(days=1)).isoformat()}

  Cable 75 Unlimited ................................ {net}
  Modem rental (customer owned) ...................... 0.00
  HST 13% ........................................... {t}
                                                    ---------
  TOTAL (CAD) ....................................... {net + t}

This amount will be charged to your credit card on file (Mastercard ****2290) on {day.isoformat()}.

Questions about your bill? Call 1-877-779-1575 or visit teksavvy.com/support.
"""
    add(
        day.isoformat(),
        "03:40:07",
        toronto_offset(day),
        TEK,
        f"TekSavvy Invoice {inv} - Account 556677",
        labels=["TekSavvy"],
        text=text,
        text_cte="7bit",
    )


teksavvy(d("2025-12-01"), "INV-3318204", tk_old)
teksavvy(d("2026-03-01"), "INV-3402951", tk_old)
tek_notice = f"""Hello Arjun,

We're writing to let you know about an upcoming change to the price of your TekSavvy internet service.

Effective July 1, 2026, the monthly price of your Cable 75 Unlimited plan will increase from ${tk_old} to ${tk_new} (before taxes). This change reflects increases in the wholesale rates we pay to access cable networks.

Your new price will appear on your invoice dated July 1, 2026. You don't need to do anything. As always, there are no contracts: you can change or cancel your plan at any time.

Thank you for choosing TekSavvy.

The TekSavvy Team"""
add(
    "2026-06-02",
    "21:14:36",
    -4,
    ARJUN,
    "Fwd: Important: upcoming change to your TekSavvy service pricing",
    labels=["TekSavvy"],
    text=f"""internet's going up $5 from July. still cheaper than Rogers so I'm leaving it

---------- Forwarded message ---------
From: TekSavvy <noreply@teksavvy.com>
Date: Thu, May 28, 2026 at 10:02 AM
Subject: Important: upcoming change to your TekSavvy service pricing
To: <arjun@tremblaymehta.ca>


{tek_notice}
""",
    html=f"""<div dir="ltr">internet's going up $5 from July. still cheaper than Rogers so I'm leaving it<br><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">TekSavvy</strong> <span dir="auto">&lt;noreply@teksavvy.com&gt;</span><br>
Date: Thu, May 28, 2026 at 10:02 AM<br>Subject: Important: upcoming change to your TekSavvy service pricing<br>To: &lt;arjun@tremblaymehta.ca&gt;<br></div><br><br>
<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;"><tr><td style="background:#00467f;color:#ffffff;padding:16px;font-size:22px;">TekSavvy</td></tr>
<tr><td style="padding:16px;font-size:14px;line-height:20px;">{esc(tek_notice).replace(chr(10) + chr(10), "<br><br>")}</td></tr></table>
</div></div>
""",
    msgid_domain="mail.gmail.com",
)
teksavvy(d("2026-08-01"), "INV-3561177", tk_new)
teksavvy(d("2026-11-01"), "INV-3684020", tk_new)

# --- Toronto Hydro (bill, HTML only) ------------------------------------------------------------
HYDRO = ("Toronto Hydro", "myaccount@torontohydro.com")
hydro_bills = [  # bill date, electricity, delivery, regulatory, OER, pap date
    ("2025-12-17", "58.42", "41.70", "4.11", "2026-01-07"),
    ("2026-02-18", "66.10", "44.12", "4.48", "2026-03-11"),
    ("2026-05-19", "39.88", "35.05", "3.02", "2026-06-09"),
    ("2026-08-18", "57.31", "40.64", "3.96", "2026-09-08"),
    ("2026-11-17", "44.63", "37.19", "3.30", "2026-12-08"),
]


def hydro_total(e, dl, r):
    sub = D(e) + D(dl) + D(r)
    h = tax(sub, HST)
    oer = -tax(sub, "0.131")
    return sub, h, oer, sub + h + oer


truth(
    "Toronto Hydro",
    ["Toronto Hydro-Electric System", "Toronto Hydro electricity"],
    hydro_total(*hydro_bills[-1][1:4])[3],
    "monthly",
    "active",
    hydro_bills[-1][4],
    "bill",
)


def hydro(bill, e, dl, r, pap):
    b, p = d(bill), d(pap)
    sub, h, oer, tot = hydro_total(e, dl, r)
    start = add_months(b, -1) - dt.timedelta(days=2)
    rows = [
        ("Electricity", en(e)),
        ("Delivery", en(dl)),
        ("Regulatory charges", en(r)),
        ("HST (13%)", en(h)),
        ("Ontario Electricity Rebate", f"-{en(-oer)}"),
    ]
    trs = "".join(
        f'<tr><td style="padding:6px 0;font-size:14px;color:#333333;">{a}</td>'
        f'<td align="right" style="padding:6px 0;font-size:14px;">{v}</td></tr>\n'
        for a, v in rows
    )
    html = html_page(
        '<tr><td style="padding:18px 28px;border-bottom:4px solid #00a3e0;"><span style="font-size:22px;font-weight:bold;color:#003a70;">Toronto Hydro</span></td></tr>\n'
        '<tr><td style="padding:24px 28px 4px;font-size:20px;color:#003a70;">Your bill is ready</td></tr>\n'
        '<tr><td style="padding:0 28px 12px;font-size:14px;color:#333333;">Hello Megan Tremblay, your latest Toronto Hydro bill is now available in MyTorontoHydro.</td></tr>\n'
        '<tr><td style="padding:0 28px;"><table width="100%" cellpadding="0" cellspacing="0" style="background:#eef7fc;padding:12px;">\n'
        '<tr><td style="padding:6px 12px;font-size:13px;">Account number</td><td align="right" style="padding:6px 12px;font-size:13px;">41 2209 7735</td></tr>\n'
        f'<tr><td style="padding:6px 12px;font-size:13px;">Billing period</td><td align="right" style="padding:6px 12px;font-size:13px;">{short_en(start)} - {short_en(b - dt.timedelta(days=3))}</td></tr>\n'
        f'<tr><td style="padding:6px 12px;font-size:13px;">Bill date</td><td align="right" style="padding:6px 12px;font-size:13px;">{long_en(b)}</td></tr>\n'
        f'<tr><td style="padding:10px 12px;font-size:18px;font-weight:bold;">Amount due</td><td align="right" style="padding:10px 12px;font-size:18px;font-weight:bold;">{en(tot)}</td></tr>\n'
        f'<tr><td style="padding:6px 12px;font-size:13px;">Pre-authorized payment on</td><td align="right" style="padding:6px 12px;font-size:13px;">{long_en(p)}</td></tr>\n'
        "</table></td></tr>\n"
        '<tr><td style="padding:16px 28px 0;font-size:15px;font-weight:bold;color:#003a70;">Bill summary</td></tr>\n'
        f'<tr><td style="padding:0 28px;"><table width="100%" cellpadding="0" cellspacing="0">\n{trs}'
        f'<tr><td style="padding:8px 0;font-size:14px;font-weight:bold;border-top:1px solid #cccccc;">Total</td><td align="right" style="padding:8px 0;font-size:14px;font-weight:bold;border-top:1px solid #cccccc;">{en(tot)}</td></tr>\n'
        "</table></td></tr>\n"
        '<tr><td style="padding:16px 28px;font-size:13px;color:#333333;">Your payment will be withdrawn automatically from your bank account on the date shown. Please do not send a separate payment.</td></tr>\n'
        '<tr><td style="padding:16px 28px;font-size:11px;color:#777777;background:#f4f4f4;">Toronto Hydro-Electric System Limited, 14 Carlton Street, Toronto ON M5B 1K5. HST Registration No. 86504 3382 RT0001</td></tr>',
        title="Your Toronto Hydro bill is ready",
    )
    add(
        bill,
        clock(),
        toronto_offset(b),
        HYDRO,
        "Your Toronto Hydro bill is ready",
        labels=["Toronto Hydro"],
        html=html,
        html_cte="base64",
    )


for row in hydro_bills:
    hydro(*row)

# --- Enbridge Gas (Equal Billing Plan instalments; HTML only) -----------------------------------
ENB = ("Enbridge Gas", "noreply@enbridgegas.com")
enb_bills = [
    ("2025-12-11", "118.00", "2026-01-02"),
    ("2026-03-12", "118.00", "2026-04-02"),
    ("2026-09-11", "131.00", "2026-10-02"),
    ("2026-11-12", "131.00", "2026-12-03"),
]
truth(
    "Enbridge Gas",
    ["Enbridge", "Enbridge Gas Ontario", "Enbridge Equal Billing Plan"],
    enb_bills[-1][1],
    "monthly",
    "active",
    enb_bills[-1][2],
    "bill",
)


def enbridge_html(title, intro, rows, outro):
    trs = "".join(
        f'<tr><td style="padding:8px 14px;font-size:14px;border-bottom:1px solid #dde3e8;">{a}</td>'
        f'<td align="right" style="padding:8px 14px;font-size:14px;border-bottom:1px solid #dde3e8;">{v}</td></tr>\n'
        for a, v in rows
    )
    return html_page(
        '<tr><td style="padding:18px 24px;background:#ffc72c;font-size:24px;font-weight:bold;color:#1a1a1a;">enbridge<span style="font-size:14px;"> Gas</span></td></tr>\n'
        f'<tr><td style="padding:22px 24px 8px;font-size:20px;">{title}</td></tr>\n'
        f'<tr><td style="padding:0 24px 14px;font-size:14px;line-height:20px;">{intro}</td></tr>\n'
        f'<tr><td style="padding:0 24px;"><table width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #dde3e8;">\n{trs}</table></td></tr>\n'
        f'<tr><td style="padding:14px 24px 28px;font-size:13px;line-height:19px;">{outro}</td></tr>\n'
        '<tr><td style="padding:12px 24px;font-size:11px;color:#666666;background:#f2f2f2;">Enbridge Gas Inc., P.O. Box 650, Scarborough ON M1K 5E3. Please do not reply to this email.</td></tr>',
        title=title,
    )


def enbridge(bill, amount, due):
    b, u = d(bill), d(due)
    html = enbridge_html(
        "Your Enbridge Gas bill is ready to view",
        "Hi Megan, your bill for the service address 412 Glenholme Ave is now available in My Account.",
        [
            ("Account number", "9100 2277 4185"),
            ("Bill date", b.strftime("%b %d, %Y")),
            ("Equal Billing Plan amount", en(amount)),
            ("<b>Amount due</b>", f"<b>{en(amount)}</b>"),
            ("Due date", u.strftime("%b %d, %Y")),
        ],
        "You're enrolled in the Pre-Authorized Payment Plan. The amount due will be withdrawn from your bank account on the due date.",
    )
    add(
        bill,
        clock(),
        toronto_offset(b),
        ENB,
        "Your Enbridge Gas bill is ready to view",
        labels=["Enbridge Gas"],
        html=html,
        html_cte="quoted-printable",
    )


enbridge(*enb_bills[0])
enbridge(*enb_bills[1])
add(
    "2026-08-06",
    "09:30:12",
    -4,
    ENB,
    "Your Equal Billing Plan amount is changing",
    labels=["Enbridge Gas"],
    html=enbridge_html(
        "Your Equal Billing Plan amount is changing",
        "Hi Megan, each year we review your Equal Billing Plan (EBP) to make sure your monthly instalments reflect your actual natural gas use and current rates. Your account has been reviewed and your instalment has been adjusted.",
        [
            ("Account number", "9100 2277 4185"),
            ("Current monthly instalment", en("118.00")),
            ("New monthly instalment", en("131.00")),
            ("Starting with your bill dated", "September 2026"),
            ("Balance carried into the new plan year", en("86.40")),
        ],
        "The new amount will be withdrawn through your Pre-Authorized Payment Plan on each due date. No action is required.",
    ),
)
enbridge(*enb_bills[2])
enbridge(*enb_bills[3])

# --- Desjardins tenant insurance (French) -------------------------------------------------------
DESJ = ("Desjardins Assurances", "ne-pas-repondre@desjardins.com")
dj_old, dj_new = D("24.58"), D("26.12")
truth(
    "Desjardins Assurance habitation",
    [
        "Desjardins",
        "Desjardins Assurances",
        "Desjardins Insurance",
        "assurance locataire",
        "tenant insurance",
    ],
    dj_new,
    "monthly",
    "active",
    "2026-12-15",
    "bill",
)
add(
    "2026-01-08",
    "10:05:44",
    -5,
    DESJ,
    "Vos prélèvements mensuels pour 2026",
    labels=["Desjardins Assurance habitation"],
    text=f"""Bonjour Megan Tremblay,

Voici le calendrier de vos prélèvements mensuels pour votre assurance habitation (locataire).

Police : H-4471829 - Assurance des locataires
Adresse assurée : {ADDRESS}
Montant de chaque prélèvement : {fr(dj_old)}
Date du prélèvement : le 15 de chaque mois
Compte : Tangerine ****0913

Ce montant comprend la prime et les taxes applicables. Aucune autre action n'est requise de votre part.

Desjardins Assurances générales inc.
Pour nous joindre : 1 888 277-8726
""",
    html=text_to_html(
        f"""Bonjour Megan Tremblay,

Voici le calendrier de vos prélèvements mensuels pour votre assurance habitation (locataire).

Police : H-4471829 - Assurance des locataires
Montant de chaque prélèvement : {fr(dj_old)}
Date du prélèvement : le 15 de chaque mois
Compte : Tangerine ****0913

Ce montant comprend la prime et les taxes applicables.

Desjardins Assurances générales inc.""",
        "Desjardins Assurances",
        accent="#00874e",
    ),
)
add(
    "2026-07-02",
    "10:11:09",
    -4,
    DESJ,
    "Avis de renouvellement – Assurance habitation (locataire)",
    labels=["Desjardins Assurance habitation"],
    text=f"""Bonjour Megan Tremblay,

Votre police d'assurance habitation arrive à échéance le 15 août 2026. Nous la renouvellerons automatiquement pour une période de 12 mois.

Police : H-4471829 - Assurance des locataires
Période d'assurance : du 15 août 2026 au 15 août 2027
Prime annuelle actuelle : {fr(dj_old * 12)} ({fr(dj_old)} par mois)
Nouvelle prime annuelle : {fr(dj_new * 12)}
Mode de paiement : prélèvements mensuels
Nouveau montant du prélèvement : {fr(dj_new)}, le 15 de chaque mois à compter du 15 août 2026

La hausse de votre prime s'explique principalement par l'augmentation du coût des sinistres en Ontario.

Vos documents de renouvellement sont disponibles dans votre espace client.

Desjardins Assurances générales inc.
""",
    html=text_to_html(
        f"""Bonjour Megan Tremblay,

Votre police d'assurance habitation arrive à échéance le 15 août 2026. Nous la renouvellerons automatiquement pour une période de 12 mois.

Police : H-4471829 - Assurance des locataires
Période d'assurance : du 15 août 2026 au 15 août 2027
Nouvelle prime annuelle : {fr(dj_new * 12)}
Mode de paiement : prélèvements mensuels
Nouveau montant du prélèvement : {fr(dj_new)}, le 15 de chaque mois à compter du 15 août 2026

Vos documents de renouvellement sont disponibles dans votre espace client.""",
        "Desjardins Assurances",
        accent="#00874e",
    ),
    text_cte="base64",
    html_cte="base64",
)

# --- Canada Student Loans (NSLSC), bilingual -------------------------------------------------
NSLSC = ("National Student Loans Service Centre", "noreply@csnpe-nslsc.canada.ca")
ln = D("287.43")
truth(
    "Canada Student Loans",
    ["NSLSC", "National Student Loans Service Centre", "Canada Student Loan", "Student loan", "OSAP"],
    ln,
    "monthly",
    "active",
    "2026-12-28",
    "bill",
)
add(
    "2026-01-12",
    "07:00:00",
    -5,
    NSLSC,
    "Your repayment schedule / Votre calendrier de remboursement",
    labels=["Canada Student Loans"],
    text=f"""(Le français suit)

Hello Megan Tremblay,

Your non-repayment period has ended and your repayment schedule is now in effect.

Loan type: Canada-Ontario Integrated Student Loan
Monthly payment: ${ln}
Payment method: Pre-authorized debit (Tangerine ****0913)
First payment: January 28, 2026
Payments are withdrawn on the 28th of each month.

Log in to your NSLSC account to view your repayment schedule or to make changes.

-----

Bonjour Megan Tremblay,

Votre période de non-remboursement est terminée et votre calendrier de remboursement est maintenant en vigueur.

Type de prêt : prêt d'études intégré Canada-Ontario
Paiement mensuel : {fr(ln)}
Mode de paiement : débit préautorisé (Tangerine ****0913)
Premier paiement : le 28 janvier 2026
Les paiements sont prélevés le 28 de chaque mois.

Centre de service national de prêts aux étudiants (CSNPE)
""",
    text_cte="quoted-printable",
)
add(
    "2026-11-20",
    "07:00:00",
    -5,
    NSLSC,
    "Payment reminder / Rappel de paiement",
    labels=["Canada Student Loans"],
    text=f"""(Le français suit)

Hello Megan Tremblay,

This is a reminder that your next payment of ${ln} will be withdrawn from your bank account on November 28, 2026.

Principal balance as of November 20, 2026: $22,841.06

-----

Bonjour Megan Tremblay,

Nous vous rappelons que votre prochain paiement de {fr(ln)} sera prélevé de votre compte bancaire le 28 novembre 2026.

Solde du capital au 20 novembre 2026 : 22 841,06 $

National Student Loans Service Centre / Centre de service national de prêts aux étudiants
""",
    text_cte="quoted-printable",
)

# ==============================================================================================
# EVERYTHING ELSE (no truth)
# ==============================================================================================

NEG: list[str] = []


def neg(*names):
    for n in names:
        if n not in NEG:
            NEG.append(n)


# Amazon.ca orders (one-off purchases from a sender with a subscription)
AMZ = ("Amazon.ca", "auto-confirm@amazon.ca")
AMZ_SHIP = ("Amazon.ca", "shipment-tracking@amazon.ca")


def amazon_order(when, order, items, ship_day):
    sub = sum((D(p) * q for _, q, p in items), D(0))
    t = tax(sub, HST)
    lines = "\n".join(f"{n}\n  Qty: {q}   {en(D(p) * q)}" for n, q, p in items)
    text = f"""Hello Megan,

Thank you for shopping with us. We'll send a confirmation when your item ships.

Order #{order}
Arriving: {DAYS_EN[d(ship_day).weekday()]}, {long_en(d(ship_day))}
Ship to: Megan Tremblay, TORONTO, ON

{lines}

Item Subtotal: {en(sub)}
Shipping & Handling: {en(0)}
Total before tax: {en(sub)}
Estimated HST: {en(t)}
Order Total: {en(sub + t)}

We hope to see you again soon.
Amazon.ca
"""
    add(
        when,
        clock(),
        -8 if toronto_offset(d(when)) == -5 else -7,
        AMZ,
        f"Your Amazon.ca order #{order}",
        text=text,
        html=text_to_html(text, "amazon.ca", accent="#232f3e"),
    )


amazon_order(
    "2025-11-18",
    "702-4418203-7712093",
    [("Anker USB-C Charger 65W", 1, "45.99"), ("Brita Standard Replacement Filters, 6 pack", 1, "32.97")],
    "2025-11-20",
)
add(
    "2025-11-19",
    "12:40:02",
    -8,
    AMZ_SHIP,
    "Your Amazon.ca package has shipped",
    text="""Hello Megan,

Your package with Anker USB-C Charger 65W and 1 more item has shipped and is on its way.

Arriving: Thursday, November 20
Carrier: Amazon Shipping, Tracking ID TBC418204773

Track your package: https://www.amazon.ca/progress-tracker

Amazon.ca
""",
    html=text_to_html(
        """Hello Megan,

Your package with Anker USB-C Charger 65W and 1 more item has shipped and is on its way.

Arriving: Thursday, November 20
Carrier: Amazon Shipping, Tracking ID TBC418204773""",
        "amazon.ca",
        accent="#232f3e",
    ),
)
amazon_order(
    "2026-02-14", "702-8812406-3310876", [("Bodum Chambord French Press, 8 Cup", 1, "54.99")], "2026-02-16"
)
amazon_order(
    "2026-09-22",
    "702-1093357-5562110",
    [("Kobo Clara BW eReader", 1, "169.99"), ("Kobo Clara SleepCover, Black", 1, "39.99")],
    "2026-09-24",
)
neg("Anker USB-C Charger 65W", "Kobo Clara BW eReader")

# Canada Post
CP = ("Canada Post", "no-reply@canadapost-postescanada.ca")
add(
    "2025-12-16",
    "14:22:10",
    -5,
    CP,
    "Delivery notice – your item has been delivered",
    text="""Canada Post / Postes Canada

Your item has been delivered.

Tracking number: 7023 4418 2291 0047
Delivered to: Community mailbox / parcel locker
Date: 2025-12-16 13:58

Sender: ROOTS CANADA LTD

Pick up your item with the key left in your mailbox compartment.
""",
    html=text_to_html(
        """Your item has been delivered.

Tracking number: 7023 4418 2291 0047
Delivered to: Parcel locker
Date: 2025-12-16 13:58
Sender: ROOTS CANADA LTD""",
        "Canada Post",
        accent="#d52b1e",
    ),
)
add(
    "2026-10-07",
    "10:03:41",
    -4,
    CP,
    "Your item is ready for pickup",
    text="""Canada Post / Postes Canada

Your item is ready for pickup at the Post Office shown below. Bring photo ID and your delivery notice card.

Tracking number: 4001 8832 5517 2290
Pickup location: SHOPPERS DRUG MART #1247, 900 Dufferin St, Toronto ON
Available until: 2026-10-22
""",
    html=text_to_html(
        """Your item is ready for pickup at the Post Office shown below.

Tracking number: 4001 8832 5517 2290
Pickup location: SHOPPERS DRUG MART #1247, 900 Dufferin St
Available until: 2026-10-22""",
        "Canada Post",
        accent="#d52b1e",
    ),
)
neg("Canada Post", "Roots")

# Roots order (one-off)
add(
    "2025-12-10",
    "20:11:39",
    -5,
    ("Roots", "orders@roots.com"),
    "Thanks for your order! Order #RC10448721",
    text=f"""Hi Megan, thanks for shopping with Roots.

Order number: RC10448721
Order date: December 10, 2025

Cooper Beaver Sweatpant - Salt & Pepper, M    {en("88.00")}
Organic Original Crew Sweatshirt - Park Green, L    {en("98.00")}

Subtotal: {en("186.00")}
Shipping: FREE
HST: {en("24.18")}
Total: {en("210.18")}

We'll email you when your order ships.
""",
    html=text_to_html(
        f"""Hi Megan, thanks for shopping with Roots.

Order number: RC10448721
Subtotal: {en("186.00")}
Shipping: FREE
HST: {en("24.18")}
Total: {en("210.18")}""",
        "ROOTS",
        accent="#2f2f2f",
    ),
)

# Uber rides and Uber Eats
UBER = ("Uber Receipts", "noreply@uber.com")


def uber_trip(when, total, base, frm, to_, tm):
    text = f"""Total CA${total}

Thanks for riding, Megan
We hope you enjoyed your ride this {"morning" if int(tm[:2]) < 12 else "evening"}.

Trip fare CA${base}
Booking Fee CA$2.85
Subtotal CA${D(base) + D("2.85")}
HST CA${tax(D(base) + D("2.85"), HST)}
Total CA${total}

Payments
Visa ••••4417 {d(when).strftime("%m/%d/%y")} {tm}  CA${total}

UberX
{tm}  {frm}
       {to_}

Uber Canada Inc. GST/HST: 78251 4409 RT0001
"""
    add(
        when,
        tm + ":07",
        toronto_offset(d(when)),
        UBER,
        f"Your {'Thursday' if d(when).weekday() == 3 else DAYS_EN[d(when).weekday()]} evening trip with Uber"
        if int(tm[:2]) >= 17
        else f"Your {DAYS_EN[d(when).weekday()]} morning trip with Uber",
        text=text,
        html=text_to_html(text, "Uber", accent="#000000"),
    )


for w, b, f_, t_, tm in [
    ("2025-11-29", "18.40", "1 Blue Jays Way, Toronto", "412 Glenholme Ave, Toronto", "23:14"),
    ("2026-03-21", "24.15", "Union Station, Toronto", "412 Glenholme Ave, Toronto", "19:02"),
    (
        "2026-08-15",
        "41.70",
        "Toronto Pearson Airport (YYZ), Terminal 1",
        "412 Glenholme Ave, Toronto",
        "08:41",
    ),
]:
    total = D(b) + D("2.85") + tax(D(b) + D("2.85"), HST)
    uber_trip(w, total, b, f_, t_, tm)
add(
    "2026-01-16",
    "19:48:31",
    -5,
    ("Uber Eats", "noreply@uber.com"),
    "Your Friday evening order with Uber Eats",
    text="""Total CA$47.36

Thanks for ordering, Megan
Here's your receipt from Pai Northern Thai Kitchen.

1  Khao Soi Gai          CA$21.00
1  Pad Thai (Tofu)       CA$19.00
Subtotal                 CA$40.00
Delivery Fee             CA$0.00 (Uber One member benefit not applied)
Service Fee              CA$2.00
HST                      CA$5.46
Tip                      CA$5.00
Total                    CA$47.36 (incl. promotion -CA$5.10)
""",
    html=text_to_html(
        """Total CA$47.36

Thanks for ordering, Megan
Here's your receipt from Pai Northern Thai Kitchen.""",
        "Uber Eats",
        accent="#06c167",
    ),
)
neg("Uber", "Uber Eats", "Pai Northern Thai Kitchen")

# DoorDash, SkipTheDishes
add(
    "2026-04-25",
    "18:55:20",
    -4,
    ("DoorDash", "no-reply@doordash.com"),
    "Order Confirmation for Megan from Banh Mi Boys",
    text=f"""Your order from Banh Mi Boys is confirmed.

Estimated arrival: 7:25 PM

1x Kalbi Beef Banh Mi  {en("12.49")}
1x Five Spice Pork Belly Bao  {en("9.99")}
1x Kimchi Fries  {en("10.49")}

Subtotal {en("32.97")}
Delivery Fee {en("3.99")}
Service Fee {en("4.95")}
Estimated Taxes {en("5.46")}
Dasher Tip {en("5.00")}
Total {en("52.37")}

Try DashPass free for 30 days: $0 delivery fees on eligible orders, then $9.99/month.
""",
    html=text_to_html(
        """Your order from Banh Mi Boys is confirmed.

Subtotal: $32.97
Total: $52.37

Try DashPass free for 30 days: $0 delivery fees on eligible orders, then $9.99/month.""",
        "DoorDash",
        accent="#ff3008",
    ),
)
add(
    "2026-10-03",
    "20:12:45",
    -4,
    ("SkipTheDishes", "no-reply@skipthedishes.com"),
    "Your Skip order receipt #88201554",
    text=f"""Skip

Order #88201554 from Pizzeria Libretto - Ossington

1 x Margherita D.O.P.    {en("19.00")}
1 x Nduja Pizza          {en("23.00")}
Food & Beverage Subtotal {en("42.00")}
Delivery Fee             {en("2.99")}
Service Fee              {en("2.10")}
Taxes                    {en("6.12")}
Courier Tip              {en("6.00")}
Total                    {en("59.21")}

Paid with Visa ending in 4417.
""",
    text_cte="7bit",
)
neg("DoorDash", "DashPass", "SkipTheDishes", "Banh Mi Boys", "Pizzeria Libretto")

# Travel: Air Canada, VIA Rail (HST one way, GST+QST the other), hotel in Montréal, Airbnb
add(
    "2026-02-20",
    "12:31:09",
    -5,
    ("Air Canada", "confirmation@aircanada.ca"),
    "Booking Confirmation - CX4T2B",
    text=f"""AIR CANADA

Booking Confirmation
Booking reference: CX4T2B

Passengers: Megan Tremblay, Arjun Mehta

Flight AC 1254  Toronto (YYZ) - Vancouver (YVR)
Wed 12 Aug 2026  08:00 - 10:05  Economy Standard
Flight AC 117  Vancouver (YVR) - Toronto (YYZ)
Sat 15 Aug 2026  13:10 - 20:41  Economy Standard

Purchase summary (2 passengers)
Air transportation charges     {en("798.00")} CAD
Taxes, fees and charges        {en("226.46")} CAD
  Canada - GST/HST #10009 2287 RT0001   {en("121.34")}
  Air Travellers Security Charge         {en("34.78")}
  Airport Improvement Fee                {en("70.34")}
Grand total                    {en("1024.46")} CAD

Paid with Aeroplan Credit Card ****8801.
""",
    html=text_to_html(
        f"""Booking reference: CX4T2B

Passengers: Megan Tremblay, Arjun Mehta
Grand total: {en("1024.46")} CAD""",
        "AIR CANADA",
        accent="#d22630",
    ),
)
add(
    "2026-08-11",
    "08:00:42",
    -4,
    ("Air Canada", "notification@aircanada.ca"),
    "Check-in is now open for your flight to Vancouver",
    text="""Check in now for flight AC 1254 on Wednesday, August 12, 2026.

Booking reference: CX4T2B
Toronto (YYZ) 08:00 - Vancouver (YVR) 10:05

Check in online or in the Air Canada app and get your boarding pass on your phone.
""",
    html=text_to_html(
        """Check in now for flight AC 1254 on Wednesday, August 12, 2026.

Booking reference: CX4T2B
Toronto (YYZ) 08:00 - Vancouver (YVR) 10:05""",
        "AIR CANADA",
        accent="#d22630",
    ),
)
VIA = ("VIA Rail Canada", "noreply@viarail.ca")
add(
    "2025-12-12",
    "21:03:55",
    -5,
    VIA,
    "Your VIA Rail booking confirmation / Confirmation de réservation – 4RTW8K",
    text=f"""Booking confirmation | Confirmation de réservation
Booking number: 4RTW8K

Train 61  Toronto Union - Montréal
2025-12-23  08:50 - 14:14   Economy Escape
Passengers: Megan Tremblay, Arjun Mehta

Fare               {en("158.00")}
HST (ON) 13%       {en("20.54")}
Total              {en("178.54")}

Payment: Mastercard ****2290
""",
    html=text_to_html(
        f"""Booking number: 4RTW8K

Train 61: Toronto Union - Montréal, 2025-12-23
Fare: {en("158.00")}
HST (ON) 13%: {en("20.54")}
Total: {en("178.54")}""",
        "VIA Rail Canada",
        accent="#ffc600",
    ),
)
add(
    "2025-12-12",
    "21:09:14",
    -5,
    VIA,
    "Your VIA Rail booking confirmation / Confirmation de réservation – 7JQP2M",
    text=f"""Booking confirmation | Confirmation de réservation
Booking number: 7JQP2M

Train 68  Montréal - Toronto Union
2025-12-28  15:00 - 20:23   Economy Escape
Passengers: Megan Tremblay, Arjun Mehta

Fare                  {en("158.00")}
GST / TPS 5%          {en("7.90")}
QST / TVQ 9.975%      {en("15.76")}
Total                 {en("181.66")}

Payment: Mastercard ****2290
""",
    html=text_to_html(
        f"""Booking number: 7JQP2M

Train 68: Montréal - Toronto Union, 2025-12-28
Fare: {en("158.00")}
GST / TPS 5%: {en("7.90")}
QST / TVQ 9.975%: {en("15.76")}
Total: {en("181.66")}""",
        "VIA Rail Canada",
        accent="#ffc600",
    ),
)
hotel_net = D("219.00") * 2
h_tps, h_tvq, h_lodg = tax(hotel_net, "0.05"), tax(hotel_net, "0.09975"), tax(hotel_net, "0.035")
add(
    "2025-12-28",
    "11:42:18",
    -5,
    ("Hôtel Le Germain Montréal", "reservations@germainhotels.com"),
    "Votre facture – Hôtel Le Germain Montréal",
    text=f"""Hôtel Le Germain Montréal
2050, rue Mansfield, Montréal (Québec) H3A 1Y9

Facture no 558213
Client : Megan Tremblay
Arrivée : 26-12-2025   Départ : 28-12-2025   Chambre 712

2 nuitées x {fr(219)}           {fr(hotel_net)}
Taxe sur l'hébergement (3,5 %)  {fr(h_lodg)}
TPS (5 %)                       {fr(h_tps)}
TVQ (9,975 %)                   {fr(h_tvq)}
Total                           {fr(hotel_net + h_lodg + h_tps + h_tvq)}
Payé - Mastercard ****2290

Merci de votre séjour et au plaisir de vous accueillir à nouveau!
TPS : 84372 1190 RT0001  TVQ : 1219884411 TQ0001
""",
    html=text_to_html(
        f"""Facture no 558213
Client : Megan Tremblay
Arrivée : 26-12-2025
Départ : 28-12-2025

Total : {fr(hotel_net + h_lodg + h_tps + h_tvq)}

Merci de votre séjour!""",
        "Hôtel Le Germain Montréal",
        accent="#3b3b3b",
    ),
    text_cte="quoted-printable",
)
add(
    "2026-05-30",
    "16:20:51",
    0,
    ("Airbnb", "automated@airbnb.com"),
    "Reservation confirmed for Prince Edward County",
    text="""Pack your bags! You're going to Picton.

Reservation code: HMK4Q2PX98
Cozy farmhouse near Sandbanks - hosted by Linda
Check-in: Fri, Jul 24, 2026 4:00 PM
Checkout: Sun, Jul 26, 2026 11:00 AM
Guests: 4 adults

Payment details
$245.00 x 2 nights    $490.00
Cleaning fee          $95.00
Airbnb service fee    $82.60
Taxes                 $86.79
Total (CAD)           $754.39

Paid with Visa ••••4417
""",
    html=text_to_html(
        """Reservation code: HMK4Q2PX98
Check-in: Fri, Jul 24, 2026 4:00 PM
Checkout: Sun, Jul 26, 2026 11:00 AM
Total (CAD): $754.39""",
        "airbnb",
        accent="#ff385c",
    ),
)
neg("Air Canada", "VIA Rail", "VIA Rail Canada", "Hôtel Le Germain Montréal", "Le Germain", "Airbnb")

# Banks and credit cards
TANG = ("Tangerine", "alerts@tangerine.ca")
add(
    "2026-02-09",
    "07:15:02",
    -5,
    TANG,
    "Tangerine Alert: Low balance",
    text="""Hello Megan,

The balance in your Tangerine Chequing Account ****0913 fell below your alert threshold of $500.00.

Current balance: $412.77

This is an automated alert. To change your alerts, sign in to Tangerine and go to Settings > Alerts.
""",
    text_cte="7bit",
)
add(
    "2026-09-28",
    "06:02:40",
    -4,
    TANG,
    "Tangerine Alert: Pre-authorized debit",
    labels=["Canada Student Loans"],
    text="""Hello Megan,

A pre-authorized debit has been withdrawn from your Tangerine Chequing Account ****0913.

Amount: $287.43
Description: NSLSC/CSNPE
Date: 2026-09-28

If you don't recognize this transaction, please call us at 1-888-826-4374.
""",
    text_cte="7bit",
)
TD = ("TD Canada Trust", "tdcanadatrust@td.com")
for w in ["2026-01-24", "2026-06-24"]:
    add(
        w,
        "05:44:10",
        toronto_offset(d(w)),
        TD,
        "Your TD Aeroplan Visa Infinite eStatement is available",
        text=f"""Your eStatement is ready.

Your TD Aeroplan Visa Infinite Card ending in 8801 statement dated {long_en(d(w))} is now available in EasyWeb and the TD app.

Minimum payment and due date are shown on your statement. Set up TD Alerts to stay on top of your account.

TD Canada Trust
""",
        html=text_to_html(
            f"""Your eStatement is ready.

Your TD Aeroplan Visa Infinite Card ending in 8801 statement dated {long_en(d(w))} is now available in EasyWeb and the TD app.""",
            "TD",
            accent="#008a00",
        ),
    )
add(
    "2026-08-19",
    "10:30:00",
    -4,
    TD,
    "Earn up to 50,000 Aeroplan points",
    text="""Megan, upgrade to the TD Aeroplan Visa Infinite Privilege Card.

Earn up to 50,000 Aeroplan points. Annual fee: $599. Additional cardholders: $199 each.
Conditions apply. Offer ends October 31, 2026.
""",
    html=text_to_html(
        """Megan, upgrade to the TD Aeroplan Visa Infinite Privilege Card.

Earn up to 50,000 Aeroplan points. Annual fee: $599. Additional cardholders: $199 each.""",
        "TD",
        accent="#008a00",
    ),
)
neg("Tangerine", "TD Canada Trust", "TD Aeroplan Visa Infinite Privilege")

# Tax and income
add(
    "2026-03-26",
    "09:00:00",
    -4,
    ("Canada Revenue Agency", "notification@cra-arc.gc.ca"),
    "You have new mail in My Account / Vous avez du nouveau courrier dans Mon dossier",
    text="""Canada Revenue Agency / Agence du revenu du Canada

You have new mail from the CRA in My Account: Notice of assessment, 2025 tax year.

To view it, sign in to My Account at canada.ca/my-cra-account.

The CRA will never ask for payment or personal information by email.

-----

Vous avez du nouveau courrier de l'ARC dans Mon dossier : Avis de cotisation, année d'imposition 2025.
""",
    text_cte="quoted-printable",
)
add(
    "2026-04-02",
    "08:35:12",
    -4,
    ("Wealthsimple", "support@wealthsimple.com"),
    "Your 2025 return was accepted by the CRA",
    text="""Good news, Megan.

Your 2025 tax return was filed with NETFILE and accepted by the CRA.

Estimated refund: $1,284.55
Direct deposit to: Tangerine ****0913 (usually within 2 weeks)

You chose to pay $25.00 for Wealthsimple Tax. Thanks for supporting free, accurate tax filing.
""",
    html=text_to_html(
        """Good news, Megan.

Your 2025 tax return was filed with NETFILE and accepted by the CRA.

Estimated refund: $1,284.55
You chose to pay $25.00 for Wealthsimple Tax.""",
        "Wealthsimple",
        accent="#32302f",
    ),
)
add(
    "2026-07-31",
    "03:00:00",
    -4,
    ("Dayforce", "noreply@dayforce.com"),
    "Your pay statement is available",
    text="""Hi Megan,

A new pay statement is available for pay date July 31, 2026.

Employer: Brightline Health Analytics Inc.
Net pay: $2,941.18

Sign in to Dayforce to view it.
""",
    text_cte="7bit",
)
neg(
    "Canada Revenue Agency",
    "CRA",
    "Wealthsimple",
    "Wealthsimple Tax",
    "Dayforce",
    "Brightline Health Analytics",
)

# Money between people
INTERAC = ("INTERAC e-Transfer", "notify@payments.interac.ca")
add(
    "2026-06-04",
    "12:10:22",
    -4,
    INTERAC,
    "INTERAC e-Transfer: Jess Park sent you money.",
    text="""Hi MEGAN TREMBLAY,

JESS PARK sent you $188.60 (CAD).

Message: cottage airbnb my share!! see you in picton

This money has been automatically deposited into your bank account at Tangerine.

Reference Number: CA1MRb8Kx2Qz
""",
    text_cte="7bit",
)
add(
    "2026-01-18",
    "15:02:48",
    -5,
    INTERAC,
    "INTERAC e-Transfer: Your money transfer to HELENE TREMBLAY was deposited",
    text="""Hi MEGAN TREMBLAY,

The money transfer you sent to HELENE TREMBLAY for the amount of $250.00 (CAD) was successfully deposited.

Message: Pour le chalet, merci maman xx

Reference Number: CA1MQ7v0pLwK
""",
    text_cte="7bit",
)
add(
    "2025-12-01",
    "20:47:12",
    -5,
    ("Hélène Tremblay", "helene.tremblay58@videotron.ca"),
    "Noël à Montréal",
    text="""Allô ma belle,

C'est confirmé pour Noël, on vous attend le 23. Ton père est bien content qu'Arjun vienne cette année.

Pour le chalet au Mont-Tremblant en février, la location est 1 000 $ pour la semaine, on le divise en quatre (toi, ton frère, nous deux et ta tante), ça fait 250 $ chacun. Pas pressé, tu me l'envoies quand tu veux.

As-tu annulé ton Nautilus? Ils vont continuer à te charger si tu les appelles pas.

Bisous,
Maman
""",
    text_cte="quoted-printable",
    charset="iso-8859-1",
    header_charset="iso-8859-1",
)
add(
    "2026-05-28",
    "22:31:06",
    -4,
    ("Jess Park", "jesspark.to@gmail.com"),
    "Re: PEC cottage weekend",
    to=MEGAN,
    text="""ok booked it! $754.39 all in, so $188.60 each for 4. I'll send the link. can someone bring a speaker

> On May 28, 2026, at 9:02 PM, Megan Tremblay <megan@tremblaymehta.ca> wrote:
>
> the farmhouse near sandbanks looks perfect, $245/night. go for it
""",
    text_cte="7bit",
)
neg("Jess Park", "Hélène Tremblay", "INTERAC e-Transfer", "Interac")

# Donations
add(
    "2025-12-19",
    "14:14:40",
    -5,
    ("CanadaHelps", "receipts@canadahelps.org"),
    "Your official donation receipt for income tax purposes",
    text="""Thank you for your donation, Megan!

Official Donation Receipt for Income Tax Purposes
Receipt #: 2025-1219-58823301
Charity: The Stop Community Food Centre (BN 11925 7341 RR0001)
Donation date: December 19, 2025
Amount: $100.00
Eligible amount of gift for tax purposes: $100.00

CanadaHelps | canadahelps.org
""",
    html=text_to_html(
        """Thank you for your donation, Megan!

Receipt #: 2025-1219-58823301
Charity: The Stop Community Food Centre
Donation date: December 19, 2025
Amount: $100.00""",
        "CanadaHelps",
        accent="#e5512d",
    ),
)
for w in ["2026-02-15", "2026-08-15"]:
    add(
        w,
        "09:12:00",
        toronto_offset(d(w)),
        ("Daily Bread Food Bank", "donations@dailybread.ca"),
        "Thank you for your monthly gift",
        text=f"""Dear Megan,

Thank you for your monthly gift of $25.00 on {long_en(d(w))}. As a monthly donor, you're helping provide healthy food to neighbours across Toronto every single month.

You'll receive one consolidated tax receipt for all of your 2026 gifts in February 2027.

With gratitude,
Daily Bread Food Bank | Charitable registration # 11880 0721 RR0001
""",
        html=text_to_html(
            f"""Dear Megan,

Thank you for your monthly gift of $25.00 on {long_en(d(w))}.

With gratitude,
Daily Bread Food Bank""",
            "Daily Bread Food Bank",
            accent="#e87722",
        ),
    )
neg("CanadaHelps", "The Stop Community Food Centre", "Daily Bread Food Bank")

# Marketing for plans not subscribed
add(
    "2026-01-28",
    "11:00:00",
    -5,
    ("The Globe and Mail", "newsletters@globeandmail.com"),
    "Megan, get unlimited access for $1.99/week",
    text="""Read The Globe and Mail for just $1.99 a week for 24 weeks.

Unlimited digital access to award-winning journalism, the Globe2Go ePaper and subscriber-only newsletters.
After 24 weeks, your subscription renews at the regular rate of $6.99/week. Cancel anytime.

Subscribe now: theglobeandmail.com/subscribe
""",
    html=text_to_html(
        """Read The Globe and Mail for just $1.99 a week for 24 weeks.

After 24 weeks, your subscription renews at the regular rate of $6.99/week. Cancel anytime.""",
        "The Globe and Mail",
        accent="#000000",
    ),
)
add(
    "2026-09-10",
    "11:00:00",
    -4,
    ("The Globe and Mail", "newsletters@globeandmail.com"),
    "Last chance: 50% off a year of The Globe",
    text="""Our best offer of the year ends Sunday.

Pay $175 for your first year of unlimited digital access (regularly $349.99). Renews annually. Cancel anytime.
""",
    html=text_to_html(
        """Our best offer of the year ends Sunday.

Pay $175 for your first year of unlimited digital access (regularly $349.99).""",
        "The Globe and Mail",
        accent="#000000",
    ),
)
add(
    "2026-03-04",
    "13:30:00",
    -5,
    ("Rogers", "offers@rogers.com"),
    "Megan, Rogers Xfinity Internet is now available at your address",
    text="""Get Rogers Xfinity Internet 1 Gbps for $65/mo with a 2-year term*

Includes the Xfinity Gateway, unlimited usage and Amazon Prime on us for 12 months.

*Plus taxes. Regular price $115/mo after 24 months. Installation fee $50.
""",
    html=text_to_html(
        """Get Rogers Xfinity Internet 1 Gbps for $65/mo with a 2-year term*

*Plus taxes. Regular price $115/mo after 24 months.""",
        "Rogers",
        accent="#da291c",
    ),
)
add(
    "2026-06-22",
    "12:05:00",
    -4,
    ("Bell", "offers@bell.ca"),
    "Switch to Bell Fibe and save",
    text="""Megan, get Fibe 3 Gigabit Internet + Fibe TV for $100/mo for 24 months.

Regular price $160/mo. Plus taxes. Crave included for 12 months.
""",
    html=text_to_html(
        """Megan, get Fibe 3 Gigabit Internet + Fibe TV for $100/mo for 24 months.

Regular price $160/mo. Plus taxes.""",
        "Bell",
        accent="#00549a",
    ),
)
add(
    "2026-10-14",
    "16:00:00",
    0,
    ("Disney+", "disneyplus@mail.disneyplus.com"),
    "Come back to Disney+ for $4.99/month",
    text="""We miss you! For a limited time, get Disney+ Standard with Ads for $4.99/month for 3 months.

After 3 months, $8.99/month. Plus applicable taxes. Offer ends October 28.
""",
    html=text_to_html(
        """We miss you! For a limited time, get Disney+ Standard with Ads for $4.99/month for 3 months.

After 3 months, $8.99/month. Plus applicable taxes.""",
        "Disney+",
        accent="#0e0b3a",
    ),
)
add(
    "2026-05-06",
    "14:45:00",
    -4,
    ("Cineplex", "info@cineplex.com"),
    "Join CineClub: 1 movie a month for $11.99",
    text="""Get one movie ticket every month, 20% off snacks and no online booking fees with CineClub.

Just $11.99/month + tax. Unused credits roll over. Cancel anytime.
Scene+ members earn points on every visit.
""",
    html=text_to_html(
        """Get one movie ticket every month, 20% off snacks and no online booking fees with CineClub.

Just $11.99/month + tax. Cancel anytime.""",
        "Cineplex",
        accent="#003e7e",
    ),
)
add(
    "2026-09-08",
    "17:00:00",
    0,
    SPOTIFY,
    "Bring the whole family to Premium",
    text="""Upgrade to Premium Family: up to 6 Premium accounts for CA$21.99/month + tax.

Parental controls, Spotify Kids and a shared Family Mix. Switch anytime in your account.
""",
    html=text_to_html(
        """Upgrade to Premium Family: up to 6 Premium accounts for CA$21.99/month + tax.""",
        "Spotify",
        accent="#1db954",
    ),
)
add(
    "2026-10-02",
    "18:20:00",
    0,
    NETFLIX,
    "New on Netflix this month",
    text="""New this month on Netflix: Wednesday Season 2, Stranger Things 5, Nobody Wants This and more.

Watch now on netflix.com.
""",
    html=text_to_html(
        """New this month on Netflix: Wednesday Season 2, Stranger Things 5, Nobody Wants This and more.""",
        "NETFLIX",
        accent="#e50914",
    ),
)
add(
    "2026-04-09",
    "07:10:00",
    -4,
    ("Costco Wholesale Canada", "costco@online.costco.ca"),
    "This week's Warehouse Savings",
    html=costco_table(
        "Warehouse Savings: April 9 - May 4",
        "Hi Megan, here are this month's instant savings at your warehouse.",
        [
            ("Kirkland Signature Paper Towels, 12 rolls", "$5.00 OFF"),
            ("Dyson V12 Detect Slim", "$150.00 OFF"),
            ("Costco Auto Program: 2026 Subaru Forester", "Member pricing"),
        ],
        "While quantities last. Limit may apply. Prices in effect at Canadian warehouses.",
    ),
)
neg(
    "The Globe and Mail",
    "Globe2Go",
    "Rogers",
    "Rogers Xfinity",
    "Bell",
    "Bell Fibe",
    "Disney+",
    "Cineplex",
    "CineClub",
    "Spotify Premium Family",
)

# Audible free trial that ended unpaid
AUD = ("Audible.ca", "donotreply@audible.ca")
add(
    "2026-03-01",
    "10:21:43",
    -8,
    AUD,
    "Welcome to Audible! Your free trial has started",
    text="""Hi Megan,

Your 30-day free trial of Audible Premium Plus has started. You'll get 1 credit to use on any title.

After your trial ends on March 31, 2026, your membership will continue at $14.95/month plus applicable taxes unless you cancel.
""",
    html=text_to_html(
        """Hi Megan,

Your 30-day free trial of Audible Premium Plus has started.

After your trial ends on March 31, 2026, your membership will continue at $14.95/month plus applicable taxes unless you cancel.""",
        "audible",
        accent="#f7991c",
    ),
)
add(
    "2026-03-24",
    "10:05:12",
    -7,
    AUD,
    "Your free trial ends in 7 days",
    text="""Hi Megan,

Just a reminder: your Audible Premium Plus free trial ends on March 31, 2026. If you don't cancel, you'll be charged $14.95/month + tax.
""",
    html=text_to_html(
        """Hi Megan,

Just a reminder: your Audible Premium Plus free trial ends on March 31, 2026. If you don't cancel, you'll be charged $14.95/month + tax.""",
        "audible",
        accent="#f7991c",
    ),
)
add(
    "2026-03-27",
    "21:40:09",
    -7,
    AUD,
    "Your membership has been cancelled",
    text="""Hi Megan,

As requested, your Audible Premium Plus free trial has been cancelled. You won't be charged.

You can keep listening to Project Hail Mary, the title you got with your trial credit. It's yours to keep.
""",
    html=text_to_html(
        """Hi Megan,

As requested, your Audible Premium Plus free trial has been cancelled. You won't be charged.""",
        "audible",
        accent="#f7991c",
    ),
)
neg("Audible", "Audible.ca", "Audible Premium Plus")

# Apple one-off purchase and account security mail
add(
    "2026-07-18",
    "05:21:46",
    -7,
    APPLE,
    "Your receipt from Apple.",
    html=html_page(
        '<tr><td style="padding:24px 20px;font-size:28px;color:#333333;">Receipt</td></tr>\n'
        '<tr><td style="padding:0 20px;"><table width="100%" style="font-size:12px;color:#666666;background:#fafafa;">'
        '<tr><td style="padding:6px;">APPLE ACCOUNT<br>megan@tremblaymehta.ca</td><td style="padding:6px;">DATE<br>Jul 18, 2026</td></tr>'
        '<tr><td style="padding:6px;">ORDER ID<br>MT7Q2KD1XW</td><td style="padding:6px;">DOCUMENT NO.<br>288410937715</td></tr></table></td></tr>\n'
        '<tr><td style="padding:16px 20px 0;font-size:14px;font-weight:600;">App Store</td></tr>\n'
        '<tr><td style="padding:0 20px;"><table width="100%">'
        '<tr><td style="padding:10px 0;font-size:14px;"><b>Procreate</b><br><span style="font-size:12px;color:#666666;">Savage Interactive Pty Ltd</span></td>'
        f'<td align="right" style="font-size:14px;">{en("12.99")}</td></tr>'
        f'<tr><td align="right" style="font-size:12px;color:#666666;">Subtotal</td><td align="right" style="font-size:12px;">{en("12.99")}</td></tr>'
        f'<tr><td align="right" style="font-size:12px;color:#666666;">HST</td><td align="right" style="font-size:12px;">{en(tax("12.99", HST))}</td></tr>'
        f'<tr><td align="right" style="font-size:12px;font-weight:600;">TOTAL</td><td align="right" style="font-size:16px;font-weight:600;">{en(D("12.99") + tax("12.99", HST))}</td></tr>'
        "</table></td></tr>",
        title="Your receipt from Apple.",
        bg="#ffffff",
    ),
)
add(
    "2026-09-14",
    "19:02:33",
    -7,
    ("Apple", "appleid@id.apple.com"),
    "Your Apple Account was used to sign in to iCloud via a web browser",
    text="""Dear Megan Tremblay,

Your Apple Account (megan@tremblaymehta.ca) was used to sign in to iCloud via a web browser.

Date and Time: September 14, 2026, 7:01 PM PDT

If the information above looks familiar, you can ignore this message.
""",
    html=text_to_html(
        """Dear Megan Tremblay,

Your Apple Account (megan@tremblaymehta.ca) was used to sign in to iCloud via a web browser.""",
        "Apple Account",
        accent="#000000",
    ),
)
neg("Procreate")

# Password resets and accounts
add(
    "2026-02-11",
    "22:15:40",
    -5,
    ("Ticketmaster", "customer_support@email.ticketmaster.ca"),
    "Reset your Ticketmaster password",
    text="""Hi Megan,

We received a request to reset the password for your Ticketmaster account. Click the link below to choose a new password. This link expires in 60 minutes.

https://www.ticketmaster.ca/member/reset

If you didn't request this, you can ignore this email.
""",
    html=text_to_html(
        """Hi Megan,

We received a request to reset the password for your Ticketmaster account.""",
        "ticketmaster",
        accent="#026cdf",
    ),
)
add(
    "2026-02-11",
    "22:24:02",
    -5,
    ("Ticketmaster", "customer_support@email.ticketmaster.ca"),
    "You Got Tickets to Toronto Maple Leafs vs. Montreal Canadiens",
    text=f"""Order #: 26-44810/TOR

Toronto Maple Leafs vs. Montreal Canadiens
Scotiabank Arena, Toronto, ON
Sat, Mar 14, 2026 @ 7:00 PM

Sec 318, Row 4, Seats 11-12
2 x Standard Admission  {en("289.00")}
Service Fees  {en("64.20")}
Facility Charges  {en("12.00")}
HST  {en("47.48")}
Total  {en("412.68")}

Your tickets are in the Ticketmaster app.
""",
    html=text_to_html(
        f"""Order #: 26-44810/TOR

Toronto Maple Leafs vs. Montreal Canadiens
Total: {en("412.68")}""",
        "ticketmaster",
        accent="#026cdf",
    ),
)
add(
    "2026-06-19",
    "08:14:21",
    -4,
    FIDO,
    "Your Fido verification code",
    text="""Your Fido verification code is 482915. It expires in 10 minutes.

Never share this code with anyone. Fido will never call you and ask for it.
""",
    text_cte="7bit",
)
neg("Ticketmaster", "Toronto Maple Leafs")

# Newsletters and local mail
for w, s in [
    ("2026-01-09", "The best things to do in Toronto this weekend"),
    ("2026-07-03", "15 new patios you need to try this summer"),
]:
    add(
        w,
        "07:30:00",
        toronto_offset(d(w)),
        ("blogTO", "newsletter@blogto.com"),
        s,
        text=f"""blogTO | {s}

Plus: a new ramen spot on Queen West, the TTC service changes you need to know about, and the week's best events.

You're receiving this because you subscribed to the blogTO newsletter. Unsubscribe.
""",
        html=text_to_html(
            f"""{s}

Plus: a new ramen spot on Queen West, the TTC service changes you need to know about.""",
            "blogTO",
            accent="#111111",
        ),
    )
add(
    "2026-04-30",
    "06:00:00",
    -4,
    ("Toronto Life", "newsletters@torontolife.com"),
    "The Informer: Inside Toronto's rental crisis",
    text="""Toronto Life — The Informer

The real cost of renting in Toronto in 2026: we talked to 30 tenants about what they pay.
Plus: the city's best new restaurants.

Subscribe to the print magazine: 10 issues for $29.99.
""",
    html=text_to_html(
        """The real cost of renting in Toronto in 2026: we talked to 30 tenants about what they pay.

Subscribe to the print magazine: 10 issues for $29.99.""",
        "Toronto Life",
        accent="#c8102e",
    ),
)
add(
    "2026-05-12",
    "10:20:00",
    -4,
    ("Toronto Public Library", "noreply@tpl.ca"),
    "Your hold is ready for pickup",
    text="""Hello Megan Tremblay,

The following item is ready for pickup at Dufferin/St. Clair branch:

The Sentence Is Death / Anthony Horowitz
Pickup by: May 19, 2026
""",
    text_cte="7bit",
)
neg("blogTO", "Toronto Life", "Toronto Public Library")

# Shops
add(
    "2026-03-15",
    "14:02:20",
    -4,
    ("Best Buy Canada", "noreply@orders.bestbuy.ca"),
    "Your Best Buy order has been received",
    text=f"""Thanks for your order, Megan!

Order Number: 1008822415
Sony WH-1000XM5 Wireless Noise Cancelling Headphones - Black   {en("399.99")}
Geek Squad Protection 2-Year   {en("59.99")}
Subtotal {en("459.98")}
HST {en("59.80")}
Total {en("519.78")}

Pick up at: Best Buy Toronto Yorkdale
""",
    html=text_to_html(
        f"""Thanks for your order, Megan!

Order Number: 1008822415
Subtotal: {en("459.98")}
HST: {en("59.80")}
Total: {en("519.78")}""",
        "BEST BUY",
        accent="#0046be",
    ),
)
add(
    "2026-08-29",
    "11:31:07",
    -4,
    ("IKEA Canada", "noreply@order.ikea.ca"),
    "Thank you for your order 1388402117",
    text=f"""Hej Megan!

Thank you for shopping at IKEA. Order 1388402117

KALLAX Shelf unit, white, 77x147 cm    {en("99.00")}
BILLY Bookcase, birch effect, 80x28x202 cm    {en("109.00")}
Delivery (truck)    {en("79.00")}
Subtotal    {en("287.00")}
HST 13%    {en("37.31")}
Order total    {en("324.31")}

Delivery date: Saturday, September 5, 2026, 8:00-18:00
""",
    html=text_to_html(
        f"""Hej Megan!

Order 1388402117
Order total: {en("324.31")}""",
        "IKEA",
        accent="#0058a3",
    ),
)
add(
    "2026-11-02",
    "09:00:00",
    -5,
    ("PC Optimum", "noreply@pcoptimum.ca"),
    "Your points summary: 41,250 points",
    text="""Hi Megan,

You have 41,250 PC Optimum points ($41.25 in rewards).
Redeem at Shoppers Drug Mart, Loblaws, No Frills and more.

This week's offers are loaded to your card.
""",
    html=text_to_html(
        """Hi Megan,

You have 41,250 PC Optimum points ($41.25 in rewards).""",
        "PC Optimum",
        accent="#d0021b",
    ),
)
add(
    "2026-10-21",
    "13:12:48",
    -7,
    ("PayPal", "service@paypal.ca"),
    "Receipt for your payment to Vintage Maple Goods",
    text="""Hello Megan Tremblay,

You sent a payment of $64.00 CAD to Vintage Maple Goods (vintagemaplegoods@gmail.com)

Transaction ID: 8KJ44021FT339205W
Transaction date: Oct 21, 2026

Item: Vintage Hudson's Bay point blanket throw (eBay item 296671120048)
Item price: $52.00 CAD
Shipping: $12.00 CAD
Total: $64.00 CAD

Payment sent from: Visa x-4417
""",
    html=text_to_html(
        """Hello Megan Tremblay,

You sent a payment of $64.00 CAD to Vintage Maple Goods.

Transaction ID: 8KJ44021FT339205W
Item price: $52.00 CAD
Shipping: $12.00 CAD
Total: $64.00 CAD""",
        "PayPal",
        accent="#003087",
    ),
)
neg(
    "Best Buy",
    "Best Buy Canada",
    "Geek Squad Protection",
    "IKEA",
    "IKEA Canada",
    "PC Optimum",
    "Shoppers Drug Mart",
    "PayPal",
    "Vintage Maple Goods",
    "eBay",
)

# Google account security
add(
    "2026-04-08",
    "16:40:02",
    -7,
    ("Google", "no-reply@accounts.google.com"),
    "Security alert",
    text="""A new sign-in on Pixel 9

megan@tremblaymehta.ca

We noticed a new sign-in to your Google Account on a Pixel 9 device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity: https://myaccount.google.com/notifications
""",
    html=text_to_html(
        """A new sign-in on Pixel 9

We noticed a new sign-in to your Google Account on a Pixel 9 device.""",
        "Google",
        accent="#4285f4",
    ),
)
neg("Google")

# Arjun about money (not a subscription)
add(
    "2026-11-26",
    "21:02:14",
    -5,
    ARJUN,
    "hydro + gas this month",
    text="""hydro is 85 and change and enbridge is 131, so i'll etransfer you 108 for my half. also the costco renewal is coming up next week, are we keeping executive? we got 41 bucks back so i guess yes

a
""",
    text_cte="7bit",
    msgid_domain="mail.gmail.com",
)
neg("Arjun Mehta")

# ==============================================================================================
# write everything


def slugify(s: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    out = "".join(c if c.isalnum() else "-" for c in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:40]


def main():
    MESSAGES.sort(key=lambda m: (m["stamp"].astimezone(dt.UTC), m["subject"]))
    names = {t["name"] for t in TRUTH}
    eml_dir = os.path.join(HERE, "eml")
    if os.path.isdir(eml_dir):
        shutil.rmtree(eml_dir)
    os.makedirs(eml_dir)
    mbox_path = os.path.join(HERE, "mailbox.mbox")
    for p in (mbox_path, mbox_path + ".lock"):
        if os.path.exists(p):
            os.remove(p)
    index = []
    box = mailbox.mbox(mbox_path, create=True)
    box.lock()
    try:
        for n, m in enumerate(MESSAGES, 1):
            for lab in m["labels"]:
                assert lab in names, lab
            raw = render(m, n)
            fname = f"{n:03d}-{m['stamp'].strftime('%Y%m%d')}-{m['slug'] or slugify(m['sender'][0])}.eml"
            with open(os.path.join(eml_dir, fname), "wb") as fh:
                fh.write(raw)
            mm = mailbox.mboxMessage(raw)
            mm.set_from(m["sender"][1], m["stamp"].astimezone(dt.UTC).timetuple())
            box.add(mm)
            index.append(
                {"file": fname, "from": m["sender"][0], "subject": m["subject"], "labels": m["labels"]}
            )
        box.flush()
    finally:
        box.unlock()
        box.close()

    def dump(name, obj):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            json.dump(obj, fh, ensure_ascii=False, indent=2)
            fh.write("\n")

    dump("truth.json", TRUTH)
    dump("meta.json", {"today": TODAY, "messages": len(MESSAGES), "hard_negatives": NEG})
    dump("messages.json", index)
    print(
        f"{len(MESSAGES)} messages, {len(TRUTH)} truths, "
        f"{sum(1 for i in index if not i['labels'])} without a label"
    )


if __name__ == "__main__":
    main()
