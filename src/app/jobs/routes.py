"""Reading jobs back through the JSON API."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get
from litestar.exceptions import NotFoundException

from app.accounts.auth import requires_user
from app.accounts.models import User
from app.jobs.service import JobService, job_status


class JobApiController(Controller):
    path = "/api/detection/jobs"
    guards = [requires_user]
    tags = ["jobs"]

    @get("/{queue:str}/{job_id:str}")
    async def job(
        self, request: Request[User, Any, Any], jobs: JobService, queue: str, job_id: str
    ) -> dict[str, Any]:
        """A job's state; another person's job answers 404, like one that does not exist."""
        job = await jobs.job_for_user(queue, job_id, str(request.user.id))
        if job is None:
            raise NotFoundException(f"no job {job_id!r} in queue {queue!r}")
        return job_status(job)
