"""Adding a person's mailboxes: an uploaded mbox or Takeout zip, an IMAP account."""

from __future__ import annotations

from uuid import UUID

from litestar.datastructures import UploadFile
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import Settings
from app.detection.schemas import ImapMailboxRequest
from app.detection.uploads import save_mailbox
from app.sources.models import MailSource


async def add_mailbox(
    settings: Settings, session: AsyncSession, user_id: UUID, upload: UploadFile
) -> MailSource:
    name = await save_mailbox(settings, user_id, upload)
    source = MailSource(
        user_id=user_id, kind="mbox", label=upload.filename or "Uploaded mailbox", config={"file": name}
    )
    session.add(source)
    await session.flush()
    return source


async def add_imap_mailbox(session: AsyncSession, user_id: UUID, request: ImapMailboxRequest) -> MailSource:
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
