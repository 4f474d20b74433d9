"""Scanning one person's mailboxes: the work behind the ``email-scan`` job.

Each mailbox is read on its own: one that cannot be read (a server that does not
answer, a revoked token, a damaged file) is reported by name with the reason, and
the others are scanned all the same. Only when none can be read does the scan fail.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.google import GmailNotConnectedError, fresh_access_token
from app.accounts.models import OAuthCredential
from app.config import Settings
from app.detection.email.aggregate import merge_subscriptions
from app.detection.email.scan import ScanOptions, scan_mailbox
from app.detection.email.sources.base import MailReader, MailSourceError
from app.detection.email.sources.gmail import GmailSource, TokenProvider
from app.detection.email.sources.imap import ImapAccount, ImapSource
from app.detection.email.sources.local import open_local_source
from app.detection.types import DetectedSubscription, ProgressCallback, SourceFailure, from_state, to_state
from app.detection.uploads import in_user_terms
from app.sources.models import MailSource

logger = logging.getLogger("subscout.mail")

INCREMENTAL_KINDS = frozenset({"gmail", "imap"})
SOURCE_ERRORS = (MailSourceError, GmailNotConnectedError, httpx.HTTPError, OSError)
"""What one mailbox failing looks like: its server, its token or its file; the scan goes on without it."""


class NoMailSourceError(Exception):
    """The person has not connected or uploaded any mailbox yet."""


@dataclass
class MailScanOutcome:
    processed: int = 0
    subscriptions: list[DetectedSubscription] = field(default_factory=list)
    failed: list[SourceFailure] = field(default_factory=list)


def gmail_token_provider(session: AsyncSession, settings: Settings, user_id: UUID) -> TokenProvider:
    """Tokens come from the database (encrypted at rest), refreshed when stale; never from job data."""

    async def provide(force_refresh: bool) -> str:
        if force_refresh:
            credential = await session.scalar(
                select(OAuthCredential).where(
                    OAuthCredential.user_id == user_id, OAuthCredential.provider == "google"
                )
            )
            if credential is not None:
                credential.expires_at = datetime.now(UTC)
        return await fresh_access_token(session, user_id, settings)

    return provide


def local_file(source: MailSource, settings: Settings) -> Path | None:
    """Where a demo or uploaded mailbox lies on the server (never shown to its owner)."""
    if source.kind == "demo":
        return settings.demo_mailbox
    if source.kind == "mbox":
        return settings.user_uploads(source.user_id) / Path(str(source.config["file"])).name
    return None


def open_mail_source(
    source: MailSource, settings: Settings, session: AsyncSession, options: ScanOptions
) -> MailReader:
    """The reader for a stored source; passwords and tokens are decrypted here, never passed in job data."""
    checkpoint: dict[str, Any] = {} if options.deep_scan else source.sync_state.get("checkpoint") or {}
    path = local_file(source, settings)
    if path is not None:
        return open_local_source(path)
    if source.kind == "gmail":
        token_provider = gmail_token_provider(session, settings, source.user_id)
        return GmailSource(token_provider, history_id=checkpoint.get("history_id"))
    if source.kind == "imap":
        return ImapSource(
            _imap_account(source),
            uidvalidity=checkpoint.get("uidvalidity"),
            last_uid=checkpoint.get("last_uid"),
        )
    raise NoMailSourceError(f"mail source kind {source.kind!r} is not supported")


def _imap_account(source: MailSource) -> ImapAccount:
    config = source.config
    return ImapAccount(
        host=str(config["host"]),
        username=str(config["username"]),
        password=source.secret or "",
        port=int(config.get("port", 993)),
        security=str(config.get("security", "ssl")),
        mailbox=str(config.get("mailbox", "INBOX")),
    )


async def _scan_source(
    source: MailSource,
    settings: Settings,
    session: AsyncSession,
    options: ScanOptions,
    report: Callable[[int, int], Awaitable[None]],
    today: date,
) -> tuple[int, list[DetectedSubscription]]:
    """One mailbox; an incremental one reads only new mail and merges it with what it found before."""
    reader = open_mail_source(source, settings, session, options)
    try:
        result = await scan_mailbox(reader, options, today=today, on_progress=report)
        checkpoint = reader.checkpoint()
    finally:
        await reader.aclose()
    found = result.subscriptions
    if source.kind in INCREMENTAL_KINDS:
        previous = [from_state(s) for s in source.sync_state.get("subscriptions", [])]
        if previous and not options.deep_scan:
            found = merge_subscriptions(previous, found, today)
        source.sync_state = {"checkpoint": checkpoint, "subscriptions": [to_state(s) for s in found]}
    source.last_synced_at = datetime.now(UTC)
    return result.processed, found


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

        try:
            processed, found = await _scan_source(source, settings, session, options, report, today)
        except SOURCE_ERRORS as exc:
            failure = SourceFailure(source.label, failure_words(source, settings, exc))
            logger.info("mail source %s not read: %s", source.id, failure.reason)
            outcome.failed.append(failure)
            continue
        outcome.processed += processed
        outcome.subscriptions.extend(found)
    if len(outcome.failed) == len(sources):
        reasons = "; ".join(f"{f.source}: {f.reason}" for f in outcome.failed)
        raise MailSourceError(f"no mailbox could be read ({reasons})")
    return outcome


def failure_words(source: MailSource, settings: Settings, exc: BaseException) -> str:
    """Why a mailbox could not be read, naming files as their owner did (never a server path)."""
    if isinstance(exc, httpx.HTTPError):
        return f"could not reach Gmail ({type(exc).__name__})"
    reason = str(exc) or type(exc).__name__
    if isinstance(exc, OSError) and exc.strerror:
        reason = exc.strerror
    path = local_file(source, settings)
    if path is None:
        return reason
    return in_user_terms(reason, path, source.label).removeprefix(f"{source.label}: ")
