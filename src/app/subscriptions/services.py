"""Keeping one list of subscriptions per person as detection runs again and again."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

from advanced_alchemy.repository import SQLAlchemyAsyncRepository
from advanced_alchemy.service import SQLAlchemyAsyncRepositoryService
from sqlalchemy import delete, select, update

from app.detection.types import DetectedSubscription, Evidence, needs_confirmation, service_key
from app.lib.errors import NotFoundError
from app.subscriptions import platforms
from app.subscriptions.editing import DETECTED_FIELDS, checked_fields
from app.subscriptions.models import DismissedService, Subscription, SubscriptionEdit, SubscriptionEvidence
from app.subscriptions.schedule import next_renewal_on_or_after

PAYMENT_KINDS = ("subscription", "bill")
"""What the person pays on a schedule; salary and transfers recur too but are never listed as payments."""


class SubscriptionNotFoundError(NotFoundError):
    """No such subscription for this person (it may exist for someone else: same answer)."""

    def __str__(self) -> str:
        return f"no subscription {self.args[0]}"


@dataclass(frozen=True)
class SubscriptionChange:
    name: str | None = None
    status: str | None = None
    """``cancelled`` marks it cancelled by hand; ``active`` undoes that."""
    ignored: bool | None = None


class SubscriptionRepository(SQLAlchemyAsyncRepository[Subscription]):
    model_type = Subscription


class SubscriptionService(SQLAlchemyAsyncRepositoryService[Subscription, SubscriptionRepository]):
    repository_type = SubscriptionRepository

    async def list_for_user(
        self,
        user_id: UUID,
        *,
        ignored: bool = False,
        kinds: Sequence[str] = PAYMENT_KINDS,
        possible: bool = False,
    ) -> list[Subscription]:
        """The person's subscriptions (ignored ones, or the others), merged ones folded into their target.

        ``possible`` lists the findings waiting for the person to confirm them instead."""
        statement = select(Subscription).where(
            Subscription.user_id == user_id,
            Subscription.merged_into_id.is_(None),
            Subscription.ignored.is_(ignored),
            Subscription.kind.in_(kinds),
            Subscription.possible.is_(possible),
        )
        rows = await self.repository.session.scalars(statement)
        return sorted(rows, key=_table_order)

    async def known_ids(self, user_id: UUID) -> set[UUID]:
        """Every row the person has (listed, ignored, possible, merged): a scan's new ones are the others."""
        return set(
            await self.repository.session.scalars(
                select(Subscription.id).where(Subscription.user_id == user_id)
            )
        )

    async def names_of(self, user_id: UUID, ids: Sequence[UUID]) -> list[str]:
        """The shown names of these subscriptions of the person, in the order given."""
        rows = await self.repository.session.scalars(
            select(Subscription).where(Subscription.user_id == user_id, Subscription.id.in_(list(ids)))
        )
        by_id = {row.id: row.display_name for row in rows}
        return [by_id[i] for i in ids if i in by_id]

    async def get_for_user(self, user_id: UUID, subscription_id: UUID) -> Subscription:
        """The subscription; ``SubscriptionNotFoundError`` when it does not exist or is someone else's."""
        sub = await self.get_one_or_none(Subscription.id == subscription_id, Subscription.user_id == user_id)
        if sub is None:
            raise SubscriptionNotFoundError(subscription_id)
        return sub

    async def evidence_for(self, sub: Subscription) -> list[SubscriptionEvidence]:
        merged = select(Subscription.id).where(Subscription.merged_into_id == sub.id)
        statement = (
            select(SubscriptionEvidence)
            .where(
                (SubscriptionEvidence.subscription_id == sub.id)
                | SubscriptionEvidence.subscription_id.in_(merged)
            )
            .order_by(SubscriptionEvidence.occurred_on.desc())
        )
        return list(await self.repository.session.scalars(statement))

    async def edit(self, user_id: UUID, subscription_id: UUID, change: SubscriptionChange) -> Subscription:
        """Apply what the person changed by hand; detection never overwrites these fields."""
        sub = await self.get_for_user(user_id, subscription_id)
        if change.name is not None:
            sub.user_name = change.name.strip() or None
        if change.status is not None:
            sub.user_status = "cancelled" if change.status == "cancelled" else None
        if change.ignored is not None:
            sub.ignored = change.ignored
        await self.repository.session.flush()
        return sub

    async def update_fields(
        self, user_id: UUID, subscription_id: UUID, values: dict[str, Any]
    ) -> Subscription:
        """Set what the person typed (checked by ``parse_fields``); log each change, pin detected fields."""
        sub = await self.get_for_user(user_id, subscription_id)
        for name, value in values.items():
            attribute = "user_name" if name == "name" else name
            old = getattr(sub, "display_name" if name == "name" else name)
            if old == value:
                continue
            setattr(sub, attribute, value)
            self._log_edit(sub, name, old, value)
            if name in DETECTED_FIELDS:
                sub.pinned = sorted(set(sub.pinned or []) | {name})
        await self.repository.session.flush()
        return sub

    async def save_typed(
        self, user_id: UUID, subscription_id: UUID, fields: Mapping[str, Any]
    ) -> Subscription:
        """What the person typed (a form or an API body): a missing subscription is a 404 before any
        field is judged; ``FieldErrors`` sets nothing; otherwise every field is set."""
        await self.get_for_user(user_id, subscription_id)
        return await self.update_fields(user_id, subscription_id, checked_fields(fields))

    async def add_typed(self, user_id: UUID, fields: Mapping[str, Any]) -> Subscription:
        """A subscription added by hand from what the person typed; ``FieldErrors`` adds nothing."""
        return await self.add_manual(user_id, checked_fields({"name": "", **fields}))

    async def add_manual(self, user_id: UUID, values: dict[str, Any]) -> Subscription:
        """A subscription the person added by hand; a later scan finding the same service refreshes only
        what they left blank."""
        key = service_key(values["name"])
        existing = await self.get_one_or_none(Subscription.user_id == user_id, Subscription.key == key)
        if existing is not None:
            existing.ignored, existing.possible, existing.merged_into_id = False, False, None
            return await self.update_fields(user_id, existing.id, values)
        sub = Subscription(user_id=user_id, key=key, name=values["name"], sources=["manual"], confidence=1.0)
        for name, value in values.items():
            setattr(sub, "user_name" if name == "name" else name, value)
        sub.pinned = sorted(set(values) & set(DETECTED_FIELDS))
        self.repository.session.add(sub)
        await self.repository.session.flush()
        await self.repository.session.execute(delete(DismissedService).where(
            DismissedService.user_id == user_id, DismissedService.key == key
        ))  # fmt: skip
        return sub

    async def confirm(self, user_id: UUID, subscription_id: UUID) -> Subscription:
        """A possible subscription the person says is real: listed as theirs from now on."""
        sub = await self.get_for_user(user_id, subscription_id)
        sub.possible = False
        sub.pinned = sorted(set(sub.pinned or []) | {"possible"})
        self._log_edit(sub, "confirmed", None, "yes")
        await self.repository.session.flush()
        return sub

    async def dismiss(self, user_id: UUID, subscription_id: UUID) -> None:
        """Not the person's: removed, and its service key remembered so no re-scan lists it again."""
        sub = await self.get_for_user(user_id, subscription_id)
        known = await self.repository.session.scalar(
            select(DismissedService.id).where(
                DismissedService.user_id == user_id, DismissedService.key == sub.key
            )
        )
        if known is None:
            self.repository.session.add(DismissedService(user_id=user_id, key=sub.key, name=sub.display_name))
        await self.repository.session.delete(sub)
        await self.repository.session.flush()

    async def edits_for(self, sub: Subscription) -> list[SubscriptionEdit]:
        statement = (
            select(SubscriptionEdit)
            .where(SubscriptionEdit.subscription_id == sub.id)
            .order_by(SubscriptionEdit.created_at.desc())
        )
        return list(await self.repository.session.scalars(statement))

    async def merged_into(self, sub: Subscription) -> list[Subscription]:
        """The subscriptions the person folded into this one (each can be split off again)."""
        return list(await self.get_many(Subscription.merged_into_id == sub.id))

    async def unmerge(self, user_id: UUID, subscription_id: UUID) -> Subscription:
        """Undo a merge: the subscription is listed on its own again."""
        sub = await self.get_for_user(user_id, subscription_id)
        if sub.merged_into_id is not None:
            self._log_edit(sub, "merged", str(sub.merged_into_id), None)
            sub.merged_into_id = None
        await self.repository.session.flush()
        return sub

    def _log_edit(self, sub: Subscription, name: str, old: Any, new: Any) -> None:
        self.repository.session.add(
            SubscriptionEdit(
                user_id=sub.user_id,
                subscription_id=sub.id,
                field=name,
                old_value=_text_or_none(old),
                new_value=_text_or_none(new),
            )
        )

    async def merge(self, user_id: UUID, subscription_id: UUID, into_id: UUID) -> Subscription:
        """Fold one subscription into another (the same service under two names); re-scans keep it so."""
        if subscription_id == into_id:
            raise SubscriptionNotFoundError(into_id)
        source = await self.get_for_user(user_id, subscription_id)
        target = await self.get_for_user(user_id, into_id)
        if target.merged_into_id is not None:
            target = await self.get_for_user(user_id, target.merged_into_id)
        source.merged_into_id = target.id
        self._log_edit(source, "merged", None, str(target.id))
        await self.repository.session.execute(
            update(Subscription)
            .where(Subscription.merged_into_id == source.id)
            .values(merged_into_id=target.id)
        )
        target.sources = sorted(set(target.sources or []) | set(source.sources or []))
        await self.repository.session.flush()
        return target

    async def apply_detections(
        self, user_id: UUID, detected: Sequence[DetectedSubscription], today: date | None = None
    ) -> list[UUID]:
        """Insert or refresh each finding; what the person edited by hand stays as they left it."""
        today = today or date.today()
        session = self.repository.session
        existing = {s.key: s for s in await self.get_many(Subscription.user_id == user_id)}
        dismissed = set(
            await session.scalars(select(DismissedService.key).where(DismissedService.user_id == user_id))
        )
        refreshed: list[tuple[Subscription, DetectedSubscription]] = []
        for finding in _onto_store_products(detected, existing):
            if finding.key in dismissed:
                continue
            row = existing.get(finding.key)
            if row is None:
                row = existing[finding.key] = Subscription(user_id=user_id, key=finding.key)
                row.possible = needs_confirmation(finding)
                session.add(row)
            elif "possible" not in (row.pinned or []):
                # A trusted finding clears "possible"; an unsure one never demotes a trusted subscription.
                row.possible = bool(row.possible) and needs_confirmation(finding)
            _refresh_from_finding(row, finding, today)
            refreshed.append((row, finding))
        await session.flush()
        known = await self._known_evidence(user_id)
        ids: list[UUID] = []
        for row, finding in refreshed:
            target = _merge_target(row, existing)
            self._add_missing_evidence(target.id, finding.evidence, known)
            ids.append(target.id)
        await session.flush()
        return list(dict.fromkeys(ids))

    async def _known_evidence(self, user_id: UUID) -> set[tuple[UUID, str, str]]:
        """Every (subscription, source, ref) the person's subscriptions already cite, in one query."""
        rows = await self.repository.session.execute(
            select(
                SubscriptionEvidence.subscription_id, SubscriptionEvidence.source, SubscriptionEvidence.ref
            )
            .join(Subscription, SubscriptionEvidence.subscription_id == Subscription.id)
            .where(Subscription.user_id == user_id)
        )
        return set(rows.tuples())

    def _add_missing_evidence(
        self, subscription_id: UUID, evidence: Sequence[Evidence], known: set[tuple[UUID, str, str]]
    ) -> None:
        for item in evidence:
            key = (subscription_id, item.source, item.ref[:500])
            if key in known:
                continue
            known.add(key)
            self.repository.session.add(_evidence_row(subscription_id, item))


def _onto_store_products(
    detected: Sequence[DetectedSubscription], existing: dict[str, Subscription]
) -> list[DetectedSubscription]:
    """A bank charge named after an app store alone becomes the one store product in the mail it is
    (``platforms``); a row such a charge made before that product's mail came is folded into it."""
    sighted = [(f, platforms.from_finding(f), figure_source(f)) for f in detected]
    known = platforms.products(
        existing.values(), [s for _f, s, source in sighted if s is not None and source == "email"]
    )
    out: list[DetectedSubscription] = []
    for finding, seen, source in sighted:
        if seen is not None and source == "bank" and seen.generic:
            product = platforms.product_for(seen, known)
            if product is not None:
                _fold_store_row(existing, seen.store, product.key, known)
                finding = replace(finding, key=product.key, name=product.name)
        if seen is not None and source == "email" and not seen.generic:
            _fold_store_row(existing, seen.store, seen.key, known)
        out.append(finding)
    return out


def _fold_store_row(
    existing: dict[str, Subscription], store: str, key: str, known: list[platforms.Sighting]
) -> None:
    """The row of charges named after ``store`` alone, when they are product ``key``'s: it becomes that
    product's row, or, when the product has one already, is merged into it with its bank figure."""
    row = existing.get(store)
    untouched = (
        row is not None and row.merged_into_id is None and not row.ignored
    )  # the person's choice stays
    charge = platforms.from_row(row, "bank") if row is not None and untouched else None
    product = None if charge is None else platforms.product_for(charge, known)
    if row is None or product is None or product.key != key:
        return
    target = existing.get(key)
    if target is None:
        del existing[store]
        row.key = key
        existing[key] = row
        return
    row.merged_into_id = target.id
    target.figures = {**(target.figures or {}), "bank": row.figures["bank"]}
    target.sources = sorted(set(target.sources or []) | set(row.sources or []))


def _table_order(sub: Subscription) -> tuple[int, date, str]:
    inactive = sub.effective_status != "active"
    return (int(inactive), sub.next_renewal or date.max, sub.display_name.lower())


def _merge_target(row: Subscription, by_key: dict[str, Subscription]) -> Subscription:
    """Evidence for a subscription the person merged into another goes to that other one."""
    if row.merged_into_id is None:
        return row
    for candidate in by_key.values():
        if candidate.id == row.merged_into_id:
            return candidate
    return row


def _refresh_from_finding(row: Subscription, finding: DetectedSubscription, today: date) -> None:
    row.name = finding.name
    row.figures = record_figure(row.figures or {}, finding)
    figure = pick_figure(row.figures)
    cycle = figure.get("cycle") or "unknown"
    detected: dict[str, Any] = {
        "amount": _decimal(figure.get("amount")),
        "currency": figure.get("currency"),
        "cycle": cycle,
        "next_renewal": next_renewal_on_or_after(_day(figure.get("next_renewal")), cycle, today),
        "kind": finding.kind,
        "trial_ends_on": finding.trial_ends_on,
    }
    pinned = set(row.pinned or [])
    for name, value in detected.items():
        if name not in pinned:
            setattr(row, name, value)
    status = combined_status(row.figures, finding.status)
    # A cancellation notice says more than charges that stopped: keep "cancelled" over "inactive".
    if not (row.status == "cancelled" and status == "inactive"):
        row.status = status
    row.sources = sorted(set(row.sources or []) | set(finding.sources))
    row.confidence = finding.confidence
    row.price_history = [[day.isoformat(), str(amount)] for day, amount in finding.price_history]


FIGURE_PREFERENCE = ("bank", "email")
"""Which source's figure a merged subscription shows: the charge itself beats what an email says."""


def figure_source(finding: DetectedSubscription) -> str:
    """``bank`` when the finding rests on bank charges, else ``email``."""
    return "bank" if any(e.signal == "charge" for e in finding.evidence) else "email"


def record_figure(
    figures: dict[str, dict[str, str | None]], finding: DetectedSubscription
) -> dict[str, dict[str, str | None]]:
    """The figures with this finding's own; an older statement or mailbox never replaces a newer figure."""
    source = figure_source(finding)
    dated = [e.occurred_on for e in finding.evidence if e.amount is not None] or [
        e.occurred_on for e in finding.evidence
    ]
    seen_on = max(dated).isoformat() if dated else None
    previous = figures.get(source)
    if previous and previous.get("on") and seen_on and seen_on < str(previous["on"]):
        return figures
    figure: dict[str, str | None] = {
        "amount": None if finding.amount is None else str(finding.amount),
        "currency": finding.currency,
        "cycle": finding.cycle,
        "next_renewal": None if finding.next_renewal is None else finding.next_renewal.isoformat(),
        "on": seen_on,
        "status": finding.status,
        "last": max(e.occurred_on for e in finding.evidence).isoformat() if finding.evidence else None,
        "price_from": None if finding.price_since is None else finding.price_since.isoformat(),
        "billed_by": finding.billed_by,
    }
    return {**figures, source: figure}


def pick_figure(figures: dict[str, dict[str, str | None]]) -> dict[str, str | None]:
    """The figure shown: the bank's charge when there is one with an amount, else the email's.

    A price-change notice is the exception: the new price is what the next charge takes from
    the day the notice names, so the mail's figure wins until the bank shows a charge on or
    after that day (a charge at another price then says otherwise).
    """
    with_amount = [figures[s] for s in FIGURE_PREFERENCE if s in figures and figures[s].get("amount")]
    bank, mail = figures.get("bank"), figures.get("email")
    if bank and mail and mail.get("amount") and str(mail.get("price_from") or "") > str(bank.get("on") or ""):
        return {**bank, "amount": mail["amount"], "currency": mail["currency"]}
    if with_amount:
        return with_amount[0]
    return next((figures[s] for s in FIGURE_PREFERENCE if s in figures), {})


def combined_status(figures: dict[str, dict[str, str | None]], fallback: str) -> str:
    """The status all sources together say: active while any source sees it running, unless
    another source's cancellation came after that source's latest evidence.

    One source's silence is no news: a gym's mail stops after the joining email while the bank
    goes on showing its direct debit, and a bank export can end while the mail goes on.
    """
    said = [(str(f["status"]), str(f.get("last") or "")) for f in figures.values() if f.get("status")]
    running = [last for status, last in said if status == "active"]
    cancelled = [last for status, last in said if status == "cancelled"]
    if running and not any(last >= max(running) for last in cancelled):
        return "active"
    if cancelled:
        return "cancelled"
    return "inactive" if said else fallback


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)[:2000]


def _decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _evidence_row(subscription_id: UUID, item: Evidence) -> SubscriptionEvidence:
    return SubscriptionEvidence(
        subscription_id=subscription_id,
        source=item.source,
        ref=item.ref[:500],
        occurred_on=item.occurred_on,
        summary=item.summary[:500],
        signal=item.signal,
        amount=item.amount,
        currency=item.currency,
    )
