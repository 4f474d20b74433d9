"""SubscoutQueue on a real Redis: retries, rate limit, retention, cron, and SAQ 0.26.4's hazards.

Each hazard test runs twice: against stock ``RedisQueue`` (expected to fail,
``xfail(strict=True)``, which proves the hazard is real) and against ours.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from redis.asyncio import Redis
from saq.job import Job, Status
from saq.queue.redis import RedisQueue
from saq.utils import now

from app.config import Settings
from app.jobs.policy import DAY, QueuePolicy
from app.jobs.queue import SubscoutQueue
from app.jobs.worker import SubscoutWorker
from app.lib.redis import user_events_channel
from app.queues import build_queues, build_workers, queue_specs
from app.renewals.jobs import RENEWAL_CHECK
from app.scans.jobs import EMAIL_SCAN, TRANSACTION_SYNC
from tests.jobs.conftest import wait_until

STOCK_FAILS = pytest.mark.xfail(strict=True, reason="hazard of stock SAQ 0.26.4")
BOTH = pytest.mark.parametrize("kind", [pytest.param("stock", marks=STOCK_FAILS), "subscout"])


def _queue(kind: str, make_queue: Callable[..., SubscoutQueue], redis: Redis, name: str) -> RedisQueue:
    if kind == "stock":
        return RedisQueue(redis, name=f"{name}-{uuid.uuid4().hex[:8]}")
    queue = make_queue(name, retries=0)
    queue.liveness_ttl = 1
    queue.claim_grace = 0.3
    return queue


async def _start(queue: RedisQueue, worker_id: str = "w1") -> Job:
    """What a worker does on taking a job: claim it, then mark it active."""
    job = await queue.dequeue(timeout=1)
    assert job is not None
    job.started, job.attempts, job.worker_id = now(), job.attempts + 1, worker_id
    await job.update(status=Status.ACTIVE)
    return job


# -- the original's settings ------------------------------------------------------------------


def test_default_policies_match_the_original() -> None:
    policies = {spec.name: spec.policy for spec in queue_specs(Settings.from_env())}
    scan = policies[EMAIL_SCAN]
    assert (scan.concurrency, scan.rate_limit, scan.rate_window, scan.attempts) == (2, 5, 60, 4)
    assert [scan.retry_delay(n) for n in (1, 2, 3)] == [5, 25, 125]
    assert policies[TRANSACTION_SYNC].attempts == 4
    assert policies[TRANSACTION_SYNC].rate_limit == 0
    for policy in policies.values():
        assert policy.timeout > 10, "every task sets its own timeout (SAQ's default is 10 s)"
        assert (policy.completed_ttl, policy.completed_keep, policy.failed_ttl) == (DAY, 100, 7 * DAY)


async def test_retry_waits_exactly_5_25_125_seconds(
    make_queue: Callable[..., SubscoutQueue], redis: Redis
) -> None:
    """The real schedule's arithmetic, through the queue's own retry (no jitter)."""
    queue = make_queue("retry", retry_base_delay=5.0)
    await queue.enqueue(Job("noop", key="r1"))
    job = await _start(queue)
    assert job.retries == 4, "3 retries after the first attempt"
    for expected in (5, 25, 125):
        before = time.time()
        await queue.retry(job, error="boom")
        due = await redis.zscore(queue.namespace("incomplete"), job.id)
        assert due is not None
        assert before + expected <= due <= time.time() + expected
        job.attempts += 1
    assert not Job("noop", retries=4, attempts=4).retryable


async def test_failing_job_is_tried_four_times_then_failed(
    start_workers: Callable[..., Awaitable[list[SubscoutWorker]]],
) -> None:
    attempts: list[float] = []

    async def always_fails(ctx: object, **_: object) -> None:
        attempts.append(time.monotonic())
        raise RuntimeError("bank unreachable")

    workers = await start_workers({"always_fails": always_fails})
    queue = next(w.queue for w in workers if w.queue.name == TRANSACTION_SYNC)
    job = Job("always_fails", key="f1")
    await queue.enqueue(job)

    async def failed() -> bool:
        await job.refresh()
        return job.status == Status.FAILED

    await wait_until(failed, within=15)
    assert len(attempts) == 4
    gaps = [b - a for a, b in itertools.pairwise(attempts)]
    for gap, delay in zip(gaps, (0.05, 0.25, 1.25), strict=True):
        # The worker moves due retries every second, so a retry can be up to ~1 s late (more on a
        # loaded machine: 1.3 s was exceeded with two suites on two cores), never early.
        assert delay <= gap < delay + 2.5
    assert "bank unreachable" in (job.error or "")
    assert [j.key for j in await queue.finished_jobs(Status.FAILED)] == ["f1"]


# -- rate limit ---------------------------------------------------------------------------------


async def test_rate_limit_holds_jobs_back_without_failing_them(
    make_queue: Callable[..., SubscoutQueue],
) -> None:
    queue = make_queue("limited", rate_limit=3, rate_window=1.0)
    for n in range(5):
        await queue.enqueue(Job("noop", key=f"j{n}"))
    started = [await queue.dequeue(timeout=0.05) for _ in range(4)]
    assert [j.key if j else None for j in started] == ["j0", "j1", "j2", None]
    assert await queue.count("queued") == 2, "over the limit, jobs stay queued"
    late = await queue.dequeue(timeout=2)
    assert late is not None
    assert late.key == "j3"


# -- retention and the finished index ---------------------------------------------------------


async def test_completed_jobs_keep_24h_and_newest_n_failed_keep_7_days(
    make_queue: Callable[..., SubscoutQueue], redis: Redis
) -> None:
    queue = make_queue("kept", completed_keep=3, retries=0)
    for n in range(5):
        await queue.enqueue(Job("noop", key=f"ok{n}"))
        job = await _start(queue)
        await queue.finish(job, Status.COMPLETE, result={"n": n})
    await queue.enqueue(Job("noop", key="bad"))
    bad = await _start(queue)
    await queue.finish(bad, Status.FAILED, error="boom")

    completed = await queue.finished_jobs(Status.COMPLETE)
    assert [j.key for j in completed] == ["ok4", "ok3", "ok2"]
    assert await queue.job("ok0") is None, "older than the newest 3: deleted"
    assert DAY - 5 <= await redis.ttl(queue.job_id("ok4")) <= DAY
    assert [j.key for j in await queue.finished_jobs(Status.FAILED)] == ["bad"]
    assert 7 * DAY - 5 <= await redis.ttl(queue.job_id("bad")) <= 7 * DAY


# -- SAQ 0.26.4's hazards ---------------------------------------------------------------------


@BOTH
async def test_sweep_never_loses_a_job_that_just_completed(
    kind: str, make_queue: Callable[..., SubscoutQueue], redis: Redis
) -> None:
    """(a) The sweep runs between a worker's claim and its status update; the job then completes."""
    queue = _queue(kind, make_queue, redis, "gap")
    await queue.enqueue(Job("noop", key="gap", retries=1))
    job = await queue.dequeue(timeout=1)
    assert job is not None
    sweep = asyncio.create_task(queue.sweep(lock=60, abort=1))
    await asyncio.sleep(0.05)
    job.started, job.attempts, job.worker_id = now(), 1, "w1"
    await job.update(status=Status.ACTIVE)
    await queue.finish(job, Status.COMPLETE, result={"found": 3})
    await sweep
    stored = await queue.job("gap")
    assert stored is not None
    assert (stored.status, stored.result) == (Status.COMPLETE, {"found": 3})


@BOTH
async def test_job_without_timeout_or_heartbeat_is_recovered_when_its_worker_dies(
    kind: str, make_queue: Callable[..., SubscoutQueue], redis: Redis
) -> None:
    """(b) timeout 0 + heartbeat 0: SAQ never considers it stuck, so it blocks its key forever."""
    queue = _queue(kind, make_queue, redis, "forever")
    await queue.enqueue(Job("noop", key="forever", timeout=0, heartbeat=0, retries=2))
    await _start(queue, worker_id="killed-worker")  # a worker that will never be heard from again
    await asyncio.sleep(1.2)
    await queue.sweep(lock=1, abort=0.2)
    await asyncio.sleep(0.1)
    await queue.schedule()  # a retry after a delay waits in the schedule
    again = await queue.dequeue(timeout=1)
    assert again is not None
    assert again.key == "forever"


@BOTH
async def test_aborting_a_job_does_not_block_the_same_key_in_another_queue(
    kind: str, make_queue: Callable[..., SubscoutQueue], redis: Redis
) -> None:
    """(c) SAQ's abort key is ``saq:abort:<key>`` for every queue (and every app on the Redis)."""
    alpha = _queue(kind, make_queue, redis, "alpha")
    beta = _queue(kind, make_queue, redis, "beta")
    await alpha.enqueue(Job("noop", key="shared"))
    job = await _start(alpha)
    await alpha.abort(job, "stop")
    assert await beta.enqueue(Job("noop", key="shared")) is not None


async def test_cancelling_a_job_waiting_for_its_retry_ends_it(
    make_queue: Callable[..., SubscoutQueue],
) -> None:
    """SAQ leaves such a job ``aborting`` forever: it is neither queued nor running."""
    queue = make_queue("later", retry_base_delay=60)
    await queue.enqueue(Job("noop", key="later"))
    job = await _start(queue)
    await queue.retry(job, error="boom")
    await queue.abort(job, "cancelled")
    stored = await queue.job("later")
    assert stored is not None
    assert stored.status == Status.ABORTED


# -- cron -------------------------------------------------------------------------------------


async def test_renewal_cron_enqueues_one_job_per_occurrence_however_many_workers(
    settings: Settings, redis: Redis
) -> None:
    paris = Settings(**{**settings.__dict__, "timezone": "Europe/Paris"})
    workers = [w for _ in range(3) for w in build_workers(paris, [RENEWAL_CHECK])]
    for _ in range(3):
        for worker in workers:
            await worker.schedule()
    queue = workers[0].queue
    scheduled = await redis.zrange(queue.namespace("incomplete"), 0, -1, withscores=True)
    assert len(scheduled) == 1
    job_id, due = scheduled[0]
    at = datetime.fromtimestamp(due, ZoneInfo("Europe/Paris"))
    assert (at.hour, at.minute) == (9, 0)
    job = await queue.job(queue.job_key_from_id(job_id.decode()))
    assert job is not None
    assert (job.function, job.kwargs) == ("renewal_check", {"daysAhead": 30})
    assert job.timeout == queue.policy.timeout

    # The run happens; a worker whose clock is behind then computes the same occurrence again.
    await queue.finish(job, Status.COMPLETE, result={})
    assert await queue.enqueue_once(Job("renewal_check", key=job.key)) is None
    for client in {id(w.queue.redis): w.queue.redis for w in workers}.values():
        await client.aclose()


def test_policy_fills_only_what_a_job_left_at_saq_defaults() -> None:
    queue = SubscoutQueue(
        Redis(), "p", policy=QueuePolicy(timeout=99, heartbeat=7, retries=2), namespace="ns"
    )
    default, custom = Job("f"), Job("f", timeout=5, retries=1)
    queue.apply_policy(default)
    queue.apply_policy(custom)
    assert (default.timeout, default.heartbeat, default.retries) == (99, 7, 3)
    assert (custom.timeout, custom.retries) == (5, 3)
    assert queue.job_id("k") == "ns:saq:job:p:k"
    assert queue.abort_key(default).startswith("ns:saq:p:abort:")


async def test_the_owner_hears_when_the_sweep_retries_a_dead_workers_job(
    settings: Settings, redis: Redis
) -> None:
    """No worker is left to tell the browser, so the sweep does: a job-failed event that will retry."""
    settings = replace(settings, worker_liveness_ttl=1)
    queue = build_queues(settings, redis)[EMAIL_SCAN]
    pubsub = redis.pubsub()
    await pubsub.subscribe(user_events_channel(settings, "owner-1"))
    await queue.enqueue(Job("email_scan", key="orphan", kwargs={"userId": "owner-1"}, retries=2))
    await _start(queue, worker_id="vanished-worker")
    await asyncio.sleep(settings.worker_liveness_ttl + 0.2)
    await queue.sweep(lock=1, abort=0.2)
    event = None
    for _ in range(20):
        message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=0.5)
        if message is not None:
            event = json.loads(message["data"])
            break
    await pubsub.aclose()
    assert event is not None
    assert (event["type"], event["jobId"], event["willRetry"]) == ("job-failed", "orphan", True)


# -- fewer round trips ------------------------------------------------------------------------


async def test_claim_marks_the_job_active_and_keeps_the_rest_of_its_body(
    make_queue: Callable[..., SubscoutQueue], redis: Redis
) -> None:
    """The claim script rewrites only the run state: [] stays [], big numbers stay exact."""
    queue = make_queue("claim")
    kwargs = {"empty": [], "big": 2**62 + 1, "text": 'a "quoted" \\ ünïcode', "nested": {"n": [1, None]}}
    await queue.enqueue(Job("noop", key="c1", kwargs=kwargs))
    before = now()
    job = await queue.claim("worker-1", timeout=1)
    assert job is not None
    stored = await queue.job("c1")
    assert stored is not None
    for seen in (job, stored):
        assert (seen.status, seen.attempts, seen.worker_id) == (Status.ACTIVE, 1, "worker-1")
        assert seen.started >= before
        assert seen.touched == seen.started
        assert seen.kwargs == kwargs
        assert seen.timeout == queue.policy.timeout
    # A retried job is claimed again by another worker: attempts count on.
    await queue.retry(job, error="boom")
    await asyncio.sleep(0.2)
    await queue.schedule()
    again = await queue.claim("worker-2", timeout=1)
    assert again is not None
    assert (again.status, again.attempts, again.worker_id, again.kwargs) == (
        Status.ACTIVE,
        2,
        "worker-2",
        kwargs,
    )


async def test_claim_marks_active_a_job_stored_in_another_shape(
    make_queue: Callable[..., SubscoutQueue], redis: Redis
) -> None:
    """A body the script cannot rewrite (written by other code) is marked active the SAQ way."""
    queue = make_queue("shape")
    await queue.enqueue(Job("noop", key="s1", kwargs={"a": [1]}))
    job = await queue.job("s1")
    assert job is not None
    await redis.set(job.id, json.dumps(job.to_dict(), sort_keys=True))
    claimed = await queue.claim("w", timeout=1)
    stored = await queue.job("s1")
    for seen in (claimed, stored):
        assert seen is not None
        assert (seen.status, seen.attempts, seen.worker_id, seen.kwargs) == (
            Status.ACTIVE,
            1,
            "w",
            {"a": [1]},
        )


async def test_a_waiting_claim_marks_the_job_active_when_it_arrives(
    make_queue: Callable[..., SubscoutQueue],
) -> None:
    queue = make_queue("idle")
    waiting = asyncio.create_task(queue.claim("w", timeout=5))
    await asyncio.sleep(0.2)
    assert queue.waiting_tasks() == {waiting}, "a stopping worker may cancel it"
    await queue.enqueue(Job("noop", key="late"))
    job = await waiting
    assert job is not None
    assert (job.key, job.status, job.attempts, job.worker_id) == ("late", Status.ACTIVE, 1, "w")
    assert not queue.waiting_tasks()


async def test_a_stopping_worker_does_not_wait_for_a_job(make_queue: Callable[..., SubscoutQueue]) -> None:
    queue = make_queue("stopping")
    assert await asyncio.wait_for(queue.claim("w", stopping=lambda: True), timeout=1) is None


async def test_finishing_a_job_claims_the_next_within_the_rate_limit(
    make_queue: Callable[..., SubscoutQueue],
) -> None:
    queue = make_queue("chain", rate_limit=2, rate_window=5.0)
    for n in range(3):
        await queue.enqueue(Job("noop", key=f"n{n}"))
    first = await queue.claim("w", timeout=1)
    assert first is not None
    second = await queue.finish_and_claim(first, Status.COMPLETE, result={"ok": 1}, worker_id="w")
    assert second is not None
    assert (second.key, second.status, second.worker_id) == ("n1", Status.ACTIVE, "w")
    done = await queue.job("n0")
    assert done is not None
    assert (done.status, done.result) == (Status.COMPLETE, {"ok": 1})
    assert [j.key for j in await queue.finished_jobs(Status.COMPLETE)] == ["n0"]
    # Two starts in the window: the third job waits for the limit.
    assert await queue.finish_and_claim(second, Status.COMPLETE, worker_id="w") is None
    assert await queue.count("queued") == 1
    # Without a worker (a stopping one), finishing claims nothing.
    unlimited = make_queue("chain2")
    for n in range(2):
        await unlimited.enqueue(Job("noop", key=f"u{n}"))
    job = await unlimited.claim("w", timeout=1)
    assert job is not None
    assert await unlimited.finish_and_claim(job, Status.COMPLETE) is None
    assert await unlimited.count("queued") == 1


# -- finishing in batches -----------------------------------------------------------------------


async def _script_calls(redis: Redis) -> int:
    stats = await redis.info("commandstats")
    return sum(int(stats.get(f"cmdstat_{name}", {}).get("calls", 0)) for name in ("evalsha", "eval"))


async def test_finishes_in_one_loop_turn_share_one_round_trip_and_each_slot_gets_its_own_next_job(
    make_queue: Callable[..., SubscoutQueue], redis: Redis
) -> None:
    queue = make_queue("batch")
    for key in ("warm-up", "a", "b", "c", "d", "e"):
        await queue.enqueue(Job("noop", key=key))
    warm_up = await queue.claim("w1")
    assert warm_up is not None
    await queue.finish(warm_up, Status.COMPLETE)  # loads the script into Redis
    running = [await queue.claim("w1") for _ in range(3)]
    assert all(job is not None for job in running)
    before = await _script_calls(redis)
    nexts = await asyncio.gather(
        *(
            queue.finish_and_claim(job, Status.COMPLETE, result=i, worker_id="w1")
            for i, job in enumerate(running)
            if job
        )
    )
    assert await _script_calls(redis) - before == 1
    claimed = [job.key for job in nexts if job is not None]
    assert sorted(claimed) == ["d", "e"]  # two left for three slots: the third gets none
    for job in nexts:
        if job is not None:
            assert job.status == Status.ACTIVE
            assert job.worker_id == "w1"
            assert job.attempts == 1
    for key, result in zip(("a", "b", "c"), (0, 1, 2), strict=True):
        done = await queue.job(key)
        assert done is not None
        assert done.status == Status.COMPLETE
        assert done.result == result
    assert sorted(j.key for j in await queue.finished_jobs(Status.COMPLETE)) == ["a", "b", "c", "warm-up"]
    assert await queue.count("active") == 2
    assert await queue.count("queued") == 0


async def test_a_job_claimed_for_a_slot_that_stopped_waiting_goes_back_to_the_queue(
    make_queue: Callable[..., SubscoutQueue],
) -> None:
    queue = make_queue("unclaim")
    for key in ("a", "b"):
        await queue.enqueue(Job("noop", key=key))
    first = await queue.claim("w1")
    assert first is not None
    finishing = asyncio.create_task(queue.finish_and_claim(first, Status.COMPLETE, worker_id="w1"))
    await asyncio.sleep(0)  # the finish has joined this turn's batch
    finishing.cancel()
    with pytest.raises(asyncio.CancelledError):
        await finishing

    async def requeued() -> bool:
        job = await queue.job("b")
        return job is not None and job.status == Status.QUEUED and await queue.count("queued") == 1

    await wait_until(requeued, within=5)
    done = await queue.job("a")
    assert done is not None
    assert done.status == Status.COMPLETE
    again = await queue.claim("w2")
    assert again is not None
    assert again.key == "b"
    assert again.attempts == 1
    assert again.worker_id == "w2"
