"""Faults against the real processes (issue 10): Redis killed and restarted mid-scan; both sockets
recover by themselves and the web process still stops cleanly.

The whole product runs as separate processes (Redis, web, worker); timings are
scaled down through the environment variables a deployment would set.
"""

from __future__ import annotations

import asyncio
import json
import mailbox
import os
import signal
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import websockets

from app.config import PACKAGE_DIR
from tests.stack import Stack

# The heartbeat and liveness stay at their defaults (60 s, 45 s): the sweep would recover the
# interrupted job only after those, so a job finishing sooner was requeued by its own worker.
OUTAGE_ENV = {"JOB_HEARTBEAT": "60", "WORKER_LIVENESS_TTL": "45", "SWEEP_INTERVAL": "1"}


def bigger_mailbox(path: Path, copies: int) -> Path:
    """The demo mailbox several times over, so that a scan lasts long enough to be interrupted."""
    source = (PACKAGE_DIR / "demo" / "mailbox.mbox").read_bytes()
    path.write_bytes(source * copies)
    assert len(mailbox.mbox(str(path))) > 0
    return path


@pytest.fixture
async def stack(tmp_path: Path) -> AsyncIterator[Stack]:
    env = {**OUTAGE_ENV, "DEMO_MAILBOX": str(bigger_mailbox(tmp_path / "big.mbox", 6))}
    running = Stack(tmp_path / "data", extra_env=env)
    running.data_dir.mkdir()
    await asyncio.to_thread(running.start)
    yield running
    await asyncio.to_thread(running.stop)


def person(stack: Stack, email: str) -> tuple[str, dict[str, str]]:
    user_id = stack.cli("users", "create", email, "--demo-data").strip().split()[-1]
    token = stack.cli("tokens", "create", email).strip().split()[-1]
    return user_id, {"Authorization": f"Bearer {token}"}


async def next_event(socket: Any, kinds: set[str], job_id: str | None, within: float) -> dict[str, Any]:
    deadline = time.monotonic() + within
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"no {kinds} event within {within} s")
        event = json.loads(await asyncio.wait_for(socket.recv(), left))
        if event["type"] in kinds and (job_id is None or event.get("jobId") == job_id):
            return event


async def test_redis_killed_mid_scan_the_job_finishes_and_sockets_get_events_again(stack: Stack) -> None:
    user_id, headers = await asyncio.to_thread(person, stack, "faults@example.com")
    ws_url = f"ws://127.0.0.1:{stack.port}/ws/jobs/{user_id}"
    ui_url = f"ws://127.0.0.1:{stack.port}/ws/ui"
    statuses: list[int] = []
    async with (
        httpx.AsyncClient(base_url=stack.base_url, headers=headers, timeout=10) as api,
        websockets.connect(ws_url, additional_headers=headers) as socket,
        websockets.connect(ui_url, additional_headers=headers) as ui_socket,
    ):
        assert json.loads(await socket.recv())["type"] == "connected"
        assert 'id="scan-panel"' in await ui_socket.recv(), "the dashboard's socket starts with the panels"
        started = (await api.post("/api/detection/scan/email", json={})).json()
        await next_event(socket, {"job-progress"}, started["jobId"], within=60)

        assert stack.redis is not None
        assert stack.redis.process is not None
        os.kill(stack.redis.process.pid, signal.SIGKILL)
        stack.redis.process.wait()
        outage = await api.get(started["statusUrl"])
        assert outage.status_code == 503
        assert outage.headers["retry-after"]
        await asyncio.sleep(4)  # long enough for every worker loop to meet the outage
        await asyncio.to_thread(stack.redis.start)
        restarted = time.monotonic()

        async def state() -> str:
            response = await api.get(started["statusUrl"])
            statuses.append(response.status_code)
            return str(response.json().get("state", "")) if response.status_code == 200 else ""

        deadline = restarted + 150  # generous: a loaded machine; who requeued it is checked below
        while await state() != "completed":
            assert time.monotonic() < deadline, f"job not finished after the restart: {statuses[-5:]}"
            await asyncio.sleep(0.5)

        again = (await api.post("/api/detection/scan/email", json={})).json()
        event = await next_event(socket, {"job-progress", "job-completed"}, again["jobId"], within=30)
        assert event["jobId"] == again["jobId"], "the open socket gets events again by itself"
        await next_fragment(ui_socket, f'data-job-id="{again["jobId"]}"', within=30)
    assert set(statuses) <= {200, 503}, "no 500 during or after the outage"
    web = stack.webs[0]
    web.terminate()
    # uvicorn re-raises the signal it stopped on once shut down: a clean stop ends "by SIGTERM".
    assert await asyncio.to_thread(web.wait, 60) in (0, -signal.SIGTERM)
    shutdown = [r["event"] for r in log_records(stack) if r.get("logger") == "uvicorn.error"]
    assert "Application shutdown complete." in shutdown, "the web process stops cleanly after the outage"
    assert not [e for e in shutdown if "failed" in e.lower()], shutdown
    assert "thread crashed" not in (stack.data_dir / "stack.log").read_text()

    worker = [r for r in log_records(stack) if r.get("logger", "").startswith(("subscout.worker", "saq"))]
    warnings = [r["event"] for r in worker if r["level"] == "warning"]
    assert sum(w.startswith("Redis unreachable") for w in warnings) == 1, warnings
    assert sum(w.startswith("Redis reachable again") for w in warnings) == 1, warnings
    assert not [r["event"] for r in worker if "exception" in r], "no traceback from the worker"
    scan_key = f"key: {started['jobId']},"
    processing = [r for r in worker if r["event"].startswith("Processing") and scan_key in r["event"]]
    assert processing, "the scan's start is logged"
    assert all((r.get("job_id"), r.get("queue")) == (started["jobId"], "email-scan") for r in processing), (
        f"a worker's records name the job they are about: {processing}"
    )
    events = [r["event"] for r in log_records(stack)]
    assert any(e.startswith(f"Requeued {started['jobId']}") for e in events), "requeued by its worker"
    assert not any(e.startswith(f"Sweeping job {started['jobId']}") for e in events), (
        "not left for the heartbeat sweep (60 s later)"
    )


async def next_fragment(socket: Any, marker: str, within: float) -> str:
    """The next HTML the dashboard's socket sends that contains ``marker``."""
    deadline = time.monotonic() + within
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"no fragment with {marker} within {within} s")
        html = str(await asyncio.wait_for(socket.recv(), left))
        if marker in html:
            return html


def log_records(stack: Stack) -> list[dict[str, Any]]:
    lines = (stack.data_dir / "stack.log").read_text().splitlines()
    return [json.loads(line) for line in lines if line.startswith("{")]
