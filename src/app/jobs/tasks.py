"""The job bodies: keyword arguments in (the original's camelCase job data), a small summary out.

Each is thin: it opens a database session and calls the domain service that
does the work. Job data never holds a token or a password.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any
from uuid import UUID

from saq.job import Job

from app.detection.bank.errors import StatementError
from app.detection.banking import BankConnectionError, BankSyncRequest, NoBankAccountError, sync_user_bank
from app.detection.email.scan import ScanOptions
from app.detection.email.sources.base import MailSourceError
from app.detection.mail import NoMailSourceError, scan_user_mail
from app.detection.plaid_accounts import PlaidUnavailableError
from app.jobs.events import publish_job_event
from app.subscriptions.reminders import DEFAULT_DAYS_AHEAD, check_renewals
from app.subscriptions.services import SubscriptionService

PERMANENT_ERRORS: tuple[type[Exception], ...] = (
    NoMailSourceError,
    NoBankAccountError,
    StatementError,
    MailSourceError,
    BankConnectionError,
    PlaidUnavailableError,
)
"""Failures that another attempt cannot fix (a broken file, nothing connected): no retry."""


@contextmanager
def failing_at_once_on_bad_input(job: Job) -> Iterator[None]:
    try:
        yield
    except PERMANENT_ERRORS:
        job.retries = job.attempts
        raise


def progress_reporter(ctx: Any) -> Callable[[float], Awaitable[None]]:
    """Store the job's progress (0..1) in SAQ and tell the owner's browsers."""
    job = ctx["job"]

    async def report(fraction: float) -> None:
        await job.update(progress=round(fraction, 4))
        await publish_job_event(ctx["redis"], ctx["settings"], job, "job-progress")

    return report


def _scan_options(data: dict[str, Any]) -> ScanOptions:
    defaults = ScanOptions()
    return ScanOptions(
        max_emails=int(data.get("maxEmails") or defaults.max_emails),
        days_back=int(data.get("daysBack") or defaults.days_back),
        deep_scan=bool(data.get("deepScan", defaults.deep_scan)),
    )


async def email_scan(ctx: Any, **data: Any) -> dict[str, Any]:
    """Scan one person's mailboxes and store what recurs."""
    user_id = UUID(str(data["userId"]))

    with failing_at_once_on_bad_input(ctx["job"]):
        return await _email_scan(ctx, user_id, data)


async def _email_scan(ctx: Any, user_id: UUID, data: dict[str, Any]) -> dict[str, Any]:
    settings, on_progress = ctx["settings"], progress_reporter(ctx)
    async with ctx["db"].get_session() as session:
        today = datetime.now(settings.tz).date()
        outcome = await scan_user_mail(session, settings, user_id, _scan_options(data), on_progress, today)
        ids = await SubscriptionService(session=session).apply_detections(user_id, outcome.subscriptions)
        await session.commit()
    return {"processed": outcome.processed, "detected": len(ids), "detectedIds": [str(i) for i in ids]}


def _bank_request(data: dict[str, Any]) -> BankSyncRequest:
    account = data.get("connectedAccountId")
    return BankSyncRequest(
        days_back=int(data.get("daysBack") or BankSyncRequest.days_back),
        account_id=UUID(str(account)) if account else None,
        upload=data.get("uploadId"),
        mapping=data.get("mapping"),
    )


async def transaction_sync(ctx: Any, **data: Any) -> dict[str, Any]:
    """Bring in one person's transactions (a statement or their connected accounts) and find what recurs."""
    user_id = UUID(str(data["userId"]))

    with failing_at_once_on_bad_input(ctx["job"]):
        return await _transaction_sync(ctx, user_id, data)


async def _transaction_sync(ctx: Any, user_id: UUID, data: dict[str, Any]) -> dict[str, Any]:
    settings, on_progress = ctx["settings"], progress_reporter(ctx)
    async with ctx["db"].get_session() as session:
        today = datetime.now(settings.tz).date()
        outcome = await sync_user_bank(session, settings, user_id, _bank_request(data), on_progress, today)
        ids = await SubscriptionService(session=session).apply_detections(user_id, outcome.subscriptions)
        await session.commit()
    return {
        "transactionsSynced": outcome.synced,
        "patternsDetected": len(ids),
        "detectedIds": [str(i) for i in ids],
    }


async def renewal_check(ctx: Any, **data: Any) -> dict[str, Any]:
    """Remind of renewals within ``daysAhead`` (default 30) days, for one person or everyone."""
    settings = ctx["settings"]
    user_id = UUID(str(data["userId"])) if data.get("userId") else None
    days_ahead = int(data.get("daysAhead") or DEFAULT_DAYS_AHEAD)
    async with ctx["db"].get_session() as session:
        today = datetime.now(settings.tz).date()
        outcome = await check_renewals(session, today, days_ahead, user_id)
    return outcome.as_json()
