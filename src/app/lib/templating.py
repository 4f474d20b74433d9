"""Jinja filters shared by every template."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache

from babel.dates import format_timedelta
from babel.numbers import format_currency
from jinja2 import Environment

from app.config import PACKAGE_DIR

CYCLE_LABELS = {
    "weekly": "Weekly",
    "biweekly": "Every 2 weeks",
    "monthly": "Monthly",
    "quarterly": "Quarterly",
    "semiannual": "Every 6 months",
    "yearly": "Yearly",
    "unknown": "Unknown",
}


def money(amount: Decimal | str | None, currency: str | None) -> str:
    if amount is None:
        return "—"
    amount = Decimal(amount)
    if not currency:
        return f"{amount:.2f}"
    return str(format_currency(amount, currency, locale="en_US"))


def day(value: date | None) -> str:
    return "—" if value is None else f"{value.day} {value:%b %Y}"


def epoch_ms(value: int | None) -> str:
    """Job times (epoch milliseconds, as the API gives them) as a UTC timestamp a person can read."""
    if not value:
        return "—"
    return datetime.fromtimestamp(value / 1000, tz=UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def duration(seconds: float) -> str:
    """A wait in words, rounded as a person would say it ("40 seconds", "2 minutes")."""
    return str(format_timedelta(timedelta(seconds=max(1, round(seconds))), locale="en_US"))


def cycle_label(cycle: str | None) -> str:
    return CYCLE_LABELS.get(cycle or "unknown", str(cycle))


STATIC_DIR = PACKAGE_DIR / "static"
STATIC_PREFIX = "/static"
STATIC_MAX_AGE = 365 * 24 * 3600
"""Static files are cached for a year: every link carries the file's content hash, so a changed file
is a new address."""


@lru_cache(maxsize=64)
def static_url(file_path: str) -> str:
    """``/static/<file_path>?v=<content hash>`` (read once per process: files do not change while it runs)."""
    name = file_path.lstrip("/")
    digest = hashlib.sha256((STATIC_DIR / name).read_bytes()).hexdigest()[:12]
    return f"{STATIC_PREFIX}/{name}?v={digest}"


def initials(name: str) -> str:
    """Up to two letters for a service's badge: "Amazon Prime" → "AP", "netflix" → "NE"."""
    words = "".join(c if c.isalnum() else " " for c in name).split()
    if not words:
        return "?"
    letters = words[0][0] + words[1][0] if len(words) > 1 else words[0][:2]
    return letters.upper()


BADGE_COLOURS = 8


def badge_colour(name: str) -> int:
    """One of the badge colours per name, the same on every page and visit (not Python's salted hash)."""
    digest = hashlib.blake2s(name.casefold().encode(), digest_size=2).digest()
    return int.from_bytes(digest, "big") % BADGE_COLOURS


def install_filters(env: Environment) -> None:
    env.filters.update(
        money=money,
        day=day,
        cycle_label=cycle_label,
        epoch_ms=epoch_ms,
        duration=duration,
        initials=initials,
        badge_colour=badge_colour,
    )
    env.globals["cycle_choices"] = CYCLE_LABELS.items
    env.globals["static"] = static_url
