#!/usr/bin/env python3
"""Mailbox of Maya Okafor, a software developer in Seattle who freelances on the side.

Seeded and deterministic: rerunning writes the same bytes. stdlib only.
Run from the repository root:  .venv/bin/python bench/data/email-files10/sea/make.py
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
from email import utils
from email.charset import BASE64, QP, Charset
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 27)
RNG = random.Random(20261127)
SEA_TAX = Decimal("0.1035")  # Seattle combined sales tax rate (WA 6.5% + local 3.85%)

ME_NAME = "Maya Okafor"
ME_MAIL = "mayaokafor@gmail.com"
ME = f"{ME_NAME} <{ME_MAIL}>"
ME_WORK = "maya@mayaokafor.dev"
LUIS = ("Luis Herrera", "luis.herrera.sea@gmail.com")
ADDRESS = ["1418 N 46th St", "Seattle, WA 98103"]
VISA = "4417"  # Chase Freedom Unlimited Visa
MC = "8802"  # Capital One Mastercard, expired 07/26
BECU = "0937"  # BECU checking, used for utility AutoPay

MESSAGES: list[dict] = []
TRUTH: list[dict] = []
NEGATIVES: list[str] = []


# ---------------------------------------------------------------- money and time


def D(x) -> Decimal:
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def tax(base) -> Decimal:
    return D(Decimal(str(base)) * SEA_TAX)


def money(x) -> str:
    return f"{D(x):,.2f}"


def _nth_weekday(y: int, m: int, weekday: int, n: int) -> date:
    d = date(y, m, 1)
    d += timedelta(days=(weekday - d.weekday()) % 7)
    return d + timedelta(weeks=n - 1)


def _last_weekday(y: int, m: int, weekday: int) -> date:
    d = date(y, m + 1, 1) - timedelta(days=1) if m < 12 else date(y, 12, 31)
    return d - timedelta(days=(d.weekday() - weekday) % 7)


def _us_dst(local: datetime) -> bool:
    start = datetime.combine(_nth_weekday(local.year, 3, 6, 2), datetime.min.time()) + timedelta(hours=2)
    end = datetime.combine(_nth_weekday(local.year, 11, 6, 1), datetime.min.time()) + timedelta(hours=2)
    return start <= local < end


def _eu_dst(local: datetime, std: int) -> bool:
    start = datetime.combine(_last_weekday(local.year, 3, 6), datetime.min.time()) + timedelta(hours=1 + std)
    end = datetime.combine(_last_weekday(local.year, 10, 6), datetime.min.time()) + timedelta(hours=1 + std)
    return start <= local < end


ZONES = {"PT": -8, "MT": -7, "CT": -6, "ET": -5, "UTC": 0, "UK": 0, "CET": 1}


def at(y: int, m: int, d: int, hh: int = 9, mm: int = 0, ss: int | None = None, zone: str = "PT") -> datetime:
    """An aware datetime in one of the sender time zones (US and EU daylight-saving rules)."""
    if ss is None:
        ss = RNG.randrange(60)
    local = datetime(y, m, d, hh, mm, ss)
    std = ZONES[zone]
    if zone in ("PT", "MT", "CT", "ET"):
        off = std + (1 if _us_dst(local) else 0)
    elif zone in ("UK", "CET"):
        off = std + (1 if _eu_dst(local, std) else 0)
    else:
        off = 0
    return local.replace(tzinfo=timezone(timedelta(hours=off)))


def pacific(dt: datetime) -> datetime:
    """The same instant on Maya's clock (for file names)."""
    utc = dt.astimezone(UTC).replace(tzinfo=None)
    guess = utc - timedelta(hours=8)
    off = -7 if _us_dst(guess + timedelta(hours=0)) else -8
    return (utc + timedelta(hours=off)).replace(tzinfo=timezone(timedelta(hours=off)))


def long_date(d: date | datetime) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def short_date(d: date | datetime) -> str:
    return f"{d:%b} {d.day}, {d.year}"


def us_date(d: date | datetime) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    last = [
        31,
        29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28,
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
    ]
    return date(y, m, min(d.day, last[m - 1]))


# ---------------------------------------------------------------- MIME building


def token(n: int = 16, alphabet: str = "0123456789abcdef") -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


def digits(n: int) -> str:
    return "".join(RNG.choice("0123456789") for _ in range(n))


def upper_id(n: int) -> str:
    return token(n, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


class Part:
    def __init__(self, headers: list[tuple[str, str]], body: str):
        self.headers = headers
        self.body = body

    def render(self) -> str:
        head = "".join(f"{k}: {v}\n" for k, v in self.headers)
        return head + "\n" + self.body


def _encode_body(s: str, charset: str, cte: str) -> str:
    s = s.replace("\r\n", "\n")
    if cte == "quoted-printable":
        out = quopri.encodestring(s.encode(charset), quotetabs=False).decode("ascii")
    elif cte == "base64":
        out = base64.encodebytes(s.encode(charset)).decode("ascii")
    elif cte == "7bit":
        assert s.isascii(), s[:80]
        out = s
    elif cte == "8bit":
        out = s
    else:
        raise ValueError(cte)
    return out if out.endswith("\n") else out + "\n"


def leaf(subtype: str, s: str, charset: str = "utf-8", cte: str = "quoted-printable", extra=()) -> Part:
    cte_name = {"quoted-printable": "quoted-printable", "base64": "base64", "7bit": "7bit", "8bit": "8bit"}[
        cte
    ]
    cs = charset if charset.islower() else charset
    headers = [
        (
            "Content-Type",
            f'text/{subtype}; charset="{cs}"' if RNG.random() < 0.5 else f"text/{subtype}; charset={cs}",
        )
    ]
    headers.append(("Content-Transfer-Encoding", cte_name))
    headers.extend(extra)
    return Part(headers, _encode_body(s, charset, cte))


def text(s: str, charset: str = "utf-8", cte: str = "quoted-printable") -> Part:
    return leaf("plain", s, charset, cte)


def html(s: str, charset: str = "utf-8", cte: str = "quoted-printable") -> Part:
    return leaf("html", s, charset, cte)


def boundary(style: int | None = None) -> str:
    style = RNG.randrange(4) if style is None else style
    if style == 0:
        return f"----=_Part_{digits(7)}_{digits(9)}.{digits(13)}"
    if style == 1:
        return f"{token(28)}"
    if style == 2:
        return f"--==_mimepart_{token(13)}_{digits(5)}"
    return f"===============_{digits(19)}=="


def multi(subtype: str, *parts: Part, style: int | None = None) -> Part:
    b = boundary(style)
    body = "".join(f"--{b}\n" + p.render() for p in parts) + f"--{b}--\n"
    return Part([("Content-Type", f'multipart/{subtype};\n boundary="{b}"')], body)


def alt(
    plain: str,
    htm: str,
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    html_cte: str | None = None,
    style: int | None = None,
) -> Part:
    return multi("alternative", text(plain, charset, cte), html(htm, charset, html_cte or cte), style=style)


def attachment(filename: str, ctype: str, data: bytes) -> Part:
    body = base64.encodebytes(data).decode("ascii")
    return Part(
        [
            ("Content-Type", f'{ctype}; name="{filename}"'),
            ("Content-Disposition", f'attachment; filename="{filename}"'),
            ("Content-Transfer-Encoding", "base64"),
        ],
        body,
    )


def fake_pdf(title: str, lines: list[str]) -> bytes:
    """A tiny but well-formed one-page PDF with the invoice text."""
    content = "BT /F1 11 Tf 50 760 Td 14 TL (" + title.replace("(", "[").replace(")", "]") + ") Tj"
    for ln in lines:
        content += (
            " T* (" + ln.replace("(", "[").replace(")", "]").encode("ascii", "replace").decode() + ") Tj"
        )
    content += " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(
        f"{o:010d} 00000 n \n" for o in offsets
    )
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def hdr(s: str, enc: str = "q") -> str:
    if s.isascii():
        return s
    cs = Charset("utf-8")
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(s, cs, maxlinelen=76).encode()


def addr(name: str, email: str, enc: str = "q") -> str:
    if not name:
        return email
    if name.isascii():
        if re.search(r'[()<>\[\]:;@\\,."]', name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    return f"{hdr(name, enc)} <{email}>"


def slugify(s: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return s[:40].rstrip("-") or "message"


def add(
    dt: datetime,
    sender: tuple[str, str],
    subject: str,
    part: Part,
    labels=(),
    slug: str | None = None,
    to: str = ME,
    extra=(),
    msgid: str | None = None,
    enc: str = "q",
) -> None:
    name, email = sender
    domain = email.split("@", 1)[1]
    if msgid is None:
        msgid = f"<{token(24)}@{domain}>"
    headers = [
        ("Date", utils.format_datetime(dt)),
        ("From", addr(name, email, enc)),
        ("To", to),
        ("Message-ID", msgid),
        ("Subject", hdr(subject, enc)),
        ("MIME-Version", "1.0"),
    ]
    headers.extend(extra)
    head = "".join(f"{k}: {v}\n" for k, v in headers)
    raw = head + part.render()
    MESSAGES.append(
        {
            "dt": dt,
            "email": email,
            "from": name or email,
            "subject": subject,
            "raw": raw.encode("utf-8"),
            "labels": list(labels),
            "slug": slug or slugify(f"{name} {subject}"),
        }
    )


def truth(name, aliases, amount, cycle, status, next_renewal, kind) -> str:
    TRUTH.append(
        {
            "name": name,
            "aliases": list(aliases),
            "amount": f"{D(amount):.2f}",
            "currency": "USD",
            "cycle": cycle,
            "status": status,
            "next_renewal": next_renewal.isoformat() if next_renewal else None,
            "kind": kind,
        }
    )
    return name


def unsub(url: str, mailto: str | None = None) -> list[tuple[str, str]]:
    value = f"<{url}>" if mailto is None else f"<mailto:{mailto}>, <{url}>"
    return [("List-Unsubscribe", value), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def page(
    inner: str,
    title: str = "",
    bg: str = "#f4f4f5",
    width: int = 600,
    font: str = "Helvetica,Arial,sans-serif",
    preheader: str = "",
) -> str:
    """The usual table-based e-mail skeleton most senders use."""
    pre = (
        f'<div style="display:none;max-height:0;overflow:hidden;opacity:0">{esc(preheader)}</div>\n'
        if preheader
        else ""
    )
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        f"<title>{esc(title)}</title>\n</head>\n"
        f'<body style="margin:0;padding:0;background-color:{bg};font-family:{font}">\n{pre}'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="{bg}">\n'
        f'<tr><td align="center" style="padding:24px 12px">\n'
        f'<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" '
        f'style="background-color:#ffffff;max-width:{width}px">\n'
        f"{inner}\n"
        "</table>\n</td></tr>\n</table>\n</body>\n</html>\n"
    )


def rows(
    items: list[tuple[str, str]], bold_last: bool = True, pad: str = "8px 0", border: str = "#e5e7eb"
) -> str:
    out = []
    for i, (k, v) in enumerate(items):
        weight = "bold" if bold_last and i == len(items) - 1 else "normal"
        out.append(
            f'<tr><td style="padding:{pad};border-bottom:1px solid {border};font-weight:{weight}">{k}</td>'
            f'<td align="right" style="padding:{pad};border-bottom:1px solid {border};font-weight:{weight}">{v}</td></tr>'
        )
    return "\n".join(out)


def plain_rows(items: list[tuple[str, str]], width: int = 44) -> str:
    return "\n".join(f"{k}{' ' * max(1, width - len(k) - len(v))}{v}" for k, v in items)


# ================================================================ software and SaaS


def github() -> None:
    name = truth(
        "GitHub Copilot Pro",
        ["GitHub Copilot", "Copilot", "Copilot Pro"],
        "100.00",
        "yearly",
        "active",
        date(2027, 4, 14),
        "subscription",
    )
    gh = ("GitHub", "noreply@github.com")
    login = "mayaokafor"

    def receipt(dt: datetime, amount: str, start: date, end: date, product: str) -> None:
        body = (
            "We received payment for your GitHub.com subscription. Thanks for your business!\n\n"
            "Questions? Please visit https://support.github.com/\n\n"
            "------------------------------------\n"
            f"GITHUB RECEIPT - PERSONAL ACCOUNT - {login}\n\n"
            f"Date: {dt.date().isoformat()}\n"
            f"Transaction ID: {upper_id(8)}\n"
            f"Billing Period: {start.isoformat()} - {end.isoformat()}\n\n"
            f"Product: {product}\n"
            f"Amount: ${amount} USD\n"
            f"Charged to: Visa (4*** **** **** {VISA})\n\n"
            f"For service through: {end.isoformat()}\n\n"
            "Maya Okafor\n" + "\n".join(ADDRESS) + "\nUnited States\n"
            "------------------------------------\n\n"
            "GitHub, Inc.\n88 Colin P. Kelly Jr. Street\nSan Francisco, CA 94107\n"
        )
        add(
            dt,
            gh,
            f"[GitHub] Payment Receipt for {login}",
            text(body, cte="7bit"),
            [name],
            msgid=f"<{login}/billing/receipt/{digits(9)}@github.com>",
            extra=[("X-GitHub-Reason", "billing"), ("Precedence", "bulk")],
        )

    receipt(
        at(2025, 12, 14, 10, 2, zone="UTC"),
        "10.00",
        date(2025, 12, 14),
        date(2026, 1, 13),
        "GitHub Copilot Pro (monthly)",
    )
    receipt(
        at(2026, 3, 14, 9, 48, zone="UTC"),
        "10.00",
        date(2026, 3, 14),
        date(2026, 4, 13),
        "GitHub Copilot Pro (monthly)",
    )

    plain = (
        f"Hi @{login},\n\n"
        "You've successfully changed the billing cycle of your GitHub Copilot Pro subscription\n"
        "from monthly to yearly.\n\n"
        "  Current plan:   Copilot Pro, $10.00 per month, paid through April 13, 2026\n"
        "  New plan:       Copilot Pro, $100.00 per year\n"
        "  Change date:    April 14, 2026\n\n"
        "You won't be charged anything today. On April 14, 2026 we'll charge $100.00 to your\n"
        f"Visa ending in {VISA} for a year of Copilot Pro, and your subscription will renew\n"
        "every year after that until you cancel.\n\n"
        "You can review or cancel this change from your billing settings:\n"
        "https://github.com/settings/billing/summary\n\n"
        "Thanks,\nThe GitHub Team\n\n---\nYou're receiving this email because of a change to billing on your account.\n"
        "GitHub, Inc. 88 Colin P Kelly Jr Street San Francisco, CA 94107\n"
    )
    htm = page(
        '<tr><td style="padding:24px 32px"><img src="https://github.githubassets.com/images/email/global/octicon-logo.png"'
        ' width="32" height="32" alt="GitHub" /></td></tr>\n'
        f'<tr><td style="padding:0 32px 16px;font-size:16px;color:#24292f"><p>Hi @{login},</p>'
        "<p>You've successfully changed the billing cycle of your <strong>GitHub Copilot Pro</strong> subscription "
        "from monthly to yearly.</p></td></tr>\n"
        '<tr><td style="padding:0 32px"><table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;color:#24292f">'
        + rows(
            [
                ("Current plan", "Copilot Pro &middot; $10.00/month &middot; paid through Apr 13, 2026"),
                ("New plan", "Copilot Pro &middot; $100.00/year"),
                ("Change date", "April 14, 2026"),
            ],
            bold_last=False,
        )
        + "</table></td></tr>\n"
        '<tr><td style="padding:16px 32px;font-size:14px;color:#24292f"><p>You won\'t be charged anything today. '
        f"On April 14, 2026 we'll charge <strong>$100.00</strong> to your Visa ending in {VISA}.</p>"
        '<p><a href="https://github.com/settings/billing/summary" style="background:#1f883d;color:#fff;padding:8px 16px;'
        'border-radius:6px;text-decoration:none">View billing settings</a></p></td></tr>\n'
        '<tr><td style="padding:16px 32px;font-size:12px;color:#57606a">You\'re receiving this email because of a change '
        "to billing on your account.<br />GitHub, Inc. &#x30FB;88 Colin P Kelly Jr Street &#x30FB;San Francisco, CA 94107</td></tr>",
        title="Billing cycle change",
        bg="#f6f8fa",
    )
    add(
        at(2026, 3, 29, 17, 21, zone="UTC"),
        gh,
        "[GitHub] Your Copilot Pro billing cycle is changing to yearly",
        alt(plain, htm),
        [name],
    )
    receipt(
        at(2026, 4, 14, 10, 11, zone="UTC"),
        "100.00",
        date(2026, 4, 14),
        date(2027, 4, 13),
        "GitHub Copilot Pro (yearly)",
    )

    # GitHub Sponsors: money she RECEIVES, and a security notice: not subscriptions.
    NEGATIVES.append("GitHub Sponsors")
    plain = (
        f"Hi @{login},\n\n@quietbyte is now sponsoring you for $5 a month through GitHub Sponsors.\n\n"
        '"Thanks for maintaining pg-lite-migrate, it saved our team a week."\n\n'
        "Say thanks: https://github.com/sponsors/mayaokafor/dashboard/your_sponsors\n\n"
        "Sponsorship payouts are made monthly to your Stripe Connect account once your balance\n"
        "is at least $1.00.\n\n-- The GitHub Sponsors team\n"
    )
    add(
        at(2026, 2, 7, 3, 14, zone="UTC"),
        gh,
        "[GitHub] @quietbyte is now sponsoring you!",
        text(plain, cte="7bit"),
        [],
        msgid=f"<sponsors/{login}/{digits(8)}@github.com>",
    )
    plain = (
        f"Hi @{login},\n\nGood news! Your GitHub Sponsors payout is on its way.\n\n"
        "  Payout amount:     $38.00 USD\n  Sponsorships:      4 sponsors (May 2026)\n"
        "  Destination:       Stripe Connect account ending in 6620\n  Expected arrival:  2-5 business days\n\n"
        "GitHub does not charge fees for sponsorships from personal accounts.\n\n"
        "View your Sponsors dashboard: https://github.com/sponsors/mayaokafor/dashboard\n\n-- The GitHub Sponsors team\n"
    )
    add(
        at(2026, 6, 22, 18, 5, zone="UTC"),
        gh,
        "[GitHub] Your GitHub Sponsors payout of $38.00 is on its way",
        text(plain, cte="7bit"),
        [],
        msgid=f"<sponsors/{login}/payout/{digits(8)}@github.com>",
    )
    plain = (
        f"Hey {login}!\n\nA new SSH authentication public key was added to your account.\n\n"
        "  Title: maya-fw13-2026\n  Fingerprint: SHA256:"
        + token(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        + "\n\n"
        "If you believe this key was added in error, you can remove the key and disable access at the\n"
        "following location:\n\nhttps://github.com/settings/keys\n\n"
        "To see this and other security events for your account, visit https://github.com/settings/security-log\n\n"
        "If you run into problems, please contact support by visiting https://github.com/contact\n\nThanks,\nThe GitHub Team\n"
    )
    add(
        at(2026, 8, 11, 4, 37, zone="UTC"),
        gh,
        "[GitHub] A new SSH authentication public key was added to your account",
        text(plain, cte="7bit"),
        [],
    )


def digitalocean() -> None:
    months = [  # (invoice date, usage month, droplets, backups, spaces, volume GB, bandwidth overage)
        (
            date(2025, 12, 1),
            "November 2025",
            [("web-01 (s-1vcpu-1gb)", "6.00"), ("db-01 (s-1vcpu-2gb)", "12.00")],
            True,
            True,
            0,
        ),
        (
            date(2026, 4, 1),
            "March 2026",
            [
                ("web-01 (s-1vcpu-1gb)", "6.00"),
                ("db-01 (s-1vcpu-2gb)", "12.00"),
                ("scratch-gpu-test (gpu-h100x1-80gb)", "7.61"),
            ],
            True,
            True,
            0,
        ),
        (
            date(2026, 6, 1),
            "May 2026",
            [("web-01 (s-1vcpu-1gb)", "6.00"), ("db-01 (s-2vcpu-2gb)", "16.43")],
            True,
            True,
            25,
        ),
        (
            date(2026, 8, 1),
            "July 2026",
            [("web-01 (s-1vcpu-1gb)", "6.00"), ("db-01 (s-2vcpu-2gb)", "18.00")],
            True,
            True,
            50,
        ),
        (
            date(2026, 10, 1),
            "September 2026",
            [("web-01 (s-1vcpu-1gb)", "6.00"), ("db-01 (s-2vcpu-2gb)", "18.00")],
            True,
            True,
            50,
        ),
        (
            date(2026, 11, 1),
            "October 2026",
            [
                ("web-01 (s-1vcpu-1gb)", "6.00"),
                ("db-01 (s-2vcpu-2gb)", "18.00"),
                ("client-staging (s-1vcpu-1gb)", "3.48"),
            ],
            True,
            True,
            50,
        ),
    ]
    last_total = None
    sender = ("DigitalOcean", "billing@digitalocean.com")
    for inv_date, usage, droplets, backups, spaces, vol in months:
        lines = list(droplets)
        if backups:
            lines.append(
                (
                    "Droplet backups (weekly, 20%)",
                    money(sum(Decimal(p) for _, p in droplets[:2]) * Decimal("0.2")),
                )
            )
        if spaces:
            lines.append(("Spaces Object Storage (250 GiB)", "5.00"))
        if vol:
            lines.append((f"Volumes Block Storage ({vol} GiB)", money(Decimal(vol) * Decimal("0.10"))))
        sub = sum(Decimal(p) for _, p in lines)
        t = tax(sub)
        total = sub + t
        last_total = total
        inv_no = digits(10)
        prev_end = inv_date - timedelta(days=1)
        first = prev_end.replace(day=1)
        name = "DigitalOcean"
        plain = (
            "DigitalOcean\n\n"
            f"Your invoice for {usage} is now available.\n\n"
            f"Team: Okafor Dev\nInvoice number: {inv_no}\nInvoice date: {long_date(inv_date)}\n"
            f"Billing period: {long_date(first)} - {long_date(prev_end)}\n\n"
            + plain_rows(
                [(k, "$" + v) for k, v in lines]
                + [
                    ("Subtotal", "$" + money(sub)),
                    ("Sales tax (WA 10.35%)", "$" + money(t)),
                    ("Total due", "$" + money(total)),
                ],
                58,
            )
            + f"\n\nThe total of ${money(total)} will be charged to your Visa ending in {VISA} today.\n"
            "No action is needed on your part.\n\n"
            f"View or download the invoice: https://cloud.digitalocean.com/account/billing/invoices/{inv_no}\n\n"
            "Thanks for building with DigitalOcean.\n\n"
            "DigitalOcean, LLC | 105 Edgeview Drive, Suite 425, Broomfield, CO 80021\n"
            "You are receiving this billing email because you have a DigitalOcean account.\n"
        )
        table = rows([(esc(k), "$" + v) for k, v in lines], bold_last=False) + rows(
            [
                ("Subtotal", "$" + money(sub)),
                ("Sales tax (WA 10.35%)", "$" + money(t)),
                ("Total due", "$" + money(total)),
            ]
        )
        htm = page(
            '<tr><td style="background:#0069ff;padding:20px 32px"><img src="https://assets.digitalocean.com/email/logo-white.png"'
            ' alt="DigitalOcean" width="160" /></td></tr>\n'
            f'<tr><td style="padding:28px 32px 8px;font-size:22px;color:#031b4e">Your {usage} invoice is available</td></tr>\n'
            f'<tr><td style="padding:0 32px;font-size:14px;color:#4d5b7c">Team: <b>Okafor Dev</b> &nbsp;|&nbsp; Invoice '
            f"#{inv_no} &nbsp;|&nbsp; {short_date(inv_date)}</td></tr>\n"
            '<tr><td style="padding:16px 32px"><table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;color:#031b4e">'
            f"{table}</table></td></tr>\n"
            f'<tr><td style="padding:8px 32px;font-size:14px;color:#4d5b7c">The total of <b>${money(total)}</b> will be charged to '
            f"your Visa ending in {VISA} today. No action is needed.</td></tr>\n"
            f'<tr><td style="padding:16px 32px"><a href="https://cloud.digitalocean.com/account/billing/invoices/{inv_no}" '
            'style="background:#0069ff;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">View invoice</a></td></tr>\n'
            '<tr><td style="padding:24px 32px;font-size:11px;color:#8690a2">DigitalOcean, LLC &middot; 105 Edgeview Drive, Suite 425, '
            "Broomfield, CO 80021<br />You are receiving this billing email because you have a DigitalOcean account.</td></tr>",
            title="Invoice",
            bg="#f3f5f9",
        )
        pdf = fake_pdf(
            f"DigitalOcean invoice {inv_no}", [f"{k}  ${v}" for k, v in lines] + [f"Total ${money(total)}"]
        )
        part = multi(
            "mixed",
            alt(plain, htm, cte="quoted-printable"),
            attachment(f"DigitalOcean Invoice {inv_date:%Y %b} ({inv_no}).pdf", "application/pdf", pdf),
        )
        add(
            at(inv_date.year, inv_date.month, inv_date.day, 9, RNG.randrange(10, 50), zone="ET"),
            sender,
            f"Your DigitalOcean invoice for {usage} is available",
            part,
            [name],
        )
    truth(
        "DigitalOcean",
        ["DigitalOcean, LLC", "DigitalOcean Cloud", "DigitalOcean Droplets"],
        last_total,
        "monthly",
        "active",
        date(2026, 12, 1),
        "subscription",
    )
    # marketing from the same company
    htm = page(
        '<tr><td style="padding:32px;font-size:24px;color:#031b4e">Deploy with App Platform: now with one-click Postgres</td></tr>'
        '<tr><td style="padding:0 32px 24px;font-size:15px;color:#4d5b7c">Build, deploy and scale apps without managing '
        "infrastructure. Starting at $5/month. Plus: DigitalOcean Deploy 2026 talks are on YouTube.</td></tr>"
        '<tr><td style="padding:0 32px 32px;font-size:11px;color:#8690a2"><a href="https://www.digitalocean.com/unsubscribe">'
        "Unsubscribe</a> from marketing email. DigitalOcean, LLC, 105 Edgeview Drive, Broomfield, CO 80021</td></tr>",
        title="DigitalOcean",
        preheader="Ship faster with App Platform",
    )
    add(
        at(2026, 5, 14, 11, 30, zone="ET"),
        ("DigitalOcean", "news@digitalocean.com"),
        "New on App Platform: one-click managed Postgres",
        html(htm),
        [],
        extra=unsub("https://www.digitalocean.com/unsubscribe?e=" + token(20)),
    )


def porkbun() -> None:
    sender = ("Porkbun", "support@porkbun.com")
    dev = truth(
        "mayaokafor.dev domain",
        ["Porkbun", "mayaokafor.dev", "Porkbun mayaokafor.dev"],
        "12.98",
        "yearly",
        "active",
        date(2027, 3, 14),
        "subscription",
    )
    app = truth(
        "tinyloaf.app domain",
        ["Porkbun", "tinyloaf.app", "Porkbun tinyloaf.app"],
        "14.93",
        "yearly",
        "cancelled",
        None,
        "subscription",
    )
    foot = (
        "\n\n--\nPorkbun LLC\n21370 SW Langer Farms Parkway, Suite 142-429\nSherwood, OR 97140\n"
        "https://porkbun.com | support@porkbun.com | 1-855-PORKBUN\n"
    )
    plain = (
        "Hello Maya Okafor,\n\n"
        "This is a courtesy reminder that the following domain in your Porkbun account is set to expire\n"
        "in 30 days:\n\n"
        "    Domain:          mayaokafor.dev\n    Expiration Date: 2026-03-14\n    Auto Renew:      ON\n"
        "    Renewal Price:   $12.98 / 1 year\n\n"
        "Because auto renew is on, we will attempt to renew this domain on 2026-03-14 using the payment\n"
        f"method on file (Visa ending in {VISA}). You don't need to do anything.\n\n"
        "If you no longer want this domain, you can turn off auto renew at any time from your domain\n"
        "management page: https://porkbun.com/account/domainsSpeedy\n\n"
        "Thank you for choosing Porkbun! \U0001f437" + foot
    )
    add(
        at(2026, 2, 12, 6, 3, zone="PT"),
        sender,
        "Domain Expiration Notice: mayaokafor.dev",
        text(plain),
        [dev],
    )
    order = digits(7)
    plain = (
        "Hello Maya Okafor,\n\nThank you for your order! Here are the details:\n\n"
        f"Order #: {order}\nDate: 2026-03-14 00:12:09\nPayment: Visa ending in {VISA}\n\n"
        "-----------------------------------------------------------\n"
        + plain_rows(
            [
                ("mayaokafor.dev  Renewal  1 year", "$12.98"),
                ("  WHOIS Privacy", "FREE"),
                ("  SSL Certificate", "FREE"),
                ("Total", "$12.98"),
            ],
            59,
        )
        + "\n-----------------------------------------------------------\n\n"
        "mayaokafor.dev new expiration date: 2027-03-14\n\n"
        "This domain will automatically renew again next year unless you turn auto renew off.\n"
        "You can view your order history at https://porkbun.com/account/billing" + foot
    )
    add(
        at(2026, 3, 14, 0, 12, 9, zone="PT"),
        sender,
        f"Porkbun Order Confirmation #{order}",
        text(plain),
        [dev],
    )
    plain = (
        "Hello Maya Okafor,\n\n"
        "This is a courtesy reminder that the following domain in your Porkbun account is set to expire\n"
        "in 30 days:\n\n"
        "    Domain:          tinyloaf.app\n    Expiration Date: 2026-08-02\n    Auto Renew:      OFF\n"
        "    Renewal Price:   $14.93 / 1 year\n\n"
        "Auto renew is turned off for this domain, so it will NOT renew unless you renew it manually\n"
        "before the expiration date: https://porkbun.com/account/domainsSpeedy\n\n"
        "After expiration, the domain enters a grace period and may later become available to others.\n\n"
        "Thank you for choosing Porkbun! \U0001f437" + foot
    )
    add(at(2026, 7, 3, 6, 1, zone="PT"), sender, "Domain Expiration Notice: tinyloaf.app", text(plain), [app])
    plain = (
        "Hello Maya Okafor,\n\nThe following domain has EXPIRED and is no longer resolving:\n\n"
        "    Domain:          tinyloaf.app\n    Expired On:      2026-08-02\n\n"
        "You can still renew it at the regular price of $14.93 during the grace period, which ends\n"
        "2026-09-01. After that the domain will go into redemption and a $35.00 restore fee will apply.\n\n"
        "If you meant to let it go, you can ignore this message and we won't email you about it again.\n"
        + foot
    )
    add(at(2026, 8, 3, 6, 2, zone="PT"), sender, "Domain Expired: tinyloaf.app", text(plain), [app])


def stripe_receipt(
    dt: datetime,
    merchant: str,
    sender: tuple[str, str],
    color: str,
    lines: list[tuple[str, str]],
    period: str,
    support: str,
    labels,
    card: str = VISA,
    taxable: Decimal | None = None,
    invoice_prefix: str | None = None,
) -> Decimal:
    """Stripe's standard receipt e-mail, sent in the merchant's name (same look for every merchant)."""
    sub = sum(Decimal(v.replace(",", "").replace("$", "").replace("\u2212", "-")) for _, v in lines)
    base = sub if taxable is None else taxable
    t = tax(base)
    total = sub + t
    rno = f"{digits(4)}-{digits(4)}"
    inv = f"{invoice_prefix or upper_id(8)}-{digits(4)}"
    paid = long_date(dt)
    tax_label = f"Sales Tax - Washington (10.35% on ${money(base)})"
    items = [(k, "\u2212$" + v[1:] if v.startswith("\u2212") else "$" + v) for k, v in lines]
    plain = (
        f"{merchant}\n\nReceipt from {merchant}\n${money(total)}\nPaid {paid}\n\n"
        f"Receipt number        {rno}\nInvoice number        {inv}\nPayment method        Visa - {card}\n\n"
        f"{period}\n\n"
        + plain_rows(
            items
            + [
                ("Subtotal", "$" + money(sub)),
                (tax_label, "$" + money(t)),
                ("Total", "$" + money(total)),
                ("Amount paid", "$" + money(total)),
            ],
            66,
        )
        + f"\n\nQuestions? Visit {support}.\n\n"
        "Something wrong with the email? View it in your browser.\n\n"
        f"You're receiving this email because you made a purchase at {merchant}, which partners with Stripe to provide "
        "invoicing and payment processing.\n"
    )
    detail = "\n".join(
        f'<tr><td style="padding:6px 0;color:#414552;font-size:14px">{esc(k)}</td>'
        f'<td align="right" style="padding:6px 0;color:#414552;font-size:14px">{esc(v)}</td></tr>'
        for k, v in items
    )
    htm = page(
        f'<tr><td style="background:{color};height:8px;font-size:1px">&nbsp;</td></tr>\n'
        f'<tr><td style="padding:32px 40px 0;font-size:16px;color:#687385">Receipt from {esc(merchant)}</td></tr>\n'
        f'<tr><td style="padding:4px 40px 0;font-size:36px;font-weight:600;color:#1a1b25">${money(total)}</td></tr>\n'
        f'<tr><td style="padding:4px 40px 24px;font-size:14px;color:#687385">Paid {paid}</td></tr>\n'
        '<tr><td style="padding:0 40px"><table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;color:#414552">'
        f'<tr><td style="padding:4px 0">Receipt number</td><td align="right">{rno}</td></tr>'
        f'<tr><td style="padding:4px 0">Invoice number</td><td align="right">{inv}</td></tr>'
        f'<tr><td style="padding:4px 0">Payment method</td><td align="right"><img src="https://stripe-images.s3.amazonaws.com/'
        f'emails/receipt_assets/card/visa-dark@2x.png" width="24" alt="Visa" /> - {card}</td></tr></table></td></tr>\n'
        f'<tr><td style="padding:24px 40px 4px;font-size:12px;text-transform:uppercase;color:#687385">{esc(period)}</td></tr>\n'
        '<tr><td style="padding:0 40px"><table width="100%" cellpadding="0" cellspacing="0">'
        f"{detail}"
        + rows(
            [
                ("Subtotal", "$" + money(sub)),
                (esc(tax_label), "$" + money(t)),
                ("Total", "$" + money(total)),
                ("Amount paid", "$" + money(total)),
            ],
            pad="6px 0",
        )
        + "</table></td></tr>\n"
        f'<tr><td style="padding:24px 40px;font-size:14px;color:#687385">Questions? Visit {esc(support)}.</td></tr>\n'
        '<tr><td style="padding:16px 40px 32px;font-size:12px;color:#a3acb9;border-top:1px solid #ebeef1">'
        f"You're receiving this email because you made a purchase at {esc(merchant)}, which partners with "
        '<a href="https://stripe.com" style="color:#a3acb9">Stripe</a> to provide invoicing and payment processing.</td></tr>',
        title=f"Receipt from {merchant}",
        bg="#f6f9fc",
    )
    add(
        dt,
        sender,
        f"Your receipt from {merchant} #{rno}",
        alt(plain, htm),
        labels,
        msgid=f"<{token(12)}.{digits(10)}@stripe.com>",
        extra=[
            ("X-Stripe-Event", "invoice.payment_succeeded"),
            ("Reply-To", support.split()[-1].rstrip("."))
            if "@" in support
            else (
                "X-Stripe-Account",
                "acct_" + token(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
            ),
        ],
    )
    return total


def onepassword() -> None:
    name = truth(
        "1Password Families",
        ["1Password", "AgileBits", "1Password Families membership"],
        "66.08",
        "yearly",
        "active",
        date(2027, 2, 9),
        "subscription",
    )
    sender = ("1Password", "billing@1password.com")
    plain = (
        "Hi Maya,\n\nThis is a friendly reminder that your 1Password Families membership for the\n"
        '"Okafor-Herrera" family account will renew automatically on February 9, 2026.\n\n'
        "  Plan:            1Password Families (up to 5 people), billed annually\n"
        "  Renewal amount:  $59.88 USD plus applicable sales tax\n"
        f"  Payment method:  Visa ending in {VISA}\n\n"
        "There's nothing you need to do. If you'd like to change your plan or payment method, sign in\n"
        "to your account at https://okafor-herrera.1password.com and choose Billing.\n\n"
        "Thanks for helping keep your family safe online.\n\nThe 1Password Team\n\n"
        "AgileBits Inc. dba 1Password, 4711 Yonge St, 10th Floor, Toronto, Ontario, M2N 6K8, Canada\n"
    )
    htm = page(
        '<tr><td style="padding:28px 36px"><img src="https://1password.com/img/email/1password-logo.png" width="140" alt="1Password" /></td></tr>'
        '<tr><td style="padding:0 36px;font-size:16px;color:#1a1a1a;line-height:24px"><p>Hi Maya,</p>'
        "<p>This is a friendly reminder that your <strong>1Password Families</strong> membership for the &ldquo;Okafor-Herrera&rdquo; "
        "family account will renew automatically on <strong>February 9, 2026</strong>.</p></td></tr>"
        '<tr><td style="padding:0 36px"><table width="100%" style="font-size:15px">'
        + rows(
            [
                ("Plan", "1Password Families, billed annually"),
                ("Renewal amount", "$59.88 USD + applicable tax"),
                ("Payment method", f"Visa ending in {VISA}"),
            ],
            bold_last=False,
        )
        + "</table></td></tr>"
        '<tr><td style="padding:20px 36px;font-size:15px;color:#1a1a1a">There&rsquo;s nothing you need to do.</td></tr>'
        '<tr><td style="padding:20px 36px;font-size:12px;color:#6b6b6b">AgileBits Inc. dba 1Password, 4711 Yonge St, 10th Floor, '
        "Toronto, Ontario, M2N 6K8, Canada</td></tr>",
        title="Your membership renews soon",
    )
    add(
        at(2026, 1, 10, 15, 4, zone="UTC"),
        sender,
        "Your 1Password membership renews soon",
        alt(plain, htm),
        [name],
    )
    base = Decimal("59.88")
    t = tax(base)
    inv = f"1P-{digits(8)}"
    plain = (
        "1Password\nReceipt\n\n"
        f"Invoice: {inv}\nDate: February 9, 2026\nAccount: Okafor-Herrera (okafor-herrera.1password.com)\n\n"
        + plain_rows(
            [
                ("1Password Families - annual (Feb 9, 2026 - Feb 9, 2027)", "$59.88"),
                ("Sales tax (Washington, 10.35%)", "$" + money(t)),
                ("Total charged", "$" + money(base + t)),
            ],
            72,
        )
        + f"\n\nCharged to Visa ending in {VISA}.\nNext billing date: February 9, 2027\n\n"
        "Questions about your bill? Contact support@1password.com\n\n"
        "AgileBits Inc. dba 1Password, 4711 Yonge St, 10th Floor, Toronto, Ontario, M2N 6K8, Canada\n"
    )
    htm = page(
        '<tr><td style="padding:28px 36px"><img src="https://1password.com/img/email/1password-logo.png" width="140" alt="1Password" /></td></tr>'
        f'<tr><td style="padding:0 36px;font-size:22px;color:#1a1a1a">Receipt</td></tr>'
        f'<tr><td style="padding:4px 36px 16px;font-size:14px;color:#6b6b6b">Invoice {inv} &middot; February 9, 2026 &middot; Okafor-Herrera</td></tr>'
        '<tr><td style="padding:0 36px"><table width="100%" style="font-size:15px">'
        + rows(
            [
                (
                    '1Password Families &ndash; annual<br /><span style="color:#6b6b6b;font-size:13px">Feb 9, 2026 &ndash; Feb 9, 2027</span>',
                    "$59.88",
                ),
                ("Sales tax (Washington, 10.35%)", "$" + money(t)),
                ("Total charged", "$" + money(base + t)),
            ]
        )
        + "</table></td></tr>"
        f'<tr><td style="padding:20px 36px;font-size:15px">Charged to Visa ending in {VISA}.<br />Next billing date: <strong>February 9, 2027</strong></td></tr>'
        '<tr><td style="padding:20px 36px;font-size:12px;color:#6b6b6b">AgileBits Inc. dba 1Password, 4711 Yonge St, 10th Floor, '
        "Toronto, Ontario, M2N 6K8, Canada</td></tr>",
        title="Receipt",
    )
    add(at(2026, 2, 9, 8, 17, zone="UTC"), sender, "Your 1Password receipt", alt(plain, htm), [name])


def jetbrains() -> None:
    base = Decimal("173.00")
    t = tax(base)
    total = base + t
    name = truth(
        "JetBrains All Products Pack",
        ["JetBrains", "All Products Pack", "JetBrains s.r.o."],
        total,
        "yearly",
        "active",
        date(2027, 6, 18),
        "subscription",
    )
    sales = ("JetBrains Sales", "sales@jetbrains.com")
    plain = (
        "Dear Maya Okafor,\n\n"
        "This is a reminder that your subscription listed below will be renewed automatically.\n\n"
        "Product:                 All Products Pack\n"
        "Subscription type:       Personal, annual billing\n"
        "Subscription ID:         A" + digits(8) + "\n"
        "Renewal date:            June 18, 2026\n"
        "Renewal price:           US $173.00 (plus applicable sales tax)\n"
        "Continuity discount:     Third year onwards (40% off)\n"
        f"Payment method:          Visa **** {VISA}\n\n"
        "Your card will be charged on the renewal date. If you don't want to continue, you can turn off\n"
        "automatic renewal in your JetBrains Account: https://account.jetbrains.com/licenses\n\n"
        "Best regards,\nThe JetBrains Sales Team\n\n"
        "JetBrains s.r.o., Na Hřebenech II 1718/10, Praha 4 - Nusle, 140 00, Czech Republic\n"
    )
    add(
        at(2026, 5, 19, 10, 30, zone="CET"),
        sales,
        "Your JetBrains subscription will be renewed on June 18, 2026",
        text(plain, cte="quoted-printable"),
        [name],
    )
    order = "A" + digits(7)
    plain = (
        f"Dear Maya Okafor,\n\nThank you for your order {order}. Your payment has been received and\n"
        "your subscription has been renewed.\n\n"
        "Order details\n-------------\n"
        + plain_rows(
            [
                ("All Products Pack, Personal annual subscription (renewal)", ""),
                ("  Jun 18, 2026 - Jun 17, 2027, 1 x US $173.00", "US $173.00"),
                ("Sales tax (Washington, 10.35%)", f"US ${money(t)}"),
                ("Total", f"US ${money(total)}"),
            ],
            74,
        )
        + f"\n\nPaid by: Visa **** {VISA}\nNext renewal: June 18, 2027\n\n"
        "The invoice is attached to this email and is also available in your JetBrains Account.\n\n"
        "Best regards,\nThe JetBrains Team\nhttps://www.jetbrains.com\n\n"
        "JetBrains s.r.o., Na Hřebenech II 1718/10, Praha 4 - Nusle, 140 00, Czech Republic\n"
        "Registered in the Commercial Register of the Municipal Court in Prague, Section C, File 86211\n"
    )
    htm = page(
        '<tr><td style="padding:24px 32px;background:#000"><img src="https://resources.jetbrains.com/storage/email/jetbrains-logo.png" width="120" alt="JetBrains" /></td></tr>'
        f'<tr><td style="padding:24px 32px 0;font-size:15px;color:#27282c"><p>Dear Maya Okafor,</p><p>Thank you for your order <b>{order}</b>. '
        "Your payment has been received and your subscription has been renewed.</p></td></tr>"
        '<tr><td style="padding:0 32px"><table width="100%" style="font-size:14px;color:#27282c">'
        + rows(
            [
                (
                    "All Products Pack, Personal annual subscription (renewal)<br /><small>Jun 18, 2026 &ndash; Jun 17, 2027</small>",
                    "US $173.00",
                ),
                ("Sales tax (Washington, 10.35%)", f"US ${money(t)}"),
                ("Total", f"US ${money(total)}"),
            ]
        )
        + "</table></td></tr>"
        f'<tr><td style="padding:16px 32px;font-size:14px">Paid by: Visa **** {VISA}<br />Next renewal: June 18, 2027</td></tr>'
        '<tr><td style="padding:16px 32px;font-size:11px;color:#8c8c8c">JetBrains s.r.o., Na Hřebenech II 1718/10, Praha 4 &ndash; Nusle, '
        "140 00, Czech Republic</td></tr>",
        title="Order confirmation",
    )
    pdf = fake_pdf(
        f"JetBrains invoice {order}",
        ["All Products Pack renewal US $173.00", f"Sales tax US ${money(t)}", f"Total US ${money(total)}"],
    )
    add(
        at(2026, 6, 18, 9, 5, zone="CET"),
        ("JetBrains", "noreply@jetbrains.com"),
        f"JetBrains Order Confirmation: {order}",
        multi("mixed", alt(plain, htm), attachment(f"Invoice_{order}.pdf", "application/pdf", pdf)),
        [name],
    )
    htm = page(
        '<tr><td style="padding:32px;font-size:26px;font-weight:bold">IntelliJ IDEA 2026.3 is out</td></tr>'
        '<tr><td style="padding:0 32px 24px;font-size:15px">Remote development improvements, Kotlin 2.3 support, and a faster '
        'indexing engine. <a href="https://www.jetbrains.com/idea/whatsnew/">See what&rsquo;s new</a>.</td></tr>'
        '<tr><td style="padding:0 32px 32px;font-size:11px;color:#8c8c8c">You received this email because you subscribed to JetBrains '
        'product news. <a href="https://www.jetbrains.com/unsubscribe">Unsubscribe</a>. JetBrains s.r.o., Praha 4, Czech Republic</td></tr>',
        title="IntelliJ IDEA 2026.3",
    )
    add(
        at(2026, 11, 18, 14, 0, zone="CET"),
        ("JetBrains", "news@jetbrains.com"),
        "IntelliJ IDEA 2026.3 is here",
        html(htm),
        [],
        extra=unsub("https://www.jetbrains.com/unsubscribe?u=" + token(24)),
    )


def linear() -> None:
    merchant = "Linear Orbit, Inc."
    sender = (merchant, "invoice+statements@linear.app")
    color = "#5e6ad2"
    sup = "https://linear.app/contact or contact us at support@linear.app"
    name = "Linear"
    for d in (date(2025, 12, 5), date(2026, 3, 5), date(2026, 6, 5)):
        nxt = add_months(d, 1)
        stripe_receipt(
            at(d.year, d.month, d.day, 14, RNG.randrange(60), zone="UTC"),
            merchant,
            sender,
            color,
            [("Basic \u00d7 1 seat", "10.00")],
            f"{short_date(d)} \u2013 {short_date(nxt)}",
            sup,
            [name],
            invoice_prefix="5A3C1B2F",
        )
    plain = (
        "Hi Maya,\n\nYour workspace Okafor Studio has been upgraded to the Business plan.\n\n"
        "What changes:\n  - Plan: Basic -> Business\n  - Price: $16 per user / month (1 member), billed monthly\n"
        "  - Unlimited teams, Insights, Linear Asks and private teams are now available\n\n"
        "You'll see a prorated charge for the rest of the current billing period on your next\n"
        "invoice on September 5, 2026, and $16.00 per month (plus tax) after that.\n\n"
        "Manage billing: https://linear.app/okafor-studio/settings/billing\n\n— The Linear team\n"
    )
    htm = page(
        '<tr><td style="padding:32px 40px 8px"><img src="https://linear.app/static/email/linear-logo.png" width="28" alt="Linear" /></td></tr>'
        '<tr><td style="padding:8px 40px;font-size:20px;font-weight:600;color:#222">Okafor Studio is now on Business</td></tr>'
        '<tr><td style="padding:8px 40px;font-size:15px;color:#3c4149;line-height:24px">Your workspace has been upgraded from Basic to '
        "<b>Business</b> at $16 per user per month, billed monthly. You&rsquo;ll see a prorated charge on your next invoice on "
        "September 5, 2026, and $16.00/month plus tax after that.</td></tr>"
        '<tr><td style="padding:16px 40px 32px"><a href="https://linear.app/okafor-studio/settings/billing" '
        'style="background:#5e6ad2;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">Manage billing</a></td></tr>',
        title="Upgraded to Business",
        bg="#f4f5f8",
    )
    add(
        at(2026, 8, 18, 20, 41, zone="UTC"),
        ("Linear", "notifications@linear.app"),
        "Your workspace has been upgraded to Business",
        alt(plain, htm),
        [name],
    )
    stripe_receipt(
        at(2026, 9, 5, 14, 9, zone="UTC"),
        merchant,
        sender,
        color,
        [
            ("Business \u00d7 1 seat (Sep 5, 2026 \u2013 Oct 5, 2026)", "16.00"),
            ("Remaining time on Business \u00d7 1 after Aug 18, 2026", "9.29"),
            ("Unused time on Basic \u00d7 1 after Aug 18, 2026", "\u22125.81"),
        ],
        "Sep 5, 2026 \u2013 Oct 5, 2026",
        sup,
        [name],
        invoice_prefix="5A3C1B2F",
    )
    total = stripe_receipt(
        at(2026, 11, 5, 14, 12, zone="UTC"),
        merchant,
        sender,
        color,
        [("Business \u00d7 1 seat", "16.00")],
        "Nov 5, 2026 \u2013 Dec 5, 2026",
        sup,
        [name],
        invoice_prefix="5A3C1B2F",
    )
    truth(
        name,
        ["Linear Orbit", "Linear Orbit, Inc.", "Linear Business", "Linear.app"],
        total,
        "monthly",
        "active",
        date(2026, 12, 5),
        "subscription",
    )


def paddle_receipt(
    dt: datetime,
    vendor: str,
    product: str,
    base: Decimal,
    labels,
    next_payment: date | None,
    card: str,
    brand: str,
    subject: str | None = None,
) -> Decimal:
    t = tax(base)
    total = base + t
    order = f"{digits(8)}-{digits(5)}"
    sender = ("Paddle", "help@paddle.com")
    nxt = f"Next payment: ${money(total)} on {long_date(next_payment)}\n" if next_payment else ""
    plain = (
        f"Thanks for your purchase from {vendor}!\n\n"
        f"Order ID: {order}\nDate: {long_date(dt)}\n\n"
        + plain_rows(
            [
                (product, "$" + money(base)),
                ("Sales Tax (10.35%)", "$" + money(t)),
                ("Total", "$" + money(total)),
            ],
            60,
        )
        + f"\n\nPaid with {brand} ending {card}\n{nxt}\n"
        "The charge will appear on your statement as PADDLE.NET* " + vendor.upper().split()[0] + "\n\n"
        "Need help with your order? Visit https://paddle.net\n\n"
        "Paddle.com Market Ltd is the authorized reseller and Merchant of Record for this order.\n"
        "Paddle.com Market Ltd, Judd House, 18-29 Mora Street, London EC1V 8BT, United Kingdom\n"
    )
    nxt_html = (
        (
            f'<tr><td style="padding:4px 32px;font-size:14px;color:#4b5563">Next payment: <b>${money(total)}</b> on '
            f"{long_date(next_payment)}</td></tr>"
        )
        if next_payment
        else ""
    )
    htm = page(
        f'<tr><td style="padding:28px 32px 4px;font-size:20px;font-weight:bold;color:#111827">Thanks for your purchase from {esc(vendor)}!</td></tr>'
        f'<tr><td style="padding:0 32px 16px;font-size:13px;color:#6b7280">Order ID: {order} &middot; {long_date(dt)}</td></tr>'
        '<tr><td style="padding:0 32px"><table width="100%" style="font-size:14px;color:#111827">'
        + rows(
            [
                (esc(product), "$" + money(base)),
                ("Sales Tax (10.35%)", "$" + money(t)),
                ("Total", "$" + money(total)),
            ]
        )
        + "</table></td></tr>"
        f'<tr><td style="padding:12px 32px 4px;font-size:14px;color:#4b5563">Paid with {brand} ending {card}</td></tr>{nxt_html}'
        '<tr><td style="padding:16px 32px;font-size:13px"><a href="https://paddle.net">Manage your subscription or get help</a></td></tr>'
        '<tr><td style="padding:16px 32px 28px;font-size:11px;color:#9ca3af">Paddle.com Market Ltd is the authorized reseller and '
        "Merchant of Record for this order. Judd House, 18-29 Mora Street, London EC1V 8BT, United Kingdom</td></tr>",
        title="Receipt",
        bg="#f9fafb",
    )
    add(
        dt,
        sender,
        subject or f"Your {vendor} receipt [{order}]",
        alt(plain, htm),
        labels,
        msgid=f"<{token(32)}@paddle.com>",
    )
    return total


def cleanshot() -> None:
    base = Decimal("8.00")
    name = truth(
        "CleanShot Cloud Pro",
        ["CleanShot", "CleanShot X", "CleanShot Cloud"],
        base + tax(base),
        "monthly",
        "inactive",
        None,
        "subscription",
    )
    product = "CleanShot Cloud Pro (Monthly)"
    for d in (date(2026, 1, 22), date(2026, 4, 22), date(2026, 7, 22)):
        paddle_receipt(
            at(d.year, d.month, d.day, 11, RNG.randrange(60), zone="UK"),
            "CleanShot",
            product,
            base,
            [name],
            add_months(d, 1),
            MC,
            "Mastercard",
        )
    total = base + tax(base)
    sender = ("Paddle", "help@paddle.com")
    plain = (
        "Hi Maya,\n\n"
        f"We weren't able to take your payment of ${money(total)} for CleanShot Cloud Pro (Monthly).\n\n"
        f"Your bank declined the charge to your Mastercard ending {MC}: the card has expired.\n\n"
        "We'll try again on August 29, 2026. To keep your subscription active, please update your\n"
        "payment details before then:\n\nhttps://paddle.net/subscriptions/update-payment?sub="
        + digits(7)
        + "\n\n"
        "If we can't collect payment after our final attempt, your subscription will be cancelled.\n\n"
        "Paddle, on behalf of CleanShot\n\n"
        "Paddle.com Market Ltd, Judd House, 18-29 Mora Street, London EC1V 8BT, United Kingdom\n"
    )
    add(
        at(2026, 8, 22, 11, 6, zone="UK"),
        sender,
        "Action required: your CleanShot Cloud Pro payment failed",
        text(plain),
        [name],
    )
    plain = (
        "Hi Maya,\n\n"
        "We've tried several times to take payment for your CleanShot Cloud Pro (Monthly) subscription, but\n"
        f"your Mastercard ending {MC} was declined each time.\n\n"
        "As a result, your subscription was cancelled on September 5, 2026 and you will not be charged again.\n"
        "Your screenshots stay in CleanShot Cloud as a free account (1 GB) and nothing has been deleted.\n\n"
        "You can subscribe again at any time from https://cleanshot.com/cloud\n\n"
        "Paddle, on behalf of CleanShot\n\n"
        "Paddle.com Market Ltd, Judd House, 18-29 Mora Street, London EC1V 8BT, United Kingdom\n"
    )
    add(
        at(2026, 9, 5, 11, 9, zone="UK"),
        sender,
        "Your CleanShot Cloud Pro subscription has been cancelled",
        text(plain),
        [name],
    )
    htm = page(
        '<tr><td style="padding:0"><img src="https://cleanshot.com/img/email/black-friday-2026.png" width="600" alt="Black Friday" /></td></tr>'
        '<tr><td style="padding:28px 32px;font-size:24px;font-weight:bold">CleanShot X Black Friday: 30% off</td></tr>'
        '<tr><td style="padding:0 32px 20px;font-size:15px">Get CleanShot X for Mac and a year of updates for $20.30 instead of $29, '
        "or try CleanShot Cloud Pro free for a month. Offer ends December 1.</td></tr>"
        '<tr><td style="padding:0 32px 28px;font-size:11px;color:#888"><a href="https://cleanshot.com/unsubscribe">Unsubscribe</a> '
        "&middot; MTW Sp. z o.o., ul. Żurawia 6/12, 00-503 Warszawa, Poland</td></tr>",
        title="Black Friday",
        preheader="30% off CleanShot X, this week only",
    )
    add(
        at(2026, 11, 24, 16, 0, zone="CET"),
        ("CleanShot X", "hello@cleanshot.com"),
        "🖤 CleanShot X Black Friday: 30% off",
        html(htm),
        [],
        extra=unsub("https://cleanshot.com/unsubscribe?e=" + token(16)),
    )
    # a one-off purchase of another Mac app through the same reseller
    NEGATIVES.append("Bartender")
    paddle_receipt(
        at(2026, 10, 13, 19, 41, zone="UK"),
        "Bartender",
        "Bartender 5 - Single Mac License",
        Decimal("16.00"),
        [],
        None,
        VISA,
        "Visa",
    )


def tower() -> None:
    base = Decimal("99.00")
    t = tax(base)
    total = base + t
    name = truth(
        "Tower Pro",
        ["Tower", "Tower Git client", "fournova", "fournova Software GmbH", "git-tower"],
        total,
        "yearly",
        "active",
        date(2027, 9, 3),
        "subscription",
    )
    plain = (
        "Hi Maya,\n\n"
        "Just a heads-up: your Tower Pro subscription renews on September 3, 2026.\n\n"
        "  Plan:     Tower Pro (1 user), yearly\n  Price:    $99.00 per year (plus sales tax where applicable)\n"
        "  Seller:   FastSpring, our online reseller\n\n"
        "There's nothing to do if you'd like to keep using Tower. To change or cancel your subscription,\n"
        "visit your account: https://www.git-tower.com/account\n\n"
        "Happy committing!\nTobias and the Tower team\n\n"
        "fournova Software GmbH, Wolfsschlucht 11, 34117 Kassel, Germany\n"
    )
    add(
        at(2026, 8, 4, 9, 45, zone="CET"),
        ("Tower", "support@git-tower.com"),
        "Your Tower subscription renews soon",
        text(plain, cte="quoted-printable"),
        [name],
    )
    ref = f"FOU{260903}-{digits(4)}-{digits(5)}"
    plain = (
        "Thank you for your order!\n\n"
        f"Order Reference: {ref}\nOrder Date: September 3, 2026\n"
        "Vendor: fournova Software GmbH\n\n"
        + plain_rows(
            [
                ("Tower Pro - Annual Subscription (Renewal)  x1", "US$99.00"),
                ("Tax", "US$" + money(t)),
                ("Total Paid", "US$" + money(total)),
            ],
            64,
        )
        + f"\n\nPayment: Visa ending in {VISA}\n"
        "Subscription: renews automatically every year. Next charge: September 3, 2027\n"
        "Your card statement will show: FS *git-tower.com\n\n"
        f"Manage your subscription: https://fournova.onfastspring.com/account\n\n"
        "FastSpring is the authorized reseller of fournova Software GmbH products.\n"
        "FastSpring, 801 Garden St. Suite 201, Santa Barbara, CA 93101, USA\n"
    )
    htm = page(
        '<tr><td style="padding:24px 32px;border-bottom:3px solid #e14b1f"><img src="https://www.git-tower.com/img/email/tower-logo.png" width="120" alt="Tower" /></td></tr>'
        '<tr><td style="padding:24px 32px 8px;font-size:20px">Thank you for your order!</td></tr>'
        f'<tr><td style="padding:0 32px 16px;font-size:13px;color:#666">Order Reference: <b>{ref}</b><br />Order Date: September 3, 2026<br />'
        "Vendor: fournova Software GmbH</td></tr>"
        '<tr><td style="padding:0 32px"><table width="100%" cellspacing="0" style="font-size:14px">'
        '<tr style="background:#f2f2f2"><th align="left" style="padding:6px">Product</th><th style="padding:6px">Qty</th><th align="right" style="padding:6px">Price</th></tr>'
        '<tr><td style="padding:6px">Tower Pro &ndash; Annual Subscription (Renewal)</td><td align="center">1</td><td align="right" style="padding:6px">US$99.00</td></tr>'
        f'<tr><td colspan="2" align="right" style="padding:6px">Tax</td><td align="right" style="padding:6px">US${money(t)}</td></tr>'
        f'<tr><td colspan="2" align="right" style="padding:6px"><b>Total Paid</b></td><td align="right" style="padding:6px"><b>US${money(total)}</b></td></tr>'
        "</table></td></tr>"
        f'<tr><td style="padding:16px 32px;font-size:13px">Payment: Visa ending in {VISA}<br />Next charge: September 3, 2027<br />'
        "Statement descriptor: FS *git-tower.com</td></tr>"
        '<tr><td style="padding:16px 32px 28px;font-size:11px;color:#888">FastSpring is the authorized reseller of fournova Software GmbH '
        "products. FastSpring, 801 Garden St. Suite 201, Santa Barbara, CA 93101, USA</td></tr>",
        title="Order receipt",
    )
    add(
        at(2026, 9, 3, 0, 7, zone="PT"),
        ("fournova Software GmbH via FastSpring", "noreply@fastspring.com"),
        f"Your fournova Software GmbH order receipt ({ref})",
        alt(plain, htm),
        [name],
    )


def anthropic() -> None:
    merchant = "Anthropic, PBC"
    sender = (merchant, "invoice+statements@mail.anthropic.com")
    name = "Claude Pro"
    plain = (
        "Welcome to Claude Pro\n\n"
        "Hi Maya,\n\nThanks for upgrading. With Pro you get more usage than the free plan, access to\n"
        "Claude Code in your terminal, Projects, and early access to new features.\n\n"
        "Your subscription renews monthly at $20.00 plus applicable tax. You can manage or cancel it\n"
        "any time in Settings > Billing: https://claude.ai/settings/billing\n\n"
        "The Anthropic Team\n\nAnthropic, PBC, 548 Market St, PMB 90375, San Francisco, CA 94104\n"
    )
    htm = page(
        '<tr><td style="padding:36px 40px 8px;font-family:Georgia,serif;font-size:28px;color:#191919">Welcome to Claude Pro</td></tr>'
        '<tr><td style="padding:8px 40px;font-size:15px;line-height:24px;color:#3d3929">Hi Maya,<br /><br />Thanks for upgrading. With Pro '
        "you get more usage than the free plan, access to Claude Code in your terminal, Projects, and early access to new features."
        "<br /><br />Your subscription renews monthly at $20.00 plus applicable tax.</td></tr>"
        '<tr><td style="padding:16px 40px"><a href="https://claude.ai/new" style="background:#c96442;color:#fff;padding:10px 18px;'
        'border-radius:8px;text-decoration:none">Start a chat</a></td></tr>'
        '<tr><td style="padding:24px 40px;font-size:11px;color:#8a8577">Anthropic, PBC, 548 Market St, PMB 90375, San Francisco, CA 94104</td></tr>',
        title="Welcome to Claude Pro",
        bg="#f5f4ed",
    )
    add(
        at(2026, 5, 12, 21, 33, zone="UTC"),
        ("Claude Team", "no-reply@mail.anthropic.com"),
        "Welcome to Claude Pro",
        alt(plain, htm),
        [name],
    )
    total = Decimal(0)
    for d in (date(2026, 5, 12), date(2026, 8, 12), date(2026, 11, 12)):
        total = stripe_receipt(
            at(d.year, d.month, d.day, 21, 34 if d.month == 5 else RNG.randrange(60), zone="UTC"),
            merchant,
            sender,
            "#c96442",
            [("Claude Pro", "20.00")],
            f"{short_date(d)} \u2013 {short_date(add_months(d, 1))}",
            "https://support.anthropic.com",
            [name],
        )
    truth(
        name,
        ["Claude", "Anthropic", "Anthropic, PBC", "Claude.ai Pro"],
        total,
        "monthly",
        "active",
        date(2026, 12, 12),
        "subscription",
    )
    # OpenAI: a one-off prepaid API credit purchase, not a subscription
    NEGATIVES.append("OpenAI")
    plain = (
        "OpenAI\n\nReceipt\n\n"
        f"Invoice number   {upper_id(8)}-0001\nDate paid        June 2, 2026\n\n"
        + plain_rows(
            [
                ("API credits (prepaid, one-time)", "$10.00"),
                ("Sales tax - Washington", "$1.04"),
                ("Total", "$11.04"),
            ],
            56,
        )
        + "\n\nCredits expire 1 year after purchase. Auto recharge is off.\n\nOpenAI, LLC, 1455 3rd Street, San Francisco, CA 94158\n"
    )
    add(
        at(2026, 6, 2, 23, 51, zone="UTC"),
        ("OpenAI", "noreply@tm.openai.com"),
        "Your OpenAI API account has been funded",
        text(plain),
        [],
    )


def adobe() -> None:
    sender = ("Adobe", "message@adobe.com")
    name = "Adobe Lightroom"

    def invoice(d: date, base: Decimal) -> Decimal:
        t = tax(base)
        total = base + t
        inv = "IE0" + digits(11)
        plain = (
            "Adobe\n\nHi Maya,\n\nThanks for being an Adobe member. Here's your invoice.\n\n"
            f"Invoice number: {inv}\nInvoice date: {us_date(d)}\nPlan: Lightroom (1TB)\nBilling period: "
            f"{us_date(d)} - {us_date(add_months(d, 1) - timedelta(days=1))}\n\n"
            + plain_rows(
                [
                    ("Subtotal", f"US${money(base)}"),
                    ("Tax", f"US${money(t)}"),
                    ("Total", f"US${money(total)}"),
                ],
                40,
            )
            + f"\n\nPayment method: Visa ending in {VISA}\n\n"
            "Your invoice is attached as a PDF. You can also view it in your account at\n"
            "https://account.adobe.com/orders/billing-history\n\n"
            "Adobe Inc., 345 Park Avenue, San Jose, CA 95110-2704\n"
            "Adobe and the Adobe logo are either registered trademarks or trademarks of Adobe in the United States and/or other countries.\n"
        )
        htm = page(
            '<tr><td style="padding:24px 40px"><img src="https://www.adobe.com/content/dam/cc/icons/Adobe_Corporate_Horizontal_Red_HEX.png" width="110" alt="Adobe" /></td></tr>'
            '<tr><td style="padding:0 40px;font-size:24px;font-weight:bold;color:#2c2c2c">Your invoice is ready</td></tr>'
            '<tr><td style="padding:12px 40px;font-size:15px;color:#4b4b4b">Hi Maya,<br />Thanks for being an Adobe member. Here&rsquo;s your invoice.</td></tr>'
            '<tr><td style="padding:0 40px"><table width="100%" style="font-size:14px;color:#2c2c2c">'
            + rows(
                [("Invoice number", inv), ("Invoice date", us_date(d)), ("Plan", "Lightroom (1TB)")],
                bold_last=False,
            )
            + rows(
                [
                    ("Subtotal", f"US${money(base)}"),
                    ("Tax", f"US${money(t)}"),
                    ("Total", f"US${money(total)}"),
                ]
            )
            + "</table></td></tr>"
            f'<tr><td style="padding:12px 40px;font-size:14px">Payment method: Visa ending in {VISA}</td></tr>'
            '<tr><td style="padding:12px 40px"><a href="https://account.adobe.com/orders/billing-history" style="background:#1473e6;color:#fff;'
            'padding:10px 20px;border-radius:16px;text-decoration:none">View invoice</a></td></tr>'
            '<tr><td style="padding:24px 40px;font-size:11px;color:#959595">Adobe Inc., 345 Park Avenue, San Jose, CA 95110-2704. '
            '<a href="https://www.adobe.com/privacy.html">Privacy policy</a></td></tr>',
            title="Adobe invoice",
        )
        pdf = fake_pdf(
            f"Adobe Invoice {inv}",
            [
                "Lightroom (1TB)",
                f"Subtotal US${money(base)}",
                f"Tax US${money(t)}",
                f"Total US${money(total)}",
            ],
        )
        add(
            at(d.year, d.month, d.day, 2, RNG.randrange(60), zone="PT"),
            sender,
            "Your Adobe invoice",
            multi(
                "mixed",
                alt(plain, htm),
                attachment(f"Adobe_Transaction_No_{inv}.pdf", "application/pdf", pdf),
            ),
            [name],
        )
        return total

    invoice(date(2025, 12, 19), Decimal("11.99"))
    plain = (
        "Hi Maya,\n\n"
        "We're writing to let you know about an upcoming change to the price of your Lightroom (1TB) plan.\n\n"
        "Starting with your first billing date on or after February 15, 2026, the price of your plan will\n"
        "change from US$11.99/mo to US$14.99/mo (plus applicable taxes). Your plan now includes Generative\n"
        "Remove, Lens Blur and 1TB of cloud storage.\n\n"
        "No action is needed if you'd like to continue with your plan. If you prefer, you can switch or\n"
        "cancel your plan at https://account.adobe.com/plans\n\n"
        "Thank you for being a valued Adobe customer.\nThe Adobe Team\n\n"
        "Adobe Inc., 345 Park Avenue, San Jose, CA 95110-2704\n"
    )
    htm = page(
        '<tr><td style="padding:24px 40px"><img src="https://www.adobe.com/content/dam/cc/icons/Adobe_Corporate_Horizontal_Red_HEX.png" width="110" alt="Adobe" /></td></tr>'
        '<tr><td style="padding:0 40px;font-size:22px;font-weight:bold">An update to your Lightroom plan pricing</td></tr>'
        '<tr><td style="padding:12px 40px;font-size:15px;line-height:23px;color:#4b4b4b">Hi Maya,<br /><br />Starting with your first billing '
        "date on or after <b>February 15, 2026</b>, the price of your <b>Lightroom (1TB)</b> plan will change from US$11.99/mo to "
        "<b>US$14.99/mo</b> (plus applicable taxes).<br /><br />No action is needed if you&rsquo;d like to continue with your plan.</td></tr>"
        '<tr><td style="padding:24px 40px;font-size:11px;color:#959595">Adobe Inc., 345 Park Avenue, San Jose, CA 95110-2704</td></tr>',
        title="Plan pricing update",
    )
    add(
        at(2026, 1, 13, 8, 15, zone="PT"),
        ("Adobe", "mail@mail.adobe.com"),
        "Important information about your Lightroom plan",
        alt(plain, htm),
        [name],
    )
    for d in (date(2026, 2, 19), date(2026, 6, 19)):
        invoice(d, Decimal("14.99"))
    total = invoice(date(2026, 11, 19), Decimal("14.99"))
    truth(
        name,
        [
            "Lightroom",
            "Lightroom (1TB)",
            "Adobe Lightroom plan",
            "Adobe Lightroom (1TB)",
            "Adobe Creative Cloud",
        ],
        total,
        "monthly",
        "active",
        date(2026, 12, 19),
        "subscription",
    )
    htm = page(
        '<tr><td style="padding:32px 40px;font-size:28px;font-weight:bold;color:#fff;background:#eb1000">Black Friday: save 50%</td></tr>'
        '<tr><td style="padding:24px 40px;font-size:15px">Get Creative Cloud Pro for US$34.99/mo for your first year. '
        "Photoshop, Illustrator, Premiere Pro and 20+ apps. Offer ends December 2.</td></tr>"
        '<tr><td style="padding:0 40px 28px;font-size:11px;color:#959595">Annual plan, paid monthly. Fee applies if you cancel after 14 days. '
        '<a href="https://www.adobe.com/unsubscribe">Unsubscribe</a>. Adobe Inc., 345 Park Avenue, San Jose, CA 95110-2704</td></tr>',
        title="Black Friday",
        preheader="Our biggest savings of the year on Creative Cloud Pro",
    )
    add(
        at(2026, 11, 26, 7, 0, zone="PT"),
        ("Adobe", "mail@mail.adobe.com"),
        "Black Friday is here: 50% off Creative Cloud Pro",
        html(htm),
        [],
        extra=unsub("https://www.adobe.com/unsubscribe?e=" + token(20)),
    )


def raycast() -> None:
    sender = ("Raycast", "hello@raycast.com")
    name = "Raycast Pro"
    plain = (
        "Hey Maya,\n\nYour 14-day Raycast Pro trial has started. Here's what you can try:\n\n"
        "  * Raycast AI with the latest models\n  * Cloud Sync for your settings and snippets\n"
        "  * Custom themes and unlimited clipboard history\n\n"
        "Your trial ends on January 24, 2026. After that, Pro is $10/month (or $8/month billed yearly).\n"
        "You won't be charged until the trial ends, and you can cancel anytime in Settings > Account.\n\n"
        "Have fun,\nThomas & the Raycast team\n"
    )
    add(
        at(2026, 1, 10, 19, 2, zone="UK"),
        sender,
        "Welcome to your Raycast Pro trial",
        text(plain, cte="7bit"),
        [name],
    )
    plain = (
        "Hey Maya,\n\nA quick reminder: your Raycast Pro trial ends in 3 days, on January 24, 2026.\n\n"
        "Unless you cancel before then, your Pro subscription will start automatically and we'll charge\n"
        f"$10.00/month plus applicable tax to your Visa ending in {VISA}.\n\n"
        "Manage your plan: https://www.raycast.com/account/billing\n\nThe Raycast team\n"
    )
    add(
        at(2026, 1, 21, 19, 0, zone="UK"),
        sender,
        "Your Raycast Pro trial ends in 3 days",
        text(plain, cte="7bit"),
        [name],
    )
    total = Decimal(0)
    merchant = "Raycast Technologies Inc."
    for d in (date(2026, 1, 24), date(2026, 5, 24), date(2026, 11, 24)):
        total = stripe_receipt(
            at(d.year, d.month, d.day, 19, RNG.randrange(60), zone="UTC"),
            merchant,
            (merchant, "invoice+statements@raycast.com"),
            "#ff6363",
            [("Raycast Pro (monthly)", "10.00")],
            f"{short_date(d)} \u2013 {short_date(add_months(d, 1))}",
            "https://raycast.com/contact",
            [name],
        )
    truth(
        name,
        ["Raycast", "Raycast Technologies"],
        total,
        "monthly",
        "active",
        date(2026, 12, 24),
        "subscription",
    )


def google_one() -> None:
    name = "Google One"
    sender = ("Google Play", "googleplay-noreply@google.com")

    def receipt(dt: datetime, item: str, base: Decimal, note: str = "") -> Decimal:
        t = tax(base)
        total = base + t
        order = f"GPA.{digits(4)}-{digits(4)}-{digits(4)}-{digits(5)}"
        when = f"{short_date(dt)} {dt.strftime('%I:%M:%S %p').lstrip('0')} {'PDT' if dt.utcoffset() == timedelta(hours=-7) else 'PST'}"
        htm = page(
            '<tr><td style="padding:24px 32px"><img src="https://www.gstatic.com/android/market_images/email/google_play_logo.png" '
            'width="120" alt="Google Play" /></td></tr>'
            '<tr><td style="padding:0 32px;font-size:20px;color:#202124">Thank you.</td></tr>'
            '<tr><td style="padding:8px 32px 16px;font-size:14px;color:#5f6368">You&#39;ve made a purchase from Google Play.</td></tr>'
            '<tr><td style="padding:0 32px"><table width="100%" style="font-size:13px;color:#202124">'
            f'<tr><td style="padding:3px 0">Order number:</td><td>{order}</td></tr>'
            f'<tr><td style="padding:3px 0">Order date:</td><td>{when}</td></tr>'
            f'<tr><td style="padding:3px 0">Your account:</td><td>{ME_MAIL}</td></tr></table></td></tr>'
            '<tr><td style="padding:16px 32px 0"><table width="100%" cellspacing="0" style="font-size:13px;color:#202124;border-top:1px solid #dadce0">'
            '<tr><th align="left" style="padding:8px 0">Item</th><th align="right" style="padding:8px 0">Price</th></tr>'
            f'<tr><td style="padding:8px 0">{esc(item)} (Google One)<br /><span style="color:#5f6368">Auto-renewing subscription{note}</span></td>'
            f'<td align="right">${money(base)}/month</td></tr>'
            f'<tr><td style="padding:4px 0">Tax:</td><td align="right">${money(t)}</td></tr>'
            f'<tr><td style="padding:4px 0"><b>Total:</b></td><td align="right"><b>${money(total)}/month</b></td></tr>'
            "</table></td></tr>"
            f'<tr><td style="padding:12px 32px;font-size:13px">Payment method:<br />Visa-{VISA}</td></tr>'
            '<tr><td style="padding:12px 32px;font-size:12px;color:#5f6368">You can manage your subscriptions in the '
            '<a href="https://play.google.com/store/account/subscriptions">Google Play app</a>. Cancel at any time; the subscription '
            "stays active until the end of the current billing period.</td></tr>"
            '<tr><td style="padding:16px 32px 24px;font-size:11px;color:#9aa0a6">&copy; 2026 Google LLC 1600 Amphitheatre Parkway, '
            "Mountain View, CA 94043<br />You have received this mandatory email service announcement to update you about important "
            "changes to your Google Play product or account.</td></tr>",
            title="Google Play Order Receipt",
            bg="#ffffff",
        )
        add(
            dt,
            sender,
            f"Your Google Play Order Receipt from {short_date(dt)}",
            html(htm, cte="base64"),
            [name],
            msgid=f"<{digits(20)}.{token(16)}@google.com>",
            enc="b",
        )
        return total

    receipt(at(2025, 12, 3, 9, 14, zone="PT"), "100 GB", Decimal("1.99"))
    receipt(at(2026, 4, 3, 9, 12, zone="PT"), "100 GB", Decimal("1.99"))
    receipt(
        at(2026, 6, 10, 22, 47, zone="PT"),
        "2 TB",
        Decimal("9.99"),
        " &middot; upgraded from 100 GB; credit for unused time applied to your account",
    )
    receipt(at(2026, 9, 10, 22, 40, zone="PT"), "2 TB", Decimal("9.99"))
    total = receipt(at(2026, 11, 10, 22, 43, zone="PT"), "2 TB", Decimal("9.99"))
    truth(
        name,
        ["Google One 2 TB", "Google One storage", "Google storage", "Google One (2 TB)"],
        total,
        "monthly",
        "active",
        date(2026, 12, 10),
        "subscription",
    )


# ================================================================ household bills


def city_light() -> None:
    sender = ("Seattle City Light", "scl_ebill@seattle.gov")
    name = "Seattle City Light"
    acct = "4302871159"
    bills = [  # bill date, period start, period end, kWh, due (AutoPay) date
        (date(2025, 12, 16), date(2025, 10, 15), date(2025, 12, 13), 1094, date(2026, 1, 6)),
        (date(2026, 2, 13), date(2025, 12, 14), date(2026, 2, 11), 1268, date(2026, 3, 6)),
        (date(2026, 6, 15), date(2026, 4, 14), date(2026, 6, 12), 702, date(2026, 7, 6)),
        (date(2026, 8, 14), date(2026, 6, 13), date(2026, 8, 12), 655, date(2026, 9, 4)),
        (date(2026, 10, 15), date(2026, 8, 13), date(2026, 10, 13), 748, date(2026, 11, 5)),
    ]
    total = Decimal(0)
    for bill, start, end, kwh, due in bills:
        days = (end - start).days + 1
        winter = start.month in (10, 11, 12, 1, 2)
        block = (16 if winter else 10) * days
        first = min(kwh, block)
        second = kwh - first
        base = D(Decimal("0.3526") * days)
        e1 = D(Decimal(first) * Decimal("0.0984"))
        e2 = D(Decimal(second) * Decimal("0.1412"))
        total = base + e1 + e2
        lines = [
            (f"Base Service Charge ({days} days x $0.3526)", money(base)),
            (f"Energy Charge, first block ({first:,} kWh x $0.0984)", money(e1)),
            (f"Energy Charge, second block ({second:,} kWh x $0.1412)", money(e2)),
            ("Total Current Charges", money(total)),
        ]
        plain = (
            "Seattle City Light\n\nYour new bill is ready to view.\n\n"
            f"Account Number: {acct}\nService Address: {ADDRESS[0]}, Seattle WA\nBill Date: {us_date(bill)}\n"
            f"Service Period: {us_date(start)} - {us_date(end)} ({days} days)\nElectricity Used: {kwh:,} kWh\n\n"
            + plain_rows([(k, "$" + v) for k, v in lines], 66)
            + f"\n\nAmount Due: ${money(total)}\nDue Date: {us_date(due)}\n\n"
            f"You are enrolled in AutoPay. ${money(total)} will be deducted from your bank account ending in {BECU}\n"
            f"on {us_date(due)}. Please do not send a payment.\n\n"
            "View your bill: https://myutilities.seattle.gov/eportal/#/billing\n\n"
            "Questions? Call Customer Service at (206) 684-3000, Monday-Friday 8am-5pm.\n"
            "Seattle City Light, 700 5th Ave, Suite 3200, Seattle, WA 98104\n"
        )
        htm = page(
            '<tr><td style="background:#003da5;padding:18px 28px;color:#fff;font-size:20px;font-weight:bold">'
            '<img src="https://www.seattle.gov/images/Departments/CityLight/scl-logo-white.png" width="44" alt="" /> Seattle City Light</td></tr>'
            '<tr><td style="padding:24px 28px 8px;font-size:18px;color:#1b1b1b">Your new bill is ready to view</td></tr>'
            '<tr><td style="padding:0 28px"><table width="100%" style="font-size:14px;color:#1b1b1b">'
            + rows(
                [
                    ("Account Number", acct),
                    ("Bill Date", us_date(bill)),
                    ("Service Period", f"{us_date(start)} &ndash; {us_date(end)} ({days} days)"),
                    ("Electricity Used", f"{kwh:,} kWh"),
                ],
                bold_last=False,
            )
            + "</table></td></tr>"
            '<tr><td style="padding:16px 28px 0"><table width="100%" style="font-size:14px;color:#1b1b1b">'
            + rows([(esc(k), "$" + v) for k, v in lines])
            + "</table></td></tr>"
            f'<tr><td style="padding:16px 28px;font-size:16px"><b>Amount Due: ${money(total)}</b><br />Due Date: {us_date(due)}</td></tr>'
            f'<tr><td style="padding:0 28px 16px;font-size:14px;color:#444">You are enrolled in AutoPay. ${money(total)} will be deducted '
            f"from your bank account ending in {BECU} on {us_date(due)}. Please do not send a payment.</td></tr>"
            '<tr><td style="padding:16px 28px 24px;font-size:11px;color:#666">Seattle City Light &middot; 700 5th Ave, Suite 3200, Seattle, WA 98104 '
            "&middot; (206) 684-3000. This is an automated message; please do not reply.</td></tr>",
            title="Seattle City Light bill",
        )
        add(
            at(bill.year, bill.month, bill.day, 5, RNG.randrange(60), zone="PT"),
            sender,
            "Your Seattle City Light bill is ready",
            alt(plain, htm, cte="quoted-printable"),
            [name],
        )
    truth(
        name,
        ["City Light", "SCL", "Seattle City Light electricity"],
        total,
        "bimonthly",
        "active",
        date(2027, 1, 5),
        "bill",
    )
    plain = (
        "Seattle City Light - Planned Power Outage Notice\n\n"
        f"To improve reliability, crews will be upgrading equipment near {ADDRESS[0]}.\n\n"
        "Date: Tuesday, March 17, 2026\nTime: 9:00 a.m. to 1:00 p.m.\n\n"
        "Your power will be off during this time. Please turn off sensitive electronics.\n"
        "Thank you for your patience.\n\nSeattle City Light Outage Line: (206) 684-7400\n"
    )
    add(
        at(2026, 3, 10, 13, 20, zone="PT"),
        ("Seattle City Light", "scl_outages@seattle.gov"),
        "Planned power outage on Tuesday, March 17",
        text(plain, cte="7bit"),
        [],
    )


def spu_forwards() -> None:
    name = "Seattle Public Utilities"
    acct = "3-190442-775309"
    bills = [  # bill date, due date, CCF used, summer water rate?
        (
            date(2026, 1, 8),
            date(2026, 1, 29),
            7,
            False,
            date(2026, 1, 9),
            "SPU bill. same as usual-ish. I'll pay it Fri, venmo me half when you get a chance",
        ),
        (
            date(2026, 7, 9),
            date(2026, 7, 30),
            9,
            True,
            date(2026, 7, 10),
            "water went up w/ the garden lol. paying tonight, half is below",
        ),
        (
            date(2026, 11, 9),
            date(2026, 11, 30),
            7,
            False,
            date(2026, 11, 10),
            "SPU again. It's due the 30th, I'll pay it that day. venmo half whenever",
        ),
    ]
    total = Decimal(0)
    for bill, due, ccf, summer, fwd, note in bills:
        wbase = Decimal("36.40")
        wrate = Decimal("7.87") if summer else Decimal("6.42")
        water = wbase + D(wrate * ccf)
        sewer = D(Decimal("20.31") * ccf)
        garbage = Decimal("115.90")
        yard = Decimal("26.20")
        total = water + sewer + garbage + yard
        half = D(total / 2)
        orig_dt = at(bill.year, bill.month, bill.day, 6, RNG.randrange(60), zone="PT")
        orig = (
            "Seattle Public Utilities\n\nYour bill is ready to view online.\n\n"
            f"Account Number: {acct}\nCustomer Name: LUIS HERRERA\nService Address: {ADDRESS[0].upper()}\n"
            f"Bill Date: {us_date(bill)}\nBilling Period: 61 days\n\n"
            + plain_rows(
                [
                    (f"Water ({ccf} CCF)", "$" + money(water)),
                    (f"Sewer ({ccf} CCF)", "$" + money(sewer)),
                    ("Garbage - 32 gal can, weekly", "$" + money(garbage)),
                    ("Food/Yard Waste - 13 gal", "$" + money(yard)),
                    ("Total Amount Due", "$" + money(total)),
                ],
                56,
            )
            + f"\n\nPayment Due Date: {us_date(due)}\n\n"
            "Pay online at https://myutilities.seattle.gov or call (206) 684-3000.\n"
            "1 CCF = 748 gallons. Every drop counts: find free water-saving tips at savingwater.org\n"
        )
        plain = (
            f"{note}\n\n${money(half)} is half\n\n-L\n\n"
            "---------- Forwarded message ---------\n"
            f"From: Seattle Public Utilities <spu_ebill@seattle.gov>\nDate: {orig_dt.strftime('%a, %b')} {orig_dt.day}, "
            f"{orig_dt.year} at {orig_dt.strftime('%I:%M %p').lstrip('0')}\n"
            f"Subject: Your Seattle Public Utilities bill is ready\nTo: <{LUIS[1]}>\n\n\n" + orig
        )
        htm = (
            f'<div dir="ltr">{esc(note)}<div><br></div><div>${money(half)} is half</div><div><br></div><div>-L</div><br>'
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
            f'From: <strong class="gmail_sendername" dir="auto">Seattle Public Utilities</strong> <span dir="auto">&lt;spu_ebill@seattle.gov&gt;</span><br>'
            f"Date: {orig_dt.strftime('%a, %b')} {orig_dt.day}, {orig_dt.year} at {orig_dt.strftime('%I:%M %p').lstrip('0')}<br>"
            f"Subject: Your Seattle Public Utilities bill is ready<br>To: &lt;{LUIS[1]}&gt;<br></div><br><br>"
            '<pre style="font-family:monospace">' + esc(orig) + "</pre></div></div>\n"
        )
        add(
            at(fwd.year, fwd.month, fwd.day, 20, RNG.randrange(60), zone="PT"),
            LUIS,
            "Fwd: Your Seattle Public Utilities bill is ready",
            alt(plain, htm, style=1),
            [name],
            msgid=f"<CA+{token(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}@mail.gmail.com>",
        )
    truth(
        name,
        ["SPU", "Seattle Public Utilities water", "Seattle Public Utilities water/sewer/garbage"],
        total,
        "bimonthly",
        "active",
        date(2026, 11, 30),
        "bill",
    )


def pse() -> None:
    sender = ("Puget Sound Energy", "pse@email.pse.com")
    name = "Puget Sound Energy"
    acct = "220 0184 5521"
    bills = [  # bill date, due, therms, budget amount
        (date(2025, 12, 11), date(2026, 1, 2), 71, "64.00"),
        (date(2026, 5, 12), date(2026, 6, 2), 29, "64.00"),
        (date(2026, 9, 11), date(2026, 10, 2), 14, "71.00"),
        (date(2026, 11, 11), date(2026, 12, 2), 52, "71.00"),
    ]
    for bill, due, therms, budget in bills:
        basic = Decimal("14.37")
        delivery = D(Decimal("0.8421") * therms)
        supply = D(Decimal("0.6115") * therms)
        taxes = D((basic + delivery + supply) * Decimal("0.0386"))
        actual = basic + delivery + supply + taxes
        start = add_months(bill, -1) - timedelta(days=3)
        plain = (
            "Puget Sound Energy\n\nHi Maya, your PSE bill is ready.\n\n"
            f"Account number: {acct}\nService address: {ADDRESS[0]}, Seattle WA\nBill date: {us_date(bill)}\n"
            f"Billing period: {us_date(start)} - {us_date(bill - timedelta(days=2))}\n\n"
            "Natural gas charges this period\n"
            + plain_rows(
                [
                    ("Basic charge", "$" + money(basic)),
                    (f"Delivery charge ({therms} therms)", "$" + money(delivery)),
                    (f"Gas supply charge ({therms} therms)", "$" + money(supply)),
                    ("Taxes", "$" + money(taxes)),
                    ("Actual charges", "$" + money(actual)),
                ],
                52,
            )
            + "\n\nBudget Payment Plan\n"
            f"  Your monthly budget amount:    ${budget}\n\n"
            f"AMOUNT DUE: ${budget}    DUE DATE: {us_date(due)}\n\n"
            f"AutoPay is on: ${budget} will be withdrawn from your account ending in {BECU} on {us_date(due)}.\n\n"
            "View your bill at https://www.pse.com/account\n\n"
            "Puget Sound Energy, P.O. Box 97034, Bellevue, WA 98009-9734 | 1-888-225-5773\n"
        )
        htm = page(
            '<tr><td style="padding:18px 28px;border-bottom:4px solid #00a3ad"><img src="https://www.pse.com/-/media/Project/PSE/email/pse-logo.png" width="90" alt="PSE" /></td></tr>'
            '<tr><td style="padding:22px 28px 6px;font-size:20px;color:#003a5d">Hi Maya, your PSE bill is ready.</td></tr>'
            f'<tr><td style="padding:0 28px 10px;font-size:13px;color:#555">Account {acct} &middot; Bill date {us_date(bill)}</td></tr>'
            '<tr><td style="padding:0 28px"><table width="100%" style="font-size:14px;color:#222">'
            '<tr><td colspan="2" style="padding:6px 0;font-weight:bold">Natural gas charges this period</td></tr>'
            + rows(
                [
                    ("Basic charge", "$" + money(basic)),
                    (f"Delivery charge ({therms} therms)", "$" + money(delivery)),
                    (f"Gas supply charge ({therms} therms)", "$" + money(supply)),
                    ("Taxes", "$" + money(taxes)),
                    ("Actual charges", "$" + money(actual)),
                ]
            )
            + "</table></td></tr>"
            '<tr><td style="padding:14px 28px"><table width="100%" style="background:#e8f6f7;font-size:16px;color:#003a5d">'
            f'<tr><td style="padding:12px">Budget Payment Plan<br /><b>Amount due ${budget}</b></td>'
            f'<td align="right" style="padding:12px">Due date<br /><b>{us_date(due)}</b></td></tr></table></td></tr>'
            f'<tr><td style="padding:0 28px 14px;font-size:13px;color:#444">AutoPay is on: ${budget} will be withdrawn from your account '
            f"ending in {BECU} on {us_date(due)}.</td></tr>"
            '<tr><td style="padding:14px 28px 22px;font-size:11px;color:#777">Puget Sound Energy &middot; P.O. Box 97034, Bellevue, WA 98009-9734 '
            '&middot; 1-888-225-5773 &middot; <a href="https://www.pse.com/privacy">Privacy</a></td></tr>',
            title="Your PSE bill",
        )
        add(
            at(bill.year, bill.month, bill.day, 4, RNG.randrange(60), zone="PT"),
            sender,
            "Your PSE bill is ready",
            alt(plain, htm),
            [name],
            extra=[("X-SFMC-Stack", "7")],
        )
    plain = (
        "Hi Maya,\n\nEvery year we review Budget Payment Plan accounts so your monthly payment stays close to\n"
        "what you actually use.\n\n"
        "  Account number:              " + acct + "\n"
        "  Actual charges, last 12 months: $812.45\n"
        "  Paid on the plan:               $768.00\n"
        "  Current monthly amount:         $64.00\n"
        "  NEW monthly amount:             $71.00\n\n"
        "Your new budget amount of $71.00 starts with your September 2026 bill. The $44.45 difference\n"
        "has been spread across the next 12 months, so there's nothing extra to pay now. AutoPay will\n"
        "withdraw the new amount automatically.\n\n"
        "Questions? Call us at 1-888-225-5773.\n\nPuget Sound Energy\n"
    )
    add(
        at(2026, 8, 12, 10, 5, zone="PT"),
        ("Puget Sound Energy", "customercare@email.pse.com"),
        "Your Budget Payment Plan amount is changing",
        text(plain, cte="7bit"),
        [name],
    )
    truth(
        name,
        ["PSE", "Puget Sound Energy gas", "PSE natural gas"],
        "71.00",
        "monthly",
        "active",
        date(2026, 12, 2),
        "bill",
    )


def quantum_fiber() -> None:
    sender = ("Quantum Fiber", "noreply@notifications.quantumfiber.com")
    name = "Quantum Fiber"
    acct = "330577182"
    for bill, pay in (
        (date(2026, 1, 23), date(2026, 2, 13)),
        (date(2026, 4, 23), date(2026, 5, 14)),
        (date(2026, 8, 23), date(2026, 9, 13)),
        (date(2026, 11, 23), date(2026, 12, 14)),
    ):
        plain = (
            "Quantum Fiber\n\nHi Maya,\n\nYour bill is ready. Here's a quick summary.\n\n"
            f"Account number:  {acct}\nBill date:       {short_date(bill)}\n"
            f"Service period:  {short_date(bill + timedelta(days=1))} - {short_date(add_months(bill, 1))}\n\n"
            + plain_rows(
                [
                    ("Fiber Internet 940 Mbps", "$75.00"),
                    ("Wi-Fi 6 router (included)", "$0.00"),
                    ("Taxes and fees", "$0.00"),
                    ("Total due", "$75.00"),
                ],
                44,
            )
            + f"\n\nAutoPay scheduled: $75.00 will be charged to your Visa ending in {VISA} on {short_date(pay)}.\n\n"
            "View your bill: https://www.quantumfiber.com/myaccount\n\n"
            "Quantum Fiber, a Lumen Technologies company. 931 14th Street, Denver, CO 80202\n"
            "Please do not reply to this email. This mailbox is not monitored.\n"
        )
        htm = page(
            '<tr><td style="background:#111;padding:20px 28px"><img src="https://www.quantumfiber.com/content/dam/qf/email/qf-logo-white.png" width="150" alt="Quantum Fiber" /></td></tr>'
            '<tr><td style="padding:24px 28px 6px;font-size:22px;color:#111">Your bill is ready</td></tr>'
            f'<tr><td style="padding:0 28px 12px;font-size:13px;color:#555">Account {acct} &middot; Bill date {short_date(bill)}</td></tr>'
            '<tr><td style="padding:0 28px"><table width="100%" style="font-size:14px">'
            + rows(
                [
                    ("Fiber Internet 940 Mbps", "$75.00"),
                    ("Wi-Fi 6 router (included)", "$0.00"),
                    ("Taxes and fees", "$0.00"),
                    ("Total due", "$75.00"),
                ]
            )
            + "</table></td></tr>"
            f'<tr><td style="padding:16px 28px;font-size:14px;background:#f1f0ff">AutoPay scheduled: <b>$75.00</b> on <b>{short_date(pay)}</b> '
            f"(Visa ending in {VISA})</td></tr>"
            '<tr><td style="padding:18px 28px;font-size:11px;color:#777">Quantum Fiber, a Lumen Technologies company &middot; 931 14th Street, '
            "Denver, CO 80202 &middot; Please do not reply to this email.</td></tr>",
            title="Your Quantum Fiber bill",
        )
        add(
            at(bill.year, bill.month, bill.day, 3, RNG.randrange(60), zone="MT"),
            sender,
            "Your Quantum Fiber bill is ready",
            alt(plain, htm, cte="base64"),
            [name],
        )
    truth(
        name,
        ["CenturyLink", "Lumen", "Quantum Fiber Internet", "Quantum Fiber 940 Mbps"],
        "75.00",
        "monthly",
        "active",
        date(2026, 12, 14),
        "bill",
    )


def tmobile() -> None:
    sender = ("T-Mobile", "no-reply@digital-us.t-mobile.com")
    name = "T-Mobile"
    bills = [
        (date(2025, 12, 22), date(2026, 1, 15), []),
        (date(2026, 2, 22), date(2026, 3, 15), [("International Pass, 10 days (line ending 4821)", "35.00")]),
        (date(2026, 8, 22), date(2026, 9, 14), []),
        (date(2026, 11, 22), date(2026, 12, 15), []),
    ]
    for bill, pay, extras in bills:
        lines = [("Go5G, 2 lines (taxes & fees included)", "140.00"), ("AutoPay discount", "-10.00")] + extras
        total = sum(Decimal(v) for _, v in lines)
        p1, p2 = bill - timedelta(days=20), add_months(bill, 1) - timedelta(days=21)
        period = f"{p1:%b} {p1.day} - {p2:%b} {p2.day}"
        plain = (
            "T-Mobile\n\nHi Maya,\n\n"
            f"Your bill for {period.strip()} is ready. Your total is ${money(total)}.\n\n"
            + plain_rows(
                [(k, ("-$" + v[1:]) if v.startswith("-") else "$" + v) for k, v in lines]
                + [("Total", "$" + money(total))],
                56,
            )
            + f"\n\nAutoPay scheduled for {long_date(pay)}. No action needed.\n"
            "You're saving $10/mo with AutoPay.\n\n"
            "See your bill details in the T-Mobile app or at https://www.t-mobile.com/bill\n\n"
            "T-Mobile USA, Inc., 12920 SE 38th St., Bellevue, WA 98006\n"
            "Manage your communication preferences: https://www.t-mobile.com/profile/privacy\n"
        )
        htm = page(
            '<tr><td style="background:#e20074;padding:18px 28px"><img src="https://www.t-mobile.com/content/dam/digx/tmobile/email/tmo-logo-white.png" width="44" alt="T-Mobile" /></td></tr>'
            f'<tr><td style="padding:26px 28px 6px;font-size:24px;font-weight:bold;color:#000">Your bill is ready: ${money(total)}</td></tr>'
            f'<tr><td style="padding:0 28px 14px;font-size:14px;color:#555">Bill period {esc(period)} &middot; Account ending 7730</td></tr>'
            '<tr><td style="padding:0 28px"><table width="100%" style="font-size:14px">'
            + rows(
                [(esc(k), ("&minus;$" + v[1:]) if v.startswith("-") else "$" + v) for k, v in lines]
                + [("Total", "$" + money(total))]
            )
            + "</table></td></tr>"
            f'<tr><td style="padding:16px 28px;font-size:15px">AutoPay scheduled for <b>{long_date(pay)}</b>. No action needed.</td></tr>'
            '<tr><td style="padding:0 28px 16px"><a href="https://www.t-mobile.com/bill" style="background:#e20074;color:#fff;padding:10px 18px;'
            'border-radius:20px;text-decoration:none">View bill</a></td></tr>'
            '<tr><td style="padding:16px 28px;font-size:11px;color:#777">T-Mobile USA, Inc., 12920 SE 38th St., Bellevue, WA 98006</td></tr>',
            title="Your T-Mobile bill",
        )
        add(
            at(bill.year, bill.month, bill.day, 8, RNG.randrange(60), zone="PT"),
            sender,
            "Your T-Mobile bill is ready",
            alt(plain, htm),
            [name],
        )
    truth(
        name,
        ["T-Mobile Go5G", "T-Mobile family plan", "T-Mobile USA"],
        "130.00",
        "monthly",
        "active",
        date(2026, 12, 15),
        "bill",
    )
    htm = page(
        '<tr><td style="background:#e20074;padding:28px;color:#fff;font-size:26px;font-weight:bold">T-Mobile Tuesdays: free stuff this week</td></tr>'
        '<tr><td style="padding:22px 28px;font-size:15px">Grab a free Frosty, $5 off at Shell and a chance to win tickets to see the '
        "Seattle Kraken. Open the T-Life app to claim.</td></tr>"
        '<tr><td style="padding:0 28px 24px;font-size:11px;color:#777"><a href="https://www.t-mobile.com/unsubscribe">Unsubscribe</a> '
        "from T-Mobile Tuesdays emails.</td></tr>",
        title="T-Mobile Tuesdays",
    )
    add(
        at(2026, 10, 6, 6, 0, zone="PT"),
        ("T-Mobile Tuesdays", "tuesdays@email.t-mobile.com"),
        "🎁 Your T-Mobile Tuesdays freebies are here",
        html(htm),
        [],
        extra=unsub("https://www.t-mobile.com/unsubscribe?id=" + token(18)),
    )


def lemonade() -> None:
    sender = ("Lemonade", "help@lemonade.com")
    name = "Lemonade Renters Insurance"
    policy = "LP" + upper_id(8)

    def receipt(d: date, amount: str, renewed: bool = False) -> None:
        intro = (
            "Your policy renewed for another year, and here's the receipt for your first monthly payment on the "
            "new term."
            if renewed
            else "Just a quick note to let you know we received your monthly payment."
        )
        plain = (
            f"Hi Maya,\n\n{intro}\n\n"
            f"Policy: Renters, {policy}\nAddress: {ADDRESS[0]}, Seattle, WA 98103\n"
            f"Payment date: {short_date(d)}\nAmount: ${amount}\nCard: Visa ending in {VISA}\n"
            f"Next payment: ${amount} on {short_date(add_months(d, 1))}\n\n"
            "Part of your premium goes to Giveback. This year you're supporting Mary's Place.\n\n"
            "Stay cool,\nLemonade Customer Care\n\n"
            "Lemonade Insurance Company, 5 Crosby St, 3rd Floor, New York, NY 10013\n"
            "Lemonade Insurance Agency, LLC is a licensed insurance agency (WA license #1068294).\n"
        )
        htm = page(
            '<tr><td style="padding:28px 32px"><img src="https://www.lemonade.com/assets/email/lemonade-logo-pink.png" width="110" alt="Lemonade" /></td></tr>'
            f'<tr><td style="padding:0 32px;font-size:22px;color:#4a4a4a">{"Your policy renewed &#x1F34B;" if renewed else "Payment received &#x1F34B;"}</td></tr>'
            f'<tr><td style="padding:12px 32px;font-size:15px;color:#4a4a4a">Hi Maya, {esc(intro)}</td></tr>'
            '<tr><td style="padding:0 32px"><table width="100%" style="font-size:14px;color:#4a4a4a">'
            + rows(
                [
                    ("Policy", f"Renters &middot; {policy}"),
                    ("Payment date", short_date(d)),
                    ("Card", f"Visa ending in {VISA}"),
                    ("Next payment", f"${amount} on {short_date(add_months(d, 1))}"),
                    ("Amount", f"${amount}"),
                ]
            )
            + "</table></td></tr>"
            '<tr><td style="padding:20px 32px;font-size:11px;color:#9b9b9b">Lemonade Insurance Company, 5 Crosby St, 3rd Floor, New York, NY 10013. '
            "Lemonade Insurance Agency, LLC is a licensed insurance agency (WA license #1068294).</td></tr>",
            title="Lemonade",
            bg="#ffffff",
        )
        add(
            at(d.year, d.month, d.day, 12, RNG.randrange(60), zone="ET"),
            sender,
            "Your Lemonade policy renewed 🍋" if renewed else "Payment received 🍋",
            alt(plain, htm),
            [name],
            enc="b",
        )

    receipt(date(2025, 12, 21), "13.27")
    plain = (
        "Hi Maya,\n\nYour Lemonade Renters policy is up for renewal on March 21, 2026, and we'll renew it\n"
        "automatically so you stay covered.\n\n"
        "  Current monthly price:  $13.27\n  New monthly price:      $14.08 (starting March 21, 2026)\n\n"
        "Why the change? Rates for renters in King County went up a bit this year, and your personal\n"
        "property coverage was adjusted to $30,000 to keep up with replacement costs.\n\n"
        "Want to tweak your coverage or deductible? You can do it in the app in about 90 seconds.\n\n"
        "Lemonade Insurance Company, 5 Crosby St, 3rd Floor, New York, NY 10013\n"
    )
    add(at(2026, 2, 20, 12, 4, zone="ET"), sender, "Your policy renewal is coming up", text(plain), [name])
    receipt(date(2026, 3, 21), "14.08", renewed=True)
    receipt(date(2026, 7, 21), "14.08")
    receipt(date(2026, 11, 21), "14.08")
    truth(
        name,
        ["Lemonade", "Lemonade Insurance", "Lemonade Renters", "Lemonade Insurance Company"],
        "14.08",
        "monthly",
        "active",
        date(2026, 12, 21),
        "bill",
    )


def orca() -> None:
    sender = ("ORCA", "noreply@myorca.com")
    name = "ORCA Monthly Pass"
    for d in (
        date(2025, 12, 20),
        date(2026, 3, 20),
        date(2026, 6, 20),
        date(2026, 9, 20),
        date(2026, 11, 20),
    ):
        month = add_months(d, 1)
        conf = "ORC" + digits(9)
        plain = (
            "ORCA\n\nAutoload Confirmation\n\n"
            "Your autoload has been processed and the pass will be available on your card.\n\n"
            f"Confirmation number: {conf}\nCard: ORCA card ending in 7731 (Maya's card)\n"
            f"Product: Regional Monthly Pass $3.00 (PugetPass) - {month:%B %Y}\n"
            f"Amount charged: $108.00\nPayment method: Visa ending in {VISA}\nDate: {us_date(d)}\n\n"
            "Your pass will load the next time you tap your card on an ORCA reader.\n"
            "To change or stop autoload, sign in at https://myorca.com\n\n"
            "ORCA is operated by the regional transit agencies of the Puget Sound.\n"
            "Need help? Call 888-988-6722.\n"
        )
        htm = page(
            '<tr><td style="background:#00647a;padding:16px 26px;color:#fff;font-size:22px;font-weight:bold">ORCA</td></tr>'
            '<tr><td style="padding:22px 26px 6px;font-size:19px">Autoload Confirmation</td></tr>'
            '<tr><td style="padding:0 26px"><table width="100%" style="font-size:14px">'
            + rows(
                [
                    ("Confirmation number", conf),
                    ("Card", "ORCA card ending in 7731"),
                    ("Product", f"Regional Monthly Pass $3.00 (PugetPass) &ndash; {month:%B %Y}"),
                    ("Payment method", f"Visa ending in {VISA}"),
                    ("Date", us_date(d)),
                    ("Amount charged", "$108.00"),
                ]
            )
            + "</table></td></tr>"
            '<tr><td style="padding:16px 26px;font-size:13px;color:#555">Your pass will load the next time you tap your card. To change or stop '
            'autoload, sign in at <a href="https://myorca.com">myorca.com</a>.</td></tr>',
            title="ORCA Autoload Confirmation",
        )
        add(
            at(d.year, d.month, d.day, 1, RNG.randrange(60), zone="PT"),
            sender,
            "ORCA Autoload Confirmation",
            alt(plain, htm),
            [name],
        )
    truth(
        name,
        ["ORCA", "ORCA card", "PugetPass", "ORCA autoload", "Regional Monthly Pass"],
        "108.00",
        "monthly",
        "active",
        date(2026, 12, 20),
        "subscription",
    )


def climbing_gym() -> None:
    sender = ("Stoneline Bouldering", "billing@stonelinebouldering.com")
    name = "Stoneline Bouldering membership"
    base = Decimal("92.00")

    def receipt(d: date, item: str, amount: Decimal, intro: str, subject: str) -> None:
        t = tax(amount)
        plain = (
            f"Hi Maya,\n\n{intro}\n\n"
            f"Member: Maya Okafor (#{'04417'})\nLocation: Stoneline Bouldering - Ballard\nDate: {us_date(d)}\n\n"
            + plain_rows(
                [
                    (item, "$" + money(amount)),
                    ("WA sales tax (10.35%)", "$" + money(t)),
                    ("Total charged", "$" + money(amount + t)),
                ],
                52,
            )
            + f"\n\nPayment: Visa ending in {VISA}\nNext billing date: {us_date(add_months(d, 1))}\n\n"
            "See you on the wall!\nStoneline Bouldering\n5210 Ballard Ave NW, Seattle, WA 98107 | (206) 555-0143\n\n"
            "Membership changes (freeze, cancel) need 10 days' notice before your billing date. Reply to this\n"
            "email or ask at the front desk.\n"
        )
        add(at(d.year, d.month, d.day, 3, RNG.randrange(60), zone="PT"), sender, subject, text(plain), [name])

    receipt(
        date(2025, 12, 1),
        "Monthly Membership - Adult",
        base,
        "Thanks for climbing with us! Here's your receipt.",
        "Stoneline Bouldering - Payment Receipt",
    )
    receipt(
        date(2026, 3, 1),
        "Monthly Membership - Adult",
        base,
        "Thanks for climbing with us! Here's your receipt.",
        "Stoneline Bouldering - Payment Receipt",
    )
    plain = (
        "Hi Maya,\n\nYour membership freeze is confirmed. Heal up, that pulley will thank you.\n\n"
        "  Freeze starts:   June 1, 2026\n  Freeze ends:     July 31, 2026\n"
        "  Freeze fee:      $10.00/month + tax, billed on your normal billing date\n"
        "  Membership resumes automatically on August 1, 2026 at $92.00/month + tax.\n\n"
        "You can still come in for yoga and the fitness area during the freeze with a day pass.\n\n"
        "— Zoë at the front desk\nStoneline Bouldering, 5210 Ballard Ave NW, Seattle, WA 98107\n"
    )
    add(
        at(2026, 5, 18, 16, 22, zone="PT"),
        ("Stoneline Bouldering", "frontdesk@stonelinebouldering.com"),
        "Your membership freeze is confirmed",
        text(plain),
        [name],
    )
    receipt(
        date(2026, 6, 1),
        "Membership Freeze Fee",
        Decimal("10.00"),
        "Your membership is frozen. Here's your freeze fee receipt.",
        "Stoneline Bouldering - Payment Receipt",
    )
    receipt(
        date(2026, 8, 1),
        "Monthly Membership - Adult",
        base,
        "Welcome back! Your freeze has ended and your membership is active again.",
        "Welcome back! Your Stoneline membership is active again",
    )
    receipt(
        date(2026, 11, 1),
        "Monthly Membership - Adult",
        base,
        "Thanks for climbing with us! Here's your receipt.",
        "Stoneline Bouldering - Payment Receipt",
    )
    truth(
        name,
        ["Stoneline Bouldering", "Stoneline", "Stoneline Bouldering Ballard"],
        base + tax(base),
        "monthly",
        "active",
        date(2026, 12, 1),
        "subscription",
    )


def apple_receipt(
    dt: datetime, lines: list[tuple[str, str, str, str]], base_total: Decimal, subject: str, labels
) -> Decimal:
    """lines: (app name, item, detail, price)."""
    t = tax(base_total)
    total = base_total + t
    order = upper_id(10)
    doc = digits(12)
    items_txt = "\n".join(f"{a}\n{i}\n{det}\n{'':44}${p}\n" for a, i, det, p in lines)
    plain = (
        "Apple Receipt\n-----------------------------------------------------------\n\n"
        f"APPLE ACCOUNT\n{ME_MAIL}\n\nBILLED TO\nVisa .... {VISA} (Apple\u00a0Pay)\nMaya Okafor\n"
        + "\n".join(ADDRESS)
        + "\nUSA\n\n"
        f"ORDER ID:              {order}\nDOCUMENT NO.:        {doc}\nDATE:                {short_date(dt)}\n"
        f"TOTAL:                      ${money(total)}\n\n\n"
        "App Store                                     \n-----------------------------------------------------------\n"
        f"{items_txt}\n"
        f"                                    Subtotal  ${money(base_total)}\n"
        f"                                    Tax       ${money(t)}\n"
        "-----------------------------------------------------------\n"
        f"                                    TOTAL     ${money(total)}\n\n"
        "Privacy: We use a Subscriber ID to provide reports to developers.\n\n"
        "Get help with subscriptions and purchases. Visit Apple Support.\nhttps://support.apple.com/billing\n\n"
        "Learn how to manage your password preferences for iTunes, Apple Books, and App Store purchases at\n"
        "https://support.apple.com/HT204030\n\n"
        "Apple Account Summary: https://buy.itunes.apple.com/WebObjects/MZFinance.woa/wa/accountSummary?mt=8\n"
        "Terms of Sale: https://www.apple.com/legal/itunes/us/sales.html\n"
        "Copyright \u00a9 2026 Apple Inc. All rights reserved\n"
    )
    item_rows = "".join(
        f'<tr><td style="padding:10px 0;font-size:12px"><b>{esc(a)}</b><br />{esc(i)}<br /><span style="color:#666">{esc(det)}</span></td>'
        f'<td align="right" style="font-size:12px;font-weight:600">${p}</td></tr>'
        for a, i, det, p in lines
    )
    htm = page(
        '<tr><td style="padding:20px 0"><img src="https://www.apple.com/ac/globalnav/7/en_US/images/be15095f-5a20-57d0-ad14-cf4c638e223a/globalnav_apple_image__b5er5ngrzxqq_large.svg" width="26" alt="Apple" /> '
        '<span style="font-size:28px;color:#333">Receipt</span></td></tr>'
        '<tr><td><table width="100%" style="background:#fafafa;font-size:10px;color:#666">'
        f'<tr><td style="padding:8px">APPLE ACCOUNT<br /><span style="font-size:12px;color:#333">{ME_MAIL}</span></td>'
        f'<td style="padding:8px">DATE<br /><span style="font-size:12px;color:#333">{short_date(dt)}</span></td>'
        f'<td rowspan="2" style="padding:8px">BILLED TO<br /><span style="font-size:12px;color:#333">Visa .... {VISA} (Apple&nbsp;Pay)<br />Maya Okafor<br />'
        + "<br />".join(ADDRESS)
        + "<br />USA</span></td></tr>"
        f'<tr><td style="padding:8px">ORDER ID<br /><span style="font-size:12px;color:#0070c9">{order}</span></td>'
        f'<td style="padding:8px">DOCUMENT NO.<br /><span style="font-size:12px;color:#333">{doc}</span></td></tr></table></td></tr>'
        '<tr><td style="padding:14px 0 2px;font-size:14px;font-weight:600;background:#fafafa">App Store</td></tr>'
        f'<tr><td><table width="100%">{item_rows}'
        f'<tr><td align="right" style="font-size:10px;color:#666;padding-top:10px">Subtotal</td><td align="right" style="font-size:12px">${money(base_total)}</td></tr>'
        f'<tr><td align="right" style="font-size:10px;color:#666">Tax</td><td align="right" style="font-size:12px">${money(t)}</td></tr>'
        f'<tr><td align="right" style="font-size:10px;color:#666;border-top:1px solid #eee">TOTAL</td>'
        f'<td align="right" style="font-size:12px;font-weight:600;border-top:1px solid #eee">${money(total)}</td></tr></table></td></tr>'
        '<tr><td style="padding:30px 0;font-size:10px;color:#888;text-align:center"><a href="https://support.apple.com/billing">Get help with subscriptions and purchases</a>'
        "<br />Copyright &copy; 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014, United States. All rights reserved.</td></tr>",
        title="Your receipt from Apple.",
        bg="#ffffff",
        width=640,
        font="-apple-system,Helvetica,sans-serif",
    )
    add(
        dt,
        ("Apple", "no_reply@email.apple.com"),
        subject,
        alt(plain, htm),
        labels,
        msgid=f"<{digits(10)}.{digits(8)}.{digits(13)}@email.apple.com>",
        extra=[
            ("X-Business-Group", "iTunes"),
            ("X-Country", "US"),
            ("X-EmailType-Id", str(RNG.choice([10631, 10632]))),
        ],
    )
    return total


def strava_apple() -> None:
    name = "Strava"
    plain = (
        "Apple Subscription Renewal\n-----------------------------------------------------------\n\n"
        "Dear Maya,\n\nWe hope you're enjoying your subscription, which will renew soon.\n\n"
        "Strava: Run, Bike, Hike\nStrava Subscription (Annual)\n$79.99/year\nRenews August 2, 2026\n\n"
        "The subscription will automatically renew for $79.99 (plus applicable tax) per year starting August 2, 2026\n"
        "unless you cancel at least a day before. To keep your subscription, no further action is needed.\n\n"
        "Manage Subscription\nhttps://apps.apple.com/account/subscriptions\n\nRegards,\nApple\n\n"
        "Apple respects your privacy.\nInformation regarding your personal information can be viewed at https://www.apple.com/legal/privacy/.\n"
    )
    htm = page(
        '<tr><td style="padding:24px 0;font-size:26px;color:#333">Subscription Renewal</td></tr>'
        '<tr><td style="font-size:14px;color:#333;line-height:21px">Dear Maya,<br /><br />We hope you&rsquo;re enjoying your subscription, which will renew soon.</td></tr>'
        '<tr><td style="padding:16px 0"><table width="100%" style="font-size:13px;background:#fafafa"><tr><td style="padding:12px">'
        "<b>Strava: Run, Bike, Hike</b><br />Strava Subscription (Annual)<br />$79.99/year<br />Renews August 2, 2026</td></tr></table></td></tr>"
        '<tr><td style="font-size:13px;color:#333">The subscription will automatically renew for $79.99 (plus applicable tax) per year starting '
        "August 2, 2026 unless you cancel at least a day before.</td></tr>"
        '<tr><td style="padding:24px 0;font-size:10px;color:#888">Apple respects your privacy.</td></tr>',
        title="Subscription Renewal",
        bg="#ffffff",
        width=640,
    )
    add(
        at(2026, 7, 26, 14, 3, zone="PT"),
        ("Apple", "no_reply@email.apple.com"),
        "Your Subscription Renewal",
        alt(plain, htm),
        [name],
        msgid=f"<{digits(10)}.{digits(8)}.{digits(13)}@email.apple.com>",
    )
    total = apple_receipt(
        at(2026, 8, 2, 23, 40, zone="PT"),
        [("Strava: Run, Bike, Hike", "Strava Subscription (Annual)", "Renews Aug 2, 2027", "79.99")],
        Decimal("79.99"),
        "Your receipt from Apple.",
        [name],
    )
    truth(
        name,
        ["Strava Subscription", "Strava Premium", "Strava: Run, Bike, Hike"],
        total,
        "yearly",
        "active",
        date(2027, 8, 2),
        "subscription",
    )
    NEGATIVES.append("Things 3")
    apple_receipt(
        at(2026, 5, 9, 18, 2, zone="PT"),
        [("Things 3", "Things 3 for iPhone", "Report a Problem", "9.99")],
        Decimal("9.99"),
        "Your receipt from Apple.",
        [],
    )
    htm = page(
        '<tr><td style="background:#fc4c02;padding:30px;color:#fff;font-size:30px;font-weight:bold">Your 2025 Year in Sport is here</td></tr>'
        '<tr><td style="padding:24px 30px;font-size:16px">412 km run. 38 activities at the crag. 19,840 m of elevation. See your full '
        "Year in Sport and share it with your friends.</td></tr>"
        '<tr><td style="padding:0 30px 24px;font-size:11px;color:#888">Strava, Inc. 208 Utah Street, Suite 400, San Francisco, CA 94103. '
        '<a href="https://www.strava.com/settings/email_unsubscribe">Unsubscribe</a></td></tr>',
        title="Year in Sport",
    )
    add(
        at(2025, 12, 10, 8, 0, zone="PT"),
        ("Strava", "no-reply@strava.com"),
        "Maya, your 2025 Year in Sport is ready",
        html(htm),
        [],
        extra=unsub("https://www.strava.com/settings/email_unsubscribe?t=" + token(20)),
    )


def nyt_games() -> None:
    sender = ("The New York Times", "nytimes@e.newyorktimes.com")
    name = "New York Times Games"
    foot = (
        "\n\nQuestions? Visit help.nytimes.com or call 1-800-698-4637.\n\n"
        "The New York Times Company, 620 Eighth Avenue, New York, NY 10018\n"
        "You received this email because you have a New York Times subscription.\n"
    )
    plain = (
        "Hi Maya,\n\nThanks for being a New York Times Games subscriber. This is a reminder that your\n"
        "subscription will renew soon.\n\n"
        "  Subscription:   New York Times Games, billed annually\n  Renewal date:   January 19, 2026\n"
        "  Amount:         $50.00 plus applicable sales tax\n"
        f"  Payment method: Visa ending in {VISA}\n\n"
        "You don't need to do anything to keep solving Wordle, Spelling Bee, Connections, Strands and\n"
        "the Crossword. To manage your subscription, visit https://myaccount.nytimes.com" + foot
    )
    add(
        at(2025, 12, 20, 10, 15, zone="ET"),
        sender,
        "Your Games subscription will renew soon",
        text(plain),
        [name],
    )
    base = Decimal("50.00")
    t = tax(base)
    plain = (
        "Hi Maya,\n\nThank you for your payment. Here are the details:\n\n"
        + plain_rows(
            [
                ("New York Times Games (1 year)", "$50.00"),
                ("Sales tax", "$" + money(t)),
                ("Total charged", "$" + money(base + t)),
            ],
            48,
        )
        + f"\n\nDate: January 19, 2026\nPayment method: Visa ending in {VISA}\nNext billing date: January 19, 2027"
        + foot
    )
    htm = page(
        '<tr><td align="center" style="padding:24px;border-bottom:1px solid #e2e2e2"><img src="https://static01.nyt.com/email/images/games-logo.png" width="160" alt="The New York Times Games" /></td></tr>'
        '<tr><td style="padding:24px 32px 8px;font-family:Georgia,serif;font-size:22px">Thank you for your payment</td></tr>'
        '<tr><td style="padding:0 32px"><table width="100%" style="font-size:14px;font-family:Helvetica,Arial">'
        + rows(
            [
                ("New York Times Games (1 year)", "$50.00"),
                ("Sales tax", "$" + money(t)),
                ("Total charged", "$" + money(base + t)),
            ]
        )
        + "</table></td></tr>"
        f'<tr><td style="padding:16px 32px;font-size:14px">Date: January 19, 2026<br />Payment method: Visa ending in {VISA}<br />'
        "Next billing date: January 19, 2027</td></tr>"
        '<tr><td style="padding:16px 32px 28px;font-size:11px;color:#888">The New York Times Company, 620 Eighth Avenue, New York, NY 10018</td></tr>',
        title="Payment confirmation",
    )
    add(at(2026, 1, 19, 6, 2, zone="ET"), sender, "Thank you for your payment", alt(plain, htm), [name])
    htm = page(
        '<tr><td align="center" style="padding:24px;border-bottom:1px solid #e2e2e2"><img src="https://static01.nyt.com/email/images/nyt-logo.png" width="200" alt="The New York Times" /></td></tr>'
        '<tr><td style="padding:24px 32px;font-family:Georgia,serif;font-size:24px">Go beyond the games. All Access for $1/week.</td></tr>'
        '<tr><td style="padding:0 32px 20px;font-size:15px">News, Games, Cooking, Wirecutter and The Athletic. $1 a week for your first year, '
        "then $25 every 4 weeks. Cancel anytime.</td></tr>"
        '<tr><td style="padding:0 32px 24px;font-size:11px;color:#888"><a href="https://www.nytimes.com/unsubscribe">Unsubscribe</a> '
        "&middot; The New York Times Company, 620 Eighth Avenue, New York, NY 10018</td></tr>",
        title="All Access",
        preheader="Limited-time offer for Games subscribers",
    )
    add(
        at(2026, 6, 16, 9, 30, zone="ET"),
        ("The New York Times", "nytimes@e.newyorktimes.com"),
        "Maya, a special offer for Games subscribers",
        html(htm),
        [],
        extra=unsub("https://www.nytimes.com/unsubscribe?e=" + token(18)),
    )
    plain = (
        "Hi Maya,\n\nWe're sorry to see you go. Your New York Times Games subscription has been canceled.\n\n"
        "You'll continue to have full access to Games until January 18, 2027. After that you'll still\n"
        "be able to play Wordle and the Mini for free. You won't be charged again.\n\n"
        "Changed your mind? You can restart your subscription any time at https://www.nytimes.com/subscription/games\n\n"
        f"Cancellation confirmation number: {upper_id(9)}" + foot
    )
    add(
        at(2026, 11, 8, 21, 17, zone="ET"),
        ("The New York Times", "help@nytimes.com"),
        "Your subscription has been canceled",
        text(plain),
        [name],
    )
    truth(
        name,
        [
            "NYT Games",
            "New York Times Games subscription",
            "The New York Times",
            "New York Times",
            "NYTimes Games",
        ],
        base + t,
        "yearly",
        "cancelled",
        None,
        "subscription",
    )


def farm_box() -> None:
    sender = ("Cedar Grove Farm", "orders@cedargrovefarmbox.com")
    name = "Cedar Grove Farm Box"
    foot = (
        "\n\n--\nCedar Grove Farm · Carnation, WA\nDeliveries Tuesdays across north Seattle · hello@cedargrovefarmbox.com\n"
        "Manage deliveries: https://cedargrovefarmbox.com/account\n"
    )
    plain = (
        "Hi Maya,\n\nWelcome to the Cedar Grove Farm Box! We're so glad you're here.\n\n"
        "Your subscription\n  Box:        Regular Veggie Box\n  Frequency:  Every week\n  Price:      $38.50 per box (delivery included)\n"
        "  Delivery:   Tuesdays, starting April 14, 2026\n\n"
        "How billing works: we charge your card each Friday for the following Tuesday's box. You can\n"
        "skip a week or swap items until Thursday at 11:59 pm. Fresh produce isn't subject to sales tax.\n\n"
        "See you Tuesday,\nTilly & Ana, Cedar Grove Farm" + foot
    )
    add(
        at(2026, 4, 3, 17, 44, zone="PT"),
        sender,
        "Welcome to the Cedar Grove Farm Box 🥕",
        text(plain),
        [name],
    )

    def confirm(charge: date, price: str, items: list[str]) -> None:
        deliver = charge + timedelta(days=4)
        order = "CG-" + digits(5)
        plain = (
            f"Hi Maya,\n\nYour box for Tuesday, {deliver:%B} {deliver.day} is locked in and on its way to being packed.\n\n"
            f"Order: {order}\nRegular Veggie Box  ${price}\nDelivery            included\nTotal charged       ${price}\n"
            f"Card:  Visa ending in {VISA}  ({long_date(charge)})\n\nThis week's box:\n"
            + "\n".join(f"  - {i}" for i in items)
            + "\n\nNext box: the following Tuesday, unless you skip."
            + foot
        )
        li = "".join(f"<li>{esc(i)}</li>" for i in items)
        htm = page(
            '<tr><td style="background:#3b5d3a;padding:18px 26px;color:#f6f1e7;font-family:Georgia,serif;font-size:22px">Cedar Grove Farm</td></tr>'
            f'<tr><td style="padding:22px 26px 8px;font-size:18px">Your box for Tuesday, {deliver:%B} {deliver.day} is locked in</td></tr>'
            '<tr><td style="padding:0 26px"><table width="100%" style="font-size:14px">'
            + rows(
                [
                    ("Order", order),
                    ("Regular Veggie Box", "$" + price),
                    ("Delivery", "included"),
                    ("Total charged", "$" + price),
                ]
            )
            + "</table></td></tr>"
            f'<tr><td style="padding:12px 26px;font-size:14px">This week&rsquo;s box:<ul>{li}</ul></td></tr>'
            '<tr><td style="padding:12px 26px 22px;font-size:11px;color:#777">Cedar Grove Farm &middot; Carnation, WA &middot; '
            '<a href="https://cedargrovefarmbox.com/account">Manage deliveries</a></td></tr>',
            title="Your box is locked in",
            bg="#f6f1e7",
        )
        add(
            at(charge.year, charge.month, charge.day, 0, RNG.randrange(5, 30), zone="PT"),
            sender,
            f"Your Cedar Grove box for {deliver:%b} {deliver.day} is confirmed",
            alt(plain, htm),
            [name],
        )

    def skipped(sent: date, week: date, nxt: date, price: str) -> None:
        plain = (
            f"Hi Maya,\n\nNo problem! We've skipped your box for Tuesday, {week:%B} {week.day}. You won't be charged for that week.\n\n"
            f"Your next box: Tuesday, {nxt:%B} {nxt.day}. We'll charge ${price} on Friday, "
            f"{(nxt - timedelta(days=4)):%B} {(nxt - timedelta(days=4)).day}.\n\n"
            "Changed your mind? You can unskip until Thursday 11:59 pm." + foot
        )
        add(
            at(sent.year, sent.month, sent.day, 19, RNG.randrange(60), zone="PT"),
            sender,
            f"Skipped: your box for {week:%b} {week.day}",
            text(plain),
            [name],
        )

    confirm(
        date(2026, 4, 10),
        "38.50",
        [
            "Purple sprouting broccoli",
            "Overwintered leeks",
            "Salad mix",
            "Rainbow chard",
            "Storage apples (2 lb)",
            "Nettle pesto (8 oz)",
        ],
    )
    plain = (
        "Hi Maya,\n\nA quick, honest note about prices. Fuel, packaging and our crew's wages have all gone up this\n"
        "year, and after holding prices for two seasons we need to make a small change.\n\n"
        "Starting with boxes delivered the week of June 2, 2026, the Regular Veggie Box will be $39.75\n"
        "(up from $38.50). Delivery stays free. You don't need to do anything.\n\n"
        "Thank you for eating with the seasons with us.\nTilly & Ana" + foot
    )
    add(
        at(2026, 5, 15, 15, 10, zone="PT"),
        sender,
        "A small change to box prices in June",
        text(plain),
        [name],
    )
    confirm(
        date(2026, 7, 10),
        "39.75",
        [
            "Sugar snap peas",
            "Zucchini",
            "Garlic scapes",
            "Strawberries (1 pint)",
            "Little gem lettuce",
            "Fresh basil",
        ],
    )
    skipped(date(2026, 7, 22), date(2026, 7, 28), date(2026, 8, 4), "39.75")
    confirm(
        date(2026, 10, 16),
        "39.75",
        [
            "Delicata squash",
            "Honeycrisp apples (2 lb)",
            "Lacinato kale",
            "Carrots",
            "Shallots",
            "Fresh-pressed cider (half gallon)",
        ],
    )
    confirm(
        date(2026, 11, 20),
        "39.75",
        [
            "Brussels sprouts on the stalk",
            "Sweet potatoes",
            "Cranberries",
            "Celery root",
            "Sage",
            "Yukon gold potatoes (3 lb)",
        ],
    )
    skipped(date(2026, 11, 23), date(2026, 12, 1), date(2026, 12, 8), "39.75")
    truth(
        name,
        ["Cedar Grove Farm", "Cedar Grove Farm CSA", "Cedar Grove Veggie Box", "Regular Veggie Box"],
        "39.75",
        "weekly",
        "active",
        date(2026, 12, 4),
        "subscription",
    )


def patreon() -> None:
    sender = ("Patreon", "no-reply@patreon.com")
    name = "Patreon - Pixel Cartographer"
    base = Decimal("5.00")
    t = tax(base)
    total = base + t

    def receipt(d: date) -> None:
        htm = page(
            '<tr><td style="padding:24px 32px"><img src="https://c5.patreon.com/external/logo/email_logo.png" width="30" alt="Patreon" /></td></tr>'
            f'<tr><td style="padding:0 32px 8px;font-size:22px;font-weight:bold;color:#141518">Your {d:%B %Y} receipt</td></tr>'
            '<tr><td style="padding:0 32px 16px;font-size:14px;color:#5e6066">Thanks for supporting the creators you love.</td></tr>'
            '<tr><td style="padding:0 32px"><table width="100%" style="font-size:14px;color:#141518">'
            + rows(
                [
                    ("Pixel Cartographer &middot; Map Nerd tier", "$" + money(base)),
                    ("Sales tax", "$" + money(t)),
                    ("Total", "$" + money(total)),
                ]
            )
            + "</table></td></tr>"
            f'<tr><td style="padding:14px 32px;font-size:13px;color:#5e6066">Charged {long_date(d)} to Visa ending in {VISA}.<br />'
            "Your membership renews on the 1st of every month. You can edit or cancel it any time in "
            '<a href="https://www.patreon.com/settings/memberships">Memberships</a>.</td></tr>'
            '<tr><td style="padding:18px 32px 26px;font-size:11px;color:#9a9ca3">Patreon, Inc. &middot; 600 Townsend Street, Suite 500, '
            "San Francisco, CA 94103</td></tr>",
            title="Patreon receipt",
        )
        add(
            at(d.year, d.month, d.day, 1, RNG.randrange(60), zone="PT"),
            sender,
            f"Your Patreon receipt for {d:%B %Y}",
            html(htm),
            [name],
        )

    receipt(date(2025, 12, 1))
    plain = (
        "Hi Maya,\n\nWe weren't able to process your payment of $5.52 for your membership to Pixel Cartographer.\n"
        "Your bank declined the charge. This can happen when a card is new, blocked for fraud\n"
        "protection, or over its limit.\n\n"
        "Update your payment method to keep your benefits: https://www.patreon.com/settings/billing\n\n"
        "We'll try again automatically in a few days. If payment still can't be processed, your\n"
        "membership benefits will be paused.\n\nThe Patreon Team\n"
    )
    add(
        at(2026, 4, 1, 1, 12, zone="PT"),
        sender,
        "Your payment to Pixel Cartographer was declined",
        text(plain),
        [name],
    )
    plain = (
        "Hi Maya,\n\nGood news, your payment went through.\n\n"
        "  Pixel Cartographer, Map Nerd tier    $5.00\n  Sales tax                            $0.52\n"
        "  Total                                $5.52\n\n"
        f"Charged April 3, 2026 to Visa ending in {VISA}. Your benefits are active.\n\nThe Patreon Team\n"
    )
    add(
        at(2026, 4, 3, 9, 40, zone="PT"),
        sender,
        "Payment successful: Pixel Cartographer",
        text(plain),
        [name],
    )
    receipt(date(2026, 11, 1))
    truth(
        name,
        ["Patreon", "Pixel Cartographer", "Patreon membership"],
        total,
        "monthly",
        "active",
        date(2026, 12, 1),
        "subscription",
    )


# ================================================================ the rest of the inbox (not subscriptions)


def amazon() -> None:
    NEGATIVES.extend(["Amazon", "Amazon.com", "Amazon Prime"])
    sender = ("Amazon.com", "auto-confirm@amazon.com")

    def order(dt: datetime, items: list[tuple[str, str, int]], ship: str, arrive: str) -> None:
        no = f"11{RNG.randrange(1, 5)}-{digits(7)}-{digits(7)}"
        sub = sum(Decimal(p) * q for _, p, q in items)
        t = tax(sub)
        total = sub + Decimal(ship) + t
        first = items[0][0]
        more = f" and {len(items) - 1} more item" + ("s" if len(items) > 2 else "") if len(items) > 1 else ""
        short = first if len(first) < 42 else first[:39] + "..."
        lis = "".join(
            f'<tr><td style="padding:8px 0;font-size:14px">{esc(n)}<br /><span style="color:#565959">Quantity: {q}</span></td>'
            f'<td align="right" style="font-size:14px">${money(Decimal(p) * q)}</td></tr>'
            for n, p, q in items
        )
        htm = page(
            '<tr><td style="padding:14px 20px;border-bottom:1px solid #ddd"><img src="https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_US.png" width="90" alt="amazon" />'
            '<span style="float:right;font-size:18px;color:#565959">Order Confirmation</span></td></tr>'
            f'<tr><td style="padding:16px 20px;font-size:14px">Hello Maya,<br /><br />Thanks for your order. We&rsquo;ll let you know once your item(s) have shipped.'
            f'<br /><br /><b style="color:#067d62;font-size:16px">Arriving {esc(arrive)}</b><br />Ship to: Maya Okafor, {ADDRESS[0]}, SEATTLE, WA</td></tr>'
            f'<tr><td style="padding:0 20px"><table width="100%">{lis}</table></td></tr>'
            '<tr><td style="padding:0 20px"><table width="100%" style="font-size:14px">'
            + rows(
                [
                    ("Item Subtotal:", "$" + money(sub)),
                    ("Shipping &amp; Handling:", "$" + ship),
                    ("Estimated tax to be collected:", "$" + money(t)),
                    ("Order Total:", "$" + money(total)),
                ]
            )
            + "</table></td></tr>"
            f'<tr><td style="padding:14px 20px;font-size:13px">Order #{no}<br /><a href="https://www.amazon.com/gp/your-account/order-details?orderID={no}">View or manage order</a></td></tr>'
            '<tr><td style="padding:16px 20px;font-size:11px;color:#565959">By placing your order, you agree to Amazon.com&rsquo;s '
            "Privacy Notice and Conditions of Use. This email was sent from a notification-only address that cannot accept incoming email.<br />"
            "&copy;2026 Amazon.com, Inc. or its affiliates. Amazon, Amazon.com and all related marks are trademarks of Amazon.com, Inc. or its affiliates, "
            "Amazon.com, Inc. 410 Terry Avenue N., Seattle, WA 98109.</td></tr>",
            title="Amazon.com order",
            bg="#ffffff",
        )
        add(
            dt,
            sender,
            f'Ordered: "{short}"{more}',
            html(htm),
            [],
            msgid=f"<01000{token(14)}-{token(8)}-{token(4)}@email.amazonses.com>",
            enc="q",
        )

    order(
        at(2025, 12, 6, 21, 14, zone="PT"),
        [
            ("Logitech MX Keys S Wireless Keyboard, Graphite", "109.99", 1),
            ("Hario V60 Ceramic Coffee Dripper, Size 02, White", "24.00", 1),
        ],
        "0.00",
        "Tuesday, December 9",
    )
    ship = ("Amazon.com", "shipment-tracking@amazon.com")
    htm = page(
        '<tr><td style="padding:14px 20px;border-bottom:1px solid #ddd"><img src="https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_US.png" width="90" alt="amazon" /></td></tr>'
        '<tr><td style="padding:16px 20px;font-size:20px;color:#067d62">Your package has shipped!</td></tr>'
        '<tr><td style="padding:0 20px 12px;font-size:14px">Arriving <b>Tuesday, December 9</b><br />Logitech MX Keys S Wireless Keyboard, Graphite<br />'
        f"Ship to: Maya Okafor, {ADDRESS[0]}, SEATTLE, WA<br />Shipped with Amazon Logistics, tracking ID TBA{digits(12)}</td></tr>"
        '<tr><td style="padding:0 20px 16px"><a href="https://www.amazon.com/gp/your-account/ship-track" style="background:#ffd814;color:#0f1111;'
        'padding:8px 18px;border-radius:8px;text-decoration:none">Track package</a></td></tr>'
        '<tr><td style="padding:16px 20px;font-size:11px;color:#565959">&copy;2025 Amazon.com, Inc. or its affiliates. Amazon.com, Inc. '
        "410 Terry Avenue N., Seattle, WA 98109.</td></tr>",
        title="Shipped",
        bg="#ffffff",
    )
    add(
        at(2025, 12, 7, 14, 26, zone="PT"),
        ship,
        'Shipped: "Logitech MX Keys S Wireless..."',
        html(htm),
        [],
        msgid=f"<01000{token(14)}-{token(8)}-{token(4)}@email.amazonses.com>",
    )
    plain = (
        "Hello Maya,\n\nWe've processed your refund for the item below.\n\n"
        "  Hario V60 Ceramic Coffee Dripper, Size 02, White\n  Reason: Item arrived damaged\n\n"
        "  Item refund:     $24.00\n  Tax refund:      $2.48\n  Total refund:    $26.48\n\n"
        f"Your refund has been issued to your Visa ending in {VISA}. It may take 3-5 business days to appear\n"
        "on your statement.\n\nWe hope to see you again soon.\nAmazon.com\n"
    )
    add(
        at(2026, 1, 5, 10, 12, zone="PT"),
        ("Amazon.com", "return@amazon.com"),
        "Your refund for Hario V60 Ceramic Coffee Dripper... has been processed",
        text(plain),
        [],
    )
    order(
        at(2026, 11, 27, 6, 48, zone="PT"),
        [
            ("Anker Prime Charger, 100W GaN, 3-Port", "59.99", 1),
            ("Black Diamond Momentum Climbing Harness - Women's, M", "54.95", 1),
            ("Organic Cotton Flannel Sheet Set, Queen, Heather Gray", "79.00", 1),
        ],
        "0.00",
        "Monday, December 1",
    )
    htm = page(
        '<tr><td style="background:#00a8e1;padding:28px;color:#fff;font-size:26px;font-weight:bold">Maya, enjoy FREE Two-Day Delivery, '
        "Prime Video and more</td></tr>"
        '<tr><td style="padding:22px 28px;font-size:15px">Start your 30-day free trial of Amazon Prime. After your trial, Prime is just '
        "$14.99/month (plus any applicable taxes). Cancel anytime.</td></tr>"
        '<tr><td style="padding:0 28px 24px"><a href="https://www.amazon.com/prime" style="background:#ffd814;color:#0f1111;padding:10px 22px;'
        'border-radius:20px;text-decoration:none">Start your free trial</a></td></tr>'
        '<tr><td style="padding:0 28px 24px;font-size:11px;color:#565959">We hope you found this message to be useful. However, if you&rsquo;d rather '
        'not receive future emails of this sort from Amazon.com, please <a href="https://www.amazon.com/gp/gss/o/">opt-out here</a>. '
        "Amazon.com, 410 Terry Avenue N., Seattle, WA 98109-5210</td></tr>",
        title="Amazon Prime",
        preheader="Prime Day is coming July 14-15. Join Prime to shop the deals.",
    )
    add(
        at(2026, 6, 30, 10, 2, zone="PT"),
        ("Amazon Prime", "prime@amazon.com"),
        "Maya, try Prime free for 30 days before Prime Day",
        html(htm),
        [],
        extra=unsub("https://www.amazon.com/gp/gss/o/" + token(20)),
    )


def rei() -> None:
    NEGATIVES.extend(["REI", "REI Co-op"])
    htm = page(
        '<tr><td style="padding:20px 28px;border-bottom:1px solid #ddd"><img src="https://www.rei.com/assets/email/rei-coop-logo.png" width="110" alt="REI Co-op" /></td></tr>'
        '<tr><td style="padding:24px 28px 8px;font-size:26px;font-weight:bold;color:#2e2e2b">Your Co-op Member Reward is here</td></tr>'
        '<tr><td style="padding:0 28px 16px;font-size:16px;color:#2e2e2b">Maya, thanks for being a member. Based on your eligible purchases '
        "in 2025 you earned a <b>$23.47</b> Member Reward, plus <b>$0.00</b> in Co-op Cycle Check. Use it in stores or at REI.com "
        "through December 31, 2027.</td></tr>"
        '<tr><td style="padding:0 28px 16px;font-size:13px;color:#555">Member number: 0192 4477 031 &middot; Lifetime member since 2019 '
        "(one-time $30 membership, no annual fees)</td></tr>"
        '<tr><td style="padding:0 28px 24px"><a href="https://www.rei.com/membership/account" style="background:#2e2e2b;color:#fff;padding:10px 20px;'
        'text-decoration:none">See my reward</a></td></tr>'
        '<tr><td style="padding:0 28px 24px;font-size:11px;color:#777">REI Co-op, 6750 S 228th St, Kent, WA 98032. '
        '<a href="https://www.rei.com/email-preferences">Email preferences</a></td></tr>',
        title="Member Reward",
    )
    add(
        at(2026, 3, 12, 7, 30, zone="PT"),
        ("REI Co-op", "rei@notices.rei.com"),
        "Maya, your 2025 Member Reward is ready to use",
        html(htm),
        [],
        extra=unsub("https://www.rei.com/email-preferences?u=" + token(16)),
    )


def uber() -> None:
    NEGATIVES.extend(["Uber Eats", "Uber One", "Uber"])
    sender = ("Uber Receipts", "noreply@uber.com")

    def eats(
        dt: datetime, place: str, items: list[tuple[str, str]], fee: str, service: str, tip: str
    ) -> None:
        sub = sum(Decimal(p) for _, p in items)
        t = tax(sub + Decimal(service))
        total = sub + Decimal(fee) + Decimal(service) + t + Decimal(tip)
        lis = "".join(
            f'<tr><td style="padding:6px 0">{esc(n)}</td><td align="right">${p}</td></tr>' for n, p in items
        )
        htm = page(
            '<tr><td style="background:#000;padding:18px 26px;color:#fff;font-size:22px">Uber <span style="color:#06c167">Eats</span></td></tr>'
            f'<tr><td style="padding:22px 26px 4px;font-size:26px;font-weight:bold">Total ${money(total)}</td></tr>'
            f'<tr><td style="padding:0 26px 14px;font-size:14px;color:#545454">{dt:%B} {dt.day}, {dt.year} &middot; Thanks for ordering, Maya. '
            f"Here&rsquo;s your receipt for {esc(place)}.</td></tr>"
            f'<tr><td style="padding:0 26px"><table width="100%" style="font-size:14px">{lis}'
            + rows(
                [
                    ("Subtotal", "$" + money(sub)),
                    ("Delivery Fee", "$" + fee),
                    ("Service Fee", "$" + service),
                    ("Taxes", "$" + money(t)),
                    ("Tip", "$" + tip),
                    ("Total", "$" + money(total)),
                ]
            )
            + "</table></td></tr>"
            f'<tr><td style="padding:14px 26px;font-size:13px;color:#545454">Payments: Visa ••••{VISA}</td></tr>'
            '<tr><td style="padding:14px 26px;font-size:13px;background:#f6f6f6">Save on delivery fees with Uber One. '
            '<a href="https://www.uber.com/us/en/u/uber-one/">Try it free</a></td></tr>'
            '<tr><td style="padding:14px 26px 24px;font-size:11px;color:#757575">Uber Technologies, Inc., 1725 3rd Street, San Francisco, CA 94158</td></tr>',
            title="Uber Eats receipt",
        )
        add(
            dt,
            sender,
            f"Your {dt:%A} {'evening' if dt.hour >= 17 else 'afternoon'} order with Uber Eats",
            html(htm),
            [],
            msgid=f"<{token(8)}-{token(4)}-{token(4)}-{token(4)}-{token(12)}@uber.com>",
        )

    eats(
        at(2026, 1, 16, 19, 12, zone="PT"),
        "Araya's Place",
        [("Pad See Ew (tofu)", "17.95"), ("Tom Kha soup", "15.50"), ("Thai iced tea", "5.50")],
        "2.99",
        "4.87",
        "7.00",
    )
    eats(
        at(2026, 9, 25, 20, 3, zone="PT"),
        "Dick's Drive-In (Wallingford)",
        [("Deluxe x2", "11.60"), ("Fries x2", "5.90"), ("Chocolate shake", "4.75")],
        "1.99",
        "3.34",
        "5.00",
    )
    htm = page(
        '<tr><td style="background:#000;padding:30px 28px;color:#fff;font-size:26px;font-weight:bold">$0 delivery fees. 4 weeks free.</td></tr>'
        '<tr><td style="padding:22px 28px;font-size:15px">Join Uber One and get $0 Delivery Fee on eligible orders, up to 6% off rides and '
        "member pricing. Free for 4 weeks, then $9.99/month. Cancel anytime without fees.</td></tr>"
        '<tr><td style="padding:0 28px 24px;font-size:11px;color:#757575"><a href="https://www.uber.com/unsubscribe">Unsubscribe</a> '
        "&middot; Uber Technologies, Inc., 1725 3rd Street, San Francisco, CA 94158</td></tr>",
        title="Uber One",
    )
    add(
        at(2026, 10, 20, 11, 0, zone="PT"),
        ("Uber One", "uber@uber.com"),
        "Maya, try Uber One free for 4 weeks",
        html(htm),
        [],
        extra=unsub("https://www.uber.com/unsubscribe?c=" + token(16)),
    )


def venmo() -> None:
    NEGATIVES.extend(["Venmo", "Luis Herrera", "Priya Raghunathan"])
    sender = ("Venmo", "venmo@venmo.com")

    def note(dt: datetime, subject: str, who: str, amount: str, memo: str, direction: str) -> None:
        tid = digits(19)
        plain = (
            f"{subject}\n\n{memo}\n\n"
            f"Transaction ID\n{tid}\n\nDate\n{dt:%b} {dt.day}, {dt.year}\n\n"
            f"{'Sent from' if direction == 'out' else 'Money credited to'}\nVenmo balance\n\n"
            "Venmo is a service of PayPal, Inc., a licensed provider of money transfer services. All money transmission is\n"
            "provided by PayPal, Inc. pursuant to PayPal, Inc.'s licenses. PayPal, Inc., 2211 North First Street, San Jose, CA 95131\n"
        )
        htm = page(
            '<tr><td style="padding:22px 28px"><img src="https://s3.amazonaws.com/venmo/venmo_logo_blue.png" width="90" alt="venmo" /></td></tr>'
            f'<tr><td style="padding:0 28px;font-size:16px">{esc(subject)}</td></tr>'
            f'<tr><td style="padding:10px 28px;font-size:32px;font-weight:bold;color:{"#d0021b" if direction == "out" else "#148b36"}">'
            f"{'-' if direction == 'out' else '+'} ${amount}</td></tr>"
            f'<tr><td style="padding:0 28px 14px;font-size:15px;color:#2f3033">{esc(memo)}</td></tr>'
            f'<tr><td style="padding:0 28px;font-size:12px;color:#6b6e76">Transaction ID {tid}<br />{dt:%b} {dt.day}, {dt.year}</td></tr>'
            '<tr><td style="padding:20px 28px;font-size:10px;color:#6b6e76">Venmo is a service of PayPal, Inc., a licensed provider of money '
            "transfer services. PayPal, Inc., 2211 North First Street, San Jose, CA 95131</td></tr>",
            title="Venmo",
        )
        add(dt, sender, subject, alt(plain, htm), [], msgid=f"<{token(20)}@venmo.com>")

    note(
        at(2026, 1, 10, 9, 41, zone="PT"),
        "You paid Luis Herrera $182.81",
        "Luis Herrera",
        "182.81",
        "SPU bill half 💧🗑️",
        "out",
    )
    note(
        at(2026, 4, 25, 22, 16, zone="PT"),
        "Priya Raghunathan paid you $24.00",
        "Priya Raghunathan",
        "24.00",
        "guest pass + pho 🧗\u200d♀️🍜",
        "in",
    )


def events_and_travel() -> None:
    NEGATIVES.extend(["CascadiaJS", "Tito", "Kickstarter", "Tactile Grid", "Alaska Airlines"])
    ref = upper_id(4) + "-" + digits(1)
    plain = (
        "Hi Maya,\n\nYou're going to CascadiaJS 2026! Here are your tickets.\n\n"
        f"Order reference: {ref}\n\n"
        + plain_rows(
            [
                ("1 x Early Bird Conference Ticket", "$349.00"),
                ("Processing fee", "$12.22"),
                ("Total", "$361.22"),
            ],
            48,
        )
        + "\n\nWhen:  June 24-25, 2026\nWhere: Seattle Center, Seattle, WA\n\n"
        "Your ticket (Maya Okafor) is attached and can be updated at any time:\n"
        f"https://ti.to/cascadiajs/2026/tickets/{token(22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}\n\n"
        "See you there!\nThe CascadiaJS team\n\nSent by Tito on behalf of CascadiaJS. Tito doesn't charge attendees any fees beyond those shown.\n"
    )
    add(
        at(2026, 3, 4, 18, 27, zone="UTC"),
        ("CascadiaJS via Tito", "no-reply@tito.io"),
        f"Your tickets for CascadiaJS 2026 ({ref})",
        text(plain),
        [],
    )
    plain = (
        "Hi Maya,\n\nYou're now a backer of Tactile Grid: a hot-swappable, open-source macro pad.\n\n"
        "Your pledge\n  Reward:    Early Bird Grid 4x4 (Ships Aug 2026)\n  Pledge:    $89.00\n  Shipping:  $12.00\n"
        "  Total:     $101.00\n\n"
        "You'll only be charged if the project reaches its goal by Sat, Mar 7 2026 12:00 PM PST.\n"
        f"Card: Visa ending in {VISA}\n\nManage your pledge: https://www.kickstarter.com/projects/tactilegrid/tactile-grid/pledge\n\n"
        "Kickstarter, PBC · 268 Norman Ave, Brooklyn, NY 11222\n"
    )
    add(
        at(2026, 2, 11, 22, 31, zone="ET"),
        ("Kickstarter", "no-reply@kickstarter.com"),
        "You're a backer of Tactile Grid!",
        text(plain),
        [],
    )
    plain = (
        "Hi Maya,\n\nGood news! Tactile Grid was successfully funded, and your pledge was collected.\n\n"
        f"  Amount charged: $101.00\n  Card: Visa ending in {VISA}\n  Date: March 7, 2026\n\n"
        "The creator will send you a backer survey to collect your shipping details.\n\n"
        "Kickstarter, PBC · 268 Norman Ave, Brooklyn, NY 11222\n"
    )
    add(
        at(2026, 3, 7, 16, 2, zone="ET"),
        ("Kickstarter", "no-reply@kickstarter.com"),
        "Your pledge to Tactile Grid was successfully collected",
        text(plain),
        [],
    )
    conf = upper_id(6)
    fare = Decimal("248.20")
    taxes = Decimal("39.20")
    plain = (
        f"Alaska Airlines\n\nConfirmation code: {conf}\n\nThank you for booking with Alaska Airlines, Maya.\n\n"
        "DEPARTING  Fri, May 15   AS 1368  Seattle (SEA) 7:05 am  ->  Los Angeles (LAX) 9:52 am   Main, Seat 14A\n"
        "RETURNING  Mon, May 18   AS 1317  Los Angeles (LAX) 6:40 pm  ->  Seattle (SEA) 9:33 pm   Main, Seat 12C\n\n"
        "Passenger: MAYA OKAFOR   Mileage Plan #: ****4102   Ticket number: 027"
        + digits(10)
        + "\n\n"
        + plain_rows(
            [
                ("Fare", "$" + money(fare)),
                ("Taxes and fees", "$" + money(taxes)),
                ("Total", "$" + money(fare + taxes)),
            ],
            40,
        )
        + f"\n\nCharged to Visa ending in {VISA}\n\n"
        "Check in online 24 hours before departure at alaskaair.com.\n"
        "Alaska Airlines, Inc., P.O. Box 68900, Seattle, WA 98168\n"
    )
    htm = page(
        '<tr><td style="background:#01426a;padding:20px 26px;color:#fff;font-size:22px">Alaska Airlines</td></tr>'
        f'<tr><td style="padding:20px 26px;font-size:18px">Confirmation code: <b>{conf}</b></td></tr>'
        '<tr><td style="padding:0 26px"><table width="100%" style="font-size:13px">'
        "<tr><td><b>Fri, May 15</b> AS 1368</td><td>SEA 7:05 am &rarr; LAX 9:52 am</td><td>Seat 14A</td></tr>"
        "<tr><td><b>Mon, May 18</b> AS 1317</td><td>LAX 6:40 pm &rarr; SEA 9:33 pm</td><td>Seat 12C</td></tr></table></td></tr>"
        '<tr><td style="padding:14px 26px"><table width="100%" style="font-size:14px">'
        + rows(
            [
                ("Fare", "$" + money(fare)),
                ("Taxes and fees", "$" + money(taxes)),
                ("Total", "$" + money(fare + taxes)),
            ]
        )
        + "</table></td></tr>"
        '<tr><td style="padding:16px 26px;font-size:11px;color:#666">Alaska Airlines, Inc., P.O. Box 68900, Seattle, WA 98168</td></tr>',
        title="Alaska Airlines confirmation",
    )
    add(
        at(2026, 4, 8, 21, 55, zone="PT"),
        ("Alaska Airlines", "confirmation@ifly.alaskaair.com"),
        f"Confirmation Letter - {conf} - Maya Okafor",
        alt(plain, htm),
        [],
    )


def money_and_government() -> None:
    NEGATIVES.extend(
        ["IRS", "IRS Direct Pay", "Chase", "Chase Freedom Unlimited", "Zillow", "Zillow Rental Manager"]
    )
    plain = (
        "Thank you for your payment.\n\n"
        "This is an automated message confirming that IRS Direct Pay received your payment request.\n\n"
        f"Payment confirmation number: {upper_id(5)}-{digits(6)}\n"
        "Payment amount: $2,150.00\nPayment date: 04/15/2026\nReason for payment: Estimated Tax\n"
        "Apply payment to: 1040ES (for 1040, 1040A, 1040EZ)\nTax period for payment: 2026\n\n"
        "Please retain the payment confirmation number for your records.\n\n"
        "Do not reply to this message. This mailbox is not monitored.\nInternal Revenue Service\n"
    )
    add(
        at(2026, 4, 13, 20, 4, zone="ET"),
        ("IRS Direct Pay", "irs.directpay@irs.gov"),
        "IRS Direct Pay Payment Confirmation",
        text(plain, cte="7bit"),
        [],
    )
    plain = (
        "Chase\n\nYour statement is ready\n\n"
        "Your Chase Freedom Unlimited\u00ae statement for the account ending in "
        + VISA
        + " is now available.\n\n"
        "  Statement balance:   $1,842.17\n  Minimum payment due: $40.00\n  Payment due date:    02/04/2026\n\n"
        "AutoPay is on. We'll pay your statement balance from your checking account on the due date.\n\n"
        "Sign in to chase.com or the Chase Mobile\u00ae app to see your statement.\n\n"
        "Securely sent by Chase. This service email was sent to mayaokafor@gmail.com.\n"
        "JPMorgan Chase Bank, N.A. Member FDIC\n"
    )
    add(
        at(2026, 1, 9, 4, 12, zone="ET"),
        ("Chase", "no.reply.alerts@chase.com"),
        "Your credit card statement is ready",
        text(plain),
        [],
    )
    plain = (
        "Hi Maya,\n\nYour rent payment was received by Harbor Lane Properties.\n\n"
        "  Amount:        $2,650.00\n  Property:      " + ADDRESS[0] + ", Seattle, WA 98103\n"
        "  Payment date:  December 1, 2025\n  Method:        Bank account (BECU ••" + BECU + ")\n"
        "  Next autopay:  January 1, 2026\n\n"
        "Questions about your lease? Contact your landlord directly.\n\nZillow Rentals\n"
        "Zillow, Inc., 1301 Second Avenue, Floor 36, Seattle, WA 98101\n"
    )
    add(
        at(2025, 12, 1, 7, 3, zone="PT"),
        ("Zillow Rentals", "no-reply@rentals.zillow.com"),
        "Your rent payment was received",
        text(plain),
        [],
    )


def reading_and_trials() -> None:
    NEGATIVES.extend(["JavaScript Weekly", "Figma", "Figma Professional"])
    htm = page(
        '<tr><td style="padding:18px 26px;font-size:22px;font-weight:bold;background:#f7df1e">JavaScript Weekly</td></tr>'
        '<tr><td style="padding:18px 26px;font-size:15px;line-height:23px"><b>#754 — September 17, 2026</b><br /><br />'
        "<b>Node.js 26 Enters LTS</b> — Type stripping is now stable, plus a new permission model.<br /><br />"
        "<b>A Tour of the Temporal API, Two Years On</b> — Dates in JavaScript are finally fine.<br /><br />"
        "<b>Vite 8 Released</b> — Rolldown becomes the default bundler.<br /><br />"
        '<span style="font-size:12px;color:#666">&#x1F4B0; Jobs: Senior Frontend Engineer at Tidewater (Remote, US)</span></td></tr>'
        '<tr><td style="padding:14px 26px;font-size:11px;color:#777">You\'re getting this because you subscribed to JavaScript Weekly. '
        '<a href="https://javascriptweekly.com/unsubscribe">Unsubscribe</a> &middot; Cooperpress Ltd., Fairfield Enterprise Centre, Louth, LN11 0LS, UK</td></tr>',
        title="JavaScript Weekly",
    )
    add(
        at(2026, 9, 17, 16, 3, zone="UK"),
        ("JavaScript Weekly", "jsw@peterc.org"),
        "Node 26 hits LTS, Vite 8, and the Temporal API",
        html(htm),
        [],
        extra=unsub("https://javascriptweekly.com/unsubscribe/" + token(12)),
    )
    plain = (
        'Hi Maya,\n\nYour Figma Professional trial for the team "Okafor Studio" ends in 3 days.\n\n'
        "To keep unlimited files, version history and team libraries, add a payment method. Professional is\n"
        "$16 per full seat/month (billed annually) or $20 per full seat/month (billed monthly).\n\n"
        "If you don't upgrade, your team will move to the Starter plan on February 21, 2026. Your files\n"
        "will be safe, but you'll be limited to 3 design files.\n\n"
        "Add payment method: https://www.figma.com/files/team/"
        + digits(19)
        + "/billing\n\n— The Figma team\n"
        "Figma, Inc. 760 Market St, Floor 10, San Francisco, CA 94102\n"
    )
    add(
        at(2026, 2, 18, 17, 0, zone="UTC"),
        ("Figma", "no-reply@figma.com"),
        "Your Figma Professional trial ends in 3 days",
        text(plain),
        [],
    )


def personal_and_security() -> None:
    NEGATIVES.append("Ngozi Okafor")
    plain = (
        "Hi Maya,\n\nHow are you and Luis? Your father and I booked our flights, we land on the 22nd at 3:10pm.\n"
        "Please don't go to any trouble, we can take the train from the airport. Your aunty Chioma is sending\n"
        "the ofada rice with us so make space in the cupboard.\n\n"
        "Also your brother says you can fix his laptop when he comes. I told him you are not a repair shop :)\n\n"
        "Love,\nMummy\n"
    )
    add(
        at(2025, 12, 8, 18, 22, zone="CT"),
        ("Ngozi Okafor", "ngozi.okafor54@yahoo.com"),
        "Christmas flights",
        text(plain, cte="7bit"),
        [],
        msgid=f"<{digits(10)}.{digits(7)}.{digits(13)}@mail.yahoo.com>",
    )
    htm = page(
        '<tr><td align="center" style="padding:24px"><img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" alt="Google" /></td></tr>'
        '<tr><td align="center" style="padding:0 24px 16px;font-size:24px;color:#202124">A new sign-in on Linux</td></tr>'
        f'<tr><td align="center" style="padding:0 24px 16px;font-size:14px;color:#3c4043">{ME_MAIL}</td></tr>'
        '<tr><td style="padding:0 40px 20px;font-size:14px;color:#3c4043;line-height:20px">We noticed a new sign-in to your Google Account on a '
        "Linux device. If this was you, you don&rsquo;t need to do anything. If not, we&rsquo;ll help you secure your account.</td></tr>"
        '<tr><td align="center" style="padding:0 24px 24px"><a href="https://accounts.google.com/AccountChooser?Email=mayaokafor@gmail.com&amp;continue=https://myaccount.google.com/alert/nt/"'
        ' style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none">Check activity</a></td></tr>'
        '<tr><td align="center" style="padding:0 24px 24px;font-size:11px;color:#5f6368">You received this email to let you know about important '
        "changes to your Google Account and services.<br />&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</td></tr>",
        title="Security alert",
        bg="#ffffff",
    )
    add(
        at(2026, 9, 2, 15, 47, zone="PT"),
        ("Google", "no-reply@accounts.google.com"),
        "Security alert",
        html(htm, cte="base64"),
        [],
        msgid=f"<{token(22)}-0@google.com>",
    )


# ================================================================ writing it all out

BUILDERS = (
    github,
    digitalocean,
    porkbun,
    onepassword,
    jetbrains,
    linear,
    cleanshot,
    tower,
    anthropic,
    adobe,
    raycast,
    google_one,
    city_light,
    spu_forwards,
    pse,
    quantum_fiber,
    tmobile,
    lemonade,
    orca,
    climbing_gym,
    strava_apple,
    nyt_games,
    farm_box,
    patreon,
    amazon,
    rei,
    uber,
    venmo,
    events_and_travel,
    money_and_government,
    reading_and_trials,
    personal_and_security,
)


def mbox_from_line(m: dict) -> str:
    utc = m["dt"].astimezone(UTC)
    return f"From {m['email']} {utc:%a %b} {utc.day:2d} {utc:%H:%M:%S %Y}\n"


def mbox_escape(raw: bytes) -> bytes:
    return re.sub(rb"(?m)^(>*From )", rb">\1", raw)


def main() -> None:
    for build in BUILDERS:
        build()
    msgs = sorted(MESSAGES, key=lambda m: m["dt"].astimezone(UTC))
    names = {t["name"] for t in TRUTH}
    assert len(names) == len(TRUTH), "duplicate truth names"
    for m in msgs:
        for label in m["labels"]:
            assert label in names, label
        assert pacific(m["dt"]).date() <= TODAY, (m["subject"], m["dt"])
    for t in TRUTH:
        assert any(t["name"] in m["labels"] for m in msgs), t["name"]
    eml_dir = HERE / "eml"
    if eml_dir.exists():
        shutil.rmtree(eml_dir)
    eml_dir.mkdir(parents=True)
    index = []
    mbox = bytearray()
    for i, m in enumerate(msgs, 1):
        local = pacific(m["dt"])
        fname = f"{i:03d}-{local:%Y%m%d}-{m['slug']}.eml"
        (eml_dir / fname).write_bytes(m["raw"])
        mbox += mbox_from_line(m).encode("ascii") + mbox_escape(m["raw"])
        if not m["raw"].endswith(b"\n"):
            mbox += b"\n"
        mbox += b"\n"
        index.append({"file": fname, "from": m["from"], "subject": m["subject"], "labels": m["labels"]})
    (HERE / "mailbox.mbox").write_bytes(bytes(mbox))
    (HERE / "messages.json").write_text(
        json.dumps(index, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (HERE / "truth.json").write_text(json.dumps(TRUTH, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    negatives = list(dict.fromkeys(NEGATIVES))
    meta = {"today": TODAY.isoformat(), "messages": len(msgs), "hard_negatives": negatives}
    (HERE / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(msgs)} messages, {len(TRUTH)} truths, today {TODAY}")


if __name__ == "__main__":
    main()
