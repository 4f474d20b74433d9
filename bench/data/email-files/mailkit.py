"""The pieces both halves' mail is written with: a message, a half, send times, dates, HTML."""

from __future__ import annotations

import html
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any


@dataclass
class Mail:
    """One message as its sender would write it; `label` is the truth name it is evidence for."""

    when: datetime
    sender: tuple[str, str]
    subject: str
    text: str | None = None
    html: str | None = None
    charset: str = "utf-8"
    cte: str = "quoted-printable"
    label: str | None = None
    also: tuple[str, ...] = ()  # further truth names one message is evidence for (a receipt of two items)
    headers: dict[str, str] = field(default_factory=dict)
    ical: str | None = None


@dataclass
class Half:
    """What a half's module hands over: its person, its mail, its truth and negative senders."""

    person: tuple[str, str]
    today: date
    mails: list[Mail]
    truth: list[dict[str, Any]]
    negative_senders: list[str]


class Clock:
    """Seeded send times: a plausible office-hours time in the sender's own time zone.

    Hours 10-17 and offsets -5..+9 keep the UTC date the same as the local one, so no label
    depends on which of the two a reader takes."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def at(self, day: date, offset_hours: int = 1) -> datetime:
        tz = timezone(timedelta(hours=offset_hours))
        hour, minute, second = self.rng.randint(10, 17), self.rng.randint(0, 59), self.rng.randint(0, 59)
        return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=tz)


def add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31))


def monthly(first: date, count: int, step: int = 1) -> list[date]:
    return [add_months(first, i * step) for i in range(count)]


def every(first: date, days: int, until: date) -> list[date]:
    out = [first]
    while out[-1] + timedelta(days=days) <= until:
        out.append(out[-1] + timedelta(days=days))
    return out


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as HTML paragraphs, lines kept with <br>."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(line) for line in b.splitlines()) + "</p>" for b in blocks)


def rows(items: list[tuple[str, str]], *, bold_last: bool = False) -> str:
    """A two-column table of label/value rows, the way invoice mail lays out its lines."""
    out = []
    for i, (label, value) in enumerate(items):
        weight = "font-weight:bold;" if bold_last and i == len(items) - 1 else ""
        out.append(
            f'<tr><td style="padding:4px 8px;{weight}">{esc(label)}</td>'
            f'<td style="padding:4px 8px;text-align:right;{weight}">{esc(value)}</td></tr>'
        )
    return (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">' + "".join(out) + "</table>"
    )


def page(brand: str, color: str, *blocks: str, footer: str = "", lang: str = "en") -> str:
    """A whole HTML mail: a coloured banner with the brand, the blocks, a grey footer."""
    body = "\n".join(blocks)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width"><title>{esc(brand)}</title>
<style>body{{margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif}}</style></head>
<body><table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:{color};color:#ffffff;padding:18px 24px;font-size:22px">{esc(brand)}</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;color:#222222">
{body}
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888888">{esc(footer)}</td></tr>
</table></td></tr></table></body></html>
"""


def jsonld(data: dict[str, Any]) -> str:
    import json

    return '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"


def truth(
    name: str,
    amount: str,
    currency: str,
    cycle: str,
    next_renewal: date | None,
    *,
    status: str = "active",
    kind: str = "subscription",
    aliases: tuple[str, ...] = (),
) -> dict[str, Any]:
    item: dict[str, Any] = {
        "name": name,
        "amount": amount,
        "currency": currency,
        "cycle": cycle,
        "status": status,
        "next_renewal": next_renewal.isoformat() if next_renewal else None,
        "kind": kind,
    }
    if aliases:
        item["aliases"] = list(aliases)
    return item
