"""Every private member of SAQ that Subscout relies on, by name, and where it may be touched.

SAQ is pinned to one version; when an upgrade renames or reshapes one of these,
the test of that member fails and says which one, instead of the queue failing
somewhere at run time. Only ``app.jobs.saq_internals`` may touch them: the last
tests fail when another module does, or when that module uses one unchecked here.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
from pathlib import Path
from typing import Any

import pytest
from litestar_saq.base import Worker as LitestarSaqWorker
from redis.asyncio import Redis
from saq.job import Job
from saq.queue.base import Queue
from saq.queue.redis import PubSubMultiplexer, RedisQueue
from saq.worker import Worker

import app
from app.jobs import saq_internals


async def noop(ctx: Any) -> None:
    return None


@pytest.fixture
def saq_queue() -> RedisQueue:
    return RedisQueue(Redis(), name="contract")


@pytest.fixture
def saq_worker(saq_queue: RedisQueue) -> Worker:
    return Worker(saq_queue, functions=[noop])


QUEUE_KEYS = ("_queued", "_active", "_incomplete", "_sweep")
"""Redis key names our Lua scripts and pipelines use: the lists and sets SAQ keeps jobs in."""


@pytest.mark.parametrize("member", QUEUE_KEYS)
def test_queue_key(saq_queue: RedisQueue, member: str) -> None:
    key = getattr(saq_queue, member, None)
    assert isinstance(key, str), f"saq changed RedisQueue.{member}: {key!r}"
    assert saq_queue.name in key, f"saq changed RedisQueue.{member}: {key!r}"


def test_queue_op_sem_limits_concurrent_operations(saq_queue: RedisQueue) -> None:
    sem = getattr(saq_queue, "_op_sem", None)
    assert isinstance(sem, asyncio.Semaphore), "saq changed RedisQueue._op_sem"


def test_queue_pubsub_is_a_multiplexer_we_replace_and_close(saq_queue: RedisQueue) -> None:
    pubsub = getattr(saq_queue, "_pubsub", None)
    assert isinstance(pubsub, PubSubMultiplexer), "saq changed RedisQueue._pubsub"
    assert callable(getattr(pubsub, "close", None)), "saq changed RedisQueue._pubsub.close"
    params = list(inspect.signature(PubSubMultiplexer).parameters)
    assert params[:2] == ["pubsub", "prefix"], f"saq changed PubSubMultiplexer(pubsub, prefix): {params}"


def _params(function: Any) -> list[str]:
    return [name for name in inspect.signature(function).parameters if name != "self"]


QUEUE_HOOKS = {
    "_enqueue": ["job"],
    "_update": ["job", "status", "kwargs"],
    "_retry": ["job", "error"],
    "_finish": ["job", "status", "result", "error"],
}
"""SAQ's ``Queue`` calls these; ``InternalsQueue`` forwards them to public methods."""


@pytest.mark.parametrize(("member", "params"), QUEUE_HOOKS.items())
def test_queue_hook(member: str, params: list[str]) -> None:
    method = getattr(Queue, member, None)
    assert method is not None, f"saq removed Queue.{member}"
    assert _params(method) == params, f"saq changed Queue.{member}{_params(method)}"
    assert inspect.iscoroutinefunction(method), f"saq changed Queue.{member} into no coroutine"
    assert member in inspect.getsource(Queue), f"saq's Queue no longer calls {member}"


WORKER_HOOK_RUNNERS = ("_before_process", "_after_process")


@pytest.mark.parametrize("member", WORKER_HOOK_RUNNERS)
def test_worker_hook_runner(member: str) -> None:
    method = getattr(Worker, member, None)
    assert method is not None, f"saq removed Worker.{member}"
    assert inspect.iscoroutinefunction(method), f"saq changed Worker.{member} into no coroutine"
    assert _params(method) == ["ctx"], f"saq changed Worker.{member}{_params(method)}"


def test_worker_stop_state(saq_worker: Worker) -> None:
    assert isinstance(getattr(saq_worker, "_stop_lock", None), asyncio.Lock), "saq changed Worker._stop_lock"
    assert getattr(saq_worker, "_stopped", None) is False, "saq changed Worker._stopped"


def test_worker_cancellation_deadline(saq_worker: Worker) -> None:
    deadline = getattr(saq_worker, "_cancellation_hard_deadline_s", None)
    assert isinstance(deadline, int | float), "saq changed Worker._cancellation_hard_deadline_s"
    assert deadline > 0, "saq changed Worker._cancellation_hard_deadline_s"


CHECKED = {
    *QUEUE_KEYS,
    "_op_sem",
    "_pubsub",
    *QUEUE_HOOKS,
    *WORKER_HOOK_RUNNERS,
    "_stop_lock",
    "_stopped",
    "_cancellation_hard_deadline_s",
}


def _saq_private_names() -> set[str]:
    """Every single-underscore member of SAQ's queue, worker, job and multiplexer, instances included."""
    redis_queue = RedisQueue(Redis(), name="names")
    owners: list[Any] = [Queue, RedisQueue, PubSubMultiplexer, Job, Worker, LitestarSaqWorker]
    owners += [redis_queue, LitestarSaqWorker(redis_queue, functions=[noop])]
    return {
        name for owner in owners for name in dir(owner) if name.startswith("_") and not name.startswith("__")
    }


def _private_uses(path: Path, names: set[str]) -> set[tuple[int, str]]:
    """(line, member) for each attribute read or written, or method defined, under one of ``names``."""
    uses: set[tuple[int, str]] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Attribute) and node.attr in names:
            uses.add((node.lineno, node.attr))
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) and item.name in names:
                    uses.add((item.lineno, item.name))
    return uses


def _modules_using_saq() -> list[Path]:
    root = Path(app.__file__).parent
    return [
        path
        for path in sorted(root.rglob("*.py"))
        if "import saq" in (text := path.read_text()) or "from saq" in text or "from litestar_saq" in text
    ]


def test_only_the_internals_module_touches_saq_private_members() -> None:
    names = _saq_private_names()
    seam = Path(saq_internals.__file__)
    modules = [path for path in _modules_using_saq() if path != seam]
    assert len(modules) > 10, "the search for modules that use SAQ found too few"
    touched = [
        f"{path.name}:{line} {member}" for path in modules for line, member in _private_uses(path, names)
    ]
    assert not touched, f"SAQ private members touched outside app.jobs.saq_internals: {touched}"


def test_every_private_member_the_internals_module_touches_is_checked_here() -> None:
    used = {member for _line, member in _private_uses(Path(saq_internals.__file__), _saq_private_names())}
    assert used, "the search for private members found none in app.jobs.saq_internals"
    assert not used - CHECKED, f"private SAQ members used without a check here: {sorted(used - CHECKED)}"
