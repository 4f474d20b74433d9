"""Redis clients and the key/channel names this app owns.

Pub/sub ignores the database number, so every channel carries the namespace.
"""

from __future__ import annotations

from collections.abc import Awaitable
from pathlib import Path
from typing import Any, cast

from redis.asyncio import Redis

from app.config import Settings


def embedded_redis_url(settings: Settings) -> str:
    """Where ``subscout run`` starts its embedded server when ``REDIS_URL`` is unset: a Unix socket
    under ``DATA_DIR``, so another installation on the machine can never be reached by mistake."""
    return f"unix://{embedded_redis_dir(settings) / 'redis.sock'}?db=0"


def embedded_redis_dir(settings: Settings) -> Path:
    return settings.data_dir / "redis"


def create_redis(settings: Settings) -> Redis:
    """A client, connected lazily (so commands that never touch Redis never need one)."""
    url = settings.redis_url or embedded_redis_url(settings)
    return Redis.from_url(url, decode_responses=False, health_check_interval=30)


def user_events_channel(settings: Settings, user_id: str) -> str:
    """Where workers publish one user's job events (any web process relays them)."""
    return f"{settings.redis_namespace}:events:{user_id}"


def system_channel(settings: Settings) -> str:
    """Declared at start-up so Channels subscribes once before any socket does (see stack notes)."""
    return f"{settings.redis_namespace}:system"


async def ping(redis: Redis) -> None:
    """PING, raising redis-py's ConnectionError when the server does not answer."""
    await cast(Awaitable[Any], redis.ping())
