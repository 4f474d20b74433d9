"""Apprise and signed webhooks against a local HTTP server: what arrives, its signature, retries, replay."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time

from litestar import Litestar
from litestar.testing import AsyncTestClient

from app.config import Settings
from tests.notifications.conftest import NOT_DUE, Person, create_person, eventually
from tests.notifications.servers import HttpReceiver, http_receiver

Client = AsyncTestClient[Litestar]


async def _wait_status(client: Client, person: Person, delivery_id: str, status: str) -> dict[str, object]:
    url = f"/api/notifications/deliveries/{delivery_id}"

    async def reached() -> bool:
        return (await client.get(url, headers=person.headers)).json()["status"] == status

    await eventually(reached)
    body: dict[str, object] = (await client.get(url, headers=person.headers)).json()
    return body


async def test_an_apprise_json_url_receives_the_test_message(
    settings: Settings, client: Client, worker: None
) -> None:
    person = await create_person(settings, "ap@example.com", renews_in=NOT_DUE)
    with http_receiver() as receiver:
        url = receiver.url.replace("http://", "json://") + "/notify"
        added = await client.post("/api/notifications/channels", json={"url": url}, headers=person.headers)
        assert added.status_code == 201, added.text
        assert added.json()["label"] == "json://127.0.0.1", "the URL itself is never shown back"
        started = await client.post(
            "/api/notifications/test", json={"channel": "apprise"}, headers=person.headers
        )
        [delivery_id] = started.json()["deliveries"]
        await _wait_status(client, person, delivery_id, "sent")
    [received] = receiver.received
    assert received.path == "/notify"
    body = json.loads(received.body)
    assert body["title"] == "Test message from Subscout: this channel works"
    assert "http://testserver.local/" in body["message"]


async def test_an_apprise_target_that_refuses_fails_with_its_answer_after_the_retries(
    settings: Settings, client: Client, worker: None
) -> None:
    person = await create_person(settings, "ar@example.com", renews_in=NOT_DUE)
    with http_receiver(statuses=[503]) as receiver:
        url = receiver.url.replace("http://", "json://") + "/down"
        await client.post("/api/notifications/channels", json={"url": url}, headers=person.headers)
        started = await client.post(
            "/api/notifications/test", json={"channel": "apprise"}, headers=person.headers
        )
        [delivery_id] = started.json()["deliveries"]
        failed = await _wait_status(client, person, delivery_id, "failed")
    assert len(receiver.received) == 4, "the first attempt and 3 retries"
    assert failed["attempts"] == 4
    assert "503" in str(failed["answer"])


def _verify(secret: str, headers: dict[str, str], body: bytes) -> bool:
    """Standard Webhooks verification, written from the spec (not the sender's code)."""
    key = base64.b64decode(secret.split("_", 1)[1])
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    return any(
        version == "v1" and hmac.compare_digest(sig, expected)
        for version, sig in (part.split(",", 1) for part in headers["webhook-signature"].split(" "))
    )


async def test_webhooks_are_signed_retried_with_the_same_id_and_replayable(
    settings: Settings, client: Client, worker: None
) -> None:
    person = await create_person(settings, "wh@example.com", renews_in=NOT_DUE)
    receiver: HttpReceiver
    with http_receiver(statuses=[500, 200]) as receiver:
        created = await client.post(
            "/api/notifications/webhooks", json={"url": receiver.url + "/hook"}, headers=person.headers
        )
        assert created.status_code == 201
        secret = created.json()["secret"]
        hook_id = created.json()["channel"]["id"]
        listed = await client.get("/api/notifications/webhooks", headers=person.headers)
        assert secret not in listed.text, "the secret is shown once"
        started = await client.post(
            "/api/notifications/test", json={"channel": hook_id}, headers=person.headers
        )
        [delivery_id] = started.json()["deliveries"]
        sent = await _wait_status(client, person, delivery_id, "sent")
        assert sent["attempts"] == 2
        assert str(sent["answer"]).startswith("200 OK")
        replayed = await client.post(
            f"/api/notifications/deliveries/{delivery_id}/replay", headers=person.headers
        )
        assert replayed.status_code == 202
        await eventually(lambda: _count(receiver, 3))
        await _wait_status(client, person, delivery_id, "sent")
    first, retry, replay = receiver.received
    assert first.headers["webhook-id"] == retry.headers["webhook-id"] == replay.headers["webhook-id"]
    assert first.headers["webhook-id"] == sent["messageId"]
    for request in receiver.received:
        assert _verify(secret, request.headers, request.body)
        assert abs(int(request.headers["webhook-timestamp"]) - time.time()) < 60
        assert not _verify(secret, request.headers, request.body + b" ")
    event = json.loads(first.body)
    assert event["type"] == "subscout.test"
    assert event["data"]["items"][0]["kind"] == "test"
    log = await client.get(f"/api/notifications/webhooks/{hook_id}/deliveries", headers=person.headers)
    assert [d["id"] for d in log.json()] == [delivery_id]


async def _count(receiver: HttpReceiver, n: int) -> bool:
    return len(receiver.received) >= n


async def test_bad_channel_urls_are_refused_with_the_field_named(settings: Settings, client: Client) -> None:
    person = await create_person(settings, "bad@example.com")
    for path, url in (
        ("/api/notifications/channels", "nonsense://x"),
        ("/api/notifications/webhooks", "ftp://example.com/x"),
        ("/api/notifications/webhooks", ""),
    ):
        response = await client.post(path, json={"url": url}, headers=person.headers)
        assert response.status_code == 400, (path, url, response.text)
        assert "url" in response.text
    channels = (await client.get("/api/notifications/channels", headers=person.headers)).json()
    assert [c["kind"] for c in channels] == ["email"]
