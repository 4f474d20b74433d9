"""What the dashboard shows of a person's scan: the state behind the scan panel fragment."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from saq.job import Job
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.jobs.events import failure_reason, job_state, progress_percent
from app.jobs.service import JobService
from app.scans.models import Scan


@dataclass(frozen=True)
class ScanView:
    queue: str
    job_id: str
    state: str
    progress: int
    result: dict[str, Any] | None = None
    error: str | None = None

    @classmethod
    def from_job(cls, job: Job) -> ScanView:
        return cls(
            queue=job.get_queue().name,
            job_id=job.key,
            state=job_state(job),
            progress=progress_percent(job),
            result=job.result if isinstance(job.result, dict) else None,
            error=failure_reason(job),
        )

    @classmethod
    def from_event(cls, event: dict[str, Any]) -> ScanView:
        """A job event as the panel shows it; a failed attempt that will be retried still runs."""
        state = str(event.get("state", "pending"))
        if event["type"] == "job-failed" and event.get("willRetry"):
            state = "pending"
        return cls(
            queue=str(event["queue"]),
            job_id=str(event["jobId"]),
            state=state,
            progress=int(event.get("progress", 0)),
            result=event.get("result"),
            error=event.get("error"),
        )


async def current_scan(session: AsyncSession, jobs: JobService, queue: str, user_id: UUID) -> ScanView | None:
    """The person's running scan of this kind, else their last finished one, else None."""
    job = await jobs.active_job(queue, str(user_id))
    if job is not None:
        return ScanView.from_job(job)
    last = await session.scalar(
        select(Scan)
        .where(Scan.user_id == user_id, Scan.queue == queue)
        .order_by(Scan.created_at.desc())
        .limit(1)
    )
    if last is None or last.state not in ("completed", "failed"):
        return None
    return ScanView(last.queue, last.job_id, last.state, last.progress, last.result, last.error)
