"""Statement imports, bank scans and mailbox uploads through the JSON API, run by a real worker."""

from __future__ import annotations

import io
import mailbox
import zipfile
from pathlib import Path
from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient
from tests.support import bearer_for, wait_finished

from app.config import PACKAGE_DIR, PROJECT_ROOT, Settings
from app.lib.database import standalone_session

REAL_STATEMENTS = PROJECT_ROOT.parent / "shared" / "data" / "real-statements"


async def upload(
    client: AsyncTestClient[Litestar], url: str, headers: dict[str, str], name: str, content: bytes
) -> Any:
    return await client.post(url, headers=headers, files={"data": (name, io.BytesIO(content))})


async def test_demo_bank_scan_finds_the_recurring_charges_in_the_sample_statement(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None
) -> None:
    headers = await bearer_for(settings, "bank@example.com", demo_data=True)
    response = await client.post("/api/detection/scan/bank", json={"daysBack": 730}, headers=headers)
    assert response.status_code == 202
    body = response.json()
    assert body["queue"] == "transaction-sync"
    assert body["jobId"].startswith("transaction-sync-")
    status = await wait_finished(client, body["statusUrl"], headers)
    assert status["state"] == "completed", status
    result = status["returnvalue"]
    assert result["transactionsSynced"] > 100
    assert result["patternsDetected"] == len(result["detectedIds"]) > 5
    subs = (await client.get("/api/subscriptions", headers=headers)).json()
    names = {s["name"] for s in subs}
    assert "Netflix" in names
    assert all("bank" in s["sources"] for s in subs)


async def test_reimporting_the_same_statement_adds_nothing_twice(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None
) -> None:
    headers = await bearer_for(settings, "twice@example.com")
    statement = (PACKAGE_DIR / "demo" / "statement.ofx").read_bytes()
    counts = []
    for _ in range(2):
        response = await upload(client, "/api/statements", headers, "statement.ofx", statement)
        assert response.status_code == 202, response.text
        status = await wait_finished(client, response.json()["statusUrl"], headers)
        assert status["state"] == "completed", status
        counts.append(len((await client.get("/api/subscriptions", headers=headers)).json()))
    assert counts[0] == counts[1] > 0
    async with standalone_session(settings) as session:
        from sqlalchemy import func, select

        from app.sources.models import BankTransaction

        stored = await session.scalar(select(func.count()).select_from(BankTransaction))
    assert stored == status["returnvalue"]["transactionsSynced"]


async def test_a_broken_statement_fails_with_a_message_naming_the_problem_and_no_retry(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None
) -> None:
    headers = await bearer_for(settings, "broken@example.com")
    broken = (REAL_STATEMENTS / "ofxparse" / "error_message.ofx").read_bytes()
    response = await upload(client, "/api/statements", headers, "error_message.ofx", broken)
    if response.status_code == 400:
        assert response.json()["extra"][0]["key"] == "data"
        return
    status = await wait_finished(client, response.json()["statusUrl"], headers)
    assert status["state"] == "failed"
    assert status["attemptsMade"] == 1
    assert "Traceback" not in status["failedReason"]
    assert len(status["failedReason"]) > 10


async def test_not_a_statement_is_refused_at_once_with_400(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "pdf@example.com")
    response = await upload(client, "/api/statements", headers, "statement.pdf", b"%PDF-1.4 not a statement")
    assert response.status_code == 400
    assert response.json()["extra"][0]["key"] == "data"
    response = await upload(client, "/api/statements", headers, "statement.csv", b"")
    assert response.status_code == 400


async def test_bank_scan_without_any_account_is_a_clear_400(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "nobank@example.com")
    response = await client.post("/api/detection/scan/bank", json={}, headers=headers)
    assert response.status_code == 400
    assert "statement" in response.json()["detail"]
    response = await client.post("/api/detection/scan/bank", json={"daysBack": -3}, headers=headers)
    assert response.status_code == 400
    assert "daysBack" in response.text


async def test_uploaded_takeout_zip_becomes_a_mailbox_that_scans(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None, tmp_path: Path
) -> None:
    headers = await bearer_for(settings, "takeout@example.com")
    sample = PACKAGE_DIR / "demo" / "mailbox.mbox"
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.write(sample, "Takeout/Mail/All mail Including Spam and Trash.mbox")
    response = await upload(client, "/api/mailboxes", headers, "takeout.zip", archive.getvalue())
    assert response.status_code == 201, response.text
    scan = await client.post(
        "/api/detection/scan/email", json={"maxEmails": 5000, "daysBack": 3650}, headers=headers
    )
    status = await wait_finished(client, scan.json()["statusUrl"], headers)
    assert status["state"] == "completed", status
    assert status["returnvalue"]["processed"] == len(mailbox.mbox(str(sample)))
    assert status["returnvalue"]["detected"] > 5
