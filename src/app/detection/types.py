"""The shapes every detector produces, whatever it reads (mail or bank).

Both detectors end in ``DetectedSubscription``; the subscriptions domain stores
them and merges email and bank findings about the same service by ``key``.
"""

from __future__ import annotations

import calendar
import itertools
import re
import unicodedata
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any, Literal

ProgressCallback = Callable[[float], Awaitable[None]]
"""Told how far a detection job has got: the share done, 0 to 1 (the job's progress bar)."""

Cycle = Literal["weekly", "biweekly", "monthly", "quarterly", "semiannual", "yearly", "unknown"]
Status = Literal["active", "cancelled", "inactive"]
Kind = Literal["subscription", "bill", "income", "transfer"]
SourceKind = Literal["email", "bank"]


def service_key(name: str) -> str:
    """The key both detectors give a service, so their findings merge:
    ``YouTube Premium`` → ``youtube-premium``; ``Disney+`` → ``disney-plus``; ``AT&T`` → ``at-and-t``."""
    folded = unicodedata.normalize("NFKD", name)
    if folded.isascii() or not _OTHER_SCRIPT.search(folded):
        folded = folded.encode("ascii", "ignore").decode()
    else:
        folded = unicodedata.normalize("NFC", _NOT_KEPT.sub("", folded))
    folded = folded.lower().replace("+", " plus ").replace("&", " and ")
    return "-".join(re.findall(r"[^\W_]+", folded)) or "unknown"


_SCRIPTS = (
    "\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0eff"
    "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
)
_OTHER_SCRIPT = re.compile(f"[{_SCRIPTS}]")
"""Letters of scripts other than Latin (Greek, Cyrillic, Hebrew, Arabic, Indic, Thai, Hangul, kana,
CJK): a name in them keeps them in its key (멜론, 哔哩哔哩, Кинопоиск). Dropped, every such
service had the one key "unknown" and their findings merged into one subscription."""
_NOT_KEPT = re.compile(f"[^\\x00-\\x7f{_SCRIPTS}]")
"""Latin letters lose their accents as ever ("Süddeutsche" is ``suddeutsche``); signs drop out."""


ACTIVE_CONFIDENCE = 0.7
"""Findings at or above this confidence are shown as active subscriptions without asking.

Detectors calibrate their confidence against it: on every real set we measure (bench/),
findings at or above it are right at least 97 times in 100. Below it a finding is only
"possible" and the user confirms or dismisses it."""

CYCLE_DAYS: dict[str, int] = {
    "weekly": 7,
    "biweekly": 14,
    "monthly": 30,
    "quarterly": 91,
    "semiannual": 182,
    "yearly": 365,
}
CYCLE_MONTHS: dict[str, int] = {"monthly": 1, "quarterly": 3, "semiannual": 6, "yearly": 12}


def add_months(day: date, months: int, anchor_day: int | None = None) -> date:
    """``day``'s month moved by ``months``, on ``anchor_day`` (default: ``day``'s own day of the
    month) clamped to the month's end: the 31st becomes the 30th, 28th…"""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(anchor_day or day.day, _month_length(year, month + 1)))


@lru_cache(maxsize=4096)
def _month_length(year: int, month: int) -> int:
    # Cached: bank detection moves dates by months for every charge of every payee.
    return calendar.monthrange(year, month)[1]


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
    """What this item says: receipt, renewal_notice, trial_ending, trial_ended (a trial over, or
    ending, with no paid plan to follow), price_change, payment_failed, cancellation, or charge
    (a bank debit)."""
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
    price_since: date | None = None
    """When ``amount`` is a price a notice announced (not yet charged): the day it takes effect."""
    named_after_person: bool = False
    """The only name found is a person's (a sender's display name, a transfer's payee):
    nothing says which service, if any, this is."""
    billed_by: str | None = None
    """The key of the app store that billed it (``apple``, ``google-play``): its receipt in the mail,
    its name on the bank statement. A bank finding whose ``key`` is this is named after the store
    alone (a price several of its services share), not after the service."""

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
            "possible": needs_confirmation(self),
        }


def usual_pause(charges: list[date]) -> int:
    """The longest gap between charges that happened at least twice, in days (0 if none).

    A pause a series keeps coming back from (a meal kit's skipped weeks) is no stop; one long
    gap, once, is a missed charge and says nothing about the next silence.
    """
    gaps = sorted((b - a).days for a, b in itertools.pairwise(sorted(charges)))
    return gaps[-2] if len(gaps) >= 2 else 0


def needs_confirmation(sub: DetectedSubscription) -> bool:
    """Whether a finding is only "possible": shown for the user to confirm, never as active.

    Trust over recall: without an amount or a cycle nobody can say what it costs, a person's
    name says nothing about a service, and low confidence means it is too often wrong.
    """
    return (
        sub.amount is None
        or sub.cycle == "unknown"
        or sub.named_after_person
        or sub.confidence < ACTIVE_CONFIDENCE
    )


def shown_findings(
    subs: list[DetectedSubscription], *, include_possible: bool = False
) -> list[DetectedSubscription]:
    """What ``subscout detect`` lists: the trusted findings, and the possible ones when asked for."""
    return [sub for sub in subs if include_possible or not needs_confirmation(sub)]


def to_state(sub: DetectedSubscription) -> dict[str, Any]:
    """A lossless JSON form, kept between incremental scans so new mail merges with what was read before."""
    return {
        "name": sub.name,
        "key": sub.key,
        "amount": None if sub.amount is None else str(sub.amount),
        "currency": sub.currency,
        "cycle": sub.cycle,
        "next_renewal": sub.next_renewal.isoformat() if sub.next_renewal else None,
        "status": sub.status,
        "kind": sub.kind,
        "sources": sorted(sub.sources),
        "confidence": sub.confidence,
        "trial_ends_on": sub.trial_ends_on.isoformat() if sub.trial_ends_on else None,
        "price_history": [[day.isoformat(), str(amount)] for day, amount in sub.price_history],
        "named_after_person": sub.named_after_person,
        "price_since": sub.price_since.isoformat() if sub.price_since else None,
        "billed_by": sub.billed_by,
        "evidence": [
            [e.source, e.ref, e.occurred_on.isoformat(), e.summary, e.signal, _text(e.amount), e.currency]
            for e in sub.evidence
        ],
    }


def from_state(data: dict[str, Any]) -> DetectedSubscription:
    return DetectedSubscription(
        name=data["name"],
        key=data["key"],
        amount=_decimal(data["amount"]),
        currency=data["currency"],
        cycle=data["cycle"],
        next_renewal=_date(data["next_renewal"]),
        status=data["status"],
        kind=data["kind"],
        sources=frozenset(data["sources"]),
        confidence=float(data["confidence"]),
        trial_ends_on=_date(data["trial_ends_on"]),
        price_history=[(date.fromisoformat(d), Decimal(a)) for d, a in data["price_history"]],
        named_after_person=bool(data.get("named_after_person", False)),
        price_since=_date(data.get("price_since")),
        billed_by=data.get("billed_by"),
        evidence=[
            Evidence(source, ref, date.fromisoformat(day), summary, signal, _decimal(amount), currency)
            for source, ref, day, summary, signal, amount, currency in data["evidence"]
        ],
    )


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


@dataclass(frozen=True)
class SourceFailure:
    """A source a scan could not read (a mailbox, a bank account): its name as its owner knows it,
    and why. The scan reads the others all the same."""

    source: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return {"source": self.source, "reason": self.reason}
