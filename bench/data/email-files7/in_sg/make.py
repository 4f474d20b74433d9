#!/usr/bin/env python3
"""Mailbox of Arjun Menon, a software engineer in Bengaluru who spends months in Singapore.

Twelve months of mail ending on 2026-11-29. Seeded and deterministic: rerunning writes the same
bytes. Standard library only. Run from the repository root:

    .venv/bin/python bench/data/email-files7/in_sg/make.py
"""

from __future__ import annotations

import base64
import html as html_lib
import json
import quopri
import random
import shutil
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 29)
RNG = random.Random(91_2026_1129)

ME = "arjun.menon.blr@gmail.com"
ME_NAME = "Arjun Menon"
MOBILE = "98450 61273"
SG_MOBILE = "+65 8123 4097"

IST = timezone(timedelta(hours=5, minutes=30))
SGT = timezone(timedelta(hours=8))
UTC = UTC
D = Decimal

# ---------------------------------------------------------------- time zones

_US_DST = {2025: (date(2025, 3, 9), date(2025, 11, 2)), 2026: (date(2026, 3, 8), date(2026, 11, 1))}


def us_tz(day: date, std_offset: int) -> timezone:
    """A US zone (Pacific -8, Eastern -5) on that day, with daylight saving time."""
    start, end = _US_DST[day.year]
    dst = start <= day < end
    return timezone(timedelta(hours=std_offset + (1 if dst else 0)))


def at(y: int, m: int, d: int, hh: int, mm: int, tz: timezone | str = IST, ss: int | None = None) -> datetime:
    if tz == "PT":
        tz = us_tz(date(y, m, d), -8)
    elif tz == "ET":
        tz = us_tz(date(y, m, d), -5)
    assert isinstance(tz, timezone)
    if ss is None:
        ss = RNG.randrange(60)
    return datetime(y, m, d, hh, mm, ss, tzinfo=tz)


# ---------------------------------------------------------------- money


def q2(x: Decimal | str | int) -> Decimal:
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def lakh(x: Decimal | str | int, dec: bool = True) -> str:
    """Indian digit grouping: 1,19,900.00"""
    s = f"{q2(x):.2f}"
    ip, fp = s.split(".")
    neg = ip.startswith("-")
    ip = ip.lstrip("-")
    if len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        groups: list[str] = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        ip = ",".join([*groups, tail])
    return ("-" if neg else "") + ip + ("." + fp if dec else "")


def sgd(x: Decimal | str | int) -> str:
    return f"{q2(x):,.2f}"


def usd(x: Decimal | str | int) -> str:
    return f"{q2(x):,.2f}"


# ---------------------------------------------------------------- random ids


def digits(n: int) -> str:
    return "".join(RNG.choice("0123456789") for _ in range(n))


def hexid(n: int) -> str:
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def alnum(n: int, upper: bool = True) -> str:
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789" if upper else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(RNG.choice(chars) for _ in range(n))


# ---------------------------------------------------------------- MIME builders
# A body is (content headers, payload text). Built by hand so boundaries and encodings are fixed.

Body = tuple[list[tuple[str, str]], str]


def _encode(text: str, charset: str, cte: str) -> str:
    if cte == "quoted-printable":
        out = quopri.encodestring(text.encode(charset)).decode("ascii")
    elif cte == "base64":
        out = base64.encodebytes(text.encode(charset)).decode("ascii")
    else:
        out = text
    return out if out.endswith("\n") else out + "\n"


def part(
    ctype: str, text: str, charset: str = "utf-8", cte: str = "quoted-printable", quote_cs: bool = False
) -> Body:
    cs = f'"{charset}"' if quote_cs else charset
    return (
        [("Content-Type", f"{ctype}; charset={cs}"), ("Content-Transfer-Encoding", cte)],
        _encode(text, charset, cte),
    )


def plain(text: str, charset: str = "utf-8", cte: str = "quoted-printable", **kw: bool) -> Body:
    return part("text/plain", text, charset, cte, **kw)


def html(text: str, charset: str = "utf-8", cte: str = "quoted-printable", **kw: bool) -> Body:
    return part("text/html", text, charset, cte, **kw)


def boundary(style: str) -> str:
    if style == "gmail":
        return "0000000000" + hexid(16)
    if style == "java":
        return f"----=_Part_{digits(7)}_{digits(9)}.{digits(13)}"
    if style == "outlook":
        return f"_000_{alnum(24)}_"
    if style == "sendgrid":
        return hexid(64)
    if style == "apple":
        return f"Apple-Mail={hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}".upper()
    if style == "php":
        return f"b1_{alnum(32, upper=False)}"
    return f"=_{hexid(28)}"


def multipart(subtype: str, parts: list[Body], style: str = "plain", preamble: bool = False) -> Body:
    b = boundary(style)
    out = "This is a multi-part message in MIME format.\n\n" if preamble else ""
    for headers, payload in parts:
        out += f"--{b}\n"
        out += "".join(f"{k}: {v}\n" for k, v in headers)
        out += "\n" + payload
    out += f"--{b}--\n"
    return ([("Content-Type", f'multipart/{subtype}; boundary="{b}"')], out)


def alt(
    text: str, markup: str, style: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable"
) -> Body:
    return multipart("alternative", [plain(text, charset, cte), html(markup, charset, cte)], style)


def fake_pdf(lines: list[str]) -> bytes:
    """A small, well-formed one-page PDF carrying the lines as text."""
    esc = [
        ln.encode("latin-1", "replace")
        .decode("latin-1")
        .replace("\\", "\\\\")
        .replace("(", "\\(")
        .replace(")", "\\)")
        for ln in lines
    ]
    stream = "BT /F1 10 Tf 50 790 Td 14 TL\n" + "".join(f"({s}) '\n" for s in esc) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out.encode("latin-1")))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(
        f"{off:010d} 00000 n \n" for off in offsets
    )
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def attachment(filename: str, data: bytes, ctype: str = "application/pdf") -> Body:
    return (
        [
            ("Content-Type", f'{ctype}; name="{filename}"'),
            ("Content-Disposition", f'attachment; filename="{filename}"'),
            ("Content-Transfer-Encoding", "base64"),
        ],
        base64.encodebytes(data).decode("ascii"),
    )


def with_pdf(body: Body, filename: str, lines: list[str], style: str = "java") -> Body:
    return multipart("mixed", [body, attachment(filename, fake_pdf(lines))], style)


# ---------------------------------------------------------------- messages


MSGS: list[dict] = []


def add(
    when: datetime,
    sender: tuple[str, str],
    subject: str,
    body: Body,
    labels: tuple[str, ...] | list[str] = (),
    slug: str = "",
    to: str | None = None,
    headers: list[tuple[str, str]] | None = None,
    msgid_domain: str | None = None,
) -> None:
    name, addr = sender
    domain = msgid_domain or addr.split("@", 1)[1]
    MSGS.append(
        {
            "when": when,
            "name": name,
            "addr": addr,
            "subject": subject,
            "body": body,
            "labels": list(labels),
            "slug": slug,
            "to": to or formataddr((ME_NAME, ME)),
            "headers": headers or [],
            "msgid": f"<{hexid(8)}.{digits(10)}.{hexid(12)}@{domain}>",
        }
    )


def enc_header(value: str) -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", header_name="Subject").encode()


def enc_addr(name: str, addr: str) -> str:
    return formataddr((name, addr), charset="utf-8") if name else addr


def unsub(url: str, mailto: str | None = None) -> list[tuple[str, str]]:
    val = f"<{url}>" + (f", <mailto:{mailto}>" if mailto else "")
    return [("List-Unsubscribe", val), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]


def render(m: dict) -> str:
    lines = [
        f"Return-Path: <{m['addr']}>",
        "MIME-Version: 1.0",
        f"Date: {format_datetime(m['when'])}",
        f"From: {enc_addr(m['name'], m['addr'])}",
        f"To: {m['to']}",
        f"Subject: {enc_header(m['subject'])}",
        f"Message-ID: {m['msgid']}",
    ]
    lines += [f"{k}: {v}" for k, v in m["headers"]]
    ch, payload = m["body"]
    lines += [f"{k}: {v}" for k, v in ch]
    return "\n".join(lines) + "\n\n" + payload


def fwd_block(orig_from: str, orig_date: datetime, orig_subject: str, to: str) -> str:
    return (
        "---------- Forwarded message ---------\n"
        f"From: {orig_from}\n"
        f"Date: {orig_date.strftime('%a, %d %b %Y at %-I:%M %p')}\n"
        f"Subject: {orig_subject}\n"
        f"To: {to}\n"
    )


# ---------------------------------------------------------------- HTML helpers


def rows_html(rows: list[tuple[str, str]], bold_last: bool = False, pad: int = 8, lc: str = "#555555") -> str:
    out = []
    for i, (k, v) in enumerate(rows):
        b = ' style="font-weight:bold"' if bold_last and i == len(rows) - 1 else ""
        out.append(
            f'<tr{b}><td style="padding:{pad}px 0;color:{lc};border-bottom:1px solid #eeeeee">{k}</td>'
            f'<td align="right" style="padding:{pad}px 0;border-bottom:1px solid #eeeeee">{v}</td></tr>'
        )
    return "\n".join(out)


def page(
    title: str, inner: str, color: str = "#222222", font: str = "Arial,Helvetica,sans-serif", footer: str = ""
) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title>
<style type="text/css">
body {{ margin:0; padding:0; background:#f4f4f4; }}
table {{ border-collapse:collapse; }}
@media only screen and (max-width:620px) {{ .wrap {{ width:100% !important; }} }}
</style>
</head>
<body style="margin:0;padding:0;background:#f4f4f4;font-family:{font};font-size:14px;color:#333333">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f4">
<tr><td align="center" style="padding:20px 10px">
<table class="wrap" role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td style="background:{color};padding:18px 24px;color:#ffffff;font-size:20px;font-weight:bold">{title}</td></tr>
<tr><td style="padding:24px">
{inner}
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;line-height:16px;color:#888888;background:#fafafa">{footer}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""


def strip_tags(markup: str) -> str:
    import re

    text = re.sub(r"<(style|head)[^>]*>.*?</\1>", "", markup, flags=re.S | re.I)
    text = re.sub(r"<br\s*/?>|</p>|</tr>|</h\d>|</div>", "\n", text, flags=re.I)
    text = re.sub(r"</td>", "  ", text, flags=re.I)
    text = re.sub(r"<[^>]+>", "", text)
    text = html_lib.unescape(text).replace("\xa0", " ")
    lines = [" ".join(ln.split()) for ln in text.splitlines()]
    out: list[str] = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    return "\n".join(out).strip() + "\n"


# ================================================================ INDIA: bills

AIRTEL = ("airtel", "ebill@airtel.com")
AIRTEL_PLAN = D("549.00")
AIRTEL_BILLS = [  # bill date, international roaming pack on this bill
    (date(2025, 12, 20), False),
    (date(2026, 1, 20), False),
    (date(2026, 3, 20), False),
    (date(2026, 4, 20), False),
    (date(2026, 6, 20), True),
    (date(2026, 8, 20), False),
    (date(2026, 10, 20), False),
    (date(2026, 11, 20), False),
]


def airtel_total(ir: bool) -> Decimal:
    base = AIRTEL_PLAN + (D("2999.00") if ir else D(0))
    return base + 2 * q2(base * D("0.09"))


def make_airtel() -> None:
    prev = airtel_total(False)
    for bill_date, ir in AIRTEL_BILLS:
        base = AIRTEL_PLAN + (D("2999.00") if ir else D(0))
        cgst = q2(base * D("0.09"))
        total = base + 2 * cgst
        due = bill_date + timedelta(days=17)
        start = (bill_date.replace(day=1) - timedelta(days=1)).replace(day=20)
        end = bill_date - timedelta(days=1)
        bill_no = f"BM{bill_date:%y%m}I{digits(9)}"
        acct = "1-289471530"
        charges = [("Monthly rental – Airtel Postpaid ₹549 plan", lakh(AIRTEL_PLAN))]
        if ir:
            charges.append(
                ("International Roaming pack – Singapore, 30 days (activated 01-Jun-2026)", lakh("2999.00"))
            )
        charges += [("CGST @ 9%", lakh(cgst)), ("SGST @ 9%", lakh(cgst))]
        summary = [
            ("Previous balance", f"₹{lakh(prev)}"),
            ("Payments received – thank you", f"-₹{lakh(prev)}"),
            ("This month's charges", f"₹{lakh(total)}"),
            ("Amount payable", f"₹{lakh(total)}"),
        ]
        prev = total
        inner = f"""<p>Dear Arjun Menon,</p>
<p>Your airtel postpaid bill for mobile number <b>{MOBILE}</b> for the period {start:%d %b %Y} to {end:%d %b %Y} has been generated.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="background:#fff5f5;border:1px solid #f3c1c1">
<tr><td style="padding:14px">Amount payable<br><span style="font-size:26px;font-weight:bold;color:#e40000">₹{lakh(total)}</span></td>
<td style="padding:14px" align="right">Due date<br><span style="font-size:18px;font-weight:bold">{due:%d %b %Y}</span></td></tr>
</table>
<p style="margin-top:18px"><b>Bill summary</b></p>
<table width="100%">{rows_html(summary, bold_last=True)}</table>
<p style="margin-top:18px"><b>Charges this month</b></p>
<table width="100%">{rows_html(charges)}</table>
<table width="100%" style="margin-top:16px;font-size:12px;color:#666666">
<tr><td>Bill number: {bill_no}</td><td align="right">Account number: {acct}</td></tr>
<tr><td>Bill date: {bill_date:%d-%b-%Y}</td><td align="right">GSTIN: 29AAACB2894G1ZJ</td></tr>
</table>
<p><a href="https://www.airtel.in/pay-bill?src=ebill&amp;acc={acct}" style="background:#e40000;color:#ffffff;padding:10px 22px;text-decoration:none;border-radius:4px">Pay now</a></p>
<p>Your detailed bill is attached. To open it, use the first four letters of your name in capitals followed by your date of birth in DDMM format (e.g. ARJU0907).</p>
<p>Pay before the due date to avoid late payment charges of ₹100 and to keep your services uninterrupted. Already paid? Please ignore this reminder.</p>
<p>Thank you for choosing airtel.<br>Team airtel</p>"""
        foot = (
            "Bharti Airtel Limited, Airtel Center, Plot No. 16, Udyog Vihar, Phase IV, Gurugram – 122015. "
            "This is a system-generated email, please do not reply. "
            '<a href="https://www.airtel.in/unsubscribe-ebill">Unsubscribe from e-bill</a>'
        )
        markup = page("airtel postpaid", inner, "#e40000", footer=foot)
        pdf = [
            "Bharti Airtel Limited - Tax Invoice",
            f"Bill number {bill_no}   Bill date {bill_date:%d-%b-%Y}   Due date {due:%d-%b-%Y}",
            f"Arjun Menon   Mobile {MOBILE}   Account {acct}",
            f"Bill period {start:%d-%b-%Y} to {end:%d-%b-%Y}",
            *[f"{k.replace('₹', 'Rs. ')}   Rs. {v}" for k, v in charges],
            f"Amount payable Rs. {lakh(total)}",
        ]
        body = with_pdf(alt(strip_tags(markup), markup, "java"), f"{bill_no}.pdf", pdf)
        subject = f"Your airtel postpaid bill for {MOBILE.replace(' ', '')} is ready"
        if bill_date.month in (3, 10):
            subject = (
                f"airtel bill for mobile {MOBILE.replace(' ', '')}: ₹{lakh(total)} due on {due:%d %b %Y}"
            )
        add(
            at(bill_date.year, bill_date.month, bill_date.day, 9, RNG.randrange(5, 55)),
            AIRTEL,
            subject,
            body,
            ["Airtel Postpaid"],
            "airtel-bill",
            headers=[("X-Mailer", "airtel-ebill-dispatch 4.2")],
        )


ACT = ("ACT Fibernet", "noreply@actcorp.in")
ACT_ACCOUNT = "112073486512"
ACT_OLD = ("ACT Blaze", "150 Mbps", D("999.00"))
ACT_NEW = ("ACT Incredible", "300 Mbps", D("1199.00"))
ACT_INVOICES = [
    date(2025, 12, 25),
    date(2026, 2, 25),
    date(2026, 5, 25),
    date(2026, 8, 25),
    date(2026, 9, 25),
    date(2026, 11, 25),
]


def act_total(price: Decimal) -> Decimal:
    return price + 2 * q2(price * D("0.09"))


def make_act() -> None:
    for inv_date in ACT_INVOICES:
        plan, speed, price = ACT_NEW if inv_date >= date(2026, 9, 20) else ACT_OLD
        gst = q2(price * D("0.09"))
        total = price + 2 * gst
        p_start = (inv_date.replace(day=28) + timedelta(days=5)).replace(day=1)
        p_end = (p_start.replace(day=28) + timedelta(days=5)).replace(day=1) - timedelta(days=1)
        due = p_start + timedelta(days=4)
        inv_no = f"KA/INV/{inv_date:%y}-{digits(2)}/{digits(8)}"
        text = f"""Greetings from ACT Fibernet!

Dear ARJUN MENON,

Please find attached your invoice for Account No. {ACT_ACCOUNT} for the period
{p_start:%d-%b-%Y} to {p_end:%d-%b-%Y}.

  Invoice No.        : {inv_no}
  Invoice Date       : {inv_date:%d-%b-%Y}
  Plan               : {plan} {speed} - Monthly
  Plan Charges       : Rs. {lakh(price)}
  CGST @ 9%          : Rs. {lakh(gst)}
  SGST @ 9%          : Rs. {lakh(gst)}
  ------------------------------------------
  Total Amount Due   : Rs. {lakh(total)}
  Due Date           : {due:%d-%b-%Y}

Pay easily using the ACT Fibernet app or at https://www.actcorp.in/quick-pay
(use your Account No. {ACT_ACCOUNT} or registered mobile number).

Please pay before the due date to enjoy uninterrupted services. Ignore if already paid.

For any assistance, call us at 080 4000 0000 or WhatsApp 9108 99 1234.

Warm Regards,
Team ACT Fibernet

Atria Convergence Technologies Limited, No. 2/1, Sathyanarayana Layout, 2nd Floor,
Mysore Road, Bengaluru - 560026. GSTIN: 29AACCA7954A1ZN  CIN: U72400KA2000PLC027387
This is an auto-generated mail. Please do not reply to this e-mail.
"""
        pdf = [
            "Atria Convergence Technologies Limited - TAX INVOICE",
            f"Invoice No {inv_no}  Date {inv_date:%d-%b-%Y}",
            f"Account No {ACT_ACCOUNT}   ARJUN MENON   HSR Layout Sector 2, Bengaluru 560102",
            f"Service period {p_start:%d-%b-%Y} to {p_end:%d-%b-%Y}   SAC 998422",
            f"{plan} {speed}   Rs. {lakh(price)}",
            f"CGST 9% Rs. {lakh(gst)}   SGST 9% Rs. {lakh(gst)}",
            f"Total Rs. {lakh(total)}   Due {due:%d-%b-%Y}",
        ]
        subject = f"ACT Fibernet Invoice for Account No. {ACT_ACCOUNT} - {p_start:%b %Y}"
        add(
            at(inv_date.year, inv_date.month, inv_date.day, 6, RNG.randrange(0, 59)),
            ACT,
            subject,
            with_pdf(
                plain(text, "us-ascii", "7bit"), f"Invoice_{ACT_ACCOUNT}_{p_start:%b%Y}.pdf", pdf, "outlook"
            ),
            ["ACT Fibernet"],
            "act-invoice",
        )

    # plan upgrade, asked for on the app while back in Bengaluru
    inner = f"""<p>Hi Arjun,</p>
<p>Great news! Your request to upgrade your ACT Fibernet plan has been processed successfully.</p>
<table width="100%" cellpadding="6" style="border:1px solid #dddddd">
<tr style="background:#f0f6ff"><td></td><td><b>Current plan</b></td><td><b>New plan</b></td></tr>
<tr><td>Plan</td><td>{ACT_OLD[0]} {ACT_OLD[1]}</td><td>{ACT_NEW[0]} {ACT_NEW[1]}</td></tr>
<tr><td>Data</td><td>3300 GB FUP</td><td>3300 GB FUP</td></tr>
<tr><td>Monthly charges</td><td>&#8377;{lakh(ACT_OLD[2])} + GST</td><td>&#8377;{lakh(ACT_NEW[2])} + GST</td></tr>
</table>
<p>Your new plan will be effective from your next billing cycle starting <b>01-Oct-2026</b>. Your next invoice will be
&#8377;{lakh(act_total(ACT_NEW[2]))} (including 18% GST). Speeds up to 300 Mbps are available on LAN; Wi-Fi speeds depend on your router and device.</p>
<p>Account No.: {ACT_ACCOUNT}<br>Request ID: SR{digits(9)}</p>
<p>Happy surfing!<br>Team ACT Fibernet</p>"""
    markup = page(
        "Your plan upgrade is confirmed",
        inner,
        "#ed1c24",
        footer="Atria Convergence Technologies Limited. You are receiving this email as a registered ACT Fibernet customer.",
    )
    add(
        at(2026, 9, 12, 19, 41),
        ("ACT Fibernet", "care@actcorp.in"),
        "Your ACT Fibernet plan upgrade is confirmed",
        html(markup),
        ["ACT Fibernet"],
        "act-upgrade",
    )


BESCOM = ("BESCOM", "ebill@bescom.co.in")
BESCOM_ACCOUNT = "8243519067"
BESCOM_READINGS = [
    (date(2026, 1, 24), 172),
    (date(2026, 3, 24), 214),
    (date(2026, 6, 24), 148),
    (date(2026, 9, 24), 156),
    (date(2026, 11, 24), 165),
]


def bescom_bill(units: int) -> tuple[list[tuple[str, Decimal]], Decimal, Decimal]:
    energy = q2(units * D("5.90"))
    fixed = D("580.00")
    pg = q2(units * D("0.36"))
    tax = q2(energy * D("0.09"))
    gross = energy + fixed + pg + tax
    net = gross.quantize(D("1"), rounding=ROUND_HALF_UP)
    items = [
        ("Fixed Charges (4.00 KW @ Rs.145)", fixed),
        (f"Energy Charges ({units} Units @ Rs.5.90)", energy),
        (f"P&G Surcharge ({units} Units @ Rs.0.36)", pg),
        ("Tax @ 9%", tax),
        ("Rounding", q2(net - gross)),
    ]
    return items, gross, q2(net)


def make_bescom() -> None:
    prev_read = 18342
    for read_date, units in BESCOM_READINGS:
        items, _, net = bescom_bill(units)
        due = read_date + timedelta(days=14)
        bill_no = f"{digits(4)}{read_date:%y%m}{digits(6)}"
        pres = prev_read + units
        lines = "\n".join(f"  {k:<42}: {lakh(v):>10}" for k, v in items)
        text = f"""BANGALORE ELECTRICITY SUPPLY COMPANY LIMITED
(Wholly owned Government of Karnataka Undertaking)

Dear Consumer,

Your electricity bill for the month of {read_date:%b-%Y} is generated.

  Account ID                                : {BESCOM_ACCOUNT}
  RR Number                                 : HSRL-S2-14872
  Name                                      : ARJUN MENON
  Sub Division                              : S-11 HSR Layout
  Tariff                                    : LT2A1 (Domestic)
  Bill No.                                  : {bill_no}
  Bill Date                                 : {read_date:%d/%m/%Y}
  Reading (Previous / Present)              : {prev_read} / {pres}
  Consumption                               : {units} Units
{lines}
  ------------------------------------------------------------
  NET AMOUNT PAYABLE                        : Rs. {lakh(net)}
  DUE DATE                                  : {due:%d/%m/%Y}

Pay online at https://bescom.karnataka.gov.in or through any BBPS-enabled app
(Biller: BESCOM, Account ID {BESCOM_ACCOUNT}). A 2% interest is levied on arrears.

Gruha Jyothi: Not eligible for this bill period (average consumption above
the entitled units).

Helpline: 1912 (24x7). Save electricity, save money.

This is a computer generated bill and does not require signature.
"""
        prev_read = pres + RNG.randrange(150, 260)  # readings in the months not mailed
        add(
            at(read_date.year, read_date.month, read_date.day, 14, RNG.randrange(0, 59)),
            BESCOM,
            f"BESCOM Electricity Bill - Account ID {BESCOM_ACCOUNT} - {read_date:%b-%Y}",
            plain(text, "us-ascii", "7bit"),
            ["BESCOM"],
            "bescom-bill",
        )


BWSSB_BILLS = [(date(2026, 3, 18), 13.6), (date(2026, 7, 18), 11.9), (date(2026, 11, 18), 14.4)]
ROHAN = ("Rohan Kulkarni", "rohan.kulkarni91@gmail.com")


def bwssb_bill(kl: float) -> tuple[list[tuple[str, Decimal]], Decimal]:
    kld = D(str(kl))
    water = q2(kld * D("22.00"))
    items = [
        (f"Water Charges ({kl} KL)", water),
        ("Sanitary Charges", q2(water * D("0.25"))),
        ("Meter Cost", D("50.00")),
        ("Borewell / Other Charges", D("0.00")),
    ]
    items.append(("Fixed / Service Charges", D("157.00")))
    total = sum((v for _, v in items), D(0)).quantize(D("1"), rounding=ROUND_HALF_UP)
    return items, q2(total)


def make_bwssb() -> None:
    remarks = [
        "Bhai, water bill for March. I'll pay it from my side on the BWSSB site tonight, "
        "have added your half on Splitwise.",
        "Water bill came. Bit lower since you were in SG most of the month :) Paying it today, "
        "half is on Splitwise as usual.",
        "Forwarding the water bill. Due on {due}, I'll pay it this weekend. Your share is Rs. {half}, "
        "added to Splitwise.",
    ]
    for (bill_date, kl), remark in zip(BWSSB_BILLS, remarks, strict=True):
        items, total = bwssb_bill(kl)
        due = bill_date + timedelta(days=15)
        half = q2(total / 2)
        orig_when = at(bill_date.year, bill_date.month, bill_date.day, 11, RNG.randrange(0, 59))
        fwd_when = orig_when + timedelta(hours=RNG.randrange(6, 11), minutes=RNG.randrange(60))
        rr = "CN-248317"
        orig = (
            f"""BANGALORE WATER SUPPLY AND SEWERAGE BOARD
Water Bill / Demand Notice

RR No.          : {rr}
Consumer Name   : S. RAMASWAMY (Owner)
Address         : No. 47, 14th Main, HSR Layout Sector 2, Bengaluru 560102
Bill Date       : {bill_date:%d-%m-%Y}
Reading Date    : {bill_date - timedelta(days=2):%d-%m-%Y}
Consumption     : {kl} KL

"""
            + "\n".join(f"{k:<28}: Rs. {lakh(v)}" for k, v in items)
            + f"""
----------------------------------------------
Total Amount    : Rs. {lakh(total)}
Due Date        : {due:%d-%m-%Y}

Pay online at https://bwssb.karnataka.gov.in or through BBPS.
Please pay before the due date to avoid disconnection and penalty.
"""
        )
        note = remark.format(due=f"{due:%d %b}", half=lakh(half))
        text = (
            f"{note}\n\n-R\n\n"
            + fwd_block(
                "BWSSB e-Bill <ebill@bwssb.gov.in>",
                orig_when,
                f"BWSSB Water Bill for RR No. {rr} ({bill_date:%b-%Y})",
                "rohan.kulkarni91@gmail.com",
            )
            + "\n\n"
            + orig
        )
        esc = orig.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        markup = (
            f'<div dir="ltr">{note}<div><br></div><div>-R</div><div><br><div class="gmail_quote">'
            f'<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">BWSSB e-Bill</strong> '
            f'<span dir="auto">&lt;<a href="mailto:ebill@bwssb.gov.in">ebill@bwssb.gov.in</a>&gt;</span><br>'
            f"Date: {orig_when.strftime('%a, %d %b %Y at %-I:%M %p')}<br>Subject: BWSSB Water Bill for RR No. {rr} ({bill_date:%b-%Y})<br>"
            f'To: &lt;<a href="mailto:rohan.kulkarni91@gmail.com">rohan.kulkarni91@gmail.com</a>&gt;<br></div><br><br>'
            f"<pre>{esc}</pre></div></div>\n"
        )
        add(
            fwd_when,
            ROHAN,
            f"Fwd: BWSSB Water Bill for RR No. {rr} ({bill_date:%b-%Y})",
            alt(text, markup, "gmail"),
            ["BWSSB"],
            "fwd-bwssb",
            headers=[("In-Reply-To", f"<{hexid(16)}@bwssb.gov.in>")],
        )


LIC = ("LIC of India", "no-reply@licindia.com")
LIC_POLICY = "792418365"
LIC_PREMIUM = D("12438.00")


def make_lic() -> None:
    for notice, due, paid in [
        (date(2025, 12, 29), date(2026, 1, 28), date(2026, 1, 24)),
        (date(2026, 6, 27), date(2026, 7, 28), date(2026, 7, 25)),
    ]:
        grace = due + timedelta(days=30)
        text = f"""Dear Sir/Madam,

PREMIUM DUE INTIMATION

We wish to inform you that the following premium under your policy is falling due.

Policy No.            : {LIC_POLICY}
Name of Policyholder  : SHRI ARJUN MENON
Plan / Term           : 915 / 21
Mode of Payment       : Half-Yearly (HLY)
Due Date              : {due:%d/%m/%Y}
Instalment Premium    : Rs. {lakh(LIC_PREMIUM)}
GST                   : Rs. 0.00 (exempt w.e.f. 22/09/2025)
Total Amount Payable  : Rs. {lakh(LIC_PREMIUM)}
Last date without late fee : {grace:%d/%m/%Y}

You can pay your premium online through the LIC Customer Portal, LIC Pay Direct,
the LIC Digital app, UPI, net banking or at any LIC branch / authorised collection centre.
Visit https://licindia.in and choose "Pay Premium Online".

Please ignore this intimation if the premium has already been paid.

Yours faithfully,
Branch Manager
Branch 7B6, Bengaluru Division - II

This is a system generated e-mail. Please do not reply.
Life Insurance Corporation of India - "Yogakshemam Vahamyaham"
"""
        add(
            at(notice.year, notice.month, notice.day, 7, RNG.randrange(0, 59)),
            LIC,
            f"Premium Due Intimation - Policy No. {LIC_POLICY}",
            plain(text, "us-ascii", "7bit"),
            ["LIC New Jeevan Anand"],
            "lic-due",
        )
        nxt = date(due.year + (1 if due.month == 7 else 0), 1 if due.month == 7 else 7, 28)
        rcpt = f"""Dear ARJUN MENON,

Thank you for your payment. Please find the details of the premium received below.
The premium receipt is attached for your records.

Receipt No.           : {digits(3)}{paid:%y}{digits(7)}
Transaction Date      : {paid:%d/%m/%Y}
Policy No.            : {LIC_POLICY}
Plan                  : LIC's New Jeevan Anand (915)
Sum Assured           : Rs. {lakh("1000000", dec=False)}
Due From - To         : {due:%m/%Y} - {due:%m/%Y}
Premium Amount        : Rs. {lakh(LIC_PREMIUM)}
Late Fee              : Rs. 0.00
GST                   : Rs. 0.00
Total Amount          : Rs. {lakh(LIC_PREMIUM)}
Mode of Payment       : UPI (LIC Pay Direct)
Next Due Date         : {nxt:%d/%m/%Y}

Regards,
Life Insurance Corporation of India

Note: This receipt is subject to realisation of the payment.
"""
        pdf = [
            "LIFE INSURANCE CORPORATION OF INDIA - PREMIUM RECEIPT",
            f"Policy No {LIC_POLICY}   ARJUN MENON   Plan 915/21   Mode HLY",
            f"Due {due:%m/%Y}   Premium Rs. {lakh(LIC_PREMIUM)}   GST Rs. 0.00   Total Rs. {lakh(LIC_PREMIUM)}",
            f"Next due {nxt:%d/%m/%Y}",
        ]
        add(
            at(paid.year, paid.month, paid.day, 21, RNG.randrange(0, 59), SGT if paid.month == 7 else IST),
            ("LIC Pay Direct", "paydirect@licindia.com"),
            f"LIC Premium Receipt - Policy {LIC_POLICY}",
            with_pdf(plain(rcpt, "us-ascii", "7bit"), f"PremiumReceipt_{LIC_POLICY}.pdf", pdf, "php"),
            ["LIC New Jeevan Anand"],
            "lic-receipt",
            msgid_domain="licindia.com",
        )


NIVA = ("Niva Bupa Health Insurance", "noreply@nivabupa.com")
NIVA_POLICY = "31236548202403"
NIVA_PREMIUM = D("24566.00")
NIVA_OLD = D("25130.60")  # last year's premium, GST at 18% included


def make_niva() -> None:
    inner = f"""<p>Dear Arjun Menon,</p>
<p>Your health insurance policy <b>ReAssure 2.0 (Platinum+)</b> is due for renewal. Renew before
<b>13 Mar 2026</b> to continue enjoying uninterrupted cover for you and your family.</p>
<table width="100%" cellpadding="0" cellspacing="0">{
        rows_html(
            [
                ("Policy number", NIVA_POLICY),
                ("Insured members", "Arjun Menon (34), Leela Menon (62), Ravindran Menon (66)"),
                ("Sum insured", f"&#8377;{lakh('1000000', dec=False)} + Booster"),
                ("Policy expiry date", "13 Mar 2026"),
                ("Last year's premium (incl. 18% GST)", f"&#8377;{lakh(NIVA_OLD)}"),
                ("Renewal premium", f"&#8377;{lakh(NIVA_PREMIUM)}"),
                ("GST", "Nil – individual health insurance is exempt from GST w.e.f. 22 Sep 2025"),
                ("Total renewal premium", f"&#8377;{lakh(NIVA_PREMIUM)}"),
            ],
            bold_last=True,
        )
    }</table>
<p>Your cumulative bonus of 50% is protected when you renew on time. A grace period of 30 days is available;
claims are not payable for illness contracted during the break in cover.</p>
<p><a href="https://www.nivabupa.com/renewal.html?policy={
        NIVA_POLICY
    }" style="background:#1b5fbf;color:#ffffff;padding:10px 20px;text-decoration:none">Renew now</a></p>
<p>Warm regards,<br>Team Niva Bupa</p>"""
    foot = (
        "Niva Bupa Health Insurance Company Limited (IRDAI Regn. No. 145). CIN: L66000DL2008PLC182918. "
        "Registered office: C-98, First Floor, Lajpat Nagar Part 1, New Delhi – 110024. Trade logo displayed belongs to Bupa "
        "Singapore Holdings Pte. Ltd. Insurance is the subject matter of solicitation. For more details on risk factors, terms "
        "and conditions, please read the sales brochure carefully before concluding a sale."
    )
    markup = page("Time to renew your ReAssure 2.0 policy", inner, "#1b5fbf", footer=foot)
    add(
        at(2026, 2, 10, 11, 12),
        NIVA,
        f"Renewal reminder: Policy No. {NIVA_POLICY} expires on 13-Mar-2026",
        alt(strip_tags(markup), markup, "sendgrid"),
        ["Niva Bupa Health Insurance"],
        "niva-reminder",
    )

    # PayU receipt in the insurer's name
    txn = f"{digits(11)}"
    inner = f"""<p style="font-size:16px">Hi Arjun Menon,</p>
<p>Your payment to <b>Niva Bupa Health Insurance Company Limited</b> was successful.</p>
<table width="100%" cellpadding="0" cellspacing="0">{
        rows_html(
            [
                ("Amount paid", f"&#8377; {lakh(NIVA_PREMIUM)}"),
                ("Merchant", "Niva Bupa Health Insurance Company Limited"),
                ("Payment ID", txn),
                ("Merchant order ID", f"RNL{NIVA_POLICY}{digits(3)}"),
                ("Payment mode", "Credit Card – HDFC Bank (xx 4417)"),
                ("Date &amp; time", "02 Mar 2026, 08:47 PM"),
            ]
        )
    }</table>
<p style="font-size:12px;color:#777777">PayU only processes this payment on behalf of the merchant. For questions about the product or service,
please contact the merchant directly. For payment-related queries write to care@payu.in quoting the Payment ID.</p>"""
    markup = page(
        "Payment successful",
        inner,
        "#0aa66e",
        footer="PayU Payments Private Limited, 9th Floor, Bestech Business Tower, Sector 48, Gurugram 122018.",
    )
    add(
        at(2026, 3, 2, 20, 47),
        ("PayU", "noreply@payu.in"),
        f"Payment of ₹{lakh(NIVA_PREMIUM)} to Niva Bupa Health Insurance Company Limited is successful",
        html(markup),
        ["Niva Bupa Health Insurance"],
        "payu-niva",
    )

    text = f"""Dear Arjun Menon,

Thank you for renewing your policy with Niva Bupa. Your policy schedule is attached.

Policy number    : {NIVA_POLICY}
Plan             : ReAssure 2.0 - Platinum+ (Family Floater)
Policy period    : 14/03/2026 to 13/03/2027
Premium received : Rs. {lakh(NIVA_PREMIUM)} (GST: exempt)
Next renewal due : 14/03/2027

Download the Niva Bupa Health app to access your e-card, find network hospitals and
track claims. For cashless claims, call 1860-500-8888.

Regards,
Niva Bupa Health Insurance Company Limited
"""
    pdf = [
        "Niva Bupa Health Insurance - Policy Schedule",
        f"Policy {NIVA_POLICY}  ReAssure 2.0 Platinum+",
        "Period 14/03/2026 - 13/03/2027",
        f"Premium Rs. {lakh(NIVA_PREMIUM)}  GST exempt",
    ]
    add(
        at(2026, 3, 2, 21, 5),
        ("Niva Bupa", "policy@nivabupa.com"),
        f"Policy renewed successfully – Policy No. {NIVA_POLICY}",
        with_pdf(plain(text), f"PolicySchedule_{NIVA_POLICY}.pdf", pdf, "sendgrid"),
        ["Niva Bupa Health Insurance"],
        "niva-renewed",
    )


# ================================================================ INDIA: subscriptions

HDFC = ("HDFC Bank InstaAlerts", "alerts@hdfcbank.net")
HDFC_FOOT = (
    "For any queries, please call our PhoneBanking at 1800 202 6161 / 1860 267 6161. "
    "Never share your OTP, PIN, CVV or passwords with anyone, including bank staff. "
    "HDFC Bank Ltd. will never ask you for such details. This is a system generated e-mail; please do not reply."
)


def hdfc_mail(when: datetime, subject: str, paragraph: str, labels: list[str], slug: str) -> None:
    markup = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#000000">
<table width="620" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td style="border-bottom:3px solid #004c8f;padding:10px 0"><img src="https://www.hdfcbank.com/content/api/contentstream-id/723fb80a-2dde-42a3-9793-7ae1be57c87f/HDFC-Bank-Logo.png" alt="HDFC BANK" width="160"></td></tr>
<tr><td style="padding:18px 0;line-height:20px">
<p>Dear Customer,</p>
<p>{paragraph}</p>
<p>Warm Regards,<br>HDFC Bank</p>
</td></tr>
<tr><td style="font-size:11px;color:#666666;border-top:1px solid #cccccc;padding-top:8px">{HDFC_FOOT}</td></tr>
</table></body></html>
"""
    add(when, HDFC, subject, html(markup, "utf-8", "base64"), labels, slug)


def upi_executed(when: datetime, amount: Decimal, payee: str, labels: list[str], slug: str) -> None:
    ref = digits(12)
    hdfc_mail(
        when,
        "UPI AutoPay: Mandate executed successfully",
        f"Your UPI AutoPay mandate for &#8377;{lakh(amount)} has been successfully executed. "
        f"&#8377;{lakh(amount)} has been debited from your HDFC Bank account **7821 to VPA {payee} on "
        f"{when:%d-%m-%y}. UPI transaction reference number is {ref}.<br><br>"
        "If you did not authorise this transaction, please call 18002586161 immediately or SMS BLOCK UPI to 7308080808.",
        labels,
        slug,
    )


def make_netflix() -> None:
    nf = ("Netflix", "info@account.netflix.com")
    upi_executed(
        at(2026, 1, 12, 6, 2),
        D("499.00"),
        "netflixupi.payu@hdfcbank (NETFLIX ENTERTAINMENT SERVICES INDIA LLP)",
        ["Netflix"],
        "hdfc-upi-netflix",
    )

    inner = """<p style="font-size:18px;font-weight:bold">Let's fix your payment</p>
<p>Hi Arjun,</p>
<p>We're having some trouble with your current billing information. We'll try again, but in the meantime you may want
to update your payment details. Your UPI AutoPay payment of <b>&#8377;499</b> for your Standard plan could not be completed.</p>
<p><a href="https://www.netflix.com/YourAccountPayment" style="background:#e50914;color:#ffffff;padding:12px 26px;text-decoration:none;font-weight:bold">UPDATE ACCOUNT</a></p>
<p>Need help? We're here for you. Visit the <a href="https://help.netflix.com">Help Centre</a> or contact us.</p>
<p>–Your friends at Netflix</p>"""
    foot = (
        "Questions? Call 000-800-919-1694<br>Netflix Entertainment Services India LLP, 4th Floor, Godrej BKC, Plot C-68, G Block, "
        "Bandra Kurla Complex, Mumbai 400051<br>This account email has been sent to you as part of your Netflix membership. "
        '<a href="https://www.netflix.com/Terms">Terms of Use</a> · <a href="https://help.netflix.com/legal/privacy">Privacy</a>'
    )
    markup = page("NETFLIX", inner, "#000000", "Helvetica,Arial,sans-serif", foot)
    add(
        at(2026, 4, 12, 8, 31, UTC),
        nf,
        "Your Netflix payment could not be processed",
        alt(strip_tags(markup), markup, "java"),
        ["Netflix"],
        "netflix-payment-failed",
        headers=[("X-Netflix-Message-Type", "PAYMENT_FAILED")],
    )
    upi_executed(
        at(2026, 4, 14, 6, 4),
        D("499.00"),
        "netflixupi.payu@hdfcbank (NETFLIX ENTERTAINMENT SERVICES INDIA LLP)",
        ["Netflix"],
        "hdfc-upi-netflix",
    )

    inner = """<p style="font-size:18px;font-weight:bold">An update on your Netflix membership</p>
<p>Hi Arjun,</p>
<p>We're writing to let you know that we're updating our prices. Your Standard plan will now cost <b>&#8377;549/month</b>,
up from &#8377;499/month.</p>
<p>This new price will apply starting with your next billing date on or after <b>12 August 2026</b>. We'll email you a
reminder before your price changes.</p>
<p>We update our prices from time to time so we can keep investing in more great shows and films, and in improving
Netflix for you. If you'd like to change your plan or cancel, you can do so anytime online in your
<a href="https://www.netflix.com/YourAccount">Account</a>.</p>
<p>We hope you continue to enjoy everything Netflix has to offer.</p>
<p>–Your friends at Netflix</p>"""
    markup = page("NETFLIX", inner, "#000000", "Helvetica,Arial,sans-serif", foot)
    add(
        at(2026, 7, 10, 16, 12, UTC),
        nf,
        "Changes to your Netflix membership",
        alt(strip_tags(markup), markup, "java"),
        ["Netflix"],
        "netflix-price-change",
    )
    upi_executed(
        at(2026, 9, 12, 6, 1),
        D("549.00"),
        "netflixupi.payu@hdfcbank (NETFLIX ENTERTAINMENT SERVICES INDIA LLP)",
        ["Netflix"],
        "hdfc-upi-netflix",
    )
    hdfc_mail(
        at(2026, 11, 11, 10, 15),
        "Pre-debit notification: UPI AutoPay",
        "This is to inform you that &#8377;549.00 will be debited from your HDFC Bank account **7821 on 12-11-2026 "
        "towards NETFLIX ENTERTAINMENT SERVICES INDIA LLP under your UPI AutoPay mandate (UMN: "
        f"{hexid(32)}@hdfcbank).<br><br>To pause or revoke the mandate, open any UPI app and go to UPI AutoPay / Mandates.",
        ["Netflix"],
        "hdfc-predebit-netflix",
    )

    inner = """<p style="font-size:20px;font-weight:bold">New on Netflix this week</p>
<p>Hi Arjun, here's what's just arrived.</p>
<table width="100%"><tr><td width="33%" style="padding:4px"><b>Kohrra: Season 2</b><br>Punjab's foggiest case returns.</td>
<td width="33%" style="padding:4px"><b>The Great Indian Kapil Show</b><br>New episodes every Saturday.</td>
<td width="33%" style="padding:4px"><b>Stranger Things 5</b><br>Catch up before the finale.</td></tr></table>
<p><a href="https://www.netflix.com/browse">WATCH NOW</a></p>"""
    markup = page(
        "NETFLIX",
        inner,
        "#000000",
        "Helvetica,Arial,sans-serif",
        foot + ' <a href="https://www.netflix.com/unsubscribe?lnktrk=EMP">Unsubscribe</a> from these emails.',
    )
    add(
        at(2026, 10, 23, 13, 5, UTC),
        ("Netflix", "info@mailer.netflix.com"),
        "Arjun, new arrivals you'll love",
        html(markup),
        [],
        "netflix-newsletter",
        headers=unsub("https://www.netflix.com/unsubscribe?lnktrk=EMP&g=8E2A"),
    )


GPLAY = ("Google Play", "googleplay-noreply@google.com")


def gplay_receipt(
    when_ist: datetime,
    item: str,
    app: str,
    price: Decimal,
    per: str,
    labels: list[str],
    slug: str,
    method: str,
) -> None:
    gst = q2(price * 18 / 118)
    order = f"GPA.33{digits(2)}-{digits(4)}-{digits(4)}-{digits(5)}"
    text = f"""Google Play

Thank you.
You've made a purchase from the Google Play Store on {when_ist:%b %-d, %Y}. You can find more details below.

Order number: {order}
Order date: {when_ist:%b %-d, %Y %-I:%M:%S %p} GMT+05:30
Your account: {ME}

Item                                   Price
{item} ({app})
Auto-renewing subscription             ₹{lakh(price)}/{per}

Total: ₹{lakh(price)}/{per} (includes GST ₹{lakh(gst)})

Payment method: {method}

You will be charged ₹{lakh(price)}/{per} until you cancel. You can cancel at any time in Google Play > Payments & subscriptions.
Learn how to cancel: https://support.google.com/googleplay/answer/7018481

View order history: https://play.google.com/store/account/orderhistory

This purchase is subject to the Google Play Terms of Service. Seller of record: Google India Digital Services Private Limited, Unit 207, 2nd Floor Signature Tower-II, Tower A, Sector 15 Part II Silokhera, Gurugram 122001. GSTIN 06AAGCG6584H1ZQ.

© 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory email service announcement to update you about important changes to your Google Play product or account.
"""
    rows = rows_html(
        [
            ("Order number", order),
            ("Order date", f"{when_ist:%b %-d, %Y %-I:%M:%S %p} GMT+05:30"),
            ("Your account", ME),
        ],
        pad=4,
    )
    markup = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Google Play</title></head>
<body style="margin:0;padding:0;font-family:Roboto,Helvetica,Arial,sans-serif;color:#202124">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 0"><img src="https://www.gstatic.com/android/market_images/email/logo-google-play.png" alt="Google Play" width="150"></td></tr>
<tr><td style="font-size:28px;padding-bottom:8px">Thank you.</td></tr>
<tr><td style="font-size:14px;line-height:20px">You've made a purchase from the Google Play Store on {when_ist:%b %-d, %Y}. You can find more details below.</td></tr>
<tr><td style="padding:16px 0"><table width="100%">{rows}</table></td></tr>
<tr><td><table width="100%" style="border-top:1px solid #dadce0;border-bottom:1px solid #dadce0">
<tr><td style="padding:12px 0"><b>{item}</b> ({app})<br><span style="color:#5f6368">Auto-renewing subscription</span></td>
<td align="right" style="padding:12px 0">&#8377;{lakh(price)}/{per}</td></tr></table></td></tr>
<tr><td align="right" style="padding:12px 0;font-size:16px"><b>Total: &#8377;{lakh(price)}/{per}</b><br><span style="font-size:12px;color:#5f6368">(includes GST &#8377;{lakh(gst)})</span></td></tr>
<tr><td style="font-size:13px">Payment method: {method}</td></tr>
<tr><td style="font-size:13px;padding-top:12px">You will be charged &#8377;{lakh(price)}/{per} until you cancel. You can <a href="https://support.google.com/googleplay/answer/7018481">cancel at any time</a>.</td></tr>
<tr><td style="font-size:11px;color:#5f6368;padding:24px 0">Seller of record: Google India Digital Services Private Limited, Gurugram 122001. GSTIN 06AAGCG6584H1ZQ.<br>
&copy; 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043<br>
You have received this mandatory email service announcement to update you about important changes to your Google Play product or account.</td></tr>
</table></td></tr></table></body></html>
"""
    when_pt = when_ist.astimezone(us_tz(when_ist.date(), -8))
    add(
        when_pt,
        GPLAY,
        f"Your Google Play Order Receipt from {when_ist:%b %-d, %Y}",
        alt(text, markup, "gmail"),
        labels,
        slug,
        msgid_domain="google.com",
    )


def make_google() -> None:
    hdfc_mail(
        at(2025, 12, 6, 19, 22),
        "UPI AutoPay mandate created successfully",
        "Your UPI AutoPay mandate has been created successfully.<br><br>"
        "Payee: Google Play (GOOGLE INDIA DIGITAL SERVICES PRIVATE LIMITED)<br>"
        "Purpose: YouTube Premium subscription<br>"
        "Amount: up to &#8377;149.00<br>Frequency: Monthly<br>Start date: 06-12-2025<br>Valid till: 06-12-2030<br>"
        f"UMN: {hexid(32)}@okhdfcbank<br><br>You will receive a pre-debit notification before each debit. "
        "You can pause or revoke this mandate at any time from your UPI app.",
        ["YouTube Premium"],
        "hdfc-mandate-google-play",
    )
    method = "UPI: arjunmenon@okhdfcbank"
    for m in (1, 3, 6, 9, 11):
        tz = SGT if m == 6 else IST
        when = at(2026, m, 6, 19, RNG.randrange(10, 25), tz).astimezone(IST)
        gplay_receipt(
            when,
            "YouTube Premium",
            "YouTube",
            D("149.00"),
            "month",
            ["YouTube Premium"],
            "google-play-youtube",
            method,
        )
    upi_executed(
        at(2026, 7, 6, 19, 18),
        D("149.00"),
        "googleplay@axisbank (Google Play)",
        ["YouTube Premium"],
        "hdfc-upi-google-play",
    )
    gplay_receipt(
        at(2026, 6, 18, 22, 40, SGT).astimezone(IST),
        "100 GB",
        "Google One",
        D("1300.00"),
        "year",
        ["Google One"],
        "google-play-google-one",
        "Visa-4417",
    )

    inner = """<p style="font-size:22px">Get more from Google One</p>
<p>Hi Arjun,</p>
<p>You're using 81 GB of your 100 GB storage. Upgrade to <b>Google AI Pro (2 TB)</b> and get 2 TB of storage, Gemini in Gmail
and Docs, and more – for &#8377;1,950/month. Try it free for 1 month.</p>
<p><a href="https://one.google.com/about/plans" style="background:#1a73e8;color:#ffffff;padding:10px 24px;text-decoration:none;border-radius:4px">Try free for 1 month</a></p>"""
    markup = page(
        "Google One",
        inner,
        "#1a73e8",
        "Roboto,Arial,sans-serif",
        "You have received this email because you are a Google One member. "
        '<a href="https://one.google.com/settings/email">Unsubscribe</a><br>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043',
    )
    add(
        at(2026, 11, 3, 9, 30, "PT"),
        ("Google One", "googleone-noreply@google.com"),
        "Arjun, your storage is 81% full – try Google AI Pro free",
        html(markup),
        [],
        "google-one-offer",
        headers=unsub("https://one.google.com/settings/email?u=1"),
    )


def add_month(d: date, n: int = 1) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, d.day)


def make_spotify() -> None:
    for m in (1, 4, 7, 10):
        d = date(2026, m, 18)
        nxt = add_month(d)
        order = f"{digits(10)}"
        inner = f"""<p style="font-size:26px;font-weight:bold;margin:0 0 12px">Your receipt</p>
<p>Hi Arjun,</p>
<p>Thanks for being Premium. Here's your receipt for this month.</p>
<table width="100%" cellpadding="0" cellspacing="0">{
            rows_html(
                [
                    ("Date", f"{d:%d %B %Y}"),
                    ("Order ID", order),
                    ("Premium Individual", "&#8377;139.00"),
                    ("Total (incl. GST)", "&#8377;139.00"),
                ],
                bold_last=True,
            )
        }</table>
<p>Paid with Visa ending in 4417.</p>
<p>Your next payment of &#8377;139.00 is on <b>{nxt:%d %B %Y}</b>. You can manage your plan any time in
<a href="https://www.spotify.com/in-en/account/subscription/">your account</a>.</p>"""
        foot = (
            "Spotify India LLP, Unit No. 1201, 12th Floor, One BKC, Bandra Kurla Complex, Mumbai 400051. GSTIN 27ADMFS8723L1ZD.<br>"
            "This message was sent to "
            + ME
            + '. <a href="https://www.spotify.com/in-en/legal/">Terms of Use</a> · Privacy Policy'
        )
        markup = page("Spotify", inner, "#1db954", "Helvetica,Arial,sans-serif", foot)
        add(
            at(2026, m, 18, 3, RNG.randrange(0, 59), UTC),
            ("Spotify", "no-reply@spotify.com"),
            "Your Spotify Premium receipt",
            alt(strip_tags(markup), markup, "sendgrid"),
            ["Spotify Premium"],
            "spotify-receipt",
        )
    inner = """<p style="font-size:22px;font-weight:bold">Your 2026 Wrapped is here.</p>
<p>You listened to 41,207 minutes this year. Your top artist: <b>Anirudh Ravichander</b>. Your top song: <b>Chuttamalle</b>.</p>
<p>Add the whole family: Premium Family is &#8377;229/month for up to 6 accounts.</p>
<p><a href="https://www.spotify.com/wrapped">See your Wrapped</a></p>"""
    markup = page(
        "Spotify",
        inner,
        "#1db954",
        "Helvetica,Arial,sans-serif",
        'Spotify India LLP, Mumbai. <a href="https://www.spotify.com/account/notifications/">Unsubscribe</a> or change your email notification settings.',
    )
    add(
        at(2026, 11, 27, 14, 0, UTC),
        ("Spotify", "no-reply@spotify.com"),
        "Arjun, your 2026 Wrapped is ready 🎧",
        html(markup),
        [],
        "spotify-wrapped",
        headers=unsub("https://www.spotify.com/account/notifications/?u=b83f"),
    )


SWIGGY = ("Swiggy", "noreply@swiggy.in")


def make_swiggy_one() -> None:
    foot = (
        "Bundl Technologies Private Limited (Swiggy), No. 55, Sy No. 8-14, Ground Floor, I&amp;J Block, Embassy Tech Village, "
        "Outer Ring Road, Devarabisanahalli, Bengaluru 560103. GSTIN 29AAFCB7707D1ZQ. "
        '<a href="https://www.swiggy.com/unsubscribe">Unsubscribe</a>'
    )
    inner = (
        """<p style="font-size:20px;font-weight:bold">Welcome to Swiggy One, Arjun! 🧡</p>
<p>Your membership is now active. Here's what you get:</p>
<ul><li>Free deliveries on food orders above &#8377;199 (up to 10 km)</li>
<li>Free deliveries on Instamart orders above &#8377;199</li>
<li>Extra discounts on 30,000+ restaurants</li>
<li>No surge fee, even when it rains</li></ul>
<table width="100%">"""
        + rows_html(
            [
                ("Plan", "Swiggy One – 3 months"),
                ("Amount paid", "&#8377;299 (incl. taxes)"),
                ("Valid till", "14 Mar 2026"),
                ("Auto-renew", "On – &#8377;299 every 3 months"),
            ]
        )
        + """</table><p>You can turn off auto-renew any time from Account &gt; Swiggy One.</p>"""
    )
    markup = page("Swiggy One", inner, "#fc8019", footer=foot)
    add(
        at(2025, 12, 15, 20, 14),
        SWIGGY,
        "Welcome to Swiggy One! Your membership is active",
        html(markup),
        ["Swiggy One"],
        "swiggy-one-welcome",
    )
    for d, till in [(date(2026, 3, 15), "14 Jun 2026"), (date(2026, 9, 15), "14 Dec 2026")]:
        inv = f"SWG1-{d:%y%m}-{digits(7)}"
        base = D("253.39")
        inner = f"""<p>Hi Arjun,</p>
<p>Your Swiggy One membership has been renewed. Keep enjoying free deliveries and extra discounts!</p>
<table width="100%">{
            rows_html(
                [
                    ("Invoice no.", inv),
                    ("Plan", "Swiggy One – 3 months"),
                    ("Membership fee", f"&#8377;{lakh(base)}"),
                    ("CGST (9%)", "&#8377;22.81"),
                    ("SGST (9%)", "&#8377;22.80"),
                    ("Total paid", "&#8377;299.00"),
                ],
                bold_last=True,
            )
        }</table>
<p>Valid till <b>{
            till
        }</b>. Paid using HDFC Bank Credit Card xx4417. Your membership will auto-renew for &#8377;299
on {date.fromordinal(datetime.strptime(till, "%d %b %Y").toordinal() + 1):%d %b %Y}.</p>"""
        markup = page("Swiggy One renewed", inner, "#fc8019", footer=foot)
        add(
            at(d.year, d.month, d.day, 0, RNG.randrange(5, 40), SGT if d.month == 6 else IST),
            SWIGGY,
            "Your Swiggy One membership has been renewed",
            html(markup),
            ["Swiggy One"],
            "swiggy-one-renewed",
        )


ZOMATO = ("zomato", "noreply@zomato.com")
ZFOOT = (
    "Zomato Limited (now Eternal Limited), Pioneer Square, Tower 1, Golf Course Extension Road, Sector 62, Gurugram 122098. "
    '<a href="https://www.zomato.com/unsubscribe">Unsubscribe</a>'
)


def make_zomato_gold() -> None:
    inner = (
        """<p style="font-size:20px;font-weight:bold">You're now a Gold member ✨</p>
<p>Hey Arjun,</p>
<p>Your Zomato Gold membership is active. Enjoy free delivery and up to 30% off at partner restaurants, plus extra
offers when you dine out.</p>
<table width="100%">"""
        + rows_html(
            [
                ("Plan", "Gold – 3 months"),
                ("Amount", "&#8377;149"),
                ("Valid till", "01 Mar 2026"),
                ("Renewal", "Auto-renews via UPI AutoPay for &#8377;149 every 3 months"),
            ]
        )
        + "</table>"
    )
    markup = page("zomato gold", inner, "#1c1c1c", footer=ZFOOT)
    add(
        at(2025, 12, 2, 21, 3),
        ZOMATO,
        "Welcome to Zomato Gold!",
        html(markup),
        ["Zomato Gold"],
        "zomato-gold-welcome",
    )
    inner = (
        """<p>Hey Arjun,</p><p>Your Gold membership has been renewed for another 3 months.</p>
<table width="100%">"""
        + rows_html(
            [
                ("Amount", "&#8377;149"),
                ("Paid via", "UPI AutoPay – HDFC Bank"),
                ("Valid till", "01 Jun 2026"),
                ("Order ID", f"GLD{digits(10)}"),
            ]
        )
        + "</table>"
    )
    markup = page("zomato gold", inner, "#1c1c1c", footer=ZFOOT)
    add(
        at(2026, 3, 2, 9, 44),
        ZOMATO,
        "Your Gold membership has been renewed",
        html(markup),
        ["Zomato Gold"],
        "zomato-gold-renewed",
    )
    text = """Hey Arjun,

We're sorry to see you go. As requested, we've cancelled your Zomato Gold membership and turned off auto-renewal.
Your UPI AutoPay mandate for Gold has been revoked and you will not be charged again.

You can keep using your Gold benefits till 01 Jun 2026.

Changed your mind? You can rejoin Gold anytime from the app.

Team Zomato
"""
    add(
        at(2026, 5, 20, 23, 12),
        ZOMATO,
        "Your Zomato Gold membership has been cancelled",
        plain(text),
        ["Zomato Gold"],
        "zomato-gold-cancelled",
    )
    hdfc_mail(
        at(2026, 5, 20, 23, 14),
        "UPI AutoPay mandate revoked",
        "Your UPI AutoPay mandate towards ZOMATO LIMITED (zomato.gold@hdfcbank) for &#8377;149.00 has been revoked as requested. "
        "No further debits will be made under this mandate.",
        ["Zomato Gold"],
        "hdfc-mandate-revoked",
    )


RAZORPAY = ("Razorpay", "no-reply@razorpay.com")


def razorpay_receipt(
    when: datetime, merchant: str, legal: str, amount: Decimal, desc: str, labels: list[str], slug: str
) -> None:
    pay_id = "pay_" + alnum(14, upper=False).capitalize()
    inner = f"""<table width="100%"><tr><td style="font-size:13px;color:#777777">{legal}</td></tr>
<tr><td style="font-size:26px;font-weight:bold;padding:8px 0">&#8377; {lakh(amount)}</td></tr>
<tr><td style="color:#2a9d4b;font-weight:bold">&#10003; Payment successful</td></tr></table>
<table width="100%" style="margin-top:14px">{
        rows_html(
            [
                ("Payment Id", pay_id),
                ("Paid On", f"{when:%d %b %Y, %I:%M %p}"),
                ("Method", "Card (Visa xxxx 4417) – Recurring"),
                ("Description", desc),
                ("Email", ME),
                ("Mobile", f"+91 {MOBILE}"),
            ]
        )
    }</table>
<p style="font-size:12px;color:#777777">This payment was processed by Razorpay on behalf of {
        merchant
    }. For any queries regarding the
order or service, please contact {merchant} directly.</p>"""
    markup = page(
        merchant,
        inner,
        "#072654",
        footer="Razorpay Software Private Limited, 1st Floor, SJR Cyber, Laskar Hosur Road, Adugodi, Bengaluru 560030.<br>"
        "You received this email because you made a payment on a Razorpay-powered merchant.",
    )
    add(
        when,
        RAZORPAY,
        f"Payment successful for {merchant}",
        alt(strip_tags(markup), markup, "sendgrid"),
        labels,
        slug,
    )


def make_cult() -> None:
    inner = """<p>Hi Arjun,</p>
<p>Your <b>cultpass PRO</b> (6 months) will auto-renew on <b>10 Jan 2026</b> for <b>&#8377;7,499</b> (incl. GST) on your saved
Visa card ending 4417. Keep your streak going – unlimited access to all PRO gyms and 2 ELITE sessions every month.</p>
<p>Don't want to renew? Turn off auto-renew from Profile &gt; cultpass &gt; Manage before the renewal date.</p>
<p>Stay fit,<br>Team cult</p>"""
    markup = page(
        "cult",
        inner,
        "#111111",
        footer="Curefit Healthcare Private Limited, 2nd Floor, Tower D, IBC Knowledge Park, Bannerghatta Road, Bengaluru 560029. "
        '<a href="https://www.cult.fit/unsubscribe">Unsubscribe</a>',
    )
    add(
        at(2026, 1, 3, 10, 30),
        ("cult.fit", "no-reply@cult.fit"),
        "Your cultpass PRO renews on 10 Jan",
        html(markup),
        ["cult.fit"],
        "cult-renewal-reminder",
    )
    desc = "cultpass PRO – 6 months (auto-renewal). Base ₹6,355.08 + CGST 9% ₹571.96 + SGST 9% ₹571.96"
    razorpay_receipt(
        at(2026, 1, 10, 7, 3),
        "cult.fit",
        "Curefit Healthcare Pvt Ltd",
        D("7499.00"),
        desc,
        ["cult.fit"],
        "razorpay-cult",
    )
    razorpay_receipt(
        at(2026, 7, 10, 7, 2),
        "cult.fit",
        "Curefit Healthcare Pvt Ltd",
        D("7499.00"),
        desc,
        ["cult.fit"],
        "razorpay-cult",
    )
    text = """Hi Arjun,

Your class is booked!

  HRX Workout
  cult Koramangala 5th Block
  Sat, 17 Oct 2026 · 7:00 AM

Please reach 10 minutes early. Cancel at least 60 minutes before the class to avoid a no-show.

Team cult
"""
    add(
        at(2026, 10, 16, 21, 40),
        ("cult.fit", "no-reply@cult.fit"),
        "Class booked: HRX Workout, Sat 7:00 AM",
        plain(text),
        [],
        "cult-class-booked",
    )


OPENAI = ("OpenAI", "invoice+statements@tm1.openai.com")


def stripe_receipt(
    when: datetime, item: str, total: Decimal, period: tuple[date, date], labels: list[str], slug: str
) -> None:
    sub = q2(total * 100 / 118)
    tax = total - sub
    rno = f"{digits(4)}-{digits(4)}"
    inv = f"{alnum(8)}-{digits(4)}"
    text = f"""Receipt from OpenAI, LLC
₹{lakh(total)}
Paid {when:%B %-d, %Y}

Receipt number {rno}
Invoice number {inv}
Payment method Visa - 4417

Receipt #{rno}

{period[0]:%b %-d} – {period[1]:%b %-d, %Y}

{item}                     Qty 1      ₹{lakh(sub)}

Subtotal                               ₹{lakh(sub)}
Total excluding tax                    ₹{lakh(sub)}
IGST - India (18% on ₹{lakh(sub)})          ₹{lakh(tax)}
Total                                  ₹{lakh(total)}
Amount paid                            ₹{lakh(total)}

Questions? Visit our support site at https://help.openai.com, contact us at ar@openai.com, or call us at +1 415-555-0192.

OpenAI, LLC · 1455 3rd Street · San Francisco, CA 94158 · GSTIN 9924USA29007OSB
Something wrong with the email? View it in your browser.
You're receiving this email because you made a purchase at OpenAI, LLC, which partners with Stripe to provide invoicing and payment processing.
"""
    rows = rows_html(
        [("Receipt number", rno), ("Invoice number", inv), ("Payment method", "VISA – 4417")],
        pad=4,
        lc="#8898aa",
    )
    lines = rows_html(
        [
            (f"{item}<br><span style='color:#8898aa'>Qty 1</span>", f"&#8377;{lakh(sub)}"),
            ("Subtotal", f"&#8377;{lakh(sub)}"),
            (f"IGST - India (18% on &#8377;{lakh(sub)})", f"&#8377;{lakh(tax)}"),
            ("Total", f"&#8377;{lakh(total)}"),
            ("Amount paid", f"&#8377;{lakh(total)}"),
        ],
        bold_last=True,
        pad=6,
        lc="#525f7f",
    )
    markup = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Receipt from OpenAI, LLC</title></head>
<body style="background-color:#f6f9fc;font-family:-apple-system,'SF Pro Display','Segoe UI',Roboto,'Helvetica Neue',Ubuntu,sans-serif">
<table width="100%" bgcolor="#f6f9fc"><tr><td align="center"><table width="500" bgcolor="#ffffff" style="border-radius:8px">
<tr><td style="padding:32px 32px 0;color:#8898aa;font-size:15px">Receipt from OpenAI, LLC</td></tr>
<tr><td style="padding:4px 32px;color:#32325d;font-size:36px">&#8377;{lakh(total)}</td></tr>
<tr><td style="padding:0 32px 16px;color:#8898aa;font-size:14px">Paid {when:%B %-d, %Y}</td></tr>
<tr><td style="padding:0 32px"><table width="100%">{rows}</table></td></tr>
<tr><td style="padding:20px 32px 4px;color:#8898aa;font-size:12px;text-transform:uppercase">Receipt #{rno}</td></tr>
<tr><td style="padding:0 32px;color:#8898aa;font-size:12px">{period[0]:%b %-d} – {period[1]:%b %-d, %Y}</td></tr>
<tr><td style="padding:8px 32px"><table width="100%">{lines}</table></td></tr>
<tr><td style="padding:24px 32px;color:#8898aa;font-size:12px">Questions? Visit our support site at <a href="https://help.openai.com">https://help.openai.com</a>.<br><br>
OpenAI, LLC &middot; 1455 3rd Street &middot; San Francisco, CA 94158<br>
You're receiving this email because you made a purchase at OpenAI, LLC, which partners with <a href="https://stripe.com">Stripe</a> to provide invoicing and payment processing.</td></tr>
</table></td></tr></table></body></html>
"""
    add(
        when,
        OPENAI,
        f"Your receipt from OpenAI, LLC #{rno}",
        alt(text, markup, "sendgrid"),
        labels,
        slug,
        msgid_domain="stripe.com",
    )


def make_openai() -> None:
    for y, m in [(2025, 12), (2026, 3), (2026, 7), (2026, 9)]:
        d = date(y, m, 23)
        stripe_receipt(
            at(y, m, 23, 14, RNG.randrange(0, 59), UTC),
            "ChatGPT Plus Subscription",
            D("1999.00"),
            (d, add_month(d)),
            ["ChatGPT"],
            "openai-receipt",
        )
    text = """Hi Arjun,

You've changed your ChatGPT plan.

  Current plan : ChatGPT Plus (₹1,999/month) – active until November 23, 2026
  New plan     : ChatGPT Go (₹399/month, incl. GST)
  Starts       : November 23, 2026

You won't be charged for Plus again. From November 23, 2026 you'll be billed ₹399 per month for ChatGPT Go
until you cancel. You can manage your subscription at any time in Settings > Account > Manage.

Thanks,
The ChatGPT team

OpenAI, LLC · 1455 3rd Street · San Francisco, CA 94158
"""
    add(
        at(2026, 10, 30, 17, 22, UTC),
        ("ChatGPT", "noreply@tm.openai.com"),
        "Your ChatGPT plan has been changed",
        plain(text),
        ["ChatGPT"],
        "chatgpt-downgrade",
    )
    d = date(2026, 11, 23)
    stripe_receipt(
        at(2026, 11, 23, 14, 8, UTC),
        "ChatGPT Go Subscription",
        D("399.00"),
        (d, add_month(d)),
        ["ChatGPT"],
        "openai-receipt",
    )


def make_github() -> None:
    for m in (3, 7, 11):
        d = date(2026, m, 2)
        text = f"""We received payment for your GitHub.com subscription. Thanks for your business!

Questions? Visit https://github.com/contact

------------------------------------
GITHUB RECEIPT - PERSONAL SUBSCRIPTION - arjunm-dev

Amount: $10.00 USD

Charged to: Visa (4*** **** **** 4417)
Transaction ID: {alnum(8)}
Date: {d:%d %b %Y}
For service through: {add_month(d) - timedelta(days=1):%d %b %Y}

  GitHub Copilot Pro (monthly)     $10.00

Total: $10.00 USD
------------------------------------

GitHub, Inc.
88 Colin P. Kelly Jr. Street
San Francisco, CA 94107
"""
        add(
            at(2026, m, 2, 3, RNG.randrange(0, 59), "PT"),
            ("GitHub", "noreply@github.com"),
            "[GitHub] Payment Receipt for arjunm-dev",
            plain(text, "us-ascii", "7bit"),
            ["GitHub Copilot"],
            "github-receipt",
        )


AMAZON_FOOT = (
    "This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.<br>"
    "Amazon Seller Services Private Limited, 8th Floor, Brigade Gateway, 26/1 Dr. Rajkumar Road, Bengaluru 560055."
)


def make_amazon_subs() -> None:
    inner = """<p>Hello Arjun,</p>
<p>Thank you for being a Prime member. Your annual Prime membership will automatically renew on <b>3 February 2026</b> and you'll be
charged <b>&#8377;1,499</b> (inclusive of GST) on your default payment method, HDFC Bank Credit Card ending in 4417.</p>
<p>With Prime you get FREE fast delivery on eligible items, Prime Video, Amazon Music, Prime Reading and early access to deals.</p>
<p>If you do not wish to renew, you can end your membership in <a href="https://www.amazon.in/prime">Your Prime Membership</a> before the renewal date.</p>
<p>Thanks,<br>Amazon Prime</p>"""
    markup = page("amazon prime", inner, "#232f3e", footer=AMAZON_FOOT)
    add(
        at(2026, 1, 27, 4, 12, UTC),
        ("Amazon Prime", "prime@amazon.in"),
        "Your Prime membership renews on 3 February 2026",
        alt(strip_tags(markup), markup, "java"),
        ["Amazon Prime"],
        "amazon-prime-reminder",
    )
    text = f"""Hello Arjun,

Thank you for renewing your Prime membership.

Membership plan     : Prime annual
Amount charged      : ₹1,499.00 (incl. GST)
Charged on          : 3 February 2026
Payment method      : HDFC Bank Credit Card ending in 4417
Next renewal date   : 3 February 2027
Order #             : D01-{digits(7)}-{digits(7)}

You can view your membership details or change your plan in Your Account > Prime.

Amazon.in
"""
    add(
        at(2026, 2, 3, 2, 51, UTC),
        ("Amazon.in", "auto-confirm@amazon.in"),
        "Your Amazon Prime membership has been renewed",
        plain(text),
        ["Amazon Prime"],
        "amazon-prime-renewed",
    )

    inner = (
        """<p>Hello Arjun,</p>
<p>Welcome to <b>Kindle Unlimited</b>! Your free trial has started. Read as much as you want from over 1 million titles on any device.</p>
<table width="100%">"""
        + rows_html(
            [
                ("Free trial ends", "20 October 2026"),
                ("After your trial", "&#8377;169.00/month, auto-renewing"),
                ("Payment method", "HDFC Bank Credit Card ending in 4417"),
            ]
        )
        + """</table>
<p>If you don't want to continue, cancel any time before 20 October 2026 from Manage Your Kindle Unlimited Membership and you won't be charged.</p>"""
    )
    markup = page("Kindle Unlimited", inner, "#232f3e", footer=AMAZON_FOOT)
    add(
        at(2026, 9, 21, 15, 47, UTC),
        ("Amazon.in", "digital-no-reply@amazon.in"),
        "Welcome to Kindle Unlimited",
        html(markup),
        ["Kindle Unlimited"],
        "kindle-unlimited-trial",
    )
    text = """Hello Arjun,

Your Kindle Unlimited free trial ends on 20 October 2026. To keep reading without interruption, you don't need to do
anything: your membership will continue at ₹169.00/month starting 21 October 2026, charged to your HDFC Bank Credit
Card ending in 4417.

To cancel, visit Your Account > Memberships & Subscriptions > Kindle Unlimited.

Happy reading,
Kindle Unlimited
"""
    add(
        at(2026, 10, 17, 5, 3, UTC),
        ("Amazon.in", "digital-no-reply@amazon.in"),
        "Your Kindle Unlimited trial ends on 20 October",
        plain(text),
        ["Kindle Unlimited"],
        "kindle-unlimited-trial-ending",
    )
    text = f"""Hello Arjun,

Thank you for your order. Your Kindle Unlimited membership is now active.

Order #: D01-{digits(7)}-{digits(7)}
Order date: 21 October 2026

Kindle Unlimited - monthly membership          ₹143.22
IGST (18%)                                      ₹25.78
Order Total:                                   ₹169.00

Your membership renews automatically every month at ₹169.00. Sold by Amazon Digital Services LLC.

Amazon.in
"""
    add(
        at(2026, 10, 21, 3, 18, UTC),
        ("Amazon.in", "digital-no-reply@amazon.in"),
        "Amazon.in order of Kindle Unlimited membership",
        plain(text),
        ["Kindle Unlimited"],
        "kindle-unlimited-receipt",
    )


def make_jiohotstar() -> None:
    inner = f"""<p style="font-size:20px;font-weight:bold">Payment successful!</p>
<p>Hi Arjun, welcome to <b>JioHotstar Super</b>. Watch TATA IPL 2026, Hollywood, HBO Originals, Disney+ and more on 2 devices.</p>
<table width="100%">{
        rows_html(
            [
                ("Plan", "Super – Annual"),
                ("Amount paid", "&#8377;899 (incl. GST)"),
                ("Transaction ID", f"JHS{digits(12)}"),
                ("Paid via", "UPI – arjunmenon@okhdfcbank"),
                ("Valid till", "19 Mar 2027"),
                ("Auto-renew", "On – renews 20 Mar 2027 at &#8377;899"),
            ]
        )
    }</table>
<p>Manage your subscription in My Space &gt; Subscription.</p>"""
    markup = page(
        "JioHotstar",
        inner,
        "#0f1014",
        footer="Star India Private Limited / JioStar India Private Limited, Mumbai. "
        '<a href="https://www.hotstar.com/in/help">Help Centre</a> · <a href="https://www.hotstar.com/in/unsubscribe">Unsubscribe</a>',
    )
    add(
        at(2026, 3, 20, 18, 36),
        ("JioHotstar", "noreply@jiohotstar.com"),
        "Payment successful – Welcome to JioHotstar Super",
        html(markup),
        ["JioHotstar"],
        "jiohotstar-receipt",
    )


def make_namecheap() -> None:
    az = timezone(timedelta(hours=-7))
    text = """Hi arjunmenon,

This is a friendly reminder that the following domain will expire soon:

  arjunmenon.dev        Expires: Apr 4, 2026      Auto-Renew: ON

Because auto-renew is enabled, we'll try to renew it for you around 3 days before expiration using your default payment
method (Visa ending in 4417). The current renewal price is $17.48/yr plus the $0.20 ICANN fee.

Manage your domains: https://ap.www.namecheap.com/domains/list/

Regards,
Team Namecheap
https://www.namecheap.com

Namecheap, Inc., 4600 East Washington Street, Suite 300, Phoenix, AZ 85034, USA
"""
    add(
        datetime(2026, 3, 5, 9, 14, 22, tzinfo=az),
        ("Namecheap", "support@namecheap.com"),
        "Domain Renewal Reminder: arjunmenon.dev expires in 30 days",
        plain(text, "us-ascii", "7bit"),
        ["Namecheap"],
        "namecheap-reminder",
    )
    order = digits(9)
    text = f"""Hi arjunmenon,

Your domain has been successfully auto-renewed.

ORDER SUMMARY
Order Number: {order}
Order Date: 04/01/2026 05:12:07 AM

  arjunmenon.dev - Domain Registration Renewal - 1 Year      $17.48
  ICANN Fee                                                  $0.20

  Sub Total:   $17.68
  Total:       $17.68
  Payment:     Visa ending in 4417

New expiration date: Apr 4, 2027

Thank you for choosing Namecheap.

Namecheap, Inc., 4600 East Washington Street, Suite 300, Phoenix, AZ 85034, USA
"""
    add(
        datetime(2026, 4, 1, 5, 12, 9, tzinfo=az),
        ("Namecheap", "support@namecheap.com"),
        f"Auto-Renewal Successful - Order Summary #{order}",
        plain(text, "us-ascii", "7bit"),
        ["Namecheap"],
        "namecheap-renewed",
    )


# ================================================================ SINGAPORE

GRAB = ("Grab", "no-reply@grab.com")
GRAB_FOOT = (
    "Grab Holdings Inc. / GrabTaxi Holdings Pte. Ltd., 3 Media Close, #01-03/06, Singapore 138498. GST Reg No. 201104281M.<br>"
    "This is an automatically generated email. Please do not reply to this email."
)


def make_simba() -> None:
    for m in (1, 6, 8, 11):
        d = date(2026, m, 14)
        total = D("10.00")
        gst = q2(total * 9 / 109)
        inv = f"SB{d:%y%m}{digits(8)}"
        inner = f"""<p>Hi Arjun,</p>
<p>Your SIMBA plan has been renewed for another month. Thanks for staying with us!</p>
<table width="100%">{
            rows_html(
                [
                    ("Mobile number", SG_MOBILE),
                    ("Plan", "SIMBA 150GB 5G+ (SIM Only, no contract)"),
                    ("Plan period", f"{d:%d %b %Y} – {add_month(d) - timedelta(days=1):%d %b %Y}"),
                    ("Invoice no.", inv),
                    ("Amount (incl. 9% GST)", f"S${sgd(total)}"),
                    ("GST 9% included", f"S${sgd(gst)}"),
                    ("Payment", "Visa •••• 4417"),
                ],
                bold_last=False,
            )
        }</table>
<p>Your next renewal is on <b>{
            add_month(
                d
            ):%d %b %Y}</b>. Top up data or add IDD and roaming packs anytime in the SIMBA app.</p>"""
        markup = page(
            "SIMBA",
            inner,
            "#ff5c00",
            footer="SIMBA Telecom Pte Ltd, 2 Kallang Avenue, #07-01 CT Hub, Singapore 339407. GST Reg. No. 201617785M.<br>"
            '<a href="https://simba.sg/legal">Terms</a> · <a href="https://simba.sg/privacy">Privacy</a>',
        )
        add(
            at(2026, m, 14, 0, RNG.randrange(1, 20), SGT),
            ("SIMBA", "billing@simba.sg"),
            f"SIMBA receipt {inv} – plan renewed",
            alt(strip_tags(markup), markup, "sendgrid"),
            ["SIMBA"],
            "simba-receipt",
        )


AF = ("Anytime Fitness Tanjong Pagar", "tanjongpagar@anytimefitness.sg")
EZYPAY = ("Ezypay", "noreply@ezypay.com")
AF_FORTNIGHT = D("62.00")


def make_anytime() -> None:
    text = f"""Hi Arjun,

Welcome to Anytime Fitness Tanjong Pagar – your 24/7 gym at 7 Wallich Street, #B1-12, Singapore 078884!

Here's a summary of your membership agreement (copy attached in the member portal):

  Membership type   : Flexi (no lock-in), 30-day notice to cancel
  Start date        : 08 Jun 2026
  Joining fee       : S$99.00
  Access key fob    : S$40.00
  Fortnightly fee   : S${sgd(AF_FORTNIGHT)} (incl. 9% GST), billed every 2 weeks by Ezypay
  First debit       : 08 Jun 2026 – S${sgd(AF_FORTNIGHT + 139)} (fees + first fortnight)

Your access key also works at 5,000+ Anytime Fitness clubs worldwide, including India (after 30 days).

Coach Marcus will call you to book your free fitness consult. See you at the gym!

Anytime Fitness Tanjong Pagar
+65 6221 4570
"""
    add(
        at(2026, 6, 8, 18, 25, SGT),
        AF,
        "Welcome to Anytime Fitness Tanjong Pagar!",
        plain(text),
        ["Anytime Fitness"],
        "anytime-welcome",
    )

    def ezy(d: date, final: bool = False) -> None:
        gst = q2(AF_FORTNIGHT * 9 / 109)
        ref = f"EZ{digits(10)}"
        nxt = (
            "This is your final scheduled payment."
            if final
            else f"Next scheduled payment: S${sgd(AF_FORTNIGHT)} on {d + timedelta(days=14):%d/%m/%Y}"
        )
        inner = f"""<p>Hi Arjun Menon,</p>
<p>We've successfully processed your payment to <b>Anytime Fitness Tanjong Pagar</b>.</p>
<table width="100%">{
            rows_html(
                [
                    ("Merchant", "Anytime Fitness Tanjong Pagar (AF Wallich Pte. Ltd.)"),
                    ("Amount", f"S${sgd(AF_FORTNIGHT)}"),
                    ("Includes GST (9%)", f"S${sgd(gst)}"),
                    ("Date", f"{d:%d/%m/%Y}"),
                    ("Payment method", "Visa ending 4417"),
                    ("Reference", ref),
                ]
            )
        }</table>
<p>{nxt}</p>
<p style="font-size:12px;color:#777777">Ezypay processes payments on behalf of Anytime Fitness Tanjong Pagar. For questions about your membership,
please contact your club directly.</p>"""
        markup = page(
            "Payment receipt",
            inner,
            "#3c1053",
            footer="Ezypay Pte Ltd, Singapore. Ezypay is a registered trademark of Ezypay Pty Ltd.",
        )
        add(
            at(d.year, d.month, d.day, 6, RNG.randrange(0, 40), SGT),
            EZYPAY,
            "Payment receipt – Anytime Fitness Tanjong Pagar",
            html(markup),
            ["Anytime Fitness"],
            "ezypay-anytime",
        )

    ezy(date(2026, 6, 22))
    ezy(date(2026, 7, 20))
    text = """Hi Arjun,

We've received your cancellation request. Sorry to see you go – safe travels back to Bengaluru!

As per your membership agreement (30 days' notice), your membership will end on 20 Sep 2026.
Your final fortnightly payment of S$62.00 will be debited by Ezypay on 14 Sep 2026. No further payments will be taken after that.

Please return your access key fob or keep it as a souvenir – it will be deactivated on 20 Sep 2026.

Cheers,
Anytime Fitness Tanjong Pagar
"""
    add(
        at(2026, 8, 21, 13, 2, SGT),
        AF,
        "Membership cancellation confirmed",
        plain(text),
        ["Anytime Fitness"],
        "anytime-cancelled",
    )
    ezy(date(2026, 9, 14), final=True)


SP = ("SP Group", "ebill@spgroup.com.sg")
SP_ACCOUNT = "93-2471-6058"
SP_ELEC = D("0.2747")
SP_WATER = D("1.56")
SP_WCT = D("0.78")
SP_WBF = D("1.09")
SP_REFUSE = D("9.63")
SP_DEPOSIT = D("150.00")


def sp_bill(
    kwh: int, m3: str, refuse: Decimal = SP_REFUSE
) -> tuple[list[tuple[str, Decimal]], Decimal, Decimal]:
    w = D(m3)
    items = [
        (f"Electricity Services ({kwh} kWh @ S$0.2747)", q2(kwh * SP_ELEC)),
        (f"Water Services ({m3} Cu M @ S$1.56)", q2(w * SP_WATER)),
        (f"Water Conservation Tax ({m3} Cu M)", q2(w * SP_WCT)),
        (f"Waterborne Fee ({m3} Cu M @ S$1.09)", q2(w * SP_WBF)),
        ("Refuse Removal", refuse),
    ]
    sub = sum((v for _, v in items), D(0))
    gst = q2(sub * D("0.09"))
    return items, gst, sub + gst


SP_USAGE = [
    (date(2026, 7, 4), "03 Jun 2026 – 30 Jun 2026", 312, "5.8"),
    (date(2026, 8, 4), "01 Jul 2026 – 31 Jul 2026", 365, "6.9"),
]
SP_FINAL = (date(2026, 9, 26), "01 Aug 2026 – 19 Sep 2026", 589, "10.7", D("15.94"))


def make_sp() -> None:
    foot = (
        "SP Services Ltd, 2 Kallang Sector, Singapore 349277. GST Reg No. M2-0089387-4.<br>"
        "Download the SP app to view and pay bills, and track your usage. This is a system-generated email."
    )
    inner = f"""<p>Dear Arjun Menon,</p>
<p>Thank you for opening a utilities account with SP Group. Your account is now active.</p>
<table width="100%">{
        rows_html(
            [
                ("Account no.", SP_ACCOUNT),
                ("Premises", "Blk 7 Everton Park #05-112, Singapore 080007"),
                ("Turn-on date", "03 Jun 2026"),
                ("Services", "Electricity, Water, Refuse Removal"),
                ("Security deposit", f"S${sgd(SP_DEPOSIT)} (charged to your first bill)"),
            ]
        )
    }</table>
<p>Your bill will be issued monthly. Pay via GIRO, PayNow QR, AXS or the SP app. You will receive an e-bill at this email address.</p>"""
    add(
        at(2026, 6, 3, 15, 11, SGT),
        ("SP Group", "noreply@spgroup.com.sg"),
        f"Your SP utilities account {SP_ACCOUNT} is open",
        html(page("SP Group", inner, "#00a19a", footer=foot)),
        ["SP Group"],
        "sp-account-open",
    )
    first = True
    for bill_date, period, kwh, m3 in SP_USAGE:
        items, gst, total = sp_bill(kwh, m3)
        extra = [("Security Deposit", SP_DEPOSIT)] if first else []
        payable = total + (SP_DEPOSIT if first else 0)
        due = bill_date + timedelta(days=17)
        rows = [(k, f"S${sgd(v)}") for k, v in items] + [
            ("GST 9%", f"S${sgd(gst)}"),
            ("Current charges", f"S${sgd(total)}"),
        ]
        rows += [(k, f"S${sgd(v)}") for k, v in extra] + [("Total amount payable", f"S${sgd(payable)}")]
        inner = f"""<p>Dear Arjun Menon,</p>
<p>Your SP utilities bill for account <b>{SP_ACCOUNT}</b> is ready.</p>
<p style="font-size:22px;font-weight:bold;color:#00a19a">S${sgd(payable)} <span style="font-size:13px;color:#333333;font-weight:normal">due by {due:%d %b %Y}</span></p>
<table width="100%">{rows_html(rows, bold_last=True)}</table>
<p>Billing period: {period}. Bill date: {bill_date:%d %b %Y}.</p>
<p>Your electricity consumption this month was {kwh} kWh. The average 3-room HDB household used 292 kWh.</p>"""
        add(
            at(bill_date.year, bill_date.month, bill_date.day, 9, RNG.randrange(0, 59), SGT),
            SP,
            f"Your SP bill for {bill_date:%b %Y} is ready",
            alt(
                strip_tags(page("SP Group", inner, "#00a19a", footer=foot)),
                page("SP Group", inner, "#00a19a", footer=foot),
                "outlook",
            ),
            ["SP Group"],
            "sp-bill",
        )
        first = False
    text = f"""Dear Arjun Menon,

We refer to your request to close utilities account {SP_ACCOUNT} at Blk 7 Everton Park #05-112, Singapore 080007.

Supply will be transferred out on 19 Sep 2026 and the final meter reading taken on that day. Your final bill will be
issued within 10 working days. The security deposit of S${sgd(SP_DEPOSIT)} will be offset against the final bill and any
balance refunded to you by PayNow (NRIC/FIN/mobile) or cheque.

Thank you for using SP Group services.

SP Services Ltd
"""
    add(
        at(2026, 9, 15, 11, 42, SGT),
        ("SP Group", "noreply@spgroup.com.sg"),
        f"Confirmation of account closure – {SP_ACCOUNT}",
        plain(text),
        ["SP Group"],
        "sp-closure",
    )
    bill_date, period, kwh, m3, refuse = SP_FINAL
    items, gst, total = sp_bill(kwh, m3, refuse)
    refund = SP_DEPOSIT - total
    rows = [(k, f"S${sgd(v)}") for k, v in items] + [
        ("GST 9%", f"S${sgd(gst)}"),
        ("Final charges", f"S${sgd(total)}"),
        ("Less: Security deposit", f"-S${sgd(SP_DEPOSIT)}"),
    ]
    rows.append(
        ("Amount payable", f"S${sgd(-refund)}")
        if refund < 0
        else ("Credit balance to be refunded", f"S${sgd(refund)}")
    )
    inner = f"""<p>Dear Arjun Menon,</p>
<p>This is the <b>final bill</b> for account {SP_ACCOUNT}, which was closed on 19 Sep 2026.</p>
<table width="100%">{rows_html(rows, bold_last=True)}</table>
<p>Billing period: {period}.</p>"""
    markup = page("SP Group – Final bill", inner, "#00a19a", footer=foot)
    add(
        at(bill_date.year, bill_date.month, bill_date.day, 9, 3, SGT),
        SP,
        f"Your final SP bill for account {SP_ACCOUNT}",
        alt(strip_tags(markup), markup, "outlook"),
        ["SP Group"],
        "sp-final-bill",
    )


def make_grab_unlimited() -> None:
    def mail(when: datetime, subject: str, inner: str, slug: str) -> None:
        markup = page("GrabUnlimited", inner, "#00b14f", "Helvetica,Arial,sans-serif", GRAB_FOOT)
        add(when, GRAB, subject, alt(strip_tags(markup), markup, "sendgrid"), ["GrabUnlimited"], slug)

    mail(
        at(2026, 6, 5, 20, 12, SGT),
        "Welcome to GrabUnlimited – your free trial has started",
        """<p>Hi Arjun,</p><p>You're now on <b>GrabUnlimited</b>! Enjoy free delivery on GrabFood and GrabMart, plus ride discounts every month.</p>
<p>Your 1-month free trial ends on <b>04 Jul 2026</b>. After that, your subscription renews automatically at <b>S$5.99/month</b>
(incl. GST) on Visa •••• 4417 unless you cancel in Account &gt; GrabUnlimited.</p>""",
        "grab-unlimited-trial",
    )
    for m in (7, 9, 10):
        d = date(2026, m, 5)
        mail(
            at(2026, m, 5, 8, RNG.randrange(0, 30), SGT),
            "Your GrabUnlimited subscription has been renewed",
            f"""<p>Hi Arjun,</p><p>Your GrabUnlimited monthly subscription has been renewed.</p>
<table width="100%">{
                rows_html(
                    [
                        ("Subscription", "GrabUnlimited (Monthly)"),
                        ("Amount", "S$5.99"),
                        ("GST 9% included", "S$0.49"),
                        ("Paid with", "Visa •••• 4417"),
                        ("Valid until", f"{add_month(d) - timedelta(days=1):%d %b %Y}"),
                        ("Booking ID", f"A-{alnum(12)}"),
                    ]
                )
            }</table>""",
            "grab-unlimited-renewed",
        )
    mail(
        at(2026, 11, 5, 8, 14, SGT),
        "Payment unsuccessful – please update your payment method",
        """<p>Hi Arjun,</p><p>We couldn't charge <b>S$5.99</b> to your Visa •••• 4417 for your GrabUnlimited renewal. Your bank declined the transaction
(international transactions may be disabled on this card).</p><p>Please update your payment method within 3 days to keep your GrabUnlimited benefits.</p>""",
        "grab-unlimited-failed",
    )
    mail(
        at(2026, 11, 8, 8, 20, SGT),
        "Your GrabUnlimited subscription has ended",
        """<p>Hi Arjun,</p><p>As we were unable to process your payment, your GrabUnlimited subscription ended on 08 Nov 2026. You won't be charged.</p>
<p>Miss your free deliveries? Resubscribe anytime in the Grab app.</p>""",
        "grab-unlimited-ended",
    )


def grab_receipt(when: datetime, kind: str, rows: list[tuple[str, str]], total: str, slug: str) -> None:
    inner = f"""<p style="font-size:12px;color:#777777">{kind} · {when:%d %b %Y %I:%M %p} +0800</p>
<p style="font-size:22px;font-weight:bold">Total paid S$ {total}</p>
<table width="100%">{rows_html(rows)}</table>
<p>Payment: Visa •••• 4417. Booking ID: A-{alnum(12)}.</p>
<p style="font-size:12px">Hope you enjoyed your {("ride" if kind == "GrabCar" else "meal")}! Rate your experience in the app.</p>"""
    markup = page("Your Grab E-Receipt", inner, "#00b14f", "Helvetica,Arial,sans-serif", GRAB_FOOT)
    add(when, GRAB, "Your Grab E-Receipt", alt(strip_tags(markup), markup, "sendgrid"), [], slug)


def make_sg_negatives() -> None:
    grab_receipt(
        at(2026, 6, 2, 23, 48, SGT),
        "GrabCar",
        [
            ("Pick-up", "Singapore Changi Airport T3"),
            ("Drop-off", "7 Everton Park"),
            ("Fare", "S$ 22.30"),
            ("Airport surcharge", "S$ 6.00"),
            ("Platform fee", "S$ 0.90"),
        ],
        "29.20",
        "grab-ride",
    )
    grab_receipt(
        at(2026, 7, 11, 20, 5, SGT),
        "GrabFood",
        [
            ("Restaurant", "Komala Vilas – Serangoon Road"),
            ("Masala dosa x2", "S$ 11.60"),
            ("Filter coffee x2", "S$ 4.40"),
            ("Delivery fee", "S$ 0.00 (GrabUnlimited)"),
            ("Small order fee", "S$ 0.00"),
        ],
        "16.00",
        "grab-food",
    )

    text = """Dear Traveller,

Your SG Arrival Card has been submitted successfully.

  Name                : ARJUN MENON
  Passport No.        : Z71*****
  Nationality         : INDIA
  Date of Arrival     : 02/06/2026
  Flight              : 6E 1005
  Address in SG       : BLK 7 EVERTON PARK #05-112

Please present your passport at immigration. There is no need to print this acknowledgement.

Immigration & Checkpoints Authority
This is a computer-generated email. Please do not reply.
"""
    add(
        at(2026, 6, 1, 20, 31, SGT),
        ("ICA", "no-reply@ica.gov.sg"),
        "SG Arrival Card Acknowledgement",
        plain(text, "us-ascii", "7bit"),
        [],
        "ica-arrival-card",
    )

    text = """Hi Arjun,

As discussed, attached is the tenancy agreement for the common bedroom... kidding, the whole unit :)

Blk 7 Everton Park #05-112 – 2-room flat
Period: 2 Jun 2026 to 19 Sep 2026
Rent: S$2,400 per month, payable on the 2nd of each month by PayNow to 9XXX 4412 (Tan Wei Ming)
Deposit: S$2,400 (refundable at end of lease, less any damage)
Utilities: please open your own SP account; aircon servicing every 3 months at my cost.

Please sign and send back by Friday. Keys at the unit on the 2nd, I'll meet you at 10pm after your flight lands.

Regards,
Wei Ming
"""
    add(
        at(2026, 5, 26, 14, 2, SGT),
        ("Tan Wei Ming", "tanweiming.prop@gmail.com"),
        "Tenancy agreement – Everton Park #05-112",
        plain(text),
        [],
        "landlord-sg",
    )

    inner = (
        """<p>Hi Arjun, thanks for shopping with FairPrice!</p>
<table width="100%">"""
        + rows_html(
            [
                ("Order no.", "FPO-2606-183392"),
                ("Delivery", "Sun 07 Jun, 10am–12pm"),
                ("Subtotal", "S$ 81.35"),
                ("Delivery fee", "S$ 4.99"),
                ("Total (incl. GST)", "S$ 86.34"),
            ],
            bold_last=True,
        )
        + "</table>"
    )
    add(
        at(2026, 6, 6, 22, 19, SGT),
        ("FairPrice", "noreply@fairprice.com.sg"),
        "Your FairPrice order FPO-2606-183392 is confirmed",
        html(
            page(
                "FairPrice",
                inner,
                "#e4002b",
                footer="NTUC FairPrice Co-operative Limited, 1 Joo Koon Circle, #13-01, Singapore 629117.",
            )
        ),
        [],
        "fairprice-order",
    )

    text = """Hi arjun.menon,

Your order 260702QX8K4N1C has been shipped!

  Baseus 65W GaN charger (UK plug)   x1    S$ 32.90
  Shipping fee                              S$ 0.00
  Order total                               S$ 32.90

Estimated delivery: 04 Jul - 06 Jul. Track your parcel in the Shopee app.

Shopee Singapore Private Limited, 5 Science Park Drive, Shopee Building, Singapore 118265
"""
    add(
        at(2026, 7, 2, 18, 33, SGT),
        ("Shopee", "info@mail.shopee.sg"),
        "Your order 260702QX8K4N1C has been shipped",
        plain(text),
        [],
        "shopee-shipped",
    )

    inner = """<p style="font-size:22px;font-weight:bold">Switch to Singtel SIM Only 5G</p>
<p>Get 150GB 5G data, 5GB roaming in 10 destinations and unlimited talktime from <b>S$20/mth</b>. No contract. Keep your number.</p>
<p><a href="https://www.singtel.com/personal/products-services/mobile/sim-only-plans">Switch now</a></p>"""
    add(
        at(2026, 7, 24, 12, 0, SGT),
        ("Singtel", "noreply@e.singtel.com"),
        "Arjun, switch to Singtel and get 150GB 5G from $20/mth",
        html(
            page(
                "Singtel",
                inner,
                "#e60000",
                footer='Singapore Telecommunications Limited, 31 Exeter Road, Comcentre, Singapore 239732. <a href="https://www.singtel.com/unsubscribe">Unsubscribe</a>',
            )
        ),
        [],
        "singtel-promo",
        headers=unsub("https://www.singtel.com/unsubscribe?e=am"),
    )

    text = """Dear MR ARJUN MENON,

Thank you for booking with Singapore Airlines.

Booking reference: 8QKT4M

  SQ 502   SIN 19:45  -  BLR 21:25   Sun 20 Sep 2026   Economy (Lite)

Fare                   SGD 318.00
Taxes/fees/charges     SGD  94.60
Total                  SGD 412.60

Payment: Visa ending 4417

Manage your booking and check in online from 48 hours before departure at singaporeair.com.

Singapore Airlines Limited, Airline House, 25 Airline Road, Singapore 819829
"""
    add(
        at(2026, 9, 1, 21, 55, SGT),
        ("Singapore Airlines", "noreply@singaporeair.com.sg"),
        "Booking Confirmation - 8QKT4M - Singapore to Bengaluru",
        plain(text, "us-ascii", "7bit"),
        [],
        "singapore-airlines",
    )


# ================================================================ INDIA: not subscriptions


def make_bank_negatives() -> None:
    hdfc_mail(
        at(2025, 12, 3, 11, 8),
        "e-Mandate registration successful",
        "Your e-Mandate (NACH) registration request has been successfully registered with NPCI.<br><br>"
        "Corporate / Utility: BSE LIMITED (Indian Clearing Corporation) – on behalf of Groww Invest Tech Pvt Ltd<br>"
        f"UMRN: HDFC70000{digits(11)}<br>Debit type: Maximum amount – &#8377;25,000.00<br>Frequency: As and when presented<br>"
        "Start date: 03-12-2025&nbsp;&nbsp;End date: Until cancelled<br><br>"
        "If you have not initiated this request, please contact PhoneBanking immediately.",
        [],
        "hdfc-emandate-sip",
    )
    for d in (date(2026, 1, 5), date(2026, 6, 5)):
        nav = D("88.4127") if d.month == 1 else D("92.0561")
        units = (D("9999.50") / nav).quantize(D("0.001"))
        inner = f"""<p>Hi Arjun,</p>
<p>Your SIP instalment has been processed and units will be allotted at the applicable NAV.</p>
<table width="100%">{
            rows_html(
                [
                    ("Fund", "Parag Parikh Flexi Cap Fund Direct Growth"),
                    ("SIP amount", "INR 10,000"),
                    ("Stamp duty", "INR 0.50"),
                    ("Invested amount", "INR 9,999.50"),
                    ("NAV (date)", f"{nav} ({d:%d %b %Y})"),
                    ("Units allotted", f"{units}"),
                    ("Folio", "1892046/71"),
                    ("Next instalment", f"{add_month(d):%d %b %Y}"),
                ]
            )
        }</table>
<p style="font-size:11px;color:#777777">Mutual fund investments are subject to market risks, read all scheme related documents carefully.
Groww Invest Tech Pvt. Ltd. (AMFI ARN-125209), Vaishnavi Tech Park, Sarjapur Main Road, Bellandur, Bengaluru 560103.</p>"""
        add(
            at(d.year, d.month, d.day + 2, 19, 2, SGT if d.month == 6 else IST),
            ("Groww", "noreply@groww.in"),
            "SIP instalment of ₹10,000 successful – Parag Parikh Flexi Cap Fund",
            html(page("Groww", inner, "#00d09c")),
            [],
            "groww-sip",
        )

    for d, total, minimum, due in [
        (date(2026, 1, 18), D("24118.60"), D("1210.00"), date(2026, 2, 7)),
        (date(2026, 10, 18), D("58406.35"), D("22814.00"), date(2026, 11, 7)),
    ]:
        lines = [
            "HDFC Bank Regalia Gold Credit Card Statement",
            f"Statement date {d:%d/%m/%Y}   Card xxxx xxxx xxxx 4417",
            f"Total Amount Due Rs. {lakh(total)}   Minimum Due Rs. {lakh(minimum)}   Due date {due:%d/%m/%Y}",
        ]
        if d.month == 10:
            lines += [
                "FLIPKART INTERNET PVT LTD EMI 1/6 (NO COST)  19,983.33",
                "GITHUB, INC. SAN FRANCISCO USD 10.00  868.21",
                "DCC / forex markup fee 3.5%  30.39",
                "IGST on markup 5.47",
            ]
        text = f"""Dear Card Member,

Your HDFC Bank Regalia Gold Credit Card statement for the period ending {d:%d %b %Y} is attached.

  Card number         : xxxx xxxx xxxx 4417
  Total Amount Due    : Rs. {lakh(total)}
  Minimum Amount Due  : Rs. {lakh(minimum)}
  Payment Due Date    : {due:%d %b %Y}

The statement is password protected: the first 4 letters of your name (in capitals) followed by your date of birth
in DDMM format.

Pay using HDFC Bank NetBanking, the HDFC Bank MobileBanking app, or any UPI app using your card number.

Warm Regards,
HDFC Bank Credit Cards
"""
        add(
            at(d.year, d.month, d.day + 1, 7, 40),
            ("HDFC Bank Credit Cards", "emailstatements.cards@hdfcbank.net"),
            f"Your HDFC Bank Regalia Gold Credit Card Statement - {d:%b-%Y}",
            with_pdf(plain(text), f"4417_{d:%d%m%Y}.pdf", lines, "java"),
            [],
            "hdfc-cc-statement",
        )

    hdfc_mail(
        at(2026, 9, 28, 12, 41),
        "Your EMI booking is successful",
        "Your purchase at FLIPKART INTERNET PVT LTD of &#8377;1,19,900.00 on your HDFC Bank Credit Card ending 4417 has been converted "
        "to EMI.<br><br>Tenure: 6 months&nbsp;&nbsp;Interest: No Cost (discount of &#8377;4,812.40 passed on by the merchant)<br>"
        "Monthly instalment: &#8377;19,983.33<br>Processing fee: &#8377;199 + GST<br>Loan reference: "
        f"EMI{digits(10)}",
        [],
        "hdfc-emi",
    )
    hdfc_mail(
        at(2026, 8, 30, 22, 17, SGT).astimezone(IST),
        "OTP for HDFC Bank NetBanking",
        f"{digits(6)} is your One Time Password (OTP) for adding a beneficiary in HDFC Bank NetBanking. It is valid for 5 minutes. "
        "Do not share it with anyone.",
        [],
        "hdfc-otp",
    )

    for d, amt in [(date(2026, 2, 1), D("18500.00")), (date(2026, 10, 1), D("19500.00"))]:
        fee = q2(amt * D("0.0125"))
        text = f"""rent paid. nice.

₹{lakh(amt)} has been sent to S RAMASWAMY (HDFC Bank a/c xx1093) for the rent of
No. 47, 14th Main, HSR Layout Sector 2, Bengaluru.

  rent amount        ₹{lakh(amt)}
  convenience fee    ₹{lakh(fee)} (incl. GST)
  paid using         HDFC Bank Credit Card xx4417
  transaction ID     CR{digits(14)}

the landlord usually receives the money within 2 working days. you earned {RNG.randrange(200, 900)} CRED coins.

CRED · Dreamplug Technologies Pvt Ltd, Bengaluru
"""
        add(
            at(d.year, d.month, d.day, 9, RNG.randrange(0, 59)),
            ("CRED", "noreply@cred.club"),
            f"rent of ₹{lakh(amt, dec=False)} paid successfully",
            plain(text),
            [],
            "cred-rent",
        )


def make_shopping_negatives() -> None:
    inner = f"""<p>Hi Arjun Menon,</p><p>Your order has been placed successfully. We'll send you an update when it is packed.</p>
<table width="100%">{
        rows_html(
            [
                ("Order ID", "OD33618924417090200"),
                ("Apple iPhone 17 Pro (Cosmic Orange, 256 GB)", "&#8377;1,34,900"),
                ("Big Billion Days discount", "-&#8377;15,000"),
                ("Total", "&#8377;1,19,900"),
                ("Payment", "HDFC Bank Credit Card – No Cost EMI, 6 months"),
                ("Delivery by", "Wed, 1 Oct"),
            ],
            bold_last=False,
        )
    }</table>
<p style="font-size:11px;color:#777777">Flipkart Internet Private Limited, Buildings Alyssa, Begonia &amp; Clove, Embassy Tech Village, Outer Ring Road,
Devarabeesanahalli, Bengaluru 560103. <a href="https://www.flipkart.com/communication-preferences">Unsubscribe</a></p>"""
    add(
        at(2026, 9, 27, 0, 12),
        ("Flipkart", "noreply@rmo.flipkart.com"),
        "Your Flipkart order for Apple iPhone 17 Pro has been placed",
        html(page("Flipkart", inner, "#2874f0")),
        [],
        "flipkart-order",
    )
    text = """Hi Arjun Menon,

Shipped! Your Apple iPhone 17 Pro (Cosmic Orange, 256 GB) is on its way.
Order ID: OD33618924417090200
Delivery by Wed, 1 Oct. Open Box Delivery: please keep your OTP ready.

Track: https://www.flipkart.com/rv/orderDetails?order_id=OD33618924417090200

Flipkart
"""
    add(
        at(2026, 9, 29, 8, 46),
        ("Flipkart", "noreply@nct.flipkart.com"),
        "Shipped: Apple iPhone 17 Pro (Cosmic Orange, 256 GB)",
        plain(text),
        [],
        "flipkart-shipped",
    )

    text = f"""Hello Arjun,

Thank you for shopping with us. We'll send a confirmation when your item ships.

Order #403-{digits(7)}-{digits(7)}
Placed on 14 January 2026

  Prestige PIC 20.0 1200-Watt Induction Cooktop     ₹2,199.00
  Item(s) Subtotal:                                 ₹2,199.00
  Shipping:                                         ₹0.00 (FREE Prime delivery)
  Order Total:                                      ₹2,199.00

Arriving: Thursday, 15 January
Ship to: Arjun Menon, HSR Layout Sector 2, BENGALURU, KARNATAKA 560102

We hope to see you again soon.
Amazon.in
"""
    add(
        at(2026, 1, 14, 12, 31, UTC),
        ("Amazon.in", "auto-confirm@amazon.in"),
        'Your Amazon.in order of "Prestige PIC 20.0 1200-Watt..."',
        plain(text),
        [],
        "amazon-order",
    )
    inner = """<p style="font-size:24px;font-weight:bold">The Great Indian Festival is LIVE</p>
<p>Prime members get 24-hour early access. Up to 40% off smartphones, 75% off electronics and 10% instant discount with HDFC Bank cards.</p>
<p><a href="https://www.amazon.in/gif">Shop now</a></p>"""
    add(
        at(2026, 9, 23, 18, 30, UTC),
        ("Amazon.in", "store-news@amazon.in"),
        "Great Indian Festival: early access for Prime members starts now",
        html(
            page(
                "amazon.in",
                inner,
                "#232f3e",
                footer=AMAZON_FOOT
                + ' <a href="https://www.amazon.in/gp/communication-preferences">Unsubscribe</a>',
            )
        ),
        [],
        "amazon-marketing",
        headers=unsub("https://www.amazon.in/gp/communication-preferences?u=3"),
    )

    for when, rest, items, total in [
        (
            at(2026, 2, 7, 21, 12),
            "Meghana Foods, Koramangala",
            [("Chicken Boneless Biryani x1", "₹339"), ("Andhra Chilli Chicken x1", "₹299")],
            "684",
        ),
        (
            at(2026, 10, 24, 13, 44),
            "Vidyarthi Bhavan, Basavanagudi",
            [("Masala Dose x3", "₹270"), ("Kesari Bath x1", "₹75")],
            "389",
        ),
    ]:
        rows = items + [
            ("Delivery fee", "₹0 (Swiggy One)"),
            ("Platform fee", "₹10"),
            ("Taxes &amp; charges", "₹26" if total == "684" else "₹34"),
            ("Paid via UPI", f"₹{total}"),
        ]
        inner = f"""<p>Your order from <b>{rest}</b> was delivered. Enjoy your meal!</p>
<table width="100%">{rows_html(rows, bold_last=True)}</table><p>Order #{digits(12)}. You saved ₹{RNG.randrange(40, 90)} on this order with Swiggy One.</p>"""
        add(
            when,
            SWIGGY,
            f"Your Swiggy order from {rest.split(',')[0]} was delivered",
            html(page("Swiggy", inner, "#fc8019", footer="Bundl Technologies Private Limited, Bengaluru.")),
            [],
            "swiggy-order",
        )
    text = """Your order from Truffles, St. Marks Road has been delivered.

  Ragini Burger x1          ₹289
  Peri Peri Fries x1        ₹179
  Gold discount            -₹46
  Delivery                   FREE (Gold)
  Taxes                     ₹24
  Total paid               ₹446

Order ID: 6417239082. Rate your order in the app.
Zomato
"""
    add(at(2026, 1, 18, 22, 5), ZOMATO, "Your Zomato order from Truffles", plain(text), [], "zomato-order")


def make_travel_negatives() -> None:
    text = """Thanks for riding with Uber, Arjun

Total ₹412.36
22 December 2025

  Trip fare                      ₹371.00
  Booking fee                     ₹22.00
  Tolls, Surcharges and Fees      ₹19.36

Uber Go · 14.2 km · 41 min
07:42 PM  Kempegowda International Airport, Devanahalli
08:23 PM  14th Main Rd, HSR Layout, Bengaluru

Paid with UPI

Uber India Systems Pvt Ltd, Regus Business Centre, Prestige Obelisk, Kasturba Road, Bengaluru 560001.
"""
    add(
        at(2025, 12, 22, 14, 25, UTC),
        ("Uber Receipts", "noreply@uber.com"),
        "Your Monday evening trip with Uber",
        plain(text),
        [],
        "uber-receipt",
    )
    inner = """<p style="font-size:22px;font-weight:bold">Try Uber One free for 1 month</p>
<p>Save 6% in Uber credits on rides, get member pricing and top-rated drivers. After your trial, Uber One is ₹149/month. Cancel anytime.</p>
<p><a href="https://www.uber.com/in/en/u/uber-one/">Start free trial</a></p>"""
    add(
        at(2026, 4, 22, 11, 0, UTC),
        ("Uber", "uber@uber.com"),
        "Arjun, your first month of Uber One is on us",
        html(
            page(
                "Uber",
                inner,
                "#000000",
                footer='Uber India Systems Pvt Ltd. <a href="https://www.uber.com/unsubscribe">Unsubscribe</a>',
            )
        ),
        [],
        "uber-one-promo",
        headers=unsub("https://www.uber.com/unsubscribe?em=1"),
    )
    text = f"""Hi Arjun,

Thanks for riding with Ola! Here's your invoice.

CRN{digits(10)}   Mini   09 Mar 2026

  Ride fare                ₹248.00
  Access fee               ₹18.00
  Taxes (GST 5%)           ₹13.30
  Total                    ₹279.30
  Rounded off              ₹279

Paid by Ola Money Postpaid

From: Silk Board Junction, Bengaluru
To: Embassy Golf Links Business Park, Domlur

ANI Technologies Pvt. Ltd.
"""
    add(
        at(2026, 3, 9, 9, 58),
        ("Ola", "noreply@olacabs.com"),
        "Your Ola ride invoice",
        plain(text),
        [],
        "ola-invoice",
    )

    for booked, journey, train, name, frm, to, cls, fare in [
        (
            date(2025, 12, 4),
            date(2025, 12, 24),
            "12677",
            "ERNAKULAM INTERCITY SF",
            "KSR BENGALURU (SBC)",
            "ERNAKULAM JN (ERS)",
            "CHAIR CAR (CC)",
            "845.00",
        ),
        (
            date(2026, 4, 2),
            date(2026, 4, 13),
            "16526",
            "KANYAKUMARI EXPRESS",
            "KSR BENGALURU (SBC)",
            "THRISSUR (TCR)",
            "AC 3 TIER (3A)",
            "1,285.45",
        ),
    ]:
        pnr = digits(10)
        text = f"""Electronic Reservation Slip (ERS) - Booking Confirmation

PNR No.           : {pnr}
Transaction ID    : 100{digits(10)}
Train No./Name    : {train} / {name}
Date of Journey   : {journey:%d-%b-%Y}
From              : {frm}
To                : {to}
Class             : {cls}
Quota             : GENERAL (GN)

Passenger         : ARJUN MENON   Age 34   M   CNF / {("D3/41" if train == "12677" else "B2/27/LB")}

Ticket Fare       : Rs. {fare}
IRCTC Convenience Fee (incl. GST) : Rs. 17.70
Total Fare        : Rs. {lakh(D(fare.replace(",", "")) + D("17.70"))}

Please carry a valid photo ID during the journey. This ticket is booked on a personal user ID and cannot be sold.
Indian Railway Catering and Tourism Corporation Ltd.
"""
        add(
            at(booked.year, booked.month, booked.day, 10, RNG.randrange(0, 59)),
            ("IRCTC", "ticketadmin@irctc.co.in"),
            f"Booking Confirmation on IRCTC, Train: {train}, {journey:%d-%b-%Y}, {cls.split('(')[1].rstrip(')')}, {frm.split('(')[1].rstrip(')')} - {to.split('(')[1].rstrip(')')}",
            plain(text, "us-ascii", "7bit"),
            [],
            "irctc-ticket",
        )

    text = """Dear Mr. Arjun Menon,

Thank you for choosing IndiGo. Your booking is confirmed.

PNR: K7QX2M

  6E 1005  Bengaluru (BLR) T1 17:10  ->  Singapore (SIN) T3 00:05 (+1)   Tue, 02 Jun 2026
  Saver fare | Cabin baggage 7 kg | Check-in baggage 30 kg

  Base fare                    INR 14,220
  Taxes & fees                 INR 4,210
  Total                        INR 18,430

Web check-in opens 48 hours before departure at goindigo.in.

InterGlobe Aviation Ltd.
"""
    add(
        at(2026, 5, 10, 16, 22),
        ("IndiGo", "reservations@customer.goindigo.in"),
        "IndiGo Itinerary - PNR K7QX2M",
        plain(text),
        [],
        "indigo-itinerary",
    )


def make_misc_negatives() -> None:
    text = """Dear ARJUN MENON,

PAN: AXXPM4417X
Assessment Year: 2026-27

Your Income Tax Return (ITR-1) for A.Y. 2026-27 has been filed successfully and verified using Aadhaar OTP.
Acknowledgement Number: 7219044183260726

The return will now be processed. You will be intimated on your registered email ID and mobile number.

Regards,
e-Filing Team, Income Tax Department
This is a system generated email. Please do not reply.
"""
    add(
        at(2026, 7, 26, 21, 14, SGT).astimezone(IST),
        ("e-Filing, Income Tax Department", "donotreply@incometax.gov.in"),
        "Filing of ITR for A.Y. 2026-27 - Acknowledgement Number: 7219044183260726",
        plain(text, "us-ascii", "7bit"),
        [],
        "itr-filed",
    )

    text = f"""A new sign-in on Mac

{ME}

We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything.
If not, we'll help you secure your account.

Check activity: https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
"""
    add(
        at(2026, 4, 19, 8, 30, "PT"),
        ("Google", "no-reply@accounts.google.com"),
        "Security alert",
        plain(text),
        [],
        "google-security",
    )

    inner = """<p><b>Finshots Daily</b> · 3 min read</p>
<p style="font-size:20px;font-weight:bold">Why is everyone suddenly talking about UPI AutoPay?</p>
<p>In today's Finshots, we explain how e-mandates quietly became the plumbing behind every ₹149 OTT subscription,
SIP and electricity bill in India, and why the RBI cares about pre-debit notifications.</p>
<p><a href="https://finshots.in/archive/upi-autopay">Read the story</a></p>"""
    add(
        at(2026, 8, 12, 7, 0),
        ("Finshots", "morning@finshots.in"),
        "💸 The quiet rise of UPI AutoPay",
        html(
            page(
                "Finshots",
                inner,
                "#0a2540",
                footer='Finshots by Ditto Insurance. <a href="https://finshots.in/unsubscribe">Unsubscribe</a>',
            )
        ),
        [],
        "finshots",
        headers=unsub("https://finshots.in/unsubscribe?u=ab12"),
    )
    text = """TLDR 2026-11-19

Big Tech & Startups
- OpenAI ships a cheaper ChatGPT tier across South and Southeast Asia (3 minute read)
- Grab and GoTo revive merger talks (4 minute read)

Programming, Design & Data Science
- Postgres 19 beta: what's new for JSON (6 minute read)

Want to advertise in TLDR? Unsubscribe: https://tldr.tech/unsubscribe
"""
    add(
        at(2026, 11, 19, 6, 12, "ET"),
        ("TLDR", "dan@tldrnewsletter.com"),
        "OpenAI cheaper tier 💰, Grab & GoTo 🚗, Postgres 19 🐘",
        plain(text),
        [],
        "tldr",
        headers=unsub("https://tldr.tech/unsubscribe?email=a"),
    )
    inner = """<p style="font-size:22px;font-weight:bold">Watch every match live on SonyLIV</p>
<p>Get SonyLIV Premium at just &#8377;1,499/year – that's less than &#8377;125 a month. Offer ends Sunday.</p>
<p><a href="https://www.sonyliv.com/subscription">Subscribe now</a></p>"""
    add(
        at(2026, 2, 14, 12, 30),
        ("SonyLIV", "noreply@sonyliv.com"),
        "Arjun, SonyLIV Premium at ₹1,499/year – only till Sunday!",
        html(
            page(
                "SonyLIV",
                inner,
                "#000000",
                footer='Culver Max Entertainment Pvt. Ltd. <a href="https://www.sonyliv.com/unsubscribe">Unsubscribe</a>',
            )
        ),
        [],
        "sonyliv-promo",
        headers=unsub("https://www.sonyliv.com/unsubscribe?x=1"),
    )


LEELA = ("Leela Menon", "leela.menon59@gmail.com")
PRIYA = ("Priya Nair", "priya.nair.kochi@gmail.com")


def make_personal() -> None:
    text = """മോനേ,

ഓണാശംസകൾ! Happy Onam mone. This time we miss you at home, Achan also asked when you are coming. Sadya was good,
Ammu chechi came with kids. I sent photos on WhatsApp.

Eat properly there, don't only eat from outside. Singapore food is ok? Call on Sunday.

LIC premium receipt came by post also, I kept it in the file.

Snehathode,
Amma
"""
    add(at(2026, 8, 26, 20, 11), LEELA, "ഓണാശംസകൾ മോനേ", plain(text, "utf-8", "base64"), [], "amma-onam")
    text = """Mone,

Achan's eye checkup is on 9th at Giridhar. The health insurance card — is it the same one or new one this year?
Please send the e-card to my phone. Nothing urgent.

Amma
"""
    add(at(2026, 3, 5, 9, 2), LEELA, "insurance card", plain(text, "utf-8", "8bit"), [], "amma-insurance")
    text = """Hey Arjun!!

Finally it's happening :) Save the date – Rahul and me, 8th February 2026, Bolgatty Palace, Kochi.
Proper invite coming soon. You HAVE to come, no Singapore excuses.

Love,
Priya
"""
    add(
        at(2025, 12, 11, 22, 48),
        PRIYA,
        "Save the date!! 💍",
        plain(text, "utf-8", "quoted-printable"),
        [],
        "priya-save-the-date",
    )
    text = """Bhai,

Lakshmi akka's salary for October - 8,000 total, I've paid her in cash, so 4,000 from you whenever.
Also, the landlord says rent goes up by 1,000 each from October, he'll share the new agreement.

Rohan
"""
    add(at(2026, 10, 2, 9, 17), ROHAN, "Cook salary + rent", plain(text), [], "rohan-salary")
    text = """Rohan K. added "Lakshmi akka - Oct salary" in "47 HSR flat".

  Total: ₹8,000.00
  Paid by Rohan K.
  You owe ₹4,000.00

Your total balance in "47 HSR flat": you owe Rohan K. ₹4,292.00

View on Splitwise: https://secure.splitwise.com/#/groups/31947201

Splitwise · Providence, RI
Change your notification settings: https://secure.splitwise.com/settings
"""
    add(
        at(2026, 10, 2, 3, 50, UTC),
        ("Splitwise", "hello@splitwise.com"),
        'Rohan K. added "Lakshmi akka - Oct salary"',
        plain(text),
        [],
        "splitwise",
    )


# ================================================================ truth


def truth() -> list[dict]:
    _, _, bescom_last = bescom_bill(BESCOM_READINGS[-1][1])
    _, bwssb_last = bwssb_bill(BWSSB_BILLS[-1][1])
    _, _, sp_final = sp_bill(SP_FINAL[2], SP_FINAL[3], SP_FINAL[4])

    def t(
        name: str,
        aliases: list[str],
        amount: Decimal | str,
        cur: str,
        cycle: str,
        status: str,
        nxt: str | None,
        kind: str,
    ) -> dict:
        return {
            "name": name,
            "aliases": aliases,
            "amount": f"{q2(amount):.2f}",
            "currency": cur,
            "cycle": cycle,
            "status": status,
            "next_renewal": nxt,
            "kind": kind,
        }

    return [
        t(
            "Airtel Postpaid",
            ["Airtel", "Bharti Airtel", "airtel postpaid bill"],
            airtel_total(False),
            "INR",
            "monthly",
            "active",
            "2026-12-07",
            "bill",
        ),
        t(
            "ACT Fibernet",
            ["ACT", "Atria Convergence Technologies", "ACT Incredible", "ACT Broadband"],
            act_total(ACT_NEW[2]),
            "INR",
            "monthly",
            "active",
            "2026-12-05",
            "bill",
        ),
        t(
            "BESCOM",
            ["Bangalore Electricity Supply Company", "BESCOM electricity"],
            bescom_last,
            "INR",
            "monthly",
            "active",
            "2026-12-08",
            "bill",
        ),
        t(
            "BWSSB",
            ["Bangalore Water Supply and Sewerage Board", "BWSSB water bill"],
            bwssb_last,
            "INR",
            "monthly",
            "active",
            "2026-12-03",
            "bill",
        ),
        t(
            "LIC New Jeevan Anand",
            ["LIC", "LIC of India", "Life Insurance Corporation of India", "LIC premium"],
            LIC_PREMIUM,
            "INR",
            "semiannual",
            "active",
            "2027-01-28",
            "bill",
        ),
        t(
            "Niva Bupa Health Insurance",
            ["Niva Bupa", "ReAssure 2.0", "Niva Bupa ReAssure 2.0"],
            NIVA_PREMIUM,
            "INR",
            "yearly",
            "active",
            "2027-03-14",
            "bill",
        ),
        t(
            "Netflix",
            ["Netflix India", "Netflix Standard"],
            "549.00",
            "INR",
            "monthly",
            "active",
            "2026-12-12",
            "subscription",
        ),
        t(
            "JioHotstar",
            ["JioHotstar Super", "Disney+ Hotstar", "Hotstar"],
            "899.00",
            "INR",
            "yearly",
            "active",
            "2027-03-20",
            "subscription",
        ),
        t(
            "Amazon Prime",
            ["Prime", "Amazon Prime India", "Amazon Prime membership"],
            "1499.00",
            "INR",
            "yearly",
            "active",
            "2027-02-03",
            "subscription",
        ),
        t("YouTube Premium", ["YouTube"], "149.00", "INR", "monthly", "active", "2026-12-06", "subscription"),
        t(
            "Spotify Premium",
            ["Spotify", "Spotify Premium Individual"],
            "139.00",
            "INR",
            "monthly",
            "active",
            "2026-12-18",
            "subscription",
        ),
        t(
            "Swiggy One",
            ["Swiggy One membership"],
            "299.00",
            "INR",
            "quarterly",
            "active",
            "2026-12-15",
            "subscription",
        ),
        t("Zomato Gold", ["Zomato"], "149.00", "INR", "quarterly", "cancelled", None, "subscription"),
        t(
            "Google One",
            ["Google One 100 GB"],
            "1300.00",
            "INR",
            "yearly",
            "active",
            "2027-06-18",
            "subscription",
        ),
        t(
            "cult.fit",
            ["cultpass PRO", "cult", "cultfit", "Curefit", "Curefit Healthcare"],
            "7499.00",
            "INR",
            "semiannual",
            "active",
            "2027-01-10",
            "subscription",
        ),
        t(
            "ChatGPT",
            ["ChatGPT Go", "ChatGPT Plus", "OpenAI"],
            "399.00",
            "INR",
            "monthly",
            "active",
            "2026-12-23",
            "subscription",
        ),
        t(
            "GitHub Copilot",
            ["GitHub Copilot Pro", "GitHub"],
            "10.00",
            "USD",
            "monthly",
            "active",
            "2026-12-02",
            "subscription",
        ),
        t(
            "Kindle Unlimited",
            ["Kindle Unlimited membership"],
            "169.00",
            "INR",
            "monthly",
            "active",
            "2026-12-21",
            "subscription",
        ),
        t(
            "Namecheap",
            ["arjunmenon.dev", "arjunmenon.dev domain", "Namecheap domain renewal"],
            "17.68",
            "USD",
            "yearly",
            "active",
            "2027-04-04",
            "subscription",
        ),
        t(
            "SIMBA",
            ["SIMBA Telecom", "SIMBA mobile", "SIMBA 150GB 5G+"],
            "10.00",
            "SGD",
            "monthly",
            "active",
            "2026-12-14",
            "bill",
        ),
        t(
            "Anytime Fitness",
            ["Anytime Fitness Tanjong Pagar", "AF Wallich"],
            AF_FORTNIGHT,
            "SGD",
            "biweekly",
            "cancelled",
            None,
            "subscription",
        ),
        t(
            "SP Group",
            ["SP Services", "SP Utilities", "SP Group utilities"],
            sp_final,
            "SGD",
            "monthly",
            "cancelled",
            None,
            "bill",
        ),
        t("GrabUnlimited", ["Grab Unlimited"], "5.99", "SGD", "monthly", "inactive", None, "subscription"),
    ]


HARD_NEGATIVES = [
    "HDFC Bank",
    "HDFC Bank Credit Cards",
    "HDFC Bank EMI",
    "NPCI",
    "Groww",
    "Parag Parikh Flexi Cap Fund",
    "BSE Limited",
    "CRED",
    "CRED rent",
    "S Ramaswamy",
    "Flipkart",
    "Apple iPhone 17 Pro",
    "Amazon.in",
    "Prestige induction cooktop",
    "Swiggy food order",
    "Meghana Foods",
    "Vidyarthi Bhavan",
    "Zomato food order",
    "Truffles",
    "Uber",
    "Uber One",
    "Ola",
    "IRCTC",
    "IndiGo",
    "Singapore Airlines",
    "ICA",
    "SG Arrival Card",
    "Grab E-Receipt",
    "GrabFood",
    "GrabCar",
    "FairPrice",
    "Shopee",
    "Singtel",
    "Tan Wei Ming",
    "Income Tax Department",
    "Google",
    "Finshots",
    "TLDR",
    "SonyLIV",
    "Splitwise",
    "Rohan Kulkarni",
    "Leela Menon",
    "Priya Nair",
    "Lakshmi akka",
    "Razorpay",
    "PayU",
    "Ezypay",
    "Stripe",
    "Google Play",
]


# ================================================================ output


def build() -> None:
    make_airtel()
    make_act()
    make_bescom()
    make_bwssb()
    make_lic()
    make_niva()
    make_netflix()
    make_google()
    make_spotify()
    make_swiggy_one()
    make_zomato_gold()
    make_cult()
    make_openai()
    make_github()
    make_amazon_subs()
    make_jiohotstar()
    make_namecheap()
    make_simba()
    make_anytime()
    make_sp()
    make_grab_unlimited()
    make_sg_negatives()
    make_bank_negatives()
    make_shopping_negatives()
    make_travel_negatives()
    make_misc_negatives()
    make_personal()


def mbox_from(m: dict) -> str:
    u = m["when"].astimezone(UTC)
    return f"From {m['addr']} {u:%a %b} {u.day:2d} {u:%H:%M:%S %Y}"


def mbox_escape(text: str) -> str:
    out = []
    for ln in text.split("\n"):
        if ln.lstrip(">").startswith("From "):
            ln = ">" + ln
        out.append(ln)
    return "\n".join(out)


def main() -> None:
    build()
    msgs = sorted(MSGS, key=lambda m: m["when"].astimezone(UTC))
    last = datetime(TODAY.year, TODAY.month, TODAY.day, 23, 59, tzinfo=IST)
    first = datetime(2025, 11, 29, tzinfo=IST)
    assert all(first <= m["when"] <= last for m in msgs), "message outside the year"
    names = {t["name"] for t in truth()}
    for m in msgs:
        assert set(m["labels"]) <= names, m["labels"]

    eml_dir = HERE / "eml"
    if eml_dir.exists():
        shutil.rmtree(eml_dir)
    eml_dir.mkdir()
    index = []
    mbox_parts = []
    for i, m in enumerate(msgs, 1):
        fname = f"{i:03d}-{m['when']:%Y%m%d}-{m['slug']}.eml"
        raw = render(m)
        (eml_dir / fname).write_bytes(raw.encode("utf-8"))
        mbox_parts.append(mbox_from(m) + "\n" + mbox_escape(raw).rstrip("\n") + "\n\n")
        index.append({"file": fname, "from": m["name"], "subject": m["subject"], "labels": m["labels"]})
    (HERE / "mailbox.mbox").write_bytes("".join(mbox_parts).encode("utf-8"))

    def dump(name: str, obj: object) -> None:
        (HERE / name).write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    dump("messages.json", index)
    dump("truth.json", truth())
    dump("meta.json", {"today": TODAY.isoformat(), "messages": len(msgs), "hard_negatives": HARD_NEGATIVES})
    print(f"{len(msgs)} messages, {len(truth())} truths")


if __name__ == "__main__":
    main()
