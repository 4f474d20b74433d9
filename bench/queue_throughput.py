"""No-op jobs through stock SAQ and through Subscout's queue and worker classes, in the same run.

For each variant, one worker process (same concurrency) on the same embedded Redis:

- throughput: enqueue ``--jobs`` no-op jobs as fast as possible; jobs/s from the first
  enqueue to the last completion (end to end);
  the worker process's and Redis's CPU time per job in that phase (steadier than jobs/s on a
  busy machine);
- latency: enqueue at a steady ``--rate`` for ``--seconds``; enqueue -> completion p50/p99.

The variants alternate for ``--rounds`` rounds (stock first in odd rounds, ours first in even
ones), so a busy machine slows both alike; each figure is the median over the rounds, and each
round's throughput ratio is printed too. Then prints Subscout / stock ratios. Usage:
``python bench/queue_throughput.py [--jobs 5000] [--rate 300] [--seconds 5] [--concurrency 10] [--rounds 3]``
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from redis.asyncio import Redis

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.benchlib import record
from saq.job import Job, Status
from saq.queue.redis import RedisQueue
from saq.utils import now
from saq.worker import Worker

from app.jobs.policy import QueuePolicy
from app.jobs.queue import SubscoutQueue
from app.jobs.worker import SubscoutWorker
from app.lib.redis_server import EmbeddedRedis, free_port

VARIANTS = ("stock", "plain", "subscout")


class PlainQueue(SubscoutQueue):
    """Subscout's queue without its fused round trips, to measure what they are worth (issue 9).

    A worker claims a job, then marks it active, then finishes it, each in its own round trip
    (no batching either), as stock SAQ does; everything else (keys, policy, retention, the
    finished index, msgspec) is the same.
    """

    async def claim(
        self,
        worker_id: str,
        timeout: float = 0.0,  # noqa: ASYNC109
        stopping: Callable[[], bool] | None = None,
    ) -> Job | None:
        job = await self._take("", timeout, stopping)
        if job is not None:
            job.started, job.attempts, job.worker_id = now(), job.attempts + 1, worker_id
            await self.update(job, status=Status.ACTIVE)
        return job

    async def finish_and_claim(
        self, job: Job, status: Status, *, result: Any = None, error: str | None = None,
        worker_id: str | None = None,
    ) -> Job | None:  # fmt: skip
        await super().finish_and_claim(job, status, result=result, error=error)
        return None

    async def _finish_script(self, job: Job, status: Status, worker: str) -> list[Any] | None:
        await self._settle_batch("", [self._settling_of(job, status)])  # one finish per round trip
        return None


async def noop(ctx: Any, **_: Any) -> None:
    return None


def make_queue(kind: str, redis: Redis, name: str) -> RedisQueue:
    if kind == "stock":
        return RedisQueue(redis, name=name)
    # Keep every completed job readable (the app keeps 100) so latency can be read back; the
    # finish script still records and trims the finished index on every job.
    policy = QueuePolicy(timeout=30, retries=0, completed_keep=1_000_000)
    cls = PlainQueue if kind == "plain" else SubscoutQueue
    return cls(redis, name, policy=policy, namespace="bench")


def run_worker(kind: str, url: str, name: str, concurrency: int) -> None:
    async def main() -> None:
        queue = make_queue(kind, Redis.from_url(url), name)
        cls = Worker if kind == "stock" else SubscoutWorker
        worker = cls(queue, [noop], concurrency=concurrency)
        await queue.connect()
        await worker.start()

    asyncio.run(main())


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


async def wait_drained(queue: RedisQueue, keys: list[str]) -> None:
    while await queue.count("incomplete"):  # noqa: ASYNC110 - polling Redis is the point
        await asyncio.sleep(0.005)
    # The last jobs may still be between "left the schedule" and "finished".
    while any(job is None or not job.completed for job in await queue.jobs(keys[-50:])):  # noqa: ASYNC110
        await asyncio.sleep(0.005)


def process_cpu(pid: int | None) -> float:
    """CPU seconds (user + system) a process has used so far; 0 where /proc is missing."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def redis_cpu(redis: Redis) -> float:
    info = await redis.info("cpu")
    return float(info["used_cpu_user"]) + float(info["used_cpu_sys"])


async def throughput(queue: RedisQueue, jobs: int, worker_pid: int | None = None) -> dict[str, float]:
    """Jobs/s end to end, and the CPU the worker process and Redis spent per job (in µs)."""
    keys = [uuid.uuid4().hex for _ in range(jobs)]
    cpu_before, redis_before = process_cpu(worker_pid), await redis_cpu(queue.redis)
    started = time.perf_counter()
    for chunk in range(0, jobs, 200):
        await asyncio.gather(*(queue.enqueue(Job("noop", key=k)) for k in keys[chunk : chunk + 200]))
    await wait_drained(queue, keys)
    elapsed = time.perf_counter() - started
    return {
        "jobs_per_s": jobs / elapsed,
        "worker_us": (process_cpu(worker_pid) - cpu_before) / jobs * 1e6,
        "redis_us": (await redis_cpu(queue.redis) - redis_before) / jobs * 1e6,
    }


async def latency(queue: RedisQueue, rate: int, seconds: float) -> list[float]:
    keys: list[str] = []
    sent: dict[str, float] = {}
    interval, start = 1 / rate, time.time()
    for n in range(int(rate * seconds)):
        await asyncio.sleep(max(0.0, start + n * interval - time.time()))
        key = uuid.uuid4().hex
        sent[key] = time.time()
        keys.append(key)
        await queue.enqueue(Job("noop", key=key))
    await wait_drained(queue, keys)
    done = await queue.jobs(keys)
    return [job.completed - sent[job.key] * 1000 for job in done if job is not None and job.completed]


async def measure(kind: str, url: str, args: argparse.Namespace) -> dict[str, float]:
    name = f"bench-{kind}-{uuid.uuid4().hex[:6]}"
    process = multiprocessing.get_context("spawn").Process(
        target=run_worker, args=(kind, url, name, args.concurrency), daemon=True
    )
    process.start()
    redis = Redis.from_url(url)
    queue = make_queue(kind, redis, name)
    try:
        while not (await queue.info())["workers"]:  # noqa: ASYNC110
            await asyncio.sleep(0.1)
        await throughput(queue, min(500, args.jobs))  # warm-up
        through = await throughput(queue, args.jobs, process.pid)
        lat = await latency(queue, args.rate, args.seconds)
    finally:
        process.terminate()
        process.join(10)
        await redis.aclose()
    return {
        **through,
        "p50": statistics.median(lat),
        "p99": percentile(lat, 99),
        "n": len(lat),
    }


async def main(args: argparse.Namespace) -> None:
    server = EmbeddedRedis(Path(tempfile.mkdtemp(prefix="bench-redis-")), port=free_port())
    url = server.start()
    rounds: list[dict[str, dict[str, float]]] = []
    try:
        for n in range(args.rounds):
            order = VARIANTS if n % 2 == 0 else VARIANTS[::-1]
            rounds.append({kind: await measure(kind, url, args) for kind in order})
    finally:
        server.stop()
    results = {
        kind: {k: statistics.median(r[kind][k] for r in rounds) for k in rounds[0][kind]} for kind in VARIANTS
    }
    print(
        f"no-op jobs, 1 worker process, concurrency {args.concurrency}; latency at {args.rate} jobs/s; "
        f"median of {args.rounds} alternating round(s)"
    )
    for kind, r in results.items():
        print(
            f"{kind:<9} {r['jobs_per_s']:8.0f} jobs/s   enqueue->done p50 {r['p50']:6.1f} ms  "
            f"p99 {r['p99']:6.1f} ms  (n={r['n']:.0f})   CPU/job: worker {r['worker_us']:4.0f} µs, "
            f"redis {r['redis_us']:4.0f} µs"
        )
    for anchor in ("stock", "plain"):
        per_round = ", ".join(f"x{r['subscout']['jobs_per_s'] / r[anchor]['jobs_per_s']:.2f}" for r in rounds)
        print(f"throughput ratio subscout/{anchor} per round: {per_round}")
    bench = f"queue, no-op jobs ({args.jobs} per round, concurrency {args.concurrency})"
    ours = results["subscout"]
    for anchor, label in (("stock", "stock SAQ"), ("plain", "plain subclass (no fused round trips)")):
        other = results[anchor]
        record(bench, f"jobs/s vs {label}", ours["jobs_per_s"], "jobs/s", label, other["jobs_per_s"])
        record(
            bench, f"worker CPU per job vs {label}", ours["worker_us"], "µs", label, other["worker_us"], False
        )
        record(
            bench, f"Redis CPU per job vs {label}", ours["redis_us"], "µs", label, other["redis_us"], False
        )
        record(bench, f"enqueue->done p99 vs {label}", ours["p99"], "ms", label, other["p99"], False)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=5000)
    parser.add_argument("--rate", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--concurrency", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    asyncio.run(main(parser.parse_args()))
