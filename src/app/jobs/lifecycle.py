"""SAQ hooks every job gets: its owner hears of it, and a finished job gives up its per-person claim."""

from __future__ import annotations

from typing import Any

import structlog
from saq.job import Job, Status

from app.jobs.events import publish_job_event
from app.jobs.service import FINISHED, active_key, release_claim
from app.jobs.view import job_user_id
from app.operations.metrics import record_job


async def bind_log_context(ctx: Any) -> None:
    """First of a job's hooks: every record logged while it runs carries its ids."""
    job: Job = ctx["job"]
    structlog.contextvars.bind_contextvars(job_id=job.key, queue=job.get_queue().name)


async def before_process(ctx: Any) -> None:
    job: Job = ctx["job"]
    await publish_job_event(ctx["redis"], ctx["settings"], job, "job-progress")


async def after_process(ctx: Any) -> None:
    job: Job = ctx["job"]
    await record_job(ctx["redis"], ctx["settings"].redis_namespace, job)
    if job.status == Status.COMPLETE:
        await publish_job_event(ctx["redis"], ctx["settings"], job, "job-completed")
    elif job.status in (Status.FAILED, Status.ABORTED, Status.QUEUED):
        await publish_job_event(ctx["redis"], ctx["settings"], job, "job-failed")
    if job.status in FINISHED and job_user_id(job):
        claim = active_key(ctx["settings"], job.get_queue().name, job_user_id(job))
        await release_claim(ctx["redis"], claim, job.key)
    structlog.contextvars.unbind_contextvars("job_id", "queue")
