"""schema.org ``Order`` and ``Invoice`` markup (JSON-LD or microdata) read as facts.

A sender that marks up its mail states the amount, the currency, who bills and for how long
in fields, not prose: where the markup says it, it wins over anything read from the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from app.detection.email.money import Money, find_prices
from app.detection.types import Cycle

BILLING_TYPES = frozenset({"Order", "Invoice"})
_PERIODS: dict[str, Cycle] = {
    "P1W": "weekly",
    "P7D": "weekly",
    "P2W": "biweekly",
    "P14D": "biweekly",
    "P1M": "monthly",
    "P3M": "quarterly",
    "P6M": "semiannual",
    "P1Y": "yearly",
    "P12M": "yearly",
}
_UNIT_CODES: dict[str, Cycle] = {"WEE": "weekly", "MON": "monthly", "ANN": "yearly"}
"""UN/CEFACT codes a ``UnitPriceSpecification`` bills per."""


@dataclass(frozen=True, slots=True)
class BillingFacts:
    """What a message's markup states; None where it says nothing."""

    price: Money | None
    seller: str | None
    cycle: Cycle | None
    invoice: bool = False
    """An ``Invoice`` (a bill for a service), not an ``Order`` (a purchase)."""


def billing_facts(items: list[dict[str, Any]]) -> BillingFacts | None:
    """The facts of the first ``Order`` or ``Invoice`` in the markup, if there is one."""
    for item in items:
        if _type(item) in BILLING_TYPES:
            return BillingFacts(_price(item), _seller(item), _cycle(item), invoice=_type(item) == "Invoice")
    return None


def structured_price(items: list[dict[str, Any]]) -> Money | None:
    """A price from any markup (an ``Offer`` alone too): the billing markup's first."""
    facts = billing_facts(items)
    if facts is not None and facts.price is not None:
        return facts.price
    return next((p for p in map(_price, items) if p is not None), None)


def _type(item: dict[str, Any]) -> str:
    kind = item.get("@type", "")
    kind = kind[0] if isinstance(kind, list) and kind else kind
    return str(kind).rsplit("/", 1)[-1]


def _price(item: dict[str, Any]) -> Money | None:
    nodes = (item.get("totalPaymentDue"), item.get("acceptedOffer"), item.get("priceSpecification"), item)
    for node in nodes:
        node = node[0] if isinstance(node, list) and node else node
        if isinstance(node, dict):
            money = _money(node)
            if money is not None:
                return money
    return None


def _money(node: dict[str, Any]) -> Money | None:
    """``price``/``priceCurrency`` (PriceSpecification, Offer, Order) or ``value``/``currency``
    (MonetaryAmount); a price written with its sign ("$70.00") names its currency itself."""
    raw = node.get("price", node.get("value"))
    currency = node.get("priceCurrency", node.get("currency"))
    if raw in (None, ""):
        return None
    if currency:
        try:
            amount = Decimal(str(raw).replace(",", "."))
        except InvalidOperation:
            return None
        if amount <= 0:
            return None
        code = str(currency).upper()
        exact = Decimal(1) if code in {"JPY", "KRW"} else Decimal("0.01")
        return Money(amount.quantize(exact), code, -1, -1)
    found = find_prices(str(raw))
    return Money(found[0].amount, found[0].currency, -1, -1) if found else None


def _seller(item: dict[str, Any]) -> str | None:
    for key in ("provider", "merchant", "seller", "broker"):
        node = item.get(key)
        name = node.get("name") if isinstance(node, dict) else node
        if isinstance(name, str) and name.strip():
            return name.strip()
    return None


def _cycle(item: dict[str, Any]) -> Cycle | None:
    period = item.get("billingPeriod")
    if isinstance(period, str) and period.strip().upper() in _PERIODS:
        return _PERIODS[period.strip().upper()]
    spec = item.get("priceSpecification") or (item.get("acceptedOffer") or {}).get("priceSpecification")
    if isinstance(spec, dict):
        duration = spec.get("billingDuration")
        if isinstance(duration, str) and duration.strip().upper() in _PERIODS:
            return _PERIODS[duration.strip().upper()]
        unit = spec.get("unitCode") or (spec.get("referenceQuantity") or {}).get("unitCode")
        if isinstance(unit, str) and unit.upper() in _UNIT_CODES:
            return _UNIT_CODES[unit.upper()]
    return None
