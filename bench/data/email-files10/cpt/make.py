#!/usr/bin/env python3
"""Mailbox `cpt` of bench/data/email-files10: a family in Claremont, Cape Town (South Africa).

Thandiwe Mokoena owns the mailbox; her husband Pieter forwards a few bills from his Outlook
address. Twelve months of mail ending on 2026-11-28. Seeded and deterministic: rerunning writes the
same bytes. stdlib only. Run from /work/main:

    .venv/bin/python bench/data/email-files10/cpt/make.py
"""

from __future__ import annotations

import base64
import json
import quopri
import random
import re
import shutil
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 28)
RNG = random.Random(20261128)

SAST = timezone(timedelta(hours=2))
UTC = UTC
PST = timezone(timedelta(hours=-8))
PDT = timezone(timedelta(hours=-7))
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))

ME = ("Thandiwe Mokoena", "thandi.mokoena@gmail.com")
PIETER = ("Pieter Mokoena", "pieter.mokoena@outlook.com")
ADDRESS = ["23 Belvedere Road", "Claremont", "Cape Town", "7708"]

MESSAGES: list[dict] = []
_SEQ = [0]


# ----------------------------------------------------------------------------- formatting


def D(value) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def money(amount, thou=" ", dec=".", gap="", sym="R") -> str:
    """A rand amount the way one sender writes it: R 1 299,00 / R1,299.00 / R1299.00."""
    q = D(amount)
    sign = "-" if q < 0 else ""
    whole, cents = f"{abs(q):.2f}".split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{sign}{sym}{gap}{thou.join(groups)}{dec}{cents}"


def r_sc(a) -> str:  # R 1 299,00
    return money(a, " ", ",", " ")


def r_us(a) -> str:  # R1,299.00
    return money(a, ",", ".", "")


def r_sd(a) -> str:  # R1 299.00
    return money(a, " ", ".", "")


def r_cn(a) -> str:  # R1 299,00
    return money(a, " ", ",", "")


def r_pl(a) -> str:  # R1299.00
    return money(a, "", ".", "")


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


def d_long(d: date) -> str:  # 1 December 2026
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def d_long0(d: date) -> str:  # 01 December 2026
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def d_short(d: date) -> str:  # 1 Dec 2026
    return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"


def d_slash(d: date) -> str:  # 2026/12/01
    return d.strftime("%Y/%m/%d")


def d_dmy(d: date) -> str:  # 01/12/2026
    return d.strftime("%d/%m/%Y")


def d_us(d: date) -> str:  # Dec 1, 2026
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"


def at(y, m, d, hh=None, mm=None, tz=SAST) -> datetime:
    """A send time; unspecified hours/minutes come from the seeded generator."""
    if hh is None:
        hh = RNG.randint(6, 21)
    if mm is None:
        mm = RNG.randint(0, 59)
    return datetime(y, m, d, hh, mm, RNG.randint(0, 59), tzinfo=tz)


def token(n=24, alphabet="0123456789abcdef") -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


def digits(n) -> str:
    return "".join(RNG.choice("0123456789") for _ in range(n))


def vat_of(gross) -> Decimal:
    """VAT contained in a VAT-inclusive amount at 15 %."""
    return D(D(gross) * Decimal(15) / Decimal(115))


# ----------------------------------------------------------------------------- MIME


def text_part(text: str, subtype="plain", charset="utf-8", cte="quoted-printable", extra=()):
    data = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    else:
        if cte == "7bit":
            text.encode("ascii")
        body = text
    if not body.endswith("\n"):
        body += "\n"
    headers = [
        ("Content-Type", f"text/{subtype}; charset={charset}"),
        ("Content-Transfer-Encoding", cte),
        *extra,
    ]
    return {"headers": headers, "body": body, "enc": charset if cte == "8bit" else "ascii"}


def attachment(data: bytes, ctype: str, filename: str):
    body = base64.encodebytes(data).decode("ascii")
    return {
        "headers": [
            ("Content-Type", f'{ctype}; name="{filename}"'),
            ("Content-Disposition", f'attachment; filename="{filename}"'),
            ("Content-Transfer-Encoding", "base64"),
        ],
        "body": body,
    }


def multipart(subtype: str, parts: list, prefix="----=_Part_", preamble=""):
    boundary = (
        f"{prefix}{digits(7)}_{digits(9)}.{digits(13)}" if prefix == "----=_Part_" else f"{prefix}{token(28)}"
    )
    return {
        "headers": [("Content-Type", f'multipart/{subtype};\n\tboundary="{boundary}"')],
        "parts": parts,
        "boundary": boundary,
        "preamble": preamble,
    }


def render(part) -> bytes:
    head = "".join(f"{k}: {v}\n" for k, v in part["headers"]).encode("ascii")
    if "parts" not in part:
        return head + b"\n" + part["body"].encode(part.get("enc", "ascii"))
    b = part["boundary"].encode("ascii")
    out = head + b"\n" + (part["preamble"].encode("ascii") + b"\n" if part["preamble"] else b"")
    for child in part["parts"]:
        out += b"--" + b + b"\n" + render(child)
        if not out.endswith(b"\n"):
            out += b"\n"
    return out + b"--" + b + b"--\n"


def alt(text: str, html: str, charset="utf-8", cte="quoted-printable", prefix="----=_Part_"):
    return multipart(
        "alternative", [text_part(text, "plain", charset, cte), text_part(html, "html", charset, cte)], prefix
    )


def html_only(html: str, charset="utf-8", cte="quoted-printable"):
    return text_part(html, "html", charset, cte)


def plain(text: str, charset="utf-8", cte="quoted-printable"):
    return text_part(text, "plain", charset, cte)


def with_files(body, files, prefix="----=_Part_"):
    return multipart("mixed", [body, *files], prefix)


def pdf(lines: list[str]) -> bytes:
    """A small but well-formed one-page PDF carrying the given lines of text."""

    def esc(s: str) -> str:
        return (
            s.encode("latin-1", "replace")
            .decode("latin-1")
            .replace("\\", "\\\\")
            .replace("(", "\\(")
            .replace(")", "\\)")
        )

    stream = "BT /F1 10 Tf 50 800 Td 14 TL\n" + "".join(f"({esc(x)}) '\n" for x in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out.encode("latin-1")))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{off:010d} 00000 n \n" for off in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1", "replace")


def fmt_addr(pair) -> str:
    name, addr = pair
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset="utf-8")


def fmt_subject(s: str) -> str:
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def add(
    when: datetime,
    sender,
    subject: str,
    body,
    *,
    to=ME,
    labels=(),
    slug=None,
    headers=(),
    reply_to=None,
    cc=None,
    mid=None,
    date_suffix="",
):
    """Queue one message; numbering and writing happen in date order at the end."""
    name, addr = sender
    domain = addr.split("@")[1]
    mid = mid or f"<{token(20)}.{digits(6)}@{domain}>"
    hdrs = [("Date", format_datetime(when) + date_suffix), ("From", fmt_addr(sender))]
    if reply_to:
        hdrs.append(("Reply-To", fmt_addr(reply_to)))
    hdrs.append(("To", fmt_addr(to) if isinstance(to, tuple) else to))
    if cc:
        hdrs.append(("Cc", fmt_addr(cc)))
    hdrs += [("Subject", fmt_subject(subject)), ("Message-ID", mid), ("MIME-Version", "1.0"), *headers]
    _SEQ[0] += 1
    MESSAGES.append(
        {
            "when": when,
            "seq": _SEQ[0],
            "headers": hdrs,
            "body": body,
            "labels": list(labels),
            "from": name or addr,
            "addr": addr,
            "subject": subject,
            "slug": slug or subject,
        }
    )


def unsub(url: str, mailto: str | None = None):
    v = f"<{url}>" + (f", <mailto:{mailto}>" if mailto else "")
    return [("List-Unsubscribe", v), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]


def page(
    inner: str, *, title="", color="#333333", footer="", width=600, font="Arial, Helvetica, sans-serif"
) -> str:
    """The table-based HTML skeleton most billing senders use."""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{title}</title>
<style type="text/css">
body {{ margin:0; padding:0; background:#f2f2f2; }}
table td {{ border-collapse:collapse; }}
a {{ color:{color}; }}
@media only screen and (max-width:480px) {{ .container {{ width:100% !important; }} }}
</style>
</head>
<body style="margin:0;padding:0;background:#f2f2f2;font-family:{font};">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2">
<tr><td align="center" style="padding:20px 10px;">
<table role="presentation" class="container" width="{width}" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td style="background:{color};height:6px;font-size:0;line-height:0;">&nbsp;</td></tr>
<tr><td style="padding:24px 28px;font-size:14px;line-height:21px;color:#222222;">
{inner}
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;line-height:16px;color:#888888;border-top:1px solid #e5e5e5;">
{footer}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""


def rows(pairs, label_w="60%", bold_last=False, border="#e5e5e5") -> str:
    out = [
        '<table role="presentation" width="100%" cellpadding="6" cellspacing="0" border="0" style="border-collapse:collapse;font-size:14px;">'
    ]
    for i, (k, v) in enumerate(pairs):
        b = "font-weight:bold;" if bold_last and i == len(pairs) - 1 else ""
        out.append(
            f'<tr><td width="{label_w}" style="border-bottom:1px solid {border};{b}">{k}</td>'
            f'<td align="right" style="border-bottom:1px solid {border};{b}">{v}</td></tr>'
        )
    out.append("</table>")
    return "\n".join(out)


def text_rows(pairs, width=58) -> str:
    return "\n".join(
        f"{k:<{width - len(v) - 1}} {v}" if len(k) + len(v) < width else f"{k}\n{'':>{width - len(v)}}{v}"
        for k, v in pairs
    )


def outlook_forward(
    orig_sender, orig_when: datetime, orig_to: str, orig_subject: str, orig_text: str, note: str
) -> str:
    sent = (
        orig_when.strftime("%A, %B ")
        + f"{orig_when.day}, {orig_when.year} "
        + orig_when.strftime("%I:%M:%S %p").lstrip("0")
    )
    return (
        f"{note}\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>\n\n"
        "________________________________\n"
        f"From: {orig_sender[0]} <{orig_sender[1]}>\n"
        f"Sent: {sent}\n"
        f"To: {orig_to}\n"
        f"Subject: {orig_subject}\n\n{orig_text}"
    )


def esc_html(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(text: str) -> str:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div dir="ltr" style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;">'
        + esc_html(text).replace("\n", "<br>\n")
        + "</div></body></html>\n"
    )


# ----------------------------------------------------------------------------- truth names

CCT = "City of Cape Town"
DSTV = "DStv"
NETFLIX = "Netflix"
DISNEY = "Disney+"
VODACOM = "Vodacom"
AFRIHOST = "Afrihost"
DHMS = "Discovery Health Medical Scheme"
VITALITY = "Discovery Vitality"
OLDMUTUAL = "Old Mutual"
OUTS = "OUTsurance"
VIRGIN = "Virgin Active"
SCHOOL = "Protea Park Primary School"
TAKEALOT = "Takealot More"
SPOTIFY = "Spotify Premium Family"
YOUTUBE = "YouTube Premium"
ICLOUD = "iCloud+"
ADT = "Fidelity ADT"
ABSA = "Absa Home Loan"
ESP = "EskomSePush Premium"
TVL = "SABC TV Licence"
NEWS24 = "News24"
M365 = "Microsoft 365 Family"
SIYAVULA = "Siyavula Practice"

FACTS: dict[str, dict] = {}  # values the truth list is built from, set where the mail is written


# ----------------------------------------------------------------------------- City of Cape Town

CCT_FROM = ("City of Cape Town", "e-statements@capetown.gov.za")
CCT_ACC = "2109876543"
CCT_KL = {
    (2025, 11): 18,
    (2026, 1): 20,
    (2026, 4): 17,
    (2026, 7): 13,
    (2026, 10): 15,
    (2025, 12): 19,
    (2026, 2): 38,
    (2026, 3): 21,
    (2026, 5): 16,
    (2026, 6): 14,
    (2026, 8): 13,
    (2026, 9): 14,
    (2026, 11): 18,
}


def _water_steps(kl: int, new: bool):
    f = Decimal("1.078") if new else Decimal(1)
    steps = [
        (6, Decimal("28.64")),
        (4.5, Decimal("40.92")),
        (24.5, Decimal("57.11")),
        (999, Decimal("103.45")),
    ]
    out, left = [], Decimal(kl)
    lo = Decimal(0)
    for size, price in steps:
        take = min(left, Decimal(str(size)))
        if take <= 0:
            break
        out.append((lo, lo + take, D(price * f), D(take * price * f)))
        lo += take
        left -= take
    return out


def cct_statement(y: int, m: int):
    """Line items (ex VAT) and totals of one monthly municipal account."""
    new = (y, m) >= (2026, 7)
    kl = CCT_KL[(y, m)]
    rate = Decimal("0.006518") if new else Decimal("0.006107")
    rates = D((Decimal(3_480_000) - Decimal(300_000)) * rate / 12)
    lines = [
        (
            "Property rates: valuation R3 480 000 less R300 000 @ R" + f"{rate}" + " in the rand / 12",
            rates,
            False,
        )
    ]
    steps = _water_steps(kl, new)
    lines.append(("Water: fixed basic charge (20mm connection)", D("84.24") if new else D("78.00"), True))
    for lo, hi, price, amt in steps:
        lines.append((f"Water: step {lo:g}-{hi:g} kl @ R{price} per kl", amt, True))
    sew_kl = min(D(kl * Decimal("0.7")), D(35))
    sew_price = D("39.74") if new else D("36.80")
    lines.append(("Sewerage: fixed basic charge", D("103.03") if new else D("95.40"), True))
    lines.append((f"Sewerage: {sew_kl} kl (70% of water) @ R{sew_price}", D(sew_kl * sew_price), True))
    lines.append(("Refuse removal: 1 x 240 l container", D("318.60") if new else D("295.00"), True))
    lines.append(("Electricity: Home User Charge (prepaid meter)", D("230.92") if new else D("214.12"), True))
    excl = sum((a for _, a, _ in lines), Decimal(0))
    vat = D(sum((a for _, a, v in lines if v), Decimal(0)) * Decimal("0.15"))
    return lines, kl, D(excl), vat, D(excl + vat)


def cct_text(y, m, stmt_date: date, due: date, total, prev) -> str:
    return f"""Dear Customer

Your municipal account for {MONTHS[m - 1]} {y} is attached.

Account number:   {CCT_ACC}
Account holder:   MOKOENA P & T
Account date:     {d_slash(stmt_date)}
Previous balance: {r_sd(prev)}
Payment received: {r_sd(-prev)}
Amount due:       {r_sd(total)}
Due date:         {d_slash(due)}

Your account is paid by debit order. The amount due will be collected
from your bank account on the due date. Please do not pay this amount
again.

You can view your accounts, submit meter readings and log service
requests on e-Services: www.capetown.gov.za/eservices

To report a burst pipe or water leak, call 0860 103 089.

Kind regards
Revenue Department
City of Cape Town

Making progress possible. Together.

------------------------------------------------------------------------
Disclaimer: This e-mail (including attachments) is subject to the
disclaimer on the City of Cape Town website and is intended only for
the addressee. If you are not the addressee, please notify the sender
and delete this e-mail. www.capetown.gov.za/en/Pages/Disclaimer.aspx
"""


def cct_pdf(y, m, stmt_date, due, lines, kl, excl, vat, total, prev) -> bytes:
    out = [
        "CITY OF CAPE TOWN  |  ISIXEKO SASEKAPA  |  STAD KAAPSTAD",
        "TAX INVOICE / MUNICIPAL ACCOUNT     VAT reg no 4500193497",
        "",
        "MOKOENA P & T",
        *ADDRESS,
        "",
        f"Account number: {CCT_ACC}     Account date: {d_slash(stmt_date)}",
        f"Erf 48213 Claremont   Meter no (water) 09123456   Reading {kl} kl this period",
        "",
        f"Balance brought forward           {r_sd(prev)}",
        f"Payment received - thank you      {r_sd(-prev)}",
        "",
    ]
    out += [f"{label[:66]:<68}{r_sd(a)}" for label, a, _ in lines]
    out += [
        "",
        f"Total current charges (excl VAT)  {r_sd(excl)}",
        f"VAT @ 15%                         {r_sd(vat)}",
        f"TOTAL AMOUNT DUE                  {r_sd(total)}",
        f"DUE DATE                          {d_slash(due)}",
        "",
        "Payment method: DEBIT ORDER",
        "Enquiries: 0860 103 089   accounts@capetown.gov.za",
    ]
    return pdf(out)


def city_of_cape_town():
    sched = [  # statement month, statement date, due date, forwarded by Pieter?
        ((2025, 12), date(2025, 12, 12), date(2026, 1, 7), True),
        ((2026, 2), date(2026, 2, 12), date(2026, 3, 6), True),
        ((2026, 3), date(2026, 3, 12), date(2026, 4, 7), False),
        ((2026, 5), date(2026, 5, 13), date(2026, 6, 5), False),
        ((2026, 6), date(2026, 6, 12), date(2026, 7, 7), False),
        ((2026, 8), date(2026, 8, 12), date(2026, 9, 7), False),
        ((2026, 9), date(2026, 9, 11), date(2026, 10, 7), False),
        ((2026, 11), date(2026, 11, 12), date(2026, 12, 7), False),
    ]
    for (y, m), sd, due, fwd in sched:
        prev = cct_statement(y - (m == 1), 12 if m == 1 else m - 1)[-1]  # last month's account, paid
        lines, kl, excl, vat, total = cct_statement(y, m)
        text = cct_text(y, m, sd, due, total, prev)
        attach = attachment(
            cct_pdf(y, m, sd, due, lines, kl, excl, vat, total, prev),
            "application/pdf",
            f"{CCT_ACC}_{y}{m:02d}.pdf",
        )
        subject = f"City of Cape Town municipal account {CCT_ACC} - {MONTHS[m - 1]} {y}"
        sent = at(sd.year, sd.month, sd.day, 2, None)
        if fwd:
            # the original went to Pieter only; Thandi gets his forward
            note = (
                "Thandi, municipal account for the budget sheet. Debit order goes off on the 7th."
                if m == 12
                else "Look at the water - 38 kl!! That's the leak by the geyser overflow, plumber "
                "fixed it on the 9th. I'll log a leak rebate on e-Services. It gets debited "
                "on the 6th, so make sure there is enough in the cheque account."
            )
            orig_to = "pieter.mokoena@outlook.com <pieter.mokoena@outlook.com>"
            body_txt = outlook_forward(CCT_FROM, sent, orig_to, subject, text, note)
            fsent = sent + timedelta(hours=RNG.randint(5, 30), minutes=RNG.randint(0, 59))
            add(
                fsent,
                PIETER,
                "Fwd: " + subject,
                with_files(
                    multipart(
                        "alternative", [plain(body_txt), html_only(text_to_html(body_txt))], prefix="_000_"
                    ),
                    [attach],
                    prefix="_004_",
                ),
                labels=[CCT],
                slug="fwd-city-of-cape-town-account",
                headers=[
                    ("Thread-Topic", subject),
                    ("X-MS-Has-Attach", "yes"),
                    ("Content-Language", "en-ZA"),
                ],
            )
        else:
            add(
                sent,
                CCT_FROM,
                subject,
                with_files(plain(text, "us-ascii", "7bit"), [attach]),
                to=f"{fmt_addr(PIETER)}, {fmt_addr(ME)}",
                labels=[CCT],
                slug="city-of-cape-town-account",
            )
    FACTS[CCT] = {"amount": total, "next": due}

    tariffs = """Dear e-Services user

2026/27 BUDGET: NEW TARIFFS FROM 1 JULY 2026

Council approved the 2026/27 budget on 28 May 2026. The new property
rates and tariffs for water, sanitation, solid waste and electricity
apply to consumption from 1 July 2026 and will show on your account
from August 2026.

Residential property rates: R0.006518 in the rand (2025/26: R0.006107)
The first R300 000 of the municipal valuation of residential property
remains exempt from rates.

Water and sanitation tariffs increase by 7.8%. Solid waste (refuse)
charges increase by 8%. The Home User Charge for electricity customers
on prepaid meters in properties valued above R1 million increases to
R265.56 per month including VAT.

Indigent households and qualifying senior citizens receive rebates.
For the full tariff book, visit www.capetown.gov.za/budget.

Kind regards
Finance Directorate
City of Cape Town
"""
    add(
        at(2026, 6, 18, 10),
        ("City of Cape Town e-Services", "eservices@capetown.gov.za"),
        "2026/27 tariffs: what changes on your municipal account from 1 July",
        plain(tariffs, "us-ascii", "7bit"),
        labels=[CCT],
        slug="cct-tariffs-2026-27",
    )

    outage = """PLANNED WATER SUPPLY INTERRUPTION - CLAREMONT

Date: Tuesday 22 September 2026
Time: 09:00 - 17:00

Affected streets: Belvedere Road, Lansdowne Road (between Main Road and
Palmyra Road), Vineyard Road, Cavendish Street.

The Water and Sanitation Directorate will replace a valve on the
reticulation main. Residents are advised to store water for drinking
and cooking. Water may be discoloured for a short time after supply is
restored.

We apologise for the inconvenience.

Service requests: 0860 103 089 | www.capetown.gov.za/servicerequests
"""
    add(
        at(2026, 9, 17, 15),
        ("City of Cape Town e-Services", "eservices@capetown.gov.za"),
        "Planned water supply interruption: Claremont, 22 September 2026",
        plain(outage, "us-ascii", "7bit"),
        labels=[],
        slug="cct-water-interruption",
    )


# ----------------------------------------------------------------------------- FNB notifications

FNB_FROM = ("FNB", "inContact@fnb.co.za")
FNB_FOOT = (
    "First National Bank - a division of FirstRand Bank Limited. An Authorised Financial "
    "Services and Credit Provider (NCRCP20). FNB will never ask you to confirm your PIN, "
    "password or OTP by e-mail. Report fraud: 087 575 9444."
)


def fnb_debit(when: datetime, amount, who: str, ref: str, avail, label):
    stamp = f"{when.day:02d}{MONTHS[when.month - 1][:3]} {when.strftime('%H:%M')}"
    line = (
        f"FNB :-) {r_pl(amount)} paid from Cheq a/c..862311 @ {who}. "
        f"Avail {r_us(avail)[:-3]}. Ref.{ref}. {stamp}"
    )
    html = page(
        f'<p style="font-size:16px;margin:0 0 12px 0;"><b>inContact notification</b></p>'
        f"<p>{esc_html(line)}</p><p>Type: Debit order</p>"
        "<p>If you do not recognise this debit order, you can dispute it on the FNB App "
        "(Transact &gt; Debit Orders) within 40 days.</p>",
        title="FNB inContact",
        color="#00a4a6",
        footer=FNB_FOOT,
    )
    add(
        when,
        FNB_FROM,
        "FNB inContact: Debit order",
        html_only(html),
        labels=label,
        slug=f"fnb-debit-order-{who.split()[0].lower()}",
    )


def fnb():
    fnb_debit(at(2026, 6, 1, 3, 14), "11986.00", "Discovery Health", "DH 1234567890", "23412.55", [DHMS])
    fnb_debit(at(2026, 7, 1, 2, 47), "549.00", "Multichoice DStv", "DSTV 83456721", "31890.10", [DSTV])
    fnb_debit(at(2026, 9, 1, 4, 5), "945.00", "Virgin Active SA", "VA 3301284477", "18044.73", [VIRGIN])
    for when, amt, tok, units in [
        (at(2026, 1, 20, 18, 22), "500.00", "4512 0934 8876 2231 0091", "141.9"),
        (at(2026, 6, 25, 19, 3), "800.00", "2290 7713 0456 9182 3354", "218.4"),
    ]:
        html = page(
            '<p style="font-size:16px;"><b>Prepaid Electricity purchase successful</b></p>'
            + rows(
                [
                    ("Meter number", "07123456789"),
                    ("Municipality", "City of Cape Town"),
                    ("Amount", r_pl(amt)),
                    ("Units", f"{units} kWh"),
                    ("Token", f"<b>{tok}</b>"),
                    ("Paid from", "Cheq a/c ..862311"),
                ]
            )
            + "<p>Enter the 20-digit token on your meter keypad. You can view your token again "
            "under Buy &gt; Prepaid &gt; History on the FNB App.</p>",
            title="Prepaid Electricity",
            color="#00a4a6",
            footer=FNB_FOOT,
        )
        add(
            when,
            FNB_FROM,
            "FNB: Prepaid Electricity token",
            html_only(html),
            labels=[],
            slug="fnb-prepaid-electricity",
        )
    stmt = page(
        "<p>Dear Mrs T Mokoena</p><p>Your <b>FNB Premier Cheque Account</b> statement for the "
        "period 2 September 2026 to 1 October 2026 is attached.</p>"
        "<p>Account: 62 8XXX XX31 1<br/>The attachment is password protected. Use your ID number "
        "to open it.</p>",
        title="Statement",
        color="#00a4a6",
        footer=FNB_FOOT,
    )
    add(
        at(2026, 10, 3, 5),
        ("FNB Statements", "statements@fnb.co.za"),
        "Your FNB statement is available",
        with_files(
            html_only(stmt),
            [
                attachment(
                    pdf(
                        [
                            "FNB Premier Cheque Account",
                            "Statement period 2026/09/02 - 2026/10/01",
                            "Password protected",
                        ]
                    ),
                    "application/pdf",
                    "62XXXXXX311_20261001.pdf",
                )
            ],
        ),
        labels=[],
        slug="fnb-statement",
    )


# ----------------------------------------------------------------------------- DStv (MultiChoice)

DSTV_STMT = ("DStv eStatement", "estatement@multichoice.co.za")
DSTV_FROM = ("DStv", "noreply@dstv.com")
DSTV_CUST = "83456721"
DSTV_FOOT = (
    "MultiChoice South Africa (Pty) Ltd. Reg. no. 1994/009083/07. VAT no. 4420142766. "
    "144 Bram Fischer Drive, Randburg, 2194. Need help? Visit dstv.com/help or WhatsApp 060 060 3788. "
    '<a href="https://www.dstv.com/en-za/unsubscribe">Manage your communication preferences</a>'
)


def dstv_statement(sent: datetime, package: str, price, period_start: date):
    nxt = (period_start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    vat = vat_of(price)
    html = page(
        f'<h2 style="margin:0 0 6px 0;font-size:22px;">Your DStv statement</h2>'
        f"<p>Hi Thandiwe,</p><p>Here is your statement for {MONTHS[period_start.month - 1]} {period_start.year}.</p>"
        + rows(
            [
                ("Customer number", DSTV_CUST),
                ("Statement date", d_long0(sent.date())),
                ("Payment method", "Debit order"),
                ("Amount due", f"<b>{r_us(price)}</b>"),
                ("Due date", d_long0(period_start)),
            ]
        )
        + '<p style="margin-top:18px;"><b>Subscription details</b></p>'
        + rows(
            [
                (f"{package} ({d_short(period_start)} - {d_short(nxt)})", r_us(price)),
                ("Smartcard 4175 2298 301 - Explora Ultra", r_us(0)),
                ("Total (VAT inclusive)", r_us(price)),
                ("VAT @ 15% included", r_us(vat)),
            ],
            bold_last=False,
        )
        + '<p style="margin-top:18px;">Your debit order will be processed on the due date. '
        "To avoid disconnection make sure there are funds available.</p>",
        title="DStv statement",
        color="#0033a1",
        footer=DSTV_FOOT,
    )
    text = (
        f"Your DStv statement\n\nCustomer number: {DSTV_CUST}\nStatement date: {d_long0(sent.date())}\n"
        f"Amount due: {r_us(price)}\nDue date: {d_long0(period_start)} (debit order)\n\n"
        f"{package} {d_short(period_start)} - {d_short(nxt)}   {r_us(price)}\n"
        f"VAT @ 15% included: {r_us(vat)}\n\nMultiChoice South Africa (Pty) Ltd, VAT no. 4420142766\n"
    )
    add(
        sent,
        DSTV_STMT,
        f"Your DStv statement for {MONTHS[period_start.month - 1]} {period_start.year}",
        alt(text, html),
        labels=[DSTV],
        slug="dstv-statement",
    )


def dstv():
    dstv_statement(at(2025, 12, 24, 6), "DStv Premium", "929.00", date(2026, 1, 1))
    table = rows(
        [
            ("<b>Package</b>", "<b>Current price &rarr; from 1 April 2026</b>"),
            ("DStv Premium", "R929 &rarr; R959"),
            ("DStv Compact Plus", "R659 &rarr; R679"),
            ("DStv Compact", "R529 &rarr; R549"),
            ("DStv Family", "R359 &rarr; R369"),
            ("DStv Access", "R199 &rarr; R209"),
            ("Add Movies", "R199 &rarr; R209"),
            ("PVR access fee", "R120 &rarr; R125"),
        ]
    )
    html = page(
        "<p>Dear Valued Customer</p>"
        "<p>Every year we review our prices to keep bringing you the best local and international "
        "entertainment, sport and news. From <b>1 April 2026</b>, the following prices will apply:</p>"
        + table
        + "<p>Your package: <b>DStv Premium</b>. Your new monthly subscription from 1 April 2026 will be "
        "<b>R959</b>. You don't need to do anything: your debit order will be adjusted automatically.</p>"
        "<p>Want to change your package? Use the MyDStv app or dstv.com/changepackage.</p>",
        title="Price adjustment",
        color="#0033a1",
        footer=DSTV_FOOT,
    )
    add(
        at(2026, 3, 6, 11),
        DSTV_FROM,
        "Important: DStv price adjustment from 1 April 2026",
        html_only(html),
        labels=[DSTV],
        slug="dstv-price-adjustment",
        headers=unsub("https://www.dstv.com/en-za/unsubscribe?c=83456721"),
    )
    dstv_statement(at(2026, 3, 24, 6), "DStv Premium", "959.00", date(2026, 4, 1))
    html = page(
        "<p>Hi Thandiwe</p><p>Your package change was successful.</p>"
        + rows(
            [
                ("Previous package", "DStv Premium"),
                ("New package", "<b>DStv Compact</b>"),
                ("Effective date", "01 July 2026"),
                ("New monthly subscription", "<b>R549.00</b>"),
                ("Smartcard", "4175 2298 301"),
            ]
        )
        + "<p>You'll keep watching DStv Premium until 30 June 2026. Your next debit order, on "
        "01 July 2026, will be <b>R549.00</b>.</p><p>Reference: PC-26061877412</p>",
        title="Package change",
        color="#0033a1",
        footer=DSTV_FOOT,
    )
    add(
        at(2026, 6, 18, 20, 41),
        DSTV_FROM,
        "Your DStv package change is confirmed",
        html_only(html),
        labels=[DSTV],
        slug="dstv-package-change",
    )
    dstv_statement(at(2026, 7, 24, 6), "DStv Compact", "549.00", date(2026, 8, 1))
    dstv_statement(at(2026, 11, 24, 6), "DStv Compact", "549.00", date(2026, 12, 1))
    FACTS[DSTV] = {"amount": D("549.00"), "next": date(2026, 12, 1)}
    html = page(
        '<h2 style="font-size:24px;">The Rugby Championship is live on SuperSport</h2>'
        "<p>Watch every Springbok Test, the URC and the Currie Cup live. Upgrade to DStv Premium "
        "from R959 a month or add SuperSport Rugby to Compact.</p>"
        '<p><a href="https://www.dstv.com/en-za/upgrade">Upgrade now</a></p>',
        title="SuperSport",
        color="#0033a1",
        footer=DSTV_FOOT,
    )
    add(
        at(2026, 8, 8, 9),
        ("DStv", "news@mailer.dstv.com"),
        "Springboks vs All Blacks: don't miss a moment",
        html_only(html),
        labels=[],
        slug="dstv-marketing",
        headers=unsub("https://mailer.dstv.com/u?id=2291"),
    )
    phish = """Dear Customer,

We were unable to process your last payment of R549.00 for your DStv subscription.

Your services will be SUSPENDED within 24 hours unless you update your payment details.

Update here: http://dstv-za-billing.info/myaccount/verify?id=83456721

Thank you,
DStv Billing Department
"""
    add(
        at(2026, 9, 14, 1, 12),
        ("DStv Billing", "billing@dstv-za-billing.info"),
        "Final Notice: Your DStv Subscription Will Be Suspended",
        plain(phish, "us-ascii", "7bit"),
        labels=[],
        slug="phish-dstv",
    )


# ----------------------------------------------------------------------------- Netflix

NFLX_FROM = ("Netflix", "info@account.netflix.com")
NFLX_FOOT = (
    "Questions? Call 0800 999 435<br/>Netflix International B.V., Karperstraat 8, 1075 KZ "
    "Amsterdam, the Netherlands<br/>This account email has been sent to you as part of your Netflix "
    'membership. <a href="https://www.netflix.com/notificationsettings">Notification settings</a> | '
    '<a href="https://help.netflix.com">Help Centre</a> | Terms of Use | Privacy'
)


def netflix():
    txt = """Netflix

Hi Thandiwe,

We're updating our prices so that we can keep bringing you more of the series, films and games you love.

Your Standard plan will be R179/month, starting from your next billing date on or after 14 June 2026. (Your current price is R159/month.)

If you'd like to change your plan or cancel, you can do so anytime from your Account page: https://www.netflix.com/account

We're here to help if you need it. Visit the Help Centre for more info or contact us.

-Your friends at Netflix
"""
    html = page(
        '<p style="font-size:28px;font-weight:bold;color:#e50914;margin:0 0 16px 0;">NETFLIX</p>'
        "<p>Hi Thandiwe,</p><p>We're updating our prices so that we can keep bringing you more of the "
        "series, films and games you love.</p><p>Your <b>Standard</b> plan will be <b>R179/month</b>, "
        "starting from your next billing date on or after <b>14 June 2026</b>. (Your current price is "
        "R159/month.)</p><p>If you'd like to change your plan or cancel, you can do so anytime from your "
        '<a href="https://www.netflix.com/account">Account</a> page.</p><p>-Your friends at Netflix</p>',
        title="Netflix",
        color="#e50914",
        footer=NFLX_FOOT,
    )
    add(
        at(2026, 5, 20, 1, tz=UTC),
        NFLX_FROM,
        "An update on your Netflix membership price",
        alt(txt, html),
        labels=[NETFLIX],
        slug="netflix-price-update",
    )
    txt = """Netflix

Your account is on hold

Hi Thandiwe,

We're having trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.

The card ending in 4471 expired in 07/26.

UPDATE ACCOUNT: https://www.netflix.com/YourAccountPayment

Need help? We're here if you need it. Visit the Help Centre or contact us.

-The Netflix team
"""
    html = page(
        '<p style="font-size:28px;font-weight:bold;color:#e50914;margin:0 0 16px 0;">NETFLIX</p>'
        '<p style="font-size:24px;font-weight:bold;">Your account is on hold</p>'
        "<p>Hi Thandiwe,</p><p>We're having trouble with your current billing information. We'll try "
        "again, but in the meantime you may want to update your payment details.</p>"
        "<p>The card ending in 4471 expired in 07/26.</p>"
        '<p><a href="https://www.netflix.com/YourAccountPayment" style="background:#e50914;color:#fff;'
        'padding:12px 24px;text-decoration:none;">Update account</a></p><p>-The Netflix team</p>',
        title="Netflix",
        color="#e50914",
        footer=NFLX_FOOT,
    )
    add(
        at(2026, 8, 14, 7, tz=UTC),
        NFLX_FROM,
        "Update your payment information",
        alt(txt, html),
        labels=[NETFLIX],
        slug="netflix-on-hold",
    )
    txt = """Netflix

Your payment information has been updated

Hi Thandiwe,

Thanks for updating your payment information. We've charged R179 to your Mastercard ending in 0932 for your Standard membership.

Because your payment went through today, your billing date has changed. Your next billing date is 15 September 2026.

Enjoy watching!

-The Netflix team
"""
    html = page(
        '<p style="font-size:28px;font-weight:bold;color:#e50914;margin:0 0 16px 0;">NETFLIX</p>'
        '<p style="font-size:22px;font-weight:bold;">Your payment information has been updated</p>'
        "<p>Hi Thandiwe,</p><p>Thanks for updating your payment information. We've charged <b>R179</b> "
        "to your Mastercard ending in 0932 for your Standard membership.</p><p>Because your payment went "
        "through today, your billing date has changed. Your next billing date is "
        "<b>15 September 2026</b>.</p><p>Enjoy watching!</p><p>-The Netflix team</p>",
        title="Netflix",
        color="#e50914",
        footer=NFLX_FOOT,
    )
    add(
        at(2026, 8, 15, 17, tz=UTC),
        NFLX_FROM,
        "Your payment information has been updated",
        alt(txt, html),
        labels=[NETFLIX],
        slug="netflix-payment-updated",
    )
    FACTS[NETFLIX] = {"amount": D("179.00"), "next": date(2026, 12, 15)}
    html = page(
        '<p style="font-size:28px;font-weight:bold;color:#e50914;">NETFLIX</p>'
        "<p>Thandiwe, new this week on Netflix:</p><ul><li><b>Adulting</b> - new South African series</li>"
        "<li><b>Blood &amp; Water</b> Season 5</li><li><b>The Crown</b>: the prequel</li></ul>"
        '<p><a href="https://www.netflix.com/browse">Watch now</a></p>',
        title="New on Netflix",
        color="#e50914",
        footer="You are receiving this email because you opted in to Netflix updates. "
        '<a href="https://www.netflix.com/unsubscribe">Unsubscribe</a><br/>' + NFLX_FOOT,
    )
    add(
        at(2026, 10, 30, 16, tz=UTC),
        ("Netflix", "info@mailer.netflix.com"),
        "New on Netflix: your week ahead",
        html_only(html),
        labels=[],
        slug="netflix-new-this-week",
        headers=unsub("https://www.netflix.com/unsubscribe?c=ZA"),
    )


# ----------------------------------------------------------------------------- Disney+

DISNEY_FROM = ("Disney+", "disneyplus@mail.disneyplus.com")
DISNEY_FOOT = (
    "The Walt Disney Company (South Africa) (Pty) Ltd, VAT no. 4040273541. Please do not reply to "
    'this email. <a href="https://help.disneyplus.com">Help Center</a> | '
    '<a href="https://www.disneyplus.com/legal">Subscriber Agreement</a> | Privacy Policy'
)


def disney():
    vat = vat_of("119.00")
    html = page(
        '<p style="font-size:24px;font-weight:bold;color:#0e47a1;">Disney+</p>'
        "<p>Hi Thandiwe,</p><p>Thanks for your payment. Here is your receipt.</p>"
        + rows(
            [
                ("Subscription", "Disney+ Standard (Monthly)"),
                ("Billing period", "17 Dec 2025 - 16 Jan 2026"),
                ("Price", "R119,00"),
                ("VAT (15%) included", money(vat, " ", ",", "")),
                ("Total charged", "<b>R119,00</b>"),
                ("Payment method", "Visa ****4471"),
                ("Next billing date", "17 January 2026"),
            ]
        )
        + "<p>Order ID: DP-ZA-8812093384</p>",
        title="Disney+ receipt",
        color="#0e47a1",
        footer=DISNEY_FOOT,
    )
    add(
        at(2025, 12, 17, 9, tz=UTC),
        DISNEY_FROM,
        "Your Disney+ receipt",
        html_only(html),
        labels=[DISNEY],
        slug="disney-receipt",
    )
    html = page(
        '<p style="font-size:24px;font-weight:bold;color:#0e47a1;">Disney+</p>'
        "<p>Hi Thandiwe,</p><p>We've cancelled your Disney+ subscription as requested. We're sorry to see "
        "you go.</p><p>You can keep streaming until <b>16 March 2026</b>. After that you won't be charged "
        "again.</p><p>Changed your mind? You can restart your subscription anytime at "
        '<a href="https://www.disneyplus.com/account">disneyplus.com/account</a>.</p>',
        title="Subscription cancelled",
        color="#0e47a1",
        footer=DISNEY_FOOT,
    )
    add(
        at(2026, 2, 26, 19, tz=UTC),
        DISNEY_FROM,
        "Your Disney+ subscription has been cancelled",
        html_only(html),
        labels=[DISNEY],
        slug="disney-cancelled",
    )
    FACTS[DISNEY] = {"amount": D("119.00"), "next": None}
    html = page(
        '<p style="font-size:24px;font-weight:bold;color:#0e47a1;">We miss you</p>'
        "<p>Come back to Disney+ for <b>R59 a month for 3 months</b>, then R119 a month. Offer ends "
        "31 May 2026.</p><p>Marvel, Pixar, Star Wars, National Geographic and more.</p>"
        '<p><a href="https://www.disneyplus.com/welcome-back">Restart my subscription</a></p>',
        title="Disney+",
        color="#0e47a1",
        footer='<a href="https://www.disneyplus.com/email-preferences">Unsubscribe</a><br/>' + DISNEY_FOOT,
    )
    add(
        at(2026, 5, 12, 14, tz=UTC),
        ("Disney+", "news@mail.disneyplus.com"),
        "Thandiwe, come back for R59 a month",
        html_only(html),
        labels=[],
        slug="disney-winback",
        headers=unsub("https://www.disneyplus.com/email-preferences"),
    )


# ----------------------------------------------------------------------------- Vodacom

VODA_FROM = ("Vodacom", "ebill@vodacom.co.za")
VODA_ACC = "512345678"
VODA_FOOT = (
    "Vodacom (Pty) Ltd. Reg. No. 1993/003367/07. VAT no. 4880117586. Vodacom Corner, 082 Vodacom "
    "Boulevard, Midrand. Please do not reply to this email. For help dial 082 111 or visit vodacom.co.za"
)


def vodacom_bill(sent: datetime, p_from: date, p_to: date, due: date, extras=()):
    items = [("Red Flexi 1000 + Samsung Galaxy A56 5G 128GB (24 months)", D("699.00"))] + list(extras)
    total = sum((a for _, a in items), Decimal(0))
    vat = vat_of(total)
    month_no = (p_to.year - 2025) * 12 + p_to.month - 6
    html = page(
        '<p style="font-size:22px;font-weight:bold;color:#e60000;margin:0;">Vodacom</p>'
        f"<p>Dear Thandiwe Mokoena</p><p>Your Vodacom bill for {MONTHS[p_to.month - 1]} {p_to.year} is ready.</p>"
        + rows(
            [
                ("Account number", VODA_ACC),
                ("Cellphone number", "082 555 0147"),
                ("Bill date", d_dmy(sent.date())),
                ("Bill period", f"{d_dmy(p_from)} - {d_dmy(p_to)}"),
                ("Amount due", f"<b>{r_sd(total)}</b>"),
                ("Payment due date", d_dmy(due)),
                ("Payment method", "Debit order"),
            ]
        )
        + "<p><b>Summary of charges</b></p>"
        + rows(
            [
                *[(k, r_sd(v)) for k, v in items],
                ("Total (incl. VAT)", r_sd(total)),
                ("VAT @ 15% included", r_sd(vat)),
            ],
            bold_last=False,
        )
        + f"<p>Contract period: 01/07/2025 - 30/06/2027 (month {month_no} of 24).</p>"
        "<p>Your debit order will be processed on or after the payment due date. Your full itemised "
        "bill is attached and available on the My Vodacom app.</p>",
        title="Your Vodacom bill",
        color="#e60000",
        footer=VODA_FOOT,
    )
    bill = pdf(
        [
            f"VODACOM TAX INVOICE   Account {VODA_ACC}",
            f"Bill date {d_dmy(sent.date())}",
            *[f"{k}  {r_sd(v)}" for k, v in items],
            f"Total due {r_sd(total)}  Due {d_dmy(due)}",
        ]
    )
    add(
        sent,
        VODA_FROM,
        f"Your Vodacom bill is ready - account {VODA_ACC}",
        with_files(
            html_only(html), [attachment(bill, "application/pdf", f"Bill_{VODA_ACC}_{sent:%Y%m}.pdf")]
        ),
        labels=[VODACOM],
        slug="vodacom-bill",
    )
    return total


def vodacom():
    vodacom_bill(at(2026, 1, 19, 4), date(2025, 12, 16), date(2026, 1, 15), date(2026, 2, 3))
    vodacom_bill(
        at(2026, 5, 19, 4),
        date(2026, 4, 16),
        date(2026, 5, 15),
        date(2026, 6, 3),
        [
            ("Roaming data bundle - Namibia 1GB (once-off)", D("149.00")),
            ("Out-of-bundle voice calls", D("37.45")),
        ],
    )
    vodacom_bill(at(2026, 8, 19, 4), date(2026, 7, 16), date(2026, 8, 15), date(2026, 9, 3))
    total = vodacom_bill(at(2026, 11, 19, 4), date(2026, 10, 16), date(2026, 11, 15), date(2026, 12, 3))
    FACTS[VODACOM] = {"amount": total, "next": date(2026, 12, 3)}
    html = page(
        '<p style="font-size:22px;font-weight:bold;color:#e60000;">VodaPay</p>'
        "<p>Buy prepaid electricity on VodaPay this month and get <b>R50 back</b> on your first purchase "
        "of R200 or more. Ts&amp;Cs apply.</p><p>Also on VodaPay: airtime, data, Uber rides and more.</p>",
        title="VodaPay",
        color="#e60000",
        footer='<a href="https://www.vodacom.co.za/unsubscribe">Unsubscribe</a> | ' + VODA_FOOT,
    )
    add(
        at(2026, 4, 9, 10),
        ("VodaPay", "hello@vodapay.co.za"),
        "Get R50 back on prepaid electricity",
        html_only(html),
        labels=[],
        slug="vodapay-marketing",
        headers=unsub("https://www.vodacom.co.za/unsubscribe"),
    )


# ----------------------------------------------------------------------------- Afrihost

AFRI_FROM = ("Afrihost Accounts", "accounts@afrihost.com")
AFRI_FOOT = (
    "Afrihost (Pty) Ltd | Reg. 2000/022618/07 | VAT no. 4130191183 | 1 Sixth Street, Wynberg, "
    "Sandton | Support: 011 612 7200 | support@afrihost.com"
)


def r_af(a) -> str:  # R 899.00
    return money(a, " ", ".", " ")


def afrihost_invoice(sent: datetime, month: date, items):
    total = sum((a for _, a in items), Decimal(0))
    vat = vat_of(total)
    inv = f"INV{sent:%y%m}{digits(6)}"
    table = [
        '<table width="100%" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px;">',
        '<tr style="background:#f5f5f5;"><th align="left">Description</th><th align="right">Excl. VAT</th>'
        '<th align="right">VAT</th><th align="right">Total</th></tr>',
    ]
    for k, a in items:
        v = vat_of(a)
        table.append(
            f'<tr><td>{k}</td><td align="right">{r_af(a - v)}</td><td align="right">{r_af(v)}</td>'
            f'<td align="right">{r_af(a)}</td></tr>'
        )
    table.append(
        f'<tr><td colspan="3" align="right"><b>Total due</b></td><td align="right"><b>{r_af(total)}</b></td></tr>'
    )
    table.append("</table>")
    debit = date(month.year, month.month, 1)
    html = page(
        f'<p style="font-size:20px;color:#d0021b;font-weight:bold;">afrihost</p>'
        f"<p>Hi Thandiwe</p><p>Your invoice for {MONTHS[month.month - 1]} {month.year} is ready.</p>"
        + rows(
            [
                ("Tax invoice", inv),
                ("Client number", "C1849027"),
                ("Invoice date", d_slash(sent.date())),
                ("Amount", f"<b>{r_af(total)}</b>"),
                ("Debit order date", d_slash(debit)),
            ]
        )
        + "\n"
        + "\n".join(table)
        + f"<p>VAT @ 15% included: {r_af(vat)}</p><p>The total will be debited from your bank account "
        f"on {d_slash(debit)}. You can view all your invoices on ClientZone.</p>",
        title="Afrihost invoice",
        color="#d0021b",
        footer=AFRI_FOOT,
    )
    text = (
        f"Hi Thandiwe\n\nYour invoice for {MONTHS[month.month - 1]} {month.year} is ready.\n\n"
        f"Tax invoice: {inv}\nClient number: C1849027\nInvoice date: {d_slash(sent.date())}\n\n"
        + "\n".join(f"{k}: {r_af(a)}" for k, a in items)
        + f"\n\nTotal due: {r_af(total)}\nVAT @ 15% included: {r_af(vat)}\nDebit order date: {d_slash(debit)}\n\n"
        "ClientZone: https://clientzone.afrihost.com\n\n" + AFRI_FOOT + "\n"
    )
    add(
        sent,
        AFRI_FROM,
        f"Afrihost Invoice {inv}",
        alt(text, html, prefix="=_"),
        labels=[AFRIHOST],
        slug="afrihost-invoice",
    )
    return total


def afrihost():
    f50 = "Vumatel Fibre 50/50Mbps Uncapped - Month-to-month (Jan 2026)"
    afrihost_invoice(at(2025, 12, 25, 3), date(2026, 1, 1), [(f50, D("749.00"))])
    html = page(
        '<p style="font-size:20px;color:#d0021b;font-weight:bold;">afrihost</p>'
        "<p>Hi Thandiwe</p><p>Your fibre upgrade has been processed and your new speed is active.</p>"
        + rows(
            [
                ("Line", "Vumatel - 23 Belvedere Rd, Claremont"),
                ("Old package", "Vumatel 50/50Mbps Uncapped - R 749.00 pm"),
                ("New package", "<b>Vumatel 100/100Mbps Uncapped - R 899.00 pm</b>"),
                ("Effective", "2026/02/15"),
                ("Pro-rata (15 - 28 Feb)", "R 75.00 on your next invoice"),
            ]
        )
        + "<p>Restart your router if you don't see the new speed within 2 hours.</p>",
        title="Upgrade",
        color="#d0021b",
        footer=AFRI_FOOT,
    )
    add(
        at(2026, 2, 14, 12),
        ("Afrihost", "noreply@afrihost.com"),
        "Your Afrihost fibre upgrade is complete",
        html_only(html),
        labels=[AFRIHOST],
        slug="afrihost-upgrade",
    )
    f100 = "Vumatel Fibre 100/100Mbps Uncapped - Month-to-month ({})"
    afrihost_invoice(
        at(2026, 2, 25, 3),
        date(2026, 3, 1),
        [(f100.format("Mar 2026"), D("899.00")), ("Pro-rata upgrade 2026/02/15 - 2026/02/28", D("75.00"))],
    )
    afrihost_invoice(at(2026, 6, 25, 3), date(2026, 7, 1), [(f100.format("Jul 2026"), D("899.00"))])
    total = afrihost_invoice(at(2026, 11, 25, 3), date(2026, 12, 1), [(f100.format("Dec 2026"), D("899.00"))])
    FACTS[AFRIHOST] = {"amount": total, "next": date(2026, 12, 1)}
    txt = """Dear Valued Customer

PLANNED NETWORK MAINTENANCE - CLAREMONT / KENILWORTH

Vumatel will be performing planned maintenance on the fibre network in your area to improve network performance.

Window: 14 July 2026, 00:00 - 05:00
Expected impact: up to 2 hours of service interruption within the window

No action is required from you. If you still have no connectivity after the window, please restart your router and contact your Internet Service Provider (ISP).

Kind regards
Vumatel Network Operations Centre
"""
    add(
        at(2026, 7, 10, 16),
        ("Vumatel", "noreply@vumatel.co.za"),
        "Planned maintenance in your area: 14 July 2026",
        plain(txt),
        labels=[],
        slug="vumatel-maintenance",
    )


# ----------------------------------------------------------------------------- Discovery Health, Vitality

DH_FROM = ("Discovery Health Medical Scheme", "no-reply@discovery.co.za")
DH_FOOT = (
    "Discovery Health Medical Scheme, registration number 1125, administered by Discovery Health (Pty) Ltd, "
    "registration number 1997/013480/07, an authorised financial services provider. Membership number "
    "412 889 301. Please do not reply to this email. Call us on 0860 99 88 77."
)


def r_dn(a) -> str:  # R11 986.00 with a no-break space, as in Discovery's HTML
    return money(a, "\u00a0", ".", "")


def discovery():
    members = [
        ("Thandiwe Mokoena", "Main member", "4884.00", "5301.00"),
        ("Pieter Mokoena", "Adult dependant", "3851.00", "4179.00"),
        ("Lwazi Mokoena", "Child dependant", "1153.00", "1253.00"),
        ("Naledi Mokoena", "Child dependant", "1153.00", "1253.00"),
    ]
    old = sum(D(m[2]) for m in members)
    new = sum(D(m[3]) for m in members)
    tbl = [
        '<table width="100%" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px;">',
        '<tr style="background:#e8eef7;"><th align="left">Beneficiary</th><th align="left">Type</th>'
        '<th align="right">2025</th><th align="right">From 1 January 2026</th></tr>',
    ]
    for n, t, a, b in members:
        tbl.append(
            f'<tr><td>{n}</td><td>{t}</td><td align="right">{r_dn(a)}</td><td align="right">{r_dn(b)}</td></tr>'
        )
    tbl.append(
        f'<tr><td colspan="2"><b>Total monthly contribution</b></td><td align="right">{r_dn(old)}</td>'
        f'<td align="right"><b>{r_dn(new)}</b></td></tr></table>'
    )
    html = page(
        '<p style="font-size:20px;color:#004b87;font-weight:bold;">Discovery Health Medical Scheme</p>'
        "<p>Dear Thandiwe</p><p>Thank you for being a member of Discovery Health Medical Scheme. The Council "
        "for Medical Schemes has approved the Scheme's 2026 contributions and benefits. Here is what you will "
        "pay on the <b>Classic Saver</b> plan from 1 January 2026.</p>"
        + "\n".join(tbl)
        + f"<p>Your contribution includes a Medical Savings Account (MSA) portion of {r_dn('2397.00')} a month.</p>"
        "<p>We will collect your contribution by debit order on the 1st of each month. You do not need to "
        "do anything. If you want to change your plan for 2026, you must do so by 31 December 2025 on the "
        "Discovery app or at discovery.co.za.</p>",
        title="Your 2026 contributions",
        color="#004b87",
        footer=DH_FOOT,
    )
    add(
        at(2025, 12, 5, 9),
        DH_FROM,
        "Your 2026 Discovery Health Medical Scheme contributions and benefits",
        html_only(html),
        labels=[DHMS],
        slug="discovery-health-2026-contributions",
    )

    html = page(
        '<p style="font-size:20px;color:#004b87;font-weight:bold;">Contribution statement</p>'
        "<p>Dear Thandiwe</p><p>Your contribution statement is attached.</p>"
        + rows(
            [
                ("Membership number", "412 889 301"),
                ("Plan", "Classic Saver"),
                ("Period", "March 2026"),
                ("Contribution debited on 01/03/2026", r_dn(new)),
                ("Of which MSA", r_dn("2397.00")),
                ("Arrears", r_dn("0.00")),
            ]
        )
        + "<p>To open the attachment, use your ID number as the password.</p>",
        title="Contribution statement",
        color="#004b87",
        footer=DH_FOOT,
    )
    add(
        at(2026, 3, 9, 8),
        DH_FROM,
        "Your Discovery Health Medical Scheme contribution statement",
        with_files(
            html_only(html),
            [
                attachment(
                    pdf(["Contribution statement March 2026", "Password protected"]),
                    "application/pdf",
                    "ContributionStatement_202603.pdf",
                )
            ],
        ),
        labels=[DHMS],
        slug="discovery-health-contribution-statement",
    )

    claims = [
        ("2026/06/03", "Dr A Naidoo (GP consultation)", "650.00", "650.00 (MSA)"),
        ("2026/06/03", "Dis-Chem Cavendish (acute medicine)", "312.40", "312.40 (MSA)"),
        ("2026/06/17", "Dr K Pillay (paediatrician) - Naledi", "1150.00", "980.00 (MSA)"),
        ("2026/06/21", "Lancet Laboratories", "486.10", "486.10 (Risk)"),
    ]
    tbl = "\n".join(
        f'<tr><td>{a}</td><td>{b}</td><td align="right">{r_dn(c)}</td><td align="right">{d}</td></tr>'
        for a, b, c, d in claims
    )
    html = page(
        '<p style="font-size:20px;color:#004b87;font-weight:bold;">Your claims statement</p>'
        "<p>Dear Thandiwe</p><p>Here is a summary of the claims we processed in June 2026.</p>"
        '<table width="100%" cellpadding="5" style="font-size:12px;border-collapse:collapse;">'
        '<tr><th align="left">Date</th><th align="left">Provider</th><th align="right">Claimed</th>'
        f'<th align="right">Paid</th></tr>{tbl}</table>'
        f"<p>Available Medical Savings Account balance: {r_dn('9214.55')}</p>"
        "<p>Amounts we did not pay are payable by you directly to the provider.</p>",
        title="Claims statement",
        color="#004b87",
        footer=DH_FOOT,
    )
    add(
        at(2026, 7, 6, 8),
        DH_FROM,
        "Your claims statement for June 2026",
        html_only(html),
        labels=[DHMS],
        slug="discovery-health-claims-statement",
    )

    new27 = D("12947.00")
    html = page(
        '<p style="font-size:20px;color:#004b87;font-weight:bold;">Your 2027 contributions and benefits</p>'
        "<p>Dear Thandiwe</p><p>Discovery Health Medical Scheme's contributions for 2027 have been "
        "approved. On the Classic Saver plan, your family's total monthly contribution changes:</p>"
        + rows(
            [
                ("2026 monthly contribution", r_dn(new)),
                ("<b>Monthly contribution from 1 January 2027</b>", f"<b>{r_dn(new27)}</b>"),
                ("Average increase", "8.0%"),
            ]
        )
        + "<p>Your December 2026 contribution stays the same. The new contribution will be collected from "
        "your January 2027 debit order. If you want to change plans, do so before 31 December 2026.</p>"
        '<p><a href="https://www.discovery.co.za/medical-aid/2027-plans">Compare 2027 plans</a></p>',
        title="2027 contributions",
        color="#004b87",
        footer=DH_FOOT,
    )
    add(
        at(2026, 10, 14, 9),
        DH_FROM,
        "Your 2027 Discovery Health Medical Scheme contributions",
        html_only(html),
        labels=[DHMS],
        slug="discovery-health-2027-contributions",
    )
    FACTS[DHMS] = {"amount": new, "next": date(2026, 12, 1)}

    vf = ("Discovery Vitality", "vitality@discovery.co.za")
    vfoot = (
        "Discovery Vitality (Pty) Ltd, registration number 1999/007736/07, is a separate company to "
        "Discovery Health Medical Scheme. Vitality number 7700 4128 893. "
        '<a href="https://www.discovery.co.za/vitality/preferences">Email preferences</a>'
    )
    html = page(
        '<p style="font-size:20px;color:#ec008c;font-weight:bold;">Vitality</p>'
        "<p>Hi Thandiwe</p><p>Your Vitality Health fee will change from 1 January 2026.</p>"
        + rows(
            [
                ("Vitality Health (you, Pieter, Lwazi, Naledi) - 2025", "R389 per month"),
                ("<b>From 1 January 2026</b>", "<b>R419 per month</b>"),
            ]
        )
        + "<p>Your Vitality fee is collected by a separate debit order from Discovery Vitality on the 1st "
        "of each month.</p><p>Keep earning points: your 2026 Vitality year starts on 1 January.</p>",
        title="Vitality fee",
        color="#ec008c",
        footer=vfoot,
    )
    add(
        at(2025, 12, 8, 10),
        vf,
        "Your Vitality fee for 2026",
        html_only(html),
        labels=[VITALITY],
        slug="vitality-fee-2026",
    )
    FACTS[VITALITY] = {"amount": D("419.00"), "next": date(2026, 12, 1)}
    html = page(
        '<p style="font-size:22px;color:#ec008c;font-weight:bold;">You\'re Gold!</p>'
        "<p>Congratulations Thandiwe, you've reached <b>Gold Vitality status</b> with 21 450 points.</p>"
        "<p>Enjoy up to 75% off flights on Vitality Travel, and more Discovery Miles with Vitality Active "
        "Rewards.</p>",
        title="Gold status",
        color="#ec008c",
        footer=vfoot,
    )
    add(
        at(2026, 4, 15, 12),
        ("Vitality", "noreply@vitality.co.za"),
        "Congratulations, you've reached Gold Vitality status",
        html_only(html),
        labels=[],
        slug="vitality-gold",
        headers=unsub("https://www.discovery.co.za/vitality/preferences"),
    )


# ----------------------------------------------------------------------------- Old Mutual

OM_FROM = ("Old Mutual", "clientservices@oldmutual.com")
OM_FOOT = (
    "Old Mutual Life Assurance Company (South Africa) Limited is a licensed financial services provider "
    "(FSP 703) and life insurer. Mutualpark, Jan Smuts Drive, Pinelands, 7405. Call centre 0860 60 60 60."
)


def old_mutual():
    txt = f"""Dear Mrs T Mokoena

GREENLIGHT POLICY 21 374 889 - UNSUCCESSFUL PREMIUM COLLECTION

We tried to collect your premium of {r_cn("1286.89")} from your bank account on 20 February 2026,
but the debit order was returned unpaid (reason: insufficient funds).

We will try to collect the premium again on 2 March 2026. Please make sure that there are enough
funds in your account. If we cannot collect two consecutive premiums, your cover may lapse.

If your bank details have changed, please call us on 0860 60 60 60 or update them on the
Old Mutual app.

Kind regards
Old Mutual Client Services

{OM_FOOT}
"""
    add(
        at(2026, 2, 23, 8),
        OM_FROM,
        "Greenlight policy 21 374 889: unsuccessful premium collection",
        plain(txt, "iso-8859-1", "quoted-printable"),
        labels=[OLDMUTUAL],
        slug="old-mutual-unpaid",
    )
    txt = f"""Dear Mrs T Mokoena

GREENLIGHT POLICY 21 374 889 - PREMIUM RECEIVED

Thank you. We successfully collected your premium of {r_cn("1286.89")} on 2 March 2026.
Your cover continues as normal. Your next premium will be collected on 20 March 2026.

Kind regards
Old Mutual Client Services

{OM_FOOT}
"""
    add(
        at(2026, 3, 3, 9),
        OM_FROM,
        "Greenlight policy 21 374 889: premium received",
        plain(txt, "iso-8859-1", "quoted-printable"),
        labels=[OLDMUTUAL],
        slug="old-mutual-received",
    )
    old, new = D("1286.89"), D("1364.10")
    html = page(
        '<p style="font-size:20px;color:#009677;font-weight:bold;">OLD MUTUAL</p>'
        "<p>Dear Mrs T Mokoena</p><p>Your Greenlight policy anniversary is on 1 June 2026. In line with the "
        "premium and cover pattern you chose, your premium and cover increase every year.</p>"
        + rows(
            [
                ("Policy number", "21 374 889"),
                ("Life cover", "R2 650 000 &rarr; R2 809 000"),
                ("Disability cover", "R1 800 000 &rarr; R1 908 000"),
                ("Monthly premium until 31 May 2026", r_cn(old)),
                ("<b>Monthly premium from 1 June 2026</b>", f"<b>{r_cn(new)}</b>"),
                ("Debit order date", "20th of each month"),
            ]
        )
        + "<p>If you do not want the increase this year, please let us know before 1 June 2026.</p>",
        title="Policy anniversary",
        color="#009677",
        footer=OM_FOOT,
    )
    add(
        at(2026, 5, 6, 10),
        OM_FROM,
        "Your Greenlight policy anniversary: premium and cover increase",
        with_files(
            html_only(html),
            [
                attachment(
                    pdf(
                        [
                            "Old Mutual Greenlight annual review",
                            "Policy 21 374 889",
                            f"New premium {r_cn(new)} from 2026-06-01",
                        ]
                    ),
                    "application/pdf",
                    "Greenlight_Anniversary_21374889.pdf",
                )
            ],
        ),
        labels=[OLDMUTUAL],
        slug="old-mutual-anniversary",
    )
    FACTS[OLDMUTUAL] = {"amount": new, "next": date(2026, 12, 20)}


# ----------------------------------------------------------------------------- OUTsurance

OUT_FROM = ("OUTsurance", "service@outsurance.co.za")
OUT_FOOT = (
    "OUTsurance Insurance Company Limited is a licensed financial services provider (FSP 15805). "
    "1 Alice Lane, Sandton. Policy number 0612 345 678. 0860 000 000 | outsurance.co.za"
)


def outsurance():
    html = page(
        '<p style="font-size:22px;color:#f58220;font-weight:bold;">OUTsurance</p>'
        "<p>Dear Pieter and Thandiwe</p><p>Good news! Because you have been claim-free for three years, "
        "you qualify for an <b>OUTbonus of R4 230,00</b>.</p>"
        "<p>We will pay your OUTbonus into your bank account on <b>5 February 2026</b>.</p>"
        "<p>Thank you for being a loyal OUTsurance client.</p>",
        title="OUTbonus",
        color="#f58220",
        footer=OUT_FOOT,
    )
    add(
        at(2026, 1, 22, 11),
        OUT_FROM,
        "You've earned an OUTbonus!",
        html_only(html),
        labels=[OUTS],
        to=f"{fmt_addr(PIETER)}, {fmt_addr(ME)}",
        slug="outsurance-outbonus",
    )

    items = [
        ("2021 Toyota Corolla Cross 1.8 XS (CA 123-456)", "1009,00", "1096,00"),
        ("Home contents - sum insured R450 000", "301,00", "324,00"),
        ("Buildings - 23 Belvedere Road", "177,00", "192,00"),
    ]
    lines = "\n".join(f"  {a:<50} R{b:>9}   R{c:>9}" for a, b, c in items)
    orig = f"""Dear Mr P Mokoena

YOUR OUTSURANCE POLICY RENEWAL - 1 SEPTEMBER 2026

Policy number: 0612 345 678

Each year we review your premium based on your risk profile, claims
experience and inflation. Your new monthly premium applies from
1 September 2026.

  Cover                                              Current     From 1 Sep 2026
{lines}
  TOTAL MONTHLY PREMIUM (incl. VAT)                  R 1 487,00   R 1 612,00

Your premium will be collected by debit order on the 3rd of each month.
Your first premium at the new amount will be collected on 3 September 2026.

If you would like to discuss your premium or cover, call us on
0860 000 000.

Kind regards
OUTsurance
"""
    osent = at(2026, 8, 10, 7)
    fwd = outlook_forward(
        OUT_FROM,
        osent,
        "pieter.mokoena@outlook.com",
        "Your OUTsurance policy renewal",
        orig,
        "Thandi - up by R125 a month again. King Price keeps sending me quotes, "
        "maybe we should compare before September?",
    )
    add(
        osent + timedelta(hours=3, minutes=12),
        PIETER,
        "Fwd: Your OUTsurance policy renewal",
        multipart("alternative", [plain(fwd), html_only(text_to_html(fwd))], prefix="_000_"),
        labels=[OUTS],
        slug="fwd-outsurance-renewal",
        headers=[("Thread-Topic", "Your OUTsurance policy renewal"), ("Content-Language", "en-ZA")],
    )
    FACTS[OUTS] = {"amount": D("1612.00"), "next": date(2026, 12, 3)}
    html = page(
        '<p style="font-size:22px;color:#f58220;font-weight:bold;">OUTsurance</p>'
        "<p>Dear Thandiwe</p><p>We've registered your glass claim.</p>"
        + rows(
            [
                ("Claim number", "9087712"),
                ("Vehicle", "2021 Toyota Corolla Cross (CA 123-456)"),
                ("Damage", "Windscreen - chip and crack"),
                ("Excess", "R0,00"),
                ("Repairer", "PG Glass Claremont"),
            ]
        )
        + "<p>PG Glass will contact you within one working day to book the replacement.</p>",
        title="Claim registered",
        color="#f58220",
        footer=OUT_FOOT,
    )
    add(
        at(2026, 10, 2, 14),
        ("OUTsurance Claims", "claims@outsurance.co.za"),
        "Claim 9087712: your glass claim is registered",
        html_only(html),
        labels=[OUTS],
        slug="outsurance-glass-claim",
    )


# ----------------------------------------------------------------------------- Virgin Active

VA_FROM = ("Virgin Active", "noreply@virginactive.co.za")
VA_FOOT = (
    "Virgin Active South Africa (Pty) Ltd. Reg no. 2001/004672/07. Membership number 3301284477. "
    'Home club: Virgin Active Claremont Cavendish. <a href="https://www.virginactive.co.za/unsubscribe">Unsubscribe</a>'
)


def virgin_active():
    html = page(
        '<p style="font-size:22px;color:#e10a0a;font-weight:bold;">Virgin Active</p>'
        "<p>Hi Thandiwe</p><p>We're always investing in our clubs, classes and equipment. From "
        "<b>1 February 2026</b> your monthly Club membership fee will change:</p>"
        + rows(
            [
                ("Membership", "Club - 12-month contract (ended March 2025), now month-to-month"),
                ("Current monthly fee", "R895.00"),
                ("<b>New monthly fee</b>", "<b>R945.00</b>"),
                ("Debit order date", "1st of each month"),
            ]
        )
        + "<p>You don't need to do anything. Thank you for being part of Virgin Active.</p>",
        title="Membership fee",
        color="#e10a0a",
        footer=VA_FOOT,
    )
    add(
        at(2026, 1, 12, 9),
        VA_FROM,
        "An update to your Virgin Active membership fee",
        html_only(html),
        labels=[VIRGIN],
        slug="virgin-active-fee-update",
    )
    txt = """Hi Thandiwe

We've received your request to cancel your Virgin Active membership.

Membership number: 3301284477
Cancellation requested: 3 August 2026

In line with your membership agreement, one full calendar month's notice is required.
- Your final debit order of R945.00 will be collected on 1 September 2026.
- Your membership will end on 30 September 2026. You're welcome to use the club until then.

If you didn't ask to cancel, please contact your club or call 0860 200 911.

Kind regards
The Virgin Active team
"""
    add(
        at(2026, 8, 3, 13),
        VA_FROM,
        "We've received your cancellation request",
        plain(txt),
        labels=[VIRGIN],
        slug="virgin-active-cancellation-request",
    )
    txt = """Hi Thandiwe

Your Virgin Active membership (3301284477) ended on 30 September 2026. No further debit orders will be collected.

Thank you for training with us. If you'd like to come back, you can rejoin online at any time.

The Virgin Active team
"""
    add(
        at(2026, 9, 30, 18),
        VA_FROM,
        "Your Virgin Active membership has ended",
        plain(txt),
        labels=[VIRGIN],
        slug="virgin-active-ended",
    )
    FACTS[VIRGIN] = {"amount": D("945.00"), "next": None}
    html = page(
        '<p style="font-size:22px;color:#e10a0a;font-weight:bold;">We miss you, Thandiwe</p>'
        "<p>Come back before 30 November and pay <b>R0 joining fee</b>. Memberships from R645 a month at "
        "Virgin Active Claremont Cavendish.</p>"
        '<p><a href="https://www.virginactive.co.za/rejoin">Rejoin now</a></p>',
        title="Rejoin",
        color="#e10a0a",
        footer=VA_FOOT,
    )
    add(
        at(2026, 11, 5, 11),
        ("Virgin Active", "news@email.virginactive.co.za"),
        "Come back with R0 joining fee",
        html_only(html),
        labels=[],
        slug="virgin-active-winback",
        headers=unsub("https://www.virginactive.co.za/unsubscribe"),
    )


# ----------------------------------------------------------------------------- school fees

BURSAR = ("Anél Strydom (Bursar)", "bursar@proteaparkprimary.co.za")
SCHOOL_FOOT = (
    "Protea Park Primary School | Kenilworth, 7708 | 021 555 0193 | EMIS 106023 | Banking details: "
    "Standard Bank, acc 071 234 567, ref MOK003"
)


def school_statement(sent: datetime, month: str, lines, balance, note="", to=None, fwd_note=None):
    body = "\n".join(f"{d:<12}{t:<52}{a:>14}" for d, t, a in lines)
    txt = f"""Dear Parent

Please find your fee statement for {month} attached.

Family account: MOK003 (Lwazi Gr 5, Naledi Gr 2)

{body}

Balance outstanding:                                           {balance}
{note}
Fees are collected by debit order on the 7th of each month, January to
November (11 instalments).

Kind regards
Anél Strydom
Bursar

{SCHOOL_FOOT}
"""
    files = [
        attachment(
            pdf(
                [
                    f"Protea Park Primary School - Statement {month}",
                    "Account MOK003",
                    *[f"{d} {t} {a}" for d, t, a in lines],
                    f"Balance {balance}",
                ]
            ),
            "application/pdf",
            f"MOK003_{month.replace(' ', '_')}.pdf",
        )
    ]
    subject = f"Protea Park Primary - Fee statement {month}"
    if fwd_note:
        fwd = outlook_forward(BURSAR, sent, "pieter.mokoena@outlook.com", subject, txt, fwd_note)
        add(
            sent + timedelta(hours=20),
            PIETER,
            "Fwd: " + subject,
            with_files(
                multipart("alternative", [plain(fwd), html_only(text_to_html(fwd))], prefix="_000_"),
                files,
                prefix="_004_",
            ),
            labels=[SCHOOL],
            slug="fwd-school-fee-statement",
            headers=[("Content-Language", "en-ZA")],
        )
    else:
        add(
            sent,
            BURSAR,
            subject,
            with_files(plain(txt, "iso-8859-1", "8bit"), files, prefix="=_"),
            labels=[SCHOOL],
            to=to or f"{fmt_addr(ME)}, {fmt_addr(PIETER)}",
            slug="school-fee-statement",
        )


def school():
    school_statement(
        at(2026, 1, 8, 10),
        "January 2026",
        [
            ("2026/01/01", "2026 school fees - Lwazi Mokoena (Gr 5)", "R 37 950,00"),
            ("2026/01/01", "2026 school fees - Naledi Mokoena (Gr 2)", "R 37 950,00"),
            ("2026/01/01", "Sibling discount 10% (second child)", "-R 3 795,00"),
            ("2026/01/07", "Debit order received - instalment 1 of 11", "-R 6 555,00"),
        ],
        "R 65 550,00",
        note="\nMonthly instalment for 2026: R 6 555,00\n",
    )
    school_statement(
        at(2026, 4, 9, 10),
        "April 2026",
        [
            ("2026/04/01", "Balance brought forward", "R 52 440,00"),
            ("2026/04/07", "Debit order received - instalment 4 of 11", "-R 6 555,00"),
        ],
        "R 45 885,00",
    )
    school_statement(
        at(2026, 8, 10, 10),
        "August 2026",
        [
            ("2026/08/01", "Balance brought forward", "R 26 220,00"),
            ("2026/08/03", "Grade 5 camp - Lwazi (Cederberg, 2-4 Sept)", "R 1 150,00"),
            ("2026/08/05", "EFT received - thank you (camp)", "-R 1 150,00"),
            ("2026/08/07", "Debit order received - instalment 8 of 11", "-R 6 555,00"),
        ],
        "R 19 665,00",
        fwd_note="Statement for August. The camp was R1150 extra, I paid it by EFT on the 5th, so it "
        "shows zero. Debit order as usual.",
    )
    letter = """Dear Parents and Guardians

SCHOOL FEES FOR 2027

At the annual budget meeting held on 14 October 2026, parents approved the School Governing Body's
2027 budget. School fees for 2027 will be R 40 920,00 per learner for the year (2026: R 37 950,00),
an increase of 7.8%.

Fees may be paid:
 - in full by 31 January 2027 (5% discount), or
 - in 11 monthly instalments of R 3 720,00 per learner by debit order on the 7th, January to
   November 2027.

The 10% discount for the second child in a family remains. Families who wish to apply for a fee
exemption should contact the bursar before 28 February 2027.

Thank you for your continued support of Protea Park Primary.

Mr S Jacobs
Principal
"""
    add(
        at(2026, 10, 20, 13),
        ("Protea Park Primary School", "office@proteaparkprimary.co.za"),
        "School fees 2027",
        plain(letter),
        labels=[SCHOOL],
        to="Parents <parents@proteaparkprimary.co.za>",
        slug="school-fees-2027",
    )
    school_statement(
        at(2026, 11, 9, 10),
        "November 2026",
        [
            ("2026/11/01", "Balance brought forward", "R 6 555,00"),
            ("2026/11/07", "Debit order received - instalment 11 of 11", "-R 6 555,00"),
        ],
        "R 0,00",
        note=(
            "\nThank you - your 2026 fees are paid in full.\n"
            "2027 fees (two learners, 10% sibling discount): R 77 748,00\n"
            "Monthly instalment for 2027: R 7 068,00, first debit order on 7 January 2027.\n"
        ),
    )
    FACTS[SCHOOL] = {"amount": D("7068.00"), "next": date(2027, 1, 7)}
    news = """PROTEA PARK NEWS - Week 17, Term 2

* Winter sports: netball and soccer fixtures are on the d6 Connect app.
* Civvies Day on Friday 29 May in aid of the Rondebosch Animal Shelter: R20 per child, pay via
  SnapScan at the gate or send cash in an envelope.
* Grade 5 parents: the Cederberg camp letter went home on Tuesday.
* The tuck shop is looking for parent volunteers on Wednesdays.

Have a lovely weekend!
"""
    add(
        at(2026, 5, 22, 14),
        ("Protea Park Primary School", "office@proteaparkprimary.co.za"),
        "Protea Park News - Week 17",
        plain(news),
        labels=[],
        to="Parents <parents@proteaparkprimary.co.za>",
        slug="school-newsletter",
    )


# ----------------------------------------------------------------------------- Takealot

TAL_FROM = ("Takealot.com", "noreply@takealot.com")
TAL_FOOT = (
    "Takealot Online (RF) (Pty) Ltd, Reg. 2010/020248/07, VAT 4300263441. 12th Floor, 10 Rua Vasco da Gama "
    'Plein, Foreshore, Cape Town 8001. <a href="https://www.takealot.com/account/newsletter">Email preferences</a>'
)


def r_tal(a) -> str:  # R 1,284
    q = D(a)
    s = r_us(q)
    return s[:-3] if s.endswith(".00") else s


def takealot_order(sent, order, items, delivery):
    total = sum((D(p) * q for _, q, p in items), Decimal(0)) + D(delivery)
    tr = "\n".join(
        f'<tr><td>{n}</td><td align="center">{q}</td><td align="right">{r_tal(D(p) * q)}</td></tr>'
        for n, q, p in items
    )
    html = page(
        '<p style="font-size:24px;color:#0b79bf;font-weight:bold;">takealot</p>'
        f"<p>Hi Thandiwe</p><p>Thank you for shopping with us. We've received your order.</p>"
        f"<p><b>Order number:</b> {order}<br/><b>Order date:</b> {d_long(sent.date())}</p>"
        '<table width="100%" cellpadding="6" style="border-collapse:collapse;font-size:13px;">'
        f'<tr style="background:#f4f4f4;"><th align="left">Item</th><th>Qty</th><th align="right">Price</th></tr>{tr}'
        f'<tr><td colspan="2">Delivery</td><td align="right">{"FREE" if D(delivery) == 0 else r_tal(delivery)}</td></tr>'
        f'<tr><td colspan="2"><b>Order total</b></td><td align="right"><b>{r_tal(total)}</b></td></tr></table>'
        "<p>Delivery to: 23 Belvedere Road, Claremont, Cape Town, 7708</p>"
        "<p>A tax invoice will be available on your account once your order ships.</p>",
        title="Order confirmation",
        color="#0b79bf",
        footer=TAL_FOOT,
    )
    add(
        sent, TAL_FROM, f"Thank you for your order {order}", html_only(html), labels=[], slug="takealot-order"
    )


def takealot():
    takealot_order(
        at(2025, 12, 3, 21),
        "112233445",
        [("LEGO Friends Heartlake City Cafe 42618", 1, "899"), ("Crayola Super Tips 50 pack", 1, "189")],
        "65",
    )
    more = lambda inner, title: page(
        '<p style="font-size:24px;color:#0b79bf;font-weight:bold;">takealot '
        '<span style="color:#f5a623;">more</span></p>' + inner,
        title=title,
        color="#0b79bf",
        footer=TAL_FOOT,
    )
    html = more(
        "<p>Hi Thandiwe</p><p>Welcome to <b>Takealot More</b>! Your <b>30-day free trial</b> has started.</p>"
        "<ul><li>Free delivery on eligible orders over R150</li><li>Exclusive More deals</li>"
        "<li>Mr D delivery fee savings</li></ul>"
        "<p>Your trial ends on <b>12 March 2026</b>. After that, your membership will renew automatically at "
        "<b>R99 per month</b>, charged to your Visa ending in 4471, unless you cancel before then.</p>",
        "Takealot More",
    )
    add(
        at(2026, 2, 10, 20, 15),
        TAL_FROM,
        "Welcome to Takealot More: your free trial has started",
        html_only(html),
        labels=[TAKEALOT],
        slug="takealot-more-trial",
    )
    html = more(
        "<p>Hi Thandiwe</p><p>Just a reminder: your Takealot More free trial ends in <b>3 days</b>, on "
        "12 March 2026.</p><p>From then, we'll charge <b>R99 per month</b> to your Visa ending in 4471. "
        "You can cancel anytime in My Account &gt; Takealot More.</p>",
        "Trial ending",
    )
    add(
        at(2026, 3, 9, 10),
        TAL_FROM,
        "Your Takealot More free trial ends in 3 days",
        html_only(html),
        labels=[TAKEALOT],
        slug="takealot-more-trial-ending",
    )
    for sent, card, nxt in [
        (at(2026, 3, 12, 6), "Visa ending in 4471", date(2026, 4, 12)),
        (at(2026, 8, 12, 6), "Mastercard ending in 0932", date(2026, 9, 12)),
    ]:
        html = more(
            "<p>Hi Thandiwe</p><p>Thanks for being a Takealot More member. We've received your payment.</p>"
            + rows(
                [
                    ("Membership", "Takealot More - Monthly"),
                    ("Amount", "R99.00 (incl. VAT)"),
                    ("Paid with", card),
                    ("Invoice", f"TM{sent:%Y%m}{digits(7)}"),
                    ("Next billing date", d_long(nxt)),
                ]
            ),
            "Takealot More receipt",
        )
        add(
            sent,
            TAL_FROM,
            "Your Takealot More payment receipt",
            html_only(html),
            labels=[TAKEALOT],
            slug="takealot-more-receipt",
        )
    FACTS[TAKEALOT] = {"amount": D("99.00"), "next": date(2026, 12, 12)}
    takealot_order(
        at(2026, 6, 20, 19),
        "118877221",
        [("Russell Hobbs Retro Kettle 1.7L Black", 1, "599"), ("Huggies Gold Pants Size 6 x 52", 1, "329")],
        "0",
    )
    html = page(
        '<p style="font-size:24px;color:#0b79bf;font-weight:bold;">takealot</p>'
        "<p>Hi Thandiwe</p><p>Good news! Your order <b>118877221</b> is on its way.</p>"
        "<p>Expected delivery: <b>Tuesday, 23 June 2026</b><br/>Courier: Takealot Delivery Team<br/>"
        "Tracking: TDT9918827341</p><p>Please make sure someone is home to receive it.</p>",
        title="On its way",
        color="#0b79bf",
        footer=TAL_FOOT,
    )
    add(
        at(2026, 6, 22, 7),
        TAL_FROM,
        "Your order 118877221 is on its way",
        html_only(html),
        labels=[],
        slug="takealot-shipped",
    )


# ----------------------------------------------------------------------------- Checkers Sixty60


def checkers():
    foot = (
        "Shoprite Checkers (Pty) Ltd, Reg. 1929/001817/07. Cnr William Dabs and Old Paarl Roads, Brackenfell. "
        '<a href="https://www.checkers.co.za/unsubscribe">Unsubscribe</a>'
    )
    for sent, order, items in [
        (
            at(2026, 3, 14, 17, 44),
            "S60-50219874",
            [
                ("Clover Full Cream Milk 2L x2", "65.98"),
                ("Checkers Housebrand Bread", "17.99"),
                ("Chicken braai pack 1.5kg", "139.99"),
                ("Nescafe Gold 200g", "164.99"),
                ("Other items (23)", "895.42"),
            ],
        ),
        (
            at(2026, 9, 26, 11, 2),
            "S60-61733025",
            [
                ("Checkers Forage Basil Pesto 120g", "44.99"),
                ("Beef mince 1kg", "119.99"),
                ("Other items (17)", "701.12"),
            ],
        ),
    ]:
        total = sum((D(p) for _, p in items), Decimal(0)) + D("35.00")
        tr = "".join(f'<tr><td>{n}</td><td align="right">{r_us(p)}</td></tr>' for n, p in items)
        html = page(
            '<p style="font-size:22px;color:#00a8a8;font-weight:bold;">Checkers Sixty60</p>'
            f"<p>Hi Thandiwe, your order has been delivered. Enjoy!</p><p>Order {order}</p>"
            f'<table width="100%" cellpadding="5" style="font-size:13px;">{tr}'
            f'<tr><td>Delivery fee</td><td align="right">R35.00</td></tr>'
            f'<tr><td><b>Total paid</b></td><td align="right"><b>{r_us(total)}</b></td></tr></table>'
            "<p>Xtra Savings you saved on this order: R86.40</p>",
            title="Sixty60",
            color="#00a8a8",
            footer=foot,
        )
        add(
            sent,
            ("Checkers Sixty60", "noreply@sixty60.co.za"),
            f"Your Sixty60 order {order} has been delivered",
            html_only(html),
            labels=[],
            slug="checkers-sixty60-order",
        )
    html = page(
        '<p style="font-size:22px;color:#00a8a8;font-weight:bold;">Xtra Savings Plus</p>'
        "<p>Get <b>FREE Sixty60 delivery</b> on every order over R250, double Xtra Savings and 10% off at "
        "Checkers LiquorShop for only <b>R99 a month</b>. First month free.</p>"
        '<p><a href="https://www.checkers.co.za/xtrasavingsplus">Join Xtra Savings Plus</a></p>',
        title="Xtra Savings Plus",
        color="#00a8a8",
        footer=foot,
    )
    add(
        at(2026, 7, 15, 12),
        ("Checkers", "news@checkers.co.za"),
        "Free Sixty60 delivery? Join Xtra Savings Plus",
        html_only(html),
        labels=[],
        slug="checkers-xtra-savings-plus",
        headers=unsub("https://www.checkers.co.za/unsubscribe"),
    )


# ----------------------------------------------------------------------------- Spotify

SPOT_FROM = ("Spotify", "no-reply@spotify.com")
SPOT_FOOT = (
    "Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden. VAT no. SE556703748501 (South African VAT "
    'registration 4470287546). <a href="https://www.spotify.com/za-en/account">Account</a> | '
    '<a href="https://www.spotify.com/za-en/legal">Terms</a> | Privacy Policy'
)


def spotify_receipt(sent, price: str, nxt: date):
    p = D(price)
    vat = vat_of(p)
    html = page(
        '<p style="font-size:26px;font-weight:bold;color:#1db954;">Spotify</p>'
        '<p style="font-size:22px;font-weight:bold;">Thanks for your payment</p>'
        "<p>Hi Thandiwe, here's your receipt for Spotify Premium.</p>"
        + rows(
            [
                ("Order ID", f"P{digits(10)}"),
                ("Date", d_short(sent.date())),
                ("Premium Family", r_sc(p).replace("R ", "R")),
                ("Includes VAT (15%)", r_sc(vat).replace("R ", "R")),
                ("<b>Total</b>", f"<b>{r_sc(p).replace('R ', 'R')}</b>"),
                ("Payment method", "Mastercard •••• 0932"),
            ]
        )
        + f"<p>Your next payment of {r_sc(p).replace('R ', 'R')} will be on {d_long(nxt)}.</p>",
        title="Spotify receipt",
        color="#1db954",
        footer=SPOT_FOOT,
    )
    text = (
        f"Spotify\n\nThanks for your payment\n\nPremium Family  {r_sc(p).replace('R ', 'R')}\n"
        f"Includes VAT (15%)  {r_sc(vat).replace('R ', 'R')}\nTotal  {r_sc(p).replace('R ', 'R')}\n"
        f"Payment method: Mastercard •••• 0932\n\nNext payment: {d_long(nxt)}\n"
    )
    add(
        sent,
        SPOT_FROM,
        "Your Spotify Premium receipt",
        alt(text, html),
        labels=[SPOTIFY],
        slug="spotify-receipt",
    )


def spotify():
    spotify_receipt(at(2025, 12, 9, 4, tz=UTC), "119.99", date(2026, 1, 9))
    spotify_receipt(at(2026, 2, 9, 4, tz=UTC), "119.99", date(2026, 3, 9))
    spotify_receipt(at(2026, 5, 9, 4, tz=UTC), "119.99", date(2026, 6, 9))
    html = page(
        '<p style="font-size:26px;font-weight:bold;color:#1db954;">Spotify</p>'
        "<p>Hi Thandiwe,</p><p>We're writing to let you know that the price of Premium Family is changing "
        "from R119,99/month to <b>R129,99/month</b>.</p><p>Your new price will apply from your billing date "
        "on <b>9 September 2026</b>. You don't need to do anything to keep enjoying Premium for up to 6 "
        "accounts.</p><p>If you'd prefer, you can change or cancel your plan at any time on your Account "
        "page.</p>",
        title="Price change",
        color="#1db954",
        footer=SPOT_FOOT,
    )
    add(
        at(2026, 7, 28, 15, tz=UTC),
        SPOT_FROM,
        "An update to your Premium Family price",
        html_only(html),
        labels=[SPOTIFY],
        slug="spotify-price-change",
    )
    spotify_receipt(at(2026, 9, 9, 4, tz=UTC), "129.99", date(2026, 10, 9))
    spotify_receipt(at(2026, 11, 9, 4, tz=UTC), "129.99", date(2026, 12, 9))
    FACTS[SPOTIFY] = {"amount": D("129.99"), "next": date(2026, 12, 9)}


# ----------------------------------------------------------------------------- Google Play (YouTube Premium)


def google_play():
    for sent, nxt in [
        (at(2026, 1, 22, 2, tz=PST), date(2026, 2, 22)),
        (at(2026, 6, 22, 2, tz=PDT), date(2026, 7, 22)),
        (at(2026, 10, 22, 2, tz=PDT), date(2026, 11, 22)),
    ]:
        order = f"GPA.{digits(4)}-{digits(4)}-{digits(4)}-{digits(5)}..{RNG.randint(1, 9)}"
        txt = f"""Google Play

Thank you.
You've made a purchase from the Google Play Store on {d_us(sent.date())}. You'll find details of the purchase below.

Order number: {order}
Order date: {d_us(sent.date())} {sent.strftime("%I:%M:%S %p").lstrip("0")} {"PST" if sent.utcoffset() == timedelta(hours=-8) else "PDT"}
Your account: thandi.mokoena@gmail.com

Item                                          Price
YouTube Premium (YouTube)                     R71.99/month
Auto-renewing subscription

Subtotal: R62.60
VAT (15%): R9.39
Total: R71.99/month
Payment method: Mastercard-0932

Your subscription will automatically renew every month on the {sent.day}nd until you cancel. Next payment: {d_us(nxt)}.
Learn how to cancel: https://support.google.com/googleplay/answer/7018481

(c) 2026 Google Ireland Ltd., Gordon House, Barrow Street, Dublin 4, Ireland.
You have received this mandatory email service announcement to update you about important changes to your Google Play product or account.
"""
        html = page(
            '<p style="font-size:22px;color:#01875f;">Google Play</p>'
            f"<p><b>Thank you.</b><br/>You've made a purchase from the Google Play Store on {d_us(sent.date())}.</p>"
            + rows(
                [
                    ("Order number", order),
                    ("Order date", d_us(sent.date())),
                    ("Your account", "thandi.mokoena@gmail.com"),
                ]
            )
            + rows(
                [
                    ("<b>Item</b>", "<b>Price</b>"),
                    (
                        "YouTube Premium (YouTube)<br/><small>Auto-renewing subscription</small>",
                        "R71.99/month",
                    ),
                    ("Subtotal", "R62.60"),
                    ("VAT (15%)", "R9.39"),
                    ("<b>Total</b>", "<b>R71.99/month</b>"),
                ]
            )
            + f"<p>Payment method: Mastercard-0932</p><p>Next payment: {d_us(nxt)}</p>",
            title="Google Play receipt",
            color="#01875f",
            footer="&copy; 2026 Google Ireland Ltd., Gordon House, Barrow Street, Dublin 4, Ireland.",
        )
        add(
            sent,
            ("Google Play", "googleplay-noreply@google.com"),
            f"Your Google Play Order Receipt from {d_us(sent.date())}",
            alt(txt, html),
            labels=[YOUTUBE],
            slug="google-play-receipt",
        )
    FACTS[YOUTUBE] = {"amount": D("71.99"), "next": date(2026, 12, 22)}


# ----------------------------------------------------------------------------- Apple

APPLE_FROM = ("Apple", "no_reply@email.apple.com")


def r_ap(a) -> str:  # R 149,99
    return money(a, " ", ",", " ")


def apple_receipt(sent, lines, card="Mastercard .... 0932", slug="apple-receipt", labels=()):
    total = sum((D(p) for _, _, _, p in lines), Decimal(0))
    vat = vat_of(total)
    order = "M" + "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
    docno = digits(12)
    tl = "\n\n".join(f"{app}\n{item}\n{extra}{'':<30}{r_ap(p)}" for app, item, extra, p in lines)
    txt = f"""Apple Receipt
-----------------------------------------------------------

APPLE ID
thandi.mokoena@gmail.com

BILLED TO
{card}
Thandiwe Mokoena
23 Belvedere Road
Claremont, Cape Town 7708
ZAF

DATE:           {d_short(sent.date())}
ORDER ID:       {order}
DOCUMENT NO.:   {docno}
TOTAL:          {r_ap(total)}

-----------------------------------------------------------

{tl}

-----------------------------------------------------------
Subtotal                                     {r_ap(total - vat)}
VAT charged at 15%                           {r_ap(vat)}
TOTAL                                        {r_ap(total)}

Apple Distribution International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, Republic of Ireland.
VAT No. 4920272925 (South Africa)

Manage subscriptions: https://apps.apple.com/account/subscriptions
Privacy Policy: https://www.apple.com/legal/privacy/
"""
    tr = "".join(
        f'<tr><td style="padding:10px 0;"><b>{app}</b><br/>{item}<br/><span style="color:#888;">{extra}</span></td>'
        f'<td align="right" style="padding:10px 0;">{r_ap(p)}</td></tr>'
        for app, item, extra, p in lines
    )
    html = page(
        '<p style="font-size:28px;font-weight:600;">Receipt</p>'
        + rows(
            [
                ("APPLE ID", "thandi.mokoena@gmail.com"),
                ("DATE", d_short(sent.date())),
                ("ORDER ID", order),
                ("DOCUMENT NO.", docno),
                ("BILLED TO", card),
            ]
        )
        + f'<table width="100%" style="font-size:13px;margin-top:16px;">{tr}</table>'
        + rows(
            [
                ("Subtotal", r_ap(total - vat)),
                ("VAT charged at 15%", r_ap(vat)),
                ("<b>TOTAL</b>", f"<b>{r_ap(total)}</b>"),
            ]
        ),
        title="Your receipt from Apple.",
        color="#000000",
        font="-apple-system, Helvetica, Arial",
        footer="Apple Distribution International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, "
        "Republic of Ireland. VAT No. 4920272925 (South Africa). "
        '<a href="https://apps.apple.com/account/subscriptions">Manage subscriptions</a>',
    )
    add(
        sent,
        APPLE_FROM,
        "Your receipt from Apple.",
        alt(txt, html, prefix="----=_Part_"),
        labels=list(labels),
        slug=slug,
        date_suffix=" (GMT)",
    )


def apple():
    for sent, nxt in [
        (at(2025, 12, 3, 5, tz=UTC), date(2026, 1, 3)),
        (at(2026, 2, 3, 5, tz=UTC), date(2026, 3, 3)),
    ]:
        apple_receipt(
            sent,
            [("iCloud+", "iCloud+ with 200 GB of storage", f"Monthly  Renews {d_short(nxt)}  ", "49.99")],
            slug="apple-receipt-icloud",
            labels=[ICLOUD],
        )
    apple_receipt(
        at(2026, 1, 18, 16, tz=UTC),
        [("EskomSePush", "Premium (Yearly)", "Yearly  Renews 18 Jan 2027  ", "199.99")],
        slug="apple-receipt-eskomsepush",
        labels=[ESP],
    )
    FACTS[ESP] = {"amount": D("199.99"), "next": date(2027, 1, 18)}
    txt = """Subscription Confirmation

Dear Thandiwe,

You've changed your iCloud+ plan.

App:                  iCloud+
Subscription:         iCloud+ with 2 TB of storage
Content provider:     Apple Distribution International Ltd.
Date of purchase:     3 Apr 2026
Price:                R 149,99 per month

Your subscription will automatically renew for R 149,99 per month until you cancel it, starting on 3 May 2026.

You'll be charged R 149,99 today. Your previous plan (200 GB, R 49,99 per month) ended today.

To manage your subscriptions, go to Settings > [your name] > Subscriptions.

Apple Distribution International Ltd.
"""
    add(
        at(2026, 4, 3, 8, tz=UTC),
        APPLE_FROM,
        "Subscription Confirmation",
        plain(txt),
        labels=[ICLOUD],
        slug="apple-subscription-confirmation-icloud",
        date_suffix=" (GMT)",
    )
    for sent, nxt in [
        (at(2026, 6, 3, 5, tz=UTC), date(2026, 7, 3)),
        (at(2026, 9, 3, 5, tz=UTC), date(2026, 10, 3)),
        (at(2026, 11, 3, 5, tz=UTC), date(2026, 12, 3)),
    ]:
        apple_receipt(
            sent,
            [("iCloud+", "iCloud+ with 2 TB of storage", f"Monthly  Renews {d_short(nxt)}  ", "149.99")],
            slug="apple-receipt-icloud",
            labels=[ICLOUD],
        )
    FACTS[ICLOUD] = {"amount": D("149.99"), "next": date(2026, 12, 3)}
    apple_receipt(
        at(2026, 7, 4, 13, tz=UTC),
        [("Minecraft", "Minecraft", "Lwazi's iPad  ", "139.99")],
        slug="apple-receipt-minecraft",
        labels=[],
    )


# ----------------------------------------------------------------------------- Fidelity ADT

ADT_FROM = ("Fidelity ADT", "accounts@fidelity-adt.co.za")
ADT_FOOT = (
    "Fidelity ADT (Pty) Ltd, Reg. 1994/007076/07, VAT no. 4670102740, PSIRA 1003341. "
    "Emergency control room: 086 12 12 400. Please do not reply to this e-mail."
)


def adt():
    for sent, period, debit in [
        (at(2026, 1, 1, 1, 30), "January 2026", date(2026, 1, 2)),
        (at(2026, 5, 1, 1, 30), "May 2026", date(2026, 5, 2)),
        (at(2026, 10, 1, 1, 30), "October 2026", date(2026, 10, 2)),
    ]:
        inv = f"INV{digits(8)}"
        items = [
            ("Alarm monitoring and armed response", D("489.00")),
            ("Equipment rental - alarm panel, 6 PIRs, remote", D("140.00")),
        ]
        total = sum((a for _, a in items), Decimal(0))
        txt = f"""TAX INVOICE {inv}

Customer: T MOKOENA
Account number: 30012345
Premises: 23 Belvedere Road, Claremont
Period: {period}

{text_rows([(k, r_cn(a)) for k, a in items] + [("Total (incl. VAT)", r_cn(total)), ("VAT @ 15% included", r_cn(vat_of(total)))])}

Your debit order of {r_cn(total)} will be processed on {d_long(debit)}.

{ADT_FOOT}
"""
        add(
            sent,
            ADT_FROM,
            f"Fidelity ADT Tax Invoice {inv} - account 30012345",
            with_files(plain(txt), [attachment(pdf(txt.splitlines()[:14]), "application/pdf", f"{inv}.pdf")]),
            labels=[ADT],
            slug="fidelity-adt-invoice",
        )
    FACTS[ADT] = {"amount": D("629.00"), "next": date(2026, 12, 2)}
    txt = """ALARM ACTIVATION REPORT

Account: 30012345 - 23 Belvedere Road, Claremont
Date: 14/06/2026

02:31  Alarm signal received - Zone 3 (Lounge PIR)
02:32  Call to keyholder T Mokoena - no answer; call to P Mokoena - answered, password correct
02:33  Armed response officer dispatched (vehicle CPT-17)
02:41  Officer on site. Perimeter and doors checked: all secure, no sign of forced entry
02:49  Officer cleared site. Probable cause: pet/insect in PIR zone

If you need a copy of this report for insurance purposes, reply to this e-mail quoting the account number.

Fidelity ADT Control Room
"""
    add(
        at(2026, 6, 14, 3, 2),
        ("Fidelity ADT Control Room", "controlroom@fidelity-adt.co.za"),
        "Alarm activation report - account 30012345",
        plain(txt, "us-ascii", "7bit"),
        labels=[ADT],
        slug="fidelity-adt-activation",
    )


# ----------------------------------------------------------------------------- Absa home loan

ABSA_FROM = ("Absa Home Loans", "homeloans@absa.co.za")
ABSA_FOOT = (
    "Absa Bank Limited, Reg No 1986/004794/06. Authorised Financial Services Provider and Registered Credit "
    "Provider Reg No NCRCP7. Absa will never ask for your PIN or password by e-mail. Home loans: 0860 111 007."
)


def absa():
    html = page(
        '<p style="font-size:22px;color:#dc0032;font-weight:bold;">Absa</p>'
        "<p>Dear Mr P &amp; Mrs T Mokoena</p><p>Your home loan statement for the year ended 28 February 2026 "
        "is attached.</p>"
        + rows(
            [
                ("Home loan account", "8051 2345 67"),
                ("Property", "Erf 48213 Claremont"),
                ("Outstanding balance (28/02/2026)", r_cn("1684221.17")),
                ("Interest rate", "10.25% (prime less 0.25%)"),
                ("Monthly instalment", r_cn("16482.55")),
                ("Debit order date", "1st of each month"),
                ("Remaining term", "218 months"),
            ]
        )
        + "<p>The interest paid for the tax year is shown on the statement.</p>",
        title="Home loan statement",
        color="#dc0032",
        footer=ABSA_FOOT,
    )
    add(
        at(2026, 3, 17, 9),
        ABSA_FROM,
        "Your Absa home loan statement is available",
        with_files(
            html_only(html),
            [
                attachment(
                    pdf(["ABSA HOME LOAN STATEMENT", "Account 8051234567", "Instalment R16 482,55"]),
                    "application/pdf",
                    "HL_8051234567_2026.pdf",
                )
            ],
        ),
        labels=[ABSA],
        slug="absa-home-loan-statement",
    )
    html = page(
        '<p style="font-size:22px;color:#dc0032;font-weight:bold;">Absa</p>'
        "<p>Dear Mr P &amp; Mrs T Mokoena</p><p><b>Change in your home loan instalment</b></p>"
        "<p>On 28 May 2026 the South African Reserve Bank reduced the repo rate by 0.25%. The prime lending "
        "rate decreased from 10.50% to 10.25% on 29 May 2026, and the interest rate on your home loan "
        "changed accordingly.</p>"
        + rows(
            [
                ("Home loan account", "8051 2345 67"),
                ("New interest rate", "10.00% (prime less 0.25%)"),
                ("Previous instalment", r_cn("16482.55")),
                ("<b>New instalment</b>", f"<b>{r_cn('16214.87')}</b>"),
                ("Effective from", "1 July 2026 debit order"),
            ]
        )
        + "<p>If you would like to keep paying your previous instalment to settle your loan sooner, call "
        "us on 0860 111 007.</p>",
        title="Instalment change",
        color="#dc0032",
        footer=ABSA_FOOT,
    )
    add(
        at(2026, 6, 2, 11),
        ABSA_FROM,
        "Change in your Absa home loan instalment",
        html_only(html),
        labels=[ABSA],
        slug="absa-instalment-change",
        to=f"{fmt_addr(ME)}, {fmt_addr(PIETER)}",
    )
    FACTS[ABSA] = {"amount": D("16214.87"), "next": date(2026, 12, 1)}


# ----------------------------------------------------------------------------- SABC TV Licences


def tv_licence():
    frm = ("SABC TV Licences", "tvlicences@sabc.co.za")
    txt = """Dear T MOKOENA

RENEWAL NOTICE: DOMESTIC TV LICENCE

Licence number: 3012458791
Licence type:   Domestic (annual)
Expiry date:    31/03/2026
Amount payable: R265.00

Please renew your TV licence before the expiry date to avoid penalties.
A penalty of 10% per month (up to 100%) is charged on late payments.

How to pay:
  * Online: www.tvlic.co.za
  * EFT: Standard Bank, account 200 345 678, branch 004305,
    reference 3012458791
  * Debit order: call 0860 428 854 (0860 GAVULA)
  * At any PostNet, Pick n Pay or Shoprite Checkers money market counter

Thank you for supporting public broadcasting.

SABC TV Licences
Private Bag X2, Auckland Park, 2006
"""
    add(
        at(2026, 2, 15, 8),
        frm,
        "TV licence renewal notice - 3012458791",
        plain(txt, "us-ascii", "7bit"),
        labels=[TVL],
        slug="sabc-tv-licence-renewal",
    )
    txt = """Dear T MOKOENA

PAYMENT RECEIVED - THANK YOU

Licence number: 3012458791
Amount received: R265.00
Date received: 09/03/2026
Licence valid until: 31/03/2027

Please keep this e-mail as proof of payment.

SABC TV Licences
"""
    add(
        at(2026, 3, 10, 9),
        frm,
        "TV licence payment received - 3012458791",
        plain(txt, "us-ascii", "7bit"),
        labels=[TVL],
        slug="sabc-tv-licence-paid",
    )
    FACTS[TVL] = {"amount": D("265.00"), "next": date(2027, 3, 31)}


# ----------------------------------------------------------------------------- News24


def news24():
    frm = ("News24 Subscriptions", "subscriptions@news24.com")
    foot = (
        "News24 is part of Media24 (Pty) Ltd, Reg. 1950/038385/07, Media24 Centre, 40 Heerengracht, Cape Town. "
        '<a href="https://www.news24.com/account">Manage your subscription</a>'
    )
    for sent, nxt in [(at(2025, 12, 19, 7), date(2026, 1, 19)), (at(2026, 3, 19, 7), date(2026, 4, 19))]:
        html = page(
            '<p style="font-size:24px;font-weight:bold;color:#1a1a1a;">News24</p>'
            "<p>Hi Thandiwe</p><p>Thank you for supporting independent journalism. Here is your receipt.</p>"
            + rows(
                [
                    ("Subscription", "News24 Premium - Monthly"),
                    ("Amount", "R75.00 (VAT incl.)"),
                    ("Card", "Visa ending 4471"),
                    ("Date", d_long(sent.date())),
                    ("Next payment", d_long(nxt)),
                ]
            ),
            title="Receipt",
            color="#1a1a1a",
            footer=foot,
        )
        add(
            sent,
            frm,
            "Your News24 subscription receipt",
            html_only(html),
            labels=[NEWS24],
            slug="news24-receipt",
        )
    html = page(
        '<p style="font-size:24px;font-weight:bold;color:#1a1a1a;">News24</p>'
        "<p>Hi Thandiwe</p><p>We couldn't process your subscription payment of <b>R75.00</b> on 19 August 2026. "
        "Your card ending 4471 has expired.</p><p>Please update your card details to keep reading News24 "
        "Premium. We'll try again in a few days.</p>"
        '<p><a href="https://www.news24.com/account/payment">Update card</a></p>',
        title="Payment failed",
        color="#1a1a1a",
        footer=foot,
    )
    add(
        at(2026, 8, 19, 8),
        frm,
        "Action needed: your News24 payment didn't go through",
        html_only(html),
        labels=[NEWS24],
        slug="news24-payment-failed",
    )
    html = page(
        '<p style="font-size:24px;font-weight:bold;color:#1a1a1a;">News24</p>'
        "<p>Hi Thandiwe</p><p>We tried several times but couldn't collect your payment, so your News24 "
        "Premium subscription ended on <b>2 September 2026</b>.</p><p>You can still read free articles. "
        "Resubscribe anytime from R75 a month.</p>",
        title="Subscription ended",
        color="#1a1a1a",
        footer=foot,
    )
    add(
        at(2026, 9, 2, 8),
        frm,
        "Your News24 subscription has ended",
        html_only(html),
        labels=[NEWS24],
        slug="news24-ended",
    )
    FACTS[NEWS24] = {"amount": D("75.00"), "next": None}
    html = page(
        '<p style="font-size:24px;font-weight:bold;color:#1a1a1a;">News24 Morning Brief</p>'
        "<ul><li>Load-shedding: Eskom says no outages expected this week</li><li>Petrol price to drop by 42c/l "
        "on Wednesday</li><li>Stormers name team for URC clash</li></ul>",
        title="Morning Brief",
        color="#1a1a1a",
        footer='You signed up for the News24 Morning Brief. <a href="https://www.news24.com/newsletters">Unsubscribe</a>',
    )
    add(
        at(2026, 10, 6, 5, 30),
        ("News24", "newsletters@news24.com"),
        "Morning Brief: petrol price relief, Stormers team",
        html_only(html),
        labels=[],
        slug="news24-newsletter",
        headers=unsub("https://www.news24.com/newsletters"),
    )


# ----------------------------------------------------------------------------- Microsoft 365


def microsoft():
    frm = ("Microsoft", "microsoft-noreply@microsoft.com")
    foot = (
        "Microsoft Ireland Operations Ltd, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, "
        'Ireland. <a href="https://account.microsoft.com/services">Manage subscriptions</a> | Privacy Statement'
    )
    html = page(
        '<p style="font-size:22px;">Microsoft</p><p style="font-size:20px;"><b>Your subscription will renew soon</b></p>'
        "<p>Hi Thandiwe,</p><p>Your <b>Microsoft 365 Family</b> subscription will renew automatically on "
        "<b>14 September 2026</b>. We'll charge <b>R1 299,00</b> (incl. VAT) to your Mastercard ending in 0932.</p>"
        "<p>You don't need to do anything. To turn off recurring billing, go to Services &amp; subscriptions.</p>",
        title="Renewal",
        color="#0078d4",
        footer=foot,
    )
    add(
        at(2026, 8, 15, 10, tz=PDT),
        frm,
        "Your Microsoft 365 Family subscription will renew soon",
        html_only(html),
        labels=[M365],
        slug="microsoft-365-renewal-reminder",
    )
    html = page(
        '<p style="font-size:22px;">Microsoft</p><p style="font-size:20px;"><b>Thanks for your order</b></p>'
        + rows(
            [
                ("Order number", f"{digits(10)}"),
                ("Date", "14/09/2026"),
                ("Microsoft 365 Family - 1 year subscription", "R1 299,00"),
                ("VAT (15%) included", r_cn(vat_of("1299.00"))),
                ("<b>Total</b>", "<b>R1 299,00</b>"),
                ("Payment method", "Mastercard **0932"),
                ("Next renewal", "14 September 2027"),
            ]
        ),
        title="Order",
        color="#0078d4",
        footer=foot,
    )
    add(
        at(2026, 9, 14, 3, tz=PDT),
        frm,
        "Your Microsoft order has been processed",
        html_only(html),
        labels=[M365],
        slug="microsoft-365-order",
    )
    FACTS[M365] = {"amount": D("1299.00"), "next": date(2027, 9, 14)}


# ----------------------------------------------------------------------------- Siyavula via Payfast


def siyavula():
    html = page(
        '<p style="font-size:22px;color:#00adef;font-weight:bold;">Siyavula</p>'
        "<p>Hi Thandiwe</p><p>Welcome to <b>Siyavula Practice</b>! Lwazi and Naledi can now practise Maths "
        "and Physical Sciences with unlimited questions and full solutions.</p>"
        "<p>Your plan: Family (2 learners), <b>R237.00 every 3 months</b>, billed through Payfast. You can "
        "cancel anytime in your account settings.</p>",
        title="Welcome",
        color="#00adef",
        footer="Siyavula Education (Pty) Ltd, Observatory, Cape Town. support@siyavula.com",
    )
    add(
        at(2026, 1, 4, 19, 40),
        ("Siyavula", "support@siyavula.com"),
        "Welcome to Siyavula Practice",
        html_only(html),
        labels=[SIYAVULA],
        slug="siyavula-welcome",
    )
    for sent, nxt in [
        (at(2026, 1, 4, 19, 38), date(2026, 4, 4)),
        (at(2026, 4, 4, 2, 11), date(2026, 7, 4)),
        (at(2026, 10, 4, 2, 9), date(2027, 1, 4)),
    ]:
        txt = f"""Payfast Payment Confirmation

Hi Thandiwe Mokoena,

You have successfully made a payment to Siyavula Education (Pty) Ltd.

Payment ID:           {digits(7)}
Date:                 {sent:%Y-%m-%d %H:%M}
Item:                 Siyavula Practice - Family (2 learners)
Amount:               R 237.00
Payment method:       Card (Mastercard **** 0932)

Subscription details
Frequency:            Every 3 months (quarterly)
Next run date:        {nxt:%Y-%m-%d}
Cycles:               Until cancelled

To view or cancel this subscription, log in at payfast.io.

Payfast by Network
Network International South Africa (Pty) Ltd, 7th Floor, 1 Park Lane, Wierda Valley, Sandton
"""
        add(
            sent,
            ("Payfast by Network", "noreply@payfast.io"),
            "Payfast Payment Confirmation: Siyavula Education",
            plain(txt),
            labels=[SIYAVULA],
            slug="payfast-siyavula",
        )
    FACTS[SIYAVULA] = {"amount": D("237.00"), "next": date(2027, 1, 4)}


# ----------------------------------------------------------------------------- EskomSePush, SARS, uFiling


def eskomsepush():
    html = page(
        '<p style="font-size:22px;font-weight:bold;">EskomSePush</p>'
        "<p>Winter is here. Eskom's outlook shows a low risk of load-shedding this season, but municipal "
        "load-reduction and planned maintenance outages continue in parts of Cape Town.</p>"
        "<p>Tip: turn on push alerts for your area (Claremont, City of Cape Town) in the app.</p>",
        title="ESP",
        color="#f2b705",
        footer="EskomSePush (Pty) Ltd. You're receiving this because you "
        'signed up for ESP news. <a href="https://sepush.co.za/unsubscribe">Unsubscribe</a>',
    )
    add(
        at(2026, 5, 28, 12),
        ("EskomSePush", "hello@sepush.co.za"),
        "Winter outlook: what to expect from the grid",
        html_only(html),
        labels=[],
        slug="eskomsepush-newsletter",
        headers=unsub("https://sepush.co.za/unsubscribe"),
    )


def sars():
    frm = ("SARS eFiling", "noreply@sars.gov.za")
    txt = """Dear Taxpayer

Income Tax Notice of Assessment (ITA34) - 2026

Taxpayer reference number: 0123456789
Year of assessment: 2026

Your return for the 2026 year of assessment has been assessed.
Amount refundable: R 3 412,55

The refund will be paid into your registered bank account. Please
log on to SARS eFiling (www.sarsefiling.co.za) to view your Notice of
Assessment.

SARS will never ask for your banking details or PIN via e-mail.

South African Revenue Service
"""
    add(
        at(2026, 7, 20, 14),
        frm,
        "SARS eFiling: Notice of Assessment (ITA34) for 2026",
        plain(txt, "us-ascii", "7bit"),
        labels=[],
        slug="sars-ita34",
    )
    txt = """Dear Taxpayer

Your income tax refund of R 3 412,55 for the 2026 year of assessment
has been paid into your bank account ending 2311.

Taxpayer reference number: 0123456789

South African Revenue Service
"""
    add(
        at(2026, 7, 24, 9),
        frm,
        "SARS: Refund paid",
        plain(txt, "us-ascii", "7bit"),
        labels=[],
        slug="sars-refund-paid",
    )
    phish = """Dear Taxpayer,

You are eligible to receive a tax refund of R 4 850,00.

Please submit the tax refund request and allow us 2-6 days to process it.
A refund can be delayed for a variety of reasons, for example submitting
invalid records or applying after the deadline.

To access the form for your tax refund, click here:
http://sars-efiling-za.com/refund/claim.php

Regards,
SARS eFiling Department
"""
    add(
        at(2026, 8, 2, 3, 44),
        ("SARS eFiling", "refunds@sars-efiling-za.com"),
        "Tax Refund Notification",
        plain(phish, "us-ascii", "7bit"),
        labels=[],
        slug="phish-sars",
    )


def ufiling():
    frm = ("uFiling", "ufiling@labour.gov.za")
    for sent, month, kind in [
        (at(2026, 4, 8, 20), "March 2026", "declaration"),
        (at(2026, 9, 7, 21), "August 2026", "payment"),
    ]:
        if kind == "declaration":
            subject = f"uFiling: UIF declaration submitted for {month}"
            body = f"""Dear T Mokoena

Your UIF declaration for {month} has been submitted successfully.

Employer (domestic): T MOKOENA   UIF reference: 2519384/7
Employee: NOMSA DLAMINI   ID: 8xxxxxxxxxx83
Gross remuneration: R 5 200,00
UIF contribution (1% employee + 1% employer): R 104,00

Please pay the contribution by the 7th of the following month.

Department of Employment and Labour - Unemployment Insurance Fund
"""
        else:
            subject = f"uFiling: payment received for {month}"
            body = f"""Dear T Mokoena

We have received your UIF payment of R 104,00 for {month}.
Payment reference: UIF2519384{digits(6)}

Department of Employment and Labour - Unemployment Insurance Fund
"""
        add(sent, frm, subject, plain(body, "us-ascii", "7bit"), labels=[], slug=f"ufiling-{kind}")


# ----------------------------------------------------------------------------- marketing, phishing, shops, rides


def marketing():
    items = [
        (
            at(2026, 1, 9, 10),
            ("Showmax", "news@showmax.com"),
            "Premier League on Showmax from R69 a month",
            "<p>Every Premier League match, live, on your phone for <b>R69 a month</b>. Plus Showmax Originals.</p>",
            "#ff006e",
            "https://www.showmax.com/unsubscribe",
        ),
        (
            at(2026, 3, 3, 11),
            ("rain", "hello@rain.co.za"),
            "Unlimited 5G home internet. No contracts.",
            "<p>Switch to rain 5G for <b>R479 a month</b>. Unlimited data, no contract, free delivery.</p>",
            "#000000",
            "https://www.rain.co.za/unsubscribe",
        ),
        (
            at(2026, 5, 5, 9),
            ("Discovery Bank", "discoverybank@discovery.co.za"),
            "Earn up to 8.85% on your savings",
            "<p>Thandiwe, as a Vitality member you can earn up to <b>8.85%</b> interest on a Discovery Bank savings "
            "account, and up to 75% off flights with Vitality Travel. Open an account on the app in minutes.</p>",
            "#004b87",
            "https://www.discovery.co.za/bank/unsubscribe",
        ),
        (
            at(2026, 8, 20, 12),
            ("King Price Insurance", "marketing@kingprice.co.za"),
            "Your car insurance premium should go down, not up",
            "<p>With King Price, your car insurance premium <b>decreases every month</b> in line with the value of your "
            "car. Get a quote in 3 minutes.</p>",
            "#00205b",
            "https://www.kingprice.co.za/unsubscribe",
        ),
        (
            at(2026, 10, 12, 8),
            ("Planet Fitness", "members@planetfitness.co.za"),
            "Join Planet Fitness Claremont: R0 joining fee",
            "<p>No joining fee this October. Memberships from <b>R429 a month</b> on a 12-month contract.</p>",
            "#6f2c91",
            "https://www.planetfitness.co.za/unsubscribe",
        ),
    ]
    for sent, frm, subject, inner, color, url in items:
        html = page(
            f'<p style="font-size:22px;font-weight:bold;color:{color};">{frm[0]}</p>'
            + inner
            + f'<p><a href="{url.rsplit("/", 1)[0]}">Find out more</a></p>',
            title=subject,
            color=color,
            footer=f'You received this because you are on our mailing list. <a href="{url}">Unsubscribe</a>',
        )
        add(
            sent,
            frm,
            subject,
            html_only(html),
            labels=[],
            slug=frm[0].lower() + "-marketing",
            headers=unsub(url),
        )
    woolies = page(
        '<p style="font-size:22px;font-weight:bold;">WOOLWORTHS</p><p>This week with WRewards: 25% off '
        "selected summer dresses, 3 for 2 on braai essentials and double points on kids' school shoes.</p>",
        title="Woolworths",
        color="#000000",
        footer='Woolworths (Pty) Ltd. <a href="https://www.woolworths.co.za/unsubscribe">Unsubscribe</a>',
    )
    add(
        at(2026, 11, 18, 7),
        ("Woolworths", "news@woolworths.co.za"),
        "This week with WRewards: braai essentials 3 for 2",
        html_only(woolies),
        labels=[],
        slug="woolworths-newsletter",
        headers=unsub("https://www.woolworths.co.za/unsubscribe"),
    )
    phish = page(
        '<p style="font-size:22px;color:#dc0032;font-weight:bold;">Absa</p>'
        "<p>Dear Valued Client,</p><p>Your Absa Online Banking profile has been <b>temporarily locked</b> due "
        "to several unsuccessful login attempts.</p><p>To restore access, please verify your identity within "
        '24 hours: <a href="http://absa-verify-online.net/login">Verify now</a></p><p>Absa Security Team</p>',
        title="Absa",
        color="#dc0032",
        footer="Absa Bank Limited",
    )
    add(
        at(2026, 4, 22, 2, 17),
        ("Absa Online", "security@absa-verify-online.net"),
        "Your Absa Online profile has been locked",
        html_only(phish),
        labels=[],
        slug="phish-absa",
    )


def food_and_rides():
    foot = "Mr D | Takealot Group | mrd.com | Need help? Chat to us in the app."
    for sent, shop, items, fee in [
        (
            at(2026, 2, 20, 18, 52),
            "Nando's Claremont",
            [
                ("Full Chicken (Medium)", "219.90"),
                ("Large Peri-Peri Chips x2", "99.80"),
                ("Spicy Rice Large", "54.90"),
            ],
            "19.00",
        ),
        (
            at(2026, 7, 31, 19, 20),
            "Col'Cacchio Cavendish",
            [("Margherita (large)", "149.00"), ("Pollo Pesto (large)", "175.00")],
            "15.00",
        ),
    ]:
        total = sum((D(p) for _, p in items), Decimal(0)) + D(fee)
        html = page(
            '<p style="font-size:22px;font-weight:bold;color:#00b2a9;">Mr D</p>'
            f"<p>Thanks for your order from <b>{shop}</b>!</p>"
            + rows(
                [
                    *[(n, r_us(p)) for n, p in items],
                    ("Delivery fee", r_us(fee)),
                    ("<b>Total</b>", f"<b>{r_us(total)}</b>"),
                    ("Paid with", "Card **0932"),
                ]
            ),
            title="Mr D receipt",
            color="#00b2a9",
            footer=foot,
        )
        add(
            sent,
            ("Mr D", "orders@mrd.com"),
            f"Your Mr D order from {shop}",
            html_only(html),
            labels=[],
            slug="mr-d-order",
        )
    for sent, day, frm_to, fare in [
        (at(2026, 4, 17, 23, 5), "Friday", ("Belvedere Rd, Claremont", "V&A Waterfront"), "142.00"),
        (at(2026, 10, 9, 22, 40), "Friday", ("Kloof St, Gardens", "Belvedere Rd, Claremont"), "96.00"),
    ]:
        part = "night" if sent.hour >= 21 else "evening"
        html = page(
            '<p style="font-size:26px;font-weight:bold;">Uber</p>'
            f'<p>Thanks for riding, Thandiwe</p><p style="font-size:20px;"><b>Total R{fare}</b></p>'
            + rows(
                [
                    ("Trip fare", f"R{D(fare) - D('12.00')}"),
                    ("Booking fee", "R12.00"),
                    ("Total", f"R{fare}"),
                    ("Payment", "Mastercard ••••0932"),
                ]
            )
            + f"<p>UberX &middot; {frm_to[0]} &rarr; {frm_to[1]}</p>",
            title="Uber receipt",
            color="#000000",
            footer="Uber South Africa Technology Services (Pty) Ltd.",
        )
        add(
            sent,
            ("Uber Receipts", "noreply@uber.com"),
            f"Your {day} {part} trip with Uber",
            html_only(html),
            labels=[],
            slug="uber-receipt",
        )
    html = page(
        '<p style="font-size:26px;font-weight:bold;color:#34d186;">Bolt</p>'
        "<p>Thanks for riding with Bolt!</p>"
        + rows(
            [
                ("Ride", "Claremont Station &rarr; Cavendish Square"),
                ("Ride price", "R78.00"),
                ("Payment", "Cash"),
            ]
        ),
        title="Bolt",
        color="#34d186",
        footer="Bolt Operations OU, Tallinn, Estonia",
    )
    add(
        at(2026, 6, 6, 13, 11),
        ("Bolt", "receipts-za@bolt.eu"),
        "Your Bolt ride receipt",
        html_only(html),
        labels=[],
        slug="bolt-receipt",
    )


def pilates_and_travel():
    html = page(
        '<p style="font-size:20px;font-weight:bold;">The Pilates Room Claremont</p>'
        "<p>Thank you for your purchase.</p>"
        + rows(
            [
                ("10-class pack (valid 3 months)", "R 1 650,00"),
                ("Total", "R 1 650,00"),
                ("Card", "Mastercard •••• 0932"),
                ("Receipt no.", f"{digits(6)}"),
            ]
        )
        + "<p>Powered by Yoco</p>",
        title="Receipt",
        color="#00a9e0",
        footer="This receipt was sent by Yoco on behalf of The Pilates Room Claremont.",
    )
    add(
        at(2026, 10, 6, 17, 20),
        ("Yoco", "receipts@yoco.com"),
        "Your receipt from The Pilates Room Claremont",
        html_only(html),
        labels=[],
        slug="yoco-pilates-class-pack",
    )
    txt = """Hi Thandiwe

You're booked!

Reformer Beginners with Mariëtte
Tuesday 13 October 2026, 07:00 - 07:50
The Pilates Room, 2nd floor, Palmyra Junction, Claremont

Classes left on your 10-class pack: 9 (expires 6 January 2027)

Please cancel at least 12 hours before class or it will count as used.

See you on the mat!
The Pilates Room
"""
    add(
        at(2026, 10, 11, 20, 3),
        ("The Pilates Room", "hello@thepilatesroom.co.za"),
        "Booking confirmed: Reformer Beginners, Tue 13 Oct",
        plain(txt),
        labels=[],
        slug="pilates-booking",
    )
    html = page(
        '<p style="font-size:24px;font-weight:bold;color:#ff6600;">FlySafair</p>'
        "<p>Thank you for booking with FlySafair.</p>"
        + rows(
            [
                ("Booking reference", "K7QX2M"),
                ("Flight", "FA 210 Cape Town (CPT) &rarr; Johannesburg (JNB)"),
                ("Date", "Thu 23 Apr 2026, 06:00"),
                ("Return", "FA 243 JNB &rarr; CPT, Sun 26 Apr 2026, 17:40"),
                ("Passengers", "Thandiwe Mokoena, Pieter Mokoena"),
                ("Total paid", "R3 488.00"),
            ]
        ),
        title="Booking",
        color="#ff6600",
        footer="Safair Operations (Pty) Ltd",
    )
    add(
        at(2026, 3, 30, 21, 12),
        ("FlySafair", "bookings@flysafair.co.za"),
        "FlySafair booking confirmation K7QX2M",
        html_only(html),
        labels=[],
        slug="flysafair-booking",
    )
    html = page(
        '<p style="font-size:24px;font-weight:bold;color:#003580;">Booking.com</p>'
        "<p>Thandiwe, your booking in Knysna is confirmed.</p>"
        + rows(
            [
                ("Property", "Knysna Hollow Country Estate"),
                ("Check-in", "Fri 10 July 2026"),
                ("Check-out", "Mon 13 July 2026"),
                ("Guests", "2 adults, 2 children"),
                ("Total price", "ZAR 5,460"),
                ("Confirmation number", f"{digits(10)}"),
            ]
        ),
        title="Booking.com",
        color="#003580",
        footer="Booking.com B.V., Amsterdam",
    )
    add(
        at(2026, 6, 29, 20, tz=CEST),
        ("Booking.com", "noreply@booking.com"),
        "Your booking is confirmed at Knysna Hollow Country Estate",
        html_only(html),
        labels=[],
        slug="booking-com-confirmation",
    )
    html = page(
        '<p style="font-size:22px;font-weight:bold;color:#e4002b;">Computicket</p>'
        "<p>Thank you for your order.</p>"
        + rows(
            [
                ("Event", "Kirstenbosch Summer Sunset Concert"),
                ("Date", "Sun 25 January 2026, 17:30"),
                ("Tickets", "2 adult, 2 child"),
                ("Total", "R560.00"),
                ("Order", f"CT{digits(9)}"),
            ]
        ),
        title="Computicket",
        color="#e4002b",
        footer="Computicket, a Shoprite Holdings company",
    )
    add(
        at(2026, 1, 15, 12),
        ("Computicket", "noreply@computicket.com"),
        "Your Computicket order confirmation",
        html_only(html),
        labels=[],
        slug="computicket-order",
    )


def personal():
    lerato = ("Lerato Dube", "lerato.dube@gmail.com")
    add(
        at(2026, 2, 27, 16, 5),
        lerato,
        "Braai on Saturday?",
        plain(
            "Hey Thandi!\n\nWe're doing a braai at ours on Saturday from 2, bring the kids, Sipho's brother is "
            "bringing his new puppy. Just bring a salad and whatever you're drinking.\n\nLet me know!\nL\n\nSent from my iPhone"
        ),
        labels=[],
        slug="personal-braai",
    )
    mariette = ("Mariëtte van Wyk", "mariette.vanwyk@telkomsa.net")
    add(
        at(2026, 9, 24, 19, 44),
        mariette,
        "Boekklub in Oktober – by ons",
        plain(
            "Hallo almal / hi everyone\n\nBook club is at ours on Thursday 15 October. We're reading 'The Promise' "
            "(Damon Galgut). I'll do a bobotie, please bring something sweet.\n\nLiefde\nMariëtte",
            "utf-8",
            "8bit",
        ),
        labels=[],
        slug="personal-book-club",
    )
    txt = """Hi love

Confirmed the house sitter (Aisha) for 18 Dec - 4 Jan. I'll leave her the alarm code and the ADT control room number, and show her how to load electricity on the meter. She can use the Netflix and the DStv.

Don't forget the Mr Price order for the kids' swim stuff.

P
"""
    add(
        at(2026, 11, 20, 12, 31),
        PIETER,
        "House sitter December",
        multipart("alternative", [plain(txt), html_only(text_to_html(txt))], prefix="_000_"),
        labels=[],
        slug="personal-house-sitter",
    )


# ----------------------------------------------------------------------------- truth, meta, output


def truth() -> list[dict]:
    def t(name, aliases, cycle, kind, status="active"):
        f = FACTS[name]
        return {
            "name": name,
            "aliases": aliases,
            "amount": f"{f['amount']:.2f}",
            "currency": "ZAR",
            "cycle": cycle,
            "status": status,
            "next_renewal": f["next"].isoformat() if status == "active" else None,
            "kind": kind,
        }

    return [
        t(
            CCT,
            [
                "City of Cape Town municipal account",
                "Cape Town municipal account",
                "CoCT",
                "Stad Kaapstad",
                "City of Cape Town rates and services",
            ],
            "monthly",
            "bill",
        ),
        t(
            DSTV,
            ["DStv Compact", "DStv Premium", "MultiChoice", "MultiChoice DStv"],
            "monthly",
            "subscription",
        ),
        t(NETFLIX, ["Netflix Standard"], "monthly", "subscription"),
        t(DISNEY, ["Disney Plus", "Disney+ Standard"], "monthly", "subscription", "cancelled"),
        t(VODACOM, ["Vodacom contract", "Vodacom Red Flexi 1000", "Red Flexi 1000"], "monthly", "bill"),
        t(AFRIHOST, ["Afrihost Fibre", "Afrihost Vumatel Fibre", "Vumatel fibre"], "monthly", "bill"),
        t(
            DHMS,
            ["Discovery Health", "Discovery Health Classic Saver", "Discovery medical aid", "Classic Saver"],
            "monthly",
            "bill",
        ),
        t(VITALITY, ["Vitality", "Vitality Health", "Discovery Vitality fee"], "monthly", "subscription"),
        t(OLDMUTUAL, ["Old Mutual Greenlight", "Greenlight", "Old Mutual life cover"], "monthly", "bill"),
        t(OUTS, ["OUTsurance car insurance", "OUTsurance Insurance Company"], "monthly", "bill"),
        t(
            VIRGIN,
            ["Virgin Active Club membership", "Virgin Active South Africa"],
            "monthly",
            "subscription",
            "cancelled",
        ),
        t(
            SCHOOL,
            ["Protea Park Primary", "Protea Park Primary school fees", "School fees"],
            "monthly",
            "subscription",
        ),
        t(TAKEALOT, ["Takealot", "Takealot.com More"], "monthly", "subscription"),
        t(SPOTIFY, ["Spotify", "Spotify Premium", "Spotify Family"], "monthly", "subscription"),
        t(YOUTUBE, ["YouTube", "YouTube Premium (YouTube)"], "monthly", "subscription"),
        t(
            ICLOUD,
            ["iCloud", "Apple iCloud", "iCloud+ with 2 TB of storage", "iCloud storage"],
            "monthly",
            "subscription",
        ),
        t(ADT, ["ADT", "Fidelity ADT armed response", "ADT Security"], "monthly", "subscription"),
        t(ABSA, ["Absa Home Loans", "Absa bond", "Absa"], "monthly", "bill"),
        t(ESP, ["EskomSePush", "ESP Premium", "EskomSePush Premium (Yearly)"], "yearly", "subscription"),
        t(TVL, ["TV Licence", "SABC TV Licences", "TV licence"], "yearly", "bill"),
        t(NEWS24, ["News24 Premium"], "monthly", "subscription", "inactive"),
        t(M365, ["Microsoft 365", "Office 365"], "yearly", "subscription"),
        t(SIYAVULA, ["Siyavula", "Siyavula Education"], "quarterly", "subscription"),
    ]


HARD_NEGATIVES = [
    "FNB",
    "First National Bank",
    "Prepaid Electricity",
    "Checkers Sixty60",
    "Sixty60",
    "Checkers",
    "Xtra Savings Plus",
    "Mr D",
    "Nando's",
    "Col'Cacchio",
    "Uber",
    "Bolt",
    "Yoco",
    "The Pilates Room",
    "FlySafair",
    "Booking.com",
    "Knysna Hollow Country Estate",
    "Computicket",
    "SARS",
    "SARS eFiling",
    "uFiling",
    "UIF",
    "Unemployment Insurance Fund",
    "Showmax",
    "rain",
    "King Price",
    "Discovery Bank",
    "Planet Fitness",
    "Woolworths",
    "VodaPay",
    "Minecraft",
    "LEGO Friends",
    "Russell Hobbs",
    "Lerato Dube",
    "Mariëtte van Wyk",
]


def slugify(s: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return s[:48].rstrip("-")


def mbox_from(m) -> bytes:
    u = m["when"].astimezone(UTC)
    return f"From {m['addr']} {u:%a %b} {u.day:2d} {u:%H:%M:%S %Y}\n".encode("ascii")


def main():
    for fn in (
        city_of_cape_town,
        fnb,
        dstv,
        netflix,
        disney,
        vodacom,
        afrihost,
        discovery,
        old_mutual,
        outsurance,
        virgin_active,
        school,
        takealot,
        checkers,
        spotify,
        google_play,
        apple,
        adt,
        absa,
        tv_licence,
        news24,
        microsoft,
        siyavula,
        eskomsepush,
        sars,
        ufiling,
        marketing,
        food_and_rides,
        pilates_and_travel,
        personal,
    ):
        fn()
    msgs = sorted(MESSAGES, key=lambda m: (m["when"].astimezone(UTC), m["seq"]))
    for m in msgs:
        assert date(2025, 11, 28) <= m["when"].date() <= TODAY, (m["subject"], m["when"])
    eml_dir = HERE / "eml"
    if eml_dir.exists():
        shutil.rmtree(eml_dir)
    eml_dir.mkdir()
    mbox = bytearray()
    listing = []
    for i, m in enumerate(msgs, 1):
        raw = "".join(f"{k}: {v}\n" for k, v in m["headers"]).encode("ascii") + render(m["body"])
        name = f"{i:03d}-{m['when']:%Y%m%d}-{slugify(m['slug'])}.eml"
        (eml_dir / name).write_bytes(raw)
        quoted = re.sub(rb"(?m)^(>*From )", rb">\1", raw)
        mbox += mbox_from(m) + quoted + (b"" if quoted.endswith(b"\n") else b"\n") + b"\n"
        listing.append({"file": name, "from": m["from"], "subject": m["subject"], "labels": m["labels"]})
    (HERE / "mailbox.mbox").write_bytes(bytes(mbox))
    dump = lambda obj: json.dumps(obj, indent=2, ensure_ascii=False) + "\n"
    (HERE / "messages.json").write_text(dump(listing), encoding="utf-8")
    (HERE / "truth.json").write_text(dump(truth()), encoding="utf-8")
    (HERE / "meta.json").write_text(
        dump({"today": TODAY.isoformat(), "messages": len(msgs), "hard_negatives": HARD_NEGATIVES}),
        encoding="utf-8",
    )
    print(f"{len(msgs)} messages, {len(truth())} truths")


if __name__ == "__main__":
    main()
