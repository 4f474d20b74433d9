"""Starting jobs for a person and reading them back, with the BullMQ design's rules.

A person has at most one scan of a kind queued or running: the active job's key
sits in a Redis key claimed with SET NX, so two clicks at once start one job.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import msgspec
from redis.asyncio import Redis
from saq.job import Job, Status
from saq.queue.base import Queue

from app.config import Settings
from app.jobs.events import publish_job_event
from app.jobs.ids import new_job_id
from app.jobs.payload import JobData, task_name
from app.jobs.queue import SubscoutQueue
from app.jobs.view import JobView, job_user_id
from app.lib.errors import ConflictError, NotFoundError

FINISHED = frozenset({Status.COMPLETE, Status.FAILED, Status.ABORTED})
CANCELLED = "cancelled"
ACTIVE_CLAIM_TTL = 24 * 3600
"""A claim outlives any job; it is released when the job finishes and replaced if its job is gone."""


class JobAlreadyFinished(ConflictError):
    """The job ended before it could be cancelled (409 at the web edge)."""

    def __str__(self) -> str:
        return f"job {self.args[0]!r} already finished"


class JobNotFound(NotFoundError):
    """No such job for this person: missing, expired or someone else's (one answer, 404)."""

    def __init__(self, queue: str, job_id: str) -> None:
        super().__init__(f"no job {job_id!r} in queue {queue!r}")


def active_key(settings: Settings, queue: str, user_id: str) -> str:
    return f"{settings.redis_namespace}:active:{queue}:{user_id}"


@dataclass(frozen=True)
class Enqueued:
    job: Job
    created: bool
    """False when the person's scan already under way was returned instead."""


class JobService:
    def __init__(self, queues: Mapping[str, Queue], redis: Redis, settings: Settings) -> None:
        self.queues = queues
        self.redis = redis
        self.settings = settings

    def queue(self, name: str) -> Queue:
        return self.queues[name]

    def subscout_queues(self) -> dict[str, SubscoutQueue]:
        return {name: q for name, q in self.queues.items() if isinstance(q, SubscoutQueue)}

    async def enqueue_for_user(
        self,
        queue_name: str,
        task: Callable[..., Any],
        user_id: str,
        data: JobData | None = None,
        **job_options: Any,
    ) -> Enqueued:
        """Enqueue ``task`` for the person, or return their job of this kind already under way.

        The job's kwargs are ``userId`` and ``data.to_kwargs()`` (the BullMQ design's camelCase job data)."""
        queue = self.queue(queue_name)
        claim = active_key(self.settings, queue_name, user_id)
        while True:
            job_id = new_job_id(queue_name, user_id)
            if await self.redis.set(claim, job_id, nx=True, ex=ACTIVE_CLAIM_TTL):
                kwargs = {"userId": user_id, **(data.to_kwargs() if data is not None else {})}
                job = Job(function=task_name(task), key=job_id, kwargs=kwargs, **job_options)
                await queue.enqueue(job)
                return Enqueued(job=job, created=True)
            current = await self.active_job(queue_name, user_id)
            if current is not None:
                return Enqueued(job=current, created=False)

    async def active_job(self, queue_name: str, user_id: str) -> Job | None:
        """The person's queued or running job of this kind; drops a claim whose job is gone or done."""
        claim = active_key(self.settings, queue_name, user_id)
        raw = await self.redis.get(claim)
        if raw is None:
            return None
        job = await self.queue(queue_name).job(raw.decode())
        if job is None or job.status in FINISHED:
            await release_claim(self.redis, claim, raw.decode())
            return None
        return job

    async def view(self, job: Job) -> JobView:
        """The job as panels show it: a queued one with roughly when the rate limit lets it start."""
        view = JobView.from_job(job)
        queue = job.get_queue()
        if view.state != "pending" or not isinstance(queue, SubscoutQueue):
            return view
        return msgspec.structs.replace(view, starts_in=await queue.starts_in(job))

    async def job_any(self, queue_name: str, job_id: str) -> Job | None:
        """Any person's job (for operators)."""
        if queue_name not in self.queues:
            return None
        return await self.queue(queue_name).job(job_id)

    async def cancel(self, job: Job, reason: str = CANCELLED) -> Job:
        """Abort the job: a queued one ends at once, a running one when its worker sees the abort.

        Raises ``JobAlreadyFinished`` for a job that already ended.
        """
        if job.status in FINISHED:
            raise JobAlreadyFinished(job.key)
        await job.get_queue().abort(job, reason)
        await job.refresh()
        if job.status in FINISHED and job_user_id(job):
            # No worker ran it, so no after_process hook releases the claim or tells the sockets.
            claim = active_key(self.settings, job.get_queue().name, job_user_id(job))
            await release_claim(self.redis, claim, job.key)
            await publish_job_event(self.redis, self.settings, job, "job-failed")
        return job

    async def job_for_user(self, queue_name: str, job_id: str, user_id: str) -> Job | None:
        """The job, or None when it does not exist or is someone else's (the same answer for both)."""
        if queue_name not in self.queues:
            return None
        job = await self.queue(queue_name).job(job_id)
        if job is None or job_user_id(job) != user_id:
            return None
        return job

    async def own_job(self, queue_name: str, job_id: str, user_id: str) -> Job:
        """The person's job, or ``JobNotFound`` (404 at the web edge)."""
        job = await self.job_for_user(queue_name, job_id, user_id)
        if job is None:
            raise JobNotFound(queue_name, job_id)
        return job


async def release_claim(redis: Redis, claim: str, job_id: str) -> None:
    """Delete the claim only if it still names this job (a newer job may hold it)."""
    script = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0"
    await redis.eval(script, 1, claim, job_id)  # type: ignore[misc]
