"""The scale-out topology of ``compose.yaml`` as plain processes (issue 10): PostgreSQL, one Redis,
two web and two worker processes.

A scan started through one web process streams to a socket held by the other, and
the cron schedule (here every 3 seconds, through ``RENEWAL_CRON``) enqueues each
occurrence once however many workers run. Runs in ``make test``'s PostgreSQL pass
(``scripts/with-postgres`` sets ``TEST_POSTGRES_URL``).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import websockets

from tests.conftest import POSTGRES_URL, _postgres
from tests.operations.test_faults import bigger_mailbox, next_event, person
from tests.stack import Stack

pytestmark = pytest.mark.skipif(
    not POSTGRES_URL, reason="needs PostgreSQL: runs in make test's pass under scripts/with-postgres"
)
CRON_EVERY = 3
CRON_KEY = re.compile(r"Processing Job<function: renewal_check, [^>]*key: (renewal-check-cron-\d+)")


@pytest.fixture
async def topology(tmp_path: Path) -> AsyncIterator[Stack]:
    database = f"topology_{uuid.uuid4().hex[:12]}"
    await asyncio.to_thread(_postgres, f"CREATE DATABASE {database}")
    env = {
        "DEMO_MAILBOX": str(bigger_mailbox(tmp_path / "big.mbox", 3)),
        "RENEWAL_CRON": f"* * * * * */{CRON_EVERY}",
    }
    stack = Stack(tmp_path / "data", extra_env=env, database_url=f"{POSTGRES_URL}/{database}")
    stack.data_dir.mkdir()
    await asyncio.to_thread(stack.start, 2, 2)
    yield stack
    await asyncio.to_thread(stack.stop)
    await asyncio.to_thread(_postgres, f"DROP DATABASE IF EXISTS {database}")


async def test_a_scan_on_one_web_process_streams_to_the_other_and_cron_runs_once(topology: Stack) -> None:
    first, second = (f"http://127.0.0.1:{port}" for port in topology.ports)
    assert all(process.poll() is None for process in topology.processes), "2 web + 2 worker processes up"
    user_id, headers = await asyncio.to_thread(person, topology, "topology@example.com")
    ws_url = f"{second.replace('http', 'ws')}/ws/jobs/{user_id}"
    async with (
        httpx.AsyncClient(base_url=first, headers=headers, timeout=30) as api,
        websockets.connect(ws_url, additional_headers=headers) as socket,
    ):
        assert json.loads(await socket.recv())["type"] == "connected"
        scan = (await api.post("/api/detection/scan/email", json={})).json()
        progress = await next_event(socket, {"job-progress"}, scan["jobId"], within=90)
        done = await next_event(socket, {"job-completed"}, scan["jobId"], within=180)
        assert progress["jobId"] == done["jobId"] == scan["jobId"]
        assert done["result"]["detected"] > 5
        async with httpx.AsyncClient(base_url=second, headers=headers, timeout=30) as other:
            found = (await other.get("/api/subscriptions")).json()
        assert len(found) == done["result"]["detected"], "both web processes read the same database"

    log = topology.data_dir / "stack.log"
    deadline = time.monotonic() + 60
    while len(runs := Counter(CRON_KEY.findall(log.read_text()))) < 4:
        assert time.monotonic() < deadline, f"the cron ran {len(runs)} time(s) in a minute"
        await asyncio.sleep(1)
    assert set(runs.values()) == {1}, f"an occurrence ran twice: {runs}"
    occurrences = sorted(int(key.rsplit("-", 1)[1]) for key in runs)
    gaps = {later - earlier for earlier, later in itertools.pairwise(occurrences)}
    assert min(gaps) >= CRON_EVERY * 1000, (
        f"one job per {CRON_EVERY} s occurrence, not one per worker: {gaps}"
    )
