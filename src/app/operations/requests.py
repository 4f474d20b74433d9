"""A request id for every HTTP request and WebSocket: taken from ``X-Request-ID`` or made up,
bound for the logs, kept in the scope for error handlers, and sent back in the response."""

from __future__ import annotations

from typing import Any

import structlog
from litestar.enums import ScopeType
from litestar.types import ASGIApp, Message, Receive, Scope, Send

from app.operations.logs import REQUEST_ID_HEADER, request_id_from

_SCOPE_KEY = "subscout_request_id"
_HEADER = REQUEST_ID_HEADER.encode()
"""ASGI header names are lower-case bytes."""


def request_id_of(scope: Scope | dict[str, Any]) -> str:
    return str(scope.get(_SCOPE_KEY, ""))


class RequestIdMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in (ScopeType.HTTP, ScopeType.WEBSOCKET):
            await self.app(scope, receive, send)
            return
        given = next((value for name, value in scope["headers"] if name == _HEADER), b"")
        request_id = request_id_from(given.decode("latin-1"))
        scope[_SCOPE_KEY] = request_id  # type: ignore[literal-required]
        # Each request runs in its own task, so the binding ends with it; it is not reset on the
        # way out because the exception handlers, which run outside this middleware, log with it.
        structlog.contextvars.bind_contextvars(request_id=request_id)
        if scope["type"] == ScopeType.WEBSOCKET:
            # No response head to add it to; every message of a long-lived socket would pay the wrapper.
            await self.app(scope, receive, send)
            return
        encoded_id = request_id.encode("latin-1")

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), (_HEADER, encoded_id)]
            await send(message)

        await self.app(scope, receive, send_with_id)
