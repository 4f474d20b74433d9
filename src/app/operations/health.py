"""``/health``: the process answers. ``/ready``: it can do its work (Redis and the database answer)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from litestar import Controller, Response, get
from litestar.di import NamedDependency
from litestar.status_codes import HTTP_200_OK, HTTP_503_SERVICE_UNAVAILABLE
from redis.asyncio import Redis
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from app.lib.redis import ping

CHECK_TIMEOUT = 2.0
PROBE_PATHS = ("/health", "/ready")


async def _answers(check: Awaitable[Any]) -> str:
    try:
        await asyncio.wait_for(check, CHECK_TIMEOUT)
    except Exception as exc:  # any failure means "not ready"; the reason is reported, not raised
        return f"unavailable: {type(exc).__name__}"
    return "ok"


async def _database_answers(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        await connection.execute(text("SELECT 1"))


class HealthController(Controller):
    include_in_schema = False

    @get("/health", sync_to_thread=False)
    def health(self) -> dict[str, str]:
        return {"status": "ok"}

    @get("/ready")
    async def ready(
        self, redis: NamedDependency[Redis], db_engine: NamedDependency[AsyncEngine]
    ) -> Response[dict[str, str]]:
        checks = {
            "redis": await _answers(ping(redis)),
            "database": await _answers(_database_answers(db_engine)),
        }
        ok = all(value == "ok" for value in checks.values())
        body = {"status": "ok" if ok else "unavailable", **checks}
        return Response(body, status_code=HTTP_200_OK if ok else HTTP_503_SERVICE_UNAVAILABLE)
