#!/usr/bin/env python3
"""Mailbox of Carmen Alvarez (71), retired in Kendall, Miami, Florida, with her husband Robert (74).

Seeded and deterministic: rerunning writes the same bytes. Run from /work/main as
    .venv/bin/python bench/data/email-files10/mia/make.py
Writes eml/, mailbox.mbox, truth.json, meta.json and messages.json next to this file.
stdlib only.
"""

from __future__ import annotations

import base64
import json
import quopri
import random
import re
import shutil
from datetime import UTC, date, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 12, 1)
rng = random.Random(20261201)

ME_NAME = "Carmen Alvarez"
ME_ADDR = "carmenalvarez55@bellsouth.net"
ROBERT = ("Robert Alvarez", "ralvarez52@gmail.com")
STREET = "14231 SW 97th Terrace"
CITYLINE = "Miami, FL 33186"

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------------------------
# time zones (US rules: DST from the second Sunday of March to the first Sunday of November)
# ---------------------------------------------------------------------------------------------
ZONES = {"ET": -5, "CT": -6, "MT": -7, "PT": -8, "UTC": 0}


def _nth_sunday(year: int, month: int, n: int) -> date:
    d = date(year, month, 1)
    while d.weekday() != 6:
        d += timedelta(days=1)
    return d + timedelta(days=7 * (n - 1))


def tzinfo_for(zone: str, local: datetime) -> timezone:
    base = ZONES[zone]
    if zone == "UTC":
        return UTC
    start = datetime.combine(_nth_sunday(local.year, 3, 2), datetime.min.time()) + timedelta(hours=2)
    end = datetime.combine(_nth_sunday(local.year, 11, 1), datetime.min.time()) + timedelta(hours=2)
    dst = start <= local < end
    return timezone(timedelta(hours=base + (1 if dst else 0)))


def when(y: int, m: int, d: int, hh: int, mm: int, zone: str = "ET", ss: int | None = None) -> datetime:
    if ss is None:
        ss = rng.randint(0, 59)
    local = datetime(y, m, d, hh, mm, ss)
    return local.replace(tzinfo=tzinfo_for(zone, local))


# ---------------------------------------------------------------------------------------------
# MIME building (by hand, so every byte is under our control)
# ---------------------------------------------------------------------------------------------
def leaf(
    ctype: str,
    text: str | bytes,
    charset: str | None = "utf-8",
    cte: str = "quoted-printable",
    filename: str | None = None,
    disposition: str | None = None,
) -> dict:
    return {
        "kind": "leaf",
        "ctype": ctype,
        "text": text,
        "charset": charset,
        "cte": cte,
        "filename": filename,
        "disposition": disposition,
    }


def plain(text: str, charset: str = "utf-8", cte: str = "quoted-printable") -> dict:
    return leaf("text/plain", text, charset, cte)


def html(text: str, charset: str = "utf-8", cte: str = "quoted-printable") -> dict:
    return leaf("text/html", text, charset, cte)


def alt(*parts: dict) -> dict:
    return {"kind": "multi", "subtype": "alternative", "parts": list(parts)}


def mixed(*parts: dict) -> dict:
    return {"kind": "multi", "subtype": "mixed", "parts": list(parts)}


def related(*parts: dict) -> dict:
    return {"kind": "multi", "subtype": "related", "parts": list(parts)}


def pdf(name: str, lines: list[str]) -> dict:
    """A small but well-formed PDF with the given text lines."""
    content = (
        "BT /F1 10 Tf 50 760 Td 14 TL\n"
        + "".join(
            "(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '\n" for ln in lines
        )
        + "ET"
    )
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
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
    return leaf(
        "application/pdf", out.encode("latin-1"), None, "base64", filename=name, disposition="attachment"
    )


def _boundary(style: str = "java") -> str:
    if style == "java":
        return f"----=_Part_{rng.randint(100000, 9999999)}_{rng.randint(10**8, 10**9)}.{rng.randint(10**12, 10**13)}"
    if style == "hex":
        return "".join(rng.choice("0123456789abcdef") for _ in range(28))
    if style == "outlook":
        return f"_000_{''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(32))}_"
    return f"==============={rng.randint(10**18, 10**19)}=="


def _encode_body(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data, quotetabs=False)
        return out if out.endswith(b"\n") else out + b"\n"
    # 7bit / 8bit
    return data if data.endswith(b"\n") else data + b"\n"


def render(part: dict, style: str) -> bytes:
    if part["kind"] == "leaf":
        data = part["text"]
        if isinstance(data, str):
            data = data.encode(part["charset"] or "ascii")
        if part["cte"] == "7bit":
            data.decode("ascii")  # must be ascii
        ctype = part["ctype"]
        head = f"Content-Type: {ctype}"
        if part["charset"]:
            head += f'; charset="{part["charset"]}"' if style != "bare" else f"; charset={part['charset']}"
        if part["filename"]:
            head += f';\n\tname="{part["filename"]}"'
        head += f"\nContent-Transfer-Encoding: {part['cte']}\n"
        if part["disposition"]:
            head += f'Content-Disposition: {part["disposition"]}; filename="{part["filename"]}"\n'
        return head.encode("ascii") + b"\n" + _encode_body(data, part["cte"])
    b = _boundary(style)
    out = f'Content-Type: multipart/{part["subtype"]};\n\tboundary="{b}"\n\n'.encode("ascii")
    if style == "java":
        pass
    else:
        out += b"This is a multi-part message in MIME format.\n\n"
    for p in part["parts"]:
        out += f"--{b}\n".encode("ascii") + render(p, style) + b"\n"
    out += f"--{b}--\n".encode("ascii")
    return out


def _hdr(text: str) -> str:
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, "utf-8").encode()


def _addr(name: str | None, addr: str) -> str:
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")


def add(
    dt: datetime,
    from_name: str,
    from_addr: str,
    subject: str,
    body: dict,
    *,
    slug: str,
    labels: list[str] | None = None,
    to: tuple[str, str] | None = None,
    style: str = "java",
    extra: list[tuple[str, str]] | None = None,
    mid_domain: str | None = None,
    reply_to: str | None = None,
    cc: tuple[str, str] | None = None,
) -> None:
    MESSAGES.append(
        {
            "dt": dt,
            "from_name": from_name,
            "from_addr": from_addr,
            "subject": subject,
            "body": body,
            "slug": slug,
            "labels": labels or [],
            "to": to,
            "style": style,
            "extra": extra or [],
            "mid_domain": mid_domain,
            "reply_to": reply_to,
            "cc": cc,
        }
    )


def _message_id(m: dict) -> str:
    dom = m["mid_domain"] or m["from_addr"].split("@", 1)[1]
    if m["style"] == "java":
        return f"<{rng.randint(10**8, 10**10)}.{rng.randint(10**6, 10**8)}.{int(m['dt'].timestamp() * 1000)}@{dom}>"
    if m["style"] == "outlook":
        tok = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(30))
        return f"<{tok}@{dom}>"
    tok = "".join(rng.choice("0123456789abcdef") for _ in range(24))
    return f"<{m['dt'].strftime('%Y%m%d%H%M%S')}.{tok}@{dom}>"


def serialize(m: dict) -> bytes:
    to = m["to"] or (ME_NAME, ME_ADDR)
    lines = []
    lines.append(f"Return-Path: <{m['from_addr']}>")
    lines.append(f"Date: {format_datetime(m['dt'])}")
    lines.append(f"From: {_addr(m['from_name'], m['from_addr'])}")
    lines.append(f"To: {_addr(to[0], to[1])}")
    if m["cc"]:
        lines.append(f"Cc: {_addr(m['cc'][0], m['cc'][1])}")
    if m["reply_to"]:
        lines.append(f"Reply-To: {m['reply_to']}")
    lines.append(f"Message-ID: {_message_id(m)}")
    lines.append(f"Subject: {_hdr(m['subject'])}")
    lines.append("MIME-Version: 1.0")
    for k, v in m["extra"]:
        lines.append(f"{k}: {v}")
    head = "\n".join(lines).encode("ascii") + b"\n"
    return head + render(m["body"], m["style"])


# ---------------------------------------------------------------------------------------------
# small formatting helpers
# ---------------------------------------------------------------------------------------------
MONTHS = [
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
MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


def money(x: float | str) -> str:
    return f"${float(x):,.2f}"


def us(d: date) -> str:
    return d.strftime("%m/%d/%Y")


def long(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def short(d: date) -> str:
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"


def es_long(d: date) -> str:
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def digits(n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def strip_html(h: str) -> str:
    """The crude text part some bulk senders generate from their HTML."""
    h = re.sub(r"(?is)<(style|head|script).*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|tr|h1|h2|h3|div|table|li)>", "\n", h)
    h = re.sub(r"(?i)<a [^>]*href=\"([^\"]+)\"[^>]*>(.*?)</a>", r"\2 ( \1 )", h)
    h = re.sub(r"<[^>]+>", " ", h)
    import html as _h

    h = _h.unescape(h)
    out = []
    for ln in h.split("\n"):
        ln = " ".join(ln.split())
        if ln or (out and out[-1]):
            out.append(ln)
    return "\n".join(out).strip() + "\n"


def page(
    inner: str,
    *,
    title: str = "",
    bg: str = "#f4f4f4",
    width: int = 600,
    font: str = "Arial, Helvetica, sans-serif",
    preheader: str = "",
) -> str:
    pre = (
        (
            f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{escape(preheader)}'
            "&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;</div>"
        )
        if preheader
        else ""
    )
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        f"<title>{escape(title)}</title>\n"
        '<style type="text/css">body{margin:0;padding:0} table{border-collapse:collapse} '
        "td{font-family:" + font + "} a{color:inherit}</style>\n</head>\n"
        f'<body style="margin:0;padding:0;background-color:{bg}">\n{pre}\n'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="{bg}">'
        f'<tr><td align="center" style="padding:20px 10px">\n'
        f'<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" '
        f'style="background:#ffffff;max-width:{width}px">\n{inner}\n</table>\n'
        "</td></tr></table>\n</body>\n</html>\n"
    )


def kv_rows(
    pairs: list[tuple[str, str]],
    *,
    bold_last: bool = False,
    label_style: str = "color:#555555",
    pad: str = "6px 0",
) -> str:
    out = []
    for i, (k, v) in enumerate(pairs):
        b = "font-weight:bold;" if bold_last and i == len(pairs) - 1 else ""
        out.append(
            f'<tr><td style="padding:{pad};font-size:14px;{label_style};{b}">{k}</td>'
            f'<td align="right" style="padding:{pad};font-size:14px;{b}">{v}</td></tr>'
        )
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# truth names (used as labels)
# ---------------------------------------------------------------------------------------------
N_MEDICARE = "Medicare Part B"
N_HUMANA = "Humana Choice PPO"
N_AARP = "AARP"
N_FPL = "FPL"
N_WASD = "Miami-Dade Water and Sewer"
N_XFINITY = "Xfinity"
N_ATT = "AT&T Home Phone"
N_CC = "Consumer Cellular"
N_CITIZENS = "Citizens Property Insurance"
N_FLOOD = "NFIP flood insurance"
N_HOA = "Kendall Breeze Villas HOA"
N_PTAX = "Miami-Dade property tax"
N_SXM = "SiriusXM"
N_HERALD = "Miami Herald"
N_NUEVO = "el Nuevo Herald"
N_CW = "CenterWell Pharmacy"
N_EAR = "EarCell Battery Club"
N_NETFLIX = "Netflix"
N_PARA = "Paramount+"
N_ICLOUD = "iCloud+"
N_PBS = "WPBT2"
N_TFS = "Toyota Financial Services"
N_MVC = "Marriott Vacation Club"
N_PRIME = "Amazon Prime"


# ---------------------------------------------------------------------------------------------
# Medicare Part B: quarterly Medicare Premium Bill, paid by Medicare Easy Pay
# ---------------------------------------------------------------------------------------------
def medicare() -> None:
    mbi = "1EG4-TE5-MK72"
    bills = [
        (when(2025, 12, 5, 6, 12), date(2025, 12, 5), "January, February, March 2026", date(2025, 12, 22)),
        (when(2026, 3, 5, 6, 9), date(2026, 3, 5), "April, May, June 2026", date(2026, 3, 20)),
        (when(2026, 6, 5, 6, 15), date(2026, 6, 5), "July, August, September 2026", date(2026, 6, 22)),
        (when(2026, 9, 4, 6, 11), date(2026, 9, 4), "October, November, December 2026", date(2026, 9, 21)),
    ]
    for dt, bill_date, months, deduct in bills:
        text = f"""Medicare.gov | Your Medicare Premium Bill is ready

Dear CARMEN ALVAREZ,

Your new Medicare Premium Bill (CMS-500) is ready to view in your secure Medicare account.

Bill summary
  Bill date:                 {us(bill_date)}
  Medicare Number:           {mbi[:4]}-XXX-XX{mbi[-2:]}
  Months billed:             {months}
  Part B premium:            $202.90 x 3 months
  Total amount due:          $608.70

You're signed up for Medicare Easy Pay. THIS IS NOT A BILL. Don't send a payment.
We'll deduct $608.70 from your bank account on or about {long(deduct)}. The deduction will
appear on your bank statement as "CMS Medicare Premium".

View your bill: https://www.medicare.gov/account/login

Questions? Call 1-800-MEDICARE (1-800-633-4227). TTY users can call 1-877-486-2048.

Medicare will never call or email you to ask for your Medicare Number or bank
information. Don't share your Medicare Number with anyone who contacts you out of the blue.

This email was sent to {ME_ADDR} because you chose to get your Medicare Premium Bill
electronically. To change how you get your bill, log into your Medicare account and go to
"Account settings".

Centers for Medicare & Medicaid Services | 7500 Security Boulevard, Baltimore, MD 21244
"""
        rows = kv_rows(
            [
                ("Bill date", us(bill_date)),
                ("Medicare Number", f"{mbi[:4]}-XXX-XX{mbi[-2:]}"),
                ("Months billed", months),
                ("Part B premium", "$202.90 x 3 months"),
                ("Total amount due", "$608.70"),
            ],
            bold_last=True,
        )
        inner = f"""<tr><td style="background:#0b4778;padding:16px 24px;color:#ffffff;font-size:22px;font-weight:bold">Medicare.gov</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#212121">
<h1 style="font-size:22px;margin:0 0 16px">Your Medicare Premium Bill is ready</h1>
<p>Dear CARMEN ALVAREZ,</p>
<p>Your new Medicare Premium Bill (CMS-500) is ready to view in your secure Medicare account.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #d6d7d9;border-bottom:1px solid #d6d7d9;margin:12px 0">{rows}</table>
<p style="background:#e7f6f8;padding:12px;border-left:4px solid #00bde3"><strong>You're signed up for Medicare Easy Pay. THIS IS NOT A BILL.</strong> Don't send a payment. We'll deduct $608.70 from your bank account on or about {long(deduct)}. The deduction will appear on your bank statement as &quot;CMS Medicare Premium&quot;.</p>
<p><a href="https://www.medicare.gov/account/login" style="background:#0071bc;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:4px">View your bill</a></p>
<p style="font-size:13px">Questions? Call 1-800-MEDICARE (1-800-633-4227). TTY users can call 1-877-486-2048.</p>
<p style="font-size:13px">Medicare will never call or email you to ask for your Medicare Number or bank information.</p>
</td></tr>
<tr><td style="padding:16px 24px;background:#f1f1f1;font-size:11px;color:#5b616b">This email was sent to {ME_ADDR} because you chose to get your Medicare Premium Bill electronically. To change how you get your bill, log into your Medicare account and go to &quot;Account settings&quot;.<br/>Centers for Medicare &amp; Medicaid Services | 7500 Security Boulevard, Baltimore, MD 21244</td></tr>"""
        add(
            dt,
            "Medicare.gov",
            "no-reply@email.medicare.gov",
            "Your Medicare Premium Bill is ready",
            alt(plain(text, "us-ascii", "7bit"), html(page(inner, title="Medicare Premium Bill"))),
            slug="medicare-premium-bill",
            labels=[N_MEDICARE],
            style="hex",
        )

    # Open Enrollment newsletter (GovDelivery), not a bill
    inner = """<tr><td style="padding:24px;font-size:15px">
<h1 style="font-size:22px">It's Medicare Open Enrollment: October 15 &ndash; December 7</h1>
<p>Now's the time to review your Medicare health and drug coverage for 2027. Plans change costs and coverage every year, so even if you're happy with your plan, take a few minutes to compare.</p>
<ul><li>Check that your doctors and pharmacies will still be in your plan's network.</li>
<li>Review your plan's &quot;Annual Notice of Change&quot; for changes to premiums, deductibles and copays.</li>
<li>Use the Medicare Plan Finder at Medicare.gov/plan-compare.</li></ul>
<p><strong>Watch out for fraud.</strong> Medicare won't call you to sell you a plan or to send you a new card.</p>
<p><a href="https://www.medicare.gov/plan-compare">Compare plans</a></p></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#5b616b">You're subscribed to Medicare email updates. <a href="https://public.govdelivery.com/accounts/USCMSMEDICARE/subscriber/edit">Manage subscriptions</a> | <a href="https://public.govdelivery.com/accounts/USCMSMEDICARE/subscriber/one_click_unsubscribe">Unsubscribe</a>. This service is provided to you at no charge by the Centers for Medicare &amp; Medicaid Services.</td></tr>"""
    h = page(inner, title="Open Enrollment")
    add(
        when(2026, 10, 15, 10, 2),
        "Medicare.gov",
        "medicare@subscriptions.cms.hhs.gov",
        "It's Medicare Open Enrollment: review your coverage for 2027",
        alt(plain(strip_html(h)), html(h)),
        slug="medicare-open-enrollment",
        style="hex",
        mid_domain="public.govdelivery.com",
        extra=[
            (
                "List-Unsubscribe",
                "<https://public.govdelivery.com/accounts/USCMSMEDICARE/subscriber/one_click_unsubscribe>",
            )
        ],
    )


# ---------------------------------------------------------------------------------------------
# Humana Choice PPO: Medicare Advantage plan premium, monthly EFT on the 3rd
# ---------------------------------------------------------------------------------------------
def humana() -> None:
    member = "H5861 3390 2"
    foot = (
        '<tr><td style="padding:18px 24px;background:#f5f5f5;font-size:11px;color:#666">Humana is a Medicare '
        "Advantage PPO organization with a Medicare contract. Enrollment in any Humana plan depends on contract "
        "renewal. Humana Inc. and its subsidiaries comply with applicable Federal civil rights laws and do not "
        "discriminate on the basis of race, color, national origin, age, disability, or sex. ATENCI&Oacute;N: Si "
        "habla espa&ntilde;ol, tiene a su disposici&oacute;n servicios gratuitos de asistencia ling&uuml;&iacute;stica. "
        "Llame al 1-800-457-4708 (TTY: 711).<br/>Y0040_GHHLLMCEN_C<br/>500 West Main Street, Louisville, KY 40202"
        '<br/><a href="https://www.humana.com/unsubscribe">Unsubscribe</a> from marketing email.</td></tr>'
    )
    head = '<tr><td style="padding:18px 24px;border-bottom:4px solid #78be20"><span style="font-size:26px;font-weight:bold;color:#5c9a1b">Humana</span></td></tr>'
    # welcome for 2026
    inner = (
        head
        + f"""<tr><td style="padding:24px;font-size:15px;color:#333">
<h1 style="font-size:21px">Welcome to 2026 with Humana Choice PPO, Carmen</h1>
<p>Your coverage with <strong>Humana Choice PPO (H5216-105)</strong> continues January 1, 2026. Here's a quick look at your plan.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="padding:8px;background:#f0f7e8">Member ID</td><td style="padding:8px;background:#f0f7e8">{member}</td></tr>
<tr><td style="padding:8px">Monthly plan premium</td><td style="padding:8px">$38.00</td></tr>
<tr><td style="padding:8px;background:#f0f7e8">How you pay</td><td style="padding:8px;background:#f0f7e8">Automatic bank withdrawal (EFT), on or about the 3rd of each month</td></tr>
<tr><td style="padding:8px">Primary care visit</td><td style="padding:8px">$0 copay in network</td></tr>
<tr><td style="padding:8px;background:#f0f7e8">Specialist visit</td><td style="padding:8px;background:#f0f7e8">$35 copay in network</td></tr>
<tr><td style="padding:8px">Prescription drug deductible</td><td style="padding:8px">$0 for Tiers 1&ndash;3; $300 Tiers 4&ndash;5</td></tr>
<tr><td style="padding:8px;background:#f0f7e8">Fitness</td><td style="padding:8px;background:#f0f7e8">SilverSneakers&reg; membership included at no extra cost</td></tr>
</table>
<p>You still need to keep paying your Medicare Part B premium.</p>
<p>Save on maintenance medications with 90-day mail delivery from CenterWell Pharmacy&trade;.</p>
<p><a href="https://www.humana.com/member">Sign in to MyHumana</a></p></td></tr>"""
        + foot
    )
    h = page(inner, title="Welcome to 2026")
    add(
        when(2026, 1, 3, 9, 41),
        "Humana",
        "humana@email.humana.com",
        "Carmen, your 2026 Humana plan is ready",
        alt(plain(strip_html(h)), html(h)),
        slug="humana-2026-welcome",
        labels=[N_HUMANA],
        style="java",
    )

    # explanation of benefits
    inner = (
        head
        + """<tr><td style="padding:24px;font-size:15px;color:#333">
<h1 style="font-size:21px">Your Explanation of Benefits is ready</h1>
<p>Hi Carmen, your Explanation of Benefits (EOB) for claims processed in April 2026 is now available in MyHumana. <strong>This is not a bill.</strong></p>
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #ddd;font-size:14px">
<tr style="background:#f0f7e8"><th align="left">Service</th><th align="right">Provider charged</th><th align="right">Plan paid</th><th align="right">You may owe</th></tr>
<tr><td>Office visit &ndash; Baptist Health Primary Care</td><td align="right">$186.00</td><td align="right">$186.00</td><td align="right">$0.00</td></tr>
<tr><td>Lab work &ndash; Quest Diagnostics</td><td align="right">$94.20</td><td align="right">$94.20</td><td align="right">$0.00</td></tr>
<tr><td>Prescriptions &ndash; CenterWell Pharmacy (mail)</td><td align="right">$538.12</td><td align="right">$491.12</td><td align="right">$47.00</td></tr>
</table>
<p>Year-to-date you've paid $94.00 toward your $2,100 out-of-pocket limit for Part D drugs.</p>
<p><a href="https://www.humana.com/member/claims">View your EOB</a></p></td></tr>"""
        + foot
    )
    h = page(inner, title="Explanation of Benefits")
    add(
        when(2026, 5, 19, 14, 3),
        "Humana",
        "humana@email.humana.com",
        "Your Humana Explanation of Benefits is ready",
        alt(plain(strip_html(h)), html(h)),
        slug="humana-eob",
        labels=[N_HUMANA],
        style="java",
    )

    # Annual Notice of Change
    inner = (
        head
        + """<tr><td style="padding:24px;font-size:15px;color:#333">
<h1 style="font-size:21px">Important: your 2027 Annual Notice of Change</h1>
<p>Dear Carmen Alvarez,</p>
<p>You're currently enrolled in Humana Choice PPO. Next year there will be some changes to the plan's costs and benefits. Your Annual Notice of Change (ANOC) explains them. Please review it by <strong>December 7, 2026</strong>.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #ddd;font-size:14px">
<tr style="background:#f0f7e8"><th align="left">Cost</th><th align="right">2026 (this year)</th><th align="right">2027 (next year)</th></tr>
<tr><td>Monthly plan premium</td><td align="right">$38.00</td><td align="right">$38.00</td></tr>
<tr><td>Maximum out-of-pocket (in network)</td><td align="right">$5,900</td><td align="right">$6,250</td></tr>
<tr><td>Specialist visit</td><td align="right">$35 copay</td><td align="right">$40 copay</td></tr>
<tr><td>Part D deductible (Tiers 4&ndash;5)</td><td align="right">$300</td><td align="right">$350</td></tr>
</table>
<p>If you want to stay in Humana Choice PPO you don't need to do anything. Your premium will continue to be withdrawn from your bank account each month.</p>
<p><a href="https://www.humana.com/anoc">Read your ANOC and Evidence of Coverage</a></p></td></tr>"""
        + foot
    )
    h = page(inner, title="Annual Notice of Change")
    add(
        when(2026, 9, 29, 11, 20),
        "Humana",
        "humana@email.humana.com",
        "Important: Your 2027 Annual Notice of Change",
        alt(plain(strip_html(h)), html(h)),
        slug="humana-anoc-2027",
        labels=[N_HUMANA],
        style="java",
    )


# ---------------------------------------------------------------------------------------------
# AARP: yearly membership, automatic renewal
# ---------------------------------------------------------------------------------------------
def aarp() -> None:
    foot = (
        '<tr><td style="padding:16px 24px;font-size:11px;color:#666;background:#f2f2f2">AARP, 601 E Street NW, '
        "Washington, DC 20049. AARP membership dues are not tax deductible. You are receiving this email because you "
        'are an AARP member. <a href="https://www.aarp.org/preferences">Email preferences</a> | '
        '<a href="https://www.aarp.org/unsubscribe">Unsubscribe</a> | <a href="https://www.aarp.org/privacy">Privacy Policy</a></td></tr>'
    )
    head = '<tr><td style="padding:16px 24px;background:#ec1300;color:#fff;font-size:28px;font-weight:bold">AARP</td></tr>'
    inner = (
        head
        + """<tr><td style="padding:24px;font-size:16px;color:#2b2b2b">
<p>Dear Carmen,</p>
<p>Thank you for being part of AARP. Your membership is set to <strong>renew automatically</strong>, so your benefits and discounts will continue without interruption.</p>
<table width="100%" cellpadding="8" cellspacing="0" style="border:1px solid #ddd;font-size:15px">
<tr><td>Member</td><td>Carmen Alvarez (and Robert Alvarez, household member)</td></tr>
<tr><td>Membership number</td><td>4381 2209 77</td></tr>
<tr><td>Renewal date</td><td>March 1, 2026</td></tr>
<tr><td>Term</td><td>1 year, automatic renewal</td></tr>
<tr><td>Amount</td><td><strong>$15.00</strong></td></tr>
<tr><td>Payment method</td><td>Visa ending in 4417</td></tr>
</table>
<p>There's nothing you need to do. If you'd like to update your card or turn off automatic renewal, visit <a href="https://www.aarp.org/myaarp">My AARP</a> or call 1-888-687-2277.</p>
<p>Sincerely,<br/>Member Services</p></td></tr>"""
        + foot
    )
    h = page(inner, title="AARP membership renewal")
    add(
        when(2026, 2, 12, 8, 30),
        "AARP",
        "member@email.aarp.org",
        "Your AARP membership will renew automatically on March 1",
        alt(plain(strip_html(h)), html(h)),
        slug="aarp-renewal-notice",
        labels=[N_AARP],
        style="hex",
    )

    text = """AARP Membership Receipt

Hello Carmen,

Thank you for renewing your AARP membership! Your receipt is below.

Order number:        AR-77201934
Order date:          03/01/2026
Membership number:   4381 2209 77

  1-Year Membership (automatic renewal)        $15.00
  -----------------------------------------------------
  Total charged to Visa ending 4417             $15.00

Your membership is valid through 02/28/2027 and will renew automatically
each year until you cancel. Your new card will arrive in 2-3 weeks.

Start saving today at aarp.org/benefits: restaurants, travel, Consumer
Cellular wireless, prescriptions and more.

AARP Member Services, 601 E Street NW, Washington, DC 20049
Manage your membership: https://www.aarp.org/myaarp
"""
    add(
        when(2026, 3, 1, 4, 17),
        "AARP Member Services",
        "memberservices@email.aarp.org",
        "Your AARP membership receipt",
        plain(text, "us-ascii", "7bit"),
        slug="aarp-receipt",
        labels=[N_AARP],
        style="hex",
    )

    # New York Life marketing sent in AARP's name
    inner = (
        head
        + """<tr><td style="padding:24px;font-size:16px;color:#2b2b2b">
<h1 style="font-size:24px">Help protect your loved ones for as little as $9.95 a month*</h1>
<p>Carmen, as an AARP member age 50-80 you can get <strong>AARP Guaranteed Acceptance Life Insurance from New York Life</strong>, with no medical exam and no health questions.</p>
<ul><li>Coverage from $2,500 to $25,000</li><li>Rates locked in &mdash; they'll never go up</li><li>Benefits never decrease because of age</li></ul>
<p><a href="https://www.nylaarp.com/quote" style="background:#ec1300;color:#fff;padding:12px 20px;text-decoration:none">Get your free rate quote</a></p>
<p style="font-size:12px">*Rate for $2,500 coverage, female age 50. AARP life insurance is issued by New York Life Insurance Company, 51 Madison Ave., New York, NY 10010. AARP receives a royalty fee from New York Life. Policy Form No. 18644-A.</p></td></tr>"""
        + foot
    )
    h = page(inner, title="AARP Life Insurance")
    add(
        when(2026, 8, 18, 10, 5),
        "AARP Life Insurance Program",
        "aarplife@nylaarp.com",
        "Carmen, lock in your rate: life insurance for AARP members",
        alt(plain(strip_html(h)), html(h)),
        slug="aarp-nyl-offer",
        style="hex",
        extra=[("List-Unsubscribe", "<mailto:unsubscribe@nylaarp.com>")],
    )


# ---------------------------------------------------------------------------------------------
# FPL: monthly, budget billing, automatic bill pay
# ---------------------------------------------------------------------------------------------
def fpl() -> None:
    acct = "61529-21807"
    foot = (
        '<tr><td style="padding:18px 24px;font-size:11px;color:#6d6d6d;background:#f2f2f2">This email was sent to '
        f"{ME_ADDR}. Please do not reply; this mailbox is not monitored.<br/>Florida Power &amp; Light Company, "
        '700 Universe Blvd., Juno Beach, FL 33408<br/><a href="https://www.fpl.com/privacy">Privacy policy</a> | '
        '<a href="https://www.fpl.com/my-account/preferences">Manage notifications</a><br/>&copy; 2026 Florida Power &amp; '
        "Light Company</td></tr>"
    )
    head = (
        '<tr><td style="padding:14px 24px;background:#0073bb"><span style="color:#fff;font-size:30px;'
        'font-weight:bold;font-family:Georgia,serif">FPL</span></td></tr>'
    )
    bills = [
        (
            when(2025, 12, 18, 5, 44),
            date(2025, 11, 17),
            date(2025, 12, 17),
            176.00,
            142.37,
            -86.12,
            date(2026, 1, 8),
            1012,
        ),
        (
            when(2026, 2, 18, 5, 39),
            date(2026, 1, 16),
            date(2026, 2, 17),
            176.00,
            121.04,
            -189.55,
            date(2026, 3, 11),
            864,
        ),
        (
            when(2026, 4, 17, 5, 51),
            date(2026, 3, 17),
            date(2026, 4, 16),
            176.00,
            158.66,
            -211.40,
            date(2026, 5, 8),
            1109,
        ),
        (
            when(2026, 7, 20, 5, 47),
            date(2026, 6, 17),
            date(2026, 7, 17),
            193.00,
            248.93,
            -97.62,
            date(2026, 8, 10),
            1716,
        ),
        (
            when(2026, 9, 18, 5, 42),
            date(2026, 8, 17),
            date(2026, 9, 17),
            193.00,
            261.15,
            39.87,
            date(2026, 10, 9),
            1804,
        ),
        (
            when(2026, 11, 18, 5, 50),
            date(2026, 10, 16),
            date(2026, 11, 17),
            193.00,
            187.41,
            118.06,
            date(2026, 12, 9),
            1243,
        ),
    ]
    for dt, p0, p1, budget, actual, deferred, due, kwh in bills:
        inner = (
            head
            + f"""<tr><td style="padding:24px;color:#222;font-size:15px">
<h1 style="font-size:22px;margin-top:0">Your FPL bill is ready</h1>
<p>Hi CARMEN,</p>
<p>Your statement for the service period {short(p0)} &ndash; {short(p1)} is now available.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #cfd8dc">
<tr><td style="padding:10px;background:#eef5fb">Account number</td><td align="right" style="padding:10px;background:#eef5fb">ending in {acct[-5:]}</td></tr>
<tr><td style="padding:10px">Service address</td><td align="right" style="padding:10px">{STREET.upper()}</td></tr>
<tr><td style="padding:10px;background:#eef5fb">Budget Billing amount</td><td align="right" style="padding:10px;background:#eef5fb">{money(budget)}</td></tr>
<tr><td style="padding:10px">Actual charges this period</td><td align="right" style="padding:10px">{money(actual)}</td></tr>
<tr><td style="padding:10px;background:#eef5fb">Deferred balance</td><td align="right" style="padding:10px;background:#eef5fb">{"-" if deferred < 0 else ""}{money(abs(deferred))}</td></tr>
<tr><td style="padding:10px;font-weight:bold">Amount due</td><td align="right" style="padding:10px;font-weight:bold;font-size:20px">{money(budget)}</td></tr>
<tr><td style="padding:10px;background:#eef5fb">Due date</td><td align="right" style="padding:10px;background:#eef5fb">{short(due)}</td></tr>
</table>
<p>You're enrolled in <strong>FPL Automatic Bill Pay</strong>. Your payment of {money(budget)} will be drafted from your bank account on {short(due)}. No action is needed.</p>
<p>Energy used this period: {kwh:,} kWh.</p>
<p><a href="https://www.fpl.com/my-account/bill" style="background:#0073bb;color:#fff;padding:10px 20px;text-decoration:none;border-radius:3px">View bill</a></p>
</td></tr>"""
            + foot
        )
        add(
            dt,
            "FPL",
            "fpl_ebill@fpl.com",
            "Your FPL bill is ready",
            html(
                page(
                    inner,
                    title="Your FPL bill is ready",
                    preheader=f"Amount due {money(budget)} on {short(due)}",
                )
            ),
            slug="fpl-bill",
            labels=[N_FPL],
            style="java",
        )

    inner = (
        head
        + """<tr><td style="padding:24px;color:#222;font-size:15px">
<h1 style="font-size:22px;margin-top:0">Your Budget Billing amount is changing</h1>
<p>Dear Customer,</p>
<p>With FPL Budget Billing, your monthly bill amount is based on your average usage over the past 12 months, so you pay about the same amount each month. We review the amount regularly, and when your usage or rates change, we adjust it.</p>
<table width="100%" cellpadding="10" cellspacing="0" style="border:1px solid #cfd8dc">
<tr><td>Account number</td><td align="right">ending in 21807</td></tr>
<tr><td>Current Budget Billing amount</td><td align="right">$176.00</td></tr>
<tr><td><strong>New Budget Billing amount</strong></td><td align="right"><strong>$193.00</strong></td></tr>
<tr><td>Starting with</td><td align="right">your July 2026 statement</td></tr>
</table>
<p>Your Automatic Bill Pay will draft the new amount automatically. Your deferred balance is shown on each statement.</p>
</td></tr>"""
        + foot
    )
    add(
        when(2026, 6, 9, 7, 3),
        "FPL",
        "fpl_ebill@fpl.com",
        "Important: Your FPL Budget Billing amount is changing",
        html(page(inner, title="Budget Billing")),
        slug="fpl-budget-change",
        labels=[N_FPL],
        style="java",
    )

    inner = (
        head
        + """<tr><td style="padding:24px;color:#222;font-size:15px">
<h1 style="font-size:22px;margin-top:0">Hurricane season starts June 1. Are you ready?</h1>
<p>FPL has invested in a stronger, smarter grid, but severe storms can still cause outages. Take a few minutes now:</p>
<ul><li>Make sure we have your current mobile number so we can text you outage updates (text REG to MyFPL/69375).</li>
<li>Stay away from downed power lines and report them at 1-800-4OUTAGE.</li>
<li>If you use a generator, never run it indoors or in a garage.</li></ul>
<p><a href="https://www.fpl.com/storm">Get our storm checklist</a></p>
<p style="font-size:13px">FPL Energy News &middot; May 2026</p></td></tr>"""
        + foot
    )
    add(
        when(2026, 5, 28, 12, 15),
        "FPL",
        "fpl@news.fpl.com",
        "Hurricane season starts June 1. Are you ready?",
        html(page(inner, title="FPL Energy News")),
        slug="fpl-storm-news",
        style="java",
        extra=[("List-Unsubscribe", "<https://www.fpl.com/unsubscribe>")],
    )


# ---------------------------------------------------------------------------------------------
# Miami-Dade Water and Sewer: quarterly bills through Paymentus
# ---------------------------------------------------------------------------------------------
def wasd() -> None:
    acct = "4421870931"
    bills = [
        (when(2026, 1, 14, 3, 22), date(2025, 10, 8), date(2026, 1, 7), 26, 218.44, date(2026, 2, 4)),
        (when(2026, 4, 15, 3, 18), date(2026, 1, 7), date(2026, 4, 8), 28, 231.07, date(2026, 5, 6)),
        (when(2026, 7, 15, 3, 25), date(2026, 4, 8), date(2026, 7, 8), 32, 256.90, date(2026, 8, 5)),
        (when(2026, 10, 14, 3, 20), date(2026, 7, 8), date(2026, 10, 7), 30, 239.62, date(2026, 11, 4)),
    ]
    for dt, p0, p1, ccf, amt, due in bills:
        text = f"""Miami-Dade Water and Sewer Department

Your new bill is available.

Dear CARMEN ALVAREZ,

A new bill has been issued for your Miami-Dade Water and Sewer account.

Account Number:      {acct[:2]}-{acct[2:6]}-{acct[6:]}
Service Address:     {STREET.upper()}
Billing Period:      {us(p0)} - {us(p1)} ({(p1 - p0).days} days)
Water Used:          {ccf} CCF ({ccf * 748:,} gallons)
Amount Due:          {money(amt)}
Due Date:            {us(due)}

To view your bill or pay, sign in: https://ipn.paymentus.com/cp/mdwasd

Bills are issued every three months (quarterly). Payments received after the due
date are subject to a late charge.

Please do not reply to this email. For customer service call 305-665-7477,
Monday - Friday, 7:30 a.m. - 5 p.m.

Miami-Dade Water and Sewer Department
3071 SW 38th Avenue, Miami, FL 33146
Delivering Excellence Every Day

Paymentus Corporation is the authorized payment processor for Miami-Dade WASD.
"""
        add(
            dt,
            "Miami-Dade Water and Sewer",
            "noreply@paymentus.com",
            "Miami-Dade Water and Sewer - Your New Bill Is Available",
            plain(text, "us-ascii", "7bit"),
            slug="wasd-bill",
            labels=[N_WASD],
            style="hex",
        )

    conf = f"CNF-{digits(9)}"
    inner = f"""<tr><td style="padding:18px 24px;background:#005a9c;color:#fff;font-size:18px">Miami-Dade Water and Sewer Department</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333">
<h2 style="margin-top:0">Payment Confirmation</h2>
<p>Thank you for your payment. Please keep this confirmation for your records.</p>
<table width="100%" cellpadding="6" cellspacing="0" border="1" style="border:1px solid #ccc;border-collapse:collapse;font-size:14px">
<tr><td>Confirmation Number</td><td>{conf}</td></tr>
<tr><td>Account Number</td><td>44-2187-0931</td></tr>
<tr><td>Payment Date</td><td>08/03/2026 10:14 AM ET</td></tr>
<tr><td>Payment Method</td><td>Checking ****3391</td></tr>
<tr><td>Payment Amount</td><td>$256.90</td></tr>
<tr><td>Convenience Fee</td><td>$0.00</td></tr>
<tr><td><b>Total</b></td><td><b>$256.90</b></td></tr>
</table>
<p>Payments may take up to 2 business days to post to your account.</p>
<p style="font-size:11px;color:#777">This payment was processed by Paymentus Corporation on behalf of Miami-Dade Water and Sewer Department.</p>
</td></tr>"""
    h = page(inner, title="Payment Confirmation")
    add(
        when(2026, 8, 3, 10, 14),
        "Miami-Dade Water and Sewer",
        "noreply@paymentus.com",
        "Payment Confirmation - Miami-Dade Water and Sewer",
        alt(plain(strip_html(h)), html(h)),
        slug="wasd-payment",
        labels=[N_WASD],
        style="hex",
    )


# ---------------------------------------------------------------------------------------------
# Xfinity: TV + Internet bundle, 12-month promotion ends October 2026
# ---------------------------------------------------------------------------------------------
def xfinity() -> None:
    acct_end = "2184"
    foot_h = (
        '<tr><td style="padding:20px 24px;font-size:11px;color:#6b6b6b;background:#f6f6f6">Please do not reply to '
        "this email. Replies are not monitored.<br/>This is a service message from Xfinity. You're receiving it "
        "because you're an Xfinity customer.<br/>&copy; 2026 Comcast. All rights reserved. Comcast Cable "
        'Communications, LLC, 1701 JFK Boulevard, Philadelphia, PA 19103<br/><a href="https://www.xfinity.com/privacy">Privacy Policy</a> '
        '&middot; <a href="https://www.xfinity.com/support">Help &amp; Support</a></td></tr>'
    )
    head = '<tr><td style="padding:18px 24px;background:#000;color:#fff;font-size:26px;font-weight:bold;letter-spacing:1px">xfinity</td></tr>'
    bills = [
        (when(2025, 12, 9, 8, 11), 148.62, date(2025, 12, 29)),
        (when(2026, 2, 9, 8, 4), 148.62, date(2026, 3, 1)),
        (when(2026, 5, 9, 8, 14), 151.37, date(2026, 5, 29)),
        (when(2026, 10, 9, 8, 9), 222.70, date(2026, 10, 29)),
        (when(2026, 11, 9, 8, 6), 222.70, date(2026, 11, 29)),
    ]
    for dt, amt, due in bills:
        text = f"""Your bill is ready

Hi Carmen,

Your Xfinity bill for account ending in {acct_end} is ready to view.

Amount due: {money(amt)}
Due by: {short(due)}

Auto Pay is on. We'll charge your payment method on file on {short(due)}.
No need to do anything else.

View bill: https://customer.xfinity.com/#/billing

Questions about your bill? Visit xfinity.com/billhelp

Please do not reply to this email. Replies are not monitored.
(c) 2026 Comcast. Comcast Cable Communications, LLC, 1701 JFK Boulevard, Philadelphia, PA 19103
"""
        inner = (
            head
            + f"""<tr><td style="padding:28px 24px;font-size:16px;color:#141417">
<h1 style="font-size:26px;margin:0 0 12px">Your bill is ready</h1>
<p>Hi Carmen,</p><p>Your Xfinity bill for account ending in {acct_end} is ready to view.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="margin:16px 0">
<tr><td style="font-size:14px;color:#6b6b6b">Amount due</td><td style="font-size:14px;color:#6b6b6b">Due by</td></tr>
<tr><td style="font-size:28px;font-weight:bold">{money(amt)}</td><td style="font-size:20px">{short(due)}</td></tr>
</table>
<p style="background:#f2f4ff;padding:12px"><strong>Auto Pay is on.</strong> We'll charge your payment method on file on {short(due)}. No need to do anything else.</p>
<p><a href="https://customer.xfinity.com/#/billing" style="background:#5a23b9;color:#fff;padding:12px 24px;text-decoration:none;border-radius:24px">View bill</a></p>
</td></tr>"""
            + foot_h
        )
        add(
            dt,
            "Xfinity",
            "online.communications@alerts.comcast.net",
            "Your Xfinity bill is ready",
            alt(plain(text, "us-ascii", "7bit"), html(page(inner, title="Your bill is ready"))),
            slug="xfinity-bill",
            labels=[N_XFINITY],
            style="java",
        )

    inner = (
        head
        + """<tr><td style="padding:28px 24px;font-size:16px;color:#141417">
<h1 style="font-size:24px;margin:0 0 12px">Your promotional pricing is ending soon</h1>
<p>Hi Carmen,</p>
<p>We want to give you a heads-up: the 12-month promotional price on your <strong>Popular TV + Fast Internet</strong> package ends on <strong>10/13/2026</strong>.</p>
<table width="100%" cellpadding="10" cellspacing="0" style="border:1px solid #ddd;font-size:15px">
<tr style="background:#f6f6f6"><td></td><td align="right">Now</td><td align="right">Starting 10/13/2026</td></tr>
<tr><td>Popular TV + Fast Internet (400 Mbps)</td><td align="right">$89.99/mo</td><td align="right">$159.99/mo</td></tr>
<tr><td>Broadcast TV Fee</td><td align="right">$32.20/mo</td><td align="right">$32.20/mo</td></tr>
<tr><td>Regional Sports Network Fee</td><td align="right">$9.25/mo</td><td align="right">$9.25/mo</td></tr>
<tr><td>TV Box</td><td align="right">$10.00/mo</td><td align="right">$10.00/mo</td></tr>
</table>
<p>Your first bill at the new price will be the one dated in October. Taxes, surcharges and fees are extra and vary.</p>
<p>Want to explore other options? You can review packages any time at xfinity.com/myaccount, or call us at 1-800-XFINITY.</p>
</td></tr>"""
        + foot_h
    )
    h = page(inner, title="Promotion ending")
    add(
        when(2026, 9, 10, 12, 40),
        "Xfinity",
        "online.communications@alerts.comcast.net",
        "Important information about your Xfinity pricing",
        alt(plain(strip_html(h)), html(h)),
        slug="xfinity-promo-ending",
        labels=[N_XFINITY],
        style="java",
    )

    inner = (
        head
        + """<tr><td style="padding:28px 24px;font-size:16px;color:#141417">
<h1 style="font-size:26px">Carmen, save hundreds on your phone bill</h1>
<p>Xfinity Internet customers can add Xfinity Mobile and get an Unlimited line for <strong>$30/mo</strong>. Bring your own phone and keep your number.</p>
<p><a href="https://www.xfinity.com/mobile" style="background:#5a23b9;color:#fff;padding:12px 24px;text-decoration:none;border-radius:24px">Shop Xfinity Mobile</a></p>
<p style="font-size:11px;color:#6b6b6b">Requires Xfinity Internet. Taxes &amp; fees extra. Price for 1 line with Auto Pay &amp; paperless billing. After 30GB/mo, data speeds may be slower. <a href="https://www.xfinity.com/unsubscribe">Unsubscribe</a></p>
</td></tr>"""
        + foot_h
    )
    h = page(inner, title="Xfinity Mobile")
    add(
        when(2026, 6, 17, 15, 2),
        "Xfinity",
        "xfinity@email.xfinity.com",
        "Carmen, add a line for $30/mo",
        alt(plain(strip_html(h)), html(h)),
        slug="xfinity-mobile-ad",
        style="java",
        extra=[("List-Unsubscribe", "<https://www.xfinity.com/unsubscribe>")],
    )


# ---------------------------------------------------------------------------------------------
# AT&T landline (former BellSouth), billing emails in Spanish, AutoPay
# ---------------------------------------------------------------------------------------------
def att() -> None:
    foot = (
        '<tr><td style="padding:18px 24px;font-size:11px;color:#5a5a5a;background:#f2f2f2">No responda a este '
        "correo electr&oacute;nico. Este buz&oacute;n no es supervisado.<br/>Correo electr&oacute;nico de servicio de AT&amp;T "
        "enviado a "
        + ME_ADDR
        + ".<br/>&copy; 2026 AT&amp;T Intellectual Property. Todos los derechos reservados. "
        "AT&amp;T, el logotipo del globo de AT&amp;T y todas las dem&aacute;s marcas de AT&amp;T son marcas comerciales de AT&amp;T "
        "Intellectual Property.<br/>AT&amp;T Services, Inc., 208 S. Akard St., Dallas, TX 75202<br/>"
        '<a href="https://www.att.com/privacy">Pol&iacute;tica de privacidad</a></td></tr>'
    )
    head = (
        '<tr><td style="padding:16px 24px;border-bottom:1px solid #ddd"><span style="color:#009fdb;font-size:28px;'
        'font-weight:bold">AT&amp;T</span></td></tr>'
    )
    bills = [
        (when(2025, 12, 26, 7, 31, "CT"), 58.43, date(2026, 1, 16)),
        (when(2026, 3, 26, 7, 28, "CT"), 58.43, date(2026, 4, 16)),
        (when(2026, 8, 26, 7, 35, "CT"), 61.68, date(2026, 9, 16)),
        (when(2026, 10, 26, 7, 29, "CT"), 61.68, date(2026, 10, 16) + timedelta(days=31)),
    ]
    for dt, amt, due in bills:
        inner = (
            head
            + f"""<tr><td style="padding:24px;font-size:15px;color:#000">
<h1 style="font-size:24px;font-weight:normal">Su factura est&aacute; lista</h1>
<p>Estimado/a CARMEN ALVAREZ:</p>
<p>Su factura de AT&amp;T ya est&aacute; disponible en l&iacute;nea.</p>
<table width="100%" cellpadding="10" cellspacing="0" style="border:1px solid #d2d2d2;font-size:15px">
<tr><td>N&uacute;mero de cuenta</td><td align="right">305 555-0142 718</td></tr>
<tr><td>Servicio</td><td align="right">AT&amp;T Phone &ndash; l&iacute;nea residencial</td></tr>
<tr><td><strong>Total a pagar</strong></td><td align="right"><strong>{money(amt)}</strong></td></tr>
<tr><td>Fecha de vencimiento</td><td align="right">{es_long(due)}</td></tr>
</table>
<p>Usted est&aacute; inscrito/a en <strong>AutoPay</strong>. Cobraremos el total autom&aacute;ticamente a su cuenta bancaria que termina en 3391 en la fecha de vencimiento.</p>
<p><a href="https://www.att.com/acctmgmt/billing" style="background:#0568ae;color:#fff;padding:12px 22px;text-decoration:none">Ver mi factura</a></p>
</td></tr>"""
            + foot
        )
        h = page(inner, title="Su factura de AT&T")
        add(
            dt,
            "AT&T",
            "att-services.cn.32271@emailff.att-mail.com",
            "Su factura de AT&T está lista",
            html(h),
            slug="att-factura",
            labels=[N_ATT],
            style="java",
        )

    inner = (
        head
        + """<tr><td style="padding:24px;font-size:15px;color:#000">
<h1 style="font-size:22px;font-weight:normal">Aviso sobre cambios en su servicio</h1>
<p>Estimado/a cliente:</p>
<p>Le escribimos para informarle sobre un cambio en el precio de su servicio AT&amp;T Phone. A partir de su factura de <strong>agosto de 2026</strong>, el cargo mensual de su plan <strong>AT&amp;T Phone &ndash; Llamadas locales ilimitadas</strong> aumentar&aacute; de $42.00 a $45.00.</p>
<p>Con los impuestos y recargos actuales, su total mensual estimado ser&aacute; de <strong>$61.68</strong> (antes $58.43).</p>
<p>No necesita hacer nada. Si tiene preguntas, ll&aacute;menos al 1-800-288-2020.</p>
<p>Gracias por ser cliente de AT&amp;T.</p></td></tr>"""
        + foot
    )
    add(
        when(2026, 6, 25, 9, 12, "CT"),
        "AT&T",
        "att-services.cn.32271@emailff.att-mail.com",
        "Información importante sobre su servicio AT&T Phone",
        html(page(inner, title="Aviso")),
        slug="att-aviso-precio",
        labels=[N_ATT],
        style="java",
    )

    inner = """<tr><td style="padding:16px 24px;background:#009fdb;color:#fff;font-size:28px;font-weight:bold">AT&amp;T Fiber</td></tr>
<tr><td style="padding:24px;font-size:16px">
<h1 style="font-size:26px">Great news! AT&amp;T Fiber is now available at your address.</h1>
<p>Get AT&amp;T Fiber 500 for <strong>$65/mo</strong> plus taxes, with equipment included, no annual contract and no data caps.</p>
<p><a href="https://www.att.com/internet/fiber" style="background:#0568ae;color:#fff;padding:12px 22px;text-decoration:none">Check offers</a></p>
<p style="font-size:11px;color:#5a5a5a">Price after $5/mo AutoPay &amp; paperless bill discount. Limited availability. Offer ends 5/31/26. <a href="https://www.att.com/unsubscribe">Unsubscribe</a></p></td></tr>"""
    h = page(inner, title="AT&T Fiber")
    add(
        when(2026, 4, 22, 13, 40, "CT"),
        "AT&T",
        "att@message.att-mail.com",
        "Carmen, faster internet has arrived on SW 97th Terrace",
        alt(plain(strip_html(h)), html(h)),
        slug="att-fiber-ad",
        style="java",
        extra=[("List-Unsubscribe", "<https://www.att.com/unsubscribe>")],
    )


# ---------------------------------------------------------------------------------------------
# Consumer Cellular: two lines, AARP discount, plan downgraded in June
# ---------------------------------------------------------------------------------------------
def consumer_cellular() -> None:
    foot = (
        "Consumer Cellular, Inc. | 12447 SW 69th Ave, Tigard, OR 97223\n"
        "AARP member benefits are provided by third parties, not by AARP or its affiliates. Providers pay a "
        "royalty fee to AARP for the use of its intellectual property.\n"
        "Please do not reply to this message. Customer Service: (888) 345-5509"
    )
    bills = [
        (
            when(2025, 12, 6, 6, 2, "PT"),
            date(2025, 12, 6),
            68.87,
            date(2025, 12, 26),
            "Unlimited Talk & Text + 10GB Shared Data",
            50.00,
            3.25,
            7.12,
        ),
        (
            when(2026, 2, 6, 6, 4, "PT"),
            date(2026, 2, 6),
            68.87,
            date(2026, 2, 26),
            "Unlimited Talk & Text + 10GB Shared Data",
            50.00,
            3.25,
            7.12,
        ),
        (
            when(2026, 7, 6, 6, 1, "PT"),
            date(2026, 7, 6),
            58.42,
            date(2026, 7, 26),
            "Unlimited Talk & Text + 5GB Shared Data",
            40.00,
            2.75,
            6.17,
        ),
        (
            when(2026, 11, 6, 6, 3, "PT"),
            date(2026, 11, 6),
            58.42,
            date(2026, 11, 26),
            "Unlimited Talk & Text + 5GB Shared Data",
            40.00,
            2.75,
            6.17,
        ),
    ]
    for dt, bd, amt, due, plan, base, disc, tax in bills:
        rows = kv_rows(
            [
                ("Account number", "xxxx-x6620"),
                ("Statement date", us(bd)),
                (escape(plan), money(base)),
                ("Additional line (Robert)", "$15.00"),
                ("AARP member discount (5%)", f"-{money(disc)}"),
                ("Taxes, fees &amp; surcharges", money(tax)),
                ("Total due", money(amt)),
            ],
            bold_last=True,
        )
        inner = f"""<tr><td style="padding:18px 24px;background:#00205b;color:#fff;font-size:22px">Consumer Cellular</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#222">
<p>Hello Carmen,</p>
<p>Your monthly statement is now available in My Account.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="border-top:2px solid #00205b">{rows}</table>
<p>Your AutoPay is set up. We will charge {money(amt)} to your card on file on {us(due)}.</p>
<p><a href="https://www.consumercellular.com/myaccount">View my statement</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#777">{escape(foot).replace(chr(10), "<br/>")}</td></tr>"""
        text = f"""Hello Carmen,

Your monthly statement is now available in My Account.

Account number: xxxx-x6620
Statement date: {us(bd)}
{plan}: {money(base)}
Additional line (Robert): $15.00
AARP member discount (5%): -{money(disc)}
Taxes, fees & surcharges: {money(tax)}
Total due: {money(amt)}

Your AutoPay is set up. We will charge {money(amt)} to your card on file on {us(due)}.

View my statement: https://www.consumercellular.com/myaccount

{foot}
"""
        add(
            dt,
            "Consumer Cellular",
            "noreply@consumercellular.com",
            "Your Consumer Cellular statement is ready",
            alt(plain(text), html(page(inner, title="Statement"))),
            slug="consumer-cellular-bill",
            labels=[N_CC],
            style="outlook",
        )

    text = f"""Hello Carmen,

This confirms the change you made to your plan today.

Previous plan: Unlimited Talk & Text + 10GB Shared Data   $50.00/mo
New plan:      Unlimited Talk & Text + 5GB Shared Data    $40.00/mo
Lines:         2 (additional line $15.00/mo)
Effective:     your next billing cycle, beginning 06/06/2026

Estimated new monthly total: $58.42, including your 5% AARP member discount
and estimated taxes & fees. Your first bill on the new plan may include a
partial-month adjustment.

Thank you for being a Consumer Cellular customer since 2017.

{foot}
"""
    add(
        when(2026, 5, 14, 11, 26, "PT"),
        "Consumer Cellular",
        "noreply@consumercellular.com",
        "Your plan change is confirmed",
        plain(text),
        slug="consumer-cellular-plan-change",
        labels=[N_CC],
        style="outlook",
    )


# ---------------------------------------------------------------------------------------------
# Citizens Property Insurance: HO-3 homeowners, quarterly installment plan (40% down + 3 x 20%)
# ---------------------------------------------------------------------------------------------
def citizens() -> None:
    pol = "07-1293558-01"
    sig = (
        "Citizens Property Insurance Corporation\n"
        "P.O. Box 10749, Tallahassee, FL 32302-2749 | Customer Care Center 866.411.2742\n"
        "www.citizensfla.com\n\n"
        "This email was sent from an unmonitored address. Do not reply. If you have questions about your\n"
        "policy, contact your agent: Kendall Insurance Group, 305-555-0187.\n"
    )
    text = f"""INSTALLMENT NOTICE

Named Insured:     CARMEN ALVAREZ & ROBERT ALVAREZ
Policy Number:     {pol}
Policy Type:       Homeowners (HO-3) - Multiperil
Policy Period:     04/12/2025 to 04/12/2026
Property Address:  {STREET.upper()}, MIAMI, FL 33186

Payment Plan:      Quarterly (4 payments)
Installment 4 of 4

  Installment Amount Due:        $926.40
  Due Date:                      01/12/2026

Please pay on or before the due date to avoid cancellation for non-payment.
Pay online at www.citizensfla.com/payments (eCheck or card) or by phone at
866.411.2742. Please include your policy number with any payment.

{sig}"""
    add(
        when(2025, 12, 22, 16, 5),
        "Citizens Property Insurance Corporation",
        "noreply@citizensfla.com",
        f"Installment Notice - Policy {pol}",
        plain(text, "us-ascii", "7bit"),
        slug="citizens-installment",
        labels=[N_CITIZENS],
        style="hex",
    )

    text = f"""Your Citizens policy renewal

Dear CARMEN ALVAREZ,

Your Citizens homeowners policy {pol} is scheduled to renew. Your renewal
declarations page is attached.

Renewal Policy Period:   04/12/2026 to 04/12/2027
Coverage A (Dwelling):   $412,000
Hurricane Deductible:    2% ($8,240)
All Other Perils:        $1,000

  Premium                                 $5,063.00
  Emergency Mgmt. Preparedness Fund           $2.00
  Citizens Policyholder Surcharge             $0.00
  FIGA Assessment                            $83.00
  -------------------------------------------------
  TOTAL POLICY PREMIUM                    $5,148.00

Your payment plan: Quarterly
  Down payment due 04/12/2026             $2,059.20
  Installment due 07/12/2026              $1,029.60
  Installment due 10/12/2026              $1,029.60
  Installment due 01/12/2027              $1,029.60

Citizens' rates are set by law and approved by the Florida Office of Insurance
Regulation. Your premium has changed from $4,632.00 last term.

{sig}"""
    lines = [
        "Citizens Property Insurance Corporation - RENEWAL DECLARATIONS",
        f"Policy {pol}   Period 04/12/2026 - 04/12/2027",
        "Named insured: CARMEN ALVAREZ & ROBERT ALVAREZ",
        "Total policy premium: $5,148.00   Payment plan: Quarterly",
        "Down payment $2,059.20 due 04/12/2026; installments $1,029.60 due 07/12/2026, 10/12/2026, 01/12/2027",
    ]
    add(
        when(2026, 2, 20, 14, 47),
        "Citizens Property Insurance Corporation",
        "noreply@citizensfla.com",
        f"Your Citizens policy renewal - {pol}",
        mixed(plain(text, "us-ascii", "7bit"), pdf("RenewalDeclarations_0712935580.pdf", lines)),
        slug="citizens-renewal",
        labels=[N_CITIZENS],
        style="plain",
    )

    text = f"""NOTICE OF TAKEOUT OFFER

Dear Policyholder,

Citizens is required by Florida law to be the insurer of last resort. An
authorized private insurance company, Coral Shield Insurance Company, has been
approved by the Florida Office of Insurance Regulation to offer coverage to
some Citizens policyholders.

Coral Shield Insurance Company has made an offer of coverage for your property
at {STREET.upper()}. Its estimated annual premium for comparable coverage is
$6,480.00. Because this offer is more than 20% higher than your Citizens
renewal premium, you remain eligible for coverage with Citizens: you may opt out
of the offer by the date shown in your offer package.

To review the offer and your choices, visit www.citizensfla.com/takeoutoffer
or contact your agent. If you do not opt out, your policy may be assumed by
Coral Shield Insurance Company.

Policy number: {pol}

{sig}"""
    add(
        when(2026, 3, 2, 11, 30),
        "Citizens Property Insurance Corporation",
        "noreply@citizensfla.com",
        "Important: Notice of Takeout Offer",
        plain(text, "us-ascii", "7bit"),
        slug="citizens-takeout",
        labels=[N_CITIZENS],
        style="hex",
    )

    text = f"""Thank you for your payment.

Policy Number:     {pol}
Payment Date:      04/08/2026
Payment Type:      eCheck - Checking ****3391
Payment Amount:    $2,059.20
Confirmation #:    CPIC{digits(10)}

Applied to: Renewal down payment, policy period 04/12/2026 - 04/12/2027.
Your next installment of $1,029.60 is due 07/12/2026.

Having opted out of the takeout offer, your policy remains with Citizens.

{sig}"""
    add(
        when(2026, 4, 8, 19, 2),
        "Citizens Property Insurance Corporation",
        "noreply@citizensfla.com",
        "Payment Received - Thank You",
        plain(text, "us-ascii", "7bit"),
        slug="citizens-payment",
        labels=[N_CITIZENS],
        style="hex",
    )

    text = f"""INSTALLMENT NOTICE

Named Insured:     CARMEN ALVAREZ & ROBERT ALVAREZ
Policy Number:     {pol}
Policy Type:       Homeowners (HO-3) - Multiperil
Policy Period:     04/12/2026 to 04/12/2027
Property Address:  {STREET.upper()}, MIAMI, FL 33186

Payment Plan:      Quarterly (4 payments)
Installment 3 of 4

  Installment Amount Due:        $1,029.60
  Due Date:                      10/12/2026

Remaining installment after this payment: $1,029.60 due 01/12/2027.

Please pay on or before the due date to avoid cancellation for non-payment.
Pay online at www.citizensfla.com/payments (eCheck or card) or by phone at
866.411.2742. Please include your policy number with any payment.

{sig}"""
    add(
        when(2026, 9, 21, 16, 9),
        "Citizens Property Insurance Corporation",
        "noreply@citizensfla.com",
        f"Installment Notice - Policy {pol}",
        plain(text, "us-ascii", "7bit"),
        slug="citizens-installment",
        labels=[N_CITIZENS],
        style="hex",
    )


# ---------------------------------------------------------------------------------------------
# NFIP flood insurance, written by Wright Flood, yearly
# ---------------------------------------------------------------------------------------------
def flood() -> None:
    pol = "09 1150 284763 02"
    inner = f"""<tr><td style="padding:16px 24px;background:#00467f;color:#fff;font-size:22px">Wright Flood<span style="font-size:12px"> &nbsp;National Flood Insurance Program</span></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#222">
<h2 style="margin-top:0">Flood Insurance Renewal Notice</h2>
<p>Dear CARMEN ALVAREZ,</p>
<p>Your flood insurance policy is due to expire. To keep your coverage in force without a lapse, your renewal premium must be received on or before the expiration date.</p>
<table width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border:1px solid #bbb;font-size:13px">
<tr><td>Policy Number</td><td>{pol}</td></tr>
<tr><td>Property Location</td><td>{STREET.upper()}, MIAMI, FL 33186</td></tr>
<tr><td>Expiration Date</td><td>06/20/2026</td></tr>
<tr><td>Building / Contents Coverage</td><td>$250,000 / $60,000</td></tr>
<tr><td>Full-Risk Premium</td><td>$1,021.00</td></tr>
<tr><td>ICC Premium</td><td>$6.00</td></tr>
<tr><td>Reserve Fund Assessment</td><td>$182.00</td></tr>
<tr><td>HFIAA Surcharge</td><td>$25.00</td></tr>
<tr><td>Federal Policy Fee</td><td>$50.00</td></tr>
<tr><td><b>Total Renewal Premium</b></td><td><b>$1,284.00</b></td></tr>
</table>
<p>Pay online at <a href="https://www.wrightflood.com/payment">wrightflood.com/payment</a>. If your premium is paid by your mortgage company, please forward this notice to them.</p>
<p style="font-size:11px;color:#666">Wright National Flood Insurance Company &middot; P.O. Box 33003, St. Petersburg, FL 33733 &middot; 800-820-3242. Wright Flood is a participant in the Write Your Own program of the National Flood Insurance Program, administered by FEMA.</p>
</td></tr>"""
    h = page(inner, title="Flood Insurance Renewal Notice")
    add(
        when(2026, 5, 6, 9, 55),
        "Wright Flood",
        "noreply@wrightflood.com",
        f"Flood Insurance Renewal Notice - Policy {pol}",
        alt(plain(strip_html(h)), html(h)),
        slug="flood-renewal-notice",
        labels=[N_FLOOD],
        style="hex",
    )

    text = f"""Wright Flood - Payment Confirmation

Thank you. We have received your renewal payment and your NFIP flood policy
has been renewed.

Policy Number:     {pol}
Insured:           CARMEN ALVAREZ
New Policy Term:   06/20/2026 - 06/20/2027
Amount Received:   $1,284.00
Payment Method:    Visa ending 4417
Reference:         WF{digits(8)}

Your renewal declarations page will be available in the Policyholder Portal
within 5 business days.

Wright National Flood Insurance Company, St. Petersburg, FL
"""
    add(
        when(2026, 6, 11, 15, 21),
        "Wright Flood",
        "noreply@wrightflood.com",
        "Your flood insurance payment has been received",
        plain(text, "us-ascii", "7bit"),
        slug="flood-payment",
        labels=[N_FLOOD],
        style="hex",
    )


# ---------------------------------------------------------------------------------------------
# Kendall Breeze Villas HOA: monthly maintenance via ClickPay AutoPay, special assessment (one-off)
# ---------------------------------------------------------------------------------------------
def hoa() -> None:
    mgmt = ("Tropic Shores Property Management", "notices@tropicshorespm.com")
    sig = (
        "On behalf of the Board of Directors,\n\nMaritza Pe\u00f1a, LCAM\nCommunity Association Manager\n"
        "Tropic Shores Property Management, LLC\n8950 SW 74th Ct, Suite 1410, Miami, FL 33156\n"
        "(305) 555-0163 | www.tropicshorespm.com\n"
    )
    text = f"""Dear Kendall Breeze Villas Homeowners,

At its meeting of December 4, 2025 the Board of Directors adopted the 2026
Operating Budget. A copy of the budget is available in the owner portal.

  2025 monthly maintenance assessment:   $365.00
  2026 monthly maintenance assessment:   $389.00
  Effective:                             January 1, 2026

The increase is mainly due to higher property insurance for the common
areas (up 14%) and the reserve contributions required by Florida law.

Assessments are due on the 1st of each month and are considered late after
the 15th. Owners enrolled in ClickPay AutoPay do not need to do anything:
AutoPay will draft the new amount automatically on the 3rd of the month.
Owners who pay by check should make them payable to "Kendall Breeze Villas HOA"
and include their unit/account number.

Happy holidays!

{sig}"""
    add(
        when(2025, 12, 10, 15, 22),
        mgmt[0],
        mgmt[1],
        "Kendall Breeze Villas - 2026 Approved Budget and Assessment",
        plain(text, "utf-8", "8bit"),
        slug="hoa-2026-budget",
        labels=[N_HOA],
        style="outlook",
    )

    def clickpay(dt: datetime, amt: str, what: str, kind: str, labels: list[str]) -> None:
        conf = digits(9)
        inner = f"""<tr><td style="padding:16px 24px;border-bottom:3px solid #1b75bb"><span style="font-size:24px;color:#1b75bb;font-weight:bold">ClickPay</span></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333">
<p>Dear CARMEN ALVAREZ,</p>
<p>Your payment has been successfully submitted. Please allow 1-3 business days for it to be reflected on your account.</p>
<table width="100%" cellpadding="8" cellspacing="0" style="border:1px solid #e0e0e0;font-size:14px">
<tr style="background:#f7f9fb"><td>Property</td><td>Kendall Breeze Villas Homeowners Association</td></tr>
<tr><td>Account #</td><td>KBV-0412</td></tr>
<tr style="background:#f7f9fb"><td>Payment for</td><td>{what}</td></tr>
<tr><td>Payment type</td><td>{kind}</td></tr>
<tr style="background:#f7f9fb"><td>Payment date</td><td>{dt.strftime("%m/%d/%Y")}</td></tr>
<tr><td>Amount</td><td>{amt}</td></tr>
<tr style="background:#f7f9fb"><td>Processing fee</td><td>$0.00</td></tr>
<tr><td><strong>Total</strong></td><td><strong>{amt}</strong></td></tr>
<tr style="background:#f7f9fb"><td>Confirmation #</td><td>{conf}</td></tr>
</table>
<p>To view your payment history or manage AutoPay, log in at <a href="https://www.clickpay.com">www.clickpay.com</a>.</p>
<p style="font-size:11px;color:#888">ClickPay Services, Inc. is the payment processor for your property management company. Please do not reply to this email. &copy; 2026 ClickPay Services, Inc.</p>
</td></tr>"""
        h = page(inner, title="Payment Confirmation")
        add(
            dt,
            "ClickPay",
            "noreply@clickpay.com",
            "ClickPay Payment Confirmation",
            alt(plain(strip_html(h)), html(h)),
            slug="clickpay-hoa",
            labels=labels,
            style="hex",
        )

    for d in (date(2026, 1, 3), date(2026, 4, 3), date(2026, 9, 3), date(2026, 11, 3)):
        clickpay(
            when(d.year, d.month, d.day, 4, 41),
            "$389.00",
            "Monthly Maintenance Assessment",
            "AutoPay - eCheck ****3391",
            [N_HOA],
        )

    text = f"""NOTICE OF SPECIAL ASSESSMENT

Dear Owner(s) of Unit 0412,

At a duly noticed Board meeting held on June 11, 2026, the Board of Directors
of Kendall Breeze Villas Homeowners Association, Inc. levied a special
assessment to fund the roof replacement of the clubhouse and the exterior
repainting of all buildings.

  Special assessment per unit:   $1,450.00 (one-time)
  Due date:                      August 1, 2026

This special assessment is NOT part of your monthly maintenance and will NOT
be drafted by ClickPay AutoPay. Please make a one-time payment through ClickPay
or mail a check. Owners who need a payment arrangement must contact management
before July 15, 2026.

{sig}"""
    add(
        when(2026, 6, 15, 10, 8),
        mgmt[0],
        mgmt[1],
        "Notice of Special Assessment - Kendall Breeze Villas",
        plain(text, "utf-8", "8bit"),
        slug="hoa-special-assessment",
        style="outlook",
    )
    clickpay(
        when(2026, 7, 28, 9, 17),
        "$1,450.00",
        "Special Assessment 2026 - Roof/Painting",
        "One-time - eCheck ****3391",
        [],
    )

    text = f"""NOTICE OF ANNUAL MEETING OF THE MEMBERS AND BUDGET MEETING

Kendall Breeze Villas Homeowners Association, Inc.
Date: Tuesday, December 8, 2026 at 7:00 p.m.
Place: Clubhouse, 14200 SW 97th Terrace (or by Zoom, link in the owner portal)

Agenda: election of three directors; adoption of the 2027 budget; reports.

The proposed 2027 budget has a monthly maintenance assessment of $405.00 per
unit (2026: $389.00). If adopted, the new amount would take effect January 1,
2027. A copy of the proposed budget and candidate sheets is enclosed in the
portal.

Owners who cannot attend are encouraged to return the enclosed proxy.

{sig}"""
    add(
        when(2026, 11, 12, 11, 45),
        mgmt[0],
        mgmt[1],
        "Notice of Annual Meeting and Proposed 2027 Budget",
        plain(text, "utf-8", "8bit"),
        slug="hoa-annual-meeting",
        labels=[N_HOA],
        style="outlook",
    )


# ---------------------------------------------------------------------------------------------
# Miami-Dade property tax: TRIM notice in August, tax bill in November (4% discount), paid online
# ---------------------------------------------------------------------------------------------
def property_tax() -> None:
    folio = "30-5907-012-0340"
    text = f"""Miami-Dade County Property Appraiser

Your 2026 Notice of Proposed Property Taxes (TRIM Notice) is available online.

Folio: {folio}
Property address: {STREET.upper()}

THIS IS NOT A BILL. The TRIM notice shows the proposed taxes from each taxing
authority and the dates of the public budget hearings. Your 2026 tax bill will be
mailed by the Tax Collector in November.

  2026 Market value:              $498,140
  Homestead exemptions:           $50,000 + $50,000 senior (County)
  Save Our Homes assessed value:  $361,884
  Proposed taxes (if budgets are adopted):  $6,774.41 ad valorem

If you believe the value of your property is inaccurate, you may request an
informal review or file a petition with the Value Adjustment Board by
September 15, 2026.

View your notice: https://www.miamidade.gov/pa/property_search.asp

Miami-Dade County Office of the Property Appraiser
111 NW 1st Street, Suite 710, Miami, FL 33128 | 305-375-4712
"""
    add(
        when(2026, 8, 20, 9, 5),
        "Miami-Dade Property Appraiser",
        "pa_notices@miamidade.gov",
        "Your 2026 TRIM Notice (Notice of Proposed Property Taxes) is available",
        plain(text, "us-ascii", "7bit"),
        slug="property-appraiser-trim",
        labels=[N_PTAX],
        style="plain",
    )

    inner = f"""<tr><td style="padding:16px 24px;background:#0b3a5d;color:#fff;font-size:20px">Miami-Dade County Tax Collector</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#222">
<p>Dear Property Owner,</p>
<p>Your <strong>2026 Real Estate Property Tax</strong> bill is now available. A copy is attached.</p>
<table width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border:1px solid #999;font-size:13px">
<tr><td>Folio number</td><td>{folio}</td></tr>
<tr><td>Owner</td><td>ALVAREZ CARMEN &amp; ROBERT (H/W)</td></tr>
<tr><td>Ad valorem taxes</td><td>$6,760.58</td></tr>
<tr><td>Non-ad valorem assessments (Garbage/Trash)</td><td>$652.00</td></tr>
<tr><td><b>Gross tax</b></td><td><b>$7,412.58</b></td></tr>
</table>
<p><b>Pay early and save:</b></p>
<table width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border:1px solid #999;font-size:13px">
<tr style="background:#eaeaea"><th align="left">If paid by</th><th align="left">Discount</th><th align="right">Amount</th></tr>
<tr><td>November 30, 2026</td><td>4%</td><td align="right">$7,116.08</td></tr>
<tr><td>December 31, 2026</td><td>3%</td><td align="right">$7,190.20</td></tr>
<tr><td>January 31, 2027</td><td>2%</td><td align="right">$7,264.33</td></tr>
<tr><td>February 28, 2027</td><td>1%</td><td align="right">$7,338.45</td></tr>
<tr><td>March 31, 2027</td><td>0%</td><td align="right">$7,412.58</td></tr>
</table>
<p>Taxes become delinquent April 1, 2027. Pay online at <a href="https://miamidade.county-taxes.com">miamidade.county-taxes.com</a> by eCheck (free) or credit card (fee applies).</p>
<p style="font-size:11px;color:#666">Miami-Dade Tax Collector, 200 NW 2nd Avenue, Miami, FL 33128. You are receiving this email because you signed up for e-billing.</p>
</td></tr>"""
    h = page(inner, title="2026 Property Tax Bill")
    lines = [
        "MIAMI-DADE COUNTY 2026 REAL ESTATE PROPERTY TAXES - NOTICE OF AD VALOREM TAXES AND NON-AD VALOREM ASSESSMENTS",
        f"FOLIO {folio}    ALVAREZ CARMEN & ROBERT (H/W)    {STREET.upper()}",
        "Ad valorem taxes 6,760.58   Non-ad valorem assessments 652.00   Combined taxes and assessments 7,412.58",
        "If paid by Nov 30 2026 7,116.08 | Dec 31 2026 7,190.20 | Jan 31 2027 7,264.33 | Feb 28 2027 7,338.45 | Mar 31 2027 7,412.58",
    ]
    add(
        when(2026, 11, 2, 7, 30),
        "Miami-Dade Tax Collector",
        "taxcollector@miamidade.gov",
        f"Your 2026 Miami-Dade property tax bill is available - Folio {folio}",
        mixed(alt(plain(strip_html(h)), html(h)), pdf("2026_TaxBill_3059070120340.pdf", lines)),
        slug="property-tax-bill",
        labels=[N_PTAX],
        style="plain",
    )

    text = f"""Payment Confirmation

Thank you for your payment to the Miami-Dade County Tax Collector.

Confirmation number:  2026-RE-{digits(7)}
Date:                 11/18/2026 08:52 PM
Account:              Real Estate {folio} (2026)
Payer:                CARMEN ALVAREZ
Payment method:       eCheck ****3391
Amount paid:          $7,116.08 (4% November discount applied)
Convenience fee:      $0.00

Your receipt will be available at miamidade.county-taxes.com within 3 business
days. Please keep this email for your records.

Miami-Dade County Tax Collector | Powered by Grant Street Group
"""
    add(
        when(2026, 11, 18, 20, 52),
        "Miami-Dade County Tax Collector",
        "no-reply@county-taxes.net",
        "Miami-Dade County Tax Collector: Payment Confirmation",
        plain(text, "us-ascii", "7bit"),
        slug="property-tax-payment",
        labels=[N_PTAX],
        style="hex",
    )


# ---------------------------------------------------------------------------------------------
# SiriusXM (account in Robert's name): price rise notice, he called and got a 12-month rate.
# Both forwarded by Robert from Gmail.
# ---------------------------------------------------------------------------------------------
def gmail_forward(
    dt: datetime,
    note: str,
    orig_from: str,
    orig_date: str,
    orig_subject: str,
    orig_to: str,
    orig_text: str,
    *,
    subject: str,
    slug: str,
    labels: list[str],
) -> None:
    text = (
        f"{note}\n\n---------- Forwarded message ---------\nFrom: {orig_from}\nDate: {orig_date}\n"
        f"Subject: {orig_subject}\nTo: {orig_to}\n\n\n{orig_text}"
    )
    note_h = "".join(f"<div>{escape(ln) if ln else '<br>'}</div>" for ln in note.split("\n"))
    orig_h = "<br>".join(escape(ln) for ln in orig_text.split("\n"))
    h = (
        f'<div dir="ltr">{note_h}<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
        f'From: <strong class="gmail_sendername" dir="auto">{escape(orig_from)}</strong><br>Date: {escape(orig_date)}<br>'
        f"Subject: {escape(orig_subject)}<br>To: {escape(orig_to)}<br></div><br><br>{orig_h}</div></div>\n"
    )
    add(
        dt,
        ROBERT[0],
        ROBERT[1],
        subject,
        alt(plain(text), html(h)),
        slug=slug,
        labels=labels,
        style="hex",
        mid_domain="mail.gmail.com",
    )


def siriusxm() -> None:
    radio = "8FTW1K2R"
    orig = f"""SiriusXM

Important information about your subscription

Dear Robert Alvarez,

Thank you for being a SiriusXM subscriber. We're writing to let you know about
an upcoming change to the price of your subscription.

Radio ID: {radio}
Vehicle: 2023 Toyota RAV4
Current plan: All Access - Monthly

Beginning with your next bill on or after March 4, 2026, the price of your All
Access subscription will increase from $23.99 to $25.99 per month, plus the U.S.
Music Royalty Fee and applicable taxes.

We continue to add more of what you love: exclusive talk, live play-by-play
from every NFL and MLB game, and more than 425 channels in the car and on the app.

You don't need to do anything to keep enjoying SiriusXM. To review your
account, visit siriusxm.com/myaccount or call 1-866-635-2349.

Sirius XM Radio LLC, 1221 Avenue of the Americas, New York, NY 10020
Unsubscribe from marketing emails: https://www.siriusxm.com/emailpreferences
"""
    gmail_forward(
        when(2026, 2, 11, 9, 18),
        "Carmen, mira esto. Otra vez suben el precio del radio del carro.\nVoy a llamarlos mañana a ver qué me ofrecen.\n\nR.",
        "SiriusXM <siriusxm@email.siriusxm.com>",
        "Tue, Feb 10, 2026 at 11:02 AM",
        "Important information about your SiriusXM subscription",
        "<ralvarez52@gmail.com>",
        orig,
        subject="Fwd: Important information about your SiriusXM subscription",
        slug="fwd-siriusxm-price",
        labels=[N_SXM],
    )

    orig = f"""SiriusXM

Thanks for your order!

Hi Robert,

Here are the details of the change you made to your subscription today.

Radio ID:          {radio}
Vehicle:           2023 Toyota RAV4
Account number:    ****{digits(4)}

New plan:          Music & Entertainment - Monthly
                   Promotional rate, 12 months
Plan price:        $8.00/mo
U.S. Music Royalty Fee:  $1.69/mo
Total monthly charge:    $9.69 plus applicable taxes

Promotional period: March 4, 2026 - March 3, 2027
Next bill date:     April 4, 2026
Payment method:     Mastercard ending 2290

Your subscription will renew automatically every month. After the promotional
period ends, it will continue at the then-current rate for your plan,
currently $23.99/mo plus fees and taxes, unless you call to cancel.

Your previous All Access plan has been cancelled effective today.

Questions? Call 1-866-635-2349.
Sirius XM Radio LLC, 1221 Avenue of the Americas, New York, NY 10020
"""
    gmail_forward(
        when(2026, 3, 4, 13, 6),
        "Listo. Hablé con ellos 40 minutos y me bajaron a $9.69 al mes por un año.\nGuarda esto por si acaso, que después se les olvida.",
        "SiriusXM <noreply@siriusxm.com>",
        "Wed, Mar 4, 2026 at 12:48 PM",
        "Your SiriusXM Subscription Confirmation",
        "<ralvarez52@gmail.com>",
        orig,
        subject="Fwd: Your SiriusXM Subscription Confirmation",
        slug="fwd-siriusxm-confirmation",
        labels=[N_SXM],
    )


# ---------------------------------------------------------------------------------------------
# Miami Herald (Sunday print + digital, monthly) and el Nuevo Herald (digital, cancelled)
# ---------------------------------------------------------------------------------------------
MCCLATCHY_FOOT = (
    '<tr><td style="padding:18px 24px;font-size:11px;color:#777;background:#f4f4f4">{paper} | 3511 NW 91st '
    'Avenue, Doral, FL 33172<br/>{rights}<br/><a href="https://www.mcclatchy.com/privacy">{priv}</a> | '
    '<a href="https://{site}/customer-service">{cs}</a></td></tr>'
)


def herald() -> None:
    foot = MCCLATCHY_FOOT.format(
        paper="Miami Herald",
        rights="&copy; 2026 Miami Herald. All rights reserved. Part of the McClatchy Media Network.",
        priv="Privacy Policy",
        site="www.miamiherald.com",
        cs="Customer Service",
    )
    head = (
        '<tr><td style="padding:14px 24px;border-bottom:1px solid #ddd;font-family:Georgia,serif;font-size:30px;'
        'font-weight:bold;color:#000">Miami Herald</td></tr>'
    )
    acct = "1002847733"

    def receipt(dt: datetime, amt: str, nxt: date) -> None:
        inner = (
            head
            + f"""<tr><td style="padding:24px;font-size:15px;color:#222">
<h2 style="margin-top:0">Thank you for your payment</h2>
<p>Hi Carmen,</p>
<p>We've received your subscription payment. Thanks for supporting local journalism in South Florida.</p>
<table width="100%" cellpadding="8" cellspacing="0" style="border:1px solid #ddd;font-size:14px">
<tr><td>Subscription</td><td align="right">Sunday Print + Unlimited Digital Access</td></tr>
<tr><td>Account number</td><td align="right">{acct}</td></tr>
<tr><td>Payment date</td><td align="right">{short(dt.date())}</td></tr>
<tr><td>Payment method</td><td align="right">Visa ****4417</td></tr>
<tr><td><strong>Amount paid</strong></td><td align="right"><strong>{amt}</strong></td></tr>
<tr><td>Next payment date</td><td align="right">{short(nxt)}</td></tr>
</table>
<p>Your subscription renews automatically each month until you cancel. Manage your account at <a href="https://www.miamiherald.com/myaccount">miamiherald.com/myaccount</a>.</p>
</td></tr>"""
            + foot
        )
        add(
            dt,
            "Miami Herald",
            "customerservice@email.miamiherald.com",
            "Your Miami Herald payment receipt",
            html(page(inner, title="Payment receipt")),
            slug="miami-herald-receipt",
            labels=[N_HERALD],
            style="java",
        )

    receipt(when(2025, 12, 15, 5, 3), "$24.99", date(2026, 1, 15))
    receipt(when(2026, 3, 15, 5, 1), "$24.99", date(2026, 4, 15))
    receipt(when(2026, 10, 15, 5, 4), "$29.99", date(2026, 11, 15))
    receipt(when(2026, 11, 15, 5, 2), "$29.99", date(2026, 12, 15))

    inner = (
        head
        + """<tr><td style="padding:24px;font-size:15px;color:#222">
<p>Dear Valued Subscriber,</p>
<p>Thank you for subscribing to the Miami Herald. Your support makes our reporting possible &mdash; from City Hall and Tallahassee to hurricane coverage you can count on.</p>
<p>Like many businesses, we face rising costs for newsprint, delivery and technology. To continue delivering the news you rely on, we are adjusting subscription rates.</p>
<p>Beginning with your billing on or after <strong>July 15, 2026</strong>, the rate for your <strong>Sunday Print + Unlimited Digital Access</strong> subscription will be <strong>$29.99 per month</strong> (currently $24.99).</p>
<p>No action is required. If you have questions or would like to explore other subscription options, please call 1-800-843-4372.</p>
<p>Sincerely,<br/>Miami Herald Customer Service</p></td></tr>"""
        + foot
    )
    add(
        when(2026, 6, 10, 10, 30),
        "Miami Herald",
        "customerservice@email.miamiherald.com",
        "Important information about your subscription rate",
        html(page(inner, title="Rate notice")),
        slug="miami-herald-rate-change",
        labels=[N_HERALD],
        style="java",
    )

    inner = (
        head
        + """<tr><td style="padding:24px;font-size:15px;color:#222">
<h2 style="margin-top:0">Your vacation hold is confirmed</h2>
<p>Hi Carmen, enjoy your trip! Here are the details:</p>
<table width="100%" cellpadding="8" cellspacing="0" style="border:1px solid #ddd;font-size:14px">
<tr><td>Stop print delivery</td><td align="right">Sunday, August 9, 2026</td></tr>
<tr><td>Restart print delivery</td><td align="right">Sunday, August 23, 2026</td></tr>
<tr><td>Papers during hold</td><td align="right">Donate to Newspapers in Education</td></tr>
</table>
<p>Your digital access, including the eEdition, continues while you're away. Your subscription rate is not affected.</p></td></tr>"""
        + foot
    )
    add(
        when(2026, 8, 3, 17, 44),
        "Miami Herald",
        "customerservice@email.miamiherald.com",
        "Your vacation hold is confirmed",
        html(page(inner, title="Vacation hold")),
        slug="miami-herald-vacation-hold",
        labels=[N_HERALD],
        style="java",
    )

    inner = (
        head
        + """<tr><td style="padding:24px;font-size:15px;color:#222">
<p style="font-size:12px;color:#777">MORNING HEADLINES &middot; Wednesday, March 25, 2026</p>
<h3>Miami-Dade commission weighs new transit fare plan</h3><p>The proposal would add a reduced monthly pass for riders over 65. <a href="https://www.miamiherald.com/news/local/">Read more</a></p>
<h3>Kendall restaurant named among Florida's best Cuban sandwiches</h3><p>The family-run spot on SW 137th Avenue made the statewide list. <a href="https://www.miamiherald.com/miami-com/restaurants/">Read more</a></p>
<h3>Marlins open season at home Friday</h3><p>Tickets start at $15. <a href="https://www.miamiherald.com/sports/">Read more</a></p>
<p style="font-size:12px">You're receiving this newsletter because you signed up for Morning Headlines. <a href="https://www.miamiherald.com/newsletters/unsubscribe">Unsubscribe</a></p></td></tr>"""
        + foot
    )
    h = page(inner, title="Morning Headlines")
    add(
        when(2026, 3, 25, 6, 30),
        "Miami Herald",
        "newsletters@email.miamiherald.com",
        "Morning Headlines: Miami-Dade weighs new transit fares for seniors",
        alt(plain(strip_html(h)), html(h)),
        slug="miami-herald-newsletter",
        style="java",
        extra=[("List-Unsubscribe", "<https://www.miamiherald.com/newsletters/unsubscribe>")],
    )


def nuevo_herald() -> None:
    foot = MCCLATCHY_FOOT.format(
        paper="el Nuevo Herald",
        rights="&copy; 2026 el Nuevo Herald. Todos los derechos reservados.",
        priv="Pol&iacute;tica de privacidad",
        site="www.elnuevoherald.com",
        cs="Servicio al cliente",
    )
    head = (
        '<tr><td style="padding:14px 24px;border-bottom:3px solid #c8102e;font-family:Georgia,serif;font-size:30px;'
        'color:#000">el Nuevo Herald</td></tr>'
    )
    inner = (
        head
        + """<tr><td style="padding:24px;font-size:15px;color:#222">
<h2 style="margin-top:0">&iexcl;Bienvenida a el Nuevo Herald!</h2>
<p>Hola Carmen:</p>
<p>Gracias por suscribirse. Ya tiene acceso ilimitado a elnuevoherald.com, la aplicaci&oacute;n y la edici&oacute;n electr&oacute;nica.</p>
<table width="100%" cellpadding="8" cellspacing="0" style="border:1px solid #ddd;font-size:14px">
<tr><td>Suscripci&oacute;n</td><td align="right">Acceso Digital Ilimitado</td></tr>
<tr><td>Precio</td><td align="right">$5.99 al mes</td></tr>
<tr><td>Primer cargo</td><td align="right">8 de diciembre de 2025</td></tr>
<tr><td>M&eacute;todo de pago</td><td align="right">Visa ****4417</td></tr>
</table>
<p>Su suscripci&oacute;n se renovar&aacute; autom&aacute;ticamente el d&iacute;a 8 de cada mes hasta que la cancele.</p></td></tr>"""
        + foot
    )
    add(
        when(2025, 12, 8, 18, 12),
        "el Nuevo Herald",
        "suscripciones@email.elnuevoherald.com",
        "¡Bienvenida a el Nuevo Herald! Confirmación de su suscripción",
        html(page(inner, title="Bienvenida")),
        slug="nuevo-herald-bienvenida",
        labels=[N_NUEVO],
        style="java",
    )

    for d, nxt in ((date(2026, 2, 8), date(2026, 3, 8)), (date(2026, 4, 8), date(2026, 5, 8))):
        inner = (
            head
            + f"""<tr><td style="padding:24px;font-size:15px;color:#222">
<h2 style="margin-top:0">Recibo de pago</h2>
<p>Hola Carmen, gracias por su pago.</p>
<table width="100%" cellpadding="8" cellspacing="0" style="border:1px solid #ddd;font-size:14px">
<tr><td>Suscripci&oacute;n</td><td align="right">Acceso Digital Ilimitado</td></tr>
<tr><td>N&uacute;mero de cuenta</td><td align="right">2004419051</td></tr>
<tr><td>Fecha</td><td align="right">{es_long(d)}</td></tr>
<tr><td><strong>Total</strong></td><td align="right"><strong>$5.99</strong></td></tr>
<tr><td>Pr&oacute;ximo cargo</td><td align="right">{es_long(nxt)}</td></tr>
</table></td></tr>"""
            + foot
        )
        add(
            when(d.year, d.month, d.day, 5, 7),
            "el Nuevo Herald",
            "suscripciones@email.elnuevoherald.com",
            "Su recibo de pago de el Nuevo Herald",
            html(page(inner, title="Recibo")),
            slug="nuevo-herald-recibo",
            labels=[N_NUEVO],
            style="java",
        )

    inner = (
        head
        + """<tr><td style="padding:24px;font-size:15px;color:#222">
<h2 style="margin-top:0">Confirmaci&oacute;n de cancelaci&oacute;n</h2>
<p>Hola Carmen:</p>
<p>Hemos procesado la cancelaci&oacute;n de su suscripci&oacute;n <strong>Acceso Digital Ilimitado</strong>. Lamentamos verla partir.</p>
<p>Su acceso continuar&aacute; hasta el <strong>7 de julio de 2026</strong>. No se le har&aacute;n m&aacute;s cargos.</p>
<p>Si cambia de opini&oacute;n, puede volver a suscribirse en cualquier momento en elnuevoherald.com/suscripciones.</p></td></tr>"""
        + foot
    )
    add(
        when(2026, 6, 19, 16, 25),
        "el Nuevo Herald",
        "suscripciones@email.elnuevoherald.com",
        "Confirmación de cancelación de su suscripción",
        html(page(inner, title="Cancelación")),
        slug="nuevo-herald-cancelacion",
        labels=[N_NUEVO],
        style="java",
    )


# ---------------------------------------------------------------------------------------------
# CenterWell Pharmacy: 90-day mail-order autoship, every quarter
# ---------------------------------------------------------------------------------------------
def centerwell() -> None:
    foot = (
        '<tr><td style="padding:16px 24px;font-size:11px;color:#666;background:#f3f3f3">CenterWell Pharmacy, a Humana '
        "company. 9843 Windisch Rd, West Chester, OH 45069. Call 1-800-379-0092 (TTY: 711), Monday - Friday, 8 a.m. - 11 "
        "p.m., and Saturday, 8 a.m. - 6:30 p.m., Eastern time. This message contains information about your "
        "prescriptions. Please do not forward it.</td></tr>"
    )
    head = '<tr><td style="padding:16px 24px;background:#1a3b5d;color:#fff;font-size:22px">CenterWell Pharmacy&trade;</td></tr>'
    orders = [
        (when(2026, 1, 12, 17, 20), "7723481", date(2026, 4, 10)),
        (when(2026, 4, 13, 17, 5), "7859902", date(2026, 7, 10)),
        (when(2026, 10, 12, 17, 12), "8104417", date(2027, 1, 8)),
    ]
    for dt, num, nxt in orders:
        track = "9400 1000 0000 " + digits(4) + " " + digits(4) + " " + digits(2)
        inner = (
            head
            + f"""<tr><td style="padding:24px;font-size:15px;color:#222">
<h2 style="margin-top:0">Your order has shipped</h2>
<p>Hi Carmen, good news &mdash; your order is on its way.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #ddd;font-size:14px">
<tr style="background:#eef3f7"><th align="left">Rx #</th><th align="left">Medication</th><th align="left">Qty / days</th><th align="right">Your cost</th></tr>
<tr><td>{digits(7)}</td><td>Atorvastatin 40 mg tablet</td><td>90 / 90</td><td align="right">$0.00</td></tr>
<tr><td>{digits(7)}</td><td>Losartan potassium 50 mg tablet</td><td>90 / 90</td><td align="right">$0.00</td></tr>
<tr><td>{digits(7)}</td><td>Eliquis 5 mg tablet</td><td>180 / 90</td><td align="right">$47.00</td></tr>
<tr><td colspan="3" align="right"><strong>Order total</strong></td><td align="right"><strong>$47.00</strong></td></tr>
</table>
<p>Order #{num} &middot; Charged to Visa ending 4417 &middot; Shipping: Standard (free)<br/>USPS tracking: {track}</p>
<p><strong>Automatic refills are on.</strong> Your next refill is scheduled to ship around {us(nxt)}. We'll remind you before we process it.</p>
<p><a href="https://www.centerwellpharmacy.com/orders">Track your order</a></p></td></tr>"""
            + foot
        )
        h = page(inner, title="Your order has shipped")
        add(
            dt,
            "CenterWell Pharmacy",
            "noreply@centerwellpharmacy.com",
            "Your CenterWell Pharmacy order has shipped",
            alt(plain(strip_html(h)), html(h)),
            slug="centerwell-shipped",
            labels=[N_CW],
            style="java",
        )

    inner = (
        head
        + """<tr><td style="padding:24px;font-size:15px;color:#222">
<h2 style="margin-top:0">Your automatic refill is coming up</h2>
<p>Hi Carmen, we'll process the automatic refill of 3 prescriptions on <strong>07/10/2026</strong>.</p>
<p>Estimated cost: <strong>$47.00</strong>, charged to your card on file when your order ships.</p>
<p>Need to make a change? Skip, delay or cancel this refill by 07/08/2026 at centerwellpharmacy.com or by calling 1-800-379-0092.</p></td></tr>"""
        + foot
    )
    h = page(inner, title="Refill reminder")
    add(
        when(2026, 7, 3, 10, 42),
        "CenterWell Pharmacy",
        "noreply@centerwellpharmacy.com",
        "Reminder: your automatic refill will be processed soon",
        alt(plain(strip_html(h)), html(h)),
        slug="centerwell-refill-reminder",
        labels=[N_CW],
        style="java",
    )


# ---------------------------------------------------------------------------------------------
# EarCell Battery Club (Shopify store + subscription app, paid through PayPal): monthly hearing-aid
# batteries for Robert; PayPal payments failed in May and the subscription was cancelled by the store
# ---------------------------------------------------------------------------------------------
def earcell() -> None:
    store = ("EarCell", "hello@earcell.com")
    foot = (
        '<tr><td style="padding:16px 24px;font-size:11px;color:#888;text-align:center">EarCell Hearing Supply &middot; '
        "2200 N Commerce Pkwy, Weston, FL 33326<br/>Questions? Reply to this email or call (954) 555-0119.<br/>"
        '<a href="https://earcell.com/account">Manage subscription</a></td></tr>'
    )
    head = '<tr><td style="padding:20px 24px;text-align:center;font-size:24px;color:#0a7d74;font-weight:bold">EarCell</td></tr>'
    inner = (
        head
        + """<tr><td style="padding:24px;font-size:15px;color:#333">
<h2 style="margin-top:0">Order #EC10482 confirmed</h2>
<p>Hi Robert, thanks for your order! We're getting it ready to ship.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="font-size:14px;border-top:1px solid #eee">
<tr><td>Size 312 Hearing Aid Batteries &times; 40<br/><span style="color:#888;font-size:12px">Battery Club &middot; Delivery every 1 month</span></td><td align="right">$12.95</td></tr>
<tr><td>Shipping</td><td align="right">Free</td></tr>
<tr><td>Taxes</td><td align="right">$0.00</td></tr>
<tr><td><strong>Total</strong></td><td align="right"><strong>$12.95 USD</strong></td></tr>
</table>
<p>Payment: PayPal<br/>Shipping to: Robert Alvarez, 14231 SW 97th Terrace, Miami FL 33186</p>
<p>Your next Battery Club order will be charged on January 18, 2026.</p></td></tr>"""
        + foot
    )
    add(
        when(2025, 12, 18, 8, 2),
        store[0],
        store[1],
        "Order #EC10482 confirmed",
        html(page(inner, title="Order confirmed")),
        slug="earcell-order",
        labels=[N_EAR],
        style="hex",
        to=(ME_NAME, ME_ADDR),
    )

    txn = digits(2) + "X" + digits(5) + "K" + digits(7)
    text = f"""Hello Carmen Alvarez,

You sent an automatic payment of $12.95 USD to EarCell Hearing Supply LLC.

It may take a few moments for this transaction to appear in your account.

Merchant
EarCell Hearing Supply LLC
hello@earcell.com

Instructions to merchant
You haven't entered any instructions.

Description: Battery Club - Size 312 x 40 (monthly)
Transaction ID: {txn}
Transaction date: Jan 18, 2026 05:04:11 PST

Amount: $12.95 USD
Funding source: Visa Credit Card x-4417

Automatic payments
You have agreed to let EarCell Hearing Supply LLC take automatic payments from your
PayPal account. To cancel, go to Settings > Payments > Manage automatic payments.

Help & Contact | Security | Apps
PayPal is committed to preventing fraudulent emails. Emails from PayPal will always
contain your full name.
Copyright (c) 1999-2026 PayPal, Inc. All rights reserved. PayPal is located at
2211 N. First St., San Jose, CA 95131.
PayPal RT000238:en_US(en-US):1.1.0:5b1e7cbb2a93d
"""
    inner = f"""<tr><td style="padding:20px 24px"><span style="font-size:26px;font-weight:bold;color:#003087">Pay</span><span style="font-size:26px;font-weight:bold;color:#009cde">Pal</span></td></tr>
<tr><td style="padding:8px 24px 24px;font-size:15px;color:#2c2e2f">
<p>Hello Carmen Alvarez,</p>
<p>You sent an automatic payment of <strong>$12.95 USD</strong> to EarCell Hearing Supply LLC.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="font-size:14px">
<tr><td>Merchant</td><td>EarCell Hearing Supply LLC<br/>hello@earcell.com</td></tr>
<tr><td>Description</td><td>Battery Club - Size 312 x 40 (monthly)</td></tr>
<tr><td>Transaction ID</td><td>{txn}</td></tr>
<tr><td>Transaction date</td><td>Jan 18, 2026 05:04:11 PST</td></tr>
<tr><td>Amount</td><td>$12.95 USD</td></tr>
<tr><td>Funding source</td><td>Visa Credit Card x-4417</td></tr>
</table>
<p style="font-size:13px">You have agreed to let EarCell Hearing Supply LLC take automatic payments from your PayPal account. To cancel, go to Settings &gt; Payments &gt; Manage automatic payments.</p>
<p style="font-size:11px;color:#6c7378">Copyright &copy; 1999-2026 PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.<br/>PayPal RT000238:en_US(en-US):1.1.0:5b1e7cbb2a93d</p></td></tr>"""
    add(
        when(2026, 1, 18, 5, 4, "PT", 11),
        "service@paypal.com",
        "service@paypal.com",
        "Receipt for your automatic payment to EarCell Hearing Supply LLC",
        alt(plain(text), html(page(inner, title="PayPal receipt"))),
        slug="paypal-earcell",
        labels=[N_EAR],
        style="hex",
        mid_domain="paypal.com",
    )

    inner = (
        head
        + """<tr><td style="padding:24px;font-size:15px;color:#333">
<h2 style="margin-top:0">Your upcoming order</h2>
<p>Hi Robert, just a heads-up: your next Battery Club order will be processed on <strong>March 18, 2026</strong>.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="font-size:14px;border-top:1px solid #eee">
<tr><td>Size 312 Hearing Aid Batteries &times; 40</td><td align="right">$12.95</td></tr>
<tr><td><strong>Total</strong></td><td align="right"><strong>$12.95</strong></td></tr></table>
<p>Need more or fewer? <a href="https://earcell.com/account/subscriptions">Skip, swap or edit your order</a> before it's processed.</p></td></tr>"""
        + foot
    )
    add(
        when(2026, 3, 15, 9, 0),
        store[0],
        store[1],
        "Your upcoming EarCell order",
        html(page(inner, title="Upcoming order")),
        slug="earcell-upcoming",
        labels=[N_EAR],
        style="hex",
    )

    inner = (
        head
        + """<tr><td style="padding:24px;font-size:15px;color:#333">
<h2 style="margin-top:0">We couldn't process your payment</h2>
<p>Hi Robert,</p>
<p>We tried to process your Battery Club order of <strong>$12.95</strong> on May 18, 2026, but your payment through PayPal was declined.</p>
<p>We'll try again in 3 days. To make sure your batteries arrive on time, please update your payment method.</p>
<p><a href="https://earcell.com/account/subscriptions" style="background:#0a7d74;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Update payment method</a></p></td></tr>"""
        + foot
    )
    add(
        when(2026, 5, 18, 9, 6),
        store[0],
        store[1],
        "Action required: payment failed for your EarCell subscription",
        html(page(inner, title="Payment failed")),
        slug="earcell-payment-failed",
        labels=[N_EAR],
        style="hex",
    )

    inner = (
        head
        + """<tr><td style="padding:24px;font-size:15px;color:#333">
<h2 style="margin-top:0">Your subscription has been cancelled</h2>
<p>Hi Robert,</p>
<p>After several unsuccessful attempts to charge your payment method, your <strong>Battery Club</strong> subscription (Size 312 Hearing Aid Batteries &times; 40, $12.95 every month) has been cancelled. No further orders will be sent or charged.</p>
<p>You can reactivate it at any time from your account.</p>
<p><a href="https://earcell.com/account/subscriptions">Reactivate subscription</a></p></td></tr>"""
        + foot
    )
    add(
        when(2026, 5, 27, 9, 5),
        store[0],
        store[1],
        "Your EarCell subscription has been cancelled",
        html(page(inner, title="Subscription cancelled")),
        slug="earcell-cancelled",
        labels=[N_EAR],
        style="hex",
    )

    inner = (
        head
        + """<tr><td style="padding:24px;font-size:15px;color:#333;text-align:center">
<h2 style="margin-top:0">We miss you, Robert!</h2>
<p>Come back to the Battery Club and get <strong>20% off</strong> your first three orders with code <strong>WELCOMEBACK20</strong>.</p>
<p>Now also carrying charging docks and cleaning kits for rechargeable hearing aids.</p>
<p><a href="https://earcell.com" style="background:#0a7d74;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Shop now</a></p>
<p style="font-size:11px;color:#888"><a href="https://earcell.com/unsubscribe">Unsubscribe</a></p></td></tr>"""
        + foot
    )
    add(
        when(2026, 9, 10, 11, 30),
        store[0],
        "news@earcell.com",
        "We miss you! 20% off to come back",
        html(page(inner, title="We miss you")),
        slug="earcell-winback",
        style="hex",
        extra=[("List-Unsubscribe", "<https://earcell.com/unsubscribe>")],
    )


# ---------------------------------------------------------------------------------------------
# Netflix: Standard plan, card expired in April (payment retried and updated)
# ---------------------------------------------------------------------------------------------
def netflix() -> None:
    foot_t = (
        "Questions? Visit the Help Center: https://help.netflix.com\n\nNetflix International B.V. / "
        "Netflix, Inc., 121 Albright Way, Los Gatos, CA 95032\nThis account email has been sent to you as part of "
        "your Netflix membership.\n"
    )
    head = '<tr><td style="padding:24px 40px 0"><span style="color:#e50914;font-size:32px;font-weight:bold">NETFLIX</span></td></tr>'

    def nmsg(dt: datetime, subject: str, paras: list[str], button: str, slug: str, labels: list[str]) -> None:
        text = "\n\n".join(paras) + f"\n\n{button}: https://www.netflix.com/YourAccount\n\n" + foot_t
        inner = (
            head
            + '<tr><td style="padding:20px 40px;font-size:16px;color:#221f1f">'
            + "".join(f"<p>{escape(p)}</p>" for p in paras)
            + (
                f'<p><a href="https://www.netflix.com/YourAccount" style="background:#e50914;color:#fff;padding:12px 26px;'
                f'text-decoration:none;border-radius:4px">{button}</a></p></td></tr>'
                f'<tr><td style="padding:20px 40px;font-size:11px;color:#a9a6a6">{escape(foot_t).replace(chr(10), "<br/>")}</td></tr>'
            )
        )
        add(
            dt,
            "Netflix",
            "info@account.netflix.com",
            subject,
            alt(plain(text), html(page(inner, title=subject))),
            slug=slug,
            labels=labels,
            style="hex",
            mid_domain="netflix.com",
        )

    nmsg(
        when(2026, 4, 14, 3, 12, "PT"),
        "Your Netflix payment was declined",
        [
            "Hi Carmen,",
            "We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.",
            "Your Standard plan is $17.99/month. The card we have on file (Visa ending in 4417) expired on 03/26.",
        ],
        "Update Payment",
        "netflix-payment-declined",
        [N_NETFLIX],
    )
    nmsg(
        when(2026, 4, 15, 19, 41, "PT"),
        "Your payment information has been updated",
        [
            "Hi Carmen,",
            "Thanks for updating your payment information. We successfully charged $17.99 to your Visa ending in 4417 (new expiration date 03/30) for your Standard plan.",
            "Your next billing date is May 14, 2026.",
        ],
        "Account",
        "netflix-payment-updated",
        [N_NETFLIX],
    )
    nmsg(
        when(2026, 9, 22, 12, 0, "PT"),
        "New on Netflix: picked for you, Carmen",
        [
            "Hi Carmen,",
            "A new season of your favorite telenovela is here, plus a new documentary about the Everglades.",
            "Watch now on any device.",
        ],
        "Watch Now",
        "netflix-new-titles",
        [],
    )


# ---------------------------------------------------------------------------------------------
# Paramount+ on Prime Video Channels (billed by Amazon)
# ---------------------------------------------------------------------------------------------
AMAZON_FOOT = (
    '<tr><td style="padding:16px 24px;font-size:11px;color:#555">&copy;2026 Amazon.com, Inc. or its affiliates. '
    "Amazon and all related marks are trademarks of Amazon.com, Inc. or its affiliates. Amazon.com, Inc., 410 Terry "
    "Avenue N., Seattle, WA 98109-5210.<br/>This email was sent from a notification-only address that cannot "
    "accept incoming email. Please do not reply to this message.</td></tr>"
)
AMAZON_HEAD = '<tr><td style="padding:14px 24px;border-bottom:1px solid #ddd;font-size:24px;font-weight:bold;color:#232f3e">amazon</td></tr>'


def paramount() -> None:
    inner = (
        AMAZON_HEAD
        + """<tr><td style="padding:24px;font-size:14px;color:#111">
<h2 style="margin-top:0;font-weight:normal">Your free trial has started</h2>
<p>Hello Carmen,</p>
<p>Thank you for subscribing to <strong>Paramount+ Essential</strong> on Prime Video Channels. Your 7-day free trial has started.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #ddd;font-size:14px">
<tr><td>Channel</td><td>Paramount+ Essential</td></tr>
<tr><td>Free trial ends</td><td>January 10, 2026</td></tr>
<tr><td>Then</td><td>$7.99/month plus applicable taxes</td></tr>
<tr><td>Payment method</td><td>Visa ending in 4417</td></tr>
</table>
<p>Unless you cancel before your trial ends, your subscription will automatically renew each month and you'll be charged the then-current price. You can cancel at any time in <a href="https://www.amazon.com/yourmembershipsandsubscriptions">Your Memberships &amp; Subscriptions</a>.</p>
<p><a href="https://www.amazon.com/gp/video/storefront">Start watching</a></p></td></tr>"""
        + AMAZON_FOOT
    )
    h = page(inner, title="Free trial started")
    add(
        when(2026, 1, 3, 22, 14, "UTC"),
        "Prime Video",
        "digital-no-reply@amazon.com",
        "Your Paramount+ free trial has started",
        alt(plain(strip_html(h)), html(h)),
        slug="amazon-paramount-trial",
        labels=[N_PARA],
        style="hex",
    )

    inner = (
        AMAZON_HEAD
        + """<tr><td style="padding:24px;font-size:14px;color:#111">
<p>Hello Carmen,</p>
<p>We're writing to let you know that the price of your <strong>Paramount+ Essential</strong> subscription on Prime Video Channels is changing.</p>
<p>Starting with your billing date on or after <strong>February 10, 2026</strong>, your subscription will renew at <strong>$8.99/month</strong> (currently $7.99/month), plus applicable taxes.</p>
<p>You don't need to do anything to keep your subscription. If you'd like to cancel, go to <a href="https://www.amazon.com/yourmembershipsandsubscriptions">Your Memberships &amp; Subscriptions</a> before your next billing date.</p></td></tr>"""
        + AMAZON_FOOT
    )
    h = page(inner, title="Price change")
    add(
        when(2026, 1, 15, 17, 3, "UTC"),
        "Prime Video",
        "digital-no-reply@amazon.com",
        "Price change for your Paramount+ subscription",
        alt(plain(strip_html(h)), html(h)),
        slug="amazon-paramount-price",
        labels=[N_PARA],
        style="hex",
    )

    for d, nxt in ((date(2026, 3, 10), date(2026, 4, 10)), (date(2026, 8, 10), date(2026, 9, 10))):
        order = f"D01-{digits(7)}-{digits(7)}"
        inner = (
            AMAZON_HEAD
            + f"""<tr><td style="padding:24px;font-size:14px;color:#111">
<h2 style="margin-top:0;font-weight:normal">Thank you for your order</h2>
<p>Hello Carmen Alvarez,</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #ddd;font-size:14px">
<tr><td colspan="2" style="background:#f3f3f3"><strong>Order #{order}</strong> &middot; Placed on {short(d)}</td></tr>
<tr><td>Paramount+ Essential (Prime Video Channels)<br/><span style="font-size:12px;color:#555">Monthly subscription &middot; Sold by Amazon Digital Services LLC</span></td><td align="right">$8.99</td></tr>
<tr><td align="right">Item Subtotal:</td><td align="right">$8.99</td></tr>
<tr><td align="right">Tax Collected:</td><td align="right">$0.00</td></tr>
<tr><td align="right"><strong>Grand Total:</strong></td><td align="right"><strong>$8.99</strong></td></tr>
</table>
<p>Your subscription renews on {long(nxt)}. Manage it in <a href="https://www.amazon.com/yourmembershipsandsubscriptions">Your Memberships &amp; Subscriptions</a>.</p></td></tr>"""
            + AMAZON_FOOT
        )
        h = page(inner, title="Amazon.com order")
        add(
            when(d.year, d.month, d.day, 9, 31, "UTC"),
            "Amazon.com",
            "digital-no-reply@amazon.com",
            "Amazon.com order of Paramount+ Essential.",
            alt(plain(strip_html(h)), html(h)),
            slug="amazon-paramount-receipt",
            labels=[N_PARA],
            style="hex",
        )


# ---------------------------------------------------------------------------------------------
# Apple: iCloud+ 200 GB, upgraded to 2 TB in May (grandkids' photos), plus a one-off in-app purchase
# ---------------------------------------------------------------------------------------------
APPLE_FOOT_T = """Privacy: We use a Subscriber ID to provide reports to developers.
http://support.apple.com/kb/HT207233

Get help with subscriptions and purchases. Visit Apple Support.

You have the option to stop receiving email receipts for your subscription renewals. If you have
opted out, you can still view your receipts in your account under Purchase History.

Apple respects your privacy.
Information regarding your personal information can be viewed at https://www.apple.com/legal/privacy/.

Terms of Sale: https://www.apple.com/legal/itunes/us/sales.html
Apple Account Summary: https://buy.itunes.apple.com/WebObjects/MZFinance.woa/wa/accountSummary?mt=8
"""


def apple_receipt(dt: datetime, items: list[tuple[str, str, str | None, str]], total: str) -> None:
    order = "M" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
    doc = digits(12)
    lines = []
    rows = []
    for app, product, renews, price in items:
        lines.append(
            f"{app:<70}{price:>10}\n{product}\n"
            + (f"Renews {renews}\n" if renews else "")
            + "Carmen's iPad\n"
        )
        rows.append(
            f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee"><div style="font-weight:600">{escape(app)}</div>'
            f'<div style="color:#666">{escape(product)}</div>'
            + (f'<div style="color:#666">Renews {renews}</div>' if renews else "")
            + f'</td><td align="right" style="padding:10px 0;border-bottom:1px solid #eee;font-weight:600">{price}</td></tr>'
        )
    text = f"""Apple Receipt
-----------------------------------------------------------

APPLE ACCOUNT
{ME_ADDR}

BILLED TO
Visa .... 4417
Carmen Alvarez
{STREET}
Miami, FL  33186
USA

ORDER ID:            {order}
DOCUMENT NO.:        {doc}
DATE:                {short(dt.date())}
TOTAL:               {total}


App Store / iCloud
--------------------------------------------------------------------------------

{chr(10).join(lines)}
                                                                 TOTAL    {total}
{APPLE_FOOT_T}"""
    inner = f"""<tr><td style="padding:24px 32px 8px;font-size:28px;font-weight:600;color:#1d1d1f">Receipt</td></tr>
<tr><td style="padding:0 32px;font-size:13px;color:#333">{long(dt.date())}<br/>Order ID: {order}<br/>Document: {doc}<br/>Apple Account: {ME_ADDR}</td></tr>
<tr><td style="padding:16px 32px"><table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">{"".join(rows)}</table></td></tr>
<tr><td style="padding:0 32px;font-size:14px"><table width="100%" cellpadding="4" cellspacing="0">
<tr><td>Billing and Payment</td><td></td></tr><tr><td style="color:#666">Carmen Alvarez<br/>{STREET}<br/>Miami FL 33186<br/>United States</td><td></td></tr>
<tr><td style="font-weight:600">Visa .... 4417</td><td align="right" style="font-weight:600">{total}</td></tr></table></td></tr>
<tr><td style="padding:24px 32px;font-size:12px;color:#666">You can turn off renewal receipts to stop getting emails each time your subscriptions renew. You can always view your receipts from App Store settings &rsaquo; Purchase History.<br/><br/>Get Help with Subscriptions and Purchases &middot; Manage Subscriptions &rsaquo; &middot; Purchase History &rsaquo;<br/><br/>TM and &copy; 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014, United States. All Rights Reserved | Privacy Policy | Terms of Sale</td></tr>"""
    add(
        dt,
        "Apple",
        "no_reply@email.apple.com",
        "Your receipt from Apple.",
        alt(
            plain(text),
            html(
                page(
                    inner,
                    title="Your receipt from Apple.",
                    bg="#ffffff",
                    font="-apple-system, Helvetica, Arial, sans-serif",
                )
            ),
        ),
        slug="apple-receipt",
        labels=[N_ICLOUD],
        style="java",
        mid_domain="email.apple.com",
    )


def apple() -> None:
    apple_receipt(
        when(2025, 12, 22, 8, 41, "UTC"),
        [("iCloud+", "iCloud+ with 200 GB (Monthly)", "Jan 22, 2026", "$2.99")],
        "$2.99",
    )
    apple_receipt(
        when(2026, 2, 22, 9, 2, "UTC"),
        [
            ("iCloud+", "iCloud+ with 200 GB (Monthly)", "Mar 22, 2026", "$2.99"),
            ("Solitaire Grand Harvest", "1,500 Coins", None, "$4.99"),
        ],
        "$7.98",
    )

    text = """iCloud storage is full.

Carmen, your iCloud storage is full. You have 200 GB of storage and you're using 200 GB.

Photos and videos are no longer uploading to iCloud Photos, and your iPhone and iPad are not
being backed up.

Upgrade to iCloud+ with 2 TB for $9.99/month to keep your photos, videos and files safe and
up to date. You can share your storage with up to five family members.

Upgrade iCloud+: https://www.icloud.com/settings/

The Apple Account team
https://support.apple.com/icloud
Apple Inc., One Apple Park Way, Cupertino, CA 95014
"""
    add(
        when(2026, 5, 9, 13, 5, "UTC"),
        "iCloud",
        "noreply@email.apple.com",
        "Your iCloud storage is full.",
        plain(text),
        slug="icloud-storage-full",
        labels=[N_ICLOUD],
        style="java",
        mid_domain="email.apple.com",
    )

    text = f"""Subscription Confirmation
-----------------------------------------------------------

Dear Carmen,

Thank you for upgrading your iCloud storage.

Subscription:   iCloud+ with 2 TB
Content Provider: Apple
Date of Purchase: May 9, 2026
Renewal Price:  $9.99 per month
Renewal Date:   June 9, 2026

Your previous subscription, iCloud+ with 200 GB ($2.99 per month), has been replaced.
A credit for its unused time was applied to today's charge of $9.99.

Your subscription will automatically renew unless cancelled at least 24 hours before the end
of the current period. To manage or cancel, go to Settings > [your name] > iCloud > Manage
Storage on your iPhone or iPad.

Regards,
Apple

{APPLE_FOOT_T}"""
    add(
        when(2026, 5, 9, 13, 21, "UTC"),
        "Apple",
        "no_reply@email.apple.com",
        "Your Subscription Confirmation",
        plain(text),
        slug="apple-icloud-upgrade",
        labels=[N_ICLOUD],
        style="java",
        mid_domain="email.apple.com",
    )

    apple_receipt(
        when(2026, 9, 9, 7, 58, "UTC"),
        [("iCloud+", "iCloud+ with 2 TB (Monthly)", "Oct 9, 2026", "$9.99")],
        "$9.99",
    )
    apple_receipt(
        when(2026, 11, 9, 8, 13, "UTC"),
        [("iCloud+", "iCloud+ with 2 TB (Monthly)", "Dec 9, 2026", "$9.99")],
        "$9.99",
    )


# ---------------------------------------------------------------------------------------------
# WPBT2 / South Florida PBS: sustaining (monthly) membership with Passport
# ---------------------------------------------------------------------------------------------
def pbs() -> None:
    foot = (
        '<tr><td style="padding:16px 24px;font-size:11px;color:#666;background:#f1f1f1">South Florida PBS | '
        "14901 NE 20th Avenue, North Miami, FL 33181 | 305-949-8321<br/>South Florida PBS is a 501(c)(3) "
        "non-profit organization (Tax ID 59-1283492). No goods or services were provided in exchange for your "
        "contribution other than WPBT2 Passport, which has no substantial fair market value. A COPY OF THE OFFICIAL "
        "REGISTRATION AND FINANCIAL INFORMATION MAY BE OBTAINED FROM THE DIVISION OF CONSUMER SERVICES BY CALLING "
        "TOLL-FREE (800-435-7352) WITHIN THE STATE. REGISTRATION DOES NOT IMPLY ENDORSEMENT, APPROVAL, OR "
        'RECOMMENDATION BY THE STATE. Registration #CH1234.<br/><a href="https://www.southfloridapbs.org/unsubscribe">Unsubscribe</a></td></tr>'
    )
    head = '<tr><td style="padding:16px 24px;background:#2638c4;color:#fff;font-size:22px;font-weight:bold">WPBT2 &middot; South Florida PBS</td></tr>'
    inner = (
        head
        + """<tr><td style="padding:24px;font-size:15px;color:#222">
<p>Dear Carmen and Robert Alvarez,</p>
<p>Thank you for your generous support of WPBT2 in 2025. For your tax records, here is a summary of your contributions.</p>
<table width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border:1px solid #ccc;font-size:14px">
<tr><td>Member ID</td><td>0017742</td></tr>
<tr><td>Membership level</td><td>Sustaining Member (monthly) &mdash; member since 2019</td></tr>
<tr><td>Contributions in 2025</td><td>12 &times; $10.00</td></tr>
<tr><td><strong>Total 2025</strong></td><td><strong>$120.00</strong></td></tr>
</table>
<p>As a Sustainer, your monthly gift continues automatically and keeps your WPBT2 Passport access to thousands of PBS programs on demand.</p>
<p>With gratitude,<br/>Member Services, South Florida PBS</p></td></tr>"""
        + foot
    )
    add(
        when(2026, 1, 20, 10, 11),
        "South Florida PBS",
        "membership@southfloridapbs.org",
        "Your 2025 WPBT2 contribution statement",
        html(page(inner, title="2025 statement")),
        slug="wpbt2-annual-statement",
        labels=[N_PBS],
        style="hex",
    )

    for d, nxt in ((date(2026, 3, 5), date(2026, 4, 5)), (date(2026, 10, 5), date(2026, 11, 5))):
        inner = (
            head
            + f"""<tr><td style="padding:24px;font-size:15px;color:#222">
<p>Dear Carmen,</p>
<p>Thank you for your monthly gift to WPBT2! Your support brings PBS NewsHour, Masterpiece, NOVA and local programs like <em>Issues</em> to South Florida.</p>
<table width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border:1px solid #ccc;font-size:14px">
<tr><td>Gift date</td><td>{us(d)}</td></tr>
<tr><td>Amount</td><td>$10.00</td></tr>
<tr><td>Type</td><td>Sustaining membership (monthly)</td></tr>
<tr><td>Payment</td><td>Visa ending 4417</td></tr>
<tr><td>Next gift</td><td>{us(nxt)}</td></tr>
</table>
<p>Your benefit: WPBT2 Passport &mdash; <a href="https://www.pbs.org/passport">watch now</a>.</p></td></tr>"""
            + foot
        )
        add(
            when(d.year, d.month, d.day, 6, 35),
            "South Florida PBS",
            "membership@southfloridapbs.org",
            "Thank you for your monthly gift to WPBT2",
            html(page(inner, title="Thank you")),
            slug="wpbt2-monthly-gift",
            labels=[N_PBS],
            style="hex",
        )


# ---------------------------------------------------------------------------------------------
# Toyota Financial Services: RAV4 retail installment contract, EasyPay on the 18th
# ---------------------------------------------------------------------------------------------
def toyota() -> None:
    foot = (
        '<tr><td style="padding:16px 24px;font-size:11px;color:#666;background:#f4f4f4">Toyota Financial Services is a '
        "service mark of Toyota Motor Credit Corporation (TMCC). TMCC, P.O. Box 259001, Plano, TX 75025-9001. "
        'Please do not reply to this email. For questions, call 1-800-874-8822.<br/><a href="https://www.toyotafinancial.com/us/en/privacy.html">Privacy</a></td></tr>'
    )
    head = '<tr><td style="padding:16px 24px;border-bottom:2px solid #eb0a1e;font-size:20px;font-weight:bold;color:#eb0a1e">TOYOTA <span style="color:#000;font-weight:normal">Financial Services</span></td></tr>'
    for dt, due in (
        (when(2025, 12, 28, 6, 15, "CT"), date(2026, 1, 18)),
        (when(2026, 3, 28, 6, 11, "CT"), date(2026, 4, 18)),
        (when(2026, 10, 28, 6, 14, "CT"), date(2026, 11, 18)),
    ):
        inner = (
            head
            + f"""<tr><td style="padding:24px;font-size:15px;color:#222">
<h2 style="margin-top:0">Your statement is ready</h2>
<p>Hello CARMEN ALVAREZ,</p>
<p>Your monthly statement for account ending in 8841 (2023 Toyota RAV4) is now available online.</p>
<table width="100%" cellpadding="8" cellspacing="0" style="border:1px solid #ddd;font-size:14px">
<tr><td>Amount due</td><td align="right"><strong>$436.12</strong></td></tr>
<tr><td>Payment due date</td><td align="right">{us(due)}</td></tr>
<tr><td>EasyPay</td><td align="right">Enrolled &mdash; payment will be debited on {us(due)}</td></tr>
</table>
<p><a href="https://www.toyotafinancial.com/us/en/login.html" style="background:#eb0a1e;color:#fff;padding:10px 18px;text-decoration:none">View statement</a></p></td></tr>"""
            + foot
        )
        add(
            dt,
            "Toyota Financial Services",
            "noreply@toyotafinancial.com",
            "Your statement is ready",
            html(page(inner, title="Statement ready")),
            slug="toyota-statement",
            labels=[N_TFS],
            style="java",
        )

    inner = (
        head
        + """<tr><td style="padding:24px;font-size:15px;color:#222">
<h2 style="margin-top:0">Thank you for your payment</h2>
<p>We received your EasyPay payment.</p>
<table width="100%" cellpadding="8" cellspacing="0" style="border:1px solid #ddd;font-size:14px">
<tr><td>Account</td><td align="right">ending in 8841</td></tr>
<tr><td>Payment amount</td><td align="right">$436.12</td></tr>
<tr><td>Payment date</td><td align="right">07/18/2026</td></tr>
<tr><td>Remaining payments</td><td align="right">22 of 60</td></tr>
<tr><td>Next payment due</td><td align="right">08/18/2026</td></tr>
</table></td></tr>"""
        + foot
    )
    add(
        when(2026, 7, 19, 8, 2, "CT"),
        "Toyota Financial Services",
        "noreply@toyotafinancial.com",
        "We received your payment",
        html(page(inner, title="Payment received")),
        slug="toyota-payment",
        labels=[N_TFS],
        style="java",
    )


# ---------------------------------------------------------------------------------------------
# Marriott Vacation Club: yearly timeshare maintenance fees (Marriott's Harbour Lake, Orlando)
# ---------------------------------------------------------------------------------------------
def marriott_vc() -> None:
    foot = (
        '<tr><td style="padding:16px 24px;font-size:11px;color:#666;background:#f3efe9">Marriott Vacation Club&reg; '
        "Owner Services, 9002 San Marco Court, Orlando, FL 32819 | 800-307-7312. Marriott Vacation Club is a "
        "registered trademark of Marriott International, Inc., used under license by Marriott Vacations Worldwide "
        "Corporation.</td></tr>"
    )
    head = '<tr><td style="padding:18px 24px;background:#1c1c1c;color:#d6b36a;font-size:20px;letter-spacing:2px">MARRIOTT VACATION CLUB</td></tr>'

    def statement(dt: datetime, year: int, fee: str, tax: str, total: str, due: str) -> None:
        inner = (
            head
            + f"""<tr><td style="padding:24px;font-size:15px;color:#222">
<h2 style="margin-top:0">Your {year} Maintenance Fee Statement is available</h2>
<p>Dear Owner,</p>
<p>Your {year} statement for <strong>Marriott's Harbour Lake</strong> is now available in your owner account.</p>
<table width="100%" cellpadding="8" cellspacing="0" style="border:1px solid #ddd;font-size:14px">
<tr><td>Owner</td><td align="right">CARMEN ALVAREZ / ROBERT ALVAREZ</td></tr>
<tr><td>Contract / Member #</td><td align="right">HL-43-32 / 40918277</td></tr>
<tr><td>Unit / Week</td><td align="right">2-bedroom villa 4306 / Week 32 (float)</td></tr>
<tr><td>{year} Maintenance fee</td><td align="right">{fee}</td></tr>
<tr><td>{year} Real estate taxes (Orange County)</td><td align="right">{tax}</td></tr>
<tr><td><strong>Total due</strong></td><td align="right"><strong>{total}</strong></td></tr>
<tr><td>Due date</td><td align="right">{due}</td></tr>
</table>
<p>Pay in full online, by phone, or by mail. Payments received after the due date are subject to a late fee and may affect your ability to make reservations.</p></td></tr>"""
            + foot
        )
        add(
            dt,
            "Marriott Vacation Club",
            "ownerservices@email.marriottvacationclub.com",
            f"Your {year} Maintenance Fee Statement is Available",
            html(page(inner, title="Maintenance fees")),
            slug="mvc-maintenance-statement",
            labels=[N_MVC],
            style="java",
        )

    statement(when(2025, 12, 12, 10, 0), 2026, "$1,268.00", "$121.47", "$1,389.47", "January 31, 2026")
    text = (
        """Marriott Vacation Club - Payment Confirmation

Thank you for your payment.

Member number:   40918277
Contract:        HL-43-32, Marriott's Harbour Lake
Applied to:      2026 Maintenance Fees and Taxes
Amount:          $1,389.47
Paid on:         01/21/2026 by Visa ending 4417
Confirmation:    MVC-"""
        + digits(8)
        + """

Your account is current. Book your 2026 stay at marriottvacationclub.com/owner.
"""
    )
    add(
        when(2026, 1, 21, 14, 33),
        "Marriott Vacation Club",
        "ownerservices@email.marriottvacationclub.com",
        "Payment Confirmation - Marriott Vacation Club",
        plain(text, "us-ascii", "7bit"),
        slug="mvc-payment",
        labels=[N_MVC],
        style="java",
    )
    statement(when(2026, 11, 19, 10, 0), 2027, "$1,341.00", "$121.18", "$1,462.18", "January 31, 2027")


# ---------------------------------------------------------------------------------------------
# Amazon: Prime annual renewal notice, and one-off orders (hard negatives)
# ---------------------------------------------------------------------------------------------
def amazon() -> None:
    inner = (
        AMAZON_HEAD
        + """<tr><td style="padding:24px;font-size:14px;color:#111">
<p>Hello Carmen,</p>
<p>Thank you for being a Prime member. Your annual membership will renew on <strong>July 14, 2026</strong>.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #ddd;font-size:14px">
<tr><td>Plan</td><td>Prime Annual</td></tr>
<tr><td>Renewal date</td><td>July 14, 2026</td></tr>
<tr><td>Price</td><td>$139.00 (plus any applicable taxes)</td></tr>
<tr><td>Payment method</td><td>Visa ending in 4417</td></tr>
</table>
<p>We'll charge your payment method on the renewal date. Last year you saved $212.40 on delivery with Prime. To change your plan or end your membership, visit <a href="https://www.amazon.com/prime/manage">Manage Prime Membership</a>.</p></td></tr>"""
        + AMAZON_FOOT
    )
    h = page(inner, title="Prime renewal")
    add(
        when(2026, 7, 7, 11, 20, "UTC"),
        "Amazon Prime",
        "prime@amazon.com",
        "Your Prime membership renews on July 14",
        alt(plain(strip_html(h)), html(h)),
        slug="amazon-prime-renewal",
        labels=[N_PRIME],
        style="hex",
    )

    def order(
        dt: datetime, title: str, items: list[tuple[str, str]], sub: str, tax: str, total: str, arrive: str
    ) -> None:
        num = f"112-{digits(7)}-{digits(7)}"
        rows = "".join(
            f'<tr><td style="padding:6px 0">{escape(n)}<br/><span style="font-size:12px;color:#555">Qty: 1</span></td>'
            f'<td align="right">{p}</td></tr>'
            for n, p in items
        )
        inner = (
            AMAZON_HEAD
            + f"""<tr><td style="padding:24px;font-size:14px;color:#111">
<h2 style="margin-top:0;font-weight:normal">Thanks for your order, Carmen!</h2>
<p><strong>Arriving {arrive}</strong> &middot; FREE Prime Delivery<br/>Ship to: Carmen Alvarez, MIAMI, FL</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">{rows}
<tr><td align="right" style="padding-top:10px">Subtotal</td><td align="right" style="padding-top:10px">{sub}</td></tr>
<tr><td align="right">Estimated tax</td><td align="right">{tax}</td></tr>
<tr><td align="right"><strong>Order Total</strong></td><td align="right"><strong>{total}</strong></td></tr></table>
<p>Order # {num}</p>
<p><a href="https://www.amazon.com/gp/your-account/order-history">View or manage order</a></p></td></tr>"""
            + AMAZON_FOOT
        )
        h = page(inner, title="Your order")
        add(
            dt,
            "Amazon.com",
            "auto-confirm@amazon.com",
            title,
            alt(plain(strip_html(h)), html(h)),
            slug="amazon-order",
            style="hex",
        )

    order(
        when(2025, 12, 10, 18, 42, "UTC"),
        'Ordered: "LEGO Classic Medium Creative Brick Box..." and 1 more item',
        [
            ("LEGO Classic Medium Creative Brick Box 10696", "$34.99"),
            ("Crayola Inspiration Art Case, 140 Pieces", "$24.99"),
        ],
        "$59.98",
        "$4.20",
        "$64.18",
        "Friday, December 12",
    )
    order(
        when(2026, 2, 3, 15, 9, "UTC"),
        'Ordered: "EZY DOSE Weekly (7-Day) AM/PM Pill Organizer..."',
        [("EZY DOSE Weekly (7-Day) AM/PM Pill Organizer, Large", "$12.98")],
        "$12.98",
        "$0.91",
        "$13.89",
        "Thursday, February 5",
    )
    order(
        when(2026, 5, 21, 20, 27, "UTC"),
        'Ordered: "Midland ER310 Emergency Crank Weather Radio..." and 1 more item',
        [
            ("Midland ER310 Emergency Crank Weather Radio, NOAA", "$59.99"),
            ("LE LED Camping Lantern, Battery Powered, 4 Pack", "$29.99"),
        ],
        "$89.98",
        "$6.30",
        "$96.28",
        "Saturday, May 23",
    )

    text = """Hello Carmen,

We've processed your refund of $64.19 for your return of:

  Midland ER310 Emergency Crank Weather Radio, NOAA
  Order # 112-4401937-2206611

Refund subtotal:      $59.99
Tax refund:           $4.20
Total refund:         $64.19

Your refund will be credited to your Visa ending in 4417. Refunds usually
appear within 3-5 business days.

We hope to see you again soon.
Amazon.com
"""
    add(
        when(2026, 6, 2, 14, 55, "UTC"),
        "Amazon.com",
        "return@amazon.com",
        "Your refund for Midland ER310 Emergency...",
        plain(text, "us-ascii", "7bit"),
        slug="amazon-refund",
        style="hex",
    )


# ---------------------------------------------------------------------------------------------
# scams (fake renewals, fake Medicare card), timeshare exit
# ---------------------------------------------------------------------------------------------
def scams() -> None:
    inv = f"GS-{digits(6)}"
    inner = f"""<tr><td style="padding:14px 20px;background:#f7e400;font-size:22px;font-weight:bold">GEEK SQUAD</td></tr>
<tr><td style="padding:20px;font-size:14px;color:#111">
<p>Dear Customer,</p>
<p>Thank you for renewing your <b>Geek Squad Total Tech Support</b> plan. Your subscription has been renewed successfully and your account has been charged.</p>
<table width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse">
<tr><td>Invoice No.</td><td>{inv}</td></tr><tr><td>Product</td><td>Total Tech Support (2 Years, 5 Devices)</td></tr>
<tr><td>Renewal Date</td><td>03/18/2026</td></tr><tr><td>Payment Method</td><td>Auto Debit</td></tr>
<tr><td><b>Total Amount</b></td><td><b>$399.99</b></td></tr></table>
<p>The charge will appear on your statement within 24-48 hours. If you did not authorize this renewal or wish to cancel and get a full refund, please call our Billing Department immediately at <b>+1 (808) 555-0199</b>.</p>
<p>Regards,<br/>Geek Squad Billing Team</p></td></tr>"""
    add(
        when(2026, 3, 18, 2, 44, "PT"),
        "Geek Squad Billing",
        "geeksquad.billing.dept2026@gmail.com",
        f"Your Subscription Renewed Successfully - Invoice #{inv}",
        html(page(inner, title="Invoice")),
        slug="scam-geek-squad",
        style="hex",
        mid_domain="mail.gmail.com",
    )

    order = f"MCF{digits(7)}"
    text = f"""McAfee Total Protection - Auto-Renewal Successful

Hello Customer,

Your McAfee Total Protection subscription has been auto-renewed for another term.

Order ID:        {order}
Product:         McAfee Total Protection (3 Years / 5 Devices)
Date:            07/22/2026
Amount Charged:  USD 289.99
Payment:         Auto-pay

If you wish to cancel this subscription and claim a refund, contact our support
team within 24 hours at +1 (855) 555-0176. After 24 hours the amount is
non-refundable.

Thank you,
McAfee Billing Support
"""
    add(
        when(2026, 7, 22, 23, 9, "CT"),
        "McAfee Renewal Center",
        "noreply@securemail-renewals.info",
        f"Order Confirmation #{order}: Auto-Renewal Successful",
        plain(text, "us-ascii", "7bit"),
        slug="scam-mcafee",
        style="hex",
    )

    text = """AVISO IMPORTANTE DE MEDICARE

Estimado(a) beneficiario(a):

Su nueva tarjeta de Medicare plástica con chip está lista para ser enviada. Para
activarla y no perder sus beneficios de 2027, debe verificar su número de Medicare
y su información bancaria.

Además, puede calificar para una tarjeta de beneficios de hasta $900 al año para
comestibles y medicamentos sin receta.

LLAME HOY MISMO: 1-844-555-0132 (Lunes a Sábado, 8am-8pm)

Su caso: MED-2027-88413
Fecha límite: 31 de octubre de 2026

Centro de Beneficios Medicare
"""
    add(
        when(2026, 10, 21, 8, 12),
        "Centro de Beneficios Medicare",
        "avisos@beneficios-medicare-usa.com",
        "Aviso: su nueva tarjeta de Medicare está lista - llame hoy",
        plain(text, "utf-8", "quoted-printable"),
        slug="scam-medicare-tarjeta",
        style="hex",
    )

    inner = """<tr><td style="padding:20px;font-size:15px;color:#222">
<h2>Still paying maintenance fees on a timeshare you don't use?</h2>
<p>Carmen, every year fees go up. Our attorneys have helped over 12,000 families in Florida legally exit their Marriott, Wyndham, Hilton and Westgate timeshares for good.</p>
<ul><li>100% money-back guarantee</li><li>No more maintenance fees, ever</li><li>Free consultation &mdash; call (407) 555-0148</li></ul>
<p><a href="https://timesharefreedomgroup.net/consult">Schedule my free consultation</a></p>
<p style="font-size:11px;color:#888">Timeshare Freedom Group LLC, Orlando, FL. This is an advertisement. To stop receiving these emails <a href="https://timesharefreedomgroup.net/optout">click here</a>.</p></td></tr>"""
    h = page(inner, title="Timeshare exit")
    add(
        when(2026, 4, 9, 14, 21),
        "Timeshare Freedom Group",
        "info@timesharefreedomgroup.net",
        "Carmen, end your timeshare maintenance fees for good",
        alt(plain(strip_html(h)), html(h)),
        slug="timeshare-exit-ad",
        style="hex",
    )


# ---------------------------------------------------------------------------------------------
# cruises: marketing, and a one-off Carnival booking (deposit + final payment)
# ---------------------------------------------------------------------------------------------
def cruises() -> None:
    inner = """<tr><td style="padding:0"><table width="100%"><tr><td style="padding:24px;background:#0d2c6c;color:#fff;font-size:26px">Royal Caribbean</td></tr></table></td></tr>
<tr><td style="padding:24px;font-size:16px;color:#222">
<h1 style="font-size:26px">WAVE SEASON IS ON: 60% off every guest*</h1>
<p>Plus kids sail free on select sailings from Miami and Port Canaveral. Icon of the Seas, Wonder of the Seas and more.</p>
<p><a href="https://www.royalcaribbean.com/cruise-deals" style="background:#ffc72c;color:#0d2c6c;padding:12px 22px;text-decoration:none;font-weight:bold">See deals</a></p>
<p style="font-size:11px;color:#777">*60% off 2nd guest, 30% off all guests on select 3+ night sailings departing 2026-2027. Book by 1/31/26. Taxes, fees and port expenses additional. Ships' registry: The Bahamas. Royal Caribbean International, 1050 Caribbean Way, Miami, FL 33132. <a href="https://www.royalcaribbean.com/unsubscribe">Unsubscribe</a></p></td></tr>"""
    h = page(inner, title="Wave Season")
    add(
        when(2026, 1, 13, 10, 15),
        "Royal Caribbean International",
        "royalcaribbean@email.royalcaribbean.com",
        "WAVE SEASON IS ON: 60% off + kids sail free",
        alt(plain(strip_html(h)), html(h)),
        slug="royal-caribbean-ad",
        style="java",
        extra=[("List-Unsubscribe", "<https://www.royalcaribbean.com/unsubscribe>")],
    )

    text = """CARNIVAL CRUISE LINE - BOOKING CONFIRMATION

Booking number:   H7K9P2
Ship:             Carnival Celebration
Itinerary:        7-Day Western Caribbean from Miami, FL
Sail date:        08/09/2026 - 08/16/2026
Stateroom:        Balcony 8B, Deck 9 (#9417)
Guests:           CARMEN ALVAREZ, ROBERT ALVAREZ

Cruise fare                              $2,196.00
Taxes, fees & port expenses                $402.46
Travel Protection                          $220.00
------------------------------------------------------
Total                                    $2,818.46
Deposit received 02/19/2026                $500.00
Balance due by 05/11/2026                $2,318.46

Complete your online check-in at carnival.com/checkin. Final payment must be
received by the due date or the booking will be cancelled.

Carnival Cruise Line, 3655 NW 87th Avenue, Miami, FL 33178
"""
    add(
        when(2026, 2, 19, 16, 37),
        "Carnival Cruise Line",
        "bookings@carnival.com",
        "Booking Confirmation - Carnival Celebration - 08/09/2026 - H7K9P2",
        plain(text, "us-ascii", "7bit"),
        slug="carnival-booking",
        style="java",
    )
    text = """Thank you! We've received your payment.

Booking number:   H7K9P2
Ship / Sail date: Carnival Celebration / 08/09/2026
Payment amount:   $2,318.46
Balance due:      $0.00 - your cruise is paid in full!

Don't forget: your FUN Pass and luggage tags will be ready 14 days before you sail.

Carnival Cruise Line, 3655 NW 87th Avenue, Miami, FL 33178
"""
    add(
        when(2026, 5, 9, 12, 4),
        "Carnival Cruise Line",
        "bookings@carnival.com",
        "Payment received for booking H7K9P2",
        plain(text, "us-ascii", "7bit"),
        slug="carnival-payment",
        style="java",
    )


# ---------------------------------------------------------------------------------------------
# family and friends
# ---------------------------------------------------------------------------------------------
def family() -> None:
    text = """Hola Abuela!!

Sorry I haven't called, finals are crazy this week. I wanted to tell you the
date for graduation: Saturday May 2nd at 9am at the O'Connell Center here in
Gainesville. Mami says you and Abuelo can ride with her. You need tickets but
I already got 4 so don't worry.

Also can you send me the recipe for the arroz con pollo? My roommates want me
to make it and I know I'll mess it up.

Te quiero mucho,
Sofi

Sent from my iPhone
"""
    add(
        when(2026, 4, 12, 22, 47),
        "Sofía Alvarez",
        "sofia.alvarez@ufl.edu",
        "graduation!! + receta",
        plain(text),
        slug="sofia-graduation",
        style="hex",
        mid_domain="ufl.edu",
    )

    text = """Mami,

Aquí te mando las fotos del cumpleaños de Mateo. Estaba feliz con el regalo
de ustedes, ya armó la mitad del Lego. Dice que gracias abuela y abuelo.

El domingo vamos a almorzar a la casa, ¿está bien? Yo llevo el postre.

Besos,
Isa
"""
    h = (
        '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
        + "".join(f'<p style="margin:0">{escape(ln) if ln else "&nbsp;"}</p>' for ln in text.split("\n"))
        + "</div>"
    )
    add(
        when(2026, 6, 21, 19, 3),
        "Isabel Alvarez-Ruiz",
        "isabel.alvarezruiz@outlook.com",
        "Fotos del cumple de Mateo",
        alt(plain(text, "utf-8", "base64"), html(h, "utf-8", "base64")),
        slug="isabel-fotos",
        style="outlook",
        mid_domain="namprd04.prod.outlook.com",
    )

    text = """Hola Carmencita,

¿Qué tal si almorzamos el jueves en Versailles? Ya sabes que Gladys está de
vuelta de Tampa y quiere vernos a todas. Como a las 12:30.

Avísame. Y dile a Robert que todavía me debe el dominó del otro día, jaja.

Un beso,
Mirta
"""
    add(
        when(2026, 3, 11, 10, 26),
        "Mirta Rodríguez",
        "mirtarod1951@aol.com",
        "¿Almuerzo el jueves?",
        plain(text, "windows-1252", "quoted-printable"),
        slug="mirta-almuerzo",
        style="hex",
        mid_domain="mx.aol.com",
    )


# ---------------------------------------------------------------------------------------------
# doctors, bank, card, government, shops, memberships that cost nothing, donations, cemetery plan
# ---------------------------------------------------------------------------------------------
def everyday() -> None:
    inner = """<tr><td style="padding:16px 24px;background:#00539b;color:#fff;font-size:20px">Baptist Health South Florida &middot; MyChart</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#222">
<p>Dear Carmen,</p><p>This is a reminder of your upcoming appointment:</p>
<table cellpadding="6" style="font-size:14px"><tr><td><b>When</b></td><td>Tuesday, March 3, 2026 at 10:15 AM</td></tr>
<tr><td><b>With</b></td><td>Lourdes Fern&aacute;ndez, MD &mdash; Internal Medicine</td></tr>
<tr><td><b>Where</b></td><td>Baptist Health Primary Care, 8950 N Kendall Dr, Suite 300, Miami, FL 33176</td></tr></table>
<p>Please arrive 15 minutes early and bring your Humana member ID card and a list of your medications. You can eCheck-in in MyChart up to 7 days before.</p>
<p><a href="https://mychart.baptisthealth.net">Confirm or cancel in MyChart</a></p>
<p style="font-size:11px;color:#777">This message was sent from an unmonitored address. For medical emergencies call 911.</p></td></tr>"""
    h = page(inner, title="Appointment reminder")
    add(
        when(2026, 2, 24, 9, 30),
        "Baptist Health MyChart",
        "mychart@baptisthealth.net",
        "Appointment reminder: Tue 3/3 at 10:15 AM",
        alt(plain(strip_html(h)), html(h)),
        slug="mychart-reminder",
        style="hex",
    )

    text = """Hi Carmen,

This is a friendly reminder of your appointment at Coral Reef Dental:

  Tuesday, October 13, 2026 at 2:00 PM
  Cleaning & exam with Dr. Alejandro Pérez
  12550 SW 120th St, Miami, FL 33186

Reply C to confirm or call us at (305) 555-0124 to reschedule.

Coral Reef Dental
Sent via Weave
"""
    add(
        when(2026, 10, 6, 11, 0),
        "Coral Reef Dental",
        "reminders@coralreefdental.com",
        "Appointment reminder from Coral Reef Dental",
        plain(text),
        slug="dentist-reminder",
        style="hex",
        mid_domain="getweave.com",
    )

    text = """Bank of America

Your statement is available

Carmen Alvarez, your Advantage Relationship Banking statement for the account ending in 3391 is now
available online.

To view your statement, sign in to Online Banking and select Statements & Documents.

Want fewer emails? You can change your alerts anytime in Online Banking.

Bank of America, N.A. Member FDIC. Equal Housing Lender (c) 2026 Bank of America Corporation.
Bank of America Email, NC1-028-09-01, 150 N College St., Charlotte, NC 28255
This email was sent to: carmenalvarez55@bellsouth.net
Please don't reply to this automatically-generated alert email.
"""
    add(
        when(2026, 1, 9, 4, 12),
        "Bank of America",
        "onlinebanking@ealerts.bankofamerica.com",
        "Your statement is available",
        plain(text, "us-ascii", "7bit"),
        slug="bofa-statement",
        style="java",
    )

    text = (
        """Bank of America

You sent money with Zelle(R)

Amount:        $200.00
To:            SOFIA ALVAREZ
Memo:          Felicidades graduada!
Sent from:     Adv Relationship Banking - 3391
Date:          May 3, 2026
Confirmation:  """
        + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(9))
        + """

Only send money to people you know and trust.

Bank of America, N.A. Member FDIC. (c) 2026 Bank of America Corporation.
"""
    )
    add(
        when(2026, 5, 3, 12, 18),
        "Bank of America",
        "customerservice@ealerts.bankofamerica.com",
        "You sent $200.00 to SOFIA ALVAREZ",
        plain(text, "us-ascii", "7bit"),
        slug="bofa-zelle",
        style="java",
    )

    inner = """<tr><td style="padding:16px 24px;background:#23233f;color:#ff6000;font-size:22px;font-weight:bold">DISCOVER</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#222">
<p>Hi Carmen,</p><p>Your statement for your Discover it&reg; card ending in 6104 is ready.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #ddd;font-size:14px">
<tr><td>New balance</td><td align="right">$1,196.44</td></tr>
<tr><td>Minimum payment due</td><td align="right">$35.00</td></tr>
<tr><td>Payment due date</td><td align="right">April 9, 2026</td></tr>
<tr><td>Cashback Bonus&reg; earned this period</td><td align="right">$14.72</td></tr>
</table>
<p>You have Autopay set up for the statement balance. <a href="https://www.discover.com">Log in</a> to view your statement.</p>
<p style="font-size:11px;color:#777">Discover Bank, Member FDIC. Please do not reply to this email.</p></td></tr>"""
    add(
        when(2026, 3, 15, 7, 22),
        "Discover Card",
        "discover@services.discover.com",
        "Your Discover Card statement is ready",
        html(page(inner, title="Statement")),
        slug="discover-statement",
        style="java",
    )

    inner = """<tr><td style="padding:16px 24px;background:#005eb8;color:#fff;font-size:22px">SilverSneakers&reg;</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#222">
<h2 style="margin-top:0">Your 2026 SilverSneakers membership is ready, Carmen!</h2>
<p>SilverSneakers is included with your Humana Choice PPO plan at <strong>no additional cost</strong> &mdash; there's nothing to pay.</p>
<table cellpadding="6" style="font-size:14px"><tr><td>SilverSneakers ID</td><td>1093 4478 2201</td></tr>
<tr><td>Nearby locations</td><td>LA Fitness Kendall; Kendall YMCA; West Kendall Baptist Hospital Wellness</td></tr></table>
<p>Show your member ID at the front desk, or join live online classes like Chair Yoga and Boom Move from home.</p>
<p style="font-size:11px;color:#777">SilverSneakers is a registered trademark of Tivity Health, Inc. Tivity Health, 701 Cool Springs Blvd, Franklin, TN 37067. <a href="https://www.silversneakers.com/unsubscribe">Unsubscribe</a></p></td></tr>"""
    h = page(inner, title="SilverSneakers")
    add(
        when(2026, 1, 8, 11, 45, "CT"),
        "SilverSneakers",
        "hello@email.silversneakers.com",
        "Your 2026 SilverSneakers membership is ready",
        alt(plain(strip_html(h)), html(h)),
        slug="silversneakers",
        style="java",
    )

    for d, nxt in ((date(2026, 1, 1), "02/01/2026"), (date(2026, 7, 1), "08/01/2026")):
        text = f"""Parroquia Santa Cecilia - Donaciones en línea

Estimada Carmen Alvarez:

¡Gracias por su generosidad! Hemos recibido su donación recurrente.

Fondo:              Ofertorio dominical
Monto:              $50.00
Frecuencia:         Mensual
Fecha de la transacción:  {d.strftime("%m/%d/%Y")}
Próxima donación:   {nxt}
Método de pago:     Cuenta de cheques ****3391

"Cada uno dé como propuso en su corazón" (2 Co 9,7)

Para administrar sus donaciones visite https://parishgiving.vanco.com/santacecilia-miami
Parroquia Santa Cecilia, 1100 SW 117th Ave, Miami, FL 33184 - (305) 555-0190

Este mensaje fue enviado por Vanco Payment Solutions en nombre de Parroquia Santa Cecilia.
Su donación es deducible de impuestos en la medida permitida por la ley; no se
proporcionaron bienes ni servicios a cambio de ella.
"""
        add(
            when(d.year, d.month, d.day, 3, 5, "CT"),
            "Parroquia Santa Cecilia",
            "no-reply@vancopayments.com",
            "Confirmación de su donación recurrente",
            plain(text, "iso-8859-1", "quoted-printable"),
            slug="vanco-donacion",
            style="hex",
        )

    text = """PALM VISTA MEMORIAL GARDENS

Payment Received - Thank You

Contract:            PV-20417 (Pre-need: 2 lawn crypts, Garden of Peace, Lot 118)
Purchaser:           Robert & Carmen Alvarez
Payment date:        02/02/2026
Amount received:     $145.50
Remaining balance:   $582.00 (4 monthly payments)

Thank you for planning ahead.

Palm Vista Memorial Gardens, 18700 NW 67th Ave, Hialeah, FL 33015 - (305) 555-0171
"""
    add(
        when(2026, 2, 2, 15, 40),
        "Palm Vista Memorial Gardens",
        "accounts@palmvistamemorial.com",
        "Payment Received - Contract PV-20417",
        plain(text, "us-ascii", "7bit"),
        slug="cemetery-payment",
        style="outlook",
    )
    text = """Dear Mr. and Mrs. Alvarez,

Congratulations! With your payment of $145.50 received on 06/02/2026, your
pre-need contract PV-20417 is now PAID IN FULL. No further payments are due.

Your Certificate of Interment Rights for two lawn crypts in the Garden of
Peace, Lot 118, will be mailed to you within 30 days. Please keep it with your
important papers and let your family know where to find it.

With sympathy and respect,
Family Services
Palm Vista Memorial Gardens, 18700 NW 67th Ave, Hialeah, FL 33015 - (305) 555-0171
"""
    add(
        when(2026, 6, 3, 10, 12),
        "Palm Vista Memorial Gardens",
        "accounts@palmvistamemorial.com",
        "Your contract PV-20417 is paid in full",
        plain(text, "us-ascii", "7bit"),
        slug="cemetery-paid-in-full",
        style="outlook",
    )

    text = """SunPass Account Replenishment

Your SunPass account has been automatically replenished.

Account number:      ****5520
Replenishment date:  02/16/2026
Amount:              $10.00
Payment method:      Visa ****4417
New balance:         $14.27

Your account replenishes when the balance falls below $10.00. Tolls, not
subscriptions, are deducted from your prepaid balance.

SunPass - Florida's Turnpike Enterprise. Do not reply to this email.
"""
    add(
        when(2026, 2, 16, 17, 31),
        "SunPass",
        "noreply@sunpass.com",
        "SunPass Account Replenishment",
        plain(text, "us-ascii", "7bit"),
        slug="sunpass-replenish",
        style="hex",
    )

    inner = """<tr><td style="padding:16px 24px;background:#007749;color:#fff;font-size:24px;font-weight:bold">Publix</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#222">
<h2 style="margin-top:0">This week's BOGOs are here</h2>
<p>Buy one, get one free: Publix Deli Chicken Tender Sub, Bustelo Espresso Coffee 10 oz, Goya Black Beans, Publix Premium Ice Cream.</p>
<p>Clip digital coupons and save an extra $5 on your next order of $50 or more with Publix Delivery.</p>
<p><a href="https://www.publix.com/savings/weekly-ad">See the Weekly Ad</a></p>
<p style="font-size:11px;color:#777">Publix Super Markets, Inc., 3300 Publix Corporate Pkwy, Lakeland, FL 33811. <a href="https://www.publix.com/unsubscribe">Unsubscribe</a></p></td></tr>"""
    h = page(inner, title="Weekly Ad")
    add(
        when(2026, 4, 1, 7, 0),
        "Publix",
        "publix@e.publix.com",
        "Carmen, this week's BOGOs are here",
        alt(plain(strip_html(h)), html(h)),
        slug="publix-weekly-ad",
        style="java",
        extra=[("List-Unsubscribe", "<https://www.publix.com/unsubscribe>")],
    )

    text = """MIAMI-DADE COUNTY EMERGENCY MANAGEMENT

Hurricane season begins June 1. Know your zone, know your home.

- Find your evacuation zone at miamidade.gov/knowyourzone
- Register for the Emergency and Evacuation Assistance Program (EEAP) if you
  or someone in your home needs help to evacuate: 311 or 305-468-5900
- Build a kit: water (1 gallon per person per day for 7 days), medications,
  documents, cash, radio and batteries.
- Sign up for Miami-Dade Alerts at miamidade.gov/alerts

Florida's disaster preparedness sales tax holiday runs through June 14.

Miami-Dade County Department of Emergency Management
9300 NW 41st Street, Doral, FL 33178
You subscribed to Miami-Dade County news. Unsubscribe: https://www.miamidade.gov/subscribe
"""
    add(
        when(2026, 5, 29, 14, 10),
        "Miami-Dade County",
        "news@miamidade.gov",
        "Hurricane season begins June 1: know your zone",
        plain(text, "us-ascii", "7bit"),
        slug="mdc-hurricane",
        style="plain",
    )

    text = """Miami-Dade County Elections Department

Vote-by-Mail ballot status

Dear CARMEN ALVAREZ,

Your vote-by-mail ballot for the November 3, 2026 General Election was
RECEIVED on 10/19/2026 and has been ACCEPTED. Thank you for voting!

Track your ballot at www.miamidade.gov/elections

Miami-Dade County Elections Department, 2700 NW 87th Avenue, Doral, FL 33172
"""
    add(
        when(2026, 10, 20, 9, 15),
        "Miami-Dade Elections",
        "vbm@miamidade.gov",
        "Your vote-by-mail ballot has been received",
        plain(text, "us-ascii", "7bit"),
        slug="elections-vbm",
        style="plain",
    )

    inner = """<tr><td style="padding:16px 24px;background:#002677;color:#fff;font-size:20px">AARP Medicare Advantage from UnitedHealthcare</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#222">
<h2 style="margin-top:0">Carmen, $0 premium plans in Miami-Dade County for 2027</h2>
<p>Open Enrollment is October 15 &ndash; December 7. Compare AARP Medicare Advantage plans with $0 monthly premiums, $0 primary care copays and dental, vision and hearing coverage.</p>
<p>Call a licensed insurance agent at 1-877-555-0150, TTY 711, 8 a.m.&ndash;8 p.m. local time, 7 days a week.</p>
<p style="font-size:11px;color:#777">Plans are insured through UnitedHealthcare Insurance Company or one of its affiliated companies, a Medicare Advantage organization with a Medicare contract. AARP encourages you to consider your needs when selecting products and does not make specific product recommendations for individuals. Y0066_SPRJ00000_M. <a href="https://www.uhc.com/unsubscribe">Unsubscribe</a></p></td></tr>"""
    h = page(inner, title="AARP Medicare Advantage")
    add(
        when(2026, 10, 3, 10, 30, "CT"),
        "AARP Medicare Plans",
        "aarpmedicareplans@email.uhc.com",
        "Carmen, see 2027 plans with $0 premiums",
        alt(plain(strip_html(h)), html(h)),
        slug="uhc-ma-ad",
        style="java",
        extra=[("List-Unsubscribe", "<https://www.uhc.com/unsubscribe>")],
    )

    inner = """<tr><td style="padding:16px 24px;background:#f96302;color:#fff;font-size:22px;font-weight:bold">The Home Depot</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#222">
<h2 style="margin-top:0">Thanks for your order!</h2>
<p>Order # WD47718392 &middot; Placed May 30, 2026</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #ddd;font-size:14px">
<tr><td>Champion Power Equipment 4500-Watt Dual Fuel Portable Generator</td><td align="right">$549.00</td></tr>
<tr><td>Subtotal</td><td align="right">$549.00</td></tr>
<tr><td>Sales tax</td><td align="right">$38.43</td></tr>
<tr><td><b>Order total</b></td><td align="right"><b>$587.43</b></td></tr></table>
<p>Store pickup: Kendall #6313, 12100 SW 88th St. We'll email you when your order is ready.</p>
<p style="font-size:11px;color:#777">Home Depot Product Authority, LLC, 2455 Paces Ferry Road, Atlanta, GA 30339.</p></td></tr>"""
    h = page(inner, title="Order confirmation")
    add(
        when(2026, 5, 30, 10, 52),
        "The Home Depot",
        "HomeDepot@order.homedepot.com",
        "Your Order Confirmation #WD47718392",
        alt(plain(strip_html(h)), html(h)),
        slug="home-depot-order",
        style="java",
    )

    text = """Your trip confirmation

Record Locator: QXTRWM

Carmen Alvarez / Robert Alvarez

Tue, November 24, 2026
  AA 1346  MIA 7:05 AM  ->  LGA 10:07 AM   Main Cabin
Sun, November 29, 2026
  AA 2195  LGA 4:30 PM  ->  MIA 7:44 PM    Main Cabin

Payment summary (2 passengers)
  Fare                      $486.52
  Taxes and carrier fees    $125.88
  Total paid                $612.40   Visa ending 4417

Check in 24 hours before your flight at aa.com or in the American app.

American Airlines, Inc., 1 Skyview Drive, Fort Worth, TX 76155
"""
    add(
        when(2026, 10, 14, 20, 48, "CT"),
        "American Airlines",
        "no-reply@info.email.aa.com",
        "Your trip confirmation (MIA - LGA)",
        plain(text, "us-ascii", "7bit"),
        slug="aa-trip",
        style="java",
    )


# ---------------------------------------------------------------------------------------------
# truth and meta
# ---------------------------------------------------------------------------------------------
def T(
    name: str, aliases: list[str], amount: str, cycle: str, status: str, next_renewal: str | None, kind: str
) -> dict:
    return {
        "name": name,
        "aliases": aliases,
        "amount": amount,
        "currency": "USD",
        "cycle": cycle,
        "status": status,
        "next_renewal": next_renewal,
        "kind": kind,
    }


TRUTH = [
    T(
        N_MEDICARE,
        [
            "Medicare",
            "Medicare Premium",
            "Medicare Premium Bill",
            "Medicare Easy Pay",
            "Centers for Medicare & Medicaid Services",
            "CMS",
            "Medicare Part B premium",
        ],
        "608.70",
        "quarterly",
        "active",
        "2026-12-21",
        "bill",
    ),
    T(
        N_HUMANA,
        [
            "Humana",
            "Humana Medicare Advantage",
            "Humana Choice PPO (H5216-105)",
            "Humana Medicare",
            "Humana plan premium",
        ],
        "38.00",
        "monthly",
        "active",
        "2026-12-03",
        "bill",
    ),
    T(
        N_AARP,
        ["AARP membership", "AARP Member Services", "AARP Membership dues"],
        "15.00",
        "yearly",
        "active",
        "2027-03-01",
        "subscription",
    ),
    T(
        N_FPL,
        [
            "Florida Power & Light",
            "Florida Power & Light Company",
            "Florida Power and Light",
            "FPL Budget Billing",
        ],
        "193.00",
        "monthly",
        "active",
        "2026-12-09",
        "bill",
    ),
    T(
        N_WASD,
        [
            "Miami-Dade Water and Sewer Department",
            "Miami-Dade WASD",
            "WASD",
            "Miami-Dade Water & Sewer",
            "Miami-Dade County Water and Sewer",
        ],
        "239.62",
        "quarterly",
        "active",
        "2027-02-04",
        "bill",
    ),
    T(
        N_XFINITY,
        [
            "Comcast",
            "Comcast Xfinity",
            "Xfinity TV & Internet",
            "Xfinity Popular TV + Fast Internet",
            "Comcast Cable Communications",
        ],
        "222.70",
        "monthly",
        "active",
        "2026-12-29",
        "bill",
    ),
    T(
        N_ATT,
        ["AT&T", "AT&T Phone", "AT&T landline", "AT&T Phone - línea residencial"],
        "61.68",
        "monthly",
        "active",
        "2026-12-16",
        "bill",
    ),
    T(
        N_CC,
        ["Consumer Cellular Inc", "Consumer Cellular wireless"],
        "58.42",
        "monthly",
        "active",
        "2026-12-26",
        "bill",
    ),
    T(
        N_CITIZENS,
        [
            "Citizens Property Insurance Corporation",
            "Citizens",
            "Citizens homeowners insurance",
            "Citizens Insurance",
        ],
        "1029.60",
        "quarterly",
        "active",
        "2027-01-12",
        "bill",
    ),
    T(
        N_FLOOD,
        [
            "Wright Flood",
            "Wright National Flood Insurance Company",
            "National Flood Insurance Program",
            "NFIP",
            "flood insurance",
        ],
        "1284.00",
        "yearly",
        "active",
        "2027-06-20",
        "bill",
    ),
    T(
        N_HOA,
        [
            "Kendall Breeze Villas Homeowners Association",
            "Kendall Breeze Villas",
            "HOA dues",
            "HOA maintenance",
            "Kendall Breeze Villas HOA maintenance assessment",
        ],
        "389.00",
        "monthly",
        "active",
        "2026-12-03",
        "subscription",
    ),
    T(
        N_PTAX,
        [
            "Miami-Dade County Tax Collector",
            "Miami-Dade Tax Collector",
            "property tax",
            "property taxes",
            "Miami-Dade County property tax",
            "Real Estate Property Taxes",
        ],
        "7116.08",
        "yearly",
        "active",
        "2027-11-18",
        "bill",
    ),
    T(
        N_SXM,
        ["Sirius XM", "SiriusXM Radio", "Sirius XM Radio", "Sirius", "SiriusXM Music & Entertainment"],
        "9.69",
        "monthly",
        "active",
        "2026-12-04",
        "subscription",
    ),
    T(
        N_HERALD,
        [
            "The Miami Herald",
            "Miami Herald Sunday Print + Unlimited Digital Access",
            "Miami Herald subscription",
        ],
        "29.99",
        "monthly",
        "active",
        "2026-12-15",
        "subscription",
    ),
    T(
        N_NUEVO,
        ["El Nuevo Herald", "el Nuevo Herald Acceso Digital Ilimitado", "elnuevoherald.com"],
        "5.99",
        "monthly",
        "cancelled",
        None,
        "subscription",
    ),
    T(
        N_CW,
        [
            "CenterWell",
            "CenterWell Pharmacy mail order",
            "CenterWell Pharmacy automatic refills",
            "Humana Pharmacy",
        ],
        "47.00",
        "quarterly",
        "active",
        "2027-01-08",
        "subscription",
    ),
    T(
        N_EAR,
        [
            "EarCell",
            "EarCell Hearing Supply",
            "EarCell Hearing Supply LLC",
            "Battery Club",
            "EarCell hearing aid batteries",
        ],
        "12.95",
        "monthly",
        "inactive",
        None,
        "subscription",
    ),
    T(N_NETFLIX, ["Netflix Standard"], "17.99", "monthly", "active", "2026-12-14", "subscription"),
    T(
        N_PARA,
        ["Paramount Plus", "Paramount+ Essential", "Paramount+ on Prime Video Channels"],
        "8.99",
        "monthly",
        "active",
        "2026-12-10",
        "subscription",
    ),
    T(
        N_ICLOUD,
        ["iCloud", "Apple iCloud", "iCloud+ with 2 TB", "iCloud storage", "Apple iCloud+"],
        "9.99",
        "monthly",
        "active",
        "2026-12-09",
        "subscription",
    ),
    T(
        N_PBS,
        [
            "South Florida PBS",
            "WPBT2 South Florida PBS",
            "WPBT",
            "WPBT2 Passport",
            "PBS",
            "WPBT2 sustaining membership",
        ],
        "10.00",
        "monthly",
        "active",
        "2026-12-05",
        "subscription",
    ),
    T(
        N_TFS,
        [
            "Toyota Financial",
            "TFS",
            "Toyota Motor Credit Corporation",
            "Toyota Motor Credit",
            "Toyota car loan",
        ],
        "436.12",
        "monthly",
        "active",
        "2026-12-18",
        "bill",
    ),
    T(
        N_MVC,
        [
            "Marriott Vacation Club maintenance fees",
            "Marriott's Harbour Lake",
            "Marriott Vacation Club Owner Services",
            "Marriott Vacations Worldwide",
            "MVC",
        ],
        "1462.18",
        "yearly",
        "active",
        "2027-01-31",
        "subscription",
    ),
    T(
        N_PRIME,
        ["Prime", "Prime membership", "Amazon Prime Membership", "Prime Annual"],
        "139.00",
        "yearly",
        "active",
        "2027-07-14",
        "subscription",
    ),
]

HARD_NEGATIVES = [
    "Amazon.com",
    "LEGO Classic Medium Creative Brick Box",
    "EZY DOSE Pill Organizer",
    "Midland ER310 Emergency Weather Radio",
    "Geek Squad",
    "Geek Squad Total Tech Support",
    "McAfee",
    "McAfee Total Protection",
    "Centro de Beneficios Medicare",
    "Timeshare Freedom Group",
    "Royal Caribbean International",
    "Carnival Cruise Line",
    "Carnival Celebration",
    "American Airlines",
    "The Home Depot",
    "Champion 4500-Watt Generator",
    "Publix",
    "Bank of America",
    "Zelle",
    "Discover Card",
    "Discover it",
    "SilverSneakers",
    "Tivity Health",
    "Parroquia Santa Cecilia",
    "Vanco",
    "Palm Vista Memorial Gardens",
    "SunPass",
    "Baptist Health South Florida",
    "Baptist Health MyChart",
    "Coral Reef Dental",
    "Miami-Dade County",
    "Miami-Dade County Emergency Management",
    "Miami-Dade Elections",
    "Miami-Dade Property Appraiser",
    "Special Assessment",
    "Kendall Breeze Villas special assessment",
    "Coral Shield Insurance Company",
    "AARP Life Insurance Program",
    "New York Life",
    "AARP Medicare Advantage",
    "UnitedHealthcare",
    "Xfinity Mobile",
    "AT&T Fiber",
    "Solitaire Grand Harvest",
    "PayPal",
    "ClickPay",
    "Paymentus",
    "Grant Street Group",
    "Tropic Shores Property Management",
    "Sofía Alvarez",
    "Isabel Alvarez-Ruiz",
    "Mirta Rodríguez",
    "Robert Alvarez",
    "Miami Herald Morning Headlines",
    "Medicare Open Enrollment",
    "Quest Diagnostics",
]


# ---------------------------------------------------------------------------------------------
# writing
# ---------------------------------------------------------------------------------------------
def slugify(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def main() -> None:
    for fn in (
        medicare,
        humana,
        aarp,
        fpl,
        wasd,
        xfinity,
        att,
        consumer_cellular,
        citizens,
        flood,
        hoa,
        property_tax,
        siriusxm,
        herald,
        nuevo_herald,
        centerwell,
        earcell,
        netflix,
        paramount,
        apple,
        pbs,
        toyota,
        marriott_vc,
        amazon,
        scams,
        cruises,
        family,
        everyday,
    ):
        fn()
    MESSAGES.sort(key=lambda m: (m["dt"].astimezone(UTC), m["slug"]))
    start = datetime(2025, 12, 1, tzinfo=UTC)
    end = datetime(2026, 12, 1, 5, 0, tzinfo=UTC)
    for m in MESSAGES:
        assert start <= m["dt"] <= end, (m["slug"], m["dt"])
    names = {t["name"] for t in TRUTH}
    for m in MESSAGES:
        for lab in m["labels"]:
            assert lab in names, lab

    eml_dir = HERE / "eml"
    if eml_dir.exists():
        shutil.rmtree(eml_dir)
    eml_dir.mkdir()
    mbox = bytearray()
    index = []
    for i, m in enumerate(MESSAGES, 1):
        raw = serialize(m)
        fname = f"{i:03d}-{m['dt'].strftime('%Y%m%d')}-{slugify(m['slug'])}.eml"
        (eml_dir / fname).write_bytes(raw)
        utc = m["dt"].astimezone(UTC)
        mbox += f"From {m['from_addr']} {utc:%a %b} {utc.day:2d} {utc:%H:%M:%S %Y}\n".encode("ascii")
        for line in raw.split(b"\n")[:-1] if raw.endswith(b"\n") else raw.split(b"\n"):
            if re.match(rb"^>*From ", line):
                line = b">" + line
            mbox += line + b"\n"
        mbox += b"\n"
        index.append({"file": fname, "from": m["from_name"], "subject": m["subject"], "labels": m["labels"]})
    (HERE / "mailbox.mbox").write_bytes(bytes(mbox))
    (HERE / "truth.json").write_text(json.dumps(TRUTH, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    meta = {"today": TODAY.isoformat(), "messages": len(MESSAGES), "hard_negatives": HARD_NEGATIVES}
    (HERE / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "messages.json").write_text(
        json.dumps(index, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{len(MESSAGES)} messages, {len(TRUTH)} truths")


if __name__ == "__main__":
    main()
