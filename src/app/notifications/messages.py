"""What a message says: a title, a plain-text body, an HTML body (email) and a JSON event (webhooks).

Rendered from Jinja templates under ``templates/notifications/email`` in the
worker (no web framework there), from the details stored on each delivery when
it was planned, so a message says what was true when the event came due.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from app.config import PACKAGE_DIR
from app.notifications.preferences import (
    KIND_LABELS,
    LOOKS_CANCELLED,
    MONTHLY_REPORT,
    PAYMENT_FAILED,
    PRICE_INCREASE,
    RENEWAL,
    TEST,
    TRIAL_ENDING,
)


@dataclass(frozen=True)
class Item:
    """One event in a message."""

    kind: str
    details: dict[str, Any]


@dataclass(frozen=True)
class Links:
    app: str
    preferences: str
    unsubscribe: str | None = None


@dataclass(frozen=True)
class Rendered:
    title: str
    text: str
    html: str


def _price(amount: str | None, currency: str | None) -> str:
    if amount is None:
        return "an unknown amount"
    return f"{amount} {currency}" if currency else amount


def _day(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day:%A} {day.day} {day:%B %Y}"


PER_CYCLE = {
    "weekly": "a week",
    "biweekly": "every two weeks",
    "monthly": "a month",
    "quarterly": "a quarter",
    "semiannual": "every six months",
    "yearly": "a year",
}


def _in_days(days: int) -> str:
    return {0: "today", 1: "tomorrow"}.get(days, f"in {days} days")


def _change(report: dict[str, Any]) -> str:
    percent = report.get("changePercent")
    if percent is None:
        return ""
    if percent == 0:
        return f", as in {report['previousLabel']}"
    return f", {abs(percent)}% {'more' if percent > 0 else 'less'} than in {report['previousLabel']}"


def headline(item: Item) -> str:
    """One line that says it all (a message's subject, a digest's list entry)."""
    d = item.details
    name = d.get("name", "")
    if item.kind == RENEWAL:
        return (
            f"{name} renews {_in_days(d['daysUntil'])} ({_day(d['renewalDate'])}): "
            f"{_price(d.get('amount'), d.get('currency'))}"
        )
    if item.kind == TRIAL_ENDING:
        per = PER_CYCLE.get(d.get("cycle", ""), "each period")
        return (
            f"{name}: the free trial ends {_in_days(d['daysUntil'])} ({_day(d['trialEndsOn'])}), "
            f"then {_price(d.get('amount'), d.get('currency'))} {per}"
        )
    if item.kind == PRICE_INCREASE:
        currency = d.get("currency")
        return f"{name} now costs {_price(d['newAmount'], currency)} (was {_price(d['oldAmount'], currency)})"
    if item.kind == PAYMENT_FAILED:
        return f"{name}: a payment failed on {_day(d['failedOn'])}"
    if item.kind == LOOKS_CANCELLED:
        return (
            f"{name} looks cancelled: expected to renew on {_day(d['expectedOn'])}, {d['daysLate']} days ago"
        )
    if item.kind == MONTHLY_REPORT:
        return f"Your {d['label']} report: {_price(d['total'], d['currency'])} spent{_change(d)}"
    if item.kind == TEST:
        return "Test message from Subscout: this channel works"
    raise ValueError(f"unknown notification kind {item.kind!r}")


def title(items: list[Item]) -> str:
    if len(items) == 1:
        return headline(items[0])
    return f"Subscout: {len(items)} things to know today"


@cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(PACKAGE_DIR / "templates" / "notifications" / "email"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def render(items: list[Item], links: Links) -> Rendered:
    subject = title(items)
    context = {
        "items": [(item, headline(item)) for item in items],
        "links": links,
        "kind_labels": KIND_LABELS,
        "title": subject,
    }
    env = _environment()
    template = "report" if len(items) == 1 and items[0].kind == MONTHLY_REPORT else "message"
    if template == "report":
        context["report"] = items[0].details
    return Rendered(
        title=subject,
        text=env.get_template(f"{template}.txt").render(context),
        html=env.get_template(f"{template}.html").render(context),
    )


def event_type(items: list[Item]) -> str:
    """The webhook's ``type``: ``subscout.renewal``, ``subscout.trial-ending`` …, or ``subscout.digest``."""
    kinds = {item.kind for item in items}
    return f"subscout.{kinds.pop()}" if len(kinds) == 1 and len(items) == 1 else "subscout.digest"


def webhook_payload(items: list[Item], timestamp: str) -> dict[str, Any]:
    """The Standard Webhooks payload shape: ``type``, ``timestamp``, ``data``."""
    return {
        "type": event_type(items),
        "timestamp": timestamp,
        "data": {
            "title": title(items),
            "items": [{"kind": item.kind, "headline": headline(item), **item.details} for item in items],
        },
    }
