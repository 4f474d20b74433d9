"""SAQ hooks of the scan queues: the scan's lasting record, written as the job starts and ends."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from saq.job import Job
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.jobs.service import FINISHED
from app.jobs.view import JobView
from app.scans.models import Scan


async def keep_record(ctx: Any) -> None:
    """Before and after each scan job: the record follows the job's state."""
    async with ctx["db"].get_session() as session:
        await record_scan(session, ctx["job"])
        await session.commit()


async def record_scan(session: AsyncSession, job: Job) -> None:
    """Keep the job's lasting record (SAQ forgets jobs; the dashboard and history do not)."""
    view = JobView.from_job(job)
    if not view.user_id:
        return
    scan = await session.scalar(select(Scan).where(Scan.job_id == job.key))
    if scan is None:
        options = {k: v for k, v in view.data.items() if k != "userId"}
        scan = Scan(user_id=UUID(view.user_id), queue=view.queue, job_id=view.job_id, options=options)
        session.add(scan)
    scan.state = view.state
    scan.progress = view.progress
    if job.status in FINISHED:
        scan.result = view.result
        scan.error = view.error
        scan.finished_at = datetime.now(UTC)
