"""No-op jobs through stock SAQ and through Subscout's queue and worker classes, in the same run.

For each variant, one worker process (same concurrency) on the same embedded Redis:

- throughput: enqueue ``--jobs`` no-op jobs as fast as possible; jobs/s from the first
  enqueue to the last completion (end to end);
- latency: enqueue at a steady ``--rate`` for ``--seconds``; enqueue -> completion p50/p99.

Then prints Subscout / stock ratios. Usage:
``python bench/queue_throughput.py [--jobs 5000] [--rate 300] [--seconds 5] [--concurrency 10]``
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from redis.asyncio import Redis
from saq.job import Job
from saq.queue.redis import RedisQueue
from saq.worker import Worker

from app.jobs.policy import QueuePolicy
from app.jobs.queue import SubscoutQueue
from app.jobs.worker import SubscoutWorker
from app.lib.redis_server import EmbeddedRedis, free_port

VARIANTS = ("stock", "subscout")


async def noop(ctx: Any, **_: Any) -> None:
    return None


def make_queue(kind: str, redis: Redis, name: str) -> RedisQueue:
    if kind == "stock":
        return RedisQueue(redis, name=name)
    # Keep every completed job readable (the app keeps 100) so latency can be read back; the
    # finish script still records and trims the finished index on every job.
    policy = QueuePolicy(timeout=30, retries=0, completed_keep=1_000_000)
    return SubscoutQueue(redis, name, policy=policy, namespace="bench")


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


async def throughput(queue: RedisQueue, jobs: int) -> float:
    keys = [uuid.uuid4().hex for _ in range(jobs)]
    started = time.perf_counter()
    for chunk in range(0, jobs, 200):
        await asyncio.gather(*(queue.enqueue(Job("noop", key=k)) for k in keys[chunk : chunk + 200]))
    await wait_drained(queue, keys)
    return jobs / (time.perf_counter() - started)


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
        jobs_per_s = await throughput(queue, args.jobs)
        lat = await latency(queue, args.rate, args.seconds)
    finally:
        process.terminate()
        process.join(10)
        await redis.aclose()
    return {
        "jobs_per_s": jobs_per_s,
        "p50": statistics.median(lat),
        "p99": percentile(lat, 99),
        "n": len(lat),
    }


async def main(args: argparse.Namespace) -> None:
    server = EmbeddedRedis(Path(tempfile.mkdtemp(prefix="bench-redis-")), port=free_port())
    url = server.start()
    try:
        results = {kind: await measure(kind, url, args) for kind in VARIANTS}
    finally:
        server.stop()
    print(f"no-op jobs, 1 worker process, concurrency {args.concurrency}; latency at {args.rate} jobs/s")
    for kind, r in results.items():
        print(
            f"{kind:<9} {r['jobs_per_s']:8.0f} jobs/s   enqueue->done p50 {r['p50']:6.1f} ms  "
            f"p99 {r['p99']:6.1f} ms  (n={r['n']:.0f})"
        )
    stock, ours = results["stock"], results["subscout"]
    print(
        f"ratio subscout/stock: throughput x{ours['jobs_per_s'] / stock['jobs_per_s']:.2f}, "
        f"p50 x{ours['p50'] / stock['p50']:.2f}, p99 x{ours['p99'] / stock['p99']:.2f} (lower is better)"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=5000)
    parser.add_argument("--rate", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--concurrency", type=int, default=10)
    asyncio.run(main(parser.parse_args()))
