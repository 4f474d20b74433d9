"""The month view and the secret ICS feed, read back with icalendar and recurring-ical-events."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

import httpx
import recurring_ical_events
from icalendar import Calendar
from litestar import Litestar
from litestar.testing import AsyncTestClient

from app.config import Settings
from tests.test_spine import demo_sign_in

FEED = re.compile(r'value="https?://[^"/]+(/calendar/feed/[^"]+\.ics)"')


def alarm_days(event: Any, hour: int = 9) -> list[int]:
    """The days before the renewal of each alarm, checking each rings at ``hour`` that day."""
    days = []
    for alarm in event.walk("VALARM"):
        trigger = alarm.decoded("trigger")
        assert (trigger.seconds // 3600) == hour, trigger
        days.append(-(trigger - timedelta(hours=hour)).days)
    return days


async def set_reminders(client: AsyncTestClient[Litestar], csrf: str, path: str, **form: str) -> None:
    renewal = form.pop("renewal", "on")
    fields = {"_csrf_token": csrf, "timezone": "UTC", "alert-renewal": renewal, **form}
    response = await client.post(path, data={k: v for k, v in fields.items() if v or k == "offsets"})
    assert response.status_code == 200, response.text
    assert "Saved" in response.text or "saved" in response.text, response.text


async def subscription_id(client: AsyncTestClient[Litestar], name: str) -> str:
    found = re.search(rf'href="/subscriptions/([0-9a-f-]{{36}})">{name}<', (await client.get("/")).text)
    assert found, name
    return found.group(1)


async def as_calendar_app(client: AsyncTestClient[Litestar], path: str) -> httpx.Response:
    """A calendar app sends no cookie: the secret in the address is all it has."""
    signed_in = client.cookies
    client.cookies = httpx.Cookies()
    try:
        return await client.get(path)
    finally:
        client.cookies = signed_in


async def feed_events(client: AsyncTestClient[Litestar], path: str) -> dict[str, Any]:
    """The feed's events by subscription name."""
    calendar = Calendar.from_ical((await as_calendar_app(client, path)).content)
    return {str(e["summary"]).split(" renews")[0]: e for e in calendar.walk("VEVENT")}


async def add(client: AsyncTestClient[Litestar], htmx: dict[str, str], **fields: str) -> None:
    response = await client.post("/subscriptions", data=fields, headers=htmx)
    assert response.status_code == 200


async def test_month_view_lists_renewals_with_amounts(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    csrf = await demo_sign_in(client)
    htmx = {"X-CSRFToken": csrf, "HX-Request": "true"}
    renews = date.today() + timedelta(days=40)
    await add(
        client,
        htmx,
        name="Calendly Gym",
        amount="24.99",
        currency="GBP",
        cycle="monthly",
        next_renewal=renews.isoformat(),
    )
    page = await client.get(f"/calendar?month={renews:%Y-%m}")
    assert page.status_code == 200
    assert "Calendly Gym" in page.text
    assert "£24.99" in page.text
    step = await client.get(f"/calendar?month={renews:%Y-%m}", headers={"HX-Request": "true"})
    assert step.text.lstrip().startswith('<section id="calendar"'), "htmx gets the grid alone"
    assert "Calendly Gym" not in (await client.get("/calendar?month=1999-01")).text


async def test_ics_feed_rrule_alarms_stable_uids_rotate_and_revoke(
    client: AsyncTestClient[Litestar],
) -> None:
    csrf = await demo_sign_in(client)
    htmx = {"X-CSRFToken": csrf, "HX-Request": "true"}
    start = date.today() + timedelta(days=3)
    await add(
        client,
        htmx,
        name="Feed Weekly",
        amount="5",
        currency="EUR",
        cycle="weekly",
        next_renewal=start.isoformat(),
    )
    await add(
        client,
        htmx,
        name="Feed Yearly",
        amount="99",
        currency="EUR",
        cycle="yearly",
        next_renewal=start.isoformat(),
    )
    assert "Create my feed address" in (await client.get("/settings")).text
    await client.post("/settings/calendar-feed", data={"_csrf_token": csrf})
    match = FEED.search((await client.get("/settings")).text)
    assert match, "the feed address is on Settings"
    path = match.group(1)

    body = (await as_calendar_app(client, path)).content
    calendar = Calendar.from_ical(body)
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert set(events) >= {"Feed Weekly renews · €5.00", "Feed Yearly renews · €99.00"}
    weekly = events["Feed Weekly renews · €5.00"]
    assert weekly["rrule"]["FREQ"] == ["WEEKLY"]
    assert alarm_days(weekly) == [7, 1], "the default reminder offsets, at the send hour"
    occurrences = recurring_ical_events.of(calendar).between(start, start + timedelta(days=29))
    names = [str(e["summary"]) for e in occurrences]
    assert names.count("Feed Weekly renews · €5.00") == 5
    assert names.count("Feed Yearly renews · €99.00") == 1
    again = Calendar.from_ical((await as_calendar_app(client, path)).content)
    assert sorted(str(e["uid"]) for e in again.walk("VEVENT")) == sorted(
        str(e["uid"]) for e in events.values()
    )

    await set_reminders(
        client, csrf, "/settings/notifications/preferences", offsets="10, 2, 0", send_hour="8"
    )
    yearly_id, weekly_id = (
        await subscription_id(client, "Feed Yearly"),
        await subscription_id(client, "Feed Weekly"),
    )
    await set_reminders(client, csrf, f"/settings/notifications/subscriptions/{yearly_id}", offsets="30")
    moved = await feed_events(client, path)
    assert alarm_days(moved["Feed Weekly"], hour=8) == [10, 2, 0], "the alarms follow the person's offsets"
    assert alarm_days(moved["Feed Yearly"], hour=8) == [30], "a subscription's own offsets win"
    assert str(moved["Feed Weekly"]["uid"]) == str(weekly["uid"]), "the same event, updated"

    await set_reminders(
        client, csrf, f"/settings/notifications/subscriptions/{weekly_id}", muted="on", offsets=""
    )
    assert (await feed_events(client, path))["Feed Weekly"].walk("VALARM") == [], (
        "muted: the event, no alarms"
    )
    await set_reminders(
        client, csrf, "/settings/notifications/preferences", offsets="7, 1", send_hour="9", renewal=""
    )
    assert (await feed_events(client, path))["Feed Yearly"].walk("VALARM") == [], "renewal reminders off"

    await client.post("/settings/calendar-feed", data={"_csrf_token": csrf})
    assert (await as_calendar_app(client, path)).status_code == 404, "rotating ends the old address"
    new_path = FEED.search((await client.get("/settings")).text)
    assert new_path
    assert (await as_calendar_app(client, new_path.group(1))).status_code == 200
    await client.post("/settings/calendar-feed/revoke", data={"_csrf_token": csrf})
    assert (await as_calendar_app(client, new_path.group(1))).status_code == 404
    assert "Create my feed address" in (await client.get("/settings")).text
