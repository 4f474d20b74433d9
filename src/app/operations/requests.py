"""A request id for every HTTP request and WebSocket: taken from ``X-Request-ID`` or made up,
bound for the logs, kept in the scope for error handlers, and sent back in the response
(``app.operations.edge`` adds the header)."""

from __future__ import annotations

from typing import Any

import structlog
from litestar.types import Scope

from app.operations.logs import REQUEST_ID_HEADER, request_id_from

_SCOPE_KEY = "subscout_request_id"
REQUEST_ID_NAME = REQUEST_ID_HEADER.encode()
"""ASGI header names are lower-case bytes."""


def request_id_of(scope: Scope | dict[str, Any]) -> str:
    return str(scope.get(_SCOPE_KEY, ""))


def bind_request_id(scope: Scope) -> str:
    """The connection's request id, kept in its scope and bound for the logs."""
    given = next((value for name, value in scope["headers"] if name == REQUEST_ID_NAME), b"")
    request_id = request_id_from(given.decode("latin-1"))
    scope[_SCOPE_KEY] = request_id  # type: ignore[literal-required]
    # Each request runs in its own task, so the binding ends with it; it is not reset on the
    # way out because the exception handlers, which run outside the middleware, log with it.
    structlog.contextvars.bind_contextvars(request_id=request_id)
    return request_id
