#!/usr/bin/env python3
"""Mailbox of Lena Schmidt, Berlin-Prenzlauer Berg (email-files10, half `ber`).

A young family: Lena (UX designer), her partner Tomasz Nowak (forwards some mail, partly in
Polish) and their daughter Mila (4, Kita). Twelve months of mail ending on 2026-11-26.

Seeded and deterministic: rerunning writes the same bytes.
    .venv/bin/python bench/data/email-files10/ber/make.py
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
from decimal import ROUND_HALF_UP, Decimal
from email.header import Header
from email.utils import format_datetime, formataddr
from html import unescape
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 26)
rng = random.Random(1026_2611)

ME = ("Lena Schmidt", "lena.schmidt@posteo.de")
TOMASZ = ("Tomasz Nowak", "tomasz.nowak@gmail.com")
ADDRESS = ("Lena Schmidt", "Kollwitzstraße 48", "10405 Berlin")

MONTHS = [
    "",
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WD_SHORT = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
EN_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
PL_MONTHS = ["", "sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]

# ---------------------------------------------------------------- small helpers


def D(s: str) -> date:
    return date.fromisoformat(s)


def money(x) -> Decimal:
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def num(x, dec: int = 2) -> str:
    """German number: 1.234,56"""
    q = Decimal(str(x)).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)
    s = f"{q:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def eur(x) -> str:
    return f"{num(x)} €"


def eur_pre(x) -> str:
    return f"EUR {num(x)}"


def vat(gross, rate: int = 19) -> tuple[Decimal, Decimal]:
    """(net, tax) of a gross amount."""
    g = money(gross)
    net = money(g / (1 + Decimal(rate) / 100))
    return net, g - net


def dde(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def dshort(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"


def dlong(d: date) -> str:
    return f"{d.day}. {MONTHS[d.month]} {d.year}"


def dweek(d: date) -> str:
    return f"{WEEKDAYS[d.weekday()]}, {dlong(d)}"


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
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
    return date(y, m, min(d.day, last))


def hexs(n: int, alphabet: str = "0123456789abcdef") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def upper(n: int) -> str:
    return hexs(n, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def uuid4() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:32]}"


# ---------------------------------------------------------------- time


def _last_sunday(year: int, month: int) -> date:
    d = date(year, month, 31)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def berlin_offset(local: datetime) -> int:
    start = datetime.combine(_last_sunday(local.year, 3), datetime.min.time()).replace(hour=2)
    end = datetime.combine(_last_sunday(local.year, 10), datetime.min.time()).replace(hour=3)
    return 2 if start <= local < end else 1


def when(day: str, hm: str, tz: str = "berlin") -> datetime:
    """A Berlin wall-clock arrival time, written in the sender's own zone (`tz`)."""
    h, m = (int(x) for x in hm.split(":"))
    local = datetime.fromisoformat(day).replace(hour=h, minute=m, second=rng.randint(0, 59))
    aware = local.replace(tzinfo=timezone(timedelta(hours=berlin_offset(local))))
    if tz == "berlin":
        return aware
    if tz == "utc":
        return aware.astimezone(UTC)
    sign = -1 if tz.startswith("-") else 1
    hours, minutes = int(tz[1:3]), int(tz[3:5])
    return aware.astimezone(timezone(sign * timedelta(hours=hours, minutes=minutes)))


def asctime_utc(dt: datetime) -> str:
    u = dt.astimezone(UTC)
    return f"{EN_WD[u.weekday()]} {EN_MON[u.month]} {u.day:2d} {u:%H:%M:%S} {u.year}"


# ---------------------------------------------------------------- MIME


class Part:
    def __init__(
        self,
        ctype: str,
        text: str | bytes | None = None,
        *,
        charset: str = "utf-8",
        cte: str = "quoted-printable",
        parts: list[Part] | None = None,
        boundary: str | None = None,
        filename: str | None = None,
        disposition: str | None = None,
        extra: list[tuple[str, str]] | None = None,
        preamble: str | None = None,
    ):
        self.ctype, self.text, self.charset, self.cte = ctype, text, charset, cte
        self.parts, self.boundary, self.filename = parts, boundary, filename
        self.disposition, self.extra, self.preamble = disposition, extra or [], preamble


def plain(text: str, charset: str = "utf-8", cte: str = "quoted-printable") -> Part:
    return Part("text/plain", text, charset=charset, cte=cte)


def html(text: str, charset: str = "utf-8", cte: str = "quoted-printable") -> Part:
    return Part("text/html", text, charset=charset, cte=cte)


def boundary(style: str = "part") -> str:
    if style == "part":
        return f"----=_Part_{rng.randint(100000, 9999999)}_{rng.randint(10**8, 2 * 10**9)}.{rng.randint(10**12, 2 * 10**12)}"
    if style == "gmail":
        return f"000000000000{hexs(16)}"
    if style == "hex":
        return f"b1_{hexs(32)}"
    if style == "eq":
        return f"=_{hexs(28)}"
    if style == "apple":
        return f"Apple-Mail={uuid4().upper()}"
    if style == "outlook":
        return f"_000_{upper(20)}_"
    return f"--==_mimepart_{hexs(13)}_{rng.randint(1000, 99999)}"


def alt(
    plain_text: str,
    html_text: str,
    *,
    style: str = "part",
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    html_cte: str | None = None,
) -> Part:
    return Part(
        "multipart/alternative",
        parts=[plain(plain_text, charset, cte), html(html_text, charset, html_cte or cte)],
        boundary=boundary(style),
    )


def mixed(*parts: Part, style: str = "part", preamble: str | None = None) -> Part:
    return Part("multipart/mixed", parts=list(parts), boundary=boundary(style), preamble=preamble)


def attachment(data: bytes, filename: str, ctype: str = "application/pdf") -> Part:
    return Part(ctype, data, cte="base64", filename=filename, disposition="attachment")


def _encode_body(p: Part) -> str:
    data = p.text if isinstance(p.text, bytes) else p.text.encode(p.charset)
    if p.cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if p.cte == "quoted-printable":
        out = quopri.encodestring(data).decode("ascii")
        return out if out.endswith("\n") else out + "\n"
    if p.cte in ("7bit", "8bit"):
        if p.cte == "7bit":
            data.decode("ascii")
        text = data.decode(p.charset)
        return text if text.endswith("\n") else text + "\n"
    raise ValueError(p.cte)


def render_part(p: Part) -> str:
    lines: list[str] = []
    if p.parts is not None:
        lines.append(f'Content-Type: {p.ctype};\n\tboundary="{p.boundary}"')
        for k, v in p.extra:
            lines.append(f"{k}: {v}")
        out = "\n".join(lines) + "\n\n"
        if p.preamble:
            out += p.preamble + "\n"
        for sub in p.parts:
            out += f"--{p.boundary}\n" + render_part(sub) + "\n"
        return out + f"--{p.boundary}--\n"
    if p.ctype.startswith("text/"):
        lines.append(
            f"Content-Type: {p.ctype}; charset={p.charset}"
            if p.charset.lower() != "utf-8"
            else f'Content-Type: {p.ctype}; charset="UTF-8"'
        )
    elif p.filename:
        lines.append(f'Content-Type: {p.ctype}; name="{p.filename}"')
    else:
        lines.append(f"Content-Type: {p.ctype}")
    lines.append(f"Content-Transfer-Encoding: {p.cte}")
    if p.disposition:
        fn = f'; filename="{p.filename}"' if p.filename else ""
        lines.append(f"Content-Disposition: {p.disposition}{fn}")
    for k, v in p.extra:
        lines.append(f"{k}: {v}")
    return "\n".join(lines) + "\n\n" + _encode_body(p)


def hdr(value: str, name: str) -> str:
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, "utf-8", header_name=name).encode()


def fmt_addr(a: tuple[str, str]) -> str:
    name, address = a
    return formataddr((name, address), charset="utf-8") if name else address


# ---------------------------------------------------------------- registry

MSGS: list[dict] = []


def add(
    dt: datetime,
    sender: tuple[str, str],
    subject: str,
    body: Part,
    *,
    labels=(),
    to: list[tuple[str, str]] | None = None,
    cc: list[tuple[str, str]] | None = None,
    slug: str,
    msgid: str | None = None,
    headers: list[tuple[str, str]] | None = None,
    reply_to: tuple[str, str] | None = None,
    hdr_order: str = "std",
) -> None:
    domain = sender[1].split("@")[1]
    MSGS.append(
        dict(
            dt=dt,
            sender=sender,
            subject=subject,
            body=body,
            labels=list(labels),
            to=to or [ME],
            cc=cc,
            slug=slug,
            headers=headers or [],
            msgid=msgid or f"<{hexs(24)}@{domain}>",
            reply_to=reply_to,
            order=hdr_order,
        )
    )


def render_msg(m: dict) -> str:
    h: dict[str, str] = {
        "Date": format_datetime(m["dt"]),
        "From": fmt_addr(m["sender"]),
        "To": ", ".join(fmt_addr(a) for a in m["to"]),
        "Subject": hdr(m["subject"], "Subject"),
        "Message-ID": m["msgid"],
        "MIME-Version": "1.0",
    }
    if m["cc"]:
        h["Cc"] = ", ".join(fmt_addr(a) for a in m["cc"])
    if m["reply_to"]:
        h["Reply-To"] = fmt_addr(m["reply_to"])
    if m["order"] == "std":
        keys = ["Date", "From", "To", "Cc", "Reply-To", "Subject", "Message-ID", "MIME-Version"]
    else:  # large mailing platforms put From/To/Subject first
        keys = ["From", "Reply-To", "To", "Cc", "Subject", "MIME-Version", "Date", "Message-ID"]
    lines = [f"{k}: {h[k]}" for k in keys if k in h]
    for k, v in m["headers"]:
        lines.append(f"{k}: {v}")
    return "\n".join(lines) + "\n" + render_part(m["body"])


# ---------------------------------------------------------------- HTML helpers


def to_text(markup: str) -> str:
    """The crude plain-text alternative that mailing systems derive from their HTML."""
    t = re.sub(r"(?is)<(style|head|title)[^>]*>.*?</\1>", "", markup)
    t = re.sub(r"(?is)<div[^>]*display:\s*none[^>]*>.*?</div>", "", t)
    t = re.sub(
        r'(?is)<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>',
        lambda mo: (
            f"{mo.group(2)} [{mo.group(1)}]"
            if mo.group(1).startswith("http") and re.sub("<[^>]+>", "", mo.group(2)).strip()
            else mo.group(2)
        ),
        t,
    )
    t = re.sub(r"\s*\n\s*", " ", t)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|h[1-6]|table|ul)>", "\n\n", t)
    t = re.sub(r"(?i)</(div|tr|li)>", "\n", t)
    t = re.sub(r"(?i)<li[^>]*>", "- ", t)
    t = re.sub(r"(?i)</t[dh]>", "  ", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = unescape(t).replace("\xa0", " ")
    out: list[str] = []
    for line in t.split("\n"):
        line = " ".join(line.split())
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def page(
    inner: str,
    *,
    title: str = "",
    preheader: str = "",
    bg: str = "#f2f2f2",
    font: str = "Arial, Helvetica, sans-serif",
    width: int = 600,
    lang: str = "de",
    doctype: str = "xhtml",
) -> str:
    dt = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
        if doctype == "xhtml"
        else "<!DOCTYPE html>"
    )
    pre = (
        f'<div style="display:none;font-size:1px;color:{bg};line-height:1px;max-height:0px;'
        f'max-width:0px;opacity:0;overflow:hidden;">{preheader}</div>\n'
        if preheader
        else ""
    )
    return f"""{dt}
<html lang="{lang}" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="x-apple-disable-message-reformatting" />
<title>{title}</title>
<style type="text/css">
body{{margin:0;padding:0;-webkit-text-size-adjust:100%;}} table{{border-collapse:collapse;}}
img{{border:0;outline:none;text-decoration:none;}} a{{text-decoration:none;}}
@media only screen and (max-width:620px){{ .wrap{{width:100% !important;}} .pad{{padding:16px !important;}} }}
</style>
</head>
<body style="margin:0;padding:0;background-color:{bg};font-family:{font};">
{pre}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:{bg};">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" class="wrap" width="{width}" cellpadding="0" cellspacing="0" border="0" style="width:{width}px;background-color:#ffffff;">
{inner}
</table>
</td></tr>
</table>
</body>
</html>
"""


def rows(
    pairs: list[tuple[str, str]],
    *,
    label_style: str = "padding:6px 0;color:#666666;font-size:14px;",
    value_style: str = "padding:6px 0;color:#222222;font-size:14px;text-align:right;",
    bold_last: bool = False,
) -> str:
    out = []
    for i, (k, v) in enumerate(pairs):
        b = "font-weight:bold;" if bold_last and i == len(pairs) - 1 else ""
        out.append(f'<tr><td style="{label_style}{b}">{k}</td><td style="{value_style}{b}">{v}</td></tr>')
    return "\n".join(out)


def minipdf(lines: list[str]) -> bytes:
    """A small one-page PDF with the given text lines (Helvetica, WinAnsi)."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    y = 800
    ops = ["BT", "/F1 10 Tf"]
    for ln in lines:
        ops.append(f"1 0 0 1 56 {y} Tm ({esc(ln)}) Tj")
        y -= 14
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
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


def unsub(url: str, mailto: str | None = None) -> list[tuple[str, str]]:
    v = f"<{url}>" + (f", <mailto:{mailto}>" if mailto else "")
    return [("List-Unsubscribe", v), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]


def quote_lines(text: str) -> str:
    return "\n".join("> " + ln if ln else ">" for ln in text.rstrip("\n").split("\n")) + "\n"


# ================================================================ energy, housing


VATTENFALL = ("Vattenfall", "kundenservice@mail.vattenfall.de")
VF_KONTO = "8012 4471 5603"
VF_FOOT = (
    "Vattenfall Europe Sales GmbH · Überseering 12 · 22297 Hamburg · Sitz der Gesellschaft: Hamburg · "
    "Amtsgericht Hamburg HRB 74850 · Geschäftsführung: Christian Barthélémy (Vorsitz), Dr. Sabine Kortmann"
)


def vf_page(title: str, body: str, pre: str) -> str:
    inner = f"""<tr><td style="background:#ffda00;padding:18px 32px;font:bold 22px Arial,sans-serif;color:#1e324a;">VATTENFALL</td></tr>
<tr><td class="pad" style="padding:28px 32px;font:15px/22px Arial,sans-serif;color:#1e324a;">
<h1 style="font-size:22px;margin:0 0 16px 0;">{title}</h1>
{body}
</td></tr>
<tr><td style="background:#eef2f5;padding:18px 32px;font:11px/16px Arial,sans-serif;color:#5f6b76;">
Sie erhalten diese E-Mail als Kundin bzw. Kunde der Vattenfall Europe Sales GmbH zu Ihrem Vertragskonto {VF_KONTO}.<br />
Fragen? Mein Vattenfall: <a href="https://www.vattenfall.de/service/mein-vattenfall" style="color:#2071b5;">www.vattenfall.de/mein-vattenfall</a> · Kundenservice 040 657 988 630 (Mo–Fr 8–20 Uhr)<br /><br />
{VF_FOOT}<br />
<a href="https://www.vattenfall.de/datenschutz" style="color:#5f6b76;">Datenschutz</a> · <a href="https://www.vattenfall.de/impressum" style="color:#5f6b76;">Impressum</a>
</td></tr>"""
    return page(inner, title=title, preheader=pre, bg="#eef2f5")


def vattenfall() -> None:
    # meter reading request before the annual bill
    body = f"""<p>Guten Tag Frau Schmidt,</p>
<p>Ihr Abrechnungszeitraum für Strom endet am <strong>28.02.2026</strong>. Damit wir Ihre Jahresabrechnung nach Ihrem tatsächlichen Verbrauch erstellen können, teilen Sie uns bitte Ihren Zählerstand mit.</p>
<table role="presentation" cellpadding="0" cellspacing="0" width="100%" style="margin:12px 0;">
{rows([("Vertragskonto", VF_KONTO), ("Zählernummer", "1ESY1161204877"), ("Lieferstelle", "Kollwitzstraße 48, 10405 Berlin"), ("Ablesezeitraum", "22.02.2026 – 04.03.2026")])}
</table>
<p style="text-align:center;margin:24px 0;"><a href="https://www.vattenfall.de/zaehlerstand?vk=801244715603" style="background:#2071b5;color:#ffffff;padding:12px 28px;border-radius:4px;font-weight:bold;">Zählerstand jetzt eingeben</a></p>
<p>Wenn wir bis zum 04.03.2026 keinen Zählerstand von Ihnen erhalten, schätzen wir Ihren Verbrauch.</p>
<p>Freundliche Grüße<br />Ihr Vattenfall Kundenservice</p>"""
    h = vf_page("Ihr Zählerstand wird benötigt", body, "Bitte bis 04.03.2026 Zählerstand mitteilen")
    add(
        when("2026-02-19", "09:12"),
        VATTENFALL,
        "Ihr Zählerstand wird benötigt – Vertragskonto " + VF_KONTO,
        alt(to_text(h), h),
        labels=["Vattenfall"],
        slug="vattenfall-zaehlerstand",
        msgid=f"<{uuid4()}@mail.vattenfall.de>",
    )

    # annual bill with Nachzahlung and new Abschlag
    net, tax = vat("991.43")
    body = f"""<p>Guten Tag Frau Schmidt,</p>
<p>Ihre Jahresabrechnung Strom für den Zeitraum <strong>01.03.2025 bis 28.02.2026</strong> ist da. Sie finden sie als PDF im Anhang und jederzeit in Mein Vattenfall.</p>
<table role="presentation" cellpadding="0" cellspacing="0" width="100%" style="margin:12px 0;border-top:1px solid #d5dde3;">
{
        rows(
            [
                ("Tarif", "Vattenfall Natur24 Strom"),
                ("Verbrauch", "2.412 kWh"),
                ("Arbeitspreis (brutto)", "33,89 ct/kWh"),
                ("Grundpreis (brutto)", "14,50 €/Monat"),
                ("Gesamtbetrag netto", eur(net)),
                ("zzgl. 19 % Umsatzsteuer", eur(tax)),
                ("Gesamtbetrag brutto", eur("991.43")),
                ("abzüglich geleisteter Abschläge (12 × 78,00 €)", "– 936,00 €"),
                ("<strong>Nachzahlung</strong>", "<strong>55,43 €</strong>"),
            ]
        )
    }
</table>
<p>Den Nachzahlungsbetrag von <strong>55,43 €</strong> ziehen wir am <strong>23.03.2026</strong> per SEPA-Lastschrift von Ihrem Konto DE12 1203 0000 **** **** 78 ein (Gläubiger-ID DE55ZZZ00000099187, Mandatsreferenz VF-801244715603-01).</p>
<div style="background:#fff6bf;padding:14px 18px;margin:16px 0;border-left:4px solid #ffda00;">
<strong>Ihr neuer monatlicher Abschlag: 86,00 €</strong><br />
gültig ab 15.04.2026, fällig jeweils zum 15. eines Monats (bisher 78,00 €). Die Abbuchung erfolgt wie gewohnt per Lastschrift.
</div>
<p>Tipp: Mit Ihrem Verbrauch liegen Sie unter dem Durchschnitt eines 3-Personen-Haushalts (ca. 2.900 kWh).</p>
<p>Freundliche Grüße<br />Ihr Vattenfall Kundenservice</p>"""
    h = vf_page("Ihre Jahresabrechnung Strom", body, "Nachzahlung 55,43 € · neuer Abschlag 86,00 €")
    pdf = minipdf(
        [
            "Vattenfall Europe Sales GmbH",
            "Jahresabrechnung Strom",
            f"Vertragskonto {VF_KONTO}",
            "Rechnungsnummer 300418827731   Rechnungsdatum 09.03.2026",
            "Abrechnungszeitraum 01.03.2025 - 28.02.2026",
            "Verbrauch 2.412 kWh",
            f"Gesamtbetrag netto {eur(net)}",
            f"Umsatzsteuer 19 % {eur(tax)}",
            "Gesamtbetrag brutto 991,43 EUR",
            "Geleistete Abschlaege 936,00 EUR",
            "Nachzahlung 55,43 EUR - Lastschrift am 23.03.2026",
            "Neuer Abschlag ab 15.04.2026: 86,00 EUR monatlich",
        ]
    )
    add(
        when("2026-03-09", "06:47"),
        VATTENFALL,
        "Ihre Jahresabrechnung Strom ist da",
        mixed(alt(to_text(h), h), attachment(pdf, "Vattenfall_Jahresabrechnung_300418827731.pdf")),
        labels=["Vattenfall"],
        slug="vattenfall-jahresabrechnung",
        msgid=f"<{uuid4()}@mail.vattenfall.de>",
    )

    # dunning after a returned direct debit (plain text from the receivables system)
    txt = f"""Vattenfall Europe Sales GmbH
Forderungsmanagement

Vertragskonto: {VF_KONTO}
Datum: 21.07.2026

Zahlungserinnerung

Guten Tag Frau Schmidt,

leider konnten wir den fälligen Abschlag vom 15.07.2026 nicht von Ihrem Konto
einziehen – Ihre Bank hat die Lastschrift zurückgegeben.

  Abschlag Strom 07/2026             86,00 EUR
  Rücklastschriftgebühr Ihrer Bank    3,00 EUR
  ---------------------------------------------
  offener Betrag                     89,00 EUR

Bitte überweisen Sie den offenen Betrag bis zum 04.08.2026 auf folgendes Konto:
  Empfänger: Vattenfall Europe Sales GmbH
  IBAN: DE44 2005 0550 1002 2333 44
  Verwendungszweck: {VF_KONTO.replace(" ", "")} ZE0726

Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses
Schreiben bitte als gegenstandslos. Ihre nächsten Abschläge ziehen wir wie
gewohnt zum 15. eines Monats ein.

Freundliche Grüße
Vattenfall Europe Sales GmbH

--
{VF_FOOT}
"""
    add(
        when("2026-07-21", "14:03"),
        ("Vattenfall Forderungsmanagement", "forderungsmanagement@vattenfall.de"),
        f"Zahlungserinnerung – Vertragskonto {VF_KONTO}",
        plain(txt),
        labels=["Vattenfall"],
        slug="vattenfall-zahlungserinnerung",
        msgid=f"<ZE{digits(12)}.{digits(6)}@vattenfall.de>",
    )

    # marketing
    body = """<p>Liebe Frau Schmidt,</p>
<p>mit einem Balkonkraftwerk produzieren Sie Ihren eigenen Solarstrom – ganz ohne Handwerker. Als Vattenfall-Kundin erhalten Sie jetzt <strong>100 € Rabatt</strong> auf das Komplettset mit 800 W Wechselrichter.</p>
<p style="text-align:center;margin:24px 0;"><a href="https://www.vattenfall.de/balkonkraftwerk?utm_source=newsletter&amp;utm_campaign=bkw_herbst26" style="background:#2071b5;color:#ffffff;padding:12px 28px;border-radius:4px;font-weight:bold;">Zum Angebot</a></p>
<p style="font-size:12px;color:#5f6b76;">Aktion gültig bis 31.10.2026, solange der Vorrat reicht. Nicht mit anderen Rabatten kombinierbar.</p>
<p style="font-size:12px;color:#5f6b76;">Sie möchten keine Angebote mehr erhalten? <a href="https://news.vattenfall.de/abmelden?u=8a1c" style="color:#5f6b76;">Hier abmelden</a>.</p>"""
    h = vf_page("Sonne vom Balkon – mit 100 € Rabatt", body, "Balkonkraftwerk für Bestandskunden")
    add(
        when("2026-10-06", "10:30"),
        ("Vattenfall", "news@news.vattenfall.de"),
        "☀️ Ihr eigener Solarstrom: 100 € Rabatt aufs Balkonkraftwerk",
        alt(to_text(h), h),
        slug="vattenfall-newsletter",
        headers=unsub("https://news.vattenfall.de/abmelden?u=8a1c"),
        hdr_order="bulk",
    )


GASAG = ("GASAG", "service@gasag.de")
GASAG_VK = "2004 718 339"


def gasag_page(body: str, pre: str) -> str:
    inner = f"""<tr><td style="padding:20px 30px;border-bottom:3px solid #00a0e1;"><span style="font:bold 26px Verdana,sans-serif;color:#00468c;letter-spacing:1px;">GASAG</span></td></tr>
<tr><td class="pad" style="padding:26px 30px;font:14px/21px Verdana,Arial,sans-serif;color:#333333;">{body}</td></tr>
<tr><td style="padding:16px 30px;background:#00468c;font:11px/16px Verdana,sans-serif;color:#cfe3f5;">
GASAG AG · Henriette-Herz-Platz 4 · 10178 Berlin · Vorsitzender des Aufsichtsrats: Dr. Frank Mastiaux ·
Vorstand: Georg Friedrichs (Vors.), Matthias Trunk, Stefan Hadré · Sitz: Berlin · Amtsgericht Charlottenburg HRB 44343<br />
Kundenservice: 030 7872 7272 · <a href="https://www.gasag.de/kontakt" style="color:#ffffff;">gasag.de/kontakt</a>
</td></tr>"""
    return page(inner, preheader=pre, bg="#e9eef3", font="Verdana, Arial, sans-serif")


def gasag() -> None:
    body = f"""<p>Sehr geehrte Frau Schmidt,</p>
<p>die Kosten für CO₂-Zertifikate nach dem Brennstoffemissionshandelsgesetz steigen zum 1. Januar 2026. Wir müssen deshalb die Preise Ihres Tarifs <strong>GASAG Erdgas Komfort</strong> zum <strong>01.02.2026</strong> anpassen:</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #c8d6e5;margin:10px 0;">
<tr style="background:#e9eef3;"><th style="padding:8px;text-align:left;font-size:13px;">Preisbestandteil (brutto)</th><th style="padding:8px;text-align:right;font-size:13px;">bisher</th><th style="padding:8px;text-align:right;font-size:13px;">ab 01.02.2026</th></tr>
<tr><td style="padding:8px;">Arbeitspreis</td><td style="padding:8px;text-align:right;">11,49 ct/kWh</td><td style="padding:8px;text-align:right;">12,29 ct/kWh</td></tr>
<tr><td style="padding:8px;">Grundpreis</td><td style="padding:8px;text-align:right;">13,90 €/Monat</td><td style="padding:8px;text-align:right;">13,90 €/Monat</td></tr>
</table>
<p>Ihr monatlicher Abschlag ändert sich damit ab dem <strong>28.02.2026</strong> von 99,00 € auf <strong>105,00 €</strong>. Wir buchen ihn wie gewohnt per SEPA-Lastschrift ab.</p>
<p>Sie haben das Recht, Ihren Vertrag ohne Einhaltung einer Frist zum Zeitpunkt des Wirksamwerdens der Preisänderung zu kündigen. Die Kündigung bedarf der Textform.</p>
<p>Mit freundlichen Grüßen<br />Ihre GASAG</p>
<p style="font-size:11px;color:#777;">Vertragskonto {GASAG_VK} · Verbrauchsstelle Kollwitzstraße 48, 10405 Berlin</p>"""
    h = gasag_page(body, "Preisanpassung zum 01.02.2026")
    add(
        when("2025-12-03", "11:20"),
        GASAG,
        "Ihre Preisanpassung zum 01.02.2026 – neuer Abschlag",
        alt(to_text(h), h),
        labels=["GASAG"],
        slug="gasag-preisanpassung",
        msgid=f"<{uuid4()}@gasag.de>",
    )

    txt = f"""Sehr geehrte Frau Schmidt,

vielen Dank! Wir haben Ihren Zählerstand erhalten:

Vertragskonto:  {GASAG_VK}
Zählernummer:   7GMT0083159422
Ablesedatum:    25.05.2026
Zählerstand:    18.604 m³

Ihre Jahresabrechnung erhalten Sie in den nächsten Wochen.

Mit freundlichen Grüßen
Ihre GASAG

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
GASAG AG · Henriette-Herz-Platz 4 · 10178 Berlin · Amtsgericht Charlottenburg HRB 44343
"""
    add(
        when("2026-05-25", "21:14"),
        ("GASAG Kundenservice", "noreply@gasag.de"),
        "Bestätigung Ihrer Zählerstandsmitteilung",
        plain(txt),
        labels=["GASAG"],
        slug="gasag-zaehlerstand",
        msgid=f"<{uuid4()}@gasag.de>",
    )

    total = money("166.80") + money("620.46") + money("294.35")
    net, tax = vat(total)
    body = f"""<p>Sehr geehrte Frau Schmidt,</p>
<p>Ihre Jahresabrechnung Erdgas für den Zeitraum 01.06.2025 – 31.05.2026 steht für Sie bereit. Gute Nachricht: <strong>Sie erhalten ein Guthaben.</strong></p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #c8d6e5;margin:10px 0;font-size:13px;">
{
        rows(
            [
                ("Grundpreis 12 Monate × 13,90 €", "166,80 €"),
                ("01.06.2025–31.01.2026: 5.400 kWh × 11,49 ct", "620,46 €"),
                ("01.02.2026–31.05.2026: 2.395 kWh × 12,29 ct", "294,35 €"),
                ("Summe netto", eur(net)),
                ("Umsatzsteuer 19 %", eur(tax)),
                ("Gesamtbetrag brutto", eur(total)),
                ("geleistete Abschläge (8 × 99,00 € + 4 × 105,00 €)", "1.212,00 €"),
                ("<b>Ihr Guthaben</b>", f"<b>{eur(money('1212.00') - total)}</b>"),
            ]
        )
    }
</table>
<p>Das Guthaben überweisen wir Ihnen in den nächsten Tagen auf Ihr Konto.</p>
<p style="background:#e9f6fc;padding:12px 16px;border-left:4px solid #00a0e1;"><b>Ihr neuer Abschlag: 94,00 € monatlich</b>, erstmals fällig am 28.06.2026 und danach jeweils zum 28. eines Monats.</p>
<p>Die vollständige Rechnung (Rechnungsnummer 6100 2281 9935) finden Sie im Kundenportal <a href="https://www.gasag.de/meine-gasag">Meine GASAG</a>.</p>
<p>Mit freundlichen Grüßen<br />Ihre GASAG</p>"""
    h = gasag_page(body, "Guthaben " + eur(money("1212.00") - total) + " · neuer Abschlag 94,00 €")
    add(
        when("2026-06-16", "07:55"),
        GASAG,
        "Ihre Jahresabrechnung Erdgas 2025/2026",
        alt(to_text(h), h),
        labels=["GASAG"],
        slug="gasag-jahresabrechnung",
        msgid=f"<{uuid4()}@gasag.de>",
    )


def gmail_forward(
    note_plain: str,
    note_html: str,
    orig_from: str,
    orig_date: str,
    orig_subject: str,
    orig_to: str,
    orig_text: str,
    *,
    polish: bool = True,
) -> Part:
    head = (
        "---------- Wiadomość przekazana dalej ---------\nOd: {f}\nDate: {d}\nSubject: {s}\nTo: {t}\n"
        if polish
        else "---------- Forwarded message ---------\nVon: {f}\nDate: {d}\nSubject: {s}\nTo: {t}\n"
    )
    head = head.format(f=orig_from, d=orig_date, s=orig_subject, t=orig_to)
    p = f"{note_plain}\n\n{head}\n\n{orig_text}"
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    hh = "<br>".join(esc(x) for x in head.rstrip("\n").split("\n"))
    body_html = "<br>".join(esc(x) for x in orig_text.rstrip("\n").split("\n"))
    h = (
        f'<div dir="ltr">{note_html}<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        f"{hh}<br></div><br><br>{body_html}</div></div>\n"
    )
    return Part(
        "multipart/alternative",
        parts=[plain(p, cte="quoted-printable"), html(h, cte="quoted-printable")],
        boundary=boundary("gmail"),
    )


def gmail_id() -> str:
    return f"<CA{upper(4)}{hexs(8)}{rng.choice(['+', '_', '-'])}{upper(30)}@mail.gmail.com>"


def rundfunk() -> None:
    orig = """Sehr geehrter Herr Nowak,

vielen Dank für Ihre Mitteilung. Wir haben für das Beitragskonto
482 915 337 folgende Änderung gespeichert:

  Zahlungsweise:   SEPA-Lastschrift (vierteljährlich)
  Kontoinhaber:    Tomasz Nowak, Lena Schmidt
  IBAN:            DE12 1203 0000 **** **** 78
  gültig ab:       15.02.2026

Der Rundfunkbeitrag beträgt 18,36 Euro im Monat. Bei vierteljährlicher
Zahlung buchen wir 55,08 Euro jeweils in der Mitte des Dreimonatszeitraums
ab, also am 15. Februar, 15. Mai, 15. August und 15. November. Die nächste
Abbuchung erfolgt am 15.02.2026.

Ihre Mandatsreferenz lautet 482915337001, unsere Gläubiger-ID
DE98ZZZ00000001557.

Mit freundlichen Grüßen
ARD ZDF Deutschlandradio
Beitragsservice

Bitte antworten Sie nicht auf diese E-Mail. Ihr Anliegen können Sie
bequem unter www.rundfunkbeitrag.de erledigen.
Beitragsservice von ARD, ZDF und Deutschlandradio, 50656 Köln
"""
    note = (
        "Lena, przekazuję Ci to do papierów. Od lutego Rundfunkbeitrag schodzi z naszego wspólnego "
        "konta w DKB, 55,08 € co kwartał – żebyś się nie zdziwiła na wyciągu :)\n\nBuziaki, T."
    )
    body = gmail_forward(
        note,
        note.replace("\n\n", "<br><br>"),
        "ARD ZDF Deutschlandradio Beitragsservice <noreply@rundfunkbeitrag.de>",
        "pt., 9 sty 2026 o 16:02",
        "Bestätigung Ihrer Änderung – Beitragsnummer 482 915 337",
        "<tomasz.nowak@gmail.com>",
        orig,
    )
    add(
        when("2026-01-12", "20:41"),
        TOMASZ,
        "Fwd: Bestätigung Ihrer Änderung – Beitragsnummer 482 915 337",
        body,
        labels=["Rundfunkbeitrag"],
        slug="fwd-rundfunkbeitrag",
        msgid=gmail_id(),
    )


HV = ("Hausverwaltung Krüger & Partner", "verwaltung@krueger-partner-hv.de")


def hausverwaltung() -> None:
    txt = """Sehr geehrte Mieterinnen und Mieter,

hiermit kündigen wir folgende Termine im Haus Kollwitzstraße 48 an:

  Mittwoch, 18.03.2026, 8:00 - 12:00 Uhr
  - jährliche Wartung der Rauchwarnmelder (Firma Brunata-Metrona)
  - Ablesung der Wohnungswasserzähler

Bitte ermöglichen Sie den Zugang zu Ihrer Wohnung oder hinterlegen Sie
Ihren Schlüssel bei einer Nachbarin bzw. einem Nachbarn. Ein Ersatztermin
kostet 35,00 EUR.

Mit freundlichen Grüßen

i.A. Sandra Wolter
Hausverwaltung Krüger & Partner GmbH
Greifswalder Straße 212, 10405 Berlin
Tel. 030 44 31 29-0, Fax -29
Geschäftsführer: Rainer Krüger, AG Charlottenburg HRB 118224 B
"""
    add(
        when("2026-03-04", "10:07"),
        HV,
        "Ankündigung Wartung Rauchwarnmelder und Ablesung Wasserzähler am 18.03.2026",
        plain(txt, charset="iso-8859-1"),
        slug="hausverwaltung-wartung",
        msgid=f"<{digits(13)}.{digits(5)}@krueger-partner-hv.de>",
    )

    txt = """Sehr geehrte Frau Schmidt, sehr geehrter Herr Nowak,

anbei erhalten Sie die Betriebskostenabrechnung für das Jahr 2025 für Ihre
Wohnung Kollwitzstraße 48, VH 3. OG links (WE 07, 71,4 m²).

  Ihr Anteil an den Betriebskosten 2025:     2.311,60 EUR
    davon Wasser/Abwasser
    (Berliner Wasserbetriebe)                  486,20 EUR
    davon Straßenreinigung/Müll (BSR)          198,40 EUR
  Ihre Vorauszahlungen 2025 (12 x 180,00):   2.160,00 EUR
  ----------------------------------------------------
  Nachzahlung                                  151,60 EUR

Bitte überweisen Sie die Nachzahlung bis zum 31.10.2026 auf das Ihnen
bekannte Mietkonto. Die Betriebskostenvorauszahlung erhöht sich ab dem
01.11.2026 auf 195,00 EUR; bitte passen Sie Ihren Dauerauftrag an
(Gesamtmiete dann 1.285,00 EUR).

Die Belege können Sie nach Terminvereinbarung in unserem Büro einsehen.

Mit freundlichen Grüßen

i.A. Sandra Wolter
Hausverwaltung Krüger & Partner GmbH
Greifswalder Straße 212, 10405 Berlin
"""
    pdf = minipdf(
        [
            "Hausverwaltung Krueger & Partner GmbH",
            "Betriebskostenabrechnung 2025",
            "Objekt Kollwitzstrasse 48, WE 07",
            "Grundsteuer 402,10",
            "Wasser/Abwasser BWB 486,20",
            "Strassenreinigung/Muell BSR 198,40",
            "Hausreinigung 311,00",
            "Gartenpflege 96,30",
            "Allgemeinstrom 88,60",
            "Versicherungen 371,40",
            "Hauswart 357,60",
            "Summe 2.311,60",
            "Vorauszahlungen 2.160,00",
            "Nachzahlung 151,60",
        ]
    )
    add(
        when("2026-09-14", "15:31"),
        HV,
        "Betriebskostenabrechnung 2025 – Kollwitzstr. 48, WE 07",
        mixed(plain(txt, charset="iso-8859-1"), attachment(pdf, "BKA_2025_WE07.pdf")),
        to=[ME, TOMASZ],
        slug="hausverwaltung-betriebskosten",
        msgid=f"<{digits(13)}.{digits(5)}@krueger-partner-hv.de>",
    )


# ================================================================ telecoms

TELEKOM = ("Telekom", "rechnungonline@rechnung.telekom.de")


def telekom_bill(
    sent: str, month_label: str, debit: date, extra: tuple[str, str] | None, detail: bool
) -> None:
    base = [("MagentaZuhause M", "44,95 €"), ("Miete Speedport Smart 4", "6,95 €")]
    total = money("51.90")
    if extra:
        base.append(extra)
        total += money(extra[1].replace(" €", "").replace(",", "."))
    net, tax = vat(total)
    nr = f"{digits(4)} {digits(4)} {digits(4)}"
    detail_rows = ""
    if detail:
        detail_rows = rows(
            base + [("Summe netto", eur(net)), ("Umsatzsteuer 19 %", eur(tax))],
            label_style="padding:4px 0;font-size:13px;color:#555;",
            value_style="padding:4px 0;font-size:13px;color:#555;text-align:right;",
        )
    inner = f"""<tr><td style="background:#e20074;padding:14px 28px;"><span style="font:bold 26px 'TeleNeo',Arial,sans-serif;color:#ffffff;">T</span><span style="font:14px Arial,sans-serif;color:#ffffff;padding-left:12px;">Erleben, was verbindet.</span></td></tr>
<tr><td class="pad" style="padding:28px;font:15px/22px Arial,sans-serif;color:#262626;">
<p style="margin:0 0 14px 0;">Guten Tag Frau Schmidt,</p>
<p>Ihre Telekom Rechnung für {month_label} ist da.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4;margin:12px 0;">
<tr><td style="padding:16px 18px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
{
        rows(
            [
                ("Rechnungsbetrag", "<b>" + eur(total) + "</b>"),
                ("Rechnungsdatum", dde(D(sent))),
                ("Rechnungsnummer", nr),
                ("Kundennummer", "5521 887 403"),
                ("Buchungskonto", "7384 2901 55"),
            ]
        )
    }
{detail_rows}
</table></td></tr></table>
<p>Den Rechnungsbetrag buchen wir frühestens am <b>{
        dde(debit)
    }</b> von Ihrem Konto mit der IBAN DE12 **** **** **** **** 78 ab. Sie müssen nichts weiter tun.</p>
<p style="text-align:center;margin:22px 0;"><a href="https://www.telekom.de/rechnung-online" style="background:#e20074;color:#fff;padding:11px 24px;border-radius:6px;font-weight:bold;">Rechnung ansehen</a></p>
<p>Freundliche Grüße<br />Ihre Telekom</p>
</td></tr>
<tr><td style="padding:16px 28px;font:11px/16px Arial,sans-serif;color:#767676;border-top:1px solid #e0e0e0;">
Diese E-Mail wurde automatisch erzeugt. Antworten auf diese Nachricht können nicht bearbeitet werden. Ihre Rechnung finden Sie auch in der MeinMagenta App.<br />
Telekom Deutschland GmbH, Landgrabenweg 151, 53227 Bonn · Amtsgericht Bonn HRB 5919 · Sitz der Gesellschaft Bonn · Geschäftsführung: Srini Gopalan (Vorsitzender), Dr. Abdu Mudesir, Klaus Werner · USt-IdNr. DE 814645262
</td></tr>"""
    h = page(inner, title="Ihre Telekom Rechnung", preheader=f"Rechnungsbetrag {eur(total)}", bg="#ffffff")
    add(
        when(sent, rng.choice(["05:12", "05:48", "06:31", "04:57"])),
        TELEKOM,
        f"Ihre Telekom Festnetz-Rechnung {month_label}",
        alt(to_text(h), h, style="part"),
        labels=["Telekom"],
        slug="telekom-rechnung",
        msgid=f"<{digits(13)}.{digits(7)}.JavaMail.rechnung@telekom.de>",
    )


def telekom() -> None:
    telekom_bill("2025-12-03", "Dezember 2025", D("2025-12-10"), None, True)
    telekom_bill("2026-02-03", "Februar 2026", D("2026-02-10"), None, False)
    telekom_bill(
        "2026-03-03",
        "März 2026",
        D("2026-03-10"),
        ("Verbindungen zu Sonderrufnummern (0180)", "3,29 €"),
        True,
    )
    telekom_bill("2026-05-04", "Mai 2026", D("2026-05-11"), None, False)
    telekom_bill("2026-07-03", "Juli 2026", D("2026-07-10"), None, False)
    telekom_bill("2026-09-03", "September 2026", D("2026-09-10"), None, True)
    telekom_bill("2026-11-03", "November 2026", D("2026-11-10"), None, False)
    inner = """<tr><td style="background:#e20074;padding:22px 28px;font:bold 28px Arial,sans-serif;color:#ffffff;">MagentaTV</td></tr>
<tr><td class="pad" style="padding:28px;font:15px/22px Arial,sans-serif;color:#262626;">
<p>Guten Tag Frau Schmidt,</p>
<p>Ihr MagentaZuhause Anschluss kann mehr: Mit <b>MagentaTV Smart</b> sehen Sie über 100 Sender in HD, RTL+ Premium inklusive – die ersten <b>3 Monate für 0 €</b>, danach 10,00 € monatlich.</p>
<p style="text-align:center;margin:22px 0;"><a href="https://www.telekom.de/magenta-tv?wt_mc=em_mtv_smart_q2" style="background:#e20074;color:#fff;padding:11px 24px;border-radius:6px;font-weight:bold;">Jetzt buchen</a></p>
<p style="font-size:11px;color:#767676;">Angebot für Telekom Festnetzkundinnen und -kunden bis 30.06.2026. Mindestlaufzeit 12 Monate. Sie erhalten diese E-Mail, weil Sie Werbung per E-Mail zugestimmt haben. <a href="https://www.telekom.de/abmelden" style="color:#767676;">Abmelden</a></p>
</td></tr>"""
    h = page(inner, preheader="3 Monate MagentaTV Smart für 0 €")
    add(
        when("2026-04-15", "17:02"),
        ("Telekom", "info@angebote.telekom.de"),
        "Frau Schmidt, Ihr Fernsehabend wird Magenta 📺",
        alt(to_text(h), h),
        slug="telekom-magentatv-werbung",
        headers=unsub("https://www.telekom.de/abmelden"),
        hdr_order="bulk",
    )


CONGSTAR = ("congstar", "noreply@congstar.de")


def congstar_page(body: str, pre: str) -> str:
    inner = f"""<tr><td style="background:#0c0c0c;padding:18px 26px;font:bold 26px Arial,sans-serif;color:#ffd200;">congstar</td></tr>
<tr><td class="pad" style="padding:26px;font:15px/22px Arial,sans-serif;color:#1a1a1a;">{body}</td></tr>
<tr><td style="padding:16px 26px;background:#f5f5f5;font:11px/16px Arial,sans-serif;color:#6b6b6b;">
congstar – eine Marke der Telekom Deutschland GmbH · Landgrabenweg 151 · 53227 Bonn · Amtsgericht Bonn HRB 5919<br />
Du hast Fragen? <a href="https://www.congstar.de/hilfe-service/" style="color:#1a1a1a;">congstar.de/hilfe-service</a> · <a href="https://www.congstar.de/datenschutz/" style="color:#1a1a1a;">Datenschutz</a>
</td></tr>"""
    return page(inner, preheader=pre, bg="#f5f5f5")


def congstar() -> None:
    body = (
        """<p>Hallo Lena,</p>
<p>vielen Dank für deine Bestellung! Hier die Details:</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:2px solid #ffd200;">
"""
        + rows(
            [
                ("Auftragsnummer", "2609 0614 5528"),
                ("Tarif", "congstar Allnet Flat M (20 GB, 5G)"),
                ("Monatlicher Preis", "20,00 €"),
                ("Einmaliger Bereitstellungspreis", "10,00 €"),
                ("Laufzeit", "ohne Mindestlaufzeit, monatlich kündbar"),
                ("Rufnummernmitnahme", "0172 4412908 von Vodafone, gewünschter Termin 15.09.2026"),
                ("Zahlungsart", "SEPA-Lastschrift, IBAN DE12 **** **** **** **** 78"),
            ]
        )
        + """
</table>
<p>Deine SIM-Karte schicken wir dir in den nächsten Tagen. Sobald die Rufnummernmitnahme abgeschlossen ist, bekommst du von uns eine E-Mail.</p>
<p>Alle Preise inkl. 19 % MwSt.</p>
<p>Viele Grüße<br />Dein congstar Team</p>"""
    )
    h = congstar_page(body, "Deine Bestellung ist bei uns eingegangen")
    add(
        when("2026-09-06", "22:18"),
        CONGSTAR,
        "Deine Bestellung bei congstar",
        alt(to_text(h), h),
        labels=["congstar"],
        slug="congstar-bestellung",
        msgid=f"<{uuid4()}@congstar.de>",
    )
    body = """<p>Hallo Lena,</p>
<p>geschafft: Deine Rufnummer <b>0172 4412908</b> ist jetzt bei congstar. Dein Tarif <b>congstar Allnet Flat M</b> ist seit heute aktiv.</p>
<p>Deine Rechnungen findest du künftig jeden Monat in <a href="https://www.congstar.de/meincongstar/">meincongstar</a>. Wir informieren dich per E-Mail, sobald eine neue Rechnung da ist.</p>
<p>Viele Grüße<br />Dein congstar Team</p>"""
    h = congstar_page(body, "Deine Rufnummer ist umgezogen")
    add(
        when("2026-09-15", "09:41"),
        CONGSTAR,
        "Deine Rufnummer ist jetzt bei congstar 🎉",
        alt(to_text(h), h),
        labels=["congstar"],
        slug="congstar-portierung",
        msgid=f"<{uuid4()}@congstar.de>",
    )
    for sent, period, amount, debit, first in [
        ("2026-10-05", "15.09.2026 – 14.10.2026", "30.00", "2026-10-09", True),
        ("2026-11-04", "15.10.2026 – 14.11.2026", "20.00", "2026-11-09", False),
    ]:
        net, tax = vat(amount)
        lines = [("Allnet Flat M, " + period, "20,00 €")]
        if first:
            lines.append(("Bereitstellungspreis (einmalig)", "10,00 €"))
        body = f"""<p>Hallo Lena,</p>
<p>deine neue Rechnung ist da. Du findest sie als PDF in meincongstar.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:2px solid #ffd200;">
{rows(lines + [("Nettobetrag", eur(net)), ("zzgl. 19 % MwSt.", eur(tax)), ("<b>Rechnungsbetrag</b>", "<b>" + eur(amount) + "</b>")])}
</table>
<p>Kundennummer: 70 118 553 902 · Rechnungsnummer: {digits(10)}</p>
<p>Wir buchen den Betrag frühestens am {dde(D(debit))} per Lastschrift von deinem Konto ab.</p>
<p>Viele Grüße<br />Dein congstar Team</p>"""
        h = congstar_page(body, f"Rechnungsbetrag {eur(amount)}")
        add(
            when(sent, "07:20"),
            CONGSTAR,
            "Deine congstar Rechnung ist da",
            alt(to_text(h), h),
            labels=["congstar"],
            slug="congstar-rechnung",
            msgid=f"<{uuid4()}@congstar.de>",
        )


VODAFONE = ("Vodafone", "rechnung@vodafone.de")
VF_FOOTER = (
    "Vodafone GmbH · Ferdinand-Braun-Platz 1 · 40549 Düsseldorf · Amtsgericht Düsseldorf HRB 38062 · "
    "Vorsitzender des Aufsichtsrats: Philippe Rogge · Geschäftsführung: Marcel de Groot (Vorsitz)"
)


def vodafone_page(body: str, pre: str) -> str:
    inner = f"""<tr><td style="padding:18px 26px;border-bottom:4px solid #e60000;"><span style="display:inline-block;width:30px;height:30px;border-radius:15px;background:#e60000;"></span> <span style="font:bold 22px Arial,sans-serif;color:#333;vertical-align:top;">Vodafone</span></td></tr>
<tr><td class="pad" style="padding:26px;font:15px/22px Arial,sans-serif;color:#333333;">{body}</td></tr>
<tr><td style="padding:16px 26px;background:#f4f4f4;font:11px/16px Arial,sans-serif;color:#7e7e7e;">{VF_FOOTER}</td></tr>"""
    return page(inner, preheader=pre, bg="#f4f4f4")


def vodafone() -> None:
    for sent, month, debit in [
        ("2026-01-08", "Januar 2026", "2026-01-14"),
        ("2026-08-07", "August 2026", "2026-08-13"),
    ]:
        net, tax = vat("39.99")
        body = f"""<p>Hallo Frau Schmidt,</p>
<p>Ihre Mobilfunk-Rechnung für {month} ist jetzt online verfügbar.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4;">
{
            rows(
                [
                    ("Kundennummer", "118 442 907"),
                    ("Rufnummer", "0172 4412908"),
                    ("Tarif", "GigaMobil M"),
                    ("Nettobetrag", eur(net)),
                    ("Umsatzsteuer 19 %", eur(tax)),
                    ("<b>Gesamtbetrag</b>", "<b>39,99 €</b>"),
                ],
                label_style="padding:6px 14px;font-size:14px;",
                value_style="padding:6px 14px;font-size:14px;text-align:right;",
            )
        }
</table>
<p>Der Betrag wird am {dde(D(debit))} von Ihrem Konto abgebucht.</p>
<p><a href="https://www.vodafone.de/meinvodafone" style="color:#e60000;font-weight:bold;">Zur Rechnung in MeinVodafone</a></p>
<p>Ihr Vodafone-Team</p>"""
        h = vodafone_page(body, f"Ihre Rechnung {month}: 39,99 €")
        add(
            when(sent, "03:14", "utc"),
            VODAFONE,
            f"Ihre Vodafone-Rechnung für {month}",
            alt(to_text(h), h),
            labels=["Vodafone"],
            slug="vodafone-rechnung",
            msgid=f"<{digits(10)}.{hexs(12)}@vodafone.de>",
        )
        if sent == "2026-01-08":
            vodafone_cancel()


def vodafone_cancel() -> None:
    body = (
        """<p>Hallo Frau Schmidt,</p>
<p>wir haben Ihre Kündigung vom 02.06.2026 erhalten und bestätigen sie hiermit.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4;">
"""
        + rows(
            [
                ("Kundennummer", "118 442 907"),
                ("Rufnummer", "0172 4412908"),
                ("Tarif", "GigaMobil M"),
                ("Vertragsende", "<b>14.09.2026</b> (Ende der Mindestlaufzeit)"),
            ],
            label_style="padding:6px 14px;font-size:14px;",
            value_style="padding:6px 14px;font-size:14px;text-align:right;",
        )
        + """
</table>
<p>Bis zum Vertragsende können Sie Ihren Tarif wie gewohnt nutzen. Die monatlichen Beträge buchen wir bis dahin weiter ab. Ihre Schlussrechnung bekommen Sie nach Vertragsende.</p>
<p><b>Sie möchten Ihre Rufnummer mitnehmen?</b> Beauftragen Sie die Mitnahme einfach bei Ihrem neuen Anbieter – spätestens 31 Tage nach Vertragsende.</p>
<p>Schade, dass Sie gehen. Vielen Dank, dass Sie bei uns waren.</p>
<p>Ihr Vodafone-Team</p>"""
    )
    h = vodafone_page(body, "Ihr Vertrag endet am 14.09.2026")
    add(
        when("2026-06-03", "11:26"),
        ("Vodafone", "kundenservice@vodafone.de"),
        "Kündigungsbestätigung für Ihren Mobilfunk-Vertrag",
        alt(to_text(h), h),
        labels=["Vodafone"],
        slug="vodafone-kuendigungsbestaetigung",
        msgid=f"<{digits(10)}.{hexs(12)}@vodafone.de>",
    )
    body = """<p>Hallo Frau Schmidt,</p>
<p>Ihr Vertrag endet bald – aber wir haben noch ein Angebot, das wir nur Ihnen machen: <b>GigaMobil M mit 50 GB für 24,99 € statt 39,99 € monatlich</b>, dauerhaft.</p>
<p style="text-align:center;margin:22px 0;"><a href="https://www.vodafone.de/bleiben?cid=wb_0626" style="background:#e60000;color:#fff;padding:11px 24px;border-radius:6px;font-weight:bold;">Angebot ansehen</a></p>
<p style="font-size:11px;color:#7e7e7e;">Angebot gültig bis 31.07.2026 bei Verlängerung um 24 Monate. <a href="https://www.vodafone.de/abmelden" style="color:#7e7e7e;">Keine Angebote mehr per E-Mail</a></p>"""
    h = vodafone_page(body, "Bleiben lohnt sich")
    add(
        when("2026-06-19", "16:45"),
        ("Vodafone", "angebote@mailing.vodafone.de"),
        "Frau Schmidt, dieses Angebot gibt es nur für Sie",
        alt(to_text(h), h),
        labels=["Vodafone"],
        slug="vodafone-rueckgewinnung",
        headers=unsub("https://www.vodafone.de/abmelden"),
        hdr_order="bulk",
    )


def vodafone_final() -> None:
    amount = money("18.66")
    net, tax = vat(amount)
    body = f"""<p>Hallo Frau Schmidt,</p>
<p>Ihr Mobilfunk-Vertrag wurde zum <b>14.09.2026</b> beendet. Hier ist Ihre Schlussrechnung.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4;">
{
        rows(
            [
                ("Kundennummer", "118 442 907"),
                ("GigaMobil M, anteilig 01.09.–14.09.2026", eur(amount)),
                ("Nettobetrag", eur(net)),
                ("Umsatzsteuer 19 %", eur(tax)),
                ("<b>Gesamtbetrag</b>", "<b>" + eur(amount) + "</b>"),
            ],
            label_style="padding:6px 14px;font-size:14px;",
            value_style="padding:6px 14px;font-size:14px;text-align:right;",
        )
    }
</table>
<p>Der Betrag wird am 13.10.2026 von Ihrem Konto abgebucht. Danach buchen wir nichts mehr ab.</p>
<p>Ihr Vodafone-Team</p>"""
    h = vodafone_page(body, "Ihre Schlussrechnung")
    add(
        when("2026-10-07", "03:20", "utc"),
        VODAFONE,
        "Ihre Vodafone-Schlussrechnung",
        alt(to_text(h), h),
        labels=["Vodafone"],
        slug="vodafone-schlussrechnung",
        msgid=f"<{digits(10)}.{hexs(12)}@vodafone.de>",
    )


# ================================================================ mobility

BVG = ("BVG Deutschlandticket", "deutschlandticket@abo.bvg.de")
BVG_FOOT = (
    "Berliner Verkehrsbetriebe (BVG) AöR · Holzmarktstraße 15–17 · 10179 Berlin · Vorstand: Henrik Falk "
    "(Vorsitzender), Jenny Zeller-Grothe · USt-IdNr. DE136630247"
)


def bvg_page(body: str, pre: str) -> str:
    inner = f"""<tr><td style="background:#f0d722;padding:16px 26px;font:bold 22px Arial,sans-serif;color:#1d1d1b;">BVG <span style="font-weight:normal;font-size:15px;">· Deutschlandticket-Abo</span></td></tr>
<tr><td class="pad" style="padding:26px;font:15px/22px Arial,sans-serif;color:#1d1d1b;">{body}</td></tr>
<tr><td style="padding:16px 26px;font:11px/16px Arial,sans-serif;color:#6d6d6d;border-top:1px solid #ddd;">
Abonummer 40-771-2209 · Kundennummer 1190 2284 · Fragen zum Abo: <a href="https://www.bvg.de/abo" style="color:#1d1d1b;">bvg.de/abo</a> oder 030 256 25 256<br />{BVG_FOOT}</td></tr>"""
    return page(inner, preheader=pre, bg="#f6f6f6")


def deutschlandticket() -> None:
    body = """<p>Guten Tag Frau Schmidt,</p>
<p>Bund und Länder haben beschlossen, den Preis des Deutschlandtickets zum <b>1. Januar 2026</b> anzupassen. Das Deutschlandticket kostet dann <b>63,00 €</b> statt bisher 58,00 € im Monat.</p>
<p>Für Sie ändert sich sonst nichts: Ihr Abo läuft automatisch weiter und wir buchen ab Januar 2026 monatlich 63,00 € per SEPA-Lastschrift ab. Ihr Ticket bleibt in der BVG Tickets App gültig.</p>
<p>Wegen der Preisänderung haben Sie ein Sonderkündigungsrecht: Sie können Ihr Abo bis zum 10.12.2025 zum 31.12.2025 kündigen. Ansonsten ist das Deutschlandticket wie immer monatlich kündbar, jeweils bis zum 10. des Monats zum Monatsende.</p>
<p>Vielen Dank, dass Sie mit uns fahren.<br />Ihre BVG</p>"""
    h = bvg_page(body, "Ab 1. Januar 2026 kostet das Deutschlandticket 63 €")
    add(
        when("2025-12-02", "13:10"),
        BVG,
        "Wichtige Information: Neuer Preis für Ihr Deutschlandticket ab 1. Januar 2026",
        alt(to_text(h), h),
        labels=["Deutschlandticket"],
        slug="bvg-deutschlandticket-preis",
        msgid=f"<{uuid4()}@abo.bvg.de>",
    )
    net, tax = vat("63.00", 7)
    for sent, month, debit in [
        ("2025-12-27", D("2026-01-01"), "2026-01-02"),
        ("2026-03-26", D("2026-04-01"), "2026-04-01"),
        ("2026-06-25", D("2026-07-01"), "2026-07-01"),
        ("2026-09-24", D("2026-10-01"), "2026-10-01"),
        ("2026-11-25", D("2026-12-01"), "2026-12-01"),
    ]:
        end = add_months(month, 1) - timedelta(days=1)
        nr = f"DT-{month.year}{month.month:02d}-{digits(7)}"
        body = f"""<p>Guten Tag Frau Schmidt,</p>
<p>anbei Ihre Rechnung zum Deutschlandticket für <b>{MONTHS[month.month]} {month.year}</b>.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:2px solid #f0d722;">
{
            rows(
                [
                    ("Rechnungsnummer", nr),
                    ("Leistungszeitraum", f"{dde(month)} – {dde(end)}"),
                    ("Produkt", "Deutschlandticket (Abo, 2. Klasse)"),
                    ("Nettobetrag", eur(net)),
                    ("MwSt. 7 %", eur(tax)),
                    ("<b>Rechnungsbetrag</b>", "<b>63,00 €</b>"),
                ]
            )
        }
</table>
<p>Der Betrag wird am <b>{
            dde(D(debit))
        }</b> per SEPA-Lastschrift von Ihrem Konto DE12 **** **** **** **** 78 eingezogen (Mandatsreferenz BVG-ABO-40771220901).</p>
<p>Ihre BVG</p>"""
        h = bvg_page(body, f"Deutschlandticket {MONTHS[month.month]} {month.year}: 63,00 €")
        add(
            when(sent, "02:05"),
            ("BVG Abo-Service", "rechnung@abo.bvg.de"),
            f"Ihre Rechnung zum Deutschlandticket – {MONTHS[month.month]} {month.year}",
            mixed(
                alt(to_text(h), h),
                attachment(
                    minipdf(
                        [
                            "BVG AoeR - Rechnung Deutschlandticket",
                            nr,
                            f"Leistungszeitraum {dde(month)} - {dde(end)}",
                            "Rechnungsbetrag 63,00 EUR inkl. 7 % MwSt.",
                            f"SEPA-Lastschrift am {dde(D(debit))}",
                        ]
                    ),
                    f"{nr}.pdf",
                ),
            ),
            labels=["Deutschlandticket"],
            slug="bvg-deutschlandticket-rechnung",
            msgid=f"<{uuid4()}@abo.bvg.de>",
        )


DB_FOOT = (
    "DB Fernverkehr AG · Stephensonstraße 1 · 60326 Frankfurt am Main · Registergericht Frankfurt am Main HRB 83220 · "
    "USt-IdNr. DE 260 441 233 · Vertrieb: DB Vertrieb GmbH, Europa-Allee 78–84, 60486 Frankfurt am Main"
)


def db_page(body: str, pre: str) -> str:
    inner = f"""<tr><td style="padding:16px 24px;border-bottom:1px solid #d7dce1;"><span style="display:inline-block;border:2px solid #ec0016;color:#ec0016;font:bold 18px Arial,sans-serif;padding:0 5px;border-radius:3px;">DB</span></td></tr>
<tr><td class="pad" style="padding:24px;font:15px/22px Arial,sans-serif;color:#282d37;">{body}</td></tr>
<tr><td style="padding:16px 24px;background:#f0f3f5;font:11px/16px Arial,sans-serif;color:#646973;">{DB_FOOT}</td></tr>"""
    return page(inner, preheader=pre, bg="#f0f3f5")


def bahn() -> None:
    body = (
        """<p>Guten Tag Frau Schmidt,</p>
<p>Ihre BahnCard 25 (2. Klasse) mit der Nummer <b>7081 4101 5528 1904</b> ist noch bis zum <b>14.02.2026</b> gültig.</p>
<p>Ihr BahnCard-Abo verlängert sich automatisch um ein weiteres Jahr, wenn Sie nicht spätestens sechs Wochen vor Ablauf der Gültigkeit kündigen, also bis zum 03.01.2026.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f0f3f5;">
"""
        + rows(
            [
                ("Ihre neue BahnCard", "BahnCard 25, 2. Klasse"),
                ("Gültigkeit", "15.02.2026 – 14.02.2027"),
                ("Preis", "62,90 €"),
                ("Zahlung", "SEPA-Lastschrift zum Gültigkeitsbeginn am 15.02.2026"),
            ],
            label_style="padding:6px 12px;font-size:14px;",
            value_style="padding:6px 12px;font-size:14px;text-align:right;",
        )
        + """
</table>
<p>Ihre neue BahnCard erhalten Sie rechtzeitig digital in der App DB Navigator und unter „Meine Bahn“.</p>
<p>Freundliche Grüße<br />Ihr BahnCard-Service</p>"""
    )
    h = db_page(body, "Ihr BahnCard-Abo verlängert sich am 15.02.2026")
    add(
        when("2025-12-16", "08:30"),
        ("BahnCard-Service", "noreply@bahncard.bahn.de"),
        "Ihr BahnCard-Abo: Informationen zur Verlängerung",
        alt(to_text(h), h),
        labels=["BahnCard 25"],
        slug="db-bahncard-verlaengerung",
        msgid=f"<{uuid4()}@bahncard.bahn.de>",
    )
    net, tax = vat("62.90", 7)
    body = f"""<p>Guten Tag Frau Schmidt,</p>
<p>Ihre neue <b>BahnCard 25, 2. Klasse</b> ist ab dem 15.02.2026 gültig und steht in der App DB Navigator für Sie bereit.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f0f3f5;">
{
        rows(
            [
                ("BahnCard-Nummer", "7081 4101 5528 1904"),
                ("Gültig", "15.02.2026 – 14.02.2027"),
                ("Rechnungsnummer", "BC-2026-0219" + digits(5)),
                ("Betrag netto", eur(net)),
                ("MwSt. 7 %", eur(tax)),
                ("<b>Rechnungsbetrag</b>", "<b>62,90 €</b>"),
            ],
            label_style="padding:6px 12px;font-size:14px;",
            value_style="padding:6px 12px;font-size:14px;text-align:right;",
        )
    }
</table>
<p>Der Betrag wird am 15.02.2026 von Ihrem Konto abgebucht. Ihr BahnCard-Abo verlängert sich auch künftig automatisch um ein Jahr, sofern Sie nicht bis sechs Wochen vor Ablauf kündigen.</p>
<p>Gute Fahrt!<br />Ihr BahnCard-Service</p>"""
    h = db_page(body, "Ihre neue BahnCard 25 ist da")
    add(
        when("2026-02-09", "10:02"),
        ("BahnCard-Service", "noreply@bahncard.bahn.de"),
        "Ihre neue BahnCard 25 ist da",
        alt(to_text(h), h),
        labels=["BahnCard 25"],
        slug="db-bahncard-neu",
        msgid=f"<{uuid4()}@bahncard.bahn.de>",
    )

    for sent, order, route, travel, trains, price in [
        (
            "2026-04-08",
            "482910337",
            "Berlin Hbf → Hamburg Hbf und zurück",
            "Fr., 24.04.2026 – So., 26.04.2026",
            [
                "ICE 803 ab 09:36 Berlin Hbf, an 11:18 Hamburg Hbf",
                "ICE 1706 ab 17:01 Hamburg Hbf, an 18:44 Berlin Hbf",
            ],
            "71.98",
        ),
        (
            "2026-07-06",
            "517733820",
            "Berlin Hbf → München Hbf",
            "Sa., 01.08.2026",
            ["ICE 1005 ab 08:29 Berlin Hbf, an 12:31 München Hbf"],
            "89.98",
        ),
    ]:
        net, tax = vat(price, 7)
        trains_html = "<br />".join(trains)
        body = f"""<p>Guten Tag Frau Schmidt,</p>
<p>vielen Dank für Ihre Buchung. Ihr Ticket finden Sie im Anhang und in der App DB Navigator.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f0f3f5;">
{
            rows(
                [
                    ("Auftragsnummer", order),
                    ("Strecke", route),
                    ("Reisedatum", travel),
                    ("Verbindung", trains_html),
                    ("Reisende", "2 Erwachsene (1 × BahnCard 25), 1 Kind (4 J.)"),
                    ("Angebot", "Sparpreis, 2. Klasse, Zugbindung"),
                    ("Gesamtpreis", "<b>" + eur(price) + "</b>"),
                    ("enthaltene MwSt. 7 %", eur(tax)),
                    ("Zahlungsmittel", "PayPal"),
                ],
                label_style="padding:6px 12px;font-size:14px;vertical-align:top;",
                value_style="padding:6px 12px;font-size:14px;text-align:right;",
            )
        }
</table>
<p>Bitte halten Sie bei der Fahrkartenkontrolle Ihre BahnCard und einen amtlichen Lichtbildausweis bereit.</p>
<p>Wir wünschen Ihnen eine angenehme Reise!<br />Ihre Deutsche Bahn</p>"""
        h = db_page(body, f"Auftrag {order}: {route}")
        add(
            when(sent, rng.choice(["21:14", "20:37", "12:05"])),
            ("DB Fernverkehr", "buchungsbestaetigung@bahn.de"),
            f"Buchungsbestätigung (Auftrag {order})",
            mixed(
                alt(to_text(h), h),
                attachment(
                    minipdf(
                        [
                            "Online-Ticket DB Fernverkehr",
                            f"Auftrag {order}",
                            route,
                            travel,
                            f"Gesamtpreis {eur(price).replace(' €', ' EUR')}",
                        ]
                    ),
                    f"Ticket_{order}.pdf",
                ),
            ),
            slug="db-buchungsbestaetigung",
            msgid=f"<{uuid4()}@bahn.de>",
        )
    txt = """Guten Tag Frau Schmidt,

vielen Dank für Ihren Antrag auf Fahrgastrechte-Entschädigung.

Vorgangsnummer: FGR-2026-0811-77320
Fahrt: Berlin Hbf - München Hbf am 01.08.2026 (Auftrag 517733820)
Verspätung am Zielbahnhof: 72 Minuten

Ihre Entschädigung beträgt 25 % des Fahrpreises: 22,50 EUR.
Wir überweisen den Betrag in den nächsten Tagen auf Ihr Konto
DE12 **** **** **** **** 78.

Wir bitten die Unannehmlichkeiten zu entschuldigen.

Freundliche Grüße
Ihr Servicecenter Fahrgastrechte
DB Fernverkehr AG, 60647 Frankfurt am Main
"""
    add(
        when("2026-08-11", "13:48"),
        ("DB Servicecenter Fahrgastrechte", "fahrgastrechte@bahn.de"),
        "Ihre Entschädigung – Vorgangsnummer FGR-2026-0811-77320",
        plain(txt),
        slug="db-fahrgastrechte",
        msgid=f"<{uuid4()}@bahn.de>",
    )


MILES = ("MILES", "hello@miles-mobility.com")
MILES_FOOT = (
    "MILES Mobility GmbH · Wittestraße 30 K · 13509 Berlin · Amtsgericht Charlottenburg HRB 190412 B · "
    "Geschäftsführer: Oliver Mackprang, Florian Haller · USt-IdNr. DE311473129"
)


def miles_page(body: str, pre: str) -> str:
    inner = f"""<tr><td style="background:#1c2b39;padding:18px 24px;font:bold 24px 'Helvetica Neue',Arial,sans-serif;color:#3fe0b0;letter-spacing:2px;">MILES</td></tr>
<tr><td class="pad" style="padding:24px;font:15px/22px 'Helvetica Neue',Arial,sans-serif;color:#1c2b39;">{body}</td></tr>
<tr><td style="padding:16px 24px;font:11px/16px Arial,sans-serif;color:#8593a0;">{MILES_FOOT}</td></tr>"""
    return page(inner, preheader=pre, bg="#eef1f4", lang="de")


def miles_pass_invoice(sent: str, start: date) -> None:
    end = add_months(start, 1) - timedelta(days=1)
    net, tax = vat("6.99")
    nr = f"MP-{start.year}-{digits(6)}"
    body = f"""<p>Hi Lena,</p>
<p>dein <b>MILES Pass Silver</b> wurde um einen Monat verlängert. Hier ist deine Rechnung:</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #d0d7de;">
{
        rows(
            [
                ("Rechnungsnummer", nr),
                ("Zeitraum", f"{dde(start)} – {dde(end)}"),
                ("MILES Pass Silver", "6,99 €"),
                ("darin enthalten 19 % MwSt.", eur(tax)),
                ("<b>Gesamt</b>", "<b>6,99 €</b>"),
                ("Zahlungsart", "Visa •••• 4417"),
            ]
        )
    }
</table>
<p>Dein Pass verlängert sich automatisch jeden Monat. Kündigen kannst du jederzeit in der App unter Profil → MILES Pass.</p>
<p>Ride on!<br />Dein MILES Team</p>"""
    h = miles_page(body, "Rechnung MILES Pass Silver")
    add(
        when(sent, "04:02", "utc"),
        ("MILES Mobility", "invoice@miles-mobility.com"),
        f"Deine Rechnung {nr}",
        alt(to_text(h), h),
        labels=["MILES Pass"],
        slug="miles-pass-rechnung",
        msgid=f"<{uuid4()}@miles-mobility.com>",
    )


def miles_ride(sent: str, ride_day: str, car: str, km: int, rate: str, parking: int, total: str) -> None:
    net, tax = vat(total)
    nr = f"R-{ride_day.replace('-', '')}-{digits(6)}"
    body = f"""<p>Hi Lena,</p>
<p>danke, dass du mit MILES gefahren bist! Hier ist die Rechnung für deine Fahrt.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #d0d7de;">
{
        rows(
            [
                ("Rechnungsnummer", nr),
                ("Datum", dde(D(ride_day))),
                ("Fahrzeug", car),
                ("Strecke", f"{km} km × {rate} € (Pass Silver −10 %)"),
                ("Entsperrgebühr", "0,90 €"),
                ("Parkminuten", f"{parking} × 0,26 €"),
                ("darin enthalten 19 % MwSt.", eur(tax)),
                ("<b>Gesamt</b>", "<b>" + eur(total) + "</b>"),
                ("Zahlungsart", "Visa •••• 4417"),
            ]
        )
    }
</table>
<p>Dein MILES Team</p>"""
    h = miles_page(body, f"Deine Fahrt am {dde(D(ride_day))}: {eur(total)}")
    add(
        when(sent, "19:55"),
        ("MILES Mobility", "invoice@miles-mobility.com"),
        f"Deine Rechnung {nr}",
        alt(to_text(h), h),
        slug="miles-fahrt-rechnung",
        msgid=f"<{uuid4()}@miles-mobility.com>",
    )


def miles() -> None:
    body = (
        """<p>Hi Lena,</p>
<p>willkommen im Club! Dein <b>MILES Pass Silver</b> ist ab sofort aktiv – du sparst 10 % auf jeden Kilometer, auf Reservierungszeit, Entsperrgebühr und Parkminuten.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #d0d7de;">
"""
        + rows(
            [
                ("Pass", "MILES Pass Silver"),
                ("Preis", "6,99 € / Monat (inkl. MwSt.)"),
                ("Start", "18.04.2026"),
                ("Verlängerung", "automatisch jeden Monat am 18."),
                ("Kündigung", "jederzeit in der App zum Ende des laufenden Monats"),
            ]
        )
        + """
</table>
<p>Ride on!<br />Dein MILES Team</p>"""
    )
    h = miles_page(body, "Dein MILES Pass ist aktiv")
    add(
        when("2026-04-18", "12:31"),
        MILES,
        "Dein MILES Pass Silver ist aktiv 🚗",
        alt(to_text(h), h),
        labels=["MILES Pass"],
        slug="miles-pass-aktiv",
        msgid=f"<{uuid4()}@miles-mobility.com>",
    )
    miles_ride("2026-04-26", "2026-04-26", "VW ID.3 · B-MI 4471E", 21, "0,80", 0, "17.70")
    miles_pass_invoice("2026-06-18", D("2026-06-18"))
    miles_ride("2026-08-02", "2026-08-02", "VW Crafter (Transporter) · B-MI 2290", 34, "1,07", 12, "40.40")
    miles_pass_invoice("2026-10-18", D("2026-10-18"))
    miles_pass_invoice("2026-11-18", D("2026-11-18"))


# ================================================================ insurance, Kita


def huk24() -> None:
    orig = """Sehr geehrter Herr Nowak,

in Ihrem Postfach bei "Meine HUK24" liegt ein neues Dokument für Sie:

  Beitragsrechnung Privathaftpflichtversicherung
  Versicherungsschein-Nr.: 711/458223-K
  Tarif: Privathaftpflicht Classic, Familie
  Mitversichert: Lena Schmidt, Mila Nowak

  Versicherungszeitraum:  01.03.2026 - 28.02.2027
  Jahresbeitrag:          52,50 EUR
  Versicherungsteuer 19 %: 9,97 EUR
  zu zahlen:              62,47 EUR

Den Beitrag buchen wir am 01.03.2026 von Ihrem Konto ab. Der Vertrag
verlängert sich jeweils um ein Jahr, wenn er nicht drei Monate vor Ablauf
gekündigt wird.

Das Dokument finden Sie unter https://www.huk24.de/meine-huk24

Mit freundlichen Grüßen
Ihre HUK24

HUK24 AG · Willi-Hussong-Straße 2 · 96444 Coburg
Vorstand: Dr. Jörg Rheinländer (Sprecher), Daniel Thomas · Amtsgericht Coburg HRB 3545
"""
    note = (
        "Hi Lena,\n\nzur Info für den Ordner – die Haftpflicht für 2026 wird am 1.3. abgebucht. "
        "Ich hab den Vertrag letztes Jahr auf Familie umgestellt, du und Mila seid mit drin.\n\nT."
    )
    body = gmail_forward(
        note,
        note.replace("\n\n", "<br><br>"),
        "HUK24 <service@huk24.de>",
        "wt., 3 lut 2026 o 18:22",
        "Neues Dokument in Meine HUK24: Beitragsrechnung",
        "<tomasz.nowak@gmail.com>",
        orig,
    )
    add(
        when("2026-02-04", "07:58"),
        TOMASZ,
        "Fwd: Neues Dokument in Meine HUK24: Beitragsrechnung",
        body,
        labels=["HUK24 Privathaftpflicht"],
        slug="fwd-huk24-beitragsrechnung",
        msgid=gmail_id(),
    )


COSMOS = ("CosmosDirekt", "service@cosmosdirekt.de")
COSMOS_FOOT = (
    "Cosmos Versicherung AG · Halbergstraße 50–60 · 66121 Saarbrücken · Vorstand: Dr. Andreas Ruf (Vorsitzender) · "
    "Sitz Saarbrücken · Amtsgericht Saarbrücken HRB 4946 · CosmosDirekt ist die Direktmarke der Generali in Deutschland"
)


def cosmos_page(body: str, pre: str) -> str:
    inner = f"""<tr><td style="padding:18px 26px;background:#003f7d;font:bold 22px Arial,sans-serif;color:#ffffff;">CosmosDirekt <span style="font-weight:normal;font-size:13px;color:#9fc3e7;">Die Versicherung.</span></td></tr>
<tr><td class="pad" style="padding:26px;font:14px/21px Arial,sans-serif;color:#222;">{body}</td></tr>
<tr><td style="padding:14px 26px;background:#eef3f8;font:11px/15px Arial,sans-serif;color:#5b6770;">{COSMOS_FOOT}</td></tr>"""
    return page(inner, preheader=pre, bg="#eef3f8")


def cosmos() -> None:
    body = """<p>Sehr geehrte Frau Schmidt,</p>
<p>damit Ihr Hausrat auch künftig ausreichend versichert ist, passen wir Ihre Versicherungssumme jedes Jahr an die Preisentwicklung an (Summenanpassung gemäß § 9 der Versicherungsbedingungen VHB 2022). Grundlage ist der vom Statistischen Bundesamt ermittelte Preisindex für Verbrauchs- und Gebrauchsgüter.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #c9d6e2;">
<tr style="background:#eef3f8;"><th style="padding:8px;text-align:left;">Hausratversicherung Comfort</th><th style="padding:8px;text-align:right;">bisher</th><th style="padding:8px;text-align:right;">ab 01.07.2026</th></tr>
<tr><td style="padding:8px;">Versicherungssumme</td><td style="padding:8px;text-align:right;">55.700 €</td><td style="padding:8px;text-align:right;">58.650 €</td></tr>
<tr><td style="padding:8px;">Jahresbeitrag inkl. 19 % Versicherungsteuer</td><td style="padding:8px;text-align:right;">89,47 €</td><td style="padding:8px;text-align:right;"><b>94,18 €</b></td></tr>
</table>
<p>Versicherungsnummer: HR 2291744-08 · Versicherungsort: Kollwitzstraße 48, 10405 Berlin</p>
<p>Die Anpassung berechtigt Sie nicht zur Kündigung, da sich der Umfang des Versicherungsschutzes entsprechend erhöht. Sie müssen nichts weiter tun.</p>
<p>Mit freundlichen Grüßen<br />Ihre CosmosDirekt</p>"""
    h = cosmos_page(body, "Ihre Versicherungssumme wird angepasst")
    add(
        when("2026-05-20", "09:15"),
        COSMOS,
        "Information zur Beitragsanpassung Ihrer Hausratversicherung",
        alt(to_text(h), h),
        labels=["CosmosDirekt Hausratversicherung"],
        slug="cosmosdirekt-beitragsanpassung",
        msgid=f"<{uuid4()}@cosmosdirekt.de>",
    )
    net, tax = vat("94.18")
    body = f"""<p>Sehr geehrte Frau Schmidt,</p>
<p>anbei erhalten Sie Ihre Beitragsrechnung für das neue Versicherungsjahr.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #c9d6e2;">
{
        rows(
            [
                ("Vertrag", "Hausratversicherung Comfort"),
                ("Versicherungsnummer", "HR 2291744-08"),
                ("Versicherungszeitraum", "01.07.2026 – 30.06.2027"),
                ("Beitrag netto", eur(net)),
                ("Versicherungsteuer 19 %", eur(tax)),
                ("<b>Jahresbeitrag</b>", "<b>94,18 €</b>"),
                ("Fälligkeit", "01.07.2026"),
            ]
        )
    }
</table>
<p>Wir buchen den Beitrag zum Fälligkeitstermin per SEPA-Lastschrift von Ihrem Konto DE12 **** **** **** **** 78 ab.</p>
<p>Mit freundlichen Grüßen<br />Ihre CosmosDirekt</p>"""
    h = cosmos_page(body, "Jahresbeitrag 94,18 € – fällig am 01.07.2026")
    add(
        when("2026-06-10", "09:02"),
        COSMOS,
        "Ihre Beitragsrechnung – Hausratversicherung HR 2291744-08",
        mixed(
            alt(to_text(h), h),
            attachment(
                minipdf(
                    [
                        "Cosmos Versicherung AG - Beitragsrechnung",
                        "Hausratversicherung HR 2291744-08",
                        "Versicherungszeitraum 01.07.2026 - 30.06.2027",
                        "Jahresbeitrag 94,18 EUR inkl. 19 % Versicherungsteuer",
                        "Faellig 01.07.2026",
                    ]
                ),
                "Beitragsrechnung_HR229174408.pdf",
            ),
        ),
        labels=["CosmosDirekt Hausratversicherung"],
        slug="cosmosdirekt-beitragsrechnung",
        msgid=f"<{uuid4()}@cosmosdirekt.de>",
    )


DFV = ("DFV Deutsche Familienversicherung", "service@deutsche-familienversicherung.de")
DFV_FOOT = (
    "DFV Deutsche Familienversicherung AG · Reuterweg 47 · 60323 Frankfurt am Main · Vorstand: Dr. Stefan M. Knoll (Vorsitzender), "
    "Dr. Karsten Paetzmann · Amtsgericht Frankfurt am Main HRB 46086"
)


def dfv_page(body: str, pre: str) -> str:
    inner = f"""<tr><td style="padding:18px 26px;border-bottom:3px solid #8cbf26;font:bold 22px Georgia,serif;color:#004b87;">DFV <span style="font:13px Arial,sans-serif;color:#555;">Deutsche Familienversicherung</span></td></tr>
<tr><td class="pad" style="padding:26px;font:14px/21px Arial,sans-serif;color:#222;">{body}</td></tr>
<tr><td style="padding:14px 26px;background:#f3f6ee;font:11px/15px Arial,sans-serif;color:#666;">{DFV_FOOT}</td></tr>"""
    return page(inner, preheader=pre, bg="#f3f6ee")


def dfv() -> None:
    body = (
        """<p>Sehr geehrte Frau Schmidt,</p>
<p>in Ihrem Tarif <b>DFV-ZahnSchutz Exklusiv 90</b> richtet sich der Beitrag nach dem Alter. Zum <b>01.01.2026</b> wechseln Sie in die nächste Altersgruppe (36–40 Jahre).</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #d7e2c5;">
"""
        + rows(
            [
                ("Versicherungsnummer", "ZS-3318-4470-2"),
                ("Monatsbeitrag bisher", "24,60 €"),
                ("<b>Monatsbeitrag ab 01.01.2026</b>", "<b>29,80 €</b>"),
            ],
            label_style="padding:8px;font-size:14px;",
            value_style="padding:8px;font-size:14px;text-align:right;",
        )
        + """
</table>
<p>Der Beitrag wird wie gewohnt monatlich zum 1. per Lastschrift eingezogen. Ihr Versicherungsschutz bleibt unverändert.</p>
<p>Mit freundlichen Grüßen<br />Ihre DFV Deutsche Familienversicherung</p>"""
    )
    h = dfv_page(body, "Neuer Monatsbeitrag ab 01.01.2026")
    add(
        when("2025-12-04", "10:40"),
        DFV,
        "Ihr DFV-ZahnSchutz: Beitragsänderung zum 01.01.2026",
        alt(to_text(h), h),
        labels=["DFV-ZahnSchutz"],
        slug="dfv-beitragsaenderung",
        msgid=f"<{uuid4()}@deutsche-familienversicherung.de>",
    )
    body = (
        """<p>Sehr geehrte Frau Schmidt,</p>
<p>wir haben Ihre eingereichte Rechnung geprüft und erstatten Ihnen folgenden Betrag:</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #d7e2c5;">
"""
        + rows(
            [
                ("Leistungsabrechnung", "L-26-441902"),
                ("Versicherungsnummer", "ZS-3318-4470-2"),
                ("Rechnung", "Zahnarztpraxis Dr. Aylin Yılmaz, 09.06.2026"),
                ("Leistung", "Professionelle Zahnreinigung"),
                ("Rechnungsbetrag", "96,00 €"),
                ("<b>Erstattung</b>", "<b>96,00 €</b>"),
            ],
            label_style="padding:8px;font-size:14px;",
            value_style="padding:8px;font-size:14px;text-align:right;",
        )
        + """
</table>
<p>Der Betrag wird in den nächsten Tagen auf Ihr Konto überwiesen. Ihr verbleibendes Budget für Zahnprophylaxe 2026: 54,00 €.</p>
<p>Mit freundlichen Grüßen<br />Ihre DFV Deutsche Familienversicherung</p>"""
    )
    h = dfv_page(body, "Erstattung 96,00 €")
    add(
        when("2026-06-18", "14:22"),
        DFV,
        "Ihre Leistungsabrechnung L-26-441902",
        alt(to_text(h), h),
        labels=["DFV-ZahnSchutz"],
        slug="dfv-leistungsabrechnung",
        msgid=f"<{uuid4()}@deutsche-familienversicherung.de>",
    )
    body = """<p>Sehr geehrte Frau Schmidt,</p>
<p>als Privatpatientin ins Krankenhaus – mit dem <b>DFV-KlinikSchutz</b> schon ab 9,90 € im Monat: Chefarztbehandlung, Ein- oder Zweibettzimmer und freie Krankenhauswahl.</p>
<p style="margin:20px 0;"><a href="https://www.deutsche-familienversicherung.de/klinikschutz?cmp=bestand_2609" style="background:#8cbf26;color:#fff;padding:10px 22px;font-weight:bold;">Jetzt Beitrag berechnen</a></p>
<p style="font-size:11px;color:#666;">Sie erhalten diese E-Mail als Kundin der DFV. <a href="https://www.deutsche-familienversicherung.de/newsletter/abmelden">Vom Newsletter abmelden</a></p>"""
    h = dfv_page(body, "Privatpatientin im Krankenhaus ab 9,90 €")
    add(
        when("2026-09-22", "18:05"),
        ("DFV Deutsche Familienversicherung", "newsletter@deutsche-familienversicherung.de"),
        "Frau Schmidt, sind Sie im Krankenhaus gut versorgt?",
        alt(to_text(h), h),
        slug="dfv-werbung",
        headers=unsub("https://www.deutsche-familienversicherung.de/newsletter/abmelden"),
        hdr_order="bulk",
    )


def check24() -> None:
    inner = """<tr><td style="background:#063773;padding:16px 24px;font:bold 24px Arial,sans-serif;color:#fff;">CHECK<span style="color:#ffbb1c;">24</span></td></tr>
<tr><td class="pad" style="padding:24px;font:15px/22px Arial,sans-serif;color:#333;">
<p>Hallo Frau Schmidt,</p>
<p><b>Nur noch bis 30.11.:</b> Kfz-Versicherung wechseln und bis zu 850 € sparen. Jetzt über 330 Tarife vergleichen – kostenlos und unverbindlich.</p>
<p style="text-align:center;margin:20px 0;"><a href="https://www.check24.de/kfz-versicherung/?wpset=nl_kfz_wechsel" style="background:#0271c2;color:#fff;padding:12px 26px;border-radius:4px;font-weight:bold;">Jetzt vergleichen</a></p>
<p style="font-size:11px;color:#888;">CHECK24 Vergleichsportal GmbH · Erika-Mann-Str. 62–66 · 80636 München. Sie erhalten diesen Newsletter, weil Sie sich bei CHECK24 registriert haben. <a href="https://www.check24.de/newsletter/abmelden">Abmelden</a></p>
</td></tr>"""
    h = page(inner, preheader="Stichtag 30.11.: Jetzt wechseln")
    add(
        when("2026-11-09", "11:30"),
        ("CHECK24", "newsletter@check24.de"),
        "⏰ Stichtag 30.11.: Jetzt Kfz-Versicherung wechseln",
        alt(to_text(h), h),
        slug="check24-newsletter",
        headers=unsub("https://www.check24.de/newsletter/abmelden"),
        hdr_order="bulk",
    )


KITA = ("Kita Kleine Strolche", "kleine-strolche@kinderwelt-pankow.de")
KITA_SIG = """--
Kita Kleine Strolche
Kinderwelt Pankow gGmbH
Sredzkistraße 19, 10435 Berlin
Tel. 030 440 18 77
"""


def kita() -> None:
    txt = f"""Liebe Eltern,

das Jahr geht zu Ende und wir möchten euch an ein paar Termine erinnern:

- Mittwoch, 17.12.: Plätzchenbacken in allen Gruppen (bitte Schürzen mitgeben)
- Freitag, 19.12.: Weihnachtssingen um 15:30 Uhr im Garten, Punsch für alle
- Schließzeit: 24.12.2025 bis einschließlich 02.01.2026
  (Notbetreuung bitte bis 12.12. bei Frau Demir anmelden)

P.S. Einige von euch haben gefragt: Das Essensgeld (23,00 €) wird auch im
Dezember wie gewohnt zum 5. eingezogen, die Schließtage werden nicht
verrechnet.

Wir wünschen euch schöne Feiertage!
Euer Team der Kleinen Strolche

{KITA_SIG}"""
    add(
        when("2025-12-10", "16:12"),
        KITA,
        "Elternbrief Dezember – Termine und Schließzeit",
        plain(txt),
        labels=["Kita Essensgeld"],
        slug="kita-elternbrief-dezember",
        msgid=f"<{uuid4()}@kinderwelt-pankow.de>",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    )
    txt = f"""Liebe Eltern der Füchse-Gruppe,

wir laden euch herzlich zum Elternabend ein:

Donnerstag, 26.03.2026, 19:00 Uhr, im Gruppenraum der Füchse

Themen: Eingewöhnung der neuen Kinder, Sommerfest, Wahl der
Elternvertretung, Ausflug zum Kinderbauernhof Pinke-Panke.

Bitte gebt bis zum 20.03. kurz Bescheid, ob ihr kommt.

Viele Grüße
Jana und Malte

{KITA_SIG}"""
    add(
        when("2026-03-12", "13:47"),
        KITA,
        "Einladung zum Elternabend am 26.03.",
        plain(txt),
        to=[("Eltern Füchse", "eltern-fuechse@kinderwelt-pankow.de")],
        slug="kita-elternabend",
        msgid=f"<{uuid4()}@kinderwelt-pankow.de>",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    )
    txt = """Liebe Eltern,

zum neuen Kitajahr 2026/27 (ab 01.08.2026) die wichtigsten Informationen
aus der Verwaltung:

1. Essensgeld: Die Betreuung in Berliner Kitas ist beitragsfrei. Die
   Kostenbeteiligung für die Verpflegung nach dem Kindertagesförderungsgesetz
   (KitaFöG) beträgt weiterhin 23,00 EUR im Monat. Wir ziehen den Betrag
   wie bisher zum 5. eines Monats per SEPA-Lastschrift ein.
   Gläubiger-ID: DE27ZZZ00001887341
   Mandatsreferenz: KWP-0471-NOWAK-M
   Verwendungszweck: Verpflegung Mila Nowak

2. Gutschein: Bitte denkt daran, den Kita-Gutschein rechtzeitig beim
   Jugendamt Pankow zu verlängern, falls er im neuen Kitajahr ausläuft.

3. Schließtage 2026/27 findet ihr in der angehängten Übersicht.

Bei Fragen erreicht ihr die Verwaltung montags bis donnerstags von 9 bis
13 Uhr.

Mit freundlichen Grüßen
Birgit Hallmann
Verwaltung
Kinderwelt Pankow gGmbH, Sredzkistraße 19, 10435 Berlin
Amtsgericht Charlottenburg HRB 99120 B
"""
    add(
        when("2026-07-28", "10:31"),
        ("Kinderwelt Pankow gGmbH – Verwaltung", "verwaltung@kinderwelt-pankow.de"),
        "Informationen zum neuen Kitajahr 2026/27 – Essensgeld und Schließtage",
        mixed(
            plain(txt, charset="iso-8859-1"),
            attachment(
                minipdf(
                    [
                        "Kinderwelt Pankow gGmbH",
                        "Schliesstage Kitajahr 2026/27",
                        "23.12.2026 - 01.01.2027",
                        "15.05.2027 (Brueckentag)",
                        "26.07.2027 - 06.08.2027 (Sommerschliessung)",
                        "Essensgeld 23,00 EUR monatlich, Lastschrift zum 5.",
                    ]
                ),
                "Elterninfo_Kitajahr_2026-27.pdf",
            ),
        ),
        labels=["Kita Essensgeld"],
        slug="kita-essensgeld-kitajahr",
        msgid=f"<{uuid4()}@kinderwelt-pankow.de>",
    )
    txt = f"""Liebe Eltern,

am Mittwoch, 11.11., ist es wieder soweit: Unser Laternenumzug startet um
17:00 Uhr im Kita-Garten und geht durch den Kollwitzkiez bis zum
Wasserturm. Danach gibt es Stockbrot und Kinderpunsch.

Die Kinder basteln ihre Laternen in den nächsten Tagen in der Kita.
Bitte gebt dafür 5 € Bastelgeld in bar bei den Erzieherinnen ab.

Wer Lust hat, beim Stockbrot zu helfen, trägt sich bitte in die Liste
am Eingang ein.

Herzliche Grüße
Euer Kita-Team

{KITA_SIG}"""
    add(
        when("2026-10-30", "14:55"),
        KITA,
        "Laternenumzug am 11.11. 🏮",
        plain(txt),
        to=[("Eltern Kleine Strolche", "eltern@kinderwelt-pankow.de")],
        slug="kita-laternenumzug",
        msgid=f"<{uuid4()}@kinderwelt-pankow.de>",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    )


# ================================================================ sport

USC = ("Urban Sports Club", "no-reply@urbansportsclub.com")
USC_FOOT = (
    "Urban Sports GmbH · Storkower Straße 140 · 10407 Berlin · Amtsgericht Charlottenburg HRB 151476 B · "
    "Geschäftsführer: Benjamin Roth, Moritz Kreppel · USt-IdNr. DE287637406"
)


def usc_page(body: str, pre: str) -> str:
    inner = f"""<tr><td style="background:#000000;padding:18px 26px;font:bold 20px 'Helvetica Neue',Arial,sans-serif;color:#ffffff;letter-spacing:1px;">URBAN SPORTS CLUB</td></tr>
<tr><td class="pad" style="padding:26px;font:15px/23px 'Helvetica Neue',Arial,sans-serif;color:#111;">{body}</td></tr>
<tr><td style="padding:16px 26px;background:#f7f7f7;font:11px/16px Arial,sans-serif;color:#777;">{USC_FOOT}<br />
<a href="https://urbansportsclub.com/de/profile" style="color:#777;">Mitgliedschaft verwalten</a> · <a href="https://urbansportsclub.com/de/agb" style="color:#777;">AGB</a></td></tr>"""
    return page(inner, preheader=pre, bg="#f7f7f7")


def usc_invoice(sent: str, month: date, amount: str) -> None:
    net, tax = vat(amount)
    end = add_months(month, 1) - timedelta(days=1)
    nr = f"DE-{month.year}{month.month:02d}-{digits(8)}"
    body = f"""<p>Hallo Lena,</p>
<p>hier ist deine Rechnung für deine Urban Sports Club Mitgliedschaft.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #e3e3e3;border-bottom:1px solid #e3e3e3;">
{
        rows(
            [
                ("Rechnungsnummer", nr),
                ("Rechnungsdatum", dde(D(sent))),
                ("Mitgliedschaft", "M · monatlich"),
                ("Leistungszeitraum", f"{dde(month)} – {dde(end)}"),
                ("Netto", eur(net)),
                ("MwSt. 19 %", eur(tax)),
                ("<b>Gesamt</b>", "<b>" + eur(amount) + "</b>"),
                ("Zahlungsmethode", "SEPA-Lastschrift"),
            ]
        )
    }
</table>
<p>Viel Spaß beim Training!<br />Dein Urban Sports Club Team</p>"""
    h = usc_page(body, f"Rechnung {MONTHS[month.month]} {month.year}")
    add(
        when(sent, "06:10"),
        USC,
        f"Deine Rechnung für {MONTHS[month.month]} {month.year}",
        alt(to_text(h), h),
        labels=["Urban Sports Club"],
        slug="usc-rechnung",
        msgid=f"<{uuid4()}@urbansportsclub.com>",
    )


def urban_sports() -> None:
    usc_invoice("2026-01-01", D("2026-01-01"), "64.00")
    body = """<p>Hallo Lena,</p>
<p>wir erweitern unser Angebot ständig – allein in Berlin sind 2025 über 180 neue Partner dazugekommen. Gleichzeitig sind unsere Kosten gestiegen. Deshalb passen wir unsere Preise an:</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #e3e3e3;">
<tr><td style="padding:10px;">Deine Mitgliedschaft <b>M</b></td><td style="padding:10px;text-align:right;">bisher 64 € / Monat</td><td style="padding:10px;text-align:right;"><b>ab 01.05.2026: 69 € / Monat</b></td></tr>
</table>
<p>Der neue Preis gilt ab deiner Abrechnung am 1. Mai 2026. Wenn du damit nicht einverstanden bist, kannst du deine Mitgliedschaft bis zum 30.04.2026 kündigen oder in S wechseln.</p>
<p>Danke, dass du dabei bist!<br />Dein Urban Sports Club Team</p>"""
    h = usc_page(body, "Neue Preise ab 1. Mai 2026")
    add(
        when("2026-03-17", "15:00"),
        USC,
        "Wichtige Information zu deiner Mitgliedschaft: neue Preise ab 1. Mai 2026",
        alt(to_text(h), h),
        labels=["Urban Sports Club"],
        slug="usc-preisaenderung",
        msgid=f"<{uuid4()}@urbansportsclub.com>",
    )
    usc_invoice("2026-05-01", D("2026-05-01"), "69.00")
    body = (
        """<p>Hallo Lena,</p>
<p>deine Mitgliedschaft ist jetzt pausiert. Genieß den Sommer!</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #e3e3e3;">
"""
        + rows(
            [
                ("Pause", "01.07.2026 – 31.08.2026"),
                ("Beitrag während der Pause", "0 €"),
                ("Deine Mitgliedschaft läuft wieder ab", "01.09.2026"),
                ("Danach", "M · 69 € / Monat"),
            ]
        )
        + """
</table>
<p>Während der Pause kannst du keine Kurse buchen. Du kannst die Pause jederzeit in der App vorzeitig beenden.</p>
<p>Dein Urban Sports Club Team</p>"""
    )
    h = usc_page(body, "Pause vom 01.07. bis 31.08.2026")
    add(
        when("2026-06-12", "21:40"),
        USC,
        "Deine Mitgliedschaft ist pausiert ⏸️",
        alt(to_text(h), h),
        labels=["Urban Sports Club"],
        slug="usc-pausiert",
        msgid=f"<{uuid4()}@urbansportsclub.com>",
    )
    body = """<p>Hallo Lena,</p>
<p>deine Pause endet am 31.08.2026. Ab dem 01.09.2026 ist deine Mitgliedschaft M wieder aktiv und du kannst wieder Kurse buchen – wir buchen dann wie gewohnt 69 € ab.</p>
<p>Neu in deiner Nähe: Yoga Loft Kollwitzplatz, Boulderhalle Der Kegel, Schwimmhalle Thomas-Mann-Straße.</p>
<p>Bis bald!<br />Dein Urban Sports Club Team</p>"""
    h = usc_page(body, "Deine Pause endet bald")
    add(
        when("2026-08-25", "09:00"),
        USC,
        "Deine Pause endet bald – bist du bereit?",
        alt(to_text(h), h),
        labels=["Urban Sports Club"],
        slug="usc-pause-endet",
        msgid=f"<{uuid4()}@urbansportsclub.com>",
    )
    usc_invoice("2026-11-01", D("2026-11-01"), "69.00")


FITX = ("FitX", "service@fitx.de")


def fitx() -> None:
    txt = """Hallo Lena,

hiermit bestätigen wir den Eingang deiner Kündigung vom 13.01.2026.

Mitgliedsnummer:      2210 448 19
Studio:               FitX Berlin-Prenzlauer Berg
Tarif:                FitX Flex, 19,99 € / Monat
Ende der Mitgliedschaft: 31.03.2026

Bis zum Ende deiner Mitgliedschaft kannst du wie gewohnt trainieren.
Die letzte Abbuchung deines Mitgliedsbeitrags erfolgt am 01.03.2026.
Danach buchen wir nichts mehr ab.

Schade, dass du gehst – wir würden uns freuen, dich wiederzusehen!

Sportliche Grüße
Dein FitX Team

FitX Deutschland GmbH · Ruhrallee 191 · 45136 Essen
Amtsgericht Essen HRB 22134 · Geschäftsführer: Dr. Marcus Ferst
"""
    add(
        when("2026-01-14", "10:12"),
        FITX,
        "Kündigungsbestätigung deiner FitX Mitgliedschaft",
        plain(txt),
        labels=["FitX"],
        slug="fitx-kuendigungsbestaetigung",
        msgid=f"<{uuid4()}@fitx.de>",
    )
    inner = """<tr><td style="background:#f3a800;padding:18px 24px;font:bold 28px Arial,sans-serif;color:#000;">FitX</td></tr>
<tr><td class="pad" style="padding:24px;font:15px/22px Arial,sans-serif;color:#111;">
<p>Hey Lena,</p>
<p>wir vermissen dich! Komm zurück zu FitX: <b>0 € Startpaket</b> und die ersten 4 Wochen für nur 4,99 €. Danach 19,99 € im Monat, monatlich kündbar.</p>
<p style="text-align:center;margin:20px 0;"><a href="https://www.fitx.de/comeback?utm_source=mail" style="background:#000;color:#f3a800;padding:12px 26px;font-weight:bold;">Jetzt zurückkommen</a></p>
<p style="font-size:11px;color:#777;">FitX Deutschland GmbH · Ruhrallee 191 · 45136 Essen. <a href="https://www.fitx.de/newsletter/abmelden">Abmelden</a></p>
</td></tr>"""
    h = page(inner, preheader="0 € Startpaket für Rückkehrer")
    add(
        when("2026-06-02", "17:30"),
        ("FitX", "news@fitx.de"),
        "Lena, wir vermissen dich 💛",
        alt(to_text(h), h),
        slug="fitx-comeback",
        headers=unsub("https://www.fitx.de/newsletter/abmelden"),
        hdr_order="bulk",
    )


# ================================================================ streaming, audio


NETFLIX = ("Netflix", "info@account.netflix.com")


def netflix_page(body: str, pre: str) -> str:
    inner = f"""<tr><td style="padding:24px 40px 8px 40px;font:bold 30px 'Netflix Sans',Helvetica,Arial,sans-serif;color:#e50914;">NETFLIX</td></tr>
<tr><td class="pad" style="padding:16px 40px 30px 40px;font:16px/24px 'Netflix Sans',Helvetica,Arial,sans-serif;color:#221f1f;">{body}</td></tr>
<tr><td style="padding:20px 40px;font:11px/16px Helvetica,Arial,sans-serif;color:#a9a6a6;border-top:2px solid #221f1f;">
Fragen? Ruf uns an: 0800 724 9451<br />Netflix International B.V., Karperstraat 8-10, 1075 KZ Amsterdam, Niederlande<br />
Diese Kontonachricht wurde an lena.schmidt@posteo.de gesendet. <a href="https://www.netflix.com/notificationsettings" style="color:#a9a6a6;">Benachrichtigungseinstellungen</a> · <a href="https://help.netflix.com" style="color:#a9a6a6;">Hilfe-Center</a></td></tr>"""
    return page(inner, preheader=pre, bg="#ffffff", font="Helvetica, Arial, sans-serif", doctype="html")


def netflix() -> None:
    body = """<h1 style="font-size:28px;margin:0 0 16px 0;">Bitte aktualisiere deine Zahlungsinformationen</h1>
<p>Hallo Lena,</p>
<p>wir konnten die Zahlung für deinen nächsten Abrechnungszeitraum nicht verarbeiten. Deine Karte Visa •••• 2208 ist abgelaufen.</p>
<p>Abo: Standard-Abo mit Werbung · 4,99 € / Monat</p>
<p>Wir versuchen es in den nächsten Tagen erneut. Aktualisiere einfach deine Zahlungsmethode, damit du Netflix weiter ohne Unterbrechung genießen kannst.</p>
<p style="margin:26px 0;"><a href="https://www.netflix.com/YourAccountPayment" style="background:#e50914;color:#fff;padding:14px 30px;border-radius:4px;font-weight:bold;">Zahlungsmethode aktualisieren</a></p>
<p>– Dein Netflix-Team</p>"""
    h = netflix_page(body, "Zahlung fehlgeschlagen")
    add(
        when("2026-02-14", "08:03", "utc"),
        NETFLIX,
        "Deine Zahlung ist fehlgeschlagen",
        alt(to_text(h), h, style="part"),
        labels=["Netflix"],
        slug="netflix-zahlung-fehlgeschlagen",
        msgid=f"<{uuid4()}@netflix.com>",
    )
    body = """<h1 style="font-size:28px;margin:0 0 16px 0;">Deine Zahlungsinformationen wurden aktualisiert</h1>
<p>Hallo Lena,</p>
<p>danke! Wir haben deine neue Zahlungsmethode Visa •••• 4417 gespeichert und 4,99 € für dein Standard-Abo mit Werbung belastet.</p>
<p>Dein nächstes Abrechnungsdatum ist der <b>14. März 2026</b>.</p>
<p>Du hast diese Änderung nicht vorgenommen? <a href="https://help.netflix.com/de/node/13243">Teile es uns mit</a>.</p>
<p>– Dein Netflix-Team</p>"""
    h = netflix_page(body, "Zahlungsmethode aktualisiert")
    add(
        when("2026-02-15", "19:44", "utc"),
        NETFLIX,
        "Deine Zahlungsinformationen wurden aktualisiert",
        alt(to_text(h), h),
        labels=["Netflix"],
        slug="netflix-zahlungsinfo-aktualisiert",
        msgid=f"<{uuid4()}@netflix.com>",
    )
    body = """<h1 style="font-size:28px;margin:0 0 16px 0;">Neu im Juni: Das solltest du nicht verpassen</h1>
<p>Hallo Lena,</p>
<p>Staffel 3 von <b>Die Kaiserin</b> ist da – außerdem neue Folgen von <b>Wednesday</b> und die Doku <b>Berlin ’89</b>.</p>
<p style="margin:26px 0;"><a href="https://www.netflix.com/browse" style="background:#e50914;color:#fff;padding:14px 30px;border-radius:4px;font-weight:bold;">Jetzt ansehen</a></p>
<p style="font-size:11px;color:#a9a6a6;">Du möchtest keine E-Mails zu Neuerscheinungen erhalten? <a href="https://www.netflix.com/unsubscribe?c=nw0626">Abbestellen</a></p>"""
    h = netflix_page(body, "Neu auf Netflix")
    add(
        when("2026-06-05", "18:12", "utc"),
        ("Netflix", "info@mailer.netflix.com"),
        "Lena, neu im Juni auf Netflix 🍿",
        alt(to_text(h), h),
        slug="netflix-neuheiten",
        headers=unsub("https://www.netflix.com/unsubscribe?c=nw0626"),
        hdr_order="bulk",
    )
    body = (
        """<h1 style="font-size:28px;margin:0 0 16px 0;">Dein Abo wurde geändert</h1>
<p>Hallo Lena,</p>
<p>du hast dein Abo geändert. Hier die Details:</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f3f3;">
"""
        + rows(
            [
                ("Bisheriges Abo", "Standard-Abo mit Werbung · 4,99 € / Monat"),
                ("Neues Abo", "<b>Standard · 13,99 € / Monat</b>"),
                ("Gültig ab", "sofort"),
                ("Neuer Preis ab", "deinem nächsten Abrechnungsdatum am 14. November 2026"),
            ],
            label_style="padding:8px 12px;font-size:14px;color:#555;",
            value_style="padding:8px 12px;font-size:14px;text-align:right;",
        )
        + """
</table>
<p>Alle Preise inkl. MwSt. Du kannst dein Abo jederzeit online ändern oder kündigen.</p>
<p>– Dein Netflix-Team</p>"""
    )
    h = netflix_page(body, "Neues Abo: Standard")
    add(
        when("2026-10-14", "20:26", "utc"),
        NETFLIX,
        "Dein Abo wurde geändert",
        alt(to_text(h), h),
        labels=["Netflix"],
        slug="netflix-abo-geaendert",
        msgid=f"<{uuid4()}@netflix.com>",
    )


DISNEY = ("Disney+", "disneyplus@mail.disneyplus.com")


def disney_page(body: str, pre: str) -> str:
    inner = f"""<tr><td style="background:#0e0b4b;padding:24px 32px;font:bold 28px Arial,sans-serif;color:#ffffff;">Disney<span style="color:#5ae1f0;">+</span></td></tr>
<tr><td class="pad" style="background:#ffffff;padding:28px 32px;font:15px/23px Arial,sans-serif;color:#222;">{body}</td></tr>
<tr><td style="padding:18px 32px;font:11px/16px Arial,sans-serif;color:#8c8c8c;">
© 2025 Disney und verbundene Unternehmen. Alle Rechte vorbehalten. Disney+ wird in Deutschland angeboten von The Walt Disney Company (Benelux) B.V., Luchthavenweg 12, 5657 EB Eindhoven, Niederlande.<br />
<a href="https://www.disneyplus.com/de-de/legal/nutzungsbedingungen" style="color:#8c8c8c;">Nutzungsbedingungen</a> · <a href="https://help.disneyplus.com/de" style="color:#8c8c8c;">Hilfe-Center</a></td></tr>"""
    return page(inner, preheader=pre, bg="#f1f1f1")


def disney() -> None:
    body = (
        """<p>Hallo Lena,</p>
<p>willkommen bei Disney+! Ab jetzt kannst du Disney, Pixar, Marvel, Star Wars, National Geographic und Star streamen.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #e1e1e1;">
"""
        + rows(
            [
                ("Abo", "Disney+ Standard (monatlich)"),
                ("Preis", "9,99 € / Monat inkl. MwSt."),
                ("Abo-Beginn", "20.12.2025"),
                ("Zahlungsmethode", "Visa •••• 2208"),
            ]
        )
        + """
</table>
<p>Dein Abo verlängert sich automatisch jeden Monat, bis du es kündigst. Du kannst jederzeit in deinem Konto kündigen.</p>
<p>Viel Spaß beim Streamen!<br />Dein Disney+ Team</p>"""
    )
    h = disney_page(body, "Willkommen bei Disney+")
    add(
        when("2025-12-20", "17:09", "utc"),
        DISNEY,
        "Willkommen bei Disney+ – deine Abo-Bestätigung",
        alt(to_text(h), h),
        labels=["Disney+"],
        slug="disney-willkommen",
        msgid=f"<{uuid4()}@mail.disneyplus.com>",
    )
    body = (
        """<p>Hallo Lena,</p>
<p>vielen Dank für deine Zahlung.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #e1e1e1;">
"""
        + rows(
            [
                ("Abo", "Disney+ Standard (monatlich)"),
                ("Abrechnungszeitraum", "20.02.2026 – 19.03.2026"),
                ("Betrag", "9,99 €"),
                ("inkl. MwSt. 19 %", "1,60 €"),
                ("Zahlungsmethode", "Visa •••• 4417"),
                ("Transaktions-ID", "DP-" + upper(12)),
            ]
        )
        + """
</table>
<p>Dein Disney+ Team</p>"""
    )
    h = disney_page(body, "Zahlungsbestätigung 9,99 €")
    add(
        when("2026-02-20", "06:30", "utc"),
        DISNEY,
        "Deine Zahlungsbestätigung für Disney+",
        alt(to_text(h), h),
        labels=["Disney+"],
        slug="disney-zahlungsbestaetigung",
        msgid=f"<{uuid4()}@mail.disneyplus.com>",
    )
    body = """<p>Hallo Lena,</p>
<p>wir bestätigen die Kündigung deines Abonnements <b>Disney+ Standard (monatlich)</b>.</p>
<p>Du kannst Disney+ noch bis zum <b>19.03.2026</b> nutzen. Danach wird dir nichts mehr berechnet.</p>
<p>Du hast es dir anders überlegt? Du kannst dein Abo jederzeit wieder aufnehmen.</p>
<p>Dein Disney+ Team</p>"""
    h = disney_page(body, "Dein Abo wurde gekündigt")
    add(
        when("2026-03-08", "21:55", "utc"),
        DISNEY,
        "Dein Disney+ Abonnement wurde gekündigt",
        alt(to_text(h), h),
        labels=["Disney+"],
        slug="disney-kuendigung",
        msgid=f"<{uuid4()}@mail.disneyplus.com>",
    )
    body = """<p>Hallo Lena,</p>
<p>wir haben dich vermisst! Komm zurück und streame <b>3 Monate Disney+ Standard mit Werbung für je 1,99 €</b>.</p>
<p style="margin:24px 0;"><a href="https://www.disneyplus.com/de-de/welcome-back?cid=wb_jul26" style="background:#0063e5;color:#fff;padding:12px 28px;border-radius:4px;font-weight:bold;">Jetzt zurückkommen</a></p>
<p style="font-size:11px;color:#8c8c8c;">Nur für ehemalige Abonnentinnen und Abonnenten bis 31.07.2026. Danach 5,99 € / Monat, monatlich kündbar. <a href="https://www.disneyplus.com/de-de/email-preferences">Abmelden</a></p>"""
    h = disney_page(body, "3 Monate für 1,99 €")
    add(
        when("2026-07-14", "16:00", "utc"),
        ("Disney+", "news@mail.disneyplus.com"),
        "Lena, komm zurück: 3 Monate für je 1,99 €",
        alt(to_text(h), h),
        slug="disney-comeback",
        headers=unsub("https://www.disneyplus.com/de-de/email-preferences"),
        hdr_order="bulk",
    )


SPOTIFY = ("Spotify", "no-reply@spotify.com")


def spotify_page(body: str, pre: str) -> str:
    inner = f"""<tr><td style="padding:26px 32px 6px 32px;font:bold 26px 'Circular',Helvetica,Arial,sans-serif;color:#1db954;">● Spotify</td></tr>
<tr><td class="pad" style="padding:16px 32px 28px 32px;font:15px/23px Helvetica,Arial,sans-serif;color:#191414;">{body}</td></tr>
<tr><td style="padding:18px 32px;background:#191414;font:11px/16px Helvetica,Arial,sans-serif;color:#b3b3b3;">
Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Schweden · USt-IdNr. SE556703748501<br />
<a href="https://www.spotify.com/de/legal/" style="color:#b3b3b3;">Rechtliches</a> · <a href="https://www.spotify.com/de/legal/privacy-policy/" style="color:#b3b3b3;">Datenschutz</a> · <a href="https://www.spotify.com/de/account/" style="color:#b3b3b3;">Konto</a></td></tr>"""
    return page(inner, preheader=pre, bg="#ffffff", doctype="html")


def spotify_receipt(sent: str, amount: str) -> None:
    net, tax = vat(amount)
    nxt = add_months(D(sent), 1)
    body = f"""<h2 style="font-size:24px;margin:0 0 12px 0;">Danke für deine Zahlung</h2>
<p>Hallo Lena, hier ist deine Quittung.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #e5e5e5;">
{
        rows(
            [
                ("Bestellnummer", "S" + digits(11)),
                ("Datum", dde(D(sent))),
                ("Premium Family", eur(amount)),
                ("davon MwSt. (19 %)", eur(tax)),
                ("<b>Gesamt</b>", "<b>" + eur(amount) + "</b>"),
                ("Zahlungsmethode", "Mastercard •••• 9012"),
            ]
        )
    }
</table>
<p>Dein nächstes Abrechnungsdatum: {dde(nxt)}</p>
<p>Das Spotify-Team</p>"""
    h = spotify_page(body, f"Quittung Premium Family {eur(amount)}")
    add(
        when(sent, "09:21", "utc"),
        SPOTIFY,
        "Deine Quittung von Spotify",
        alt(to_text(h), h),
        labels=["Spotify Premium Family"],
        slug="spotify-quittung",
        msgid=f"<{uuid4()}@spotify.com>",
    )


def spotify() -> None:
    body = """<h2 style="font-size:30px;margin:0 0 12px 0;">Dein Wrapped 2025 ist da.</h2>
<p>Lena, du hast dieses Jahr 21.408 Minuten Musik gehört. Deine Top-Künstlerin: <b>Paula Hartmann</b>. Und „Bibi und Tina“ war … sehr oft dabei. 😉</p>
<p style="margin:24px 0;"><a href="https://www.spotify.com/wrapped" style="background:#1db954;color:#000;padding:14px 32px;border-radius:24px;font-weight:bold;">Wrapped ansehen</a></p>
<p style="font-size:11px;color:#777;"><a href="https://www.spotify.com/de/account/notifications/">E-Mail-Einstellungen</a></p>"""
    h = spotify_page(body, "Dein Jahr in Musik")
    add(
        when("2025-12-03", "14:00", "utc"),
        ("Spotify", "no-reply@alerts.spotify.com"),
        "Lena, dein Spotify Wrapped 2025 ist da 🎁",
        alt(to_text(h), h),
        slug="spotify-wrapped",
        headers=unsub("https://www.spotify.com/de/account/notifications/"),
        hdr_order="bulk",
    )
    spotify_receipt("2026-01-07", "19.99")
    body = """<h2 style="font-size:24px;margin:0 0 12px 0;">Ein Update zu deinem Premium Family-Abo</h2>
<p>Hallo Lena,</p>
<p>damit wir dir auch weiterhin das beste Erlebnis bieten können, passen wir gelegentlich unsere Preise an. Dein Preis für <b>Premium Family</b> ändert sich von 19,99 € auf <b>21,99 € pro Monat</b>.</p>
<p>Der neue Preis gilt ab deiner Abrechnung am <b>7. Mai 2026</b>. Du musst nichts tun. Möchtest du dein Abo ändern oder kündigen, kannst du das jederzeit auf deiner Kontoseite tun.</p>
<p>Danke, dass du Premium hörst.<br />Das Spotify-Team</p>"""
    h = spotify_page(body, "Neuer Preis ab Mai 2026")
    add(
        when("2026-03-19", "12:30", "utc"),
        SPOTIFY,
        "Ein Update zu deinem Premium Family-Abo",
        alt(to_text(h), h),
        labels=["Spotify Premium Family"],
        slug="spotify-preisaenderung",
        msgid=f"<{uuid4()}@spotify.com>",
    )
    spotify_receipt("2026-05-07", "21.99")
    spotify_receipt("2026-09-07", "21.99")
    spotify_receipt("2026-11-07", "21.99")


AUDIBLE = ("Audible", "kundenservice@audible.de")
AUDIBLE_FOOT = (
    "Audible GmbH · Schumannstraße 6 · 10117 Berlin · Amtsgericht Charlottenburg HRB 136883 B · "
    "Geschäftsführer: Kirsten Fiebig, Dr. Stefan Lautenbacher · USt-IdNr. DE813244521"
)


def audible_page(body: str, pre: str) -> str:
    inner = f"""<tr><td style="padding:18px 28px;border-bottom:1px solid #e7e7e7;font:bold 24px Georgia,serif;color:#f7991c;">audible <span style="font:12px Arial,sans-serif;color:#777;">ein Amazon Unternehmen</span></td></tr>
<tr><td class="pad" style="padding:24px 28px;font:14px/21px Arial,sans-serif;color:#232f3e;">{body}</td></tr>
<tr><td style="padding:14px 28px;background:#f5f5f5;font:11px/16px Arial,sans-serif;color:#777;">{AUDIBLE_FOOT}</td></tr>"""
    return page(inner, preheader=pre, bg="#f5f5f5")


def audible_receipt(sent: str) -> None:
    net, tax = vat("9.95", 7)
    body = f"""<p>Hallo Lena,</p>
<p>vielen Dank für deine Zahlung. Dein Audible-Abo wurde verlängert und du hast <b>1 neues Guthaben</b> erhalten.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #e7e7e7;">
{
        rows(
            [
                ("Bestellnummer", f"D01-{digits(7)}-{digits(7)}"),
                ("Datum", dde(D(sent))),
                ("Audible-Abo (monatlich)", "9,95 €"),
                ("Enthaltene MwSt. 7 %", eur(tax)),
                ("<b>Gesamtbetrag</b>", "<b>9,95 €</b>"),
                ("Zahlungsart", "Visa •••• 4417"),
            ]
        )
    }
</table>
<p>Dein Abo verlängert sich automatisch monatlich. Du kannst es jederzeit unter „Konto“ kündigen.</p>
<p>Viel Freude beim Hören!<br />Dein Audible-Team</p>"""
    h = audible_page(body, "Zahlungsbestätigung Audible-Abo")
    add(
        when(sent, "04:40"),
        AUDIBLE,
        "Deine Zahlungsbestätigung für dein Audible-Abo",
        alt(to_text(h), h),
        labels=["Audible"],
        slug="audible-zahlung",
        msgid=f"<{digits(16)}.{uuid4()[:8]}@audible.de>",
    )


def audible_purchase(sent: str, title: str, narrator: str, price: str, credit: bool) -> None:
    pay = ("1 Guthaben", "0,00 €") if credit else ("Visa •••• 4417", eur(price))
    body = f"""<p>Hallo Lena,</p>
<p>vielen Dank für deinen Einkauf! Dein Titel ist jetzt in deiner Bibliothek.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #e7e7e7;">
{
        rows(
            [
                ("Titel", f"<b>{title}</b>"),
                ("Gesprochen von", narrator),
                ("Bestellnummer", f"D01-{digits(7)}-{digits(7)}"),
                ("Bezahlt mit", pay[0]),
                ("Gesamtbetrag", pay[1]),
            ]
        )
    }
</table>
<p>Dein Audible-Team</p>"""
    h = audible_page(body, f"Danke für deinen Einkauf: {title}")
    add(
        when(sent, "22:12"),
        AUDIBLE,
        "Danke für deinen Einkauf bei Audible",
        alt(to_text(h), h),
        slug="audible-einkauf",
        msgid=f"<{digits(16)}.{uuid4()[:8]}@audible.de>",
    )


def audible() -> None:
    audible_receipt("2026-01-23")
    audible_receipt("2026-04-23")
    audible_purchase("2026-06-02", "Die Känguru-Chroniken", "Marc-Uwe Kling", "0", True)
    audible_purchase("2026-08-14", "Harry Potter und der Stein der Weisen", "Rufus Beck", "18.95", False)
    audible_receipt("2026-10-23")


# ================================================================ Amazon, Apple


def amazon_page(body: str, pre: str) -> str:
    inner = f"""<tr><td style="padding:14px 20px;border-bottom:1px solid #dddddd;"><span style="font:bold 22px Arial,sans-serif;color:#131921;">amazon</span><span style="font:14px Arial,sans-serif;color:#131921;">.de</span></td></tr>
<tr><td class="pad" style="padding:20px;font:14px/20px Arial,sans-serif;color:#0f1111;">{body}</td></tr>
<tr><td style="padding:14px 20px;font:11px/16px Arial,sans-serif;color:#565959;background:#f0f2f2;">
Diese E-Mail wurde von einer Adresse gesendet, die keine eingehenden E-Mails empfangen kann. Bitte antworten Sie nicht auf diese Nachricht.<br />
©2026 Amazon.com, Inc. oder Tochtergesellschaften. Amazon.de ist ein Handelsname der Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg.</td></tr>"""
    return page(inner, preheader=pre, bg="#ffffff", font="Arial, sans-serif")


def amazon_order(sent: str, items: list[tuple[str, str]], shipping: str, arrival: str) -> str:
    order = f"302-{digits(7)}-{digits(7)}"
    total = sum(money(p) for _, p in items) + money(shipping)
    items_html = "\n".join(
        f'<tr><td style="padding:6px 0;">{n}</td><td style="padding:6px 0;text-align:right;">{eur(p)}</td></tr>'
        for n, p in items
    )
    body = f"""<h2 style="font-size:20px;margin:0 0 10px 0;">Vielen Dank für Ihre Bestellung.</h2>
<p>Hallo Lena Schmidt,</p>
<p>wir bestätigen Ihnen hiermit, dass wir Ihre Bestellung erhalten haben. Voraussichtliche Zustellung: <b>{arrival}</b></p>
<p>Bestellnummer <a href="https://www.amazon.de/gp/your-account/order-details?orderID={order}">{order}</a></p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #ddd;">
{items_html}
<tr><td style="padding:6px 0;">Verpackung &amp; Versand</td><td style="padding:6px 0;text-align:right;">{eur(shipping)}</td></tr>
<tr><td style="padding:6px 0;font-weight:bold;">Gesamtsumme inkl. MwSt.</td><td style="padding:6px 0;text-align:right;font-weight:bold;">{eur(total)}</td></tr>
</table>
<p>Versand an: Lena Schmidt, Kollwitzstraße 48, 10405 Berlin</p>
<p>Die Rechnung für Ihre Bestellung finden Sie unter „Meine Bestellungen“.</p>"""
    first = items[0][0]
    short = first if len(first) < 45 else first[:42] + "..."
    more = (
        f" und {len(items) - 1} weitere{'n Artikel' if len(items) == 2 else ' Artikel'}"
        if len(items) > 1
        else ""
    )
    h = amazon_page(body, f"Bestellung {order}")
    add(
        when(sent, rng.choice(["20:14", "21:36", "13:02"])),
        ("Amazon.de", "bestellbestaetigung@amazon.de"),
        f"Ihre Amazon.de Bestellung von „{short}“{more}",
        alt(to_text(h), h),
        slug="amazon-bestellung",
        msgid=f"<0102{hexs(12)}-{uuid4()}-000000@eu-west-1.amazonses.com>",
    )
    return order


def amazon() -> None:
    order = amazon_order(
        "2025-12-08",
        [
            ("LEGO 10969 DUPLO Feuerwehrwache mit Hubschrauber", "44.99"),
            ("Geschenkpapier Kinder, 5 Rollen", "9.99"),
        ],
        "0.00",
        "Mittwoch, 10. Dezember",
    )
    body = f"""<h2 style="font-size:20px;margin:0 0 10px 0;">Ihr Paket wurde versandt!</h2>
<p>Hallo Lena Schmidt,</p>
<p>Ihre Sendung mit der Bestellnummer {order} ist unterwegs. Zustellung: <b>Mittwoch, 10. Dezember</b>.</p>
<p>Sendungsnummer DHL: 00340434{digits(12)}</p>
<p><a href="https://www.amazon.de/progress-tracker/package?orderId={order}" style="background:#ffd814;color:#0f1111;padding:9px 18px;border-radius:8px;">Sendung verfolgen</a></p>"""
    h = amazon_page(body, "Ihr Paket ist unterwegs")
    add(
        when("2025-12-09", "07:48"),
        ("Amazon.de", "versandbestaetigung@amazon.de"),
        "Versandt: „LEGO 10969 DUPLO Feuerwehrwache ...“",
        alt(to_text(h), h),
        slug="amazon-versand",
        msgid=f"<0102{hexs(12)}-{uuid4()}-000000@eu-west-1.amazonses.com>",
    )
    body = """<h2 style="font-size:20px;margin:0 0 10px 0;">Ihre Prime-Mitgliedschaft wird bald verlängert</h2>
<p>Hallo Lena Schmidt,</p>
<p>vielen Dank, dass Sie Prime-Mitglied sind. Ihre Amazon Prime-Mitgliedschaft (jährliche Zahlung) wird am <b>12. März 2026</b> automatisch verlängert.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #ddd;">
<tr><td style="padding:6px 0;">Mitgliedsgebühr</td><td style="padding:6px 0;text-align:right;">89,90 € (inkl. MwSt.)</td></tr>
<tr><td style="padding:6px 0;">Zahlungsmethode</td><td style="padding:6px 0;text-align:right;">Visa endend auf 4417</td></tr>
<tr><td style="padding:6px 0;">Verlängerungsdatum</td><td style="padding:6px 0;text-align:right;">12.03.2026</td></tr>
</table>
<p>Im letzten Jahr haben Sie mit Prime 31 kostenlose Premiumlieferungen erhalten und Prime Video genutzt.</p>
<p>Wenn Sie Ihre Mitgliedschaft nicht verlängern möchten, können Sie dies jederzeit unter <a href="https://www.amazon.de/prime">Prime-Mitgliedschaft verwalten</a> tun.</p>"""
    h = amazon_page(body, "Verlängerung am 12. März 2026")
    add(
        when("2026-02-26", "11:05"),
        ("Amazon Prime", "prime@amazon.de"),
        "Ihre Amazon Prime-Mitgliedschaft wird am 12. März 2026 verlängert",
        alt(to_text(h), h),
        labels=["Amazon Prime"],
        slug="amazon-prime-verlaengerung",
        msgid=f"<0102{hexs(12)}-{uuid4()}-000000@eu-west-1.amazonses.com>",
    )
    amazon_order(
        "2026-09-03",
        [("ABUS Kinder-Fahrradhelm Smiley 3.0, Größe S, Blau Krokodil", "39.99")],
        "0.00",
        "Freitag, 4. September",
    )


APPLE = ("Apple", "no_reply@email.apple.com")


def apple_receipt(sent: str, items: list[tuple[str, str, str, str | None]], hm: str | None = None) -> None:
    """items: (group, title, price, renewal text or None)."""
    total = sum(money(p) for _, _, p, _ in items)
    net, tax = vat(total)
    order = upper(10)
    doc = digits(12)
    d = D(sent)
    blocks = []
    ptxt = []
    for group, title, price, renew in items:
        r = f'<br /><span style="color:#86868b;">{renew}</span>' if renew else ""
        blocks.append(f"""<tr><td style="padding:10px 0;border-bottom:1px solid #e5e5e5;font-size:12px;"><b>{group}</b><br />{title}{r}</td>
<td style="padding:10px 0;border-bottom:1px solid #e5e5e5;font-size:12px;text-align:right;vertical-align:top;">{eur(price)}</td></tr>""")
        ptxt.append(f"{group}\n{title}\n" + (f"{renew}\n" if renew else "") + f"{eur(price)}\n")
    inner = f"""<tr><td style="padding:24px 20px 10px 20px;font:24px 'SF Pro Display',Helvetica,Arial,sans-serif;color:#1d1d1f;"> Rechnung</td></tr>
<tr><td style="padding:0 20px;font:12px/18px Helvetica,Arial,sans-serif;color:#1d1d1f;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f7;border-radius:6px;">
<tr><td style="padding:10px;"><span style="color:#86868b;">APPLE-ACCOUNT</span><br />lena.schmidt@posteo.de</td><td style="padding:10px;"><span style="color:#86868b;">RECHNUNGSDATUM</span><br />{d.day:02d}.{d.month:02d}.{d.year}</td></tr>
<tr><td style="padding:10px;"><span style="color:#86868b;">BESTELLNUMMER</span><br /><a href="https://reportaproblem.apple.com/?s=6&amp;p={order}">{order}</a></td><td style="padding:10px;"><span style="color:#86868b;">DOKUMENTNR.</span><br />{doc}</td></tr>
<tr><td style="padding:10px;" colspan="2"><span style="color:#86868b;">RECHNUNGSADRESSE</span><br />Lena Schmidt<br />Kollwitzstraße 48<br />10405 Berlin<br />DEU</td></tr>
</table>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="margin-top:14px;">
{"".join(blocks)}
<tr><td style="padding:8px 0;font-size:12px;">Zwischensumme</td><td style="padding:8px 0;font-size:12px;text-align:right;">{eur(net)}</td></tr>
<tr><td style="padding:0 0 8px 0;font-size:12px;">MwSt. 19 %</td><td style="padding:0 0 8px 0;font-size:12px;text-align:right;">{eur(tax)}</td></tr>
<tr><td style="padding:8px 0;font-size:12px;font-weight:bold;border-top:1px solid #e5e5e5;">GESAMT</td><td style="padding:8px 0;font-size:12px;text-align:right;font-weight:bold;border-top:1px solid #e5e5e5;">{eur(total)}</td></tr>
</table>
<p style="color:#86868b;font-size:11px;">Bezahlt mit Visa •••• 4417</p>
</td></tr>
<tr><td style="padding:18px 20px;font:10px/15px Helvetica,Arial,sans-serif;color:#86868b;">
Erfahre, wie du <a href="https://support.apple.com/kb/HT202039">deine Abonnements verwalten</a> und <a href="https://reportaproblem.apple.com">ein Problem melden</a> kannst.<br /><br />
Apple Distribution International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, Republic of Ireland. USt-IdNr.: IE9700053D<br />
Copyright © 2026 Apple Distribution International Ltd. Alle Rechte vorbehalten.</td></tr>"""
    h = page(inner, bg="#ffffff", font="Helvetica, Arial, sans-serif", doctype="html")
    t = (
        f"Rechnung\n\nAPPLE-ACCOUNT\nlena.schmidt@posteo.de\n\nRECHNUNGSDATUM\n{d.day:02d}.{d.month:02d}.{d.year}\n\n"
        f"BESTELLNUMMER\n{order}\n\nDOKUMENTNR.\n{doc}\n\nRECHNUNGSADRESSE\nLena Schmidt\nKollwitzstraße 48\n10405 Berlin\nDEU\n\n"
        + "\n".join(ptxt)
        + f"\nZwischensumme {eur(net)}\nMwSt. 19 % {eur(tax)}\nGESAMT {eur(total)}\n\n"
        "Apple Distribution International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, Republic of Ireland. USt-IdNr.: IE9700053D\n"
    )
    labels = ["iCloud+"] if any(g == "iCloud+" for g, _, _, _ in items) else []
    hm = hm or rng.choice(["03:41", "04:12", "05:03"])
    add(
        when(sent, hm, "utc"),
        APPLE,
        "Deine Rechnung von Apple",
        Part(
            "multipart/alternative",
            parts=[plain(t, cte="quoted-printable"), html(h, cte="quoted-printable")],
            boundary=boundary("part"),
        ),
        labels=labels,
        slug="apple-rechnung",
        msgid=f"<{rng.randint(10**9, 2 * 10**9)}.{rng.randint(10**7, 9 * 10**7)}.{rng.randint(10**12, 2 * 10**12)}@email.apple.com>",
    )


def apple_short(d: date) -> str:
    m = ["", "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."][
        d.month
    ]
    return f"Verlängerung am {d.day}. {m} {d.year}"


def apple() -> None:
    apple_receipt(
        "2026-01-19",
        [("iCloud+", "iCloud+ mit 50 GB Speicher (Monatlich)", "0.99", apple_short(D("2026-02-19")))],
    )
    body = (
        """<p style="font-size:17px;">Hallo Lena,</p>
<p>du hast deinen iCloud-Speicherplan aktualisiert.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f7;border-radius:6px;">
"""
        + rows(
            [
                ("Neuer Speicherplan", "iCloud+ mit 200 GB"),
                ("Preis", "2,99 € pro Monat"),
                ("Nächste Verlängerung", "2. Mai 2026"),
            ],
            label_style="padding:10px;font-size:13px;color:#86868b;",
            value_style="padding:10px;font-size:13px;text-align:right;",
        )
        + """
</table>
<p>Dein Abo wird automatisch verlängert, sofern du es nicht mindestens einen Tag vor dem Verlängerungsdatum kündigst. Dein bisheriger Plan mit 50 GB wurde anteilig verrechnet.</p>
<p>Mit iCloud+ erhältst du außerdem „iCloud Privat-Relay“, „E-Mail-Adresse verbergen“ und Unterstützung für „Sicheres Video in HomeKit“.</p>
<p>Das iCloud-Team</p>"""
    )
    inner = f'<tr><td style="padding:24px;font:14px/21px Helvetica,Arial,sans-serif;color:#1d1d1f;">{body}</td></tr>'
    h = page(inner, bg="#ffffff", doctype="html")
    add(
        when("2026-04-02", "21:10", "utc"),
        ("iCloud", "noreply@email.apple.com"),
        "Dein iCloud+ Speicherplan wurde aktualisiert",
        alt(to_text(h), h),
        labels=["iCloud+"],
        slug="icloud-upgrade",
        msgid=f"<{rng.randint(10**9, 2 * 10**9)}.{rng.randint(10**7, 9 * 10**7)}.{rng.randint(10**12, 2 * 10**12)}@email.apple.com>",
    )
    apple_receipt(
        "2026-04-02",
        [("iCloud+", "iCloud+ mit 200 GB Speicher (Monatlich)", "2.99", apple_short(D("2026-05-02")))],
        hm="23:48",
    )
    apple_receipt(
        "2026-07-02",
        [("iCloud+", "iCloud+ mit 200 GB Speicher (Monatlich)", "2.99", apple_short(D("2026-08-02")))],
    )
    apple_receipt("2026-08-15", [("Bluey: Let's Play!", "Bluey: Let's Play! – Ludo Studio", "5.99", None)])
    apple_receipt(
        "2026-11-02",
        [("iCloud+", "iCloud+ mit 200 GB Speicher (Monatlich)", "2.99", apple_short(D("2026-12-02")))],
    )


# ================================================================ press, food, learning

TSP = ("Der Tagesspiegel", "abo@tagesspiegel.de")
TSP_FOOT = (
    "Verlag Der Tagesspiegel GmbH · Askanischer Platz 3 · 10963 Berlin · Geschäftsführung: Ulrike Teschke, "
    "Christian Kodera · Amtsgericht Charlottenburg HRB 43850 · USt-IdNr. DE136621052"
)


def tsp_page(body: str, pre: str) -> str:
    inner = f"""<tr><td style="padding:20px 28px;border-bottom:1px solid #ddd;font:bold 28px Georgia,'Times New Roman',serif;color:#1b2d46;">Der Tagesspiegel <span style="font:bold 14px Arial,sans-serif;color:#fff;background:#e3000f;padding:2px 6px;vertical-align:middle;">T+</span></td></tr>
<tr><td class="pad" style="padding:26px 28px;font:15px/23px Georgia,serif;color:#222;">{body}</td></tr>
<tr><td style="padding:16px 28px;background:#f4f1ec;font:11px/16px Arial,sans-serif;color:#6d6a64;">Leserservice: 030 290 21-500 · <a href="https://abo.tagesspiegel.de/mein-konto" style="color:#6d6a64;">Mein Konto</a><br />{TSP_FOOT}</td></tr>"""
    return page(inner, preheader=pre, bg="#f4f1ec", font="Georgia, serif")


def tagesspiegel() -> None:
    txt = """CHECKPOINT
Der Tagesspiegel-Newsletter für Berlin

Guten Morgen, liebe Leserinnen und Leser,

die BVG meldet für heute Bauarbeiten auf der U2 zwischen Senefelderplatz
und Pankow – Ersatzverkehr mit Bussen. Im Bezirk Pankow beginnt die
Sanierung der Kollwitzplatz-Spielplätze, und der Senat streitet weiter
über den Doppelhaushalt.

Außerdem: Wo es das beste Eis im Kiez gibt (Checkpoint-Leser haben
abgestimmt), warum Berliner Radwege plötzlich grün sind und was die
Bezirksverordneten am Mittwoch beschließen.

Den vollständigen Checkpoint mit allen Nachrichten lesen Sie mit
Tagesspiegel Plus: https://checkpoint.tagesspiegel.de

Ihr Checkpoint-Team

--
Sie erhalten diesen Newsletter, weil Sie ihn auf tagesspiegel.de bestellt
haben. Abmelden: https://www.tagesspiegel.de/newsletter/abmelden?nl=cp
Verlag Der Tagesspiegel GmbH, Askanischer Platz 3, 10963 Berlin
"""
    add(
        when("2026-05-12", "06:02"),
        ("Tagesspiegel Checkpoint", "checkpoint@newsletter.tagesspiegel.de"),
        "Checkpoint: Ersatzverkehr auf der U2 – und das beste Eis im Kiez",
        plain(txt),
        slug="tagesspiegel-checkpoint",
        headers=unsub("https://www.tagesspiegel.de/newsletter/abmelden?nl=cp"),
        hdr_order="bulk",
    )
    body = (
        """<p>Liebe Frau Schmidt,</p>
<p>herzlich willkommen bei <b>Tagesspiegel Plus</b>! Ab sofort lesen Sie alle T+-Artikel auf tagesspiegel.de und in der App, dazu den vollständigen Checkpoint jeden Morgen.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #ddd;font-family:Arial,sans-serif;font-size:14px;">
"""
        + rows(
            [
                ("Bestellnummer", "TSP-26-0908-44871"),
                ("Produkt", "Tagesspiegel Plus Digital"),
                ("Testzeitraum", "08.09.2026 – 05.10.2026 (4 Wochen für 1,00 €)"),
                ("Danach", "12,99 € monatlich inkl. 7 % MwSt."),
                ("Zahlungsart", "Kreditkarte (Visa •••• 4417)"),
            ]
        )
        + """
</table>
<p>Ihr Abo verlängert sich nach dem Testzeitraum automatisch, wenn Sie nicht bis zum 05.10.2026 kündigen. Die erste reguläre Abbuchung erfolgt am 06.10.2026. Danach ist das Abo monatlich kündbar.</p>
<p>Viel Freude beim Lesen!<br />Ihr Tagesspiegel-Leserservice</p>"""
    )
    h = tsp_page(body, "4 Wochen Tagesspiegel Plus für 1 €")
    add(
        when("2026-09-08", "22:47"),
        TSP,
        "Willkommen bei Tagesspiegel Plus – Ihre Bestellbestätigung",
        alt(to_text(h), h),
        labels=["Tagesspiegel Plus"],
        slug="tagesspiegel-willkommen",
        msgid=f"<{uuid4()}@tagesspiegel.de>",
    )
    body = """<p>Liebe Frau Schmidt,</p>
<p>Ihr Testzeitraum für Tagesspiegel Plus endet am <b>05.10.2026</b>. Danach verlängert sich Ihr Abo automatisch zum regulären Preis von <b>12,99 € im Monat</b> – Sie müssen nichts tun und lesen einfach weiter.</p>
<p>Wenn Sie nicht weiterlesen möchten, können Sie bis zum 05.10.2026 in <a href="https://abo.tagesspiegel.de/mein-konto">Mein Konto</a> kündigen.</p>
<p>Ihr Tagesspiegel-Leserservice</p>"""
    h = tsp_page(body, "Ihr Testzeitraum endet am 05.10.2026")
    add(
        when("2026-09-29", "10:00"),
        TSP,
        "Ihr Testzeitraum endet bald – Ihr Abo verlängert sich am 06.10.2026",
        alt(to_text(h), h),
        labels=["Tagesspiegel Plus"],
        slug="tagesspiegel-testende",
        msgid=f"<{uuid4()}@tagesspiegel.de>",
    )
    net, tax = vat("12.99", 7)
    for sent, start in [("2026-10-06", D("2026-10-06")), ("2026-11-06", D("2026-11-06"))]:
        end = add_months(start, 1) - timedelta(days=1)
        body = f"""<p>Liebe Frau Schmidt,</p>
<p>vielen Dank, dass Sie Tagesspiegel Plus lesen. Anbei Ihre Rechnung.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #ddd;font-family:Arial,sans-serif;font-size:14px;">
{
            rows(
                [
                    ("Rechnungsnummer", f"RE-{start.year}-{digits(7)}"),
                    ("Kundennummer", "5003 77812"),
                    ("Leistungszeitraum", f"{dde(start)} – {dde(end)}"),
                    ("Tagesspiegel Plus Digital", "12,99 €"),
                    ("Nettobetrag", eur(net)),
                    ("MwSt. 7 %", eur(tax)),
                    ("<b>Rechnungsbetrag</b>", "<b>12,99 €</b>"),
                    ("Zahlungsart", "Visa •••• 4417, belastet am " + dde(start)),
                ]
            )
        }
</table>
<p>Ihr Tagesspiegel-Leserservice</p>"""
        h = tsp_page(body, "Ihre Rechnung Tagesspiegel Plus")
        add(
            when(sent, "05:30"),
            ("Tagesspiegel Leserservice", "rechnung@tagesspiegel.de"),
            "Ihre Rechnung zu Tagesspiegel Plus",
            alt(to_text(h), h),
            labels=["Tagesspiegel Plus"],
            slug="tagesspiegel-rechnung",
            msgid=f"<{uuid4()}@tagesspiegel.de>",
        )
    txt2 = txt.replace(
        "die BVG meldet für heute Bauarbeiten auf der U2 zwischen Senefelderplatz\nund Pankow – Ersatzverkehr mit Bussen.",
        "am Alexanderplatz wird heute der Weihnachtsmarkt eröffnet, und auf der\nGreifswalder Straße beginnt der Umbau der Tramhaltestellen.",
    )
    add(
        when("2026-11-24", "06:01"),
        ("Tagesspiegel Checkpoint", "checkpoint@newsletter.tagesspiegel.de"),
        "Checkpoint: Weihnachtsmarkt am Alex öffnet – Umbau an der Greifswalder",
        plain(txt2),
        slug="tagesspiegel-checkpoint",
        headers=unsub("https://www.tagesspiegel.de/newsletter/abmelden?nl=cp"),
        hdr_order="bulk",
    )


HF = ("HelloFresh", "hallo@hellofresh.de")
HF_FOOT = (
    "HelloFresh Deutschland SE &amp; Co. KG · Prinzenstraße 89 · 10969 Berlin · Amtsgericht Charlottenburg HRA 57138 B · "
    "USt-IdNr. DE302210417"
)


def hf_page(body: str, pre: str) -> str:
    inner = f"""<tr><td style="background:#91c11e;padding:16px 26px;font:bold 24px Arial,sans-serif;color:#ffffff;">HelloFresh</td></tr>
<tr><td class="pad" style="padding:24px 26px;font:15px/22px Arial,sans-serif;color:#242424;">{body}</td></tr>
<tr><td style="padding:16px 26px;background:#f7f4ee;font:11px/16px Arial,sans-serif;color:#777;">{HF_FOOT}<br />
<a href="https://www.hellofresh.de/my-account/deliveries" style="color:#067a46;">Lieferungen verwalten</a> · <a href="https://www.hellofresh.de/about/faq" style="color:#067a46;">Hilfe</a></td></tr>"""
    return page(inner, preheader=pre, bg="#f7f4ee")


def hf_order(sent: str, recipes: list[str], voucher: str | None = None) -> None:
    d = D(sent)
    delivery = d + timedelta(days=5)
    kw = delivery.isocalendar()[1]
    total = money("77.87") - (money(voucher) if voucher else 0)
    net, tax = vat(total, 7)
    lines = [("Family Box · 3 Rezepte für 4 Personen (12 Portionen)", "71,88 €"), ("Versandkosten", "5,99 €")]
    if voucher:
        lines.append(("Gutschein FREUNDE15", f"– {eur(voucher)}"))
    rec = "".join(f"<li>{r}</li>" for r in recipes)
    body = f"""<p>Hallo Lena,</p>
<p>deine Box für <b>KW {kw}</b> ist bestätigt und wird am <b>{dweek(delivery)}</b> zwischen 8 und 20 Uhr geliefert.</p>
<p><b>Deine Rezepte:</b></p><ul style="margin-top:0;">{rec}</ul>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #e2ddd3;">
{rows(lines + [("<b>Gesamtbetrag</b>", "<b>" + eur(total) + "</b>"), ("darin enthalten 7 % MwSt.", eur(tax))])}
</table>
<p>Wir haben den Betrag heute per Lastschrift von deinem Konto abgebucht. Bestellnummer: {digits(9)}</p>
<p>Guten Appetit!<br />Dein HelloFresh Team</p>"""
    h = hf_page(body, f"KW {kw}: Lieferung am {dde(delivery)}")
    add(
        when(sent, "03:30"),
        HF,
        f"Deine Bestellung für KW {kw} ist bestätigt",
        alt(to_text(h), h),
        labels=["HelloFresh"],
        slug="hellofresh-bestellung",
        msgid=f"<{uuid4()}@hellofresh.de>",
    )


def hellofresh() -> None:
    hf_order(
        "2025-12-12",
        [
            "Cremiges Kürbisrisotto mit Salbei",
            "Hähnchen-Tacos mit Mango-Salsa",
            "Rinderhack-Lasagne nach Omas Art",
        ],
    )
    body = """<p>Hallo Lena,</p>
<p>teile deine Liebe zum Kochen: Deine Freundinnen und Freunde bekommen <b>50 % auf ihre erste Box</b>, und du erhältst für jede geworbene Person einen 15 € Gutschein.</p>
<p style="text-align:center;margin:20px 0;"><a href="https://www.hellofresh.de/freunde?c=LENAS7K2" style="background:#067a46;color:#fff;padding:12px 26px;border-radius:4px;font-weight:bold;">Jetzt einladen</a></p>
<p style="font-size:11px;color:#777;">Du erhältst diese E-Mail, weil du HelloFresh-Kundin bist. <a href="https://www.hellofresh.de/email-preferences">Abmelden</a></p>"""
    h = hf_page(body, "50 % für deine Freunde")
    add(
        when("2026-01-22", "17:15"),
        ("HelloFresh", "news@mail.hellofresh.de"),
        "Lena, schenk deinen Freunden 50 % 🥕",
        alt(to_text(h), h),
        slug="hellofresh-werbung",
        headers=unsub("https://www.hellofresh.de/email-preferences"),
        hdr_order="bulk",
    )
    hf_order(
        "2026-03-13",
        ["One-Pot-Pasta mit Spinat und Feta", "Lachs mit Ofenkartoffeln und Dill-Dip", "Linsen-Dal mit Naan"],
    )
    body = (
        """<p>Hallo Lena,</p>
<p>alles klar – wir haben deine Lieferungen pausiert:</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #e2ddd3;">
"""
        + rows(
            [
                ("KW 29", "Mi., 15.07.2026 – pausiert"),
                ("KW 30", "Mi., 22.07.2026 – pausiert"),
                ("KW 31", "Mi., 29.07.2026 – pausiert"),
                ("Nächste Lieferung", "<b>Mi., 05.08.2026</b>"),
            ]
        )
        + """
</table>
<p>Für pausierte Wochen buchen wir natürlich nichts ab. Schönen Urlaub!</p>
<p>Dein HelloFresh Team</p>"""
    )
    h = hf_page(body, "3 Lieferungen pausiert")
    add(
        when("2026-07-09", "22:05"),
        HF,
        "Deine Lieferpause ist bestätigt",
        alt(to_text(h), h),
        labels=["HelloFresh"],
        slug="hellofresh-pause",
        msgid=f"<{uuid4()}@hellofresh.de>",
    )
    hf_order(
        "2026-09-18",
        ["Gnocchi-Pfanne mit Kirschtomaten", "Teriyaki-Hähnchen mit Reis", "Gefüllte Paprika mit Bulgur"],
        voucher="15.00",
    )
    body = """<p>Hallo Lena,</p>
<p>gute Nachrichten: Deine Box ist unterwegs und kommt am <b>Mittwoch, 18.11.2026</b>.</p>
<p>Sendungsnummer: HF-DE-8841207731 · Zusteller: Hermes</p>
<p><a href="https://www.hellofresh.de/my-account/deliveries/track" style="background:#067a46;color:#fff;padding:10px 22px;border-radius:4px;">Lieferung verfolgen</a></p>
<p>Dein HelloFresh Team</p>"""
    h = hf_page(body, "Deine Box kommt am Mittwoch")
    add(
        when("2026-11-17", "16:40"),
        HF,
        "Deine Box ist unterwegs 🚚",
        alt(to_text(h), h),
        labels=["HelloFresh"],
        slug="hellofresh-versand",
        msgid=f"<{uuid4()}@hellofresh.de>",
    )
    hf_order(
        "2026-11-20",
        [
            "Ofengemüse mit Halloumi und Zitronen-Joghurt",
            "Spätzle-Pfanne mit Bergkäse",
            "Chili sin Carne mit Tortilla-Chips",
        ],
    )


PAYPAL = ("PayPal", "service@paypal.de")


def paypal_page(body: str) -> str:
    inner = f"""<tr><td style="padding:22px 30px;"><span style="font:bold italic 26px Verdana,Arial,sans-serif;color:#003087;">Pay</span><span style="font:bold italic 26px Verdana,Arial,sans-serif;color:#009cde;">Pal</span></td></tr>
<tr><td class="pad" style="padding:0 30px 26px 30px;font:14px/21px Arial,Helvetica,sans-serif;color:#2c2e2f;">{body}</td></tr>
<tr><td style="padding:18px 30px;background:#f5f7fa;font:11px/16px Arial,sans-serif;color:#6c7378;">
Hilfe &amp; Kontakt | Sicherheit | App<br /><br />
PayPal ist bestrebt, Phishing zu verhindern. Wenn Sie diese E-Mail verdächtig finden, leiten Sie sie bitte an phishing@paypal.com weiter.<br /><br />
Copyright © 1999–2026 PayPal. Alle Rechte vorbehalten. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22–24 Boulevard Royal, L-2449 Luxemburg, RCS Luxemburg B 118 349<br />
PayPal PPX001990:{digits(6)}{upper(5)}</td></tr>"""
    return page(inner, bg="#ffffff", font="Arial, Helvetica, sans-serif")


def paypal_merchant(
    sent: str,
    merchant: str,
    merchant_mail: str,
    desc: str,
    amount: str,
    agreement: str | None,
    labels: list[str],
    slug: str,
    statement: str,
) -> None:
    tx = upper(17)
    d = D(sent)
    datum = f"{d.day:02d}. {['', 'Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'][d.month]} {d.year}"
    agree = (
        f'<tr><td style="padding:4px 0;color:#6c7378;">Abbuchungsvereinbarung</td><td style="padding:4px 0;text-align:right;">{agreement}</td></tr>'
        if agreement
        else ""
    )
    body = f"""<p style="font-size:18px;">Hallo Lena Schmidt,</p>
<p>Sie haben eine Zahlung über <b>{eur(amount)} EUR</b> an {merchant} gesendet.</p>
<p style="color:#6c7378;">Es kann einige Minuten dauern, bis diese Transaktion in Ihrem Konto angezeigt wird.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #cbd2d6;font-size:13px;">
<tr><td style="padding:4px 0;color:#6c7378;">Händler</td><td style="padding:4px 0;text-align:right;">{merchant}<br />{merchant_mail}</td></tr>
<tr><td style="padding:4px 0;color:#6c7378;">Transaktionsdatum</td><td style="padding:4px 0;text-align:right;">{datum}</td></tr>
<tr><td style="padding:4px 0;color:#6c7378;">Transaktionscode</td><td style="padding:4px 0;text-align:right;">{tx}</td></tr>
{agree}
<tr><td style="padding:4px 0;color:#6c7378;">Beschreibung</td><td style="padding:4px 0;text-align:right;">{desc}</td></tr>
<tr><td style="padding:4px 0;color:#6c7378;">Betrag</td><td style="padding:4px 0;text-align:right;">{eur(amount)} EUR</td></tr>
<tr><td style="padding:4px 0;font-weight:bold;">Gesamt</td><td style="padding:4px 0;text-align:right;font-weight:bold;">{eur(amount)} EUR</td></tr>
<tr><td style="padding:4px 0;color:#6c7378;">Bezahlt mit</td><td style="padding:4px 0;text-align:right;">Lastschrift (DKB AG, Konto ••••78)</td></tr>
</table>
<p>Diese Transaktion erscheint auf Ihrem Kontoauszug als „PAYPAL *{statement}“.</p>"""
    h = paypal_page(body)
    add(
        when(sent, rng.choice(["02:11", "06:40", "10:27"])),
        PAYPAL,
        f"Beleg für Ihre Zahlung an {merchant}",
        alt(to_text(h), h),
        labels=labels,
        slug=slug,
        msgid=f"<{hexs(13)}.{hexs(6)}@mx.paypal.com>",
        headers=[("X-Email-Type-Id", "PPX001990")],
    )


def paypal_and_babbel() -> None:
    paypal_merchant(
        "2026-02-09",
        "Lesson Nine GmbH",
        "support@babbel.com",
        "Babbel – 6-Monats-Abo Polnisch",
        "53.70",
        "B-7HK22841LP0938521",
        ["Babbel"],
        "paypal-babbel",
        "LESSONNINE",
    )
    txt = """PayPal

Hallo Lena Schmidt,

Sie haben 24,50 € EUR an Julia Becker gesendet.

Ihre Nachricht: "Geschenk für Frau Demir (Füchse) – mein Anteil 🙂"

Transaktionscode: 3WX71220MC4481930
Transaktionsdatum: 16. Mai 2026
Gesendet an: julia.becker@web.de
Art: Geld an Freunde und Familie

Bezahlt mit: PayPal-Guthaben 24,50 € EUR

PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxemburg
"""
    add(
        when("2026-05-16", "12:44"),
        PAYPAL,
        "Sie haben Geld an Julia Becker gesendet",
        plain(txt),
        slug="paypal-julia",
        msgid=f"<{hexs(13)}.{hexs(6)}@mx.paypal.com>",
        headers=[("X-Email-Type-Id", "PPX000601")],
    )
    inner = """<tr><td style="padding:22px 28px;background:#ff6400;font:bold 26px Arial,sans-serif;color:#ffffff;">babbel</td></tr>
<tr><td class="pad" style="padding:24px 28px;font:15px/22px Arial,sans-serif;color:#2b2b2b;">
<p>Cześć Lena!</p>
<p>Danke, dass du mit Babbel Polnisch lernst – 47 Lektionen hast du schon geschafft. 🎉</p>
<p>Zur Erinnerung: Dein <b>6-Monats-Abo</b> verlängert sich am <b>09.08.2026</b> automatisch um weitere 6 Monate zum Preis von <b>53,70 €</b> (8,95 € / Monat). Wir buchen den Betrag über deine Zahlungsmethode PayPal ab.</p>
<p>Möchtest du dein Abo nicht verlängern? Du kannst die automatische Verlängerung bis einen Tag vor Ablauf in deinem <a href="https://my.babbel.com/de/account">Konto</a> beenden.</p>
<p>Powodzenia!<br />Dein Babbel-Team</p>
</td></tr>
<tr><td style="padding:14px 28px;background:#f5f5f5;font:11px/16px Arial,sans-serif;color:#777;">Lesson Nine GmbH · Andreasstraße 72 · 10243 Berlin · Amtsgericht Charlottenburg HRB 123138 B · Geschäftsführer: Tim Allen, Arne Schepker</td></tr>"""
    h = page(inner, preheader="Dein Abo verlängert sich am 09.08.2026")
    add(
        when("2026-07-26", "10:05"),
        ("Babbel", "noreply@babbel.com"),
        "Dein Babbel-Abo verlängert sich bald",
        alt(to_text(h), h),
        labels=["Babbel"],
        slug="babbel-verlaengerung",
        msgid=f"<{uuid4()}@babbel.com>",
    )
    paypal_merchant(
        "2026-08-09",
        "Lesson Nine GmbH",
        "support@babbel.com",
        "Babbel – 6-Monats-Abo Polnisch",
        "53.70",
        "B-7HK22841LP0938521",
        ["Babbel"],
        "paypal-babbel",
        "LESSONNINE",
    )
    paypal_merchant(
        "2026-10-11",
        "Boxine GmbH",
        "service@tonies.com",
        "Bestellung 4410-22873 (2 Tonies)",
        "33.98",
        None,
        [],
        "paypal-tonies",
        "BOXINE",
    )


# ================================================================ shops, orders (not subscriptions)


def zalando() -> None:
    def zpage(body: str, pre: str) -> str:
        inner = f"""<tr><td style="padding:18px 24px;border-bottom:1px solid #eee;font:bold 24px Arial,sans-serif;color:#ff6900;">zalando</td></tr>
<tr><td class="pad" style="padding:24px;font:14px/21px Arial,sans-serif;color:#1a1a1a;">{body}</td></tr>
<tr><td style="padding:16px 24px;background:#f6f6f6;font:11px/16px Arial,sans-serif;color:#777;">Zalando SE · Valeska-Gert-Straße 5 · 10243 Berlin · Amtsgericht Charlottenburg HRB 158855 B · USt-IdNr. DE 260543043</td></tr>"""
        return page(inner, preheader=pre, bg="#f6f6f6")

    body = (
        """<p>Hallo Lena,</p>
<p>danke für deine Bestellung! Wir packen sie gerade für dich.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #eee;">
"""
        + rows(
            [
                ("Bestellnummer", "10108842271553"),
                ("Kavat Winterstiefel Kinder, Gr. 28", "49,95 €"),
                ("Jack Wolfskin Kinder Softshelljacke, 104", "39,95 €"),
                ("Versand", "0,00 €"),
                ("<b>Gesamt (inkl. MwSt.)</b>", "<b>89,90 €</b>"),
                ("Zahlungsart", "Rechnung (Zahlungsziel 30 Tage)"),
            ]
        )
        + """
</table>
<p>Voraussichtliche Lieferung: Do., 04.12. – Fr., 05.12.</p>"""
    )
    h = zpage(body, "Danke für deine Bestellung")
    add(
        when("2025-12-01", "21:33"),
        ("Zalando", "info@service-mail.zalando.de"),
        "Danke für deine Bestellung",
        alt(to_text(h), h),
        slug="zalando-bestellung",
        msgid=f"<{uuid4()}@service-mail.zalando.de>",
    )
    body = """<p>Hallo Lena,</p>
<p>deine Rücksendung ist bei uns angekommen. Wir haben dir <b>39,95 €</b> gutgeschrieben – der Betrag wird mit deiner offenen Rechnung verrechnet.</p>
<p>Zurückgeschickt: Jack Wolfskin Kinder Softshelljacke, 104 · Bestellnummer 10108842271553</p>"""
    h = zpage(body, "Erstattung 39,95 €")
    add(
        when("2025-12-15", "12:10"),
        ("Zalando", "info@service-mail.zalando.de"),
        "Wir haben deine Rücksendung erhalten",
        alt(to_text(h), h),
        slug="zalando-ruecksendung",
        msgid=f"<{uuid4()}@service-mail.zalando.de>",
    )
    body = """<p>Hallo Lena,</p>
<p>mit <b>Zalando Plus</b> bekommst du Premium-Lieferung ohne Mindestbestellwert, exklusive Sales und 30 Tage mehr Zeit für Rücksendungen. Jetzt <b>30 Tage kostenlos testen</b> – danach 19,90 € im Jahr. Kündbar jederzeit.</p>
<p style="text-align:center;margin:20px 0;"><a href="https://www.zalando.de/zalando-plus/?wmc=EML_plus_0426" style="background:#ff6900;color:#fff;padding:12px 26px;font-weight:bold;">Zalando Plus testen</a></p>
<p style="font-size:11px;color:#777;"><a href="https://www.zalando.de/newsletter/abmelden">Newsletter abbestellen</a></p>"""
    h = zpage(body, "30 Tage Zalando Plus gratis")
    add(
        when("2026-04-20", "18:00"),
        ("Zalando", "newsletter@news.zalando.de"),
        "Lena, 30 Tage Zalando Plus geschenkt ✨",
        alt(to_text(h), h),
        slug="zalando-plus-werbung",
        headers=unsub("https://www.zalando.de/newsletter/abmelden"),
        hdr_order="bulk",
    )


def otto() -> None:
    def opage(body: str, pre: str) -> str:
        inner = f"""<tr><td style="padding:16px 24px;background:#d52b1e;font:bold 28px Arial,sans-serif;color:#fff;">OTTO</td></tr>
<tr><td class="pad" style="padding:24px;font:14px/21px Arial,sans-serif;color:#212121;">{body}</td></tr>
<tr><td style="padding:16px 24px;background:#f0f0f0;font:11px/16px Arial,sans-serif;color:#777;">Otto (GmbH &amp; Co KG) · Werner-Otto-Straße 1–7 · 22179 Hamburg · Amtsgericht Hamburg HRA 62024<br />Die Ratenzahlung wird angeboten von der OTTO Payments GmbH, Hamburg.</td></tr>"""
        return page(inner, preheader=pre, bg="#f0f0f0")

    body = (
        """<p>Guten Tag Frau Schmidt,</p>
<p>vielen Dank für Ihre Bestellung bei OTTO!</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #ddd;">
"""
        + rows(
            [
                ("Bestellnummer", "58 204 771 93"),
                ("Bosch Waschmaschine WGG244F1 Serie 6, 9 kg", "549,99 €"),
                ("Lieferung inkl. Altgeräte-Mitnahme", "0,00 €"),
                ("<b>Gesamtbetrag</b>", "<b>549,99 €</b>"),
                (
                    "Zahlungsart",
                    "OTTO Ratenzahlung: 12 Monatsraten à 45,83 € (letzte Rate 45,86 €), 0 % effektiver Jahreszins",
                ),
            ]
        )
        + """
</table>
<p>Liefertermin: Dienstag, 31.03.2026, 7–12 Uhr (Speditionslieferung)</p>
<p>Ihr OTTO-Team</p>"""
    )
    h = opage(body, "Bestellbestätigung 58 204 771 93")
    add(
        when("2026-03-21", "15:42"),
        ("OTTO", "service@otto.de"),
        "Ihre Bestellung bei OTTO",
        alt(to_text(h), h),
        slug="otto-bestellung",
        msgid=f"<{uuid4()}@otto.de>",
    )
    body = (
        """<p>Guten Tag Frau Schmidt,</p>
<p>Ihre neue Monatsübersicht ist da.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #ddd;">
"""
        + rows(
            [
                ("Kundennummer", "71 448 302"),
                ("Ratenplan", "Bosch Waschmaschine, Bestellung 58 204 771 93"),
                ("Bereits gezahlt", "2 von 12 Raten"),
                ("Nächste Rate", "45,83 € am 15.06.2026"),
                ("Restbetrag", "458,33 €"),
            ]
        )
        + """
</table>
<p>Die Rate buchen wir per Lastschrift ab. Ihre Monatsübersicht finden Sie unter „Mein Konto“.</p>
<p>Ihr OTTO-Team</p>"""
    )
    h = opage(body, "Ihre Monatsübersicht Juni 2026")
    add(
        when("2026-06-05", "08:15"),
        ("OTTO", "service@otto.de"),
        "Ihre OTTO Monatsübersicht Juni 2026",
        alt(to_text(h), h),
        slug="otto-monatsuebersicht",
        msgid=f"<{uuid4()}@otto.de>",
    )


def kleinanzeigen() -> None:
    txt = """Hallo Lena,

du hast eine neue Nachricht zu deiner Anzeige "Puky Kinderfahrrad 16 Zoll,
blau, mit Stützrädern" erhalten:

  Von: Markus
  "Hallo, ist das Fahrrad noch da? Würde 75 € bieten und könnte
   Samstag Vormittag abholen. Grüße, Markus"

Antworte direkt in der App oder auf kleinanzeigen.de:
https://www.kleinanzeigen.de/m-nachrichten.html

Tipp: Bezahle sicher mit "Sicher bezahlen" – Käuferschutz inklusive.

Dein Kleinanzeigen-Team

kleinanzeigen GmbH, Albert-Einstein-Ring 5, 14532 Kleinmachnow
Benachrichtigungen verwalten: https://www.kleinanzeigen.de/m-einstellungen.html
"""
    add(
        when("2026-04-11", "19:26"),
        ("Kleinanzeigen", "noreply@kleinanzeigen.de"),
        'Neue Nachricht zu "Puky Kinderfahrrad 16 Zoll, blau, mit Stützrädern"',
        plain(txt),
        slug="kleinanzeigen-nachricht",
        msgid=f"<{uuid4()}@kleinanzeigen.de>",
    )
    txt = """Hallo Lena,

deine Anzeige "Tripp Trapp Hochstuhl Stokke, natur" läuft in 7 Tagen ab.

Verlängere sie kostenlos mit einem Klick, damit Interessenten sie weiter
finden: https://www.kleinanzeigen.de/m-meine-anzeigen.html

Mit einem Bump-up für 1,99 € landet deine Anzeige wieder ganz oben.

Dein Kleinanzeigen-Team

kleinanzeigen GmbH, Albert-Einstein-Ring 5, 14532 Kleinmachnow
"""
    add(
        when("2026-05-03", "08:00"),
        ("Kleinanzeigen", "noreply@kleinanzeigen.de"),
        "Deine Anzeige läuft bald ab",
        plain(txt),
        slug="kleinanzeigen-ablauf",
        msgid=f"<{uuid4()}@kleinanzeigen.de>",
    )


def lieferando() -> None:
    for sent, rest, items, total in [
        (
            "2026-01-17",
            "Pizzeria Da Enzo",
            [
                ("1× Pizza Margherita (30 cm)", "9,50 €"),
                ("1× Pizza Diavola (30 cm)", "12,50 €"),
                ("1× Kinderpizza Schinken", "7,90 €"),
                ("Lieferkosten", "2,50 €"),
            ],
            "32.40",
        ),
        (
            "2026-10-24",
            "Sushi Kyoto Prenzlauer Berg",
            [
                ("1× Sushi-Box Kyoto (24 Stück)", "28,90 €"),
                ("2× Miso-Suppe", "7,00 €"),
                ("1× Edamame", "4,90 €"),
                ("Lieferkosten", "0,99 €"),
            ],
            "41.79",
        ),
    ]:
        body = f"""<p style="font-size:18px;font-weight:bold;">Danke für deine Bestellung, Lena!</p>
<p><b>{rest}</b> hat deine Bestellung erhalten. Voraussichtliche Lieferzeit: 35–50 Minuten.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #eee;">
{rows(items + [("<b>Gesamt</b>", "<b>" + eur(total) + "</b>"), ("Bezahlt mit", "PayPal")])}
</table>
<p>Lieferadresse: Kollwitzstraße 48, 10405 Berlin</p>"""
        inner = f"""<tr><td style="padding:16px 24px;background:#ff8000;font:bold 24px Arial,sans-serif;color:#fff;">Lieferando</td></tr>
<tr><td class="pad" style="padding:24px;font:14px/21px Arial,sans-serif;color:#222;">{body}</td></tr>
<tr><td style="padding:14px 24px;font:11px/16px Arial,sans-serif;color:#888;">yd. yourdelivery GmbH · Cuvrystraße 50 · 10997 Berlin · Ein Unternehmen von Just Eat Takeaway.com</td></tr>"""
        h = page(inner, preheader=f"Bestellung bei {rest}")
        add(
            when(sent, rng.choice(["19:12", "18:47"])),
            ("Lieferando.de", "noreply@lieferando.de"),
            f"Deine Bestellung bei {rest}",
            alt(to_text(h), h),
            slug="lieferando-bestellung",
            msgid=f"<{uuid4()}@lieferando.de>",
        )


def ikea() -> None:
    body = (
        """<p>Hej Lena,</p>
<p>danke für deine Bestellung! Wir stellen sie für dich zusammen. Sobald sie abholbereit ist, bekommst du eine SMS.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #ddd;">
"""
        + rows(
            [
                ("Bestellnummer", "1348829127"),
                ("Abholung", "Click &amp; Collect, IKEA Berlin-Lichtenberg, ab Sa., 01.08.2026"),
                ("KALLAX Regal, weiß, 147x147 cm", "99,99 €"),
                ("HEMNES Kommode mit 3 Schubladen, weiß gebeizt", "179,00 €"),
                ("FLISAT Kinderhocker", "14,99 €"),
                ("SKÅDIS Lochplatte", "19,99 €"),
                ("<b>Gesamt inkl. MwSt.</b>", "<b>313,97 €</b>"),
            ]
        )
        + """
</table>
<p>Dein IKEA Team</p>"""
    )
    inner = f"""<tr><td style="padding:16px 24px;background:#0058a3;font:bold 26px Verdana,sans-serif;color:#ffdb00;">IKEA</td></tr>
<tr><td class="pad" style="padding:24px;font:14px/21px Verdana,Arial,sans-serif;color:#111;">{body}</td></tr>
<tr><td style="padding:14px 24px;font:11px/16px Arial,sans-serif;color:#777;">IKEA Deutschland GmbH &amp; Co. KG · Am Wandersmann 2–4 · 65719 Hofheim-Wallau</td></tr>"""
    h = page(inner, preheader="Bestellung 1348829127")
    add(
        when("2026-07-30", "22:31"),
        ("IKEA", "noreply@order.ikea.de"),
        "Deine IKEA Bestellung 1348829127 ist eingegangen",
        alt(to_text(h), h),
        slug="ikea-bestellung",
        msgid=f"<{uuid4()}@order.ikea.de>",
    )


def sky() -> None:
    inner = """<tr><td style="padding:20px 24px;background:#000;font:bold 30px Arial,sans-serif;color:#fff;">sky</td></tr>
<tr><td class="pad" style="padding:24px;font:15px/22px Arial,sans-serif;color:#222;">
<p>Hallo Lena Schmidt,</p>
<p>Serien, Filme und die Bundesliga – mit <b>Sky Stream</b> für nur <b>10 € im Monat</b> im ersten Jahr. Keine Satellitenschüssel, kein Kabel.</p>
<p style="text-align:center;margin:20px 0;"><a href="https://www.sky.de/angebote/stream?cmp=em_0526" style="background:#0072c9;color:#fff;padding:12px 26px;border-radius:22px;font-weight:bold;">Jetzt sichern</a></p>
<p style="font-size:11px;color:#888;">Sky Deutschland Fernsehen GmbH &amp; Co. KG, Medienallee 26, 85774 Unterföhring. 12 Monate Mindestlaufzeit, danach 25 €/Monat. <a href="https://www.sky.de/newsletter-abmelden">Abmelden</a></p>
</td></tr>"""
    h = page(inner, preheader="Sky Stream für 10 €")
    add(
        when("2026-05-08", "19:00"),
        ("Sky", "sky@newsletter.sky.de"),
        "Lena, das Entertainment-Paket für 10 € – nur bis Sonntag",
        alt(to_text(h), h),
        slug="sky-werbung",
        headers=unsub("https://www.sky.de/newsletter-abmelden"),
        hdr_order="bulk",
    )


def warentest() -> None:
    txt = """test.de Newsletter – 25. Februar 2026

Zahnzusatzversicherungen im Test: 258 Tarife geprüft
Gute Tarife gibt es schon ab 20 Euro im Monat. Worauf Sie achten sollten.
https://www.test.de/Zahnzusatzversicherung-im-Test-4290113-0/

Kinderfahrradhelme: Vier von 15 fallen durch
https://www.test.de/Kinderfahrradhelme-im-Test-5031977-0/

Balkonkraftwerke: So lohnt sich das Mini-Solarkraftwerk
https://www.test.de/Balkonkraftwerke-im-Test-6132211-0/

----
Alle Tests lesen mit der test.de-Flatrate: 7,90 € im Monat.
https://www.test.de/flatrate

Sie erhalten diesen Newsletter, weil Sie ihn bestellt haben.
Abbestellen: https://www.test.de/newsletter/abmelden
Stiftung Warentest, Lützowplatz 11–13, 10785 Berlin
"""
    add(
        when("2026-02-25", "16:00"),
        ("Stiftung Warentest", "newsletter@test.de"),
        "test.de: Zahnzusatzversicherungen im Test",
        plain(txt),
        slug="warentest-newsletter",
        headers=unsub("https://www.test.de/newsletter/abmelden"),
        hdr_order="bulk",
    )


# ================================================================ banks, government, donations, investments


def banks_and_state() -> None:
    txt = """Sehr geehrte Frau Schmidt,

in Ihrem DKB-Postfach liegt ein neues Dokument für Sie:

  Kontoauszug 12/2025 – Gemeinschaftskonto DE12 1203 0000 **** **** 78

Sie finden es im Banking unter "Postfach". Aus Sicherheitsgründen
versenden wir keine Dokumente per E-Mail.

Ihre DKB

Deutsche Kreditbank AG · Taubenstraße 7–9 · 10117 Berlin
Vorstand: Stefan Unterlandstättner (Vorsitzender) · Amtsgericht Charlottenburg HRB 34165 B
"""
    add(
        when("2026-01-03", "07:12"),
        ("DKB", "info@mail.dkb.de"),
        "Neues Dokument in Ihrem DKB-Postfach",
        plain(txt),
        slug="dkb-postfach",
        msgid=f"<{uuid4()}@mail.dkb.de>",
    )
    txt = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Dauerspende im Jahr 2025. Mit 12 × 15,00 Euro =
180,00 Euro haben Sie unsere medizinische Nothilfe im Sudan, in Gaza und
in der Ukraine unterstützt.

Anbei erhalten Sie Ihre Zuwendungsbestätigung für das Finanzamt
(Sammelbestätigung 2025, Spendernummer 3308172).

Ihre monatliche Spende können Sie jederzeit ändern oder beenden:
spenderservice@berlin.msf.org oder 030 700 130 130.

Herzliche Grüße
Ihr Spender-Service
Ärzte ohne Grenzen e.V. · Schwedenstraße 9 · 13359 Berlin
"""
    add(
        when("2026-01-29", "11:40"),
        ("Ärzte ohne Grenzen", "spenderservice@berlin.msf.org"),
        "Ihre Zuwendungsbestätigung 2025",
        mixed(
            plain(txt),
            attachment(
                minipdf(
                    [
                        "Aerzte ohne Grenzen e.V.",
                        "Sammelbestaetigung ueber Geldzuwendungen 2025",
                        "Lena Schmidt, Kollwitzstrasse 48, 10405 Berlin",
                        "Summe 180,00 EUR",
                    ]
                ),
                "Zuwendungsbestaetigung_2025_3308172.pdf",
            ),
        ),
        slug="aerzte-ohne-grenzen-zuwendungsbestaetigung",
        msgid=f"<{uuid4()}@berlin.msf.org>",
    )
    txt = """Terminbestätigung

Sehr geehrte Frau Schmidt,

hiermit bestätigen wir Ihren Termin:

Dienstleistung: Reisepass beantragen (für Kinder unter 24 Jahren: Kinderreisepass)
Standort:       Bürgeramt Pankow, Fröbelstraße 17, 10405 Berlin
Termin:         Mittwoch, 25.02.2026, 10:20 Uhr
Vorgangsnummer: 45 118 207

Bitte bringen Sie mit: Geburtsurkunde des Kindes, biometrisches Passfoto,
Personalausweise beider Sorgeberechtigten. Gebühr: 13,00 Euro
(Kinderreisepass), zahlbar mit Girocard.

Absagen: https://service.berlin.de/terminvereinbarung/termin/manage/

Ihr Service-Portal Berlin
"""
    add(
        when("2026-02-11", "09:03"),
        ("Service-Portal Berlin", "noreply@berlin.de"),
        "Terminbestätigung – Bürgeramt Pankow",
        plain(txt, charset="iso-8859-1"),
        slug="buergeramt-termin",
        msgid=f"<{digits(12)}@berlin.de>",
    )
    txt = """Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem ELSTER-Postfach ist eine neue Nachricht eingegangen:

  Bescheiddaten zur Einkommensteuer 2025
  Steuernummer: 35/***/*1184
  Finanzamt Prenzlauer Berg

Bitte melden Sie sich unter https://www.elster.de mit Ihrem
Zertifikat an, um die Nachricht abzurufen.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

Ihr ELSTER-Team
"""
    add(
        when("2026-06-23", "04:58"),
        ("ELSTER – Ihr Online-Finanzamt", "portal@elster.de"),
        "Neue Nachricht in Ihrem ELSTER-Postfach",
        plain(txt),
        slug="elster-bescheid",
        msgid=f"<{uuid4()}@elster.de>",
    )
    for sent, price, shares in [("2026-03-02", "101,23", "1,481774"), ("2026-10-02", "108,41", "1,383636")]:
        d = D(sent)
        txt = f"""Hallo Lena,

dein Sparplan wurde ausgeführt.

Wertpapier: iShares Core MSCI World USD (Acc)
ISIN:       IE00B4L5Y983
Ausführung: {dde(d)}
Betrag:     150,00 €
Kurs:       {price} €
Stück:      {shares}

Die Abrechnung findest du in der App unter Profil → Dokumente.

Trade Republic Bank GmbH · Brunnenstraße 19–21 · 10119 Berlin
Amtsgericht Charlottenburg HRB 244347 B
"""
        add(
            when(sent, "10:31"),
            ("Trade Republic", "noreply@traderepublic.com"),
            "Sparplan ausgeführt",
            plain(txt),
            slug="traderepublic-sparplan",
            msgid=f"<{uuid4()}@traderepublic.com>",
        )


# ================================================================ family and friends


def personal() -> None:
    txt = """Kochani,

tak się cieszymy, że przyjeżdżacie do nas na święta! Tata już kupił
choinkę, a ja zamówiłam karpia na Wigilię. Mila będzie spała w pokoju
Tomka, przygotowałam jej łóżeczko.

Tomek, napisz proszę, o której lądujecie w Gdańsku, tata odbierze Was
z lotniska.

Ściskam mocno,
Mama

PS. Lena, przepis na pierniki wysyłam w załączniku - tym razem po niemiecku ;)
"""
    add(
        when("2025-11-30", "18:22"),
        ("Barbara Nowak", "barbara.nowak@wp.pl"),
        "Święta w Gdańsku 🎄",
        plain(txt, charset="iso-8859-2"),
        to=[TOMASZ, ME],
        slug="mama-swieta",
        msgid=f"<{hexs(20)}@wp.pl>",
        headers=[("X-Mailer", "WP Poczta")],
    )
    orig = """LOT Polish Airlines

Potwierdzenie rezerwacji / Booking confirmation

Kod rezerwacji / Booking reference: K7Q2XM

Pasażerowie / Passengers:
  Tomasz Nowak, Lena Schmidt, Mila Nowak (CHD)

Lot / Flight            Data / Date   Trasa / Route          Odlot - Przylot
LO 388                  22DEC25       BER - WAW              13:55 - 15:15
LO 3827                 22DEC25       WAW - GDN              16:20 - 17:10
LO 3822                 28DEC25       GDN - WAW              10:05 - 10:55
LO 389                  28DEC25       WAW - BER              12:30 - 13:50

Taryfa / Fare: Economy Standard
Razem / Total: 389,70 EUR (w tym podatki i opłaty / incl. taxes and fees)
Płatność / Payment: VISA ****4417

Polskie Linie Lotnicze LOT S.A., ul. 17 Stycznia 43, 02-146 Warszawa
"""
    note = (
        "Kochanie, bilety na święta kupione! Wylot 22.12 o 13:55 z BER, powrót 28.12. "
        "Mila ma swoje miejsce, ale i tak pewnie będzie chciała na kolana :)\n\nT."
    )
    body = gmail_forward(
        note,
        note.replace("\n\n", "<br><br>"),
        "LOT Polish Airlines <noreply@lot.com>",
        "pon., 1 gru 2025 o 21:48",
        "Potwierdzenie rezerwacji / Booking confirmation K7Q2XM",
        "<tomasz.nowak@gmail.com>",
        orig,
    )
    add(
        when("2025-12-01", "22:05"),
        TOMASZ,
        "Fwd: Potwierdzenie rezerwacji / Booking confirmation K7Q2XM",
        body,
        slug="fwd-lot-buchung",
        msgid=gmail_id(),
    )
    txt = """Hallo Lena,

Emil wird am 7. Juni fünf (!) und wir feiern am Sonntag, 7.6., ab 15 Uhr
im Volkspark Friedrichshain am Spielplatz Märchenbrunnen. Mila ist
natürlich herzlich eingeladen, ihr beide auch.

Wir grillen, bringt gern was fürs Buffet mit. Und wegen des Geschenks
für Frau Demir: ich hab das Geld vorgestreckt, 24,50 € pro Familie, schick
es mir einfach per PayPal.

Liebe Grüße
Julia
"""
    add(
        when("2026-05-14", "21:08"),
        ("Julia Becker", "julia.becker@web.de"),
        "Emils Geburtstag am 7. Juni 🎈",
        plain(txt),
        slug="julia-geburtstag",
        msgid=f"<{uuid4()}@web.de>",
    )
    txt = """Hey ihr Lieben,

wir wollen Samstag aufs Tempelhofer Feld, Drachen steigen lassen und
danach grillen (Einlass Oderstraße, so gegen 14 Uhr). Habt ihr Lust?
Jonas bringt den großen Drachen mit, Mila kann mit Ida den kleinen
fliegen lassen.

Sarah

Von meinem iPhone gesendet
"""
    add(
        when("2026-08-20", "13:37"),
        ("Sarah Klein", "sarah.klein@gmx.de"),
        "Samstag Tempelhofer Feld?",
        plain(txt, cte="8bit"),
        to=[ME, TOMASZ],
        slug="sarah-tempelhof",
        msgid=f"<{uuid4().upper()}@gmx.de>",
        headers=[("X-Mailer", "iPhone Mail (22A3354)")],
    )
    txt = """Hi,

kannst du Mila morgen abholen? Ich hab um 16 Uhr noch den Termin mit dem
Kunden in Adlershof und schaffe es nicht vor halb sechs.

Ich koche dafür 🙂

T.
"""
    add(
        when("2026-09-30", "11:52"),
        TOMASZ,
        "Abholung morgen?",
        plain(txt, cte="8bit"),
        slug="tomasz-abholung",
        msgid=gmail_id(),
    )


# ================================================================ truth and meta


def T(name, aliases, amount, cycle, status, nxt, kind):
    return {
        "name": name,
        "aliases": aliases,
        "amount": amount,
        "currency": "EUR",
        "cycle": cycle,
        "status": status,
        "next_renewal": nxt,
        "kind": kind,
    }


TRUTH = [
    T(
        "Vattenfall",
        ["Vattenfall Europe Sales GmbH", "Vattenfall Strom", "Vattenfall Natur24 Strom", "Natur24 Strom"],
        "86.00",
        "monthly",
        "active",
        "2026-12-15",
        "bill",
    ),
    T(
        "GASAG",
        ["GASAG AG", "GASAG Erdgas", "GASAG Erdgas Komfort"],
        "94.00",
        "monthly",
        "active",
        "2026-11-28",
        "bill",
    ),
    T(
        "Rundfunkbeitrag",
        ["ARD ZDF Deutschlandradio Beitragsservice", "Beitragsservice", "ARD ZDF Deutschlandradio", "GEZ"],
        "55.08",
        "quarterly",
        "active",
        "2027-02-15",
        "bill",
    ),
    T(
        "Telekom",
        [
            "Telekom Deutschland GmbH",
            "Deutsche Telekom",
            "MagentaZuhause",
            "MagentaZuhause M",
            "Telekom Festnetz",
        ],
        "51.90",
        "monthly",
        "active",
        "2026-12-10",
        "bill",
    ),
    T(
        "congstar",
        ["congstar Allnet Flat M", "congstar Mobilfunk"],
        "20.00",
        "monthly",
        "active",
        "2026-12-09",
        "bill",
    ),
    T(
        "Vodafone",
        ["Vodafone GmbH", "Vodafone Mobilfunk", "Vodafone GigaMobil M", "GigaMobil M"],
        "39.99",
        "monthly",
        "cancelled",
        None,
        "bill",
    ),
    T(
        "Deutschlandticket",
        ["BVG Deutschlandticket", "Deutschland-Ticket", "Deutschlandticket Abo", "D-Ticket", "BVG"],
        "63.00",
        "monthly",
        "active",
        "2026-12-01",
        "subscription",
    ),
    T(
        "HUK24 Privathaftpflicht",
        [
            "HUK24",
            "HUK24 AG",
            "Privathaftpflichtversicherung",
            "Privathaftpflicht",
            "Haftpflichtversicherung",
            "HUK-COBURG",
        ],
        "62.47",
        "yearly",
        "active",
        "2027-03-01",
        "bill",
    ),
    T(
        "CosmosDirekt Hausratversicherung",
        [
            "CosmosDirekt",
            "Cosmos Direkt",
            "Cosmos Versicherung AG",
            "Hausratversicherung",
            "CosmosDirekt Hausrat",
        ],
        "94.18",
        "yearly",
        "active",
        "2027-07-01",
        "bill",
    ),
    T(
        "DFV-ZahnSchutz",
        [
            "DFV",
            "DFV Deutsche Familienversicherung",
            "Deutsche Familienversicherung",
            "DFV-ZahnSchutz Exklusiv 90",
            "Zahnzusatzversicherung",
        ],
        "29.80",
        "monthly",
        "active",
        "2026-12-01",
        "bill",
    ),
    T(
        "Kita Essensgeld",
        [
            "Kita Kleine Strolche",
            "Kinderwelt Pankow gGmbH",
            "Kinderwelt Pankow",
            "Essensgeld",
            "Verpflegungskosten Kita",
        ],
        "23.00",
        "monthly",
        "active",
        "2026-12-05",
        "subscription",
    ),
    T(
        "Urban Sports Club",
        ["USC", "Urban Sports GmbH", "Urban Sports Club M"],
        "69.00",
        "monthly",
        "active",
        "2026-12-01",
        "subscription",
    ),
    T(
        "FitX",
        ["FitX Deutschland GmbH", "FitX Mitgliedschaft", "FitX Flex"],
        "19.99",
        "monthly",
        "cancelled",
        None,
        "subscription",
    ),
    T(
        "Netflix",
        ["Netflix International B.V.", "Netflix Standard"],
        "13.99",
        "monthly",
        "active",
        "2026-12-14",
        "subscription",
    ),
    T("Disney+", ["Disney Plus", "Disney+ Standard"], "9.99", "monthly", "cancelled", None, "subscription"),
    T(
        "Spotify Premium Family",
        ["Spotify", "Spotify Premium", "Spotify Familie", "Premium Family", "Spotify AB"],
        "21.99",
        "monthly",
        "active",
        "2026-12-07",
        "subscription",
    ),
    T(
        "Audible",
        ["Audible GmbH", "Audible-Abo", "Audible Abo"],
        "9.95",
        "monthly",
        "active",
        "2026-12-23",
        "subscription",
    ),
    T(
        "Amazon Prime",
        ["Prime", "Amazon Prime-Mitgliedschaft", "Prime-Mitgliedschaft"],
        "89.90",
        "yearly",
        "active",
        "2027-03-12",
        "subscription",
    ),
    T(
        "iCloud+",
        ["Apple iCloud+", "iCloud", "Apple iCloud", "iCloud+ mit 200 GB Speicher"],
        "2.99",
        "monthly",
        "active",
        "2026-12-02",
        "subscription",
    ),
    T(
        "Tagesspiegel Plus",
        [
            "Tagesspiegel",
            "Der Tagesspiegel",
            "T+",
            "Tagesspiegel Plus Digital",
            "Verlag Der Tagesspiegel GmbH",
        ],
        "12.99",
        "monthly",
        "active",
        "2026-12-06",
        "subscription",
    ),
    T(
        "BahnCard 25",
        ["BahnCard", "DB BahnCard 25", "BahnCard 25 Abo", "BahnCard-Abo"],
        "62.90",
        "yearly",
        "active",
        "2027-02-15",
        "subscription",
    ),
    T(
        "HelloFresh",
        ["HelloFresh SE", "HelloFresh Deutschland", "HelloFresh Family Box"],
        "77.87",
        "weekly",
        "active",
        "2026-11-27",
        "subscription",
    ),
    T(
        "MILES Pass",
        ["MILES", "MILES Pass Silver", "MILES Mobility", "MILES Mobility GmbH"],
        "6.99",
        "monthly",
        "active",
        "2026-12-18",
        "subscription",
    ),
    T(
        "Babbel",
        ["Lesson Nine GmbH", "Babbel Polnisch", "Babbel 6-Monats-Abo"],
        "53.70",
        "semiannual",
        "active",
        "2027-02-09",
        "subscription",
    ),
]

HARD_NEGATIVES = [
    "Zalando",
    "Zalando Plus",
    "OTTO",
    "OTTO Payments",
    "Kleinanzeigen",
    "Lieferando",
    "Pizzeria Da Enzo",
    "Sushi Kyoto",
    "IKEA",
    "Amazon.de",
    "LEGO DUPLO Feuerwehrwache",
    "ABUS Kinder-Fahrradhelm",
    "Sky",
    "Sky Stream",
    "Stiftung Warentest",
    "test.de Flatrate",
    "DKB",
    "Ärzte ohne Grenzen",
    "Service-Portal Berlin",
    "Bürgeramt Pankow",
    "ELSTER",
    "Finanzamt Prenzlauer Berg",
    "Trade Republic",
    "iShares Core MSCI World",
    "Hausverwaltung Krüger & Partner",
    "Berliner Wasserbetriebe",
    "BSR",
    "Deutsche Bahn",
    "DB Fernverkehr",
    "DB Servicecenter Fahrgastrechte",
    "LOT Polish Airlines",
    "Julia Becker",
    "Sarah Klein",
    "Barbara Nowak",
    "Tomasz Nowak",
    "PayPal",
    "Boxine GmbH",
    "Tonies",
    "Bluey: Let's Play!",
    "Harry Potter und der Stein der Weisen",
    "Die Känguru-Chroniken",
    "CHECK24",
    "MagentaTV",
    "DFV-KlinikSchutz",
    "Tagesspiegel Checkpoint",
    "Balkonkraftwerk",
    "MILES Fahrt",
]

README = """# email-files10 / ber — Lena Schmidt, Berlin-Prenzlauer Berg

Lena Schmidt (UX designer) lives with her partner Tomasz Nowak (he forwards some mail, partly in Polish) and their
daughter Mila (4, Kita) in a rented flat in Prenzlauer Berg; joint DKB account. Twelve months of German mail ending
2026-11-26: energy/gas Abschläge, telecoms, insurances, Kita Essensgeld, streaming, a mobile contract that ran out after a
Kündigung and was ported to congstar, plus shops, Bahn tickets, bank, Finanzamt, family and friends.

Doubts about labels (where a careful reader could disagree):
- Kita Essensgeld is labelled `subscription` (it is neither utility, telecom nor insurance), a reader could call it a bill.
  Deutschlandticket and BahnCard are `subscription` too, not bills.
- Rundfunkbeitrag and HUK24 Privathaftpflicht are in Tomasz's name and only known from his forwards; they are household
  costs paid from the joint account, so they are listed. The Rundfunkbeitrag has a single message.
- Vattenfall: the next charge is the Abschlag of 86,00 € (not the 55,43 € Nachzahlung, nor the 89,00 € dunning total);
  the Abschlag is "zum 15.", so next 2026-12-15. GASAG: 94,00 € "zum 28.", next 2026-11-28.
- Telekom: one bill has 3,29 € extra call charges (55,19 €); the recurring amount is 51,90 €. Next debit 2026-12-10
  assumes the monthly pattern (bill ~3rd, debit ~10th).
- HelloFresh is weekly (Friday charge, Wednesday delivery); last emailed charge 2026-11-20, so next 2026-11-27. Not every
  weekly box is emailed, one box had a 15 € voucher (62,87 €), three summer weeks were paused.
- Urban Sports Club was paused in July/August but resumed; active at 69 €. Netflix upgraded from 4,99 € to 13,99 €
  (next 2026-12-14). iCloud+ upgraded from 50 GB 0,99 € to 200 GB 2,99 € (billing day moved to the 2nd).
- Audible: November's receipt is not in the mail; next 2026-12-23 by adding cycles. Amazon Prime is known only from
  its renewal reminder (89,90 € on 12.03.2026, so next 2027-03-12); the Amazon.de orders are one-offs.
- Babbel is paid through PayPal (merchant "Lesson Nine GmbH"); named Babbel, not PayPal.
- MILES: only the MILES Pass (6,99 €/month) is a subscription; the per-ride invoices from the same sender are not.
- Not listed: OTTO washing machine in 12 Raten (one-off in instalments), Trade Republic savings plan, Ärzte ohne Grenzen
  Dauerspende, rent/Betriebskosten (Berliner Wasserbetriebe via the Hausverwaltung), Tagesspiegel Checkpoint newsletter,
  marketing from Zalando Plus, Sky, MagentaTV, DFV-KlinikSchutz, CHECK24.
- Vodafone is `cancelled` (Kündigung by Lena, contract ended 14.09.2026 at the end of the minimum term); FitX and Disney+
  are `cancelled` too.
"""

# ================================================================ main


def berlin_day(dt: datetime) -> date:
    u = dt.astimezone(UTC).replace(tzinfo=None)
    for off in (2, 1):
        local = u + timedelta(hours=off)
        if berlin_offset(local) == off:
            return local.date()
    return (u + timedelta(hours=1)).date()


def main() -> None:
    for build in (
        vattenfall,
        gasag,
        rundfunk,
        hausverwaltung,
        telekom,
        congstar,
        vodafone,
        vodafone_final,
        deutschlandticket,
        bahn,
        miles,
        huk24,
        cosmos,
        dfv,
        check24,
        kita,
        urban_sports,
        fitx,
        netflix,
        disney,
        spotify,
        audible,
        amazon,
        apple,
        tagesspiegel,
        hellofresh,
        paypal_and_babbel,
        zalando,
        otto,
        kleinanzeigen,
        lieferando,
        ikea,
        sky,
        warentest,
        banks_and_state,
        personal,
    ):
        build()
    names = {t["name"] for t in TRUTH}
    for m in MSGS:
        for lab in m["labels"]:
            assert lab in names, lab
        assert m["dt"].date() <= TODAY or berlin_day(m["dt"]) <= TODAY, m["slug"]
    MSGS.sort(key=lambda m: (m["dt"].astimezone(UTC), m["slug"]))
    eml_dir = HERE / "eml"
    if eml_dir.exists():
        shutil.rmtree(eml_dir)
    eml_dir.mkdir(parents=True)
    index, mbox = [], []
    for i, m in enumerate(MSGS, 1):
        text = render_msg(m)
        for line in text.split("\n"):
            assert not line.startswith("From "), (m["slug"], line)
        fname = f"{i:03d}-{berlin_day(m['dt']):%Y%m%d}-{m['slug']}.eml"
        (eml_dir / fname).write_bytes(text.encode("utf-8"))
        body = re.sub(r"(?m)^(>*From )", r">\1", text)
        mbox.append(f"From {m['sender'][1]} {asctime_utc(m['dt'])}\n{body}\n")
        index.append({"file": fname, "from": m["sender"][0], "subject": m["subject"], "labels": m["labels"]})
    (HERE / "mailbox.mbox").write_bytes("".join(mbox).encode("utf-8"))
    dump = lambda obj: json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
    (HERE / "truth.json").write_text(dump(TRUTH), encoding="utf-8")
    (HERE / "messages.json").write_text(dump(index), encoding="utf-8")
    (HERE / "meta.json").write_text(
        dump({"today": TODAY.isoformat(), "messages": len(MSGS), "hard_negatives": HARD_NEGATIVES}),
        encoding="utf-8",
    )
    (HERE / "README.md").write_text(README, encoding="utf-8")
    print(f"{len(MSGS)} messages, {len(TRUTH)} truths")


if __name__ == "__main__":
    main()
