"""Helpers shared by the test modules."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient

from app.accounts.services import ApiTokenService, UserService, give_demo_data
from app.config import PROJECT_ROOT, Settings
from app.lib.database import standalone_session


def migrate(database_url: str) -> None:
    """Apply the Alembic migrations, as ``make run`` does, through the project's CLI."""
    env = {**os.environ, "DATABASE_URL": database_url, "REDIS_URL": "redis://127.0.0.1:1/0"}
    subprocess.run(
        [sys.executable, "-m", "app", "database", "upgrade", "--no-prompt"],
        env=env,
        cwd=PROJECT_ROOT,
        check=True,
        capture_output=True,
    )


async def bearer_for(settings: Settings, email: str, demo_data: bool = False) -> dict[str, str]:
    async with standalone_session(settings) as session:
        user = await UserService(session=session).create_user(email)
        if demo_data:
            await give_demo_data(session, user.id)
        _, token = await ApiTokenService(session=session).issue(user.id, "test")
    return {"Authorization": f"Bearer {token}"}


async def wait_finished(
    client: AsyncTestClient[Litestar], status_url: str, headers: dict[str, str]
) -> dict[str, Any]:
    for _ in range(600):
        status = (await client.get(status_url, headers=headers)).json()
        if status["state"] in ("completed", "failed"):
            return dict(status)
        await asyncio.sleep(0.05)
    raise AssertionError(f"job did not finish: {status}")
