"""Adding mailboxes: the Settings page's IMAP form and the JSON API."""

from __future__ import annotations

from typing import Any

import msgspec
from litestar import Controller, Request, post
from litestar.di import NamedDependency
from litestar.params import JSONBody
from litestar.response import Redirect
from litestar.status_codes import HTTP_201_CREATED
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.auth import requires_user
from app.accounts.models import User
from app.config import Settings
from app.detection import imports
from app.detection.schemas import ImapMailboxRequest, MailboxAdded
from app.detection.uploads import MAX_MAILBOX_BYTES, UploadError
from app.lib.http import MultipartFile, bad_request


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


class MailboxApiController(Controller):
    path = "/api"
    guards = [requires_user]
    tags = ["detection"]

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
