"""The queues as operators see them: recently finished jobs, counts per queue, the cron schedule."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from croniter import croniter  # type: ignore[import-untyped]
from saq.job import Status

from app.jobs.queue import SubscoutQueue
from app.jobs.registry import QueueSpec
from app.jobs.service import job_status


def _millis(moment: datetime | None) -> int | None:
    return None if moment is None else int(moment.timestamp() * 1000)


async def finished_jobs(
    queues: Mapping[str, SubscoutQueue], status: Status, limit: int = 50
) -> list[dict[str, Any]]:
    """Each queue's newest completed (or failed) jobs, newest first across queues."""
    rows = []
    for name, queue in queues.items():
        rows += [{**job_status(job), "queue": name} for job in await queue.finished_jobs(status, limit)]
    rows.sort(key=lambda row: row["finishedOn"] or 0, reverse=True)
    return rows[:limit]


def scheduled_jobs_status(
    specs: Sequence[QueueSpec], timezone: Any, now: datetime | None = None
) -> dict[str, Any]:
    """The original's ``getScheduledJobsStatus``: how many cron jobs, and each one's next run."""
    moment = now or datetime.now(timezone)
    jobs = []
    for spec in specs:
        queue = spec.name
        for cron in spec.cron:
            next_run: datetime = croniter(cron.cron, moment).get_next(datetime)
            jobs.append(
                {
                    "name": cron.function.__name__,  # type: ignore[union-attr]
                    "queue": queue,
                    "cron": cron.cron,
                    "timezone": str(timezone),
                    "data": cron.kwargs or {},
                    "nextRun": next_run.isoformat(),
                    "nextRunMillis": _millis(next_run),
                    "jobId": f"{queue}-cron-{_millis(next_run)}",
                }
            )
    return {"totalScheduled": len(jobs), "jobs": jobs}


async def queue_counts(queues: Mapping[str, SubscoutQueue]) -> list[dict[str, Any]]:
    """Queued, running, scheduled and live workers per queue."""
    rows = []
    for name, queue in queues.items():
        info = await queue.info()
        rows.append(
            {
                "queue": name,
                "queued": info["queued"],
                "active": info["active"],
                "scheduled": info["scheduled"],
                "workers": len(info["workers"]),
            }
        )
    return rows
