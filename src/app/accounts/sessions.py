"""Server-side sessions in Redis that cannot be fixed by an attacker.

Litestar's stock backend stores data under whatever id the cookie names, even
one it never issued, and keeps the id across sign-in: an attacker who plants a
cookie in a victim's browser then shares the victim's signed-in session. This
backend only ever uses ids it issued itself (an unknown id gets a fresh one),
rotates the id when someone signs in, and writes nothing for visitors whose
session is empty (no Redis key per anonymous request).

``/api`` and a WebSocket that brings a bearer token skip the session altogether: the
token is who they are, and a socket writes no session. An idle socket holds whatever its
middleware built for as long as it stays open.
"""

from __future__ import annotations

from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Any

from litestar.connection import ASGIConnection
from litestar.datastructures import Cookie, MutableScopeHeaders
from litestar.enums import ScopeType
from litestar.middleware.base import DefineMiddleware
from litestar.middleware.session import SessionMiddleware
from litestar.middleware.session.server_side import ServerSideSessionBackend, ServerSideSessionConfig
from litestar.types import ASGIApp, Empty, Message, Receive, Scope, ScopeSession, Send
from litestar.utils.dataclass import extract_dataclass_items

from app.accounts.auth import bearer_token
from app.lib.security import is_api_path

_KNOWN_ID = "subscout.session.known_id"
"""Scope key: the id whose data was loaded from the store (absent for new or unknown ids)."""
_FRESH_ID = "subscout.session.fresh_id"
"""Scope key: the id issued during this request, so every call agrees on it."""
_ROTATE = "subscout.session.rotate"
"""Scope key: drop the loaded id and move the session to a fresh one (set at sign-in)."""


def _scope(connection: ASGIConnection[Any, Any, Any, Any]) -> dict[str, Any]:
    return connection.scope  # type: ignore[return-value]


def rotate_session(connection: ASGIConnection[Any, Any, Any, Any]) -> None:
    """Give this session a new id when the response goes out; the old id stops working."""
    _scope(connection)[_ROTATE] = True


class RotatingSessionBackend(ServerSideSessionBackend):
    async def load_from_connection(self, connection: ASGIConnection[Any, Any, Any, Any]) -> dict[str, Any]:
        session_id = connection.cookies.get(self.config.key)
        if not session_id or session_id == "null":
            return {}
        store = self.config.get_store_from_app(connection.scope["app"])
        data = await self.get(session_id, store=store)
        if data is None:
            return {}
        _scope(connection)[_KNOWN_ID] = session_id
        return self.deserialize_data(data)

    def get_session_id(self, connection: ASGIConnection[Any, Any, Any, Any]) -> str:
        scope = _scope(connection)
        known = scope.get(_KNOWN_ID)
        if known and not scope.get(_ROTATE):
            return str(known)
        fresh = scope.get(_FRESH_ID)
        if fresh is None:
            fresh = scope[_FRESH_ID] = self.generate_session_id()
        return str(fresh)

    async def store_in_message(
        self, scope_session: ScopeSession, message: Message, connection: ASGIConnection[Any, Any, Any, Any]
    ) -> None:
        scope = _scope(connection)
        store = self.config.get_store_from_app(scope["app"])
        known = scope.get(_KNOWN_ID)
        if known and (scope.get(_ROTATE) or scope_session is Empty or not scope_session):
            await self.delete(str(known), store=store)
        headers = MutableScopeHeaders.from_message(message)
        if scope_session is Empty or not scope_session:
            if connection.cookies.get(self.config.key):
                headers.add("Set-Cookie", self._cookie("null", expires=0))
            return
        session_id = self.get_session_id(connection)
        await self.set(session_id, self.serialize_data(scope_session, scope), store=store)  # type: ignore[arg-type]
        headers.add("Set-Cookie", self._cookie(session_id))

    def _cookie(self, value: str, **extra: Any) -> str:
        params = dict(extract_dataclass_items(self.config, exclude_none=True, include=Cookie.__dict__.keys()))
        return Cookie(value=value, key=self.config.key, **params, **extra).to_header(header="")


def session_where_read(app: ASGIApp, backend: RotatingSessionBackend) -> ASGIApp:
    """Litestar's session middleware, for the connections that read a session: not ``/api``
    (bearer tokens only), nor a WebSocket that brings a bearer token.

    The bypass is a plain function that hands over the next app's coroutine: a status poll skips
    the middleware's frame and its exclusion regex, and an idle socket keeps no frame, connection
    object, parsed cookies or unused session id of this layer (≈ 3 KB of every ``/ws/jobs`` socket).
    """
    with_session = SessionMiddleware(app, backend)

    def dispatch(scope: Scope, receive: Receive, send: Send) -> Awaitable[None]:
        if is_api_path(scope["path"]) or (
            scope["type"] == ScopeType.WEBSOCKET and bearer_token(scope) is not None
        ):
            return app(scope, receive, send)
        return with_session(scope, receive, send)

    return dispatch


@dataclass
class RotatingSessionConfig(ServerSideSessionConfig):
    _backend_class = RotatingSessionBackend

    @property
    def middleware(self) -> DefineMiddleware:
        return DefineMiddleware(session_where_read, backend=self._backend_class(config=self))
