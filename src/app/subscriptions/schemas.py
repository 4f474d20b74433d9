"""Bodies of the subscriptions API: what it takes and what it answers."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal
from uuid import UUID

import msgspec

from app.subscriptions.models import Subscription, SubscriptionEvidence
from app.subscriptions.services import SubscriptionChange
from app.subscriptions.totals import Sum, Totals


class SubscriptionFields(msgspec.Struct, rename="camel", forbid_unknown_fields=True):
    """The fields a person may set; each is checked by ``editing.parse_fields`` (400 naming the field)."""

    amount: str | None = None
    currency: str | None = None
    cycle: str | None = None
    next_renewal: str | None = None
    kind: str | None = None
    category: str | None = None
    notes: str | None = None
    payment_method: str | None = None
    trial_ends_on: str | None = None
    cancel_by: str | None = None

    def fields(self) -> dict[str, str]:
        """The fields the body set (an empty string clears one)."""
        return {name: value for name in self.__struct_fields__ if (value := getattr(self, name)) is not None}


class SubscriptionPatch(SubscriptionFields, rename="camel", forbid_unknown_fields=True):
    """What a person may change by hand; re-scans keep it."""

    name: Annotated[str, msgspec.Meta(max_length=200)] | None = None
    status: Literal["active", "cancelled"] | None = None
    ignored: bool | None = None

    def fields(self) -> dict[str, str]:
        return {k: v for k, v in super().fields().items() if k not in ("name", "status", "ignored")}

    def change(self) -> SubscriptionChange:
        return SubscriptionChange(name=self.name, status=self.status, ignored=self.ignored)


class SubscriptionNew(SubscriptionFields, rename="camel", forbid_unknown_fields=True):
    """A subscription added by hand."""

    name: Annotated[str, msgspec.Meta(min_length=1, max_length=200)] = ""


class MergeRequest(msgspec.Struct, rename="camel", forbid_unknown_fields=True):
    into_id: UUID


class UserEdited(msgspec.Struct, rename="camel"):
    """Which detected values the person replaced by hand (re-scans keep those)."""

    name: bool
    status: bool


class SubscriptionOut(msgspec.Struct, rename="camel"):
    """One subscription as the API lists it; money as a decimal string, dates as ISO days."""

    id: UUID
    name: str
    detected_name: str
    amount: str | None
    currency: str | None
    cycle: str | None
    next_renewal: date | None
    status: str
    kind: str
    sources: list[str]
    confidence: float
    ignored: bool
    user_edited: UserEdited
    pinned: list[str]
    possible: bool
    category: str | None
    notes: str | None
    payment_method: str | None
    cancel_by: date | None
    trial_ends_on: date | None
    figures: dict[str, dict[str, str | None]]
    """Each source's own figure (``bank``, ``email``): amount, currency, cycle, next_renewal, on."""

    @classmethod
    def of(cls, sub: Subscription, today: date | None = None) -> SubscriptionOut:
        return cls(
            id=sub.id,
            name=sub.display_name,
            detected_name=sub.name,
            amount=None if sub.amount is None else str(sub.amount),
            currency=sub.currency,
            cycle=sub.cycle,
            next_renewal=sub.renews_on(today or date.today()),
            status=sub.effective_status,
            kind=sub.kind,
            sources=sub.sources,
            confidence=sub.confidence,
            ignored=sub.ignored,
            user_edited=UserEdited(name=sub.user_name is not None, status=sub.user_status is not None),
            pinned=sub.pinned or [],
            possible=sub.possible,
            category=sub.category,
            notes=sub.notes,
            payment_method=sub.payment_method,
            cancel_by=sub.cancel_by,
            trial_ends_on=sub.trial_ends_on,
            figures=sub.figures or {},
        )


class EvidenceOut(msgspec.Struct, rename="camel"):
    """One email or bank charge a subscription rests on."""

    source: str
    ref: str
    date: date
    summary: str
    signal: str
    amount: str | None
    currency: str | None

    @classmethod
    def of(cls, item: SubscriptionEvidence) -> EvidenceOut:
        return cls(
            source=item.source,
            ref=item.ref,
            date=item.occurred_on,
            summary=item.summary,
            signal=item.signal,
            amount=None if item.amount is None else str(item.amount),
            currency=item.currency,
        )


class SubscriptionDetailOut(SubscriptionOut, rename="camel"):
    """One subscription with the emails and bank charges that evidence it."""

    evidence: list[EvidenceOut] = []

    @classmethod
    def with_evidence(cls, sub: Subscription, evidence: list[SubscriptionEvidence]) -> SubscriptionDetailOut:
        listed = msgspec.structs.asdict(SubscriptionOut.of(sub))
        return cls(**listed, evidence=[EvidenceOut.of(item) for item in evidence])


class SumOut(msgspec.Struct, rename="camel"):
    """A total per month and per year in the home currency, of ``count`` payments;
    ``unconverted_per_month`` is what had no reference rate, per currency, added on as it is."""

    per_month: str
    per_year: str
    count: int
    unconverted_per_month: dict[str, str]

    @classmethod
    def of(cls, s: Sum) -> SumOut:
        unconverted = {cur: str(value) for cur, value in s.unconverted_per_month().items()}
        return cls(str(s.month), str(s.per_year), s.count, unconverted)


class CategorySumOut(msgspec.Struct, rename="camel"):
    category: str
    total: SumOut


class TotalsOut(msgspec.Struct, rename="camel"):
    """What the person's payments cost, converted into their home currency."""

    currency: str
    rates_on: date | None
    """The day of the ECB reference rates used; None before any are stored."""
    active: SumOut
    """The active subscriptions and bills together."""
    subscriptions: SumOut
    bills: SumOut
    by_category: list[CategorySumOut]
    stopped: SumOut
    """What the cancelled and inactive ones would cost had they gone on."""
    without_amount: int
    """Active ones with no amount or no known cycle: in no total."""

    @classmethod
    def of(cls, t: Totals) -> TotalsOut:
        return cls(
            currency=t.currency,
            rates_on=t.rates_on,
            active=SumOut.of(t.active),
            subscriptions=SumOut.of(t.subscriptions),
            bills=SumOut.of(t.bills),
            by_category=[CategorySumOut(name, SumOut.of(s)) for name, s in t.by_category],
            stopped=SumOut.of(t.stopped),
            without_amount=t.without_amount,
        )
