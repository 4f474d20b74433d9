"""The three queues, their tasks and settings, handed to litestar-saq in one place."""

from __future__ import annotations

from typing import Any

from advanced_alchemy.extensions.litestar import SQLAlchemyAsyncConfig
from litestar.types import Guard
from litestar_saq import QueueConfig, SAQConfig
from redis.asyncio import Redis
from saq.queue.redis import RedisQueue

from app.config import Settings
from app.jobs import hooks, tasks
from app.jobs.context import worker_hooks
from app.jobs.names import EMAIL_SCAN, QUEUE_NAMES, RENEWAL_CHECK, TRANSACTION_SYNC

EMAIL_SCAN_TIMEOUT = 15 * 60


def build_saq_config(
    settings: Settings, db: SQLAlchemyAsyncConfig, redis: Redis, web_guards: list[Guard]
) -> SAQConfig:
    startup, shutdown = worker_hooks(settings, db, redis)
    common: dict[str, Any] = {
        "broker_instance": redis,
        "startup": startup,
        "shutdown": shutdown,
        "before_process": hooks.before_process,
        "after_process": hooks.after_process,
    }
    configs = [
        QueueConfig(
            name=EMAIL_SCAN, tasks=[tasks.email_scan], concurrency=settings.worker_concurrency, **common
        ),
        QueueConfig(name=RENEWAL_CHECK, tasks=[], concurrency=1, **common),
        QueueConfig(name=TRANSACTION_SYNC, tasks=[tasks.transaction_sync], concurrency=settings.worker_concurrency, **common),
    ]
    return SAQConfig(
        queue_configs=configs,
        queue_instances={name: RedisQueue(redis, name=name) for name in QUEUE_NAMES},
        web_enabled=True,
        web_path="/saq",
        web_guards=web_guards,
    )
