"""An app with Google sign-in pointed at a real OpenID provider running in this process."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Iterator

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from app.config import Settings
from app.server import create_app
from tests.accounts.helpers import BASE_URL
from tests.accounts.provider import CLIENT_ID, CLIENT_SECRET, Provider, running_provider


@pytest.fixture(scope="session")
def provider() -> Iterator[Provider]:
    with running_provider() as running:
        yield running


@pytest.fixture
def google_settings(settings: Settings, provider: Provider) -> Settings:
    return dataclasses.replace(
        settings,
        google_client_id=CLIENT_ID,
        google_client_secret=CLIENT_SECRET,
        google_discovery_url=provider.discovery_url,
        demo_mode=False,
    )


@pytest.fixture
async def app(google_settings: Settings) -> Litestar:
    return create_app(google_settings)


@pytest.fixture
async def other_client(google_settings: Settings) -> AsyncIterator[AsyncTestClient[Litestar]]:
    """A second browser, talking to a second web process (same database and Redis)."""
    async with AsyncTestClient(create_app(google_settings), base_url=BASE_URL) as client:
        yield client
