"""Wallos' subscription export layout, written and read.

Wallos (github.com/ellite/Wallos, ``endpoints/subscriptions/export.php``)
exports ``{"success": true, "subscriptions": [...]}``, each element keyed by
human labels: ``Name``, ``Payment Cycle`` ("Monthly", "Every 2 Weeks"…),
``Next Payment`` (YYYY-MM-DD), ``Renewal``, ``Category``, ``Payment Method``,
``Paid By``, ``Price`` (the currency symbol glued to the amount: "$9.99",
"€15.49"), ``Notes``, ``URL``, ``State`` (Enabled/Disabled),
``Notifications``, ``Cancellation Date`` and ``Active`` (Yes/No).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from babel.numbers import get_currency_symbol, list_currencies

from app.exports.records import SubscriptionRecord

CYCLE_LABELS = {
    "weekly": "Weekly",
    "biweekly": "Every 2 Weeks",
    "monthly": "Monthly",
    "quarterly": "Every 3 Months",
    "semiannual": "Every 6 Months",
    "yearly": "Yearly",
}
CYCLES_BY_PERIOD = {
    (1, "week"): "weekly",
    (2, "week"): "biweekly",
    (1, "month"): "monthly",
    (3, "month"): "quarterly",
    (6, "month"): "semiannual",
    (12, "month"): "yearly",
    (1, "year"): "yearly",
}
SINGLE_PERIODS = {
    "weekly": (1, "week"),
    "monthly": (1, "month"),
    "yearly": (1, "year"),
    "annually": (1, "year"),
}
EVERY = re.compile(r"every\s+(\d+)\s+(day|week|month|year)s?")
NO_CATEGORY = "No category"


class WallosFormatError(ValueError):
    """The file is not a Wallos export; the message says what is wrong."""


def to_wallos(records: Sequence[SubscriptionRecord], exported_at: datetime) -> bytes:
    body = {"success": True, "subscriptions": [_wallos_row(r) for r in records]}
    return json.dumps(body, indent=2, ensure_ascii=False).encode()


def _wallos_row(r: SubscriptionRecord) -> dict[str, str]:
    enabled = r.active
    return {
        "Name": r.name,
        "Payment Cycle": CYCLE_LABELS.get(r.cycle, ""),
        "Next Payment": r.next_renewal.isoformat() if r.next_renewal else "",
        "Renewal": "Automatic",
        "Category": r.category or NO_CATEGORY,
        "Payment Method": r.payment_method or "",
        "Paid By": "",
        "Price": format_price(r.amount, r.currency),
        "Notes": r.notes or "",
        "URL": "",
        "State": "Enabled" if enabled else "Disabled",
        "Notifications": "Enabled" if enabled else "Disabled",
        "Cancellation Date": "",
        "Active": "Yes" if enabled else "No",
    }


def format_price(amount: Decimal | None, currency: str | None) -> str:
    if amount is None:
        return ""
    return f"{currency_symbol(currency)}{amount}" if currency else str(amount)


def currency_symbol(code: str) -> str:
    return str(get_currency_symbol(code, locale="en_US"))


@cache
def _currencies_by_symbol() -> dict[str, str]:
    """Symbol (as Wallos writes it, "$", "€", "CA$") → ISO code; "$" is the US dollar."""
    found: dict[str, str] = {}
    for code in sorted(list_currencies()):
        found.setdefault(currency_symbol(code), code)
    return found | {"$": "USD", "¥": "JPY", "£": "GBP", "€": "EUR"}


def parse_cycle(label: str) -> str:
    text = label.strip().lower()
    match = EVERY.fullmatch(text)
    period = (int(match[1]), match[2]) if match else SINGLE_PERIODS.get(text)
    if period and period[1] == "year":
        period = (period[0] * 12, "month") if period[0] > 1 else period
    return CYCLES_BY_PERIOD.get(period, "unknown") if period else "unknown"


def parse_price(text: str) -> tuple[Decimal | None, str | None]:
    """``"$9.99"`` → (9.99, USD); ``"15,49 €"``, ``"EUR 15.49"`` too; ``""`` → (None, None)."""
    raw = text.strip()
    if not raw:
        return None, None
    number = re.search(r"\d[\d.,\s]*", raw)
    if number is None:
        raise WallosFormatError(f"price {text!r} has no amount")
    mark = (raw[: number.start()] + raw[number.end() :]).strip()
    return parse_amount(number[0]), _currency_of(mark, text)


def _currency_of(mark: str, text: str) -> str | None:
    if not mark:
        return None
    if re.fullmatch(r"[A-Za-z]{3}", mark):
        return mark.upper()
    code = _currencies_by_symbol().get(mark)
    if code is None:
        raise WallosFormatError(f"price {text!r}: unknown currency symbol {mark!r}")
    return code


def parse_amount(text: str) -> Decimal:
    """ "1,299.00", "1.299,00" and "9,99" alike: a last separator before one or two digits is the decimal."""
    digits = re.sub(r"\s", "", text)
    decimal_sep = re.search(r"[.,](\d{1,2})$", digits)
    whole = digits[: decimal_sep.start()] if decimal_sep else digits
    whole = re.sub(r"[.,]", "", whole)
    value = f"{whole}.{decimal_sep[1]}" if decimal_sep else whole
    try:
        return Decimal(value)
    except InvalidOperation:
        raise WallosFormatError(f"{text!r} is not an amount") from None


def wallos_rows(body: Any) -> list[dict[str, Any]]:
    """The subscription objects of a Wallos export: the wrapped layout, or a bare list."""
    rows = body.get("subscriptions") if isinstance(body, dict) else body
    if not isinstance(rows, list) or not all(isinstance(row, dict) and "Name" in row for row in rows):
        raise WallosFormatError(
            "not a Wallos export: expected a 'subscriptions' list whose items have a 'Name'"
        )
    return rows


def parse_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        raise WallosFormatError(f"{text!r} is not a date (YYYY-MM-DD)") from None
