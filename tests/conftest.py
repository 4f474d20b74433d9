"""Real services for every test: a redis-server the suite starts, databases migrated by Alembic.

Each test gets its own database: a copy of a migrated SQLite file, or, with
``TEST_POSTGRES_URL`` set (``make test-postgres``), a PostgreSQL database
created from a migrated template.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import asyncpg
import httpx
import pytest
from advanced_alchemy.extensions.litestar import SQLAlchemyAsyncConfig
from cryptography.fernet import Fernet
from litestar import Litestar
from litestar.testing import AsyncTestClient
from litestar.testing.transport import TestClientTransport
from redis.asyncio import Redis

from app.config import Settings
from app.jobs.worker import run_workers
from app.lib.redis_server import EmbeddedRedis, free_port
from app.queues import build_workers
from app.server import create_app
from tests.support import migrate


async def _request_off_the_loop(self: TestClientTransport, request: httpx.Request) -> httpx.Response:
    return await asyncio.to_thread(self.handle_request, request)


@pytest.fixture(scope="session", autouse=True)
def _requests_leave_the_test_loop_running() -> Iterator[None]:
    """Litestar's ``AsyncTestClient`` runs each request as a blocking call into its portal thread,
    freezing the test's event loop meanwhile; the workers of the ``worker`` fixture run on that
    loop, so a job caught inside a transaction could hold a row the request waits for (on
    PostgreSQL for ever). Awaited from a thread, the request runs while the loop, and the
    workers, go on, as with a separate worker process."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(TestClientTransport, "handle_async_request", _request_off_the_loop)
        yield


@pytest.fixture(autouse=True)
def _release_database_config_keys() -> Iterator[None]:
    """Forget the app-state keys that each test's app registered with advanced-alchemy.

    Every SQLAlchemyAsyncConfig records its app-state keys in class-level sets and picks a
    free suffix by recursion, so one process that builds about a thousand apps (this suite
    does) ends in RecursionError. A production process builds one app.
    """
    yield
    for registry in (
        "_SESSION_SCOPE_KEY_REGISTRY",
        "_ENGINE_APP_STATE_KEY_REGISTRY",
        "_SESSIONMAKER_APP_STATE_KEY_REGISTRY",
    ):
        getattr(SQLAlchemyAsyncConfig, registry).clear()


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    server = EmbeddedRedis(tmp_path_factory.mktemp("redis"), port=free_port())
    url = server.start()
    yield url
    server.stop()


POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "").rstrip("/")
"""A PostgreSQL server (``postgresql+asyncpg://user@host:port``) to test against instead of SQLite."""
TEMPLATE_DB = "subscout_test_template"

NewDatabase = Callable[[Path], str]


def _postgres(sql: str) -> None:
    """Run one statement on the server's maintenance database (in a thread: a test loop may be running)."""

    async def run() -> None:
        connection = await asyncpg.connect(
            POSTGRES_URL.replace("postgresql+asyncpg", "postgresql") + "/postgres"
        )
        try:
            await connection.execute(sql)
        finally:
            await connection.close()

    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, run()).result()


@pytest.fixture(scope="session")
def new_database(tmp_path_factory: pytest.TempPathFactory) -> NewDatabase:
    """Migrates one template database once; each call returns the URL of a fresh copy."""
    if POSTGRES_URL:
        _postgres(f"DROP DATABASE IF EXISTS {TEMPLATE_DB}")
        _postgres(f"CREATE DATABASE {TEMPLATE_DB}")
        migrate(f"{POSTGRES_URL}/{TEMPLATE_DB}")

        def postgres_copy(_tmp: Path) -> str:
            name = f"t_{uuid.uuid4().hex[:16]}"
            _postgres(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE_DB}")
            return f"{POSTGRES_URL}/{name}"

        return postgres_copy
    template = tmp_path_factory.mktemp("db-template") / "template.db"
    migrate(f"sqlite+aiosqlite:///{template}")

    def sqlite_copy(tmp: Path) -> str:
        shutil.copy(template, tmp / "subscout.db")
        return f"sqlite+aiosqlite:///{tmp / 'subscout.db'}"

    return sqlite_copy


@pytest.fixture
def settings(tmp_path: Path, redis_url: str, new_database: NewDatabase) -> Settings:
    return Settings(
        data_dir=tmp_path,
        database_url=new_database(tmp_path),
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
