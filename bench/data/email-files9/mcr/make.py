#!/usr/bin/env python3
"""Writes the `mcr` half of bench/data/email-files9: Priya Nair's mailbox (Manchester, GBP).

Run from /work/main:  .venv/bin/python bench/data/email-files9/mcr/make.py
Seeded and deterministic: rerunning writes the same bytes. Standard library only.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import html as htmlmod
import json
import random
import re
import shutil
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 12, 3)
RNG = random.Random(926_1203)

PRIYA = ("Priya Nair", "priya.nair.92@gmail.com")
JACK = ("Jack Doyle", "jack.doyle.mcr@outlook.com")
ADDRESS = ["Flat 27, Weaver House", "18 Pollard Street", "Manchester", "M4 7DS"]

TZS = {
    "uk": ZoneInfo("Europe/London"),
    "utc": dt.UTC,
    "la": ZoneInfo("America/Los_Angeles"),
    "ny": ZoneInfo("America/New_York"),
    "se": ZoneInfo("Europe/Stockholm"),
    "ie": ZoneInfo("Europe/Dublin"),
    "lt": ZoneInfo("Europe/Vilnius"),
}

MESSAGES: list[dict] = []


# ---------------------------------------------------------------- MIME building


class Part:
    def __init__(
        self,
        ctype: str,
        body: str | bytes,
        charset: str | None = "utf-8",
        cte: str = "quoted-printable",
        headers: list[tuple[str, str]] | None = None,
    ):
        self.ctype, self.body, self.charset, self.cte = ctype, body, charset, cte
        self.headers = headers or []


class Multi:
    def __init__(self, subtype: str, parts: list, boundary: str | None = None):
        self.subtype, self.parts = subtype, parts
        self.boundary = boundary or boundary_token()


def boundary_token() -> str:
    style = RNG.randint(0, 2)
    if style == 0:
        return f"----=_Part_{RNG.randint(10**6, 10**9)}_{RNG.randint(10**8, 10**9)}.{RNG.randint(10**12, 10**13)}"
    if style == 1:
        return "".join(RNG.choice("0123456789abcdef") for _ in range(28))
    return "_=_swift_" + "".join(RNG.choice("0123456789abcdef") for _ in range(24)) + "_=_"


def text(body: str, cte: str = "quoted-printable", charset: str = "utf-8") -> Part:
    return Part("text/plain", body, charset, cte)


def html(body: str, cte: str = "quoted-printable", charset: str = "utf-8") -> Part:
    return Part("text/html", body, charset, cte)


def alt(
    plain: str,
    rich: str,
    cte_plain: str = "quoted-printable",
    cte_html: str = "quoted-printable",
    charset: str = "utf-8",
) -> Multi:
    return Multi("alternative", [text(plain, cte_plain, charset), html(rich, cte_html, charset)])


def html_alt(rich: str, cte: str = "quoted-printable") -> Multi:
    """multipart/alternative whose text part is the ESP's automatic rendering of the HTML."""
    return alt(to_text(rich), rich, cte, cte)


def attachment(filename: str, ctype: str, data: bytes) -> Part:
    return Part(ctype, data, None, "base64", [("Content-Disposition", f'attachment; filename="{filename}"')])


def to_text(rich: str) -> str:
    t = re.sub(r"(?is)<(style|head|title)\b.*?</\1>", "", rich)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|tr|h1|h2|h3|li|table)>", "\n", t)
    t = re.sub(r"(?i)</t[dh]>", "  ", t)
    t = re.sub(r'(?is)<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', r"\2 [\1]", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = htmlmod.unescape(t)
    lines = [" ".join(line.split()) for line in t.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def encode_body(p: Part) -> str:
    data = p.body if isinstance(p.body, bytes) else p.body.encode(p.charset or "utf-8")
    if p.cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if p.cte == "quoted-printable":
        return binascii.b2a_qp(data, quotetabs=False, istext=True, header=False).decode("ascii") + "\n"
    if p.cte == "7bit":
        data.decode("ascii")
        return data.decode("ascii") if data.endswith(b"\n") else data.decode("ascii") + "\n"
    if p.cte == "8bit":
        s = data.decode(p.charset or "utf-8")
        return s if s.endswith("\n") else s + "\n"
    raise ValueError(p.cte)


def render(node) -> str:
    if isinstance(node, Part):
        ctype = node.ctype + (f'; charset="{node.charset}"' if node.charset else "")
        if node.charset is None and node.headers and "filename" in node.headers[0][1]:
            name = node.headers[0][1].split('filename="')[1].rstrip('"')
            ctype += f'; name="{name}"'
        head = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {node.cte}"]
        head += [f"{k}: {v}" for k, v in node.headers]
        return "\n".join(head) + "\n\n" + encode_body(node)
    out = [f'Content-Type: multipart/{node.subtype}; boundary="{node.boundary}"', ""]
    for child in node.parts:
        out.append(f"--{node.boundary}")
        out.append(render(child).rstrip("\n"))
    out.append(f"--{node.boundary}--")
    return "\n".join(out) + "\n"


def hdr(value: str) -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(maxlinelen=76)


def addr(pair: tuple[str, str]) -> str:
    return formataddr(pair, charset="utf-8")


def when(y: int, m: int, d: int, h: int | None = None, mi: int | None = None, tz: str = "uk") -> dt.datetime:
    if h is None:
        h = RNG.randint(7, 21)
    if mi is None:
        mi = RNG.randint(0, 59)
    return dt.datetime(y, m, d, h, mi, RNG.randint(0, 59), tzinfo=TZS[tz])


def msgid(domain: str) -> str:
    style = RNG.randint(0, 2)
    if style == 0:
        tok = f"{RNG.randint(10**8, 10**10)}.{RNG.randint(10**5, 10**7)}.{RNG.randint(10**12, 10**13)}"
    elif style == 1:
        tok = "".join(RNG.choice("0123456789abcdef") for _ in range(32))
    else:
        tok = "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(20))
    return f"<{tok}@{domain}>"


def add(
    at: dt.datetime,
    sender: tuple[str, str],
    subject: str,
    body,
    slug: str,
    labels: list[str] | tuple = (),
    to: tuple[str, str] = PRIYA,
    headers: list[tuple[str, str]] | None = None,
    mid_domain: str | None = None,
    cc: tuple[str, str] | None = None,
) -> None:
    domain = mid_domain or sender[1].split("@")[1]
    MESSAGES.append(
        {
            "at": at,
            "from": sender,
            "to": to,
            "cc": cc,
            "subject": subject,
            "body": body,
            "slug": slug,
            "labels": list(labels),
            "headers": headers or [],
            "mid": msgid(domain),
            "seq": len(MESSAGES),
        }
    )


def unsub(url: str, mailto: str | None = None) -> list[tuple[str, str]]:
    value = f"<{url}>" + (f", <mailto:{mailto}>" if mailto else "")
    return [("List-Unsubscribe", value), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]


# ---------------------------------------------------------------- small formatting helpers


def gbp(x: float) -> str:
    return f"£{x:,.2f}"


def dlong(d: dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


def dday(d: dt.date) -> str:
    return f"{d:%A} {d.day} {d:%B}"


def dshort(d: dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def rows(pairs: list[tuple[str, str]], style: str = "padding:6px 0;border-bottom:1px solid #e6e6e6") -> str:
    return "".join(
        f'<tr><td style="{style};color:#555">{k}</td><td style="{style};text-align:right"><b>{v}</b></td></tr>'
        for k, v in pairs
    )


def page(
    brand: str,
    colour: str,
    inner: str,
    footer: str,
    width: int = 600,
    font: str = "Arial,Helvetica,sans-serif",
) -> str:
    colour, _, fg = colour.partition(";color:")
    fg = fg or "#ffffff"
    link = colour if fg == "#ffffff" else fg
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{brand}</title>
<style>body{{margin:0;padding:0;background:#f4f4f4}} a{{color:{link}}} @media (max-width:620px){{.wrap{{width:100%!important}}}}</style>
</head>
<body style="margin:0;padding:0;background:#f4f4f4">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f4f4"><tr><td align="center">
<table role="presentation" class="wrap" width="{width}" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:{font};font-size:15px;line-height:22px;color:#222">
<tr><td style="background:{colour};padding:18px 28px;color:{fg};font-size:22px;font-weight:bold;border-bottom:1px solid #e6e6e6">{brand}</td></tr>
<tr><td style="padding:24px 28px">
{inner}
</td></tr>
<tr><td style="padding:18px 28px;background:#fafafa;color:#777;font-size:12px;line-height:17px">
{footer}
</td></tr>
</table>
</td></tr></table>
</body></html>
"""


def pdf_bytes(lines: list[str]) -> bytes:
    """A tiny but valid one-page PDF holding the given lines (what e-billing systems attach)."""
    content = (
        "BT /F1 10 Tf 50 800 Td 14 TL\n"
        + "".join(
            "("
            + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replace("£", "GBP ")
            + ") '\n"
            for ln in lines
        )
        + "ET"
    )
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out.encode("latin-1")))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(
        f"{o:010d} 00000 n \n" for o in offsets
    )
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def outlook_forward(
    note: str, orig_from: str, orig_sent: str, orig_to: str, orig_subject: str, orig_text: str
) -> Multi:
    plain = (
        f"{note}\n\n________________________________\nFrom: {orig_from}\nSent: {orig_sent}\n"
        f"To: {orig_to}\nSubject: {orig_subject}\n\n{orig_text}"
    )
    esc = htmlmod.escape
    rich = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">'
        + "<br>".join(esc(x) for x in note.splitlines())
        + '</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"<b>From:</b> {esc(orig_from)}<br><b>Sent:</b> {esc(orig_sent)}<br><b>To:</b> {esc(orig_to)}<br>"
        f"<b>Subject:</b> {esc(orig_subject)}</font><div>&nbsp;</div></div>"
        "<div>" + "<br>".join(esc(x) for x in orig_text.splitlines()) + "</div></body></html>"
    )
    return alt(plain, rich)


# ================================================================= companies (truths)

CT = "Manchester City Council Council Tax"


def council_tax() -> None:
    sender = ("Manchester City Council", "counciltax.ebilling@manchester.gov.uk")
    acct = "3001447721"
    foot = (
        "Manchester City Council, Revenues and Benefits Unit, PO Box 532, Town Hall, Manchester M60 2LA.\n"
        "This email and any attachments are intended solely for the addressee. If you have received it in "
        "error please notify the sender and delete it. Manchester City Council may monitor emails.\n"
    )
    body = text(
        f"Council Tax account number: {acct}\n"
        f"Property: {', '.join(ADDRESS)}\n\n"
        "Dear Ms Nair\n\n"
        "Single Person Discount review\n\n"
        "You currently receive a 25% Single Person Discount on your Council Tax because you have told us you are "
        "the only adult (aged 18 or over) living at the property.\n\n"
        "We are required to review all discounts regularly. Please confirm your household details online at "
        "www.manchester.gov.uk/counciltax/spdreview by 10 February 2026 using your review code MCR-SPD-77412.\n\n"
        "If another adult has moved in, you must tell us within 21 days. If you do not respond we may remove the "
        "discount and send you a revised bill. You may also be liable to a penalty of £70.\n\n"
        "Your 2025/26 Council Tax of £1,433.60 has been paid in full by Direct Debit (10 instalments of £143.36). "
        "Thank you.\n\n"
        "Revenues and Benefits Unit\nManchester City Council\n\n" + foot,
        cte="quoted-printable",
        charset="windows-1252",
    )
    add(
        when(2026, 1, 13, 10, 2),
        sender,
        f"Council Tax - Single Person Discount review - account {acct}",
        body,
        "council-tax-spd-review",
        [CT],
    )

    bill_lines = [
        "Manchester City Council - Council Tax Bill 2026/27",
        f"Account number {acct}   Bill date 09/03/2026",
        "Ms P Nair, " + ", ".join(ADDRESS),
        "Valuation band C",
        "Manchester City Council  £1,749.84",
        "Greater Manchester Mayoral Police and Crime Commissioner  £163.13",
        "Greater Manchester Mayoral General (incl. Fire and Rescue)  £96.43",
        "Total charge for band C  £2,009.40",
        "Less Single Person Discount 25%  -£502.35",
        "Amount payable 01/04/2026 to 31/03/2027  £1,507.05",
        "Direct Debit instalments: 01/04/2026 £150.75, then 01/05/2026 to 01/01/2027 9 x £150.70",
    ]
    body = Multi(
        "mixed",
        [
            text(
                "Dear Ms Nair\n\n"
                f"Your Council Tax bill for 2026/27 is ready to view. It is attached to this email as a PDF and you can "
                f"also see it in your online account at www.manchester.gov.uk/myaccount.\n\n"
                f"Account number: {acct}\n"
                "Band: C\n"
                "Annual charge: £2,009.40\n"
                "Single Person Discount (25%): -£502.35\n"
                "Amount payable for 2026/27: £1,507.05\n\n"
                "You pay by Direct Debit. Your instalments will be collected on the 1st of each month:\n"
                "  1 April 2026            £150.75\n"
                "  1 May 2026 - 1 January 2027  9 instalments of £150.70\n\n"
                "You do not need to do anything. If you would prefer to pay over 12 months, from April to March, "
                "please ask us before 1 April.\n\n"
                "Council Tax in Manchester has increased by 4.99% for 2026/27, including 2% for adult social care. "
                "Find out how your money is spent at www.manchester.gov.uk/counciltaxspending.\n\n"
                "Revenues and Benefits Unit\nManchester City Council\n\n" + foot,
                cte="quoted-printable",
                charset="windows-1252",
            ),
            attachment(f"CouncilTaxBill_2026-27_{acct}.pdf", "application/pdf", pdf_bytes(bill_lines)),
        ],
    )
    add(
        when(2026, 3, 9, 6, 41),
        sender,
        "Your Council Tax bill for 2026/27 is ready to view",
        body,
        "council-tax-annual-bill",
        [CT],
    )

    body = text(
        "Thank you for contacting Manchester City Council.\n\n"
        "We have received your Council Tax change of circumstances form.\n"
        "Reference: CTCOC-2026-118834\n"
        f"Council Tax account: {acct}\n"
        "Change: additional adult resident (Mr Jack Doyle) from 01/07/2026\n\n"
        "We aim to deal with changes within 28 days. If the change means you owe more, we will send you a "
        "revised bill showing your new instalments. Please keep paying your current instalments until then.\n\n"
        "This is an automated email, please do not reply.\n\n" + foot,
        cte="quoted-printable",
        charset="windows-1252",
    )
    add(
        when(2026, 7, 2, 21, 14),
        ("Manchester City Council", "noreply@manchester.gov.uk"),
        "We have received your form - CTCOC-2026-118834",
        body,
        "council-tax-change-received",
        [CT],
    )

    orig = (
        "Dear Mr Doyle\n\n"
        "A revised Council Tax bill for 2026/27 is ready to view. It replaces any earlier bill for this year.\n\n"
        f"Account number: {acct}\n"
        f"Property: {', '.join(ADDRESS)}\n"
        "Liable persons: Ms Priya Nair, Mr Jack Doyle\n"
        "Reason for bill: Single Person Discount ended 30/06/2026\n\n"
        "01/04/2026 - 30/06/2026  Band C, Single Person Discount 25%   £375.73\n"
        "01/07/2026 - 31/03/2027  Band C                               £1,508.43\n"
        "Total for 2026/27                                              £1,884.16\n"
        "Less paid to date                                             -£602.85\n"
        "Balance to pay                                                 £1,281.31\n\n"
        "Your Direct Debit instalments have been changed:\n"
        "  1 August 2026                      £213.56\n"
        "  1 September 2026 - 1 January 2027  5 instalments of £213.55\n\n"
        "This notice is your advance notice of the new Direct Debit amounts.\n\n"
        "Revenues and Benefits Unit\nManchester City Council"
    )
    note = (
        "Hiya, this came to me too as I'm on the council tax now. Discount's gone from 1 July so it's "
        "£213.55 a month from September (£213.56 in August). Still comes out of your account? "
        "I'll send you half on the 1st with the rent.\n\nJ"
    )
    add(
        when(2026, 7, 16, 19, 22),
        JACK,
        "Fwd: Your revised Council Tax bill is ready to view",
        outlook_forward(
            note,
            "Manchester City Council <counciltax.ebilling@manchester.gov.uk>",
            "16 July 2026 07:03",
            "jack.doyle.mcr@outlook.com",
            "Your revised Council Tax bill is ready to view",
            orig,
        ),
        "fwd-council-tax-revised-bill",
        [CT],
        mid_domain="outlook.com",
    )


UU = "United Utilities"


def united_utilities() -> None:
    sender = ("United Utilities", "noreply@email.unitedutilities.com")
    acct = "7031 8842 1106"
    foot = (
        "United Utilities Water Limited, Haweswater House, Lingley Mere Business Park, Lingley Green Avenue, "
        "Great Sankey, Warrington WA5 3LP. Registered in England and Wales No. 2366678.<br>"
        "Please don't reply to this email, this mailbox isn't monitored. "
        '<a href="https://www.unitedutilities.com/emails/preferences">Manage your email preferences</a>'
    )

    def bill(
        d: dt.date,
        period: str,
        prev: str,
        cur: str,
        used: int,
        lines: list[tuple[str, str]],
        total: str,
        dd: dt.date,
        name: str,
    ) -> str:
        inner = (
            f"<p>Dear {name},</p><p><b>Your bill is ready</b></p>"
            f"<p>Your latest water bill is now available to view in your online account.</p>"
            f'<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
            + rows([("Account number", acct), ("Bill date", dlong(d)), ("Bill period", period)])
            + "</table>"
            f'<h3 style="color:#005eb8">Your meter readings</h3>'
            f'<table width="100%" cellpadding="4" cellspacing="0" style="font-size:14px;border:1px solid #ddd">'
            f'<tr style="background:#eef4fb"><th align=left>Meter</th><th>Previous reading</th><th>Latest reading</th><th>Used</th></tr>'
            f"<tr><td>19M401877</td><td align=center>{prev}</td><td align=center>{cur}</td><td align=center>{used} m&sup3;</td></tr></table>"
            f'<h3 style="color:#005eb8">Your charges</h3>'
            f'<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
            + rows(lines)
            + f'<tr><td style="padding:10px 0;font-size:17px"><b>Total amount due</b></td>'
            f'<td style="padding:10px 0;font-size:17px;text-align:right"><b>{total}</b></td></tr></table>'
            f"<p>You pay in full by Direct Debit. We'll collect <b>{total}</b> from your bank account on or after "
            f"<b>{dlong(dd)}</b>. You don't need to do anything.</p>"
            "<p>We read your meter twice a year, so your next bill will be in about six months.</p>"
            '<p><a href="https://www.unitedutilities.com/my-account">View your bill</a></p>'
            "<p>Kind regards,<br>United Utilities</p>"
        )
        return page("United Utilities", "#005eb8", inner, foot)

    lines = [
        ("Water supply &ndash; volume 34 m&sup3; at £1.7215", "£58.53"),
        ("Water supply &ndash; standing charge (184 days)", "£21.17"),
        ("Wastewater &ndash; volume 32.3 m&sup3; at £1.9860", "£64.15"),
        ("Wastewater &ndash; standing charge (184 days)", "£14.27"),
        ("Surface water and highway drainage", "£5.30"),
    ]
    rich = bill(
        dt.date(2026, 2, 13),
        "12 August 2025 to 11 February 2026",
        "0412 (actual)",
        "0446 (actual)",
        34,
        lines,
        "£163.42",
        dt.date(2026, 3, 2),
        "Ms Nair",
    )
    add(
        when(2026, 2, 13, 8, 17),
        sender,
        "Your United Utilities bill is ready",
        html_alt(rich),
        "united-utilities-bill",
        [UU],
    )

    inner = (
        "<p>Dear Ms Nair,</p><p><b>Your charges for 2026/27</b></p>"
        "<p>From 1 April 2026 our charges are changing. For a metered customer like you, the new rates are:</p>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows(
            [
                ("Water &ndash; per cubic metre", "£1.8420"),
                ("Water &ndash; standing charge per year", "£45.19"),
                ("Wastewater &ndash; per cubic metre", "£2.1030"),
                ("Wastewater &ndash; standing charge per year", "£30.29"),
            ]
        )
        + "</table>"
        f"<p>Account number: {acct}</p>"
        "<p>You'll see the new charges on your next bill. You pay each bill in full by Direct Debit, so there's "
        "nothing you need to do.</p>"
        "<p>Struggling to pay? Our Help to Pay schemes could lower your bill &ndash; "
        '<a href="https://www.unitedutilities.com/help-to-pay">find out more</a>.</p><p>United Utilities</p>'
    )
    add(
        when(2026, 3, 24, 11, 5),
        sender,
        "Your water charges are changing from 1 April",
        html_alt(page("United Utilities", "#005eb8", inner, foot)),
        "united-utilities-charges-2026",
        [UU],
    )

    lines = [
        ("Water supply &ndash; volume 37 m&sup3; at £1.8420", "£68.15"),
        ("Water supply &ndash; standing charge (181 days)", "£22.41"),
        ("Wastewater &ndash; volume 35.2 m&sup3; at £2.1030", "£74.03"),
        ("Wastewater &ndash; standing charge (181 days)", "£15.02"),
        ("Surface water and highway drainage", "£5.63"),
    ]
    orig_text = to_text(
        bill(
            dt.date(2026, 8, 14),
            "12 February 2026 to 11 August 2026",
            "0446 (actual)",
            "0483 (actual)",
            37,
            lines,
            "£185.24",
            dt.date(2026, 9, 1),
            "Ms Nair and Mr Doyle",
        )
    )
    note = (
        "Water bill came through to me (I put my email on the account when I moved in). £185.24 on the DD "
        "on 1 Sept, bit more than last time, probably my long showers 🙈\n\nJack\n\nSent from Outlook for iOS"
    )
    add(
        when(2026, 8, 16, 12, 40),
        JACK,
        "Fwd: Your United Utilities bill is ready",
        outlook_forward(
            note,
            "United Utilities <noreply@email.unitedutilities.com>",
            "14 August 2026 08:09",
            "jack.doyle.mcr@outlook.com",
            "Your United Utilities bill is ready",
            orig_text,
        ),
        "fwd-united-utilities-bill",
        [UU],
        mid_domain="outlook.com",
    )


OCTO = "Octopus Energy"


def octopus() -> None:
    sender = ("Octopus Energy", "hello@octopus.energy")
    acct = "A-3F9C21D7"
    foot = (
        "Octopus Energy Ltd is a company registered in England and Wales. Registered number: 09263424. "
        "Registered office: UK House, 5th floor, 164-182 Oxford Street, London, W1D 1NN.<br>"
        '<a href="https://octopus.energy/dashboard/">Your account</a> &middot; '
        '<a href="https://octopus.energy/help-and-faqs/">Help</a>'
    )
    rates = {  # elec p/kWh, elec sc p/day, gas p/kWh, gas sc p/day (VAT incl.)
        "q1": (27.03, 53.68, 6.99, 32.67),
        "q2": (25.73, 51.37, 6.33, 29.82),
        "q3": (25.73, 51.37, 6.33, 29.82),
        "q4": (26.35, 52.94, 6.64, 31.43),
    }

    def statement(
        issue: dt.date,
        start: dt.date,
        end: dt.date,
        q: str,
        ekwh: int,
        gkwh: int,
        paid: float,
        paid_on: dt.date,
        opening: float,
    ) -> None:
        er, es, gr, gs = rates[q]
        days = (end - start).days + 1
        e_cost = round(ekwh * er / 100, 2)
        e_sc = round(days * es / 100, 2)
        g_cost = round(gkwh * gr / 100, 2)
        g_sc = round(days * gs / 100, 2)
        total = round(e_cost + e_sc + g_cost + g_sc, 2)
        vat = round(total - total / 1.05, 2)
        closing = round(opening + paid - total, 2)
        state = f"{gbp(abs(closing))} in credit" if closing >= 0 else f"{gbp(abs(closing))} owed"
        inner = (
            "<p>Hi Priya,</p>"
            f"<p>Your latest statement for {start.day} {start:%B} &ndash; {end.day} {end:%B %Y} is ready. "
            "Here's a summary:</p>"
            f'<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
            + rows(
                [
                    ("Account", acct),
                    ("Tariff", "Flexible Octopus"),
                    ("Opening balance", (gbp(abs(opening)) + (" credit" if opening >= 0 else " debit"))),
                ]
            )
            + "</table>"
            '<h3 style="color:#5840ff">Electricity &#9889;</h3><table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
            + rows(
                [
                    (f"{ekwh} kWh @ {er:.2f}p/kWh", gbp(e_cost)),
                    (f"Standing charge {days} days @ {es:.2f}p/day", gbp(e_sc)),
                ]
            )
            + "</table>"
            '<h3 style="color:#5840ff">Gas &#128293;</h3><table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
            + rows(
                [
                    (f"{gkwh} kWh @ {gr:.2f}p/kWh", gbp(g_cost)),
                    (f"Standing charge {days} days @ {gs:.2f}p/day", gbp(g_sc)),
                ]
            )
            + "</table>"
            '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;margin-top:12px">'
            + rows(
                [
                    ("Total charges this period (incl. VAT at 5% of " + gbp(vat) + ")", gbp(total)),
                    (f"Direct Debit received {dlong(paid_on)}", "&minus;" + gbp(paid)),
                    ("Closing balance", state),
                ]
            )
            + "</table>"
            "<p>Your gas readings are converted to kWh using a calorific value of 39.2 MJ/m&sup3;.</p>"
            '<p><a href="https://octopus.energy/dashboard/">See your statement</a></p>'
            "<p>Thanks,<br>The Octopus Energy team &#128025;</p>"
        )
        add(
            when(issue.year, issue.month, issue.day),
            sender,
            "Your latest statement is ready 🐙",
            html_alt(page("octopus energy", "#100030", inner, foot)),
            "octopus-statement",
            [OCTO],
        )

    statement(
        dt.date(2025, 12, 4),
        dt.date(2025, 11, 1),
        dt.date(2025, 11, 30),
        "q4",
        198,
        560,
        82.00,
        dt.date(2025, 11, 12),
        96.40,
    )
    statement(
        dt.date(2026, 3, 4),
        dt.date(2026, 2, 1),
        dt.date(2026, 2, 28),
        "q1",
        190,
        610,
        82.00,
        dt.date(2026, 2, 12),
        -8.20,
    )

    inner = (
        "<p>Hi Priya,</p><p>On 1 April the energy price cap changes, and so do the prices on your Flexible "
        "Octopus tariff. Good news &ndash; they're going down.</p>"
        '<table width="100%" cellpadding="4" cellspacing="0" style="font-size:14px;border:1px solid #ddd">'
        "<tr><th></th><th>Now</th><th>From 1 April 2026</th></tr>"
        "<tr><td>Electricity unit rate</td><td>27.03p/kWh</td><td>25.73p/kWh</td></tr>"
        "<tr><td>Electricity standing charge</td><td>53.68p/day</td><td>51.37p/day</td></tr>"
        "<tr><td>Gas unit rate</td><td>6.99p/kWh</td><td>6.33p/kWh</td></tr>"
        "<tr><td>Gas standing charge</td><td>32.67p/day</td><td>29.82p/day</td></tr></table>"
        "<p>Prices include VAT at 5%. Your Direct Debit stays at £82.00 for now &ndash; we review it regularly "
        "and we'll let you know before anything changes.</p><p>The Octopus Energy team</p>"
    )
    add(
        when(2026, 3, 2, 9, 30),
        sender,
        "Your energy prices from 1 April",
        html_alt(page("octopus energy", "#100030", inner, foot)),
        "octopus-price-change-april",
        [OCTO],
    )

    inner = (
        "<p>Hi Priya,</p><p><b>We've reviewed your Direct Debit</b></p>"
        "<p>We've looked at how much energy you've used over the last year and what it's likely to cost over the "
        "next twelve months at the new April prices. A lower monthly payment should cover it, so we're reducing "
        "your Direct Debit.</p>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows(
            [
                ("Current monthly payment", "£82.00"),
                ("New monthly payment", "£68.00"),
                ("First payment at the new amount", "12 May 2026"),
                ("Account", acct),
            ]
        )
        + "</table>"
        "<p>This email is your advance notice of the change. Octopus Energy Ltd will appear on your bank "
        "statement. Your payments are protected by the Direct Debit Guarantee.</p>"
        "<p>Want to pay a different amount? You can change it on your dashboard.</p><p>The Octopus Energy team</p>"
    )
    add(
        when(2026, 4, 21, 14, 12),
        sender,
        "Your new Direct Debit amount",
        html_alt(page("octopus energy", "#100030", inner, foot)),
        "octopus-dd-lowered",
        [OCTO],
    )

    statement(
        dt.date(2026, 9, 3),
        dt.date(2026, 8, 1),
        dt.date(2026, 8, 31),
        "q3",
        231,
        296,
        68.00,
        dt.date(2026, 8, 12),
        37.52,
    )

    inner = (
        "<p>Hi Priya,</p><p>From 1 October 2026 the prices on your Flexible Octopus tariff will change in line "
        "with the Ofgem price cap:</p>"
        '<table width="100%" cellpadding="4" cellspacing="0" style="font-size:14px;border:1px solid #ddd">'
        "<tr><th></th><th>Now</th><th>From 1 October 2026</th></tr>"
        "<tr><td>Electricity unit rate</td><td>25.73p/kWh</td><td>26.35p/kWh</td></tr>"
        "<tr><td>Electricity standing charge</td><td>51.37p/day</td><td>52.94p/day</td></tr>"
        "<tr><td>Gas unit rate</td><td>6.33p/kWh</td><td>6.64p/kWh</td></tr>"
        "<tr><td>Gas standing charge</td><td>29.82p/day</td><td>31.43p/day</td></tr></table>"
        "<p>You don't need to do anything. Want to fix your prices? Have a look at Octopus 12M Fixed on your "
        "dashboard.</p><p>The Octopus Energy team</p>"
    )
    add(
        when(2026, 9, 1, 10, 3),
        sender,
        "Your energy prices are changing on 1 October",
        html_alt(page("octopus energy", "#100030", inner, foot)),
        "octopus-price-change-october",
        [OCTO],
    )

    inner = (
        "<p>Hi Priya,</p><p><b>We're changing your Direct Debit</b></p>"
        "<p>You're using more energy than when we last set your payments (two of you at home now, and winter on "
        "the way), and your account is heading into debit. To keep you on track we're increasing your monthly "
        "payment.</p>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows(
            [
                ("Current monthly payment", "£68.00"),
                ("New monthly payment", "£97.00"),
                ("Date of first new payment", "12 November 2026"),
                ("Then", "on the 12th of each month"),
                ("Account", acct),
            ]
        )
        + "</table>"
        "<p>This is your advance notice of the change in amount under the Direct Debit Guarantee. If you think "
        "this is too much, you can tell us on your dashboard before 5 November and we'll take another look.</p>"
        "<p>The Octopus Energy team</p>"
    )
    add(
        when(2026, 10, 22, 13, 48),
        sender,
        "Your Direct Debit is changing",
        html_alt(page("octopus energy", "#100030", inner, foot)),
        "octopus-dd-increase",
        [OCTO],
    )

    statement(
        dt.date(2026, 11, 4),
        dt.date(2026, 10, 1),
        dt.date(2026, 10, 31),
        "q4",
        262,
        720,
        68.00,
        dt.date(2026, 10, 12),
        -18.87,
    )


HYPER = "Hyperoptic"


def hyperoptic() -> None:
    sender = ("Hyperoptic", "billing@hyperoptic.com")
    acct = "HYP-1182-0447"
    foot = (
        "Hyperoptic Ltd, 2nd Floor, Tower 42, 25 Old Broad Street, London EC2N 1HQ. Registered in England "
        "and Wales, company number 07540645. VAT number GB 119 8262 91.<br>"
        "You're receiving this service email because you're a Hyperoptic customer."
    )

    def bill(d: dt.date, amount: float, inv: str, note: str = "") -> None:
        vat = round(amount / 6, 2)
        collect = d.replace(day=8)
        inner = (
            "<p>Hi Priya,</p><p>Your Hyperoptic bill for "
            f"{d:%B %Y} is ready.</p>"
            '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
            + rows(
                [
                    ("Account number", acct),
                    ("Invoice number", inv),
                    ("Invoice date", dshort(d)),
                    (
                        "500Mb Fibre Broadband (1 "
                        + f"{d:%b} &ndash; {(d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1):%d %b}"
                        + ")",
                        gbp(amount - vat),
                    ),
                    ("VAT @ 20%", gbp(vat)),
                    ("Total", gbp(amount)),
                ]
            )
            + "</table>"
            f"<p>We'll collect <b>{gbp(amount)}</b> by Direct Debit on or around <b>{dlong(collect)}</b>.</p>"
            + note
            + '<p><a href="https://my.hyperoptic.com/billing">View and download your bill</a></p>'
            "<p>Thanks,<br>Team Hyperoptic</p>"
        )
        add(
            when(d.year, d.month, d.day, RNG.randint(3, 6)),
            sender,
            "Your Hyperoptic bill is ready",
            html(page("hyperoptic", "#e6007e", inner, foot)),
            "hyperoptic-bill",
            [HYPER],
        )

    bill(dt.date(2025, 12, 1), 30.00, "INV-25120188213")
    inner = (
        "<p>Hi Priya,</p><p><b>Your annual price change</b></p>"
        "<p>As set out in your contract, on 1 April each year your monthly price goes up by a fixed amount. "
        "From <b>1 April 2026</b> the price of your 500Mb Fibre Broadband will increase by <b>£3.00 a month</b>, "
        "from £30.00 to <b>£33.00 a month</b> (including VAT).</p>"
        f"<p>Account number: {acct}</p>"
        "<p>Because this price change was part of the contract you agreed to, it doesn't give you the right to "
        "leave without paying early termination charges. Your contract ends on 14 September 2026.</p>"
        "<p>Team Hyperoptic</p>"
    )
    add(
        when(2026, 2, 12, 10, 30),
        ("Hyperoptic", "noreply@hyperoptic.com"),
        "Important: your monthly price from 1 April 2026",
        html_alt(page("hyperoptic", "#e6007e", inner, foot)),
        "hyperoptic-price-change",
        [HYPER],
    )
    bill(
        dt.date(2026, 4, 1),
        33.00,
        "INV-26040194022",
        "<p>Your new monthly price of £33.00 applies from this bill.</p>",
    )
    inner = (
        "<p>Hi Priya,</p><p>Your 24-month contract ends on 14 September 2026. Good news: you don't need to do "
        "anything. You'll stay on the same package at the same price of <b>£33.00 a month</b>, and you can leave "
        "with 30 days' notice at any time.</p>"
        "<p>Fancy faster speeds? Upgrade to 1Gb for just £6 more a month and get a new 12-month price freeze.</p>"
        '<p><a href="https://my.hyperoptic.com/upgrade">See upgrade offers</a></p><p>Team Hyperoptic</p>'
    )
    add(
        when(2026, 8, 13, 9, 12),
        ("Hyperoptic", "noreply@hyperoptic.com"),
        "Your contract is coming to an end",
        html_alt(page("hyperoptic", "#e6007e", inner, foot)),
        "hyperoptic-end-of-contract",
        [HYPER],
    )
    bill(dt.date(2026, 11, 1), 33.00, "INV-26110202531")
    bill(dt.date(2026, 12, 1), 33.00, "INV-26120203907")


GIFF = "giffgaff"


def giffgaff() -> None:
    sender = ("giffgaff", "noreply@giffgaff.com")
    foot = (
        "giffgaff Limited, 260 Bath Road, Slough, SL1 4DX. Registered in England &amp; Wales no. 06434714.<br>"
        "You're getting this email because you're a giffgaff member."
    )
    num = "07700 914 263"

    def page_g(inner: str) -> str:
        return page("giffgaff", "#000000", inner, foot, font="'Helvetica Neue',Arial,sans-serif")

    def renewed(d: dt.date) -> None:
        nxt = (d.replace(day=1) + dt.timedelta(days=32)).replace(day=6)
        inner = (
            "<p>Hi priyanair92,</p><h2>Your goodybag's been renewed</h2>"
            f"<p>Your £10 goodybag for {num} has been renewed and is ready to use.</p>"
            '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
            + rows(
                [
                    ("Goodybag", "£10 goodybag: 30GB, unlimited minutes &amp; texts"),
                    ("Paid", "£10.00"),
                    ("Payment card", "Visa ending 4417" if d < dt.date(2026, 3, 1) else "Visa ending 8830"),
                    ("Next renewal", dlong(nxt)),
                ]
            )
            + "</table><p>You can change or cancel your recurring goodybag any time in your account.</p>"
            "<p>Cheers,<br>giffgaff</p>"
        )
        add(
            when(d.year, d.month, d.day, 0, RNG.randint(5, 50)),
            sender,
            "Your goodybag has been renewed",
            html(page_g(inner)),
            "giffgaff-goodybag-renewed",
            [GIFF],
        )

    renewed(dt.date(2025, 12, 6))
    inner = (
        "<p>Hi priyanair92,</p><h2>We couldn't renew your goodybag</h2>"
        f"<p>We tried to take £10.00 for your recurring goodybag on {num}, but your payment card (Visa ending "
        "4417) has expired.</p><p>Please update your card details and buy your goodybag so you're not left "
        "without data. Until then, calls, texts and data will come out of your credit at standard rates.</p>"
        '<p><a href="https://www.giffgaff.com/profile/payment">Update my card</a></p><p>giffgaff</p>'
    )
    add(
        when(2026, 3, 6, 0, 21),
        sender,
        "Your goodybag payment didn't go through",
        html(page_g(inner)),
        "giffgaff-payment-failed",
        [GIFF],
    )
    inner = (
        "<p>Hi priyanair92,</p><h2>Thanks for your order</h2>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows(
            [
                ("Order number", "GG-63120774"),
                ("Item", "£10 goodybag (recurring)"),
                ("Amount", "£10.00"),
                ("Paid with", "Visa ending 8830"),
                ("Renews on", "6 April 2026"),
            ]
        )
        + "</table><p>giffgaff</p>"
    )
    add(
        when(2026, 3, 6, 8, 47),
        sender,
        "Thanks for your order",
        html(page_g(inner)),
        "giffgaff-order",
        [GIFF],
    )
    renewed(dt.date(2026, 4, 6))
    inner = (
        "<p>Hi priyanair92,</p><h2>Your recurring goodybag has been cancelled</h2>"
        f"<p>As requested, we've cancelled the recurring £10 goodybag on {num}. Your current goodybag stays "
        "active until it runs out on 5 May 2026 and we won't take any more payments.</p>"
        "<p>Your PAC code is <b>GIF482917</b>, valid until 28 May 2026. Give it to your new network to keep your "
        "number.</p><p>giffgaff</p>"
    )
    add(
        when(2026, 4, 28, 18, 3),
        sender,
        "Your recurring goodybag has been cancelled",
        html(page_g(inner)),
        "giffgaff-recurring-cancelled",
        [GIFF],
    )
    body = text(
        "Hi priyanair92,\n\nYour number 07700 914 263 has now moved to your new network. Your giffgaff SIM won't "
        "work any more and your giffgaff account is closed.\n\nAny credit left on your account can be refunded "
        "within 90 days at giffgaff.com/refund.\n\nThanks for being a member. You're welcome back any time.\n\n"
        "giffgaff - the mobile network run by you\n",
        cte="7bit",
        charset="us-ascii",
    )
    add(when(2026, 5, 1, 11, 26), sender, "Sad to see you go", body, "giffgaff-ported-out", [GIFF])


THREE = "Three"


def three() -> None:
    sender = ("Three", "noreply@three.co.uk")
    foot = (
        "Hutchison 3G UK Limited. Registered office: 450 Longwater Avenue, Green Park, Reading, Berkshire RG2 "
        "6GF. Registered in England &amp; Wales No. 03885486.<br>Please don't reply to this email."
    )
    acct = "9712348801"
    inner = (
        "<p>Hi Priya,</p><h2>Thanks for your order</h2><p>Here's what you've ordered:</p>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows(
            [
                ("Order number", "TH-4471902286"),
                ("Samsung Galaxy S25 128GB Navy &ndash; Device Plan, 24 months", "£27.00 a month"),
                (
                    "Airtime Plan &ndash; 100GB data, unlimited minutes &amp; texts, 24 months",
                    "£15.00 a month",
                ),
                ("Upfront cost", "£0.00"),
                ("Total monthly cost", "£42.00"),
            ]
        )
        + "</table>"
        "<p>Your Airtime Plan price will go up by £1.50 a month every April, starting April 2027. Your Device Plan "
        "price stays the same. Prices include VAT.</p>"
        "<p>We'll send you an email when your order is on its way. Want to bring your number from your old "
        "network? Text PAC to 65075 on your old phone and give us the code.</p><p>Three</p>"
    )
    add(
        when(2026, 4, 26, 20, 14),
        ("Three", "orders@three.co.uk"),
        "Your Three order confirmation TH-4471902286",
        html_alt(page("Three", "#2d0a4b", inner, foot)),
        "three-order-confirmation",
        [THREE],
    )
    inner = (
        "<p>Hi Priya,</p><h2>Welcome to Three</h2><p>Your number 07700 914 263 has moved to Three and your "
        "plan is up and running.</p>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows(
            [
                ("Account number", acct),
                ("Monthly plan", "£42.00"),
                ("Bill date", "3rd of each month"),
                ("Payment", "Direct Debit, around 14 days after your bill"),
            ]
        )
        + "</table>"
        "<p>Your first bill may be a bit higher as it includes part of this month.</p>"
        "<p><b>Your Direct Debit Instruction</b><br>Service user: Hutchison 3G UK Ltd. Reference: "
        f"{acct}. Your payments are protected by the Direct Debit Guarantee.</p><p>Three</p>"
    )
    add(
        when(2026, 5, 1, 12, 2),
        sender,
        "Welcome to Three",
        html_alt(page("Three", "#2d0a4b", inner, foot)),
        "three-welcome",
        [THREE],
    )

    def bill(d: dt.date, total: float, lines: list[tuple[str, str]]) -> None:
        collect = d + dt.timedelta(days=14)
        inner = (
            "<p>Hi Priya,</p><h2>Your bill is ready</h2>"
            f"<p>Your latest bill is <b>{gbp(total)}</b>. We'll take this by Direct Debit on or after "
            f"<b>{dlong(collect)}</b>.</p>"
            '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
            + rows(
                [("Account number", acct), ("Bill date", dlong(d))]
                + lines
                + [("Total (incl. VAT)", gbp(total))]
            )
            + "</table>"
            '<p><a href="https://www.three.co.uk/account/bills">View your bill in My3</a></p><p>Three</p>'
        )
        add(
            when(d.year, d.month, d.day, RNG.randint(6, 9)),
            sender,
            "Your Three bill is ready",
            html_alt(page("Three", "#2d0a4b", inner, foot)),
            "three-bill",
            [THREE],
        )

    bill(
        dt.date(2026, 5, 3),
        42.97,
        [
            ("Airtime Plan, part month 1 &ndash; 2 May", "£0.97"),
            ("Airtime Plan 3 May &ndash; 2 June", "£15.00"),
            ("Device Plan payment 1 of 24", "£27.00"),
        ],
    )
    bill(
        dt.date(2026, 7, 3),
        46.12,
        [
            ("Airtime Plan 3 July &ndash; 2 August", "£15.00"),
            ("Device Plan payment 3 of 24", "£27.00"),
            ("Calls to 0845 and 0870 numbers (outside allowance)", "£4.12"),
        ],
    )
    bill(dt.date(2026, 11, 3), 42.00, [("Airtime Plan", "£15.00"), ("Device Plan payment 7 of 24", "£27.00")])


TVL = "TV Licence"


def tv_licence() -> None:
    sender = ("TV Licensing", "donotreply@tvlicensing.co.uk")
    lic = "2041883655 27"
    foot = (
        "TV Licensing is a trademark of the British Broadcasting Corporation and is used under licence. "
        "TV Licensing, Darlington DL98 1TL.<br>This email was sent from an unmonitored address."
    )
    body = alt(
        "Dear Ms P Nair\n\nYour TV Licence is due for renewal\n\n"
        f"Licence number: {lic}\nAddress: {', '.join(ADDRESS)}\nYour current licence expires: 31 July 2026\n\n"
        "As you pay by monthly Direct Debit, we'll renew your licence automatically. The licence fee is now "
        "£180.00. Your new payment plan will be 12 monthly payments of £15.00, starting on 18 August 2026.\n\n"
        "You don't need to do anything. If your details have changed, please update them at "
        "tvlicensing.co.uk/update.\n\nYours sincerely\n\nTV Licensing\n",
        page(
            "TV Licensing",
            "#cc0000",
            "<p>Dear Ms P Nair</p><h2>Your TV Licence is due for renewal</h2>"
            f"<p>Licence number: <b>{lic}</b><br>Your current licence expires: <b>31 July 2026</b></p>"
            "<p>As you pay by monthly Direct Debit, we'll renew your licence automatically. The licence fee is "
            "now £180.00. Your new payment plan will be 12 monthly payments of <b>£15.00</b>, starting on "
            "18 August 2026.</p><p>You don't need to do anything.</p><p>Yours sincerely<br>TV Licensing</p>",
            foot,
        ),
    )
    add(
        when(2026, 6, 16, 9, 0),
        sender,
        "Your TV Licence is due for renewal",
        body,
        "tv-licence-renewal",
        [TVL],
    )
    sched = [dt.date(2026 + (7 + i) // 12, (7 + i) % 12 + 1, 18) for i in range(12)]
    table = "".join(f"<tr><td>{dlong(d)}</td><td align=right>£15.00</td></tr>" for d in sched)
    plain_sched = "".join(f"  {dlong(d):<20} £15.00\n" for d in sched)
    body = alt(
        "Dear Ms P Nair\n\nYour new TV Licence\n\n"
        f"Licence number: {lic}\nValid from: 1 August 2026\nExpires: 31 July 2027\n\n"
        "Your Direct Debit payment schedule\n"
        "This is your advance notice of the payments we'll collect. Payments will show on your bank statement "
        f"as TV LICENCE MBP, reference {lic.replace(' ', '')}.\n\n{plain_sched}\nTotal: £180.00\n\n"
        "Please keep this email as your licence. TV Licensing\n",
        page(
            "TV Licensing",
            "#cc0000",
            "<p>Dear Ms P Nair</p><h2>Your new TV Licence</h2>"
            f"<p>Licence number: <b>{lic}</b><br>Valid from 1 August 2026 to 31 July 2027</p>"
            "<h3>Your Direct Debit payment schedule</h3><p>This is your advance notice of the payments we'll "
            "collect. They will show on your bank statement as TV LICENCE MBP.</p>"
            f'<table width="60%" cellpadding="3" style="font-size:14px">{table}'
            "<tr><td><b>Total</b></td><td align=right><b>£180.00</b></td></tr></table>"
            "<p>Please keep this email as your licence.</p><p>TV Licensing</p>",
            foot,
        ),
    )
    add(
        when(2026, 7, 29, 7, 30),
        sender,
        "Your new TV Licence and payment schedule",
        body,
        "tv-licence-new",
        [TVL],
    )


GMC = "GMC"


def gmc() -> None:
    sender = ("General Medical Council", "noreply@gmc-uk.org")
    ref = "7781204"
    foot = (
        "General Medical Council, 3 Hardman Street, Manchester M3 3AW. The GMC is a charity registered in "
        "England and Wales (1089278) and Scotland (SC037750)."
    )
    body = alt(
        f"Dear Dr Nair\n\nGMC reference number: {ref}\n\nYour annual retention fee is due\n\n"
        "To keep your registration with a licence to practise, you need to pay your annual retention fee every "
        "year.\n\n"
        "Fee for your registration year starting 7 August 2026: £433.00\n"
        "Payment method: Direct Debit\n"
        "We'll collect the fee on or shortly after 7 August 2026.\n\n"
        "If your income is below £43,000 you may be able to pay a reduced fee. You must apply before your "
        "fee due date.\n\n"
        "You can check your details in GMC Online: https://webcache.gmc-uk.org/gmconline\n\n"
        "Registration and Revalidation Directorate\nGeneral Medical Council\n\n"
        + foot.replace("<br>", "\n")
        + "\n",
        page(
            "General Medical Council",
            "#00594f",
            f"<p>Dear Dr Nair</p><p>GMC reference number: {ref}</p><h2>Your annual retention fee is due</h2>"
            "<p>To keep your registration with a licence to practise, you need to pay your annual retention fee "
            "every year.</p>"
            '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
            + rows(
                [
                    ("Registration year starting", "7 August 2026"),
                    ("Annual retention fee", "£433.00"),
                    ("Payment method", "Direct Debit"),
                    ("Collection date", "On or shortly after 7 August 2026"),
                ]
            )
            + "</table><p>If your income is below £43,000 you may be able to pay a reduced fee.</p>"
            "<p>Registration and Revalidation Directorate<br>General Medical Council</p>",
            foot,
        ),
    )
    add(when(2026, 6, 24, 10, 15), sender, "Your annual retention fee is due", body, "gmc-arf-due", [GMC])
    body = text(
        f"Dear Dr Nair\n\nGMC reference number: {ref}\n\n"
        "Thank you. We have received your annual retention fee of £433.00 by Direct Debit on 7 August 2026.\n\n"
        "Your registration with a licence to practise continues. Your next annual retention fee will be due on "
        "7 August 2027.\n\nA receipt is available in GMC Online.\n\nGeneral Medical Council\n",
        cte="quoted-printable",
    )
    add(
        when(2026, 8, 10, 8, 2),
        sender,
        "Payment received: annual retention fee",
        body,
        "gmc-arf-received",
        [GMC],
    )
    inner = (
        "<p>Dear Dr Nair</p><h2>GMC update: November 2026</h2>"
        "<ul><li>Good medical practice: new guidance on remote consultations</li>"
        "<li>National training survey 2026: results for the North West</li>"
        "<li>Supporting resident doctors through rota gaps</li></ul>"
        '<p><a href="https://www.gmc-uk.org/news">Read more on our website</a></p>'
    )
    add(
        when(2026, 11, 18, 12, 0),
        ("GMC Update", "gmcupdate@news.gmc-uk.org"),
        "GMC update: November 2026",
        html(
            page(
                "General Medical Council",
                "#00594f",
                inner,
                foot + '<br><a href="https://www.gmc-uk.org/unsubscribe">Unsubscribe</a>',
            )
        ),
        "gmc-update-newsletter",
        [],
        headers=unsub("https://www.gmc-uk.org/unsubscribe"),
    )


BMA = "BMA"


def bma() -> None:
    sender = ("BMA Membership", "membership@bma.org.uk")
    num = "8120453"
    foot = (
        "British Medical Association, BMA House, Tavistock Square, London WC1H 9JP. A company limited by "
        "guarantee. Registered in England and Wales No. 8848. Listed as a trade union under the Trade Union "
        "and Labour Relations Act 1974."
    )
    inner = (
        f"<p>Dear Dr Nair</p><p>Membership number: {num}</p><h2>Your BMA subscription for 2026</h2>"
        "<p>Each year our subscription rates are reviewed by the BMA's representative body. From "
        "<b>1 January 2026</b> your subscription will be:</p>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows(
            [
                ("Membership category", "Resident doctor &ndash; FY2"),
                ("Monthly Direct Debit", "£24.58"),
                ("Collected on", "15th of each month"),
            ]
        )
        + "</table>"
        "<p>This is your advance notice of the new amount. Your subscription may be tax deductible: claim tax "
        "relief on professional subscriptions from HMRC.</p><p>BMA membership services<br>0300 123 1233</p>"
    )
    add(
        when(2025, 12, 9, 11, 20),
        sender,
        "Your BMA subscription for 2026",
        html_alt(page("BMA", "#3d1152", inner, foot)),
        "bma-rates-2026",
        [BMA],
    )
    inner = (
        f"<p>Dear Dr Nair</p><p>Membership number: {num}</p><h2>We've updated your membership category</h2>"
        "<p>Congratulations on starting core training. Your membership details have been updated:</p>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows(
            [
                ("Previous category", "Resident doctor &ndash; FY2 (£24.58 a month)"),
                ("New category", "Resident doctor &ndash; CT1/ST1&ndash;ST3"),
                ("New monthly Direct Debit", "£29.17"),
                ("First payment at the new rate", "15 September 2026"),
            ]
        )
        + "</table>"
        "<p>This email is your advance notice of the change to your Direct Debit.</p>"
        "<p>BMA membership services</p>"
    )
    add(
        when(2026, 8, 21, 15, 40),
        sender,
        "Your BMA membership category has changed",
        html_alt(page("BMA", "#3d1152", inner, foot)),
        "bma-category-change",
        [BMA],
    )


MDU = "MDU"


def mdu() -> None:
    sender = ("The MDU", "membership@themdu.com")
    num = "472815"
    foot = (
        "The MDU is a trading name of The Medical Defence Union Limited (the MDU). We are not an insurance "
        "company. The benefits of MDU membership are all discretionary and are subject to the Memorandum "
        "and Articles of Association. MDU Services Limited (MDUSL) is authorised and regulated by the "
        "Financial Conduct Authority for insurance mediation. Registered in England 3957086. One Canada "
        "Square, London E14 5GS."
    )
    inner = (
        f"<p>Dear Dr Nair</p><p>Membership number: {num}</p><h2>Your MDU membership renewal</h2>"
        "<p>Thank you for being an MDU member. Your membership renews on <b>1 August 2026</b>.</p>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows(
            [
                ("Membership category", "Doctor in training &ndash; core/specialty year 1"),
                ("Annual subscription 2026/27", "£52.00"),
                ("Payment", "Direct Debit, collected on 1 August 2026"),
            ]
        )
        + "</table>"
        "<p>Your subscription has been set for your grade. If your grade or work changes, please let us know.</p>"
        "<p>Your membership will renew automatically. You don't need to do anything.</p>"
        "<p>MDU Membership team<br>0800 716 376</p>"
    )
    add(
        when(2026, 7, 1, 9, 45),
        sender,
        "Your MDU membership renewal",
        html_alt(page("MDU", "#00205b", inner, foot)),
        "mdu-renewal",
        [MDU],
    )
    inner = (
        f"<p>Dear Dr Nair</p><p>Membership number: {num}</p>"
        "<p>Your membership certificate for 1 August 2026 to 31 July 2027 is ready to download from MyMDU.</p>"
        "<p>We received your subscription of £52.00 on 3 August 2026. Your next renewal date is 1 August 2027.</p>"
        '<p><a href="https://mymdu.themdu.com">Log in to MyMDU</a></p><p>MDU Membership team</p>'
    )
    add(
        when(2026, 8, 4, 10, 31),
        sender,
        "Your MDU membership certificate 2026/27",
        html_alt(page("MDU", "#00205b", inner, foot)),
        "mdu-certificate",
        [MDU],
    )


UJ = "Urban Jungle"


def urban_jungle() -> None:
    sender = ("Urban Jungle", "hello@urbanjungle.insure")
    pol = "UJ-CT-882041"
    foot = (
        "Urban Jungle Services Ltd is authorised and regulated by the Financial Conduct Authority (FRN 780494). "
        "Registered in England and Wales, company number 10107838. Registered office: 27 Old Gloucester "
        "Street, London WC1N 3AX."
    )

    def receipt(d: dt.date, amount: float) -> None:
        ipt = round(amount - amount / 1.12, 2)
        inner = (
            "<p>Hey Priya,</p><p>Thanks! We've taken your monthly payment for your contents insurance.</p>"
            '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
            + rows(
                [
                    ("Policy number", pol),
                    ("Payment date", dlong(d)),
                    ("Card", "Mastercard ending 2209"),
                    ("Premium", gbp(amount - ipt)),
                    ("Insurance Premium Tax (12%)", gbp(ipt)),
                    ("Total paid", gbp(amount)),
                ]
            )
            + "</table><p>Cheers,<br>The Urban Jungle team &#127796;</p>"
        )
        add(
            when(d.year, d.month, d.day, 6, RNG.randint(0, 59)),
            sender,
            "Payment received - thanks!",
            html(page("Urban Jungle", "#1b4d3e", inner, foot)),
            "urban-jungle-payment",
            [UJ],
        )

    receipt(dt.date(2025, 12, 23), 7.94)
    inner = (
        "<p>Hey Priya,</p><h2>Your renewal is coming up</h2>"
        f"<p>Your contents insurance (policy {pol}) renews on <b>23 March 2026</b>. Here's your price for the "
        "next 12 months:</p>"
        '<table width="100%" cellpadding="4" cellspacing="0" style="font-size:14px;border:1px solid #ddd">'
        "<tr><th></th><th>Last year</th><th>This year</th></tr>"
        "<tr><td>Monthly payment</td><td>£7.94</td><td><b>£8.61</b></td></tr>"
        "<tr><td>Total for the year</td><td>£95.28</td><td>£103.32</td></tr></table>"
        "<p>Prices include Insurance Premium Tax at 12%. You pay monthly by card and there's no interest or "
        "admin fee for paying monthly.</p>"
        "<p>If you do nothing, your policy will renew automatically and we'll keep taking payments from your "
        "card on the 23rd of each month.</p>"
        '<p><a href="https://app.urbanjungle.insure/renewal">Review your cover</a></p><p>The Urban Jungle team</p>'
    )
    add(
        when(2026, 2, 21, 10, 10),
        sender,
        "Your renewal is coming up",
        html_alt(page("Urban Jungle", "#1b4d3e", inner, foot)),
        "urban-jungle-renewal-notice",
        [UJ],
    )
    inner = (
        "<p>Hey Priya,</p><h2>You're covered for another year</h2>"
        f"<p>Your policy {pol} has renewed. Cover runs from 23 March 2026 to 22 March 2027.</p>"
        "<p>Your monthly payment is <b>£8.61</b>, taken on the 23rd of each month. Your policy documents, "
        "including your Insurance Product Information Document, are in your account.</p>"
        "<p>The Urban Jungle team</p>"
    )
    add(
        when(2026, 3, 23, 6, 2),
        sender,
        "Your policy has renewed",
        html_alt(page("Urban Jungle", "#1b4d3e", inner, foot)),
        "urban-jungle-renewed",
        [UJ],
    )
    receipt(dt.date(2026, 10, 23), 8.61)


PURE = "PureGym"


def puregym() -> None:
    sender = ("PureGym", "noreply@puregym.com")
    foot = (
        "PureGym Limited, Town Centre House, Merrion Centre, Leeds LS2 8LY. Registered in England and Wales "
        "No. 06180638.<br>"
    )
    inner = (
        "<p>Hi Priya,</p><p>We're writing to let you know that the price of your membership at "
        "<b>PureGym Manchester Spinningfields</b> is changing.</p>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows(
            [
                ("Membership", "Core"),
                ("Current monthly price", "£24.99"),
                ("New monthly price", "£27.99"),
                ("From your payment on", "1 March 2026"),
            ]
        )
        + "</table>"
        "<p>We've invested in new equipment and longer opening hours across our Manchester gyms. Your new "
        "price will be collected by Direct Debit on the same date each month. This is your advance notice of the "
        "change under the Direct Debit Guarantee.</p>"
        "<p>If you'd like to cancel, you can do so in the app or at puregym.com/members before 25 February.</p>"
        "<p>Thanks,<br>The PureGym team</p>"
    )
    add(
        when(2026, 2, 2, 16, 30),
        sender,
        "An update to your membership price",
        html_alt(page("PUREGYM", "#000000", inner, foot)),
        "puregym-price-change",
        [PURE],
    )
    inner = (
        "<p>Hi Priya,</p><h2>Your membership freeze is confirmed</h2>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows(
            [
                ("Gym", "PureGym Manchester Spinningfields"),
                ("Membership", "Core"),
                ("Freeze starts", "1 November 2026"),
                ("Freeze ends", "31 January 2027"),
            ]
        )
        + "</table>"
        "<p>While your membership is frozen you won't be able to use the gym and we won't take any monthly "
        "payments. Your membership will restart automatically on <b>1 February 2027</b>, when we'll collect "
        "your next payment of <b>£27.99</b>.</p>"
        "<p>Want to come back early? Unfreeze any time in the app.</p><p>The PureGym team</p>"
    )
    add(
        when(2026, 10, 19, 22, 8),
        sender,
        "Your membership freeze is confirmed",
        html_alt(page("PUREGYM", "#000000", inner, foot)),
        "puregym-freeze",
        [PURE],
    )


SPOT = "Spotify Premium Duo"


def spotify() -> None:
    sender = ("Spotify", "no-reply@spotify.com")
    foot = (
        "Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden.<br>"
        '<a href="https://www.spotify.com/uk/legal/">Terms of use</a> &middot; '
        '<a href="https://www.spotify.com/uk/legal/privacy-policy/">Privacy policy</a>'
    )

    def receipt(d: dt.date, plan: str, amount: float) -> None:
        vat = round(amount / 6, 2)
        inner = (
            "<h2>Thanks for your payment</h2><p>Your receipt for Spotify Premium.</p>"
            '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
            + rows(
                [
                    ("Order ID", f"P{RNG.randint(10**11, 10**12 - 1)}"),
                    ("Date", dlong(d)),
                    ("Plan", plan),
                    ("Period", f"{dlong(d)} &ndash; {dlong(add_month(d) - dt.timedelta(days=1))}"),
                    ("Payment method", "Mastercard &bull;&bull;&bull;&bull; 2209"),
                    ("Total (includes VAT " + gbp(vat) + ")", gbp(amount)),
                ]
            )
            + "</table>"
            f"<p>Your subscription will renew automatically on {dlong(add_month(d))}. You can cancel any time in "
            "your account page.</p>"
        )
        add(
            when(d.year, d.month, d.day, tz="se"),
            sender,
            "Your Spotify Premium receipt",
            html(page("Spotify", "#191414", inner, foot)),
            "spotify-receipt",
            [SPOT],
        )

    receipt(dt.date(2025, 12, 9), "Premium Individual", 11.99)
    receipt(dt.date(2026, 6, 9), "Premium Individual", 11.99)
    inner = (
        "<h2>You've switched to Premium Duo</h2>"
        "<p>Hi Priya, your plan has been changed from Premium Individual to <b>Premium Duo</b>. You can invite one "
        "person who lives with you to join.</p>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows([("New plan", "Premium Duo"), ("Price", "£17.99/month"), ("Next payment", "9 July 2026")])
        + "</table><p>Invite sent to jack.doyle.mcr@outlook.com.</p>"
    )
    add(
        when(2026, 7, 5, 21, 44, tz="se"),
        sender,
        "Your plan has changed",
        html(page("Spotify", "#191414", inner, foot)),
        "spotify-plan-change-duo",
        [SPOT],
    )
    receipt(dt.date(2026, 8, 9), "Premium Duo", 17.99)
    receipt(dt.date(2026, 11, 9), "Premium Duo", 17.99)


def add_month(d: dt.date, n: int = 1) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(d.day, last))


NETFLIX = "Netflix"


def netflix() -> None:
    sender = ("Netflix", "info@account.netflix.com")
    foot = (
        "This account email was sent to priya.nair.92@gmail.com as part of your Netflix membership.<br>"
        "Netflix Services UK Limited, 1 Fitzroy Place, 7th floor, 5 Mortimer Street, London W1T 3JJ.<br>"
        "SRC: 48210_en_GB"
    )
    inner = (
        "<h2>Your plan change is confirmed</h2><p>Hi Priya,</p>"
        "<p>You've changed your plan. Here are the details:</p>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows(
            [
                ("Previous plan", "Premium &middot; £18.99/month"),
                ("New plan", "Standard &middot; £12.99/month"),
                ("Effective from", "14 February 2026"),
            ]
        )
        + "</table>"
        "<p>You'll keep watching on Premium until your next billing date. From 14 February 2026 you'll be charged "
        "£12.99 every month. Prices include VAT.</p>"
        '<p><a href="https://www.netflix.com/account">Manage account</a></p><p>&mdash;Your friends at Netflix</p>'
    )
    add(
        when(2026, 2, 3, 22, 51),
        sender,
        "Your plan change is confirmed",
        html(page("NETFLIX", "#e50914", inner, foot)),
        "netflix-plan-change",
        [NETFLIX],
    )
    inner = (
        "<p>Hi Priya,</p><h2>New on Netflix this week</h2>"
        "<p>The gripping final season of the hit British crime drama, plus a new true-crime documentary series "
        "everyone's talking about.</p><p>Standard plan &middot; Watch on 2 screens at a time.</p>"
        '<p><a href="https://www.netflix.com/browse">Watch now</a></p>'
    )
    add(
        when(2026, 9, 25, 17, 2, tz="utc"),
        ("Netflix", "info@mailer.netflix.com"),
        "Priya, new this week on Netflix",
        html(
            page(
                "NETFLIX",
                "#e50914",
                inner,
                foot + '<br><a href="https://www.netflix.com/unsubscribe">Unsubscribe</a>',
            )
        ),
        "netflix-marketing",
        [],
        headers=unsub("https://www.netflix.com/unsubscribe"),
    )


PRIME = "Amazon Prime"


def amazon() -> None:
    foot = (
        "Amazon.co.uk is a trading name of Amazon EU S.&agrave; r.l., 38 avenue John F. Kennedy, L-1855 "
        "Luxembourg. Amazon EU S.&agrave; r.l., UK branch: 1 Principal Place, Worship Street, London EC2A 2FA. "
        "VAT Reg. No. GB727255821.<br>Please note: this email was sent from a notification-only address that "
        "can't accept incoming email."
    )
    prime = ("Amazon.co.uk", "prime@amazon.co.uk")

    def pg(inner: str) -> str:
        return page("amazon.co.uk", "#232f3e", inner, foot, font="Arial,sans-serif")

    inner = (
        "<p>Hello Priya,</p><h2>Your Amazon Prime membership will renew soon</h2>"
        "<p>Thank you for being an Amazon Prime member. Your annual membership will automatically renew on "
        "<b>18 March 2026</b>.</p>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows(
            [
                ("Membership plan", "Annual"),
                ("Membership fee", "£95.00"),
                ("Payment method", "Visa ending in 4417"),
                ("Renewal date", "18 March 2026"),
            ]
        )
        + "</table>"
        "<p>You don't need to do anything. To change your plan or end your membership, visit Your Prime "
        "Membership.</p>"
    )
    add(
        when(2026, 3, 11, 4, 12, tz="utc"),
        prime,
        "Your Amazon Prime membership renews on 18 March 2026",
        html_alt(pg(inner)),
        "amazon-prime-renewal-reminder",
        [PRIME],
    )
    inner = (
        "<p>Hello Priya,</p><h2>We couldn't process your Prime payment</h2>"
        "<p>We weren't able to charge £95.00 for your Amazon Prime membership to your Visa ending in 4417 because "
        "the card has expired.</p><p>To keep enjoying FREE One-Day Delivery, Prime Video and more, please update "
        "your payment method by <b>25 March 2026</b>. We'll try again automatically.</p>"
        '<p><a href="https://www.amazon.co.uk/mc/pipelines/prime">Update payment method</a></p>'
    )
    add(
        when(2026, 3, 18, 6, 40, tz="utc"),
        prime,
        "Action required: update your payment for Amazon Prime",
        html_alt(pg(inner)),
        "amazon-prime-payment-declined",
        [PRIME],
    )
    inner = (
        "<p>Hello Priya,</p><h2>Thank you, your Prime membership has been renewed</h2>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows(
            [
                ("Membership plan", "Annual Prime"),
                ("Amount charged", "£95.00 (incl. VAT)"),
                ("Payment method", "Visa ending in 8830"),
                ("Date charged", "19 March 2026"),
                ("Next renewal date", "19 March 2027"),
            ]
        )
        + "</table><p>We'll remind you before your membership renews.</p>"
    )
    add(
        when(2026, 3, 19, 13, 5, tz="utc"),
        prime,
        "Your Amazon Prime membership has been renewed",
        html_alt(pg(inner)),
        "amazon-prime-renewed",
        [PRIME],
    )

    shop = ("Amazon.co.uk", "auto-confirm@amazon.co.uk")

    def order(d: dt.datetime, num: str, items: list[tuple[str, float]], deliver: str) -> None:
        total = round(sum(p for _, p in items), 2)
        lines = "".join(
            f'<tr><td style="padding:6px 0">{n}<br><span style="color:#565959">Sold by Amazon EU S.a.r.L.</span></td>'
            f'<td style="text-align:right">{gbp(p)}</td></tr>'
            for n, p in items
        )
        inner = (
            "<p>Hello Priya,</p><p>Thank you for your order. We'll send a confirmation when your item ships.</p>"
            f"<p><b>Arriving:</b> {deliver}<br><b>Delivery:</b> FREE Prime Delivery</p>"
            f'<p>Order <a href="https://www.amazon.co.uk/gp/your-account/order-details?orderID={num}">#{num}</a></p>'
            f'<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">{lines}'
            + rows(
                [
                    ("Item subtotal", gbp(total)),
                    ("Postage &amp; Packing", "£0.00"),
                    ("Order total (VAT included)", gbp(total)),
                ]
            )
            + "</table>"
        )
        first = items[0][0]
        subj = (
            f'Your Amazon.co.uk order of "{first[:40]}..."'
            if len(first) > 40
            else f'Your Amazon.co.uk order of "{first}"'
        )
        if len(items) > 1:
            subj += f" and {len(items) - 1} more item" + ("s" if len(items) > 2 else "")
        add(d, shop, subj, html_alt(pg(inner)), "amazon-order", [])

    order(
        when(2026, 1, 22, 21, 33, tz="utc"),
        "204-7719342-6620301",
        [
            ("3M Littmann Classic III Monitoring Stethoscope, Black Edition", 84.99),
            ("Pocket Medicine Pen Torch, Pack of 2", 6.49),
        ],
        "Saturday 24 January",
    )
    add(
        when(2026, 1, 23, 9, 2, tz="utc"),
        ("Amazon.co.uk", "shipment-tracking@amazon.co.uk"),
        "Dispatched: your Amazon.co.uk order #204-7719342-6620301",
        html_alt(
            pg(
                "<p>Hello Priya,</p><p>Your package has been dispatched and is on its way. Carrier: Amazon "
                "Logistics. Tracking ID: QG4821773309.</p><p>Arriving Saturday 24 January</p>"
            )
        ),
        "amazon-dispatched",
        [],
    )
    order(
        when(2026, 10, 30, 23, 48, tz="utc"),
        "204-9920417-1183554",
        [
            ('Kindle Paperwhite (16 GB) | 7" glare-free display', 149.99),
            ("Kindle Paperwhite Fabric Cover, Sage", 29.99),
        ],
        "Sunday 1 November",
    )


ICLOUD = "iCloud+"


def apple() -> None:
    sender = ("Apple", "no_reply@email.apple.com")
    foot = (
        '<a href="https://support.apple.com/billing">Get help with subscriptions and purchases</a>. '
        "Learn how to manage your password preferences for iTunes, Apple Books and App Store purchases.<br>"
        "Apple ID Summary &bull; Terms of Sale &bull; Privacy Policy<br>"
        "Apple Distribution International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, Republic of "
        "Ireland. VAT No. GB 117 0992 75<br>Copyright &copy; 2026 Apple Distribution International Ltd. "
        "All rights reserved"
    )

    def receipt(d: dt.date, items: list[tuple[str, str, str, float]], order: str) -> None:
        total = round(sum(i[3] for i in items), 2)
        vat = round(total - total / 1.2, 2)
        lines = "".join(
            f'<tr><td style="padding:10px 0"><b>{a}</b><br>{b}<br><span style="color:#666">{c}</span></td>'
            f'<td style="text-align:right;vertical-align:top;padding:10px 0"><b>{gbp(p)}</b></td></tr>'
            for a, b, c, p in items
        )
        inner = (
            '<h1 style="font-weight:300;font-size:28px">Receipt</h1>'
            '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:12px;background:#f7f7f7">'
            '<tr><td style="padding:8px">APPLE ID<br>priya.nair.92@gmail.com</td>'
            '<td style="padding:8px">BILLED TO<br>Mastercard &bull;&bull;&bull;&bull; 2209<br>Priya Nair<br>'
            + "<br>".join(ADDRESS)
            + "<br>GBR</td></tr>"
            f'<tr><td style="padding:8px">DATE<br>{d.day} {d:%b %Y}</td><td style="padding:8px">ORDER ID<br>{order}</td></tr>'
            f'<tr><td style="padding:8px">DOCUMENT NO.<br>{RNG.randint(10**11, 10**12 - 1)}</td><td></td></tr></table>'
            f'<table width="100%" cellpadding="0" cellspacing="0" style="font-size:13px">{lines}</table>'
            '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:13px">'
            + rows([("Subtotal", gbp(total - vat)), ("VAT charged at 20%", gbp(vat)), ("TOTAL", gbp(total))])
            + "</table>"
            '<p style="font-size:12px;color:#666">You can turn off renewal receipts to stop getting emails each '
            "time your subscriptions renew. You can always view your receipts from App Store settings &rsaquo; "
            "Purchase History.</p>"
        )
        add(
            when(d.year, d.month, d.day, tz="la"),
            sender,
            "Your receipt from Apple.",
            html_alt(
                page(
                    "&#63743;",
                    "#ffffff;color:#000",
                    inner,
                    foot,
                    font="-apple-system,'Helvetica Neue',Helvetica,Arial,sans-serif",
                )
            ),
            "apple-receipt",
            [ICLOUD] if "iCloud" in items[0][0] else [],
            mid_domain="email.apple.com",
        )

    def icloud(d: dt.date, gb: int, price: float) -> None:
        receipt(
            d,
            [
                (
                    "iCloud+",
                    f"iCloud+ with {gb} GB of storage (Monthly)",
                    f"Renews {add_month(d).day} {add_month(d):%b %Y}",
                    price,
                )
            ],
            "M" + "".join(RNG.choice("BCDFGHJKLMNPQRSTVWXZ0123456789") for _ in range(9)),
        )

    icloud(dt.date(2025, 12, 27), 50, 0.99)
    receipt(
        dt.date(2026, 2, 15),
        [("Procreate Pocket", "Savage Interactive Pty Ltd", "App &middot; Priya's iPhone", 5.99)],
        "MT7Q2JXN4V",
    )
    icloud(dt.date(2026, 3, 27), 50, 0.99)
    inner = (
        "<h2>Your iCloud storage is full.</h2><p>Dear Priya,</p><p>You have used all of your 50 GB of iCloud "
        "storage. Photos and videos are no longer uploading to iCloud Photos, and your iPhone is not backing up "
        "to iCloud.</p><p>Upgrade to iCloud+ with 200 GB for £2.99 a month, or 2 TB for £8.99 a month.</p>"
        "<p>iCloud</p>"
    )
    add(
        when(2026, 6, 9, 3, 20, tz="la"),
        ("iCloud", "noreply@email.apple.com"),
        "Your iCloud storage is full.",
        html(page("iCloud", "#ffffff;color:#000", inner, foot)),
        "icloud-storage-full",
        [ICLOUD],
    )
    inner = (
        "<h2>Subscription Confirmation</h2><p>Dear Priya,</p>"
        "<p>You have successfully subscribed to:</p>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows(
            [
                ("App", "iCloud+"),
                ("Subscription", "iCloud+ with 200 GB of storage"),
                ("Content Provider", "Apple Distribution International Ltd."),
                ("Date of Purchase", "11 Jun 2026"),
                ("Renewal Price", "£2.99 per month"),
            ]
        )
        + "</table><p>Your subscription will automatically renew for £2.99 per month until you cancel it. This "
        "replaces your iCloud+ with 50 GB of storage plan.</p><p>Regards,<br>Apple</p>"
    )
    add(
        when(2026, 6, 11, 2, 58, tz="la"),
        sender,
        "Your Subscription Confirmation",
        html_alt(page("&#63743;", "#ffffff;color:#000", inner, foot)),
        "apple-subscription-confirmation",
        [ICLOUD],
    )
    icloud(dt.date(2026, 6, 11), 200, 2.99)
    icloud(dt.date(2026, 11, 11), 200, 2.99)


YT = "YouTube Premium"
DUO = "Duolingo Super"


def google_play() -> None:
    sender = ("Google Play", "googleplay-noreply@google.com")
    foot = (
        "You've received this mandatory email service announcement to update you about important changes to "
        "your Google Play account.<br>Google Commerce Limited, Gordon House, Barrow Street, Dublin 4, Ireland."
        "<br>&copy; 2026 Google LLC"
    )
    base_yt = "GPA.3361-8820-1147-52219"
    base_duo = "GPA.3324-0915-7786-40113"

    def receipt(d: dt.date, app: str, item: str, price: float, order: str, method: str, label: str) -> None:
        vat = round(price - price / 1.2, 2)
        at = when(d.year, d.month, d.day, tz="utc")
        local = at.astimezone(TZS["uk"])
        zone = "GMT" if local.utcoffset() == dt.timedelta(0) else "BST"
        inner = (
            "<p>Thank you.</p><p>You've made a purchase from the Google Play Store on "
            f"{d.day} {d:%b %Y}. You have also agreed to the Google Play Terms of Service.</p>"
            f"<p>Order number: {order}<br>Order date: {d.day} {d:%b %Y} {local:%H:%M:%S} {zone}</p>"
            '<table width="100%" cellpadding="6" cellspacing="0" style="font-size:14px;border-top:1px solid #ddd">'
            "<tr><th align=left>Item</th><th align=right>Price</th></tr>"
            f'<tr><td>{item} ({app})<br><span style="color:#666">Auto-renewing subscription</span></td>'
            f"<td align=right>{gbp(price)}/month</td></tr>"
            f"<tr><td align=right>Total:</td><td align=right><b>{gbp(price)}/month</b><br>"
            f'<span style="color:#666">(Includes VAT of {gbp(vat)})</span></td></tr></table>'
            f"<p>Payment method: {method}</p>"
            "<p>You can manage your subscriptions in Google Play: "
            '<a href="https://play.google.com/store/account/subscriptions">Subscriptions</a></p>'
        )
        add(
            at,
            sender,
            f"Your Google Play Order Receipt from {d:%b} {d.day}, {d.year}",
            Part("text/html", page("Google Play", "#ffffff;color:#202124", inner, foot), "UTF-8", "base64"),
            "google-play-receipt",
            [label],
            mid_domain="google.com",
        )

    for i, d in [(0, dt.date(2025, 12, 2)), (2, dt.date(2026, 2, 2))]:
        receipt(
            d,
            "Duolingo: Language Lessons",
            "Super Duolingo - Monthly",
            10.99,
            f"{base_duo}..{14 + i}",
            "Visa-4417",
            DUO,
        )
    for n, d in [
        (7, dt.date(2025, 12, 21)),
        (12, dt.date(2026, 5, 21)),
        (16, dt.date(2026, 9, 21)),
        (18, dt.date(2026, 11, 21)),
    ]:
        receipt(
            d, "YouTube", "YouTube Premium", 12.99, f"{base_yt}..{n}", "PayPal: priya.nair.92@gmail.com", YT
        )

    inner = (
        "<p>Hi Priya,</p><h2>There's a problem with your subscription</h2>"
        "<p>We couldn't charge your payment method for <b>Super Duolingo - Monthly</b> (Duolingo: Language "
        "Lessons), £10.99/month. Your card Visa-4417 has expired.</p>"
        "<p>To keep your subscription, fix your payment method by 1 April 2026. Until then your subscription is "
        "on hold.</p>"
        '<p><a href="https://play.google.com/store/paymentmethods">Fix payment</a></p><p>The Google Play team</p>'
    )
    add(
        when(2026, 3, 2, 8, 14, tz="utc"),
        sender,
        "Action required: there's a problem with your Super Duolingo subscription",
        html_alt(page("Google Play", "#ffffff;color:#202124", inner, foot)),
        "google-play-payment-problem",
        [DUO],
        mid_domain="google.com",
    )
    inner = (
        "<p>Hi Priya,</p><h2>Your subscription has been cancelled</h2>"
        "<p>Your subscription to <b>Super Duolingo - Monthly</b> from Duolingo: Language Lessons has been "
        "cancelled because we couldn't process your payment. You won't be charged again.</p>"
        "<p>You can subscribe again at any time from the app.</p><p>The Google Play team</p>"
    )
    add(
        when(2026, 4, 1, 9, 2, tz="utc"),
        sender,
        "Your Super Duolingo subscription was cancelled",
        html_alt(page("Google Play", "#ffffff;color:#202124", inner, foot)),
        "google-play-subscription-cancelled",
        [DUO],
        mid_domain="google.com",
    )
    inner = (
        "<h2>Hi Priya, it's Duo 🦉</h2><p>These reminders don't seem to be working. We'll stop sending them "
        "for now. Your Spanish is waiting whenever you are.</p>"
        '<p><a href="https://www.duolingo.com/learn">Start a lesson</a></p>'
    )
    add(
        when(2026, 8, 14, 19, 30, tz="ny"),
        ("Duolingo", "hello@duolingo.com"),
        "Oh no, your 212 day streak ended 😢",
        html(
            page(
                "duolingo",
                "#58cc02",
                inner,
                "Duolingo, 5900 Penn Ave, Pittsburgh, PA 15206, USA<br>"
                '<a href="https://www.duolingo.com/settings/notifications">Unsubscribe</a>',
            )
        ),
        "duolingo-streak",
        [],
        headers=unsub("https://www.duolingo.com/settings/notifications"),
    )


HEAD = "Headspace"


def headspace() -> None:
    sender = ("Headspace", "hello@headspace.com")
    foot = (
        "Headspace Inc., 2415 Michigan Ave, Santa Monica, CA 90404, USA.<br>"
        '<a href="https://www.headspace.com/privacy-policy">Privacy</a> &middot; '
        '<a href="https://www.headspace.com/terms-and-conditions">Terms</a>'
    )
    inner = (
        "<h2>Welcome to Headspace, Priya</h2><p>Your 7-day free trial has started. Explore hundreds of "
        "meditations, sleepcasts and focus music.</p>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows(
            [
                ("Plan", "Headspace Annual"),
                ("Free trial ends", "11 January 2026"),
                ("Then", "£49.99 per year, billed annually"),
            ]
        )
        + "</table><p>You won't be charged if you cancel before 11 January 2026. Cancel any time in Account "
        "settings &rsaquo; Subscription.</p>"
    )
    add(
        when(2026, 1, 4, 22, 31, tz="la"),
        sender,
        "Your free trial has started",
        html_alt(page("headspace", "#ff7e1d", inner, foot)),
        "headspace-trial-started",
        [HEAD],
    )
    inner = (
        "<h2>Thanks for subscribing</h2><p>Hi Priya, here's your receipt.</p>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows(
            [
                ("Receipt number", "2291-4470-8813"),
                ("Date", "11 January 2026"),
                ("Headspace Annual (11 Jan 2026 &ndash; 10 Jan 2027)", "£41.66"),
                ("VAT (20%)", "£8.33"),
                ("Total charged", "£49.99"),
                ("Payment method", "Mastercard ending 2209"),
                ("Renews on", "11 January 2027"),
            ]
        )
        + "</table><p>Your subscription renews automatically each year. We'll send you a reminder before it "
        "renews.</p>"
    )
    add(
        when(2026, 1, 11, 0, 7, tz="la"),
        ("Headspace", "receipts@headspace.com"),
        "Your Headspace receipt",
        html(page("headspace", "#ff7e1d", inner, foot)),
        "headspace-receipt",
        [HEAD],
    )


GOUSTO = "Gousto"


def gousto() -> None:
    sender = ("Gousto", "noreply@gousto.co.uk")
    foot = (
        "Gousto, 2 Sheldon Square, London W2 6PY. Registered in England and Wales, company number 07294879. "
        "VAT number GB 998 4337 44.<br>"
        '<a href="https://www.gousto.co.uk/my-deliveries">Manage my deliveries</a> &middot; '
        '<a href="https://www.gousto.co.uk/help">Help</a>'
    )
    recipes = [
        [
            "Chicken Katsu Curry With Sticky Rice",
            "Crispy Halloumi Tacos With Pickled Onions",
            "Beef Ragu Pappardelle",
        ],
        ["Paneer Tikka Masala With Coriander Rice", "Honey Soy Salmon Noodles", "Smoky Black Bean Chilli"],
        ["Thai Green Chicken Curry", "Harissa Roasted Veg Couscous", "Cheeseburger Pasta Bake"],
        ["Korean Style Pork Rice Bowl", "Lemon &amp; Herb Chicken Traybake", "Mushroom Stroganoff"],
        ["Lamb Kofta Flatbreads", "Sweet Potato &amp; Spinach Dal", "Chicken Fajita Rice"],
        ["Teriyaki Tofu Stir-Fry", "Chorizo &amp; Butter Bean Stew", "Pesto Gnocchi With Cherry Tomatoes"],
    ]

    def confirmed(sent: dt.datetime, deliver: dt.date, n: int, first: bool = False) -> None:
        order = f"{188_400_000 + n * 7_311}"
        lines = "".join(f"<li>{r}</li>" for r in recipes[n % len(recipes)])
        if first:
            money = rows(
                [
                    ("3 recipes for 2 people", "£37.49"),
                    ("60% off your first box", "&minus;£22.49"),
                    ("Delivery", "FREE"),
                    ("Total paid", "£15.00"),
                ]
            )
            head = "<h2>Welcome to Gousto, Priya! Your first box is confirmed</h2>"
        else:
            money = rows(
                [("3 recipes for 2 people", "£37.49"), ("Delivery", "£3.99"), ("Total paid", "£41.48")]
            )
            head = f"<h2>Your order's confirmed for {dday(deliver)}</h2>"
        inner = (
            head + f"<p>Order number: {order}<br>Delivery: <b>{dday(deliver)}</b>, 8am&ndash;7pm</p>"
            f"<p><b>Your recipes</b></p><ul>{lines}</ul>"
            f'<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">{money}</table>'
            "<p>Paid with Visa ending 8830.</p>"
            "<p>You're on fortnightly deliveries. You can skip or pause any box in the app up until the menu "
            "closes.</p><p>Happy cooking!<br>The Gousto team</p>"
        )
        subj = (
            "Your first Gousto box is confirmed 🎉"
            if first
            else f"Order confirmed: your box for {dday(deliver)}"
        )
        add(
            sent,
            sender,
            subj,
            html_alt(page("Gousto", "#e8002d", inner, foot)),
            "gousto-order-confirmed",
            [GOUSTO],
        )

    def skipped(sent: dt.datetime, deliver: dt.date, nxt: dt.date) -> None:
        inner = (
            f"<h2>You've skipped your box for {dday(deliver)}</h2><p>No problem, Priya &ndash; we won't send a box "
            f"or take payment for that week. Your next box is due on <b>{dday(nxt)}</b>.</p>"
            "<p>Changed your mind? You can unskip it in the app until the menu closes.</p><p>The Gousto team</p>"
        )
        add(
            sent,
            sender,
            f"You've skipped your box for {dday(deliver)}",
            html(page("Gousto", "#e8002d", inner, foot)),
            "gousto-box-skipped",
            [GOUSTO],
        )

    confirmed(when(2026, 8, 13, 20, 11), dt.date(2026, 8, 20), 0, first=True)
    add(
        when(2026, 8, 20, 7, 2),
        ("Gousto", "deliveries@gousto.co.uk"),
        "Your Gousto box is on its way 🚚",
        html(
            page(
                "Gousto",
                "#e8002d",
                "<h2>Your box is out for delivery today</h2><p>DPD will deliver between 11:24 and 12:24. Track "
                "your parcel: 15501488213007M.</p><p>Not in? Your box is insulated to keep food fresh until "
                "11pm.</p>",
                foot,
            )
        ),
        "gousto-out-for-delivery",
        [GOUSTO],
    )
    confirmed(when(2026, 8, 28, 12, 0), dt.date(2026, 9, 3), 1)
    skipped(when(2026, 9, 9, 23, 15), dt.date(2026, 9, 17), dt.date(2026, 10, 1))
    skipped(when(2026, 10, 21, 18, 40), dt.date(2026, 10, 29), dt.date(2026, 11, 12))
    confirmed(when(2026, 11, 6, 12, 0), dt.date(2026, 11, 12), 4)
    confirmed(when(2026, 11, 20, 12, 2), dt.date(2026, 11, 26), 5)
    inner = (
        "<h2>Your next box is almost ready</h2><p>Hi Priya, you haven't chosen your recipes for "
        "<b>Thursday 10 December</b> yet. If you don't pick by Friday, we'll choose some favourites for you.</p>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows(
            [
                ("Delivery", "Thursday 10 December"),
                ("Menu closes", "Friday 4 December, 12pm"),
                ("Box", "3 recipes for 2 people"),
                ("We'll take payment on", "Friday 4 December"),
                ("Amount", "£41.48"),
            ]
        )
        + "</table>"
        '<p><a href="https://www.gousto.co.uk/menu">Choose my recipes</a> &middot; '
        '<a href="https://www.gousto.co.uk/my-deliveries">Skip this box</a></p><p>The Gousto team</p>'
    )
    add(
        when(2026, 11, 30, 17, 30),
        sender,
        "Pick your recipes for Thursday 10 December",
        html_alt(page("Gousto", "#e8002d", inner, foot)),
        "gousto-upcoming-box",
        [GOUSTO],
    )


PATREON = "Patreon"


def patreon() -> None:
    sender = ("Patreon", "no-reply@patreon.com")
    foot = (
        "Patreon, Inc., 600 Townsend Street, Suite 500, San Francisco, CA 94103, USA.<br>"
        '<a href="https://www.patreon.com/settings/emails">Email settings</a>'
    )

    def receipt(d: dt.date) -> None:
        inner = (
            "<h2>Thanks for your payment</h2>"
            "<p>Hi Priya, here's your receipt for your membership to <b>Moss &amp; Moth</b> "
            "(Zo&euml; Whitfield).</p>"
            '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
            + rows(
                [
                    ("Receipt", f"#{RNG.randint(10**9, 10**10 - 1)}"),
                    ("Date", f"{d:%b} {d.day}, {d.year}"),
                    ("Sketchbook Club tier", "£4.00"),
                    ("VAT (20%)", "£0.80"),
                    ("Total", "£4.80"),
                    ("Payment method", "Mastercard ending in 2209"),
                ]
            )
            + "</table>"
            "<p>You're billed on the 1st of every month. Next charge: "
            f"{add_month(d):%b} 1, {add_month(d).year}.</p>"
            '<p><a href="https://www.patreon.com/settings/memberships">Manage membership</a></p>'
        )
        add(
            when(d.year, d.month, d.day, 10, RNG.randint(0, 59), tz="utc"),
            sender,
            f"Your Patreon receipt for {d:%B} {d.year}",
            html(page("PATREON", "#141518", inner, foot)),
            "patreon-receipt",
            [PATREON],
        )

    receipt(dt.date(2025, 12, 1))
    inner = (
        "<p><b>Moss &amp; Moth</b> just shared a new post</p><h2>February sketchbook: the Peak District "
        "pages 🌿</h2><p>Hi all! This month's printable colouring sheets are up for Sketchbook Club "
        "members&hellip;</p>"
    )
    add(
        when(2026, 2, 27, 18, 12, tz="utc"),
        ("Moss & Moth via Patreon", "bingo@patreon.com"),
        'Moss & Moth just shared "February sketchbook: the Peak District pages"',
        html(page("PATREON", "#141518", inner, foot)),
        "patreon-creator-post",
        [],
        headers=unsub("https://www.patreon.com/settings/emails"),
    )
    receipt(dt.date(2026, 5, 1))
    receipt(dt.date(2026, 8, 1))
    receipt(dt.date(2026, 11, 1))


ECON = "The Economist"


def economist() -> None:
    sender = ("The Economist", "subscriptions@economist.com")
    foot = (
        "The Economist Newspaper Limited, The Adelphi, 1-11 John Adam Street, London WC2N 6HT. Registered in "
        "England and Wales no. 236383. VAT registration no. GB 340 4368 57."
    )
    inner = (
        "<p>Dear Priya Nair,</p><h2>Your subscription will renew soon</h2>"
        "<p>Thank you for subscribing to The Economist. Your Digital subscription (customer number "
        "ECO-44180237) will renew automatically on <b>12 April 2026</b>.</p>"
        "<p>Your student subscription has now come to an end, so from your renewal date you will pay our "
        "standard rate:</p>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows(
            [
                ("Current price (student rate)", "£79.00 a year"),
                ("Renewal price", "£189.00 a year"),
                ("Renewal date", "12 April 2026"),
                ("Payment method", "Visa ending 8830"),
            ]
        )
        + "</table><p>You don't need to do anything to keep reading. To make changes, visit "
        '<a href="https://myaccount.economist.com">My Account</a> or call 0203 048 4161.</p>'
        "<p>Yours sincerely,<br>Customer Services<br>The Economist</p>"
    )
    add(
        when(2026, 3, 13, 9, 3),
        sender,
        "Your Economist subscription will renew on 12 April 2026",
        html_alt(page("The Economist", "#e3120b", inner, foot)),
        "economist-renewal-notice",
        [ECON],
    )
    inner = (
        "<p>Dear Priya Nair,</p><h2>Payment confirmation</h2>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows(
            [
                ("Invoice number", "INV-UK-26-0917732"),
                ("Product", "The Economist Digital &ndash; 12 months"),
                ("Subscription period", "12 April 2026 &ndash; 11 April 2027"),
                ("Price", "£189.00"),
                ("VAT at 0%", "£0.00"),
                ("Total charged", "£189.00"),
            ]
        )
        + "</table><p>Your subscription will renew on 12 April 2027.</p><p>The Economist</p>"
    )
    add(
        when(2026, 4, 12, 4, 30),
        sender,
        "Payment confirmation - The Economist",
        html_alt(page("The Economist", "#e3120b", inner, foot)),
        "economist-payment-confirmation",
        [ECON],
    )
    for d, title in [(dt.date(2026, 10, 22), "The world this week")]:
        inner = (
            f"<h2>{title}</h2><p>Politics: Britain's government unveils its spending plans. Business: "
            "central banks hold their nerve. Plus: the cover story, and why the north-west is booming.</p>"
            '<p><a href="https://www.economist.com/weeklyedition">Read this week\'s edition</a></p>'
        )
        add(
            when(d.year, d.month, d.day, 18, 0),
            ("The Economist", "newsletters@e.economist.com"),
            f"{title}: {dlong(d)}",
            html(
                page(
                    "The Economist",
                    "#e3120b",
                    inner,
                    foot + '<br><a href="https://www.economist.com/newsletters">Unsubscribe</a>',
                )
            ),
            "economist-newsletter",
            [],
            headers=unsub("https://www.economist.com/newsletters"),
        )


UBER1 = "Uber One"


def uber() -> None:
    foot = (
        "Uber B.V., Burgerweeshuispad 301, 1076 HR Amsterdam, Netherlands. Uber Britannia Ltd, Aldgate Tower, "
        "2 Leman Street, London E1 8FA."
    )
    sender = ("Uber", "noreply@uber.com")

    def trip(at: dt.datetime, fare: float, from_: str, to: str, one: bool) -> None:
        saving = "<tr><td>Uber One savings</td><td align=right>&minus;£0.74</td></tr>" if one else ""
        inner = (
            f"<h2>Thanks for riding, Priya</h2><p>Here's your receipt for your trip on {dlong(at.date())}.</p>"
            f'<table width="100%" cellpadding="4" cellspacing="0" style="font-size:14px"><tr><td><b>Total</b></td>'
            f"<td align=right><b>{gbp(fare)}</b></td></tr><tr><td>Trip fare</td><td align=right>{gbp(fare - 0.55 + (0.74 if one else 0))}</td></tr>"
            f"<tr><td>Booking fee</td><td align=right>£0.55</td></tr>{saving}</table>"
            f"<p>UberX &middot; {from_} &rarr; {to}</p><p>Paid with Apple Pay (Mastercard &bull;&bull;&bull;&bull; 2209)</p>"
        )
        add(
            at,
            sender,
            f"Your {at:%A} {('morning' if at.hour < 12 else 'afternoon' if at.hour < 18 else 'evening')} trip with Uber",
            html(page("Uber", "#000000", inner, foot)),
            "uber-trip-receipt",
            [],
        )

    inner = (
        "<h2>Welcome to Uber One</h2><p>Your free trial has started, Priya. Enjoy £0 Delivery Fee on eligible "
        "Uber Eats orders and up to 6% Uber One credits on rides.</p>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows([("Free trial", "1 month"), ("Trial ends", "14 March 2026"), ("Then", "£5.99/month")])
        + "</table><p>We'll remind you 3 days before your trial ends. Cancel any time in the app.</p>"
    )
    add(
        when(2026, 2, 14, 20, 3),
        ("Uber One", "uberone@uber.com"),
        "You're in! Welcome to Uber One",
        html_alt(page("Uber One", "#000000", inner, foot)),
        "uber-one-trial",
        [UBER1],
        mid_domain="uber.com",
    )

    def one_receipt(d: dt.date) -> None:
        inner = (
            "<h2>Uber One membership receipt</h2>"
            '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
            + rows(
                [
                    ("Date", dlong(d)),
                    ("Monthly membership", "£5.99"),
                    ("Includes VAT", "£1.00"),
                    ("Payment", "Mastercard &bull;&bull;&bull;&bull; 2209"),
                    ("Next billing date", dlong(add_month(d))),
                ]
            )
            + "</table><p>You saved £6.41 with Uber One last month.</p>"
        )
        add(
            when(d.year, d.month, d.day, 5, RNG.randint(0, 59)),
            ("Uber One", "uberone@uber.com"),
            "Your Uber One membership receipt",
            html(page("Uber One", "#000000", inner, foot)),
            "uber-one-receipt",
            [UBER1],
            mid_domain="uber.com",
        )

    one_receipt(dt.date(2026, 3, 14))
    one_receipt(dt.date(2026, 6, 14))
    trip(when(2026, 6, 27, 8, 12), 11.30, "Pollard Street", "Manchester Royal Infirmary", True)
    inner = (
        "<h2>Your membership has been cancelled</h2><p>Hi Priya, we're sorry to see you go. Your Uber One "
        "membership has been cancelled and you won't be charged again.</p><p>You'll keep your benefits until "
        "<b>13 September 2026</b>. You can rejoin at any time.</p>"
    )
    add(
        when(2026, 9, 2, 22, 17),
        ("Uber One", "uberone@uber.com"),
        "Your Uber One membership has been cancelled",
        html_alt(page("Uber One", "#000000", inner, foot)),
        "uber-one-cancelled",
        [UBER1],
        mid_domain="uber.com",
    )


MONZO = "Monzo Perks"


def monzo() -> None:
    sender = ("Monzo", "hello@monzo.com")
    foot = (
        "Monzo Bank Limited is registered in England and Wales (No. 09446231) and is authorised by the "
        "Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential "
        "Regulation Authority. Our Financial Services Register number is 730427. Registered office: Broadwalk "
        "House, 5 Appold Street, London EC2A 2AG."
    )
    body = alt(
        "Hey Priya 👋\n\nWelcome to Monzo Perks!\n\nHere's what you've signed up for:\n"
        "- Plan: Monzo Perks\n- Price: £7 a month\n- Payment: taken from your Monzo current account on the 19th "
        "of each month, starting today\n- Minimum term: 6 months\n\n"
        "Your perks: a weekly Greggs treat, a Railcard every year, a higher interest rate on Instant Access "
        "Savings Pots and Get Paid Early.\n\nYou can see your plan in the app under Account > Your plan.\n\n"
        "Team Monzo\n\n" + foot + "\n",
        page(
            "monzo",
            "#14233c",
            "<p>Hey Priya &#128075;</p><h2>Welcome to Monzo Perks!</h2>"
            '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
            + rows(
                [
                    ("Plan", "Monzo Perks"),
                    ("Price", "£7 a month"),
                    ("Payment", "From your Monzo current account on the 19th of each month, starting today"),
                    ("Minimum term", "6 months"),
                ]
            )
            + "</table><p>Your perks: a weekly Greggs treat, a Railcard every year, a higher interest rate on "
            "Instant Access Savings Pots and Get Paid Early.</p><p>Team Monzo</p>",
            foot,
        ),
    )
    add(when(2026, 2, 19, 13, 22), sender, "Welcome to Monzo Perks 🎉", body, "monzo-perks-welcome", [MONZO])
    body = text(
        "Hey Priya,\n\nJust a heads up: the 6-month minimum term on your Monzo Perks plan ended today.\n\n"
        "Nothing changes. You'll keep paying £7 a month on the 19th, and you can now switch plans or cancel at "
        "any time in the app (Account > Your plan > Manage).\n\nTeam Monzo\n\n" + foot + "\n"
    )
    add(
        when(2026, 8, 19, 9, 5),
        sender,
        "Your Monzo Perks minimum term has ended",
        body,
        "monzo-perks-term-ended",
        [MONZO],
    )


# ================================================================= not subscriptions


def loqbox() -> None:
    sender = ("Loqbox", "hello@loqbox.com")
    foot = (
        "Loqbox is a trading name of Loqbox Ltd, registered in England and Wales (08749744), authorised and "
        "regulated by the Financial Conduct Authority (FRN 710906). Representative example: borrowing £300 "
        "over 12 months, repayments of £25.00 a month, total repayable £300, 0% APR representative."
    )
    inner = (
        "<h2>Welcome to Loqbox Save, Priya</h2><p>You're all set to build your credit score while you save.</p>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows(
            [
                ("Monthly saving", "£25.00"),
                ("Term", "12 months"),
                ("Your savings pot at the end", "£300.00"),
                ("Fees", "£0.00"),
                ("Payment date", "10th of each month"),
            ]
        )
        + "</table>"
        "<p>How it works: we lend you £300 at 0% interest and lock it away. Each month you repay £25 and we tell "
        "the credit reference agencies. When you've paid it all back, the £300 is unlocked and it's yours &ndash; "
        "it's your own money, not a fee.</p>"
    )
    add(
        when(2026, 3, 10, 19, 40),
        sender,
        "Welcome to Loqbox Save",
        html_alt(page("Loqbox", "#1e0a3c", inner, foot)),
        "loqbox-welcome",
        [],
    )
    body = text(
        "Loqbox Ltd will collect £25.00 from your account ending 61 on or around 10 June 2026, and on the 10th of "
        "each month after that, under the Direct Debit Instruction reference LQBX-7710524.\n\n"
        "This is an advance notice of your payments. If you need to change anything, contact Loqbox at "
        "hello@loqbox.com.\n\nYour payments are protected by the Direct Debit Guarantee.\n\n"
        "GoCardless Ltd, Sutton Yard, 65 Goswell Road, London EC1V 7EN. GoCardless is authorised by the Financial "
        "Conduct Authority under the Payment Services Regulations 2017 (FRN 597190) for the provision of payment "
        "services.\n"
    )
    add(
        when(2026, 6, 2, 10, 15),
        ("Loqbox via GoCardless", "noreply@gocardless.com"),
        "Loqbox Ltd: Advance notice of Direct Debit payments",
        body,
        "gocardless-loqbox-notice",
        [],
    )
    inner = (
        "<h2>You've saved £200 so far 🎉</h2><p>Eight payments in, four to go. Your Experian score is up 64 "
        "points since you joined.</p><p>Want to go further? Loqbox Plus gives you access to Spend &amp; Build "
        "and credit score tracking from all three agencies for £5.99 a month.</p>"
    )
    add(
        when(2026, 10, 12, 12, 0),
        ("Loqbox", "news@loqbox.com"),
        "Priya, you're two thirds of the way there",
        html(
            page(
                "Loqbox",
                "#1e0a3c",
                inner,
                foot + '<br><a href="https://www.loqbox.com/unsubscribe">Unsubscribe</a>',
            )
        ),
        "loqbox-progress",
        [],
        headers=unsub("https://www.loqbox.com/unsubscribe"),
    )


def nhs() -> None:
    sender = ("ESR Payslips", "noreply@esr.nhs.uk")
    for d in [dt.date(2025, 12, 24), dt.date(2026, 6, 26), dt.date(2026, 11, 27)]:
        body = text(
            "Dear Priya Nair\n\n"
            f"Your payslip for pay date {dshort(d)} is now available to view in ESR Self Service.\n\n"
            "Employer: Manchester University NHS Foundation Trust\nAssignment number: 21904418\n\n"
            "To view your payslip, log in to ESR at https://my.esr.nhs.uk using your smartcard or username and "
            "password. For your security, your payslip is not attached to this email.\n\n"
            "If you have any queries about your pay, please contact Payroll Services on 0161 276 4567.\n\n"
            "This email was sent from an unmonitored mailbox. NHS Electronic Staff Record.\n",
            cte="7bit",
            charset="us-ascii",
        )
        add(
            when(d.year, d.month, d.day - 3, 2, 0),
            sender,
            "Your payslip is now available",
            body,
            "nhs-esr-payslip",
            [],
            mid_domain="esr.nhs.uk",
        )


def trainline() -> None:
    sender = ("Trainline", "auto-confirm@info.thetrainline.com")
    foot = (
        "Trainline.com Limited, 3rd Floor, 120 Holborn, London EC1N 2TD. Registered in England and Wales no. "
        "3846791."
    )

    def ticket(
        at: dt.datetime,
        ref: str,
        journey: str,
        when_txt: str,
        legs: list[tuple[str, str, float]],
        fee: float,
        railcard: bool = True,
    ) -> None:
        total = round(sum(p for *_, p in legs) + fee, 2)
        leg_rows = "".join(
            f"<tr><td>{a}</td><td>{b}</td><td align=right>{gbp(p)}</td></tr>" for a, b, p in legs
        )
        split = (
            "<p><b>SplitSave</b>: we split your journey into "
            + str(len(legs))
            + " tickets to save you money. "
            "Stay on the same train &ndash; you don't need to change.</p>"
            if len(legs) > 1
            else ""
        )
        inner = (
            f"<h2>Your tickets are ready</h2><p>Hi Priya, thanks for booking with Trainline.</p>"
            f"<p>Booking reference: <b>{ref}</b><br>{journey}<br>{when_txt}</p>"
            f'<table width="100%" cellpadding="4" cellspacing="0" style="font-size:14px;border:1px solid #ddd">'
            f"<tr><th align=left>Ticket</th><th align=left>Type</th><th align=right>Price</th></tr>{leg_rows}"
            f"<tr><td colspan=2>Booking fee</td><td align=right>{gbp(fee)}</td></tr>"
            f"<tr><td colspan=2><b>Total paid</b></td><td align=right><b>{gbp(total)}</b></td></tr></table>"
            + split
            + ("<p>Railcard: 26-30 Railcard. Remember to bring it with you.</p>" if railcard else "")
            + "<p>Your eTickets are in the Trainline app.</p>"
        )
        add(
            at,
            sender,
            f"Your booking confirmation: {journey}",
            html_alt(page("trainline", "#01c3a7", inner, foot)),
            "trainline-booking",
            [],
        )

    inner = (
        "<h2>Your 26-30 Railcard is ready</h2><p>Hi Priya, here's your digital Railcard.</p>"
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">'
        + rows(
            [
                ("Railcard", "26-30 Railcard (1 year)"),
                ("Valid from", "8 January 2026"),
                ("Valid until", "7 January 2027"),
                ("Price", "£35.00"),
                ("Booking reference", "TL-RC-8843106"),
            ]
        )
        + "</table><p>Save 1/3 on most rail fares across Great Britain. Your Railcard won't renew automatically.</p>"
    )
    add(
        when(2026, 1, 8, 18, 2),
        sender,
        "Your 26-30 Railcard purchase",
        html_alt(page("trainline", "#01c3a7", inner, foot)),
        "trainline-railcard",
        [],
    )
    ticket(
        when(2026, 1, 29, 22, 10),
        "TL7H4K2P",
        "Manchester Piccadilly to London Euston",
        "Fri 13 Feb 2026, 17:15 &ndash; 19:24 &middot; return Sun 15 Feb 2026",
        [
            ("Manchester Piccadilly &rarr; Stoke-on-Trent", "Advance Single", 9.40),
            ("Stoke-on-Trent &rarr; London Euston", "Advance Single", 21.75),
            ("London Euston &rarr; Manchester Piccadilly", "Off-Peak Single", 46.20),
        ],
        1.85,
    )
    ticket(
        when(2026, 4, 30, 7, 44),
        "TL9Q2M7X",
        "Manchester Piccadilly to Edinburgh",
        "Sat 16 May 2026, 08:21 &ndash; 11:46",
        [
            ("Manchester Piccadilly &rarr; Preston", "Off-Peak Single", 7.60),
            ("Preston &rarr; Edinburgh", "Advance Single", 24.30),
        ],
        1.95,
    )
    body = text(
        "Hi Priya,\n\nWe're sorry your 17:15 Manchester Piccadilly to London Euston on 13 February was delayed by "
        "38 minutes. You're entitled to Delay Repay compensation.\n\nWe've submitted your claim to Avanti West "
        "Coast. Claim reference: DR-2026-0219-66104. Compensation: £7.78 (25% of your single fare), to be paid "
        "back to your card within 14 days.\n\nTrainline\n"
    )
    add(
        when(2026, 2, 19, 11, 30),
        ("Trainline", "delayrepay@info.thetrainline.com"),
        "Delay Repay claim submitted - DR-2026-0219-66104",
        body,
        "trainline-delay-repay",
        [],
    )


def deliveroo() -> None:
    sender = ("Deliveroo", "noreply@t.deliveroo.co.uk")
    foot = (
        "Roofoods Ltd, The River Building, Level 1 Cannon Place, 78 Cannon Street, London EC4N 6AF. Registered "
        "in England and Wales, company number 08167130."
    )

    def order(at: dt.datetime, rest: str, items: list[tuple[str, float]], fee: float) -> None:
        sub = round(sum(p for _, p in items), 2)
        service = round(min(max(sub * 0.1, 0.99), 3.49), 2)
        total = round(sub + fee + service, 2)
        lines = "".join(f"<tr><td>1x {n}</td><td align=right>{gbp(p)}</td></tr>" for n, p in items)
        inner = (
            f"<h2>Your order's been placed</h2><p>{rest} has your order and is getting it ready.</p>"
            f'<table width="100%" cellpadding="4" cellspacing="0" style="font-size:14px">{lines}'
            f"<tr><td>Subtotal</td><td align=right>{gbp(sub)}</td></tr>"
            f"<tr><td>Delivery fee</td><td align=right>{gbp(fee)}</td></tr>"
            f"<tr><td>Service fee</td><td align=right>{gbp(service)}</td></tr>"
            f"<tr><td><b>Total</b></td><td align=right><b>{gbp(total)}</b></td></tr></table>"
            "<p>Paid with Apple Pay.</p><p>Save on delivery fees with Deliveroo Plus &ndash; try it free for 30 "
            "days.</p>"
        )
        add(
            at,
            sender,
            f"Your order from {rest}",
            html(page("deliveroo", "#00ccbc", inner, foot)),
            "deliveroo-order",
            [],
        )

    order(
        when(2026, 1, 18, 20, 41),
        "Bundobust Oxford Road",
        [("Okra Fries", 6.50), ("Tarka Dal", 7.00), ("Bundo Chaat", 7.50)],
        2.49,
    )
    inner = (
        "<h2>Free delivery, all month</h2><p>Join Deliveroo Plus Silver for £3.49 a month and get free "
        "delivery on orders over £15. Your first 30 days are on us.</p>"
    )
    add(
        when(2026, 6, 30, 11, 0),
        ("Deliveroo", "news@t.deliveroo.co.uk"),
        "Priya, try Plus free for 30 days",
        html(
            page(
                "deliveroo",
                "#00ccbc",
                inner,
                foot + '<br><a href="https://deliveroo.co.uk/unsubscribe">Unsubscribe</a>',
            )
        ),
        "deliveroo-plus-marketing",
        [],
        headers=unsub("https://deliveroo.co.uk/unsubscribe"),
    )
    order(
        when(2026, 11, 14, 22, 20),
        "Hello Oriental Northern Quarter",
        [("Salt & Pepper Chips", 5.80), ("Chicken Chow Mein", 9.20), ("Crispy Chilli Beef", 10.50)],
        2.99,
    )


def shops() -> None:
    asos_foot = (
        "ASOS.com Limited, Greater London House, Hampstead Road, London NW1 7FB. Registered in England "
        "and Wales no. 03584121."
    )
    asos = ("ASOS", "orders@asos.com")
    inner = (
        "<h2>Thanks for your order, Priya!</h2><p>Order number: <b>1184730221</b> &middot; Order date: 29 Mar 2026</p>"
        '<table width="100%" cellpadding="4" cellspacing="0" style="font-size:14px">'
        "<tr><td>ASOS DESIGN wide leg trousers in stone, UK 10</td><td align=right>£28.00</td></tr>"
        "<tr><td>Monki oversized denim jacket, S</td><td align=right>£36.00</td></tr>"
        "<tr><td>Standard Delivery</td><td align=right>£0.00</td></tr>"
        "<tr><td><b>Total</b></td><td align=right><b>£64.00</b></td></tr></table>"
        "<p>Payment: Klarna &ndash; Pay in 3</p><p>Estimated delivery: Thursday 2 April</p>"
        "<p>Never pay for delivery again with ASOS Premier &ndash; unlimited next-day delivery for a year.</p>"
    )
    add(
        when(2026, 3, 29, 21, 6),
        asos,
        "Thanks for your order!",
        html_alt(page("ASOS", "#2d2d2d", inner, asos_foot)),
        "asos-order",
        [],
    )
    klarna = ("Klarna", "noreply@klarna.co.uk")
    kfoot = (
        "Klarna Financial Services UK Limited, 10 York Road, London SE1 7ND. Klarna's Pay in 3 is an "
        "unregulated credit agreement. Borrowing more than you can afford or paying late may negatively "
        "impact your financial status and ability to obtain credit."
    )
    inner = (
        "<h2>You've paid for your ASOS order with Pay in 3</h2>"
        '<table width="100%" cellpadding="4" cellspacing="0" style="font-size:14px">'
        "<tr><td>Paid today, 29 Mar 2026</td><td align=right>£21.34</td></tr>"
        "<tr><td>28 Apr 2026</td><td align=right>£21.33</td></tr>"
        "<tr><td>28 May 2026</td><td align=right>£21.33</td></tr>"
        "<tr><td><b>Total</b></td><td align=right><b>£64.00</b></td></tr></table>"
        "<p>No interest, no fees when you pay on time. We'll automatically collect each payment from your card.</p>"
    )
    add(
        when(2026, 3, 29, 21, 7),
        klarna,
        "Your purchase at ASOS",
        html(page("Klarna.", "#ffb3c7;color:#000", inner, kfoot)),
        "klarna-purchase",
        [],
    )
    inner = (
        "<h2>Your refund is on its way</h2><p>We've received your return for order 1184730221.</p>"
        '<table width="100%" cellpadding="4" cellspacing="0" style="font-size:14px">'
        "<tr><td>ASOS DESIGN wide leg trousers in stone, UK 10</td><td align=right>£28.00</td></tr>"
        "<tr><td><b>Refund total</b></td><td align=right><b>£28.00</b></td></tr></table>"
        "<p>Your refund will go back to Klarna and your remaining payments will be updated.</p>"
    )
    add(
        when(2026, 4, 9, 14, 2),
        ("ASOS", "returns@asos.com"),
        "Your refund is on its way",
        html(page("ASOS", "#2d2d2d", inner, asos_foot)),
        "asos-refund",
        [],
    )
    body = text(
        "Hi Priya,\n\nYour final payment of £14.66 for ASOS will be collected on 28 April 2026 from your Visa "
        "ending 8830.\n\nYour refund of £28.00 has been applied to your purchase, so your payment plan now has "
        "just one payment left.\n\nKlarna\n"
    )
    add(
        when(2026, 4, 25, 9, 0),
        klarna,
        "Reminder: your ASOS payment is due soon",
        body,
        "klarna-reminder",
        [],
    )

    vinted = ("Vinted", "no-reply@vinted.co.uk")
    vfoot = "Vinted UAB, Švitrigailos g. 13, Vilnius, Lithuania. You're receiving this email because you have a Vinted account."
    for at, item, price, buyer in [
        (when(2026, 2, 8, 19, 17, tz="lt"), "Zara wool blend coat, camel, M", 32.00, "Zoë_K"),
        (when(2026, 9, 6, 16, 44, tz="lt"), "Kindle Paperwhite (10th gen) + case", 45.00, "Ciarán_88"),
    ]:
        inner = (
            f"<h2>You've made a sale! 🎉</h2><p><b>{buyer}</b> bought <b>{item}</b> for {gbp(price)}.</p>"
            "<p>Send the item within 5 working days using the prepaid label in the app. Once the buyer "
            "confirms everything's OK, your money will go to your Vinted balance.</p>"
        )
        add(at, vinted, f"Sold! {item}", html(page("Vinted", "#007782", inner, vfoot)), "vinted-sale", [])
    inner = (
        "<h2>Your money has been transferred</h2><p>£45.00 has been moved from your Vinted balance to your "
        "bank account ending 61. It should arrive within 1&ndash;3 working days.</p>"
    )
    add(
        when(2026, 9, 12, 9, 31, tz="lt"),
        vinted,
        "Your transfer is on its way",
        html(page("Vinted", "#007782", inner, vfoot)),
        "vinted-payout",
        [],
    )

    tm = ("Ticketmaster UK", "customer_support@email.ticketmaster.co.uk")
    tfoot = "Ticketmaster UK Limited, 30 St John Street, London EC1M 4AY. Registered in England no. 02662632."
    inner = (
        "<h2>You got the tickets!</h2><p>Order number: 33-48120/UK2</p>"
        "<p><b>The Last Dinner Party</b><br>AO Arena, Manchester<br>Friday 9 October 2026, doors 18:30</p>"
        '<table width="100%" cellpadding="4" cellspacing="0" style="font-size:14px">'
        "<tr><td>2 x Standing (Mobile Ticket)</td><td align=right>£97.00</td></tr>"
        "<tr><td>Service fees</td><td align=right>£15.90</td></tr>"
        "<tr><td>Order processing fee</td><td align=right>£2.75</td></tr>"
        "<tr><td><b>Total</b></td><td align=right><b>£115.65</b></td></tr></table>"
        "<p>Your tickets will be available in the Ticketmaster app 48 hours before the event.</p>"
    )
    add(
        when(2026, 2, 20, 10, 4),
        tm,
        "You got the tickets! The Last Dinner Party",
        html_alt(page("ticketmaster", "#026cdf", inner, tfoot)),
        "ticketmaster-order",
        [],
    )

    stripe = ("Ancoats Community Larder", "receipts+acct_1OyQ2hHk4Lr@stripe.com")
    inner = (
        "<h2>Receipt from Ancoats Community Larder</h2><p>Receipt #1840-2217</p>"
        '<table width="100%" cellpadding="4" cellspacing="0" style="font-size:14px">'
        "<tr><td>Amount paid</td><td align=right>£20.00</td></tr><tr><td>Date paid</td><td align=right>"
        "23 Dec 2025</td></tr><tr><td>Payment method</td><td align=right>Mastercard &ndash; 2209</td></tr>"
        "<tr><td>Christmas appeal &ndash; one-off donation</td><td align=right>£20.00</td></tr></table>"
        "<p>Thank you for helping us put food on tables in Ancoats and New Islington this winter.</p>"
    )
    add(
        when(2025, 12, 23, 20, 12),
        stripe,
        "Your receipt from Ancoats Community Larder #1840-2217",
        html(page("Ancoats Community Larder", "#6b8e23", inner, "Powered by Stripe &middot; stripe.com")),
        "stripe-donation-receipt",
        [],
        mid_domain="stripe.com",
    )

    bolt = ("Bolt", "receipts@bolt.eu")
    inner = (
        "<h2>Thanks for riding with Bolt</h2><p>Sunday 19 April 2026, 02:14</p>"
        '<table width="100%" cellpadding="4" cellspacing="0" style="font-size:14px">'
        "<tr><td>Ride fare</td><td align=right>£9.80</td></tr><tr><td>Booking fee</td><td align=right>£0.70</td></tr>"
        "<tr><td><b>Total</b></td><td align=right><b>£10.50</b></td></tr></table>"
        "<p>Northern Quarter &rarr; Pollard Street &middot; Driver: Imran &middot; Toyota Prius</p>"
        "<p>Bolt Operations O&Uuml;, Vana-L&otilde;una 15, 10134 Tallinn, Estonia</p>"
    )
    add(
        when(2026, 4, 19, 2, 40),
        bolt,
        "Your Bolt ride receipt",
        html(page("Bolt", "#34d186", inner, "Bolt")),
        "bolt-ride-receipt",
        [],
    )

    paypal = ("PayPal", "service@paypal.co.uk")
    inner = (
        "<p>Hello Priya Nair,</p><p>You sent a payment of £12.99 GBP to Google Commerce Limited.</p>"
        '<table width="100%" cellpadding="4" cellspacing="0" style="font-size:14px">'
        "<tr><td>Merchant</td><td>Google Commerce Limited<br>googlepayments-noreply@google.com</td></tr>"
        "<tr><td>Description</td><td>YouTube Premium (YouTube) &ndash; Google Play</td></tr>"
        "<tr><td>Transaction ID</td><td>4RT88213JK0915732</td></tr><tr><td>Transaction date</td><td>21 October 2026</td></tr>"
        "<tr><td>Funding source</td><td>Nationwide Building Society Current Account x-6261</td></tr>"
        "<tr><td><b>Total</b></td><td><b>£12.99 GBP</b></td></tr></table>"
        "<p>It may take a few moments for this transaction to appear in your account.</p>"
        "<p>PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg</p>"
    )
    add(
        when(2026, 10, 21, 9, 14),
        paypal,
        "Receipt for your payment to Google Commerce Limited",
        html_alt(page("PayPal", "#003087", inner, "Copyright &copy; 1999-2026 PayPal. All rights reserved.")),
        "paypal-receipt-google",
        [YT],
    )


def people() -> None:
    body = text(
        "Hey Pri,\n\nLandlord's confirmed, I can move in on 1 July!! Mr Hughes says rent stays at £1,150 for the "
        "flat so £575 each. I'll set up my standing order to him for the 1st and you just change yours to half.\n\n"
        "Can you send me a list of what the bills are and roughly how much? I'll make a spreadsheet so we can "
        "split them. Also I'll need to tell the council I'm living there right? Think that affects your discount, "
        "sorry 😅\n\nJack\n",
        cte="quoted-printable",
    )
    add(when(2026, 6, 14, 18, 33), JACK, "Moving in!!", body, "jack-moving-in", [], mid_domain="outlook.com")
    body = text(
        "Right, bills spreadsheet v1 attached-ish (it's in the Google Sheet, link below). Monthly split:\n\n"
        "  Council tax      £213.55  (from Sept, £213.56 in Aug)   you pay, I send half\n"
        "  Octopus          £68.00   (they said it might go up for winter)\n"
        "  Hyperoptic       £33.00\n"
        "  Water            ~£30/month-ish, billed every 6 months\n"
        "  TV licence       £15.00\n"
        "  Spotify Duo      £17.99   (I'll pay you £9)\n\n"
        "Netflix I'm not paying for, I've got my own Now sub 😂 and your gym/phone etc are yours obvs.\n\n"
        "So I owe you £189.27 a month roughly, I'll set up a standing order to you for the 1st.\n\n"
        "https://docs.google.com/spreadsheets/d/1xQ9pflat27bills/edit\n\nJ\n",
        cte="quoted-printable",
    )
    add(
        when(2026, 7, 20, 21, 9),
        JACK,
        "bills",
        body,
        "jack-bills-spreadsheet",
        [CT, OCTO, HYPER, UU, TVL, SPOT, NETFLIX],
        mid_domain="outlook.com",
    )
    body = text(
        "Secret Santa with the Ancoats lot is on, £20 limit, draw is Sunday. Also are you on nights the week of "
        "the 14th? Thinking we do a flat Christmas dinner on the 20th.\n\nJ\n",
        cte="8bit",
    )
    add(when(2026, 11, 28, 11, 2), JACK, "xmas", body, "jack-xmas", [], mid_domain="outlook.com")

    mum = ("Lakshmi Nair", "lakshmi.nair58@btinternet.com")
    body = text(
        "Hi Priya,\n\nDiwali is on Sunday 8 November this year, we are doing it at ours on the Saturday 7th. "
        "Can you get the time off? Anjali and the kids are coming up from Leicester.\n\n"
        "Also Dad says have you sorted your car insurance, I told him you don't have a car anymore but he won't "
        "listen!\n\nLove Mum xx\n",
        cte="quoted-printable",
    )
    add(when(2026, 10, 11, 9, 48), mum, "Diwali", body, "mum-diwali", [], mid_domain="btinternet.com")

    sio = ("Siobhán Kelly", "siobhan.kelly@gmail.com")
    body = alt(
        "Hiya girls!!\n\nHen do is booked 🎉 Dublin, 12-14 June. The Airbnb in Portobello is £870 for the 6 of us "
        "so £145 each - please send to my Monzo (monzo.me/siobhankelly) by the end of the month!\n\n"
        "Flights are on you, Ryanair from Manchester is about £60 return at the moment.\n\nSiobhán xx\n",
        '<div dir="ltr">Hiya girls!!<br><br>Hen do is booked 🎉 Dublin, 12-14 June. The Airbnb in Portobello is '
        "£870 for the 6 of us so £145 each - please send to my Monzo (monzo.me/siobhankelly) by the end of the "
        "month!<br><br>Flights are on you, Ryanair from Manchester is about £60 return at the moment.<br><br>"
        "Siobhán xx</div>",
    )
    add(
        when(2026, 4, 9, 22, 14),
        sio,
        "Aoife's hen!!! 🥂 Dublin",
        body,
        "siobhan-hen-do",
        [],
        mid_domain="mail.gmail.com",
        cc=("Aoife Brennan", "aoife.brennan@hotmail.co.uk"),
    )
    body = text(
        "Thanks Pri, got your £145! Ryanair have a sale on til Friday if you haven't booked yet x\n",
        cte="8bit",
    )
    add(
        when(2026, 4, 14, 8, 20),
        sio,
        "Re: Aoife's hen!!! 🥂 Dublin",
        body,
        "siobhan-re-hen-do",
        [],
        mid_domain="mail.gmail.com",
    )


def marketing() -> None:
    items = [
        (
            when(2026, 1, 27, 10, 0),
            ("Sky", "sky@mail.sky.com"),
            "Priya, get Sky Stream for £15 a month",
            "<h2>Sky Stream. No dish. No box fuss.</h2><p>Get Sky Stream with Sky Signature for £15 a month on an "
            "18-month contract. Add Netflix for £5 more.</p>",
            "Sky UK Limited, Grant Way, Isleworth TW7 5QD.",
            "https://www.sky.com/unsubscribe",
            "sky-marketing",
        ),
        (
            when(2026, 5, 28, 19, 0),
            ("Disney+", "disneyplus@mail.disneyplus.com"),
            "Stream the summer for £4.99/month",
            "<h2>Summer on Disney+</h2><p>Join Disney+ Standard with Ads for £4.99 a month. Cancel any time.</p>",
            "The Walt Disney Company Limited, 3 Queen Caroline Street, London W6 9PE.",
            "https://www.disneyplus.com/unsubscribe",
            "disney-plus-marketing",
        ),
        (
            when(2026, 7, 23, 17, 15),
            ("HelloFresh", "hello@mail.hellofresh.co.uk"),
            "Priya, 65% off your first box 🥕",
            "<h2>Dinner, sorted</h2><p>Get 65% off your first HelloFresh box, plus free dessert for life. Plans from "
            "£2.99 per meal.</p>",
            "HelloFresh UK, 60 Worship Street, London EC2A 2EZ.",
            "https://www.hellofresh.co.uk/unsubscribe",
            "hellofresh-marketing",
        ),
        (
            when(2026, 11, 24, 8, 30),
            ("Audible", "audible@email.audible.co.uk"),
            "Black Friday: 3 months of Audible for £0.99/month",
            "<h2>Black Friday deal</h2><p>Get 3 months of Audible Premium Plus for 99p a month, then £8.99 a month. "
            "New members only. Cancel any time.</p>",
            "Audible Ltd, 1 Principal Place, Worship Street, London EC2A 2FA.",
            "https://www.audible.co.uk/unsubscribe",
            "audible-marketing",
        ),
    ]
    for at, sender, subj, inner, foot, url, slug in items:
        add(
            at,
            sender,
            subj,
            html(page(sender[0], "#333366", inner, foot + f'<br><a href="{url}">Unsubscribe</a>')),
            slug,
            [],
            headers=unsub(url),
        )


def bank_and_government() -> None:
    nw = ("Nationwide Building Society", "no-reply@nationwide.co.uk")
    nfoot = (
        "Nationwide Building Society is authorised by the Prudential Regulation Authority and regulated by "
        "the Financial Conduct Authority and the Prudential Regulation Authority under registration number "
        "106078. Head Office: Nationwide House, Pipers Way, Swindon SN38 1NW."
    )
    for d in [dt.date(2026, 7, 9)]:
        body = text(
            "Dear Miss Nair\n\nYour FlexDirect statement is ready to view in the Banking app and Internet Bank.\n\n"
            "Account ending: 6261\n\nFor your security we never include account details or links to log in in our "
            "emails.\n\nNationwide Building Society\n\n" + nfoot + "\n",
            cte="7bit",
            charset="us-ascii",
        )
        add(
            when(d.year, d.month, d.day, 6, 0),
            nw,
            "Your statement is ready",
            body,
            "nationwide-statement",
            [],
        )
    body = text(
        "Dear Priya Nair\n\nYour tax code has changed\n\nWe've sent you a new tax code because your employer told "
        "us about a change to your income. You can check your new tax code and how we worked it out in your HMRC "
        "online account or the HMRC app.\n\nWe will never send you a link to log in by email.\n\nHM Revenue and "
        "Customs\n",
        cte="7bit",
        charset="us-ascii",
    )
    add(
        when(2026, 8, 27, 7, 44),
        ("HM Revenue and Customs", "noreply@notifications.hmrc.gov.uk"),
        "Your tax code has changed",
        body,
        "hmrc-tax-code",
        [],
        mid_domain="notifications.hmrc.gov.uk",
    )
    body = text(
        "Dear Priya Nair\n\nYour annual statement is ready\n\nYour Plan 2 student loan statement for the year to "
        "5 April 2026 is now available in your online account.\n\nBalance at 5 April 2026: £68,412.37\nRepayments "
        "received through your employer (PAYE) in the year: £2,180.00\nInterest added: £4,296.51\n\n"
        "You don't need to do anything. Your repayments are taken from your salary by your employer.\n\n"
        "Student Loans Company\n",
        cte="quoted-printable",
    )
    add(
        when(2026, 5, 14, 10, 12),
        ("Student Loans Company", "no-reply@slc.co.uk"),
        "Your student loan annual statement is ready",
        body,
        "slc-annual-statement",
        [],
    )
    body = text(
        "Dear Resident\n\nHousehold Enquiry Form 2026\n\nManchester City Council needs to check who is living at "
        f"{', '.join(ADDRESS)} and is eligible to vote.\n\nPlease respond online by 14 September 2026 at "
        "www.householdresponse.com/manchester using security code 1: 48KD 2: 9QX1.\n\n"
        "Electoral Services, Manchester City Council, Town Hall Extension, Manchester M60 2LA\n",
        cte="quoted-printable",
        charset="windows-1252",
    )
    add(
        when(2026, 8, 3, 9, 0),
        ("Manchester City Council Electoral Services", "electoral.services@manchester.gov.uk"),
        "Household Enquiry Form 2026 - please respond",
        body,
        "electoral-canvass",
        [],
    )
    inner = (
        "<h2>Manchester Evening News: your daily briefing</h2><p>Metrolink disruption this weekend; the Christmas "
        "markets open; Mayor confirms bus fare cap stays at £2.</p>"
    )
    add(
        when(2026, 11, 12, 6, 30),
        ("Manchester Evening News", "newsletters@manchestereveningnews.co.uk"),
        "Your MEN daily briefing",
        html(
            page(
                "Manchester Evening News",
                "#b40000",
                inner,
                "Reach plc, One Canada Square, London E14 5AP<br>"
                '<a href="https://www.manchestereveningnews.co.uk/unsubscribe">Unsubscribe</a>',
            )
        ),
        "men-newsletter",
        [],
        headers=unsub("https://www.manchestereveningnews.co.uk/unsubscribe"),
    )


# ================================================================= truth and output


def truth() -> list[dict]:
    def t(
        name: str, aliases: list[str], amount: str, cycle: str, status: str, nxt: str | None, kind: str
    ) -> dict:
        return {
            "name": name,
            "aliases": aliases,
            "amount": amount,
            "currency": "GBP",
            "cycle": cycle,
            "status": status,
            "next_renewal": nxt,
            "kind": kind,
        }

    return [
        t(
            CT,
            ["Council Tax", "Manchester City Council"],
            "213.55",
            "monthly",
            "active",
            "2027-01-01",
            "bill",
        ),
        t(
            UU,
            ["United Utilities Water", "United Utilities Water Limited", "UU"],
            "185.24",
            "semiannual",
            "active",
            "2027-03-01",
            "bill",
        ),
        t(OCTO, ["Octopus", "Octopus Energy Ltd"], "97.00", "monthly", "active", "2026-12-12", "bill"),
        t(
            HYPER,
            ["Hyperoptic Ltd", "Hyperoptic Broadband", "Hyperoptic 500Mb Fibre Broadband"],
            "33.00",
            "monthly",
            "active",
            "2026-12-08",
            "bill",
        ),
        t(GIFF, ["giffgaff goodybag", "giffgaff Limited"], "10.00", "monthly", "cancelled", None, "bill"),
        t(
            THREE,
            ["Three UK", "Three Mobile", "Hutchison 3G UK"],
            "42.00",
            "monthly",
            "active",
            "2026-12-17",
            "bill",
        ),
        t(TVL, ["TV Licensing", "TV Licence MBP"], "15.00", "monthly", "active", "2026-12-18", "bill"),
        t(
            GMC,
            ["General Medical Council", "GMC annual retention fee", "GMC registration"],
            "433.00",
            "yearly",
            "active",
            "2027-08-07",
            "subscription",
        ),
        t(
            BMA,
            ["British Medical Association", "BMA membership"],
            "29.17",
            "monthly",
            "active",
            "2026-12-15",
            "subscription",
        ),
        t(
            MDU,
            ["The MDU", "Medical Defence Union", "The Medical Defence Union", "MDU membership"],
            "52.00",
            "yearly",
            "active",
            "2027-08-01",
            "subscription",
        ),
        t(
            UJ,
            ["Urban Jungle Insurance", "Urban Jungle contents insurance", "Urban Jungle Services"],
            "8.61",
            "monthly",
            "active",
            "2026-12-23",
            "bill",
        ),
        t(
            PURE,
            ["Pure Gym", "PureGym Manchester Spinningfields", "PureGym Core"],
            "27.99",
            "monthly",
            "active",
            "2027-02-01",
            "subscription",
        ),
        t(
            SPOT,
            ["Spotify", "Spotify Premium", "Spotify Duo"],
            "17.99",
            "monthly",
            "active",
            "2026-12-09",
            "subscription",
        ),
        t(NETFLIX, ["Netflix Standard"], "12.99", "monthly", "active", "2026-12-14", "subscription"),
        t(
            PRIME,
            ["Prime", "Amazon Prime membership", "Prime membership"],
            "95.00",
            "yearly",
            "active",
            "2027-03-19",
            "subscription",
        ),
        t(
            ICLOUD,
            ["iCloud", "Apple iCloud+", "iCloud+ 200GB", "iCloud+ with 200 GB of storage"],
            "2.99",
            "monthly",
            "active",
            "2026-12-11",
            "subscription",
        ),
        t(YT, ["YouTube"], "12.99", "monthly", "active", "2026-12-21", "subscription"),
        t(HEAD, ["Headspace Annual"], "49.99", "yearly", "active", "2027-01-11", "subscription"),
        t(GOUSTO, ["Gousto recipe box"], "41.48", "biweekly", "active", "2026-12-04", "subscription"),
        t(
            PATREON,
            ["Moss & Moth", "Patreon Moss & Moth", "Zoë Whitfield", "Sketchbook Club"],
            "4.80",
            "monthly",
            "active",
            "2027-01-01",
            "subscription",
        ),
        t(
            ECON,
            ["Economist", "The Economist Digital"],
            "189.00",
            "yearly",
            "active",
            "2027-04-12",
            "subscription",
        ),
        t(UBER1, ["Uber One membership"], "5.99", "monthly", "cancelled", None, "subscription"),
        t(MONZO, ["Monzo", "Monzo Perks plan"], "7.00", "monthly", "active", "2026-12-19", "subscription"),
        t(
            DUO,
            ["Super Duolingo", "Duolingo", "Super Duolingo - Monthly"],
            "10.99",
            "monthly",
            "inactive",
            None,
            "subscription",
        ),
    ]


HARD_NEGATIVES = [
    "Amazon.co.uk orders",
    "Kindle Paperwhite",
    "Littmann stethoscope",
    "ASOS",
    "Klarna",
    "Vinted",
    "Ticketmaster",
    "The Last Dinner Party",
    "Trainline",
    "26-30 Railcard",
    "Avanti West Coast",
    "Deliveroo",
    "Deliveroo Plus",
    "Uber trips",
    "Bolt",
    "Loqbox",
    "GoCardless",
    "PayPal",
    "Google Play",
    "Procreate Pocket",
    "Ancoats Community Larder",
    "Stripe",
    "NHS ESR payslips",
    "Manchester University NHS Foundation Trust",
    "Nationwide Building Society",
    "HM Revenue and Customs",
    "Student Loans Company",
    "Electoral Services",
    "Sky",
    "Disney+",
    "HelloFresh",
    "Audible",
    "Manchester Evening News",
    "Jack Doyle",
    "Lakshmi Nair",
    "Siobhán Kelly",
    "Mr Hughes rent",
    "Ryanair",
    "Airbnb",
]


def mbox_from_line(m: dict) -> str:
    u = m["at"].astimezone(dt.UTC)
    return f"From {m['from'][1]} {u:%a %b} {u.day:2d} {u:%H:%M:%S %Y}"


def build(m: dict) -> str:
    head = [f"From: {addr(m['from'])}", f"To: {addr(m['to'])}"]
    if m["cc"]:
        head.append(f"Cc: {addr(m['cc'])}")
    head += [
        f"Subject: {hdr(m['subject'])}",
        f"Date: {format_datetime(m['at'])}",
        f"Message-ID: {m['mid']}",
        "MIME-Version: 1.0",
    ]
    head += [f"{k}: {v}" for k, v in m["headers"]]
    return "\n".join(head) + "\n" + render(m["body"])


def main() -> None:
    for company in (
        council_tax,
        united_utilities,
        octopus,
        hyperoptic,
        giffgaff,
        three,
        tv_licence,
        gmc,
        bma,
        mdu,
        urban_jungle,
        puregym,
        spotify,
        netflix,
        amazon,
        apple,
        google_play,
        headspace,
        gousto,
        patreon,
        economist,
        uber,
        monzo,
        loqbox,
        nhs,
        trainline,
        deliveroo,
        shops,
        people,
        marketing,
        bank_and_government,
    ):
        company()
    msgs = sorted(MESSAGES, key=lambda m: (m["at"].astimezone(dt.UTC), m["seq"]))
    assert msgs[-1]["at"].date() <= TODAY, msgs[-1]["subject"]
    names = {t["name"] for t in truth()}
    eml = HERE / "eml"
    if eml.exists():
        shutil.rmtree(eml)
    eml.mkdir()
    index, mbox = [], []
    for i, m in enumerate(msgs, 1):
        assert set(m["labels"]) <= names, m["labels"]
        fname = f"{i:03d}-{m['at']:%Y%m%d}-{m['slug']}.eml"
        raw = build(m)
        (eml / fname).write_bytes(raw.encode("utf-8"))
        body = re.sub(r"(?m)^(>*From )", r">\1", raw)
        mbox.append(mbox_from_line(m) + "\n" + body + ("" if body.endswith("\n") else "\n") + "\n")
        index.append({"file": fname, "from": m["from"][0], "subject": m["subject"], "labels": m["labels"]})
    (HERE / "mailbox.mbox").write_bytes("".join(mbox).encode("utf-8"))

    def dump(name: str, data: object) -> None:
        (HERE / name).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    dump("truth.json", truth())
    dump("meta.json", {"today": TODAY.isoformat(), "messages": len(msgs), "hard_negatives": HARD_NEGATIVES})
    dump("messages.json", index)
    print(f"{len(msgs)} messages, {len(truth())} truths")


if __name__ == "__main__":
    main()
