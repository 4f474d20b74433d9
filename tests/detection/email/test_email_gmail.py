"""GmailSource against a local server that speaks Gmail's REST API (the client code unchanged)."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest
from email_fakes import FakeGmail, serve

from app.detection.email.scan import ScanOptions, scan_mailbox
from app.detection.email.sources.base import MailSourceError, ScanWindow
from app.detection.email.sources.gmail import GmailQuota, GmailSource, QuotaPacer, search_query
from app.detection.email.sources.mbox import MboxSource

DEMO = Path(__file__).resolve().parents[3] / "src" / "app" / "demo"
TODAY = date(2026, 11, 29)
TRUTH = json.loads((DEMO / "mailbox.truth.json").read_text())


async def _demo_raw() -> list[bytes]:
    source = MboxSource(DEMO / "mailbox.mbox")
    await source.select(ScanWindow())
    return [m.data async for m in source.messages()]


DEMO_RAW = asyncio.run(_demo_raw())


async def _noop(_a: int, _b: int) -> None:
    return None


@pytest.fixture
def gmail() -> Iterator[tuple[FakeGmail, str]]:
    state = FakeGmail()
    for raw in DEMO_RAW[-150:]:
        state.add(raw)
    yield from ((state, url) for url in serve(state))


def _source(url: str, **kw: object) -> tuple[GmailSource, list[bool]]:
    calls: list[bool] = []

    async def tokens(force: bool) -> str:
        calls.append(force)
        return "token-2" if force else "token-1"

    return GmailSource(tokens, base_url=url, backoff_base=0.01, **kw), calls  # type: ignore[arg-type]


async def test_full_sync_finds_what_the_same_mail_as_an_mbox_gives() -> None:
    state = FakeGmail()
    for raw in DEMO_RAW[-300:]:
        state.add(raw)
    options = ScanOptions(max_emails=300, days_back=3650, deep_scan=True)
    for url in serve(state):
        source, _ = _source(url)
        result = await scan_mailbox(source, options, today=TODAY, on_progress=_noop)
        await source.aclose()
    from_file = await scan_mailbox(MboxSource(DEMO / "mailbox.mbox"), options, today=TODAY, on_progress=_noop)
    assert result.processed == 300
    assert [s.to_json() for s in result.subscriptions] == [s.to_json() for s in from_file.subscriptions]
    assert len(result.subscriptions) >= len(TRUTH) - 2  # the oldest yearly charges are outside the slice
    assert result.checkpoint == {"history_id": str(state.history_id)}
    assert sum(1 for r in state.requests if r.endswith("/messages")) == 1


async def test_listing_follows_next_page_tokens(gmail: tuple[FakeGmail, str]) -> None:
    state, url = gmail
    for raw in DEMO_RAW[:360]:
        state.add(raw)
    source, _ = _source(url)
    assert await source.select(ScanWindow(deep=True)) == 510
    assert sum(1 for r in state.requests if r.endswith("/messages")) == 2  # 500 ids per page


async def test_billing_query_lists_fewer_messages_but_keeps_the_receipts(
    gmail: tuple[FakeGmail, str],
) -> None:
    _, url = gmail
    deep, _ = _source(url)
    quick, _ = _source(url)
    window = ScanWindow(since=date(2025, 1, 1), max_emails=None, deep=True)
    n_deep = await deep.select(window)
    n_quick = await quick.select(ScanWindow(since=date(2025, 1, 1), max_emails=None, deep=False))
    assert n_deep == 150
    assert 0 < n_quick < n_deep
    result = await scan_mailbox(quick, ScanOptions(days_back=3650), today=TODAY, on_progress=_noop)
    assert len(result.subscriptions) >= 10


async def test_max_emails_and_days_back_limit_the_listing(gmail: tuple[FakeGmail, str]) -> None:
    _, url = gmail
    source, _ = _source(url)
    assert await source.select(ScanWindow(max_emails=40, deep=True)) == 40
    recent = await _source(url)[0].select(ScanWindow(since=date(2026, 11, 1), deep=True))
    assert 0 < recent < 150
    assert "after:2026/11/01" in search_query(ScanWindow(since=date(2026, 11, 1)))


async def test_incremental_sync_reads_only_new_messages(gmail: tuple[FakeGmail, str]) -> None:
    state, url = gmail
    first, _ = _source(url)
    await first.select(ScanWindow(deep=True))
    checkpoint = first.checkpoint()
    assert checkpoint is not None
    new_ids = [state.add(_receipt(i)) for i in range(3)]
    second, _ = _source(url, history_id=checkpoint["history_id"])
    assert await second.select(ScanWindow(deep=True)) == 3
    assert not second.full_sync
    fetched = [m.ref async for m in second.messages()]
    assert sorted(fetched) == sorted(f"gmail:{i}" for i in new_ids)
    assert second.checkpoint() == {"history_id": str(state.history_id)}


async def test_expired_history_id_falls_back_to_full_sync(gmail: tuple[FakeGmail, str]) -> None:
    state, url = gmail
    state.expire_history_before(state.history_id)
    source, _ = _source(url, history_id="1001")
    assert await source.select(ScanWindow(deep=True)) == 150
    assert source.full_sync
    assert "/gmail/v1/users/me/history" in state.requests


async def test_429_and_5xx_are_retried(gmail: tuple[FakeGmail, str]) -> None:
    state, url = gmail
    state.faults += [("/messages", 429), ("/messages/", 503), ("/messages/", 500), ("/profile", 403)]
    source, _ = _source(url)
    assert await source.select(ScanWindow(max_emails=10, deep=True)) == 10
    assert len([m async for m in source.messages()]) == 10
    assert state.faults == []


async def test_persistent_errors_give_up_with_a_clear_error(gmail: tuple[FakeGmail, str]) -> None:
    state, url = gmail
    state.faults += [("/profile", 500)] * 3
    source, _ = _source(url, max_retries=2)
    with pytest.raises(MailSourceError, match="500"):
        await source.select(ScanWindow())


async def test_expired_token_is_refreshed_through_the_callback(gmail: tuple[FakeGmail, str]) -> None:
    state, url = gmail
    state.valid_tokens = {"token-2"}
    source, calls = _source(url)
    assert await source.select(ScanWindow(max_emails=5, deep=True)) == 5
    assert calls == [False, True]


async def test_revoked_access_is_an_error_not_a_loop(gmail: tuple[FakeGmail, str]) -> None:
    state, url = gmail
    state.valid_tokens = set()
    source, calls = _source(url)
    with pytest.raises(MailSourceError, match="401"):
        await source.select(ScanWindow())
    assert calls == [False, True]


async def test_pacer_keeps_within_the_per_minute_quota() -> None:
    pacer = QuotaPacer(1200)  # 20 units/s, bursts of 300
    started = time.monotonic()
    for _ in range(64):
        await pacer.spend(GmailQuota().get_cost)  # 320 units
    assert time.monotonic() - started >= 0.9


def _receipt(i: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Netflix <info@account.netflix.com>"
    msg["Subject"] = f"Your Netflix receipt {i}"
    msg["Date"] = "Sat, 28 Nov 2026 10:00:00 +0000"
    msg["Message-ID"] = f"<new-{i}@netflix.com>"
    msg.set_content("Thanks for your payment of $17.99 for your membership.")
    return msg.as_bytes()
