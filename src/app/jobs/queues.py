"""The four queues, their tasks, cron jobs and settings, handed to litestar-saq in one place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from advanced_alchemy.extensions.litestar import SQLAlchemyAsyncConfig
from litestar.types import Guard
from litestar_saq import CronJob, QueueConfig, SAQConfig
from redis.asyncio import Redis
from saq.job import Job

from app.config import Settings
from app.exports import jobs as export_jobs
from app.jobs import hooks, tasks
from app.jobs.context import worker_hooks
from app.jobs.events import publish_job_event
from app.jobs.names import (
    DATA_EXPORT,
    DATA_IMPORT,
    EMAIL_SCAN,
    NOTIFICATIONS,
    QUEUE_NAMES,
    RENEWAL_CHECK,
    TRANSACTION_SYNC,
)
from app.jobs.policy import queue_policies
from app.jobs.queue import SubscoutQueue
from app.notifications import jobs as notification_jobs

QUEUE_TASKS: dict[str, list[Callable[..., Any]]] = {
    EMAIL_SCAN: [tasks.email_scan],
    RENEWAL_CHECK: [tasks.renewal_check],
    TRANSACTION_SYNC: [tasks.transaction_sync],
    NOTIFICATIONS: [notification_jobs.notifications_dispatch, notification_jobs.notification_send],
    DATA_EXPORT: [export_jobs.export_data, export_jobs.cleanup_exports],
    DATA_IMPORT: [export_jobs.import_preview, export_jobs.import_apply],
}
"""Every task, by queue; each queue's ``QueuePolicy`` gives its timeout, heartbeat and retries."""

RENEWAL_CRON = "0 9 * * *"
"""Daily at 09:00 in ``APP_TIMEZONE``."""


CRON_JOBS: dict[str, list[CronJob]] = {
    RENEWAL_CHECK: [CronJob(function=tasks.renewal_check, cron=RENEWAL_CRON, kwargs={"daysAhead": 30})],
    NOTIFICATIONS: [
        CronJob(function=notification_jobs.notifications_dispatch, cron=notification_jobs.DISPATCH_CRON)
    ],
    DATA_EXPORT: [CronJob(function=export_jobs.cleanup_exports, cron=export_jobs.CLEANUP_CRON)],
}


def cron_jobs(queue: str) -> list[CronJob]:
    return CRON_JOBS.get(queue, [])


ON_START: dict[str, list[Callable[[Any], Any]]] = {NOTIFICATIONS: [notification_jobs.catch_up]}
"""Run when a queue's worker starts, after the resources are in ``ctx``."""


def build_queues(settings: Settings, redis: Redis) -> dict[str, SubscoutQueue]:
    policies = queue_policies(settings)
    queues = {
        name: SubscoutQueue(
            redis,
            name,
            policy=policies[name],
            namespace=settings.redis_namespace,
            liveness_ttl=settings.worker_liveness_ttl,
        )
        for name in QUEUE_NAMES
    }

    async def tell_owner(job: Job) -> None:
        await publish_job_event(redis, settings, job, "job-failed")

    for queue in queues.values():
        queue.on_swept = tell_owner
    return queues


def build_saq_config(
    settings: Settings, db: SQLAlchemyAsyncConfig, redis: Redis, web_guards: list[Guard]
) -> SAQConfig:
    queues = build_queues(settings, redis)
    startup, shutdown = worker_hooks(settings, db, redis, queues)
    common: dict[str, Any] = {
        "broker_instance": redis,
        "startup": startup,
        "shutdown": shutdown,
        "before_process": hooks.before_process,
        "after_process": hooks.after_process,
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
            name=name,
            tasks=QUEUE_TASKS[name],
            scheduled_tasks=cron_jobs(name),
            concurrency=queues[name].policy.concurrency,
            **{**common, "startup": [startup, *ON_START.get(name, [])]},
        )
        for name in QUEUE_NAMES
    ]
    return SAQConfig(
        queue_configs=configs,
        queue_instances=dict(queues),
        web_enabled=True,
        web_path="/saq",
        web_guards=web_guards,
    )
