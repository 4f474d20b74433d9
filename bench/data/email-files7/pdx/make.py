#!/usr/bin/env python3
"""Write the `pdx` half of bench/data/email-files7: one year of a Portland freelance designer's inbox.

Sam Okafor runs Okafor Studio LLC (brand and web design) from Portland, Oregon. The mailbox is a
business inbox: SaaS billing from many billing systems (Stripe, Chargebee, Recurly, Paddle,
FastSpring, Zuora-style invoices, Shopify bills, Apple), telecom and insurance bills, client mail,
money coming in (Stripe, PayPal, HoneyBook, Venmo), shops, conferences and marketing.

Run from the repository root:  .venv/bin/python bench/data/email-files7/pdx/make.py
Seeded and deterministic: rerunning writes the same bytes. Standard library only.
"""

from __future__ import annotations

import html as _html
import json
import random
import shutil
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

SEED = 5037_2026_1124
rng = random.Random(SEED)
HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 24)

SAM_NAME = "Sam Okafor"
SAM_EMAIL = "sam@okafor.studio"
SAM = Address(SAM_NAME, "sam", "okafor.studio")
STUDIO = "Okafor Studio LLC"
ADDR1 = "2231 SE Clinton St"
ADDR2 = "Portland, OR 97202"
VISA = "4417"
JORDAN = Address("Jordan Baptiste", "jordan.baptiste", "gmail.com")

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
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --------------------------------------------------------------------------------------------
# dates, zones, money
# --------------------------------------------------------------------------------------------


def D(s: str) -> date:
    return date.fromisoformat(s)


def long(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def short(d: date) -> str:
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"


def eu(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def eu_short(d: date) -> str:
    return f"{d.day:02d} {MONTHS[d.month - 1][:3]} {d.year}"


def num(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def wday(d: date) -> str:
    return DAYS[d.weekday()]


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    last = [
        31,
        29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ][m - 1]
    return date(y, m, min(d.day, last))


def usd(x: float) -> str:
    return f"${x:,.2f}"


def _nth_sunday(y: int, m: int, n: int) -> date:
    first = date(y, m, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def _last_sunday(y: int, m: int) -> date:
    d = date(y, m, 28)
    while d.month == m:
        d += timedelta(days=1)
    d -= timedelta(days=1)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


US_STD = {"PT": -8, "MT": -7, "CT": -6, "ET": -5}


def zone_hours(zone: str, d: date) -> int:
    if zone == "UTC":
        return 0
    if zone in US_STD:
        dst = _nth_sunday(d.year, 3, 2) <= d < _nth_sunday(d.year, 11, 1)
        return US_STD[zone] + int(dst)
    dst = _last_sunday(d.year, 3) <= d < _last_sunday(d.year, 10)
    return {"UK": 0, "CET": 1}[zone] + int(dst)


def esc(s: str) -> str:
    return _html.escape(s, quote=False)


# --------------------------------------------------------------------------------------------
# message store
# --------------------------------------------------------------------------------------------


@dataclass
class Msg:
    utc: datetime
    local: datetime
    sender: Address
    to: str
    subject: str
    slug: str
    labels: list[str]
    text: str | None
    html: str | None
    text_cte: str
    html_cte: str
    charset: str
    attachments: list[tuple[str, bytes]]
    headers: list[tuple[str, str]]
    msgid: str
    boundary_style: str
    date_suffix: str
    extra_date: str | None = None
    parts: list = field(default_factory=list)


MESSAGES: list[Msg] = []


def _msgid(domain: str, style: str) -> str:
    if style == "apple":
        return f"<{rng.randrange(10**9, 2 * 10**9)}.{rng.randrange(10**7, 10**8)}.{rng.randrange(10**12, 2 * 10**12)}@email.apple.com>"
    if style == "ses":
        return f"<0101019{rng.getrandbits(40):010x}-{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-{rng.getrandbits(16):04x}-{rng.getrandbits(48):012x}-000000@us-west-2.amazonses.com>"
    if style == "gmail":
        return f"<CA{''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+-') for _ in range(44))}@mail.gmail.com>"
    if style == "sendgrid":
        return f"<{''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(22))}@geopod-ismtpd-{rng.randrange(1, 40)}>"
    return f"<{rng.getrandbits(64):016x}.{rng.getrandbits(24):06x}@{domain}>"


def add(
    when: str,
    zone: str,
    sender: Address,
    subject: str,
    *,
    slug: str,
    labels=(),
    text=None,
    html=None,
    to=None,
    text_cte="quoted-printable",
    html_cte="quoted-printable",
    charset="utf-8",
    attachments=(),
    headers=(),
    msgid_style="plain",
    msgid_domain=None,
    boundary_style="generic",
    date_suffix="",
) -> None:
    local = datetime.fromisoformat(when).replace(second=rng.randrange(60))
    off = zone_hours(zone, local.date())
    tz = timezone(timedelta(hours=off))
    local = local.replace(tzinfo=tz)
    utc = local.astimezone(UTC)
    domain = msgid_domain or sender.domain
    MESSAGES.append(
        Msg(
            utc=utc,
            local=local,
            sender=sender,
            to=to or str(SAM),
            subject=subject,
            slug=slug,
            labels=list(labels),
            text=text,
            html=html,
            text_cte=text_cte,
            html_cte=html_cte,
            charset=charset,
            attachments=list(attachments),
            headers=list(headers),
            msgid=_msgid(domain, msgid_style),
            boundary_style=boundary_style,
            date_suffix=date_suffix,
        )
    )


def _boundary(style: str, depth: int) -> str:
    if style == "apple":
        return f"----=_Part_{rng.randrange(10**7, 10**8)}_{rng.randrange(10**8, 10**9)}.{rng.randrange(10**12, 2 * 10**12)}"
    if style == "gmail":
        return f"0000000000{rng.getrandbits(40):010x}"
    if style == "stripe":
        return f"--_NmP-{rng.getrandbits(64):016x}-Part_{depth + 1}"
    if style == "sendgrid":
        return f"{rng.getrandbits(128):032x}"
    if style == "mso":
        return f"----=_NextPart_{rng.getrandbits(12):03X}_{rng.getrandbits(16):04X}_{rng.getrandbits(32):08X}.{rng.getrandbits(32):08X}"
    return f"=_{rng.getrandbits(96):024x}"


def _cte(body: str, cte: str) -> str:
    if cte == "7bit" and (not body.isascii() or any(len(l) > 900 for l in body.splitlines())):
        return "quoted-printable"
    return cte


def build(m: Msg) -> bytes:
    msg = EmailMessage(policy=policy.default)
    msg["From"] = m.sender
    msg["To"] = m.to
    msg["Subject"] = m.subject
    msg["Date"] = format_datetime(m.local) + m.date_suffix
    msg["Message-ID"] = m.msgid
    msg["MIME-Version"] = "1.0"
    for k, v in m.headers:
        msg[k] = v
    if m.html is not None and m.charset != "utf-8":
        m.html = m.html.encode(m.charset, "xmlcharrefreplace").decode(m.charset)
        m.html = m.html.replace("charset=utf-8", f"charset={m.charset}")
    if m.text is not None:
        msg.set_content(m.text, subtype="plain", charset=m.charset, cte=_cte(m.text, m.text_cte))
        if m.html is not None:
            msg.add_alternative(m.html, subtype="html", charset=m.charset, cte=_cte(m.html, m.html_cte))
    else:
        msg.set_content(m.html, subtype="html", charset=m.charset, cte=_cte(m.html, m.html_cte))
    for name, data in m.attachments:
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
    depth = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(_boundary(m.boundary_style, depth))
            depth += 1
    data = msg.as_bytes()
    for line in data.split(b"\n"):
        assert not line.startswith(b"From "), (m.subject, line)
    return data


# --------------------------------------------------------------------------------------------
# little PDF (invoice attachments)
# --------------------------------------------------------------------------------------------


def make_pdf(title: str, lines: list[str], stamp: str) -> bytes:
    def pesc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    body = ["BT", "/F2 16 Tf", "56 740 Td", f"({pesc(title)}) Tj", "/F1 10 Tf", "0 -28 Td", "14 TL"]
    for line in lines:
        body.append(f"({pesc(line)}) Tj T*")
    body.append("ET")
    content = "\n".join(body)
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        f"<< /Producer (Stripe Invoice Renderer) /CreationDate (D:{stamp}) /Title ({pesc(title)}) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("cp1252", errors="replace")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offsets:
        out += f"{o:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


# --------------------------------------------------------------------------------------------
# HTML building blocks
# --------------------------------------------------------------------------------------------


def shell(
    inner: str,
    *,
    title: str,
    preheader: str = "",
    bg: str = "#f6f9fc",
    width: int = 600,
    font: str = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif",
    color: str = "#32325d",
    extra_head: str = "",
) -> str:
    pre = (
        f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;font-size:1px;'
        f'line-height:1px;color:{bg};opacity:0;">{esc(preheader)}&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>\n'
        if preheader
        else ""
    )
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="en">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        f"<title>{esc(title)}</title>\n{extra_head}</head>\n"
        f'<body style="margin:0;padding:0;background-color:{bg};font-family:{font};color:{color};">\n'
        f"{pre}"
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="{bg}">\n'
        '<tr><td align="center" style="padding:24px 12px;">\n'
        f'<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" '
        f'style="max-width:{width}px;width:100%;background-color:#ffffff;">\n'
        f"{inner}\n"
        "</table>\n</td></tr>\n</table>\n</body>\n</html>\n"
    )


def row(cells: str, pad: str = "0 40px") -> str:
    return f'<tr><td style="padding:{pad};">{cells}</td></tr>\n'


def p(text: str, style: str = "font-size:15px;line-height:22px;margin:0 0 16px;") -> str:
    return f'<p style="{style}">{text}</p>'


def kv_table(
    rows: list[tuple[str, str]], *, kcolor="#8898aa", vcolor="#32325d", size=14, border="#e6ebf1"
) -> str:
    out = [
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
        f'style="border-collapse:collapse;font-size:{size}px;">'
    ]
    for k, v in rows:
        out.append(
            f'<tr><td style="padding:8px 0;border-bottom:1px solid {border};color:{kcolor};">{esc(k)}</td>'
            f'<td align="right" style="padding:8px 0;border-bottom:1px solid {border};color:{vcolor};">{v}</td></tr>'
        )
    out.append("</table>")
    return "\n".join(out)


def items_table(
    head: list[str],
    rows: list[list[str]],
    totals: list[tuple[str, str, bool]],
    *,
    head_bg="#f6f9fc",
    size=14,
    border="#e6ebf1",
) -> str:
    n = len(head)
    out = [
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
        f'style="border-collapse:collapse;font-size:{size}px;">',
        "<tr>",
    ]
    for i, h in enumerate(head):
        al = "right" if i == n - 1 else "left"
        out.append(
            f'<th align="{al}" style="padding:8px 6px;background:{head_bg};border-bottom:1px solid {border};'
            f'font-weight:600;">{esc(h)}</th>'
        )
    out.append("</tr>")
    for r in rows:
        out.append(
            "<tr>"
            + "".join(
                f'<td align="{"right" if i == n - 1 else "left"}" style="padding:8px 6px;border-bottom:1px solid {border};">{c}</td>'
                for i, c in enumerate(r)
            )
            + "</tr>"
        )
    for label, value, bold in totals:
        w = "font-weight:700;" if bold else ""
        out.append(
            f'<tr><td colspan="{n - 1}" align="right" style="padding:6px 6px;{w}">{esc(label)}</td>'
            f'<td align="right" style="padding:6px 6px;{w}">{value}</td></tr>'
        )
    out.append("</table>")
    return "\n".join(out)


def button(label: str, href: str, bg: str = "#635bff", fg: str = "#ffffff") -> str:
    return (
        f'<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>'
        f'<td bgcolor="{bg}" style="border-radius:4px;"><a href="{href}" target="_blank" '
        f'style="display:inline-block;padding:11px 22px;font-size:15px;color:{fg};text-decoration:none;'
        f'font-weight:600;">{esc(label)}</a></td></tr></table>'
    )


def pixel(url: str) -> str:
    return f'<img src="{url}" width="1" height="1" alt="" style="display:block;border:0;" />'


def tok(n: int = 24) -> str:
    return "".join(
        rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n)
    )


def text_table(rows: list[tuple[str, str]], width: int = 58) -> str:
    return "\n".join(f"{k}{' ' * max(2, width - len(k) - len(v))}{v}" for k, v in rows)


# --------------------------------------------------------------------------------------------
# Stripe-hosted receipts and invoices (Figma, Loom, Eastside Exchange; Sam's own Stripe account)
# --------------------------------------------------------------------------------------------


def stripe_receipt(
    *,
    when,
    merchant,
    acct,
    receipt_no,
    invoice_no,
    paid_on: date,
    lines,
    total,
    period=None,
    support,
    labels,
    slug,
    note=None,
    card="Visa",
    last4=VISA,
    attach_invoice=False,
    zone="UTC",
    subject=None,
    pdf_lines=None,
):
    amount = usd(total)
    hdr = [
        ("Receipt number", receipt_no),
        ("Invoice number", invoice_no),
        ("Payment method", f"{card} - {last4}"),
    ]
    t = [f"{merchant}", "", f"Receipt from {merchant}", amount, f"Paid {long(paid_on)}", ""]
    t += [text_table(hdr, 52), ""]
    if period:
        t += [period, ""]
    for desc, qty, amt in lines:
        t.append(desc)
        t.append(text_table([(f"Qty {qty}" if qty else "", amt)], 52))
        t.append("")
    t += [text_table([("Subtotal", amount), ("Total", amount), ("Amount paid", amount)], 52), ""]
    if note:
        t += [note, ""]
    t += [
        f"Questions? Visit our support site at {support[0]}, contact us at {support[1]}, or call us at {support[2]}.",
        "",
        "Something wrong with the email? View it in your browser: "
        f"https://invoice.stripe.com/i/{acct}/{tok(40)}",
        "",
        f"You're receiving this email because you made a purchase at {merchant}, which partners with Stripe "
        "to provide invoicing and payment processing.",
        "",
    ]
    rows = "".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #e6ebf1;font-size:14px;color:#525f7f;">{esc(d)}'
        f"{'<br/><span style=&quot;color:#8898aa;&quot;>Qty ' + str(q) + '</span>' if q else ''}</td>"
        f'<td align="right" style="padding:10px 0;border-bottom:1px solid #e6ebf1;font-size:14px;color:#525f7f;">{esc(a)}</td></tr>'
        for d, q, a in lines
    ).replace("&quot;", '"')
    inner = (
        row(f'<div style="font-size:16px;color:#8898aa;padding-top:32px;">{esc(merchant)}</div>')
        + row(
            f'<h1 style="font-size:20px;font-weight:500;color:#32325d;margin:8px 0 4px;">Receipt from {esc(merchant)}</h1>'
            f'<div style="font-size:34px;font-weight:600;color:#32325d;margin:6px 0;">{amount}</div>'
            f'<div style="font-size:14px;color:#8898aa;margin-bottom:20px;">Paid {long(paid_on)}</div>'
        )
        + row(kv_table(hdr))
        + row(
            f'<div style="padding:24px 0 8px;font-size:12px;text-transform:uppercase;color:#8898aa;">'
            f"{esc(period) if period else 'Summary'}</div>"
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">{rows}'
            f'<tr><td style="padding:10px 0;font-size:14px;color:#525f7f;">Subtotal</td><td align="right" style="padding:10px 0;font-size:14px;">{amount}</td></tr>'
            f'<tr><td style="padding:10px 0;font-size:14px;color:#525f7f;">Total</td><td align="right" style="padding:10px 0;font-size:14px;">{amount}</td></tr>'
            f'<tr><td style="padding:10px 0;font-size:14px;font-weight:600;">Amount paid</td><td align="right" style="padding:10px 0;font-size:14px;font-weight:600;">{amount}</td></tr>'
            f"</table>"
        )
        + (row(p(esc(note), "font-size:14px;line-height:21px;color:#525f7f;margin:16px 0;")) if note else "")
        + row(
            p(
                f'Questions? Visit our support site at <a href="{support[0]}" style="color:#635bff;">{esc(support[0])}</a>, '
                f'contact us at <a href="mailto:{support[1]}" style="color:#635bff;">{esc(support[1])}</a>, or call us at {esc(support[2])}.',
                "font-size:14px;line-height:21px;color:#525f7f;margin:24px 0 16px;",
            )
        )
        + row(
            p(
                f"You're receiving this email because you made a purchase at {esc(merchant)}, which partners with "
                f'<a href="https://stripe.com" style="color:#8898aa;">Stripe</a> to provide invoicing and payment processing.',
                "font-size:12px;line-height:18px;color:#8898aa;margin:0 0 32px;",
            )
        )
    )
    h = shell(inner, title=f"Receipt from {merchant}", preheader=f"Receipt from {merchant} {amount}")
    atts = []
    if attach_invoice:
        stamp = paid_on.strftime("%Y%m%d") + "120000Z"
        atts.append((f"Invoice-{invoice_no}.pdf", make_pdf(f"Invoice {invoice_no}", pdf_lines or [], stamp)))
        atts.append((f"Receipt-{receipt_no}.pdf", make_pdf(f"Receipt {receipt_no}", pdf_lines or [], stamp)))
    add(
        when,
        zone,
        Address(merchant, f"receipts+{acct}", "stripe.com"),
        subject or f"Your receipt from {merchant} #{receipt_no}",
        slug=slug,
        labels=labels,
        text="\n".join(t),
        html=h,
        msgid_style="ses",
        boundary_style="stripe",
        attachments=atts,
    )


# --------------------------------------------------------------------------------------------
# 1. Figma (Stripe receipts; seats added mid-cycle) + Config ticket (one-off)
# --------------------------------------------------------------------------------------------


def figma():
    acct = "acct_1EXa9BLsF1gmA"
    support = ("https://help.figma.com", "billing@figma.com", "+1 415-890-5404")
    rno = 2384_1100
    for i, d in enumerate(
        ["2025-12-05", "2026-02-05", "2026-04-05", "2026-07-05", "2026-09-05", "2026-11-05"]
    ):
        day = D(d)
        rno += rng.randrange(4, 30)
        per = f"{short(day)} – {short(add_months(day, 1))}"
        stripe_receipt(
            when=f"{d} {rng.choice(['14', '15', '16'])}:{rng.randrange(60):02d}",
            merchant="Figma, Inc.",
            acct=acct,
            receipt_no=f"{str(rno)[:4]}-{str(rno)[4:]}",
            invoice_no=f"9C4E21B7-{40 + i:04d}",
            paid_on=day,
            period=per,
            lines=[("Professional team (Full seat) × 1", 1, "$20.00")],
            total=20.00,
            support=support,
            labels=["Figma"],
            slug="figma-receipt",
        )
    # seats added 2026-11-09
    add(
        "2026-11-09 10:42",
        "PT",
        Address("Figma", "no-reply", "figma.com"),
        "You added 2 Full seats to Okafor Studio",
        slug="figma-seats-added",
        labels=["Figma"],
        text=(
            "Hi Sam,\n\n"
            "You added 2 Full seats to the Okafor Studio team on the Professional plan.\n\n"
            "  Amelia Ruiz (amelia@ruizmakes.co) - Full seat\n"
            "  Theo Park (theo.park@hey.com) - Full seat\n\n"
            "What you'll pay\n"
            "Today you'll be charged a prorated $34.67 for the rest of your current billing period "
            "(Nov 9 - Dec 5, 2026).\n"
            "Starting December 5, 2026, your monthly bill will be $60.00 (3 Full seats x $20.00/month).\n\n"
            "You can review seats any time in Admin > Billing.\n"
            "https://www.figma.com/files/team/1187730417442219033/billing\n\n"
            "- The Figma team\n\n"
            "Figma, Inc. 760 Market St, Floor 10, San Francisco, CA 94102\n"
        ),
        html=shell(
            row('<div style="padding:32px 0 8px;font-weight:700;font-size:22px;color:#000;">Figma</div>')
            + row(
                p("Hi Sam,")
                + p(
                    "You added <b>2 Full seats</b> to the <b>Okafor Studio</b> team on the Professional plan."
                )
                + kv_table(
                    [("Amelia Ruiz", "Full seat"), ("Theo Park", "Full seat")], kcolor="#000", vcolor="#666"
                )
                + '<h3 style="font-size:16px;margin:24px 0 8px;">What you\'ll pay</h3>'
                + p(
                    "Today you'll be charged a prorated <b>$34.67</b> for the rest of your current billing period (Nov 9 – Dec 5, 2026)."
                )
                + p(
                    "Starting <b>December 5, 2026</b>, your monthly bill will be <b>$60.00</b> (3 Full seats × $20.00/month)."
                )
                + button(
                    "Review seats",
                    "https://www.figma.com/files/team/1187730417442219033/billing",
                    bg="#0d99ff",
                )
                + p("&nbsp;")
                + p("— The Figma team")
            )
            + row(
                p(
                    "Figma, Inc. · 760 Market St, Floor 10 · San Francisco, CA 94102",
                    "font-size:12px;color:#999;margin:24px 0;",
                )
            ),
            title="Seats added",
            preheader="2 Full seats were added to Okafor Studio",
            bg="#f5f5f5",
            font="Inter,Helvetica,Arial,sans-serif",
            color="#000",
        ),
        msgid_style="sendgrid",
        boundary_style="sendgrid",
    )
    stripe_receipt(
        when="2026-11-09 18:44",
        merchant="Figma, Inc.",
        acct=acct,
        receipt_no="2384-1288",
        invoice_no="9C4E21B7-0046",
        paid_on=D("2026-11-09"),
        period="Nov 9 – Dec 5, 2026",
        lines=[
            ("Remaining time on 3 × Professional team (Full seat) after 09 Nov 2026", 3, "$52.00"),
            ("Unused time on 1 × Professional team (Full seat) after 09 Nov 2026", 1, "-$17.33"),
        ],
        total=34.67,
        support=support,
        labels=["Figma"],
        slug="figma-prorated",
        note="Your next invoice of $60.00 for 3 Full seats will be charged on December 5, 2026.",
    )
    # Config 2026: a one-off ticket from the same company
    add(
        "2026-03-18 09:05",
        "PT",
        Address("Config by Figma", "config", "figma.com"),
        "You're going to Config 2026! Order #CFG26-48213",
        slug="figma-config-ticket",
        labels=[],
        text=(
            "You're registered for Config 2026\n\n"
            "May 5-7, 2026 - Moscone Center, San Francisco\n\n"
            "Attendee: Sam Okafor\n"
            "Pass: In-person pass (Early bird)\n"
            "Order number: CFG26-48213\n"
            "Order date: March 18, 2026\n\n"
            "In-person pass (Early bird)      1 x $499.00\n"
            "Total paid                       $499.00\n"
            "Paid with Visa ending in 4417\n\n"
            "Badge pickup opens Monday, May 4 at 3pm. Bring a photo ID.\n"
            "Add to calendar: https://config.figma.com/calendar/cfg26.ics\n\n"
            "Tickets are non-refundable but transferable until April 24, 2026.\n"
            "Figma, Inc. 760 Market St, San Francisco, CA 94102\n"
        ),
        html=shell(
            row('<div style="padding:32px 0;font-size:28px;font-weight:800;">Config 2026</div>')
            + row(
                p("<b>You're registered.</b> May 5–7, 2026 · Moscone Center, San Francisco")
                + kv_table(
                    [
                        ("Attendee", "Sam Okafor"),
                        ("Pass", "In-person pass (Early bird)"),
                        ("Order number", "CFG26-48213"),
                        ("Order date", "March 18, 2026"),
                        ("Total paid", "$499.00"),
                        ("Payment", "Visa ending in 4417"),
                    ],
                    kcolor="#555",
                    vcolor="#000",
                )
                + p("&nbsp;")
                + p("Badge pickup opens Monday, May 4 at 3pm. Bring a photo ID.")
                + p(
                    "Tickets are non-refundable but transferable until April 24, 2026.",
                    "font-size:12px;color:#777;margin:0 0 32px;",
                )
            ),
            title="Config 2026",
            bg="#1e1e1e",
            font="Inter,Helvetica,Arial,sans-serif",
            color="#000",
        ),
        msgid_style="sendgrid",
        boundary_style="sendgrid",
    )


# --------------------------------------------------------------------------------------------
# 2. Loom (Stripe receipts, then failed payments and downgrade: inactive)
# --------------------------------------------------------------------------------------------


def loom():
    acct = "acct_1C8mLoOMx2Bq"
    support = ("https://support.loom.com", "billing@loom.com", "+1 415-579-3052")
    for i, d in enumerate(["2026-01-09", "2026-04-09", "2026-07-09"]):
        day = D(d)
        stripe_receipt(
            when=f"{d} 17:{rng.randrange(60):02d}",
            merchant="Loom, Inc.",
            acct=acct,
            receipt_no=f"{1893 + i}-{rng.randrange(1000, 9999)}",
            invoice_no=f"LOOM-7Q2K-{118 + i * 3:04d}",
            paid_on=day,
            period=f"{short(day)} – {short(add_months(day, 1))}",
            lines=[("Loom Business (monthly) × 1 creator", 1, "$18.00")],
            total=18.00,
            support=support,
            labels=["Loom"],
            slug="loom-receipt",
            card="Mastercard",
            last4="0193",
        )
    fail = lambda when, subj, slug, body_t, body_h: add(
        when,
        "PT",
        Address("Loom", "billing", "loom.com"),
        subj,
        slug=slug,
        labels=["Loom"],
        text=body_t,
        html=shell(
            row('<div style="padding:28px 0 12px;font-size:24px;font-weight:700;color:#625df5;">loom</div>')
            + row(body_h)
            + row(
                p(
                    "Loom, Inc. (an Atlassian company) · 140 2nd St, San Francisco, CA 94105",
                    "font-size:12px;color:#999;margin:24px 0;",
                )
            ),
            title=subj,
            bg="#f7f7fb",
            color="#1a1a2e",
        ),
        msgid_style="sendgrid",
        boundary_style="sendgrid",
    )
    fail(
        "2026-08-09 10:12",
        "Action required: your Loom payment failed",
        "loom-payment-failed",
        (
            "Hi Sam,\n\nWe weren't able to charge $18.00 to your Mastercard ending in 0193 for your Loom Business plan "
            "(workspace: Okafor Studio).\n\nThe bank declined the charge (do_not_honor). We'll retry automatically over the next "
            "two weeks. To avoid losing Business features, update your payment method:\n"
            "https://www.loom.com/settings/workspace/billing\n\nThanks,\nThe Loom team\n"
        ),
        p("Hi Sam,")
        + p(
            "We weren't able to charge <b>$18.00</b> to your Mastercard ending in 0193 for your "
            "<b>Loom Business</b> plan (workspace: Okafor Studio)."
        )
        + p(
            "The bank declined the charge. We'll retry automatically over the next two weeks. To avoid losing "
            "Business features, update your payment method."
        )
        + button("Update payment method", "https://www.loom.com/settings/workspace/billing", bg="#625df5")
        + p("&nbsp;")
        + p("Thanks,<br/>The Loom team"),
    )
    fail(
        "2026-08-14 10:03",
        "Reminder: update your payment method to keep Loom Business",
        "loom-dunning",
        (
            "Hi Sam,\n\nWe tried again to charge $18.00 for Loom Business on August 13 and the payment was declined.\n"
            "If we can't collect payment by August 23, 2026, the Okafor Studio workspace will move to the free Starter plan "
            "and videos over 5 minutes will be locked.\n\nUpdate payment method: https://www.loom.com/settings/workspace/billing\n\n"
            "The Loom team\n"
        ),
        p("Hi Sam,")
        + p(
            "We tried again to charge <b>$18.00</b> for Loom Business on August 13 and the payment was declined."
        )
        + p(
            "If we can't collect payment by <b>August 23, 2026</b>, the Okafor Studio workspace will move to the free "
            "Starter plan and videos over 5 minutes will be locked."
        )
        + button("Update payment method", "https://www.loom.com/settings/workspace/billing", bg="#625df5"),
    )
    fail(
        "2026-08-23 11:30",
        "Your workspace has been moved to Loom Starter",
        "loom-downgraded",
        (
            "Hi Sam,\n\nBecause we couldn't collect payment for your Loom Business subscription after several attempts, "
            "your subscription has ended and the Okafor Studio workspace is now on the free Starter plan.\n\n"
            "You won't be charged again. Your videos are safe; recordings over 5 minutes are locked until you upgrade.\n"
            "Upgrade any time: https://www.loom.com/pricing\n\nThe Loom team\n"
        ),
        p("Hi Sam,")
        + p(
            "Because we couldn't collect payment for your Loom Business subscription after several attempts, "
            "your subscription has ended and the Okafor Studio workspace is now on the free <b>Starter</b> plan."
        )
        + p(
            "You won't be charged again. Your videos are safe; recordings over 5 minutes are locked until you upgrade."
        )
        + button("See plans", "https://www.loom.com/pricing", bg="#625df5"),
    )


# --------------------------------------------------------------------------------------------
# 3. Eastside Exchange Coworking (Stripe invoices with PDF attached; credit note)
# --------------------------------------------------------------------------------------------


def coworking():
    acct = "acct_1NqEEXc0w0rk"
    merchant = "Eastside Exchange Coworking"
    sender = Address(merchant, f"invoice+statements+{acct}", "stripe.com")
    n = 12
    for d, extra in [
        ("2025-12-01", None),
        ("2026-02-01", None),
        ("2026-05-01", ("Meeting room - 2 hrs over allowance (Apr)", 30.00)),
        ("2026-08-01", None),
        ("2026-11-01", None),
    ]:
        day = D(d)
        n += {"2026-02-01": 2, "2026-05-01": 3, "2026-08-01": 3, "2026-11-01": 3}.get(d, 1)
        inv = f"7A1C2D-{n:04d}"
        end = add_months(day, 1) - timedelta(days=1)
        lines = [(f"Flex Desk Membership ({short(day)} – {short(end)})", 1, 265.00)]
        if extra:
            lines.append((extra[0], 1, extra[1]))
        total = sum(x[2] for x in lines)
        t = [
            f"{merchant}",
            "",
            f"Invoice {inv}",
            "",
            f"{usd(total)} due {long(day)}",
            "",
            f"To: {SAM_NAME}, {STUDIO}",
            f"From: {merchant}",
            "",
            f"This invoice will be charged automatically to your Visa ending in {VISA} on {long(day)}.",
            "",
        ]
        for desc, q, a in lines:
            t.append(f"{desc}")
            t.append(text_table([(f"Qty {q}", usd(a))], 52))
        t += [
            "",
            text_table([("Subtotal", usd(total)), ("Total", usd(total)), ("Amount due", usd(total))], 52),
            "",
            "Memo: Thanks for being a member! Your invoice PDF is attached. Desk 14, 24/7 access, 4 meeting-room hours/month.",
            "",
            f"View invoice and payment details: https://invoice.stripe.com/i/{acct}/{tok(40)}",
            "",
            "Questions? Contact Eastside Exchange Coworking at billing@eastsideexchange.co or call +1 503-555-0182.",
            "",
            "Eastside Exchange LLC, 1020 SE 7th Ave, Portland, OR 97214",
            "",
        ]
        rows = [[esc(desc), str(q), usd(a)] for desc, q, a in lines]
        inner = (
            row(f'<div style="padding:32px 0 6px;font-size:16px;color:#8898aa;">{esc(merchant)}</div>')
            + row(
                f'<div style="font-size:30px;font-weight:600;">{usd(total)}</div>'
                f'<div style="font-size:14px;color:#8898aa;margin:4px 0 18px;">Due {long(day)}</div>'
                + kv_table([("Invoice number", inv), ("To", f"{SAM_NAME}, {STUDIO}"), ("From", merchant)])
            )
            + row(
                p(
                    f"This invoice will be charged automatically to your Visa ending in {VISA} on {long(day)}.",
                    "font-size:14px;color:#525f7f;margin:18px 0;",
                )
                + items_table(
                    ["Description", "Qty", "Amount"],
                    rows,
                    [
                        ("Subtotal", usd(total), False),
                        ("Total", usd(total), False),
                        ("Amount due", usd(total), True),
                    ],
                )
            )
            + row(
                p(
                    "Memo: Thanks for being a member! Your invoice PDF is attached. Desk 14, 24/7 access, "
                    "4 meeting-room hours/month.",
                    "font-size:14px;color:#525f7f;margin:18px 0;",
                )
                + button("View invoice", f"https://invoice.stripe.com/i/{acct}/{tok(40)}")
            )
            + row(
                p(
                    "Questions? Contact Eastside Exchange Coworking at billing@eastsideexchange.co or call +1 503-555-0182.<br/>"
                    "Eastside Exchange LLC · 1020 SE 7th Ave · Portland, OR 97214<br/>"
                    'Powered by <a href="https://stripe.com" style="color:#8898aa;">Stripe</a>',
                    "font-size:12px;color:#8898aa;margin:24px 0 32px;",
                )
            )
        )
        pdf = make_pdf(
            f"Invoice {inv}",
            [
                "Eastside Exchange LLC",
                "1020 SE 7th Ave, Portland, OR 97214",
                "",
                f"Bill to: {SAM_NAME}, {STUDIO}",
                ADDR1 + ", " + ADDR2,
                "",
                f"Invoice number {inv}",
                f"Date of issue {long(day)}",
                f"Date due {long(day)}",
                "",
            ]
            + [f"{desc}   {q}   {usd(a)}" for desc, q, a in lines]
            + ["", f"Total {usd(total)}", f"Amount due {usd(total)} USD"],
            day.strftime("%Y%m%d") + "080000Z",
        )
        add(
            f"{d} 06:{rng.randrange(10, 50)}",
            "PT",
            sender,
            f"Invoice from {merchant} #{inv}",
            slug="eastside-invoice",
            labels=["Eastside Exchange Coworking"],
            text="\n".join(t),
            html=shell(inner, title=f"Invoice {inv}", preheader=f"{usd(total)} due {long(day)}"),
            attachments=[(f"Invoice-{inv}.pdf", pdf)],
            msgid_style="ses",
            boundary_style="stripe",
        )
    # credit note for the May overage, refunded to card
    cn = "7A1C2D-0019-CN-01"
    add(
        "2026-05-08 13:20",
        "PT",
        sender,
        f"Credit note from {merchant} #{cn}",
        slug="eastside-credit-note",
        labels=["Eastside Exchange Coworking"],
        text=(
            f"{merchant}\n\nCredit note {cn}\n$30.00 credited\n\n"
            "Original invoice: 7A1C2D-0019\n"
            "Reason: Meeting room hours were double-booked in April - overage removed.\n\n"
            "Meeting room - 2 hrs over allowance (Apr)          -$30.00\n\n"
            f"Refunded to Visa ending in {VISA}. Refunds take 5-10 days to appear on your statement.\n\n"
            "Eastside Exchange LLC, 1020 SE 7th Ave, Portland, OR 97214\n"
        ),
        html=shell(
            row(f'<div style="padding:32px 0 6px;font-size:16px;color:#8898aa;">{esc(merchant)}</div>')
            + row(
                '<div style="font-size:30px;font-weight:600;">$30.00</div><div style="color:#8898aa;font-size:14px;margin-bottom:16px;">Credit note '
                + cn
                + "</div>"
                + kv_table([("Original invoice", "7A1C2D-0019"), ("Refunded to", f"Visa ending in {VISA}")])
                + p(
                    "Reason: Meeting room hours were double-booked in April — overage removed.",
                    "font-size:14px;color:#525f7f;margin:18px 0 32px;",
                )
            ),
            title="Credit note",
        ),
        msgid_style="ses",
        boundary_style="stripe",
    )
    add(
        "2026-11-10 12:00",
        "PT",
        Address("Eastside Exchange", "hello", "eastsideexchange.co"),
        "November at the Exchange: member happy hour + holiday hours",
        slug="eastside-newsletter",
        labels=[],
        html=shell(
            row(
                '<div style="padding:30px 0 10px;font-size:26px;font-weight:800;color:#1b4332;">EASTSIDE EXCHANGE</div>'
            )
            + row(
                p("Hi members!")
                + p(
                    "<b>Member happy hour</b> — Thursday Nov 19, 5–7pm on the 2nd floor terrace. "
                    "Bring a friend: guest day passes are $25 (free for members' guests that evening)."
                )
                + p(
                    "<b>Holiday hours:</b> staffed hours end at 2pm on Nov 25; closed Nov 26–27. Keycard access stays 24/7."
                )
                + p("<b>Lockers:</b> a few lockers opened up — $20/month, ask at the front desk.")
                + p("See you at the Exchange,<br/>Marisol &amp; the front desk crew")
            )
            + row(
                p(
                    "You are receiving this because you are a member of Eastside Exchange. "
                    '<a href="https://eastsideexchange.co/unsubscribe?m='
                    + tok(16)
                    + '" style="color:#999;">Unsubscribe</a>',
                    "font-size:11px;color:#999;margin:20px 0;",
                )
            ),
            title="November at the Exchange",
            bg="#eef3ee",
            font="Georgia,serif",
            color="#222",
        ),
        headers=[("List-Unsubscribe", "<https://eastsideexchange.co/unsubscribe>")],
        boundary_style="generic",
    )


# --------------------------------------------------------------------------------------------
# 4. Sam's own Stripe account, PayPal, Venmo: money coming in (hard negatives)
# --------------------------------------------------------------------------------------------


def money_in():
    add(
        "2025-12-15 11:24",
        "UTC",
        Address("Stripe", "notifications", "stripe.com"),
        "Payment of $3,400.00 from Lumen Coffee Roasters",
        slug="stripe-payment-in",
        labels=[],
        text=(
            "Okafor Studio\n\nYou received a payment of $3,400.00 from Lumen Coffee Roasters.\n\n"
            "Invoice OS-2025-044 - Packaging system, phase 2\n"
            "Amount          $3,400.00\nStripe fee        -$98.90\nNet             $3,301.10\n\n"
            "Customer: Lumen Coffee Roasters (ap@lumencoffee.com)\nPayment method: ACH Direct Debit\n\n"
            "View payment in Dashboard: https://dashboard.stripe.com/payments/py_3QhS2" + tok(18) + "\n\n"
            "Stripe, 510 Townsend Street, San Francisco, CA 94103\n"
        ),
        html=shell(
            row('<div style="padding:30px 0 8px;font-size:14px;color:#8898aa;">Okafor Studio</div>')
            + row(
                '<div style="font-size:22px;">You received a payment of <b>$3,400.00</b> from Lumen Coffee Roasters.</div>'
                + kv_table(
                    [
                        ("Invoice", "OS-2025-044 – Packaging system, phase 2"),
                        ("Amount", "$3,400.00"),
                        ("Stripe fee", "-$98.90"),
                        ("Net", "$3,301.10"),
                        ("Payment method", "ACH Direct Debit"),
                    ]
                )
                + p("&nbsp;")
                + button("View payment", "https://dashboard.stripe.com/payments")
                + p(
                    "Stripe, 510 Townsend Street, San Francisco, CA 94103",
                    "font-size:12px;color:#8898aa;margin:24px 0;",
                )
            ),
            title="Payment received",
        ),
        msgid_style="ses",
        boundary_style="stripe",
    )
    add(
        "2025-12-17 16:02",
        "UTC",
        Address("Stripe", "notifications", "stripe.com"),
        "Your payout of $3,301.10 is on the way",
        slug="stripe-payout",
        labels=[],
        text=(
            "Okafor Studio\n\nA payout of $3,301.10 USD is on the way to your bank account.\n\n"
            "Estimated arrival: December 18, 2025\nBank account: JPMORGAN CHASE BANK ****6621\n"
            "Payout ID: po_1QhT" + tok(20) + "\n\nStripe, 510 Townsend Street, San Francisco, CA 94103\n"
        ),
        msgid_style="ses",
    )
    add(
        "2026-02-24 09:41",
        "PT",
        Address("PayPal", "service", "paypal.com"),
        "You've got money",
        slug="paypal-money-in",
        labels=[],
        html=shell(
            row(
                '<div style="padding:28px 0;"><img src="https://www.paypalobjects.com/digitalassets/c/website/logo/full-text/pp_fc_hl.svg" alt="PayPal" width="110"/></div>'
            )
            + row(
                '<div style="font-size:26px;font-weight:700;margin-bottom:10px;">Hollis &amp; Reed Architects sent you $1,250.00 USD</div>'
                + p("<b>Note from Zoë Lindqvist:</b> Brand refresh – milestone 2 of 3. Thanks Sam!")
                + kv_table(
                    [
                        ("Transaction ID", "7XK20419LM3308921"),
                        ("Transaction date", "Feb 24, 2026"),
                        ("Amount received", "$1,250.00 USD"),
                        ("Fee", "-$44.13 USD"),
                        ("Net amount", "$1,205.87 USD"),
                    ],
                    kcolor="#687173",
                    vcolor="#000",
                    border="#eee",
                )
                + p("&nbsp;")
                + p("The money is in your PayPal balance. Transfer it to your bank any time.")
                + p(
                    "PayPal is located at 2211 N. First St., San Jose, CA 95131. Copyright © 1999-2026 PayPal, Inc. All rights reserved.",
                    "font-size:11px;color:#687173;margin:30px 0;",
                )
            ),
            title="You've got money",
            bg="#f5f7fa",
            font="Helvetica Neue,Arial,sans-serif",
            color="#000",
        ),
        charset="utf-8",
        msgid_style="plain",
        msgid_domain="paypal.com",
    )
    add(
        "2026-11-12 20:15",
        "PT",
        Address("Venmo", "venmo", "venmo.com"),
        "Jordan Baptiste paid you $35.00",
        slug="venmo-jordan",
        labels=[],
        text=(
            'Jordan Baptiste paid you $35.00\n\n"internet half 🛜 + tp"\n\n'
            "Transfer Date and Amount:\nNov 12, 2026 PST · + $35.00\n\n"
            "The money is in your Venmo account.\n\nPayment ID: 4188203119874400231\n\n"
            "Venmo is a service of PayPal, Inc., a licensed provider of money transfer services.\n"
        ),
        msgid_style="plain",
    )


# --------------------------------------------------------------------------------------------
# 5. Slack (Pro, fair-billing credit, failed payment + updated card)
# --------------------------------------------------------------------------------------------


def slack_mail(when, subject, slug, text, inner_html, labels=("Slack Pro",)):
    h = shell(
        row(
            '<div style="padding:30px 0 16px;"><img src="https://a.slack-edge.com/80588/marketing/img/meta/slack_hash_256.png" '
            'width="36" height="36" alt="Slack" /></div>'
        )
        + row(inner_html)
        + row(
            p(
                'Made by <a href="https://slack.com" style="color:#696969;">Slack Technologies, LLC</a>, a Salesforce company<br/>'
                "415 Mission Street, 3rd Floor, San Francisco, CA 94105<br/>"
                '<a href="https://slack.com/help" style="color:#696969;">Help Center</a> · '
                '<a href="https://slack.com/privacy-policy" style="color:#696969;">Privacy Policy</a>',
                "font-size:12px;line-height:18px;color:#696969;margin:30px 0;",
            )
        ),
        title=subject,
        bg="#ffffff",
        font="Lato,'Helvetica Neue',Helvetica,Arial,sans-serif",
        color="#1d1c1d",
    )
    add(
        when,
        "PT",
        Address("Slack", "feedback", "slack.com"),
        subject,
        slug=slug,
        labels=list(labels),
        text=text,
        html=h,
        msgid_domain="slack.com",
        boundary_style="generic",
    )


def slack():
    def receipt(d, lines, total, inv, extra_note=""):
        day = D(d)
        nxt = add_months(day.replace(day=2), 1)
        t = (
            f"Thanks for your payment!\n\nWorkspace: Okafor Studio (okafor-studio.slack.com)\n"
            f"Invoice number: {inv}\nDate: {long(day)}\nPlan: Pro (billed monthly)\n\n"
            + "\n".join(text_table([(a, b)], 60) for a, b in lines)
            + f"\n{'-' * 60}\n"
            + text_table([("Total charged", usd(total) + " USD")], 60)
            + f"\n\nCharged to: Visa ending in {VISA}\n"
            + (f"\n{extra_note}\n" if extra_note else "")
            + f"\nYour next bill is scheduled for {long(nxt)}.\n\n"
            "Download a PDF of this invoice: https://okafor-studio.slack.com/admin/billing/history\n\n"
            "Questions about your bill? Visit https://slack.com/help/articles/218915077\n"
        )
        h = (
            '<h1 style="font-size:28px;margin:0 0 20px;">Thanks for your payment!</h1>'
            + kv_table(
                [
                    ("Workspace", "Okafor Studio"),
                    ("Invoice number", inv),
                    ("Date", long(day)),
                    ("Plan", "Pro (billed monthly)"),
                ],
                kcolor="#616061",
                vcolor="#1d1c1d",
                border="#ddd",
            )
            + "<br/>"
            + items_table(
                ["Description", "Amount"],
                [[esc(a), esc(b)] for a, b in lines],
                [("Total charged", usd(total) + " USD", True)],
                head_bg="#f8f8f8",
                border="#ddd",
            )
            + p(f"Charged to Visa ending in {VISA}.", "font-size:14px;margin:16px 0 8px;")
            + (p(esc(extra_note), "font-size:14px;margin:0 0 8px;") if extra_note else "")
            + p(f"Your next bill is scheduled for <b>{long(nxt)}</b>.", "font-size:14px;margin:0 0 16px;")
            + button(
                "View billing history", "https://okafor-studio.slack.com/admin/billing/history", bg="#611f69"
            )
        )
        slack_mail(
            f"{d} 0{rng.randrange(1, 5)}:{rng.randrange(60):02d}",
            "Your Slack receipt for Okafor Studio",
            "slack-receipt",
            t,
            h,
        )

    std = [("Pro plan - 2 active members x $8.75 (monthly)", "$17.50")]
    receipt("2025-12-02", std, 17.50, "SINV-2025-12-0388104")
    receipt(
        "2026-03-02",
        std + [("Fair Billing Policy credit (1 member inactive since Feb 16)", "-$4.38")],
        13.12,
        "SINV-2026-03-0391187",
        "A credit was applied under our Fair Billing Policy: you're only billed for members who are active.",
    )
    receipt("2026-06-02", std, 17.50, "SINV-2026-06-0394466")
    receipt("2026-09-02", std, 17.50, "SINV-2026-09-0397710")
    slack_mail(
        "2026-11-02 02:41",
        "Action required: your payment for Okafor Studio failed",
        "slack-payment-failed",
        (
            "Hi Sam,\n\nWe tried to charge $17.50 to your Visa ending in 4417 on November 2, 2026 for Okafor Studio's "
            "Pro plan, but the card was declined: the card has expired.\n\n"
            "Please update your billing details: https://okafor-studio.slack.com/admin/billing\n\n"
            "If we can't collect payment by November 16, 2026, your workspace will be moved to the free plan.\n\n"
            "The team at Slack\n"
        ),
        '<h1 style="font-size:24px;margin:0 0 16px;">We couldn\'t process your payment</h1>'
        + p("Hi Sam,")
        + p(
            "We tried to charge <b>$17.50</b> to your Visa ending in 4417 on November 2, 2026 for "
            "Okafor Studio's Pro plan, but the card was declined: <b>the card has expired</b>."
        )
        + button("Update billing details", "https://okafor-studio.slack.com/admin/billing", bg="#611f69")
        + p("&nbsp;")
        + p(
            "If we can't collect payment by November 16, 2026, your workspace will be moved to the free plan."
        ),
    )
    receipt(
        "2026-11-03",
        std,
        17.50,
        "SINV-2026-11-0399025",
        "Thanks for updating your payment details. Your new card (Visa ending in 4417, expires 10/29) was charged successfully.",
    )


# --------------------------------------------------------------------------------------------
# 6. Google Workspace (invoice available, no amount; licence change says the price)
# --------------------------------------------------------------------------------------------


def google_shell(inner: str, title: str, year: int = 2026) -> str:
    return shell(
        row(
            '<div style="padding:28px 0 12px;"><img src="https://www.gstatic.com/images/branding/product/2x/google_workspace_64dp.png" '
            'width="40" height="40" alt="Google Workspace" style="vertical-align:middle;"/> '
            '<span style="font-size:20px;color:#5f6368;vertical-align:middle;">Google Workspace</span></div>'
        )
        + row(inner)
        + row(
            p(
                f"© {year} Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043<br/>"
                "You have received this mandatory service announcement to update you about important changes "
                "to your Google Workspace account.",
                "font-size:11px;line-height:16px;color:#5f6368;margin:28px 0;",
            )
        ),
        title=title,
        bg="#f1f3f4",
        font="Roboto,Arial,sans-serif",
        color="#202124",
    )


def google_workspace():
    inv = 5143900112
    for d, per in [
        ("2025-12-01", "November 1 – 30, 2025"),
        ("2026-02-01", "January 1 – 31, 2026"),
        ("2026-05-01", "April 1 – 30, 2026"),
        ("2026-08-01", "July 1 – 31, 2026"),
        ("2026-11-01", "October 1 – 31, 2026"),
    ]:
        inv += rng.randrange(30000, 90000)
        t = (
            "Hello Sam,\n\n"
            f"Your Google Workspace invoice is now available for the billing period {per}.\n\n"
            "Domain: okafor.studio\nBilling account ID: 4217-8830-1195\n"
            f"Invoice number: {inv}\n\n"
            f"Your payment method on file (Visa •••• {VISA}) will be charged automatically. To view or download "
            "this invoice, sign in to your Google Admin console and go to Billing > Billing accounts > Transactions.\n\n"
            "View invoice: https://admin.google.com/ac/billing/accounts/C01x8kq2t/transactions\n\n"
            "Thanks for choosing Google Workspace.\nThe Google Workspace Team\n\n"
            f"© {D(d).year} Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043\n"
        )
        h = google_shell(
            p("Hello Sam,")
            + p(f"Your Google Workspace invoice is now available for the billing period <b>{per}</b>.")
            + kv_table(
                [
                    ("Domain", "okafor.studio"),
                    ("Billing account ID", "4217-8830-1195"),
                    ("Invoice number", str(inv)),
                ],
                kcolor="#5f6368",
                vcolor="#202124",
                border="#e8eaed",
            )
            + p("&nbsp;")
            + p(
                f"Your payment method on file (Visa •••• {VISA}) will be charged automatically. "
                "To view or download this invoice, sign in to your Google Admin console."
            )
            + button(
                "View invoice",
                "https://admin.google.com/ac/billing/accounts/C01x8kq2t/transactions",
                bg="#1a73e8",
            ),
            "Your invoice is available",
            year=D(d).year,
        )
        add(
            f"{d} 0{rng.randrange(2, 7)}:{rng.randrange(60):02d}",
            "PT",
            Address("Google Workspace", "payments-noreply", "google.com"),
            "Your Google Workspace invoice is available for okafor.studio",
            slug="google-workspace-invoice",
            labels=["Google Workspace"],
            text=t,
            html=h,
            msgid_domain="google.com",
            boundary_style="gmail",
        )
    t = (
        "Hello Sam,\n\nYour Google Workspace subscription for okafor.studio has changed.\n\n"
        "Subscription: Google Workspace Business Standard (Flexible Plan)\n"
        "User licenses: 1 -> 2 (added dani@okafor.studio)\n"
        "Price: US$16.80 per user per month\n"
        "Estimated monthly charge: US$33.60, plus applicable taxes\n\n"
        "Charges for the new user are prorated from January 12, 2026 and appear on your next monthly invoice.\n\n"
        "Manage subscriptions: https://admin.google.com/ac/billing/subscriptions\n\nThe Google Workspace Team\n"
    )
    h = google_shell(
        p("Hello Sam,")
        + p("Your Google Workspace subscription for <b>okafor.studio</b> has changed.")
        + kv_table(
            [
                ("Subscription", "Google Workspace Business Standard (Flexible Plan)"),
                ("User licenses", "1 → 2 (added dani@okafor.studio)"),
                ("Price", "US$16.80 per user per month"),
                ("Estimated monthly charge", "<b>US$33.60</b>, plus applicable taxes"),
            ],
            kcolor="#5f6368",
            vcolor="#202124",
            border="#e8eaed",
        )
        + p("&nbsp;")
        + p(
            "Charges for the new user are prorated from January 12, 2026 and appear on your next monthly invoice."
        )
        + button("Manage subscriptions", "https://admin.google.com/ac/billing/subscriptions", bg="#1a73e8"),
        "Subscription changed",
    )
    add(
        "2026-01-12 14:20",
        "PT",
        Address("The Google Workspace Team", "workspace-noreply", "google.com"),
        "Your Google Workspace subscription has changed",
        slug="google-workspace-licenses",
        labels=["Google Workspace"],
        text=t,
        html=h,
        msgid_domain="google.com",
        boundary_style="gmail",
    )


# --------------------------------------------------------------------------------------------
# 7. Zoom (Zuora-style invoices; downgrade Business -> Pro)
# --------------------------------------------------------------------------------------------


def zoom():
    inv = 412873
    for d, plan, amt in [
        ("2025-12-12", "Zoom Workplace Business - Monthly", 21.99),
        ("2026-04-12", "Zoom Workplace Business - Monthly", 21.99),
        ("2026-06-12", "Zoom Workplace Pro - Monthly", 15.99),
        ("2026-09-12", "Zoom Workplace Pro - Monthly", 15.99),
        ("2026-11-12", "Zoom Workplace Pro - Monthly", 15.99),
    ]:
        day = D(d)
        inv += rng.randrange(900000, 4000000)
        end = add_months(day, 1) - timedelta(days=1)
        inner = (
            row(
                '<div style="padding:28px 0 10px;font-size:30px;font-weight:700;color:#0b5cff;font-family:Arial,sans-serif;">zoom</div>'
            )
            + row(
                '<div style="font-size:20px;font-weight:700;margin:6px 0 14px;">Thank you for your payment</div>'
                + p(
                    f"Hi Sam Okafor, we received your payment of <b>{usd(amt)} USD</b> for invoice INV{inv}.",
                    "font-size:14px;margin:0 0 16px;",
                )
                + '<table width="100%" cellpadding="0" cellspacing="0" border="0" style="font-size:13px;"><tr>'
                '<td valign="top" width="50%"><b>Bill To</b><br/>Sam Okafor<br/>Okafor Studio LLC<br/>'
                + ADDR1
                + "<br/>"
                + ADDR2
                + "<br/>US</td>"
                '<td valign="top" width="50%">'
                f"<b>Account Number:</b> A-S00318823<br/><b>Invoice Number:</b> INV{inv}<br/>"
                f"<b>Invoice Date:</b> {num(day)}<br/><b>Payment Date:</b> {num(day)}<br/>"
                f"<b>Payment Method:</b> Visa ****{VISA}</td></tr></table><br/>"
                + items_table(
                    ["Charge Name", "Service Period", "Qty", "Amount"],
                    [[plan, f"{num(day)} - {num(end)}", "1", usd(amt)]],
                    [
                        ("Subtotal", usd(amt), False),
                        ("Tax", "$0.00", False),
                        ("Total", usd(amt), True),
                        ("Amount Paid", usd(amt), False),
                        ("Balance Due", "$0.00", False),
                    ],
                    head_bg="#f0f4ff",
                    size=13,
                )
            )
            + row(
                p(
                    "Sign in to view and download your invoices: https://zoom.us/billing/invoice<br/><br/>"
                    "Zoom Communications, Inc. · 55 Almaden Blvd, 6th Floor · San Jose, CA 95113<br/>"
                    "+1.888.799.9666 · billing@zoom.us",
                    "font-size:11px;color:#6e7680;margin:24px 0;",
                )
            )
        )
        add(
            f"{d} 0{rng.randrange(0, 4)}:{rng.randrange(60):02d}",
            "PT",
            Address("Zoom", "billing", "zoom.us"),
            f"Zoom Invoice INV{inv} - Payment Received",
            slug="zoom-invoice",
            labels=["Zoom Workplace Pro"],
            html=shell(
                inner, title="Zoom invoice", bg="#f7f9fa", font="Arial,Helvetica,sans-serif", color="#131619"
            ),
            html_cte="base64",
            msgid_style="plain",
            msgid_domain="zuora.com",
        )
    inner = row(
        '<div style="padding:28px 0 10px;font-size:30px;font-weight:700;color:#0b5cff;">zoom</div>'
    ) + row(
        '<div style="font-size:20px;font-weight:700;margin:6px 0 14px;">Your plan change is scheduled</div>'
        + p("Hi Sam,")
        + p("You changed your plan from <b>Zoom Workplace Business</b> to <b>Zoom Workplace Pro</b>.")
        + kv_table(
            [
                ("Current plan", "Zoom Workplace Business – $21.99/month (1 license)"),
                ("New plan", "Zoom Workplace Pro – $15.99/month (1 license)"),
                ("Effective date", "June 12, 2026"),
                ("Next charge", "$15.99 on June 12, 2026"),
            ],
            kcolor="#6e7680",
            vcolor="#131619",
        )
        + p("&nbsp;")
        + p(
            "Until June 12 you keep Business features, including SSO and managed domains. "
            "Cloud recordings above 5 GB will need to be downloaded before then."
        )
        + p(
            "Zoom Communications, Inc. · 55 Almaden Blvd, 6th Floor · San Jose, CA 95113",
            "font-size:11px;color:#6e7680;margin:24px 0;",
        )
    )
    add(
        "2026-05-28 15:07",
        "PT",
        Address("Zoom", "no-reply", "zoom.us"),
        "Your Zoom plan change is confirmed",
        slug="zoom-downgrade",
        labels=["Zoom Workplace Pro"],
        html=shell(
            inner, title="Plan change", bg="#f7f9fa", font="Arial,Helvetica,sans-serif", color="#131619"
        ),
        html_cte="base64",
    )


# --------------------------------------------------------------------------------------------
# 8. Adobe Creative Cloud (annual, paid upfront) + marketing
# --------------------------------------------------------------------------------------------


def adobe():
    foot = row(
        p(
            "Adobe Inc. · 345 Park Avenue · San Jose, CA 95110-2704 · USA<br/>"
            "Adobe, the Adobe logo and Creative Cloud are either registered trademarks or trademarks of Adobe in the "
            "United States and/or other countries.<br/>"
            '<a href="https://www.adobe.com/privacy.html" style="color:#6e6e6e;">Privacy policy</a> · '
            '<a href="https://account.adobe.com/" style="color:#6e6e6e;">Manage account</a>',
            "font-size:11px;line-height:16px;color:#6e6e6e;margin:28px 0;",
        )
    )
    logo = row(
        '<div style="padding:26px 0 14px;"><img src="https://www.adobe.com/content/dam/cc/icons/Adobe_Corporate_Horizontal_Red_HEX.svg" '
        'width="110" alt="Adobe" /></div>'
    )
    add(
        "2026-01-15 08:30",
        "PT",
        Address("Adobe", "message", "adobe.com"),
        "Your Creative Cloud All Apps plan renews on February 14",
        slug="adobe-renewal-reminder",
        labels=["Adobe Creative Cloud"],
        html=shell(
            logo
            + row(
                '<h1 style="font-size:24px;margin:0 0 14px;">Your plan renews soon</h1>'
                + p("Hi Sam,")
                + p(
                    "Thanks for being a Creative Cloud member. Your <b>Creative Cloud All Apps</b> "
                    "annual plan, paid upfront, will automatically renew on <b>February 14, 2026</b>."
                )
                + kv_table(
                    [
                        ("Plan", "Creative Cloud All Apps (Annual, paid upfront)"),
                        ("Renewal date", "Feb 14, 2026"),
                        ("Renewal price", "US$659.88/yr"),
                        ("Payment method", f"Visa ending in {VISA}"),
                    ],
                    kcolor="#6e6e6e",
                    vcolor="#2c2c2c",
                )
                + p("&nbsp;")
                + p(
                    "No action is needed to keep your apps, 100 GB of cloud storage and Adobe Fonts. "
                    "To make changes, visit your account."
                )
                + button("Manage plan", "https://account.adobe.com/plans", bg="#1473e6")
            )
            + foot,
            title="Your plan renews soon",
            bg="#f5f5f5",
            font="adobe-clean,'Source Sans Pro',Arial,sans-serif",
            color="#2c2c2c",
        ),
        msgid_domain="adobe.com",
    )
    add(
        "2026-02-14 03:12",
        "PT",
        Address("Adobe", "message", "adobe.com"),
        "Your Adobe invoice: Creative Cloud All Apps",
        slug="adobe-invoice",
        labels=["Adobe Creative Cloud"],
        html=shell(
            logo
            + row(
                '<h1 style="font-size:24px;margin:0 0 14px;">Thank you for your payment</h1>'
                + p("Hi Sam, here's the invoice for your Creative Cloud All Apps renewal.")
                + kv_table(
                    [
                        ("Order number", "AD013288771904"),
                        ("Invoice number", "IUS2026021400318"),
                        ("Invoice date", "14-FEB-2026"),
                        ("Billing period", "14-FEB-2026 to 13-FEB-2027"),
                    ],
                    kcolor="#6e6e6e",
                    vcolor="#2c2c2c",
                )
                + "<br/>"
                + items_table(
                    ["Product", "Qty", "Amount"],
                    [["Creative Cloud All Apps — Annual, paid upfront", "1", "US$659.88"]],
                    [
                        ("Subtotal", "US$659.88", False),
                        ("Tax (0%)", "US$0.00", False),
                        ("Grand total", "US$659.88", True),
                    ],
                    head_bg="#f5f5f5",
                )
                + p(
                    f"Charged to Visa ending in {VISA}. Your next billing date is February 14, 2027.",
                    "font-size:14px;margin:16px 0;",
                )
                + button(
                    "View invoice (PDF)", "https://account.adobe.com/orders/billing-history", bg="#1473e6"
                )
            )
            + foot,
            title="Your Adobe invoice",
            bg="#f5f5f5",
            font="adobe-clean,'Source Sans Pro',Arial,sans-serif",
            color="#2c2c2c",
        ),
        msgid_domain="adobe.com",
    )
    add(
        "2026-09-10 07:00",
        "PT",
        Address("Adobe MAX", "mail", "mail.adobe.com"),
        "Adobe MAX 2026 is coming to LA. Early-bird pricing ends Sept 30",
        slug="adobe-max-marketing",
        labels=[],
        html=shell(
            logo
            + row(
                '<h1 style="font-size:30px;margin:0 0 14px;">The Creativity Conference</h1>'
                + p("Adobe MAX · October 27–29, 2026 · Los Angeles &amp; online")
                + p(
                    "Three days of sessions, labs and sneaks. Full conference pass <b>US$1,295</b> "
                    "(early bird, save US$300 through September 30). Online attendance is free."
                )
                + button("Register now", "https://max.adobe.com/register/", bg="#eb1000")
            )
            + row(
                p(
                    "You received this email because you are an Adobe customer. "
                    '<a href="https://www.adobe.com/unsubscribe" style="color:#6e6e6e;">Unsubscribe</a>',
                    "font-size:11px;color:#6e6e6e;margin:24px 0;",
                )
            )
            + foot,
            title="Adobe MAX 2026",
            bg="#000000",
            color="#2c2c2c",
        ),
        headers=[
            (
                "List-Unsubscribe",
                "<mailto:unsubscribe@mail.adobe.com?subject=unsub>, <https://www.adobe.com/unsubscribe>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ],
        msgid_domain="mail.adobe.com",
    )


# --------------------------------------------------------------------------------------------
# 9. Dropbox Plus (annual)
# --------------------------------------------------------------------------------------------


def dropbox():
    def mail(when, subject, slug, t, h):
        add(
            when,
            "PT",
            Address("Dropbox", "no-reply", "dropbox.com"),
            subject,
            slug=slug,
            labels=["Dropbox Plus"],
            text=t,
            html=shell(
                row(
                    '<div style="padding:28px 0 14px;font-size:22px;font-weight:700;color:#0061fe;">Dropbox</div>'
                )
                + row(h)
                + row(
                    p(
                        "© 2026 Dropbox, Inc. · 1800 Owens St, Ste 200 · San Francisco, CA 94158",
                        "font-size:11px;color:#637282;margin:28px 0;",
                    )
                ),
                title=subject,
                bg="#f7f5f2",
                font="'Atlas Grotesk',Helvetica,Arial,sans-serif",
                color="#1e1919",
            ),
            msgid_domain="dropbox.com",
        )

    mail(
        "2026-02-20 11:15",
        "Your Dropbox Plus plan will renew soon",
        "dropbox-renewal-reminder",
        (
            "Hi Sam,\n\nYour Dropbox Plus plan (billed yearly) will automatically renew on March 22, 2026.\n"
            f"We'll charge $119.88 to your Visa ending in {VISA}.\n\n"
            "No need to do anything. To review your plan, visit https://www.dropbox.com/account/plan\n\n- The Dropbox Team\n"
        ),
        p("Hi Sam,")
        + p(
            "Your <b>Dropbox Plus</b> plan (billed yearly) will automatically renew on <b>March 22, 2026</b>."
        )
        + p(f"We'll charge <b>$119.88</b> to your Visa ending in {VISA}.")
        + button("Review plan", "https://www.dropbox.com/account/plan", bg="#0061fe"),
    )
    mail(
        "2026-03-22 04:48",
        "Your Dropbox receipt",
        "dropbox-receipt",
        (
            "Hi Sam,\n\nThanks for staying with Dropbox Plus! Here's your receipt.\n\n"
            "Date: Mar 22, 2026\nOrder ID: 88107733-2026\nAccount: sam@okafor.studio\n\n"
            "Dropbox Plus (1 year, 2 TB)       $119.88\nTax                               $0.00\n"
            "Total                             $119.88 USD\n\n"
            f"Paid with Visa ending in {VISA}\nNext renewal: March 22, 2027\n\n- The Dropbox Team\n"
        ),
        p("Hi Sam,")
        + p("Thanks for staying with Dropbox Plus! Here's your receipt.")
        + kv_table(
            [("Date", "Mar 22, 2026"), ("Order ID", "88107733-2026"), ("Account", "sam@okafor.studio")]
        )
        + "<br/>"
        + items_table(
            ["Item", "Amount"],
            [["Dropbox Plus (1 year, 2 TB)", "$119.88"]],
            [("Tax", "$0.00", False), ("Total", "$119.88 USD", True)],
        )
        + p(
            f"Paid with Visa ending in {VISA}. Next renewal: March 22, 2027.", "font-size:14px;margin:16px 0;"
        ),
    )


# --------------------------------------------------------------------------------------------
# 10. Squarespace website (annual) + domain (annual)
# --------------------------------------------------------------------------------------------


def squarespace():
    def mail(when, subject, slug, labels, h, sender="no-reply"):
        add(
            when,
            "ET",
            Address("Squarespace", sender, "squarespace.info"),
            subject,
            slug=slug,
            labels=labels,
            html=shell(
                row(
                    '<div style="padding:32px 0 20px;font-size:13px;letter-spacing:4px;font-weight:700;">SQUARESPACE</div>'
                )
                + row(h)
                + row(
                    p(
                        "Squarespace, Inc. · 225 Varick Street, 12th Floor · New York, NY 10014<br/>"
                        '<a href="https://support.squarespace.com" style="color:#777;">Help Center</a> · '
                        '<a href="https://www.squarespace.com/privacy" style="color:#777;">Privacy</a>',
                        "font-size:11px;color:#777;margin:30px 0;",
                    )
                ),
                title=subject,
                bg="#ffffff",
                font="Clarkson,Helvetica,Arial,sans-serif",
                color="#000",
            ),
            msgid_domain="squarespace.info",
        )

    mail(
        "2026-02-10 13:00",
        "Grow your audience with Email Campaigns",
        "squarespace-marketing",
        [],
        '<h1 style="font-size:28px;font-weight:400;">Turn visitors into subscribers.</h1>'
        + p(
            "Design on-brand emails from your site's content. Email Campaigns Starter is $5/month (billed annually), "
            "and you can try 3 campaigns free."
        )
        + button("Try Email Campaigns", "https://www.squarespace.com/email-campaigns", bg="#000")
        + p(
            '<a href="https://www.squarespace.com/unsubscribe" style="color:#777;">Unsubscribe</a> from marketing emails.',
            "font-size:11px;color:#777;margin:24px 0 0;",
        ),
        sender="marketing",
    )
    mail(
        "2026-03-31 10:22",
        "Your domain okafor.studio will renew in 30 days",
        "squarespace-domain-reminder",
        ["okafor.studio domain"],
        '<h1 style="font-size:24px;font-weight:400;">Your domain renews soon</h1>'
        + p("Hi Sam,")
        + p("Your domain <b>okafor.studio</b> is set to auto-renew on <b>April 30, 2026</b> for one year.")
        + kv_table(
            [
                ("Domain", "okafor.studio"),
                ("Renewal date", "April 30, 2026"),
                ("Renewal price", "$36.00/year"),
                ("Payment method", f"Visa •••• {VISA}"),
            ],
            kcolor="#777",
            vcolor="#000",
        )
        + p("&nbsp;")
        + p("You don't need to do anything. Domain privacy stays on at no extra cost.")
        + button("Manage domain", "https://account.squarespace.com/domains/managed/okafor.studio", bg="#000"),
    )
    mail(
        "2026-04-30 09:03",
        "Your Squarespace receipt (okafor.studio)",
        "squarespace-domain-receipt",
        ["okafor.studio domain"],
        '<h1 style="font-size:24px;font-weight:400;">Thanks for your payment</h1>'
        + kv_table(
            [("Order number", "SQSP-00917264"), ("Date", "April 30, 2026"), ("Billed to", "Sam Okafor")],
            kcolor="#777",
            vcolor="#000",
        )
        + "<br/>"
        + items_table(
            ["Description", "Amount"],
            [["Domain renewal — okafor.studio (1 year, Apr 30, 2026 – Apr 30, 2027)", "$36.00"]],
            [("Subtotal", "$36.00", False), ("Sales tax", "$0.00", False), ("Total", "$36.00", True)],
            head_bg="#f2f2f2",
        )
        + p(f"Charged to Visa •••• {VISA}.", "font-size:14px;margin:16px 0;"),
    )
    mail(
        "2026-06-23 10:40",
        "Your website subscription renews on July 8",
        "squarespace-site-reminder",
        ["Squarespace"],
        '<h1 style="font-size:24px;font-weight:400;">Upcoming renewal</h1>'
        + p("Hi Sam,")
        + p(
            "Your <b>Core</b> website subscription for <b>okafor.studio</b> will automatically renew on "
            "<b>July 8, 2026</b>."
        )
        + kv_table(
            [
                ("Website", "Okafor Studio (okafor.studio)"),
                ("Plan", "Core — Annual"),
                ("Amount", "$276.00"),
                ("Renewal date", "July 8, 2026"),
                ("Payment method", f"Visa •••• {VISA}"),
            ],
            kcolor="#777",
            vcolor="#000",
        )
        + p("&nbsp;")
        + button("Manage billing", "https://account.squarespace.com/billing", bg="#000"),
    )
    mail(
        "2026-07-08 08:51",
        "Your Squarespace receipt (Okafor Studio)",
        "squarespace-site-receipt",
        ["Squarespace"],
        '<h1 style="font-size:24px;font-weight:400;">Thanks for your payment</h1>'
        + kv_table(
            [("Order number", "SQSP-01022871"), ("Date", "July 8, 2026"), ("Billed to", "Sam Okafor")],
            kcolor="#777",
            vcolor="#000",
        )
        + "<br/>"
        + items_table(
            ["Description", "Amount"],
            [["Website subscription — Core, Annual (Jul 8, 2026 – Jul 8, 2027)", "$276.00"]],
            [("Subtotal", "$276.00", False), ("Sales tax", "$0.00", False), ("Total", "$276.00", True)],
            head_bg="#f2f2f2",
        )
        + p(f"Charged to Visa •••• {VISA}. Next renewal: July 8, 2027.", "font-size:14px;margin:16px 0;"),
    )


# --------------------------------------------------------------------------------------------
# 11. Shopify: store plan, apps on the Shopify bill, store orders
# --------------------------------------------------------------------------------------------


def shopify():
    def bill(d, lines, billno):
        day = D(d)
        end = add_months(day, 1) - timedelta(days=1)
        total = round(sum(a for _, a in lines), 2)
        nxt = add_months(day, 1)
        t = (
            f"Okafor Prints\n\nYour bill for Okafor Prints\n\nBill #{billno}\nBilling period: {short(day)} - {short(end)}\n\n"
            + "\n".join(text_table([(desc, usd(a))], 66) for desc, a in lines)
            + f"\n\n{text_table([('Subtotal', usd(total)), ('Taxes', '$0.00'), ('Total', usd(total) + ' USD')], 66)}\n\n"
            f"Paid with Visa ending in {VISA} on {long(day)}.\n"
            f"Your next bill date is {long(nxt)}.\n\n"
            "View bill: https://admin.shopify.com/store/okafor-prints/settings/billing/bills\n\n"
            "Shopify Inc., 151 O'Connor Street, Ground floor, Ottawa, ON K2P 2L8, Canada\n"
        )
        h = shell(
            row('<div style="padding:28px 0 8px;font-size:22px;font-weight:700;color:#008060;">shopify</div>')
            + row(
                '<div style="font-size:13px;color:#6d7175;">Okafor Prints</div>'
                '<h1 style="font-size:22px;margin:4px 0 16px;">Your bill for Okafor Prints</h1>'
                + kv_table(
                    [("Bill", f"#{billno}"), ("Billing period", f"{short(day)} – {short(end)}")],
                    kcolor="#6d7175",
                    vcolor="#202223",
                    border="#e1e3e5",
                )
                + "<br/>"
                + items_table(
                    ["Charge", "Amount"],
                    [[esc(a), usd(b)] for a, b in lines],
                    [
                        ("Subtotal", usd(total), False),
                        ("Taxes", "$0.00", False),
                        ("Total", usd(total) + " USD", True),
                    ],
                    head_bg="#f6f6f7",
                    border="#e1e3e5",
                )
                + p(
                    f"Paid with Visa ending in {VISA} on {long(day)}. Your next bill date is <b>{long(nxt)}</b>.",
                    "font-size:14px;margin:16px 0;",
                )
                + button(
                    "View bill",
                    "https://admin.shopify.com/store/okafor-prints/settings/billing/bills",
                    bg="#008060",
                )
            )
            + row(
                p(
                    "Shopify Inc. · 151 O'Connor Street, Ground floor · Ottawa, ON K2P 2L8 · Canada",
                    "font-size:11px;color:#6d7175;margin:28px 0;",
                )
            ),
            title="Your Shopify bill",
            bg="#f1f2f3",
            color="#202223",
        )
        labels = ["Shopify"] + [
            n
            for n, k in (("Judge.me", "Judge.me"), ("PageFly", "PageFly"))
            if any(k in desc for desc, _ in lines)
        ]
        add(
            f"{d} 0{rng.randrange(1, 6)}:{rng.randrange(60):02d}",
            "ET",
            Address("Shopify", "billing", "shopify.com"),
            f"Your Shopify bill for Okafor Prints (#{billno})",
            slug="shopify-bill",
            labels=labels,
            text=t,
            html=h,
            msgid_domain="shopify.com",
            boundary_style="sendgrid",
        )

    def per(d):
        day = D(d)
        return f"({short(day)} – {short(add_months(day, 1) - timedelta(days=1))})"

    basic = lambda d: (f"Basic plan subscription {per(d)}", 39.00)
    judge = ("Judge.me Product Reviews – Awesome (30 days)", 15.00)
    pagefly = ("PageFly Landing Page Builder – Silver (30 days)", 24.00)
    bill("2025-12-18", [basic("2025-12-18"), pagefly, ("Shipping labels (14 labels)", 58.40)], 398201734)
    bill(
        "2026-02-18", [basic("2026-02-18"), judge, pagefly, ("Shipping labels (3 labels)", 12.85)], 401177209
    )
    bill("2026-04-18", [basic("2026-04-18"), judge, ("Shipping labels (4 labels)", 18.30)], 404029551)
    bill("2026-07-18", [basic("2026-07-18"), judge, ("Shipping labels (2 labels)", 9.45)], 408813660)
    bill("2026-10-18", [basic("2026-10-18"), judge, ("Shipping labels (5 labels)", 22.10)], 412406018)
    bill("2026-11-18", [basic("2026-11-18"), judge, ("Shipping labels (9 labels)", 41.27)], 413790442)

    def notice(when, subject, slug, labels, t, h):
        add(
            when,
            "ET",
            Address("Shopify", "mailer", "shopify.com"),
            subject,
            slug=slug,
            labels=labels,
            text=t,
            html=shell(
                row(
                    '<div style="padding:28px 0 8px;font-size:22px;font-weight:700;color:#008060;">shopify</div>'
                )
                + row(h)
                + row(
                    p(
                        "Shopify Inc. · 151 O'Connor Street, Ground floor · Ottawa, ON K2P 2L8 · Canada",
                        "font-size:11px;color:#6d7175;margin:28px 0;",
                    )
                ),
                title=subject,
                bg="#f1f2f3",
                color="#202223",
            ),
            msgid_domain="shopify.com",
            boundary_style="sendgrid",
        )

    notice(
        "2026-01-07 16:33",
        "You approved a charge from Judge.me Product Reviews",
        "shopify-app-charge",
        ["Judge.me"],
        (
            "Okafor Prints\n\nYou approved a charge from Judge.me Product Reviews.\n\n"
            "Plan: Awesome\nRecurring charge: $15.00 USD every 30 days\nApproved by: Sam Okafor\nDate: January 7, 2026\n\n"
            "App charges appear on your Shopify bill. You can cancel any time by uninstalling the app.\n"
        ),
        p("<b>Okafor Prints</b>")
        + p("You approved a charge from <b>Judge.me Product Reviews</b>.")
        + kv_table(
            [
                ("Plan", "Awesome"),
                ("Recurring charge", "$15.00 USD every 30 days"),
                ("Approved by", "Sam Okafor"),
                ("Date", "January 7, 2026"),
            ],
            kcolor="#6d7175",
            vcolor="#202223",
        )
        + p("&nbsp;")
        + p("App charges appear on your Shopify bill. You can cancel any time by uninstalling the app."),
    )
    add(
        "2026-01-07 17:02",
        "UTC",
        Address("Judge.me", "hello", "judge.me"),
        "Welcome to Judge.me Awesome ⭐",
        slug="judgeme-welcome",
        labels=["Judge.me"],
        text=(
            "Hi Sam,\n\nYou're now on the Awesome plan for Okafor Prints. Thanks for upgrading!\n\n"
            "Your plan: Awesome - $15/month, billed through your Shopify bill.\n"
            "Unlocked: photo & video reviews, Q&A, review request coupons, Google Shopping feed, and 20+ integrations.\n\n"
            "Quick start: https://judge.me/settings?shop=okafor-prints.myshopify.com\n\n"
            "Cheers,\nMia from Judge.me\n\nJudge.me, 71-75 Shelton Street, London WC2H 9JQ, United Kingdom\n"
        ),
        msgid_domain="judge.me",
    )
    notice(
        "2026-04-02 12:10",
        "PageFly Landing Page Builder was uninstalled from Okafor Prints",
        "shopify-app-uninstalled",
        ["PageFly"],
        (
            "Okafor Prints\n\nPageFly Landing Page Builder was uninstalled by Sam Okafor on April 2, 2026.\n\n"
            "The app's recurring charge ($24.00 USD every 30 days) has been cancelled. You won't be billed for this app again.\n"
            "Any usage charges incurred before uninstalling will appear on your next bill.\n"
        ),
        p("<b>Okafor Prints</b>")
        + p("<b>PageFly Landing Page Builder</b> was uninstalled by Sam Okafor on April 2, 2026.")
        + p(
            "The app's recurring charge ($24.00 USD every 30 days) has been cancelled. You won't be billed for this app again."
        ),
    )
    # store orders (money in)
    for when, no, cust, items, ship in [
        (
            "2025-12-09 19:48",
            1047,
            "Mei Tanaka",
            [
                ("Bridge of the Gods – Risograph print (11×17)", 2, 35.00),
                ("Forest Park Trail Map – Poster (18×24)", 1, 48.00),
            ],
            6.50,
        ),
        (
            "2026-10-30 08:17",
            1112,
            "Tomás Herrera",
            [("Tilikum Crossing – Screen print (12×16), signed", 1, 65.00)],
            0.00,
        ),
    ]:
        sub = sum(q * a for _, q, a in items)
        tot = sub + ship
        t = (
            f"Okafor Prints\n\nOrder #{no} placed by {cust}\n\n"
            + "\n".join(f"{n} × {q}    {usd(q * a)}" for n, q, a in items)
            + f"\n\nSubtotal {usd(sub)}\nShipping {usd(ship) if ship else 'Free'}\nTaxes $0.00\nTotal {usd(tot)} USD\n\n"
            "Payment processing method: Shopify Payments\nDelivery method: USPS Ground Advantage\n\n"
            f"View order: https://admin.shopify.com/store/okafor-prints/orders/58{no}1190\n"
        )
        add(
            when,
            "PT",
            Address("Okafor Prints", "store+61734412", "t.shopifyemail.com"),
            f"[Okafor Prints] Order #{no} placed by {cust}",
            slug="shopify-store-order",
            labels=[],
            text=t,
            msgid_domain="shopify.com",
        )


# --------------------------------------------------------------------------------------------
# 12. QuickBooks Online (price increase) + a vendor invoice sent through QuickBooks
# --------------------------------------------------------------------------------------------


def intuit_shell(inner, title):
    return shell(
        row(
            '<div style="padding:26px 0 12px;"><img src="https://quickbooks.intuit.com/etc/designs/harmony/images/qb-logo.png" '
            'alt="intuit quickbooks" width="160"/></div>'
        )
        + row(inner)
        + row(
            p(
                "Intuit Inc. · 2700 Coast Avenue · Mountain View, CA 94043<br/>© 2026 Intuit Inc. All rights reserved. "
                "Intuit and QuickBooks are registered trademarks of Intuit Inc.<br/>"
                "This message was sent to sam@okafor.studio. Please do not reply to this email.",
                "font-size:11px;line-height:16px;color:#6b6c72;margin:28px 0;",
            )
        ),
        title=title,
        bg="#eceef1",
        font="Avenir,Helvetica,Arial,sans-serif",
        color="#393a3d",
    )


def quickbooks():
    for d, amt in [
        ("2025-12-03", 38.00),
        ("2026-03-03", 38.00),
        ("2026-07-03", 38.00),
        ("2026-08-03", 42.00),
        ("2026-11-03", 42.00),
    ]:
        day = D(d)
        end = add_months(day, 1) - timedelta(days=1)
        h = intuit_shell(
            '<h1 style="font-size:22px;margin:0 0 14px;">Thanks for your payment</h1>'
            + p("Hi Sam,")
            + p("We've received your payment for QuickBooks. Here are the details.")
            + kv_table(
                [
                    ("Company", STUDIO),
                    ("Account number", "9130-4482-7716"),
                    ("Product", "QuickBooks Online Simple Start"),
                    ("Billing period", f"{short(day)} – {short(end)}"),
                    ("Amount", usd(amt)),
                    ("Tax", "$0.00"),
                    ("Total charged", f"<b>{usd(amt)}</b>"),
                    ("Payment method", f"Visa ending in {VISA}"),
                    ("Payment date", long(day)),
                ],
                kcolor="#6b6c72",
                vcolor="#393a3d",
                border="#dcdee2",
            )
            + p("&nbsp;")
            + button("View billing details", "https://app.qbo.intuit.com/app/billing", bg="#2ca01c"),
            "Thanks for your payment",
        )
        add(
            f"{d} 0{rng.randrange(1, 6)}:{rng.randrange(60):02d}",
            "PT",
            Address("QuickBooks", "quickbooks", "notification.intuit.com"),
            "Thanks for your QuickBooks payment",
            slug="quickbooks-receipt",
            labels=["QuickBooks Online"],
            html=h,
            html_cte="base64",
            msgid_domain="intuit.com",
        )
    h = intuit_shell(
        '<h1 style="font-size:22px;margin:0 0 14px;">An update to your QuickBooks price</h1>'
        + p("Hi Sam,")
        + p(
            "We continue to invest in QuickBooks so you can spend less time on the books — "
            "including bank-feed matching, receipt capture and Intuit Assist."
        )
        + p(
            "Starting with your first billing date on or after <b>August 1, 2026</b>, the price of your "
            "<b>QuickBooks Online Simple Start</b> subscription will change from <b>$38.00/month</b> to "
            "<b>$42.00/month</b>, plus applicable taxes."
        )
        + p(
            "You don't need to do anything; your subscription will continue automatically at the new price. "
            "If you'd like to change or cancel your plan, visit Billing &amp; Subscription."
        )
        + button("Review your subscription", "https://app.qbo.intuit.com/app/billing", bg="#2ca01c")
        + p("&nbsp;")
        + p("Thank you for being a QuickBooks customer.<br/>The QuickBooks Team"),
        "Price update",
    )
    add(
        "2026-06-19 10:00",
        "PT",
        Address("QuickBooks", "quickbooks", "notification.intuit.com"),
        "Important information about your QuickBooks subscription price",
        slug="quickbooks-price-increase",
        labels=["QuickBooks Online"],
        html=h,
        html_cte="base64",
        msgid_domain="intuit.com",
    )
    # vendor invoice to Sam through QuickBooks (one-off print job)
    h = intuit_shell(
        '<div style="font-size:20px;font-weight:700;margin:0 0 6px;">Rose City Print Co.</div>'
        + p("Dear Sam Okafor,")
        + p("Here's your invoice! We appreciate your prompt payment.")
        + kv_table(
            [("Invoice", "1187"), ("Due date", "04/11/2026"), ("Balance due", "<b>$412.60</b>")],
            kcolor="#6b6c72",
            vcolor="#393a3d",
        )
        + "<br/>"
        + items_table(
            ["Item", "Qty", "Amount"],
            [
                ["Risograph print run — 2 colour, 11×17, 80 lb cover", "150", "$367.50"],
                ["Trim + pack", "1", "$45.10"],
            ],
            [("Total", "$412.60", True)],
            head_bg="#f4f5f8",
        )
        + p("&nbsp;")
        + button(
            "Review and pay",
            "https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-" + tok(30),
            bg="#0077c5",
        )
        + p(
            "Thanks for your business! – Dee, Rose City Print Co. · 3415 N Williams Ave, Portland, OR 97227 · (503) 555-0131"
        ),
        "Invoice 1187 from Rose City Print Co.",
    )
    add(
        "2026-03-12 15:36",
        "PT",
        Address("Rose City Print Co.", "quickbooks", "notification.intuit.com"),
        "Invoice 1187 from Rose City Print Co.",
        slug="rose-city-print-invoice",
        labels=[],
        html=h,
        html_cte="base64",
        msgid_domain="intuit.com",
    )


# --------------------------------------------------------------------------------------------
# 13. Gusto (payroll app) + payroll notices
# --------------------------------------------------------------------------------------------


def gusto():
    def mail(when, subject, slug, labels, t, h):
        add(
            when,
            "PT",
            Address("Gusto", "no-reply", "gusto.com"),
            subject,
            slug=slug,
            labels=labels,
            text=t,
            html=shell(
                row(
                    '<div style="padding:28px 0 12px;font-size:26px;font-weight:700;color:#f45d48;">gusto</div>'
                )
                + row(h)
                + row(
                    p(
                        "Gusto · 525 20th Street · San Francisco, CA 94107<br/>"
                        "You're receiving this email because you're an administrator of Okafor Studio LLC on Gusto.",
                        "font-size:11px;color:#6c6c72;margin:28px 0;",
                    )
                ),
                title=subject,
                bg="#f8f5f0",
                font="'Centra No2',Helvetica,Arial,sans-serif",
                color="#1c1c1c",
            ),
            msgid_domain="gusto.com",
        )

    for d, month in [
        ("2025-12-01", "November 2025"),
        ("2026-03-01", "February 2026"),
        ("2026-07-01", "June 2026"),
        ("2026-11-01", "October 2026"),
    ]:
        day = D(d)
        invno = f"GUS-66204-{day.strftime('%y%m')}"
        t = (
            f"Hi Sam,\n\nYour Gusto invoice for {month} is ready.\n\nCompany: {STUDIO}\nInvoice: {invno}\n\n"
            "Simple plan - base fee                 $49.00\n1 active person x $6.00                 $6.00\n"
            "Total                                  $55.00\n\n"
            f"We'll debit $55.00 from your bank account ending in 6621 on {long(day)}.\n\n"
            "Download invoice: https://app.gusto.com/company/invoices\n\nThanks,\nGusto\n"
        )
        h = (
            p("Hi Sam,")
            + p(f"Your Gusto invoice for <b>{month}</b> is ready.")
            + kv_table([("Company", STUDIO), ("Invoice", invno)], kcolor="#6c6c72", vcolor="#1c1c1c")
            + "<br/>"
            + items_table(
                ["Description", "Amount"],
                [["Simple plan – base fee", "$49.00"], ["1 active person × $6.00", "$6.00"]],
                [("Total", "$55.00", True)],
                head_bg="#f4efe8",
            )
            + p(
                f"We'll debit <b>$55.00</b> from your bank account ending in 6621 on {long(day)}.",
                "font-size:14px;margin:16px 0;",
            )
            + button("Download invoice", "https://app.gusto.com/company/invoices", bg="#0a8080")
        )
        mail(
            f"{d} 05:{rng.randrange(10, 59)}",
            f"Your Gusto invoice for {month}",
            "gusto-invoice",
            ["Gusto"],
            t,
            h,
        )
    for d, pay in [("2026-06-29", "June 30, 2026"), ("2026-10-29", "October 30, 2026")]:
        t = (
            f"Hi Sam,\n\nPayroll for {STUDIO} has been submitted.\n\nPay period: monthly\nPay date: {pay}\n"
            "Employees paid: 1\n\nTotal debit: $4,731.27\n  Employee net pay: $3,188.41\n  Taxes & withholdings: $1,542.86\n\n"
            "Funds will be debited from your account ending in 6621 two business days before the pay date.\n\nGusto\n"
        )
        h = (
            p("Hi Sam,")
            + p(f"Payroll for <b>{STUDIO}</b> has been submitted.")
            + kv_table(
                [
                    ("Pay date", pay),
                    ("Employees paid", "1"),
                    ("Total debit", "$4,731.27"),
                    ("Employee net pay", "$3,188.41"),
                    ("Taxes &amp; withholdings", "$1,542.86"),
                ],
                kcolor="#6c6c72",
                vcolor="#1c1c1c",
            )
        )
        mail(f"{d} 14:{rng.randrange(10, 59)}", f"Payroll submitted for {pay}", "gusto-payroll", [], t, h)


# --------------------------------------------------------------------------------------------
# 14. Noord Type (EUR, FastSpring, reverse charge) + its newsletter
# --------------------------------------------------------------------------------------------


def noord():
    fs = Address("Noord Type via FastSpring", "noreply", "fastspring.com")
    add(
        "2026-08-31 09:14",
        "PT",
        fs,
        "Subscription Payment Reminder: Noord Type Studio Licence",
        slug="noord-renewal-reminder",
        labels=["Noord Type Studio Licence"],
        text=(
            "Dear Sam Okafor,\n\nThis is a reminder that your subscription will renew automatically.\n\n"
            "Product: Noord Type Studio Licence (Desktop + Web, 3 families, up to 5 users)\n"
            "Renewal date: 14 September 2026\nAmount: €180.00 EUR\n"
            f"Payment method: Visa ending in {VISA}\nSubscription reference: NOO240914-7731-51190S\n\n"
            "Manage your subscription: https://noordtype.onfastspring.com/account\n\n"
            "FastSpring is the authorized reseller of Noord Type products. Your statement will show FS *noordtype.\n"
            "FastSpring, 801 Garden Street, Suite 201, Santa Barbara, CA 93101, USA\n"
        ),
        html=shell(
            row('<div style="padding:26px 0 12px;font-size:20px;font-weight:700;">Noord Type</div>')
            + row(
                p("Dear Sam Okafor,")
                + p("This is a reminder that your subscription will renew automatically.")
                + kv_table(
                    [
                        ("Product", "Noord Type Studio Licence (Desktop + Web, 3 families, up to 5 users)"),
                        ("Renewal date", "14 September 2026"),
                        ("Amount", "€180.00 EUR"),
                        ("Payment method", f"Visa ending in {VISA}"),
                        ("Subscription reference", "NOO240914-7731-51190S"),
                    ],
                    kcolor="#666",
                    vcolor="#111",
                )
                + p("&nbsp;")
                + button("Manage subscription", "https://noordtype.onfastspring.com/account", bg="#111")
            )
            + row(
                p(
                    "FastSpring is the authorized reseller of Noord Type products. Your statement will show "
                    "FS *noordtype.<br/>FastSpring · 801 Garden Street, Suite 201 · Santa Barbara, CA 93101 · USA",
                    "font-size:11px;color:#777;margin:28px 0;",
                )
            ),
            title="Subscription Payment Reminder",
            bg="#f2f2f2",
            font="Helvetica,Arial,sans-serif",
            color="#111",
        ),
        html_cte="base64",
        msgid_domain="fastspring.com",
    )
    add(
        "2026-09-14 02:03",
        "PT",
        fs,
        "Your Noord Type order receipt - NOO260914-4419-28311",
        slug="noord-receipt",
        labels=["Noord Type Studio Licence"],
        text=(
            "Thank you for your order!\n\nOrder ID: NOO260914-4419-28311\nOrder date: 14 Sep 2026\n"
            "Subscription: NOO240914-7731-51190S (renewal)\n\n"
            f"Bill to:\n{STUDIO}\nSam Okafor\n{ADDR1}\n{ADDR2}\nUnited States\n\n"
            "Noord Type Studio Licence - Desktop + Web, 3 families, up to 5 users\n"
            "Period 14 Sep 2026 - 13 Sep 2027                 €180.00\n\n"
            "Subtotal                                         €180.00\n"
            "VAT 0% (reverse charge)                            €0.00\n"
            "Total                                            €180.00 EUR\n\n"
            "VAT reverse charge: the customer is liable to account for VAT.\n"
            f"Paid by Visa ending in {VISA}. Next charge: €180.00 on 14 Sep 2027.\n\n"
            "Your licence certificate (PDF) is available in your account: https://noordtype.onfastspring.com/account\n\n"
            "FastSpring is the authorized reseller of Noord Type products. Your statement will show FS *noordtype.\n"
            "Noord Type B.V., Wijnhaven 61, 3011 WJ Rotterdam, Nederland - KvK 81992377 - BTW NL862145903B01\n"
        ),
        html=shell(
            row('<div style="padding:26px 0 12px;font-size:20px;font-weight:700;">Noord Type</div>')
            + row(
                '<h1 style="font-size:20px;margin:0 0 12px;">Thank you for your order!</h1>'
                + kv_table(
                    [
                        ("Order ID", "NOO260914-4419-28311"),
                        ("Order date", "14 Sep 2026"),
                        ("Subscription", "NOO240914-7731-51190S (renewal)"),
                        ("Bill to", f"{STUDIO}, Sam Okafor, {ADDR1}, {ADDR2}, United States"),
                    ],
                    kcolor="#666",
                    vcolor="#111",
                )
                + "<br/>"
                + items_table(
                    ["Product", "Period", "Price"],
                    [
                        [
                            "Noord Type Studio Licence — Desktop + Web, 3 families, up to 5 users",
                            "14 Sep 2026 – 13 Sep 2027",
                            "€180.00",
                        ]
                    ],
                    [
                        ("Subtotal", "€180.00", False),
                        ("VAT 0% (reverse charge)", "€0.00", False),
                        ("Total", "€180.00 EUR", True),
                    ],
                    head_bg="#eee",
                )
                + p(
                    "VAT reverse charge: the customer is liable to account for VAT.",
                    "font-size:12px;color:#666;margin:12px 0;",
                )
                + p(
                    f"Paid by Visa ending in {VISA}. Next charge: €180.00 on 14 Sep 2027.",
                    "font-size:14px;margin:8px 0;",
                )
            )
            + row(
                p(
                    "FastSpring is the authorized reseller of Noord Type products.<br/>"
                    "Noord Type B.V. · Wijnhaven 61 · 3011 WJ Rotterdam · Nederland · KvK 81992377 · BTW NL862145903B01",
                    "font-size:11px;color:#777;margin:28px 0;",
                )
            ),
            title="Order receipt",
            bg="#f2f2f2",
            font="Helvetica,Arial,sans-serif",
            color="#111",
        ),
        html_cte="base64",
        msgid_domain="fastspring.com",
    )
    add(
        "2026-05-12 10:00",
        "CET",
        Address("Noord Type", "nieuwsbrief", "noordtype.nl"),
        "Zeewind Grotesk is here — 30% off until 31 May",
        slug="noord-newsletter",
        labels=[],
        html=shell(
            row(
                '<div style="padding:40px 0 10px;font-size:44px;font-weight:800;letter-spacing:-1px;">Zeewind</div>'
            )
            + row(
                p("Hallo Sam,")
                + p(
                    "Our new family <b>Zeewind Grotesk</b> — 14 styles plus a variable font, drawn "
                    "between Rotterdam and the Wadden coast — is out today."
                )
                + p(
                    "Launch offer: the complete family for <b>€252</b> instead of €360 (desktop licence, up to 5 users) "
                    "until 31 May. Studio Licence subscribers get it in their library at no extra cost on 1 July."
                )
                + button("Try Zeewind", "https://noordtype.nl/fonts/zeewind", bg="#111")
                + p("Groeten,<br/>Maartje, Joris &amp; Noor")
            )
            + row(
                p(
                    "Noord Type B.V. · Wijnhaven 61 · 3011 WJ Rotterdam. "
                    '<a href="https://noordtype.nl/nieuwsbrief/afmelden?u='
                    + tok(12)
                    + '" style="color:#777;">Afmelden / unsubscribe</a>',
                    "font-size:11px;color:#777;margin:26px 0;",
                )
            ),
            title="Zeewind Grotesk",
            bg="#e9e4da",
            font="Helvetica,Arial,sans-serif",
            color="#111",
        ),
        headers=[("List-Unsubscribe", "<https://noordtype.nl/nieuwsbrief/afmelden>")],
        msgid_domain="noordtype.nl",
    )


# --------------------------------------------------------------------------------------------
# 15. Shutterstock (Recurly invoices; one-off licence refunded; cancelled)
# --------------------------------------------------------------------------------------------


def shutterstock():
    def recurly(when, subject, slug, labels, t, h, sender="billing"):
        add(
            when,
            "ET",
            Address("Shutterstock", sender, "shutterstock.com"),
            subject,
            slug=slug,
            labels=labels,
            text=t,
            html=shell(
                row(
                    '<div style="padding:26px 0 12px;font-size:24px;font-weight:700;color:#ee2b24;">shutterstock</div>'
                )
                + row(h)
                + row(
                    p(
                        "Shutterstock, Inc. · 350 Fifth Avenue, 21st Floor · New York, NY 10118<br/>"
                        '<a href="https://www.shutterstock.com/account/plans" style="color:#888;">Manage your plans</a>',
                        "font-size:11px;color:#888;margin:28px 0;",
                    )
                ),
                title=subject,
                bg="#f4f4f4",
                font="Helvetica,Arial,sans-serif",
                color="#212121",
            ),
            text_cte="7bit",
            msgid_domain="recurly.com",
        )

    inv = 4291837
    for d in ["2025-12-27", "2026-02-27", "2026-05-27"]:
        day = D(d)
        inv += rng.randrange(9000, 40000)
        end = add_months(day, 1) - timedelta(days=1)
        t = (
            f"Invoice #{inv}\nDate: {long(day)}\n\nBill To:\nSam Okafor\n{STUDIO}\n{ADDR1}\n{ADDR2}\n\n"
            f"Standard Subscription - 10 images/month (Monthly)\n{short(day)} - {short(end)}            $49.00\n\n"
            f"Subtotal: $49.00\nTax: $0.00\nTotal: $49.00\nPaid: $49.00 (Visa ending in {VISA})\nBalance: $0.00\n\n"
            f"View your invoice: https://shutterstock.recurly.com/account/invoices/{inv}\n"
        )
        h = (
            f'<h1 style="font-size:20px;margin:0 0 12px;">Invoice #{inv}</h1>'
            + kv_table(
                [("Date", long(day)), ("Bill To", f"Sam Okafor, {STUDIO}")], kcolor="#888", vcolor="#212121"
            )
            + "<br/>"
            + items_table(
                ["Description", "Service Period", "Amount"],
                [
                    [
                        "Standard Subscription – 10 images/month (Monthly)",
                        f"{short(day)} – {short(end)}",
                        "$49.00",
                    ]
                ],
                [
                    ("Subtotal", "$49.00", False),
                    ("Tax", "$0.00", False),
                    ("Total", "$49.00", True),
                    ("Paid", "$49.00", False),
                    ("Balance", "$0.00", False),
                ],
                head_bg="#f0f0f0",
            )
            + p(f"Paid with Visa ending in {VISA}.", "font-size:13px;margin:14px 0;")
            + button(
                "View your invoice", f"https://shutterstock.recurly.com/account/invoices/{inv}", bg="#ee2b24"
            )
        )
        recurly(
            f"{d} 0{rng.randrange(1, 6)}:{rng.randrange(60):02d}",
            f"Your Shutterstock invoice #{inv}",
            "shutterstock-invoice",
            ["Shutterstock"],
            t,
            h,
        )
    recurly(
        "2026-03-09 14:22",
        "Order confirmation: Enhanced License (1 image)",
        "shutterstock-enhanced-license",
        [],
        (
            "Thanks for your order!\n\nOrder #SSTK-77312094\nDate: March 9, 2026\n\n"
            "Enhanced License - 1 image (Image ID 2287731519)        $99.00\nTax                                                  $0.00\n"
            f"Total                                                $99.00\n\nPaid with Visa ending in {VISA}.\n"
            "This is a one-time purchase. Your license is available under Account > Licenses.\n"
        ),
        '<h1 style="font-size:20px;">Thanks for your order!</h1>'
        + kv_table([("Order", "#SSTK-77312094"), ("Date", "March 9, 2026")], kcolor="#888", vcolor="#212121")
        + "<br/>"
        + items_table(
            ["Item", "Amount"],
            [["Enhanced License – 1 image (Image ID 2287731519)", "$99.00"]],
            [("Tax", "$0.00", False), ("Total", "$99.00", True)],
            head_bg="#f0f0f0",
        )
        + p(
            "This is a one-time purchase. Your license is available under Account &gt; Licenses.",
            "font-size:13px;margin:14px 0;",
        ),
        sender="orders",
    )
    recurly(
        "2026-03-11 10:05",
        "Your refund has been processed",
        "shutterstock-refund",
        [],
        (
            "Hi Sam,\n\nWe've refunded $99.00 for order #SSTK-77312094 (Enhanced License - 1 image).\n"
            f"Credit memo #{inv + 5120}\nRefunded to: Visa ending in {VISA}\n\n"
            "Please allow 5-10 business days for the refund to appear on your statement.\n\nShutterstock Customer Care\n"
        ),
        p("Hi Sam,")
        + p("We've refunded <b>$99.00</b> for order #SSTK-77312094 (Enhanced License – 1 image).")
        + kv_table(
            [("Credit memo", f"#{inv + 5120}"), ("Refunded to", f"Visa ending in {VISA}")],
            kcolor="#888",
            vcolor="#212121",
        )
        + p("&nbsp;")
        + p("Please allow 5–10 business days for the refund to appear on your statement."),
        sender="support",
    )
    recurly(
        "2026-06-10 16:48",
        "Your Shutterstock subscription has been canceled",
        "shutterstock-cancelled",
        ["Shutterstock"],
        (
            "Hi Sam,\n\nAs requested, your Standard Subscription (10 images/month) has been canceled.\n\n"
            "You can keep downloading with your remaining downloads until June 26, 2026. You won't be charged again.\n"
            "Images you've already licensed remain yours to use under the license terms.\n\n"
            "Changed your mind? Reactivate: https://www.shutterstock.com/account/plans\n\nShutterstock Customer Care\n"
        ),
        p("Hi Sam,")
        + p("As requested, your <b>Standard Subscription (10 images/month)</b> has been canceled.")
        + p(
            "You can keep downloading with your remaining downloads until <b>June 26, 2026</b>. You won't be charged again."
        )
        + button("Reactivate", "https://www.shutterstock.com/account/plans", bg="#ee2b24"),
        sender="support",
    )


# --------------------------------------------------------------------------------------------
# 16. NordVPN (2-year plan renewing as a 1-year plan) + marketing
# --------------------------------------------------------------------------------------------


def nordvpn():
    def mail(when, subject, slug, labels, h, sender="support", unsub=False):
        hdrs = [("List-Unsubscribe", "<https://nordvpn.com/unsubscribe/?e=" + tok(20) + ">")] if unsub else []
        add(
            when,
            "UTC",
            Address("NordVPN", sender, "nordvpn.com"),
            subject,
            slug=slug,
            labels=labels,
            html=shell(
                row(
                    '<div style="padding:26px 0 12px;font-size:22px;font-weight:700;color:#4687ff;">NordVPN</div>'
                )
                + row(h)
                + row(
                    p(
                        "Nord Security · nordvpn S.A., PH F&amp;F TOWER, 50th Street &amp; 56th Street, "
                        "Suite #32-D, Floor 32, Panama City, Republic of Panama"
                        + (
                            '<br/><a href="https://nordvpn.com/unsubscribe/" style="color:#888;">Unsubscribe</a>'
                            if unsub
                            else ""
                        ),
                        "font-size:11px;color:#888;margin:28px 0;",
                    )
                ),
                title=subject,
                bg="#f2f4f7",
                font="Helvetica,Arial,sans-serif",
                color="#0e1b2c",
            ),
            headers=hdrs,
            msgid_domain="nordvpn.com",
        )

    mail(
        "2026-06-17 15:00",
        "Meet Threat Protection Pro™ — now in every NordVPN app",
        "nordvpn-marketing",
        [],
        '<h1 style="font-size:26px;">Block malware before it lands.</h1>'
        + p(
            "Threat Protection Pro™ now scans downloads and blocks trackers and intrusive ads across your devices. "
            "Upgrade to NordVPN Plus from $4.39/month on a 2-year plan."
        )
        + button("Upgrade", "https://nordvpn.com/pricing/", bg="#4687ff"),
        sender="news",
        unsub=True,
    )
    mail(
        "2026-11-03 13:10",
        "Your NordVPN subscription renews on December 3",
        "nordvpn-renewal-reminder",
        ["NordVPN"],
        p("Hi Sam,")
        + p("Your NordVPN subscription is set to renew automatically. Here are the details:")
        + kv_table(
            [
                ("Account", "sam@okafor.studio"),
                ("Current plan", "NordVPN Basic — 2-year plan"),
                ("Renewal date", "December 3, 2026"),
                ("Renews as", "1-year plan"),
                ("Renewal amount", "$139.08"),
                ("Payment method", f"Visa ending in {VISA}"),
            ],
            kcolor="#6b7686",
            vcolor="#0e1b2c",
        )
        + p("&nbsp;")
        + p(
            "No action needed — you'll stay protected. To turn off automatic renewal, go to Nord Account &gt; Billing."
        )
        + button("Manage subscription", "https://my.nordaccount.com/billing/my-subscriptions/", bg="#4687ff"),
    )
    mail(
        "2026-11-21 14:00",
        "Black Friday: up to 74% off + 3 extra months 🎁",
        "nordvpn-black-friday",
        [],
        '<h1 style="font-size:30px;">Our biggest deal of the year</h1>'
        + items_table(
            ["Plan", "Price"],
            [
                ["2-year plan + 3 months", "$3.09/mo ($83.43 for the first 27 months)"],
                ["1-year plan", "$4.99/mo ($59.88 for the first year)"],
                ["Monthly", "$12.99/mo"],
            ],
            [],
            head_bg="#e8efff",
        )
        + p(
            "Prices shown are for new purchases; the deal ends December 2.",
            "font-size:12px;color:#888;margin:12px 0;",
        )
        + button("Get the deal", "https://nordvpn.com/black-friday/", bg="#ff4d4f"),
        sender="news",
        unsub=True,
    )


# --------------------------------------------------------------------------------------------
# 17. HoneyBook (trial -> Starter; Chargebee-style receipts) + client payments through HoneyBook
# --------------------------------------------------------------------------------------------


def honeybook():
    def mail(when, sender, subject, slug, labels, t, h):
        add(
            when,
            "PT",
            sender,
            subject,
            slug=slug,
            labels=labels,
            text=t,
            html=shell(
                row(
                    '<div style="padding:26px 0 12px;font-size:22px;font-weight:700;color:#131416;">HoneyBook</div>'
                )
                + row(h)
                + row(
                    p(
                        "HoneyBook, Inc. · 539 Bryant St, Suite 200 · San Francisco, CA 94107",
                        "font-size:11px;color:#8a8f98;margin:28px 0;",
                    )
                ),
                title=subject,
                bg="#f7f7f8",
                font="'Proxima Nova',Helvetica,Arial,sans-serif",
                color="#131416",
            ),
            msgid_domain="honeybook.com",
            boundary_style="sendgrid",
        )

    team = Address("HoneyBook", "team", "honeybook.com")
    billing = Address("HoneyBook Billing", "billing", "honeybook.com")
    mail(
        "2026-02-09 11:25",
        team,
        "Your 7-day free trial has started",
        "honeybook-trial-start",
        ["HoneyBook"],
        (
            "Hi Sam,\n\nWelcome to HoneyBook! Your free trial is active until February 16, 2026.\n\n"
            "When your trial ends you'll be moved to the Starter plan at $36/month, billed monthly, unless you choose "
            "another plan or cancel from Settings > Billing.\n\n"
            "Get started: set up your brand, add a services template, and send your first invoice.\n"
            "https://www.honeybook.com/app/home\n\nThe HoneyBook team\n"
        ),
        p("Hi Sam,")
        + p("Welcome to HoneyBook! Your free trial is active until <b>February 16, 2026</b>.")
        + p(
            "When your trial ends you'll be moved to the <b>Starter</b> plan at <b>$36/month</b>, billed monthly, unless you "
            "choose another plan or cancel from Settings &gt; Billing."
        )
        + button("Set up your business", "https://www.honeybook.com/app/home", bg="#131416"),
    )
    mail(
        "2026-02-14 11:02",
        team,
        "Your trial ends in 2 days",
        "honeybook-trial-ending",
        ["HoneyBook"],
        (
            "Hi Sam,\n\nJust a heads up: your HoneyBook trial ends on February 16, 2026.\n"
            "We'll start your Starter plan ($36/month) using the card you added (Visa ending in 4417).\n\n"
            "Prefer annual? Starter is $29/month billed yearly ($348).\nManage plan: https://www.honeybook.com/app/settings/billing\n"
        ),
        p("Hi Sam,")
        + p("Just a heads up: your HoneyBook trial ends on <b>February 16, 2026</b>.")
        + p(f"We'll start your Starter plan ($36/month) using the card you added (Visa ending in {VISA}).")
        + p("Prefer annual? Starter is $29/month billed yearly ($348).")
        + button("Manage plan", "https://www.honeybook.com/app/settings/billing", bg="#131416"),
    )
    for d, inv in [("2026-02-16", 10482), ("2026-06-16", 13907), ("2026-10-16", 17733)]:
        day = D(d)
        nxt = add_months(day, 1)
        t = (
            f"Dear Sam,\n\nThank you for your payment. Here are the details:\n\n"
            f"Invoice number: {inv}\nInvoice date: {short(day)}\nAmount paid: $36.00 USD\n"
            f"Payment method: Visa card ending 4417\n\nSubscription: Starter (Monthly)\n"
            f"Billing period: {short(day)} - {short(add_months(day, 1) - timedelta(days=1))}\nNext billing date: {short(nxt)}\n\n"
            f"Download invoice: https://honeybook.chargebeeportal.com/portal/v2/invoices/{inv}/pdf\n\n"
            "Regards,\nHoneyBook Billing\n"
        )
        h = (
            p("Dear Sam,")
            + p("Thank you for your payment. Here are the details:")
            + kv_table(
                [
                    ("Invoice number", str(inv)),
                    ("Invoice date", short(day)),
                    ("Amount paid", "<b>$36.00 USD</b>"),
                    ("Payment method", "Visa card ending 4417"),
                    ("Subscription", "Starter (Monthly)"),
                    ("Next billing date", short(nxt)),
                ],
                kcolor="#8a8f98",
                vcolor="#131416",
            )
            + p("&nbsp;")
            + button(
                "Download invoice",
                f"https://honeybook.chargebeeportal.com/portal/v2/invoices/{inv}/pdf",
                bg="#131416",
            )
        )
        mail(
            f"{d} 0{rng.randrange(3, 9)}:{rng.randrange(60):02d}",
            billing,
            f"Payment Successful for Invoice #{inv}",
            "honeybook-receipt",
            ["HoneyBook"],
            t,
            h,
        )
    notif = Address("HoneyBook", "notifications", "honeybook.com")
    for when, client, invno, amt, proj in [
        ("2026-03-24 15:41", "Birch & Fern Florals", "0012", "$1,800.00", "Spring rebrand – deposit"),
        ("2026-08-06 10:09", "Willamette Dental Group", "0019", "$2,750.00", "Website redesign – final"),
    ]:
        mail(
            when,
            notif,
            f"You got paid! 🎉 {client} paid invoice #{invno}",
            "honeybook-client-payment",
            [],
            (
                f'Nice work, Sam!\n\n{client} just paid {amt} for "{proj}" (invoice #{invno}).\n\n'
                "Payout: deposits to your bank account ending 6621 in 1-2 business days.\n"
                "View payment: https://www.honeybook.com/app/payments\n"
            ),
            p("Nice work, Sam!")
            + p(f"<b>{esc(client)}</b> just paid <b>{amt}</b> for “{esc(proj)}” (invoice #{invno}).")
            + p("Payout: deposits to your bank account ending 6621 in 1–2 business days.")
            + button("View payment", "https://www.honeybook.com/app/payments", bg="#131416"),
        )


# --------------------------------------------------------------------------------------------
# 18. Hiscox (business insurance, monthly instalments)
# --------------------------------------------------------------------------------------------


def hiscox():
    def mail(when, subject, slug, h):
        add(
            when,
            "ET",
            Address("Hiscox", "noreply", "hiscox.com"),
            subject,
            slug=slug,
            labels=["Hiscox"],
            html=shell(
                row(
                    '<div style="padding:26px 0 12px;font-size:26px;font-weight:700;color:#cc0000;font-family:Georgia,serif;">HISCOX</div>'
                )
                + row(h)
                + row(
                    p(
                        "Hiscox Inc. · 5 Concourse Parkway, Suite 2150 · Atlanta, GA 30328 · 1-888-202-1609<br/>"
                        "Insurance products are underwritten by Hiscox Insurance Company Inc. (Chicago, IL). "
                        "This e-mail and any attachments are confidential.",
                        "font-size:11px;color:#777;margin:28px 0;",
                    )
                ),
                title=subject,
                bg="#eeeeee",
                font="Arial,Helvetica,sans-serif",
                color="#333333",
            ),
            charset="iso-8859-1",
            msgid_style="plain",
            msgid_domain="hiscox.com",
            boundary_style="mso",
        )

    pol = "HSC-PL-7741902"
    for d, amt, term in [
        ("2025-12-21", "$41.25", "Apr 21, 2025 – Apr 20, 2026"),
        ("2026-04-21", "$45.00", "Apr 21, 2026 – Apr 20, 2027"),
        ("2026-08-21", "$45.00", "Apr 21, 2026 – Apr 20, 2027"),
        ("2026-10-21", "$45.00", "Apr 21, 2026 – Apr 20, 2027"),
    ]:
        day = D(d)
        mail(
            f"{d} 07:{rng.randrange(10, 59)}",
            f"Payment confirmation – policy {pol}",
            "hiscox-payment",
            p("Dear Sam Okafor,")
            + p(f"Thank you. We have received your monthly payment of <b>{amt}</b>.")
            + kv_table(
                [
                    ("Policy number", pol),
                    ("Coverage", "Professional Liability + General Liability"),
                    ("Named insured", STUDIO),
                    ("Policy period", term),
                    ("Payment date", short(day)),
                    ("Amount paid", amt),
                    ("Next scheduled payment", short(add_months(day, 1))),
                    ("Payment method", f"Visa ending {VISA}"),
                ],
                kcolor="#777",
                vcolor="#333",
            )
            + p("&nbsp;")
            + p("To view your policy documents or billing schedule, log in to your Hiscox account."),
        )
    mail(
        "2026-03-20 09:30",
        f"Your Hiscox policy renewal – {pol}",
        "hiscox-renewal",
        p("Dear Sam Okafor,")
        + p(
            "Your policy is due to renew on <b>April 21, 2026</b>. We're pleased to offer renewal on the following terms:"
        )
        + kv_table(
            [
                ("Policy number", pol),
                ("Coverage", "Professional Liability $1,000,000 / General Liability $1,000,000"),
                ("New policy period", "Apr 21, 2026 – Apr 20, 2027"),
                ("Annual premium", "$540.00 (was $495.00)"),
                ("Payment plan", "12 monthly installments of $45.00"),
                ("First installment", "April 21, 2026"),
                ("Payment method", f"Visa ending {VISA}"),
            ],
            kcolor="#777",
            vcolor="#333",
        )
        + p("&nbsp;")
        + p(
            "Your policy will renew automatically. If your business details have changed (revenue, services, "
            "employees) please call us before the renewal date, as this could affect your cover."
        ),
    )


# --------------------------------------------------------------------------------------------
# 19. T-Mobile (cellphone bill)
# --------------------------------------------------------------------------------------------


def tmobile():
    for d, total, note in [
        ("2025-12-06", 90.00, ""),
        ("2026-03-06", 100.00, "Includes one-time charges: $10.00 (eSIM activation)"),
        ("2026-06-06", 90.00, ""),
        ("2026-09-06", 90.00, ""),
        ("2026-11-06", 90.00, ""),
    ]:
        day = D(d)
        due = day.replace(day=23)
        h = shell(
            row(
                '<div style="padding:24px 0 10px;font-size:26px;font-weight:800;color:#e20074;">T · · Mobile</div>'
            )
            + row(
                '<h1 style="font-size:24px;margin:0 0 14px;">Hi Sam, your bill is ready.</h1>'
                + kv_table(
                    [
                        ("Account", "ending in 2759"),
                        ("Bill period", f"{short(add_months(day, -1))} – {short(day - timedelta(days=1))}"),
                        ("Total due", f"<b>{usd(total)}</b>"),
                        ("Due date", short(due)),
                    ],
                    kcolor="#6a6a6a",
                    vcolor="#000",
                    border="#e8e8e8",
                )
                + (p(note, "font-size:13px;color:#6a6a6a;margin:10px 0;") if note else "")
                + p(
                    f"AutoPay is on. We'll charge your Visa ending in {VISA} on <b>{short(due)}</b>. "
                    "Go5G Plus — 1 line, (503) 555-0147. Taxes &amp; fees included.",
                    "font-size:14px;margin:14px 0;",
                )
                + button("View bill", "https://www.t-mobile.com/bill", bg="#e20074")
            )
            + row(
                p(
                    "T-Mobile USA, Inc. · 12920 SE 38th St · Bellevue, WA 98006<br/>Please do not reply to this message. "
                    '<a href="https://www.t-mobile.com/privacy-center" style="color:#6a6a6a;">Privacy Policy</a>',
                    "font-size:11px;color:#6a6a6a;margin:26px 0;",
                )
            ),
            title="Your bill is ready",
            bg="#f2f2f2",
            font="TeleNeo,Helvetica,Arial,sans-serif",
            color="#000",
        )
        add(
            f"{d} 10:{rng.randrange(10, 59)}",
            "PT",
            Address("T-Mobile", "tmobile", "email.t-mobile.com"),
            "Your T-Mobile bill is ready",
            slug="tmobile-bill",
            labels=["T-Mobile"],
            html=h,
            html_cte="base64",
            msgid_domain="email.t-mobile.com",
        )


# --------------------------------------------------------------------------------------------
# 20. Ziply Fiber (home internet; first bills forwarded by Jordan)
# --------------------------------------------------------------------------------------------


def ziply_html(stmt: date, due: date, to_name: str) -> str:
    return shell(
        row(
            '<div style="padding:24px 0 10px;font-size:26px;font-weight:800;color:#00a9e0;">ziply<span style="color:#222;">fiber</span></div>'
        )
        + row(
            p(f"Hi {to_name},")
            + p("Your Ziply Fiber bill is ready to view.")
            + kv_table(
                [
                    ("Account number", "1203 4477 9021"),
                    ("Statement date", short(stmt)),
                    ("Amount due", "<b>$70.00</b>"),
                    ("Due date", short(due)),
                    ("Service", "Fiber 1 Gig Internet — 2231 SE Clinton St"),
                ],
                kcolor="#666",
                vcolor="#111",
                border="#e5e5e5",
            )
            + p(f"AutoPay is scheduled for {short(due)}. No action needed.", "font-size:14px;margin:14px 0;")
            + button("View my bill", "https://myaccount.ziplyfiber.com/billing", bg="#00a9e0")
        )
        + row(
            p(
                "Ziply Fiber · 135 Lake Street South, Suite 155 · Kirkland, WA 98033 · 1-866-699-4759",
                "font-size:11px;color:#777;margin:26px 0;",
            )
        ),
        title="Your Ziply Fiber bill",
        bg="#f4f6f8",
        font="Arial,Helvetica,sans-serif",
        color="#111",
    )


def ziply():
    for d in ["2026-04-20", "2026-08-20", "2026-11-20"]:
        stmt = D(d)
        due = add_months(stmt, 1).replace(day=10)
        add(
            f"{d} 05:{rng.randrange(10, 59)}",
            "PT",
            Address("Ziply Fiber", "billing", "ziplyfiber.com"),
            "Your Ziply Fiber bill is ready",
            slug="ziply-bill",
            labels=["Ziply Fiber"],
            html=ziply_html(stmt, due, "Sam"),
            msgid_domain="ziplyfiber.com",
        )
    for fwd_when, orig, note in [
        (
            "2025-12-21 09:12",
            D("2025-12-20"),
            "hey - internet bill came to me again. it's on your card for autopay right? $70 like always.\n\n-J",
        ),
        (
            "2026-01-21 18:40",
            D("2026-01-20"),
            "last one I'll forward, I changed the email on the Ziply account to yours today 🙂",
        ),
    ]:
        due = add_months(orig, 1).replace(day=10)
        qtext = (
            f"Hi Jordan,\n\nYour Ziply Fiber bill is ready to view.\n\nAccount number: 1203 4477 9021\n"
            f"Statement date: {short(orig)}\nAmount due: $70.00\nDue date: {short(due)}\n"
            "Service: Fiber 1 Gig Internet - 2231 SE Clinton St\n\n"
            f"AutoPay is scheduled for {short(due)}. No action needed.\n\nView my bill: https://myaccount.ziplyfiber.com/billing\n"
        )
        hdr = (
            f"---------- Forwarded message ---------\nFrom: Ziply Fiber <billing@ziplyfiber.com>\n"
            f"Date: {wday(orig)[:3]}, {short(orig).replace(',', ',')} at 5:{rng.randrange(10, 59)} AM\n"
            f"Subject: Your Ziply Fiber bill is ready\nTo: <jordan.baptiste@gmail.com>\n"
        )
        text = f"{note}\n\n{hdr}\n\n{qtext}"
        inner_html = ziply_html(orig, due, "Jordan")
        body = inner_html.split("<body", 1)[1].split(">", 1)[1].rsplit("</body>", 1)[0]
        html = (
            '<div dir="ltr">' + esc(note).replace("\n", "<br>") + '</div><br><div class="gmail_quote">'
            '<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Ziply Fiber</strong> '
            '<span dir="auto">&lt;<a href="mailto:billing@ziplyfiber.com">billing@ziplyfiber.com</a>&gt;</span><br>'
            f"Date: {wday(orig)[:3]}, {short(orig)}<br>Subject: Your Ziply Fiber bill is ready<br>"
            'To: &lt;<a href="mailto:jordan.baptiste@gmail.com">jordan.baptiste@gmail.com</a>&gt;<br></div><br><br>'
            + body
            + "</div>\n"
        )
        add(
            fwd_when,
            "PT",
            JORDAN,
            "Fwd: Your Ziply Fiber bill is ready",
            slug="fwd-ziply-bill",
            labels=["Ziply Fiber"],
            text=text,
            html=html,
            msgid_style="gmail",
            boundary_style="gmail",
        )


# --------------------------------------------------------------------------------------------
# 21. Apple: iCloud+ receipts, one-off app purchase, Apple Store hardware order
# --------------------------------------------------------------------------------------------


def apple_receipt(when, order_id, doc_no, day: date, items, total):
    tot = usd(total)
    t = [
        "Apple Receipt",
        "-" * 59,
        "",
        "APPLE ACCOUNT",
        SAM_EMAIL,
        "",
        "BILLED TO",
        f"Visa .... {VISA}",
        SAM_NAME,
        ADDR1,
        "Portland, OR  97202",
        "USA",
        "",
        f"ORDER ID:              {order_id}",
        f"DOCUMENT NO.:        {doc_no}",
        f"DATE:                {short(day)}",
        f"TOTAL:{tot.rjust(27)}",
        "",
    ]
    for section, name, detail, price in items:
        t += ["", f"{section}", "-" * 58, f"{name}{price.rjust(max(2, 58 - len(name)))}"]
        t += detail
        t += ["Report a Problem", ""]
    t += [
        "",
        f"Subtotal{tot.rjust(50)}",
        f"Tax{'$0.00'.rjust(55)}",
        "-" * 59,
        f"TOTAL{tot.rjust(53)}",
        "",
        "Privacy: We use an Apple Account Number to identify your account. ",
        "Apple Media Services Terms and Conditions: https://www.apple.com/legal/internet-services/itunes/us/terms.html",
        "Get help with subscriptions and purchases. Visit Apple Support: https://support.apple.com/billing",
        "",
        "Copyright © 2026 Apple Inc.",
        "One Apple Park Way, Cupertino, CA 95014, United States",
        "",
    ]
    rows = "".join(
        f'<tr><td colspan="2" style="padding:14px 0 4px;font-size:13px;color:#666;border-bottom:1px solid #ddd;">{esc(section)}</td></tr>'
        f'<tr><td style="padding:10px 0;font-size:13px;"><b>{esc(name)}</b><br/>'
        + "<br/>".join(f'<span style="color:#666;">{esc(x)}</span>' for x in detail)
        + f'<br/><a href="https://reportaproblem.apple.com" style="color:#0070c9;">Report a Problem</a></td>'
        f'<td align="right" valign="top" style="padding:10px 0;font-size:13px;"><b>{esc(price)}</b></td></tr>'
        for section, name, detail, price in items
    )
    inner = (
        row(
            '<div style="padding:26px 0 6px;font-size:28px;">&#63743; <span style="font-size:26px;color:#999;">Receipt</span></div>'
        )
        + row(
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="font-size:11px;background:#fafafa;border-radius:3px;"><tr>'
            f'<td style="padding:10px;"><span style="color:#666;">APPLE ACCOUNT</span><br/>{SAM_EMAIL}</td>'
            f'<td style="padding:10px;"><span style="color:#666;">DATE</span><br/>{short(day)}</td>'
            f'<td style="padding:10px;"><span style="color:#666;">ORDER ID</span><br/>{order_id}</td>'
            f'<td style="padding:10px;" rowspan="2"><span style="color:#666;">BILLED TO</span><br/>Visa .... {VISA}<br/>{SAM_NAME}<br/>{ADDR1}<br/>Portland, OR 97202<br/>USA</td></tr>'
            f'<tr><td style="padding:10px;"><span style="color:#666;">DOCUMENT NO.</span><br/>{doc_no}</td><td></td>'
            f'<td style="padding:10px;"><span style="color:#666;">TOTAL</span><br/><b>{tot}</b></td></tr></table>'
        )
        + row(
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0">{rows}'
            f'<tr><td align="right" style="padding:8px 0;font-size:12px;color:#666;">Subtotal</td><td align="right" style="font-size:12px;">{tot}</td></tr>'
            f'<tr><td align="right" style="padding:8px 0;font-size:12px;color:#666;">Tax</td><td align="right" style="font-size:12px;">$0.00</td></tr>'
            f'<tr><td align="right" style="padding:8px 0;font-size:14px;border-top:1px solid #ddd;">TOTAL</td><td align="right" style="font-size:14px;border-top:1px solid #ddd;"><b>{tot}</b></td></tr></table>'
        )
        + row(
            p(
                "Get help with subscriptions and purchases. Visit Apple Support.<br/>"
                "Copyright © 2026 Apple Inc. All rights reserved. One Apple Park Way, Cupertino, CA 95014, United States",
                "font-size:10px;line-height:15px;color:#888;margin:30px 0;",
            )
        )
    )
    add(
        when,
        "UTC",
        Address("Apple", "no_reply", "email.apple.com"),
        "Your receipt from Apple.",
        slug="apple-receipt",
        labels=["iCloud+"] if any("iCloud" in i[1] for i in items) else [],
        text="\n".join(t),
        html=shell(
            inner,
            title="Your receipt from Apple.",
            bg="#ffffff",
            width=640,
            font="-apple-system,'SF Pro Text','Helvetica Neue',Helvetica,Arial,sans-serif",
            color="#333",
        ),
        msgid_style="apple",
        boundary_style="apple",
        date_suffix=" (GMT)",
    )


def apple():
    for i, d in enumerate(["2026-01-26", "2026-04-26", "2026-07-26", "2026-10-26"]):
        day = D(d)
        apple_receipt(
            f"{d} 1{rng.randrange(0, 9)}:{rng.randrange(60):02d}",
            f"MT{tok(8).upper()}",
            str(250419387712 + i * 7711931),
            day,
            [
                (
                    "iCloud",
                    "iCloud+ with 2 TB of Storage",
                    ["Monthly", f"Renews {short(add_months(day, 1))}"],
                    "$9.99",
                )
            ],
            9.99,
        )
    apple_receipt(
        "2026-01-20 22:14",
        "MT8KQ2ZRLP",
        "250102774410",
        D("2026-01-20"),
        [("Mac App Store", "Pixelmator Pro", ["Pixelmator Team", "Mac"], "$49.99")],
        49.99,
    )
    order = Address("Apple Store", "order_acknowledgment", "orders.apple.com")
    add(
        "2026-04-09 13:51",
        "PT",
        order,
        "We're processing your order W1283746501",
        slug="apple-store-order",
        labels=[],
        html=shell(
            row('<div style="padding:26px 0 10px;font-size:30px;">&#63743;</div>')
            + row(
                '<h1 style="font-size:26px;font-weight:600;">Thank you for your order.</h1>'
                + p("We'll let you know when your items are on their way.")
                + kv_table(
                    [("Order Number", "W1283746501"), ("Ordered On", "Apr 9, 2026")],
                    kcolor="#6e6e73",
                    vcolor="#1d1d1f",
                )
                + "<br/>"
                + items_table(
                    ["Item", "Price"],
                    [
                        ["MacBook Pro 14-inch — Apple M5 chip, 24GB, 1TB SSD, Space Black", "$2,199.00"],
                        ["AppleCare+ for MacBook Pro 14-inch (annual)", "$99.99"],
                    ],
                    [
                        ("Subtotal", "$2,298.99", False),
                        ("Shipping", "FREE", False),
                        ("Estimated Tax", "$0.00", False),
                        ("Order Total", "$2,298.99", True),
                    ],
                    head_bg="#f5f5f7",
                )
                + p(
                    f"Billed to Visa ending in {VISA}. Delivers Apr 14 – Apr 16 to {ADDR1}, {ADDR2}.",
                    "font-size:13px;margin:14px 0;",
                )
            )
            + row(
                p(
                    "Apple Store · One Apple Park Way · Cupertino, CA 95014 · 1-800-MY-APPLE",
                    "font-size:11px;color:#6e6e73;margin:26px 0;",
                )
            ),
            title="Order W1283746501",
            bg="#ffffff",
            font="-apple-system,Helvetica,Arial,sans-serif",
            color="#1d1d1f",
        ),
        msgid_domain="orders.apple.com",
    )
    add(
        "2026-04-13 17:06",
        "PT",
        Address("Apple Store", "shipping_notification", "orders.apple.com"),
        "Your order is on its way. W1283746501",
        slug="apple-store-shipped",
        labels=[],
        text=(
            "Your order is on its way.\n\nOrder Number: W1283746501\nShipped: MacBook Pro 14-inch (1)\n"
            "Carrier: UPS  Tracking: 1Z9V3E520354412879\nEstimated delivery: Apr 15, 2026\n\n"
            "Signature required. https://www.apple.com/shop/order/list\n"
        ),
        msgid_domain="orders.apple.com",
    )


# --------------------------------------------------------------------------------------------
# 22. Swatchbook Pro (GBP, Paddle)
# --------------------------------------------------------------------------------------------


def swatchbook():
    add(
        "2026-03-04 16:20",
        "UK",
        Address("Swatchbook", "hello", "swatchbook.app"),
        "Welcome to Swatchbook Pro 🎨",
        slug="swatchbook-welcome",
        labels=["Swatchbook Pro"],
        text=(
            "Hi Sam,\n\nThanks for upgrading to Swatchbook Pro! Unlimited palettes, brand guideline exports, "
            "and client share links are now unlocked for Okafor Studio.\n\n"
            "Your plan: Pro, £10/month. Payments are handled by our reseller, Paddle, so your receipt comes from them.\n\n"
            "Cheers,\nHattie & Rob\nSwatchbook Ltd, 86-90 Paul Street, London EC2A 4NE\n"
        ),
        text_cte="7bit",
        msgid_domain="swatchbook.app",
    )
    for d in ["2026-03-04", "2026-06-04", "2026-09-04", "2026-11-04"]:
        day = D(d)
        nxt = add_months(day, 1)
        oid = f"{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}-{rng.randrange(10, 99)}"
        inner = (
            row('<div style="padding:26px 0 10px;font-size:20px;font-weight:700;">Swatchbook</div>')
            + row(
                '<h1 style="font-size:22px;">Thanks for your purchase!</h1>'
                + p("Here's your receipt for your Swatchbook subscription.")
                + kv_table(
                    [("Order ID", oid), ("Date", eu(day)), ("Payment method", f"Visa ending {VISA}")],
                    kcolor="#777",
                    vcolor="#222",
                )
                + "<br/>"
                + items_table(
                    ["Product", "Price"],
                    [["Swatchbook Pro — Monthly", "£10.00"]],
                    [("Subtotal", "£10.00", False), ("VAT (0%)", "£0.00", False), ("Total", "£10.00", True)],
                    head_bg="#f5f5f5",
                )
                + p(f"Next payment: £10.00 on {eu(nxt)}.", "font-size:14px;margin:14px 0;")
                + p(
                    "Paddle.com Market Ltd is the online reseller and Merchant of Record for this purchase. "
                    "Your bank statement will show PADDLE.NET* SWATCHBOOK.",
                    "font-size:12px;color:#777;margin:10px 0;",
                )
            )
            + row(
                p(
                    "Paddle.com Market Ltd · Judd House, 18-29 Mora Street · London EC1V 8BT · United Kingdom",
                    "font-size:11px;color:#888;margin:26px 0;",
                )
            )
        )
        add(
            f"{d} 16:{rng.randrange(21, 59)}",
            "UK",
            Address("Paddle", "help", "paddle.com"),
            "Your receipt from Swatchbook",
            slug="paddle-swatchbook-receipt",
            labels=["Swatchbook Pro"],
            html=shell(
                inner, title="Your receipt", bg="#fafafa", font="Helvetica,Arial,sans-serif", color="#222"
            ),
            html_cte="base64",
            msgid_domain="paddle.com",
        )


# --------------------------------------------------------------------------------------------
# 23. everything else: shops, travel, newsletters, banks, government, personal, marketing
# --------------------------------------------------------------------------------------------


def others():
    add(
        "2025-11-26 05:30",
        "CET",
        Address("Dense Discovery", "kai", "densediscovery.com"),
        "Dense Discovery – Issue 318",
        slug="dense-discovery",
        labels=[],
        html=shell(
            row(
                '<div style="padding:30px 0 8px;font-size:13px;letter-spacing:2px;">DENSE DISCOVERY · ISSUE 318</div>'
            )
            + row(
                p("Hi there,")
                + p(
                    "This week: the type designers reviving Ottoman-era signage, a browser extension that "
                    "strips dark patterns, and a thoughtful essay on pricing creative work by the hour."
                )
                + p(
                    "<b>Apps &amp; Tools</b> — a tiny colour-contrast checker for macOS, an open-source icon set, and a "
                    "kerning game that will eat your afternoon."
                )
                + p("Thanks for reading,<br/>Kai")
            )
            + row(
                p(
                    'Dense Discovery is a free weekly newsletter. <a href="https://www.densediscovery.com/unsubscribe" style="color:#777;">Unsubscribe</a>',
                    "font-size:11px;color:#777;margin:24px 0;",
                )
            ),
            title="Dense Discovery 318",
            bg="#f3efe6",
            font="Georgia,serif",
            color="#222",
        ),
        headers=[("List-Unsubscribe", "<https://www.densediscovery.com/unsubscribe>")],
        msgid_domain="densediscovery.com",
    )
    add(
        "2026-01-28 10:00",
        "UTC",
        Address("Canva", "marketing", "engage.canva.com"),
        "Sam, try Canva Pro free for 30 days",
        slug="canva-marketing",
        labels=[],
        html=shell(
            row('<div style="padding:26px 0 10px;font-size:28px;font-weight:800;color:#7d2ae8;">Canva</div>')
            + row(
                p("Hi Sam,")
                + p(
                    "Unlock Brand Kits, Magic Resize and 100M+ premium photos. Try Canva Pro free for 30 days — "
                    "then US$120/year for one person. Cancel anytime."
                )
                + button("Start your free trial", "https://www.canva.com/pro/", bg="#7d2ae8")
            )
            + row(
                p(
                    "Canva Pty Ltd · 110 Kippax St, Surry Hills NSW 2010, Australia. "
                    '<a href="https://www.canva.com/unsubscribe" style="color:#777;">Unsubscribe</a>',
                    "font-size:11px;color:#777;margin:24px 0;",
                )
            ),
            title="Try Canva Pro",
            bg="#f5f3ff",
            color="#222",
        ),
        headers=[
            ("List-Unsubscribe", "<https://www.canva.com/unsubscribe>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ],
        msgid_domain="engage.canva.com",
    )
    add(
        "2026-03-26 12:33",
        "PT",
        Address("Alaska Airlines", "confirmation", "ifly.alaskaair.com"),
        "Confirmation Letter - HQZTRK from Alaska Airlines",
        slug="alaska-airlines",
        labels=[],
        html=shell(
            row('<div style="padding:24px 0 10px;font-size:24px;font-weight:700;color:#01426a;">Alaska</div>')
            + row(
                p("Thank you for booking with Alaska Airlines, Sam.")
                + kv_table(
                    [
                        ("Confirmation code", "HQZTRK"),
                        ("Traveler", "SAM OKAFOR · Mileage Plan ••••8812"),
                        ("Mon, May 4", "AS 1296 Portland (PDX) 7:05am → San Francisco (SFO) 8:49am"),
                        ("Fri, May 8", "AS 1351 San Francisco (SFO) 6:30pm → Portland (PDX) 8:20pm"),
                        ("Fare", "$246.51"),
                        ("Taxes and fees", "$39.89"),
                        ("Total charged", "<b>$286.40</b>"),
                        ("Form of payment", f"Visa ending in {VISA}"),
                    ],
                    kcolor="#555",
                    vcolor="#01426a",
                )
                + p("&nbsp;")
                + p(
                    "Main cabin fares include one personal item and one carry-on bag.",
                    "font-size:12px;color:#555;",
                )
            )
            + row(
                p(
                    "Alaska Airlines, Inc. · PO Box 68900 · Seattle, WA 98168",
                    "font-size:11px;color:#777;margin:24px 0;",
                )
            ),
            title="Confirmation HQZTRK",
            bg="#eef3f7",
            font="Arial,sans-serif",
            color="#222",
        ),
        msgid_domain="alaskaair.com",
    )
    add(
        "2026-04-16 11:47",
        "ET",
        Address("B&H Photo Video", "orders", "bhphotovideo.com"),
        "B&H Order Confirmation #2615488203",
        slug="bh-order",
        labels=[],
        text=(
            "Thank you for your order, Sam!\n\nOrder #2615488203   Placed April 16, 2026\n\n"
            "Wacom Intuos Pro Medium Pen Tablet (PTH-660)      1 x $379.95\n"
            "Wacom Pro Pen 2 Replacement Nibs (10-pack)          1 x $14.95\n\n"
            "Subtotal  $394.90\nShipping  FREE (Standard 2-Day)\nTax       $0.00\nOrder Total $394.90\n\n"
            f"Payment: Visa ending {VISA}\nShip to: Sam Okafor, {ADDR1}, {ADDR2}\n\n"
            "B&H Photo Video, 420 Ninth Ave, New York, NY 10001 - 800-606-6969\n"
        ),
        text_cte="7bit",
        msgid_domain="bhphotovideo.com",
    )
    add(
        "2026-05-20 16:00",
        "UTC",
        Address("Webflow", "hello", "webflow.com"),
        "Your site, now with AI-assisted layouts — Webflow Conf recap",
        slug="webflow-marketing",
        labels=[],
        html=shell(
            row(
                '<div style="padding:26px 0 10px;font-size:24px;font-weight:800;color:#146ef5;">Webflow</div>'
            )
            + row(
                p("Build faster with AI-assisted layouts, localization and the new Apps marketplace.")
                + p(
                    "Start a free site today and upgrade to CMS from $23/mo billed yearly when you're ready to launch."
                )
                + button("Start building", "https://webflow.com/dashboard/signup", bg="#146ef5")
            )
            + row(
                p(
                    "Webflow, Inc. · 398 11th Street, 2nd Floor, San Francisco, CA 94103. "
                    '<a href="https://webflow.com/unsubscribe" style="color:#777;">Unsubscribe</a>',
                    "font-size:11px;color:#777;margin:24px 0;",
                )
            ),
            title="Webflow",
            bg="#f0f4ff",
            color="#080808",
        ),
        headers=[("List-Unsubscribe", "<https://webflow.com/unsubscribe>")],
        msgid_domain="webflow.com",
    )
    add(
        "2026-06-08 14:52",
        "PT",
        Address("Zoë Lindqvist", "zoe", "hollisreed.com"),
        "Re: Hollis & Reed — brand refresh round 2",
        slug="client-zoe",
        labels=[],
        text=(
            "Hi Sam,\n\nThanks for the round 2 boards — the partners loved the warmer grey and the monogram lockup. "
            "Two small things: can we try the wordmark at a slightly tighter tracking, and see the stationery with the "
            "Zeewind-style grotesk you mentioned?\n\n"
            "Invoice for milestone 3 can go out once we sign off, probably end of next week. PayPal again is fine.\n\n"
            "Best,\nZoë\n\n--\nZoë Lindqvist · Operations Director\nHollis & Reed Architects · 811 NW 19th Ave, Portland\n\n"
            "On Thu, Jun 4, 2026 at 4:10 PM Sam Okafor <sam@okafor.studio> wrote:\n"
            "> Hi Zoë, round 2 is attached as a PDF (14 boards). Happy to walk through it on Zoom Monday.\n> Sam\n"
        ),
        text_cte="quoted-printable",
        msgid_style="plain",
        msgid_domain="hollisreed.com",
    )
    add(
        "2026-07-28 08:05",
        "CT",
        Address("U.S. Bank", "usbank", "notifications.usbank.com"),
        "Your account ending in 0193 has been closed",
        slug="usbank-closed",
        labels=[],
        text=(
            "Dear Sam Okafor,\n\nAs requested, your U.S. Bank Smartly Checking account ending in 0193 was closed on "
            "July 27, 2026. Your debit card (Mastercard ending in 0193) has been deactivated.\n\n"
            "Any recurring payments or automatic charges linked to this card or account will be declined. Please update "
            "your payment information with those merchants.\n\nA check for your remaining balance of $212.48 will be mailed "
            "to the address on file within 10 business days.\n\nU.S. Bank\n800 Nicollet Mall, Minneapolis, MN 55402\n"
            "Member FDIC\n"
        ),
        text_cte="7bit",
        msgid_domain="usbank.com",
    )
    add(
        "2026-09-01 12:00",
        "PT",
        Address("Eventbrite", "orders", "eventbrite.com"),
        "Your tickets for Design Week Portland: Closing Night Party",
        slug="eventbrite-dwp",
        labels=[],
        html=shell(
            row(
                '<div style="padding:24px 0 10px;font-size:24px;font-weight:800;color:#f05537;">eventbrite</div>'
            )
            + row(
                '<h1 style="font-size:22px;">You\'re going to Design Week Portland: Closing Night Party</h1>'
                + kv_table(
                    [
                        ("Order", "#11284730915"),
                        ("Date", "Sat, Oct 3, 2026 · 7:00 PM PDT"),
                        ("Location", "Redd on Salmon St, 831 SE Salmon St, Portland, OR"),
                        ("1 x General Admission", "$45.00"),
                        ("Fees", "$4.32"),
                        ("Total", "<b>$49.32</b>"),
                    ],
                    kcolor="#6f7287",
                    vcolor="#1e0a3c",
                )
                + p("&nbsp;")
                + p("Your ticket is attached to this order in the Eventbrite app.")
            )
            + row(
                p(
                    "Eventbrite, Inc. · 95 Third Street, 2nd Floor · San Francisco, CA 94103",
                    "font-size:11px;color:#777;margin:24px 0;",
                )
            ),
            title="Your tickets",
            bg="#f8f7fa",
            color="#1e0a3c",
        ),
        msgid_domain="eventbrite.com",
    )
    add(
        "2026-09-22 19:30",
        "MT",
        Address("Creative Market", "help", "creativemarket.com"),
        "Your Creative Market receipt",
        slug="creative-market-receipt",
        labels=[],
        text=(
            "Thanks for your purchase, Sam!\n\nReceipt #CM-3318207\nDate: September 22, 2026\n\n"
            "Gallery Serif - Font Family (Desktop + Web license) by Oh Type Studio    $29.00\n"
            "Hand-drawn Map Icons Pack by Little Harbor                              $14.00\n\n"
            "Total: $43.00 USD\nPaid with: Visa ending in 4417 (transaction processed by Braintree, a PayPal service)\n"
            "Transaction ID: bt_7h2k9x4c\n\nDownload your files: https://creativemarket.com/purchases\n\n"
            "Creative Market Labs, Inc. - 150 Clark Ave, Suite 200, Boulder, CO\n"
        ),
        text_cte="7bit",
        msgid_domain="creativemarket.com",
    )
    add(
        "2026-10-06 07:44",
        "ET",
        Address("Chase", "no.reply.alerts", "chase.com"),
        "Your new Ink Business card is on the way",
        slug="chase-new-card",
        labels=[],
        html=shell(
            row('<div style="padding:24px 0 10px;font-size:24px;font-weight:700;color:#117aca;">CHASE</div>')
            + row(
                p("Dear SAM OKAFOR,")
                + p(
                    "Your Ink Business Unlimited® card ending in 4417 expires on 10/31/2026. "
                    "A replacement card with the same number and a new expiration date (10/29) "
                    "and security code should arrive within 7–10 business days."
                )
                + p(
                    "Please update your card details with merchants that charge your card automatically, "
                    "such as subscriptions, memberships and utilities."
                )
                + p("Securely access your accounts at chase.com.")
            )
            + row(
                p(
                    "JPMorgan Chase Bank, N.A. Member FDIC. © 2026 JPMorgan Chase &amp; Co. "
                    "This service email was sent to you because you are a Chase customer.",
                    "font-size:11px;color:#777;margin:24px 0;",
                )
            ),
            title="Your new card",
            bg="#f5f5f5",
            font="Arial,sans-serif",
            color="#333",
        ),
        msgid_domain="chase.com",
    )
    add(
        "2026-10-27 16:05",
        "PT",
        Address("Multnomah County Elections", "elections", "multco.us"),
        "Your ballot has been received",
        slug="multco-ballot",
        labels=[],
        text=(
            "Hello SAM OKAFOR,\n\nMultnomah County Elections has received your ballot for the November 3, 2026 "
            "General Election. Your signature has been verified and your ballot will be counted.\n\n"
            "Track your ballot: https://sos.oregon.gov/voting/Pages/myvote.aspx\n\n"
            "Multnomah County Elections Division, 1040 SE Morrison St, Portland, OR 97214 - 503-988-8683\n"
            "You are receiving this because you signed up for BallotTrax notifications.\n"
        ),
        text_cte="7bit",
        msgid_domain="ballottrax.net",
    )
    add(
        "2026-11-14 09:00",
        "PT",
        Address("Lumen Coffee Roasters", "hello", "lumencoffee.com"),
        "New arrival: Ethiopia Guji Hambela ☕ + subscribe & save 15%",
        slug="lumen-newsletter",
        labels=[],
        html=shell(
            row('<div style="padding:30px 0 10px;font-size:26px;font-weight:800;">LUMEN</div>')
            + row(
                p("Fresh this week: <b>Ethiopia Guji Hambela</b> — peach, bergamot, honey. 12 oz bag $21.")
                + p(
                    "Never run out: start a Lumen coffee subscription and save 15% on every bag, shipped every 2 or 4 weeks. "
                    "Pause or cancel anytime."
                )
                + button("Shop the release", "https://lumencoffee.com/collections/new", bg="#2b2b2b")
                + p("Packaging by our friends at Okafor Studio.", "font-size:12px;color:#777;margin:16px 0;")
            )
            + row(
                p(
                    "Lumen Coffee Roasters · 2705 NE Alberta St · Portland, OR 97211. "
                    '<a href="https://lumencoffee.com/unsubscribe" style="color:#777;">Unsubscribe</a>',
                    "font-size:11px;color:#777;margin:24px 0;",
                )
            ),
            title="Lumen Coffee",
            bg="#f7f1e8",
            color="#2b2b2b",
        ),
        headers=[("List-Unsubscribe", "<https://lumencoffee.com/unsubscribe>")],
        msgid_domain="lumencoffee.com",
    )
    add(
        "2026-11-17 12:48",
        "PT",
        JORDAN,
        "thanksgiving + the tent",
        slug="personal-jordan",
        labels=[],
        text=(
            "hey you\n\nmy mom says thursday at 3, we're on pie + the green bean thing. also can you grab the tent back "
            "from Ade before the coast trip? he's had it since september lol\n\nlove you, J\n"
        ),
        text_cte="7bit",
        msgid_style="gmail",
    )
    add(
        "2026-11-23 17:00",
        "UTC",
        Address("Notion", "team", "mail.notion.so"),
        "Notion Mail is here — your inbox, organized by AI",
        slug="notion-marketing",
        labels=[],
        html=shell(
            row('<div style="padding:26px 0 10px;font-size:24px;font-weight:700;">Notion</div>')
            + row(
                p("Hi Sam,")
                + p(
                    "Notion Mail sorts your inbox with AI labels, drafts replies in your voice, and lives "
                    "right next to your docs. Included with Notion Plus at $10/member/month (billed yearly)."
                )
                + button("Try Notion Mail", "https://www.notion.com/product/mail", bg="#000")
            )
            + row(
                p(
                    "Notion Labs, Inc. · 2300 Harrison Street · San Francisco, CA 94110. "
                    '<a href="https://www.notion.so/unsubscribe" style="color:#777;">Unsubscribe</a>',
                    "font-size:11px;color:#777;margin:24px 0;",
                )
            ),
            title="Notion Mail",
            bg="#ffffff",
            color="#37352f",
        ),
        headers=[("List-Unsubscribe", "<https://www.notion.so/unsubscribe>")],
        msgid_domain="mail.notion.so",
    )


# --------------------------------------------------------------------------------------------
# truth, meta
# --------------------------------------------------------------------------------------------


def T(name, aliases, amount, currency, cycle, status, next_renewal, kind="subscription"):
    return {
        "name": name,
        "aliases": aliases,
        "amount": amount,
        "currency": currency,
        "cycle": cycle,
        "status": status,
        "next_renewal": next_renewal,
        "kind": kind,
    }


TRUTH = [
    T(
        "Adobe Creative Cloud",
        ["Creative Cloud", "Creative Cloud All Apps", "Adobe Creative Cloud All Apps", "Adobe", "Adobe Inc."],
        "659.88",
        "USD",
        "yearly",
        "active",
        "2027-02-14",
    ),
    T(
        "Figma",
        ["Figma Professional", "Figma, Inc.", "Figma Professional team"],
        "60.00",
        "USD",
        "monthly",
        "active",
        "2026-12-05",
    ),
    T(
        "Slack Pro",
        ["Slack", "Slack Technologies", "Slack Pro plan"],
        "17.50",
        "USD",
        "monthly",
        "active",
        "2026-12-02",
    ),
    T(
        "Google Workspace",
        ["Google Workspace Business Standard", "Workspace Business Standard", "G Suite"],
        "33.60",
        "USD",
        "monthly",
        "active",
        "2026-12-01",
    ),
    T(
        "Zoom Workplace Pro",
        ["Zoom", "Zoom Pro", "Zoom Workplace", "Zoom Communications", "Zoom Workplace Business"],
        "15.99",
        "USD",
        "monthly",
        "active",
        "2026-12-12",
    ),
    T("Dropbox Plus", ["Dropbox", "Dropbox, Inc."], "119.88", "USD", "yearly", "active", "2027-03-22"),
    T(
        "Squarespace",
        ["Squarespace Core", "Squarespace website", "Squarespace website subscription", "Squarespace, Inc."],
        "276.00",
        "USD",
        "yearly",
        "active",
        "2027-07-08",
    ),
    T(
        "okafor.studio domain",
        ["okafor.studio", "Squarespace Domains", "Squarespace domain", "Squarespace domain okafor.studio"],
        "36.00",
        "USD",
        "yearly",
        "active",
        "2027-04-30",
    ),
    T(
        "Shopify",
        ["Shopify Basic", "Shopify Basic plan", "Shopify Inc."],
        "39.00",
        "USD",
        "monthly",
        "active",
        "2026-12-18",
    ),
    T(
        "Judge.me",
        ["Judge.me Product Reviews", "Judge.me Awesome", "Judgeme"],
        "15.00",
        "USD",
        "monthly",
        "active",
        "2026-12-18",
    ),
    T(
        "PageFly",
        ["PageFly Landing Page Builder", "PageFly Page Builder"],
        "24.00",
        "USD",
        "monthly",
        "cancelled",
        None,
    ),
    T(
        "QuickBooks Online",
        ["QuickBooks", "Intuit QuickBooks", "QuickBooks Online Simple Start", "Intuit"],
        "42.00",
        "USD",
        "monthly",
        "active",
        "2026-12-03",
    ),
    T("Gusto", ["Gusto Simple", "Gusto, Inc."], "55.00", "USD", "monthly", "active", "2026-12-01"),
    T(
        "Noord Type Studio Licence",
        ["Noord Type", "Noord Type Foundry", "Noord Type Studio License", "Noord Type B.V.", "FS *noordtype"],
        "180.00",
        "EUR",
        "yearly",
        "active",
        "2027-09-14",
    ),
    T(
        "Shutterstock",
        ["Shutterstock Standard", "Shutterstock Standard Subscription", "Shutterstock, Inc."],
        "49.00",
        "USD",
        "monthly",
        "cancelled",
        None,
    ),
    T(
        "NordVPN",
        ["Nord VPN", "Nord Security", "NordVPN Basic", "Nord Account"],
        "139.08",
        "USD",
        "yearly",
        "active",
        "2026-12-03",
    ),
    T(
        "HoneyBook",
        ["HoneyBook Starter", "HoneyBook, Inc."],
        "36.00",
        "USD",
        "monthly",
        "active",
        "2026-12-16",
    ),
    T(
        "Eastside Exchange Coworking",
        ["Eastside Exchange", "Eastside Exchange Flex Desk", "Eastside Exchange LLC"],
        "265.00",
        "USD",
        "monthly",
        "active",
        "2026-12-01",
    ),
    T(
        "Hiscox",
        ["Hiscox Insurance", "Hiscox Professional Liability", "Hiscox Inc."],
        "45.00",
        "USD",
        "monthly",
        "active",
        "2026-12-21",
        kind="bill",
    ),
    T(
        "T-Mobile",
        ["T Mobile", "TMobile", "T-Mobile Go5G Plus"],
        "90.00",
        "USD",
        "monthly",
        "active",
        "2026-12-23",
        kind="bill",
    ),
    T(
        "Ziply Fiber",
        ["Ziply", "Ziply Fiber 1 Gig"],
        "70.00",
        "USD",
        "monthly",
        "active",
        "2026-12-10",
        kind="bill",
    ),
    T(
        "iCloud+",
        ["iCloud", "iCloud+ 2 TB", "iCloud+ with 2 TB of Storage", "Apple iCloud"],
        "9.99",
        "USD",
        "monthly",
        "active",
        "2026-11-26",
    ),
    T("Loom", ["Loom Business", "Loom, Inc."], "18.00", "USD", "monthly", "inactive", None),
    T("Swatchbook Pro", ["Swatchbook", "Swatchbook Ltd"], "10.00", "GBP", "monthly", "active", "2026-12-04"),
]

HARD_NEGATIVES = [
    "Okafor Prints",
    "Okafor Studio",
    "Lumen Coffee Roasters",
    "Hollis & Reed Architects",
    "Zoë Lindqvist",
    "Birch & Fern Florals",
    "Willamette Dental Group",
    "Stripe",
    "PayPal",
    "Venmo",
    "Jordan Baptiste",
    "Config 2026",
    "Adobe MAX",
    "Alaska Airlines",
    "B&H Photo Video",
    "Wacom Intuos Pro",
    "Eventbrite",
    "Design Week Portland",
    "Webflow",
    "Canva",
    "Canva Pro",
    "Notion",
    "Notion Mail",
    "Dense Discovery",
    "Chase",
    "U.S. Bank",
    "Multnomah County Elections",
    "Rose City Print Co.",
    "Creative Market",
    "Braintree",
    "Apple Store",
    "MacBook Pro",
    "AppleCare+",
    "Pixelmator Pro",
    "Zeewind Grotesk",
    "Paddle",
    "FastSpring",
    "Mei Tanaka",
    "Tomás Herrera",
]


def main() -> None:
    for fn in (
        figma,
        loom,
        coworking,
        money_in,
        slack,
        google_workspace,
        zoom,
        adobe,
        dropbox,
        squarespace,
        shopify,
        quickbooks,
        gusto,
        noord,
        shutterstock,
        nordvpn,
        honeybook,
        hiscox,
        tmobile,
        ziply,
        apple,
        swatchbook,
        others,
    ):
        fn()
    MESSAGES.sort(key=lambda m: (m.utc, m.slug))
    assert MESSAGES[-1].utc.date() <= TODAY, MESSAGES[-1].subject
    eml_dir = HERE / "eml"
    if eml_dir.exists():
        shutil.rmtree(eml_dir)
    eml_dir.mkdir(parents=True)
    names = {t["name"] for t in TRUTH}
    pacific = lambda m: m.utc.astimezone(
        timezone(timedelta(hours=zone_hours("PT", (m.utc - timedelta(hours=8)).date())))
    )
    index, mbox = [], bytearray()
    for i, m in enumerate(MESSAGES, 1):
        data = build(m)
        d = pacific(m).date()
        fname = f"{i:03d}-{d.strftime('%Y%m%d')}-{m.slug}.eml"
        (eml_dir / fname).write_bytes(data)
        for lab in m.labels:
            assert lab in names, lab
        index.append({"file": fname, "from": m.sender.display_name, "subject": m.subject, "labels": m.labels})
        mbox += f"From {m.sender.addr_spec} {m.utc.strftime('%a %b')} {m.utc.day:2d} {m.utc.strftime('%H:%M:%S %Y')}\n".encode()
        mbox += data if data.endswith(b"\n") else data + b"\n"
        mbox += b"\n"
    (HERE / "mailbox.mbox").write_bytes(bytes(mbox))
    dump = lambda obj: json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
    (HERE / "truth.json").write_text(dump(TRUTH), encoding="utf-8")
    (HERE / "messages.json").write_text(dump(index), encoding="utf-8")
    (HERE / "meta.json").write_text(
        dump({"today": TODAY.isoformat(), "messages": len(MESSAGES), "hard_negatives": HARD_NEGATIVES}),
        encoding="utf-8",
    )
    labelled = {lab for m in MESSAGES for lab in m.labels}
    missing = names - labelled
    assert not missing, missing
    print(f"wrote {len(MESSAGES)} messages, {len(TRUTH)} truths")


if __name__ == "__main__":
    main()
