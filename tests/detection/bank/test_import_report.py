"""An import says what THIS file added and what it skipped and why, naming the file as the person did."""

from __future__ import annotations

import asyncio
import io
import re
from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient
from tests.support import bearer_for, wait_finished
from tests.test_spine import demo_sign_in

from app.config import Settings

STATEMENT = b"""Date,Description,Amount,Currency
2026-07-05,NETFLIX.COM,-15.49,EUR
2026-08-05,NETFLIX.COM,-15.49,EUR
2026-09-05,NETFLIX.COM,-15.49,EUR
2026-10-05,NETFLIX.COM,-15.49,EUR
2026-11-05,NETFLIX.COM,-15.49,EUR
2026-11-09,BAKERY,-4.20,EUR
"""
RANDOM_NAME = re.compile(r"[0-9a-f]{32}")


async def _import(
    client: AsyncTestClient[Litestar], headers: dict[str, str], name: str, content: bytes
) -> dict[str, Any]:
    response = await client.post(
        "/api/statements", headers=headers, files={"data": (name, io.BytesIO(content))}
    )
    assert response.status_code == 202, response.text
    return await wait_finished(client, response.json()["statusUrl"], headers)


async def test_the_report_counts_this_files_new_transactions_and_subscriptions(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None
) -> None:
    headers = await bearer_for(settings, "report@example.com")
    first = (await _import(client, headers, "Girokonto 2026.csv", STATEMENT))["returnvalue"]
    assert first["fileName"] == "Girokonto 2026.csv"
    assert (first["transactionsRead"], first["transactionsAdded"], first["alreadyImported"]) == (6, 6, 0)
    assert first["newCount"] == 1
    assert len(first["newSubscriptions"]) == 1
    assert "netflix" in first["newSubscriptions"][0].lower()

    more = STATEMENT + b"2026-12-01,NETFLIX.COM,-15.49,EUR\n"
    second = (await _import(client, headers, "december.csv", more))["returnvalue"]
    assert (second["fileName"], second["transactionsRead"], second["transactionsAdded"]) == (
        "december.csv",
        7,
        1,
    )
    assert second["alreadyImported"] == 6
    assert second["newCount"] == 0, "Netflix was listed by the first file, not this one"
    assert second["patternsDetected"] == 1


async def test_unreadable_records_are_counted_with_their_reason_in_the_persons_terms(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None
) -> None:
    headers = await bearer_for(settings, "skips@example.com")
    damaged = STATEMENT + b"not a date,NETFLIX.COM,-15.49,EUR\n2026-11-20,SHOP,lots,EUR\n"
    result = (await _import(client, headers, "export.csv", damaged))["returnvalue"]
    assert result["transactionsRead"] == 6
    assert result["recordsSkipped"] == 2
    assert len(result["skipReasons"]) == 2
    assert not any(RANDOM_NAME.search(reason) for reason in result["skipReasons"])


async def test_a_broken_file_fails_naming_the_persons_file_never_a_success(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None
) -> None:
    headers = await bearer_for(settings, "broken@example.com")
    broken = b"OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><BANKTRANLIST>"
    status = await _import(client, headers, "Bank of Mars.ofx", broken)
    assert status["state"] == "failed"
    assert "Bank of Mars.ofx" in status["failedReason"]
    assert not RANDOM_NAME.search(status["failedReason"]), status["failedReason"]


async def test_the_bank_panel_tells_what_the_file_added(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None
) -> None:
    csrf = await demo_sign_in(client)
    htmx = {"X-CSRFToken": csrf, "HX-Request": "true"}
    files = {"data": ("Girokonto 2026.csv", io.BytesIO(STATEMENT))}
    panel = await client.post("/statements", headers=htmx, files=files)
    job_id = re.search(r'data-job-id="([^"]+)"', panel.text)
    assert job_id is not None, panel.text
    for _ in range(600):
        page = (await client.get("/")).text
        if 'data-state="completed"' in page or 'data-state="failed"' in page:
            break
        await asyncio.sleep(0.05)
    page = page[page.index('id="bank-panel"') :]
    assert "<strong>Girokonto 2026.csv</strong>: 6 transactions read" in page
    assert "6 new." in page
    assert "1 new recurring payment listed" in page
