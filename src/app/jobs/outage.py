"""A worker process's view of Redis going away: one warning, a capped backoff, and the loose ends tied.

Every loop of a worker (claims, upkeep, heartbeats) talks to the same Redis; when
it goes away each would log a traceback per attempt. Instead the first failure
opens an outage: one probe pings Redis with an exponential backoff (capped, so a
returning server is noticed within seconds), every loop waits for it, and what
could not be written meanwhile (an interrupted job's requeue, a finished job's
result) is written as soon as Redis answers, before the loops resume.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from app.lib.redis import ping

logger = logging.getLogger("subscout.worker")

REDIS_DOWN = (RedisConnectionError, RedisTimeoutError)
"""What redis-py raises when the server cannot be reached (a server still loading its data too)."""


def is_redis_down(exc: BaseException) -> bool:
    """The error, or one it was raised from or while handling, is Redis being unreachable."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, REDIS_DOWN):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


Deferred = Callable[[], Awaitable[object]]


class RedisOutage:
    """Shared by all of a process's workers (they share one Redis client)."""

    def __init__(self, redis: Redis, *, first_delay: float = 0.2, longest_delay: float = 5.0) -> None:
        self.redis = redis
        self.first_delay = first_delay
        self.longest_delay = longest_delay
        self._reachable = asyncio.Event()
        self._reachable.set()
        self._deferred: list[Deferred] = []
        self._probe: asyncio.Task[None] | None = None
        self._began = 0.0

    @property
    def ongoing(self) -> bool:
        return not self._reachable.is_set()

    def report(self, exc: BaseException) -> None:
        """Redis failed us: the first report of an outage logs it and starts probing, later ones are quiet."""
        if self.ongoing:
            logger.debug("Redis still unreachable: %s", exc)
            return
        self._reachable.clear()
        self._began = time.monotonic()
        logger.warning("Redis unreachable (%s): jobs paused, retrying with backoff", exc)
        self._probe = asyncio.create_task(self._until_reachable(), name="redis-outage-probe")

    def defer(self, action: Deferred) -> None:
        """Run ``action`` once Redis answers again, before the loops resume."""
        self._deferred.append(action)

    async def wait(self) -> None:
        """Return once no outage is ongoing."""
        await self._reachable.wait()

    async def stop(self) -> None:
        """A stopping worker stops probing; what was deferred stays undone (the sweep recovers it)."""
        if self._probe is not None and not self._probe.done():
            self._probe.cancel()
            await asyncio.gather(self._probe, return_exceptions=True)
        if self._deferred:
            logger.warning("stopped in a Redis outage: %d job outcome(s) not written", len(self._deferred))
        self._reachable.set()

    async def _until_reachable(self) -> None:
        delay = self.first_delay
        while True:
            await asyncio.sleep(delay)
            delay = min(delay * 2, self.longest_delay)
            try:
                await ping(self.redis)
                await self._run_deferred()
            except Exception as exc:  # whatever it is, Redis is not serving us yet
                logger.debug("Redis not reachable yet: %s", exc)
                continue
            break
        logger.warning("Redis reachable again after %.1f s: jobs resumed", time.monotonic() - self._began)
        self._reachable.set()

    async def _run_deferred(self) -> None:
        """Each deferred action once; one that meets Redis down again stays for the next try."""
        while self._deferred:
            action = self._deferred[0]
            try:
                await action()
            except Exception as exc:
                if is_redis_down(exc):
                    raise
                logger.exception("a job outcome deferred during the Redis outage could not be written")
            self._deferred.pop(0)
