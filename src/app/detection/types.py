"""The shapes every detector produces, whatever it reads (mail or bank).

Both detectors end in ``DetectedSubscription``; the subscriptions domain stores
them and merges email and bank findings about the same service by ``key``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Literal

Cycle = Literal["weekly", "biweekly", "monthly", "quarterly", "semiannual", "yearly", "unknown"]
Status = Literal["active", "cancelled", "inactive"]
Kind = Literal["subscription", "bill", "income", "transfer"]
SourceKind = Literal["email", "bank"]

CYCLE_DAYS: dict[str, int] = {
    "weekly": 7,
    "biweekly": 14,
    "monthly": 30,
    "quarterly": 91,
    "semiannual": 182,
    "yearly": 365,
}


@dataclass(frozen=True, slots=True)
class Evidence:
    """One message or transaction that supports a finding."""

    source: SourceKind
    ref: str
    """Message-ID (email) or the statement's transaction id (bank): stable across re-scans."""
    occurred_on: date
    summary: str
    """Subject line or bank description, as the user would recognise it."""
    signal: str
    """What this item says: receipt, renewal_notice, trial_ending, price_change,
    payment_failed, cancellation, or charge (a bank debit)."""
    amount: Decimal | None = None
    currency: str | None = None


@dataclass(slots=True)
class DetectedSubscription:
    """A recurring payment found in one user's data."""

    name: str
    """The service as a person calls it ("YouTube Premium", not "Google Play")."""
    key: str
    """Normalised service key (lowercase ascii, e.g. ``youtube-premium``); equal keys are one subscription."""
    amount: Decimal | None
    currency: str | None
    cycle: Cycle
    next_renewal: date | None
    status: Status
    kind: Kind = "subscription"
    sources: frozenset[SourceKind] = frozenset()
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)
    trial_ends_on: date | None = None
    price_history: list[tuple[date, Decimal]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The product contract's JSON element for ``subscout detect … --json``."""
        return {
            "name": self.name,
            "amount": None if self.amount is None else str(self.amount),
            "currency": self.currency,
            "cycle": self.cycle,
            "next_renewal": None if self.next_renewal is None else self.next_renewal.isoformat(),
            "status": self.status,
            "kind": self.kind,
            "source": "+".join(sorted(self.sources)) or "email",
            "confidence": round(self.confidence, 3),
        }
