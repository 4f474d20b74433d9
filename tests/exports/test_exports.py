"""Bulk export and import as jobs, end to end through the API with a real worker, Redis and database."""

from __future__ import annotations

import csv
import io
import json
import os
import time
import zipfile
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

import recurring_ical_events
from icalendar import Calendar
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select

from app.config import Settings
from app.detection.types import DetectedSubscription, Evidence
from app.exports import files
from app.exports.jobs import cleanup_exports
from app.lib.database import standalone_session
from app.lib.signing import sign
from app.notifications.models import Delivery
from app.notifications.preferences import email_channel
from app.reports import analytics, monthly
from app.scans.models import Scan
from app.sources.models import MailSource
from app.subscriptions.models import Reminder, Subscription
from app.subscriptions.services import SubscriptionService
from tests.support import bearer_for, wait_finished


def finding(
    name: str, amount: str | None, currency: str, cycle: str, renews: date | None
) -> DetectedSubscription:
    money = None if amount is None else Decimal(amount)
    evidence = [
        Evidence(
            "email", f"<{name}@mail>", date(2026, 11, 3), f"Your {name} receipt", "receipt", money, currency
        )
    ]
    return DetectedSubscription(
        name=name,
        key=name.lower().replace(" ", "-").replace("+", "-plus"),
        amount=money,
        currency=currency,
        cycle=cycle,  # type: ignore[arg-type]
        next_renewal=renews,
        status="active",
        sources=frozenset({"email"}),
        confidence=0.95,
        evidence=evidence,  # type: ignore[arg-type]
    )


def soon(days: int) -> date:
    """A day counted from today: exports roll a renewal that has passed on to its next one, so
    fixed dates would stop meaning what the tests say once the calendar reaches them."""
    return datetime.now(UTC).date() + timedelta(days=days)


KNOWN = [
    finding("Netflix", "15.49", "EUR", "monthly", soon(4)),
    finding("Disney+", "109.90", "USD", "yearly", soon(83)),
    finding("Spotify", "11.99", "GBP", "quarterly", soon(43)),
    finding("Gym", "45.00", "CAD", "weekly", soon(1)),
]


async def account(
    settings: Settings, email: str, found: list[DetectedSubscription]
) -> tuple[dict[str, str], UUID]:
    headers = await bearer_for(settings, email)
    async with standalone_session(settings) as session:
        from sqlalchemy import select, update

        from app.accounts.models import User

        user = await session.scalar(select(User).where(User.email == email))
        assert user is not None
        await SubscriptionService(session=session).apply_detections(user.id, found)
        await session.execute(
            update(Subscription)
            .where(Subscription.user_id == user.id, Subscription.key == "netflix")
            .values(category="Streaming")
        )
        session.add(
            MailSource(
                user_id=user.id,
                kind="imap",
                label="me on imap",
                config={"host": "h"},
                secret="hunter2-secret",
            )
        )
        await session.commit()
        return headers, user.id


async def export(
    client: AsyncTestClient[Litestar], headers: dict[str, str], kind: str
) -> tuple[dict[str, Any], bytes]:
    started = await client.post("/api/exports", json={"format": kind}, headers=headers)
    assert started.status_code == 202, started.text
    body = started.json()
    assert set(body) == {"message", "jobId", "queue", "statusUrl"}
    assert body["queue"] == "data-export"
    status = await wait_finished(client, body["statusUrl"], headers)
    assert status["state"] == "completed", status
    result = status["returnvalue"]
    download = await client.get(result["downloadUrl"])  # the signed link needs no token
    assert download.status_code == 200
    return result, download.content


async def listed(client: AsyncTestClient[Litestar], headers: dict[str, str]) -> list[tuple[Any, ...]]:
    subs = (await client.get("/api/subscriptions", headers=headers)).json()
    return sorted(
        (s["name"], s["amount"], s["currency"], s["cycle"], s["nextRenewal"], s["status"], s["category"])
        for s in subs
    )


async def test_each_format_holds_every_subscription(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None
) -> None:
    headers, _ = await account(settings, "formats@example.com", KNOWN)

    _, raw = await export(client, headers, "csv")
    rows = list(csv.DictReader(io.StringIO(raw.decode())))
    assert [(r["name"], r["amount"], r["currency"], r["cycle"]) for r in rows] == [
        ("Disney+", "109.90", "USD", "yearly"),
        ("Gym", "45.00", "CAD", "weekly"),
        ("Netflix", "15.49", "EUR", "monthly"),
        ("Spotify", "11.99", "GBP", "quarterly"),
    ]
    assert "Your Netflix receipt" in rows[2]["evidence"]

    _, raw = await export(client, headers, "json")
    subs = json.loads(raw)["subscriptions"]
    assert subs[2]["name"] == "Netflix"
    assert subs[2]["evidence"][0]["summary"] == "Your Netflix receipt"

    _, raw = await export(client, headers, "ics")
    calendar = Calendar.from_ical(raw)
    four_weeks = recurring_ical_events.of(calendar).between(soon(0), soon(28))
    summaries = sorted(str(e["SUMMARY"]) for e in four_weeks)
    assert summaries.count("Gym renews (45.00 CAD)") == 4, "weekly: in 1, 8, 15 and 22 days"
    assert "Netflix renews (15.49 EUR)" in summaries
    assert not any("Disney" in s for s in summaries)

    _, raw = await export(client, headers, "wallos")
    wallos = json.loads(raw)
    assert wallos["success"] is True
    netflix = next(s for s in wallos["subscriptions"] if s["Name"] == "Netflix")
    assert (netflix["Price"], netflix["Payment Cycle"], netflix["Next Payment"]) == (
        "€15.49",
        "Monthly",
        soon(4).isoformat(),
    )
    gym = next(s for s in wallos["subscriptions"] if s["Name"] == "Gym")
    assert (gym["Price"], gym["Payment Cycle"]) == ("CA$45.00", "Weekly")


async def test_the_archive_has_all_my_data_and_no_secret(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None
) -> None:
    headers, user_id = await account(settings, "archive@example.com", KNOWN)
    async with standalone_session(settings) as session:
        netflix = await session.scalar(select(Subscription).where(Subscription.key == "netflix"))
        assert netflix is not None
        session.add(Reminder(user_id=user_id, subscription_id=netflix.id, renewal_date=soon(4)))
        channel = await email_channel(session, user_id)
        session.add(
            Delivery(
                user_id=user_id,
                channel_id=channel.id,
                subscription_id=netflix.id,
                kind="renewal",
                dedupe_key=f"renewal:netflix:{soon(4)}:7",
                message_id="m-archive",
                details={"name": "Netflix"},
                status="sent",
            )
        )
        await session.commit()
        await monthly.build_and_store(session, user_id, "2026-11", date(2026, 12, 2))
        computed = await analytics.compute_and_store(session, user_id, date(2026, 12, 2))
    _, raw = await export(client, headers, "archive")
    archive = zipfile.ZipFile(io.BytesIO(raw))
    assert {
        "profile.json",
        "sources.json",
        "subscriptions.json",
        "reminders.json",
        "deliveries.json",
        "reports.json",
        "analytics.json",
    } <= set(archive.namelist())
    [reminder] = json.loads(archive.read("reminders.json"))
    assert (reminder["subscription"], reminder["renewalDate"]) == ("Netflix", soon(4).isoformat())
    [delivery] = json.loads(archive.read("deliveries.json"))
    assert (delivery["kind"], delivery["status"], delivery["details"]) == (
        "renewal",
        "sent",
        {"name": "Netflix"},
    )
    [report] = json.loads(archive.read("reports.json"))
    assert report["month"] == "2026-11"
    assert report["report"]["month"] == "2026-11"
    cached = json.loads(archive.read("analytics.json"))
    assert cached["forecastTotal"] == str(computed.forecast_total)
    assert len(cached["forecast"]) == 12
    netflix_out = next(s for s in json.loads(archive.read("subscriptions.json")) if s["name"] == "Netflix")
    assert netflix_out["evidence"], "evidence sits with the subscription it supports"
    assert json.loads(archive.read("profile.json"))["email"] == "archive@example.com"
    sources = json.loads(archive.read("sources.json"))
    assert sources["mailboxes"][0]["label"] == "me on imap"
    assert len(json.loads(archive.read("subscriptions.json"))) == 4
    everything = b"".join(archive.read(name) for name in archive.namelist())
    assert b"hunter2-secret" not in everything
    assert headers["Authorization"].split()[1].encode() not in everything


async def test_a_download_link_expires_and_cannot_be_bent(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None
) -> None:
    headers, user_id = await account(settings, "expiry@example.com", KNOWN[:1])
    result, _ = await export(client, headers, "csv")
    name = result["fileName"]
    assert abs(result["expiresAt"] / 1000 - (time.time() + 24 * 3600)) < 60

    past = int(time.time()) - 1
    signature = sign(settings.secret_key, f"export:{user_id}:{name}", past)
    expired = f"/exports/download/{name}?user={user_id}&expires={past}&sig={signature}"
    assert (await client.get(expired)).status_code == 404
    later = result["downloadUrl"].replace(
        f"expires={result['expiresAt'] // 1000}", f"expires={result['expiresAt'] // 1000 + 3600}"
    )
    assert (await client.get(later)).status_code == 404, "the expiry is signed"
    other = result["downloadUrl"].replace(str(user_id), "00000000-0000-0000-0000-000000000000")
    assert (await client.get(other)).status_code == 404, "the owner is signed"

    path = files.exports_dir(settings, user_id) / name
    day_ago = time.time() - 24 * 3600 - 5
    os.utime(path, (day_ago, day_ago))
    assert await cleanup_exports({"settings": settings}) == {"removed": 1}
    assert not path.exists()
    assert (await client.get(result["downloadUrl"])).status_code == 404


async def test_wallos_round_trip_into_a_fresh_account(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None
) -> None:
    source, _ = await account(settings, "wallos-from@example.com", KNOWN)
    _, raw = await export(client, source, "wallos")
    fresh = await bearer_for(settings, "wallos-to@example.com")

    preview = await import_file(client, fresh, "wallos.json", raw)
    assert preview["format"] == "wallos"
    assert preview["counts"] == {"add": 4, "merge": 0, "skip": 0}
    applied = await confirm(client, fresh, preview["uploadId"])
    assert (applied["added"], applied["merged"], applied["skipped"]) == (4, 0, 0)
    assert await listed(client, fresh) == await listed(client, source)

    again = await import_file(client, fresh, "wallos.json", raw)
    assert again["counts"] == {"add": 0, "merge": 0, "skip": 4}, "the same file twice adds nothing"
    await confirm(client, fresh, again["uploadId"])
    assert await listed(client, fresh) == await listed(client, source)


CSV_FILE = f"""name,amount,currency,cycle,next renewal,category
Netflix,15.49,EUR,monthly,{soon(4)},Streaming
New Tool,4.00,USD,monthly,{soon(12)},Work
Mystery,9.99,EUR,yearly,{soon(55)},
new tool,4.00,USD,monthly,{soon(12)},Work
""".encode()


async def test_csv_import_previews_add_merge_skip_then_applies(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None
) -> None:
    known = [KNOWN[0], finding("Mystery", None, "EUR", "unknown", None)]
    headers, _ = await account(settings, "csv@example.com", known)
    preview = await import_file(client, headers, "subs.csv", CSV_FILE)
    assert [r["name"] for r in preview["toAdd"]] == ["New Tool"]
    assert [(r["name"], r["reason"]) for r in preview["toMerge"]] == [
        ("Mystery", "confirms it; fills in amount, cycle, next renewal")
    ]
    assert sorted(r["reason"] for r in preview["toSkip"]) == [
        "already in your list",
        "listed twice in the file",
    ]
    before = await listed(client, headers)
    assert [row[0] for row in before] == ["Netflix"], "a preview writes nothing (Mystery still waits)"

    await confirm(client, headers, preview["uploadId"])
    after = {row[0]: row for row in await listed(client, headers)}
    assert after["New Tool"] == ("New Tool", "4.00", "USD", "monthly", soon(12).isoformat(), "active", "Work")
    assert after["Mystery"] == ("Mystery", "9.99", "EUR", "yearly", soon(55).isoformat(), "active", None)
    again = await client.post(f"/api/imports/{preview['uploadId']}/confirm", headers=headers)
    assert again.status_code == 400, "an applied import is gone"
    gone = "that import does not exist (or has been applied already)"
    assert again.json()["extra"] == [{"key": "uploadId", "message": gone}], "it names the uploadId"


async def test_a_bad_file_is_refused_at_once(client: AsyncTestClient[Litestar], settings: Settings) -> None:
    headers = await bearer_for(settings, "bad@example.com")
    for name, content, words in [
        ("x.json", b'{"nope": 1}', "not a Wallos export"),
        ("x.csv", b"title,price\nA,1\n", "no name, amount column"),
        ("x.csv", b"name,amount\nA,lots\n", "line 2"),
        ("x.json", b"", "empty"),
    ]:
        response = await client.post(
            "/api/imports", headers=headers, files={"data": (name, content, "text/plain")}
        )
        assert response.status_code == 400, response.text
        assert words in response.json()["detail"]
        assert response.json()["extra"][0]["key"] == "data"
    bad_format = await client.post("/api/exports", json={"format": "xls"}, headers=headers)
    assert bad_format.status_code == 400


async def import_file(
    client: AsyncTestClient[Litestar], headers: dict[str, str], name: str, content: bytes
) -> dict[str, Any]:
    started = await client.post(
        "/api/imports", headers=headers, files={"data": (name, content, "text/plain")}
    )
    assert started.status_code == 202, started.text
    status = await wait_finished(client, started.json()["statusUrl"], headers)
    assert status["state"] == "completed", status
    assert status["returnvalue"]["uploadId"] == started.json()["uploadId"]
    return dict(status["returnvalue"])


async def confirm(
    client: AsyncTestClient[Litestar], headers: dict[str, str], upload_id: str
) -> dict[str, Any]:
    started = await client.post(f"/api/imports/{upload_id}/confirm", headers=headers)
    assert started.status_code == 202, started.text
    status = await wait_finished(client, started.json()["statusUrl"], headers)
    assert status["state"] == "completed", status
    return dict(status["returnvalue"])


async def test_the_export_page_still_offers_the_finished_file_after_a_reload(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None
) -> None:
    headers, user_id = await account(settings, "reload@example.com", KNOWN[:1])
    result, _ = await export(client, headers, "csv")
    page = await client.get("/exports", headers=headers)  # a fresh load: the job's claim is gone
    assert page.status_code == 200
    assert result["downloadUrl"].replace("&", "&amp;") in page.text
    assert f"Download {result['fileName']}" in page.text
    async with standalone_session(settings) as session:
        scan = await session.scalar(select(Scan).where(Scan.user_id == user_id, Scan.queue == "data-export"))
        assert scan is not None
        scan.result = {**(scan.result or {}), "expiresAt": int(time.time() - 60) * 1000}
    page = await client.get("/exports", headers=headers)
    assert result["fileName"] not in page.text, "an expired link is not offered"
