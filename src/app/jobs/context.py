"""What every task finds in ``ctx``: opened when a worker starts, closed when it stops.

``ctx["settings"]``, ``ctx["db"]`` (the SQLAlchemy config), ``ctx["redis"]`` and
``ctx["queues"]`` (every queue by name) are put there by ``worker_hooks``; SAQ adds
``ctx["job"]`` while a job runs (tasks are typed ``ctx: Any``, as SAQ's own are).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from advanced_alchemy.extensions.litestar import SQLAlchemyAsyncConfig
from redis.asyncio import Redis
from saq.queue.base import Queue

from app.config import Settings

Hook = Callable[[Any], Awaitable[None]]


def worker_hooks(
    settings: Settings, db: SQLAlchemyAsyncConfig, redis: Redis, queues: Mapping[str, Queue]
) -> tuple[Hook, Hook]:
    """Start-up and shut-down hooks that put the app's resources in ``ctx``."""

    async def startup(ctx: Any) -> None:
        ctx["settings"] = settings
        ctx["db"] = db
        ctx["redis"] = redis
        ctx["queues"] = queues

    async def shutdown(ctx: Any) -> None:
        await db.get_engine().dispose()

    return startup, shutdown
