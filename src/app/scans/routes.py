"""Starting scans and statement imports: the dashboard's buttons and forms, and the JSON API."""

from __future__ import annotations

from typing import Any

from litestar import Controller, MediaType, Request, Response, delete, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody
from litestar.plugins.htmx import HTMXTemplate
from litestar.status_codes import HTTP_202_ACCEPTED, HTTP_204_NO_CONTENT
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.auth import requires_user
from app.accounts.models import User
from app.config import Settings
from app.currency.preference import home_currency
from app.detection import mailboxes
from app.detection.bank.errors import StatementError
from app.detection.uploads import MAX_MAILBOX_BYTES, MAX_STATEMENT_BYTES, UploadError
from app.jobs.service import Enqueued, JobNotFound, JobService
from app.lib.errors import InvalidInputError
from app.lib.http import MultipartFile
from app.scans import starting
from app.scans.fragments import FragmentRenderer
from app.scans.panels import panel
from app.scans.schemas import (
    DEFAULT_BANK_SCAN,
    DEFAULT_EMAIL_SCAN,
    BankScanRequest,
    EmailScanRequest,
    MappingNeeded,
    ScanStarted,
    StatementImportRequest,
)


async def started_panel(template: str, jobs: JobService, enqueued: Enqueued | None) -> HTMXTemplate:
    return panel(template, None if enqueued is None else await jobs.view(enqueued.job))


EMAIL_PANEL = "scans/_scan_panel.html"
BANK_PANEL = "scans/_bank_panel.html"


class ScanPageController(Controller):
    """What the dashboard's buttons and forms post to; each answers with the panel to swap in."""

    guards = [requires_user]
    include_in_schema = False

    @post("/scans/email", status_code=200)
    async def scan_inbox(
        self, request: Request[User, Any, Any], jobs: NamedDependency[JobService]
    ) -> HTMXTemplate:
        return await started_panel(EMAIL_PANEL, jobs, await starting.start_email_scan(jobs, request.user.id))

    @get("/scans/jobs/{queue:str}/{job_id:str}")
    async def job_panel(
        self,
        request: Request[User, Any, Any],
        jobs: NamedDependency[JobService],
        fragments: NamedDependency[FragmentRenderer],
        queue: FromPath[str],
        job_id: FromPath[str],
    ) -> Response[str]:
        """The job's panel as the live socket sends it (and the results' refresh once done): what a page
        polls while its socket is down. Another person's job is not found, like a missing one."""
        if queue not in fragments.panels:
            raise JobNotFound(queue, job_id)
        view = await jobs.view(await jobs.own_job(queue, job_id, str(request.user.id)))
        html = fragments.for_view(view)
        return Response(html, media_type=MediaType.HTML)

    @post("/scans/bank", status_code=200)
    async def scan_bank(
        self,
        request: Request[User, Any, Any],
        jobs: NamedDependency[JobService],
        db_session: NamedDependency[AsyncSession],
    ) -> HTMXTemplate:
        try:
            enqueued = await starting.start_bank_sync(jobs, db_session, request.user.id)
        except starting.NothingToScanError as exc:
            return panel(BANK_PANEL, error=str(exc))
        return await started_panel(BANK_PANEL, jobs, enqueued)

    @post("/statements", status_code=200, request_max_body_size=MAX_STATEMENT_BYTES + 65536)
    async def import_statement(
        self,
        request: Request[User, Any, Any],
        jobs: NamedDependency[JobService],
        settings: NamedDependency[Settings],
        db_session: NamedDependency[AsyncSession],
        data: MultipartFile,
    ) -> HTMXTemplate:
        try:
            home = await home_currency(db_session, request.user.id)
            outcome = await starting.receive_statement(settings, jobs, request.user.id, data.data, home)
        except (UploadError, StatementError) as exc:
            return panel(BANK_PANEL, error=str(exc))
        if outcome.inspection is not None:
            return panel(BANK_PANEL, mapping=outcome.inspection, upload_id=outcome.upload_id)
        return await started_panel(BANK_PANEL, jobs, outcome.enqueued)

    @post("/statements/{upload_id:str}/mapping", status_code=200)
    async def confirm_mapping(
        self,
        request: Request[User, Any, Any],
        jobs: NamedDependency[JobService],
        settings: NamedDependency[Settings],
        upload_id: FromPath[str],
    ) -> HTMXTemplate:
        form = dict(await request.form())
        try:
            mapping = starting.mapping_from_form(settings, request.user.id, upload_id, form)
            enqueued = await starting.start_statement_import(jobs, request.user.id, upload_id, mapping)
        except (StatementError, starting.UnknownUploadError) as exc:
            return panel(BANK_PANEL, error=str(exc))
        return await started_panel(BANK_PANEL, jobs, enqueued)

    @post("/statements/{upload_id:str}/cancel", status_code=200)
    async def cancel_mapping(
        self, request: Request[User, Any, Any], settings: NamedDependency[Settings], upload_id: FromPath[str]
    ) -> HTMXTemplate:
        """The mapping form's Cancel: the upload is deleted and the panel is back to its start."""
        try:
            starting.discard_upload(settings, request.user.id, upload_id)
        except starting.UnknownUploadError as exc:
            return panel(BANK_PANEL, error=str(exc))
        return panel(BANK_PANEL, notice="The import was cancelled; the file was deleted.")

    @post("/mailboxes", status_code=200, request_max_body_size=MAX_MAILBOX_BYTES)
    async def upload_mailbox(
        self,
        request: Request[User, Any, Any],
        jobs: NamedDependency[JobService],
        settings: NamedDependency[Settings],
        db_session: NamedDependency[AsyncSession],
        data: MultipartFile,
    ) -> HTMXTemplate:
        try:
            await mailboxes.add_mailbox(settings, db_session, request.user.id, data.data)
        except UploadError as exc:
            return panel(EMAIL_PANEL, error=str(exc))
        await db_session.commit()
        return await started_panel(EMAIL_PANEL, jobs, await starting.start_email_scan(jobs, request.user.id))


class ScanApiController(Controller):
    path = "/api"
    guards = [requires_user]
    tags = ["detection"]

    @post("/detection/scan/email", status_code=HTTP_202_ACCEPTED)
    async def scan_email(
        self,
        request: Request[User, Any, Any],
        jobs: NamedDependency[JobService],
        data: JSONBody[EmailScanRequest] = DEFAULT_EMAIL_SCAN,
    ) -> ScanStarted:
        """Start scanning the caller's mailboxes; answers at once with where to watch the job."""
        return ScanStarted.of(
            await starting.start_email_scan(jobs, request.user.id, data), starting.EMAIL_SCAN_MESSAGE
        )

    @post("/detection/scan/bank", status_code=HTTP_202_ACCEPTED)
    async def scan_bank(
        self,
        request: Request[User, Any, Any],
        jobs: NamedDependency[JobService],
        db_session: NamedDependency[AsyncSession],
        data: JSONBody[BankScanRequest] = DEFAULT_BANK_SCAN,
    ) -> ScanStarted:
        """Sync the caller's connected accounts (or one of them) and detect recurring charges."""
        job_data = data.job_data()
        try:
            enqueued = await starting.start_bank_sync(jobs, db_session, request.user.id, job_data)
        except starting.NothingToScanError as exc:
            raise InvalidInputError(str(exc), "connectedAccountId") from None
        return ScanStarted.of(enqueued, starting.BANK_SYNC_MESSAGE)

    @post("/statements", status_code=HTTP_202_ACCEPTED, request_max_body_size=MAX_STATEMENT_BYTES + 65536)
    async def upload_statement(
        self,
        request: Request[User, Any, Any],
        jobs: NamedDependency[JobService],
        settings: NamedDependency[Settings],
        db_session: NamedDependency[AsyncSession],
        data: MultipartFile,
    ) -> ScanStarted | MappingNeeded:
        """Import an OFX/QFX/CSV statement (multipart field ``data``); a CSV whose layout is unclear
        answers ``mappingNeeded`` with the proposed mapping to confirm at ``…/{uploadId}/import``."""
        try:
            home = await home_currency(db_session, request.user.id)
            outcome = await starting.receive_statement(settings, jobs, request.user.id, data.data, home)
        except (UploadError, StatementError) as exc:
            raise InvalidInputError(str(exc), "data") from None
        if outcome.inspection is not None:
            return MappingNeeded.of(outcome.upload_id, outcome.inspection)
        assert outcome.enqueued is not None
        return ScanStarted.of(outcome.enqueued, starting.STATEMENT_MESSAGE)

    @post("/statements/{upload_id:str}/import", status_code=HTTP_202_ACCEPTED)
    async def import_with_mapping(
        self,
        request: Request[User, Any, Any],
        jobs: NamedDependency[JobService],
        settings: NamedDependency[Settings],
        upload_id: FromPath[str],
        data: JSONBody[StatementImportRequest],
    ) -> ScanStarted:
        """Import an uploaded CSV with the column mapping the caller confirmed."""
        try:
            mapping = starting.checked_mapping(settings, request.user.id, upload_id, data.mapping)
            enqueued = await starting.start_statement_import(jobs, request.user.id, upload_id, mapping)
        except StatementError as exc:
            raise InvalidInputError(str(exc), "mapping") from None
        return ScanStarted.of(enqueued, starting.STATEMENT_MESSAGE)

    @delete("/statements/{upload_id:str}", status_code=HTTP_204_NO_CONTENT)
    async def discard_statement(
        self, request: Request[User, Any, Any], settings: NamedDependency[Settings], upload_id: FromPath[str]
    ) -> None:
        """Delete an uploaded statement waiting for its column mapping, instead of importing it."""
        starting.discard_upload(settings, request.user.id, upload_id)  # UnknownUploadError answers 404
