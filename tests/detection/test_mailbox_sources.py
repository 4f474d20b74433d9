"""Mailboxes that fail alone (issues 10.8, 10.9, 12.12): refused when added if they cannot be read,
reported by name when they stop working, never blocking the others; and removable.

A real IMAP server (pymap) and a closed loopback port stand in for good and bad servers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select
from tests.imap_server import PASSWORD, USER, pymap_server
from tests.support import bearer_for, wait_finished

from app.config import PACKAGE_DIR, Settings
from app.lib.database import standalone_session
from app.lib.redis_server import free_port
from app.sources.models import BankAccount, MailSource

DEMO_MBOX = PACKAGE_DIR / "demo" / "mailbox.mbox"
CSRF_INPUT = re.compile(r'name="_csrf_token" value="([^"]+)"')


async def demo_browser(client: AsyncTestClient[Litestar]) -> str:
    """Signed in to the demo account as a browser is; returns the CSRF token."""
    page = await client.get("/signin")
    match = CSRF_INPUT.search(page.text)
    assert match is not None
    await client.post("/signin/demo", data={"_csrf_token": match.group(1)})
    return match.group(1)


@pytest.fixture(scope="module")
def imap_port() -> Iterator[int]:
    with pymap_server() as port:
        yield port


def no_server_path(text: str, settings: Settings) -> None:
    assert str(settings.data_dir) not in text, text
    assert "/uploads/" not in text, text
    assert not re.search(r"[0-9a-f]{32}", text), f"a stored file's name leaked: {text}"


async def upload(
    client: AsyncTestClient[Litestar], headers: dict[str, str], name: str, content: bytes
) -> Any:
    return await client.post("/api/mailboxes", files={"data": (name, content)}, headers=headers)


async def sources_of(settings: Settings) -> list[MailSource]:
    async with standalone_session(settings) as session:
        return list(await session.scalars(select(MailSource)))


async def scan(client: AsyncTestClient[Litestar], headers: dict[str, str]) -> dict[str, Any]:
    started = await client.post("/api/detection/scan/email", json={"daysBack": 3650}, headers=headers)
    assert started.status_code == 202, started.text
    return await wait_finished(client, started.json()["statusUrl"], headers)


def uploads_of(settings: Settings) -> list[Path]:
    return [p for p in settings.uploads_dir.rglob("*") if p.is_file()]


# -- uploads are checked when they arrive ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("holiday-mail.mbox", b"\x00\x01binary junk" * 100, "unknown format"),
        ("Takeout.zip", b"PK\x03\x04 not really a zip", "not a readable archive"),
        ("notes.txt", b"just some text, no headers at all\n" * 10, "unknown format"),
    ],
)
async def test_an_unreadable_mailbox_upload_is_refused_naming_the_users_file(
    client: AsyncTestClient[Litestar], settings: Settings, name: str, content: bytes, problem: str
) -> None:
    headers = await bearer_for(settings, "upload@example.com")
    response = await upload(client, headers, name, content)
    assert response.status_code == 400, response.text
    message = response.json()["extra"][0]["message"]
    assert response.json()["extra"][0]["key"] == "data"
    assert name in message
    assert problem in message
    no_server_path(response.text, settings)
    assert await sources_of(settings) == [], "nothing stored to fail later scans"
    assert uploads_of(settings) == [], "the refused file is deleted"


async def test_the_dashboard_upload_shows_the_refusal_in_the_panel(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    token = await demo_browser(client)
    response = await client.post(
        "/mailboxes",
        data={"_csrf_token": token},
        files={"data": ("broken.mbox", b"\xff" * 500)},
        headers={"X-CSRFToken": token},
    )
    assert response.status_code == 200
    assert "broken.mbox cannot be read as a mailbox" in response.text
    no_server_path(response.text, settings)


async def test_a_readable_mailbox_upload_is_added(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "good@example.com")
    response = await upload(client, headers, "mine.mbox", DEMO_MBOX.read_bytes())
    assert response.status_code == 201, response.text
    assert response.json()["label"] == "mine.mbox"


# -- IMAP is tried when added --------------------------------------------------------------------


async def test_imap_with_an_unknown_host_is_refused_in_plain_words(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "host@example.com")
    body = {"host": "imap.example.com", "username": "me", "password": "secret"}
    response = await client.post("/api/mailboxes/imap", json=body, headers=headers)
    assert response.status_code == 400
    detail = response.json()["extra"][0]
    assert detail["key"] == "host"
    assert detail["message"].startswith("could not reach imap.example.com"), detail
    assert "-2" not in detail["message"]
    assert await sources_of(settings) == []
    garbled = await client.post("/api/mailboxes/imap", json={**body, "host": ".8sQYexa"}, headers=headers)
    assert garbled.status_code == 400, "a name the IDNA codec refuses is the person's typo, not a 500"
    message = garbled.json()["extra"][0]["message"]
    assert message == "could not reach .8sQYexa: no server by that name was found"


async def test_imap_on_a_closed_port_wrong_password_or_folder_is_refused(
    client: AsyncTestClient[Litestar], settings: Settings, imap_port: int
) -> None:
    headers = await bearer_for(settings, "imap-wrong@example.com")
    good = {
        "host": "127.0.0.1",
        "port": imap_port,
        "username": USER,
        "password": PASSWORD,
        "security": "none",
    }
    cases = [
        ({"port": free_port()}, "host", "the connection was refused"),
        ({"password": "not-the-password"}, "password", "refused the user name or app password"),
        ({"mailbox": "No Such Folder"}, "mailbox", "has no folder 'No Such Folder'"),
    ]
    for change, key, words in cases:
        response = await client.post("/api/mailboxes/imap", json={**good, **change}, headers=headers)
        assert response.status_code == 400, (change, response.text)
        detail = response.json()["extra"][0]
        assert detail["key"] == key
        assert words in detail["message"], detail
    unsendable = await client.post(
        "/api/mailboxes/imap", json={**good, "username": "m\u00e9"}, headers=headers
    )
    assert unsendable.status_code == 400, unsendable.text
    assert unsendable.json()["extra"][0]["key"] == "password"
    assert await sources_of(settings) == []
    added = await client.post("/api/mailboxes/imap", json=good, headers=headers)
    assert added.status_code == 201, added.text


async def test_the_settings_form_says_why_an_imap_mailbox_was_not_added(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    csrf = await demo_browser(client)
    form = {"_csrf_token": csrf, "host": "imap.example.com", "username": "me", "password": "pw"}
    response = await client.post("/settings/sources/imap", data=form, follow_redirects=False)
    assert response.status_code in (302, 303)
    page = await client.get(response.headers["location"])
    assert "The mailbox was not added: could not reach imap.example.com" in page.text


# -- a failing source never stops the others -----------------------------------------------------


async def add_broken_sources(
    settings: Settings, headers: dict[str, str], client: AsyncTestClient[Litestar]
) -> None:
    """An upload damaged on disk after it was accepted, and an IMAP server that has gone away."""
    added = await upload(client, headers, "old-archive.mbox", DEMO_MBOX.read_bytes())
    assert added.status_code == 201
    for path in uploads_of(settings):
        path.write_bytes(b"\x00garbage now" * 50)
    async with standalone_session(settings) as session:
        user_id = (await session.scalars(select(MailSource.user_id))).first()
        config = {"host": "127.0.0.1", "port": free_port(), "username": "u", "security": "none"}
        session.add(
            MailSource(user_id=user_id, kind="imap", label="u on 127.0.0.1", config=config, secret="pw")
        )
        await session.commit()


async def test_a_failing_mailbox_is_reported_and_the_others_are_scanned(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None
) -> None:
    headers = await bearer_for(settings, "mixed@example.com", demo_data=True)
    await add_broken_sources(settings, headers, client)
    status = await scan(client, headers)
    assert status["state"] == "completed", status
    result = status["returnvalue"]
    assert result["processed"] > 500, "the demo mailbox was read"
    assert result["detected"] > 5
    failed = {f["source"]: f["reason"] for f in result["failedSources"]}
    assert set(failed) == {"old-archive.mbox", "u on 127.0.0.1"}
    assert "unknown format" in failed["old-archive.mbox"]
    assert "could not reach 127.0.0.1 on port" in failed["u on 127.0.0.1"]
    no_server_path(str(result["failedSources"]), settings)
    dashboard = await client.get("/", headers=headers)
    assert "These mailboxes could not be read" in dashboard.text
    assert "old-archive.mbox: " in dashboard.text


async def test_when_no_mailbox_can_be_read_the_scan_fails_saying_which_and_why(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None
) -> None:
    headers = await bearer_for(settings, "allbroken@example.com")
    await add_broken_sources(settings, headers, client)
    status = await scan(client, headers)
    assert status["state"] == "failed"
    reason = status["failedReason"]
    assert "old-archive.mbox" in reason
    assert "could not reach 127.0.0.1" in reason
    assert status["attemptsMade"] == 1, "bad input fails at once"
    no_server_path(reason, settings)


# -- removing a mailbox ----------------------------------------------------------------------------


async def test_a_mailbox_is_removed_with_its_file(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "remove@example.com")
    added = await upload(client, headers, "mine.mbox", DEMO_MBOX.read_bytes())
    source_id = added.json()["id"]
    assert uploads_of(settings)
    removed = await client.delete(f"/api/mailboxes/{source_id}", headers=headers)
    assert removed.status_code == 204
    assert uploads_of(settings) == []
    assert await sources_of(settings) == []
    again = await client.delete(f"/api/mailboxes/{source_id}", headers=headers)
    assert again.status_code == 404


# -- bank accounts fail alone too ------------------------------------------------------------------


async def test_a_failing_bank_account_is_reported_and_the_others_are_synced(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None
) -> None:
    headers = await bearer_for(settings, "banks@example.com", demo_data=True)
    async with standalone_session(settings) as session:
        user_id = (await session.scalars(select(MailSource.user_id))).one()
        session.add(BankAccount(user_id=user_id, kind="plaid", name="Chase checking", external_id="acc-1"))
        await session.commit()
    started = await client.post("/api/detection/scan/bank", json={}, headers=headers)
    assert started.status_code == 202, started.text
    status = await wait_finished(client, started.json()["statusUrl"], headers)
    assert status["state"] == "completed", status
    result = status["returnvalue"]
    assert result["transactionsSynced"] > 50, "the demo account was read"
    [failed] = result["failedSources"]
    assert failed["source"] == "Chase checking"
    assert "Plaid" in failed["reason"], failed
    dashboard = await client.get("/", headers=headers)
    assert "This bank account could not be read" in dashboard.text
    assert "Chase checking: " in dashboard.text


async def test_settings_lists_an_uploaded_mailbox_with_remove_which_deletes_its_file(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    token = await demo_browser(client)
    added = await client.post(
        "/mailboxes",
        data={"_csrf_token": token},
        files={"data": ("family.mbox", DEMO_MBOX.read_bytes())},
        headers={"X-CSRFToken": token},
    )
    assert added.status_code == 200
    page = (await client.get("/settings")).text
    assert 'aria-label="Remove family.mbox"' in page
    [source] = [s for s in await sources_of(settings) if s.kind == "mbox"]
    response = await client.post(
        f"/settings/sources/mail/{source.id}/disconnect", data={"_csrf_token": token}, follow_redirects=False
    )
    assert response.status_code in (302, 303)
    assert [s for s in await sources_of(settings) if s.kind == "mbox"] == []
    assert not [p for p in uploads_of(settings) if p.suffix == ".mbox"], "its file is deleted"
