"""Live job events over WebSockets.

Two sockets share one feed, the person's Redis channel that workers publish to:
``/ws/jobs/{userId}`` speaks the BullMQ design's JSON protocol to API clients;
``/ws/ui`` sends the dashboard HTML fragments that htmx swaps out-of-band.
"""

from __future__ import annotations

import asyncio
import functools
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress
from typing import Any
from urllib.parse import urlsplit

from litestar import WebSocket, websocket
from litestar.channels import ChannelsPlugin
from litestar.di import NamedDependency
from litestar.exceptions import WebSocketDisconnect
from litestar.params import FromPath, FromQuery
from litestar.status_codes import WS_1008_POLICY_VIOLATION

from app.accounts.auth import SocketUser, bearer_token, socket_user
from app.config import Settings
from app.jobs.view import decode_event, encode_event, for_client
from app.lib.redis import user_events_channel
from app.lib.security import CSRF_COOKIE
from app.scans.fragments import FragmentRenderer


def origin_allowed(socket: WebSocket[Any, Any, Any], settings: Settings) -> bool:
    """Browsers always send Origin on a WebSocket: it must be this site. Other clients send none."""
    # The raw scope, not socket.headers: that Headers object would stay for the socket's life.
    headers = dict(socket.scope["headers"])
    origin = headers.get(b"origin")
    if origin is None:
        return bearer_token(socket.scope) is not None
    allowed = {urlsplit(settings.public_url).netloc} if settings.public_url else set()
    allowed.add(headers.get(b"host", b"").decode("latin-1"))
    return urlsplit(origin.decode("latin-1")).netloc in allowed


async def _authorised_user(socket: WebSocket[Any, Any, Any], settings: Settings) -> SocketUser | None:
    user = socket_user(socket)
    if user is None or not origin_allowed(socket, settings):
        await socket.close(code=WS_1008_POLICY_VIOLATION, reason="not allowed")
        return None
    return user


@asynccontextmanager
async def user_events(
    channels: ChannelsPlugin, settings: Settings, user: SocketUser
) -> AsyncIterator[AsyncIterator[bytes]]:
    channel = user_events_channel(settings, str(user.id))
    subscriber = await channels.subscribe(channel)
    try:
        yield subscriber.iter_events()
    finally:
        await channels.unsubscribe(subscriber, channel)


async def _pump(
    socket: WebSocket[Any, Any, Any],
    events: AsyncIterator[bytes],
    send: Callable[[bytes], Awaitable[None]],
    on_message: Callable[[str], Awaitable[None]],
) -> None:
    """Relay events until the client goes away; answer what the client sends meanwhile.

    The relay is the socket's one extra task; the handler's own task reads the client.
    """

    async def relay() -> None:
        async for raw in events:
            await send(raw)

    relaying = asyncio.create_task(relay())
    try:
        with suppress(WebSocketDisconnect, RuntimeError):
            while not relaying.done():
                await on_message(await socket.receive_text())
    finally:
        relaying.cancel()
        with suppress(asyncio.CancelledError, WebSocketDisconnect, RuntimeError):
            await relaying


@functools.lru_cache(maxsize=1024)
def public_message(raw: bytes) -> str | None:
    """The JSON protocol's message for a published event, made once per event however many of
    the person's sockets (tabs) relay it; None for what is no job event."""
    event = decode_event(raw)
    if event is None:
        return None
    return encode_event(for_client(event)).decode()


@websocket("/ws/jobs/{user_id:str}")
async def jobs_socket(
    socket: WebSocket[Any, Any, Any],
    user_id: FromPath[str],
    channels: NamedDependency[ChannelsPlugin],
    settings: NamedDependency[Settings],
) -> None:
    """The original's JSON protocol: connected, job-progress, job-completed, job-failed, ping/pong."""
    user = await _authorised_user(socket, settings)
    if user is None:
        return
    if str(user.id) != user_id:
        await socket.close(code=WS_1008_POLICY_VIOLATION, reason="not your events")
        return
    await socket.accept()
    await socket.send_json({"type": "connected", "userId": user_id})

    async def send_event(raw: bytes) -> None:
        message = public_message(raw)
        if message is not None:
            await socket.send_text(message)

    async def on_message(text: str) -> None:
        with suppress(ValueError):
            if json.loads(text).get("type") == "ping":
                await socket.send_json({"type": "pong"})

    async with user_events(channels, settings, user) as events:
        await _pump(socket, events, send_event, on_message)


@websocket("/ws/ui")
async def ui_socket(
    socket: WebSocket[Any, Any, Any],
    channels: NamedDependency[ChannelsPlugin],
    settings: NamedDependency[Settings],
    fragments: NamedDependency[FragmentRenderer],
    live: FromQuery[str] = "",
) -> None:
    """HTML fragments for htmx's ws extension; on connect, the panels as they are now. ``live``: the
    comma-separated live sections the page shows besides the panels (``delivery-log``)."""
    owner = await _authorised_user(socket, settings)
    if owner is None:
        return
    user = await fragments.user(owner.id)
    if user is None:  # deleted since the socket's handshake began
        await socket.close(code=WS_1008_POLICY_VIOLATION, reason="not allowed")
        return
    await socket.accept()

    stream = fragments.stream(user, socket.cookies.get(CSRF_COOKIE, ""), live.split(","))

    async def send_event(raw: bytes) -> None:
        event = decode_event(raw)
        if event is not None:
            await socket.send_text(await stream.for_event(event))

    async def ignore(_text: str) -> None:
        return None

    async with user_events(channels, settings, owner) as events:
        # Subscribed first, then the current state: an event in between is not lost.
        await socket.send_text(await stream.current())
        await _pump(socket, events, send_event, ignore)
