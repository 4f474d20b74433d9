"""Every queue the app runs, with its tasks and cron jobs: the one list, assembled from the domains.

Each domain declares its queues as ``QueueSpec``s next to its job bodies, in its ``jobs.py``
(``scans/jobs.py``, ``renewals/jobs.py``, ``notifications/jobs.py``, …); this module lists them, and
the web app (``server.py``), the worker (``subscout worker``) and the CLI build
their queues from it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from advanced_alchemy.extensions.litestar import SQLAlchemyAsyncConfig
from litestar.types import Guard
from litestar_saq import SAQConfig
from redis.asyncio import Redis

from app.config import Settings
from app.currency.jobs import currency_queue
from app.erasure.jobs import demo_cleanup_queue
from app.exports.jobs import data_queues
from app.jobs import spec as specs
from app.jobs.queue import SubscoutQueue
from app.jobs.spec import QueueSpec
from app.jobs.worker import SubscoutWorker, workers_from_config
from app.lib.crypto import configure_encryption
from app.lib.database import build_sqlalchemy_config
from app.lib.redis import create_redis
from app.notifications.jobs import notifications_queue
from app.renewals.jobs import renewal_queue
from app.reports.jobs import refresh_analytics_after, reports_queue
from app.scans.jobs import scan_queues


def _refreshing_analytics(spec: QueueSpec) -> QueueSpec:
    """A queue whose finished jobs change a person's subscriptions has their analytics computed again."""
    return dataclasses.replace(spec, after_process=(*spec.after_process, refresh_analytics_after))


def queue_specs(settings: Settings) -> list[QueueSpec]:
    """The original's three in its order (email-scan, renewal-check, transaction-sync), then ours."""
    email, bank = scan_queues(settings)
    exports, imports = data_queues(settings)
    return [
        _refreshing_analytics(email),
        renewal_queue(settings),
        _refreshing_analytics(bank),
        notifications_queue(settings),
        exports,
        _refreshing_analytics(imports),
        currency_queue(settings),
        reports_queue(settings),
        demo_cleanup_queue(settings),
    ]


def build_queues(settings: Settings, redis: Redis) -> dict[str, SubscoutQueue]:
    return specs.build_queues(settings, redis, queue_specs(settings))


def build_saq_config(
    settings: Settings, db: SQLAlchemyAsyncConfig, redis: Redis, web_guards: list[Guard]
) -> SAQConfig:
    return specs.build_saq_config(settings, db, redis, queue_specs(settings), web_guards)


def build_workers(settings: Settings, queue_names: Sequence[str] = ()) -> list[SubscoutWorker]:
    """The workers of ``queue_names`` (default: every queue), sharing one Redis client and database."""
    configure_encryption(settings.encryption_keys)
    config = build_saq_config(
        settings, build_sqlalchemy_config(settings), create_redis(settings), web_guards=[]
    )
    return workers_from_config(config, settings.worker_shutdown_grace, queue_names)
