"""Signing in and out."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get, post
from litestar.response import Redirect, Template
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.auth import SESSION_USER_KEY
from app.accounts.services import UserService
from app.config import Settings


async def sign_in(request: Request[Any, Any, Any], user_id: str) -> None:
    """Start a fresh session for the user."""
    request.clear_session()
    request.set_session({SESSION_USER_KEY: user_id})


class SignInController(Controller):
    @get("/signin", name="signin")
    async def signin_page(self, settings: Settings, error: str | None = None) -> Template:
        return Template(
            "accounts/signin.html", context={"demo_mode": settings.demo_mode, "error": error, "user": None}
        )

    @post("/signin/demo")
    async def demo_signin(
        self, request: Request[Any, Any, Any], settings: Settings, db_session: AsyncSession
    ) -> Redirect:
        if not settings.demo_mode:
            return Redirect("/signin?error=The+demo+account+is+not+available+on+this+server")
        user = await UserService(session=db_session).ensure_demo_user()
        await sign_in(request, str(user.id))
        return Redirect("/")

    @get("/auth/google")
    async def google_signin(self, settings: Settings) -> Template:
        return Template("accounts/google_not_configured.html", context={"user": None})

    @post("/signout")
    async def signout(self, request: Request[Any, Any, Any]) -> Redirect:
        request.clear_session()
        return Redirect("/signin")
