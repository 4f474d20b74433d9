"""Scanning one person's mailboxes: the work behind the ``email-scan`` job."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import Settings
from app.detection.email.scan import ScanOptions, scan_mailbox
from app.detection.email.sources.mbox import MboxSource
from app.detection.models import MailSource
from app.detection.types import DetectedSubscription

ProgressCallback = Callable[[float], Awaitable[None]]


class NoMailSourceError(Exception):
    """The person has not connected or uploaded any mailbox yet."""


@dataclass
class MailScanOutcome:
    processed: int = 0
    subscriptions: list[DetectedSubscription] = field(default_factory=list)


def open_mail_source(source: MailSource, settings: Settings) -> MboxSource:
    """The reader for a stored source; tokens and passwords are read here, never from job data."""
    if source.kind == "demo":
        return MboxSource(settings.demo_mailbox)
    if source.kind == "mbox":
        return MboxSource(settings.uploads_dir / str(source.user_id) / Path(str(source.config["file"])).name)
    raise NoMailSourceError(f"mail source kind {source.kind!r} is not supported")


async def scan_user_mail(
    session: AsyncSession,
    settings: Settings,
    user_id: UUID,
    options: ScanOptions,
    on_progress: ProgressCallback,
    today: date,
) -> MailScanOutcome:
    """Read every mailbox the person has, reporting progress as a fraction of all of them."""
    sources = list(await session.scalars(select(MailSource).where(MailSource.user_id == user_id)))
    if not sources:
        raise NoMailSourceError("no mailbox is connected yet: connect Gmail, add IMAP or upload an mbox file")
    outcome = MailScanOutcome()
    for index, source in enumerate(sources):

        async def report(done: int, total: int, index: int = index) -> None:
            await on_progress((index + (done / total if total else 1.0)) / len(sources))

        result = await scan_mailbox(
            open_mail_source(source, settings), options, today=today, on_progress=report
        )
        outcome.processed += result.processed
        outcome.subscriptions.extend(result.subscriptions)
        source.last_synced_at = datetime.now(UTC)
    return outcome
