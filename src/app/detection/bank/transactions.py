"""One bank transaction, whatever it came from (OFX, CSV or a provider)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class Transaction:
    """A posted bank transaction; ``amount`` is negative for money out."""

    id: str
    """FITID, provider id, or a stable hash: re-importing the same file gives the same ids."""
    account_id: str
    posted_on: date
    amount: Decimal
    currency: str
    description: str
    mandate: str | None = None
    """The SEPA mandate reference the debit was collected under, where the file gives one."""


def stable_id(prefix: str, *parts: object) -> str:
    """A short deterministic id built from ``parts`` (never from the file name or import time)."""
    text = "\x1f".join(str(part) for part in parts)
    return f"{prefix}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:24]}"


class OrdinalCounter:
    """Numbers repeated rows 0, 1, 2 … so identical rows in one file still get distinct ids.

    Counts are kept per posting date for the most recent ``max_dates`` dates only, so memory
    stays flat on huge files (statements are sorted by date, so duplicates sit close together).
    """

    __slots__ = ("_by_date", "_max_dates")

    def __init__(self, max_dates: int = 64) -> None:
        self._by_date: dict[date, dict[tuple[object, ...], int]] = {}
        self._max_dates = max_dates

    def next(self, posted_on: date, key: tuple[object, ...]) -> int:
        counts = self._by_date.get(posted_on)
        if counts is None:
            if len(self._by_date) >= self._max_dates:
                del self._by_date[next(iter(self._by_date))]
            counts = self._by_date[posted_on] = {}
        ordinal = counts.get(key, 0)
        counts[key] = ordinal + 1
        return ordinal


_CENT = Decimal("0.01")


def money(amount: Decimal) -> Decimal:
    """``-1500.0000`` → ``-1500.00``; keeps extra precision only when it is really there."""
    quantized = amount.quantize(_CENT)
    return quantized if quantized == amount else amount.normalize()
