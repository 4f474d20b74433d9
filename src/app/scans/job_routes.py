"""A person's jobs through the JSON API: their recent ones, one job's state, cancelling one."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Controller, Request, delete, get
from litestar.di import NamedDependency
from litestar.params import FromPath, QueryParameter
from saq.job import Job, Status
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.auth import requires_user
from app.accounts.models import User
from app.jobs.service import JobService
from app.jobs.view import JobStatus, JobView, ListedJob
from app.lib.http import polled_get
from app.lib.openapi import REFUSES
from app.scans import history
from app.scans.hooks import record_scan
from app.scans.jobs import SCAN_QUEUES

Limit = Annotated[int, QueryParameter(ge=1, le=100)]


class JobApiController(Controller):
    path = "/api/detection/jobs"
    guards = [requires_user]
    tags = ["jobs"]

    @get("/")
    async def my_jobs(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        jobs: NamedDependency[JobService],
        limit: Limit = 20,
    ) -> list[ListedJob]:
        """The caller's recent jobs, newest first, each in the status shape plus its ``queue``."""
        return [
            view.listed()
            for view in await history.recent_jobs_for_user(db_session, jobs, request.user.id, limit)
        ]

    @polled_get("/{queue:str}/{job_id:str}")  # a few hundred bytes
    async def job(
        self,
        request: Request[User, Any, Any],
        jobs: NamedDependency[JobService],
        queue: FromPath[str],
        job_id: FromPath[str],
    ) -> JobStatus:
        """A job's state; another person's job answers 404, like one that does not exist."""
        return JobView.from_job(await _visible_job(request.user, jobs, queue, job_id)).status()

    @delete("/{queue:str}/{job_id:str}", status_code=200, opt={REFUSES: ("409",)})
    async def cancel(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        jobs: NamedDependency[JobService],
        queue: FromPath[str],
        job_id: FromPath[str],
    ) -> JobStatus:
        """Cancel the caller's queued or running job; a running one stops within about a second."""
        job = await jobs.own_job(queue, job_id, str(request.user.id))
        job = await jobs.cancel(job)  # JobAlreadyFinished answers 409
        if job.status == Status.ABORTED and queue in SCAN_QUEUES:
            await record_scan(db_session, job)
            await db_session.commit()
        return JobView.from_job(job).status()


async def _visible_job(user: User, jobs: JobService, queue: str, job_id: str) -> Job:
    """The caller's job; operators see every job (a renewal check for everyone is nobody's)."""
    job = await jobs.job_any(queue, job_id) if user.is_operator else None
    return job or await jobs.own_job(queue, job_id, str(user.id))
