"""Every private member of SAQ that ``app.jobs.queue`` and ``app.jobs.worker`` rely on, by name.

SAQ is pinned to one version; when an upgrade renames or reshapes one of these,
the test of that member fails and says which one, instead of the queue failing
somewhere at run time.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import pytest
from redis.asyncio import Redis
from saq.queue.redis import PubSubMultiplexer, RedisQueue
from saq.worker import Worker


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


@pytest.mark.parametrize(
    ("member", "params"),
    [
        ("_update", ["job", "status", "kwargs"]),
        ("_get_job_by_id", ["job_id"]),
    ],
)
def test_queue_method(member: str, params: list[str]) -> None:
    method = getattr(RedisQueue, member, None)
    assert method is not None, f"saq removed RedisQueue.{member}"
    assert _params(method) == params, f"saq changed RedisQueue.{member}{_params(method)}"
    assert inspect.iscoroutinefunction(method), f"saq changed RedisQueue.{member} into no coroutine"


def test_queue_dump_serialises_a_job_dict(saq_queue: RedisQueue) -> None:
    dump = getattr(saq_queue, "_dump", None)
    assert callable(dump), "saq changed RedisQueue._dump"
    assert '"key"' in dump({"key": "x"}), "saq changed RedisQueue._dump (no longer JSON)"


@pytest.mark.parametrize("member", ["_before_process", "_after_process"])
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
