"""Job events, as the original's WebSocket protocol names them.

Workers publish them to the owner's Redis channel; every web process relays
them to that user's sockets. Each event carries the job's whole state, so a
client that missed one loses nothing.
"""

from __future__ import annotations

import json
import re
from typing import Any, Literal

from redis.asyncio import Redis
from saq.job import Job, Status

from app.config import Settings
from app.lib.redis import user_events_channel

EXCEPTION_LINE = re.compile(r"^[\w.]+(Error|Exception|Timeout\w*): ")

EventType = Literal["job-progress", "job-completed", "job-failed"]

# The original's four states; SAQ's own are finer.
STATE_BY_STATUS: dict[Status, str] = {
    Status.NEW: "pending",
    Status.QUEUED: "pending",
    Status.ACTIVE: "active",
    Status.COMPLETE: "completed",
    Status.FAILED: "failed",
    Status.ABORTING: "active",
    Status.ABORTED: "failed",
}


def job_user_id(job: Job) -> str:
    return str((job.kwargs or {}).get("userId", ""))


def progress_percent(job: Job) -> int:
    return max(0, min(100, round((job.progress or 0.0) * 100)))


def job_state(job: Job) -> str:
    return STATE_BY_STATUS.get(job.status, "pending")


def job_event(job: Job, event_type: EventType) -> dict[str, Any]:
    """The event for ``job`` as it stands now."""
    event: dict[str, Any] = {
        "type": event_type,
        "jobId": job.key,
        "queue": job.get_queue().name,
        "userId": job_user_id(job),
        "state": job_state(job),
        "progress": progress_percent(job),
    }
    if event_type == "job-completed":
        event["result"] = job.result
    elif event_type == "job-failed":
        event["error"] = failure_reason(job)
        event["attemptsMade"] = job.attempts
        event["willRetry"] = job.status == Status.QUEUED
    return event


def failure_reason(job: Job) -> str | None:
    """The error as a person reads it: the exception's message, not the traceback."""
    if not job.error:
        return None
    lines = [line for line in job.error.strip().splitlines() if line.strip()]
    last = lines[-1] if lines else job.error
    return EXCEPTION_LINE.sub("", last).strip() or last


async def publish_job_event(redis: Redis, settings: Settings, job: Job, event_type: EventType) -> None:
    user_id = job_user_id(job)
    if not user_id:
        return
    payload = json.dumps(job_event(job, event_type), default=str)
    await redis.publish(user_events_channel(settings, user_id), payload)
