"""API tokens (Settings page and CLI), deleting an account, and re-encrypting secrets with a new key."""

from __future__ import annotations

import dataclasses

from cryptography.fernet import Fernet
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select, text

from app.accounts.models import OAuthCredential
from app.config import Settings
from app.lib.crypto import configure_encryption, encrypted_columns, rotate_secrets
from app.lib.database import standalone_session
from app.notifications.models import NotificationChannel
from app.sources.models import BankAccount, MailSource
from tests.accounts.helpers import (
    NEW_TOKEN,
    give_everything,
    google_sign_in,
    token_row_once_used,
    user_by_email,
)
from tests.accounts.provider import Provider
from tests.accounts.test_isolation import rows_of


async def test_a_token_is_shown_once_works_records_its_use_and_can_be_revoked(
    client: AsyncTestClient[Litestar], provider: Provider, google_settings: Settings
) -> None:
    csrf = await google_sign_in(client, provider, "alice")
    created = await client.post(
        "/settings/tokens", data={"_csrf_token": csrf, "name": "Budget app"}, headers={"HX-Request": "true"}
    )
    assert created.text.lstrip().startswith('<section id="api-tokens"'), "htmx gets the fragment alone"
    token = NEW_TOKEN.search(created.text)
    assert token is not None
    assert "Budget app" in created.text
    assert "Never" in created.text
    page = await client.get("/settings")
    assert token.group(1) not in page.text, "shown once"
    assert token.group(1)[:10] in page.text, "its prefix tells tokens apart"
    bearer = {"Authorization": f"Bearer {token.group(1)}"}
    assert (await client.get("/api/me", headers=bearer)).json()["email"] == "alice@example.com"
    row = await token_row_once_used(google_settings, "Budget app")
    assert row.token_hash != token.group(1)
    assert token.group(1) not in (await client.get("/settings")).text
    revoked = await client.post(f"/settings/tokens/{row.id}/revoke", data={"_csrf_token": csrf})
    assert revoked.status_code == 200
    assert (await client.get("/api/me", headers=bearer)).status_code == 401


async def test_a_token_needs_a_name(client: AsyncTestClient[Litestar], provider: Provider) -> None:
    csrf = await google_sign_in(client, provider, "alice")
    response = await client.post("/settings/tokens", data={"_csrf_token": csrf, "name": "  "})
    assert "Give the token a name." in response.text
    assert NEW_TOKEN.search(response.text) is None


async def test_deleting_the_account_in_the_ui_removes_everything_and_revokes_google(
    client: AsyncTestClient[Litestar], provider: Provider, google_settings: Settings
) -> None:
    csrf = await google_sign_in(client, provider, "alice")
    start = await client.get("/settings/gmail/connect", follow_redirects=False)
    back = await provider.authorize(start.headers["location"], "alice")
    await client.get(back.replace("http://testserver.local", ""))
    owner = await give_everything(google_settings, "alice@example.com")
    bearer = {"Authorization": f"Bearer {owner.api_token}"}
    assert (await client.get("/api/me", headers=bearer)).status_code == 200, "the token is now remembered"
    upload = google_settings.uploads_dir / str(owner.user_id) / "x.csv"
    upload.parent.mkdir(parents=True, exist_ok=True)
    upload.write_text("date,amount\n")
    async with standalone_session(google_settings) as session:
        credential = await session.scalar(select(OAuthCredential))
    assert credential is not None
    refused = await client.post(
        "/settings/delete-account", data={"_csrf_token": csrf}, follow_redirects=False
    )
    assert refused.headers["location"] == "/settings?error=confirm"
    done = await client.post(
        "/settings/delete-account", data={"_csrf_token": csrf, "confirm": "yes"}, follow_redirects=False
    )
    assert done.headers["location"] == "/signin?error=deleted"
    assert credential.refresh_token in provider.revoked
    assert set((await rows_of(google_settings, owner)).values()) == {0}
    assert await user_by_email(google_settings, "alice@example.com") is None
    assert not upload.parent.exists()
    assert not list(google_settings.outbox_dir.glob(f"{owner.user_id.hex}*")), (
        "emails written for them go too"
    )
    assert (await client.get("/", follow_redirects=False)).status_code in (302, 303)
    assert (await client.get("/api/me", headers=bearer)).status_code == 401
    signin = await client.get("/signin?error=deleted")
    assert "Your account and all its data were deleted." in signin.text


async def test_delete_me_through_the_api(
    client: AsyncTestClient[Litestar], google_settings: Settings
) -> None:
    owner = await give_everything(google_settings, "carol@example.com")
    bearer = {"Authorization": f"Bearer {owner.api_token}"}
    assert (await client.delete("/api/me", headers=bearer)).status_code == 204
    assert set((await rows_of(google_settings, owner)).values()) == {0}
    assert (await client.delete("/api/me", headers=bearer)).status_code == 401


async def test_rotating_keys_re_encrypts_every_secret_with_the_newest_key(google_settings: Settings) -> None:
    assert {(m.__name__, a) for m, a in encrypted_columns()} >= {
        ("OAuthCredential", "access_token"), ("OAuthCredential", "refresh_token"),
        ("MailSource", "secret"), ("BankAccount", "access_token"),
        ("NotificationChannel", "target"), ("NotificationChannel", "secret"),
    }  # fmt: skip
    await give_everything(google_settings, "dave@example.com")
    old = google_settings.encryption_keys[0]
    new = Fernet.generate_key().decode()
    rotated = dataclasses.replace(google_settings, encryption_keys=(new, old))
    async with standalone_session(rotated) as session:
        assert await rotate_secrets(session) == 4
    only_new = dataclasses.replace(google_settings, encryption_keys=(new,))
    async with standalone_session(only_new) as session:
        source = await session.scalar(select(MailSource))
        account = await session.scalar(select(BankAccount))
        raw = await session.scalar(text("select secret from mail_source"))
        hook = await session.scalar(select(NotificationChannel).where(NotificationChannel.kind == "webhook"))
        raw_hook = await session.scalar(
            text("select target || secret from notification_channel where kind = 'webhook'")
        )
    assert hook is not None
    assert hook.secret is not None
    assert hook.secret.startswith("whsec_")
    assert raw_hook is not None
    assert "hooks.example" not in raw_hook
    assert "whsec_" not in raw_hook
    assert source is not None
    assert source.secret == "imap-password"
    assert account is not None
    assert account.access_token == "bank-secret"
    assert raw is not None
    assert "imap-password" not in raw
    configure_encryption(google_settings.encryption_keys)
