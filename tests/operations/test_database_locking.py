"""SQLite as the web app and workers share it: WAL (readers never wait for a writer), and a writer that
waits behind another's lock for longer than a moment still gets its turn instead of a 500."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import text

from app.config import Settings
from app.lib.database import standalone_session
from tests.support import bearer_for

HELD_SECONDS = 6
"""Longer than the 5 s busy timeout a connection pragma used to set over the engine's 30 s. """


@pytest.fixture
def sqlite_only(settings: Settings) -> None:
    if not settings.database_url.startswith("sqlite"):
        pytest.skip("SQLite's locking; PostgreSQL locks rows")


async def test_the_database_runs_in_wal_mode_with_a_long_busy_timeout(
    settings: Settings, sqlite_only: None
) -> None:
    async with standalone_session(settings) as session:
        assert await session.scalar(text("PRAGMA journal_mode")) == "wal"
        assert await session.scalar(text("PRAGMA busy_timeout")) == 30_000


async def test_a_request_that_waits_seconds_for_the_write_lock_still_succeeds(
    client: AsyncTestClient[Litestar], settings: Settings, sqlite_only: None
) -> None:
    headers = await bearer_for(settings, "waits@example.com")
    await client.get("/api/me", headers=headers)  # the token's use recorded before the lock is taken
    # Another process's long transaction: a plain sqlite3 connection in a thread, because the test
    # client runs the app in a portal that blocks this event loop while a request is in flight.
    blocker = sqlite3.connect(settings.database_url.split(":///", 1)[1], check_same_thread=False)
    blocker.isolation_level = None
    blocker.execute("BEGIN IMMEDIATE")
    blocker.execute("UPDATE user_account SET email = email")
    release = threading.Timer(HELD_SECONDS, blocker.commit)
    release.start()
    try:
        response = await client.post("/api/subscriptions", headers=headers, json={"name": "Patient gym"})
    finally:
        release.join()
        blocker.close()
    assert response.status_code == 201, response.text
    listed = await client.get("/api/subscriptions", headers=headers)
    assert [s["name"] for s in listed.json()] == ["Patient gym"]


async def test_a_job_that_read_before_another_writer_committed_still_writes_its_result(
    settings: Settings,
    sqlite_only: None,
) -> None:
    await bearer_for(settings, "job@example.com")
    async with standalone_session(settings) as job:
        await job.scalar(text("SELECT count(*) FROM user_account"))  # a job's early read
        with sqlite3.connect(settings.database_url.split(":///", 1)[1]) as other:
            other.execute("UPDATE user_account SET email = email")  # another worker's commit meanwhile
        await job.execute(text("UPDATE user_account SET updated_at = CURRENT_TIMESTAMP"))
