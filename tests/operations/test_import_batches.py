"""A long statement import commits batch by batch: others can write while it runs (issue 10.1)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from uuid import UUID

from sqlalchemy import func, select, text

from app.config import Settings
from app.detection.bank_sync import BATCH, import_statement, statement_account
from app.lib.database import build_sqlalchemy_config
from app.sources.models import BankTransaction
from tests.jobs.conftest import create_person


def write_statement(path: Path, rows: int) -> None:
    start = date(2024, 1, 1)
    lines = ["Date,Description,Amount"]
    lines += [f"{start + timedelta(days=n % 365)},Shop number {n},-{n % 90 + 1}.25" for n in range(rows)]
    path.write_text("\n".join(lines) + "\n")


async def test_rows_are_committed_batch_by_batch_and_other_writers_do_not_wait(
    settings: Settings, tmp_path: Path
) -> None:
    person = await create_person(settings, "importer@example.com")
    statement = tmp_path / "big.csv"
    write_statement(statement, BATCH * 4)
    importer, other = build_sqlalchemy_config(settings), build_sqlalchemy_config(settings)
    seen_by_others: list[int] = []

    async def meanwhile(_fraction: float) -> None:
        """Another connection, as a request would be: it reads the committed rows and writes at once."""
        async with other.get_engine().connect() as connection:
            if connection.dialect.name == "sqlite":
                await connection.execute(text("PRAGMA busy_timeout=100"))
            count = select(func.count()).select_from(BankTransaction)
            seen_by_others.append(int(await connection.scalar(count) or 0))
            await connection.execute(
                text("UPDATE user_account SET updated_at = CURRENT_TIMESTAMP WHERE email = :email"),
                {"email": person.email},
            )
            await connection.commit()

    try:
        async with importer.get_session() as session:
            account = await statement_account(session, UUID(person.id))
            stored = (await import_statement(session, account, statement, None, meanwhile)).read
            await session.commit()
    finally:
        await importer.get_engine().dispose()
        await other.get_engine().dispose()
    assert stored == BATCH * 4
    assert seen_by_others == [BATCH, BATCH * 2, BATCH * 3, BATCH * 4]
