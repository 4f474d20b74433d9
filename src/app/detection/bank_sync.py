"""Importing and syncing one person's bank transactions: the work behind the ``transaction-sync`` job."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar
from uuid import UUID

from sqlalchemy import ColumnElement, delete, func, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import Settings
from app.currency.preference import home_currency
from app.detection.bank.errors import StatementError
from app.detection.bank.providers.base import BankProvider, ProviderError, SyncResult
from app.detection.bank.recurring import detect_recurring
from app.detection.bank.statements import RECORD_MARKERS, ColumnMapping, iter_statement, sniff_format
from app.detection.bank.transactions import Transaction
from app.detection.plaid_accounts import PLAID, PlaidUnavailableError, plaid_provider
from app.detection.types import DetectedSubscription, ProgressCallback, SourceFailure
from app.detection.uploads import STATEMENT_SUFFIXES, in_user_terms, shown_name
from app.sources.models import BankAccount, BankTransaction

BATCH = 500
STATEMENT_ACCOUNT_KIND = "statement"
UPLOAD_NAME = re.compile(r"^[0-9a-f]{32}(" + "|".join(map(re.escape, sorted(STATEMENT_SUFFIXES))) + ")$")
"""What ``save_statement`` names files: anything else is refused, so no path escapes the folder."""

# Share of the progress bar each phase fills: reading and storing, then detection.
IMPORT_SHARE = 0.85
FETCH_SHARE = 0.3
"""Share of one provider account's part of the bar filled once the provider has answered."""
KEY = ["account_id", "external_id"]
UPDATABLE = ("posted_on", "amount", "currency", "description", "mandate")
T = TypeVar("T")


class NoBankAccountError(Exception):
    """Nothing to sync: no account connected and no statement given."""


class BankConnectionError(Exception):
    """The provider refused for good (expired login, revoked consent…); the message says what to do."""


@dataclass(frozen=True)
class BankSyncRequest:
    days_back: int = 365
    account_id: UUID | None = None
    upload: str | None = None
    """A statement the person uploaded (a file name in their uploads folder)."""
    mapping: dict[str, Any] | None = None
    """The CSV column mapping the person confirmed, when detection was unsure."""


SKIP_REASONS_KEPT = 3


@dataclass
class StatementReport:
    """What one statement file brought: read, new to the account, skipped records and why."""

    file_name: str
    read: int = 0
    added: int = 0
    skipped: int = 0
    skip_reasons: list[str] = field(default_factory=list)
    """The first few unreadable records' reasons, in the person's terms."""
    notes: list[str] = field(default_factory=list)
    """Guesses the reader had to make (a currency the file does not name)."""

    def skip(self, reason: str) -> None:
        self.skipped += 1
        if len(self.skip_reasons) < SKIP_REASONS_KEPT:
            self.skip_reasons.append(reason)

    def to_json(self) -> dict[str, Any]:
        return {
            "fileName": self.file_name,
            "transactionsRead": self.read,
            "transactionsAdded": self.added,
            "alreadyImported": self.read - self.added,
            "recordsSkipped": self.skipped,
            "skipReasons": self.skip_reasons,
            "notes": self.notes,
        }


@dataclass
class BankSyncOutcome:
    synced: int = 0
    subscriptions: list[DetectedSubscription] = field(default_factory=list)
    failed: list[SourceFailure] = field(default_factory=list)
    """Accounts that could not be read this time (the others were)."""
    statement: StatementReport | None = None
    """Set when the sync read an uploaded statement."""


def upload_path(settings: Settings, user_id: UUID, name: str) -> Path:
    if not UPLOAD_NAME.match(name):
        raise NoBankAccountError(f"unknown upload {name!r}")
    return settings.user_uploads(user_id) / name


def estimate_transactions(path: Path) -> int:
    """A cheap count for the progress bar: the format's record tags, or CSV lines."""
    marker = RECORD_MARKERS.get(sniff_format(path))
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


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _rows(account: BankAccount, batch: list[Transaction]) -> list[dict[str, Any]]:
    return [
        {
            "user_id": account.user_id,
            "account_id": account.id,
            "external_id": f"{txn.account_id}:{txn.id}"[:255],
            "posted_on": txn.posted_on,
            "amount": txn.amount,
            "currency": txn.currency,
            "description": txn.description[:500],
            "mandate": txn.mandate,
        }
        for txn in batch
    ]


def _insert(session: AsyncSession, account: BankAccount, batch: list[Transaction]) -> Any:
    insert = pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert
    return insert(BankTransaction).values(_rows(account, batch))


async def store_transactions(session: AsyncSession, account: BankAccount, batch: list[Transaction]) -> int:
    """Insert what is new; a transaction seen before (same account and id) is left as it is.

    Returns how many were new."""
    result = await session.execute(
        _insert(session, account, batch).on_conflict_do_nothing(index_elements=KEY)
    )
    return int(getattr(result, "rowcount", 0) or 0)


async def upsert_transactions(session: AsyncSession, account: BankAccount, batch: list[Transaction]) -> None:
    """Insert what is new and overwrite what the provider changed (same account and id)."""
    insert = _insert(session, account, batch)
    values = {name: insert.excluded[name] for name in UPDATABLE} | {"updated_at": datetime.now(UTC)}
    await session.execute(insert.on_conflict_do_update(index_elements=KEY, set_=values))


async def delete_transactions(session: AsyncSession, account: BankAccount, ids: list[str]) -> None:
    """Drop the transactions the provider withdrew (ids as the provider names them)."""
    for batch in _batches(ids, BATCH):
        await session.execute(
            delete(BankTransaction).where(BankTransaction.account_id == account.id, _named(account, batch))
        )


def _named(account: BankAccount, ids: list[str]) -> ColumnElement[bool]:
    """Stored ids are ``<provider account id>:<transaction id>``; without the first, match the end."""
    if account.external_id:
        return BankTransaction.external_id.in_([f"{account.external_id}:{i}"[:255] for i in ids])
    return or_(*(BankTransaction.external_id.endswith(f":{i}", autoescape=True) for i in ids))


async def sync_provider_account(
    session: AsyncSession,
    provider: BankProvider,
    account: BankAccount,
    days_back: int,
    on_progress: ProgressCallback,
) -> int:
    """Apply what changed since the account's cursor; the new cursor is kept only once all is stored."""
    result = await _fetch(provider, account, days_back)
    await on_progress(FETCH_SHARE)
    await delete_transactions(session, account, result.removed)
    changed = list({(t.account_id, t.id): t for t in [*result.added, *result.modified]}.values())
    for done, batch in enumerate(_batches(changed, BATCH), start=1):
        await upsert_transactions(session, account, batch)
        await on_progress(FETCH_SHARE + (1 - FETCH_SHARE) * min(done * BATCH / len(changed), 1.0))
    await session.flush()
    account.cursor = result.next_cursor
    account.last_synced_at = datetime.now(UTC)
    return len(changed)


async def _fetch(provider: BankProvider, account: BankAccount, days_back: int) -> SyncResult:
    """What changed; a refusal another attempt cannot fix becomes a ``BankConnectionError``."""
    if not account.access_token:
        raise BankConnectionError(f"{account.name} has no stored bank access: reconnect it in Settings")
    try:
        return await provider.sync(
            account.access_token,
            cursor=account.cursor,
            days_back=days_back,
            account_ids=[account.external_id] if account.external_id else None,
        )
    except ProviderError as exc:
        if exc.needs_reauth:
            raise BankConnectionError(
                f"{account.name} needs reconnecting: remove it in Settings, then connect your bank "
                f"again ({exc})"
            ) from None
        if not exc.retryable:
            raise BankConnectionError(f"{account.name} could not be synced: {exc}") from None
        raise


async def import_statement(
    session: AsyncSession,
    account: BankAccount,
    path: Path,
    mapping: ColumnMapping | None,
    on_progress: ProgressCallback,
) -> StatementReport:
    """Stream a statement file into the account; the report says what it held and what was new.

    Messages (skipped records, notes, a ``StatementError``) name the file as its owner did (kept
    beside the upload), never by the stored name.

    Each batch is committed on its own: a long import never holds SQLite's write lock for more
    than one batch, so requests that write meanwhile wait milliseconds, not the whole import.
    A re-run after a crash skips what was stored already (same account and id), so nothing doubles.
    """
    shown = shown_name(path)
    report = StatementReport(shown)
    total = await asyncio.to_thread(estimate_transactions, path)
    currency = await account_currency(session, account) or await home_currency(session, account.user_id)
    transactions = iter_statement(
        path,
        mapping=mapping,
        default_account=str(account.id),
        default_currency=currency,
        on_skip=lambda reason: report.skip(in_user_terms(reason, path, shown)),
        on_note=lambda note: report.notes.append(in_user_terms(note, path, shown)),
    )
    try:
        for batch in _batches(transactions, BATCH):
            report.added += await store_transactions(session, account, batch)
            await session.commit()
            report.read += len(batch)
            await on_progress(min(report.read / total, 1.0))
    except StatementError as exc:
        raise StatementError(in_user_terms(str(exc), path, shown)) from None
    account.last_synced_at = datetime.now(UTC)
    return report


async def account_currency(session: AsyncSession, account: BankAccount) -> str | None:
    """The currency most of the account's stored transactions are in: for a file that names none."""
    currency: str | None = await session.scalar(
        select(BankTransaction.currency)
        .where(BankTransaction.account_id == account.id)
        .group_by(BankTransaction.currency)
        .order_by(func.count().desc())
        .limit(1)
    )
    return currency


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
            mandate=row.mandate,
        )
        for row in rows.scalars()
    )
    # Detection is CPU work (about a second per 100,000 transactions): keep the loop free for heartbeats.
    return await asyncio.to_thread(detect_recurring, list(transactions), today=today)


ACCOUNT_ERRORS = (BankConnectionError, StatementError, PlaidUnavailableError)
"""One account failing for good (access revoked, a damaged statement, Plaid not configured): the
other accounts are synced all the same. A retryable provider error still retries the whole job."""


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

        try:
            pulled = await _pull(session, settings, request, (account, path), report)
        except ACCOUNT_ERRORS as exc:
            if len(sources) == 1:
                raise
            outcome.failed.append(SourceFailure(account.name, str(exc).removeprefix(f"{account.name} ")))
            continue
        if isinstance(pulled, StatementReport):
            outcome.statement = pulled if request.upload is not None else None
            pulled = pulled.read
        outcome.synced += pulled
    if outcome.failed and len(outcome.failed) == len(sources):
        reasons = "; ".join(f"{f.source}: {f.reason}" for f in outcome.failed)
        raise BankConnectionError(f"no bank account could be read ({reasons})")
    await session.flush()
    since = today - timedelta(days=request.days_back)
    outcome.subscriptions = await detect_from_stored(session, user_id, since, today)
    return outcome


async def _pull(
    session: AsyncSession,
    settings: Settings,
    request: BankSyncRequest,
    source: tuple[BankAccount, Path | None],
    on_progress: ProgressCallback,
) -> int | StatementReport:
    """One source: a statement file read again, or a provider account synced from its cursor."""
    account, path = source
    if path is not None:
        return await import_statement(session, account, path, _mapping(request), on_progress)
    return await sync_provider_account(
        session, plaid_provider(settings), account, request.days_back, on_progress
    )


def _mapping(request: BankSyncRequest) -> ColumnMapping | None:
    return ColumnMapping.from_json(request.mapping) if request.mapping else None


async def _sources(
    session: AsyncSession, settings: Settings, user_id: UUID, request: BankSyncRequest
) -> list[tuple[BankAccount, Path | None]]:
    """Accounts with where to read them: a statement file, or None for a provider account."""
    if request.upload is not None:
        return [(await statement_account(session, user_id), upload_path(settings, user_id, request.upload))]
    accounts = await _accounts(session, user_id, request.account_id)
    # Uploaded statements are already stored: a sync re-reads only what can be fetched again.
    files: dict[str, Path | None] = {"demo": settings.demo_statement, PLAID: None}
    return [(account, files[account.kind]) for account in accounts if account.kind in files]
