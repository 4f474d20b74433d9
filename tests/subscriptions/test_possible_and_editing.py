"""Possible subscriptions wait for the person; full editing, manual add, undo merge, the detail page."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from litestar import Litestar
from litestar.testing import AsyncTestClient

from app.config import Settings
from app.detection.types import DetectedSubscription, Evidence
from tests.subscriptions.test_edits import finding, rescan, user_id_of
from tests.support import bearer_for
from tests.test_spine import demo_sign_in


def unsure(name: str, key: str) -> DetectedSubscription:
    """No amount and no cycle: a possible subscription, never an active one."""
    return DetectedSubscription(
        name=name,
        key=key,
        amount=None,
        currency=None,
        cycle="unknown",
        next_renewal=None,
        status="active",
        sources=frozenset({"email"}),
        evidence=[Evidence("email", f"<{key}>", date(2026, 11, 2), f"Hello from {name}", "receipt")],
    )


async def test_possible_findings_wait_and_a_dismissal_is_remembered(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "possible@example.com")
    user_id = await user_id_of(client, headers)
    scan = [
        finding("Netflix", "netflix", "15.49", "m1"),
        unsure("Declan Grady", "declan-grady"),
        unsure("Salmon", "salmon"),
    ]
    await rescan(settings, user_id, scan)
    listed = (await client.get("/api/subscriptions", headers=headers)).json()
    assert [s["name"] for s in listed] == ["Netflix"], "an unsure finding is never listed as active"
    possible = {
        s["name"]: s for s in (await client.get("/api/subscriptions?possible=true", headers=headers)).json()
    }
    assert set(possible) == {"Declan Grady", "Salmon"}

    dismissed = await client.post(
        f"/api/subscriptions/{possible['Declan Grady']['id']}/dismiss", headers=headers
    )
    assert dismissed.status_code == 204
    confirmed = await client.post(f"/api/subscriptions/{possible['Salmon']['id']}/confirm", headers=headers)
    assert confirmed.json()["possible"] is False

    await rescan(settings, user_id, scan)
    listed = (await client.get("/api/subscriptions", headers=headers)).json()
    assert sorted(s["name"] for s in listed) == ["Netflix", "Salmon"], "confirmed stays confirmed"
    again = (await client.get("/api/subscriptions?possible=true", headers=headers)).json()
    assert again == [], "a dismissed service never comes back on a re-scan"


async def test_editing_pins_fields_a_rescan_then_leaves_alone(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "editor@example.com")
    user_id = await user_id_of(client, headers)
    await rescan(settings, user_id, [finding("Netflix", "netflix", "15.49", "m1")])
    [sub] = (await client.get("/api/subscriptions", headers=headers)).json()
    body = {
        "amount": "17.99",
        "currency": "EUR",
        "cycle": "yearly",
        "category": "Streaming",
        "cancelBy": "2027-03-01",
    }
    edited = await client.patch(f"/api/subscriptions/{sub['id']}", json=body, headers=headers)
    assert edited.status_code == 200, edited.text
    await rescan(settings, user_id, [finding("Netflix", "netflix", "15.49", "m2")])
    [after] = (await client.get("/api/subscriptions", headers=headers)).json()
    assert (after["amount"], after["currency"], after["cycle"], after["category"], after["cancelBy"]) == (
        "17.99", "EUR", "yearly", "Streaming", "2027-03-01",
    )  # fmt: skip
    bad = await client.patch(
        f"/api/subscriptions/{sub['id']}", json={"amount": "abc", "currency": "ZZZ"}, headers=headers
    )
    assert bad.status_code == 400
    assert set(bad.json()["extra"]) == {"amount", "currency"}


async def test_manual_add_then_a_scan_fills_only_the_blanks(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "manual@example.com")
    user_id = await user_id_of(client, headers)
    added = await client.post(
        "/api/subscriptions", json={"name": "Netflix", "amount": "9.99", "currency": "USD"}, headers=headers
    )
    assert added.status_code == 201, added.text
    assert added.json()["amount"] == "9.99"
    refused = await client.post("/api/subscriptions", json={"name": " ", "amount": "-1"}, headers=headers)
    assert refused.status_code == 400
    assert set(refused.json()["extra"]) == {"name", "amount"}
    await rescan(settings, user_id, [finding("Netflix", "netflix", "15.49", "m1")])
    [sub] = (await client.get("/api/subscriptions", headers=headers)).json()
    assert (sub["amount"], sub["cycle"]) == ("9.99", "monthly"), "the scan filled the cycle, kept the amount"


async def test_undo_merge(client: AsyncTestClient[Litestar], settings: Settings) -> None:
    headers = await bearer_for(settings, "unmerge@example.com")
    user_id = await user_id_of(client, headers)
    await rescan(
        settings,
        user_id,
        [finding("Netflix", "netflix", "15.49", "m1"), finding("NFLX", "nflx", "15.49", "m2")],
    )
    subs = {s["name"]: s["id"] for s in (await client.get("/api/subscriptions", headers=headers)).json()}
    await client.post(
        f"/api/subscriptions/{subs['NFLX']}/merge", json={"intoId": subs["Netflix"]}, headers=headers
    )
    assert len((await client.get("/api/subscriptions", headers=headers)).json()) == 1
    undone = await client.post(f"/api/subscriptions/{subs['NFLX']}/unmerge", headers=headers)
    assert undone.status_code == 200
    assert len((await client.get("/api/subscriptions", headers=headers)).json()) == 2


async def test_detail_page_edit_form_and_inline_errors(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    csrf = await demo_sign_in(client)
    htmx = {"X-CSRFToken": csrf, "HX-Request": "true"}
    added = await client.post(
        "/subscriptions",
        data={"name": "Gym", "amount": "24.99", "currency": "GBP", "cycle": "monthly"},
        headers=htmx,
    )
    assert added.status_code == 200
    match = re.search(r'href="/subscriptions/([0-9a-f-]{36})">Gym<', added.text)
    assert match, added.text
    page = await client.get(f"/subscriptions/{match.group(1)}")
    assert page.status_code == 200
    assert "Evidence" in page.text
    assert "Price history" in page.text
    wrong = await client.post(
        f"/subscriptions/{match.group(1)}/edit", data={"name": "Gym", "amount": "twelve"}, headers=htmx
    )
    assert wrong.status_code == 200
    assert 'aria-invalid="true"' in wrong.text
    assert "as a number" in wrong.text
    saved = await client.post(
        f"/subscriptions/{match.group(1)}/edit", data={"name": "PureGym", "amount": "29.99"}, headers=htmx
    )
    assert "Saved" in saved.text
    page = await client.get(f"/subscriptions/{match.group(1)}")
    assert "PureGym" in page.text
    assert "£29.99" in page.text
    assert "24.99 → 29.99" in page.text, "the edit is logged"


def test_price_chart_places_points_in_the_svg() -> None:
    from app.subscriptions.detail import CHART_HEIGHT, price_chart

    chart = price_chart([(date(2026, 1, 1), Decimal("10")), (date(2026, 7, 1), Decimal("12"))], "USD")
    assert chart is not None
    first, last = chart.points
    assert first.y > last.y, "a higher price is drawn higher"
    assert 0 < last.y < CHART_HEIGHT
    assert chart.path.startswith("M28.0,")
    assert price_chart([(date(2026, 1, 1), Decimal("10"))], "USD") is None
