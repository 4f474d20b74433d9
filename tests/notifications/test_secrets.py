"""Channel URLs and webhook secrets are encrypted at rest and never reach job data, a log line or the
delivery log's answers, even when a receiver refuses and the send is retried."""

from __future__ import annotations

import logging

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from redis.asyncio import Redis
from sqlalchemy import text

from app.config import Settings
from app.lib.database import standalone_session
from tests.notifications.conftest import NOT_DUE, create_person, deliveries, eventually
from tests.notifications.servers import http_receiver

TOKEN = "apprise-token-5b1f0c"


async def test_channel_urls_and_secrets_stay_out_of_job_data_logs_and_plain_columns(
    settings: Settings,
    client: AsyncTestClient[Litestar],
    redis: Redis,
    worker: None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    person = await create_person(settings, "keeps@example.com", renews_in=NOT_DUE)
    with http_receiver(statuses=[500, 200]) as receiver:
        address = receiver.url.removeprefix("http://")
        apprise = f"json://bot:{TOKEN}@{address}/notify/{TOKEN}"
        added = await client.post(
            "/api/notifications/channels", json={"url": apprise}, headers=person.headers
        )
        assert added.status_code == 201, added.text
        hook = await client.post(
            "/api/notifications/webhooks",
            json={"url": f"{receiver.url}/hook/{TOKEN}"},
            headers=person.headers,
        )
        secret = hook.json()["secret"]
        for channel in ("apprise", "webhook"):
            started = await client.post(
                "/api/notifications/test", json={"channel": channel}, headers=person.headers
            )
            assert started.status_code == 202

        async def all_sent() -> bool:
            return sorted(d.status for d in await deliveries(settings, person.id)) == ["sent", "sent"]

        await eventually(all_sent, within=60)
    assert len(receiver.received) == 3, "one refusal, retried, and the other channel"
    assert any(r.name.startswith("subscout") for r in caplog.records), "the worker's logs were captured"
    assert any(r.name == "httpx" for r in caplog.records), "the webhook's request lines were captured"

    formatter = logging.Formatter()
    # Apprise's own logger does not propagate (push.py captures it per send, at INFO, into the answer);
    # pytest hangs its capture handlers on it directly, so its DEBUG lines are left out here.
    logged = "\n".join(formatter.format(r) for r in caplog.records if r.name != "apprise")
    stored_jobs = []
    async for key in redis.scan_iter(match=f"{settings.redis_namespace}*"):
        if await redis.type(key) == b"string":
            stored_jobs.append(str(await redis.get(key)))
    async with standalone_session(settings) as session:
        columns = [
            str(row)
            for row in await session.execute(text("SELECT label, target, secret FROM notification_channel"))
        ]
        # The receivers' answers, which operators see for everyone.
        columns += [
            str(row) for row in await session.execute(text("SELECT answer FROM notification_delivery"))
        ]
    assert stored_jobs, "the queue's jobs were read"
    for place, content in (
        ("a log line", logged),
        ("job data", "\n".join(stored_jobs)),
        ("a column", "\n".join(columns)),
    ):
        assert TOKEN not in content, f"the Apprise/webhook URL's token is in {place}"
        assert secret not in content, f"the webhook secret is in {place}"
        assert secret.removeprefix("whsec_") not in content, f"the webhook key is in {place}"
