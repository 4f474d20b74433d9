"""Drive a WebSocket route through the app's ASGI interface, in the test's own event loop.

Litestar's test WebSocket session runs the app on another thread's loop, where
the app's Redis connections (made on this loop) cannot be used.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

from litestar import Litestar

HOST = "testserver.local"


@dataclass
class SocketResult:
    accepted: bool
    close_code: int | None
    messages: list[Any] = field(default_factory=list)


async def open_socket(
    app: Litestar,
    path: str,
    *,
    cookie: str | None = None,
    bearer: str | None = None,
    origin: str | None = f"http://{HOST}",
    send_text: str | None = None,
    wait: float = 1.0,
) -> SocketResult:
    """Connect, optionally send one text frame, collect what arrives for ``wait`` seconds, disconnect."""
    path, _, query = path.partition("?")
    headers = [(b"host", HOST.encode())]
    if cookie:
        headers.append((b"cookie", cookie.encode()))
    if bearer:
        headers.append((b"authorization", f"Bearer {bearer}".encode()))
    if origin:
        headers.append((b"origin", origin.encode()))
    scope: dict[str, Any] = {
        "type": "websocket", "asgi": {"version": "3.0"}, "scheme": "ws",
        "path": path, "raw_path": path.encode(), "root_path": "", "query_string": query.encode(),
        "headers": headers, "subprotocols": [],
        "client": ("127.0.0.1", 50000), "server": (HOST, 80),
    }  # fmt: skip
    inbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    outbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    await inbox.put({"type": "websocket.connect"})
    task = asyncio.create_task(app(scope, inbox.get, outbox.put))  # type: ignore[arg-type]
    result = SocketResult(accepted=False, close_code=None)
    first = await asyncio.wait_for(outbox.get(), timeout=10)
    if first["type"] != "websocket.accept":
        result.close_code = first.get("code")
        await inbox.put({"type": "websocket.disconnect", "code": 1000})
        await asyncio.wait_for(task, timeout=10)
        return result
    result.accepted = True
    if send_text is not None:
        await inbox.put({"type": "websocket.receive", "text": send_text})
    await _collect(outbox, result, wait)
    await inbox.put({"type": "websocket.disconnect", "code": 1000})
    await asyncio.wait_for(task, timeout=10)
    return result


async def _collect(outbox: asyncio.Queue[dict[str, Any]], result: SocketResult, wait: float) -> None:
    deadline = asyncio.get_running_loop().time() + wait
    while (left := deadline - asyncio.get_running_loop().time()) > 0:
        try:
            message = await asyncio.wait_for(outbox.get(), timeout=left)
        except TimeoutError:
            return
        if message["type"] == "websocket.close":
            result.close_code = message.get("code")
            return
        text = message.get("text") or (message.get("bytes") or b"").decode()
        try:
            result.messages.append(json.loads(text))
        except ValueError:
            result.messages.append(text)
