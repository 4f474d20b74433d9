"""Many open ``/ws/jobs/{userId}`` sockets in one web process, against the anchor app's.

Starts Redis and ``subscout web`` (one process, no worker), creates ``--sockets`` people with
an API token each, and the anchor app (``bench/anchor_app.py``: the same per-person channel
relayed by a minimal Litestar app, no token check) under the same server. For each of them:

- memory: the server's RSS before and with every socket open (KB per idle socket);
- per-person latency: one event published to one person's channel while all the others are
  idle, received by that person's socket (p50/p99 over ``--probes`` people);
- fan-out: ``--tabs`` sockets of one person (tabs) and one event on that channel: the time
  until the last tab has it, and the server CPU per delivered message (the event is decoded
  and encoded once for the channel, not once per socket);
- waves: all sockets closed and opened again ``--waves`` times; RSS after each close (memory
  that does not come back shows as growth).

Usage: ``python bench/sockets.py [--sockets 2000] [--server uvicorn|granian] [--waves 5]``
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import random
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import websockets
from redis.asyncio import Redis
from websockets.asyncio.client import ClientConnection

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.benchlib import BENCH_DIR, LOOPBACK, ROOT, percentile, record, tree_cpu_seconds, tree_rss_kb
from tests.stack import Stack

from app.accounts.models import ApiToken, User
from app.accounts.services import TOKEN_PREFIX, hash_token
from app.config import Settings
from app.jobs.view import JobProgress, encode_event
from app.lib.database import standalone_session
from app.lib.redis import user_events_channel
from app.lib.redis_server import free_port

ANCHOR_CHANNEL = "anchor-events"
CONNECT_AT_ONCE = 50


@dataclass(frozen=True)
class Person:
    id: str
    token: str


@dataclass(frozen=True)
class Target:
    """One server under test: how to reach a person's socket and publish to their channel."""

    name: str
    pid: int
    url: Callable[[Person], str]
    headers: Callable[[Person], dict[str, str]]
    channel: Callable[[Person], str]


async def create_people(settings: Settings, count: int) -> list[Person]:
    """``count`` people with a token each, written in one transaction (the CLI would take minutes)."""
    people: list[Person] = []
    async with standalone_session(settings) as session:
        users = [User(email=f"socket-{n}@example.com") for n in range(count)]
        session.add_all(users)
        await session.flush()
        for user in users:
            token = TOKEN_PREFIX + secrets.token_urlsafe(32)
            session.add(
                ApiToken(user_id=user.id, name="bench", token_hash=hash_token(token), prefix=token[:10])
            )
            people.append(Person(str(user.id), token))
        await session.commit()
    return people


def event_for(person: Person, progress: int) -> bytes:
    return encode_event(
        JobProgress(
            job_id="bench-job", queue="email-scan", user_id=person.id, state="active", progress=progress
        )
    )


async def open_sockets(target: Target, people: list[Person]) -> list[ClientConnection]:
    """One socket per person (``CONNECT_AT_ONCE`` handshakes at a time), each past its ``connected``."""
    limit = asyncio.Semaphore(CONNECT_AT_ONCE)

    async def open_one(person: Person) -> ClientConnection:
        async with limit:
            ws = await websockets.connect(
                target.url(person), additional_headers=target.headers(person), ping_interval=None,
                max_queue=None, open_timeout=60,
            )  # fmt: skip
            await ws.recv()  # connected
            return ws

    return list(await asyncio.gather(*(open_one(p) for p in people)))


async def close_sockets(sockets: list[ClientConnection]) -> None:
    for chunk in range(0, len(sockets), 200):
        await asyncio.gather(*(ws.close() for ws in sockets[chunk : chunk + 200]))


async def settled_rss_kb(pid: int) -> int:
    await asyncio.sleep(3)  # closes and unsubscriptions finish, the collector runs
    return tree_rss_kb(pid)


async def per_person_latency(
    redis: Redis, target: Target, people: list[Person], sockets: list[ClientConnection], probes: int
) -> list[float]:
    """One event to one person at a time while everyone else is idle; ms to that person's socket."""
    latencies = []
    for index in random.Random(7).sample(range(len(people)), min(probes, len(people))):
        person, ws = people[index], sockets[index]
        started = time.perf_counter()
        await redis.publish(target.channel(person), event_for(person, index % 100))
        await asyncio.wait_for(ws.recv(), timeout=30)
        latencies.append((time.perf_counter() - started) * 1000)
        await asyncio.sleep(0.002)
    return latencies


async def fan_out(redis: Redis, target: Target, person: Person, tabs: int, events: int) -> dict[str, float]:
    """``tabs`` sockets of one person; per event, ms until the last has it; server CPU per delivery."""
    sockets = await open_sockets(target, [person] * tabs)
    last_ms, cpu_before = [], tree_cpu_seconds(target.pid)
    try:
        for n in range(events):
            started = time.perf_counter()
            await redis.publish(target.channel(person), event_for(person, n))
            await asyncio.gather(*(asyncio.wait_for(ws.recv(), timeout=60) for ws in sockets))
            last_ms.append((time.perf_counter() - started) * 1000)
        cpu = tree_cpu_seconds(target.pid) - cpu_before
    finally:
        await close_sockets(sockets)
    return {"last_ms": statistics.median(last_ms), "cpu_us": cpu / (tabs * events) * 1e6}


async def measure(
    target: Target, redis: Redis, people: list[Person], args: argparse.Namespace
) -> dict[str, Any]:
    base = await settled_rss_kb(target.pid)
    started = time.perf_counter()
    sockets = await open_sockets(target, people)
    connect_s = time.perf_counter() - started
    held = await settled_rss_kb(target.pid)
    latency = await per_person_latency(redis, target, people, sockets, args.probes)
    await close_sockets(sockets)
    after_close = [await settled_rss_kb(target.pid)]
    for _ in range(args.waves - 1):
        await close_sockets(await open_sockets(target, people))
        after_close.append(await settled_rss_kb(target.pid))
    fan = await fan_out(redis, target, people[0], args.tabs, args.events)
    return {
        "kb_per_socket": (held - base) / len(people),
        "connect_s": connect_s,
        "p50": statistics.median(latency),
        "p99": percentile(latency, 99),
        "base_mb": base / 1024,
        "held_mb": held / 1024,
        "after_close_mb": [kb / 1024 for kb in after_close],
        **fan,
    }


def start_anchor(env: dict[str, str], server: str, log: Path) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    code = (
        "from app.serving import serve; "
        f"serve('anchor_app:create_app', host='{LOOPBACK}', port={port}, workers=1, server='{server}')"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code], env={**env, "PYTHONPATH": str(BENCH_DIR)}, cwd=ROOT,
        stdout=log.open("ab"), stderr=subprocess.STDOUT,
    )  # fmt: skip
    return process, port


async def wait_for_socket(url: str, timeout: float = 60) -> None:  # noqa: ASYNC109
    deadline = time.monotonic() + timeout
    while True:
        try:
            async with websockets.connect(url, open_timeout=2) as ws:
                await ws.recv()
                return
        except (OSError, websockets.InvalidHandshake, TimeoutError):
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.3)


def report(server: str, sockets: int, results: dict[str, dict[str, Any]], args: argparse.Namespace) -> None:
    ours, anchor = results["subscout"], results["anchor"]
    for name, r in results.items():
        waves = " → ".join(f"{mb:.0f}" for mb in r["after_close_mb"])
        print(
            f"{name:<9} {sockets} sockets opened in {r['connect_s']:.1f} s; RSS {r['base_mb']:.0f} → "
            f"{r['held_mb']:.0f} MB ({r['kb_per_socket']:.1f} KB per socket); per-person event p50 "
            f"{r['p50']:.2f} ms, p99 {r['p99']:.2f} ms; {args.tabs} tabs of one person: last tab after "
            f"{r['last_ms']:.1f} ms, server CPU {r['cpu_us']:.0f} µs per delivery; RSS after each of "
            f"{args.waves} waves closed: {waves} MB"
        )
    bench = f"{sockets} /ws/jobs sockets in one web process ({server})"
    anchor_name = f"minimal Litestar app, {server}"
    record(
        bench,
        "memory per idle socket",
        ours["kb_per_socket"],
        "KB",
        anchor_name,
        anchor["kb_per_socket"],
        False,
    )
    record(bench, "per-person event p99", ours["p99"], "ms", anchor_name, anchor["p99"], False)
    record(bench, f"one event to {args.tabs} tabs: last delivery", ours["last_ms"], "ms", anchor_name,
           anchor["last_ms"], False)  # fmt: skip
    record(
        bench, "server CPU per delivered event", ours["cpu_us"], "µs", anchor_name, anchor["cpu_us"], False
    )
    growth = ours["after_close_mb"][-1] - ours["after_close_mb"][0]
    anchor_growth = anchor["after_close_mb"][-1] - anchor["after_close_mb"][0]
    record(bench, f"RSS growth over {args.waves} waves (after close)", growth, "MB",
           note=f"anchor {anchor_growth:+.1f} MB")  # fmt: skip


async def run(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-sockets-") as tmp:
        stack = Stack(Path(tmp), extra_env={"WEB_SERVER": args.server})
        anchor = None
        try:
            stack.start(workers=0)
            os.environ.update(stack.env)
            settings = Settings.from_env()
            people = await create_people(settings, args.sockets)
            anchor, anchor_port = start_anchor(
                {**stack.env, "ANCHOR_REDIS_URL": stack.env["REDIS_URL"], "ANCHOR_CHANNEL": ANCHOR_CHANNEL,
                 "ANCHOR_TOKEN_HASH": hashlib.sha256(b"-").hexdigest(), "ANCHOR_JOB_PREFIX": "-"},
                args.server, Path(tmp) / "anchor.log",
            )  # fmt: skip
            await wait_for_socket(f"ws://{LOOPBACK}:{anchor_port}/ws/jobs/probe")
            targets = [
                Target(
                    "anchor", anchor.pid, lambda p: f"ws://{LOOPBACK}:{anchor_port}/ws/jobs/{p.id}",
                    lambda p: {}, lambda p: f"{ANCHOR_CHANNEL}:{p.id}",
                ),
                Target(
                    "subscout", stack.processes[0].pid, lambda p: f"ws://{LOOPBACK}:{stack.port}/ws/jobs/{p.id}",
                    lambda p: {"Authorization": f"Bearer {p.token}"},
                    lambda p: user_events_channel(settings, p.id),
                ),
            ]  # fmt: skip
            redis = Redis.from_url(settings.redis_url)
            try:
                results = {t.name: await measure(t, redis, people, args) for t in targets}
            finally:
                await redis.aclose()
            report(args.server, args.sockets, results, args)
        finally:
            if anchor is not None:
                anchor.terminate()
                anchor.wait(timeout=20)
            stack.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sockets", type=int, default=2000)
    parser.add_argument("--server", choices=("uvicorn", "granian"), default="uvicorn")
    parser.add_argument("--probes", type=int, default=300)
    parser.add_argument("--tabs", type=int, default=500)
    parser.add_argument("--events", type=int, default=10)
    parser.add_argument("--waves", type=int, default=5)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
