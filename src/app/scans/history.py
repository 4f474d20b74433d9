"""Reading a person's jobs back: their recent scans and whatever of theirs is queued.

SAQ keeps a finished job only for its retention period; a person's scans are
also kept in the database (``Scan``), so "my recent jobs" reads the database
and prefers SAQ's fresher copy while it still has one.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.jobs.service import JobService, job_status
from app.scans.models import Scan
from app.scans.queues import SCAN_QUEUES


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
