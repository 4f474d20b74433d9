"""The anchor for the HTTP and socket benchmarks: a minimal Litestar app doing the same work.

``GET /api/detection/jobs/{queue}/{job_id}`` checks the bearer token's SHA-256, reads the
job with one Redis GET and answers the status JSON of the real route; ``/ws/jobs`` holds a
WebSocket and relays a Redis channel to it, as the real socket does; ``/ws/jobs/{user_id}`` the
same with one channel per person (``ANCHOR_CHANNEL:user_id``). Configured by the
environment: ``ANCHOR_REDIS_URL``, ``ANCHOR_TOKEN_HASH``, ``ANCHOR_JOB_PREFIX``, ``ANCHOR_CHANNEL``.
"""

from __future__ import annotations

import hashlib
import json
import os
from typing import Any

from litestar import Litestar, Request, WebSocket, get, websocket
from litestar.channels import ChannelsPlugin
from litestar.channels.backends.redis import RedisChannelsPubSubBackend
from litestar.exceptions import NotAuthorizedException, NotFoundException
from redis.asyncio import Redis

STATES = {"queued": "waiting", "active": "active", "complete": "completed", "failed": "failed"}


def create_app() -> Litestar:
    redis = Redis.from_url(os.environ["ANCHOR_REDIS_URL"])
    token_hashes = frozenset({os.environ["ANCHOR_TOKEN_HASH"]})
    prefix = os.environ["ANCHOR_JOB_PREFIX"]
    channel = os.environ.get("ANCHOR_CHANNEL", "anchor")

    @get("/api/detection/jobs/{queue:str}/{job_id:str}")
    async def job_status(request: Request[Any, Any, Any], queue: str, job_id: str) -> dict[str, Any]:
        _, _, token = request.headers.get("authorization", "").partition(" ")
        if hashlib.sha256(token.encode()).hexdigest() not in token_hashes:
            raise NotAuthorizedException("a valid bearer token is required")
        raw = await redis.get(f"{prefix}:job:{queue}:{job_id}")
        if raw is None:
            raise NotFoundException("no such job")
        job = json.loads(raw)
        return {
            "id": job["key"],
            "state": STATES.get(job.get("status", ""), job.get("status")),
            "progress": round(100 * float(job.get("progress") or 0)),
            "data": job.get("kwargs") or {},
            "returnvalue": job.get("result"),
            "attemptsMade": job.get("attempts", 0),
            "processedOn": job.get("started") or None,
            "finishedOn": job.get("completed") or None,
            "failedReason": None,
        }

    @websocket("/ws/jobs")
    async def jobs_socket(socket: WebSocket[Any, Any, Any], channels: ChannelsPlugin) -> None:
        await socket.accept()
        async with (
            channels.start_subscription([channel]) as subscriber,
            subscriber.run_in_background(socket.send_text),
        ):
            while True:
                await socket.receive_data(mode="text")

    @websocket("/ws/jobs/{user_id:str}")
    async def user_socket(socket: WebSocket[Any, Any, Any], user_id: str, channels: ChannelsPlugin) -> None:
        """One person's channel, relayed as it comes (no token check: the least a socket costs)."""
        await socket.accept()
        await socket.send_json({"type": "connected", "userId": user_id})
        async with (
            channels.start_subscription([f"{channel}:{user_id}"]) as subscriber,
            subscriber.run_in_background(socket.send_text),
        ):
            while True:
                await socket.receive_data(mode="text")

    return Litestar(
        route_handlers=[job_status, jobs_socket, user_socket],
        plugins=[
            ChannelsPlugin(
                backend=RedisChannelsPubSubBackend(redis=redis),
                channels=[channel],
                arbitrary_channels_allowed=True,
            )
        ],
        on_shutdown=[redis.aclose],
    )
