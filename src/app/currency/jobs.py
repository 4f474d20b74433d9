"""The ``currency-rates`` queue: fetch the ECB's reference rates every day and when a worker starts.

Job data is empty: the task reads the ECB's public files (``ECB_RATES_URL``; empty turns fetching off).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from litestar_saq import CronJob
from saq.job import Job

from app.config import Settings
from app.currency.ecb import DAILY_FILE, NINETY_DAYS_FILE, fetch_reference_rates
from app.currency.rates import newest_rates_day, store_rates
from app.jobs.payload import task_name
from app.jobs.policy import QueuePolicy
from app.jobs.spec import QueueSpec

CURRENCY_RATES = "currency-rates"
RATES_CRON = "20 16 * * *"
"""Daily at 16:20 in ``APP_TIMEZONE``; the ECB publishes around 16:00 CET (a later run catches up)."""
RATES_TIMEOUT = 2 * 60
DAILY_FILE_REACH = timedelta(days=5)
"""The daily file holds one day: when the newest stored day is older (a long weekend, a stopped server,
a fresh install), the 90-day file fills the gap."""


def fetch_rates_job(today: str) -> Job:
    """Keyed by the day, so workers starting together fetch once."""
    return Job(function=task_name(fetch_rates), key=f"{CURRENCY_RATES}-{today}")


async def fetch_rates(ctx: Any, **_kwargs: Any) -> dict[str, Any]:
    """Store the days of rates the database lacks; a fetch that fails is retried (the message says why)."""
    settings: Settings = ctx["settings"]
    if not settings.ecb_rates_url:
        return {"skipped": "ECB_RATES_URL is empty"}
    today = datetime.now(settings.tz).date()
    async with ctx["db"].get_session() as session:
        newest = await newest_rates_day(session)
        recent = newest is not None and today - newest <= DAILY_FILE_REACH
        days = await fetch_reference_rates(settings.ecb_rates_url, DAILY_FILE if recent else NINETY_DAYS_FILE)
        added = await store_rates(session, days)
        await session.commit()
    return {"added": added, "newest": max(days).isoformat()}


async def fetch_on_start(ctx: Any) -> None:
    """A worker that was stopped over the daily run catches up at once."""
    today = datetime.now(ctx["settings"].tz).date().isoformat()
    await ctx["worker"].queue.enqueue(fetch_rates_job(today))


def currency_queue(settings: Settings) -> QueueSpec:
    policy = QueuePolicy(timeout=RATES_TIMEOUT, concurrency=1, retry_base_delay=settings.retry_base_delay)
    daily = CronJob(function=fetch_rates, cron=RATES_CRON)
    return QueueSpec(CURRENCY_RATES, policy, (fetch_rates,), cron=(daily,), on_startup=(fetch_on_start,))
