"""Live updates without the socket (issue 12.11): a page polls its running job's panel, and a scan
held back by the rate limit says it is queued and roughly when it will start.

The browser side (the socket blocked, the bar still reaching done) is tests/e2e/test_live_fallback.py.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import replace

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from app.config import Settings
from app.jobs.queue import SubscoutQueue, rate_limited_start
from app.scans.jobs import EMAIL_SCAN
from app.server import create_app
from tests.detection.test_mailbox_sources import demo_browser
from tests.jobs.conftest import Person
from tests.subscriptions.test_table_view import names

JOB_ID = re.compile(r'data-job-id="([^"]+)"')
HTMX = {"HX-Request": "true"}


def test_each_start_waits_until_fewer_than_the_limit_lie_within_the_window() -> None:
    assert rate_limited_start([], 0, limit=2, window=60, at=5) == 5
    assert rate_limited_start([0], 0, limit=2, window=60, at=5) == 5, "a free slot: now"
    assert [rate_limited_start([0, 10], n, limit=2, window=60, at=20) for n in range(4)] == [60, 70, 120, 130]


async def test_a_queued_job_knows_roughly_when_the_rate_limit_lets_it_start(
    make_queue: Callable[..., SubscoutQueue],
) -> None:
    queue = make_queue("limited", rate_limit=1, rate_window=60)
    first, second, third = [await queue.enqueue("task") for _ in range(3)]
    assert first is not None
    assert second is not None
    assert third is not None
    assert await queue.starts_in(first) == 0, "nothing started yet: it starts as soon as a worker is free"
    assert await queue.dequeue(timeout=1) is not None
    waits = [await queue.starts_in(second), await queue.starts_in(third)]
    assert 30 < waits[0] <= 60, waits
    assert 90 < waits[1] <= 120, waits
    assert await make_queue("unlimited").starts_in(second) == 0


@pytest.fixture
async def limited_client(settings: Settings) -> AsyncIterator[AsyncTestClient[Litestar]]:
    app = create_app(replace(settings, email_scan_rate_limit=1, rate_limit_window=60))
    async with AsyncTestClient(app, base_url="http://testserver.local") as client:
        yield client


async def test_a_scan_held_back_by_the_rate_limit_says_it_is_queued_and_when_it_should_start(
    limited_client: AsyncTestClient[Litestar], alice: Person, make_queue: Callable[..., SubscoutQueue]
) -> None:
    await limited_client.post("/api/detection/scan/email", json={}, headers=alice.headers)
    assert await make_queue(EMAIL_SCAN, rate_limit=1, rate_window=60).dequeue(timeout=1) is not None

    csrf = await demo_browser(limited_client)
    started = await limited_client.post("/scans/email", headers={**HTMX, "X-CSRFToken": csrf})
    assert started.status_code == 200
    for html in (
        started.text,
        (await limited_client.get("/")).text,
        (await limited_client.get(f"/scans/jobs/{EMAIL_SCAN}/{job_id(started.text)}", headers=HTMX)).text,
    ):
        assert "Queued" in html
        assert re.search(r"should start in about \d+ (second|minute)s?\.", html), html


@pytest.mark.usefixtures("worker")
async def test_polling_a_panel_follows_the_scan_to_done_with_the_results(
    client: AsyncTestClient[Litestar],
) -> None:
    csrf = await demo_browser(client)
    started = await client.post("/scans/email", headers={**HTMX, "X-CSRFToken": csrf})
    url = f"/scans/jobs/{EMAIL_SCAN}/{job_id(started.text)}"
    deadline = time.monotonic() + 180  # generous: a shared, loaded machine
    while 'data-state="completed"' not in (polled := await client.get(url, headers=HTMX)).text:
        assert polled.status_code == 200
        assert 'data-state="failed"' not in polled.text, polled.text
        assert time.monotonic() < deadline, "the scan did not finish"
        await asyncio.sleep(0.5)
    assert polled.headers["content-type"].startswith("text/html")
    panel = polled.text.split('<section id="')[1]
    assert panel.startswith('scan-panel"')
    assert 'hx-swap-oob="true"' in panel
    assert "Scan finished" in panel
    refresh = re.search(r'<div id="results-refresh" [^>]*hx-get="([^"]+)"', polled.text)
    assert refresh, "the page is told to fetch the results"
    page = {**HTMX, "HX-Current-URL": "http://testserver.local/?q=netflix"}
    results = (await client.get(refresh.group(1), headers=page)).text
    assert {r.split('"', 1)[0] for r in results.split('<section id="')[1:]} >= {"summary", "subscriptions"}
    assert names(results) == ["Netflix"], "as the page's address searches"


async def test_an_unknown_queue_or_job_is_a_404(client: AsyncTestClient[Litestar]) -> None:
    await demo_browser(client)
    for url in (f"/scans/jobs/{EMAIL_SCAN}/email-scan-none-1", "/scans/jobs/nope/x"):
        assert (await client.get(url, headers=HTMX)).status_code == 404


def job_id(html: str) -> str:
    match = JOB_ID.search(html)
    assert match is not None, html
    return match.group(1)
