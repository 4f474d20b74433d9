"""One typed view of a job, whatever it was read from.

A job is read from three places: SAQ (while SAQ keeps it), a job event (what a
worker published to the owner's channel), and the domain's lasting record once
SAQ has forgotten it (``scans.models.Scan.view()``). Each becomes a ``JobView``;
the API's status shape, the socket events and the dashboard panels are all
written from a ``JobView``, so the job's state is shaped in one place.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any, Literal

import msgspec
from saq.job import Job, Status

JobState = Literal["pending", "active", "completed", "failed"]
"""The original's four states; SAQ's own are finer."""

STATE_BY_STATUS: dict[Status, JobState] = {
    Status.NEW: "pending",
    Status.QUEUED: "pending",
    Status.ACTIVE: "active",
    Status.COMPLETE: "completed",
    Status.FAILED: "failed",
    Status.ABORTING: "active",
    Status.ABORTED: "failed",
}
EXCEPTION_LINE = re.compile(r"^[\w.]+(Error|Exception|Timeout\w*): ")


def millis(moment: datetime | None) -> int | None:
    """Epoch milliseconds, the BullMQ design's time unit."""
    return None if moment is None else int(moment.timestamp() * 1000)


def job_user_id(job: Job) -> str:
    return str((job.kwargs or {}).get("userId", ""))


SERVER_PATH = re.compile(r"(?<![\w.:/~-])/(?:[^\s/'\"():,;]+/)+[^\s/'\"():,;]*")
"""An absolute file path (not a URL's path: that follows a host name)."""


def failure_reason(job: Job) -> str | None:
    """The error as a person reads it: the exception's message, not the traceback, and no server path
    (the domains name files as their owners did; this catches whatever an unexpected error says)."""
    if not job.error:
        return None
    lines = [line for line in job.error.strip().splitlines() if line.strip()]
    last = lines[-1] if lines else job.error
    reason = EXCEPTION_LINE.sub("", last).strip() or last
    return SERVER_PATH.sub(_path_in_words, reason)


def _path_in_words(match: re.Match[str]) -> str:
    path = match.group(0)
    return "the uploaded file" if "/uploads/" in path else "a file on the server"


class JobStatus(msgspec.Struct, rename="camel"):
    """``GET /api/detection/jobs/{queue}/{jobId}``: the BullMQ design's status shape; times in epoch ms."""

    id: str
    state: JobState
    progress: int
    data: dict[str, Any]
    returnvalue: Any
    attempts_made: int | None
    processed_on: int | None
    finished_on: int | None
    failed_reason: str | None


class ListedJob(JobStatus, rename="camel"):
    """A job in a list of jobs from several queues: the status shape plus its ``queue``."""

    queue: str


class _JobMessageBase(msgspec.Struct, rename="camel", tag_field="type", kw_only=True):
    """What a ``/ws/jobs`` client reads (the BullMQ design's protocol): the job's whole state, so a
    missed message costs nothing, and not whose job it is (the socket is already the owner's)."""

    job_id: str
    queue: str
    state: JobState
    progress: int


class JobProgressMessage(_JobMessageBase, tag="job-progress"):
    pass


class JobCompletedMessage(_JobMessageBase, tag="job-completed"):
    result: Any = None


class JobFailedMessage(_JobMessageBase, tag="job-failed"):
    error: str | None
    attempts_made: int
    will_retry: bool


JobMessage = JobProgressMessage | JobCompletedMessage | JobFailedMessage


class JobProgress(JobProgressMessage, tag="job-progress", kw_only=True):
    """What a worker publishes to the owner's channel: the client's message plus the owner."""

    user_id: str


class JobCompleted(JobCompletedMessage, tag="job-completed", kw_only=True):
    user_id: str


class JobFailed(JobFailedMessage, tag="job-failed", kw_only=True):
    user_id: str


JobEvent = JobProgress | JobCompleted | JobFailed
EventType = Literal["job-progress", "job-completed", "job-failed"]
_MESSAGE_OF: dict[type[JobEvent], type[JobMessage]] = {
    JobProgress: JobProgressMessage,
    JobCompleted: JobCompletedMessage,
    JobFailed: JobFailedMessage,
}


def for_client(event: JobEvent) -> JobMessage:
    """The event as a ``/ws/jobs`` client gets it: without ``userId``."""
    fields = msgspec.structs.asdict(event)
    del fields["user_id"]
    return _MESSAGE_OF[type(event)](**fields)


class JobView(msgspec.Struct, kw_only=True, frozen=True):
    """A job's state as everything that shows a job reads it."""

    queue: str
    job_id: str
    state: JobState
    progress: int
    """Percent, 0 to 100."""
    user_id: str = ""
    data: dict[str, Any] = {}
    result: Any = None
    error: str | None = None
    attempts: int | None = None
    started_ms: int | None = None
    finished_ms: int | None = None
    will_retry: bool = False
    """Queued (again, after a failed attempt): the job still runs."""
    starts_in: float = 0.0
    """Seconds, roughly, until the queue's rate limit lets a queued job start (0: nothing holds it)."""

    @classmethod
    def from_job(cls, job: Job) -> JobView:
        return cls(
            queue=job.get_queue().name,
            job_id=job.key,
            state=STATE_BY_STATUS.get(job.status, "pending"),
            progress=max(0, min(100, round((job.progress or 0.0) * 100))),
            user_id=job_user_id(job),
            data=job.kwargs or {},
            result=job.result,
            error=failure_reason(job),
            attempts=job.attempts,
            started_ms=job.started or None,
            finished_ms=job.completed or None,
            will_retry=job.status == Status.QUEUED,
        )

    @classmethod
    def from_event(cls, event: JobEvent) -> JobView:
        """A failed attempt that will be retried is a pending job again."""
        retried = isinstance(event, JobFailed) and event.will_retry
        return cls(
            queue=event.queue,
            job_id=event.job_id,
            state="pending" if retried else event.state,
            progress=event.progress,
            user_id=event.user_id,
            result=event.result if isinstance(event, JobCompleted) else None,
            error=event.error if isinstance(event, JobFailed) else None,
            attempts=event.attempts_made if isinstance(event, JobFailed) else None,
            will_retry=retried,
        )

    def status(self) -> JobStatus:
        return JobStatus(
            id=self.job_id,
            state=self.state,
            progress=self.progress,
            data=self.data,
            returnvalue=self.result,
            attempts_made=self.attempts,
            processed_on=self.started_ms,
            finished_on=self.finished_ms,
            failed_reason=self.error if self.state == "failed" else None,
        )

    def listed(self) -> ListedJob:
        return ListedJob(**msgspec.structs.asdict(self.status()), queue=self.queue)

    def event(self, event_type: EventType) -> JobEvent:
        at = {"job_id": self.job_id, "queue": self.queue, "user_id": self.user_id}
        if event_type == "job-completed":
            return JobCompleted(**at, state=self.state, progress=self.progress, result=self.result)
        if event_type == "job-failed":
            return JobFailed(
                **at,
                state=self.state,
                progress=self.progress,
                error=self.error,
                attempts_made=self.attempts or 0,
                will_retry=self.will_retry,
            )
        return JobProgress(**at, state=self.state, progress=self.progress)


def encode_event(event: JobEvent | JobMessage) -> bytes:
    """JSON for the channel; a result holding something JSON cannot spell is sent as its text."""
    return msgspec.json.encode(event, enc_hook=str)


def decode_event(raw: bytes | str) -> JobEvent | None:
    """The job event in a channel message, or None for any other message."""
    try:
        event: JobEvent = msgspec.json.decode(raw, type=JobEvent)
        return event
    except msgspec.DecodeError:  # not JSON, or JSON of another shape (ValidationError)
        return None
