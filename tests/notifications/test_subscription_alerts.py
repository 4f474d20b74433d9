"""A subscription's detail page shows when it is reminded and the messages sent about it."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, date, datetime, timedelta

from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select

from app.accounts.models import User
from app.config import Settings
from app.lib.database import standalone_session
from app.notifications import planning
from tests.test_spine import demo_sign_in


async def test_the_detail_page_loads_its_reminders_and_what_was_sent(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    csrf = await demo_sign_in(client)
    htmx = {"X-CSRFToken": csrf, "HX-Request": "true"}
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    form = {
        "name": "Alerted Gym",
        "amount": "20",
        "currency": "EUR",
        "cycle": "monthly",
        "next_renewal": tomorrow,
    }
    assert (await client.post("/subscriptions", data=form, headers=htmx)).status_code == 200
    found = re.search(r'href="/subscriptions/([0-9a-f-]{36})">Alerted Gym<', (await client.get("/")).text)
    assert found
    sub_id = found.group(1)

    detail = (await client.get(f"/subscriptions/{sub_id}")).text
    assert f'hx-get="/subscriptions/{sub_id}/alerts"' in detail, "the card is loaded by htmx"
    assert f'href="/subscriptions/{sub_id}/alerts"' in detail, "and linked for a browser without JavaScript"
    card = await client.get(f"/subscriptions/{sub_id}/alerts", headers={"HX-Request": "true"})
    assert card.status_code == 200
    assert card.text.lstrip().startswith('<div id="subscription-alerts">')
    assert "Reminded 7, 1 days before each renewal (your usual days), from 09:00 UTC." in card.text
    assert "No reminder or alert has been sent about it yet." in card.text

    preferences = {
        "_csrf_token": csrf,
        "offsets": "7, 1",
        "timezone": "UTC",
        "send_hour": "0",
        "alert-renewal": "on",
    }
    assert (await client.post("/settings/notifications/preferences", data=preferences)).status_code == 200
    async with standalone_session(settings) as session:
        user_id = await session.scalar(select(User.id).where(User.is_demo.is_(True)))
        await planning.plan(session, datetime.now(UTC), "UTC", user_id)
    page = await client.get(f"/subscriptions/{sub_id}/alerts")
    assert page.status_code == 200
    assert "<h1" in page.text, "without htmx, a page of its own in the app's layout"
    assert "Alerted Gym renews" in page.text, page.text
    assert "from 00:00 UTC" in page.text

    assert (await client.get(f"/subscriptions/{uuid.uuid4()}/alerts")).status_code == 404


async def test_a_rows_save_names_its_subscription_and_answers_htmx_with_the_rows_status_alone(
    client: AsyncTestClient[Litestar],
) -> None:
    csrf = await demo_sign_in(client)
    htmx = {"X-CSRFToken": csrf, "HX-Request": "true"}
    form = {"name": "Row Gym", "amount": "20", "currency": "EUR", "cycle": "monthly"}
    assert (await client.post("/subscriptions", data=form, headers=htmx)).status_code == 200
    found = re.search(r'href="/subscriptions/([0-9a-f-]{36})">Row Gym<', (await client.get("/")).text)
    assert found
    sub_id = found.group(1)
    section = (await client.get("/settings/notifications")).text
    assert f'for="notice-offsets-{sub_id}">Days before for Row Gym</label>' in section
    assert 'Mute<span class="visually-hidden"> reminders for Row Gym</span>' in section
    assert 'Save<span class="visually-hidden"> reminder settings for Row Gym</span>' in section
    assert f'<span id="notice-status-{sub_id}" class="hint" aria-live="polite"></span>' in section

    url = f"/settings/notifications/subscriptions/{sub_id}"
    for fields, said in (
        ({"offsets": "1, 7"}, "Saved for Row Gym: reminded 7, 1 days before."),
        ({"offsets": "3", "muted": "on"}, "Saved for Row Gym: muted, no reminders."),
        ({"offsets": ""}, "Saved for Row Gym: reminded on your usual days."),
        (
            {"offsets": "soon"},
            "Not saved for Row Gym: reminder offsets are whole numbers of days, like 7, 1.",
        ),
    ):
        answer = await client.post(url, data=fields, headers=htmx)
        assert answer.status_code == 200
        assert (
            answer.text.strip() == f'<span id="notice-status-{sub_id}" hx-swap-oob="innerHTML">{said}</span>'
        )
    plain = await client.post(url, data={"_csrf_token": csrf, "offsets": "1"})
    assert 'id="notifications"' in plain.text, "without htmx: the whole section"
    assert "Saved for Row Gym: reminded 1 day before." in plain.text
    assert f'id="notice-offsets-{sub_id}" form="notice-{sub_id}" name="offsets" value="1"' in plain.text
