"""The job bodies: keyword arguments in (the original's camelCase job data), a small summary out.

Each is thin: it opens a database session and calls the domain service that
does the work. Job data never holds a token or a password.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from app.detection.email.scan import ScanOptions
from app.detection.mail import scan_user_mail
from app.jobs.events import publish_job_event
from app.subscriptions.services import SubscriptionService


def _scan_options(data: dict[str, Any]) -> ScanOptions:
    defaults = ScanOptions()
    return ScanOptions(
        max_emails=int(data.get("maxEmails") or defaults.max_emails),
        days_back=int(data.get("daysBack") or defaults.days_back),
        deep_scan=bool(data.get("deepScan", defaults.deep_scan)),
    )


async def email_scan(ctx: Any, **data: Any) -> dict[str, Any]:
    """Scan one person's mailboxes and store what recurs."""
    job, settings = ctx["job"], ctx["settings"]
    user_id = UUID(str(data["userId"]))

    async def on_progress(fraction: float) -> None:
        await job.update(progress=round(fraction, 4))
        await publish_job_event(ctx["redis"], settings, job, "job-progress")

    async with ctx["db"].get_session() as session:
        today = datetime.now(settings.tz).date()
        outcome = await scan_user_mail(session, settings, user_id, _scan_options(data), on_progress, today)
        ids = await SubscriptionService(session=session).apply_detections(user_id, outcome.subscriptions)
        await session.commit()
    return {"processed": outcome.processed, "detected": len(ids), "detectedIds": [str(i) for i in ids]}
