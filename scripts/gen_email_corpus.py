"""Shared building blocks for the synthetic mailboxes (demo mailbox and evaluation set).

Messages are real MIME (multipart/alternative, HTML-only, base64, quoted-printable,
RFC 2047 headers, several charsets and languages). Everything is driven by a seeded
``random.Random`` so the output is byte-for-byte reproducible for a given anchor date.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

from babel.dates import format_date
from babel.numbers import format_currency

USER = "alex.morgan@example.net"
USER_NAME = "Alex Morgan"

CYCLE_MONTHS = {"monthly": 1, "quarterly": 3, "semiannual": 6, "yearly": 12}
CYCLE_WEEKS_DAYS = {"weekly": 7, "biweekly": 14}
LOCALE = {
    "en": "en_US",
    "en_GB": "en_GB",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
}


def add_months(d: date, months: int, day: int | None = None) -> date:
    """``d`` moved by whole months, keeping ``day`` (clamped to the month's length)."""
    month0 = d.month - 1 + months
    year, month = d.year + month0 // 12, month0 % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day or d.day, last))


@dataclass
class Plan:
    """One subscription in a synthetic mailbox and what a correct detector reports."""

    name: str
    sender: tuple[str, str]
    currency: str
    amount: Decimal
    cycle: str
    start: date
    lang: str = "en"
    via: str | None = None
    plan_label: str = ""
    cancelled_on: date | None = None
    stopped_on: date | None = None
    price_change: tuple[date, Decimal] | None = None
    trial_days: int = 0
    failed_on: date | None = None
    renewal_notices: bool = False
    merchant: str = ""

    def charge_dates(self, anchor: date) -> list[date]:
        end = min(d for d in (anchor, self.cancelled_on, self.stopped_on) if d is not None)
        out, i = [], 0
        while (d := self.nth(i)) <= end:
            out.append(d)
            i += 1
        return out

    def nth(self, i: int) -> date:
        """The date of the ``i``-th charge (0: the first, after any trial)."""
        first = self.start + timedelta(days=self.trial_days)
        if self.cycle in CYCLE_MONTHS:
            return add_months(first, i * CYCLE_MONTHS[self.cycle], first.day)
        return first + timedelta(days=i * CYCLE_WEEKS_DAYS[self.cycle])

    def price_on(self, d: date) -> Decimal:
        if self.price_change and d >= self.price_change[0]:
            return self.price_change[1]
        return self.amount

    def truth(self, anchor: date) -> dict[str, object]:
        charges = self.charge_dates(anchor)
        status = "cancelled" if self.cancelled_on else "inactive" if self.stopped_on else "active"
        nxt = None
        if status == "active":
            i = len(charges)
            nxt = self.nth(i)
        last = charges[-1] if charges else anchor
        amount = self.price_on(nxt or last)
        return {
            "name": self.name,
            "amount": str(amount),
            "currency": self.currency,
            "cycle": self.cycle,
            "status": status,
            "next_renewal": nxt.isoformat() if nxt else None,
        }


@dataclass
class Mail:
    """A message before it is serialised."""

    when: datetime
    sender: tuple[str, str]
    subject: str
    text: str | None
    html: str | None
    label: str = "negative"
    service: str | None = None
    to: str = USER
    extra_headers: dict[str, str] = field(default_factory=dict)
    charset: str = "utf-8"
    lang: str = "en"


# ---------------------------------------------------------------- formatting helpers


def money(amount: Decimal, currency: str, lang: str, rng: random.Random) -> str:
    loc = LOCALE.get(lang, "en_US")
    if currency == "CAD" and lang == "en":
        loc = "en_US"
    s = format_currency(amount, currency, locale=loc)
    if rng.random() < 0.15 and lang == "en":
        s = f"{amount:.2f} {currency}"
    return s


def day(d: date, lang: str, rng: random.Random) -> str:
    loc = LOCALE.get(lang, "en_US")
    fmt = rng.choice(["long", "long", "medium"]) if lang != "en" else rng.choice(["long", "medium", "iso"])
    if fmt == "iso":
        return d.isoformat()
    return format_date(d, fmt, locale=loc)


CYCLE_WORDS: dict[str, dict[str, list[str]]] = {
    "en": {
        "monthly": ["monthly", "per month", "/month", "every month", "/mo"],
        "yearly": ["yearly", "per year", "annual", "/year", "every year"],
        "quarterly": ["quarterly", "every 3 months", "per quarter"],
        "semiannual": ["every 6 months", "semi-annual"],
    },
    "de": {
        "monthly": ["monatlich", "pro Monat", "/Monat"],
        "yearly": ["jährlich", "pro Jahr", "/Jahr"],
        "quarterly": ["vierteljährlich", "alle 3 Monate"],
        "semiannual": ["halbjährlich"],
    },
    "fr": {
        "monthly": ["mensuel", "par mois", "/mois"],
        "yearly": ["annuel", "par an", "/an"],
        "quarterly": ["trimestriel", "tous les 3 mois"],
        "semiannual": ["semestriel"],
    },
    "es": {
        "monthly": ["mensual", "al mes", "/mes"],
        "yearly": ["anual", "al año", "/año"],
        "quarterly": ["trimestral", "cada 3 meses"],
        "semiannual": ["semestral"],
    },
    "it": {
        "monthly": ["mensile", "al mese"],
        "yearly": ["annuale", "all'anno"],
        "quarterly": ["trimestrale"],
        "semiannual": ["semestrale"],
    },
    "nl": {
        "monthly": ["maandelijks", "per maand"],
        "yearly": ["jaarlijks", "per jaar"],
        "quarterly": ["per kwartaal"],
        "semiannual": ["halfjaarlijks"],
    },
    "pt": {
        "monthly": ["mensal", "por mês"],
        "yearly": ["anual", "por ano"],
        "quarterly": ["trimestral"],
        "semiannual": ["semestral"],
    },
}


WEEKLY_WORDS = {
    "en": (["weekly", "per week", "/week"], ["every 2 weeks", "biweekly"]),
    "de": (["wöchentlich", "pro Woche"], ["alle 2 Wochen"]),
    "fr": (["hebdomadaire", "par semaine"], ["toutes les 2 semaines"]),
    "es": (["semanal", "por semana"], ["cada 2 semanas"]),
    "it": (["settimanale"], ["ogni 2 settimane"]),
    "nl": (["wekelijks", "per week"], ["elke 2 weken"]),
    "pt": (["semanal", "por semana"], ["a cada 2 semanas"]),
}
for _lang, (_weekly, _biweekly) in WEEKLY_WORDS.items():
    CYCLE_WORDS[_lang]["weekly"] = _weekly
    CYCLE_WORDS[_lang]["biweekly"] = _biweekly


def cyc(cycle: str, lang: str, rng: random.Random) -> str:
    words = CYCLE_WORDS.get(lang[:2], CYCLE_WORDS["en"])
    return rng.choice(words[cycle])


# ---------------------------------------------------------------- HTML rendering


def html_doc(title: str, paragraphs: list[str], rows: list[tuple[str, str]], footer: str) -> str:
    esc = html.escape
    body = "".join(f"<p style='margin:0 0 12px'>{esc(p)}</p>" for p in paragraphs)
    table = "".join(
        f"<tr><td style='padding:4px 8px;color:#555'>{esc(k)}</td>"
        f"<td style='padding:4px 8px;text-align:right'><b>{esc(v)}</b></td></tr>"
        for k, v in rows
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>body{font-family:Arial}"
        ".hide{display:none}</style><title>" + esc(title) + "</title></head><body>"
        "<div class='hide'>&nbsp;&zwnj;&nbsp;</div>"
        "<table width='100%' cellpadding='0' cellspacing='0'><tr><td align='center'>"
        f"<table width='600'><tr><td><h1 style='font-size:20px'>{esc(title)}</h1>{body}"
        f"<table width='100%'>{table}</table>"
        f"<p style='font-size:11px;color:#999'>{esc(footer)}</p></td></tr></table>"
        "</td></tr></table></body></html>"
    )


def text_doc(title: str, paragraphs: list[str], rows: list[tuple[str, str]], footer: str) -> str:
    lines = [title, "", *[p + "\n" for p in paragraphs]]
    lines += [f"{k}: {v}" for k, v in rows]
    lines += ["", "--", footer]
    return "\n".join(lines) + "\n"


def render(
    rng: random.Random,
    title: str,
    paragraphs: list[str],
    rows: list[tuple[str, str]],
    footer: str,
    html_only: float = 0.3,
) -> tuple[str | None, str | None]:
    r = rng.random()
    h = html_doc(title, paragraphs, rows, footer)
    if r < html_only:
        return None, h
    if r < html_only + 0.1:
        return text_doc(title, paragraphs, rows, footer), None
    return text_doc(title, paragraphs, rows, footer), h


# ---------------------------------------------------------------- MIME serialisation


def message_id(when: datetime, sender: str, subject: str, salt: int) -> str:
    digest = hashlib.sha1(f"{when.isoformat()}|{sender}|{subject}|{salt}".encode()).hexdigest()[:20]
    domain = sender.rsplit("@", 1)[-1]
    return f"<{digest}@{domain}>"


def to_mime(mail: Mail, rng: random.Random, salt: int) -> EmailMessage:
    msg = EmailMessage()
    name, addr = mail.sender
    msg["From"] = f"{name} <{addr}>" if name else addr
    msg["To"] = f"{USER_NAME} <{mail.to}>"
    msg["Subject"] = mail.subject
    msg["Date"] = format_datetime(mail.when)
    msg["Message-ID"] = message_id(mail.when, addr, mail.subject, salt)
    msg["MIME-Version"] = "1.0"
    for k, v in mail.extra_headers.items():
        msg[k] = v
    cte = rng.choice(["quoted-printable", "base64", "quoted-printable", "8bit"])
    charset = mail.charset
    if mail.lang != "en" and rng.random() < 0.4 and _encodable(mail, "windows-1252"):
        charset = "windows-1252"
    if mail.text is not None:
        msg.set_content(mail.text, subtype="plain", charset=charset, cte=_cte(mail.text, cte, charset))
        if mail.html is not None:
            hcte = rng.choice(["quoted-printable", "base64"])
            msg.add_alternative(mail.html, subtype="html", charset=charset, cte=hcte)
    elif mail.html is not None:
        msg.set_content(mail.html, subtype="html", charset=charset, cte=_cte(mail.html, cte, charset))
    if msg.is_multipart():
        msg.set_boundary("==_" + str(msg["Message-ID"]).strip("<>").split("@")[0])
    return msg


def _encodable(mail: Mail, charset: str) -> bool:
    try:
        (mail.text or "").encode(charset)
        (mail.html or "").encode(charset)
    except UnicodeEncodeError:
        return False
    return True


def _cte(text: str, cte: str, charset: str) -> str:
    if cte == "8bit" and charset != "utf-8":
        return "quoted-printable"
    if cte == "8bit" and any(len(line) > 900 for line in text.splitlines()):
        return "base64"
    return cte


def serialise(mails: list[Mail], seed: int) -> Iterator[tuple[Mail, bytes, str]]:
    """Each mail as (mail, mbox entry bytes, Message-ID), oldest first."""
    rng = random.Random(seed ^ 0x5EED)
    for i, mail in enumerate(sorted(mails, key=lambda m: m.when)):
        msg = to_mime(mail, rng, i)
        raw = msg.as_bytes(policy=SMTP.clone(linesep="\n"))
        envelope = mail.when.astimezone(UTC).strftime("%a %b %d %H:%M:%S %Y")
        body = b"\n".join(
            b">" + ln if ln.lstrip(b">").startswith(b"From ") else ln for ln in raw.split(b"\n")
        )
        entry = f"From {mail.sender[1]} {envelope}\n".encode() + body.rstrip(b"\n") + b"\n\n"
        yield mail, entry, str(msg["Message-ID"])


def write_mbox(mails: list[Mail], seed: int, path: Path) -> list[dict[str, object]]:
    """Write an mbox (mboxrd quoting) and return per-message labels."""
    labels: list[dict[str, object]] = []
    with path.open("wb") as fh:
        for mail, entry, mid in serialise(mails, seed):
            fh.write(entry)
            labels.append({"message_id": mid, "label": mail.label, "service": mail.service})
    return labels


def write_truth(path: Path, plans: list[Plan], anchor: date) -> None:
    truth = sorted((p.truth(anchor) for p in plans), key=lambda t: str(t["name"]))
    path.write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def at(d: date, rng: random.Random, tz_hours: int | None = None) -> datetime:
    tz = timezone(timedelta(hours=tz_hours if tz_hours is not None else rng.choice([-8, -5, 0, 1, 2])))
    return datetime.combine(d, time(rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)), tz)


TemplateFn = Callable[[Plan, date, random.Random], Mail]
