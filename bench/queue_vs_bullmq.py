"""No-op jobs through BullMQ (node), Subscout's queue and stock SAQ on one Redis, alternating.

Same job count and worker concurrency for each; jobs/s from the first enqueue to the last
completion; worker CPU per job (BullMQ's figure is its one process, which enqueues too).
Skipped with a note when node or the bench-local bullmq (``make bench`` installs it into
``bench/node``) is missing. Usage: ``python bench/queue_vs_bullmq.py [--jobs 3000] [--rounds 2]``
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench.benchlib import BENCH_DIR, record
from queue_throughput import measure

from app.lib.redis_server import EmbeddedRedis, free_port

BULLMQ = BENCH_DIR / "node" / "node_modules" / "bullmq"


def bullmq(url: str, jobs: int, concurrency: int) -> dict[str, float]:
    port = str(urlsplit(url).port)
    done = subprocess.run(
        ["node", str(BENCH_DIR / "bullmq_noop.js"), port, str(jobs), str(concurrency)],
        capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


async def main(args: argparse.Namespace) -> None:
    if shutil.which("node") is None or not BULLMQ.exists():
        print(
            "BullMQ comparison skipped: node or bench/node/node_modules/bullmq missing (make bench adds it)"
        )
        return
    server = EmbeddedRedis(Path(tempfile.mkdtemp(prefix="bench-redis-")), port=free_port())
    url = server.start()
    options = argparse.Namespace(jobs=args.jobs, rate=200, seconds=2, concurrency=10)
    rounds: list[dict[str, dict[str, float]]] = []
    try:
        bullmq(url, 500, 10)  # warm-up
        for n in range(args.rounds):
            row = {"bullmq": bullmq(url, args.jobs, 10)} if n % 2 == 0 else {}
            row["subscout"] = await measure("subscout", url, options)
            row["stock"] = await measure("stock", url, options)
            row.setdefault("bullmq", bullmq(url, args.jobs, 10))
            rounds.append(row)
            print(f"round {n + 1}: " + ", ".join(f"{k} {v['jobs_per_s']:.0f} jobs/s" for k, v in row.items()))
    finally:
        server.stop()

    def median(kind: str, key: str) -> float:
        return statistics.median(r[kind][key] for r in rounds)

    bench = f"queue, no-op jobs ({args.jobs} per round, concurrency 10)"
    ours = median("subscout", "jobs_per_s")
    record(bench, "jobs/s vs BullMQ", ours, "jobs/s", "BullMQ 5 (node)", median("bullmq", "jobs_per_s"))
    record(bench, "jobs/s vs stock SAQ", ours, "jobs/s", "stock SAQ", median("stock", "jobs_per_s"))
    record(bench, "worker CPU per job", median("subscout", "worker_us"), "µs", "BullMQ process",
           median("bullmq", "process_us"), higher_is_better=False)  # fmt: skip


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=2)
    asyncio.run(main(parser.parse_args()))
