"""The outermost layer of every route: request id, latency metric and security headers at once.

They were three middlewares, each with its own coroutine and ``send`` wrapper per request;
one layer with one wrapper costs a status poll a third of that. A WebSocket gets its
request id and is handed on without a frame of this layer: an idle socket keeps the whole
middleware chain's frames alive for as long as it is open.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable

from litestar.enums import ScopeType
from litestar.types import ASGIApp, HTTPScope, Message, Receive, Scope, Send

from app.lib.security import NO_STORE, SecurityPolicy, refuse_cross_site
from app.operations.metrics import HttpMetrics
from app.operations.requests import REQUEST_ID_NAME, bind_request_id


class EdgeMiddleware:
    def __init__(self, app: ASGIApp, metrics: HttpMetrics, security: SecurityPolicy) -> None:
        self.app = app
        self.metrics = metrics
        self.security = security

    def __call__(self, scope: Scope, receive: Receive, send: Send) -> Awaitable[None]:
        if scope["type"] == ScopeType.HTTP:
            return self._http(scope, receive, send)
        if scope["type"] == ScopeType.WEBSOCKET:
            bind_request_id(scope)
        return self.app(scope, receive, send)

    async def _http(self, scope: HTTPScope, receive: Receive, send: Send) -> None:
        request_id = bind_request_id(scope)
        started, status = time.perf_counter(), 500
        extra, no_store = self.security.headers_for(scope["path"])
        own = [*extra, (REQUEST_ID_NAME, request_id.encode("latin-1"))]

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = message["headers"] = list(message.get("headers") or ())
                if no_store and all(name.lower() != b"cache-control" for name, _ in headers):
                    headers.append(NO_STORE)
                headers.extend(own)
            await send(message)

        try:
            if self.security.refuses(scope):
                await refuse_cross_site(send_with_headers)
            else:
                await self.app(scope, receive, send_with_headers)
        finally:
            route = str(scope.get("path_template") or "unmatched")
            self.metrics.observe(scope["method"], route, status, time.perf_counter() - started)
