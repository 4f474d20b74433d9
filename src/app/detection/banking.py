"""Importing and syncing one person's bank transactions: the work behind the ``transaction-sync`` job."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import islice
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import Settings
from app.detection.bank.recurring import detect_recurring
from app.detection.bank.statements import ColumnMapping, iter_statement, sniff_format
from app.detection.bank.transactions import Transaction
from app.detection.models import BankAccount, BankTransaction
from app.detection.types import DetectedSubscription

ProgressCallback = Callable[[float], Awaitable[None]]
BATCH = 500
STATEMENT_ACCOUNT_KIND = "statement"
UPLOAD_NAME = re.compile(r"^[0-9a-f]{32}\.(ofx|qfx|csv|txt)$")
"""What ``save_statement`` names files: anything else is refused, so no path escapes the folder."""

# Share of the progress bar each phase fills: reading and storing, then detection.
IMPORT_SHARE = 0.85


class NoBankAccountError(Exception):
    """Nothing to sync: no account connected and no statement given."""


@dataclass(frozen=True)
class BankSyncRequest:
    days_back: int = 365
    account_id: UUID | None = None
    upload: str | None = None
    """A statement the person uploaded (a file name in their uploads folder)."""
    mapping: dict[str, Any] | None = None
    """The CSV column mapping the person confirmed, when detection was unsure."""


@dataclass
class BankSyncOutcome:
    synced: int = 0
    subscriptions: list[DetectedSubscription] = field(default_factory=list)


def upload_path(settings: Settings, user_id: UUID, name: str) -> Path:
    if not UPLOAD_NAME.match(name):
        raise NoBankAccountError(f"unknown upload {name!r}")
    return settings.uploads_dir / str(user_id) / name


def estimate_transactions(path: Path) -> int:
    """A cheap count for the progress bar: OFX transaction tags, or CSV lines."""
    marker = b"<STMTTRN>" if sniff_format(path) == "ofx" else None
    count = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            count += chunk.upper().count(marker) if marker else chunk.count(b"\n") or chunk.count(b"\r")
    return max(count, 1)


async def statement_account(session: AsyncSession, user_id: UUID) -> BankAccount:
    """The account that uploaded statements feed; created at the first import."""
    account = await session.scalar(
        select(BankAccount).where(BankAccount.user_id == user_id, BankAccount.kind == STATEMENT_ACCOUNT_KIND)
    )
    if account is None:
        account = BankAccount(user_id=user_id, kind=STATEMENT_ACCOUNT_KIND, name="Imported statements")
        session.add(account)
        await session.flush()
    return account


async def _accounts(session: AsyncSession, user_id: UUID, account_id: UUID | None) -> list[BankAccount]:
    statement = select(BankAccount).where(BankAccount.user_id == user_id)
    if account_id is not None:
        statement = statement.where(BankAccount.id == account_id)
    accounts = list(await session.scalars(statement))
    if not accounts:
        raise NoBankAccountError(
            f"no connected account {account_id}"
            if account_id is not None
            else "no bank account is connected yet: import a statement (OFX, QFX or CSV) or connect your bank"
        )
    return accounts


def _batches(items: Iterable[Transaction], size: int) -> Iterator[list[Transaction]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


async def store_transactions(session: AsyncSession, account: BankAccount, batch: list[Transaction]) -> None:
    """Insert what is new; a transaction seen before (same account and id) is left as it is."""
    rows = [
        {
            "user_id": account.user_id,
            "account_id": account.id,
            "external_id": f"{txn.account_id}:{txn.id}"[:255],
            "posted_on": txn.posted_on,
            "amount": txn.amount,
            "currency": txn.currency,
            "description": txn.description[:500],
        }
        for txn in batch
    ]
    insert = pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert
    statement = (
        insert(BankTransaction)
        .values(rows)
        .on_conflict_do_nothing(index_elements=["account_id", "external_id"])
    )
    await session.execute(statement)


async def import_statement(
    session: AsyncSession,
    account: BankAccount,
    path: Path,
    mapping: ColumnMapping | None,
    on_progress: ProgressCallback,
) -> int:
    """Stream a statement file into the account; returns how many transactions it held."""
    total = estimate_transactions(path)
    seen = 0
    for batch in _batches(iter_statement(path, mapping=mapping, default_account=str(account.id)), BATCH):
        await store_transactions(session, account, batch)
        seen += len(batch)
        await on_progress(min(seen / total, 1.0))
    account.last_synced_at = datetime.now(UTC)
    return seen


async def detect_from_stored(
    session: AsyncSession, user_id: UUID, since: date, today: date
) -> list[DetectedSubscription]:
    rows = await session.execute(
        select(BankTransaction).where(BankTransaction.user_id == user_id, BankTransaction.posted_on >= since)
    )
    transactions = (
        Transaction(
            id=row.external_id,
            account_id=str(row.account_id),
            posted_on=row.posted_on,
            amount=row.amount,
            currency=row.currency,
            description=row.description,
        )
        for row in rows.scalars()
    )
    return detect_recurring(transactions, today=today)


async def sync_user_bank(
    session: AsyncSession,
    settings: Settings,
    user_id: UUID,
    request: BankSyncRequest,
    on_progress: ProgressCallback,
    today: date,
) -> BankSyncOutcome:
    """Bring the person's transactions in (an uploaded statement, or every connected account), then detect."""
    sources = await _sources(session, settings, user_id, request)
    outcome = BankSyncOutcome()
    for index, (account, path) in enumerate(sources):

        async def report(fraction: float, index: int = index) -> None:
            await on_progress(IMPORT_SHARE * (index + fraction) / len(sources))

        outcome.synced += await import_statement(session, account, path, _mapping(request), report)
    await session.flush()
    since = today - timedelta(days=request.days_back)
    outcome.subscriptions = await detect_from_stored(session, user_id, since, today)
    return outcome


def _mapping(request: BankSyncRequest) -> ColumnMapping | None:
    return ColumnMapping.from_json(request.mapping) if request.mapping else None


async def _sources(
    session: AsyncSession, settings: Settings, user_id: UUID, request: BankSyncRequest
) -> list[tuple[BankAccount, Path]]:
    if request.upload is not None:
        return [(await statement_account(session, user_id), upload_path(settings, user_id, request.upload))]
    accounts = await _accounts(session, user_id, request.account_id)
    # Uploaded statements are already stored: a sync re-reads only what can be fetched again.
    return [(account, settings.demo_statement) for account in accounts if account.kind == "demo"]
