"""Bodies of the home-currency API."""

from __future__ import annotations

import msgspec


class HomeCurrencyBody(msgspec.Struct, rename="camel", forbid_unknown_fields=True):
    home_currency: str


class HomeCurrencyView(msgspec.Struct, rename="camel"):
    home_currency: str | None
    """None until the person chooses one (totals are then in the currency most payments are in)."""
    currencies: list[str]
    """What may be chosen: the currencies the stored reference rates convert."""
    rates_on: str | None
    """The day of the newest ECB rates stored (ISO date), or None before the first fetch."""
