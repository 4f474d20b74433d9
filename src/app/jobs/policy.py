"""A queue's settings in one place: the BullMQ design's retries, limits and retention.

SAQ spreads these over every ``Job`` (timeout, heartbeat, retries, ttl) and
has no notion of a rate limit or of per-status retention; the queue applies
a ``QueuePolicy`` to every job it enqueues and finishes, so callers never
repeat them.
"""

from __future__ import annotations

from dataclasses import dataclass

DAY = 24 * 3600


@dataclass(frozen=True)
class QueuePolicy:
    timeout: int
    """Seconds a job may run before the worker cancels it (SAQ's default, 10 s, is too short)."""
    heartbeat: int = 0
    """Seconds without a heartbeat after which a running job counts as stuck (0: none)."""
    concurrency: int = 1
    """Jobs run at once per worker process."""
    retries: int = 3
    """Retries after the first attempt (SAQ's own ``retries`` counts all attempts)."""
    retry_base_delay: float = 5.0
    """Wait before the first retry; each later wait multiplies by ``retry_multiplier``."""
    retry_multiplier: float = 5.0
    rate_limit: int = 0
    """At most this many job starts per ``rate_window`` across all workers (0: unlimited)."""
    rate_window: float = 60.0
    completed_ttl: int = DAY
    """A completed job stays readable this long ..."""
    completed_keep: int = 100
    """... and only the newest this many per queue."""
    failed_ttl: int = 7 * DAY
    """A failed or aborted job stays readable this long."""

    @property
    def attempts(self) -> int:
        """SAQ's ``Job.retries``: all attempts, the first included."""
        return self.retries + 1

    def retry_delay(self, attempts_made: int) -> float:
        """Wait before the next attempt, after ``attempts_made`` failed ones: 5 s, 25 s, 125 s."""
        return self.retry_base_delay * self.retry_multiplier ** max(0, attempts_made - 1)
