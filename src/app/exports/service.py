"""Running an export or an import for a person: what the job bodies call."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import anyio
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import Settings
from app.exports import archive, files
from app.exports.formats import FORMATS
from app.exports.importing import ImportFileError, apply_import, parse_import, plan_import, plan_json
from app.exports.records import subscription_records

Progress = Callable[[float], Awaitable[None]]
EXPORT_KINDS = (*FORMATS, "archive")
"""What can be exported: the four subscription formats and the archive of all the person's data."""


async def run_export(
    session: AsyncSession, settings: Settings, user_id: UUID, kind: str, on_progress: Progress
) -> dict[str, Any]:
    """Write the export file and answer its signed link (the job's result)."""
    exported_at = datetime.now(UTC)
    records = await subscription_records(session, user_id, exported_at.astimezone(settings.tz).date())
    await on_progress(0.4)
    if kind == "archive":
        parts = await archive.archive_parts(session, user_id)
        content, extension = archive.to_archive(parts, records, exported_at), "zip"
    else:
        writer, extension, _media = FORMATS[kind]
        content = writer(records, exported_at)
    await on_progress(0.8)
    name = files.new_export_name(kind, extension)
    folder = files.exports_dir(settings, user_id)
    await anyio.Path(folder).mkdir(parents=True, exist_ok=True)
    await anyio.Path(folder / name).write_bytes(content)
    link = files.download_link(settings, user_id, name)
    return {
        "format": kind,
        "fileName": name,
        "size": len(content),
        "subscriptions": len(records),
        "downloadUrl": link.url,
        "expiresAt": link.expires_at * 1000,
    }


def import_file(settings: Settings, user_id: UUID, upload_id: str) -> Path:
    path = files.imports_dir(settings, user_id) / Path(upload_id).name
    if not path.is_file():
        raise ImportFileError("that import does not exist (or has been applied already)", "uploadId")
    return path


async def preview_import(
    session: AsyncSession, settings: Settings, user_id: UUID, upload_id: str
) -> dict[str, Any]:
    """What confirming the import would add, merge and skip (the preview job's result)."""
    data = await anyio.Path(import_file(settings, user_id, upload_id)).read_bytes()
    kind, rows = parse_import(data)
    plan = plan_json(await plan_import(session, user_id, rows))
    counts = {"add": len(plan["toAdd"]), "merge": len(plan["toMerge"]), "skip": len(plan["toSkip"])}
    return {"uploadId": upload_id, "format": kind, "counts": counts} | plan


async def confirm_import(
    session: AsyncSession, settings: Settings, user_id: UUID, upload_id: str
) -> dict[str, Any]:
    """Apply the import as planned now (the list may have changed since the preview); the file goes after."""
    path = import_file(settings, user_id, upload_id)
    _kind, rows = parse_import(await anyio.Path(path).read_bytes())
    counts = await apply_import(session, user_id, await plan_import(session, user_id, rows))
    await session.commit()
    await anyio.Path(path).unlink(missing_ok=True)
    return {"uploadId": upload_id} | counts
