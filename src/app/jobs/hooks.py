"""SAQ hooks around every job: the scan record, the live events, the per-person claim."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import structlog
from saq.job import Job, Status
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.detection.models import Scan
from app.jobs.events import failure_reason, job_state, job_user_id, publish_job_event
from app.jobs.names import SCAN_QUEUES
from app.jobs.service import FINISHED, active_key, release_claim
from app.operations.metrics import record_job


async def before_process(ctx: Any) -> None:
    job: Job = ctx["job"]
    # Every record logged while the job runs (its task is created after this hook) carries its ids.
    structlog.contextvars.bind_contextvars(job_id=job.key, queue=job.get_queue().name)
    await _record_scan(ctx, job)
    await publish_job_event(ctx["redis"], ctx["settings"], job, "job-progress")


async def after_process(ctx: Any) -> None:
    job: Job = ctx["job"]
    await _record_scan(ctx, job)
    await record_job(ctx["redis"], ctx["settings"].redis_namespace, job)
    if job.status == Status.COMPLETE:
        await publish_job_event(ctx["redis"], ctx["settings"], job, "job-completed")
    elif job.status in (Status.FAILED, Status.ABORTED, Status.QUEUED):
        await publish_job_event(ctx["redis"], ctx["settings"], job, "job-failed")
    if job.status in FINISHED and job_user_id(job):
        claim = active_key(ctx["settings"], job.get_queue().name, job_user_id(job))
        await release_claim(ctx["redis"], claim, job.key)
    structlog.contextvars.unbind_contextvars("job_id", "queue")


async def _record_scan(ctx: Any, job: Job) -> None:
    async with ctx["db"].get_session() as session:
        await record_scan(session, job)
        await session.commit()


async def record_scan(session: AsyncSession, job: Job) -> None:
    """Keep the job's lasting record (SAQ forgets jobs; the dashboard and history do not)."""
    user_id = job_user_id(job)
    if not user_id or job.get_queue().name not in SCAN_QUEUES:
        return
    scan = await session.scalar(select(Scan).where(Scan.job_id == job.key))
    if scan is None:
        options = {k: v for k, v in (job.kwargs or {}).items() if k != "userId"}
        scan = Scan(user_id=UUID(user_id), queue=job.get_queue().name, job_id=job.key, options=options)
        session.add(scan)
    scan.state = job_state(job)
    scan.progress = round((job.progress or 0) * 100)
    if job.status in FINISHED:
        scan.result = job.result
        scan.error = failure_reason(job)
        scan.finished_at = datetime.now(UTC)
