"""The Settings page (API tokens, connected sources, delete account) and ``/api/me``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from advanced_alchemy.extensions.litestar.providers import create_service_provider
from litestar import Controller, Request, Response, delete, get, post
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, FromQuery, URLEncodedBody
from litestar.response import Redirect, Template
from litestar.status_codes import HTTP_204_NO_CONTENT
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.auth import requires_user
from app.accounts.models import User
from app.accounts.oidc import GMAIL_SCOPES, OidcError
from app.accounts.routes import CONNECT_GMAIL, FLOW_KEY, start_google_flow
from app.accounts.services import (
    ApiTokenService,
    DemoAccountError,
    refuse_demo_deletion,
    refuse_sample_source_removal,
)
from app.accounts.token_auth import TokenAuthenticator
from app.config import Settings
from app.detection import mailboxes
from app.detection.plaid_accounts import end_connections
from app.erasure.deletion import delete_account
from app.lib.openapi import REFUSES
from app.settings.schemas import Me
from app.settings.views import settings_context
from app.sources.services import BankAccountService, MailSourceService

NOTICES = {
    "gmail-connected": "Gmail is connected. Scan inbox now reads it.",
    "source-removed": "The source was disconnected and its stored access deleted.",
    "source-added": "The mailbox was added. Scan inbox now reads it.",
    "token-revoked": "The token was revoked; it no longer works.",
    "currency-saved": "Saved: totals are now shown in your home currency.",
}
ERRORS = {
    "cancelled": "Connecting Gmail was cancelled.",
    "failed": "Connecting Gmail did not succeed. Please try again.",
    "google-off": "Gmail needs Google sign-in, which this server has not configured.",
    "confirm": "Tick the box to confirm that you want your account deleted.",
    "currency": "That currency has no reference rate; choose one from the list.",
    "imap": "Check the IMAP details: the host, user name and app password are required, "
    "and an unencrypted connection is allowed only to a server on this machine.",
}
FLASHED_ERRORS = frozenset({"link", "imap-check", "demo"})
"""Errors whose words were put in the session by the route that failed (they name the user's input)."""
TOKEN_NAME_MAX = 100


@dataclass
class TokenForm:
    name: str = ""


@dataclass
class DeleteForm:
    confirm: str = ""


def refused(request: Request[Any, Any, Any], exc: DemoAccountError) -> Redirect:
    """Back to Settings, which says why (in the session: the words are the refusal's own)."""
    request.session["flash"] = str(exc)
    return Redirect("/settings?error=demo")


def _is_htmx(request: Request[Any, Any, Any]) -> bool:
    return request.headers.get("hx-request") == "true"


class SettingsController(Controller):
    path = "/settings"
    guards = [requires_user]
    include_in_schema = False
    dependencies = {
        "api_tokens": Provide(create_service_provider(ApiTokenService)),
        "mail_sources": Provide(create_service_provider(MailSourceService)),
        "bank_accounts": Provide(create_service_provider(BankAccountService)),
    }

    @get("/", name="settings")
    async def page(
        self,
        request: Request[User, Any, Any],
        settings: NamedDependency[Settings],
        db_session: NamedDependency[AsyncSession],
        notice: FromQuery[str | None] = None,
        error: FromQuery[str | None] = None,
    ) -> Template:
        flashed = error in FLASHED_ERRORS
        message = str(request.session.pop("flash", "")) if flashed else ERRORS.get(error or "")
        context = await settings_context(
            db_session, settings, request.user, notice=NOTICES.get(notice or ""), error=message
        )
        return Template("accounts/settings.html", context=context)

    @post("/tokens", status_code=200)
    async def create_token(
        self,
        request: Request[User, Any, Any],
        settings: NamedDependency[Settings],
        db_session: NamedDependency[AsyncSession],
        api_tokens: NamedDependency[ApiTokenService],
        data: URLEncodedBody[TokenForm],
    ) -> Template:
        """Issue a named token and show it this once; only its hash is kept."""
        name = data.name.strip()[:TOKEN_NAME_MAX]
        extra: dict[str, Any] = {"token_error": "Give the token a name."} if not name else {}
        if name:
            _, extra["new_token"] = await api_tokens.issue(request.user.id, name)
        return await self._tokens_response(request, settings, db_session, extra)

    @post("/tokens/{token_id:uuid}/revoke", status_code=200)
    async def revoke_token(
        self,
        request: Request[User, Any, Any],
        settings: NamedDependency[Settings],
        db_session: NamedDependency[AsyncSession],
        api_tokens: NamedDependency[ApiTokenService],
        tokens: NamedDependency[TokenAuthenticator],
        token_id: FromPath[UUID],
    ) -> Template | Redirect:
        await api_tokens.revoke(request.user.id, token_id)
        await db_session.commit()
        tokens.forget_user(request.user.id)
        if not _is_htmx(request):
            return Redirect("/settings?notice=token-revoked")
        return await self._tokens_response(request, settings, db_session, {})

    async def _tokens_response(
        self,
        request: Request[User, Any, Any],
        settings: Settings,
        db_session: AsyncSession,
        extra: dict[str, Any],
    ) -> Template:
        context = await settings_context(db_session, settings, request.user, **extra)
        name = "accounts/_api_tokens.html" if _is_htmx(request) else "accounts/settings.html"
        return Template(name, context=context)

    @get("/gmail/connect")
    async def connect_gmail(
        self, request: Request[User, Any, Any], settings: NamedDependency[Settings]
    ) -> Redirect:
        """Incremental consent: only now ask Google for Gmail read-only access and a refresh token."""
        if not settings.google_configured:
            return Redirect("/settings?error=google-off")
        extra = {"access_type": "offline", "prompt": "consent", "include_granted_scopes": "true"}
        try:
            url = await start_google_flow(request, settings, CONNECT_GMAIL, GMAIL_SCOPES, **extra)
        except OidcError:
            return Redirect("/settings?error=failed")
        request.session[FLOW_KEY]["user_id"] = str(request.user.id)
        return Redirect(url)

    @post("/sources/mail/{source_id:uuid}/disconnect")
    async def disconnect_mail(
        self,
        request: Request[User, Any, Any],
        settings: NamedDependency[Settings],
        mail_sources: NamedDependency[MailSourceService],
        source_id: FromPath[UUID],
    ) -> Redirect:
        try:
            await mailboxes.remove_mailbox(mail_sources, settings, request.user, source_id)
        except DemoAccountError as exc:
            return refused(request, exc)
        return Redirect("/settings?notice=source-removed")

    @post("/sources/bank/{account_id:uuid}/remove")
    async def remove_bank(
        self,
        request: Request[User, Any, Any],
        settings: NamedDependency[Settings],
        db_session: NamedDependency[AsyncSession],
        bank_accounts: NamedDependency[BankAccountService],
        account_id: FromPath[UUID],
    ) -> Redirect:
        """Ends a Plaid connection at Plaid (best effort), then deletes the account and its transactions."""
        account = await bank_accounts.get_for_user(request.user.id, account_id)
        try:
            refuse_sample_source_removal(request.user, account.kind)
        except DemoAccountError as exc:
            return refused(request, exc)
        await end_connections(db_session, settings, request.user.id, [account])
        await bank_accounts.remove(account)
        return Redirect("/settings?notice=source-removed")

    @post("/delete-account")
    async def delete_account(
        self,
        request: Request[User, Any, Any],
        settings: NamedDependency[Settings],
        db_session: NamedDependency[AsyncSession],
        tokens: NamedDependency[TokenAuthenticator],
        data: URLEncodedBody[DeleteForm],
    ) -> Redirect:
        if data.confirm != "yes":
            return Redirect("/settings?error=confirm")
        try:
            refuse_demo_deletion(request.user)
        except DemoAccountError as exc:
            return refused(request, exc)
        await delete_account(db_session, settings, request.user.id)
        await db_session.commit()
        tokens.forget_user(request.user.id)
        request.clear_session()
        return Redirect("/signin?error=deleted")


class MeApiController(Controller):
    path = "/api/me"
    guards = [requires_user]
    tags = ["account"]

    @get("/")
    async def me(self, request: Request[User, Any, Any]) -> Me:
        """Who the bearer token belongs to."""
        user = request.user
        return Me(id=user.id, email=user.email, name=user.name, is_operator=user.is_operator)

    @delete("/", status_code=HTTP_204_NO_CONTENT, opt={REFUSES: ("409",)})
    async def delete_me(
        self,
        request: Request[User, Any, Any],
        settings: NamedDependency[Settings],
        db_session: NamedDependency[AsyncSession],
        tokens: NamedDependency[TokenAuthenticator],
    ) -> Response[None]:
        """Delete the caller's account: all their data, their Google grant and every API token.
        A demo account is refused (409): it is deleted by itself a day after it was started."""
        refuse_demo_deletion(request.user)
        await delete_account(db_session, settings, request.user.id)
        await db_session.commit()
        tokens.forget_user(request.user.id)
        return Response(None, status_code=HTTP_204_NO_CONTENT)
