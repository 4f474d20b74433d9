"""Starting a person's scans and statement imports: what the dashboard and the API share."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

from litestar.datastructures import UploadFile
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import Settings
from app.detection.bank.errors import StatementError
from app.detection.bank.statements import ColumnMapping, CsvInspection, inspect_csv, sniff_format
from app.detection.bank_sync import NoBankAccountError, upload_path
from app.detection.uploads import forget_upload, in_user_terms, save_statement
from app.jobs.service import Enqueued, JobService
from app.lib.errors import NotFoundError
from app.scans.jobs import EMAIL_SCAN, TRANSACTION_SYNC
from app.scans.payloads import EmailScanData, TransactionSyncData
from app.scans.tasks import email_scan, transaction_sync
from app.sources.models import BankAccount

EMAIL_SCAN_MESSAGE = "Email scan started"
BANK_SYNC_MESSAGE = "Bank transaction sync started"
STATEMENT_MESSAGE = "Statement import started"


class NothingToScanError(Exception):
    """The person has nothing of this kind to scan yet; the message says what to do."""


@dataclass(frozen=True)
class StatementReceived:
    upload_id: str
    enqueued: Enqueued | None = None
    inspection: CsvInspection | None = None
    """Set when the CSV layout is unclear: the person confirms the mapping before the import starts."""


async def start_email_scan(jobs: JobService, user_id: UUID, data: EmailScanData | None = None) -> Enqueued:
    return await jobs.enqueue_for_user(EMAIL_SCAN, email_scan, str(user_id), data)


async def start_bank_sync(
    jobs: JobService, session: AsyncSession, user_id: UUID, data: TransactionSyncData | None = None
) -> Enqueued:
    account = data.connected_account_id if data is not None else None
    statement = select(BankAccount.id).where(BankAccount.user_id == user_id)
    if account is not None:
        statement = statement.where(BankAccount.id == account)
    if await session.scalar(statement.limit(1)) is None:
        raise NothingToScanError(
            "no such connected account"
            if account is not None
            else "no bank account yet: import a statement (OFX, QFX or CSV) first"
        )
    return await jobs.enqueue_for_user(TRANSACTION_SYNC, transaction_sync, str(user_id), data)


async def start_statement_import(
    jobs: JobService, user_id: UUID, upload_id: str, mapping: ColumnMapping | None
) -> Enqueued:
    data = TransactionSyncData(
        upload_id=upload_id, mapping=mapping.to_json() if mapping is not None else None
    )
    enqueued = await jobs.enqueue_for_user(TRANSACTION_SYNC, transaction_sync, str(user_id), data)
    if not enqueued.created:
        raise StatementError(
            "a bank sync is already running: import the statement again when it has finished"
        )
    return enqueued


async def receive_statement(
    settings: Settings,
    jobs: JobService,
    user_id: UUID,
    upload: UploadFile,
    home_currency: str | None = None,
) -> StatementReceived:
    """Store the file, check it is a statement, and import it, unless its CSV layout needs confirming
    (a CSV that names no currency always does: ``home_currency`` is then proposed, not assumed)."""
    upload_id = await save_statement(settings, user_id, upload)
    path = upload_path(settings, user_id, upload_id)
    try:
        if sniff_format(path) == "csv":
            inspection = inspect_csv(path, proposed_currency=home_currency)
            if not inspection.confident:
                return StatementReceived(upload_id, inspection=inspection)
        return StatementReceived(
            upload_id, enqueued=await start_statement_import(jobs, user_id, upload_id, None)
        )
    except StatementError as exc:
        forget_upload(path)
        # The person knows the file by the name they gave it, not by its stored name.
        raise StatementError(in_user_terms(str(exc), path, upload.filename or "the file")) from None


class UnknownUploadError(NotFoundError):
    """No such uploaded statement of this person's (a made-up id, a path, another person's, or imported)."""

    def __str__(self) -> str:
        return "that upload does not exist (or has been imported already)"


def existing_upload(settings: Settings, user_id: UUID, upload_id: str) -> Path:
    """The person's uploaded statement; any other name (a made-up id, a path) is just not there."""
    try:
        path = upload_path(settings, user_id, upload_id)
    except NoBankAccountError:
        raise UnknownUploadError(upload_id) from None
    if not path.exists():
        raise UnknownUploadError(upload_id)
    return path


def discard_upload(settings: Settings, user_id: UUID, upload_id: str) -> None:
    """Delete a statement the person chose not to import (``UnknownUploadError`` if there is none)."""
    forget_upload(existing_upload(settings, user_id, upload_id))


def checked_mapping(
    settings: Settings, user_id: UUID, upload_id: str, data: Mapping[str, Any]
) -> ColumnMapping:
    existing_upload(settings, user_id, upload_id)
    return ColumnMapping.from_json(dict(data))


FORM_INDEX_FIELDS = ("date_column", "amount_column", "debit_column", "credit_column")


def mapping_from_form(
    settings: Settings, user_id: UUID, upload_id: str, form: Mapping[str, Any]
) -> ColumnMapping:
    """The proposed mapping with the person's choices from the confirmation form applied."""
    data = inspect_csv(existing_upload(settings, user_id, upload_id)).mapping.to_json()
    for name in FORM_INDEX_FIELDS:
        if name in form:
            data[name] = _column(form, name) if str(form[name]).strip() not in ("", "none") else None
    if form.get("description_column", "") != "":
        data["description_columns"] = [_column(form, "description_column")]
    for flag in ("negate", "decimal_comma"):
        data[flag] = flag in form
    for name in ("date_order", "currency"):
        if form.get(name):
            data[name] = str(form[name])
    return ColumnMapping.from_json(data)


def _column(form: Mapping[str, Any], name: str) -> int:
    try:
        return int(form[name])
    except ValueError:
        raise StatementError(f"{name.replace('_', ' ')} must be a column number") from None
