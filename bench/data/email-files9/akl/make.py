"""Auckland household mailbox (Aroha Ngata and Ben Walsh), NZD, GST 15% included in prices.

Seeded and deterministic: rerunning writes the same bytes.
Run from /work/main:  .venv/bin/python bench/data/email-files9/akl/make.py
Writes eml/NNN-YYYYMMDD-slug.eml, mailbox.mbox, truth.json, meta.json, messages.json.
"""

from __future__ import annotations

import html as htmlmod
import json
import random
import re
import shutil
from datetime import UTC, date, datetime, timedelta, timezone
from email import policy, utils
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 12, 2)
START = date(2025, 12, 3)
R = random.Random(64201202)

ME = ("Aroha Ngata", "aroha.ngata@gmail.com")
BEN = ("Ben Walsh", "ben.walsh.nz@gmail.com")
ADDRESS = "14 Kōwhai Road, Mount Albert, Auckland 1025"
ADDRESS_ASCII = "14 Kowhai Road, Mount Albert, Auckland 1025"

# ---------------------------------------------------------------------------------------------
# What a careful reader lists (kept next to the generator so both change together).
# ---------------------------------------------------------------------------------------------
TRUTH = [
    dict(
        name="Mercury",
        aliases=["Mercury NZ", "Mercury Energy", "Mercury NZ Limited", "Mercury power and gas"],
        amount="168.00",
        currency="NZD",
        cycle="biweekly",
        status="active",
        next_renewal="2026-12-09",
        kind="bill",
    ),
    dict(
        name="Watercare",
        aliases=["Watercare Services", "Watercare Services Limited", "Watercare water"],
        amount="193.62",
        currency="NZD",
        cycle="quarterly",
        status="active",
        next_renewal="2026-12-10",
        kind="bill",
    ),
    dict(
        name="One NZ Broadband",
        aliases=["One NZ", "One New Zealand", "One NZ Fibre", "Vodafone"],
        amount="89.00",
        currency="NZD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-20",
        kind="bill",
    ),
    dict(
        name="2degrees Prepay",
        aliases=["2degrees", "2degrees Mobile", "2degrees Prepay Combo", "Two Degrees"],
        amount="30.00",
        currency="NZD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-14",
        kind="bill",
    ),
    dict(
        name="Skinny Mobile",
        aliases=["Skinny", "Skinny Plan", "Skinny $35 Plan"],
        amount="35.00",
        currency="NZD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-19",
        kind="bill",
    ),
    dict(
        name="Auckland Council rates",
        aliases=["Auckland Council", "Rates", "Auckland rates", "Te Kaunihera o Tāmaki Makaurau"],
        amount="960.65",
        currency="NZD",
        cycle="quarterly",
        status="active",
        next_renewal="2027-02-28",
        kind="bill",
    ),
    dict(
        name="AMI Contents Insurance",
        aliases=["AMI", "AMI Insurance", "AMI contents"],
        amount="42.65",
        currency="NZD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-18",
        kind="bill",
    ),
    dict(
        name="Tower Car Insurance",
        aliases=["Tower", "Tower Insurance", "Tower Limited", "Tower car"],
        amount="78.90",
        currency="NZD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-09",
        kind="bill",
    ),
    dict(
        name="AA Membership",
        aliases=["AA", "Automobile Association", "New Zealand Automobile Association", "NZAA"],
        amount="142.00",
        currency="NZD",
        cycle="yearly",
        status="active",
        next_renewal="2027-11-01",
        kind="subscription",
    ),
    dict(
        name="ASB Home Loan",
        aliases=["ASB", "ASB Bank", "ASB mortgage", "Home loan", "Mortgage"],
        amount="1231.90",
        currency="NZD",
        cycle="biweekly",
        status="active",
        next_renewal="2026-12-11",
        kind="bill",
    ),
    dict(
        name="Les Mills",
        aliases=["Les Mills Auckland", "Les Mills membership", "Les Mills Auckland City"],
        amount="71.80",
        currency="NZD",
        cycle="biweekly",
        status="active",
        next_renewal="2026-12-07",
        kind="subscription",
    ),
    dict(
        name="Netflix",
        aliases=["Netflix Standard"],
        amount="20.99",
        currency="NZD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-17",
        kind="subscription",
    ),
    dict(
        name="Neon",
        aliases=["Neon NZ", "Neon TV", "Neon Standard"],
        amount="21.99",
        currency="NZD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-23",
        kind="subscription",
    ),
    dict(
        name="Sky Sport Now",
        aliases=["Sky Sport Now Monthly Pass", "Sky Sport", "SKY Sport Now"],
        amount="44.99",
        currency="NZD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-13",
        kind="subscription",
    ),
    dict(
        name="Spotify Premium Duo",
        aliases=["Spotify", "Spotify Duo", "Spotify AB", "Premium Duo"],
        amount="21.99",
        currency="NZD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-04",
        kind="subscription",
    ),
    dict(
        name="Disney+",
        aliases=["Disney Plus", "Disney+ Standard"],
        amount="18.99",
        currency="NZD",
        cycle="monthly",
        status="cancelled",
        next_renewal=None,
        kind="subscription",
    ),
    dict(
        name="iCloud+",
        aliases=["iCloud", "Apple iCloud+", "iCloud+ 200GB", "iCloud storage"],
        amount="4.99",
        currency="NZD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-03",
        kind="subscription",
    ),
    dict(
        name="Google One",
        aliases=["Google One 100 GB", "Google storage"],
        amount="34.99",
        currency="NZD",
        cycle="yearly",
        status="active",
        next_renewal="2027-04-14",
        kind="subscription",
    ),
    dict(
        name="My Food Bag",
        aliases=["MyFoodBag", "My Food Bag Classic"],
        amount="139.99",
        currency="NZD",
        cycle="weekly",
        status="active",
        next_renewal="2026-12-03",
        kind="subscription",
    ),
    dict(
        name="NZ Herald Premium",
        aliases=["NZ Herald", "New Zealand Herald", "Herald Premium", "nzherald.co.nz"],
        amount="24.99",
        currency="NZD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-20",
        kind="subscription",
    ),
    dict(
        name="Xero",
        aliases=["Xero Ignite", "Xero Limited", "Xero accounting"],
        amount="43.70",
        currency="NZD",
        cycle="monthly",
        status="active",
        next_renewal="2026-12-11",
        kind="subscription",
    ),
    dict(
        name="Audible",
        aliases=["Audible Premium Plus", "Audible.com.au", "Audible Australia"],
        amount="16.45",
        currency="AUD",
        cycle="monthly",
        status="inactive",
        next_renewal=None,
        kind="subscription",
    ),
    dict(
        name="Vehicle licence (rego)",
        aliases=["Vehicle licence", "Rego", "NZ Transport Agency", "NZTA", "Waka Kotahi"],
        amount="117.43",
        currency="NZD",
        cycle="yearly",
        status="active",
        next_renewal="2027-04-22",
        kind="bill",
    ),
]

HARD_NEGATIVES = [
    "Afterpay",
    "Laybuy",
    "Trade Me",
    "Air New Zealand",
    "Airpoints",
    "Uber Eats",
    "Uber One",
    "Kmart",
    "Mighty Ape",
    "NZ Post",
    "Noel Leeming",
    "PB Tech",
    "Woolworths",
    "Everyday Rewards",
    "Inland Revenue",
    "IRD",
    "myIR",
    "Simplicity KiwiSaver",
    "KiwiSaver",
    "Stuff",
    "HelloFresh",
    "Spark",
    "Contact Energy",
    "Ticketek",
    "AT HOP",
    "Auckland Transport",
    "Givealittle",
    "AA Smartfuel",
    "OurAuckland",
    "Les Mills+",
    "Google AI Pro",
    "Procreate Pocket",
    "Mere Tāwhai",
    "Sam Patel",
    "Jill Walsh",
    "Six60",
    "The Front Page",
]

# ---------------------------------------------------------------------------------------------
# Time: events are written in Auckland local time; each sender stamps Date in its own zone.
# ---------------------------------------------------------------------------------------------


def _nth_sunday(year: int, month: int, n: int) -> date:
    d = date(year, month, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(weeks=n - 1)


def _last_sunday(year: int, month: int) -> date:
    d = date(year, month + 1, 1) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() - 6) % 7)


def nz_hours(d: date) -> int:
    """NZDT +13 from the last Sunday of September to the first Sunday of April, else NZST +12."""
    if _nth_sunday(d.year, 4, 1) <= d < _last_sunday(d.year, 9):
        return 12
    return 13


def us_pacific_hours(d: date) -> int:
    if _nth_sunday(d.year, 3, 2) <= d < _nth_sunday(d.year, 11, 1):
        return -7
    return -8


def sydney_hours(d: date) -> int:
    if _nth_sunday(d.year, 4, 1) <= d < _nth_sunday(d.year, 10, 1):
        return 10
    return 11


def at(y: int, m: int, d: int, hh: int | None = None, mm: int | None = None, zone: str = "nz") -> datetime:
    """An Auckland wall-clock moment, expressed in the sender's zone (nz, utc, us, syd, ie)."""
    if hh is None:
        hh = R.randint(7, 21)
    if mm is None:
        mm = R.randint(0, 59)
    local = datetime(y, m, d, hh, mm, R.randint(0, 59))
    instant = local.replace(tzinfo=timezone(timedelta(hours=nz_hours(local.date()))))
    if zone == "nz":
        return instant
    utc = instant.astimezone(UTC)
    if zone == "utc":
        return utc
    if zone == "us":
        return utc.astimezone(timezone(timedelta(hours=us_pacific_hours(utc.date()))))
    if zone == "syd":
        return utc.astimezone(timezone(timedelta(hours=sydney_hours(utc.date()))))
    if zone == "ie":  # Dublin: IST +1 last Sunday of March to last Sunday of October
        on = _last_sunday(utc.year, 3) <= utc.date() < _last_sunday(utc.year, 10)
        return utc.astimezone(timezone(timedelta(hours=1 if on else 0)))
    raise ValueError(zone)


def long_date(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def wd_date(d: date) -> str:
    return f"{d:%A} {d.day} {d:%B %Y}"


def short_date(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


def nzd(x: float) -> str:
    return f"${x:,.2f}"


def gst_of(gross: float) -> float:
    return round(gross * 3 / 23, 2)


# ---------------------------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------------------------
MAIL: list[dict] = []


def html_to_text(markup: str) -> str:
    """What a mail platform's automatic text part looks like."""
    t = re.sub(r"(?is)<(style|head|script)[^>]*>.*?</\1>", "", markup)
    t = re.sub(r"(?is)<a [^>]*href=\"([^\"]+)\"[^>]*>(.*?)</a>", r"\2 [\1]", t)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|h[1-6]|tr|li|table)>", "\n", t)
    t = re.sub(r"(?i)</t[dh]>", "  ", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = htmlmod.unescape(t)
    lines = [" ".join(line.split()) for line in t.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def _addr(pair: tuple[str, str]) -> Address:
    name, spec = pair
    return Address(display_name=name, addr_spec=spec)


def mk(
    sender: tuple[str, str],
    subject: str,
    when: datetime,
    *,
    slug: str,
    labels: tuple[str, ...] | list[str] = (),
    to: tuple[str, str] | list[tuple[str, str]] = ME,
    cc: list[tuple[str, str]] | None = None,
    text: str | None = None,
    html: str | None = None,
    auto_text: bool = False,
    text_cte: str = "quoted-printable",
    html_cte: str = "quoted-printable",
    charset: str = "utf-8",
    reply_to: tuple[str, str] | None = None,
    unsub: str | None = None,
    headers: dict[str, str] | None = None,
    attachments: list[tuple[str, bytes]] | None = None,
    msgid: str | None = None,
    in_reply_to: str | None = None,
) -> EmailMessage:
    msg = EmailMessage(policy=policy.default)
    msg["From"] = _addr(sender)
    tos = to if isinstance(to, list) else [to]
    msg["To"] = [_addr(t) for t in tos]
    if cc:
        msg["Cc"] = [_addr(c) for c in cc]
    if reply_to:
        msg["Reply-To"] = _addr(reply_to)
    msg["Subject"] = subject
    msg["Date"] = utils.format_datetime(when)
    domain = sender[1].split("@", 1)[1]
    msg["Message-ID"] = msgid or f"<{R.getrandbits(64):016x}.{R.getrandbits(32):08x}@{domain}>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg["MIME-Version"] = "1.0"
    for k, v in (headers or {}).items():
        msg[k] = v
    if unsub:
        msg["List-Unsubscribe"] = f"<{unsub}>"
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    if html is not None and auto_text and text is None:
        text = html_to_text(html)
    if text is not None:
        if text_cte == "7bit" and not text.isascii():
            text_cte = "quoted-printable"
        msg.set_content(text, subtype="plain", charset=charset, cte=text_cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=charset, cte=html_cte)
    elif html is not None:
        msg.set_content(html, subtype="html", charset=charset, cte=html_cte)
    for filename, payload in attachments or []:
        msg.add_attachment(payload, maintype="application", subtype="pdf", filename=filename)
    n = 0
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            n += 1
            part.set_boundary(f"----=_Part_{n}_{R.getrandbits(40):010x}.{R.randint(10**12, 10**13 - 1)}")
    MAIL.append(dict(when=when, slug=slug, msg=msg, labels=list(labels), sender=sender))
    return msg


def fake_pdf(title: str, lines: list[str]) -> bytes:
    """A small but well-formed one-page PDF, as billing systems attach."""
    body = "BT /F1 11 Tf 50 790 Td 14 TL (" + title.replace("(", "[").replace(")", "]") + ") Tj"
    for line in lines:
        safe = line.encode("ascii", "replace").decode().replace("(", "[").replace(")", "]")
        body += f" T* ({safe}) Tj"
    body += " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(body)} >>\nstream\n{body}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{off:010d} 00000 n \n" for off in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def fortnights(anchor: date, until: date, since: date = START) -> list[date]:
    out, d = [], anchor
    while d - timedelta(days=14) >= since:
        d -= timedelta(days=14)
    while d <= until:
        out.append(d)
        d += timedelta(days=14)
    return out


def page(
    inner: str,
    *,
    bg: str = "#f4f4f4",
    width: int = 600,
    font: str = "Arial, Helvetica, sans-serif",
    preheader: str = "",
    title: str = "",
) -> str:
    pre = (
        (
            f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{preheader}'
            + "&#847;&zwnj;&nbsp;" * 12
            + "</div>"
        )
        if preheader
        else ""
    )
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="en">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        f"<title>{title}</title>\n"
        '<style type="text/css">body{margin:0;padding:0}table{border-collapse:collapse}'
        "@media only screen and (max-width:620px){.container{width:100% !important}}</style>\n"
        f'</head>\n<body style="margin:0;padding:0;background:{bg};font-family:{font};">\n{pre}\n'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="{bg}">'
        f'<tr><td align="center" style="padding:20px 10px;">\n'
        f'<table role="presentation" class="container" width="{width}" cellpadding="0" cellspacing="0" '
        f'border="0" bgcolor="#ffffff">\n{inner}\n</table>\n</td></tr></table>\n</body>\n</html>\n'
    )


def rows(
    pairs: list[tuple[str, str]],
    *,
    bold_last: bool = False,
    pad: str = "6px 0",
    border: str = "1px solid #e5e5e5",
) -> str:
    out = []
    for i, (k, v) in enumerate(pairs):
        b = ' style="font-weight:bold"' if bold_last and i == len(pairs) - 1 else ""
        out.append(
            f'<tr{b}><td style="padding:{pad};border-bottom:{border};">{k}</td>'
            f'<td align="right" style="padding:{pad};border-bottom:{border};">{v}</td></tr>'
        )
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Mercury: dual fuel (power + gas), monthly bills, Smooth Pay fixed fortnightly debits.
# ---------------------------------------------------------------------------------------------
MERCURY = ("Mercury", "noreply@bills.mercury.co.nz")
MERCURY_ACCT = "4008 721 934"
SMOOTH_OLD, SMOOTH_NEW, SMOOTH_FROM = 150.00, 168.00, date(2026, 7, 8)


def mercury() -> None:
    label = ("Mercury",)
    pays = fortnights(SMOOTH_FROM, date(2027, 1, 31), since=date(2025, 11, 1))
    # (bill date, period start, period end, power kWh, gas kWh)
    # (bill date, period start, period end, power kWh, gas kWh, emailed?) – every bill is computed, not all reach the inbox
    bills = [
        (date(2025, 12, 16), date(2025, 11, 14), date(2025, 12, 13), 431, 212, True),
        (date(2026, 1, 15), date(2025, 12, 14), date(2026, 1, 12), 402, 171, True),
        (date(2026, 2, 16), date(2026, 1, 13), date(2026, 2, 12), 396, 160, False),
        (date(2026, 3, 16), date(2026, 2, 13), date(2026, 3, 13), 418, 205, True),
        (date(2026, 4, 15), date(2026, 3, 14), date(2026, 4, 12), 455, 318, True),
        (date(2026, 5, 15), date(2026, 4, 13), date(2026, 5, 13), 531, 502, False),
        (date(2026, 6, 15), date(2026, 5, 14), date(2026, 6, 12), 612, 684, True),
        (date(2026, 7, 15), date(2026, 6, 13), date(2026, 7, 13), 655, 742, True),
        (date(2026, 8, 14), date(2026, 7, 14), date(2026, 8, 12), 641, 725, False),
        (date(2026, 9, 15), date(2026, 8, 13), date(2026, 9, 13), 598, 611, True),
        (date(2026, 10, 15), date(2026, 9, 14), date(2026, 10, 13), 522, 430, False),
        (date(2026, 11, 16), date(2026, 10, 14), date(2026, 11, 13), 470, 296, True),
    ]
    balance = -42.15  # in credit before the first bill
    i = -1
    for bd, ps, pe, kwh, gkwh, emailed in bills:
        days = (pe - ps).days + 1
        new_prices = bd >= date(2026, 4, 1)
        e_rate, e_daily = (0.2612, 2.0100) if new_prices else (0.2490, 1.8800)
        g_rate, g_daily = (0.1355, 1.7400) if new_prices else (0.1290, 1.6500)
        lines = [
            (f"Electricity – Anytime {kwh:,} kWh @ ${e_rate:.4f}", round(kwh * e_rate, 2)),
            (f"Electricity – Daily charge {days} days @ ${e_daily:.4f}", round(days * e_daily, 2)),
            (f"Electricity Authority levy {kwh:,} kWh @ $0.0013", round(kwh * 0.0013, 2)),
            (f"Gas – Usage {gkwh:,} kWh @ ${g_rate:.4f}", round(gkwh * g_rate, 2)),
            (f"Gas – Daily charge {days} days @ ${g_daily:.4f}", round(days * g_daily, 2)),
        ]
        excl = round(sum(v for _, v in lines), 2)
        gst = round(excl * 0.15, 2)
        charges = round(excl + gst, 2)
        received = [p for p in pays if ps <= p <= pe]
        paid = round(sum(SMOOTH_NEW if p >= SMOOTH_FROM else SMOOTH_OLD for p in received), 2)
        opening = balance
        balance = round(opening + charges - paid, 2)
        nxt = next(p for p in pays if p > bd)
        amount = SMOOTH_NEW if nxt >= SMOOTH_FROM else SMOOTH_OLD
        bal_txt = (
            f"{nzd(-balance)} in credit" if balance < 0 else f"{nzd(balance)} to be covered by Smooth Pay"
        )
        if not emailed:
            continue
        i += 1
        inv = f"{R.randint(100000000, 999999999)}"
        table = "\n".join(
            f'<tr><td style="padding:5px 0;font-size:13px;color:#333">{k}</td>'
            f'<td align="right" style="padding:5px 0;font-size:13px;color:#333">{nzd(v)}</td></tr>'
            for k, v in lines
        )
        html = page(
            f"""<tr><td style="background:#1d1d4f;padding:22px 30px;"><img src="https://www.mercury.co.nz/email/logo-white.png" width="140" alt="Mercury" style="display:block;border:0" /></td></tr>
<tr><td style="padding:30px 30px 10px 30px;color:#1d1d4f;">
<h1 style="font-size:24px;margin:0 0 14px 0;">Your bill is ready</h1>
<p style="font-size:15px;line-height:22px;margin:0 0 12px 0;">Kia ora Aroha,</p>
<p style="font-size:15px;line-height:22px;margin:0 0 12px 0;">Your Mercury bill for {ADDRESS} is ready to view. Here's a quick summary of your power and gas for {ps.day} {ps:%b} – {pe.day} {pe:%b %Y}.</p>
</td></tr>
<tr><td style="padding:0 30px;">
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;color:#1d1d4f;">
<tr><td style="padding:6px 0">Account number</td><td align="right">{MERCURY_ACCT}</td></tr>
<tr><td style="padding:6px 0">Invoice number</td><td align="right">{inv}</td></tr>
<tr><td style="padding:6px 0">Bill date</td><td align="right">{long_date(bd)}</td></tr>
<tr><td style="padding:6px 0">Previous balance</td><td align="right">{nzd(abs(opening))}{" CR" if opening < 0 else ""}</td></tr>
<tr><td style="padding:6px 0">Smooth Pay payments received – thank you</td><td align="right">-{nzd(paid)}</td></tr>
<tr><td style="padding:6px 0">Charges this bill (incl. GST)</td><td align="right">{nzd(charges)}</td></tr>
<tr><td style="padding:10px 0;border-top:2px solid #1d1d4f;font-weight:bold">Account balance</td><td align="right" style="padding:10px 0;border-top:2px solid #1d1d4f;font-weight:bold">{bal_txt}</td></tr>
</table></td></tr>
<tr><td style="padding:20px 30px 0 30px;">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f7;"><tr><td style="padding:16px;font-size:14px;line-height:20px;color:#1d1d4f;">
<strong>You're on Smooth Pay</strong><br />You don't need to do anything. Your Smooth Pay of <strong>{nzd(amount)}</strong> will keep being paid by direct debit every fortnight. Next payment: <strong>{wd_date(nxt)}</strong>.
</td></tr></table></td></tr>
<tr><td style="padding:20px 30px 0 30px;"><p style="font-size:13px;font-weight:bold;margin:0 0 6px 0;color:#1d1d4f">Charges this bill</p>
<table width="100%" cellpadding="0" cellspacing="0">{table}
<tr><td style="padding:5px 0;font-size:13px;border-top:1px solid #ccc">Total excl. GST</td><td align="right" style="padding:5px 0;font-size:13px;border-top:1px solid #ccc">{nzd(excl)}</td></tr>
<tr><td style="padding:5px 0;font-size:13px">GST (15%)</td><td align="right" style="padding:5px 0;font-size:13px">{nzd(gst)}</td></tr>
<tr><td style="padding:5px 0;font-size:13px;font-weight:bold">Total charges incl. GST</td><td align="right" style="padding:5px 0;font-size:13px;font-weight:bold">{nzd(charges)}</td></tr>
</table></td></tr>
<tr><td align="center" style="padding:26px 30px;"><a href="https://www.mercury.co.nz/myaccount/bills?acc=4008721934" style="background:#ff4e00;color:#ffffff;text-decoration:none;padding:12px 28px;border-radius:24px;font-weight:bold;font-size:15px;">View your bill</a></td></tr>
<tr><td style="padding:18px 30px;background:#f2f2f7;font-size:11px;line-height:16px;color:#666;">
Your bill is attached as a PDF. Questions? Call us on 0800 10 18 10 or visit mercury.co.nz/help.<br />
Mercury NZ Limited, PO Box 90399, Victoria Street West, Auckland 1142. GST number 95-387-624.<br />
You're receiving this email because you've chosen to get your bills by email. <a href="https://www.mercury.co.nz/myaccount/preferences" style="color:#666">Manage your preferences</a>.
</td></tr>""",
            preheader=f"Your bill for {ps.day} {ps:%b} – {pe.day} {pe:%b} is ready. Smooth Pay continues at {nzd(amount)} a fortnight.",
            title="Your Mercury bill",
        )
        pdf = fake_pdf(
            "Mercury - Tax invoice",
            [
                f"Account {MERCURY_ACCT}  Invoice {inv}  Bill date {long_date(bd)}",
                f"Period {long_date(ps)} - {long_date(pe)}",
                *[f"{k}  {nzd(v)}" for k, v in lines],
                f"GST {nzd(gst)}   Total charges {nzd(charges)}",
                f"Smooth Pay {nzd(amount)} per fortnight - next payment {long_date(nxt)}",
            ],
        )
        mk(
            MERCURY,
            "Your Mercury bill is ready",
            at(bd.year, bd.month, bd.day, 6, R.randint(2, 40)),
            slug="mercury-bill",
            labels=label,
            html=html,
            auto_text=(i % 2 == 0),
            html_cte="base64" if i % 3 == 0 else "quoted-printable",
            attachments=[(f"Mercury_Bill_{bd:%Y%m%d}.pdf", pdf)],
            reply_to=("Mercury", "hello@mercury.co.nz"),
        )
        if bd == date(2026, 6, 15):
            smooth_review()


def smooth_review() -> None:
    text = f"""Kia ora Aroha,

We've reviewed your Smooth Pay amount

Every few months we check your Smooth Pay amount against how much power and gas
you've been using, so your account stays on track over the year. With winter
here and your gas use up on last year, we need to adjust it.

  Account number:            {MERCURY_ACCT}
  Current Smooth Pay amount: {nzd(SMOOTH_OLD)} per fortnight
  New Smooth Pay amount:     {nzd(SMOOTH_NEW)} per fortnight
  Starting:                  {wd_date(SMOOTH_FROM)}

Your new amount will be paid by direct debit from your nominated bank account
every second Wednesday, starting {wd_date(SMOOTH_FROM)}. You don't need to do anything.

If you'd like to talk about your Smooth Pay amount, give us a call on
0800 10 18 10 (Mon-Fri 8am-8pm, Sat 9am-5pm) or reply to this email.

Ngā mihi,
The Mercury team

Mercury NZ Limited | mercury.co.nz
"""
    html = page(
        f"""<tr><td style="background:#1d1d4f;padding:22px 30px;"><img src="https://www.mercury.co.nz/email/logo-white.png" width="140" alt="Mercury" /></td></tr>
<tr><td style="padding:30px;color:#1d1d4f;font-size:15px;line-height:22px;">
<p>Kia ora Aroha,</p><h2 style="font-size:22px">We've reviewed your Smooth Pay amount</h2>
<p>Every few months we check your Smooth Pay amount against how much power and gas you've been using, so your account stays on track over the year. With winter here and your gas use up on last year, we need to adjust it.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">
{
            rows(
                [
                    ("Account number", MERCURY_ACCT),
                    ("Current Smooth Pay amount", nzd(SMOOTH_OLD) + " per fortnight"),
                    ("New Smooth Pay amount", "<strong>" + nzd(SMOOTH_NEW) + " per fortnight</strong>"),
                    ("Starting", wd_date(SMOOTH_FROM)),
                ]
            )
        }
</table>
<p>Your new amount will be paid by direct debit from your nominated bank account every second Wednesday, starting {
            wd_date(SMOOTH_FROM)
        }. You don't need to do anything.</p>
<p>If you'd like to talk about your Smooth Pay amount, give us a call on 0800 10 18 10 (Mon–Fri 8am–8pm, Sat 9am–5pm) or reply to this email.</p>
<p>Ngā mihi,<br />The Mercury team</p></td></tr>
<tr><td style="padding:18px 30px;background:#f2f2f7;font-size:11px;color:#666;">Mercury NZ Limited, PO Box 90399, Victoria Street West, Auckland 1142.</td></tr>""",
        title="Smooth Pay review",
    )
    mk(
        MERCURY,
        "We've reviewed your Smooth Pay amount",
        at(2026, 6, 24, 10, 12),
        slug="mercury-smooth-pay-review",
        labels=("Mercury",),
        text=text,
        html=html,
        reply_to=("Mercury", "hello@mercury.co.nz"),
    )


# ---------------------------------------------------------------------------------------------
# Watercare: bills about every three months, paid by direct debit on the due date.
# ---------------------------------------------------------------------------------------------
WATERCARE = ("Watercare", "bills@water.co.nz")


def watercare() -> None:
    # (bill date, period start, period end, kL, due)
    bills = [
        (date(2026, 2, 18), date(2025, 11, 14), date(2026, 2, 13), 24, date(2026, 3, 12)),
        (date(2026, 5, 20), date(2026, 2, 14), date(2026, 5, 15), 22, date(2026, 6, 11)),
        (date(2026, 8, 19), date(2026, 5, 16), date(2026, 8, 14), 20, date(2026, 9, 10)),
        (date(2026, 11, 18), date(2026, 8, 15), date(2026, 11, 13), 22, date(2026, 12, 10)),
    ]
    acct = "3020 1184 57"
    read_now = 1873
    for i, (bd, ps, pe, kl, due) in enumerate(bills):
        days = (pe - ps).days + 1
        new = bd >= date(2026, 7, 1)
        w_rate, ww_rate, fixed = (2.436, 3.988, 0.7780) if new else (2.276, 3.725, 0.7270)
        water = round(kl * w_rate, 2)
        wwkl = round(kl * 0.789, 2)
        ww = round(wwkl * ww_rate, 2)
        fx = round(days * fixed, 2)
        total = round(water + ww + fx, 2)
        if i == len(bills) - 1:
            assert f"{total:.2f}" == TRUTH[1]["amount"], total
        gst = gst_of(total)
        prev = R.randint(1, 2)
        read_prev, read_now = read_now, read_now + kl
        html = page(
            f"""<tr><td style="padding:24px 32px;border-bottom:4px solid #00a9e0"><img src="https://www.watercare.co.nz/img/email/watercare-logo.png" alt="Watercare" width="170" /></td></tr>
<tr><td style="padding:28px 32px 8px 32px;font-size:15px;line-height:23px;color:#00263e">
<p style="margin:0 0 14px 0">Kia ora Aroha Ngata,</p>
<p style="margin:0 0 14px 0">Your latest Watercare bill is now available. As you pay by direct debit, the amount due will be deducted from your bank account on the due date.</p>
</td></tr>
<tr><td style="padding:0 32px"><table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;color:#00263e;border:1px solid #d0dde6">
<tr bgcolor="#eaf6fb"><td style="padding:10px">Account number</td><td align="right" style="padding:10px">{acct}</td></tr>
<tr><td style="padding:10px">Property</td><td align="right" style="padding:10px">{ADDRESS_ASCII}</td></tr>
<tr bgcolor="#eaf6fb"><td style="padding:10px">Bill date</td><td align="right" style="padding:10px">{bd:%d/%m/%Y}</td></tr>
<tr><td style="padding:10px">Billing period</td><td align="right" style="padding:10px">{ps:%d/%m/%Y} to {pe:%d/%m/%Y} ({days} days)</td></tr>
<tr bgcolor="#eaf6fb"><td style="padding:10px"><strong>Amount due</strong></td><td align="right" style="padding:10px"><strong>{nzd(total)}</strong></td></tr>
<tr><td style="padding:10px"><strong>Due date</strong></td><td align="right" style="padding:10px"><strong>{due:%d/%m/%Y}</strong> (direct debit)</td></tr>
</table></td></tr>
<tr><td style="padding:18px 32px 0 32px"><table width="100%" cellpadding="0" cellspacing="0" style="font-size:13px;color:#333">
<tr><td colspan="2" style="padding:4px 0;font-weight:bold">Your charges</td></tr>
<tr><td style="padding:4px 0">Meter 18M204417: previous read {read_prev} ({"estimated" if prev == 2 else "actual"}), current read {read_now} (actual)</td><td></td></tr>
<tr><td style="padding:4px 0">Water usage {kl} kL @ ${w_rate:.3f}/kL</td><td align="right">{nzd(water)}</td></tr>
<tr><td style="padding:4px 0">Wastewater usage {wwkl:.2f} kL (78.9% of water used) @ ${ww_rate:.3f}/kL</td><td align="right">{nzd(ww)}</td></tr>
<tr><td style="padding:4px 0">Wastewater fixed charge {days} days @ ${fixed:.4f}/day</td><td align="right">{nzd(fx)}</td></tr>
<tr><td style="padding:6px 0;border-top:1px solid #999;font-weight:bold">Total (incl. GST)</td><td align="right" style="padding:6px 0;border-top:1px solid #999;font-weight:bold">{nzd(total)}</td></tr>
<tr><td style="padding:2px 0;color:#777">GST included in total</td><td align="right" style="color:#777">{nzd(gst)}</td></tr>
</table></td></tr>
<tr><td style="padding:20px 32px;font-size:13px;line-height:19px;color:#333">Your average daily use this period was {kl * 1000 / days:.0f} litres. The average Auckland two-person household uses about 290 litres a day.</td></tr>
<tr><td style="padding:18px 32px;background:#00263e;color:#c9d6df;font-size:11px;line-height:16px">Watercare Services Limited, Private Bag 92521, Victoria Street West, Auckland 1142 · 09 442 2222 · GST 53-215-839<br />Watercare is a substantive council-controlled organisation of Auckland Council.</td></tr>""",
            bg="#eef3f6",
            title="Your Watercare bill",
        )
        pdf = fake_pdf(
            "Watercare Services Limited - Tax invoice",
            [
                f"Account {acct}   Bill date {bd:%d/%m/%Y}",
                f"Water {kl} kL {nzd(water)}",
                f"Wastewater {nzd(ww)}",
                f"Fixed charge {nzd(fx)}",
                f"Total due {nzd(total)} by direct debit on {due:%d/%m/%Y}",
                f"GST included {nzd(gst)}",
            ],
        )
        mk(
            WATERCARE,
            f"Your Watercare bill – account {acct}",
            at(bd.year, bd.month, bd.day, 9, R.randint(0, 59)),
            slug="watercare-bill",
            labels=("Watercare",),
            html=html,
            auto_text=False,
            attachments=[(f"Watercare_{acct.replace(' ', '')}_{bd:%Y%m%d}.pdf", pdf)],
        )


# ---------------------------------------------------------------------------------------------
# One NZ broadband: monthly bill on the 3rd, direct debit on the 20th.
# ---------------------------------------------------------------------------------------------
ONENZ = ("One NZ", "billing@email.one.nz")


def one_nz() -> None:
    acct = "409 778 215"
    months = [(2025, 12), (2026, 2), (2026, 5), (2026, 8), (2026, 11)]
    for y, m in months:
        bd = date(y, m, 3)
        due = date(y, m, 20)
        credit = 10.00 if (y, m) == (2026, 5) else 0.0
        total = round(89.00 - credit, 2)
        nxt_m = date(y + (m == 12), m % 12 + 1, 2)
        lines = [(f"Fibre 300 Unlimited – {short_date(bd)} to {short_date(nxt_m)}", 89.00)]
        if credit:
            lines.append(("Credit – service interruption 14–15 Apr (ref CR-5581203)", -credit))
        tbl = "\n".join(
            f'<tr><td style="padding:8px 0;border-bottom:1px solid #eee;font-size:14px">{k}</td>'
            f'<td align="right" style="padding:8px 0;border-bottom:1px solid #eee;font-size:14px">'
            f"{'-' if v < 0 else ''}{nzd(abs(v))}</td></tr>"
            for k, v in lines
        )
        html = page(
            f"""<tr><td style="padding:20px 28px;background:#000;"><img src="https://one.nz/content/dam/email/one-nz-logo.png" width="90" alt="One NZ" /></td></tr>
<tr><td style="padding:28px;font-size:16px;line-height:24px;color:#111">
<p style="font-size:26px;font-weight:bold;margin:0 0 16px 0">Your bill is ready</p>
<p>Kia ora Aroha, here's your One NZ bill for {bd:%B %Y}.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f5"><tr><td style="padding:18px">
<span style="font-size:13px;color:#555">Amount due</span><br /><span style="font-size:32px;font-weight:bold">{nzd(total)}</span><br />
<span style="font-size:13px;color:#555">We'll take this by direct debit on {long_date(due)}</span></td>
<td style="padding:18px;font-size:13px;color:#555" align="right">Account number<br /><strong style="color:#111">{acct}</strong><br />Bill date<br /><strong style="color:#111">{long_date(bd)}</strong></td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" style="margin-top:18px">{tbl}
<tr><td style="padding:8px 0;font-size:14px;font-weight:bold">Total this bill (incl. GST)</td><td align="right" style="padding:8px 0;font-size:14px;font-weight:bold">{nzd(total)}</td></tr>
<tr><td style="padding:2px 0;font-size:12px;color:#777">Includes GST of</td><td align="right" style="font-size:12px;color:#777">{nzd(gst_of(total))}</td></tr></table>
<p style="margin-top:22px"><a href="https://one.nz/myone/bills" style="background:#e60000;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none;font-weight:bold">View bill in My One NZ</a></p>
</td></tr>
<tr><td style="padding:20px 28px;background:#f5f5f5;font-size:11px;line-height:16px;color:#666">One New Zealand Group Limited (formerly Vodafone New Zealand), Private Bag 92161, Auckland 1142. GST No. 056-645-024.<br />
This is a service email about your account, so you'll get it even if you've unsubscribed from marketing.</td></tr>""",
            bg="#ffffff",
            title="Your One NZ bill",
        )
        mk(
            ONENZ,
            f"Your One NZ bill is ready to view – {bd:%B %Y}",
            at(y, m, 3, 8, R.randint(0, 59)),
            slug="one-nz-bill",
            labels=("One NZ Broadband",),
            html=html,
            auto_text=(m % 2 == 1),
        )
    mk(
        ONENZ,
        "Aroha, add One NZ Mobile and save $10 a month",
        at(2026, 7, 9, 18, 30),
        slug="one-nz-offer",
        html=page("""<tr><td style="padding:0"><img src="https://one.nz/content/dam/email/hero-bundle.jpg" width="600" alt="Better together" /></td></tr>
<tr><td style="padding:28px;font-size:16px;line-height:24px">
<p style="font-size:24px;font-weight:bold">Better together</p>
<p>You've already got One NZ Fibre. Bring your mobile over and we'll take <strong>$10 off every month</strong> on Endless plans from $65/mth.</p>
<p><a href="https://one.nz/bundle?utm_source=email&amp;utm_campaign=fbb_mobile_xsell">Check it out</a></p>
<p style="font-size:11px;color:#777">Offer available to existing One NZ broadband customers. Ends 31/08/2026. <a href="https://one.nz/unsubscribe?u=ab8821">Unsubscribe</a></p></td></tr>"""),
        auto_text=False,
        unsub="https://one.nz/unsubscribe?u=ab8821",
    )


# ---------------------------------------------------------------------------------------------
# 2degrees: Aroha's $30 Prepay Combo, auto-renewing monthly from her saved card.
# ---------------------------------------------------------------------------------------------
TWODEG = ("2degrees", "noreply@2degrees.nz")


def two_degrees() -> None:
    def renewed(d: date, nxt: date, hour: int = 0) -> None:
        text = f"""Kia ora Aroha,

Your Combo has renewed

  Number:        022 184 5521
  Combo:         $30 Prepay Combo (monthly)
  Includes:      Unlimited NZ & AU minutes and texts, 8GB data
  Paid:          $30.00 (incl. GST) from your saved Visa card ending 4417
  Renewed on:    {long_date(d)}
  Renews next:   {long_date(nxt)}

Carryover Data: 2.1GB unused data has been carried over and will expire on {long_date(nxt)}.

To change or stop your Combo, head to My 2degrees or the 2degrees app.

Cheers,
2degrees

This is an automatic email about your 2degrees Prepay account. Please don't reply.
2degrees | Two Degrees Mobile Limited | 2degrees.nz
"""
        mk(
            TWODEG,
            "Your Combo has renewed",
            at(d.year, d.month, d.day, hour, R.randint(5, 50)),
            slug="2degrees-renewed",
            labels=("2degrees Prepay",),
            text=text,
            text_cte="7bit",
        )

    renewed(date(2026, 1, 14), date(2026, 2, 14))
    mk(
        TWODEG,
        "We couldn't renew your Combo",
        at(2026, 4, 14, 0, 3),
        slug="2degrees-renewal-failed",
        labels=("2degrees Prepay",),
        html=page(
            """<tr><td style="background:#2a2a6e;padding:18px 26px"><img src="https://www.2degrees.nz/img/email/2d-logo.png" width="110" alt="2degrees" /></td></tr>
<tr><td style="padding:26px;font-size:15px;line-height:22px;color:#222">
<p>Kia ora Aroha,</p><p style="font-size:20px;font-weight:bold">We couldn't renew your $30 Prepay Combo</p>
<p>We tried to charge $30.00 to your saved Visa card ending 4417 today, but the payment was declined.</p>
<p>To keep your unlimited minutes, texts and 8GB data, top up $30 or update your card in the 2degrees app before 11:59pm tonight. If you don't, your Combo will stop and you'll pay casual rates.</p>
<p><a href="https://www.2degrees.nz/myaccount/topup" style="background:#00b2a9;color:#fff;padding:10px 22px;text-decoration:none;border-radius:20px">Top up now</a></p>
<p style="font-size:12px;color:#777">Number 022 184 5521 · Two Degrees Mobile Limited</p></td></tr>"""
        ),
        auto_text=True,
    )
    renewed(date(2026, 4, 14), date(2026, 5, 14), hour=12)
    renewed(date(2026, 8, 14), date(2026, 9, 14))
    renewed(date(2026, 11, 14), date(2026, 12, 14))


# ---------------------------------------------------------------------------------------------
# Skinny: Ben's phone on Aroha's account, plans renew every 4 weeks.
# ---------------------------------------------------------------------------------------------
SKINNY = ("Skinny", "noreply@skinny.co.nz")


def skinny() -> None:
    def renewed(d: date, plan: int, data: str) -> None:
        nxt = d + timedelta(days=28)
        html = page(
            f"""<tr><td style="background:#0055ff;padding:20px 26px"><img src="https://www.skinny.co.nz/img/email/skinny-logo-white.png" width="100" alt="Skinny" /></td></tr>
<tr><td style="padding:26px;font-size:15px;line-height:22px;color:#111">
<p>Hi Aroha,</p>
<p style="font-size:22px;font-weight:bold;margin:0 0 10px 0">Your Plan has been renewed</p>
<table cellpadding="0" cellspacing="0" width="100%" style="font-size:14px">
{
                rows(
                    [
                        ("Mobile number", "027 466 0193"),
                        ("Plan", f"${plan} Plan – {data} data, unlimited minutes &amp; texts"),
                        ("Charged to", "Mastercard ending 8802"),
                        ("Amount", f"${plan}.00 incl. GST"),
                        ("Valid until", f"{nxt - timedelta(days=1):%d/%m/%Y}"),
                        ("Next renewal", f"{nxt:%d/%m/%Y}"),
                    ]
                )
            }
</table>
<p>Your Plan auto-renews every 4 weeks. Want to change it? Jump into the Skinny app.</p>
<p>Cheers,<br />The Skinny team</p></td></tr>
<tr><td style="padding:16px 26px;font-size:11px;color:#888;background:#f3f6ff">Skinny is a brand of Spark New Zealand Trading Limited. Skinny, Private Bag 92028, Auckland 1142.</td></tr>""",
            title="Plan renewed",
        )
        mk(
            SKINNY,
            "Your Plan has been renewed",
            at(d.year, d.month, d.day, 1, R.randint(0, 59)),
            slug="skinny-renewed",
            labels=("Skinny Mobile",),
            html=html,
        )

    renewed(date(2026, 1, 17), 26, "6GB")
    mk(
        SKINNY,
        "You've changed your Plan",
        at(2026, 6, 2, 20, 41),
        slug="skinny-plan-change",
        labels=("Skinny Mobile",),
        text="""Hi Aroha,

Thanks, we've got your Plan change for 027 466 0193.

  Current Plan:  $26 Plan (6GB)
  New Plan:      $35 Plan (20GB, unlimited minutes & texts)
  Starts:        at your next renewal, 06/06/2026
  Price:         $35.00 every 4 weeks, incl. GST

We'll charge your Mastercard ending 8802 when the new Plan starts.

Cheers,
The Skinny team
skinny.co.nz
""",
        text_cte="7bit",
    )
    renewed(date(2026, 11, 21), 35, "20GB")


# ---------------------------------------------------------------------------------------------
# Auckland Council: rates in four instalments a year by direct debit.
# ---------------------------------------------------------------------------------------------
COUNCIL = ("Auckland Council", "rates@aucklandcouncil.govt.nz")
RATES_ACCT = "12343 66187"


def council_notice(
    d: date, n: int, year: str, amount: float, due: date, later: list[tuple[date, float]]
) -> None:
    rest = "".join(
        f'<tr><td style="padding:4px 0">Instalment due {x:%d %B %Y}</td><td align="right">{nzd(a)}</td></tr>'
        for x, a in later
    )
    html = page(
        f"""<tr><td style="padding:20px 28px;border-bottom:1px solid #ddd"><img src="https://www.aucklandcouncil.govt.nz/email/ac-logo.png" width="200" alt="Auckland Council | Te Kaunihera o Tāmaki Makaurau" /></td></tr>
<tr><td style="padding:26px 28px;font-size:15px;line-height:22px;color:#222">
<p>Kia ora Aroha Ngata and Ben Walsh,</p>
<p>Your rates instalment notice for {year} is ready. This is instalment {n} of 4.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;border-top:2px solid #00587c">
<tr><td style="padding:6px 0">Rate account number</td><td align="right">{RATES_ACCT}</td></tr>
<tr><td style="padding:6px 0">Property</td><td align="right">{ADDRESS}</td></tr>
<tr><td style="padding:6px 0">Instalment {n} amount (incl. GST)</td><td align="right"><strong>{nzd(amount)}</strong></td></tr>
<tr><td style="padding:6px 0">Due date</td><td align="right"><strong>{due:%d %B %Y}</strong></td></tr>
<tr><td style="padding:6px 0">Payment method</td><td align="right">Direct debit (quarterly)</td></tr>
</table>
<p>You pay by direct debit, so there's nothing you need to do. We'll deduct {nzd(amount)} from your account on the due date.</p>
{'<p style="margin-bottom:4px"><strong>Remaining instalments this rating year</strong></p><table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">' + rest + "</table>" if later else ""}
<p>Experiencing financial hardship? You may be eligible for a rates rebate of up to $805 – see aucklandcouncil.govt.nz/rates-rebate.</p>
<p>Ngā mihi,<br />Rates team<br />Auckland Council</p></td></tr>
<tr><td style="padding:16px 28px;background:#f0f4f6;font-size:11px;color:#555">Auckland Council, Private Bag 92300, Auckland 1142 · 09 301 0101 · GST 80-982-658<br />This email was sent to you because you signed up for rates notices by email (ebilling).</td></tr>""",
        title="Rates instalment notice",
    )
    mk(
        COUNCIL,
        f"Your rates instalment notice – {RATES_ACCT}",
        at(d.year, d.month, d.day, 7, R.randint(0, 59)),
        slug="council-rates-instalment",
        labels=("Auckland Council rates",),
        to=[ME, BEN],
        html=html,
        auto_text=False,
        attachments=[
            (
                f"RatesInstalment_{RATES_ACCT.replace(' ', '')}_{n}.pdf",
                fake_pdf(
                    "Auckland Council rates instalment notice",
                    [f"Instalment {n} {nzd(amount)} due {due:%d/%m/%Y}"],
                ),
            )
        ],
    )


def council() -> None:
    council_notice(
        date(2026, 2, 11), 3, "2025/2026", 912.40, date(2026, 2, 28), [(date(2026, 5, 31), 912.40)]
    )
    council_notice(date(2026, 5, 13), 4, "2025/2026", 912.40, date(2026, 5, 31), [])
    items = [
        ("General rate – residential (capital value $1,150,000)", 2695.94),
        ("Uniform annual general charge", 535.14),
        ("Waste management targeted rate (standard 120L bin)", 301.40),
        ("Food scraps targeted rate", 82.13),
        ("Water quality targeted rate", 46.38),
        ("Natural environment targeted rate", 60.25),
        ("Climate action transport targeted rate", 121.36),
    ]
    total = round(sum(v for _, v in items), 2)
    assert f"{total:.2f}" == "3842.60", total
    inst = round(total / 4, 2)
    assert f"{inst:.2f}" == TRUTH[5]["amount"]
    dues = [date(2026, 8, 31), date(2026, 11, 30), date(2027, 2, 28), date(2027, 5, 31)]
    text = (
        f"""Kia ora Aroha Ngata and Ben Walsh,

Your 2026/2027 rates assessment is ready

Rate account: {RATES_ACCT}
Property:     {ADDRESS}
Capital value (1 June 2024 valuation): $1,150,000

Your rates for 1 July 2026 to 30 June 2027
"""
        + "".join(f"  {k:<58}{nzd(v):>11}\n" for k, v in items)
        + f"""  {"Total rates for 2026/2027 (incl. GST)":<58}{nzd(total):>11}
  {"GST included":<58}{nzd(gst_of(total)):>11}

Your direct debit instalments
"""
        + "".join(f"  Instalment {i + 1}  due {d:%d/%m/%Y}   {nzd(inst)}\n" for i, d in enumerate(dues))
        + """
Your rates have gone up by 5.3% on last year. To find out what your rates pay for,
visit aucklandcouncil.govt.nz/annual-budget.

This is not a tax invoice. Your instalment notices are tax invoices.

Ngā mihi,
Rates team
Auckland Council | Te Kaunihera o Tāmaki Makaurau
Private Bag 92300, Auckland 1142 | 09 301 0101
"""
    )
    mk(
        COUNCIL,
        "Your 2026/2027 rates assessment",
        at(2026, 7, 29, 8, 3),
        slug="council-rates-assessment",
        labels=("Auckland Council rates",),
        to=[ME, BEN],
        text=text,
        attachments=[
            ("RatesAssessment_2026-2027.pdf", fake_pdf("Rates assessment 2026/2027", [f"Total {nzd(total)}"]))
        ],
    )
    council_notice(date(2026, 11, 11), 2, "2026/2027", inst, dues[1], [(dues[2], inst), (dues[3], inst)])
    mk(
        ("OurAuckland", "ourauckland@aucklandcouncil.govt.nz"),
        "OurAuckland: summer events, new cycleways and your say on the Long-term Plan",
        at(2026, 10, 22, 12, 0),
        slug="ourauckland-newsletter",
        auto_text=True,
        unsub="https://ourauckland.aucklandcouncil.govt.nz/unsubscribe?e=a8f3",
        html=page("""<tr><td style="padding:24px;font-size:15px;line-height:22px">
<h2>OurAuckland – Tāmaki Makaurau</h2>
<p><strong>Summer in the parks</strong> – free outdoor movies return to Western Springs from 9 January.</p>
<p><strong>Have your say</strong> – consultation on the draft Long-term Plan opens in February. Rates, transport and water are all on the table.</p>
<p><strong>Inorganic collection</strong> – check when your street's collection is booked.</p>
<p style="font-size:11px;color:#777">You're receiving OurAuckland because you subscribed at aucklandcouncil.govt.nz. <a href="https://ourauckland.aucklandcouncil.govt.nz/unsubscribe?e=a8f3">Unsubscribe</a></p></td></tr>"""),
    )


# ---------------------------------------------------------------------------------------------
# AMI contents insurance: monthly premium on the 18th, renews each March.
# ---------------------------------------------------------------------------------------------
AMI = ("AMI Insurance", "noreply@ami.co.nz")


def ami() -> None:
    pol = "HCN 0447 12285"
    html = page(
        f"""<tr><td style="background:#003da5;padding:18px 26px"><img src="https://www.ami.co.nz/email/ami-logo.png" width="80" alt="AMI" /></td></tr>
<tr><td style="padding:26px;font-size:15px;line-height:22px;color:#222">
<p>Hi Aroha,</p>
<h2 style="color:#003da5;font-size:21px">Your Contents insurance is due for renewal</h2>
<p>Your policy {pol} for {
            ADDRESS_ASCII
        } renews on <strong>18 March 2026</strong>. We'll renew it automatically – you don't need to do anything unless something has changed.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">
{
            rows(
                [
                    ("Sum insured", "$85,000"),
                    ("Excess", "$400"),
                    ("Payment frequency", "Monthly, by direct debit"),
                    ("Current monthly premium", "$38.20"),
                    ("New monthly premium from 18 March 2026", "<strong>$42.65</strong>"),
                    ("Annual total (12 payments)", "$511.80"),
                ]
            )
        }
</table>
<p style="font-size:13px">Your premium includes GST and the Fire and Emergency New Zealand levy. Premiums have risen across New Zealand because of the increasing cost of claims, reinsurance and rebuilding.</p>
<p>Your first payment at the new amount of $42.65 will be deducted on 18 March 2026, then on the 18th of each month.</p>
<p><a href="https://www.ami.co.nz/myami" style="color:#003da5;font-weight:bold">Review your cover in MyAMI</a></p>
<p>Thanks for being with AMI.<br />The AMI team</p></td></tr>
<tr><td style="padding:16px 26px;font-size:11px;color:#666;background:#eef2fa">AMI Insurance is a business division of IAG New Zealand Limited. Please read your policy wording for the full terms, conditions and exclusions. 0800 100 200.</td></tr>""",
        title="Renewal",
    )
    mk(
        AMI,
        "Your AMI Contents insurance renewal",
        at(2026, 2, 16, 10, 20),
        slug="ami-renewal",
        labels=("AMI Contents Insurance",),
        html=html,
        auto_text=True,
    )
    mk(
        AMI,
        f"Your AMI policy documents – {pol}",
        at(2026, 3, 18, 5, 48),
        slug="ami-policy-documents",
        labels=("AMI Contents Insurance",),
        text=f"""Hi Aroha,

Your AMI Contents insurance has renewed. Your updated policy schedule is attached.

Policy number:   {pol}
Period of cover: 18/03/2026 to 18/03/2027
Premium:         $42.65 per month (incl. GST and FENZ levy), direct debit on the 18th
Next payment:    18/04/2026

Keep this email with your important documents.

Kind regards,
AMI Insurance
0800 100 200 | ami.co.nz
""",
        attachments=[
            (
                "AMI_PolicySchedule_HCN044712285.pdf",
                fake_pdf("AMI Contents policy schedule", [pol, "Premium $42.65 monthly"]),
            )
        ],
    )
    mk(
        AMI,
        "Aroha, could you save by bundling your car with AMI?",
        at(2026, 9, 8, 17, 15),
        slug="ami-marketing",
        unsub="https://www.ami.co.nz/preferences/unsubscribe?id=7721aa",
        auto_text=True,
        html=page("""<tr><td style="padding:26px;font-size:15px;line-height:22px">
<h2 style="color:#003da5">Bundle and save up to 15%</h2>
<p>You've already got Contents insurance with us. Add Car insurance and you could get a multi-policy discount.</p>
<p><a href="https://www.ami.co.nz/car-insurance/quote?utm_campaign=xsell">Get a car quote</a></p>
<p style="font-size:11px;color:#777">Discounts and eligibility criteria apply. <a href="https://www.ami.co.nz/preferences/unsubscribe?id=7721aa">Unsubscribe</a></p></td></tr>"""),
    )


# ---------------------------------------------------------------------------------------------
# Tower car insurance: in both names, monthly on the 9th, renews each August.
# ---------------------------------------------------------------------------------------------
TOWER = ("Tower Insurance", "noreply@tower.co.nz")


def tower() -> None:
    pol = "P0012894471"
    label = ("Tower Car Insurance",)
    html = page(
        f"""<tr><td style="padding:20px 26px;background:#ffffff;border-bottom:3px solid #00a3ad"><img src="https://www.tower.co.nz/email/tower-logo.png" width="120" alt="Tower" /></td></tr>
<tr><td style="padding:26px;font-size:15px;line-height:22px;color:#1b1b1b">
<p>Kia ora Aroha and Ben,</p>
<p><strong>Your car insurance renewal is coming up.</strong> Here are the details for the year ahead.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;border:1px solid #cfe9eb">
<tr bgcolor="#e6f6f7"><td style="padding:8px">Policy number</td><td style="padding:8px" align="right">{pol}</td></tr>
<tr><td style="padding:8px">Vehicle</td><td style="padding:8px" align="right">2017 Toyota Corolla GX Hatch – KLP482</td></tr>
<tr bgcolor="#e6f6f7"><td style="padding:8px">Cover</td><td style="padding:8px" align="right">Comprehensive, agreed value $14,500</td></tr>
<tr><td style="padding:8px">Excess</td><td style="padding:8px" align="right">$500</td></tr>
<tr bgcolor="#e6f6f7"><td style="padding:8px">Renewal date</td><td style="padding:8px" align="right">9 August 2026</td></tr>
<tr><td style="padding:8px">Your premium this year</td><td style="padding:8px" align="right">$71.34 per month</td></tr>
<tr bgcolor="#e6f6f7"><td style="padding:8px"><strong>Your new premium</strong></td><td style="padding:8px" align="right"><strong>$78.90 per month</strong></td></tr>
</table>
<p style="font-size:13px">Premium includes GST. Paid monthly by direct debit on the 9th from ASB account ending -00.</p>
<p>Your policy will renew automatically. If you want to make changes, log in to My Tower or call 0800 379 992.</p>
<p>Ngā mihi,<br />Tower</p></td></tr>
<tr><td style="padding:16px 26px;font-size:11px;color:#666;background:#f4f4f4">Tower Limited, PO Box 90347, Victoria Street West, Auckland 1142. Tower is licensed by the Reserve Bank of New Zealand.</td></tr>""",
        title="Renewal notice",
    )
    mk(
        TOWER,
        f"Your Tower car insurance renewal – {pol}",
        at(2026, 7, 10, 9, 2),
        slug="tower-renewal",
        labels=label,
        to=[ME, BEN],
        html=html,
        auto_text=False,
    )
    mk(
        TOWER,
        "Welcome to another year with Tower",
        at(2026, 8, 9, 4, 30),
        slug="tower-renewed",
        labels=label,
        to=[ME, BEN],
        auto_text=True,
        html=page(f"""<tr><td style="padding:26px;font-size:15px;line-height:22px">
<p>Kia ora Aroha and Ben,</p><p>Your car insurance policy {pol} has renewed from 9 August 2026 to 9 August 2027.</p>
<p>Your monthly premium is $78.90 (incl. GST). Your next payment will be taken on 9 September 2026.</p>
<p>Your policy schedule is available in My Tower.</p><p>Tower</p></td></tr>"""),
    )
    failed = f"""Kia ora Ben,

We couldn't process your payment

We tried to collect your monthly premium of $78.90 for policy {pol} on
9 October 2026, but your bank declined the direct debit.

We'll try again on 16 October 2026. Please make sure there are enough funds in
your account, or update your payment details in My Tower. If we can't collect
payment your cover may be cancelled.

Ngā mihi,
Tower
0800 379 992
"""
    mk(
        BEN,
        "Fwd: We couldn't process your payment",
        at(2026, 10, 10, 7, 46),
        slug="fwd-tower-payment-failed",
        labels=label,
        text=f"""Ro, Tower bounced – I think it's because the joint account was short after the bach deposit. Moved money across,
they retry on the 16th.

B

---------- Forwarded message ---------
From: Tower Insurance <noreply@tower.co.nz>
Date: Fri, 9 Oct 2026 at 18:12
Subject: We couldn't process your payment
To: Ben Walsh <ben.walsh.nz@gmail.com>

{failed}""",
        text_cte="quoted-printable",
    )
    mk(
        TOWER,
        "Thanks, we've received your payment",
        at(2026, 10, 16, 11, 5),
        slug="tower-payment-received",
        labels=label,
        to=[ME, BEN],
        text=f"""Kia ora Aroha and Ben,

Thanks – we've received your payment of $78.90 for car insurance policy {pol}.
Your next monthly payment of $78.90 will be taken on 9 November 2026.

Tower
""",
        text_cte="7bit",
    )


# ---------------------------------------------------------------------------------------------
# AA: yearly membership (Aroha plus Ben as associate), auto-renews 1 November.
# ---------------------------------------------------------------------------------------------
AA = ("AA Membership", "membership@aa.co.nz")


def aa() -> None:
    label = ("AA Membership",)
    mk(
        AA,
        "Your AA Membership renews on 1 November",
        at(2026, 10, 4, 9, 30),
        slug="aa-renewal-reminder",
        labels=label,
        auto_text=False,
        html=page(
            """<tr><td style="background:#ffd200;padding:18px 26px"><img src="https://www.aa.co.nz/email/aa-logo.png" width="70" alt="AA" /></td></tr>
<tr><td style="padding:26px;font-size:15px;line-height:22px;color:#1a1a1a">
<p>Kia ora Aroha,</p>
<p>Thanks for another year as an AA Member – you've been with us for 9 years.</p>
<p>Your membership is set to <strong>automatically renew on 1 November 2026</strong>. We'll charge the Visa card ending 4417 that we have on file.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">
<tr><td style="padding:6px 0;border-bottom:1px solid #eee">Membership number</td><td align="right" style="border-bottom:1px solid #eee">308 4471 5520 19</td></tr>
<tr><td style="padding:6px 0;border-bottom:1px solid #eee">Personal Membership – Aroha Ngata</td><td align="right" style="border-bottom:1px solid #eee">$97.00</td></tr>
<tr><td style="padding:6px 0;border-bottom:1px solid #eee">Associate Membership – Ben Walsh</td><td align="right" style="border-bottom:1px solid #eee">$45.00</td></tr>
<tr><td style="padding:6px 0;font-weight:bold">Total (incl. GST)</td><td align="right" style="font-weight:bold">$142.00</td></tr>
</table>
<p>Your membership includes AA Roadservice 24/7, AA Smartfuel discounts and member deals.</p>
<p>Need to update your details? Visit aa.co.nz/renew or call 0800 500 444.</p>
<p>Drive safe,<br />The AA Membership team</p></td></tr>
<tr><td style="padding:16px 26px;font-size:11px;color:#666;background:#f5f5f5">The New Zealand Automobile Association Incorporated, PO Box 5, Auckland 1140.</td></tr>"""
        ),
    )
    mk(
        AA,
        "Tax invoice – thanks for renewing your AA Membership",
        at(2026, 11, 1, 6, 15),
        slug="aa-renewal-receipt",
        labels=label,
        text="""Kia ora Aroha,

Thanks for renewing. Your AA Membership is now current until 31 October 2027.

TAX INVOICE  INV-AA-22918475
The New Zealand Automobile Association Inc.  GST No. 10-148-213
Date: 01/11/2026
Membership number: 308 4471 5520 19

  Personal Membership (12 months)       $97.00
  Associate Membership (12 months)      $45.00
  -----------------------------------------------
  Total paid                            $142.00
  Includes GST of                        $18.52

Paid by Visa ending 4417.
Your membership will automatically renew on 1 November 2027.

The AA Membership team
aa.co.nz | 0800 500 444
""",
        text_cte="7bit",
    )
    for d, subj in [
        (date(2026, 3, 5), "Fuel up and save 6c/L this weekend"),
        (date(2026, 8, 20), "Your Smartfuel savings this month: $4.20"),
    ]:
        mk(
            ("AA Smartfuel", "news@smartfuel.aa.co.nz"),
            subj,
            at(d.year, d.month, d.day, 15, 0),
            slug="aa-smartfuel-news",
            unsub="https://www.aasmartfuel.co.nz/unsubscribe?m=33ab1",
            auto_text=True,
            html=page(f"""<tr><td style="padding:26px;font-size:15px;line-height:22px">
<h2>{subj}</h2><p>Swipe your AA Smartfuel card at BP, and at partners like Countdown and Torpedo7, to build fuel discounts.</p>
<p>Your current balance: <strong>{R.randint(4, 18)}c/L</strong> off your next fill.</p>
<p style="font-size:11px;color:#777">AA Smartfuel is free for everyone. <a href="https://www.aasmartfuel.co.nz/unsubscribe?m=33ab1">Unsubscribe</a></p></td></tr>"""),
        )


# ---------------------------------------------------------------------------------------------
# ASB: home loan refix, fortnightly repayments on Fridays; plus ordinary bank mail.
# ---------------------------------------------------------------------------------------------
ASB = ("ASB", "no-reply@asb.co.nz")


def asb() -> None:
    label = ("ASB Home Loan",)
    loan = "12-3011-0456789-52"
    mk(
        ASB,
        "Your fixed rate is ending soon",
        at(2026, 6, 16, 10, 0),
        slug="asb-fixed-rate-ending",
        labels=label,
        to=[ME, BEN],
        auto_text=False,
        html=page(f"""<tr><td style="background:#ffcc00;padding:18px 26px"><img src="https://www.asb.co.nz/email/asb-logo.png" width="90" alt="ASB" /></td></tr>
<tr><td style="padding:26px;font-size:15px;line-height:22px;color:#222">
<p>Kia ora Aroha and Ben,</p>
<p>The fixed rate on your home loan ends on <strong>28 July 2026</strong>. Now's a good time to choose what happens next.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">
{
            rows(
                [
                    ("Loan account", loan),
                    ("Balance at 15 June 2026", "$412,384.17"),
                    ("Current rate", "6.29% p.a. fixed"),
                    ("Current repayment", "$1,412.56 fortnightly"),
                    ("Remaining term", "23 years 2 months"),
                ]
            )
        }
</table>
<p><strong>Our special rates today</strong> (for loans with 20% equity or more)</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">
{
            rows(
                [
                    ("6 months", "5.19% p.a."),
                    ("1 year", "4.89% p.a."),
                    ("18 months", "4.89% p.a."),
                    ("2 years", "4.95% p.a."),
                    ("3 years", "5.15% p.a."),
                ]
            )
        }
</table>
<p>You can fix your rate in the ASB Mobile app from 30 days before your fixed rate ends. If you don't choose a new rate, your loan will move to our floating rate of 6.69% p.a.</p>
<p>Ngā mihi,<br />ASB Home Loans</p></td></tr>
<tr><td style="padding:16px 26px;font-size:11px;color:#666;background:#f5f5f5">ASB Bank Limited. Rates are subject to change. ASB's lending criteria, terms, conditions and fees apply.</td></tr>"""),
    )
    mk(
        ASB,
        "Confirmation: your new home loan rate",
        at(2026, 7, 21, 14, 37),
        slug="asb-refix-confirmation",
        labels=label,
        to=[ME, BEN],
        text=f"""Kia ora Aroha and Ben,

Thanks for fixing your home loan rate with ASB. Here are the details.

Loan account:        {loan}
New interest rate:   4.89% p.a. fixed for 1 year
Fixed rate period:   28/07/2026 to 28/07/2027
New repayment:       $1,231.90 fortnightly (principal and interest)
First new repayment: Friday 7 August 2026
Repayments debited from: ASB Streamline 12-3011-0456789-00

Your loan variation letter is available in ASB Mobile and FastNet Classic under
Documents. You don't need to sign anything.

If you have any questions, call us on 0800 803 804.

Ngā mihi,
ASB Home Loans

ASB Bank Limited. This email was sent to you because you hold a home loan with ASB.
""",
        text_cte="quoted-printable",
    )
    mk(
        ASB,
        "Your ASB statement is ready",
        at(2026, 4, 2, 6, 10),
        slug="asb-statement",
        to=[ME, BEN],
        text="""Kia ora Aroha,

Your statement for ASB Streamline account ending -00 for the period 01/03/2026 to 31/03/2026
is ready to view in FastNet Classic and the ASB Mobile app.

For your security, we never include links to log in in our emails.

ASB Bank Limited
""",
        text_cte="7bit",
    )
    mk(
        ASB,
        "New payee added to your account",
        at(2026, 9, 12, 19, 58),
        slug="asb-security-alert",
        text="""Kia ora Aroha,

A new payee, "S PATEL", was added to your ASB accounts using the ASB Mobile app on
12/09/2026 at 7:57pm.

If this was you, you don't need to do anything. If you don't recognise this, call us
straight away on 0800 803 804.

ASB Bank Limited
""",
        text_cte="7bit",
    )


# ---------------------------------------------------------------------------------------------
# NZ Transport Agency: car registration (vehicle licence), yearly.
# ---------------------------------------------------------------------------------------------
NZTA = ("NZ Transport Agency Waka Kotahi", "noreply@nzta.govt.nz")


def nzta() -> None:
    label = ("Vehicle licence (rego)",)
    mk(
        NZTA,
        "Your vehicle licence for KLP482 is due to expire",
        at(2026, 3, 25, 3, 0),
        slug="nzta-rego-reminder",
        labels=label,
        text="""Kia ora AROHA NGATA

Vehicle licence (rego) renewal reminder

Plate:        KLP482
Vehicle:      2017 TOYOTA COROLLA (silver)
Expiry date:  22/04/2026

Renew online at nzta.govt.nz/rego, at an AA centre, VTNZ or VINZ.

Licence fees (incl. ACC levy and GST):
  12 months   $117.43
   6 months    $61.86
   3 months    $33.71

It's an offence to use a vehicle on the road without a current vehicle licence.
Fines of up to $200 apply.

NZ Transport Agency Waka Kotahi
Private Bag 11777, Palmerston North 4442
0800 108 809
""",
        text_cte="7bit",
    )
    mk(
        NZTA,
        "Vehicle licence receipt – KLP482",
        at(2026, 4, 10, 20, 14),
        slug="nzta-rego-receipt",
        labels=label,
        auto_text=True,
        html=page("""<tr><td style="padding:22px 26px;background:#00467f;color:#fff;font-size:18px">NZ Transport Agency Waka Kotahi</td></tr>
<tr><td style="padding:26px;font-size:14px;line-height:21px">
<p><strong>Thank you. Your vehicle licence payment was successful.</strong></p>
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td style="padding:5px 0">Receipt number</td><td align="right">VL-20260410-8841275</td></tr>
<tr><td style="padding:5px 0">Plate</td><td align="right">KLP482</td></tr>
<tr><td style="padding:5px 0">Licence period</td><td align="right">12 months</td></tr>
<tr><td style="padding:5px 0">New expiry date</td><td align="right">22/04/2027</td></tr>
<tr><td style="padding:5px 0">Licence fee</td><td align="right">$43.49</td></tr>
<tr><td style="padding:5px 0">ACC levy</td><td align="right">$58.62</td></tr>
<tr><td style="padding:5px 0">GST</td><td align="right">$15.32</td></tr>
<tr><td style="padding:5px 0;font-weight:bold;border-top:1px solid #ccc">Total paid</td><td align="right" style="font-weight:bold;border-top:1px solid #ccc">$117.43</td></tr>
</table>
<p>Your new licence label will be posted to the address on the Motor Vehicle Register within 10 working days.</p>
<p>GST number 88-022-588. This receipt is a tax invoice.</p></td></tr>"""),
    )


# ---------------------------------------------------------------------------------------------
# Les Mills: fortnightly membership collected by Debitsuccess, price rise in February.
# ---------------------------------------------------------------------------------------------
LESMILLS = ("Les Mills Auckland", "members@lesmills.co.nz")


def les_mills() -> None:
    label = ("Les Mills",)
    mk(
        LESMILLS,
        "An update to your Les Mills membership fees",
        at(2026, 1, 12, 11, 0),
        slug="les-mills-price-change",
        labels=label,
        auto_text=False,
        html=page(
            """<tr><td style="background:#000;padding:20px 26px"><img src="https://www.lesmills.co.nz/email/lm-logo-white.png" width="140" alt="LES MILLS" /></td></tr>
<tr><td style="padding:26px;font-size:15px;line-height:22px;color:#111">
<p>Kia ora Aroha,</p>
<p>Thanks for training with us in 2025. We're writing to let you know about a change to your membership fees.</p>
<p>From <strong>2 February 2026</strong>, your fortnightly membership fee will change from <strong>$67.80</strong> to <strong>$71.80</strong> (incl. GST). This applies from your first direct debit on or after that date. Nothing else about your membership changes.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">
<tr><td style="padding:6px 0;border-bottom:1px solid #ddd">Member number</td><td align="right" style="border-bottom:1px solid #ddd">1190 4472</td></tr>
<tr><td style="padding:6px 0;border-bottom:1px solid #ddd">Membership</td><td align="right" style="border-bottom:1px solid #ddd">Multi-club, 12 month minimum term (completed)</td></tr>
<tr><td style="padding:6px 0;border-bottom:1px solid #ddd">Home club</td><td align="right" style="border-bottom:1px solid #ddd">Les Mills Auckland City</td></tr>
<tr><td style="padding:6px 0">Payment</td><td align="right">Fortnightly direct debit, Mondays</td></tr>
</table>
<p>This year we're adding more classes, new Technogym equipment in Newmarket and extended weekend hours at Auckland City.</p>
<p>If you have any questions, talk to the team at reception or email members@lesmills.co.nz.</p>
<p>See you on the floor,<br />Les Mills New Zealand</p></td></tr>
<tr><td style="padding:16px 26px;font-size:11px;color:#777;background:#f2f2f2">Les Mills New Zealand Limited, 186 Victoria Street West, Auckland 1010. Fees are collected on our behalf by Debitsuccess Limited.</td></tr>"""
        ),
    )
    mk(
        ("Debitsuccess", "noreply@debitsuccess.com"),
        "Unsuccessful payment – Les Mills New Zealand",
        at(2026, 5, 18, 16, 30),
        slug="debitsuccess-les-mills-dishonour",
        labels=label,
        text="""Dear Aroha Ngata,

Customer reference: DS-0884-41190472
Business: Les Mills New Zealand Limited

Your scheduled payment of $71.80 due on 18/05/2026 was returned unpaid by your bank
(reason: insufficient funds).

A dishonour fee of $9.00 has been added to your account in line with your direct
debit agreement. We will attempt to collect $80.80 on Thursday 21/05/2026.

Your next regular payment of $71.80 is scheduled for 01/06/2026.

To pay now or update your bank details, visit my.debitsuccess.com or call
0800 332 484.

Debitsuccess Limited
Payments processed on behalf of Les Mills New Zealand Limited
""",
        text_cte="7bit",
    )
    mk(
        LESMILLS,
        "Train anywhere with LES MILLS+ – 30 days free",
        at(2026, 9, 3, 17, 45),
        slug="les-mills-plus-promo",
        unsub="https://www.lesmills.co.nz/unsubscribe?u=118",
        auto_text=True,
        html=page(
            """<tr><td style="padding:26px;font-size:15px;line-height:22px">
<h2>Holiday? Keep your streak.</h2>
<p>As a member you can try LES MILLS+, our on-demand workout app, free for 30 days. After that it's $19.95 a month unless you cancel.</p>
<p><a href="https://watch.lesmills.com/nz/member-offer">Start your free trial</a></p>
<p style="font-size:11px;color:#777"><a href="https://www.lesmills.co.nz/unsubscribe?u=118">Unsubscribe</a> from marketing emails.</p></td></tr>"""
        ),
    )


# ---------------------------------------------------------------------------------------------
# Netflix: downgrade Premium -> Standard in March, a declined card in August.
# ---------------------------------------------------------------------------------------------
NETFLIX = ("Netflix", "info@account.netflix.com")


def netflix() -> None:
    label = ("Netflix",)
    mk(
        NETFLIX,
        "Your plan change is confirmed",
        at(2026, 3, 3, 21, 14, "utc"),
        slug="netflix-plan-change",
        labels=label,
        auto_text=True,
        html=page(
            """<tr><td style="padding:24px 40px"><img src="https://assets.nflxext.com/us/email/gem/nflx.png" width="24" alt="Netflix" /></td></tr>
<tr><td style="padding:0 40px 30px 40px;font-family:'Netflix Sans',Helvetica,Arial,sans-serif;font-size:16px;line-height:22px;color:#221f1f">
<p style="font-size:28px;font-weight:bold;line-height:34px">Your plan change is confirmed</p>
<p>Hi Aroha,</p>
<p>You changed your plan. Here are the details:</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:15px">
<tr><td style="padding:6px 0;color:#737373">New plan</td><td align="right">Standard</td></tr>
<tr><td style="padding:6px 0;color:#737373">Price</td><td align="right">NZ$20.99/month</td></tr>
<tr><td style="padding:6px 0;color:#737373">Starts on</td><td align="right">17 March 2026</td></tr>
<tr><td style="padding:6px 0;color:#737373">Previous plan</td><td align="right">Premium (NZ$29.99/month)</td></tr>
</table>
<p>You'll continue to enjoy Premium until your next billing date. Your new price will be charged on 17 March 2026. Prices include GST.</p>
<p><a href="https://www.netflix.com/YourAccount" style="color:#e50914">Manage your account</a></p>
<p>We're here to help if you need it. Visit the <a href="https://help.netflix.com">Help Centre</a>.</p>
<p>– Your friends at Netflix</p></td></tr>
<tr><td style="padding:20px 40px;font-size:11px;color:#a9a6a6">This account email has been sent to you as part of your Netflix membership.<br />Netflix Pte. Ltd., 9 Straits View #06-07, Marina One West Tower, Singapore 018937</td></tr>""",
            bg="#ffffff",
            font="Helvetica, Arial, sans-serif",
        ),
    )
    mk(
        NETFLIX,
        "Update your payment information",
        at(2026, 8, 17, 4, 2, "utc"),
        slug="netflix-payment-declined",
        labels=label,
        auto_text=True,
        html=page(
            """<tr><td style="padding:24px 40px"><img src="https://assets.nflxext.com/us/email/gem/nflx.png" width="24" alt="Netflix" /></td></tr>
<tr><td style="padding:0 40px 30px 40px;font-size:16px;line-height:22px;color:#221f1f">
<p style="font-size:28px;font-weight:bold;line-height:34px">Please update your payment details</p>
<p>Hi Aroha,</p>
<p>We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.</p>
<p><a href="https://www.netflix.com/simplemember/updatepayment" style="display:inline-block;background:#e50914;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Update payment</a></p>
<p>Need help? We're here if you need it. Visit the Help Centre or contact us now.</p>
<p>– Your friends at Netflix</p></td></tr>
<tr><td style="padding:20px 40px;font-size:11px;color:#a9a6a6">Questions? Call 0800 450 218<br />Netflix Pte. Ltd.</td></tr>""",
            bg="#ffffff",
        ),
    )
    mk(
        NETFLIX,
        "Your payment method was updated",
        at(2026, 8, 19, 9, 21, "utc"),
        slug="netflix-payment-updated",
        labels=label,
        text="""Hi Aroha,

Your payment method was updated.

The Visa card ending in 9051 is now being used for your Standard plan (NZ$20.99/month).
Your next billing date is 17 September 2026.

If you didn't make this change, please visit netflix.com/security.

- Your friends at Netflix
""",
        text_cte="quoted-printable",
    )
    mk(
        ("Netflix", "info@mailer.netflix.com"),
        "New on Netflix: the shows everyone will be talking about",
        at(2026, 11, 7, 8, 0, "utc"),
        slug="netflix-new-on",
        unsub="https://www.netflix.com/unsubscribe?id=x81",
        auto_text=True,
        html=page(
            """<tr><td style="padding:30px;font-size:16px;line-height:22px">
<p style="font-size:24px;font-weight:bold">Just added</p><p>New seasons, new films and a documentary you won't stop thinking about.</p>
<p><a href="https://www.netflix.com/browse">Watch now</a></p>
<p style="font-size:11px;color:#999">You're receiving this because you're a Netflix member. <a href="https://www.netflix.com/unsubscribe?id=x81">Unsubscribe</a></p></td></tr>"""
        ),
    )


# ---------------------------------------------------------------------------------------------
# Neon: monthly on the 23rd, price rise from March.
# ---------------------------------------------------------------------------------------------
NEON = ("Neon", "hello@neontv.co.nz")


def neon_receipt(d: date, price: float) -> None:
    end = date(d.year + (d.month == 12), d.month % 12 + 1, 22)
    html = page(
        f"""<tr><td style="background:#1a0033;padding:22px 30px"><img src="https://www.neontv.co.nz/email/neon-logo.png" width="100" alt="NEON" /></td></tr>
<tr><td style="padding:28px 30px;font-size:15px;line-height:22px;color:#1a0033">
<p style="font-size:22px;font-weight:bold">Thanks for your payment</p>
<p>Hi Aroha, here's your receipt for Neon.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">
{
            rows(
                [
                    ("Receipt number", f"NEO-{R.randint(10000000, 99999999)}"),
                    ("Date", f"{d:%d/%m/%Y}"),
                    ("Plan", "Neon Standard (monthly)"),
                    ("Period", f"{d:%d/%m/%Y} – {end:%d/%m/%Y}"),
                    ("Payment method", "Visa •••• 4417"),
                    ("GST included", nzd(gst_of(price))),
                    ("<strong>Total</strong>", f"<strong>{nzd(price)}</strong>"),
                ]
            )
        }
</table>
<p>Your plan renews automatically each month. You can cancel any time in My Account.</p></td></tr>
<tr><td style="padding:16px 30px;background:#f4f0f8;font-size:11px;color:#666">Neon is brought to you by Sky Network Television Limited, 10 Panorama Road, Mt Wellington, Auckland. GST 52-444-622.</td></tr>""",
        title="Neon receipt",
    )
    mk(
        NEON,
        "Your Neon receipt",
        at(d.year, d.month, d.day, 3, R.randint(0, 59)),
        slug="neon-receipt",
        labels=("Neon",),
        html=html,
        auto_text=(d.month % 2 == 0),
    )


def neon() -> None:
    neon_receipt(date(2025, 12, 23), 19.99)
    mk(
        NEON,
        "A change to your Neon price",
        at(2026, 2, 9, 12, 0),
        slug="neon-price-change",
        labels=("Neon",),
        text="""Hi Aroha,

We're writing to let you know that the price of Neon Standard is changing.

From your first billing date on or after 9 March 2026, Neon Standard will be
$21.99 a month (up from $19.99). Your next payment at the new price will be on
23 March 2026.

We've kept investing in more of the best shows and movies, from HBO Originals to
the biggest new-release films, and we'll keep adding more.

If you'd like to switch to Neon Basic with ads ($12.99/month) or cancel, you can do
that any time in My Account at neontv.co.nz. Prices include GST.

Thanks for watching,
The Neon team
""",
        html=page("""<tr><td style="padding:28px 30px;font-size:15px;line-height:22px">
<p>Hi Aroha,</p><p>We're writing to let you know that the price of Neon Standard is changing.</p>
<p>From your first billing date on or after <strong>9 March 2026</strong>, Neon Standard will be <strong>$21.99 a month</strong> (up from $19.99). Your next payment at the new price will be on 23 March 2026.</p>
<p>If you'd like to switch to Neon Basic with ads ($12.99/month) or cancel, you can do that any time in My Account. Prices include GST.</p>
<p>Thanks for watching,<br />The Neon team</p></td></tr>"""),
    )
    neon_receipt(date(2026, 6, 23), 21.99)
    neon_receipt(date(2026, 11, 23), 21.99)


# ---------------------------------------------------------------------------------------------
# Sky Sport Now: monthly pass from February.
# ---------------------------------------------------------------------------------------------
SSN = ("Sky Sport Now", "noreply@skysportnow.co.nz")


def sky_sport_now() -> None:
    label = ("Sky Sport Now",)
    mk(
        SSN,
        "Welcome to Sky Sport Now",
        at(2026, 2, 13, 19, 3),
        slug="sky-sport-now-welcome",
        labels=label,
        auto_text=False,
        html=page("""<tr><td style="background:#0b1f3a;padding:20px 26px;color:#fff;font-size:20px;font-weight:bold">SKY SPORT NOW</td></tr>
<tr><td style="padding:26px;font-size:15px;line-height:22px">
<p>Hi Aroha,</p><p>You're in. Super Rugby Pacific, cricket, netball and more – live and on demand.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">
<tr><td style="padding:5px 0">Pass</td><td align="right">Monthly Pass</td></tr>
<tr><td style="padding:5px 0">Amount charged today</td><td align="right">$44.99 (incl. GST)</td></tr>
<tr><td style="padding:5px 0">Renews</td><td align="right">13 March 2026, then monthly</td></tr>
<tr><td style="padding:5px 0">Payment method</td><td align="right">Visa ending 4417</td></tr>
</table>
<p>Your pass renews automatically until you cancel. Cancel any time in My Account before your renewal date.</p>
<p>Download the app on your TV, phone or tablet and sign in with this email address.</p>
<p>Sky Sport Now<br /><span style="font-size:11px;color:#777">Sky Network Television Limited · GST 52-444-622</span></p></td></tr>"""),
    )
    for d in (date(2026, 7, 13), date(2026, 11, 13)):
        nxt = date(d.year, d.month + 1, 13)
        mk(
            SSN,
            "Your Sky Sport Now receipt",
            at(d.year, d.month, d.day, 2, R.randint(0, 59)),
            slug="sky-sport-now-receipt",
            labels=label,
            text=f"""Hi Aroha,

Thanks for your payment. Here's your tax invoice.

Invoice number:   SSN{R.randint(1000000, 9999999)}
Date:             {d:%d/%m/%Y}
Item:             Sky Sport Now Monthly Pass
Amount:           $44.99
GST (15%):        $5.87 (included)
Paid with:        Visa ending 4417
Next renewal:     {nxt:%d/%m/%Y}

Manage your pass at skysportnow.co.nz/account.

Sky Network Television Limited, GST 52-444-622
""",
            text_cte="7bit",
        )


# ---------------------------------------------------------------------------------------------
# Spotify Premium Duo, paid through PayPal.
# ---------------------------------------------------------------------------------------------
SPOTIFY = ("Spotify", "no-reply@spotify.com")


def spotify_receipt(d: date) -> None:
    html = page(
        f"""<tr><td style="padding:26px 30px"><img src="https://www.scdn.co/email/spotify-logo-green.png" width="110" alt="Spotify" /></td></tr>
<tr><td style="padding:0 30px 26px 30px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#181818">
<p style="font-size:26px;font-weight:bold">Your receipt</p>
<p>Thanks for choosing Premium Duo. Here's your receipt.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">
<tr><td style="padding:6px 0;border-bottom:1px solid #eee">Date</td><td align="right" style="border-bottom:1px solid #eee">{d.day} {d:%b %Y}</td></tr>
<tr><td style="padding:6px 0;border-bottom:1px solid #eee">Order ID</td><td align="right" style="border-bottom:1px solid #eee">{R.getrandbits(48):012x}</td></tr>
<tr><td style="padding:6px 0;border-bottom:1px solid #eee">Premium Duo</td><td align="right" style="border-bottom:1px solid #eee">NZ$21.99</td></tr>
<tr><td style="padding:6px 0;border-bottom:1px solid #eee">Includes GST (15%)</td><td align="right" style="border-bottom:1px solid #eee">NZ$2.87</td></tr>
<tr><td style="padding:6px 0;font-weight:bold">Total</td><td align="right" style="font-weight:bold">NZ$21.99</td></tr>
<tr><td style="padding:6px 0">Payment method</td><td align="right">PayPal</td></tr>
</table>
<p>Your plan renews monthly. Manage it on your <a href="https://www.spotify.com/nz/account" style="color:#1db954">Account page</a>.</p></td></tr>
<tr><td style="padding:20px 30px;font-size:11px;color:#888;background:#f7f7f7">Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden. VAT/GST registration NZ 128-417-556.<br />
<a href="https://www.spotify.com/nz/legal/" style="color:#888">Terms</a> · <a href="https://www.spotify.com/nz/legal/privacy-policy/" style="color:#888">Privacy</a></td></tr>""",
        bg="#ffffff",
        font="Helvetica, Arial, sans-serif",
    )
    mk(
        SPOTIFY,
        "Your Spotify Premium receipt",
        at(d.year, d.month, d.day, 9, R.randint(0, 59), "utc"),
        slug="spotify-receipt",
        labels=("Spotify Premium Duo",),
        html=html,
    )


def spotify() -> None:
    spotify_receipt(date(2026, 1, 4))
    txn = "6KX40558HU3371942"
    html = page(
        f"""<tr><td style="padding:20px 30px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="40" alt="PayPal" /></td></tr>
<tr><td style="padding:0 30px 20px 30px;font-size:15px;line-height:22px;color:#2c2e2f">
<p style="font-size:22px">Hello, Aroha Ngata</p>
<p>You sent an automatic payment of $21.99 NZD to Spotify AB</p>
<p>It may take a few moments for this transaction to appear in your account.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">
<tr><td style="padding:5px 0"><strong>Merchant</strong><br />Spotify AB<br />payments@spotify.com</td><td align="right" valign="top"><strong>Instructions to merchant</strong><br />You haven't entered any instructions.</td></tr>
<tr><td style="padding:5px 0"><strong>Transaction ID</strong><br /><a href="https://www.paypal.com/activity/payment/{txn}">{txn}</a></td><td align="right" valign="top"><strong>Transaction date</strong><br />4 May 2026</td></tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;margin-top:12px">
<tr><td style="padding:5px 0;border-top:1px solid #ddd">Spotify Premium Duo – monthly</td><td align="right" style="border-top:1px solid #ddd">$21.99 NZD</td></tr>
<tr><td style="padding:5px 0">Subtotal</td><td align="right">$21.99 NZD</td></tr>
<tr><td style="padding:5px 0"><strong>Total</strong></td><td align="right"><strong>$21.99 NZD</strong></td></tr>
<tr><td style="padding:5px 0">Payment</td><td align="right">$21.99 NZD</td></tr>
<tr><td style="padding:5px 0" colspan="2">Funding source: ASB Visa Debit x-4417</td></tr>
</table>
<p style="font-size:13px">Automatic payment profile ID: B-7HG59220TP481203U. You can cancel this automatic payment in your PayPal settings.</p></td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#6c7378;background:#f2f2f2">Help &amp; Contact | Security | Apps<br />PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.<br />Copyright © 1999–2026 PayPal. All rights reserved. PayPal Pte. Ltd.</td></tr>""",
        bg="#f2f2f2",
        font="Helvetica Neue, Helvetica, Arial, sans-serif",
    )
    mk(
        ("PayPal", "service@intl.paypal.com"),
        "Receipt for your payment to Spotify AB",
        at(2026, 5, 4, 9, 40, "us"),
        slug="paypal-spotify-receipt",
        labels=("Spotify Premium Duo",),
        html=html,
        auto_text=True,
    )
    spotify_receipt(date(2026, 10, 4))


# ---------------------------------------------------------------------------------------------
# Disney+: monthly on the 28th, cancelled in February; a win-back offer later.
# ---------------------------------------------------------------------------------------------
DISNEY = ("Disney+", "disneyplus@mail.disneyplus.com")


def disney() -> None:
    label = ("Disney+",)
    mk(
        DISNEY,
        "Your Disney+ payment confirmation",
        at(2025, 12, 28, 6, 12, "us"),
        slug="disney-plus-payment",
        labels=label,
        auto_text=False,
        html=page("""<tr><td style="background:#040714;padding:24px 30px"><img src="https://static-assets.bamgrid.com/email/disneyplus-logo-white.png" width="110" alt="Disney+" /></td></tr>
<tr><td style="padding:26px 30px;font-size:15px;line-height:22px;color:#1a1d29">
<p>Hi Aroha,</p><p>Thanks for your payment. Here are the details of your Disney+ subscription.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">
<tr><td style="padding:5px 0">Subscription</td><td align="right">Disney+ Standard (Monthly)</td></tr>
<tr><td style="padding:5px 0">Amount</td><td align="right">$18.99 NZD (incl. GST)</td></tr>
<tr><td style="padding:5px 0">Billing date</td><td align="right">28 December 2025</td></tr>
<tr><td style="padding:5px 0">Next billing date</td><td align="right">28 January 2026</td></tr>
<tr><td style="padding:5px 0">Payment method</td><td align="right">Mastercard ending 8802</td></tr>
</table>
<p style="font-size:12px;color:#777">The Walt Disney Company (New Zealand) Limited. Manage your subscription at disneyplus.com/account.</p></td></tr>"""),
    )
    mk(
        DISNEY,
        "Your Disney+ subscription has been cancelled",
        at(2026, 2, 10, 20, 4, "us"),
        slug="disney-plus-cancelled",
        labels=label,
        text="""Hi Aroha,

We're sorry to see you go.

Your Disney+ Standard (Monthly) subscription has been cancelled. You won't be
charged again. You can keep watching until the end of your current billing
period on 27 February 2026.

Changed your mind? You can restart your subscription any time at
disneyplus.com/account.

The Disney+ Team

The Walt Disney Company (New Zealand) Limited
""",
        text_cte="quoted-printable",
    )
    mk(
        ("Disney+", "disneyplus@mail.disneyplus.com"),
        "Come back to Disney+ – 3 months for $4.99/month",
        at(2026, 7, 15, 10, 0, "us"),
        slug="disney-plus-winback",
        unsub="https://www.disneyplus.com/email-preferences?u=88a1",
        auto_text=True,
        html=page("""<tr><td style="padding:30px;font-size:16px;line-height:23px">
<p style="font-size:24px;font-weight:bold">We saved your seat</p>
<p>Come back for 3 months at $4.99/month, then $18.99/month. Cancel any time. Offer ends 31 July 2026.</p>
<p><a href="https://www.disneyplus.com/welcome-back?code=NZBACK">Rejoin now</a></p>
<p style="font-size:11px;color:#777"><a href="https://www.disneyplus.com/email-preferences?u=88a1">Unsubscribe</a></p></td></tr>"""),
    )


# ---------------------------------------------------------------------------------------------
# Apple: iCloud+ 50 GB -> 200 GB in March, plus a one-off app purchase.
# ---------------------------------------------------------------------------------------------
APPLE = ("Apple", "no_reply@email.apple.com")


def apple_receipt(
    d: date, lines: list[tuple[str, str, str, float]], slug: str, labels: tuple[str, ...]
) -> None:
    total = round(sum(x[3] for x in lines), 2)
    order, doc = f"MT{R.getrandbits(36):09X}"[:10], str(R.randint(10**11, 10**12 - 1))
    item_txt = "\n".join(f"{a:<60}{nzd(p):>10}\n{b}\n{c}\n" for a, b, c, p in lines)
    text = f"""Apple Receipt
-----------------------------------------------------------

APPLE ACCOUNT
aroha.ngata@gmail.com

BILLED TO
Visa .... 4417
Aroha Ngata
14 Kowhai Road
Mount Albert
Auckland 1025
NZL

ORDER ID:              {order}
DOCUMENT NO.:          {doc}
DATE:                  {d.day} {d:%b %Y}
TOTAL:                 {nzd(total)}

{item_txt}
--------------------------------------------------------------------------------
                                                  Includes GST of 15%    {nzd(gst_of(total))}
--------------------------------------------------------------------------------

                                                                 TOTAL    {nzd(total)}

Get help with subscriptions and purchases. Visit Apple Support.
https://support.apple.com/billing

Apple respects your privacy.
Information regarding your personal information can be viewed at https://www.apple.com/nz/legal/privacy/.

Terms of Sale: https://www.apple.com/nz/legal/internet-services/itunes/nz/terms.html
Apple Distribution International Ltd., Hollyhill Industrial Estate, Cork, Ireland.
"""
    item_html = "".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #e6e6e6;font-size:12px"><b>{a}</b><br />'
        f'<span style="color:#666">{b}<br />{c}</span></td><td align="right" valign="top" '
        f'style="padding:10px 0;border-bottom:1px solid #e6e6e6;font-size:12px"><b>{nzd(p)}</b></td></tr>'
        for a, b, c, p in lines
    )
    html = page(
        f"""<tr><td style="padding:20px 0"><img src="https://www.apple.com/email/apple_logo.png" width="26" alt="Apple" /> <span style="font-size:32px;color:#333;float:right">Receipt</span></td></tr>
<tr><td><table width="100%" cellpadding="0" cellspacing="0" bgcolor="#fafafa" style="font-size:10px;color:#666">
<tr><td style="padding:8px">APPLE ACCOUNT<br /><span style="color:#0070c9">aroha.ngata@gmail.com</span></td><td style="padding:8px">DATE<br />{d.day} {d:%b %Y}</td><td rowspan="2" style="padding:8px">BILLED TO<br />Visa .... 4417<br />Aroha Ngata<br />14 Kowhai Road<br />Mount Albert<br />Auckland 1025<br />NZL</td></tr>
<tr><td style="padding:8px">ORDER ID<br /><span style="color:#0070c9">{order}</span></td><td style="padding:8px">DOCUMENT NO.<br />{doc}</td></tr></table></td></tr>
<tr><td><table width="100%" cellpadding="0" cellspacing="0">{item_html}
<tr><td align="right" style="padding:8px 0;font-size:10px;color:#666">Includes GST of 15%</td><td align="right" style="font-size:12px">{nzd(gst_of(total))}</td></tr>
<tr><td align="right" style="padding:8px 0;font-size:10px;color:#666;border-top:1px solid #e6e6e6">TOTAL</td><td align="right" style="font-size:16px;font-weight:bold;border-top:1px solid #e6e6e6">{nzd(total)}</td></tr></table></td></tr>
<tr><td style="padding:30px 0;font-size:11px;color:#888;text-align:center">Get help with subscriptions and purchases. <a href="https://support.apple.com/billing">Visit Apple Support</a>.<br />
<a href="https://www.apple.com/nz/legal/privacy/">Privacy Policy</a> · <a href="https://www.apple.com/nz/legal/internet-services/itunes/nz/terms.html">Terms of Sale</a><br />Copyright © 2026 Apple Distribution International Ltd. All rights reserved.</td></tr>""",
        bg="#ffffff",
        font="-apple-system, 'SF Pro Text', 'Helvetica Neue', Helvetica, Arial, sans-serif",
    )
    mk(
        APPLE,
        "Your receipt from Apple.",
        at(d.year, d.month, d.day, R.randint(10, 15), R.randint(0, 59), "us"),
        slug=slug,
        labels=labels,
        text=text,
        html=html,
    )


def apple() -> None:
    ic = ("iCloud+",)
    apple_receipt(
        date(2025, 12, 26),
        [("iCloud+ with 50 GB of storage", "iCloud+ Monthly", "Renews 26 Jan 2026", 1.99)],
        "apple-icloud-receipt",
        ic,
    )
    text = """Subscription Confirmation
-----------------------------------------------------------

Dear Aroha,

You have upgraded your iCloud+ plan.

  Subscription:   iCloud+ with 200 GB of storage
  Plan:           Monthly
  Price:          $4.99 per month
  Renews:         3 April 2026

Your previous plan, iCloud+ with 50 GB of storage ($1.99 per month), has ended and the unused
portion has been credited. Your subscription will automatically renew unless it is cancelled at
least 24 hours before the end of the current period.

To manage your subscriptions, go to Settings > [your name] > Subscriptions on your iPhone.

Regards,
Apple

Apple Distribution International Ltd., Hollyhill Industrial Estate, Cork, Ireland.
"""
    mk(
        APPLE,
        "Subscription Confirmation",
        at(2026, 3, 3, 12, 18, "us"),
        slug="apple-icloud-upgrade",
        labels=ic,
        text=text,
        html=page(
            """<tr><td style="padding:30px;font-size:14px;line-height:21px;color:#333">
<h2 style="font-weight:normal">Subscription Confirmation</h2><p>Dear Aroha,</p><p>You have upgraded your iCloud+ plan.</p>
<table cellpadding="0" cellspacing="0" style="font-size:14px"><tr><td style="padding:4px 20px 4px 0;color:#888">Subscription</td><td>iCloud+ with 200 GB of storage</td></tr>
<tr><td style="padding:4px 20px 4px 0;color:#888">Plan</td><td>Monthly</td></tr><tr><td style="padding:4px 20px 4px 0;color:#888">Price</td><td>$4.99 per month</td></tr>
<tr><td style="padding:4px 20px 4px 0;color:#888">Renews</td><td>3 April 2026</td></tr></table>
<p>Your previous plan, iCloud+ with 50 GB of storage ($1.99 per month), has ended and the unused portion has been credited.</p>
<p>Regards,<br />Apple</p></td></tr>""",
            bg="#ffffff",
        ),
    )
    apple_receipt(
        date(2026, 6, 3),
        [("iCloud+ with 200 GB of storage", "iCloud+ Monthly", "Renews 3 Jul 2026", 4.99)],
        "apple-icloud-receipt",
        ic,
    )
    apple_receipt(
        date(2026, 8, 19),
        [("Procreate Pocket", "Savage Interactive Pty Ltd", "Aroha's iPhone", 9.99)],
        "apple-app-purchase",
        (),
    )
    apple_receipt(
        date(2026, 10, 3),
        [("iCloud+ with 200 GB of storage", "iCloud+ Monthly", "Renews 3 Nov 2026", 4.99)],
        "apple-icloud-receipt",
        ic,
    )


# ---------------------------------------------------------------------------------------------
# Google One: yearly through Google Play, renews 14 April.
# ---------------------------------------------------------------------------------------------
def google_one() -> None:
    label = ("Google One",)
    play = ("Google Play", "googleplay-noreply@google.com")
    mk(
        play,
        "Your subscription will renew soon",
        at(2026, 4, 7, 15, 40, "us"),
        slug="google-one-renewal-reminder",
        labels=label,
        auto_text=True,
        html_cte="base64",
        html=page(
            """<tr><td style="padding:24px 32px"><img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" alt="Google" /></td></tr>
<tr><td style="padding:0 32px 28px 32px;font-family:Roboto,Arial,sans-serif;font-size:14px;line-height:20px;color:#202124">
<p style="font-size:22px">Your subscription will renew soon</p>
<p>Hi Aroha,</p>
<p>Your <b>Google One</b> subscription (100 GB) will automatically renew on <b>14 Apr 2026</b> for <b>NZ$34.99/year</b> (includes GST).</p>
<p>You'll be charged with Visa-4417. To avoid being charged, cancel at least 24 hours before the renewal date.</p>
<p><a href="https://play.google.com/store/account/subscriptions" style="color:#1a73e8">Manage subscriptions</a></p></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#5f6368;background:#f8f9fa">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br />You have received this mandatory service announcement to update you about important changes to your Google Play account.</td></tr>""",
            bg="#ffffff",
            font="Roboto, Arial, sans-serif",
        ),
    )
    order = "GPA.3318-4471-2290-11820"
    mk(
        play,
        "Your Google Play Order Receipt from 14 Apr 2026",
        at(2026, 4, 14, 10, 2, "us"),
        slug="google-play-receipt",
        labels=label,
        auto_text=True,
        html_cte="base64",
        html=page(
            f"""<tr><td style="padding:24px 32px"><img src="https://www.gstatic.com/android/market_images/email/play_logo.png" width="130" alt="Google Play" /></td></tr>
<tr><td style="padding:0 32px 24px 32px;font-family:Roboto,Arial,sans-serif;font-size:14px;line-height:20px;color:#202124">
<p>Thank you. You've made a purchase from the Google Play Store.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:13px">
<tr><td style="padding:4px 0">Order number:</td><td>{order}</td></tr>
<tr><td style="padding:4px 0">Order date:</td><td>14 Apr 2026 10:02:37 NZST</td></tr>
<tr><td style="padding:4px 0">Your account:</td><td>aroha.ngata@gmail.com</td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:13px;margin-top:14px;border-top:1px solid #dadce0">
<tr><td style="padding:8px 0"><b>Item</b></td><td align="right"><b>Price</b></td></tr>
<tr><td style="padding:8px 0">100 GB (Google One)<br /><span style="color:#5f6368">Auto-renewing subscription – yearly</span></td><td align="right">NZ$34.99/year</td></tr>
<tr><td style="padding:4px 0">Includes GST:</td><td align="right">NZ$4.56</td></tr>
<tr><td style="padding:4px 0"><b>Total:</b></td><td align="right"><b>NZ$34.99/year</b></td></tr></table>
<p>Payment method: Visa-4417</p>
<p>You can manage your subscription and cancel at any time in Google Play, under Payments &amp; subscriptions.</p></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#5f6368;background:#f8f9fa">Google Asia Pacific Pte. Ltd., 70 Pasir Panjang Road, #03-71 Mapletree Business City, Singapore 117371. NZ GST No. 123-110-283.</td></tr>""",
            bg="#ffffff",
            font="Roboto, Arial, sans-serif",
        ),
    )
    mk(
        ("Google One", "googleone-noreply@google.com"),
        "Get more from Google One with Google AI Pro",
        at(2026, 9, 21, 6, 30, "us"),
        slug="google-one-ai-promo",
        unsub="https://myaccount.google.com/email-preferences",
        auto_text=True,
        html=page(
            """<tr><td style="padding:30px;font-family:Roboto,Arial,sans-serif;font-size:15px;line-height:22px">
<p style="font-size:22px">Upgrade to Google AI Pro</p><p>Get 2 TB of storage and Gemini in Gmail and Docs. Try it free for 1 month, then NZ$32.99/month.</p>
<p><a href="https://one.google.com/about/plans">See plans</a></p>
<p style="font-size:11px;color:#777">You're getting this email because you're a Google One member. <a href="https://myaccount.google.com/email-preferences">Unsubscribe</a></p></td></tr>"""
        ),
    )


# ---------------------------------------------------------------------------------------------
# My Food Bag: weekly from August, charged Thursdays for Sunday delivery, some weeks skipped.
# ---------------------------------------------------------------------------------------------
MFB = ("My Food Bag", "hello@myfoodbag.co.nz")


def mfb_receipt(charge: date, items: list[tuple[str, float]], *, first: bool = False) -> None:
    delivery = charge + timedelta(days=3)
    total = round(sum(v for _, v in items), 2)
    nxt = charge + timedelta(days=7)
    order = f"MFB-{R.randint(2000000, 2999999)}"
    tbl = "".join(
        f'<tr><td style="padding:7px 0;border-bottom:1px solid #eadfcf">{k}</td>'
        f'<td align="right" style="padding:7px 0;border-bottom:1px solid #eadfcf">{"-" if v < 0 else ""}{nzd(abs(v))}</td></tr>'
        for k, v in items
    )
    head = "Your first bag is on its way!" if first else "Your order is confirmed"
    html = page(
        f"""<tr><td style="background:#f6efe4;padding:20px 28px"><img src="https://www.myfoodbag.co.nz/email/mfb-logo.png" width="130" alt="My Food Bag" /></td></tr>
<tr><td style="padding:26px 28px;font-family:Georgia,serif;font-size:15px;line-height:23px;color:#3b2a1a">
<p style="font-size:24px">{head}</p>
<p>Kia ora Aroha, we've charged your card for this week's bag. It'll be delivered to {ADDRESS_ASCII} on <strong>{wd_date(delivery)}</strong> between 12pm and 6pm.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px">
<tr><td style="padding:7px 0;border-bottom:1px solid #eadfcf">Order number</td><td align="right" style="padding:7px 0;border-bottom:1px solid #eadfcf">{order}</td></tr>
{tbl}
<tr><td style="padding:7px 0;border-bottom:1px solid #eadfcf">Delivery</td><td align="right" style="padding:7px 0;border-bottom:1px solid #eadfcf">Free</td></tr>
<tr><td style="padding:9px 0;font-weight:bold">Total charged {charge:%d/%m/%Y} (incl. GST)</td><td align="right" style="padding:9px 0;font-weight:bold">{nzd(total)}</td></tr>
<tr><td style="padding:2px 0;font-size:12px;color:#8a735a">GST included</td><td align="right" style="font-size:12px;color:#8a735a">{nzd(gst_of(total))}</td></tr>
</table>
<p>Your next bag will be charged on {wd_date(nxt)} unless you skip that week by Wednesday 11:59pm. Your plan: Classic Bag, 2 people, 4 dinners – {nzd(139.99)} a week.</p>
<p><a href="https://www.myfoodbag.co.nz/account/deliveries" style="color:#c0562b">Manage my deliveries</a></p>
<p>Happy cooking!<br />The My Food Bag team</p></td></tr>
<tr><td style="padding:16px 28px;background:#3b2a1a;color:#e6d9c6;font-family:Arial,sans-serif;font-size:11px">My Food Bag Limited, 42 Ascot Avenue, Remuera, Auckland 1050. GST 113-071-441. This is a tax invoice.</td></tr>""",
        bg="#fbf8f3",
        title="My Food Bag order",
    )
    mk(
        MFB,
        head if first else f"Your My Food Bag order for {delivery:%A %-d %B} is confirmed",
        at(charge.year, charge.month, charge.day, 6, R.randint(0, 59)),
        slug="my-food-bag-order",
        labels=("My Food Bag",),
        html=html,
        auto_text=not first,
    )


def mfb_skip(wed: date) -> None:
    sunday = wed + timedelta(days=4)
    mk(
        MFB,
        f"You've skipped your delivery for {sunday:%A %-d %B}",
        at(wed.year, wed.month, wed.day, 21, R.randint(0, 59)),
        slug="my-food-bag-skip",
        labels=("My Food Bag",),
        text=f"""Kia ora Aroha,

No worries – you've skipped your My Food Bag delivery for {wd_date(sunday)}.
You won't be charged this week.

Your next delivery is {wd_date(sunday + timedelta(days=7))}. We'll charge
$139.99 for your Classic Bag (2 people, 4 dinners) on {wd_date(wed + timedelta(days=8))}.

Changed your mind? Unskip before Wednesday 11:59pm in your account.

The My Food Bag team
myfoodbag.co.nz
""",
        text_cte="quoted-printable",
    )


def my_food_bag() -> None:
    mfb_receipt(
        date(2026, 8, 6),
        [("Classic Bag – 2 people, 4 dinners", 139.99), ("Welcome offer – 50% off your first bag", -70.00)],
        first=True,
    )
    mfb_receipt(date(2026, 8, 13), [("Classic Bag – 2 people, 4 dinners", 139.99)])
    mfb_receipt(
        date(2026, 9, 3),
        [("Classic Bag – 2 people, 4 dinners", 139.99), ("Add-on: Sticky date pudding kit", 12.99)],
    )
    mfb_skip(date(2026, 9, 16))
    mfb_skip(date(2026, 9, 30))
    mfb_receipt(date(2026, 10, 22), [("Classic Bag – 2 people, 4 dinners", 139.99)])
    mk(
        MFB,
        "Summer menus are here ☀️ + free dessert this week",
        at(2026, 11, 17, 16, 0),
        slug="my-food-bag-menu",
        unsub="https://www.myfoodbag.co.nz/unsubscribe?c=77f1",
        auto_text=True,
        html=page(
            """<tr><td style="padding:28px;font-family:Georgia,serif;font-size:16px;line-height:24px">
<p style="font-size:24px">Summer menus are here</p><p>Barbecue-ready dinners, fresh salads and pavlova season. Add a free dessert to your bag this week with code PAVLOVA.</p>
<p><a href="https://www.myfoodbag.co.nz/menus">See this week's menu</a></p>
<p style="font-size:11px;color:#777"><a href="https://www.myfoodbag.co.nz/unsubscribe?c=77f1">Unsubscribe</a> from marketing. You'll still get emails about your deliveries.</p></td></tr>"""
        ),
    )
    mfb_receipt(date(2026, 11, 26), [("Classic Bag – 2 people, 4 dinners", 139.99)])


# ---------------------------------------------------------------------------------------------
# NZ Herald Premium: introductory $5/month for three months, then $24.99; plus free newsletters.
# ---------------------------------------------------------------------------------------------
HERALD = ("NZ Herald", "subscriptions@nzherald.co.nz")


def nz_herald() -> None:
    label = ("NZ Herald Premium",)
    mk(
        HERALD,
        "Welcome to NZ Herald Premium",
        at(2026, 4, 20, 19, 55),
        slug="nz-herald-welcome",
        labels=label,
        auto_text=True,
        html=page("""<tr><td style="background:#000;padding:18px 26px;color:#fff;font-family:Georgia,serif;font-size:22px">The New Zealand Herald</td></tr>
<tr><td style="padding:26px;font-size:15px;line-height:22px">
<p>Kia ora Aroha,</p><p>Thanks for subscribing. You now have unlimited access to Premium journalism across nzherald.co.nz and the NZ Herald app.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">
<tr><td style="padding:5px 0">Subscription</td><td align="right">Premium Digital – monthly</td></tr>
<tr><td style="padding:5px 0">Introductory offer</td><td align="right">$5.00 per month for 3 months</td></tr>
<tr><td style="padding:5px 0">Then</td><td align="right">$24.99 per month</td></tr>
<tr><td style="padding:5px 0">Charged today</td><td align="right">$5.00 (incl. GST)</td></tr>
<tr><td style="padding:5px 0">Renews</td><td align="right">Monthly on the 20th</td></tr>
</table>
<p>Your subscription continues until you cancel. You can manage it any time at nzherald.co.nz/my-account.</p>
<p>NZME Publishing Limited, 2 Graham Street, Auckland 1010. GST 10-455-312.</p></td></tr>"""),
    )
    mk(
        HERALD,
        "Your introductory offer ends soon",
        at(2026, 7, 8, 9, 0),
        slug="nz-herald-intro-ending",
        labels=label,
        text="""Kia ora Aroha,

Thanks for being a NZ Herald Premium subscriber.

Your introductory offer of $5.00 per month ends soon. From 20 July 2026 your
subscription will continue at the standard price of $24.99 per month (incl. GST),
charged to your Visa ending 4417.

You don't need to do anything to keep reading. To change or cancel your
subscription, visit nzherald.co.nz/my-account or call 0800 100 800.

Ngā mihi,
NZ Herald Subscriptions
NZME Publishing Limited
""",
        text_cte="quoted-printable",
    )
    mk(
        HERALD,
        "Your NZ Herald payment receipt",
        at(2026, 9, 20, 5, 10),
        slug="nz-herald-receipt",
        labels=label,
        text="""Kia ora Aroha,

Thank you for your payment.

TAX INVOICE - NZME Publishing Limited - GST 10-455-312
Invoice:        NZH-PD-00813447
Date:           20/09/2026
Subscription:   NZ Herald Premium Digital (monthly)
Period:         20/09/2026 - 19/10/2026
Amount:         $24.99
GST included:   $3.26
Paid by:        Visa ending 4417

nzherald.co.nz/my-account
""",
        text_cte="7bit",
    )
    for d, subj in [
        (date(2026, 6, 2), "The Front Page: Budget fallout, and the week ahead"),
        (date(2026, 10, 28), "The Front Page: Auckland's summer of roadworks"),
    ]:
        mk(
            ("The Front Page | NZ Herald", "newsletters@nzherald.co.nz"),
            subj,
            at(d.year, d.month, d.day, 5, 45),
            slug="nz-herald-newsletter",
            unsub="https://www.nzherald.co.nz/newsletters/unsubscribe?n=tfp",
            auto_text=True,
            html=page(f"""<tr><td style="padding:26px;font-family:Georgia,serif;font-size:16px;line-height:24px">
<p style="font-size:22px">{subj.split(": ", 1)[1]}</p><p>Good morning. Here's what you need to know today, in five minutes.</p>
<p>Listen to today's episode of The Front Page podcast on iHeartRadio.</p>
<p style="font-size:11px;color:#777;font-family:Arial">You signed up for The Front Page newsletter. <a href="https://www.nzherald.co.nz/newsletters/unsubscribe?n=tfp">Unsubscribe</a></p></td></tr>"""),
        )


# ---------------------------------------------------------------------------------------------
# Xero: Ben's joinery business, Aroha is the billing contact; price rise from September.
# ---------------------------------------------------------------------------------------------
XERO = ("Xero", "billing@post.xero.com")


def xero_invoice(d: date, net: float) -> None:
    gst = round(net * 0.15, 2)
    total = round(net + gst, 2)
    end = date(d.year, d.month % 12 + 1, 10) if d.month < 12 else date(d.year + 1, 1, 10)
    inv = f"INV-{R.randint(30000000, 39999999)}"
    html = page(
        f"""<tr><td style="padding:22px 30px;border-bottom:1px solid #e1e1e1"><img src="https://www.xero.com/email/xero-logo.png" width="42" alt="Xero" /></td></tr>
<tr><td style="padding:26px 30px;font-size:14px;line-height:21px;color:#1e3145">
<p>Hi Aroha,</p>
<p>Here's your Xero invoice for <strong>Walsh Joinery Limited</strong>. We'll charge {nzd(total)} to your Mastercard ending 8802 on {long_date(d)}.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:13px">
<tr><td style="padding:5px 0;color:#6b7c93">Invoice number</td><td align="right">{inv}</td></tr>
<tr><td style="padding:5px 0;color:#6b7c93">Invoice date</td><td align="right">{d:%d %b %Y}</td></tr>
<tr><td style="padding:5px 0;color:#6b7c93">Organisation</td><td align="right">Walsh Joinery Limited</td></tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:13px;margin-top:12px;border-top:2px solid #1e3145">
<tr><td style="padding:7px 0"><strong>Description</strong></td><td align="right"><strong>Amount NZD</strong></td></tr>
<tr><td style="padding:7px 0;border-bottom:1px solid #e1e1e1">Ignite plan – monthly subscription<br /><span style="color:#6b7c93">{d:%d %b %Y} to {end:%d %b %Y}</span></td><td align="right" style="border-bottom:1px solid #e1e1e1">{net:.2f}</td></tr>
<tr><td style="padding:5px 0">Subtotal</td><td align="right">{net:.2f}</td></tr>
<tr><td style="padding:5px 0">Total GST 15%</td><td align="right">{gst:.2f}</td></tr>
<tr><td style="padding:7px 0;font-weight:bold;border-top:1px solid #1e3145">Total NZD</td><td align="right" style="font-weight:bold;border-top:1px solid #1e3145">{total:.2f}</td></tr>
</table>
<p><a href="https://go.xero.com/Settings/Subscription/Billing" style="color:#13b5ea">View invoice in Xero</a></p></td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#6b7c93;background:#f5f7f9">Xero Limited, 19–23 Taranaki Street, Wellington 6011, New Zealand. GST registration number 101-236-282.<br />You're receiving this because you're the billing contact for this Xero subscription.</td></tr>""",
        bg="#f5f7f9",
        font="'Helvetica Neue', Helvetica, Arial, sans-serif",
    )
    mk(
        XERO,
        f"Your Xero invoice {inv} for Walsh Joinery Limited",
        at(d.year, d.month, d.day, 4, R.randint(0, 59)),
        slug="xero-invoice",
        labels=("Xero",),
        html=html,
        auto_text=False,
        attachments=[
            (
                f"{inv}.pdf",
                fake_pdf(
                    "Xero Limited - Tax invoice", [inv, f"Ignite {net:.2f} GST {gst:.2f} Total {total:.2f}"]
                ),
            )
        ],
    )


def xero() -> None:
    xero_invoice(date(2026, 1, 11), 35.00)
    mk(
        BEN,
        "Fwd: Changes to your Xero subscription pricing",
        at(2026, 7, 14, 21, 3),
        slug="fwd-xero-price-change",
        labels=("Xero",),
        text="""Another price rise. Can you update the business budget sheet? Still cheaper than the accountant doing it all.

---------- Forwarded message ---------
From: Xero <no-reply@post.xero.com>
Date: Tue, 14 Jul 2026 at 11:02
Subject: Changes to your Xero subscription pricing
To: Ben Walsh <ben.walsh.nz@gmail.com>

Kia ora Ben,

We're letting you know about changes to Xero pricing in New Zealand.

From 1 September 2026, the price of your Ignite plan for Walsh Joinery Limited will
change from NZ$35 to NZ$38 per month (excluding GST). Your first invoice at the new
price will be on or after 1 September 2026.

Plan: Ignite
Current price: NZ$35.00 per month + GST
New price: NZ$38.00 per month + GST (NZ$43.70 incl. GST)

Over the past year we've added JAX, our AI financial superagent, and made bank
reconciliation faster. You can review or change your plan at any time in
Settings > Subscription and billing.

Thanks for choosing Xero.
The Xero team

Xero Limited | 19-23 Taranaki Street, Wellington 6011
""",
        text_cte="quoted-printable",
    )
    xero_invoice(date(2026, 9, 11), 38.00)
    xero_invoice(date(2026, 11, 11), 38.00)


# ---------------------------------------------------------------------------------------------
# Audible (audible.com.au, AUD): card expired, membership cancelled for non-payment.
# ---------------------------------------------------------------------------------------------
AUDIBLE = ("Audible", "donotreply@audible.com.au")


def audible() -> None:
    label = ("Audible",)
    mk(
        AUDIBLE,
        "Your Audible membership receipt",
        at(2026, 1, 7, 3, 12, "syd"),
        slug="audible-receipt",
        labels=label,
        auto_text=False,
        html=page("""<tr><td style="padding:22px 30px;border-bottom:3px solid #f7991c"><img src="https://m.media-amazon.com/images/G/39/Audible/email/audible_logo.png" width="110" alt="audible" /></td></tr>
<tr><td style="padding:26px 30px;font-size:14px;line-height:21px;color:#222">
<p>Hi Aroha,</p><p>Thanks for being an Audible member. Your monthly credit is ready to use.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">
<tr><td style="padding:5px 0">Order number</td><td align="right">D01-4471228-9930441</td></tr>
<tr><td style="padding:5px 0">Membership</td><td align="right">Audible Premium Plus – Monthly</td></tr>
<tr><td style="padding:5px 0">Billing date</td><td align="right">7 January 2026</td></tr>
<tr><td style="padding:5px 0">Next billing date</td><td align="right">7 February 2026</td></tr>
<tr><td style="padding:5px 0"><strong>Total charged</strong></td><td align="right"><strong>A$16.45</strong></td></tr>
<tr><td style="padding:5px 0">Payment method</td><td align="right">Mastercard ending 2291</td></tr>
</table>
<p>Credits balance: 2</p></td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#777;background:#f4f4f4">Audible, Inc. · audible.com.au · ABN 20 105 233 776. Prices in Australian dollars.</td></tr>"""),
    )
    mk(
        AUDIBLE,
        "There was a problem with your payment",
        at(2026, 7, 7, 9, 40, "syd"),
        slug="audible-payment-problem",
        labels=label,
        text="""Hi Aroha,

We were unable to process the payment for your Audible Premium Plus membership
(A$16.45) because the Mastercard ending 2291 has expired.

Please update your payment method at audible.com.au/account by 28 July 2026 to keep
your membership. If we can't collect payment, your membership will be cancelled.

Don't worry - the titles in your Library are yours to keep.

Audible Customer Service
""",
        text_cte="quoted-printable",
    )
    mk(
        AUDIBLE,
        "Reminder: update your payment method",
        at(2026, 7, 14, 9, 5, "syd"),
        slug="audible-payment-reminder",
        labels=label,
        text="""Hi Aroha,

We still haven't been able to charge A$16.45 for your Audible membership.
Update your payment method by 28 July 2026 to avoid losing your membership and
your unused credits.

audible.com.au/account

Audible Customer Service
""",
        text_cte="7bit",
    )
    mk(
        AUDIBLE,
        "Your Audible membership has been cancelled",
        at(2026, 7, 29, 10, 30, "syd"),
        slug="audible-cancelled",
        labels=label,
        auto_text=True,
        html=page("""<tr><td style="padding:26px 30px;font-size:14px;line-height:21px">
<p>Hi Aroha,</p>
<p>Because we were unable to collect payment for your membership, your Audible Premium Plus membership was cancelled on 29 July 2026. You will not be charged again.</p>
<p>Your unused credits have expired. Titles you've purchased stay in your Library and you can listen any time in the Audible app.</p>
<p>Want to come back? Rejoin at audible.com.au.</p>
<p>Audible Customer Service</p></td></tr>"""),
    )


# ---------------------------------------------------------------------------------------------
# Not subscriptions: one-off shopping, buy-now-pay-later, travel, food delivery.
# ---------------------------------------------------------------------------------------------
def noel_leeming_afterpay() -> None:
    mk(
        ("Noel Leeming", "orders@noelleeming.co.nz"),
        "Order confirmation – NL40018823",
        at(2026, 3, 14, 13, 22),
        slug="noel-leeming-order",
        auto_text=False,
        html=page("""<tr><td style="background:#0033a0;padding:18px 26px;color:#fff;font-size:20px;font-weight:bold">Noel Leeming</td></tr>
<tr><td style="padding:26px;font-size:14px;line-height:21px">
<p>Hi Aroha, thanks for your order!</p>
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td style="padding:6px 0;border-bottom:1px solid #eee">Breville the Barista Express Espresso Machine BES870BSS<br />Qty 1</td><td align="right" style="border-bottom:1px solid #eee">$499.00</td></tr>
<tr><td style="padding:6px 0">Delivery – standard</td><td align="right">$0.00</td></tr>
<tr><td style="padding:6px 0;font-weight:bold">Total (incl. GST)</td><td align="right" style="font-weight:bold">$499.00</td></tr>
<tr><td style="padding:6px 0">GST</td><td align="right">$65.09</td></tr>
<tr><td style="padding:6px 0">Paid with</td><td align="right">Afterpay</td></tr>
</table>
<p>We'll let you know when your order is on its way. Estimated delivery: 3–5 working days.</p>
<p style="font-size:11px;color:#777">Noel Leeming Group Limited, GST 100-123-512. Noel Leeming is part of The Warehouse Group.</p></td></tr>"""),
    )
    sched = [date(2026, 3, 14), date(2026, 3, 28), date(2026, 4, 11), date(2026, 4, 25)]
    rows_ = "".join(
        f'<tr><td style="padding:6px 0">{"Paid today" if i == 0 else f"{d:%a %d %b}"}</td>'
        f'<td align="right">$124.75</td></tr>'
        for i, d in enumerate(sched)
    )
    mk(
        ("Afterpay", "noreply@afterpay.com"),
        "Your Afterpay order with Noel Leeming is confirmed",
        at(2026, 3, 14, 13, 23, "syd"),
        slug="afterpay-order",
        auto_text=False,
        html=page(f"""<tr><td style="background:#b2fce4;padding:20px 26px;font-weight:bold;font-size:22px">afterpay</td></tr>
<tr><td style="padding:26px;font-size:14px;line-height:21px">
<p>Hi Aroha,</p><p>Thanks for shopping with Afterpay. Here's your payment schedule for your order at <strong>Noel Leeming</strong> (order total $499.00).</p>
<table width="100%" cellpadding="0" cellspacing="0">{rows_}</table>
<p>Payments will be automatically deducted from your Visa ending 4417 every two weeks. Late fees apply if a payment is missed.</p>
<p>Afterpay Australia Pty Ltd (NZ branch). Order ID 300021847719.</p></td></tr>"""),
    )
    mk(
        ("Afterpay", "noreply@afterpay.com"),
        "You've paid off your Noel Leeming order 🎉",
        at(2026, 4, 25, 9, 2, "syd"),
        slug="afterpay-paid-off",
        text="""Hi Aroha,

Nice one! You've made your final payment of $124.75 and your Noel Leeming order
(300021847719) is now paid in full.

Total paid: $499.00

Afterpay
""",
        text_cte="quoted-printable",
    )


def mighty_ape_laybuy() -> None:
    mk(
        ("Mighty Ape", "orders@mightyape.co.nz"),
        "Mighty Ape order confirmation #52219047",
        at(2026, 6, 8, 20, 41),
        slug="mighty-ape-order",
        auto_text=True,
        html=page("""<tr><td style="padding:20px 26px;background:#5aa02c;color:#fff;font-size:22px;font-weight:bold">Mighty Ape</td></tr>
<tr><td style="padding:26px;font-size:14px;line-height:21px">
<p>Hi Aroha,</p><p>Thanks for your order. We'll email you again when it ships.</p>
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td style="padding:6px 0;border-bottom:1px solid #eee">LEGO Icons 10343 Bonsai Tree &amp; Orchid bundle</td><td align="right" style="border-bottom:1px solid #eee">$179.00</td></tr>
<tr><td style="padding:6px 0;border-bottom:1px solid #eee">Shipping – NZ Post Courier</td><td align="right" style="border-bottom:1px solid #eee">$10.00</td></tr>
<tr><td style="padding:6px 0;font-weight:bold">Order total (incl. GST)</td><td align="right" style="font-weight:bold">$189.00</td></tr>
<tr><td style="padding:6px 0">Payment</td><td align="right">Laybuy</td></tr></table>
<p style="font-size:11px;color:#777">Mighty Ape Limited, 8 Henderson Place, Onehunga, Auckland. GST 93-432-711.</p></td></tr>"""),
    )
    mk(
        ("Laybuy", "hello@laybuy.com"),
        "Your Laybuy order with Mighty Ape",
        at(2026, 6, 8, 20, 42),
        slug="laybuy-order",
        text="""Kia ora Aroha,

Your Laybuy order is confirmed.

Merchant:      Mighty Ape
Order total:   $189.00
Instalments:   6 weekly payments of $31.50

  08 Jun 2026   $31.50   paid
  15 Jun 2026   $31.50
  22 Jun 2026   $31.50
  29 Jun 2026   $31.50
  06 Jul 2026   $31.50
  13 Jul 2026   $31.50

We'll take each payment automatically from your Visa ending 4417.
Laybuy Holdings Limited, Auckland
""",
        text_cte="7bit",
    )
    mk(
        ("Mighty Ape", "orders@mightyape.co.nz"),
        "Your Mighty Ape order #52219047 has shipped",
        at(2026, 6, 10, 15, 12),
        slug="mighty-ape-shipped",
        text="""Hi Aroha,

Good news - your order #52219047 is on its way with NZ Post Courier.

Tracking number: 00794210392445519 (track at nzpost.co.nz/tools/tracking)

Items:
  1 x LEGO Icons 10343 Bonsai Tree & Orchid bundle

Mighty Ape
""",
        text_cte="7bit",
    )
    mk(
        ("NZ Post", "notifications@nzpost.co.nz"),
        "Your parcel from Mighty Ape is out for delivery",
        at(2026, 6, 11, 7, 50),
        slug="nz-post-tracking",
        auto_text=False,
        html=page("""<tr><td style="padding:24px;font-size:15px;line-height:22px">
<p><strong>Your parcel is out for delivery today</strong></p>
<p>From: Mighty Ape<br />Tracking number: 00794210392445519<br />Delivering to: Mount Albert, Auckland</p>
<p>No signature required. If you're not home we'll leave it in a safe place.</p>
<p style="font-size:11px;color:#777">New Zealand Post Limited</p></td></tr>"""),
    )


def kmart() -> None:
    mk(
        ("Kmart NZ", "orders@kmart.co.nz"),
        "Thanks for your order KM2210447781",
        at(2026, 10, 3, 10, 14),
        slug="kmart-order",
        auto_text=False,
        html=page("""<tr><td style="background:#e4002b;padding:18px 26px;color:#fff;font-size:24px;font-weight:bold">Kmart</td></tr>
<tr><td style="padding:26px;font-size:14px;line-height:21px">
<p>Hi Aroha, thanks for your order. We'll let you know when it's ready to collect from Kmart St Lukes.</p>
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td style="padding:5px 0">Linen Look Cushion Cover x2</td><td align="right">$24.00</td></tr>
<tr><td style="padding:5px 0">Bamboo Bath Towel – Sage x4</td><td align="right">$40.00</td></tr>
<tr><td style="padding:5px 0">Outdoor Solar Festoon Lights</td><td align="right">$22.50</td></tr>
<tr><td style="padding:5px 0">Click &amp; Collect</td><td align="right">FREE</td></tr>
<tr><td style="padding:5px 0;font-weight:bold">Total incl. GST</td><td align="right" style="font-weight:bold">$86.50</td></tr></table>
<p style="font-size:11px;color:#777">Kmart NZ Holdings Limited, GST 112-233-418.</p></td></tr>"""),
    )
    mk(
        ("Kmart NZ", "orders@kmart.co.nz"),
        "Your order is ready to collect",
        at(2026, 10, 4, 11, 30),
        slug="kmart-ready",
        text="Hi Aroha,\n\nYour order KM2210447781 is ready to collect from Kmart St Lukes, 80 St Lukes Road.\nBring your order number and photo ID. We'll hold it for 7 days.\n\nKmart\n",
        text_cte="7bit",
    )


def trade_me() -> None:
    tm = ("Trade Me", "noreply@trademe.co.nz")
    mk(
        tm,
        "Congratulations, your item sold!",
        at(2026, 2, 21, 20, 31),
        slug="trade-me-sold",
        auto_text=False,
        html=page("""<tr><td style="background:#fff;padding:18px 26px;border-bottom:3px solid #ffd500;font-size:22px;font-weight:bold;color:#1b2a3a">Trade Me</td></tr>
<tr><td style="padding:26px;font-size:14px;line-height:21px">
<p>Hi aroha_n,</p><p>Your item <strong>Giant Escape 3 women's hybrid bike – M, hardly used</strong> (#5188420173) sold for <strong>$420.00</strong>.</p>
<p>Buyer: kiwi_rider88 (Wellsford). Buyer has selected: Pick-up.</p>
<p>Success fee: $33.60 (incl. GST) will be charged to your Trade Me account.</p>
<p>Next step: wait for the buyer to pay, then arrange pick-up.</p></td></tr>"""),
    )
    mk(
        tm,
        "You won! Retro brass floor lamp",
        at(2026, 5, 2, 21, 2),
        slug="trade-me-won",
        text="""Hi aroha_n,

Congratulations, you won the auction for:

  Retro brass floor lamp - working, 1970s (#5240017718)
  Winning bid: $65.00
  Shipping: $12.00 (Courier - Auckland)
  Total to pay: $77.00

Pay now with Ping or bank deposit. The seller (lampsandthings_akl) will ship once paid.

Trade Me Limited
""",
        text_cte="7bit",
    )
    mk(
        ("Trade Me", "news@trademe.co.nz"),
        "Trending on Trade Me this week",
        at(2026, 9, 26, 9, 0),
        slug="trade-me-newsletter",
        unsub="https://www.trademe.co.nz/a/unsubscribe?e=77a",
        auto_text=True,
        html=page("""<tr><td style="padding:24px;font-size:15px;line-height:22px">
<h2>Trending this week</h2><p>Spring gardening, e-bikes and the best Property listings in Mount Albert.</p>
<p><a href="https://www.trademe.co.nz/a/">Browse now</a></p>
<p style="font-size:11px;color:#777"><a href="https://www.trademe.co.nz/a/unsubscribe?e=77a">Unsubscribe</a></p></td></tr>"""),
    )


def air_nz() -> None:
    anz = ("Air New Zealand", "noreply@travel.airnz.co.nz")
    mk(
        anz,
        "Your booking is confirmed – Auckland to Queenstown (Booking ref 7QXK2M)",
        at(2026, 6, 1, 21, 47),
        slug="air-nz-booking",
        auto_text=False,
        html_cte="base64",
        html=page("""<tr><td style="background:#000;padding:18px 26px;color:#fff;font-size:20px">Air New Zealand</td></tr>
<tr><td style="padding:26px;font-size:14px;line-height:21px">
<p>Kia ora Aroha,</p><p>Thanks for booking with Air New Zealand. Your booking reference is <strong>7QXK2M</strong>.</p>
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td style="padding:5px 0">NZ613</td><td>Fri 10 Jul 2026</td><td>Auckland 07:00 → Queenstown 08:50</td></tr>
<tr><td style="padding:5px 0">NZ616</td><td>Tue 14 Jul 2026</td><td>Queenstown 12:25 → Auckland 14:15</td></tr></table>
<p>Passengers: Ms Aroha Ngata, Mr Ben Walsh · Fare: Seat+Bag</p>
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td style="padding:5px 0">Airfares</td><td align="right">$776.00</td></tr>
<tr><td style="padding:5px 0">Taxes, fees and charges</td><td align="right">$92.40</td></tr>
<tr><td style="padding:5px 0;font-weight:bold">Total paid (NZD)</td><td align="right" style="font-weight:bold">$868.40</td></tr></table>
<p>Airpoints Dollars™ earned: 41. You can manage your booking in the Air NZ app.</p></td></tr>"""),
    )
    mk(
        anz,
        "Check in now for your flight to Queenstown",
        at(2026, 7, 9, 7, 0),
        slug="air-nz-check-in",
        text="Kia ora Aroha,\n\nOnline check-in is now open for NZ613 Auckland to Queenstown on Fri 10 Jul 2026, departing 07:00.\nBooking reference: 7QXK2M\n\nCheck in with the Air NZ app or at airnz.co.nz.\n\nAir New Zealand\n",
        text_cte="7bit",
    )
    mk(
        ("Airpoints", "airpoints@email.airnz.co.nz"),
        "Your Airpoints statement – September 2026",
        at(2026, 9, 4, 12, 0),
        slug="airpoints-statement",
        unsub="https://www.airnz.co.nz/unsubscribe?m=ap",
        auto_text=False,
        html=page(
            """<tr><td style="padding:24px;font-size:14px;line-height:21px">
<p>Kia ora Aroha,</p><p>Airpoints number 1044 829 117 · Tier: Airpoints</p>
<p>Airpoints Dollars™ balance: <strong>128.55</strong> · Status Points this year: 90</p>
<p>Recent activity: NZ613/NZ616 AKL–ZQN–AKL +41.00, Mobil fuel partner +2.10</p>
<p style="font-size:11px;color:#777"><a href="https://www.airnz.co.nz/unsubscribe?m=ap">Unsubscribe</a></p></td></tr>"""
        ),
    )


def uber_eats() -> None:
    for d, shop, items, total in [
        (
            date(2025, 12, 19),
            "Burger Burger Ponsonby",
            [("2 × Classic Beef Burger", 39.00), ("1 × Fries", 8.00)],
            58.47,
        ),
        (
            date(2026, 4, 24),
            "Little Bangkok Mt Albert",
            [("Pad See Ew", 22.50), ("Green Curry Chicken", 23.50)],
            54.92,
        ),
        (date(2026, 8, 28), "Sal's Authentic NY Pizza", [('18" Pepperoni', 34.90)], 45.31),
    ]:
        sub = round(sum(v for _, v in items), 2)
        fees = round(total - sub, 2)
        mk(
            ("Uber Receipts", "noreply@uber.com"),
            f"Your {d:%A} evening order with Uber Eats",
            at(d.year, d.month, d.day, 19, R.randint(0, 59)),
            slug="uber-eats-receipt",
            auto_text=False,
            html_cte="base64",
            html=page(
                f"""<tr><td style="padding:24px 30px;background:#000;color:#fff;font-size:22px">Uber Eats</td></tr>
<tr><td style="padding:26px 30px;font-size:14px;line-height:21px">
<p style="font-size:26px">Thanks for ordering, Aroha</p><p>Here's your receipt for {shop}.</p>
<table width="100%" cellpadding="0" cellspacing="0">
{"".join(f'<tr><td style="padding:5px 0">{k}</td><td align="right">NZ${v:.2f}</td></tr>' for k, v in items)}
<tr><td style="padding:5px 0">Subtotal</td><td align="right">NZ${sub:.2f}</td></tr>
<tr><td style="padding:5px 0">Delivery fee, service fee and tip</td><td align="right">NZ${fees:.2f}</td></tr>
<tr><td style="padding:8px 0;font-weight:bold;border-top:1px solid #ddd">Total</td><td align="right" style="font-weight:bold;border-top:1px solid #ddd">NZ${total:.2f}</td></tr></table>
<p style="font-size:12px">Total includes GST. Paid with Visa ••••4417.</p>
<p style="background:#f3f3f3;padding:12px;font-size:13px">Save on every order with Uber One: $0 delivery fee on eligible orders. Try it free for 4 weeks, then $14.99/month.</p>
<p style="font-size:11px;color:#777">Uber Portier B.V., Burgerweeshuispad 301, Amsterdam, Netherlands</p></td></tr>"""
            ),
        )


def groceries_and_shops() -> None:
    mk(
        ("Woolworths NZ", "online@woolworths.co.nz"),
        "Your order is confirmed – delivery Saturday 14 November",
        at(2026, 11, 12, 20, 5),
        slug="woolworths-order",
        auto_text=True,
        html=page("""<tr><td style="background:#178841;padding:18px 26px;color:#fff;font-size:20px">Woolworths</td></tr>
<tr><td style="padding:26px;font-size:14px;line-height:21px">
<p>Hi Aroha, thanks for shopping with us.</p>
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td style="padding:5px 0">Order number</td><td align="right">218844710</td></tr>
<tr><td style="padding:5px 0">Delivery window</td><td align="right">Sat 14 Nov, 9am–11am</td></tr>
<tr><td style="padding:5px 0">Items (38)</td><td align="right">$212.64</td></tr>
<tr><td style="padding:5px 0">Delivery fee</td><td align="right">$9.00</td></tr>
<tr><td style="padding:5px 0;font-weight:bold">Estimated total (incl. GST)</td><td align="right" style="font-weight:bold">$221.64</td></tr></table>
<p>You'll be charged the final amount once we've packed your order. Everyday Rewards card ending 3318.</p></td></tr>"""),
    )
    mk(
        ("Everyday Rewards", "rewards@mail.everydayrewards.co.nz"),
        "Aroha, your $15 reward is ready",
        at(2026, 5, 27, 16, 0),
        slug="everyday-rewards",
        unsub="https://www.everydayrewards.co.nz/unsubscribe?x=1",
        auto_text=True,
        html=page(
            """<tr><td style="padding:24px;font-size:15px;line-height:22px"><p>You've collected 2,000 points – that's a $15 reward to use on your next shop at Woolworths.</p>
<p style="font-size:11px;color:#777">Everyday Rewards is free. <a href="https://www.everydayrewards.co.nz/unsubscribe?x=1">Unsubscribe</a></p></td></tr>"""
        ),
    )
    mk(
        ("PB Tech", "sales@pbtech.co.nz"),
        "PB Tech order confirmation – Order #PBT-9928174",
        at(2026, 1, 20, 12, 45),
        slug="pb-tech-order",
        charset="iso-8859-1",
        text="""Hi Aroha Ngata,

Thank you for shopping at PB Tech. Your order has been received.

Order #PBT-9928174   20/01/2026
  1 x Logitech MX Master 3S Wireless Mouse - Graphite     $169.00
  1 x Shipping - North Island Urban                          $7.99
  Total (incl. GST)                                        $176.99
  GST component                                             $23.09

Payment: Credit card (Visa ending 4417) - approved

PB Technologies Limited, 5 Apollo Drive, Rosedale, Auckland. GST 85-452-217
""",
        text_cte="7bit",
    )
    mk(
        ("Ticketek NZ", "noreply@ticketek.co.nz"),
        "Ticketek order confirmation – SIX60 at Eden Park",
        at(2026, 4, 16, 9, 3),
        slug="ticketek-order",
        auto_text=True,
        html=page("""<tr><td style="padding:24px;font-size:14px;line-height:21px">
<p><strong>Your order is confirmed</strong></p><p>SIX60 – Saturday 30 January 2027, Eden Park, Auckland</p>
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td style="padding:5px 0">2 × General Admission</td><td align="right">$279.80</td></tr>
<tr><td style="padding:5px 0">Service fee</td><td align="right">$10.00</td></tr>
<tr><td style="padding:5px 0;font-weight:bold">Total paid</td><td align="right" style="font-weight:bold">$289.80</td></tr></table>
<p>Order number 7729-4410-12. Your e-tickets will be available in the Ticketek app 48 hours before the event.</p></td></tr>"""),
    )
    mk(
        ("AT HOP", "athop@at.govt.nz"),
        "Your AT HOP card has been topped up",
        at(2026, 11, 5, 8, 12),
        slug="at-hop-topup",
        text="""Kia ora,

Your AT HOP card ending 4419 was automatically topped up by $40.00 on 05/11/2026
because its balance fell below $10.00.

Payment: Visa ending 4417
New balance: $46.38

Auto top-up settings can be changed at at.govt.nz/athop.

Auckland Transport
""",
        text_cte="7bit",
    )
    mk(
        ("Givealittle", "noreply@givealittle.co.nz"),
        "Thank you for your donation to Auckland City Mission",
        at(2026, 12, 1, 20, 10),
        slug="givealittle-donation",
        text="""Kia ora Aroha,

Thank you for your donation of $50.00 to Auckland City Mission – Te Tāpui Atawhai
Christmas appeal.

Donation reference: GAL-8841205
Date: 01/12/2026

This receipt can be used to claim a donation tax credit from Inland Revenue.

Givealittle, powered by Spark Foundation
""",
        text_cte="quoted-printable",
    )


def government_and_money() -> None:
    ird = ("Inland Revenue", "noreply@ird.govt.nz")
    mk(
        ird,
        "You have new correspondence in myIR",
        at(2026, 6, 2, 7, 30),
        slug="ird-myir-message",
        text="""Tēnā koe AROHA NGATA

You have new correspondence in myIR.

Log in to myIR at ird.govt.nz to read it. For your security, we don't include
personal details or links to log in in our emails.

Inland Revenue | Te Tari Taake
""",
        text_cte="quoted-printable",
    )
    mk(
        ird,
        "Your income tax assessment is ready",
        at(2026, 6, 9, 7, 30),
        slug="ird-assessment",
        text="""Tēnā koe AROHA NGATA

Your income tax assessment for the year ended 31 March 2026 is ready in myIR.
If you're due a refund, it will be paid into your nominated bank account.

Inland Revenue | Te Tari Taake
""",
        text_cte="quoted-printable",
    )
    ss = ("Simplicity KiwiSaver", "members@simplicity.kiwi")
    mk(
        ss,
        "Your KiwiSaver annual statement is ready",
        at(2026, 7, 15, 12, 0),
        slug="kiwisaver-statement",
        auto_text=True,
        html=page("""<tr><td style="padding:24px;font-size:14px;line-height:21px">
<p>Kia ora Aroha,</p><p>Your annual statement for the year to 31 March 2026 is now available.</p>
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td style="padding:5px 0">Fund</td><td align="right">Simplicity Growth Fund</td></tr>
<tr><td style="padding:5px 0">Your contributions (3%)</td><td align="right">$2,841.12</td></tr>
<tr><td style="padding:5px 0">Employer contributions</td><td align="right">$2,841.12</td></tr>
<tr><td style="padding:5px 0">Government contribution</td><td align="right">$260.72</td></tr>
<tr><td style="padding:5px 0;font-weight:bold">Balance at 31 March 2026</td><td align="right" style="font-weight:bold">$48,207.55</td></tr></table>
<p>Fees: 0.25% a year, already deducted from returns.</p></td></tr>"""),
    )
    mk(
        ss,
        "Government contribution received",
        at(2026, 9, 10, 12, 0),
        slug="kiwisaver-govt-contribution",
        text="Kia ora Aroha,\n\nWe've received a government contribution of $260.72 into your Simplicity KiwiSaver account for the 2025/26 year.\n\nSimplicity NZ Limited\n",
        text_cte="7bit",
    )


def media_and_marketing() -> None:
    stuff = ("Stuff", "newsletters@stuff.co.nz")
    for d, subj in [
        (date(2026, 2, 3), "Stuff Daily: Auckland's wettest January on record"),
        (date(2026, 8, 11), "Stuff Daily: what the OCR cut means for your mortgage"),
    ]:
        mk(
            stuff,
            subj,
            at(d.year, d.month, d.day, 6, 30),
            slug="stuff-newsletter",
            unsub="https://www.stuff.co.nz/newsletters/unsubscribe?u=ar",
            auto_text=True,
            html=page(f"""<tr><td style="padding:24px;font-size:15px;line-height:22px">
<h2>{subj.split(": ", 1)[1]}</h2><p>Your free morning briefing from Stuff. Read more at stuff.co.nz – always free.</p>
<p style="font-size:11px;color:#777">You signed up to Stuff Daily. <a href="https://www.stuff.co.nz/newsletters/unsubscribe?u=ar">Unsubscribe</a></p></td></tr>"""),
        )
    mk(
        ("HelloFresh NZ", "hello@news.hellofresh.co.nz"),
        "Aroha, get up to 65% off your first box 🥕",
        at(2026, 3, 22, 11, 0),
        slug="hellofresh-promo",
        unsub="https://www.hellofresh.co.nz/unsubscribe?h=22",
        auto_text=False,
        html=page(
            """<tr><td style="padding:24px;font-size:15px;line-height:22px"><h2>Dinner, sorted.</h2>
<p>Get up to 65% off your first box plus free shipping. Plans from $8.99 per serving. Skip or cancel any time.</p>
<p><a href="https://www.hellofresh.co.nz/plans?c=NZ65">Claim offer</a></p>
<p style="font-size:11px;color:#777"><a href="https://www.hellofresh.co.nz/unsubscribe?h=22">Unsubscribe</a></p></td></tr>"""
        ),
    )
    mk(
        ("Spark", "offers@spark.co.nz"),
        "Switch to Spark Fibre and get 3 months half price",
        at(2026, 5, 6, 12, 30),
        slug="spark-promo",
        unsub="https://www.spark.co.nz/unsubscribe?s=9",
        auto_text=True,
        html=page(
            """<tr><td style="padding:24px;font-size:15px;line-height:22px"><h2>Faster fibre, half price for 3 months</h2>
<p>Switch to Spark Fibre 300 for $45/month for 3 months, then $90/month on a 12-month term. Offer ends 31 May.</p>
<p style="font-size:11px;color:#777">Spark New Zealand Trading Limited. <a href="https://www.spark.co.nz/unsubscribe?s=9">Unsubscribe</a></p></td></tr>"""
        ),
    )
    mk(
        ("Contact Energy", "hello@contact.co.nz"),
        "Get a free month of power when you join Contact",
        at(2026, 10, 14, 17, 0),
        slug="contact-energy-promo",
        unsub="https://contact.co.nz/unsubscribe?q=44",
        auto_text=True,
        html=page(
            """<tr><td style="padding:24px;font-size:15px;line-height:22px"><h2>Broadband + power = a free month</h2>
<p>Bundle power, gas and broadband with Contact and get your first month of power free (up to $150). T&amp;Cs apply.</p>
<p style="font-size:11px;color:#777"><a href="https://contact.co.nz/unsubscribe?q=44">Unsubscribe</a></p></td></tr>"""
        ),
    )


def friends() -> None:
    mere = ("Mere Tāwhai", "mere.tawhai@outlook.co.nz")
    mk(
        mere,
        "Christmas at the bach?",
        at(2025, 12, 10, 19, 48),
        slug="mere-christmas",
        text="""Kia ora e hoa!

Are you two keen for a few days at Mum's bach in Ōmaha between Christmas and New Year?
We're thinking 27th-30th. Bring the paddleboard!

Arohanui,
Mere
""",
        text_cte="quoted-printable",
    )
    jill = ("Jill Walsh", "jill.walsh@xtra.co.nz")
    mk(
        jill,
        "Christmas lunch",
        at(2025, 12, 20, 10, 5),
        slug="jill-christmas-lunch",
        to=[ME, BEN],
        text="""Hi both,

Lunch at ours on Christmas Day from 12. Could you bring a salad and some ice?
Dad's doing the ham. Let me know if Aroha's parents would like to come too - plenty of room.

Love Mum
""",
        text_cte="7bit",
    )
    mk(
        BEN,
        "Six60 tickets?",
        at(2026, 4, 15, 12, 31),
        slug="ben-six60",
        text="""Tickets go on sale tomorrow at 9. Want to go? I can grab two on Ticketek while
I'm at work. About $145 each.

B
""",
        text_cte="7bit",
    )
    sam = ("Sam Patel", "sam.patel.nz@gmail.com")
    mk(
        sam,
        "Re: Waiheke bach – money",
        at(2026, 9, 12, 19, 40),
        slug="sam-bach-money",
        text="""Hey Aroha,

Just transferred you $180 for our half of the bach in Onetangi - should show up tomorrow
(reference "bach"). Thanks heaps for booking it, such a good weekend.

Sam

On Sat, 12 Sept 2026 at 09:12, Aroha Ngata <aroha.ngata@gmail.com> wrote:
> Hi Sam, bach total was $360 so $180 each. My ASB is 12-3011-0456789-00. No rush!
""",
        text_cte="7bit",
    )
    mk(
        mere,
        "Book club – Thursday",
        at(2026, 10, 19, 20, 2),
        slug="mere-book-club",
        text="""Kia ora koutou,

Book club at mine this Thursday, 7pm. We're on "Kāwai" by Monty Soutar.
I'll do nibbles, BYO wine.

Mere
""",
        text_cte="quoted-printable",
    )


# ---------------------------------------------------------------------------------------------
# Writing it all out
# ---------------------------------------------------------------------------------------------
COMPANIES = [
    mercury,
    watercare,
    one_nz,
    two_degrees,
    skinny,
    council,
    ami,
    tower,
    aa,
    asb,
    nzta,
    les_mills,
    netflix,
    neon,
    sky_sport_now,
    spotify,
    disney,
    apple,
    google_one,
    my_food_bag,
    nz_herald,
    xero,
    audible,
    noel_leeming_afterpay,
    mighty_ape_laybuy,
    kmart,
    trade_me,
    air_nz,
    uber_eats,
    groceries_and_shops,
    government_and_money,
    media_and_marketing,
    friends,
]


def from_line(addr: str, when: datetime) -> str:
    u = when.astimezone(UTC)
    return f"From {addr} {u:%a %b} {u.day:2d} {u:%H:%M:%S %Y}\n"


def main() -> None:
    for company in COMPANIES:
        company()
    names = {t["name"] for t in TRUTH}
    for m in MAIL:
        for label in m["labels"]:
            assert label in names, label
        local = m["when"].astimezone(timezone(timedelta(hours=nz_hours(m["when"].astimezone(UTC).date()))))
        assert START <= local.date() <= TODAY, (m["slug"], local)
    for t in TRUTH:
        assert any(t["name"] in m["labels"] for m in MAIL), t["name"]
        if t["status"] == "active":
            assert t["next_renewal"] and date.fromisoformat(t["next_renewal"]) > TODAY, t["name"]
        else:
            assert t["next_renewal"] is None
    MAIL.sort(key=lambda m: (m["when"].astimezone(UTC), m["slug"]))
    assert 120 <= len(MAIL) <= 140, len(MAIL)

    eml_dir = HERE / "eml"
    if eml_dir.exists():
        shutil.rmtree(eml_dir)
    eml_dir.mkdir()
    index, mbox = [], []
    for n, m in enumerate(MAIL, 1):
        utc = m["when"].astimezone(UTC)
        local = utc.astimezone(timezone(timedelta(hours=nz_hours(utc.date()))))
        name = f"{n:03d}-{local:%Y%m%d}-{m['slug']}.eml"
        data = m["msg"].as_bytes(policy=policy.default)
        (eml_dir / name).write_bytes(data)
        body = re.sub(rb"(?m)^(>*From )", rb">\1", data)
        if not body.endswith(b"\n"):
            body += b"\n"
        mbox.append(from_line(m["sender"][1], m["when"]).encode() + body + b"\n")
        index.append(
            {"file": name, "from": m["sender"][0], "subject": str(m["msg"]["Subject"]), "labels": m["labels"]}
        )
    (HERE / "mailbox.mbox").write_bytes(b"".join(mbox))

    def dump(file: str, obj: object) -> None:
        (HERE / file).write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    dump("truth.json", TRUTH)
    dump("meta.json", {"today": TODAY.isoformat(), "messages": len(MAIL), "hard_negatives": HARD_NEGATIVES})
    dump("messages.json", index)
    print(f"wrote {len(MAIL)} messages, {len(TRUTH)} truths, today {TODAY}")


if __name__ == "__main__":
    main()
