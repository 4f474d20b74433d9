"""Google sign-in and Gmail connection, run against a real OpenID provider."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select, text

from app.accounts.google import GmailAccessRevokedError, fresh_access_token, google_credential
from app.accounts.models import OAuthCredential
from app.accounts.oidc import GMAIL_READONLY_SCOPE
from app.config import Settings
from app.lib.database import standalone_session
from app.server import SESSION_COOKIE, create_app
from app.sources.models import MailSource
from tests.accounts.helpers import BASE_URL, google_sign_in, user_by_email
from tests.accounts.provider import Provider


def query_of(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


async def test_sign_in_asks_for_identity_only_with_pkce_state_and_nonce(
    client: AsyncTestClient[Litestar], provider: Provider
) -> None:
    response = await client.get("/auth/google", follow_redirects=False)
    assert response.status_code == 302
    url = response.headers["location"]
    assert url.startswith(f"{provider.base_url}/oauth2/authorize")
    query = query_of(url)
    assert query["response_type"] == "code"
    assert query["code_challenge_method"] == "S256"
    assert len(query["code_challenge"]) == 43
    assert len(query["state"]) >= 32
    assert len(query["nonce"]) >= 32
    assert query["scope"] == "openid email profile"
    assert "access_type" not in query
    assert query["redirect_uri"] == f"{BASE_URL}/auth/google/callback"


async def test_signing_in_creates_the_user_once_and_links_the_google_account(
    client: AsyncTestClient[Litestar], other_client: AsyncTestClient[Litestar], provider: Provider,
    google_settings: Settings,
) -> None:  # fmt: skip
    await google_sign_in(client, provider, "alice")
    me = await client.get("/settings")
    assert "alice@example.com" in me.text
    await google_sign_in(other_client, provider, "alice")
    async with standalone_session(google_settings) as session:
        count = await session.scalar(text("select count(*) from user_account"))
        credential = await session.scalar(select(OAuthCredential))
    assert count == 1
    assert credential is not None
    assert credential.subject == "alice"
    assert credential.refresh_token is None, "sign-in alone must not keep Google tokens"


async def test_sign_in_links_an_existing_user_with_the_same_verified_email(
    client: AsyncTestClient[Litestar], provider: Provider, google_settings: Settings
) -> None:
    from tests.accounts.helpers import give_everything

    owner = await give_everything(google_settings, "bob@example.com")
    await google_sign_in(client, provider, "bob")
    user = await user_by_email(google_settings, "bob@example.com")
    assert user is not None
    assert user.id == owner.user_id


async def test_an_unverified_email_is_refused(client: AsyncTestClient[Litestar], provider: Provider) -> None:
    start = await client.get("/auth/google", follow_redirects=False)
    back = urlsplit(await provider.authorize(start.headers["location"], "mallory"))
    done = await client.get(f"{back.path}?{back.query}", follow_redirects=False)
    assert done.headers["location"] == "/signin?error=failed"
    assert (await client.get("/", follow_redirects=False)).status_code in (302, 303)


async def test_a_forged_state_is_refused_and_a_callback_cannot_be_replayed(
    client: AsyncTestClient[Litestar], provider: Provider
) -> None:
    start = await client.get("/auth/google", follow_redirects=False)
    back = urlsplit(await provider.authorize(start.headers["location"], "alice"))
    forged = back.query.replace("state=", "state=x")
    refused = await client.get(f"{back.path}?{forged}", follow_redirects=False)
    assert refused.headers["location"] == "/signin?error=failed"
    replay = await client.get(f"{back.path}?{back.query}", follow_redirects=False)
    assert replay.headers["location"] == "/signin?error=expired", "the pending sign-in is single use"
    assert (await client.get("/", follow_redirects=False)).status_code in (302, 303)


async def test_a_callback_from_another_browser_is_refused(
    client: AsyncTestClient[Litestar], other_client: AsyncTestClient[Litestar], provider: Provider
) -> None:
    """Login CSRF: an attacker's own code and state, planted in a victim's browser, sign no one in."""
    start = await client.get("/auth/google", follow_redirects=False)
    back = urlsplit(await provider.authorize(start.headers["location"], "alice"))
    victim = await other_client.get(f"{back.path}?{back.query}", follow_redirects=False)
    assert victim.headers["location"] == "/signin?error=expired"
    assert (await other_client.get("/", follow_redirects=False)).status_code in (302, 303)


async def test_cancelling_at_the_provider_signs_no_one_in(
    client: AsyncTestClient[Litestar], provider: Provider
) -> None:
    start = await client.get("/auth/google", follow_redirects=False)
    state = query_of(start.headers["location"])["state"]
    done = await client.get(
        f"/auth/google/callback?error=access_denied&state={state}", follow_redirects=False
    )
    assert done.headers["location"] == "/signin?error=cancelled"


async def test_next_is_kept_but_only_as_a_local_path(
    client: AsyncTestClient[Litestar], provider: Provider
) -> None:
    for target, expected in (("/settings", "/settings"), ("//evil.example/", "/"), ("https://evil/", "/")):
        start = await client.get(f"/auth/google?next={target}", follow_redirects=False)
        back = urlsplit(await provider.authorize(start.headers["location"], "alice"))
        done = await client.get(f"{back.path}?{back.query}", follow_redirects=False)
        assert done.headers["location"] == expected


async def connect_gmail(client: AsyncTestClient[Litestar], provider: Provider) -> dict[str, str]:
    start = await client.get("/settings/gmail/connect", follow_redirects=False)
    assert start.status_code == 302
    query = query_of(start.headers["location"])
    back = urlsplit(await provider.authorize(start.headers["location"], "alice"))
    done = await client.get(f"{back.path}?{back.query}", follow_redirects=False)
    assert done.headers["location"] == "/settings?notice=gmail-connected"
    return query


async def test_connecting_gmail_asks_for_read_only_offline_access_and_stores_tokens_encrypted(
    client: AsyncTestClient[Litestar], provider: Provider, google_settings: Settings
) -> None:
    await google_sign_in(client, provider, "alice")
    query = await connect_gmail(client, provider)
    assert GMAIL_READONLY_SCOPE in query["scope"].split()
    assert (query["access_type"], query["prompt"], query["include_granted_scopes"]) == (
        "offline", "consent", "true",
    )  # fmt: skip
    assert query["code_challenge_method"] == "S256"
    assert query["nonce"]
    page = await client.get("/settings")
    assert "Gmail (alice@example.com)" in page.text
    assert "Connect Gmail" not in page.text
    async with standalone_session(google_settings) as session:
        source = await session.scalar(select(MailSource).where(MailSource.kind == "gmail"))
        credential = await session.scalar(select(OAuthCredential))
        raw = (await session.execute(text("select access_token, refresh_token from oauth_credential"))).one()
    assert source is not None
    assert credential is not None
    assert credential.access_token
    assert credential.refresh_token
    assert credential.access_token not in raw[0]
    assert credential.refresh_token not in raw[1]
    assert raw[1].startswith("gAAAA"), "stored as a Fernet token"


async def test_fresh_access_token_refreshes_an_expired_token_and_notices_revocation(
    client: AsyncTestClient[Litestar], provider: Provider, google_settings: Settings
) -> None:
    await google_sign_in(client, provider, "alice")
    await connect_gmail(client, provider)
    user = await user_by_email(google_settings, "alice@example.com")
    assert user is not None
    async with standalone_session(google_settings) as session:
        credential = await google_credential(session, user.id)
        assert credential is not None
        first = credential.access_token
        assert await fresh_access_token(session, user.id, google_settings) == first
        credential.expires_at = datetime.now(UTC) - timedelta(seconds=1)
        renewed = await fresh_access_token(session, user.id, google_settings)
        assert renewed != first
        assert credential.access_token == renewed
        assert credential.expires_at > datetime.now(UTC)
    await provider.revoke_all("alice")
    async with standalone_session(google_settings) as session:
        credential = await google_credential(session, user.id)
        assert credential is not None
        credential.expires_at = datetime.now(UTC) - timedelta(seconds=1)
        with pytest.raises(GmailAccessRevokedError):
            await fresh_access_token(session, user.id, google_settings)
        assert credential.refresh_token is None
        assert credential.access_token is None


async def test_disconnecting_gmail_revokes_the_grant_and_deletes_the_tokens(
    client: AsyncTestClient[Litestar], provider: Provider, google_settings: Settings
) -> None:
    csrf = await google_sign_in(client, provider, "alice")
    await connect_gmail(client, provider)
    async with standalone_session(google_settings) as session:
        source = await session.scalar(select(MailSource).where(MailSource.kind == "gmail"))
        credential = await session.scalar(select(OAuthCredential))
    assert source is not None
    assert credential is not None
    response = await client.post(
        f"/settings/sources/mail/{source.id}/disconnect", data={"_csrf_token": csrf}, follow_redirects=False
    )
    assert response.headers["location"] == "/settings?notice=source-removed"
    assert credential.refresh_token in provider.revoked
    async with standalone_session(google_settings) as session:
        assert await session.scalar(select(MailSource).where(MailSource.kind == "gmail")) is None
        stored = await session.scalar(select(OAuthCredential))
    assert stored is not None
    assert stored.access_token is None
    assert stored.refresh_token is None


async def test_without_google_configured_the_placeholder_page_stays(settings: Settings) -> None:
    app = create_app(dataclasses.replace(settings, google_client_id="", google_client_secret=""))
    async with AsyncTestClient(app, base_url=BASE_URL) as client:
        page = await client.get("/auth/google")
    assert page.status_code == 200
    assert "Google sign-in is not configured" in page.text


async def test_session_cookie_is_httponly_lax_and_secure_behind_https(
    google_settings: Settings,
) -> None:
    for public_url, secure in (("", False), ("https://subscout.example", True)):
        app = create_app(dataclasses.replace(google_settings, public_url=public_url))
        async with AsyncTestClient(app, base_url=BASE_URL) as client:
            response = await client.get("/auth/google", follow_redirects=False)
        cookie = next(c for c in response.headers.get_list("set-cookie") if c.startswith(SESSION_COOKIE))
        attributes = {part.strip().split("=")[0].lower() for part in cookie.split(";")}
        assert {"httponly", "samesite"} <= attributes
        assert "samesite=lax" in cookie.lower()
        assert ("secure" in attributes) is secure
