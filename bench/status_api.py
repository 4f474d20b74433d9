"""The job-status API under load, against the anchor app on the same server, in one run.

Starts Redis, a migrated database and ``subscout web`` (no worker: the job stays queued),
creates a user, an API token and one job, then the anchor app (``bench/anchor_app.py``:
SHA-256 token check, one Redis GET, the same JSON) under the same server with the same
worker count. Both are loaded with ``wrk -t2 -c64`` on loopback (accepting gzip, as HTTP clients
do) in alternating rounds; each
figure is the median over the rounds. Server CPU per request comes from /proc.
Usage: ``python bench/status_api.py [--server uvicorn|granian] [--seconds 10] [--rounds 2]``
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from redis.asyncio import Redis
from saq.job import Job

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.benchlib import (
    BENCH_DIR,
    LOOPBACK,
    ROOT,
    ensure_wrk,
    record,
    tree_cpu_seconds,
    wait_http,
    wrk,
)
from tests.stack import Stack

from app.accounts.services import ApiTokenService, UserService
from app.config import Settings
from app.jobs.ids import new_job_id
from app.lib.database import standalone_session
from app.lib.redis_server import free_port
from app.queues import build_queues
from app.scans.jobs import EMAIL_SCAN

EMAIL = "bench@example.com"


async def user_token_and_job(settings: Settings) -> tuple[str, str, str]:
    """A user with an API token and one queued job: the token, the job's key, the queues' key prefix."""
    async with standalone_session(settings) as session:
        user = await UserService(session=session).create_user(EMAIL)
        _, token = await ApiTokenService(session=session).issue(user.id, "bench")
    job_key, prefix = await enqueue_job(settings, str(user.id))
    return token, job_key, prefix


async def enqueue_job(settings: Settings, user_id: str) -> tuple[str, str]:
    """One queued job of the user's; returns its key and the queues' Redis key prefix."""
    redis = Redis.from_url(settings.redis_url)
    try:
        queue = build_queues(settings, redis)[EMAIL_SCAN]
        job = Job(function="email_scan", key=new_job_id(EMAIL_SCAN, user_id), kwargs={"userId": user_id})
        await queue.enqueue(job)
        return job.key, queue.prefix
    finally:
        await redis.aclose()


def start_anchor(env: dict[str, str], server: str, log: Path) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    code = (
        "from app.serving import serve; "
        f"serve('anchor_app:create_app', host='{LOOPBACK}', port={port}, workers=1, server='{server}')"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        env={**env, "PYTHONPATH": str(BENCH_DIR)},
        cwd=ROOT,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
    )
    return process, port


def measure(url: str, pid: int, seconds: int, headers: dict[str, str]) -> dict[str, float]:
    wrk(url, seconds=2, headers=headers)  # warm-up: caches, JIT-free but lazy imports and pools
    cpu_before = tree_cpu_seconds(pid)
    result = wrk(url, seconds=seconds, headers=headers)
    cpu = tree_cpu_seconds(pid) - cpu_before
    assert result.non_2xx == 0, f"{url} answered {result.non_2xx} errors"
    requests = result.requests_per_second * seconds
    return {"rps": result.requests_per_second, "p99": result.p99_ms, "cpu_ms": 1000 * cpu / requests}


def main(args: argparse.Namespace) -> None:
    ensure_wrk()
    with tempfile.TemporaryDirectory(prefix="bench-status-") as tmp:
        stack = Stack(Path(tmp), extra_env={"WEB_SERVER": args.server})
        anchor = None
        try:
            stack.start(workers=0)
            os.environ.update(stack.env)
            token, job_key, prefix = asyncio.run(user_token_and_job(Settings.from_env()))
            anchor_env = {
                **stack.env,
                "ANCHOR_REDIS_URL": stack.env["REDIS_URL"],
                "ANCHOR_TOKEN_HASH": hashlib.sha256(token.encode()).hexdigest(),
                "ANCHOR_JOB_PREFIX": prefix,
            }
            anchor, anchor_port = start_anchor(anchor_env, args.server, Path(tmp) / "anchor.log")
            path = f"/api/detection/jobs/{EMAIL_SCAN}/{job_key}"
            urls = {"subscout": f"{stack.base_url}{path}", "anchor": f"http://{LOOPBACK}:{anchor_port}{path}"}
            wait_http(urls["anchor"])
            pids = {"subscout": stack.processes[0].pid, "anchor": anchor.pid}
            # As httpx, requests and browsers do: a poll that accepts gzip must not pay for it.
            headers = {"Authorization": f"Bearer {token}", "Accept-Encoding": "gzip"}
            rounds: dict[str, list[dict[str, float]]] = {"subscout": [], "anchor": []}
            for index in range(args.rounds):
                order = ("anchor", "subscout") if index % 2 == 0 else ("subscout", "anchor")
                for name in order:
                    rounds[name].append(measure(urls[name], pids[name], args.seconds, headers))
            report(args.server, rounds)
        finally:
            if anchor is not None:
                anchor.terminate()
                anchor.wait(timeout=20)
            stack.stop()


def report(server: str, rounds: dict[str, list[dict[str, float]]]) -> None:
    def median(name: str, key: str) -> float:
        return statistics.median(r[key] for r in rounds[name])

    bench = f"status API ({server}, 1 worker, wrk -t2 -c64)"
    anchor = f"minimal Litestar app, {server}"
    record(bench, "status API req/s", median("subscout", "rps"), "req/s", anchor, median("anchor", "rps"))
    record(bench, "status API p99", median("subscout", "p99"), "ms", anchor, median("anchor", "p99"), False)
    record(bench, "server CPU per request", median("subscout", "cpu_ms"), "ms", anchor,
           median("anchor", "cpu_ms"), False)  # fmt: skip


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", choices=("uvicorn", "granian"), default="uvicorn")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=2)
    main(parser.parse_args())
