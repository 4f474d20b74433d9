"""The database connection: SQLite by default, any SQLAlchemy async URL otherwise."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from advanced_alchemy.extensions.litestar import (
    AlembicAsyncConfig,
    AsyncSessionConfig,
    SQLAlchemyAsyncConfig,
)
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine

from app.config import PACKAGE_DIR, Settings
from app.lib.crypto import configure_encryption

MIGRATIONS_DIR = PACKAGE_DIR / "db" / "migrations"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def create_engine(url: str) -> AsyncEngine:
    if url.startswith("sqlite"):
        # sqlite3's timeout is the busy timeout: a writer waits up to 30 s for another's lock, not 500s.
        # Its default transaction handling is kept on purpose: it begins a transaction only at the
        # first write, so reads take no lasting WAL snapshot that a later write would find stale.
        engine = create_async_engine(url, connect_args={"timeout": 30})
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    return create_async_engine(url, pool_pre_ping=True)


def build_sqlalchemy_config(settings: Settings) -> SQLAlchemyAsyncConfig:
    if settings.database_url.startswith("sqlite"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    return SQLAlchemyAsyncConfig(
        engine_instance=create_engine(settings.database_url),
        session_config=AsyncSessionConfig(expire_on_commit=False),
        before_send_handler="autocommit_include_redirects",
        session_dependency_key="db_session",
        create_all=False,
        alembic_config=AlembicAsyncConfig(
            script_location=str(MIGRATIONS_DIR),
            version_table_name="alembic_version",
            render_as_batch=True,
        ),
    )


@asynccontextmanager
async def standalone_session(settings: Settings) -> AsyncIterator[AsyncSession]:
    """A session outside the web app (CLI commands), committed on success, engine closed after."""
    configure_encryption(settings.encryption_keys)
    config = build_sqlalchemy_config(settings)
    try:
        async with config.get_session() as session:
            yield session
            await session.commit()
    finally:
        await config.get_engine().dispose()
