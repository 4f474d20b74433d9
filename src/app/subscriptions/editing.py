"""What a person may type about a subscription, checked field by field so a form shows each error."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from babel.numbers import list_currencies

from app.lib.errors import InvalidInputError
from app.lib.templating import CYCLE_LABELS

EDITABLE_KINDS = ("subscription", "bill")
MAX_AMOUNT = Decimal("1000000")
TEXT_LIMITS = {"name": 200, "category": 60, "notes": 2000, "payment_method": 100}
DATE_FIELDS = ("next_renewal", "trial_ends_on", "cancel_by")
DETECTED_FIELDS = ("amount", "currency", "cycle", "next_renewal", "kind", "trial_ends_on")
"""Fields detection also fills: once the person sets one, it is pinned and re-scans leave it alone."""


@dataclass
class FieldValues:
    """The parsed values of the fields the form or body carried, and an error per field that was wrong."""

    values: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)


class FieldErrors(InvalidInputError):
    """Typed fields that were wrong: a form shows each beside its field, the API answers 400 with them."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("invalid fields")
        self.errors = errors

    def extra(self) -> Any:
        """``{field: message}``: the subscriptions API's 400 shape since it shipped."""
        return self.errors


def _text(name: str, raw: str, out: FieldValues) -> None:
    value = raw.strip()
    if name == "name" and not value:
        out.errors[name] = "Give it a name."
    elif len(value) > TEXT_LIMITS[name]:
        out.errors[name] = f"At most {TEXT_LIMITS[name]} characters."
    else:
        out.values[name] = value or None


def _amount(raw: str, out: FieldValues) -> None:
    value = raw.strip().replace(",", ".")
    if not value:
        out.values["amount"] = None
        return
    try:
        amount = Decimal(value)
    except InvalidOperation:
        out.errors["amount"] = "Write the amount as a number, like 9.99."
        return
    if not amount.is_finite() or amount < 0 or amount >= MAX_AMOUNT:
        out.errors["amount"] = "The amount must be between 0 and 999,999.99."
    elif amount != amount.quantize(Decimal("0.01")):
        out.errors["amount"] = "At most two decimals."
    else:
        out.values["amount"] = amount.quantize(Decimal("0.01"))


def _currency(raw: str, out: FieldValues) -> None:
    value = raw.strip().upper()
    if value and value not in list_currencies():
        out.errors["currency"] = "Use a three-letter currency code, like EUR or USD."
    else:
        out.values["currency"] = value or None


def _date(name: str, raw: str, out: FieldValues) -> None:
    value = raw.strip()
    try:
        out.values[name] = date.fromisoformat(value) if value else None
    except ValueError:
        out.errors[name] = "Use a date like 2026-12-31."


def _choice(name: str, raw: str, allowed: tuple[str, ...], out: FieldValues) -> None:
    if raw not in allowed:
        out.errors[name] = "Pick one of the choices."
    else:
        out.values[name] = raw


def parse_fields(form: Mapping[str, Any]) -> FieldValues:
    """Only the fields present are parsed, so the same check serves a whole form and a one-field change."""
    out = FieldValues()
    for name, raw in form.items():
        text = str(raw)
        if name in TEXT_LIMITS:
            _text(name, text, out)
        elif name == "amount":
            _amount(text, out)
        elif name == "currency":
            _currency(text, out)
        elif name in DATE_FIELDS:
            _date(name, text, out)
        elif name == "cycle":
            _choice(name, text, tuple(CYCLE_LABELS), out)
        elif name == "kind":
            _choice(name, text, EDITABLE_KINDS, out)
    if out.values.get("amount") is not None and "currency" in form and not out.values.get("currency"):
        out.errors.setdefault("currency", "An amount needs its currency.")
    return out


def checked_fields(form: Mapping[str, Any]) -> dict[str, Any]:
    """The parsed values of ``form``, or ``FieldErrors`` naming every wrong field."""
    parsed = parse_fields(form)
    if parsed.errors:
        raise FieldErrors(parsed.errors)
    return parsed.values
