"""What a failed request answers, and the one log record it leaves.

An error nobody handled answers 500 and is logged once, with its traceback and
the request id (which the response carries too, so a report can be matched to
the log). Redis being away is an outage, not a bug: 503 with ``Retry-After``.
"""

from __future__ import annotations

import logging
from typing import Any

from litestar import Request, Response
from litestar.exceptions import ClientException, HTTPException, NotFoundException
from litestar.response import Template
from litestar.status_codes import (
    HTTP_409_CONFLICT,
    HTTP_500_INTERNAL_SERVER_ERROR,
    HTTP_502_BAD_GATEWAY,
    HTTP_503_SERVICE_UNAVAILABLE,
)
from litestar.types import ExceptionHandlersMap
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from app.lib.errors import ConflictError, InvalidInputError, NotFoundError, UpstreamError
from app.operations.requests import request_id_of

log = logging.getLogger("subscout.errors")
RETRY_AFTER_SECONDS = 5


def _where(request: Request[Any, Any, Any]) -> dict[str, Any]:
    return {"request_id": request_id_of(request.scope), "method": request.method, "path": request.url.path}


MACHINE_PATHS = ("/api/", "/ws/", "/schema", "/metrics", "/health", "/ready", "/calendar/feed/", "/saq/api")
"""Routes read by programs: their errors stay JSON whatever the client accepts."""
PAGE_TITLES = {
    403: ("Not allowed", "This page is not open to your account."),
    404: ("Page not found", "There is nothing at this address. It may have moved, or the link was mistyped."),
    500: (
        "Something went wrong",
        "The server could not answer this page. Try again in a moment.",
    ),
}


def wants_page(request: Request[Any, Any, Any]) -> bool:
    """A browser asking for a page (not the API, not an htmx fragment): answered in the app's layout."""
    path = request.url.path
    if path.startswith(MACHINE_PATHS) or request.headers.get("hx-request") == "true":
        return False
    return "text/html" in request.headers.get("accept", "")


def error_page(request: Request[Any, Any, Any], status_code: int, request_id: str | None = None) -> Template:
    title, message = PAGE_TITLES.get(status_code, PAGE_TITLES[500 if status_code >= 500 else 404])
    context = {
        "status_code": status_code,
        "title": title,
        "message": message,
        "request_id": request_id,
        "user": request.scope.get("user"),
    }
    return Template("errors/error.html", context=context, status_code=status_code)


def http_error(request: Request[Any, Any, Any], exc: HTTPException) -> Response[Any] | Template:
    body: dict[str, Any] = {"status_code": exc.status_code, "detail": exc.detail}
    if exc.extra:
        body["extra"] = exc.extra
    if exc.status_code >= HTTP_500_INTERNAL_SERVER_ERROR:
        log.error("server error: %s", exc.detail, exc_info=exc, extra=_where(request))
        body["requestId"] = request_id_of(request.scope)
    if exc.status_code in PAGE_TITLES and wants_page(request):
        return error_page(request, exc.status_code, body.get("requestId"))
    return Response(body, status_code=exc.status_code, headers=exc.headers)


def not_found(request: Request[Any, Any, Any], exc: NotFoundError) -> Response[Any] | Template:
    """A domain's "no such thing" is the API's and the pages' 404, in one place."""
    return http_error(request, NotFoundException(str(exc)))


def invalid_input(request: Request[Any, Any, Any], exc: InvalidInputError) -> Response[Any] | Template:
    return http_error(request, ClientException(str(exc), extra=exc.extra()))


def conflict(request: Request[Any, Any, Any], exc: ConflictError) -> Response[Any] | Template:
    return http_error(request, HTTPException(str(exc), status_code=HTTP_409_CONFLICT))


def upstream_failed(request: Request[Any, Any, Any], exc: UpstreamError) -> Response[Any] | Template:
    return http_error(request, HTTPException(str(exc), status_code=HTTP_502_BAD_GATEWAY))


def unhandled_error(request: Request[Any, Any, Any], exc: Exception) -> Response[Any] | Template:
    log.error("unhandled error", exc_info=exc, extra=_where(request))
    request_id = request_id_of(request.scope)
    if wants_page(request):
        return error_page(request, HTTP_500_INTERNAL_SERVER_ERROR, request_id)
    body = {"status_code": 500, "detail": "Internal Server Error", "requestId": request_id}
    return Response(body, status_code=HTTP_500_INTERNAL_SERVER_ERROR)


def redis_unavailable(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    log.warning("redis unavailable: %s", exc, extra=_where(request))
    body = {
        "status_code": HTTP_503_SERVICE_UNAVAILABLE,
        "detail": "the job service is unavailable for a moment; try again shortly",
    }
    return Response(
        body, status_code=HTTP_503_SERVICE_UNAVAILABLE, headers={"Retry-After": str(RETRY_AFTER_SECONDS)}
    )


def error_handlers() -> ExceptionHandlersMap:
    return {
        HTTPException: http_error,
        NotFoundError: not_found,
        InvalidInputError: invalid_input,
        ConflictError: conflict,
        UpstreamError: upstream_failed,
        RedisConnectionError: redis_unavailable,
        RedisTimeoutError: redis_unavailable,
        Exception: unhandled_error,
    }
