"""An unhandled error is logged once with its request id; Redis away answers 503; the probes."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from pathlib import Path

import pytest
from litestar import Litestar, get
from litestar.testing import AsyncTestClient

from app.config import Settings
from app.lib.redis_server import EmbeddedRedis, free_port
from app.operations.logs import json_formatter
from app.server import create_app
from tests.support import bearer_for


@get("/api/test-broken", include_in_schema=False)
async def broken() -> None:
    raise RuntimeError("the test route failed on purpose")


async def test_an_unhandled_error_is_logged_once_with_the_request_id(
    app: Litestar, client: AsyncTestClient[Litestar], settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    app.register(broken)
    headers = await bearer_for(settings, "alice@example.com")
    with caplog.at_level(logging.INFO):
        response = await client.get("/api/test-broken", headers={**headers, "X-Request-ID": "req-12345678"})
    assert response.status_code == 500
    assert response.headers["x-request-id"] == "req-12345678"
    assert response.json()["requestId"] == "req-12345678"
    assert "failed on purpose" not in response.text, "no details for the caller"
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1
    rendered = json.loads(json_formatter().format(errors[0]))
    assert rendered["request_id"] == "req-12345678"
    assert rendered["path"] == "/api/test-broken"
    assert "RuntimeError: the test route failed on purpose" in rendered["exception"]


async def test_every_response_carries_a_fresh_request_id(client: AsyncTestClient[Litestar]) -> None:
    ids = {(await client.get("/health")).headers["x-request-id"] for _ in range(2)}
    assert len(ids) == 2


async def test_health_and_ready(client: AsyncTestClient[Litestar]) -> None:
    health = await client.get("/health")
    assert (health.status_code, health.json()) == (200, {"status": "ok"})
    ready = await client.get("/ready")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ok", "redis": "ok", "database": "ok"}


async def test_without_redis_the_api_answers_503_with_retry_after_and_ready_says_why(
    settings: Settings, tmp_path: Path
) -> None:
    headers = await bearer_for(settings, "alice@example.com")
    server = EmbeddedRedis(tmp_path / "own-redis", port=free_port())
    app = create_app(replace(settings, redis_url=server.start()))
    async with AsyncTestClient(app, base_url="http://testserver.local") as client:
        server.stop()
        status = await client.get("/api/detection/jobs/email-scan/some-job", headers=headers)
        assert status.status_code == 503
        assert status.headers["retry-after"] == "5"
        assert (await client.get("/health")).status_code == 200
        ready = await client.get("/ready")
        assert ready.status_code == 503
        assert ready.json()["redis"].startswith("unavailable")
        assert ready.json()["database"] == "ok"


async def test_the_web_app_stops_without_a_heartbeat_thread_crash(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        async with AsyncTestClient(create_app(settings)) as client:
            assert (await client.get("/health")).status_code == 200
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
