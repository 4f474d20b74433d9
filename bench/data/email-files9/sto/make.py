#!/usr/bin/env python3
"""Test mailbox `sto`: a family in Stockholm (Elin Lindqvist and Omar Haddad), SEK, Swedish mail.

Seeded and deterministic: rerunning writes the same bytes. Run from /work/main:

    .venv/bin/python bench/data/email-files9/sto/make.py

Writes eml/NNN-YYYYMMDD-slug.eml, mailbox.mbox, truth.json, meta.json and messages.json next to
this file. Standard library only.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import quopri
import random
import re
from decimal import ROUND_HALF_UP, Decimal
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 28)
RNG = random.Random(20261128)

ELIN = ("Elin Lindqvist", "elin.lindqvist@gmail.com")
OMAR = ("Omar Haddad", "omar.haddad@outlook.com")
CARD = "4821"  # Elin's Visa until it expired in June 2026
NEW_CARD = "5512"  # the renewed Visa


def card(d: dt.date) -> str:
    return CARD if d < dt.date(2026, 6, 15) else NEW_CARD


OMAR_CARD = "7730"

MESSAGES: list[dict] = []
TRUTH: list[dict] = []
NEGATIVES: list[str] = []

# --------------------------------------------------------------------------------------------
# time


UTC = dt.UTC


def _sthlm_offset(utc_moment: dt.datetime) -> dt.timedelta:
    """Europe/Stockholm: CEST between the last Sundays of March and October (01:00 UTC)."""

    def last_sunday(year: int, month: int) -> dt.datetime:
        d = dt.date(year, month, 31)
        while d.weekday() != 6:
            d -= dt.timedelta(days=1)
        return dt.datetime(year, month, d.day, 1, 0, tzinfo=UTC)

    y = utc_moment.year
    if last_sunday(y, 3) <= utc_moment < last_sunday(y, 10):
        return dt.timedelta(hours=2)
    return dt.timedelta(hours=1)


def _pacific_offset(utc_moment: dt.datetime) -> dt.timedelta:
    """US Pacific: PDT from the second Sunday of March to the first Sunday of November."""

    def nth_sunday(year: int, month: int, n: int, hour_utc: int) -> dt.datetime:
        d = dt.date(year, month, 1)
        while d.weekday() != 6:
            d += dt.timedelta(days=1)
        d += dt.timedelta(days=7 * (n - 1))
        return dt.datetime(year, month, d.day, hour_utc, 0, tzinfo=UTC)

    y = utc_moment.year
    if nth_sunday(y, 3, 2, 10) <= utc_moment < nth_sunday(y, 11, 1, 9):
        return dt.timedelta(hours=-7)
    return dt.timedelta(hours=-8)


def local_to_utc(y: int, m: int, d: int, hh: int, mm: int, ss: int = 0) -> dt.datetime:
    """A Stockholm wall-clock time as an aware UTC datetime."""
    naive = dt.datetime(y, m, d, hh, mm, ss)
    guess = naive.replace(tzinfo=UTC) - dt.timedelta(hours=1)
    off = _sthlm_offset(guess)
    return (naive - off).replace(tzinfo=UTC)


def in_zone(utc_moment: dt.datetime, zone: str) -> dt.datetime:
    if zone == "sthlm":
        off = _sthlm_offset(utc_moment)
    elif zone == "pacific":
        off = _pacific_offset(utc_moment)
    elif zone == "utc":
        off = dt.timedelta(0)
    elif zone == "dublin":  # Europe/Dublin, Europe/London: GMT/IST
        off = _sthlm_offset(utc_moment) - dt.timedelta(hours=1)
    else:
        raise ValueError(zone)
    return utc_moment.astimezone(dt.timezone(off))


# --------------------------------------------------------------------------------------------
# Swedish formatting

MONTHS = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]
MONTHS_SHORT = ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
NBSP = "\u00a0"


def D(x: str | int | float) -> Decimal:
    return Decimal(str(x))


def r2(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _group(n: int, sep: str) -> str:
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def kr(amount: Decimal | str | int, *, decimals: bool = True, sep: str = " ", unit: str = " kr") -> str:
    """'1 299,00 kr' (or '1 299 kr' without decimals); sep may be a no-break space."""
    a = r2(D(amount))
    neg = a < 0
    a = abs(a)
    whole = int(a)
    frac = int((a - whole) * 100)
    text = _group(whole, sep)
    if decimals:
        text += f",{frac:02d}"
    return ("-" if neg else "") + text + unit


def sek_en(amount: Decimal | str) -> str:
    """'SEK 1,299.00' as English-language senders write it."""
    a = r2(D(amount))
    whole = int(a)
    frac = int((a - whole) * 100)
    return f"SEK {_group(whole, ',')}.{frac:02d}"


def dlong(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def dshort(d: dt.date) -> str:
    return f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year}"


def iso(d: dt.date) -> str:
    return d.isoformat()


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


# --------------------------------------------------------------------------------------------
# MIME building (by hand, so boundaries and ids are seeded)


def hexs(n: int) -> str:
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def alnum(n: int, upper: bool = True) -> str:
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789" if upper else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(RNG.choice(chars) for _ in range(n))


def digits(n: int) -> str:
    return str(RNG.randint(1, 9)) + "".join(RNG.choice("0123456789") for _ in range(n - 1))


def encode_body(text: str, charset: str, cte: str) -> str:
    data = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    return data.decode(charset)  # 7bit / 8bit


def text_part(
    subtype: str, text: str, charset: str = "utf-8", cte: str = "quoted-printable", params: str = ""
) -> dict:
    if not text.endswith("\n"):
        text += "\n"
    ctype = f'text/{subtype}; charset="{charset}"' if charset.lower() != "us-ascii" else f"text/{subtype}"
    if params:
        ctype += "; " + params
    return {
        "headers": [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)],
        "body": encode_body(text, charset, cte),
    }


def plain(text: str, charset: str = "utf-8", cte: str = "quoted-printable") -> dict:
    return text_part("plain", text, charset, cte)


def html(markup: str, charset: str = "utf-8", cte: str = "quoted-printable") -> dict:
    return text_part("html", markup, charset, cte)


def attachment(filename: str, data: bytes, ctype: str = "application/pdf") -> dict:
    return {
        "headers": [
            ("Content-Type", f'{ctype}; name="{filename}"'),
            ("Content-Disposition", f'attachment; filename="{filename}"'),
            ("Content-Transfer-Encoding", "base64"),
        ],
        "body": base64.encodebytes(data).decode("ascii"),
    }


def fake_pdf(*lines: str) -> bytes:
    """A small, valid-looking PDF carrying the invoice text (what a viewer would show)."""
    text = " ".join(lines).encode("latin-1", "replace")
    stream = b"BT /F1 10 Tf 50 800 Td (" + text.replace(b"(", b"[").replace(b")", b"]") + b") Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


BOUNDARY_STYLES = {
    "java": lambda: (
        f"----=_Part_{RNG.randint(100000, 9999999)}_{RNG.randint(10**8, 10**9)}.{RNG.randint(10**12, 10**13)}"
    ),
    "gmail": lambda: "000000000000" + hexs(16),
    "php": lambda: "b1_" + hexs(32),
    "python": lambda: "===============" + digits(19) + "==",
    "outlook": lambda: "_000_" + alnum(20) + "_",
    "sfmc": lambda: (
        "----=_NextPart_"
        + hexs(3).upper()
        + "_"
        + hexs(4).upper()
        + "_"
        + hexs(8).upper()
        + "."
        + hexs(8).upper()
    ),
    "plain": lambda: "--" + alnum(24, upper=False),
}


def multipart(subtype: str, parts: list[dict], style: str = "python") -> dict:
    return {"multipart": subtype, "parts": parts, "boundary": BOUNDARY_STYLES[style]()}


def alt(
    text: str,
    markup: str,
    style: str = "python",
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    html_cte: str | None = None,
) -> dict:
    return multipart(
        "alternative", [plain(text, charset, cte), html(markup, charset, html_cte or cte)], style
    )


def render_part(part: dict) -> str:
    if "multipart" in part:
        b = part["boundary"]
        out = f'Content-Type: multipart/{part["multipart"]};\n boundary="{b}"\n\n'
        for p in part["parts"]:
            out += f"--{b}\n" + render_part(p)
            if not out.endswith("\n"):
                out += "\n"
        out += f"--{b}--\n"
        return out
    head = "".join(f"{k}: {v}\n" for k, v in part["headers"])
    return head + "\n" + part["body"]


def enc_header(value: str, charset: str = "utf-8") -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode()


def addr(name: str, email: str, charset: str = "utf-8") -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
        if re.search(r'[(),:;<>@\[\]".]', name):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{email}>"


MID_STYLES = {
    "java": lambda dom: (
        f"{RNG.randint(10**8, 10**9)}.{RNG.randint(10**6, 10**8)}.{RNG.randint(10**12, 10**13)}@{dom}"
    ),
    "hex": lambda dom: f"{hexs(32)}@{dom}",
    "uuid": lambda dom: f"{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}@{dom}",
    "sendgrid": lambda dom: f"{alnum(22, upper=False)}@{dom}",
    "ses": lambda dom: f"0102019{hexs(9)}-{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}-000000@{dom}",
    "gmail": lambda dom: f"CA+{alnum(10)}{alnum(20, upper=False)}@mail.gmail.com",
    "outlook": lambda dom: (
        f"AM{digits(1)}PR0{digits(1)}MB{digits(4)}{alnum(8)}{digits(6)}.eurprd0{digits(1)}.prod.outlook.com"
    ),
}


def mk(
    local: tuple,
    sender: tuple[str, str],
    subject: str,
    body: dict,
    *,
    slug: str,
    labels: list[str] | tuple = (),
    to: tuple[str, str] = ELIN,
    zone: str = "sthlm",
    mid: str = "hex",
    mid_domain: str | None = None,
    headers: list[tuple[str, str]] | tuple = (),
    charset: str = "utf-8",
    reply_to: str | None = None,
    cc: tuple[str, str] | None = None,
) -> None:
    """Register one message. `local` is the Stockholm wall-clock time it arrived."""
    when = local_to_utc(*local)
    shown = in_zone(when, zone)
    name, email = sender
    domain = mid_domain or email.split("@", 1)[1]
    msgid = MID_STYLES[mid](domain)
    head = [
        ("From", addr(name, email, charset)),
        ("To", addr(*to)),
    ]
    if cc:
        head.append(("Cc", addr(*cc)))
    if reply_to:
        head.append(("Reply-To", reply_to))
    head += [
        ("Subject", enc_header(subject, charset)),
        ("Date", format_datetime(shown)),
        ("Message-ID", f"<{msgid}>"),
        ("MIME-Version", "1.0"),
    ]
    head += list(headers)
    raw = "".join(f"{k}: {v}\n" for k, v in head) + render_part(body)
    MESSAGES.append(
        {
            "when": when,
            "from_name": name,
            "from_addr": email,
            "subject": subject,
            "labels": list(labels),
            "slug": slug,
            "raw": raw,
            "local_date": shown.date(),
        }
    )


def unsub(url: str, mailto: str | None = None) -> list[tuple[str, str]]:
    v = f"<{url}>" if not mailto else f"<mailto:{mailto}>, <{url}>"
    return [("List-Unsubscribe", v), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]


def truth(
    name: str,
    aliases: list[str],
    amount: Decimal | str,
    cycle: str,
    status: str,
    next_renewal: dt.date | None,
    kind: str,
) -> str:
    TRUTH.append(
        {
            "name": name,
            "aliases": aliases,
            "amount": f"{r2(D(amount)):.2f}",
            "currency": "SEK",
            "cycle": cycle,
            "status": status,
            "next_renewal": next_renewal.isoformat() if next_renewal else None,
            "kind": kind,
        }
    )
    return name


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rows_html(rows: list[tuple[str, str]], style_l: str = "", style_r: str = "text-align:right") -> str:
    return "\n".join(
        f'<tr><td style="padding:6px 0;{style_l}">{esc(a)}</td><td style="padding:6px 0;{style_r}">{esc(b)}</td></tr>'
        for a, b in rows
    )


def rows_text(rows: list[tuple[str, str]], width: int = 34) -> str:
    return "\n".join(f"{a:<{width}}{b}" for a, b in rows)


def page(
    title: str,
    inner: str,
    *,
    bg: str = "#f4f4f4",
    accent: str = "#222",
    font: str = "Arial,Helvetica,sans-serif",
    preheader: str = "",
    lang: str = "sv",
    charset: str = "utf-8",
) -> str:
    pre = (
        f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{esc(preheader)}</div>\n'
        if preheader
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
<style type="text/css">
body {{ margin:0; padding:0; background:{bg}; }}
table {{ border-collapse:collapse; }}
a {{ color:{accent}; }}
@media only screen and (max-width:620px) {{ .container {{ width:100% !important; }} }}
</style>
</head>
<body style="margin:0;padding:0;background:{bg};font-family:{font};color:#222">
{pre}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:{bg}">
<tr><td align="center" style="padding:24px 8px">
<table role="presentation" class="container" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;width:600px">
{inner}
</table>
</td></tr>
</table>
</body>
</html>
"""


# ============================================================================================
# Energy: Tibber (elhandel) and Ellevio (elnät)

TIBBER_MONTHS = {  # consumption month: (kWh, average spot price SE3 öre/kWh excl. VAT, hourly weighted)
    (2025, 11): (318, "92.4"),
    (2025, 12): (352, "101.7"),
    (2026, 1): (398, "121.3"),
    (2026, 2): (371, "108.9"),
    (2026, 3): (330, "74.2"),
    (2026, 4): (290, "49.8"),
    (2026, 5): (255, "36.1"),
    (2026, 6): (232, "27.5"),
    (2026, 7): (210, "31.9"),
    (2026, 8): (238, "44.6"),
    (2026, 9): (262, "57.3"),
    (2026, 10): (301, "68.1"),
}


def tibber_invoice(ym: tuple[int, int]) -> dict:
    kwh, spot = TIBBER_MONTHS[ym]
    energy = r2(D(kwh) * D(spot) / 100)
    cert = r2(D(kwh) * D("0.012"))  # elcertifikat + ursprungsgarantier, 1,2 öre/kWh
    fee = D("39.20")  # 49 kr incl. moms
    net = energy + cert + fee
    vat = r2(net * D("0.25"))
    return {
        "kwh": kwh,
        "spot": D(spot),
        "energy": energy,
        "cert": cert,
        "fee": fee,
        "net": net,
        "vat": vat,
        "total": net + vat,
    }


def tibber() -> None:
    sent = [
        ((2025, 11), (2025, 12, 4, 7, 12)),
        ((2026, 1), (2026, 2, 4, 7, 5)),
        ((2026, 6), (2026, 7, 3, 7, 8)),
        ((2026, 9), (2026, 10, 5, 7, 22)),
        ((2026, 10), (2026, 11, 4, 7, 14)),
    ]
    last = tibber_invoice((2026, 10))
    name = truth(
        "Tibber",
        ["Tibber AB", "Tibber el", "Tibber elavtal"],
        last["total"],
        "monthly",
        "active",
        dt.date(2026, 12, 20),
        "bill",
    )
    for ym, local in sent:
        inv = tibber_invoice(ym)
        month = MONTHS[ym[1] - 1]
        y, m, d = local[:3]
        charge = dt.date(y, m, 20)
        invno = f"{ym[0]}{ym[1]:02d}-{digits(7)}"
        avg_incl = r2(inv["spot"] * D("1.25"))
        rows = [
            (f"Elförbrukning {inv['kwh']} kWh (timpris, SE3)", kr(inv["energy"])),
            ("Elcertifikat och ursprungsgarantier", kr(inv["cert"])),
            ("Månadsavgift", kr(inv["fee"])),
            ("Summa exkl. moms", kr(inv["net"])),
            ("Moms 25 %", kr(inv["vat"])),
            ("Totalt att betala", kr(inv["total"])),
        ]
        text = f"""Hej Elin!

Din faktura för {month} är klar.

Du använde {inv["kwh"]} kWh i {month}. Ditt snittpris blev {str(avg_incl).replace(".", ",")} öre/kWh inkl. moms
(spotpris utan påslag, timme för timme).

Fakturanummer: {invno}
Period: {dt.date(*ym, 1).isoformat()} – {(add_months(dt.date(*ym, 1), 1) - dt.timedelta(days=1)).isoformat()}

{rows_text(rows, 44)}

Beloppet {kr(inv["total"])} dras automatiskt från ditt kort som slutar på {card(charge)} den {charge.day} {MONTHS[charge.month - 1]}.
Du behöver inte göra något.

Nätavgiften faktureras separat av ditt elnätsbolag (Ellevio AB).

Hela fakturan och din förbrukning timme för timme hittar du i Tibber-appen.

Ha en fin dag!
Tibber

Tibber AB · Org.nr 559038-2919 · Box 3071, 103 61 Stockholm
Frågor? Chatta med oss i appen eller mejla hej@tibber.com
"""
        body_rows = rows_html(rows[:-1]) + (
            f'\n<tr><td style="padding:10px 0;border-top:2px solid #23b8cc;font-weight:bold">Totalt att betala</td>'
            f'<td style="padding:10px 0;border-top:2px solid #23b8cc;text-align:right;font-weight:bold">{esc(kr(inv["total"]))}</td></tr>'
        )
        inner = f"""<tr><td style="background:#0c1026;padding:28px 32px"><img src="https://tibber.com/email/tibber-logo-white.png" width="96" alt="Tibber" style="display:block"></td></tr>
<tr><td style="padding:32px 32px 8px 32px;font-size:26px;font-weight:bold;color:#0c1026">Din faktura för {month} är klar</td></tr>
<tr><td style="padding:8px 32px 16px 32px;font-size:16px;line-height:24px">Hej Elin! Du använde <b>{inv["kwh"]} kWh</b> i {month}. Ditt snittpris blev <b>{esc(str(avg_incl).replace(".", ","))} öre/kWh</b> inkl. moms.</td></tr>
<tr><td style="padding:0 32px"><table width="100%" style="font-size:15px">
<tr><td style="padding:6px 0;color:#666">Fakturanummer</td><td style="padding:6px 0;text-align:right;color:#666">{invno}</td></tr>
{body_rows}
</table></td></tr>
<tr><td style="padding:20px 32px;font-size:15px;line-height:22px">Beloppet dras automatiskt från ditt kort som slutar på {card(charge)} den <b>{charge.day} {MONTHS[charge.month - 1]}</b>. Du behöver inte göra något.<br><br>Nätavgiften faktureras separat av ditt elnätsbolag (Ellevio AB).</td></tr>
<tr><td style="padding:8px 32px 32px 32px"><a href="https://app.tibber.com/invoices/{invno}" style="background:#23b8cc;color:#fff;text-decoration:none;padding:12px 22px;border-radius:22px;display:inline-block">Se fakturan i appen</a></td></tr>
<tr><td style="background:#f2f4f7;padding:20px 32px;font-size:12px;color:#777;line-height:18px">Tibber AB · Org.nr 559038-2919 · Box 3071, 103 61 Stockholm<br>Frågor? Chatta med oss i appen eller mejla <a href="mailto:hej@tibber.com">hej@tibber.com</a></td></tr>"""
        mk(
            local,
            ("Tibber", "no-reply@tibber.com"),
            f"Din faktura för {month} är klar",
            alt(
                text,
                page(f"Faktura {month}", inner, bg="#eef1f5", preheader=f"Totalt {kr(inv['total'])}"),
                "sfmc",
            ),
            slug=f"tibber-faktura-{ym[1]:02d}",
            labels=[name],
            mid="ses",
            mid_domain="eu-west-1.amazonses.com",
        )

    # one-off: Tibber Pulse from the Tibber Store
    order = f"TS{digits(6)}"
    text = f"""Tack för din beställning!

Order {order}
Tibber Pulse P1 (för elmätare med HAN-port)   1 st   599,00 kr
Frakt (PostNord, Varubrev)                            0,00 kr
Varav moms 25 %                                     119,80 kr
Totalt                                              599,00 kr

Betalt med Visa **** {CARD}.
Leveransadress: Elin Lindqvist, Tallkronevägen 14 lgh 1203, 126 52 Hägersten

Pulsen skickas inom 1–2 arbetsdagar. Koppla in den i elmätarens HAN-port och följ instruktionerna i appen.

Tibber Store · Tibber AB · 559038-2919
"""
    mk(
        (2026, 2, 16, 20, 41),
        ("Tibber Store", "store@tibber.com"),
        f"Orderbekräftelse {order}",
        plain(text),
        slug="tibber-store-pulse",
        mid="uuid",
        mid_domain="tibber.com",
    )
    NEGATIVES.append("Tibber Pulse")

    text = """Hej Elin,

Vintern närmar sig och elpriset brukar stiga när det blir kallt. Här är tre saker som gör skillnad:

1. Flytta tvätt och disk till natten – då är timpriset oftast lägst.
2. Slå på Smart laddning om du har elbil.
3. Håll koll på förbrukningen i realtid med Tibber Pulse.

Läs mer på tibber.com/se/blogg

Vill du inte ha fler nyhetsbrev? Avregistrera dig här: https://tibber.com/se/unsubscribe?u=elin
Tibber AB, Box 3071, 103 61 Stockholm
"""
    inner = """<tr><td style="background:#0c1026;padding:28px 32px;color:#fff;font-size:24px;font-weight:bold">Vintern närmar sig</td></tr>
<tr><td style="padding:24px 32px;font-size:16px;line-height:24px">Hej Elin,<br><br>Elpriset brukar stiga när det blir kallt. Här är tre saker som gör skillnad:<ol><li>Flytta tvätt och disk till natten – då är timpriset oftast lägst.</li><li>Slå på Smart laddning om du har elbil.</li><li>Håll koll på förbrukningen i realtid med Tibber Pulse.</li></ol><a href="https://tibber.com/se/blogg">Läs mer på bloggen</a></td></tr>
<tr><td style="background:#f2f4f7;padding:20px 32px;font-size:12px;color:#777">Vill du inte ha fler nyhetsbrev? <a href="https://tibber.com/se/unsubscribe?u=elin">Avregistrera dig här</a>.<br>Tibber AB, Box 3071, 103 61 Stockholm</td></tr>"""
    mk(
        (2026, 10, 20, 11, 3),
        ("Tibber", "news@tibber.com"),
        "Så sänker du elkostnaden i vinter ❄️",
        alt(text, page("Tibber", inner, bg="#eef1f5"), "sfmc"),
        slug="tibber-nyhetsbrev",
        mid="ses",
        mid_domain="eu-west-1.amazonses.com",
        headers=unsub("https://tibber.com/se/unsubscribe?u=elin"),
    )


ELLEVIO_TAX = {2025: D("0.439"), 2026: D("0.360")}  # energiskatt kr/kWh excl. VAT


def ellevio_invoice(ym: tuple[int, int]) -> dict:
    kwh = TIBBER_MONTHS[ym][0]
    fee = D("125.00")
    transfer = r2(D(kwh) * D("0.2400"))
    tax = r2(D(kwh) * ELLEVIO_TAX[ym[0]])
    net = fee + transfer + tax
    vat = r2(net * D("0.25"))
    gross = net + vat
    total = gross.quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    return {
        "kwh": kwh,
        "fee": fee,
        "transfer": transfer,
        "tax": tax,
        "net": net,
        "vat": vat,
        "round": total - gross,
        "total": total,
    }


def ellevio() -> None:
    sent = [
        ((2025, 11), (2025, 12, 6, 9, 2)),
        ((2026, 1), (2026, 2, 6, 9, 11)),
        ((2026, 4), (2026, 5, 6, 9, 40)),
        ((2026, 8), (2026, 9, 7, 9, 5)),
        ((2026, 10), (2026, 11, 6, 9, 18)),
    ]
    last = ellevio_invoice((2026, 10))
    name = truth(
        "Ellevio",
        ["Ellevio AB", "Ellevio nätavgift", "Elnät Ellevio"],
        last["total"],
        "monthly",
        "active",
        dt.date(2026, 11, 30),
        "bill",
    )
    anl = "735999100012480316"
    for ym, local in sent:
        inv = ellevio_invoice(ym)
        y, m, d = local[:3]
        due = add_months(dt.date(y, m, 1), 1) - dt.timedelta(days=1)
        invno = digits(10)
        ocr = digits(12)
        period_end = add_months(dt.date(*ym, 1), 1) - dt.timedelta(days=1)
        tax_ore = str(ELLEVIO_TAX[ym[0]] * 100).rstrip("0").rstrip(".").replace(".", ",")
        rows = [
            ("Abonnemangsavgift säkring 16 A, lägenhet", kr(inv["fee"])),
            (f"Överföringsavgift {inv['kwh']} kWh à 24,00 öre", kr(inv["transfer"])),
            (f"Energiskatt {inv['kwh']} kWh à {tax_ore} öre", kr(inv["tax"])),
            ("Summa exkl. moms", kr(inv["net"])),
            ("Moms 25 %", kr(inv["vat"])),
            ("Öresutjämning", kr(inv["round"])),
            ("Att betala", kr(inv["total"])),
        ]
        text = f"""Hej Elin Lindqvist,

Nu finns din faktura från Ellevio för {MONTHS[ym[1] - 1]} {ym[0]}.

Fakturanummer:   {invno}
Fakturadatum:    {iso(dt.date(y, m, d))}
Anläggnings-ID:  {anl}
Anläggningsadress: Tallkronevägen 14 lgh 1203, Hägersten
Period:          {iso(dt.date(*ym, 1))} – {iso(period_end)}

{rows_text(rows, 44)}

Förfallodatum:   {iso(due)}
Betalsätt:       E-faktura i din internetbank
OCR-nummer:      {ocr}
Bankgiro:        5051-6905

Observera att Ellevio är ditt elnätsföretag. Elen du använder köper du av ditt elhandelsföretag,
som skickar en egen faktura.

Vänliga hälsningar
Ellevio Kundservice, 020-10 10 10

Ellevio AB (publ), 556037-7326, Box 242, 101 24 Stockholm. Det här mejlet går inte att svara på.
"""
        table = rows_html(rows[:-1], "color:#333", "text-align:right;color:#333")
        inner = f"""<tr><td style="padding:24px 32px;border-bottom:4px solid #e2007a"><img src="https://www.ellevio.se/globalassets/logo/ellevio-logo.png" alt="Ellevio" width="120"></td></tr>
<tr><td style="padding:28px 32px 4px 32px;font-size:22px;font-weight:bold">Nu finns din faktura</td></tr>
<tr><td style="padding:4px 32px 16px 32px;font-size:15px;line-height:22px">Hej Elin Lindqvist,<br>här är din faktura för elnät för {MONTHS[ym[1] - 1]} {ym[0]}.</td></tr>
<tr><td style="padding:0 32px"><table width="100%" style="font-size:14px;background:#faf7f9">
<tr><td style="padding:10px">Att betala<br><span style="font-size:24px;font-weight:bold">{esc(kr(inv["total"]))}</span></td>
<td style="padding:10px">Förfallodatum<br><span style="font-size:24px;font-weight:bold">{iso(due)}</span></td></tr>
</table></td></tr>
<tr><td style="padding:16px 32px"><table width="100%" style="font-size:14px">
<tr><td style="padding:6px 0;color:#777">Fakturanummer</td><td style="text-align:right;color:#777">{invno}</td></tr>
<tr><td style="padding:6px 0;color:#777">Anläggnings-ID</td><td style="text-align:right;color:#777">{anl}</td></tr>
<tr><td style="padding:6px 0;color:#777">Period</td><td style="text-align:right;color:#777">{iso(dt.date(*ym, 1))} – {iso(period_end)}</td></tr>
{table}
<tr><td style="padding:8px 0;font-weight:bold;border-top:1px solid #ccc">Att betala</td><td style="text-align:right;font-weight:bold;border-top:1px solid #ccc">{esc(kr(inv["total"]))}</td></tr>
</table></td></tr>
<tr><td style="padding:8px 32px 24px 32px;font-size:13px;color:#555;line-height:20px">Betalsätt: E-faktura i din internetbank. OCR {ocr}, bankgiro 5051-6905.<br>Ellevio är ditt elnätsföretag. Elen köper du av ditt elhandelsföretag, som skickar en egen faktura.</td></tr>
<tr><td style="padding:16px 32px;background:#3c1053;color:#fff;font-size:11px;line-height:16px">Ellevio AB (publ), 556037-7326, Box 242, 101 24 Stockholm · Kundservice 020-10 10 10<br>Det här mejlet går inte att svara på.</td></tr>"""
        mk(
            local,
            ("Ellevio", "noreply@ellevio.se"),
            "Din faktura från Ellevio",
            alt(text, page("Din faktura från Ellevio", inner, bg="#ffffff"), "java", cte="quoted-printable"),
            slug="ellevio-faktura",
            labels=[name],
            mid="java",
            mid_domain="ellevio.se",
            headers=[("X-Mailer", "Salesforce Marketing Cloud")],
        )


# ============================================================================================
# Telecoms: Bahnhof (fiber, quarterly), Tre (Elin's mobile), Hallon (Omar's mobile, Elin pays)


def bahnhof() -> None:
    price = D("1197.00")
    name = truth(
        "Bahnhof",
        ["Bahnhof AB", "Bahnhof Fiber", "Bahnhof bredband"],
        price,
        "quarterly",
        "active",
        dt.date(2027, 1, 28),
        "bill",
    )
    kundnr = "418853"
    quarters = [
        ((2026, 1, 5, 6, 30), dt.date(2026, 1, 1)),
        ((2026, 4, 6, 6, 30), dt.date(2026, 4, 1)),
        ((2026, 7, 6, 6, 30), dt.date(2026, 7, 1)),
        ((2026, 10, 5, 6, 30), dt.date(2026, 10, 1)),
    ]
    q2_invoice = ""
    for local, start in quarters:
        invno = digits(7)
        ocr = kundnr + invno
        end = add_months(start, 3) - dt.timedelta(days=1)
        issued = dt.date(*local[:3])
        due = dt.date(start.year, start.month, 28)
        if start.month == 4:
            q2_invoice = invno
        text = f"""Hej!

Här kommer din faktura från Bahnhof. Fakturan finns även som PDF i bilagan och på Mina sidor.

Kundnummer:     {kundnr}
Fakturanummer:  {invno}
Fakturadatum:   {iso(issued)}
Förfallodatum:  {iso(due)}

Fakturan avser:
  Bahnhof Fiber 500/500 Mbit/s   {iso(start)} - {iso(end)}   3 x 399,00 kr
  Anslutningsadress: Tallkronevägen 14 lgh 1203, 126 52 Hägersten (Stokab)

Summa exkl. moms:   957,60 SEK
Moms 25%:           239,40 SEK
Att betala:       1 197,00 SEK

Bankgiro: 5287-1634
OCR-nummer: {ocr}

Betalar du via autogiro eller e-faktura behöver du inte göra någonting.
Ange alltid OCR-nummer vid betalning.

Med vänlig hälsning
Bahnhof AB
Kundtjänst: 010-510 00 00 | kundtjanst@bahnhof.net | www.bahnhof.se

Bahnhof AB, Box 6220, 102 34 Stockholm. Org.nr 556519-0491. Innehar F-skattsedel.
"""
        pdf = fake_pdf(
            "Bahnhof AB Faktura",
            invno,
            "Kundnummer",
            kundnr,
            "Att betala 1 197,00 SEK",
            "Forfallodatum",
            iso(due),
            "OCR",
            ocr,
        )
        body = multipart(
            "mixed",
            [plain(text, "iso-8859-1", "quoted-printable"), attachment(f"Faktura_{invno}.pdf", pdf)],
            "plain",
        )
        mk(
            local,
            ("Bahnhof AB", "faktura@bahnhof.net"),
            f"Faktura {invno} från Bahnhof AB",
            body,
            slug="bahnhof-faktura",
            labels=[name],
            mid="hex",
            mid_domain="bahnhof.net",
            charset="iso-8859-1",
            headers=[("X-Mailer", "Bahnhof Billing 4.2")],
        )

    text = f"""Hej!

Vi har ännu inte fått betalt för faktura {q2_invoice} med förfallodatum 2026-04-28.
Har du redan betalat kan du bortse från denna påminnelse.

Fakturanummer:        {q2_invoice}
Ursprungligt belopp:  1 197,00 SEK
Påminnelseavgift:        60,00 SEK
Att betala:           1 257,00 SEK
Betala senast:        2026-05-20

Bankgiro: 5287-1634
OCR-nummer: {kundnr}{q2_invoice}

Obetalda fakturor kan lämnas till inkasso och tjänsten kan stängas av.
Vill du slippa påminnelser? Anslut autogiro på Mina sidor.

Med vänlig hälsning
Bahnhof AB, Kundtjänst 010-510 00 00
"""
    mk(
        (2026, 5, 6, 6, 45),
        ("Bahnhof AB", "faktura@bahnhof.net"),
        f"Betalningspåminnelse faktura {q2_invoice}",
        plain(text, "iso-8859-1", "quoted-printable"),
        slug="bahnhof-paminnelse",
        labels=[name],
        mid="hex",
        mid_domain="bahnhof.net",
        charset="iso-8859-1",
    )

    text = """Hej,

Vi kommer att utföra planerat underhåll i fibernätet i ditt område.

Tid: natten mot tisdag 17 mars 2026, kl. 00:00-05:00
Påverkan: Avbrott i internetanslutningen på upp till 30 minuter under arbetet.
Område: Hägersten, Årsta, Liljeholmen

Du behöver inte göra någonting. Aktuell driftinformation finns på www.bahnhof.se/driftinfo

Vi ber om ursäkt för eventuella besvär.

Bahnhof Drift
"""
    mk(
        (2026, 3, 12, 14, 20),
        ("Bahnhof Driftinformation", "drift@bahnhof.net"),
        "Planerat underhåll i ditt område 17 mars",
        plain(text, "iso-8859-1", "8bit"),
        slug="bahnhof-driftinfo",
        mid="hex",
        mid_domain="bahnhof.net",
        charset="iso-8859-1",
    )


def tre() -> None:
    name = truth(
        "Tre",
        ["3", "Tre Sverige", "Hi3G Access AB", "Tre mobilabonnemang", "Tre Fri+"],
        D("329.00"),
        "monthly",
        "active",
        dt.date(2026, 11, 30),
        "bill",
    )
    kundnr = "6120048831"
    number = "070-174 06 12"
    invoices = [
        ((2026, 1, 5, 8, 2), D("299.00"), []),
        ((2026, 4, 6, 8, 1), D("329.00"), []),
        ((2026, 8, 5, 8, 4), D("329.00"), [("Samtal till utlandet (Jordanien), 14 min", D("37.50"))]),
        ((2026, 11, 5, 8, 2), D("329.00"), []),
    ]
    for local, fee, extra in invoices:
        y, m, d = local[:3]
        issued = dt.date(y, m, d)
        due = add_months(dt.date(y, m, 1), 1) - dt.timedelta(days=1)
        total = fee + sum((e[1] for e in extra), D(0))
        vat = r2(total * D("0.2"))
        invno = digits(10)
        month = MONTHS[m - 1]
        rows = [(f"Tre Fri+ 20 GB, {month}", kr(fee))] + [(a, kr(b)) for a, b in extra]
        text = f"""Hej Elin,

Din faktura från Tre är klar.

Att betala: {kr(total)}
Förfallodatum: {iso(due)}
Fakturanummer: {invno}
Kundnummer: {kundnr}

Specifikation
{rows_text(rows, 46)}
Varav moms 25 %: {kr(vat)}

Du betalar med autogiro. Beloppet dras från ditt konto på förfallodagen.

Se hela fakturan i appen Mitt3 eller på tre.se/mitt3.

Vänliga hälsningar
Tre

Hi3G Access AB, org.nr 556593-1100, Box 30213, 104 25 Stockholm.
Du får det här mejlet eftersom du är kund hos Tre. Mejlet går inte att svara på.
"""
        inner = f"""<tr><td style="padding:24px 32px;background:#000"><img src="https://www.tre.se/static/email/tre-logo.png" alt="3" width="48"></td></tr>
<tr><td style="padding:28px 32px 8px 32px;font-size:24px;font-weight:bold">Din faktura är klar</td></tr>
<tr><td style="padding:0 32px 20px 32px;font-size:15px">Hej Elin, här är din faktura för {month}.</td></tr>
<tr><td style="padding:0 32px"><table width="100%" style="font-size:15px;border:1px solid #e5e5e5">
<tr><td style="padding:12px">Att betala</td><td style="padding:12px;text-align:right;font-weight:bold;font-size:20px">{esc(kr(total, decimals=False) if total == int(total) else kr(total))}</td></tr>
<tr><td style="padding:12px;border-top:1px solid #e5e5e5">Förfallodatum</td><td style="padding:12px;text-align:right;border-top:1px solid #e5e5e5">{iso(due)}</td></tr>
<tr><td style="padding:12px;border-top:1px solid #e5e5e5">Betalsätt</td><td style="padding:12px;text-align:right;border-top:1px solid #e5e5e5">Autogiro</td></tr>
</table></td></tr>
<tr><td style="padding:20px 32px 0 32px;font-size:13px;color:#555">Specifikation · Fakturanr {invno} · Kundnr {kundnr} · {number}</td></tr>
<tr><td style="padding:0 32px"><table width="100%" style="font-size:14px">{rows_html(rows)}
<tr><td style="padding:6px 0;color:#777">Varav moms 25 %</td><td style="text-align:right;color:#777">{esc(kr(vat))}</td></tr></table></td></tr>
<tr><td style="padding:24px 32px"><a href="https://www.tre.se/mitt3/fakturor" style="background:#000;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Se fakturan</a></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#888;line-height:16px">Hi3G Access AB, org.nr 556593-1100, Box 30213, 104 25 Stockholm. Du får det här mejlet eftersom du är kund hos Tre.</td></tr>"""
        mk(
            local,
            ("Tre", "faktura@info.tre.se"),
            "Din faktura från Tre är klar",
            alt(text, page("Din faktura från Tre", inner), "sfmc"),
            slug="tre-faktura",
            labels=[name],
            mid="java",
            mid_domain="info.tre.se",
        )

    text = f"""Hej Elin,

Vi vill informera dig om att vi justerar priset på ditt abonnemang.

Från och med den 1 april 2026 höjs månadsavgiften för Tre Fri+ 20 GB (nummer {number})
från 299 kr till 329 kr per månad.

Varför höjer vi priset?
Vi fortsätter att bygga ut vårt 5G-nät och våra kostnader för drift och energi har ökat.

Du behöver inte göra något – det nya priset syns på din faktura för april.
Om du inte vill acceptera prisändringen har du rätt att säga upp ditt abonnemang utan
kostnad fram till dess att ändringen träder i kraft. Läs mer på tre.se/prisandring.

Vänliga hälsningar
Tre Kundservice

Hi3G Access AB, org.nr 556593-1100, Box 30213, 104 25 Stockholm.
"""
    inner = f"""<tr><td style="padding:24px 32px;background:#000"><img src="https://www.tre.se/static/email/tre-logo.png" alt="3" width="48"></td></tr>
<tr><td style="padding:28px 32px;font-size:15px;line-height:23px"><h1 style="font-size:22px;margin:0 0 16px 0">Vi justerar priset på ditt abonnemang</h1>Hej Elin,<br><br>Från och med den <b>1 april 2026</b> höjs månadsavgiften för <b>Tre Fri+ 20 GB</b> (nummer {number}) från 299 kr till <b>329 kr per månad</b>.<br><br>Vi fortsätter att bygga ut vårt 5G-nät och våra kostnader för drift och energi har ökat.<br><br>Du behöver inte göra något – det nya priset syns på din faktura för april. Om du inte vill acceptera prisändringen har du rätt att säga upp ditt abonnemang utan kostnad fram till dess att ändringen träder i kraft. <a href="https://www.tre.se/prisandring">Läs mer</a>.</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#888">Hi3G Access AB, org.nr 556593-1100, Box 30213, 104 25 Stockholm.</td></tr>"""
    mk(
        (2026, 2, 19, 10, 15),
        ("Tre", "info@info.tre.se"),
        "Viktig information om ditt abonnemang",
        alt(text, page("Prisjustering", inner), "sfmc"),
        slug="tre-prisandring",
        labels=[name],
        mid="java",
        mid_domain="info.tre.se",
    )


def hallon() -> None:
    name = truth(
        "Hallon",
        ["Hallon mobil", "Hallon 8 GB", "Hallon mobilabonnemang"],
        D("169.00"),
        "monthly",
        "active",
        dt.date(2026, 12, 12),
        "bill",
    )
    number = "070-174 06 57"

    def receipt(local: tuple, plan: str, amount: Decimal) -> None:
        y, m, d = local[:3]
        start = dt.date(y, m, 12)
        end = add_months(start, 1) - dt.timedelta(days=1)
        nxt = add_months(start, 1)
        ref = "HA" + digits(9)
        vat = r2(amount * D("0.2"))
        text = f"""Hej Elin!

Tack för din betalning – här kommer ditt kvitto.

Kvittonummer: {ref}
Datum: {iso(start)}
Abonnemang: {plan}
Nummer: {number}
Period: {dshort(start)} – {dshort(end)}
Belopp: {kr(amount)} (varav moms {kr(vat)})
Betalsätt: Visa **** {card(start)}

Nästa dragning sker {dlong(nxt)}.

Surfa lugnt!
/Hallon

Hallon är ett varumärke som tillhör Hi3G Access AB, org.nr 556593-1100.
Har du frågor? Vi finns på hallon.se/kundservice
"""
        inner = f"""<tr><td style="padding:28px 32px;background:#e4003b;color:#fff;font-size:28px;font-weight:bold">hallon</td></tr>
<tr><td style="padding:28px 32px 8px 32px;font-size:22px;font-weight:bold;color:#e4003b">Tack för din betalning!</td></tr>
<tr><td style="padding:0 32px 16px 32px;font-size:15px">Hej Elin! Här kommer ditt kvitto.</td></tr>
<tr><td style="padding:0 32px"><table width="100%" style="font-size:14px">
{
            rows_html(
                [
                    ("Kvittonummer", ref),
                    ("Datum", iso(start)),
                    ("Abonnemang", plan),
                    ("Nummer", number),
                    ("Period", f"{dshort(start)} – {dshort(end)}"),
                    ("Betalsätt", f"Visa **** {card(start)}"),
                    ("Varav moms", kr(vat)),
                ]
            )
        }
<tr><td style="padding:10px 0;font-weight:bold;border-top:2px solid #e4003b">Belopp</td><td style="padding:10px 0;text-align:right;font-weight:bold;border-top:2px solid #e4003b">{
            esc(kr(amount))
        }</td></tr>
</table></td></tr>
<tr><td style="padding:16px 32px;font-size:14px">Nästa dragning sker {
            dlong(nxt)
        }.<br><br>Surfa lugnt!<br>/Hallon</td></tr>
<tr><td style="padding:16px 32px;background:#fbe5eb;font-size:11px;color:#666">Hallon är ett varumärke som tillhör Hi3G Access AB, org.nr 556593-1100. Frågor? <a href="https://www.hallon.se/kundservice">hallon.se/kundservice</a></td></tr>"""
        mk(
            local,
            ("Hallon", "noreply@hallon.se"),
            "Ditt kvitto från Hallon",
            alt(text, page("Kvitto", inner, bg="#fff4f7"), "php"),
            slug="hallon-kvitto",
            labels=[name],
            mid="sendgrid",
            mid_domain="hallon.se",
        )

    receipt((2026, 1, 12, 5, 3), "Hallon 20 GB", D("229.00"))

    text = """Hej älskling,

kan du byta ner mitt Hallon till 8 GB? Jag har kollat i appen och jag använder typ 3-4 GB i månaden,
jobbet har ju wifi överallt. Det är 169 kr istället för 229. Abonnemanget står på dig så jag kommer
inte åt att ändra det.

Puss
Omar

Skickat från Outlook för iOS
"""
    mk(
        (2026, 8, 27, 12, 41),
        OMAR,
        "Hallon",
        plain(text),
        slug="omar-hallon",
        labels=[name],
        mid="outlook",
        headers=[("X-MS-Has-Attach", ""), ("Content-Language", "sv-SE")],
    )

    text = f"""Hej Elin!

Nu är det klart – du har bytt abonnemang för {number}.

Nytt abonnemang: Hallon 8 GB
Nytt pris: 169 kr/mån
Gäller från: 2026-09-12 (din nästa period)

Fram till dess har du kvar Hallon 20 GB. Ingen bindningstid, så du kan byta igen när du vill.

Surfa lugnt!
/Hallon

Hallon är ett varumärke som tillhör Hi3G Access AB, org.nr 556593-1100.
"""
    inner = f"""<tr><td style="padding:28px 32px;background:#e4003b;color:#fff;font-size:28px;font-weight:bold">hallon</td></tr>
<tr><td style="padding:28px 32px;font-size:15px;line-height:23px"><h1 style="font-size:22px;color:#e4003b;margin:0 0 12px 0">Nu är det klart!</h1>Hej Elin! Du har bytt abonnemang för {number}.<br><br>
<table style="font-size:15px">{rows_html([("Nytt abonnemang", "Hallon 8 GB"), ("Nytt pris", "169 kr/mån"), ("Gäller från", "2026-09-12 (din nästa period)")], "padding-right:24px", "")}</table><br>
Fram till dess har du kvar Hallon 20 GB. Ingen bindningstid, så du kan byta igen när du vill.<br><br>Surfa lugnt!<br>/Hallon</td></tr>
<tr><td style="padding:16px 32px;background:#fbe5eb;font-size:11px;color:#666">Hallon är ett varumärke som tillhör Hi3G Access AB, org.nr 556593-1100.</td></tr>"""
    mk(
        (2026, 8, 27, 19, 58),
        ("Hallon", "noreply@hallon.se"),
        "Bekräftelse på ändrat abonnemang",
        alt(text, page("Bekräftelse", inner, bg="#fff4f7"), "php"),
        slug="hallon-byte",
        labels=[name],
        mid="sendgrid",
        mid_domain="hallon.se",
    )

    receipt((2026, 9, 12, 5, 1), "Hallon 8 GB", D("169.00"))
    receipt((2026, 11, 12, 5, 4), "Hallon 8 GB", D("169.00"))


# ============================================================================================
# Insurance and housing: Folksam (hem), If (bil, Omar forwards), Brf Tallkronan 3 (avgift via SBC),
# SBAB (bolån)


def outlook_forward(
    note: str,
    orig_from: str,
    orig_date: str,
    orig_to: str,
    orig_subject: str,
    orig_text: str,
    orig_html_inner: str,
) -> dict:
    """How Outlook (web / iOS) forwards: a note, a rule, the original header block, the original."""
    text = (
        f"{note}\n\n________________________________\nFrån: {orig_from}\nSkickat: {orig_date}\n"
        f"Till: {orig_to}\nÄmne: {orig_subject}\n\n{orig_text}"
    )
    markup = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="ltr">
<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">{esc(note).replace(chr(10), "<br>")}</div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>Från:</b> {esc(orig_from)}<br><b>Skickat:</b> {esc(orig_date)}<br><b>Till:</b> {esc(orig_to)}<br><b>Ämne:</b> {esc(orig_subject)}</font>
<div>&nbsp;</div></div>
<div>{orig_html_inner}</div>
</body></html>
"""
    return multipart("alternative", [plain(text), html(markup)], "outlook")


def folksam() -> None:
    name = truth(
        "Folksam hemförsäkring",
        ["Folksam", "Hemförsäkring", "Folksam Hemförsäkring Bostadsrätt"],
        D("216.00"),
        "monthly",
        "active",
        dt.date(2026, 12, 15),
        "bill",
    )
    polnr = "6004 8812 3397"
    text = f"""Hej Elin,

Din hemförsäkring förnyas den 1 mars 2026. Här är ditt nya försäkringsbrev.

Försäkring: Hemförsäkring Bostadsrätt med bostadsrättstillägg
Försäkringsnummer: {polnr}
Försäkringsställe: Tallkronevägen 14 lgh 1203, 126 52 Hägersten
Försäkrade: Elin Lindqvist, Omar Haddad och barn
Försäkringsperiod: 2026-03-01 – 2027-02-28
Självrisk: 1 500 kr

Pris för försäkringsperioden: 2 592 kr (förra perioden 2 448 kr)
Så betalar du: Autogiro, 12 betalningar à 216 kr
Dragningsdag: den 15:e varje månad, första dragning med nytt pris 2026-03-15

Priset har ändrats bland annat för att kostnaderna för vattenskador och reparationer har ökat.

Du behöver inte göra något – försäkringen fortsätter att gälla. Vill du ändra något, logga in på
Mina sidor på folksam.se eller ring oss på 0771-950 950.

Försäkringsbrevet och förköpsinformationen finns som PDF i bilagan.

Med vänliga hälsningar
Folksam

Folksam ömsesidig sakförsäkring, org.nr 502006-1619, 106 60 Stockholm.
"""
    inner = f"""<tr><td style="padding:24px 32px;background:#0a3f7e"><img src="https://www.folksam.se/media/folksam-logo-white.png" alt="Folksam" width="130"></td></tr>
<tr><td style="padding:28px 32px 8px 32px;font-size:22px;font-weight:bold;color:#0a3f7e">Din hemförsäkring förnyas den 1 mars</td></tr>
<tr><td style="padding:0 32px 16px 32px;font-size:15px;line-height:22px">Hej Elin,<br>här är ditt nya försäkringsbrev. Du behöver inte göra något – försäkringen fortsätter att gälla.</td></tr>
<tr><td style="padding:0 32px"><table width="100%" style="font-size:14px">
{
        rows_html(
            [
                ("Försäkring", "Hemförsäkring Bostadsrätt med bostadsrättstillägg"),
                ("Försäkringsnummer", polnr),
                ("Försäkringsperiod", "2026-03-01 – 2027-02-28"),
                ("Självrisk", "1 500 kr"),
                ("Pris för perioden", "2 592 kr (förra perioden 2 448 kr)"),
                ("Så betalar du", "Autogiro, 12 × 216 kr"),
                ("Dragningsdag", "den 15:e varje månad"),
            ],
            "color:#555;padding-right:16px",
            "",
        )
    }
</table></td></tr>
<tr><td style="padding:16px 32px;font-size:14px;line-height:21px">Priset har ändrats bland annat för att kostnaderna för vattenskador och reparationer har ökat. Vill du ändra något, logga in på <a href="https://www.folksam.se/minasidor">Mina sidor</a> eller ring 0771-950 950.</td></tr>
<tr><td style="padding:16px 32px;background:#eef3f9;font-size:11px;color:#555">Folksam ömsesidig sakförsäkring, org.nr 502006-1619, 106 60 Stockholm.</td></tr>"""
    pdf = fake_pdf(
        "Folksam Forsakringsbrev",
        polnr,
        "Hemforsakring Bostadsratt",
        "2026-03-01 - 2027-02-28",
        "Pris 2 592 kr",
        "Autogiro 12 x 216 kr",
    )
    body = multipart(
        "mixed",
        [alt(text, page("Försäkringsbrev", inner), "java"), attachment("Forsakringsbrev_2026.pdf", pdf)],
        "java",
    )
    mk(
        (2026, 2, 9, 10, 12),
        ("Folksam", "noreply@folksam.se"),
        "Din hemförsäkring förnyas – här är ditt försäkringsbrev",
        body,
        slug="folksam-forsakringsbrev",
        labels=[name],
        mid="java",
        mid_domain="folksam.se",
    )

    claim = "HEM-2026-" + digits(6)
    text = f"""Hej Elin,

Tack för din skadeanmälan. Vi har tagit emot den och ditt ärende har fått nummer {claim}.

Skadetyp: Stöld av cykel
Skadedatum: 2026-06-13
Försäkring: Hemförsäkring Bostadsrätt, {polnr}

Vi återkommer inom fem arbetsdagar. Har du kvitto på cykeln kan du ladda upp det på Mina sidor.

Med vänliga hälsningar
Folksam Skadeservice
"""
    mk(
        (2026, 6, 15, 8, 37),
        ("Folksam Skadeservice", "skadeservice@folksam.se"),
        f"Vi har tagit emot din skadeanmälan {claim}",
        plain(text),
        slug="folksam-skadeanmalan",
        mid="java",
        mid_domain="folksam.se",
    )
    text = f"""Hej Elin,

Vi har nu utrett din skada {claim} (stöld av cykel 2026-06-13).

Värdering av cykeln:   4 200 kr
Avgår självrisk:      -1 500 kr
Ersättning:            2 700 kr

Ersättningen betalas ut till ditt konto i Swedbank inom 2–3 bankdagar.

Med vänliga hälsningar
Folksam Skadeservice
"""
    mk(
        (2026, 6, 29, 13, 2),
        ("Folksam Skadeservice", "skadeservice@folksam.se"),
        f"Beslut i ditt skadeärende {claim}",
        plain(text),
        slug="folksam-ersattning",
        mid="java",
        mid_domain="folksam.se",
    )


def if_car() -> None:
    name = truth(
        "If bilförsäkring",
        ["If", "If Skadeförsäkring", "Bilförsäkring", "If Helförsäkring"],
        D("7236.00"),
        "yearly",
        "active",
        dt.date(2027, 4, 1),
        "bill",
    )
    orig_text = """Hej Omar,

Din bilförsäkring förnyas den 1 april 2026.

Fordon: KTF 62H, Volvo V60 D4 (2018)
Försäkring: Helförsäkring
Självrisk vagnskada: 4 000 kr
Körsträcka: upp till 1 500 mil per år
Försäkringsperiod: 2026-04-01 – 2027-03-31

Pris för 12 månader: 7 236 kr (förra året 6 804 kr)
Betalsätt: Helårsfaktura
Fakturan skickas separat och ska vara betald senast 2026-04-01.

Vill du betala månadsvis i stället? Byt till autogiro på Mina sidor – det kostar inget extra.

Välkommen att höra av dig om du har frågor.

Vänliga hälsningar
If Skadeförsäkring
Kundservice 0771-655 655 · if.se

If Skadeförsäkring AB (publ), org.nr 516401-8102, 106 80 Stockholm
"""
    orig_inner = """<div style="font-family:Arial,sans-serif;font-size:14px;line-height:21px">
<p><img src="https://www.if.se/static/email/if-logo.png" alt="If" width="60"></p>
<p>Hej Omar,</p><p>Din bilförsäkring förnyas den <b>1 april 2026</b>.</p>
<table style="font-size:14px">
<tr><td style="padding:4px 16px 4px 0;color:#666">Fordon</td><td>KTF 62H, Volvo V60 D4 (2018)</td></tr>
<tr><td style="padding:4px 16px 4px 0;color:#666">Försäkring</td><td>Helförsäkring</td></tr>
<tr><td style="padding:4px 16px 4px 0;color:#666">Självrisk vagnskada</td><td>4 000 kr</td></tr>
<tr><td style="padding:4px 16px 4px 0;color:#666">Körsträcka</td><td>upp till 1 500 mil per år</td></tr>
<tr><td style="padding:4px 16px 4px 0;color:#666">Försäkringsperiod</td><td>2026-04-01 – 2027-03-31</td></tr>
<tr><td style="padding:4px 16px 4px 0;color:#666">Pris för 12 månader</td><td><b>7 236 kr</b> (förra året 6 804 kr)</td></tr>
<tr><td style="padding:4px 16px 4px 0;color:#666">Betalsätt</td><td>Helårsfaktura, betalas senast 2026-04-01</td></tr>
</table>
<p>Vill du betala månadsvis i stället? Byt till autogiro på Mina sidor – det kostar inget extra.</p>
<p>Vänliga hälsningar<br>If Skadeförsäkring<br>Kundservice 0771-655 655 · if.se</p>
<p style="font-size:11px;color:#888">If Skadeförsäkring AB (publ), org.nr 516401-8102, 106 80 Stockholm</p></div>"""
    note = (
        "Den har gått upp igen, 432 kr mer än i fjol. Ska vi jämföra med Folksam innan 1 april? "
        "Annars betalar jag fakturan från mitt konto som vanligt.\n\n/O"
    )
    body = outlook_forward(
        note,
        "If Skadeförsäkring <noreply@if.se>",
        "den 2 mars 2026 09:14",
        "omar.haddad@outlook.com <omar.haddad@outlook.com>",
        "Din bilförsäkring förnyas den 1 april",
        orig_text,
        orig_inner,
    )
    mk(
        (2026, 3, 3, 7, 52),
        OMAR,
        "VB: Din bilförsäkring förnyas den 1 april",
        body,
        slug="omar-fwd-if",
        labels=[name],
        mid="outlook",
        headers=[("Content-Language", "sv-SE"), ("Thread-Topic", "Din bilförsäkring förnyas den 1 april")],
    )

    text = """Hej Elin,

Visste du att du kan få upp till 15 % rabatt när du samlar dina försäkringar hos If?
Hem, bil, barn och djur – allt på ett ställe, med en självrisk vid samma skadehändelse.

Räkna ut ditt pris på if.se/samla

Vänliga hälsningar
If

Du får det här mejlet eftersom du har samtyckt till nyhetsbrev från If. Avregistrera: https://www.if.se/avregistrera
If Skadeförsäkring AB (publ), 106 80 Stockholm
"""
    inner = """<tr><td style="padding:24px 32px"><img src="https://www.if.se/static/email/if-logo.png" alt="If" width="60"></td></tr>
<tr><td style="background:#ecf4ff;padding:32px;font-size:26px;font-weight:bold;color:#0054f0">Samla och spara upp till 15 %</td></tr>
<tr><td style="padding:24px 32px;font-size:15px;line-height:23px">Hej Elin,<br><br>Hem, bil, barn och djur – allt på ett ställe, med en självrisk vid samma skadehändelse.<br><br><a href="https://www.if.se/samla" style="background:#0054f0;color:#fff;padding:12px 22px;text-decoration:none;border-radius:24px">Räkna ut ditt pris</a></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#888">Du får det här mejlet eftersom du har samtyckt till nyhetsbrev från If. <a href="https://www.if.se/avregistrera">Avregistrera</a>.<br>If Skadeförsäkring AB (publ), 106 80 Stockholm</td></tr>"""
    mk(
        (2026, 9, 15, 16, 30),
        ("If", "nyhetsbrev@info.if.se"),
        "Elin, samla dina försäkringar och spara",
        alt(text, page("If", inner), "sfmc"),
        slug="if-marknadsforing",
        mid="java",
        mid_domain="info.if.se",
        headers=unsub("https://www.if.se/avregistrera"),
    )


BRF = "Brf Tallkronan 3"
BRF_FEE_2025 = D("4210.00")
BRF_FEE = D("4463.00")


def brf() -> None:
    name = truth(
        BRF,
        [
            "Bostadsrättsföreningen Tallkronan 3",
            "Tallkronan 3",
            "Månadsavgift Brf Tallkronan 3",
            "Årsavgift bostadsrätt",
            "SBC",
        ],
        BRF_FEE,
        "monthly",
        "active",
        dt.date(2026, 11, 30),
        "bill",
    )
    text = f"""Hej alla medlemmar i {BRF}!

Styrelsen har beslutat att höja årsavgiften med 6 % från och med den 1 januari 2026.

Bakgrunden är framför allt högre räntekostnader på föreningens lån, som ska läggas om under 2026,
samt höjda taxor för fjärrvärme (Stockholm Exergi), vatten och avfall. Styrelsen har också gjort
en ny underhållsplan där fasadrenoveringen ligger 2028.

Den nya avgiften för er lägenhet framgår av avin för januari–mars som SBC skickar i december.
För en trea på 78 kvm blir höjningen ungefär 250 kr i månaden.

Har du frågor är du välkommen till styrelsens öppna hus i föreningslokalen torsdag 11 december kl. 19.

Vänliga hälsningar
Styrelsen, {BRF}
styrelsen@brftallkronan3.se
"""
    mk(
        (2025, 12, 2, 21, 14),
        ("Styrelsen Brf Tallkronan 3", "styrelsen@brftallkronan3.se"),
        "Information om avgiftshöjning 2026",
        plain(text),
        slug="brf-avgiftshojning",
        labels=[name],
        mid="gmail",
        to=("Medlemmar Brf Tallkronan 3", "medlemmar@brftallkronan3.se"),
    )

    def avi(local: tuple, first: dt.date, note: str) -> None:
        rows = []
        for i in range(3):
            month = add_months(first, i)
            due = month - dt.timedelta(days=1)
            ocr = "1203" + f"{month.year % 100:02d}{month.month:02d}" + digits(4)
            rows.append((month, due, ocr))
        quarter = f"{MONTHS[first.month - 1]}–{MONTHS[add_months(first, 2).month - 1]} {first.year}"
        lines = "\n".join(
            f"  {MONTHS[mo.month - 1].capitalize():<10} {mo.year}   Årsavgift lgh 1203   {kr(BRF_FEE):>13}   "
            f"förfaller {iso(du)}   OCR {ocr}"
            for mo, du, ocr in rows
        )
        text = f"""Hej Elin Lindqvist,

Nu finns dina avier för {quarter} från {BRF}.

Lägenhet: 1203 (Tallkronevägen 14, 3 tr)
Betalningsmottagare: {BRF}, bankgiro 5390-2214

{lines}

Avgiften ska betalas senast sista bankdagen före varje kalendermånads början.
Använd rätt OCR-nummer för varje månad. Har du autogiro eller e-faktura dras beloppen automatiskt.
{note}
Avierna finns även som PDF i bilagan och på Mina sidor hos SBC.

Med vänlig hälsning
SBC Sveriges BostadsrättsCentrum AB
för {BRF}

Frågor om din avi? Ring SBC Kundtjänst 0771-722 722, vardagar 8–16.
"""
        trs = "\n".join(
            f'<tr><td style="padding:8px;border-bottom:1px solid #ddd">{MONTHS[mo.month - 1].capitalize()} {mo.year}</td>'
            f'<td style="padding:8px;border-bottom:1px solid #ddd">Årsavgift lgh 1203</td>'
            f'<td style="padding:8px;border-bottom:1px solid #ddd">{iso(du)}</td>'
            f'<td style="padding:8px;border-bottom:1px solid #ddd">{ocr}</td>'
            f'<td style="padding:8px;border-bottom:1px solid #ddd;text-align:right">{esc(kr(BRF_FEE))}</td></tr>'
            for mo, du, ocr in rows
        )
        inner = f"""<tr><td style="padding:20px 28px;background:#00594f;color:#fff;font-size:18px">SBC · {BRF}</td></tr>
<tr><td style="padding:24px 28px 8px 28px;font-size:20px;font-weight:bold">Dina avier för {quarter}</td></tr>
<tr><td style="padding:0 28px 12px 28px;font-size:14px">Hej Elin Lindqvist,<br>Lägenhet 1203 (Tallkronevägen 14, 3 tr). Betalningsmottagare {BRF}, bankgiro 5390-2214.</td></tr>
<tr><td style="padding:0 28px"><table width="100%" style="font-size:13px">
<tr style="background:#eef5f4"><th style="padding:8px;text-align:left">Månad</th><th style="padding:8px;text-align:left">Avser</th><th style="padding:8px;text-align:left">Förfallodatum</th><th style="padding:8px;text-align:left">OCR</th><th style="padding:8px;text-align:right">Belopp</th></tr>
{trs}
</table></td></tr>
<tr><td style="padding:16px 28px;font-size:13px;line-height:20px">Avgiften ska betalas senast sista bankdagen före varje kalendermånads början. Har du autogiro eller e-faktura dras beloppen automatiskt.{("<br><b>" + esc(note.strip()) + "</b>") if note.strip() else ""}</td></tr>
<tr><td style="padding:16px 28px;background:#f3f3f3;font-size:11px;color:#666">SBC Sveriges BostadsrättsCentrum AB, Box 226, 101 24 Stockholm · Kundtjänst 0771-722 722</td></tr>"""
        pdf = fake_pdf("Avi", BRF, quarter, "Lgh 1203", " ".join(f"{iso(du)} {BRF_FEE}" for _, du, _ in rows))
        body = multipart(
            "mixed",
            [
                alt(text, page("Avi", inner, charset="windows-1252"), "java", charset="windows-1252"),
                attachment(f"Avi_1203_{first.year}{first.month:02d}.pdf", pdf),
            ],
            "java",
        )
        mk(
            local,
            ("SBC Avisering", "avisering@sbc.se"),
            f"Avi från {BRF} – {quarter}",
            body,
            slug="sbc-avi",
            labels=[name],
            mid="java",
            mid_domain="sbc.se",
            charset="windows-1252",
        )

    avi(
        (2025, 12, 10, 4, 12),
        dt.date(2026, 1, 1),
        f"\nObservera: Årsavgiften höjs med 6 % från 2026-01-01, från {kr(BRF_FEE_2025)} till {kr(BRF_FEE)} per månad.\n",
    )
    avi((2026, 6, 10, 4, 9), dt.date(2026, 7, 1), "")
    avi((2026, 9, 10, 4, 15), dt.date(2026, 10, 1), "")

    text = f"""Hej alla medlemmar!

Välkomna till ordinarie föreningsstämma i {BRF}.

Tid: tisdag 26 maj 2026 kl. 19.00
Plats: Föreningslokalen, Tallkronevägen 10, entréplan

Dagordning, årsredovisning för 2025 och inkomna motioner finns i bilagan och på anslagstavlan.
Motioner om laddstolpar och cykelrum behandlas under punkt 15.

Kan du inte komma får du lämna fullmakt till en annan medlem eller en närstående.

Vänliga hälsningar
Styrelsen
"""
    pdf = fake_pdf("Kallelse foreningsstamma 2026", BRF, "Arsredovisning 2025")
    mk(
        (2026, 5, 4, 20, 3),
        ("Styrelsen Brf Tallkronan 3", "styrelsen@brftallkronan3.se"),
        "Kallelse till ordinarie föreningsstämma 26 maj",
        multipart("mixed", [plain(text), attachment("Kallelse_och_arsredovisning_2025.pdf", pdf)], "gmail"),
        slug="brf-stamma",
        mid="gmail",
        to=("Medlemmar Brf Tallkronan 3", "medlemmar@brftallkronan3.se"),
    )


def sbab() -> None:
    loan = "SBAB bolån"
    principal_aug = D("2141000")
    principal_nov = D("2132000")
    int_aug = r2(principal_aug * D("0.0264") / 12)
    int_nov = r2(principal_nov * D("0.0249") / 12)
    total_nov = int_nov + D("3000")
    name = truth(
        loan,
        ["SBAB", "SBAB Bank", "Bolån", "SBAB Bank AB"],
        total_nov,
        "monthly",
        "active",
        dt.date(2026, 12, 18),
        "bill",
    )

    def notice(
        greeting: str,
        date_from: dt.date,
        rate: str,
        old: str,
        principal: Decimal,
        interest: Decimal,
        nxt: dt.date,
    ) -> tuple[str, str]:
        text = f"""{greeting}

Räntan för ditt bolån har ändrats på villkorsändringsdagen {iso(date_from)}.

Lånenummer: 9570 184 223 6
Låntagare: Omar Haddad, Elin Lindqvist
Räntebindning: 3 månader
Ny ränta: {rate} % (tidigare {old} %)
Aktuell skuld: {kr(principal, decimals=False)}

Din nästa betalning {iso(nxt)}
  Ränta:        {kr(interest)}
  Amortering:   {kr(3000)}
  Att betala:   {kr(interest + 3000)}

Beloppet dras från ert konto via autogiro på förfallodagen. Nästa villkorsändringsdag är
{iso(add_months(date_from, 3))}.

Vänliga hälsningar
SBAB

SBAB Bank AB (publ), org.nr 556253-7513, Box 27308, 102 54 Stockholm. Det här mejlet går inte att svara på.
"""
        inner = f"""<div style="font-family:Arial,sans-serif;font-size:14px;line-height:21px;color:#111">
<p style="font-size:20px;font-weight:bold;color:#00205b">SBAB</p>
<p>{esc(greeting)}</p><p>Räntan för ditt bolån har ändrats på villkorsändringsdagen {iso(date_from)}.</p>
<table style="font-size:14px">
<tr><td style="padding:3px 16px 3px 0;color:#666">Lånenummer</td><td>9570 184 223 6</td></tr>
<tr><td style="padding:3px 16px 3px 0;color:#666">Räntebindning</td><td>3 månader</td></tr>
<tr><td style="padding:3px 16px 3px 0;color:#666">Ny ränta</td><td><b>{rate} %</b> (tidigare {old} %)</td></tr>
<tr><td style="padding:3px 16px 3px 0;color:#666">Aktuell skuld</td><td>{esc(kr(principal, decimals=False))}</td></tr>
</table>
<p><b>Din nästa betalning {iso(nxt)}</b></p>
<table style="font-size:14px">
<tr><td style="padding:3px 16px 3px 0">Ränta</td><td style="text-align:right">{esc(kr(interest))}</td></tr>
<tr><td style="padding:3px 16px 3px 0">Amortering</td><td style="text-align:right">{esc(kr(3000))}</td></tr>
<tr><td style="padding:3px 16px 3px 0;font-weight:bold">Att betala</td><td style="text-align:right;font-weight:bold">{esc(kr(interest + 3000))}</td></tr>
</table>
<p>Beloppet dras från ert konto via autogiro på förfallodagen.</p>
<p style="font-size:11px;color:#888">SBAB Bank AB (publ), org.nr 556253-7513, Box 27308, 102 54 Stockholm.</p></div>"""
        return text, inner

    text, inner = notice(
        "Hej Omar,", dt.date(2026, 8, 18), "2,64", "2,79", principal_aug, int_aug, dt.date(2026, 9, 18)
    )
    body = outlook_forward(
        "Räntan gick ner lite igen 👍 Fast jag tror vi ska fundera på att binda en del av lånet.",
        "SBAB <noreply@sbab.se>",
        "den 19 augusti 2026 06:02",
        "omar.haddad@outlook.com <omar.haddad@outlook.com>",
        "Ny ränta för ditt bolån",
        text,
        inner,
    )
    mk(
        (2026, 8, 19, 7, 40),
        OMAR,
        "VB: Ny ränta för ditt bolån",
        body,
        slug="omar-fwd-sbab",
        labels=[name],
        mid="outlook",
        headers=[("Content-Language", "sv-SE")],
    )

    text, inner = notice(
        "Hej Elin,", dt.date(2026, 11, 18), "2,49", "2,64", principal_nov, int_nov, dt.date(2026, 12, 18)
    )
    mk(
        (2026, 11, 19, 6, 3),
        ("SBAB", "noreply@sbab.se"),
        "Ny ränta för ditt bolån",
        html(page("Ny ränta", f'<tr><td style="padding:28px 32px">{inner}</td></tr>', bg="#ffffff")),
        slug="sbab-ny-ranta",
        labels=[name],
        mid="uuid",
        mid_domain="sbab.se",
    )


# ============================================================================================
# Stockholm everyday: SL 30-dagarsbiljett, SATS, förskola (Stockholms stad via Kivra), Unionen, a-kassa


def sl() -> None:
    name = truth(
        "SL 30-dagarsbiljett",
        ["SL", "Storstockholms Lokaltrafik", "SL-kort", "30-dagarsbiljett", "SL periodbiljett"],
        D("1060.00"),
        "monthly",
        "active",
        dt.date(2026, 12, 10),
        "subscription",
    )
    buys = [
        ((2025, 12, 6, 7, 41), D("1010.00")),
        ((2026, 3, 6, 7, 38), D("1060.00")),
        ((2026, 6, 4, 7, 52), D("1060.00")),
        ((2026, 9, 11, 7, 35), D("1060.00")),
        ((2026, 11, 10, 7, 44), D("1060.00")),
    ]
    for local, price in buys:
        start = dt.date(*local[:3])
        end = start + dt.timedelta(days=29)
        order = digits(9)
        vat = r2(price * 6 / 106)
        text = f"""Tack för ditt köp!

Kvitto
Ordernummer: {order}
Köpt: {iso(start)} {local[3]:02d}:{local[4]:02d}
Säljställe: SL-appen

30-dagarsbiljett, helt pris          {kr(price)}
Giltig {iso(start)} – {iso(end)}
Laddad på SL Access-kort ****3391

Totalt                               {kr(price)}
Varav moms 6 %                       {kr(vat)}
Betalsätt: Visa ****{card(start)}

Biljetten gäller i hela SL-trafiken med buss, tunnelbana, pendeltåg, lokalbana och
vissa båtlinjer. Kvittot gäller som underlag för reseavdrag.

Region Stockholm, Trafikförvaltningen, org.nr 232100-0016
Kundservice 08-600 10 00 · sl.se
"""
        inner = f"""<tr><td style="padding:20px 28px;background:#0089ca;color:#fff;font-size:26px;font-weight:bold">SL</td></tr>
<tr><td style="padding:24px 28px 8px 28px;font-size:20px;font-weight:bold">Tack för ditt köp!</td></tr>
<tr><td style="padding:0 28px"><table width="100%" style="font-size:14px">
{rows_html([("Ordernummer", order), ("Köpt", f"{iso(start)} {local[3]:02d}:{local[4]:02d}"), ("Säljställe", "SL-appen")], "color:#666")}
<tr><td colspan="2" style="padding:14px 0 4px 0;font-weight:bold">30-dagarsbiljett, helt pris</td></tr>
{rows_html([("Giltig", f"{iso(start)} – {iso(end)}"), ("Laddad på", "SL Access-kort ****3391"), ("Pris", kr(price)), ("Varav moms 6 %", kr(vat)), ("Betalsätt", f"Visa ****{card(start)}")])}
</table></td></tr>
<tr><td style="padding:16px 28px;font-size:12px;color:#555;line-height:18px">Kvittot gäller som underlag för reseavdrag.<br>Region Stockholm, Trafikförvaltningen, org.nr 232100-0016 · Kundservice 08-600 10 00</td></tr>"""
        mk(
            local,
            ("SL", "noreply@sl.se"),
            f"Kvitto för ditt köp – order {order}",
            alt(text, page("Kvitto SL", inner), "java"),
            slug="sl-kvitto",
            labels=[name],
            mid="uuid",
            mid_domain="sl.se",
        )

    text = """Hej!

Den 1 januari 2026 får SL nya priser. Här är några exempel:

  Enkelbiljett, helt pris          43 kr
  30-dagarsbiljett, helt pris   1 060 kr (i dag 1 010 kr)
  30-dagarsbiljett, reducerat     640 kr
  Årsbiljett, helt pris        11 130 kr

Har du en periodbiljett som du köpt före 1 januari gäller den som vanligt tills den går ut.

Läs mer på sl.se/priser

Du får det här mejlet eftersom du har ett registrerat SL-konto. Avregistrera nyhetsbrev: https://sl.se/mitt-sl/installningar
"""
    mk(
        (2025, 12, 15, 10, 0),
        ("SL", "nyhetsbrev@sl.se"),
        "Nya priser i SL-trafiken från 1 januari",
        alt(
            text,
            page(
                "SL",
                '<tr><td style="padding:28px;font-size:15px;line-height:23px">'
                + esc(text).replace("\n", "<br>\n")
                + "</td></tr>",
            ),
            "java",
        ),
        slug="sl-nya-priser",
        labels=[name],
        mid="uuid",
        mid_domain="sl.se",
        headers=unsub("https://sl.se/mitt-sl/installningar"),
    )


def sats() -> None:
    name = truth(
        "SATS",
        ["SATS Sweden AB", "SATS medlemskap", "SATS Base", "SATS gym"],
        D("549.00"),
        "monthly",
        "active",
        dt.date(2026, 12, 1),
        "subscription",
    )
    member = "SE" + digits(8)
    text = f"""Välkommen till SATS, Elin!

Vad roligt att du vill träna med oss. Här är ditt avtal.

Medlemsnummer: {member}
Medlemskap: Base – SATS Liljeholmen
Startdatum: 2026-01-02
Bindningstid: 12 månader, till och med 2026-12-31
Månadsavgift: 549 kr
Startavgift: 0 kr (kampanj)

Betalning
Januari: 549 kr, betalt med kort vid köpet.
Från februari dras 549 kr via autogiro den 1:a varje månad (förskottsbetalning).

Efter bindningstiden fortsätter medlemskapet tills vidare med en (1) månads uppsägningstid.

Ladda ner SATS-appen för att boka pass och se dina träningar.

Vi ses på gymmet!
SATS

SATS Sweden AB, org.nr 556389-6546, Box 45124, 104 30 Stockholm
Medlemsvillkor: sats.se/medlemsvillkor
"""
    inner = f"""<tr><td style="padding:28px 32px;background:#0a0a0a;color:#fff;font-size:30px;font-weight:900;letter-spacing:2px">SATS</td></tr>
<tr><td style="padding:28px 32px 8px 32px;font-size:24px;font-weight:bold">Välkommen till SATS, Elin!</td></tr>
<tr><td style="padding:0 32px 12px 32px;font-size:15px">Vad roligt att du vill träna med oss. Här är ditt avtal.</td></tr>
<tr><td style="padding:0 32px"><table width="100%" style="font-size:14px">
{
        rows_html(
            [
                ("Medlemsnummer", member),
                ("Medlemskap", "Base – SATS Liljeholmen"),
                ("Startdatum", "2026-01-02"),
                ("Bindningstid", "12 månader, t.o.m. 2026-12-31"),
                ("Månadsavgift", "549 kr"),
                ("Startavgift", "0 kr (kampanj)"),
                ("Januari", "549 kr, betalt med kort"),
                ("Från februari", "549 kr via autogiro den 1:a varje månad"),
            ],
            "color:#666",
        )
    }
</table></td></tr>
<tr><td style="padding:16px 32px;font-size:14px;line-height:21px">Efter bindningstiden fortsätter medlemskapet tills vidare med en (1) månads uppsägningstid.<br><br>Vi ses på gymmet!</td></tr>
<tr><td style="padding:16px 32px;background:#f0f0f0;font-size:11px;color:#666">SATS Sweden AB, org.nr 556389-6546, Box 45124, 104 30 Stockholm · <a href="https://www.sats.se/medlemsvillkor">Medlemsvillkor</a></td></tr>"""
    mk(
        (2026, 1, 2, 17, 26),
        ("SATS", "noreply@sats.se"),
        "Välkommen till SATS – ditt avtal",
        alt(text, page("Välkommen", inner), "sfmc"),
        slug="sats-valkommen",
        labels=[name],
        mid="ses",
        mid_domain="eu-north-1.amazonses.com",
    )

    text = f"""Kvitto

SATS Liljeholmen
Datum: 2026-02-20 18:12
Kvittonummer: {digits(8)}

PT-paket 3 x 55 min (engångsköp)   2 085,00 kr
Varav moms 25 %                      417,00 kr
Totalt                             2 085,00 kr

Betalt med Visa ****{CARD}

Dina PT-pass är giltiga i 6 månader från köpdatum. Boka i appen.

SATS Sweden AB, org.nr 556389-6546
"""
    mk(
        (2026, 2, 20, 18, 13),
        ("SATS", "noreply@sats.se"),
        "Ditt kvitto från SATS",
        plain(text),
        slug="sats-pt-kvitto",
        mid="ses",
        mid_domain="eu-north-1.amazonses.com",
    )
    NEGATIVES.append("PT-paket")

    text = """Hej Elin,

Din bindningstid går ut den 31 december 2026.

Du behöver inte göra något: ditt medlemskap Base – SATS Liljeholmen fortsätter automatiskt
efter bindningstiden, till samma pris, 549 kr/mån, med en månads uppsägningstid.
Autogirot dras som vanligt den 1:a varje månad.

Vill du byta till All Access och träna på alla våra klubbar? Det gör du i appen.

Tack för att du tränar med oss!
SATS Medlemsservice
"""
    mk(
        (2026, 11, 16, 9, 30),
        ("SATS Medlemsservice", "medlemsservice@sats.se"),
        "Din bindningstid går snart ut",
        alt(
            text,
            page(
                "SATS",
                '<tr><td style="padding:28px 32px;background:#0a0a0a;color:#fff;font-size:30px;font-weight:900">SATS</td></tr>'
                '<tr><td style="padding:28px 32px;font-size:15px;line-height:23px">'
                + esc(text).replace("\n", "<br>\n")
                + "</td></tr>",
            ),
            "sfmc",
        ),
        slug="sats-bindningstid",
        labels=[name],
        mid="ses",
        mid_domain="eu-north-1.amazonses.com",
    )

    text = """BLACK WEEK PÅ SATS

25 % rabatt på alla PT-paket och 3 månader Premium-appen på köpet.
Gäller 20–30 november eller så länge lagret räcker.

Boka din PT: sats.se/pt

Avregistrera: https://www.sats.se/unsubscribe
SATS Sweden AB, Box 45124, 104 30 Stockholm
"""
    inner = """<tr><td style="padding:40px 32px;background:#0a0a0a;color:#fff;font-size:34px;font-weight:900;text-align:center">BLACK WEEK</td></tr>
<tr><td style="padding:28px 32px;font-size:16px;line-height:24px;text-align:center"><b>25 % rabatt på alla PT-paket</b><br>och 3 månader Premium-appen på köpet.<br>Gäller 20–30 november.<br><br><a href="https://www.sats.se/pt" style="background:#ff5c00;color:#fff;padding:12px 26px;text-decoration:none">Boka din PT</a></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#888;text-align:center"><a href="https://www.sats.se/unsubscribe">Avregistrera</a> · SATS Sweden AB, Box 45124, 104 30 Stockholm</td></tr>"""
    mk(
        (2026, 11, 20, 7, 0),
        ("SATS", "news@mail.sats.se"),
        "🖤 BLACK WEEK: 25 % på PT",
        alt(text, page("Black Week", inner), "sfmc"),
        slug="sats-black-week",
        mid="ses",
        mid_domain="eu-north-1.amazonses.com",
        headers=unsub("https://www.sats.se/unsubscribe"),
    )


def kivra(
    local: tuple,
    sender: str,
    kind: str,
    *,
    amount: Decimal | None = None,
    due: dt.date | None = None,
    labels: list[str] | tuple = (),
    slug: str,
) -> None:
    if kind == "faktura":
        subject = f"Du har fått en ny faktura från {sender}"
        detail = ""
        if amount is not None:
            detail = f"\nBelopp: {kr(amount)}\nFörfallodatum: {iso(due)}\n"
        text = (
            f"Hej Elin!\n\nDu har fått en ny faktura från {sender} i Kivra.\n{detail}\n"
            "Logga in i Kivra-appen eller på kivra.se för att se och betala fakturan.\n\n"
            "Hälsningar,\nKivra\n\nDet här är ett automatiskt utskick och går inte att svara på. "
            "Ändra dina notiser i appen under Inställningar.\nKivra AB, org.nr 556840-2377, Box 3157, 103 63 Stockholm\n"
        )
    else:
        subject = f"Du har fått ett nytt brev från {sender}"
        text = (
            f"Hej Elin!\n\nDu har fått ett nytt brev från {sender} i Kivra.\n\n"
            "Logga in i Kivra-appen eller på kivra.se för att läsa det.\n\nHälsningar,\nKivra\n\n"
            "Det här är ett automatiskt utskick och går inte att svara på.\n"
            "Kivra AB, org.nr 556840-2377, Box 3157, 103 63 Stockholm\n"
        )
    box = ""
    if amount is not None:
        box = (
            f'<table style="font-size:15px;margin:12px 0;background:#f4f1ec"><tr><td style="padding:10px 16px">Belopp</td>'
            f'<td style="padding:10px 16px;font-weight:bold">{esc(kr(amount))}</td></tr><tr><td style="padding:10px 16px">'
            f'Förfallodatum</td><td style="padding:10px 16px;font-weight:bold">{iso(due)}</td></tr></table>'
        )
    what = "en ny faktura" if kind == "faktura" else "ett nytt brev"
    inner = f"""<tr><td style="padding:24px 32px;background:#ffffff"><img src="https://static.kivra.com/email/kivra-logo.png" alt="Kivra" width="90"></td></tr>
<tr><td style="padding:8px 32px 28px 32px;font-size:16px;line-height:24px">Hej Elin!<br><br>Du har fått {what} från <b>{esc(sender)}</b> i Kivra.{box}<br>
<a href="https://app.kivra.com" style="background:#00a35c;color:#fff;padding:12px 24px;text-decoration:none;border-radius:24px">{"Se och betala" if kind == "faktura" else "Läs brevet"}</a></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#888">Det här är ett automatiskt utskick och går inte att svara på.<br>Kivra AB, org.nr 556840-2377, Box 3157, 103 63 Stockholm</td></tr>"""
    mk(
        local,
        ("Kivra", "no-reply@kivra.com"),
        subject,
        alt(text, page(subject, inner, bg="#f4f1ec"), "gmail"),
        slug=slug,
        labels=labels,
        mid="ses",
        mid_domain="eu-west-1.amazonses.com",
    )


def forskola() -> None:
    fee = D("1718.00")
    name = truth(
        "Förskoleavgift Stockholms stad",
        ["Stockholms stad", "Förskoleavgift", "Förskola", "Barnomsorgsavgift", "Avgift för förskola"],
        fee,
        "monthly",
        "active",
        dt.date(2026, 11, 30),
        "bill",
    )
    text = """Hej Elin Lindqvist,

Du har fått ett beslut om avgift för förskola från Stockholms stad.

Barn: Leo Haddad Lindqvist (född 2022)
Förskola: Förskolan Lärkan, Hägersten-Älvsjö stadsdelsförvaltning
Beslutet gäller från: 2026-01-01

Avgift per månad: 1 718 kr
Avgiften är 3 % av hushållets samlade inkomst, högst maxtaxan för barn 1 (1 718 kr/månad 2026).

Avgiften betalas 12 månader per år. Fakturan skickas månadsvis till din digitala brevlåda
(Kivra) och ska vara betald senast den sista dagen i månaden.

Kom ihåg att meddela oss om hushållets inkomst ändras.

Beslutet finns i sin helhet under Mina sidor, Förskola, på stockholm.se.
Så överklagar du: se bilaga till beslutet.

Med vänlig hälsning
Stockholms stad, Avgiftshandläggningen
Telefon 08-508 00 508
"""
    mk(
        (2026, 1, 9, 14, 5),
        ("Stockholms stad", "noreply@stockholm.se"),
        "Beslut om avgift för förskola",
        plain(text, "iso-8859-1", "quoted-printable"),
        slug="stockholm-avgiftsbeslut",
        labels=[name],
        mid="hex",
        mid_domain="stockholm.se",
        charset="iso-8859-1",
    )

    kivra(
        (2026, 2, 11, 9, 1),
        "Stockholms stad",
        "faktura",
        amount=fee,
        due=dt.date(2026, 2, 28),
        labels=[name],
        slug="kivra-stockholms-stad",
    )
    kivra((2026, 5, 12, 9, 3), "Stockholms stad", "faktura", labels=[name], slug="kivra-stockholms-stad")
    kivra(
        (2026, 8, 12, 9, 2),
        "Stockholms stad",
        "faktura",
        amount=fee,
        due=dt.date(2026, 8, 31),
        labels=[name],
        slug="kivra-stockholms-stad",
    )
    kivra(
        (2026, 11, 11, 9, 4),
        "Stockholms stad",
        "faktura",
        amount=fee,
        due=dt.date(2026, 11, 30),
        labels=[name],
        slug="kivra-stockholms-stad",
    )

    text = """Hej,

Det är dags att lämna inkomstuppgift för barnomsorgsavgift.

Alla hushåll med barn i förskola eller fritidshem i Stockholms stad ska varje år lämna uppgift om
hushållets inkomst. Lämna uppgiften senast den 30 september 2026 via e-tjänsten Inkomstuppgift på
stockholm.se. Om du inte lämnar uppgift debiteras du högsta avgift (maxtaxa).

Med vänlig hälsning
Stockholms stad, Avgiftshandläggningen
"""
    mk(
        (2026, 9, 1, 8, 15),
        ("Stockholms stad", "noreply@stockholm.se"),
        "Dags att lämna inkomstuppgift",
        plain(text, "iso-8859-1", "quoted-printable"),
        slug="stockholm-inkomstuppgift",
        labels=[name],
        mid="hex",
        mid_domain="stockholm.se",
        charset="iso-8859-1",
    )

    text = """Hej alla föräldrar på Lärkan!

Nu är sommaren nästan här. Några påminnelser:

- Midsommarfirande på gården torsdag 18 juni kl. 15. Ta gärna med fika!
- Sommarförskola: Lärkan är sammanslagen med Förskolan Tallen v. 28–31.
- Kom ihåg solhatt, solkräm och vattenflaska märkt med namn.

Tack för en fin vår!

Hälsningar
Pedagogerna på Avdelning Myran, Förskolan Lärkan
"""
    mk(
        (2026, 6, 10, 15, 42),
        ("Förskolan Lärkan", "larkan.forskola@edu.stockholm.se"),
        "Sommarbrev från Lärkan",
        plain(text),
        slug="larkan-sommarbrev",
        mid="outlook",
        mid_domain="edu.stockholm.se",
        to=("Vårdnadshavare Myran", "myran.vardnadshavare@edu.stockholm.se"),
    )
    NEGATIVES.append("Förskolan Lärkan")


def unionen() -> None:
    name = truth(
        "Unionen",
        ["Unionen medlemsavgift", "Fackförbundet Unionen"],
        D("318.00"),
        "monthly",
        "active",
        dt.date(2026, 12, 27),
        "subscription",
    )
    text = f"""Hej Elin,

Här är information om din medlemsavgift för 2026.

Medlemsnummer: {digits(7)}
Din avgift: 318 kr/månad
Avgiften baseras på din månadslön (40 000–44 999 kr) och ingår i medlemskapet: inkomstförsäkring,
stöd vid lönesamtal och juridisk rådgivning.

Betalning: Autogiro, beloppet dras den 27:e varje månad.

Observera att avgiften till Unionens a-kassa betalas separat.

Har din lön ändrats? Uppdatera den på Mitt medlemskap på unionen.se.

Vänliga hälsningar
Unionen Medlemsservice
0770-870 000

Unionen, Olof Palmes gata 17, 105 32 Stockholm
"""
    inner = (
        '<tr><td style="padding:22px 32px;background:#1f1a4d;color:#fff;font-size:24px;font-weight:bold">Unionen</td></tr>'
        '<tr><td style="padding:28px 32px;font-size:15px;line-height:23px">'
        + esc(text).replace("\n", "<br>\n")
        + "</td></tr>"
    )
    mk(
        (2026, 1, 14, 11, 20),
        ("Unionen", "medlem@unionen.se"),
        "Din medlemsavgift 2026",
        alt(text, page("Medlemsavgift", inner), "sfmc"),
        slug="unionen-avgift",
        labels=[name],
        mid="java",
        mid_domain="unionen.se",
    )

    text = """Kollega – veckans nyheter

* Lönerevisionen 2026: så förbereder du ditt lönesamtal
* Ny dom om övertidsersättning för tjänstemän
* Unionen Direkt: Kan chefen neka mig semester i juli?

Läs mer på kollega.se

Du får nyhetsbrevet som medlem i Unionen. Avsluta prenumerationen: https://www.unionen.se/nyhetsbrev/avsluta
"""
    mk(
        (2026, 4, 16, 6, 30),
        ("Kollega från Unionen", "nyhetsbrev@kollega.se"),
        "Lönerevisionen: så förbereder du dig",
        alt(
            text,
            page(
                "Kollega",
                '<tr><td style="padding:28px 32px;font-size:15px;line-height:23px">'
                + esc(text).replace("\n", "<br>\n")
                + "</td></tr>",
            ),
            "sfmc",
        ),
        slug="kollega-nyhetsbrev",
        mid="java",
        mid_domain="kollega.se",
        headers=unsub("https://www.unionen.se/nyhetsbrev/avsluta"),
    )


def akassa() -> None:
    name = truth(
        "Unionens a-kassa",
        ["A-kassa", "A-kassan", "Unionens arbetslöshetskassa"],
        D("420.00"),
        "quarterly",
        "active",
        dt.date(2027, 1, 31),
        "bill",
    )
    for local, start in [
        ((2026, 1, 5, 10, 0), dt.date(2026, 1, 1)),
        ((2026, 4, 6, 10, 0), dt.date(2026, 4, 1)),
        ((2026, 10, 5, 10, 0), dt.date(2026, 10, 1)),
    ]:
        end = add_months(start, 3) - dt.timedelta(days=1)
        due = add_months(start, 1) - dt.timedelta(days=1)
        invno = digits(9)
        text = f"""Hej Elin Lindqvist,

Här kommer din faktura för medlemsavgiften till Unionens a-kassa.

Fakturanummer: {invno}
Period: {iso(start)} – {iso(end)}
Medlemsavgift: 3 månader × 140 kr
Att betala: 420 kr
Förfallodatum: {iso(due)}
Bankgiro: 5103-1224
OCR: {invno}7

Tänk på att du måste betala avgiften i tid för att behålla ditt medlemskap och din rätt till
ersättning om du blir arbetslös.

Vill du slippa fakturor? Anmäl autogiro på Mina sidor.

Med vänlig hälsning
Unionens a-kassa
0770-870 500 · unionensakassa.se
"""
        mk(
            local,
            ("Unionens a-kassa", "noreply@unionensakassa.se"),
            "Faktura medlemsavgift Unionens a-kassa",
            plain(text),
            slug="akassa-faktura",
            labels=[name],
            mid="uuid",
            mid_domain="unionensakassa.se",
        )


# ============================================================================================
# Music, video, audiobooks, news, podcasts


def spotify() -> None:
    price = D("259.00")
    name = truth(
        "Spotify Premium Family",
        ["Spotify", "Spotify Family", "Spotify AB", "Premium Family"],
        price,
        "monthly",
        "active",
        dt.date(2026, 12, 14),
        "subscription",
    )

    def receipt(local: tuple, card_no: str, nxt: dt.date) -> None:
        d = dt.date(*local[:3])
        order = "P" + digits(11)
        vat = r2(price / 5)
        text = f"""Spotify

Tack för att du har Premium Family. Här är ditt kvitto.

Datum: {iso(d)}
Beställningsnummer: {order}
Abonnemang: Premium Family (6 konton)
Betalningsmetod: Visa •••• {card_no}

Premium Family                     {kr(price)}
Moms (25 %)                        {kr(vat)}
Totalt                             {kr(price)}

Nästa betalning: {dlong(nxt)}.
Du kan när som helst säga upp ditt abonnemang på spotify.com/account.

Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sverige. Org.nr 556703-7485.
"""
        inner = f"""<tr><td style="padding:28px 32px;background:#121212"><img src="https://www.scdn.co/i/_global/email/spotify-logo-green.png" width="120" alt="Spotify"></td></tr>
<tr><td style="padding:32px 32px 8px 32px;font-size:28px;font-weight:bold;color:#121212">Tack för att du har Premium Family</td></tr>
<tr><td style="padding:0 32px 16px 32px;font-size:15px;color:#6a6a6a">Här är ditt kvitto.</td></tr>
<tr><td style="padding:0 32px"><table width="100%" style="font-size:14px">
{rows_html([("Datum", iso(d)), ("Beställningsnummer", order), ("Abonnemang", "Premium Family (6 konton)"), ("Betalningsmetod", f"Visa •••• {card_no}")], "color:#6a6a6a")}
<tr><td colspan="2" style="border-top:1px solid #ddd;padding-top:8px"></td></tr>
{rows_html([("Premium Family", kr(price)), ("Moms (25 %)", kr(vat))])}
<tr><td style="padding:8px 0;font-weight:bold">Totalt</td><td style="padding:8px 0;text-align:right;font-weight:bold">{esc(kr(price))}</td></tr>
</table></td></tr>
<tr><td style="padding:16px 32px;font-size:14px">Nästa betalning: {dlong(nxt)}.</td></tr>
<tr><td style="padding:20px 32px;font-size:11px;color:#6a6a6a;line-height:16px">Du kan när som helst säga upp ditt abonnemang på <a href="https://www.spotify.com/se/account/">spotify.com/account</a>.<br>Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sverige. Org.nr 556703-7485.</td></tr>"""
        mk(
            local,
            ("Spotify", "no-reply@spotify.com"),
            "Ditt kvitto från Spotify",
            alt(text, page("Kvitto", inner, bg="#ffffff"), "sfmc"),
            slug="spotify-kvitto",
            labels=[name],
            zone="utc",
            mid="java",
            mid_domain="spotify.com",
        )

    text = """Elin, ditt 2025 på Spotify är här.

Du lyssnade 31 204 minuter. Din topartist var Veronica Maggio och din topplåt "Hela huset".
Din familj lyssnade mest på ... Bolibompa-låtar. Vi dömer ingen.

Se hela din Wrapped i appen: spotify.com/wrapped

Spotify AB, Regeringsgatan 19, 111 53 Stockholm
Avregistrera: https://www.spotify.com/se/account/notifications/
"""
    inner = """<tr><td style="padding:40px 32px;background:#1db954;color:#121212;font-size:32px;font-weight:900">Ditt 2025 på Spotify är här</td></tr>
<tr><td style="padding:28px 32px;font-size:16px;line-height:24px">Du lyssnade <b>31 204 minuter</b>. Din topartist var <b>Veronica Maggio</b> och din topplåt ”Hela huset”.<br><br><a href="https://www.spotify.com/wrapped" style="background:#121212;color:#fff;padding:12px 26px;border-radius:24px;text-decoration:none">Se din Wrapped</a></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#6a6a6a">Spotify AB, Regeringsgatan 19, 111 53 Stockholm · <a href="https://www.spotify.com/se/account/notifications/">Avregistrera</a></td></tr>"""
    mk(
        (2025, 12, 3, 14, 0),
        ("Spotify", "no-reply@alerts.spotify.com"),
        "Elin, din Wrapped 2025 är här 🎉",
        alt(text, page("Wrapped", inner, bg="#ffffff"), "sfmc"),
        slug="spotify-wrapped",
        zone="utc",
        mid="java",
        mid_domain="spotify.com",
        headers=unsub("https://www.spotify.com/se/account/notifications/"),
    )

    receipt((2025, 12, 14, 9, 12), CARD, dt.date(2026, 1, 14))
    text = f"""Vi kunde inte genomföra din betalning

Hej Elin,

Vi försökte dra 259,00 kr för Premium Family den 14 juni 2026, men betalningen gick inte igenom.
Det verkar som att ditt kort (Visa •••• {CARD}) har gått ut.

Uppdatera dina betalningsuppgifter på spotify.com/account så att du och din familj kan fortsätta
lyssna utan avbrott. Vi försöker dra beloppet igen om några dagar.

Spotify AB, Regeringsgatan 19, 111 53 Stockholm
"""
    inner = f"""<tr><td style="padding:28px 32px;background:#121212"><img src="https://www.scdn.co/i/_global/email/spotify-logo-green.png" width="120" alt="Spotify"></td></tr>
<tr><td style="padding:28px 32px;font-size:15px;line-height:23px"><h1 style="font-size:24px;margin:0 0 14px 0">Vi kunde inte genomföra din betalning</h1>Hej Elin,<br><br>Vi försökte dra 259,00 kr för Premium Family den 14 juni 2026, men betalningen gick inte igenom. Det verkar som att ditt kort (Visa •••• {CARD}) har gått ut.<br><br><a href="https://www.spotify.com/se/account/" style="background:#1db954;color:#121212;padding:12px 26px;border-radius:24px;text-decoration:none;font-weight:bold">Uppdatera betalningsuppgifter</a><br><br>Vi försöker dra beloppet igen om några dagar.</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#6a6a6a">Spotify AB, Regeringsgatan 19, 111 53 Stockholm</td></tr>"""
    mk(
        (2026, 6, 14, 9, 30),
        ("Spotify", "no-reply@spotify.com"),
        "Det gick inte att genomföra din betalning",
        alt(text, page("Betalning", inner, bg="#ffffff"), "sfmc"),
        slug="spotify-betalning-misslyckades",
        labels=[name],
        zone="utc",
        mid="java",
        mid_domain="spotify.com",
    )
    receipt((2026, 6, 16, 21, 4), NEW_CARD, dt.date(2026, 7, 14))
    receipt((2026, 11, 14, 9, 15), NEW_CARD, dt.date(2026, 12, 14))


def netflix() -> None:
    name = truth(
        "Netflix",
        ["Netflix Standard", "Netflix International B.V."],
        D("169.00"),
        "monthly",
        "active",
        dt.date(2026, 12, 5),
        "subscription",
    )
    foot = (
        "Netflix International B.V., Karperstraat 8, 1075 KZ Amsterdam, Nederländerna.\n"
        "Frågor? Besök help.netflix.com. Det här meddelandet skickades till elin.lindqvist@gmail.com "
        "som en del av ditt Netflix-medlemskap."
    )
    text = f"""Netflix

Ett meddelande om ditt abonnemang

Hej Elin,

Vi uppdaterar våra priser så att vi kan fortsätta investera i fler serier och filmer du älskar.

Från och med ditt faktureringsdatum den 5 juni 2026 kostar ditt abonnemang Standard 169 kr/mån
(i dag 149 kr/mån). Du behöver inte göra något för att behålla ditt abonnemang.

Vill du byta abonnemang eller säga upp? Gå till Konto på netflix.com. Om du säger upp innan
5 juni debiteras du inte det nya priset.

Vi finns här för dig,
Dina vänner på Netflix

{foot}
"""
    inner = f"""<tr><td style="padding:24px 40px"><img src="https://assets.nflxext.com/us/email/gem/nflx.png" alt="Netflix" width="90"></td></tr>
<tr><td style="padding:8px 40px;font-size:28px;font-weight:bold;color:#221f1f">Ett meddelande om ditt abonnemang</td></tr>
<tr><td style="padding:16px 40px;font-size:16px;line-height:24px;color:#221f1f">Hej Elin,<br><br>Vi uppdaterar våra priser så att vi kan fortsätta investera i fler serier och filmer du älskar.<br><br>Från och med ditt faktureringsdatum den <b>5 juni 2026</b> kostar ditt abonnemang Standard <b>169 kr/mån</b> (i dag 149 kr/mån). Du behöver inte göra något för att behålla ditt abonnemang.<br><br>Vill du byta abonnemang eller säga upp? Gå till <a href="https://www.netflix.com/account" style="color:#e50914">Konto</a>. Om du säger upp innan 5 juni debiteras du inte det nya priset.<br><br>Vi finns här för dig,<br>Dina vänner på Netflix</td></tr>
<tr><td style="padding:24px 40px;background:#f3f3f3;font-size:11px;color:#666;line-height:16px">{esc(foot)}</td></tr>"""
    mk(
        (2026, 4, 22, 18, 33),
        ("Netflix", "info@account.netflix.com"),
        "Ett meddelande om ditt abonnemang",
        alt(text, page("Netflix", inner, bg="#ffffff"), "java"),
        slug="netflix-prisandring",
        labels=[name],
        zone="utc",
        mid="java",
        mid_domain="netflix.com",
    )

    text = f"""Ny inloggning på ditt konto

Hej Elin,

Någon loggade in på ditt Netflix-konto från en ny enhet.

Enhet: Samsung Smart TV
Plats: Västerås, Sverige
Tid: 18 januari 2026 20:14 CET

Om det var du behöver du inte göra något. Om det inte var du, byt lösenord på netflix.com/password.

Netflix-teamet

{foot}
"""
    mk(
        (2026, 1, 18, 20, 15),
        ("Netflix", "info@account.netflix.com"),
        "Ny inloggning på ditt konto",
        alt(
            text,
            page(
                "Netflix",
                '<tr><td style="padding:32px 40px;font-size:15px;line-height:23px">'
                + esc(text).replace("\n", "<br>\n")
                + "</td></tr>",
                bg="#ffffff",
            ),
            "java",
        ),
        slug="netflix-inloggning",
        labels=[name],
        zone="utc",
        mid="java",
        mid_domain="netflix.com",
    )

    text = """Nytt på Netflix i oktober

Bron – den nya säsongen. Premiär 9 oktober.
Wednesday säsong 2, del 2. Nu tillgänglig.
Plus: Unga Astrid, Kitchen Nightmares Sverige och mycket mer.

Titta nu: netflix.com

Avregistrera dig från de här mejlen: https://www.netflix.com/unsubscribe
Netflix International B.V.
"""
    inner = """<tr><td style="padding:24px 40px;background:#000"><img src="https://assets.nflxext.com/us/email/gem/nflx.png" alt="Netflix" width="90"></td></tr>
<tr><td style="padding:0;background:#000"><img src="https://occ-0-2794-2219.1.nflxso.net/dnm/api/v6/hero-bron.jpg" width="600" alt="Bron"></td></tr>
<tr><td style="padding:24px 40px;background:#000;color:#fff;font-size:16px;line-height:24px"><b>Nytt på Netflix i oktober</b><br>Bron – den nya säsongen. Premiär 9 oktober.<br>Wednesday säsong 2, del 2.<br><br><a href="https://www.netflix.com/" style="background:#e50914;color:#fff;padding:12px 26px;text-decoration:none">Titta nu</a></td></tr>
<tr><td style="padding:20px 40px;background:#000;color:#999;font-size:11px"><a href="https://www.netflix.com/unsubscribe" style="color:#999">Avregistrera dig</a> · Netflix International B.V.</td></tr>"""
    mk(
        (2026, 10, 9, 17, 2),
        ("Netflix", "info@mailer.netflix.com"),
        "Bron är tillbaka 🌉",
        alt(text, page("Netflix", inner, bg="#000000"), "java"),
        slug="netflix-nyheter",
        zone="utc",
        mid="java",
        mid_domain="netflix.com",
        headers=unsub("https://www.netflix.com/unsubscribe"),
    )


def viaplay() -> None:
    price = D("189.00")
    name = truth(
        "Viaplay",
        ["Viaplay Film & Serier", "Viaplay Group", "Viaplay Film och Serier"],
        price,
        "monthly",
        "cancelled",
        None,
        "subscription",
    )
    for local in [(2025, 12, 18, 3, 14), (2026, 2, 18, 3, 11)]:
        d = dt.date(*local[:3])
        nxt = add_months(d, 1)
        order = digits(10)
        text = f"""Kvitto

Hej Elin!

Tack för att du tittar på Viaplay. Här är ditt kvitto.

Paket: Viaplay Film & Serier
Period: {iso(d)} – {iso(nxt - dt.timedelta(days=1))}
Ordernummer: {order}
Betalsätt: Visa **** {CARD}

Pris:        {kr(price)}
Varav moms:  {kr(r2(price / 5))}

Ditt abonnemang förnyas automatiskt {iso(nxt)}.

Viaplay Group Sweden AB, Box 17054, 104 62 Stockholm · viaplay.se/kundservice
"""
        inner = f"""<tr><td style="padding:24px 32px;background:#15161d"><img src="https://viaplay.se/static/email/viaplay-logo.png" width="110" alt="Viaplay"></td></tr>
<tr><td style="padding:28px 32px 8px 32px;font-size:22px;font-weight:bold">Kvitto</td></tr>
<tr><td style="padding:0 32px 12px 32px;font-size:15px">Hej Elin! Tack för att du tittar på Viaplay.</td></tr>
<tr><td style="padding:0 32px"><table width="100%" style="font-size:14px">
{rows_html([("Paket", "Viaplay Film & Serier"), ("Period", f"{iso(d)} – {iso(nxt - dt.timedelta(days=1))}"), ("Ordernummer", order), ("Betalsätt", f"Visa **** {CARD}"), ("Pris", kr(price)), ("Varav moms", kr(r2(price / 5)))])}
</table></td></tr>
<tr><td style="padding:16px 32px;font-size:14px">Ditt abonnemang förnyas automatiskt {iso(nxt)}.</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#777">Viaplay Group Sweden AB, Box 17054, 104 62 Stockholm</td></tr>"""
        mk(
            local,
            ("Viaplay", "no-reply@viaplay.com"),
            "Ditt kvitto från Viaplay",
            alt(text, page("Kvitto", inner), "java"),
            slug="viaplay-kvitto",
            labels=[name],
            mid="uuid",
            mid_domain="viaplay.com",
        )

    text = """Bekräftelse på uppsägning

Hej Elin,

Vi bekräftar att du har sagt upp ditt abonnemang Viaplay Film & Serier.

Du har fortfarande tillgång till Viaplay till och med 2026-04-17. Därefter avslutas abonnemanget
och du debiteras inte längre.

Vi hoppas att vi ses igen! Du kan när som helst starta ett nytt abonnemang på viaplay.se.

Vänliga hälsningar
Viaplay

Viaplay Group Sweden AB, Box 17054, 104 62 Stockholm
"""
    inner = (
        '<tr><td style="padding:24px 32px;background:#15161d"><img src="https://viaplay.se/static/email/viaplay-logo.png" width="110" alt="Viaplay"></td></tr>'
        '<tr><td style="padding:28px 32px;font-size:15px;line-height:23px">'
        + esc(text).replace("\n", "<br>\n")
        + "</td></tr>"
    )
    mk(
        (2026, 3, 25, 22, 7),
        ("Viaplay", "no-reply@viaplay.com"),
        "Bekräftelse på uppsägning",
        alt(text, page("Uppsägning", inner), "java"),
        slug="viaplay-uppsagning",
        labels=[name],
        mid="uuid",
        mid_domain="viaplay.com",
    )

    text = """Fotbollen är tillbaka – och vi saknar dig!

Allsvenskan, Premier League och Champions League. Kom tillbaka till Viaplay Total
för 349 kr/mån i 3 månader (ord. 549 kr/mån). Erbjudandet gäller till 31 augusti.

Starta på viaplay.se/erbjudande

Du får det här mejlet eftersom du tidigare har varit kund hos Viaplay.
Avregistrera: https://viaplay.se/unsubscribe
"""
    inner = """<tr><td style="padding:40px 32px;background:#15161d;color:#fff;font-size:30px;font-weight:bold">Fotbollen är tillbaka</td></tr>
<tr><td style="padding:28px 32px;font-size:16px;line-height:24px">Allsvenskan, Premier League och Champions League. Kom tillbaka till <b>Viaplay Total för 349 kr/mån i 3 månader</b> (ord. 549 kr/mån).<br><br><a href="https://viaplay.se/erbjudande" style="background:#ff0066;color:#fff;padding:12px 26px;text-decoration:none;border-radius:4px">Starta nu</a></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#777">Du får det här mejlet eftersom du tidigare har varit kund hos Viaplay. <a href="https://viaplay.se/unsubscribe">Avregistrera</a></td></tr>"""
    mk(
        (2026, 8, 20, 12, 0),
        ("Viaplay", "news@news.viaplay.com"),
        "Elin, kom tillbaka – 349 kr/mån i 3 månader",
        alt(text, page("Viaplay", inner), "sfmc"),
        slug="viaplay-erbjudande",
        mid="ses",
        mid_domain="eu-west-1.amazonses.com",
        headers=unsub("https://viaplay.se/unsubscribe"),
    )


def storytel() -> None:
    price = D("299.00")
    name = truth(
        "Storytel",
        ["Storytel Family", "Storytel AB", "Storytel Family 2 konton"],
        price,
        "monthly",
        "active",
        dt.date(2026, 12, 22),
        "subscription",
    )
    for local in [(2026, 1, 22, 4, 40), (2026, 8, 22, 4, 39), (2026, 11, 22, 4, 43)]:
        d = dt.date(*local[:3])
        nxt = add_months(d, 1)
        ref = digits(9)
        text = f"""Tack för din betalning!

Hej Elin,

Här är kvittot för ditt abonnemang hos Storytel.

Abonnemang: Storytel Family (2 konton)
Betalningsdatum: {iso(d)}
Referens: {ref}
Betalningsmetod: Kort **** {card(d)}

Belopp:              {kr(price)}
Varav moms (6 %):    {kr(r2(price * 6 / 106))}

Nästa betalning: {iso(nxt)}

Lyssna på! /Storytel

Storytel Sweden AB, Box 24167, 104 51 Stockholm. Org.nr 556580-1788.
Hantera ditt abonnemang på storytel.com/se/account
"""
        inner = f"""<tr><td style="padding:24px 32px;background:#ff5b00"><img src="https://www.storytel.com/images/email/storytel-logo-white.png" width="120" alt="Storytel"></td></tr>
<tr><td style="padding:28px 32px 8px 32px;font-size:22px;font-weight:bold">Tack för din betalning!</td></tr>
<tr><td style="padding:0 32px 12px 32px;font-size:15px">Hej Elin, här är kvittot för ditt abonnemang.</td></tr>
<tr><td style="padding:0 32px"><table width="100%" style="font-size:14px">
{rows_html([("Abonnemang", "Storytel Family (2 konton)"), ("Betalningsdatum", iso(d)), ("Referens", ref), ("Betalningsmetod", f"Kort **** {card(d)}"), ("Belopp", kr(price)), ("Varav moms (6 %)", kr(r2(price * 6 / 106))), ("Nästa betalning", iso(nxt))])}
</table></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#777">Storytel Sweden AB, Box 24167, 104 51 Stockholm. Org.nr 556580-1788. <a href="https://www.storytel.com/se/account">Hantera ditt abonnemang</a></td></tr>"""
        mk(
            local,
            ("Storytel", "no-reply@storytel.com"),
            "Kvitto för ditt Storytel-abonnemang",
            alt(text, page("Kvitto", inner, bg="#fff6f0"), "sfmc"),
            slug="storytel-kvitto",
            labels=[name],
            zone="utc",
            mid="ses",
            mid_domain="eu-west-1.amazonses.com",
        )


def bookbeat() -> None:
    name = truth(
        "BookBeat",
        ["BookBeat Premium", "BookBeat AB"],
        D("249.00"),
        "monthly",
        "cancelled",
        None,
        "subscription",
    )
    text = """Välkommen till BookBeat!

Hej Elin,

Din gratisperiod har börjat. Du kan lyssna och läsa så mycket du vill i 30 dagar.

Abonnemang: Premium
Gratisperiod: 2026-08-20 – 2026-09-18
Därefter: 249 kr/mån, dras från ditt kort 2026-09-19
Ingen bindningstid – säg upp när du vill under Mitt konto.

Trevlig lyssning!
BookBeat

BookBeat AB, Kungsgatan 4, 111 43 Stockholm
"""
    inner = (
        '<tr><td style="padding:24px 32px;background:#1e0f3c;color:#fff;font-size:24px;font-weight:bold">BookBeat</td></tr>'
        '<tr><td style="padding:28px 32px;font-size:15px;line-height:23px">'
        + esc(text).replace("\n", "<br>\n")
        + "</td></tr>"
    )
    mk(
        (2026, 8, 20, 21, 37),
        ("BookBeat", "hello@bookbeat.com"),
        "Välkommen till BookBeat – din gratisperiod har börjat",
        alt(text, page("BookBeat", inner), "sfmc"),
        slug="bookbeat-valkommen",
        labels=[name],
        mid="sendgrid",
        mid_domain="bookbeat.com",
    )
    text = """Hej Elin,

Vi bekräftar att ditt abonnemang är uppsagt. Du kan fortsätta lyssna till och med 2026-09-18.
Eftersom du sa upp under gratisperioden debiteras du ingenting.

Vi hoppas att vi ses igen!
BookBeat
"""
    mk(
        (2026, 9, 12, 22, 51),
        ("BookBeat", "hello@bookbeat.com"),
        "Ditt abonnemang är avslutat",
        alt(
            text,
            page(
                "BookBeat",
                '<tr><td style="padding:28px 32px;font-size:15px;line-height:23px">'
                + esc(text).replace("\n", "<br>\n")
                + "</td></tr>",
            ),
            "sfmc",
        ),
        slug="bookbeat-avslutat",
        labels=[name],
        mid="sendgrid",
        mid_domain="bookbeat.com",
    )
    text = """Vi har saknat dig, Elin!

Kom tillbaka till BookBeat: 60 dagar för 99 kr. Över 1 miljon ljudböcker och e-böcker.
Erbjudandet gäller till 15 november.

Aktivera på bookbeat.com/se/kom-tillbaka

Avregistrera: https://www.bookbeat.com/se/unsubscribe
"""
    mk(
        (2026, 10, 30, 16, 0),
        ("BookBeat", "news@mail.bookbeat.com"),
        "60 dagar för 99 kr – bara för dig",
        alt(
            text,
            page(
                "BookBeat",
                '<tr><td style="padding:28px 32px;font-size:15px;line-height:23px">'
                + esc(text).replace("\n", "<br>\n")
                + "</td></tr>",
            ),
            "sfmc",
        ),
        slug="bookbeat-erbjudande",
        mid="sendgrid",
        mid_domain="bookbeat.com",
        headers=unsub("https://www.bookbeat.com/se/unsubscribe"),
    )


def dn() -> None:
    name = truth(
        "Dagens Nyheter",
        ["DN", "DN Digital", "Bonnier News", "DN.se"],
        D("319.00"),
        "monthly",
        "active",
        dt.date(2026, 12, 10),
        "subscription",
    )
    foot = (
        "Bonnier News AB, 105 15 Stockholm. Org.nr 556046-8398. Kundservice 08-738 26 00, kundservice@dn.se"
    )
    text = f"""Välkommen som prenumerant på DN!

Hej Elin,

Tack för att du har valt Dagens Nyheter. Här är en bekräftelse på din beställning.

Produkt: DN Digital
Kundnummer: {digits(8)}
Startdatum: 2026-02-10
Erbjudande: 3 månader för 1 kr
Därefter: 299 kr/mån tills vidare, ingen bindningstid
Betalsätt: Kort (Visa **** {CARD}), dras den 10:e varje månad

Belopp idag: 1,00 kr (varav moms 6 % 0,06 kr)

Logga in med din e-postadress på dn.se och i DN-appen.

Med vänlig hälsning
DN Kundservice

{foot}
"""
    inner = f"""<tr><td style="padding:24px 32px;border-bottom:1px solid #ddd;font-family:Georgia,serif;font-size:34px;font-weight:bold">DN</td></tr>
<tr><td style="padding:28px 32px 8px 32px;font-family:Georgia,serif;font-size:24px">Välkommen som prenumerant på DN!</td></tr>
<tr><td style="padding:0 32px"><table width="100%" style="font-size:14px">{rows_html([("Produkt", "DN Digital"), ("Startdatum", "2026-02-10"), ("Erbjudande", "3 månader för 1 kr"), ("Därefter", "299 kr/mån tills vidare, ingen bindningstid"), ("Betalsätt", f"Kort (Visa **** {CARD}), den 10:e varje månad"), ("Belopp idag", "1,00 kr")], "color:#666")}</table></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#777">{esc(foot)}</td></tr>"""
    mk(
        (2026, 2, 10, 19, 48),
        ("Dagens Nyheter", "kundservice@dn.se"),
        "Välkommen som prenumerant på DN",
        alt(text, page("DN", inner), "sfmc"),
        slug="dn-valkommen",
        labels=[name],
        mid="ses",
        mid_domain="eu-north-1.amazonses.com",
    )

    text = f"""Hej Elin,

Ditt introduktionserbjudande på DN Digital går snart ut. Från och med 2026-05-10 betalar du
ordinarie pris, 299 kr/mån. Du behöver inte göra något – din prenumeration fortsätter.

Vill du byta till årsbetalning och spara två månader? Det gör du på Mina sidor.

Med vänlig hälsning
DN Kundservice

{foot}
"""
    mk(
        (2026, 5, 1, 10, 5),
        ("Dagens Nyheter", "kundservice@dn.se"),
        "Ditt erbjudande går snart ut",
        alt(
            text,
            page(
                "DN",
                '<tr><td style="padding:28px 32px;font-size:15px;line-height:23px">'
                + esc(text).replace("\n", "<br>\n")
                + "</td></tr>",
            ),
            "sfmc",
        ),
        slug="dn-erbjudande-slut",
        labels=[name],
        mid="ses",
        mid_domain="eu-north-1.amazonses.com",
    )

    text = f"""Kvitto

Dagens Nyheter – DN Digital
Betalningsdatum: 2026-07-10
Period: 2026-07-10 – 2026-08-09
Kvittonummer: {digits(10)}
Kort: Visa **** {NEW_CARD}

Belopp: 299,00 kr
Varav moms 6 %: 16,92 kr

{foot}
"""
    mk(
        (2026, 7, 10, 5, 20),
        ("Dagens Nyheter", "kundservice@dn.se"),
        "Kvitto för din prenumeration",
        plain(text),
        slug="dn-kvitto",
        labels=[name],
        mid="ses",
        mid_domain="eu-north-1.amazonses.com",
    )

    text = f"""Hej Elin,

Vi vill berätta att priset för DN Digital ändras.

Från och med 2026-12-10 blir priset 319 kr/mån (i dag 299 kr/mån). Det nya priset dras
första gången vid din betalning den 10 december.

Vi fortsätter att investera i granskande journalistik, fler reportrar i hela landet och nya
funktioner i appen. Vill du ändra eller säga upp din prenumeration gör du det på Mina sidor.

Tack för att du läser DN.

Med vänlig hälsning
Dagens Nyheter

{foot}
"""
    mk(
        (2026, 10, 26, 9, 40),
        ("Dagens Nyheter", "kundservice@dn.se"),
        "Information om ny prisnivå för din prenumeration",
        alt(
            text,
            page(
                "DN",
                '<tr><td style="padding:28px 32px;font-size:15px;line-height:23px">'
                + esc(text).replace("\n", "<br>\n")
                + "</td></tr>",
            ),
            "sfmc",
        ),
        slug="dn-prisandring",
        labels=[name],
        mid="ses",
        mid_domain="eu-north-1.amazonses.com",
    )

    text = """DN Helg

Lördag 14 mars 2026

* Reportage: Livet på Stockholms sista bondgård
* Recept: Fem grytor för marskvällar
* Kultur: Veckans bästa serier och böcker

Läs på dn.se

Du får det här nyhetsbrevet eftersom du prenumererar på DN Helg. Avsluta: https://www.dn.se/nyhetsbrev/avsluta
"""
    mk(
        (2026, 3, 14, 7, 0),
        ("DN Helg", "nyhetsbrev@dn.se"),
        "DN Helg: Livet på Stockholms sista bondgård",
        alt(
            text,
            page(
                "DN Helg",
                '<tr><td style="padding:28px 32px;font-family:Georgia,serif;font-size:16px;line-height:24px">'
                + esc(text).replace("\n", "<br>\n")
                + "</td></tr>",
            ),
            "sfmc",
        ),
        slug="dn-nyhetsbrev",
        mid="ses",
        mid_domain="eu-north-1.amazonses.com",
        headers=unsub("https://www.dn.se/nyhetsbrev/avsluta"),
    )


def podme() -> None:
    name = truth(
        "Podme", ["Podme Premium", "Podme AB"], D("109.00"), "monthly", "inactive", None, "subscription"
    )
    text = """Kvitto

Tack för att du lyssnar på Podme Premium!

Datum: 2026-01-09
Produkt: Podme Premium, 1 månad
Belopp: 109,00 kr (inkl. moms 6 %: 6,17 kr)
Betalkort: Mastercard **** 2207
Nästa betalning: 2026-02-09

Podme AB, Box 7167, 103 88 Stockholm
"""
    mk(
        (2026, 1, 9, 6, 2),
        ("Podme", "no-reply@podme.com"),
        "Ditt kvitto från Podme",
        plain(text),
        slug="podme-kvitto",
        labels=[name],
        mid="sendgrid",
        mid_domain="podme.com",
    )
    text = """Hej Elin,

Vi kunde inte dra betalningen för Podme Premium (109 kr) från ditt Mastercard **** 2207.
Betalningen nekades av kortutgivaren.

Uppdatera ditt betalkort på podme.com/konto inom 14 dagar för att behålla Premium.

Hälsningar
Podme
"""
    mk(
        (2026, 2, 9, 6, 5),
        ("Podme", "no-reply@podme.com"),
        "Betalningen misslyckades – uppdatera ditt kort",
        plain(text),
        slug="podme-betalning-misslyckades",
        labels=[name],
        mid="sendgrid",
        mid_domain="podme.com",
    )
    text = """Hej Elin,

Eftersom vi inte har kunnat dra betalningen har ditt Podme Premium-abonnemang nu avslutats.
Du kan fortfarande lyssna på gratisavsnitt i appen.

Vill du fortsätta med Premium? Starta ett nytt abonnemang på podme.com.

Hälsningar
Podme
"""
    mk(
        (2026, 2, 23, 6, 1),
        ("Podme", "no-reply@podme.com"),
        "Ditt Premium-abonnemang har avslutats",
        plain(text),
        slug="podme-avslutat",
        labels=[name],
        mid="sendgrid",
        mid_domain="podme.com",
    )
    text = """Vi saknar dig!

Få Podme Premium i 3 månader för 9 kr. Alla dina favoritpoddar, reklamfritt och före alla andra.

Gäller nya och återkommande kunder till 30 juni. podme.com/erbjudande

Avregistrera: https://podme.com/unsubscribe
"""
    mk(
        (2026, 6, 4, 15, 30),
        ("Podme", "news@podme.com"),
        "3 månader Premium för 9 kr 🎧",
        alt(
            text,
            page(
                "Podme",
                '<tr><td style="padding:28px 32px;font-size:15px;line-height:23px">'
                + esc(text).replace("\n", "<br>\n")
                + "</td></tr>",
            ),
            "php",
        ),
        slug="podme-erbjudande",
        mid="sendgrid",
        mid_domain="podme.com",
        headers=unsub("https://podme.com/unsubscribe"),
    )


# ============================================================================================
# Apple iCloud+, Google One, Linas Matkasse

APPLE_FOOT = (
    "Apple Distribution International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, Republic of "
    "Ireland. Momsregistreringsnummer IE9700053D. Apple-konto · Köpvillkor · Integritetspolicy\n"
    "Copyright © 2026 Apple Distribution International Ltd. Med ensamrätt."
)


def apple_receipt(
    local: tuple,
    card_no: str,
    items: list[tuple[str, str, str, Decimal]],
    *,
    slug: str,
    labels: list[str] | tuple = (),
) -> None:
    """items: (app/section, title, detail line, price incl. moms)."""
    d = dt.date(*local[:3])
    order = "M" + alnum(9)
    doc = digits(12)
    total = sum((i[3] for i in items), D(0))
    net = r2(total / D("1.25"))
    vat = total - net
    lines = "\n".join(f"{sec}\n{title}\n{detail}\n{kr(p)}\n" for sec, title, detail, p in items)
    text = f"""Kvitto

APPLE-KONTO
elin.lindqvist@icloud.com

FAKTURADATUM
{dshort(d)}

ORDER-ID
{order}

DOKUMENTNR.
{doc}

FAKTURERAS TILL
Visa .... {card_no}
Elin Lindqvist
Tallkronevägen 14 lgh 1203
126 52 Hägersten
SWE

{lines}
Delsumma {kr(net)}
Moms 25 % {kr(vat)}
TOTALT {kr(total)}

Hantera: Prenumerationer · Gör en ansökan om återbetalning · Rapportera ett problem

{APPLE_FOOT}
"""
    item_rows = "\n".join(
        f'<tr><td style="padding:14px 0 14px 20px;border-bottom:1px solid #eee"><span style="font-size:11px;color:#888">{esc(sec)}</span><br>'
        f'<span style="font-size:14px;font-weight:600">{esc(title)}</span><br><span style="font-size:12px;color:#666">{esc(detail)}</span></td>'
        f'<td style="padding:14px 20px;border-bottom:1px solid #eee;text-align:right;font-size:14px;font-weight:600">{esc(kr(p))}</td></tr>'
        for sec, title, detail, p in items
    )
    inner = f"""<tr><td style="padding:32px 20px 8px 20px"><img src="https://www.apple.com/email/apple_logo.png" width="26" alt="Apple"></td></tr>
<tr><td style="padding:0 20px 20px 20px;font-size:32px;font-weight:600;color:#111">Kvitto</td></tr>
<tr><td style="padding:0 20px"><table width="100%" style="font-size:11px;color:#666;background:#fafafa">
<tr><td style="padding:10px">APPLE-KONTO<br><span style="color:#111">elin.lindqvist@icloud.com</span></td><td style="padding:10px">FAKTURADATUM<br><span style="color:#111">{dshort(d)}</span></td><td rowspan="2" style="padding:10px;vertical-align:top">FAKTURERAS TILL<br><span style="color:#111">Visa .... {card_no}<br>Elin Lindqvist<br>Tallkronevägen 14 lgh 1203<br>126 52 Hägersten<br>SWE</span></td></tr>
<tr><td style="padding:10px">ORDER-ID<br><span style="color:#0070c9">{order}</span></td><td style="padding:10px">DOKUMENTNR.<br><span style="color:#111">{doc}</span></td></tr>
</table></td></tr>
<tr><td style="padding:16px 0 0 0"><table width="100%">{item_rows}</table></td></tr>
<tr><td style="padding:12px 20px"><table width="100%" style="font-size:12px;color:#666">
<tr><td>Delsumma</td><td style="text-align:right">{esc(kr(net))}</td></tr>
<tr><td>Moms 25 %</td><td style="text-align:right">{esc(kr(vat))}</td></tr>
<tr><td style="padding-top:8px;font-size:14px;color:#111;font-weight:600">TOTALT</td><td style="padding-top:8px;text-align:right;font-size:14px;color:#111;font-weight:600">{esc(kr(total))}</td></tr>
</table></td></tr>
<tr><td style="padding:24px 20px;font-size:11px;color:#888;line-height:16px">{esc(APPLE_FOOT).replace(chr(10), "<br>")}</td></tr>"""
    mk(
        local,
        ("Apple", "no_reply@email.apple.com"),
        "Ditt kvitto från Apple.",
        alt(
            text,
            page(
                "Kvitto", inner, bg="#ffffff", font="-apple-system,Helvetica Neue,Helvetica,Arial,sans-serif"
            ),
            "java",
            cte="quoted-printable",
            html_cte="quoted-printable",
        ),
        slug=slug,
        labels=labels,
        zone="utc",
        mid="java",
        mid_domain="email.apple.com",
        headers=[("X-Attach-Flag", "N")],
    )


def icloud() -> None:
    name = truth(
        "iCloud+",
        ["Apple iCloud+", "iCloud", "iCloud+ med 2 TB", "Apple iCloud"],
        D("129.00"),
        "monthly",
        "active",
        dt.date(2026, 12, 17),
        "subscription",
    )
    apple_receipt(
        (2026, 1, 3, 11, 20),
        CARD,
        [
            (
                "iCloud+",
                "iCloud+ med 200 GB",
                "iCloud+ med 200 GB (Månadsvis)\nFörnyas 3 feb. 2026",
                D("39.00"),
            )
        ],
        slug="apple-kvitto-icloud",
        labels=[name],
    )
    apple_receipt(
        (2026, 4, 11, 15, 2),
        CARD,
        [("App Store", "Toca Boca World", "Bop City (köp i appen)\nEngångsköp", D("49.00"))],
        slug="apple-kvitto-toca-boca",
    )
    NEGATIVES.append("Toca Boca World")

    text = """Bekräftelse på prenumeration

Hej Elin Lindqvist,

Du har uppgraderat din prenumeration.

iCloud+
iCloud+ med 2 TB (Månadsvis)
129,00 kr/månad
Förnyas 17 sep. 2026 (tills du säger upp)

Din tidigare plan, iCloud+ med 200 GB, har avslutats. Outnyttjad tid på din tidigare plan
dras av på din nästa betalning. Prenumerationen förnyas automatiskt om du inte säger upp den
senast 24 timmar före förnyelsedatumet.

Du kan hantera och säga upp dina prenumerationer i Inställningar på din enhet.

Apple-konto: elin.lindqvist@icloud.com
"""
    inner = (
        '<tr><td style="padding:32px 20px 8px 20px"><img src="https://www.apple.com/email/apple_logo.png" width="26" alt="Apple"></td></tr>'
        '<tr><td style="padding:0 20px 32px 20px;font-size:15px;line-height:22px">'
        + esc(text).replace("\n", "<br>\n")
        + f'<br><br><span style="font-size:11px;color:#888">{esc(APPLE_FOOT)}</span></td></tr>'
    )
    mk(
        (2026, 8, 17, 20, 11),
        ("Apple", "no_reply@email.apple.com"),
        "Bekräftelse på prenumeration",
        alt(
            text,
            page("Bekräftelse", inner, bg="#ffffff", font="-apple-system,Helvetica,Arial,sans-serif"),
            "java",
        ),
        slug="apple-prenumeration-icloud",
        labels=[name],
        zone="utc",
        mid="java",
        mid_domain="email.apple.com",
    )
    apple_receipt(
        (2026, 10, 17, 11, 35),
        NEW_CARD,
        [("iCloud+", "iCloud+ med 2 TB", "iCloud+ med 2 TB (Månadsvis)\nFörnyas 17 nov. 2026", D("129.00"))],
        slug="apple-kvitto-icloud",
        labels=[name],
    )
    apple_receipt(
        (2026, 11, 17, 11, 41),
        NEW_CARD,
        [("iCloud+", "iCloud+ med 2 TB", "iCloud+ med 2 TB (Månadsvis)\nFörnyas 17 dec. 2026", D("129.00"))],
        slug="apple-kvitto-icloud",
        labels=[name],
    )


def google_one() -> None:
    name = truth(
        "Google One",
        ["Google One 100 GB", "Google One (100 GB)"],
        D("249.00"),
        "yearly",
        "active",
        dt.date(2027, 3, 2),
        "subscription",
    )
    text = """Google One

Din prenumeration förnyas snart

Hej Elin,

Din Google One-prenumeration (100 GB) förnyas automatiskt den 2 mars 2026. Vi debiterar
249,00 kr för ytterligare ett år via din betalningsmetod Visa •••• 4821.

Du använder just nu 71,4 GB av 100 GB i Gmail, Google Drive och Google Foto.

Hantera prenumerationen på one.google.com/storage/management

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Du har fått det här e-postmeddelandet för att informera dig om viktiga ändringar i din Google One-prenumeration.
"""
    inner = """<tr><td style="padding:28px 40px 8px 40px"><img src="https://www.gstatic.com/images/branding/product/2x/google_one_96dp.png" width="40" alt="Google One"></td></tr>
<tr><td style="padding:8px 40px;font-family:'Google Sans',Roboto,Arial,sans-serif;font-size:24px;color:#202124">Din prenumeration förnyas snart</td></tr>
<tr><td style="padding:16px 40px;font-family:Roboto,Arial,sans-serif;font-size:14px;line-height:22px;color:#3c4043">Hej Elin,<br><br>Din Google One-prenumeration (100 GB) förnyas automatiskt den <b>2 mars 2026</b>. Vi debiterar <b>249,00&nbsp;kr</b> för ytterligare ett år via din betalningsmetod Visa •••• 4821.<br><br>Du använder just nu 71,4 GB av 100 GB i Gmail, Google Drive och Google Foto.<br><br><a href="https://one.google.com/storage/management" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none">Hantera prenumerationen</a></td></tr>
<tr><td style="padding:20px 40px;font-family:Roboto,Arial,sans-serif;font-size:11px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>Du har fått det här e-postmeddelandet för att informera dig om viktiga ändringar i din Google One-prenumeration.</td></tr>"""
    mk(
        (2026, 2, 23, 18, 4),
        ("Google One", "googleone-noreply@google.com"),
        "Din Google One-prenumeration förnyas snart",
        alt(text, page("Google One", inner, bg="#ffffff"), "gmail", html_cte="base64"),
        slug="google-one-fornyas",
        labels=[name],
        zone="pacific",
        mid="hex",
        mid_domain="google.com",
    )

    order = f"GPA.33{digits(2)}-{digits(4)}-{digits(4)}-{digits(5)}"
    text = f"""Google Play

Tack. Du har prenumererat på Google One 100 GB (Google One).

Beställningsnummer: {order}
Beställningsdatum: 2 mars 2026 08:12:41 CET
Ditt konto: elin.lindqvist@gmail.com

Artikel                                   Pris
Google One 100 GB (Google One)            249,00 kr/år
Automatisk förnyelse

Moms (25 %): 49,80 kr
Totalt: 249,00 kr/år

Betalningsmetod: Visa-•••• 4821

Du debiteras automatiskt 249,00 kr/år tills du säger upp prenumerationen. Läs mer om hur du
säger upp prenumerationer: support.google.com/googleplay/answer/7018481

Google Commerce Limited, Gordon House, Barrow Street, Dublin 4, Irland
"""
    inner = f"""<tr><td style="padding:24px 40px"><img src="https://www.gstatic.com/android/market_images/email/google_play_logo.png" width="140" alt="Google Play"></td></tr>
<tr><td style="padding:8px 40px;font-family:Roboto,Arial,sans-serif;font-size:15px;line-height:22px;color:#202124">Tack. Du har prenumererat på <b>Google One 100 GB</b> (Google One).</td></tr>
<tr><td style="padding:8px 40px"><table width="100%" style="font-family:Roboto,Arial,sans-serif;font-size:13px;color:#3c4043">
{rows_html([("Beställningsnummer", order), ("Beställningsdatum", "2 mars 2026 08:12:41 CET"), ("Ditt konto", "elin.lindqvist@gmail.com")], "color:#5f6368")}
<tr><td style="padding:12px 0 4px 0;font-weight:bold;border-bottom:1px solid #dadce0">Artikel</td><td style="padding:12px 0 4px 0;font-weight:bold;text-align:right;border-bottom:1px solid #dadce0">Pris</td></tr>
<tr><td style="padding:8px 0">Google One 100 GB (Google One)<br><span style="color:#5f6368">Automatisk förnyelse</span></td><td style="text-align:right">249,00&nbsp;kr/år</td></tr>
<tr><td style="padding:4px 0;color:#5f6368">Moms (25 %)</td><td style="text-align:right;color:#5f6368">49,80&nbsp;kr</td></tr>
<tr><td style="padding:4px 0;font-weight:bold">Totalt</td><td style="text-align:right;font-weight:bold">249,00&nbsp;kr/år</td></tr>
</table></td></tr>
<tr><td style="padding:8px 40px;font-family:Roboto,Arial,sans-serif;font-size:13px;color:#3c4043">Betalningsmetod: Visa-•••• 4821<br><br>Du debiteras automatiskt 249,00 kr/år tills du säger upp prenumerationen.</td></tr>
<tr><td style="padding:20px 40px;font-family:Roboto,Arial,sans-serif;font-size:11px;color:#5f6368">Google Commerce Limited, Gordon House, Barrow Street, Dublin 4, Irland</td></tr>"""
    mk(
        (2026, 3, 2, 8, 12, 44),
        ("Google Play", "googleplay-noreply@google.com"),
        "Din beställning från Google Play den 2 mars 2026",
        alt(text, page("Google Play", inner, bg="#ffffff"), "gmail", html_cte="base64"),
        slug="google-play-google-one",
        labels=[name],
        zone="pacific",
        mid="hex",
        mid_domain="google.com",
    )


def linas() -> None:
    price = D("1095.00")
    name = truth(
        "Linas Matkasse",
        ["Linas", "Linas Original", "Linas Matkasse Original"],
        price,
        "weekly",
        "active",
        dt.date(2026, 12, 1),
        "subscription",
    )
    foot = "Linas Matkasse · Frågor? kundservice@linasmatkasse.se · 08-517 000 30 · linasmatkasse.se"

    def wk(d: dt.date) -> int:
        return d.isocalendar()[1]

    def page_l(title: str, body_html: str) -> str:
        inner = (
            f'<tr><td style="padding:22px 32px;background:#2f5233;color:#fff;font-family:Georgia,serif;font-size:26px">Linas Matkasse</td></tr>'
            f'<tr><td style="padding:28px 32px;font-size:15px;line-height:23px">{body_html}</td></tr>'
            f'<tr><td style="padding:16px 32px;background:#f3efe6;font-size:11px;color:#666">{esc(foot)}</td></tr>'
        )
        return page(title, inner, bg="#f3efe6")

    # one-off Christmas box, the winter before they subscribed
    text = f"""Tack för din beställning, Elin!

Ordernummer: {digits(8)}
Julkassen 2025 – för 4 personer (engångsköp)
Leverans: lördag 20 december 2025, kl. 08–13
Adress: Tallkronevägen 14 lgh 1203, 126 52 Hägersten

Julkassen                      1 395,00 kr
Leverans                           0,00 kr
Varav moms 12 %                  149,46 kr
Totalt                         1 395,00 kr

Betalt med kort. Det här är ett engångsköp och inget abonnemang.

God jul önskar vi på Linas!
{foot}
"""
    mk(
        (2025, 12, 14, 19, 22),
        ("Linas Matkasse", "kundservice@linasmatkasse.se"),
        "Orderbekräftelse – Julkassen 2025",
        alt(text, page_l("Order", esc(text).replace("\n", "<br>\n")), "php"),
        slug="linas-julkasse",
        mid="sendgrid",
        mid_domain="linasmatkasse.se",
    )
    NEGATIVES.append("Julkassen")

    first = dt.date(2026, 9, 8)
    text = f"""Välkommen till Linas Matkasse, Elin!

Din prenumeration är startad.

Kasse: Linas Original – 3 middagar för 4 personer
Pris: 1 095 kr/vecka inkl. moms och leverans
Första kassen: 50 % rabatt, 547,50 kr
Leveransdag: tisdagar kl. 17–22
Första leverans: tisdag 8 september (vecka {wk(first)})
Betalning: dras från ditt kort på leveransdagen

Ingen bindningstid. Du kan pausa, byta rätter eller avsluta senast onsdag kl. 23.59 veckan före leverans
på Mina sidor.

Smaklig måltid!
{foot}
"""
    mk(
        (2026, 9, 3, 20, 14),
        ("Linas Matkasse", "kundservice@linasmatkasse.se"),
        "Välkommen till Linas Matkasse!",
        alt(text, page_l("Välkommen", esc(text).replace("\n", "<br>\n")), "php"),
        slug="linas-valkommen",
        labels=[name],
        mid="sendgrid",
        mid_domain="linasmatkasse.se",
    )

    def receipt(d: dt.date, nxt: dt.date) -> None:
        text = f"""Kvitto – vecka {wk(d)}

Hej Elin,

Tack för att du lagar mat med oss! Här är kvittot för din leverans {WEEKDAYS[d.weekday()]} {dlong(d)}.

Ordernummer: {digits(8)}
Linas Original – 3 middagar för 4 personer    {kr(price)}
  Kycklinggryta med ris, Fiskgratäng, Vegetarisk lasagne
Leverans                                       0,00 kr
Varav moms 6 %                               {kr(r2(price * 6 / 106))}
Totalt                                     {kr(price)}
Betalt med Visa ****{card(d)}

Nästa leverans: {WEEKDAYS[nxt.weekday()]} {dlong(nxt)} (vecka {wk(nxt)}). Ändra eller pausa senast onsdag
veckan före.

{foot}
"""
        mk(
            (d.year, d.month, d.day, 6, 5),
            ("Linas Matkasse", "kundservice@linasmatkasse.se"),
            f"Ditt kvitto för vecka {wk(d)}",
            alt(text, page_l("Kvitto", esc(text).replace("\n", "<br>\n")), "php"),
            slug="linas-kvitto",
            labels=[name],
            mid="sendgrid",
            mid_domain="linasmatkasse.se",
        )

    def paused(local: tuple, d: dt.date, nxt: dt.date) -> None:
        text = f"""Hej Elin,

Vecka {wk(d)} är nu pausad. Du får ingen leverans {WEEKDAYS[d.weekday()]} {dlong(d)} och debiteras ingenting för den veckan.

Din nästa leverans: {WEEKDAYS[nxt.weekday()]} {dlong(nxt)} (vecka {wk(nxt)}).

{foot}
"""
        mk(
            local,
            ("Linas Matkasse", "kundservice@linasmatkasse.se"),
            f"Bekräftelse: vecka {wk(d)} är pausad",
            alt(text, page_l("Paus", esc(text).replace("\n", "<br>\n")), "php"),
            slug="linas-paus",
            labels=[name],
            mid="sendgrid",
            mid_domain="linasmatkasse.se",
        )

    receipt(dt.date(2026, 9, 29), dt.date(2026, 10, 6))
    text = f"""Hej Elin,

Förlåt att grädden saknades i din leverans tisdag 6 oktober. Vi har krediterat 79,00 kr till ditt kort
(Visa ****{NEW_CARD}). Det kan ta 3–5 bankdagar innan pengarna syns på ditt konto.

Ärendenummer: {digits(6)}

Vänliga hälsningar
Sofia på Linas Kundservice
{foot}
"""
    mk(
        (2026, 10, 8, 13, 44),
        ("Linas Matkasse", "kundservice@linasmatkasse.se"),
        "Vi har krediterat 79 kr",
        plain(text),
        slug="linas-kreditering",
        labels=[name],
        mid="sendgrid",
        mid_domain="linasmatkasse.se",
    )
    paused((2026, 10, 21, 21, 30), dt.date(2026, 10, 27), dt.date(2026, 11, 3))
    receipt(dt.date(2026, 11, 10), dt.date(2026, 11, 17))
    paused((2026, 11, 11, 22, 2), dt.date(2026, 11, 17), dt.date(2026, 11, 24))
    receipt(dt.date(2026, 11, 24), dt.date(2026, 12, 1))


# ============================================================================================
# Everything else: banks, Klarna, shops, travel, government, marketing, friends and family

MAMMA = ("Birgitta Lindqvist", "birgitta.lindqvist@telia.com")
SARA = ("Sara Holm", "sarah.holm84@gmail.com")


def simple_html(
    text: str,
    *,
    head: str = "",
    bg: str = "#ffffff",
    head_bg: str = "#333",
    head_fg: str = "#fff",
    foot: str = "",
) -> str:
    inner = ""
    if head:
        inner += f'<tr><td style="padding:22px 32px;background:{head_bg};color:{head_fg};font-size:22px;font-weight:bold">{esc(head)}</td></tr>\n'
    inner += f'<tr><td style="padding:26px 32px;font-size:15px;line-height:23px">{esc(text).replace(chr(10), "<br>" + chr(10))}</td></tr>'
    if foot:
        inner += f'\n<tr><td style="padding:16px 32px;font-size:11px;color:#777;background:#f5f5f5">{esc(foot)}</td></tr>'
    return page(head or "Meddelande", inner, bg=bg)


def others() -> None:
    NEGATIVES.extend(
        [
            "Swedbank",
            "Klarna",
            "Jollyroom",
            "Elgiganten",
            "PostNord",
            "SJ",
            "Blocket",
            "Tradera",
            "Skatteverket",
            "IKEA",
            "Telia",
            "Ving",
            "HelloFresh",
            "Apotea",
            "Kivra",
            "Försäkringskassan",
            "Svenska Dagbladet",
            "SvD",
            "SVT",
            "SVT Play",
            "Friskis&Svettis",
            "Swish",
            "Sara Holm",
            "Birgitta Lindqvist",
            "Samsung TV",
        ]
    )

    # --- Swedbank
    foot = "Swedbank AB (publ), 105 34 Stockholm. Org.nr 502017-7753. Vi skickar aldrig länkar för inloggning i mejl."
    text = """Hej Elin,

Du har ett nytt meddelande i internetbanken och appen.

Logga in med BankID för att läsa det. Av säkerhetsskäl innehåller det här mejlet inga länkar.

Med vänlig hälsning
Swedbank
"""
    mk(
        (2025, 12, 1, 13, 12),
        ("Swedbank", "no-reply@swedbank.se"),
        "Du har ett nytt meddelande",
        alt(text, simple_html(text, head="Swedbank", head_bg="#ee7023", foot=foot), "java"),
        slug="swedbank-meddelande",
        mid="java",
        mid_domain="swedbank.se",
    )
    text = """Hej Elin,

Vi uppdaterar våra allmänna villkor för privatkonton och kort. Ändringarna gäller från 1 januari 2027
och handlar främst om nya regler för betaltjänster och hur vi skickar meddelanden till dig.

Du behöver inte göra något. Om du inte godkänner ändringarna har du rätt att säga upp avtalet
kostnadsfritt innan de börjar gälla. De nya villkoren finns i internetbanken under Avtal.

Med vänlig hälsning
Swedbank
"""
    mk(
        (2026, 10, 15, 10, 2),
        ("Swedbank", "no-reply@swedbank.se"),
        "Vi uppdaterar våra villkor",
        alt(text, simple_html(text, head="Swedbank", head_bg="#ee7023", foot=foot), "java"),
        slug="swedbank-villkor",
        mid="java",
        mid_domain="swedbank.se",
    )

    # --- Klarna: a one-off on invoice, a TV in three interest-free parts
    kfoot = "Klarna Bank AB (publ), Sveavägen 46, 111 34 Stockholm. Org.nr 556737-0431."
    text = f"""Hej Elin!

Tack för ditt köp hos Jollyroom. Du betalar inom 30 dagar – helt räntefritt.

Butik: Jollyroom
Ordernummer: JR{digits(8)}
Köpdatum: 2025-12-05
Belopp: 1 249,00 kr
Förfallodatum: 2026-01-04

Betala enkelt i Klarna-appen. Skickar du tillbaka något justeras beloppet automatiskt.

Hälsningar,
Klarna

{kfoot}
"""
    mk(
        (2025, 12, 5, 21, 40),
        ("Klarna", "noreply@klarna.com"),
        "Ditt köp hos Jollyroom – betala senast 4 januari",
        alt(
            text, simple_html(text, head="Klarna.", head_bg="#ffb3c7", head_fg="#17120f", foot=kfoot), "sfmc"
        ),
        slug="klarna-jollyroom",
        mid="uuid",
        mid_domain="klarna.com",
    )

    text = f"""Tack för din beställning!

Ordernummer: {digits(8)}
Orderdatum: 2025-12-11

Samsung 55" QLED Q70D 4K Smart TV (QE55Q70DATXXC)   1 st   6 990,00 kr
Hemleverans                                                  0,00 kr
Varav moms                                               1 398,00 kr
Totalt                                                   6 990,00 kr

Betalsätt: Klarna – Dela upp i 3 räntefria delbetalningar
Leverans: PostNord, 2–4 arbetsdagar. Du får ett sms när paketet är på väg.

Vill du förlänga garantin? Lägg till Elgiganten Försäkring inom 30 dagar.

Elgiganten AB, Box 1270, 164 29 Kista. Org.nr 556315-5521.
"""
    mk(
        (2025, 12, 11, 12, 3),
        ("Elgiganten", "order@elgiganten.se"),
        "Orderbekräftelse från Elgiganten",
        alt(text, simple_html(text, head="ELGIGANTEN", head_bg="#041e42"), "sfmc"),
        slug="elgiganten-order",
        mid="uuid",
        mid_domain="elgiganten.se",
    )
    text = f"""Hej Elin!

Du har valt att dela upp ditt köp hos Elgiganten i 3 räntefria delbetalningar.

Köpbelopp: 6 990,00 kr
Del 1: 2 330,00 kr – förfaller 2026-01-10
Del 2: 2 330,00 kr – förfaller 2026-02-09
Del 3: 2 330,00 kr – förfaller 2026-03-11

Ingen ränta och inga avgifter om du betalar i tid. Du betalar i Klarna-appen.

Hälsningar,
Klarna

{kfoot}
"""
    mk(
        (2025, 12, 11, 12, 4),
        ("Klarna", "noreply@klarna.com"),
        "Din betalplan för köpet hos Elgiganten",
        alt(
            text, simple_html(text, head="Klarna.", head_bg="#ffb3c7", head_fg="#17120f", foot=kfoot), "sfmc"
        ),
        slug="klarna-elgiganten-plan",
        mid="uuid",
        mid_domain="klarna.com",
    )
    text = f"""Hej Elin!

Påminnelse: del 1 av 3 för ditt köp hos Elgiganten förfaller snart.

Att betala: 2 330,00 kr
Förfallodatum: 2026-01-10
Kvar efter denna betalning: 4 660,00 kr

Betala i Klarna-appen.

Hälsningar,
Klarna

{kfoot}
"""
    mk(
        (2026, 1, 5, 9, 0),
        ("Klarna", "noreply@klarna.com"),
        "Påminnelse: 2 330 kr förfaller 10 januari",
        alt(
            text, simple_html(text, head="Klarna.", head_bg="#ffb3c7", head_fg="#17120f", foot=kfoot), "sfmc"
        ),
        slug="klarna-paminnelse",
        mid="uuid",
        mid_domain="klarna.com",
    )

    text = f"""Hej!

Ditt paket från Elgiganten är på väg.

Kolli-ID: 00373500{digits(10)}
Beräknad leverans: tisdag 16 december mellan 17:00 och 21:00
Leveranssätt: Hemleverans

Följ ditt paket i PostNord-appen.

PostNord Sverige AB
"""
    mk(
        (2025, 12, 15, 8, 31),
        ("PostNord", "noreply@postnord.se"),
        "Ditt paket från Elgiganten är på väg",
        alt(text, simple_html(text, head="PostNord", head_bg="#00a0d6"), "java"),
        slug="postnord-paket",
        mid="uuid",
        mid_domain="postnord.se",
    )

    # --- SJ
    sjfoot = "SJ AB, 105 50 Stockholm. Kundservice 0771-75 75 75."
    text = f"""Tack för din bokning!

Bokningsnummer: {alnum(6)}

Utresa tisdag 23 december 2025
SJ Snabbtåg 425  Stockholm C 09:21 – Göteborg C 12:24
Vagn 4, plats 41, 42, 43

Återresa lördag 27 december 2025
SJ Snabbtåg 446  Göteborg C 15:39 – Stockholm C 18:40
Vagn 3, plats 12, 13, 14

Resenärer: 2 vuxna, 1 barn (0–6 år, gratis på egen plats)
Biljettyp: Ombokningsbar

Totalt: 1 486 kr (varav moms 6 %: 84,11 kr)
Betalt med Visa ****{CARD}

Dina biljetter finns i SJ-appen. Ha en trevlig resa!

{sjfoot}
"""
    mk(
        (2025, 12, 19, 22, 11),
        ("SJ", "noreply@sj.se"),
        "Din bokningsbekräftelse – Stockholm C–Göteborg C",
        alt(text, simple_html(text, head="SJ", head_bg="#1e1e1e", foot=sjfoot), "java"),
        slug="sj-bokning",
        mid="uuid",
        mid_domain="sj.se",
    )
    text = f"""Hej Elin,

Vi beklagar att ditt tåg SJ Snabbtåg 446 den 27 december 2025 var 74 minuter försenat.

Du har beviljats förseningsersättning: 743 kr.
Pengarna betalas tillbaka till kortet du betalade med inom 5–10 bankdagar.

Ärendenummer: {digits(8)}

{sjfoot}
"""
    mk(
        (2026, 1, 2, 11, 7),
        ("SJ", "noreply@sj.se"),
        "Beslut om förseningsersättning",
        plain(text),
        slug="sj-forseningsersattning",
        mid="uuid",
        mid_domain="sj.se",
    )
    text = f"""Tack för din bokning!

Bokningsnummer: {alnum(6)}

Resa fredag 13 november 2026
SJ Regional 577  Stockholm C 07:12 – Sundsvall C 10:51
Vagn 2, plats 55

Resenär: 1 vuxen
Biljettyp: Ombokningsbar

Totalt: 645 kr (varav moms 6 %: 36,51 kr)
Betalt med Visa ****{NEW_CARD}

{sjfoot}
"""
    mk(
        (2026, 11, 2, 19, 55),
        ("SJ", "noreply@sj.se"),
        "Din bokningsbekräftelse – Stockholm C–Sundsvall C",
        alt(text, simple_html(text, head="SJ", head_bg="#1e1e1e", foot=sjfoot), "java"),
        slug="sj-bokning",
        mid="uuid",
        mid_domain="sj.se",
    )

    # --- Blocket and Tradera
    text = """Ny annons i din bevakning "barncykel 16 tum, Stockholm":

Barncykel Skeppshult 16" röd – 650 kr – Hägersten
Puky cykel 16 tum med stödhjul – 900 kr – Solna

Se annonserna på blocket.se

Ändra eller ta bort din bevakning under Mina bevakningar.
"""
    mk(
        (2026, 1, 20, 18, 2),
        ("Blocket", "noreply@blocket.se"),
        "2 nya annonser i din bevakning",
        alt(text, simple_html(text, head="Blocket", head_bg="#e50000"), "php"),
        slug="blocket-bevakning",
        mid="sendgrid",
        mid_domain="blocket.se",
    )
    text = """Hej Elin!

Du har fått ett nytt meddelande om din annons "Babyskydd BeSafe iZi Go Modular + bas":

"Hej! Finns den kvar? Kan hämta i helgen, swishar direkt. /Johan"

Svara i Blocket-appen.
"""
    mk(
        (2026, 10, 3, 10, 20),
        ("Blocket", "noreply@blocket.se"),
        "Nytt meddelande om din annons",
        alt(text, simple_html(text, head="Blocket", head_bg="#e50000"), "php"),
        slug="blocket-meddelande",
        mid="sendgrid",
        mid_domain="blocket.se",
    )
    text = f"""Grattis, ditt objekt har sålts!

Objekt: Barnvagn Emmaljunga NXT90 med liggdel och sittdel
Objektnummer: {digits(9)}
Slutpris: 1 850 kr
Köpare: m_andersson77 (Uppsala)

Köparen betalar via Tradera Pay. När betalningen är klar får du ett mejl och kan skicka objektet.
Utbetalningen sker till ditt konto när köparen bekräftat att varan kommit fram.

Tradera
"""
    mk(
        (2026, 2, 2, 20, 1),
        ("Tradera", "noreply@tradera.com"),
        "Grattis, ditt objekt har sålts!",
        alt(text, simple_html(text, head="Tradera", head_bg="#2b59c3"), "java"),
        slug="tradera-salt",
        mid="uuid",
        mid_domain="tradera.com",
    )

    # --- friends and family
    text = """Hej gumman!

Vi tänkte att ni kommer till oss i Göteborg på julafton som vanligt? Pappa har redan köpt skinkan.
Ni får gärna sova över till annandagen. Säg till Omar att vi köper halal-korv till honom också.

Kram
Mamma
"""
    mk(
        (2025, 12, 8, 19, 33),
        MAMMA,
        "Julafton",
        plain(text, "iso-8859-1", "quoted-printable"),
        slug="mamma-julafton",
        mid="hex",
        mid_domain="telia.com",
        charset="iso-8859-1",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    )
    text = """Hej!

Nu har jag köpt biljetterna till Veronica Maggio på Avicii Arena 15 maj, två st á 445 kr.
Swisha 890 kr till mig när du kan: 070-174 06 88.

Ses!!
Sara
"""
    mk((2026, 2, 15, 11, 46), SARA, "Maggio-biljetter 🎶", plain(text), slug="sara-biljetter", mid="gmail")
    text = """Hej mamma,

Kan ni tänka er att ta Leo en helg i december så vi kan julhandla? Han pratar om er hela tiden.
Och vi kommer gärna på pepparkaksbak på lördag!

Kram Elin
"""
    mk(
        (2026, 11, 26, 20, 5),
        MAMMA,
        "Sv: Pepparkaksbak på lördag?",
        plain(
            "Hej gumman!\n\nJa självklart, vi tar honom gärna. Lördag kl. 13 för pepparkakorna, vi har degen.\n\n"
            "Kram Mamma\n\n> " + text.replace("\n", "\n> ").rstrip("> ") + "\n",
            "iso-8859-1",
            "quoted-printable",
        ),
        slug="mamma-pepparkakor",
        mid="hex",
        mid_domain="telia.com",
        charset="iso-8859-1",
        headers=[
            ("In-Reply-To", "<CA+elin-pepparkakor@mail.gmail.com>"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
    )
    text = """Tjena,

Ska vi säga upp Viaplay? Vi har inte tittat sen Sverige-Danmark och det är 189 kr i månaden.
Netflix räcker gott tycker jag. Kan du fixa det, det är ditt konto.

/O
"""
    mk(
        (2026, 3, 24, 12, 14),
        OMAR,
        "Viaplay",
        plain(text),
        slug="omar-viaplay",
        labels=["Viaplay"],
        mid="outlook",
        headers=[("Content-Language", "sv-SE")],
    )
    text = """Hej,

Jag tänkte att vi köper balanscykeln till Leo gemensamt med dina föräldrar? Den från Jollyroom
kostar 1 199 kr. Jag kan beställa ikväll om du säger ok.

Och kom ihåg att vi har utvecklingssamtal på Lärkan på onsdag 8.15.

Puss
Omar
"""
    mk(
        (2026, 11, 21, 9, 2),
        OMAR,
        "Julklapp till Leo",
        plain(text),
        slug="omar-julklapp",
        mid="outlook",
        headers=[("Content-Language", "sv-SE")],
    )

    # --- government
    text = """Hej!

Nu finns din deklaration för inkomståret 2025 i e-tjänsten Inkomstdeklaration.
Granska uppgifterna och godkänn senast den 4 maj 2026. Om du deklarerar digitalt senast 30 mars
och inte behöver ändra något kan du få eventuell skatteåterbäring redan i april.

Logga in på skatteverket.se med e-legitimation.

Med vänlig hälsning
Skatteverket

Det här är ett automatiskt meddelande. Du kan inte svara på det. Skatteverket skickar aldrig länkar
där du uppmanas att logga in eller lämna personuppgifter.
"""
    mk(
        (2026, 3, 10, 8, 0),
        ("Skatteverket", "no-reply@skatteverket.se"),
        "Nu kan du deklarera",
        plain(text, "iso-8859-1", "quoted-printable"),
        slug="skatteverket-deklarera",
        mid="hex",
        mid_domain="skatteverket.se",
        charset="iso-8859-1",
    )
    kivra((2026, 6, 2, 7, 31), "Skatteverket", "brev", slug="kivra-skatteverket")
    kivra((2026, 8, 12, 10, 15), "Försäkringskassan", "brev", slug="kivra-forsakringskassan")

    # --- shops
    text = f"""Hej Elin,

Tack för din beställning hos IKEA!

Ordernummer: 1{digits(9)}
Leveranssätt: Hemleverans till dörren, torsdag 26 mars 08:00–18:00

HEMNES byrå med 3 lådor, vitbets      1 st   2 495,00 kr
SMÅSTAD säng, vit/med förvaring        1 st     748,00 kr (rea)
Hemleverans                                     169,00 kr
Totalt                                        3 412,00 kr
Varav moms 25 %                                 682,40 kr

Betalsätt: Visa ****{CARD}

IKEA AB, Box 700, 343 81 Älmhult
"""
    mk(
        (2026, 3, 18, 21, 6),
        ("IKEA", "noreply@order.ikea.se"),
        "Tack för din beställning",
        alt(text, simple_html(text, head="IKEA", head_bg="#0058a3", head_fg="#ffdb00"), "sfmc"),
        slug="ikea-order",
        mid="uuid",
        mid_domain="order.ikea.se",
    )
    text = f"""Tack för din order hos Apotea!

Ordernummer: {digits(8)}

Alvedon 500 mg 20 st                  1 st    39,00 kr
ACO Solskydd barn SPF 50 200 ml       2 st   258,00 kr
Libero Up&Go 6 (44 st)                1 st   192,00 kr
Frakt                                          0,00 kr
Totalt                                       489,00 kr

Betalsätt: Swish
Ditt paket skickas från vårt lager i Morgongåva inom 24 timmar.

Apotea AB, Bergkällavägen 34 C, 192 79 Sollentuna
"""
    mk(
        (2026, 5, 20, 13, 29),
        ("Apotea", "kundservice@apotea.se"),
        "Orderbekräftelse",
        alt(text, simple_html(text, head="apotea", head_bg="#00853e"), "php"),
        slug="apotea-order",
        mid="uuid",
        mid_domain="apotea.se",
    )
    text = """BLACK FRIDAY ÄR HÄR

Upp till 50 % på TV, ljud och vitvaror. Bara till söndag.
Dela upp betalningen räntefritt med Klarna.

Se alla erbjudanden på elgiganten.se

Avregistrera: https://www.elgiganten.se/nyhetsbrev/avregistrera
"""
    mk(
        (2026, 11, 20, 6, 0),
        ("Elgiganten", "nyhetsbrev@elgiganten.se"),
        "BLACK FRIDAY: Upp till 50 % ⚡",
        alt(text, simple_html(text, head="ELGIGANTEN", head_bg="#041e42"), "sfmc"),
        slug="elgiganten-black-friday",
        mid="uuid",
        mid_domain="elgiganten.se",
        headers=unsub("https://www.elgiganten.se/nyhetsbrev/avregistrera"),
    )

    # --- travel
    vfoot = "Ving Sverige AB, 105 20 Stockholm. Resegaranti enligt paketreselagen."
    text = f"""Bokningsbekräftelse

Hej Elin Lindqvist,

Tack för din bokning! Nu är det klart för Kreta.

Bokningsnummer: {digits(8)}
Resmål: Chania, Kreta, Grekland
Hotell: Sunprime Platanias Beach, familjerum med balkong, all inclusive
Resa: 2026-07-04 – 2026-07-11, Stockholm Arlanda – Chania
Resenärer: Elin Lindqvist, Omar Haddad, Leo Haddad Lindqvist

Totalpris:             24 980 kr
Anmälningsavgift:       2 000 kr – betalas senast 2026-04-25
Slutbetalning:         22 980 kr – betalas senast 2026-06-06

Betala på Mina sidor med kort eller faktura.

{vfoot}
"""
    mk(
        (2026, 4, 15, 20, 40),
        ("Ving", "bokning@ving.se"),
        "Bokningsbekräftelse – Chania, Kreta",
        alt(text, simple_html(text, head="Ving", head_bg="#e2001a", foot=vfoot), "sfmc"),
        slug="ving-bokning",
        mid="uuid",
        mid_domain="ving.se",
    )
    text = f"""Hej Elin,

Snart är det dags för Kreta! Kom ihåg att slutbetalningen för din resa ska vara betald senast 2026-06-06.

Att betala: 22 980 kr
Resa: 2026-07-04 – 2026-07-11, Chania

Betala på Mina sidor.

{vfoot}
"""
    mk(
        (2026, 5, 27, 10, 10),
        ("Ving", "bokning@ving.se"),
        "Påminnelse om slutbetalning",
        plain(text),
        slug="ving-slutbetalning",
        mid="uuid",
        mid_domain="ving.se",
    )

    # --- marketing from services they do not use
    text = """Hej Elin,

Surfa snabbare hemma! Telia Bredband via fiber 500 Mbit/s – halva priset i 6 månader,
därefter 549 kr/mån. Fri router och ingen startavgift.

Beställ på telia.se/bredband

Du får detta utskick eftersom du har godkänt marknadsföring från Telia. Avregistrera: https://www.telia.se/avregistrera
Telia Sverige AB, 169 94 Solna
"""
    mk(
        (2026, 4, 8, 17, 0),
        ("Telia", "erbjudanden@info.telia.se"),
        "Halva priset på bredband i 6 månader",
        alt(text, simple_html(text, head="Telia", head_bg="#990ae3"), "sfmc"),
        slug="telia-bredband",
        mid="ses",
        mid_domain="eu-west-1.amazonses.com",
        headers=unsub("https://www.telia.se/avregistrera"),
    )
    text = """Hej Elin,

Byt till Telia mobil och få 3 månader gratis. Obegränsad surf från 399 kr/mån.
Samla familjen och få 100 kr rabatt per extra abonnemang.

Se erbjudandet på telia.se/mobil

Avregistrera: https://www.telia.se/avregistrera
Telia Sverige AB, 169 94 Solna
"""
    mk(
        (2026, 10, 28, 17, 0),
        ("Telia", "erbjudanden@info.telia.se"),
        "3 månader gratis när du byter till Telia",
        alt(text, simple_html(text, head="Telia", head_bg="#990ae3"), "sfmc"),
        slug="telia-mobil",
        mid="ses",
        mid_domain="eu-west-1.amazonses.com",
        headers=unsub("https://www.telia.se/avregistrera"),
    )
    text = """Få 7 gratis måltider!*

Prova HelloFresh: färska råvaror och enkla recept levererade till dörren.
Använd koden VÅR7 och få 50 % rabatt på första kassen och gratis frakt.

*Gäller nya kunder. Du kan pausa eller avsluta när du vill.

Avregistrera: https://www.hellofresh.se/unsubscribe
HelloFresh SE, Berlin
"""
    mk(
        (2026, 5, 12, 16, 45),
        ("HelloFresh", "hello@news.hellofresh.se"),
        "Elin, 7 gratis måltider väntar 🥕",
        alt(text, simple_html(text, head="HelloFresh", head_bg="#91c11e"), "sfmc"),
        slug="hellofresh-erbjudande",
        mid="ses",
        mid_domain="eu-west-1.amazonses.com",
        zone="utc",
        headers=unsub("https://www.hellofresh.se/unsubscribe"),
    )
    text = """Prova SvD Digital – 3 månader för 3 kr

Oberoende journalistik, Näringsliv och Kultur i appen och på svd.se. Ingen bindningstid.
Därefter 269 kr/mån.

Beställ på svd.se/erbjudande

Avregistrera: https://www.svd.se/avregistrera
Svenska Dagbladet AB, 105 17 Stockholm
"""
    mk(
        (2026, 8, 25, 12, 30),
        ("Svenska Dagbladet", "erbjudande@svd.se"),
        "3 månader SvD Digital för 3 kr",
        alt(text, simple_html(text, head="SvD", head_bg="#1a1a1a"), "sfmc"),
        slug="svd-erbjudande",
        mid="ses",
        mid_domain="eu-north-1.amazonses.com",
        headers=unsub("https://www.svd.se/avregistrera"),
    )
    text = """Höstens nyheter på SVT Play

* Morden i Sandhamn – ny säsong från 7 september
* Skavlan är tillbaka
* Bolibompa: nya avsnitt av Greta Gris varje vardag

Allt finns gratis på SVT Play.

Du får nyhetsbrevet eftersom du har ett SVT-konto. Avsluta: https://www.svtplay.se/installningar
Sveriges Television AB, 105 10 Stockholm
"""
    mk(
        (2026, 9, 4, 15, 0),
        ("SVT Play", "nyhetsbrev@svt.se"),
        "Höstens nyheter på SVT Play",
        alt(text, simple_html(text, head="SVT Play", head_bg="#0d3b22"), "sfmc"),
        slug="svt-nyhetsbrev",
        mid="uuid",
        mid_domain="svt.se",
        headers=unsub("https://www.svtplay.se/installningar"),
    )
    text = """Hej Elin!

Höstterminen startar måndag 31 augusti. Nytt i schemat: Yoga Yin, Core Flow och Spinning 45 på
Liljeholmen. Boka passen i appen från lördag kl. 12.

Saknar du ditt årskort? Som tidigare medlem får du 15 % på nytt årskort till 30 september.

Friskis&Svettis Stockholm
Avregistrera: https://www.friskissvettis.se/stockholm/avregistrera
"""
    mk(
        (2026, 8, 27, 9, 15),
        ("Friskis&Svettis Stockholm", "info@stockholm.friskissvettis.se"),
        "Höstterminen startar – nytt schema",
        plain(text),
        slug="friskis-nyhetsbrev",
        mid="uuid",
        mid_domain="friskissvettis.se",
        headers=unsub("https://www.friskissvettis.se/stockholm/avregistrera"),
    )


# ============================================================================================
# Writing it all out

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def from_line(addr_spec: str, when: dt.datetime) -> str:
    return (
        f"From {addr_spec} {DAYS[when.weekday()]} {MONS[when.month - 1]} {when.day:2d} "
        f"{when:%H:%M:%S} {when.year}"
    )


README = """# email-files9 / sto — Stockholm family (SEK)

Elin Lindqvist (works at a private company, Unionen member) and Omar Haddad, with their son Leo at a municipal
förskola, in a bostadsrätt in Hägersten, Stockholm. The mailbox is Elin's Gmail; Omar forwards a few things
from Outlook (the car insurance and the mortgage are in his name). "Today" is 2026-11-28.

Doubts about the labels (where a careful reader could disagree):
- Tibber and Ellevio are variable monthly bills: the amount is the latest invoice (October's use), not a known
  next charge. Tibber's next date is last card charge + 1 month (the 20th); Ellevio's October invoice is due
  2026-11-30, two days after today, so that is its next charge.
- Unionens a-kassa is labelled a bill (it is unemployment insurance, billed quarterly: 420 kr = 3 × 140 kr);
  Unionen's own membership is a subscription. Some readers would call both memberships, or both bills.
- Förskoleavgift (Stockholms stad) reaches the mailbox only as Kivra notifications (some without the amount)
  plus the yearly avgiftsbeslut; labelled as a monthly bill at 1 718 kr due the last day of the month.
- SL 30-dagarsbiljett is bought by hand in the SL app about every 30 days (with a gap in summer, receipts not all
  emailed); listed as a monthly subscription at 1 060 kr, next purchase 2026-12-10 (= 30 days = 1 month after
  2026-11-10). A strict reader could say a manually bought period ticket is not a subscription.
- Folksam hemförsäkring is a yearly premium (2 592 kr) paid by monthly autogiro: labelled monthly 216 kr.
  If bilförsäkring is paid as one yearly invoice: 7 236 kr, next 2027-04-01.
- SBAB bolån: mortgage payment = interest + amortisation; the amount ({sbab}) changes with each 3-month
  rate reset and with the shrinking principal. The first notice arrives only as Omar's forward.
- Hallon belongs to Hi3G Access AB, like Tre, and both footers say so; "Hi3G" is an alias of Tre only.
- BookBeat was a free trial cancelled before any charge: listed as cancelled (249 kr was the price after the
  trial). A reader could leave it out entirely. Podme ended after a declined card: inactive, not cancelled.
- Viaplay: cancelled in March (access to 2026-04-17); the later win-back offer is marketing, not a restart.
- DN Digital: the 1 kr intro offer, then 299 kr, then a price notice: 319 kr from the 2026-12-10 charge.
- One-offs from companies that also sell subscriptions are not labelled: Linas Matkasse's Julkassen 2025,
  Tibber Pulse, the SATS PT-paket and an in-app purchase on Apple. Klarna's 3-part payment for a TV is a
  one-off purchase in instalments, not a bill.
"""


def main() -> None:
    for fn in (
        tibber,
        ellevio,
        bahnhof,
        tre,
        hallon,
        folksam,
        if_car,
        brf,
        sbab,
        sl,
        sats,
        forskola,
        unionen,
        akassa,
        spotify,
        netflix,
        viaplay,
        storytel,
        bookbeat,
        dn,
        podme,
        icloud,
        google_one,
        linas,
        others,
    ):
        fn()
    msgs = sorted(MESSAGES, key=lambda m: (m["when"], m["slug"]))
    eml_dir = HERE / "eml"
    eml_dir.mkdir(exist_ok=True)
    for old in eml_dir.glob("*.eml"):
        old.unlink()
    names = {t["name"] for t in TRUTH}
    index = []
    mbox = []
    for i, m in enumerate(msgs, 1):
        for label in m["labels"]:
            assert label in names, label
        fname = f"{i:03d}-{m['local_date']:%Y%m%d}-{m['slug']}.eml"
        data = m["raw"].encode("utf-8")
        (eml_dir / fname).write_bytes(data)
        index.append({"file": fname, "from": m["from_name"], "subject": m["subject"], "labels": m["labels"]})
        body = re.sub(r"(?m)^(>*From )", r">\1", m["raw"])
        mbox.append(
            from_line(m["from_addr"], m["when"]) + "\n" + body + ("" if body.endswith("\n") else "\n") + "\n"
        )
    (HERE / "mailbox.mbox").write_bytes("".join(mbox).encode("utf-8"))
    (HERE / "truth.json").write_text(json.dumps(TRUTH, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    negatives = list(dict.fromkeys(NEGATIVES))
    (HERE / "meta.json").write_text(
        json.dumps(
            {"today": TODAY.isoformat(), "messages": len(msgs), "hard_negatives": negatives},
            ensure_ascii=False,
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    (HERE / "messages.json").write_text(
        json.dumps(index, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    sbab_amount = next(t["amount"] for t in TRUTH if t["name"] == "SBAB bolån")
    (HERE / "README.md").write_text(README.replace("{sbab}", kr(sbab_amount)), encoding="utf-8")
    print(f"{len(msgs)} messages, {len(TRUTH)} truths")


if __name__ == "__main__":
    main()
