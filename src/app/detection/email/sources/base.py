"""The interface every mailbox source (mbox/Maildir/.eml upload, Gmail API, IMAP) offers the scan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class ScanWindow:
    """Which messages a scan looks at, the same for every source.

    ``since``: only mail received on or after this day (``None``: all).
    ``max_emails``: at most this many, the newest first (``None``: no limit).
    ``deep``: every message in the window; otherwise a source that can search on the
    server (Gmail, IMAP) asks only for mail that looks like billing. Local files are
    always read in full: there is nothing to save by asking less.
    """

    since: date | None = None
    max_emails: int | None = None
    deep: bool = True


@dataclass(frozen=True, slots=True)
class RawMessage:
    """One message as the server or file holds it."""

    ref: str
    """Where it came from (Gmail id, IMAP UID, file offset or path); stands in for a missing Message-ID."""
    data: bytes


class MailSourceError(Exception):
    """The mailbox cannot be read (unreadable file, unknown format, server refused)."""


class MailReader(Protocol):
    """Lists the messages of a window, then streams them.

    ``select`` is called once and returns how many messages ``messages`` will yield, so
    progress can be reported against a known total. ``checkpoint`` is what the caller
    stores to make the next scan incremental (Gmail ``historyId``, IMAP UIDVALIDITY/UID);
    ``None`` for sources that have no such notion.
    """

    async def select(self, window: ScanWindow) -> int: ...

    def messages(self) -> AsyncIterator[RawMessage]: ...

    def checkpoint(self) -> dict[str, Any] | None: ...

    def ends_on(self) -> date | None:
        """The day a mailbox file ends (its newest message, once selected); ``None`` for a live
        mailbox, whose mail runs up to now."""
        ...

    async def aclose(self) -> None: ...
