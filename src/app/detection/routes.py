"""Starting scans and imports: the dashboard's buttons and forms, and the JSON API."""

from __future__ import annotations

from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, post
from litestar.datastructures import UploadFile
from litestar.di import NamedDependency
from litestar.enums import RequestEncodingType
from litestar.exceptions import ValidationException
from litestar.params import Body, FromPath, JSONBody
from litestar.plugins.htmx import HTMXTemplate
from litestar.response import Redirect
from litestar.status_codes import HTTP_201_CREATED, HTTP_202_ACCEPTED
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.auth import requires_user
from app.accounts.models import User
from app.config import Settings
from app.detection import imports
from app.detection.bank.errors import StatementError
from app.detection.schemas import (
    BankScanRequest,
    EmailScanRequest,
    ImapMailboxRequest,
    MailboxAdded,
    MappingNeeded,
    ScanStarted,
    StatementImportRequest,
)
from app.detection.uploads import MAX_MAILBOX_BYTES, MAX_STATEMENT_BYTES, UploadError
from app.jobs.panels import ScanView
from app.jobs.service import Enqueued, JobService

MultipartFile = Annotated[UploadFile, Body(media_type=RequestEncodingType.MULTI_PART)]


def started(enqueued: Enqueued, message: str) -> ScanStarted:
    queue, job_id = enqueued.job.get_queue().name, enqueued.job.key
    return ScanStarted(
        message=message if enqueued.created else f"{message} already",
        job_id=job_id,
        queue=queue,
        status_url=f"/api/detection/jobs/{queue}/{job_id}",
    )


def bad_request(field: str, message: str) -> ValidationException:
    return ValidationException(message, extra=[{"key": field, "message": message}])


def panel(template: str, enqueued: Enqueued | None = None, **context: Any) -> HTMXTemplate:
    scan = ScanView.from_job(enqueued.job) if enqueued is not None else None
    return HTMXTemplate(template_name=template, context={"scan": scan, "oob": False, **context})


EMAIL_PANEL = "detection/_scan_panel.html"
BANK_PANEL = "detection/_bank_panel.html"


class ScanPageController(Controller):
    """What the dashboard's buttons and forms post to; each answers with the panel to swap in."""

    guards = [requires_user]

    @post("/scans/email", status_code=200)
    async def scan_inbox(
        self, request: Request[User, Any, Any], jobs: NamedDependency[JobService]
    ) -> HTMXTemplate:
        return panel(EMAIL_PANEL, await imports.start_email_scan(jobs, request.user.id, {}))

    @post("/scans/bank", status_code=200)
    async def scan_bank(
        self,
        request: Request[User, Any, Any],
        jobs: NamedDependency[JobService],
        db_session: NamedDependency[AsyncSession],
    ) -> HTMXTemplate:
        try:
            enqueued = await imports.start_bank_sync(jobs, db_session, request.user.id, {})
        except imports.NothingToScanError as exc:
            return panel(BANK_PANEL, error=str(exc))
        return panel(BANK_PANEL, enqueued)

    @post("/statements", status_code=200, request_max_body_size=MAX_STATEMENT_BYTES + 65536)
    async def import_statement(
        self,
        request: Request[User, Any, Any],
        jobs: NamedDependency[JobService],
        settings: NamedDependency[Settings],
        data: MultipartFile,
    ) -> HTMXTemplate:
        try:
            outcome = await imports.receive_statement(settings, jobs, request.user.id, data)
        except (UploadError, StatementError) as exc:
            return panel(BANK_PANEL, error=str(exc))
        if outcome.inspection is not None:
            return panel(BANK_PANEL, mapping=outcome.inspection, upload_id=outcome.upload_id)
        return panel(BANK_PANEL, outcome.enqueued)

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
            mapping = imports.mapping_from_form(settings, request.user.id, upload_id, form)
            enqueued = await imports.start_statement_import(jobs, request.user.id, upload_id, mapping)
        except StatementError as exc:
            return panel(BANK_PANEL, error=str(exc))
        return panel(BANK_PANEL, enqueued)

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
            await imports.add_mailbox(settings, db_session, request.user.id, data)
        except UploadError as exc:
            return panel(EMAIL_PANEL, error=str(exc))
        await db_session.commit()
        return panel(EMAIL_PANEL, await imports.start_email_scan(jobs, request.user.id, {}))


class MailboxFormController(Controller):
    """The Settings page's IMAP form."""

    path = "/settings/sources"
    guards = [requires_user]
    include_in_schema = False

    @post("/imap")
    async def add_imap(
        self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Redirect:
        form = dict(await request.form())
        fields = {key: form.get(key) for key in ("host", "username", "password", "security", "mailbox")}
        if str(form.get("port") or "").isdigit():
            fields["port"] = int(form["port"])
        given = {key: value for key, value in fields.items() if value not in (None, "")}
        try:
            imap = msgspec.convert(given, ImapMailboxRequest)
        except msgspec.ValidationError:
            return Redirect("/settings?error=imap")
        await imports.add_imap_mailbox(db_session, request.user.id, imap)
        return Redirect("/settings?notice=source-added")


class ScanApiController(Controller):
    path = "/api"
    guards = [requires_user]
    tags = ["detection"]

    @post("/detection/scan/email", status_code=HTTP_202_ACCEPTED)
    async def scan_email(
        self,
        request: Request[User, Any, Any],
        jobs: NamedDependency[JobService],
        data: JSONBody[EmailScanRequest | None] = None,
    ) -> ScanStarted:
        """Start scanning the caller's mailboxes; answers at once with where to watch the job."""
        job_data = data.job_data() if data is not None else {}
        return started(
            await imports.start_email_scan(jobs, request.user.id, job_data), imports.EMAIL_SCAN_MESSAGE
        )

    @post("/detection/scan/bank", status_code=HTTP_202_ACCEPTED)
    async def scan_bank(
        self,
        request: Request[User, Any, Any],
        jobs: NamedDependency[JobService],
        db_session: NamedDependency[AsyncSession],
        data: JSONBody[BankScanRequest | None] = None,
    ) -> ScanStarted:
        """Sync the caller's connected accounts (or one of them) and detect recurring charges."""
        job_data = data.job_data() if data is not None else {}
        try:
            enqueued = await imports.start_bank_sync(jobs, db_session, request.user.id, job_data)
        except imports.NothingToScanError as exc:
            raise bad_request("connectedAccountId", str(exc)) from None
        return started(enqueued, imports.BANK_SYNC_MESSAGE)

    @post("/statements", status_code=HTTP_202_ACCEPTED, request_max_body_size=MAX_STATEMENT_BYTES + 65536)
    async def upload_statement(
        self,
        request: Request[User, Any, Any],
        jobs: NamedDependency[JobService],
        settings: NamedDependency[Settings],
        data: MultipartFile,
    ) -> ScanStarted | MappingNeeded:
        """Import an OFX/QFX/CSV statement (multipart field ``data``); a CSV whose layout is unclear
        answers ``mappingNeeded`` with the proposed mapping to confirm at ``…/{uploadId}/import``."""
        try:
            outcome = await imports.receive_statement(settings, jobs, request.user.id, data)
        except (UploadError, StatementError) as exc:
            raise bad_request("data", str(exc)) from None
        if outcome.inspection is not None:
            return MappingNeeded.of(outcome.upload_id, outcome.inspection)
        assert outcome.enqueued is not None
        return started(outcome.enqueued, imports.STATEMENT_MESSAGE)

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
            mapping = imports.checked_mapping(settings, request.user.id, upload_id, data.mapping)
            enqueued = await imports.start_statement_import(jobs, request.user.id, upload_id, mapping)
        except StatementError as exc:
            raise bad_request("mapping", str(exc)) from None
        return started(enqueued, imports.STATEMENT_MESSAGE)

    @post("/mailboxes/imap", status_code=HTTP_201_CREATED)
    async def add_imap_mailbox(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        data: JSONBody[ImapMailboxRequest],
    ) -> MailboxAdded:
        """Add an IMAP mailbox read with an app password; the password is stored encrypted."""
        source = await imports.add_imap_mailbox(db_session, request.user.id, data)
        return MailboxAdded(id=source.id, label=source.label)

    @post("/mailboxes", status_code=HTTP_201_CREATED, request_max_body_size=MAX_MAILBOX_BYTES)
    async def upload_mailbox(
        self,
        request: Request[User, Any, Any],
        settings: NamedDependency[Settings],
        db_session: NamedDependency[AsyncSession],
        data: MultipartFile,
    ) -> MailboxAdded:
        """Add an mbox file (or a Google Takeout zip) as a mailbox to scan."""
        try:
            source = await imports.add_mailbox(settings, db_session, request.user.id, data)
        except UploadError as exc:
            raise bad_request("data", str(exc)) from None
        return MailboxAdded(id=source.id, label=source.label)
