"""Adding and removing a person's mailboxes: an uploaded mbox or Takeout zip, an IMAP account.

A mailbox that cannot be read is refused when it is added, in words its owner
understands (their own file name, the host they typed), never stored to fail
every later scan.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import cast
from uuid import UUID

from litestar.datastructures import UploadFile
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.google import GMAIL, disconnect_gmail
from app.accounts.models import User
from app.accounts.services import refuse_sample_source_removal
from app.config import Settings
from app.detection.email.sources.base import MailSourceError, ScanWindow
from app.detection.email.sources.imap import ImapAccount, ImapAccountError, ImapSource
from app.detection.email.sources.local import open_local_source
from app.detection.schemas import ImapMailboxRequest
from app.detection.uploads import UploadError, in_user_terms, save_mailbox, user_upload_dir
from app.lib.errors import InvalidInputError
from app.sources.models import MailSource
from app.sources.services import MailSourceService

IMAP_CHECK_TIMEOUT = 20.0
"""Seconds the sign-in test may take when a mailbox is added (a scan allows longer)."""


async def add_mailbox(
    settings: Settings, session: AsyncSession, user_id: UUID, upload: UploadFile
) -> MailSource:
    """Store the upload if it reads as a mailbox; else delete it and raise ``UploadError`` saying why."""
    shown = upload.filename or "the file"
    name = await save_mailbox(settings, user_id, upload)
    path = user_upload_dir(settings, user_id) / name
    try:
        count = await readable_messages(path)
    except MailSourceError as exc:
        path.unlink(missing_ok=True)
        raise UploadError(
            f"{shown} cannot be read as a mailbox: {in_user_terms(str(exc), path, shown)}"
        ) from None
    if count == 0:
        path.unlink(missing_ok=True)
        raise UploadError(f"{shown} holds no email messages")
    source = MailSource(
        user_id=user_id, kind="mbox", label=upload.filename or "Uploaded mailbox", config={"file": name}
    )
    session.add(source)
    await session.flush()
    return source


async def readable_messages(path: Path) -> int:
    """How many messages the file holds, reading it through once as a scan would (within its limits)."""
    reader = open_local_source(path)
    try:
        return await reader.select(ScanWindow())
    finally:
        await reader.aclose()


async def check_imap(request: ImapMailboxRequest) -> None:
    """Sign in and open the folder; when that fails, ``InvalidInputError`` in plain words, naming
    the request field to fix (host, password or mailbox)."""
    account = ImapAccount(
        host=request.host,
        username=request.username,
        password=request.password,
        port=request.port,
        security=request.security,
        mailbox=request.mailbox,
        timeout=IMAP_CHECK_TIMEOUT,
    )
    try:
        await asyncio.to_thread(ImapSource(account).check)
    except ImapAccountError as exc:
        raise InvalidInputError(str(exc), exc.field) from None


async def add_imap_mailbox(session: AsyncSession, user_id: UUID, request: ImapMailboxRequest) -> MailSource:
    """Add the mailbox once signing in to it works (``InvalidInputError`` says why it does not)."""
    await check_imap(request)
    config = {
        "host": request.host,
        "username": request.username,
        "port": request.port,
        "security": request.security,
        "mailbox": request.mailbox,
    }
    label = f"{request.username} on {request.host}"
    source = MailSource(user_id=user_id, kind="imap", label=label, config=config, secret=request.password)
    session.add(source)
    await session.flush()
    return source


async def remove_mailbox(
    mail_sources: MailSourceService, settings: Settings, user: User, source_id: UUID
) -> None:
    """Remove one of the person's mailboxes with what it holds: Gmail's grant is revoked at Google and
    its tokens deleted, an IMAP password goes with its row, an uploaded file is deleted from disk.

    ``MailSourceNotFoundError`` when it does not exist or is someone else's; ``DemoAccountError``
    for a demo account's sample mailbox."""
    user_id = user.id
    source = await mail_sources.get_for_user(user_id, source_id)
    refuse_sample_source_removal(user, source.kind)
    if source.kind == GMAIL:
        await disconnect_gmail(cast(AsyncSession, mail_sources.repository.session), settings, user_id)
        return
    stored = source.config.get("file") if source.kind == "mbox" else None
    if stored:
        (user_upload_dir(settings, user_id) / Path(str(stored)).name).unlink(missing_ok=True)
    await mail_sources.delete(source.id)
