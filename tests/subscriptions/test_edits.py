"""What a person changes by hand (rename, cancel, ignore, merge) survives every re-scan."""

from __future__ import annotations

import asyncio
from datetime import date
from decimal import Decimal
from uuid import UUID

from litestar import Litestar
from litestar.testing import AsyncTestClient

from app.config import Settings
from app.detection.types import DetectedSubscription, Evidence
from app.jobs.worker import run_workers
from app.lib.database import standalone_session
from app.queues import build_workers
from app.subscriptions.services import SubscriptionService
from tests.support import bearer_for, wait_finished

TODAY = date(2026, 11, 29)


def finding(name: str, key: str, amount: str, ref: str, source: str = "email") -> DetectedSubscription:
    return DetectedSubscription(
        name=name,
        key=key,
        amount=Decimal(amount),
        currency="USD",
        cycle="monthly",
        next_renewal=date(2026, 12, 12),
        status="active",
        confidence=0.95,
        sources=frozenset({source}),  # type: ignore[arg-type]
        evidence=[
            Evidence(source, ref, date(2026, 11, 12), f"{name} receipt", "receipt", Decimal(amount), "USD")
        ],  # type: ignore[arg-type]
    )


async def rescan(settings: Settings, user_id: UUID, found: list[DetectedSubscription]) -> None:
    async with standalone_session(settings) as session:
        await SubscriptionService(session=session).apply_detections(user_id, found)


async def user_id_of(client: AsyncTestClient[Litestar], headers: dict[str, str]) -> UUID:
    return UUID((await client.get("/api/me", headers=headers)).json()["id"])


async def test_rename_cancel_and_ignore_survive_rescans(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "edits@example.com")
    user_id = await user_id_of(client, headers)
    scan = [finding("Netflix", "netflix", "15.49", "m1"), finding("Spotify", "spotify", "11.99", "m2")]
    await rescan(settings, user_id, scan)
    subs = {s["name"]: s for s in (await client.get("/api/subscriptions", headers=headers)).json()}

    renamed = await client.patch(
        f"/api/subscriptions/{subs['Netflix']['id']}", json={"name": "Family Netflix"}, headers=headers
    )
    assert renamed.json()["name"] == "Family Netflix"
    await client.patch(
        f"/api/subscriptions/{subs['Netflix']['id']}", json={"status": "cancelled"}, headers=headers
    )
    await client.patch(f"/api/subscriptions/{subs['Spotify']['id']}", json={"ignored": True}, headers=headers)

    await rescan(settings, user_id, scan)
    listed = (await client.get("/api/subscriptions", headers=headers)).json()
    assert [(s["name"], s["status"]) for s in listed] == [("Family Netflix", "cancelled")]
    ignored = (await client.get("/api/subscriptions?ignored=true", headers=headers)).json()
    assert [s["name"] for s in ignored] == ["Spotify"]

    await client.patch(
        f"/api/subscriptions/{subs['Spotify']['id']}", json={"ignored": False}, headers=headers
    )
    await client.patch(
        f"/api/subscriptions/{subs['Netflix']['id']}", json={"status": "active"}, headers=headers
    )
    statuses = {
        s["detectedName"]: s["status"]
        for s in (await client.get("/api/subscriptions", headers=headers)).json()
    }
    assert statuses == {"Netflix": "active", "Spotify": "active"}


async def test_merge_folds_evidence_and_later_findings_into_the_target(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "merge@example.com")
    user_id = await user_id_of(client, headers)
    await rescan(
        settings,
        user_id,
        [finding("HBO Max", "hbo-max", "9.99", "m1"), finding("Max", "max", "9.99", "t1", "bank")],
    )
    subs = {s["name"]: s for s in (await client.get("/api/subscriptions", headers=headers)).json()}
    merged = await client.post(
        f"/api/subscriptions/{subs['HBO Max']['id']}/merge",
        json={"intoId": subs["Max"]["id"]},
        headers=headers,
    )
    assert merged.status_code == 200
    assert set(merged.json()["sources"]) == {"bank", "email"}

    await rescan(settings, user_id, [finding("HBO Max", "hbo-max", "9.99", "m2")])
    listed = (await client.get("/api/subscriptions", headers=headers)).json()
    assert [s["name"] for s in listed] == ["Max"]
    detail = (await client.get(f"/api/subscriptions/{subs['Max']['id']}", headers=headers)).json()
    assert {e["ref"] for e in detail["evidence"]} == {"m1", "m2", "t1"}


async def test_bad_edits_are_clear_4xx(client: AsyncTestClient[Litestar], settings: Settings) -> None:
    headers = await bearer_for(settings, "bad@example.com")
    user_id = await user_id_of(client, headers)
    await rescan(settings, user_id, [finding("Netflix", "netflix", "15.49", "m1")])
    sub_id = (await client.get("/api/subscriptions", headers=headers)).json()[0]["id"]
    response = await client.patch(f"/api/subscriptions/{sub_id}", json={"status": "paused"}, headers=headers)
    assert response.status_code == 400
    assert "status" in response.text
    missing = await client.patch(
        "/api/subscriptions/00000000-0000-0000-0000-000000000000", json={}, headers=headers
    )
    assert missing.status_code == 404
    self_merge = await client.post(
        f"/api/subscriptions/{sub_id}/merge", json={"intoId": sub_id}, headers=headers
    )
    assert self_merge.status_code == 404


async def test_demo_scans_of_mail_and_bank_merge_into_one_list_with_both_kinds_of_evidence(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "both@example.com", demo_data=True)
    stop = asyncio.Event()
    worker = asyncio.create_task(run_workers(build_workers(settings), stop))
    try:
        for path, body in (
            ("/api/detection/scan/email", {"daysBack": 3650}),
            ("/api/detection/scan/bank", {"daysBack": 730}),
        ):
            started = await client.post(path, json=body, headers=headers)
            status = await wait_finished(client, started.json()["statusUrl"], headers)
            assert status["state"] == "completed", status
    finally:
        stop.set()
        await asyncio.wait_for(worker, timeout=30)
    subs = {s["name"]: s for s in (await client.get("/api/subscriptions", headers=headers)).json()}
    both = [name for name, s in subs.items() if set(s["sources"]) == {"bank", "email"}]
    assert "Netflix" in both, subs.keys()
    detail = (await client.get(f"/api/subscriptions/{subs['Netflix']['id']}", headers=headers)).json()
    assert {e["source"] for e in detail["evidence"]} == {"bank", "email"}
    assert not any(s["kind"] in ("income", "transfer") for s in subs.values())


async def test_a_cancellation_email_outweighs_charges_that_merely_stopped(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "cancelled@example.com")
    user_id = await user_id_of(client, headers)
    cancelled = finding("Disney+", "disney-plus", "9.99", "m1")
    cancelled.status, cancelled.next_renewal = "cancelled", None
    stopped = finding("Disney+", "disney-plus", "9.99", "t1", "bank")
    stopped.status, stopped.next_renewal = "inactive", None
    await rescan(settings, user_id, [cancelled])
    await rescan(settings, user_id, [stopped])
    [sub] = (await client.get("/api/subscriptions", headers=headers)).json()
    assert sub["status"] == "cancelled"
    assert set(sub["sources"]) == {"bank", "email"}
