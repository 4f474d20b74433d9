"""The scan queues as ``QueueSpec``s: their names (the product contract's), policies, tasks and hooks."""

from __future__ import annotations

from dataclasses import replace

from app.config import Settings
from app.jobs.policy import QueuePolicy
from app.jobs.spec import QueueSpec
from app.scans import tasks
from app.scans.hooks import keep_record

EMAIL_SCAN = "email-scan"
TRANSACTION_SYNC = "transaction-sync"
SCAN_QUEUES = (EMAIL_SCAN, TRANSACTION_SYNC)

SCAN_TIMEOUT = 15 * 60


def scan_policy(settings: Settings) -> QueuePolicy:
    return QueuePolicy(
        timeout=SCAN_TIMEOUT,
        heartbeat=settings.job_heartbeat,
        concurrency=settings.worker_concurrency,
        retry_base_delay=settings.retry_base_delay,
    )


def scan_queues(settings: Settings) -> list[QueueSpec]:
    """``email-scan`` is rate-limited across all workers (5 a minute, as in the BullMQ design).

    Both queues keep a record of each scan."""
    policy = scan_policy(settings)
    email_policy = replace(
        policy, rate_limit=settings.email_scan_rate_limit, rate_window=settings.rate_limit_window
    )
    return [
        QueueSpec(
            EMAIL_SCAN,
            email_policy,
            (tasks.email_scan,),
            before_process=(keep_record,),
            after_process=(keep_record,),
        ),
        QueueSpec(
            TRANSACTION_SYNC,
            policy,
            (tasks.transaction_sync,),
            before_process=(keep_record,),
            after_process=(keep_record,),
        ),
    ]
