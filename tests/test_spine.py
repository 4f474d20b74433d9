"""The spine end to end in one process: sign-in, Scan inbox, the job, the stored subscriptions, the API."""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient
from redis.asyncio import Redis

from app.config import Settings
from app.lib.redis import user_events_channel

CSRF_INPUT = re.compile(r'name="_csrf_token" value="([^"]+)"')


async def demo_sign_in(client: AsyncTestClient[Litestar]) -> str:
    """Signs in as the demo account; returns the CSRF token for htmx requests."""
    page = await client.get("/signin")
    token = CSRF_INPUT.search(page.text)
    assert token is not None
    response = await client.post("/signin/demo", data={"_csrf_token": token.group(1)}, follow_redirects=False)
    assert response.status_code in (302, 303)
    dashboard = await client.get("/", follow_redirects=False)
    assert dashboard.status_code == 200
    return CSRF_INPUT.search(dashboard.text).group(1)  # type: ignore[union-attr]


async def test_anonymous_dashboard_redirects_to_sign_in(client: AsyncTestClient[Litestar]) -> None:
    response = await client.get("/", follow_redirects=False)
    assert response.status_code in (302, 303)
    assert response.headers["location"].startswith("/signin")


async def test_sign_in_page_offers_google_and_demo(client: AsyncTestClient[Litestar]) -> None:
    page = await client.get("/signin")
    assert "Sign in with Google" in page.text
    assert "Continue with demo account" in page.text


async def test_google_without_credentials_explains_itself(client: AsyncTestClient[Litestar]) -> None:
    page = await client.get("/auth/google")
    assert page.status_code == 200
    assert "Google sign-in is not configured" in page.text


async def test_scan_button_without_csrf_token_is_refused(client: AsyncTestClient[Litestar]) -> None:
    await demo_sign_in(client)
    response = await client.post("/scans/email", headers={"HX-Request": "true"})
    assert response.status_code == 403


async def wait_for_event(pubsub: Any, event_type: str, within: float = 30) -> dict[str, Any]:
    deadline = asyncio.get_running_loop().time() + within
    while asyncio.get_running_loop().time() < deadline:
        message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=1)
        if message is not None:
            event = json.loads(message["data"])
            if event["type"] == event_type:
                return event
    raise AssertionError(f"no {event_type} event within {within} s")


async def test_scan_inbox_runs_the_job_and_swaps_in_the_results(
    client: AsyncTestClient[Litestar], settings: Settings, redis: Redis, worker: None
) -> None:
    csrf = await demo_sign_in(client)
    response = await client.post("/scans/email", headers={"HX-Request": "true", "X-CSRFToken": csrf})
    assert response.status_code == 200
    assert 'role="progressbar"' in response.text
    job_id = re.search(r'data-job-id="([^"]+)"', response.text)
    assert job_id is not None
    assert job_id.group(1).startswith("email-scan-")

    user_id = job_id.group(1).split("-")[2:-1]
    pubsub = redis.pubsub()
    await pubsub.subscribe(user_events_channel(settings, "-".join(user_id)))
    completed = await wait_for_event(pubsub, "job-completed", within=60)
    await pubsub.aclose()
    assert completed["jobId"] == job_id.group(1)
    assert completed["result"]["processed"] > 100
    assert completed["result"]["detected"] == len(completed["result"]["detectedIds"]) > 0

    dashboard = await client.get("/")
    assert re.search(r"<table[\s>]", dashboard.text)
    for header in ("Service", "Amount", "Billing cycle", "Next renewal"):
        # The header cell's text is the name (a sort link inside it is fine).
        assert re.search(rf"<th [^>]*>(?:<a [^>]*>)?{header}(?:</a>)?</th>", dashboard.text), header
    assert 'role="progressbar"' not in dashboard.text
