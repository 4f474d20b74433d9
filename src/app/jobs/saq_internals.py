"""The one module that touches SAQ's private members (``saq`` is pinned to one version).

``SubscoutQueue`` and ``SubscoutWorker`` subclass ``InternalsQueue`` and ``InternalsWorker`` and
reach SAQ's internals only through the public names defined here:

- the Redis keys SAQ keeps its lists and sets in, for our Lua scripts and pipelines;
- SAQ's cap on concurrent Redis operations, and its pub/sub multiplexer (re-prefixed to the
  app's namespace, and closed on disconnect);
- the private hooks SAQ's ``Queue`` calls (``_enqueue``, ``_update``, ``_retry``, ``_finish``),
  forwarded to abstract public methods a subclass defines;
- the worker's before/after-process runners, its cancellation deadline and its stop guard.

``tests/jobs/test_saq_private_members.py`` checks every member used here against the installed
SAQ and names the one an upgrade changed; it also fails when a private SAQ member is used here
without a check, or anywhere outside this module.
"""

from __future__ import annotations

import abc
import asyncio
from typing import Any

from litestar_saq.base import Worker
from saq.job import Job, Status
from saq.queue.redis import PubSubMultiplexer, RedisQueue


class InternalsQueue(RedisQueue):
    """SAQ's ``RedisQueue`` with its private members behind public names."""

    # -- keys ---------------------------------------------------------------------------------

    @property
    def queued_key(self) -> str:
        """The list of job ids waiting to be claimed."""
        return self._queued

    @property
    def active_key(self) -> str:
        """The list of claimed job ids."""
        return self._active

    @property
    def incomplete_key(self) -> str:
        """The sorted set of every unfinished job id, scored by when it may run."""
        return self._incomplete

    @property
    def sweep_key(self) -> str:
        """The lock that lets one worker at a time sweep this queue."""
        return self._sweep

    # -- SAQ's machinery ------------------------------------------------------------------------

    @property
    def operation_slots(self) -> asyncio.Semaphore:
        """SAQ's cap on this queue's concurrent Redis operations."""
        return self._op_sem

    def listen_under(self, prefix: str) -> None:
        """Job updates are published on channels named after job ids, which start with ``prefix``."""
        self._pubsub = PubSubMultiplexer(self.redis.pubsub(), prefix=prefix)

    async def close_pubsub(self) -> None:
        await self._pubsub.close()

    # -- SAQ's private hooks, forwarded ---------------------------------------------------------

    async def _enqueue(self, job: Job) -> Job | None:
        return await self.write_enqueued(job)

    async def _update(self, job: Job, status: Status | None = None, **kwargs: Any) -> None:
        await self.write_update(job, status)

    async def _retry(self, job: Job, error: str | None) -> None:
        await self.write_retry(job, error)

    async def _finish(
        self, job: Job, status: Status, *, result: Any = None, error: str | None = None, **kwargs: Any
    ) -> None:
        await self.finish(job, status, result=result, error=error)

    @abc.abstractmethod
    async def write_enqueued(self, job: Job) -> Job | None:
        """Store a new job and queue it; None if a job with its key is there already."""

    @abc.abstractmethod
    async def write_update(self, job: Job, status: Status | None) -> None:
        """Store the job (with ``status``, if given) and publish its status."""

    @abc.abstractmethod
    async def write_retry(self, job: Job, error: str | None, delay: float | None = None) -> None:
        """Put the job back in the queue, to run after ``delay`` seconds (None: the policy's)."""

    @abc.abstractmethod
    async def finish(
        self, job: Job, status: Status, *, result: Any = None, error: str | None = None, **kwargs: Any
    ) -> None:
        """SAQ's ``finish`` runs ``_finish``, which comes back here: a subclass finishes the job."""


class InternalsWorker(Worker):
    """litestar-saq's ``Worker`` with SAQ's private members behind public names."""

    async def run_before_process(self, context: Any) -> None:
        """The configured before-process hooks, as SAQ runs them."""
        await self._before_process(context)

    async def run_after_process(self, context: Any) -> None:
        """The configured after-process hooks, as SAQ runs them."""
        await self._after_process(context)

    @property
    def cancellation_deadline(self) -> float:
        """Seconds a cancelled job's task gets to finish cancelling."""
        return float(self._cancellation_hard_deadline_s)

    @property
    def stop_lock(self) -> asyncio.Lock:
        """Held while the worker stops, so concurrent ``stop`` calls stop it once."""
        return self._stop_lock

    @property
    def stopped(self) -> bool:
        return bool(self._stopped)

    @stopped.setter
    def stopped(self, value: bool) -> None:
        self._stopped = value
