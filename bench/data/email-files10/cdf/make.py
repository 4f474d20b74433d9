#!/usr/bin/env python3
"""Mailbox of Rhys Evans, a sole-trader web designer in Cardiff (email-files10, half `cdf`).

Run from /work/main:  .venv/bin/python bench/data/email-files10/cdf/make.py
Writes eml/, mailbox.mbox, truth.json, meta.json and messages.json next to this file.
Seeded and deterministic: rerunning writes the same bytes. Standard library only.
"""

from __future__ import annotations

import html as _html
import io
import json
import random
import shutil
from datetime import UTC, date, datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.policy import default as _default_policy
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(4429_2026)
TODAY = date(2026, 11, 30)
POLICY = _default_policy.clone(linesep="\n", max_line_length=78)
# headers are written unfolded (as many bulk senders do); bodies are encoded at 76 columns above
FLAT_POLICY = POLICY.clone(max_line_length=998)

ME_NAME = "Rhys Evans"
ME = "rhys@evanswebdesign.co.uk"
BUSINESS = "Evans Web Design"
ADDRESS = ["Rhys Evans", "Evans Web Design", "27 Heol y Coed", "Rhiwbina", "Cardiff", "CF14 6HR"]
VAT_NO = "GB 318 4472 06"

MSGS: list[dict] = []

# --------------------------------------------------------------------------------------------
# time zones (UK/Ireland and EU switch on the same instants; US rules for US senders)


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


def _offset(local: datetime, zone: str) -> int:
    """Offset from UTC in minutes for a naive local time in `zone`."""
    y = local.year
    if zone in ("uk", "ie", "cet"):
        start = datetime.combine(_last_sunday(y, 3), datetime.min.time()).replace(hour=1)
        end = datetime.combine(_last_sunday(y, 10), datetime.min.time()).replace(hour=1)
        summer = start <= local < end
        base = 60 if zone == "cet" else 0
        return base + (60 if summer else 0)
    if zone in ("pt", "et", "ct"):
        start = datetime.combine(_nth_sunday(y, 3, 2), datetime.min.time()).replace(hour=2)
        end = datetime.combine(_nth_sunday(y, 11, 1), datetime.min.time()).replace(hour=2)
        summer = start <= local < end
        base = {"pt": -480, "et": -300, "ct": -360}[zone]
        return base + (60 if summer else 0)
    if zone == "nz":
        return 780
    return 0  # utc


def when(stamp: str, zone: str = "uk") -> datetime:
    local = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    local = local.replace(second=RNG.randrange(60))
    return local.replace(tzinfo=timezone(timedelta(minutes=_offset(local, zone))))


# --------------------------------------------------------------------------------------------
# small text helpers


def gbp(x: float) -> str:
    return f"£{x:,.2f}"


def usd(x: float) -> str:
    return f"${x:,.2f}"


def d_long(d: date) -> str:
    """'6 December 2025' (UK style)."""
    return f"{d.day} {d.strftime('%B')} {d.year}"


def d_short(d: date) -> str:
    """'6 Dec 2025'."""
    return f"{d.day} {d.strftime('%b')} {d.year}"


def d_us(d: date) -> str:
    """'Dec 6, 2025'."""
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def D(s: str) -> date:
    return date.fromisoformat(s)


def esc(s: str) -> str:
    return _html.escape(s, quote=False)


def hexid(n: int) -> str:
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def digits(n: int) -> str:
    return "".join(RNG.choice("0123456789") for _ in range(n))


def upper_id(n: int) -> str:
    return "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))


def kv_rows(
    rows,
    *,
    label_style="color:#6b6b6b;",
    value_style="text-align:right;font-weight:600;",
    pad="8px 0",
    border="1px solid #e6e6e6",
) -> str:
    out = []
    for k, v in rows:
        out.append(
            f'<tr><td style="padding:{pad};border-bottom:{border};{label_style}">{k}</td>'
            f'<td style="padding:{pad};border-bottom:{border};{value_style}">{v}</td></tr>'
        )
    return "\n".join(out)


def html_page(
    inner: str,
    *,
    title: str = "",
    bg: str = "#f4f4f4",
    width: int = 600,
    font: str = "Helvetica, Arial, sans-serif",
    preheader: str = "",
) -> str:
    pre = (
        f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{esc(preheader)}</div>'
        if preheader
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
</head>
<body style="margin:0;padding:0;background:{bg};font-family:{font};">
{pre}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:{bg};">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" style="max-width:{width}px;background:#ffffff;">
{inner}
</table>
</td></tr>
</table>
</body>
</html>
"""


def tiny_pdf(lines: list[str]) -> bytes:
    """A small but well-formed one-page PDF carrying `lines` as text."""
    text = (
        "BT /F1 10 Tf 50 800 Td 14 TL "
        + " ".join(
            "(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for ln in lines
        )
        + " ET"
    )
    text_b = text.encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(text_b)).encode() + b" >>\nstream\n" + text_b + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


# --------------------------------------------------------------------------------------------
# the message builder


def add(
    at: datetime,
    from_name: str,
    from_addr: str,
    subject: str,
    *,
    slug: str,
    text: str | None = None,
    html: str | None = None,
    labels: tuple[str, ...] | list[str] = (),
    to: tuple[str, str] | None = None,
    cc: tuple[str, str] | None = None,
    charset: str = "utf-8",
    tcte: str | None = "quoted-printable",
    hcte: str | None = "quoted-printable",
    extra: tuple[tuple[str, str], ...] = (),
    attach: tuple[str, str, bytes] | None = None,
    mid: str | None = None,
    boundary_style: str = "eq",
) -> None:
    msg = EmailMessage(policy=POLICY)
    msg["From"] = formataddr((from_name, from_addr)) if from_name else from_addr
    to_name, to_addr = to or (ME_NAME, ME)
    msg["To"] = formataddr((to_name, to_addr)) if to_name else to_addr
    if cc:
        msg["Cc"] = formataddr(cc)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(at)
    domain = from_addr.split("@", 1)[1]
    msg["Message-ID"] = mid or f"<{hexid(16)}.{digits(6)}@{domain}>"
    msg["MIME-Version"] = "1.0"
    for k, v in extra:
        msg[k] = v

    def _cte(body: str | None, cte: str | None) -> str | None:
        # a sender that says 7bit but has a pound sign in the body sends it as 8bit
        if cte == "7bit" and body is not None and not body.isascii():
            return "8bit"
        return cte

    tcte, hcte = _cte(text, tcte), _cte(html, hcte)
    if html is not None and charset != "utf-8":
        html = html.replace("charset=utf-8", f"charset={charset}")
    if text is not None and html is not None:
        msg.set_content(text, charset=charset, cte=tcte)
        msg.add_alternative(html, subtype="html", charset=charset, cte=hcte)
    elif html is not None:
        msg.set_content(html, subtype="html", charset=charset, cte=hcte)
    else:
        msg.set_content(text or "", charset=charset, cte=tcte)
    if attach:
        fname, ctype, data = attach
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            if boundary_style == "part":
                b = f"----=_Part_{digits(7)}_{digits(9)}.{digits(13)}"
            elif boundary_style == "apple":
                b = f"Apple-Mail={upper_id(8)}-{upper_id(4)}-{upper_id(4)}-{upper_id(12)}"
            elif boundary_style == "gmail":
                b = f"000000000000{hexid(16)}"
            else:
                b = f"==============={digits(19)}=="
            part.set_boundary(b)
    MSGS.append(
        {
            "at": at,
            "msg": msg,
            "slug": slug,
            "from_name": from_name or from_addr,
            "from_addr": from_addr,
            "subject": subject,
            "labels": list(labels),
        }
    )


def unsub(url: str, mailto: str | None = None) -> tuple[tuple[str, str], ...]:
    v = f"<{url}>" + (f", <mailto:{mailto}>" if mailto else "")
    return (("List-Unsubscribe", v), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))


# ============================================================================================
# truth names (single place, so labels and truth.json agree)

XERO = "Xero"
GWS = "Google Workspace"
M365 = "Microsoft 365 Business Basic"
ADOBE = "Adobe Creative Cloud All Apps"
FIGMA = "Figma Professional"
SQ_BLODAU = "Squarespace – Blodau Bakery website"
SQ_PENTRE = "Squarespace – Pentre Physio website"
REG = "123 Reg domain renewals"
MAILCHIMP = "Mailchimp"
BACKBLAZE = "Backblaze Computer Backup"
ZOOM = "Zoom Workplace Pro"
CALENDLY = "Calendly Standard"
ACCOUNTANT = "Bevan & Price Accountants"
HISCOX = "Hiscox Professional Indemnity"
TIDE = "Tide Plus"
CTAX = "Cardiff Council Council Tax"
WATER = "Dŵr Cymru Welsh Water"
OCTOPUS = "Octopus Energy"
BT = "BT Broadband"
EE = "EE"
VODAFONE = "Vodafone Business"
TVL = "TV Licence"
CAR = "Hastings Direct car insurance"
RAC = "RAC Breakdown Cover"
COWORK = "Sgwâr Coworking"
SPOTIFY = "Spotify Premium"
DISNEY = "Disney+"
AUDIBLE = "Audible"


# ============================================================================================
# Xero: monthly Grow plan, VAT invoice, price rise from September 2026


def xero_invoice(day: str, net: float, label_plan: str = "Grow") -> None:
    d = D(day)
    vat = round(net * 0.2, 2)
    total = round(net + vat, 2)
    inv = f"XU-{digits(8)}"
    period_end = d.replace(month=d.month % 12 + 1, year=d.year + (d.month == 12)) - timedelta(days=1)
    text = f"""Hi Rhys,

Thanks for being a Xero subscriber. Your invoice for the {BUSINESS} subscription is
attached.

Invoice number:   {inv}
Invoice date:     {d_short(d)}
Billing period:   {d_short(d)} to {d_short(period_end)}

  {label_plan} plan (monthly)                 {gbp(net)}
  VAT at 20%                           {gbp(vat)}
  Total (GBP)                          {gbp(total)}

We'll take payment of {gbp(total)} from your Visa card ending 4417 on {d_short(d)}.
There's nothing you need to do.

Manage your subscription and download past invoices:
https://go.xero.com/Settings/Subscription

Cheers,
The Xero team

Xero (UK) Ltd. VAT registration number GB 915 8410 37.
You're receiving this email because you're the subscriber for {BUSINESS} in Xero.
"""
    rows = kv_rows(
        [
            ("Invoice number", inv),
            ("Invoice date", d_short(d)),
            ("Billing period", f"{d_short(d)} &ndash; {d_short(period_end)}"),
            (f"{label_plan} plan (monthly)", gbp(net)),
            ("VAT at 20%", gbp(vat)),
            ("<strong>Total (GBP)</strong>", f"<strong>{gbp(total)}</strong>"),
        ]
    )
    inner = f"""<tr><td style="background:#13b5ea;padding:20px 32px;"><img src="https://cdn.xero.com/email/xero-logo-white.png" width="48" height="48" alt="Xero"></td></tr>
<tr><td style="padding:32px;color:#1e3145;font-size:15px;line-height:22px;">
<p>Hi Rhys,</p>
<p>Thanks for being a Xero subscriber. Your invoice for the <strong>{BUSINESS}</strong> subscription is attached.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;">{rows}</table>
<p>We'll take payment of <strong>{gbp(total)}</strong> from your Visa card ending 4417 on {d_short(d)}. There's nothing you need to do.</p>
<p><a href="https://go.xero.com/Settings/Subscription" style="color:#0078c8;">Manage your subscription</a></p>
<p>Cheers,<br>The Xero team</p>
</td></tr>
<tr><td style="padding:16px 32px;background:#f2f4f6;color:#687a8c;font-size:11px;">Xero (UK) Ltd. VAT registration number GB 915 8410 37.<br>You're receiving this email because you're the subscriber for {BUSINESS} in Xero.</td></tr>"""
    pdf = tiny_pdf(
        [
            "Xero (UK) Ltd - TAX INVOICE",
            f"Invoice {inv}  Date {d_short(d)}",
            f"Bill to: {BUSINESS}, Cardiff",
            f"{label_plan} plan {gbp(net).replace('£', 'GBP ')}",
            f"VAT 20% {gbp(vat).replace('£', 'GBP ')}",
            f"Total {gbp(total).replace('£', 'GBP ')}",
        ]
    )
    add(
        when(f"{day} 05:{RNG.randrange(10, 59)}", "uk"),
        "Xero",
        "billing@post.xero.com",
        f"Your Xero invoice {inv} for {BUSINESS}",
        slug="xero-invoice",
        text=text,
        html=html_page(inner, title="Your Xero invoice"),
        labels=[XERO],
        attach=(f"{inv}.pdf", "application/pdf", pdf),
        boundary_style="part",
    )


def xero() -> None:
    for day in ("2025-12-06", "2026-02-06", "2026-06-06"):
        xero_invoice(day, 33.00)
    # price change notice
    text = """Hi Rhys,

We're writing to let you know about a change to the price of your Xero plan.

From 1 September 2026, the Grow plan will cost £36.00 per month, up from £33.00
(prices exclude VAT). For Evans Web Design this means your monthly bill will be
£43.20 including VAT, starting with your invoice on 6 September 2026.

Why are prices changing?
We continue to invest in Xero, including automatic bank feeds, Making Tax Digital
for Income Tax, Hubdoc and JAX, our AI companion, at no extra cost on your plan.

You don't need to do anything. If you'd like to change or cancel your plan, you can
do that at any time in Xero under Settings > Subscription and billing.

Thanks for choosing Xero,
The Xero team

Xero (UK) Ltd, registered in England and Wales.
"""
    add(
        when("2026-07-22 10:02", "uk"),
        "Xero",
        "messaging@post.xero.com",
        "Important: an update to your Xero subscription price",
        slug="xero-price-change",
        text=text,
        tcte="7bit",
        labels=[XERO],
    )
    xero_invoice("2026-09-06", 36.00)
    xero_invoice("2026-11-06", 36.00)
    # marketing from the same company
    inner = """<tr><td style="padding:0;"><img src="https://cdn.xero.com/email/jax-hero.png" width="600" alt="Meet JAX"></td></tr>
<tr><td style="padding:28px 32px;color:#1e3145;font-size:16px;line-height:24px;">
<h1 style="font-size:26px;">Say hello to JAX</h1>
<p>JAX, your AI financial superagent, can now chase late invoices, reconcile in bulk and prepare your VAT return for review.</p>
<p><a href="https://www.xero.com/uk/campaign/jax/" style="background:#13b5ea;color:#fff;padding:12px 20px;text-decoration:none;border-radius:4px;">See what JAX can do</a></p>
<p style="font-size:13px;">Plus: join Xero Roadshow Cardiff at the Principality Stadium on 18 June.</p>
</td></tr>
<tr><td style="padding:16px 32px;color:#687a8c;font-size:11px;">You're receiving this because you subscribed to product news from Xero. <a href="https://www.xero.com/uk/unsubscribe/?e=rhys%40evanswebdesign.co.uk">Unsubscribe</a> | Xero (UK) Ltd.</td></tr>"""
    add(
        when("2026-05-12 14:30", "uk"),
        "Xero",
        "news@xero.com",
        "Rhys, your new AI superagent has landed",
        slug="xero-news",
        html=html_page(inner, title="Xero news", preheader="Chase invoices, reconcile, file VAT with JAX"),
        extra=unsub("https://www.xero.com/uk/unsubscribe/?e=rhys%40evanswebdesign.co.uk"),
    )


# ============================================================================================
# Google Workspace: Business Starter (Flexible), billed monthly in arrears; 2nd user from June


def gws_invoice(day: str, lines: list[tuple[str, float]], period: str) -> None:
    d = D(day)
    net = round(sum(v for _, v in lines), 2)
    vat = round(net * 0.2, 2)
    total = round(net + vat, 2)
    inv = digits(10)
    text_lines = "\n".join(f"  {k:<52}{gbp(v):>10}" for k, v in lines)
    text = f"""Google Workspace

Your Google Workspace monthly invoice is available

Your monthly invoice for evanswebdesign.co.uk is now available to view and
download in the Google Admin console.

Invoice number:     {inv}
Billing account ID: 0213-4471-2290
Invoice date:       {d_short(d)}
Billing period:     {period}

{text_lines}
  {"VAT (20%)":<52}{gbp(vat):>10}
  {"Total amount due":<52}{gbp(total):>10}

This amount will be automatically charged to your Visa ending in 4417.
You don't need to take any action.

View invoice: https://admin.google.com/ac/billing/accounts

(c) 2026 Google Cloud EMEA Limited, 70 Sir John Rogerson's Quay, Dublin 2, Ireland

You have received this mandatory service announcement to update you about
important changes to your Google Workspace account.
"""
    rows = kv_rows(
        [(esc(k), gbp(v)) for k, v in lines]
        + [("VAT (20%)", gbp(vat)), ("<b>Total amount due</b>", f"<b>{gbp(total)}</b>")]
    )
    inner = f"""<tr><td style="padding:24px 40px;border-bottom:1px solid #dadce0;"><img src="https://www.gstatic.com/images/branding/product/2x/google_workspace_48dp.png" width="40" alt="Google Workspace"> <span style="font-family:'Google Sans',Roboto,Arial;font-size:20px;color:#5f6368;vertical-align:middle;">Google Workspace</span></td></tr>
<tr><td style="padding:32px 40px;font-family:Roboto,Arial;color:#202124;font-size:14px;line-height:20px;">
<p style="font-size:22px;line-height:28px;">Your Google Workspace monthly invoice is available</p>
<p>Your monthly invoice for <b>evanswebdesign.co.uk</b> is now available to view and download in the Google Admin console.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;">
{kv_rows([("Invoice number", inv), ("Billing account ID", "0213-4471-2290"), ("Invoice date", d_short(d)), ("Billing period", period)])}
{rows}
</table>
<p>This amount will be automatically charged to your Visa ending in 4417. You don't need to take any action.</p>
<p><a href="https://admin.google.com/ac/billing/accounts" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none;">View invoice</a></p>
</td></tr>
<tr><td style="padding:20px 40px;font-size:12px;color:#5f6368;">&copy; 2026 Google Cloud EMEA Limited, 70 Sir John Rogerson's Quay, Dublin 2, Ireland<br>You have received this mandatory service announcement to update you about important changes to your Google Workspace account.</td></tr>"""
    add(
        when(f"{day} {RNG.randrange(6, 11):02d}:{RNG.randrange(60):02d}", "uk"),
        "Google Workspace",
        "workspace-noreply@google.com",
        "Your Google Workspace invoice is available for evanswebdesign.co.uk",
        slug="google-workspace-invoice",
        text=text,
        html=html_page(inner, title="Google Workspace invoice", bg="#ffffff"),
        labels=[GWS],
        boundary_style="gmail",
    )


def google_workspace() -> None:
    gws_invoice("2026-01-01", [("Google Workspace Business Starter – 1 user", 7.00)], "1–31 Dec 2025")
    text = """Google Workspace Alert

A new user has been added to your organisation

Domain:      evanswebdesign.co.uk
User:        Cerys Price (cerys@evanswebdesign.co.uk)
Added by:    rhys@evanswebdesign.co.uk
Time:        15 Jun 2026, 10:41 BST

Your Google Workspace Business Starter subscription (Flexible Plan) now has
2 user licences. You're charged £7.00 per user per month plus VAT, so from your
next full billing period you can expect charges of about £16.80 a month
including VAT. Charges for this month will be prorated.

If you didn't make this change, review your organisation's users in the Admin
console: https://admin.google.com/ac/users

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this mandatory email service announcement to update you about
important changes to your Google Workspace account.
"""
    add(
        when("2026-06-15 10:42", "uk"),
        "Google Workspace Alerts",
        "google-workspace-alerts-noreply@google.com",
        "Google Workspace Alert: new user added",
        slug="google-workspace-user-added",
        text=text,
        tcte="quoted-printable",
        labels=[GWS],
    )
    gws_invoice(
        "2026-07-01",
        [
            ("Google Workspace Business Starter – 1 user", 7.00),
            ("Google Workspace Business Starter – 1 user (15–30 Jun, prorated)", 3.73),
        ],
        "1–30 Jun 2026",
    )
    gws_invoice("2026-09-01", [("Google Workspace Business Starter – 2 users", 14.00)], "1–31 Aug 2026")
    gws_invoice("2026-11-01", [("Google Workspace Business Starter – 2 users", 14.00)], "1–31 Oct 2026")


# ============================================================================================
# Microsoft 365 Business Basic: annual commitment, billed monthly


def m365_invoice(day: str) -> None:
    d = D(day)
    inv = f"G{digits(9)}"
    nxt = d.replace(month=d.month % 12 + 1, year=d.year + (d.month == 12)) - timedelta(days=1)
    inner = f"""<tr><td style="padding:24px 36px;"><img src="https://img-prod-cms-rt-microsoft-com.akamaized.net/cms/api/am/imageFileData/RE1Mu3b" width="108" alt="Microsoft"></td></tr>
<tr><td style="padding:0 36px 24px;font-family:'Segoe UI',Tahoma,Arial;color:#262626;font-size:14px;line-height:20px;">
<h1 style="font-size:28px;font-weight:600;line-height:34px;">Your invoice is ready</h1>
<p>The invoice for your Microsoft 365 Business Basic subscription is ready. Your payment method on file will be charged the amount shown.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;">
{
        kv_rows(
            [
                ("Billing account", BUSINESS),
                ("Invoice number", inv),
                ("Invoice date", d.strftime("%d/%m/%Y")),
                ("Billing period", f"{d.strftime('%d/%m/%Y')} – {nxt.strftime('%d/%m/%Y')}"),
                (
                    "Microsoft 365 Business Basic<br><span style='color:#6b6b6b;font-weight:400;'>1 licence · Annual subscription, billed monthly</span>",
                    "£5.15",
                ),
                ("VAT (20%)", "£1.03"),
                ("Amount due", "£6.18"),
                ("Payment method", "Visa **4417"),
            ]
        )
    }
</table>
<p style="margin-top:24px;"><a href="https://admin.microsoft.com/Adminportal/Home#/billoverview/invoice-list" style="background:#0067b8;color:#fff;padding:10px 20px;text-decoration:none;">View invoice</a></p>
<p>To manage your subscriptions, sign in to the Microsoft 365 admin centre.</p>
</td></tr>
<tr><td style="padding:20px 36px;background:#f2f2f2;color:#616161;font-size:12px;line-height:16px;">This is a mandatory service communication. To set your contact preferences for other communications, visit the <a href="https://go.microsoft.com/fwlink/?LinkId=243189">Promotional Communications Manager</a>.<br>Microsoft Ireland Operations Limited, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, Ireland<br><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a></td></tr>"""
    add(
        when(f"{day} {RNG.randrange(1, 5):02d}:{RNG.randrange(60):02d}", "utc"),
        "Microsoft",
        "microsoft-noreply@microsoft.com",
        f"Your Microsoft invoice {inv} is ready",
        slug="microsoft-invoice",
        html=html_page(inner, title="Your invoice is ready", bg="#ffffff"),
        hcte="base64",
        labels=[M365],
    )


def microsoft() -> None:
    m365_invoice("2026-01-19")
    text = """Microsoft 365 admin centre

Your subscription will renew soon

Billing account: Evans Web Design

Microsoft 365 Business Basic (1 licence) will automatically renew on
19 March 2026 for another 12-month term.

  Term:             Annual commitment
  Billing frequency: Monthly
  Price:            £5.15 per licence per month, excluding VAT
                    (£6.18 including VAT at 20%)

No action is needed to keep your subscription. If you want to reduce licences
or turn off recurring billing, do this before the renewal date in the Microsoft
365 admin centre > Billing > Your products. After renewal, you can only cancel
within 7 days (168 hours) for a prorated refund.

Microsoft Ireland Operations Limited, One Microsoft Place, South County Business
Park, Leopardstown, Dublin 18, Ireland
"""
    add(
        when("2026-02-17 08:15", "utc"),
        "Microsoft 365",
        "microsoft365@infoemails.microsoft.com",
        "Your Microsoft 365 Business Basic subscription will renew on 19 March 2026",
        slug="microsoft-renewal-notice",
        text=text,
        labels=[M365],
    )
    m365_invoice("2026-10-19")


# ============================================================================================
# Adobe Creative Cloud All Apps: annual plan paid monthly, reverse-charged (VAT number on file)


def adobe_invoice(day: str) -> None:
    d = D(day)
    inv = f"IEE{digits(10)}"
    order = digits(10)
    text = f"""Adobe

Your invoice is ready

Hi Rhys,

Thanks for your payment. Here's a summary of your invoice for {d_long(d)}.

Invoice number:     {inv}
Order number:       {order}
Plan:               Creative Cloud All Apps
                    Annual, paid monthly
Billed to:          Visa ending 4417
Customer VAT no.:   {VAT_NO.replace(" ", "")}

Subtotal            £47.48
VAT (0%)            £0.00
Total               £47.48

VAT reverse charge: the customer is liable to account for VAT on this supply.

View and download your invoice: https://account.adobe.com/orders/billing-history

Adobe Systems Software Ireland Limited, 4-6 Riverwalk, Citywest Business Campus,
Dublin 24, Ireland.
Adobe, the Adobe logo and Creative Cloud are either registered trademarks or
trademarks of Adobe in the United States and/or other countries.
Privacy policy: https://www.adobe.com/uk/privacy.html
"""
    rows = kv_rows(
        [
            ("Invoice number", inv),
            ("Order number", order),
            ("Plan", "Creative Cloud All Apps<br><span style='font-weight:400'>Annual, paid monthly</span>"),
            ("Billed to", "Visa ending 4417"),
            ("Customer VAT no.", VAT_NO.replace(" ", "")),
            ("Subtotal", "£47.48"),
            ("VAT (0%)", "£0.00"),
            ("Total", "£47.48"),
        ]
    )
    inner = f"""<tr><td style="padding:28px 40px 0;"><img src="https://www.adobe.com/content/dam/shared/images/email/adobe-logo-red.png" width="96" alt="Adobe"></td></tr>
<tr><td style="padding:20px 40px;font-family:'Adobe Clean',Helvetica,Arial;color:#2c2c2c;font-size:14px;line-height:21px;">
<h2 style="font-size:24px;">Your invoice is ready</h2>
<p>Hi Rhys,</p><p>Thanks for your payment. Here's a summary of your invoice for {d_long(d)}.</p>
<table width="100%" cellpadding="0" cellspacing="0">{rows}</table>
<p style="font-size:12px;color:#6e6e6e;">VAT reverse charge: the customer is liable to account for VAT on this supply.</p>
<p><a href="https://account.adobe.com/orders/billing-history" style="background:#1473e6;color:#fff;padding:10px 22px;border-radius:16px;text-decoration:none;">View invoice</a></p>
</td></tr>
<tr><td style="padding:20px 40px;background:#fafafa;font-size:11px;color:#6e6e6e;">Adobe Systems Software Ireland Limited, 4-6 Riverwalk, Citywest Business Campus, Dublin 24, Ireland.<br>Adobe, the Adobe logo and Creative Cloud are either registered trademarks or trademarks of Adobe in the United States and/or other countries. <a href="https://www.adobe.com/uk/privacy.html">Privacy policy</a></td></tr>"""
    add(
        when(f"{day} {RNG.randrange(7, 12):02d}:{RNG.randrange(60):02d}", "uk"),
        "Adobe",
        "mail@mail.adobe.com",
        "Your Adobe invoice is ready",
        slug="adobe-invoice",
        text=text,
        html=html_page(inner, title="Adobe invoice"),
        labels=[ADOBE],
    )


def adobe() -> None:
    adobe_invoice("2025-12-22")
    text = """Hi Rhys,

Your Creative Cloud All Apps plan renews soon.

Your annual plan, paid monthly, will renew automatically on 22 June 2026 for
another year. You'll keep paying £47.48 a month (no VAT is charged because your
VAT number is on file; reverse charge applies). Your next payment is on
22 June 2026.

Plan:            Creative Cloud All Apps
Commitment:      Annual, paid monthly
Monthly price:   £47.48
Renewal date:    22 June 2026

Need to make a change? Manage your plan at https://account.adobe.com/plans
If you cancel after your 14-day cancellation window following renewal, an
early termination fee may apply.

The Adobe team
Adobe Systems Software Ireland Limited, 4-6 Riverwalk, Citywest Business Campus, Dublin 24, Ireland.
"""
    add(
        when("2026-05-23 16:20", "uk"),
        "Adobe",
        "message@adobe.com",
        "Your Creative Cloud plan renews on 22 June 2026",
        slug="adobe-renewal",
        text=text,
        tcte="quoted-printable",
        labels=[ADOBE],
    )
    adobe_invoice("2026-06-22")
    adobe_invoice("2026-10-22")
    inner = """<tr><td style="padding:0"><img src="https://www.adobe.com/content/dam/max/2026/email-hero.jpg" width="600" alt="Adobe MAX 2026"></td></tr>
<tr><td style="padding:28px 40px;font-family:Helvetica,Arial;color:#2c2c2c;font-size:16px;line-height:24px;">
<h1>The creativity conference is back.</h1>
<p>Join us online for Adobe MAX, 27&ndash;29 October. Sneaks, keynotes and 200+ sessions on Firefly, Photoshop, Illustrator and Premiere Pro. Free to attend online.</p>
<p><a href="https://max.adobe.com/" style="background:#eb1000;color:#fff;padding:12px 24px;border-radius:20px;text-decoration:none;">Register for free</a></p>
</td></tr>
<tr><td style="padding:16px 40px;font-size:11px;color:#6e6e6e;">You received this email because you have an Adobe ID and opted in to marketing. <a href="https://www.adobe.com/go/unsubscribe">Unsubscribe</a>. Adobe Systems Software Ireland Limited.</td></tr>"""
    add(
        when("2026-09-15 17:05", "uk"),
        "Adobe",
        "mail@mail.adobe.com",
        "Register now: Adobe MAX is free online",
        slug="adobe-max",
        html=html_page(inner, title="Adobe MAX"),
        extra=unsub("https://www.adobe.com/go/unsubscribe"),
    )
    text = """Black Friday at Adobe: up to 40% off.

Save on Creative Cloud Pro, Photoshop and Adobe Express Premium until 1 December.
New subscribers only: Creative Cloud Pro for £33.98/mo (incl. VAT) for the first
year on an annual plan, paid monthly. After that, £56.98/mo.

Already a member? Add Adobe Stock for 30% off.

Shop the offer: https://www.adobe.com/uk/creativecloud/plans.html?promoid=BF26

Terms apply. Offer ends 1 December 2026.
You received this email because you have an Adobe ID and opted in to marketing.
Unsubscribe: https://www.adobe.com/go/unsubscribe
Adobe Systems Software Ireland Limited, 4-6 Riverwalk, Citywest Business Campus, Dublin 24, Ireland.
"""
    add(
        when("2026-11-27 13:00", "uk"),
        "Adobe",
        "mail@mail.adobe.com",
        "Black Friday: up to 40% off Creative Cloud Pro ends soon",
        slug="adobe-black-friday",
        text=text,
        extra=unsub("https://www.adobe.com/go/unsubscribe"),
    )


# ============================================================================================
# Figma: upgraded from Starter to Professional, billed yearly in USD


def figma() -> None:
    text = """Hi Rhys,

You've upgraded Evans Web Design to the Professional plan.

Here's what's included:
- Unlimited Figma files and version history
- Team libraries and shared components
- Dev Mode and Figma Slides

Billing summary
  Plan:            Professional (annual)
  Seats:           1 Full seat
  Price:           $192.00 per year
  Next renewal:    March 4, 2027

You can change seats or billing settings any time in Settings > Billing.

Happy designing,
The Figma team

Figma, Inc. 760 Market St, Floor 10, San Francisco, CA 94102
"""
    add(
        when("2026-03-04 09:12", "pt"),
        "Figma",
        "support@figma.com",
        "Welcome to Figma Professional",
        slug="figma-upgrade",
        text=text,
        tcte="7bit",
        labels=[FIGMA],
    )
    num = f"{digits(4)}-{digits(4)}"
    text = f"""Figma, Inc.

Receipt from Figma, Inc.  ${"192.00"}
Paid March 4, 2026

Receipt number:   {num}
Invoice number:   {upper_id(8)}-0001
Payment method:   Visa - 4417

Mar 4, 2026 - Mar 4, 2027

Professional plan - Full seat            Qty 1     $192.00

Subtotal                                           $192.00
Total excluding tax                                $192.00
VAT - United Kingdom (0% on $192.00)               $0.00
  Tax to be paid on reverse charge basis
Total                                              $192.00
Amount paid                                        $192.00

Questions? Visit https://help.figma.com or reply to this email.

Something wrong with the email? View it in your browser.
You're receiving this email because you made a purchase at Figma, Inc., which
partners with Stripe to provide invoicing and payment processing.
"""
    rows = kv_rows(
        [
            (
                "Professional plan – Full seat × 1<br><span style='color:#8898aa;font-weight:400'>Mar 4, 2026 – Mar 4, 2027</span>",
                "$192.00",
            ),
            ("Subtotal", "$192.00"),
            (
                "VAT – United Kingdom (0% on $192.00)<br><span style='color:#8898aa;font-weight:400'>Tax to be paid on reverse charge basis</span>",
                "$0.00",
            ),
            ("Total", "$192.00"),
            ("Amount paid", "$192.00"),
        ],
        label_style="color:#525f7f;",
        value_style="text-align:right;color:#525f7f;",
    )
    inner = f"""<tr><td style="padding:32px 48px 0;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial;color:#8898aa;font-size:14px;">Receipt from Figma, Inc.</td></tr>
<tr><td style="padding:4px 48px 0;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial;color:#32325d;font-size:32px;">$192.00</td></tr>
<tr><td style="padding:4px 48px 24px;color:#8898aa;font-size:14px;">Paid March 4, 2026</td></tr>
<tr><td style="padding:0 48px;font-size:13px;color:#525f7f;">
<table width="100%"><tr><td>Receipt number<br><b>{num}</b></td><td>Payment method<br><b>VISA – 4417</b></td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" style="margin-top:16px;font-size:14px;">{rows}</table>
<p style="font-size:12px;color:#8898aa;margin-top:24px;">Questions? Visit <a href="https://help.figma.com">help.figma.com</a>.<br>You're receiving this email because you made a purchase at Figma, Inc., which partners with <a href="https://stripe.com">Stripe</a> to provide invoicing and payment processing.</p>
</td></tr>"""
    add(
        when("2026-03-04 09:13", "pt"),
        "Figma, Inc.",
        "invoice+statements@figma.com",
        f"Your receipt from Figma, Inc. #{num}",
        slug="figma-receipt",
        text=text,
        html=html_page(inner, title="Figma receipt", bg="#f6f9fc", width=540),
        labels=[FIGMA],
    )
    inner = """<tr><td style="padding:0;background:#000;"><img src="https://cdn.figma.com/email/config-2026.png" width="600" alt="Config 2026"></td></tr>
<tr><td style="padding:32px;font-family:Inter,Helvetica,Arial;font-size:16px;line-height:24px;color:#000;">
<h1 style="font-size:32px;">Config is streaming live, June 23&ndash;25</h1>
<p>Tune in for the keynote, product launches and talks from designers at Spotify, Duolingo and more. Plus: Config London on 15 July.</p>
<p><a href="https://config.figma.com/" style="background:#0d99ff;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;">Save your spot</a></p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#666;">Figma, Inc. 760 Market St, Floor 10, San Francisco, CA 94102 · <a href="https://www.figma.com/email/unsubscribe">Unsubscribe</a></td></tr>"""
    add(
        when("2026-05-28 08:00", "pt"),
        "Figma",
        "hello@figma.com",
        "Config 2026: save your virtual seat",
        slug="figma-config",
        html=html_page(inner, title="Config 2026"),
        extra=unsub("https://www.figma.com/email/unsubscribe"),
    )


# ============================================================================================
# Squarespace: two client sites on Rhys's own account (he re-bills the clients)


def _sq_frame(body_html: str, title: str) -> str:
    inner = f"""<tr><td style="padding:32px 48px 8px;"><img src="https://static1.squarespace.com/static/email/squarespace-logo-black.png" width="160" alt="Squarespace"></td></tr>
<tr><td style="padding:16px 48px 32px;font-family:Clarkson,Helvetica,Arial;color:#000;font-size:15px;line-height:23px;">{body_html}</td></tr>
<tr><td style="padding:24px 48px;border-top:1px solid #eaeaea;font-size:11px;color:#767676;line-height:16px;">Squarespace Ireland Limited, Le Pole House, Ship Street Great, Dublin 8, Ireland.<br>This is a transactional email about your Squarespace account. <a href="https://www.squarespace.com/privacy">Privacy Policy</a></td></tr>"""
    return html_page(inner, title=title, bg="#ffffff", font="Helvetica, Arial, sans-serif")


def sq_receipt(day: str, site: str, plan: str, net: float, label: str, period: str) -> None:
    d = D(day)
    vat = round(net * 0.2, 2)
    order = f"{digits(4)}-{digits(4)}-{digits(4)}"
    rows = kv_rows(
        [
            ("Website", site),
            ("Plan", plan),
            ("Billing period", period),
            ("Subtotal", gbp(net)),
            ("VAT (20%)", gbp(vat)),
            ("Total", gbp(net + vat)),
            ("Paid with", "Visa ending in 4417"),
            ("Order", f"#{order}"),
        ]
    )
    body = f"""<h1 style="font-size:28px;font-weight:400;">Thanks for your payment</h1>
<p>This is a receipt for your Squarespace subscription. Keep it for your records.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;">{rows}</table>
<p>Date: {d_long(d)}</p>
<p>Manage billing for this site in <b>Settings &rsaquo; Billing</b>.</p>"""
    add(
        when(f"{day} {RNG.randrange(0, 6):02d}:{RNG.randrange(60):02d}", "uk"),
        "Squarespace",
        "no-reply@squarespace.info",
        f"Your Squarespace receipt for {site}",
        slug="squarespace-receipt",
        html=_sq_frame(body, "Squarespace receipt"),
        labels=[label],
    )


def squarespace() -> None:
    # Blodau Bakery: annual Core plan
    body = (
        """<h1 style="font-size:28px;font-weight:400;">Your subscription renews soon</h1>
<p>Hi Rhys,</p>
<p>The <b>Core</b> annual plan for <b>blodaubakery.co.uk</b> will automatically renew on <b>14 May 2026</b>.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;">"""
        + kv_rows(
            [
                ("Website", "Blodau Bakery (blodaubakery.co.uk)"),
                ("Plan", "Core, billed annually"),
                ("Renewal date", "14 May 2026"),
                ("Renewal amount", "£273.60 (incl. £45.60 VAT)"),
                ("Payment method", "Visa ending in 4417"),
            ]
        )
        + """</table>
<p>No action is needed. To change or cancel the plan, go to <b>Settings &rsaquo; Billing</b> before the renewal date.</p>"""
    )
    add(
        when("2026-04-14 03:12", "uk"),
        "Squarespace",
        "no-reply@squarespace.info",
        "Your Squarespace subscription for blodaubakery.co.uk renews on 14 May",
        slug="squarespace-renewal-notice",
        html=_sq_frame(body, "Renewal reminder"),
        labels=[SQ_BLODAU],
    )
    sq_receipt(
        "2026-05-14", "blodaubakery.co.uk", "Core (annual)", 228.00, SQ_BLODAU, "14 May 2026 – 13 May 2027"
    )

    # Pentre Physio: monthly Core plan, a failed payment when the card expired in July
    sq_receipt("2026-01-09", "pentrephysio.co.uk", "Core (monthly)", 25.00, SQ_PENTRE, "9 Jan – 8 Feb 2026")
    body = """<h1 style="font-size:28px;font-weight:400;">We couldn't process your payment</h1>
<p>Hi Rhys,</p>
<p>We tried to charge <b>£30.00</b> for the Core monthly plan on <b>pentrephysio.co.uk</b>, but your card ending in 4417 was declined because it has expired.</p>
<p>Please update your payment method. We'll try again over the next few days. If we can't collect payment, the website will expire and visitors will no longer be able to see it.</p>
<p><a href="https://account.squarespace.com/billing" style="background:#000;color:#fff;padding:14px 28px;text-decoration:none;">Update payment method</a></p>"""
    add(
        when("2026-07-09 04:40", "uk"),
        "Squarespace",
        "no-reply@squarespace.info",
        "Action required: payment failed for pentrephysio.co.uk",
        slug="squarespace-payment-failed",
        html=_sq_frame(body, "Payment failed"),
        labels=[SQ_PENTRE],
    )
    sq_receipt("2026-07-10", "pentrephysio.co.uk", "Core (monthly)", 25.00, SQ_PENTRE, "9 Jul – 8 Aug 2026")
    sq_receipt("2026-10-09", "pentrephysio.co.uk", "Core (monthly)", 25.00, SQ_PENTRE, "9 Oct – 8 Nov 2026")


# ============================================================================================
# 123 Reg: two domains that expire together, auto-renewed once a year


def reg123() -> None:
    text = """Hello Rhys,

Your domain names are due for renewal

The following domains in your 123 Reg account (account ref. 40218835) expire on
10 February 2026. Auto-renew is switched on, so we'll renew them for another year
using your saved card ending 4417 on or shortly before the expiry date.

  Domain                     Term      Price (ex VAT)
  evanswebdesign.co.uk       1 year    £11.99
  rhysevans.wales            1 year    £19.99

  Subtotal                             £31.98
  VAT @ 20%                            £6.40
  Total                                £38.38

Want to make changes? Log in to your control panel at https://www.123-reg.co.uk/secure
to switch off auto-renew or update your card details.

Kind regards,
The 123 Reg Team

123 Reg Limited is a company registered in England & Wales.
This is a service email about your account. 123 Reg will never ask for your
password by email.
"""
    add(
        when("2026-01-11 07:20", "uk"),
        "123 Reg",
        "noreply@123-reg.co.uk",
        "Your domain renewal is coming up - evanswebdesign.co.uk and 1 other",
        slug="123reg-renewal-reminder",
        text=text,
        labels=[REG],
    )
    inner = """<tr><td style="background:#1d1d6b;padding:18px 30px;"><img src="https://www.123-reg.co.uk/assets/email/123reg-logo.png" width="110" alt="123 Reg"></td></tr>
<tr><td style="padding:28px 30px;font-family:Arial;font-size:14px;line-height:21px;color:#333;">
<p style="font-size:20px;color:#1d1d6b;"><b>Thank you, your renewal is complete</b></p>
<p>Hello Rhys, we've renewed the following services. Your invoice is available in your account.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #ddd;font-size:13px;">
<tr style="background:#f0f0f7;"><th align="left">Product</th><th align="left">Expires</th><th align="right">Price</th></tr>
<tr><td>evanswebdesign.co.uk – domain renewal (1 year)</td><td>10/02/2027</td><td align="right">£11.99</td></tr>
<tr><td>rhysevans.wales – domain renewal (1 year)</td><td>10/02/2027</td><td align="right">£19.99</td></tr>
<tr><td colspan="2" align="right">VAT</td><td align="right">£6.40</td></tr>
<tr><td colspan="2" align="right"><b>Total paid</b></td><td align="right"><b>£38.38</b></td></tr>
</table>
<p>Order number: 123R-88410392<br>Payment: Visa ending 4417<br>Order date: 10/02/2026</p>
</td></tr>
<tr><td style="padding:16px 30px;background:#f4f4f4;font-size:11px;color:#777;">123 Reg Limited, registered in England &amp; Wales. VAT registration number GB 859 1470 28.</td></tr>"""
    add(
        when("2026-02-10 02:05", "uk"),
        "123 Reg",
        "noreply@123-reg.co.uk",
        "Your 123 Reg renewal confirmation",
        slug="123reg-renewal-confirmation",
        html=html_page(inner, title="Renewal confirmation"),
        labels=[REG],
    )
    inner = """<tr><td style="background:#1d1d6b;padding:18px 30px;color:#fff;font-family:Arial;font-size:22px;">123 Reg</td></tr>
<tr><td style="padding:28px 30px;font-family:Arial;font-size:15px;line-height:22px;color:#333;">
<h1 style="color:#1d1d6b;">Dydd Gŵyl Dewi Hapus! .cymru and .wales from 99p</h1>
<p>Show your Welsh pride online this St David's Day. Register a .cymru or .wales domain for just 99p for the first year (renews at £19.99/yr + VAT).</p>
<p><a href="https://www.123-reg.co.uk/domain-names/cymru/" style="background:#e4003b;color:#fff;padding:12px 22px;text-decoration:none;">Find your domain</a></p>
</td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#777;">You're receiving this because you're a 123 Reg customer. <a href="https://www.123-reg.co.uk/unsubscribe">Unsubscribe</a>.</td></tr>"""
    add(
        when("2026-02-27 11:00", "uk"),
        "123 Reg",
        "news@email.123-reg.co.uk",
        "Dydd Gŵyl Dewi Hapus! .cymru and .wales domains from 99p",
        slug="123reg-offer",
        html=html_page(inner, title="123 Reg offer"),
        extra=unsub("https://www.123-reg.co.uk/unsubscribe"),
    )


# ============================================================================================
# Mailchimp: Standard plan, contact tier moved up in August (USD, reverse charge)


def mailchimp_receipt(day: str, amount: float, tier: str, next_day: str) -> None:
    d = D(day)
    order = f"MC{digits(9)}"
    text = f"""Intuit Mailchimp

Thanks for your payment

Account:            {BUSINESS} (evanswebdesign)
Order number:       {order}
Date:               {d_us(d)}

Standard plan - {tier} contacts (monthly)      {usd(amount)}
Tax (reverse charge - UK VAT {VAT_NO.replace(" ", "")})  $0.00
Total charged                                   {usd(amount)} USD

Charged to Visa ending in 4417.
Your next bill is scheduled for {d_us(D(next_day))}.

View billing history: https://admin.mailchimp.com/account/billing-history/

(c) 2001-2026 Intuit Inc. All rights reserved. Mailchimp(R) is a registered
trademark of The Rocket Science Group LLC. 405 N Angier Ave. NE, Atlanta, GA 30308 USA
"""
    add(
        when(f"{day} {RNG.randrange(2, 8):02d}:{RNG.randrange(60):02d}", "et"),
        "Mailchimp",
        "billing@mailchimp.com",
        f"Your Intuit Mailchimp receipt ({order})",
        slug="mailchimp-receipt",
        text=text,
        tcte="7bit",
        labels=[MAILCHIMP],
    )


def mailchimp() -> None:
    mailchimp_receipt("2026-01-03", 20.00, "500", "2026-02-03")
    inner = (
        """<tr><td style="padding:24px 40px;background:#ffe01b;"><img src="https://eep.io/images/mc-freddie.png" width="40" alt="Mailchimp"></td></tr>
<tr><td style="padding:28px 40px;font-family:'Graphik',Helvetica,Arial;color:#241c15;font-size:15px;line-height:23px;">
<h2>Your plan has changed</h2>
<p>Hi Rhys, your audience now has <b>612 contacts</b>, which is more than the 500 included in your current tier. To keep sending, we've moved your Standard plan to the next contact tier.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;">"""
        + kv_rows(
            [
                ("Plan", "Standard"),
                ("Previous tier", "500 contacts — $20.00/month"),
                ("New tier", "1,500 contacts — $45.00/month"),
                ("Charged today (prorated to Sep 3)", "$13.71"),
                ("Next bill", "Sep 3, 2026 — $45.00"),
            ]
        )
        + """</table>
<p>Prices are in USD and exclude any applicable taxes. Want to stay within 500 contacts? Archive unsubscribed or inactive contacts and you can downgrade from <b>Account &amp; billing</b>.</p>
</td></tr>
<tr><td style="padding:16px 40px;font-size:11px;color:#6b6b6b;">&copy; 2001&ndash;2026 Intuit Inc. All rights reserved. 405 N Angier Ave. NE, Atlanta, GA 30308 USA</td></tr>"""
    )
    add(
        when("2026-08-17 13:48", "et"),
        "Mailchimp",
        "billing@mailchimp.com",
        "Your Mailchimp plan was updated to 1,500 contacts",
        slug="mailchimp-tier-change",
        html=html_page(inner, title="Plan updated"),
        labels=[MAILCHIMP],
    )
    mailchimp_receipt("2026-09-03", 45.00, "1,500", "2026-10-03")
    mailchimp_receipt("2026-11-03", 45.00, "1,500", "2026-12-03")


# ============================================================================================
# Backblaze Computer Backup: yearly licence, USD


def backblaze() -> None:
    text = """Hi Rhys,

This is a reminder that your Backblaze Computer Backup license for the computer
below will automatically renew in 14 days.

  Computer:      RHYS-MBP (MacBook Pro)
  License:       1 year
  Renews on:     April 27, 2026
  Amount:        $99.00 USD
  Card:          Visa ending 4417

No action is needed. To change your license or payment method, sign in at
https://secure.backblaze.com/account_billing.htm

Thanks for backing up with Backblaze!
The Backblaze Team
Backblaze, Inc. 201 Baldwin Ave, San Mateo, CA 94401
"""
    add(
        when("2026-04-13 15:22", "pt"),
        "Backblaze",
        "noreply@backblaze.com",
        "Your Backblaze license will auto-renew in 14 days",
        slug="backblaze-renewal-reminder",
        text=text,
        tcte="7bit",
        labels=[BACKBLAZE],
    )
    text = f"""Backblaze Payment Receipt

Thank you for your payment.

Order #:          {digits(8)}
Date:             April 27, 2026
Email:            {ME}

  Computer Backup - 1 Year License (RHYS-MBP)    $99.00
  Sales Tax                                     $0.00
  Total                                         $99.00 USD

Paid by Visa ending 4417.
License valid until: April 27, 2027

Backblaze, Inc. 201 Baldwin Ave, San Mateo, CA 94401
"""
    add(
        when("2026-04-27 01:10", "pt"),
        "Backblaze",
        "noreply@backblaze.com",
        "Backblaze Payment Receipt",
        slug="backblaze-receipt",
        text=text,
        tcte="7bit",
        labels=[BACKBLAZE],
    )


# ============================================================================================
# Zoom Workplace Pro: monthly, cancelled in May (moved to Google Meet)


def zoom_receipt(day: str, next_day: str) -> None:
    d = D(day)
    inv = f"INV{digits(9)}"
    inner = f"""<tr><td style="padding:24px 40px;"><img src="https://st1.zoom.us/static/email/zoom-logo-blue.png" width="90" alt="Zoom"></td></tr>
<tr><td style="padding:0 40px 28px;font-family:Lato,Helvetica,Arial;color:#232333;font-size:14px;line-height:21px;">
<h2 style="font-size:22px;">Thank you for your payment</h2>
<p>Hi Rhys Evans,</p><p>We've received your payment. Here are the details:</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;">{
        kv_rows(
            [
                ("Invoice number", inv),
                ("Payment date", d.strftime("%d/%m/%Y")),
                ("Account number", "7733410562"),
                ("Zoom Workplace Pro – Monthly (1 user)", "£12.49"),
                ("VAT (20%)", "£2.50"),
                ("Total", "£14.99"),
                ("Payment method", "Visa ****4417"),
                ("Next billing date", D(next_day).strftime("%d/%m/%Y")),
            ]
        )
    }</table>
<p>You can view and download invoices on the <a href="https://zoom.us/billing">Billing</a> page.</p>
</td></tr>
<tr><td style="padding:16px 40px;background:#f7f7fa;font-size:11px;color:#747487;">Zoom Communications, Inc., 55 Almaden Blvd, Suite 600, San Jose, CA 95113<br>Zoom Video Communications UK Ltd. &copy;2026 Zoom Communications, Inc. All rights reserved.</td></tr>"""
    add(
        when(f"{day} {RNG.randrange(0, 4):02d}:{RNG.randrange(60):02d}", "utc"),
        "Zoom",
        "billing@zoom.us",
        "Thank you for your payment - Zoom",
        slug="zoom-receipt",
        html=html_page(inner, title="Zoom payment receipt"),
        hcte="base64",
        labels=[ZOOM],
    )


def zoom() -> None:
    zoom_receipt("2026-01-15", "2026-02-15")
    zoom_receipt("2026-03-15", "2026-04-15")
    text = """Hi Rhys Evans,

Your subscription has been cancelled.

  Plan:              Zoom Workplace Pro - Monthly
  Account number:    7733410562
  Cancelled on:      02/05/2026
  Access until:      15/05/2026

You'll keep your Pro features until the end of your current billing period.
After that, your account will move to Zoom Workplace Basic (free) and you won't
be charged again. Cloud recordings over the Basic limit will be deleted 30 days
after your plan ends.

Changed your mind? You can resubscribe at any time from https://zoom.us/billing

Thanks,
The Zoom Team
"""
    add(
        when("2026-05-02 20:31", "uk"),
        "Zoom",
        "no-reply@zoom.us",
        "Your Zoom Workplace Pro subscription has been cancelled",
        slug="zoom-cancelled",
        text=text,
        labels=[ZOOM],
    )
    inner = """<tr><td style="padding:32px 40px;font-family:Lato,Helvetica,Arial;color:#232333;font-size:16px;line-height:24px;">
<h1 style="color:#0b5cff;">We miss you, Rhys</h1>
<p>Come back to Zoom Workplace Pro and get <b>30% off</b> your first 3 months. Meetings up to 30 hours, AI Companion and 5 GB of cloud recording.</p>
<p><a href="https://zoom.us/pricing?promo=COMEBACK30" style="background:#0b5cff;color:#fff;padding:12px 24px;border-radius:8px;text-decoration:none;">Claim offer</a></p>
<p style="font-size:12px;">Offer ends 30 September 2026. Terms apply.</p></td></tr>
<tr><td style="padding:16px 40px;font-size:11px;color:#747487;"><a href="https://zoom.us/unsubscribe">Unsubscribe</a> · Zoom Communications, Inc., 55 Almaden Blvd, San Jose, CA 95113</td></tr>"""
    add(
        when("2026-08-19 16:00", "uk"),
        "Zoom",
        "info@zoom.us",
        "Rhys, here's 30% off Zoom Workplace Pro",
        slug="zoom-winback",
        html=html_page(inner, title="Come back to Zoom"),
        extra=unsub("https://zoom.us/unsubscribe"),
    )


# ============================================================================================
# Calendly Standard via Stripe (USD with UK VAT), plus booking notifications


def calendly_receipt(day: str) -> None:
    d = D(day)
    num = f"{digits(4)}-{digits(4)}"
    text = f"""Calendly, LLC

Receipt from Calendly, LLC
$14.40
Paid {d_us(d)}

Receipt number: {num}
Invoice number: {upper_id(8)}-{digits(4)}
Payment method: Visa - 4417

{d_us(d)} - {d_us(d.replace(month=d.month % 12 + 1, year=d.year + (d.month == 12)))}

Standard (Monthly)   Qty 1   $12.00
Subtotal                     $12.00
VAT - United Kingdom (20%)   $2.40
Total                        $14.40
Amount paid                  $14.40

Questions? Contact Calendly, LLC at support@calendly.com.

You're receiving this email because you made a purchase at Calendly, LLC,
which partners with Stripe to provide invoicing and payment processing.
"""
    rows = kv_rows(
        [
            ("Standard (Monthly) × 1", "$12.00"),
            ("Subtotal", "$12.00"),
            ("VAT – United Kingdom (20%)", "$2.40"),
            ("Total", "$14.40"),
            ("Amount paid", "$14.40"),
        ],
        label_style="color:#525f7f;",
        value_style="text-align:right;color:#525f7f;",
    )
    inner = f"""<tr><td style="padding:32px 48px 0;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial;color:#8898aa;font-size:14px;">Receipt from Calendly, LLC</td></tr>
<tr><td style="padding:4px 48px 0;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial;color:#32325d;font-size:32px;">$14.40</td></tr>
<tr><td style="padding:4px 48px 20px;color:#8898aa;font-size:14px;">Paid {d_us(d)}</td></tr>
<tr><td style="padding:0 48px 32px;font-size:13px;color:#525f7f;">
<table width="100%"><tr><td>Receipt number<br><b>{num}</b></td><td>Payment method<br><b>VISA – 4417</b></td></tr></table>
<p style="text-transform:uppercase;font-size:11px;color:#8898aa;">{d_us(d)} – {d_us(d.replace(month=d.month % 12 + 1, year=d.year + (d.month == 12)))}</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;">{rows}</table>
<p style="font-size:12px;color:#8898aa;margin-top:20px;">Questions? Contact Calendly, LLC at <a href="mailto:support@calendly.com">support@calendly.com</a>.<br>You're receiving this email because you made a purchase at Calendly, LLC, which partners with <a href="https://stripe.com">Stripe</a> to provide invoicing and payment processing.</p>
</td></tr>"""
    add(
        when(f"{day} {RNG.randrange(9, 14):02d}:{RNG.randrange(60):02d}", "et"),
        "Calendly, LLC",
        "invoice+statements@calendly.com",
        f"Your receipt from Calendly, LLC #{num}",
        slug="calendly-receipt",
        text=text,
        html=html_page(inner, title="Calendly receipt", bg="#f6f9fc", width=540),
        labels=[CALENDLY],
    )


def calendly_booking(stamp: str, who: str, email_: str, when_text: str) -> None:
    text = f"""Hi Rhys Evans,

A new event has been scheduled.

Event Type:
30 Minute Discovery Call

Invitee:
{who}

Invitee Email:
{email_}

Event Date/Time:
{when_text} (GMT/BST - London)

Location:
This is a Google Meet web conference.

Questions:
What would you like to talk about?
A new website for my business - we're on Wix at the moment.

View event in Calendly: https://calendly.com/app/scheduled_events/user/me

Sent from Calendly
"""
    add(
        when(stamp, "uk"),
        "Calendly",
        "notifications@calendly.com",
        f"New Event: {who} - {when_text} - 30 Minute Discovery Call",
        slug="calendly-new-event",
        text=text,
        tcte="quoted-printable",
    )


def calendly() -> None:
    calendly_receipt("2026-02-28")
    calendly_booking(
        "2026-03-09 21:14", "Nia Thomas", "nia@thomasflorists.co.uk", "10:00am - Thursday, 12 March 2026"
    )
    calendly_receipt("2026-06-28")
    calendly_receipt("2026-09-28")


# ============================================================================================
# Bevan & Price Accountants: monthly retainer collected by GoCardless; fee review in March


GC_FOOTER = """The Direct Debit Guarantee
- The Guarantee is offered by all banks and building societies that accept
  instructions to pay Direct Debits.
- If there are any changes to the amount, date or frequency of your Direct Debit,
  Bevan & Price Accountants Ltd will notify you (normally 3 working days) in
  advance of your account being debited or as otherwise agreed.
- If an error is made in the payment of your Direct Debit, by Bevan & Price
  Accountants Ltd or your bank or building society, you are entitled to a full and
  immediate refund of the amount paid from your bank or building society.
- You can cancel a Direct Debit at any time by simply contacting your bank or
  building society.

GoCardless Ltd, Sutton Yard, 65 Goswell Road, London, EC1V 7EN, United Kingdom.
GoCardless (company registration number 07495895) is authorised by the Financial
Conduct Authority under the Payment Services Regulations 2017, registration
number 597190, for the provision of payment services.
"""


def gocardless_notice(stamp: str, amount: str, collect: str) -> None:
    text = f"""Hi Rhys Evans,

Bevan & Price Accountants Ltd will collect {amount} from your account ending
••12 on or shortly after {collect}.

  Amount:        {amount}
  Description:   Monthly fixed fee - accounts, bookkeeping review & VAT returns
  Reference:     BEVANPRICE-RJ7K2Q
  Collection:    Monthly, on the 1st (or the next working day)

The payment will appear on your bank statement as BEVAN PRICE ACCOUNT.

If you have any questions about this payment, please contact Bevan & Price
Accountants Ltd at accounts@bevanprice.co.uk or 029 2061 4470.

{GC_FOOTER}"""
    add(
        when(stamp, "uk"),
        "Bevan & Price Accountants Ltd",
        "payments@gocardless.com",
        "Your upcoming payment to Bevan & Price Accountants Ltd",
        slug="gocardless-advance-notice",
        text=text,
        labels=[ACCOUNTANT],
        extra=(("Reply-To", "accounts@bevanprice.co.uk"),),
    )


def accountant() -> None:
    text = """Hi Rhys,

Happy new year! Just to confirm we submitted your 2024/25 self assessment return
to HMRC yesterday (submission receipt attached on the portal).

What's due on 31 January 2026:
  Balancing payment 2024/25       £2,184.20
  1st payment on account 2025/26  £1,612.40
  Total to pay HMRC                £3,796.60

Pay HMRC direct using your UTR as the reference - not to us! Our fee for the
return is included in your monthly fixed fee.

Diolch,
Lowri

Lowri Bevan ACA
Bevan & Price Accountants Ltd | 2 Ffordd Churchill, Cardiff CF10 2HE | 029 2061 4470
Registered in England and Wales no. 08812204. Regulated by the ICAEW.
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="EN-GB" style="font-family:Calibri,sans-serif;font-size:11pt;">
<p>Hi Rhys,</p>
<p>Happy new year! Just to confirm we submitted your 2024/25 self assessment return to HMRC yesterday (submission receipt attached on the portal).</p>
<p>What’s due on 31 January 2026:</p>
<table border="0" cellpadding="2"><tr><td>Balancing payment 2024/25</td><td align="right">£2,184.20</td></tr>
<tr><td>1st payment on account 2025/26</td><td align="right">£1,612.40</td></tr>
<tr><td><b>Total to pay HMRC</b></td><td align="right"><b>£3,796.60</b></td></tr></table>
<p>Pay HMRC direct using your UTR as the reference – not to us! Our fee for the return is included in your monthly fixed fee.</p>
<p>Diolch,<br>Lowri</p>
<p style="color:#1f3864;font-size:9pt;"><b>Lowri Bevan ACA</b><br>Bevan &amp; Price Accountants Ltd | 2 Ffordd Churchill, Cardiff CF10 2HE | 029 2061 4470<br>Registered in England and Wales no. 08812204. Regulated by the ICAEW.</p>
</body></html>"""
    add(
        when("2026-01-06 11:47", "uk"),
        "Lowri Bevan",
        "lowri@bevanprice.co.uk",
        "Your 2024/25 tax return - filed",
        slug="accountant-tax-return",
        text=text.replace("–", "-"),
        html=html,
        charset="windows-1252",
        extra=(("X-Mailer", "Microsoft Outlook 16.0"),),
        boundary_style="part",
    )
    gocardless_notice("2026-01-27 06:02", "£90.00", "2 February 2026")
    text = """Hi Rhys,

Fee review 2026/27

Each spring we review our fixed fees. From April, Making Tax Digital for Income
Tax means quarterly updates for you on top of your VAT returns, and we'll be
filing these for you.

Your monthly fixed fee will change from £75.00 + VAT (£90.00) to £85.00 + VAT
(£102.00), starting with the collection on 1 April 2026. GoCardless will email
you to confirm the new amount. Nothing else changes, and you can still call or
pop in any time.

If you'd like to talk it through, just reply or give me a ring.

Diolch yn fawr,
Lowri

Lowri Bevan ACA
Bevan & Price Accountants Ltd | 2 Ffordd Churchill, Cardiff CF10 2HE | 029 2061 4470
"""
    add(
        when("2026-03-20 15:33", "uk"),
        "Lowri Bevan",
        "lowri@bevanprice.co.uk",
        "Fee review 2026/27 - Evans Web Design",
        slug="accountant-fee-review",
        text=text,
        charset="windows-1252",
        extra=(("X-Mailer", "Microsoft Outlook 16.0"),),
        labels=[ACCOUNTANT],
    )
    text = f"""Hi Rhys Evans,

Bevan & Price Accountants Ltd has changed the amount of your monthly Direct Debit.

  Previous amount:   £90.00 monthly
  New amount:        £102.00 monthly
  First payment at the new amount: on or shortly after 1 April 2026
  Reference:         BEVANPRICE-RJ7K2Q

You don't need to do anything. Payments will continue to be collected on the
1st of each month (or the next working day).

{GC_FOOTER}"""
    add(
        when("2026-03-24 09:10", "uk"),
        "Bevan & Price Accountants Ltd",
        "payments@gocardless.com",
        "Your Direct Debit amount to Bevan & Price Accountants Ltd has changed",
        slug="gocardless-amount-change",
        text=text,
        labels=[ACCOUNTANT],
        extra=(("Reply-To", "accounts@bevanprice.co.uk"),),
    )
    text = """Hi Rhys,

Here's invoice INV-3308 for £102.00 GBP.

This will be collected by Direct Debit (GoCardless) on or shortly after 1 July 2026.

  Monthly fixed fee - July 2026       £85.00
  VAT 20%                             £17.00
  Total GBP                          £102.00

View your bill online: https://in.xero.com/Ks7Lq2vPzAa0TnR5xYbWmE

From your online bill you can print a PDF or create a free login and view your
outstanding bills.

If you have any questions, please let us know.

Thanks,
Bevan & Price Accountants Ltd
"""
    add(
        when("2026-07-01 08:00", "uk"),
        "Bevan & Price Accountants Ltd",
        "messaging-service@post.xero.com",
        "Invoice INV-3308 from Bevan & Price Accountants Ltd for Rhys Evans",
        slug="accountant-invoice",
        text=text,
        labels=[ACCOUNTANT],
        extra=(("Reply-To", "accounts@bevanprice.co.uk"),),
    )
    gocardless_notice("2026-11-26 06:04", "£102.00", "1 December 2026")


# ============================================================================================
# Hiscox professional indemnity: annual, renewed 18 June


def hiscox() -> None:
    inner = """<tr><td style="background:#000;padding:20px 36px;"><img src="https://www.hiscox.co.uk/sites/uk/files/email/hiscox-logo-white.png" width="110" alt="Hiscox"></td></tr>
<tr><td style="padding:30px 36px;font-family:Arial;color:#222;font-size:14px;line-height:21px;">
<p>Dear Mr Evans,</p>
<p><b>Your Hiscox business insurance is due for renewal</b></p>
<p>Your policy will renew on <b>18 June 2026</b>. Your renewal documents are ready to view in your online account.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #ccc;font-size:13px;">
<tr><td>Policy number</td><td>PSC10418832</td></tr>
<tr><td>Policyholder</td><td>Rhys Evans t/a Evans Web Design</td></tr>
<tr><td>Cover</td><td>Professional indemnity (£250,000 limit)<br>Public liability (£1,000,000 limit)</td></tr>
<tr><td>Period of insurance</td><td>18/06/2026 to 17/06/2027</td></tr>
<tr><td>Premium</td><td>£191.25</td></tr>
<tr><td>Insurance Premium Tax (12%)</td><td>£22.95</td></tr>
<tr><td><b>Total annual premium</b></td><td><b>£214.20</b></td></tr>
</table>
<p>Last year you paid £198.38. Your premium has changed because of general increases in claims costs.</p>
<p><b>You don't need to do anything.</b> Your policy is set to renew automatically, and we'll take £214.20 from your card ending 4417 on or after 18 June 2026. If your business has changed, please call us on 0800 840 2295.</p>
<p>Kind regards,<br>Hiscox Customer Services</p>
</td></tr>
<tr><td style="padding:16px 36px;background:#f2f2f2;font-size:11px;color:#555;">Hiscox Underwriting Ltd is authorised and regulated by the Financial Conduct Authority. Hiscox Insurance Company Limited is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Registered in England and Wales.</td></tr>"""
    add(
        when("2026-05-19 10:25", "uk"),
        "Hiscox",
        "customerservices@hiscox.co.uk",
        "Your Hiscox policy PSC10418832 is due for renewal",
        slug="hiscox-renewal-invite",
        html=html_page(inner, title="Renewal"),
        labels=[HISCOX],
    )
    text = """Dear Mr Evans,

Thank you for renewing with Hiscox.

Your professional indemnity and public liability insurance has been renewed.

  Policy number:        PSC10418832
  Period of insurance:  18 June 2026 to 17 June 2027
  Amount paid:          £214.20 (including IPT)
  Payment:              Card ending 4417, 18/06/2026

Your policy schedule and certificate of insurance are attached. Please keep them
safe - some clients may ask for proof of your professional indemnity cover.

Kind regards,
Hiscox Customer Services
0800 840 2295

Hiscox Underwriting Ltd is authorised and regulated by the Financial Conduct Authority.
"""
    pdf = tiny_pdf(
        [
            "Hiscox - Policy schedule",
            "Policy number PSC10418832",
            "Rhys Evans t/a Evans Web Design",
            "Period: 18/06/2026 - 17/06/2027",
            "Premium GBP 191.25  IPT GBP 22.95  Total GBP 214.20",
        ]
    )
    add(
        when("2026-06-18 07:41", "uk"),
        "Hiscox",
        "customerservices@hiscox.co.uk",
        "Your Hiscox insurance documents - policy PSC10418832",
        slug="hiscox-renewed",
        text=text,
        attach=("Hiscox-policy-schedule-PSC10418832.pdf", "application/pdf", pdf),
        labels=[HISCOX],
    )


# ============================================================================================
# Tide: business current account on the Plus plan, monthly fee invoice


def tide_invoice(day: str, month_name: str) -> None:
    d = D(day)
    inv = f"TPL-{digits(7)}"
    inner = f"""<tr><td style="padding:28px 40px 8px;"><img src="https://www.tide.co/email/tide-logo.png" width="72" alt="Tide"></td></tr>
<tr><td style="padding:8px 40px 30px;font-family:Inter,Helvetica,Arial;color:#0c1a48;font-size:15px;line-height:22px;">
<h2>Your Tide Plus invoice for {month_name}</h2>
<p>Hi Rhys,</p><p>Here's your VAT invoice for your Tide Plus plan. We've taken the fee from your Tide account ending 0931.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;">{
        kv_rows(
            [
                ("Invoice number", inv),
                ("Invoice date", d.strftime("%d/%m/%Y")),
                ("Business", "Evans Web Design"),
                ("Tide Plus – monthly plan fee", "£12.49"),
                ("VAT (20%)", "£2.50"),
                ("Total", "£14.99"),
                ("Paid", f"{d.strftime('%d/%m/%Y')} from account ending 0931"),
            ]
        )
    }</table>
<p>You can download all your invoices in the Tide app under <b>Profile &rsaquo; Plans &rsaquo; Invoices</b>.</p>
</td></tr>
<tr><td style="padding:16px 40px;background:#f3f5fb;font-size:11px;color:#5b6788;">Tide is about doing what you love. Tide Platform Ltd is registered in England and Wales (no. 09810397), 4th Floor, The Featherstone Building, 66 City Road, London EC1Y 2AL. VAT reg. no. GB 239 7845 64.</td></tr>"""
    add(
        when(f"{day} 09:{RNG.randrange(10, 59)}", "uk"),
        "Tide",
        "hello@tide.co",
        f"Your Tide Plus invoice for {month_name}",
        slug="tide-invoice",
        html=html_page(inner, title="Tide invoice"),
        labels=[TIDE],
    )


def tide() -> None:
    tide_invoice("2026-02-03", "February 2026")
    tide_invoice("2026-10-03", "October 2026")


# ============================================================================================
# Cardiff Council / Cyngor Caerdydd: council tax, 10 monthly instalments, bilingual


def cardiff_council() -> None:
    schedule = [("01/04/2026", "£206.47")] + [
        (f"01/{m:02d}/{y}", "£205.78")
        for y, m in [
            (2026, 5),
            (2026, 6),
            (2026, 7),
            (2026, 8),
            (2026, 9),
            (2026, 10),
            (2026, 11),
            (2026, 12),
            (2027, 1),
        ]
    ]
    sched_rows = "\n".join(
        f'<tr><td style="padding:4px 8px;border-bottom:1px solid #ddd;">{d}</td>'
        f'<td style="padding:4px 8px;border-bottom:1px solid #ddd;" align="right">{a}</td></tr>'
        for d, a in schedule
    )
    inner = f"""<tr><td style="padding:18px 30px;border-bottom:4px solid #b31942;"><img src="https://www.cardiff.gov.uk/SiteCollectionImages/logo-bilingual.png" width="220" alt="Cyngor Caerdydd / Cardiff Council"></td></tr>
<tr><td style="padding:24px 30px;font-family:Arial;color:#222;font-size:14px;line-height:21px;">
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="50%" valign="top" style="padding-right:12px;" lang="cy">
<p><b>Annwyl Rhys Evans,</b></p>
<p>Mae eich bil Treth Gyngor ar gyfer 2026/27 ar gael i’w weld yn eich cyfrif ar-lein.</p>
<p>Cyfeirnod y cyfrif: <b>50082217</b><br>Eiddo: 27 Heol y Coed, Rhiwbina, Caerdydd CF14 6HR<br>Band prisio: D</p>
<p>Cyfanswm sy’n ddyledus 2026/27: <b>£2,058.49</b></p>
<p>Byddwn yn casglu’r swm hwn drwy Ddebyd Uniongyrchol mewn 10 rhandaliad misol ar y 1af o bob mis.</p>
</td>
<td width="50%" valign="top" style="padding-left:12px;border-left:1px solid #ddd;" lang="en">
<p><b>Dear Rhys Evans,</b></p>
<p>Your Council Tax bill for 2026/27 is now available to view in your online account.</p>
<p>Account reference: <b>50082217</b><br>Property: 27 Heol y Coed, Rhiwbina, Cardiff CF14 6HR<br>Valuation band: D</p>
<p>Total due 2026/27: <b>£2,058.49</b></p>
<p>We will collect this amount by Direct Debit in 10 monthly instalments on the 1st of each month.</p>
</td></tr></table>
<table cellpadding="0" cellspacing="0" style="margin-top:12px;font-size:13px;">
<tr style="background:#f3e6ea;"><th style="padding:4px 8px;" align="left">Dyddiad / Date</th><th style="padding:4px 8px;" align="right">Swm / Amount</th></tr>
{sched_rows}
</table>
<table width="100%" cellpadding="0" cellspacing="0" style="margin-top:14px;font-size:12px;color:#444;">
<tr><td>Cyngor Caerdydd £1,637.32 · Heddlu De Cymru £421.17</td></tr>
<tr><td>Cardiff Council £1,637.32 · South Wales Police £421.17</td></tr></table>
<p><a href="https://www.cardiff.gov.uk/counciltax">Gweld eich bil / View your bill</a></p>
</td></tr>
<tr><td style="padding:14px 30px;background:#f4f4f4;font-size:11px;color:#555;">Rydym yn croesawu gohebiaeth yn Gymraeg. / We welcome correspondence in Welsh.<br>Refeniw, Neuadd y Sir, Glanfa’r Iwerydd, Caerdydd CF10 4UW · Revenue Services, County Hall, Atlantic Wharf, Cardiff CF10 4UW · 029 2087 2087</td></tr>"""
    add(
        when("2026-03-09 08:30", "uk"),
        "Cyngor Caerdydd / Cardiff Council",
        "counciltax@cardiff.gov.uk",
        "Mae eich bil Treth Gyngor yn barod / Your Council Tax bill is ready",
        slug="cardiff-council-tax-bill",
        html=html_page(inner, title="Treth Gyngor / Council Tax"),
        hcte="base64",
        labels=[CTAX],
    )
    text = """Cyngor Caerdydd / Cardiff Council

*** Saesneg isod / English below ***

Newidiadau i gasgliadau gwastraff dros y Nadolig

Ni fydd casgliadau ar 25 a 26 Rhagfyr na 1 Ionawr. Bydd eich casgliad yn
digwydd ddiwrnod yn hwyrach yr wythnos honno. Casglwn goed Nadolig go iawn
rhwng 5 a 16 Ionawr - rhowch nhw wrth ymyl eich bagiau gwyrdd.

Gwiriwch eich diwrnod casglu: https://www.cardiff.gov.uk/casgliadau

---

Christmas waste collection changes

There will be no collections on 25 and 26 December or 1 January. Your collection
will be one day later that week. We'll collect real Christmas trees between
5 and 16 January - put them next to your green bags.

Check your collection day: https://www.cardiff.gov.uk/collections

Rydym yn croesawu gohebiaeth yn Gymraeg. / We welcome correspondence in Welsh.
Rydych yn cael yr e-bost hwn am i chi gofrestru ar gyfer newyddion ailgylchu.
You are receiving this email because you signed up for recycling news.
Dad-danysgrifio / Unsubscribe: https://www.cardiff.gov.uk/unsubscribe
"""
    add(
        when("2025-12-15 12:00", "uk"),
        "Cyngor Caerdydd / Cardiff Council",
        "newyddion@cardiff.gov.uk",
        "Casgliadau dros y Nadolig / Christmas collections",
        slug="cardiff-council-recycling",
        text=text,
        extra=unsub("https://www.cardiff.gov.uk/unsubscribe"),
    )


# ============================================================================================
# Dŵr Cymru Welsh Water: annual bill (forwarded by Siân), paid in 12 monthly instalments


SIAN = ("Siân Morgan", "sian.morgan88@gmail.com")


def welsh_water() -> None:
    original = """Dŵr Cymru Welsh Water

Eich bil 2026/27 | Your 2026/27 bill

Rhif cyfrif / Account number: 4 2207 3318 90
Cyfeiriad / Address: 27 Heol y Coed, Rhiwbina, Cardiff CF14 6HR
Dyddiad y bil / Bill date: 26/03/2026

Taliadau 1 Ebrill 2026 - 31 Mawrth 2027 / Charges 1 April 2026 - 31 March 2027
  Dŵr / Water supply (metered estimate)          £291.66
  Carthffosiaeth / Sewerage                       £320.82
  Cyfanswm / Total                                £612.48

Sut y byddwch yn talu / How you'll pay
  Debyd Uniongyrchol misol / Monthly Direct Debit: 12 x £51.04
  ar y 15fed o bob mis / on the 15th of each month, April 2026 - March 2027

We're a not-for-profit company: we have no shareholders, so any surplus goes
back into your water service. If you're finding it hard to pay, our HelpU
tariff and Water Direct scheme could help: dwrcymru.com/help

Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.
Dŵr Cymru Cyf, Linea, Fortran Road, St Mellons, Cardiff CF3 0LT.
Registered in Wales no. 2366777.
"""
    text = f"""Bil dŵr wedi cyrraedd, mae wedi mynd lan eto!! £51 a month now. DD still comes
out of your account on the 15th so nothing to do, just so you know x

S

---------- Forwarded message ---------
From: Dŵr Cymru Welsh Water <ebilling@dwrcymru.com>
Date: Thu, 26 Mar 2026 at 09:14
Subject: Your 2026/27 bill is ready | Mae eich bil 2026/27 yn barod
To: <{SIAN[1]}>


{original}"""
    html_orig = "<br>\n".join(esc(line) for line in original.splitlines())
    html = f"""<div dir="ltr">Bil dŵr wedi cyrraedd, mae wedi mynd lan eto!! £51 a month now. DD still comes out of your account on the 15th so nothing to do, just so you know x<div><br></div><div>S</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Dŵr Cymru Welsh Water</strong> <span dir="auto">&lt;ebilling@dwrcymru.com&gt;</span><br>Date: Thu, 26 Mar 2026 at 09:14<br>Subject: Your 2026/27 bill is ready | Mae eich bil 2026/27 yn barod<br>To: &lt;{SIAN[1]}&gt;<br></div><br><br><div>{html_orig}</div></div></div>
"""
    add(
        when("2026-03-27 19:52", "uk"),
        SIAN[0],
        SIAN[1],
        "Fwd: Your 2026/27 bill is ready | Mae eich bil 2026/27 yn barod",
        slug="fwd-welsh-water-bill",
        text=text,
        html=html,
        tcte="quoted-printable",
        hcte="quoted-printable",
        labels=[WATER],
        boundary_style="gmail",
        mid=f"<CAF{upper_id(10)}+{hexid(20)}@mail.gmail.com>",
    )
    text = """Dŵr Cymru Welsh Water

Cadarnhad o'ch cynllun talu / Confirmation of your payment plan

Annwyl Mr Evans / Dear Mr Evans,

Diolch am dalu drwy Ddebyd Uniongyrchol. / Thank you for paying by Direct Debit.

Rhif cyfrif / Account number:   4 2207 3318 90
Talwr / Payer:                   Mr R Evans, account ending 5510

  Swm / Amount:        £51.04 monthly
  Dyddiad / Date:      15th of each month
  Taliad cyntaf / First payment:  15/04/2026
  Taliad olaf / Last payment:     15/03/2027
  Cyfanswm / Total:    £612.48

Bydd hyn yn ymddangos ar eich cyfriflen banc fel DWR CYMRU WELSH W.
This will appear on your bank statement as DWR CYMRU WELSH W.

Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.
Dŵr Cymru Cyf, Linea, Fortran Road, St Mellons, Cardiff CF3 0LT.
"""
    add(
        when("2026-03-30 10:05", "uk"),
        "Dŵr Cymru Welsh Water",
        "ebilling@dwrcymru.com",
        "Cadarnhad Debyd Uniongyrchol / Direct Debit confirmation",
        slug="welsh-water-dd-confirmation",
        text=text,
        tcte="base64",
        labels=[WATER],
    )


# ============================================================================================
# Octopus Energy: dual fuel, monthly statements, fixed Direct Debit reviewed in October


def octopus_statement(
    day: str, period: str, elec: float, gas: float, dd: float, dd_date: str, balance: float, next_note: str
) -> None:
    total = round(elec + gas, 2)
    bal = f"{gbp(abs(balance))} {'in credit' if balance >= 0 else 'owed'}"
    inner = f"""<tr><td style="background:#180048;padding:22px 32px;"><img src="https://octopus.energy/static/images/email/octopus-logo-pink.png" width="150" alt="Octopus Energy"></td></tr>
<tr><td style="padding:26px 32px;font-family:Helvetica,Arial;color:#100030;font-size:15px;line-height:22px;">
<p>Hello Rhys,</p>
<p>Your latest statement is ready. Here's a quick summary for account <b>A-7F21C9D3</b>.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;">{
        kv_rows(
            [
                ("Statement period", period),
                ("Electricity (incl. 5% VAT)", gbp(elec)),
                ("Gas (incl. 5% VAT)", gbp(gas)),
                ("Total charges this period", gbp(total)),
                (f"Direct Debit received {dd_date}", f"&minus;{gbp(dd)}"),
                ("Account balance", bal),
            ]
        )
    }</table>
<p>{next_note}</p>
<p>Your full statement is attached as a PDF and in your <a href="https://octopus.energy/dashboard/">online account</a>.</p>
<p>Speak soon,<br>Octopus Energy</p>
</td></tr>
<tr><td style="padding:16px 32px;background:#f0ebff;font-size:11px;color:#5a4a7a;">Octopus Energy Ltd, UK House, 5th Floor, 164-182 Oxford Street, London W1D 1NN. Registered in England and Wales no. 09263424.</td></tr>"""
    pdf = tiny_pdf(
        [
            "Octopus Energy - Statement",
            f"Account A-7F21C9D3  {period}",
            f"Electricity GBP {elec:.2f}  Gas GBP {gas:.2f}",
            f"Direct Debit GBP {dd:.2f}",
        ]
    )
    add(
        when(f"{day} 06:{RNG.randrange(10, 59)}", "uk"),
        "Octopus Energy",
        "hello@octopus.energy",
        "Your latest Octopus Energy statement",
        slug="octopus-statement",
        html=html_page(inner, title="Your statement"),
        labels=[OCTOPUS],
        attach=(f"statement-{day}.pdf", "application/pdf", pdf),
    )


def octopus() -> None:
    octopus_statement(
        "2026-01-08",
        "6 Dec 2025 – 5 Jan 2026",
        96.18,
        88.41,
        128.00,
        "5 Jan",
        -61.04,
        "Your next Direct Debit of £128.00 will be collected on or around 5 February 2026.",
    )
    octopus_statement(
        "2026-07-08",
        "6 Jun 2026 – 5 Jul 2026",
        58.20,
        21.95,
        128.00,
        "5 Jul",
        41.66,
        "Your next Direct Debit of £128.00 will be collected on or around 5 August 2026.",
    )
    text = """Hello Rhys,

We've reviewed your Direct Debit

Every few months we check your payments against how much energy you're using, so
you don't build up a big debt over winter or too much credit in summer.

  Current monthly payment:   £128.00
  New monthly payment:       £141.00
  Starting:                  5 November 2026

Why? Based on your usage over the last year and the October price cap, £141.00 a
month should keep your account balanced by next autumn. You don't need to do
anything - we'll collect the new amount automatically.

Think it's wrong? You can change it in your online account or app, or just reply
to this email.

Speak soon,
Octopus Energy

Octopus Energy Ltd, UK House, 5th Floor, 164-182 Oxford Street, London W1D 1NN.
"""
    add(
        when("2026-10-12 11:20", "uk"),
        "Octopus Energy",
        "hello@octopus.energy",
        "We're changing your monthly payment",
        slug="octopus-dd-review",
        text=text,
        tcte="7bit",
        labels=[OCTOPUS],
    )
    octopus_statement(
        "2026-11-08",
        "6 Oct 2026 – 5 Nov 2026",
        87.04,
        58.71,
        141.00,
        "5 Nov",
        -12.48,
        "Your next Direct Debit of £141.00 will be collected on or around 5 December 2026.",
    )
    inner = """<tr><td style="background:#180048;padding:30px;font-family:Helvetica,Arial;color:#fff;font-size:16px;line-height:24px;">
<h1 style="color:#f050f8;">This week's Octoplus treat</h1>
<p>A free hot drink at Caffè Nero, on us. Open the app to claim before Sunday.</p>
<p>Plus: earn Octopoints in this week's Saving Session &ndash; turn down between 5&ndash;6pm on Thursday.</p>
<p><a href="https://octopus.energy/octoplus/" style="background:#f050f8;color:#180048;padding:12px 22px;border-radius:20px;text-decoration:none;">Claim in the app</a></p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#666;">You're getting this because you're an Octoplus member. <a href="https://octopus.energy/unsubscribe/">Unsubscribe</a>.</td></tr>"""
    add(
        when("2026-11-17 08:02", "uk"),
        "Octopus Energy",
        "octoplus@octopus.energy",
        "☕ Your free Caffè Nero drink is waiting",
        slug="octopus-octoplus",
        html=html_page(inner, title="Octoplus"),
        extra=unsub("https://octopus.energy/unsubscribe/"),
    )


# ============================================================================================
# BT Broadband: monthly bill, April price rise of £3.50


def bt_bill(day: str, amount: float, dd_day: str, extra_line: str = "") -> None:
    d = D(day)
    text = f"""Your BT bill is ready

Hello Rhys,

Your latest BT bill is ready to view in My BT.

  Account number:     GP 4019 2277
  Bill date:          {d_long(d)}
  Amount due:         {gbp(amount)}
{extra_line}
We'll collect {gbp(amount)} by Direct Debit on or just after {d_long(D(dd_day))}.
You don't need to do anything.

View your bill: https://my.bt.com/bill

Thanks,
BT

Don't reply to this email - we can't read replies. British Telecommunications plc,
Registered office: One Braham, Braham Street, London E1 8EE. Registered in England
and Wales no. 1800000.
"""
    inner = f"""<tr><td style="padding:20px 30px;background:#5514b4;"><img src="https://www.bt.com/content/dam/bt-email/bt-logo-white.png" width="56" alt="BT"></td></tr>
<tr><td style="padding:28px 30px;font-family:BTCurve,Arial;color:#333;font-size:15px;line-height:22px;">
<h1 style="color:#5514b4;font-size:26px;">Your BT bill is ready</h1>
<p>Hello Rhys,</p><p>Your latest BT bill is ready to view in My BT.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:15px;">{
        kv_rows([("Account number", "GP 4019 2277"), ("Bill date", d_long(d)), ("Amount due", gbp(amount))])
    }</table>
<p>We'll collect <b>{gbp(amount)}</b> by Direct Debit on or just after <b>{
        d_long(D(dd_day))
    }</b>. You don't need to do anything.</p>
<p><a href="https://my.bt.com/bill" style="background:#5514b4;color:#fff;padding:12px 28px;border-radius:24px;text-decoration:none;">View your bill</a></p>
</td></tr>
<tr><td style="padding:14px 30px;background:#f5f5f5;font-size:11px;color:#666;">Don't reply to this email &ndash; we can't read replies. British Telecommunications plc, One Braham, Braham Street, London E1 8EE. Registered in England and Wales no. 1800000.</td></tr>"""
    add(
        when(f"{day} 04:{RNG.randrange(10, 59)}", "uk"),
        "BT",
        "noreply@bt.com",
        "Your BT bill is ready",
        slug="bt-bill",
        text=text,
        html=html_page(inner, title="Your BT bill"),
        labels=[BT],
    )


def bt() -> None:
    bt_bill("2025-12-12", 39.99, "2025-12-26")
    text = """Hello Rhys,

Your BT prices are changing on 31 March 2026

As we explained when you joined, each year on 31 March the price of your BT
services goes up by a fixed amount set out in your contract.

  Your package:              BT Full Fibre 500 (account GP 4019 2277)
  Price now:                 £39.99 a month
  Increase from 31 March:    £3.50 a month
  New price:                 £43.49 a month

You'll see the new price on your April bill. Because this rise was part of your
contract, it doesn't give you the right to leave without paying early
termination charges.

Find out more at bt.com/prices

Thanks,
BT
"""
    add(
        when("2026-01-20 13:05", "uk"),
        "BT",
        "bt@comms.bt.com",
        "Important: your BT prices are changing on 31 March",
        slug="bt-price-change",
        text=text,
        tcte="quoted-printable",
        labels=[BT],
    )
    bt_bill(
        "2026-04-12",
        43.49,
        "2026-04-26",
        "  (Your new monthly price of £43.49 applies from 31 March 2026.)\n",
    )
    bt_bill("2026-11-12", 43.49, "2026-11-26")
    inner = """<tr><td style="padding:0;"><img src="https://www.bt.com/content/dam/bt-email/ee-tv-hero.jpg" width="600" alt="EE TV"></td></tr>
<tr><td style="padding:28px 30px;font-family:Arial;color:#333;font-size:16px;line-height:24px;">
<h1 style="color:#5514b4;">Add TNT Sports and Netflix to your broadband</h1>
<p>Get EE TV with TNT Sports, Netflix Standard with ads and the Apple TV box from £28 a month extra. 24-month contract.</p>
<p><a href="https://www.bt.com/tv" style="background:#5514b4;color:#fff;padding:12px 24px;border-radius:24px;text-decoration:none;">See TV deals</a></p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#666;">Prices go up each year on 31 March by £4. <a href="https://www.bt.com/unsubscribe">Unsubscribe</a>. British Telecommunications plc.</td></tr>"""
    add(
        when("2026-09-25 17:30", "uk"),
        "BT",
        "bt@e.bt.com",
        "Rhys, big sport is back - add TV from £28 a month",
        slug="bt-tv-offer",
        html=html_page(inner, title="BT TV offer"),
        extra=unsub("https://www.bt.com/unsubscribe"),
    )


# ============================================================================================
# EE mobile (personal): monthly SIM-only bill, annual £1.80 rise, roaming once


def ee_bill(day: str, amount: float, dd_day: str, breakdown: list[tuple[str, str]]) -> None:
    d = D(day)
    rows = kv_rows(breakdown + [("Total", gbp(amount))])
    inner = f"""<tr><td style="padding:20px 30px;background:#007b85;"><img src="https://ee.co.uk/content/dam/ee-email/ee-logo-white.png" width="48" alt="EE"></td></tr>
<tr><td style="padding:26px 30px;font-family:Nudista,Arial;color:#333;font-size:15px;line-height:22px;">
<h1 style="font-size:26px;color:#007b85;">Your EE bill is ready</h1>
<p>Hi Rhys,</p>
<p>Your bill for <b>07700 900412</b> is ready to view in the My EE app.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;">{
        kv_rows([("Account number", "1204 887 310"), ("Bill date", d_short(d))])
    }{rows}</table>
<p>We'll take this by Direct Debit on or after <b>{d_short(D(dd_day))}</b>.</p>
<p><a href="https://ee.co.uk/myee" style="background:#ffe100;color:#000;padding:12px 24px;text-decoration:none;">View bill</a></p>
</td></tr>
<tr><td style="padding:14px 30px;background:#f2f2f2;font-size:11px;color:#666;">EE Limited, a BT Group company. Registered in England and Wales no. 02382161. Registered office: One Braham, Braham Street, London E1 8EE.</td></tr>"""
    add(
        when(f"{day} 03:{RNG.randrange(10, 59)}", "uk"),
        "EE",
        "ee@ee.co.uk",
        "Your EE bill is ready",
        slug="ee-bill",
        html=html_page(inner, title="Your EE bill"),
        labels=[EE],
    )


def ee() -> None:
    ee_bill("2026-01-07", 20.00, "2026-01-21", [("SIM Only 100GB – monthly plan", "£20.00")])
    text = """Hi Rhys,

Your annual price change is coming up

From 31 March 2026 the price of your EE plan will go up by £1.80 a month, as set
out when you joined.

  Number:          07700 900412
  Plan:            SIM Only 100GB
  Monthly price now:      £20.00
  From 31 March 2026:     £21.80

You'll see the new price from your May bill. For more information, visit
ee.co.uk/prices

Thanks for being with EE.
EE Limited, One Braham, Braham Street, London E1 8EE.
"""
    add(
        when("2026-02-10 12:40", "uk"),
        "EE",
        "ee@ee.co.uk",
        "Your EE price change from 31 March 2026",
        slug="ee-price-change",
        text=text,
        labels=[EE],
    )
    ee_bill(
        "2026-09-07",
        29.30,
        "2026-09-21",
        [("SIM Only 100GB – monthly plan", "£21.80"), ("Roam Abroad Pass – Spain (3 days @ £2.50)", "£7.50")],
    )
    ee_bill("2026-11-07", 21.80, "2026-11-21", [("SIM Only 100GB – monthly plan", "£21.80")])


# ============================================================================================
# Vodafone Business: the old business mobile line, cancelled in February


def vodafone() -> None:
    def bill(day: str, amount_net: float, note: str) -> None:
        d = D(day)
        vat = round(amount_net * 0.2, 2)
        text = f"""Vodafone Business

Your bill is ready

Hello Rhys,

Your Vodafone Business bill for account 712044815 is ready to view in My Vodafone
Business.

  Bill date:         {d.strftime("%d/%m/%Y")}
  Charges (ex VAT):  {gbp(amount_net)}
  VAT @ 20%:         {gbp(vat)}
  Total:             {gbp(amount_net + vat)}

{note}
View your bill: https://www.vodafone.co.uk/business/my-vodafone-business

Vodafone Limited, Vodafone House, The Connection, Newbury, Berkshire RG14 2FN.
Registered in England no. 1471587.
"""
        add(
            when(f"{day} 02:{RNG.randrange(10, 59)}", "uk"),
            "Vodafone Business",
            "billing@business.vodafone.co.uk",
            "Your Vodafone Business bill is ready",
            slug="vodafone-business-bill",
            text=text,
            tcte="7bit",
            labels=[VODAFONE],
        )

    bill(
        "2025-12-18",
        14.00,
        "Business Unlimited Lite, 1 line (07700 900618). Paid by Direct Debit on or after 02/01/2026.\n",
    )
    text = """Hello Rhys,

We've received your request to cancel

This confirms we've received your request to end the following Vodafone Business
service:

  Account:       712044815
  Line:          07700 900618 (Business Unlimited Lite)
  Notice given:  02/02/2026
  Service ends:  04/03/2026 (30 days' notice)

You're outside your minimum term, so there are no early termination charges.
Your final bill will include charges up to the date your service ends. Any
unused allowance won't be refunded.

If you didn't ask to cancel, please call us on 0333 304 0191 straight away.

Thanks for being with Vodafone Business.
Vodafone Limited, Vodafone House, The Connection, Newbury RG14 2FN.
"""
    add(
        when("2026-02-02 16:18", "uk"),
        "Vodafone Business",
        "noreply@business.vodafone.co.uk",
        "Confirmation of your cancellation request",
        slug="vodafone-cancellation",
        text=text,
        labels=[VODAFONE],
    )
    bill(
        "2026-03-18",
        7.53,
        "Final bill: charges from 18/02/2026 to 04/03/2026. Your line has now been closed.\nPaid by Direct Debit on or after 01/04/2026.\n",
    )


# ============================================================================================
# TV Licence: renewed for 1 Aug 2026 - 31 Jul 2027, monthly Direct Debit


def tv_licence() -> None:
    text = """TV Licensing

Your TV Licence is due for renewal

Dear Mr R Evans,

Licence number: 2274 0915 6630 81
Address: 27 Heol y Coed, Rhiwbina, Cardiff, CF14 6HR

Your TV Licence expires on 31 July 2026. Because you pay by Direct Debit, we'll
renew it automatically - you don't need to do anything.

Your new licence will cost £180.00. We'll collect it in 12 monthly payments of
£15.00 on the 1st of each month, starting on 1 August 2026 and ending on
1 July 2027, from your account ending 5510.

If your details have changed, or you no longer need a licence, please let us
know at tvlicensing.co.uk/renew

Yours sincerely,
TV Licensing

Mae'r e-bost hwn ar gael yn Gymraeg: tvlicensing.co.uk/cymraeg
TV Licensing is a trade mark of the BBC and is used under licence by companies
contracted by the BBC to administer the collection of the television licence fee.
Please don't reply to this email.
"""
    add(
        when("2026-06-20 07:30", "uk"),
        "TV Licensing",
        "donotreply@tvlicensing.co.uk",
        "Your TV Licence renewal",
        slug="tv-licence-renewal",
        text=text,
        labels=[TVL],
    )
    inner = """<tr><td style="padding:20px 30px;background:#e40046;"><span style="font-family:Arial;color:#fff;font-size:22px;font-weight:bold;">TV Licensing</span> <span style="font-family:Arial;color:#fff;font-size:14px;">| Trwyddedu Teledu</span></td></tr>
<tr><td style="padding:26px 30px;font-family:Arial;color:#222;font-size:15px;line-height:22px;">
<p>Dear Mr R Evans,</p>
<p><b>Here's your new TV Licence</b></p>
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #ccc;font-size:14px;">
<tr><td>Licence number</td><td>2274 0915 6630 81</td></tr>
<tr><td>Valid from</td><td>1 August 2026</td></tr>
<tr><td>Expires</td><td>31 July 2027</td></tr>
<tr><td>Licence fee</td><td>£180.00</td></tr>
<tr><td>Payment method</td><td>Monthly Direct Debit: 12 payments of £15.00 on the 1st of each month</td></tr>
</table>
<p>Your licence is attached. You don't need to print it &ndash; it's all stored on our records.</p>
<p>Yours sincerely,<br>TV Licensing</p>
<p style="font-size:13px;" lang="cy">Dyma’ch Trwydded Deledu newydd. Mae’r e-bost hwn ar gael yn Gymraeg.</p>
</td></tr>
<tr><td style="padding:14px 30px;background:#f2f2f2;font-size:11px;color:#555;">TV Licensing is a trade mark of the BBC and is used under licence by companies contracted by the BBC to administer the collection of the television licence fee.</td></tr>"""
    pdf = tiny_pdf(
        [
            "TV LICENCE",
            "Licence number 2274 0915 6630 81",
            "Mr R Evans, 27 Heol y Coed, Cardiff CF14 6HR",
            "Valid 1 August 2026 to 31 July 2027",
        ]
    )
    add(
        when("2026-07-24 05:15", "uk"),
        "TV Licensing",
        "donotreply@tvlicensing.co.uk",
        "Your new TV Licence",
        slug="tv-licence-new",
        html=html_page(inner, title="Your TV Licence"),
        labels=[TVL],
        attach=("TV-Licence-227409156630.pdf", "application/pdf", pdf),
    )


# ============================================================================================
# Car insurance: Hastings Direct, paid monthly through Close Brothers Premium Finance


def car_insurance() -> None:
    text = """Dear Mr Evans,

Payment reminder

This is a reminder that your next monthly instalment for your Hastings Direct
car insurance will be collected soon.

  Agreement number:   CBPF-7718-2204-19
  Policy:             Hastings Direct Premier - CU19 ZXR
  Instalment:         £49.62
  Collection date:    28/03/2026
  Instalments left:   6 of 11

Please make sure there's enough money in your account ending 5510. If a payment
is missed, your insurer may cancel your policy.

Close Brothers Premium Finance
Close Brothers Limited, 10 Crown Place, London EC2A 4FT. Registered in England
and Wales no. 00195626. Authorised by the PRA and regulated by the FCA and PRA.
"""
    add(
        when("2026-03-18 09:00", "uk"),
        "Close Brothers Premium Finance",
        "noreply@closepremiumfinance.co.uk",
        "Your upcoming payment - agreement CBPF-7718-2204-19",
        slug="close-brothers-reminder",
        text=text,
        labels=[CAR],
    )
    inner = """<tr><td style="padding:20px 30px;background:#1f1f5c;"><img src="https://www.hastingsdirect.com/email/hd-logo-white.png" width="150" alt="Hastings Direct"></td></tr>
<tr><td style="padding:26px 30px;font-family:Arial;color:#222;font-size:14px;line-height:21px;">
<p>Dear Rhys,</p>
<p><b>Your car insurance renewal is ready</b></p>
<p>Your Hastings Direct Premier policy for <b>CU19 ZXR</b> (Skoda Fabia) renews on <b>14 September 2026</b>. We've set it to renew automatically so you stay covered.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #ccc;font-size:13px;">
<tr style="background:#eef0fa;"><th align="left">How you pay</th><th align="right">Price</th></tr>
<tr><td>Pay annually</td><td align="right">£598.44</td></tr>
<tr><td>Pay monthly (your current choice): 12 monthly payments</td><td align="right">£54.71 a month</td></tr>
<tr><td colspan="2" style="font-size:12px;color:#555;">Total amount payable monthly £656.52. Representative APR 23.4%. Credit is provided by Close Brothers Premium Finance, subject to status.</td></tr>
</table>
<p>Last year you paid £545.82 (monthly payments of £49.62). Your price includes Insurance Premium Tax at 12%.</p>
<p>Policy number: HD-PC-40918274 &middot; No claims discount: 6 years (protected)</p>
<p>Want to check your details or change anything? Log in to <a href="https://www.hastingsdirect.com/account">your account</a>.</p>
</td></tr>
<tr><td style="padding:14px 30px;background:#f2f2f2;font-size:11px;color:#555;">Hastings Direct is a trading name of Advantage Insurance Company Limited and Hastings Insurance Services Limited. Hastings Insurance Services Limited is authorised and regulated by the Financial Conduct Authority.</td></tr>"""
    add(
        when("2026-08-17 08:45", "uk"),
        "Hastings Direct",
        "renewals@hastingsdirect.com",
        "Your car insurance renewal for CU19 ZXR",
        slug="hastings-renewal",
        html=html_page(inner, title="Renewal"),
        labels=[CAR],
    )
    text = """Dear Mr Evans,

Your credit agreement and Direct Debit schedule

Thank you for choosing to pay monthly for your Hastings Direct car insurance
with Close Brothers Premium Finance. Your signed credit agreement is attached.

  Agreement number:   CBPF-8830-1147-26
  Policy:             Hastings Direct Premier - CU19 ZXR
  Cash price:         £598.44
  Total payable:      £656.52
  Instalments:        12 x £54.71
  First instalment:   28/09/2026
  Then:               28th of each month until 28/08/2027
  Paid from:          account ending 5510

You have the right to withdraw from this agreement within 14 days.

Close Brothers Premium Finance
Close Brothers Limited, 10 Crown Place, London EC2A 4FT.
"""
    pdf = tiny_pdf(
        [
            "Close Brothers Premium Finance - Credit agreement",
            "CBPF-8830-1147-26",
            "12 instalments of GBP 54.71, first 28/09/2026",
        ]
    )
    add(
        when("2026-09-15 06:12", "uk"),
        "Close Brothers Premium Finance",
        "noreply@closepremiumfinance.co.uk",
        "Your credit agreement and payment schedule",
        slug="close-brothers-agreement",
        text=text,
        attach=("credit-agreement-CBPF-8830-1147-26.pdf", "application/pdf", pdf),
        labels=[CAR],
    )


# ============================================================================================
# RAC breakdown: annual, continuous card authority


def rac() -> None:
    inner = """<tr><td style="padding:18px 30px;background:#f95108;"><img src="https://www.rac.co.uk/email/rac-logo.png" width="80" alt="RAC"></td></tr>
<tr><td style="padding:26px 30px;font-family:Arial;color:#222;font-size:14px;line-height:21px;">
<p>Dear Mr Evans,</p>
<p><b>Your RAC Breakdown Cover renews on 6 October 2026</b></p>
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #ddd;font-size:13px;">
<tr><td>Membership number</td><td>RAC-61870233</td></tr>
<tr><td>Cover</td><td>Roadside, At Home and National Recovery (vehicle cover: CU19 ZXR)</td></tr>
<tr><td>Renewal price</td><td>£142.80 for 12 months</td></tr>
<tr><td>Last year's price</td><td>£131.50</td></tr>
<tr><td>Payment</td><td>We'll take £142.80 from your card ending 4417 on 6 October 2026</td></tr>
</table>
<p>You don't need to do anything &ndash; your cover will continue automatically. To change your cover or stop it renewing, call 0330 159 0337 or manage it in the myRAC app.</p>
</td></tr>
<tr><td style="padding:14px 30px;background:#f2f2f2;font-size:11px;color:#555;">RAC Breakdown Cover is provided by RAC Motoring Services and/or RAC Insurance Limited. RAC Motoring Services is authorised and regulated by the Financial Conduct Authority.</td></tr>"""
    add(
        when("2026-09-08 10:10", "uk"),
        "RAC",
        "noreply@rac.co.uk",
        "Your RAC Breakdown Cover renewal",
        slug="rac-renewal-reminder",
        html=html_page(inner, title="RAC renewal"),
        labels=[RAC],
    )
    text = """Dear Mr Evans,

Thank you - your RAC Breakdown Cover has renewed.

  Membership number:  RAC-61870233
  Cover:              Roadside, At Home and National Recovery
  Cover period:       06/10/2026 to 05/10/2027
  Amount paid:        £142.80 (card ending 4417)

Your membership documents are in the myRAC app. Save 0330 159 0337 in your phone
in case you break down.

RAC Motoring Services, RAC House, Brockhurst Crescent, Walsall WS5 4AW.
"""
    add(
        when("2026-10-06 05:30", "uk"),
        "RAC",
        "noreply@rac.co.uk",
        "Your RAC cover has renewed",
        slug="rac-renewed",
        text=text,
        labels=[RAC],
    )


# ============================================================================================
# Sgwâr Coworking (Cardiff Bay): a one-off day pass, then a monthly Flexi Desk


COWORK_FROM = ("Sgwâr Coworking", "hello@sgwar.cymru")


def cowork_invoice(day: str, number: str, lines: list[tuple[str, float]], labels: list[str]) -> None:
    d = D(day)
    net = round(sum(v for _, v in lines), 2)
    vat = round(net * 0.2, 2)
    rows = "\n".join(
        f'<tr><td style="padding:6px;border-bottom:1px solid #eee;">{esc(k)}</td>'
        f'<td style="padding:6px;border-bottom:1px solid #eee;" align="right">{gbp(v)}</td></tr>'
        for k, v in lines
    )
    inner = f"""<tr><td style="padding:22px 30px;background:#123d3a;font-family:Georgia,serif;color:#f5d76e;font-size:24px;">Sgwâr</td></tr>
<tr><td style="padding:24px 30px;font-family:Arial;color:#222;font-size:14px;line-height:21px;">
<p>Hi Rhys,</p>
<p>Please find your invoice <b>{number}</b> below. Payment has been taken from your saved card ending 4417.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:13px;">
<tr style="background:#f0f5f4;"><th align="left" style="padding:6px;">Description</th><th align="right" style="padding:6px;">Amount</th></tr>
{rows}
<tr><td style="padding:6px;" align="right">VAT 20%</td><td style="padding:6px;" align="right">{gbp(vat)}</td></tr>
<tr><td style="padding:6px;" align="right"><b>Total paid</b></td><td style="padding:6px;" align="right"><b>{gbp(net + vat)}</b></td></tr>
</table>
<p>Invoice date: {d.strftime("%d/%m/%Y")}</p>
<p>Diolch!<br>Tîm Sgwâr</p>
</td></tr>
<tr><td style="padding:14px 30px;background:#f4f4f4;font-size:11px;color:#666;">Sgwâr Coworking Cyf, Unit 4, Stryd Bute, Cardiff CF10 5AL · VAT GB 402 7719 33 · Sent via Nexudus</td></tr>"""
    add(
        when(f"{day} 06:{RNG.randrange(10, 59)}", "uk"),
        *COWORK_FROM,
        f"Invoice {number} from Sgwâr Coworking",
        slug="sgwar-invoice",
        html=html_page(inner, title=f"Invoice {number}"),
        labels=labels,
        extra=(("X-Mailer", "Nexudus Spaces"),),
    )


def coworking() -> None:
    cowork_invoice("2026-01-21", "SGW-00371", [("Day Pass – 21/01/2026 (hot desk, tea & coffee)", 15.00)], [])
    text = """Croeso, Rhys!

Thanks for joining Sgwâr. Here's everything you need for your first day.

Your membership
  Plan:            Flexi Desk (any hot desk, Mon-Fri 8am-6pm)
  Starts:          1 March 2026
  Price:           £125.00 + VAT (£150.00) per month
  Billing:         invoiced on the 1st of each month and charged to your saved card
  Notice:          one calendar month, cancel any time from the members' portal

Your access fob will be ready at reception. Wi-Fi: Sgwar-Members / password on
the fob card. Meeting room credits: 4 hours a month included.

Members' Friday lunch is on us every last Friday of the month.

Welwn ni chi cyn hir - see you soon!
Tîm Sgwâr
Sgwâr Coworking Cyf, Unit 4, Stryd Bute, Cardiff CF10 5AL
"""
    add(
        when("2026-02-20 14:22", "uk"),
        *COWORK_FROM,
        "Croeso i Sgwâr! Your Flexi Desk membership",
        slug="sgwar-welcome",
        text=text,
        labels=[COWORK],
    )
    cowork_invoice("2026-03-01", "SGW-00418", [("Flexi Desk membership – March 2026", 125.00)], [COWORK])
    cowork_invoice(
        "2026-06-01",
        "SGW-00502",
        [("Flexi Desk membership – June 2026", 125.00), ("Meeting room – extra hours (2 × £12.50)", 25.00)],
        [COWORK],
    )
    text = """SGWÂR | What's on in May

- Thu 7 May, 5.30pm: Show & Tell - members share side projects (pizza provided)
- Wed 13 May: Free 1:1 sessions with Business Wales advisers
- Fri 29 May: Members' lunch (Welsh cakes from Blodau Bakery!)

Our new phone booths are in - book them in the app.

Ta-ra for now,
Tîm Sgwâr

You're receiving this because you're a Sgwâr member or day-pass guest.
Unsubscribe: https://sgwar.cymru/unsubscribe
"""
    add(
        when("2026-04-28 12:00", "uk"),
        *COWORK_FROM,
        "What's on at Sgwâr in May",
        slug="sgwar-newsletter",
        text=text,
        extra=unsub("https://sgwar.cymru/unsubscribe"),
    )
    cowork_invoice("2026-11-01", "SGW-00689", [("Flexi Desk membership – November 2026", 125.00)], [COWORK])


# ============================================================================================
# Spotify Premium Individual (personal card)


def spotify_receipt(day: str) -> None:
    d = D(day)
    nxt = d.replace(month=d.month % 12 + 1, year=d.year + (d.month == 12))
    order = upper_id(10)
    inner = f"""<tr><td style="padding:28px 36px;background:#000;"><img src="https://www.scdn.co/email/spotify-logo-green.png" width="120" alt="Spotify"></td></tr>
<tr><td style="padding:26px 36px;font-family:'Circular',Helvetica,Arial;color:#191414;font-size:14px;line-height:21px;">
<h1 style="font-size:28px;">Your receipt</h1>
<p>Thanks for your payment, Rhys.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;">{
        kv_rows(
            [
                ("Date", d.strftime("%d/%m/%Y")),
                ("Order ID", order),
                ("Product", "Premium Individual"),
                ("Payment method", "Mastercard •••• 2290"),
                ("Amount (incl. VAT £2.17)", "£12.99"),
                ("Next payment", nxt.strftime("%d/%m/%Y")),
            ]
        )
    }</table>
<p>Manage your plan at <a href="https://www.spotify.com/uk/account/">spotify.com/account</a>.</p>
</td></tr>
<tr><td style="padding:16px 36px;font-size:11px;color:#6a6a6a;">Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden. VAT no. SE556703748501.</td></tr>"""
    add(
        when(f"{day} {RNG.randrange(5, 10):02d}:{RNG.randrange(60):02d}", "cet"),
        "Spotify",
        "no-reply@spotify.com",
        "Your Spotify Premium receipt",
        slug="spotify-receipt",
        html=html_page(inner, title="Spotify receipt"),
        labels=[SPOTIFY],
    )


def spotify() -> None:
    inner = """<tr><td style="padding:40px 36px;background:#1e3264;font-family:Helvetica,Arial;color:#fff;font-size:18px;line-height:26px;">
<h1 style="font-size:40px;color:#cdf564;">Your 2025 Wrapped is here.</h1>
<p>You listened to 41,208 minutes this year. Your top artist? Adwaith. Your top song? “Yr Awyr Las”.</p>
<p><a href="https://www.spotify.com/wrapped/" style="background:#cdf564;color:#000;padding:14px 28px;border-radius:24px;text-decoration:none;">See your Wrapped</a></p>
</td></tr>
<tr><td style="padding:16px 36px;font-size:11px;color:#6a6a6a;">Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden. <a href="https://www.spotify.com/uk/account/notifications/">Unsubscribe</a></td></tr>"""
    add(
        when("2025-12-03 14:00", "cet"),
        "Spotify",
        "no-reply@spotify.com",
        "Rhys, your 2025 Wrapped is ready 🎁",
        slug="spotify-wrapped",
        html=html_page(inner, title="Wrapped 2025"),
        extra=unsub("https://www.spotify.com/uk/account/notifications/"),
    )
    spotify_receipt("2026-02-16")
    spotify_receipt("2026-08-16")


# ============================================================================================
# Apple: Disney+ billed through the App Store (cancelled in June) and a one-off app


def apple_receipt(day: str, item: str, sub: str, price: float, renew_note: str, labels: list[str]) -> None:
    d = D(day)
    order = upper_id(10)
    doc = digits(12)
    net = round(price / 1.2, 2)
    vat = round(price - net, 2)
    text = f"""Apple Receipt
-----------------------------------------------------------

APPLE ACCOUNT
rhys.evans.cdf@icloud.com

BILLED TO
Mastercard .... 2290
Rhys Evans
27 Heol y Coed
Cardiff
CF14 6HR
GBR

ORDER ID:            {order}
DOCUMENT NO.:        {doc}
DATE:                {d.day} {d.strftime("%b")} {d.year}
TOTAL:               {gbp(price)}


App Store
--------------------------------------------------------------------------------

{item:<70}{gbp(price):>10}
{sub}
{renew_note}
Rhys's iPad

--------------------------------------------------------------------------------
                                                              Subtotal   {gbp(net)}
                                                   VAT charged at 20%   {gbp(vat)}
--------------------------------------------------------------------------------

                                                                 TOTAL   {gbp(price)}

Get help with subscriptions and purchases. Visit Apple Support.

Apple respects your privacy.
Information regarding your personal information can be viewed at https://www.apple.com/uk/legal/privacy/.

Apple Distribution International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, Republic of Ireland. VAT No. IE9700053D
Terms of Sale: https://www.apple.com/uk/legal/internet-services/itunes/uk/terms.html
"""
    rows = f"""<tr><td style="padding:10px 0;border-bottom:1px solid #eee;"><b>{esc(item)}</b><br><span style="color:#666;">{esc(sub)}<br>{esc(renew_note)}</span></td><td align="right" style="padding:10px 0;border-bottom:1px solid #eee;">{gbp(price)}</td></tr>
<tr><td align="right" style="padding:6px 0;color:#666;">Subtotal</td><td align="right">{gbp(net)}</td></tr>
<tr><td align="right" style="padding:6px 0;color:#666;">VAT charged at 20%</td><td align="right">{gbp(vat)}</td></tr>
<tr><td align="right" style="padding:6px 0;"><b>TOTAL</b></td><td align="right"><b>{gbp(price)}</b></td></tr>"""
    inner = f"""<tr><td style="padding:24px 30px;font-family:-apple-system,'SF Pro Text',Helvetica,Arial;font-size:32px;color:#333;">Receipt</td></tr>
<tr><td style="padding:0 30px 24px;font-family:-apple-system,Helvetica,Arial;font-size:12px;color:#333;">
<table width="100%" style="background:#fafafa;font-size:11px;"><tr>
<td style="padding:8px;">APPLE ACCOUNT<br>rhys.evans.cdf@icloud.com</td><td style="padding:8px;">DATE<br>{d.day} {d.strftime("%b")} {d.year}</td><td style="padding:8px;">ORDER ID<br>{order}</td><td style="padding:8px;">DOCUMENT NO.<br>{doc}</td></tr>
<tr><td colspan="4" style="padding:8px;">BILLED TO<br>Mastercard •••• 2290<br>Rhys Evans, 27 Heol y Coed, Cardiff CF14 6HR, GBR</td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" style="margin-top:14px;font-size:12px;">{rows}</table>
<p style="color:#888;">Apple Distribution International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, Republic of Ireland. VAT No. IE9700053D</p>
</td></tr>"""
    add(
        when(f"{day} {RNG.randrange(0, 6):02d}:{RNG.randrange(60):02d}", "uk"),
        "Apple",
        "no_reply@email.apple.com",
        "Your receipt from Apple.",
        slug="apple-receipt",
        text=text,
        html=html_page(inner, title="Your receipt from Apple.", bg="#ffffff"),
        labels=labels,
        boundary_style="part",
    )


def apple_disney() -> None:
    apple_receipt("2026-01-04", "Disney+", "Disney+ Standard (Monthly)", 9.99, "Renews 4 Feb 2026", [DISNEY])
    apple_receipt("2026-04-04", "Disney+", "Disney+ Standard (Monthly)", 9.99, "Renews 4 May 2026", [DISNEY])
    apple_receipt("2026-05-16", "Procreate", "Procreate", 12.99, "", [])
    text = """Apple Subscription Cancelled
-----------------------------------------------------------

Dear Rhys,

We're confirming that you cancelled your subscription for Disney+ Standard
(Monthly). Your subscription will end on 4 Jul 2026. You can continue to
access it until then.

App:            Disney+
Subscription:   Disney+ Standard (Monthly)
Content provider: Disney Streaming Services LLC
Expires:        4 Jul 2026

If you change your mind, you can resubscribe in Settings > [your name] >
Subscriptions.

Regards,
Apple

Get help with subscriptions and purchases. Visit Apple Support.
https://support.apple.com/billing
"""
    add(
        when("2026-06-10 22:14", "uk"),
        "Apple",
        "no_reply@email.apple.com",
        "Your subscription has been cancelled",
        slug="apple-subscription-cancelled",
        text=text,
        labels=[DISNEY],
    )
    inner = """<tr><td style="padding:40px 30px;background:#040714;font-family:Helvetica,Arial;color:#fff;font-size:17px;line-height:25px;">
<h1 style="font-size:32px;">We’d love to have you back, Rhys</h1>
<p>New this autumn: Marvel’s Wonder Man, new episodes of The Simpsons and the whole of Bluey. Rejoin from £5.99 a month with Standard with Ads.</p>
<p><a href="https://www.disneyplus.com/en-gb/welcome-back" style="background:#0063e5;color:#fff;padding:14px 28px;border-radius:4px;text-decoration:none;">REJOIN NOW</a></p>
</td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#666;">Disney+ is a subscription service. © 2026 Disney and its related entities. The Walt Disney Company Limited, 3 Queen Caroline Street, London W6 9PE. <a href="https://www.disneyplus.com/en-gb/email-preferences">Unsubscribe</a></td></tr>"""
    add(
        when("2026-09-10 18:00", "uk"),
        "Disney+",
        "disneyplus@mail.disneyplus.com",
        "Rhys, there’s so much new to watch on Disney+",
        slug="disneyplus-winback",
        html=html_page(inner, title="Disney+"),
        extra=unsub("https://www.disneyplus.com/en-gb/email-preferences"),
    )


# ============================================================================================
# Audible: free trial in February, then Premium Plus monthly


def audible() -> None:
    text = """Audible

Welcome to Audible, Rhys!

Your free trial has started.

Your 30-day free trial of Audible Premium Plus ends on 10 March 2026. After your
trial, your membership continues for £8.99/month, and you'll get 1 credit every
month to spend on any title, plus the Plus Catalogue. Cancel anytime in Account
Details.

Your first credit is ready to use - start listening now.

Audible Ltd, 20 Air Street, London W1B 5AN. Registered in England and Wales no. 03453216.
"""
    add(
        when("2026-02-08 21:33", "uk"),
        "Audible",
        "donotreply@audible.co.uk",
        "Welcome to Audible - your free trial has started",
        slug="audible-trial-start",
        text=text,
        labels=[AUDIBLE],
    )

    def order(day: str) -> None:
        d = D(day)
        inner = f"""<tr><td style="padding:22px 30px;border-bottom:3px solid #f7991c;"><img src="https://m.media-amazon.com/images/G/02/audible/email/audible-logo.png" width="120" alt="audible"></td></tr>
<tr><td style="padding:24px 30px;font-family:Arial;color:#222;font-size:14px;line-height:21px;">
<p>Hi Rhys,</p>
<p>Thanks for being an Audible member. Here's a summary of your order.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:13px;">{
            kv_rows(
                [
                    ("Order number", f"D01-{digits(7)}-{digits(7)}"),
                    ("Order date", d_long(d)),
                    ("Audible Premium Plus – Monthly membership", "£8.99"),
                    ("VAT included", "£1.50"),
                    ("Order total", "£8.99"),
                    ("Payment method", "Mastercard ending 2290"),
                ]
            )
        }</table>
<p>Your membership renews every month. You can manage or cancel it anytime in <a href="https://www.audible.co.uk/account">Account Details</a>.</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#777;">Audible Ltd, 20 Air Street, London W1B 5AN.</td></tr>"""
        add(
            when(f"{day} 04:{RNG.randrange(10, 59)}", "uk"),
            "Audible",
            "donotreply@audible.co.uk",
            "Your Audible order summary",
            slug="audible-membership-order",
            html=html_page(inner, title="Order summary"),
            labels=[AUDIBLE],
        )

    order("2026-03-10")
    text = """Hi Rhys,

Thanks for your purchase!

  Title:        Pijin - Alys Conran
  Narrated by:  Rhodri Miles
  Paid with:    1 credit
  Total:        £0.00

Start listening in the Audible app.

Audible Ltd, 20 Air Street, London W1B 5AN.
"""
    add(
        when("2026-03-12 22:05", "uk"),
        "Audible",
        "donotreply@audible.co.uk",
        "Thanks for your Audible purchase",
        slug="audible-title-order",
        text=text,
    )
    order("2026-07-10")


# ============================================================================================
# Government: HMRC (VAT return reminders, MTD), Companies House (dormant company filing)


def hmrc() -> None:
    def vat_reminder(stamp: str, period_end: str, due: str) -> None:
        text = f"""Dear Rhys Evans

VAT Return reminder

Your VAT Return for the period ending {period_end} is due by {due}.

VAT registration number: {VAT_NO.replace("GB ", "")}

You must submit it using software that's compatible with Making Tax Digital. If
you pay by Direct Debit, we'll collect the payment 3 working days after the due
date. If you don't, make sure your payment reaches HMRC's account by {due}.

You can check what you owe and when to pay in your business tax account:
https://www.gov.uk/log-in-register-hmrc-online-services

HMRC will never send notifications of a tax rebate by email, or ask you to
disclose personal or payment information by email.

From HM Revenue and Customs
Gallwch hefyd gael y gwasanaeth hwn yn Gymraeg / You can also get this service in Welsh.
"""
        add(
            when(stamp, "uk"),
            "HMRC",
            "noreply@tax.service.gov.uk",
            "VAT Return reminder",
            slug="hmrc-vat-reminder",
            text=text,
            tcte="quoted-printable",
        )

    vat_reminder("2026-01-28 07:00", "31 December 2025", "7 February 2026")
    text = """Dear Rhys Evans

Making Tax Digital for Income Tax: what you need to do from 6 April 2026

Our records show your qualifying income from self-employment was over £50,000 in
the 2024 to 2025 tax year. This means you need to use Making Tax Digital for
Income Tax from 6 April 2026.

You'll need to:
- keep digital records of your income and expenses
- send us quarterly updates using compatible software
- submit your tax return by 31 January 2028 for the 2026 to 2027 tax year

If an agent (such as an accountant) deals with your tax, they can sign you up.

Find out more at GOV.UK: search 'Making Tax Digital for Income Tax'.

From HM Revenue and Customs
Cyllid a Thollau EF
"""
    add(
        when("2026-02-12 09:30", "uk"),
        "HMRC",
        "noreply@tax.service.gov.uk",
        "Making Tax Digital for Income Tax - action needed",
        slug="hmrc-mtd-itsa",
        text=text,
    )
    vat_reminder("2026-07-28 07:00", "30 June 2026", "7 August 2026")
    vat_reminder("2026-10-28 07:00", "30 September 2026", "7 November 2026")


def companies_house() -> None:
    text = """Companies House | Tŷ'r Cwmnïau

RHYS EVANS DIGITAL LTD
Company number: 14829317

Your confirmation statement is due

The confirmation statement for this company must be filed by 14 March 2026.
The confirmation date is 28 February 2026.

You can file your confirmation statement online. The filing fee is £50 and you
can pay by card or PayPal when you file.

File online: https://find-and-update.company-information.service.gov.uk/company/14829317

If you've already filed, you don't need to do anything.

This is an automated email reminder. Companies House, Crown Way, Cardiff, CF14 3UZ.
Mae'r gwasanaeth hwn ar gael yn Gymraeg hefyd.
"""
    add(
        when("2026-02-14 06:00", "uk"),
        "Companies House",
        "noreply@companieshouse.gov.uk",
        "Reminder: confirmation statement due for RHYS EVANS DIGITAL LTD",
        slug="companies-house-reminder",
        text=text,
    )
    text = """Companies House | Tŷ'r Cwmnïau

Thank you for your submission

Company name:     RHYS EVANS DIGITAL LTD
Company number:   14829317
Form:             CS01 - Confirmation statement made on 28/02/2026 with no updates
Submission ref:   093-418822
Payment:          £50.00 (card ending 4417)

Your filing has been accepted. Your next confirmation statement date is
28 February 2027.

Companies House, Crown Way, Cardiff, CF14 3UZ.
"""
    add(
        when("2026-03-02 19:41", "uk"),
        "Companies House",
        "web-filing@companieshouse.gov.uk",
        "Your filing has been accepted - 14829317 RHYS EVANS DIGITAL LTD",
        slug="companies-house-accepted",
        text=text,
    )


# ============================================================================================
# Shops, deliveries, travel, one-off purchases


def amazon_business() -> None:
    def order(stamp: str, number: str, items: list[tuple[str, int, float]], delivery: str) -> None:
        net = round(sum(q * p for _, q, p in items), 2)
        vat = round(net * 0.2, 2)
        rows = "\n".join(
            f'<tr><td style="padding:8px 0;border-bottom:1px solid #eee;"><a href="https://www.amazon.co.uk/dp/B0{upper_id(8)}" style="color:#007185;">{esc(n)}</a><br>Qty: {q}</td>'
            f'<td align="right" style="padding:8px 0;border-bottom:1px solid #eee;">{gbp(q * p)}</td></tr>'
            for n, q, p in items
        )
        inner = f"""<tr><td style="padding:14px 24px;background:#232f3e;"><img src="https://m.media-amazon.com/images/G/02/B2B/email/amazon-business-logo.png" width="170" alt="amazon business"></td></tr>
<tr><td style="padding:20px 24px;font-family:Arial;color:#0f1111;font-size:14px;line-height:20px;">
<h2 style="font-size:20px;">Order confirmation</h2>
<p>Hello Rhys Evans,<br>Thank you for shopping with Amazon Business. We'll send a confirmation when your items dispatch.</p>
<p>Order <b>#{number}</b><br>Arriving: {delivery}<br>Ship to: Rhys Evans, Evans Web Design, CF14 6HR</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:13px;">{rows}
<tr><td align="right" style="padding:6px 0;">Item subtotal (excl. VAT)</td><td align="right">{gbp(net)}</td></tr>
<tr><td align="right" style="padding:6px 0;">VAT</td><td align="right">{gbp(vat)}</td></tr>
<tr><td align="right" style="padding:6px 0;"><b>Order total</b></td><td align="right"><b>{gbp(net + vat)}</b></td></tr></table>
<p>A VAT invoice will be available in Your Orders once your order has dispatched.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#555;">Amazon EU S.à r.l., UK Branch. This email was sent from a notification-only address that cannot accept incoming email.</td></tr>"""
        add(
            when(stamp, "uk"),
            "Amazon Business",
            "auto-confirm@amazon.co.uk",
            f"Your Amazon Business order #{number}",
            slug="amazon-business-order",
            html=html_page(inner, title="Order confirmation", bg="#ffffff"),
        )

    order(
        "2026-01-14 21:05",
        "205-4418290-7731642",
        [
            ("Anker 7-in-1 USB-C Hub, 4K HDMI, 100W PD", 1, 29.16),
            ("Logitech MX Keys S Wireless Keyboard, UK layout", 1, 74.99),
        ],
        "Friday 16 January",
    )
    inner = """<tr><td style="padding:14px 24px;background:#232f3e;color:#fff;font-family:Arial;font-size:18px;">amazon business</td></tr>
<tr><td style="padding:24px;font-family:Arial;color:#0f1111;font-size:15px;line-height:22px;">
<h1>Try Business Prime Duo free for 30 days</h1>
<p>Fast, free delivery on millions of items for you and one colleague, plus spend visibility tools. After your trial, Business Prime Duo is £8.99 a month (excl. VAT). Cancel anytime.</p>
<p><a href="https://www.amazon.co.uk/businessprime" style="background:#ffd814;color:#0f1111;padding:10px 22px;border-radius:20px;text-decoration:none;">Start your free trial</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#555;"><a href="https://www.amazon.co.uk/gp/communication-preferences">Unsubscribe</a> from Amazon Business marketing emails.</td></tr>"""
    add(
        when("2026-03-03 10:15", "uk"),
        "Amazon Business",
        "business-offers@amazon.co.uk",
        "Rhys, get faster free delivery with Business Prime",
        slug="amazon-business-prime-offer",
        html=html_page(inner, title="Business Prime"),
        extra=unsub("https://www.amazon.co.uk/gp/communication-preferences"),
    )
    order(
        "2026-06-22 13:30",
        "205-9920113-4408215",
        [
            ("HP 305XL High Yield Black Original Ink Cartridge", 2, 15.83),
            ("Pukka Pad A4 Jotta Notebook, 3 pack", 1, 9.99),
        ],
        "Tuesday 23 June",
    )


def deliveries() -> None:
    text = """Hi Rhys,

Your DPD parcel from Amazon is due today between 10:42 and 11:42.

Parcel number: 15501234567890
Delivery address: 27 Heol y Coed, Cardiff CF14 6HR

Not going to be in? Change delivery in the DPD app or at dpd.co.uk - choose a
neighbour, a safe place or a DPD Pickup shop.

Your driver today is Mike.

DPD UK, Roebuck Lane, Smethwick, West Midlands B66 1BY
"""
    add(
        when("2026-01-16 07:31", "uk"),
        "DPD",
        "noreply@dpd.co.uk",
        "Your DPD parcel from Amazon will be delivered today",
        slug="dpd-delivery",
        text=text,
    )


def screwfix() -> None:
    inner = """<tr><td style="padding:16px 24px;background:#003da5;"><span style="font-family:Arial;color:#fff;font-size:24px;font-weight:bold;">SCREWFIX</span></td></tr>
<tr><td style="padding:22px 24px;font-family:Arial;color:#222;font-size:14px;line-height:20px;">
<h2>Thanks for your order, Rhys</h2>
<p>Order number: <b>SFX71002948</b><br>Order date: 18/04/2026<br>Collect from: Screwfix Cardiff - Penarth Road</p>
<table width="100%" cellpadding="6" cellspacing="0" style="font-size:13px;border:1px solid #ccc;">
<tr style="background:#eef2fa;"><th align="left">Item</th><th>Qty</th><th align="right">Price</th></tr>
<tr><td>Rothley Twin Slot Shelf Bracket 270mm White (36720)</td><td align="center">4</td><td align="right">£23.96</td></tr>
<tr><td>Rothley Twin Slot Upright 1000mm White (55082)</td><td align="center">2</td><td align="right">£15.98</td></tr>
<tr><td>Easyfix Wall Plugs &amp; Screws Pack (3401P)</td><td align="center">1</td><td align="right">£4.49</td></tr>
<tr><td colspan="2" align="right"><b>Total (inc VAT)</b></td><td align="right"><b>£44.43</b></td></tr>
<tr><td colspan="2" align="right">VAT included</td><td align="right">£7.41</td></tr>
</table>
<p>We'll email you when your order is ready to collect. Please bring your order number and payment card.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#666;">Screwfix Direct Limited, Trade House, Mead Avenue, Houndstone Business Park, Yeovil BA22 8RT.</td></tr>"""
    add(
        when("2026-04-18 08:12", "uk"),
        "Screwfix",
        "orders@screwfix.com",
        "Screwfix order confirmation SFX71002948",
        slug="screwfix-order",
        html=html_page(inner, title="Order confirmation"),
        charset="iso-8859-1",
    )
    text = """Hi Rhys,

Good news - your order SFX71002948 is ready to collect from Screwfix Cardiff -
Penarth Road.

Please collect within 7 days. Bring your order number and the card you paid
with.

Opening hours today: 7am - 6pm

Screwfix
"""
    add(
        when("2026-04-18 08:29", "uk"),
        "Screwfix",
        "orders@screwfix.com",
        "Your order is ready to collect",
        slug="screwfix-ready",
        text=text,
        tcte="7bit",
    )


def gwr() -> None:
    inner = """<tr><td style="padding:16px 24px;background:#0a493e;"><span style="font-family:Arial;color:#fff;font-size:22px;">GWR</span></td></tr>
<tr><td style="padding:22px 24px;font-family:Arial;color:#222;font-size:14px;line-height:20px;">
<h2>Your booking is confirmed</h2>
<p>Booking reference: <b>T7K4QZ2M</b></p>
<table width="100%" cellpadding="6" cellspacing="0" style="font-size:13px;border:1px solid #ccc;">
<tr><td>Outward</td><td>Tue 12 May 2026, 07:28 Cardiff Central &rarr; 09:22 London Paddington</td></tr>
<tr><td>Return</td><td>Tue 12 May 2026, 18:15 London Paddington &rarr; 20:11 Cardiff Central</td></tr>
<tr><td>Ticket</td><td>Super Off-Peak Return, 1 adult, Standard Class (eTicket)</td></tr>
<tr><td>Seat</td><td>Coach D, seat 42 (outward)</td></tr>
<tr><td><b>Total paid</b></td><td><b>£89.40</b> (Visa ending 4417)</td></tr>
</table>
<p>Your eTickets are attached and in the GWR app.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#666;">Great Western Railway is a trading name of First Greater Western Limited. Registered in England and Wales no. 05113733.</td></tr>"""
    add(
        when("2026-05-04 20:45", "uk"),
        "GWR",
        "tickets@gwr.com",
        "Your GWR booking confirmation T7K4QZ2M",
        slug="gwr-booking",
        html=html_page(inner, title="Booking confirmation"),
    )


def paddle_font() -> None:
    text = """Thanks for your order!

Paddle.com acts as the reseller for Cwm Type Foundry. Your purchase will appear on
your statement as PADDLE.NET* CWMTYPE.

Order number:   41882107
Date:           29 Jul 2026

  Hiraeth Sans - Desktop + Web licence (1 user, 10k pageviews)   £49.17
  VAT (20%)                                                     £9.83
  Total                                                        £59.00

This is a one-time purchase. Your licence and download links were emailed
separately by Cwm Type Foundry.

Need help with your order? Visit paddle.net

Paddle.com Market Limited, Judd House, 18-29 Mora Street, London EC1V 8BT.
"""
    add(
        when("2026-07-29 14:12", "uk"),
        "Paddle",
        "help@paddle.com",
        "Your receipt from Cwm Type Foundry",
        slug="paddle-receipt",
        text=text,
    )


# ============================================================================================
# Events and networking


def events() -> None:
    inner = """<tr><td style="padding:18px 24px;background:#f05537;"><span style="font-family:Arial;color:#fff;font-size:22px;">eventbrite</span></td></tr>
<tr><td style="padding:22px 24px;font-family:Arial;color:#1e0a3c;font-size:14px;line-height:21px;">
<h2>You're going to Cardiff Business Club: Digital Breakfast</h2>
<p>Order #11490388205 &middot; 12 Feb 2026</p>
<table width="100%" cellpadding="6" cellspacing="0" style="font-size:13px;border:1px solid #ddd;">
<tr><td>Thursday, 26 February 2026 &middot; 07:30 - 09:30 GMT</td></tr>
<tr><td>Park Plaza Cardiff, Greyfriars Road, Cardiff CF10 3AL</td></tr>
<tr><td>1 x Member ticket: £18.00 &middot; Fees £1.72 &middot; <b>Total £19.72</b></td></tr>
</table>
<p>Your ticket is attached. Show it on your phone at the door.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#666;">This email was sent to rhys@evanswebdesign.co.uk. Eventbrite, 535 Mission St, San Francisco, CA 94105.</td></tr>"""
    add(
        when("2026-02-12 12:51", "uk"),
        "Eventbrite",
        "noreply@order.eventbrite.com",
        "Your tickets for Cardiff Business Club: Digital Breakfast",
        slug="eventbrite-tickets",
        html=html_page(inner, title="Your tickets"),
    )
    text = """Hi Rhys,

You're registered for Digital Cardiff Meetup #48: Accessibility in the real world

When:  Wednesday, 17 June 2026, 18:30 - 21:00 BST
Where: Tramshed Tech, Pendyris Street, Cardiff CF11 6BH
Order: #12908741133 - 1 x General Admission (Free)

Talks from the Welsh Government digital team and a local agency on WCAG 2.2.
Pizza and drinks sponsored by Business Wales.

Eventbrite
"""
    add(
        when("2026-06-03 18:20", "uk"),
        "Eventbrite",
        "noreply@order.eventbrite.com",
        "Your registration for Digital Cardiff Meetup #48",
        slug="eventbrite-free-registration",
        text=text,
    )


# ============================================================================================
# Marketing from services he does not pay for, newsletters, a phishing attempt


def marketing() -> None:
    inner = """<tr><td style="padding:30px;background:#7d2ae8;font-family:Helvetica,Arial;color:#fff;font-size:17px;line-height:25px;">
<h1>Your brand kit, sorted. Try Canva Pro free.</h1>
<p>Magic Resize, brand kits and 100+ million premium photos. Free for 30 days, then £10.99/month. Cancel anytime.</p>
<p><a href="https://www.canva.com/pro/" style="background:#fff;color:#7d2ae8;padding:12px 24px;border-radius:8px;text-decoration:none;">Start free trial</a></p></td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#666;">Canva UK Operations Ltd. <a href="https://www.canva.com/settings/communication">Unsubscribe</a></td></tr>"""
    add(
        when("2026-01-26 15:00", "uk"),
        "Canva",
        "marketing@engage.canva.com",
        "Rhys, design faster with Canva Pro",
        slug="canva-marketing",
        html=html_page(inner, title="Canva Pro"),
        extra=unsub("https://www.canva.com/settings/communication"),
    )
    inner = """<tr><td style="padding:30px;font-family:Helvetica,Arial;color:#080808;font-size:16px;line-height:24px;">
<h1>The Webflow Conf 2026 recap</h1>
<p>Missed it? Catch up on the launches: Webflow AI site builder, the new Designer, and localisation for CMS. Plus: what's new in Site plans &ndash; CMS now from $23/month billed yearly.</p>
<p><a href="https://webflow.com/conf" style="background:#146ef5;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none;">Watch the keynote</a></p></td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#666;">Webflow, Inc., 398 11th Street, San Francisco, CA 94103. <a href="https://webflow.com/unsubscribe">Unsubscribe</a></td></tr>"""
    add(
        when("2026-10-09 09:00", "pt"),
        "Webflow",
        "news@webflow.com",
        "Everything we launched at Webflow Conf",
        slug="webflow-newsletter",
        html=html_page(inner, title="Webflow Conf recap"),
        extra=unsub("https://webflow.com/unsubscribe"),
    )
    text = """Hi Rhys,

Your Dropbox is full

You're using 2.0 GB of your 2 GB Dropbox Basic space, so files won't sync to your
devices any more.

Upgrade to Dropbox Plus for 2 TB of space - £9.99/month billed yearly.
https://www.dropbox.com/plans

Or free up space by deleting files you don't need.

- The Dropbox team
Dropbox International Unlimited Company, One Park Place, Hatch Street Upper, Dublin 2, Ireland
"""
    add(
        when("2026-05-21 19:10", "uk"),
        "Dropbox",
        "no-reply@dropbox.com",
        "Your Dropbox is full",
        slug="dropbox-full",
        text=text,
        extra=unsub("https://www.dropbox.com/account/notifications"),
    )
    text = """Smashing Newsletter - Issue #512

Hello Smashing Friends,

This week: a deep dive into CSS anchor positioning, designing better error
messages, and a practical guide to view transitions in multi-page apps.

- Anchor positioning is here: what it means for tooltips and popovers
- Error messages that actually help (with 22 examples)
- View transitions between pages, no framework needed
- New on Smashing Books: "Accessible Design Systems" - pre-order now at 20% off

Read online: https://www.smashingmagazine.com/the-smashing-newsletter/

You're receiving this because you subscribed at smashingmagazine.com.
Unsubscribe: https://www.smashingmagazine.com/unsubscribe
Smashing Media AG, Freiburg, Germany
"""
    add(
        when("2026-02-24 15:00", "cet"),
        "Smashing Magazine",
        "newsletter@smashingmagazine.com",
        "Smashing Newsletter: Anchor Positioning, Error Messages, View Transitions",
        slug="smashing-newsletter",
        text=text,
        extra=unsub("https://www.smashingmagazine.com/unsubscribe"),
    )
    inner = """<tr><td style="padding:20px;background:#c8102e;font-family:Georgia,serif;color:#fff;font-size:24px;">WalesOnline</td></tr>
<tr><td style="padding:20px;font-family:Georgia,serif;color:#222;font-size:16px;line-height:24px;">
<h2>Your evening briefing</h2>
<ul><li>New Metro timetable: more trains on the Rhymney line from June</li>
<li>Cardiff Bay's new arena gets a name</li>
<li>Six Nations: Wales squad named for Scotland trip</li>
<li>Council tax bills land &ndash; here's what you'll pay in every Welsh county</li></ul>
<p><a href="https://www.walesonline.co.uk/">Read more on WalesOnline</a></p></td></tr>
<tr><td style="padding:14px 20px;font-size:11px;color:#666;">Reach plc. <a href="https://www.walesonline.co.uk/newsletter-preference-centre">Manage preferences / unsubscribe</a></td></tr>"""
    add(
        when("2026-03-10 17:30", "uk"),
        "WalesOnline",
        "newsletters@walesonline.co.uk",
        "Your evening briefing: council tax bills land across Wales",
        slug="walesonline-briefing",
        html=html_page(inner, title="WalesOnline"),
        extra=unsub("https://www.walesonline.co.uk/newsletter-preference-centre"),
    )
    text = """Busnes Cymru | Business Wales

*** English below ***

Cylchlythyr Medi 2026
- Cymorth am ddim i fusnesau bach: gweminarau ar AI a seiberddiogelwch
- Cronfa Ffyniant Gyffredin: grantiau hyd at £10,000 i fusnesau newydd
- Wythnos Busnes Cymru: 12-16 Hydref

September 2026 newsletter
- Free support for small businesses: webinars on AI and cyber security
- Shared Prosperity Fund: grants of up to £10,000 for new businesses
- Wales Business Week: 12-16 October

https://businesswales.gov.wales
Dad-danysgrifio / Unsubscribe: https://businesswales.gov.wales/unsubscribe
Llywodraeth Cymru / Welsh Government
"""
    add(
        when("2026-09-02 10:00", "uk"),
        "Busnes Cymru | Business Wales",
        "newyddion@businesswales.gov.wales",
        "Cylchlythyr Busnes Cymru / Business Wales newsletter - Medi / September",
        slug="business-wales-newsletter",
        text=text,
        extra=unsub("https://businesswales.gov.wales/unsubscribe"),
    )
    text = """DOMAIN SERVICE EXPIRATION NOTICE

Domain Name: EVANSWEBDESIGN.CO.UK
Notice date: 20 October 2026

Attn: Rhys Evans

As a courtesy to domain name holders, we are sending you this notification for
your business domain name search engine registration. This letter is to inform you
that it's time to send in your search engine registration for EVANSWEBDESIGN.CO.UK.

Failure to complete your search engine registration by 27 October 2026 may result
in the cancellation of this offer making it difficult for your customers to
locate you using search engines on the web.

  Service term:  1 year (20/10/2026 - 20/10/2027)
  Price:         £86.00

SECURE ONLINE PAYMENT: http://evanswebdesign-co-uk.domain-renewal-notice.top/pay?id=41887

This notice is not an invoice. You are under no obligation to pay the amount
stated unless you accept this offer. We do not directly register or renew domain
names. To unsubscribe reply REMOVE.
"""
    add(
        when("2026-10-20 03:18", "utc"),
        "Domain Registry Services",
        "notice@domain-registry-services.top",
        "FINAL NOTICE: EVANSWEBDESIGN.CO.UK - domain service expiration",
        slug="domain-renewal-scam",
        text=text,
        tcte="7bit",
        extra=(("X-Mailer", "PHPMailer 6.1.4"),),
    )


# ============================================================================================
# Clients: invoices Rhys sends (copies from Xero), remittances he receives


def client_invoice(
    stamp: str,
    number: str,
    client: tuple[str, str],
    contact: str,
    lines: list[tuple[str, float]],
    due: str,
    repeating: bool = False,
) -> None:
    net = round(sum(v for _, v in lines), 2)
    vat = round(net * 0.2, 2)
    body_lines = "\n".join(f"  {k:<58}{gbp(v):>10}" for k, v in lines)
    rep = (
        (
            "\nThis is a monthly invoice for your website care plan. It'll arrive on the\n"
            "1st of each month until we agree otherwise.\n"
        )
        if repeating
        else ""
    )
    text = f"""Hi {contact},

Here's invoice {number} for {gbp(net + vat)} GBP.

The amount outstanding of {gbp(net + vat)} GBP is due on {due}.
{rep}
{body_lines}
  {"VAT 20%":<58}{gbp(vat):>10}
  {"Total GBP":<58}{gbp(net + vat):>10}

View and pay your bill online: https://in.xero.com/{upper_id(22)}

Bank transfer: Evans Web Design, sort code 04-06-05, account 21849931 (Tide).
Please use {number} as the reference.

If you have any questions, please let us know.

Diolch,
Rhys Evans
Evans Web Design | evanswebdesign.co.uk | 07700 900412
VAT reg. {VAT_NO}
"""
    add(
        when(stamp, "uk"),
        BUSINESS,
        "messaging-service@post.xero.com",
        f"Invoice {number} from {BUSINESS} for {client[0]}",
        slug="sent-invoice",
        text=text,
        to=client,
        cc=(ME_NAME, ME),
        extra=(("Reply-To", ME),),
    )


def clients() -> None:
    client_invoice(
        "2026-01-30 16:02",
        "INV-0148",
        ("Pentre Physiotherapy Ltd", "accounts@pentrephysio.co.uk"),
        "Sarah",
        [
            ("Website updates - new booking page and team bios (6 hrs @ £50)", 300.00),
            ("Squarespace Core plan recharge - February 2026", 25.00),
        ],
        "13 Feb 2026",
    )
    text = """REMITTANCE ADVICE

From:     Pentre Physiotherapy Ltd
To:       Evans Web Design
Date:     11/02/2026
Method:   BACS / Faster Payment

  Invoice     Date         Amount
  INV-0148    30/01/2026   £390.00

Total paid: £390.00

Payment will reach your account within 2 working days.

Pentre Physiotherapy Ltd, 14 Stryd Fawr, Pontypridd CF37 4TS
This remittance was generated automatically by Sage Accounting.
"""
    add(
        when("2026-02-11 10:31", "uk"),
        "Pentre Physiotherapy Ltd",
        "accounts@pentrephysio.co.uk",
        "Remittance Advice - Pentre Physiotherapy Ltd",
        slug="client-remittance",
        text=text,
        tcte="7bit",
    )
    client_invoice(
        "2026-05-15 09:40",
        "INV-0162",
        ("Blodau Bakery Ltd", "helo@blodaubakery.co.uk"),
        "Ffion",
        [
            ("Annual website hosting - Squarespace Core 14/05/2026-13/05/2027", 228.00),
            ("Spring menu page and photo updates (2 hrs @ £50)", 100.00),
        ],
        "29 May 2026",
    )
    text = """Hi Rhys,

Just to let you know that Blodau Bakery Ltd paid INV-0162 for £393.60 GBP on
26 May 2026.

Payment method: Card (Stripe)
Stripe fees: £5.71

View the invoice in Xero: https://go.xero.com/AccountsReceivable/View.aspx

Xero
"""
    add(
        when("2026-05-26 13:12", "uk"),
        "Xero",
        "noreply@post.xero.com",
        "Payment received: INV-0162 from Blodau Bakery Ltd",
        slug="xero-payment-received",
        text=text,
    )
    client_invoice(
        "2026-10-01 07:00",
        "INV-0189",
        ("Caffi Glan", "post@caffiglan.cymru"),
        "Huw",
        [("Website care plan - October 2026 (hosting, updates, backups)", 60.00)],
        "15 Oct 2026",
        repeating=True,
    )
    text = """Rhys -

Paid the October care plan invoice just now (£72), and the Christmas menu is
attached for the site whenever you get a chance. Can it go up by the 10th?

Diolch,
Huw

Caffi Glan | Heol y Bont, Llandaf, Caerdydd
"""
    add(
        when("2026-10-06 14:48", "uk"),
        "Huw Jenkins",
        "post@caffiglan.cymru",
        "Re: Invoice INV-0189 - paid + Christmas menu",
        slug="client-email",
        text=text,
        tcte="7bit",
    )


# ============================================================================================
# Personal mail, bank, the forward Rhys sends a client


def personal() -> None:
    text = """Haia cariad,

Mam's asked if we're coming for cinio dydd Sul on the 26th? She's doing cig oen.
Also - I've booked the Wales v Ireland tickets for the Six Nations, £65 each,
I'll send you the link, pay me back whenever!!

S x
"""
    add(
        when("2026-01-19 12:14", "uk"),
        *SIAN,
        "Sunday + rugby tickets 🏉",
        slug="personal-sian",
        text=text,
        boundary_style="gmail",
        mid=f"<CAF{upper_id(10)}+{hexid(20)}@mail.gmail.com>",
    )
    text = """Rhys bach,

Diolch am drwsio'r cyfrifiadur dydd Sadwrn. Mae'r argraffydd yn gweithio eto!
Ydych chi'ch dau yn dod draw i ginio ddydd Sul? Dad yn gofyn am yr ardd hefyd.

Cofion cynnes,
Mam x

Sent from my iPad
"""
    add(
        when("2026-04-20 09:02", "uk"),
        "Gwenllian Evans",
        "gwen.evans54@btinternet.com",
        "Cinio dydd Sul",
        slug="personal-mam",
        text=text,
        boundary_style="apple",
    )
    text = """Lads,

Thursday 8pm at Llandaff North as usual. Still £5 each for the pitch - Monzo me
before kick off please, a few of you still owe from last month (you know who you
are, Gethin).

Dewi
"""
    add(
        when("2026-01-13 18:40", "uk"),
        "Dewi Jones",
        "dewi.jones.cdf@gmail.com",
        "Footy Thursday - subs",
        slug="personal-footy",
        text=text,
        tcte="7bit",
        to=("Thursday Footy", "thursday-footy@googlegroups.com"),
        extra=(("List-Id", "<thursday-footy.googlegroups.com>"),),
        boundary_style="gmail",
    )
    text = """All,

New block starts 3 September. It's £60 for 12 weeks this time (pitch went up).
Pay me by Monzo or bank transfer by the end of August so I can book it.

monzo.me/dewijones

Cheers
Dewi
"""
    add(
        when("2026-08-24 20:02", "uk"),
        "Dewi Jones",
        "dewi.jones.cdf@gmail.com",
        "Footy - autumn block subs £60",
        slug="personal-footy-block",
        text=text,
        tcte="7bit",
        to=("Thursday Footy", "thursday-footy@googlegroups.com"),
        extra=(("List-Id", "<thursday-footy.googlegroups.com>"),),
        boundary_style="gmail",
    )
    text = """Hi Rhys,

Your October statement for your Starling personal account ending 5510 is ready to
view in the app.

For your security, we don't attach statements to emails. Open the Starling app and
go to Account > Statements.

Starling Bank
Starling Bank Limited is registered in England and Wales (no. 09092149),
3rd Floor, 2 Finsbury Avenue, London EC2M 2PP. Authorised by the PRA and
regulated by the FCA and the PRA.
"""
    text = """Mam says Christmas Day at theirs again, 1pm, and can we bring the pwdin? Also
your Xmas work do - is it the 11th or 12th? Need to sort the dog.

x
"""
    add(
        when("2026-11-29 10:48", "uk"),
        *SIAN,
        "Dolig",
        slug="personal-sian-christmas",
        text=text,
        boundary_style="gmail",
        mid=f"<CAF{upper_id(10)}+{hexid(20)}@mail.gmail.com>",
    )
    add(
        when("2026-11-02 07:00", "uk"),
        "Starling Bank",
        "help@starlingbank.com",
        "Your statement is ready",
        slug="starling-statement",
        text=text,
    )
    # Rhys forwards his PI certificate to a client who asked for it
    text = """Hi Sarah,

Here's my professional indemnity certificate for your supplier form, as promised.

Rhys

---------- Forwarded message ---------
From: Hiscox <customerservices@hiscox.co.uk>
Date: Thu, 18 Jun 2026 at 07:41
Subject: Your Hiscox insurance documents - policy PSC10418832
To: Rhys Evans <rhys@evanswebdesign.co.uk>

Dear Mr Evans,

Thank you for renewing with Hiscox.

  Policy number:        PSC10418832
  Period of insurance:  18 June 2026 to 17 June 2027
  Amount paid:          £214.20 (including IPT)
"""
    pdf = tiny_pdf(
        ["Hiscox - Certificate of insurance", "Policy PSC10418832", "Valid 18/06/2026 - 17/06/2027"]
    )
    add(
        when("2026-07-02 11:20", "uk"),
        ME_NAME,
        ME,
        "Fwd: Your Hiscox insurance documents - policy PSC10418832",
        slug="fwd-hiscox-to-client",
        text=text,
        to=("Sarah Jenkins", "sarah@pentrephysio.co.uk"),
        attach=("Hiscox-certificate-PSC10418832.pdf", "application/pdf", pdf),
        labels=[HISCOX],
        boundary_style="gmail",
        mid=f"<CAH{upper_id(10)}+{hexid(20)}@mail.gmail.com>",
    )


# ============================================================================================
# truth, meta, writers


def T(name, aliases, amount, currency, cycle, status, next_renewal, kind):
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
        XERO,
        ["Xero Grow", "Xero (UK) Ltd", "Xero accounting"],
        "43.20",
        "GBP",
        "monthly",
        "active",
        "2026-12-06",
        "subscription",
    ),
    T(
        GWS,
        ["Google Workspace Business Starter", "G Suite", "Google Cloud EMEA Limited"],
        "16.80",
        "GBP",
        "monthly",
        "active",
        "2026-12-01",
        "subscription",
    ),
    T(
        M365,
        ["Microsoft 365", "Office 365", "Microsoft 365 Business"],
        "6.18",
        "GBP",
        "monthly",
        "active",
        "2026-12-19",
        "subscription",
    ),
    T(
        ADOBE,
        ["Adobe Creative Cloud", "Creative Cloud", "Adobe"],
        "47.48",
        "GBP",
        "monthly",
        "active",
        "2026-12-22",
        "subscription",
    ),
    T(FIGMA, ["Figma", "Figma, Inc."], "192.00", "USD", "yearly", "active", "2027-03-04", "subscription"),
    T(
        SQ_BLODAU,
        ["Squarespace blodaubakery.co.uk", "blodaubakery.co.uk", "Squarespace Core annual"],
        "273.60",
        "GBP",
        "yearly",
        "active",
        "2027-05-14",
        "subscription",
    ),
    T(
        SQ_PENTRE,
        ["Squarespace pentrephysio.co.uk", "pentrephysio.co.uk", "Squarespace Core monthly"],
        "30.00",
        "GBP",
        "monthly",
        "active",
        "2026-12-09",
        "subscription",
    ),
    T(
        REG,
        ["123 Reg", "123-reg", "evanswebdesign.co.uk", "rhysevans.wales"],
        "38.38",
        "GBP",
        "yearly",
        "active",
        "2027-02-10",
        "subscription",
    ),
    T(
        MAILCHIMP,
        ["Intuit Mailchimp", "Mailchimp Standard"],
        "45.00",
        "USD",
        "monthly",
        "active",
        "2026-12-03",
        "subscription",
    ),
    T(
        BACKBLAZE,
        ["Backblaze", "Backblaze Personal Backup"],
        "99.00",
        "USD",
        "yearly",
        "active",
        "2027-04-27",
        "subscription",
    ),
    T(
        ZOOM,
        ["Zoom", "Zoom Pro", "Zoom Workplace"],
        "14.99",
        "GBP",
        "monthly",
        "cancelled",
        None,
        "subscription",
    ),
    T(
        CALENDLY,
        ["Calendly", "Calendly, LLC"],
        "14.40",
        "USD",
        "monthly",
        "active",
        "2026-12-28",
        "subscription",
    ),
    T(
        ACCOUNTANT,
        ["Bevan & Price Accountants Ltd", "Bevan and Price", "Bevan Price"],
        "102.00",
        "GBP",
        "monthly",
        "active",
        "2026-12-01",
        "subscription",
    ),
    T(
        HISCOX,
        ["Hiscox", "Hiscox professional indemnity insurance", "Hiscox business insurance"],
        "214.20",
        "GBP",
        "yearly",
        "active",
        "2027-06-18",
        "bill",
    ),
    T(
        TIDE,
        ["Tide", "Tide business account", "Tide Platform Ltd"],
        "14.99",
        "GBP",
        "monthly",
        "active",
        "2026-12-03",
        "subscription",
    ),
    T(
        CTAX,
        ["Council Tax", "Cardiff Council", "Cyngor Caerdydd", "Treth Gyngor"],
        "205.78",
        "GBP",
        "monthly",
        "active",
        "2026-12-01",
        "bill",
    ),
    T(
        WATER,
        ["Welsh Water", "Dwr Cymru", "Dŵr Cymru", "Dwr Cymru Welsh Water"],
        "51.04",
        "GBP",
        "monthly",
        "active",
        "2026-12-15",
        "bill",
    ),
    T(OCTOPUS, ["Octopus", "Octopus Energy Ltd"], "141.00", "GBP", "monthly", "active", "2026-12-05", "bill"),
    T(
        BT,
        ["BT", "BT Full Fibre", "British Telecommunications"],
        "43.49",
        "GBP",
        "monthly",
        "active",
        "2026-12-26",
        "bill",
    ),
    T(
        EE,
        ["EE mobile", "EE SIM Only", "EE Limited"],
        "21.80",
        "GBP",
        "monthly",
        "active",
        "2026-12-21",
        "bill",
    ),
    T(VODAFONE, ["Vodafone", "Vodafone business line"], "16.80", "GBP", "monthly", "cancelled", None, "bill"),
    T(
        TVL,
        ["TV Licensing", "Trwydded Deledu", "TV Licence Direct Debit"],
        "15.00",
        "GBP",
        "monthly",
        "active",
        "2026-12-01",
        "bill",
    ),
    T(
        CAR,
        ["Hastings Direct", "Close Brothers Premium Finance", "car insurance"],
        "54.71",
        "GBP",
        "monthly",
        "active",
        "2026-12-28",
        "bill",
    ),
    T(RAC, ["RAC", "RAC breakdown"], "142.80", "GBP", "yearly", "active", "2027-10-06", "bill"),
    T(
        COWORK,
        ["Sgwar Coworking", "Sgwâr Flexi Desk", "Sgwâr"],
        "150.00",
        "GBP",
        "monthly",
        "active",
        "2026-12-01",
        "subscription",
    ),
    T(
        SPOTIFY,
        ["Spotify", "Spotify Premium Individual"],
        "12.99",
        "GBP",
        "monthly",
        "active",
        "2026-12-16",
        "subscription",
    ),
    T(
        DISNEY,
        ["Disney Plus", "Disney+ Standard"],
        "9.99",
        "GBP",
        "monthly",
        "cancelled",
        None,
        "subscription",
    ),
    T(
        AUDIBLE,
        ["Audible Premium Plus", "Audible membership", "Audible.co.uk"],
        "8.99",
        "GBP",
        "monthly",
        "active",
        "2026-12-10",
        "subscription",
    ),
]

HARD_NEGATIVES = [
    "HMRC",
    "Companies House",
    "Rhys Evans Digital Ltd",
    "Amazon Business",
    "Business Prime",
    "DPD",
    "Royal Mail",
    "Screwfix",
    "GWR",
    "Paddle",
    "Cwm Type Foundry",
    "Hiraeth Sans",
    "Procreate",
    "Eventbrite",
    "Cardiff Business Club",
    "Digital Cardiff Meetup",
    "Canva",
    "Webflow",
    "Dropbox",
    "Smashing Magazine",
    "WalesOnline",
    "Busnes Cymru | Business Wales",
    "Domain Registry Services",
    "Starling Bank",
    "Evans Web Design",
    "Pentre Physiotherapy Ltd",
    "Blodau Bakery Ltd",
    "Caffi Glan",
    "Siân Morgan",
    "Gwenllian Evans",
    "Dewi Jones",
    "Thursday Footy",
    "Calendly notifications",
    "Sgwâr Day Pass",
]


def _asctime(dt: datetime) -> str:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[dt.weekday()]} {months[dt.month - 1]} {dt.day:2d} {dt:%H:%M:%S} {dt.year}"


def _flatten(msg: EmailMessage) -> bytes:
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=FLAT_POLICY).flatten(msg)
    return buf.getvalue()


def build() -> None:
    xero()
    google_workspace()
    microsoft()
    adobe()
    figma()
    squarespace()
    reg123()
    mailchimp()
    backblaze()
    zoom()
    calendly()
    accountant()
    hiscox()
    tide()
    cardiff_council()
    welsh_water()
    octopus()
    bt()
    ee()
    vodafone()
    tv_licence()
    car_insurance()
    rac()
    coworking()
    spotify()
    apple_disney()
    audible()
    hmrc()
    companies_house()
    amazon_business()
    deliveries()
    screwfix()
    gwr()
    paddle_font()
    events()
    marketing()
    clients()
    personal()


def write() -> None:
    order = sorted(range(len(MSGS)), key=lambda i: (MSGS[i]["at"].astimezone(UTC), i))
    eml_dir = HERE / "eml"
    if eml_dir.exists():
        shutil.rmtree(eml_dir)
    eml_dir.mkdir(parents=True)
    mbox = io.BytesIO()
    index = []
    names = {t["name"] for t in TRUTH}
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        for lab in m["labels"]:
            assert lab in names, lab
        at = m["at"]
        assert at.date() <= TODAY, (m["slug"], at)
        fname = f"{n:03d}-{at:%Y%m%d}-{m['slug']}.eml"
        data = _flatten(m["msg"])
        (eml_dir / fname).write_bytes(data)
        utc = at.astimezone(UTC)
        mbox.write(f"From {m['from_addr']} {_asctime(utc)}\n".encode())
        for line in data.split(b"\n")[:-1] if data.endswith(b"\n") else data.split(b"\n"):
            stripped = line.lstrip(b">")
            if stripped.startswith(b"From "):
                line = b">" + line
            mbox.write(line + b"\n")
        mbox.write(b"\n")
        index.append({"file": fname, "from": m["from_name"], "subject": m["subject"], "labels": m["labels"]})
    (HERE / "mailbox.mbox").write_bytes(mbox.getvalue())

    def dump(name: str, obj) -> None:
        (HERE / name).write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    dump("truth.json", TRUTH)
    dump("meta.json", {"today": TODAY.isoformat(), "messages": len(index), "hard_negatives": HARD_NEGATIVES})
    dump("messages.json", index)
    print(f"wrote {len(index)} messages, {len(TRUTH)} truths")


if __name__ == "__main__":
    build()
    write()
