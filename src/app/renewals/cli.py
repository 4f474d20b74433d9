"""``subscout renewals check``: the BullMQ design's manual trigger of the renewal check."""

from __future__ import annotations

import asyncio

import click

from app.accounts.services import UserService
from app.config import Settings
from app.jobs.service import JobService
from app.jobs.spec import build_queues
from app.lib.database import standalone_session
from app.lib.redis import create_redis
from app.renewals.jobs import enqueue_renewal_check, renewal_queue
from app.subscriptions.reminders import DEFAULT_DAYS_AHEAD


async def _user_id(settings: Settings, email: str | None) -> str | None:
    if email is None:
        return None
    async with standalone_session(settings) as session:
        user = await UserService(session=session).get_by_email(email)
    if user is None:
        raise click.ClickException(f"no user with the email {email}")
    return str(user.id)


async def _enqueue_check(days_ahead: int, email: str | None) -> str:
    settings = Settings.from_env()
    user_id = await _user_id(settings, email)
    redis = create_redis(settings)
    try:
        jobs = JobService(build_queues(settings, redis, [renewal_queue(settings)]), redis, settings)
        job = await enqueue_renewal_check(jobs, user_id, days_ahead)
    finally:
        await redis.aclose()
    return job.key


@click.group("renewals")
def renewals_group() -> None:
    """Renewal reminders."""


@renewals_group.command("check")
@click.option("--days-ahead", default=DEFAULT_DAYS_AHEAD, show_default=True, type=click.IntRange(0, 3650))
@click.option(
    "--user", "email", default=None, help="Only this user's subscriptions (email); default everyone."
)
def check_command(days_ahead: int, email: str | None) -> None:
    """Enqueue a renewal check now; a worker creates the reminders. Prints the job id (last line)."""
    job_id = asyncio.run(_enqueue_check(days_ahead, email))
    click.echo(f"Renewal check enqueued for {email or 'every user'}, {days_ahead} days ahead:")
    click.echo(job_id)
