"""Adding mailboxes: the Settings page's IMAP form and the JSON API."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import msgspec
from advanced_alchemy.extensions.litestar.providers import create_service_provider
from litestar import Controller, Request, delete, post
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, JSONBody
from litestar.response import Redirect
from litestar.status_codes import HTTP_201_CREATED, HTTP_204_NO_CONTENT
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.auth import requires_user
from app.accounts.models import User
from app.config import Settings
from app.detection import mailboxes
from app.detection.schemas import ImapMailboxRequest, MailboxAdded
from app.detection.uploads import MAX_MAILBOX_BYTES
from app.lib.errors import InvalidInputError
from app.lib.http import MultipartFile
from app.lib.openapi import REFUSES
from app.sources.services import MailSourceService


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
        try:
            await mailboxes.add_imap_mailbox(db_session, request.user.id, imap)
        except InvalidInputError as exc:
            request.session["flash"] = f"The mailbox was not added: {exc}."
            return Redirect("/settings?error=imap-check")
        return Redirect("/settings?notice=source-added")


class MailboxApiController(Controller):
    path = "/api"
    guards = [requires_user]
    dependencies = {"mail_sources": Provide(create_service_provider(MailSourceService))}
    tags = ["detection"]

    @post("/mailboxes/imap", status_code=HTTP_201_CREATED)
    async def add_imap_mailbox(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        data: JSONBody[ImapMailboxRequest],
    ) -> MailboxAdded:
        """Add an IMAP mailbox read with an app password; the password is stored encrypted.

        The server is tried first: a host that cannot be reached, a refused password or a missing
        folder answers 400 saying which."""
        source = await mailboxes.add_imap_mailbox(db_session, request.user.id, data)
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
        # UploadError answers 400 naming ``data``.
        source = await mailboxes.add_mailbox(settings, db_session, request.user.id, data.data)
        return MailboxAdded(id=source.id, label=source.label)

    @delete("/mailboxes/{source_id:uuid}", status_code=HTTP_204_NO_CONTENT, opt={REFUSES: ("409",)})
    async def remove_mailbox(
        self,
        request: Request[User, Any, Any],
        settings: NamedDependency[Settings],
        mail_sources: NamedDependency[MailSourceService],
        source_id: FromPath[UUID],
    ) -> None:
        """Remove a mailbox: an upload's file is deleted, a Gmail grant revoked, a password dropped.
        A demo account's sample mailbox is kept (409)."""
        await mailboxes.remove_mailbox(mail_sources, settings, request.user, source_id)
