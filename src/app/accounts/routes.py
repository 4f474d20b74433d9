"""Signing in (Google, or the demo account in demo mode) and out; the Google callback."""

from __future__ import annotations

import time
from typing import Any

from advanced_alchemy.extensions.litestar.providers import create_service_provider
from litestar import Controller, Request, get, post
from litestar.di import NamedDependency, Provide
from litestar.params import FromQuery
from litestar.response import Redirect, Template
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.auth import SESSION_USER_KEY, current_user
from app.accounts.google import AccountLinkError, connect_gmail, user_for_identity
from app.accounts.oidc import SIGN_IN_SCOPES, OidcClient, OidcError, PendingAuthorization
from app.accounts.services import UserService
from app.accounts.sessions import rotate_session
from app.config import Settings

FLOW_KEY = "oidc_flow"
FLOW_TTL = 600
"""Seconds a person has at the provider before the pending sign-in is forgotten."""
SIGNIN = "signin"
CONNECT_GMAIL = "connect-gmail"

SIGNIN_ERRORS = {
    "demo-off": "The demo account is not available on this server.",
    "expired": "The sign-in took too long or was started elsewhere. Please try again.",
    "cancelled": "Sign-in was cancelled at Google.",
    "failed": "Google sign-in did not succeed. Please try again.",
    "deleted": "Your account and all its data were deleted.",
}
"""Messages the sign-in page shows, by code: a query string never puts its own text on the page."""


def sign_in(request: Request[Any, Any, Any], user_id: str) -> None:
    """Start a fresh session for the user under a new id (no session fixation)."""
    rotate_session(request)
    request.set_session({SESSION_USER_KEY: user_id})


def callback_url(request: Request[Any, Any, Any], settings: Settings) -> str:
    base = settings.public_url or str(request.base_url)
    return base.rstrip("/") + "/auth/google/callback"


def safe_next(target: str | None) -> str:
    """Only a local path: ``next`` must not send people to another site after sign-in."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"


async def start_google_flow(
    request: Request[Any, Any, Any], settings: Settings, purpose: str, scope: str, **extra: Any
) -> str:
    """Remember the flow's secrets in the (server-side) session; returns the provider's URL."""
    url, pending = await OidcClient(settings).authorization_url(
        callback_url(request, settings), scope, **extra
    )
    request.session[FLOW_KEY] = {**pending.as_dict(), "purpose": purpose, "started": time.time()}
    return url


def signin_error(request: Request[Any, Any, Any], code: str | None) -> str | None:
    if not code:
        return None
    if code == "link":
        return str(request.session.pop("flash", "")) or SIGNIN_ERRORS["failed"]
    return SIGNIN_ERRORS.get(code, SIGNIN_ERRORS["failed"])


class SignInController(Controller):
    include_in_schema = False
    dependencies = {"users": Provide(create_service_provider(UserService))}

    @get("/signin", name="signin")
    async def signin_page(
        self,
        request: Request[Any, Any, Any],
        settings: NamedDependency[Settings],
        error: FromQuery[str | None] = None,
    ) -> Template:
        context = {
            "demo_mode": settings.demo_mode,
            "error": signin_error(request, error),
            "user": None,
            "next": safe_next(request.query_params.get("next")),
        }
        return Template("accounts/signin.html", context=context)

    @post("/signin/demo")
    async def demo_signin(
        self,
        request: Request[Any, Any, Any],
        settings: NamedDependency[Settings],
        users: NamedDependency[UserService],
    ) -> Redirect:
        """Each visitor gets a demo account of their own; a visitor already in one goes back to it."""
        if not settings.demo_mode:
            return Redirect("/signin?error=demo-off")
        visiting = current_user(request)
        user = visiting if visiting is not None and visiting.is_demo else await users.start_demo_visit()
        sign_in(request, str(user.id))
        return Redirect("/")

    @get("/auth/google")
    async def google_signin(
        self,
        request: Request[Any, Any, Any],
        settings: NamedDependency[Settings],
        next: FromQuery[str | None] = None,
    ) -> Template | Redirect:
        if not settings.google_configured:
            return Template("accounts/google_not_configured.html", context={"user": None})
        try:
            url = await start_google_flow(request, settings, SIGNIN, SIGN_IN_SCOPES)
        except OidcError:
            return Redirect("/signin?error=failed")
        request.session[FLOW_KEY]["next"] = safe_next(next)
        return Redirect(url)

    @get("/auth/google/callback")
    async def google_callback(
        self,
        request: Request[Any, Any, Any],
        settings: NamedDependency[Settings],
        db_session: NamedDependency[AsyncSession],
    ) -> Redirect:
        # ``state`` is a reserved parameter name in Litestar, so the query is read by hand.
        query = request.query_params
        code, state, error = query.get("code"), query.get("state"), query.get("error")
        flow = request.session.pop(FLOW_KEY, None)
        if not isinstance(flow, dict) or time.time() - float(flow.get("started", 0)) > FLOW_TTL:
            return Redirect("/signin?error=expired")
        back = "/settings" if flow.get("purpose") == CONNECT_GMAIL else "/signin"
        if error or not code or not state:
            return Redirect(f"{back}?error=cancelled")
        client = OidcClient(settings)
        try:
            identity, tokens = await client.finish(PendingAuthorization.from_dict(flow), state, code)
            if flow.get("purpose") != CONNECT_GMAIL:
                user = await user_for_identity(db_session, identity)
                sign_in(request, str(user.id))
                return Redirect(safe_next(flow.get("next")))
            owner = current_user(request)
            if owner is None or str(owner.id) != flow.get("user_id"):
                return Redirect("/signin?error=expired")
            await connect_gmail(db_session, owner, identity, tokens, (await client.metadata()).issuer)
        except AccountLinkError as exc:
            request.session["flash"] = str(exc)
            return Redirect(f"{back}?error=link")
        except OidcError:
            return Redirect(f"{back}?error=failed")
        return Redirect("/settings?notice=gmail-connected")

    @post("/signout")
    async def signout(self, request: Request[Any, Any, Any]) -> Redirect:
        request.clear_session()
        return Redirect("/signin")
