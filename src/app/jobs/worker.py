"""``subscout worker``: every queue's SAQ worker in one process, one event loop.

One process serving all queues keeps a deployment simple (run more processes
to scale); signals are handled here once rather than by each SAQ worker, since
asyncio keeps only the last handler registered for a signal.

``SubscoutWorker`` is litestar-saq's worker with these changes:

- stopping cancels idle job slots at once and gives running jobs up to the
  grace period (SAQ waits the whole grace even when nothing runs);
- running jobs with a heartbeat are touched while they run, and the worker's
  liveness record outlives short stalls, so only a dead worker's jobs are swept;
- cron jobs are enqueued once per occurrence, however many workers run and
  however their clocks drift (SAQ's ``CronJob(unique=False)`` enqueues every
  second per worker);
- no litestar-saq heartbeat thread: the heartbeat loop runs on the worker's loop.
- at most one Redis round trip per job under load, shared by the jobs its slots finish
  together (see ``process`` and ``SubscoutQueue._finish_script``);
- while Redis is unreachable every loop waits for one probe with a capped backoff (one warning per
  outage, see ``app.jobs.outage``); a job Redis interrupted is requeued as soon as it answers, and
  a job that finished meanwhile has its result written then.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import traceback
from collections.abc import Awaitable, Callable, Collection, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from functools import partial
from typing import Any

from croniter import croniter  # type: ignore[import-untyped]
from litestar_saq import SAQConfig
from saq.job import Job, Status
from saq.types import JobTaskContext
from saq.utils import cancel_tasks, now
from saq.worker import ensure_coroutine_function, ensure_coroutine_function_many

from app.jobs.outage import REDIS_DOWN, RedisOutage, is_redis_down
from app.jobs.queue import SubscoutQueue
from app.jobs.saq_internals import InternalsWorker
from app.operations.logs import bound

logger = logging.getLogger("subscout.worker")


Settle = Callable[[], Awaitable[Any]]
"""Writes a job's outcome to Redis: finished, retried, or (a completed job) finished and the next claimed."""


async def _nothing() -> None:
    return None


class SubscoutWorker(InternalsWorker):
    SIGNALS: list[signal.Signals] = []  # run_workers handles signals once for every queue
    queue: SubscoutQueue

    def __init__(self, queue: SubscoutQueue, functions: Collection[Any], **kwargs: Any) -> None:
        self.shutdown_grace: float = kwargs.pop("shutdown_grace", 60.0)
        outage: RedisOutage | None = kwargs.pop("outage", None)
        super().__init__(queue, functions, enable_heartbeat_manager=False, **kwargs)
        self.outage = outage or RedisOutage(queue.redis)
        self._upkeep_tasks: list[asyncio.Task[Any]] = []
        self._paused: set[asyncio.Task[Any]] = set()

    async def worker_info(self, ttl: int = 60) -> Any:
        """Written every few seconds; it expires only after the queue's liveness TTL."""
        return await super().worker_info(ttl=self.queue.liveness_ttl)

    async def upkeep(self) -> list[asyncio.Task[None]]:
        """SAQ's upkeep loops (abort, schedule, sweep, liveness) and ours, each pausing during an outage."""
        timers = self.timers
        loops = [
            self._poll(self.abort, timers["abort"]),
            self._poll(self.schedule, timers["schedule"]),
            self._poll(self.queue.sweep, timers["sweep"]),
            self._poll(self.worker_info, timers["worker_info"], timers["worker_info"] + 1),
            self._heartbeats(),
        ]
        self._upkeep_tasks = [asyncio.create_task(loop) for loop in loops]
        return list(self._upkeep_tasks)

    async def _poll(self, step: Callable[[int], Awaitable[Any]], every: int, arg: int | None = None) -> None:
        """SAQ's upkeep ``poll``, waiting out a Redis outage instead of logging each failed step."""
        while not self.event.is_set():
            try:
                await step(arg or every)
            except Exception as exc:
                if self.event.is_set():
                    return
                if is_redis_down(exc):
                    await self._pause(exc)
                    continue
                logger.exception("Upkeep task failed unexpectedly")
            await asyncio.sleep(every)

    async def _pause(self, exc: BaseException) -> None:
        """Wait out a Redis outage; a stopping worker cancels this wait at once."""
        self.outage.report(exc)
        task = asyncio.current_task()
        if task is not None:
            self._paused.add(task)
        try:
            await self.outage.wait()
        finally:
            if task is not None:
                self._paused.discard(task)

    async def _heartbeats(self) -> None:
        """Touch each running job a few times per heartbeat period, so a live job is never swept."""
        while not self.event.is_set() or self.job_task_contexts:
            for job in list(self.job_task_contexts):
                if job.heartbeat and now() - job.touched >= job.heartbeat * 1000 / 3:
                    try:
                        await job.update()
                    except Exception as exc:
                        if not is_redis_down(exc):
                            logger.exception("heartbeat failed for %s", job.key)
                            continue
                        self.outage.report(exc)
                        # Touched before any sweep resumes: a job that ran on through the outage
                        # must not look stuck to the first sweep after it.
                        self.outage.defer(self._touch_running)
                        await self.outage.wait()
                        break
            await asyncio.sleep(0.5)

    async def _touch_running(self) -> None:
        for job in list(self.job_task_contexts):
            if job.heartbeat:
                await job.update()

    async def process(self) -> bool:
        """SAQ's ``Worker.process`` with fewer round trips per job.

        The claim marks the job active (SAQ claims, reads, then writes it), and finishing a job
        claims this slot's next one in the same script, so a busy queue costs one round trip per
        job; the next job then runs in this same task. A stopping worker claims nothing more.
        """
        try:
            job = await self.queue.claim(self.id, self.dequeue_timeout, self.event.is_set)
        except asyncio.CancelledError:
            return False
        except Exception as exc:
            if is_redis_down(exc):
                await self._pause(exc)
            else:
                logger.exception("Could not claim a job")
                await asyncio.sleep(1)  # do not spin
            return False
        if job is None:
            return False
        while job is not None:
            job = await self._run(job)
        return True

    async def _run(self, job: Job) -> Job | None:
        """Run one claimed (active) job as SAQ does; the next job if finishing it claimed one.

        Every record logged meanwhile, the job's own task included (it copies this context),
        carries the job's id and queue."""
        with bound(job_id=job.key, queue=self.queue.name):
            return await self._run_bound(job)

    async def _run_bound(self, job: Job) -> Job | None:
        context: Any = {**self.context, "job": job}
        task_ctx: JobTaskContext | None = None
        settle: Settle
        later: Settle | None = None
        try:
            await self.run_before_process(context)
            if logger.isEnabledFor(logging.INFO):
                logger.info("Processing %s", job.info(logger.isEnabledFor(logging.DEBUG)))
            function = ensure_coroutine_function(self.functions[job.function], self.pool)
            task = asyncio.create_task(function(context, **(job.kwargs or {})))
            task_ctx = JobTaskContext(task=task, aborted=None)
            self.job_task_contexts[job] = task_ctx
            try:
                result = await asyncio.wait_for(asyncio.shield(task), job.timeout or None)
            except TimeoutError:
                task.cancel()
                raise
            if task_ctx["aborted"] is not None:
                settle = _nothing  # the abort upkeep finishes it
            else:
                worker_id = None if self.event.is_set() else self.id
                settle = partial(
                    self.queue.finish_and_claim, job, Status.COMPLETE, result=result, worker_id=worker_id
                )
                # Written after an outage, it must not claim a job: nobody would be there to run it.
                later = partial(self.queue.finish, job, Status.COMPLETE, result=result)
        except asyncio.CancelledError:
            settle = partial(self._cancelled, job, task_ctx)
        except Exception as ex:
            context["exception"] = ex
            settle = await self._failed(job, task_ctx, ex)
        try:
            return await self._settle(context, settle, later or settle)
        finally:
            # Only clear our own slot (a later same-key attempt may have replaced it).
            if task_ctx is not None and self.job_task_contexts.get(job) is task_ctx:
                del self.job_task_contexts[job]

    async def _settle(self, context: Any, settle: Settle, later: Settle) -> Job | None:
        """Write the job's outcome, then run its after-process hooks; while Redis is away, both wait."""
        try:
            next_job: Job | None = await settle()
        except Exception as exc:
            if not is_redis_down(exc):
                raise
            self.outage.report(exc)
            self.outage.defer(partial(self._settle_after_outage, context, later))
            return None
        await self._after(context)
        return next_job

    async def _settle_after_outage(self, context: Any, later: Settle) -> None:
        await later()
        await self._after(context)

    async def _after(self, context: Any) -> None:
        try:
            await self.run_after_process(context)
        except (Exception, asyncio.CancelledError) as exc:
            if isinstance(exc, Exception) and is_redis_down(exc):
                self.outage.report(exc)
                self.outage.defer(partial(self._after, context))
                return
            logger.exception("Failed to run after process hook")

    async def _cancelled(self, job: Job, task_ctx: JobTaskContext | None) -> None:
        if task_ctx is None:
            return  # as SAQ: cancelled before it started, the sweep recovers it
        if task_ctx["aborted"] is not None:
            await job.finish(Status.ABORTED, error=task_ctx["aborted"])
            return
        if not task_ctx["task"].done():
            await self._cancel_function(job, task_ctx)
            await job.retry("cancelled")

    async def _failed(self, job: Job, task_ctx: JobTaskContext | None, ex: Exception) -> Settle:
        """Log the failure (quietly if Redis interrupted the job); what to write: a retry or the end."""
        if task_ctx is not None and not task_ctx["task"].done():
            await self._cancel_function(job, task_ctx)
        if is_redis_down(ex):
            self.outage.report(ex)
            logger.info("job %s interrupted by the Redis outage: requeued once Redis answers", job.key)
            error = f"interrupted: Redis unreachable ({ex})"
            retry = self.queue.retry_now
        else:
            logger.error("Error processing job %s", job, exc_info=ex)
            error = "".join(traceback.format_exception(ex))
            retry = self.queue.retry
        if job.retryable:
            return partial(retry, job, error)
        return partial(self.queue.finish, job, Status.FAILED, error=error)

    async def _cancel_function(self, job: Job, task_ctx: JobTaskContext) -> None:
        if not await cancel_tasks([task_ctx["task"]], self.cancellation_deadline):
            logger.warning("Function %s did not finish cancellation in time", job.function)

    async def schedule(self, lock: int = 1) -> None:
        for cron_job in self.cron_jobs:
            await self.queue.enqueue_once(self._next_occurrence(cron_job))
        job_ids = await self.queue.schedule(lock)
        if job_ids:
            logger.info("Scheduled %s", job_ids)

    def _next_occurrence(self, cron_job: Any) -> Job:
        """The cron job's next run, keyed by its time: every worker computes the same job."""
        scheduled = int(croniter(cron_job.cron, datetime.now(self.cron_tz)).get_next())
        options = {k: getattr(cron_job, k) for k in ("timeout", "heartbeat", "retries", "ttl")}
        return Job(
            function=cron_job.function.__qualname__,
            key=f"{self.queue.name}-cron-{scheduled * 1000}",
            kwargs=dict(cron_job.kwargs or {}),
            scheduled=scheduled,
            **{k: v for k, v in options.items() if v is not None},
        )

    async def stop(self) -> None:
        """Stop taking jobs, let running ones finish (up to the grace), then run the shutdown hooks."""
        self.event.set()
        async with self.stop_lock:
            if self.stopped:
                return
            try:
                await self._drain()
                self.pool.shutdown(True, cancel_futures=True)
                await self._run_shutdown_hooks()
            finally:
                self.stopped = True

    async def _run_shutdown_hooks(self) -> None:
        if not self.shutdown:
            return
        with ThreadPoolExecutor() as pool:
            for hook in ensure_coroutine_function_many(self.shutdown, pool):
                await hook(self.context)

    async def _drain(self) -> None:
        tasks = set(self.tasks)
        self.tasks.clear()
        upkeep = set(self._upkeep_tasks)
        await cancel_tasks((self.queue.waiting_tasks() | self._paused) & tasks, timeout=1)
        busy = {task for task in tasks - upkeep if not task.done()}
        if busy:
            logger.info("waiting up to %ss for %d running job(s)", self.shutdown_grace, len(busy))
            _, late = await asyncio.wait(busy, timeout=self.shutdown_grace)
            if late:
                logger.warning("%d job(s) still running after the grace period: cancelling", len(late))
                await cancel_tasks(late, timeout=self.cancellation_deadline)
        await cancel_tasks(upkeep, timeout=1)


def workers_from_config(
    config: SAQConfig, grace: float, queue_names: Sequence[str] = ()
) -> list[SubscoutWorker]:
    """A worker for each queue in ``queue_names`` (default: all); an unknown name is a ValueError."""
    known = [c.name for c in config.queue_configs]
    unknown = set(queue_names) - set(known)
    if unknown:
        raise ValueError(f"unknown queue(s): {', '.join(sorted(unknown))}; known: {', '.join(known)}")
    queues = config.get_queues().queues
    workers: list[SubscoutWorker] = []
    outage: RedisOutage | None = None
    for c in config.queue_configs:
        queue = queues[c.name]
        if queue_names and c.name not in queue_names:
            continue
        if not isinstance(queue, SubscoutQueue):
            raise TypeError(f"queue {c.name!r} is not a SubscoutQueue (build it with app.jobs.spec)")
        outage = outage or RedisOutage(queue.redis)  # the queues share one client, so one outage
        workers.append(
            SubscoutWorker(
                queue,
                c.tasks,
                concurrency=c.concurrency,
                cron_jobs=c.scheduled_tasks,
                cron_tz=c.cron_tz,
                startup=c.startup,
                shutdown=c.shutdown,
                before_process=c.before_process,
                after_process=c.after_process,
                timers=c.timers,
                shutdown_grace=grace,
                outage=outage,
            )
        )
    return workers


async def run_workers(workers: Sequence[SubscoutWorker], stop: asyncio.Event | None = None) -> None:
    """Run until SIGTERM or SIGINT (or ``stop`` is set), then stop taking jobs and let running ones finish."""
    if stop is None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stop.set)
    for worker in workers:
        await worker.queue.connect()
    running = [asyncio.create_task(worker.start()) for worker in workers]
    logger.info("worker started: %s", ", ".join(w.queue.name for w in workers))
    stopper = asyncio.create_task(stop.wait())
    await asyncio.wait([stopper, *running], return_when=asyncio.FIRST_COMPLETED)
    logger.info("worker stopping")
    await asyncio.gather(*(worker.stop() for worker in workers), return_exceptions=True)
    for outage in {id(w.outage): w.outage for w in workers}.values():
        await outage.stop()
    for task in [stopper, *running]:
        task.cancel()
    await asyncio.gather(stopper, *running, return_exceptions=True)
    await _disconnect(workers)
    logger.info("worker stopped")


async def _disconnect(workers: Sequence[SubscoutWorker]) -> None:
    """Close each Redis client once (the queues share one); a server that is gone is closed already."""
    closed: set[int] = set()
    for worker in workers:
        queue = worker.queue
        with contextlib.suppress(*REDIS_DOWN):
            await queue.close_pubsub()
        if id(queue.redis) not in closed:
            closed.add(id(queue.redis))
            with contextlib.suppress(*REDIS_DOWN):
                await queue.redis.aclose()
