"""The job bodies: typed job data in (``payloads``, the BullMQ design's camelCase kwargs), a summary out.

Each is thin: it opens a database session and calls the domain service that
does the work. Job data never holds a token or a password.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any
from uuid import UUID

from saq.job import Job
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import Settings
from app.detection.bank.errors import StatementError
from app.detection.bank_sync import BankConnectionError, NoBankAccountError, sync_user_bank
from app.detection.email.sources.base import MailSourceError
from app.detection.mail_scan import NoMailSourceError, scan_user_mail
from app.detection.plaid_accounts import PlaidUnavailableError
from app.detection.types import DetectedSubscription, ProgressCallback, SourceFailure
from app.jobs.events import publish_job_event
from app.jobs.payload import job_owner
from app.scans.payloads import EmailScanData, TransactionSyncData
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
def failing_at_once_on_bad_input(
    job: Job, permanent: tuple[type[Exception], ...] = PERMANENT_ERRORS
) -> Iterator[None]:
    try:
        yield
    except permanent:
        job.retries = job.attempts
        raise


def progress_reporter(ctx: Any) -> Callable[[float], Awaitable[None]]:
    """Store the job's progress (0..1) in SAQ and tell the owner's browsers."""
    job = ctx["job"]

    async def report(fraction: float) -> None:
        await job.update(progress=round(fraction, 4))
        await publish_job_event(ctx["redis"], ctx["settings"], job, "job-progress")

    return report


Detector = Callable[
    [AsyncSession, Settings, UUID, ProgressCallback, date],
    Awaitable[tuple[int, list[DetectedSubscription]]],
]
"""Reads one person's data and finds what recurs: (items read, findings)."""


NEW_NAMES_SHOWN = 10


async def _detect_and_store(ctx: Any, detect: Detector) -> tuple[int, dict[str, Any]]:
    """The shared body of the scan jobs: detect, store the findings; answer the items read and what was
    found: ``patternsDetected``/``detectedIds`` (all of them, as in the BullMQ design's result),
    ``newSubscriptions`` (the names this scan listed for the first time) and ``newCount``."""
    user_id = job_owner(ctx["job"].kwargs)
    settings = ctx["settings"]
    with failing_at_once_on_bad_input(ctx["job"]):
        async with ctx["db"].get_session() as session:
            today = datetime.now(settings.tz).date()
            service = SubscriptionService(session=session)
            known = await service.known_ids(user_id)
            count, found = await detect(session, settings, user_id, progress_reporter(ctx), today)
            ids = await service.apply_detections(user_id, found)
            new = [i for i in ids if i not in known]
            names = await service.names_of(user_id, new[:NEW_NAMES_SHOWN])
            await session.commit()
    found_json = {
        "patternsDetected": len(ids),
        "detectedIds": [str(i) for i in ids],
        "newSubscriptions": names,
        "newCount": len(new),
    }
    return count, found_json


async def email_scan(ctx: Any, **kwargs: Any) -> dict[str, Any]:
    """Scan one person's mailboxes and store what recurs."""
    options = EmailScanData.from_kwargs(kwargs).options()

    failed: list[SourceFailure] = []

    async def detect(
        session: AsyncSession, settings: Settings, user_id: UUID, on_progress: ProgressCallback, today: date
    ) -> tuple[int, list[DetectedSubscription]]:
        outcome = await scan_user_mail(session, settings, user_id, options, on_progress, today)
        failed.extend(outcome.failed)
        return outcome.processed, outcome.subscriptions

    processed, found = await _detect_and_store(ctx, detect)
    result: dict[str, Any] = {"processed": processed, "detected": found.pop("patternsDetected"), **found}
    if failed:
        result["failedSources"] = [f.to_json() for f in failed]
    return result


async def transaction_sync(ctx: Any, **kwargs: Any) -> dict[str, Any]:
    """Bring in one person's transactions (a statement or their connected accounts) and find what recurs."""
    request = TransactionSyncData.from_kwargs(kwargs).request()
    failed: list[SourceFailure] = []
    statement: dict[str, Any] = {}

    async def detect(
        session: AsyncSession, settings: Settings, user_id: UUID, on_progress: ProgressCallback, today: date
    ) -> tuple[int, list[DetectedSubscription]]:
        outcome = await sync_user_bank(session, settings, user_id, request, on_progress, today)
        failed.extend(outcome.failed)
        statement.update(outcome.statement.to_json() if outcome.statement else {})
        return outcome.synced, outcome.subscriptions

    synced, found = await _detect_and_store(ctx, detect)
    result: dict[str, Any] = {"transactionsSynced": synced, **found, **statement}
    if failed:
        result["failedSources"] = [f.to_json() for f in failed]
    return result
