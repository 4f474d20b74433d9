"""Starting scans: the browser's **Scan inbox** button and the JSON API."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from litestar import Controller, Request, post
from litestar.plugins.htmx import HTMXTemplate
from litestar.status_codes import HTTP_202_ACCEPTED

from app.accounts.auth import requires_user
from app.accounts.models import User
from app.detection.schemas import EmailScanRequest, ScanStarted
from app.jobs.names import EMAIL_SCAN
from app.jobs.panels import ScanView
from app.jobs.service import Enqueued, JobService

EMAIL_SCAN_MESSAGE = "Email scan started"


async def start_email_scan(jobs: JobService, user_id: UUID, data: dict[str, Any]) -> Enqueued:
    return await jobs.enqueue_for_user(EMAIL_SCAN, "email_scan", str(user_id), data)


def started(enqueued: Enqueued, message: str) -> ScanStarted:
    queue, job_id = enqueued.job.get_queue().name, enqueued.job.key
    return ScanStarted(
        message=message if enqueued.created else f"{message} already",
        job_id=job_id,
        queue=queue,
        status_url=f"/api/detection/jobs/{queue}/{job_id}",
    )


class ScanPageController(Controller):
    guards = [requires_user]

    @post("/scans/email", status_code=200)
    async def scan_inbox(self, request: Request[User, Any, Any], jobs: JobService) -> HTMXTemplate:
        enqueued = await start_email_scan(jobs, request.user.id, {})
        return HTMXTemplate(
            template_name="detection/_scan_panel.html",
            context={"scan": ScanView.from_job(enqueued.job), "oob": False},
        )


class ScanApiController(Controller):
    path = "/api/detection"
    guards = [requires_user]
    tags = ["detection"]

    @post("/scan/email", status_code=HTTP_202_ACCEPTED)
    async def scan_email(
        self,
        request: Request[User, Any, Any],
        jobs: JobService,
        data: EmailScanRequest | None = None,
    ) -> ScanStarted:
        """Start scanning the caller's mailboxes; answers at once with where to watch the job."""
        job_data = data.job_data() if data is not None else {}
        enqueued = await start_email_scan(jobs, request.user.id, job_data)
        return started(enqueued, EMAIL_SCAN_MESSAGE)
