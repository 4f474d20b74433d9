# ruff: noqa: E501  (mail text is data: long lines are the messages as written)
"""Shared building blocks for make.py: a mailbox that collects messages and writes eml/, mailbox.mbox,
truth.json, meta.json and messages.json. Every random choice comes from one seeded Random, so a rerun
writes the same bytes."""

from __future__ import annotations

import base64
import json
import mailbox
import quopri
import random
import re
import shutil
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from decimal import ROUND_HALF_UP, Decimal
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

CENT = Decimal("0.01")


def money(value: str | Decimal) -> Decimal:
    return Decimal(value).quantize(CENT, ROUND_HALF_UP)


def tax_of(price: Decimal, rate: str) -> Decimal:
    return (price * Decimal(rate)).quantize(CENT, ROUND_HALF_UP)


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, day.day)


def monthly(first: date, last: date, step: int = 1) -> list[date]:
    out, current = [], first
    while current <= last:
        out.append(current)
        current = add_months(current, step)
    return out


def usd(value: Decimal) -> str:
    return f"${value:,.2f}"


def eur(value: Decimal) -> str:
    """German style: 1.234,56 €."""
    text = f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{text} €"


def de_num(value: Decimal) -> str:
    return eur(value)[:-2]


def us_date(day: date) -> str:
    return f"{day:%b} {day.day}, {day.year}"


def us_long(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


DE_MONTHS = [
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


def de_date(day: date) -> str:
    return f"{day:%d.%m.%Y}"


def de_long(day: date) -> str:
    return f"{day.day}. {DE_MONTHS[day.month - 1]} {day.year}"


def table(rows: list[tuple[str, str]], width: str = "100%") -> str:
    """An HTML table whose labels and amounts sit in separate cells, as billing mail lays them out."""
    cells = "".join(
        f'<tr><td style="padding:6px 0;color:#555">{label}</td>'
        f'<td style="padding:6px 0;text-align:right"><strong>{value}</strong></td></tr>'
        for label, value in rows
    )
    return f'<table role="presentation" width="{width}" cellpadding="0" cellspacing="0">{cells}</table>'


def page(title: str, body: str, brand: str = "#333") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>'
        + title
        + '</title></head><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">'
        + '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
        + f'<table width="600" style="background:#fff;border-top:4px solid {brand}"><tr><td style="padding:24px">'
        + body
        + "</td></tr></table></td></tr></table></body></html>"
    )


def text_of_rows(rows: list[tuple[str, str]]) -> str:
    width = max(len(label) for label, _ in rows) + 2
    return "\n".join(f"{label:<{width}}{value}" for label, value in rows)


@dataclass
class Mail:
    when: datetime
    sender: str
    address: str
    subject: str
    text: str | None
    html: str | None
    labels: list[str]
    charset: str = "utf-8"
    encoding: str = "quoted-printable"
    headers: dict[str, str] = field(default_factory=dict)


class Box:
    def __init__(self, seed: int, owner: str, owner_address: str, tz: tzinfo) -> None:
        self.rng = random.Random(seed)
        self.owner = owner
        self.owner_address = owner_address
        self.tz = tz
        self.mails: list[Mail] = []
        self.truth: list[dict[str, Any]] = []

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def code(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))

    def add(
        self,
        day: date,
        sender: str,
        address: str,
        subject: str,
        *,
        text: str | None = None,
        html: str | None = None,
        label: str | None = None,
        charset: str = "utf-8",
        encoding: str | None = None,
        hour: int | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        h = hour if hour is not None else self.rng.randint(5, 21)
        when = datetime(
            day.year, day.month, day.day, h, self.rng.randint(0, 59), self.rng.randint(0, 59), tzinfo=self.tz
        )
        enc = encoding or self.rng.choice(["quoted-printable", "base64", "quoted-printable"])
        self.mails.append(
            Mail(
                when,
                sender,
                address,
                subject,
                text,
                html,
                [label] if label else [],
                charset,
                enc,
                headers or {},
            )
        )

    def label(
        self,
        name: str,
        amount: str,
        currency: str,
        cycle: str,
        status: str,
        next_renewal: str | None,
        kind: str = "subscription",
        aliases: list[str] | None = None,
    ) -> None:
        self.truth.append(
            {
                "name": name,
                "aliases": aliases or [],
                "amount": amount,
                "currency": currency,
                "cycle": cycle,
                "status": status,
                "next_renewal": next_renewal,
                "kind": kind,
            }
        )

    # -- writing ---------------------------------------------------------------------------------

    def _part(self, subtype: str, body: str, mail: Mail) -> MIMENonMultipart:
        part = MIMENonMultipart("text", subtype, charset=mail.charset)
        raw = body.replace("\n", "\r\n").encode(mail.charset)
        encoding = "quoted-printable" if mail.encoding == "7bit" and not raw.isascii() else mail.encoding
        if encoding == "base64":
            payload = base64.encodebytes(raw).decode("ascii")
        elif encoding == "7bit":
            payload = raw.decode("ascii")
        else:
            payload = quopri.encodestring(raw).decode("ascii")
        part["Content-Transfer-Encoding"] = encoding
        part.set_payload(payload)
        return part

    def _message(self, mail: Mail, index: int) -> Message:
        if mail.text is not None and mail.html is not None:
            msg: Message = MIMEMultipart("alternative", boundary=f"----=_Part_{index}_{self.digits(10)}")
            msg.attach(self._part("plain", mail.text, mail))
            msg.attach(self._part("html", mail.html, mail))
        else:
            msg = self._part("html" if mail.html is not None else "plain", mail.html or mail.text or "", mail)
        domain = mail.address.split("@", 1)[1]
        sender_name = (
            mail.sender if mail.sender.isascii() else str(Header(mail.sender, mail.charset).encode())
        )
        head = {
            "From": formataddr((sender_name, mail.address)),
            "To": formataddr((self.owner, self.owner_address)),
            "Subject": mail.subject
            if mail.subject.isascii()
            else Header(mail.subject, mail.charset).encode(),
            "Date": format_datetime(mail.when),
            "Message-ID": f"<{self.code(12).lower()}.{int(mail.when.timestamp())}@{domain}>",
            "MIME-Version": "1.0",
            **mail.headers,
        }
        for key in list(msg.keys()):
            if key.lower() == "mime-version":
                del msg[key]
        ordered = Message()
        for key, value in head.items():
            ordered[key] = value
        for key, value in msg.items():
            ordered[key] = value
        ordered.set_payload(msg.get_payload())
        if msg.is_multipart():
            ordered.preamble = "This is a multi-part message in MIME format."
        return ordered

    def write(self, base: Path, today: date, hard_negatives: list[str]) -> None:
        if base.exists():
            shutil.rmtree(base)
        (base / "eml").mkdir(parents=True)
        self.mails.sort(key=lambda m: m.when)
        box = mailbox.mbox(str(base / "mailbox.mbox"), create=True)
        index = []
        for i, mail in enumerate(self.mails, 1):
            msg = self._message(mail, i)
            slug = re.sub(r"[^a-z0-9]+", "-", mail.sender.lower().encode("ascii", "ignore").decode()).strip(
                "-"
            )
            name = f"{i:03d}-{mail.when:%Y%m%d}-{slug}.eml"
            data = msg.as_bytes()
            (base / "eml" / name).write_bytes(data)
            entry = mailbox.mboxMessage(data)
            entry.set_from(mail.address, mail.when.astimezone(UTC).timetuple())
            box.add(entry)
            index.append({"file": name, "from": mail.sender, "subject": mail.subject, "labels": mail.labels})
        box.flush()
        box.close()
        dump = lambda obj: json.dumps(obj, indent=2, ensure_ascii=False) + "\n"  # noqa: E731
        (base / "truth.json").write_text(dump(self.truth))
        (base / "messages.json").write_text(dump(index))
        meta = {"today": today.isoformat(), "messages": len(self.mails), "hard_negatives": hard_negatives}
        (base / "meta.json").write_text(dump(meta))


def days(first: date, last: date, step: int) -> list[date]:
    out, current = [], first
    while current <= last:
        out.append(current)
        current += timedelta(days=step)
    return out
