"""Queues as domains declare them (``QueueSpec``), turned into SAQ queues and litestar-saq config.

The job infrastructure knows no domain: each domain declares its queues, task
functions and cron jobs in a ``QueueSpec``; the app's assembly (``app.queues``)
lists every domain's specs and hands them here.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from advanced_alchemy.extensions.litestar import SQLAlchemyAsyncConfig
from litestar.types import Guard
from litestar_saq import CronJob, QueueConfig, SAQConfig
from redis.asyncio import Redis
from saq.job import Job

from app.config import Settings
from app.jobs.context import worker_hooks
from app.jobs.events import publish_job_event
from app.jobs.lifecycle import after_process, before_process, bind_log_context
from app.jobs.policy import QueuePolicy
from app.jobs.queue import SubscoutQueue

Task = Callable[..., Awaitable[Any]]
Hook = Callable[[Any], Awaitable[None]]


@dataclass(frozen=True)
class QueueSpec:
    """One queue: its name, policy (timeout, heartbeat, retries, limits, retention), tasks, cron jobs."""

    name: str
    policy: QueuePolicy
    tasks: tuple[Task, ...]
    cron: tuple[CronJob, ...] = ()
    """Each with its keyword arguments; the worker enqueues each occurrence once across all workers."""
    before_process: tuple[Hook, ...] = ()
    """The domain's own hooks, run before the ones every job gets (events, per-person claim)."""
    after_process: tuple[Hook, ...] = ()
    on_startup: tuple[Hook, ...] = ()
    """Run when the queue's worker starts, after the app's resources are in ``ctx``."""


def build_queues(settings: Settings, redis: Redis, specs: Sequence[QueueSpec]) -> dict[str, SubscoutQueue]:
    queues = {
        spec.name: SubscoutQueue(
            redis,
            spec.name,
            policy=spec.policy,
            namespace=settings.redis_namespace,
            liveness_ttl=settings.worker_liveness_ttl,
        )
        for spec in specs
    }

    async def tell_owner(job: Job) -> None:
        await publish_job_event(redis, settings, job, "job-failed")

    for queue in queues.values():
        queue.on_swept = tell_owner
    return queues


def build_saq_config(
    settings: Settings,
    db: SQLAlchemyAsyncConfig,
    redis: Redis,
    specs: Sequence[QueueSpec],
    web_guards: list[Guard],
) -> SAQConfig:
    queues = build_queues(settings, redis, specs)
    startup, shutdown = worker_hooks(settings, db, redis, queues)
    common: dict[str, Any] = {
        "broker_instance": redis,
        "shutdown": shutdown,
        "cron_tz": settings.tz,
        "timers": {
            "sweep": settings.sweep_interval,
            "worker_info": max(1, settings.worker_liveness_ttl // 4),
            "schedule": 1,
            "abort": 1,
        },
    }
    configs = [
        QueueConfig(
            name=spec.name,
            tasks=list(spec.tasks),
            scheduled_tasks=list(spec.cron),
            concurrency=spec.policy.concurrency,
            startup=[startup, *spec.on_startup],
            before_process=[bind_log_context, *spec.before_process, before_process],
            after_process=[*spec.after_process, after_process],
            **common,
        )
        for spec in specs
    ]
    return SAQConfig(
        queue_configs=configs,
        queue_instances=dict(queues),
        web_enabled=True,
        web_path="/saq",
        web_guards=web_guards,
    )
