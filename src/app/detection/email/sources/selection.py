"""Choosing the messages of a scan window while listing, in memory bounded by ``max_emails``."""

from __future__ import annotations

import heapq
import itertools
from datetime import UTC, date, datetime, time
from email.utils import parsedate_to_datetime
from typing import Generic, TypeVar

from app.detection.email.sources.base import ScanWindow

T = TypeVar("T")


class Selection(Generic[T]):
    """Keeps the newest ``max_emails`` items received on or after ``since``.

    Items without a date are kept as if they were the oldest in the window.
    """

    def __init__(self, window: ScanWindow) -> None:
        self.limit = window.max_emails
        self.since = (
            datetime.combine(window.since, time.min, UTC).timestamp() if window.since is not None else None
        )
        self._heap: list[tuple[float, int, T]] = []
        self._all: list[T] = []
        self._counter = itertools.count()
        self.newest: float | None = None
        """The time of the newest dated item in the window."""

    def offer(self, timestamp: float | None, item: T) -> None:
        if timestamp is not None and self.since is not None and timestamp < self.since:
            return
        if timestamp is not None and (self.newest is None or timestamp > self.newest):
            self.newest = timestamp
        if self.limit is None:
            self._all.append(item)
            return
        entry = (timestamp if timestamp is not None else float("-inf"), next(self._counter), item)
        if len(self._heap) < self.limit:
            heapq.heappush(self._heap, entry)
        elif entry > self._heap[0]:
            heapq.heapreplace(self._heap, entry)

    def chosen(self) -> list[T]:
        """The kept items (newest first when limited; in arrival order otherwise)."""
        if self.limit is None:
            return self._all
        return [item for _, _, item in sorted(self._heap, reverse=True)]


def day_of(timestamp: float | None) -> date | None:
    return datetime.fromtimestamp(timestamp, UTC).date() if timestamp is not None else None


def header_timestamp(line: bytes | None) -> float | None:
    """The time of a ``Date:`` header line (or bare value), if it can be read."""
    if not line:
        return None
    value = line.split(b":", 1)[1] if line[:5].lower() == b"date:" else line
    try:
        parsed = parsedate_to_datetime(value.decode("ascii", "replace").strip())
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()
