"""The answer every endpoint that starts a job gives (scans, imports, exports, reports, renewal checks)."""

from __future__ import annotations

from typing import Any, Self

import msgspec
from saq.job import Job

from app.jobs.service import Enqueued


class JobAccepted(msgspec.Struct, rename="camel"):
    """202: the started job's id and where to follow it (its status route)."""

    message: str
    job_id: str
    queue: str
    status_url: str

    @classmethod
    def for_job(cls, job: Job, message: str, **more: Any) -> Self:
        """The answer for ``job``, enqueued (so it knows its queue)."""
        queue = job.get_queue().name
        return cls(message, job.key, queue, f"/api/detection/jobs/{queue}/{job.key}", **more)

    @classmethod
    def of(cls, enqueued: Enqueued, message: str, **more: Any) -> Self:
        """``message`` plus " already" when the person's job of this kind was already on its way."""
        said = message if enqueued.created else f"{message} already"
        return cls.for_job(enqueued.job, said, **more)
