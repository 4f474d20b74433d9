"""An IMAP mailbox added through the API, scanned by a real worker from a real IMAP server, incrementally."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import text
from tests.imap_server import PASSWORD, USER, append_messages, new_mailbox, pymap_server
from tests.support import bearer_for, wait_finished

from app.config import PACKAGE_DIR, Settings
from app.detection.email.sources.base import ScanWindow
from app.detection.email.sources.mbox import MboxSource
from app.lib.database import standalone_session


@pytest.fixture(scope="module")
def imap_port() -> Iterator[int]:
    with pymap_server() as port:
        yield port


async def demo_messages() -> list[bytes]:
    source = MboxSource(PACKAGE_DIR / "demo" / "mailbox.mbox")
    await source.select(ScanWindow())
    return [m.data async for m in source.messages()]


async def scan(client: AsyncTestClient[Litestar], headers: dict[str, str]) -> dict[str, object]:
    started = await client.post("/api/detection/scan/email", json={"daysBack": 3650}, headers=headers)
    assert started.status_code == 202
    status = await wait_finished(client, started.json()["statusUrl"], headers)
    assert status["state"] == "completed", status
    return dict(status["returnvalue"])


async def test_imap_mailbox_scans_fully_then_only_new_mail(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None, imap_port: int
) -> None:
    messages = await demo_messages()
    mailbox = new_mailbox(imap_port)
    append_messages(imap_port, mailbox, messages[:-40])
    headers = await bearer_for(settings, "imap@example.com")
    body = {"host": "127.0.0.1", "port": imap_port, "username": USER, "password": PASSWORD}
    added = await client.post(
        "/api/mailboxes/imap", json={**body, "security": "none", "mailbox": mailbox}, headers=headers
    )
    assert added.status_code == 201, added.text

    first = await scan(client, headers)
    assert first["processed"] == len(messages) - 40
    found_first = {s["name"] for s in (await client.get("/api/subscriptions", headers=headers)).json()}

    append_messages(imap_port, mailbox, messages[-40:])
    second = await scan(client, headers)
    assert second["processed"] == 40, "the second scan reads only the new messages"
    found = {s["name"] for s in (await client.get("/api/subscriptions", headers=headers)).json()}
    assert found_first <= found
    assert len(found) >= 10

    async with standalone_session(settings) as session:
        stored = await session.scalar(text("select secret from mail_source where kind = 'imap'"))
    assert stored
    assert PASSWORD not in stored, "the app password is stored encrypted"


async def test_plain_text_imap_to_a_remote_host_is_refused(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "plain@example.com")
    body = {"host": "imap.example.com", "username": "u", "password": "p", "security": "none"}
    response = await client.post("/api/mailboxes/imap", json=body, headers=headers)
    assert response.status_code == 400
    assert "security" in response.text
