"""What the dashboard shows of a person's scan: the job behind the scan panel fragment."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from litestar.plugins.htmx import HTMXTemplate
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.jobs.service import JobService
from app.jobs.view import JobView
from app.scans.models import Scan


def panel(template: str, scan: JobView | None = None, **context: Any) -> HTMXTemplate:
    """A job panel fragment (a scan's, an export's, an import's) swapped in where the form was."""
    return HTMXTemplate(template_name=template, context={"scan": scan, "oob": False, **context})


async def current_scan(session: AsyncSession, jobs: JobService, queue: str, user_id: UUID) -> JobView | None:
    """The person's running scan of this kind, else their last finished one, else None."""
    job = await jobs.active_job(queue, str(user_id))
    if job is not None:
        return await jobs.view(job)
    last = await session.scalar(
        select(Scan)
        .where(Scan.user_id == user_id, Scan.queue == queue)
        .order_by(Scan.created_at.desc())
        .limit(1)
    )
    if last is None:
        return None
    if last.state in ("completed", "failed"):
        return last.view()
    # A worker writes the outcome to Redis before its hook writes this record: meanwhile the job is the truth.
    job = await jobs.job_for_user(queue, last.job_id, str(user_id))
    view = JobView.from_job(job) if job is not None else None
    return view if view is not None and view.state in ("completed", "failed") else None
