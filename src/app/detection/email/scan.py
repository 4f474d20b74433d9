"""The mailbox scan the ``email-scan`` job runs: list, stream, parse, classify, aggregate."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from app.detection.email.aggregate import aggregate
from app.detection.email.extract import Finding, analyse_all
from app.detection.email.sources.base import MailReader, MailSourceError, RawMessage, ScanWindow
from app.detection.types import DetectedSubscription

BATCH = 25
"""Messages analysed between two yields to the event loop."""

MessageProgress = Callable[[int, int], Awaitable[None]]
"""Told after each message: (messages read, messages selected)."""


@dataclass(frozen=True)
class ScanOptions:
    """What the user asked for (the BullMQ design's ``maxEmails``, ``daysBack``, ``deepScan``)."""

    max_emails: int = 1000
    """Newest messages looked at, at most."""
    days_back: int = 365
    """Only mail received in this many days before the scan date."""
    deep_scan: bool = False
    """Look at every message in the window, not only those a server-side search finds billing-like."""

    def window(self, today: date) -> ScanWindow:
        return ScanWindow(
            since=today - timedelta(days=self.days_back),
            max_emails=self.max_emails,
            deep=self.deep_scan,
        )


@dataclass
class MailScanResult:
    processed: int
    subscriptions: list[DetectedSubscription]
    findings: int = 0
    """Messages that said something about a subscription."""
    checkpoint: dict[str, Any] | None = field(default=None)
    """What to store for the next incremental scan of this source (see ``MailReader.checkpoint``)."""


async def scan_mailbox(
    source: MailReader,
    options: ScanOptions,
    *,
    today: date,
    on_progress: MessageProgress,
) -> MailScanResult:
    """Scan one mailbox; ``on_progress(processed, total)`` follows the messages analysed."""
    return await scan_window(source, options.window(today), today=today, on_progress=on_progress)


async def scan_window(
    source: MailReader, window: ScanWindow, *, today: date, on_progress: MessageProgress
) -> MailScanResult:
    total = await source.select(window)
    await on_progress(0, total)
    step = max(BATCH, math.ceil(total / 100))
    findings: list[Finding] = []
    processed = reported = 0
    batch: list[RawMessage] = []
    async for raw in source.messages():
        batch.append(raw)
        if len(batch) >= BATCH:
            processed += await _analyse(batch, findings)
            batch = []
            if processed - reported >= step:
                reported = processed
                await on_progress(processed, max(total, processed))
    processed += await _analyse(batch, findings)
    await on_progress(processed, max(total, processed))
    subscriptions = aggregate(findings, today, seen_until=source.ends_on())
    return MailScanResult(processed, subscriptions, len(findings), source.checkpoint())


async def _analyse(batch: list[RawMessage], findings: list[Finding]) -> int:
    if not batch:
        return 0
    found = await asyncio.to_thread(analyse_batch, batch)
    findings.extend(found)
    return len(batch)


def analyse_batch(batch: list[RawMessage]) -> list[Finding]:
    """Findings of a batch of raw messages (messages that say nothing are dropped)."""
    try:
        return [f for raw in batch for f in analyse_all(raw.data, raw.ref)]
    except MemoryError:
        raise MailSourceError("a message in this mailbox needs more memory than a scan may use") from None
