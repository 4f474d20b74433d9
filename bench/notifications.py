"""Daily digests for N people through the notifications queue into a local SMTP server.

Sets up a migrated SQLite database with ``--users`` people (each with ``--subs``
subscriptions renewing tomorrow, daily digest on, send hour 00:00 UTC), an
embedded Redis, an aiosmtpd process that accepts and discards, and one
``subscout worker --queue notifications`` process. Then enqueues one dispatch
for everyone and waits (at most ``--timeout`` seconds) until every digest has
been accepted by the SMTP server. Prints: planning time (the dispatch job),
messages per second from the dispatch to the last accepted message, and the
worker process's peak resident memory (VmHWM). Usage:
``python bench/notifications.py [--users 10000] [--subs 3] [--timeout 900]``
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from cryptography.fernet import Fernet
from redis.asyncio import Redis
from sqlalchemy import func, insert, select

from app.accounts.models import User
from app.config import PROJECT_ROOT, Settings
from app.lib.database import standalone_session
from app.lib.redis_server import EmbeddedRedis, free_port
from app.notifications.jobs import NOTIFICATIONS
from app.notifications.models import Delivery, NotificationPreferences
from app.subscriptions.models import Subscription


def _run_cli(env: dict[str, str], *args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "app", *args], env=env, cwd=PROJECT_ROOT, check=True, capture_output=True
    )


def _wait_port(port: int) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on {port}")


async def _populate(settings: Settings, users: int, subs: int) -> None:
    """Bulk inserts (the bench measures sending, not set-up)."""
    tomorrow = date.today() + timedelta(days=1)
    now = datetime.now(UTC)
    async with standalone_session(settings) as session:
        for start in range(0, users, 1000):
            people = [uuid.uuid4() for _ in range(min(1000, users - start))]
            stamps = {"created_at": now, "updated_at": now}
            await session.execute(
                insert(User),
                [
                    {"id": p, "email": f"user{start + i}@bench.example", **stamps}
                    for i, p in enumerate(people)
                ],
            )
            await session.execute(
                insert(NotificationPreferences),
                [
                    {
                        "id": uuid.uuid4(),
                        "user_id": p,
                        "offsets": [7, 1],
                        "digest": True,
                        "timezone": "UTC",
                        "send_hour": 0,
                        "alerts": {},
                        **stamps,
                    }
                    for p in people
                ],
            )
            await session.execute(
                insert(Subscription),
                [
                    {
                        "id": uuid.uuid4(),
                        "user_id": p,
                        "key": f"svc{n}",
                        "name": f"Service {n}",
                        "amount": "9.99",
                        "currency": "EUR",
                        "cycle": "monthly",
                        "next_renewal": tomorrow,
                        "status": "active",
                        "kind": "subscription",
                        "sources": ["email"],
                        "confidence": 0.9,
                        "price_history": [],
                        **stamps,
                    }
                    for p in people
                    for n in range(subs)
                ],
            )
            await session.commit()


async def _count_sent(settings: Settings) -> tuple[int, int]:
    async with standalone_session(settings) as session:
        sent = await session.scalar(
            select(func.count(func.distinct(Delivery.message_id))).where(Delivery.status == "sent")
        )
        failed = await session.scalar(
            select(func.count()).select_from(Delivery).where(Delivery.status == "failed")
        )
    return int(sent or 0), int(failed or 0)


async def _planning_seconds(settings: Settings, began: datetime) -> float:
    """The dispatch job is soon out of the newest finished jobs (the sends follow it): read the rows."""
    async with standalone_session(settings) as session:
        last = await session.scalar(select(func.max(Delivery.created_at)))
    return (last - began).total_seconds() if last else float("nan")


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def main(users: int, subs: int, limit: float) -> None:
    with tempfile.TemporaryDirectory(prefix="subscout-bench-notify-") as tmp:
        data = Path(tmp)
        redis_server = EmbeddedRedis(data / "redis", port=free_port())
        redis_url = redis_server.start()
        smtp_port = free_port()
        env = {
            **os.environ,
            "DATA_DIR": str(data),
            "REDIS_URL": redis_url,
            "SECRET_KEY": "bench",
            "ENCRYPTION_KEYS": Fernet.generate_key().decode(),
            "SMTP_URL": f"smtp://127.0.0.1:{smtp_port}",
            "PUBLIC_URL": "http://subscout.bench",
            "LOG_LEVEL": "WARNING",
        }
        processes: list[subprocess.Popen[bytes]] = []
        log = (data / "bench.log").open("ab")
        try:
            _run_cli(env, "database", "upgrade", "--no-prompt")
            processes.append(
                subprocess.Popen(  # noqa: ASYNC220 - set-up, before anything is timed
                    [
                        sys.executable,
                        "-m",
                        "aiosmtpd",
                        "-n",
                        "-l",
                        f"127.0.0.1:{smtp_port}",
                        "-c",
                        "aiosmtpd.handlers.Sink",
                    ],
                    stdout=log,
                    stderr=log,
                )
            )
            _wait_port(smtp_port)
            os.environ.update(env)
            settings = Settings.from_env()
            started = time.perf_counter()
            await _populate(settings, users, subs)
            print(f"set-up: {users} people x {subs} subscriptions in {time.perf_counter() - started:.1f} s")
            profile = (
                ["-m", "cProfile", "-o", os.environ["BENCH_PROFILE"]]
                if os.environ.get("BENCH_PROFILE")
                else []
            )
            worker = subprocess.Popen(  # noqa: ASYNC220 - nothing else runs on this loop meanwhile
                [sys.executable, *profile, "-m", "app", "worker", "--queue", NOTIFICATIONS],
                env=env,
                cwd=PROJECT_ROOT,
                stdout=log,
                stderr=log,
            )
            processes.append(worker)
            begin = time.perf_counter()  # the worker's start-up catch-up plans and enqueues everything
            begin_wall = datetime.now(UTC)
            redis = Redis.from_url(redis_url)
            sent = failed = 0
            while time.perf_counter() - begin < limit:
                sent, failed = await _count_sent(settings)
                if sent + failed >= users:
                    break
                await asyncio.sleep(1)
            elapsed = time.perf_counter() - begin
            planned = await _planning_seconds(settings, begin_wall)
            print(f"planning (worker start to the last delivery row inserted): {planned:.1f} s")
            print(f"digests accepted by SMTP: {sent} of {users} ({failed} failed) in {elapsed:.1f} s")
            print(f"messages/s (worker start to last accepted, start-up included): {sent / elapsed:.1f}")
            print(f"messages/s (after planning): {sent / max(elapsed - planned, 1e-9):.1f}")
            print(f"worker peak RSS: {_peak_rss_mb(worker.pid):.0f} MB")
            await redis.aclose()
        finally:
            for process in processes:
                process.terminate()
                process.wait(timeout=30)
            redis_server.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--subs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=900)
    args = parser.parse_args()
    asyncio.run(main(args.users, args.subs, args.timeout))
