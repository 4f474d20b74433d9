"""``/ws/jobs/{userId}`` across real processes: two web processes, one worker process.

An event from the worker reaches every tab of its owner whichever web process
serves it, and no one else; another person's ``userId`` is refused; ping/pong.
"""

from __future__ import annotations

import asyncio
import json
import urllib.request
from collections.abc import Callable
from typing import Any
from uuid import UUID

import pytest
import websockets
from websockets.asyncio.client import ClientConnection

from app.accounts.services import give_demo_data
from app.config import Settings
from app.lib.database import standalone_session
from app.lib.redis_server import free_port
from tests.jobs.conftest import WORKER_SCRIPT, Person, settings_env, wait_for_log, wait_until


async def web_ready(port: int) -> bool:
    def probe() -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/signin", timeout=1) as response:
                return bool(response.status == 200)
        except OSError:
            return False

    return await asyncio.to_thread(probe)


async def connect(port: int, user_id: str, person: Person) -> ClientConnection:
    socket = await websockets.connect(
        f"ws://127.0.0.1:{port}/ws/jobs/{user_id}", additional_headers=person.headers
    )
    hello = json.loads(await socket.recv())
    assert hello == {"type": "connected", "userId": user_id}
    return socket


async def events_until(
    socket: ClientConnection, event_type: str, job_id: str, within: float = 60
) -> list[dict[str, Any]]:
    """One job's events up to ``event_type``; the person's other jobs (a scan starts an analytics
    refresh) share the socket and may arrive interleaved."""
    seen: list[dict[str, Any]] = []
    async with asyncio.timeout(within):
        while not seen or seen[-1]["type"] != event_type:
            event = json.loads(await socket.recv())
            if event["jobId"] == job_id:
                seen.append(event)
    return seen


async def test_worker_events_reach_every_tab_on_every_web_process(
    settings: Settings, alice: Person, bob: Person, spawn: Callable[..., Any]
) -> None:
    async with standalone_session(settings) as session:
        await give_demo_data(session, UUID(alice.id))
    ports = [free_port(), free_port()]
    for n, port in enumerate(ports):
        spawn("-m", "app", "web", env=settings_env(settings, PORT=str(port)), log=f"web{n}.log")
    spawn(str(WORKER_SCRIPT), env=settings_env(settings), log="worker.log")
    for port in ports:
        await wait_until(lambda port=port: web_ready(port), within=90, every=0.3)  # type: ignore[misc]
    await wait_for_log(settings.data_dir / "worker.log", "worker started", within=60)

    tabs = [await connect(ports[0], alice.id, alice) for _ in range(3)]
    tabs.append(await connect(ports[1], alice.id, alice))
    bobs = await connect(ports[1], bob.id, bob)

    with pytest.raises(websockets.InvalidStatus):
        await websockets.connect(
            f"ws://127.0.0.1:{ports[1]}/ws/jobs/{alice.id}", additional_headers=bob.headers
        )
    with pytest.raises(websockets.InvalidStatus):
        await websockets.connect(f"ws://127.0.0.1:{ports[1]}/ws/jobs/{alice.id}")

    await tabs[3].send(json.dumps({"type": "ping"}))
    assert json.loads(await tabs[3].recv()) == {"type": "pong"}

    def start_scan() -> dict[str, Any]:
        request = urllib.request.Request(
            f"http://127.0.0.1:{ports[0]}/api/detection/scan/email",
            data=b"{}",
            headers={**alice.headers, "Content-Type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return dict(json.load(response))

    job_id = (await asyncio.to_thread(start_scan))["jobId"]
    for tab in tabs:
        events = await events_until(tab, "job-completed", job_id)
        assert {e["jobId"] for e in events} == {job_id}
        assert any(e["type"] == "job-progress" and 0 < e["progress"] < 100 for e in events)
        assert events[-1]["result"]["detected"] > 0
        assert "userId" not in events[-1]

    await bobs.send(json.dumps({"type": "ping"}))
    assert json.loads(await bobs.recv()) == {"type": "pong"}, "Bob got none of Alice's events"
    for socket in [*tabs, bobs]:
        await socket.close()
