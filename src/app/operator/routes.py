"""What only operators may do: start a renewal check, see the cron schedule and every queue's jobs."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from uuid import UUID

import msgspec
from advanced_alchemy.extensions.litestar.providers import create_service_provider
from litestar import Controller, Request, get, post
from litestar.di import NamedDependency, Provide
from litestar.params import JSONBody, QueryParameter
from litestar.response import Template
from litestar.status_codes import HTTP_202_ACCEPTED
from saq.job import Status

from app.accounts.auth import requires_operator
from app.accounts.models import User
from app.accounts.services import UserService
from app.jobs import overview
from app.jobs.service import JobService
from app.jobs.view import ListedJob
from app.queues import queue_specs
from app.renewals.jobs import enqueue_renewal_check
from app.scans.schemas import ScanStarted
from app.subscriptions.reminders import DEFAULT_DAYS_AHEAD

Limit = Annotated[int, QueryParameter(ge=1, le=100)]
FinishedState = Annotated[Literal["completed", "failed"], QueryParameter(name="state")]


class RenewalCheckRequest(msgspec.Struct, rename="camel", forbid_unknown_fields=True, frozen=True):
    user_id: UUID | None = None
    days_ahead: Annotated[int, msgspec.Meta(ge=0, le=3650)] = DEFAULT_DAYS_AHEAD


NO_OPTIONS = RenewalCheckRequest()
"""The body left out (an instance, never ``None``: see ``app.lib.openapi.make_exact``)."""


class RenewalApiController(Controller):
    path = "/api/renewals"
    guards = [requires_operator]
    tags = ["renewals"]
    dependencies = {"users": Provide(create_service_provider(UserService))}

    @post("/check", status_code=HTTP_202_ACCEPTED)
    async def check(
        self,
        users: NamedDependency[UserService],
        jobs: NamedDependency[JobService],
        data: JSONBody[RenewalCheckRequest] = NO_OPTIONS,
    ) -> ScanStarted:
        """Start a renewal check now (operators): for one person (``userId``) or everyone."""
        if data.user_id is not None:
            await users.named(data.user_id, "userId")
        user_id = str(data.user_id) if data.user_id else None
        job = await enqueue_renewal_check(jobs, user_id, data.days_ahead)
        return ScanStarted.for_job(job, "Renewal check started")


class OperatorApiController(Controller):
    path = "/api/operator"
    guards = [requires_operator]
    tags = ["operator"]

    @get("/scheduled-jobs")
    async def scheduled_jobs(self, jobs: NamedDependency[JobService]) -> overview.ScheduledJobs:
        """Every cron job and its next run (the BullMQ design's ``getScheduledJobsStatus``)."""
        return overview.scheduled_jobs_status(queue_specs(jobs.settings), jobs.settings.tz)

    @get("/jobs")
    async def finished(
        self,
        jobs: NamedDependency[JobService],
        job_state: FinishedState = "completed",
        limit: Limit = 50,
    ) -> list[ListedJob]:
        """Recently finished jobs of every queue (completed: 24 h, newest 100 each; failed: 7 days)."""
        status = Status.COMPLETE if job_state == "completed" else Status.FAILED
        return [view.listed() for view in await overview.finished_jobs(jobs.subscout_queues(), status, limit)]


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
            "schedule": overview.scheduled_jobs_status(queue_specs(jobs.settings), jobs.settings.tz),
            "counts": await overview.queue_counts(queues),
            "completed": await overview.finished_jobs(queues, Status.COMPLETE, 20),
            "failed": await overview.finished_jobs(queues, Status.FAILED, 20),
        }
        return Template("operator/jobs.html", context=context)
