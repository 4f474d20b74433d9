"""The ``demo-cleanup`` queue: demo visitors' accounts are deleted a day after they were started.

Each visitor of a demo-mode server gets an account of their own (``UserService.start_demo_visit``);
an hourly cron job deletes those older than ``DEMO_LIFETIME`` with everything they hold.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from litestar_saq import CronJob
from sqlalchemy import select

from app.accounts.models import User
from app.accounts.services import DEMO_LIFETIME
from app.config import Settings
from app.erasure.deletion import delete_account
from app.jobs.policy import QueuePolicy
from app.jobs.spec import QueueSpec

DEMO_CLEANUP = "demo-cleanup"
CLEANUP_CRON = "17 * * * *"
"""Hourly: a visit's account outlives its day by an hour at most."""
CLEANUP_TIMEOUT = 10 * 60


async def delete_expired_demo_accounts(ctx: Any, **_data: Any) -> dict[str, Any]:
    """Delete every demo account started more than ``DEMO_LIFETIME`` ago; no other account is touched."""
    settings: Settings = ctx["settings"]
    cutoff = datetime.now(UTC) - DEMO_LIFETIME
    async with ctx["db"].get_session() as session:
        expired = list(
            await session.scalars(select(User.id).where(User.is_demo.is_(True), User.created_at < cutoff))
        )
        for user_id in expired:
            await delete_account(session, settings, user_id)
        await session.commit()
    return {"deleted": len(expired)}


def demo_cleanup_queue(settings: Settings) -> QueueSpec:
    policy = QueuePolicy(timeout=CLEANUP_TIMEOUT, concurrency=1, retry_base_delay=settings.retry_base_delay)
    hourly = CronJob(function=delete_expired_demo_accounts, cron=CLEANUP_CRON)
    return QueueSpec(DEMO_CLEANUP, policy, (delete_expired_demo_accounts,), cron=(hourly,))
