"""Generate the email-files5 "uk" mailbox: the Whitworth family, Chorlton, Manchester.

Priya Whitworth's inbox from December 2025 to November 2026 (today 2026-11-27): British
household bills and subscriptions (council tax, TV Licence, energy, water, broadband, mobile,
insurance, streaming, a gym, a veg box, a railcard, cloud, apps, a domain) among the ordinary
mail of a family (orders, deliveries, travel, the school, friends, a charity direct debit).

Run from the repository root:

    .venv/bin/python bench/data/email-files5/uk/make.py

Standard library only and seeded, so every run writes the same bytes: eml/, mailbox.mbox,
truth.json, meta.json and messages.json next to this file.
"""

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import html
import io
import json
import mailbox
import os
import quopri
import random
import re
import shutil
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(20261127)
TODAY = "2026-11-27"

ME = ("Priya Whitworth", "priya.whitworth@gmail.com")
GARETH = ("Gareth Whitworth", "gareth.whitworth@outlook.com")
ADDRESS = "27 Ashbourne Avenue, Chorlton, Manchester M21 8RW"

# --------------------------------------------------------------------------- dates


def _bst(utc: dt.datetime) -> bool:
    """UK summer time in the period covered (last Sunday of March to last Sunday of October)."""
    y = utc.year
    starts = {2025: dt.datetime(2025, 3, 30, 1), 2026: dt.datetime(2026, 3, 29, 1)}[y]
    ends = {2025: dt.datetime(2025, 10, 26, 1), 2026: dt.datetime(2026, 10, 25, 1)}[y]
    return starts <= utc.replace(tzinfo=None) < ends


def _us_dst(utc: dt.datetime) -> bool:
    y = utc.year
    starts = {2025: dt.datetime(2025, 3, 9, 10), 2026: dt.datetime(2026, 3, 8, 10)}[y]
    ends = {2025: dt.datetime(2025, 11, 2, 9), 2026: dt.datetime(2026, 11, 1, 9)}[y]
    return starts <= utc.replace(tzinfo=None) < ends


def stamp(y: int, mo: int, d: int, h: int, mi: int, zone: str = "uk") -> dt.datetime:
    """A sending time given as UK wall-clock time, expressed in the sender's zone."""
    naive = dt.datetime(y, mo, d, h, mi, RNG.randrange(60))
    # UK wall clock -> UTC
    guess = naive - dt.timedelta(hours=1)
    offset = 1 if _bst(guess) else 0
    utc = (naive - dt.timedelta(hours=offset)).replace(tzinfo=dt.UTC)
    if zone == "uk":
        tz = dt.timezone(dt.timedelta(hours=1 if _bst(utc) else 0))
    elif zone == "utc":
        tz = dt.UTC
    elif zone == "us":
        tz = dt.timezone(dt.timedelta(hours=-7 if _us_dst(utc) else -8))
    elif zone == "ie":  # Dublin, same clock as London here
        tz = dt.timezone(dt.timedelta(hours=1 if _bst(utc) else 0))
    else:
        raise ValueError(zone)
    return utc.astimezone(tz)


def ordinal(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def d_long(d: dt.date) -> str:  # 3 December 2025
    return f"{d.day} {d:%B %Y}"


def d_ord(d: dt.date) -> str:  # 3rd December 2025
    return f"{ordinal(d.day)} {d:%B %Y}"


def d_short(d: dt.date) -> str:  # 3 Dec 2025
    return f"{d.day} {d:%b %Y}"


def d_slash(d: dt.date) -> str:  # 03/12/2025
    return f"{d:%d/%m/%Y}"


def d_day(d: dt.date) -> str:  # Thursday 4 December
    return f"{d:%A} {d.day} {d:%B}"


def D(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, d)


def gbp(x: float) -> str:
    return f"£{x:,.2f}"


# --------------------------------------------------------------------------- body markup
#
# Bodies are written in a tiny markup so that each message can be sent as text, as HTML, or both:
#   "# Heading", "## Subheading", blank-line separated paragraphs, "[label](url)" links,
#   tables as consecutive lines starting with "|" ("| cell | cell"), "---" a rule.


LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _blocks(body: str) -> list[list[str]]:
    out: list[list[str]] = []
    cur: list[str] = []
    for line in body.strip("\n").split("\n"):
        if not line.strip():
            if cur:
                out.append(cur)
                cur = []
            continue
        if cur and (cur[0].startswith("|") != line.startswith("|")):
            out.append(cur)
            cur = []
        cur.append(line)
    if cur:
        out.append(cur)
    return out


def to_text(body: str, link_style: str = "angle") -> str:
    parts = []
    for block in _blocks(body):
        if block[0].startswith("|"):
            rows = [[c.replace("**", "") for c in _cells(r)] for r in block]
            width = max(len(r[0]) for r in rows) + 3
            lines = []
            for r in rows:
                if len(r) == 1:
                    lines.append(r[0])
                else:
                    lines.append((r[0].ljust(width) + "   ".join(r[1:])).rstrip())
            parts.append("\n".join(lines))
            continue
        text_lines = []
        for line in block:
            if line.startswith("## "):
                line = line[3:]
            elif line.startswith("# "):
                line = line[2:].upper()
            elif line.strip() == "---":
                line = "-" * 60
            if link_style == "angle":
                line = LINK.sub(lambda m: f"{m.group(1)} <{m.group(2)}>", line)
            elif link_style == "colon":
                line = LINK.sub(lambda m: f"{m.group(1)}: {m.group(2)}", line)
            else:
                line = LINK.sub(lambda m: f"{m.group(1)} ( {m.group(2)} )", line)
            text_lines.append(line.replace("**", ""))
        parts.append("\n".join(text_lines))
    return "\n\n".join(parts) + "\n"


def _inline(s: str, colour: str) -> str:
    s = html.escape(s, quote=False)
    s = LINK.sub(lambda m: f'<a href="{m.group(2)}" style="color:{colour};">{m.group(1)}</a>', s)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)


def to_html(body: str, style: dict, title: str, charset: str = "utf-8") -> str:
    colour = style.get("colour", "#333333")
    font = style.get("font", "Arial, Helvetica, sans-serif")
    rows = []
    for block in _blocks(body):
        if block[0].startswith("|"):
            trs = []
            for r in block:
                cells = _cells(r)
                if len(cells) == 1:
                    trs.append(
                        f'<tr><td colspan="3" style="padding:6px 0;font-weight:bold;'
                        f'border-bottom:1px solid #dddddd;">{_inline(cells[0], colour)}</td></tr>'
                    )
                    continue
                tds = [f'<td style="padding:4px 12px 4px 0;">{_inline(cells[0], colour)}</td>'] + [
                    f'<td align="right" style="padding:4px 0;">{_inline(c, colour)}</td>' for c in cells[1:]
                ]
                trs.append("<tr>" + "".join(tds) + "</tr>")
            rows.append(
                '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
                f'style="font-size:14px;border-collapse:collapse;margin:12px 0;">{"".join(trs)}</table>'
            )
            continue
        paragraph = []
        for line in block:
            if line.startswith("## "):
                rows.append(
                    f'<h2 style="font-size:17px;color:{colour};margin:18px 0 6px;">'
                    f"{_inline(line[3:], colour)}</h2>"
                )
            elif line.startswith("# "):
                rows.append(
                    f'<h1 style="font-size:22px;color:{colour};margin:0 0 12px;">'
                    f"{_inline(line[2:], colour)}</h1>"
                )
            elif line.strip() == "---":
                rows.append('<hr style="border:0;border-top:1px solid #dddddd;margin:18px 0;">')
            else:
                paragraph.append(_inline(line, colour))
        if paragraph:
            rows.append(f'<p style="margin:0 0 14px;line-height:1.5;">{"<br>".join(paragraph)}</p>')
    banner = style.get("banner", "")
    footer = style.get("footer", "")
    if style.get("layout") == "minimal":
        # no coloured header: a small wordmark above a left-aligned column
        return (
            f'<!DOCTYPE html>\n<html><head><meta charset="{charset}">'
            f"<title>{html.escape(title)}</title></head>\n"
            f'<body style="margin:0;padding:20px;font-family:{font};color:#2c2e2f;font-size:14px;">\n'
            '<table role="presentation" width="560" cellpadding="0" cellspacing="0" border="0">\n'
            f'<tr><td style="padding:0 0 20px;font-size:24px;font-weight:bold;color:{colour};">'
            f"{html.escape(banner)}</td></tr>\n"
            "<tr><td>\n" + "\n".join(rows) + "\n</td></tr>\n"
            '<tr><td style="padding-top:24px;border-top:1px solid #cccccc;font-size:11px;color:#6c7378;">'
            f"{'<br>'.join(_inline(x, colour) for x in footer.split(chr(10)) if x)}</td></tr>\n"
            "</table>\n</body></html>\n"
        )
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="{charset}">'
        f"<title>{html.escape(title)}</title></head>\n"
        f'<body style="margin:0;padding:0;background:{style.get("bg", "#f4f4f4")};">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        f'style="background:#ffffff;font-family:{font};color:#222222;font-size:15px;">\n'
        f'<tr><td style="background:{colour};color:#ffffff;padding:18px 24px;font-size:20px;'
        f'font-weight:bold;">{html.escape(banner)}</td></tr>\n'
        '<tr><td style="padding:24px;">\n' + "\n".join(rows) + "\n</td></tr>\n"
        f'<tr><td style="padding:16px 24px;font-size:11px;color:#777777;background:#fafafa;">'
        f"{'<br>'.join(_inline(x, colour) for x in footer.split(chr(10)) if x)}</td></tr>\n"
        "</table>\n</td></tr></table>\n</body></html>\n"
    )


# --------------------------------------------------------------------------- MIME building


def _encode(text: str, charset: str, cte: str) -> tuple[str, str]:
    raw = text.encode(charset)
    if cte == "7bit":
        raw.decode("ascii")  # must be ASCII
        return "7bit", text
    if cte == "qp":
        return "quoted-printable", quopri.encodestring(raw).decode("ascii")
    if cte == "b64":
        return "base64", base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


def _fill_leaf(m: Message, text: str, subtype: str, charset: str, cte: str) -> None:
    name, payload = _encode(text, charset, cte)
    m["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    m["Content-Transfer-Encoding"] = name
    m.set_payload(payload)


def _leaf(text: str, subtype: str, charset: str, cte: str) -> Message:
    m = Message()
    _fill_leaf(m, text, subtype, charset, cte)
    return m


def _fold(name: str, value: str) -> str:
    """Fold a plain header at spaces to lines of at most 78 characters, as mailers do."""
    lines, cur = [], f"{name}: "
    for word in value.split(" "):
        if len(cur) + len(word) > 78 and cur.strip() and not cur.endswith(": "):
            lines.append(cur.rstrip(" "))
            cur = " "
        cur += word + " "
    lines.append(cur.rstrip(" "))
    return "\n".join(lines)[len(name) + 2 :]


def _hdr(value: str, charset: str = "utf-8", name: str = "Subject") -> str:
    try:
        value.encode("ascii")
        return _fold(name, value)
    except UnicodeEncodeError:
        return Header(value, charset, header_name=name).encode()


def _addr(name: str, addr: str, charset: str = "utf-8") -> str:
    if not name:
        return addr
    return email.utils.formataddr((name, addr), charset=charset)


class Sender:
    def __init__(
        self,
        name: str,
        addr: str,
        slug: str,
        *,
        charset: str = "utf-8",
        cte: str = "qp",
        fmt: str = "alt",
        zone: str = "uk",
        style: dict | None = None,
        link_style: str = "angle",
        mid: str | None = None,
        to_style: str = "full",
        extra: dict | None = None,
    ):
        self.name, self.addr, self.slug = name, addr, slug
        self.charset, self.cte, self.fmt, self.zone = charset, cte, fmt, zone
        self.style = style or {}
        self.link_style = link_style
        self.mid = mid or addr.split("@", 1)[1]
        self.to_style = to_style
        self.extra = extra or {}


MESSAGES: list[dict] = []


def send(
    s: Sender,
    when: tuple,
    subject: str,
    body: str | None = None,
    *,
    labels=(),
    html_body: str | None = None,
    fmt: str | None = None,
    cte: str | None = None,
    charset: str | None = None,
    to: tuple | None = None,
    headers: dict | None = None,
    text_body: str | None = None,
) -> None:
    MESSAGES.append(
        {
            "sender": s,
            "when": stamp(*when, zone=s.zone),
            "subject": subject,
            "body": body,
            "html": html_body,
            "text": text_body,
            "fmt": fmt or s.fmt,
            "cte": cte or s.cte,
            "charset": charset or s.charset,
            "to": to,
            "labels": list(labels),
            "headers": headers or {},
        }
    )


def build(spec: dict, index: int) -> Message:
    s: Sender = spec["sender"]
    when: dt.datetime = spec["when"]
    charset, cte, fmt = spec["charset"], spec["cte"], spec["fmt"]
    m = Message()
    m["Date"] = email.utils.format_datetime(when)
    m["From"] = _addr(s.name, s.addr, charset if charset != "us-ascii" else "utf-8")
    to = spec["to"] or ME
    m["To"] = to[1] if s.to_style == "bare" else _addr(*to)
    m["Subject"] = _hdr(spec["subject"], "utf-8" if charset in ("us-ascii",) else charset)
    token = "".join(RNG.choice("0123456789abcdef") for _ in range(12))
    m["Message-ID"] = f"<{when.strftime('%Y%m%d%H%M%S')}.{token}@{s.mid}>"
    for k, v in {**s.extra, **spec["headers"]}.items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    text = (
        spec["text"]
        if spec["text"] is not None
        else (to_text(spec["body"], s.link_style) if spec["body"] is not None else None)
    )
    htm = (
        spec["html"]
        if spec["html"] is not None
        else (to_html(spec["body"], s.style, spec["subject"], charset) if spec["body"] is not None else None)
    )
    if fmt == "text":
        _fill_leaf(m, text, "plain", charset, cte)
    elif fmt == "html":
        _fill_leaf(m, htm, "html", charset, cte)
    elif fmt == "alt":
        boundary = f"----=_Part_{index:03d}_{RNG.randrange(10**9, 10**10)}"
        m["Content-Type"] = f'multipart/alternative; boundary="{boundary}"'
        m.attach(_leaf(text, "plain", charset, cte))
        m.attach(_leaf(htm, "html", charset, cte))
    else:
        raise ValueError(fmt)
    return m


# =========================================================================== the senders

FOOT_OCTOPUS = (
    "Octopus Energy Ltd is a company registered in England and Wales. Registered number: "
    "09263424. Registered office: UK House, 5th floor, 164-182 Oxford Street, London W1D 1NN."
)

octopus = Sender(
    "Octopus Energy",
    "hello@octopus.energy",
    "octopus-energy",
    cte="b64",
    style={"colour": "#5840ff", "bg": "#100030", "banner": "octopus energy", "footer": FOOT_OCTOPUS},
)
virgin = Sender(
    "Virgin Media",
    "no-reply@communications.virginmedia.com",
    "virgin-media",
    style={
        "colour": "#c3002f",
        "banner": "Virgin Media",
        "footer": "Virgin Media Limited, registered in England and Wales no. 2591237. "
        "Registered office: 500 Brook Drive, Reading RG2 6UU.",
    },
    mid="communications.virginmedia.com",
)
o2 = Sender(
    "O2",
    "mybill@o2.co.uk",
    "o2",
    cte="qp",
    style={
        "colour": "#0019a5",
        "banner": "O2",
        "footer": "O2 is a trading name of Telefónica UK Limited. Registered in England "
        "and Wales no. 1743099. Registered office: 500 Brook Drive, Reading RG2 6UU.",
    },
)
uu = Sender(
    "United Utilities",
    "customerservices@email.unitedutilities.com",
    "united-utilities",
    charset="iso-8859-1",
    cte="qp",
    style={
        "colour": "#00558c",
        "banner": "United Utilities",
        "footer": "United Utilities Water Limited, Haweswater House, Lingley Mere Business "
        "Park, Lingley Green Avenue, Great Sankey, Warrington WA5 3LP. "
        "Registered in England and Wales no. 2366678.",
    },
)
council = Sender(
    "Manchester City Council",
    "counciltax.ebilling@manchester.gov.uk",
    "manchester-city-council",
    charset="iso-8859-1",
    cte="qp",
    fmt="html",
    style={
        "colour": "#2a6130",
        "banner": "Manchester City Council",
        "footer": "Manchester City Council, Town Hall Extension, Albert Square, Manchester M60 2LA",
    },
    mid="manchester.gov.uk",
)
council_news = Sender(
    "Manchester City Council",
    "newsletters@manchester.gov.uk",
    "manchester-city-council",
    cte="qp",
    style={
        "colour": "#2a6130",
        "banner": "Manchester City Council",
        "footer": "You are receiving this because you signed up for updates "
        "from Manchester City Council.\n[Unsubscribe](https://public."
        "govdelivery.com/accounts/UKMANCHESTER/subscriber/edit)",
    },
    mid="public.govdelivery.com",
)
tvl = Sender(
    "TV Licensing",
    "donotreply@tvlicensing.co.uk",
    "tv-licensing",
    cte="qp",
    style={
        "colour": "#e4003b",
        "banner": "TV Licensing",
        "footer": "TV Licensing is a trade mark of the British Broadcasting Corporation "
        "and is used under licence. TV Licensing, Darlington DL98 1TL.",
    },
)
aviva = Sender(
    "Aviva",
    "aviva@email.aviva.co.uk",
    "aviva",
    cte="qp",
    style={
        "colour": "#004fb6",
        "banner": "Aviva",
        "footer": "Aviva Insurance Limited. Registered in Scotland No. 2116. Registered "
        "office: Pitheavlis, Perth PH2 0NH. Authorised by the Prudential "
        "Regulation Authority and regulated by the Financial Conduct Authority "
        "and the Prudential Regulation Authority.",
    },
)
admiral = Sender(
    "Admiral",
    "noreply@admiral.com",
    "admiral",
    charset="windows-1252",
    cte="qp",
    style={
        "colour": "#002f5f",
        "banner": "Admiral",
        "footer": "Admiral is a trading name of EUI Limited, registered in England "
        "and Wales no. 02991067. Registered office: Ty Admiral, David Street, "
        "Cardiff CF10 2EH. EUI Limited is authorised and regulated by the "
        "Financial Conduct Authority.",
    },
)
netflix = Sender(
    "Netflix",
    "info@account.netflix.com",
    "netflix",
    cte="qp",
    zone="us",
    style={
        "colour": "#e50914",
        "bg": "#000000",
        "banner": "NETFLIX",
        "footer": "Netflix International B.V.\nThis account email has been sent to "
        "you as part of your Netflix membership.",
    },
    link_style="paren",
)
spotify = Sender(
    "Spotify",
    "no-reply@spotify.com",
    "spotify",
    cte="b64",
    zone="utc",
    style={
        "colour": "#1db954",
        "bg": "#121212",
        "banner": "Spotify",
        "footer": "Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden",
    },
)
disney = Sender(
    "Disney+",
    "disneyplus@mail.disneyplus.com",
    "disney-plus",
    cte="qp",
    zone="us",
    style={
        "colour": "#0063e5",
        "bg": "#0e0b14",
        "banner": "Disney+",
        "footer": "The Walt Disney Company Limited, 3 Queen Caroline Street, London "
        "W6 9PE.\n© 2026 Disney and its related entities.",
    },
)
apple = Sender(
    "Apple", "no_reply@email.apple.com", "apple", cte="qp", fmt="html", zone="utc", mid="email.apple.com"
)
gplay = Sender(
    "Google Play",
    "googleplay-noreply@google.com",
    "google-play",
    cte="qp",
    zone="us",
    style={
        "layout": "minimal",
        "font": "Roboto, Arial, sans-serif",
        "colour": "#01875f",
        "banner": "Google Play",
        "footer": "Google Commerce Limited, Gordon House, Barrow Street, Dublin 4, Ireland",
    },
    link_style="colon",
)
gone = Sender(
    "Google One",
    "googleone-noreply@google.com",
    "google-one",
    cte="qp",
    zone="us",
    style={
        "layout": "minimal",
        "font": "Google Sans, Roboto, Arial, sans-serif",
        "colour": "#1a73e8",
        "banner": "Google One",
        "footer": "© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA",
    },
)
paypal = Sender(
    "PayPal",
    "service@paypal.co.uk",
    "paypal",
    cte="qp",
    zone="us",
    style={
        "layout": "minimal",
        "font": "Helvetica Neue, Helvetica, Arial, sans-serif",
        "colour": "#003087",
        "banner": "PayPal",
        "footer": "PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, "
        "L-2449 Luxembourg. Copyright © 1999-2026 PayPal. All rights reserved.",
    },
    mid="paypal.com",
)
guardian = Sender(
    "The Guardian",
    "newsletters@theguardian.com",
    "the-guardian",
    cte="qp",
    style={
        "font": "Georgia, serif",
        "colour": "#052962",
        "banner": "The Guardian",
        "footer": "Guardian News & Media Limited - a member of Guardian Media Group "
        "PLC. Registered Office: Kings Place, 90 York Way, London, N1 9GU. "
        "Registered in England No. 908396",
    },
)
riverford = Sender(
    "Riverford Organic Farmers",
    "hello@riverford.co.uk",
    "riverford",
    cte="qp",
    style={
        "font": "Georgia, 'Times New Roman', serif",
        "colour": "#3a6b35",
        "bg": "#f3efe6",
        "banner": "Riverford",
        "footer": "Riverford Organic Farmers Ltd, Wash Barn, Buckfastleigh, Devon "
        "TQ11 0JU. Registered in England No. 3731516. VAT No. 845 3326 24.",
    },
)
railcard = Sender(
    "Railcards",
    "noreply@railcard.co.uk",
    "railcards",
    cte="qp",
    style={
        "colour": "#7a1f61",
        "banner": "Family & Friends Railcard",
        "footer": "Railcards are issued on behalf of the Train Operating Companies by "
        "Rail Delivery Group Limited, 1 Puddle Dock, London EC4V 3DS.",
    },
)
microsoft = Sender(
    "Microsoft",
    "microsoft-noreply@microsoft.com",
    "microsoft",
    cte="qp",
    zone="utc",
    style={
        "layout": "minimal",
        "font": "Segoe UI, Tahoma, Verdana, sans-serif",
        "colour": "#0067b8",
        "banner": "Microsoft",
        "footer": "Microsoft Ireland Operations Limited, One Microsoft Place, South "
        "County Business Park, Leopardstown, Dublin 18, D18 P521, Ireland",
    },
)
reg123 = Sender(
    "123 Reg",
    "noreply@123-reg.co.uk",
    "123-reg",
    cte="qp",
    style={
        "colour": "#00a0dc",
        "banner": "123 Reg",
        "footer": "123 Reg Limited, The Shipping Building, Old Vinyl Factory, 252-254 "
        "Blyth Road, Hayes UB3 1HA. Registered in England No. 04045740.",
    },
)
prime = Sender(
    "Amazon.co.uk",
    "prime@amazon.co.uk",
    "amazon",
    cte="qp",
    zone="utc",
    style={
        "colour": "#232f3e",
        "banner": "amazon prime",
        "footer": "Amazon EU S.à r.l., UK Branch, 1 Principal Place, Worship Street, "
        "London EC2A 2FA. VAT number GB 727255821.",
    },
)
amazon = Sender(
    "Amazon.co.uk",
    "auto-confirm@amazon.co.uk",
    "amazon",
    cte="qp",
    zone="utc",
    style={
        "layout": "minimal",
        "font": "Amazon Ember, Arial, sans-serif",
        "colour": "#232f3e",
        "banner": "amazon.co.uk",
        "footer": "This email was sent from a notification-only address that cannot "
        "accept incoming email. Please do not reply to this message.",
    },
)
amazon_ship = Sender(
    "Amazon.co.uk", "shipment-tracking@amazon.co.uk", "amazon", cte="qp", zone="utc", style=amazon.style
)
audible = Sender(
    "Audible",
    "donotreply@audible.co.uk",
    "audible",
    cte="qp",
    zone="utc",
    style={
        "colour": "#f7991c",
        "banner": "audible",
        "footer": "Audible Ltd, 1 Principal Place, Worship Street, London EC2A 2FA. "
        "Registered in England and Wales, company no. 3836264.",
    },
)

# people
gareth = Sender(GARETH[0], GARETH[1], "gareth-whitworth", cte="qp", fmt="text", mid="outlook.com")
siobhan = Sender(
    "Siobhán Byrne", "siobhan.byrne84@gmail.com", "siobhan-byrne", cte="qp", fmt="text", mid="mail.gmail.com"
)
mum = Sender(
    "Anjali Sharma",
    "anjali.sharma51@btinternet.com",
    "anjali-sharma",
    cte="7bit",
    charset="us-ascii",
    fmt="text",
    mid="btinternet.com",
)
zoe = Sender(
    "Zoë Clarke", "zoe.clarke@hotmail.co.uk", "zoe-clarke", cte="qp", fmt="text", mid="hotmail.co.uk"
)

# everyone else
deliveroo = Sender(
    "Deliveroo",
    "noreply@t.deliveroo.com",
    "deliveroo",
    cte="qp",
    style={
        "colour": "#00ccbc",
        "banner": "deliveroo",
        "footer": "Roofoods Ltd, The River Building, 1 Cousin Lane, London EC4R 3TE",
    },
)
justeat = Sender(
    "Just Eat",
    "orders@just-eat.co.uk",
    "just-eat",
    cte="qp",
    style={
        "colour": "#ff8000",
        "banner": "Just Eat",
        "footer": "Just Eat.co.uk Ltd, Fleet Place House, 2 Fleet Place, London EC4M 7RF",
    },
)
uber = Sender(
    "Uber Receipts",
    "noreply@uber.com",
    "uber",
    cte="qp",
    zone="utc",
    style={
        "layout": "minimal",
        "font": "UberMove, Helvetica, Arial, sans-serif",
        "colour": "#000000",
        "banner": "Uber",
        "footer": "Uber Britannia Ltd, Aldgate Tower, 2 Leman Street, London E1 8FA",
    },
)
trainline = Sender(
    "Trainline",
    "auto-confirm@info.thetrainline.com",
    "trainline",
    cte="qp",
    style={
        "colour": "#01c3a7",
        "banner": "trainline",
        "footer": "Trainline.com Limited, 3rd Floor, 120 Holborn, London EC1N 2TD. "
        "Registered in England and Wales No. 3846791.",
    },
)
easyjet = Sender(
    "easyJet",
    "donotreply@easyjet.com",
    "easyjet",
    cte="qp",
    style={
        "colour": "#ff6600",
        "banner": "easyJet",
        "footer": "easyJet Airline Company Limited, Hangar 89, London Luton Airport, "
        "Luton, Bedfordshire LU2 9PF",
    },
)
booking = Sender(
    "Booking.com",
    "noreply@booking.com",
    "booking-com",
    cte="b64",
    style={
        "colour": "#003580",
        "banner": "Booking.com",
        "footer": "Booking.com B.V., Oosterdokskade 163, 1011 DL Amsterdam, Netherlands",
    },
)
hmrc = Sender(
    "HMRC",
    "noreply@confirmation.tax.service.gov.uk",
    "hmrc",
    charset="us-ascii",
    cte="7bit",
    fmt="text",
    mid="tax.service.gov.uk",
)
nationwide = Sender(
    "Nationwide Building Society",
    "nationwide@emails.nationwide.co.uk",
    "nationwide",
    cte="qp",
    style={
        "layout": "minimal",
        "colour": "#0c2577",
        "banner": "Nationwide",
        "footer": "Nationwide Building Society. Head Office: Nationwide House, Pipers Way, Swindon SN38 1NW.",
    },
)
bhf = Sender(
    "British Heart Foundation",
    "supportercare@bhf.org.uk",
    "british-heart-foundation",
    cte="qp",
    style={
        "colour": "#ff0030",
        "banner": "British Heart Foundation",
        "footer": "British Heart Foundation is a registered charity in England "
        "and Wales (225971) and Scotland (SC039426).",
    },
)
justgiving = Sender(
    "JustGiving",
    "no-reply@justgiving.com",
    "justgiving",
    cte="qp",
    style={
        "colour": "#7a04dd",
        "banner": "JustGiving",
        "footer": "JustGiving, Blue Fin Building, 110 Southwark Street, London SE1 0TA",
    },
)
sky = Sender(
    "Sky",
    "sky@email.sky.com",
    "sky",
    cte="qp",
    style={
        "colour": "#0072c9",
        "banner": "sky",
        "footer": "Sky UK Limited, Grant Way, Isleworth TW7 5QD. Registered in England No. 2906991.",
    },
)
bt = Sender(
    "BT",
    "bt@emails.bt.com",
    "bt",
    cte="qp",
    style={
        "colour": "#5514b4",
        "banner": "BT",
        "footer": "British Telecommunications plc, 1 Braham Street, London E1 8EE. "
        "Registered in England no. 1800000.",
    },
)
ctm = Sender(
    "Compare the Market",
    "noreply@comparethemarket.com",
    "compare-the-market",
    cte="qp",
    style={
        "colour": "#0a3a5c",
        "banner": "comparethemarket.com",
        "footer": "BISL Limited, Pegasus House, Bakewell Road, Orton Southgate, Peterborough PE2 6YS.",
    },
)
directline = Sender(
    "Direct Line",
    "quotes@directline.com",
    "direct-line",
    cte="qp",
    style={
        "colour": "#e4002b",
        "banner": "Direct Line",
        "footer": "U K Insurance Limited, The Wharf, Neville Street, Leeds LS1 4AZ.",
    },
)
vodafone = Sender(
    "Vodafone UK",
    "vodafone@email.vodafone.co.uk",
    "vodafone",
    cte="qp",
    style={
        "colour": "#e60000",
        "banner": "Vodafone",
        "footer": "Vodafone Limited, Vodafone House, The Connection, Newbury, Berkshire RG14 2FN.",
    },
)
now = Sender(
    "NOW",
    "no-reply@nowtv.com",
    "now",
    cte="qp",
    style={
        "colour": "#00e8c8",
        "bg": "#0d0d0d",
        "banner": "NOW",
        "footer": "NOW is a trading name of Sky UK Limited, Grant Way, Isleworth TW7 5QD.",
    },
)
hellofresh = Sender(
    "HelloFresh",
    "hello@news.hellofresh.co.uk",
    "hellofresh",
    cte="qp",
    style={
        "colour": "#067a46",
        "banner": "HelloFresh",
        "footer": "HelloFresh UK, 60 Worship Street, London EC2A 2EZ",
    },
)
men = Sender(
    "Manchester Evening News",
    "newsletters@email.manchestereveningnews.co.uk",
    "manchester-evening-news",
    cte="qp",
    style={
        "colour": "#d0021b",
        "banner": "Manchester Evening News",
        "footer": "Reach plc, One Canada Square, Canary Wharf, London E14 5AB.\n"
        "[Unsubscribe](https://www.manchestereveningnews.co.uk/unsubscribe)",
    },
)
johnlewis = Sender(
    "John Lewis",
    "orders@johnlewis.co.uk",
    "john-lewis",
    cte="qp",
    style={
        "colour": "#000000",
        "banner": "JOHN LEWIS",
        "footer": "John Lewis plc, 1 Drummond Gate, Pimlico, London SW1V 2QQ",
    },
)
argos = Sender(
    "Argos",
    "noreply@argos.co.uk",
    "argos",
    cte="qp",
    style={
        "colour": "#d42114",
        "banner": "Argos",
        "footer": "Argos Limited, 489-499 Avebury Boulevard, Milton Keynes MK9 2NW",
    },
)
ikea = Sender(
    "IKEA",
    "noreply@order.email.ikea.com",
    "ikea",
    cte="qp",
    style={
        "colour": "#0058a3",
        "banner": "IKEA",
        "footer": "IKEA Ltd, Pax House, 2 Ikea Way, Wednesbury WS10 0DQ",
    },
)
boots = Sender(
    "Boots",
    "orders@boots.com",
    "boots",
    cte="qp",
    style={"colour": "#05054b", "banner": "Boots", "footer": "Boots UK Limited, Nottingham NG90 1BS"},
)
ebay = Sender(
    "eBay",
    "ebay@ebay.co.uk",
    "ebay",
    cte="qp",
    style={
        "colour": "#3665f3",
        "banner": "ebay",
        "footer": "eBay (UK) Limited, 1 More London Place, London SE1 2AF",
    },
)
vinted = Sender(
    "Vinted",
    "no-reply@vinted.co.uk",
    "vinted",
    cte="b64",
    style={
        "colour": "#007782",
        "banner": "Vinted",
        "footer": "Vinted UAB, Svitrigailos g. 13, Vilnius, Lithuania",
    },
)
royalmail = Sender(
    "Royal Mail",
    "no-reply@royalmail.com",
    "royal-mail",
    cte="qp",
    style={
        "colour": "#da202a",
        "banner": "Royal Mail",
        "footer": "Royal Mail Group Limited, 185 Farringdon Road, London EC1A 1AA",
    },
)
evri = Sender(
    "Evri",
    "no-reply@evri.com",
    "evri",
    cte="qp",
    style={
        "colour": "#007bc4",
        "banner": "evri",
        "footer": "Evri, Capitol House, 1 Capitol Close, Morley, Leeds LS27 0WH",
    },
)
odeon = Sender(
    "ODEON",
    "bookings@odeon.co.uk",
    "odeon",
    cte="qp",
    style={
        "colour": "#00205b",
        "banner": "ODEON",
        "footer": "ODEON Cinemas Limited, Lee House, 90 Great Bridgewater Street, Manchester M1 5JW",
    },
)
ticketmaster = Sender(
    "Ticketmaster UK",
    "customer_support@email.ticketmaster.co.uk",
    "ticketmaster",
    cte="qp",
    style={
        "colour": "#026cdf",
        "banner": "ticketmaster",
        "footer": "Ticketmaster UK Limited, 30 St John Street, London EC1M 4AY",
    },
)
kwikfit = Sender(
    "Kwik Fit",
    "bookings@kwik-fit.com",
    "kwik-fit",
    cte="qp",
    style={
        "colour": "#004b93",
        "banner": "KWIK FIT",
        "footer": "Kwik-Fit (GB) Limited, ETEL House, Avenue One, Letchworth SG6 2HU",
    },
)
ringgo = Sender(
    "RingGo",
    "noreply@myringgo.co.uk",
    "ringgo",
    cte="qp",
    style={
        "colour": "#5b2d86",
        "banner": "RingGo",
        "footer": "RingGo is a trading name of Cobalt Telephone Technologies Limited.",
    },
)
parentpay = Sender(
    "ParentPay",
    "noreply@parentpay.com",
    "parentpay",
    cte="qp",
    style={
        "colour": "#00a3e0",
        "banner": "ParentPay",
        "footer": "ParentPay Limited, 11 Kingsley Lodge, 13 New Cavendish Street, London W1G 9UG",
    },
)
school = Sender(
    "Chorlton Park Primary School",
    "office@chorltonpark.manchester.sch.uk",
    "chorlton-park-primary",
    cte="qp",
    fmt="text",
    mid="chorltonpark.manchester.sch.uk",
)


# =========================================================================== the mail

# ---------------------------------------------------------------- Manchester City Council

CT_ACC = "50038291746"


def council_bill_html() -> str:
    rows_charge = [
        ("Manchester City Council", "1,596.77"),
        ("Greater Manchester Mayoral Police and Crime Commissioner", "252.53"),
        ("Greater Manchester Mayoral General Precept (including Fire Services)", "167.07"),
    ]
    charge_trs = "\n".join(
        f'<tr><td style="padding:4px 8px;border-bottom:1px solid #cfd8cf;">{n}</td>'
        f'<td align="right" style="padding:4px 8px;border-bottom:1px solid #cfd8cf;">&pound;{v}</td></tr>'
        for n, v in rows_charge
    )
    inst = [("01/04/2026", "207.37")] + [
        (f"01/{m:02d}/{2026 if m > 3 else 2027}", "201.00") for m in (5, 6, 7, 8, 9, 10, 11, 12, 1)
    ]
    inst_trs = "\n".join(
        f'<tr><td style="padding:3px 8px;">{d}</td><td align="right" style="padding:3px 8px;">'
        f"&pound;{v}</td></tr>"
        for d, v in inst
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<title>Council Tax Bill 2026/27</title></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#000000;">
<table width="640" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#2a6130;color:#ffffff;padding:14px;font-size:18px;"><b>Manchester City Council</b><br />Revenues and Benefits Unit</td></tr>
<tr><td style="padding:14px;">
<p>Dear Ms P Whitworth</p>
<p>Your Council Tax bill for 2026/27 is shown below. You have chosen to receive your bills electronically (eBilling). Please keep this email for your records.</p>
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="font-size:13px;">
<tr><td width="45%"><b>Account reference</b></td><td>{CT_ACC}</td></tr>
<tr><td><b>Bill date</b></td><td>09/03/2026</td></tr>
<tr><td><b>Liable person(s)</b></td><td>Mr G Whitworth, Ms P Whitworth</td></tr>
<tr><td><b>Property</b></td><td>27 Ashbourne Avenue, Chorlton, Manchester, M21 8RW</td></tr>
<tr><td><b>Valuation band</b></td><td>C</td></tr>
<tr><td><b>Period</b></td><td>01/04/2026 to 31/03/2027</td></tr>
</table>
<h3 style="color:#2a6130;">How your Council Tax is made up</h3>
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="font-size:13px;border:1px solid #cfd8cf;">
<tr style="background:#e6eee6;"><th align="left" style="padding:4px 8px;">Authority</th><th align="right" style="padding:4px 8px;">Band C charge</th></tr>
{charge_trs}
<tr><td style="padding:4px 8px;"><b>Total annual charge</b></td><td align="right" style="padding:4px 8px;"><b>&pound;2,016.37</b></td></tr>
<tr><td style="padding:4px 8px;">Less discounts / reductions</td><td align="right" style="padding:4px 8px;">&pound;0.00</td></tr>
<tr><td style="padding:4px 8px;"><b>Amount payable for 2026/27</b></td><td align="right" style="padding:4px 8px;"><b>&pound;2,016.37</b></td></tr>
</table>
<p>The Manchester City Council element has increased by 4.99%, which includes 2% for adult social care.</p>
<h3 style="color:#2a6130;">Your instalments</h3>
<p>These amounts will be collected by Direct Debit from your account (sort code ending **-**-47, account ending ***2291) on or around the dates shown:</p>
<table cellpadding="0" cellspacing="0" border="0" style="font-size:13px;border:1px solid #cfd8cf;">
<tr style="background:#e6eee6;"><th align="left" style="padding:3px 8px;">Date</th><th align="right" style="padding:3px 8px;">Amount</th></tr>
{inst_trs}
</table>
<p>If you would prefer to pay over 12 months (April to March) please tell us at <a href="https://www.manchester.gov.uk/counciltax">www.manchester.gov.uk/counciltax</a>.</p>
<p>Yours sincerely<br />Revenues and Benefits Unit<br />Manchester City Council</p>
</td></tr>
<tr><td style="padding:10px 14px;font-size:11px;color:#555555;">Please do not reply to this email. This mailbox is not monitored. Manchester City Council, PO Box 530, Manchester M60 2JT.</td></tr>
</table></body></html>
"""


send(
    council,
    (2026, 3, 9, 6, 12),
    "Your Council Tax bill 2026/27 - account 50038291746",
    html_body=council_bill_html(),
    labels=["Council Tax"],
)

send(
    council,
    (2026, 4, 21, 10, 3),
    "Council Tax - revised instalment plan",
    fmt="text",
    text_body=f"""Dear Ms P Whitworth

Council Tax account reference: {CT_ACC}
Property: 27 Ashbourne Avenue, Chorlton, Manchester, M21 8RW

Thank you for your request to pay your 2026/27 Council Tax over 12 months.
We have amended your instalment plan. Your payment of £207.37 on 01/04/2026
has been received, and the balance of £1,809.00 will now be collected by
Direct Debit as follows:

  01/05/2026           £164.50
  01/06/2026 onwards   £164.45 a month (10 instalments, last one 01/03/2027)

You do not need to do anything else. Your Direct Debit will change
automatically. If you have any questions please contact us quoting your
account reference.

Yours sincerely

Revenues and Benefits Unit
Manchester City Council
www.manchester.gov.uk/counciltax

This email and any attachments are intended for the addressee only and may
contain confidential information. If you have received it in error please
delete it and let us know.
""",
    labels=["Council Tax"],
)

send(
    council_news,
    (2025, 12, 15, 9, 30),
    "Christmas and New Year bin collections",
    body="""# Bin collections over Christmas

Dear resident,

Bin collections will change over the festive period. If your usual collection day is Thursday 25 December, your bins will be emptied on **Saturday 27 December** instead. Collections due on Thursday 1 January will take place on **Saturday 3 January**.

Please put your bins out by 7am and make sure the lids are closed. Extra side waste will not be collected.

## Real Christmas trees

You can recycle your real tree at any of our household waste and recycling centres until 31 January, or cut it up and put it in your green garden waste bin.

[Find your collection day](https://www.manchester.gov.uk/bins)

Thank you for recycling.
Manchester City Council Waste and Recycling Team
""",
)

# ---------------------------------------------------------------- TV Licensing

TVL_NO = "3104 7752 19"

send(
    tvl,
    (2026, 3, 2, 8, 44),
    "Your TV Licence renewal",
    body=f"""Dear Ms Whitworth

## Your TV Licence is due for renewal

Your current TV Licence, number {TVL_NO}, expires on 31 March 2026.

You pay by annual Direct Debit, so you don't need to do anything. We'll collect your payment of **£180.00** on or just after 1 April 2026 and send your new licence by email.

| Licence holder | Ms P Whitworth
| Address | 27 Ashbourne Avenue, Manchester, M21 8RW
| Payment method | Annual Direct Debit
| Amount | £180.00
| Collection date | on or just after 1 April 2026

The cost of a colour TV Licence went up to £180.00 on 1 April 2026, as set by the Government.

If any of your details have changed, you can [update them online](https://www.tvlicensing.co.uk/changedetails).

Yours sincerely

TV Licensing
""",
    labels=["TV Licence"],
)

send(
    tvl,
    (2026, 4, 2, 7, 15),
    "Your new TV Licence",
    body=f"""Dear Ms Whitworth

## Thank you. Here's your new TV Licence

We've received your payment of £180.00 and your TV Licence has been renewed.

| Licence number | {TVL_NO}
| Licence type | Colour
| Valid from | 1 April 2026
| Expiry date | 31 March 2027
| Payment method | Annual Direct Debit

Your licence covers you to watch or record live TV on any channel or device, and to download or watch BBC programmes on BBC iPlayer, at 27 Ashbourne Avenue, Manchester, M21 8RW.

Please keep this email as proof of your licence. [View or download your licence](https://www.tvlicensing.co.uk/account).

Yours sincerely

TV Licensing
""",
    labels=["TV Licence"],
)

# ---------------------------------------------------------------- Octopus Energy

OCT_ACC = "A-3F8C21D9"


def octopus_statement(
    when, period, e_kwh, g_kwh, days, e_rate, e_sc, g_rate, g_sc, paid, paid_on, opening, next_dd, next_on
):
    e = round(e_kwh * e_rate / 100, 2)
    es = round(days * e_sc / 100, 2)
    g = round(g_kwh * g_rate / 100, 2)
    gs = round(days * g_sc / 100, 2)
    net = round(e + es + g + gs, 2)
    vat = round(net * 0.05, 2)
    total = round(net + vat, 2)
    closing = round(opening + paid - total, 2)
    bal = f"{gbp(abs(closing))} {'in credit' if closing >= 0 else 'owed'}"
    body = f"""Hi Priya,

Your new statement is ready. Here's a summary for account **{OCT_ACC}**. You'll find the full PDF in your [online account](https://octopus.energy/dashboard/).

| Statement period | {period}
| Opening balance | {gbp(abs(opening))} {"credit" if opening >= 0 else "debit"}

| ⚡ Electricity
| {e_kwh:,} kWh at {e_rate:.2f}p/kWh | {gbp(e)}
| Standing charge: {days} days at {e_sc:.2f}p/day | {gbp(es)}

| 🔥 Gas
| {g_kwh:,} kWh at {g_rate:.2f}p/kWh | {gbp(g)}
| Standing charge: {days} days at {g_sc:.2f}p/day | {gbp(gs)}

| Total charges before VAT | {gbp(net)}
| VAT at 5% | {gbp(vat)}
| **Total charges for this period** | **{gbp(total)}**
| Direct Debit payment received {paid_on} | -{gbp(paid)}
| **Your balance** | **{bal}**

Your next Direct Debit of **{gbp(next_dd)}** will be collected on or just after {next_on}. You don't need to do anything.

Got a question? Just reply to this email and a real person will get back to you.

Speak soon,
The Octopus Energy team
"""
    send(octopus, when, "Your latest Octopus Energy statement", body=body, labels=["Octopus Energy"])
    return closing


bal = 152.40
bal = octopus_statement(
    (2026, 1, 9, 7, 2),
    "9th December 2025 - 8th January 2026",
    342,
    1580,
    31,
    24.86,
    53.68,
    6.29,
    32.67,
    118.00,
    "3rd January",
    bal,
    118.00,
    "3rd February 2026",
)
# (the February and March statements were deleted from the inbox)
bal = octopus_statement(
    (2026, 4, 9, 7, 5),
    "9th March 2026 - 8th April 2026",
    288,
    980,
    31,
    24.86,
    53.68,
    6.29,
    32.67,
    118.00,
    "3rd April",
    21.84,
    118.00,
    "3rd May 2026",
)
bal = octopus_statement(
    (2026, 7, 9, 7, 1),
    "9th June 2026 - 8th July 2026",
    231,
    240,
    30,
    25.73,
    51.37,
    6.33,
    29.62,
    118.00,
    "3rd July",
    61.15,
    118.00,
    "3rd August 2026",
)

send(
    octopus,
    (2026, 9, 18, 11, 20),
    "We've reviewed your Direct Debit",
    body=f"""Hi Priya,

We review everyone's Direct Debit regularly to make sure you're paying the right amount, so you don't build up a big debt over winter or too much credit in summer.

Based on your usage over the last 12 months and the new Ofgem price cap from 1st October, we've changed your monthly payment:

| Account | {OCT_ACC}
| Your old Direct Debit | £118.00 a month
| Your new Direct Debit | **£134.00 a month**
| First payment at the new amount | 3rd October 2026
| Your current balance | £96.40 in credit

Your payment date stays the same, the 3rd of each month.

Not happy with the new amount? You can [change it in your account](https://octopus.energy/dashboard/payments/) - we'll suggest a sensible range. We'll never make you pay more than we think you need.

Speak soon,
Sam and the Octopus Energy team
""",
    labels=["Octopus Energy"],
)

bal = octopus_statement(
    (2026, 10, 9, 7, 4),
    "9th September 2026 - 8th October 2026",
    265,
    610,
    30,
    25.73,
    51.37,
    6.33,
    29.62,
    134.00,
    "3rd October",
    96.40,
    134.00,
    "3rd November 2026",
)
bal = octopus_statement(
    (2026, 11, 9, 7, 3),
    "9th October 2026 - 8th November 2026",
    318,
    1240,
    31,
    25.41,
    52.08,
    6.12,
    30.44,
    134.00,
    "3rd November",
    bal,
    134.00,
    "3rd December 2026",
)

send(
    octopus,
    (2026, 11, 5, 16, 30),
    "🐙 Saving Sessions are back - earn OctoPoints this winter",
    body="""Hi Priya,

Saving Sessions are back for winter 2026! When the grid is under pressure we'll send you a heads-up, and if you use less electricity than usual during the session, we'll reward you with OctoPoints you can turn into credit.

## How it works

1. We'll email you the day before a session (usually 5pm - 6pm on a weekday).
2. Shift things like the washing machine, tumble dryer or EV charging outside the session.
3. We compare your usage with your normal baseline and pay you in OctoPoints.

You're already signed up, so there's nothing to do. Last winter Octopus customers shared over £4 million in rewards.

[See the Saving Sessions leaderboard](https://octopus.energy/saving-sessions/)

Love and power,
Team Octopus
""",
)

# ---------------------------------------------------------------- United Utilities

send(
    uu,
    (2026, 3, 12, 9, 41),
    "Your new water bill is ready to view",
    body="""Dear Mrs Whitworth

Your United Utilities bill for 2026/27 is now ready.

Customer reference: 2104 9931 667
Supply address: 27 Ashbourne Avenue, Manchester M21 8RW

| Charges for 1 April 2026 to 31 March 2027
| Water supply (unmeasured, rateable value £231) | £239.04
| Wastewater collection and treatment | £286.16
| Surface water drainage | £38.80
| **Total charges for the year** | **£564.00**

VAT is not charged on household water and wastewater services.

## Your payment plan

You pay by monthly Direct Debit. We'll collect **12 payments of £47.00** on the 15th of each month, from 15 April 2026 to 15 March 2027. Last year you paid £43.00 a month.

If you're finding it difficult to pay, we have schemes that could help lower your bill. Visit [unitedutilities.com/help-with-paying](https://www.unitedutilities.com/help-with-paying).

Yours sincerely

Customer Services
United Utilities
""",
    labels=["United Utilities"],
)

send(
    uu,
    (2026, 3, 20, 14, 2),
    "Your Direct Debit payment plan",
    body="""Dear Mrs Whitworth

Customer reference: 2104 9931 667

This is your Direct Debit advance notice. Your new payment plan for 2026/27 has been set up as follows:

| Amount of each payment | £47.00
| Number of payments | 12
| Payment date | 15th of each month
| First payment | 15/04/2026
| Last payment | 15/03/2027
| Bank account | ****2291

These payments will appear on your bank statement as UNITED UTILITIES followed by your customer reference.

You don't need to do anything. The Direct Debit Guarantee protects you if an error is made in the payment of your Direct Debit.

Yours sincerely

Customer Services
United Utilities
""",
    labels=["United Utilities"],
)

# ---------------------------------------------------------------- Virgin Media

VM_ACC = "61238847-01"


def vm_bill(when, bill_date, amount, collect, extra_rows="", labels=("Virgin Media",)):
    body = f"""# Your bill is ready

Hi Priya,

Your latest Virgin Media bill is ready to view in [My Virgin Media](https://www.virginmedia.com/my-virgin-media).

| Account number | {VM_ACC}
| Bill date | {d_short(bill_date)}
| M350 Fibre Broadband & Talk Weekends | £{amount - (sum(float(x) for x in re.findall(r"£([0-9.]+)", extra_rows)) if extra_rows else 0):.2f}
{extra_rows}| **Total to pay** | **£{amount:.2f}**

We'll collect this by Direct Debit on or just after **{d_short(collect)}**. All prices include VAT.

Thanks for being with us.

Virgin Media
"""
    send(virgin, when, "Your Virgin Media bill is ready", body=body, labels=list(labels))


vm_bill((2025, 12, 3, 5, 40), D(2025, 12, 3), 52.00, D(2025, 12, 18))
vm_bill((2026, 1, 3, 5, 38), D(2026, 1, 3), 52.00, D(2026, 1, 18))

send(
    virgin,
    (2026, 2, 12, 10, 15),
    "Important: your Virgin Media prices are changing",
    body=f"""Hi Priya,

## Your prices are changing from 1 April 2026

Every April, your monthly price goes up by a fixed amount in pounds and pence, as set out in your contract. We're writing to give you at least 30 days' notice.

| Account number | {VM_ACC}
| Your services | M350 Fibre Broadband & Talk Weekends
| What you pay now | £52.00 a month
| Price increase | £3.00 a month
| **What you'll pay from 1 April 2026** | **£55.00 a month**

Your first bill at the new price will be the one we send in April. You don't need to do anything - your Direct Debit will update automatically.

Because this price rise was set out in your contract, you can't leave without paying early termination charges. [See our price rise FAQs](https://www.virginmedia.com/help/price-changes).

Thanks,
Virgin Media
""",
    labels=["Virgin Media"],
)

vm_bill(
    (2026, 4, 3, 5, 41),
    D(2026, 4, 3),
    56.43,
    D(2026, 4, 18),
    extra_rows="| Calls to non-geographic numbers (2) | £1.43\n",
)

send(
    virgin,
    (2026, 7, 3, 21, 12),
    "Your password has been changed",
    body="""Hi Priya,

The password for your My Virgin Media account was changed on 3 July 2026 at 21:11.

If this was you, there's nothing more to do.

If you didn't change your password, please [reset it now](https://www.virginmedia.com/my-virgin-media/forgot-password) and call us on 0345 454 1111.

Virgin Media
""",
)

vm_bill((2026, 10, 3, 5, 44), D(2026, 10, 3), 55.00, D(2026, 10, 18))
vm_bill((2026, 11, 3, 5, 39), D(2026, 11, 3), 55.00, D(2026, 11, 18))

# ---------------------------------------------------------------- O2

O2_ACC = "1047 2291 836"


def o2_bill(when, bill_date, period, rows, total, dd):
    table = "\n".join(f"| {a} | {b}" for a, b in rows)
    body = f"""Hi Priya,

Your latest O2 bill is ready.

| Account number | {O2_ACC}
| Bill date | {d_long(bill_date)}
| Bill period | {period}
{table}
| **Total to pay** | **£{total:.2f}**

We'll take your Direct Debit on or after {d_long(dd)}. All prices include VAT at 20%.

[View your bill in My O2](https://www.o2.co.uk/myo2)

Thanks for choosing O2.
"""
    send(o2, when, "Your O2 bill is ready", body=body, labels=["O2"])


o2_bill(
    (2025, 12, 21, 8, 10),
    D(2025, 12, 21),
    "21 Dec 2025 - 20 Jan 2026",
    [("Airtime Plan 25GB (07700 900461)", "£18.50")],
    18.50,
    D(2026, 1, 4),
)
o2_bill(
    (2026, 4, 21, 8, 12),
    D(2026, 4, 21),
    "21 Apr - 20 May 2026",
    [
        ("Airtime Plan 25GB (07700 900461)", "£18.50"),
        ("Annual price change from April (as set out in your contract)", "£1.80"),
    ],
    20.30,
    D(2026, 5, 4),
)
o2_bill(
    (2026, 9, 21, 8, 9),
    D(2026, 9, 21),
    "21 Sep - 20 Oct 2026",
    [("Airtime Plan 25GB (07700 900461)", "£20.30"), ("International Bolt On - 400 mins to India", "£5.00")],
    25.30,
    D(2026, 10, 4),
)
o2_bill(
    (2026, 11, 21, 8, 11),
    D(2026, 11, 21),
    "21 Nov - 20 Dec 2026",
    [("Airtime Plan 25GB (07700 900461)", "£20.30")],
    20.30,
    D(2026, 12, 4),
)

# ---------------------------------------------------------------- Aviva home insurance

AV_POL = "HOM 4418 2093"

send(
    aviva,
    (2026, 7, 2, 13, 5),
    "Your Aviva Home Insurance renewal",
    body=f"""Dear Mrs Whitworth

## It's time to renew your home insurance

Your Aviva Home Insurance policy {AV_POL} is due for renewal on **1 August 2026**. We'll renew it automatically, so you stay covered.

| Cover | Buildings and Contents
| Address | 27 Ashbourne Avenue, Manchester M21 8RW
| Renewal date | 01/08/2026
| Last year's premium | £234.60
| **This year's premium** | **£256.08**
| Payment | Monthly by Direct Debit
| 12 monthly payments of | £21.34

Your premium includes Insurance Premium Tax (IPT) at 12%. Paying monthly doesn't cost you any more - there's no interest or charge for paying this way.

Please check your renewal documents carefully and let us know if anything has changed, such as building work, a lodger or a new valuable item.

If you don't want to renew, just call us before 01/08/2026.

Kind regards

Aviva Home Insurance
""",
    labels=["Aviva Home Insurance"],
)

send(
    aviva,
    (2026, 8, 1, 9, 30),
    "Your Aviva Home Insurance documents and Direct Debit schedule",
    body=f"""Dear Mrs Whitworth

Thank you for renewing your home insurance with Aviva. Your new documents are available in [MyAviva](https://www.aviva.co.uk/myaviva).

| Policy number | {AV_POL}
| Period of cover | 01/08/2026 to 31/07/2027
| Annual premium (incl. IPT) | £256.08

## Your Direct Debit schedule

| 01/08/2026 to 01/07/2027 | 12 payments of £21.34
| Payment date | 1st of each month

Payments will show on your bank statement as AVIVA INSURANCE. If your payment date falls on a weekend or bank holiday, we'll collect it on the next working day.

Kind regards

Aviva Home Insurance
""",
    labels=["Aviva Home Insurance"],
)

# ---------------------------------------------------------------- Admiral car insurance

AD_POL = "P43177208"

send(
    admiral,
    (2026, 10, 14, 15, 2),
    f"Your car insurance renewal – policy {AD_POL}",
    body=f"""Dear Priya

## Your renewal is ready

Your Admiral car insurance for your SKODA OCTAVIA ESTATE (MA19 XKT) renews on **14/11/2026**.

| Policy number | {AD_POL}
| Cover | Comprehensive
| Named drivers | Priya Whitworth, Gareth Whitworth
| Voluntary excess | £250
| Last year’s price | £571.85
| **Your renewal price** | **£612.40**

Your price includes Insurance Premium Tax (IPT) at the current rate of 12%.

## What happens next

You pay annually by card, and your policy is set to auto-renew. Unless you tell us otherwise, we’ll renew your policy and take £612.40 from your card ending 2291 on 14/11/2026.

We know prices have gone up – it’s worth checking your details are right, as your mileage, where you park and who drives can all affect your price. You can [view your renewal and make changes online](https://www.admiral.com/myaccount).

Thanks for choosing Admiral.

The Admiral Team
""",
    labels=["Admiral Car Insurance"],
)

send(
    admiral,
    (2026, 11, 7, 10, 10),
    "Your policy renews in 7 days",
    body=f"""Dear Priya

Just a reminder that your car insurance policy {AD_POL} renews on 14/11/2026. As you’ve chosen auto-renewal, there’s nothing you need to do – we’ll take your renewal payment of £612.40 from your card ending 2291 on that date.

If your card details have changed, please [update them in your account](https://www.admiral.com/myaccount) before then.

The Admiral Team
""",
    labels=["Admiral Car Insurance"],
)

send(
    admiral,
    (2026, 11, 14, 6, 30),
    "You’re covered for another year",
    body=f"""Dear Priya

Your car insurance has now renewed.

| Policy number | {AD_POL}
| Vehicle | SKODA OCTAVIA ESTATE, MA19 XKT
| Policy start | 14/11/2026
| Policy end | 13/11/2027 at 23:59
| Amount paid | £612.40
| Paid by | Visa debit ending 2291

Your new certificate of motor insurance and policy schedule are ready in [your account](https://www.admiral.com/myaccount).

The Admiral Team
""",
    labels=["Admiral Car Insurance"],
)

# ---------------------------------------------------------------- Netflix

send(
    netflix,
    (2026, 1, 14, 19, 22),
    "Your payment information has been updated",
    body="""Hi Priya,

We've updated the payment method for your Netflix account.

| Payment method | Visa •••• 2291
| Plan | Standard
| Price | £12.99/month
| Next billing date | 24 January 2026

If you didn't make this change, please [visit the Help Centre](https://help.netflix.com).

We're here to help if you need it. Visit the Help Centre for more info or contact us.

–Your friends at Netflix
""",
    labels=["Netflix"],
)

send(
    netflix,
    (2026, 6, 12, 20, 48),
    "Your plan change is confirmed",
    body="""Hi Priya,

You've changed your plan to **Premium**. Enjoy watching in Ultra HD on up to 4 supported devices at the same time.

| New plan | Premium
| New price | £18.99/month
| Starts | Today
| Next billing date | 24 June 2026

You'll be charged £18.99 on 24 June 2026 and every month after that. Prices include VAT. You can change or cancel your plan anytime in [your Account](https://www.netflix.com/account).

–Your friends at Netflix
""",
    labels=["Netflix"],
)

send(
    netflix,
    (2026, 7, 10, 17, 0),
    "Priya, new this week on Netflix",
    body="""# New this week

Hi Priya,

Here's what's new on Netflix:

**The Thursday Murder Club** - the Coopers Chase gang is back.
**Adolescence** - the award-winning drama, now with a behind-the-scenes special.
**Bake Off: The Professionals** - new series.

[Start watching](https://www.netflix.com/browse)

–Your friends at Netflix
""",
)

# ---------------------------------------------------------------- Spotify


def spotify_receipt(when, date, order, nxt, subject="Your Spotify Premium receipt"):
    body = f"""# Thanks for your purchase

Hi Priya,

Here's your receipt.

| Date | {d_slash(date)}
| Order ID | {order}
| Premium Family (1 month) | £20.99
| VAT included (20%) | £3.50
| **Total** | **£20.99**
| Payment method | Visa ending in 2291

Your next payment of £20.99 is due on {d_slash(nxt)}.

To change your plan or payment method, go to your [account page](https://www.spotify.com/uk/account/).

Spotify
"""
    send(spotify, when, subject, body=body, labels=["Spotify Premium Family"])


spotify_receipt((2025, 12, 11, 6, 2), D(2025, 12, 11), "S-UK-81620443", D(2026, 1, 11))
spotify_receipt((2026, 3, 11, 6, 1), D(2026, 3, 11), "S-UK-84417718", D(2026, 4, 11))

send(
    spotify,
    (2025, 12, 3, 13, 0),
    "Your 2025 Wrapped is here 🎁",
    body="""# Your 2025 Wrapped is here.

Priya, you listened to 21,403 minutes of music this year. Find out who your top artist was (we think you might already know).

Your Premium Family members can open theirs too.

[Open your Wrapped in the app](https://open.spotify.com/wrapped)

Spotify
""",
)

send(
    spotify,
    (2026, 8, 11, 6, 3),
    "Your payment didn't go through",
    body="""Hi Priya,

We tried to charge £20.99 for your Premium Family plan, but the payment didn't go through. This can happen if your card has expired or there isn't enough money in the account.

We'll try again in a few days. To keep your Premium features, [update your payment details](https://www.spotify.com/uk/account/).

If we can't take payment, your account will switch to Spotify Free.

Spotify
""",
    labels=["Spotify Premium Family"],
)

spotify_receipt(
    (2026, 8, 14, 6, 5),
    D(2026, 8, 14),
    "S-UK-89204415",
    D(2026, 9, 11),
    subject="Payment received - your Spotify Premium receipt",
)
spotify_receipt((2026, 10, 11, 6, 2), D(2026, 10, 11), "S-UK-91377620", D(2026, 11, 11))
spotify_receipt((2026, 11, 11, 6, 4), D(2026, 11, 11), "S-UK-92508173", D(2026, 12, 11))

# ---------------------------------------------------------------- Disney+

send(
    disney,
    (2025, 12, 1, 14, 30),
    "An update to your Disney+ subscription price",
    body="""Hi Priya,

We're writing to let you know that the price of your Disney+ Standard subscription is changing.

| Your plan | Disney+ Standard (monthly)
| Current price | £9.99/month
| New price | £10.99/month
| Effective from | your billing date on or after 15 January 2026

We continue to invest in more of the stories you love, from Marvel and Star Wars to Pixar and award-winning originals.

You don't need to do anything. If you'd like to change your plan, you can do so at any time from [your Account](https://www.disneyplus.com/account). If you don't wish to continue, you can cancel before your next billing date.

The Disney+ Team
""",
    labels=["Disney+"],
)

send(
    disney,
    (2026, 3, 20, 21, 14),
    "Your Disney+ subscription has been cancelled",
    body="""Hi Priya,

We're sorry to see you go. Your Disney+ Standard subscription has been cancelled and you won't be charged again.

You can keep watching until **14 April 2026**, the end of your current billing period.

Changed your mind? You can [restart your subscription](https://www.disneyplus.com/account) at any time.

The Disney+ Team
""",
    labels=["Disney+"],
)

send(
    disney,
    (2026, 9, 15, 18, 0),
    "Come back to Disney+ for just £4.99 a month",
    body="""# We've missed you, Priya

Come back to Disney+ and get Standard with Ads for just **£4.99 a month**. Catch up on the latest from Marvel, Pixar and Star Wars.

[Restart now](https://www.disneyplus.com/welcome-back)

Offer for returning subscribers only. Price after any promotional period: £5.99/month. Cancel anytime.

The Disney+ Team
""",
)

# ---------------------------------------------------------------- Apple (HTML-only receipts)


def apple_receipt(when, date, order, doc, items, subject="Your receipt from Apple.", labels=()):
    total = round(sum(p for _, _, _, p in items), 2)
    net = round(total / 1.2, 2)
    vat = round(total - net, 2)
    trs = "\n".join(
        f"""<tr><td style="padding:10px 0;border-bottom:1px solid #e5e5e5;"><span style="font-size:14px;font-weight:600;">{html.escape(n)}</span><br>
<span style="font-size:12px;color:#666666;">{html.escape(sub)}</span><br>
<span style="font-size:12px;color:#666666;">{html.escape(kind)}</span></td>
<td align="right" valign="top" style="padding:10px 0;border-bottom:1px solid #e5e5e5;font-size:14px;font-weight:600;">&pound;{p:.2f}</td></tr>"""
        for n, sub, kind, p in items
    )
    doc_html = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Receipt</title></head>
<body style="margin:0;padding:0;background:#ffffff;font-family:-apple-system,'Helvetica Neue',Helvetica,Arial,sans-serif;color:#1d1d1f;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:28px 0 8px;font-size:28px;font-weight:600;">Receipt</td><td align="right" style="font-size:22px;">&#63743;</td></tr>
<tr><td colspan="2">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f5f5f7;border-radius:8px;font-size:12px;">
<tr><td style="padding:10px 14px;"><span style="color:#666666;">APPLE ACCOUNT</span><br>{ME[1]}</td>
<td style="padding:10px 14px;"><span style="color:#666666;">DATE</span><br>{d_short(date)}</td>
<td rowspan="2" style="padding:10px 14px;" valign="top"><span style="color:#666666;">BILLED TO</span><br>Visa .... 2291<br>Priya Whitworth<br>27 Ashbourne Avenue<br>Manchester<br>M21 8RW<br>GBR</td></tr>
<tr><td style="padding:10px 14px;"><span style="color:#666666;">ORDER ID</span><br><a href="https://reportaproblem.apple.com" style="color:#0070c9;">{order}</a></td>
<td style="padding:10px 14px;"><span style="color:#666666;">DOCUMENT NO.</span><br>{doc}</td></tr>
</table></td></tr>
<tr><td colspan="2" style="padding-top:18px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#f5f5f7;padding:6px 10px;font-size:13px;font-weight:600;" colspan="2">App Store</td></tr>
{trs}
</table></td></tr>
<tr><td colspan="2">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="font-size:13px;">
<tr><td align="right" style="padding:8px 12px 2px 0;color:#666666;">Subtotal</td><td align="right" width="90" style="padding:8px 0 2px;">&pound;{net:.2f}</td></tr>
<tr><td align="right" style="padding:2px 12px 2px 0;color:#666666;">VAT charged at 20%</td><td align="right" style="padding:2px 0;">&pound;{vat:.2f}</td></tr>
<tr><td align="right" style="padding:10px 12px 2px 0;font-weight:600;border-top:1px solid #e5e5e5;">TOTAL</td><td align="right" style="padding:10px 0 2px;font-weight:600;border-top:1px solid #e5e5e5;">&pound;{total:.2f}</td></tr>
</table></td></tr>
<tr><td colspan="2" style="padding:28px 0;font-size:11px;color:#888888;line-height:1.5;">
Apple uses industry-standard encryption to protect the confidentiality of your personal information.<br>
Privacy: We use a <a href="https://www.apple.com/uk/privacy/" style="color:#0070c9;">Subscriber ID</a> to provide reports to developers.<br>
<a href="https://support.apple.com/en-gb/HT204084" style="color:#0070c9;">Learn how to cancel a subscription</a> &bull; <a href="https://www.apple.com/uk/legal/internet-services/itunes/uk/terms.html" style="color:#0070c9;">Terms of Sale</a> &bull; <a href="https://www.apple.com/legal/privacy/" style="color:#0070c9;">Privacy Policy</a><br>
Copyright &copy; 2026 Apple Distribution International Ltd. Hollyhill Industrial Estate, Hollyhill, Cork, Republic of Ireland. VAT ID: GB 117 0036 62<br>All rights reserved</td></tr>
</table></td></tr></table></body></html>
"""
    send(apple, when, subject, html_body=doc_html, labels=list(labels))


apple_receipt(
    (2025, 12, 9, 4, 12),
    D(2025, 12, 9),
    "MT9XK2L4PQ",
    "175532918442",
    [
        ("iCloud+", "iCloud+ with 200 GB of storage", "Monthly (Renews 9 Jan 2026)", 2.99),
        ("Headspace: Sleep & Meditation", "Headspace Annual", "Yearly (Renews 9 Dec 2026)", 49.99),
    ],
    labels=["iCloud+", "Headspace"],
)
apple_receipt(
    (2026, 2, 9, 4, 10),
    D(2026, 2, 9),
    "MT9ZR7B1WD",
    "176104477231",
    [("iCloud+", "iCloud+ with 200 GB of storage", "Monthly (Renews 9 Mar 2026)", 2.99)],
    labels=["iCloud+"],
)
apple_receipt(
    (2026, 4, 19, 15, 41),
    D(2026, 4, 19),
    "MTB21QK8NC",
    "176598810264",
    [("Procreate Pocket", "Savage Interactive Pty Ltd", "iPhone App", 5.99)],
)
apple_receipt(
    (2026, 6, 9, 4, 11),
    D(2026, 6, 9),
    "MTB7L3VX2R",
    "177031558802",
    [("iCloud+", "iCloud+ with 200 GB of storage", "Monthly (Renews 9 Jul 2026)", 2.99)],
    labels=["iCloud+"],
)
apple_receipt(
    (2026, 10, 9, 4, 13),
    D(2026, 10, 9),
    "MTC4W9JT6H",
    "178240931175",
    [("iCloud+", "iCloud+ with 200 GB of storage", "Monthly (Renews 9 Nov 2026)", 2.99)],
    labels=["iCloud+"],
)
apple_receipt(
    (2026, 11, 9, 4, 9),
    D(2026, 11, 9),
    "MTC8P1DS4Y",
    "178573002619",
    [("iCloud+", "iCloud+ with 200 GB of storage", "Monthly (Renews 9 Dec 2026)", 2.99)],
    labels=["iCloud+"],
)

send(
    apple,
    (2026, 11, 25, 3, 40),
    "Your subscription is renewing soon",
    html_body="""<!DOCTYPE html>
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Subscription Renewal</title></head>
<body style="margin:0;padding:0;font-family:-apple-system,'Helvetica Neue',Helvetica,Arial,sans-serif;color:#1d1d1f;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" border="0" style="font-size:14px;line-height:1.5;">
<tr><td style="padding:30px 0 10px;font-size:24px;font-weight:600;">Subscription Renewal</td></tr>
<tr><td style="padding-bottom:14px;">Dear Priya,</td></tr>
<tr><td style="padding-bottom:14px;">The following subscription is set to renew soon. You can manage or cancel it in Settings on your iPhone at least 24 hours before it renews.</td></tr>
<tr><td>
<table role="presentation" width="100%" cellpadding="6" cellspacing="0" border="0" style="background:#f5f5f7;border-radius:8px;font-size:13px;">
<tr><td style="color:#666666;" width="40%">App</td><td>Headspace: Sleep &amp; Meditation</td></tr>
<tr><td style="color:#666666;">Subscription</td><td>Headspace Annual</td></tr>
<tr><td style="color:#666666;">Renewal date</td><td>9 December 2026</td></tr>
<tr><td style="color:#666666;">Renewal price</td><td>&pound;49.99/year</td></tr>
</table></td></tr>
<tr><td style="padding:14px 0;">This subscription will automatically renew unless it is cancelled at least 24 hours before the end of the current period. <a href="https://apps.apple.com/account/subscriptions" style="color:#0070c9;">Manage subscriptions</a></td></tr>
<tr><td style="padding:14px 0;">Regards,<br>Apple</td></tr>
<tr><td style="padding:20px 0;font-size:11px;color:#888888;">Apple Distribution International Ltd., Hollyhill Industrial Estate, Hollyhill, Cork, Republic of Ireland.<br>
<a href="https://www.apple.com/legal/privacy/" style="color:#0070c9;">Privacy Policy</a> &bull; <a href="https://support.apple.com/" style="color:#0070c9;">Support</a></td></tr>
</table></td></tr></table></body></html>
""",
    labels=["Headspace"],
)

# ---------------------------------------------------------------- Google Play / Google One

send(
    gone,
    (2026, 3, 3, 10, 16),
    "Welcome to Google One",
    body="""# Welcome to Google One, Priya

Your storage has been upgraded to **100 GB**. That's space for your photos, Gmail and Drive, shared with up to 5 other people in your family group.

| Your plan | Google One 100 GB
| Price | £15.99/year
| Billed | annually through Google Play

You can [add family members](https://one.google.com/family) or [manage your plan](https://one.google.com/storage) at any time.

The Google One team
""",
    labels=["Google One"],
)

send(
    gplay,
    (2026, 3, 3, 10, 14),
    "Your Google Play Order Receipt from 3 Mar 2026",
    body="""# Thank you.

You've made a purchase from Google Play. You can find your order history [on Google Play](https://play.google.com/store/account/orderhistory).

| Order number: GPA.3374-5521-8870-42106
| Order date: 3 Mar 2026 10:14:07 GMT
| Your account: priya.whitworth@gmail.com

| Item | Price
| Google One 100 GB (Google One) | £15.99/year
| Auto-renewing subscription
| Total: | £15.99/year
| (Includes VAT of £2.67)

Payment method: Visa-2291

You will be charged £15.99/year until you cancel. You can cancel at any time in your [Subscriptions](https://play.google.com/store/account/subscriptions) on Google Play.

Google Play terms of service apply. Refunds are subject to the Google Play refund policy.
""",
    labels=["Google One"],
)

send(
    gplay,
    (2026, 7, 25, 16, 2),
    "Your Google Play Order Receipt from 25 Jul 2026",
    body="""# Thank you.

You've made a purchase from Google Play.

| Order number: GPA.3381-0247-1193-58802
| Order date: 25 Jul 2026 16:01:52 BST
| Your account: priya.whitworth@gmail.com

| Item | Price
| 800 Robux (Roblox) | £9.99
| Total: | £9.99
| (Includes VAT of £1.67)

Payment method: Visa-2291

This purchase was approved through Family Link for Arjun.
""",
)

# ---------------------------------------------------------------- The Guardian via PayPal


def paypal_guardian(when, date, txn):
    body = f"""Hello Priya Whitworth,

## You sent an automatic payment of £12.00 GBP to Guardian News & Media Ltd

It may take a few moments for this transaction to appear in your account.

| Merchant | Guardian News & Media Ltd
| | subscriptions@theguardian.com
| Description | All-access digital - monthly
| Transaction ID | {txn}
| Transaction date | {d_long(date)}
| Amount | £12.00 GBP
| Funding source | Nationwide Building Society Current Account x-2291

View your automatic payments in your [PayPal account](https://www.paypal.com/myaccount/autopay/).

Help & Contact | Security | Apps

PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.
"""
    send(
        paypal,
        when,
        "Receipt for your payment to Guardian News & Media Ltd",
        body=body,
        labels=["The Guardian"],
    )


paypal_guardian((2026, 1, 5, 9, 3), D(2026, 1, 5), "4HT81520MV3340117")
paypal_guardian((2026, 4, 5, 9, 2), D(2026, 4, 5), "7LP20985KA1176023")
paypal_guardian((2026, 7, 5, 9, 4), D(2026, 7, 5), "0WD44731RS8820544")
paypal_guardian((2026, 11, 5, 9, 3), D(2026, 11, 5), "9CN67113TB5507238")

send(
    paypal,
    (2026, 3, 28, 20, 45),
    "Receipt for your payment to retro_reels_uk",
    body="""Hello Priya Whitworth,

## You sent a payment of £24.00 GBP to retro_reels_uk

| Seller | retro_reels_uk
| Description | eBay item 296611804372 - Vintage Pentax ME Super 35mm SLR body
| Transaction ID | 2GX39028HN4410562
| Transaction date | 28 March 2026
| Amount | £24.00 GBP
| Postage | £0.00 GBP
| Funding source | Visa x-2291

Your purchase is covered by PayPal Buyer Protection.

Help & Contact | Security | Apps
""",
)

send(
    guardian,
    (2026, 3, 21, 7, 0),
    "Saturday edition: the week's best journalism, selected for you",
    body="""# Saturday edition

Good morning Priya. Thank you for supporting the Guardian as an All-access digital subscriber.

## This week

**The long read**: How Manchester's tram network changed the city.
**Food**: Meera Sodha's spring vegan recipes.
**Opinion**: Is the four-day week finally coming?

[Read the Saturday edition](https://www.theguardian.com/saturday-edition)

You are receiving this newsletter because you are signed up. [Manage your newsletters](https://manage.theguardian.com/email-prefs)
""",
)

# ---------------------------------------------------------------- PureGym (forwarded by Gareth)

send(
    gareth,
    (2026, 1, 6, 19, 5),
    "Fwd: Welcome to PureGym Manchester Stretford",
    text_body="""Pri - finally joined! It comes out of the joint account on the 1st from
February, so one more for the spreadsheet. x

G

---------- Forwarded message ---------
From: PureGym <noreply@puregym.com>
Date: Tue, 6 Jan 2026 at 18:42
Subject: Welcome to PureGym Manchester Stretford
To: <gareth.whitworth@outlook.com>


Hi Gareth,

Welcome to PureGym! Your membership is now active and you can start
working out straight away at PureGym Manchester Stretford.

Your PIN: 48213907 (use it on the keypad at the entrance)

YOUR MEMBERSHIP
Membership type:      Core
Home gym:             Manchester Stretford
Start date:           06/01/2026
Monthly fee:          £24.99
Joining fee:          £0.00
Paid today:           £20.15 (6 Jan - 31 Jan 2026, pro rata)

DIRECT DEBIT
Your monthly membership fee of £24.99 will be collected by Direct
Debit on or around the 1st of each month, starting 01/02/2026. It
will show on your statement as PUREGYM LTD.

No contract - cancel any time online with at least 2 working days'
notice before your next payment date.

Download the PureGym app to book classes and track your workouts.

See you at the gym,
The PureGym Team

PureGym Limited, Town Centre House, Merrion Centre, Leeds LS2 8LY.
Registered in England and Wales no. 06262012.
""",
    labels=["PureGym"],
)

send(
    gareth,
    (2026, 8, 24, 21, 30),
    "Fwd: Your membership fee is changing",
    text_body="""Another one going up. Still cheaper than the posh one on Beech Road!

---------- Forwarded message ---------
From: PureGym <noreply@puregym.com>
Date: Mon, 24 Aug 2026 at 11:02
Subject: Your membership fee is changing
To: <gareth.whitworth@outlook.com>


Hi Gareth,

We're writing to let you know that from 1 October 2026 the monthly fee
for your Core membership at PureGym Manchester Stretford will increase
from £24.99 to £26.99.

We've kept our prices as low as we can, but rising energy and staff
costs mean we need to make this change. Your new fee will be collected
by Direct Debit on or around 1 October 2026 and monthly after that.

You don't need to do anything. If you'd like to change or cancel your
membership, you can do this in the app or at puregym.com/members with
at least 2 working days' notice before your next payment.

Thanks for training with us,
The PureGym Team
""",
    labels=["PureGym"],
)

send(
    gareth,
    (2026, 9, 3, 22, 10),
    "Christmas / savings",
    text_body="""Hi love,

Had a look at the joint account tonight. If we put £150 a month into the
Christmas pot from October we'll have about £600 by December, which
should cover presents and your mum's visit. The Málaga money is all paid
off now so that's good.

Also I think we should move the rainy day savings to the Nationwide
saver at 4.1% - I'll sort it at the weekend unless you object.

G x
""",
)

# ---------------------------------------------------------------- Riverford


def riverford_receipt(when, date, items, labels=("Riverford",)):
    total = round(sum(p for _, p in items), 2)
    table = "\n".join(f"| {n} | £{p:.2f}" for n, p in items)
    body = f"""Hi Priya,

Your Riverford delivery for **{d_day(date)}** has arrived - we hope you enjoy it. Here's your receipt.

| Order for {d_day(date)} {date.year}
{table}
| Delivery | Free
| **Total charged to your card ending 2291** | **£{total:.2f}**

Most food is zero-rated for VAT. Any items with VAT at 20% are marked * and the VAT is included in the price shown.

Your next delivery is in two weeks. You can add extras, swap your box or [skip a week](https://www.riverford.co.uk/deliveries) up to 11.45pm on the Monday before.

Happy cooking,
The Riverford team
"""
    send(riverford, when, f"Your Riverford receipt for {d_day(date)}", body=body, labels=list(labels))


riverford_receipt(
    (2025, 12, 4, 18, 10),
    D(2025, 12, 4),
    [("Medium veg box", 21.45), ("Organic free-range eggs (6)", 2.95), ("White sourdough loaf", 3.85)],
)
riverford_receipt(
    (2025, 12, 18, 18, 12),
    D(2025, 12, 18),
    [
        ("Medium veg box", 21.45),
        ("Christmas veg extras box", 14.95),
        ("Organic free-range eggs (6)", 2.95),
        ("Beeswax food wraps (3) *", 12.50),
    ],
)
riverford_receipt(
    (2026, 2, 12, 18, 5),
    D(2026, 2, 12),
    [("Medium veg box", 21.45), ("Organic milk, semi-skimmed (2 pints)", 1.75)],
)
riverford_receipt(
    (2026, 4, 9, 18, 9), D(2026, 4, 9), [("Medium veg box", 21.45), ("Organic free-range eggs (6)", 2.95)]
)

send(
    riverford,
    (2026, 4, 23, 17, 30),
    "A note about our box prices",
    body="""Hi Priya,

A quick but important note. After holding our prices for 18 months, we have to put up the price of some of our veg boxes. Growers' costs for labour, fuel and packaging have all risen, and we want to keep paying our farmers fairly.

From deliveries on **Thursday 7 May**, your box price will change:

| Medium veg box | £21.45 → £22.45

Extras and fruit boxes stay the same price. You don't need to do anything - your next receipt will show the new price.

Thank you for sticking with us.

Guy and everyone at Riverford
""",
    labels=["Riverford"],
)

riverford_receipt(
    (2026, 5, 21, 18, 11), D(2026, 5, 21), [("Medium veg box", 22.45), ("Asparagus (500g)", 4.95)]
)
riverford_receipt(
    (2026, 7, 16, 18, 8),
    D(2026, 7, 16),
    [("Medium veg box", 22.45), ("Strawberries (400g)", 3.95), ("Organic free-range eggs (6)", 2.95)],
)

send(
    riverford,
    (2026, 7, 20, 12, 40),
    "Your deliveries are on hold",
    body="""Hi Priya,

As requested, we won't deliver on these dates:

| Thursday 30 July | skipped
| Thursday 13 August | skipped

You won't be charged for skipped deliveries. Your boxes will start again on **Thursday 27 August**. Have a lovely break!

The Riverford team
""",
    labels=["Riverford"],
)

riverford_receipt(
    (2026, 10, 8, 18, 6), D(2026, 10, 8), [("Medium veg box", 22.45), ("Squash selection", 3.50)]
)
riverford_receipt((2026, 11, 19, 18, 9), D(2026, 11, 19), [("Medium veg box", 22.45)])

send(
    riverford,
    (2026, 4, 16, 8, 0),
    "Wicked Leeks: wild garlic season is here",
    body="""# Wicked Leeks

The newsletter from Riverford's farmers and cooks.

## Wild garlic is back

For a few short weeks the woods around Wash Barn smell of garlic. Our cooks share three ways to use it, from pesto to a spring soup.

## From the farm

Guy on why this year's cold snap might be good news for the carrots.

[Read more on wickedleeks.com](https://wickedleeks.riverford.co.uk)
""",
)

# ---------------------------------------------------------------- Family & Friends Railcard

send(
    railcard,
    (2026, 1, 22, 10, 0),
    "Your Railcard expires on 11 February",
    body="""Hi Priya,

Your **Family & Friends Railcard** expires on **11 February 2026**. Renew now to keep saving 1/3 on adult fares and 60% on kids' fares for up to 4 adults and 4 children travelling together.

| Railcard | Family & Friends Railcard (digital)
| Holders | Priya Whitworth, Gareth Whitworth
| Expires | 11/02/2026
| Renew for 1 year | £35.00

[Renew your Railcard](https://www.railcard.co.uk/renew)

On average, Family & Friends Railcard holders save £186 a year.

The Railcards Team
""",
    labels=["Family & Friends Railcard"],
)

send(
    railcard,
    (2026, 2, 12, 8, 27),
    "Your Family & Friends Railcard is ready to use",
    body="""Hi Priya,

Thanks for renewing. Your new Railcard is in the Railcard app and ready to use.

| Order reference | RC-4471823
| Railcard | Family & Friends Railcard (1 year, digital)
| Holder 1 | Priya Whitworth
| Holder 2 | Gareth Whitworth
| Valid from | 12 February 2026
| Valid until | 11 February 2027
| Total paid | £35.00

Remember to have your Railcard with you on the app when you travel - you may be asked to show it with your ticket.

The Railcards Team
""",
    labels=["Family & Friends Railcard"],
)

# ---------------------------------------------------------------- Microsoft 365

send(
    microsoft,
    (2025, 12, 19, 1, 30),
    "Your Microsoft 365 Family subscription will renew soon",
    body="""# Your subscription renews soon

Hi Priya,

Your Microsoft 365 Family subscription is set to renew automatically on **18 January 2026**.

| Subscription | Microsoft 365 Family
| Renewal date | 18/01/2026
| Renewal price | £104.99/year (incl. VAT)
| Payment method | Visa **2291

Your subscription includes 1 TB of cloud storage per person for up to six people, plus Word, Excel, PowerPoint, Outlook and Microsoft Copilot.

No action is needed. To change or cancel, visit [Services & subscriptions](https://account.microsoft.com/services).

Microsoft respects your privacy. To learn more, please read our [Privacy Statement](https://go.microsoft.com/fwlink/?LinkId=521839).
""",
    labels=["Microsoft 365 Family"],
)

send(
    microsoft,
    (2026, 1, 18, 2, 4),
    "Your Microsoft order on 18 January 2026",
    body="""# Thank you for your order

Hi Priya,

Your subscription has renewed. Here are the details.

| Order number | 7214 8830 1159
| Order date | 18/01/2026
| Microsoft 365 Family, annual subscription | £87.49
| VAT (20%) | £17.50
| **Total** | **£104.99**
| Charged to | Visa **2291
| Next renewal | 18/01/2027

Your subscription will renew automatically each year unless you turn off recurring billing in [Services & subscriptions](https://account.microsoft.com/services).

Microsoft Ireland Operations Limited, VAT number GB 243 8817 54.
""",
    labels=["Microsoft 365 Family"],
)

# ---------------------------------------------------------------- 123 Reg

send(
    reg123,
    (2026, 8, 10, 9, 15),
    "Renewal reminder: priyadraws.co.uk expires on 09/09/2026",
    body="""Dear Priya Whitworth,

Your domain name **priyadraws.co.uk** will expire on **09/09/2026**.

Good news: auto-renew is switched on, so you don't need to do anything. We'll automatically renew your domain for 1 year on 09/09/2026 and charge your card ending 2291.

| Domain | priyadraws.co.uk
| Renewal period | 1 year
| Price | £11.99 + VAT (£14.39)
| Auto-renew | On

If you no longer want this domain, you can turn off auto-renew in your [123 Reg control panel](https://www.123-reg.co.uk/secure/).

Kind regards,
The 123 Reg Team
""",
    labels=["123 Reg"],
)

send(
    reg123,
    (2026, 9, 9, 3, 12),
    "Your 123 Reg invoice INV-78120644",
    body="""Dear Priya Whitworth,

Thank you for your payment. Your domain has been renewed.

| Invoice number | INV-78120644
| Invoice date | 09/09/2026
| Account | 5519031

| Description | Amount
| priyadraws.co.uk - domain renewal, 1 year (09/09/2026 - 09/09/2027) | £11.99
| Sub total | £11.99
| VAT @ 20% | £2.40
| **Total paid** | **£14.39**

Paid by card ending 2291.

Kind regards,
The 123 Reg Team
""",
    labels=["123 Reg"],
)

# ---------------------------------------------------------------- Amazon Prime

send(
    prime,
    (2026, 9, 25, 9, 2),
    "Your Amazon Prime membership will renew on 2 October 2026",
    body="""Hello Priya,

Thanks for being a Prime member. We're writing to remind you that your annual Prime membership will automatically renew on **2 October 2026**.

| Membership | Amazon Prime (annual)
| Renewal date | 2 October 2026
| Membership fee | £95.00 (incl. VAT)
| Payment method | Visa ending in 2291

In the last year you've enjoyed free One-Day Delivery on 41 orders, plus Prime Video and Amazon Music Prime.

If you don't want to renew, you can end your membership in [Your Prime Membership](https://www.amazon.co.uk/prime).

Sincerely,
Amazon Prime
""",
    labels=["Amazon Prime"],
)

# ---------------------------------------------------------------- Audible (ended when payment failed)


def audible_receipt(when, date, order):
    body = f"""Hi Priya,

Thanks for your membership payment. Your credit is ready to use.

| Order number | {order}
| Date | {d_long(date)}
| Audible Premium Plus - monthly membership | £7.99
| **Total** | **£7.99**
| Payment method | Visa ending 2291

You now have 1 credit to spend on any title. Your next membership payment will be taken on {d_long(date.replace(month=date.month % 12 + 1, year=date.year + (date.month == 12)))}.

[Browse the best of Audible](https://www.audible.co.uk)

Price includes VAT where applicable.
"""
    send(audible, when, "Your Audible membership receipt", body=body, labels=["Audible"])


audible_receipt((2025, 12, 6, 3, 20), D(2025, 12, 6), "202-8841672-0093310")
audible_receipt((2026, 1, 6, 3, 22), D(2026, 1, 6), "202-9013387-5521847")
audible_receipt((2026, 2, 6, 3, 19), D(2026, 2, 6), "202-9187701-3316602")

send(
    audible,
    (2026, 3, 6, 3, 25),
    "There was a problem with your payment",
    body="""Hi Priya,

We couldn't take your Audible Premium Plus membership payment of £7.99 on 6 March 2026 using your Visa ending 2291. The card may have expired.

Please [update your payment method](https://www.audible.co.uk/account/payments) within 14 days to keep your membership. We'll try the payment again in the meantime.

The Audible Team
""",
    labels=["Audible"],
)

send(
    audible,
    (2026, 3, 21, 3, 30),
    "Your Audible membership has ended",
    body="""Hi Priya,

As we weren't able to collect your membership payment, your Audible Premium Plus membership has now been cancelled.

You'll keep all the audiobooks you've bought, and they'll stay in your Library for you to listen to at any time. Any unused credits have expired.

You can rejoin at any time at [audible.co.uk](https://www.audible.co.uk).

The Audible Team
""",
    labels=["Audible"],
)

send(
    audible,
    (2026, 8, 20, 10, 0),
    "Priya, come back: 3 months for 99p",
    body="""# Come back to Audible

Rejoin Audible Premium Plus and get **3 months for 99p**. Choose 1 audiobook a month to keep, plus unlimited listening to the Plus Catalogue.

[Claim offer](https://www.audible.co.uk/comeback)

Offer ends 15 September 2026. After 3 months, £7.99/month. Cancel anytime.
""",
)

# =========================================================================== everything else

# ---------------------------------------------------------------- Amazon orders


def amazon_order(when, order_no, items, delivery, subject_item):
    total = round(sum(q * p for _, q, p in items), 2)
    rows = "\n".join(f"| {n} (Qty: {q}) | £{q * p:.2f}" for n, q, p in items)
    body = f"""Hello Priya,

Thank you for shopping with us. We'll send a confirmation when your items dispatch.

| Arriving: | {delivery}
| Order # | {order_no}
| Ship to: | Priya Whitworth, Manchester, M21 8RW

{rows}
| Item subtotal: | £{total:.2f}
| Postage & Packing: | £0.00
| **Order Total:** | **£{total:.2f}**

All prices include VAT where applicable. [View or manage your order](https://www.amazon.co.uk/your-orders)

We hope to see you again soon.
Amazon.co.uk
"""
    send(amazon, when, f"Your Amazon.co.uk order of {subject_item}", body=body)


amazon_order(
    (2025, 12, 2, 21, 14),
    "205-4431987-2201136",
    [
        ("LEGO Technic Ford Mustang Shelby GT500 42138", 1, 44.99),
        ("Sharpie Permanent Markers, Fine Point, Assorted Colours, 24 Count", 1, 16.49),
        ("Wrapping Paper Roll, Kraft, 3 Pack", 1, 8.99),
    ],
    "Thursday 4 December",
    '"LEGO Technic Ford Mustang Shelby..." and 2 more items',
)
send(
    amazon_ship,
    (2025, 12, 3, 14, 2),
    'Dispatched: "LEGO Technic Ford Mustang..." and 2 more items',
    body="""Hello Priya,

Your package has been dispatched and is on its way.

| Arriving | Thursday 4 December
| Order # | 205-4431987-2201136
| Carrier | Amazon Logistics

[Track your package](https://www.amazon.co.uk/progress-tracker)

Amazon.co.uk
""",
)
amazon_order(
    (2026, 3, 14, 11, 30),
    "203-9912744-5187201",
    [("Russell Hobbs 24361 Quiet Boil Kettle, 1.7 L, Matte Black", 1, 34.99)],
    "Tomorrow, 15 March",
    '"Russell Hobbs 24361 Quiet Boil Kettle..."',
)
amazon_order(
    (2026, 7, 20, 20, 5),
    "206-1274460-8892715",
    [
        ("Ambre Solaire Kids Sun Cream SPF 50+, 300 ml", 2, 9.00),
        ("UK to EU Travel Adaptor, 2 Pack", 1, 11.99),
    ],
    "Wednesday 22 July",
    '"Ambre Solaire Kids Sun Cream..." and 1 more item',
)
send(
    amazon_ship,
    (2026, 7, 22, 13, 48),
    "Delivered: Your Amazon.co.uk package",
    body="""Hello Priya,

Your package was delivered. It was handed to a resident.

| Order # | 206-1274460-8892715
| Delivered | Wednesday 22 July, 13:46

[How was your delivery?](https://www.amazon.co.uk/delivery-feedback)

Amazon.co.uk
""",
)
amazon_order(
    (2026, 11, 12, 19, 40),
    "204-6650318-7743920",
    [
        ("Cards Against Humanity: Family Edition", 1, 24.99),
        ("Moleskine 2027 Weekly Planner, Large, Black", 2, 12.50),
    ],
    "Saturday 14 November",
    '"Cards Against Humanity: Family Edition" and 1 more item',
)

# ---------------------------------------------------------------- food delivery, rides

send(
    deliveroo,
    (2025, 12, 19, 19, 52),
    "Your order from Dishoom Manchester 🍛",
    body="""# Thanks for your order, Priya

Dishoom Manchester is preparing your food. Estimated arrival 20:25 - 20:35.

| House Black Daal | £7.90
| Chicken Ruby | £14.50
| Garlic Naan x2 | £9.00
| Okra Fries | £5.90
| Subtotal | £37.30
| Delivery fee | £2.99
| Service fee | £1.99
| Rider tip | £2.00
| **Total** | **£44.28**

Paid with Visa ending 2291.

Deliveroo
""",
)
send(
    deliveroo,
    (2026, 5, 22, 18, 40),
    "Your order from Rudy's Pizza Ancoats",
    body="""# Thanks for your order, Priya

Rudy's Pizza is preparing your food. Estimated arrival 19:10 - 19:20.

| Margherita x2 | £17.00
| Nduja & Roquito | £11.50
| Garlic bread | £4.50
| Subtotal | £33.00
| Delivery fee | £1.49
| Service fee | £1.99
| **Total** | **£36.48**

Paid with Apple Pay.

Deliveroo
""",
)
send(
    justeat,
    (2026, 2, 14, 19, 3),
    "Order confirmed: Chorlton Tandoori",
    body="""Hi Priya,

Your order has been sent to **Chorlton Tandoori** and should be with you at around 19:55.

| Order number | 1284 4471
| 2 x Lamb Bhuna | £21.90
| 1 x Pilau Rice | £3.20
| 2 x Peshwari Naan | £7.00
| Delivery | £2.50
| Service charge | £0.99
| **Total paid** | **£35.59**

Enjoy your meal!
Just Eat
""",
)

for when, date, start, end, fare, mins in [
    (
        (2025, 12, 20, 23, 48),
        D(2025, 12, 20),
        "Deansgate, Manchester M3",
        "Ashbourne Ave, Manchester M21",
        17.42,
        19,
    ),
    (
        (2026, 6, 13, 0, 35),
        D(2026, 6, 13),
        "Northern Quarter, Manchester M4",
        "Ashbourne Ave, Manchester M21",
        19.87,
        22,
    ),
    (
        (2026, 9, 26, 6, 5),
        D(2026, 9, 26),
        "Ashbourne Ave, Manchester M21",
        "Manchester Airport Terminal 2, M90",
        28.60,
        24,
    ),
]:
    send(
        uber,
        when,
        f"Your {date:%A} trip with Uber",
        body=f"""# Thanks for riding, Priya

We hope you enjoyed your ride this {"morning" if when[3] < 12 and when[3] > 4 else "evening"}.

| Total | **£{fare:.2f}**
| Trip fare | £{fare - 1.50:.2f}
| Booking fee | £1.50

| UberX | {mins} min
| {start}
| {end}

Payments: Visa ••••2291

Uber Britannia Ltd acts as the booking agent for private hire vehicle operators. VAT is not charged on this trip.
""",
    )

# ---------------------------------------------------------------- travel

send(
    trainline,
    (2026, 3, 5, 12, 22),
    "Your booking confirmation: Manchester Piccadilly to London Euston",
    body="""# You're all booked, Priya

| Booking reference | TLX4R8PQ
| Outbound | Sat 21 Mar 2026, 08:15 Manchester Piccadilly → 10:24 London Euston
| Return | Sun 22 Mar 2026, 16:40 London Euston → 18:48 Manchester Piccadilly
| Passengers | 2 adults, 2 children
| Ticket type | Advance Single x2 (Family & Friends Railcard)
| Tickets | eTickets in the app
| Booking fee | £0.00
| **Total paid** | **£96.40**

Remember to take your Railcard with you - you'll need to show it with your tickets.

Trainline
""",
)
send(
    trainline,
    (2026, 2, 18, 22, 1),
    "Reset your Trainline password",
    body="""Hi Priya,

We got a request to reset the password for your Trainline account.

[Reset your password](https://www.thetrainline.com/reset-password?token=8a1c)

This link expires in 24 hours. If you didn't ask to reset your password, you can ignore this email.

Trainline
""",
)
send(
    trainline,
    (2026, 10, 16, 19, 10),
    "Your booking confirmation: Manchester Piccadilly to Edinburgh",
    body="""# You're all booked, Priya

| Booking reference | TLQ92MZW
| Outbound | Fri 30 Oct 2026, 17:05 Manchester Piccadilly → 20:22 Edinburgh
| Return | Sun 1 Nov 2026, 14:52 Edinburgh → 18:10 Manchester Piccadilly
| Passengers | 1 adult
| Ticket type | Advance Single x2
| **Total paid** | **£62.70**

Trainline
""",
)

send(
    easyjet,
    (2026, 2, 22, 21, 35),
    "Your easyJet booking EJY7K2M",
    body="""# Booking confirmation

Thank you for booking with easyJet, Priya. Your booking reference is **EJY7K2M**.

| Outbound | EZY1925 Manchester (MAN) T1 → Malaga (AGP) | Sat 1 Aug 2026 06:20 - 10:15
| Return | EZY1926 Malaga (AGP) → Manchester (MAN) T1 | Sat 15 Aug 2026 11:00 - 12:55
| Passengers | Mrs Priya Whitworth, Mr Gareth Whitworth, Miss Isla Whitworth, Master Arjun Whitworth
| Fares (4 passengers, return) | £612.76
| 23kg hold bag x2 (return) | £143.96
| Seats | £46.00
| **Total** | **£802.72**

Paid by Visa ending 2291 on 22/02/2026.

Online check-in opens 30 days before departure.

easyJet
""",
)
send(
    easyjet,
    (2026, 7, 30, 6, 50),
    "It's time to check in for your flight to Malaga",
    body="""Hi Priya,

Check-in is now open for booking EJY7K2M. Check in online and get your boarding passes in the app.

| Flight | EZY1925
| Departs | Manchester (MAN) T1, Sat 1 Aug 2026 at 06:20
| Bag drop closes | 05:20

[Check in now](https://www.easyjet.com/en/manage-bookings)

easyJet
""",
)
send(
    booking,
    (2026, 2, 23, 20, 12),
    "Thanks! Your booking is confirmed at Apartamentos Málaga Centro Soho",
    body="""# Your booking in Málaga is confirmed.

Hi Priya, you're all set for 1 - 15 August.

| Property | Apartamentos Málaga Centro Soho
| Address | Calle Casas de Campos 14, 29001 Málaga, España
| Check-in | Saturday 1 August 2026 (from 15:00)
| Check-out | Saturday 15 August 2026 (until 11:00)
| Booking number | 4021.339.871
| PIN code | 7712
| 2-bedroom apartment, 14 nights | € 1.245,60
| Tourist tax (paid at property) | € 2,50 per adult per night
| **Total price** | **€ 1.245,60** (approx. £1,078.40)

You'll pay the property in euros. The amount in GBP is an estimate based on today's exchange rate.

Booking.com
""",
)

# ---------------------------------------------------------------- HMRC, bank

send(
    hmrc,
    (2026, 1, 12, 10, 2),
    "Self Assessment: your tax return is due by 31 January",
    text_body="""Dear Priya Whitworth

Your Self Assessment tax return for the 2024 to 2025 tax year must reach
us by 31 January 2026.

You must also pay any tax you owe for that year by 31 January 2026.

You can file your return and find out how much you owe by signing in to
your HMRC online account at:

https://www.gov.uk/log-in-file-self-assessment-tax-return

For your security, we will never include links to refunds or ask for
your personal or payment details by email.

From HM Revenue and Customs

This is an automated email - please do not reply.
""",
)
send(
    hmrc,
    (2026, 1, 28, 16, 45),
    "HMRC: we've received your Self Assessment tax return",
    text_body="""Dear Priya Whitworth

Thank you for sending your Self Assessment tax return for the tax year
6 April 2024 to 5 April 2025. We received it on 28 January 2026.

Your submission reference is 7YJ4 A2KD 8QWM.

To see how much you owe and when you need to pay, sign in to your HMRC
online account.

From HM Revenue and Customs

This is an automated email - please do not reply.
""",
)

send(
    nationwide,
    (2026, 1, 3, 7, 0),
    "Your FlexDirect statement is ready",
    body="""Dear Mrs Whitworth

Your latest statement for your FlexDirect account ending 2291 is now available to view in the Banking app and Internet Bank.

For your security, we never include account balances or links to log in in our emails.

Nationwide Building Society
""",
)
send(
    nationwide,
    (2026, 6, 2, 19, 31),
    "A new device has been registered to your account",
    body="""Dear Mrs Whitworth

A new device (iPhone) was registered for the Nationwide Banking app on 2 June 2026 at 19:29.

If this was you, there's nothing you need to do.

If you don't recognise this, please call us straight away on 0800 055 66 77.

Nationwide Building Society
""",
)
send(
    nationwide,
    (2026, 10, 3, 7, 0),
    "Your FlexDirect statement is ready",
    body="""Dear Mrs Whitworth

Your latest statement for your FlexDirect account ending 2291 is now available to view in the Banking app and Internet Bank.

For your security, we never include account balances or links to log in in our emails.

Nationwide Building Society
""",
)

# ---------------------------------------------------------------- friends and family

send(
    siobhan,
    (2026, 1, 9, 20, 14),
    "Lake District cottage - who owes what",
    text_body="""Hiya all,

Right, the cottage in Coniston is booked for the May bank holiday (Fri 1st -
Mon 4th)! Total was £744 for the three nights so that's £186 per family.

Can you send yours to me by the end of Jan?
Siobhán Byrne
Sort code 20-44-91, acc 71382265

Priya - you said you'd bring the board games, don't forget Catan this time :)

Can't wait!
S xx
""",
)
send(
    mum,
    (2026, 4, 25, 11, 20),
    "Arjun's birthday",
    text_body="""Hello darling,

I've sent 50 pounds to your account for Arjun's birthday, please let him
choose something himself. Dad says he wants the football boots but you
know best.

We will come up on the Saturday train, arriving Piccadilly 12.30.

Love to all of you,
Mum
""",
)
send(
    zoe,
    (2026, 11, 20, 21, 5),
    "Re: Year 5 secret Santa 🎅",
    text_body="""Hi Priya,

Yes!! Count Arjun in. We said £10 limit this year, names drawn on
Wednesday at pick-up. Can you send me his name for the hat?

Also are you still ok to do the cake stall at the Christmas fair on
the 5th? I've put you down for 10-12.

Zoë x

On Thu, 19 Nov 2026 at 20:41, Priya Whitworth <priya.whitworth@gmail.com> wrote:
> Hi Zoë, are we doing secret Santa for the class again? Arjun is asking!
> P x
""",
)
send(
    school,
    (2026, 6, 8, 15, 30),
    "Year 5 trip to Chester Zoo - payment due",
    text_body="""Dear Parents and Carers,

Year 5 will be visiting Chester Zoo on Thursday 25 June 2026. The cost of
the trip, including the coach, is £32.00 per child. Please pay on
ParentPay by Friday 19 June.

Children will need a packed lunch, a water bottle and a waterproof coat.

Thank you for your support.

Mrs K. Oduya
School Business Manager
Chorlton Park Primary School
""",
)
send(
    parentpay,
    (2026, 6, 9, 20, 12),
    "ParentPay payment confirmation",
    body="""Dear Priya Whitworth,

Thank you for your payment.

| Payment reference | PP-8810-44721
| Date | 09/06/2026 20:11
| Pupil | Arjun Whitworth
| Item | Year 5 Chester Zoo trip
| School | Chorlton Park Primary School
| **Amount paid** | **£32.00**

ParentPay
""",
)

# ---------------------------------------------------------------- charity

send(
    bhf,
    (2025, 12, 10, 11, 0),
    "Thank you for your monthly gift ❤",
    body="""Dear Priya,

Thank you so much for choosing to give £8 a month to the British Heart Foundation. Your first Direct Debit will be taken on or around 1 January 2026, and then on the 1st of each month.

| Your gift | £8.00 a month
| Gift Aid | Yes - we can claim an extra 25p for every £1 you give, at no cost to you
| Supporter number | 30021874

Every month, your gift helps fund research into the heart and circulatory diseases that affect 7.6 million people in the UK.

You can change or stop your gift at any time by calling us on 0300 330 3322.

With heartfelt thanks,

Dr Charmaine Griffiths
Chief Executive, British Heart Foundation
""",
)
send(
    bhf,
    (2026, 5, 5, 10, 30),
    "Your year of support - thank you, Priya",
    body="""Dear Priya,

Thanks to supporters like you, we've been able to fund 1,100 research projects across the UK this year.

Since January you have given **£40.00**, and with Gift Aid that's worth **£50.00** to our life-saving research.

[Read our impact report](https://www.bhf.org.uk/impact)

With thanks,
British Heart Foundation
""",
)
send(
    justgiving,
    (2026, 4, 12, 21, 9),
    "Thanks for sponsoring Tom Hughes",
    body="""# Thank you, Priya

You've just donated **£25.00** to Tom Hughes's fundraising page, "Tom runs the Manchester Marathon for The Christie".

| Donation | £25.00
| Gift Aid | £6.25
| Charity | The Christie Charitable Fund (1049751)
| Date | 12 April 2026

Your donation will go straight to the charity. Tom has raised £1,342 of his £1,500 target.

JustGiving
""",
)

# ---------------------------------------------------------------- offers for things not subscribed

send(
    sky,
    (2026, 1, 15, 12, 0),
    "Priya, get Sky Stream and Netflix from £15 a month",
    body="""# TV that's simple to set up

Get Sky Stream with Sky Signature and Netflix Standard with Ads for **£15 a month** - no dish needed, just plug in and stream over your broadband.

| Sky Stream with Sky Signature + Netflix | £15/month
| 18-month contract | £0 upfront
| Sky Sports (optional) | from £22/month

[Get Sky Stream](https://www.sky.com/tv/sky-stream)

Offer ends 31 January 2026. Prices may change during your contract. New Sky TV customers only.
""",
)
send(
    bt,
    (2026, 3, 2, 11, 30),
    "Full Fibre 500 is now available at 27 Ashbourne Avenue",
    body="""Hi Priya,

Good news - BT Full Fibre is now available in your area.

| Full Fibre 500 | £29.99 a month for 24 months
| Average speed | 500Mbps
| Upfront cost | £0
| Annual price rise | +£3.50 each April

[Check your address and order](https://www.bt.com/broadband)

BT
""",
)
send(
    vodafone,
    (2026, 5, 10, 10, 0),
    "SIM Only deals from £10 a month",
    body="""# Save with Vodafone SIM Only

Keep your phone and your number. Unlimited data on the UK's fastest 5G network from **£10 a month** on a 24-month plan.

| 30GB | £10 a month
| 100GB | £13 a month
| Unlimited | £18 a month

[Browse SIM Only](https://www.vodafone.co.uk/mobile/best-sim-only-deals)

Prices rise by £1.80 each April. New customers only.
""",
)
send(
    ctm,
    (2026, 10, 10, 20, 30),
    "Priya, your car insurance quotes are ready",
    body="""Hi Priya,

Here are your car insurance quotes for your SKODA OCTAVIA, starting on 14/11/2026.

| Insurer | Annual price | Excess
| 1st Central | £548.21 | £350
| Hastings Direct | £571.05 | £250
| LV= | £603.90 | £250
| Churchill | £629.14 | £250

[See all 62 quotes](https://www.comparethemarket.com/car-insurance/)

Quotes are based on the information you gave us and may change. Meerkat Meals and Meerkat Movies available with eligible policies.

Compare the Market
""",
)
send(
    directline,
    (2026, 10, 11, 14, 15),
    "Your Direct Line car insurance quote",
    body="""Dear Mrs Whitworth

Thank you for getting a car insurance quote with Direct Line.

| Quote reference | DLQ-88201744
| Vehicle | Skoda Octavia Estate MA19 XKT
| Cover | Comprehensive
| Start date | 14/11/2026
| Pay annually | £634.17
| Pay monthly | £56.31 a month (APR 24.9%)

Your quote is valid for 30 days. [Buy now](https://www.directline.com/car-cover/retrieve-quote)

Direct Line
""",
)
send(
    now,
    (2026, 2, 1, 19, 0),
    "Welcome to NOW - your free trial has started",
    body="""# You're in, Priya

Your 7-day free trial of the **NOW Entertainment Membership** has started. Watch Sky Originals and boxsets on up to 2 devices.

| Free trial ends | 8 February 2026
| Then | £9.99 a month

If you don't want to continue, cancel before 8 February and you won't be charged.

[Start watching](https://www.nowtv.com/watch)

NOW
""",
)
send(
    now,
    (2026, 2, 6, 22, 17),
    "Your NOW membership has been cancelled",
    body="""Hi Priya,

We're sorry to see you go. You've cancelled your NOW Entertainment Membership and you won't be charged.

You can keep watching until the end of your free trial on 8 February 2026.

NOW
""",
)
send(
    hellofresh,
    (2026, 1, 3, 9, 0),
    "New year, new recipes: 60% off your first box",
    body="""# Make 2026 delicious

Get **60% off your first box** and 25% off the next 3 months. Over 100 recipes a week, from 15-minute meals to family favourites.

| 3 meals for 4 people | from £3.49 per serving
| Free delivery on your first box

[Claim 60% off](https://www.hellofresh.co.uk/plans)

New customers only. Flexible subscription, skip or cancel anytime.
""",
)
send(
    men,
    (2026, 6, 22, 7, 0),
    "MEN Daily: Metrolink disruption and the week's weather",
    body="""# Manchester Evening News

Good morning. Here's what you need to know today.

**Metrolink**: no trams between Cornbrook and Deansgate-Castlefield this weekend for track work.
**Weather**: highs of 24C - and yes, rain by Thursday.
**Food**: the new Chorlton bakery everyone is queuing for.

[Read today's news](https://www.manchestereveningnews.co.uk)
""",
)

# ---------------------------------------------------------------- shops and deliveries

send(
    johnlewis,
    (2026, 1, 4, 16, 22),
    "Thank you for your order 31180442",
    body="""Dear Priya

Thank you for your order. We'll be in touch to confirm your delivery slot.

| Order number | 31180442
| Bosch Series 6 WGG25402GB 10kg 1400rpm Washing Machine, White | £549.00
| Installation and recycling of old appliance | £30.00
| Delivery (Thursday 8 January, 7am-7pm) | £0.00
| **Order total** | **£579.00**
| Includes VAT | £96.50

Your washing machine comes with a 2 year guarantee.

John Lewis & Partners
""",
)
send(
    argos,
    (2026, 4, 6, 13, 2),
    "Your order is ready to collect",
    body="""Hi Priya,

Your order **AR7734 1190** is ready to collect from **Argos Chorlton in Sainsbury's**.

| Chad Valley Garden Swingball | £20.00
| **Total paid** | **£20.00**

Bring your order number and the card you paid with. We'll keep your order for 7 days.

Argos
""",
)
send(
    ikea,
    (2026, 6, 20, 10, 14),
    "Your delivery is booked",
    body="""Hej Priya,

Your IKEA delivery has been booked.

| Order number | 1374429008
| Delivery date | Tuesday 23 June 2026, 12:00 - 16:00
| KALLAX shelving unit, white, 147x147 cm | £95.00
| SMÅSTAD wardrobe, white/birch | £255.00
| Delivery | £45.00
| **Total** | **£395.00**

IKEA Ltd
""",
)
send(
    boots,
    (2026, 11, 21, 14, 0),
    "Thank you for your order",
    body="""Hi Priya,

Thanks for shopping with Boots. We're getting your order ready.

| Order number | 48819027
| No7 Advent Calendar 2026 | £65.00
| Sanctuary Spa gift set (3 for 2) | £30.00
| Standard delivery | £0.00
| **Total** | **£95.00**
| Advantage Card points earned | 380

Boots
""",
)
send(
    ebay,
    (2026, 5, 2, 18, 40),
    "You've sold your item: Bugaboo Bee 6 pushchair - grey",
    body="""Hi Priya,

Congratulations, your item has sold!

| Item | Bugaboo Bee 6 pushchair - grey
| Sale price | £145.00
| Buyer | m.kowalski_88
| Buyer chose | Collection in person

Your payout will be sent to your bank account after the buyer collects.

eBay
""",
)
send(
    vinted,
    (2026, 9, 12, 17, 50),
    "You've received £18.50",
    body="""Hi Priya,

Great news - the buyer has confirmed the order is OK. **£18.50** has been added to your Vinted balance.

| Item | Boden girls' winter coat, age 11-12
| Price | £18.50

You can withdraw your balance to your bank account at any time.

Vinted
""",
)
send(
    royalmail,
    (2026, 11, 16, 13, 5),
    "Sorry we missed you",
    body="""Hello,

We tried to deliver your item today but couldn't as nobody was available.

| Tracking number | QF 8841 6620 5GB
| From | Etsy seller: PaperAndPinesUK

We'll try again tomorrow, or you can [redeliver or collect it](https://www.royalmail.com/receivedacard).

Royal Mail
""",
)
send(
    evri,
    (2026, 11, 13, 8, 30),
    "Your Evri parcel is on its way",
    body="""Hi Priya,

Your parcel from **Amazon** is on its way and will be delivered today between 11:15 and 13:15.

| Tracking number | H01HYA0012447821

[Track your parcel](https://www.evri.com/track)

Evri
""",
)
send(
    odeon,
    (2025, 12, 27, 12, 3),
    "Your ODEON booking confirmation",
    body="""# Enjoy the film!

| Booking reference | 8820-4471-KQ
| Film | Zootropolis 2 (PG)
| Cinema | ODEON Manchester Great Northern
| Date | Sat 27 Dec 2025, 14:40
| Tickets | 2 x Adult £11.49, 2 x Child £8.99
| Booking fee | £1.70
| **Total** | **£42.66**

Show this email or the QR code in the app at the door.
""",
)
send(
    ticketmaster,
    (2026, 3, 10, 10, 4),
    "You got the tickets! Co-op Live, Manchester",
    body="""# You're in!

| Order number | 42-77103/UK1
| Event | Sam Fender - People Watching Tour
| Venue | Co-op Live, Manchester
| Date | Sat 17 October 2026, 18:30
| Tickets | 2 x Standing £74.50
| Service fees | £16.90
| Order processing fee | £2.95
| **Total** | **£168.85**

Your tickets will be available in the Ticketmaster app 48 hours before the event.

Ticketmaster UK
""",
)
send(
    kwikfit,
    (2026, 10, 20, 9, 12),
    "Your MOT booking at Kwik Fit Chorlton",
    body="""Hi Priya,

Your booking is confirmed.

| Booking reference | KF-5521904
| Service | MOT test
| Vehicle | MA19 XKT
| Centre | Kwik Fit Chorlton, Barlow Moor Road
| Date | Tuesday 27 October 2026 at 09:00
| Price | £35.00 (paid online, saving £19.85)

Please allow about an hour. We'll contact you before doing any extra work.

Kwik Fit
""",
)
send(
    ringgo,
    (2026, 8, 29, 11, 20),
    "RingGo parking receipt",
    body="""Parking receipt

| Location | Tatton Park, Knutsford (zone 8121)
| Vehicle | MA19 XKT
| Start | 29/08/2026 11:19
| End | 29/08/2026 17:19
| Parking | £8.00
| Service charge | £0.20
| **Total** | **£8.20**

Thank you for using RingGo.
""",
)


# =========================================================================== truth and output

TRUTH = [
    {
        "name": "Council Tax",
        "aliases": ["Manchester City Council", "Manchester City Council Council Tax", "Council Tax 2026/27"],
        "amount": "164.45",
        "currency": "GBP",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-01",
        "kind": "bill",
    },
    {
        "name": "TV Licence",
        "aliases": ["TV Licensing", "tvlicensing.co.uk", "TV License"],
        "amount": "180.00",
        "currency": "GBP",
        "cycle": "yearly",
        "status": "active",
        "next_renewal": "2027-04-01",
        "kind": "bill",
    },
    {
        "name": "Octopus Energy",
        "aliases": ["Octopus", "Octopus Energy Ltd"],
        "amount": "134.00",
        "currency": "GBP",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-03",
        "kind": "bill",
    },
    {
        "name": "United Utilities",
        "aliases": ["United Utilities Water", "United Utilities Water Limited"],
        "amount": "47.00",
        "currency": "GBP",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-15",
        "kind": "bill",
    },
    {
        "name": "Virgin Media",
        "aliases": ["Virgin Media Broadband", "M350 Fibre Broadband", "M350 Fibre Broadband & Talk Weekends"],
        "amount": "55.00",
        "currency": "GBP",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-18",
        "kind": "bill",
    },
    {
        "name": "O2",
        "aliases": ["O2 Airtime Plan", "O2 Airtime Plan 25GB", "Telefónica UK"],
        "amount": "20.30",
        "currency": "GBP",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-04",
        "kind": "bill",
    },
    {
        "name": "Aviva Home Insurance",
        "aliases": ["Aviva", "Aviva Home", "Aviva Insurance"],
        "amount": "21.34",
        "currency": "GBP",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-01",
        "kind": "bill",
    },
    {
        "name": "Admiral Car Insurance",
        "aliases": ["Admiral", "Admiral Insurance", "EUI Limited"],
        "amount": "612.40",
        "currency": "GBP",
        "cycle": "yearly",
        "status": "active",
        "next_renewal": "2027-11-14",
        "kind": "bill",
    },
    {
        "name": "Netflix",
        "aliases": ["Netflix Premium"],
        "amount": "18.99",
        "currency": "GBP",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-24",
        "kind": "subscription",
    },
    {
        "name": "Spotify Premium Family",
        "aliases": ["Spotify", "Spotify Premium"],
        "amount": "20.99",
        "currency": "GBP",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-11",
        "kind": "subscription",
    },
    {
        "name": "Disney+",
        "aliases": ["Disney Plus", "Disney+ Standard"],
        "amount": "10.99",
        "currency": "GBP",
        "cycle": "monthly",
        "status": "cancelled",
        "next_renewal": None,
        "kind": "subscription",
    },
    {
        "name": "iCloud+",
        "aliases": ["iCloud", "iCloud+ with 200 GB of storage", "iCloud Plus"],
        "amount": "2.99",
        "currency": "GBP",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-09",
        "kind": "subscription",
    },
    {
        "name": "Headspace",
        "aliases": ["Headspace Annual", "Headspace: Sleep & Meditation"],
        "amount": "49.99",
        "currency": "GBP",
        "cycle": "yearly",
        "status": "active",
        "next_renewal": "2026-12-09",
        "kind": "subscription",
    },
    {
        "name": "The Guardian",
        "aliases": [
            "Guardian",
            "Guardian All-access digital",
            "Guardian News & Media Ltd",
            "All-access digital",
        ],
        "amount": "12.00",
        "currency": "GBP",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-05",
        "kind": "subscription",
    },
    {
        "name": "PureGym",
        "aliases": ["Pure Gym", "PureGym Core", "PureGym Manchester Stretford"],
        "amount": "26.99",
        "currency": "GBP",
        "cycle": "monthly",
        "status": "active",
        "next_renewal": "2026-12-01",
        "kind": "subscription",
    },
    {
        "name": "Riverford",
        "aliases": ["Riverford Organic Farmers", "Riverford Organic", "Riverford veg box"],
        "amount": "22.45",
        "currency": "GBP",
        "cycle": "biweekly",
        "status": "active",
        "next_renewal": "2026-12-03",
        "kind": "subscription",
    },
    {
        "name": "Family & Friends Railcard",
        "aliases": ["Railcard", "Family and Friends Railcard"],
        "amount": "35.00",
        "currency": "GBP",
        "cycle": "yearly",
        "status": "active",
        "next_renewal": "2027-02-12",
        "kind": "subscription",
    },
    {
        "name": "Google One",
        "aliases": ["Google One 100 GB"],
        "amount": "15.99",
        "currency": "GBP",
        "cycle": "yearly",
        "status": "active",
        "next_renewal": "2027-03-03",
        "kind": "subscription",
    },
    {
        "name": "Microsoft 365 Family",
        "aliases": ["Microsoft 365", "Office 365"],
        "amount": "104.99",
        "currency": "GBP",
        "cycle": "yearly",
        "status": "active",
        "next_renewal": "2027-01-18",
        "kind": "subscription",
    },
    {
        "name": "123 Reg",
        "aliases": ["priyadraws.co.uk", "123-reg.co.uk", "123 Reg domain renewal"],
        "amount": "14.39",
        "currency": "GBP",
        "cycle": "yearly",
        "status": "active",
        "next_renewal": "2027-09-09",
        "kind": "subscription",
    },
    {
        "name": "Amazon Prime",
        "aliases": ["Prime", "Amazon Prime membership"],
        "amount": "95.00",
        "currency": "GBP",
        "cycle": "yearly",
        "status": "active",
        "next_renewal": "2027-10-02",
        "kind": "subscription",
    },
    {
        "name": "Audible",
        "aliases": ["Audible Premium Plus", "Audible membership"],
        "amount": "7.99",
        "currency": "GBP",
        "cycle": "monthly",
        "status": "inactive",
        "next_renewal": None,
        "kind": "subscription",
    },
]

HARD_NEGATIVES = [
    "Deliveroo",
    "Just Eat",
    "Uber",
    "Trainline",
    "easyJet",
    "Booking.com",
    "HMRC",
    "Nationwide Building Society",
    "British Heart Foundation",
    "JustGiving",
    "The Christie",
    "Sky",
    "Sky Stream",
    "BT",
    "BT Full Fibre",
    "Vodafone",
    "Compare the Market",
    "Direct Line",
    "NOW",
    "NOW Entertainment Membership",
    "HelloFresh",
    "Manchester Evening News",
    "John Lewis",
    "Argos",
    "IKEA",
    "Boots",
    "eBay",
    "Vinted",
    "Royal Mail",
    "Evri",
    "ODEON",
    "Ticketmaster",
    "Kwik Fit",
    "RingGo",
    "ParentPay",
    "Chorlton Park Primary School",
    "Dishoom",
    "Procreate Pocket",
    "Robux",
    "Roblox",
    "Siobhán Byrne",
    "Anjali Sharma",
    "Zoë Clarke",
    "Apartamentos Málaga Centro Soho",
]


def slugify(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def main() -> None:
    truth_names = {t["name"] for t in TRUTH}
    for spec in MESSAGES:
        for label in spec["labels"]:
            assert label in truth_names, label
    order = sorted(range(len(MESSAGES)), key=lambda i: (MESSAGES[i]["when"].astimezone(dt.UTC), i))
    eml_dir = HERE / "eml"
    if eml_dir.exists():
        shutil.rmtree(eml_dir)
    eml_dir.mkdir()
    mbox_path = HERE / "mailbox.mbox"
    if mbox_path.exists():
        mbox_path.unlink()
    box = mailbox.mbox(str(mbox_path), create=True)
    index_rows = []
    for n, i in enumerate(order, start=1):
        spec = MESSAGES[i]
        msg = build(spec, n)
        when = spec["when"]
        fname = f"{n:03d}-{when:%Y%m%d}-{spec['sender'].slug}.eml"
        buf = io.BytesIO()
        # the generator mailbox.mbox uses (no re-folding), so the folder and the mbox match
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(msg)
        data = buf.getvalue()
        (eml_dir / fname).write_bytes(data)
        mm = mailbox.mboxMessage(msg)
        mm.set_from(spec["sender"].addr, when.astimezone(dt.UTC).timetuple())
        box.add(mm)
        index_rows.append(
            {"file": fname, "from": spec["sender"].name, "subject": spec["subject"], "labels": spec["labels"]}
        )
    box.flush()
    box.close()
    for p in HERE.glob("mailbox.mbox.*"):
        p.unlink()
    (HERE / "truth.json").write_text(json.dumps(TRUTH, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "meta.json").write_text(
        json.dumps(
            {"today": TODAY, "messages": len(index_rows), "hard_negatives": HARD_NEGATIVES},
            indent=2,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    (HERE / "messages.json").write_text(
        json.dumps(index_rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(
        f"{len(index_rows)} messages, {len(TRUTH)} truths, "
        f"{sum(1 for r in index_rows if not r['labels'])} unlabelled"
    )


if __name__ == "__main__":
    os.chdir(HERE)
    main()
