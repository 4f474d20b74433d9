#!/usr/bin/env python3
"""Test mailbox de_at: Lena Huber and Tobias Maier, Munich -> Vienna in spring 2026.

Seeded and deterministic: rerunning writes the same bytes. Standard library only.
Run from /work/main:  .venv/bin/python bench/data/email-files7/de_at/make.py
Writes eml/NNN-YYYYMMDD-slug.eml, mailbox.mbox, truth.json, meta.json, messages.json.
"""

from __future__ import annotations

import base64
import html as htmllib
import json
import quopri
import random
import re
import shutil
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 7_2026_1201
rng = random.Random(SEED)
TODAY = "2026-12-01"

LENA = ("Lena Huber", "lena.huber@posteo.de")
TOBIAS = ("Tobias Maier", "tobias.maier.muc@gmail.com")

MUC_ADDR = "Tulbeckstraße 21, 80339 München"
VIE_ADDR = "Gumpendorfer Straße 88/14, 1060 Wien"

# ---------------------------------------------------------------------------------------------
# numbers: IBANs and SEPA creditor identifiers with real check digits
# ---------------------------------------------------------------------------------------------


def _mod97(s: str) -> int:
    digits = "".join(str(int(c, 36)) for c in s)
    return int(digits) % 97


def iban(country: str, bban: str) -> str:
    check = 98 - _mod97(bban + country + "00")
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def creditor_id(country: str, national: str) -> str:
    check = 98 - _mod97(national + country + "00")
    return f"{country}{check:02d}ZZZ{national}"


IBAN_SSKM = iban("DE", "701500001002384715")  # Stadtsparkasse München, joint account (closed 04/2026)
IBAN_ERSTE = iban("AT", "2011182931047700")  # Erste Bank, joint account from 04/2026
IBAN_SSKM_SHORT = IBAN_SSKM.replace(" ", "")[-4:]
IBAN_ERSTE_SHORT = IBAN_ERSTE.replace(" ", "")[-4:]


def mask_iban(i: str) -> str:
    raw = i.replace(" ", "")
    return raw[:4] + "*" * (len(raw) - 8) + raw[-4:]


# ---------------------------------------------------------------------------------------------
# money and dates, German / Austrian style
# ---------------------------------------------------------------------------------------------

MONATE = [
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
MONATE_AT = ["", "Jänner", *MONATE[2:]]
WOCHENTAGE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def D(s: str) -> Decimal:
    return Decimal(s)


def num(x: Decimal | str) -> str:
    x = Decimal(x).quantize(Decimal("0.01"))
    sign = "-" if x < 0 else ""
    whole, frac = f"{abs(x):.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return f"{sign}{'.'.join(groups)},{frac}"


def eur(x, style: str = "de") -> str:
    n = num(x)
    if style == "de":
        return f"{n} €"
    if style == "EUR":
        return f"EUR {n}"
    if style == "EUR_after":
        return f"{n} EUR"
    if style == "at":
        return f"€ {n}"
    if style == "dash":  # € 12,–
        return f"€ {n[:-3]},–" if n.endswith(",00") else f"€ {n}"
    raise ValueError(style)


def d(s: str) -> date:
    return date.fromisoformat(s)


def dmy(s: str) -> str:
    return d(s).strftime("%d.%m.%Y")


def dlong(s: str, at: bool = False) -> str:
    x = d(s)
    return f"{x.day}. {(MONATE_AT if at else MONATE)[x.month]} {x.year}"


# ---------------------------------------------------------------------------------------------
# time zones (rules written out so the output does not depend on the system tz database)
# ---------------------------------------------------------------------------------------------


def _last_sunday(year: int, month: int) -> date:
    x = date(year, month, 31)
    while x.weekday() != 6:
        x -= timedelta(days=1)
    return x


def _nth_sunday(year: int, month: int, n: int) -> date:
    x = date(year, month, 1)
    while x.weekday() != 6:
        x += timedelta(days=1)
    return x + timedelta(days=7 * (n - 1))


def eu_dst(utc: datetime) -> bool:
    a = _last_sunday(utc.year, 3)
    b = _last_sunday(utc.year, 10)
    start = datetime(a.year, a.month, a.day, 1, tzinfo=UTC)
    end = datetime(b.year, b.month, b.day, 1, tzinfo=UTC)
    return start <= utc < end


def tz_eu(utc: datetime) -> timezone:
    return timezone(timedelta(hours=2 if eu_dst(utc) else 1))


def tz_pacific(utc: datetime) -> timezone:
    a = _nth_sunday(utc.year, 3, 2)
    b = _nth_sunday(utc.year, 11, 1)
    start = datetime(a.year, a.month, a.day, 10, tzinfo=UTC)
    end = datetime(b.year, b.month, b.day, 9, tzinfo=UTC)
    return timezone(timedelta(hours=-7 if start <= utc < end else -8))


def from_local(s: str) -> datetime:
    """'2026-03-18 09:12' in Munich/Vienna time -> aware UTC datetime (seconds drawn from rng)."""
    naive = datetime.strptime(s, "%Y-%m-%d %H:%M") + timedelta(seconds=rng.randrange(60))
    for h in (2, 1):
        utc = (naive - timedelta(hours=h)).replace(tzinfo=UTC)
        if (h == 2) == eu_dst(utc):
            return utc
    return (naive - timedelta(hours=1)).replace(tzinfo=UTC)


# ---------------------------------------------------------------------------------------------
# MIME writing (by hand, so that encodings and boundaries are exactly what real senders use)
# ---------------------------------------------------------------------------------------------

_HDR_CS = {
    "q": ("UTF-8", "utf-8", "Q"),
    "b": ("UTF-8", "utf-8", "B"),
    "l1": ("iso-8859-1", "iso-8859-1", "Q"),
}


def _encoded_words(text: str, style: str) -> list[str]:
    """RFC 2047 encoded-words for text, each at most 75 characters, never splitting a character."""
    label, codec, kind = _HDR_CS[style]
    prefix, suffix = f"=?{label}?{kind}?", "?="

    def enc(chunk: str) -> str:
        raw = chunk.encode(codec)
        if kind == "B":
            return base64.b64encode(raw).decode("ascii")
        out = []
        for byte in raw:
            c = chr(byte)
            if c == " ":
                out.append("_")
            elif c.isascii() and (c.isalnum() or c in "!*+-/"):
                out.append(c)
            else:
                out.append(f"={byte:02X}")
        return "".join(out)

    words, cur = [], ""
    for ch in text:
        if len(prefix) + len(enc(cur + ch)) + len(suffix) > 75 and cur:
            words.append(prefix + enc(cur) + suffix)
            cur = ""
        cur += ch
    if cur:
        words.append(prefix + enc(cur) + suffix)
    return words


def _fold(tokens: list[str], name: str) -> str:
    lines, line = [], f"{name}: "
    first = True
    for tok in tokens:
        if not first and len(line) + 1 + len(tok) > 76:
            lines.append(line)
            line = " " + tok
        else:
            line = line + ("" if first else " ") + tok
        first = False
    lines.append(line)
    return "\n".join(lines)[len(name) + 2 :]


def enc_header(value: str, style: str = "q", name: str = "Subject") -> str:
    """Encode only the non-ASCII words, as real mailers do (runs of such words share one encoded-word)."""
    if value.isascii():
        return _fold(value.split(" "), name) if len(value) + len(name) + 2 > 78 else value
    tokens: list[str] = []
    run: list[str] = []
    for w in value.split(" "):
        if w.isascii():
            if run:
                tokens += _encoded_words(" ".join(run), style)
                run = []
            tokens.append(w)
        else:
            run.append(w)
    if run:
        tokens += _encoded_words(" ".join(run), style)
    return _fold(tokens, name)


def enc_addr(name: str, addr: str, style: str = "b") -> str:
    if name.isascii():
        return formataddr((name, addr))
    return " ".join(_encoded_words(name, style)) + f" <{addr}>"


def _encode_body(raw: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
        return out if out.endswith(b"\n") else out + b"\n"
    return raw if raw.endswith(b"\n") else raw + b"\n"


class Part:
    def __init__(self, headers: list[str], body: bytes):
        self.headers = headers
        self.body = body

    def bytes(self) -> bytes:
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


def leaf(
    ctype: str,
    text: str,
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    flowed: bool = False,
    extra: list[str] | None = None,
) -> Part:
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    if cte == "7bit" and not raw.isascii():
        cte = "8bit"
    params = f'; charset="{charset}"' if not flowed else f'; charset="{charset}"; format=flowed'
    hdrs = [f"Content-Type: {ctype}{params}", f"Content-Transfer-Encoding: {cte}"]
    return Part(hdrs + (extra or []), _encode_body(raw, cte))


def attachment(ctype: str, filename: str, data: bytes) -> Part:
    hdrs = [
        f'Content-Type: {ctype}; name="{filename}"',
        f'Content-Disposition: attachment; filename="{filename}"',
        "Content-Transfer-Encoding: base64",
    ]
    return Part(hdrs, base64.encodebytes(data))


def boundary(style: str = "part") -> str:
    if style == "gmail":
        return "000000000000" + "".join(rng.choice("0123456789abcdef") for _ in range(16))
    if style == "sfmc":
        return f"----=_Part_{rng.randrange(10**6, 10**7)}_{rng.randrange(10**8, 10**9)}.{rng.randrange(10**12, 10**13)}"
    if style == "apple":
        return f"Apple-Mail={''.join(rng.choice('0123456789ABCDEF') for _ in range(8))}-{rng.randrange(1000, 9999)}"
    if style == "outlook":
        return "_000_" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(36)) + "_"
    if style == "amazon":
        return f"----=_Part_{rng.randrange(10**7, 10**8)}_{rng.randrange(10**8, 10**9)}.{rng.randrange(10**12, 10**13)}"
    return "=_" + "".join(rng.choice("0123456789abcdef") for _ in range(28))


def multipart(subtype: str, parts: list[Part], bstyle: str = "part") -> Part:
    b = boundary(bstyle)
    chunks = [b"This is a multi-part message in MIME format.\n"] if bstyle not in ("gmail", "apple") else []
    for p in parts:
        chunks.append(f"\n--{b}\n".encode("ascii") + p.bytes())
    chunks.append(f"\n--{b}--\n".encode("ascii"))
    return Part([f'Content-Type: multipart/{subtype}; boundary="{b}"'], b"".join(chunks))


def html_to_text(h: str) -> str:
    t = re.sub(r"(?is)<(style|head|script)[^>]*>.*?</\1>", "", h)
    t = re.sub(r"(?is)<span[^>]*display:\s*none[^>]*>.*?</span>", "", t)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|tr|h1|h2|h3|li|div)>", "\n", t)
    t = re.sub(r"(?i)</t[dh]>", "  ", t)
    t = re.sub(r'(?is)<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', lambda m: f"{m.group(2)} [{m.group(1)}]", t)
    t = re.sub(r"(?s)<[^>]+>", "", t)
    t = htmllib.unescape(t)
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in t.split("\n")]
    out: list[str] = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    return "\n".join(out).strip() + "\n"


def alt(
    html: str,
    text: str | None = None,
    charset: str = "utf-8",
    cte_text: str = "quoted-printable",
    cte_html: str = "quoted-printable",
    bstyle: str = "part",
) -> Part:
    text = text if text is not None else html_to_text(html)
    return multipart(
        "alternative",
        [leaf("text/plain", text, charset, cte_text), leaf("text/html", html, charset, cte_html)],
        bstyle,
    )


def html_only(html: str, charset: str = "utf-8", cte: str = "quoted-printable") -> Part:
    return leaf("text/html", html, charset, cte)


def text_only(text: str, charset: str = "utf-8", cte: str = "quoted-printable", flowed: bool = False) -> Part:
    return leaf("text/plain", text, charset, cte, flowed=flowed)


def with_attachments(body: Part, atts: list[Part]) -> Part:
    return multipart("mixed", [body, *atts])


def make_pdf(lines: list[str]) -> bytes:
    """A small, valid one-page PDF with the given lines (Helvetica, WinAnsi)."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    content_lines = ["BT", "/F1 10 Tf", "50 800 Td", "14 TL"]
    for ln in lines:
        content_lines.append(f"({esc(ln)}) '")
    content_lines.append("ET")
    stream = "\n".join(content_lines).encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


# ---------------------------------------------------------------------------------------------
# the mailbox
# ---------------------------------------------------------------------------------------------

MSGS: list[dict] = []


def rid(n: int, alphabet: str = "0123456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def message_id(domain: str, style: str = "plain") -> str:
    if style == "ses":
        return f"<0102{rid(12, HEX)}-{rid(8, HEX)}-{rid(4, HEX)}-{rid(4, HEX)}-{rid(4, HEX)}-{rid(12, HEX)}-000000@eu-west-1.amazonses.com>"
    if style == "gmail":
        return f"<CA{rid(6, ALNUM)}+{rid(30, ALNUM + 'abcdefghijklmnopqrstuvwxyz')}@mail.gmail.com>"
    if style == "java":
        return f"<{rid(9)}.{rid(7)}.{rid(13)}@{domain}>"
    if style == "uuid":
        return f"<{rid(8, HEX)}-{rid(4, HEX)}-{rid(4, HEX)}-{rid(4, HEX)}-{rid(12, HEX)}@{domain}>"
    if style == "outlook":
        return f"<{rid(4, ALNUM)}{rid(2)}MB{rid(4)}{rid(26, ALNUM)}@{rid(6, ALNUM)}.EURP{rid(3)}.PROD.OUTLOOK.COM>"
    return f"<{rid(20, HEX)}@{domain}>"


def add(
    when: str,
    sender: tuple[str, str],
    subject: str,
    body: Part,
    labels: list[str] | tuple = (),
    slug: str = "",
    to: tuple[str, str] | str = LENA,
    tz: str = "eu",
    mid_style: str = "plain",
    extra: list[str] | None = None,
    hstyle: str = "q",
    cc: tuple[str, str] | None = None,
    list_unsub: str | None = None,
    reply_to: str | None = None,
    return_path: str | None = None,
) -> None:
    utc = from_local(when)
    if tz == "eu":
        local = utc.astimezone(tz_eu(utc))
    elif tz == "pacific":
        local = utc.astimezone(tz_pacific(utc))
    else:
        local = utc
    date_hdr = format_datetime(local)
    if tz == "utc_gmt":
        date_hdr += " (GMT)"
    elif tz == "utc_utc":
        date_hdr += " (UTC)"
    name, addr = sender
    domain = addr.split("@", 1)[1]
    if isinstance(to, tuple):
        to_hdr = enc_addr(*to, style="q")
    else:
        to_hdr = to
    hdrs = [
        f"Return-Path: <{return_path or addr}>",
        f"From: {enc_addr(name, addr, 'q' if hstyle == 'q' else ('l1' if hstyle == 'l1' else 'b'))}",
        f"To: {to_hdr}",
    ]
    if cc:
        hdrs.append(f"Cc: {enc_addr(*cc, style='q')}")
    if reply_to:
        hdrs.append(f"Reply-To: {reply_to}")
    hdrs += [
        f"Subject: {enc_header(subject, hstyle)}",
        f"Date: {date_hdr}",
        f"Message-ID: {message_id(domain, mid_style)}",
        "MIME-Version: 1.0",
    ]
    if list_unsub:
        hdrs.append(f"List-Unsubscribe: <{list_unsub}>")
        hdrs.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
    hdrs += extra or []
    raw = ("\n".join(hdrs) + "\n").encode("ascii") + body.bytes()
    MSGS.append(
        {
            "utc": utc,
            "local": local,
            "from_name": name,
            "from_addr": addr,
            "subject": subject,
            "labels": list(labels),
            "slug": slug or re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"),
            "raw": raw,
        }
    )


# ---------------------------------------------------------------------------------------------
# shared HTML pieces
# ---------------------------------------------------------------------------------------------


def page(
    title: str,
    inner: str,
    font: str = "Arial,Helvetica,sans-serif",
    bg: str = "#f2f2f2",
    width: int = 600,
    preheader: str = "",
    lang: str = "de",
) -> str:
    pre = (
        f'<span style="display:none!important;visibility:hidden;opacity:0;color:transparent;height:0;'
        f'width:0;font-size:1px;line-height:1px;max-height:0;overflow:hidden">{preheader}</span>'
        if preheader
        else ""
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="x-apple-disable-message-reformatting" />
<title>{title}</title>
<style type="text/css">
body {{ margin:0; padding:0; -webkit-text-size-adjust:100%; }}
table {{ border-collapse:collapse; }}
a {{ color:inherit; }}
@media only screen and (max-width:{width}px) {{ .container {{ width:100% !important; }} .px {{ padding-left:16px !important; padding-right:16px !important; }} }}
</style>
</head>
<body style="margin:0;padding:0;background-color:{bg};font-family:{font};">
{pre}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:{bg};">
<tr><td align="center" style="padding:20px 0;">
<table role="presentation" class="container" width="{width}" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;">
{inner}
</table>
</td></tr>
</table>
</body>
</html>
"""


def kv_table(
    rows: list[tuple[str, str]],
    label_w: int = 55,
    border: str = "#e5e5e5",
    bold_last: bool = False,
    font_size: int = 14,
) -> str:
    out = [
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="font-size:{font_size}px;">'
    ]
    for i, (k, v) in enumerate(rows):
        b = "font-weight:bold;" if bold_last and i == len(rows) - 1 else ""
        out.append(
            f'<tr><td width="{label_w}%" style="padding:7px 0;border-bottom:1px solid {border};color:#555555;{b}">{k}</td>'
            f'<td align="right" style="padding:7px 0;border-bottom:1px solid {border};{b}">{v}</td></tr>'
        )
    out.append("</table>")
    return "\n".join(out)


def row(html: str, pad: str = "24px 32px", style: str = "") -> str:
    return f'<tr><td class="px" style="padding:{pad};{style}">{html}</td></tr>'


def p(text: str, size: int = 14, color: str = "#222222", margin: str = "0 0 14px 0", extra: str = "") -> str:
    return f'<p style="margin:{margin};font-size:{size}px;line-height:1.5;color:{color};{extra}">{text}</p>'


def button(label: str, href: str, bg: str, color: str = "#ffffff", radius: int = 4) -> str:
    return (
        f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 18px 0;"><tr>'
        f'<td style="background:{bg};border-radius:{radius}px;"><a href="{href}" style="display:inline-block;'
        f'padding:12px 22px;color:{color};text-decoration:none;font-weight:bold;font-size:14px;">{label}</a></td>'
        f"</tr></table>"
    )


def footer(text: str, bg: str = "#f7f7f7", color: str = "#777777") -> str:
    return f'<tr><td class="px" style="padding:18px 32px;background:{bg};font-size:11px;line-height:1.5;color:{color};">{text}</td></tr>'


# =============================================================================================
# Germany (until the move at the end of March 2026)
# =============================================================================================

BEITRAGSNR = "482 913 507"


def rundfunkbeitrag() -> None:
    sender = ("ARD ZDF Deutschlandradio Beitragsservice", "noreply@rundfunkbeitrag.de")
    text = f"""Sehr geehrte Frau Huber,

vielen Dank für Ihre Nachricht. Ihre Online-Abmeldung ist bei uns eingegangen.
Wir bearbeiten sie so schnell wie möglich und senden Ihnen anschließend eine
Bestätigung.

Ihre Angaben im Überblick:

Beitragsnummer:          {BEITRAGSNR}
Name:                    Lena Huber
Abzumeldende Wohnung:    {MUC_ADDR}
Abmeldung zum:           31.03.2026
Grund der Abmeldung:     Umzug ins Ausland
Neue Anschrift:          {VIE_ADDR}, Österreich
Vorgangsnummer:          W-20260309-448120

Bitte beachten Sie: Für eine Abmeldung wegen Umzugs ins Ausland benötigen wir
einen Nachweis, zum Beispiel die Abmeldebestätigung Ihrer Meldebehörde. Den
Nachweis können Sie über unser Kontaktformular unter www.rundfunkbeitrag.de
hochladen. Geben Sie dabei bitte immer Ihre Beitragsnummer an.

Bis zum Abmeldezeitpunkt ist der Rundfunkbeitrag weiterhin zu zahlen. Fällige
Beiträge ziehen wir wie gewohnt per SEPA-Lastschrift von Ihrem Konto ein.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese
Nachricht.

Mit freundlichen Grüßen

ARD ZDF Deutschlandradio
Beitragsservice
50656 Köln

www.rundfunkbeitrag.de
"""
    add(
        "2026-03-09 19:42",
        sender,
        "Eingangsbestätigung Ihrer Abmeldung",
        text_only(text, "iso-8859-1"),
        ["Rundfunkbeitrag"],
        "beitragsservice-abmeldung",
        hstyle="l1",
        mid_style="java",
    )

    text2 = f"""Sehr geehrte Frau Huber,

Ihre Wohnung {MUC_ADDR} haben wir zum 31.03.2026 abgemeldet.
Den Nachweis (Abmeldebestätigung der Landeshauptstadt München vom 30.03.2026)
haben wir erhalten.

Beitragsnummer: {BEITRAGSNR}

Stand Ihres Beitragskontos
--------------------------
Die Rundfunkbeiträge für den Zeitraum 01.01.2026 bis 31.03.2026 in Höhe von
55,08 Euro (3 x 18,36 Euro) haben wir am 16.02.2026 per SEPA-Lastschrift
eingezogen. Ihr Beitragskonto ist damit ausgeglichen; es besteht weder ein
Rückstand noch ein Guthaben.

Weitere Abbuchungen erfolgen nicht. Das SEPA-Lastschriftmandat mit der
Mandatsreferenz 482913507R01 verwenden wir nicht mehr.

Sollten Sie später wieder eine Wohnung in Deutschland beziehen, melden Sie sich
bitte unter www.rundfunkbeitrag.de an.

Mit freundlichen Grüßen

ARD ZDF Deutschlandradio
Beitragsservice

Dies ist eine automatisch versandte Nachricht. Antworten an diese Adresse
können nicht bearbeitet werden.
"""
    add(
        "2026-04-14 10:05",
        sender,
        f"Beitragsnummer {BEITRAGSNR}: Bestätigung der Abmeldung",
        text_only(text2, "iso-8859-1"),
        ["Rundfunkbeitrag"],
        "beitragsservice-abmeldebestaetigung",
        hstyle="l1",
        mid_style="java",
    )


SWM_VK = "2100 3846 7720"
SWM_CI = creditor_id("DE", "00000103922")


def swm_frame(title: str, inner: str, preheader: str = "") -> str:
    head = row(
        '<img src="https://www.swm.de/mail/logo-swm.png" width="92" height="40" alt="SWM" style="display:block;border:0;" />',
        "20px 32px",
        "border-bottom:4px solid #0073b7;",
    )
    foot = footer(
        "SWM Versorgungs GmbH · Emmy-Noether-Straße 2 · 80992 München<br />"
        "Geschäftsführung: Dr. Florian Bieberbach (Vorsitzender), Helge-Uve Braun, Jens Röder<br />"
        "Sitz: München · Amtsgericht München HRB 121920 · USt-IdNr. DE 129 521 671<br />"
        'Kundenservice: 0800 796 796 0 (kostenlos) · <a href="https://www.swm.de/kundenportal">SWM Kundenportal</a> · '
        '<a href="https://www.swm.de/datenschutz">Datenschutz</a>'
    )
    return page(title, head + inner + foot, preheader=preheader)


def swm() -> None:
    news = ("SWM", "newsletter@info.swm.de")
    inner = row(
        '<h1 style="font-size:22px;color:#0073b7;margin:0 0 12px 0;">Gut durch den Winter: 7 Tipps zum Heizen</h1>'
        + p("Liebe Kundin, lieber Kunde,")
        + p(
            "die Heizperiode ist in vollem Gange. Mit ein paar einfachen Kniffen sparen Sie Energie – und Geld: "
            "Stoßlüften statt Kippfenster, Heizkörper frei halten, Raumtemperatur um ein Grad senken spart bis zu 6 %."
        )
        + button(
            "Alle Tipps lesen",
            "https://www.swm.de/magazin/energie/heizen-tipps?utm_source=newsletter",
            "#0073b7",
        )
        + p("<b>Neu im SWM Kundenportal:</b> Zählerstände per Foto übermitteln.", 13)
        + p(
            'Sie möchten diesen Newsletter nicht mehr erhalten? <a href="https://www.swm.de/newsletter/abmelden?id=8fa21">Hier abmelden</a>.',
            11,
            "#888888",
        )
    )
    add(
        "2025-12-15 16:30",
        news,
        "Ihr SWM Newsletter: Gut durch den Winter",
        alt(swm_frame("SWM Newsletter", inner, "Heizen, sparen, wohlfühlen")),
        [],
        "swm-newsletter",
        list_unsub="https://www.swm.de/newsletter/abmelden?id=8fa21",
        mid_style="uuid",
    )

    sender = ("SWM Kundenservice", "kundenservice@swm.de")
    plan = [
        ("15.02.2026", "136,00 €"),
        ("15.03.2026", "136,00 €"),
        ("15.04.2026", "136,00 €"),
        ("… monatlich bis 15.12.2026", "136,00 €"),
    ]
    inner = row(
        p("Sehr geehrte Frau Huber,")
        + p(
            "Ihre Jahresabrechnung für Strom und Erdgas für den Abrechnungszeitraum 01.01.2025 bis 31.12.2025 liegt vor. "
            "Die vollständige Rechnung finden Sie im Anhang und in Ihrem SWM Kundenportal."
        )
        + kv_table(
            [
                ("Vertragskonto", SWM_VK),
                ("Lieferstelle", MUC_ADDR),
                ("M-Strom Privat · 2.214 kWh", "812,47 €"),
                ("M-Erdgas Privat · 7.830 kWh", "823,65 €"),
                ("Rechnungsbetrag brutto (inkl. 19 % USt.)", "1.636,12 €"),
                ("abzüglich geleistete Abschläge (12 × 124,00 €)", "−1.488,00 €"),
                ("<b>Nachzahlung</b>", "<b>148,12 €</b>"),
            ]
        )
        + p(
            "<br />Den Nachzahlungsbetrag von 148,12 € buchen wir am 05.02.2026 von Ihrem Konto "
            f"{mask_iban(IBAN_SSKM)} ab."
        )
        + '<h2 style="font-size:16px;color:#0073b7;margin:18px 0 8px 0;">Ihr neuer monatlicher Abschlag</h2>'
        + p(
            "Ab Februar 2026 beträgt Ihr Abschlag <b>136,00 €</b> im Monat (Strom 61,00 €, Erdgas 75,00 €). "
            "Er ist jeweils zum 15. des Monats fällig und wird per SEPA-Lastschrift eingezogen."
        )
        + kv_table(plan)
        + p(
            f"<br />Gläubiger-Identifikationsnummer: {SWM_CI}<br />Mandatsreferenz: {SWM_VK.replace(' ', '')}001",
            12,
            "#555555",
        )
        + p("Mit freundlichen Grüßen<br />Ihre SWM")
    )
    pdf = make_pdf(
        [
            "SWM Versorgungs GmbH - Jahresabrechnung 2025",
            f"Vertragskonto {SWM_VK}",
            "Lena Huber, " + MUC_ADDR,
            "Abrechnungszeitraum 01.01.2025 - 31.12.2025",
            "M-Strom Privat 2.214 kWh  812,47 EUR",
            "M-Erdgas Privat 7.830 kWh  823,65 EUR",
            "Summe brutto 1.636,12 EUR",
            "Abschlaege 1.488,00 EUR",
            "Nachzahlung 148,12 EUR, Einzug am 05.02.2026",
            "Neuer Abschlag ab 15.02.2026: 136,00 EUR monatlich",
        ]
    )
    body = with_attachments(
        alt(swm_frame("Ihre Jahresabrechnung", inner, "Ihre Jahresabrechnung 2025 ist da")),
        [attachment("application/pdf", "SWM_Jahresabrechnung_2025_210038467720.pdf", pdf)],
    )
    add(
        "2026-01-21 07:14",
        sender,
        "Ihre Jahresabrechnung 2025 für Strom und Erdgas",
        body,
        ["Stadtwerke München"],
        "swm-jahresabrechnung",
        mid_style="uuid",
    )

    inner = row(
        p("Sehr geehrte Frau Huber,")
        + p(
            "vielen Dank für Ihre Mitteilung. Wir bestätigen Ihnen das Ende der Belieferung an der Lieferstelle "
            f"{MUC_ADDR} wegen Auszugs:"
        )
        + kv_table(
            [
                ("Vertragskonto", SWM_VK),
                ("M-Strom Privat, Zähler 1ESY1161 4471 82", "Vertragsende 31.03.2026"),
                ("M-Erdgas Privat, Zähler 7GMT0022 1190 34", "Vertragsende 31.03.2026"),
            ]
        )
        + p(
            "<br />Bitte lesen Sie am Auszugstag beide Zählerstände ab und teilen Sie sie uns im Kundenportal mit. "
            "Ihr Abschlag von 136,00 € für März wird am 15.03.2026 noch wie geplant eingezogen. "
            "Die Schlussrechnung erhalten Sie etwa sechs Wochen nach Vertragsende."
        )
        + p("Für Ihren Umzug nach Wien wünschen wir Ihnen alles Gute!")
        + p("Mit freundlichen Grüßen<br />Ihre SWM")
    )
    add(
        "2026-02-24 11:48",
        sender,
        "Bestätigung: Ende der Belieferung zum 31.03.2026",
        alt(swm_frame("Vertragsende", inner)),
        ["Stadtwerke München"],
        "swm-vertragsende",
        mid_style="uuid",
    )

    inner = row(
        p("Sehr geehrte Frau Huber,")
        + p("anbei erhalten Sie Ihre Schlussrechnung für den Zeitraum 01.01.2026 bis 31.03.2026.")
        + kv_table(
            [
                ("Vertragskonto", SWM_VK),
                ("M-Strom Privat · 612 kWh", "221,38 €"),
                ("M-Erdgas Privat · 2.940 kWh", "301,44 €"),
                ("Rechnungsbetrag brutto", "522,82 €"),
                ("Abschlag 15.01.2026", "−124,00 €"),
                ("Abschlag 15.02.2026", "−136,00 €"),
                ("Abschlag 15.03.2026", "−136,00 €"),
                ("<b>Offener Betrag</b>", "<b>126,82 €</b>"),
            ]
        )
        + p(
            "<br />Da Sie uns mitgeteilt haben, dass Ihr bisheriges Konto aufgelöst wird, ziehen wir diesen Betrag "
            "nicht per Lastschrift ein. Bitte überweisen Sie 126,82 € bis zum 19.05.2026 auf folgendes Konto:"
        )
        + p(
            "SWM Versorgungs GmbH<br />IBAN DE27 7015 0000 0000 1144 41 · BIC SSKMDEMMXXX<br />"
            f"Verwendungszweck: {SWM_VK.replace(' ', '')} Schlussrechnung",
            13,
        )
        + p(
            "Mit dieser Rechnung sind Ihre Verträge vollständig abgerechnet. Vielen Dank, dass Sie Kundin der SWM waren."
        )
        + p("Mit freundlichen Grüßen<br />Ihre SWM")
    )
    pdf = make_pdf(
        [
            "SWM Versorgungs GmbH - Schlussrechnung",
            f"Vertragskonto {SWM_VK}",
            "Zeitraum 01.01.2026 - 31.03.2026",
            "Rechnungsbetrag brutto 522,82 EUR",
            "Abschlaege 396,00 EUR",
            "Offener Betrag 126,82 EUR, zahlbar bis 19.05.2026",
        ]
    )
    add(
        "2026-04-28 08:03",
        sender,
        "Ihre Schlussrechnung für Strom und Erdgas",
        with_attachments(
            alt(swm_frame("Schlussrechnung", inner, "Ihre Schlussrechnung liegt vor")),
            [attachment("application/pdf", "SWM_Schlussrechnung_210038467720.pdf", pdf)],
        ),
        ["Stadtwerke München"],
        "swm-schlussrechnung",
        mid_style="uuid",
    )


VF_KDNR = "118 447 293"


def vodafone_frame(inner: str, preheader: str) -> str:
    head = (
        '<tr><td style="background:#e60000;padding:18px 32px;"><img src="https://www.vodafone.de/media/img/mail/vf-logo-white.png" '
        'width="120" alt="Vodafone" style="display:block;border:0;" /></td></tr>'
    )
    foot = footer(
        'Du hast Fragen? Die meisten Antworten findest Du unter <a href="https://www.vodafone.de/hilfe">vodafone.de/hilfe</a>.<br /><br />'
        "Vodafone GmbH · Ferdinand-Braun-Platz 1 · 40549 Düsseldorf<br />"
        "Amtsgericht Düsseldorf HRB 38062 · Vorsitzender des Aufsichtsrats: Michael Jordan<br />"
        "Geschäftsführung: Marcel de Groot (Vorsitzender), Tanja Richter, Anna Dimitrova, Zeynep Ilhan-Fraenkel<br />"
        "Diese E-Mail wurde automatisch erstellt. Bitte antworte nicht darauf."
    )
    return page(
        "Vodafone",
        head + inner + foot,
        font="'Vodafone Rg',Arial,sans-serif",
        bg="#ebebeb",
        preheader=preheader,
    )


def vodafone() -> None:
    sender = ("Vodafone", "rechnung@rechnung.vodafone.de")
    bills = [
        ("2025-12-04 06:31", "2025-12-03", "Dezember 2025", "9004571823", "2025-12-09", D("49.98")),
        ("2026-01-05 06:12", "2026-01-03", "Januar 2026", "9004931177", "2026-01-09", D("49.98")),
        ("2026-03-04 06:40", "2026-03-03", "März 2026", "9005688240", "2026-03-09", D("49.98")),
    ]
    for when, rdate, monat, rnr, debit, amt in bills:
        inner = row(
            '<h1 style="font-size:24px;margin:0 0 16px 0;color:#333333;">Deine Rechnung ist da</h1>'
            + p("Hallo Lena Huber,")
            + p(f"Deine Rechnung für {monat} steht für Dich in MeinVodafone bereit.")
            + kv_table(
                [
                    ("Kundennummer", VF_KDNR),
                    ("Rechnungsnummer", rnr),
                    ("Rechnungsdatum", dmy(rdate)),
                    ("GigaZuhause 100 DSL", "44,99 €"),
                    ("FRITZ!Box 7590 (Miete)", "4,99 €"),
                    ("<b>Rechnungsbetrag</b>", f"<b>{eur(amt)}</b>"),
                ]
            )
            + p(
                f"<br />Wir buchen den Betrag ab dem {dmy(debit)} von Deinem Konto {mask_iban(IBAN_SSKM)} ab. "
                "Du musst nichts weiter tun."
            )
            + button("Rechnung ansehen", "https://www.vodafone.de/meinvodafone/services/rechnung", "#e60000")
            + p("Viele Grüße<br />Dein Vodafone-Team")
        )
        add(
            when,
            sender,
            f"Deine Vodafone-Rechnung für {monat}",
            html_only(vodafone_frame(inner, f"Rechnungsbetrag {eur(amt)}")),
            ["Vodafone DSL"],
            "vodafone-rechnung",
            mid_style="java",
        )

    inner = row(
        '<h1 style="font-size:24px;margin:0 0 16px 0;color:#333333;">Wir bestätigen Deine Kündigung</h1>'
        + p("Hallo Lena Huber,")
        + p("schade, dass Du gehst. Hiermit bestätigen wir Dir die Kündigung Deines Vertrags:")
        + kv_table(
            [
                ("Kundennummer", VF_KDNR),
                ("Tarif", "GigaZuhause 100 DSL"),
                ("Anschluss", MUC_ADDR),
                ("Kündigungsgrund", "Umzug ins Ausland (§ 60 Abs. 2 TKG)"),
                ("<b>Vertragsende</b>", "<b>31.03.2026</b>"),
            ]
        )
        + p(
            "<br />Bis zum Vertragsende kannst Du Deinen Anschluss wie gewohnt nutzen. "
            "Die Grundgebühr berechnen wir bis einschließlich März 2026."
        )
        + p(
            "<b>Bitte denk an Deine Mietgeräte:</b> Schick die FRITZ!Box 7590 mit Netzteil innerhalb von 14 Tagen nach "
            "Vertragsende an uns zurück. Den kostenlosen Rücksendeschein schicken wir Dir rechtzeitig per E-Mail."
        )
        + p("Viele Grüße<br />Dein Vodafone-Team")
    )
    add(
        "2026-02-12 14:22",
        ("Vodafone", "info@mail.vodafone.de"),
        "Bestätigung Deiner Kündigung",
        html_only(vodafone_frame(inner, "Dein Vertrag endet am 31.03.2026")),
        ["Vodafone DSL"],
        "vodafone-kuendigung",
        mid_style="java",
    )

    inner = row(
        '<h1 style="font-size:24px;margin:0 0 16px 0;color:#333333;">Deine letzte Rechnung</h1>'
        + p("Hallo Lena Huber,")
        + p(
            "Dein Vertrag GigaZuhause 100 DSL ist zum 31.03.2026 beendet. Mit dieser Schlussrechnung berechnen wir "
            "Dir nur noch Deine Verbindungen aus dem März."
        )
        + kv_table(
            [
                ("Kundennummer", VF_KDNR),
                ("Rechnungsnummer", "9006012395"),
                ("Rechnungsdatum", "06.04.2026"),
                ("Verbindungen in Mobilfunknetze (03/2026)", "2,37 €"),
                ("<b>Rechnungsbetrag</b>", "<b>2,37 €</b>"),
            ]
        )
        + p(f"<br />Wir buchen den Betrag ab dem 10.04.2026 von Deinem Konto {mask_iban(IBAN_SSKM)} ab.")
        + p(
            "Deinen Rücksendeschein für die FRITZ!Box findest Du im Anhang. Bitte schick das Gerät bis zum "
            "30.04.2026 zurück – sonst müssen wir es Dir mit 99,00 € berechnen."
        )
        + p("Danke, dass Du bei uns warst!<br />Dein Vodafone-Team")
    )
    label = make_pdf(
        ["DHL Retoure - Vodafone GmbH Geraeteruecknahme", "Kundennummer 118447293", "Absender: Lena Huber"]
    )
    add(
        "2026-04-07 06:25",
        sender,
        "Deine letzte Vodafone-Rechnung",
        with_attachments(
            html_only(vodafone_frame(inner, "Schlussrechnung 2,37 €")),
            [attachment("application/pdf", "Ruecksendeschein_118447293.pdf", label)],
        ),
        ["Vodafone DSL"],
        "vodafone-schlussrechnung",
        mid_style="java",
    )


O2_KDNR = "6002388417"


def o2_frame(inner: str, preheader: str) -> str:
    head = (
        '<tr><td style="background:#0019a5;padding:20px 32px;"><img src="https://www.o2online.de/mail/o2-logo-white.png" '
        'width="48" alt="o2" style="display:block;border:0;" /></td></tr>'
    )
    foot = footer(
        "Telefónica Germany GmbH &amp; Co. OHG · Georg-Brauchle-Ring 50 · 80992 München<br />"
        "Registergericht: Amtsgericht München HRA 70343 · Persönlich haftende Gesellschafterin: Telefónica Germany Management GmbH<br />"
        'Du möchtest Deine Rechnung lieber als PDF per E-Mail? <a href="https://www.o2online.de/mein-o2/rechnung">Einstellungen in Mein o2</a>'
    )
    return page("o2", head + inner + foot, bg="#f0f0f0", preheader=preheader)


def o2() -> None:
    sender = ("o2", "rechnung@o2online.de")
    bills = [
        (
            "2025-12-02 05:48",
            "Dezember 2025",
            "2025-12-02",
            "2025-12-09",
            [("o2 Mobile M (Grundpreis)", "29,99 €")],
            D("29.99"),
            IBAN_SSKM,
        ),
        (
            "2026-04-02 05:51",
            "April 2026",
            "2026-04-02",
            "2026-04-09",
            [("o2 Mobile M (Grundpreis)", "29,99 €"), ("EU-Roaming", "0,00 €")],
            D("29.99"),
            IBAN_ERSTE,
        ),
        (
            "2026-06-02 05:40",
            "Juni 2026",
            "2026-06-02",
            "2026-06-09",
            [
                ("o2 Mobile M (Grundpreis)", "29,99 €"),
                ("Leistungen Dritter: DIMOCO Payments GmbH – „GameZone Premium“", "4,99 €"),
            ],
            D("34.98"),
            IBAN_ERSTE,
        ),
        (
            "2026-07-02 05:43",
            "Juli 2026",
            "2026-07-02",
            "2026-07-09",
            [
                ("o2 Mobile M (Grundpreis)", "29,99 €"),
                ("Gutschrift Leistungen Dritter (Reklamation vom 08.06.2026)", "−4,99 €"),
            ],
            D("25.00"),
            IBAN_ERSTE,
        ),
        (
            "2026-10-02 05:39",
            "Oktober 2026",
            "2026-10-02",
            "2026-10-09",
            [("o2 Mobile M (Grundpreis)", "29,99 €")],
            D("29.99"),
            IBAN_ERSTE,
        ),
        (
            "2026-11-02 05:46",
            "November 2026",
            "2026-11-02",
            "2026-11-09",
            [("o2 Mobile M (Grundpreis)", "29,99 €")],
            D("29.99"),
            IBAN_ERSTE,
        ),
    ]
    for when, monat, rdate, debit, lines, amt, acct in bills:
        inner = row(
            '<h1 style="font-size:22px;margin:0 0 16px 0;color:#0019a5;">Deine Rechnung ist da</h1>'
            + p("Hallo Lena Huber,")
            + p(f"Deine o2 Rechnung für {monat} ist online. Hier das Wichtigste auf einen Blick:")
            + kv_table(
                [
                    ("Kundennummer", O2_KDNR),
                    ("Rufnummer", "0176 2438 8817"),
                    ("Rechnungsdatum", dmy(rdate)),
                    *lines,
                    ("<b>Rechnungsbetrag (inkl. 19 % MwSt.)</b>", f"<b>{eur(amt)}</b>"),
                ]
            )
            + p(
                f"<br />Der Betrag wird frühestens am {dmy(debit)} von Deinem Konto {mask_iban(acct)} abgebucht."
            )
            + button("Zur Rechnung", "https://www.o2online.de/mein-o2/rechnung", "#0019a5", radius=20)
            + p("Dein o2 Team")
        )
        add(
            when,
            sender,
            f"Deine o2 Rechnung für {monat}",
            html_only(o2_frame(inner, f"Rechnungsbetrag: {eur(amt)}"), cte="base64"),
            ["o2 Mobilfunk"],
            "o2-rechnung",
            mid_style="uuid",
        )

    inner = row(
        '<h1 style="font-size:22px;margin:0 0 16px 0;color:#0019a5;">Wichtiger Hinweis zur Nutzung im EU-Ausland</h1>'
        + p("Hallo Lena Huber,")
        + p(
            "Du nutzt Deinen Tarif o2 Mobile M (Rufnummer 0176 2438 8817) seit einigen Monaten überwiegend im EU-Ausland. "
            "In den letzten 4 Monaten warst Du mehr im Ausland als in Deutschland eingebucht und hast dort auch mehr Daten verbraucht."
        )
        + p(
            "EU-Roaming ist für Reisen gedacht („Roam like at home“). Ändert sich Dein Nutzungsverhalten in den nächsten "
            "14 Tagen nicht, dürfen wir nach der EU-Roamingverordnung einen Aufschlag berechnen: 0,022 € je Minute, "
            "0,004 € je SMS und 1,55 € je GB."
        )
        + p("Dein Vertrag und Dein Grundpreis von 29,99 € bleiben unverändert.")
        + p("Dein o2 Team")
    )
    add(
        "2026-08-20 10:12",
        ("o2", "service@o2online.de"),
        "Wichtiger Hinweis zu Deiner Roaming-Nutzung",
        html_only(o2_frame(inner, "Nutzung im EU-Ausland"), cte="base64"),
        ["o2 Mobilfunk"],
        "o2-roaming-hinweis",
        mid_style="uuid",
    )


HUK_CI = creditor_id("DE", "00000011587")


def huk() -> None:
    sender = ("HUK-COBURG", "service@huk-coburg.de")
    foot = footer(
        "HUK-COBURG Allgemeine Versicherung AG · Bahnhofsplatz · 96444 Coburg<br />"
        "Vorsitzender des Aufsichtsrats: Wolfgang Flaßhoff · Vorstand: Dr. Klaus-Jürgen Heitmann (Sprecher), Thomas Lange u. a.<br />"
        "Sitz der Gesellschaft: Coburg · Registergericht Coburg HRB 100<br />"
        "Ihr Ansprechpartner: Kundendienstbüro Elke Sturm, Plinganserstraße 12, 81369 München, Tel. 089 7244 310",
        bg="#ffffff",
        color="#666666",
    )
    head = row(
        '<img src="https://www.huk.de/mail/huk-logo.png" width="150" alt="HUK-COBURG" style="display:block;border:0;" />',
        "18px 32px",
        "border-bottom:3px solid #ffd400;",
    )
    inner = row(
        p("Sehr geehrte Frau Huber,")
        + p(
            "zum 01.01.2026 werden die Beiträge für Ihre Versicherungen fällig. Ihre Beitragsrechnung finden Sie im Anhang "
            "und in „Meine HUK“."
        )
        + kv_table(
            [
                ("Hausratversicherung · Vers.-Schein-Nr. 112/347 880-K", "97,32 €"),
                ("Privat-Haftpflichtversicherung · Vers.-Schein-Nr. 112/347 881-L", "58,19 €"),
                ("darin enthaltene Versicherungsteuer", "24,83 €"),
                ("<b>Jahresbeitrag 2026</b>", "<b>155,51 €</b>"),
            ],
            label_w=70,
        )
        + '<h2 style="font-size:15px;margin:20px 0 8px 0;">Vorabinformation zum SEPA-Lastschrifteinzug</h2>'
        + p(
            f"Den Betrag von <b>155,51 €</b> ziehen wir am <b>02.01.2026</b> von Ihrem Konto {mask_iban(IBAN_SSKM)} ein.<br />"
            f"Gläubiger-Identifikationsnummer: {HUK_CI}<br />Mandatsreferenz: 112347880K0001",
            13,
        )
        + p("Bitte sorgen Sie für ausreichende Deckung Ihres Kontos.")
        + p("Mit freundlichen Grüßen<br />HUK-COBURG Allgemeine Versicherung AG")
    )
    pdf = make_pdf(
        [
            "HUK-COBURG Beitragsrechnung 2026",
            "Lena Huber, " + MUC_ADDR,
            "Hausratversicherung 112/347 880-K  97,32 EUR",
            "Privat-Haftpflicht 112/347 881-L  58,19 EUR",
            "Gesamtbetrag 155,51 EUR, faellig 01.01.2026",
            f"SEPA-Lastschrift am 02.01.2026, Glaeubiger-ID {HUK_CI}",
        ]
    )
    add(
        "2025-12-08 09:20",
        sender,
        "Ihre Beitragsrechnung 2026",
        with_attachments(
            alt(page("Beitragsrechnung", head + inner + foot, bg="#ffffff")),
            [attachment("application/pdf", "Beitragsrechnung_2026_112347880.pdf", pdf)],
        ),
        ["HUK-COBURG Hausrat- und Haftpflichtversicherung"],
        "huk-beitragsrechnung",
        mid_style="java",
    )

    inner = row(
        p("Sehr geehrte Frau Huber,")
        + p("vielen Dank für Ihr Schreiben vom 23.02.2026. Wir bestätigen Ihnen:")
        + kv_table(
            [
                ("Hausratversicherung 112/347 880-K", "endet mit Wegzug ins Ausland am 31.03.2026"),
                ("Privat-Haftpflichtversicherung 112/347 881-L", "aufgehoben zum 31.03.2026"),
            ],
            label_w=50,
        )
        + p(
            "<br />Den bereits gezahlten Beitrag für die Zeit nach dem 31.03.2026 erstatten wir Ihnen anteilig. "
            "Sie erhalten dazu eine gesonderte Abrechnung."
        )
        + p(
            "Wir bedauern, Sie als Kundin zu verlieren, und wünschen Ihnen für den Neustart in Wien alles Gute."
        )
        + p("Mit freundlichen Grüßen<br />HUK-COBURG")
    )
    add(
        "2026-03-02 13:05",
        sender,
        "Bestätigung: Ihre Verträge enden zum 31.03.2026",
        alt(page("Vertragsende", head + inner + foot, bg="#ffffff")),
        ["HUK-COBURG Hausrat- und Haftpflichtversicherung"],
        "huk-vertragsende",
        mid_style="java",
    )

    inner = row(
        p("Sehr geehrte Frau Huber,")
        + p(
            "Ihre Verträge sind zum 31.03.2026 beendet. Für den Zeitraum 01.04.2026 bis 31.12.2026 erstatten wir Ihnen "
            "den zu viel gezahlten Beitrag:"
        )
        + kv_table(
            [
                ("Hausratversicherung 112/347 880-K", "72,99 €"),
                ("Privat-Haftpflichtversicherung 112/347 881-L", "43,64 €"),
                ("<b>Erstattungsbetrag</b>", "<b>116,63 €</b>"),
            ],
            label_w=70,
        )
        + p(f"<br />Wir überweisen den Betrag in den nächsten Tagen auf Ihr Konto {mask_iban(IBAN_ERSTE)}.")
        + p("Mit freundlichen Grüßen<br />HUK-COBURG")
    )
    add(
        "2026-04-16 09:41",
        sender,
        "Beitragsabrechnung: Erstattung für Ihre beendeten Verträge",
        alt(page("Erstattung", head + inner + foot, bg="#ffffff")),
        ["HUK-COBURG Hausrat- und Haftpflichtversicherung"],
        "huk-erstattung",
        mid_style="java",
    )


MVG_CI = creditor_id("DE", "00000272630")


def mvg() -> None:
    sender = ("MVG Abo-Service", "deutschlandticket@mvg.de")

    def frame(inner: str, pre: str) -> str:
        head = (
            '<tr><td style="background:#0d5c91;padding:16px 28px;color:#ffffff;font-size:20px;font-weight:bold;">'
            'MVG <span style="font-weight:normal;font-size:15px;">Deutschlandticket</span></td></tr>'
        )
        foot = footer(
            "Münchner Verkehrsgesellschaft mbH (MVG) · Emmy-Noether-Straße 2 · 80992 München<br />"
            "Amtsgericht München HRB 147961 · USt-IdNr. DE 814 227 447<br />"
            'Ihr Abo verwalten: <a href="https://www.mvg.de/abo">mvg.de/abo</a> · Abo-Service: 089 2191 2191'
        )
        return page("MVG Deutschlandticket", head + inner + foot, bg="#e9eef2", preheader=pre)

    inner = row(
        p("Sehr geehrte Frau Huber,")
        + p(
            "Bund und Länder haben beschlossen, den Preis des Deutschlandtickets zum 1. Januar 2026 anzupassen. "
            "Ab Januar kostet Ihr Deutschlandticket <b>63,00 €</b> pro Monat (bisher 58,00 €)."
        )
        + p(
            "Ihr Abonnement läuft automatisch zum neuen Preis weiter. Wir buchen den Betrag wie gewohnt zu Monatsbeginn "
            "per SEPA-Lastschrift ab – erstmals zum neuen Preis am 05.01.2026."
        )
        + p(
            "Sie möchten Ihr Abo nicht fortsetzen? Sie können jederzeit bis zum 10. eines Monats zum Monatsende kündigen."
        )
        + p(
            f"Abo-Nummer: DT-4471-0982<br />Gläubiger-ID: {MVG_CI}<br />Mandatsreferenz: MVG-DT-44710982",
            13,
            "#555555",
        )
        + p("Mit freundlichen Grüßen<br />Ihr MVG Abo-Service")
    )
    add(
        "2025-12-03 15:10",
        sender,
        "Wichtige Information: neuer Preis für Ihr Deutschlandticket ab 1. Januar 2026",
        alt(frame(inner, "Ab Januar 63 € pro Monat")),
        ["Deutschlandticket"],
        "mvg-preisanpassung",
        mid_style="uuid",
    )

    for when, monat, debit, rnr in [
        ("2026-01-02 04:12", "Januar 2026", "2026-01-05", "R-2026-0104471"),
        ("2026-02-02 04:09", "Februar 2026", "2026-02-05", "R-2026-0211932"),
    ]:
        inner = row(
            p("Sehr geehrte Frau Huber,")
            + p(f"anbei erhalten Sie Ihre Rechnung für das Deutschlandticket im {monat}.")
            + kv_table(
                [
                    ("Rechnungsnummer", rnr),
                    ("Abo-Nummer", "DT-4471-0982"),
                    ("Leistungszeitraum", monat),
                    ("Deutschlandticket (Abo) netto", "58,88 €"),
                    ("zzgl. 7 % MwSt.", "4,12 €"),
                    ("<b>Gesamtbetrag</b>", "<b>63,00 €</b>"),
                ]
            )
            + p(
                f"<br />Der Betrag wird am {dmy(debit)} per SEPA-Lastschrift von Ihrem Konto {mask_iban(IBAN_SSKM)} eingezogen "
                f"(Gläubiger-ID {MVG_CI}, Mandatsreferenz MVG-DT-44710982).",
                13,
            )
            + p("Gute Fahrt wünscht<br />Ihre MVG")
        )
        add(
            when,
            sender,
            f"Ihre Rechnung zum Deutschlandticket – {monat}",
            alt(frame(inner, "Ihre Monatsrechnung")),
            ["Deutschlandticket"],
            "mvg-rechnung",
            mid_style="uuid",
        )

    inner = row(
        p("Sehr geehrte Frau Huber,")
        + p("wir bestätigen die Kündigung Ihres Deutschlandticket-Abos (Abo-Nummer DT-4471-0982).")
        + kv_table(
            [
                ("Eingang der Kündigung", "06.03.2026"),
                ("Letzter Gültigkeitstag", "31.03.2026"),
                ("Letzte Abbuchung", "05.03.2026 · 63,00 €"),
            ]
        )
        + p(
            "<br />Ab dem 01.04.2026 ist Ihr Ticket in der MVGO-App nicht mehr gültig. Weitere Abbuchungen erfolgen nicht."
        )
        + p("Wir würden uns freuen, Sie wieder als Fahrgast begrüßen zu dürfen.<br />Ihr MVG Abo-Service")
    )
    add(
        "2026-03-06 20:17",
        sender,
        "Bestätigung Ihrer Kündigung – Deutschlandticket",
        alt(frame(inner, "Ihr Abo endet am 31.03.2026")),
        ["Deutschlandticket"],
        "mvg-kuendigung",
        mid_style="uuid",
    )


DAV_CI = creditor_id("DE", "00000046718")


def dav() -> None:
    sender = ("Alpenverein München & Oberland", "service@alpenverein-muenchen-oberland.de")
    sig = (
        "\n--\nAlpenverein München & Oberland\nSektionen München und Oberland des Deutschen Alpenvereins e. V.\n"
        "Servicestelle am Marienplatz · im Sporthaus Schuster · Rosenstraße 1–5 · 80331 München\n"
        "Tel. 089 551700-0 · www.alpenverein-muenchen-oberland.de\nVereinsregister: Amtsgericht München VR 1210\n"
    )
    text = f"""Liebe Lena Huber,

vielen Dank für Deine Treue zur Sektion München!

Gemäß unserer Beitragsordnung ziehen wir den Mitgliedsbeitrag für das Jahr 2026
per SEPA-Lastschrift ein:

  Mitgliedsnummer:      131/00/482771
  Kategorie:            A-Mitglied
  Jahresbeitrag 2026:   96,00 EUR
  Einzug am:            05.01.2026
  Konto:                {mask_iban(IBAN_SSKM)}
  Gläubiger-ID:         {DAV_CI}
  Mandatsreferenz:      13100482771

Deinen neuen Mitgliedsausweis 2026 findest Du ab Januar in der DAV-App.
Der Ausweis gilt zugleich als Nachweis für den Alpinen Sicherheits-Service
(ASS) und für die Hüttenermäßigung.

Berg Heil!
Deine Servicestelle
{sig}"""
    add(
        "2025-12-10 18:02",
        sender,
        "Vorabinformation: Einzug Mitgliedsbeitrag 2026",
        text_only(text),
        ["Alpenverein München & Oberland"],
        "dav-beitrag-2026",
        mid_style="uuid",
    )

    text = f"""Liebe Lena Huber,

Deine Änderungen sind bei uns eingegangen und wurden übernommen:

  Neue Anschrift:  {VIE_ADDR}, Österreich
  Neue Bankverbindung für den Beitragseinzug: {mask_iban(IBAN_ERSTE)}

Deine Mitgliedschaft bleibt unverändert bestehen – auch mit Wohnsitz in
Österreich. Der Versicherungsschutz des ASS gilt weltweit.

Berg Heil!
Deine Servicestelle
{sig}"""
    add(
        "2026-04-08 12:30",
        sender,
        "Deine Mitgliedsdaten wurden geändert",
        text_only(text),
        ["Alpenverein München & Oberland"],
        "dav-adressaenderung",
        mid_style="uuid",
    )

    inner = row(
        '<h1 style="font-size:22px;margin:0 0 12px 0;color:#2c6e49;">alpinwelt-Newsletter Juni</h1>'
        + p(
            "Hüttensaison ist eröffnet! Die Übersicht über alle Sektionshütten, Öffnungszeiten und Reservierungen – "
            "plus: Kursprogramm Hochtouren, Leihausrüstung und die neue Tourenbibliothek."
        )
        + button("Zu den Hütten", "https://www.alpenverein-muenchen-oberland.de/huetten", "#2c6e49")
        + p(
            '<a href="https://www.alpenverein-muenchen-oberland.de/newsletter/abmelden">Newsletter abbestellen</a>',
            11,
            "#888888",
        )
    )
    add(
        "2026-06-11 17:00",
        ("alpinwelt Newsletter", "newsletter@alpenverein-muenchen-oberland.de"),
        "Hüttensaison eröffnet – alpinwelt-Newsletter Juni",
        alt(page("alpinwelt", inner)),
        [],
        "dav-newsletter",
        list_unsub="https://www.alpenverein-muenchen-oberland.de/newsletter/abmelden",
        mid_style="uuid",
    )

    text = f"""Liebe Lena Huber,

die Mitgliederversammlung hat am 12.05.2026 eine Anpassung der Mitglieds-
beiträge ab 2027 beschlossen. Für Deine Kategorie ändert sich der Beitrag wie
folgt:

  Mitgliedsnummer:      131/00/482771
  Kategorie:            A-Mitglied
  Jahresbeitrag 2026:   96,00 EUR
  Jahresbeitrag 2027:  104,00 EUR

Vorabinformation (Pre-Notification) zum SEPA-Lastschrifteinzug:
Den Jahresbeitrag 2027 in Höhe von 104,00 EUR ziehen wir am 04.01.2027 von
Deinem Konto {mask_iban(IBAN_ERSTE)} ein.
  Gläubiger-ID:         {DAV_CI}
  Mandatsreferenz:      13100482771

Möchtest Du Deine Mitgliedschaft beenden, ist eine Kündigung bis 30.09. zum
Jahresende möglich – für 2026 ist diese Frist bereits abgelaufen.

Berg Heil!
Deine Servicestelle
{sig}"""
    add(
        "2026-11-20 18:45",
        sender,
        "Vorabinformation: Einzug Mitgliedsbeitrag 2027",
        text_only(text),
        ["Alpenverein München & Oberland"],
        "dav-beitrag-2027",
        mid_style="uuid",
    )


# =============================================================================================
# Austria (from April 2026)
# =============================================================================================

OBS_CI = creditor_id("AT", "00000003322")
OBS_NR = "3108 4471 29"


def orf() -> None:
    sender = ("ORF-Beitrags Service", "noreply@obs.at")

    def frame(inner: str, pre: str) -> str:
        head = (
            '<tr><td style="padding:22px 32px;border-bottom:2px solid #c8102e;"><span style="font-size:20px;'
            'font-weight:bold;color:#c8102e;">ORF-Beitrags Service</span></td></tr>'
        )
        foot = footer(
            "ORF-Beitrags Service GmbH · Faulmanngasse 4 · 1040 Wien · FN 121800z, Handelsgericht Wien<br />"
            "Service-Hotline: 050 200 800 (Mo–Fr 7–19 Uhr) · E-Mail: service@obs.at · "
            '<a href="https://www.obs.at">www.obs.at</a><br />Bitte antworten Sie nicht auf diese automatisch erstellte E-Mail.'
        )
        return page("ORF-Beitrag", head + inner + foot, bg="#f4f4f4", preheader=pre)

    inner = row(
        p("Sehr geehrte Frau Huber,")
        + p("vielen Dank für Ihre Anmeldung zum ORF-Beitrag. Wir haben folgende Daten erfasst:")
        + kv_table(
            [
                ("Beitragsnummer", OBS_NR),
                ("Beitragspflichtige Person", "Lena Huber"),
                ("Adresse (Hauptwohnsitz)", VIE_ADDR),
                ("Beginn der Beitragspflicht", "01.04.2026"),
                ("ORF-Beitrag Wien", "€ 15,30 pro Monat (keine Landesabgabe)"),
                ("Zahlungsart", "SEPA-Lastschrift (Einzugsermächtigung)"),
                ("Zahlungsweise", "2 × jährlich je 6 Monate à € 91,80"),
            ],
            label_w=45,
        )
        + p(
            "<br />Für den Zeitraum April bis Juni 2026 buchen wir einmalig € 45,90 ab. Danach erfolgt die Abbuchung "
            "jeweils im Voraus für Jänner–Juni und Juli–Dezember. Sie erhalten vor jeder Abbuchung eine Ankündigung per E-Mail."
        )
        + p("Mit freundlichen Grüßen<br />Ihr ORF-Beitrags Service")
    )
    add(
        "2026-04-13 08:50",
        sender,
        "Bestätigung Ihrer Anmeldung zum ORF-Beitrag",
        html_only(frame(inner, "Ihre Beitragsnummer " + OBS_NR)),
        ["ORF-Beitrag"],
        "obs-anmeldung",
        mid_style="uuid",
    )

    for when, amt, debit, period, nxt in [
        ("2026-05-04 07:15", D("45.90"), "2026-05-06", "April – Juni 2026", None),
        (
            "2026-06-29 07:20",
            D("91.80"),
            "2026-07-06",
            "Juli – Dezember 2026",
            ("2027-01-06", "Jänner – Juni 2027"),
        ),
    ]:
        extra = (
            p(f"Nächste Abbuchung: {eur('91.80', 'at')} am {dmy(nxt[0])} für {nxt[1]}.", 13) if nxt else ""
        )
        inner = row(
            p("Sehr geehrte Frau Huber,")
            + p(
                "wir kündigen Ihnen hiermit die nächste Abbuchung Ihres ORF-Beitrags an (Vorabinformation gemäß SEPA-Regelwerk):"
            )
            + kv_table(
                [
                    ("Beitragsnummer", OBS_NR),
                    ("Zeitraum", period),
                    ("Betrag", f"<b>{eur(amt, 'at')}</b>"),
                    ("Abbuchung am", dmy(debit)),
                    ("Konto", mask_iban(IBAN_ERSTE)),
                    ("Creditor-ID", OBS_CI),
                    ("Mandatsreferenz", "OBS" + OBS_NR.replace(" ", "") + "01"),
                ],
                label_w=45,
            )
            + "<br />"
            + extra
            + p("Mit freundlichen Grüßen<br />Ihr ORF-Beitrags Service")
        )
        add(
            when,
            sender,
            f"Ankündigung Ihrer Abbuchung ORF-Beitrag: {eur(amt, 'at')}",
            html_only(frame(inner, period)),
            ["ORF-Beitrag"],
            "obs-lastschrift",
            mid_style="uuid",
        )


WE_CI = creditor_id("AT", "00000011213")
WE_VK = "4011 827 736"
ZP_STROM = "AT0010000000000000001000004471822"
ZP_GAS = "AT0010000000000000000000100834417"


def wien_energie() -> None:
    sender = ("Wien Energie", "kundenservice@wienenergie.at")

    def frame(inner: str, pre: str) -> str:
        head = (
            '<tr><td style="padding:20px 32px;background:#ffffff;border-bottom:1px solid #dddddd;">'
            '<img src="https://www.wienenergie.at/mail/we-logo.png" width="140" alt="Wien Energie" style="display:block;border:0;" /></td></tr>'
        )
        foot = footer(
            "WIEN ENERGIE GmbH · Thomas-Klestil-Platz 14 · 1030 Wien · FN 215854h · Handelsgericht Wien · UID ATU54900301<br />"
            'Kundenservice: +43 1 4004-0 · <a href="https://www.wienenergie.at/meine-wien-energie">Meine Wien Energie</a> · '
            '<a href="https://www.wienenergie.at/datenschutz">Datenschutz</a>',
            bg="#f0f4f7",
        )
        return page(
            "Wien Energie",
            head + inner + foot,
            font="'Helvetica Neue',Arial,sans-serif",
            bg="#e6ecf0",
            preheader=pre,
        )

    inner = row(
        '<h1 style="font-size:22px;margin:0 0 14px 0;color:#e4032e;">Willkommen bei Wien Energie!</h1>'
        + p("Sehr geehrte Frau Huber,")
        + p("vielen Dank für Ihr Vertrauen. Wir bestätigen Ihnen hiermit Ihren Energieliefervertrag:")
        + kv_table(
            [
                ("Vertragskonto", WE_VK),
                ("Anlagenadresse", VIE_ADDR),
                ("Lieferbeginn", "01.04.2026"),
                ("Strom: OPTIMA Entspannt", f"Zählpunkt {ZP_STROM}"),
                ("Erdgas: OPTIMA Entspannt Gas", f"Zählpunkt {ZP_GAS}"),
                ("Teilbetrag Strom", "€ 41,00"),
                ("Teilbetrag Erdgas", "€ 48,00"),
                ("<b>Teilbetrag gesamt, monatlich</b>", "<b>€ 89,00</b>"),
            ],
            label_w=45,
        )
        + p(
            "<br />Ihre Teilbeträge sind jeweils am 10. des Monats fällig. Die Höhe haben wir auf Basis Ihrer Wohnungsgröße "
            "(68 m²) und von 2 Personen geschätzt. Nach der ersten Ablesung erhalten Sie Ihre Jahresabrechnung und "
            "einen neuen Teilbetragsplan."
        )
        + p(
            "Alle Preise inkl. 20 % USt. sowie Netzkosten der Wiener Netze GmbH und gesetzlicher Abgaben.",
            12,
            "#666666",
        )
        + p("Herzliche Grüße<br />Ihre Wien Energie")
    )
    add(
        "2026-03-18 10:30",
        sender,
        "Ihre Vertragsbestätigung – Willkommen bei Wien Energie",
        alt(frame(inner, "Lieferbeginn 01.04.2026")),
        ["Wien Energie"],
        "wienenergie-vertrag",
        mid_style="uuid",
    )

    inner = row(
        p("Sehr geehrte Frau Huber,")
        + p("Sie haben uns ein SEPA-Lastschriftmandat erteilt. Vielen Dank!")
        + kv_table(
            [
                ("Vertragskonto", WE_VK),
                ("Kontoinhaber", "Lena Huber und Tobias Maier"),
                ("IBAN", mask_iban(IBAN_ERSTE)),
                ("Mandatsreferenz", "WE" + WE_VK.replace(" ", "") + "S001"),
                ("Creditor-ID", WE_CI),
                ("Erster Einzug", "10.04.2026 · € 89,00"),
            ],
            label_w=45,
        )
        + p("<br />Künftige Teilbeträge ziehen wir jeweils zum Fälligkeitstag ein.")
        + p("Herzliche Grüße<br />Ihre Wien Energie")
    )
    add(
        "2026-03-19 09:02",
        sender,
        "Bestätigung Ihres SEPA-Lastschriftmandats",
        alt(frame(inner, "SEPA-Mandat bestätigt")),
        ["Wien Energie"],
        "wienenergie-sepa",
        mid_style="uuid",
    )

    inner = row(
        '<h1 style="font-size:22px;margin:0 0 14px 0;color:#e4032e;">Cool bleiben, Energie sparen</h1>'
        + p("Liebe Kundin, lieber Kunde,")
        + p(
            "so bleibt Ihre Wohnung im Sommer kühl: tagsüber Fenster und Jalousien schließen, nachts querlüften, "
            "Ventilator statt mobiler Klimaanlage. Und mit Wien Energie Sonnenstrom beteiligen Sie sich an "
            "Photovoltaik-Anlagen in Wien."
        )
        + button("Mehr Tipps", "https://www.wienenergie.at/blog/hitze?utm_source=nl", "#e4032e")
        + p(
            '<a href="https://www.wienenergie.at/newsletter/abmelden">Vom Newsletter abmelden</a>',
            11,
            "#888888",
        )
    )
    add(
        "2026-07-01 16:00",
        ("Wien Energie", "newsletter@news.wienenergie.at"),
        "Hitze in der Stadt: So bleibt Ihre Wohnung kühl",
        alt(frame(inner, "Tipps für heiße Tage")),
        [],
        "wienenergie-newsletter",
        list_unsub="https://www.wienenergie.at/newsletter/abmelden",
        mid_style="uuid",
    )

    text = f"""Sehr geehrte Kundin, sehr geehrter Kunde,

in Ihrem Gebiet findet in den nächsten Wochen die jährliche Ablesung statt.
Bitte geben Sie Ihre Zählerstände bis 30.09.2026 selbst bekannt – online unter
www.wienernetze.at/zaehlerstand oder in der App „Wiener Netze“.

Anlage:       {VIE_ADDR}
Zählpunkte:   {ZP_STROM} (Strom)
              {ZP_GAS} (Gas)

Wenn Sie Ihren Zählerstand nicht bekanntgeben, wird Ihr Verbrauch geschätzt.

Mit freundlichen Grüßen
Wiener Netze GmbH
Erdbergstraße 236, 1110 Wien
"""
    add(
        "2026-09-21 07:45",
        ("Wiener Netze", "noreply@wienernetze.at"),
        "Ablesung: Bitte geben Sie Ihren Zählerstand bekannt",
        text_only(text),
        [],
        "wienernetze-ablesung",
        mid_style="uuid",
    )

    plan = [
        ("10.11.2026", "€ 104,00 + Nachzahlung € 78,37"),
        ("10.12.2026", "€ 104,00"),
        ("10.01.2027", "€ 104,00"),
        ("10.02.2027 bis 10.09.2027, monatlich", "je € 104,00"),
    ]
    inner = row(
        '<h1 style="font-size:22px;margin:0 0 14px 0;color:#e4032e;">Ihre Jahresabrechnung ist da</h1>'
        + p("Sehr geehrte Frau Huber,")
        + p(
            "Ihre Jahresabrechnung für Strom und Erdgas steht in Meine Wien Energie bereit und ist dieser E-Mail als PDF beigefügt."
        )
        + kv_table(
            [
                ("Vertragskonto", WE_VK),
                ("Rechnungsnummer", "5104 8827 1163"),
                ("Abrechnungszeitraum", "01.04.2026 – 30.09.2026"),
                ("Strom · 1.146 kWh (Energie, Netz, Abgaben)", "€ 298,64"),
                ("Erdgas · 1.420 kWh (Energie, Netz, Abgaben)", "€ 313,73"),
                ("Gesamtbetrag inkl. 20 % USt.", "€ 612,37"),
                ("abzüglich bezahlte Teilbeträge (6 × € 89,00)", "− € 534,00"),
                ("<b>Nachzahlung</b>", "<b>€ 78,37</b>"),
            ],
            label_w=60,
        )
        + '<h2 style="font-size:16px;margin:22px 0 8px 0;">Ihr neuer Teilbetrag</h2>'
        + p(
            "Aufgrund Ihres Verbrauchs und der beginnenden Heizsaison beträgt Ihr Teilbetrag ab November 2026 "
            "<b>€ 104,00 monatlich</b> (Strom € 44,00, Erdgas € 60,00). Die Nachzahlung ziehen wir gemeinsam mit dem ersten "
            "neuen Teilbetrag am 10.11.2026 ein, insgesamt € 182,37."
        )
        + kv_table(plan, label_w=45)
        + p(
            f"<br />Einzug per SEPA-Lastschrift von {mask_iban(IBAN_ERSTE)} · Creditor-ID {WE_CI} · "
            f"Mandatsreferenz WE{WE_VK.replace(' ', '')}S001",
            12,
            "#666666",
        )
        + p("Herzliche Grüße<br />Ihre Wien Energie")
    )
    pdf = make_pdf(
        [
            "WIEN ENERGIE GmbH - Jahresabrechnung",
            f"Vertragskonto {WE_VK}",
            "Rechnungsnummer 5104 8827 1163",
            "Abrechnungszeitraum 01.04.2026 - 30.09.2026",
            "Strom 1.146 kWh  EUR 298,64",
            "Erdgas 1.420 kWh  EUR 313,73",
            "Gesamtbetrag EUR 612,37 inkl. 20% USt.",
            "Teilbetraege EUR 534,00",
            "Nachzahlung EUR 78,37",
            "Neuer Teilbetrag ab 11/2026: EUR 104,00 monatlich, faellig am 10.",
        ]
    )
    add(
        "2026-10-14 06:58",
        sender,
        "Ihre Jahresabrechnung ist da",
        with_attachments(
            alt(frame(inner, "Nachzahlung € 78,37 · neuer Teilbetrag € 104,00")),
            [attachment("application/pdf", "Jahresabrechnung_4011827736_2026.pdf", pdf)],
        ),
        ["Wien Energie"],
        "wienenergie-jahresabrechnung",
        mid_style="uuid",
    )


A1_KDNR = "71 0048 2291"


def a1() -> None:
    def frame(inner: str, pre: str) -> str:
        head = (
            '<tr><td style="padding:20px 32px;background:#ffffff;"><img src="https://www.a1.net/mail/a1-logo.png" width="56" '
            'alt="A1" style="display:block;border:0;" /></td></tr>'
        )
        foot = footer(
            "A1 Telekom Austria AG · Lassallestraße 9 · 1020 Wien · FN 280571f · Handelsgericht Wien · UID ATU62895905<br />"
            'Service: 0800 664 100 · <a href="https://www.a1.net/mein-a1">Mein A1</a> · '
            '<a href="https://www.a1.net/impressum">Impressum</a>',
            bg="#f2f2f2",
        )
        return page("A1", head + inner + foot, bg="#e8e8e8", preheader=pre)

    inner = row(
        '<h1 style="font-size:22px;margin:0 0 14px 0;">Danke für Ihre Bestellung</h1>'
        + p("Sehr geehrte Frau Huber,")
        + p("wir haben Ihre Bestellung erhalten und bestätigen Ihnen folgende Leistungen:")
        + kv_table(
            [
                ("Auftragsnummer", "1-3T8K2QZ"),
                ("Produkt", "A1 Internet 150 (bis 150/20 Mbit/s)"),
                ("Installationsadresse", VIE_ADDR),
                ("Gewünschter Aktivierungstermin", "02.04.2026"),
                ("Grundentgelt monatlich", "€ 39,90"),
                ("Aktivierungsentgelt (einmalig)", "€ 69,90"),
                ("Internet-Servicepauschale (jährlich)", "€ 34,90"),
                ("Mindestvertragsdauer", "24 Monate"),
                ("Hardware", "A1 WLAN Box (Miete inkludiert)"),
            ],
            label_w=50,
        )
        + p("<br />Alle Entgelte inkl. 20 % USt. Ihre A1 WLAN Box wird Ihnen per Post zugestellt.")
        + p("Freundliche Grüße<br />Ihr A1 Team")
    )
    add(
        "2026-03-10 17:33",
        ("A1", "noreply@a1.net"),
        "Ihre A1 Bestellung 1-3T8K2QZ",
        alt(frame(inner, "Auftragsbestätigung")),
        ["A1 Internet"],
        "a1-bestellung",
        mid_style="uuid",
    )

    bills = [
        (
            "2026-04-08 05:10",
            "04/2026",
            "2026-04-07",
            "2026-04-15",
            "T26040718877",
            [
                ("Grundentgelt A1 Internet 150 (anteilig 02.04.–30.04.)", "€ 38,57"),
                ("Aktivierungsentgelt", "€ 69,90"),
                ("Internet-Servicepauschale 04/2026–03/2027", "€ 34,90"),
            ],
            D("143.37"),
        ),
        (
            "2026-05-06 05:02",
            "05/2026",
            "2026-05-05",
            "2026-05-13",
            "T26050518521",
            [("Grundentgelt A1 Internet 150", "€ 39,90")],
            D("39.90"),
        ),
        (
            "2026-07-06 05:11",
            "07/2026",
            "2026-07-05",
            "2026-07-13",
            "T26070519044",
            [("Grundentgelt A1 Internet 150", "€ 39,90")],
            D("39.90"),
        ),
        (
            "2026-09-04 05:07",
            "09/2026",
            "2026-09-03",
            "2026-09-11",
            "T26090318730",
            [("Grundentgelt A1 Internet 150", "€ 39,90")],
            D("39.90"),
        ),
        (
            "2026-11-05 05:04",
            "11/2026",
            "2026-11-04",
            "2026-11-12",
            "T26110418697",
            [("Grundentgelt A1 Internet 150", "€ 39,90")],
            D("39.90"),
        ),
    ]
    for when, per, rdate, debit, rnr, lines, amt in bills:
        net = (amt / D("1.2")).quantize(D("0.01"))
        inner = row(
            '<h1 style="font-size:22px;margin:0 0 14px 0;">Ihre A1 Rechnung ist da</h1>'
            + p("Sehr geehrte Frau Huber,")
            + p(f"Ihre Rechnung {per} ist ab sofort in Mein A1 verfügbar und als PDF angehängt.")
            + kv_table(
                [
                    ("Kundennummer", A1_KDNR),
                    ("Rechnungsnummer", rnr),
                    ("Rechnungsdatum", dmy(rdate)),
                    *lines,
                    ("Summe netto", eur(net, "at")),
                    ("20 % USt.", eur(amt - net, "at")),
                    ("<b>Rechnungsbetrag</b>", f"<b>{eur(amt, 'at')}</b>"),
                ],
                label_w=60,
            )
            + p(f"<br />Der Betrag wird am {dmy(debit)} von Ihrem Konto {mask_iban(IBAN_ERSTE)} eingezogen.")
            + p("Freundliche Grüße<br />Ihr A1 Team")
        )
        pdf = make_pdf(
            [
                f"A1 Telekom Austria AG - Rechnung {per}",
                f"Kundennummer {A1_KDNR}",
                f"Rechnungsnummer {rnr}",
                f"Rechnungsbetrag EUR {num(amt)}",
                f"Einzug am {dmy(debit)}",
            ]
        )
        add(
            when,
            ("A1 Rechnung", "rechnung@a1.net"),
            f"Ihre A1 Rechnung {per}",
            with_attachments(
                alt(frame(inner, f"Rechnungsbetrag {eur(amt, 'at')}")),
                [attachment("application/pdf", f"A1_Rechnung_{rnr}.pdf", pdf)],
            ),
            ["A1 Internet"],
            "a1-rechnung",
            mid_style="uuid",
        )

    inner = row(
        '<h1 style="font-size:22px;margin:0 0 14px 0;">A1 Xplore TV: 3 Monate gratis</h1>'
        + p(
            "Als A1 Internet Kundin holen Sie sich jetzt A1 Xplore TV mit über 100 Sendern, Replay und Aufnahme-Speicher – "
            "die ersten 3 Monate um € 0,–, danach € 12,90 monatlich."
        )
        + button("Jetzt dazubuchen", "https://www.a1.net/xplore-tv?cmp=nl_1026", "#da291c")
        + p(
            'Sie möchten keine Angebote mehr erhalten? <a href="https://www.a1.net/abmelden">Abmelden</a>',
            11,
            "#888888",
        )
    )
    add(
        "2026-10-08 11:00",
        ("A1", "angebote@news.a1.net"),
        "Nur für A1 Internet Kund:innen: Xplore TV 3 Monate gratis",
        html_only(frame(inner, "3 Monate € 0,–")),
        [],
        "a1-werbung",
        list_unsub="https://www.a1.net/abmelden",
        mid_style="uuid",
    )


UNIQA_CI = creditor_id("AT", "00000002117")


def uniqa() -> None:
    def frame(inner: str, pre: str) -> str:
        head = (
            '<tr><td style="padding:20px 32px;background:#0033a0;color:#ffffff;font-size:22px;font-weight:bold;'
            'letter-spacing:1px;">UNIQA</td></tr>'
        )
        foot = footer(
            "UNIQA Österreich Versicherungen AG · Untere Donaustraße 21 · 1029 Wien · FN 63197m · Handelsgericht Wien<br />"
            'Kundenservice: +43 50677 670 · <a href="https://www.uniqa.at/myuniqa">myUNIQA</a>',
            bg="#eef1f8",
        )
        return page("UNIQA", head + inner + foot, bg="#f3f3f3", preheader=pre)

    inner = row(
        p("Sehr geehrte Frau Huber,")
        + p(
            "herzlich willkommen bei UNIQA! Ihre Polizze ist ausgestellt und liegt in myUNIQA für Sie bereit."
        )
        + kv_table(
            [
                ("Polizzennummer", "4070 118 247-6"),
                ("Produkt", "UNIQA Haushaltsversicherung Optimal inkl. Privathaftpflicht"),
                ("Versicherungsort", VIE_ADDR),
                ("Wohnnutzfläche", "68 m²"),
                ("Versicherungssumme Haushalt", "€ 55.000,–"),
                ("Pauschalversicherungssumme Haftpflicht", "€ 3.000.000,–"),
                ("Versicherungsbeginn", "01.04.2026"),
                ("Hauptfälligkeit", "01.04. jedes Jahres"),
                ("Jahresprämie inkl. 11 % Versicherungssteuer", "<b>€ 214,68</b>"),
                ("Zahlungsweise", "jährlich, SEPA-Lastschrift"),
            ],
            label_w=50,
        )
        + p(
            "<br />Die Prämie ist wertgesichert (Verbraucherpreisindex) und wird jährlich zur Hauptfälligkeit angepasst."
        )
        + p("Freundliche Grüße<br />Ihre UNIQA")
    )
    add(
        "2026-03-20 14:12",
        ("UNIQA", "kundenservice@uniqa.at"),
        "Ihre Polizze 4070 118 247-6 ist da",
        alt(frame(inner, "Willkommen bei UNIQA")),
        ["UNIQA Haushaltsversicherung"],
        "uniqa-polizze",
        mid_style="uuid",
    )

    inner = row(
        p("Sehr geehrte Frau Huber,")
        + p("gemäß Ihrem SEPA-Lastschriftmandat ziehen wir folgende Prämie ein:")
        + kv_table(
            [
                ("Polizzennummer", "4070 118 247-6"),
                ("Zeitraum", "01.04.2026 – 31.03.2027"),
                ("Betrag", "<b>€ 214,68</b>"),
                ("Fälligkeit / Einzug", "01.04.2026"),
                ("IBAN", mask_iban(IBAN_ERSTE)),
                ("Creditor-ID", UNIQA_CI),
                ("Mandatsreferenz", "U40701182476"),
            ],
            label_w=45,
        )
        + p("<br />Freundliche Grüße<br />Ihre UNIQA")
    )
    add(
        "2026-03-27 06:30",
        ("myUNIQA", "noreply@uniqa.at"),
        "Vorankündigung SEPA-Lastschrift – Polizze 4070 118 247-6",
        alt(frame(inner, "Einzug € 214,68 am 01.04.2026")),
        ["UNIQA Haushaltsversicherung"],
        "uniqa-lastschrift",
        mid_style="uuid",
    )

    inner = row(
        '<h1 style="font-size:20px;margin:0 0 12px 0;color:#0033a0;">Gesund bleiben mit UNIQA Sonderklasse</h1>'
        + p(
            "Wahlarzt, Privatklinik, kurze Wartezeiten: Sichern Sie sich jetzt die UNIQA Sonderklasse – "
            "für Kundinnen und Kunden mit 10 % Kombi-Rabatt."
        )
        + button("Prämie berechnen", "https://www.uniqa.at/sonderklasse?cmp=nl", "#0033a0")
        + p('<a href="https://www.uniqa.at/newsletter/abmelden">Newsletter abbestellen</a>', 11, "#888888")
    )
    add(
        "2026-09-15 10:00",
        ("UNIQA", "newsletter@news.uniqa.at"),
        "Ihr Vorteil als UNIQA Kundin: 10 % Kombi-Rabatt",
        alt(frame(inner, "Sonderklasse")),
        [],
        "uniqa-werbung",
        list_unsub="https://www.uniqa.at/newsletter/abmelden",
        mid_style="uuid",
    )


def klimaticket() -> None:
    sender = ("KlimaTicket Ö", "noreply@klimaticket.at")

    def frame(inner: str, pre: str) -> str:
        head = (
            '<tr><td style="padding:22px 32px;background:#00594f;color:#ffffff;font-size:22px;font-weight:bold;">'
            'KlimaTicket <span style="color:#b5e3a5;">Ö</span></td></tr>'
        )
        foot = footer(
            "One Mobility Ticketing GmbH · im Auftrag des Bundesministeriums für Innovation, Mobilität und Infrastruktur<br />"
            'Kund:innenservice: +43 1 89 000 29 · <a href="https://www.klimaticket.at/kundenportal">Kund:innenportal</a> · '
            '<a href="https://www.klimaticket.at/agb">AGB</a>',
            bg="#eef5f3",
        )
        return page("KlimaTicket Ö", head + inner + foot, bg="#e9efed", preheader=pre)

    inner = row(
        p("Liebe Lena Huber,")
        + p("danke für deine Bestellung! Ab sofort bist du Teil der KlimaTicket-Community.")
        + kv_table(
            [
                ("Bestellnummer", "KT-2604-7718234"),
                ("Produkt", "KlimaTicket Ö Classic"),
                ("Gültigkeit", "01.05.2026 – 30.04.2027"),
                ("Preis", "€ 1.400,00"),
                ("darin enthaltene USt. (10 %)", "€ 127,27"),
                ("Zahlungsart", "SEPA-Lastschrift, Einmalzahlung"),
                ("Konto", mask_iban(IBAN_ERSTE)),
            ],
            label_w=45,
        )
        + p(
            "<br /><b>Automatische Verlängerung:</b> Dein KlimaTicket Ö verlängert sich nach Ablauf automatisch um ein weiteres "
            "Jahr zum dann gültigen Preis. Wir erinnern dich rechtzeitig vor der Verlängerung. Kündigen kannst du bis "
            "spätestens einen Monat vor Ablauf im Kund:innenportal."
        )
        + p("Deine Rechnung findest du im Anhang.")
        + p("Gute Fahrt!<br />Dein KlimaTicket-Team")
    )
    pdf = make_pdf(
        [
            "One Mobility Ticketing GmbH - Rechnung",
            "Bestellnummer KT-2604-7718234",
            "KlimaTicket Oe Classic",
            "Gueltig 01.05.2026 - 30.04.2027",
            "Betrag EUR 1.400,00 inkl. 10% USt. EUR 127,27",
        ]
    )
    add(
        "2026-04-22 21:14",
        sender,
        "Deine Bestellung: KlimaTicket Ö Classic",
        with_attachments(
            alt(frame(inner, "Bestellbestätigung KT-2604-7718234")),
            [attachment("application/pdf", "Rechnung_KT-2604-7718234.pdf", pdf)],
        ),
        ["KlimaTicket Ö"],
        "klimaticket-bestellung",
        mid_style="uuid",
    )

    inner = row(
        p("Liebe Lena Huber,")
        + p(
            "morgen ist es so weit: Dein KlimaTicket Ö Classic ist ab 01.05.2026 gültig. Du findest es in der App "
            "„KlimaTicket Ö“ unter „Meine Tickets“. Bitte trag bei Kontrollen immer einen Lichtbildausweis bei dir."
        )
        + p("Gültig bis 30.04.2027 · Ticketnummer 9000 4471 8823 1")
        + p("Gute Fahrt!<br />Dein KlimaTicket-Team")
    )
    add(
        "2026-04-30 09:00",
        sender,
        "Ab morgen gültig: dein KlimaTicket Ö",
        alt(frame(inner, "Ab 01.05.2026 gültig")),
        ["KlimaTicket Ö"],
        "klimaticket-gueltig",
        mid_style="uuid",
    )


def gmail_forward(
    note: str, orig_from: str, orig_date: str, orig_subject: str, orig_to: str, orig_text: str
) -> Part:
    fwd_text = (
        f"{note}\n\n---------- Forwarded message ---------\nVon: {orig_from}\nDate: {orig_date}\n"
        f"Subject: {orig_subject}\nTo: {orig_to}\n\n\n{orig_text}"
    )
    esc = htmllib.escape
    body_html = "<br>".join(esc(ln) for ln in orig_text.split("\n"))
    fwd_html = (
        f'<div dir="ltr">{"<br>".join(esc(x) for x in note.split(chr(10)))}<br><br><div class="gmail_quote">'
        f'<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>Von: <strong class="gmail_sendername" dir="auto">'
        f"{esc(orig_from)}</strong><br>Date: {esc(orig_date)}<br>Subject: {esc(orig_subject)}<br>To: {esc(orig_to)}<br></div><br><br>"
        f"{body_html}</div></div>\n"
    )
    return multipart(
        "alternative",
        [
            leaf("text/plain", fwd_text, "UTF-8", "quoted-printable"),
            leaf("text/html", fwd_html, "UTF-8", "quoted-printable"),
        ],
        "gmail",
    )


def mcfit_fitinn() -> None:
    orig = """Hallo Tobias,

wir haben deine Kündigung erhalten und bestätigen sie hiermit.

Mitgliedsnummer: 3412 7790
Studio: McFit München-Sendling
Mitgliedschaft: McFit Basic, 29,90 € monatlich
Kündigung eingegangen am: 14.02.2026
Kündigungsgrund: Umzug ins Ausland (Sonderkündigung)
Ende der Mitgliedschaft: 31.03.2026

Deine Beiträge bis einschließlich März ziehen wir wie gewohnt per Lastschrift
ein. Danach erfolgen keine weiteren Abbuchungen. Dein Zugang per App endet
am 31.03.2026 um 23:59 Uhr.

Schade, dass du gehst! Falls du es dir anders überlegst: In Österreich findest
du uns auch – zum Beispiel in Wien-Landstraße.

Sportliche Grüße
Dein McFit Team

McFit GmbH | Tallinner Straße 1 | 96215 Lichtenfels
Amtsgericht Coburg HRB 4108 | Geschäftsführer: Hakan Anlar"""
    add(
        "2026-02-18 21:37",
        TOBIAS,
        "Fwd: Bestätigung deiner Kündigung",
        gmail_forward(
            "Hi Lena,\nfür unsere Tabelle: McFit ist zum 31.3. gekündigt, Sonderkündigung wegen Umzug hat geklappt 💪\nT.",
            "McFit <service@mcfit.com>",
            "Mo., 16. Feb. 2026 um 10:12 Uhr",
            "Bestätigung deiner Kündigung",
            "<tobias.maier.muc@gmail.com>",
            orig,
        ),
        ["McFit"],
        "fwd-mcfit-kuendigung",
        mid_style="gmail",
        hstyle="q",
    )

    orig = """Hallo Tobias!

Willkommen in der FITINN Familie 🎉 Schön, dass du da bist.

Deine Vertragsdaten:
Mitgliedsnummer: 0617-228841
Studio: FITINN Wien 6, Mariahilfer Straße
Tarif: FITINN Classic
Mitgliedsbeitrag: € 24,90 monatlich
Jahresservicepauschale: € 19,90 (jährlich, erstmals mit dem ersten Beitrag)
Vertragsbeginn: 20.04.2026, Mindestlaufzeit 12 Monate, danach monatlich kündbar
Abbuchung: jeweils am 15. des Monats per SEPA-Lastschrift, erstmals am 15.05.2026

Deinen digitalen Mitgliedsausweis findest du in der FITINN App.
Lade dir die App herunter und melde dich mit deiner E-Mail-Adresse an.

Let's go!
Dein FITINN Team

FITINN Fitnessstudio GmbH | Wien | www.fitinn.at"""
    text = (
        "Für die Haushaltsliste 😉 Bin jetzt im FitInn ums Eck.\n\nVon meinem iPhone gesendet\n\n"
        "Anfang der weitergeleiteten Nachricht:\n\n"
        "> Von: FITINN <noreply@fitinn.at>\n> Datum: 20. April 2026 um 18:03:12 MESZ\n"
        "> An: tobias.maier.muc@gmail.com\n> Betreff: Willkommen bei FITINN – deine Mitgliedschaft\n>\n"
        + "\n".join("> " + ln if ln else ">" for ln in orig.split("\n"))
    )
    add(
        "2026-04-20 19:26",
        TOBIAS,
        "Fwd: Willkommen bei FITINN – deine Mitgliedschaft",
        text_only(text, "utf-8", "quoted-printable"),
        ["FITINN"],
        "fwd-fitinn-willkommen",
        mid_style="gmail",
    )


# =============================================================================================
# digital services
# =============================================================================================


def usc() -> None:
    sender = ("Urban Sports Club", "noreply@urbansportsclub.com")

    def frame(inner: str, pre: str) -> str:
        head = (
            '<tr><td style="padding:22px 32px;background:#1b1f3b;color:#ffffff;font-size:18px;font-weight:bold;'
            'letter-spacing:2px;">URBAN SPORTS CLUB</td></tr>'
        )
        foot = footer(
            "Urban Sports GmbH · Lohmühlenstraße 65 · 12435 Berlin · Amtsgericht Charlottenburg HRB 148186 B<br />"
            "Geschäftsführer: Benjamin Roth, Moritz Kreppel · USt-IdNr. DE 287 869 207<br />"
            '<a href="https://urbansportsclub.com/de/profile/membership">Mitgliedschaft verwalten</a> · '
            '<a href="https://urbansportsclub.com/de/faq">Hilfe</a>',
            bg="#f4f4f6",
        )
        return page(
            "Urban Sports Club",
            head + inner + foot,
            font="'Helvetica Neue',Helvetica,Arial,sans-serif",
            bg="#ececf0",
            preheader=pre,
        )

    def invoice(
        when: str, rnr: str, plan: str, start: str, end: str, amt: D, vat_rate: int, acct: str
    ) -> None:
        vat = (amt - amt / (1 + D(vat_rate) / 100)).quantize(D("0.01"))
        inner = row(
            '<h1 style="font-size:22px;margin:0 0 14px 0;">Deine Rechnung</h1>'
            + p("Hi Lena,")
            + p(
                "danke, dass du mit uns aktiv bist! Hier ist deine Rechnung für den nächsten Mitgliedschaftsmonat."
            )
            + kv_table(
                [
                    ("Rechnungsnummer", rnr),
                    ("Mitgliedschaft", plan),
                    ("Zeitraum", f"{dmy(start)} – {dmy(end)}"),
                    (f"enthaltene USt. ({vat_rate} %)", eur(vat)),
                    ("<b>Betrag</b>", f"<b>{eur(amt)}</b>"),
                ]
            )
            + p(f"<br />Der Betrag wird per SEPA-Lastschrift von deinem Konto {mask_iban(acct)} eingezogen.")
            + p("Keep moving!<br />Dein Urban Sports Club Team")
        )
        pdf = make_pdf(
            [
                f"Urban Sports GmbH - Rechnung {rnr}",
                "Lena Huber",
                f"Mitgliedschaft {plan}",
                f"Zeitraum {dmy(start)} - {dmy(end)}",
                f"Betrag {num(amt)} EUR inkl. {vat_rate}% USt.",
            ]
        )
        add(
            when,
            ("Urban Sports Club", "invoice@urbansportsclub.com"),
            f"Deine Rechnung {rnr}",
            with_attachments(
                html_only(frame(inner, f"Rechnung über {eur(amt)}")),
                [attachment("application/pdf", f"{rnr}.pdf", pdf)],
            ),
            ["Urban Sports Club"],
            "usc-rechnung",
            mid_style="uuid",
        )

    invoice(
        "2025-12-18 03:12", "USC-DE-2025-8847123", "M", "2025-12-18", "2026-01-17", D("79.00"), 19, IBAN_SSKM
    )

    inner = row(
        '<h1 style="font-size:22px;margin:0 0 14px 0;">Deine Zahlung ist fehlgeschlagen</h1>'
        + p("Hi Lena,")
        + p(
            "leider konnten wir deinen Mitgliedsbeitrag von <b>79,00 €</b> für den Zeitraum 18.04.2026 – 17.05.2026 nicht "
            "einziehen. Deine Bank hat die Lastschrift zurückgegeben (Grund: Konto erloschen)."
        )
        + p(
            "Bitte aktualisiere deine Zahlungsdaten innerhalb von 7 Tagen, damit du weiter einchecken kannst. "
            "Die Rücklastschriftgebühr deiner Bank von 3,50 € müssen wir leider weiterberechnen."
        )
        + button("Zahlungsdaten aktualisieren", "https://urbansportsclub.com/de/profile/payment", "#3fc1a5")
        + p("Dein Urban Sports Club Team")
    )
    add(
        "2026-04-21 09:40",
        sender,
        "Deine Zahlung ist fehlgeschlagen",
        html_only(frame(inner, "Bitte aktualisiere deine Zahlungsdaten")),
        ["Urban Sports Club"],
        "usc-zahlung-fehlgeschlagen",
        mid_style="uuid",
    )

    inner = row(
        '<h1 style="font-size:22px;margin:0 0 14px 0;">Letzte Erinnerung: offener Beitrag</h1>'
        + p("Hi Lena,")
        + p(
            "dein Mitgliedsbeitrag ist noch offen: <b>82,50 €</b> (79,00 € Beitrag + 3,50 € Rücklastschriftgebühr). "
            "Ohne gültige Zahlungsmethode pausieren wir deine Mitgliedschaft ab dem 28.04.2026. Buchungen und Check-ins sind "
            "dann nicht mehr möglich."
        )
        + button("Jetzt bezahlen", "https://urbansportsclub.com/de/profile/payment", "#3fc1a5")
        + p("Dein Urban Sports Club Team")
    )
    add(
        "2026-04-25 10:05",
        sender,
        "Erinnerung: Deine Mitgliedschaft wird pausiert",
        html_only(frame(inner, "Offener Betrag 82,50 €")),
        ["Urban Sports Club"],
        "usc-mahnung",
        mid_style="uuid",
    )

    inner = row(
        '<h1 style="font-size:22px;margin:0 0 14px 0;">Danke, alles erledigt!</h1>'
        + p("Hi Lena,")
        + p(
            f"wir haben deine neue Bankverbindung {mask_iban(IBAN_ERSTE)} gespeichert und <b>82,50 €</b> erfolgreich eingezogen. "
            "Deine Mitgliedschaft M läuft ganz normal weiter – dein nächster Beitrag wird am 18.05.2026 fällig."
        )
        + p("Übrigens: Mit deiner Mitgliedschaft kannst du auch in Wien über 400 Partner nutzen.")
        + p("Dein Urban Sports Club Team")
    )
    add(
        "2026-04-26 20:51",
        sender,
        "Zahlung erfolgreich",
        html_only(frame(inner, "82,50 € eingezogen")),
        ["Urban Sports Club"],
        "usc-zahlung-erfolgreich",
        mid_style="uuid",
    )

    inner = row(
        '<h1 style="font-size:22px;margin:0 0 14px 0;">Deine Mitgliedschaft wurde geändert</h1>'
        + p("Hi Lena,")
        + p("wir bestätigen deinen Wechsel:")
        + kv_table(
            [("Bisher", "M · 79,00 € / Monat"), ("Neu", "S · 49,00 € / Monat"), ("Gültig ab", "18.07.2026")]
        )
        + p(
            "<br />Bis zum 17.07.2026 kannst du alle Vorteile deiner M-Mitgliedschaft nutzen. Ab dem 18.07.2026 buchen wir "
            "49,00 € pro Monat ab."
        )
        + p("Dein Urban Sports Club Team")
    )
    add(
        "2026-06-10 13:18",
        sender,
        "Deine Mitgliedschaft wurde geändert",
        html_only(frame(inner, "Ab 18.07.2026: S für 49,00 €")),
        ["Urban Sports Club"],
        "usc-downgrade",
        mid_style="uuid",
    )

    invoice(
        "2026-08-18 03:10", "USC-AT-2026-0412286", "S", "2026-08-18", "2026-09-17", D("49.00"), 20, IBAN_ERSTE
    )
    invoice(
        "2026-11-18 03:14", "USC-AT-2026-0588731", "S", "2026-11-18", "2026-12-17", D("49.00"), 20, IBAN_ERSTE
    )


def netflix() -> None:
    def frame(inner: str, pre: str) -> str:
        head = (
            '<tr><td style="padding:24px 40px 8px 40px;"><span style="color:#e50914;font-size:30px;font-weight:bold;'
            'letter-spacing:1px;">NETFLIX</span></td></tr>'
        )
        foot = footer(
            "Fragen? Ruf uns an: 0800 724 9451<br />Netflix International B.V. · Karperstraat 8 · 1075 KZ Amsterdam · Niederlande<br />"
            '<a href="https://www.netflix.com/account">Konto</a> · <a href="https://help.netflix.com">Hilfe-Center</a> · '
            '<a href="https://www.netflix.com/termsofuse">Nutzungsbedingungen</a><br />'
            "Diese Nachricht wurde an lena.huber@posteo.de gesendet.",
            bg="#ffffff",
            color="#a9a6a6",
        )
        return page(
            "Netflix",
            head + inner + foot,
            font="Netflix Sans,Helvetica,Roboto,Arial,sans-serif",
            bg="#ffffff",
            preheader=pre,
        )

    inner = row(
        '<h1 style="font-size:26px;margin:0 0 14px 0;">Neu im Dezember</h1>'
        + p(
            "Hallo Lena, diese Serien und Filme warten auf dich: die zweite Staffel von „Kaiserin“, "
            "der Weihnachtsfilm „Schnee von gestern“ und vieles mehr."
        )
        + button("Jetzt ansehen", "https://www.netflix.com/browse?src=nl", "#e50914")
        + p('<a href="https://www.netflix.com/unsubscribe?t=a81">Abmelden</a>', 11, "#a9a6a6"),
        "8px 40px",
    )
    add(
        "2025-12-19 19:02",
        ("Netflix", "info@mailer.netflix.com"),
        "Lena, neu auf Netflix im Dezember",
        alt(frame(inner, "Neu im Dezember")),
        [],
        "netflix-neu",
        tz="utc",
        list_unsub="https://www.netflix.com/unsubscribe?t=a81",
        mid_style="uuid",
    )

    inner = row(
        '<h1 style="font-size:26px;margin:0 0 14px 0;">Aktualisiere deinen Netflix-Haushalt</h1>'
        + p("Hallo Lena,")
        + p(
            "jemand hat sich auf einem Fernseher an einem neuen Ort mit deinem Konto angemeldet. "
            "Bist du umgezogen? Dann aktualisiere deinen Netflix-Haushalt, damit alle Geräte in deinem Zuhause "
            "Netflix weiterhin nutzen können."
        )
        + button(
            "Haushalt aktualisieren", "https://www.netflix.com/account/update-primary-location", "#e50914"
        )
        + p("Warst du das nicht? Ändere bitte sofort dein Passwort.")
        + p("Dein Netflix-Team"),
        "8px 40px",
    )
    add(
        "2026-04-07 18:44",
        ("Netflix", "info@account.netflix.com"),
        "Wichtig: Aktualisiere deinen Netflix-Haushalt",
        alt(frame(inner, "Bist du umgezogen?")),
        ["Netflix"],
        "netflix-haushalt",
        tz="utc",
        mid_style="uuid",
    )

    inner = row(
        '<h1 style="font-size:26px;margin:0 0 14px 0;">Wir aktualisieren deinen Preis</h1>'
        + p("Hallo Lena,")
        + p(
            "wir schreiben dir, um dich über eine Preisänderung zu informieren. Ab deinem nächsten Abrechnungsdatum am "
            "<b>14. Oktober 2026</b> kostet dein Abo <b>Standard</b> <b>15,99 €/Monat</b> (bisher 13,99 €/Monat)."
        )
        + p(
            "Wir investieren weiter in neue Serien und Filme, damit für alle etwas dabei ist. "
            "Du kannst dein Abo jederzeit ändern oder kündigen – in deinem Konto."
        )
        + button("Abo verwalten", "https://www.netflix.com/account/membership", "#e50914")
        + p("Danke, dass du Netflix-Mitglied bist.<br />Dein Netflix-Team"),
        "8px 40px",
    )
    add(
        "2026-09-15 17:25",
        ("Netflix", "info@account.netflix.com"),
        "Aktualisierung deines Netflix-Abopreises",
        alt(frame(inner, "Dein neuer Preis ab 14. Oktober 2026")),
        ["Netflix"],
        "netflix-preis",
        tz="utc",
        mid_style="uuid",
    )

    inner = row(
        '<h1 style="font-size:26px;margin:0 0 14px 0;">Für dich ausgewählt</h1>'
        + p("Weil du „Dark“ angesehen hast: der neue Mystery-Thriller „Grenzland“ ist jetzt verfügbar.")
        + button("Abspielen", "https://www.netflix.com/title/81912?src=nl", "#e50914")
        + p('<a href="https://www.netflix.com/unsubscribe?t=c92">Abmelden</a>', 11, "#a9a6a6"),
        "8px 40px",
    )
    add(
        "2026-11-20 18:30",
        ("Netflix", "info@mailer.netflix.com"),
        "„Grenzland“ – jetzt auf Netflix",
        alt(frame(inner, "Neu für dich")),
        [],
        "netflix-empfehlung",
        tz="utc",
        list_unsub="https://www.netflix.com/unsubscribe?t=c92",
        mid_style="uuid",
    )


def dazn() -> None:
    sender = ("DAZN", "no-reply@dazn.com")

    def frame(inner: str, pre: str) -> str:
        head = (
            '<tr><td style="padding:20px 32px;background:#0c161c;"><span style="display:inline-block;background:#f8fc00;'
            'color:#0c161c;font-weight:bold;font-size:20px;padding:6px 10px;">DAZN</span></td></tr>'
        )
        foot = footer(
            "DAZN Limited · Hammersmith Grove 1 · London W6 0NB · Vereinigtes Königreich · Company No. 10138532<br />"
            '<a href="https://www.dazn.com/de-DE/myaccount">Mein Konto</a> · <a href="https://www.dazn.com/help">Hilfe</a>',
            bg="#0c161c",
            color="#9aa3a8",
        )
        return page("DAZN", head + inner + foot, bg="#0c161c", preheader=pre)

    def receipt(when: str, plan: str, amt: D, paid: str, nxt: str, rnr: str, vat: int) -> None:
        v = (amt - amt / (1 + D(vat) / 100)).quantize(D("0.01"))
        inner = row(
            '<h1 style="font-size:22px;margin:0 0 14px 0;color:#ffffff;">Danke für deine Zahlung</h1>'
            + p("Hallo Lena,", color="#ffffff")
            + p("wir haben deine Zahlung erhalten. Hier sind die Details:", color="#ffffff")
            + kv_table(
                [
                    ("Rechnungsnummer", rnr),
                    ("Abo", plan),
                    ("Zahlungsdatum", dmy(paid)),
                    ("Zahlungsmethode", "PayPal (l***@posteo.de)"),
                    (f"enthaltene USt. ({vat} %)", eur(v)),
                    ("<b>Betrag</b>", f"<b>{eur(amt)}</b>"),
                    ("Nächste Zahlung", dmy(nxt)),
                ],
                border="#2a3439",
            )
            .replace("color:#555555;", "color:#9aa3a8;")
            .replace('<td align="right" style="', '<td align="right" style="color:#ffffff;')
            + p("<br />Viel Spaß beim Streamen!<br />Dein DAZN Team", color="#ffffff")
        )
        add(
            when,
            sender,
            "Deine DAZN Zahlungsbestätigung",
            html_only(frame(inner, f"Zahlung über {eur(amt)} erhalten")),
            ["DAZN"],
            "dazn-zahlung",
            tz="utc",
            mid_style="uuid",
        )

    receipt(
        "2025-12-22 08:10",
        "DAZN Standard · monatlich kündbar",
        D("44.99"),
        "2025-12-22",
        "2026-01-22",
        "DE-2512-55810372",
        19,
    )
    receipt(
        "2026-03-22 08:04",
        "DAZN Standard · monatlich kündbar",
        D("44.99"),
        "2026-03-22",
        "2026-04-22",
        "DE-2603-58123944",
        19,
    )

    inner = row(
        '<h1 style="font-size:22px;margin:0 0 14px 0;color:#ffffff;">Deine Kündigung ist bestätigt</h1>'
        + p("Hallo Lena,", color="#ffffff")
        + p(
            "schade, dass du gehst. Dein Abo <b>DAZN Standard</b> wird nicht verlängert. Du kannst DAZN noch bis zum "
            "<b>21.05.2026</b> nutzen. Danach buchen wir nichts mehr ab.",
            color="#ffffff",
        )
        + p("Du kannst jederzeit zurückkommen – dein Konto bleibt bestehen.", color="#ffffff")
        + p("Dein DAZN Team", color="#ffffff")
    )
    add(
        "2026-05-10 22:41",
        sender,
        "Deine Kündigung ist bestätigt",
        html_only(frame(inner, "Zugang bis 21.05.2026")),
        ["DAZN"],
        "dazn-kuendigung",
        tz="utc",
        mid_style="uuid",
    )

    inner = row(
        '<h1 style="font-size:24px;margin:0 0 14px 0;color:#f8fc00;">Die neue Saison startet</h1>'
        + p(
            "Bundesliga, Champions League, NFL und mehr – hol dir DAZN zurück. Jetzt mit dem 12-Monats-Abo sparen.",
            color="#ffffff",
        )
        + button("Zurück zu DAZN", "https://www.dazn.com/de-AT/welcome?cmp=winback", "#f8fc00", "#0c161c")
        + p('<a href="https://www.dazn.com/unsubscribe">Abmelden</a>', 11, "#9aa3a8")
    )
    add(
        "2026-07-24 12:00",
        ("DAZN", "news@mail.dazn.com"),
        "Lena, die neue Saison startet – komm zurück!",
        html_only(frame(inner, "Hol dir DAZN zurück")),
        [],
        "dazn-werbung",
        tz="utc",
        list_unsub="https://www.dazn.com/unsubscribe",
        mid_style="uuid",
    )

    inner = row(
        '<h1 style="font-size:22px;margin:0 0 14px 0;color:#ffffff;">Willkommen zurück!</h1>'
        + p("Hallo Lena,", color="#ffffff")
        + p("schön, dass du wieder dabei bist. Dein neues Abo im Überblick:", color="#ffffff")
        + kv_table(
            [
                ("Abo", "DAZN Unlimited · 12-Monats-Abo, monatliche Zahlung"),
                ("Preis", "34,99 € / Monat"),
                ("Laufzeit", "09.08.2026 – 08.08.2027"),
                ("Heute bezahlt", "34,99 €"),
                ("Nächste Zahlung", "09.09.2026"),
            ],
            border="#2a3439",
        )
        .replace("color:#555555;", "color:#9aa3a8;")
        .replace('<td align="right" style="', '<td align="right" style="color:#ffffff;')
        + p(
            "<br />Nach Ablauf der Mindestlaufzeit verlängert sich dein Abo automatisch um weitere 12 Monate, "
            "wenn du nicht vorher kündigst. Preise inkl. 20 % USt.",
            12,
            "#9aa3a8",
        )
        + p("Dein DAZN Team", color="#ffffff")
    )
    add(
        "2026-08-09 20:15",
        sender,
        "Willkommen zurück bei DAZN",
        html_only(frame(inner, "DAZN Unlimited für 34,99 € / Monat")),
        ["DAZN"],
        "dazn-willkommen-zurueck",
        tz="utc",
        mid_style="uuid",
    )

    receipt(
        "2026-10-09 06:02",
        "DAZN Unlimited · 12-Monats-Abo, monatliche Zahlung",
        D("34.99"),
        "2026-10-09",
        "2026-11-09",
        "AT-2610-10994417",
        20,
    )
    receipt(
        "2026-11-09 06:05",
        "DAZN Unlimited · 12-Monats-Abo, monatliche Zahlung",
        D("34.99"),
        "2026-11-09",
        "2026-12-09",
        "AT-2611-11358820",
        20,
    )


def paypal_frame(inner: str, pre: str) -> str:
    head = (
        '<tr><td style="padding:24px 40px 10px 40px;"><img src="https://www.paypalobjects.com/digitalassets/c/website/logo/full-text/pp_fc_hl.svg" '
        'width="110" alt="PayPal" style="display:block;border:0;" /></td></tr>'
    )
    foot = footer(
        'Hilfe &amp; Kontakt | Sicherheit | <a href="https://www.paypal.com/de/webapps/mpp/ua/useragreement-full">Nutzungsbedingungen</a><br /><br />'
        "PayPal ist der Name, unter dem PayPal (Europe) S.à r.l. et Cie, S.C.A. (R.C.S. Luxembourg B 118 349) auftritt. "
        "PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxemburg.<br /><br />"
        "Dies ist keine Werbe-E-Mail. PayPal sendet Ihnen E-Mails zu Ihrem Konto. Bitte antworten Sie nicht auf diese E-Mail.<br />"
        "Copyright © 1999–2026 PayPal. Alle Rechte vorbehalten.<br />PPX000628:2a41f7c09b8d3",
        bg="#f5f7fa",
        color="#6c7378",
    )
    return page(
        "PayPal",
        head + inner + foot,
        font="'PayPal Open',Helvetica Neue,Arial,sans-serif",
        bg="#f5f7fa",
        preheader=pre,
    )


def paypal_receipt(
    when: str,
    merchant: str,
    merchant_mail: str,
    amt: D,
    item: str,
    tx: str,
    acct: str,
    labels: list[str],
    slug: str,
    automatic: bool = True,
    descriptor: str = "",
) -> None:
    x = d(when[:10])
    rows = [
        ("Transaktionscode", tx),
        ("Transaktionsdatum", f"{x.day}. {MONATE[x.month]} {x.year}"),
        ("Händler", f"{merchant}<br />{merchant_mail}"),
        ("Beschreibung", item),
        ("Zahlungsquelle", f"Lastschrift von Bankkonto {mask_iban(acct)}"),
        ("<b>Gesamt</b>", f"<b>{num(amt)} € EUR</b>"),
    ]
    auto = (
        p(
            "Diese Zahlung wurde über eine automatische Zahlung (Abbuchungsvereinbarung) ausgeführt, die Sie mit "
            f"{merchant} eingerichtet haben. Sie können automatische Zahlungen jederzeit in Ihrem PayPal-Konto unter "
            "Einstellungen › Zahlungen › Automatische Zahlungen verwalten.",
            12,
            "#6c7378",
        )
        if automatic
        else ""
    )
    inner = row(
        p("Hallo Lena Huber,", 16)
        + p(f"Sie haben eine Zahlung über <b>{num(amt)} € EUR</b> an {merchant} gesendet.", 16)
        + kv_table(rows, label_w=40)
        + p(
            f"<br />Die Zahlung wird als „PAYPAL *{descriptor or merchant.split()[0].upper()}“ auf Ihrem Kontoauszug angezeigt.",
            12,
            "#6c7378",
        )
        + auto,
        "10px 40px 24px 40px",
    )
    add(
        when,
        ("PayPal", "service@paypal.de"),
        f"Beleg für Ihre Zahlung an {merchant}",
        html_only(paypal_frame(inner, f"{num(amt)} € an {merchant}")),
        labels,
        slug,
        tz="pacific",
        mid_style="java",
        hstyle="q",
    )


def spotify() -> None:
    def frame(inner: str, pre: str) -> str:
        head = '<tr><td style="padding:24px 32px;"><span style="color:#1ed760;font-size:26px;font-weight:bold;">Spotify</span></td></tr>'
        foot = footer(
            "Spotify AB · Regeringsgatan 19 · 111 53 Stockholm · Schweden · Org.-Nr. 556703-7485<br />"
            '<a href="https://www.spotify.com/de/legal/">Rechtliches</a> · <a href="https://www.spotify.com/de/account/">Konto</a> · '
            '<a href="https://www.spotify.com/de/account/notifications/">E-Mail-Einstellungen</a>',
            bg="#121212",
            color="#a7a7a7",
        )
        return page(
            "Spotify", head + inner + foot, font="Helvetica,Arial,sans-serif", bg="#ffffff", preheader=pre
        )

    paypal_receipt(
        "2025-12-03 09:14",
        "Spotify AB",
        "billing@spotify.com",
        D("19.99"),
        "Spotify Premium Family",
        "5KX03198ML2261447",
        IBAN_SSKM,
        ["Spotify Premium Family"],
        "paypal-spotify",
    )
    inner = row(
        '<h1 style="font-size:30px;margin:0 0 14px 0;">Dein Wrapped 2025 ist da.</h1>'
        + p(
            "Lena, 48.211 Minuten, 1.204 Künstler:innen, ein Lieblingssong auf Repeat. Finde heraus, wie dein Jahr klang."
        )
        + button("Zu deinem Wrapped", "https://open.spotify.com/wrapped", "#1ed760", "#000000", 500)
    )
    add(
        "2025-12-04 14:00",
        ("Spotify", "no-reply@spotify.com"),
        "Dein Spotify Wrapped 2025 ist da 🎁",
        html_only(frame(inner, "Wie klang dein Jahr?"), cte="base64"),
        [],
        "spotify-wrapped",
        tz="utc",
        list_unsub="https://www.spotify.com/de/account/notifications/",
        mid_style="uuid",
    )

    inner = row(
        '<h1 style="font-size:24px;margin:0 0 14px 0;">Ein Update zu deinem Abo</h1>'
        + p("Hallo Lena,")
        + p(
            "wir aktualisieren den Preis von Premium Family. Ab deinem Abrechnungsdatum im März (3. März 2026) zahlst du "
            "<b>21,99 €/Monat</b> statt bisher 19,99 €/Monat."
        )
        + p(
            "Wir entwickeln Spotify ständig weiter – mit neuen Funktionen wie Hörbüchern in Premium, Smart Shuffle und "
            "AI DJ. Du musst nichts weiter tun. Wenn du dein Abo ändern oder kündigen möchtest, kannst du das jederzeit in "
            "deinem Konto tun."
        )
        + p("Danke, dass du Spotify hörst.<br />Dein Spotify-Team")
    )
    add(
        "2026-01-20 11:31",
        ("Spotify", "no-reply@spotify.com"),
        "Änderungen am Preis deines Premium Family-Abos",
        html_only(frame(inner, "Neuer Preis ab März"), cte="base64"),
        ["Spotify Premium Family"],
        "spotify-preis",
        tz="utc",
        mid_style="uuid",
    )

    inner = row(
        '<h1 style="font-size:24px;margin:0 0 14px 0;">Bestätige deine Adresse</h1>'
        + p("Hallo Lena,")
        + p(
            "als Managerin von Premium Family bestätigst du, dass alle Mitglieder unter derselben Adresse wohnen. "
            "Es sieht so aus, als hätte sich deine Adresse geändert. Bitte aktualisiere sie, damit Tobias weiterhin dein "
            "Premium Family-Abo nutzen kann."
        )
        + button(
            "Adresse aktualisieren", "https://www.spotify.com/de/family/address/", "#1ed760", "#000000", 500
        )
        + p("Dein Spotify-Team")
    )
    add(
        "2026-04-09 08:20",
        ("Spotify", "no-reply@spotify.com"),
        "Premium Family: Bitte bestätige deine Adresse",
        html_only(frame(inner, "Adresse für Premium Family"), cte="base64"),
        ["Spotify Premium Family"],
        "spotify-adresse",
        tz="utc",
        mid_style="uuid",
    )

    for when, tx in [
        ("2026-05-03 09:21", "8WD71452TS9920183"),
        ("2026-09-03 09:08", "3HB52976AB6603311"),
        ("2026-11-03 09:17", "7LE89013KF4451920"),
    ]:
        paypal_receipt(
            when,
            "Spotify AB",
            "billing@spotify.com",
            D("21.99"),
            "Spotify Premium Family",
            tx,
            IBAN_ERSTE,
            ["Spotify Premium Family"],
            "paypal-spotify",
        )


def spiegel() -> None:
    sender = ("SPIEGEL+ Aboservice", "aboservice@spiegel.de")

    def frame(inner: str, pre: str) -> str:
        head = (
            '<tr><td style="padding:20px 32px;border-bottom:1px solid #e0e0e0;"><span style="font-family:Georgia,serif;'
            'font-size:26px;font-weight:bold;color:#e64415;">DER SPIEGEL</span></td></tr>'
        )
        foot = footer(
            "DER SPIEGEL GmbH &amp; Co. KG · Ericusspitze 1 · 20457 Hamburg · Amtsgericht Hamburg HRA 61755<br />"
            'Aboservice: +49 40 3007-2700 · <a href="https://abo.spiegel.de/kundenkonto">Mein Konto</a> · '
            '<a href="https://www.spiegel.de/impressum">Impressum</a>',
            bg="#f5f5f5",
        )
        return page(
            "SPIEGEL+",
            head + inner + foot,
            font="Georgia,'Times New Roman',serif",
            bg="#f5f5f5",
            preheader=pre,
        )

    inner = row(
        p("Liebe Frau Huber,")
        + p(
            "herzlich willkommen bei SPIEGEL+! Ab sofort lesen Sie alle Artikel auf SPIEGEL.de und in der App – "
            "dazu die digitale Ausgabe des SPIEGEL schon freitags ab 18 Uhr."
        )
        + kv_table(
            [
                ("Kundennummer", "88401277"),
                ("Bestellnummer", "SP-2609-441028"),
                ("Angebot", "SPIEGEL+ 4 Wochen für 1,00 €"),
                ("Testzeitraum", "08.09.2026 – 05.10.2026"),
                ("danach", "19,99 € monatlich, jederzeit kündbar"),
                ("Zahlungsart", "Visa •••• 7302"),
            ]
        )
        + p(
            "<br />Wenn Sie SPIEGEL+ nicht weiterlesen möchten, kündigen Sie einfach vor Ende des Testzeitraums in Ihrem Konto."
        )
        + p("Viel Freude beim Lesen wünscht<br />Ihr SPIEGEL-Aboservice")
    )
    add(
        "2026-09-08 21:03",
        sender,
        "Willkommen bei SPIEGEL+ – Ihre Bestellbestätigung",
        alt(frame(inner, "Ihr Zugang ist freigeschaltet")),
        ["SPIEGEL+"],
        "spiegel-willkommen",
        mid_style="uuid",
    )

    inner = row(
        p("Liebe Frau Huber,")
        + p("Ihr Testzeitraum für SPIEGEL+ endet am <b>05.10.2026</b>. Wir hoffen, Ihnen gefällt SPIEGEL+!")
        + p(
            "Wenn Sie nichts tun, lesen Sie ohne Unterbrechung weiter: Ab dem 06.10.2026 kostet SPIEGEL+ <b>19,99 € im Monat</b>. "
            "Der erste Monatsbetrag wird am 06.10.2026 von Ihrer Visa-Karte •••• 7302 abgebucht."
        )
        + button("Abo verwalten", "https://abo.spiegel.de/kundenkonto", "#e64415")
        + p("Ihr SPIEGEL-Aboservice")
    )
    add(
        "2026-09-30 10:20",
        sender,
        "Ihr SPIEGEL+ Testzeitraum endet bald",
        alt(frame(inner, "Testzeitraum endet am 05.10.2026")),
        ["SPIEGEL+"],
        "spiegel-testende",
        mid_style="uuid",
    )

    for when, rnr, start, end in [
        ("2026-10-06 07:02", "RE-26-10-0918833", "2026-10-06", "2026-11-05"),
        ("2026-11-06 07:04", "RE-26-11-1002175", "2026-11-06", "2026-12-05"),
    ]:
        inner = row(
            p("Liebe Frau Huber,")
            + p("vielen Dank, dass Sie SPIEGEL+ lesen. Anbei Ihre Rechnung:")
            + kv_table(
                [
                    ("Rechnungsnummer", rnr),
                    ("Kundennummer", "88401277"),
                    ("Produkt", "SPIEGEL+ Digital-Abo"),
                    ("Leistungszeitraum", f"{dmy(start)} – {dmy(end)}"),
                    ("enthaltene USt. (AT, 10 %)", "1,82 €"),
                    ("<b>Rechnungsbetrag</b>", "<b>19,99 €</b>"),
                ]
            )
            + p(f"<br />Der Betrag wurde am {dmy(start)} Ihrer Visa-Karte •••• 7302 belastet.")
            + p("Ihr SPIEGEL-Aboservice")
        )
        add(
            when,
            sender,
            f"Ihre Rechnung zu SPIEGEL+ ({rnr})",
            alt(frame(inner, "Rechnung über 19,99 €")),
            ["SPIEGEL+"],
            "spiegel-rechnung",
            mid_style="uuid",
        )

    inner = row(
        p("Guten Morgen,", 16)
        + p(
            "heute geht es um die Haushaltsverhandlungen in Berlin, den Klimagipfel und die Frage, warum Wohnen so teuer bleibt."
        )
        + p("<b>Die Lage am Morgen</b> – werktags um 6 Uhr. Kostenlos.", 13)
        + p(
            '<a href="https://www.spiegel.de/newsletter/abmelden?nl=lage">Newsletter abbestellen</a>',
            11,
            "#888888",
        )
    )
    add(
        "2026-10-21 06:00",
        ("DER SPIEGEL – Die Lage am Morgen", "newsletter@newsletter.spiegel.de"),
        "Die Lage am Morgen: Haushalt, Klima, Mieten",
        alt(frame(inner, "Die Lage am Morgen")),
        [],
        "spiegel-newsletter",
        list_unsub="https://www.spiegel.de/newsletter/abmelden?nl=lage",
        mid_style="uuid",
    )


def audible() -> None:
    sender = ("Audible", "donotreply@audible.de")

    def frame(inner: str, pre: str) -> str:
        head = (
            '<tr><td style="padding:18px 32px;border-bottom:3px solid #f7991c;"><span style="font-size:24px;color:#232f3e;'
            'font-weight:bold;">audible</span> <span style="font-size:12px;color:#888;">an amazon company</span></td></tr>'
        )
        foot = footer(
            "Audible GmbH · Schumannstraße 6 · 10117 Berlin · Amtsgericht Charlottenburg HRB 232419 B · USt-IdNr. DE 814 584 193<br />"
            '<a href="https://www.audible.de/account/overview">Mein Konto</a> · <a href="https://www.audible.de/help">Hilfe</a>'
        )
        return page("Audible", head + inner + foot, bg="#f2f2f2", preheader=pre)

    def receipt(when: str, nxt: str, onr: str) -> None:
        x = d(when[:10])
        inner = row(
            p("Hallo Lena,")
            + p(
                "vielen Dank! Wir haben die monatliche Zahlung für dein Audible Abo erhalten. Dein neues Guthaben ist bereits "
                "in deinem Konto."
            )
            + kv_table(
                [
                    ("Bestellnummer", onr),
                    ("Datum", f"{x.day}. {MONATE[x.month]} {x.year}"),
                    ("Audible Abo · 1 Guthaben pro Monat", "9,95 €"),
                    ("Zahlungsmethode", "Visa •••• 7302"),
                    ("<b>Gesamt (inkl. USt.)</b>", "<b>9,95 €</b>"),
                    ("Nächste Abbuchung", dlong(nxt)),
                ]
            )
            + p("<br />Viel Spaß beim Hören!<br />Dein Audible Team")
        )
        add(
            when,
            sender,
            "Deine Audible Abo-Zahlung",
            alt(frame(inner, "Zahlung über 9,95 € erhalten")),
            ["Audible"],
            "audible-zahlung",
            tz="utc",
            mid_style="ses",
        )

    receipt("2025-12-27 05:40", "2026-01-27", "D01-4471822-9930148")

    inner = row(
        p("Hallo Lena,")
        + p("danke für deinen Kauf! Dein Hörbuch ist jetzt in deiner Bibliothek.")
        + kv_table(
            [
                ("Bestellnummer", "D01-5530127-1182290"),
                ("„Die Mitternachtsbibliothek“ · Matt Haig · gelesen von Anna Thalbach", "17,95 €"),
                ("Mitgliederrabatt 30 %", "−5,39 €"),
                ("<b>Gesamt</b>", "<b>12,56 €</b>"),
                ("Zahlungsmethode", "Visa •••• 7302"),
            ]
        )
        + p("<br />Dein Audible Team")
    )
    add(
        "2026-03-15 20:12",
        sender,
        "Danke für deinen Kauf bei Audible",
        alt(frame(inner, "Die Mitternachtsbibliothek")),
        [],
        "audible-kauf",
        tz="utc",
        mid_style="ses",
    )

    receipt("2026-06-27 05:38", "2026-07-27", "D01-6102845-7740023")
    receipt("2026-10-27 05:35", "2026-11-27", "D01-7718204-3310964")

    inner = row(
        p("Hallo Lena,")
        + p("ein neues Guthaben ist da! Du hast jetzt <b>2 Guthaben</b> – such dir einen neuen Titel aus.")
        + button("Jetzt stöbern", "https://www.audible.de/ep/bestsellers", "#f7991c")
        + p("Dein Audible Team")
    )
    add(
        "2026-11-27 05:37",
        ("Audible", "newsletter@audible.de"),
        "Dein neues Guthaben ist da",
        alt(frame(inner, "Du hast 2 Guthaben")),
        ["Audible"],
        "audible-guthaben",
        tz="utc",
        mid_style="ses",
    )


def apple() -> None:
    sender = ("Apple", "no_reply@email.apple.com")

    def receipt_html(
        rdate: str, onr: str, docnr: str, items: list[tuple[str, str, str, str]], total: D, vat_rate: int
    ) -> str:
        net = (total / (1 + D(vat_rate) / 100)).quantize(D("0.01"))
        trs = "".join(
            f'<tr><td style="padding:12px 0;border-bottom:1px solid #eeeeee;"><b>{a}</b><br /><span style="color:#666">{b}</span>'
            f'<br /><span style="color:#666">{c}</span></td><td align="right" style="padding:12px 0;border-bottom:1px solid #eeeeee;'
            f'font-weight:bold;">{v}</td></tr>'
            for a, b, c, v in items
        )
        inner = row(
            '<table width="100%"><tr><td><span style="font-size:28px;font-weight:300;">Rechnung</span></td>'
            '<td align="right" style="font-size:24px;"></td></tr></table>'
            + '<table width="100%" style="font-size:12px;color:#333333;margin:16px 0;background:#fafafa;"><tr>'
            f'<td style="padding:10px;"><span style="color:#666">APPLE-ACCOUNT</span><br />lena.huber@posteo.de</td>'
            f'<td style="padding:10px;"><span style="color:#666">RECHNUNGSDATUM</span><br />{rdate}</td>'
            f'<td style="padding:10px;"><span style="color:#666">BESTELLNUMMER</span><br />{onr}</td>'
            f'<td style="padding:10px;"><span style="color:#666">DOKUMENT-NR.</span><br />{docnr}</td></tr></table>'
            + f'<table width="100%" style="font-size:13px;">{trs}</table>'
            + kv_table(
                [
                    ("Zwischensumme", eur(net)),
                    (f"MwSt. {vat_rate} %", eur(total - net)),
                    ("<b>GESAMT</b>", f"<b>{eur(total)}</b>"),
                    ("Zahlungsmethode", "Visa •••• 7302"),
                ],
                font_size=13,
            )
            + p(
                '<br />Abonnements verwalten oder kündigen: <a href="https://apps.apple.com/account/subscriptions">Abonnements</a>',
                12,
                "#666666",
            ),
            "24px 28px",
        )
        foot = footer(
            "Apple Distribution International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, Republik Irland. "
            "USt-IdNr. IE9700053D<br />"
            '<a href="https://www.apple.com/de/legal/">Rechtliches</a> · <a href="https://www.apple.com/de/privacy/">Datenschutz</a><br />'
            "Copyright © 2026 Apple Distribution International Ltd. Alle Rechte vorbehalten.",
            bg="#ffffff",
            color="#888888",
        )
        return page(
            "Rechnung",
            inner + foot,
            font="-apple-system,'SF Pro Text','Helvetica Neue',Helvetica,Arial,sans-serif",
            bg="#ffffff",
        )

    for when, rdate, onr, doc, label, renew, amt in [
        (
            "2025-12-11 04:22",
            "11.12.2025",
            "MT8K2J7XQ1",
            "182736450912",
            "iCloud+ mit 50 GB (Monatlich)",
            "Verlängerung am 11. Januar 2026",
            D("0.99"),
        ),
        (
            "2026-04-11 04:19",
            "11.04.2026",
            "MT9C4L2WZ8",
            "193045722817",
            "iCloud+ mit 50 GB (Monatlich)",
            "Verlängerung am 11. Mai 2026",
            D("0.99"),
        ),
    ]:
        add(
            when,
            sender,
            "Deine Rechnung von Apple",
            html_only(receipt_html(rdate, onr, doc, [("iCloud+", label, renew, eur(amt))], amt, 19)),
            ["iCloud+"],
            "apple-rechnung",
            tz="utc_gmt",
            mid_style="java",
        )

    add(
        "2026-06-20 12:44",
        sender,
        "Deine Rechnung von Apple",
        html_only(
            receipt_html(
                "20.06.2026",
                "MTB71Q0XK3",
                "201188734520",
                [("Things 3", "Cultured Code GmbH &amp; Co. KG", "iPhone-App", "10,99 €")],
                D("10.99"),
                19,
            )
        ),
        [],
        "apple-rechnung-app",
        tz="utc_gmt",
        mid_style="java",
    )

    inner = row(
        '<span style="font-size:26px;font-weight:300;">Bestätigung deines Abonnements</span>'
        + p("<br />Hallo Lena,")
        + p("du hast ein Upgrade für folgendes Abonnement durchgeführt:")
        + kv_table(
            [
                ("App", "iCloud+"),
                ("Abonnement", "iCloud+ mit 200 GB"),
                ("Vorher", "iCloud+ mit 50 GB"),
                ("Datum des Upgrades", "2. Juli 2026"),
                ("Preis", "2,99 € / Monat"),
                ("Verlängerung", "Wird am 2. August 2026 verlängert, bis es gekündigt wird"),
            ],
            font_size=13,
        )
        + p(
            "<br />Wenn du das Abonnement kündigen möchtest, tu dies mindestens 24 Stunden vor dem Verlängerungsdatum.",
            12,
            "#666666",
        )
        + p("Apple", 13),
        "24px 28px",
    )
    add(
        "2026-07-02 17:30",
        sender,
        "Bestätigung deines Abonnements",
        html_only(
            page(
                "Abonnement",
                inner,
                font="-apple-system,'Helvetica Neue',Helvetica,Arial,sans-serif",
                bg="#ffffff",
            )
        ),
        ["iCloud+"],
        "apple-abo-upgrade",
        tz="utc_gmt",
        mid_style="java",
    )

    for when, rdate, onr, doc, renew in [
        ("2026-07-02 17:31", "02.07.2026", "MTC2V9N4R6", "207744190355", "Verlängerung am 2. August 2026"),
        ("2026-09-02 04:15", "02.09.2026", "MTD8H3K1P0", "215520083716", "Verlängerung am 2. Oktober 2026"),
        ("2026-11-02 04:21", "02.11.2026", "MTF5S7B2Y9", "224117095208", "Verlängerung am 2. Dezember 2026"),
    ]:
        add(
            when,
            sender,
            "Deine Rechnung von Apple",
            html_only(
                receipt_html(
                    rdate,
                    onr,
                    doc,
                    [("iCloud+", "iCloud+ mit 200 GB (Monatlich)", renew, "2,99 €")],
                    D("2.99"),
                    19,
                )
            ),
            ["iCloud+"],
            "apple-rechnung",
            tz="utc_gmt",
            mid_style="java",
        )


def amazon_frame(inner: str, pre: str) -> str:
    head = (
        '<tr><td style="padding:14px 24px;background:#232f3e;"><span style="color:#ffffff;font-size:22px;font-weight:bold;">'
        'amazon<span style="color:#ff9900;">.de</span></span></td></tr>'
    )
    foot = footer(
        "Amazon EU S.à r.l. · 38 avenue John F. Kennedy · L-1855 Luxemburg · Handelsregister Luxemburg B-101818<br />"
        "Diese E-Mail wurde von einer Adresse gesendet, die keine eingehenden E-Mails empfangen kann.<br />"
        '<a href="https://www.amazon.de/gp/help/customer/display.html">Hilfe</a> · '
        '<a href="https://www.amazon.de/privacy">Datenschutzerklärung</a>',
        bg="#f3f3f3",
    )
    return page("Amazon.de", head + inner + foot, font="Arial,sans-serif", bg="#ffffff", preheader=pre)


def kindle_unlimited() -> None:
    sender = ("Amazon.de", "digital-no-reply@amazon.de")
    inner = row(
        '<h2 style="font-size:20px;margin:0 0 12px 0;color:#c45500;">Aktion erforderlich: Zahlung fehlgeschlagen</h2>'
        + p("Hallo Lena Huber,")
        + p(
            "wir konnten die monatliche Gebühr von <b>11,99 €</b> für Ihre Kindle Unlimited-Mitgliedschaft nicht belasten. "
            "Die hinterlegte Mastercard mit der Endziffer 4411 ist abgelaufen."
        )
        + p(
            "Bitte aktualisieren Sie Ihre Zahlungsart, damit Ihre Mitgliedschaft nicht unterbrochen wird. "
            "Wir versuchen die Zahlung in den nächsten Tagen erneut."
        )
        + button(
            "Zahlungsart aktualisieren",
            "https://www.amazon.de/kindle-dbs/ku/ku-central",
            "#ffd814",
            "#0f1111",
            8,
        )
        + p("Mit freundlichen Grüßen<br />Amazon.de")
    )
    add(
        "2026-03-14 08:02",
        sender,
        "Aktion erforderlich: Zahlung für Ihre Kindle Unlimited-Mitgliedschaft",
        alt(amazon_frame(inner, "Bitte aktualisieren Sie Ihre Zahlungsart")),
        ["Kindle Unlimited"],
        "kindle-unlimited-zahlung",
        tz="utc",
        mid_style="ses",
    )
    inner = row(
        '<h2 style="font-size:20px;margin:0 0 12px 0;color:#c45500;">Erinnerung: Ihre Zahlung ist weiterhin offen</h2>'
        + p("Hallo Lena Huber,")
        + p(
            "wir konnten die Gebühr von 11,99 € für Kindle Unlimited erneut nicht belasten. Wenn wir bis zum 28.03.2026 "
            "keine gültige Zahlungsart erhalten, endet Ihre Mitgliedschaft."
        )
        + button(
            "Zahlungsart aktualisieren",
            "https://www.amazon.de/kindle-dbs/ku/ku-central",
            "#ffd814",
            "#0f1111",
            8,
        )
        + p("Mit freundlichen Grüßen<br />Amazon.de")
    )
    add(
        "2026-03-21 08:05",
        sender,
        "Erinnerung: Zahlung für Kindle Unlimited offen",
        alt(amazon_frame(inner, "Ihre Mitgliedschaft endet bald")),
        ["Kindle Unlimited"],
        "kindle-unlimited-erinnerung",
        tz="utc",
        mid_style="ses",
    )
    inner = row(
        p("Hallo Lena Huber,")
        + p(
            "da wir die Mitgliedsgebühr nicht belasten konnten, wurde Ihre Kindle Unlimited-Mitgliedschaft am 28.03.2026 beendet. "
            "Ausgeliehene Kindle Unlimited-Titel wurden aus Ihrer Bibliothek entfernt. Gekaufte eBooks bleiben erhalten."
        )
        + p("Sie können jederzeit erneut Mitglied werden – für 11,99 € im Monat.")
        + p("Mit freundlichen Grüßen<br />Amazon.de")
    )
    add(
        "2026-03-29 07:58",
        sender,
        "Ihre Kindle Unlimited-Mitgliedschaft wurde beendet",
        alt(amazon_frame(inner, "Mitgliedschaft beendet")),
        ["Kindle Unlimited"],
        "kindle-unlimited-beendet",
        tz="utc",
        mid_style="ses",
    )


# =============================================================================================
# everything else: shops, travel, government, banks, landlords, friends, newsletters, marketing
# =============================================================================================

JOHANNA = ("Johanna Berger", "jo.berger@gmx.de")
MAMA = ("Brigitte Huber", "brigitte.huber@t-online.de")
KATHI = ("Katharina Steiner", "kathi.steiner@gmx.at")
PICHLER = ("Mag. Gerhard Pichler", "g.pichler@aon.at")
OBERMAIER = ("Renate Obermaier", "renate.obermaier@web.de")


def amazon_orders() -> None:
    sender = ("Amazon.de", "bestellbestaetigung@amazon.de")

    def order(
        when: str, onr: str, items: list[tuple[str, int, str]], ship: str, total: str, addr: str, arrival: str
    ) -> None:
        trs = "".join(
            f'<tr><td style="padding:8px 0;border-bottom:1px solid #eee;">{n}<br /><span style="color:#565959">Menge: {q}</span></td>'
            f'<td align="right" style="padding:8px 0;border-bottom:1px solid #eee;">{pr}</td></tr>'
            for n, q, pr in items
        )
        inner = row(
            '<h2 style="font-size:20px;margin:0 0 8px 0;">Vielen Dank für Ihre Bestellung.</h2>'
            + p(
                f"Hallo Lena Huber,<br />wir bestätigen Ihnen, dass Ihre Bestellung eingegangen ist. Voraussichtliche Lieferung: <b>{arrival}</b>."
            )
            + p(f"Bestellnummer <b>{onr}</b><br />Lieferung an: Lena Huber, {addr}", 13)
            + f'<table width="100%" style="font-size:13px;">{trs}</table>'
            + kv_table(
                [
                    ("Versand", ship),
                    ("<b>Gesamtsumme (inkl. MwSt.)</b>", f"<b>{total}</b>"),
                    ("Zahlungsart", "Visa •••• 7302"),
                ],
                font_size=13,
            )
            + button(
                "Bestellung anzeigen",
                f"https://www.amazon.de/gp/your-account/order-details?orderID={onr}",
                "#ffd814",
                "#0f1111",
                8,
            )
        )
        first = items[0][0]
        more = (
            f" und {len(items) - 1} weiterer Artikel"
            if len(items) == 2
            else (f" und {len(items) - 1} weitere Artikel" if len(items) > 2 else "")
        )
        short = first if len(first) <= 40 else first[:40].rstrip() + "…"
        add(
            when,
            sender,
            f"Bestellt: „{short}“{more}",
            alt(amazon_frame(inner, f"Bestellung {onr}")),
            [],
            "amazon-bestellung",
            tz="utc",
            mid_style="ses",
        )

    order(
        "2025-12-05 20:41",
        "302-4471829-1190345",
        [
            ("Philips Hue White Ambiance E27 Doppelpack", 1, "44,99 €"),
            ("Lindt Adventskalender Teddy 2025", 2, "33,98 €"),
        ],
        "0,00 €",
        "78,97 €",
        MUC_ADDR,
        "Dienstag, 9. Dezember",
    )
    order(
        "2026-02-05 21:17",
        "302-8810274-5526631",
        [
            ("Umzugskartons 20 Stück, 2-wellig, 635 x 355 x 345 mm", 2, "59,98 €"),
            ("tesa Packband 6 Rollen braun", 1, "12,49 €"),
            ("Luftpolsterfolie 50 cm x 100 m", 1, "19,90 €"),
        ],
        "0,00 €",
        "92,37 €",
        MUC_ADDR,
        "Samstag, 7. Februar",
    )
    order(
        "2026-11-12 19:55",
        "305-1290478-6637219",
        [("BRITA Wasserfilter-Kartuschen MAXTRA PRO All-in-1, 12er Pack", 1, "54,99 €")],
        "4,99 €",
        "59,98 €",
        VIE_ADDR + ", Österreich",
        "Montag, 16. November",
    )

    inner = row(
        '<h2 style="font-size:22px;margin:0 0 10px 0;">Lena, testen Sie Prime 30 Tage gratis</h2>'
        + p(
            "Schneller kostenloser Premiumversand, Prime Video, Amazon Music Prime und Prime Gaming – jetzt 30 Tage kostenlos, "
            "danach 8,99 € im Monat oder 89,90 € im Jahr. Jederzeit kündbar."
        )
        + button("Jetzt gratis testen", "https://www.amazon.de/prime?ref=em_pr", "#ffd814", "#0f1111", 8)
        + p('<a href="https://www.amazon.de/gp/gss/unsubscribe">Abbestellen</a>', 11, "#888888")
    )
    add(
        "2026-06-03 15:00",
        ("Amazon Prime", "prime@amazon.de"),
        "Lena, testen Sie Prime 30 Tage gratis",
        alt(amazon_frame(inner, "Schneller Versand, Prime Video und mehr")),
        [],
        "amazon-prime-werbung",
        tz="utc",
        list_unsub="https://www.amazon.de/gp/gss/unsubscribe",
        mid_style="ses",
    )


def zalando() -> None:
    def frame(inner: str, pre: str) -> str:
        head = '<tr><td style="padding:20px 32px;"><span style="font-size:24px;color:#ff6900;font-weight:bold;">zalando</span></td></tr>'
        foot = footer(
            "Zalando SE · Valeska-Gert-Straße 5 · 10243 Berlin · Amtsgericht Charlottenburg HRB 158855 B · USt-IdNr. DE 260543043<br />"
            '<a href="https://www.zalando.de/faq/">Hilfe &amp; Kontakt</a>'
        )
        return page("Zalando", head + inner + foot, bg="#f5f5f5", preheader=pre)

    inner = row(
        '<h1 style="font-size:22px;margin:0 0 12px 0;">Danke für deine Bestellung!</h1>'
        + p("Hallo Lena,")
        + p("wir haben deine Bestellung erhalten und bereiten sie für den Versand vor.")
        + kv_table(
            [
                ("Bestellnummer", "10105822417713"),
                ("VAUDE Women's Escape Light Jacket – Regenjacke · Größe 38 · eclipse", "129,95 €"),
                ("Versand", "0,00 €"),
                ("<b>Gesamt (inkl. MwSt.)</b>", "<b>129,95 €</b>"),
                ("Zahlungsart", "Rechnung – zahlbar in 30 Tagen"),
            ]
        )
        + p("<br />Voraussichtliche Lieferung: Fr., 13.03. – Mo., 16.03.2026")
    )
    add(
        "2026-03-11 12:20",
        ("Zalando", "info@service-mail.zalando.de"),
        "Danke für deine Bestellung",
        html_only(frame(inner, "Bestellung 10105822417713")),
        [],
        "zalando-bestellung",
        mid_style="uuid",
    )

    inner = row(
        '<h1 style="font-size:22px;margin:0 0 12px 0;">Deine Bestellung ist unterwegs</h1>'
        + p("Hallo Lena, gute Nachrichten: Dein Paket wurde an DHL übergeben.")
        + kv_table(
            [
                ("Bestellnummer", "10105822417713"),
                ("Sendungsnummer", "00340434161094022117"),
                ("Lieferung", "Fr., 13.03.2026"),
            ]
        )
        + button(
            "Sendung verfolgen",
            "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094022117",
            "#ff6900",
        )
    )
    add(
        "2026-03-12 18:02",
        ("Zalando", "info@service-mail.zalando.de"),
        "Deine Bestellung ist unterwegs",
        html_only(frame(inner, "DHL-Sendung")),
        [],
        "zalando-versand",
        mid_style="uuid",
    )

    inner = row(
        '<h1 style="font-size:22px;margin:0 0 12px 0;">Deine Rücksendung ist angekommen</h1>'
        + p("Hallo Lena,")
        + p(
            "wir haben deine Rücksendung erhalten und geprüft. Da du per Rechnung bezahlt hast, haben wir die offene Rechnung "
            "storniert – du musst nichts überweisen."
        )
        + kv_table(
            [
                ("Bestellnummer", "10105822417713"),
                ("VAUDE Women's Escape Light Jacket – Größe 38", "129,95 €"),
                ("<b>Gutschrift</b>", "<b>129,95 €</b>"),
            ]
        )
    )
    add(
        "2026-04-03 09:31",
        ("Zalando", "info@service-mail.zalando.de"),
        "Deine Rückerstattung über 129,95 €",
        html_only(frame(inner, "Rücksendung erhalten")),
        [],
        "zalando-rueckerstattung",
        mid_style="uuid",
    )


def trains() -> None:
    def db_frame(inner: str, pre: str) -> str:
        head = (
            '<tr><td style="padding:16px 28px;border-bottom:1px solid #d7dce1;"><span style="display:inline-block;border:2px solid #ec0016;'
            'color:#ec0016;font-weight:bold;padding:2px 6px;font-size:16px;">DB</span></td></tr>'
        )
        foot = footer(
            "DB Fernverkehr AG · Stephensonstraße 1 · 60326 Frankfurt am Main · Registergericht Frankfurt am Main HRB 83202<br />"
            "Bitte beachten Sie: Ihr Ticket gilt nur zusammen mit dem bei der Buchung angegebenen Ausweis.",
            bg="#f0f3f5",
        )
        return page(
            "Deutsche Bahn",
            head + inner + foot,
            font="'DB Screen Sans',Arial,sans-serif",
            bg="#f0f3f5",
            preheader=pre,
        )

    inner = row(
        '<h1 style="font-size:22px;margin:0 0 12px 0;">Ihre Buchungsbestätigung</h1>'
        + p(
            "Guten Tag Frau Huber,<br />vielen Dank für Ihre Buchung. Ihr Handy-Ticket finden Sie im DB Navigator."
        )
        + kv_table(
            [
                ("Auftragsnummer", "7QX4KB"),
                ("Hinfahrt", "Di., 23.12.2025 · München Hbf 09:28 → Hamburg Hbf 15:39 · ICE 880"),
                ("Rückfahrt", "So., 28.12.2025 · Hamburg Hbf 12:01 → München Hbf 18:11 · ICE 587"),
                ("Reisende", "2 Erwachsene"),
                ("Tarif", "Super Sparpreis, 2. Klasse, inkl. Sitzplatzreservierung"),
                ("Enthaltene MwSt. (7 %)", "9,15 €"),
                ("<b>Gesamtpreis</b>", "<b>139,80 €</b>"),
                ("Zahlungsmittel", "Visa •••• 7302"),
            ],
            label_w=30,
        )
        + p("<br />Gute Reise wünscht Ihnen Ihre Deutsche Bahn")
    )
    add(
        "2025-12-08 22:05",
        ("DB Fahrkartenservice", "buchungsbestaetigung@bahn.de"),
        "Ihre Buchungsbestätigung (Auftrag 7QX4KB)",
        alt(db_frame(inner, "München Hbf → Hamburg Hbf")),
        [],
        "db-buchung",
        mid_style="java",
    )

    inner = row(
        '<h1 style="font-size:22px;margin:0 0 12px 0;">Ihre Buchungsbestätigung</h1>'
        + p("Guten Tag Frau Huber,<br />vielen Dank für Ihre Buchung.")
        + kv_table(
            [
                ("Auftragsnummer", "3MR8WZ"),
                ("Hinfahrt", "Fr., 07.08.2026 · Wien Hbf 08:30 → München Hbf 12:30 · RJX 62"),
                ("Rückfahrt", "So., 09.08.2026 · München Hbf 17:28 → Wien Hbf 21:30 · RJX 69"),
                ("Reisende", "2 Erwachsene"),
                ("Tarif", "Sparpreis Europa, 2. Klasse"),
                ("<b>Gesamtpreis</b>", "<b>119,60 €</b>"),
                ("Zahlungsmittel", "Visa •••• 7302"),
            ],
            label_w=30,
        )
        + p("<br />Gute Reise wünscht Ihnen Ihre Deutsche Bahn")
    )
    add(
        "2026-07-21 20:48",
        ("DB Fahrkartenservice", "buchungsbestaetigung@bahn.de"),
        "Ihre Buchungsbestätigung (Auftrag 3MR8WZ)",
        alt(db_frame(inner, "Wien Hbf → München Hbf")),
        [],
        "db-buchung",
        mid_style="java",
    )

    def obb_frame(inner: str, pre: str) -> str:
        head = '<tr><td style="padding:16px 28px;background:#e2002a;color:#ffffff;font-weight:bold;font-size:20px;">ÖBB</td></tr>'
        foot = footer(
            "ÖBB-Personenverkehr AG · Am Hauptbahnhof 2 · 1100 Wien · FN 248742y · Handelsgericht Wien<br />"
            "ÖBB Kundenservice: 05-1717",
            bg="#f2f2f2",
        )
        return page("ÖBB", head + inner + foot, bg="#f2f2f2", preheader=pre)

    inner = row(
        p(
            "Sehr geehrte Frau Huber,<br />vielen Dank für Ihre Buchung bei den ÖBB. Ihre Tickets finden Sie in der ÖBB App und im Anhang."
        )
        + kv_table(
            [
                ("Buchungscode", "NJ4K8T2Q"),
                ("Verbindung", "Fr., 17.07.2026 · Wien Hbf 21:25 → Venezia S. Lucia 07:48 · NJ 40233"),
                ("Kategorie", "Nightjet Liegewagen, 4er-Abteil, 2 Personen"),
                ("<b>Gesamtpreis</b>", "<b>€ 189,80</b>"),
                ("Zahlung", "Kreditkarte Visa •••• 7302"),
            ],
            label_w=30,
        )
        + p("<br />Gute Reise!<br />Ihre ÖBB")
    )
    add(
        "2026-06-12 22:40",
        ("ÖBB Ticketshop", "noreply@oebb.at"),
        "Ihre Buchung NJ4K8T2Q – Nightjet nach Venedig",
        with_attachments(
            alt(obb_frame(inner, "Wien → Venedig")),
            [
                attachment(
                    "application/pdf",
                    "OeBB_Ticket_NJ4K8T2Q.pdf",
                    make_pdf(["OEBB Ticket NJ4K8T2Q", "Wien Hbf - Venezia S. Lucia", "EUR 189,80"]),
                )
            ],
        ),
        [],
        "oebb-nightjet",
        mid_style="uuid",
    )

    inner = row(
        p("Sehr geehrte Frau Huber,<br />Ihre Sitzplatzreservierung ist bestätigt.")
        + kv_table(
            [
                ("Buchungscode", "RS7Q2M1L"),
                ("Verbindung", "Fr., 02.10.2026 · Wien Hbf 14:30 → Innsbruck Hbf 18:45 · RJX 662"),
                ("Platz", "Wagen 24, Platz 65"),
                ("Fahrkarte", "KlimaTicket Ö (bitte bei der Kontrolle vorzeigen)"),
                ("<b>Preis Reservierung</b>", "<b>€ 3,00</b>"),
            ],
            label_w=30,
        )
        + p("<br />Gute Reise!<br />Ihre ÖBB")
    )
    add(
        "2026-09-25 12:07",
        ("ÖBB Ticketshop", "noreply@oebb.at"),
        "Ihre Sitzplatzreservierung RS7Q2M1L",
        alt(obb_frame(inner, "Wien → Innsbruck")),
        [],
        "oebb-reservierung",
        mid_style="uuid",
    )


def paypal_other() -> None:
    x = "2026-05-22 21:10"
    inner = row(
        p("Hallo Lena Huber,", 16)
        + p("Sie haben <b>42,50 € EUR</b> an Johanna Berger gesendet.", 16)
        + kv_table(
            [
                ("Transaktionscode", "0RT55412BD3316620"),
                ("Transaktionsdatum", "22. Mai 2026"),
                ("Empfänger", "Johanna Berger<br />jo.berger@gmx.de"),
                ("Art", "Geld an Freunde und Familie senden"),
                ("Mitteilung", "Konzertkarten Tocotronic 🎸 danke!!"),
                ("<b>Gesamt</b>", "<b>42,50 € EUR</b>"),
            ],
            label_w=40,
        ),
        "10px 40px 24px 40px",
    )
    add(
        x,
        ("PayPal", "service@paypal.de"),
        "Sie haben eine Zahlung an Johanna Berger gesendet",
        html_only(paypal_frame(inner, "42,50 € an Johanna Berger")),
        [],
        "paypal-johanna",
        tz="pacific",
        mid_style="java",
    )

    paypal_receipt(
        "2026-07-15 19:33",
        "FlixMobility GmbH",
        "service@flixbus.de",
        D("24.98"),
        "FlixBus Wien Erdberg → Bratislava, 01.08.2026, 2 Fahrgäste",
        "2AL40928XC1177453",
        IBAN_ERSTE,
        [],
        "paypal-flixbus",
        automatic=False,
        descriptor="FLIXBUS",
    )
    inner = row(
        p("Hallo Lena Huber,", 16)
        + p(
            "vielen Dank für Ihre Zahlung mit PayPal. Hiermit kündigen wir Ihnen die folgende SEPA-Lastschrift an:"
        )
        + kv_table(
            [
                ("Betrag", "24,98 €"),
                ("Einzug ab", "17.07.2026"),
                ("Empfänger der Zahlung", "FlixMobility GmbH"),
                ("Bankkonto", mask_iban(IBAN_ERSTE)),
                ("Mandatsreferenz", "5TGJ224UHQ8R2"),
                ("Gläubiger-Identifikationsnummer", "LU96ZZZ0000000000000000058"),
                ("Transaktionscode", "2AL40928XC1177453"),
            ],
            label_w=45,
        )
        + p(
            "<br />Bitte sorgen Sie für ausreichende Deckung auf Ihrem Bankkonto. Bei einer Rücklastschrift können Gebühren anfallen.",
            12,
            "#6c7378",
        ),
        "10px 40px 24px 40px",
    )
    add(
        "2026-07-15 19:34",
        ("PayPal", "service@paypal.de"),
        "Ankündigung einer Lastschrift",
        html_only(paypal_frame(inner, "SEPA-Lastschrift 24,98 €")),
        [],
        "paypal-lastschrift",
        tz="pacific",
        mid_style="java",
    )


def government_and_banks() -> None:
    text = f"""Sehr geehrte Frau Huber,

Ihre Abmeldung über den Online-Service der Landeshauptstadt München wurde
erfolgreich bearbeitet.

Vorgangsnummer:   KVR-OA-2026-0330-118274
Abgemeldete Wohnung: {MUC_ADDR}
Auszugsdatum:     28.03.2026
Neue Wohnung:     {VIE_ADDR}, Österreich

Ihre Abmeldebestätigung steht als PDF-Dokument in Ihrem BayernID-Postfach zum
Download bereit. Bitte bewahren Sie die Bestätigung auf; sie wird z. B. vom
Beitragsservice oder Ihrer Krankenkasse benötigt.

Mit freundlichen Grüßen
Landeshauptstadt München
Kreisverwaltungsreferat - Bürgerbüro

Diese E-Mail wurde automatisch erzeugt.
"""
    add(
        "2026-03-30 11:16",
        ("Landeshauptstadt München, Bürgerbüro", "noreply@muenchen.de"),
        "Ihre Abmeldung - Bestätigung",
        text_only(text, "iso-8859-1"),
        [],
        "lhm-abmeldung",
        hstyle="l1",
        mid_style="java",
    )

    text = """Sehr geehrte Frau Huber,

in Ihrem ELSTER-Postfach ist eine neue Nachricht eingegangen:

Betreff: Bescheid für 2025 über Einkommensteuer, Solidaritätszuschlag
Absender: Finanzamt München
Steuernummer: 146/234/55810

Bitte melden Sie sich unter https://www.elster.de an, um die Nachricht abzurufen.
Der Bescheid gilt am vierten Tag nach der Bereitstellung zum Abruf als bekannt
gegeben.

Diese Benachrichtigung wurde automatisch erstellt. Bitte antworten Sie nicht
auf diese E-Mail.

Ihr ELSTER-Team
"""
    add(
        "2026-07-08 04:31",
        ("ELSTER", "noreply@elster.de"),
        "Neue Nachricht in Ihrem ELSTER-Postfach",
        text_only(text, "iso-8859-1"),
        [],
        "elster-bescheid",
        hstyle="l1",
        mid_style="java",
    )

    text = """Sehr geehrte Frau Huber,

in Ihrer FinanzOnline DataBox ist ein neues Dokument eingelangt:

Dokument: Ersuchen um Ergänzung – Arbeitnehmerveranlagung 2026 (Zuzug)
Finanzamt: Finanzamt Österreich, Dienststelle Wien 6/7/15

Bitte melden Sie sich unter https://finanzonline.bmf.gv.at an, um das Dokument
einzusehen.

Mit freundlichen Grüßen
Ihr FinanzOnline-Team
Bundesministerium für Finanzen
"""
    add(
        "2026-10-20 07:12",
        ("FinanzOnline", "noreply@bmf.gv.at"),
        "FinanzOnline: Neues Dokument in Ihrer DataBox",
        text_only(text),
        [],
        "finanzonline-databox",
        mid_style="java",
    )

    inner = row(
        '<h1 style="font-size:22px;margin:0 0 12px 0;color:#2870ed;">Willkommen bei George!</h1>'
        + p("Sehr geehrte Frau Huber,")
        + p(
            "Ihr Gemeinschaftskonto ist eröffnet. Ab sofort erledigen Sie Ihre Bankgeschäfte mit George – am Computer und in der App."
        )
        + kv_table(
            [
                ("Konto", "s Komfortkonto (Gemeinschaftskonto)"),
                ("Kontoinhaber", "Lena Huber, Tobias Maier"),
                ("IBAN", IBAN_ERSTE),
                ("BIC", "GIBAATWWXXX"),
                ("Kontoführung", "€ 7,90 pro Monat"),
            ]
        )
        + p("<br />Ihre Debitkarten werden Ihnen in den nächsten Tagen per Post zugestellt.")
        + p("Freundliche Grüße<br />Ihre Erste Bank")
    )
    add(
        "2026-04-01 10:02",
        ("Erste Bank", "george@erstebank.at"),
        "Willkommen bei George – Ihr Konto ist eröffnet",
        alt(
            page(
                "George",
                inner
                + footer(
                    "Erste Bank der oesterreichischen Sparkassen AG · Am Belvedere 1 · 1100 Wien · FN 286283f"
                ),
            )
        ),
        [],
        "erste-willkommen",
        mid_style="uuid",
    )

    text = f"""Sehr geehrte Frau Huber, sehr geehrter Herr Maier,

wie gewünscht haben wir Ihr Girokonto

  IBAN {IBAN_SSKM}

zum 24.04.2026 aufgelöst. Das Restguthaben in Höhe von 1.842,16 EUR haben
wir auf Ihr Konto {IBAN_ERSTE} überwiesen.

Bitte denken Sie daran, allen Zahlungsempfängern, die Beträge per
Lastschrift einziehen, Ihre neue Bankverbindung mitzuteilen. Lastschriften,
die nach dem 24.04.2026 eingehen, können nicht mehr eingelöst werden.

Wir bedanken uns für Ihr langjähriges Vertrauen und wünschen Ihnen für
Ihre Zukunft in Wien alles Gute.

Mit freundlichen Grüßen
Stadtsparkasse München
Kundenservice-Center · Sparkassenstraße 2 · 80331 München
"""
    add(
        "2026-04-24 15:44",
        ("Stadtsparkasse München", "kundenservice@sskm.de"),
        "Bestätigung der Kontoauflösung",
        text_only(text, "iso-8859-1"),
        [],
        "sskm-kontoaufloesung",
        hstyle="l1",
        mid_style="java",
    )

    text = """Sehr geehrte Frau Huber,

vielen Dank für Ihre Spende an ÄRZTE OHNE GRENZEN.

Im Anhang finden Sie Ihre Zuwendungsbestätigung für das Jahr 2025 zur Vorlage
beim Finanzamt:

  Art der Zuwendung: Geldzuwendung
  Betrag:            120,00 Euro (in Worten: einhundertzwanzig)
  Tag der Zuwendung: 18.12.2025

Es handelt sich nicht um den Verzicht auf die Erstattung von Aufwendungen.
Ärzte ohne Grenzen e. V. ist wegen Förderung des öffentlichen Gesundheits-
wesens nach dem letzten Freistellungsbescheid des Finanzamts Berlin für
Körperschaften I als gemeinnützig anerkannt.

Danke, dass Sie uns helfen, Menschen in Not medizinisch zu versorgen.

Herzliche Grüße
Ihr Spendenservice
Ärzte ohne Grenzen e. V. · Schwedenstraße 9 · 13359 Berlin
"""
    add(
        "2026-02-04 10:30",
        ("Ärzte ohne Grenzen", "spenden@aerzte-ohne-grenzen.de"),
        "Ihre Zuwendungsbestätigung 2025",
        with_attachments(
            text_only(text),
            [
                attachment(
                    "application/pdf",
                    "Zuwendungsbestaetigung_2025.pdf",
                    make_pdf(
                        [
                            "Aerzte ohne Grenzen e.V.",
                            "Zuwendungsbestaetigung 2025",
                            "Lena Huber",
                            "Betrag 120,00 Euro, 18.12.2025",
                        ]
                    ),
                )
            ],
        ),
        [],
        "aerzte-ohne-grenzen",
        hstyle="b",
        mid_style="uuid",
    )

    text = """Liebe Lena,

vielen Dank für deine Spende in Höhe von 25,00 € an Wikipedia!

Deine einmalige Spende hilft, Wikipedia werbefrei und unabhängig zu halten.
Für Spenden bis 300 € genügt dein Kontoauszug als Nachweis für das Finanzamt.

Herzlichen Dank
Franziska Heine
Geschäftsführender Vorstand, Wikimedia Deutschland e. V.
Tempelhofer Ufer 23-24, 10963 Berlin
"""
    add(
        "2025-12-12 13:26",
        ("Wikimedia Deutschland", "spenden@wikimedia.de"),
        "Danke für deine Spende!",
        text_only(text),
        [],
        "wikimedia-spende",
        mid_style="uuid",
    )

    text = """Sehr geehrte Frau Huber,

vielen Dank für Ihren Auftrag. Ihr Nachsendeauftrag ist eingerichtet:

Auftragsnummer:  NSA-2026-88412734
Produkt:         Nachsendeservice International (Privat), 12 Monate
Alte Anschrift:  Lena Huber, Tobias Maier, Tulbeckstraße 21, 80339 München
Neue Anschrift:  Gumpendorfer Straße 88/14, 1060 Wien, ÖSTERREICH
Beginn:          28.03.2026
Ende:            27.03.2027
Preis:           59,90 EUR (einmalig, bereits bezahlt per Kreditkarte)

Bitte beachten Sie: Der Nachsendeauftrag verlängert sich nicht automatisch.

Mit freundlichen Grüßen
Deutsche Post AG
"""
    add(
        "2026-02-20 16:50",
        ("Deutsche Post Nachsendeservice", "nachsendeservice@deutschepost.de"),
        "Bestätigung Ihres Nachsendeauftrags",
        text_only(text),
        [],
        "post-nachsendeauftrag",
        mid_style="java",
    )

    text = """Sehr geehrte Frau Huber, sehr geehrter Herr Maier,

vielen Dank für Ihren Auftrag. Anbei erhalten Sie unsere Rechnung:

Rechnung Nr. 2026-0412
Umzug München (Tulbeckstraße 21, 3. OG) – Wien (Gumpendorfer Straße 88, 2. OG)
Leistungsdatum: 27.–28.03.2026

  Umzug pauschal lt. Angebot vom 02.02.2026 (2 Mann, 7,5-t-LKW)   1.780,00 EUR
  Halteverbotszone München                                         120,00 EUR
  Verpackungsmaterial                                               100,00 EUR
  Nettobetrag                                                     2.000,00 EUR
  zzgl. 19 % MwSt.                                                  380,00 EUR
  Rechnungsbetrag                                                 2.380,00 EUR

Bitte überweisen Sie den Rechnungsbetrag bis zum 16.04.2026 ohne Abzug auf
IBAN DE44 7025 0150 0028 4471 19 (Kreissparkasse München Starnberg Ebersberg).

Mit freundlichen Grüßen
Umzüge Brandl GmbH
Fürstenrieder Straße 211 · 81377 München · HRB 190822 · USt-IdNr. DE 281 447 190
"""
    add(
        "2026-04-02 17:08",
        ("Umzüge Brandl GmbH", "buero@umzuege-brandl.de"),
        "Rechnung Nr. 2026-0412 – Ihr Umzug nach Wien",
        with_attachments(
            text_only(text),
            [
                attachment(
                    "application/pdf",
                    "Rechnung_2026-0412.pdf",
                    make_pdf(["Umzuege Brandl GmbH", "Rechnung 2026-0412", "Rechnungsbetrag 2.380,00 EUR"]),
                )
            ],
        ),
        [],
        "umzug-rechnung",
        mid_style="plain",
    )

    inner = row(
        '<h1 style="font-size:22px;margin:0 0 12px 0;color:#0058a3;">Danke für deine Bestellung!</h1>'
        + p(
            "Hej Lena,<br />deine Bestellung ist eingegangen. Wir melden uns, sobald wir den Liefertermin festlegen."
        )
        + kv_table(
            [
                ("Bestellnummer", "1337448291"),
                ("KALLAX Regal, weiß, 147x147 cm", "€ 89,99"),
                ("MALM Bettgestell hoch, 160x200", "€ 299,00"),
                ("LINDBÅDEN Bild, 70x50", "€ 29,99"),
                ("SÖDERHAMN 3er-Sitzelement", "€ 386,02"),
                ("Lieferung (Wien)", "€ 59,00"),
                ("<b>Gesamt inkl. 20 % MwSt.</b>", "<b>€ 864,00</b>"),
            ]
        )
        + p("<br />Dein IKEA Team")
    )
    add(
        "2026-04-09 20:35",
        ("IKEA Österreich", "noreply@ikea.at"),
        "Deine IKEA Bestellung 1337448291",
        alt(page("IKEA", inner + footer("IKEA Möbelvertrieb OHG · Sverigestraße 1 · 1220 Wien · FN 88612a"))),
        [],
        "ikea-bestellung",
        mid_style="uuid",
    )

    inner = row(
        p("Hallo Lena,")
        + p("du hast eine neue Nachricht zu deiner Anzeige <b>„Kommode Kiefer massiv, 3 Laden“</b> (€ 40,–):")
        + p(
            "<i>„Hallo, ist die Kommode noch zu haben? Ich könnte am Samstag in Wien 6 vorbeikommen. LG Martin“</i>"
        )
        + button("Nachricht beantworten", "https://www.willhaben.at/iad/myprofile/chat", "#00a0e3")
    )
    add(
        "2026-05-14 19:20",
        ("willhaben", "noreply@willhaben.at"),
        "Neue Nachricht zu deiner Anzeige „Kommode Kiefer massiv“",
        html_only(
            page(
                "willhaben",
                inner
                + footer(
                    "willhaben internet service GmbH &amp; Co KG · Landstraßer Hauptstraße 97-101 · 1030 Wien"
                ),
            )
        ),
        [],
        "willhaben-nachricht",
        mid_style="uuid",
    )

    inner = row(
        p("Hallo Lena,")
        + p("vielen Dank für deine Bestellung bei oeticket.com!")
        + kv_table(
            [
                ("Bestellnummer", "OE-7712048135"),
                ("Veranstaltung", "Bilderbuch – Live 2026"),
                ("Ort / Datum", "Wiener Stadthalle, Halle D · 21.11.2026, 20:00"),
                ("Tickets", "2 × Stehplatz à € 69,90"),
                ("Servicegebühr", "€ 7,80"),
                ("<b>Gesamt</b>", "<b>€ 147,60</b>"),
            ]
        )
        + p("<br />Deine Tickets findest du als Mobile Ticket in der oeticket App.")
    )
    add(
        "2026-09-02 10:04",
        ("oeticket.com", "noreply@oeticket.com"),
        "Deine Bestellung OE-7712048135 – Bilderbuch",
        html_only(
            page(
                "oeticket", inner + footer("CTS Eventim Austria GmbH · Mariahilfer Straße 41-43 · 1060 Wien")
            )
        ),
        [],
        "oeticket-bestellung",
        mid_style="uuid",
    )


def landlords_and_friends() -> None:
    text = """Sehr geehrte Frau Huber, sehr geehrter Herr Maier,

wie besprochen übermittle ich Ihnen anbei den Entwurf des Mietvertrags für die
Wohnung Gumpendorfer Straße 88/14, 1060 Wien (68 m², Altbau, 2. Stock).

Die wichtigsten Eckdaten:
- Mietbeginn: 15.03.2026, befristet auf 5 Jahre
- Hauptmietzins: € 890,00
- Betriebskosten-Akonto: € 185,00
- 10 % USt.: € 107,50
- Gesamtmiete monatlich: € 1.182,50, zahlbar im Vorhinein bis zum 5. eines
  jeden Monats
- Kaution: drei Bruttomonatsmieten (€ 3.547,50)

Wenn Sie einverstanden sind, können wir den Vertrag bei der Schlüsselübergabe
am 14.03. unterschreiben. Die Vergebührung beim Finanzamt übernehme ich.

Mit freundlichen Grüßen
Mag. Gerhard Pichler
"""
    add(
        "2026-01-16 16:22",
        PICHLER,
        "Mietvertrag Gumpendorfer Straße 88/14 – Entwurf",
        with_attachments(
            text_only(text),
            [
                attachment(
                    "application/pdf",
                    "Mietvertrag_Gumpendorfer88-14_Entwurf.pdf",
                    make_pdf(
                        [
                            "MIETVERTRAG",
                            "Gumpendorfer Strasse 88/14, 1060 Wien",
                            "Gesamtmiete EUR 1.182,50 monatlich",
                        ]
                    ),
                )
            ],
        ),
        [],
        "vermieter-mietvertrag",
        to=f"{enc_addr(*LENA, style='q')}, {enc_addr(*TOBIAS, style='q')}",
        mid_style="plain",
    )

    text = """Sehr geehrte Frau Huber,

die Miete für April ist eingelangt, danke. Ab Mai bitte wie besprochen per
Dauerauftrag jeweils bis zum 5. des Monats:

  Empfänger: Gerhard Pichler
  IBAN: AT48 1200 0100 2245 8811
  Betrag: € 1.182,50
  Verwendungszweck: Miete Top 14

Die Betriebskostenabrechnung für 2026 bekommen Sie bis Ende Juni 2027.

Schönen Gruß
G. Pichler
"""
    add(
        "2026-04-10 09:15",
        PICHLER,
        "Miete / Dauerauftrag",
        text_only(text),
        [],
        "vermieter-dauerauftrag",
        mid_style="plain",
    )

    text = """Liebe Frau Huber, lieber Herr Maier,

hiermit bestätige ich den Eingang Ihrer Kündigung vom 26.01.2026. Das
Mietverhältnis über die Wohnung Tulbeckstraße 21, 3. OG links endet
fristgerecht zum 31.03.2026.

Als Termin für die Wohnungsübergabe schlage ich Dienstag, den 31.03.2026 um
10 Uhr vor. Bitte denken Sie daran, die Dübellöcher zu schließen.

Viele Grüße
Renate Obermaier
"""
    add(
        "2026-01-29 18:40",
        OBERMAIER,
        "Re: Kündigung Wohnung Tulbeckstraße 21",
        text_only(text),
        [],
        "vermieterin-kuendigung",
        mid_style="plain",
    )

    text = """Liebe Frau Huber,

die Kaution für die Tulbeckstraße habe ich Ihnen heute zurücküberwiesen:
2.550,00 € zzgl. Zinsen 64,37 € = 2.614,37 € auf Ihr österreichisches Konto.

Alles Gute in Wien!
Renate Obermaier
"""
    add(
        "2026-04-29 12:02",
        OBERMAIER,
        "Kaution",
        text_only(text),
        [],
        "vermieterin-kaution",
        mid_style="plain",
    )

    add(
        "2025-12-13 10:48",
        JOHANNA,
        "Glühwein am Samstag?",
        text_only(
            "Hey Lena,\n\nSamstag Christkindlmarkt am Sendlinger Tor? So gegen 17 Uhr? Tobi natürlich auch 😊\n"
            "Und ich will ALLES über Wien hören. Habt ihr schon Wohnungen angeschaut?\n\nBussi\nJo\n",
            flowed=True,
        ),
        [],
        "johanna-gluehwein",
        mid_style="uuid",
    )
    add(
        "2025-12-20 23:12",
        TOBIAS,
        "Wohnungen Wien – meine Favoriten",
        text_only(
            "Hab mal drei rausgesucht, die wir am 9.1. anschauen könnten:\n\n"
            "1) Gumpendorfer Str., 68 m², Altbau, € 1.180 inkl. BK – https://www.willhaben.at/iad/immobilien/d/mietwohnungen/wien/wien-1060-mariahilf/812771403\n"
            "2) Zieglergasse, 61 m², € 1.090 – https://www.willhaben.at/iad/immobilien/d/mietwohnungen/wien/wien-1070-neubau/809921847\n"
            "3) Landstraßer Hauptstr., 74 m², € 1.320, mit Balkon\n\nDie 1) ist mein Favorit, 5 Min zur U4.\nT.\n"
        ),
        [],
        "tobias-wohnungen",
        mid_style="gmail",
    )
    add(
        "2026-01-12 19:03",
        MAMA,
        "Umzug",
        text_only(
            "Liebe Lena,\n\nPapa und ich haben uns überlegt: wir kommen am 27.3. und helfen beim Packen. Papa kann auch den "
            "Transporter fahren, falls die Umzugsfirma doch zu teuer ist.\n\nSag Bescheid, ob ihr noch Kartons braucht, "
            "wir haben im Keller noch welche.\n\nBussi, Mama\n\nVon meinem iPad gesendet\n"
        ),
        [],
        "mama-umzug",
        mid_style="uuid",
    )
    add(
        "2026-05-06 12:30",
        KATHI,
        "Willkommen in Wien! 🍷",
        text_only(
            "Hallo Lena,\n\nschön, dass du jetzt bei uns im Team bist! Wie versprochen: Am Freitag gehen ein paar von uns zum "
            "Heurigen nach Grinzing. Magst du mit Tobias mitkommen? Treffpunkt 18 Uhr Schottentor, dann mit dem 38er rauf.\n\n"
            "Liebe Grüße\nKathi\n",
            flowed=True,
        ),
        [],
        "kathi-heuriger",
        mid_style="uuid",
    )
    add(
        "2026-11-05 21:50",
        JOHANNA,
        "Re: Besuch im Dezember",
        text_only(
            "Juhu!! Dann buch ich den Railjet am 11.12. und bleib bis Sonntag. Ich will auf den Spittelberg-Markt und ins "
            "Café Sperl 🥰\n\nBring ich euch Brezn mit?\n\nJo\n\nAm 04.11.2026 um 18:12 schrieb Lena Huber <lena.huber@posteo.de>:\n"
            "> Komm doch am zweiten Adventwochenende! Das Sofa ist ausziehbar :)\n> L.\n",
            flowed=True,
        ),
        [],
        "johanna-besuch",
        mid_style="uuid",
    )


def newsletters_and_marketing() -> None:
    def nl(
        when: str,
        sender: tuple[str, str],
        subject: str,
        title: str,
        body: str,
        href: str,
        color: str,
        unsub: str,
        slug: str,
        html_only_: bool = False,
    ) -> None:
        inner = row(
            f'<h1 style="font-size:22px;margin:0 0 12px 0;color:{color};">{title}</h1>'
            + body
            + button("Weiterlesen", href, color)
            + p(
                f'Du erhältst diesen Newsletter, weil du dich angemeldet hast. <a href="{unsub}">Abmelden</a>',
                11,
                "#888888",
            )
        )
        h = page(title, inner)
        add(
            when,
            sender,
            subject,
            html_only(h) if html_only_ else alt(h),
            [],
            slug,
            list_unsub=unsub,
            mid_style="uuid",
        )

    nl(
        "2025-12-17 11:00",
        ("Mit Vergnügen München", "hallo@mitvergnuegen.com"),
        "Die 12 schönsten Christkindlmärkte in München",
        "Die 12 schönsten Christkindlmärkte",
        p("Von Haidhausen bis zum Mittelaltermarkt am Wittelsbacherplatz: unsere Lieblinge für den Advent.")
        + p("Außerdem: Eisstockschießen am Nockherberg und wo es den besten Punsch gibt."),
        "https://mitvergnuegen.com/muenchen/christkindlmaerkte",
        "#ff4f5a",
        "https://mitvergnuegen.com/newsletter/abmelden?u=lh",
        "mitvergnuegen-newsletter",
    )
    nl(
        "2026-01-08 08:30",
        ("Urlaubsguru", "newsletter@urlaubsguru.de"),
        "🌴 Kanaren im Februar: 7 Tage ab 349 €",
        "Sonne tanken im Februar",
        p("Teneriffa, Gran Canaria, Fuerteventura: Flug + Hotel ab 349 € p. P.")
        + p("Plus: Städtetrip Wien ab 89 €."),
        "https://www.urlaubsguru.de/deals/kanaren",
        "#00a3e0",
        "https://www.urlaubsguru.de/newsletter/abmelden",
        "urlaubsguru-newsletter",
        True,
    )
    nl(
        "2026-06-25 06:15",
        ("FALTER.morgen", "morgen@falter.at"),
        "FALTER.morgen: Hitzesommer in Wien, Radweg-Streit, Badeschiffe",
        "FALTER.morgen #1114",
        p(
            "Guten Morgen! Heute: Wie heiß wird der Sommer in den Gemeindebauten? Der Streit um den Radweg auf der "
            "Wiedner Hauptstraße. Und: Die besten Badeplätze an der Alten Donau."
        )
        + p("Der Newsletter ist kostenlos."),
        "https://www.falter.at/morgen/20260625",
        "#e2001a",
        "https://www.falter.at/newsletter/abmelden",
        "falter-morgen",
    )
    nl(
        "2026-11-30 06:15",
        ("FALTER.morgen", "morgen@falter.at"),
        "FALTER.morgen: Adventmärkte, Budget, U5",
        "FALTER.morgen #1221",
        p(
            "Guten Morgen! Heute: Welche Adventmärkte sich lohnen, was das Stadtbudget 2027 bringt und wann die U5 wirklich fährt."
        ),
        "https://www.falter.at/morgen/20261130",
        "#e2001a",
        "https://www.falter.at/newsletter/abmelden",
        "falter-morgen",
    )

    nl(
        "2026-03-05 18:00",
        ("Disney+", "disneyplus@mail.disneyplus.com"),
        "Lena, alle Staffeln. Ein Zuhause. Jetzt Disney+ abonnieren",
        "Entdecke Disney+",
        p(
            "Marvel, Star Wars, Pixar und die besten Serien – Disney+ Standard mit Werbung schon ab 5,99 € im Monat."
        )
        + p("Jederzeit kündbar."),
        "https://www.disneyplus.com/de-de/welcome",
        "#0063e5",
        "https://www.disneyplus.com/unsubscribe",
        "disneyplus-werbung",
        True,
    )
    nl(
        "2026-08-04 10:30",
        ("Magenta Telekom", "angebote@news.magenta.at"),
        "Neu in Wien? Internet ab € 25,– im Monat",
        "Schnelles Internet für dein neues Zuhause",
        p(
            "Mit Magenta Internet 150 surfst du ab € 25,– monatlich, die ersten 6 Monate um € 0,– Servicepauschale."
        )
        + p("Jetzt Verfügbarkeit an deiner Adresse prüfen."),
        "https://www.magenta.at/internet",
        "#e20074",
        "https://www.magenta.at/abmelden",
        "magenta-werbung",
        True,
    )
    nl(
        "2026-09-19 09:00",
        ("DIE ZEIT", "angebote@zeit.de"),
        "Lesen, was die Welt bewegt: 4 Wochen ZEIT digital kostenlos",
        "ZEIT digital 4 Wochen gratis testen",
        p(
            "Alle Artikel auf ZEIT ONLINE, die digitale ZEIT schon am Mittwochabend, Audio-Artikel und das E-Paper."
        )
        + p("Danach 5,40 € pro Woche. Jederzeit kündbar."),
        "https://abo.zeit.de/digital-test",
        "#252525",
        "https://www.zeit.de/newsletter/abmelden",
        "zeit-werbung",
    )
    nl(
        "2026-11-27 12:00",
        ("WOW", "news@wowtv.de"),
        "Black Friday: WOW Filme & Serien 12 Monate für 5,99 €",
        "Black Friday bei WOW",
        p("Nur bis Montag: 12 Monate Filme &amp; Serien für 5,99 € pro Monat statt 9,99 €.")
        + p("Das Angebot gilt für Neukund:innen."),
        "https://www.wowtv.de/black-friday",
        "#6a0dad",
        "https://www.wowtv.de/unsubscribe",
        "wow-werbung",
        True,
    )


# =============================================================================================
# writing it out
# =============================================================================================

TRUTH = [
    {
        "name": "Rundfunkbeitrag",
        "aliases": [
            "ARD ZDF Deutschlandradio Beitragsservice",
            "Beitragsservice",
            "Rundfunkbeitrag Beitragsservice",
            "GEZ",
        ],
        "amount": "55.08",
        "currency": "EUR",
        "cycle": "quarterly",
        "status": "cancelled",
        "next_renewal": None,
        "kind": "bill",
    },
    {
        "name": "ORF-Beitrag",
        "aliases": ["ORF-Beitrags Service", "ORF-Beitrags Service GmbH", "OBS", "ORF Beitrag", "GIS"],
        "amount": "91.80",
        "currency": "EUR",
        "cycle": "semiannual",
        "status": "active",
        "next_renewal": "2027-01-06",
        "kind": "bill",
    },
    {
        "name": "Stadtwerke München",
        "aliases": ["SWM", "SWM Versorgungs GmbH", "SWM Strom und Erdgas", "M-Strom", "M-Erdgas"],
        "amount": "136.00",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "cancelled",
        "next_renewal": None,
        "kind": "bill",
    },
    {
        "name": "Wien Energie",
        "aliases": ["WIEN ENERGIE GmbH", "Wien Energie Strom und Gas", "Wien Energie OPTIMA"],
        "amount": "104.00",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-10",
        "kind": "bill",
    },
    {
        "name": "Vodafone DSL",
        "aliases": ["Vodafone", "Vodafone GmbH", "Vodafone GigaZuhause", "GigaZuhause 100 DSL"],
        "amount": "49.98",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "cancelled",
        "next_renewal": None,
        "kind": "bill",
    },
    {
        "name": "A1 Internet",
        "aliases": ["A1", "A1 Telekom Austria", "A1 Telekom Austria AG", "A1 Internet 150"],
        "amount": "39.90",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-12",
        "kind": "bill",
    },
    {
        "name": "o2 Mobilfunk",
        "aliases": ["o2", "O2 Handyvertrag", "o2 Mobile M", "Telefónica Germany", "Telefonica o2"],
        "amount": "29.99",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-09",
        "kind": "bill",
    },
    {
        "name": "HUK-COBURG Hausrat- und Haftpflichtversicherung",
        "aliases": [
            "HUK-COBURG",
            "HUK",
            "HUK-COBURG Hausratversicherung",
            "HUK-COBURG Privat-Haftpflichtversicherung",
            "HUK-COBURG Allgemeine Versicherung AG",
        ],
        "amount": "155.51",
        "currency": "EUR",
        "cycle": "yearly",
        "status": "cancelled",
        "next_renewal": None,
        "kind": "bill",
    },
    {
        "name": "UNIQA Haushaltsversicherung",
        "aliases": ["UNIQA", "UNIQA Österreich Versicherungen AG", "UNIQA Haushaltsversicherung Optimal"],
        "amount": "214.68",
        "currency": "EUR",
        "cycle": "yearly",
        "status": "active",
        "next_renewal": "2027-04-01",
        "kind": "bill",
    },
    {
        "name": "Deutschlandticket",
        "aliases": [
            "Deutschland-Ticket",
            "D-Ticket",
            "MVG Deutschlandticket",
            "MVG",
            "Münchner Verkehrsgesellschaft",
        ],
        "amount": "63.00",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "cancelled",
        "next_renewal": None,
        "kind": "subscription",
    },
    {
        "name": "KlimaTicket Ö",
        "aliases": [
            "KlimaTicket",
            "KlimaTicket Ö Classic",
            "KlimaTicket Österreich",
            "One Mobility Ticketing",
        ],
        "amount": "1400.00",
        "currency": "EUR",
        "cycle": "yearly",
        "status": "active",
        "next_renewal": "2027-05-01",
        "kind": "subscription",
    },
    {
        "name": "McFit",
        "aliases": ["McFit GmbH", "McFit Basic", "McFit München-Sendling"],
        "amount": "29.90",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "cancelled",
        "next_renewal": None,
        "kind": "subscription",
    },
    {
        "name": "FITINN",
        "aliases": ["FitInn", "FIT INN", "FITINN Classic", "FITINN Fitnessstudio"],
        "amount": "24.90",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-15",
        "kind": "subscription",
    },
    {
        "name": "Urban Sports Club",
        "aliases": ["USC", "Urban Sports GmbH", "Urban Sports Club S"],
        "amount": "49.00",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-18",
        "kind": "subscription",
    },
    {
        "name": "Netflix",
        "aliases": ["Netflix Standard", "Netflix International B.V."],
        "amount": "15.99",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-14",
        "kind": "subscription",
    },
    {
        "name": "DAZN",
        "aliases": ["DAZN Unlimited", "DAZN Limited"],
        "amount": "34.99",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-09",
        "kind": "subscription",
    },
    {
        "name": "Spotify Premium Family",
        "aliases": ["Spotify", "Spotify Family", "Spotify AB", "Spotify Premium"],
        "amount": "21.99",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-03",
        "kind": "subscription",
    },
    {
        "name": "SPIEGEL+",
        "aliases": ["SPIEGEL Plus", "DER SPIEGEL", "SPIEGEL+ Digital-Abo", "Spiegel"],
        "amount": "19.99",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-06",
        "kind": "subscription",
    },
    {
        "name": "Audible",
        "aliases": ["Audible Abo", "Audible GmbH", "Audible.de"],
        "amount": "9.95",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-27",
        "kind": "subscription",
    },
    {
        "name": "iCloud+",
        "aliases": ["iCloud", "Apple iCloud+", "iCloud+ mit 200 GB", "iCloud Plus"],
        "amount": "2.99",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-02",
        "kind": "subscription",
    },
    {
        "name": "Alpenverein München & Oberland",
        "aliases": [
            "DAV",
            "Deutscher Alpenverein",
            "DAV Sektion München",
            "Alpenverein",
            "Sektion München des Deutschen Alpenvereins",
        ],
        "amount": "104.00",
        "currency": "EUR",
        "cycle": "yearly",
        "status": "active",
        "next_renewal": "2027-01-04",
        "kind": "subscription",
    },
    {
        "name": "Kindle Unlimited",
        "aliases": ["Amazon Kindle Unlimited", "Kindle Unlimited-Mitgliedschaft"],
        "amount": "11.99",
        "currency": "EUR",
        "cycle": "monthly",
        "status": "inactive",
        "next_renewal": None,
        "kind": "subscription",
    },
]

HARD_NEGATIVES = [
    "Amazon.de",
    "Amazon Prime",
    "Zalando",
    "Deutsche Bahn",
    "DB Fahrkartenservice",
    "ÖBB",
    "ÖBB Ticketshop",
    "Nightjet",
    "FlixBus",
    "FlixMobility GmbH",
    "PayPal",
    "IKEA",
    "IKEA Österreich",
    "Deutsche Post Nachsendeservice",
    "Umzüge Brandl GmbH",
    "oeticket.com",
    "willhaben",
    "Things 3",
    "Die Mitternachtsbibliothek",
    "Wiener Netze",
    "Erste Bank",
    "Stadtsparkasse München",
    "Landeshauptstadt München",
    "ELSTER",
    "Finanzamt München",
    "FinanzOnline",
    "Ärzte ohne Grenzen",
    "Wikimedia Deutschland",
    "Mag. Gerhard Pichler",
    "Gerhard Pichler",
    "Renate Obermaier",
    "Johanna Berger",
    "Brigitte Huber",
    "Katharina Steiner",
    "Tobias Maier",
    "Mit Vergnügen München",
    "Urlaubsguru",
    "FALTER.morgen",
    "Die Lage am Morgen",
    "DIE ZEIT",
    "ZEIT digital",
    "Disney+",
    "Magenta Telekom",
    "WOW",
    "alpinwelt Newsletter",
    "UNIQA Sonderklasse",
    "A1 Xplore TV",
]


def build() -> None:
    rundfunkbeitrag()
    swm()
    vodafone()
    o2()
    huk()
    mvg()
    dav()
    orf()
    wien_energie()
    a1()
    uniqa()
    klimaticket()
    mcfit_fitinn()
    usc()
    netflix()
    dazn()
    spotify()
    spiegel()
    audible()
    apple()
    kindle_unlimited()
    amazon_orders()
    zalando()
    trains()
    paypal_other()
    government_and_banks()
    landlords_and_friends()
    newsletters_and_marketing()


def asctime(utc: datetime) -> str:
    return f"{utc.strftime('%a %b')} {utc.day:2d} {utc.strftime('%H:%M:%S %Y')}"


def write() -> None:
    MSGS.sort(key=lambda m: (m["utc"], m["slug"]))
    eml_dir = HERE / "eml"
    if eml_dir.exists():
        shutil.rmtree(eml_dir)
    eml_dir.mkdir(parents=True)
    names = {t["name"] for t in TRUTH}
    index = []
    mbox = bytearray()
    for i, m in enumerate(MSGS, 1):
        for lab in m["labels"]:
            assert lab in names, lab
        fname = f"{i:03d}-{m['local'].strftime('%Y%m%d')}-{m['slug']}.eml"
        (eml_dir / fname).write_bytes(m["raw"])
        body = re.sub(rb"(?m)^(>*From )", rb">\1", m["raw"])
        mbox += f"From {m['from_addr']} {asctime(m['utc'])}\n".encode("ascii") + body
        if not body.endswith(b"\n"):
            mbox += b"\n"
        mbox += b"\n"
        index.append({"file": fname, "from": m["from_name"], "subject": m["subject"], "labels": m["labels"]})
    (HERE / "mailbox.mbox").write_bytes(bytes(mbox))
    dump = lambda obj: json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
    (HERE / "truth.json").write_text(dump(TRUTH), encoding="utf-8")
    (HERE / "messages.json").write_text(dump(index), encoding="utf-8")
    (HERE / "meta.json").write_text(
        dump({"today": TODAY, "messages": len(MSGS), "hard_negatives": HARD_NEGATIVES}), encoding="utf-8"
    )
    print(f"{len(MSGS)} messages, {len(TRUTH)} truths -> {HERE}")


if __name__ == "__main__":
    build()
    write()
