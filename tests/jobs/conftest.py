"""Fixtures for the job system: queues on the suite's real Redis, users with API tokens, workers.

In-process workers run the same ``run_workers`` as ``subscout worker``; the
process tests start ``tests/jobs/worker_process.py``, which is that command
plus two test-only tasks.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from redis.asyncio import Redis

from app.accounts.services import ApiTokenService, UserService
from app.config import PROJECT_ROOT, Settings
from app.jobs.policy import QueuePolicy
from app.jobs.queue import SubscoutQueue
from app.jobs.worker import SubscoutWorker, run_workers
from app.lib.database import standalone_session
from app.queues import build_workers

WORKER_SCRIPT = Path(__file__).with_name("worker_process.py")


@pytest.fixture
def make_queue(redis: Redis, settings: Settings) -> Callable[..., SubscoutQueue]:
    """A SubscoutQueue in this test's namespace, with a fast policy unless told otherwise."""

    def make(name: str = "test", **policy: Any) -> SubscoutQueue:
        base = QueuePolicy(timeout=30, retry_base_delay=0.05)
        return SubscoutQueue(redis, name, policy=replace(base, **policy), namespace=settings.redis_namespace)

    return make


@dataclass
class Person:
    id: str
    email: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


async def create_person(settings: Settings, email: str, operator: bool = False) -> Person:
    async with standalone_session(settings) as session:
        user = await UserService(session=session).create_user(email, is_operator=operator)
        _, token = await ApiTokenService(session=session).issue(user.id, "test")
    return Person(str(user.id), email, token)


@pytest.fixture
async def alice(settings: Settings) -> Person:
    return await create_person(settings, "alice@example.com")


@pytest.fixture
async def bob(settings: Settings) -> Person:
    return await create_person(settings, "bob@example.com")


@pytest.fixture
async def operator(settings: Settings) -> Person:
    return await create_person(settings, "ops@example.com", operator=True)


@pytest.fixture
async def start_workers(settings: Settings) -> AsyncIterator[Callable[..., Awaitable[list[SubscoutWorker]]]]:
    """Starts the app's workers in this process (optionally with extra tasks); stops them after."""
    running: list[tuple[asyncio.Event, asyncio.Task[None]]] = []

    async def start(
        extra: dict[str, Callable[..., Any]] | None = None, **changes: Any
    ) -> list[SubscoutWorker]:
        workers = build_workers(replace(settings, **changes))
        for worker in workers:
            worker.functions.update(extra or {})
        stop = asyncio.Event()
        running.append((stop, asyncio.create_task(run_workers(workers, stop))))
        return workers

    yield start
    for stop, task in running:
        stop.set()
        await asyncio.wait_for(task, timeout=30)


def settings_env(settings: Settings, **extra: str) -> dict[str, str]:
    """The environment that makes a child process read these settings."""
    return {
        **os.environ,
        "DATA_DIR": str(settings.data_dir),
        "DATABASE_URL": settings.database_url,
        "REDIS_URL": settings.redis_url,
        "REDIS_NAMESPACE": settings.redis_namespace,
        "SECRET_KEY": settings.secret_key,
        "ENCRYPTION_KEYS": ",".join(settings.encryption_keys),
        "RETRY_BASE_DELAY": str(settings.retry_base_delay),
        "ECB_RATES_URL": settings.ecb_rates_url,  # empty: a child never reaches the ECB over the network
        "PYTHONUNBUFFERED": "1",
        **extra,
    }


@pytest.fixture
def spawn(settings: Settings) -> Iterator[Callable[..., subprocess.Popen[str]]]:
    """Starts child processes (killed at the end if still running); output goes to a log file."""
    children: list[subprocess.Popen[str]] = []

    def start(*args: str, env: dict[str, str] | None = None, log: str = "child.log") -> subprocess.Popen[str]:
        out = (settings.data_dir / log).open("a")
        child = subprocess.Popen(
            [sys.executable, *args],
            env=env or settings_env(settings),
            cwd=PROJECT_ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            text=True,
        )
        children.append(child)
        return child

    yield start
    for child in children:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)


async def wait_until(check: Callable[[], Awaitable[bool]], within: float = 20, every: float = 0.05) -> None:
    deadline = asyncio.get_running_loop().time() + within
    while not await check():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"condition not met within {within} s")
        await asyncio.sleep(every)


def read_log(path: Path) -> str:
    return path.read_text() if path.exists() else ""


async def wait_for_log(path: Path, text: str, count: int = 1, within: float = 30) -> None:
    async def seen() -> bool:
        return read_log(path).count(text) >= count

    try:
        await wait_until(seen, within, every=0.1)
    except AssertionError:
        raise AssertionError(f"{text!r} x{count} not logged; log:\n{read_log(path)[-3000:]}") from None
