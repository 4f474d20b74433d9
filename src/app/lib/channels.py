"""Litestar Channels on Redis pub/sub that survives a Redis restart.

The stock backend's event stream raises on the first connection error, which
ends the Channels subscriber task for good: every socket then waits forever and
the app's shutdown fails on the dead task. Here the stream waits and tries
again (backing off up to a few seconds, logging once per outage); redis-py
re-subscribes every channel on reconnect, so the sockets get events again by
themselves.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator
from typing import Any

from litestar.channels.backends.redis import RedisChannelsPubSubBackend
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from app.lib.redis import ping

log = logging.getLogger("subscout.channels")
FIRST_RETRY = 0.1
LONGEST_RETRY = 2.0


class ResilientPubSubBackend(RedisChannelsPubSubBackend):
    async def stream_events(self) -> AsyncGenerator[tuple[str, Any], None]:
        delay = FIRST_RETRY
        while True:
            try:
                async for event in super().stream_events():
                    yield event
            except (RedisConnectionError, RedisTimeoutError, OSError) as exc:
                if delay == FIRST_RETRY:
                    log.warning("live events paused, Redis unreachable (%s); reconnecting", exc)
                await asyncio.sleep(delay)
                delay = min(delay * 2, LONGEST_RETRY)
                if await self._reachable():
                    log.warning("live events resumed: Redis reachable again")
                    delay = FIRST_RETRY

    async def _reachable(self) -> bool:
        try:
            await ping(self._redis)
        except (RedisConnectionError, RedisTimeoutError, OSError):
            return False
        return True
