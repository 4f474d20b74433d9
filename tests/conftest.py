"""Real services for every test: a redis-server the suite starts, SQLite files migrated by Alembic."""

from __future__ import annotations

import asyncio
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from litestar import Litestar
from litestar.testing import AsyncTestClient
from redis.asyncio import Redis

from app.config import Settings
from app.jobs.worker import build_workers, run_workers
from app.lib.redis_server import EmbeddedRedis, free_port
from app.server import create_app
from tests.support import migrate


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    server = EmbeddedRedis(tmp_path_factory.mktemp("redis"), port=free_port())
    url = server.start()
    yield url
    server.stop()


@pytest.fixture(scope="session")
def migrated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database migrated once; each test gets a copy of the file."""
    path = tmp_path_factory.mktemp("db-template") / "template.db"
    migrate(f"sqlite+aiosqlite:///{path}")
    return path


@pytest.fixture
def settings(tmp_path: Path, redis_url: str, migrated_db: Path) -> Settings:
    db_path = tmp_path / "subscout.db"
    shutil.copy(migrated_db, db_path)
    return Settings(
        data_dir=tmp_path,
        database_url=f"sqlite+aiosqlite:///{db_path}",
        redis_url=redis_url,
        secret_key="test-secret-" + uuid.uuid4().hex,
        encryption_keys=(Fernet.generate_key().decode(),),
        redis_namespace=f"t{uuid.uuid4().hex[:12]}",
        retry_base_delay=0.05,
    )


@pytest.fixture
async def redis(settings: Settings) -> AsyncIterator[Redis]:
    client = Redis.from_url(settings.redis_url)
    yield client
    await client.aclose()


@pytest.fixture
async def app(settings: Settings) -> Litestar:
    return create_app(settings)


@pytest.fixture
async def client(app: Litestar) -> AsyncIterator[AsyncTestClient[Litestar]]:
    async with AsyncTestClient(app, base_url="http://testserver.local") as client:
        yield client


@pytest.fixture
async def worker(settings: Settings) -> AsyncIterator[None]:
    """Every queue's worker, running in this process until the test ends."""
    stop = asyncio.Event()
    task = asyncio.create_task(run_workers(build_workers(settings), stop))
    yield
    stop.set()
    await asyncio.wait_for(task, timeout=30)
