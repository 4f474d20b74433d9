"""Files people upload (bank statements, mailboxes), copied to disk in chunks under their own folder."""

from __future__ import annotations

import uuid
from pathlib import Path
from uuid import UUID

import anyio
from litestar.datastructures import UploadFile

from app.config import Settings
from app.lib.errors import InvalidInputError

CHUNK = 1 << 20
STATEMENT_SUFFIXES = {".ofx", ".qfx", ".qbo", ".csv", ".txt", ".sta", ".940", ".942", ".mt940", ".xml"}
STATEMENT_SUFFIXES |= {".qif"}
"""OFX/QFX/QBO, CSV, MT940/MT942, camt XML and QIF; the content decides how a file is read."""
MAILBOX_SUFFIXES = {".mbox", ".zip", ".tgz", ".txt", ""}
MAX_STATEMENT_BYTES = 64 * 1024 * 1024
MAX_MAILBOX_BYTES = 4 * 1024 * 1024 * 1024


class UploadError(InvalidInputError):
    """The upload cannot be accepted; the message says why in the user's terms (400 naming the
    multipart field ``data`` every upload arrives in)."""

    field = "data"


def in_user_terms(message: str, stored: Path, shown: str) -> str:
    """A reader's message about a stored upload, naming the file as its owner did (no server path)."""
    return message.replace(str(stored), shown).replace(stored.name, shown)


def name_note(stored: Path) -> Path:
    """Beside a stored upload: the name its owner gave it, for the messages they read."""
    return stored.with_name(stored.name + ".name")


def shown_name(stored: Path) -> str:
    """The name the owner gave a stored upload ("the uploaded file" when it was not recorded)."""
    try:
        return name_note(stored).read_text(encoding="utf-8").strip() or "the uploaded file"
    except OSError:
        return "the uploaded file"


def forget_upload(stored: Path) -> None:
    stored.unlink(missing_ok=True)
    name_note(stored).unlink(missing_ok=True)


def user_upload_dir(settings: Settings, user_id: UUID) -> Path:
    folder = settings.user_uploads(user_id)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _suffix(filename: str, allowed: set[str], what: str) -> str:
    suffix = Path(filename or "").suffix.lower()
    if suffix not in allowed:
        shown = ", ".join(sorted(s for s in allowed if s)) or "none"
        raise UploadError(f"{filename or 'the file'} is not a {what} (expected {shown})")
    return suffix


async def save_upload(upload: UploadFile, target: Path, limit: int) -> int:
    """Copy the upload to ``target`` chunk by chunk; refuse (and delete) it past ``limit`` bytes."""
    written = 0
    async with await anyio.open_file(target, "wb") as out:
        while chunk := await upload.read(CHUNK):
            written += len(chunk)
            if written > limit:
                break
            await out.write(chunk)
    if written > limit or written == 0:
        await anyio.Path(target).unlink(missing_ok=True)
        too_big = f"the file is larger than {limit // (1024 * 1024)} MB"
        raise UploadError(too_big if written else f"{upload.filename or 'the file'} is empty")
    return written


async def save_statement(settings: Settings, user_id: UUID, upload: UploadFile) -> str:
    """Store an uploaded statement; returns its upload id (the stored file's name)."""
    suffix = _suffix(upload.filename, STATEMENT_SUFFIXES, "bank statement")
    name = f"{uuid.uuid4().hex}{suffix}"
    target = user_upload_dir(settings, user_id) / name
    await save_upload(upload, target, MAX_STATEMENT_BYTES)
    name_note(target).write_text(Path(upload.filename or "").name or "the uploaded file", encoding="utf-8")
    return name


async def save_mailbox(settings: Settings, user_id: UUID, upload: UploadFile) -> str:
    """Store an uploaded mbox or Google Takeout archive (read later as a stream); returns the stored name."""
    suffix = _suffix(upload.filename, MAILBOX_SUFFIXES, "mailbox file")
    name = f"{uuid.uuid4().hex}{suffix or '.mbox'}"
    await save_upload(upload, user_upload_dir(settings, user_id) / name, MAX_MAILBOX_BYTES)
    return name
