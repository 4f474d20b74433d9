"""Workers killed or stopped in the middle of real work (issue 10): nothing lost, nothing twice.

The product runs as separate processes (Redis, web, worker) on a real scan of a
large mailbox and a real import of a large statement; the heartbeat, liveness and
sweep timings are scaled down through the variables a deployment would set.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import sqlite3
import time
from collections.abc import AsyncIterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import websockets

from tests.operations.test_faults import bigger_mailbox, next_event, person
from tests.stack import Stack

FAST_RECOVERY = {
    "JOB_HEARTBEAT": "5",
    "WORKER_LIVENESS_TTL": "4",
    "SWEEP_INTERVAL": "1",
    "RETRY_BASE_DELAY": "0.2",
}
STATEMENT_ROWS = 30_000


def big_statement(path: Path, rows: int = STATEMENT_ROWS) -> Path:
    """A CSV that names its currency (no mapping step), every row distinct; a few monthly charges."""
    rng = random.Random(7)
    start = date(2023, 1, 1)
    lines = ["Date,Description,Amount,Currency"]
    for n in range(rows):
        day = start + timedelta(days=n % 700)
        if n % 500 == 0:
            lines.append(
                f"{start + timedelta(days=30 * (n // 500 % 23)):%Y-%m-%d},NETFLIX.COM {n},-15.49,EUR"
            )
            continue
        lines.append(
            f"{day:%Y-%m-%d},Shop {rng.randrange(10**6)} ref {n},-{rng.randrange(100, 9999) / 100:.2f},EUR"
        )
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture
async def stack(tmp_path: Path) -> AsyncIterator[Stack]:
    env = {**FAST_RECOVERY, "DEMO_MAILBOX": str(bigger_mailbox(tmp_path / "big.mbox", 6))}
    running = Stack(tmp_path / "data", extra_env=env)
    running.data_dir.mkdir()
    await asyncio.to_thread(running.start)
    yield running
    await asyncio.to_thread(running.stop)


async def wait_state(api: httpx.AsyncClient, status_url: str, within: float) -> dict[str, Any]:
    deadline = time.monotonic() + within
    while True:
        status = (await api.get(status_url)).json()
        if status["state"] in ("completed", "failed"):
            return dict(status)
        assert time.monotonic() < deadline, f"job not finished within {within} s: {status}"
        await asyncio.sleep(0.5)


def transactions_in(stack: Stack) -> int:
    with sqlite3.connect(stack.data_dir / "subscout.db") as db:
        return int(db.execute("select count(*) from bank_transaction").fetchone()[0])


def kill_worker(stack: Stack) -> None:
    """SIGKILL the (only) worker, as an OOM kill or a pulled plug would, then start a fresh one."""
    [worker] = [w for w in stack.workers if w.poll() is None]
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait()
    stack.start_worker()


async def test_a_worker_killed_mid_scan_and_mid_import_reruns_the_job_keeping_one_copy(stack: Stack) -> None:
    user_id, headers = await asyncio.to_thread(person, stack, "killed@example.com")
    ws_url = f"ws://127.0.0.1:{stack.port}/ws/jobs/{user_id}"
    async with (
        httpx.AsyncClient(base_url=stack.base_url, headers=headers, timeout=30) as api,
        websockets.connect(ws_url, additional_headers=headers) as socket,
    ):
        assert json.loads(await socket.recv())["type"] == "connected"

        # Mid-scan.
        scan = (await api.post("/api/detection/scan/email", json={})).json()
        await next_event(socket, {"job-progress"}, scan["jobId"], within=60)
        kill_worker(stack)
        status = await wait_state(api, scan["statusUrl"], within=120)
        assert status["state"] == "completed", status
        assert status["attemptsMade"] == 2, "re-run once by the new worker"
        assert status["returnvalue"]["detected"] > 5, "the re-run's result is kept"
        found = (await api.get("/api/subscriptions")).json()
        again = (await api.post("/api/detection/scan/email", json={})).json()
        assert (await wait_state(api, again["statusUrl"], within=120))["state"] == "completed"
        after = (await api.get("/api/subscriptions")).json()
        assert sorted(s["name"] for s in after) == sorted(s["name"] for s in found), "no duplicate rows"

        # Mid-import, after some batches were committed.
        statement = big_statement(stack.data_dir / "big.csv")
        files = {"data": ("big.csv", statement.read_bytes())}
        imported = (await api.post("/api/statements", files=files)).json()
        assert "statusUrl" in imported, imported
        while True:
            event = await next_event(socket, {"job-progress"}, imported["jobId"], within=90)
            if event["progress"] > 0 and transactions_in(stack) > 0:
                break
        assert transactions_in(stack) < STATEMENT_ROWS, "killed mid-import"
        kill_worker(stack)
        status = await wait_state(api, imported["statusUrl"], within=240)
        assert status["state"] == "completed", status
        assert status["attemptsMade"] == 2
        assert status["returnvalue"]["transactionsSynced"] > 0
        assert transactions_in(stack) == STATEMENT_ROWS, "every row once: none lost, none twice"


async def test_sigterm_mid_scan_lets_the_scan_finish_then_exits_0(stack: Stack) -> None:
    user_id, headers = await asyncio.to_thread(person, stack, "sigterm@example.com")
    ws_url = f"ws://127.0.0.1:{stack.port}/ws/jobs/{user_id}"
    grace = 60.0  # WORKER_SHUTDOWN_GRACE's default
    async with (
        httpx.AsyncClient(base_url=stack.base_url, headers=headers, timeout=30) as api,
        websockets.connect(ws_url, additional_headers=headers) as socket,
    ):
        assert json.loads(await socket.recv())["type"] == "connected"
        scan = (await api.post("/api/detection/scan/email", json={})).json()
        event = await next_event(socket, {"job-progress"}, scan["jobId"], within=60)
        [worker] = stack.workers
        worker.send_signal(signal.SIGTERM)
        sent = time.monotonic()
        code = await asyncio.to_thread(worker.wait, grace + 30)
        took = time.monotonic() - sent
        assert code == 0
        assert took < grace, f"stopped after {took:.1f} s, past the {grace:.0f} s grace"
        status = (await api.get(scan["statusUrl"])).json()
        assert status["state"] == "completed", f"the running scan finished first: {status}"
        assert status["attemptsMade"] == 1
        assert event["progress"] < 100
    log = (stack.data_dir / "stack.log").read_text()
    assert "waiting up to 60.0s for 1 running job(s)" in log
    assert "still running after the grace period" not in log
