#!/usr/bin/env python3
"""Mailbox of Émilie Tremblay, Montréal (Plateau-Mont-Royal), for bench/data/email-files10/mtl.

Seeded and deterministic: rerunning writes the same bytes. stdlib only.
Run from /work/main:  .venv/bin/python bench/data/email-files10/mtl/make.py
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import shutil
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from email import policy
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261125
RNG = random.Random(SEED)
TODAY = dt.date(2026, 11, 25)

EMILIE = ("Émilie Tremblay", "emilie.tremblay@videotron.ca")
DANIEL = ("Daniel Cohen", "dan.cohen.mtl@gmail.com")

MESSAGES: list[dict] = []

# --------------------------------------------------------------------------------------------
# dates and time zones
# --------------------------------------------------------------------------------------------

MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS_EN = [
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
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _nth_sunday(year: int, month: int, n: int) -> dt.date:
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)


def _us_dst(local: dt.datetime) -> bool:
    """North-American DST: 2nd Sunday of March 02:00 to 1st Sunday of November 02:00 (local)."""
    start = dt.datetime.combine(_nth_sunday(local.year, 3, 2), dt.time(2))
    end = dt.datetime.combine(_nth_sunday(local.year, 11, 1), dt.time(2))
    return start <= local < end


def _eu_dst(utc: dt.datetime) -> bool:
    y = utc.year
    last_mar = dt.date(y, 3, 31) - dt.timedelta(days=(dt.date(y, 3, 31).weekday() + 1) % 7)
    last_oct = dt.date(y, 10, 31) - dt.timedelta(days=(dt.date(y, 10, 31).weekday() + 1) % 7)
    return dt.datetime.combine(last_mar, dt.time(1)) <= utc < dt.datetime.combine(last_oct, dt.time(1))


def mtl_to_utc(local: dt.datetime) -> dt.datetime:
    off = -4 if _us_dst(local) else -5
    return local - dt.timedelta(hours=off)


def utc_in(utc: dt.datetime, zone: str) -> dt.datetime:
    """The aware datetime of a naive UTC instant in one of the zones senders stamp with."""
    if zone == "utc":
        return utc.replace(tzinfo=dt.UTC)
    if zone in ("mtl", "pac"):
        base = -5 if zone == "mtl" else -8
        guess = utc + dt.timedelta(hours=base)
        off = base + 1 if _us_dst(guess) else base
        return (utc + dt.timedelta(hours=off)).replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))
    if zone == "cet":
        off = 2 if _eu_dst(utc) else 1
        return (utc + dt.timedelta(hours=off)).replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))
    raise ValueError(zone)


def rfc_date(aware: dt.datetime, pad: bool = True) -> str:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = aware.utcoffset()
    assert off is not None
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = f"{aware.day:02d}" if pad else str(aware.day)
    return (
        f"{days[aware.weekday()]}, {day} {mons[aware.month - 1]} {aware.year} "
        f"{aware.hour:02d}:{aware.minute:02d}:{aware.second:02d} {sign}{mins // 60:02d}{mins % 60:02d}"
    )


def fr_date(d: dt.date, weekday: bool = False) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    s = f"{day} {MOIS[d.month - 1]} {d.year}"
    return f"{JOURS[d.weekday()]} {s}" if weekday else s


def fr_short(d: dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def en_date(d: dt.date) -> str:
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    last = [
        31,
        29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28,
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
    return dt.date(y, m, min(d.day, last))


def at(d: dt.date, hh: int, mm: int, ss: int | None = None) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, hh, mm, RNG.randrange(60) if ss is None else ss)


D = dt.date

# --------------------------------------------------------------------------------------------
# money
# --------------------------------------------------------------------------------------------

CENT = Decimal("0.01")


def q(x) -> Decimal:
    return Decimal(str(x)).quantize(CENT, rounding=ROUND_HALF_UP)


def qc_taxes(base) -> tuple[Decimal, Decimal, Decimal]:
    """TPS 5 % and TVQ 9,975 %, each rounded, and the total."""
    b = q(base)
    tps = q(b * Decimal("0.05"))
    tvq = q(b * Decimal("0.09975"))
    return tps, tvq, b + tps + tvq


def fr_money(x, nb: str = "\u00a0", sign: bool = True) -> str:
    v = q(x)
    neg = v < 0
    v = abs(v)
    units, cents = f"{v:.2f}".split(".")
    groups = []
    while len(units) > 3:
        groups.insert(0, units[-3:])
        units = units[:-3]
    groups.insert(0, units)
    s = nb.join(groups) + "," + cents
    if neg:
        s = "-" + s
    return s + nb + "$" if sign else s


def fr_int(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0")


def fr_rate(x: Decimal) -> str:
    return str(x).replace(".", ",") + "\u00a0$"


def en_money(x, prefix: str = "$") -> str:
    v = q(x)
    s = f"{abs(v):,.2f}"
    return ("-" if v < 0 else "") + prefix + s


# --------------------------------------------------------------------------------------------
# message construction
# --------------------------------------------------------------------------------------------


def rhex(n: int) -> str:
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ralnum(n: int, upper: bool = True) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789" if upper else "abcdefghijkmnopqrstuvwxyz0123456789"
    return "".join(RNG.choice(alphabet) for _ in range(n))


def rdigits(n: int) -> str:
    return "".join(RNG.choice("0123456789") for _ in range(n))


def boundary(style: str) -> str:
    if style == "java":
        return f"----=_Part_{RNG.randrange(10**6, 10**7)}_{RNG.randrange(10**8, 10**9)}.{RNG.randrange(10**12, 10**13)}"
    if style == "apple":
        return f"Apple-Mail={rhex(8).upper()}-{rhex(4).upper()}-{rhex(4).upper()}-{rhex(4).upper()}-{rhex(12).upper()}"
    if style == "gmail":
        return f"000000000000{rhex(16)}"
    if style == "amazon":
        return f"----=_Part_{RNG.randrange(10**6, 10**7)}_{RNG.randrange(10**8, 10**9)}.{RNG.randrange(10**12, 10**13)}"
    if style == "sfmc":
        return f"=_{rhex(32)}"
    if style == "outlook":
        return f"_000_{ralnum(20)}QBCANP01MB{RNG.randrange(1000, 9999)}_"
    return f"=_{rhex(24)}"


def _charset(name: str, cte: str) -> Charset:
    cs = Charset(name)
    if cte == "quoted-printable":
        cs.body_encoding = QP
    elif cte == "base64":
        cs.body_encoding = BASE64
    else:
        cs.body_encoding = None
    return cs


def text_part(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable"):
    if cte in ("7bit", "8bit"):
        part = MIMEText(body, subtype, charset if charset != "us-ascii" else "us-ascii")
        if charset != "us-ascii":
            # MIMEText picks base64 for utf-8; rebuild as 8bit the way Gmail and Thunderbird send
            part = MIMEText("", subtype)
            del part["Content-Transfer-Encoding"]
            del part["Content-Type"]
            part["Content-Type"] = f'text/{subtype}; charset="{charset}"'
            part["Content-Transfer-Encoding"] = "8bit"
            part.set_payload(body.encode(charset).decode("ascii", "surrogateescape"))
        return part
    return MIMEText(body, subtype, _charset(charset, cte))


def slugify(s: str, n: int = 42) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:n].rstrip("-") or "message"


def hdr(value: str, charset: str = "utf-8", name: str = "Subject"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        try:
            value.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        return Header(value, charset, header_name=name)


def addr(pair: tuple[str, str], charset: str = "utf-8") -> str:
    name, address = pair
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def minimal_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF carrying the given lines (Latin-1 text)."""
    text = (
        "BT /F1 11 Tf 50 780 Td 14 TL "
        + " ".join(
            "(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for ln in lines
        )
        + " ET"
    )
    stream = text.encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
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


def add(
    when: dt.datetime,
    sender: tuple[str, str],
    subject: str,
    *,
    text: str | None = None,
    html: str | None = None,
    labels: tuple[str, ...] | list[str] = (),
    to: tuple[str, str] | str = EMILIE,
    cc: tuple[str, str] | None = None,
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    html_cte: str | None = None,
    zone: str = "mtl",
    bstyle: str = "plain",
    mid_domain: str | None = None,
    reply_to: tuple[str, str] | None = None,
    unsubscribe: str | None = None,
    attachments: list[tuple[str, bytes, str]] = (),
    extra: list[tuple[str, str]] = (),
    pad_day: bool = True,
    slug: str | None = None,
) -> None:
    """One message. `when` is Montréal local time; `zone` is how the sender stamps its Date."""
    assert text is not None or html is not None
    parts = []
    if text is not None:
        parts.append(text_part(text, "plain", charset, cte))
    if html is not None:
        parts.append(text_part(html, "html", charset, html_cte or cte))
    if len(parts) == 2:
        body = MIMEMultipart("alternative", boundary=boundary(bstyle))
        for p in parts:
            body.attach(p)
    else:
        body = parts[0]
    if attachments:
        root = MIMEMultipart("mixed", boundary=boundary(bstyle))
        if isinstance(body, MIMEMultipart):
            del body["MIME-Version"]
        root.attach(body)
        for fname, data, mtype in attachments:
            maintype, subtype = mtype.split("/")
            att = MIMEApplication(data, subtype)
            att.add_header("Content-Disposition", "attachment", filename=fname)
            del att["MIME-Version"]
            root.attach(att)
        body = root
    # sub-parts do not carry MIME-Version
    if isinstance(body, MIMEMultipart):
        for p in body.walk():
            if p is not body and "MIME-Version" in p:
                del p["MIME-Version"]
    utc = mtl_to_utc(when)
    stamped = utc_in(utc, zone)
    domain = mid_domain or sender[1].split("@")[1]
    head = [
        ("From", addr(sender, charset if charset != "us-ascii" else "utf-8")),
        ("To", to if isinstance(to, str) else addr(to)),
    ]
    if cc:
        head.append(("Cc", addr(cc)))
    if reply_to:
        head.append(("Reply-To", addr(reply_to)))
    head += [
        ("Subject", hdr(subject, charset if charset not in ("us-ascii",) else "utf-8")),
        ("Date", rfc_date(stamped, pad_day)),
        ("Message-ID", f"<{rhex(8)}.{rhex(12)}.{RNG.randrange(10**9, 10**10)}@{domain}>"),
    ]
    for k, v in extra:
        head.append((k, v))
    if unsubscribe:
        head.append(("List-Unsubscribe", f"<{unsubscribe}>"))
        head.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    if "MIME-Version" in body:
        del body["MIME-Version"]
    head.append(("MIME-Version", "1.0"))
    body._headers = [(k, v) for k, v in head] + body._headers
    MESSAGES.append(
        {
            "utc": utc,
            "local": when,
            "msg": body,
            "from_name": sender[0] or sender[1],
            "envelope": sender[1],
            "subject": subject,
            "labels": list(labels),
            "slug": slug or slugify(f"{sender[0].split()[0] if sender[0] else 'mail'} {subject}"),
        }
    )


# --------------------------------------------------------------------------------------------
# HTML helpers (each company still writes its own markup around them)
# --------------------------------------------------------------------------------------------


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_page(
    title: str,
    inner: str,
    *,
    lang: str = "fr",
    preheader: str = "",
    bg: str = "#f4f4f4",
    font: str = "Arial, Helvetica, sans-serif",
) -> str:
    pre = (
        (
            f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{preheader}'
            + "&zwnj;&nbsp;" * 8
            + "</div>\n"
        )
        if preheader
        else ""
    )
    return (
        f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        f'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        f'<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        f"<title>{title}</title>\n"
        f'<style type="text/css">body{{margin:0;padding:0;}} table{{border-collapse:collapse;}} '
        f"img{{border:0;outline:none;text-decoration:none;}} @media only screen and (max-width:600px)"
        f"{{.container{{width:100% !important;}}}}</style>\n</head>\n"
        f'<body style="margin:0;padding:0;background-color:{bg};font-family:{font};">\n{pre}'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
        f'style="background-color:{bg};">\n<tr><td align="center" style="padding:20px 10px;">\n'
        f'<table role="presentation" class="container" width="600" cellpadding="0" cellspacing="0" '
        f'border="0" style="background-color:#ffffff;">\n{inner}\n</table>\n</td></tr>\n</table>\n'
        f"</body>\n</html>\n"
    )


def kv_rows(
    rows: list[tuple[str, str]],
    *,
    bold_last: bool = False,
    label_color: str = "#555555",
    pad: str = "6px 0",
    size: str = "14px",
) -> str:
    out = []
    for i, (k, v) in enumerate(rows):
        weight = "bold" if bold_last and i == len(rows) - 1 else "normal"
        border = "border-top:1px solid #dddddd;" if bold_last and i == len(rows) - 1 else ""
        out.append(
            f'<tr><td style="padding:{pad};font-size:{size};color:{label_color};{border}font-weight:{weight};">{k}</td>'
            f'<td align="right" style="padding:{pad};font-size:{size};color:#222222;{border}font-weight:{weight};">{v}</td></tr>'
        )
    return (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">\n'
        + "\n".join(out)
        + "\n</table>"
    )


def plain_rows(rows: list[tuple[str, str]], width: int = 44) -> str:
    return "\n".join(f"{k}{'.' * max(2, width - len(k) - len(v))}{v}" for k, v in rows)


# --------------------------------------------------------------------------------------------
# truth names (used as labels)
# --------------------------------------------------------------------------------------------

HQ = "Hydro-Québec"
VID = "Vidéotron"
FIZZ = "Fizz"
STM = "STM OPUS à l'année"
DESJ = "Desjardins Assurances habitation"
BELAIR = "belairdirect"
MTLTAX = "Taxes foncières Ville de Montréal"
SCOL = "Taxe scolaire CGTSIM"
CONDO = "Frais de condo Syndicat Le Saint-Denis"
CARDIO = "Énergie Cardio"
NETFLIX = "Netflix"
CRAVE = "Crave"
SPOTIFY = "Spotify Premium Famille"
APPLE1 = "Apple One"
PRIME = "Amazon Prime"
DEVOIR = "Le Devoir"
CPE = "CPE Les Petits Pinsons"
LUFA = "Lufa Farms"
CAUTO = "Communauto"
BIXI = "BIXI Montréal"
TOUTV = "ICI TOU.TV EXTRA"
ANTIDOTE = "Antidote+"

VISA_OLD = "4417"  # Visa Desjardins replaced in July 2026
VISA_NEW = "8802"


# --------------------------------------------------------------------------------------------
# Hydro-Québec: bill every two months, mode de versements égaux (monthly instalment)
# --------------------------------------------------------------------------------------------


def hydro() -> None:
    sender = ("Hydro-Québec", "espaceclient@hydroquebec.com")
    account = "2991 0458 3217"
    periods = [
        # bill date, start, end, kWh
        (D(2026, 1, 7), D(2025, 11, 4), D(2026, 1, 5), 4310),
        (D(2026, 3, 9), D(2026, 1, 6), D(2026, 3, 5), 4725),
        (D(2026, 5, 7), D(2026, 3, 6), D(2026, 5, 5), 2530),
        (D(2026, 7, 8), D(2026, 5, 6), D(2026, 7, 6), 1290),
        (D(2026, 9, 8), D(2026, 7, 7), D(2026, 9, 4), 1345),
        (D(2026, 11, 6), D(2026, 9, 5), D(2026, 11, 4), 1620),
    ]
    gap = Decimal("-41.18")
    for bill_date, start, end, kwh in periods:
        days = (end - start).days + 1
        if start < D(2026, 4, 1):
            access, r1, r2 = Decimal("0.46450"), Decimal("0.06905"), Decimal("0.10652")
        else:
            access, r1, r2 = Decimal("0.47840"), Decimal("0.07112"), Decimal("0.10972")
        first = min(kwh, 40 * days)
        rest = kwh - first
        c_access = q(access * days)
        c1 = q(r1 * first)
        c2 = q(r2 * rest)
        sub = c_access + c1 + c2
        tps, tvq, total = qc_taxes(sub)
        inst = Decimal("136.00") if bill_date < D(2026, 7, 1) else Decimal("148.00")
        gap = gap + 2 * inst - total
        deb1 = D(bill_date.year, bill_date.month, 12)
        deb2 = add_months(deb1, 1)
        rows = [
            ("Redevance d'abonnement", f"{days} jours × {fr_rate(access)}", fr_money(c_access)),
            ("Consommation – 1<sup>re</sup> tranche", f"{fr_int(first)} kWh × {fr_rate(r1)}", fr_money(c1)),
            ("Consommation – 2<sup>e</sup> tranche", f"{fr_int(rest)} kWh × {fr_rate(r2)}", fr_money(c2)),
            ("TPS (5 %)", "", fr_money(tps)),
            ("TVQ (9,975 %)", "", fr_money(tvq)),
        ]
        trs = "\n".join(
            f'<tr><td style="padding:5px 0;font-size:13px;color:#333;">{a}</td>'
            f'<td style="padding:5px 8px;font-size:12px;color:#777;">{b}</td>'
            f'<td align="right" style="padding:5px 0;font-size:13px;color:#333;">{c}</td></tr>'
            for a, b, c in rows
        )
        kwh_txt = fr_int(kwh)
        inner = f"""
<tr><td style="background:#1a4a8a;padding:18px 24px;"><img src="https://www.hydroquebec.com/images/courriel/logo-hq-blanc.png" width="150" alt="Hydro-Québec" /></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#222;line-height:1.5;">
<p style="margin:0 0 12px;">Bonjour ÉMILIE TREMBLAY,</p>
<p style="margin:0 0 16px;">Votre facture du {fr_date(bill_date)} est maintenant disponible dans votre Espace client.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#eef3f9;">
<tr><td style="padding:14px 16px;font-size:13px;color:#333;">Numéro de compte<br /><strong>{account}</strong></td>
<td style="padding:14px 16px;font-size:13px;color:#333;">Période de consommation<br /><strong>du {fr_date(start)} au {fr_date(end)} ({days} jours)</strong></td></tr>
<tr><td style="padding:14px 16px;font-size:13px;color:#333;">Consommation<br /><strong>{kwh_txt} kWh</strong></td>
<td style="padding:14px 16px;font-size:13px;color:#333;">Coût de l'électricité pour la période<br /><strong>{fr_money(total)}</strong></td></tr>
</table>
<h3 style="font-size:15px;color:#1a4a8a;margin:20px 0 6px;">Détail de la période</h3>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">{trs}
<tr><td style="padding:6px 0;border-top:1px solid #ccc;font-size:13px;font-weight:bold;">Total de la période</td><td style="border-top:1px solid #ccc;"></td><td align="right" style="padding:6px 0;border-top:1px solid #ccc;font-size:13px;font-weight:bold;">{fr_money(total)}</td></tr>
</table>
<h3 style="font-size:15px;color:#1a4a8a;margin:20px 0 6px;">Mode de versements égaux (MVE)</h3>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td style="padding:5px 0;font-size:13px;">Versement mensuel</td><td align="right" style="font-size:13px;">{fr_money(inst)}</td></tr>
<tr><td style="padding:5px 0;font-size:13px;">Écart cumulatif entre vos versements et votre consommation réelle</td><td align="right" style="font-size:13px;">{fr_money(gap)}</td></tr>
</table>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="margin-top:16px;border:2px solid #1a4a8a;">
<tr><td style="padding:12px 16px;font-size:15px;"><strong>Montant à payer</strong></td><td align="right" style="padding:12px 16px;font-size:18px;color:#1a4a8a;"><strong>{fr_money(inst)}</strong></td></tr>
<tr><td style="padding:0 16px 12px;font-size:13px;">Date d'échéance</td><td align="right" style="padding:0 16px 12px;font-size:13px;">{fr_date(deb1)}</td></tr>
</table>
<p style="font-size:13px;color:#444;margin:14px 0;">Ce montant sera payé par prélèvement automatique le {fr_date(deb1)}. Votre versement suivant de {fr_money(inst)} sera prélevé le {fr_date(deb2)}. Vous n'avez rien à faire.</p>
<p style="margin:18px 0;"><a href="https://session.hydroquebec.com/portail/fr/group/clientele/facture" style="background:#1a4a8a;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px;">Consulter ma facture</a></p>
</td></tr>
<tr><td style="padding:16px 24px;background:#f0f0f0;font-size:11px;color:#666;">Ce courriel vous est envoyé automatiquement. Veuillez ne pas y répondre.<br />Hydro-Québec, 75, boulevard René-Lévesque Ouest, Montréal (Québec) H2Z 1A4<br />N° de TPS : 11940 7296 RT0001 – N° de TVQ : 1000042605 TQ0001<br /><a href="https://www.hydroquebec.com/confidentialite/" style="color:#666;">Politique de confidentialité</a></td></tr>"""
        text = f"""Hydro-Québec

Bonjour ÉMILIE TREMBLAY,

Votre facture du {fr_date(bill_date)} est maintenant disponible dans votre Espace client.

Numéro de compte : {account}
Période de consommation : du {fr_date(start)} au {fr_date(end)} ({days} jours)
Consommation : {kwh_txt} kWh
Coût de l'électricité pour la période : {fr_money(total)}
  dont TPS {fr_money(tps)} et TVQ {fr_money(tvq)}

Mode de versements égaux (MVE)
Versement mensuel : {fr_money(inst)}
Écart cumulatif : {fr_money(gap)}

Montant à payer : {fr_money(inst)}
Date d'échéance : {fr_date(deb1)}

Ce montant sera payé par prélèvement automatique le {fr_date(deb1)}. Votre versement
suivant de {fr_money(inst)} sera prélevé le {fr_date(deb2)}.

Consulter ma facture : https://session.hydroquebec.com/portail/fr/group/clientele/facture

Ce courriel vous est envoyé automatiquement. Veuillez ne pas y répondre.
Hydro-Québec, 75, boulevard René-Lévesque Ouest, Montréal (Québec) H2Z 1A4
"""
        add(
            at(bill_date, 4, RNG.randrange(10, 50)),
            sender,
            "Votre facture est disponible dans votre Espace client",
            text=text,
            html=html_page(
                "Votre facture Hydro-Québec", inner, preheader=f"Montant à payer : {fr_money(inst)}"
            ),
            labels=[HQ],
            bstyle="java",
            mid_domain="hydroquebec.com",
        )

    # annual revision of the equal-payment instalment
    inner = f"""
<tr><td style="background:#1a4a8a;padding:18px 24px;color:#fff;font-size:20px;">Hydro-Québec</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#222;line-height:1.55;">
<p>Bonjour ÉMILIE TREMBLAY,</p>
<p>Chaque année, nous révisons le montant de vos versements égaux pour qu'il reflète votre consommation réelle des 12 derniers mois. L'hiver 2025-2026 ayant été plus froid que la normale, votre consommation a augmenté.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#eef3f9;">
<tr><td style="padding:10px 16px;">Numéro de compte</td><td align="right" style="padding:10px 16px;">{account}</td></tr>
<tr><td style="padding:10px 16px;">Versement mensuel actuel</td><td align="right" style="padding:10px 16px;">{fr_money(136)}</td></tr>
<tr><td style="padding:10px 16px;"><strong>Nouveau versement mensuel</strong></td><td align="right" style="padding:10px 16px;"><strong>{fr_money(148)}</strong></td></tr>
<tr><td style="padding:10px 16px;">À compter du prélèvement du</td><td align="right" style="padding:10px 16px;">{fr_date(D(2026, 7, 12))}</td></tr>
</table>
<p>Vos versements continueront d'être payés par prélèvement automatique le 12 de chaque mois. Vous recevrez toujours une facture tous les deux mois indiquant votre consommation réelle.</p>
<p>Pour en savoir plus sur le mode de versements égaux : <a href="https://www.hydroquebec.com/residentiel/espace-clients/facture/mode-versements-egaux.html">hydroquebec.com/mve</a></p>
</td></tr>
<tr><td style="padding:16px 24px;background:#f0f0f0;font-size:11px;color:#666;">Ce courriel vous est envoyé automatiquement. Veuillez ne pas y répondre.</td></tr>"""
    add(
        at(D(2026, 6, 18), 9, 2),
        sender,
        "Révision de vos versements égaux",
        html=html_page("Révision de vos versements égaux", inner),
        labels=[HQ],
        mid_domain="hydroquebec.com",
    )

    # Hilo: Hydro-Québec's smart-home subsidiary, not used
    inner = """
<tr><td style="background:#00c389;padding:22px;color:#003b2f;font-size:24px;font-weight:bold;">hilo</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#222;line-height:1.5;">
<p>Bonjour Émilie,</p>
<p>Cet hiver, transformez les pointes de consommation en récompenses. Avec Hilo, vos thermostats intelligents réduisent automatiquement le chauffage pendant les défis, et vous accumulez des récompenses en argent.</p>
<p><strong>Obtenez vos thermostats intelligents à partir de 0 $</strong>* et une récompense de bienvenue de 25 $.</p>
<p style="margin:22px 0;"><a href="https://www.hiloenergie.com/fr-ca/inscription?utm_source=courriel&amp;utm_campaign=hiver2026" style="background:#003b2f;color:#fff;padding:12px 22px;text-decoration:none;border-radius:20px;">Je m'inscris</a></p>
<p style="font-size:11px;color:#777;">*Certaines conditions s'appliquent. Offre réservée aux clients résidentiels d'Hydro-Québec. Hilo est une filiale d'Hydro-Québec.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777;">Vous recevez ce courriel parce que vous êtes client d'Hydro-Québec. <a href="https://www.hiloenergie.com/desabonnement">Se désabonner</a></td></tr>"""
    add(
        at(D(2026, 10, 14), 10, 30),
        ("Hilo", "bonjour@info.hiloenergie.com"),
        "Émilie, vos pointes d'hiver peuvent vous rapporter",
        html=html_page("Hilo", inner, preheader="Des récompenses pour chaque défi relevé"),
        unsubscribe="https://www.hiloenergie.com/desabonnement?u=8842",
        bstyle="sfmc",
    )


# --------------------------------------------------------------------------------------------
# Vidéotron: Internet + télé Helix, monthly bill, promo ending
# --------------------------------------------------------------------------------------------


def videotron() -> None:
    sender = ("Vidéotron", "facturation@videotron.com")
    client = "4521 8830 17"
    bills = [
        D(2025, 12, 19),
        D(2026, 1, 20),
        D(2026, 2, 19),
        D(2026, 4, 20),
        D(2026, 6, 19),
        D(2026, 9, 18),
        D(2026, 11, 19),
    ]
    for i, bd in enumerate(bills):
        promo = bd < D(2026, 8, 1)
        lines = [
            ("Internet Helix 400", Decimal("80.00")),
            ("Télé Helix – Forfait Découverte", Decimal("35.00")),
        ]
        if promo:
            lines.append(("Rabais promotionnel Helix (12 mois)", Decimal("-20.00")))
        sub = sum((v for _, v in lines), Decimal("0"))
        tps, tvq, total = qc_taxes(sub)
        due = D(bd.year, bd.month, 1)
        due = add_months(due, 1).replace(day=9 if bd.day >= 19 else 10)
        rows = lines + [("TPS", tps), ("TVQ", tvq)]
        table = "\n".join(
            f'<tr><td style="padding:6px 0;font-size:14px;color:#333;">{k}</td><td align="right" style="padding:6px 0;font-size:14px;">{fr_money(v)}</td></tr>'
            for k, v in rows
        )
        inner = f"""
<tr><td style="background:#ffd200;padding:20px 28px;"><img src="https://corpo.videotron.com/static/img/courriel/videotron-logo.png" alt="Vidéotron" width="140" /></td></tr>
<tr><td style="padding:28px;font-family:Arial,sans-serif;color:#1d1d1b;">
<h1 style="font-size:22px;margin:0 0 16px;">Votre facture est prête</h1>
<p style="font-size:15px;line-height:1.5;margin:0 0 18px;">Bonjour Émilie,<br />Votre facture du {fr_date(bd)} est maintenant disponible dans votre Espace client.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f6f6f6;">
<tr><td style="padding:16px;font-size:14px;">Numéro de client<br /><strong>{client}</strong></td>
<td style="padding:16px;font-size:14px;">Montant dû<br /><strong style="font-size:20px;">{fr_money(total)}</strong></td>
<td style="padding:16px;font-size:14px;">Date d'échéance<br /><strong>{fr_date(due)}</strong></td></tr>
</table>
<p style="font-size:14px;line-height:1.5;">Mode de paiement : <strong>Prélèvement automatique</strong> – le montant sera prélevé de votre compte à la date d'échéance.</p>
<h2 style="font-size:16px;margin:22px 0 8px;">Sommaire des frais mensuels</h2>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">{table}
<tr><td style="padding:8px 0;border-top:2px solid #1d1d1b;font-weight:bold;">Total</td><td align="right" style="padding:8px 0;border-top:2px solid #1d1d1b;font-weight:bold;">{fr_money(total)}</td></tr>
</table>
<p style="margin:26px 0;"><a href="https://videotron.com/client/facture" style="background:#1d1d1b;color:#ffd200;padding:12px 24px;text-decoration:none;font-weight:bold;">Voir ma facture</a></p>
</td></tr>
<tr><td style="padding:20px 28px;background:#1d1d1b;color:#bbbbbb;font-size:11px;line-height:1.5;">
Vidéotron ltée, 612, rue Saint-Jacques, Montréal (Québec) H3C 4M8<br />
TPS : 10141 9934 RT0001 · TVQ : 1006141923 TQ0001<br />
Pour des raisons de sécurité, Vidéotron ne vous demandera jamais vos renseignements bancaires par courriel.<br />
<a href="https://videotron.com/confidentialite" style="color:#bbbbbb;">Confidentialité</a> · <a href="https://videotron.com/client/preferences" style="color:#bbbbbb;">Gérer mes préférences</a></td></tr>"""
        text = f"""Votre facture est prête

Bonjour Émilie,
Votre facture du {fr_date(bd)} est maintenant disponible dans votre Espace client.

Numéro de client : {client}
Montant dû : {fr_money(total)}
Date d'échéance : {fr_date(due)}
Mode de paiement : Prélèvement automatique

Sommaire des frais mensuels
{plain_rows([(k, fr_money(v)) for k, v in rows] + [("Total", fr_money(total))])}

Voir ma facture : https://videotron.com/client/facture

Vidéotron ltée, 612, rue Saint-Jacques, Montréal (Québec) H3C 4M8
"""
        add(
            at(bd, 6, RNG.randrange(60)),
            sender,
            "Votre facture Vidéotron est prête",
            text=text,
            html=html_page("Votre facture est prête", inner, preheader=f"Montant dû : {fr_money(total)}"),
            labels=[VID],
            bstyle="sfmc",
            mid_domain="videotron.com",
        )

    # promotion ending
    _, _, old = qc_taxes(95)
    _, _, new = qc_taxes(115)
    inner = f"""
<tr><td style="background:#ffd200;padding:20px 28px;font-size:26px;font-weight:bold;color:#1d1d1b;">vidéotron</td></tr>
<tr><td style="padding:28px;color:#1d1d1b;font-size:15px;line-height:1.55;">
<h1 style="font-size:21px;margin:0 0 14px;">Votre promotion prend fin bientôt</h1>
<p>Bonjour Émilie,</p>
<p>Nous vous remercions d'être client Vidéotron. Nous vous rappelons que le rabais promotionnel de 20,00&nbsp;$ par mois sur votre forfait Internet Helix 400 + Télé Helix prend fin le {fr_date(D(2026, 8, 1))}.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f6f6f6;">
<tr><td style="padding:12px 16px;">Prix mensuel actuel (avec rabais)</td><td align="right" style="padding:12px 16px;">95,00&nbsp;$</td></tr>
<tr><td style="padding:12px 16px;"><strong>Prix mensuel à compter de votre facture d'août</strong></td><td align="right" style="padding:12px 16px;"><strong>115,00&nbsp;$</strong></td></tr>
</table>
<p style="font-size:13px;color:#555;">Prix avant taxes. Taxes en sus. Le montant de votre facture passera donc d'environ {fr_money(old)} à {fr_money(new)} taxes incluses.</p>
<p>Vous souhaitez revoir votre forfait? Nos conseillers peuvent vous aider à trouver l'offre qui vous convient.</p>
<p style="margin:24px 0;"><a href="https://videotron.com/internet/forfaits" style="background:#1d1d1b;color:#ffd200;padding:12px 24px;text-decoration:none;font-weight:bold;">Voir les offres</a></p>
</td></tr>
<tr><td style="padding:18px 28px;background:#1d1d1b;color:#bbb;font-size:11px;">Vidéotron ltée, 612, rue Saint-Jacques, Montréal (Québec) H3C 4M8 · <a href="https://videotron.com/client/preferences" style="color:#bbb;">Gérer mes préférences</a></td></tr>"""
    add(
        at(D(2026, 7, 15), 11, 5),
        ("Vidéotron", "info@communications.videotron.com"),
        "Émilie, votre promotion Helix prend fin le 1er août",
        html=html_page("Votre promotion prend fin", inner),
        labels=[VID],
        mid_domain="videotron.com",
    )

    # Club illico marketing (not subscribed)
    inner = """
<tr><td style="background:#000;padding:24px;color:#fff;font-size:26px;font-weight:bold;">club illico</td></tr>
<tr><td style="padding:26px;font-size:15px;color:#222;line-height:1.5;">
<p>Bonjour Émilie,</p>
<p>Les nouvelles séries québécoises de l'hiver sont arrivées sur Club illico : <em>Indéfendable</em>, <em>Alertes</em> et plus encore, en exclusivité.</p>
<p><strong>Essayez Club illico gratuitement pendant 30 jours</strong>, puis 14,99&nbsp;$ par mois. Sans engagement.</p>
<p style="margin:22px 0;"><a href="https://www.clubillico.com/essai" style="background:#e4002b;color:#fff;padding:12px 22px;text-decoration:none;">Commencer mon essai</a></p>
<p style="font-size:11px;color:#777;">Offre réservée aux nouveaux abonnés. Taxes en sus. Club illico est offert par Vidéotron.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777;"><a href="https://www.clubillico.com/desabonnement">Se désabonner</a></td></tr>"""
    add(
        at(D(2026, 2, 5), 12, 15),
        ("Club illico", "nouvelles@clubillico.com"),
        "30 jours gratuits : les séries de l'hiver sur Club illico",
        html=html_page("Club illico", inner),
        unsubscribe="https://www.clubillico.com/desabonnement?e=et",
        mid_domain="clubillico.com",
    )


# --------------------------------------------------------------------------------------------
# Fizz: monthly mobile plan paid by card (tutoiement)
# --------------------------------------------------------------------------------------------


def _fizz_html(title: str, body: str) -> str:
    inner = f"""
<tr><td style="background:#6e2ed5;padding:22px 30px;color:#fff;font-size:30px;font-weight:900;font-family:'Helvetica Neue',Arial,sans-serif;">fizz</td></tr>
<tr><td style="padding:30px;font-family:'Helvetica Neue',Arial,sans-serif;color:#1c1c1c;font-size:15px;line-height:1.55;">{body}</td></tr>
<tr><td style="padding:20px 30px;background:#f2edfb;font-size:11px;color:#6b6b6b;font-family:Arial,sans-serif;line-height:1.5;">
Fizz, c'est une marque de Vidéotron ltée. 612, rue Saint-Jacques, Montréal (Québec) H3C 4M8.<br />
Tu reçois ce courriel transactionnel parce que tu as un compte Fizz. <a href="https://fizz.ca/fr/confidentialite" style="color:#6e2ed5;">Politique de confidentialité</a></td></tr>"""
    return html_page(title, inner, bg="#f2edfb")


def fizz() -> None:
    sender = ("Fizz", "noreply@fizz.ca")
    for d in [D(2025, 12, 14), D(2026, 3, 14), D(2026, 6, 14), D(2026, 9, 14), D(2026, 11, 14)]:
        tps, tvq, total = qc_taxes(34)
        card = VISA_OLD if d < D(2026, 7, 5) else VISA_NEW
        end = add_months(d, 1) - dt.timedelta(days=1)
        nxt = add_months(d, 1)
        order = "FZ-" + rdigits(9)
        body = f"""
<h1 style="font-size:24px;margin:0 0 12px;">Merci, Émilie!</h1>
<p>Ton forfait a été renouvelé et ton paiement a bien été reçu. Voici ton reçu.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #e2d8f6;border-radius:8px;">
<tr><td style="padding:14px 18px;font-size:14px;color:#6b6b6b;">Numéro de transaction</td><td align="right" style="padding:14px 18px;font-size:14px;">{order}</td></tr>
<tr><td style="padding:0 18px 14px;font-size:14px;color:#6b6b6b;">Date</td><td align="right" style="padding:0 18px 14px;font-size:14px;">{fr_short(d)}</td></tr>
<tr><td style="padding:0 18px 14px;font-size:14px;color:#6b6b6b;">Ligne</td><td align="right" style="padding:0 18px 14px;font-size:14px;">(514) 555-0148</td></tr>
</table>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="margin-top:18px;">
<tr><td style="padding:6px 0;">Forfait mobile 30 Go<br /><span style="font-size:12px;color:#6b6b6b;">du {fr_date(d)} au {fr_date(end)}</span></td><td align="right">{fr_money(34)}</td></tr>
<tr><td style="padding:6px 0;">TPS</td><td align="right">{fr_money(tps)}</td></tr>
<tr><td style="padding:6px 0;">TVQ</td><td align="right">{fr_money(tvq)}</td></tr>
<tr><td style="padding:10px 0;border-top:1px solid #1c1c1c;font-weight:bold;">Total payé</td><td align="right" style="padding:10px 0;border-top:1px solid #1c1c1c;font-weight:bold;">{fr_money(total)}</td></tr>
</table>
<p style="font-size:14px;">Payé avec Visa se terminant par {card}.</p>
<p style="font-size:14px;">Ton prochain renouvellement aura lieu le <strong>{fr_date(nxt)}</strong>. Rien à faire de ton côté : on s'occupe de tout.</p>
<p style="margin:24px 0;"><a href="https://fizz.ca/fr/mon-compte" style="background:#6e2ed5;color:#fff;padding:12px 26px;border-radius:24px;text-decoration:none;font-weight:bold;">Mon compte</a></p>"""
        add(
            at(d, 3, RNG.randrange(60)),
            sender,
            "Ton reçu Fizz",
            html=_fizz_html("Ton reçu Fizz", body),
            labels=[FIZZ],
            bstyle="sfmc",
        )

    # one-off data add-on
    d = D(2026, 7, 22)
    tps, tvq, total = qc_taxes(10)
    body = f"""
<h1 style="font-size:24px;margin:0 0 12px;">Ton extra est activé!</h1>
<p>Tu as ajouté des données à ta ligne (514) 555-0148. Elles sont valides jusqu'à la fin de ton cycle en cours ({fr_date(D(2026, 8, 13))}).</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="margin-top:12px;">
<tr><td style="padding:6px 0;">Extra 5 Go (achat unique)</td><td align="right">{fr_money(10)}</td></tr>
<tr><td style="padding:6px 0;">TPS</td><td align="right">{fr_money(tps)}</td></tr>
<tr><td style="padding:6px 0;">TVQ</td><td align="right">{fr_money(tvq)}</td></tr>
<tr><td style="padding:10px 0;border-top:1px solid #1c1c1c;font-weight:bold;">Total payé</td><td align="right" style="padding:10px 0;border-top:1px solid #1c1c1c;font-weight:bold;">{fr_money(total)}</td></tr>
</table>
<p style="font-size:14px;">Payé avec Visa se terminant par {VISA_NEW}. Numéro de transaction FZ-{rdigits(9)}.</p>
<p style="font-size:14px;">Psst! Tu manques souvent de données? Tu peux changer de forfait en tout temps dans ton compte.</p>"""
    add(
        at(d, 16, 41),
        sender,
        "Ton achat d'extra est confirmé",
        html=_fizz_html("Ton achat d'extra", body),
        labels=[],
        bstyle="sfmc",
    )


# --------------------------------------------------------------------------------------------
# STM: OPUS à l'année (monthly pass by pre-authorised debit)
# --------------------------------------------------------------------------------------------


def stm() -> None:
    sender = ("STM - OPUS à l'année", "opusalannee@stm.info")
    card = "OPUS avec photo n° 0019 4482 7713"
    for d, month_of, amount in [
        (D(2025, 12, 20), D(2026, 1, 1), Decimal("97.00")),
        (D(2026, 3, 20), D(2026, 4, 1), Decimal("97.00")),
        (D(2026, 5, 20), D(2026, 6, 1), Decimal("97.00")),
        (D(2026, 9, 20), D(2026, 10, 1), Decimal("100.00")),
        (D(2026, 11, 20), D(2026, 12, 1), Decimal("100.00")),
    ]:
        nxt = add_months(d, 1)
        text = f"""Bonjour Émilie Tremblay,

Nous vous confirmons le prélèvement suivant pour votre abonnement OPUS à l'année :

  Titre                 : Mensuel Tous modes A - {MOIS[month_of.month - 1]} {month_of.year}
  Carte                 : {card}
  Montant prélevé       : {fr_money(amount, nb=" ")}
  Date du prélèvement   : {fr_date(d)}
  Compte bancaire       : Caisse Desjardins ****-**2-6671

Votre titre sera chargé automatiquement sur votre carte OPUS. Vous n'avez pas à vous
présenter à une distributrice.

Prochain prélèvement : {fr_date(nxt)} (titre de {MOIS[add_months(month_of, 1).month - 1]}).

Pour consulter votre dossier ou modifier vos informations bancaires :
https://www.stm.info/fr/opus-a-l-annee/mon-dossier

Merci de voyager avec la STM.

Société de transport de Montréal
800, rue De La Gauchetière Ouest, Montréal (Québec) H5A 1J6

Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""
        add(
            at(d, 7, RNG.randrange(60)),
            sender,
            f"Confirmation de prélèvement - OPUS à l'année ({MOIS[month_of.month - 1]} {month_of.year})",
            text=text,
            charset="iso-8859-1",
            cte="quoted-printable",
            labels=[STM],
            mid_domain="stm.info",
        )

    inner = f"""
<tr><td style="background:#009ee0;padding:18px 24px;color:#fff;font-size:22px;font-weight:bold;">STM</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#222;line-height:1.55;">
<p>Bonjour Émilie Tremblay,</p>
<p>Comme chaque année, les tarifs du transport collectif de la région métropolitaine sont ajustés le 1<sup>er</sup> juillet par l'Autorité régionale de transport métropolitain (ARTM).</p>
<p>Pour les abonnés d'OPUS à l'année, le nouveau tarif s'appliquera au prélèvement du <strong>{fr_date(D(2026, 6, 20))}</strong> (titre de juillet).</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #cfe8f5;">
<tr style="background:#eaf6fc;"><th align="left" style="padding:8px 12px;">Titre</th><th align="right" style="padding:8px 12px;">Jusqu'au 30 juin 2026</th><th align="right" style="padding:8px 12px;">À partir du 1<sup>er</sup> juillet 2026</th></tr>
<tr><td style="padding:8px 12px;">Mensuel Tous modes A – OPUS à l'année</td><td align="right" style="padding:8px 12px;">97,00&nbsp;$</td><td align="right" style="padding:8px 12px;"><strong>100,00&nbsp;$</strong></td></tr>
</table>
<p>Aucune action n'est requise de votre part : le montant sera prélevé automatiquement le 20 de chaque mois.</p>
<p style="font-size:12px;color:#666;">Les titres de transport ne sont pas taxables.</p>
</td></tr>
<tr><td style="padding:14px 24px;background:#f2f2f2;font-size:11px;color:#666;">Société de transport de Montréal · <a href="https://www.stm.info">stm.info</a></td></tr>"""
    add(
        at(D(2026, 6, 1), 10, 12),
        sender,
        "Ajustement tarifaire au 1er juillet 2026 - OPUS à l'année",
        html=html_page("Ajustement tarifaire", inner),
        labels=[STM],
        mid_domain="stm.info",
    )

    text = """Bonjour Émilie Tremblay,

Votre engagement OPUS à l'année arrive à échéance le 31 août 2026.

Votre abonnement sera renouvelé automatiquement pour une nouvelle période de 12 mois,
du 1er septembre 2026 au 31 août 2027, aux mêmes conditions :

  - Titre mensuel Tous modes A chargé automatiquement sur votre carte OPUS
  - Prélèvement mensuel de 100,00 $ le 20 de chaque mois (tarif en vigueur)
  - Rabais OPUS à l'année inclus dans le tarif mensuel

Si vous ne souhaitez pas renouveler, vous devez nous en aviser avant le 20 août 2026
dans votre dossier en ligne : https://www.stm.info/fr/opus-a-l-annee/mon-dossier

Société de transport de Montréal
"""
    add(
        at(D(2026, 8, 10), 8, 30),
        sender,
        "Votre abonnement OPUS à l'année sera renouvelé",
        text=text,
        charset="iso-8859-1",
        labels=[STM],
        mid_domain="stm.info",
    )


# --------------------------------------------------------------------------------------------
# Desjardins Assurances: condo owner's insurance, monthly pre-authorised debit
# --------------------------------------------------------------------------------------------


def _desj_html(title: str, body: str) -> str:
    inner = f"""
<tr><td style="background:#00874e;padding:18px 26px;color:#fff;font-size:20px;font-family:Arial,sans-serif;"><strong>Desjardins</strong> Assurances</td></tr>
<tr><td style="padding:26px;font-size:14px;color:#2b2b2b;line-height:1.55;font-family:Arial,sans-serif;">{body}</td></tr>
<tr><td style="padding:18px 26px;background:#f3f3f3;font-size:11px;color:#666;line-height:1.5;font-family:Arial,sans-serif;">
Desjardins Assurances désigne Desjardins Assurances générales inc., assureur de dommages. 6300, boulevard de la Rive-Sud, Lévis (Québec) G6V 6P9.<br />
Ne répondez pas à ce courriel. Desjardins ne vous demandera jamais vos renseignements personnels ou bancaires par courriel ou texto.<br />
<a href="https://www.desjardins.com/securite" style="color:#00874e;">Sécurité</a> · <a href="https://www.desjardins.com/confidentialite" style="color:#00874e;">Confidentialité</a></td></tr>"""
    return html_page(title, inner)


def desjardins_assurances() -> None:
    sender = ("Desjardins Assurances", "ne-pas-repondre@assurances.desjardins.com")
    policy_no = "H-4471-0932"
    body = f"""
<p>Bonjour Émilie Tremblay,</p>
<p>De nouveaux documents liés à votre assurance habitation sont disponibles dans votre espace client.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#eef7f2;">
<tr><td style="padding:10px 14px;">Produit</td><td style="padding:10px 14px;">Assurance des copropriétaires</td></tr>
<tr><td style="padding:10px 14px;">Numéro de police</td><td style="padding:10px 14px;">{policy_no}</td></tr>
<tr><td style="padding:10px 14px;">Adresse du risque</td><td style="padding:10px 14px;">4520, rue Saint-Denis, app. 302, Montréal (Québec) H2J 2L3</td></tr>
<tr><td style="padding:10px 14px;">Document</td><td style="padding:10px 14px;">Relevé annuel des prélèvements 2025</td></tr>
<tr><td style="padding:10px 14px;">Mode de paiement</td><td style="padding:10px 14px;">Prélèvements mensuels de 48,32&nbsp;$ le 15 de chaque mois</td></tr>
</table>
<p style="margin:22px 0;"><a href="https://www.desjardins.com/assurances/espace-client" style="background:#00874e;color:#fff;padding:11px 22px;text-decoration:none;border-radius:4px;">Consulter mes documents</a></p>"""
    add(
        at(D(2026, 1, 21), 13, 40),
        sender,
        "Vos documents d'assurance sont disponibles",
        html=_desj_html("Vos documents d'assurance", body),
        labels=[DESJ],
        mid_domain="desjardins.com",
    )

    prime, tax = Decimal("561.80"), Decimal("50.56")
    total = prime + tax
    inst = q(total / 12)
    assert inst * 12 == total
    body = f"""
<p>Bonjour Émilie Tremblay,</p>
<p>Votre contrat d'assurance habitation sera renouvelé le <strong>{fr_date(D(2026, 10, 1))}</strong>. Voici un résumé de vos conditions de renouvellement.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #cfe3d8;">
<tr style="background:#eef7f2;"><td style="padding:9px 14px;" colspan="2"><strong>Police {policy_no} – Assurance des copropriétaires</strong></td></tr>
<tr><td style="padding:9px 14px;">Période d'assurance</td><td align="right" style="padding:9px 14px;">du 1<sup>er</sup> octobre 2026 au 1<sup>er</sup> octobre 2027</td></tr>
<tr><td style="padding:9px 14px;">Prime annuelle</td><td align="right" style="padding:9px 14px;">{fr_money(prime)}</td></tr>
<tr><td style="padding:9px 14px;">Taxe sur les primes d'assurance (9&nbsp;%)</td><td align="right" style="padding:9px 14px;">{fr_money(tax)}</td></tr>
<tr><td style="padding:9px 14px;"><strong>Total annuel</strong></td><td align="right" style="padding:9px 14px;"><strong>{fr_money(total)}</strong></td></tr>
<tr><td style="padding:9px 14px;">Mode de paiement</td><td align="right" style="padding:9px 14px;">Prélèvement automatique mensuel</td></tr>
<tr><td style="padding:9px 14px;"><strong>Montant de chaque prélèvement</strong></td><td align="right" style="padding:9px 14px;"><strong>{fr_money(inst)}</strong></td></tr>
<tr><td style="padding:9px 14px;">Premier prélèvement</td><td align="right" style="padding:9px 14px;">{fr_date(D(2026, 10, 15))}</td></tr>
</table>
<p>Votre prime a augmenté de 5,6&nbsp;% en raison de la hausse générale du coût des réclamations liées aux dégâts d'eau au Québec. Vos protections demeurent les mêmes.</p>
<p>Vous n'avez rien à faire : votre contrat sera renouvelé automatiquement. Pour toute question, appelez-nous au 1&nbsp;888&nbsp;277-8726.</p>"""
    add(
        at(D(2026, 9, 1), 6, 5),
        sender,
        "Avis de renouvellement – Assurance habitation",
        html=_desj_html("Avis de renouvellement", body),
        labels=[DESJ],
        mid_domain="desjardins.com",
    )

    body = """
<p>Bonjour Émilie,</p>
<p>Saviez-vous que vous pourriez économiser en regroupant votre assurance auto avec votre assurance habitation chez Desjardins?</p>
<p><strong>Jusqu'à 15&nbsp;% de rabais</strong> sur votre prime auto, en plus du programme Ajusto qui récompense la conduite prudente.</p>
<p style="margin:22px 0;"><a href="https://www.desjardins.com/assurances/auto/soumission" style="background:#00874e;color:#fff;padding:11px 22px;text-decoration:none;border-radius:4px;">Obtenir une soumission</a></p>
<p style="font-size:11px;color:#777;">Certaines conditions s'appliquent. <a href="https://www.desjardins.com/desabonnement">Se désabonner des communications promotionnelles</a></p>"""
    add(
        at(D(2026, 4, 14), 11, 20),
        ("Desjardins Assurances", "info@communication.desjardins.com"),
        "Émilie, regroupez vos assurances et économisez",
        html=_desj_html("Regroupez et économisez", body),
        unsubscribe="https://www.desjardins.com/desabonnement?id=77120",
        mid_domain="desjardins.com",
        bstyle="sfmc",
    )


# --------------------------------------------------------------------------------------------
# belairdirect: car insurance, annual premium paid monthly
# --------------------------------------------------------------------------------------------


def belair() -> None:
    sender = ("belairdirect", "noreply@belairdirect.com")
    pol = "A 8830 1457"
    annual, inst = Decimal("1338.24"), Decimal("111.52")
    prime = Decimal("1227.74")
    tax = annual - prime
    assert inst * 12 == annual
    inner = f"""
<tr><td style="background:#e1251b;padding:18px 26px;color:#fff;font-size:24px;font-weight:bold;">belairdirect.</td></tr>
<tr><td style="padding:26px;font-size:14px;color:#222;line-height:1.55;">
<p>Bonjour Émilie,</p>
<p>Votre police d'assurance auto sera renouvelée le <strong>{fr_date(D(2026, 4, 22))}</strong>. Vos documents de renouvellement sont disponibles dans votre compte en ligne.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f7f7f7;">
<tr><td style="padding:10px 14px;">Numéro de police</td><td align="right" style="padding:10px 14px;">{pol}</td></tr>
<tr><td style="padding:10px 14px;">Véhicule</td><td align="right" style="padding:10px 14px;">2019 Honda Fit LX</td></tr>
<tr><td style="padding:10px 14px;">Conducteurs</td><td align="right" style="padding:10px 14px;">Émilie Tremblay, Daniel Cohen</td></tr>
<tr><td style="padding:10px 14px;">Prime annuelle</td><td align="right" style="padding:10px 14px;">{fr_money(prime)}</td></tr>
<tr><td style="padding:10px 14px;">Taxe provinciale (9&nbsp;%)</td><td align="right" style="padding:10px 14px;">{fr_money(tax)}</td></tr>
<tr><td style="padding:10px 14px;"><strong>Coût total pour 12 mois</strong></td><td align="right" style="padding:10px 14px;"><strong>{fr_money(annual)}</strong></td></tr>
<tr><td style="padding:10px 14px;">Paiements mensuels par prélèvement</td><td align="right" style="padding:10px 14px;"><strong>{fr_money(inst)}</strong> le 22 de chaque mois</td></tr>
</table>
<p>Votre prime précédente était de 1&nbsp;262,40&nbsp;$ (105,20&nbsp;$ par mois).</p>
<p style="margin:22px 0;"><a href="https://www.belairdirect.com/fr/mon-compte.html" style="background:#e1251b;color:#fff;padding:12px 22px;text-decoration:none;border-radius:22px;">Voir mes documents</a></p>
</td></tr>
<tr><td style="padding:16px 26px;font-size:11px;color:#666;background:#f0f0f0;">belairdirect est une marque de commerce de Belair inc., utilisée sous licence. Les polices d'assurance sont souscrites par La Compagnie d'assurance Belair inc. au Québec.<br />Ce courriel a été envoyé par belairdirect, 7101, rue Jean-Talon Est, bureau 1000, Anjou (Québec) H1M 3T6.</td></tr>"""
    add(
        at(D(2026, 3, 10), 5, 50),
        sender,
        "Votre renouvellement d'assurance auto est prêt",
        html=html_page("Votre renouvellement", inner),
        labels=[BELAIR],
        bstyle="sfmc",
    )

    orig_date = rfc_date(utc_in(mtl_to_utc(at(D(2026, 3, 10), 5, 52, 0)), "mtl"))
    text = f"""fyi the car insurance went up again, about 6 bucks a month. Still cheaper than
Intact quoted us last year so I'd leave it. Payments keep coming out on the 22nd.

D

---------- Forwarded message ---------
From: belairdirect <noreply@belairdirect.com>
Date: Tue, Mar 10, 2026 at 5:52 AM
Subject: Your auto insurance renewal is ready
To: <{DANIEL[1]}>


Hi Daniel,

Your auto insurance policy will renew on {en_date(D(2026, 4, 22))}. Your renewal documents are
available in your online account.

Policy number: {pol}
Vehicle: 2019 Honda Fit LX
Annual premium: {en_money(prime)}
Provincial tax (9%): {en_money(tax)}
Total cost for 12 months: {en_money(annual)}
Monthly pre-authorized payments: {en_money(inst)} on the 22nd of each month

View my documents: https://www.belairdirect.com/en/my-account.html

belairdirect is a trademark of Belair Inc., used under license.
"""
    html = f"""<div dir="ltr">fyi the car insurance went up again, about 6 bucks a month. Still cheaper than Intact quoted us last year so I&#39;d leave it. Payments keep coming out on the 22nd.<div><br></div><div>D</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">belairdirect</strong> <span dir="auto">&lt;<a href="mailto:noreply@belairdirect.com">noreply@belairdirect.com</a>&gt;</span><br>Date: Tue, Mar 10, 2026 at 5:52 AM<br>Subject: Your auto insurance renewal is ready<br>To: &lt;<a href="mailto:{DANIEL[1]}">{DANIEL[1]}</a>&gt;<br></div><br><br>
<table width="600" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#e1251b;padding:18px;color:#fff;font-size:22px;font-weight:bold">belairdirect.</td></tr>
<tr><td style="padding:20px;font-family:Arial,sans-serif;font-size:14px">
<p>Hi Daniel,</p><p>Your auto insurance policy will renew on <b>{en_date(D(2026, 4, 22))}</b>. Your renewal documents are available in your online account.</p>
<table width="100%" cellpadding="6" cellspacing="0">
<tr><td>Policy number</td><td align="right">{pol}</td></tr>
<tr><td>Vehicle</td><td align="right">2019 Honda Fit LX</td></tr>
<tr><td>Annual premium</td><td align="right">{en_money(prime)}</td></tr>
<tr><td>Provincial tax (9%)</td><td align="right">{en_money(tax)}</td></tr>
<tr><td><b>Total cost for 12 months</b></td><td align="right"><b>{en_money(annual)}</b></td></tr>
<tr><td>Monthly pre-authorized payments</td><td align="right"><b>{en_money(inst)}</b> on the 22nd of each month</td></tr>
</table></td></tr></table>
</div></div>
"""
    del orig_date
    add(
        at(D(2026, 3, 11), 21, 7),
        DANIEL,
        "Fwd: Your auto insurance renewal is ready",
        text=text,
        html=html,
        labels=[BELAIR],
        cte="quoted-printable",
        bstyle="gmail",
        mid_domain="mail.gmail.com",
    )

    rows = "\n".join(
        f'<tr><td style="padding:5px 12px;">{fr_date(add_months(D(2026, 5, 22), k))}</td><td align="right" style="padding:5px 12px;">{fr_money(inst)}</td></tr>'
        for k in range(12)
    )
    inner = f"""
<tr><td style="background:#e1251b;padding:18px 26px;color:#fff;font-size:24px;font-weight:bold;">belairdirect.</td></tr>
<tr><td style="padding:26px;font-size:14px;color:#222;line-height:1.5;">
<p>Bonjour Émilie,</p>
<p>Votre premier paiement de la nouvelle période a été traité le {fr_date(D(2026, 4, 22))}. Voici votre calendrier de paiements pour la police {pol}.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #e5e5e5;">
<tr style="background:#f7f7f7;"><th align="left" style="padding:8px 12px;">Date du prélèvement</th><th align="right" style="padding:8px 12px;">Montant</th></tr>
{rows}
</table>
<p style="font-size:12px;color:#666;">Les prélèvements sont effectués sur le compte bancaire se terminant par 6671. Si une date tombe un jour non ouvrable, le prélèvement est effectué le jour ouvrable suivant.</p>
</td></tr>
<tr><td style="padding:16px 26px;font-size:11px;color:#666;background:#f0f0f0;">La Compagnie d'assurance Belair inc. · 7101, rue Jean-Talon Est, Anjou (Québec) H1M 3T6</td></tr>"""
    add(
        at(D(2026, 5, 2), 6, 20),
        sender,
        "Votre calendrier de paiements",
        html=html_page("Calendrier de paiements", inner),
        labels=[BELAIR],
        bstyle="sfmc",
    )


# --------------------------------------------------------------------------------------------
# Ville de Montréal (property tax, two instalments) and CGTSIM (school tax, yearly),
# both forwarded by Daniel
# --------------------------------------------------------------------------------------------

VALUE = 342100


def _mtl_lines() -> tuple[list[tuple[str, str, Decimal]], Decimal]:
    rates = [
        ("Taxe foncière générale", "0,5842"),
        ("Taxe relative à l'eau", "0,1087"),
        ("Taxe relative au financement de la contribution à l'ARTM", "0,0028"),
        ("Taxe relative à la voirie", "0,0025"),
        ("Taxe d'arrondissement relative aux services (Le Plateau-Mont-Royal)", "0,0541"),
        ("Taxe d'arrondissement relative aux investissements (Le Plateau-Mont-Royal)", "0,0513"),
    ]
    lines = [(n, r, q(Decimal(VALUE) * Decimal(r.replace(",", ".")) / 100)) for n, r in rates]
    return lines, sum((a for _, _, a in lines), Decimal("0"))


def ville_montreal() -> None:
    lines, total = _mtl_lines()
    half = total / 2
    assert q(half) == half
    v1, v2 = D(2026, 3, 2), D(2026, 6, 1)
    orig = (
        f"""Bonjour,

Votre compte de taxes foncières 2026 est maintenant disponible dans votre Espace
citoyen.

Propriétaire(s)      : COHEN DANIEL, TREMBLAY ÉMILIE
Adresse de l'immeuble : 4520, rue Saint-Denis, app. 302
Numéro de compte     : 41 1182 4470 019
Valeur imposable     : {fr_int(VALUE)} $

"""
        + "\n".join(f"{n} ({r} $ / 100 $)\n    {fr_money(a, nb=' ')}" for n, r, a in lines)
        + f"""

Total des taxes 2026 : {fr_money(total, nb=" ")}

Versements
  1er versement : {fr_money(half, nb=" ")}   date d'échéance : {fr_date(v1)}
  2e versement  : {fr_money(half, nb=" ")}   date d'échéance : {fr_date(v2)}

Vous pouvez payer dans la plupart des institutions financières, au guichet, par
téléphone ou par Internet, en indiquant votre numéro de compte comme référence.
Des intérêts et une pénalité s'appliquent à tout versement en retard.

Ville de Montréal - Service des finances
Ceci est un message automatique. Merci de ne pas y répondre.
"""
    )
    text = (
        f"""Salut Em,

Le compte de taxes est arrivé. Deux versements comme d'habitude, j'ai programmé les
deux paiements dans AccèsD (2 mars et 1er juin). Ça a monté d'environ 90 $ par rapport
à l'an passé.

Dan

---------- Forwarded message ---------
From: Ville de Montréal <ne-pas-repondre@montreal.ca>
Date: Tue, Feb 3, 2026 at 9:14 AM
Subject: Votre compte de taxes foncières 2026 est disponible
To: <{DANIEL[1]}>


"""
        + orig
    )
    add(
        at(D(2026, 2, 4), 7, 41),
        DANIEL,
        "Fwd: Votre compte de taxes foncières 2026 est disponible",
        to=EMILIE,
        text=text,
        cte="8bit",
        labels=[MTLTAX],
        mid_domain="mail.gmail.com",
    )

    text = f"""Ville de Montréal - Rappel

Le 2e versement de vos taxes foncières 2026 viendra à échéance le {fr_date(v2)}.

Numéro de compte : 41 1182 4470 019
Adresse          : 4520, rue Saint-Denis, app. 302
Montant du 2e versement : {fr_money(half, nb=" ")}

Si vous avez déjà effectué votre paiement, veuillez ne pas tenir compte de ce rappel.

Service des finances - Ville de Montréal
montreal.ca/taxes
"""
    add(
        at(D(2026, 5, 21), 9, 3),
        ("Ville de Montréal", "ne-pas-repondre@montreal.ca"),
        "Rappel : 2e versement des taxes foncières 2026",
        to="cohen.tremblay.plateau@gmail.com, " + addr(EMILIE),
        text=text,
        charset="iso-8859-1",
        labels=[MTLTAX],
    )


def cgtsim() -> None:
    taxable = VALUE - 25000
    amount = q(Decimal(taxable) * Decimal("0.0887") / 100)
    due = D(2026, 8, 4)
    text = f"""Em, taxe scolaire. Payée dans AccèsD ce soir (fournisseur « CGTSIM »).

---------- Forwarded message ---------
From: CGTSIM - Taxe scolaire <taxescolaire@cgtsim.qc.ca>
Date: Tue, Jul 7, 2026 at 10:02 AM
Subject: Compte de taxe scolaire 2026-2027
To: <{DANIEL[1]}>


Comité de gestion de la taxe scolaire de l'île de Montréal

COMPTE DE TAXE SCOLAIRE 2026-2027
Période d'imposition : du 1er juillet 2026 au 30 juin 2027

Numéro de compte : 0811-447-2093
Propriétaire(s) : COHEN DANIEL, TREMBLAY ÉMILIE
Immeuble : 4520 RUE SAINT-DENIS APP 302, MONTRÉAL

Valeur uniformisée              {fr_int(VALUE)} $
Exemption de base               -25 000 $
Valeur imposable                {fr_int(taxable)} $
Taux de la taxe scolaire        0,0887 $ / 100 $

MONTANT DÛ                      {fr_money(amount, nb=" ")}
DATE D'ÉCHÉANCE                 {fr_date(due)}

Lorsque le montant du compte est inférieur à 300 $, il est payable en un seul
versement. Paiement par Internet : choisissez le fournisseur « CGTSIM - taxe
scolaire » et inscrivez votre numéro de compte à 12 chiffres.

www.cgtsim.qc.ca
"""
    add(
        at(D(2026, 7, 8), 20, 16),
        DANIEL,
        "Fwd: Compte de taxe scolaire 2026-2027",
        text=text,
        cte="8bit",
        labels=[SCOL],
        mid_domain="mail.gmail.com",
    )


# --------------------------------------------------------------------------------------------
# Condo fees: Syndicat de copropriété, managed by Gestion Immobilière Carrier
# --------------------------------------------------------------------------------------------


def condo() -> None:
    sender = ("Gestion Immobilière Carrier", "gestion@gicarrier.ca")
    syn = "Syndicat de copropriété Le Saint-Denis 4520"
    text = f"""Bonjour à tous les copropriétaires,

Lors de la réunion du 2 décembre, le conseil d'administration du {syn}
a adopté le budget de l'exercice 2026 (ci-joint).

Principaux postes du budget 2026 :
  - Assurance de l'immeuble ........... 18 940 $ (+12 %)
  - Électricité des parties communes ...  4 210 $
  - Entretien ménager et déneigement ... 11 600 $
  - Fonds de prévoyance ............... 16 500 $
  - Gestion ...........................  7 800 $

En conséquence, les charges communes mensuelles de l'unité 302 passeront de
388,00 $ à 405,00 $ à compter du 1er janvier 2026. Pour les copropriétaires inscrits
au paiement préautorisé, l'ajustement sera fait automatiquement le 1er de chaque mois.

Pour toute question, n'hésitez pas à nous écrire.

Cordialement,

Nathalie Carrier
Gestionnaire de copropriété
Gestion Immobilière Carrier inc.
1255, avenue du Mont-Royal Est, bureau 200, Montréal (Québec) H2J 1Y4
514 555-0193
"""
    pdf = minimal_pdf(
        [
            syn,
            "Budget de l'exercice 2026",
            "Unite 302 - quote-part 4,12 %",
            "Charges communes mensuelles : 405,00 $",
            "Fonds de prevoyance inclus : 68,00 $",
        ]
    )
    add(
        at(D(2025, 12, 9), 15, 22),
        sender,
        f"Budget 2026 - {syn}",
        text=text,
        charset="iso-8859-1",
        attachments=[("Budget_2026_SDC4520.pdf", pdf, "application/pdf")],
        labels=[CONDO],
        bstyle="outlook",
        to="coproprietaires-4520@gicarrier.ca",
        mid_domain="QBCANP01.prod.outlook.com",
    )

    text = f"""Bonjour,

Suite à l'assemblée extraordinaire du 29 janvier 2026, une cotisation spéciale a été votée
pour la réfection de la toiture.

Unité 302 - quote-part 4,12 % : 1 250,00 $

Ce montant est payable en un seul versement au plus tard le 1er avril 2026, par virement
ou par chèque à l'ordre du {syn}. Il ne sera PAS prélevé
automatiquement avec les charges communes.

Merci de votre collaboration,

Nathalie Carrier
Gestion Immobilière Carrier inc.
"""
    add(
        at(D(2026, 2, 12), 10, 48),
        sender,
        "Cotisation spéciale - réfection de la toiture",
        text=text,
        charset="iso-8859-1",
        labels=[],
        bstyle="outlook",
        to="coproprietaires-4520@gicarrier.ca",
        mid_domain="QBCANP01.prod.outlook.com",
    )

    text = f"""Bonjour,

Vous êtes convoqués à l'assemblée générale annuelle des copropriétaires du
{syn}, qui aura lieu le mercredi 10 juin 2026 à 19 h,
au sous-sol de l'église Saint-Denis (5075, rue Rivard).

Ordre du jour : états financiers 2025, élection des administrateurs, travaux de
balcons 2027, varia.

Nathalie Carrier
Gestion Immobilière Carrier inc.
"""
    add(
        at(D(2026, 5, 14), 14, 2),
        sender,
        "Convocation - Assemblée générale annuelle 2026",
        text=text,
        charset="iso-8859-1",
        bstyle="outlook",
        to="coproprietaires-4520@gicarrier.ca",
        mid_domain="QBCANP01.prod.outlook.com",
    )

    text = """Bonjour Madame Tremblay,

Veuillez trouver ci-joint le relevé de compte de votre unité au 30 septembre 2026.

Solde : 0,00 $. Aucun arrérage.
Prochain prélèvement préautorisé : 405,00 $ le 1er novembre 2026.

Nathalie Carrier
Gestion Immobilière Carrier inc.
"""
    pdf = minimal_pdf(
        [
            syn,
            "Releve de compte - Unite 302 - au 30 septembre 2026",
            "01/07/2026  Charges communes juillet     405,00",
            "01/08/2026  Charges communes aout        405,00",
            "01/09/2026  Charges communes septembre   405,00",
            "Solde : 0,00 $",
        ]
    )
    add(
        at(D(2026, 10, 5), 11, 31),
        sender,
        "Relevé de compte - unité 302",
        text=text,
        charset="iso-8859-1",
        attachments=[("Releve_302_2026-09-30.pdf", pdf, "application/pdf")],
        labels=[CONDO],
        bstyle="outlook",
        mid_domain="QBCANP01.prod.outlook.com",
    )


# --------------------------------------------------------------------------------------------
# Énergie Cardio: gym, biweekly debit, price rise
# --------------------------------------------------------------------------------------------


def _cardio_html(title: str, body: str) -> str:
    inner = f"""
<tr><td style="background:#111;padding:18px 26px;color:#fff;font-size:22px;font-weight:bold;letter-spacing:1px;">ÉNERGIE <span style="color:#e30613;">CARDIO</span></td></tr>
<tr><td style="padding:26px;font-size:14px;color:#222;line-height:1.55;">{body}</td></tr>
<tr><td style="padding:16px 26px;background:#eeeeee;font-size:11px;color:#666;">Énergie Cardio – Club Plateau · 4398, boulevard Saint-Laurent, Montréal (Québec) H2W 1Z5<br />TPS 84752 1198 RT0001 · TVQ 1219847731 TQ0001</td></tr>"""
    return html_page(title, inner)


def cardio() -> None:
    sender = ("Énergie Cardio", "facturation@energiecardio.com")
    member = "EC-PLT-0047312"
    for d, base in [
        (D(2026, 1, 2), Decimal("24.99")),
        (D(2026, 6, 19), Decimal("27.99")),
        (D(2026, 10, 23), Decimal("27.99")),
    ]:
        tps, tvq, total = qc_taxes(base)
        body = f"""
<p>Bonjour Émilie,</p>
<p>Nous confirmons le prélèvement de votre abonnement.</p>
{
            kv_rows(
                [
                    ("Membre", member),
                    ("Forfait", "Accès illimité – 1 club"),
                    ("Date du prélèvement", fr_short(d)),
                    ("Frais d'abonnement (aux 2 semaines)", fr_money(base)),
                    ("TPS", fr_money(tps)),
                    ("TVQ", fr_money(tvq)),
                    ("Total prélevé", fr_money(total)),
                ],
                bold_last=True,
            )
        }
<p>Prochain prélèvement : {fr_date(d + dt.timedelta(days=14))}.</p>
<p>À bientôt au club!</p>"""
        add(
            at(d, 2, RNG.randrange(60)),
            sender,
            f"Reçu de paiement – {fr_short(d)}",
            html=_cardio_html("Reçu de paiement", body),
            labels=[CARDIO],
        )

    old = qc_taxes(Decimal("24.99"))[2]
    new = qc_taxes(Decimal("27.99"))[2]
    body = f"""
<p>Bonjour Émilie,</p>
<p>Afin de continuer à vous offrir des installations de qualité, de nouveaux équipements et un horaire de cours élargi, nous devons ajuster nos tarifs.</p>
<p>À compter de votre prélèvement du <strong>{fr_date(D(2026, 3, 13))}</strong>, vos frais d'abonnement passeront de 24,99&nbsp;$ à <strong>27,99&nbsp;$ aux deux semaines</strong>, taxes en sus (soit {fr_money(new)} taxes incluses, au lieu de {fr_money(old)}).</p>
<p>Conformément à votre contrat, vous pouvez résilier votre abonnement sans frais en nous avisant par écrit au moins 30 jours avant la date d'entrée en vigueur.</p>
<p>Merci de votre fidélité,<br />L'équipe Énergie Cardio</p>"""
    add(
        at(D(2026, 2, 13), 9, 15),
        ("Énergie Cardio", "info@energiecardio.com"),
        "Avis de modification de vos frais d'abonnement",
        html=_cardio_html("Avis de modification", body),
        labels=[CARDIO],
    )

    body = """
<p>Bonjour Émilie,</p>
<p><strong>La rentrée, c'est mieux à deux!</strong> Parrainez un ami d'ici le 30 septembre : il obtient 0&nbsp;$ de frais d'adhésion et vous recevez un mois gratuit.</p>
<p>Nouveau cet automne au Club Plateau : cours de cardio-boxe le samedi matin et une zone d'entraînement fonctionnel rénovée.</p>
<p style="margin:22px 0;"><a href="https://www.energiecardio.com/parrainage" style="background:#e30613;color:#fff;padding:12px 24px;text-decoration:none;">Je parraine un ami</a></p>
<p style="font-size:11px;color:#777;"><a href="https://www.energiecardio.com/desabonnement">Se désabonner</a></p>"""
    add(
        at(D(2026, 9, 3), 17, 0),
        ("Énergie Cardio", "info@energiecardio.com"),
        "Parrainez un ami, obtenez un mois gratuit 💪",
        html=_cardio_html("Parrainage", body),
        unsubscribe="https://www.energiecardio.com/desabonnement?m=47312",
        bstyle="sfmc",
    )


# --------------------------------------------------------------------------------------------
# Netflix: no monthly receipts, a price change and a payment update
# --------------------------------------------------------------------------------------------


def _netflix_html(title: str, body: str) -> str:
    inner = f"""
<tr><td style="padding:26px 40px 0;"><span style="color:#e50914;font-size:30px;font-weight:bold;font-family:Helvetica,Arial,sans-serif;">NETFLIX</span></td></tr>
<tr><td style="padding:20px 40px 30px;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#221f1f;line-height:1.5;">{body}</td></tr>
<tr><td style="padding:20px 40px;background:#f3f3f3;font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#8c8c8c;line-height:1.5;">
Des questions? Appelez le 1-844-505-2993<br />Netflix Services Canada ULC, 1 Yonge Street, Suite 1801, Toronto, Ontario M5E 1W7<br />
Ce message vous a été envoyé à emilie.tremblay@videotron.ca par Netflix en lien avec votre compte. <a href="https://www.netflix.com/notificationsettings" style="color:#8c8c8c;">Paramètres des notifications</a> · <a href="https://help.netflix.com/legal/termsofuse" style="color:#8c8c8c;">Conditions d'utilisation</a> · <a href="https://help.netflix.com/legal/privacy" style="color:#8c8c8c;">Confidentialité</a> · <a href="https://help.netflix.com" style="color:#8c8c8c;">Centre d'aide</a><br />SRC: {rdigits(8)}_fr_CA_CA</td></tr>"""
    return html_page(title, inner, bg="#ffffff", font="Helvetica, Arial, sans-serif")


def netflix() -> None:
    sender = ("Netflix", "info@account.netflix.com")
    body = f"""
<h1 style="font-size:26px;margin:0 0 14px;">Nous mettons à jour nos prix</h1>
<p>Bonjour Émilie,</p>
<p>Nous vous écrivons pour vous informer d'une mise à jour du prix de votre forfait Standard. À compter du <strong>{fr_date(D(2026, 4, 18))}</strong>, votre forfait vous coûtera <strong>20,99&nbsp;$/mois</strong> (taxes en sus).</p>
<p>Nous cherchons constamment à enrichir Netflix d'encore plus de séries, de films et de jeux pour vous divertir. Pour changer de forfait ou annuler votre abonnement, rendez-vous dans la section Compte.</p>
<p style="margin:26px 0;"><a href="https://www.netflix.com/account" style="background:#e50914;color:#fff;padding:14px 26px;text-decoration:none;border-radius:4px;font-weight:bold;">Accéder au compte</a></p>
<p>Merci d'être membre,<br />Votre ami Netflix</p>"""
    text = f"""Nous mettons à jour nos prix

Bonjour Émilie,

Nous vous écrivons pour vous informer d'une mise à jour du prix de votre forfait Standard.
À compter du {fr_date(D(2026, 4, 18))}, votre forfait vous coûtera 20,99 $/mois (taxes en sus).

Pour changer de forfait ou annuler votre abonnement, rendez-vous dans la section Compte :
https://www.netflix.com/account

Merci d'être membre,
Votre ami Netflix
"""
    add(
        at(D(2026, 3, 19), 14, 3),
        sender,
        "Mise à jour du prix de votre abonnement Netflix",
        text=text,
        html=_netflix_html("Mise à jour du prix", body),
        labels=[NETFLIX],
        zone="utc",
        bstyle="java",
    )

    tps, tvq, total = qc_taxes(Decimal("20.99"))
    body = f"""
<h1 style="font-size:26px;margin:0 0 14px;">Votre mode de paiement a été mis à jour</h1>
<p>Bonjour Émilie,</p>
<p>Nous vous confirmons la modification de votre mode de paiement. Votre prochain paiement sera porté à votre nouvelle carte.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;">
<tr><td style="padding:6px 0;color:#737373;">Forfait</td><td align="right">Standard</td></tr>
<tr><td style="padding:6px 0;color:#737373;">Mode de paiement</td><td align="right">VISA •••• {VISA_NEW}</td></tr>
<tr><td style="padding:6px 0;color:#737373;">Prochaine date de facturation</td><td align="right">{fr_date(D(2026, 7, 18))}</td></tr>
<tr><td style="padding:6px 0;color:#737373;">Montant</td><td align="right">{fr_money(total)} (taxes incluses)</td></tr>
</table>
<p style="font-size:13px;color:#737373;">Si vous n'êtes pas à l'origine de cette modification, consultez immédiatement netflix.com/security.</p>"""
    add(
        at(D(2026, 7, 6), 19, 48),
        sender,
        "Votre mode de paiement a été mis à jour",
        html=_netflix_html("Mode de paiement", body),
        labels=[NETFLIX],
        zone="utc",
    )

    for d, titles in [
        (
            D(2026, 1, 16),
            ["Le problème à 3 corps – Saison 2", "Lupin – Partie 4", "Nouvelles : La Maison des fous"],
        ),
        (D(2026, 9, 25), ["Mercredi – Saison 2, partie 2", "Arcane – Le film", "Squid Game : l'après"]),
    ]:
        lis = "".join(f'<li style="margin:0 0 8px;">{t}</li>' for t in titles)
        body = f"""
<h1 style="font-size:24px;margin:0 0 14px;">Nouveau sur Netflix</h1>
<p>Émilie, voici ce qui arrive cette semaine :</p><ul>{lis}</ul>
<p style="margin:24px 0;"><a href="https://www.netflix.com/browse" style="background:#e50914;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px;">Regarder maintenant</a></p>"""
        add(
            at(d, 15, 30),
            ("Netflix", "info@mailer.netflix.com"),
            f"Émilie, « {titles[0]} » est maintenant disponible",
            html=_netflix_html("Nouveau sur Netflix", body),
            zone="utc",
            unsubscribe="https://www.netflix.com/unsubscribe?g=fr",
            mid_domain="netflix.com",
        )


# --------------------------------------------------------------------------------------------
# Crave: free trial, two receipts, cancellation, win-back
# --------------------------------------------------------------------------------------------


def _crave_html(title: str, body: str) -> str:
    inner = f"""
<tr><td style="background:#0a0a23;padding:22px 30px;color:#fff;font-size:28px;font-weight:bold;font-family:Arial,sans-serif;">Crave</td></tr>
<tr><td style="padding:28px 30px;background:#ffffff;font-family:Arial,sans-serif;font-size:15px;color:#1b1b1b;line-height:1.55;">{body}</td></tr>
<tr><td style="padding:18px 30px;background:#0a0a23;color:#9a9ab0;font-size:11px;font-family:Arial,sans-serif;line-height:1.5;">
© 2026 Bell Média inc. Tous droits réservés. Crave est une marque de commerce de Bell Média inc.<br />299, rue Queen Ouest, Toronto (Ontario) M5V 2Z5 · <a href="https://www.crave.ca/fr/aide" style="color:#9a9ab0;">Aide</a> · <a href="https://www.crave.ca/fr/confidentialite" style="color:#9a9ab0;">Confidentialité</a></td></tr>"""
    return html_page(title, inner, bg="#e9e9ef")


def crave() -> None:
    sender = ("Crave", "noreply@crave.ca")
    base = Decimal("22.99")
    tps, tvq, total = qc_taxes(base)
    body = f"""
<h1 style="font-size:24px;margin:0 0 12px;">Bienvenue sur Crave, Émilie!</h1>
<p>Votre essai gratuit de 7 jours de <strong>Crave Premium sans pub</strong> a commencé. Profitez de HBO, de Crave Originals et des plus grands films sans interruption.</p>
<p>À la fin de votre essai, le <strong>{fr_date(D(2025, 12, 27))}</strong>, votre abonnement sera automatiquement facturé {fr_money(base)} par mois, plus taxes, à moins que vous ne l'annuliez avant cette date.</p>
<p style="margin:24px 0;"><a href="https://www.crave.ca/fr/compte" style="background:#3c3cf0;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px;">Gérer mon compte</a></p>"""
    add(
        at(D(2025, 12, 20), 21, 12),
        sender,
        "Votre essai gratuit Crave a commencé",
        html=_crave_html("Bienvenue sur Crave", body),
        labels=[CRAVE],
        zone="mtl",
    )
    for d in [D(2025, 12, 27), D(2026, 1, 27)]:
        end = add_months(d, 1) - dt.timedelta(days=1)
        body = f"""
<h1 style="font-size:22px;margin:0 0 12px;">Reçu</h1>
<p>Merci, Émilie. Voici le reçu de votre abonnement Crave.</p>
{
            kv_rows(
                [
                    ("Numéro de facture", "CRV-" + rdigits(10)),
                    ("Date", fr_date(d)),
                    ("Forfait", "Crave Premium sans pub (mensuel)"),
                    ("Période", f"{fr_short(d)} – {fr_short(end)}"),
                    ("Prix", fr_money(base)),
                    ("TPS (5 %)", fr_money(tps)),
                    ("TVQ (9,975 %)", fr_money(tvq)),
                    ("Total facturé", fr_money(total)),
                ],
                bold_last=True,
            )
        }
<p style="font-size:13px;color:#555;">Facturé à Visa se terminant par {
            VISA_OLD
        }. Votre abonnement se renouvellera automatiquement le {fr_date(add_months(d, 1))}.</p>
<p style="font-size:12px;color:#777;">Bell Média inc. – TPS 87286 9491 RT0001 – TVQ 1214452938 TQ0001</p>"""
        add(
            at(d, 4, RNG.randrange(60)),
            sender,
            "Votre reçu Crave",
            html=_crave_html("Reçu Crave", body),
            labels=[CRAVE],
            cte="base64",
        )

    body = f"""
<h1 style="font-size:22px;margin:0 0 12px;">Votre abonnement a été annulé</h1>
<p>Bonjour Émilie,</p>
<p>Nous vous confirmons l'annulation de votre abonnement <strong>Crave Premium sans pub</strong>. Vous ne serez plus facturée.</p>
<p>Vous pourrez continuer à regarder Crave jusqu'au <strong>{fr_date(D(2026, 3, 26))}</strong>, la fin de votre période de facturation en cours.</p>
<p>Vous changez d'idée? Vous pouvez réactiver votre abonnement en tout temps.</p>
<p style="margin:24px 0;"><a href="https://www.crave.ca/fr/abonnement" style="background:#3c3cf0;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px;">Réactiver</a></p>"""
    add(
        at(D(2026, 3, 8), 22, 40),
        sender,
        "Confirmation d'annulation de votre abonnement Crave",
        html=_crave_html("Annulation", body),
        labels=[CRAVE],
    )

    body = """
<h1 style="font-size:24px;margin:0 0 12px;">Vous nous manquez, Émilie</h1>
<p>La nouvelle saison de <em>The Last of Us</em> et les nouveautés de l'été sont arrivées sur Crave.</p>
<p><strong>Revenez pour 9,99&nbsp;$/mois pendant 3 mois</strong> avec Crave Premium sans pub (ensuite 22,99&nbsp;$/mois). Taxes en sus. Offre d'une durée limitée.</p>
<p style="margin:24px 0;"><a href="https://www.crave.ca/fr/offre-retour" style="background:#3c3cf0;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px;">Profiter de l'offre</a></p>
<p style="font-size:11px;color:#777;"><a href="https://www.crave.ca/fr/desabonnement">Se désabonner des courriels promotionnels</a></p>"""
    add(
        at(D(2026, 6, 12), 12, 0),
        ("Crave", "crave@news.crave.ca"),
        "Revenez sur Crave : 3 mois à 9,99 $",
        html=_crave_html("Revenez sur Crave", body),
        unsubscribe="https://www.crave.ca/fr/desabonnement?x=1",
        bstyle="sfmc",
        mid_domain="news.crave.ca",
    )


# --------------------------------------------------------------------------------------------
# Spotify Premium Famille
# --------------------------------------------------------------------------------------------


def spotify() -> None:
    sender = ("Spotify", "no-reply@spotify.com")
    base = Decimal("21.99")
    tps, tvq, total = qc_taxes(base)
    for d in [D(2026, 1, 7), D(2026, 4, 7), D(2026, 8, 7), D(2026, 11, 7)]:
        card = VISA_OLD if d < D(2026, 7, 5) else VISA_NEW
        order = rdigits(12)
        inner = f"""
<tr><td style="padding:30px 40px 10px;"><span style="font-size:26px;font-weight:bold;color:#1ed760;font-family:Helvetica,Arial,sans-serif;">Spotify</span></td></tr>
<tr><td style="padding:10px 40px 30px;font-family:Helvetica,Arial,sans-serif;color:#191414;font-size:15px;line-height:1.5;">
<h1 style="font-size:28px;margin:0 0 10px;">Votre reçu</h1>
<p>Merci pour votre achat, Émilie. Votre abonnement Premium Famille a été renouvelé.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;">
<tr><td style="padding:6px 0;color:#6a6a6a;">Date</td><td align="right">{fr_short(d)}</td></tr>
<tr><td style="padding:6px 0;color:#6a6a6a;">N° de commande</td><td align="right">{order}</td></tr>
<tr><td style="padding:6px 0;color:#6a6a6a;">Mode de paiement</td><td align="right">Visa •••• {card}</td></tr>
</table>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;margin-top:16px;border-top:1px solid #e0e0e0;">
<tr><td style="padding:10px 0;">Premium Famille<br /><span style="color:#6a6a6a;font-size:12px;">1 mois · jusqu'à 6 comptes Premium</span></td><td align="right">{fr_money(base)}</td></tr>
<tr><td style="padding:4px 0;color:#6a6a6a;">TPS</td><td align="right">{fr_money(tps)}</td></tr>
<tr><td style="padding:4px 0;color:#6a6a6a;">TVQ</td><td align="right">{fr_money(tvq)}</td></tr>
<tr><td style="padding:10px 0;border-top:1px solid #e0e0e0;font-weight:bold;">Total</td><td align="right" style="border-top:1px solid #e0e0e0;font-weight:bold;">{fr_money(total)}</td></tr>
</table>
<p style="font-size:13px;color:#6a6a6a;">Votre prochaine facture sera émise le {fr_date(add_months(d, 1))}. Vous pouvez annuler à tout moment dans la page Compte.</p>
</td></tr>
<tr><td style="padding:20px 40px;background:#f5f5f5;font-size:11px;color:#6a6a6a;font-family:Helvetica,Arial,sans-serif;">Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Suède · N° TPS/TVH 82924 4571 RT0001 · N° TVQ 1225364830 TQ0001<br /><a href="https://www.spotify.com/ca-fr/legal/" style="color:#6a6a6a;">Mentions légales</a> · <a href="https://www.spotify.com/ca-fr/account/" style="color:#6a6a6a;">Compte</a></td></tr>"""
        text = f"""Votre reçu Spotify

Merci pour votre achat, Émilie. Votre abonnement Premium Famille a été renouvelé.

Date : {fr_short(d)}
N° de commande : {order}
Mode de paiement : Visa **** {card}

Premium Famille (1 mois) ........ {fr_money(base)}
TPS ............................. {fr_money(tps)}
TVQ ............................. {fr_money(tvq)}
Total ........................... {fr_money(total)}

Votre prochaine facture sera émise le {fr_date(add_months(d, 1))}.

Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Suède
"""
        add(
            at(d, 8, RNG.randrange(60)),
            sender,
            "Votre reçu Spotify",
            text=text,
            html=html_page("Votre reçu Spotify", inner, bg="#ffffff"),
            labels=[SPOTIFY],
            zone="utc",
            cte="base64",
            bstyle="java",
        )

    inner = """
<tr><td style="background:#1ed760;padding:34px;text-align:center;font-family:Helvetica,Arial,sans-serif;">
<p style="font-size:14px;margin:0;color:#191414;">Spotify Wrapped 2025</p>
<h1 style="font-size:34px;margin:10px 0;color:#191414;">Émilie, votre année en musique est arrivée.</h1>
<p style="font-size:16px;color:#191414;">Votre artiste n° 1 : Charlotte Cardin. 41 208 minutes d'écoute. Votre genre : indie québécois.</p>
<p style="margin:26px 0;"><a href="https://www.spotify.com/wrapped" style="background:#191414;color:#fff;padding:14px 30px;border-radius:30px;text-decoration:none;">Voir mon Wrapped</a></p>
</td></tr>
<tr><td style="padding:18px;font-size:11px;color:#6a6a6a;text-align:center;font-family:Helvetica,Arial,sans-serif;">Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Suède · <a href="https://www.spotify.com/ca-fr/account/notifications/">Se désabonner</a></td></tr>"""
    add(
        at(D(2025, 12, 3), 9, 0),
        ("Spotify", "no-reply@alerts.spotify.com"),
        "Votre Wrapped 2025 est là 🎧",
        html=html_page("Spotify Wrapped", inner, bg="#ffffff"),
        zone="utc",
        unsubscribe="https://www.spotify.com/ca-fr/account/notifications/",
        mid_domain="spotify.com",
        bstyle="sfmc",
    )


# --------------------------------------------------------------------------------------------
# Apple: "Votre reçu d'Apple" (Apple One monthly; one app purchase)
# --------------------------------------------------------------------------------------------

MOIS_ABR = [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juill.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
]


def apple_date(d: dt.date) -> str:
    return f"{d.day} {MOIS_ABR[d.month - 1]} {d.year}"


def _apple_receipt(d: dt.date, items: list[tuple[str, str, str, Decimal]], card: str) -> tuple[str, str]:
    sub = sum((p for *_, p in items), Decimal("0"))
    tps, tvq, total = qc_taxes(sub)
    order = ralnum(10)
    doc = rdigits(12)
    rows = "".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e5e5e5;"><span style="font-size:14px;font-weight:600;">{n}</span><br />'
        f'<span style="font-size:12px;color:#666;">{sub_}</span><br /><span style="font-size:12px;color:#666;">{extra}</span></td>'
        f'<td align="right" style="padding:12px 0;border-bottom:1px solid #e5e5e5;font-size:14px;font-weight:600;">{fr_money(p)}</td></tr>'
        for n, sub_, extra, p in items
    )
    inner = f"""
<tr><td style="padding:30px 30px 10px;font-family:-apple-system,'Helvetica Neue',Helvetica,Arial,sans-serif;"><span style="font-size:32px;color:#111;">&#63743;</span><h1 style="font-size:28px;font-weight:600;margin:12px 0 0;color:#111;">Reçu</h1></td></tr>
<tr><td style="padding:10px 30px;font-family:-apple-system,'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:12px;color:#333;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f7;border-radius:8px;">
<tr><td style="padding:12px 14px;"><span style="color:#666;">IDENTIFIANT APPLE</span><br />emilie.tremblay@videotron.ca</td><td style="padding:12px 14px;"><span style="color:#666;">FACTURÉ À</span><br />Visa •••• {card}<br />Émilie Tremblay<br />4520, rue Saint-Denis, app. 302<br />Montréal QC H2J 2L3<br />CAN</td></tr>
<tr><td style="padding:12px 14px;"><span style="color:#666;">DATE</span><br />{apple_date(d)}</td><td style="padding:12px 14px;"><span style="color:#666;">N° DE COMMANDE</span><br />{order}<br /><span style="color:#666;">N° DE DOCUMENT</span><br />{doc}</td></tr>
</table></td></tr>
<tr><td style="padding:10px 30px;font-family:-apple-system,'Helvetica Neue',Helvetica,Arial,sans-serif;">
<p style="font-size:13px;font-weight:600;color:#666;margin:10px 0 0;">App Store</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">{rows}</table>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="font-size:13px;margin-top:10px;">
<tr><td style="padding:4px 0;color:#666;">Sous-total</td><td align="right">{fr_money(sub)}</td></tr>
<tr><td style="padding:4px 0;color:#666;">TPS</td><td align="right">{fr_money(tps)}</td></tr>
<tr><td style="padding:4px 0;color:#666;">TVQ</td><td align="right">{fr_money(tvq)}</td></tr>
<tr><td style="padding:10px 0;border-top:1px solid #e5e5e5;font-weight:600;">TOTAL</td><td align="right" style="padding:10px 0;border-top:1px solid #e5e5e5;font-weight:600;">{fr_money(total)}</td></tr>
</table></td></tr>
<tr><td style="padding:20px 30px;font-family:-apple-system,'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:11px;color:#888;line-height:1.5;">
Pour gérer vos abonnements ou demander un remboursement, rendez-vous sur <a href="https://reportaproblem.apple.com">reportaproblem.apple.com</a>.<br />
Apple Canada Inc. · 120 Bremner Boulevard, Suite 1600, Toronto, ON M5J 0A8 · N° TPS/TVH 86343 0466 RT0001 · N° TVQ 1223012345 TQ0001<br />
<a href="https://www.apple.com/ca/fr/legal/">Conditions générales de vente</a> · <a href="https://www.apple.com/ca/fr/privacy/">Engagement de confidentialité</a><br />Copyright © 2026 Apple Distribution International Ltd. Tous droits réservés.</td></tr>"""
    text = (
        f"""Reçu

IDENTIFIANT APPLE : emilie.tremblay@videotron.ca
FACTURÉ À : Visa •••• {card}
DATE : {apple_date(d)}
N° DE COMMANDE : {order}
N° DE DOCUMENT : {doc}

App Store
"""
        + "\n".join(f"{n}\n{sub_}\n{extra}\n{fr_money(p)}\n" for n, sub_, extra, p in items)
        + f"""
Sous-total {fr_money(sub)}
TPS {fr_money(tps)}
TVQ {fr_money(tvq)}
TOTAL {fr_money(total)}

Apple Canada Inc. · 120 Bremner Boulevard, Suite 1600, Toronto, ON M5J 0A8
"""
    )
    return html_page(
        "Votre reçu d'Apple", inner, bg="#ffffff", font="-apple-system, Helvetica, Arial, sans-serif"
    ), text


def apple() -> None:
    sender = ("Apple", "no_reply@email.apple.com")
    for d in [D(2026, 1, 3), D(2026, 4, 3), D(2026, 8, 3), D(2026, 11, 3)]:
        card = VISA_OLD if d < D(2026, 7, 5) else VISA_NEW
        html, text = _apple_receipt(
            d,
            [
                (
                    "Apple One",
                    "Individuel (mensuel)",
                    f"Renouvellement le {apple_date(add_months(d, 1))}",
                    Decimal("19.95"),
                )
            ],
            card,
        )
        add(
            at(d, 3, RNG.randrange(60)),
            sender,
            "Votre reçu d'Apple",
            text=text,
            html=html,
            labels=[APPLE1],
            zone="pac",
            bstyle="apple",
            mid_domain="email.apple.com",
        )
    d = D(2026, 5, 16)
    html, text = _apple_receipt(
        d, [("Procreate Pocket", "Savage Interactive Pty Ltd", "iPhone de Émilie", Decimal("7.99"))], VISA_OLD
    )
    add(
        at(d, 20, 12),
        sender,
        "Votre reçu d'Apple",
        text=text,
        html=html,
        labels=[],
        zone="pac",
        bstyle="apple",
        mid_domain="email.apple.com",
    )


# --------------------------------------------------------------------------------------------
# Amazon.ca: Prime yearly, orders, shipping, refund
# --------------------------------------------------------------------------------------------


def _amz_html(title: str, body: str) -> str:
    inner = f"""
<tr><td style="padding:16px 20px;border-bottom:3px solid #ff9900;"><span style="font-size:24px;font-weight:bold;color:#232f3e;font-family:Arial,sans-serif;">amazon</span><span style="color:#232f3e;font-family:Arial;">.ca</span></td></tr>
<tr><td style="padding:20px;font-family:Arial,sans-serif;font-size:14px;color:#0f1111;line-height:1.5;">{body}</td></tr>
<tr><td style="padding:16px 20px;font-family:Arial,sans-serif;font-size:11px;color:#565959;background:#f3f3f3;">
© 2026 Amazon.com, Inc. ou ses sociétés affiliées. Tous droits réservés. Amazon.ca, ULC | 40 King Street W 47th Floor, Toronto, Ontario, Canada M5H 3Y2.<br />
Ce courriel a été envoyé depuis une adresse qui ne peut pas recevoir de courriels. Veuillez ne pas répondre à ce message.</td></tr>"""
    return html_page(title, inner, bg="#ffffff")


def amazon() -> None:
    prime_base = Decimal("99.00")
    tps, tvq, total = qc_taxes(prime_base)
    body = f"""
<p>Bonjour Émilie,</p>
<p>Merci d'être membre Amazon Prime. Nous vous informons que votre abonnement Amazon Prime sera renouvelé le <strong>{fr_date(D(2026, 2, 14))}</strong>.</p>
<p>Nous porterons le montant de <strong>{fr_money(total)}</strong> (99,00&nbsp;$ plus les taxes applicables) à votre Visa se terminant par {VISA_OLD}.</p>
<p>Au cours des 12 derniers mois, vous avez bénéficié de la livraison gratuite sur 14 commandes et de Prime Video.</p>
<p>Si vous ne souhaitez pas renouveler votre abonnement, vous pouvez y mettre fin en tout temps à partir de la page <a href="https://www.amazon.ca/gp/primecentral">Gérer mon abonnement Prime</a>.</p>
<p>Cordialement,<br />Amazon Prime</p>"""
    add(
        at(D(2026, 2, 7), 6, 44),
        ("Amazon.ca", "prime@amazon.ca"),
        "Votre abonnement Amazon Prime sera renouvelé bientôt",
        html=_amz_html("Amazon Prime", body),
        labels=[PRIME],
        zone="utc",
        bstyle="amazon",
    )

    body = f"""
<p>Bonjour Émilie,</p>
<p>Votre abonnement Amazon Prime a été renouvelé pour 12 mois. Merci!</p>
<table role="presentation" cellpadding="4" cellspacing="0" style="font-size:14px;">
<tr><td>Type d'abonnement :</td><td>Prime annuel</td></tr>
<tr><td>Montant facturé :</td><td>{fr_money(total)} (dont TPS {fr_money(tps)} et TVQ {fr_money(tvq)})</td></tr>
<tr><td>Date de renouvellement :</td><td>{fr_date(D(2026, 2, 14))}</td></tr>
<tr><td>Prochain renouvellement :</td><td>{fr_date(D(2027, 2, 14))}</td></tr>
</table>
<p><a href="https://www.amazon.ca/gp/primecentral">Gérer mon abonnement Prime</a></p>"""
    add(
        at(D(2026, 2, 14), 3, 10),
        ("Amazon.ca", "prime@amazon.ca"),
        "Confirmation du renouvellement de votre abonnement Amazon Prime",
        html=_amz_html("Amazon Prime", body),
        labels=[PRIME],
        zone="utc",
        bstyle="amazon",
    )

    def order(d: dt.date, item: str, price: Decimal, arrive: dt.date) -> tuple[str, Decimal]:
        ot, ov, tot = qc_taxes(price)
        num = f"702-{rdigits(7)}-{rdigits(7)}"
        body = f"""
<h2 style="font-size:20px;margin:0 0 10px;">Merci de votre commande, Émilie.</h2>
<p>Nous vous enverrons une confirmation lorsque votre article sera expédié.</p>
<p><strong>Arrivée prévue :</strong> {JOURS[arrive.weekday()]} {arrive.day} {MOIS[arrive.month - 1]}</p>
<p>Commande n° <a href="https://www.amazon.ca/gp/your-account/order-details?orderID={num}">{num}</a></p>
<table role="presentation" width="100%" cellpadding="6" cellspacing="0" style="font-size:14px;border-top:1px solid #ddd;">
<tr><td>{item}<br /><span style="color:#565959;">Quantité : 1 · Vendu par Amazon.com.ca ULC</span></td><td align="right">{fr_money(price)}</td></tr>
<tr><td>Livraison :</td><td align="right">0,00&nbsp;$ (Prime)</td></tr>
<tr><td>TPS/TVH estimée :</td><td align="right">{fr_money(ot)}</td></tr>
<tr><td>TVQ estimée :</td><td align="right">{fr_money(ov)}</td></tr>
<tr><td><strong>Total de la commande :</strong></td><td align="right"><strong>{fr_money(tot)}</strong></td></tr>
</table>"""
        short = item if len(item) < 40 else item[:37] + "..."
        add(
            at(d, RNG.randrange(9, 22), RNG.randrange(60)),
            ("Amazon.ca", "commande-update@amazon.ca"),
            f"Votre commande Amazon.ca de « {short} »",
            html=_amz_html("Votre commande", body),
            zone="utc",
            bstyle="amazon",
        )
        return num, tot

    num1, _ = order(
        D(2026, 1, 22),
        "Cuisinart Bouilloire électrique à température variable, 1,7 L",
        Decimal("89.99"),
        D(2026, 1, 24),
    )
    body = f"""
<h2 style="font-size:20px;margin:0 0 10px;">Votre colis a été expédié!</h2>
<p>Bonjour Émilie, votre commande n° {num1} est en route.</p>
<p><strong>Arrivée prévue :</strong> samedi 24 janvier<br />Transporteur : Postes Canada · Numéro de suivi : 7317{rdigits(12)}</p>
<p>Cuisinart Bouilloire électrique à température variable, 1,7 L</p>
<p><a href="https://www.amazon.ca/gp/your-account/ship-track">Suivre votre colis</a></p>"""
    add(
        at(D(2026, 1, 23), 11, 5),
        ("Amazon.ca", "expedition-confirmation@amazon.ca"),
        "Expédiée : « Cuisinart Bouilloire électrique à... »",
        html=_amz_html("Expédition", body),
        zone="utc",
        bstyle="amazon",
    )

    num2, tot2 = order(
        D(2026, 8, 28),
        "Herschel Sac à dos Heritage pour enfants, bleu marine",
        Decimal("54.99"),
        D(2026, 8, 30),
    )
    body = f"""
<p>Bonjour Émilie,</p>
<p>Nous avons traité votre remboursement pour la commande n° {num2}.</p>
<table role="presentation" cellpadding="4" cellspacing="0" style="font-size:14px;">
<tr><td>Article retourné :</td><td>Herschel Sac à dos Heritage pour enfants, bleu marine</td></tr>
<tr><td>Montant du remboursement :</td><td>{fr_money(tot2)}</td></tr>
<tr><td>Remboursé sur :</td><td>Visa se terminant par {VISA_NEW}</td></tr>
</table>
<p>Le remboursement devrait apparaître sur votre relevé dans un délai de 3 à 5 jours ouvrables.</p>"""
    add(
        at(D(2026, 9, 15), 14, 22),
        ("Amazon.ca", "retours@amazon.ca"),
        f"Votre remboursement pour la commande {num2}",
        html=_amz_html("Remboursement", body),
        zone="utc",
        bstyle="amazon",
    )

    order(D(2026, 11, 10), "Lampe de lecture LED à pince, rechargeable", Decimal("32.99"), D(2026, 11, 12))


# --------------------------------------------------------------------------------------------
# Le Devoir (paid digital) and La Presse (free, newsletters and a donation appeal)
# --------------------------------------------------------------------------------------------


def le_devoir() -> None:
    sender = ("Le Devoir", "abonnements@ledevoir.com")
    base = Decimal("19.99")
    tps, tvq, total = qc_taxes(base)
    for d in [D(2026, 1, 11), D(2026, 5, 11), D(2026, 9, 11)]:
        card = VISA_OLD if d < D(2026, 7, 5) else VISA_NEW
        inner = f"""
<tr><td style="padding:22px 28px;border-bottom:1px solid #ddd;"><span style="font-family:Georgia,'Times New Roman',serif;font-size:30px;color:#000;">Le Devoir</span><br /><span style="font-size:11px;color:#777;font-family:Arial;">Libre de penser</span></td></tr>
<tr><td style="padding:24px 28px;font-family:Arial,sans-serif;font-size:14px;color:#222;line-height:1.55;">
<p>Bonjour Émilie Tremblay,</p>
<p>Merci de soutenir un journalisme indépendant. Voici votre reçu pour le renouvellement de votre abonnement.</p>
{
            kv_rows(
                [
                    ("N° d'abonné", "LD-208841"),
                    ("Formule", "Numérique complet – mensuel"),
                    ("Date du paiement", fr_date(d)),
                    ("Montant", fr_money(base)),
                    ("TPS (n° 10207 3245 RT0001)", fr_money(tps)),
                    ("TVQ (n° 1006122840 TQ0001)", fr_money(tvq)),
                    ("Total payé", fr_money(total)),
                ],
                bold_last=True,
            )
        }
<p>Mode de paiement : Visa se terminant par {card}<br />Prochain renouvellement : {
            fr_date(add_months(d, 1))
        }</p>
<p>Gérez votre abonnement dans votre <a href="https://www.ledevoir.com/compte">espace abonné</a>.</p>
</td></tr>
<tr><td style="padding:16px 28px;background:#f4f4f4;font-size:11px;color:#777;font-family:Arial,sans-serif;">Le Devoir inc. · 1265, rue Berri, 8<sup>e</sup> étage, Montréal (Québec) H2L 4X4 · Service à la clientèle : 514 985-3355</td></tr>"""
        add(
            at(d, 5, RNG.randrange(60)),
            sender,
            "Reçu – Votre abonnement numérique au Devoir",
            html=html_page("Reçu", inner),
            labels=[DEVOIR],
            bstyle="java",
        )

    inner = """
<tr><td style="padding:20px 28px;border-bottom:3px solid #000;font-family:Georgia,serif;font-size:28px;">Le Devoir <span style="font-size:14px;font-family:Arial;color:#c00;">Le Devoir du matin</span></td></tr>
<tr><td style="padding:20px 28px;font-family:Georgia,serif;font-size:16px;color:#222;line-height:1.55;">
<p><strong>Budget Girard : Québec mise sur le logement et la santé</strong><br /><span style="font-size:14px;color:#555;">Notre analyse des principales mesures et de leur effet sur les ménages.</span></p>
<p><strong>Rentrée culturelle : les 20 spectacles à ne pas manquer cet automne</strong></p>
<p><strong>Éditorial – Le transport collectif mérite mieux</strong></p>
<p style="font-family:Arial;font-size:13px;"><a href="https://www.ledevoir.com">Lire Le Devoir</a></p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#777;font-family:Arial;">Vous recevez cette infolettre parce que vous y êtes inscrite. <a href="https://www.ledevoir.com/infolettres/desabonnement">Se désabonner</a></td></tr>"""
    add(
        at(D(2026, 10, 1), 6, 0),
        ("Le Devoir du matin", "infolettre@ledevoir.com"),
        "Le Devoir du matin – 1er octobre",
        html=html_page("Le Devoir du matin", inner),
        unsubscribe="https://www.ledevoir.com/infolettres/desabonnement",
        bstyle="sfmc",
    )


def la_presse() -> None:
    sender = ("La Presse", "infolettre@lapresse.ca")
    for d, heads in [
        (
            D(2026, 1, 29),
            ["Tempête de neige : Montréal déploie 2200 employés", "Le CH l'emporte en prolongation"],
        ),
        (
            D(2026, 6, 23),
            [
                "Fête nationale : la programmation dans votre quartier",
                "Canicule : les piscines ouvertes plus tard",
            ],
        ),
    ]:
        lis = "".join(
            f'<p style="margin:0 0 14px;"><a href="https://www.lapresse.ca/actualites/" style="color:#111;font-weight:bold;text-decoration:none;">{h}</a></p>'
            for h in heads
        )
        inner = f"""
<tr><td style="padding:18px 26px;background:#111;color:#fff;font-family:Georgia,serif;font-size:26px;">La Presse</td></tr>
<tr><td style="padding:22px 26px;font-family:Arial,sans-serif;font-size:15px;line-height:1.5;">{lis}
<p style="font-size:13px;color:#555;">La Presse est gratuite pour tous. Son information est rendue possible grâce à ses lecteurs et partenaires.</p></td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#777;">La Presse, 750, boulevard Saint-Laurent, Montréal (Québec) H2Z 1J2 · <a href="https://www.lapresse.ca/infolettres/desabonnement">Se désabonner</a></td></tr>"""
        add(
            at(d, 6, 30),
            sender,
            "L'essentiel de La Presse ce matin",
            html=html_page("La Presse", inner),
            unsubscribe="https://www.lapresse.ca/infolettres/desabonnement",
            bstyle="sfmc",
        )
    inner = """
<tr><td style="padding:18px 26px;background:#111;color:#fff;font-family:Georgia,serif;font-size:26px;">La Presse</td></tr>
<tr><td style="padding:22px 26px;font-family:Arial,sans-serif;font-size:15px;line-height:1.55;">
<p>Chère lectrice,</p>
<p>La Presse est gratuite et le restera. Pour que notre information demeure accessible à tous, nous comptons sur la générosité de nos lecteurs.</p>
<p>Un don unique ou mensuel, à partir de 5&nbsp;$, fait toute la différence. Chaque don de 20&nbsp;$ ou plus donne droit à un reçu fiscal.</p>
<p style="margin:24px 0;"><a href="https://www.lapresse.ca/dons" style="background:#d6001c;color:#fff;padding:12px 24px;text-decoration:none;">Je fais un don</a></p>
</td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#777;">Fiducie de soutien à La Presse · <a href="https://www.lapresse.ca/infolettres/desabonnement">Se désabonner</a></td></tr>"""
    add(
        at(D(2026, 11, 17), 10, 0),
        ("La Presse", "dons@lapresse.ca"),
        "Soutenez une information libre et gratuite",
        html=html_page("La Presse", inner),
        unsubscribe="https://www.lapresse.ca/infolettres/desabonnement",
        bstyle="sfmc",
    )


# --------------------------------------------------------------------------------------------
# CPE Les Petits Pinsons: reduced contribution, monthly statement, debit on the 1st
# --------------------------------------------------------------------------------------------


def cpe() -> None:
    sender = ("CPE Les Petits Pinsons", "comptabilite@cpelespetitspinsons.ca")
    text = """Bonjour chers parents,

Comme chaque année, le ministère de la Famille indexe la contribution réduite au
1er janvier. À compter du 1er janvier 2026, la contribution parentale passera de
9,10 $ à 9,35 $ par jour.

Les états de compte mensuels et les prélèvements préautorisés du 1er de chaque mois
seront ajustés automatiquement. Aucune action n'est requise de votre part.

Pour toute question, écrivez-nous à comptabilite@cpelespetitspinsons.ca.

Joyeuses Fêtes!

Isabelle Fortin
Adjointe administrative
CPE Les Petits Pinsons
3870, rue De Bullion, Montréal (Québec) H2W 2E1
"""
    add(
        at(D(2025, 12, 2), 13, 12),
        sender,
        "Contribution réduite 2026",
        text=text,
        charset="iso-8859-1",
        to="parents@cpelespetitspinsons.ca",
        labels=[CPE],
    )

    for d, month, days, note in [
        (D(2026, 1, 20), D(2026, 2, 1), 20, ""),
        (D(2026, 4, 20), D(2026, 5, 1), 20, "Fermeture : Journée nationale des patriotes (18 mai)"),
        (D(2026, 8, 20), D(2026, 9, 1), 21, "Fermeture : fête du Travail (7 septembre)"),
        (
            D(2026, 11, 20),
            D(2026, 12, 1),
            17,
            "Fermeture du CPE du 24 décembre 2026 au 1er janvier 2027 inclusivement",
        ),
    ]:
        amount = q(Decimal("9.35") * days)
        text = f"""ÉTAT DE COMPTE - {MOIS[month.month - 1].upper()} {month.year}

CPE Les Petits Pinsons
Parent payeur : Émilie Tremblay
Enfant        : Léa Cohen-Tremblay (groupe des Mésanges)
N° de dossier : 2023-0147

Jours de fréquentation facturables : {days}
Contribution réduite              : 9,35 $ / jour
{note}

Montant à payer : {fr_money(amount, nb=" ")}
Prélèvement préautorisé le {fr_date(month)}

Solde antérieur : 0,00 $

Ce montant n'est pas taxable. Le relevé fiscal annuel sera émis en février.

CPE Les Petits Pinsons - 514 555-0172
"""
        add(
            at(d, 16, RNG.randrange(60)),
            sender,
            f"État de compte - {MOIS[month.month - 1]} {month.year}",
            text=text,
            charset="iso-8859-1",
            labels=[CPE],
        )

    text = """Bonjour chers parents,

Quelques rappels pour la fin de l'année :

 - Fête de fin d'année : vendredi 19 juin, 15 h 30, dans la cour. Apportez vos chapeaux!
 - Sortie à la ferme : mardi 23 juin (groupes des Mésanges et des Hiboux).
 - Crème solaire : merci d'en appliquer à votre enfant le matin.

Bon été à tous,
L'équipe du CPE Les Petits Pinsons
"""
    add(
        at(D(2026, 6, 8), 12, 44),
        ("CPE Les Petits Pinsons", "direction@cpelespetitspinsons.ca"),
        "Info-parents – juin 2026",
        text=text,
        charset="iso-8859-1",
        to="parents@cpelespetitspinsons.ca",
    )


# --------------------------------------------------------------------------------------------
# Lufa Farms: weekly basket, charged on Tuesday for Thursday, skipped weeks
# --------------------------------------------------------------------------------------------

LUFA_BASE = [
    ("Laitue Boston", "3,25"),
    ("Tomates cerises", "5,49"),
    ("Concombres libanais", "3,99"),
    ("Micro-pousses de tournesol", "4,25"),
    ("Œufs bio (12)", "7,49"),
    ("Pain de campagne", "6,29"),
    ("Pommes Honeycrisp (1 kg)", "4,24"),
]


def _lufa_html(title: str, body: str) -> str:
    inner = f"""
<tr><td style="padding:20px 28px;background:#58a618;color:#fff;font-size:24px;font-weight:bold;font-family:'Trebuchet MS',Arial,sans-serif;">Fermes Lufa</td></tr>
<tr><td style="padding:24px 28px;font-family:'Trebuchet MS',Arial,sans-serif;font-size:14px;color:#333;line-height:1.55;">{body}</td></tr>
<tr><td style="padding:16px 28px;background:#f1f7ea;font-size:11px;color:#777;font-family:Arial,sans-serif;">Les Fermes Lufa inc. · 1400, rue Antonio-Barbeau, Montréal (Québec) H4N 1H5<br />TPS 83019 2271 RT0001 · TVQ 1218893457 TQ0001 · <a href="https://montreal.lufa.com/fr/compte/preferences">Préférences de courriel</a></td></tr>"""
    return html_page(title, inner, bg="#f1f7ea")


def lufa() -> None:
    sender = ("Fermes Lufa", "commandes@lufa.com")
    orders = [
        (D(2025, 12, 9), []),
        (
            D(2026, 2, 17),
            [("Yogourt grec nature 750 g", "6,75", False), ("Kombucha gingembre", "4,49", True)],
        ),
        (D(2026, 4, 21), []),
        (D(2026, 9, 22), [("Fromage Le Riopelle", "11,25", False)]),
        (D(2026, 11, 24), []),
    ]
    for d, extras in orders:
        assert d.weekday() == 1, d
        thu = d + dt.timedelta(days=2)
        base_total = sum(Decimal(p.replace(",", ".")) for _, p in LUFA_BASE)
        assert base_total == Decimal("35.00"), base_total
        ext_total = sum((Decimal(p.replace(",", ".")) for _, p, _ in extras), Decimal("0"))
        taxable = sum((Decimal(p.replace(",", ".")) for _, p, t in extras if t), Decimal("0"))
        tps, tvq, _ = qc_taxes(taxable)
        total = base_total + ext_total + tps + tvq
        items = [(n, p) for n, p in LUFA_BASE] + [(n + " (ajout)", p) for n, p, _ in extras]
        rows = "".join(
            f'<tr><td style="padding:4px 0;">{esc(n)}</td><td align="right">{p}&nbsp;$</td></tr>'
            for n, p in items
        )
        taxrows = (
            (
                f'<tr><td style="padding:4px 0;color:#777;">TPS</td><td align="right">{fr_money(tps)}</td></tr>'
                f'<tr><td style="padding:4px 0;color:#777;">TVQ</td><td align="right">{fr_money(tvq)}</td></tr>'
            )
            if taxable
            else ""
        )
        body = f"""
<p>Bonjour Émilie,</p>
<p>Votre commande pour la livraison du <strong>{JOURS[thu.weekday()]} {thu.day} {MOIS[thu.month - 1]}</strong> est maintenant fermée et a été facturée. Vos produits seront récoltés demain matin!</p>
<p>Point de cueillette : <strong>Café Larue &amp; Fils, 244, rue De Castelnau Est</strong> (à partir de 15 h)</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="font-size:13px;">
<tr><td colspan="2" style="padding:6px 0;font-weight:bold;border-bottom:1px solid #ddd;">Panier hebdomadaire de base – 35,00&nbsp;$</td></tr>
{rows}{taxrows}
<tr><td style="padding:8px 0;border-top:1px solid #333;font-weight:bold;">Total facturé</td><td align="right" style="border-top:1px solid #333;font-weight:bold;">{fr_money(total)}</td></tr>
</table>
<p style="font-size:12px;color:#777;">Facturé à Visa •••• {VISA_OLD if d < D(2026, 7, 5) else VISA_NEW} · Commande n° {rdigits(8)}</p>
<p>Vous pouvez sauter une semaine ou modifier votre panier jusqu'au lundi minuit précédant chaque livraison.</p>"""
        add(
            at(d, 0, RNG.randrange(5, 40)),
            sender,
            f"Votre commande Lufa du {JOURS[thu.weekday()]} {thu.day} {MOIS[thu.month - 1]} est confirmée",
            html=_lufa_html("Commande confirmée", body),
            labels=[LUFA],
            bstyle="sfmc",
        )

    for d in [D(2026, 7, 7), D(2026, 7, 14)]:
        thu = d + dt.timedelta(days=2)
        body = f"""
<p>Bonjour Émilie,</p>
<p>Nous confirmons que vous avez <strong>sauté la livraison du {JOURS[thu.weekday()]} {thu.day} {MOIS[thu.month - 1]}</strong>. Vous ne serez pas facturée cette semaine.</p>
<p>Votre abonnement hebdomadaire reprendra automatiquement la semaine suivante. Bonnes vacances!</p>
<p><a href="https://montreal.lufa.com/fr/marche" style="color:#58a618;">Voir le marché</a></p>"""
        add(
            at(d - dt.timedelta(days=1), 23, 58),
            sender,
            f"Livraison sautée : {JOURS[thu.weekday()]} {thu.day} {MOIS[thu.month - 1]}",
            html=_lufa_html("Livraison sautée", body),
            labels=[LUFA],
            bstyle="sfmc",
        )

    body = """
<p>Bonjour Émilie,</p>
<p><strong>C'est la saison des asperges!</strong> Les premières asperges de nos fermes partenaires de Lanaudière sont arrivées au Marché, ainsi que les fraises du Québec et nos nouvelles salades de serre.</p>
<p>Ajoutez-les à votre panier avant lundi minuit.</p>
<p style="margin:22px 0;"><a href="https://montreal.lufa.com/fr/marche" style="background:#58a618;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px;">Magasiner au Marché</a></p>"""
    add(
        at(D(2026, 5, 15), 11, 0),
        ("Fermes Lufa", "bonjour@lufa.com"),
        "Asperges, fraises et nouveautés au Marché 🌱",
        html=_lufa_html("Nouveautés", body),
        unsubscribe="https://montreal.lufa.com/fr/compte/preferences",
        bstyle="sfmc",
    )


# --------------------------------------------------------------------------------------------
# Communauto: monthly plan fee + usage; plan downgrade in May
# --------------------------------------------------------------------------------------------


def communauto() -> None:
    sender = ("Communauto", "facturation@communauto.com")
    statements = [
        (
            D(2026, 1, 2),
            D(2025, 12, 1),
            "Valeur Plus",
            Decimal("30.00"),
            [(D(2025, 12, 13), 5, 62), (D(2025, 12, 23), 9, 188)],
            "4,25",
            "0,25",
        ),
        (
            D(2026, 4, 2),
            D(2026, 3, 1),
            "Valeur Plus",
            Decimal("30.00"),
            [(D(2026, 3, 14), 3, 41)],
            "4,25",
            "0,25",
        ),
        (
            D(2026, 7, 2),
            D(2026, 6, 1),
            "Valeur",
            Decimal("12.50"),
            [(D(2026, 6, 6), 6, 97), (D(2026, 6, 20), 4, 35)],
            "5,50",
            "0,33",
        ),
        (
            D(2026, 11, 2),
            D(2026, 10, 1),
            "Valeur",
            Decimal("12.50"),
            [(D(2026, 10, 10), 7, 142)],
            "5,50",
            "0,33",
        ),
    ]
    for d, month, plan, fee, trips, hr, km in statements:
        hr_d, km_d = Decimal(hr.replace(",", ".")), Decimal(km.replace(",", "."))
        lines = [(f"Forfait {plan} – {MOIS[d.month - 1]} {d.year}", fee)]
        for t, h, k in trips:
            lines.append((f"Trajet du {fr_short(t)} – {h} h × {hr} $", q(hr_d * h)))
            lines.append((f"   {k} km × {km} $", q(km_d * k)))
        sub = sum((v for _, v in lines), Decimal("0"))
        tps, tvq, total = qc_taxes(sub)
        rows = "".join(
            f'<tr><td style="padding:4px 0;">{n}</td><td align="right">{fr_money(v)}</td></tr>'
            for n, v in lines
        )
        inner = f"""
<tr><td style="padding:18px 26px;background:#005ca9;color:#fff;font-size:22px;font-weight:bold;">Communauto</td></tr>
<tr><td style="padding:24px 26px;font-size:14px;color:#222;line-height:1.5;">
<p>Bonjour Émilie Tremblay,</p>
<p>Votre relevé {"d'" if MOIS[month.month - 1][0] in "aeiou" else "de "}{MOIS[month.month - 1]} {month.year} est disponible.</p>
<p>N° d'abonnée : 118-27734 · Forfait : <strong>{plan}</strong></p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="font-size:13px;">{rows}
<tr><td style="padding:4px 0;color:#666;">TPS</td><td align="right">{fr_money(tps)}</td></tr>
<tr><td style="padding:4px 0;color:#666;">TVQ</td><td align="right">{fr_money(tvq)}</td></tr>
<tr><td style="padding:8px 0;border-top:1px solid #333;font-weight:bold;">Total</td><td align="right" style="border-top:1px solid #333;font-weight:bold;">{fr_money(total)}</td></tr>
</table>
<p>Ce relevé comprend les frais de votre forfait pour {MOIS[d.month - 1]} {d.year} et votre utilisation {"d'" if MOIS[month.month - 1][0] in "aeiou" else "de "}{MOIS[month.month - 1]}. Le total sera prélevé sur votre carte de crédit le {fr_date(d)}.</p>
</td></tr>
<tr><td style="padding:14px 26px;background:#eef3f8;font-size:11px;color:#666;">Communauto inc. · 1117, rue Sainte-Catherine Ouest, bureau 806, Montréal (Québec) H3B 1H9 · TPS 13914 0385 RT0001 · TVQ 1006092145 TQ0001</td></tr>"""
        add(
            at(d, 5, RNG.randrange(60)),
            sender,
            f"Votre relevé Communauto – {MOIS[month.month - 1]} {month.year}",
            html=html_page("Relevé Communauto", inner),
            labels=[CAUTO],
            bstyle="java",
            cte="base64",
        )

    tps, tvq, total = qc_taxes(Decimal("12.50"))
    text = f"""Bonjour Émilie,

Nous confirmons le changement de votre forfait :

  Forfait actuel  : Valeur Plus (30,00 $ / mois)
  Nouveau forfait : Valeur (12,50 $ / mois, soit {fr_money(total, nb=" ")} taxes incluses)
  En vigueur le   : 1er mai 2026

Tarifs d'utilisation du forfait Valeur : 5,50 $ / heure et 0,33 $ / km (jusqu'à 100 km),
0,23 $ / km au-delà. Les tarifs FLEX (véhicules en libre-service) demeurent inchangés.

Votre dépôt de 500 $ reste au dossier.

Bonne route!
L'équipe Communauto
"""
    add(
        at(D(2026, 4, 24), 14, 19),
        ("Communauto", "info@communauto.com"),
        "Confirmation de changement de forfait",
        text=text,
        labels=[CAUTO],
    )


# --------------------------------------------------------------------------------------------
# BIXI Montréal: yearly membership, auto-renewal
# --------------------------------------------------------------------------------------------


def bixi() -> None:
    sender = ("BIXI Montréal", "info@bixi.com")
    base = Decimal("118.00")
    tps, tvq, total = qc_taxes(base)
    inner = f"""
<tr><td style="padding:18px 26px;background:#d52b1e;color:#fff;font-size:26px;font-weight:bold;">BIXI</td></tr>
<tr><td style="padding:24px 26px;font-size:14px;color:#222;line-height:1.55;">
<p>Bonjour Émilie,</p>
<p>La saison 2026 approche! Votre abonnement annuel BIXI sera renouvelé automatiquement le <strong>{
        fr_date(D(2026, 4, 10))
    }</strong>.</p>
{
        kv_rows(
            [
                ("Abonnement", "Annuel – 12 mois"),
                ("Prix", fr_money(base)),
                ("TPS", fr_money(tps)),
                ("TVQ", fr_money(tvq)),
                ("Total qui sera facturé", fr_money(total)),
            ],
            bold_last=True,
        )
    }
<p>Carte utilisée : Visa •••• {
        VISA_OLD
    }. Pour modifier votre mode de paiement ou désactiver le renouvellement automatique, rendez-vous dans l'application BIXI.</p>
</td></tr>
<tr><td style="padding:14px 26px;background:#f2f2f2;font-size:11px;color:#666;">BIXI Montréal · 5945, avenue de Gaspé, bureau 405, Montréal (Québec) H2S 2X3</td></tr>"""
    add(
        at(D(2026, 3, 27), 10, 0),
        sender,
        "Votre abonnement BIXI sera renouvelé le 10 avril",
        html=html_page("BIXI", inner),
        labels=[BIXI],
        bstyle="sfmc",
    )
    inner = f"""
<tr><td style="padding:18px 26px;background:#d52b1e;color:#fff;font-size:26px;font-weight:bold;">BIXI</td></tr>
<tr><td style="padding:24px 26px;font-size:14px;color:#222;line-height:1.55;">
<h2 style="margin:0 0 10px;">Reçu</h2>
{
        kv_rows(
            [
                ("N° de transaction", "BX" + rdigits(9)),
                ("Date", fr_date(D(2026, 4, 10))),
                ("Produit", "Abonnement annuel (renouvellement automatique)"),
                ("Valide jusqu'au", fr_date(D(2027, 4, 10))),
                ("Sous-total", fr_money(base)),
                ("TPS 81452 6130 RT0001", fr_money(tps)),
                ("TVQ 1212345678 TQ0001", fr_money(tvq)),
                ("Total", fr_money(total)),
            ],
            bold_last=True,
        )
    }
<p>Les 45 premières minutes de chaque trajet en vélo régulier sont incluses. Bonne saison!</p>
</td></tr>"""
    add(
        at(D(2026, 4, 10), 6, 2),
        ("BIXI Montréal", "recus@bixi.com"),
        "Reçu – Abonnement annuel BIXI",
        html=html_page("Reçu BIXI", inner),
        labels=[BIXI],
        bstyle="sfmc",
    )
    inner = f"""
<tr><td style="padding:18px 26px;background:#d52b1e;color:#fff;font-size:26px;font-weight:bold;">BIXI</td></tr>
<tr><td style="padding:24px 26px;font-size:15px;color:#222;line-height:1.55;">
<p>Merci pour cette belle saison, Émilie!</p>
<p>En 2026, vous avez fait <strong>87 trajets</strong> et parcouru <strong>312 km</strong>. Votre station préférée : Rachel / Saint-Denis.</p>
<p>Les vélos à assistance électrique restent disponibles cet hiver dans certaines stations. Votre abonnement annuel est valide jusqu'au {fr_date(D(2027, 4, 10))} et sera renouvelé automatiquement.</p>
</td></tr>
<tr><td style="padding:14px 26px;background:#f2f2f2;font-size:11px;color:#666;"><a href="https://bixi.com/fr/desabonnement">Se désabonner</a></td></tr>"""
    add(
        at(D(2026, 11, 16), 12, 0),
        ("BIXI Montréal", "info@bixi.com"),
        "Votre bilan de la saison 2026 🚲",
        html=html_page("Bilan BIXI", inner),
        labels=[BIXI],
        unsubscribe="https://bixi.com/fr/desabonnement",
        bstyle="sfmc",
    )


# --------------------------------------------------------------------------------------------
# ICI TOU.TV EXTRA: monthly, card expired, payment failed, ended
# --------------------------------------------------------------------------------------------


def toutv() -> None:
    sender = ("ICI TOU.TV", "extra@tou.tv")
    base = Decimal("7.99")
    tps, tvq, total = qc_taxes(base)

    def page(title: str, body: str) -> str:
        inner = f"""
<tr><td style="padding:20px 28px;background:#000;color:#fff;font-size:22px;font-weight:bold;font-family:Arial,sans-serif;">ICI <span style="color:#f6c700;">TOU.TV</span> EXTRA</td></tr>
<tr><td style="padding:24px 28px;font-family:Arial,sans-serif;font-size:14px;color:#222;line-height:1.55;">{body}</td></tr>
<tr><td style="padding:14px 28px;background:#eee;font-size:11px;color:#666;font-family:Arial,sans-serif;">Société Radio-Canada · 1400, boulevard René-Lévesque Est, Montréal (Québec) H2L 2M2 · TPS 12149 2563 RT0001 · TVQ 1006155618 TQ0001</td></tr>"""
        return html_page(title, inner)

    for d in [D(2026, 1, 9), D(2026, 5, 9)]:
        body = f"""
<p>Bonjour Émilie,</p>
<p>Merci! Votre abonnement à l'EXTRA a été renouvelé.</p>
{
            kv_rows(
                [
                    ("Date", fr_date(d)),
                    ("Abonnement", "EXTRA – mensuel"),
                    ("Prix", fr_money(base)),
                    ("TPS", fr_money(tps)),
                    ("TVQ", fr_money(tvq)),
                    ("Total", fr_money(total)),
                ],
                bold_last=True,
            )
        }
<p>Payé par Visa se terminant par {VISA_OLD}. Prochain renouvellement : {fr_date(add_months(d, 1))}.</p>"""
        add(
            at(d, 4, RNG.randrange(60)),
            sender,
            "Reçu de paiement – EXTRA",
            html=page("Reçu", body),
            labels=[TOUTV],
        )

    body = f"""
<p>Bonjour Émilie,</p>
<p>Nous n'avons pas pu traiter le paiement de {fr_money(total)} pour votre abonnement à l'EXTRA prévu le {fr_date(D(2026, 8, 9))}. La carte Visa se terminant par {VISA_OLD} semble être expirée.</p>
<p>Pour continuer à profiter de l'EXTRA sans interruption, veuillez mettre à jour votre mode de paiement. Nous tenterons de nouveau le prélèvement dans quelques jours.</p>
<p style="margin:22px 0;"><a href="https://ici.tou.tv/compte/paiement" style="background:#f6c700;color:#000;padding:12px 22px;text-decoration:none;font-weight:bold;">Mettre à jour mon mode de paiement</a></p>"""
    add(
        at(D(2026, 8, 9), 4, 31),
        sender,
        "Échec du paiement de votre abonnement EXTRA",
        html=page("Échec du paiement", body),
        labels=[TOUTV],
    )
    body = f"""
<p>Bonjour Émilie,</p>
<p>Dernier rappel : le paiement de votre abonnement à l'EXTRA n'a toujours pas pu être traité. Sans mise à jour de votre mode de paiement d'ici le {fr_date(D(2026, 8, 23))}, votre abonnement prendra fin.</p>
<p style="margin:22px 0;"><a href="https://ici.tou.tv/compte/paiement" style="background:#f6c700;color:#000;padding:12px 22px;text-decoration:none;font-weight:bold;">Mettre à jour</a></p>"""
    add(
        at(D(2026, 8, 16), 4, 30),
        sender,
        "Dernier rappel : mettez à jour votre mode de paiement",
        html=page("Rappel", body),
        labels=[TOUTV],
    )
    body = """
<p>Bonjour Émilie,</p>
<p>Faute de paiement, votre abonnement à l'EXTRA a pris fin le 23 août 2026. Vous avez toujours accès gratuitement au contenu d'ICI TOU.TV.</p>
<p>Vous pouvez vous réabonner en tout temps à partir de votre compte.</p>"""
    add(
        at(D(2026, 8, 24), 4, 30),
        sender,
        "Votre abonnement à l'EXTRA a pris fin",
        html=page("Fin de l'abonnement", body),
        labels=[TOUTV],
    )


# --------------------------------------------------------------------------------------------
# Antidote+ (Druide informatique): yearly, renewal notice before December
# --------------------------------------------------------------------------------------------


def antidote() -> None:
    sender = ("Druide informatique", "boutique@druide.com")
    base = Decimal("89.95")
    tps, tvq, total = qc_taxes(base)
    text = f"""Druide informatique inc.
Confirmation de paiement

Bonjour Émilie Tremblay,

Votre abonnement Antidote+ a été renouvelé. Merci de votre confiance!

Commande : DR-{rdigits(7)}
Date : {fr_date(D(2025, 12, 10))}

Antidote+ - abonnement annuel (1 personne, 3 appareils)   {fr_money(base, nb=" ")}
TPS (n° 14092 8872 RT0001)                                 {fr_money(tps, nb=" ")}
TVQ (n° 1012254871 TQ0001)                                 {fr_money(tvq, nb=" ")}
Total payé                                                 {fr_money(total, nb=" ")}

Payé par Visa ****{VISA_OLD}
Période : du 10 décembre 2025 au 9 décembre 2026

Votre abonnement sera renouvelé automatiquement chaque année. Vous pouvez gérer le
renouvellement dans votre Espace client : https://www.druide.com/fr/espace-client

Druide informatique inc., 1435, rue Saint-Alexandre, bureau 1040, Montréal (Québec) H3A 2G4
"""
    add(
        at(D(2025, 12, 10), 1, 14),
        sender,
        "Confirmation de paiement – Antidote+",
        text=text,
        labels=[ANTIDOTE],
    )

    inner = """
<tr><td style="padding:20px 28px;background:#1f3c88;color:#fff;font-size:22px;">Antidote</td></tr>
<tr><td style="padding:24px 28px;font-size:14px;color:#222;line-height:1.55;">
<p>Bonjour Émilie,</p>
<p>La nouvelle version d'Antidote est arrivée : correction en temps réel dans tous vos logiciels, nouveaux guides de rédaction inclusive et dictionnaire des cooccurrences enrichi.</p>
<p>Les abonnés d'Antidote+ reçoivent toutes les nouveautés automatiquement, sans frais supplémentaires.</p>
<p><a href="https://www.antidote.info/fr/nouveautes">Découvrir les nouveautés</a></p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#777;">Druide informatique inc. · <a href="https://www.druide.com/fr/desabonnement">Se désabonner</a></td></tr>"""
    add(
        at(D(2026, 5, 20), 10, 0),
        ("Antidote", "nouvelles@druide.com"),
        "Quoi de neuf dans Antidote?",
        html=html_page("Antidote", inner),
        unsubscribe="https://www.druide.com/fr/desabonnement",
        bstyle="sfmc",
    )

    text = f"""Bonjour Émilie Tremblay,

Votre abonnement Antidote+ sera renouvelé automatiquement le 10 décembre 2026.

Montant : {fr_money(base, nb=" ")} + taxes ({fr_money(total, nb=" ")} au total)
Carte   : Visa ****{VISA_NEW}

Vous n'avez rien à faire pour continuer à utiliser Antidote. Pour modifier votre
mode de paiement ou désactiver le renouvellement automatique, rendez-vous dans votre
Espace client : https://www.druide.com/fr/espace-client

L'équipe de Druide
"""
    add(
        at(D(2026, 11, 19), 9, 30),
        sender,
        "Votre abonnement Antidote+ sera renouvelé le 10 décembre",
        text=text,
        labels=[ANTIDOTE],
    )


# --------------------------------------------------------------------------------------------
# Not subscriptions: Centraide (monthly donation), union dues notice, tax authorities,
# Interac e-Transfers, shops, travel, marketing, bank, personal mail
# --------------------------------------------------------------------------------------------


def centraide() -> None:
    sender = ("Centraide du Grand Montréal", "donateurs@centraide-mtl.org")
    pdf = minimal_pdf(
        [
            "Centraide du Grand Montreal",
            "Recu officiel aux fins de l'impot sur le revenu - 2025",
            "Donatrice : Emilie Tremblay",
            "Dons mensuels : 12 x 25,00 $ = 300,00 $",
            "No d'enregistrement d'organisme de bienfaisance : 10795 7524 RR0001",
        ]
    )
    text = """Bonjour Émilie,

Merci pour votre générosité en 2025! Votre reçu officiel aux fins de l'impôt est joint
à ce courriel.

Total de vos dons en 2025 : 300,00 $ (12 dons mensuels de 25,00 $)

Grâce à vous, plus de 350 organismes communautaires du Grand Montréal ont pu
soutenir des personnes en situation de pauvreté et d'exclusion.

L'équipe Centraide du Grand Montréal
493, rue Sherbrooke Ouest, Montréal (Québec) H3A 1B6
N° d'enregistrement : 10795 7524 RR0001
"""
    add(
        at(D(2026, 2, 20), 10, 5),
        sender,
        "Votre reçu fiscal 2025",
        text=text,
        attachments=[("Recu_fiscal_2025_Centraide.pdf", pdf, "application/pdf")],
    )
    inner = """
<tr><td style="padding:18px 26px;background:#e5007d;color:#fff;font-size:22px;font-weight:bold;">Centraide</td></tr>
<tr><td style="padding:24px 26px;font-size:15px;color:#222;line-height:1.55;">
<p>Bonjour Émilie,</p>
<p>Votre don mensuel de 25&nbsp;$, prélevé le 15 de chaque mois, aide chaque jour des familles de Montréal-Nord, d'Hochelaga et de Parc-Extension.</p>
<p>Cet été, votre soutien a permis à 1&nbsp;200 enfants de fréquenter un camp de jour.</p>
<p>Merci d'être là, mois après mois.</p>
</td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#777;"><a href="https://www.centraide.org/desabonnement">Se désabonner</a></td></tr>"""
    add(
        at(D(2026, 6, 10), 11, 30),
        ("Centraide du Grand Montréal", "nouvelles@centraide-mtl.org"),
        "Votre don mensuel en action",
        html=html_page("Centraide", inner),
        unsubscribe="https://www.centraide.org/desabonnement",
        bstyle="sfmc",
    )
    inner = """
<tr><td style="padding:18px 26px;background:#e5007d;color:#fff;font-size:22px;font-weight:bold;">Centraide</td></tr>
<tr><td style="padding:24px 26px;font-size:15px;color:#222;line-height:1.55;">
<p>Bonjour Émilie,</p>
<p>La campagne 2026 est lancée. Le coût du logement et de l'épicerie pousse de plus en plus de familles vers les banques alimentaires.</p>
<p>Pourriez-vous augmenter votre don mensuel de 5&nbsp;$? Chaque dollar reste dans le Grand Montréal.</p>
<p style="margin:22px 0;"><a href="https://www.centraide.org/donner" style="background:#e5007d;color:#fff;padding:12px 22px;text-decoration:none;">J'augmente mon don</a></p>
</td></tr>"""
    add(
        at(D(2026, 10, 15), 9, 0),
        ("Centraide du Grand Montréal", "nouvelles@centraide-mtl.org"),
        "Campagne 2026 : ensemble, allons plus loin",
        html=html_page("Centraide", inner),
        unsubscribe="https://www.centraide.org/desabonnement",
        bstyle="sfmc",
    )


def union() -> None:
    text = """Chères et chers membres,

Conformément à la décision de l'assemblée générale du 4 décembre 2025, le taux de la
cotisation syndicale passera de 1,50 % à 1,55 % du salaire brut à compter de la paie
du 15 janvier 2026.

La cotisation est retenue à la source par l'Université à chaque paie (aux deux
semaines) et apparaît sur votre talon de paie sous « Cotisation syndicale SCFP 1244 ».
Elle est déductible d'impôt et figure sur vos relevés T4 et RL-1.

Aucune démarche n'est requise de votre part.

Solidairement,

Le comité exécutif
Syndicat des employé-es de l'Université de Montréal (SEUM), section locale 1244 du SCFP
"""
    add(
        at(D(2026, 1, 12), 12, 2),
        ("SEUM - SCFP 1244", "info@seum1244.org"),
        "Nouveau taux de cotisation syndicale au 15 janvier 2026",
        text=text,
        to="membres@listes.seum1244.org",
    )


def governments() -> None:
    text = """Bonjour,

Un nouveau document est disponible dans votre espace Mon dossier pour les citoyens.

Document : Avis de cotisation - Déclaration de revenus 2025

Pour le consulter, ouvrez une session dans Mon dossier à partir du site Web de
Revenu Québec : revenuquebec.ca

Pour des raisons de sécurité, ce courriel ne contient aucun renseignement personnel
et aucun lien vers une page de connexion. Revenu Québec ne vous demandera jamais de
renseignements personnels par courriel ou par texto.

Revenu Québec
"""
    add(
        at(D(2026, 4, 28), 8, 2),
        ("Revenu Québec", "ne-pas-repondre@revenuquebec.ca"),
        "Nouveau document dans Mon dossier",
        text=text,
        charset="iso-8859-1",
    )
    text = """Bonjour,

Un versement du crédit d'impôt pour solidarité a été déposé dans votre compte.

Versement de juillet 2026 : 97,42 $

Le crédit d'impôt pour solidarité est versé mensuellement. Les détails sont dans
Mon dossier pour les citoyens.

Revenu Québec
"""
    add(
        at(D(2026, 7, 6), 5, 40),
        ("Revenu Québec", "ne-pas-repondre@revenuquebec.ca"),
        "Crédit d'impôt pour solidarité – versement",
        text=text,
        charset="iso-8859-1",
    )
    text = """(English follows)

Bonjour,

Vous avez du nouveau courrier dans Mon dossier de l'Agence du revenu du Canada (ARC).
Pour le consulter, connectez-vous à Mon dossier : canada.ca/mon-dossier-arc

L'ARC n'inclut jamais de liens dans ses courriels et ne vous demandera jamais vos
renseignements personnels par courriel.

Agence du revenu du Canada

---

Hello,

You have new mail in My Account from the Canada Revenue Agency (CRA). To view it,
sign in to My Account: canada.ca/my-cra-account

Canada Revenue Agency
"""
    add(
        at(D(2026, 5, 5), 6, 15),
        ("Agence du revenu du Canada / Canada Revenue Agency", "notification@cra-arc.gc.ca"),
        "Vous avez du nouveau courrier / You have new mail",
        text=text,
        cte="quoted-printable",
    )
    text = """(English follows)

Bonjour,

Un paiement du crédit pour la taxe sur les produits et services / taxe de vente
harmonisée (TPS/TVH) sera déposé dans votre compte le 3 juillet 2026.

Montant : 129,50 $

Agence du revenu du Canada

---

Hello,

A goods and services tax / harmonized sales tax (GST/HST) credit payment will be
deposited to your account on July 3, 2026.

Amount: $129.50

Canada Revenue Agency
"""
    add(
        at(D(2026, 7, 3), 6, 2),
        ("Agence du revenu du Canada / Canada Revenue Agency", "notification@cra-arc.gc.ca"),
        "Paiement de l'ARC / CRA payment",
        text=text,
    )


def interac() -> None:
    sender = ("Virement INTERAC", "notify@payments.interac.ca")
    text = """Bonjour ÉMILIE TREMBLAY,

JULIE BERGERON vous a envoyé 42,50 $ (CAD) et l'argent a été déposé automatiquement
dans votre compte à Desjardins.

Message : Ma part du souper au Bouillon Bilk 🍷 merci!

Numéro de référence : CA1Mh7{ref}

Ne répondez pas à ce courriel. Interac Corp. ne vous demandera jamais de
renseignements personnels par courriel.

® Marque de commerce d'Interac Corp. utilisée sous licence.
""".replace("{ref}", ralnum(6))
    add(
        at(D(2026, 1, 18), 22, 14),
        sender,
        "Virement INTERAC : JULIE BERGERON vous a envoyé 42,50 $ et l'argent a été déposé automatiquement.",
        text=text,
        mid_domain="payments.interac.ca",
    )
    text = f"""Bonjour ÉMILIE TREMBLAY,

Votre virement INTERAC de 80,00 $ (CAD) à MARC-ANDRÉ GAGNON a été déposé.

Message : Billets Osheaga - merci de les avoir achetés!

Numéro de référence : CA1MQ{ralnum(7)}

® Marque de commerce d'Interac Corp. utilisée sous licence.
"""
    add(
        at(D(2026, 6, 21), 13, 40),
        sender,
        "Virement INTERAC : votre virement à MARC-ANDRÉ GAGNON a été déposé",
        text=text,
        mid_domain="payments.interac.ca",
    )
    text = f"""Bonjour ÉMILIE TREMBLAY,

SOPHIE LAVOIE vous a envoyé une demande d'argent INTERAC de 35,00 $ (CAD).

Message : Cadeau de fête pour Catherine (ta part) 🎁

Pour accepter la demande, connectez-vous à votre institution financière.
Cette demande expire le 5 octobre 2026.

Numéro de référence : CA1RQ{ralnum(7)}

® Marque de commerce d'Interac Corp. utilisée sous licence.
"""
    add(
        at(D(2026, 9, 5), 18, 3),
        sender,
        "Demande d'argent INTERAC : SOPHIE LAVOIE vous a envoyé une demande de 35,00 $",
        text=text,
        mid_domain="payments.interac.ca",
    )


def shops() -> None:
    # SAQ
    items = [
        ("Château Pesquié Terrasses 2022", "20,95"),
        ("Domaine Pinnacle Cidre de glace", "24,45"),
        ("Clos Jordanne Le Grand Clos Chardonnay", "44,95"),
        ("Bouteille de gin Ungava 750 ml", "43,75"),
    ]
    sub = sum(Decimal(p.replace(",", ".")) for _, p in items)
    tps, tvq, total = qc_taxes(sub)
    rows = "".join(
        f'<tr><td style="padding:4px 0;">{n}</td><td align="right">{p}&nbsp;$</td></tr>' for n, p in items
    )
    inner = f"""
<tr><td style="padding:18px 26px;background:#000;color:#fff;font-size:24px;font-weight:bold;">SAQ</td></tr>
<tr><td style="padding:24px 26px;font-size:14px;color:#222;line-height:1.5;">
<p>Bonjour Émilie,</p><p>Merci pour votre commande sur SAQ.com. Elle sera prête à la succursale <strong>SAQ Sélection Mont-Royal</strong> d'ici 2 jours ouvrables.</p>
<p>Commande n° 10{rdigits(7)}</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="font-size:13px;">{rows}
<tr><td style="padding:4px 0;color:#666;">TPS</td><td align="right">{fr_money(tps)}</td></tr>
<tr><td style="padding:4px 0;color:#666;">TVQ</td><td align="right">{fr_money(tvq)}</td></tr>
<tr><td style="padding:8px 0;border-top:1px solid #000;font-weight:bold;">Total</td><td align="right" style="border-top:1px solid #000;font-weight:bold;">{fr_money(total)}</td></tr></table>
<p>Vous avez accumulé 178 points SAQ Inspire avec cet achat.</p></td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#777;">Société des alcools du Québec · 7500, rue Tellier, Montréal (Québec) H1N 3W5</td></tr>"""
    add(
        at(D(2025, 12, 18), 19, 22),
        ("SAQ", "commande@saq.com"),
        "Confirmation de votre commande SAQ.com",
        html=html_page("SAQ", inner),
    )
    inner = """
<tr><td style="padding:18px 26px;background:#7a1f3d;color:#fff;font-size:22px;">SAQ Inspire</td></tr>
<tr><td style="padding:24px 26px;font-size:15px;color:#222;line-height:1.5;">
<p>Émilie, vos offres personnalisées de la semaine sont arrivées!</p>
<p><strong>Points bonis ×3</strong> sur les rosés du Portugal et les bières de microbrasseries du Québec, jusqu'au 14 juin.</p>
<p><a href="https://www.saq.com/fr/inspire">Voir mes offres</a></p></td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#777;"><a href="https://www.saq.com/fr/desabonnement">Se désabonner</a></td></tr>"""
    add(
        at(D(2026, 6, 4), 7, 0),
        ("SAQ Inspire", "inspire@communications.saq.com"),
        "Vos offres SAQ Inspire de la semaine 🍷",
        html=html_page("SAQ Inspire", inner),
        unsubscribe="https://www.saq.com/fr/desabonnement",
        bstyle="sfmc",
    )

    # IGA
    inner = f"""
<tr><td style="padding:18px 26px;background:#e31837;color:#fff;font-size:24px;font-weight:bold;">IGA</td></tr>
<tr><td style="padding:24px 26px;font-size:14px;color:#222;line-height:1.5;">
<p>Bonjour Émilie,</p><p>Votre commande en ligne est confirmée.</p>
{
        kv_rows(
            [
                ("N° de commande", "IGA-" + rdigits(8)),
                ("Magasin", "IGA extra Famille Jodoin – Mont-Royal"),
                ("Livraison", "samedi 14 mars, 10 h – 12 h"),
                ("Sous-total (94 articles)", fr_money(Decimal("171.38"))),
                ("Frais de livraison", fr_money(Decimal("7.99"))),
                ("TPS", fr_money(Decimal("1.07"))),
                ("TVQ", fr_money(Decimal("2.14"))),
                ("Total estimé", fr_money(Decimal("182.58"))),
            ],
            bold_last=True,
        )
    }
<p style="font-size:12px;color:#666;">Le montant final peut varier selon le poids des produits. Vous avez accumulé 1 712 points SCENE+.</p></td></tr>"""
    add(
        at(D(2026, 3, 12), 20, 45),
        ("IGA", "commandes@iga.net"),
        "Votre commande IGA est confirmée",
        html=html_page("IGA", inner),
    )
    inner = """
<tr><td style="padding:18px 26px;background:#e31837;color:#fff;font-size:24px;font-weight:bold;">IGA</td></tr>
<tr><td style="padding:24px 26px;font-size:15px;color:#222;line-height:1.5;">
<p>La circulaire de la semaine est arrivée, Émilie!</p>
<p>Pommes Cortland du Québec 3,99&nbsp;$ le sac de 3 lb · Poulet entier 2,49&nbsp;$/lb · Café Van Houtte 9,99&nbsp;$</p>
<p><a href="https://www.iga.net/fr/circulaire">Voir la circulaire</a></p></td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#777;"><a href="https://www.iga.net/fr/desabonnement">Se désabonner</a></td></tr>"""
    add(
        at(D(2026, 10, 8), 6, 0),
        ("IGA", "circulaire@iga.net"),
        "Votre circulaire IGA de la semaine",
        html=html_page("IGA", inner),
        unsubscribe="https://www.iga.net/fr/desabonnement",
        bstyle="sfmc",
    )


def travel() -> None:
    # Air Canada: YUL-CDG for two
    fare = Decimal("1684.62")
    inner = f"""
<tr><td style="padding:18px 26px;background:#000;color:#fff;font-size:22px;">AIR CANADA <span style="color:#f01428;">✈</span></td></tr>
<tr><td style="padding:24px 26px;font-size:14px;color:#222;line-height:1.5;">
<h2 style="margin:0 0 10px;">Confirmation de réservation</h2>
<p>Numéro de réservation : <strong>QX7R4M</strong></p>
<table role="presentation" width="100%" cellpadding="6" cellspacing="0" style="font-size:13px;border:1px solid #ddd;">
<tr style="background:#f3f3f3;"><td>Vol</td><td>Départ</td><td>Arrivée</td></tr>
<tr><td>AC870</td><td>Montréal (YUL) – sam. 25 juil. 2026, 19 h 05</td><td>Paris (CDG) – dim. 26 juil. 2026, 07 h 50</td></tr>
<tr><td>AC871</td><td>Paris (CDG) – dim. 9 août 2026, 10 h 30</td><td>Montréal (YUL) – dim. 9 août 2026, 12 h 15</td></tr>
</table>
<p>Passagers : Émilie Tremblay, Daniel Cohen · Tarif : Économique Standard</p>
{
        kv_rows(
            [
                ("Tarif aérien (2 passagers)", fr_money(Decimal("1020.00"))),
                ("Taxes, frais et droits", fr_money(Decimal("664.62"))),
                ("Total payé", fr_money(fare)),
            ],
            bold_last=True,
        )
    }
<p>Vous accumulerez 3 400 points Aéroplan par passager.</p></td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#777;">Air Canada, C.P. 64239, RPO Thorncliffe, Calgary (Alberta) T2K 6J7</td></tr>"""
    add(
        at(D(2026, 5, 3), 21, 17),
        ("Air Canada", "confirmation@aircanada.ca"),
        "Confirmation de réservation – QX7R4M – Montréal – Paris",
        html=html_page("Air Canada", inner),
    )
    inner = """
<tr><td style="padding:18px 26px;background:#000;color:#fff;font-size:22px;">AIR CANADA</td></tr>
<tr><td style="padding:24px 26px;font-size:15px;color:#222;line-height:1.5;">
<p>Bonjour Émilie,</p><p>L'enregistrement est maintenant ouvert pour votre vol AC870 Montréal (YUL) – Paris (CDG) du 25 juillet.</p>
<p><a href="https://www.aircanada.com/enregistrement" style="background:#f01428;color:#fff;padding:10px 20px;text-decoration:none;">Enregistrez-vous</a></p></td></tr>"""
    add(
        at(D(2026, 7, 24), 19, 5),
        ("Air Canada", "info@notification.aircanada.ca"),
        "Enregistrez-vous maintenant pour votre vol vers Paris",
        html=html_page("Air Canada", inner),
    )
    inner = """
<tr><td style="padding:18px 26px;background:#1a1a1a;color:#fff;font-size:22px;">Aéroplan</td></tr>
<tr><td style="padding:24px 26px;font-size:15px;color:#222;line-height:1.5;">
<p>Émilie, votre solde : <strong>12 846 points</strong>.</p>
<p>Obtenez jusqu'à 60 000 points en adhérant à la carte Visa Infinite Aéroplan (frais annuels de 139&nbsp;$). Offre d'une durée limitée.</p>
<p><a href="https://www.aircanada.com/aeroplan/cartes">En savoir plus</a></p></td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#777;"><a href="https://www.aircanada.com/aeroplan/desabonnement">Se désabonner</a></td></tr>"""
    add(
        at(D(2026, 9, 17), 10, 30),
        ("Aéroplan", "aeroplan@info.aircanada.ca"),
        "Émilie, gagnez jusqu'à 60 000 points",
        html=html_page("Aéroplan", inner),
        unsubscribe="https://www.aircanada.com/aeroplan/desabonnement",
        bstyle="sfmc",
    )

    # VIA Rail
    text = f"""VIA Rail Canada - Confirmation de votre achat

Bonjour Émilie Tremblay,

Merci d'avoir choisi VIA Rail. Voici votre billet électronique.

Numéro de réservation : 9K{ralnum(4)}
Train 22 - Montréal (Gare Centrale) → Québec (Gare du Palais)
Vendredi 6 mars 2026 - départ 16 h 00, arrivée 19 h 21
Train 33 - Québec → Montréal
Dimanche 8 mars 2026 - départ 15 h 05, arrivée 18 h 20

Passagère : Émilie Tremblay - Classe Économie (Évasion)

Tarif                     108,61 $
TPS/TVH                     5,43 $
TVQ                        10,84 $
Total                     124,88 $

Payé par Visa ****{VISA_OLD}

Présentez votre billet électronique (code QR) au personnel à bord.

VIA Rail Canada inc., 3, Place Ville-Marie, bureau 500, Montréal (Québec) H3B 2C9
"""
    add(
        at(D(2026, 2, 20), 12, 33),
        ("VIA Rail Canada", "reservations@viarail.ca"),
        "Votre billet VIA Rail – Montréal – Québec",
        text=text,
        cte="quoted-printable",
    )
    text = """Bonjour Émilie,

Votre voyage approche! Train 22, Montréal → Québec, vendredi 6 mars 2026 à 16 h 00.

L'embarquement se termine 15 minutes avant le départ. Bon voyage!

VIA Rail Canada
"""
    add(
        at(D(2026, 3, 5), 9, 0),
        ("VIA Rail Canada", "info@viarail.ca"),
        "Rappel de voyage : Montréal → Québec demain",
        text=text,
    )


def marketing() -> None:
    inner = """
<tr><td style="padding:20px 26px;background:#14463e;color:#fff;font-size:24px;font-weight:bold;">Goodfood</td></tr>
<tr><td style="padding:24px 26px;font-size:15px;color:#222;line-height:1.5;">
<p>Bonjour Émilie,</p>
<p>Nouvelle année, nouvelles recettes! Obtenez <strong>50&nbsp;% de rabais sur vos 3 premières boîtes</strong> de prêt-à-cuisiner Goodfood, livrées chez vous à Montréal.</p>
<p>À partir de 8,99&nbsp;$ par portion. Sautez une semaine ou annulez en tout temps.</p>
<p style="margin:22px 0;"><a href="https://www.makegoodfood.ca/fr/offre" style="background:#ff6b35;color:#fff;padding:12px 22px;text-decoration:none;">J'en profite</a></p></td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#777;">Goodfood Market Corp. · <a href="https://www.makegoodfood.ca/fr/desabonnement">Se désabonner</a></td></tr>"""
    add(
        at(D(2026, 1, 8), 11, 0),
        ("Goodfood", "bonjour@makegoodfood.ca"),
        "Émilie, 50 % de rabais sur vos 3 premières boîtes",
        html=html_page("Goodfood", inner),
        unsubscribe="https://www.makegoodfood.ca/fr/desabonnement",
        bstyle="sfmc",
    )
    inner = """
<tr><td style="padding:20px 26px;background:#00549a;color:#fff;font-size:26px;font-weight:bold;">Bell</td></tr>
<tr><td style="padding:24px 26px;font-size:15px;color:#222;line-height:1.5;">
<p>Bonjour,</p>
<p>Internet Gigabit Fibe 3.0 est maintenant offert à votre adresse du Plateau-Mont-Royal.</p>
<p><strong>75&nbsp;$ par mois pendant 24 mois</strong> avec Télé Fibe et un Apple TV 4K inclus. Installation gratuite.</p>
<p style="margin:22px 0;"><a href="https://www.bell.ca/fibe" style="background:#00549a;color:#fff;padding:12px 22px;text-decoration:none;">Vérifier la disponibilité</a></p>
<p style="font-size:11px;color:#777;">Taxes en sus. Le prix augmente de 5&nbsp;$/mois après la période promotionnelle. Bell Canada, 1, carrefour Alexander-Graham-Bell, Verdun (Québec) H3E 3B3.</p></td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#777;"><a href="https://www.bell.ca/desabonnement">Se désabonner</a></td></tr>"""
    add(
        at(D(2026, 4, 28), 16, 20),
        ("Bell", "offres@bell.ca"),
        "Internet Fibe 3 Gbit/s maintenant offert chez vous",
        html=html_page("Bell", inner),
        unsubscribe="https://www.bell.ca/desabonnement",
        bstyle="sfmc",
    )
    inner = """
<tr><td style="padding:20px 26px;background:#0b1b4d;color:#fff;font-size:26px;font-weight:bold;">Disney+</td></tr>
<tr><td style="padding:24px 26px;font-size:15px;color:#222;line-height:1.5;">
<p>Offre des Fêtes : <strong>Disney+ Standard avec publicités à 2,99&nbsp;$ par mois pendant 3 mois</strong>.</p>
<p>Marvel, Star Wars, Pixar et plus. Offre pour les nouveaux abonnés et les abonnés de retour admissibles, jusqu'au 31 décembre 2025.</p>
<p style="margin:22px 0;"><a href="https://www.disneyplus.com/fr-ca/offre" style="background:#0063e5;color:#fff;padding:12px 22px;text-decoration:none;">Abonnez-vous</a></p></td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#777;">Disney Streaming Services Canada · <a href="https://www.disneyplus.com/fr-ca/desabonnement">Se désabonner</a></td></tr>"""
    add(
        at(D(2025, 12, 26), 13, 0),
        ("Disney+", "disneyplus@mail.disneyplus.com"),
        "Offre des Fêtes : Disney+ à 2,99 $/mois",
        html=html_page("Disney+", inner),
        unsubscribe="https://www.disneyplus.com/fr-ca/desabonnement",
        zone="pac",
        bstyle="sfmc",
    )


def bank() -> None:
    sender = ("Desjardins", "accesd@desjardins.com")
    text = """Bonjour Émilie Tremblay,

Votre relevé de compte de janvier 2026 est disponible dans AccèsD.

Folio : ****2-6671 - Caisse Desjardins du Plateau-Mont-Royal

Pour le consulter, connectez-vous à AccèsD sur desjardins.com ou dans l'application
Services mobiles Desjardins.

Desjardins ne vous demandera jamais de renseignements personnels ou bancaires par
courriel ou par texto.
"""
    add(
        at(D(2026, 2, 3), 4, 12),
        sender,
        "Votre relevé de compte est disponible",
        text=text,
        charset="iso-8859-1",
    )
    text = f"""Bonjour Émilie Tremblay,

Votre carte Visa Desjardins Remises se terminant par {VISA_OLD} arrive à échéance en
juillet 2026. Votre nouvelle carte, se terminant par {VISA_NEW}, vous a été postée.

N'oubliez pas de mettre à jour vos paiements préautorisés et vos abonnements en ligne
avec le numéro et la date d'expiration de votre nouvelle carte.

Desjardins - Cartes de crédit
"""
    add(
        at(D(2026, 7, 2), 10, 45),
        ("Desjardins Cartes", "cartes@desjardins.com"),
        "Votre nouvelle carte Visa Desjardins est en route",
        text=text,
        charset="iso-8859-1",
    )


def personal() -> None:
    julie = ("Julie Bergeron", "julie.bergeron88@gmail.com")
    ruth = ("Ruth Cohen", "ruthcohen@sympatico.ca")
    text = """Allo ma belle!

Souper chez nous samedi? Vers 18 h 30. Marc-André fait son fameux osso buco.
Amenez Léa, les enfants vont jouer en bas.

Dis-moi si ça marche!
Ju xx
"""
    add(
        at(D(2026, 1, 14), 12, 41),
        julie,
        "Souper samedi?",
        text=text,
        cte="8bit",
        bstyle="gmail",
        mid_domain="mail.gmail.com",
    )
    text = """Hi Emilie and Danny,

Just confirming the Seder on Wednesday April 1st, 6 pm at our place in Côte-Saint-Luc.
Could you bring the charoset and maybe a bottle of kosher wine from the SAQ?
Léa is welcome to sleep over.

Love,
Ruth
"""
    add(
        at(D(2026, 3, 25), 9, 17), ruth, "Seder on the 1st", text=text, cc=DANIEL, cte="7bit", charset="utf-8"
    )
    text = """Em,

Pour le chalet à Saint-Donat (21-23 août) : Julie et Marc-André confirment. J'ai
réservé la Honda, pas besoin de Communauto. Je m'occupe de l'épicerie au IGA jeudi.

Dan
"""
    add(at(D(2026, 8, 12), 18, 2), DANIEL, "chalet", text=text, cte="8bit", mid_domain="mail.gmail.com")
    text = """Coucou!

Voici les photos du chalet, c'était parfait. Léa était tellement contente de faire du kayak 🛶

https://photos.app.goo.gl/Xk3fPq7Lr2WbNc9a8

On remet ça l'an prochain!
Ju
"""
    add(
        at(D(2026, 8, 25), 20, 30),
        julie,
        "Photos du chalet 📸",
        text=text,
        cte="8bit",
        mid_domain="mail.gmail.com",
    )


# --------------------------------------------------------------------------------------------
# truth, meta, writing
# --------------------------------------------------------------------------------------------


def cardio_next() -> dt.date:
    d = D(2025, 12, 5)
    while d <= TODAY:
        d += dt.timedelta(days=14)
    return d


def truth() -> list[dict]:
    def t(name, aliases, amount, cycle, status, nxt, kind):
        return {
            "name": name,
            "aliases": aliases,
            "amount": amount,
            "currency": "CAD",
            "cycle": cycle,
            "status": status,
            "next_renewal": nxt,
            "kind": kind,
        }

    return [
        t(
            HQ,
            ["Hydro Québec", "Hydro-Quebec", "Hydro Quebec", "Hydro-Québec MVE"],
            "148.00",
            "monthly",
            "active",
            "2026-12-12",
            "bill",
        ),
        t(
            VID,
            ["Videotron", "Vidéotron Helix", "Videotron Helix", "Helix"],
            "132.22",
            "monthly",
            "active",
            "2026-12-09",
            "bill",
        ),
        t(FIZZ, ["Fizz Mobile", "Fizz mobile 30 Go"], "39.09", "monthly", "active", "2026-12-14", "bill"),
        t(
            STM,
            ["STM", "OPUS à l'année", "OPUS a l'annee", "Société de transport de Montréal", "STM OPUS"],
            "100.00",
            "monthly",
            "active",
            "2026-12-20",
            "subscription",
        ),
        t(
            DESJ,
            [
                "Desjardins Assurances",
                "Desjardins Assurance habitation",
                "Desjardins Insurance",
                "Desjardins Assurances générales",
            ],
            "51.03",
            "monthly",
            "active",
            "2026-12-15",
            "bill",
        ),
        t(
            BELAIR,
            ["belairdirect assurance auto", "Belair Direct", "Belair", "belairdirect auto insurance"],
            "111.52",
            "monthly",
            "active",
            "2026-12-22",
            "bill",
        ),
        t(
            MTLTAX,
            [
                "Ville de Montréal",
                "Ville de Montreal",
                "Taxes foncières",
                "Compte de taxes foncières",
                "Taxes municipales",
            ],
            "1374.56",
            "semiannual",
            "active",
            "2026-12-01",
            "bill",
        ),
        t(
            SCOL,
            ["CGTSIM", "Taxe scolaire", "Comité de gestion de la taxe scolaire de l'île de Montréal"],
            "281.27",
            "yearly",
            "active",
            "2027-08-04",
            "bill",
        ),
        t(
            CONDO,
            [
                "Frais de condo",
                "Charges communes",
                "Syndicat de copropriété Le Saint-Denis 4520",
                "Gestion Immobilière Carrier",
                "Le Saint-Denis 4520",
            ],
            "405.00",
            "monthly",
            "active",
            "2026-12-01",
            "bill",
        ),
        t(
            CARDIO,
            ["Energie Cardio", "Énergie Cardio Club Plateau"],
            "32.18",
            "biweekly",
            "active",
            cardio_next().isoformat(),
            "subscription",
        ),
        t(NETFLIX, ["Netflix Standard"], "24.13", "monthly", "active", "2026-12-18", "subscription"),
        t(
            CRAVE,
            ["Crave Premium sans pub", "Crave Premium"],
            "26.43",
            "monthly",
            "cancelled",
            None,
            "subscription",
        ),
        t(
            SPOTIFY,
            ["Spotify", "Spotify Famille", "Spotify Premium Family", "Premium Famille"],
            "25.28",
            "monthly",
            "active",
            "2026-12-07",
            "subscription",
        ),
        t(
            APPLE1,
            ["Apple One Individuel", "Apple One Individual"],
            "22.94",
            "monthly",
            "active",
            "2026-12-03",
            "subscription",
        ),
        t(
            PRIME,
            ["Prime", "Amazon.ca Prime", "Amazon Prime annuel"],
            "113.83",
            "yearly",
            "active",
            "2027-02-14",
            "subscription",
        ),
        t(
            DEVOIR,
            ["Le Devoir numérique", "Le Devoir Numérique complet", "ledevoir.com"],
            "22.98",
            "monthly",
            "active",
            "2026-12-11",
            "subscription",
        ),
        t(
            CPE,
            ["Les Petits Pinsons", "CPE", "Centre de la petite enfance Les Petits Pinsons"],
            "158.95",
            "monthly",
            "active",
            "2026-12-01",
            "subscription",
        ),
        t(
            LUFA,
            ["Fermes Lufa", "Les Fermes Lufa", "Lufa"],
            "35.00",
            "weekly",
            "active",
            "2026-12-01",
            "subscription",
        ),
        t(
            CAUTO,
            ["Communauto Valeur", "Communauto forfait Valeur"],
            "14.38",
            "monthly",
            "active",
            "2026-12-02",
            "subscription",
        ),
        t(
            BIXI,
            ["BIXI", "BIXI Montreal", "BIXI abonnement annuel"],
            "135.67",
            "yearly",
            "active",
            "2027-04-10",
            "subscription",
        ),
        t(
            TOUTV,
            ["Tou.tv Extra", "ICI TOU.TV", "TOU.TV EXTRA", "ICI TOU.TV l'EXTRA"],
            "9.19",
            "monthly",
            "inactive",
            None,
            "subscription",
        ),
        t(
            ANTIDOTE,
            ["Antidote", "Antidote Plus", "Druide", "Druide informatique"],
            "103.42",
            "yearly",
            "active",
            "2026-12-10",
            "subscription",
        ),
    ]


HARD_NEGATIVES = [
    "Hilo",
    "Club illico",
    "Bell",
    "Bell Fibe",
    "Goodfood",
    "Disney+",
    "La Presse",
    "Centraide",
    "Centraide du Grand Montréal",
    "SEUM - SCFP 1244",
    "SCFP 1244",
    "Revenu Québec",
    "Crédit d'impôt pour solidarité",
    "Agence du revenu du Canada",
    "Canada Revenue Agency",
    "Crédit pour la TPS/TVH",
    "Virement INTERAC",
    "Interac",
    "Julie Bergeron",
    "Marc-André Gagnon",
    "Sophie Lavoie",
    "Ruth Cohen",
    "Daniel Cohen",
    "SAQ",
    "SAQ Inspire",
    "IGA",
    "Air Canada",
    "Aéroplan",
    "VIA Rail",
    "VIA Rail Canada",
    "Caisse Desjardins",
    "AccèsD",
    "Visa Desjardins",
    "Desjardins Cartes",
    "Procreate Pocket",
    "Extra 5 Go",
    "Cuisinart Bouilloire électrique",
    "Herschel Sac à dos",
    "Lampe de lecture LED",
    "Cotisation spéciale",
    "Postes Canada",
]


def mbox_from_line(envelope: str, utc: dt.datetime) -> str:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return (
        f"From {envelope} {days[utc.weekday()]} {mons[utc.month - 1]} {utc.day:>2} "
        f"{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d} {utc.year}"
    )


def build() -> None:
    for fn in (
        hydro,
        videotron,
        fizz,
        stm,
        desjardins_assurances,
        belair,
        ville_montreal,
        cgtsim,
        condo,
        cardio,
        netflix,
        crave,
        spotify,
        apple,
        amazon,
        le_devoir,
        la_presse,
        cpe,
        lufa,
        communauto,
        bixi,
        toutv,
        antidote,
        centraide,
        union,
        governments,
        interac,
        shops,
        travel,
        marketing,
        bank,
        personal,
    ):
        fn()


def write() -> None:
    order = sorted(range(len(MESSAGES)), key=lambda i: (MESSAGES[i]["utc"], i))
    msgs = [MESSAGES[i] for i in order]
    names = {t["name"] for t in truth()}
    eml_dir = HERE / "eml"
    if eml_dir.exists():
        shutil.rmtree(eml_dir)
    eml_dir.mkdir(parents=True)
    index = []
    mbox = bytearray()
    for n, m in enumerate(msgs, 1):
        assert D(2025, 11, 25) < m["local"].date() <= TODAY, m["subject"]
        for lab in m["labels"]:
            assert lab in names, lab
        fname = f"{n:03d}-{m['local']:%Y%m%d}-{m['slug']}.eml"
        data = m["msg"].as_bytes(policy=policy.compat32.clone(linesep="\n"))
        if not data.endswith(b"\n"):
            data += b"\n"
        (eml_dir / fname).write_bytes(data)
        mbox += mbox_from_line(m["envelope"], m["utc"]).encode() + b"\n"
        for line in data.split(b"\n")[:-1]:
            if re.match(rb">*From ", line):
                line = b">" + line
            mbox += line + b"\n"
        mbox += b"\n"
        index.append({"file": fname, "from": m["from_name"], "subject": m["subject"], "labels": m["labels"]})
    (HERE / "mailbox.mbox").write_bytes(bytes(mbox))
    dump = lambda obj: json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
    (HERE / "truth.json").write_text(dump(truth()), encoding="utf-8")
    (HERE / "messages.json").write_text(dump(index), encoding="utf-8")
    meta = {"today": TODAY.isoformat(), "messages": len(msgs), "hard_negatives": HARD_NEGATIVES}
    (HERE / "meta.json").write_text(dump(meta), encoding="utf-8")
    digest = hashlib.sha256(bytes(mbox)).hexdigest()
    print(f"{len(msgs)} messages, {len(truth())} truths, mbox sha256 {digest[:16]}")


if __name__ == "__main__":
    build()
    write()
