"""The bulk export formats: CSV, JSON and an iCalendar feed of renewals (Wallos is in ``wallos``)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from icalendar import Calendar, Event

from app.exports import wallos
from app.exports.records import EvidenceRecord, SubscriptionRecord

CSV_COLUMNS = (
    "name",
    "amount",
    "currency",
    "cycle",
    "next_renewal",
    "category",
    "status",
    "kind",
    "sources",
    "evidence",
)
"""The import's six columns first, so an export can be imported again as it is."""

RRULES: dict[str, dict[str, Any]] = {
    "weekly": {"FREQ": "WEEKLY"},
    "biweekly": {"FREQ": "WEEKLY", "INTERVAL": 2},
    "monthly": {"FREQ": "MONTHLY"},
    "quarterly": {"FREQ": "MONTHLY", "INTERVAL": 3},
    "semiannual": {"FREQ": "MONTHLY", "INTERVAL": 6},
    "yearly": {"FREQ": "YEARLY"},
}


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _price(amount: object, currency: str | None) -> str:
    """`` (9.99 EUR)`` or nothing when there is no amount."""
    if amount is None:
        return ""
    return f" ({amount} {currency})" if currency else f" ({amount})"


def _evidence_line(item: EvidenceRecord) -> str:
    price = _price(item.amount, item.currency)
    return f"{item.day.isoformat()} {item.source} {item.signal}: {item.summary}{price}"


def to_csv(records: Sequence[SubscriptionRecord], exported_at: datetime) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for r in records:
        writer.writerow(
            [
                r.name,
                _text(r.amount),
                _text(r.currency),
                r.cycle,
                _text(r.next_renewal),
                _text(r.category),
                r.status,
                r.kind,
                "+".join(r.sources),
                " | ".join(_evidence_line(e) for e in r.evidence),
            ]
        )
    return out.getvalue().encode()


def record_json(r: SubscriptionRecord) -> dict[str, Any]:
    return {
        "name": r.name,
        "amount": None if r.amount is None else str(r.amount),
        "currency": r.currency,
        "cycle": r.cycle,
        "nextRenewal": None if r.next_renewal is None else r.next_renewal.isoformat(),
        "category": r.category,
        "status": r.status,
        "kind": r.kind,
        "sources": list(r.sources),
        "evidence": [
            {
                "date": e.day.isoformat(),
                "source": e.source,
                "signal": e.signal,
                "summary": e.summary,
                "amount": None if e.amount is None else str(e.amount),
                "currency": e.currency,
            }
            for e in r.evidence
        ],
    }


def to_json(records: Sequence[SubscriptionRecord], exported_at: datetime) -> bytes:
    body = {"exportedAt": exported_at.isoformat(), "subscriptions": [record_json(r) for r in records]}
    return json.dumps(body, indent=2, ensure_ascii=False).encode()


def to_ics(records: Sequence[SubscriptionRecord], exported_at: datetime) -> bytes:
    """One all-day event per active subscription's next renewal, repeating at its cycle."""
    calendar = Calendar()
    calendar.add("prodid", "-//Subscout//Subscriptions//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Subscription renewals")
    for r in records:
        if r.active and r.next_renewal is not None:
            calendar.add_component(_renewal_event(r, exported_at))
    return bytes(calendar.to_ical())


def _renewal_event(r: SubscriptionRecord, exported_at: datetime) -> Event:
    event = Event()
    event.add("uid", f"{r.id}@subscout")
    event.add("dtstamp", exported_at.astimezone(UTC))
    event.add("dtstart", r.next_renewal)
    event.add("summary", f"{r.name} renews{_price(r.amount, r.currency)}")
    if r.cycle in RRULES:
        event.add("rrule", RRULES[r.cycle])
    return event


Writer = Callable[[Sequence[SubscriptionRecord], datetime], bytes]

FORMATS: dict[str, tuple[Writer, str, str]] = {
    "csv": (to_csv, "csv", "text/csv"),
    "json": (to_json, "json", "application/json"),
    "ics": (to_ics, "ics", "text/calendar"),
    "wallos": (wallos.to_wallos, "json", "application/json"),
}
"""Format name → (writer, file extension, media type)."""
