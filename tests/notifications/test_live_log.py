"""The delivery log page's live section: the person's socket (``/ws/ui?live=delivery-log``) sends the log
as it is when it connects and again, out of band, whenever a notifications job has news for them."""

from __future__ import annotations

import functools

from litestar import Litestar
from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.testing import AsyncTestClient

from app.accounts.models import User
from app.config import PACKAGE_DIR, Settings
from app.jobs.view import JobCompleted, JobProgress
from app.lib.database import build_sqlalchemy_config
from app.lib.templating import install_filters
from app.notifications.jobs import NOTIFICATIONS
from app.notifications.routes import LIVE_LOG, live_log_context
from app.scans.fragments import FragmentRenderer, LiveSection
from app.scans.jobs import EMAIL_SCAN
from tests.notifications.conftest import NOT_DUE, create_person, eventually


def _renderer(settings: Settings) -> FragmentRenderer:
    engine = JinjaTemplateEngine(directory=[PACKAGE_DIR / "templates"])
    install_filters(engine.engine)
    section = LiveSection(
        frozenset({NOTIFICATIONS}), "notifications/_log.html", functools.partial(live_log_context, settings)
    )
    return FragmentRenderer(
        engine.engine,
        build_sqlalchemy_config(settings),
        jobs=None,  # type: ignore[arg-type]
        panels={},
        sections={LIVE_LOG: section},
    )


def _event(
    kind: type[JobProgress | JobCompleted], user: User, queue: str = NOTIFICATIONS
) -> JobProgress | JobCompleted:
    return kind(job_id="j", queue=queue, user_id=str(user.id), state="completed", progress=100)


async def test_the_log_socket_sends_the_log_then_swaps_it_as_a_message_is_sent(
    settings: Settings, client: AsyncTestClient[Litestar], worker: None
) -> None:
    person = await create_person(settings, "live@example.com", renews_in=NOT_DUE)
    user = User(id=person.id, email=person.email)
    stream = _renderer(settings).stream(user, csrf_token="t", live=[LIVE_LOG, "no-such-section"])
    first = await stream.current()
    assert '<div id="delivery-log" hx-swap-oob="true" data-poll-url=' in first
    assert "Nothing has been sent yet" in first

    started = await client.post("/api/notifications/test", json={"channel": "email"}, headers=person.headers)
    [delivery_id] = started.json()["deliveries"]

    async def sent() -> bool:
        url = f"/api/notifications/deliveries/{delivery_id}"
        return (await client.get(url, headers=person.headers)).json()["status"] == "sent"

    await eventually(sent, within=60)
    update = await stream.for_event(_event(JobCompleted, user))
    assert update.startswith('<div id="delivery-log" hx-swap-oob="true"')
    assert f'<tr id="delivery-{delivery_id}" data-status="sent">' in update
    assert "250" in update, "the SMTP server's answer"
    assert 'name="_csrf_token" value="t"' not in update, "an email has no replay form"
    assert await stream.for_event(_event(JobProgress, user, EMAIL_SCAN)) == "", "other queues: no log"


async def test_a_socket_that_did_not_ask_for_the_log_gets_none(settings: Settings) -> None:
    person = await create_person(settings, "quiet@example.com", renews_in=NOT_DUE)
    user = User(id=person.id, email=person.email)
    stream = _renderer(settings).stream(user, csrf_token="t")
    assert await stream.current() == ""
    assert await stream.for_event(_event(JobCompleted, user)) == ""
