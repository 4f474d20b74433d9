"""The dashboard's live fragments: progress within a state swaps only the bar, anything else the panel."""

from __future__ import annotations

from typing import Any
from uuid import uuid4

import pytest
from litestar.plugins.jinja import JinjaTemplateEngine

from app.accounts.models import User
from app.config import PACKAGE_DIR
from app.jobs.view import JobCompleted, JobFailed, JobProgress
from app.lib.templating import install_filters
from app.scans.fragments import PANEL_TEMPLATES, FragmentRenderer, PanelStream
from app.scans.jobs import EMAIL_SCAN, TRANSACTION_SYNC

PANEL = 'id="scan-panel"'
BAR = 'id="scan-label-bar"'


@pytest.fixture
def stream() -> PanelStream:
    engine = JinjaTemplateEngine(directory=[PACKAGE_DIR / "templates"])
    install_filters(engine.engine)
    renderer = FragmentRenderer(engine.engine, db=Any, jobs=Any, panels=PANEL_TEMPLATES)  # type: ignore[arg-type]
    return renderer.stream(User(id=uuid4(), email="a@example.com"), csrf_token="t")


def progress(percent: int, *, job: str = "j1", state: str = "active", queue: str = EMAIL_SCAN) -> JobProgress:
    return JobProgress(job_id=job, queue=queue, user_id="u", state=state, progress=percent)  # type: ignore[arg-type]


async def test_progress_within_the_state_shown_sends_only_the_percent_and_the_bar(
    stream: PanelStream,
) -> None:
    first = await stream.for_event(progress(10))
    assert PANEL in first
    update = await stream.for_event(progress(40))
    assert PANEL not in update
    assert f"<progress {BAR}" in update
    assert 'value="40"' in update
    assert 'aria-valuenow="40"' in update
    assert '<span id="scan-label-percent" class="muted" hx-swap-oob="true">40%</span>' in update
    span, bar = update.split("\n")  # nothing else goes over the socket
    assert span.startswith("<span ")
    assert bar.startswith("<progress ")


async def test_a_state_change_a_new_job_or_a_failed_attempt_sends_the_whole_panel(
    stream: PanelStream,
) -> None:
    assert PANEL in await stream.for_event(progress(0, state="pending"))
    assert PANEL in await stream.for_event(progress(5, state="active"))  # pending -> active
    assert PANEL not in await stream.for_event(progress(6))
    assert PANEL in await stream.for_event(progress(0, job="j2"))  # another job
    retry = JobFailed(
        job_id="j2", queue=EMAIL_SCAN, user_id="u", state="failed", progress=0,
        error="mail server away", attempts_made=1, will_retry=True,
    )  # fmt: skip
    retried = await stream.for_event(retry)
    assert PANEL in retried
    assert "retrying" in retried
    assert PANEL in await stream.for_event(progress(3, job="j2", state="pending"))  # the hint goes


async def test_each_panel_is_tracked_on_its_own(stream: PanelStream) -> None:
    await stream.for_event(progress(10))
    bank = await stream.for_event(progress(10, queue=TRANSACTION_SYNC))
    assert 'id="bank-panel"' in bank
    assert PANEL not in await stream.for_event(progress(20))
    assert 'id="bank-label-bar"' in await stream.for_event(progress(20, queue=TRANSACTION_SYNC))


async def test_a_finished_job_tells_the_page_to_fetch_its_lists_not_an_unsearched_copy(
    stream: PanelStream,
) -> None:
    assert "results-refresh" not in await stream.for_event(progress(90))
    done = JobCompleted(job_id="j1", queue=EMAIL_SCAN, user_id="u", state="completed", progress=100,
                        result={"processed": 3, "detected": 1})  # fmt: skip
    sent = await stream.for_event(done)
    assert PANEL in sent
    assert 'id="subscriptions"' not in sent, "the socket does not know the page's search"
    refresh = sent.split("\n")[-1]
    assert refresh.startswith('<div id="results-refresh" hidden hx-swap-oob="true"'), refresh
    assert 'hx-get="/subscriptions/lists" hx-trigger="load" hx-target="#subscriptions"' in refresh


def test_a_published_event_is_made_into_the_json_message_once_for_all_the_tabs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.jobs.view import decode_event, encode_event
    from app.scans import sockets

    decoded: list[bytes | str] = []

    def counting(raw: bytes | str) -> Any:
        decoded.append(raw)
        return decode_event(raw)

    monkeypatch.setattr(sockets, "decode_event", counting)
    sockets.public_message.cache_clear()
    raw = encode_event(progress(42))
    messages = [sockets.public_message(raw) for _tab in range(3)]
    assert len(decoded) == 1
    assert messages[0] is not None
    assert '"progress":42' in messages[0]
    assert '"type":"job-progress"' in messages[0]
    assert messages.count(messages[0]) == 3
    assert sockets.public_message(b"not an event") is None


def test_the_json_protocol_message_is_the_product_contracts_shape_without_the_owner() -> None:
    """Each event keeps its contract fields (and the job's state); ``userId`` stays on the server."""
    import json

    from app.jobs.view import JobCompleted, encode_event
    from app.scans import sockets

    failed = JobFailed(job_id="j1", queue=EMAIL_SCAN, user_id="u", state="failed", progress=30,
                       error="boom", attempts_made=2, will_retry=True)  # fmt: skip
    completed = JobCompleted(job_id="j1", queue=EMAIL_SCAN, user_id="u", state="completed", progress=100,
                             result={"found": 3})  # fmt: skip
    messages = [
        json.loads(sockets.public_message(encode_event(e)) or "") for e in (progress(42), completed, failed)
    ]
    at = {"jobId": "j1", "queue": EMAIL_SCAN}
    assert messages == [
        {"type": "job-progress", **at, "state": "active", "progress": 42},
        {"type": "job-completed", **at, "state": "completed", "progress": 100, "result": {"found": 3}},
        {"type": "job-failed", **at, "state": "failed", "progress": 30, "error": "boom", "attemptsMade": 2,
         "willRetry": True},
    ]  # fmt: skip
