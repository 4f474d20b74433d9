"""Test mailbox `sco`: Moira and Alasdair Drummond, a retired couple in Edinburgh.

Seeded and deterministic: rerunning writes the same bytes.
Run from the repository root:  .venv/bin/python bench/data/email-files7/sco/make.py
Writes eml/, mailbox.mbox, truth.json, meta.json, messages.json and README.md next to this file.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
from datetime import UTC, date, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 30)
RNG = random.Random(20261130)

MOIRA = ("Moira Drummond", "moira.drummond@btinternet.com")
ALASDAIR = ("Alasdair Drummond", "a.drummond47@btinternet.com")
CATRIONA = ("Catriona Drummond", "catriona.drummond@gmail.com")
ISLA = ("Isla Fraser", "isla.fraser03@gmail.com")
ADDRESS = ["Mrs M Drummond", "6 Greenbank Rise", "Edinburgh", "EH10 5RF"]

GEN_POLICY = policy.default.clone(linesep="\n", max_line_length=100)


# ----------------------------------------------------------------------------- time zones
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


def uk_offset(local: datetime) -> int:
    """Hours east of UTC for Europe/London at this local wall-clock time."""
    start = datetime.combine(_last_sunday(local.year, 3), datetime.min.time()).replace(hour=1)
    end = datetime.combine(_last_sunday(local.year, 10), datetime.min.time()).replace(hour=2)
    return 1 if start <= local < end else 0


def pt_offset(local: datetime) -> int:
    start = datetime.combine(_nth_sunday(local.year, 3, 2), datetime.min.time()).replace(hour=2)
    end = datetime.combine(_nth_sunday(local.year, 11, 1), datetime.min.time()).replace(hour=2)
    return -7 if start <= local < end else -8


def stamp(d: date, hh: int | None = None, mm: int | None = None, tz: str = "uk") -> datetime:
    """An aware datetime on UK date `d`; `tz` is the zone the sender writes its Date header in."""
    if hh is None:
        hh = RNG.randint(6, 20)
    if mm is None:
        mm = RNG.randint(0, 59)
    ss = RNG.randint(0, 59)
    local_uk = datetime(d.year, d.month, d.day, hh, mm, ss)
    utc = local_uk - timedelta(hours=uk_offset(local_uk))
    if tz == "uk":
        off = uk_offset(local_uk)
    elif tz == "utc":
        off = 0
    elif tz == "pt":
        off = pt_offset(utc + timedelta(hours=-8))
    else:
        raise ValueError(tz)
    return (utc + timedelta(hours=off)).replace(tzinfo=timezone(timedelta(hours=off)))


# ----------------------------------------------------------------------------- helpers
def money(x: float | str) -> str:
    return f"£{float(x):,.2f}"


def longdate(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def daydate(d: date) -> str:
    return f"{d:%A} {d.day} {d:%B %Y}"


def shortdate(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def digits(n: int) -> str:
    return "".join(str(RNG.randint(0, 9)) for _ in range(n))


def hexid(n: int) -> str:
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def alnum(n: int, upper: bool = True) -> str:
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789" if upper else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(RNG.choice(chars) for _ in range(n))


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slugify(s: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return s[:40].strip("-") or "mail"


def kv_text(rows: list[tuple[str, str]], width: int = 28) -> str:
    return "\n".join(f"{k + ':':<{width}}{v}" for k, v in rows)


def html_table(rows: list[tuple[str, str]], *, border: str = "#dddddd", bold_last: bool = False) -> str:
    out = [
        f'<table role="presentation" width="100%" cellpadding="6" cellspacing="0" '
        f'style="border-collapse:collapse;font-size:14px;border-top:1px solid {border}">'
    ]
    for i, (k, v) in enumerate(rows):
        weight = "bold" if bold_last and i == len(rows) - 1 else "normal"
        out.append(
            f'<tr style="border-bottom:1px solid {border}"><td style="color:#555555">{esc(k)}</td>'
            f'<td align="right" style="font-weight:{weight}">{esc(v)}</td></tr>'
        )
    out.append("</table>")
    return "\n".join(out)


def paras_html(text: str) -> str:
    blocks = [b.strip() for b in text.strip().split("\n\n") if b.strip()]
    return "\n".join(f'<p style="margin:0 0 14px 0">{esc(b).replace(chr(10), "<br>")}</p>' for b in blocks)


def html_page(
    brand: str,
    colour: str,
    inner: str,
    footer: str,
    *,
    preheader: str = "",
    font: str = "Arial, Helvetica, sans-serif",
    logo_text: str | None = None,
) -> str:
    pre = (
        f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{esc(preheader)}</div>'
        if preheader
        else ""
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(brand)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f2f2f2;font-family:{font}">
{pre}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" bgcolor="#f2f2f2">
<tr><td align="center" style="padding:20px 10px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="max-width:600px">
<tr><td bgcolor="{colour}" style="padding:18px 24px;color:#ffffff;font-size:22px;font-weight:bold">{esc(logo_text or brand)}</td></tr>
<tr><td style="padding:24px;color:#222222;font-size:15px;line-height:1.5">
{inner}
</td></tr>
<tr><td style="padding:16px 24px;background-color:#fafafa;color:#777777;font-size:11px;line-height:1.4">
{footer}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""


def button(label: str, href: str, colour: str) -> str:
    return (
        f'<table role="presentation" cellpadding="0" cellspacing="0"><tr><td bgcolor="{colour}" '
        f'style="border-radius:4px;padding:10px 18px"><a href="{href}" style="color:#ffffff;'
        f'text-decoration:none;font-weight:bold">{esc(label)}</a></td></tr></table>'
    )


# ----------------------------------------------------------------------------- message store
MSGS: list[dict] = []


def add(
    when: datetime,
    frm: tuple[str, str],
    subject: str,
    *,
    text: str | None = None,
    html: str | None = None,
    to: list[tuple[str, str]] | None = None,
    cc: list[tuple[str, str]] | None = None,
    labels: list[str] | None = None,
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    html_cte: str | None = None,
    headers: dict[str, str] | None = None,
    attachment: tuple[str, str, bytes] | None = None,
    slug: str | None = None,
    msgid_domain: str | None = None,
) -> None:
    MSGS.append(
        dict(
            when=when,
            frm=frm,
            subject=subject,
            text=text,
            html=html,
            to=to or [MOIRA],
            cc=cc or [],
            labels=labels or [],
            charset=charset,
            cte=cte,
            html_cte=html_cte or cte,
            headers=headers or {},
            attachment=attachment,
            slug=slug or slugify(frm[0]),
            msgid_domain=msgid_domain or frm[1].split("@")[1],
            seq=len(MSGS),
        )
    )


def fmt_addr(name: str, addr: str) -> str:
    return f"{name} <{addr}>" if name else addr


# ----------------------------------------------------------------------------- truth
TRUTH: list[dict] = []


def truth(
    name: str, aliases: list[str], amount: str, cycle: str, status: str, next_renewal: str | None, kind: str
) -> str:
    TRUTH.append(
        dict(
            name=name,
            aliases=aliases,
            amount=amount,
            currency="GBP",
            cycle=cycle,
            status=status,
            next_renewal=next_renewal,
            kind=kind,
        )
    )
    return name


CTAX = truth(
    "City of Edinburgh Council Tax",
    ["Council Tax", "City of Edinburgh Council", "The City of Edinburgh Council", "Edinburgh Council"],
    "316.35",
    "monthly",
    "active",
    "2026-12-15",
    "bill",
)
GARDEN = truth(
    "Garden Waste Permit",
    ["Edinburgh garden waste permit", "Garden waste", "City of Edinburgh Council garden waste"],
    "40.00",
    "yearly",
    "active",
    "2027-09-02",
    "bill",
)
TVL = truth(
    "TV Licence",
    ["TV Licensing", "BBC TV Licence", "TV Licence Direct Debit"],
    "15.00",
    "monthly",
    "active",
    "2026-12-01",
    "bill",
)
SPOWER = truth(
    "ScottishPower",
    ["Scottish Power", "ScottishPower Energy Retail", "ScottishPower Dual Fuel"],
    "162.00",
    "monthly",
    "active",
    "2026-12-18",
    "bill",
)
BT = truth(
    "BT Broadband",
    ["BT", "BT Full Fibre", "BT Home Phone", "BT Broadband & Home Phone", "British Telecommunications"],
    "47.99",
    "monthly",
    "active",
    "2026-12-17",
    "bill",
)
GIFF = truth(
    "giffgaff",
    ["giffgaff plan", "giffgaff goodybag", "Giff Gaff"],
    "10.00",
    "monthly",
    "active",
    "2026-12-14",
    "bill",
)


# ----------------------------------------------------------------------------- council
GOVD = ("City of Edinburgh Council", "edinburgh@public.govdelivery.com")
CTAX_FROM = ("Council Tax - City of Edinburgh Council", "ctax.ebilling@edinburgh.gov.uk")
CTAX_REF = "4081 2279 53"

COUNCIL_FOOTER_TXT = """--
The City of Edinburgh Council, Waverley Court, 4 East Market Street, Edinburgh EH8 8BG
www.edinburgh.gov.uk

This email and any files transmitted with it are confidential and intended solely for the
use of the individual to whom they are addressed. If you have received this email in error
please notify the sender. The City of Edinburgh Council does not accept liability for any
loss or damage which may result from this email or any attachment."""


def govdelivery(d: date, subject: str, title: str, body: str, labels: list[str] | None = None) -> None:
    link = f"https://content.govdelivery.com/accounts/UKCOE/bulletins/{hexid(7)}"
    inner = (
        f'<h1 style="font-size:22px;color:#1b3a5c;margin:0 0 16px 0">{esc(title)}</h1>\n'
        + paras_html(body)
        + f'\n<p><a href="{link}" style="color:#1b3a5c">Read more on our website</a></p>'
    )
    footer = (
        "You are subscribed to Council news for The City of Edinburgh Council. "
        '<a href="https://public.govdelivery.com/accounts/UKCOE/subscriber/edit?preferences=true">'
        "Manage preferences</a> | "
        '<a href="https://public.govdelivery.com/accounts/UKCOE/subscriber/one_click_unsubscribe">'
        "Unsubscribe</a><br>This service is provided to you at no charge by The City of Edinburgh "
        "Council. GovDelivery, 4 Lindsey Street, London EC1A 9HP."
    )
    text = (
        f"{title}\n\n{body.strip()}\n\nRead more: {link}\n\n"
        "----------\nYou are subscribed to Council news for The City of Edinburgh Council.\n"
        "Manage preferences or unsubscribe: https://public.govdelivery.com/accounts/UKCOE/subscriber/edit\n"
    )
    add(
        stamp(d, tz="uk"),
        GOVD,
        subject,
        text=text,
        html=html_page("The City of Edinburgh Council", "#1b3a5c", inner, footer, preheader=title),
        labels=labels,
        headers={
            "List-Unsubscribe": "<https://public.govdelivery.com/accounts/UKCOE/"
            "subscriber/one_click_unsubscribe>"
        },
        slug="edinburgh-council-news",
        msgid_domain="public.govdelivery.com",
    )


def fake_pdf(title: str, lines: list[str]) -> bytes:
    content = (
        "BT /F1 11 Tf 50 800 Td 14 TL "
        + " ".join(
            "(" + ln.replace("(", "[").replace(")", "]").replace("£", "GBP ") + ") '"
            for ln in [title, *lines]
        )
        + " ET"
    )
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        "/Contents 4 0 R >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def council() -> None:
    govdelivery(
        date(2025, 12, 9),
        "Festive bin collections and the garden waste winter break",
        "Bin collections over the festive period",
        """Our bin collections will change over Christmas and New Year. Please check your new collection day on our website before putting your bins out.

Garden waste collections will take their usual winter break from Monday 15 December and restart in the week beginning Monday 2 February 2026. Permit holders do not need to do anything.

Real Christmas trees can be left beside your green garden waste bin during the first two weeks of January, cut into pieces no longer than one metre.""",
    )
    govdelivery(
        date(2026, 2, 26),
        "Council Tax 2026/27 – what it pays for",
        "Council Tax for 2026/27 has been set",
        """At its budget meeting on 19 February the Council agreed a Council Tax increase of 7% for 2026/27. A Band D property will pay £1,753.64 a year in Council Tax, before Scottish Water charges.

Your bill will arrive in March. If you pay by Direct Debit you don't need to do anything - your new instalments will be collected automatically from April.

Council Tax helps pay for schools, social care, roads, libraries, parks and bin collections across the city. You may be able to get help paying your bill through the Council Tax Reduction scheme.""",
    )

    band_ct, water, waste = 2325.60, 385.74, 452.25
    total = round(band_ct + water + waste, 2)
    first, rest = 316.44, 316.35
    assert abs(first + 9 * rest - total) < 0.005
    sched = [date(2026, 4, 15)] + [date(2026 + (m > 12), (m - 1) % 12 + 1, 15) for m in range(5, 14)]
    sched_txt = "\n".join(
        f"  {shortdate(d)}    {money(first if i == 0 else rest):>10}" for i, d in enumerate(sched)
    )
    body = f"""Dear Mrs Drummond

COUNCIL TAX AND WATER AND WASTE WATER CHARGES 2026/27

Account reference: {CTAX_REF}
Property: 6 Greenbank Rise, Edinburgh EH10 5RF
Council Tax band: E

Your Council Tax bill for the year 1 April 2026 to 31 March 2027 is attached to this email
as a PDF. A summary is shown below.

  Council Tax (Band E)                          {money(band_ct):>10}
  Water charge (Scottish Water)                 {money(water):>10}
  Waste water charge (Scottish Water)           {money(waste):>10}
                                                ----------
  Total amount due for 2026/27                  {money(total):>10}

YOUR NEW INSTALMENTS
You pay by Direct Debit. Your instalments will be collected on or shortly after the
following dates:

{sched_txt}

Scottish Water charges are set by Scottish Water and collected by the Council on its behalf.

If you think your band is wrong, contact the Scottish Assessors (www.saa.gov.uk). If you
are on a low income you may be entitled to a Council Tax Reduction.

To view your account online, sign in to mygov.scot.

Yours sincerely

Customer Services - Council Tax
Tel 0131 608 1111 (Monday to Friday, 9am to 5pm)

{COUNCIL_FOOTER_TXT}
"""
    pdf = fake_pdf(
        "City of Edinburgh Council - Council Tax 2026/27",
        [
            f"Account reference {CTAX_REF}",
            "Band E",
            f"Council Tax {money(band_ct)}",
            f"Water {money(water)}",
            f"Waste water {money(waste)}",
            f"Total {money(total)}",
            f"10 instalments: first {money(first)} then 9 x {money(rest)} on the 15th",
        ],
    )
    add(
        stamp(date(2026, 3, 10), 7, 12),
        CTAX_FROM,
        f"Council Tax bill 2026/27 - account {CTAX_REF}",
        text=body,
        charset="iso-8859-1",
        cte="quoted-printable",
        labels=[CTAX],
        attachment=("application/pdf", "CouncilTaxBill_2026-27_40812279.pdf", pdf),
        slug="council-tax-bill",
    )

    # garden waste permit
    gw_from = ("Garden Waste - City of Edinburgh Council", "gardenwaste@edinburgh.gov.uk")
    add(
        stamp(date(2026, 8, 20), 10, 4),
        gw_from,
        "Renew your garden waste permit for 2026/27",
        text=f"""Dear Moira Drummond

Your garden waste permit GW-25-204417 runs out on Sunday 4 October 2026.

Permits for 2026/27 go on sale on Tuesday 1 September 2026. A permit costs £40.00 for each
garden waste bin (£35.00 last year) and covers collections every two weeks from
5 October 2026, with a break in December and January.

Renew online at www.edinburgh.gov.uk/gardenwaste from 1 September. Please have your
permit number ready. Permits are not renewed automatically.

If you no longer want the service, you do not need to do anything. Your bin will be
collected once your permit has expired.

Waste and Cleansing Services
The City of Edinburgh Council

{COUNCIL_FOOTER_TXT}
""",
        charset="iso-8859-1",
        labels=[GARDEN],
        slug="garden-waste-renewal",
    )
    add(
        stamp(date(2026, 9, 2), 9, 41),
        ("", "noreply@edinburgh.gov.uk"),
        "Payment confirmation - Garden waste permit GW-26-118734",
        text=f"""Thank you for your payment.

Service:           Garden waste permit 2026/27
Permit number:     GW-26-118734
Address:           6 Greenbank Rise, EDINBURGH, EH10 5RF
Number of bins:    1
Amount paid:       £40.00
Payment reference: CEC{digits(9)}
Card:              Visa Debit ending 8820
Date of payment:   02/09/2026

Your permit sticker will be posted to you within 10 working days. Please stick it on the
lid of your green bin. Collections under this permit start in the week beginning
5 October 2026.

This is an automated message - please do not reply.

{COUNCIL_FOOTER_TXT}
""",
        charset="iso-8859-1",
        cte="8bit",
        labels=[GARDEN],
        slug="garden-waste-payment",
    )


# ----------------------------------------------------------------------------- TV Licensing
def tv_licence() -> None:
    # a phishing copy first: real inboxes of people in their seventies get these
    add(
        stamp(date(2026, 3, 17), 3, 22, tz="utc"),
        ("TV Licence", "no-reply@tvl-account-verify.com"),
        "Action Required: your TV Licence payment was declined",
        html=(
            "<html><body style='font-family:Arial'><p><b>TV Licensing</b></p><p>Dear Customer,</p>"
            "<p>We were unable to process your latest Direct Debit payment and your TV Licence is due "
            "to be cancelled on 19/03/2026. To avoid prosecution and a fine of up to £1,000 please "
            "update your details within 48 hours.</p>"
            "<p><a href='http://tvl-account-verify.com/renew/login.php?id=88213'>Update my details</a></p>"
            "<p>Regards,<br>TV Licensing Customer Team</p></body></html>"
        ),
        cte="base64",
        slug="tv-licence-phish",
    )
    tvl = ("TV Licensing", "donotreply@tvlicensing.co.uk")
    lic = "3481220761"
    foot = (
        "TV Licensing is a trade mark of the British Broadcasting Corporation and is used under "
        "licence by companies contracted by the BBC to administer the collection of the television "
        "licence fee. Capita Business Services Ltd, Registered in England and Wales No. 02299747, "
        "65 Gresham Street, London EC2V 7NQ, is contracted by the BBC to carry out the administration."
    )
    text = f"""Your TV Licence is due for renewal

Dear Mrs Drummond

Licence number: {lic}
Address: 6 Greenbank Rise, EDINBURGH, EH10 5RF

Your current TV Licence runs out on 31 July 2026. As you pay by Direct Debit, you don't
need to do anything - your licence will renew automatically.

The licence fee is now £180.00. Your new payment plan is:

  12 monthly payments of £15.00
  First payment: 1 August 2026
  Then on or around the 1st of each month until 1 July 2027

Your payments this year have been £14.54 a month.

Your Direct Debit will be collected from your account ending **62 as before. If your bank
details or address have changed, please tell us at tvlicensing.co.uk/update.

Yours sincerely

TV Licensing

{foot}
"""
    inner = paras_html(text.split("\n\n", 1)[1].split("Yours sincerely")[0].replace("**62", "ending 62"))
    add(
        stamp(date(2026, 6, 15), 8, 3),
        tvl,
        "Your TV Licence payment plan for 2026/27",
        text=text,
        html=html_page("TV Licensing", "#d40027", inner, esc(foot), logo_text="TV Licensing"),
        labels=[TVL],
        slug="tv-licensing-plan",
    )
    text2 = f"""Your new TV Licence

Dear Mrs Drummond

Here is your new TV Licence. Please keep this email, or print the attached licence, as
proof that you're covered.

Licence number:  {lic}
Licence type:    Colour
Valid from:      1 August 2026
Expires:         31 July 2027
Payment method:  Monthly Direct Debit (£15.00 a month)

Your next payment of £15.00 will be collected on or shortly after 1 August 2026.

TV Licensing

{foot}
"""
    add(
        stamp(date(2026, 7, 24), 7, 47),
        tvl,
        "Your new TV Licence",
        text=text2,
        labels=[TVL],
        slug="tv-licensing-new",
    )


# ----------------------------------------------------------------------------- ScottishPower
SP_FROM = ("ScottishPower", "noreply@myaccount.scottishpower.co.uk")
SP_ACC = "100748821536"
SP_RATES = [  # (first month, elec p/kWh, elec standing p/day, gas p/kWh, gas standing p/day), ex VAT
    (date(2025, 10, 1), 25.10, 51.12, 5.99, 32.41),
    (date(2026, 1, 1), 25.37, 52.14, 5.87, 33.05),
    (date(2026, 4, 1), 24.50, 52.86, 5.50, 32.35),
    (date(2026, 7, 1), 24.20, 52.50, 5.39, 31.52),
    (date(2026, 10, 1), 24.86, 51.71, 5.63, 32.27),
]
SP_USE = {  # month -> (electricity kWh, gas kWh)
    (2025, 11): (298, 1388),
    (2025, 12): (331, 1902),
    (2026, 1): (342, 2051),
    (2026, 2): (301, 1611),
    (2026, 3): (288, 1345),
    (2026, 4): (251, 902),
    (2026, 5): (236, 574),
    (2026, 6): (219, 371),
    (2026, 7): (214, 322),
    (2026, 8): (222, 347),
    (2026, 9): (238, 629),
    (2026, 10): (279, 1198),
}


def _rates(d: date) -> tuple:
    cur = SP_RATES[0]
    for r in SP_RATES:
        if r[0] <= d:
            cur = r
    return cur


def sp_bill(y: int, m: int) -> dict:
    start = date(y, m, 1)
    end = date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
    days = (end - start).days + 1
    _, eu, es, gu, gs = _rates(start)
    ek, gk = SP_USE[(y, m)]
    e = round(ek * eu / 100 + days * es / 100, 2)
    g = round(gk * gu / 100 + days * gs / 100, 2)
    vat = round((e + g) * 0.05, 2)
    return dict(
        start=start,
        end=end,
        days=days,
        ek=ek,
        gk=gk,
        eu=eu,
        es=es,
        gu=gu,
        gs=gs,
        e=e,
        g=g,
        vat=vat,
        total=round(e + g + vat, 2),
    )


def scottish_power() -> None:
    balance = 74.18  # in credit at the start of November 2025
    months = [(2025, 11), (2025, 12)] + [(2026, m) for m in range(1, 11)]
    statements = {
        (2025, 11): date(2025, 12, 5),
        (2026, 1): date(2026, 2, 5),
        (2026, 3): date(2026, 4, 7),
        (2026, 6): date(2026, 7, 6),
        (2026, 8): date(2026, 9, 4),
        (2026, 10): date(2026, 11, 5),
    }
    year_e = year_g = year_cost = 0.0
    for y, m in months:
        b = sp_bill(y, m)
        dd = 148.00
        opening = balance
        balance = round(balance - b["total"] + dd, 2)
        if (y, m) >= (2025, 10) and (y, m) <= (2026, 9):
            year_e += b["ek"]
            year_g += b["gk"]
            year_cost += b["total"]
        if (y, m) not in statements:
            continue
        sent = statements[(y, m)]
        next_dd = date(sent.year, sent.month, 18)
        amount_next = 162.00 if sent >= date(2026, 10, 21) else 148.00

        def bal(v: float) -> str:
            return f"{money(abs(v))} {'in credit' if v >= 0 else 'in debit'}"

        rows = [
            ("Account number", SP_ACC),
            ("Statement date", longdate(sent)),
            ("Billing period", f"{longdate(b['start'])} to {longdate(b['end'])}"),
            ("Opening balance", bal(opening)),
            (f"Electricity ({b['ek']} kWh)", money(b["e"])),
            (f"Gas ({b['gk']:,} kWh)", money(b["g"])),
            ("VAT at 5%", money(b["vat"])),
            ("Total charges this period", money(b["total"])),
            (f"Direct Debit received {shortdate(date(y, m, 18))}", money(dd)),
            ("Closing balance", bal(balance)),
        ]
        text = f"""Your latest ScottishPower bill is ready

Hello Moira,

Your bill for your Dual Fuel account is now ready to view in your online account.

{kv_text(rows, 34)}

Your next Direct Debit of {money(amount_next)} will be collected on or around {longdate(next_dd)}.

Electricity unit rate {b["eu"]:.2f}p per kWh, standing charge {b["es"]:.2f}p per day.
Gas unit rate {b["gu"]:.2f}p per kWh, standing charge {b["gs"]:.2f}p per day. Prices exclude VAT.

View your bill: https://www.scottishpower.co.uk/my-account/bills

Thanks,
ScottishPower

ScottishPower Energy Retail Limited. Registered Office: 320 St Vincent Street, Glasgow G2 5AD.
Registered in Scotland No. SC190287. Please do not reply to this email, the mailbox is not monitored.
"""
        inner = (
            '<p style="font-size:20px;color:#2e8540;margin:0 0 12px 0"><b>Your bill is ready</b></p>'
            "<p>Hello Moira,</p><p>Your bill for your Dual Fuel account is now ready to view.</p>"
            + html_table(rows, border="#cfe3d2")
            + f"<p>Your next Direct Debit of <b>{money(amount_next)}</b> will be collected on or around "
            f"<b>{longdate(next_dd)}</b>.</p>"
            + f'<p style="font-size:12px;color:#666">Electricity unit rate {b["eu"]:.2f}p per kWh, standing '
            f"charge {b['es']:.2f}p per day. Gas unit rate {b['gu']:.2f}p per kWh, standing charge "
            f"{b['gs']:.2f}p per day. Prices exclude VAT.</p>"
            + button("View my bill", "https://www.scottishpower.co.uk/my-account/bills", "#2e8540")
        )
        foot = (
            "ScottishPower Energy Retail Limited. Registered Office: 320 St Vincent Street, Glasgow G2 5AD. "
            "Registered in Scotland No. SC190287. Please do not reply to this email."
        )
        add(
            stamp(sent, 6, RNG.randint(0, 50)),
            SP_FROM,
            "Your ScottishPower bill is ready",
            text=text,
            html=html_page(
                "ScottishPower", "#2e8540", inner, foot, preheader="Your latest bill is ready to view"
            ),
            labels=[SPOWER],
            slug="scottishpower-bill",
        )
    # annual statement and Direct Debit review
    proj = round(162.00 * 12 + balance - 2.13, 2)
    text = f"""Your annual statement

Hello Moira,

Here's a summary of the energy you've used over the last 12 months at 6 Greenbank Rise.

Account number:             {SP_ACC}
Period:                     1 October 2025 to 30 September 2026
Electricity used:           {int(year_e + 291):,} kWh
Gas used:                   {int(year_g + 812):,} kWh
Total cost for the period:  {money(year_cost + 151.06)} (including VAT)
Your tariff:                Standard Variable (Direct Debit), no exit fees

Estimated cost for the next 12 months: {money(proj)}

Is this the cheapest tariff for you? Based on your usage, our cheapest tariff is Standard
Variable (Direct Debit) - you're already on it.

We'll review your Direct Debit shortly to make sure it covers your usage.

ScottishPower Energy Retail Limited. Registered in Scotland No. SC190287.
"""
    add(
        stamp(date(2026, 10, 8), 7, 15),
        SP_FROM,
        "Your ScottishPower annual statement",
        text=text,
        labels=[SPOWER],
        slug="scottishpower-annual",
    )
    rows = [
        ("Your current Direct Debit", "£148.00 a month"),
        ("Your new Direct Debit", "£162.00 a month"),
        ("First payment at the new amount", "18 November 2026"),
        ("Account number", SP_ACC),
    ]
    text = f"""We've reviewed your Direct Debit

Hello Moira,

We review Direct Debits regularly to make sure they cover the energy you use, so you don't
build up a large debt or credit on your account.

{kv_text(rows, 34)}

Why has it changed? Your energy use over the past year was a little higher than we expected,
and your balance is now {money(abs(balance))} {"in credit" if balance >= 0 else "in debit"}.

You don't need to do anything. Your Direct Debit will be collected on or around the 18th of
each month. If you'd like to change the amount, you can do so in your online account.

ScottishPower

Advance notice: this email is your advance notice of a change to your Direct Debit under the
Direct Debit Guarantee.
"""
    inner = (
        paras_html(
            "Hello Moira,\n\nWe review Direct Debits regularly to make sure they cover the energy you use."
        )
        + html_table(rows, border="#cfe3d2", bold_last=False)
        + paras_html(
            "You don't need to do anything. Your Direct Debit will be collected on or around the "
            "18th of each month.\n\nAdvance notice: this email is your advance notice of a change "
            "to your Direct Debit under the Direct Debit Guarantee."
        )
    )
    add(
        stamp(date(2026, 10, 21), 11, 2),
        SP_FROM,
        "Your Direct Debit is changing",
        text=text,
        html=html_page(
            "ScottishPower",
            "#2e8540",
            inner,
            "ScottishPower Energy Retail Limited. Registered in Scotland No. SC190287.",
        ),
        labels=[SPOWER],
        slug="scottishpower-dd-review",
    )


# ----------------------------------------------------------------------------- BT
BT_FROM = ("BT", "bt@emails.bt.com")
BT_ACC = "GP40318876"
BT_FOOT = (
    "British Telecommunications plc, Registered office: One Braham, Braham Street, London E1 8EE. "
    "Registered in England No. 1800000. This email was sent to moira.drummond@btinternet.com. "
    "Please don't reply to this email - we can't read replies. "
    '<a href="https://www.bt.com/unsubscribe">Email preferences</a>'
)


def bt() -> None:
    bills = [  # bill date, lines
        (date(2025, 12, 3), [("BT Broadband & Home Phone (Unlimited Anytime Calls)", 55.99)]),
        (date(2026, 2, 3), [("BT Broadband & Home Phone (Unlimited Anytime Calls)", 55.99)]),
        (date(2026, 4, 3), [("BT Broadband & Home Phone (Unlimited Anytime Calls)", 59.99)]),
        (date(2026, 5, 5), [("BT Broadband & Home Phone (Unlimited Anytime Calls)", 59.99)]),
        (
            date(2026, 6, 3),
            [
                ("BT Broadband & Home Phone (Unlimited Anytime Calls)", 59.99),
                ("Calls outside your package (3 calls to Spain)", 3.42),
            ],
        ),
        (
            date(2026, 9, 3),
            [
                ("Full Fibre 150 & Home Phone, 3 Sep - 2 Oct", 47.99),
                ("Adjustment for changes to your package, 22 Aug - 2 Sep", 2.17),
                ("Calls outside your package", 1.17),
            ],
        ),
        (date(2026, 10, 5), [("Full Fibre 150 & Home Phone, 3 Oct - 2 Nov", 47.99)]),
        (date(2026, 11, 3), [("Full Fibre 150 & Home Phone, 3 Nov - 2 Dec", 47.99)]),
    ]
    for i, (d, lines) in enumerate(bills):
        total = round(sum(v for _, v in lines), 2)
        dd = date(d.year, d.month, 17)
        rows = [(k, money(v)) for k, v in lines] + [("Total (including VAT)", money(total))]
        hdr = [("Account number", BT_ACC), ("Bill date", longdate(d)), ("Phone number", "0131 447 2193")]
        text = f"""Your BT bill is ready

Hi Moira,

Your latest bill is ready to view in My BT.

{kv_text(hdr, 20)}

{kv_text(rows, 56)}

We'll take {money(total)} by Direct Debit on or just after {longdate(dd)}.
You don't need to do anything.

See your bill in full: https://www.bt.com/mybt/bills

Thanks,
BT

British Telecommunications plc, One Braham, Braham Street, London E1 8EE. Registered in England No. 1800000.
"""
        inner = (
            '<p style="font-size:24px;color:#5514b4;margin:0 0 10px 0"><b>Your bill is ready</b></p>'
            "<p>Hi Moira,</p><p>Your latest bill is ready to view in My BT.</p>"
            + html_table(hdr, border="#e0d4f5")
            + '<p style="font-size:36px;color:#5514b4;margin:18px 0 4px 0"><b>'
            + money(total)
            + "</b></p>"
            + f"<p>We'll take this by Direct Debit on or just after <b>{longdate(dd)}</b>. "
            "You don't need to do anything.</p>"
            + html_table(rows, border="#e0d4f5", bold_last=True)
            + "<p></p>"
            + button("View my bill", "https://www.bt.com/mybt/bills", "#5514b4")
        )
        subj = "Your BT bill is ready" if i % 3 else f"Your BT bill for {d:%B} is ready to view"
        add(
            stamp(d, 5, RNG.randint(0, 59)),
            BT_FROM,
            subj,
            text=text,
            html=html_page(
                "BT", "#5514b4", inner, BT_FOOT, preheader=f"Your bill of {money(total)} is ready"
            ),
            labels=[BT],
            slug="bt-bill",
        )
    # annual price rise notice (January)
    text = f"""Important information about your prices

Account number: {BT_ACC}

Hi Moira,

Every year on 31 March, the price of your BT services goes up by a set amount in pounds and
pence, as set out in your contract. This year it will go up by £4.00 a month.

What's changing?
  Your BT Broadband & Home Phone         £55.99 a month now
  From 31 March 2026                     £59.99 a month

You'll see the new price on your April bill. If you've recently joined or changed your
package, your order confirmation shows your price.

We keep investing in our network, so you get faster, more reliable broadband and the UK's
best customer service.

Thanks,
BT
"""
    add(
        stamp(date(2026, 1, 20), 10, 30),
        BT_FROM,
        "Your BT prices are changing on 31 March",
        text=text,
        html=html_page("BT", "#5514b4", paras_html(text), BT_FOOT),
        labels=[BT],
        slug="bt-price-change",
    )
    # re-contract in August
    order = "BT" + digits(8)
    rows = [
        ("Order number", order),
        ("Your new package", "Full Fibre 150 & Home Phone (Unlimited Anytime Calls)"),
        ("Contract length", "24 months"),
        ("Your new monthly price", "£47.99"),
        ("Set-up fee", "£0.00"),
        ("Activation date", "Saturday 22 August 2026"),
        ("Engineer visit", "Saturday 22 August 2026, 8am - 1pm"),
    ]
    text = f"""Thanks for your order

Hi Moira,

Thanks for choosing BT Full Fibre. Here are your order details.

{kv_text(rows, 26)}

Your new price of £47.99 a month will show from your September bill. Each year on 31 March
your monthly price will go up by £4.00. The next rise is on 31 March 2027.

Your new contract replaces your existing BT Broadband & Home Phone contract. Your phone
number (0131 447 2193) stays the same.

Right to cancel: you can cancel within 14 days of your order without paying a fee.

BT
"""
    add(
        stamp(date(2026, 8, 11), 14, 20),
        ("BT", "orders@emails.bt.com"),
        f"Your BT order {order} is confirmed",
        text=text,
        html=html_page(
            "BT",
            "#5514b4",
            paras_html("Hi Moira,\n\nThanks for choosing BT Full Fibre. Here are your order details.")
            + html_table(rows, border="#e0d4f5")
            + paras_html(text.split("\n\n", 4)[4]),
            BT_FOOT,
        ),
        labels=[BT],
        slug="bt-order",
    )


# ----------------------------------------------------------------------------- giffgaff
GG_FROM = ("giffgaff", "hello@email.giffgaff.com")


def giffgaff() -> None:
    foot = (
        "giffgaff Limited, 260 Bath Road, Slough, Berkshire SL1 4DX. Registered in England No. 6009183. "
        '<a href="https://www.giffgaff.com/profile/preferences">Update your preferences</a>'
    )
    renews = [date(2025, 12, 12), date(2026, 2, 12), date(2026, 4, 12), date(2026, 8, 14), date(2026, 11, 14)]
    for d in renews:
        nxt = date(d.year + (d.month == 12), d.month % 12 + 1, d.day)
        card = "4417" if d < date(2026, 5, 1) else "8820"
        text = f"""Your plan has renewed

Hey Moira,

Good news - your £10 plan has renewed, so you're all set for another month.

  Plan:          £10 - 30GB data, unlimited minutes and texts
  Paid:          £10.00 with your Visa Debit card ending {card}
  Renewed on:    {longdate(d)}
  Next renewal:  {longdate(nxt)}
  Mobile number: 07700 918 362

You can change your plan for next month at any time before it renews.

The giffgaff crew
"""
        inner = (
            '<p style="font-size:22px"><b>Your plan has renewed</b></p><p>Hey Moira,</p>'
            "<p>Good news - your £10 plan has renewed, so you're all set for another month.</p>"
            + html_table(
                [
                    ("Plan", "£10 - 30GB data, unlimited minutes and texts"),
                    ("Paid", f"£10.00 (Visa Debit ending {card})"),
                    ("Renewed on", longdate(d)),
                    ("Next renewal", longdate(nxt)),
                    ("Mobile number", "07700 918 362"),
                ]
            )
        )
        add(
            stamp(d, 2, RNG.randint(0, 59)),
            GG_FROM,
            "Your giffgaff plan has renewed",
            text=text,
            html=html_page("giffgaff", "#111111", inner, foot),
            labels=[GIFF],
            slug="giffgaff-renewed",
        )
    text = """We couldn't renew your plan

Hey Moira,

We tried to renew your £10 plan today but the payment didn't go through. It looks like the
card we have for you (Visa Debit ending 4417) has expired.

Your plan has now ended, but your number is safe. You can still receive calls and texts.

To get back up and running, add your new card details and buy your plan again in your
account: https://www.giffgaff.com/dashboard

The giffgaff crew
"""
    add(
        stamp(date(2026, 5, 12), 2, 5),
        GG_FROM,
        "Action needed: we couldn't renew your plan",
        text=text,
        html=html_page("giffgaff", "#111111", paras_html(text), foot),
        labels=[GIFF],
        slug="giffgaff-failed",
    )
    text = """Thanks for buying your plan

Hey Moira,

Your £10 plan is up and running.

  Plan:          £10 - 30GB data, unlimited minutes and texts
  Paid:          £10.00 with your Visa Debit card ending 8820
  Start date:    14 May 2026
  Renews on:     14 June 2026 (and the 14th of every month)

Your plan will keep renewing automatically with this card until you cancel it.

The giffgaff crew
"""
    add(
        stamp(date(2026, 5, 14), 19, 12),
        GG_FROM,
        "You've bought your giffgaff plan",
        text=text,
        html=html_page("giffgaff", "#111111", paras_html(text), foot),
        labels=[GIFF],
        slug="giffgaff-bought",
    )


# ----------------------------------------------------------------------------- forwarding
def gmail_date(dt: datetime) -> str:
    return f"{dt:%a}, {dt.day} {dt:%b %Y} at {dt:%H:%M}"


def forward(
    when: datetime,
    by: tuple[str, str],
    note: str,
    orig_from: tuple[str, str],
    orig_when: datetime,
    orig_subject: str,
    orig_to: tuple[str, str],
    orig_text: str,
    *,
    style: str = "gmail",
    labels: list[str] | None = None,
    to: list[tuple[str, str]] | None = None,
    slug: str = "",
) -> None:
    if style == "gmail":
        head = (
            f"---------- Forwarded message ---------\nFrom: {orig_from[0]} <{orig_from[1]}>\n"
            f"Date: {gmail_date(orig_when)}\nSubject: {orig_subject}\nTo: <{orig_to[1]}>\n"
        )
        text = f"{note.strip()}\n\n{head}\n\n{orig_text.strip()}\n"
        html = (
            '<div dir="ltr">'
            + "".join(f"<div>{esc(ln) or '<br>'}</div>" for ln in note.strip().split("\n"))
            + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message '
            f'---------<br>From: <strong class="gmail_sendername" dir="auto">{esc(orig_from[0])}</strong> '
            f'<span dir="auto">&lt;{esc(orig_from[1])}&gt;</span><br>Date: {esc(gmail_date(orig_when))}<br>'
            f"Subject: {esc(orig_subject)}<br>To: &lt;{esc(orig_to[1])}&gt;<br></div><br><br>"
            + paras_html(orig_text)
            + "</div></div>"
        )
        add(when, by, f"Fwd: {orig_subject}", text=text, html=html, labels=labels, to=to, slug=slug or "fwd")
    else:  # BT Email web client
        head = (
            f"-------- Original Message --------\nFrom: {orig_from[0]} <{orig_from[1]}>\n"
            f"To: {orig_to[0]} <{orig_to[1]}>\nSent: {format_datetime(orig_when)}\nSubject: {orig_subject}\n"
        )
        text = f"{note.strip()}\n\n{head}\n{orig_text.strip()}\n"
        add(when, by, f"Fw: {orig_subject}", text=text, labels=labels, to=to, slug=slug or "fwd", cte="8bit")


# ----------------------------------------------------------------------------- insurance
JLHI = truth(
    "John Lewis Home Insurance",
    ["John Lewis Finance Home Insurance", "John Lewis Finance", "JL Home Insurance"],
    "421.73",
    "yearly",
    "active",
    "2027-03-18",
    "bill",
)
DLINE = truth(
    "Direct Line Car Insurance",
    ["Direct Line", "Direct Line Insurance", "Direct Line motor insurance"],
    "689.45",
    "yearly",
    "cancelled",
    None,
    "bill",
)
SAGA = truth(
    "Saga Car Insurance",
    ["Saga Motor Insurance", "Saga Services", "Saga car insurance (Premium Credit)"],
    "46.87",
    "monthly",
    "active",
    "2026-12-19",
    "bill",
)
RAC = truth(
    "RAC Breakdown Cover",
    ["RAC", "RAC Membership", "RAC Breakdown"],
    "139.00",
    "yearly",
    "active",
    "2027-05-03",
    "bill",
)


def insurance() -> None:
    jl_from = ("John Lewis Home Insurance", "homeinsurance@email.johnlewisfinance.com")
    pol = "JLH" + digits(8)
    foot = (
        "John Lewis Home Insurance is arranged and administered by John Lewis plc and underwritten by "
        "Covea Insurance plc. John Lewis plc is an appointed representative of Covea Insurance plc, which is "
        "authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority "
        "and the Prudential Regulation Authority. Registered office: 1 Drummond Gate, Pimlico, London SW1V 2QQ."
    )
    rows = [
        ("Policy number", pol),
        ("Cover", "Buildings and Contents"),
        ("Renewal date", "18 March 2026"),
        ("Last year's premium", "£389.16"),
        ("This year's premium", "£421.73"),
        ("Includes Insurance Premium Tax (IPT) at 12%", "£45.19"),
    ]
    text = f"""Your home insurance renewal

Dear Mrs Drummond

Thank you for insuring your home with us. Your policy is due for renewal and your renewal
documents are ready in your online account.

{kv_text(rows, 46)}

Your policy will renew automatically on 18 March 2026. We'll take £421.73 from your Visa card
ending 4417 on that date, so you don't need to do anything.

Please check your renewal documents carefully to make sure your cover still meets your needs
and that the information we hold about you is correct. We encourage you to shop around.

If you don't want to renew, please call us on 0330 102 2393 before your renewal date.

Kind regards

John Lewis Home Insurance

{foot}
"""
    inner = paras_html(
        "Dear Mrs Drummond\n\nThank you for insuring your home with us. Your policy is due for "
        "renewal and your renewal documents are ready in your online account."
    )
    inner += html_table(rows, border="#d8d8d8")
    inner += paras_html(
        "Your policy will renew automatically on 18 March 2026. We'll take £421.73 from your Visa "
        "card ending 4417 on that date, so you don't need to do anything.\n\nPlease check your "
        "renewal documents carefully. We encourage you to shop around.\n\nIf you don't want to "
        "renew, please call us on 0330 102 2393 before your renewal date."
    )
    add(
        stamp(date(2026, 2, 16), 9, 5),
        jl_from,
        f"Your John Lewis Home Insurance renewal - policy {pol}",
        text=text,
        html=html_page(
            "John Lewis Home Insurance",
            "#222222",
            inner,
            esc(foot),
            font="Georgia, 'Times New Roman', serif",
            logo_text="JOHN LEWIS",
        ),
        labels=[JLHI],
        slug="jl-home-insurance-renewal",
    )
    text = f"""Your policy has renewed

Dear Mrs Drummond

Your John Lewis Home Insurance policy {pol} has renewed today. Thank you for staying with us.

Period of cover:   18 March 2026 to 17 March 2027
Premium paid:      £421.73 (including IPT), Visa card ending 4417
Cover:             Buildings and Contents, Home Emergency cover not included

Your policy schedule and certificate are attached to your online account.

Kind regards
John Lewis Home Insurance

{foot}
"""
    add(
        stamp(date(2026, 3, 18), 6, 30),
        jl_from,
        "Your John Lewis Home Insurance has renewed",
        text=text,
        html=html_page(
            "John Lewis Home Insurance",
            "#222222",
            paras_html(text),
            esc(foot),
            font="Georgia, 'Times New Roman', serif",
            logo_text="JOHN LEWIS",
        ),
        labels=[JLHI],
        slug="jl-home-insurance-renewed",
    )

    # Direct Line: renewal invitation with a big increase, then the renewal cancelled
    dl_from = ("Direct Line", "noreply@directline.com")
    dpol = "6" + digits(9)
    foot = (
        "Direct Line car insurance is provided by U K Insurance Limited. Registered office: The Wharf, "
        "Neville Street, Leeds LS1 4AZ. Registered in England and Wales No. 1179980. U K Insurance Limited "
        "is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct "
        "Authority and the Prudential Regulation Authority."
    )
    rows = [
        ("Policy number", dpol),
        ("Car", "Skoda Octavia Estate SE L, SN19 KXD"),
        ("Renewal date", "19 August 2026"),
        ("Last year's premium", "£498.20"),
        ("Your renewal premium", "£689.45"),
        ("Payment", "Annually, Visa card ending 4417"),
    ]
    text = f"""Your car insurance renewal is ready

Dear Mrs Drummond,

It's nearly time to renew your Direct Line car insurance. Here's a summary of your renewal.

{kv_text(rows, 24)}

Your premium includes Insurance Premium Tax at the current rate.

We'll automatically renew your policy on 19 August 2026 so you're not left without cover.
The card we hold for you appears to have expired - please call us or log in to My Account to
update your payment details before your renewal date.

Why has my premium gone up? The cost of repairing cars and of claims has risen across the
industry. Your no claims discount (9+ years) is protected.

Don't want to renew? Call us on 0345 246 8704 or manage your policy online.

Direct Line

{foot}
"""
    add(
        stamp(date(2026, 7, 22), 10, 14),
        dl_from,
        "Your Direct Line car insurance renewal",
        text=text,
        html=html_page(
            "Direct Line",
            "#e30613",
            paras_html("Dear Mrs Drummond,\n\nIt's nearly time to renew your Direct Line car insurance.")
            + html_table(rows)
            + paras_html(text.split("\n\n", 4)[4].split("Direct Line\n\n")[0]),
            esc(foot),
        ),
        labels=[DLINE],
        slug="direct-line-renewal",
    )
    text = f"""We've cancelled your renewal

Dear Mrs Drummond,

As you asked on the phone today, we've cancelled the automatic renewal of your car insurance.

Policy number:   {dpol}
Car:             Skoda Octavia Estate SE L, SN19 KXD
Cover ends:      23:59 on 18 August 2026

You won't be charged for the renewal. Please make sure you have other insurance in place from
19 August 2026 - it's illegal to drive without insurance.

Your no claims discount proof will be sent to you after your policy ends.

We're sorry to see you go.

Direct Line

{foot}
"""
    add(
        stamp(date(2026, 8, 6), 15, 48),
        dl_from,
        "Confirmation: your car insurance won't renew",
        text=text,
        labels=[DLINE],
        slug="direct-line-cancel",
    )

    # Saga car insurance, paid monthly through a credit agreement
    saga_from = ("Saga Car Insurance", "documents@saga.co.uk")
    spol = "SMC" + digits(7)
    foot = (
        "Saga Car Insurance is arranged and administered by Saga Services Limited. Saga Services Limited is "
        "authorised and regulated by the Financial Conduct Authority. Registered office: Enbrook Park, "
        "Sandgate, Folkestone, Kent CT20 3SE. Registered in England and Wales No. 732623."
    )
    rows = [
        ("Policy number", spol),
        ("Cover", "Comprehensive"),
        ("Car", "Skoda Octavia Estate SE L, SN19 KXD"),
        ("Drivers", "Mrs Moira Drummond, Mr Alasdair Drummond"),
        ("Start date", "19 August 2026"),
        ("Annual premium (incl. IPT)", "£512.40"),
        ("Payment", "12 monthly instalments of £46.87 by Direct Debit"),
        ("Total amount payable", "£562.44 (APR 18.9% representative)"),
    ]
    text = f"""Welcome to Saga Car Insurance

Dear Mrs Drummond,

Thank you for choosing Saga. Your car insurance documents are ready to view in My Saga.

{kv_text(rows, 28)}

You've chosen to pay monthly. Your credit agreement is with Premium Credit Limited, who will
write to you separately with your payment schedule. Your first instalment of £46.87 will be
collected on or shortly after 19 August 2026 and then on the 19th of each month.

Your certificate of motor insurance is attached to your account. Please read your policy
booklet and check your details are correct.

Yours sincerely,

Saga Car Insurance

{foot}
"""
    add(
        stamp(date(2026, 8, 5), 16, 22),
        saga_from,
        f"Welcome to Saga Car Insurance - your documents ({spol})",
        text=text,
        html=html_page(
            "Saga",
            "#003b5c",
            paras_html(
                "Dear Mrs Drummond,\n\nThank you for choosing "
                "Saga. Your car insurance documents are ready to view in My Saga."
            )
            + html_table(rows)
            + paras_html(text.split("\n\n", 4)[4].split("Yours")[0]),
            esc(foot),
            logo_text="SAGA",
        ),
        labels=[SAGA],
        slug="saga-welcome",
    )
    pc_from = ("Premium Credit", "customerservices@premiumcredit.co.uk")
    agr = "PCL" + digits(9)
    sched = "\n".join(
        f"  {shortdate(date(2026 + (m > 12), (m - 1) % 12 + 1, 19))}   £46.87" for m in range(8, 20)
    )
    text = f"""Dear Mrs Drummond

Your agreement number: {agr}
Insurance: Saga Car Insurance, policy {spol}

Thank you for choosing to pay for your insurance by monthly instalments. Your credit agreement
is now in place.

Amount of credit:         £512.40
Interest:                 £50.04
Total amount payable:     £562.44
Number of instalments:    12
Instalment amount:        £46.87
APR:                      18.9%

Advance notice of your Direct Debit collections. Premium Credit Limited will collect the
following amounts from your account ending 62 under the Direct Debit Guarantee:

{sched}

Payments will appear on your bank statement as PREMIUM CREDIT. If a collection date falls on a
weekend or bank holiday, your payment will be taken on the next working day.

Premium Credit Limited, Ermyn House, Ermyn Way, Leatherhead, Surrey KT22 8UX. Registered in England
and Wales No. 02015441. Authorised and regulated by the Financial Conduct Authority.
"""
    add(
        stamp(date(2026, 8, 8), 8, 1),
        pc_from,
        f"Your Premium Credit agreement {agr} and payment schedule",
        text=text,
        cte="base64",
        labels=[SAGA],
        slug="premium-credit-schedule",
    )

    # RAC: Alasdair's cover (joint), forwarded by him; then the renewal confirmation
    rac_from = ("RAC", "renewals@email.rac.co.uk")
    mem = "RAC" + digits(8)
    orig = f"""Dear Mr Drummond,

Your RAC Breakdown Cover is due for renewal

Membership number: {mem}
Cover: Roadside, At Home, National Recovery (joint cover for 2 people)
Renewal date: 3 May 2026

Last year's price: £118.50
This year's price: £139.00

Your cover will renew automatically, so you don't need to do anything. We'll collect £139.00
by Direct Debit on or just after 3 May 2026.

We've included Insurance Premium Tax at the current rate. RAC Breakdown Cover is provided by
RAC Insurance Limited and RAC Motoring Services.

Kind regards,
The RAC team"""
    ow = stamp(date(2026, 4, 8), 9, 10)
    forward(
        stamp(date(2026, 4, 9), 20, 40),
        ALASDAIR,
        "Moira - RAC renewal for the file. Gone up again but the AA wanted more. Leaving it to renew.\nA.",
        rac_from,
        ow,
        "Your RAC Breakdown Cover renewal",
        ALASDAIR,
        orig,
        style="bt",
        labels=[RAC],
        slug="fwd-rac",
    )
    text = f"""Hello Mrs Drummond,

Good news - your RAC Breakdown Cover has renewed and you're covered for another year.

Membership number:  {mem}
Cover:              Roadside, At Home, National Recovery
Covered from:       3 May 2026 to 2 May 2027
Price:              £139.00 (collected by Direct Debit)

Save our number: 0330 159 0337. Or use the myRAC app to get help fast.

The RAC team

RAC Motoring Services (Registered No. 01424399) and RAC Insurance Limited (Registered No. 02355834).
Registered in England; Registered Offices: Great Park Road, Bradley Stoke, Bristol BS32 4QN.
"""
    add(
        stamp(date(2026, 5, 3), 7, 11),
        ("RAC", "noreply@email.rac.co.uk"),
        "You're covered for another year",
        text=text,
        html=html_page(
            "RAC",
            "#f95108",
            paras_html(text),
            "RAC Motoring Services and RAC Insurance "
            "Limited. Great Park Road, Bradley Stoke, Bristol BS32 4QN.",
        ),
        labels=[RAC],
        slug="rac-renewed",
    )


# ----------------------------------------------------------------------------- memberships and post
NTS = truth(
    "National Trust for Scotland",
    ["NTS", "The National Trust for Scotland", "National Trust for Scotland membership"],
    "96.00",
    "yearly",
    "active",
    "2027-06-01",
    "subscription",
)
RSPB = truth(
    "RSPB",
    ["Royal Society for the Protection of Birds", "RSPB membership", "The RSPB"],
    "8.00",
    "monthly",
    "active",
    "2026-12-01",
    "subscription",
)
PFRIEND = truth(
    "The People's Friend",
    ["People's Friend", "DC Thomson", "The People's Friend subscription"],
    "42.25",
    "quarterly",
    "active",
    "2027-01-06",
    "subscription",
)


def memberships() -> None:
    nts_from = ("National Trust for Scotland", "membership@nts.org.uk")
    nts_foot = (
        "The National Trust for Scotland, Hermiston Quay, 5 Cultins Road, Edinburgh EH11 4DF. "
        "The National Trust for Scotland is a charity registered in Scotland, Charity Number SC007410. "
        '<a href="https://www.nts.org.uk/preferences">Manage your email preferences</a>'
    )
    memno = "1" + digits(7)
    add(
        stamp(date(2026, 3, 12), 11, 0),
        ("National Trust for Scotland", "supporters@nts.org.uk"),
        "Moira, will you help protect Glencoe this spring?",
        html=html_page(
            "National Trust for Scotland",
            "#00573f",
            paras_html(
                "Dear Moira,\n\nEvery year more than a million people visit Glencoe, and our rangers repair miles of "
                "path worn by boots and weather.\n\nA gift of £25 could pay for a metre of repaired upland path. "
                "Will you give today?"
            )
            + button("Donate now", "https://www.nts.org.uk/donate/glencoe", "#00573f")
            + paras_html("Thank you for being a member and for all you do for Scotland's heritage."),
            nts_foot,
        ),
        cte="quoted-printable",
        headers={"List-Unsubscribe": "<mailto:unsubscribe@nts.org.uk>"},
        slug="nts-appeal",
    )
    text = f"""Dear Mrs Drummond

Thank you so much for your donation of £25.00 to our Glencoe path appeal, received on
14 March 2026. Your support really does make a difference.

Donation reference: D{digits(8)}
Gift Aid: Yes - thank you, this adds 25p to every £1 you give at no cost to you.

With best wishes
Supporter Care, National Trust for Scotland
"""
    add(
        stamp(date(2026, 3, 16), 10, 2),
        ("National Trust for Scotland", "supporters@nts.org.uk"),
        "Thank you for your donation",
        text=text,
        cte="quoted-printable",
        slug="nts-donation",
    )
    rows = [
        ("Membership number", memno),
        ("Membership type", "Joint Senior"),
        ("Renewal date", "1 June 2026"),
        ("Annual Direct Debit", "£96.00 (previously £90.00)"),
        ("Collected", "On or shortly after 1 June 2026"),
    ]
    inner = (
        paras_html(
            "Dear Mrs Drummond,\n\nThank you for another year of membership. Your membership "
            "renews soon and we wanted to give you advance notice of your Direct Debit payment."
        )
        + html_table(rows, border="#cfe0da")
        + paras_html(
            "Following our annual review, the price of Joint Senior membership has changed. Your new "
            "payment will appear on your bank statement as NATIONAL TRUST SCOT.\n\nYou don't need "
            "to do anything and your membership will continue uninterrupted. Your new cards will be "
            "posted to you.\n\nWith best wishes,\nMembership Services"
        )
    )
    add(
        stamp(date(2026, 5, 18), 9, 30),
        nts_from,
        "Your membership renewal - advance notice of Direct Debit",
        text="Dear Mrs Drummond,\n\nYour Joint Senior membership (" + memno + ") renews on 1 June 2026.\n"
        "Your annual Direct Debit of £96.00 (previously £90.00) will be collected on or shortly after\n"
        "1 June 2026. It will appear on your statement as NATIONAL TRUST SCOT.\n\n"
        "You don't need to do anything.\n\nWith best wishes,\nMembership Services\n"
        "National Trust for Scotland, charity SC007410\n",
        html=html_page("National Trust for Scotland", "#00573f", inner, nts_foot),
        labels=[NTS],
        slug="nts-renewal",
    )
    add(
        stamp(date(2026, 6, 9), 14, 12),
        nts_from,
        "Your new membership cards are on their way",
        html=html_page(
            "National Trust for Scotland",
            "#00573f",
            paras_html(
                f"Dear Mrs Drummond,\n\nThank you for renewing your Joint Senior membership. Your new cards for "
                f"2026/27 are in the post and should reach you within 10 days.\n\nMembership number: {memno}\n"
                "Valid until: 31 May 2027\n\nThis summer, why not visit the gardens at Inverewe or the House of Dun? "
                "Entry and parking are free for members at over 100 places."
            ),
            nts_foot,
        ),
        labels=[NTS],
        slug="nts-cards",
    )

    # RSPB
    rspb_from = ("RSPB", "supporter.care@rspb.org.uk")
    rspb_foot = (
        "The RSPB is a registered charity in England & Wales 207076, in Scotland SC037654. The Lodge, "
        "Potton Road, Sandy, Bedfordshire SG19 2DL. "
        '<a href="https://www.rspb.org.uk/email-preferences">Unsubscribe or update preferences</a>'
    )
    rno = digits(8)
    add(
        stamp(date(2025, 12, 2), 12, 0),
        ("RSPB Nature's Home", "natureshome@email.rspb.org.uk"),
        "Your winter Nature's Home magazine is on its way",
        html=html_page(
            "RSPB",
            "#1e5a8c",
            paras_html(
                "Dear Moira,\n\nAs a member, your winter issue of Nature's Home is on its way to you. Inside: "
                "waxwings arriving from Scandinavia, how to help garden birds through the cold, and the best winter "
                "walks at RSPB reserves.\n\nMembership number: " + rno
            ),
            rspb_foot,
        ),
        labels=[RSPB],
        slug="rspb-magazine",
    )
    add(
        stamp(date(2026, 1, 8), 17, 30),
        ("RSPB", "news@email.rspb.org.uk"),
        "Big Garden Birdwatch is back: 23-25 January",
        html=html_page(
            "RSPB",
            "#1e5a8c",
            paras_html(
                "Hi Moira,\n\nSpend one hour watching the birds in your garden or local park and tell us what you "
                "see. Last year over 600,000 people took part.\n\nRegister now for your free guide."
            )
            + button("Register", "https://www.rspb.org.uk/birdwatch", "#1e5a8c"),
            rspb_foot,
        ),
        headers={"List-Unsubscribe": "<https://www.rspb.org.uk/email-preferences>"},
        slug="rspb-birdwatch",
    )
    text = f"""Dear Mrs Drummond

Your Direct Debit for RSPB joint membership

Thank you for your continued support. Because of rising costs, we've had to review our membership
rates for the first time in three years. From 1 April 2026 your monthly Direct Debit will change:

Membership number:            {rno}
Membership:                   Joint membership
Current monthly payment:      £7.50
New monthly payment:          £8.00
First payment at new amount:  on or around 1 April 2026

Your payment will continue to be collected on or around the 1st of each month and will appear on
your bank statement as RSPB MEMBERSHIP. You don't need to do anything.

If you would like to discuss your membership, please call Supporter Care on 01767 693680.

With thanks

Supporter Care Team
RSPB

This is your advance notice under the Direct Debit Guarantee.
"""
    add(
        stamp(date(2026, 2, 20), 9, 48),
        rspb_from,
        "Important information about your membership Direct Debit",
        text=text,
        html=html_page("RSPB", "#1e5a8c", paras_html(text), rspb_foot),
        labels=[RSPB],
        slug="rspb-dd-change",
    )
    ordno = "RS" + digits(7)
    rows = [
        ("Seed feeder, 4 port", "£19.99"),
        ("Premium sunflower hearts 2kg", "£14.99"),
        ("Nyjer seed 1kg", "£7.99"),
        ("Delivery", "£0.00"),
        ("Order total (including VAT)", "£42.97"),
    ]
    add(
        stamp(date(2026, 10, 12), 15, 20),
        ("RSPB Shop", "shop@rspbshop.co.uk"),
        f"RSPB Shop order {ordno} confirmed",
        html=html_page(
            "RSPB Shop",
            "#1e5a8c",
            paras_html(
                f"Hi Moira,\n\nThanks for your order {ordno}. Every purchase helps give nature a home."
            )
            + html_table(rows, bold_last=True)
            + paras_html("Estimated delivery: 15 - 17 October 2026 by Royal Mail."),
            rspb_foot,
        ),
        slug="rspb-shop",
    )

    # The People's Friend, DC Thomson
    dct = ("DC Thomson Subscriptions", "subscriptions@dcthomson.co.uk")
    sub = "PF" + digits(6)
    dct_foot = (
        "DC Thomson & Co Ltd, Courier Buildings, 2 Albert Square, Dundee DD1 1DD. Registered in Scotland "
        "SC5830. Subscriptions: 0800 318 846."
    )
    text = f"""Dear Mrs Drummond

Your subscription to The People's Friend
Subscriber number: {sub}

Thank you for being a loyal reader of The People's Friend. We are writing to let you know that,
owing to increases in the cost of paper, printing and postage, the price of your quarterly
Direct Debit will change from your next payment.

  Current quarterly payment:   £39.00 (13 issues)
  New quarterly payment:       £42.25 (13 issues)
  Date of next payment:        6 January 2026

Your magazine will continue to be delivered to your door every week, and you still save on the
shop price. Payments will continue to be collected quarterly on or around 6 January, 6 April,
6 July and 6 October.

If you have any questions please call us on 0800 318 846 (Monday to Friday, 8am to 6pm).

Yours sincerely

Reader Services
The People's Friend

{dct_foot}
"""
    add(
        stamp(date(2025, 12, 3), 10, 16),
        dct,
        "Your People's Friend subscription - price change",
        text=text,
        charset="utf-8",
        cte="8bit",
        labels=[PFRIEND],
        slug="peoples-friend-price",
    )
    ord2 = "DCT" + digits(7)
    add(
        stamp(date(2026, 8, 27), 13, 41),
        ("DC Thomson Shop", "shop@dcthomsonshop.co.uk"),
        f"Order confirmation {ord2}",
        html=html_page(
            "DC Thomson Shop",
            "#7a1e48",
            paras_html(
                f"Dear Moira,\n\nThank you for your order {ord2}. Your items will be posted when published."
            )
            + html_table(
                [
                    ("The People's Friend Annual 2027 x 2", "£19.98"),
                    ("The Broons & Oor Wullie Calendar 2027", "£8.99"),
                    ("P&P", "£3.50"),
                    ("Total", "£32.47"),
                ],
                bold_last=True,
            ),
            dct_foot,
        ),
        slug="dc-thomson-shop",
    )
    text = f"""Dear Mrs Drummond

Subscriber number: {sub}

This is a reminder that your next quarterly Direct Debit payment of £42.25 for The People's
Friend will be collected on or shortly after 6 October 2026. It will appear on your bank
statement as DC THOMSON SUBS.

You don't need to do anything.

Reader Services
The People's Friend

{dct_foot}
"""
    add(
        stamp(date(2026, 9, 24), 9, 0),
        dct,
        "Your People's Friend Direct Debit - advance notice",
        text=text,
        cte="8bit",
        labels=[PFRIEND],
        slug="peoples-friend-dd",
    )


# ----------------------------------------------------------------------------- wine club and veg box
LAITH = truth(
    "Laithwaites Discovery Club",
    ["Laithwaites", "Laithwaites Wine", "Discovery Club", "Laithwaite's"],
    "129.99",
    "quarterly",
    "active",
    "2027-01-20",
    "subscription",
)
ABEL = truth(
    "Abel & Cole",
    ["Abel and Cole", "Abel & Cole veg box", "Abel & Cole Fruit & Veg Box"],
    "27.00",
    "weekly",
    "active",
    "2026-12-03",
    "subscription",
)

LW_FROM = ("Laithwaites", "wine@e.laithwaites.co.uk")
LW_FOOT = (
    "Laithwaites is a trading name of Direct Wines Ltd, registered in England and Wales No. 1074995. "
    "Registered office: One Waterside Drive, Arlington Business Park, Theale, Berkshire RG7 4SW. "
    "Please drink responsibly - drinkaware.co.uk. "
    '<a href="https://www.laithwaites.co.uk/unsubscribe">Unsubscribe</a>'
)


def laithwaites() -> None:
    acct = digits(8)
    lw_html = lambda inner, pre="": html_page(
        "Laithwaites",
        "#6b1e2b",
        inner,
        LW_FOOT,
        preheader=pre,
        font="Georgia, serif",
        logo_text="LAITHWAITES",
    )
    ordno = digits(9)
    add(
        stamp(date(2025, 12, 4), 19, 5),
        LW_FROM,
        f"Thank you for your order {ordno}",
        html=lw_html(
            paras_html(
                f"Dear Mrs Drummond,\n\nThank you for your order. We'll let you know when it's on "
                f"its way.\n\nOrder number: {ordno}\nCustomer number: {acct}"
            )
            + html_table(
                [
                    ("Christmas Dinner Half-Dozen (6 bottles)", "£69.99"),
                    ("Delivery", "£7.99"),
                    ("Total (including VAT)", "£77.98"),
                ],
                bold_last=True,
            )
            + paras_html("Delivery: Tuesday 16 December 2025, DPD, 1-hour slot sent on the day.")
        ),
        cte="base64",
        slug="laithwaites-order",
    )
    cases = [  # preview date, case name, dispatch date, price
        (date(2026, 1, 6), "Winter Discovery Case", date(2026, 1, 20), "124.99"),
        (date(2026, 4, 6), "Spring Discovery Case", date(2026, 4, 20), "124.99"),
        (date(2026, 7, 6), "Summer Discovery Case", date(2026, 7, 20), "124.99"),
        (date(2026, 10, 5), "Autumn Discovery Case", date(2026, 10, 20), "129.99"),
    ]
    for i, (pd, name, dd, price) in enumerate(cases):
        rows = [
            ("Your case", f"{name} - 12 bottles, mixed"),
            ("Dispatch from", daydate(dd)),
            ("Case price", f"£{price}"),
            ("Delivery", "FREE for Discovery Club members"),
            ("Amount we'll charge", f"£{price}"),
            ("Payment card", "Visa ending " + ("4417" if i < 2 else "8820")),
        ]
        extra = ""
        if price == "129.99":
            extra = (
                "A note on price: after holding our prices for two years, from this case your Discovery Club "
                "case will be £129.99 (previously £124.99), still saving you over £60 on the bottle prices."
                "\n\n"
            )
        inner = paras_html(
            f"Dear Mrs Drummond,\n\nYour {name} is nearly ready. We'll charge your card when your "
            f"case is dispatched. If you'd like to swap a wine, change your delivery date or skip "
            f"this case, just let us know by {longdate(dd - timedelta(days=5))}.\n\n{extra}"
            f"Discovery Club member number: {acct}"
        )
        inner += html_table(rows, bold_last=False)
        inner += paras_html(
            "In this case: a Rioja Crianza from our friends at Bodegas Muriel, a crisp Picpoul "
            "de Pinet, Chilean Merlot, and our best-selling Portuguese red.\n\nYour next case after "
            "this one will come in about three months. You can cancel your membership at any time."
        )
        add(
            stamp(pd, 8, 0),
            LW_FROM,
            f"Your {name} is on its way soon - check your wines",
            html=lw_html(inner, f"Your {name}: £{price}, dispatching {longdate(dd)}"),
            cte="base64",
            labels=[LAITH],
            slug="laithwaites-case",
        )
        if i in (0, 3):
            add(
                stamp(dd + timedelta(days=1), 12, 30),
                ("Laithwaites Deliveries", "delivery@e.laithwaites.co.uk"),
                "Your Laithwaites case has been dispatched",
                html=lw_html(
                    paras_html(
                        f"Dear Mrs Drummond,\n\nGood news - your {name} has left our warehouse and "
                        f"will be delivered by DPD. You'll get a 1-hour delivery slot on the day."
                        f"\n\nWe've charged £{price} to your card.\n\nTracking number: 1550"
                        f"{digits(10)}"
                    )
                ),
                cte="base64",
                labels=[LAITH],
                slug="laithwaites-dispatch",
            )
    add(
        stamp(date(2026, 11, 30), 7, 45),
        LW_FROM,
        "Cyber Monday: Moira, our Christmas wines are up to 40% off",
        html=lw_html(
            paras_html(
                "Dear Moira,\n\nChristmas is coming and our cellar is full. Order our Christmas "
                "Dozen for just £99.99 (save £95) with free delivery - order by 14 December for "
                "delivery before Christmas.\n\nPlus: add a bottle of Laithwaites Champagne for "
                "£24.99."
            )
            + button("Shop Christmas wines", "https://www.laithwaites.co.uk/xmas", "#6b1e2b"),
            "Up to 40% off Christmas wines",
        ),
        cte="base64",
        headers={"List-Unsubscribe": "<https://www.laithwaites.co.uk/unsubscribe>"},
        slug="laithwaites-marketing",
    )


AC_FROM = ("Abel & Cole", "hello@abelandcole.co.uk")
AC_FOOT = (
    "Abel &amp; Cole Ltd, 8-15 MGI Estate, Milkwood Road, London SE24 0JF. Registered in England No. "
    "2416498. We're a certified B Corp. "
    '<a href="https://www.abelandcole.co.uk/account/preferences">Email preferences</a>'
)


def abel_cole() -> None:
    ac = lambda inner, pre="": html_page(
        "Abel & Cole", "#34551f", inner, AC_FOOT, preheader=pre, logo_text="Abel & Cole"
    )
    text = """Welcome to Abel & Cole!

Hello Moira,

Thanks for joining us. Your organic veg box is all set up.

  Your box:        Medium Organic Fruit & Veg Box - £24.75 a week
  Delivery:        £1.50 per delivery
  Delivery day:    Thursdays
  First delivery:  Thursday 12 February 2026 (50% off your first box)

We'll email you each week before your order is finalised so you can add extras, swap
items or skip a week. You can pause or cancel at any time.

Your payment card is charged on the day of each delivery.

Happy cooking,
The Abel & Cole team
"""
    add(
        stamp(date(2026, 2, 2), 16, 5),
        AC_FROM,
        "Welcome to Abel & Cole, Moira",
        text=text,
        html=ac(paras_html(text)),
        labels=[ABEL],
        slug="abel-cole-welcome",
    )

    def order(sent: date, deliver: date, lines: list[tuple[str, float]], note: str = "") -> None:
        total = round(sum(v for _, v in lines), 2)
        rows = [(k, f"-£{-v:.2f}" if v < 0 else money(v)) for k, v in lines] + [("Total", money(total))]
        txt = (
            f"Hello Moira,\n\nHere's what's coming on {daydate(deliver)}.\n\n"
            + "\n".join(f"  {k:<44}{v:>9}" for k, v in rows)
            + f"\n\nWe'll charge {money(total)} to your card on the day of delivery.\n"
            f"You can still make changes until 11pm on {daydate(deliver - timedelta(days=3))}.\n"
            + (f"\n{note}\n" if note else "")
            + "\nThe Abel & Cole team\n"
        )
        inner = (
            paras_html(f"Hello Moira,\n\nHere's what's coming on {daydate(deliver)}.")
            + html_table(rows, bold_last=True)
            + paras_html(
                f"We'll charge {money(total)} to your card on the day of delivery. You can still "
                f"make changes until 11pm on {daydate(deliver - timedelta(days=3))}.\n\n{note}"
            )
            + button("Edit my order", "https://www.abelandcole.co.uk/account/orders", "#34551f")
        )
        add(
            stamp(sent, 10, RNG.randint(0, 59)),
            AC_FROM,
            f"Your order for {deliver:%A} {deliver.day} {deliver:%B}",
            text=txt,
            html=ac(inner, f"Your order total: {money(total)}"),
            labels=[ABEL],
            slug="abel-cole-order",
        )

    order(
        date(2026, 2, 9),
        date(2026, 2, 12),
        [
            ("Medium Organic Fruit & Veg Box", 24.75),
            ("Welcome offer: 50% off your first box", -12.38),
            ("Delivery", 1.50),
        ],
    )
    order(
        date(2026, 3, 16),
        date(2026, 3, 19),
        [
            ("Medium Organic Fruit & Veg Box", 24.75),
            ("Organic free-range eggs x6", 3.95),
            ("Seeded sourdough loaf", 4.20),
            ("Delivery", 1.50),
        ],
    )
    text = """Hello Moira,

All done - you've skipped these deliveries:

  Thursday 7 May 2026
  Thursday 14 May 2026

You won't be charged for them. Your deliveries start again on Thursday 21 May 2026.

The Abel & Cole team
"""
    add(
        stamp(date(2026, 4, 27), 21, 14),
        AC_FROM,
        "You've skipped 2 deliveries",
        text=text,
        html=ac(paras_html(text)),
        labels=[ABEL],
        slug="abel-cole-skip",
    )
    text = (
        """Hello Moira,

We're so sorry the leeks were missing from your box on Thursday. We've added a credit of
£2.10 to your account, which will come off your next order automatically.

Credit reference: CR-"""
        + digits(6)
        + """

Thanks for letting us know, and sorry again.

Jess, Customer Care
Abel & Cole
"""
    )
    add(
        stamp(date(2026, 5, 23), 11, 2),
        ("Abel & Cole Customer Care", "care@abelandcole.co.uk"),
        "Re: Missing leeks [#" + digits(6) + "]",
        text=text,
        labels=[ABEL],
        slug="abel-cole-refund",
    )
    text = """Hello Moira,

We're writing to let you know about a change to the price of your box.

The cost of growing and packing organic veg has gone up this year, and we want to keep paying
our growers fairly. From Monday 6 July 2026 the price of your box will change:

  Medium Organic Fruit & Veg Box: £25.50 a week (currently £24.75)
  Delivery: £1.50 (no change)

You don't need to do anything. If you'd like to change box size or cancel, you can do so at
any time in your account.

Thank you for supporting organic farming,
Keith and the Abel & Cole team
"""
    add(
        stamp(date(2026, 6, 15), 9, 30),
        AC_FROM,
        "A change to your box price from 6 July",
        text=text,
        html=ac(paras_html(text)),
        labels=[ABEL],
        slug="abel-cole-price",
    )
    order(
        date(2026, 8, 10),
        date(2026, 8, 13),
        [("Medium Organic Fruit & Veg Box", 25.50), ("Organic whole milk 1 litre", 1.65), ("Delivery", 1.50)],
    )
    text = """Hello Moira,

All done - you've skipped your delivery on Thursday 22 October 2026. You won't be charged.

Your next delivery is Thursday 29 October 2026.

The Abel & Cole team
"""
    add(
        stamp(date(2026, 10, 18), 20, 2),
        AC_FROM,
        "You've skipped a delivery",
        text=text,
        html=ac(paras_html(text)),
        labels=[ABEL],
        slug="abel-cole-skip",
    )
    order(
        date(2026, 11, 26),
        date(2026, 12, 3),
        [("Medium Organic Fruit & Veg Box", 25.50), ("Delivery", 1.50)],
        note="Clementines are back! Add a 1kg bag for £3.25.",
    )


# ----------------------------------------------------------------------------- Amazon, streaming
PRIME = truth(
    "Amazon Prime",
    ["Prime", "Amazon Prime membership", "Amazon Prime (annual)"],
    "95.00",
    "yearly",
    "active",
    "2027-03-21",
    "subscription",
)
ACORN = truth(
    "Acorn TV",
    ["Acorn TV on Prime Video Channels", "Acorn TV (Prime Video Channels)", "Prime Video Channels: Acorn TV"],
    "5.99",
    "monthly",
    "active",
    "2026-12-19",
    "subscription",
)
NETFLIX = truth(
    "Netflix",
    ["Netflix Standard", "Netflix membership"],
    "12.99",
    "monthly",
    "cancelled",
    None,
    "subscription",
)

AMZ_FOOT = (
    "Amazon.co.uk is a trading name of Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg, and "
    "Amazon UK Services Ltd. VAT number GB727255821. This email was sent from a notification-only address "
    "that cannot accept incoming email. Please do not reply to this message."
)


def amazon_digital() -> None:
    text = """Amazon Prime

Hello Moira Drummond,

Thank you for being a Prime member. Your annual membership will automatically renew on
21 March 2026 and we'll charge £95.00 (including VAT) to your Visa ending in 4417.

Membership plan:   Annual Prime - £95.00/year
Renewal date:      21 March 2026

If you don't want to continue your membership, you can end it at any time before your renewal
date from Your Account > Prime Membership. If you end it, you can keep using Prime until your
current membership period ends.

Your Prime benefits include fast, free delivery on millions of items, Prime Video, Amazon Music
Prime and Prime Reading.

Amazon.co.uk
"""
    add(
        stamp(date(2026, 3, 14), 4, 18, tz="utc"),
        ("Amazon.co.uk", "prime@amazon.co.uk"),
        "Your Prime membership renews on 21 March",
        text=text,
        html=html_page(
            "Amazon", "#232f3e", paras_html(text.split("\n\n", 1)[1]), esc(AMZ_FOOT), logo_text="amazon"
        ),
        labels=[PRIME],
        slug="amazon-prime-renewal",
    )
    dg = ("Amazon.co.uk", "digital-no-reply@amazon.co.uk")
    text = """Hello Moira,

Thanks for starting your free trial of Acorn TV on Prime Video Channels.

  Channel:         Acorn TV
  Free trial:      7 days, ends 19 April 2026
  After your trial: £5.99/month (including VAT), billed monthly

Your subscription will continue automatically after the trial unless you cancel at least 24 hours
before it ends. You can cancel at any time in Your Prime Video Channels.

Enjoy the best British mysteries and dramas - Midsomer Murders, Agatha Raisin, Dalgliesh and more.

Amazon.co.uk
"""
    add(
        stamp(date(2026, 4, 12), 20, 51, tz="utc"),
        dg,
        "Your Acorn TV free trial has started",
        text=text,
        html=html_page("Prime Video", "#00a8e1", paras_html(text), esc(AMZ_FOOT), logo_text="prime video"),
        labels=[ACORN],
        slug="acorn-trial",
    )
    for d in (date(2026, 5, 19), date(2026, 9, 19)):
        order = f"D01-{digits(7)}-{digits(7)}"
        rows = [
            ("Order #", order),
            ("Order date", longdate(d)),
            ("Item", "Acorn TV - monthly subscription"),
            ("Sold by", "Acorn Media Enterprises"),
            ("Item subtotal", "£4.99"),
            ("VAT", "£1.00"),
            ("Order total", "£5.99"),
            ("Payment method", "Visa ending in 8820"),
        ]
        text = (
            f"Amazon.co.uk\n\nThank you for your order, Moira.\n\n{kv_text(rows, 18)}\n\n"
            "Your subscription renews monthly. To cancel, go to Your Prime Video Channels.\n\n"
            "By placing your order, you agree to Amazon.co.uk's Conditions of Use & Sale.\n"
        )
        add(
            stamp(d, 5, RNG.randint(0, 59), tz="utc"),
            dg,
            "Your Amazon.co.uk order of Acorn TV",
            text=text,
            html=html_page(
                "Amazon",
                "#232f3e",
                paras_html("Thank you for your order, Moira.") + html_table(rows, bold_last=False),
                esc(AMZ_FOOT),
                logo_text="amazon",
            ),
            labels=[ACORN],
            slug="acorn-receipt",
        )

    nf = ("Netflix", "info@account.netflix.com")
    nf_foot = (
        "Questions? Call 0800 096 6379. Netflix Services UK Limited, 1 Mann Island, Liverpool L3 1BP. "
        "This account email has been sent to you as part of your Netflix membership."
    )
    add(
        stamp(date(2026, 1, 14), 19, 2, tz="utc"),
        ("Netflix", "info@mailer.netflix.com"),
        "Moira, new on Netflix this week",
        html=html_page(
            "NETFLIX",
            "#141414",
            paras_html(
                "New this week: the final series of a much-loved "
                "period drama, a Scottish crime thriller and a new "
                "baking competition.\n\nWatch now on your TV, phone or "
                "tablet."
            ),
            nf_foot + ' <a href="https://www.netflix.com/unsubscribe">Unsubscribe</a>',
            logo_text="NETFLIX",
        ),
        headers={"List-Unsubscribe": "<https://www.netflix.com/unsubscribe>"},
        slug="netflix-marketing",
    )
    text = """We've cancelled your membership

Hi Moira,

We're sorry to see you go. As requested, we've cancelled your Standard membership (£12.99/month).
You can keep watching until your billing period ends on 27 May 2026.

We'll keep your viewing preferences for 10 months, so you can pick up where you left off if you
restart your membership.

Restart membership: https://www.netflix.com/youraccount

We hope to see you again,
Your friends at Netflix
"""
    add(
        stamp(date(2026, 5, 14), 9, 40, tz="utc"),
        nf,
        "Your membership has been cancelled",
        text=text,
        html=html_page("NETFLIX", "#141414", paras_html(text), nf_foot, logo_text="NETFLIX"),
        labels=[NETFLIX],
        slug="netflix-cancelled",
    )
    add(
        stamp(date(2026, 8, 20), 18, 30, tz="utc"),
        ("Netflix", "info@mailer.netflix.com"),
        "Moira, we miss you - come back for £5.99 a month",
        html=html_page(
            "NETFLIX",
            "#141414",
            paras_html(
                "It's been a while. Come back to Netflix with our Standard "
                "with adverts plan from £5.99 a month, or pick the plan "
                "that suits you.\n\nRestart your membership today."
            ),
            nf_foot + ' <a href="https://www.netflix.com/unsubscribe">Unsubscribe</a>',
            logo_text="NETFLIX",
        ),
        headers={"List-Unsubscribe": "<https://www.netflix.com/unsubscribe>"},
        slug="netflix-winback",
    )


# ----------------------------------------------------------------------------- Apple
ICLOUD = truth(
    "iCloud+",
    ["iCloud", "iCloud+ 200GB", "Apple iCloud", "iCloud storage"],
    "2.99",
    "monthly",
    "active",
    "2026-12-23",
    "subscription",
)

APPLE_FROM = ("Apple", "no_reply@email.apple.com")


def apple_receipt(
    d: date,
    item: str,
    sub: str,
    device: str,
    price: float,
    card: str,
    labels: list[str],
    renews: date | None = None,
) -> None:
    net = round(price / 1.2, 2)
    vat = round(price - net, 2)
    order = alnum(10)
    doc = digits(12)
    sep = "-" * 80
    text = f"""Apple Receipt
-----------------------------------------------------------

APPLE ACCOUNT
moira.drummond@btinternet.com

BILLED TO
{card}
Moira Drummond
6 Greenbank Rise
Edinburgh
EH10 5RF
GBR

ORDER ID:              {order}
DOCUMENT NO.:          {doc}
DATE:                  {d.day} {d:%b %Y}
TOTAL:                 £{price:.2f}


App Store
{sep}

{item:<70}£{price:.2f}
{sub:<30}
{(f"Renews {d_fmt(renews)}" if renews else "In-App Purchase"):<30}
{device:<30}

{sep}
{"Subtotal":>68}  £{net:.2f}
{"VAT charged at 20%":>68}  £{vat:.2f}
{sep}

{"TOTAL":>68}  £{price:.2f}

Get help with subscriptions and purchases. Visit Apple Support.
Learn how to manage your password preferences for iTunes, Apple Books and App Store purchases.


Apple respects your privacy.
Information regarding your personal information can be viewed at https://www.apple.com/uk/legal/privacy/.

Terms of Sale: https://www.apple.com/uk/legal/internet-services/itunes/uk/terms.html
Apple Distribution International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, Republic of Ireland.
VAT No. GB 117 0117 41
"""
    rows = [
        ("APPLE ACCOUNT", "moira.drummond@btinternet.com"),
        ("ORDER ID", order),
        ("DOCUMENT NO.", doc),
        ("DATE", f"{d.day} {d:%b %Y}"),
        ("BILLED TO", card),
    ]
    inner = (
        html_table(rows, border="#e6e6e6")
        + '<p style="font-size:16px;margin:18px 0 6px 0"><b>App Store</b></p>'
        + html_table(
            [
                (f"{item} — {sub}" + (f" (Renews {d_fmt(renews)})" if renews else ""), f"£{price:.2f}"),
                ("Subtotal", f"£{net:.2f}"),
                ("VAT charged at 20%", f"£{vat:.2f}"),
                ("TOTAL", f"£{price:.2f}"),
            ],
            border="#e6e6e6",
            bold_last=True,
        )
        + '<p style="font-size:12px;color:#888">Get help with subscriptions and purchases. '
        '<a href="https://support.apple.com/billing">Visit Apple Support</a>.</p>'
    )
    add(
        stamp(d, RNG.randint(1, 4), RNG.randint(0, 59), tz="utc"),
        APPLE_FROM,
        "Your receipt from Apple.",
        text=text,
        html=html_page(
            "Apple",
            "#ffffff",
            inner,
            "Apple Distribution International Ltd., Hollyhill "
            "Industrial Estate, Hollyhill, Cork, Republic of Ireland.",
            logo_text="Receipt",
        ).replace(
            'bgcolor="#ffffff" style="padding:18px 24px;color:#ffffff',
            'bgcolor="#ffffff" style="padding:18px 24px;color:#111111',
        ),
        labels=labels,
        slug="apple-receipt",
        msgid_domain="email.apple.com",
    )


def d_fmt(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


def apple() -> None:
    c1, c2 = "Visa .... 4417", "Visa .... 8820"
    for d in (date(2025, 12, 9), date(2026, 2, 9), date(2026, 4, 9)):
        nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 9)
        apple_receipt(
            d,
            "iCloud+",
            "iCloud+ with 50 GB of storage (Monthly)",
            "Moira's iPhone",
            0.99,
            c1,
            [ICLOUD],
            renews=nxt,
        )
    apple_receipt(
        date(2026, 3, 2), "Chirp! Bird Songs UK & Ireland", "Full version", "Moira's iPad", 4.99, c1, []
    )
    text = """Your iCloud storage is almost full.

Dear Moira Drummond,

You have used 48.6 GB of your 50 GB iCloud storage plan. Soon you won't be able to back up your
iPhone or keep new photos and videos in iCloud Photos.

Upgrade to iCloud+ with 200 GB for £2.99 per month to keep everything up to date.

Upgrade Storage: https://www.icloud.com/settings/

The iCloud Team
"""
    add(
        stamp(date(2026, 6, 21), 15, 4, tz="utc"),
        ("iCloud", "noreply@email.apple.com"),
        "Your iCloud storage is almost full.",
        text=text,
        html=html_page(
            "iCloud",
            "#ffffff",
            paras_html(text),
            "Copyright © 2026 Apple Distribution International Ltd. All rights reserved.",
        ).replace("color:#ffffff;font-size:22px", "color:#111111;font-size:22px"),
        labels=[ICLOUD],
        slug="icloud-full",
    )
    text = """Subscription Confirmation

Dear Moira Drummond,

You've changed your iCloud+ plan. Your new storage plan is available now.

Subscription:   iCloud+ with 200 GB of storage
Price:          £2.99/month
Renews:         23 July 2026
Apple Account:  moira.drummond@btinternet.com

Your previous plan (50 GB, £0.99/month) has been replaced. Your subscription will automatically
renew until cancelled. To manage your subscription, open Settings > [your name] > iCloud.

Apple
"""
    add(
        stamp(date(2026, 6, 23), 11, 37, tz="utc"),
        APPLE_FROM,
        "Your subscription confirmation",
        text=text,
        html=html_page(
            "Apple",
            "#ffffff",
            paras_html(text),
            "Apple Distribution International Ltd., Hollyhill, Cork, Republic of Ireland.",
        ).replace("color:#ffffff;font-size:22px", "color:#111111;font-size:22px"),
        labels=[ICLOUD],
        slug="apple-subscription",
    )
    apple_receipt(
        date(2026, 6, 23),
        "iCloud+",
        "iCloud+ with 200 GB of storage (Monthly)",
        "Moira's iPhone",
        2.99,
        c2,
        [ICLOUD],
        renews=date(2026, 7, 23),
    )
    for d in (date(2026, 8, 23), date(2026, 11, 23)):
        nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 23)
        apple_receipt(
            d,
            "iCloud+",
            "iCloud+ with 200 GB of storage (Monthly)",
            "Moira's iPhone",
            2.99,
            c2,
            [ICLOUD],
            renews=nxt,
        )


# ----------------------------------------------------------------------------- more subscriptions
HEARING = truth(
    "HearingDirect",
    ["Hearing Direct", "HearingDirect battery subscription", "Hearing Direct Ltd"],
    "17.99",
    "quarterly",
    "active",
    "2027-01-20",
    "subscription",
)
CARELINE = truth(
    "Careline365",
    ["Careline 365", "Careline365 personal alarm", "Careline"],
    "24.99",
    "monthly",
    "active",
    "2026-12-14",
    "subscription",
)
WHICH = truth(
    "Which?",
    ["Which", "Which? membership", "Which? magazine"],
    "12.99",
    "monthly",
    "cancelled",
    None,
    "subscription",
)
U3A = truth(
    "South Edinburgh U3A",
    ["South Edinburgh U3A membership", "U3A", "u3a"],
    "40.00",
    "yearly",
    "active",
    "2027-09-01",
    "subscription",
)
ANCESTRY = truth(
    "Ancestry",
    ["Ancestry.co.uk", "Ancestry membership", "Ancestry Worldwide membership"],
    "134.99",
    "yearly",
    "inactive",
    None,
    "subscription",
)

PAYPAL = ("PayPal", "service@paypal.co.uk")
PP_FOOT = (
    "PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg. Copyright © 1999-2026 "
    "PayPal. All rights reserved. Please don't reply to this email. To get in touch, click Help & Contact."
)


def paypal(
    d: date,
    hh: int,
    subject: str,
    headline: str,
    rows: list[tuple[str, str]],
    extra: str,
    labels: list[str],
    slug: str,
) -> None:
    text = (
        f"{headline}\n\n{kv_text(rows, 24)}\n\n{extra}\n\nHelp & Contact: https://www.paypal.com/uk/smarthelp/home\n\n"
        + PP_FOOT
        + "\n"
    )
    inner = (
        f'<p style="font-size:20px;margin:0 0 14px 0">{esc(headline)}</p>'
        + html_table(rows, border="#e5e5e5")
        + paras_html(extra)
    )
    add(
        stamp(d, hh, RNG.randint(0, 59), tz="pt"),
        PAYPAL,
        subject,
        text=text,
        html=html_page("PayPal", "#003087", inner, esc(PP_FOOT), logo_text="PayPal"),
        labels=labels,
        slug=slug,
    )


def more_subscriptions() -> None:
    # HearingDirect battery subscription, paid through PayPal automatic payments
    for d in (date(2026, 1, 20), date(2026, 4, 20), date(2026, 10, 20)):
        paypal(
            d,
            7,
            "You've sent an automatic payment to HearingDirect",
            "You sent an automatic payment of £17.99 GBP to Hearing Direct Ltd",
            [
                ("Merchant", "Hearing Direct Ltd"),
                ("Merchant email", "customerservice@hearingdirect.com"),
                ("Description", "Battery subscription - 60 x size 312 (every 3 months)"),
                ("Amount", "£17.99 GBP"),
                ("Transaction ID", alnum(17)),
                ("Transaction date", longdate(d)),
                ("Funding source", "Visa Debit x-" + ("4417" if d.month < 5 else "8820")),
            ],
            "This payment is covered by your automatic payment agreement with Hearing Direct Ltd. You can "
            "view or cancel automatic payments in Settings > Payments > Manage automatic payments.",
            [HEARING],
            "paypal-hearingdirect",
        )
    hd = ("HearingDirect", "orders@hearingdirect.com")
    for d, order in ((date(2026, 7, 21), "HD" + digits(7)), (date(2026, 10, 21), "HD" + digits(7))):
        rows = [
            ("Order number", order),
            ("Hearing aid batteries size 312 (10 packs of 6)", "£14.99"),
            ("Delivery (Royal Mail 2nd class)", "£0.00"),
            ("VAT", "£3.00"),
            ("Total paid (PayPal)", "£17.99"),
        ]
        add(
            stamp(d, 13, RNG.randint(0, 59)),
            hd,
            f"Your subscription order {order} has been dispatched",
            html=html_page(
                "HearingDirect",
                "#0d6fb8",
                paras_html(
                    "Dear Moira,\n\nYour regular battery order has been dispatched and should arrive in 2-3 working days."
                )
                + html_table(rows, bold_last=True)
                + paras_html(
                    "Your next subscription order will be sent in 3 months. You can change or cancel your "
                    "subscription at any time in My Account."
                ),
                "Hearing Direct Ltd, Unit 2, Kingfisher Park, Mill Lane, Bury BL8 1AQ. Registered in England "
                "No. 06543212. VAT No. GB 931 7261 10.",
            ),
            labels=[HEARING],
            slug="hearingdirect-dispatch",
        )

    # Careline365: the daughter set it up for her father and forwards what matters
    cl = ("Careline365", "hello@careline365.co.uk")
    orig = """Hi Catriona,

Welcome to Careline365 - thank you for choosing us to look after Alasdair.

Your order
Plan: Careline365 Standard (24/7 monitored alarm with pendant) - monthly
Monthly price: £22.99 (zero-rated for VAT - eligibility declaration received)
First payment: £22.99, taken today, 14 January 2026
Then: £22.99 on the 14th of each month by card
Minimum term: none - cancel any time with 30 days' notice

Your alarm unit and pendant have been dispatched by Royal Mail Tracked 24 and should arrive on
Friday 16 January. Setting up takes about 10 minutes - just plug it into a power socket and press
the test button. We'll call Alasdair to check everything works.

Key holders you have told us about: Catriona Drummond (07700 900412), Mrs Moira Drummond.

Careline365 is a trading name of Careline Group Ltd. Registered in England No. 09012345."""
    forward(
        stamp(date(2026, 1, 15), 8, 12),
        CATRIONA,
        "Mum, Dad - this is the alarm company. I've set it up on your Visa so it comes out of your account "
        "(£22.99 a month), but the emails come to me.\nThe pendant should come on Friday. I'll pop round "
        "on Saturday to help set it up.\n\nC x",
        cl,
        stamp(date(2026, 1, 14), 11, 2),
        "Welcome to Careline365",
        CATRIONA,
        orig,
        labels=[CARELINE],
        to=[MOIRA, ALASDAIR],
        slug="fwd-careline",
    )
    orig = """Hi Catriona,

We're writing to let you know about a change to the price of your Careline365 plan for Alasdair.

From 1 November 2026, the monthly price of Careline365 Standard will go up from £22.99 to £24.99.
Your first payment at the new price will be taken on 14 November 2026, and then on the 14th of
each month.

This is the first price change since 2023 and helps us to keep our 24/7 monitoring centre fully
staffed.

You don't need to do anything. If you'd like to discuss your plan, please call us on 0800 101 3333.

The Careline365 team"""
    forward(
        stamp(date(2026, 9, 30), 19, 44),
        CATRIONA,
        "FYI - they're putting it up by £2 a month from November. Still worth it for peace of mind I think.\n"
        "Love C x",
        cl,
        stamp(date(2026, 9, 29), 10, 0),
        "A change to your Careline365 monthly price",
        CATRIONA,
        orig,
        labels=[CARELINE],
        slug="fwd-careline",
    )

    # Which? trial, cancelled before the full price
    wf = ("Which?", "membership@which.co.uk")
    wfoot = (
        "Which?, 2 Marylebone Road, London NW1 4DF. Which? Limited is a subsidiary of Consumers' Association, "
        "registered in England and Wales No. 580128, a registered charity No. 296072."
    )
    text = (
        """Welcome to Which?, Moira

Thank you for joining. Your trial has started and you now have full access to our reviews,
Best Buys and expert advice.

Your membership:    Which? monthly
Trial:              first month for £5.00 (paid today, 18 January 2026)
Then:               £12.99 a month by Direct Debit from 18 February 2026
Membership number:  """
        + digits(9)
        + """

You can cancel at any time before 18 February 2026 and you won't pay any more.

Your first issue of Which? magazine will arrive within 10 days.

The Which? team
"""
    )
    add(
        stamp(date(2026, 1, 18), 14, 33),
        wf,
        "Welcome to Which?",
        text=text,
        html=html_page("Which?", "#e5005f", paras_html(text), esc(wfoot)),
        labels=[WHICH],
        slug="which-welcome",
    )
    text = """Hi Moira,

Just a reminder that your Which? trial ends on 18 February 2026. After that, your membership
will continue at £12.99 a month, collected by Direct Debit on or around the 18th of each month.

You don't need to do anything to keep enjoying Which?. If you don't want to continue, you can
cancel online or call us on 029 2267 0000 before your trial ends.

The Which? team
"""
    add(
        stamp(date(2026, 2, 10), 9, 20),
        wf,
        "Your Which? trial ends soon",
        text=text,
        html=html_page("Which?", "#e5005f", paras_html(text), esc(wfoot)),
        labels=[WHICH],
        slug="which-trial-ending",
    )
    text = """Hi Moira,

We've cancelled your Which? membership as you asked. You won't be charged again, and your
Direct Debit has been cancelled.

You'll have access to Which? online until 18 February 2026.

We're sorry to see you go. You're welcome back any time.

The Which? team
"""
    add(
        stamp(date(2026, 2, 12), 16, 3),
        wf,
        "Your Which? membership has been cancelled",
        text=text,
        html=html_page("Which?", "#e5005f", paras_html(text), esc(wfoot)),
        labels=[WHICH],
        slug="which-cancelled",
    )
    add(
        stamp(date(2026, 6, 4), 12, 0),
        ("Which?", "news@email.which.co.uk"),
        "Moira, come back to Which? - 3 months for £3",
        html=html_page(
            "Which?",
            "#e5005f",
            paras_html(
                "Hi Moira,\n\nWe'd love you back. Rejoin today and get your "
                "first 3 months for just £3, then £12.99 a month.\n\nThis "
                "month: the best and worst mobility scooters, and how to "
                "avoid the latest parcel delivery scams."
            ),
            esc(wfoot) + ' <a href="https://www.which.co.uk/unsubscribe">Unsubscribe</a>',
        ),
        headers={"List-Unsubscribe": "<https://www.which.co.uk/unsubscribe>"},
        slug="which-winback",
    )

    # South Edinburgh U3A, annual subscription by GoCardless
    u3 = ("South Edinburgh U3A", "membership@southedinburghu3a.org.uk")
    text = """SOUTH EDINBURGH U3A - JULY NEWSLETTER

Dear Members,

SUMMER OUTINGS: There are still a few places on the coach to Culross Palace on 5 August.
Please contact Fiona if you'd like to come (£18 including entry for NTS non-members).

NEW GROUPS: Gaelic for beginners (Tuesdays, Morningside Library) and Scottish country dancing
for the less nimble (Thursdays, Braid Church hall).

MEMBERSHIP RENEWAL 2026/27: The committee is pleased to say that subscriptions will stay at
£20 per person for the year from September. Members paying by Direct Debit through GoCardless
will have their subscription collected on 1 September - you will receive an advance notice
email from GoCardless nearer the time. Everyone else, please pay at the September meeting.

AGM: Wednesday 16 September at 2pm, Cluny Church Centre.

Best wishes
Hamish Reid, Membership Secretary

South Edinburgh U3A is a Scottish Charitable Incorporated Organisation, SC045118.
To stop receiving these newsletters reply with UNSUBSCRIBE.
"""
    add(
        stamp(date(2026, 7, 14), 16, 20),
        u3,
        "South Edinburgh U3A - July newsletter and renewals",
        text=text,
        to=[("South Edinburgh U3A members", "members@southedinburghu3a.org.uk")],
        labels=[U3A],
        slug="u3a-newsletter",
    )
    text = f"""Hi Moira Drummond,

South Edinburgh U3A will collect a payment of £40.00 from your bank account on or shortly after
1 September 2026.

Description:       Annual membership 2026/27 (2 members)
Amount:            £40.00
Charge date:       1 September 2026
Mandate reference: SOUTHEDINU3A-{alnum(6)}
Bank account:      ******62 (Bank of Scotland)

This payment will appear on your bank statement as SOUTH EDINBURGH U3A.

Any questions? Contact South Edinburgh U3A at membership@southedinburghu3a.org.uk.

Your payments are protected by the Direct Debit Guarantee.

GoCardless Ltd, Sutton Yard, 65 Goswell Road, London EC1V 7EN, is authorised by the Financial Conduct
Authority under the Payment Services Regulations 2017, registration number 597190, for the provision
of payment services.
"""
    add(
        stamp(date(2026, 8, 18), 11, 5, tz="utc"),
        ("South Edinburgh U3A via GoCardless", "help@gocardless.com"),
        "Advance notice: payment of £40.00 to South Edinburgh U3A on 1 September 2026",
        text=text,
        html=html_page(
            "GoCardless",
            "#1c1b18",
            paras_html(text),
            "GoCardless Ltd, Sutton Yard, 65 Goswell Road, London EC1V 7EN.",
            logo_text="South Edinburgh U3A",
        ),
        labels=[U3A],
        slug="gocardless-u3a",
    )

    # Ancestry: renewal failed on the expired card, membership ended
    an = ("Ancestry", "ancestry@email.ancestry.co.uk")
    afoot = (
        "Ancestry.com Europe S.à r.l., 26 rue Gabriel Lippmann, L-5365 Munsbach, Luxembourg. "
        '<a href="https://www.ancestry.co.uk/account/preferences">Email preferences</a>'
    )
    text = """Hello Moira,

Your Ancestry membership will renew soon.

Membership:     Worldwide Membership, 12 months
Renewal date:   9 July 2026
Renewal price:  £134.99 (including VAT)
Payment card:   Visa ending 4417

No action is needed - your membership will renew automatically so you can keep growing the
Drummond & MacLeod family tree without interruption. To make changes, visit Account Settings.

The Ancestry team
"""
    add(
        stamp(date(2026, 6, 24), 15, 0),
        an,
        "Your Ancestry membership renews on 9 July",
        text=text,
        html=html_page("Ancestry", "#9cbe30", paras_html(text), afoot, logo_text="ancestry"),
        cte="base64",
        labels=[ANCESTRY],
        slug="ancestry-renewal",
    )
    text = """Hello Moira,

We tried to renew your Worldwide Membership today but your payment of £134.99 was declined.
The card ending 4417 has expired.

Please update your payment details within 14 days to keep your membership. We'll try your
card again in a few days.

Update payment details: https://www.ancestry.co.uk/account/payment

The Ancestry team
"""
    add(
        stamp(date(2026, 7, 9), 6, 12),
        an,
        "Action required: we couldn't process your payment",
        text=text,
        html=html_page("Ancestry", "#9cbe30", paras_html(text), afoot, logo_text="ancestry"),
        cte="base64",
        labels=[ANCESTRY],
        slug="ancestry-failed",
    )
    text = """Hello Moira,

We still haven't been able to take payment for your Ancestry membership. Unless you update
your payment details by 23 July 2026, your membership will end and your account will become
a free registered account. Your family tree, photos and records you've saved will not be deleted.

Update payment details: https://www.ancestry.co.uk/account/payment

The Ancestry team
"""
    add(
        stamp(date(2026, 7, 16), 6, 40),
        an,
        "Final reminder: your Ancestry membership is about to end",
        text=text,
        html=html_page("Ancestry", "#9cbe30", paras_html(text), afoot, logo_text="ancestry"),
        cte="base64",
        labels=[ANCESTRY],
        slug="ancestry-final",
    )
    text = """Hello Moira,

Because we couldn't take payment, your Worldwide Membership has ended and your account is now a
free registered account.

Your trees are safe and you can still view them, but you no longer have access to records in
our collections. You can rejoin at any time.

The Ancestry team
"""
    add(
        stamp(date(2026, 7, 24), 7, 5),
        an,
        "Your Ancestry membership has ended",
        text=text,
        html=html_page("Ancestry", "#9cbe30", paras_html(text), afoot, logo_text="ancestry"),
        cte="base64",
        labels=[ANCESTRY],
        slug="ancestry-ended",
    )
    add(
        stamp(date(2026, 10, 9), 19, 0),
        ("Ancestry", "offers@email.ancestry.co.uk"),
        "Moira, AncestryDNA is 40% off - ends Sunday",
        html=html_page(
            "Ancestry",
            "#9cbe30",
            paras_html(
                "Discover your Scottish roots with AncestryDNA, now £46.99 "
                "(was £79). Ends Sunday 12 October.\n\nGive the gift of "
                "discovery this Christmas."
            ),
            afoot,
            logo_text="ancestry",
        ),
        headers={"List-Unsubscribe": "<https://www.ancestry.co.uk/account/preferences>"},
        slug="ancestry-dna",
    )


# ----------------------------------------------------------------------------- everything else
JL_FROM = ("John Lewis", "orders@email.johnlewis.com")
JL_FOOT = (
    "John Lewis plc, 1 Drummond Gate, Pimlico, London SW1V 2QQ. Registered in England and Wales No. 233462. "
    '<a href="https://www.johnlewis.com/my-account/preferences">Manage your email preferences</a>'
)


def jl_page(inner: str, pre: str = "") -> str:
    return html_page(
        "John Lewis",
        "#000000",
        inner,
        JL_FOOT,
        preheader=pre,
        logo_text="JOHN LEWIS",
        font="Georgia, 'Times New Roman', serif",
    )


def shops() -> None:
    o1 = digits(8)
    rows = [
        ("Joseph Joseph nest 9 plus bowls", "£45.00"),
        ("John Lewis Cashmere Scarf, Heather", "£79.00"),
        ("Lego Botanicals Orchid", "£44.99"),
        ("Gift wrap (3 items)", "£0.00"),
        ("Delivery - standard", "£0.00"),
        ("Discount (My John Lewis)", "-£22.49"),
        ("Order total", "£146.50"),
    ]
    add(
        stamp(date(2025, 12, 6), 21, 5),
        JL_FROM,
        f"Thanks for your order {o1}",
        html=jl_page(
            paras_html(f"Dear Mrs Drummond,\n\nThank you for shopping with us. Your order number is {o1}.")
            + html_table(rows, bold_last=True)
            + paras_html("Paid by Visa ending 4417. We'll email you when your items are on their way."),
            f"Order {o1} confirmed",
        ),
        slug="john-lewis-order",
    )
    add(
        stamp(date(2025, 12, 9), 7, 30),
        ("John Lewis", "delivery@email.johnlewis.com"),
        f"Your order {o1} is on its way",
        html=jl_page(
            paras_html(
                "Dear Mrs Drummond,\n\nGood news, your order is on its way with DPD. Expected "
                "delivery: Thursday 11 December."
            )
        ),
        slug="john-lewis-dispatch",
    )
    o2 = digits(8)
    add(
        stamp(date(2026, 6, 2), 14, 40),
        JL_FROM,
        f"Thanks for your order {o2}",
        html=jl_page(
            paras_html(f"Dear Mrs Drummond,\n\nYour order number is {o2}.")
            + html_table(
                [
                    ("Alexander Rose Cornis 2-seater garden bench", "£349.00"),
                    ("John Lewis Outdoor cushions x2", "£45.00"),
                    ("Delivery - large item", "£0.00"),
                    ("Order total", "£394.00"),
                ],
                bold_last=True,
            )
            + paras_html("Paid by Visa ending 8820. Delivery: Tuesday 9 June 2026, 7am-7pm.")
        ),
        slug="john-lewis-order",
    )
    add(
        stamp(date(2026, 7, 3), 10, 15),
        ("John Lewis", "refunds@email.johnlewis.com"),
        "We've processed your refund",
        html=jl_page(
            paras_html(
                f"Dear Mrs Drummond,\n\nWe've received your return and refunded £45.00 to your Visa "
                f"ending 8820 for John Lewis Outdoor cushions x2 (order {o2}). Please allow 3-5 "
                "working days for it to show on your statement."
            )
        ),
        slug="john-lewis-refund",
    )
    add(
        stamp(date(2026, 11, 27), 8, 0),
        ("John Lewis", "news@email.johnlewis.com"),
        "Moira, your Black Friday preview is here",
        html=jl_page(
            paras_html(
                "Dear Moira,\n\nAs a My John Lewis member, you get first look at our Black Friday "
                "deals: up to 30% off Dyson, Le Creuset and more. Plus, your exclusive member "
                "reward: a free hot drink in our cafés."
            )
            + button("Shop the preview", "https://www.johnlewis.com/black-friday", "#000000")
        ),
        headers={"List-Unsubscribe": "<https://www.johnlewis.com/my-account/preferences>"},
        slug="john-lewis-news",
    )

    az = ("Amazon.co.uk", "auto-confirm@amazon.co.uk")
    for d, items in (
        (
            date(2026, 1, 27),
            [("Foster Grant reading glasses +2.0, 3 pack", 16.99), ("Shuggie Bain (Paperback)", 8.49)],
        ),
        (date(2026, 9, 14), [("Russell Hobbs 24361 Luna Kettle, 1.7 L", 34.99)]),
    ):
        total = round(sum(v for _, v in items), 2)
        oid = f"204-{digits(7)}-{digits(7)}"
        rows = [(k, money(v)) for k, v in items] + [
            ("Postage & Packing", "£0.00"),
            ("Order Total", money(total)),
        ]
        text = (
            f"Amazon.co.uk Order Confirmation\nOrder #{oid}\n\nHello Moira Drummond,\n\nThank you for shopping "
            f"with us. We'll send a confirmation when your item ships.\n\n{kv_text(rows, 50)}\n\nDelivery: "
            f"{daydate(d + timedelta(days=2))}\nDispatch to: Moira Drummond, 6 Greenbank Rise, Edinburgh EH10 5RF\n\n"
            "We hope to see you again soon.\nAmazon.co.uk\n"
        )
        add(
            stamp(d, 10, RNG.randint(0, 59), tz="utc"),
            az,
            f"Your Amazon.co.uk order #{oid}",
            text=text,
            html=html_page(
                "Amazon",
                "#232f3e",
                paras_html(f"Hello Moira Drummond,\n\nThank you for shopping with us. Order #{oid}")
                + html_table(rows, bold_last=True),
                esc(AMZ_FOOT),
                logo_text="amazon",
            ),
            slug="amazon-order",
        )
        if d.month == 1:
            add(
                stamp(d + timedelta(days=1), 6, 2, tz="utc"),
                ("Amazon.co.uk", "shipment-tracking@amazon.co.uk"),
                "Your Amazon.co.uk order has been dispatched",
                text=f"Hello Moira,\n\nYour order #{oid} has been dispatched with Amazon Logistics and will arrive "
                f"{daydate(d + timedelta(days=2))}.\n\nTrack your package: https://www.amazon.co.uk/progress-"
                "tracker\n\nAmazon.co.uk\n",
                slug="amazon-dispatch",
            )

    db = ("Dobbies Garden Centres", "hello@dobbies.com")
    add(
        stamp(date(2026, 4, 25), 9, 12),
        db,
        "Your Click & Collect order is ready - Dobbies Edinburgh",
        html=html_page(
            "Dobbies",
            "#005b30",
            paras_html(
                f"Hi Moira,\n\nYour order {digits(7)} is ready to collect "
                "from Dobbies Edinburgh, Melville Nursery, Lasswade."
            )
            + html_table(
                [
                    ("Westland Multi-Purpose Compost 50L x3", "£20.97"),
                    ("Sweet pea 'Spencer Mixed' plug plants x12", "£9.99"),
                    ("Lavender 'Hidcote' 2L", "£7.49"),
                    ("Total paid", "£38.45"),
                ],
                bold_last=True,
            ),
            "Dobbies Garden Centres Ltd, Melville Nursery, Lasswade EH18 1AZ.",
        ),
        slug="dobbies-order",
    )
    add(
        stamp(date(2026, 9, 10), 17, 0),
        ("Dobbies Club", "club@email.dobbies.com"),
        "Your Dobbies Club reward: free hot drink this week",
        html=html_page(
            "Dobbies",
            "#005b30",
            paras_html(
                "Hi Moira,\n\nAs a Dobbies Club member enjoy a free hot drink "
                "in any Dobbies restaurant this week, and 20% off spring "
                "bulbs. Dobbies Club is free to join."
            ),
            "Dobbies Garden Centres Ltd. Unsubscribe at dobbies.com/preferences.",
        ),
        headers={"List-Unsubscribe": "<https://www.dobbies.com/preferences>"},
        slug="dobbies-club",
    )


def money_and_state() -> None:
    add(
        stamp(date(2025, 12, 4), 8, 30),
        ("Social Security Scotland", "noreply@socialsecurity.gov.scot"),
        "Pension Age Winter Heating Payment",
        text="""Dear Mrs Drummond

Pension Age Winter Heating Payment 2025/26

We are writing to let you know that you and Mr Alasdair Drummond will each get a Pension Age
Winter Heating Payment of £101.70 this winter. You do not need to apply.

The payment will be made into your account ending 62 by 31 December 2025.

This payment is not taxable and will not affect any other benefits you get.

Social Security Scotland
Tèarainteachd Shòisealta Alba
""",
        slug="social-security-scotland",
    )
    nsi = ("NS&I", "prizes@nsandi.com")
    add(
        stamp(date(2026, 3, 2), 7, 0),
        nsi,
        "Good news - you've won a Premium Bonds prize",
        text="""Dear Mrs Drummond

Congratulations! One of your Premium Bonds has won a prize in the March 2026 draw.

  Holder's number:  101 4470 213
  Winning bond:     432 NZ 118705
  Prize:            £25

Your prize will be paid directly into your nominated bank account within 3 working days.

Remember, every bond you hold is entered into every monthly draw.

NS&I
National Savings and Investments, Glasgow G58 1SB. NS&I is backed by HM Treasury.
""",
        slug="nsi-prize",
    )
    add(
        stamp(date(2026, 8, 3), 7, 0),
        ("NS&I", "newsletter@nsandi.com"),
        "Premium Bonds: August prize draw results",
        html=html_page(
            "NS&I",
            "#6b2c91",
            paras_html(
                "Dear Mrs Drummond,\n\nThe August prize draw has taken place. "
                "Unfortunately, you haven't won a prize this month.\n\nYou can "
                "use our prize checker or the NS&I app at any time."
            ),
            "National Savings and Investments. Backed by HM Treasury.",
        ),
        slug="nsi-draw",
    )
    add(
        stamp(date(2026, 4, 14), 10, 0),
        ("Aviva", "noreply@aviva.co.uk"),
        "Your annuity payments for 2026/27",
        text=f"""Dear Mr and Mrs Drummond

Annuity policy: ANU{digits(8)}

Your annuity income increases each year by 3%. From your April 2026 payment, your gross monthly
annuity payment will be £612.83 (previously £594.98). Income tax will be deducted using the tax code
HMRC has given us, and your net payment will be paid into your bank account on the 28th of each
month.

Your annual statement is available to view in MyAviva.

Aviva Life & Pensions UK Limited. Registered in England No. 3253947. Aviva, Wellington Row, York YO90 1WR.
""",
        to=[MOIRA, ALASDAIR],
        slug="aviva-annuity",
    )
    add(
        stamp(date(2026, 4, 22), 12, 40),
        ("Bank of Scotland", "no-reply@bankofscotland.co.uk"),
        "Your new debit card is on its way",
        html=html_page(
            "Bank of Scotland",
            "#0a2f6b",
            paras_html(
                "Dear Mrs Drummond,\n\nYour Visa debit card ending "
                "4417 expires at the end of this month, so we've "
                "sent you a new one. It should arrive within 5 "
                "working days.\n\nRemember to update your card "
                "details with anyone who takes regular card "
                "payments from you, such as subscriptions.\n\n"
                "Bank of Scotland will never ask you for your PIN "
                "or full password by email."
            ),
            "Bank of Scotland plc. Registered Office: The Mound, Edinburgh EH1 1YZ. Registered in Scotland "
            "No. SC327000.",
        ),
        slug="bank-of-scotland-card",
    )
    add(
        stamp(date(2026, 11, 6), 5, 30),
        ("Bank of Scotland", "no-reply@bankofscotland.co.uk"),
        "Your statement is ready to view",
        html=html_page(
            "Bank of Scotland",
            "#0a2f6b",
            paras_html(
                "Dear Mrs Drummond,\n\nYour Classic account "
                "statement ending 62 is ready to view. Log on to "
                "Internet Banking or the app to see it.\n\nWe'll "
                "never ask you to move money to a safe account."
            ),
            "Bank of Scotland plc. Registered in Scotland No. SC327000.",
        ),
        slug="bank-of-scotland-statement",
    )
    paypal(
        date(2026, 6, 1),
        11,
        "You sent a payment",
        "You sent £50.00 GBP to Isla Fraser",
        [
            ("Sent to", "Isla Fraser"),
            ("Amount", "£50.00 GBP"),
            ("Note", "Happy 21st birthday darling! Gran & Grandpa xx"),
            ("Transaction ID", alnum(17)),
            ("Payment type", "Friends and family"),
        ],
        "It may take a few moments for this transaction to appear in your account.",
        [],
        "paypal-sent",
    )
    add(
        stamp(date(2026, 5, 13), 9, 0),
        ("National Entitlement Card", "noreply@entitlementcard.scot"),
        "Your National Entitlement Card is due for renewal",
        text="""Dear Alasdair Drummond

Your National Entitlement Card (concessionary travel) expires on 30 June 2026.

Renewal is free. You can renew online at getyournec.scot with a recent photo, or visit your local
council office. Your new card will be posted to you within 15 working days.

Transport Scotland and the Improvement Service
""",
        to=[ALASDAIR, MOIRA],
        slug="national-entitlement-card",
    )


def health_and_travel() -> None:
    add(
        stamp(date(2026, 2, 24), 9, 15),
        ("NHS Lothian", "appointments@nhslothian.scot.nhs.uk"),
        "Appointment confirmation - Audiology",
        text=f"""Dear Mr Drummond

Your appointment has been booked.

Clinic:    Audiology - hearing aid review
Location:  Lauriston Building, Lauriston Place, Edinburgh EH3 9HA
Date:      Tuesday 10 March 2026 at 10:40
CHI:       ******{digits(4)}

Please bring your hearing aids and a list of any medicines you take. If you cannot attend, please
call 0131 536 1623 so the appointment can be offered to someone else.

NHS Lothian
""",
        to=[ALASDAIR, MOIRA],
        slug="nhs-lothian",
    )
    add(
        stamp(date(2026, 9, 28), 11, 30),
        ("NHS Scotland Vaccinations", "noreply@vacs.nhs.scot"),
        "Your flu and COVID-19 vaccination appointment",
        text="""Dear Moira Drummond

You are invited for your flu and COVID-19 vaccinations.

Date:      Saturday 11 October 2026
Time:      10:25
Location:  EICC, The Exchange, 150 Morrison Street, Edinburgh EH3 8EE

To rearrange, visit nhsinform.scot/vaccinerebooking or call 0800 030 8013.

NHS Scotland
""",
        slug="nhs-vaccination",
    )
    add(
        stamp(date(2026, 4, 16), 15, 5),
        ("Boots", "noreply@boots.com"),
        "Your prescription is ready to collect",
        text="Hello Alasdair,\n\nGood news - your NHS repeat prescription is ready to collect from Boots, 209 "
        "Morningside Road, Edinburgh EH10 4QP.\n\nPrescriptions in Scotland are free of charge.\n\nPlease "
        "collect within 14 days.\n\nBoots UK Limited, 1 Thane Road, Nottingham NG2 3AA.\n",
        to=[ALASDAIR, MOIRA],
        slug="boots-prescription",
    )
    fo = ("Fred. Olsen Cruise Lines", "reservations@fredolsen.co.uk")
    ref = digits(7)
    add(
        stamp(date(2026, 1, 22), 15, 30),
        fo,
        f"Booking confirmation - {ref} - Norwegian Fjords from Rosyth",
        html=html_page(
            "Fred. Olsen Cruise Lines",
            "#0b2340",
            paras_html(
                f"Dear Mr and Mrs Drummond,\n\nThank you for booking with Fred. Olsen. Booking reference: {ref}"
            )
            + html_table(
                [
                    ("Cruise", "L2609 Norwegian Fjords & Flåm, Borealis"),
                    ("Departs", "Rosyth, Saturday 2 May 2026"),
                    ("Returns", "Rosyth, Saturday 16 May 2026"),
                    ("Cabin", "Balcony, deck 8, 8044"),
                    ("Total cruise fare", "£4,218.00"),
                    ("Deposit paid", "£800.00"),
                    ("Balance due by 2 March 2026", "£3,418.00"),
                ]
            )
            + paras_html("Your e-tickets will be sent 3 weeks before you sail."),
            "Fred. Olsen Cruise Lines Ltd, Fred. Olsen House, White House Road, Ipswich IP1 5LL. ABTA P7141.",
        ),
        to=[MOIRA, ALASDAIR],
        slug="fred-olsen-booking",
    )
    add(
        stamp(date(2026, 2, 23), 10, 0),
        fo,
        f"Your balance is due - booking {ref}",
        text=f"Dear Mr and Mrs Drummond,\n\nThe balance of £3,418.00 for booking {ref} (Norwegian Fjords & Flåm, "
        "departing 2 May 2026) is due by 2 March 2026.\n\nYou can pay online at fredolsencruises.com/mybooking "
        "or call 0800 0355 242.\n\nFred. Olsen Cruise Lines\n",
        to=[MOIRA, ALASDAIR],
        slug="fred-olsen-balance",
    )
    lner = ("LNER", "tickets@lner.co.uk")
    add(
        stamp(date(2026, 9, 3), 20, 10),
        lner,
        "Your LNER booking confirmation",
        html=html_page(
            "LNER",
            "#ce0e2d",
            paras_html("Hi Moira,\n\nThanks for booking with LNER.")
            + html_table(
                [
                    ("Booking reference", alnum(8)),
                    ("Outward", "Edinburgh to London Kings Cross, Tue 6 Oct 2026 10:00"),
                    ("Return", "London Kings Cross to Edinburgh, Fri 9 Oct 2026 12:00"),
                    ("Passengers", "2 adults, Senior Railcard"),
                    ("Seats", "Coach K, 31 & 32"),
                    ("Total paid", "£94.60"),
                ],
                bold_last=True,
            )
            + paras_html("Your eTickets are attached and in the LNER app."),
            "London North Eastern Railway Limited, Registered in England No. 04659712.",
        ),
        slug="lner",
    )
    add(
        stamp(date(2026, 2, 2), 12, 15),
        ("Royal Lyceum Theatre Edinburgh", "boxoffice@lyceum.org.uk"),
        "Your tickets: The Cherry Orchard",
        html=html_page(
            "Royal Lyceum Theatre",
            "#9c1b1f",
            paras_html(
                "Dear Mrs Drummond,\n\nThank you for booking with the Lyceum.\n\nThe Cherry Orchard\nSaturday 14 March "
                "2026, 2.30pm matinee\nStalls, Row F, seats 11-12\n2 x Concession £28.00\nTotal £56.00\n\nBring this "
                "email or show it on your phone."
            ),
            "Royal Lyceum Theatre Company, 30b Grindlay Street, Edinburgh "
            "EH3 9AX. Scottish Charity SC010509.",
        ),
        slug="lyceum-tickets",
    )
    add(
        stamp(date(2026, 9, 26), 16, 40),
        ("Macmillan Cancer Support", "supportercare@macmillan.org.uk"),
        "Thank you for your donation",
        html=html_page(
            "Macmillan Cancer Support",
            "#00a651",
            paras_html(
                "Dear Moira,\n\nThank you for your donation of £50.00 to Macmillan's World's Biggest Coffee Morning. "
                "Your kindness means we can be there for more people living with cancer.\n\nDonation reference: "
                + digits(9)
            ),
            "Macmillan Cancer Support, registered charity in England and Wales (261017), Scotland "
            "(SC039907) and the Isle of Man (604).",
        ),
        slug="macmillan",
    )
    add(
        stamp(date(2026, 3, 5), 10, 10),
        ("Maggie's", "supportercare@maggies.org"),
        "Thank you for your regular gift to Maggie's",
        text="""Dear Moira

Thank you so much for setting up a regular gift of £10 a month to Maggie's. Your first gift will be
collected by Direct Debit on or around 20 March 2026, and then monthly.

Your support helps keep our centre at the Western General in Edinburgh open for everyone with cancer
and their families.

Supporter reference: MG"""
        + digits(7)
        + """

With love and thanks
Everyone at Maggie's

Maggie's is the operating name of Maggie Keswick Jencks Cancer Caring Centres Trust, a registered
charity in England and Wales (1177869) and Scotland (SC024414).
""",
        slug="maggies",
    )


def people() -> None:
    add(
        stamp(date(2026, 2, 14), 18, 22),
        CATRIONA,
        "Sunday?",
        text="Hi Mum,\n\nAre you both still OK for Sunday lunch? We'll come over about 1. Ewan's bringing "
        "a crumble.\n\nAlso Dad asked about the Netflix thing - I'll show him how to use the iPlayer app "
        "instead, he only watches the BBC anyway.\n\nC x\n",
        to=[MOIRA],
        slug="catriona",
    )
    add(
        stamp(date(2026, 10, 31), 20, 3),
        CATRIONA,
        "Halloween photos",
        text="Mum - photos of the wee ones in their costumes, as promised! Finlay insisted on being a "
        "Highland cow.\n\nhttps://photos.app.goo.gl/"
        + alnum(17, upper=False)
        + "\n\nSee you next week.\nC x\n",
        to=[MOIRA, ALASDAIR],
        slug="catriona",
    )
    orig = f"""Dear Isla,

Thank you for registering your guests for graduation.

Ceremony: Graduation - Faculty of Arts, Younger Hall, St Andrews
Date: Thursday 25 June 2026, 10:00 (doors open 09:15)
Guest tickets: 2 (Mr A Drummond, Mrs M Drummond)
Ticket reference: GRAD26-{digits(6)}

Please bring your e-tickets on your phone or printed. Tickets are free of charge and can't be
transferred.

Graduation Office, University of St Andrews. The University of St Andrews is a charity registered in
Scotland, No SC013532."""
    forward(
        stamp(date(2026, 6, 10), 22, 51),
        ISLA,
        "Gran and Grandpa here are your tickets!!! Don't forget them. I'll meet you at the bus station at "
        "9. Love you xxx",
        ("University of St Andrews", "graduation@st-andrews.ac.uk"),
        stamp(date(2026, 6, 10), 14, 5),
        "Your graduation guest tickets",
        ISLA,
        orig,
        to=[MOIRA, ALASDAIR],
        slug="fwd-graduation",
    )
    add(
        stamp(date(2026, 9, 15), 14, 27),
        ("Mòrag MacLeòid", "morag.macleoid@outlook.com"),
        "Book group - October",
        text="Hi Moira,\n\nNext book group is at mine on Thursday 8 October. We're reading 'Young Mungo'. "
        "Ishbel says she'll bring the shortbread. Could you bring your copy of the Shuggie Bain as well, "
        "Ailsa wants to borrow it?\n\nMòrag\n",
        cte="8bit",
        slug="morag",
    )
    add(
        stamp(date(2026, 11, 27), 17, 45),
        ("Braid Hills Parish Church", "office@braidhillschurch.org.uk"),
        "This week at Braid Hills - Advent",
        text="""BRAID HILLS PARISH CHURCH - WEEKLY NOTICES

Sunday 29 November - First Sunday of Advent. Morning worship 10.30am.
Christmas Fair: Saturday 5 December, 10am-1pm, church hall. Home baking and tombola donations welcome.
Lunch club restarts Tuesday 1 December, £4.50 for soup, sandwiches and tea.
Christmas Eve watchnight service 11pm.

Church of Scotland, Scottish Charity SC0xxxxx.
To unsubscribe from these notices, reply to this email.
""".replace("SC0xxxxx", "SC011208"),
        slug="church",
    )


def marketing() -> None:
    add(
        stamp(date(2026, 4, 8), 19, 0),
        ("SunLife", "news@sunlife.co.uk"),
        "Over 50? Guaranteed life cover from £4.99 a month",
        html=html_page(
            "SunLife",
            "#f7a600",
            paras_html(
                "Dear Moira,\n\nIf you're aged 50-85 and a UK resident, you're guaranteed to be accepted for our Guaranteed "
                "Over 50 Plan - no medical questions. Plans start from £4.99 a month.\n\nPlus, choose a free gift when you "
                "take out a plan."
            )
            + button("Get a quote", "https://www.sunlife.co.uk/over-50-life-insurance", "#f7a600"),
            "SunLife is a trading style of Phoenix Life Limited. Authorised by the PRA and regulated by the FCA and "
            'PRA. <a href="https://www.sunlife.co.uk/unsubscribe">Unsubscribe</a>',
        ),
        headers={"List-Unsubscribe": "<https://www.sunlife.co.uk/unsubscribe>"},
        slug="sunlife",
    )
    add(
        stamp(date(2026, 10, 14), 10, 30),
        ("Saga Holidays", "holidays@email.saga.co.uk"),
        "Your 2027 Saga Holidays brochure is here, Moira",
        html=html_page(
            "Saga Holidays",
            "#003b5c",
            paras_html(
                "Dear Mrs Drummond,\n\nOur new 2027 collection is here: river cruises on the Douro, escorted tours of "
                "the Canadian Rockies and our popular Highlands and Islands by rail.\n\nBook by 30 November and save "
                "up to £500 per couple. Travel insurance and door-to-door travel included."
            )
            + button("Browse the brochure", "https://travel.saga.co.uk/brochures", "#003b5c"),
            "Saga Holidays Limited, Enbrook Park, Folkestone CT20 3SE. ABTA V1213. "
            '<a href="https://www.saga.co.uk/unsubscribe">Unsubscribe</a>',
            logo_text="SAGA",
        ),
        headers={"List-Unsubscribe": "<https://www.saga.co.uk/unsubscribe>"},
        slug="saga-holidays",
    )
    add(
        stamp(date(2026, 3, 26), 18, 15),
        ("Sky", "sky@email.sky.com"),
        "Get Sky Stream with Netflix for £26 a month",
        html=html_page(
            "Sky",
            "#0072c9",
            paras_html(
                "Moira, get Sky Stream with Sky Signature and Netflix (with ads) for £26 a month on an 18-month "
                "contract. No dish needed. Prices may change during your contract.\n\nOffer ends 14 April."
            ),
            'Sky UK Limited, Grant Way, Isleworth TW7 5QD. <a href="https://www.sky.com/unsubscribe">Unsubscribe</a>',
        ),
        headers={"List-Unsubscribe": "<https://www.sky.com/unsubscribe>"},
        slug="sky",
    )
    for d, head in (
        (date(2026, 1, 26), "Burns Night: the best haggis in Edinburgh, ranked"),
        (date(2026, 8, 17), "Festival Fringe: the shows our critics loved this week"),
    ):
        add(
            stamp(d, 6, 30),
            ("The Scotsman", "newsletters@email.scotsman.com"),
            f"The Scotsman Daily: {head}",
            html=html_page(
                "The Scotsman",
                "#1a1a1a",
                paras_html(
                    f"Good morning,\n\n{head}.\n\nAlso today: ScotRail timetable changes, the latest from Holyrood, and "
                    "the weekend weather.\n\nYou're receiving this free newsletter because you signed up at scotsman.com."
                ),
                "National World Publishing Ltd, Second Floor, Building 5, Thorpe Park, Leeds LS15 8GB. "
                '<a href="https://www.scotsman.com/newsletter/unsubscribe">Unsubscribe</a>',
                font="Georgia, serif",
            ),
            headers={"List-Unsubscribe": "<https://www.scotsman.com/newsletter/unsubscribe>"},
            slug="scotsman",
        )


# ----------------------------------------------------------------------------- writing
HARD_NEGATIVES = [
    "John Lewis",
    "Amazon.co.uk",
    "PayPal",
    "Apple",
    "GoCardless",
    "NS&I",
    "Premium Bonds",
    "Aviva",
    "Social Security Scotland",
    "Pension Age Winter Heating Payment",
    "Bank of Scotland",
    "National Entitlement Card",
    "NHS Lothian",
    "NHS Scotland Vaccinations",
    "Boots",
    "Fred. Olsen Cruise Lines",
    "LNER",
    "Royal Lyceum Theatre Edinburgh",
    "Macmillan Cancer Support",
    "Maggie's",
    "Dobbies Garden Centres",
    "Dobbies Club",
    "SunLife",
    "Saga Holidays",
    "Sky",
    "The Scotsman",
    "University of St Andrews",
    "Braid Hills Parish Church",
    "Catriona Drummond",
    "Isla Fraser",
    "Mòrag MacLeòid",
    "Chirp! Bird Songs UK & Ireland",
    "AncestryDNA",
    "Christmas Dinner Half-Dozen",
    "RSPB Shop order",
    "The People's Friend Annual 2027",
    "Alexander Rose Cornis garden bench",
    "tvl-account-verify.com",
]

README = """# sco: Moira and Alasdair Drummond, Edinburgh (today 2026-11-30)

A retired couple in their seventies in a Band E house in south Edinburgh; the mailbox is Moira's (she runs the
household paperwork), with mail forwarded by Alasdair, by their daughter Catriona (who set up and manages
Alasdair's personal alarm) and by their granddaughter Isla. Made by `make.py` (seeded, deterministic).

Doubts about labels (where a careful reader could disagree):
- Garden Waste Permit: a council charge bought each year (not auto-renewed); labelled `bill` like a local
  licence, next_renewal = payment + 1 year (2027-09-02), although the permit itself runs to October 2027.
- RAC Breakdown Cover: labelled `bill` because breakdown cover is an insurance product (RAC Insurance Ltd, IPT
  included); many readers would call it a subscription/membership.
- Direct Line Car Insurance (cancelled at renewal): amount is the refused renewal quote £689.45 (the "new
  price" after the renewal notice); last year's paid premium was £498.20.
- Saga Car Insurance: paid by 12 instalments through a Premium Credit agreement; the amount is the £46.87
  instalment, not the £512.40 annual premium.
- Council Tax: 10 instalments April-January, cycle `monthly`; the Scottish Water charges are part of the same
  bill and not listed separately. After January 2027 there is a two-month gap a reader might notice.
- Abel & Cole: weekly box whose total varies with extras; amount is the box + delivery (£27.00), which is also
  what the order email for 3 December says.
- Ancestry: ended after failed payments on an expired card: `inactive`, not `cancelled`.
- Which?: cancelled during the £5 trial; amount is the £12.99 monthly price it would have become.
- Maggie's monthly £10 Direct Debit is a donation, so not listed; the NTS £25 gift is a one-off donation.
- Careline365 is paid from the couple's card but managed by their daughter; only her forwards are in the mail.
- Acorn TV is billed through Amazon (Prime Video Channels) and HearingDirect through PayPal, iCloud+ through
  Apple: named after the service, not the intermediary.
"""


def set_boundaries(msg: EmailMessage, seed: str) -> None:
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            h = hashlib.sha1(f"{seed}-{n}".encode()).hexdigest()
            part.set_boundary(f"----=_Part_{h[:8]}_{int(h[8:16], 16)}.{int(h[16:24], 16)}")
            n += 1


def build(m: dict, msgid: str) -> EmailMessage:
    msg = EmailMessage(policy=policy.default)
    msg["Date"] = format_datetime(m["when"])
    msg["From"] = fmt_addr(*m["frm"])
    msg["To"] = ", ".join(fmt_addr(*a) for a in m["to"])
    if m["cc"]:
        msg["Cc"] = ", ".join(fmt_addr(*a) for a in m["cc"])
    msg["Subject"] = m["subject"]
    msg["Message-ID"] = msgid
    for k, v in m["headers"].items():
        msg[k] = v
    text, html = m["text"], m["html"]

    def plain(body: str | None, cte: str) -> str:
        # like most mailers: no transfer encoding when the body is short-lined ASCII
        if (
            body is not None
            and cte == "quoted-printable"
            and body.isascii()
            and all(len(ln) <= 76 for ln in body.split("\n"))
        ):
            return "7bit"
        return cte

    m = {
        **m,
        "cte": plain(text if text is not None else html, m["cte"]),
        "html_cte": plain(html, m["html_cte"]),
    }
    for body, cte in ((text, m["cte"]), (html, m["html_cte"])):
        if body is not None and cte in ("7bit",) and not body.isascii():
            raise ValueError(f"non-ASCII body with 7bit: {m['subject']}")
    if text is not None:
        msg.set_content(text, subtype="plain", charset=m["charset"], cte=m["cte"])
        if html is not None:
            msg.add_alternative(html, subtype="html", charset="utf-8", cte=m["html_cte"])
    else:
        msg.set_content(html, subtype="html", charset=m["charset"], cte=m["cte"])
    if m["attachment"]:
        ctype, fname, data = m["attachment"]
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
    return msg


def main() -> None:
    council()
    tv_licence()
    scottish_power()
    bt()
    giffgaff()
    insurance()
    memberships()
    laithwaites()
    abel_cole()
    amazon_digital()
    apple()
    more_subscriptions()
    shops()
    money_and_state()
    health_and_travel()
    people()
    marketing()

    msgs = sorted(MSGS, key=lambda m: (m["when"].astimezone(UTC), m["seq"]))
    names = {t["name"] for t in TRUTH}
    for m in msgs:
        assert set(m["labels"]) <= names, m["labels"]
        assert m["when"].date() <= TODAY + timedelta(days=1), m["subject"]
    eml_dir = HERE / "eml"
    if eml_dir.exists():
        shutil.rmtree(eml_dir)
    eml_dir.mkdir()
    mbox = bytearray()
    index = []
    for i, m in enumerate(msgs, 1):
        h = hashlib.sha1(f"sco-{i}-{m['subject']}-{m['when'].isoformat()}".encode()).hexdigest()
        msgid = f"<{h[:16]}.{int(h[16:26], 16)}@{m['msgid_domain']}>"
        msg = build(m, msgid)
        set_boundaries(msg, h)
        raw = msg.as_bytes(policy=GEN_POLICY)
        if not raw.endswith(b"\n"):
            raw += b"\n"
        local = m["when"]
        fname = f"{i:03d}-{local:%Y%m%d}-{m['slug']}.eml"
        (eml_dir / fname).write_bytes(raw)
        utc = m["when"].astimezone(UTC)
        mbox += f"From {m['frm'][1]} {utc:%a %b} {utc.day:2d} {utc:%H:%M:%S %Y}\n".encode()
        mbox += re.sub(rb"(?m)^(>*From )", rb">\1", raw)
        mbox += b"\n"
        index.append(
            {
                "file": fname,
                "from": m["frm"][0] or m["frm"][1],
                "subject": m["subject"],
                "labels": m["labels"],
            }
        )
    (HERE / "mailbox.mbox").write_bytes(bytes(mbox))

    def dump(name: str, obj: object) -> None:
        (HERE / name).write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    dump("truth.json", TRUTH)
    dump("meta.json", {"today": TODAY.isoformat(), "messages": len(msgs), "hard_negatives": HARD_NEGATIVES})
    dump("messages.json", index)
    (HERE / "README.md").write_text(README, encoding="utf-8")
    print(f"{len(msgs)} messages, {len(TRUTH)} truths")


if __name__ == "__main__":
    main()
