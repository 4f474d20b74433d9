"""``SubscoutQueue``: SAQ's Redis queue with what BullMQ did and SAQ does not, in the same keys.

What it adds, each where SAQ has its own extension point (so SAQ's web UI and
tools keep seeing the truth), reaching SAQ's private members only through
``app.jobs.saq_internals``:

- keys under the app's ``REDIS_NAMESPACE``, abort keys per queue (SAQ's are global);
- the queue's ``QueuePolicy`` filled into every job it enqueues;
- a rate limit on job starts across all workers, kept atomically in Redis;
- retries after exactly 5 s, 25 s, 125 s (SAQ's backoff is jittered);
- per-status retention and an index of finished jobs (SAQ lists only live ones);
- a sweep that never overwrites a finished job and that recovers the jobs of a
  dead worker even without timeout or heartbeat;
- fewer round trips per job: a worker's claim marks the job active in the same script (SAQ
  claims, reads, then writes it), and finishing a job claims the worker's next one; the finishes
  a worker's slots make in one event-loop turn go in one script call, which claims a next job for
  each, so a busy worker pays one round trip for several jobs; jobs are (de)serialised with msgspec.

What the fused round trips are worth (``bench/queue_throughput.py``, no-op jobs, one worker
process, concurrency 10, 2026-12-02 on the shared 2-core machine) against ``PlainQueue`` there,
this class with claim, mark-active and finish each in its own round trip as SAQ does: before
batching finishes x1.9 the jobs/s, x0.46 the worker CPU and x0.62 the Redis CPU per job;
with batching x1.9-3.3 the jobs/s (x2.6 in ``make bench``), x0.23-0.25 the worker CPU (156 vs
631 µs) and x0.41-0.51 the Redis CPU per job. Against stock SAQ: x2.1-7.3 the jobs/s per round
(x5.2 median; end to end, enqueue included), x0.14 the worker CPU per job; against BullMQ 5
(``bench/queue_vs_bullmq.py``) x1.32 the jobs/s, x0.56 the worker CPU per job. Hence they stay.
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import itertools
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import msgspec
from redis.asyncio import Redis
from saq.job import TERMINAL_STATUSES, Job, Status
from saq.utils import now

from app.jobs.policy import QueuePolicy
from app.jobs.saq_internals import InternalsQueue

if TYPE_CHECKING:
    from redis.commands.core import AsyncScript

logger = logging.getLogger("subscout.queue")

# SAQ's own defaults for the fields a policy fills in: a job that set something else keeps it.
SAQ_JOB_DEFAULTS = {"timeout": 10, "heartbeat": 0, "retries": 1, "ttl": 600, "retry_delay": 0.0}

# Redis 6.2 needs effects replication before TIME in a script that writes; 7+ always does it.
_USE_SERVER_TIME = """
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
"""

# A job's body starts with its run state in a fixed order (see ``SubscoutQueue.serialize``), so a
# script can mark it active by rewriting that head and keeping the rest byte for byte (no cjson
# round trip, which would turn [] into {} and round big numbers). A body in another shape is left
# alone (flag 0) and the worker marks it active itself, as SAQ does.
_ACTIVATE = r"""
local function activate(job_id, body, worker, stamp)
  local _, head_end, attempts = string.find(body,
    '^{%s*"status"%s*:%s*"%l+"%s*,%s*"attempts"%s*:%s*(%d+)%s*,%s*"started"%s*:%s*%d+%s*,' ..
    '%s*"touched"%s*:%s*%d+%s*,%s*"worker_id"%s*:%s*')
  if not head_end then return body, 0 end
  local rest = string.sub(body, head_end + 1)
  local _, id_end = string.find(rest, '^null')
  if not id_end then _, id_end = string.find(rest, '^"[^"\\]*"') end
  if not id_end then return body, 0 end
  body = '{"status":"active","attempts":' .. (tonumber(attempts) + 1) .. ',"started":' .. stamp ..
    ',"touched":' .. stamp .. ',"worker_id":' .. worker .. string.sub(rest, id_end + 1)
  redis.call('SET', job_id, body)
  redis.call('PUBLISH', job_id, 'active')
  return body, 1
end
"""

# Takes the next job off the queued list, unless the rate limit says wait: returns the job's id,
# or nil and the ms to wait (-1: the queue is empty). Needs ``now`` (server time).
_CLAIM = """
local function claim(queued, active, starts, limit, window)
  if limit > 0 then
    redis.call('ZREMRANGEBYSCORE', starts, '-inf', now - window)
    if redis.call('ZCARD', starts) >= limit then
      local oldest = redis.call('ZRANGE', starts, 0, 0, 'WITHSCORES')
      return nil, tonumber(oldest[2]) + window - now
    end
  end
  local job_id = redis.call('LMOVE', queued, active, 'LEFT', 'RIGHT')
  if not job_id then return nil, -1 end
  if limit > 0 then
    redis.call('ZADD', starts, now, job_id .. '@' .. now)
    redis.call('PEXPIRE', starts, window)
  end
  return job_id, 0
end

-- {job_id, body, 1 if marked active by the script else 0}, or {'', ms to wait, 0}.
local function claim_reply(queued, active, starts, limit, window, worker, stamp)
  local job_id, wait = claim(queued, active, starts, tonumber(limit), tonumber(window))
  if not job_id then return {'', wait, 0} end
  local body = redis.call('GET', job_id)
  if not body then return {job_id, '', 0} end
  if worker == '' then return {job_id, body, 0} end
  local activated, flag = activate(job_id, body, worker, stamp)
  return {job_id, activated, flag}
end
"""

# Claims the next job: the rate limit check, LMOVE queued -> active, the job's body and, for a
# worker (ARGV[3], its id as JSON), the job marked active (attempts + 1, started, worker) in one step.
CLAIM_SCRIPT = (
    _USE_SERVER_TIME
    + _ACTIVATE
    + _CLAIM
    + """
return claim_reply(KEYS[1], KEYS[2], KEYS[3], ARGV[1], ARGV[2], ARGV[3], ARGV[4])
"""
)

# Marks a job taken by BLMOVE active: {body, flag} as above, or {'', 0} if it has gone.
ACTIVATE_SCRIPT = (
    _ACTIVATE
    + """
local body = redis.call('GET', KEYS[1])
if not body then return {'', 0} end
local activated, flag = activate(KEYS[1], body, ARGV[1], ARGV[2])
return {activated, flag}
"""
)

# SAQ's enqueue script, with the per-queue abort key and an optional "only once ever" marker
# (cron occurrences: a worker whose clock is behind must not schedule a run that already happened).
ENQUEUE_SCRIPT = """
if redis.call('ZSCORE', KEYS[1], KEYS[2]) or redis.call('EXISTS', KEYS[4]) == 1 then return nil end
if KEYS[5] and not redis.call('SET', KEYS[5], 1, 'NX', 'EX', ARGV[3]) then return nil end
redis.call('SET', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[1], ARGV[2], KEYS[2])
if ARGV[2] == '0' then redis.call('RPUSH', KEYS[3], KEYS[2]) end
return 1
"""

# Writes a job unless someone changed its status meanwhile (an abort, a sweep); then returns
# the stored status so the caller writes again with it. One round trip in the common case.
UPDATE_SCRIPT = """
local stored = redis.call('GET', KEYS[1])
if stored then
  local status = cjson.decode(stored)['status'] or 'new'
  if status ~= ARGV[2] then return status end
end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('PUBLISH', KEYS[1], ARGV[2])
return false
"""

# Finishes jobs: each out of active/incomplete, stored with its status's TTL, recorded in the
# index of finished jobs, the index trimmed (by age, and to the newest N, deleting those jobs),
# notified. Then claims up to ARGV[6] next jobs for the worker ARGV[2] (its id as JSON), as
# CLAIM_SCRIPT does. Several finishes arrive together when a worker's slots end jobs in the same
# event-loop turn (``SubscoutQueue._settle_batch``), so a busy worker pays one round trip for many.
# KEYS: active, incomplete, queued, starts, then (job id, finished index) per job.
# ARGV: n, worker, stamp, limit, window, claims, then (body, ttl, keep, max age ms, status) per job.
# Returns the claims, each {job_id, body, 1 if marked active}; fewer when the queue ran dry.
FINISH_SCRIPT = (
    _USE_SERVER_TIME
    + _ACTIVATE
    + _CLAIM
    + """
local function finish(active, incomplete, job_id, index, body, ttl, keep, max_age, status)
  redis.call('LREM', active, 1, job_id)
  redis.call('ZREM', incomplete, job_id)
  if ttl > 0 then redis.call('SETEX', job_id, ttl, body)
  elseif ttl == 0 then redis.call('SET', job_id, body)
  else redis.call('DEL', job_id) end
  if ttl >= 0 then
    redis.call('ZADD', index, now, job_id)
    redis.call('ZREMRANGEBYSCORE', index, '-inf', now - max_age)
    if keep > 0 then
      for _, old in ipairs(redis.call('ZRANGE', index, 0, -keep - 1)) do
        redis.call('ZREM', index, old)
        if not redis.call('ZSCORE', incomplete, old) then redis.call('DEL', old) end
      end
    end
    redis.call('PEXPIRE', index, max_age)
  end
  redis.call('PUBLISH', job_id, status)
end

for i = 0, tonumber(ARGV[1]) - 1 do
  local a = 7 + 5 * i
  finish(KEYS[1], KEYS[2], KEYS[5 + 2 * i], KEYS[6 + 2 * i], ARGV[a], tonumber(ARGV[a + 1]),
    tonumber(ARGV[a + 2]), tonumber(ARGV[a + 3]), ARGV[a + 4])
end
local claims = {}
for _ = 1, tonumber(ARGV[6]) do
  local reply = claim_reply(KEYS[3], KEYS[1], KEYS[4], ARGV[4], ARGV[5], ARGV[2], ARGV[3])
  if reply[1] == '' then break end
  claims[#claims + 1] = reply
end
return claims
"""
)

SWEEP_SCRIPT = """
local id_jobs = {}
if redis.call('EXISTS', KEYS[1]) == 0 then
  redis.call('SETEX', KEYS[1], ARGV[1], 1)
  for i, v in ipairs(redis.call('LRANGE', KEYS[2], 0, -1)) do
    id_jobs[i] = {v, redis.call('GET', v) or ''}
  end
end
return id_jobs
"""

_JSON_ENCODER = msgspec.json.Encoder()
_JSON_DECODER = msgspec.json.Decoder()
encode_json = _JSON_ENCODER.encode
"""Jobs are stored as JSON, as SAQ does; msgspec is several times faster than ``json``."""
decode_json = _JSON_DECODER.decode

_RUN_STATE = ("status", "attempts", "started", "touched", "worker_id")
_JOB_FIELDS = tuple((f.name, f.default) for f in dataclasses.fields(Job) if f.name not in _RUN_STATE)


def _safe_eq(a: object, b: object) -> bool:
    """SAQ's comparison of a field with its default (some values refuse ``==``)."""
    try:
        return bool(a == b)
    except ValueError:
        return False


@dataclasses.dataclass(frozen=True, slots=True)
class _Settling:
    """A job's finish waiting for its batch's script call."""

    job_id: str
    index: str
    args: list[Any]
    claimed: asyncio.Future[list[Any] | None]
    """Resolved with the next job claimed for this finish's worker slot, or None."""


ONCE_MARKER_TTL = 3 * 24 * 3600
"""How long "this cron occurrence was scheduled" is remembered: longer than any clock skew."""


def rate_limited_start(
    started: Sequence[float], position: int, limit: int, window: float, at: float
) -> float:
    """When the job ``position`` places down the queue (0: next) may start, given the recent
    ``started`` times: each start waits until fewer than ``limit`` starts lie within ``window``."""
    starts = sorted(started)
    moment = at
    for _ in range(position + 1):
        if len(starts) >= limit:
            moment = max(moment, starts[-limit] + window)
        starts.append(moment)
    return moment


class SubscoutQueue(InternalsQueue):
    """SAQ's ``RedisQueue`` with the app's namespace and the queue's ``QueuePolicy``."""

    claim_grace = 2.0
    """Seconds the sweep waits before treating a claimed-but-not-started job as orphaned."""
    idle_poll = 0.25
    """Seconds between claim attempts while a rate-limited queue is empty."""

    def __init__(
        self,
        redis: Redis,
        name: str,
        *,
        policy: QueuePolicy,
        namespace: str,
        liveness_ttl: int = 45,
        **kwargs: Any,
    ) -> None:
        self.prefix = f"{namespace}:saq"
        super().__init__(redis, name=name, dump=encode_json, load=decode_json, **kwargs)
        self.policy = policy
        self.liveness_ttl = liveness_ttl
        self.on_swept: Callable[[Job], Awaitable[None]] | None = None
        """Told about a job the sweep retried or aborted (no worker is left to tell its owner)."""
        self.listen_under(self.job_id(""))
        self._starts = self.namespace("starts")
        self._waiting: set[asyncio.Task[Any]] = set()
        self._scripts: dict[str, AsyncScript] = {}
        self._settling: dict[str, list[_Settling]] = {}
        """Finishes waiting for this event-loop turn's script call, by the worker claiming next."""
        self._sending: set[asyncio.Task[None]] = set()

    # -- keys -------------------------------------------------------------------------------

    def namespace(self, key: str) -> str:
        return f"{self.prefix}:{self.name}:{key}"

    def job_id(self, job_key: str) -> str:
        return f"{self.prefix}:job:{self.name}:{job_key}"

    def job_key_from_id(self, job_id: str) -> str:
        return job_id[len(self.job_id("")) :]

    def abort_key(self, job: Job) -> str:
        """Per queue, unlike SAQ's ``Job.abort_id``: aborting a job here never blocks another queue."""
        return self.namespace(f"abort:{job.key}")

    def finished_index(self, status: Status) -> str:
        return self.namespace("completed" if status == Status.COMPLETE else "failed")

    # -- (de)serialisation --------------------------------------------------------------------

    def serialize(self, job: Job) -> bytes | str:
        """SAQ's ``Job.to_dict``, with the run state first (the claim scripts rewrite it in place)."""
        data: dict[str, Any] = {
            "status": job.status,
            "attempts": job.attempts,
            "started": job.started,
            "touched": job.touched,
            "worker_id": job.worker_id,
        }
        for name, default in _JOB_FIELDS:
            value = getattr(job, name)
            if value is default or _safe_eq(value, default):
                continue
            if name == "meta" and not value:
                continue
            if name == "queue" and value:
                value = value.name
            data[name] = value
        return encode_json(data)

    def _script(self, source: str) -> AsyncScript:
        if source not in self._scripts:
            self._scripts[source] = self.redis.register_script(source)
        return self._scripts[source]

    # -- enqueue ----------------------------------------------------------------------------

    def apply_policy(self, job: Job) -> None:
        """Fill the policy into the fields the job left at SAQ's defaults."""
        wanted = {
            "timeout": self.policy.timeout,
            "heartbeat": self.policy.heartbeat,
            "retries": self.policy.attempts,
            "ttl": self.policy.completed_ttl,
            "retry_delay": self.policy.retry_base_delay,
        }
        for field, value in wanted.items():
            if getattr(job, field) == SAQ_JOB_DEFAULTS[field]:
                setattr(job, field, value)
        job.retry_backoff = False

    async def enqueue(self, job_or_func: str | Job, **kwargs: Any) -> Job | None:
        if isinstance(job_or_func, str):
            job_or_func = Job(function=job_or_func)
        self.apply_policy(job_or_func)
        return await super().enqueue(job_or_func, **kwargs)

    async def enqueue_once(self, job: Job) -> Job | None:
        """Enqueue unless a job with this key was ever enqueued here (within days)."""
        job.meta["once"] = True
        return await self.enqueue(job)

    async def write_enqueued(self, job: Job) -> Job | None:
        keys = [self.incomplete_key, job.id, self.queued_key, self.abort_key(job)]
        if job.meta.get("once"):
            keys.append(self.namespace(f"once:{job.key}"))
        async with self.operation_slots:
            added = await self._script(ENQUEUE_SCRIPT)(
                keys=keys, args=[self.serialize(job), job.scheduled, ONCE_MARKER_TTL], client=self.redis
            )
        return job if added else None

    # -- claim ------------------------------------------------------------------------------

    async def dequeue(self, timeout: float = 0.0, poll_interval: float = 0.0) -> Job | None:  # noqa: ASYNC109
        """The next job, waiting up to ``timeout`` seconds (0: forever); the rate limit holds jobs back."""
        return await self._take("", timeout)

    async def claim(
        self,
        worker_id: str,
        timeout: float = 0.0,  # noqa: ASYNC109 - SAQ's dequeue has the same
        stopping: Callable[[], bool] | None = None,
    ) -> Job | None:
        """The next job, already marked active for this worker (SAQ's worker needs a second trip).

        Waits up to ``timeout`` seconds (0: forever), unless ``stopping()`` says the worker stops.
        """
        return await self._take(encode_json(worker_id).decode(), timeout, stopping)

    async def _take(
        self,
        worker: str,
        timeout: float,  # noqa: ASYNC109
        stopping: Callable[[], bool] | None = None,
    ) -> Job | None:
        deadline = time.monotonic() + timeout if timeout else None
        while True:
            job_id, body, wait = await self._claim(worker)
            if job_id:
                return await self._claimed(body, wait, worker)
            left = None if deadline is None else deadline - time.monotonic()
            if (left is not None and left <= 0) or (stopping is not None and stopping()):
                return None
            # Only the waits count as "waiting": a stopping worker cancels those at once, and never
            # a task whose claim is under way (its job would be left claimed by nobody).
            task = asyncio.current_task()
            if task is not None:
                self._waiting.add(task)
            try:
                if wait < 0 and not self.policy.rate_limit:
                    return await self._blocking_claim(left, worker)
                pause = self.idle_poll if wait < 0 else wait / 1000
                await asyncio.sleep(pause if left is None else min(pause, left))
            finally:
                if task is not None:
                    self._waiting.discard(task)

    async def _claim(self, worker: str = "") -> tuple[str, bytes, float]:
        """One claim attempt: (job id, body, 1.0 if the script marked it active), or ("", b"", ms to wait)."""
        keys = [self.queued_key, self.active_key, self._starts]
        args: list[str | int] = [self.policy.rate_limit, int(self.policy.rate_window * 1000), worker, now()]
        job_id, value, flag = await self._script(CLAIM_SCRIPT)(keys=keys, args=args, client=self.redis)
        if job_id:
            return job_id.decode(), value, float(flag)
        return "", b"", float(value)

    async def _claimed(self, body: bytes, activated: float, worker: str) -> Job | None:
        """The claimed job; marked active here if the script could not (a body in another shape)."""
        job = self.deserialize(body)
        if job is None or not worker or activated:
            return job
        job.started, job.attempts, job.worker_id = now(), job.attempts + 1, decode_json(worker)
        await self.update(job, status=Status.ACTIVE)
        return job

    async def _blocking_claim(self, timeout: float | None, worker: str = "") -> Job | None:  # noqa: ASYNC109
        """An idle unlimited queue blocks in Redis instead of polling (as SAQ does)."""
        wait = timeout or 0
        job_id = await self.redis.blmove(self.queued_key, self.active_key, wait, "LEFT", "RIGHT")  # type: ignore[arg-type]
        if job_id is None:
            return None
        if not worker:
            return await self.job(self.job_key_from_id(job_id.decode()))
        body, flag = await self._script(ACTIVATE_SCRIPT)(
            keys=[job_id], args=[worker, now()], client=self.redis
        )
        return await self._claimed(body, float(flag), worker)

    async def starts_in(self, job: Job) -> float:
        """Roughly the seconds until the rate limit lets this queued job start (0: it holds nothing
        back). Busy workers are not counted: with a free slot, a job starts once the limit allows."""
        if not self.policy.rate_limit:
            return 0.0
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.time()
            pipe.lpos(self.queued_key, job.id)
            pipe.zrange(self._starts, 0, -1, withscores=True)
            (seconds, micros), position, starts = await pipe.execute()
        if position is None:
            return 0.0
        at, window = seconds * 1000 + micros / 1000, self.policy.rate_window * 1000
        recent = [float(score) for _member, score in starts if score > at - window]
        start = rate_limited_start(recent, position, self.policy.rate_limit, window, at)
        return float(start - at) / 1000

    def waiting_tasks(self) -> set[asyncio.Task[Any]]:
        """Tasks waiting for a job (holding none): a stopping worker may cancel them at once."""
        return set(self._waiting)

    # -- update, retry, finish ----------------------------------------------------------------

    async def update(self, job: Job, **kwargs: Any) -> None:
        job.touched = now()
        for key, value in kwargs.items():
            if hasattr(job, key):
                setattr(job, key, value)
        await self.write_update(copy.copy(job), kwargs.get("status"))

    async def write_update(self, job: Job, status: Status | None) -> None:
        if status is not None:
            job.status = status
        else:
            stored = await self._script(UPDATE_SCRIPT)(
                keys=[job.id], args=[self.serialize(job), job.status.value], client=self.redis
            )
            if not stored:
                return
            job.status = Status(stored.decode())
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.set(job.id, self.serialize(job))
            pipe.publish(job.id, job.status.value)
            await pipe.execute()

    async def retry_now(self, job: Job, error: str) -> None:
        """``retry`` without the policy's delay: Redis went away under the job, the job did not fail."""
        job.status, job.error, job.touched = Status.QUEUED, error, now()
        job.completed = job.started = job.progress = 0
        await self.write_retry(job, error, delay=0.0)
        self.retried += 1
        logger.info("Requeued %s: %s", job.key, error)

    async def write_retry(self, job: Job, error: str | None, delay: float | None = None) -> None:
        """Back in the queue after the policy's exact delay (SAQ's own backoff is jittered)."""
        if delay is None:
            delay = self.policy.retry_delay(job.attempts)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.lrem(self.active_key, 1, job.id)
            pipe.lrem(self.queued_key, 1, job.id)
            if delay > 0:
                pipe.zadd(self.incomplete_key, {job.id: time.time() + delay})
            else:
                pipe.zadd(self.incomplete_key, {job.id: job.scheduled})
                pipe.rpush(self.queued_key, job.id)
            pipe.set(job.id, self.serialize(job))
            pipe.publish(job.id, job.status.value)
            await pipe.execute()

    async def finish(
        self, job: Job, status: Status, *, result: Any = None, error: str | None = None, **kwargs: Any
    ) -> None:
        await self.finish_and_claim(job, status, result=result, error=error)

    async def finish_and_claim(
        self,
        job: Job,
        status: Status,
        *,
        result: Any = None,
        error: str | None = None,
        worker_id: str | None = None,
    ) -> Job | None:
        """Finish the job; given a worker, claim its next job (marked active) in the same round trip."""
        # SAQ's own finish formats the whole job for an INFO log line on every job.
        job.status, job.result, job.error, job.completed = status, result, error, now()
        if status == Status.COMPLETE:
            job.progress = 1.0
        worker = "" if worker_id is None else encode_json(worker_id).decode()
        claimed = await self._finish_script(job, status, worker)
        if status == Status.COMPLETE:
            self.complete += 1
        elif status == Status.FAILED:
            self.failed += 1
        elif status == Status.ABORTED:
            self.aborted += 1
        logger.debug("Finished %s", job.key)
        if claimed is None:
            return None
        return await self._claimed(claimed[1], float(claimed[2]), worker)

    async def _finish_script(self, job: Job, status: Status, worker: str) -> list[Any] | None:
        """Finish the job with whatever else this worker finishes in this event-loop turn.

        Returns the next job claimed for ``worker`` ({id, body, activated}), or None.
        """
        settling = self._settling_of(job, status)
        batch = self._settling.setdefault(worker, [])
        batch.append(settling)
        if len(batch) == 1:
            asyncio.get_running_loop().call_soon(self._send_batch, worker)
        return await settling.claimed

    def _settling_of(self, job: Job, status: Status) -> _Settling:
        ok = status == Status.COMPLETE
        ttl = self.policy.completed_ttl if ok else self.policy.failed_ttl
        if job.ttl < 0:
            ttl = -1
        args = [self.serialize(job), ttl, self.policy.completed_keep if ok else 0, ttl * 1000, status.value]
        return _Settling(
            job.id, self.finished_index(status), args, asyncio.get_running_loop().create_future()
        )

    def _send_batch(self, worker: str) -> None:
        batch = self._settling.pop(worker, [])
        if batch:
            task = asyncio.create_task(self._settle_batch(worker, batch))
            self._sending.add(task)
            task.add_done_callback(self._sending.discard)

    async def _settle_batch(self, worker: str, batch: list[_Settling]) -> None:
        """One script call finishes the batch and claims a next job for each finish that wants one."""
        keys = [self.active_key, self.incomplete_key, self.queued_key, self._starts]
        args: list[Any] = [
            len(batch),
            worker,
            now(),
            self.policy.rate_limit,
            int(self.policy.rate_window * 1000),
            len(batch) if worker else 0,
        ]
        for settling in batch:
            keys += [settling.job_id, settling.index]
            args += settling.args
        try:
            claims: list[Any] = await self._script(FINISH_SCRIPT)(keys=keys, args=args, client=self.redis)
        except BaseException as exc:
            for settling in batch:
                if not settling.claimed.done():
                    settling.claimed.set_exception(exc)
            if not isinstance(exc, Exception):
                raise
            return
        for settling, claim in itertools.zip_longest(batch, claims[: len(batch)]):
            if not settling.claimed.done():
                settling.claimed.set_result(claim)
            elif claim is not None:
                # Its worker slot stopped waiting (cancelled): the job it was given goes back.
                await self._unclaim(claim[1])

    async def _unclaim(self, body: bytes) -> None:
        job = self.deserialize(body)
        if job is None:
            return
        job.status, job.attempts, job.started, job.worker_id = (
            Status.QUEUED,
            max(0, job.attempts - 1),
            0,
            None,
        )
        await self.write_retry(job, None, delay=0.0)

    # -- abort ------------------------------------------------------------------------------

    async def abort(self, job: Job, error: str, ttl: float = 5) -> None:
        async with self.operation_slots:
            job.status, job.error = Status.ABORTING, error
            async with self.redis.pipeline(transaction=True) as pipe:
                pipe.lpos(self.active_key, job.id)
                pipe.lrem(self.queued_key, 0, job.id)
                pipe.zrem(self.incomplete_key, job.id)
                pipe.set(job.id, self.serialize(job))
                pipe.setex(self.abort_key(job), max(1, round(ttl)), error)
                pipe.publish(job.id, job.status.value)
                running, *_ = await pipe.execute()
        # SAQ finishes only a job taken off the queued list: one waiting for a retry stayed ABORTING.
        if running is None:
            await self.finish(job, Status.ABORTED, error=error)
            await self.redis.delete(self.abort_key(job))
        else:
            await self.redis.lrem(self.active_key, 0, job.id)  # type: ignore[misc]

    async def finish_abort(self, job: Job) -> None:
        await self.redis.delete(self.abort_key(job))
        await job.finish(Status.ABORTED, error=job.error)

    # -- sweep ------------------------------------------------------------------------------

    async def sweep(self, lock: int = 60, abort: float = 5.0) -> list[str]:
        """Recover orphaned jobs; unlike SAQ's, never overwrite a job that finished meanwhile."""
        rows = await self._script(SWEEP_SCRIPT)(keys=[self.sweep_key, self.active_key], args=[lock])
        jobs = {job_id.decode(): self.deserialize(body) for job_id, body in rows}
        swept = [job_id for job_id, job in jobs.items() if job is None]
        for job_id in swept:
            await self._drop_missing(job_id)
        live = [job for job in jobs.values() if job is not None]
        alive = await self.live_workers(job.worker_id for job in live)
        for job in await self._orphans(live, alive):
            swept.append(job.id)
            await self._sweep_job(job, alive, abort)
        return swept

    async def _drop_missing(self, job_id: str) -> None:
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.lrem(self.active_key, 0, job_id)
            pipe.zrem(self.incomplete_key, job_id)
            await pipe.execute()
        logger.info("Sweeping missing job %s", job_id)

    async def live_workers(self, worker_ids: Iterable[str | None]) -> set[str]:
        """The workers among these whose liveness record has not expired."""
        ids = sorted({w for w in worker_ids if w})
        if not ids:
            return set()
        infos = await self.redis.mget([self.namespace(f"worker_info:{w}") for w in ids])
        return {w for w, info in zip(ids, infos, strict=True) if info}

    def _is_orphan(self, job: Job, alive: set[str]) -> bool:
        """A running job past its timeout or heartbeat, or whose worker has died."""
        if job.status not in (Status.ACTIVE, Status.ABORTING):
            return False
        if job.stuck:
            return True
        started_long_ago = now() - job.started > self.liveness_ttl * 1000
        return started_long_ago and job.worker_id not in alive

    async def _orphans(self, jobs: list[Job], alive: set[str]) -> list[Job]:
        """Stuck or dead-worker jobs, plus claimed ones still not started after ``claim_grace``.

        A job sits in the active list with its queued status between the worker's claim and its
        status update; SAQ sweeps such a job at once, racing the worker that is about to run it.
        """
        orphans = [job for job in jobs if self._is_orphan(job, alive)]
        unstarted = [job for job in jobs if job.status in (Status.NEW, Status.QUEUED)]
        if unstarted:
            await asyncio.sleep(self.claim_grace)
            still = await self.jobs(job.key for job in unstarted)
            listed = await self.redis.lrange(self.active_key, 0, -1)  # type: ignore[misc]
            active = {job_id.decode() for job_id in listed}
            orphans += [
                job
                for job in still
                if job is not None and job.status in (Status.NEW, Status.QUEUED) and job.id in active
            ]
        return orphans

    async def _sweep_job(self, job: Job, alive: set[str], abort_wait: float) -> None:
        logger.info("Sweeping job %s (worker %s)", job.key, job.worker_id)
        worker_alive = job.worker_id in alive
        await self.abort(job, error=self.swept_error_message)
        if worker_alive:
            # A live worker cancels its task on seeing the abort; a dead one never answers.
            try:
                await job.refresh(abort_wait)
            except TimeoutError:
                logger.info("Could not abort job %s", job.id)
        else:
            await job.refresh()
        if self._taken_over(job):
            logger.info("Job %s finished or restarted meanwhile; left as %s", job.key, job.status.value)
            return
        if job.retryable:
            await self.retry(job, error=self.swept_error_message)
        else:
            await self.finish(job, Status.ABORTED, error=self.swept_error_message)
        if self.on_swept is not None:
            await self.on_swept(job)

    def _taken_over(self, job: Job) -> bool:
        """A worker finished the job, or (re)started it, after the sweep looked: leave it be."""
        if job.status == Status.ACTIVE:
            return True
        if job.status in TERMINAL_STATUSES:
            return not (job.status == Status.ABORTED and job.error == self.swept_error_message)
        return False

    # -- reading ----------------------------------------------------------------------------

    async def finished_jobs(self, status: Status, limit: int = 50) -> list[Job]:
        """The newest finished jobs of this kind (``COMPLETE``, or ``FAILED`` for failed and aborted)."""
        ids = await self.redis.zrevrange(self.finished_index(status), 0, max(0, limit - 1))
        if not ids:
            return []
        bodies = await self.redis.mget(ids)
        return [job for job in (self.deserialize(body) for body in bodies) if job is not None]
