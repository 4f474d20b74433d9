#!/usr/bin/env python3
"""Seeded generator of one test mailbox: the Morgan family of Bristol (GBP), "today" 2026-11-29.

Sophie Morgan (self-employed wedding and family photographer) and Rhys Morgan, with Osian (11) and
Cerys (7), in Bishopston, Bristol. The mailbox is Sophie's Gmail, which also collects her business
address hello@sophiemorganphotography.co.uk (Google Workspace, forwarded) and what Rhys forwards.

Run from /work/main:  .venv/bin/python bench/data/email-files9/bri/make.py
Writes eml/*.eml, mailbox.mbox, truth.json, meta.json, messages.json next to this file.
Standard library only; deterministic (random.Random with a fixed seed, no clock, fixed boundaries).
"""

from __future__ import annotations

import json
import random
import re
from datetime import UTC, date, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from html import unescape
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 29)
SEED = 20261129
RNG = random.Random(SEED)
POLICY = policy.default.clone(linesep="\n", max_line_length=100)

SOPHIE = ("Sophie Morgan", "sophie.morgan.bris@gmail.com")
SOPHIE_WORK = ("Sophie Morgan", "hello@sophiemorganphotography.co.uk")
RHYS = ("Rhys Morgan", "rhys.morgan82@outlook.com")
ADDRESS = ["Sophie Morgan", "27 Ashley Down Road", "Bishopston", "Bristol", "BS7 9JN"]

MESSAGES: list[dict] = []
COMPANIES = []


def company(fn):
    COMPANIES.append(fn)
    return fn


# --------------------------------------------------------------------------- time zones


def _last_sunday(year: int, month: int) -> date:
    d = date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def _nth_sunday(year: int, month: int, n: int) -> date:
    d = date(year, month, 1)
    while d.weekday() != 6:
        d += timedelta(days=1)
    return d + timedelta(days=7 * (n - 1))


def _offset(zone: str, local: datetime) -> timedelta:
    y = local.year
    if zone == "uk":  # GMT / BST
        start = datetime.combine(_last_sunday(y, 3), datetime.min.time()).replace(hour=1)
        end = datetime.combine(_last_sunday(y, 10), datetime.min.time()).replace(hour=2)
        return timedelta(hours=1 if start <= local < end else 0)
    if zone == "cet":  # CET / CEST
        start = datetime.combine(_last_sunday(y, 3), datetime.min.time()).replace(hour=2)
        end = datetime.combine(_last_sunday(y, 10), datetime.min.time()).replace(hour=3)
        return timedelta(hours=2 if start <= local < end else 1)
    if zone in ("pt", "et"):  # US Pacific / Eastern
        base = -8 if zone == "pt" else -5
        start = datetime.combine(_nth_sunday(y, 3, 2), datetime.min.time()).replace(hour=2)
        end = datetime.combine(_nth_sunday(y, 11, 1), datetime.min.time()).replace(hour=2)
        return timedelta(hours=base + (1 if start <= local < end else 0))
    if zone == "utc":
        return timedelta(0)
    raise ValueError(zone)


def when(stamp: str, zone: str = "uk") -> datetime:
    """'2026-03-09 07:14' local time in `zone` -> aware datetime with that zone's offset."""
    local = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    local = local.replace(second=RNG.randrange(60))
    return local.replace(tzinfo=timezone(_offset(zone, local)))


# --------------------------------------------------------------------------- formatting


def gbp(x: float) -> str:
    return f"£{x:,.2f}"


def usd(x: float) -> str:
    return f"${x:,.2f}"


def dlong(d: date) -> str:
    """'1 December 2026' (British)."""
    return f"{d.day} {d:%B %Y}"


def dday(d: date) -> str:
    """'Tuesday 1 December 2026'."""
    return f"{d:%A} {d.day} {d:%B %Y}"


def dshort(d: date) -> str:
    """'1 Dec 2026'."""
    return f"{d.day} {d:%b %Y}"


def dnum(d: date) -> str:
    return f"{d:%d/%m/%Y}"


def D(s: str) -> date:
    return date.fromisoformat(s)


def hexid(n: int) -> str:
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def digits(n: int) -> str:
    return "".join(RNG.choice("0123456789") for _ in range(n))


def alnum(n: int, upper: bool = True) -> str:
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789" if upper else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(RNG.choice(chars) for _ in range(n))


def strip_html(html: str) -> str:
    """The text/plain alternative a sender's mailer derives from its HTML."""
    text = re.sub(r"(?is)<(style|head|title)\b.*?</\1>", "", html)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"(?i)<br\s*/?>", "\n", text)
    text = re.sub(r"(?i)<li[^>]*>", "\n- ", text)
    text = re.sub(r"(?i)</tr>", "\n", text)
    text = re.sub(r"(?i)</(p|h[1-6]|div|table|ul)>", "\n\n", text)
    text = re.sub(r"(?i)</t[dh]>", "   ", text)
    text = re.sub(r"(?i)<a [^>]*href=\"(https?://[^\"]+)\"[^>]*>(.*?)</a>", r"\2 <\1>", text)
    text = unescape(re.sub(r"<[^>]+>", "", text))
    lines = [line.strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def rows(pairs, left_style="padding:6px 0;color:#555", right_style="padding:6px 0;text-align:right"):
    """HTML table rows from (label, value) pairs."""
    return "\n".join(
        f'<tr><td style="{left_style}">{a}</td><td style="{right_style}">{b}</td></tr>' for a, b in pairs
    )


def textrows(pairs, width=44):
    return "\n".join(f"{a:<{width}}{b}" for a, b in pairs)


def quote(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.splitlines())


MINI_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
    b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


# --------------------------------------------------------------------------- the message list


def add(
    dt: datetime,
    sender: tuple[str, str],
    subject: str,
    *,
    text: str | None = None,
    html: str | None = None,
    labels=(),
    slug: str,
    to: tuple[str, str] = SOPHIE,
    text_cte: str = "quoted-printable",
    html_cte: str = "quoted-printable",
    charset: str = "utf-8",
    msgid_domain: str | None = None,
    headers: dict | None = None,
    pdf: str | None = None,
    cc: tuple[str, str] | None = None,
):
    MESSAGES.append(
        dict(
            dt=dt,
            sender=sender,
            subject=subject,
            text=text,
            html=html,
            labels=list(labels),
            slug=slug,
            to=to,
            text_cte=text_cte,
            html_cte=html_cte,
            charset=charset,
            msgid_domain=msgid_domain or sender[1].split("@")[1],
            headers=headers or {},
            pdf=pdf,
            cc=cc,
            seq=len(MESSAGES),
        )
    )


def _addr(pair: tuple[str, str]) -> str:
    from email.headerregistry import Address

    return str(Address(pair[0], addr_spec=pair[1])) if pair[0] else pair[1]


def build(m: dict) -> EmailMessage:
    msg = EmailMessage(policy=POLICY)
    msg["From"] = _addr(m["sender"])
    msg["To"] = _addr(m["to"])
    if m["cc"]:
        msg["Cc"] = _addr(m["cc"])
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["dt"])
    msg["Message-ID"] = m["msgid"]
    for k, v in m["headers"].items():
        msg[k] = v
    text, html, cs = m["text"], m["html"], m["charset"]
    for key, body in (("text_cte", text), ("html_cte", html)):
        if body is not None and m[key] == "7bit" and not body.isascii():
            m[key] = "quoted-printable"
    if text is not None:
        msg.set_content(text, charset=cs, cte=m["text_cte"])
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=cs, cte=m["html_cte"])
    else:
        msg.set_content(html, subtype="html", charset=cs, cte=m["html_cte"])
    if m["pdf"]:
        msg.add_attachment(MINI_PDF, maintype="application", subtype="pdf", filename=m["pdf"])
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{m['bseed']}_{part.get_content_subtype()}")
    return msg


def finish():
    msgs = sorted(MESSAGES, key=lambda m: (m["dt"].astimezone(UTC), m["seq"]))
    eml_dir = HERE / "eml"
    eml_dir.mkdir(exist_ok=True)
    for old in eml_dir.glob("*.eml"):
        old.unlink()
    index, mbox = [], []
    for i, m in enumerate(msgs, 1):
        local = m["dt"]
        m["msgid"] = m["headers"].pop("_msgid", None) or f"<{hexid(16)}.{hexid(8)}@{m['msgid_domain']}>"
        m["bseed"] = digits(9) + "." + digits(13)
        data = build(m).as_bytes(policy=POLICY)
        name = f"{i:03d}-{local:%Y%m%d}-{m['slug']}.eml"
        (eml_dir / name).write_bytes(data)
        utc = local.astimezone(UTC)
        from_line = f"From {m['sender'][1]} {utc:%a %b} {utc.day:2d} {utc:%H:%M:%S %Y}\n".encode()
        body = re.sub(rb"(?m)^(>*From )", rb">\1", data)
        if not body.endswith(b"\n"):
            body += b"\n"
        mbox.append(from_line + body + b"\n")
        index.append(
            {
                "file": name,
                "from": m["sender"][0] or m["sender"][1],
                "subject": m["subject"],
                "labels": m["labels"],
            }
        )
    (HERE / "mailbox.mbox").write_bytes(b"".join(mbox))
    (HERE / "messages.json").write_text(json.dumps(index, indent=2, ensure_ascii=False) + "\n")
    names = {t["name"] for t in TRUTH}
    for entry in index:
        for label in entry["labels"]:
            assert label in names, (entry["file"], label)
    (HERE / "truth.json").write_text(json.dumps(TRUTH, indent=2, ensure_ascii=False) + "\n")
    meta = {"today": TODAY.isoformat(), "messages": len(index), "hard_negatives": HARD_NEGATIVES}
    (HERE / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {len(index)} messages, {len(TRUTH)} truths")


TRUTH: list[dict] = []
HARD_NEGATIVES: list[str] = []


def truth(name, aliases, amount, cycle, status, next_renewal, kind, currency="GBP"):
    TRUTH.append(
        dict(
            name=name,
            aliases=aliases,
            amount=amount,
            currency=currency,
            cycle=cycle,
            status=status,
            next_renewal=next_renewal,
            kind=kind,
        )
    )
    return name


def gmail_id(domain="mail.gmail.com") -> str:
    return f"<CA{alnum(10)}+{alnum(28, upper=False)}@{domain}>"


def fwd_outlook(note: str, orig_from: str, orig_sent: str, orig_to: str, orig_subject: str, body: str) -> str:
    return (
        f"{note}\n\nRhys\n\nGet Outlook for Android\n"
        "________________________________\n"
        f"From: {orig_from}\nSent: {orig_sent}\nTo: {orig_to}\nSubject: {orig_subject}\n\n{body}"
    )


# =========================================================================== companies


@company
def bristol_council():
    name = truth(
        "Bristol City Council Council Tax",
        ["Council Tax", "Bristol City Council"],
        "234.18",
        "monthly",
        "active",
        "2026-12-01",
        "bill",
    )
    acct = "4012" + digits(4)
    sender = ("Bristol City Council", "noreply.counciltax@bristol.gov.uk")
    first, rest, total = 234.32, 234.18, 2341.94
    months = [D("2026-04-01")] + [D(f"{2026 + (m > 12)}-{(m - 1) % 12 + 1:02d}-01") for m in range(5, 14)]
    inst = [(dnum(d), gbp(first if i == 0 else rest)) for i, d in enumerate(months)]
    charges = [
        ("Bristol City Council (including Adult Social Care precept)", gbp(2029.88)),
        ("Police and Crime Commissioner for Avon and Somerset", gbp(218.45)),
        ("Avon Fire Authority", gbp(93.61)),
    ]
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Council Tax bill 2026/27</title></head>
<body style="margin:0;font-family:Arial,Helvetica,sans-serif;font-size:16px;color:#0b0c0c;background:#ffffff">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#1d70b8">
<tr><td style="padding:14px 20px;color:#ffffff;font-size:22px;font-weight:bold">Bristol City Council</td></tr></table>
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="margin:0 auto"><tr><td style="padding:20px">
<h1 style="font-size:26px">Your Council Tax bill for 2026/27</h1>
<p>Dear Mrs S Morgan,</p>
<p>Your Council Tax bill for the year 1 April 2026 to 31 March 2027 is now available to view in your
eBilling account. A summary is below.</p>
<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:100%;margin:12px 0">
{
        rows(
            [
                ("Account reference", acct),
                ("Property", "27 Ashley Down Road, Bristol, BS7 9JN"),
                ("Valuation band", "C"),
                ("Bill date", "9 March 2026"),
            ]
        )
    }
</table>
<h2 style="font-size:20px">How your charge is made up</h2>
<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:100%">
{rows(charges)}
<tr><td style="padding:6px 0;font-weight:bold;border-top:2px solid #0b0c0c">Total charge for 2026/27</td>
<td style="padding:6px 0;text-align:right;font-weight:bold;border-top:2px solid #0b0c0c">{
        gbp(total)
    }</td></tr>
</table>
<h2 style="font-size:20px">Your Direct Debit instalments</h2>
<p>We will collect the following amounts from your bank account on or just after the dates shown.</p>
<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:60%">
<tr><th style="text-align:left;padding:4px 0">Date</th><th style="text-align:right;padding:4px 0">Amount</th></tr>
{rows(inst, "padding:4px 0", "padding:4px 0;text-align:right")}
</table>
<p>You do not need to do anything. If you would prefer to pay over 12 months instead of 10, you can
request this online at <a href="https://www.bristol.gov.uk/council-tax">bristol.gov.uk/council-tax</a>.</p>
<p>The Bristol City Council element of your bill has increased by 4.99%, which includes 2% for adult social care.</p>
<p style="font-size:14px;color:#505a5f">This is an automated message from Bristol City Council Revenues Service,
PO Box 3399, Bristol BS1 9NE. Please do not reply to this email. Council Tax enquiries: 0117 922 2900.</p>
</td></tr></table></body></html>"""
    add(
        when("2026-03-09 06:41"),
        sender,
        "Your Council Tax bill for 2026/27 is ready to view",
        html=html,
        text=strip_html(html),
        labels=[name],
        slug="bristol-council-tax-bill",
        charset="iso-8859-1",
    )


@company
def bristol_water():
    name = truth(
        "Bristol Water",
        ["Wessex Water", "Bristol Wessex Billing Services", "BWBSL", "water bill"],
        "49.70",
        "monthly",
        "active",
        "2026-12-15",
        "bill",
    )
    ref = digits(10)
    sender = ("Bristol Water", "myaccount@bristolwater.co.uk")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:14px;color:#002d4b;background:#eef4f8">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#0079c1;padding:18px;color:#fff;font-size:20px"><b>Bristol Water</b> | Wessex Water</td></tr>
<tr><td style="padding:22px">
<p>Hello Sophie,</p>
<p>Your new bill for <b>1 April 2026 to 31 March 2027</b> is ready. You can view and download it in My Account.</p>
<table width="100%" cellpadding="5" cellspacing="0" style="border:1px solid #cfdde6">
<tr style="background:#eef4f8"><td colspan="2"><b>Customer reference {ref}</b></td></tr>
<tr><td>Water supply (Bristol Water)</td><td align="right">{gbp(238.64)}</td></tr>
<tr><td>Sewerage and surface water drainage (Wessex Water)</td><td align="right">{gbp(357.76)}</td></tr>
<tr><td><b>Total for the year</b></td><td align="right"><b>{gbp(596.40)}</b></td></tr>
</table>
<p><b>How you pay:</b> 12 monthly Direct Debit payments of <b>{gbp(49.70)}</b>, collected on the 15th of each
month from 15 April 2026 to 15 March 2027.</p>
<p>Your charges are based on the rateable value of your property because you don't have a water meter.
You might save money with a free meter &ndash; search 'water meter' on our website.</p>
<p>Struggling to pay? Our Assist tariff could lower your bill by up to 90%.</p>
<p style="font-size:11px;color:#5c7486">Bristol Wessex Billing Services Limited (BWBSL) provides billing and
customer services for Bristol Water plc and Wessex Water Services Ltd. Registered in England No. 4190193.
Registered office: 1 Clevedon Walk, Nailsea, Bristol BS48 1WA.</p>
</td></tr></table></body></html>"""
    add(
        when("2026-03-20 10:02"),
        sender,
        "Your water bill for 2026-27 is ready",
        html=html,
        labels=[name],
        slug="bristol-water-bill",
    )
    html2 = """<html><body style="font-family:Arial,sans-serif;color:#003a5d">
<h2>Every drop counts this summer</h2>
<p>Hi Sophie, the last few weeks have been some of the driest on record. Small changes at home add up:</p>
<ul><li>Turn off the tap while brushing &ndash; it saves up to 6 litres a minute</li>
<li>Use a watering can rather than a hose</li><li>Order a free water-saving kit for your home</li></ul>
<p><a href="https://www.wessexwater.co.uk/save-water">Get your free kit</a></p>
<p style="font-size:11px">You're receiving this because you're a Wessex Water customer.
<a href="https://www.wessexwater.co.uk/unsubscribe">Unsubscribe</a>. Wessex Water Services Ltd, Claverton Down, Bath BA2 7WW.</p>
</body></html>"""
    add(
        when("2026-07-14 12:30"),
        ("Wessex Water", "news@email.wessexwater.co.uk"),
        "Sophie, help us save water this summer",
        html=html2,
        slug="wessex-water-news",
        headers={"List-Unsubscribe": "<https://www.wessexwater.co.uk/unsubscribe>"},
    )


def _edf_bill(dt, period, usage, dd_amount, dd_date, balance, labels, acct, next_dd=None):
    (start, end), (elec_kwh, elec_rate, elec_sc, gas_kwh, gas_rate, gas_sc) = period, usage
    days = (end - start).days + 1
    e = round(elec_kwh * elec_rate / 100 + days * elec_sc / 100, 2)
    g = round(gas_kwh * gas_rate / 100 + days * gas_sc / 100, 2)
    vat = round((e + g) * 0.05, 2)
    total = round(e + g + vat, 2)
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#10367a;padding:16px 24px;color:#fff;font-size:24px;font-weight:bold">edf</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#1a1a1a">
<p>Hi Sophie,</p><p>Your latest bill is ready to view in your online account.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><td style="color:#666">Account number</td><td align="right">{acct}</td></tr>
<tr><td style="color:#666">Bill period</td><td align="right">{dshort(start)} &ndash; {dshort(end)}</td></tr>
<tr><td style="color:#666">Electricity ({elec_kwh} kWh)</td><td align="right">{gbp(e)}</td></tr>
<tr><td style="color:#666">Gas ({gas_kwh} kWh)</td><td align="right">{gbp(g)}</td></tr>
<tr><td style="color:#666">VAT at 5%</td><td align="right">{gbp(vat)}</td></tr>
<tr><td><b>Total charges this period</b></td><td align="right"><b>{gbp(total)}</b></td></tr>
<tr><td style="color:#666">Direct Debit received {dshort(dd_date)}</td><td align="right">{gbp(dd_amount)}</td></tr>
<tr><td><b>Your balance</b></td><td align="right"><b>{balance}</b></td></tr>
</table>
<p>Your next monthly Direct Debit of {gbp(next_dd or dd_amount)} will be collected on or around the 22nd.
You don't need to do anything.</p>
<p><a href="https://www.edfenergy.com/myaccount" style="background:#fe5815;color:#fff;padding:10px 18px;text-decoration:none">View my bill</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#777;background:#f7f7f7">EDF Energy Customers Ltd, registered in
England and Wales No. 02228297, 90 Whitfield Street, London W1T 4EZ. Please don't reply to this email.</td></tr>
</table></td></tr></table></body></html>"""
    add(
        dt,
        ("EDF", "yourbill@edfenergy.com"),
        "Your latest EDF bill is ready",
        html=html,
        labels=labels,
        slug="edf-bill",
    )


@company
def edf():
    name = truth(
        "EDF",
        ["EDF Energy", "EDF Energy Customers Ltd", "EDF Simply Fixed"],
        "161.00",
        "monthly",
        "active",
        "2026-12-22",
        "bill",
    )
    acct = f"67{digits(8)}"
    sender = ("EDF", "noreply@edfenergy.com")
    _edf_bill(
        when("2025-12-09 08:15"),
        (D("2025-11-09"), D("2025-12-08")),
        (318, 24.71, 53.35, 1452, 6.12, 31.65),
        182.00,
        D("2025-11-24"),
        "£41.86 in credit",
        [name],
        acct,
    )
    _edf_bill(
        when("2026-03-10 08:09"),
        (D("2026-02-09"), D("2026-03-09")),
        (287, 24.71, 53.35, 1210, 6.12, 31.65),
        182.00,
        D("2026-02-23"),
        "£58.12 in credit",
        [name],
        acct,
    )
    end_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#1a1a1a">
<p style="background:#10367a;color:#fff;padding:14px;font-size:22px;margin:0"><b>edf</b></p>
<h2>Your fixed tariff ends on 30 June 2026</h2>
<p>Hi Sophie,</p>
<p>Your tariff, <b>EDF Simply Fixed Jun26</b>, ends on 30 June 2026 (account {acct}). You can choose a new
tariff from today, and there are no exit fees in the last 49 days of your fix.</p>
<p>If you don't choose a new tariff, we'll move you to our Standard Variable tariff on 1 July 2026. Based on
your usage, that would cost about <b>{gbp(2043)}</b> a year, compared with <b>{gbp(1912)}</b> on our cheapest
fixed tariff, EDF Simply Fixed Jun27.</p>
<table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
<tr><th align="left">Tariff</th><th>Estimated annual cost</th><th>Exit fee</th></tr>
<tr><td>EDF Simply Fixed Jun27</td><td align="right">{gbp(1912)}</td><td>£75 per fuel</td></tr>
<tr><td>Standard Variable</td><td align="right">{gbp(2043)}</td><td>None</td></tr>
</table>
<p><a href="https://www.edfenergy.com/myaccount/renew">Choose my new tariff</a></p>
<p style="font-size:11px;color:#777">Estimates include VAT and standing charges and are based on your annual
consumption of 2,890 kWh electricity and 10,240 kWh gas. EDF Energy Customers Ltd, 90 Whitfield Street, London W1T 4EZ.</p>
</body></html>"""
    add(
        when("2026-05-12 07:30"),
        sender,
        "Your EDF fixed tariff is ending – choose what's next",
        html=end_html,
        text=strip_html(end_html),
        labels=[name],
        slug="edf-tariff-ending",
    )
    new_text = f"""Hi Sophie,

Thanks for choosing EDF Simply Fixed Jun27. Here's a summary of your new tariff.

Account number: {acct}
Tariff: EDF Simply Fixed Jun27 (dual fuel)
Start date: 1 July 2026
End date: 30 June 2027
Exit fees: £75 per fuel

Your Direct Debit
Because your new tariff is cheaper, your monthly Direct Debit will go down from £182.00 to £154.00.
Your first payment of £154.00 will be collected on or around 22 July 2026.

You have 14 days to change your mind.

Thanks,
The EDF team

EDF Energy Customers Ltd. Registered in England and Wales No. 02228297.
Registered office: 90 Whitfield Street, London W1T 4EZ.
"""
    add(
        when("2026-05-20 19:44"),
        sender,
        "Welcome to your new tariff: EDF Simply Fixed Jun27",
        text=new_text,
        labels=[name],
        slug="edf-new-tariff",
        text_cte="quoted-printable",
    )
    annual = f"""<html><body style="font-family:Arial,sans-serif;font-size:15px">
<p style="background:#10367a;color:#fff;padding:14px;font-size:22px;margin:0"><b>edf</b></p>
<h2>Your annual energy summary</h2><p>Hi Sophie, here's how you used energy between September 2025 and August 2026.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">
<tr><td>Account number</td><td>{acct}</td></tr>
<tr><td>Electricity used</td><td>2,874 kWh</td></tr><tr><td>Gas used</td><td>10,115 kWh</td></tr>
<tr><td>Total cost for the year (inc. VAT)</td><td>{gbp(1986.40)}</td></tr>
<tr><td>Your tariff</td><td>EDF Simply Fixed Jun27, ends 30 June 2027</td></tr>
<tr><td>Monthly Direct Debit</td><td>{gbp(154)}</td></tr>
</table>
<p>Your estimated cost for the next 12 months is {gbp(1895)}. Could you save? Your current tariff is our cheapest
for you right now.</p>
<p style="font-size:11px;color:#777">Your Supply Number (MPAN) and Meter Point Reference Number (MPRN) are on your annual
statement PDF. EDF Energy Customers Ltd, 90 Whitfield Street, London W1T 4EZ.</p></body></html>"""
    add(
        when("2026-09-14 09:20"),
        sender,
        "Your EDF annual statement",
        html=annual,
        labels=[name],
        slug="edf-annual-statement",
        pdf="EDF_Annual_Statement_2026.pdf",
    )
    review = f"""Hi Sophie,

We've reviewed your Direct Debit

We check Direct Debits regularly to make sure they cover the cost of the energy you use over the
year, so you don't build up a big debt or credit.

Account number: {acct}
Your current Direct Debit: £154.00
Your new Direct Debit: £161.00
Starts: on or around 22 November 2026

Why is it changing?
You've used more gas than we estimated over the last few months. Your new amount should spread
the cost of winter evenly across the year.

If you think your new payment is wrong, submit a meter reading in the app and we'll look again.

Thanks,
EDF

EDF Energy Customers Ltd, 90 Whitfield Street, London W1T 4EZ. Registered in England and Wales 02228297.
"""
    add(
        when("2026-10-27 11:05"),
        sender,
        "We've reviewed your Direct Debit",
        text=review,
        labels=[name],
        slug="edf-dd-review",
    )
    _edf_bill(
        when("2026-11-09 08:12"),
        (D("2026-10-09"), D("2026-11-08")),
        (301, 22.96, 51.37, 1388, 5.81, 32.12),
        154.00,
        D("2026-10-22"),
        "£12.40 in credit",
        [name],
        acct,
        next_dd=161.00,
    )


def _virgin_bill(dt, acct, amount, collect, extra_note=""):
    html = f"""<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width">
<title>Your bill is ready</title></head>
<body style="margin:0;padding:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff">
<tr><td style="background:#ed1a3b;padding:20px 30px;color:#fff;font-size:26px;font-weight:bold">virgin media</td></tr>
<tr><td style="padding:30px;color:#333;font-size:16px;line-height:24px">
<p style="font-size:22px;margin-top:0">Hi Sophie, your bill is ready</p>
<table width="100%" cellpadding="8" cellspacing="0" style="border:1px solid #e2e2e2">
<tr><td style="color:#777">Account number</td><td align="right">{acct}</td></tr>
<tr><td style="color:#777">Bill date</td><td align="right">{dlong(dt.date())}</td></tr>
<tr><td style="color:#777">Your package</td><td align="right">M250 Fibre Broadband &amp; Weekend Calls</td></tr>
<tr><td style="font-weight:bold">Amount due</td><td align="right" style="font-weight:bold;font-size:20px">{gbp(amount)}</td></tr>
</table>
<p>We'll collect this by Direct Debit on or just after <b>{dlong(collect)}</b>. There's nothing you need to do.</p>
{extra_note}
<p><a href="https://www.virginmedia.com/my-virgin-media/bills" style="color:#ed1a3b">View your bill in My Virgin Media</a></p>
</td></tr>
<tr><td style="padding:20px 30px;background:#2d2d2d;color:#bbb;font-size:11px;line-height:16px">
Virgin Media Limited, registered in England and Wales no. 2591237, 500 Brook Drive, Reading RG2 6UU.
This is a service email, so you'll receive it even if you've opted out of marketing.</td></tr>
</table></td></tr></table></body></html>"""
    return html


@company
def virgin_media():
    name = truth(
        "Virgin Media",
        ["Virgin Media broadband", "Virgin Media O2", "M250 Fibre Broadband"],
        "58.00",
        "monthly",
        "active",
        "2026-12-04",
        "bill",
    )
    acct = digits(9)
    sender = ("Virgin Media", "noreply@bills.virginmedia.co.uk")
    for dt, amount, collect, note in [
        (when("2025-12-18 05:12"), 54.00, D("2026-01-04"), ""),
        (
            when("2026-04-17 05:08"),
            58.00,
            D("2026-05-04"),
            "<p>This bill includes the annual price change we told you about, which applied from 1 April 2026.</p>",
        ),
        (when("2026-08-18 05:20"), 58.00, D("2026-09-04"), ""),
        (when("2026-11-18 05:11"), 58.00, D("2026-12-04"), ""),
    ]:
        html = _virgin_bill(dt, acct, amount, collect, note)
        add(
            dt,
            sender,
            "Your Virgin Media bill is ready",
            html=html,
            text=strip_html(html),
            labels=[name],
            slug="virgin-media-bill",
        )
    rise = f"""Hi Sophie,

Important information about your prices

Account number: {acct}

From 1 April 2026 the monthly price of your broadband will go up by £4.00. This is the price rise
set out in your contract when you joined, shown in pounds and pence.

  Your price now:        £54.00 a month
  Your price from April: £58.00 a month

Your first bill with the new price will be the one we send you in April 2026. If you pay by Direct
Debit you don't need to do anything.

As this price change was part of your contract, it doesn't give you the right to end your contract
without paying early termination charges.

Worried about paying your bill? Visit virginmedia.com/help/bill-support.

Thanks,
Virgin Media

Virgin Media Limited, 500 Brook Drive, Reading RG2 6UU. Registered in England and Wales 2591237.
"""
    add(
        when("2026-02-09 14:40"),
        ("Virgin Media", "noreply@service.virginmedia.co.uk"),
        "Important: your Virgin Media prices from 1 April 2026",
        text=rise,
        labels=[name],
        slug="virgin-media-price-change",
        text_cte="7bit" if rise.isascii() else "quoted-printable",
    )
    mkt = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#fff">
<div style="background:#ed1a3b;color:#fff;padding:18px;font-size:24px">virgin media</div>
<h1>Sophie, add Stream to your broadband</h1>
<p>Get the channels you love in one place &ndash; Netflix, Prime Video and Sky Sports &ndash; from just £5 a month more.</p>
<p><a href="https://www.virginmedia.com/stream">Upgrade now</a></p>
<p style="font-size:11px;color:#777">New Stream customers only. 18-month contract. Prices may change during your
contract. <a href="https://www.virginmedia.com/preferences">Update your preferences</a> or
<a href="https://www.virginmedia.com/unsubscribe">unsubscribe</a>.</p></body></html>"""
    add(
        when("2026-06-11 18:02"),
        ("Virgin Media", "offers@email.virginmedia.com"),
        "Sophie, your TV upgrade is waiting",
        html=mkt,
        slug="virgin-media-marketing",
        headers={"List-Unsubscribe": "<https://www.virginmedia.com/unsubscribe>"},
    )


def _vodafone_bill(dt, acct, lines, extras, collect):
    total = round(sum(x for _, _, x in lines) + sum(x for _, x in extras), 2)
    body = "".join(
        f'<tr><td style="padding:8px;border-bottom:1px solid #eee">{who}<br><span style="color:#777;font-size:13px">'
        f'{num}</span></td><td style="padding:8px;border-bottom:1px solid #eee;text-align:right">{gbp(x)}</td></tr>'
        for who, num, x in lines
    )
    body += "".join(
        f'<tr><td style="padding:8px;border-bottom:1px solid #eee">{what}</td>'
        f'<td style="padding:8px;border-bottom:1px solid #eee;text-align:right">{gbp(x)}</td></tr>'
        for what, x in extras
    )
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#e60000;padding:18px 24px;color:#fff;font-size:24px">Vodafone</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333">
<h2 style="margin-top:0">Your bill is ready, Sophie</h2>
<p>Account number: {acct}<br>Bill date: {dlong(dt.date())}</p>
<table width="100%" cellpadding="0" cellspacing="0">{body}
<tr><td style="padding:8px;font-weight:bold">Total (inc. VAT)</td><td style="padding:8px;text-align:right;font-weight:bold">{gbp(total)}</td></tr>
</table>
<p>We'll take this by Direct Debit on or after {dlong(collect)}.</p>
<p><a href="https://www.vodafone.co.uk/myvodafone" style="color:#e60000">See your full bill in the My Vodafone app</a></p>
</td></tr>
<tr><td style="padding:18px 24px;font-size:11px;color:#888">Vodafone Limited, Vodafone House, The Connection, Newbury,
Berkshire RG14 2FN. Registered in England No. 1471587. We'll never ask for your password by email.</td></tr>
</table></body></html>"""
    return html, total


@company
def vodafone():
    name = truth(
        "Vodafone",
        ["Vodafone UK", "Vodafone Limited", "Vodafone family SIMs"],
        "50.70",
        "monthly",
        "active",
        "2026-12-07",
        "bill",
    )
    acct = f"7-{digits(8)}"
    sender = ("Vodafone UK", "bills@email.vodafone.co.uk")
    old = [
        ("Sophie – Unlimited SIM only", "07700 900123", 22.00),
        ("Rhys – 100GB SIM only", "07700 900456", 15.00),
        ("Osian – Vodafone Basics 10GB", "07700 900789", 8.00),
    ]
    new = [(w, n, round(x + 1.90, 2)) for w, n, x in old]
    for dt, lines, extras, collect in [
        (when("2026-01-26 06:30"), old, [], D("2026-02-07")),
        (when("2026-05-26 06:31"), new, [], D("2026-06-07")),
        (when("2026-08-26 06:29"), new, [("EU roaming – Rhys, 3 days at £2.51", 7.53)], D("2026-09-07")),
        (when("2026-11-26 06:33"), new, [], D("2026-12-07")),
    ]:
        html, total = _vodafone_bill(dt, acct, lines, extras, collect)
        add(
            dt,
            sender,
            f"Your Vodafone bill is ready – {gbp(total)}",
            html=html,
            labels=[name],
            slug="vodafone-bill",
        )
    notice = f"""Hi Sophie,

Your annual price change

Each April, the monthly price of your plan goes up by the amount in pounds and pence that we set
out when you joined. From 1 April 2026, this is £1.90 a month for each of the plans on your account.

Account number: {acct}

  07700 900123  Unlimited SIM only        £22.00  ->  £23.90
  07700 900456  100GB SIM only            £15.00  ->  £16.90
  07700 900789  Vodafone Basics 10GB       £8.00  ->   £9.90

Your first bill at the new prices will be your May bill.

You can check your plan details any time in the My Vodafone app.

Vodafone

Vodafone Limited, Vodafone House, The Connection, Newbury, Berkshire RG14 2FN.
"""
    add(
        when("2026-02-05 11:15"),
        ("Vodafone UK", "updates@email.vodafone.co.uk"),
        "An update to your monthly price from April",
        text=notice,
        labels=[name],
        slug="vodafone-price-rise",
    )
    mkt = """<html><body style="font-family:Arial,sans-serif"><div style="background:#e60000;color:#fff;padding:16px">Vodafone</div>
<h1>It's upgrade time, Sophie</h1><p>iPhone 17 from £32 a month with Unlimited data. Trade in your old phone and get up to £400 back.</p>
<p><a href="https://www.vodafone.co.uk/upgrade">See upgrade offers</a></p>
<p style="font-size:11px">Credit check and 24-month Vodafone EVO agreement required. <a href="https://www.vodafone.co.uk/unsubscribe">Unsubscribe</a></p></body></html>"""
    add(
        when("2026-09-19 16:20"),
        ("Vodafone UK", "offers@email.vodafone.co.uk"),
        "Sophie, your upgrade offer",
        html=mkt,
        slug="vodafone-marketing",
        headers={"List-Unsubscribe": "<https://www.vodafone.co.uk/unsubscribe>"},
    )


@company
def nationwide():
    name = truth(
        "Nationwide mortgage",
        ["Nationwide", "Nationwide Building Society", "mortgage"],
        "1198.72",
        "monthly",
        "active",
        "2026-12-01",
        "bill",
    )
    nbs = "Nationwide Building Society <no-reply@emails.nationwide.co.uk>"
    o1 = """Dear Mr Morgan,

Your annual mortgage statement is ready

Your mortgage statement for 1 January 2025 to 31 December 2025 is now available to view in the
Banking app and Internet Bank, under Documents.

Mortgage account ending 4471
Balance on 31 December 2025:      £186,402.18
Monthly payment:                  £1,126.43 (collected on the 1st of each month)
Your current deal:                5 Year Fixed Rate 1.89%, ends 31 August 2026

We'll be in touch before your deal ends about what you can switch to.

Yours sincerely,
Nationwide Building Society

Nationwide Building Society is authorised by the Prudential Regulation Authority and regulated by the
Financial Conduct Authority and the Prudential Regulation Authority under registration number 106078.
Head Office: Nationwide House, Pipers Way, Swindon SN38 1NW.
"""
    add(
        when("2026-02-03 20:12"),
        RHYS,
        "FW: Your annual mortgage statement is ready",
        text=fwd_outlook(
            "For the house folder x",
            nbs,
            "02 February 2026 09:31",
            "rhys.morgan82@outlook.com",
            "Your annual mortgage statement is ready",
            o1,
        ),
        labels=[name],
        slug="fwd-nationwide-mortgage-statement",
        msgid_domain="outlook.com",
    )
    o2 = """Dear Mr Morgan,

Your deal ends on 31 August 2026

You can choose a new deal up to 6 months before your current deal ends. If you don't, your mortgage
will move to our Standard Mortgage Rate (SMR), currently 7.49%, on 1 September 2026. On the SMR your
monthly payment would be about £1,402.

Switching takes about 10 minutes online and there's no product fee on many of our deals.

  2 Year Fixed Rate 4.09%, 60% LTV, no fee     est. monthly payment £1,198.72
  5 Year Fixed Rate 4.19%, 60% LTV, no fee     est. monthly payment £1,209.55

Log in to the Internet Bank to see all the deals available to you.

Nationwide Building Society, Nationwide House, Pipers Way, Swindon SN38 1NW.
"""
    add(
        when("2026-05-14 21:40"),
        RHYS,
        "FW: Time to choose your next mortgage deal",
        text=fwd_outlook(
            "Shall we just go for the 2 year? Rates might come down",
            nbs,
            "13 May 2026 08:02",
            "rhys.morgan82@outlook.com",
            "Time to choose your next mortgage deal",
            o2,
        ),
        labels=[name],
        slug="fwd-nationwide-deal-ending",
        msgid_domain="outlook.com",
    )
    o3 = """Dear Mr Morgan and Mrs Morgan,

Your new deal is confirmed

Mortgage account ending 4471
New deal:                    2 Year Fixed Rate 4.09%
Starts:                      1 September 2026
Ends:                        31 August 2028
Early repayment charge:      2% until 31 August 2027, then 1%

Your new monthly payment will be £1,198.72. We'll collect it by Direct Debit on the 1st of each
month, starting 1 October 2026. Your payment on 1 September 2026 will be £1,126.43 as usual.

Your offer document is in the Banking app under Documents.

Nationwide Building Society, Nationwide House, Pipers Way, Swindon SN38 1NW.
Nationwide Building Society is authorised by the Prudential Regulation Authority and regulated by the
Financial Conduct Authority and the Prudential Regulation Authority under registration number 106078.
"""
    add(
        when("2026-06-02 12:55"),
        RHYS,
        "FW: Your new mortgage deal is confirmed",
        text=fwd_outlook(
            "Done. About £72 a month more from October :(",
            nbs,
            "02 June 2026 12:41",
            "rhys.morgan82@outlook.com; sophie.morgan.bris@gmail.com",
            "Your new mortgage deal is confirmed",
            o3,
        ),
        labels=[name],
        slug="fwd-nationwide-new-deal",
        msgid_domain="outlook.com",
    )


@company
def legal_general():
    name = truth(
        "Legal & General life insurance",
        ["Legal & General", "Legal and General", "L&G", "Life and Critical Illness Cover"],
        "24.18",
        "monthly",
        "active",
        "2026-12-08",
        "bill",
    )
    pol = "L" + digits(9)
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#222;font-size:15px">
<table width="620" align="center" cellpadding="0" cellspacing="0">
<tr><td style="border-bottom:4px solid #00a3e0;padding:14px 0;font-size:22px;color:#003b5c"><b>Legal &amp; General</b></td></tr>
<tr><td style="padding:20px 0">
<p>Dear Mrs Morgan,</p>
<p>It's been another year since you took out your policy with us, so here's a reminder of what you're covered for.</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #d0d7de;border-collapse:collapse">
<tr><td>Policy</td><td>Life and Critical Illness Cover (joint)</td></tr>
<tr><td>Policy number</td><td>{pol}</td></tr>
<tr><td>Lives insured</td><td>Sophie Morgan, Rhys Morgan</td></tr>
<tr><td>Amount of cover</td><td>£220,000 (level)</td></tr>
<tr><td>Policy end date</td><td>19 January 2049</td></tr>
<tr><td>Monthly premium</td><td>{gbp(24.18)}</td></tr>
</table>
<p>Your premium is guaranteed, so it won't change during the term of your policy. We'll continue to collect it by
Direct Debit on or around the 8th of each month.</p>
<p>Has anything changed? If you've moved house or had another child, it's worth checking your cover is still right
for you.</p>
<p>Kind regards,<br>Customer Services, Legal &amp; General</p>
<p style="font-size:11px;color:#666">Legal and General Assurance Society Limited. Registered in England and Wales
No. 00166055. Registered office: One Coleman Street, London EC2R 5AA. Authorised by the Prudential Regulation Authority and
regulated by the Financial Conduct Authority and the Prudential Regulation Authority.</p>
</td></tr></table></body></html>"""
    add(
        when("2026-01-19 10:35"),
        ("Legal & General", "noreply@customer.legalandgeneral.com"),
        "A reminder of your Legal & General cover",
        html=html,
        text=strip_html(html),
        labels=[name],
        slug="legal-general-anniversary",
    )
    mkt = """<html><body style="font-family:Arial,sans-serif"><p style="color:#003b5c;font-size:20px"><b>Legal &amp; General</b></p>
<h2>What would happen if you couldn't work?</h2>
<p>Self-employed? Income Protection could pay you a monthly benefit if you can't work because of illness or injury.
Get a quote in minutes.</p><p><a href="https://www.legalandgeneral.com/insurance/income-protection/">Get a quote</a></p>
<p style="font-size:11px">To stop receiving these emails, <a href="https://www.legalandgeneral.com/unsubscribe">unsubscribe here</a>.</p>
</body></html>"""
    add(
        when("2026-07-07 12:00"),
        ("Legal & General", "news@marketing.legalandgeneral.com"),
        "Protecting your income when you're self-employed",
        html=mkt,
        slug="legal-general-marketing",
        headers={"List-Unsubscribe": "<https://www.legalandgeneral.com/unsubscribe>"},
    )


@company
def aviva():
    name = truth(
        "Aviva home insurance",
        ["Aviva", "Aviva Home Insurance"],
        "34.12",
        "monthly",
        "active",
        "2026-12-16",
        "bill",
    )
    pol = "HM" + digits(8)
    sender = ("Aviva", "noreply@communications.aviva.co.uk")
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;font-family:Arial,sans-serif;background:#f1f1f1">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#ffd900;padding:16px 24px;font-size:26px;color:#004fb6"><b>AVIVA</b></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#1e1e1e">
<p>Dear Mrs Morgan,</p>
<p><b>Your home insurance is due for renewal on 16 May 2026.</b> We'll renew it automatically, so you stay covered.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #ccc;border-collapse:collapse">
<tr><td>Policy number</td><td align="right">{pol}</td></tr>
<tr><td>Cover</td><td align="right">Buildings and contents</td></tr>
<tr><td>Last year's price</td><td align="right">{gbp(380.88)} ({gbp(31.74)} a month)</td></tr>
<tr><td><b>This year's price</b></td><td align="right"><b>{gbp(409.44)}</b></td></tr>
<tr><td>Paid monthly</td><td align="right">12 payments of {gbp(34.12)}</td></tr>
</table>
<p>Your price includes Insurance Premium Tax (IPT) at 12%. We'll continue to collect your monthly payments by Direct
Debit on the 16th of each month, starting 16 May 2026. You don't pay any extra to spread the cost.</p>
<p>Please check your renewal documents to make sure your cover is still right for you. If you'd like to make changes or
cancel, call us on 0800 092 9561.</p>
<p style="font-size:11px;color:#666">Aviva Insurance Limited. Registered in Scotland No. 2116. Registered office: Pitheavlis,
Perth PH2 0NH. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the
Prudential Regulation Authority. Firm Reference Number 202153.</p>
</td></tr></table></body></html>"""
    add(
        when("2026-04-22 07:50"),
        sender,
        "Your Aviva home insurance renewal",
        html=html,
        labels=[name],
        slug="aviva-home-renewal",
        pdf=f"Aviva_Renewal_{pol}.pdf",
    )
    docs = f"""Dear Mrs Morgan,

Thank you for renewing your home insurance with Aviva. Your policy documents are attached and
are also available in MyAviva.

Policy number: {pol}
Period of cover: 16 May 2026 to 15 May 2027
Monthly payment: £34.12 by Direct Debit on the 16th of each month

Kind regards,
Aviva

Aviva Insurance Limited. Registered in Scotland No. 2116. Registered office: Pitheavlis, Perth PH2 0NH.
"""
    add(
        when("2026-05-16 03:12"),
        sender,
        "Your Aviva home insurance documents",
        text=docs,
        labels=[name],
        slug="aviva-home-documents",
        pdf=f"Aviva_Home_Schedule_{pol}.pdf",
    )


def _ayvens_invoice(dt, agreement, inv, start):
    end = (start.replace(month=start.month % 12 + 1, year=start.year + (start.month == 12))) - timedelta(
        days=1
    )
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#0a1e3c;color:#fff;padding:18px;font-size:22px">ayvens <span style="font-size:12px">(formerly ALD Automotive | LeasePlan)</span></td></tr>
<tr><td style="padding:20px">
<p>Dear Sophie Morgan,</p><p>Your latest invoice is now available to view and download in My Ayvens.</p>
<table width="100%" cellpadding="5" cellspacing="0" style="border:1px solid #ccc;border-collapse:collapse">
<tr><td>Invoice number</td><td align="right">{inv}</td></tr>
<tr><td>Agreement number</td><td align="right">{agreement}</td></tr>
<tr><td>Vehicle</td><td align="right">Kia Niro EV 4 64.8kWh &ndash; WR24 XKN</td></tr>
<tr><td>Rental period</td><td align="right">{dnum(start)} &ndash; {dnum(end)}</td></tr>
<tr><td>Monthly rental (net)</td><td align="right">{gbp(266.23)}</td></tr>
<tr><td>VAT @ 20%</td><td align="right">{gbp(53.24)}</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>{gbp(319.47)}</b></td></tr>
<tr><td>Payment method</td><td align="right">Direct Debit on {dlong(start)}</td></tr>
</table>
<p>Your agreement is a 48-month Personal Contract Hire agreement ending 9 January 2029.</p>
<p style="font-size:11px;color:#666">Ayvens is a trading name of ALD Automotive Limited, registered in England and Wales,
Oakwood Park, Lodge Causeway, Fishponds, Bristol BS16 3JA. Authorised and regulated by the Financial Conduct Authority.</p>
</td></tr></table></body></html>"""
    add(
        dt,
        ("Ayvens UK", "noreply.invoices@ayvens.com"),
        f"Your Ayvens invoice {inv} is available",
        html=html,
        labels=["Ayvens car lease"],
        slug="ayvens-invoice",
    )


@company
def ayvens():
    truth(
        "Ayvens car lease",
        ["Ayvens", "ALD Automotive", "Kia Niro lease", "car lease"],
        "319.47",
        "monthly",
        "active",
        "2026-12-10",
        "bill",
    )
    agreement = "PCH" + digits(7)
    for dt, start in [
        (when("2025-12-03 04:10"), D("2025-12-10")),
        (when("2026-04-03 04:12"), D("2026-04-10")),
        (when("2026-11-03 04:11"), D("2026-12-10")),
    ]:
        _ayvens_invoice(dt, agreement, "SI" + digits(8), start)
    svc = f"""Dear Sophie,

Your Kia Niro (WR24 XKN) is due its annual service

Our records show your vehicle is due a service in the next 30 days. Servicing is included in your
Ayvens agreement ({agreement}), so there's nothing to pay at the garage for routine work.

Book with an approved Kia dealer near you, such as Bristol Street Motors Kia Bristol, and quote your
agreement number.

Kind regards,
Ayvens Driver Services
0370 000 0555

Ayvens is a trading name of ALD Automotive Limited, Oakwood Park, Lodge Causeway, Bristol BS16 3JA.
"""
    add(
        when("2026-06-15 09:45"),
        ("Ayvens Driver Services", "driverservices.uk@ayvens.com"),
        "Your vehicle is due a service",
        text=svc,
        labels=["Ayvens car lease"],
        slug="ayvens-service-due",
    )


@company
def rac():
    name = truth(
        "RAC Breakdown Cover",
        ["RAC", "RAC Motoring Services", "RAC membership"],
        "149.00",
        "yearly",
        "active",
        "2026-12-14",
        "bill",
    )
    member = digits(9)
    sender = ("RAC", "noreply@rac.co.uk")
    renewed = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:15px;color:#1d1d1b">
<div style="background:#f95108;color:#fff;padding:16px;font-size:24px"><b>RAC</b></div>
<div style="padding:20px">
<p>Hi Sophie,</p><p><b>Your breakdown cover has renewed</b> &ndash; thanks for staying with us.</p>
<table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
<tr><td>Membership number</td><td>{member}</td></tr>
<tr><td>Cover</td><td>Roadside, At Home and National Recovery (Personal, any car)</td></tr>
<tr><td>Cover dates</td><td>14 December 2025 to 13 December 2026</td></tr>
<tr><td>Amount paid</td><td>£139.00 (card ending 4417)</td></tr>
</table>
<p>Your cover will renew automatically next year. We'll write to you before then with your renewal price.</p>
<p>Need help at the roadside? Use the myRAC app or call 0330 159 0800.</p>
<p style="font-size:11px;color:#666">RAC Motoring Services (No. 01424399) is authorised and regulated by the Financial Conduct Authority
for insurance mediation. RAC Insurance Limited (No. 02355834) is authorised by the Prudential Regulation Authority. Registered
office: RAC House, Brockhurst Crescent, Walsall WS5 4AW.</p></div></body></html>"""
    add(
        when("2025-12-14 06:02"),
        sender,
        "Your RAC Breakdown Cover has renewed",
        html=renewed,
        labels=[name],
        slug="rac-renewed",
    )
    invite = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:15px;color:#1d1d1b">
<div style="background:#f95108;color:#fff;padding:16px;font-size:24px"><b>RAC</b></div>
<div style="padding:20px">
<p>Hi Sophie,</p><h2>Your cover will renew automatically on 14 December 2026</h2>
<table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
<tr><td>Membership number</td><td>{member}</td></tr>
<tr><td>Cover</td><td>Roadside, At Home and National Recovery</td></tr>
<tr><td>Last year's price</td><td>£139.00</td></tr>
<tr><td><b>Your renewal price</b></td><td><b>£176.49</b></td></tr>
</table>
<p>You don't need to do anything. We'll take £176.49 from your card ending 4417 on 14 December 2026.</p>
<p>Your price has changed because of the rising costs of repairs, parts and recovery, and because you've called us out
twice in the last year. If you'd like to talk about your cover, call us on 0330 159 0342.</p>
<p style="font-size:12px">We've included your Insurance Product Information Document and the terms and conditions as attachments.</p>
<p style="font-size:11px;color:#666">RAC Motoring Services, RAC House, Brockhurst Crescent, Walsall WS5 4AW.</p></div></body></html>"""
    add(
        when("2026-11-09 06:10"),
        sender,
        "Your RAC renewal: 14 December 2026",
        html=invite,
        labels=[name],
        slug="rac-renewal-invite",
        pdf="RAC_Renewal_Invitation.pdf",
    )
    changed = f"""Hi Sophie,

Thanks for speaking to us today. As discussed, we've updated your renewal.

Membership number: {member}
Cover: Roadside, At Home and National Recovery
New renewal price: £149.00 (was £176.49)
Renewal date: 14 December 2026

Your cover will still renew automatically, and we'll take £149.00 from your card ending 4417 on
14 December 2026.

Thanks for being an RAC member.

RAC

RAC Motoring Services, RAC House, Brockhurst Crescent, Walsall WS5 4AW. Registered in England No. 01424399.
"""
    add(
        when("2026-11-16 15:22"),
        sender,
        "Confirmation of your updated RAC renewal",
        text=changed,
        labels=[name],
        slug="rac-renewal-updated",
    )


@company
def everyone_active():
    name = truth(
        "Everyone Active Swim School",
        ["Everyone Active", "Swim School", "swimming lessons", "Horfield Leisure Centre"],
        "61.00",
        "monthly",
        "active",
        "2026-12-01",
        "subscription",
    )
    sender = ("Everyone Active", "noreply@everyoneactive.com")
    ref = "EA" + digits(8)
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:15px;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#3c1053;color:#fff;padding:16px;font-size:22px">everyone<b>active</b></td></tr>
<tr><td style="padding:20px">
<p>Hi Sophie,</p><p>Thanks for booking another swimmer into Swim School at <b>Horfield Leisure Centre</b>.
Your Direct Debit has been updated.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #ddd;border-collapse:collapse">
<tr style="background:#f3eef6"><td><b>Swimmer</b></td><td><b>Lesson</b></td><td align="right"><b>Monthly</b></td></tr>
<tr><td>Osian Morgan</td><td>Stage 6 &ndash; Mondays 17:00</td><td align="right">{gbp(30.50)}</td></tr>
<tr><td>Cerys Morgan</td><td>Stage 3 &ndash; Saturdays 09:30</td><td align="right">{gbp(30.50)}</td></tr>
<tr><td colspan="2"><b>New monthly Direct Debit</b></td><td align="right"><b>{gbp(61.00)}</b></td></tr>
</table>
<p>Your new amount will be collected on the 1st of each month, starting 1 February 2026. Membership number: {ref}.</p>
<p>Lessons run all year round apart from bank holidays and two weeks at Christmas, and the monthly price is averaged
over the year so it stays the same every month.</p>
<p style="font-size:11px;color:#777">Everyone Active is a trading name of Sports and Leisure Management Ltd, registered in England
No. 02171037. Registered office: Eaton Court, Maylands Avenue, Hemel Hempstead HP2 7TR.</p>
</td></tr></table></body></html>"""
    add(
        when("2026-01-12 13:25"),
        sender,
        "Your Swim School Direct Debit has been updated",
        html=html,
        text=strip_html(html),
        labels=[name],
        slug="everyone-active-swim-dd",
    )
    summer = f"""Hi Sophie,

Swim School carries on through the summer holidays

Just a reminder that Swim School lessons at Horfield Leisure Centre continue through the summer
holidays (except the bank holiday on Monday 31 August). Your monthly Direct Debit of £61.00 will
continue on the 1st of the month as normal.

Going away? You don't need to tell us, but lessons missed for holidays can't be refunded or
carried over.

See you at the pool!
Horfield Leisure Centre Swim School team
Membership number: {ref}

Everyone Active, Dorian Road, Horfield, Bristol BS7 0XW
"""
    add(
        when("2026-07-20 16:05"),
        sender,
        "Swim School over the summer holidays",
        text=summer,
        labels=[name],
        slug="everyone-active-summer",
    )
    badge = """<html><body style="font-family:Arial,sans-serif;color:#333">
<div style="background:#3c1053;color:#fff;padding:16px;font-size:22px">everyone<b>active</b></div>
<h2>Congratulations! Cerys has moved up to Stage 4</h2>
<p>Cerys has passed all the outcomes for Stage 3 of the Swim England Learn to Swim Programme. Her certificate and badge
will be handed out at her next lesson, and she'll move into the Stage 4 class on Saturdays at 10:00 from next week.</p>
<p>No change to your Direct Debit is needed.</p>
<p style="font-size:11px;color:#777">Everyone Active, Horfield Leisure Centre, Dorian Road, Bristol BS7 0XW</p></body></html>"""
    add(
        when("2026-10-14 18:40"),
        sender,
        "Cerys has moved up a stage!",
        html=badge,
        labels=[name],
        slug="everyone-active-stage",
    )
    camp = """<html><body style="font-family:Arial,sans-serif"><div style="background:#3c1053;color:#fff;padding:16px">everyone<b>active</b></div>
<h1>October half-term activity camps</h1><p>Multi-sport, swimming and trampolining for ages 5&ndash;14 at Horfield Leisure Centre.
Book by the day from £28. Tax-Free Childcare accepted.</p><p><a href="https://www.everyoneactive.com/activity-camps">Book now</a></p>
<p style="font-size:11px">You are receiving this email because you opted in to marketing. <a href="https://www.everyoneactive.com/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    add(
        when("2026-10-02 11:00"),
        ("Everyone Active", "news@email.everyoneactive.com"),
        "Half-term sorted: activity camps from £28 a day",
        html=camp,
        slug="everyone-active-marketing",
        headers={"List-Unsubscribe": "<https://www.everyoneactive.com/unsubscribe>"},
    )


def _adobe_invoice(dt, amount, inv):
    net = round(amount / 1.2, 2)
    vat = round(amount - net, 2)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f5f5f5;font-family:adobe-clean,Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:20px 0">
<tr><td style="padding:24px 32px;border-bottom:1px solid #eaeaea"><span style="color:#eb1000;font-size:24px;font-weight:bold">Adobe</span></td></tr>
<tr><td style="padding:32px;font-size:14px;color:#2c2c2c;line-height:22px">
<p style="font-size:20px;margin-top:0">Your invoice is now available</p>
<p>Hi Sophie,</p><p>Thanks for your payment. Here's a summary of your latest invoice.</p>
<table width="100%" cellpadding="6" cellspacing="0">
<tr><td style="color:#6e6e6e">Invoice number</td><td align="right">{inv}</td></tr>
<tr><td style="color:#6e6e6e">Invoice date</td><td align="right">{dshort(dt.date())}</td></tr>
<tr><td style="color:#6e6e6e">Plan</td><td align="right">Creative Cloud Photography plan (20GB)<br>Annual, billed monthly</td></tr>
<tr><td style="color:#6e6e6e">Subtotal</td><td align="right">{gbp(net)}</td></tr>
<tr><td style="color:#6e6e6e">VAT (20%)</td><td align="right">{gbp(vat)}</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>{gbp(amount)}</b></td></tr>
<tr><td style="color:#6e6e6e">Paid with</td><td align="right">Mastercard ending 2290</td></tr>
</table>
<p><a href="https://account.adobe.com/orders/billing-history" style="color:#1473e6">View and download invoice</a></p>
</td></tr>
<tr><td style="padding:20px 32px;font-size:11px;color:#6e6e6e;background:#fafafa">Adobe Systems Software Ireland Limited,
4-6 Riverwalk, Citywest Business Campus, Dublin 24, Ireland. VAT No. IE6364992H.
Adobe and the Adobe logo are registered trademarks of Adobe in the United States and/or other countries.</td></tr>
</table></td></tr></table></body></html>"""
    add(
        dt,
        ("Adobe", "message@adobe.com"),
        "Your Adobe invoice is now available",
        html=html,
        labels=["Adobe Creative Cloud Photography plan"],
        slug="adobe-invoice",
        msgid_domain="mail.adobe.com",
    )


@company
def adobe():
    name = truth(
        "Adobe Creative Cloud Photography plan",
        ["Adobe", "Adobe Creative Cloud", "Creative Cloud", "Photography plan", "Lightroom"],
        "11.98",
        "monthly",
        "active",
        "2026-12-17",
        "subscription",
    )
    for stamp, amount in [
        ("2025-12-17 09:14", 9.98),
        ("2026-04-17 09:20", 11.98),
        ("2026-08-17 09:08", 11.98),
        ("2026-11-17 09:11", 11.98),
    ]:
        _adobe_invoice(when(stamp, "utc"), amount, digits(10))
    notice = """Hi Sophie,

We're writing to let you know about a change to the price of your Creative Cloud Photography plan (20GB).

Over the past year we've added new features such as Generative Remove and Adaptive Presets in
Lightroom, and Generative Fill in Photoshop. To continue investing in these tools, we're updating the
price of your plan.

  Plan:               Creative Cloud Photography plan (20GB), annual, billed monthly
  Current price:      £9.98/mo (incl. VAT)
  New price:          £11.98/mo (incl. VAT)
  Effective from:     17 March 2026, when your plan renews for another year

You don't need to do anything to keep your plan. If you'd like to change or cancel your plan, you can
do so in your Adobe account before 17 March 2026 without a cancellation fee.

Manage your plan: https://account.adobe.com/plans

The Adobe team

Adobe Systems Software Ireland Limited, 4-6 Riverwalk, Citywest Business Campus, Dublin 24, Ireland.
"""
    add(
        when("2026-02-10 17:02", "utc"),
        ("Adobe", "mail@mail.adobe.com"),
        "Important information about your Creative Cloud plan price",
        text=notice,
        labels=[name],
        slug="adobe-price-change",
        text_cte="7bit" if notice.isascii() else "quoted-printable",
    )
    mkt = """<html><body style="font-family:Helvetica,Arial,sans-serif"><p style="color:#eb1000;font-size:22px"><b>Adobe</b></p>
<h1>Remove distractions in one click</h1><p>Generative Remove in Lightroom now works on whole batches. Clean up a full wedding
gallery in minutes.</p><p><a href="https://www.adobe.com/products/photoshop-lightroom.html">See what's new</a></p>
<p style="font-size:11px">This is a marketing email from Adobe. <a href="https://www.adobe.com/unsubscribe">Unsubscribe</a>.
Adobe Systems Software Ireland Limited, Dublin 24, Ireland.</p></body></html>"""
    add(
        when("2026-06-23 15:00", "utc"),
        ("Adobe Lightroom", "mail@mail.adobe.com"),
        "New in Lightroom: batch Generative Remove",
        html=mkt,
        slug="adobe-marketing",
        headers={"List-Unsubscribe": "<https://www.adobe.com/unsubscribe>"},
    )


@company
def squarespace():
    name = truth(
        "Squarespace",
        ["Squarespace Business plan", "Squarespace website", "sophiemorganphotography.co.uk"],
        "264.00",
        "yearly",
        "active",
        "2027-06-04",
        "subscription",
    )
    site = "sophiemorganphotography.co.uk"
    sender = ("Squarespace", "no-reply@squarespace.com")
    lines = [
        ("Business Plan &ndash; Annual<br><span style='color:#777'>Sophie Morgan Photography</span>", 204.00),
        (f"Domain renewal &ndash; {site}<br><span style='color:#777'>1 year</span>", 16.00),
    ]
    items = "".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #e6e6e6">{a}</td>'
        f'<td style="padding:10px 0;border-bottom:1px solid #e6e6e6;text-align:right">{gbp(b)}</td></tr>'
        for a, b in lines
    )
    tot = f"""<tr><td style="padding:10px 0">VAT (20%)</td><td style="padding:10px 0;text-align:right">{gbp(44.00)}</td></tr>
<tr><td style="padding:10px 0;font-weight:bold">Total</td><td style="padding:10px 0;text-align:right;font-weight:bold">{gbp(264.00)}</td></tr>"""
    renew = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;font-family:Clarkson,Helvetica,sans-serif;background:#fff;color:#000">
<table width="560" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:40px 0 20px;font-size:13px;letter-spacing:3px">SQUARESPACE</td></tr>
<tr><td><h1 style="font-weight:400;font-size:28px">Your subscriptions will renew soon</h1>
<p style="font-size:15px;line-height:24px">Hi Sophie, the following subscriptions for <b>{site}</b> will renew automatically on
<b>4 June 2026</b>. We'll charge the card on file (Mastercard ending in 2290).</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:15px">{items}{tot}</table>
<p style="font-size:15px;line-height:24px">To make changes to your billing, visit the Billing panel in your site's settings.
If you'd like to cancel, you'll need to do so before your renewal date.</p>
<p style="font-size:12px;color:#777;padding-top:30px">Squarespace Ireland Limited, Le Pole House, Ship Street Great, Dublin 8, Ireland.<br>
This is a transactional email about your account.</p></td></tr></table></body></html>"""
    add(
        when("2026-05-21 14:03", "et"),
        sender,
        "Your Squarespace subscriptions will renew soon",
        html=renew,
        labels=[name],
        slug="squarespace-renewal-notice",
        to=SOPHIE_WORK,
    )
    order = digits(5) + "-" + digits(5)
    receipt = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;font-family:Helvetica,sans-serif;background:#fff;color:#000">
<table width="560" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:40px 0 20px;font-size:13px;letter-spacing:3px">SQUARESPACE</td></tr>
<tr><td><h1 style="font-weight:400;font-size:28px">Thanks for your payment</h1>
<p style="font-size:15px">Order #{order} &middot; {dlong(D("2026-06-04"))} &middot; {site}</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:15px">{items}{tot}</table>
<p style="font-size:15px">Paid with Mastercard ending in 2290. Your next renewal date is 4 June 2027.</p>
<p style="font-size:12px;color:#777;padding-top:30px">Squarespace Ireland Limited, Le Pole House, Ship Street Great, Dublin 8, Ireland.
VAT ID IE 9813461A.</p></td></tr></table></body></html>"""
    add(
        when("2026-06-04 03:17", "et"),
        sender,
        f"Your Squarespace receipt (Order #{order})",
        html=receipt,
        text=strip_html(receipt),
        labels=[name],
        slug="squarespace-receipt",
        to=SOPHIE_WORK,
    )
    for stamp, who, mail, msg in [
        (
            "2026-02-11 21:48",
            "Hannah Clarke",
            "hannah.clarke@gmail.com",
            "Hi Sophie! We're getting married at Ashton Court on 12 September and love your work. Are you free, and "
            "what are your prices for a full day?",
        ),
        (
            "2026-09-08 08:15",
            "Gwenllian Pryce",
            "gwen.pryce@btinternet.com",
            "Hello, we'd love a family shoot on the Downs in October half term - two kids and a very silly dog. "
            "Do you have availability?",
        ),
    ]:
        body = f"""Sent via form submission from Sophie Morgan Photography

Name: {who}

Email Address: {mail}

Subject: New enquiry

Message: {msg}

(Sent via Sophie Morgan Photography <https://{site}>)
"""
        add(
            when(stamp, "uk"),
            ("Squarespace", "form-submission@squarespace.info"),
            "Form Submission - Contact - New enquiry",
            text=body,
            slug="squarespace-form",
            to=SOPHIE_WORK,
            headers={"Reply-To": f"{who} <{mail}>"},
        )


def _pixieset_receipt(stamp, inv):
    d = D(stamp[:10])
    nxt = d.replace(month=d.month % 12 + 1, year=d.year + (d.month == 12))
    text = f"""Pixieset

Receipt #{inv}

Hi Sophie,

Thanks for your payment. This is a receipt for your Pixieset subscription.

Plan                 Client Gallery Pro (Monthly)
Billing period       {d:%b} {d.day}, {d.year} - {nxt:%b} {nxt.day}, {nxt.year}
Amount               $20.00 USD
Payment method       Mastercard ending in 2290
Date paid            {d:%b} {d.day}, {d.year}

Your subscription will renew automatically on {nxt:%b} {nxt.day}, {nxt.year}.

Questions about your bill? Visit https://help.pixieset.com or reply to this email.

Pixieset Media Inc. | 1030 West Georgia Street, Vancouver, BC V6E 2Y3, Canada
"""
    add(
        when(stamp, "pt"),
        ("Pixieset", "billing@pixieset.com"),
        f"Your Pixieset receipt #{inv}",
        text=text,
        labels=["Pixieset"],
        slug="pixieset-receipt",
        to=SOPHIE_WORK,
        text_cte="7bit",
    )


@company
def pixieset():
    truth(
        "Pixieset",
        ["Pixieset Client Gallery Pro", "Pixieset Media"],
        "20.00",
        "monthly",
        "active",
        "2026-12-23",
        "subscription",
        currency="USD",
    )
    for stamp in ["2025-12-23 01:12", "2026-03-23 01:15", "2026-07-23 01:09", "2026-10-23 01:14"]:
        _pixieset_receipt(stamp, "PX" + digits(7))
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<p style="font-size:18px"><b>pixieset</b></p>
<p><b>hannahclarke@gmail.com</b> downloaded all photos (412) from the collection <b>Hannah + Tom &ndash; Ashton Court</b>.</p>
<p><a href="https://sophiemorganphotography.pixieset.com/hannahandtom/">View collection activity</a></p>
<p style="font-size:11px;color:#999">You can turn off download notifications in Client Gallery &gt; Settings &gt; Notifications.</p>
</body></html>"""
    add(
        when("2026-10-02 14:22", "pt"),
        ("Pixieset", "notifications@pixieset.com"),
        "New download activity: Hannah + Tom – Ashton Court",
        html=html,
        slug="pixieset-download-activity",
        to=SOPHIE_WORK,
    )


def _gocardless_notice(stamp, amount, collect, ref, mandate_date):
    text = f"""Dear Sophie Morgan,

Harbourside Accountancy Ltd will collect a payment of £{amount:.2f} from your bank account on
{dlong(collect)}.

Payment details
  Amount:          £{amount:.2f}
  Collection date: {dlong(collect)}
  Reference:       {ref}
  Bank account:    Starling Bank, ending ******90

This payment is being collected under the Direct Debit Instruction you set up on {mandate_date}.
It will appear on your bank statement as GC RE HARBOURSIDE ACCO.

If you have any questions about this payment, please contact Harbourside Accountancy Ltd:
accounts@harboursideaccountancy.co.uk, 0117 403 2218.

Your payments are protected by the Direct Debit Guarantee.

GoCardless Ltd, Sutton Yard, 65 Goswell Road, London EC1V 7EN, United Kingdom. GoCardless is
authorised by the Financial Conduct Authority under the Payment Services Regulations 2017
(registered firm 597190) for the provision of payment services.
"""
    add(
        when(stamp),
        ("Harbourside Accountancy Ltd via GoCardless", "payments@gocardless.com"),
        f"Harbourside Accountancy Ltd will collect £{amount:.2f} on {dlong(collect)}",
        text=text,
        labels=["Harbourside Accountancy"],
        slug="gocardless-harbourside",
        to=SOPHIE_WORK,
        headers={"Reply-To": "Harbourside Accountancy Ltd <accounts@harboursideaccountancy.co.uk>"},
    )


@company
def harbourside():
    name = truth(
        "Harbourside Accountancy",
        ["Harbourside Accountancy Ltd", "accountant", "GC RE HARBOURSIDE ACCO"],
        "108.00",
        "monthly",
        "active",
        "2026-12-01",
        "subscription",
    )
    ref = "HARBOURSIDE-" + alnum(6)
    _gocardless_notice("2025-12-29 07:01", 108.00, D("2026-01-02"), ref, "14 April 2024")
    _gocardless_notice("2026-06-26 07:03", 108.00, D("2026-07-01"), ref, "14 April 2024")
    _gocardless_notice("2026-11-26 07:02", 108.00, D("2026-12-01"), ref, "14 April 2024")
    priya = ("Priya Natarajan", "priya@harboursideaccountancy.co.uk")
    eng = """Hi Sophie,

Hope the wedding season prep is going well!

Attached is your engagement letter for 2026/27. Nothing major has changed: our fee stays at £90 + VAT
(£108.00) a month by Direct Debit, which covers your self assessment return, quarterly updates for
Making Tax Digital from April, bookkeeping reviews and your FreeAgent subscription.

Could you sign it through the link in the separate DocuSign email when you get a chance?

One thing for your diary: from 6 April 2026 you'll need to keep digital records and send quarterly
updates through FreeAgent, as your turnover is over the £50,000 threshold. We'll do the
submissions, but please keep uploading receipts as you go.

Best wishes,
Priya

Priya Natarajan FCCA
Director, Harbourside Accountancy Ltd
Unit 4, Paintworks, Arnos Vale, Bristol BS4 3EH | 0117 403 2218
Registered in England and Wales No. 10492285. Regulated by the ACCA.
"""
    add(
        when("2026-03-18 11:42"),
        priya,
        "Engagement letter 2026/27",
        text=eng,
        labels=[name],
        slug="harbourside-engagement-letter",
        to=SOPHIE_WORK,
        msgid_domain="harboursideaccountancy.co.uk",
        pdf="Engagement_Letter_2026-27_Sophie_Morgan.pdf",
    )
    tax = """Hi Sophie,

Your 2025/26 self assessment return is ready for you to check and approve in FreeAgent.

Summary
  Trading profit:                      £38,940
  Income Tax and Class 4 NIC due:      £3,412.60 (balancing payment, due 31 January 2027)
  First payment on account 2026/27:    £1,980.40 (also due 31 January 2027)
  Total to pay HMRC by 31 January:     £5,393.00

Please pay HMRC directly using your UTR as the reference. Our fee for preparing the return is covered
by your monthly fee, so there's nothing extra to pay us.

Once you approve it, we'll file it straight away.

Best wishes,
Priya

Priya Natarajan FCCA
Director, Harbourside Accountancy Ltd
"""
    add(
        when("2026-11-10 16:20"),
        priya,
        "Your 2025/26 tax return is ready to approve",
        text=tax,
        labels=[],
        slug="harbourside-tax-return",
        to=SOPHIE_WORK,
        msgid_domain="harboursideaccountancy.co.uk",
    )


@company
def google_workspace():
    name = truth(
        "Google Workspace",
        ["Google Workspace Business Starter", "G Suite"],
        "8.40",
        "monthly",
        "active",
        "2026-12-01",
        "subscription",
    )
    billing_id = f"{digits(4)}-{digits(4)}-{digits(4)}"
    sender = ("Google Workspace", "payments-noreply@google.com")
    for stamp, month in [
        ("2026-01-01 09:31", "December 2025"),
        ("2026-05-01 09:40", "April 2026"),
        ("2026-11-01 09:33", "October 2026"),
    ]:
        inv = digits(10)
        html = f"""<html><head><meta charset="UTF-8"></head><body style="font-family:Roboto,Arial,sans-serif;color:#202124;font-size:14px">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px 0;font-size:22px;color:#5f6368">Google Workspace</td></tr>
<tr><td><p>Your Google Workspace monthly invoice is available. Please find the PDF document attached at the bottom of this email.</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #dadce0;border-collapse:collapse;width:100%">
<tr><td>Domain</td><td>sophiemorganphotography.co.uk</td></tr>
<tr><td>Billing account ID</td><td>{billing_id}</td></tr>
<tr><td>Invoice number</td><td>{inv}</td></tr>
<tr><td>Summary for</td><td>{month}</td></tr>
<tr><td>Google Workspace Business Starter (Flexible Plan), 1 user</td><td>{gbp(7.00)}</td></tr>
<tr><td>VAT (20%)</td><td>{gbp(1.40)}</td></tr>
<tr><td><b>Total</b></td><td><b>{gbp(8.40)}</b></td></tr>
</table>
<p>You will be charged automatically. Your Mastercard ending in 2290 will be debited.</p>
<p>To view your invoices and payments, go to the <a href="https://admin.google.com/ac/billing">Billing</a> section of the Google Admin console.</p>
<p style="font-size:11px;color:#5f6368">Google Cloud EMEA Limited, 70 Sir John Rogerson's Quay, Dublin 2, Ireland. You have received this
mandatory email service announcement to update you about important changes to your Google Workspace account.</p>
</td></tr></table></body></html>"""
        add(
            when(stamp, "uk"),
            sender,
            "Google Workspace: Your invoice is available for sophiemorganphotography.co.uk",
            html=html,
            labels=[name],
            slug="google-workspace-invoice",
            to=SOPHIE_WORK,
            html_cte="base64",
            pdf=f"{inv}.pdf",
        )
    declined = f"""<html><head><meta charset="UTF-8"></head><body style="font-family:Roboto,Arial,sans-serif;color:#202124">
<p style="font-size:22px;color:#5f6368">Google Workspace</p>
<h2 style="font-weight:400">Action required: your payment was declined</h2>
<p>We couldn't charge your Mastercard ending in 2290 for <b>{gbp(8.40)}</b>, the amount due for June 2026 for
sophiemorganphotography.co.uk (billing account {billing_id}). The card may have expired.</p>
<p>Please update your payment method in the Google Admin console within 7 days to avoid your Google Workspace
services being suspended.</p>
<p><a href="https://admin.google.com/ac/billing">Update payment method</a></p>
<p style="font-size:11px;color:#5f6368">Google Cloud EMEA Limited, 70 Sir John Rogerson's Quay, Dublin 2, Ireland.</p></body></html>"""
    add(
        when("2026-07-02 10:12"),
        sender,
        "Action required: Google Workspace payment declined",
        html=declined,
        labels=[name],
        slug="google-workspace-declined",
        to=SOPHIE_WORK,
        html_cte="base64",
    )
    ok = f"""<html><head><meta charset="UTF-8"></head><body style="font-family:Roboto,Arial,sans-serif;color:#202124">
<p style="font-size:22px;color:#5f6368">Google Workspace</p>
<p>We received your payment of <b>{gbp(8.40)}</b> for sophiemorganphotography.co.uk on 3 July 2026. Thank you.</p>
<p>Billing account ID: {billing_id}<br>Payment method: Mastercard ending in 8812</p>
<p style="font-size:11px;color:#5f6368">Google Cloud EMEA Limited, 70 Sir John Rogerson's Quay, Dublin 2, Ireland.</p></body></html>"""
    add(
        when("2026-07-03 13:05"),
        sender,
        "Google Workspace: Payment received",
        html=ok,
        labels=[name],
        slug="google-workspace-payment-received",
        to=SOPHIE_WORK,
        html_cte="base64",
    )


@company
def dropbox():
    name = truth("Dropbox Plus", ["Dropbox"], "95.88", "yearly", "cancelled", None, "subscription")
    sender = ("Dropbox", "no-reply@dropbox.com")
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:'Sharp Grotesk',Helvetica,Arial,sans-serif;color:#1e1919;font-size:15px">
<table width="560" align="center"><tr><td style="padding:20px 0;color:#0061fe;font-size:24px"><b>Dropbox</b></td></tr>
<tr><td><p>Hi Sophie,</p>
<p>Your Dropbox Plus plan will automatically renew on <b>2 March 2026</b>. We'll charge <b>£95.88</b> (incl. VAT) to your
Visa ending in 4417 for another year.</p>
<p>You don't need to do anything to keep your plan. If you want to make changes, visit your
<a href="https://www.dropbox.com/account/plan">account settings</a>.</p>
<p>Thanks,<br>The Dropbox Team</p>
<p style="font-size:11px;color:#736c64">Dropbox International Unlimited Company, One Park Place, Hatch Street Upper, Dublin 2, Ireland</p>
</td></tr></table></body></html>"""
    add(
        when("2026-02-15 02:40", "pt"),
        sender,
        "Your Dropbox Plus plan will renew soon",
        html=html,
        labels=[name],
        slug="dropbox-renewal-reminder",
    )
    cancel = """Hi Sophie,

We're sorry to see you go. You've cancelled your Dropbox Plus plan.

You'll keep Dropbox Plus until 2 March 2026. After that, your account will change to Dropbox Basic,
which includes 2 GB of storage. You won't be charged again.

You're currently using 612 GB. Once your plan ends, your files will stop syncing to your devices
until you free up space or upgrade again, but you won't lose anything stored in Dropbox.

Changed your mind? You can resubscribe at any time: https://www.dropbox.com/plans

- The Dropbox Team
"""
    add(
        when("2026-02-20 13:26", "pt"),
        sender,
        "You've cancelled your Dropbox Plus plan",
        text=cancel,
        labels=[name],
        slug="dropbox-cancelled",
        text_cte="7bit",
    )
    full = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1e1919"><p style="color:#0061fe;font-size:22px"><b>Dropbox</b></p>
<h2>Your Dropbox is full</h2><p>Files are no longer syncing to your devices. Get 2 TB of space with Dropbox Plus for £7.99/month,
billed yearly.</p><p><a href="https://www.dropbox.com/plans">Upgrade now</a></p>
<p style="font-size:11px">Dropbox International Unlimited Company, Dublin 2, Ireland. <a href="https://www.dropbox.com/account/notifications">Email preferences</a></p>
</body></html>"""
    add(
        when("2026-03-09 18:10", "pt"),
        ("Dropbox", "no-reply@em.dropbox.com"),
        "Your Dropbox is full",
        html=full,
        slug="dropbox-full-upsell",
    )


@company
def club_pret():
    name = truth(
        "Club Pret",
        ["Pret", "Pret A Manger", "Pret subscription", "Club Pret subscription"],
        "5.00",
        "monthly",
        "inactive",
        None,
        "subscription",
    )
    sender = ("Pret A Manger", "clubpret@pret.co.uk")
    welcome = """<html><head><meta charset="utf-8"></head><body style="margin:0;font-family:Georgia,serif;background:#f6f2ee;color:#1c1c1c">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#8c0f2e;color:#fff;padding:20px;font-size:26px;text-align:center">PRET <span style="font-size:14px">A MANGER</span></td></tr>
<tr><td style="padding:28px;font-size:16px;line-height:24px">
<h1 style="font-weight:normal">Welcome to Club Pret, Sophie</h1>
<p>You're in. From today you'll get <b>50% off</b> all made-to-order drinks and 20% off food in Pret shops (up to 5 drinks a day).</p>
<table width="100%" cellpadding="6" style="font-family:Arial,sans-serif;font-size:14px;border-top:1px solid #ddd;border-bottom:1px solid #ddd">
<tr><td>Subscription</td><td align="right">Club Pret (monthly)</td></tr>
<tr><td>Price</td><td align="right">£5.00 a month</td></tr>
<tr><td>Billing date</td><td align="right">6th of each month</td></tr>
<tr><td>Payment card</td><td align="right">Visa ending 4417</td></tr>
</table>
<p>Just scan the QR code in the Pret app at the till. You can cancel any time in the app under Account &gt; Club Pret.</p>
<p style="font-family:Arial,sans-serif;font-size:11px;color:#777">Pret A Manger (Europe) Limited, 75b Verde Building, 10 Bressenden Place,
London SW1E 5DH. Registered in England No. 01854213.</p></td></tr></table></body></html>"""
    add(
        when("2026-01-06 08:12"),
        sender,
        "Welcome to Club Pret",
        html=welcome,
        labels=[name],
        slug="club-pret-welcome",
    )
    receipt = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#1c1c1c">
<div style="background:#8c0f2e;color:#fff;padding:16px;font-size:22px;text-align:center">PRET</div>
<h2>Your Club Pret receipt</h2>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td>Date</td><td>6 March 2026</td></tr><tr><td>Club Pret monthly subscription</td><td>£5.00</td></tr>
<tr><td>of which VAT (20%)</td><td>£0.83</td></tr><tr><td><b>Total charged to Visa ending 4417</b></td><td><b>£5.00</b></td></tr>
<tr><td>Next payment</td><td>6 April 2026</td></tr></table>
<p style="font-size:11px;color:#777">Pret A Manger (Europe) Limited, 10 Bressenden Place, London SW1E 5DH. VAT No. GB 524 3424 73.</p></body></html>"""
    add(
        when("2026-03-06 06:05"),
        sender,
        "Your Club Pret receipt",
        html=receipt,
        labels=[name],
        slug="club-pret-receipt",
    )
    failed = """Hi Sophie,

We couldn't take your Club Pret payment

We tried to take your monthly payment of £5.00 today, but your card ending 4417 was declined.

Please update your payment details in the Pret app by 13 August 2026 to keep your Club Pret benefits.
If we still can't take payment, your subscription will end.

Update card: open the Pret app > Account > Payment methods

Thanks,
The Pret Team

Pret A Manger (Europe) Limited, 10 Bressenden Place, London SW1E 5DH.
"""
    add(
        when("2026-08-06 06:10"),
        sender,
        "Action needed: we couldn't take your Club Pret payment",
        text=failed,
        labels=[name],
        slug="club-pret-payment-failed",
    )
    ended = """Hi Sophie,

Your Club Pret subscription has ended

We weren't able to take your payment of £5.00, so your Club Pret subscription ended on
13 August 2026. You won't be charged again.

We'd love to have you back. You can rejoin in the Pret app whenever you like.

The Pret Team

Pret A Manger (Europe) Limited, 10 Bressenden Place, London SW1E 5DH.
"""
    add(
        when("2026-08-13 06:02"),
        sender,
        "Your Club Pret subscription has ended",
        text=ended,
        labels=[name],
        slug="club-pret-ended",
    )
    mkt = """<html><body style="font-family:Georgia,serif"><div style="background:#8c0f2e;color:#fff;padding:16px;text-align:center">PRET</div>
<h1 style="font-weight:normal">Christmas is back at Pret</h1><p>The Christmas Lunch sandwich, Mince Pie Croissant and Very Berry Hot
Chocolate are in shops now. Rejoin Club Pret and get half price on your festive drinks.</p>
<p style="font-size:11px;font-family:Arial">You are receiving this because you signed up to Pret emails.
<a href="https://www.pret.co.uk/en-GB/unsubscribe">Unsubscribe</a></p></body></html>"""
    add(
        when("2026-11-05 07:30"),
        ("Pret A Manger", "hello@email.pret.co.uk"),
        "🎄 The Christmas menu has landed",
        html=mkt,
        slug="pret-marketing",
        headers={"List-Unsubscribe": "<https://www.pret.co.uk/en-GB/unsubscribe>"},
    )


@company
def disney_plus():
    name = truth(
        "Disney+", ["Disney Plus", "Disney+ Standard"], "9.99", "monthly", "cancelled", None, "subscription"
    )
    news = """<html><body style="background:#040714;color:#f9f9f9;font-family:Avenir,Helvetica,sans-serif">
<p style="font-size:26px;text-align:center">Disney+</p><h1 style="text-align:center">New this December</h1>
<p>Zootropolis 2 arrives on Disney+ on Christmas Eve, plus the new season of Percy Jackson and the Olympians. </p>
<p style="font-size:11px;color:#cacaca">Disney+ is a subscription service of The Walt Disney Company Limited, 3 Queen Caroline Street,
London W6 9PE. <a href="https://www.disneyplus.com/unsubscribe" style="color:#cacaca">Unsubscribe</a></p></body></html>"""
    add(
        when("2025-12-05 17:00"),
        ("Disney+", "disneyplus@mail.disneyplus.com"),
        "New on Disney+ this December",
        html=news,
        slug="disney-plus-newsletter",
        headers={"List-Unsubscribe": "<https://www.disneyplus.com/unsubscribe>"},
    )
    cancel = """<html><head><meta charset="utf-8"></head><body style="background:#040714;color:#f9f9f9;font-family:Avenir,Helvetica,sans-serif">
<table width="560" align="center"><tr><td style="font-size:26px;text-align:center;padding:20px">Disney+</td></tr>
<tr><td style="font-size:15px;line-height:23px">
<p>Hi Sophie,</p>
<p>We're sorry to see you go. This email confirms that your <b>Disney+ Standard</b> subscription (£9.99/month) has been cancelled.</p>
<p>You can continue to watch until <b>14 March 2026</b>, the end of your current billing period. You won't be charged again.</p>
<p>If you change your mind, you can restart your subscription at any time at disneyplus.com/account.</p>
<p>The Disney+ Team</p>
<p style="font-size:11px;color:#cacaca">The Walt Disney Company Limited, 3 Queen Caroline Street, London W6 9PE. Registered in England No. 00530937.</p>
</td></tr></table></body></html>"""
    add(
        when("2026-02-27 21:14"),
        ("Disney+", "disneyplus@trx.mail.disneyplus.com"),
        "Your Disney+ subscription has been cancelled",
        html=cancel,
        text=strip_html(cancel),
        labels=[name],
        slug="disney-plus-cancelled",
    )
    back = """<html><body style="background:#040714;color:#f9f9f9;font-family:Avenir,Helvetica,sans-serif">
<p style="font-size:26px;text-align:center">Disney+</p><h1 style="text-align:center">We miss you, Sophie</h1>
<p style="text-align:center">Come back to Disney+ Standard with Ads for just £1.99 a month for 3 months. Then £5.99 a month. Cancel any time.</p>
<p style="font-size:11px;color:#cacaca">Offer ends 30 June 2026. <a href="https://www.disneyplus.com/unsubscribe" style="color:#cacaca">Unsubscribe</a></p></body></html>"""
    add(
        when("2026-06-10 18:30"),
        ("Disney+", "disneyplus@mail.disneyplus.com"),
        "Come back to Disney+ for £1.99 a month",
        html=back,
        slug="disney-plus-winback",
        headers={"List-Unsubscribe": "<https://www.disneyplus.com/unsubscribe>"},
    )


@company
def netflix():
    name = truth("Netflix", ["Netflix Standard"], "12.99", "monthly", "active", "2026-12-09", "subscription")
    sender = ("Netflix", "info@account.netflix.com")
    changed = """<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;color:#221f1f;font-size:16px">
<table width="500" align="center"><tr><td style="color:#e50914;font-size:30px;font-weight:bold;padding:20px 0">NETFLIX</td></tr>
<tr><td><h1 style="font-size:28px">Your plan has changed</h1>
<p>Hi Sophie,</p><p>You've changed your plan to <b>Standard</b>. You can enjoy ad-free Netflix on 2 devices at the same time in Full HD.</p>
<table cellpadding="6" style="background:#f3f3f3;width:100%">
<tr><td>Previous plan</td><td>Standard with adverts, £5.99/month</td></tr>
<tr><td>New plan</td><td>Standard, £12.99/month</td></tr>
<tr><td>Starts</td><td>Your new plan starts today. Your next payment of £12.99 will be on 9 January 2026.</td></tr>
</table>
<p>Questions? Visit the <a href="https://help.netflix.com">Help Centre</a>.</p>
<p style="font-size:11px;color:#8c8c8c">Netflix Services UK Limited, 1 Rathbone Square, London W1T 1FB. This account email has been sent to you as part of your Netflix membership.</p>
</td></tr></table></body></html>"""
    add(
        when("2025-12-20 20:41"),
        sender,
        "Your plan has changed",
        html=changed,
        labels=[name],
        slug="netflix-plan-changed",
    )
    declined = """<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;color:#221f1f;font-size:16px">
<table width="500" align="center"><tr><td style="color:#e50914;font-size:30px;font-weight:bold;padding:20px 0">NETFLIX</td></tr>
<tr><td><h1 style="font-size:26px">Update your payment details</h1>
<p>Hi Sophie,</p><p>We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to
update your payment details so you don't lose access to Netflix.</p>
<p><a href="https://www.netflix.com/YourAccountPayment" style="background:#e50914;color:#fff;padding:12px 24px;text-decoration:none">UPDATE ACCOUNT</a></p>
<p style="font-size:11px;color:#8c8c8c">Netflix Services UK Limited, 1 Rathbone Square, London W1T 1FB.</p></td></tr></table></body></html>"""
    add(
        when("2026-04-09 07:22"),
        sender,
        "Your payment was declined",
        html=declined,
        labels=[name],
        slug="netflix-payment-declined",
    )
    updated = """Hi Sophie,

Your payment details have been updated. Thanks!

We've successfully charged £12.99 for your Standard plan to your Mastercard ending 8812.
Your next billing date is 9 May 2026.

The Netflix team

Netflix Services UK Limited, 1 Rathbone Square, London W1T 1FB
"""
    add(
        when("2026-04-10 19:03"),
        sender,
        "Your payment details have been updated",
        text=updated,
        labels=[name],
        slug="netflix-payment-updated",
        text_cte="quoted-printable",
    )
    news = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#000;color:#fff">
<p style="color:#e50914;font-size:28px"><b>NETFLIX</b></p><h2>Now on Netflix: Stranger Things 5, Volume 2</h2>
<p>Plus: Wednesday Season 2 behind the scenes and a new Aardman special for the family.</p>
<p style="font-size:11px;color:#999">You are receiving this email because you are a Netflix member. <a href="https://www.netflix.com/unsubscribe" style="color:#999">Unsubscribe</a></p>
</body></html>"""
    add(
        when("2025-12-26 15:00"),
        ("Netflix", "info@mailer.netflix.com"),
        "Sophie, it's here: the final episodes",
        html=news,
        slug="netflix-newsletter",
        headers={"List-Unsubscribe": "<https://www.netflix.com/unsubscribe>"},
    )


def _spotify_receipt(stamp):
    d = D(stamp[:10])
    nxt = d.replace(month=d.month % 12 + 1, year=d.year + (d.month == 12))
    order = digits(12)
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#121212">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 0;color:#1db954;font-size:24px;font-weight:bold">Spotify</td></tr>
<tr><td><h1 style="font-size:28px">Your receipt</h1>
<p>Hi Sophie, thanks for your payment. Here are the details.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border-top:1px solid #ddd">
<tr><td>Order ID</td><td align="right">{order}</td></tr>
<tr><td>Date</td><td align="right">{dnum(d)}</td></tr>
<tr><td>Premium Family</td><td align="right">£19.99</td></tr>
<tr><td style="color:#777">VAT (20%) included</td><td align="right" style="color:#777">£3.33</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>£19.99</b></td></tr>
<tr><td>Payment method</td><td align="right">Visa •••• 4417</td></tr>
</table>
<p>Your next payment of £19.99 will be on {dnum(nxt)}.</p>
<p style="font-size:11px;color:#888">Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden. VAT GB 188 1224 26.
<a href="https://www.spotify.com/uk/account">Manage your account</a></p></td></tr></table></body></html>"""
    add(
        when(stamp, "uk"),
        ("Spotify", "no-reply@spotify.com"),
        "Your Spotify Premium receipt",
        html=html,
        labels=["Spotify Premium Family"],
        slug="spotify-receipt",
        html_cte="base64",
    )


@company
def spotify():
    truth(
        "Spotify Premium Family",
        ["Spotify", "Spotify Family", "Premium Family"],
        "19.99",
        "monthly",
        "active",
        "2026-12-27",
        "subscription",
    )
    wrapped = """<html><body style="background:#121212;color:#fff;font-family:Helvetica,Arial,sans-serif">
<h1 style="color:#1ed760">Your 2025 Wrapped is here.</h1><p>You listened to 31,204 minutes this year. Your top artist? Cerys Matthews.
Find out the rest in the app.</p><p style="font-size:11px;color:#aaa">Spotify AB, Regeringsgatan 19, Stockholm.
<a href="https://www.spotify.com/uk/account/notifications/" style="color:#aaa">Unsubscribe</a></p></body></html>"""
    add(
        when("2025-12-03 13:00"),
        ("Spotify", "no-reply@alerts.spotify.com"),
        "Your 2025 Wrapped is ready 🎧",
        html=wrapped,
        slug="spotify-wrapped",
        headers={"List-Unsubscribe": "<https://www.spotify.com/uk/account/notifications/>"},
    )
    for stamp in ["2026-01-27 04:12", "2026-06-27 04:10", "2026-10-27 04:15"]:
        _spotify_receipt(stamp)


@company
def amazon():
    name = truth(
        "Amazon Prime",
        ["Prime", "Amazon Prime membership"],
        "95.00",
        "yearly",
        "active",
        "2027-07-08",
        "subscription",
    )
    prime = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#0f1111">
<table width="600" align="center"><tr><td style="padding:12px 0"><b style="font-size:22px">amazon</b> <span style="color:#00a8e1"><b>prime</b></span></td></tr>
<tr><td><p>Hello Sophie Morgan,</p>
<p>Thank you for being a Prime member. This is a reminder that your annual Prime membership will renew on <b>8 July 2026</b>.</p>
<table cellpadding="6" style="background:#f7f7f7;width:100%">
<tr><td>Membership</td><td>Amazon Prime (annual)</td></tr>
<tr><td>Renewal price</td><td>£95.00 (incl. VAT)</td></tr>
<tr><td>Payment method</td><td>Visa ending in 4417</td></tr></table>
<p>If you don't want to renew, you can end your membership in Your Account &gt; Prime Membership before 8 July 2026.</p>
<p style="font-size:11px;color:#565959">Amazon EU S.à r.l., UK Branch, 1 Principal Place, Worship Street, London EC2A 2FA.
This email was sent from a notification-only address that cannot accept incoming email.</p></td></tr></table></body></html>"""
    add(
        when("2026-06-24 10:22"),
        ("Amazon.co.uk", "prime@amazon.co.uk"),
        "Your Amazon Prime membership will renew soon",
        html=prime,
        text=strip_html(prime),
        labels=[name],
        slug="amazon-prime-renewal",
    )
    day = """<html><body style="font-family:Arial,sans-serif"><p><b>amazon</b> <span style="color:#00a8e1">prime day</span></p>
<h1>Prime Day is 7&ndash;10 July</h1><p>Early deals are live now on Kindle, Echo and Ring devices. Exclusively for Prime members.</p>
<p style="font-size:11px">Amazon.co.uk. <a href="https://www.amazon.co.uk/gp/gss/o">Unsubscribe</a> from these emails.</p></body></html>"""
    add(
        when("2026-07-01 06:00"),
        ("Amazon.co.uk", "store-news@amazon.co.uk"),
        "Prime Day starts 7 July: early deals inside",
        html=day,
        slug="amazon-prime-day-marketing",
        headers={"List-Unsubscribe": "<https://www.amazon.co.uk/gp/gss/o>"},
    )
    for stamp, item, price, delivery in [
        (
            "2026-02-16 21:03",
            "Manfrotto 190X Aluminium 3-Section Tripod with 3-Way Head",
            179.99,
            "Wednesday 18 February",
        ),
        ("2026-11-20 22:41", "LEGO Friends Heartlake City Hospital 42621", 54.99, "Sunday 22 November"),
    ]:
        order = f"20{digits(1)}-{digits(7)}-{digits(7)}"
        html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#0f1111">
<table width="600" align="center"><tr><td><b style="font-size:22px">amazon</b>.co.uk</td><td align="right">Order Confirmation</td></tr>
<tr><td colspan="2"><p>Hello Sophie Morgan,</p><p>Thank you for your order. We'll send a confirmation when your item ships.</p>
<p>Arriving: <b>{delivery}</b><br>Ship to: Sophie Morgan, Bristol, BS7 9JN</p>
<table width="100%" cellpadding="6" style="border-top:1px solid #ddd">
<tr><td>Order #{order}</td><td></td></tr>
<tr><td>{item}<br>Sold by: Amazon EU S.a.r.l.</td><td align="right">{gbp(price)}</td></tr>
<tr><td>Postage &amp; Packing</td><td align="right">£0.00</td></tr>
<tr><td><b>Order Total</b></td><td align="right"><b>{gbp(price)}</b></td></tr></table>
<p style="font-size:11px;color:#565959">Prices include VAT. This email was sent from a notification-only address.
Amazon EU S.à r.l., UK Branch, 1 Principal Place, London EC2A 2FA.</p></td></tr></table></body></html>"""
        add(
            when(stamp),
            ("Amazon.co.uk", "auto-confirm@amazon.co.uk"),
            f"Your Amazon.co.uk order #{order}",
            html=html,
            text=strip_html(html),
            slug="amazon-order",
        )
    HARD_NEGATIVES.extend(
        ["Manfrotto 190X Aluminium 3-Section Tripod", "LEGO Friends Heartlake City Hospital"]
    )


def _apple_receipt(stamp, section, item, sub, price, vat, renews=None):
    d = D(stamp[:10])
    order, doc = "M" + alnum(9), digits(12)
    ren = f"<br>Renews {dshort(renews)}" if renews else ""
    ren_t = f"\nRenews {dshort(renews)}" if renews else ""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>a{{color:#0070c9;text-decoration:none}} table{{border-collapse:collapse}}</style></head>
<body style="margin:0;font-family:'SF Pro Text',Helvetica,Arial,sans-serif;font-size:12px;color:#333">
<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:30px 0 10px;font-size:32px;color:#666">Receipt</td></tr>
<tr><td><table width="100%" style="background:#fafafa;border:1px solid #eee">
<tr><td style="padding:8px"><span style="color:#666;font-size:10px">APPLE ACCOUNT</span><br>sophie.morgan.bris@gmail.com</td>
<td style="padding:8px"><span style="color:#666;font-size:10px">DATE</span><br>{dshort(d)}</td>
<td style="padding:8px" rowspan="2"><span style="color:#666;font-size:10px">BILLED TO</span><br>Visa .... 4417<br>Sophie Morgan<br>27 Ashley Down Road<br>Bristol<br>BS7 9JN<br>GBR</td></tr>
<tr><td style="padding:8px"><span style="color:#666;font-size:10px">ORDER ID</span><br>{order}</td>
<td style="padding:8px"><span style="color:#666;font-size:10px">DOCUMENT NO.</span><br>{doc}</td></tr></table></td></tr>
<tr><td style="padding:14px 0 4px;font-size:14px;background:#fafafa"><b>{section}</b></td></tr>
<tr><td><table width="100%"><tr><td style="padding:10px 0"><b>{item}</b><br><span style="color:#666">{sub.replace(chr(10), "<br>")}{ren}</span><br>
<a href="https://reportaproblem.apple.com">Report a Problem</a></td><td align="right" style="font-size:12px"><b>{gbp(price)}</b></td></tr>
<tr><td align="right" style="border-top:1px solid #eee;padding:6px 0">Subtotal</td><td align="right" style="border-top:1px solid #eee">{gbp(price - vat)}</td></tr>
<tr><td align="right" style="padding:6px 0">VAT charged at 20%</td><td align="right">{gbp(vat)}</td></tr>
<tr><td align="right" style="border-top:1px solid #eee;padding:6px 0"><b>TOTAL</b></td><td align="right" style="border-top:1px solid #eee"><b>{gbp(price)}</b></td></tr></table></td></tr>
<tr><td style="padding:20px 0;color:#666;font-size:11px">Get help with subscriptions and purchases. <a href="https://support.apple.com/billing">Visit Apple Support</a>.<br>
Apple Distribution International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, Republic of Ireland. VAT No. GB 117 223 643<br>
<a href="https://www.apple.com/uk/legal/internet-services/itunes/uk/terms.html">Terms of Sale</a> &bull; <a href="https://www.apple.com/legal/privacy/">Privacy Policy</a><br>
Copyright &copy; 2026 Apple Distribution International Ltd. All rights reserved</td></tr>
</table></body></html>"""
    text = f"""Receipt

APPLE ACCOUNT
sophie.morgan.bris@gmail.com

BILLED TO
Visa .... 4417
Sophie Morgan
27 Ashley Down Road
Bristol
BS7 9JN
GBR

DATE                 {dshort(d)}
ORDER ID             {order}
DOCUMENT NO.         {doc}

{section}
------------------------------------------------------------
{item:<50}{gbp(price):>10}
{sub}{ren_t}

                                   Subtotal     {gbp(price - vat)}
                         VAT charged at 20%     {gbp(vat)}
------------------------------------------------------------
                                      TOTAL     {gbp(price)}

Get help with subscriptions and purchases. Visit Apple Support.
https://support.apple.com/billing

Apple Distribution International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, Republic of Ireland.
"""
    return text, html


@company
def apple():
    name = truth(
        "iCloud+",
        ["iCloud", "Apple iCloud+", "iCloud+ with 2 TB storage", "iCloud storage"],
        "8.99",
        "monthly",
        "active",
        "2026-12-18",
        "subscription",
    )
    sender = ("Apple", "no_reply@email.apple.com")
    for stamp, size, price, vat, renews in [
        ("2025-12-05 11:40", "200 GB", 2.99, 0.50, D("2026-01-05")),
        ("2026-02-05 11:38", "200 GB", 2.99, 0.50, D("2026-03-05")),
        ("2026-06-18 09:02", "2 TB", 8.99, 1.50, D("2026-07-18")),
        ("2026-10-18 09:05", "2 TB", 8.99, 1.50, D("2026-11-18")),
    ]:
        text, html = _apple_receipt(
            stamp, "iCloud", f"iCloud+ with {size} storage", "iCloud+ (Monthly)", price, vat, renews
        )
        add(
            when(stamp, "utc"),
            sender,
            "Your receipt from Apple.",
            text=text,
            html=html,
            labels=[name],
            slug="apple-receipt-icloud",
            msgid_domain="email.apple.com",
        )
    conf = """Subscription Confirmation

Dear Sophie,

You've upgraded your iCloud+ storage plan. Your new plan starts today and you'll be charged a
prorated amount for the rest of this billing period.

Subscription          iCloud+
Plan                  iCloud+ with 2 TB storage (Monthly)
Content Provider      Apple
Price                 £8.99/month
Renews                18 Apr 2026

Your subscription will automatically renew until you cancel. To manage your subscriptions or to
cancel, go to Settings > [your name] > Subscriptions on your iPhone, at least one day before each
renewal date.

Regards,
Apple

Apple Distribution International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, Republic of Ireland.
"""
    add(
        when("2026-03-18 21:15", "utc"),
        sender,
        "Your Subscription Confirmation",
        text=conf,
        labels=[name],
        slug="apple-subscription-confirmation",
        msgid_domain="email.apple.com",
    )
    text, html = _apple_receipt(
        "2026-08-09 14:20",
        "App Store",
        "Toca Boca World: Bop City",
        "In-App Purchase\nCerys's iPad",
        3.99,
        0.67,
    )
    add(
        when("2026-08-09 14:20", "utc"),
        sender,
        "Your receipt from Apple.",
        text=text,
        html=html,
        slug="apple-receipt-app-store",
        msgid_domain="email.apple.com",
    )
    HARD_NEGATIVES.append("Toca Boca World")


@company
def nintendo():
    name = truth(
        "Nintendo Switch Online",
        ["Nintendo Switch Online Family Membership", "Nintendo Switch Online + Family", "Nintendo", "NSO"],
        "31.49",
        "yearly",
        "active",
        "2026-12-25",
        "subscription",
    )
    sender = ("Nintendo", "no-reply@accounts.nintendo.com")
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#e60012;padding:14px;color:#fff;font-size:22px"><b>Nintendo</b></td></tr>
<tr><td style="padding:20px"><p>Dear Sophie,</p><p>Thank you for your purchase from Nintendo eShop.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #ddd;border-collapse:collapse">
<tr style="background:#f5f5f5"><td>Date of purchase</td><td>25/12/2025 09:41</td></tr>
<tr><td>Order number</td><td>{digits(16)}</td></tr>
<tr><td>Item</td><td>Nintendo Switch Online – 12 Month Family Membership</td></tr>
<tr><td>Price</td><td>£31.49 (incl. VAT)</td></tr>
<tr><td>Payment method</td><td>PayPal</td></tr>
<tr><td>Automatic renewal</td><td>On – your membership will automatically renew on 25/12/2026</td></tr>
</table>
<p>You can change the automatic renewal setting at any time from Shop Menu on your Nintendo Switch or on the Nintendo Account website.</p>
<p style="font-size:11px;color:#777">Nintendo of Europe SE, Goldsteinstraße 235, 60528 Frankfurt, Germany. This email address is for sending only.</p>
</td></tr></table></body></html>"""
    add(
        when("2025-12-25 09:42", "cet"),
        sender,
        "Thank you for your purchase",
        html=html,
        labels=[name],
        slug="nintendo-eshop-nso",
        to=SOPHIE,
    )
    pp = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2c2e2f">
<table width="600" align="center"><tr><td style="padding:16px 0;color:#003087;font-size:24px"><b>PayPal</b></td></tr>
<tr><td><p>Hello Sophie Morgan,</p><p>You sent an automatic payment of £31.49 GBP to Nintendo of Europe SE.</p>
<table cellpadding="6" width="100%" style="border-top:1px solid #ccc">
<tr><td>Transaction ID</td><td>{alnum(17)}</td></tr><tr><td>Transaction date</td><td>25 December 2025</td></tr>
<tr><td>Merchant</td><td>Nintendo of Europe SE<br>nintendo-eshop@nintendo.de</td></tr>
<tr><td>Description</td><td>Nintendo Switch Online – 12 Month Family Membership</td></tr>
<tr><td>Amount</td><td>£31.49 GBP</td></tr><tr><td>Funding source</td><td>Visa Debit x-4417</td></tr></table>
<p>It may take a few moments for this transaction to appear in your account.</p>
<p style="font-size:11px;color:#777">PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg. Please don't reply to this email.</p>
</td></tr></table></body></html>"""
    add(
        when("2025-12-25 08:43", "utc"),
        ("service@paypal.co.uk", "service@paypal.co.uk"),
        "Receipt for your payment to Nintendo of Europe SE",
        html=pp,
        labels=[name],
        slug="paypal-nintendo",
    )
    game = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="background:#e60012;padding:14px;color:#fff;font-size:22px"><b>Nintendo</b></div>
<p>Dear Sophie,</p><p>Thank you for your purchase from Nintendo eShop.</p>
<table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
<tr><td>Date of purchase</td><td>15/08/2026 19:02</td></tr><tr><td>Order number</td><td>{digits(16)}</td></tr>
<tr><td>Item</td><td>Donkey Kong Bananza</td></tr><tr><td>Price</td><td>£66.99 (incl. VAT)</td></tr>
<tr><td>Payment method</td><td>PayPal</td></tr></table>
<p style="font-size:11px;color:#777">Nintendo of Europe SE, Goldsteinstraße 235, 60528 Frankfurt, Germany.</p></body></html>"""
    add(
        when("2026-08-15 20:03", "cet"),
        sender,
        "Thank you for your purchase",
        html=game,
        slug="nintendo-eshop-game",
    )
    HARD_NEGATIVES.append("Donkey Kong Bananza")
    remind = """Dear Sophie,

Your Nintendo Switch Online membership will be automatically renewed

Membership:          Nintendo Switch Online – 12 Month Family Membership
Renewal date:        25/12/2026
Price:               £31.49 (incl. VAT)
Payment method:      PayPal

The amount will be charged on the renewal date. If you don't want your membership to renew,
turn off automatic renewal on the Nintendo Account website at least 24 hours before that date.

Nintendo of Europe SE, Goldsteinstraße 235, 60528 Frankfurt, Germany
"""
    add(
        when("2026-11-25 10:00", "cet"),
        sender,
        "Your Nintendo Switch Online membership will be automatically renewed",
        text=remind,
        labels=[name],
        slug="nintendo-nso-renewal-reminder",
    )


def _play_receipt(stamp, order, item, price, vat, sub=True):
    d = D(stamp[:10])
    per = "/month" if sub else ""
    html = f"""<html><head><meta charset="UTF-8"></head><body style="font-family:Roboto,Arial,sans-serif;color:#202124;font-size:14px">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 0;font-size:20px;color:#5f6368">Google Play</td></tr>
<tr><td><p style="font-size:18px">Thank you.</p>
<p>You've made a purchase from the Google Play Store on {dshort(d)}. Your payment details are below.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border-top:1px solid #dadce0">
<tr><td>Order number:</td><td>{order}</td></tr>
<tr><td>Order date:</td><td>{dshort(d)} {stamp[11:]}:{RNG.randrange(10, 59)} GMT</td></tr>
<tr><td>Your account:</td><td>sophie.morgan.bris@gmail.com</td></tr>
<tr><td><b>Item</b></td><td align="right"><b>Price</b></td></tr>
<tr><td>{item}<br><span style="color:#5f6368">{"Auto-renewing subscription" if sub else "In-app purchase"}</span></td><td align="right">{gbp(price)}{per}</td></tr>
<tr><td>VAT (20%):</td><td align="right">{gbp(vat)}</td></tr>
<tr><td><b>Total:</b></td><td align="right"><b>{gbp(price)}{per}</b></td></tr>
<tr><td>Payment method:</td><td align="right">Visa-4417</td></tr></table>
{"<p>You can cancel your subscription at any time in Google Play &gt; Payments &amp; subscriptions.</p>" if sub else ""}
<p style="font-size:11px;color:#5f6368">Google Commerce Limited, Gordon House, Barrow Street, Dublin 4, Ireland. Seller: Roblox Corporation.
Family payment method used for a purchase by Osian (family member).</p></td></tr></table></body></html>"""
    add(
        when(stamp, "utc"),
        ("Google Play", "googleplay-noreply@google.com"),
        f"Your Google Play Order Receipt from {dshort(d)}",
        html=html,
        labels=["Roblox Premium"] if sub else [],
        slug="google-play-receipt",
        html_cte="base64",
    )


@company
def roblox():
    name = truth(
        "Roblox Premium",
        ["Roblox", "Roblox Premium 450"],
        "4.99",
        "monthly",
        "active",
        "2026-12-14",
        "subscription",
    )
    req = """<html><head><meta charset="UTF-8"></head><body style="font-family:Roboto,Arial,sans-serif;color:#202124">
<p style="font-size:20px;color:#5f6368">Google Family Link</p>
<h2 style="font-weight:400">Osian wants to buy something on Google Play</h2>
<table cellpadding="6"><tr><td>Item</td><td>Roblox Premium 450 (Roblox)</td></tr><tr><td>Price</td><td>£4.99/month, auto-renewing subscription</td></tr></table>
<p>You can approve or deny this request in the Family Link app or on your child's device.</p>
<p style="font-size:11px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p></body></html>"""
    add(
        when("2026-02-14 17:02", "utc"),
        ("Google Family Link", "families-noreply@google.com"),
        "Purchase request from Osian",
        html=req,
        labels=[name],
        slug="google-family-link-request",
        html_cte="base64",
    )
    base = f"GPA.33{digits(2)}-{digits(4)}-{digits(4)}-{digits(5)}"
    _play_receipt("2026-02-14 17:05", base, "Roblox Premium 450 (Roblox)", 4.99, 0.83)
    _play_receipt(
        "2026-04-03 18:31",
        f"GPA.33{digits(2)}-{digits(4)}-{digits(4)}-{digits(5)}",
        "800 Robux (Roblox)",
        9.99,
        1.67,
        sub=False,
    )
    _play_receipt("2026-06-14 17:06", base + "..3", "Roblox Premium 450 (Roblox)", 4.99, 0.83)
    _play_receipt("2026-11-14 17:05", base + "..8", "Roblox Premium 450 (Roblox)", 4.99, 0.83)
    HARD_NEGATIVES.append("800 Robux")


def _abel_order(stamp, delivery, items):
    total = round(sum(p for _, p in items), 2)
    rows_html = "".join(
        f'<tr><td style="padding:6px 0;border-bottom:1px dotted #c9c2b3">{a}</td>'
        f'<td style="padding:6px 0;border-bottom:1px dotted #c9c2b3;text-align:right">{gbp(p)}</td></tr>'
        for a, p in items
    )
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f7f3ea;font-family:Georgia,'Times New Roman',serif;color:#2f3a2f">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fffdf8">
<tr><td style="padding:22px;text-align:center;font-size:28px;color:#2f5d34">Abel &amp; Cole</td></tr>
<tr><td style="padding:0 28px 24px;font-size:15px;line-height:23px">
<p>Hello Sophie,</p>
<p>Your order for <b>{dday(delivery)}</b> is all set. Here's what's coming:</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px">{rows_html}
<tr><td style="padding:6px 0">Delivery</td><td style="padding:6px 0;text-align:right">Free</td></tr>
<tr><td style="padding:6px 0"><b>Order total</b></td><td style="padding:6px 0;text-align:right"><b>{gbp(total)}</b></td></tr></table>
<p>We'll take payment from your card ending 4417 after your delivery. You can still add extras or skip until 11:59pm, two days
before your delivery day.</p>
<p>Your regular order: Medium Organic Fruit &amp; Veg Box, every week on Thursday.</p>
<p style="font-family:Arial,sans-serif;font-size:11px;color:#7b7b6f">Abel &amp; Cole Ltd, 8-15 MGI Estate, Milkwood Road, London SE24 0JF.
Registered in England No. 02582356. <a href="https://www.abelandcole.co.uk/account">Manage your deliveries</a></p>
</td></tr></table></body></html>"""
    add(
        when(stamp),
        ("Abel & Cole", "hello@abelandcole.co.uk"),
        f"Your order for {delivery:%A} {delivery.day} {delivery:%B}",
        html=html,
        labels=["Abel & Cole"],
        slug="abel-cole-order",
    )


def _abel_skip(stamp, delivery, reason_line):
    text = f"""Hello Sophie,

You've skipped your delivery on {dday(delivery)}.

No box that week, and you won't be charged. {reason_line}

Your regular order (Medium Organic Fruit & Veg Box, weekly on Thursday) will pick up again
the week after.

Changed your mind? You can unskip in your account until 11:59pm two days before delivery.

Love,
Abel & Cole

Abel & Cole Ltd, 8-15 MGI Estate, Milkwood Road, London SE24 0JF
"""
    add(
        when(stamp),
        ("Abel & Cole", "hello@abelandcole.co.uk"),
        f"Delivery skipped: {delivery:%A} {delivery.day} {delivery:%B}",
        text=text,
        labels=["Abel & Cole"],
        slug="abel-cole-skipped",
    )


@company
def abel_cole():
    truth(
        "Abel & Cole",
        ["Abel and Cole", "Abel & Cole organic box", "Medium Organic Fruit & Veg Box"],
        "26.25",
        "weekly",
        "active",
        "2026-12-03",
        "subscription",
    )
    box = ("Medium Organic Fruit &amp; Veg Box", 26.25)
    _abel_order(
        "2025-12-15 18:05",
        D("2025-12-18"),
        [
            box,
            ("Organic Brussels Sprouts on the Stalk", 3.50),
            ("Organic Free-Range Turkey Crown (1.6kg)", 54.00),
            ("Organic Clementines (1kg)", 3.95),
        ],
    )
    _abel_skip("2025-12-22 10:14", D("2026-01-01"), "Happy New Year!")
    _abel_order("2026-03-02 18:03", D("2026-03-05"), [box, ("Organic Whole Milk (4 pints)", 2.45)])
    _abel_skip("2026-08-02 20:40", D("2026-08-06"), "Have a lovely break.")
    _abel_order("2026-09-14 18:02", D("2026-09-17"), [box])
    _abel_order("2026-11-23 18:04", D("2026-11-26"), [box])
    news = """<html><body style="font-family:Georgia,serif;background:#f7f3ea;color:#2f3a2f">
<p style="font-size:26px;color:#2f5d34;text-align:center">Abel &amp; Cole</p>
<h2>What's good this October</h2><p>Crown Prince squash from Norfolk, Cox apples from Kent and the first of the cavolo nero. Plus: our
easy squash and sage risotto, ready in 30 minutes.</p>
<p style="font-size:11px;font-family:Arial">You're getting this because you're an Abel &amp; Cole customer.
<a href="https://www.abelandcole.co.uk/unsubscribe">Unsubscribe</a></p></body></html>"""
    add(
        when("2026-10-09 07:00"),
        ("Abel & Cole", "news@mail.abelandcole.co.uk"),
        "Squash season is here 🎃",
        html=news,
        slug="abel-cole-newsletter",
        headers={"List-Unsubscribe": "<https://www.abelandcole.co.uk/unsubscribe>"},
    )


@company
def national_trust():
    name = truth(
        "National Trust",
        ["National Trust membership", "National Trust Family membership"],
        "166.80",
        "yearly",
        "active",
        "2027-04-05",
        "subscription",
    )
    member = digits(11)
    sender = ("National Trust", "membership@nationaltrust.org.uk")
    welcome = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;font-family:Arial,sans-serif;color:#1b1b1b;background:#f0ede4">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px;font-size:22px;color:#007a3d"><b>National Trust</b></td></tr>
<tr><td style="padding:0 24px 24px;font-size:15px;line-height:23px">
<h1 style="font-weight:normal">Welcome to the National Trust, Sophie</h1>
<p>Thank you for joining us at Tyntesfield today. Your membership helps us look after nature, beauty and history for everyone, for ever.</p>
<table width="100%" cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
<tr><td>Membership number</td><td>{member}</td></tr>
<tr><td>Membership type</td><td>Family (two adults and children/grandchildren under 18)</td></tr>
<tr><td>Members</td><td>Mrs Sophie Morgan, Mr Rhys Morgan, Osian Morgan, Cerys Morgan</td></tr>
<tr><td>Payment</td><td>£166.80 a year by annual Direct Debit</td></tr>
<tr><td>Start date</td><td>5 April 2026</td></tr>
</table>
<p>We'll collect your first annual payment of £166.80 on or shortly after 15 April 2026. Your membership will then renew automatically
each year on 5 April, and we'll write to you before each renewal.</p>
<p>Your membership cards and handbook will arrive by post within 21 days. Until then, show this email or use the National Trust app.</p>
<p style="font-size:11px;color:#666">National Trust, Heelis, Kemble Drive, Swindon SN2 2NA. Registered charity no. 205846.</p>
</td></tr></table></body></html>"""
    add(
        when("2026-04-05 15:30"),
        sender,
        "Welcome to the National Trust",
        html=welcome,
        text=strip_html(welcome),
        labels=[name],
        slug="national-trust-welcome",
    )
    cards = f"""Dear Mrs Morgan,

Good news: your membership cards are on their way and should arrive within 5 working days,
together with your 2026 Members' Handbook.

Membership number: {member}
Membership: Family (annual Direct Debit)

Remember to scan your card every time you visit, so we know how many members visit each place.

With best wishes,
Supporter Services
National Trust

National Trust, PO Box 574, Rotherham S63 3FH. Registered charity no. 205846.
"""
    add(
        when("2026-04-24 09:18"),
        sender,
        "Your membership cards are on their way",
        text=cards,
        labels=[name],
        slug="national-trust-cards",
    )
    autumn = """<html><body style="font-family:Arial,sans-serif;color:#1b1b1b"><p style="color:#007a3d;font-size:22px"><b>National Trust</b></p>
<h1 style="font-weight:normal">Autumn days out near you</h1><p>Conker hunts at Tyntesfield, deer rutting at Dyrham Park and apple
weekends at Barrington Court. Free for members.</p>
<p style="font-size:11px">You're receiving this email because you're a National Trust member. <a href="https://www.nationaltrust.org.uk/unsubscribe">Unsubscribe</a></p></body></html>"""
    add(
        when("2026-09-25 12:00"),
        ("National Trust", "news@email.nationaltrust.org.uk"),
        "Your autumn adventures start here",
        html=autumn,
        slug="national-trust-newsletter",
        headers={"List-Unsubscribe": "<https://www.nationaltrust.org.uk/unsubscribe>"},
    )
    appeal = """<html><body style="font-family:Arial,sans-serif;color:#1b1b1b"><p style="color:#007a3d;font-size:22px"><b>National Trust</b></p>
<h1 style="font-weight:normal">Will you help us repair storm damage this winter?</h1>
<p>Last winter's storms brought down more than 600 trees on our land in the South West. A gift of £10 could pay for a new oak sapling.</p>
<p><a href="https://www.nationaltrust.org.uk/donate">Make a donation</a></p>
<p style="font-size:11px">National Trust, registered charity no. 205846. <a href="https://www.nationaltrust.org.uk/unsubscribe">Unsubscribe</a></p></body></html>"""
    add(
        when("2026-11-19 12:00"),
        ("National Trust", "appeals@email.nationaltrust.org.uk"),
        "Sophie, can you help us replant after the storms?",
        html=appeal,
        slug="national-trust-appeal",
        headers={"List-Unsubscribe": "<https://www.nationaltrust.org.uk/unsubscribe>"},
    )
    HARD_NEGATIVES.append("National Trust winter appeal donation")


# =========================================================================== not subscriptions


@company
def hmrc():
    sender = ("HM Revenue and Customs", "noreply@e-notifications.hmrc.gov.uk")
    t1 = """Dear Sophie Morgan

Your Self Assessment tax return for the 2024 to 2025 tax year, and any tax you owe, must reach us by
31 January 2026.

If you've already sent your return, you do not need to do anything.

To file or check your return, sign in to your HMRC online account. Search 'HMRC online services'
on GOV.UK.

HMRC will never ask you for personal or financial information by email or text. If you get a
message like this, it's a scam.

HM Revenue and Customs
"""
    add(
        when("2026-01-14 10:05"),
        sender,
        "Self Assessment: the deadline is 31 January",
        text=t1,
        slug="hmrc-self-assessment-reminder",
        text_cte="7bit",
    )
    t2 = """Dear Sophie Morgan

Making Tax Digital for Income Tax starts on 6 April 2026

Our records show your qualifying income from self-employment and property was more than £50,000 in
the 2024 to 2025 tax year. This means you must use Making Tax Digital for Income Tax from
6 April 2026.

You'll need to:
- keep digital records of your income and expenses
- use compatible software to send us quarterly updates
- submit your tax return using the software by 31 January 2028

If you have an agent, such as an accountant, they can sign you up and send updates for you.

Find out more: search 'Making Tax Digital for Income Tax' on GOV.UK.

HM Revenue and Customs
"""
    add(
        when("2026-02-24 09:30"),
        sender,
        "You need to use Making Tax Digital for Income Tax from April",
        text=t2,
        slug="hmrc-mtd-letter",
        to=SOPHIE_WORK,
        text_cte="7bit",
    )
    HARD_NEGATIVES.extend(["HMRC", "HM Revenue and Customs", "Self Assessment"])


@company
def etsy():
    order = digits(10)
    sale = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Graphik,Helvetica,Arial,sans-serif;color:#222;font-size:15px">
<table width="600" align="center"><tr><td style="color:#f1641e;font-size:26px;padding:16px 0">Etsy</td></tr>
<tr><td><h1 style="font-size:24px">You made a sale on Etsy! 🎉</h1>
<p>Ship by <b>17 Nov 2026</b> to Laura Bennett, Harrogate.</p>
<table width="100%" cellpadding="6" style="border-top:1px solid #ddd">
<tr><td>Order number</td><td align="right">#{order}</td></tr>
<tr><td>Clifton Suspension Bridge at Dawn &ndash; Giclée Print, A3</td><td align="right">£35.00</td></tr>
<tr><td>Shipping (Royal Mail Tracked 48)</td><td align="right">£4.50</td></tr>
<tr><td><b>Order total</b></td><td align="right"><b>£39.50</b></td></tr></table>
<p>Shop: SophieMorganPrints</p>
<p style="font-size:11px;color:#595959">Etsy Ireland UC, One Le Pole Square, Ship Street Great, Dublin 8, Ireland.</p></td></tr></table></body></html>"""
    add(
        when("2026-11-12 21:47"),
        ("Etsy", "transaction@etsy.com"),
        f"You made a sale on Etsy - Ship by 17 Nov [#{order}]",
        html=sale,
        slug="etsy-sale",
        to=SOPHIE_WORK,
    )
    stmt = """<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<p style="color:#f1641e;font-size:26px">Etsy</p><h2>Your May 2026 statement is ready</h2>
<p>Hi SophieMorganPrints, here's a summary of your shop's fees for May 2026.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">
<tr><td>Listing fees</td><td align="right">£0.96</td></tr><tr><td>Transaction fees</td><td align="right">£11.37</td></tr>
<tr><td>Payment processing fees</td><td align="right">£6.41</td></tr><tr><td>VAT on seller fees</td><td align="right">£3.75</td></tr>
<tr><td><b>Total fees</b></td><td align="right"><b>£22.49</b></td></tr><tr><td>Sales</td><td align="right">£183.50</td></tr></table>
<p>Your fees have been deducted from your Etsy Payments balance. No further action is needed.</p>
<p style="font-size:11px;color:#595959">Etsy Ireland UC, One Le Pole Square, Ship Street Great, Dublin 8, Ireland.</p></body></html>"""
    add(
        when("2026-06-01 14:10"),
        ("Etsy", "statements@etsy.com"),
        "Your Etsy statement for May 2026 is ready",
        html=stmt,
        slug="etsy-statement",
        to=SOPHIE_WORK,
    )
    sold = """<html><head><meta charset="utf-8"></head><body style="font-family:'Market Sans',Arial,sans-serif;color:#191919">
<p style="font-size:26px"><span style="color:#e53238">e</span><span style="color:#0064d2">b</span><span style="color:#f5af02">a</span><span style="color:#86b817">y</span></p>
<h2>You sold your item!</h2><p>Canon EF 70-200mm f/2.8L IS II USM lens, boxed, with hood</p>
<table cellpadding="6"><tr><td>Sold for</td><td>£645.00</td></tr><tr><td>Postage paid by buyer</td><td>£9.99</td></tr>
<tr><td>Buyer</td><td>j_hartley1987</td></tr><tr><td>Post by</td><td>22 Apr</td></tr></table>
<p>Your payout will be sent to your bank account once the buyer has paid.</p>
<p style="font-size:11px">eBay (UK) Limited, 1 More London Place, London SE1 2AF</p></body></html>"""
    add(
        when("2026-04-19 20:31"),
        ("eBay", "ebay@ebay.co.uk"),
        "You sold your item: Canon EF 70-200mm f/2.8L IS II USM",
        html=sold,
        slug="ebay-item-sold",
    )
    HARD_NEGATIVES.extend(["Etsy", "SophieMorganPrints", "eBay", "Canon EF 70-200mm"])


@company
def freeagent_and_clients():
    fa = ("FreeAgent", "notifications@freeagent.com")
    paid = """Hi Sophie,

Good news - invoice 147 to Hannah Clarke has been marked as paid.

Invoice:      147
Client:       Hannah Clarke
Project:      Clarke/Parry wedding, Ashton Court, 12 September 2026
Amount:       £1,150.00
Paid on:      21 September 2026 (matched to your Starling bank feed)

You can see all your outstanding invoices on your FreeAgent overview.

The FreeAgent team

FreeAgent Central Ltd, One Edinburgh Quay, 133 Fountainbridge, Edinburgh EH3 9QG.
"""
    add(
        when("2026-09-22 06:15"),
        fa,
        "Invoice 147 has been paid",
        text=paid,
        slug="freeagent-invoice-paid",
        to=SOPHIE_WORK,
    )
    ins = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#2b2b2b">
<p style="font-size:22px;color:#0c4fbe"><b>FreeAgent</b></p><h2>Your business in October 2026</h2>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">
<tr><td>Money in</td><td align="right">£4,280.00</td></tr><tr><td>Money out</td><td align="right">£1,114.36</td></tr>
<tr><td>Unpaid invoices</td><td align="right">£650.00 (2)</td></tr>
<tr><td>Estimated tax for 2026/27 so far</td><td align="right">£2,906.00</td></tr></table>
<p>Your next Making Tax Digital quarterly update (6 October to 5 January) is due by 7 February 2027.</p>
<p style="font-size:11px;color:#666">Your FreeAgent subscription is provided by your accountant, Harbourside Accountancy Ltd, so you won't
be billed by FreeAgent. FreeAgent Central Ltd, One Edinburgh Quay, 133 Fountainbridge, Edinburgh EH3 9QG.</p></body></html>"""
    add(
        when("2026-11-03 08:00"),
        fa,
        "Your FreeAgent insights for October",
        html=ins,
        slug="freeagent-insights",
        to=SOPHIE_WORK,
    )
    client = """Hi Sophie!!

We've just sent the balance over (£1,150, reference CLARKE WEDDING) - hope it's arrived OK.

And the sneak peeks!!! Mum cried. Tom's mum cried. I cried. Can't wait for the full gallery.

Thank you SO much for everything on the day, you were amazing with Nana.

Hannah xx

On Fri, 18 Sept 2026 at 19:02, Sophie Morgan <hello@sophiemorganphotography.co.uk> wrote:
> Hi Hannah and Tom,
>
> What a day! A few sneak peeks are attached. Just a reminder that the balance of £1,150 is due
> this week (invoice 147), bank details are on the invoice.
>
> Sophie
"""
    add(
        when("2026-09-21 21:03"),
        ("Hannah Clarke", "hannah.clarke@gmail.com"),
        "Re: Sneak peeks!! 💛",
        text=client,
        slug="client-hannah-clarke",
        to=SOPHIE_WORK,
        msgid_domain="mail.gmail.com",
        headers={"_msgid": gmail_id(), "In-Reply-To": gmail_id()},
    )
    starling = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#1d1d1b">
<p style="font-size:22px;color:#6935d3"><b>Starling Bank</b></p>
<p>Hi Sophie,</p><p>Your statement for <b>Sophie Morgan Photography</b> (business account ending 2290) for September 2026 is ready to view and
download in the app.</p>
<p>For your security, we don't include any account details in our emails.</p>
<p style="font-size:11px;color:#666">Starling Bank Limited, 3rd Floor, 2 Finsbury Avenue, London EC2M 2PP. Authorised by the Prudential Regulation Authority
and regulated by the Financial Conduct Authority and the Prudential Regulation Authority (Firm Reference Number 730166).</p></body></html>"""
    add(
        when("2026-10-01 07:45"),
        ("Starling Bank", "statements@starlingbank.com"),
        "Your September statement is ready",
        html=starling,
        slug="starling-statement",
        to=SOPHIE_WORK,
    )
    HARD_NEGATIVES.extend(
        ["FreeAgent", "Hannah Clarke", "Starling Bank", "GoCardless", "PayPal", "Google Play"]
    )


@company
def travel():
    ref = alnum(8)
    tl = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#1a1a1a;font-size:14px">
<table width="600" align="center"><tr><td style="background:#00a88f;color:#fff;padding:16px;font-size:22px"><b>trainline</b></td></tr>
<tr><td style="padding:16px"><h2>Your eTickets are ready</h2>
<p>Booking reference: <b>{ref}</b></p>
<table width="100%" cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
<tr><td>Bristol Temple Meads &rarr; London Paddington</td><td>Thu 19 Mar 2026, 08:30</td></tr>
<tr><td>London Paddington &rarr; Bristol Temple Meads</td><td>Thu 19 Mar 2026, return any off-peak train</td></tr>
<tr><td>1 Adult, Off-Peak Return</td><td align="right">£78.40</td></tr>
<tr><td>Booking fee</td><td align="right">£1.99</td></tr>
<tr><td><b>Total paid</b></td><td align="right"><b>£80.39</b></td></tr></table>
<p>Your eTickets are in the Trainline app. Have them ready to scan at the gates.</p>
<p style="font-size:11px;color:#777">Trainline.com Limited, 120 Holborn, London EC1N 2TD. Registered in England No. 3846791.</p></td></tr></table></body></html>"""
    add(
        when("2026-03-11 22:12"),
        ("Trainline", "auto-confirm@info.thetrainline.com"),
        "Your eTickets: Bristol Temple Meads to London Paddington",
        html=tl,
        slug="trainline-etickets",
    )
    rc = """<html><body style="font-family:Arial,sans-serif"><div style="background:#00a88f;color:#fff;padding:16px"><b>trainline</b></div>
<h2>Your Family &amp; Friends Railcard expires on 4 October</h2><p>Renew now to keep saving 1/3 on adult fares and 60% on kids' fares.
It's £35 for a year (or £80 for three years). Railcards don't renew automatically.</p>
<p><a href="https://www.thetrainline.com/railcards">Renew my Railcard</a></p>
<p style="font-size:11px"><a href="https://www.thetrainline.com/unsubscribe">Unsubscribe</a></p></body></html>"""
    add(
        when("2026-09-27 11:00"),
        ("Trainline", "hello@info.thetrainline.com"),
        "Your Railcard is about to expire",
        html=rc,
        slug="trainline-railcard-expiring",
        headers={"List-Unsubscribe": "<https://www.thetrainline.com/unsubscribe>"},
    )
    code = "HM" + alnum(8)
    ab1 = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Circular,Helvetica,Arial,sans-serif;color:#222;font-size:15px">
<table width="560" align="center"><tr><td style="color:#ff385c;font-size:26px;padding:16px 0"><b>airbnb</b></td></tr>
<tr><td><h1 style="font-size:26px">Reservation confirmed</h1><p>You're going to St Ives! Tamsin is expecting you on 1 August.</p>
<table width="100%" cellpadding="6" style="border-top:1px solid #ddd">
<tr><td>Check-in</td><td>Sat, 1 Aug 2026, after 16:00</td></tr><tr><td>Checkout</td><td>Sat, 8 Aug 2026, by 10:00</td></tr>
<tr><td>Guests</td><td>2 adults, 2 children</td></tr><tr><td>Confirmation code</td><td>{code}</td></tr>
<tr><td>£184.00 x 7 nights</td><td align="right">£1,288.00</td></tr><tr><td>Cleaning fee</td><td align="right">£60.00</td></tr>
<tr><td>Airbnb service fee</td><td align="right">£38.00</td></tr><tr><td><b>Total (GBP)</b></td><td align="right"><b>£1,386.00</b></td></tr>
<tr><td>Paid today (22 Feb)</td><td align="right">£693.00</td></tr><tr><td>Due 18 Jul 2026</td><td align="right">£693.00</td></tr></table>
<p style="font-size:11px;color:#717171">Airbnb Ireland UC, 8 Hanover Quay, Dublin 2, Ireland.</p></td></tr></table></body></html>"""
    add(
        when("2026-02-22 20:50"),
        ("Airbnb", "automated@airbnb.com"),
        "Reservation confirmed - St Ives, 1–8 Aug",
        html=ab1,
        slug="airbnb-reservation",
    )
    ab2 = f"""Hi Sophie,

We've charged £693.00 to your Visa ending 4417. This is the second and final payment for your
reservation at Harbour View Cottage, St Ives (confirmation code {code}), 1-8 August 2026.

Total paid: £1,386.00

Have a great trip!
Airbnb

Airbnb Ireland UC, 8 Hanover Quay, Dublin 2, Ireland
"""
    add(
        when("2026-07-18 09:03"),
        ("Airbnb", "automated@airbnb.com"),
        "Your payment of £693.00 was successful",
        text=ab2,
        slug="airbnb-second-payment",
    )
    HARD_NEGATIVES.extend(["Trainline", "Family & Friends Railcard", "Airbnb", "Harbour View Cottage"])


@company
def shops():
    jl = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Gill Sans,Arial,sans-serif;color:#000;font-size:14px">
<table width="600" align="center"><tr><td style="padding:16px 0;font-size:24px;letter-spacing:2px">JOHN LEWIS</td></tr>
<tr><td><p>Dear Mrs Morgan,</p><p>Thank you for your order. We'll email you when it's ready to collect from John Lewis Cribbs Causeway.</p>
<table width="100%" cellpadding="6" style="border-top:1px solid #000">
<tr><td>Order number</td><td align="right">{digits(8)}</td></tr>
<tr><td>Clarks Kids' Scooter Leather School Shoes, Black, 2 G (x1)</td><td align="right">£52.00</td></tr>
<tr><td>Clarks Kids' Etch Beam Leather School Shoes, Black, 12.5 F (x1)</td><td align="right">£46.00</td></tr>
<tr><td>John Lewis Kids' Unisex Stain Resistant Trousers, Grey, Pack of 2</td><td align="right">£14.50</td></tr>
<tr><td>Click &amp; Collect</td><td align="right">Free</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>£112.50</b></td></tr></table>
<p style="font-size:11px">John Lewis plc, 1 Drummond Gate, Pimlico, London SW1V 2QQ. Registered in England No. 233462.</p></td></tr></table></body></html>"""
    add(
        when("2026-08-24 21:20"),
        ("John Lewis", "orders@johnlewis.co.uk"),
        "Thank you for your order",
        html=jl,
        slug="john-lewis-order",
    )
    ins = """<html><body style="font-family:Arial,sans-serif"><p style="letter-spacing:2px;font-size:22px">JOHN LEWIS</p>
<h1>Home insurance, John Lewis style</h1><p>Get a quote for John Lewis Home Insurance and, if you buy, get a £50 gift card. Buildings and
contents cover with 24/7 home emergency helpline.</p><p><a href="https://www.johnlewis.com/insurance">Get a quote</a></p>
<p style="font-size:11px">John Lewis Home Insurance is arranged and administered by Covea Insurance plc. <a href="https://www.johnlewis.com/unsubscribe">Unsubscribe</a></p></body></html>"""
    add(
        when("2026-05-08 10:30"),
        ("John Lewis & Partners", "insurance@email.johnlewis.co.uk"),
        "Sophie, get a £50 gift card with home insurance",
        html=ins,
        slug="john-lewis-insurance-marketing",
        headers={"List-Unsubscribe": "<https://www.johnlewis.com/unsubscribe>"},
    )
    sky = """<html><body style="font-family:Sky Text,Arial,sans-serif"><p style="font-size:24px"><b>sky</b></p>
<h1>Sophie, get Sky Broadband Superfast for £26 a month</h1><p>Average speeds of 61Mb/s, plus Sky Stream with Netflix included.
18-month contract. Price rises by £3/month each April.</p><p><a href="https://www.sky.com/broadband">See the deal</a></p>
<p style="font-size:11px">Sky UK Limited, Grant Way, Isleworth TW7 5QD. <a href="https://www.sky.com/unsubscribe">Unsubscribe</a></p></body></html>"""
    add(
        when("2026-03-24 17:45"),
        ("Sky", "sky@sky-offers.com"),
        "Faster broadband for less than you pay now?",
        html=sky,
        slug="sky-marketing",
        headers={"List-Unsubscribe": "<https://www.sky.com/unsubscribe>"},
    )
    fs = f"""Thank you for your order!

Camera Bits, Inc. has partnered with FastSpring to handle your order.

Order Reference: CAM{digits(6)}-{digits(4)}-{digits(5)}
Order Date: 22 Jan 2026

Product                                     Qty        Price
Photo Mechanic 6 - Single User License        1      £104.17

                                         Subtotal    £104.17
                                         VAT (20%)    £20.83
                                         Total       £125.00

Payment: Mastercard ending 2290

Your license key has been sent in a separate email. This is a one-time purchase with no renewal.

This charge will appear on your statement as FS *CAMERABITS.

FastSpring, 801 Garden St, Suite 201, Santa Barbara, CA 93101, USA
"""
    add(
        when("2026-01-22 16:40", "pt"),
        ("Camera Bits, Inc. via FastSpring", "noreply@fastspring.com"),
        "Your Camera Bits, Inc. order receipt",
        text=fs,
        slug="fastspring-camera-bits",
        to=SOPHIE_WORK,
    )
    bf = """<html><body style="font-family:Gill Sans,Arial,sans-serif"><p style="letter-spacing:2px;font-size:22px">JOHN LEWIS</p>
<h1>Black Friday is here</h1><p>Up to 40% off Dyson, Le Creuset, LEGO and more. Plus, My John Lewis members get free delivery on
everything this weekend.</p><p><a href="https://www.johnlewis.com/black-friday">Shop the deals</a></p>
<p style="font-size:11px">John Lewis plc, 1 Drummond Gate, London SW1V 2QQ. <a href="https://www.johnlewis.com/unsubscribe">Unsubscribe</a></p></body></html>"""
    add(
        when("2026-11-27 06:00"),
        ("John Lewis & Partners", "news@email.johnlewis.co.uk"),
        "Black Friday: up to 40% off starts now",
        html=bf,
        slug="john-lewis-black-friday",
        headers={"List-Unsubscribe": "<https://www.johnlewis.com/unsubscribe>"},
    )
    HARD_NEGATIVES.extend(
        [
            "John Lewis",
            "John Lewis Home Insurance",
            "Sky",
            "Sky Broadband",
            "Camera Bits",
            "Photo Mechanic",
            "FastSpring",
        ]
    )


@company
def school_and_childcare():
    pp = ("ParentPay", "noreply@parentpay.com")
    for stamp, lines in [
        (
            "2026-01-05 20:14",
            [("Osian Morgan", "Dinner money", 43.70), ("Cerys Morgan", "Breakfast Club – January", 30.00)],
        ),
        (
            "2026-09-07 21:02",
            [
                ("Cerys Morgan", "After School Club – Autumn 1", 64.00),
                ("Osian Morgan", "Cashless catering top-up (Fairfield High School)", 20.00),
            ],
        ),
    ]:
        total = sum(x for _, _, x in lines)
        body = "\n".join(f"  {who:<14} {what:<52} £{x:.2f}" for who, what, x in lines)
        text = f"""Payment confirmation

Dear Sophie Morgan,

Thank you for your payment. Your payment details are below.

Payment reference: {digits(9)}
Date: {dnum(D(stamp[:10]))}

{body}

  Total paid: £{total:.2f}   (Visa ending 4417)

Please keep this email for your records.

ParentPay Ltd, 11 Kingsway, London WC2B 6AR. This is an automated email, please do not reply.
"""
        add(
            when(stamp),
            pp,
            "ParentPay - payment confirmation",
            text=text,
            slug="parentpay-payment",
            text_cte="quoted-printable",
        )
    news = """<html><head><meta charset="utf-8"></head><body style="font-family:Comic Sans MS,Arial,sans-serif;color:#123">
<h2 style="color:#2a7f62">Ashley Down Primary School &ndash; End of Year Newsletter</h2>
<p>Dear Parents and Carers,</p><p>What a year! Congratulations to our Year 6 leavers &ndash; we'll miss you and wish you all the best at your new
schools. Thank you to everyone who came to Sports Day and the Summer Fair, which raised £2,314 for the new library.</p>
<p>School reopens for pupils on <b>Thursday 3 September</b>. After School Club bookings for Autumn 1 open on ParentPay on 24 August.</p>
<p>Have a wonderful summer,<br>Mrs Okafor, Headteacher</p></body></html>"""
    add(
        when("2026-07-17 15:40"),
        ("Ashley Down Primary School", "office@ashleydown.bristol.sch.uk"),
        "End of Year Newsletter",
        html=news,
        slug="school-newsletter",
    )
    tfc = """Dear Sophie Morgan

You need to reconfirm your details for Tax-Free Childcare

To keep getting Tax-Free Childcare for Osian and Cerys, sign in to your childcare account and
reconfirm that your details are up to date by 28 June 2026.

If you do not reconfirm, you will not be able to get top-up payments from the government.

Sign in: search 'childcare account' on GOV.UK.

Childcare Service
HM Revenue and Customs
"""
    add(
        when("2026-06-20 08:10"),
        ("Childcare Service", "noreply@childcare-service.tax.service.gov.uk"),
        "Reconfirm your details for Tax-Free Childcare",
        text=tfc,
        slug="tax-free-childcare",
        text_cte="7bit",
    )
    HARD_NEGATIVES.extend(
        ["ParentPay", "Ashley Down Primary School", "Tax-Free Childcare", "Childcare Service"]
    )


@company
def friends():
    mam = """Haia cariad,

Dad and I will drive over on the 23rd, after his hospital appointment, if that still suits? We'll
bring the bara brith and the presents for the children. Tell Osian Nain has been practising Mario Kart.

Do you need us to bring anything else? I can do the red cabbage.

Cariad mawr,
Mam xx
"""
    add(
        when("2025-12-12 19:22"),
        ("Eirlys Jenkins", "eirlys.jenkins@btinternet.com"),
        "Christmas",
        text=mam,
        slug="mam-christmas",
        msgid_domain="btinternet.com",
        charset="utf-8",
    )
    sian = """Hiya Soph,

Twm's party is on Saturday 13 June, 2-4pm at Horfield Leisure Centre (the pool one, bring swimmers!).
Would Osian like to come? No presents needed, honestly.

Also - are you still doing mini sessions on the Downs in the summer? Mum wants one for her 70th.

Siân x

Sent from my iPhone
"""
    add(
        when("2026-05-29 21:10"),
        ("Siân Evans", "sian.evans88@gmail.com"),
        "Twm's party 🎈",
        text=sian,
        slug="sian-party",
        headers={"_msgid": gmail_id()},
    )
    zoe = """Hey lovely,

Any chance I could borrow your 85mm for a shoot in Stokes Croft next Saturday? I'll bring it back
with cake. Also we've FINALLY ditched Sky, so I'm free of their retention team at last.

Zoë x
"""
    add(
        when("2026-10-18 10:41"),
        ("Zoë Whitfield", "zoe@zoewhitfield.photo"),
        "favour (lens-shaped)",
        text=zoe,
        slug="zoe-lens",
        to=SOPHIE_WORK,
    )
    HARD_NEGATIVES.extend(["Eirlys Jenkins", "Siân Evans", "Zoë Whitfield"])


def main():
    for fn in COMPANIES:
        fn()
    finish()


if __name__ == "__main__":
    main()
