"""Jobs through the JSON API (a person's own) and the operator's API and page."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from uuid import UUID

import msgspec
from litestar import Controller, Request, delete, get, post
from litestar.di import NamedDependency
from litestar.exceptions import ClientException, NotFoundException
from litestar.params import FromPath, JSONBody, QueryParameter
from litestar.response import Template
from litestar.status_codes import HTTP_202_ACCEPTED, HTTP_409_CONFLICT
from saq.job import Job, Status
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.auth import requires_operator, requires_user
from app.accounts.models import User
from app.detection.schemas import ScanStarted
from app.jobs import history
from app.jobs.hooks import record_scan
from app.jobs.names import QUEUE_NAMES, RENEWAL_CHECK
from app.jobs.service import JobAlreadyFinished, JobService, job_status
from app.subscriptions.reminders import DEFAULT_DAYS_AHEAD

Limit = Annotated[int, QueryParameter(ge=1, le=100)]
FinishedState = Annotated[Literal["completed", "failed"], QueryParameter(name="state")]


class RenewalCheckRequest(msgspec.Struct, rename="camel", forbid_unknown_fields=True):
    user_id: UUID | None = None
    days_ahead: Annotated[int, msgspec.Meta(ge=0, le=3650)] = DEFAULT_DAYS_AHEAD


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
    ) -> list[dict[str, Any]]:
        """The caller's recent jobs, newest first, each in the status shape plus its ``queue``."""
        return await history.recent_jobs_for_user(db_session, jobs, request.user.id, limit)

    @get("/{queue:str}/{job_id:str}")
    async def job(
        self,
        request: Request[User, Any, Any],
        jobs: NamedDependency[JobService],
        queue: FromPath[str],
        job_id: FromPath[str],
    ) -> dict[str, Any]:
        """A job's state; another person's job answers 404, like one that does not exist."""
        return job_status(await _visible_job(request.user, jobs, queue, job_id))

    @delete("/{queue:str}/{job_id:str}", status_code=200)
    async def cancel(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        jobs: NamedDependency[JobService],
        queue: FromPath[str],
        job_id: FromPath[str],
    ) -> dict[str, Any]:
        """Cancel the caller's queued or running job; a running one stops within about a second."""
        job = await _own_job(request.user, jobs, queue, job_id)
        try:
            job = await jobs.cancel(job)
        except JobAlreadyFinished:
            raise ClientException(f"job {job_id!r} already finished", status_code=HTTP_409_CONFLICT) from None
        if job.status == Status.ABORTED:
            await record_scan(db_session, job)
            await db_session.commit()
        return job_status(job)


async def _own_job(user: User, jobs: JobService, queue: str, job_id: str) -> Job:
    job = await jobs.job_for_user(queue, job_id, str(user.id))
    if job is None:
        raise NotFoundException(f"no job {job_id!r} in queue {queue!r}")
    return job


async def _visible_job(user: User, jobs: JobService, queue: str, job_id: str) -> Job:
    """The caller's job; operators see every job (a renewal check for everyone is nobody's)."""
    job = await jobs.job_any(queue, job_id) if user.is_operator else None
    return job or await _own_job(user, jobs, queue, job_id)


class RenewalApiController(Controller):
    path = "/api/renewals"
    guards = [requires_operator]
    tags = ["renewals"]

    @post("/check", status_code=HTTP_202_ACCEPTED)
    async def check(
        self,
        db_session: NamedDependency[AsyncSession],
        jobs: NamedDependency[JobService],
        data: JSONBody[RenewalCheckRequest | None] = None,
    ) -> ScanStarted:
        """Start a renewal check now (operators): for one person (``userId``) or everyone."""
        data = data or RenewalCheckRequest()
        if data.user_id is not None and await db_session.get(User, data.user_id) is None:
            raise ClientException("no such user", extra={"field": "userId"})
        user_id = str(data.user_id) if data.user_id else None
        job = await jobs.enqueue_renewal_check(user_id, data.days_ahead)
        return ScanStarted(
            message="Renewal check started",
            job_id=job.key,
            queue=RENEWAL_CHECK,
            status_url=f"/api/detection/jobs/{RENEWAL_CHECK}/{job.key}",
        )


class OperatorApiController(Controller):
    path = "/api/operator"
    guards = [requires_operator]
    tags = ["operator"]

    @get("/scheduled-jobs")
    async def scheduled_jobs(self, jobs: NamedDependency[JobService]) -> dict[str, Any]:
        """Every cron job and its next run (the original's ``getScheduledJobsStatus``)."""
        return history.scheduled_jobs_status(list(QUEUE_NAMES), jobs.settings.tz)

    @get("/jobs")
    async def finished(
        self,
        jobs: NamedDependency[JobService],
        job_state: FinishedState = "completed",
        limit: Limit = 50,
    ) -> list[dict[str, Any]]:
        """Recently finished jobs of every queue (completed: 24 h, newest 100 each; failed: 7 days)."""
        status = Status.COMPLETE if job_state == "completed" else Status.FAILED
        return await history.finished_jobs(jobs.subscout_queues(), status, limit)


class OperatorPageController(Controller):
    path = "/operator"
    guards = [requires_operator]
    include_in_schema = False

    @get("/jobs", name="operator-jobs")
    async def jobs_page(
        self, request: Request[User, Any, Any], jobs: NamedDependency[JobService]
    ) -> Template:
        queues = jobs.subscout_queues()
        context = {
            "user": request.user,
            "active_nav": "operator-jobs",
            "schedule": history.scheduled_jobs_status(list(QUEUE_NAMES), jobs.settings.tz),
            "counts": await history.queue_counts(queues),
            "completed": await history.finished_jobs(queues, Status.COMPLETE, 20),
            "failed": await history.finished_jobs(queues, Status.FAILED, 20),
        }
        return Template("jobs/operator.html", context=context)
