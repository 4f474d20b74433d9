"""Time from a worker's progress update to the browser receiving it.

Starts the real stack (embedded Redis, web process), then plays the worker's
part with the worker's own code path (``job.update(progress=…)`` followed by
``publish_job_event``) and measures, over many updates at a steady rate, for the same
updates at the same time (so the anchor shares the machine's load):

- the dashboard in Chromium (``/ws/ui`` + htmx): publish → ``aria-valuenow`` changed in the DOM,
  and publish → the message reaching the page's script (htmx's ``wsBeforeMessage``), whose
  difference is what htmx's ws extension and the swap cost;
- the anchor, a JSON WebSocket ``/ws/jobs/{userId}`` of the same person: publish → message
  received by a Python client;
- a Python client on ``/ws/ui`` with the browser's session: publish → the HTML fragment received,
  which tells the server's fragment path from the browser's;
- a real **Scan inbox** of the demo mailbox (a worker process runs it): the bytes ``/ws/ui`` sends
  for the scan, in progress frames and in all, and how many frames.

Usage: ``python bench/progress_latency.py [--updates 1000] [--interval-ms 5]``
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import websockets  # noqa: E402
from bench.benchlib import record  # noqa: E402
from playwright.async_api import async_playwright  # noqa: E402
from redis.asyncio import Redis  # noqa: E402
from saq.job import Job  # noqa: E402
from sqlalchemy import select  # noqa: E402
from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from tests.stack import Stack  # noqa: E402
from websockets.asyncio.client import ClientConnection  # noqa: E402

from app.accounts.models import User  # noqa: E402
from app.accounts.services import ApiTokenService  # noqa: E402
from app.config import Settings  # noqa: E402
from app.jobs.events import publish_job_event  # noqa: E402
from app.lib.database import standalone_session  # noqa: E402
from app.queues import build_queues  # noqa: E402
from app.scans.jobs import EMAIL_SCAN  # noqa: E402

RECORD_DOM = """
window.__changes = [];
new MutationObserver(() => {
  const bar = document.querySelector('[role="progressbar"]');
  if (bar) window.__changes.push([Date.now(), Number(bar.getAttribute('aria-valuenow'))]);
}).observe(document.body, {subtree: true, childList: true});
window.__arrivals = [];
document.body.addEventListener('htmx:wsBeforeMessage', (event) => {
  const shown = /aria-valuenow="(\\d+)"/.exec(event.detail.message);
  if (shown) window.__arrivals.push([Date.now(), Number(shown[1])]);
});
"""
SHOWN = re.compile(r'aria-valuenow="(\d+)"')


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def report(label: str, by_update: dict[int, float], expected: int) -> None:
    latencies_ms = list(by_update.values())
    print(
        f"{label:<40} n={len(latencies_ms)}/{expected}  p50={statistics.median(latencies_ms):6.2f} ms  "
        f"p99={percentile(latencies_ms, 99):6.2f} ms  max={max(latencies_ms):6.2f} ms"
    )


def progress_for(i: int) -> int:
    return (i % 99) + 1


class WorkerSide:
    """The worker's half: a SAQ job whose progress is updated and published as the email-scan task does."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.redis = Redis.from_url(settings.redis_url)
        self.queue = build_queues(settings, self.redis)[EMAIL_SCAN]

    async def job_for(self, user_id: str) -> Job:
        await self.queue.connect()
        job = Job(function="email_scan", key=f"bench-{uuid.uuid4().hex}", kwargs={"userId": user_id})
        await self.queue.enqueue(job)
        return job

    async def progress(self, job: Job, percent: int) -> None:
        await job.update(progress=percent / 100)
        await publish_job_event(self.redis, self.settings, job, "job-progress")


async def demo_user_id(settings: Settings) -> str:
    """The demo account the browser just started (each visitor has their own: the newest)."""
    async with standalone_session(settings) as session:
        user_id = await session.scalar(
            select(User.id).where(User.is_demo.is_(True)).order_by(User.created_at.desc()).limit(1)
        )
    assert user_id is not None
    return str(user_id)


async def api_token(settings: Settings, user_id: str) -> str:
    """A token of the person's, for their JSON socket."""
    async with standalone_session(settings) as session:
        _, token = await ApiTokenService(session=session).issue(UUID(user_id), "bench")
    return token


@dataclass
class Timings:
    """Each update's publish → arrival latencies (ms), per observer of the same updates."""

    dom: dict[int, float]
    page: dict[int, float]
    json: dict[int, float]
    ui_client: dict[int, float]
    dom_changes: int


async def bench_dom(stack: Stack, worker: WorkerSide, updates: int, interval: float) -> Timings:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = await browser.new_page()
        await page.goto(f"{stack.base_url}/signin")
        await page.get_by_role("button", name="Continue with demo account").click()
        await page.get_by_role("heading", name="Your subscriptions").wait_for()
        user_id = await demo_user_id(worker.settings)
        token = await api_token(worker.settings, user_id)
        cookies = "; ".join(f"{c['name']}={c['value']}" for c in await page.context.cookies())
        job = await worker.job_for(user_id)
        await worker.progress(job, 100)  # shows the progress bar
        await page.locator('[role="progressbar"]').wait_for()
        json_seen: list[list[float]] = []
        ui_seen: list[list[float]] = []
        async with (
            websockets.connect(
                f"ws://127.0.0.1:{stack.port}/ws/jobs/{user_id}",
                additional_headers={"Authorization": f"Bearer {token}"},
            ) as json_socket,
            websockets.connect(
                f"ws://127.0.0.1:{stack.port}/ws/ui",
                additional_headers={"Cookie": cookies, "Origin": stack.base_url},
            ) as ui_socket,
        ):
            readers = [
                asyncio.create_task(read_json(json_socket, json_seen)),
                asyncio.create_task(read_fragments(ui_socket, ui_seen)),
            ]
            await asyncio.sleep(0.5)  # both sockets subscribed and past their first messages
            json_seen.clear()
            ui_seen.clear()
            await page.evaluate(RECORD_DOM)
            sent: list[tuple[float, int]] = []
            for i in range(updates):
                sent.append((time.time() * 1000, progress_for(i)))
                await worker.progress(job, progress_for(i))
                await asyncio.sleep(interval)
            await asyncio.sleep(1)
            for reader in readers:
                reader.cancel()
        changes: list[list[float]] = await page.evaluate("window.__changes")
        arrivals: list[list[float]] = await page.evaluate("window.__arrivals")
        await browser.close()
    return Timings(
        dom=match_changes(sent, changes),
        page=match_changes(sent, arrivals),
        json=match_changes(sent, json_seen),
        ui_client=match_changes(sent, ui_seen),
        dom_changes=len(changes),
    )


async def read_json(socket: ClientConnection, seen: list[list[float]]) -> None:
    async for message in socket:
        event = json.loads(message)
        if event.get("type") == "job-progress":
            seen.append([time.time() * 1000, event["progress"]])


async def read_fragments(socket: ClientConnection, seen: list[list[float]]) -> None:
    async for message in socket:
        shown = SHOWN.search(str(message))
        if shown:
            seen.append([time.time() * 1000, int(shown.group(1))])


def match_changes(sent: list[tuple[float, int]], changes: list[list[float]]) -> dict[int, float]:
    """Each update's latency, by the update's index: to the first change (or message) after it
    that shows its value.

    A swap may be observed more than once (the percent and the bar are separate elements), so
    changes are walked in order rather than paired one to one; an update never shown is skipped.
    """
    latencies, position = {}, 0
    for update, (sent_at, value) in enumerate(sent):
        for index in range(position, len(changes)):
            seen_at, shown = changes[index]
            if shown == value and seen_at >= sent_at - 1:
                latencies[update] = seen_at - sent_at
                position = index + 1
                break
    return latencies


async def bench_scan_bytes(stack: Stack) -> dict[str, float]:
    """Frames and bytes the dashboard socket receives during one real scan of the demo mailbox."""
    frames: list[str] = []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = await browser.new_page()
        page.on("websocket", lambda ws: ws.on("framereceived", lambda payload: frames.append(str(payload))))
        await page.goto(f"{stack.base_url}/signin")
        await page.get_by_role("button", name="Continue with demo account").click()
        await page.get_by_role("heading", name="Your subscriptions").wait_for()
        await asyncio.sleep(1)
        frames.clear()  # the panels sent on connect
        await page.get_by_role("button", name="Scan inbox").click()
        await page.locator("#scan-panel").get_by_text("Scan finished").wait_for(timeout=120_000)
        await asyncio.sleep(0.5)
        await browser.close()
    progress = [f for f in frames if 'id="subscriptions"' not in f]
    return {
        "frames": len(frames),
        "progress_frames": len(progress),
        "progress_kb": sum(len(f.encode()) for f in progress) / 1024,
        "total_kb": sum(len(f.encode()) for f in frames) / 1024,
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=1000)
    parser.add_argument("--interval-ms", type=float, default=5.0)
    args = parser.parse_args()
    interval = args.interval_ms / 1000
    with tempfile.TemporaryDirectory() as tmp:
        stack = Stack(Path(tmp) / "synthetic").start(workers=0)  # no worker: the updates are ours
        try:
            os.environ.update(stack.env)
            worker = WorkerSide(Settings.from_env())
            print(
                f"{args.updates} progress updates, one every {args.interval_ms} ms, web + Redis on loopback"
            )
            timings = await bench_dom(stack, worker, args.updates, interval)
            report("JSON socket: publish → client", timings.json, args.updates)
            report("Python client on /ws/ui: publish → HTML", timings.ui_client, args.updates)
            report("htmx socket: publish → page script", timings.page, args.updates)
            report("htmx socket: publish → DOM (1 ms clock)", timings.dom, args.updates)
            print(f"DOM changes observed: {timings.dom_changes}")
            await worker.redis.aclose()
        finally:
            stack.stop()
        stack = Stack(Path(tmp) / "scan").start(workers=1)
        try:
            scan = await bench_scan_bytes(stack)
            print(
                f"one demo scan over /ws/ui: {scan['frames']:.0f} frames, {scan['total_kb']:.1f} KB; "
                f"progress frames {scan['progress_frames']:.0f}, {scan['progress_kb']:.1f} KB"
            )
            bench = f"progress to the browser ({args.updates} updates, one every {args.interval_ms} ms)"
            anchor = "publish → JSON socket, same updates"
            dom, json_socket = list(timings.dom.values()), list(timings.json.values())
            for name, pick in (("p99", lambda v: percentile(v, 99)), ("p50", statistics.median)):
                record(bench, f"publish → DOM {name}", pick(dom), "ms", f"{anchor} {name}",
                       pick(json_socket), False)  # fmt: skip
            handling = [at - timings.page[i] for i, at in timings.dom.items() if i in timings.page]
            record(bench, "htmx message → DOM p99", percentile(handling, 99), "ms",
                   note="the ws extension's parse and swap; the rest comes before the page")  # fmt: skip
            frames = f"{scan['progress_kb']:.1f} KB in {scan['progress_frames']:.0f} progress frames"
            record("one demo scan over /ws/ui", "socket bytes per scan", scan["total_kb"], "KB", note=frames)
        finally:
            stack.stop()


if __name__ == "__main__":
    asyncio.run(main())
