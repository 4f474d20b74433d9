"""ImapSource against a real IMAP server process (pymap, from PyPI), over the IMAP protocol."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest
from tests.imap_server import PASSWORD, USER, append_messages, imap_client, new_mailbox, pymap_server

from app.detection.email.scan import ScanOptions, scan_mailbox
from app.detection.email.sources.base import MailSourceError, ScanWindow
from app.detection.email.sources.imap import ImapAccount, ImapSource, imap_date
from app.detection.email.sources.mbox import MboxSource

DEMO = Path(__file__).resolve().parents[3] / "src" / "app" / "demo" / "mailbox.mbox"
TODAY = date(2026, 11, 29)


@pytest.fixture(scope="module")
def imap_port() -> Iterator[int]:
    with pymap_server() as port:
        yield port


@pytest.fixture
def mailbox(imap_port: int) -> str:
    return new_mailbox(imap_port)


def _account(port: int, mailbox: str, password: str = PASSWORD) -> ImapAccount:
    return ImapAccount("127.0.0.1", USER, password, port=port, security="none", mailbox=mailbox)


async def _demo_raw() -> list[bytes]:
    source = MboxSource(DEMO)
    await source.select(ScanWindow())
    return [m.data async for m in source.messages()]


async def _noop(_a: int, _b: int) -> None:
    return None


async def test_scan_over_imap_equals_scan_of_the_same_mbox(imap_port: int, mailbox: str) -> None:
    raws = (await _demo_raw())[-200:]
    append_messages(imap_port, mailbox, raws)
    options = ScanOptions(max_emails=1000, days_back=3650)
    source = ImapSource(_account(imap_port, mailbox))
    over_imap = await scan_mailbox(source, options, today=TODAY, on_progress=_noop)
    await source.aclose()
    assert over_imap.processed == 200
    local = MboxSource(DEMO)
    from_file = await scan_mailbox(
        local, ScanOptions(max_emails=200, days_back=3650), today=TODAY, on_progress=_noop
    )
    assert [s.to_json() for s in over_imap.subscriptions] == [s.to_json() for s in from_file.subscriptions]
    assert len(over_imap.subscriptions) >= 10


async def test_window_limits_by_date_and_count(imap_port: int, mailbox: str) -> None:
    raws = (await _demo_raw())[-120:]
    append_messages(imap_port, mailbox, raws)
    source = ImapSource(_account(imap_port, mailbox))
    assert await source.select(ScanWindow(max_emails=30)) == 30
    await source.aclose()
    recent = ImapSource(_account(imap_port, mailbox))
    n_recent = await recent.select(ScanWindow(since=date(2026, 11, 1)))
    await recent.aclose()
    assert 0 < n_recent < 120
    assert imap_date(date(2026, 3, 5)) == "05-Mar-2026"


async def test_incremental_sync_by_uid_and_uidvalidity(imap_port: int, mailbox: str) -> None:
    append_messages(imap_port, mailbox, [_receipt(i) for i in range(5)])
    first = ImapSource(_account(imap_port, mailbox))
    assert await first.select(ScanWindow()) == 5
    await first.aclose()
    checkpoint = first.checkpoint()
    assert checkpoint is not None
    append_messages(imap_port, mailbox, [_receipt(i) for i in range(5, 7)])
    second = ImapSource(_account(imap_port, mailbox), **checkpoint)
    assert await second.select(ScanWindow()) == 2
    assert not second.full_sync
    subjects = [m.data async for m in second.messages()]
    await second.aclose()
    assert all(b"receipt 5" in s or b"receipt 6" in s for s in subjects)
    nothing_new = ImapSource(_account(imap_port, mailbox), **(second.checkpoint() or {}))
    assert await nothing_new.select(ScanWindow()) == 0
    await nothing_new.aclose()
    renumbered = ImapSource(
        _account(imap_port, mailbox), uidvalidity=checkpoint["uidvalidity"] + 1, last_uid=10
    )
    assert await renumbered.select(ScanWindow()) == 7
    assert renumbered.full_sync
    await renumbered.aclose()


async def test_fetch_does_not_mark_messages_read(imap_port: int, mailbox: str) -> None:
    append_messages(imap_port, mailbox, [_receipt(1)])
    source = ImapSource(_account(imap_port, mailbox))
    await source.select(ScanWindow())
    assert len([m async for m in source.messages()]) == 1
    await source.aclose()
    conn = imap_client(imap_port)
    conn.select(mailbox, readonly=True)
    typ, data = conn.uid("SEARCH", "UNSEEN")
    conn.logout()
    assert typ == "OK"
    assert data[0].split()


async def test_wrong_password_is_a_clear_error(imap_port: int, mailbox: str) -> None:
    source = ImapSource(_account(imap_port, mailbox, password="nope"))
    with pytest.raises(MailSourceError, match=r"127\.0\.0\.1 refused the user name or app password"):
        await source.select(ScanWindow())


async def test_missing_mailbox_is_a_clear_error(imap_port: int) -> None:
    source = ImapSource(_account(imap_port, "does-not-exist"))
    with pytest.raises(MailSourceError, match="has no folder 'does-not-exist' to read"):
        await source.select(ScanWindow())
    await source.aclose()


def _receipt(i: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = "GitHub <noreply@github.com>"
    msg["Subject"] = f"[GitHub] Payment receipt {i}"
    msg["Date"] = f"Mon, {i + 1:02d} Nov 2026 10:00:00 +0000"
    msg["Message-ID"] = f"<gh-{i}@github.com>"
    msg.set_content(f"This is receipt {i} for your GitHub Pro subscription. Amount: $4.00 per month.")
    return msg.as_bytes()
