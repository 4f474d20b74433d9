"""Who is asking: a session cookie for the browser, a bearer token for ``/api``.

``/api`` never reads the session cookie, so a third-party page cannot make a
signed-in browser call it (no CSRF exposure there); every other route reads the
session only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from advanced_alchemy.extensions.litestar import SQLAlchemyAsyncConfig
from litestar.connection import ASGIConnection
from litestar.enums import ScopeType
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers import BaseRouteHandler
from litestar.middleware import AbstractAuthenticationMiddleware, AuthenticationResult
from litestar.middleware.base import DefineMiddleware
from litestar.types import Scope

from app.accounts.models import User
from app.accounts.token_auth import TokenAuthenticator
from app.lib.security import is_api_path

SESSION_USER_KEY = "user_id"


def bearer_token(scope: Scope) -> str | None:
    # Read from the raw scope: building the connection's Headers object cost a tenth of a status poll.
    raw = next((value for name, value in scope["headers"] if name == b"authorization"), b"")
    scheme, _, value = raw.decode("latin-1").partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return None


@dataclass(frozen=True, slots=True)
class SocketUser:
    """Who a WebSocket belongs to, as its scope holds it for as long as it stays open.

    The id alone: an ORM ``User`` with its SQLAlchemy state is about 1.7 KB of every idle socket.
    """

    id: UUID


class AuthMiddleware(AbstractAuthenticationMiddleware):
    """Puts who is asking on ``connection.user``: the signed-in ``User`` (or None) for HTTP, a
    ``SocketUser`` (or None) for a WebSocket; guards and handlers decide what that allows."""

    def __init__(
        self, app: Any, db: SQLAlchemyAsyncConfig, tokens: TokenAuthenticator, **kwargs: Any
    ) -> None:
        super().__init__(app, **kwargs)
        self.db = db
        self.tokens = tokens

    async def authenticate_request(
        self, connection: ASGIConnection[Any, Any, Any, Any]
    ) -> AuthenticationResult:
        if connection.scope["type"] == ScopeType.WEBSOCKET:
            return AuthenticationResult(user=await self._socket_user(connection), auth=None)
        return AuthenticationResult(user=await self._resolve_user(connection), auth=None)

    async def _resolve_user(self, connection: ASGIConnection[Any, Any, Any, Any]) -> User | None:
        token = bearer_token(connection.scope)
        if token is not None:
            return await self.tokens.user_for(token)
        if is_api_path(connection.url.path):
            return None
        return await self._session_user(connection)

    async def _socket_user(self, connection: ASGIConnection[Any, Any, Any, Any]) -> SocketUser | None:
        token = bearer_token(connection.scope)
        if token is not None:
            owner = await self.tokens.owner_of(token)
        else:
            user = await self._session_user(connection)
            owner = None if user is None else user.id
        return None if owner is None else SocketUser(owner)

    async def _session_user(self, connection: ASGIConnection[Any, Any, Any, Any]) -> User | None:
        stored = connection.scope.get("session")
        user_id = stored.get(SESSION_USER_KEY) if isinstance(stored, dict) else None
        if not user_id:
            return None
        try:
            key = UUID(str(user_id))
        except ValueError:
            return None
        async with self.db.get_session() as session:  # a read: nothing to commit
            return await session.get(User, key)


def auth_middleware(db: SQLAlchemyAsyncConfig, tokens: TokenAuthenticator) -> DefineMiddleware:
    return DefineMiddleware(
        AuthMiddleware,
        db=db,
        tokens=tokens,
        exclude=["^/static/", "^/saq/static/", "^/schema", "^/health$", "^/ready$"],
    )


def current_user(connection: ASGIConnection[Any, Any, Any, Any]) -> User | None:
    user = connection.scope.get("user")
    return user if isinstance(user, User) else None


def socket_user(connection: ASGIConnection[Any, Any, Any, Any]) -> SocketUser | None:
    user = connection.scope.get("user")
    return user if isinstance(user, SocketUser) else None


# Guards are coroutines: Litestar runs a plain function guard in a worker thread, a thread hop
# that cost about a fifth of a status poll's CPU.
async def requires_user(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    if current_user(connection) is None:
        raise NotAuthorizedException("sign in first")


async def requires_operator(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    user = current_user(connection)
    if user is None:
        raise NotAuthorizedException("sign in first")
    if not user.is_operator:
        raise PermissionDeniedException("operators only")
