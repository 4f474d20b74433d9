"""Files people upload (bank statements, mailboxes), copied to disk in chunks under their own folder."""

from __future__ import annotations

import shutil
import uuid
import zipfile
from pathlib import Path
from uuid import UUID

from litestar.datastructures import UploadFile

from app.config import Settings

CHUNK = 1 << 20
STATEMENT_SUFFIXES = {".ofx", ".qfx", ".csv", ".txt"}
MAILBOX_SUFFIXES = {".mbox", ".zip", ".txt", ""}
MAX_STATEMENT_BYTES = 64 * 1024 * 1024
MAX_MAILBOX_BYTES = 4 * 1024 * 1024 * 1024


class UploadError(ValueError):
    """The upload cannot be accepted; the message says why in the user's terms."""


def user_upload_dir(settings: Settings, user_id: UUID) -> Path:
    folder = settings.uploads_dir / str(user_id)
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
    with target.open("wb") as out:
        while chunk := await upload.read(CHUNK):
            written += len(chunk)
            if written > limit:
                out.close()
                target.unlink(missing_ok=True)
                raise UploadError(f"the file is larger than {limit // (1024 * 1024)} MB")
            out.write(chunk)
    if written == 0:
        target.unlink(missing_ok=True)
        raise UploadError(f"{upload.filename or 'the file'} is empty")
    return written


async def save_statement(settings: Settings, user_id: UUID, upload: UploadFile) -> str:
    """Store an uploaded statement; returns its upload id (the stored file's name)."""
    suffix = _suffix(upload.filename, STATEMENT_SUFFIXES, "bank statement")
    name = f"{uuid.uuid4().hex}{suffix}"
    await save_upload(upload, user_upload_dir(settings, user_id) / name, MAX_STATEMENT_BYTES)
    return name


async def save_mailbox(settings: Settings, user_id: UUID, upload: UploadFile) -> str:
    """Store an uploaded mbox (or the mbox inside a Google Takeout zip); returns the stored file's name."""
    suffix = _suffix(upload.filename, MAILBOX_SUFFIXES, "mailbox file")
    folder = user_upload_dir(settings, user_id)
    name = f"{uuid.uuid4().hex}.mbox"
    if suffix != ".zip":
        await save_upload(upload, folder / name, MAX_MAILBOX_BYTES)
        return name
    archive = folder / f"{uuid.uuid4().hex}.zip"
    try:
        await save_upload(upload, archive, MAX_MAILBOX_BYTES)
        _extract_mbox(archive, folder / name)
    finally:
        archive.unlink(missing_ok=True)
    return name


def _extract_mbox(archive: Path, target: Path) -> None:
    """Takeout puts the mailbox at ``Takeout/Mail/All mail Including Spam and Trash.mbox``: take the largest mbox."""
    try:
        with zipfile.ZipFile(archive) as bundle:
            members = [m for m in bundle.infolist() if m.filename.lower().endswith(".mbox")]
            if not members:
                raise UploadError("the zip file holds no .mbox mailbox (a Google Takeout of Mail has one)")
            largest = max(members, key=lambda m: m.file_size)
            with bundle.open(largest) as source, target.open("wb") as out:
                shutil.copyfileobj(source, out, CHUNK)
    except zipfile.BadZipFile:
        raise UploadError("the file is not a valid zip archive") from None
