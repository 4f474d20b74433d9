"""Importing subscriptions from a Wallos export or a plain CSV: parse, preview, apply.

The preview sorts every row into *add* (a service the person does not have),
*merge* (one they have, missing a field the file knows) or *skip* (nothing
new). Rows are matched by service key, the same key detection uses, so a
service imported and later found in mail or bank is one subscription, and
importing the same file twice adds nothing.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.detection.types import CYCLE_DAYS, service_key
from app.exports.wallos import (
    NO_CATEGORY,
    WallosFormatError,
    parse_amount,
    parse_cycle,
    parse_date,
    parse_price,
    wallos_rows,
)
from app.lib.errors import InvalidInputError
from app.subscriptions.models import Subscription
from app.subscriptions.services import SubscriptionService

CSV_FIELDS = ("name", "amount", "currency", "cycle", "next_renewal", "category")
IMPORT_SOURCE = "import"
MAX_ROWS = 5000
Action = Literal["add", "merge", "skip"]


class ImportFileError(InvalidInputError):
    """The file cannot be imported; the message says why in the person's terms (400 naming the
    uploaded file, ``data``, unless the raiser names another field)."""

    field = "data"


@dataclass(frozen=True)
class ImportedRow:
    name: str
    amount: Decimal | None
    currency: str | None
    cycle: str
    next_renewal: date | None
    category: str | None
    active: bool = True
    notes: str | None = None
    payment_method: str | None = None

    @property
    def key(self) -> str:
        return service_key(self.name)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["amount"] = None if self.amount is None else str(self.amount)
        data["next_renewal"] = None if self.next_renewal is None else self.next_renewal.isoformat()
        return data


@dataclass(frozen=True)
class PlannedRow:
    row: ImportedRow
    action: Action
    reason: str
    fills: tuple[str, ...] = ()
    """For a merge: the fields of the existing subscription the file fills in."""


def parse_import(data: bytes) -> tuple[str, list[ImportedRow]]:
    """(format, rows) of a Wallos JSON export or a plain CSV; ``ImportFileError`` when it is neither."""
    text = _decode(data)
    stripped = text.lstrip()
    try:
        if stripped.startswith(("{", "[")):
            rows = _wallos(stripped)
            return "wallos", _bounded(rows)
        return "csv", _bounded(_csv(text))
    except WallosFormatError as exc:
        raise ImportFileError(str(exc)) from None


def _decode(data: bytes) -> str:
    if not data.strip():
        raise ImportFileError("the file is empty")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError("the file is not UTF-8 text (a Wallos JSON export or a CSV)") from None


def _bounded(rows: list[ImportedRow]) -> list[ImportedRow]:
    if len(rows) > MAX_ROWS:
        raise ImportFileError(f"the file has {len(rows)} subscriptions; at most {MAX_ROWS} at once")
    return rows


def _wallos(text: str) -> list[ImportedRow]:
    try:
        body = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(f"the file is not valid JSON (line {exc.lineno}: {exc.msg})") from None
    return [_wallos_row(i, row) for i, row in enumerate(wallos_rows(body), start=1)]


def _wallos_row(number: int, row: dict[str, Any]) -> ImportedRow:
    name = str(row.get("Name") or "").strip()
    if not name:
        raise ImportFileError(f"subscription {number} has no Name")
    try:
        amount, currency = parse_price(str(row.get("Price") or ""))
        renewal = parse_date(row.get("Next Payment"))
    except WallosFormatError as exc:
        raise ImportFileError(f"subscription {number} ({name}): {exc}") from None
    category = str(row.get("Category") or "").strip()
    active = str(row.get("Active", "Yes")) != "No" and str(row.get("State", "Enabled")) != "Disabled"
    return ImportedRow(
        name=name[:200],
        amount=amount,
        currency=currency,
        cycle=parse_cycle(str(row.get("Payment Cycle") or "")),
        next_renewal=renewal,
        category=None if category in ("", NO_CATEGORY) else category[:60],
        active=active,
        notes=str(row.get("Notes") or "").strip()[:2000] or None,
        payment_method=str(row.get("Payment Method") or "").strip()[:100] or None,
    )


def _csv(text: str) -> list[ImportedRow]:
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower().replace(" ", "_") for h in reader.fieldnames or []]
    missing = [f for f in ("name", "amount") if f not in header]
    if missing:
        raise ImportFileError(
            f"the CSV has no {', '.join(missing)} column (expected: {', '.join(CSV_FIELDS)})"
        )
    reader.fieldnames = header
    return [_csv_row(line, row) for line, row in enumerate(reader, start=2) if _has_values(row)]


def _has_values(row: dict[str, Any]) -> bool:
    return any(str(value or "").strip() for value in row.values())


def _csv_row(line: int, row: dict[str, Any]) -> ImportedRow:
    def cell(name: str) -> str:
        return str(row.get(name) or "").strip()

    if not cell("name"):
        raise ImportFileError(f"line {line}: no name")
    try:
        amount = parse_amount(cell("amount")) if cell("amount") else None
        renewal = parse_date(cell("next_renewal"))
    except WallosFormatError as exc:
        raise ImportFileError(f"line {line}: {exc}") from None
    cycle = cell("cycle").lower() or "unknown"
    if cycle not in CYCLE_DAYS:
        cycle = parse_cycle(cycle)
    currency = cell("currency").upper() or None
    if currency is not None and len(currency) != 3:
        raise ImportFileError(f"line {line}: currency {currency!r} is not an ISO code like EUR")
    status = cell("status").lower()
    return ImportedRow(
        name=cell("name")[:200],
        amount=amount,
        currency=currency,
        cycle=cycle,
        next_renewal=renewal,
        category=cell("category")[:60] or None,
        active=status in ("", "active"),
    )


async def plan_import(session: AsyncSession, user_id: UUID, rows: Sequence[ImportedRow]) -> list[PlannedRow]:
    """What importing ``rows`` would do to the person's subscriptions (nothing is written)."""
    existing = {
        s.key: s for s in await session.scalars(select(Subscription).where(Subscription.user_id == user_id))
    }
    seen: set[str] = set()
    planned = []
    for row in rows:
        if row.key in seen:
            planned.append(PlannedRow(row, "skip", "listed twice in the file"))
            continue
        seen.add(row.key)
        planned.append(_plan_row(row, existing.get(row.key)))
    return planned


def _plan_row(row: ImportedRow, current: Subscription | None) -> PlannedRow:
    if current is None:
        return PlannedRow(row, "add", "new")
    fills = _missing_fields(row, current)
    if fills:
        return PlannedRow(row, "merge", _merge_reason(fills), fills)
    return PlannedRow(row, "skip", "already in your list")


def _merge_reason(fills: Sequence[str]) -> str:
    fields = [f for f in fills if f != "confirmation"]
    parts = [
        "confirms it" if "confirmation" in fills else "",
        f"fills in {', '.join(fields)}" if fields else "",
    ]
    return "; ".join(part for part in parts if part)


def _missing_fields(row: ImportedRow, current: Subscription) -> tuple[str, ...]:
    """The fields the subscription lacks and the row knows; detected values are never overwritten."""
    fills = ["confirmation"] if current.possible else []
    if current.amount is None and row.amount is not None:
        fills.append("amount")
    if current.cycle == "unknown" and row.cycle != "unknown":
        fills.append("cycle")
    if current.next_renewal is None and row.next_renewal is not None:
        fills.append("next renewal")
    if current.category is None and row.category is not None:
        fills.append("category")
    return tuple(fills)


async def apply_import(session: AsyncSession, user_id: UUID, planned: Sequence[PlannedRow]) -> dict[str, int]:
    """Write the plan: add the new services, fill in the merged ones. The caller commits."""
    existing = {
        s.key: s for s in await session.scalars(select(Subscription).where(Subscription.user_id == user_id))
    }
    counts = {"added": 0, "merged": 0, "skipped": 0}
    for item in planned:
        if item.action == "add" and item.row.key not in existing:
            existing[item.row.key] = _new_subscription(user_id, item.row)
            session.add(existing[item.row.key])
            counts["added"] += 1
        elif item.action == "merge" and item.row.key in existing:
            await _fill(session, existing[item.row.key], item.row, item.fills)
            counts["merged"] += 1
        else:
            counts["skipped"] += 1
    await session.flush()
    return counts


def _new_subscription(user_id: UUID, row: ImportedRow) -> Subscription:
    return Subscription(
        user_id=user_id,
        key=row.key,
        name=row.name,
        amount=row.amount,
        currency=row.currency,
        cycle=row.cycle,
        next_renewal=row.next_renewal,
        status="active" if row.active else "cancelled",
        user_status=None if row.active else "cancelled",
        kind="subscription",
        sources=[IMPORT_SOURCE],
        confidence=1.0,
        price_history=[],
        category=row.category,
        notes=row.notes,
        payment_method=row.payment_method,
    )


async def _fill(session: AsyncSession, sub: Subscription, row: ImportedRow, fills: Sequence[str]) -> None:
    if "confirmation" in fills:
        # The person's own file lists it: as good as clicking Confirm on a possible subscription.
        await SubscriptionService(session=session).confirm(sub.user_id, sub.id)
    if "amount" in fills:
        sub.amount, sub.currency = row.amount, row.currency or sub.currency
    if "cycle" in fills:
        sub.cycle = row.cycle
    if "next renewal" in fills:
        sub.next_renewal = row.next_renewal
    if "category" in fills:
        sub.category = row.category
    sub.sources = sorted(set(sub.sources or []) | {IMPORT_SOURCE})


def plan_json(planned: Sequence[PlannedRow]) -> dict[str, Any]:
    """The preview as the page and the API show it: each row under its action, with the reason."""
    groups: dict[str, list[dict[str, Any]]] = {"add": [], "merge": [], "skip": []}
    for item in planned:
        groups[item.action].append(item.row.as_json() | {"reason": item.reason})
    return {"toAdd": groups["add"], "toMerge": groups["merge"], "toSkip": groups["skip"]}
