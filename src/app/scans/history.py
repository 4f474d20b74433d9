"""Reading a person's jobs back: their recent scans and whatever of theirs is queued.

SAQ keeps a finished job only for its retention period; a person's scans are
also kept in the database (``Scan``), so "my recent jobs" reads the database
and prefers SAQ's fresher copy while it still has one.
"""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.jobs.service import JobService
from app.jobs.view import JobView
from app.scans.jobs import SCAN_QUEUES
from app.scans.models import Scan


async def recent_jobs_for_user(
    session: AsyncSession, jobs: JobService, user_id: UUID, limit: int = 20
) -> list[JobView]:
    """The person's newest jobs first, each in the status shape plus its ``queue``."""
    scans = await session.scalars(
        select(Scan).where(Scan.user_id == user_id).order_by(Scan.created_at.desc()).limit(limit)
    )
    result = await _unrecorded_active_jobs(jobs, user_id)
    seen = {view.job_id for view in result}
    for scan in scans:
        if scan.job_id in seen:
            continue
        job = await jobs.job_for_user(scan.queue, scan.job_id, str(user_id))
        result.append(JobView.from_job(job) if job else scan.view())
    return result[:limit]


async def _unrecorded_active_jobs(jobs: JobService, user_id: UUID) -> list[JobView]:
    """Queued scans: no worker has recorded them in the database yet."""
    rows = []
    for queue in SCAN_QUEUES:
        job = await jobs.active_job(queue, str(user_id))
        if job is not None:
            rows.append(JobView.from_job(job))
    return rows
