"""The export and import job bodies: keyword arguments in, a small JSON summary out."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from app.exports import files, service
from app.jobs.tasks import failing_at_once_on_bad_input, progress_reporter

CLEANUP_CRON = "17 * * * *"
"""Hourly: an export file outlives its 24-hour link by an hour at most."""


async def export_data(ctx: Any, **data: Any) -> dict[str, Any]:
    """Write one person's export (``format``: csv, json, ics, wallos or archive) and sign its link."""
    async with ctx["db"].get_session() as session:
        return await service.run_export(
            session, ctx["settings"], UUID(str(data["userId"])), str(data["format"]), progress_reporter(ctx)
        )


async def cleanup_exports(ctx: Any, **_data: Any) -> dict[str, Any]:
    """Remove export files whose links have expired."""
    return {"removed": files.remove_expired(ctx["settings"])}


async def import_preview(ctx: Any, **data: Any) -> dict[str, Any]:
    """What importing the uploaded file would add, merge and skip; nothing is written."""
    async with ctx["db"].get_session() as session:
        with failing_at_once_on_bad_input(ctx["job"]):
            return await service.preview_import(
                session, ctx["settings"], UUID(str(data["userId"])), data["uploadId"]
            )


async def import_apply(ctx: Any, **data: Any) -> dict[str, Any]:
    """Import the confirmed file."""
    async with ctx["db"].get_session() as session:
        with failing_at_once_on_bad_input(ctx["job"]):
            return await service.confirm_import(
                session, ctx["settings"], UUID(str(data["userId"])), data["uploadId"]
            )
