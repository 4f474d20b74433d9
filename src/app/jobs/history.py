"""Reading jobs back: a person's recent jobs, the queues' finished ones, the cron schedule.

SAQ keeps a finished job only for its retention period; a person's scans are
also kept in the database (``Scan``), so "my recent jobs" reads the database
and prefers SAQ's fresher copy while it still has one.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from uuid import UUID

from croniter import croniter  # type: ignore[import-untyped]
from saq.job import Status
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.detection.models import Scan
from app.jobs.names import SCAN_QUEUES
from app.jobs.queue import SubscoutQueue
from app.jobs.queues import cron_jobs
from app.jobs.service import JobService, job_status


def _millis(moment: datetime | None) -> int | None:
    return None if moment is None else int(moment.timestamp() * 1000)


def scan_status(scan: Scan) -> dict[str, Any]:
    """The status shape from the lasting record, once SAQ has forgotten the job."""
    return {
        "id": scan.job_id,
        "queue": scan.queue,
        "state": scan.state,
        "progress": scan.progress,
        "data": {"userId": str(scan.user_id), **(scan.options or {})},
        "returnvalue": scan.result,
        "attemptsMade": None,
        "processedOn": _millis(scan.created_at),
        "finishedOn": _millis(scan.finished_at),
        "failedReason": scan.error if scan.state == "failed" else None,
    }


async def recent_jobs_for_user(
    session: AsyncSession, jobs: JobService, user_id: UUID, limit: int = 20
) -> list[dict[str, Any]]:
    """The person's newest jobs first, each in the status shape plus its ``queue``."""
    scans = await session.scalars(
        select(Scan).where(Scan.user_id == user_id).order_by(Scan.created_at.desc()).limit(limit)
    )
    result = await _unrecorded_active_jobs(jobs, user_id)
    seen = {row["id"] for row in result}
    for scan in scans:
        if scan.job_id in seen:
            continue
        job = await jobs.job_for_user(scan.queue, scan.job_id, str(user_id))
        result.append({**job_status(job), "queue": scan.queue} if job else scan_status(scan))
    return result[:limit]


async def _unrecorded_active_jobs(jobs: JobService, user_id: UUID) -> list[dict[str, Any]]:
    """Queued scans: no worker has recorded them in the database yet."""
    rows = []
    for queue in SCAN_QUEUES:
        job = await jobs.active_job(queue, str(user_id))
        if job is not None:
            rows.append({**job_status(job), "queue": queue})
    return rows


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
    queue_names: list[str], timezone: Any, now: datetime | None = None
) -> dict[str, Any]:
    """The original's ``getScheduledJobsStatus``: how many cron jobs, and each one's next run."""
    moment = now or datetime.now(timezone)
    jobs = []
    for queue in queue_names:
        for cron in cron_jobs(queue):
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
