"""The export and import job bodies: keyword arguments in, a small JSON summary out."""

from __future__ import annotations

from typing import Any

from litestar_saq import CronJob

from app.config import Settings
from app.exports import files, service
from app.exports.importing import ImportFileError
from app.jobs.payload import JobData, job_owner
from app.jobs.policy import QueuePolicy
from app.jobs.spec import QueueSpec
from app.scans.hooks import keep_record
from app.scans.tasks import PERMANENT_ERRORS, failing_at_once_on_bad_input, progress_reporter

IMPORT_ERRORS = (*PERMANENT_ERRORS, ImportFileError)
"""A broken import file fails at once, like a broken statement."""
CLEANUP_CRON = "17 * * * *"
"""Hourly: an export file outlives its 24-hour link by an hour at most."""


class ExportData(JobData):
    format: str
    """csv, json, ics, wallos or archive."""


class ImportData(JobData):
    upload_id: str
    """The uploaded file's name in the person's imports folder."""


async def export_data(ctx: Any, **kwargs: Any) -> dict[str, Any]:
    """Write one person's export (``format``: csv, json, ics, wallos or archive) and sign its link."""
    kind = ExportData.from_kwargs(kwargs).format
    async with ctx["db"].get_session() as session:
        return await service.run_export(
            session, ctx["settings"], job_owner(kwargs), kind, progress_reporter(ctx)
        )


async def cleanup_exports(ctx: Any, **_data: Any) -> dict[str, Any]:
    """Remove export files whose links have expired."""
    return {"removed": files.remove_expired(ctx["settings"])}


async def import_preview(ctx: Any, **kwargs: Any) -> dict[str, Any]:
    """What importing the uploaded file would add, merge and skip; nothing is written."""
    upload_id = ImportData.from_kwargs(kwargs).upload_id
    async with ctx["db"].get_session() as session:
        with failing_at_once_on_bad_input(ctx["job"], IMPORT_ERRORS):
            return await service.preview_import(session, ctx["settings"], job_owner(kwargs), upload_id)


async def import_apply(ctx: Any, **kwargs: Any) -> dict[str, Any]:
    """Import the confirmed file."""
    upload_id = ImportData.from_kwargs(kwargs).upload_id
    async with ctx["db"].get_session() as session:
        with failing_at_once_on_bad_input(ctx["job"], IMPORT_ERRORS):
            return await service.confirm_import(session, ctx["settings"], job_owner(kwargs), upload_id)


DATA_EXPORT = "data-export"
DATA_IMPORT = "data-import"
DATA_TIMEOUT = 10 * 60
PANEL_TEMPLATES = {DATA_EXPORT: "exports/_export_panel.html", DATA_IMPORT: "exports/_import_panel.html"}
"""The dashboard panels live events of these queues swap (``FragmentRenderer``)."""


def data_queues(settings: Settings) -> list[QueueSpec]:
    policy = QueuePolicy(timeout=DATA_TIMEOUT, concurrency=1, retry_base_delay=settings.retry_base_delay)
    return [
        QueueSpec(
            DATA_EXPORT,
            policy,
            (export_data, cleanup_exports),
            cron=(CronJob(function=cleanup_exports, cron=CLEANUP_CRON),),
            # the job's lasting record: after a reload the page still offers the finished file's link
            before_process=(keep_record,),
            after_process=(keep_record,),
        ),
        QueueSpec(DATA_IMPORT, policy, (import_preview, import_apply)),
    ]
