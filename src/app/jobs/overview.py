"""The queues as operators see them: recently finished jobs, counts per queue, the cron schedule."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import msgspec
from croniter import croniter  # type: ignore[import-untyped]
from saq.job import Status

from app.jobs.queue import SubscoutQueue
from app.jobs.spec import QueueSpec
from app.jobs.view import JobView, millis


class ScheduledJob(msgspec.Struct, rename="camel"):
    name: str
    queue: str
    cron: str
    timezone: str
    data: dict[str, Any]
    next_run: str
    """ISO 8601 in the schedule's time zone."""
    next_run_millis: int | None
    job_id: str


class ScheduledJobs(msgspec.Struct, rename="camel"):
    """The original's ``getScheduledJobsStatus``."""

    total_scheduled: int
    jobs: list[ScheduledJob]


class QueueCount(msgspec.Struct):
    queue: str
    queued: int
    active: int
    scheduled: int
    workers: int
    """Live workers serving the queue."""


async def finished_jobs(
    queues: Mapping[str, SubscoutQueue], status: Status, limit: int = 50
) -> list[JobView]:
    """Each queue's newest completed (or failed) jobs, newest first across queues."""
    rows = [
        JobView.from_job(job) for queue in queues.values() for job in await queue.finished_jobs(status, limit)
    ]
    rows.sort(key=lambda row: row.finished_ms or 0, reverse=True)
    return rows[:limit]


def scheduled_jobs_status(
    specs: Sequence[QueueSpec], timezone: Any, now: datetime | None = None
) -> ScheduledJobs:
    """How many cron jobs there are, and each one's next run."""
    moment = now or datetime.now(timezone)
    jobs = []
    for spec in specs:
        for cron in spec.cron:
            next_run: datetime = croniter(cron.cron, moment).get_next(datetime)
            jobs.append(
                ScheduledJob(
                    name=cron.function.__name__,  # type: ignore[union-attr]
                    queue=spec.name,
                    cron=cron.cron,
                    timezone=str(timezone),
                    data=cron.kwargs or {},
                    next_run=next_run.isoformat(),
                    next_run_millis=millis(next_run),
                    job_id=f"{spec.name}-cron-{millis(next_run)}",
                )
            )
    return ScheduledJobs(total_scheduled=len(jobs), jobs=jobs)


async def queue_counts(queues: Mapping[str, SubscoutQueue]) -> list[QueueCount]:
    """Queued, running, scheduled and live workers per queue."""
    rows = []
    for name, queue in queues.items():
        info = await queue.info()
        rows.append(
            QueueCount(
                queue=name,
                queued=info["queued"],
                active=info["active"],
                scheduled=info["scheduled"],
                workers=len(info["workers"]),
            )
        )
    return rows
