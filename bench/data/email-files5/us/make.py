#!/usr/bin/env python3
"""Mailbox generator for bench/data/email-files5/us/ (stdlib only, deterministic).

One household in Austin, Texas: Derek Halvorsen (mailbox owner), his wife
Marisol Peña Halvorsen, kids Lucas and Sofia, dog Biscuit.  Mail from
Nov 2025 to Nov 2026, scored as of 2026-11-24.

Run from /work/main:
    .venv/bin/python bench/data/email-files5/us/make.py
Rewrites eml/, mailbox.mbox, truth.json, meta.json, messages.json with the
same bytes every time.
"""

import datetime as dt
import email.utils
import html as htmllib
import json
import mailbox
import random
import re
import shutil
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = "2026-11-24"
RNG = random.Random(512026)
POL = policy.default.clone(linesep="\n")

OWNER = ("Derek Halvorsen", "derek.halvorsen@gmail.com")
WIFE = ("Marisol Peña Halvorsen", "marisol.pena.h@gmail.com")
ADDR1 = "7412 Thistle Ridge Trl"
CITY = "Austin, TX 78749"
TX = Decimal("0.0825")  # Austin combined sales tax rate


# ---------------------------------------------------------------- helpers
def D(x):
    return Decimal(str(x))


def q2(x):
    return D(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def tax(x):
    return q2(D(x) * TX)


def usd(x, sym="$"):
    v = q2(x)
    return f"-{sym}{-v:,.2f}" if v < 0 else f"{sym}{v:,.2f}"


DST = [(dt.date(2025, 3, 9), dt.date(2025, 11, 2)), (dt.date(2026, 3, 8), dt.date(2026, 11, 1))]
ZONES = {"ET": -5, "CT": -6, "MT": -7, "PT": -8}


def at(s, zone):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    if zone == "UTC":
        off = 0
    else:
        off = ZONES[zone]
        if any(a <= d.date() < b for a, b in DST):
            off += 1
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def hexid(n=16):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(RNG.choice("0123456789") for _ in range(n))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(RNG.choice(chars) for _ in range(n))


MSGS = []


def mail(
    when, zone, sender, subject, body, labels=(), slug=None, to=None, cc=None, extra=None, msgid_domain=None
):
    """body: ('alt', text, html, text_cte, html_cte[, charset]) | ('text', text, cte[, cs]) |
    ('html', html, cte[, cs])"""
    name, addr = sender
    MSGS.append(
        dict(
            when=at(when, zone),
            name=name,
            addr=addr,
            subject=subject,
            body=body,
            labels=list(labels),
            slug=slug
            or re.sub(
                r"[^a-z0-9]+",
                "-",
                unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower(),
            ).strip("-"),
            to=to or OWNER,
            cc=cc,
            extra=extra or [],
            domain=msgid_domain or addr.split("@")[1],
        )
    )


def _cte(text, cte):
    if cte == "7bit" and not text.isascii():
        return "quoted-printable"
    return cte


def build(m, idx):
    msg = EmailMessage(policy=POL)
    msg["From"] = Address(display_name=m["name"], addr_spec=m["addr"]) if m["name"] else m["addr"]
    to = m["to"]
    if isinstance(to, list):
        msg["To"] = [Address(display_name=n, addr_spec=a) for n, a in to]
    elif to[0]:
        msg["To"] = Address(display_name=to[0], addr_spec=to[1])
    else:
        msg["To"] = to[1]
    if m["cc"]:
        msg["Cc"] = Address(display_name=m["cc"][0], addr_spec=m["cc"][1])
    msg["Subject"] = m["subject"]
    msg["Date"] = email.utils.format_datetime(m["when"])
    msg["Message-ID"] = m["msgid"]
    msg["MIME-Version"] = "1.0"
    for k, v in m["extra"]:
        msg[k] = v
    b = m["body"]
    kind = b[0]
    if kind == "text":
        cs = b[3] if len(b) > 3 else "utf-8"
        msg.set_content(b[1], charset=cs, cte=_cte(b[1], b[2]))
    elif kind == "html":
        cs = b[3] if len(b) > 3 else "utf-8"
        msg.set_content(b[1], subtype="html", charset=cs, cte=_cte(b[1], b[2]))
    else:
        cs = b[5] if len(b) > 5 else "utf-8"
        msg.set_content(b[1], charset=cs, cte=_cte(b[1], b[3]))
        msg.add_alternative(b[2], subtype="html", charset=cs, cte=_cte(b[2], b[4]))
    n = 0
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            n += 1
            part.set_boundary(f"----=_Part_{idx:03d}_{n}_{m['bnd']}")
    return msg


HENC = {  # sender address -> (charset, B|Q) for encoded-word headers
    "hello@hellofresh.com": ("UTF-8", "B"),
    "crew@morningbrew.com": ("UTF-8", "B"),
    "pta@cedarhollowpta.org": ("UTF-8", "B"),
    "rosa.pena1958@yahoo.com": ("ISO-8859-1", "Q"),
    "marisol.pena.h@gmail.com": ("UTF-8", "Q"),
    "help@lemonade.com": ("utf-8", "Q"),
    "no.reply.alerts@chase.com": ("utf-8", "Q"),
    "spectrum@exchange.spectrum.com": ("UTF-8", "B"),
    "noreply@schoolcafe.com": ("utf-8", "Q"),
}
QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def enc_words(text, cs, mode, first_room):
    """RFC 2047-encode the whole text as encoded words, folded, none longer than 75 chars."""
    words, cur = [], ""
    pre, post = f"=?{cs}?{mode}?", "?="

    def enc(chunk):
        raw = chunk.encode(cs)
        if mode == "B":
            import base64

            return base64.b64encode(raw).decode()
        return "".join("_" if b == 32 else chr(b) if b in QSAFE else f"={b:02X}" for b in raw)

    room = first_room
    for ch in text:
        if len(pre) + len(enc(cur + ch)) + len(post) > min(75, room):
            words.append(pre + enc(cur) + post)
            cur, room = "", 75
        cur += ch
    words.append(pre + enc(cur) + post)
    return "\n ".join(words)


def fix_headers(data, m):
    cs, mode = HENC.get(m["addr"], ("UTF-8", "Q"))
    text = data.decode("ascii")
    head, sep, body = text.partition("\n\n")
    if not m["subject"].isascii():
        new = "Subject: " + enc_words(m["subject"], cs, mode, 75 - len("Subject: "))
        head = re.sub(r"(?m)^Subject: .*(?:\n[ \t].*)*", lambda _: new, head, count=1)
    if m["name"] and not m["name"].isascii():
        new = "From: " + enc_words(m["name"], cs, mode, 75 - len("From: ")) + f" <{m['addr']}>"
        head = re.sub(r"(?m)^From: .*(?:\n[ \t].*)*", lambda _: new, head, count=1)
    return (head + sep + body).encode("ascii")


def strip_html(h):
    h = re.sub(r"(?is)<(style|head).*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</div>|</li>|<ul>|</ul>", "\n", h)
    h = re.sub(r"(?i)<li>", "- ", h)
    h = re.sub(r"(?i)</?(b|strong|span|a|s|i|u)(\s[^>]*)?>", "", h)
    h = re.sub(r"<[^>]+>", " ", h)
    h = htmllib.unescape(h).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in h.splitlines()]
    out, blank = [], False
    for ln in lines:
        if not ln:
            if not blank and out:
                out.append("")
            blank = True
        else:
            out.append(ln)
            blank = False
    return "\n".join(out).strip() + "\n"


# ======================================================================
# TRUTHS (as of 2026-11-24)
# ======================================================================
TRUTH = [
    dict(
        name="Mr. Cooper",
        aliases=["Mr. Cooper mortgage", "Nationstar Mortgage LLC", "mrcooper.com"],
        amount="2731.55",
        currency="USD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-01",
        kind="bill",
    ),
    dict(
        name="City of Austin Utilities",
        aliases=["Austin Energy", "Austin Water", "coautilities.com"],
        amount="234.79",
        currency="USD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-07",
        kind="bill",
    ),
    dict(
        name="GFiber",
        aliases=["Google Fiber", "GFiber 2 Gig", "Google Fiber Internet"],
        amount="100.00",
        currency="USD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-04",
        kind="bill",
    ),
    dict(
        name="Verizon",
        aliases=["Verizon Wireless", "My Verizon", "Verizon Unlimited"],
        amount="193.54",
        currency="USD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-08",
        kind="bill",
    ),
    dict(
        name="Progressive",
        aliases=[
            "Progressive Auto Insurance",
            "Progressive County Mutual Insurance Company",
            "progressive.com",
        ],
        amount="181.17",
        currency="USD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-22",
        kind="bill",
    ),
    dict(
        name="Lemonade Pet",
        aliases=["Lemonade", "Lemonade Pet Insurance", "Lemonade Insurance Company"],
        amount="31.40",
        currency="USD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-09",
        kind="bill",
    ),
    dict(
        name="Toyota Financial Services",
        aliases=["TFS", "Toyota Motor Credit Corporation", "Toyota auto loan"],
        amount="486.22",
        currency="USD",
        cycle="monthly",
        status="inactive",
        next_renewal=None,
        kind="bill",
    ),
    dict(
        name="MOHELA",
        aliases=["MOHELA student loan", "Missouri Higher Education Loan Authority", "Federal Student Aid"],
        amount="312.14",
        currency="USD",
        cycle="monthly",
        status="active",
        next_renewal="2026-11-28",
        kind="bill",
    ),
    dict(
        name="Cobblestone Creek HOA",
        aliases=["Cobblestone Creek Homeowners Association", "HOA dues", "Goodwin & Company"],
        amount="195.00",
        currency="USD",
        cycle="quarterly",
        status="active",
        next_renewal="2027-01-01",
        kind="bill",
    ),
    dict(
        name="Netflix",
        aliases=["Netflix Standard", "Netflix membership"],
        amount="19.99",
        currency="USD",
        cycle="monthly",
        status="active",
        next_renewal="2026-11-27",
        kind="subscription",
    ),
    dict(
        name="Spotify Premium Family",
        aliases=["Spotify", "Spotify USA Inc", "Spotify Premium"],
        amount="19.99",
        currency="USD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-03",
        kind="subscription",
    ),
    dict(
        name="HBO Max",
        aliases=["Max", "HBO Max Standard"],
        amount="18.49",
        currency="USD",
        cycle="monthly",
        status="cancelled",
        next_renewal=None,
        kind="subscription",
    ),
    dict(
        name="YMCA of Austin",
        aliases=["YMCA", "YMCA household membership", "Austin YMCA"],
        amount="104.00",
        currency="USD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-01",
        kind="subscription",
    ),
    dict(
        name="Microsoft 365 Family",
        aliases=["Microsoft 365", "Office 365"],
        amount="140.71",
        currency="USD",
        cycle="yearly",
        status="active",
        next_renewal="2026-12-09",
        kind="subscription",
    ),
    dict(
        name="Costco Executive Membership",
        aliases=["Costco", "Costco membership", "Costco Wholesale"],
        amount="130.00",
        currency="USD",
        cycle="yearly",
        status="active",
        next_renewal="2027-06-01",
        kind="subscription",
    ),
    dict(
        name="Amazon Prime",
        aliases=["Amazon Prime membership", "Prime membership"],
        amount="139.00",
        currency="USD",
        cycle="yearly",
        status="active",
        next_renewal="2027-03-02",
        kind="subscription",
    ),
    dict(
        name="HelloFresh",
        aliases=["HelloFresh meal kit", "Hello Fresh"],
        amount="118.87",
        currency="USD",
        cycle="weekly",
        status="active",
        next_renewal="2026-11-25",
        kind="subscription",
    ),
    dict(
        name="Google One",
        aliases=["Google One 2 TB", "Google One (Google Play)"],
        amount="10.81",
        currency="USD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-06",
        kind="subscription",
    ),
    dict(
        name="iCloud+",
        aliases=["iCloud", "iCloud+ 200 GB", "iCloud storage"],
        amount="3.24",
        currency="USD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-14",
        kind="subscription",
    ),
    dict(
        name="ABCmouse",
        aliases=["ABCmouse.com", "ABCmouse Early Learning Academy", "Age of Learning"],
        amount="14.06",
        currency="USD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-22",
        kind="subscription",
    ),
    dict(
        name="Namecheap",
        aliases=["halvorsenfamily.com", "halvorsenfamily.com domain", "Namecheap domain"],
        amount="18.68",
        currency="USD",
        cycle="yearly",
        status="active",
        next_renewal="2026-12-20",
        kind="subscription",
    ),
]
TNAMES = {t["name"] for t in TRUTH}

HARD_NEGATIVES = [
    "Travis County Tax Office",
    "Travis Central Appraisal District",
    "H-E-B",
    "Chase",
    "Zelle",
    "Venmo",
    "KUT",
    "The Texas Tribune",
    "Morning Brew",
    "DoorDash",
    "Torchy's Tacos",
    "Uber",
    "Uber Eats",
    "Spectrum",
    "Disney+",
    "YouTube TV",
    "GEICO",
    "Paramount+",
    "Alamo Drafthouse",
    "Southwest Airlines",
    "Airbnb",
    "Etsy",
    "Target",
    "The Home Depot",
    "Chewy",
    "TurboTax",
    "USPS Informed Delivery",
    "Austin Regional Clinic",
    "Bright Smiles Family Dentistry",
    "Zillow",
    "Nextdoor",
    "Community Impact",
    "Cedar Hollow Elementary PTA",
    "SchoolCafé",
    "Front Gate Tickets",
    "ACL Festival",
    "Rosa Peña",
    "Erik Halvorsen",
    "Marisol Peña Halvorsen",
    "ACL Music Festival",
    "Home Slice Pizza",
    # one-off items and offers for plans the household does not have
    "F1 The Movie",
    "PokéCoins",
    "Toca Boca World",
    "TurboTax Deluxe",
    "Samsung",
    "LEGO Friends",
    "Rain Bird",
    "DashPass",
    "Uber One",
    "Alamo Season Pass",
    "Target Circle 360",
    "Amazon Music Unlimited",
    "NFL Sunday Ticket",
]

# ======================================================================
# SENDERS / HOUSE STYLES
# ======================================================================

# ---------------------------------------------------------------- Mr. Cooper
MRC = ("Mr. Cooper", "noreply@mrcooper.com")


def mrcooper_payment(when, amount, paid_on, next_on):
    conf = "MC" + digits(9)
    text = f"""Hi Derek,

Thanks for your payment! We've received it and applied it to your loan.

  Loan number:        ******4829
  Payment amount:     {usd(amount)}
  Payment date:       {paid_on}
  Paid from:          AutoPay - Checking ****8830
  Confirmation #:     {conf}

Your next AutoPay draft of {usd(amount)} is scheduled for {next_on}. You don't
need to do anything. To view your statement or change AutoPay, sign in to
mrcooper.com or the Mr. Cooper app.

Thank you for being a Mr. Cooper customer.

Mr. Cooper
P.O. Box 619098, Dallas, TX 75261-9741
Mr. Cooper is a brand name for Nationstar Mortgage LLC. NMLS #2119.
This communication is from a debt collector attempting to collect a debt;
any information obtained will be used for that purpose.
"""
    html = f"""<html><body style="margin:0;background:#f4f6f8;font-family:Helvetica,Arial,sans-serif">
<div style="max-width:600px;margin:0 auto;background:#ffffff">
<div style="background:#00263e;padding:18px 24px;color:#fff;font-size:22px;font-weight:bold">Mr. Cooper</div>
<div style="padding:24px;color:#1c2b39;font-size:15px;line-height:22px">
<p>Hi Derek,</p>
<p><strong>Thanks for your payment!</strong> We've received it and applied it to your loan.</p>
<div style="border:1px solid #d9e1e8;border-radius:6px;padding:16px">
<p style="margin:0 0 8px">Loan number<br><strong>******4829</strong></p>
<p style="margin:0 0 8px">Payment amount<br><strong>{usd(amount)}</strong></p>
<p style="margin:0 0 8px">Payment date<br><strong>{paid_on}</strong></p>
<p style="margin:0 0 8px">Paid from<br><strong>AutoPay - Checking ****8830</strong></p>
<p style="margin:0">Confirmation #<br><strong>{conf}</strong></p>
</div>
<p>Your next AutoPay draft of {usd(amount)} is scheduled for <strong>{next_on}</strong>. You don't need to do anything.</p>
<p style="font-size:12px;color:#5b6b7a">Mr. Cooper, P.O. Box 619098, Dallas, TX 75261-9741. Mr. Cooper is a brand name for
Nationstar Mortgage LLC. NMLS #2119. This communication is from a debt collector attempting to collect a debt;
any information obtained will be used for that purpose.</p>
</div></div></body></html>"""
    mail(
        when,
        "CT",
        MRC,
        "We received your payment",
        ("alt", text, html, "quoted-printable", "quoted-printable"),
        ["Mr. Cooper"],
    )


def mrcooper_escrow(when):
    text = """Hi Derek,

Your annual escrow analysis is ready to view in your account.

Each year we review your escrow account to make sure there's enough to pay
your property taxes and homeowners insurance. Your 2025 Travis County taxes
and your homeowners insurance premium went up, so your monthly payment is
changing.

                               Current        New
  Principal & interest     $1,912.40     $1,912.40
  Escrow                     $771.79       $819.15
  ---------------------------------------------------
  Total monthly payment    $2,684.19     $2,731.55

Your new payment of $2,731.55 starts with your 02/01/2026 payment. If you're
enrolled in AutoPay, we'll update your draft amount automatically. Your
escrow shortage of $0.00 does not need to be paid.

View your escrow analysis: https://www.mrcooper.com/account/escrow

Mr. Cooper
Mr. Cooper is a brand name for Nationstar Mortgage LLC. NMLS #2119.
"""
    html = """<html><body style="margin:0;background:#f4f6f8;font-family:Helvetica,Arial,sans-serif">
<div style="max-width:600px;margin:0 auto;background:#ffffff">
<div style="background:#00263e;padding:18px 24px;color:#fff;font-size:22px;font-weight:bold">Mr. Cooper</div>
<div style="padding:24px;color:#1c2b39;font-size:15px;line-height:22px">
<p>Hi Derek,</p><p>Your annual escrow analysis is ready to view in your account.</p>
<p>Each year we review your escrow account to make sure there's enough to pay your property taxes and homeowners
insurance. Your 2025 Travis County taxes and your homeowners insurance premium went up, so your monthly payment is changing.</p>
<table cellpadding="6" style="border-collapse:collapse;width:100%;font-size:14px">
<tr style="background:#eef2f5"><th align="left"></th><th align="right">Current</th><th align="right">New</th></tr>
<tr><td>Principal &amp; interest</td><td align="right">$1,912.40</td><td align="right">$1,912.40</td></tr>
<tr><td>Escrow</td><td align="right">$771.79</td><td align="right">$819.15</td></tr>
<tr style="border-top:1px solid #ccc"><td><strong>Total monthly payment</strong></td><td align="right">$2,684.19</td>
<td align="right"><strong>$2,731.55</strong></td></tr></table>
<p>Your new payment of <strong>$2,731.55</strong> starts with your <strong>02/01/2026</strong> payment. If you're enrolled in
AutoPay, we'll update your draft amount automatically. Your escrow shortage of $0.00 does not need to be paid.</p>
<p style="font-size:12px;color:#5b6b7a">Mr. Cooper is a brand name for Nationstar Mortgage LLC. NMLS #2119.</p>
</div></div></body></html>"""
    mail(
        when,
        "CT",
        MRC,
        "Your escrow analysis is ready",
        ("alt", text, html, "quoted-printable", "quoted-printable"),
        ["Mr. Cooper"],
    )


# ---------------------------------------------------------------- City of Austin Utilities (HTML only)
COA = ("City of Austin Utilities", "ebill@coautilities.com")
COA_FIXED = [
    ("Austin Resource Recovery - 64 gal cart", D("27.55")),
    ("Clean Community Fee", D("14.40")),
    ("Drainage Charge", D("13.62")),
    ("Transportation User Fee", D("17.64")),
]


def coa_bill(when, bill_date, due_date, period, kwh, elec, water, gal, ww, prev):
    lines = [
        ("Austin Energy - Electric Service (%s kWh)" % f"{kwh:,}", D(elec)),
        ("Austin Water - Water Service (%s gal)" % f"{gal:,}", D(water)),
        ("Austin Water - Wastewater Service", D(ww)),
    ] + COA_FIXED
    total = sum(v for _, v in lines)
    rows = "\n".join(
        f'<tr><td style="padding:4px 8px;border-bottom:1px solid #e3e3e3">{k}</td>'
        f'<td align="right" style="padding:4px 8px;border-bottom:1px solid #e3e3e3">{v:,.2f}</td></tr>'
        for k, v in lines
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Utility Bill</title></head>
<body style="margin:0;padding:0;background:#eaeaea">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eaeaea"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<tr><td bgcolor="#0b4f6c" style="padding:14px 20px;color:#ffffff;font-size:18px"><b>City of Austin Utilities</b><br>
<span style="font-size:12px">Austin Energy &middot; Austin Water &middot; Austin Resource Recovery &middot; Watershed Protection</span></td></tr>
<tr><td style="padding:18px 20px">DEREK HALVORSEN<br>Your utility bill is now available at coautilities.com.</td></tr>
<tr><td style="padding:0 20px">
<table width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#bbbbbb">
<tr bgcolor="#f2f2f2"><td><b>Account Number</b></td><td><b>Bill Date</b></td><td><b>Amount Due</b></td><td><b>Due Date</b></td></tr>
<tr><td>8842 1076 53</td><td>{bill_date}</td><td><b>${total:,.2f}</b></td><td>{due_date}</td></tr>
</table></td></tr>
<tr><td style="padding:16px 20px 4px"><b>Service Address:</b> {ADDR1.upper()}<br><b>Service Period:</b> {period}</td></tr>
<tr><td style="padding:8px 20px">
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:4px 8px">Previous Balance</td><td align="right" style="padding:4px 8px">{D(prev):,.2f}</td></tr>
<tr><td style="padding:4px 8px">Payment Received - Thank You</td><td align="right" style="padding:4px 8px">-{D(prev):,.2f}</td></tr>
<tr><td colspan="2" style="padding:10px 8px 4px"><b>Current Charges</b></td></tr>
{rows}
<tr><td style="padding:8px"><b>Total Amount Due</b></td><td align="right" style="padding:8px"><b>${total:,.2f}</b></td></tr>
</table></td></tr>
<tr><td style="padding:12px 20px;background:#fff8e1">You are enrolled in AutoPay. The Total Amount Due of ${total:,.2f}
will be drafted from your bank account on {due_date}. Please do not send a payment.</td></tr>
<tr><td style="padding:14px 20px;font-size:11px;color:#666">Questions? Call Utility Customer Service at 512-494-9400,
Monday-Friday 7am-7pm. This is an automated message; replies to this address are not monitored.</td></tr>
</table></td></tr></table></body></html>"""
    mail(
        when,
        "CT",
        COA,
        "Your City of Austin Utilities bill is ready",
        ("html", html, "base64"),
        ["City of Austin Utilities"],
    )
    return total


# ---------------------------------------------------------------- GFiber
GF = ("GFiber", "noreply-billing@fiber.google.com")


def gf_html(title, inner):
    return f"""<html><body style="margin:0;background:#ffffff;font-family:Roboto,Arial,sans-serif;color:#202124">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="560" cellpadding="0" cellspacing="0">
<tr><td style="padding:28px 0 8px;font-size:20px;color:#1a73e8">GFiber</td></tr>
<tr><td style="font-size:24px;padding-bottom:16px">{title}</td></tr>
<tr><td style="font-size:14px;line-height:22px">{inner}</td></tr>
<tr><td style="padding-top:28px;font-size:11px;color:#5f6368">GFiber, 1600 Amphitheatre Parkway, Mountain View, CA 94043.
You received this mandatory email service announcement to update you about important changes to your GFiber account.</td></tr>
</table></td></tr></table></body></html>"""


def gf_bill(when, month, period, items, charge_on):
    total = sum(D(v) for _, v in items)
    trs = "".join(
        f"<tr><td style='padding:6px 0'>{k}</td><td align='right'>{usd(v)}</td></tr>" for k, v in items
    )
    inner = f"""Hi Derek, your {month} statement for account 5100-2274-9031 is ready.
<table width="100%" cellpadding="0" cellspacing="0" style="margin:16px 0;border-top:1px solid #dadce0;border-bottom:1px solid #dadce0">
<tr><td style="padding:6px 0;color:#5f6368">Service period</td><td align="right">{period}</td></tr>{trs}
<tr><td style="padding:8px 0"><b>Total due</b></td><td align="right"><b>{usd(total)}</b></td></tr></table>
Autopay is on. We'll charge <b>{usd(total)}</b> to your Visa •••• 4417 on <b>{charge_on}</b>.<br><br>
<a href="https://fiber.google.com/account/billing" style="color:#1a73e8">View statement</a>"""
    text = (
        f"""GFiber

Your {month} statement is ready

Hi Derek, your {month} statement for account 5100-2274-9031 is ready.

Service period: {period}
"""
        + "".join(f"{k}: {usd(v)}\n" for k, v in items)
        + f"""Total due: {usd(total)}

Autopay is on. We'll charge {usd(total)} to your Visa ending in 4417 on {charge_on}.

View statement: https://fiber.google.com/account/billing

GFiber, 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""
    )
    mail(
        when,
        "PT",
        GF,
        f"Your GFiber statement for {month} is ready",
        ("alt", text, gf_html(f"Your {month} statement is ready", inner), "quoted-printable", "base64"),
        ["GFiber"],
    )


def gf_upgrade(when):
    inner = """Hi Derek,<br><br>Your plan change is complete. Welcome to <b>2 Gig</b>!<br><br>
<table width="100%" cellpadding="0" cellspacing="0" style="margin:8px 0 16px;background:#f8f9fa">
<tr><td style="padding:10px">Previous plan</td><td align="right" style="padding:10px">1 Gig &middot; $70/mo</td></tr>
<tr><td style="padding:10px">New plan</td><td align="right" style="padding:10px"><b>2 Gig &middot; $100/mo</b></td></tr>
<tr><td style="padding:10px">Effective</td><td align="right" style="padding:10px">June 18, 2026</td></tr></table>
Your next statement will include a prorated adjustment for the rest of this billing period. After that, you'll pay
$100 a month, plus any applicable taxes and fees. No contracts, no data caps.<br><br>
To get the most out of 2 Gig, make sure your devices support Wi-Fi 6 or connect over Ethernet."""
    text = """Hi Derek,

Your plan change is complete. Welcome to 2 Gig!

Previous plan: 1 Gig - $70/mo
New plan:      2 Gig - $100/mo
Effective:     June 18, 2026

Your next statement will include a prorated adjustment for the rest of this
billing period. After that, you'll pay $100 a month, plus any applicable
taxes and fees. No contracts, no data caps.

GFiber, 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""
    mail(
        when,
        "PT",
        GF,
        "You're all set: your plan is now 2 Gig",
        ("alt", text, gf_html("You're on 2 Gig", inner), "7bit", "base64"),
        ["GFiber"],
    )


# ---------------------------------------------------------------- Verizon
VZ = ("Verizon", "VZWMail@ecrmemail.verizonwireless.com")


def vz_wrap(inner):
    return f"""<html><body style="margin:0;background:#ffffff;font-family:'Verizon NHG DS',Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="color:#000000">
<tr><td style="padding:20px 24px;border-bottom:4px solid #ee0000;font-size:24px;font-weight:bold">verizon<span style="color:#ee0000">&#10003;</span></td></tr>
<tr><td style="padding:24px;font-size:16px;line-height:24px">{inner}</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#747676;border-top:1px solid #d8dada">
Verizon Wireless, One Verizon Way, Basking Ridge, NJ 07920. This email was sent to derek.halvorsen@gmail.com
as a service message about your account ending in 0831-00001.</td></tr></table></td></tr></table></body></html>"""


def vz_bill(when, bill_dt, amount, autopay_dt):
    inner = f"""<b style="font-size:28px;line-height:34px">Your bill is ready.</b><br><br>
Hi Derek, your bill for {bill_dt} is now available in My Verizon.<br><br>
<table cellpadding="0" cellspacing="0" width="100%" style="background:#f6f6f6">
<tr><td style="padding:16px">Total due<br><b style="font-size:32px">{usd(amount)}</b></td>
<td style="padding:16px" valign="top">AutoPay scheduled<br><b>{autopay_dt}</b></td></tr></table><br>
Your AutoPay payment of {usd(amount)} will be deducted on {autopay_dt}. Nothing else to do.<br><br>
<a href="https://www.verizon.com/digital/nsa/secure/ui/bill/viewbill/" style="color:#000;font-weight:bold">View bill</a>"""
    text = f"""Your bill is ready.

Hi Derek, your bill for {bill_dt} is now available in My Verizon.

Total due: {usd(amount)}
AutoPay scheduled: {autopay_dt}

Your AutoPay payment of {usd(amount)} will be deducted on {autopay_dt}.
Nothing else to do.

View bill: https://www.verizon.com/digital/nsa/secure/ui/bill/viewbill/

Verizon Wireless, One Verizon Way, Basking Ridge, NJ 07920
"""
    mail(
        when,
        "ET",
        VZ,
        "Your Verizon bill is ready",
        ("alt", text, vz_wrap(inner), "quoted-printable", "quoted-printable"),
        ["Verizon"],
    )


def vz_failed(when):
    inner = """<b style="font-size:28px;line-height:34px">We couldn't process your AutoPay payment.</b><br><br>
Hi Derek, we tried to charge your Visa ending in 4417 for your AutoPay payment of <b>$189.12</b> on 02/08/2026,
but the payment was declined.<br><br>
To avoid a late fee and keep your service uninterrupted, please make a payment or update your payment method by
02/12/2026.<br><br><a href="https://www.verizon.com/digital/nsa/secure/ui/payment/" style="color:#000;font-weight:bold">Pay now</a>"""
    text = """We couldn't process your AutoPay payment.

Hi Derek, we tried to charge your Visa ending in 4417 for your AutoPay
payment of $189.12 on 02/08/2026, but the payment was declined.

To avoid a late fee and keep your service uninterrupted, please make a
payment or update your payment method by 02/12/2026.

Pay now: https://www.verizon.com/digital/nsa/secure/ui/payment/
"""
    mail(
        when,
        "ET",
        VZ,
        "Action needed: your AutoPay payment didn't go through",
        ("alt", text, vz_wrap(inner), "quoted-printable", "quoted-printable"),
        ["Verizon"],
    )


def vz_paid(when):
    inner = """<b style="font-size:28px;line-height:34px">Thanks for your payment.</b><br><br>
We received your payment of <b>$189.12</b> on 02/10/2026.<br><br>
<table cellpadding="6" cellspacing="0"><tr><td>Payment method</td><td>Visa ending in 2290</td></tr>
<tr><td>Confirmation number</td><td>7730 1182 4406</td></tr><tr><td>Balance</td><td>$0.00</td></tr></table><br>
We've also updated your AutoPay to use Visa ending in 2290 going forward."""
    text = """Thanks for your payment.

We received your payment of $189.12 on 02/10/2026.

Payment method: Visa ending in 2290
Confirmation number: 7730 1182 4406
Balance: $0.00

We've also updated your AutoPay to use Visa ending in 2290 going forward.
"""
    mail(
        when,
        "ET",
        VZ,
        "Thanks for your payment",
        ("alt", text, vz_wrap(inner), "quoted-printable", "quoted-printable"),
        ["Verizon"],
    )


def vz_promo(when):
    inner = """<b style="font-size:28px;line-height:34px">iPhone 17 Pro. On us.</b><br><br>
Get iPhone 17 Pro on us when you trade in any iPhone, any condition, with Unlimited Ultimate
($90/mo per line with Auto Pay, plus taxes &amp; fees). $1,099.99 device payment purchase credited over 36 months.<br><br>
Add a line for as low as $30/mo. Offer ends 9/30.<br><br>
<a href="https://www.verizon.com/smartphones/apple/" style="color:#000;font-weight:bold">Shop now</a>"""
    mail(
        when,
        "ET",
        ("Verizon", "verizon@email.vzwshop.com"),
        "Derek, iPhone 17 Pro is here. Get it on us.",
        ("alt", strip_html(inner), vz_wrap(inner), "7bit", "quoted-printable"),
        [],
    )


# ---------------------------------------------------------------- Progressive
PROG = ("Progressive", "Progressive@email.progressive.com")


def prog_html(inner):
    return f"""<html><body style="margin:0;background:#f0f0f0;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#0077b3;color:#ffffff;font-size:26px;font-weight:bold;padding:16px 24px;letter-spacing:1px">PROGRESSIVE</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;color:#333">{inner}</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#777">Progressive County Mutual Insurance Company.
Policy number: 947163820. Please do not reply to this email.</td></tr></table></td></tr></table></body></html>"""


def prog_payment(when, amount, on, next_line):
    text = f"""PROGRESSIVE

Payment confirmation

Derek Halvorsen, we received your payment. Thanks!

Policy number:    947163820
Payment amount:   {usd(amount)}
Payment date:     {on}
Payment method:   Automatic EFT - checking account ending in 8830
{next_line}
Questions? Log in at progressive.com or call 1-800-776-4737.

Progressive County Mutual Insurance Company
"""
    inner = (
        f"<b style='font-size:20px'>Payment confirmation</b><br><br>Derek Halvorsen, we received your payment. Thanks!<br><br>"
        f"<table cellpadding='4'><tr><td>Policy number</td><td>947163820</td></tr>"
        f"<tr><td>Payment amount</td><td><b>{usd(amount)}</b></td></tr><tr><td>Payment date</td><td>{on}</td></tr>"
        f"<tr><td>Payment method</td><td>Automatic EFT - checking account ending in 8830</td></tr></table><br>"
        f"{next_line.strip()}"
    )
    mail(
        when,
        "ET",
        PROG,
        "Payment confirmation for policy 947163820",
        ("alt", text, prog_html(inner), "7bit", "quoted-printable"),
        ["Progressive"],
    )


def prog_renewal(when, start, end, premium, inst, old_inst, reason):
    text = f"""Your auto policy is renewing soon

Hi Derek,

Your Progressive auto policy 947163820 will renew on {start}. Here's what
you need to know about your renewal:

Policy period:            {start} - {end}
Vehicles:                 2021 Toyota Highlander XLE, 2018 Honda Civic EX
Total 6-month premium:    {usd(premium)}
Payment plan:             Monthly - automatic EFT
Monthly installment:      {usd(inst)} (was {usd(old_inst)})
First payment:            {start}

{reason[0]}
{reason[1]} You don't need to do anything: your
policy will renew automatically and we'll withdraw each installment on the
22nd of the month.

Review your renewal documents at progressive.com.

Progressive County Mutual Insurance Company
"""
    inner = (
        f"<b style='font-size:20px'>Your auto policy is renewing soon</b><br><br>Hi Derek,<br><br>"
        f"Your Progressive auto policy 947163820 will renew on <b>{start}</b>.<br><br>"
        f"<table cellpadding='5' style='border-collapse:collapse;border:1px solid #ddd;width:100%'>"
        f"<tr><td>Policy period</td><td>{start} - {end}</td></tr>"
        f"<tr><td>Vehicles</td><td>2021 Toyota Highlander XLE, 2018 Honda Civic EX</td></tr>"
        f"<tr><td>Total 6-month premium</td><td>{usd(premium)}</td></tr>"
        f"<tr><td>Payment plan</td><td>Monthly - automatic EFT</td></tr>"
        f"<tr><td>Monthly installment</td><td><b>{usd(inst)}</b> (was {usd(old_inst)})</td></tr>"
        f"<tr><td>First payment</td><td>{start}</td></tr></table><br>"
        f"{reason[0]} {reason[1]} "
        "You don't need to do anything: your policy will renew automatically and we'll withdraw each installment on the 22nd of the month."
    )
    mail(
        when,
        "ET",
        PROG,
        "Your Progressive auto policy renewal",
        ("alt", text, prog_html(inner), "7bit", "quoted-printable"),
        ["Progressive"],
    )


# ---------------------------------------------------------------- Lemonade
LEM = ("Lemonade", "help@lemonade.com")


def lem_html(inner):
    return f"""<html><body style="margin:0;background:#ffffff;font-family:'Helvetica Neue',Arial,sans-serif;color:#4a4a4a">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="520" cellpadding="0" cellspacing="0">
<tr><td style="padding:30px 0;font-size:30px;color:#ff0083;font-weight:bold">Lemonade</td></tr>
<tr><td style="font-size:16px;line-height:26px">{inner}</td></tr>
<tr><td style="padding-top:36px;font-size:11px;color:#9b9b9b">Lemonade Insurance Company · 5 Crosby St, 3rd Floor, New York, NY 10013.
Lemonade Pet policies in Texas are underwritten by Lemonade Insurance Company.</td></tr></table></td></tr></table></body></html>"""


def lem_welcome(when):
    inner = """Hey Derek 👋<br><br>Welcome to Lemonade! Biscuit is officially covered. 🐶<br><br>
<b>Policy</b> LP5F3K2A9<br><b>Pet</b> Biscuit (Labrador mix, 3 yrs)<br><b>Coverage</b> Accident &amp; Illness · $5,000 annual limit · $250 deductible · 80% reimbursement<br>
<b>Add-ons</b> Preventative package<br><b>Price</b> $31.40/month<br><b>Billing</b> Monthly, on the 9th, Visa ••• 2290<br><br>
You paid $31.40 today, and your policy starts now. Accidents are covered after 2 days, illnesses after 14.<br><br>
Questions? Just reply to this email or chat with us in the app.<br><br>Maya, your Lemonade bot"""
    mail(
        when,
        "ET",
        LEM,
        "Welcome to Lemonade 🐶 Your policy is live!",
        ("alt", strip_html(inner), lem_html(inner), "base64", "base64"),
        ["Lemonade Pet"],
    )


def lem_receipt_text(on, nxt):
    return f"""Lemonade

Your monthly payment receipt

Hi Derek, we received your payment for Biscuit's pet policy. Thanks!

Policy: LP5F3K2A9 (Pet - Biscuit)
Amount: $31.40
Date: {on}
Card: Visa ••• 2290
Next payment: {nxt}

Lemonade Insurance Company · 5 Crosby St, 3rd Floor, New York, NY 10013
"""


def lem_receipt(when, on, nxt):
    inner = f"""<b style="font-size:22px">Your monthly payment receipt</b><br><br>
Hi Derek, we received your payment for Biscuit's pet policy. Thanks!<br><br>
<table cellpadding="6" style="border-collapse:collapse;background:#fafafa;width:100%">
<tr><td>Policy</td><td>LP5F3K2A9 (Pet · Biscuit)</td></tr><tr><td>Amount</td><td><b>$31.40</b></td></tr>
<tr><td>Date</td><td>{on}</td></tr><tr><td>Card</td><td>Visa ••• 2290</td></tr><tr><td>Next payment</td><td>{nxt}</td></tr></table>"""
    mail(
        when,
        "ET",
        LEM,
        "Your Lemonade receipt",
        ("alt", lem_receipt_text(on, nxt), lem_html(inner), "base64", "base64"),
        ["Lemonade Pet"],
    )


# ---------------------------------------------------------------- Toyota Financial Services (HTML only)
TFS = ("Toyota Financial Services", "tfs@info.toyotafinancial.com")


def tfs_html(title, rows, note):
    trs = "".join(
        f"<tr><td style='padding:8px 12px;border-bottom:1px solid #e6e6e6;color:#58595b'>{k}</td>"
        f"<td style='padding:8px 12px;border-bottom:1px solid #e6e6e6'><b>{v}</b></td></tr>"
        for k, v in rows
    )
    return f"""<html><body style="margin:0;background:#f7f7f7">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f7f7f7"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#000">
<tr><td style="padding:18px 24px;border-bottom:3px solid #eb0a1e"><b style="font-size:18px">TOYOTA</b> <span style="color:#58595b">FINANCIAL SERVICES</span></td></tr>
<tr><td style="padding:24px 24px 8px;font-size:20px"><b>{title}</b></td></tr>
<tr><td style="padding:8px 24px"><table width="100%" cellpadding="0" cellspacing="0">{trs}</table></td></tr>
<tr><td style="padding:16px 24px;line-height:21px">{note}</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888">Toyota Financial Services is a service mark of Toyota Motor Credit
Corporation (TMCC). TMCC, P.O. Box 259001, Plano, TX 75025-9001. Please do not reply to this email.</td></tr>
</table></td></tr></table></body></html>"""


def tfs_payment(when, on, remaining):
    rows = [
        ("Account Number", "*****7731"),
        ("Vehicle", "2021 Toyota Highlander XLE"),
        ("Payment Amount", "$486.22"),
        ("Payment Date", on),
        ("Payment Type", "Recurring Payment (EasyPay)"),
        ("Confirmation Number", "TFS" + digits(10)),
    ]
    note = (
        f"Dear DEREK HALVORSEN,<br><br>Thank you. Your scheduled payment has been processed. "
        f"You have {remaining} payments remaining on your contract."
    )
    mail(
        when,
        "CT",
        TFS,
        "Toyota Financial Services Payment Confirmation",
        ("html", tfs_html("Payment Confirmation", rows, note), "quoted-printable"),
        ["Toyota Financial Services"],
    )


def tfs_payoff(when):
    rows = [
        ("Account Number", "*****7731"),
        ("Vehicle", "2021 Toyota Highlander XLE"),
        ("Final Payment Amount", "$486.22"),
        ("Payment Date", "07/15/2026"),
        ("Remaining Balance", "$0.00"),
        ("Account Status", "Paid in Full"),
    ]
    note = (
        "Dear DEREK HALVORSEN,<br><br>Congratulations! Your final payment has been received and your account is "
        "paid in full. Your recurring EasyPay payments have been stopped; no further payments will be drafted.<br><br>"
        "Because your vehicle is titled in Texas, we will release our lien electronically with the Texas DMV and "
        "mail your title within 10 business days.<br><br>Thank you for choosing Toyota Financial Services. "
        "When you're ready for your next vehicle, we'll be here."
    )
    mail(
        when,
        "CT",
        TFS,
        "Congratulations on paying off your Toyota!",
        ("html", tfs_html("Your account is paid in full", rows, note), "quoted-printable"),
        ["Toyota Financial Services"],
    )


def tfs_title(when):
    rows = [
        ("Account Number", "*****7731"),
        ("Vehicle", "2021 Toyota Highlander XLE"),
        ("VIN", "5TDGZRBH4MS" + digits(6)),
        ("Title Mailed", "08/05/2026"),
        ("Mailed To", f"{ADDR1.upper()}, AUSTIN TX 78749"),
    ]
    note = (
        "Dear DEREK HALVORSEN,<br><br>Your lien has been released and your Texas Certificate of Title is on the way. "
        "Please allow 7 to 10 days for delivery. Your account is closed with a $0.00 balance."
    )
    mail(
        when,
        "CT",
        TFS,
        "Your vehicle title is on its way",
        ("html", tfs_html("Lien Release and Title Mailed", rows, note), "quoted-printable"),
        ["Toyota Financial Services"],
    )


# ---------------------------------------------------------------- MOHELA (plain text)
MOH = ("MOHELA", "noreply@mohela.com")


def moh_statement(when, stmt_date, amount, due):
    text = f"""Dear DEREK HALVORSEN,

Your MOHELA billing statement dated {stmt_date} is now available. Log in to
your account at mohela.studentaid.gov to view your statement.

    Account Number:     ****-**-4471-2
    Current Amount Due: ${amount}
    Due Date:           {due}
    Repayment Plan:     {"Income-Based Repayment (IBR)" if amount != "287.60" else "Standard Repayment"}

You are enrolled in Auto Debit. Your payment of ${amount} will be debited
from your bank account ending in 8830 on {due}. Because you are enrolled in
Auto Debit, you are receiving a 0.25% interest rate reduction.

If you have questions, please call 888.866.4352, Monday - Friday, 7 a.m. -
9 p.m. Central time.

Sincerely,
MOHELA
Federal Loan Servicing

This is an automated message. Please do not reply to this email.
"""
    mail(when, "CT", MOH, "Your MOHELA Billing Statement is Available", ("text", text, "7bit"), ["MOHELA"])


def moh_plan(when):
    text = """Dear DEREK HALVORSEN,

IMPORTANT INFORMATION ABOUT YOUR FEDERAL STUDENT LOANS

We have processed your repayment plan request. Your loans have been placed
on the Income-Based Repayment (IBR) plan.

    Account Number:         ****-**-4471-2
    Previous Payment:       $287.60
    New Monthly Payment:    $312.14
    Effective:              First payment due 10/28/2026
    Recertification Date:   09/2027

Your Auto Debit will continue. Beginning 10/28/2026, $312.14 will be
debited from your bank account ending in 8830 on the 28th of each month.

Sincerely,
MOHELA
Federal Loan Servicing
"""
    mail(when, "CT", MOH, "Repayment Plan Change Confirmation", ("text", text, "7bit"), ["MOHELA"])


# ---------------------------------------------------------------- HOA: Goodwin notice forwarded, ClickPay receipts
CLK = ("ClickPay", "noreply@clickpay.com")


def clickpay(when, pay_date, next_date):
    conf = "CP" + digits(11)
    text = f"""ClickPay

Payment Confirmation

Dear Derek Halvorsen,

Your AutoPay payment has been processed.

Payee:              Cobblestone Creek Homeowners Association
Management Co.:     Goodwin & Company
Account:            CCH-07412
Property:           {ADDR1}, Austin, TX 78749
Description:        Quarterly Assessment
Payment Amount:     $195.00
Convenience Fee:    $0.00 (eCheck)
Total Debited:      $195.00
Payment Date:       {pay_date}
Payment Method:     eCheck - Checking ****8830
Confirmation #:     {conf}

Next scheduled AutoPay: {next_date}

Payments may take 1-2 business days to post to your association account.

ClickPay Services | 1-800-659-5252
"""
    html = f"""<html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#333">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #c8c8c8">
<tr><td style="background:#1f3b5c;color:#fff;padding:10px 14px;font-size:16px">ClickPay<span style="float:right;font-size:12px">Payment Confirmation</span></td></tr>
<tr><td style="padding:14px">Dear Derek Halvorsen,<br><br>Your AutoPay payment has been processed.<br><br>
<table cellpadding="3" cellspacing="0" width="100%">
<tr><td width="40%">Payee:</td><td>Cobblestone Creek Homeowners Association</td></tr>
<tr><td>Management Co.:</td><td>Goodwin &amp; Company</td></tr><tr><td>Account:</td><td>CCH-07412</td></tr>
<tr><td>Property:</td><td>{ADDR1}, Austin, TX 78749</td></tr><tr><td>Description:</td><td>Quarterly Assessment</td></tr>
<tr><td>Payment Amount:</td><td>$195.00</td></tr><tr><td>Convenience Fee:</td><td>$0.00 (eCheck)</td></tr>
<tr><td><b>Total Debited:</b></td><td><b>$195.00</b></td></tr><tr><td>Payment Date:</td><td>{pay_date}</td></tr>
<tr><td>Payment Method:</td><td>eCheck - Checking ****8830</td></tr><tr><td>Confirmation #:</td><td>{conf}</td></tr>
</table><br>Next scheduled AutoPay: <b>{next_date}</b><br><br>
Payments may take 1-2 business days to post to your association account.</td></tr>
<tr><td style="padding:8px 14px;background:#f2f2f2;font-size:10px">ClickPay Services | 1-800-659-5252</td></tr></table></body></html>"""
    mail(
        when,
        "ET",
        CLK,
        "ClickPay Payment Confirmation - Cobblestone Creek Homeowners Association",
        ("alt", text, html, "7bit", "quoted-printable"),
        ["Cobblestone Creek HOA"],
    )


def hoa_forward(when):
    orig = """Dear Cobblestone Creek Homeowner,

At its December 9 meeting, the Board of Directors adopted the 2026 operating
budget. To cover higher landscaping, pool and insurance costs, the regular
assessment will increase from $185.00 to $195.00 per quarter, beginning with
the January 1, 2026 assessment.

Assessments remain due on January 1, April 1, July 1 and October 1 and are
considered late after the 30th of the month due. Homeowners enrolled in
ClickPay AutoPay will have the new amount drafted automatically; no action
is needed. Owners paying by check should use the coupon book mailed
separately.

The 2026 budget, reserve study summary and meeting minutes are available on
the community portal.

Thank you,
Goodwin & Company, on behalf of the Board of Directors
Cobblestone Creek Homeowners Association
"""
    text = f"""FYI - HOA is going up to $195/quarter in January. The autopay should just
switch over on its own. Pool is getting resurfaced at least lol

---------- Forwarded message ---------
From: Cobblestone Creek HOA <cobblestonecreek@goodwintx.com>
Date: Tue, Dec 16, 2025 at 9:14 AM
Subject: 2026 Budget and Assessment Notice - Cobblestone Creek HOA
To: <marisol.pena.h@gmail.com>


{orig}"""
    html = (
        '<div dir="ltr">FYI - HOA is going up to $195/quarter in January. The autopay should just switch over '
        'on its own. Pool is getting resurfaced at least lol<br><br><div class="gmail_quote">'
        '<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong>Cobblestone '
        "Creek HOA</strong> &lt;cobblestonecreek@goodwintx.com&gt;<br>Date: Tue, Dec 16, 2025 at 9:14 AM<br>"
        "Subject: 2026 Budget and Assessment Notice - Cobblestone Creek HOA<br>To: &lt;marisol.pena.h@gmail.com&gt;"
        "<br></div><br><br>" + "<br>\n".join(orig.splitlines()) + "</div></div>"
    )
    mail(
        when,
        "CT",
        WIFE,
        "Fwd: 2026 Budget and Assessment Notice - Cobblestone Creek HOA",
        ("alt", text, html, "quoted-printable", "quoted-printable"),
        ["Cobblestone Creek HOA"],
        slug="marisol-pena-halvorsen",
    )


# ---------------------------------------------------------------- Netflix
NFX = ("Netflix", "info@account.netflix.com")


def nfx_html(inner):
    return f"""<html><body style="margin:0;background:#f2f2f2;font-family:'Netflix Sans',Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="500" cellpadding="0" cellspacing="0" style="background:#ffffff;color:#221f1f">
<tr><td style="padding:24px 40px 0;color:#e50914;font-size:28px;font-weight:bold;letter-spacing:1px">NETFLIX</td></tr>
<tr><td style="padding:20px 40px 30px;font-size:15px;line-height:22px">{inner}</td></tr>
<tr><td style="padding:20px 40px;font-size:11px;color:#a9a6a6;background:#fafafa">Questions? Visit the Help Center.<br>
Netflix, Inc. 121 Albright Way, Los Gatos, CA 95032, USA</td></tr></table></td></tr></table></body></html>"""


def nfx_price(when):
    inner = """<b style="font-size:26px;line-height:32px">We're updating our prices</b><br><br>Hi Derek,<br><br>
We're writing to let you know that we're updating the price of your Standard plan to <b>$19.99/month</b>, starting with
your billing date on or after March 27, 2026.<br><br>
We change our prices from time to time so we can keep adding more TV shows and movies, and keep improving Netflix.
You can change your plan or cancel online anytime.<br><br>We're here to help if you need it.<br><br>–The Netflix team"""
    mail(
        when,
        "PT",
        NFX,
        "An update on your Netflix membership",
        ("alt", strip_html(inner), nfx_html(inner), "quoted-printable", "quoted-printable"),
        ["Netflix"],
    )


def nfx_payment(when):
    inner = """<b style="font-size:26px;line-height:32px">Your payment info was updated</b><br><br>Hi Derek,<br><br>
The payment method for your Netflix account was updated to <b>Visa •••• 2290</b>.<br><br>
<table cellpadding="4"><tr><td style="color:#737373">Plan</td><td>Standard</td></tr>
<tr><td style="color:#737373">Next payment</td><td>$19.99 on October 27, 2026</td></tr></table><br>
If you didn't make this change, please reset your password and contact us.<br><br>–The Netflix team"""
    mail(
        when,
        "PT",
        NFX,
        "Your payment info was updated",
        ("alt", strip_html(inner), nfx_html(inner), "quoted-printable", "quoted-printable"),
        ["Netflix"],
    )


# ---------------------------------------------------------------- PayPal / Spotify
PP = ("PayPal", "service@paypal.com")


def pp_spotify(when, on):
    tid = alnum(17)
    text = f"""Hello, Derek Halvorsen

You sent an automatic payment of $19.99 USD to Spotify USA Inc

It may take a few moments for this transaction to appear in your account.

Merchant
Spotify USA Inc
support@spotify.com

Instructions to merchant
You haven't entered any instructions.

Transaction ID
{tid}

Transaction date
{on}

Description
Spotify Premium Family

Automatic payment amount         $19.99 USD
Total                            $19.99 USD

Funding sources used (Total)
Visa x-2290                      $19.99 USD

Payment sent to support@spotify.com

Manage your automatic payments: Settings > Payments > Manage automatic payments

Help & Contact | Security | Apps
PayPal is committed to preventing fraudulent emails. Emails from PayPal will
always contain your full name.
Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal is located at
2211 N. First St., San Jose, CA 95131.
PayPal RT000186:en_US(en-US):1.4.0:{hexid(13)}
"""
    html = f"""<html><body style="margin:0;background:#f2f2f2;font-family:'PayPal Sans',Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;color:#2c2e2f">
<tr><td style="padding:24px;font-size:26px;color:#003087;font-weight:bold">PayPal</td></tr>
<tr><td style="padding:0 24px;font-size:14px">Hello, Derek Halvorsen</td></tr>
<tr><td style="padding:16px 24px;font-size:22px">You sent an automatic payment of $19.99 USD to Spotify USA Inc</td></tr>
<tr><td style="padding:0 24px 16px;font-size:13px;color:#6c7378">It may take a few moments for this transaction to appear in your account.</td></tr>
<tr><td style="padding:0 24px"><table width="100%" cellpadding="0" cellspacing="0" style="font-size:13px">
<tr><td valign="top" width="50%" style="padding-bottom:12px"><b>Merchant</b><br>Spotify USA Inc<br>support@spotify.com</td>
<td valign="top" style="padding-bottom:12px"><b>Instructions to merchant</b><br>You haven't entered any instructions.</td></tr>
<tr><td valign="top" style="padding-bottom:12px"><b>Transaction ID</b><br>{tid}</td>
<td valign="top" style="padding-bottom:12px"><b>Transaction date</b><br>{on}</td></tr></table></td></tr>
<tr><td style="padding:0 24px"><table width="100%" cellpadding="6" cellspacing="0" style="font-size:13px;border-top:1px solid #ccc">
<tr><td><b>Description</b></td><td align="right"><b>Amount</b></td></tr>
<tr><td>Spotify Premium Family<br><span style="color:#6c7378">Automatic payment</span></td><td align="right">$19.99 USD</td></tr>
<tr style="border-top:1px solid #ccc"><td align="right"><b>Total</b></td><td align="right"><b>$19.99 USD</b></td></tr></table></td></tr>
<tr><td style="padding:16px 24px;font-size:13px"><b>Funding sources used (Total)</b><br>Visa x-2290 &nbsp; $19.99 USD</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#6c7378;background:#f9f9f9">PayPal is committed to preventing fraudulent emails.
Emails from PayPal will always contain your full name.<br>Copyright © 1999-2026 PayPal, Inc. All rights reserved.
PayPal is located at 2211 N. First St., San Jose, CA 95131.</td></tr></table></td></tr></table></body></html>"""
    mail(
        when,
        "PT",
        PP,
        "You sent an automatic payment to Spotify USA Inc",
        ("alt", text, html, "quoted-printable", "base64"),
        ["Spotify Premium Family"],
    )


def spotify_receipt(when):
    text = """Spotify

Thanks for your payment, Derek

Here's your receipt for Premium Family.

Order ID: S1738-44A2-90KQ
Date: 11/03/2026

Premium Family                               $19.99
Period: 11/03/2026 - 12/02/2026

Total                                        $19.99
Paid with PayPal (derek.halvorsen@gmail.com)

Your next payment of $19.99 will be charged on 12/03/2026.

Spotify USA Inc., 150 Greenwich Street, Floor 62, New York, NY 10007
"""
    html = """<html><body style="margin:0;background:#000000;font-family:Circular,Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#000000"><tr><td align="center">
<table width="540" cellpadding="0" cellspacing="0" style="background:#121212;color:#ffffff">
<tr><td style="padding:28px 32px;color:#1ed760;font-size:26px;font-weight:bold">Spotify</td></tr>
<tr><td style="padding:0 32px 10px;font-size:28px;font-weight:bold">Thanks for your payment, Derek</td></tr>
<tr><td style="padding:0 32px 20px;color:#b3b3b3">Here's your receipt for Premium Family.</td></tr>
<tr><td style="padding:0 32px"><table width="100%" cellpadding="8" cellspacing="0" style="color:#ffffff;font-size:14px">
<tr><td style="color:#b3b3b3">Order ID</td><td align="right">S1738-44A2-90KQ</td></tr>
<tr><td style="color:#b3b3b3">Date</td><td align="right">11/03/2026</td></tr>
<tr><td style="border-top:1px solid #333">Premium Family<br><span style="color:#b3b3b3;font-size:12px">Period: 11/03/2026 - 12/02/2026</span></td>
<td align="right" style="border-top:1px solid #333">$19.99</td></tr>
<tr><td style="border-top:1px solid #333"><b>Total</b></td><td align="right" style="border-top:1px solid #333"><b>$19.99</b></td></tr>
<tr><td colspan="2" style="color:#b3b3b3">Paid with PayPal (derek.halvorsen@gmail.com)</td></tr></table></td></tr>
<tr><td style="padding:20px 32px">Your next payment of $19.99 will be charged on 12/03/2026.</td></tr>
<tr><td style="padding:20px 32px;font-size:11px;color:#7f7f7f">Spotify USA Inc., 150 Greenwich Street, Floor 62, New York, NY 10007</td></tr>
</table></td></tr></table></body></html>"""
    mail(
        when,
        "UTC",
        ("Spotify", "no-reply@spotify.com"),
        "Your Spotify Premium receipt",
        ("alt", text, html, "7bit", "quoted-printable"),
        ["Spotify Premium Family"],
    )


def spotify_reset(when):
    text = """Hello,

Someone asked for a password reset for the Spotify account associated with
derek.halvorsen@gmail.com.

No changes have been made to your account yet. You can reset your password by
clicking the link below:

https://accounts.spotify.com/password-reset/complete?flow_ctx=8c1f0a7e2b

If you did not request a new password, please let us know immediately by
replying to this email.

The Spotify Team
"""
    mail(
        when,
        "UTC",
        ("Spotify", "no-reply@alerts.spotify.com"),
        "Reset your password",
        ("text", text, "7bit"),
        [],
    )


# ---------------------------------------------------------------- HBO Max
HBO = ("HBO Max", "hbomax@mail.hbomax.com")


def hbo_html(inner):
    return f"""<html><body style="margin:0;background:#05021a;font-family:'Max Sans',Arial,sans-serif;color:#ffffff">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#05021a"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0"><tr><td style="padding:30px 0;font-size:28px;font-weight:bold">HBO <span style="color:#7f5cff">max</span></td></tr>
<tr><td style="font-size:15px;line-height:23px">{inner}</td></tr>
<tr><td style="padding:30px 0;font-size:11px;color:#9a97b8">© 2025 WarnerMedia Direct, LLC. All Rights Reserved. HBO Max is used under license.
230 Park Avenue South, New York, NY 10003</td></tr></table></td></tr></table></body></html>"""


def hbo_receipt(when, on, nxt):
    inner = f"""<b style="font-size:22px">Thanks for your payment</b><br><br>Here's your receipt.<br><br>
<table width="100%" cellpadding="6" cellspacing="0" style="color:#ffffff;border:1px solid #3a3556">
<tr><td>Date</td><td align="right">{on}</td></tr><tr><td>Plan</td><td align="right">Standard (Monthly)</td></tr>
<tr><td>Subtotal</td><td align="right">$18.49</td></tr><tr><td>Tax</td><td align="right">$0.00</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>$18.49</b></td></tr>
<tr><td>Payment method</td><td align="right">Visa ending in 4417</td></tr>
<tr><td>Next billing date</td><td align="right">{nxt}</td></tr></table>"""
    mail(
        when,
        "ET",
        HBO,
        "Your HBO Max receipt",
        ("alt", strip_html(inner), hbo_html(inner), "7bit", "quoted-printable"),
        ["HBO Max"],
    )


def hbo_cancel(when):
    inner = """<b style="font-size:22px">Your subscription has been canceled</b><br><br>Hi Derek,<br><br>
We're sorry to see you go. Your HBO Max Standard subscription has been canceled and will not renew.
You can keep watching until <b>March 14, 2026</b>.<br><br>
Changed your mind? You can restart your subscription anytime from Settings &gt; Subscription."""
    mail(
        when,
        "ET",
        HBO,
        "Your HBO Max subscription has been canceled",
        ("alt", strip_html(inner), hbo_html(inner), "7bit", "quoted-printable"),
        ["HBO Max"],
    )


def hbo_winback(when):
    inner = """<b style="font-size:22px">We saved your spot, Derek</b><br><br>
Come back to HBO Max for just <b>$8.99/month for 3 months</b> on Basic with Ads.
After 3 months, it's $10.99/month until you cancel. The Pitt, The Last of Us and more are waiting.<br><br>
Offer ends June 1, 2026. New and returning subscribers only."""
    mail(
        when,
        "ET",
        ("HBO Max", "hbomax@news.hbomax.com"),
        "Come back for $8.99/mo",
        ("alt", strip_html(inner), hbo_html(inner), "7bit", "quoted-printable"),
        [],
    )


# ---------------------------------------------------------------- YMCA (HTML only)
YMCA = ("YMCA of Austin", "membership@austinymca.org")


def ymca_html(body):
    return f"""<html><body bgcolor="#ffffff">
<table width="640" cellpadding="0" cellspacing="0" border="0" align="center" style="font-family:Arial;font-size:13px">
<tr><td bgcolor="#5c2e91" style="padding:12px;color:#ffffff;font-size:20px"><b>the Y.</b> &nbsp;YMCA of Austin</td></tr>
<tr><td style="padding:16px">{body}</td></tr>
<tr><td style="padding:12px;font-size:10px;color:#777;border-top:1px solid #ddd">YMCA of Austin | 9700 Anderson Mill Rd,
Austin, TX 78750 | The YMCA of Austin is a 501(c)(3) nonprofit organization. Powered by Daxko.</td></tr></table></body></html>"""


def ymca_draft(when, date_s, amount, nxt):
    body = f"""Dear Derek Halvorsen,<br><br>This is a receipt for your recurring membership draft.<br><br>
<table width="100%" cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#cccccc;font-size:13px">
<tr bgcolor="#eeeeee"><td><b>Date</b></td><td><b>Member</b></td><td><b>Description</b></td><td align="right"><b>Amount</b></td></tr>
<tr><td>{date_s}</td><td>Halvorsen Household</td><td>Household Membership - Monthly Dues (Southwest Family YMCA)</td><td align="right">{amount}</td></tr>
<tr><td colspan="3" align="right"><b>Total Drafted</b></td><td align="right"><b>{amount}</b></td></tr></table><br>
Payment Method: Checking XXXX8830<br>Next Draft Date: {nxt}<br><br>
Thank you for being a member of the Y. Together, we're building a healthier Austin."""
    mail(
        when,
        "CT",
        YMCA,
        "YMCA of Austin - Membership Draft Receipt",
        ("html", ymca_html(body), "quoted-printable"),
        ["YMCA of Austin"],
    )


def ymca_rate(when):
    body = """Dear Derek Halvorsen,<br><br>Thank you for being part of the Y. To keep investing in our facilities,
programs and financial assistance for families across Central Texas, membership rates will change on February 1, 2026.<br><br>
<table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#cccccc;font-size:13px">
<tr bgcolor="#eeeeee"><td><b>Membership</b></td><td><b>Current monthly rate</b></td><td><b>New monthly rate</b></td></tr>
<tr><td>Household (2 adults + dependents)</td><td>$98.00</td><td>$104.00</td></tr></table><br>
Your new rate will be reflected in your February 1 draft. Your joiner fee and program discounts are not affected.
If you qualify for financial assistance, please ask at the Welcome Center.<br><br>With gratitude,<br>Membership Services, YMCA of Austin"""
    mail(
        when,
        "CT",
        YMCA,
        "An important update about your YMCA membership rate",
        ("html", ymca_html(body), "quoted-printable"),
        ["YMCA of Austin"],
    )


# ---------------------------------------------------------------- Microsoft
MS = ("Microsoft", "microsoft-noreply@microsoft.com")


def ms_order(when):
    sub, t = D("129.99"), tax("129.99")
    text = f"""Microsoft

Thank you for your order

Order number: 2600094713
Order date: 12/9/2025

Microsoft 365 Family
1-year subscription, up to 6 people
Quantity: 1                                            ${sub}

Subtotal                                               ${sub}
Tax                                                    ${t}
Total                                                  ${sub + t}

Payment method: Visa **4417

Your subscription will renew automatically each year on 12/9 unless you turn
off recurring billing at account.microsoft.com/services.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA
"""
    html = f"""<html><body style="font-family:'Segoe UI',Tahoma,sans-serif;color:#2f2f2f;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 0;font-size:20px;color:#737373">Microsoft</td></tr>
<tr><td style="font-size:28px;color:#0067b8;padding-bottom:16px">Thank you for your order</td></tr>
<tr><td style="font-size:14px">Order number: 2600094713<br>Order date: 12/9/2025</td></tr>
<tr><td style="padding:16px 0"><table width="100%" cellpadding="8" cellspacing="0" style="font-size:14px;border-top:1px solid #e6e6e6">
<tr><td><b>Microsoft 365 Family</b><br>1-year subscription, up to 6 people<br>Quantity: 1</td><td align="right" valign="top">${sub}</td></tr>
<tr><td align="right" style="border-top:1px solid #e6e6e6">Subtotal</td><td align="right" style="border-top:1px solid #e6e6e6">${sub}</td></tr>
<tr><td align="right">Tax</td><td align="right">${t}</td></tr>
<tr><td align="right"><b>Total</b></td><td align="right"><b>${sub + t}</b></td></tr></table></td></tr>
<tr><td style="font-size:14px">Payment method: Visa **4417<br><br>Your subscription will renew automatically each year on 12/9 unless
you turn off recurring billing at account.microsoft.com/services.</td></tr>
<tr><td style="padding:24px 0;font-size:11px;color:#737373">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA</td></tr>
</table></td></tr></table></body></html>"""
    mail(
        when,
        "PT",
        MS,
        "Your Microsoft order on 12/9/2025",
        ("alt", text, html, "base64", "base64"),
        ["Microsoft 365 Family"],
    )


def ms_renew(when):
    text = """Microsoft

Your Microsoft 365 Family subscription will renew soon

Hi Derek,

Your subscription to Microsoft 365 Family is set to renew automatically on
December 9, 2026. When it renews, we'll charge $129.99 plus applicable taxes to
Visa **4417.

You don't need to do anything to keep enjoying Word, Excel, PowerPoint,
Outlook, Microsoft Defender and 1 TB of cloud storage per person for up to
6 people.

To change or cancel, go to account.microsoft.com/services.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA
"""
    html = (
        "<html><body style=\"font-family:'Segoe UI',Tahoma,sans-serif;color:#2f2f2f\">"
        + "<br>\n".join(text.splitlines()).replace(
            "Your Microsoft 365 Family subscription will renew soon",
            "<span style='font-size:26px;color:#0067b8'>Your Microsoft 365 Family subscription will renew soon</span>",
        )
        + "</body></html>"
    )
    mail(
        when,
        "PT",
        MS,
        "Your Microsoft 365 Family subscription will renew soon",
        ("alt", text, html, "base64", "base64"),
        ["Microsoft 365 Family"],
    )


def ms_code(when):
    text = """Microsoft account

Security code

Please use the following security code for the Microsoft account
de*****@gmail.com.

Security code: 804417

If you don't recognize the Microsoft account de*****@gmail.com, you can click
here to remove your email address from that account.

Thanks,
The Microsoft account team
"""
    mail(
        when,
        "PT",
        ("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
        "Microsoft account security code",
        ("text", text, "7bit"),
        [],
    )


# ---------------------------------------------------------------- Costco
COST = ("Costco Wholesale", "Costco@online.costco.com")


def cost_html(inner):
    return f"""<html><body style="margin:0;font-family:Helvetica,Arial,sans-serif;color:#333">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" cellpadding="0" cellspacing="0">
<tr><td style="padding:16px;border-bottom:4px solid #e31837"><b style="color:#005daa;font-size:26px">COSTCO</b><br><span style="font-size:10px;color:#e31837;letter-spacing:2px">WHOLESALE</span></td></tr>
<tr><td style="padding:20px 16px;font-size:14px;line-height:21px">{inner}</td></tr>
<tr><td style="padding:14px 16px;font-size:10px;color:#777;background:#f4f4f4">Costco Wholesale Corporation, 999 Lake Drive, Issaquah, WA 98027.
Please do not reply to this email.</td></tr></table></td></tr></table></body></html>"""


def cost_reminder(when):
    inner = """Dear Derek Halvorsen,<br><br>Thank you for being a Costco Executive Member. Your membership is set to
<b>automatically renew on June 1, 2026</b>.<br><br>
<table cellpadding="4"><tr><td>Membership Number:</td><td>111 8820 4471 6</td></tr><tr><td>Membership Type:</td><td>Executive Membership (includes 1 free Household Card)</td></tr>
<tr><td>Renewal Amount:</td><td>$130.00</td></tr><tr><td>Payment Method:</td><td>Costco Anywhere Visa® Card by Citi ending in 6112</td></tr></table><br>
Your 2% Reward for the past year was $212.48 and will be available on your Costco Anywhere Visa® Card statement.
No action is needed. To update your payment method or turn off Auto Renewal, sign in to costco.com."""
    mail(
        when,
        "PT",
        COST,
        "Your Costco Membership Will Auto Renew Soon",
        ("alt", strip_html(inner), cost_html(inner), "quoted-printable", "quoted-printable"),
        ["Costco Executive Membership"],
    )


def cost_renewed(when):
    inner = """Dear Derek Halvorsen,<br><br>Thank you for renewing your Costco membership!<br><br>
<table cellpadding="4"><tr><td>Membership Number:</td><td>111 8820 4471 6</td></tr><tr><td>Membership Type:</td><td>Executive</td></tr>
<tr><td>Amount Charged:</td><td>$130.00</td></tr><tr><td>Date Charged:</td><td>06/01/2026</td></tr>
<tr><td>Membership Valid Through:</td><td>06/30/2027</td></tr><tr><td>Next Auto Renewal:</td><td>06/01/2027</td></tr></table><br>
We look forward to seeing you in the warehouse."""
    mail(
        when,
        "PT",
        COST,
        "Thank You for Renewing Your Costco Membership",
        ("alt", strip_html(inner), cost_html(inner), "quoted-printable", "quoted-printable"),
        ["Costco Executive Membership"],
    )


def cost_order(when):
    inner = """Thank you for shopping at Costco.com.<br><br>Order Number: 1187732045<br>Order Date: 02/14/2026<br><br>
<table width="100%" cellpadding="5" cellspacing="0" style="border-top:1px solid #ccc">
<tr><td>Samsung 65" Class - QN80F Series - 4K UHD QLED TV - Allstate 3-Year Protection Plan Bundle<br>Item 1891422 · Qty 1</td><td align="right">$899.99</td></tr>
<tr><td align="right">Subtotal</td><td align="right">$899.99</td></tr><tr><td align="right">Shipping &amp; Handling</td><td align="right">$0.00</td></tr>
<tr><td align="right">Sales Tax</td><td align="right">$74.25</td></tr><tr><td align="right"><b>Order Total</b></td><td align="right"><b>$974.24</b></td></tr></table><br>
Estimated delivery: 02/20/2026 - 02/24/2026. White glove delivery will call to schedule."""
    mail(
        when,
        "PT",
        ("Costco.com", "orderstatus@costco.com"),
        "Costco.com Order Number 1187732045 Confirmation",
        ("alt", strip_html(inner), cost_html(inner), "quoted-printable", "quoted-printable"),
        [],
    )


# ---------------------------------------------------------------- Amazon
def amz_html(inner):
    return f"""<html><body style="margin:0;font-family:'Amazon Ember',Arial,sans-serif;color:#0f1111">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" cellpadding="0" cellspacing="0">
<tr><td style="padding:14px 0;font-size:22px;font-weight:bold">amazon<span style="color:#ff9900">.</span></td></tr>
<tr><td style="font-size:14px;line-height:20px">{inner}</td></tr>
<tr><td style="padding:20px 0;font-size:11px;color:#565959">©2026 Amazon.com, Inc. or its affiliates. Amazon and all related marks
are trademarks of Amazon.com, Inc. or its affiliates. Amazon.com, 410 Terry Avenue N., Seattle, WA 98109-5210.</td></tr>
</table></td></tr></table></body></html>"""


def amz_prime_reminder(when):
    inner = """Hello Derek,<br><br>Thank you for being a Prime member. Your Prime membership will automatically renew on
<b>March 2, 2026</b> and we will charge <b>$139.00</b> (plus any applicable taxes) to your Visa ending in 4417.<br><br>
In the past year you saved $486 on FREE delivery, and streamed 212 hours of Prime Video.<br><br>
If you don't want to renew, you can end your membership anytime from Your Account &gt; Prime Membership."""
    mail(
        when,
        "UTC",
        ("Amazon Prime", "prime@amazon.com"),
        "Your Amazon Prime membership renews on March 2, 2026",
        ("alt", strip_html(inner), amz_html(inner), "quoted-printable", "quoted-printable"),
        ["Amazon Prime"],
    )


def amz_prime_receipt(when):
    inner = """Hello Derek,<br><br>Thanks for renewing your Prime membership.<br><br>
<table cellpadding="4"><tr><td>Membership</td><td>Prime (Annual)</td></tr><tr><td>Amount</td><td>$139.00</td></tr>
<tr><td>Charged on</td><td>March 2, 2026</td></tr><tr><td>Payment method</td><td>Visa ending in 4417</td></tr>
<tr><td>Next renewal</td><td>March 2, 2027</td></tr></table>"""
    mail(
        when,
        "UTC",
        ("Amazon Prime", "prime@amazon.com"),
        "Your Prime membership has been renewed",
        ("alt", strip_html(inner), amz_html(inner), "quoted-printable", "quoted-printable"),
        ["Amazon Prime"],
    )


def amz_order(when, num, items, tx, arrive):
    sub = sum(D(p) for _, p in items)
    rows = "".join(
        f"<tr><td>{n}<br><span style='color:#565959'>Qty: 1</span></td><td align='right'>{usd(p)}</td></tr>"
        for n, p in items
    )
    inner = f"""Hello Derek,<br><br>Thank you for shopping with us. We'll send a confirmation when your items ship.<br><br>
<b>Arriving {arrive}</b><br>Ship to: Derek Halvorsen, AUSTIN, TX<br><br>Order #{num}<br>
<table width="100%" cellpadding="5" cellspacing="0" style="border-top:1px solid #ddd">{rows}
<tr><td align="right">Item(s) Subtotal:</td><td align="right">{usd(sub)}</td></tr><tr><td align="right">Shipping &amp; Handling:</td><td align="right">$0.00</td></tr>
<tr><td align="right">Estimated tax to be collected:</td><td align="right">{usd(tx)}</td></tr>
<tr><td align="right"><b>Order Total:</b></td><td align="right"><b>{usd(sub + D(tx))}</b></td></tr></table>"""
    mail(
        when,
        "UTC",
        ("Amazon.com", "auto-confirm@amazon.com"),
        f"Your Amazon.com order #{num}",
        ("alt", strip_html(inner), amz_html(inner), "quoted-printable", "quoted-printable"),
        [],
    )


def amz_ship(when, subj, item, num, verb="Shipped"):
    inner = f"""Hi Derek, your package {"has been delivered" if verb == "Delivered" else "is on the way"}.<br><br>
<b>{verb}</b>: {item}<br>Order #{num}<br><br><a href="https://www.amazon.com/gp/your-account/order-history">Track package</a>"""
    mail(
        when,
        "UTC",
        ("Amazon.com", "shipment-tracking@amazon.com"),
        subj,
        ("alt", strip_html(inner), amz_html(inner), "quoted-printable", "quoted-printable"),
        [],
    )


def amz_deals(when):
    inner = """<b style="font-size:22px">Early Black Friday deals are here</b><br><br>
Echo Dot (5th Gen) $22.99 <s>$49.99</s> · Kindle Paperwhite $124.99 · Fire TV Stick 4K $24.99<br><br>
Prime members: try Amazon Music Unlimited free for 3 months, then $11.99/month (auto-renews). Cancel anytime."""
    mail(
        when,
        "UTC",
        ("Amazon.com", "store-news@amazon.com"),
        "Derek, early Black Friday deals picked for you",
        ("alt", strip_html(inner), amz_html(inner), "quoted-printable", "quoted-printable"),
        [],
    )


# ---------------------------------------------------------------- HelloFresh
HF = ("HelloFresh", "hello@hellofresh.com")


def hf_html(inner):
    return f"""<html><body style="margin:0;background:#f8f5f0;font-family:Montserrat,Arial,sans-serif;color:#242424">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:20px 28px;background:#067a46;color:#ffffff;font-size:24px;font-weight:bold">HelloFresh</td></tr>
<tr><td style="padding:24px 28px;font-size:15px;line-height:23px">{inner}</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#6e6e6e;background:#f1f1f1">HelloFresh · 28 Liberty St, New York, NY 10005.
You're receiving this email because you have an active HelloFresh plan.</td></tr></table></td></tr></table></body></html>"""


HF_RECIPES = [
    ["Cheesy Beef Tostadas", "Honey-Garlic Chicken", "Tuscan Sausage Rigatoni"],
    ["Firecracker Meatballs", "Chicken Sausage Flatbreads", "Pork Carnitas Bowls"],
    ["One-Pot Tex-Mex Chicken Rice", "Creamy Parmesan Pork Chops", "Sweet Chili Shrimp Stir-Fry"],
    ["BBQ Cheddar Burgers", "Lemony Chicken Orzo", "Black Bean Enchiladas"],
    ["Chipotle Chicken Quesadillas", "Bulgogi Beef Bowls", "Shrimp Scampi Linguine"],
    ["Pecan-Crusted Chicken", "Smoky Pork Tacos", "Mushroom Ravioli with Sage Butter"],
]


def hf_order(when, deliver, charged, recipes, intro=False, nxt=None):
    box = D("107.88")
    ship = D("10.99")
    lines = [("3 meals for 4 people (12 servings)", usd(box))]
    total = box + ship
    if intro:
        disc = D("70.12")
        lines.append(("Introductory discount (65% off)", "-" + usd(disc)))
        total -= disc
    lines.append(("Shipping", usd(ship)))
    rs = "".join(f"<li>{r}</li>" for r in recipes)
    trs = "".join(f"<tr><td style='padding:4px 0'>{k}</td><td align='right'>{v}</td></tr>" for k, v in lines)
    head = (
        "Welcome to HelloFresh, Derek! 🎉 Your first box is confirmed."
        if intro
        else f"Hi Derek, your box for <b>{deliver}</b> is locked in and on its way soon."
    )
    extra = ""
    if intro:
        extra = (
            "<br><br>After your first box, your plan is 3 meals for 4 people at $8.99 per serving ($107.88 per week) "
            "plus $10.99 shipping. You can skip a week or pause anytime before the weekly cutoff."
        )
    if nxt:
        extra = f"<br><br>Up next: your box for {nxt[0]} will be charged on <b>{nxt[1]}</b>. Want to skip? Make changes before 11:59 PM PT the day before."
    inner = f"""{head}<br><br><b>Delivery:</b> {deliver}, 8 AM – 8 PM<br><b>Address:</b> {ADDR1}, Austin, TX<br><br>
<b>On the menu</b><ul>{rs}</ul>
<table width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #e4e4e4;padding-top:8px">{trs}
<tr><td style="padding:8px 0;border-top:1px solid #e4e4e4"><b>Order total</b></td><td align="right" style="border-top:1px solid #e4e4e4"><b>{usd(total)}</b></td></tr></table>
Charged to Visa ending in 2290 on {charged}.{extra}"""
    subj = (
        "Your first HelloFresh box is confirmed 🎉"
        if intro
        else f"Your HelloFresh order for {deliver} is confirmed 🥕"
    )
    mail(when, "ET", HF, subj, ("alt", strip_html(inner), hf_html(inner), "base64", "base64"), ["HelloFresh"])


def hf_skip(when):
    inner = """Hi Derek,<br><br>You're all set: your deliveries for <b>Tuesday, October 27</b> and <b>Tuesday, November 3</b> have been
skipped, so you won't be charged for those weeks.<br><br>Your next box arrives <b>Tuesday, November 10</b>. Menus are ready to pick!"""
    mail(
        when,
        "ET",
        HF,
        "Skipped! No boxes for Oct 27 and Nov 3",
        ("alt", strip_html(inner), hf_html(inner), "base64", "base64"),
        ["HelloFresh"],
    )


# ---------------------------------------------------------------- Google Play (HTML only)
GP = ("Google Play", "googleplay-noreply@google.com")


def gp_receipt(
    when, date_s, order, item_title, item_sub, price, period=None, renew=None, cte="quoted-printable"
):
    t = tax(price)
    total = D(price) + t
    per = f"/{period}" if period else ""
    renew_row = (
        f"<tr><td style='padding:4px 0;color:#5f6368'>Auto-renewing subscription. Next charge: {renew}</td></tr>"
        if renew
        else ""
    )
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#f1f3f4">
<table width="100%" border="0" cellpadding="0" cellspacing="0" bgcolor="#f1f3f4"><tr><td align="center" style="padding:24px 0">
<table width="600" border="0" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Roboto,Arial,sans-serif;color:#202124">
<tr><td style="padding:24px 32px;font-size:20px;color:#5f6368">Google Play</td></tr>
<tr><td style="padding:0 32px 8px;font-size:24px">Thank you.</td></tr>
<tr><td style="padding:0 32px 20px;font-size:14px;color:#5f6368">You've made a purchase from Google Play on {date_s}.</td></tr>
<tr><td style="padding:0 32px"><table width="100%" border="0" cellpadding="0" cellspacing="0" style="font-size:14px">
<tr><td style="padding:4px 0;color:#5f6368">Order number: {order}</td></tr>
<tr><td style="padding:4px 0;color:#5f6368">Order date: {date_s}</td></tr>
<tr><td style="padding:4px 0;color:#5f6368">Your account: derek.halvorsen@gmail.com</td></tr></table></td></tr>
<tr><td style="padding:16px 32px"><table width="100%" border="0" cellpadding="8" cellspacing="0" style="font-size:14px;border-top:1px solid #dadce0;border-bottom:1px solid #dadce0">
<tr><th align="left" style="color:#5f6368;font-weight:normal">Item</th><th align="right" style="color:#5f6368;font-weight:normal">Price</th></tr>
<tr><td>{item_title}<br><span style="color:#5f6368">{item_sub}</span></td><td align="right" valign="top">{usd(price)}{per}</td></tr>
<tr><td align="right">Tax:</td><td align="right">{usd(t)}{per}</td></tr>
<tr><td align="right"><b>Total:</b></td><td align="right"><b>{usd(total)}{per}</b></td></tr></table></td></tr>
<tr><td style="padding:0 32px"><table width="100%" cellpadding="0" cellspacing="0" style="font-size:13px">{renew_row}
<tr><td style="padding:4px 0;color:#5f6368">Payment method: Visa-4417</td></tr></table></td></tr>
<tr><td style="padding:24px 32px;font-size:11px;color:#5f6368">You can manage your subscriptions in Google Play. Learn more about
Google Play's refund policy. © 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043.</td></tr>
</table></td></tr></table></body></html>"""
    return html


def gp_google_one(when, date_s, renew):
    order = "GPA.33" + digits(2) + "-" + digits(4) + "-" + digits(4) + "-" + digits(5)
    html = gp_receipt(
        when, date_s, order, "Google One 2 TB (Google One)", "Monthly subscription", "9.99", "month", renew
    )
    mail(
        when,
        "PT",
        GP,
        f"Your Google Play Order Receipt from {date_s}",
        ("html", html, "quoted-printable"),
        ["Google One"],
    )


def gp_pokecoins(when):
    order = "GPA.33" + digits(2) + "-" + digits(4) + "-" + digits(4) + "-" + digits(5)
    html = gp_receipt(
        when,
        "Aug 22, 2026",
        order,
        "2,500 PokéCoins (Pokémon GO)",
        "In-app purchase · Niantic, Inc.",
        "19.99",
    )
    mail(when, "PT", GP, "Your Google Play Order Receipt from Aug 22, 2026", ("html", html, "base64"), [])


# ---------------------------------------------------------------- Apple
APPLE = ("Apple", "no_reply@email.apple.com")


def apple_receipt(when, date_s, sections, label, device="Derek’s iPhone"):
    """sections: list of (store, [(title, subtitle_lines, price)])"""
    order = "M" + alnum(9)
    doc = digits(12)
    sub = sum(D(p) for _, items in sections for _, _, p in items)
    t = tax(sub)
    total = sub + t
    tl = [
        "Apple Receipt",
        "-" * 59,
        "",
        "APPLE ACCOUNT",
        "derek.halvorsen@gmail.com",
        "",
        "BILLED TO",
        "Visa .... 4417",
        "Derek Halvorsen",
        ADDR1,
        "Austin,  TX  78749",
        "USA",
        "",
        f"ORDER ID:              {order}",
        f"DOCUMENT NO.:        {doc}",
        f"DATE:                {date_s:>12}",
        f"TOTAL:                     ${total}",
        "",
    ]
    hrows = []
    for store, items in sections:
        tl.append(f"{store:<47}")
        tl.append("-" * 80)
        hrows.append(
            f"<tr><td colspan='2' style='padding:14px 0 4px;font-size:16px;font-weight:600;border-bottom:1px solid #ddd'>{store}</td></tr>"
        )
        for title, subs, price in items:
            tl.append(f"{title:<72}{'$' + str(D(price)):>8}")
            for s in subs:
                tl.append(f"{s:<30}")
            hrows.append(
                f"<tr><td style='padding:8px 0'><b>{title}</b><br><span style='color:#666;font-size:12px'>"
                + "<br>".join(subs)
                + f"</span></td><td align='right' valign='top' style='padding:8px 0'>${D(price)}</td></tr>"
            )
    tl += [
        "-" * 80,
        f"{'Subtotal':>70}{'$' + str(sub):>10}",
        f"{'Tax':>70}{'$' + str(t):>10}",
        "-" * 80,
        f"{'TOTAL':>70}{'$' + str(total):>10}",
        "",
        "Privacy: We use a Subscriber ID to provide reports to developers.",
        "Get help with subscriptions and purchases. Visit Apple Support.",
        "Learn how to manage your password preferences for iTunes, Apple Books, and App Store purchases.",
        "",
        "Apple Account Summary • Terms of Sale • Privacy Policy",
        "Copyright © 2026 Apple Inc. All rights reserved.",
    ]
    text = "\n".join(tl) + "\n"
    html = f"""<html><body style="margin:0;font-family:-apple-system,'SF Pro Text','Helvetica Neue',Helvetica,Arial,sans-serif;color:#333">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="660" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 0;font-size:32px;font-weight:600">Receipt</td></tr>
<tr><td><table width="100%" cellpadding="6" cellspacing="0" style="background:#f5f5f7;border-radius:8px;font-size:12px">
<tr><td valign="top"><span style="color:#666">APPLE ACCOUNT</span><br>derek.halvorsen@gmail.com</td>
<td valign="top"><span style="color:#666">DATE</span><br>{date_s}</td>
<td valign="top" rowspan="2"><span style="color:#666">BILLED TO</span><br>Visa .... 4417<br>Derek Halvorsen<br>{ADDR1}<br>Austin, TX 78749<br>USA</td></tr>
<tr><td valign="top"><span style="color:#666">ORDER ID</span><br>{order}</td><td valign="top"><span style="color:#666">DOCUMENT NO.</span><br>{doc}</td></tr>
</table></td></tr>
<tr><td><table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">{"".join(hrows)}
<tr><td align="right" style="padding:10px 0 2px;border-top:1px solid #ddd">Subtotal</td><td align="right" style="padding:10px 0 2px;border-top:1px solid #ddd">${sub}</td></tr>
<tr><td align="right" style="padding:2px 0">Tax</td><td align="right">${t}</td></tr>
<tr><td align="right" style="padding:8px 0;font-weight:600;border-top:1px solid #ddd">TOTAL</td><td align="right" style="font-weight:600;border-top:1px solid #ddd">${total}</td></tr></table></td></tr>
<tr><td style="padding:30px 0;font-size:11px;color:#888">Privacy: We use a Subscriber ID to provide reports to developers.<br>
Apple Account Summary • Terms of Sale • Privacy Policy<br>Copyright © 2026 Apple Inc. All rights reserved.</td></tr>
</table></td></tr></table></body></html>"""
    mail(
        when,
        "PT",
        APPLE,
        "Your receipt from Apple.",
        ("alt", text, html, "quoted-printable", "quoted-printable"),
        label,
    )


def icloud(when, date_s, renews):
    apple_receipt(
        when,
        date_s,
        [("iCloud", [("iCloud+ with 200 GB storage", ["iCloud+ (Monthly)", f"Renews {renews}"], "2.99")])],
        ["iCloud+"],
    )


def abc_receipt(when, date_s, renews, with_toca=False):
    items = [
        (
            "ABCmouse.com: Learning Games",
            ["ABCmouse Monthly (Monthly)", f"Renews {renews}", "Sofia’s iPad"],
            "12.99",
        )
    ]
    if with_toca:
        items.append(("Toca Boca World", ["Bop City", "In-App Purchase", "Sofia’s iPad"], "3.99"))
    apple_receipt(when, date_s, [("App Store", items)], ["ABCmouse"])


def abc_confirm(when):
    text = """Apple Subscription Confirmation
-----------------------------------------------------------

Dear Derek,

You've accepted the following offer.

ABCmouse.com: Learning Games
Subscription: ABCmouse Monthly
Content Provider: Age of Learning, Inc.
Date Accepted: Apr 22, 2026
Introductory Offer: Free for 1 month, starting Apr 22, 2026
Subscription Price: $12.99/month, starting May 22, 2026
Payment Method: Visa .... 4417

Your subscription automatically renews until canceled.

To avoid being charged, you must cancel at least a day before each renewal
date. To learn more or cancel, review your subscription.
https://apps.apple.com/account/subscriptions

Regards,
Apple

For help with subscriptions and purchases, visit Apple Support.
https://support.apple.com/billing
"""
    html = (
        '<html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;color:#333">'
        "<h1 style='font-weight:600'>Subscription Confirmation</h1>"
        + "<br>\n".join(text.splitlines()[3:])
        + "</body></html>"
    )
    mail(
        when,
        "PT",
        APPLE,
        "Your Subscription Confirmation",
        ("alt", text, html, "quoted-printable", "quoted-printable"),
        ["ABCmouse"],
    )


# ---------------------------------------------------------------- Namecheap
NC = ("Namecheap", "support@namecheap.com")


def nc_order(when):
    text = """Namecheap

Dear Derek Halvorsen,

Thank you for your order. Your domain has been successfully renewed.

ORDER SUMMARY
Order Number: 172345678
Order Date: 12/20/2025 6:03:11 AM (UTC)
Transaction ID: 119933821

  Domain Renewal     halvorsenfamily.com     1 year      $18.48
  ICANN fee                                              $0.20
  ------------------------------------------------------------
  Sub Total                                              $18.68
  TOTAL                                                  $18.68

Payment: Auto-Renew - Visa ending 4417
New expiration date: Dec 20, 2026

Auto-renew is ON for this domain. We'll attempt to renew it for another year
before it expires.

Regards,
Team Namecheap
https://www.namecheap.com
"""
    html = (
        '<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">'
        '<div style="background:#de3723;color:#fff;padding:10px 16px;font-size:18px"><b>Namecheap</b></div>'
        "<div style='padding:16px'>Dear Derek Halvorsen,<br><br>Thank you for your order. Your domain has been successfully renewed."
        "<h3>ORDER SUMMARY</h3>Order Number: 172345678<br>Order Date: 12/20/2025 6:03:11 AM (UTC)<br>Transaction ID: 119933821<br><br>"
        "<table cellpadding='6' cellspacing='0' border='1' style='border-collapse:collapse;border-color:#ddd'>"
        "<tr style='background:#f6f6f6'><th>Product</th><th>Item</th><th>Duration</th><th>Price</th></tr>"
        "<tr><td>Domain Renewal</td><td>halvorsenfamily.com</td><td>1 year</td><td align='right'>$18.48</td></tr>"
        "<tr><td colspan='3'>ICANN fee</td><td align='right'>$0.20</td></tr>"
        "<tr><td colspan='3' align='right'><b>TOTAL</b></td><td align='right'><b>$18.68</b></td></tr></table><br>"
        "Payment: Auto-Renew - Visa ending 4417<br>New expiration date: Dec 20, 2026<br><br>"
        "Auto-renew is ON for this domain.<br><br>Regards,<br>Team Namecheap</div></body></html>"
    )
    mail(
        when,
        "UTC",
        NC,
        "Namecheap Order Summary - Order #172345678",
        ("alt", text, html, "7bit", "quoted-printable"),
        ["Namecheap"],
    )


def nc_notice(when):
    text = """Namecheap

Hi Derek Halvorsen,

This is a friendly reminder that the following domain is scheduled to be
automatically renewed:

  Domain                 Expiration      Auto-Renew Date    Renewal Price
  halvorsenfamily.com    Dec 20, 2026    Dec 20, 2026       $18.48 + $0.20 ICANN fee

The renewal will be charged to your default payment method (Visa ending
4417). Please make sure your payment details are up to date. If you no
longer need this domain, you can turn off auto-renew in your Domain List.

Regards,
Team Namecheap
"""
    mail(
        when,
        "UTC",
        NC,
        "[Namecheap] Domain auto-renewal reminder for halvorsenfamily.com",
        ("text", text, "7bit"),
        ["Namecheap"],
    )


# ======================================================================
# NEGATIVE SENDERS
# ======================================================================
def simple_html(brand, color, inner, foot):
    return f"""<html><body style="margin:0;font-family:Arial,Helvetica,sans-serif;color:#222">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" cellpadding="0" cellspacing="0">
<tr><td style="padding:14px 20px;background:{color};color:#ffffff;font-size:20px;font-weight:bold">{brand}</td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:21px">{inner}</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#777;border-top:1px solid #eee">{foot}</td></tr>
</table></td></tr></table></body></html>"""


def neg(
    when,
    zone,
    sender,
    subject,
    brand,
    color,
    inner,
    foot,
    cte=("quoted-printable", "quoted-printable"),
    slug=None,
):
    mail(
        when,
        zone,
        sender,
        subject,
        ("alt", strip_html(inner), simple_html(brand, color, inner, foot), cte[0], cte[1]),
        [],
        slug=slug,
    )


def negatives():
    neg(
        "2025-11-10 08:12",
        "CT",
        ("Travis County Tax Office", "taxoffice@traviscountytx.gov"),
        "Your 2025 Property Tax Statement is Available",
        "Travis County Tax Office",
        "#1d3c6e",
        """Dear Property Owner,<br><br>Your 2025 property tax statement for account 0412260318 (7412 THISTLE RIDGE TRL) is now
available online.<br><br>Total 2025 taxes: $9,826.44<br>Due date: January 31, 2026<br><br>Our records show that a mortgage
company (NATIONSTAR MORTGAGE LLC) has requested your tax statement. If your taxes are paid through an escrow account, you
do not need to pay this statement. Do not pay twice.<br><br>Celia Israel, Travis County Tax Assessor-Collector""",
        "Travis County Tax Office, 5501 Airport Blvd, Austin, TX 78751",
    )
    amz_order(
        "2025-11-28 14:22",
        "113-4482917-6620154",
        [
            ("LEGO Friends Heartlake City Community Center 42638", "79.99"),
            ("Crayola Inspiration Art Case, 140 Pieces", "24.97"),
        ],
        "8.66",
        "Tuesday, December 2",
    )
    amz_ship(
        "2025-11-29 21:05",
        'Shipped: "LEGO Friends Heartlake City..." and 1 more item',
        "LEGO Friends Heartlake City Community Center 42638 and 1 more item",
        "113-4482917-6620154",
    )
    rosa = """Hola mija y Derek,

¿Cómo están? ¿Ya saben si vienen para Navidad? Tu papá ya compró el pavo
y quiere saber cuántos vamos a ser. Los tamales los hacemos el 23, como
siempre, así que lleguen temprano si pueden.

Te mandé $300 por Zelle para los regalos de Lucas y Sofía. No le digan a tu
hermano, jaja. Cómprenles algo bonito, a mí no se me ocurre qué les gusta
ahora.

Derek, gracias por arreglarme la computadora el mes pasado. Ya funciona
todo muy bien.

Los quiero mucho. Un abrazo a los niños.

Mamá (Rosa)
"""
    mail(
        "2025-12-18 19:41",
        "CT",
        ("Rosa Peña", "rosa.pena1958@yahoo.com"),
        "¿Vienen para Navidad?",
        ("text", rosa, "quoted-printable", "iso-8859-1"),
        [],
        to=[WIFE, OWNER],
    )
    neg(
        "2025-12-20 10:30",
        "CT",
        ("H-E-B", "orders@heb.com"),
        "Your H-E-B Curbside order is ready for pickup",
        "H-E-B",
        "#dc291e",
        """Hi Derek,<br><br>Your order #68123450 is ready at <b>H-E-B Slaughter Lane and Brodie</b>. Pull into a Curbside spot and
check in on the app.<br><br><table cellpadding="3"><tr><td>Items (41)</td><td align="right">$188.62</td></tr>
<tr><td>Curbside fee</td><td align="right">$0.00</td></tr><tr><td>Tax</td><td align="right">$3.11</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>$191.73</b></td></tr></table><br>Here Everything's Better.""",
        "H-E-B, LP · 646 S. Flores St, San Antonio, TX 78204",
    )
    neg(
        "2025-12-22 11:02",
        "ET",
        ("Chase", "no.reply.alerts@chase.com"),
        "You received money with Zelle®",
        "CHASE",
        "#117aca",
        """Rosa Pena sent you money with Zelle®.<br><br><table cellpadding="3"><tr><td>Amount</td><td>$300.00</td></tr>
<tr><td>Memo</td><td>Regalos niños 🎁</td></tr><tr><td>Deposited to</td><td>CHASE TOTAL CHECKING (...8830)</td></tr>
<tr><td>Date</td><td>Dec 22, 2025</td></tr></table>""",
        "JPMorgan Chase Bank, N.A. Member FDIC. This is a service message.",
        cte=("base64", "base64"),
    )
    apple_receipt(
        "2025-12-26 20:47",
        "Dec 26, 2025",
        [("Apple TV", [("F1 The Movie", ["Film Rental", "Derek’s Apple TV"], "5.99")])],
        [],
    )
    neg(
        "2025-12-31 16:20",
        "CT",
        ("KUT & KUTX", "membership@kut.org"),
        "Thank you for your year-end gift to KUT & KUTX",
        "KUT 90.5 · KUTX 98.9",
        "#2a5298",
        """Dear Derek Halvorsen,<br><br>Thank you for your generous one-time gift of <b>$120.00</b> on December 31, 2025.
Your support keeps independent local journalism and music on the air for Central Texas.<br><br>
This letter serves as your receipt for tax purposes. No goods or services were provided in exchange for this contribution.
KUT is licensed to The University of Texas at Austin (EIN 74-6000203).<br><br>Want to go further? Become a Sustaining
Member for as little as $10/month.""",
        "KUT Public Media, 300 W. Dean Keeton St, Austin, TX 78712",
    )
    neg(
        "2026-01-08 06:15",
        "ET",
        ("Chase", "no.reply.alerts@chase.com"),
        "Your credit card statement is available",
        "CHASE",
        "#117aca",
        """Your Chase Sapphire Preferred® statement is available.<br><br><table cellpadding="3">
<tr><td>Account</td><td>(...4417)</td></tr><tr><td>Statement balance</td><td>$3,418.77</td></tr>
<tr><td>Minimum payment due</td><td>$40.00</td></tr><tr><td>Payment due date</td><td>02/04/2026</td></tr></table><br>
You're enrolled in AutoPay for the statement balance.""",
        "JPMorgan Chase Bank, N.A. Member FDIC. This is a service message.",
    )
    brew = """<b>Morning Brew</b> ☕ Thursday, January 15, 2026<br><br>Good morning. Markets shook off Tuesday's selloff and the
S&amp;P 500 closed at a record. Meanwhile, the Fed is widely expected to hold rates steady later this month.<br><br>
<b>MARKETS</b>: Nasdaq 21,344.16 (+0.9%) · S&amp;P 6,902.11 (+0.6%) · Bitcoin $97,210 (-1.2%)<br><br>
<b>STREAMING</b>: Another price hike? Analysts expect at least two major streamers to raise prices again this year, with
ad-free tiers now averaging $17.99/month.<br><br>Read time: 4 minutes"""
    neg(
        "2026-01-15 06:02",
        "ET",
        ("Morning Brew", "crew@morningbrew.com"),
        "☕ Record close",
        "Morning Brew",
        "#1a1a1a",
        brew,
        "You're receiving this because you subscribed to Morning Brew (it's free). Unsubscribe.",
        cte=("base64", "base64"),
    )
    neg(
        "2026-01-24 19:12",
        "PT",
        ("DoorDash", "no-reply@doordash.com"),
        "Order Confirmation for Derek from Torchy's Tacos",
        "DOORDASH",
        "#eb1700",
        """Thanks for your order, Derek!<br><br><b>Torchy's Tacos</b> (South Lamar)<br>Estimated arrival 7:45 PM<br><br>
<table cellpadding="3"><tr><td>2x Trailer Park (Trashy)</td><td align="right">$13.50</td></tr>
<tr><td>1x Democrat</td><td align="right">$5.95</td></tr><tr><td>1x Kids Cheese Quesadilla x2</td><td align="right">$9.90</td></tr>
<tr><td>1x Green Chile Queso</td><td align="right">$7.95</td></tr><tr><td>Subtotal</td><td align="right">$37.30</td></tr>
<tr><td>Delivery Fee</td><td align="right">$3.99</td></tr><tr><td>Service Fee</td><td align="right">$5.60</td></tr>
<tr><td>Estimated Tax</td><td align="right">$3.08</td></tr><tr><td>Dasher Tip</td><td align="right">$7.00</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>$56.97</b></td></tr></table><br>
Save on delivery fees with DashPass: $0 delivery fees on eligible orders for $9.99/mo. Try it free for 30 days.""",
        "DoorDash, 303 2nd Street, South Tower, 8th Floor, San Francisco, CA 94107",
    )
    mail(
        "2026-02-08 13:55",
        "PT",
        ("Google", "no-reply@accounts.google.com"),
        "Security alert",
        (
            "alt",
            """New sign-in to your account

derek.halvorsen@gmail.com

We noticed a new sign-in to your Google Account on a Pixel 9 device. If this
was you, you don't need to do anything. If not, we'll help you secure your
account.

Check activity: https://myaccount.google.com/notifications

You received this email to let you know about important changes to your
Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
            """<html><body style="font-family:Roboto,Arial,sans-serif"><div style="max-width:516px;margin:0 auto;border:1px solid #dadce0;border-radius:8px;padding:40px 20px;text-align:center">
<div style="font-size:24px">New sign-in to your account</div><div style="font-size:14px;padding-top:8px">derek.halvorsen@gmail.com</div>
<div style="font-size:14px;padding-top:20px;text-align:left">We noticed a new sign-in to your Google Account on a Pixel 9 device. If this was you,
you don't need to do anything. If not, we'll help you secure your account.</div></div></body></html>""",
            "7bit",
            "quoted-printable",
        ),
        [],
    )
    cost_order("2026-02-14 15:30")
    neg(
        "2026-02-15 10:00",
        "ET",
        ("Spectrum", "spectrum@exchange.spectrum.com"),
        "Derek, get Spectrum Internet® for $49.99/mo",
        "Spectrum",
        "#0099d8",
        """<b style="font-size:22px">Fast, reliable internet in Austin.</b><br><br>Spectrum Internet® 500 Mbps for
<b>$49.99/mo</b> for 12 months with Auto Pay. Add Spectrum Mobile™ Unlimited for $30/mo per line.<br><br>
No contracts. No data caps. Free modem.<br><br>Offer available to new residential customers at 7412 Thistle Ridge Trl.""",
        "Charter Communications, 400 Washington Blvd, Stamford, CT 06902. Unsubscribe.",
    )
    neg(
        "2026-02-18 07:40",
        "CT",
        ("USPS Informed Delivery", "USPSInformeddelivery@email.informeddelivery.usps.com"),
        "Your Daily Digest for Wed, 2/18 is ready to view",
        "USPS Informed Delivery",
        "#333366",
        """Hello, DEREK HALVORSEN<br><br>You have <b>4 mailpieces</b> and <b>1 package</b> scheduled to arrive soon.<br><br>
Mailpieces: CITY OF AUSTIN UTILITIES · TRAVIS CENTRAL APPRAISAL DISTRICT · BLUE CROSS BLUE SHIELD OF TEXAS · (image not available)<br>
Package: USPS Tracking® 9400 1118 9922 3487 1120 55 — Expected Delivery Thursday 2/19""",
        "USPS Informed Delivery. Do not reply.",
        cte=("7bit", "quoted-printable"),
    )
    neg(
        "2026-02-26 12:10",
        "CT",
        ("Austin Regional Clinic", "noreply@arcpatient.com"),
        "Your ARC statement is ready",
        "ARC Austin Regional Clinic",
        "#006bb6",
        """Dear Derek Halvorsen,<br><br>A new statement is available in MyARC for services on 02/03/2026 (Sofia Halvorsen,
ARC Southwest Pediatrics).<br><br>Patient responsibility after insurance: <b>$45.00</b><br>Please pay by 03/28/2026.<br><br>
Pay online at MyARC or call Patient Accounts at 512-346-6611.""",
        "Austin Regional Clinic, P.A.",
    )
    neg(
        "2026-03-01 09:00",
        "PT",
        ("Disney+", "disneyplus@mail.disneyplus.com"),
        "Disney+, Hulu, HBO Max. All in one.",
        "Disney+",
        "#0b1f57",
        """<b style="font-size:22px">Get the bundle everyone's talking about</b><br><br>Disney+, Hulu and HBO Max with ads for
<b>$16.99/month</b>. Or go ad-free for $32.99/month.<br><br>Stream Zootopia 2 and more. Subscribe now — cancel anytime.""",
        "© Disney. Disney+, 500 S. Buena Vista St, Burbank, CA 91521. You're receiving this as a former Disney+ trial user.",
    )
    neg(
        "2026-03-13 23:48",
        "PT",
        ("Uber Receipts", "noreply@uber.com"),
        "Your Friday night trip with Uber",
        "Uber",
        "#000000",
        """<b style="font-size:28px">$34.18</b><br>Thanks for riding, Derek<br>March 13, 2026<br><br>
<table cellpadding="3"><tr><td>Trip fare</td><td align="right">$21.76</td></tr><tr><td>Surge (SXSW)</td><td align="right">$6.10</td></tr>
<tr><td>Booking Fee</td><td align="right">$2.32</td></tr><tr><td>Tip</td><td align="right">$4.00</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>$34.18</b></td></tr></table><br>
UberX · 6.8 mi · 19 min<br>Rainey St, Austin, TX → 7412 Thistle Ridge Trl<br>Visa ••••4417<br><br>
Uber One members save on every ride. Join for $9.99/mo.""",
        "Uber Technologies, Inc. 1725 3rd Street, San Francisco, CA 94158",
    )
    neg(
        "2026-03-20 11:25",
        "ET",
        ("Chewy", "orders@chewy.com"),
        "Your Chewy order #1482290113 has been received",
        "chewy",
        "#1c49c2",
        """Hi Derek,<br><br>Thanks for your order! Here's what's coming for Biscuit:<br><br><table cellpadding="3">
<tr><td>Purina Pro Plan Adult Large Breed, 34-lb bag</td><td align="right">$72.98</td></tr>
<tr><td>Nylabone Power Chew Durable Dog Toy</td><td align="right">$11.49</td></tr><tr><td>Shipping</td><td align="right">FREE</td></tr>
<tr><td>Tax</td><td align="right">$0.95</td></tr><tr><td><b>Order Total</b></td><td align="right"><b>$85.42</b></td></tr></table><br>
Save 5% today and 35% on your first Autoship order — set it up anytime in your account.""",
        "Chewy, Inc. 7700 West Sunrise Boulevard, Plantation, FL 33322",
    )
    neg(
        "2026-03-28 21:17",
        "PT",
        ("TurboTax", "do_not_reply@intuit.com"),
        "Your TurboTax order confirmation",
        "intuit turbotax",
        "#236cff",
        """Hi Derek,<br><br>Thanks for filing with TurboTax. Here's your order summary.<br><br><table cellpadding="3">
<tr><td>TurboTax Deluxe Online (Federal)</td><td align="right">$79.00</td></tr>
<tr><td>State: not required (TX)</td><td align="right">$0.00</td></tr><tr><td>Tax</td><td align="right">$6.52</td></tr>
<tr><td><b>Total charged</b></td><td align="right"><b>$85.52</b></td></tr></table><br>
Your 2025 federal return was e-filed on March 28, 2026. Expected refund: $1,204.00.""",
        "Intuit Inc., 2700 Coast Avenue, Mountain View, CA 94043",
    )
    neg(
        "2026-04-02 17:30",
        "PT",
        ("Nextdoor", "no-reply@rs.email.nextdoor.com"),
        "Coyote sighting near Slaughter Creek and 7 more posts",
        "nextdoor",
        "#8ed500",
        """<b>Cobblestone Creek</b> · Today's top posts<br><br>🐺 Coyote sighting near Slaughter Creek trail — keep small dogs in<br>
🌳 Anyone have a good tree trimmer? Quotes so far $450-$900 for two live oaks<br>
🏊 Pool opening date? HOA says May 23<br>🍋 Kids' lemonade stand Saturday on Thistle Ridge, 50¢ a cup!""",
        "Nextdoor, 420 Taylor Street, San Francisco, CA 94102. Unsubscribe.",
        cte=("base64", "base64"),
    )
    amz_order(
        "2026-04-10 12:40",
        "113-9902415-3318270",
        [("Rain Bird 32ETI Easy to Install In-Ground Automatic Sprinkler Kit", "64.99")],
        "5.36",
        "Sunday, April 12",
    )
    neg(
        "2026-04-11 16:05",
        "CT",
        ("The Home Depot", "HomeDepotReceipt@homedepot.com"),
        "Your Electronic Receipt",
        "The Home Depot",
        "#f96302",
        """Thank you for shopping The Home Depot #6548 Brodie Lane.<br><br><table cellpadding="2">
<tr><td>VIGORO 2CF BROWN MULCH x10</td><td align="right">$38.00</td></tr><tr><td>RYOBI 40V BLOWER</td><td align="right">$149.00</td></tr>
<tr><td>ZIP TIES 100PK</td><td align="right">$6.97</td></tr><tr><td>SUBTOTAL</td><td align="right">$193.97</td></tr>
<tr><td>SALES TAX</td><td align="right">$16.00</td></tr><tr><td><b>TOTAL</b></td><td align="right"><b>$209.97</b></td></tr></table><br>
VISA XXXXXXXXXXXX4417 · 04/11/26 15:58""",
        "The Home Depot, 2455 Paces Ferry Road, Atlanta, GA 30339",
        cte=("7bit", "quoted-printable"),
    )
    neg(
        "2026-04-15 09:00",
        "CT",
        ("Travis Central Appraisal District", "noreply@traviscad.org"),
        "2026 Notice of Appraised Value - Property ID 412260",
        "Travis Central Appraisal District",
        "#4b4b4b",
        """This notice is to inform you of the 2026 appraised value of your property.<br><br><table cellpadding="3">
<tr><td>Property ID</td><td>412260</td></tr><tr><td>Situs</td><td>7412 THISTLE RIDGE TRL</td></tr>
<tr><td>2025 Market Value</td><td>$548,210</td></tr><tr><td>2026 Market Value</td><td>$561,900</td></tr>
<tr><td>Homestead Cap Value</td><td>$557,480</td></tr></table><br>
The deadline to file a protest is May 15, 2026 or 30 days after this notice, whichever is later. This is not a tax bill.""",
        "Travis Central Appraisal District, 850 East Anderson Lane, Austin, TX 78752",
    )
    neg(
        "2026-04-18 13:14",
        "PT",
        ("Venmo", "venmo@venmo.com"),
        "Jenna Morales paid you $24.00",
        "venmo",
        "#008cff",
        """<b>Jenna Morales</b> paid you <b>$24.00</b><br><br>"U8 soccer snacks + team banner ⚽"<br><br>
Transfer your balance to your bank for free, or use it to pay friends.""",
        "Venmo is a service of PayPal, Inc., a licensed provider of money transfer services. 2211 N. First St., San Jose, CA 95131",
        cte=("base64", "base64"),
    )
    neg(
        "2026-05-02 20:33",
        "CT",
        ("Southwest Airlines", "SouthwestAirlines@iluv.southwest.com"),
        "You're going to San Diego! (AUS - SAN) Confirmation #R7KQ2M",
        "Southwest",
        "#304cb2",
        """Derek, you're all set.<br><br><b>Confirmation #R7KQ2M</b><br>Wed, Jun 17 · AUS 7:05 AM → SAN 8:20 AM · Flight #1843<br>
Sun, Jun 21 · SAN 4:40 PM → AUS 9:45 PM · Flight #2212<br><br>Passengers: Derek Halvorsen, Marisol Pena Halvorsen, Lucas Halvorsen, Sofia Halvorsen<br><br>
<table cellpadding="3"><tr><td>Air total (4 passengers)</td><td align="right">$1,103.92</td></tr>
<tr><td>Taxes &amp; fees</td><td align="right">$132.48</td></tr><tr><td><b>Total</b></td><td align="right"><b>$1,236.40</b></td></tr></table>""",
        "Southwest Airlines Co., P.O. Box 36647, Dallas, TX 75235",
    )
    neg(
        "2026-05-03 10:48",
        "ET",
        ("Etsy", "transaction@etsy.com"),
        "Your Etsy Purchase from PaperLoveAustin (3398122765)",
        "Etsy",
        "#f1641e",
        """Hi Derek,<br><br>Your order has been placed.<br><br><table cellpadding="3"><tr><td>Custom Family Portrait Illustration, Digital + Print 8x10</td><td align="right">$58.00</td></tr>
<tr><td>Shipping</td><td align="right">$4.95</td></tr><tr><td>Sales tax</td><td align="right">$5.19</td></tr>
<tr><td><b>Order total</b></td><td align="right"><b>$68.14</b></td></tr></table><br>Note to seller: "For Mother's Day, please ship by May 8!\"""",
        "Etsy, Inc., 117 Adams Street, Brooklyn, NY 11201",
        cte=("quoted-printable", "base64"),
    )
    neg(
        "2026-05-05 15:02",
        "PT",
        ("Airbnb", "automated@airbnb.com"),
        "Reservation confirmed for Port Aransas",
        "airbnb",
        "#ff385c",
        """Pack your bags, Derek! Your reservation is confirmed.<br><br><b>Beachfront condo, pool, 2BR</b> · Port Aransas, TX<br>
Check-in Fri, Jul 10 · 4:00 PM<br>Checkout Mon, Jul 13 · 10:00 AM<br>Guests: 4 adults, 4 children<br><br>
<table cellpadding="3"><tr><td>$245.00 x 3 nights</td><td align="right">$735.00</td></tr><tr><td>Cleaning fee</td><td align="right">$150.00</td></tr>
<tr><td>Airbnb service fee</td><td align="right">$0.00</td></tr><tr><td>Taxes</td><td align="right">$90.00</td></tr>
<tr><td><b>Total (USD)</b></td><td align="right"><b>$975.00</b></td></tr></table>""",
        "Airbnb, Inc., 888 Brannan St, San Francisco, CA 94103",
        cte=("quoted-printable", "base64"),
    )
    erik = """Hey D,

Booked the Port A place, $975 total for the 3 nights. Split down the middle
that's $487.50 each, but you guys covered the Costco run last time so call
it $412.50 and we're even. Venmo or Zelle, whatever's easier.

Also Dad wants to go in on a fishing charter Saturday, ~$600 for the boat.
I told him we'd think about it.

E
"""
    mail(
        "2026-05-06 08:51",
        "MT",
        ("Erik Halvorsen", "erik.halvorsen@outlook.com"),
        "Re: Port A in July",
        ("text", erik, "7bit"),
        [],
        extra=[("In-Reply-To", "<CAH2x9Lq+port-a@mail.gmail.com>")],
    )
    neg(
        "2026-05-14 12:00",
        "CT",
        ("Front Gate Tickets", "info@frontgatetickets.com"),
        "Your ACL Music Festival 2026 Order Confirmation",
        "ACL Festival · Front Gate Tickets",
        "#2e1a47",
        """Thanks for your order, DEREK!<br><br>Order #ACL26-4471209<br><table cellpadding="3">
<tr><td>2x 3-Day GA - Weekend Two (Oct 9-11)</td><td align="right">$698.00</td></tr>
<tr><td>Fees</td><td align="right">$95.62</td></tr><tr><td><b>Total</b></td><td align="right"><b>$793.62</b></td></tr></table><br>
Wristbands ship in August. Zilker Park, Austin, TX.""",
        "Front Gate Tickets, 3800 N Lamar Blvd, Austin, TX 78756",
    )
    hbo_winback("2026-05-18 10:00")
    ci = """<b>Community Impact — Southwest Austin | Dripping Springs</b><br><br>
• Austin ISD approves 2026-27 calendar; first day is Aug. 13<br>
• City’s new “Slaughter Lane mobility” project to start this summer — expect lane closures on Brodie<br>
• Austin Energy proposes base-rate increase: the average residential customer would pay about $6 more a month starting November<br>
• New restaurants: “Tacos Doña Lupe” opens on Menchaca Rd"""
    mail(
        "2026-05-20 06:30",
        "CT",
        ("Community Impact", "newsletters@communityimpact.com"),
        "Southwest Austin: AISD calendar, Slaughter Lane work, and more",
        (
            "alt",
            strip_html(ci),
            simple_html(
                "Community Impact",
                "#c8102e",
                ci,
                "You subscribed to Community Impact newsletters. Unsubscribe.",
            ),
            "quoted-printable",
            "quoted-printable",
            "windows-1252",
        ),
        [],
    )
    neg(
        "2026-06-06 09:40",
        "CT",
        ("H-E-B", "orders@heb.com"),
        "Thanks for your H-E-B order #70244818",
        "H-E-B",
        "#dc291e",
        """Hi Derek,<br><br>Thanks for shopping H-E-B Curbside at Slaughter Lane and Brodie.<br><br><table cellpadding="3">
<tr><td>Items (28)</td><td align="right">$142.09</td></tr><tr><td>Curbside fee</td><td align="right">$0.00</td></tr>
<tr><td>Tax</td><td align="right">$2.47</td></tr><tr><td><b>Total</b></td><td align="right"><b>$144.56</b></td></tr></table><br>
H-E-B+ members get free curbside on orders over $35. Learn more.""",
        "H-E-B, LP · 646 S. Flores St, San Antonio, TX 78204",
    )
    neg(
        "2026-06-09 18:22",
        "ET",
        ("Chase", "no.reply.alerts@chase.com"),
        "Your $642.17 transaction with COSTCO WHSE #0681",
        "CHASE",
        "#117aca",
        """You made a $642.17 transaction with COSTCO WHSE #0681 on your Chase Sapphire Preferred® (...4417).<br><br>
Date: Jun 9, 2026 at 6:19 PM ET<br>Merchant: COSTCO WHSE #0681<br>Amount: $642.17<br><br>
You are receiving this alert because the transaction exceeded $500.00.""",
        "JPMorgan Chase Bank, N.A. Member FDIC.",
    )
    neg(
        "2026-06-25 14:10",
        "CT",
        ("GEICO", "geico@email.geico.com"),
        "Derek, your GEICO auto quote is ready",
        "GEICO",
        "#154b8b",
        """Hi Derek,<br><br>Thanks for getting a quote. Here's what we found for your 2021 Toyota Highlander and 2018 Honda Civic:<br><br>
<b>6-month premium: $852.60</b> (about $142.10/mo)<br>Quote #0438821774 · Valid until 07/25/2026<br><br>
Switch today and save. Complete your purchase in minutes at geico.com.""",
        "GEICO, One GEICO Plaza, Washington, DC 20076. You're receiving this because you requested a quote.",
    )
    neg(
        "2026-07-01 20:05",
        "ET",
        ("Paramount+", "paramountplus@mail.paramountplus.com"),
        "Welcome to Paramount+! Your free trial has started",
        "Paramount+",
        "#0064ff",
        """Hi Derek,<br><br>Your 7-day free trial of <b>Paramount+ Essential</b> has started. Enjoy Yellowstone, SpongeBob and live NFL on CBS.<br><br>
Your trial ends July 8, 2026. After that, you'll be charged <b>$8.99/month</b> plus applicable tax unless you cancel before the trial ends.""",
        "Paramount Streaming, 1515 Broadway, New York, NY 10036",
    )
    neg(
        "2026-07-04 15:31",
        "CT",
        ("Alamo Drafthouse", "tickets@drafthouse.com"),
        "Your tickets for Toy Story 5 at Alamo Drafthouse Slaughter Lane",
        "ALAMO DRAFTHOUSE",
        "#a4000f",
        """Hi Derek, you're going to the movies!<br><br><b>Toy Story 5</b><br>Sat, Jul 4, 2026 · 4:20 PM · Slaughter Lane · Theater 6<br>
Seats: E7, E8, E9, E10<br><br><table cellpadding="3"><tr><td>2 Adult</td><td align="right">$27.98</td></tr><tr><td>2 Child</td><td align="right">$21.98</td></tr>
<tr><td>Booking fees</td><td align="right">$6.00</td></tr><tr><td><b>Total</b></td><td align="right"><b>$55.96</b></td></tr></table><br>
See a movie every day for one low price with Alamo Season Pass — $24.99/month in Austin.""",
        "Alamo Drafthouse Cinema, 3908 Avenue B, Austin, TX 78751",
    )
    neg(
        "2026-07-07 21:40",
        "ET",
        ("Paramount+", "paramountplus@mail.paramountplus.com"),
        "Your Paramount+ subscription has been canceled",
        "Paramount+",
        "#0064ff",
        """Hi Derek,<br><br>We've canceled your Paramount+ subscription as requested. Because you canceled during your free trial,
<b>you won't be charged</b>. You can keep watching until July 8, 2026.<br><br>Changed your mind? Restart anytime.""",
        "Paramount Streaming, 1515 Broadway, New York, NY 10036",
    )
    spotify_reset("2026-07-09 02:14")
    neg(
        "2026-07-28 19:02",
        "CT",
        ("Target", "orders@oe.target.com"),
        "Thanks for your order! #912004471281",
        "Target",
        "#cc0000",
        """Hi Derek,<br><br>We got your order and we'll let you know when it's ready for Drive Up at Target Sunset Valley.<br><br>
<table cellpadding="3"><tr><td>Cat &amp; Jack Boys' Backpack</td><td align="right">$25.00</td></tr><tr><td>Crayola Markers 10ct x2</td><td align="right">$4.38</td></tr>
<tr><td>Five Star Spiral Notebooks 6pk</td><td align="right">$14.99</td></tr><tr><td>Subtotal</td><td align="right">$44.37</td></tr>
<tr><td>Estimated tax</td><td align="right">$0.00 (Sales Tax Holiday)</td></tr><tr><td><b>Total</b></td><td align="right"><b>$44.37</b></td></tr></table><br>
Get free same-day delivery on orders $35+ with Target Circle 360™ ($99/year). Start a free trial.""",
        "Target Corporation, 1000 Nicollet Mall, Minneapolis, MN 55403",
    )
    neg(
        "2026-08-11 10:00",
        "CT",
        ("Bright Smiles Family Dentistry", "reminders@brightsmilesatx.com"),
        "Appointment reminder for Lucas and Sofia",
        "Bright Smiles Family Dentistry",
        "#2bb3c0",
        """Hi Derek,<br><br>This is a reminder of upcoming appointments:<br><br>Lucas Halvorsen — Cleaning &amp; exam, Thu Aug 20 at 3:30 PM<br>
Sofia Halvorsen — Cleaning &amp; exam, Thu Aug 20 at 4:15 PM<br><br>Reply C to confirm. Estimated patient portion after insurance: $0.00.""",
        "Bright Smiles Family Dentistry, 5700 W Slaughter Ln, Austin, TX 78749",
        cte=("7bit", "quoted-printable"),
    )
    amz_ship(
        "2026-08-14 16:44",
        'Delivered: "Rain Bird 32ETI Easy..."',
        "Rain Bird 32ETI Easy to Install In-Ground Automatic Sprinkler Kit",
        "113-9902415-3318270",
        verb="Delivered",
    )
    neg(
        "2026-08-20 09:00",
        "PT",
        ("YouTube TV", "youtubetv-noreply@google.com"),
        "NFL Sunday Ticket is back on YouTube TV",
        "YouTube TV",
        "#ff0000",
        """<b style="font-size:22px">Every out-of-market Sunday game. Live.</b><br><br>Get YouTube TV Base Plan for <b>$82.99/mo</b>
and add NFL Sunday Ticket for $276 for the season (early-bird price). New members get their first 3 months for $64.99/mo.<br><br>Cancel anytime.""",
        "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043. You've received this email because you have a Google Account.",
    )
    gp_pokecoins("2026-08-22 17:31")
    neg(
        "2026-08-25 16:15",
        "CT",
        ("Cedar Hollow Elementary PTA", "pta@cedarhollowpta.org"),
        "Welcome back, Cedar Hollow Owls! 🦉 PTA News",
        "Cedar Hollow PTA",
        "#f2a900",
        """Hi Owl families!<br><br>• Meet the Teacher night is Aug 27, 5-6:30 PM<br>• PTA membership is just $10 per family this year — join on MemberHub<br>
• Spirit shirts are $15; order by Sept 5<br>• Boosterthon fun run is Oct 2: every dollar goes to the new playground shade structure<br><br>Go Owls!""",
        "Cedar Hollow Elementary PTA is a 501(c)(3). You're receiving this as a parent of a Cedar Hollow student.",
        cte=("base64", "base64"),
    )
    neg(
        "2026-09-02 07:10",
        "ET",
        ("Chase", "no.reply.alerts@chase.com"),
        "Your AutoPay payment is scheduled",
        "CHASE",
        "#117aca",
        """Your AutoPay payment of <b>$2,906.44</b> for your Chase Sapphire Preferred® (...4417) will be made on 09/04/2026
from CHASE TOTAL CHECKING (...8830).<br><br>This is your statement balance as of 08/09/2026.""",
        "JPMorgan Chase Bank, N.A. Member FDIC.",
    )
    neg(
        "2026-09-09 11:00",
        "PT",
        ("Zillow", "no-reply@mail.zillow.com"),
        "Your home's Zestimate went up $4,300",
        "Zillow",
        "#006aff",
        """<b>7412 Thistle Ridge Trl</b><br>Zestimate®: <b>$566,100</b> (+$4,300 this month)<br>Rent Zestimate®: $3,150/mo<br><br>
3 homes sold nearby this month, from $519,000 to $612,500. Thinking of refinancing? See today's rates.""",
        "Zillow, Inc. 1301 Second Avenue, Floor 31, Seattle, WA 98101. Unsubscribe.",
    )
    vz_promo("2026-09-10 12:00")
    neg(
        "2026-09-12 18:55",
        "PT",
        ("Uber Eats", "noreply@uber.com"),
        "Your Uber Eats order with Home Slice Pizza",
        "Uber Eats",
        "#06c167",
        """<b style="font-size:28px">$48.30</b><br>Thanks for ordering, Derek<br><br><b>Home Slice Pizza</b> (South Congress)<br>
<table cellpadding="3"><tr><td>1x Large Cheese Pie</td><td align="right">$24.00</td></tr><tr><td>1x Garlic Knots</td><td align="right">$6.50</td></tr>
<tr><td>Delivery Fee</td><td align="right">$2.49</td></tr><tr><td>Service Fee</td><td align="right">$4.58</td></tr>
<tr><td>Taxes</td><td align="right">$2.73</td></tr><tr><td>Tip</td><td align="right">$8.00</td></tr><tr><td><b>Total</b></td><td align="right"><b>$48.30</b></td></tr></table><br>
Paid with Visa ••••4417""",
        "Uber Technologies, Inc. 1725 3rd Street, San Francisco, CA 94158",
    )
    ms_code("2026-10-02 22:18")
    neg(
        "2026-10-03 23:55",
        "PT",
        ("Uber Receipts", "noreply@uber.com"),
        "Your Saturday night trip with Uber",
        "Uber",
        "#000000",
        """<b style="font-size:28px">$41.62</b><br>Thanks for riding, Derek<br>October 3, 2026<br><br>
<table cellpadding="3"><tr><td>Trip fare</td><td align="right">$27.40</td></tr><tr><td>Wait time</td><td align="right">$1.84</td></tr>
<tr><td>Booking Fee</td><td align="right">$2.38</td></tr><tr><td>Tip</td><td align="right">$10.00</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>$41.62</b></td></tr></table><br>UberXL · 8.1 mi · 31 min<br>Barton Springs Rd (ACL Fest rideshare) → 7412 Thistle Ridge Trl""",
        "Uber Technologies, Inc. 1725 3rd Street, San Francisco, CA 94158",
    )
    neg(
        "2026-10-06 07:00",
        "CT",
        ("SchoolCafé", "noreply@schoolcafe.com"),
        "Low balance alert for Lucas Halvorsen",
        "SchoolCafé",
        "#4a9b3e",
        """Hello Derek Halvorsen,<br><br>The meal account balance for <b>Lucas Halvorsen</b> (Austin ISD, Cedar Hollow Elementary) is
<b>$3.25</b>, below your alert threshold of $5.00.<br><br>Add funds at SchoolCafé. A $2.60 program fee applies to card payments.""",
        "SchoolCafé by Cybersoft Technologies. Do not reply.",
        cte=("base64", "base64"),
    )
    neg(
        "2026-11-12 12:30",
        "CT",
        ("The Texas Tribune", "membership@texastribune.org"),
        "Thank you for your gift to The Texas Tribune",
        "The Texas Tribune",
        "#231f20",
        """Dear Derek,<br><br>Thank you for your one-time gift of <b>$50.00</b> on November 12, 2026. The Texas Tribune is a nonprofit,
nonpartisan newsroom and your support makes our reporting free for every Texan.<br><br>No goods or services were provided in
exchange for this gift. The Texas Tribune's EIN is 26-4563524.<br><br>Ready to go further? Join our Circle with a recurring monthly gift.""",
        "The Texas Tribune, 919 Congress Ave, Suite 1400, Austin, TX 78701",
    )
    neg(
        "2026-11-15 10:22",
        "PT",
        ("Venmo", "venmo@venmo.com"),
        "You paid Megan Ortiz $40.00",
        "venmo",
        "#008cff",
        """You paid <b>Megan Ortiz</b> <b>$40.00</b><br><br>"Ava's bday party gift card 🎂"<br><br>Payment ID: 4471928830265""",
        "Venmo is a service of PayPal, Inc., a licensed provider of money transfer services. 2211 N. First St., San Jose, CA 95131",
        cte=("base64", "base64"),
    )
    amz_deals("2026-11-21 13:00")
    mar = """Babe,

Costco run for Thanksgiving came to $214.36 (turkey, pies, the giant thing
of coffee). Your mom is bringing the green beans and Erik said he'll bring
wine. Can you grab ice and the folding chairs from the garage Wednesday?

Also we still need to decide on the kids' Christmas budget. I was thinking
$150 each, plus whatever Mom sends.

M
"""
    mail(
        "2026-11-23 20:04",
        "CT",
        WIFE,
        "Thanksgiving stuff",
        ("text", mar, "7bit"),
        [],
        slug="marisol-pena-halvorsen",
    )


# ======================================================================
# EVIDENCE TIMELINE
# ======================================================================
def evidence():
    # Mr. Cooper
    mrcooper_payment("2025-11-01 06:41", "2684.19", "11/01/2025", "12/01/2025")
    mrcooper_escrow("2025-12-09 10:15")
    mrcooper_payment("2026-02-01 06:38", "2731.55", "02/01/2026", "03/01/2026")
    mrcooper_payment("2026-06-01 06:44", "2731.55", "06/01/2026", "07/01/2026")
    mrcooper_payment("2026-11-01 06:40", "2731.55", "11/01/2026", "12/01/2026")

    # City of Austin Utilities
    coa_bill(
        "2025-12-16 04:10",
        "12/16/2025",
        "01/06/2026",
        "11/12/2025 - 12/12/2025",
        742,
        "78.41",
        "31.22",
        4300,
        "42.15",
        "231.88",
    )
    coa_bill(
        "2026-02-13 04:12",
        "02/13/2026",
        "03/06/2026",
        "01/13/2026 - 02/11/2026",
        931,
        "96.88",
        "28.40",
        3900,
        "40.07",
        "251.06",
    )
    coa_bill(
        "2026-04-15 04:09",
        "04/15/2026",
        "05/06/2026",
        "03/13/2026 - 04/13/2026",
        598,
        "64.10",
        "33.95",
        4700,
        "41.30",
        "259.74",
    )
    coa_bill(
        "2026-07-16 04:11",
        "07/16/2026",
        "08/06/2026",
        "06/12/2026 - 07/14/2026",
        1804,
        "212.57",
        "58.61",
        8900,
        "44.02",
        "362.40",
    )
    coa_bill(
        "2026-09-15 04:13",
        "09/15/2026",
        "10/06/2026",
        "08/13/2026 - 09/13/2026",
        1612,
        "188.36",
        "61.27",
        9300,
        "44.02",
        "409.59",
    )
    coa_bill(
        "2026-11-16 04:08",
        "11/16/2026",
        "12/07/2026",
        "10/14/2026 - 11/12/2026",
        779,
        "82.95",
        "36.48",
        5100,
        "42.15",
        "301.77",
    )

    # GFiber
    gf_bill("2025-12-04 03:30", "December", "Dec 4, 2025 – Jan 3, 2026", [("1 Gig", "70.00")], "Dec 4, 2025")
    gf_bill("2026-03-04 03:31", "March", "Mar 4 – Apr 3, 2026", [("1 Gig", "70.00")], "Mar 4, 2026")
    gf_upgrade("2026-06-18 14:02")
    gf_bill(
        "2026-07-04 03:29",
        "July",
        "Jul 4 – Aug 3, 2026",
        [
            ("2 Gig", "100.00"),
            ("2 Gig (prorated, Jun 18 – Jul 3)", "16.00"),
            ("1 Gig credit (Jun 18 – Jul 3)", "-11.20"),
        ],
        "Jul 4, 2026",
    )
    gf_bill("2026-11-04 03:30", "November", "Nov 4 – Dec 3, 2026", [("2 Gig", "100.00")], "Nov 4, 2026")

    # Verizon
    vz_bill("2025-11-18 09:02", "Nov 18, 2025", "187.43", "12/08/2025")
    vz_bill("2026-01-18 09:05", "Jan 18, 2026", "189.12", "02/08/2026")
    vz_failed("2026-02-08 11:31")
    vz_paid("2026-02-10 19:47")
    vz_bill("2026-05-18 09:01", "May 18, 2026", "191.88", "06/08/2026")
    vz_bill("2026-11-18 09:03", "Nov 18, 2026", "193.54", "12/08/2026")

    # Progressive
    prog_payment(
        "2025-11-22 07:15",
        "162.80",
        "November 22, 2025",
        "Your next payment of $162.80 will be withdrawn on December 22, 2025.\n",
    )
    prog_renewal(
        "2025-12-08 08:30",
        "01/22/2026",
        "07/22/2026",
        "1047.00",
        "174.50",
        "162.80",
        (
            "Your rate changed because we added a driver (Marisol Pena Halvorsen) and",
            "because of rising vehicle repair costs in your area.",
        ),
    )
    prog_payment(
        "2026-01-22 07:12",
        "174.50",
        "January 22, 2026",
        "Your next payment of $174.50 will be withdrawn on February 22, 2026.\n",
    )
    prog_renewal(
        "2026-06-22 08:30",
        "07/22/2026",
        "01/22/2027",
        "1087.02",
        "181.17",
        "174.50",
        (
            "Your rate changed because of higher claim and medical costs in Texas.",
            "Your Snapshot discount of 8% still applies.",
        ),
    )
    prog_payment(
        "2026-11-22 07:14",
        "181.17",
        "November 22, 2026",
        "Your next payment of $181.17 will be withdrawn on December 22, 2026.\n",
    )

    # Lemonade
    lem_welcome("2026-03-09 21:12")
    lem_receipt("2026-08-09 08:02", "Aug 9, 2026", "Sep 9, 2026")
    lem_receipt("2026-11-09 08:01", "Nov 9, 2026", "Dec 9, 2026")

    # Toyota Financial Services
    tfs_payment("2025-11-15 05:20", "11/15/2025", 8)
    tfs_payment("2026-03-15 05:22", "03/15/2026", 4)
    tfs_payoff("2026-07-15 05:25")
    tfs_title("2026-08-05 10:40")

    # MOHELA
    moh_statement("2025-12-08 02:15", "12/08/2025", "287.60", "12/28/2025")
    moh_statement("2026-04-08 02:14", "04/08/2026", "287.60", "04/28/2026")
    moh_plan("2026-09-14 15:30")
    moh_statement("2026-11-08 02:16", "11/08/2026", "312.14", "11/28/2026")

    # HOA
    hoa_forward("2025-12-16 12:27")
    clickpay("2026-01-01 05:03", "01/01/2026", "04/01/2026")
    clickpay("2026-07-01 05:02", "07/01/2026", "10/01/2026")
    clickpay("2026-10-01 05:04", "10/01/2026", "01/01/2027")

    # Netflix
    nfx_price("2026-02-10 11:00")
    nfx_payment("2026-09-30 16:42")

    # Spotify via PayPal
    pp_spotify("2025-12-03 02:11", "December 3, 2025")
    pp_spotify("2026-04-03 02:09", "April 3, 2026")
    pp_spotify("2026-08-03 02:12", "August 3, 2026")
    spotify_receipt("2026-11-03 09:13")

    # HBO Max
    hbo_receipt("2025-11-14 06:01", "November 14, 2025", "December 14, 2025")
    hbo_receipt("2026-01-14 06:03", "January 14, 2026", "February 14, 2026")
    hbo_cancel("2026-02-20 22:17")

    # YMCA
    ymca_draft("2025-12-01 03:05", "12/01/2025", "$98.00", "01/01/2026")
    ymca_rate("2026-01-05 13:00")
    ymca_draft("2026-05-01 03:04", "05/01/2026", "$104.00", "06/01/2026")
    ymca_draft("2026-11-01 03:06", "11/01/2026", "$104.00", "12/01/2026")

    # Microsoft 365
    ms_order("2025-12-09 18:25")
    ms_renew("2026-11-09 10:00")

    # Costco
    cost_reminder("2026-05-17 09:00")
    cost_renewed("2026-06-01 04:30")

    # Amazon Prime
    amz_prime_reminder("2026-02-23 14:00")
    amz_prime_receipt("2026-03-02 09:12")

    # HelloFresh (weekly, charged Wednesdays for the following Tuesday's box)
    hf_order("2026-09-16 12:05", "Tuesday, September 22", "09/16/2026", HF_RECIPES[0], intro=True)
    hf_order("2026-09-30 12:02", "Tuesday, October 6", "09/30/2026", HF_RECIPES[1])
    hf_order("2026-10-14 12:04", "Tuesday, October 20", "10/14/2026", HF_RECIPES[2])
    hf_skip("2026-10-20 18:40")
    hf_order("2026-11-04 12:03", "Tuesday, November 10", "11/04/2026", HF_RECIPES[3])
    hf_order("2026-11-11 12:01", "Tuesday, November 17", "11/11/2026", HF_RECIPES[4])
    hf_order(
        "2026-11-18 12:05",
        "Tuesday, November 24",
        "11/18/2026",
        HF_RECIPES[5],
        nxt=("Tuesday, December 1", "Wednesday, November 25"),
    )

    # Google One via Google Play
    gp_google_one("2025-12-06 01:12", "Dec 6, 2025", "Jan 6, 2026")
    gp_google_one("2026-05-06 01:10", "May 6, 2026", "Jun 6, 2026")
    gp_google_one("2026-11-06 01:11", "Nov 6, 2026", "Dec 6, 2026")

    # Apple: iCloud+ and ABCmouse
    icloud("2025-12-14 19:03", "Dec 14, 2025", "Jan 14, 2026")
    icloud("2026-06-14 19:05", "Jun 14, 2026", "Jul 14, 2026")
    icloud("2026-11-14 19:02", "Nov 14, 2026", "Dec 14, 2026")
    abc_confirm("2026-04-22 17:48")
    abc_receipt("2026-05-22 20:10", "May 22, 2026", "Jun 22, 2026", with_toca=True)
    abc_receipt("2026-10-22 20:08", "Oct 22, 2026", "Nov 22, 2026")
    abc_receipt("2026-11-22 20:11", "Nov 22, 2026", "Dec 22, 2026")

    # Namecheap
    nc_order("2025-12-20 06:03")
    nc_notice("2026-11-20 06:00")


# ======================================================================
# WRITE
# ======================================================================
def main():
    evidence()
    negatives()
    order = sorted(range(len(MSGS)), key=lambda i: (MSGS[i]["when"].astimezone(dt.UTC), i))
    msgs = [MSGS[i] for i in order]
    for m in msgs:
        m["msgid"] = f"<{hexid(20)}.{hexid(8)}@{m['domain']}>"
        m["bnd"] = hexid(12)

    eml_dir = HERE / "eml"
    if eml_dir.exists():
        shutil.rmtree(eml_dir)
    eml_dir.mkdir()
    mbox_path = HERE / "mailbox.mbox"
    for p in (mbox_path, HERE / "mailbox.mbox.lock"):
        if p.exists():
            p.unlink()

    box = mailbox.mbox(str(mbox_path), create=True)
    box.lock()
    listing = []
    for idx, m in enumerate(msgs, 1):
        msg = build(m, idx)
        data = fix_headers(msg.as_bytes(policy=POL), m)
        fname = f"{idx:03d}-{m['when'].strftime('%Y%m%d')}-{m['slug']}.eml"
        (eml_dir / fname).write_bytes(data)
        mm = mailbox.mboxMessage(data)
        mm.set_from(m["addr"], m["when"].astimezone(dt.UTC).timetuple())
        box.add(mm)
        for lab in m["labels"]:
            assert lab in TNAMES, lab
        listing.append({"file": fname, "from": m["name"], "subject": m["subject"], "labels": m["labels"]})
    box.flush()
    box.unlock()
    box.close()

    def dump(name, obj):
        (HERE / name).write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    dump("truth.json", TRUTH)
    dump("meta.json", {"today": TODAY, "messages": len(msgs), "hard_negatives": HARD_NEGATIVES})
    dump("messages.json", listing)
    print(
        f"wrote {len(msgs)} messages, {len(TRUTH)} truths, "
        f"{sum(1 for x in listing if not x['labels'])} unlabelled"
    )


if __name__ == "__main__":
    main()
