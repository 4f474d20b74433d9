"""The Settings page's notification forms: a refused form says why in the section and keeps nothing."""

from __future__ import annotations

import html

from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select

from app.accounts.models import User
from app.config import Settings
from app.lib.database import standalone_session
from app.notifications.service import NotificationService
from tests.test_spine import demo_sign_in


async def _stored(settings: Settings) -> tuple[dict[str, object], list[str]]:
    """The demo visitor's stored preferences and the kinds of their channels."""
    async with standalone_session(settings) as session:
        user_id = await session.scalar(select(User.id).where(User.is_demo.is_(True)))
        assert user_id is not None
        service = NotificationService(session, settings)
        return await service.preferences(user_id), [c.kind for c in await service.channels(user_id)]


async def test_a_refused_settings_form_says_why_and_keeps_nothing(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    csrf = await demo_sign_in(client)
    htmx = {"X-CSRFToken": csrf, "HX-Request": "true"}
    before = await _stored(settings)

    preferences = {"offsets": "3", "timezone": "Nowhere/City", "send_hour": "8"}
    answer = await client.post("/settings/notifications/preferences", data=preferences, headers=htmx)
    assert answer.status_code == 200
    assert "unknown time zone" in answer.text
    assert "Notification preferences saved." not in answer.text

    bad_url = "no-such-scheme://somewhere"
    answer = await client.post("/settings/notifications/channels", data={"url": bad_url}, headers=htmx)
    assert answer.status_code == 200
    assert html.escape("not an Apprise URL Apprise can use") in answer.text
    assert "Added" not in answer.text

    assert await _stored(settings) == before, "neither refused form stored anything"

    saved = {**preferences, "timezone": "UTC"}
    answer = await client.post("/settings/notifications/preferences", data=saved, headers=htmx)
    assert "Notification preferences saved." in answer.text
    stored, channels = await _stored(settings)
    assert (stored["offsets"], stored["timezone"], stored["send_hour"]) == ([3], "UTC", 8)
    assert channels == before[1]
