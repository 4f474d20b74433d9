"""Every statement format through the product: POST /api/statements, run by a real worker."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select
from tests.support import bearer_for, wait_finished

from app.config import PROJECT_ROOT, Settings
from app.detection.bank_sync import detect_from_stored
from app.lib.database import standalone_session
from app.sources.models import BankTransaction

REAL = PROJECT_ROOT.parent / "shared" / "data" / "real-statements"


async def upload(
    client: AsyncTestClient[Litestar], headers: dict[str, str], name: str, content: bytes
) -> Any:
    return await client.post("/api/statements", headers=headers, files={"data": (name, io.BytesIO(content))})


@pytest.mark.parametrize(
    ("path", "count"),
    [
        ("more/WoLpH_mt940/WoLpH_mt940__mt940_tests__jejik__rabobank.sta", 5),
        ("more/genkgo_camt/genkgo_camt__test__data__camt053.v2.multi.statement.xml", 2),
        ("more/isaacharrisholt_quiffen/isaacharrisholt_quiffen__tests__test_files__test.qif", 5),
    ],
)
async def test_mt940_camt_and_qif_statements_import(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None, path: str, count: int
) -> None:
    headers = await bearer_for(settings, f"{path.rsplit('.', 1)[1]}@example.com")
    response = await upload(client, headers, path.rsplit("__", 1)[1], (REAL / path).read_bytes())
    assert response.status_code == 202, response.text
    status = await wait_finished(client, response.json()["statusUrl"], headers)
    assert status["state"] == "completed", status
    assert status["returnvalue"]["transactionsSynced"] == count


async def test_a_ragged_csv_is_refused_with_a_400_naming_the_problem(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    headers = await bearer_for(settings, "ragged@example.com")
    ragged = b'Date;Payee\n;;;;;;;;\n1\n2,3\n"unclosed\n'
    response = await upload(client, headers, "ragged.csv", ragged)
    assert response.status_code == 400
    detail = response.json()["extra"][0]
    assert detail["key"] == "data"
    assert "ragged.csv" in detail["message"]


async def test_a_statement_without_transactions_fails_in_one_sentence_without_retry(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None
) -> None:
    headers = await bearer_for(settings, "empty-camt@example.com")
    empty = (REAL / "more/genkgo_camt/genkgo_camt__test__data__camt053.v2.wrong.xml").read_bytes()
    response = await upload(client, headers, "wrong.xml", empty)
    assert response.status_code == 202, response.text
    status = await wait_finished(client, response.json()["statusUrl"], headers)
    assert status["state"] == "failed"
    assert status["attemptsMade"] == 1
    assert "holds no statement" in status["failedReason"]
    assert "\n" not in status["failedReason"]


async def test_a_csv_that_names_no_currency_asks_and_the_confirmed_currency_is_used(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None
) -> None:
    headers = await bearer_for(settings, "currency@example.com")
    csv = b"Date,Description,Amount\n2026-01-05,NETFLIX.COM,-15.49\n2026-02-05,NETFLIX.COM,-15.49\n"
    response = await upload(client, headers, "plain.csv", csv)
    assert response.status_code == 202, response.text
    body = response.json()
    assert any("currency" in doubt for doubt in body["doubts"]), body
    mapping = body["mapping"] | {"currency": "SEK"}
    started = await client.post(
        f"/api/statements/{body['uploadId']}/import", json={"mapping": mapping}, headers=headers
    )
    assert started.status_code == 202, started.text
    status = await wait_finished(client, started.json()["statusUrl"], headers)
    assert status["state"] == "completed", status
    bad = await client.post(
        f"/api/statements/{body['uploadId']}/import",
        json={"mapping": mapping | {"currency": "??"}},
        headers=headers,
    )
    assert bad.status_code == 400


BOI = "more/bank2ynab_bank2ynab/bank2ynab_bank2ynab__test__test-data__test_BOI_TransactionExport.csv"
SILENT = "csv2ofx/default.csv"
"""English headers, ISO dates, plain amounts, no currency, sign, IBAN or SEPA payment: nothing to go by."""


async def test_a_csv_naming_no_currency_proposes_the_home_currency_and_still_asks(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    """A CSV with no sign of its currency: not a silent USD, the person's EUR proposed."""
    headers = await bearer_for(settings, "silent-csv@example.com")
    before = await upload(client, headers, "export.csv", (REAL / SILENT).read_bytes())
    assert before.json()["mapping"]["currency"] == "USD"
    assert any("assumed USD" in doubt for doubt in before.json()["doubts"])
    chosen = await client.put("/api/settings/currency", headers=headers, json={"homeCurrency": "EUR"})
    assert chosen.status_code == 200, chosen.text
    after = await upload(client, headers, "export.csv", (REAL / SILENT).read_bytes())
    assert after.status_code == 202, after.text
    assert after.json()["mapping"]["currency"] == "EUR"
    assert any("EUR, your home currency" in doubt for doubt in after.json()["doubts"]), after.json()


async def test_a_csv_paying_sepa_direct_debits_proposes_euros_and_still_asks(
    client: AsyncTestClient[Litestar], settings: Settings
) -> None:
    """Bank of Ireland's export names no currency, but its "SEPA DD" rows are euro payments."""
    headers = await bearer_for(settings, "boi@example.com")
    proposed = (await upload(client, headers, "boi.csv", (REAL / BOI).read_bytes())).json()
    assert proposed["mapping"]["currency"] == "EUR"
    assert any("guess from its SEPA payments" in doubt for doubt in proposed["doubts"]), proposed


async def test_a_qif_takes_the_currency_of_the_account_it_is_imported_into(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None
) -> None:
    headers = await bearer_for(settings, "qif-after-camt@example.com")
    for path in (
        "more/genkgo_camt/genkgo_camt__test__data__camt053.v2.multi.statement.xml",  # EUR
        "more/isaacharrisholt_quiffen/isaacharrisholt_quiffen__tests__test_files__test.qif",
    ):
        response = await upload(client, headers, path.rsplit("__", 1)[1], (REAL / path).read_bytes())
        status = await wait_finished(client, response.json()["statusUrl"], headers)
        assert status["state"] == "completed", status
    async with standalone_session(settings) as session:
        currencies = set(await session.scalars(select(BankTransaction.currency)))
    assert currencies == {"EUR"}


SPARKASSE = "more/bank2ynab_bank2ynab/bank2ynab_bank2ynab__test__test-data__20180226-1000594757-umsatz.CSV"


async def test_a_debits_mandate_is_stored_and_detection_reads_it_back(
    client: AsyncTestClient[Litestar], settings: Settings, worker: None
) -> None:
    """Sparkasse writes the mandate in Verwendungszweck, whose free text alone follows the payee."""
    headers = await bearer_for(settings, "mandate@example.com")
    response = await upload(client, headers, "umsatz.CSV", (REAL / SPARKASSE).read_bytes())
    assert response.status_code == 202, response.text
    status = await wait_finished(client, response.json()["statusUrl"], headers)
    assert status["state"] == "completed", status
    async with standalone_session(settings) as session:
        stored = (await session.scalars(select(BankTransaction))).one()
        assert stored.description.startswith("Vodafone Kabel DeutschlandGmbH | FOLGELASTSCHRIFT | 02/2018")
        assert stored.mandate == "KD020007057822"
        found = await detect_from_stored(session, stored.user_id, date(2018, 1, 1), date(2018, 2, 22))
    assert [(f.key, f.cycle, f.confidence) for f in found] == [("vodafone", "unknown", 0.4)]
