"""The export and import page, its forms, the signed download, and the same through the API."""

from __future__ import annotations

import time
import uuid
from typing import Any
from uuid import UUID

from litestar import Controller, Request, get, post
from litestar.datastructures import UploadFile
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery, JSONBody
from litestar.plugins.htmx import HTMXTemplate
from litestar.response import File, Template
from litestar.status_codes import HTTP_202_ACCEPTED
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.auth import requires_user
from app.accounts.models import User
from app.config import Settings
from app.detection.uploads import UploadError, save_upload
from app.exports import files
from app.exports.formats import FORMATS
from app.exports.importing import ImportFileError, parse_import
from app.exports.jobs import (
    DATA_EXPORT,
    DATA_IMPORT,
    ExportData,
    ImportData,
    export_data,
    import_apply,
    import_preview,
)
from app.exports.schemas import DEFAULT_EXPORT, ExportRequest, ImportStarted, JobStarted
from app.exports.service import EXPORT_KINDS, import_file
from app.jobs.service import Enqueued, JobService
from app.jobs.view import JobView
from app.lib.http import MultipartFile
from app.scans.panels import current_scan
from app.scans.panels import panel as scan_panel

MAX_IMPORT_BYTES = 5 * 1024 * 1024
EXPORT_PANEL = "exports/_export_panel.html"
IMPORT_PANEL = "exports/_import_panel.html"
MEDIA_TYPES = {"zip": "application/zip"} | {ext: media for _w, ext, media in FORMATS.values()}


def panel(template: str, enqueued: Enqueued | None = None, **context: Any) -> HTMXTemplate:
    return scan_panel(template, JobView.from_job(enqueued.job) if enqueued is not None else None, **context)


async def start_export(jobs: JobService, user_id: UUID, kind: str) -> Enqueued:
    return await jobs.enqueue_for_user(DATA_EXPORT, export_data, str(user_id), ExportData(format=kind))


async def receive_import(
    settings: Settings, jobs: JobService, user_id: UUID, upload: UploadFile
) -> tuple[str, Enqueued]:
    """Store the file, check it parses (bad files answer at once), and start its preview job."""
    folder = files.imports_dir(settings, user_id)
    folder.mkdir(parents=True, exist_ok=True)
    upload_id = f"{uuid.uuid4().hex}.import"
    target = folder / upload_id
    await save_upload(upload, target, MAX_IMPORT_BYTES)
    try:
        parse_import(target.read_bytes())
    except ImportFileError:
        target.unlink(missing_ok=True)
        raise
    enqueued = await jobs.enqueue_for_user(
        DATA_IMPORT, import_preview, str(user_id), ImportData(upload_id=upload_id)
    )
    return upload_id, enqueued


async def confirm(settings: Settings, jobs: JobService, user_id: UUID, upload_id: str) -> Enqueued:
    import_file(settings, user_id, upload_id)
    return await jobs.enqueue_for_user(
        DATA_IMPORT, import_apply, str(user_id), ImportData(upload_id=upload_id)
    )


def unexpired(export: JobView | None) -> JobView | None:
    """A finished export whose link has expired (and whose file is gone) is not offered again."""
    result = export.result if export is not None else None
    if isinstance(result, dict) and int(result.get("expiresAt") or 0) < time.time() * 1000:
        return None
    return export


class ExportPageController(Controller):
    guards = [requires_user]
    include_in_schema = False

    @get("/exports", name="exports")
    async def page(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        jobs: NamedDependency[JobService],
    ) -> Template:
        context = {
            "user": request.user,
            "active_nav": "exports",
            "export_job": unexpired(await current_scan(db_session, jobs, DATA_EXPORT, request.user.id)),
            "import_job": await current_scan(db_session, jobs, DATA_IMPORT, request.user.id),
        }
        return Template("exports/page.html", context=context)

    @post("/exports", status_code=200)
    async def export(
        self, request: Request[User, Any, Any], jobs: NamedDependency[JobService]
    ) -> HTMXTemplate:
        kind = str((await request.form()).get("format", ""))
        if kind not in EXPORT_KINDS:
            return panel(EXPORT_PANEL, error=f"unknown export format {kind!r}")
        return panel(EXPORT_PANEL, await start_export(jobs, request.user.id, kind))

    @post("/imports", status_code=200, request_max_body_size=MAX_IMPORT_BYTES + 65536)
    async def upload_import(
        self,
        request: Request[User, Any, Any],
        jobs: NamedDependency[JobService],
        settings: NamedDependency[Settings],
        data: MultipartFile,
    ) -> HTMXTemplate:
        try:
            _upload_id, enqueued = await receive_import(settings, jobs, request.user.id, data.data)
        except (UploadError, ImportFileError) as exc:
            return panel(IMPORT_PANEL, error=str(exc))
        return panel(IMPORT_PANEL, enqueued)

    @post("/imports/{upload_id:str}/confirm", status_code=200)
    async def confirm_import(
        self,
        request: Request[User, Any, Any],
        jobs: NamedDependency[JobService],
        settings: NamedDependency[Settings],
        upload_id: FromPath[str],
    ) -> HTMXTemplate:
        try:
            enqueued = await confirm(settings, jobs, request.user.id, upload_id)
        except ImportFileError as exc:
            return panel(IMPORT_PANEL, error=str(exc))
        return panel(IMPORT_PANEL, enqueued)


class ExportDownloadController(Controller):
    """The signed link itself is the permission (browser and API client alike), for 24 hours."""

    include_in_schema = False

    @get("/exports/download/{name:str}")
    async def download(
        self,
        settings: NamedDependency[Settings],
        name: FromPath[str],
        user: FromQuery[str] = "",
        expires: FromQuery[int] = 0,
        sig: FromQuery[str] = "",
    ) -> File:
        path = files.signed_file(settings, name, user, expires, sig)  # ExportGoneError answers 404
        media = MEDIA_TYPES[path.suffix.lstrip(".")]
        return File(path=path, filename=name, media_type=media)


class ExportApiController(Controller):
    path = "/api"
    guards = [requires_user]
    tags = ["exports"]

    @post("/exports", status_code=HTTP_202_ACCEPTED)
    async def export(
        self,
        request: Request[User, Any, Any],
        jobs: NamedDependency[JobService],
        data: JSONBody[ExportRequest] = DEFAULT_EXPORT,
    ) -> JobStarted:
        """Start an export (``format``); when the job completes, its ``returnvalue.downloadUrl`` is the file
        (a signed link valid 24 hours, no token needed)."""
        kind = data.format
        return JobStarted.of(await start_export(jobs, request.user.id, kind), "Export started")

    @post("/imports", status_code=HTTP_202_ACCEPTED, request_max_body_size=MAX_IMPORT_BYTES + 65536)
    async def upload_import(
        self,
        request: Request[User, Any, Any],
        jobs: NamedDependency[JobService],
        settings: NamedDependency[Settings],
        data: MultipartFile,
    ) -> ImportStarted:
        """Upload a Wallos JSON export or a CSV; the preview job's result lists toAdd, toMerge, toSkip."""
        # UploadError and ImportFileError answer 400 naming ``data``.
        upload_id, enqueued = await receive_import(settings, jobs, request.user.id, data.data)
        return ImportStarted.of(enqueued, "Import preview started", upload_id=upload_id)

    @post("/imports/{upload_id:str}/confirm", status_code=HTTP_202_ACCEPTED)
    async def confirm_import(
        self,
        request: Request[User, Any, Any],
        jobs: NamedDependency[JobService],
        settings: NamedDependency[Settings],
        upload_id: FromPath[str],
    ) -> JobStarted:
        """Apply the previewed import; its result counts what was ``added``, ``merged`` and ``skipped``."""
        enqueued = await confirm(settings, jobs, request.user.id, upload_id)  # ImportFileError: 400, uploadId
        return JobStarted.of(enqueued, "Import started")
