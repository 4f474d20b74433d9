"""Bearer tokens answered from memory: revocation still bites within seconds, and recording
a token's use never fails or slows the request."""

from __future__ import annotations

import asyncio
import time

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import update

from app.accounts import token_auth
from app.accounts.models import ApiToken
from app.config import Settings
from app.lib.database import standalone_session
from tests.accounts.helpers import NEW_TOKEN, WAIT_SECONDS, google_sign_in, token_row_once_used
from tests.accounts.provider import Provider


async def _issue_token(client: AsyncTestClient[Litestar], provider: Provider, name: str) -> tuple[str, str]:
    csrf = await google_sign_in(client, provider, "alice")
    created = await client.post("/settings/tokens", data={"_csrf_token": csrf, "name": name})
    found = NEW_TOKEN.search(created.text)
    assert found is not None
    return csrf, found.group(1)


async def test_a_revoked_token_stops_working_in_another_web_process_within_the_cache_time(
    client: AsyncTestClient[Litestar],
    other_client: AsyncTestClient[Litestar],
    provider: Provider,
    google_settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(token_auth, "CACHE_SECONDS", 0.5)
    csrf, token = await _issue_token(client, provider, "Elsewhere")
    bearer = {"Authorization": f"Bearer {token}"}
    assert (await other_client.get("/api/me", headers=bearer)).status_code == 200, "remembered there"
    row = await token_row_once_used(google_settings, "Elsewhere")
    await client.post(f"/settings/tokens/{row.id}/revoke", data={"_csrf_token": csrf})
    assert (await client.get("/api/me", headers=bearer)).status_code == 401, "at once where revoked"
    revoked_at = time.monotonic()
    while (await other_client.get("/api/me", headers=bearer)).status_code == 200:
        assert time.monotonic() - revoked_at < token_auth.CACHE_SECONDS + WAIT_SECONDS
        await asyncio.sleep(0.05)
    assert (await other_client.get("/api/me", headers=bearer)).status_code == 401


async def test_a_busy_database_does_not_fail_the_request_and_the_use_is_recorded_later(
    client: AsyncTestClient[Litestar], provider: Provider, google_settings: Settings
) -> None:
    """An import holding the write lock (issue 10 item 1) must not turn API reads into 500s."""
    _, token = await _issue_token(client, provider, "During import")
    async with standalone_session(google_settings) as blocker:
        # An uncommitted write: SQLite's write lock, PostgreSQL's row lock on this very token.
        await blocker.execute(
            update(ApiToken).where(ApiToken.name == "During import").values(name=ApiToken.name)
        )
        response = await client.get("/api/me", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200
        assert response.json()["email"] == "alice@example.com"
    await token_row_once_used(google_settings, "During import")


async def test_an_unknown_token_is_refused_every_time(client: AsyncTestClient[Litestar]) -> None:
    bearer = {"Authorization": "Bearer sk_not-a-token-at-all"}
    assert (await client.get("/api/me", headers=bearer)).status_code == 401
    assert (await client.get("/api/me", headers=bearer)).status_code == 401


async def test_memory_holds_only_the_tokens_seen_within_the_cache_time(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.accounts.services import ApiTokenService, UserService
    from app.lib.database import build_sqlalchemy_config

    monkeypatch.setattr(token_auth, "CACHE_SECONDS", 0.2)
    tokens = []
    async with standalone_session(settings) as session:
        for n in range(3):
            user = await UserService(session=session).create_user(f"cache-{n}@example.com")
            tokens.append((await ApiTokenService(session=session).issue(user.id, "t"))[1])
    authenticator = token_auth.TokenAuthenticator(build_sqlalchemy_config(settings))
    for token in tokens[:2]:
        assert await authenticator.user_for(token) is not None
    assert len(authenticator) == 2
    await asyncio.sleep(0.3)
    assert await authenticator.user_for(tokens[2]) is not None
    assert len(authenticator) == 1, "the two expired entries went when the third came"
    await authenticator.drain()


async def test_a_socket_gets_its_owner_s_id_without_filling_memory(settings: Settings) -> None:
    """An idle socket keeps only its owner's id; the 10,000 sockets' owners are not cached."""
    from app.accounts.services import ApiTokenService, UserService
    from app.lib.database import build_sqlalchemy_config

    async with standalone_session(settings) as session:
        user = await UserService(session=session).create_user("socket-owner@example.com")
        row, token = await ApiTokenService(session=session).issue(user.id, "socket")
    authenticator = token_auth.TokenAuthenticator(build_sqlalchemy_config(settings))
    assert await authenticator.owner_of(token) == user.id
    assert len(authenticator) == 0
    assert await authenticator.owner_of("sk_not-a-token-at-all") is None
    async with standalone_session(settings) as session:
        await ApiTokenService(session=session).revoke(user.id, row.id)
    assert await authenticator.owner_of(token) is None, "a revoked token opens no socket"
    await authenticator.drain()


async def test_the_uses_of_many_tokens_are_recorded_together(settings: Settings) -> None:
    from sqlalchemy import select

    from app.accounts.services import ApiTokenService, UserService
    from app.lib.database import build_sqlalchemy_config

    async with standalone_session(settings) as session:
        user = await UserService(session=session).create_user("many-tokens@example.com")
        tokens = [(await ApiTokenService(session=session).issue(user.id, f"t{n}"))[1] for n in range(3)]
    authenticator = token_auth.TokenAuthenticator(build_sqlalchemy_config(settings))
    assert await authenticator.user_for(tokens[0]) is not None
    for token in tokens[1:]:
        assert await authenticator.owner_of(token) == user.id
    assert len(authenticator._writes) == 1, "one write for the three uses"
    await authenticator.drain()
    async with standalone_session(settings) as session:
        used = list(await session.scalars(select(ApiToken.last_used_at).where(ApiToken.user_id == user.id)))
    assert len(used) == 3
    assert None not in used
